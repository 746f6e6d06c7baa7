# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms157: ladang kelapa sawit, peneroka FELDA dan pekebun kecil di Malaysia (hasil tuaian, bayaran, pekerja asing, permit, kemalangan ladang, pinjaman, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms157
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_koperasi"): _lines("""
        NOTIS: Mesyuarat Agung Tahunan Koperasi Peneroka FELDA Lurah Bilut Berhad kali ke-42 akan diadakan pada 14 Mac 2027, 9.00 pagi di Dewan Orang Ramai Lurah Bilut.
        Pejabat Pengurus Rancangan FELDA Jengka 8 ditutup pada 1 Jan 2027 sempena Tahun Baharu. Urusan pembayaran hasil dibuka semula pada 4 Jan 2027 mulai 8.30 pagi.
        Makluman kepada semua peneroka: penimbang BTS di Pusat Pengumpulan Hasil (PPH) Blok 12 ditutup sementara 20-22 Feb kerana kalibrasi oleh Jabatan Metrologi.
        Semakan baki pendahuluan tanam semula boleh dibuat di kaunter Pejabat FELDA Wilayah Raub atau talian bebas tol 1-800-88-3535 (Isnin-Jumaat, 8.00 pagi-5.00 petang).
        Kursus Amalan Pertanian Baik (GAP) dan persijilan MSPO untuk pekebun kecil persendirian: 18 Mei 2027, Dewan Serbaguna MPOB Kluang, Jalan Mersing. Yuran percuma, makan tengah hari disediakan.
        PERINGATAN: Dilarang membakar sisa tebangan di kawasan tanam semula. Pembakaran terbuka ialah kesalahan di bawah Seksyen 29A Akta Kualiti Alam Sekeliling 1974.
        Jadual lori kutipan BTS minggu ini: Isnin & Khamis (Peringkat 1-4), Selasa & Jumaat (Peringkat 5-9). Sila letak hasil di platform sebelum 7.30 pagi.
        Kedai Koperasi FELDA Keratong 3 kini menerima pembayaran DuitNow QR. No. pendaftaran koperasi: P-6-0123. Waktu operasi 7.00 pagi hingga 9.00 malam setiap hari.
        Notis kepada kontraktor penuai: kad PLKS pekerja asing hendaklah dibawa sepanjang masa. Pemeriksaan bersama Jabatan Imigresen dijadualkan pada minggu ketiga April.
        Bantuan Baja Pekebun Kecil 2027: borang permohonan boleh diambil di Pejabat MPOB Cawangan Teluk Intan, No. 21, Jalan Changkat Jong, 36000 Teluk Intan, Perak.
        Hasil BTS bulan Oktober: purata OER kilang 20.35%, harga purata BTS gred A RM 812.50/tan. Bayaran hasil akan dikreditkan ke akaun peneroka pada 15 Nov.
        Surau Al-Falah Peringkat 6 mengadakan gotong-royong membersihkan parit utama pada Sabtu ini jam 8.00 pagi. Sila bawa parang dan cangkul sendiri.
        Tarikh tutup permohonan Skim Insentif Tanam Semula Sawit Pekebun Kecil (TSSPK) ialah 30 Jun 2027. Permohonan yang lewat atau tidak lengkap tidak akan dilayan.
    """),
    ("ms", "senarai_harga"): _lines("""
        Harga BTS (RM/tan) 07/12/2026 Zon Tengah: OER 17% RM 742 | OER 18% RM 786 | OER 19% RM 830 | OER 20% RM 874 | OER 21% RM 918
        Harga purata MPOB hari ini: CPO Semenanjung RM 4,365.00/tan, isirung RM 2,910.50/tan, BTS (OER 20%) RM 879.00/tan. Dikemas kini 3.30 ptg.
        Kedai Baja Ah Hock Trading (SSM 200301017788): NPK 12-12-17-2 Blue 50kg RM 168.00, Urea 46% 50kg RM 132.00, MOP 60% 50kg RM 145.00.
        Senarai harga alat tuai Syarikat Perkakas Tani Bentong: sabit panjang 4.5m RM 89, kereta sorong tayar angin RM 245, galah aluminium teleskopik 6m RM 310.
        Kadar upah tuai cadangan 2027: pokok rendah (< 3m) RM 35/tan, pokok sederhana (3-8m) RM 45/tan, pokok tinggi (> 8m) RM 60/tan; kutip buah relai RM 0.20/kg.
        Racun rumpai Glufosinate-ammonium 13.5% SL (4L): RM 98.00 | Paraquat tidak dijual lagi (diharamkan sejak 2020) | Metsulfuron 20% WP 100g: RM 22.50
        Harga anak benih sawit DxP RM 16.50 sepokok, polibeg umur 12 bulan; tempahan minimum 500 pokok. Penghantaran ke Pahang RM 0.80 sepokok.
        Caj pengangkutan BTS ke kilang: 0-10 km RM 18/tan, 11-20 km RM 24/tan, 21-35 km RM 31/tan. Caj minimum satu trip lori 3 tan ialah RM 60.
        Promosi Dis: Baja Nutri Sawit Tok Sheikh 25kg RM 78 (harga asal RM 92). Beli 20 beg percuma 1 beg. Stok terhad di semua cawangan Kedai Tani Sheikh Abdullah Sdn Bhd.
        Harga sewa jentera: jengkaut 20 tan RM 1,650/hari; traktor mini RM 380/hari; mesin rumput Kubota RM 120/hari (tidak termasuk minyak dan operator).
        Jadual harga BTS minggu 49/2026 Kilang Sawit Bukit Besar: Isn RM 866, Sel RM 871, Rab RM 859, Kha RM 862, Jum RM 874, Sab RM 880 (OER 19.5%).
        Yuran lesen cadangan 2027: Lesen Pekebun Kecil (jual BTS) percuma bagi tanah bawah 40.46 hektar; Lesen Peniaga BTS RM 50 setahun; Lesen Pengedar RM 100 setahun.
        Harga kutipan buah relai Pusat Pengumpulan Wan Hassan Agro Enterprise: gred A RM 1.05/kg, gred B RM 0.92/kg, minimum 50kg sekali hantar.
    """),
    ("en", "weighbridge_and_system_logs"): _lines("""
        2026-12-07T06:42:17+08:00 INFO wb-kilang-02 ticket=WB-2612-004417 gross=12480kg tare=8120kg net=4360kg vehicle_class=LORRY_3T grade=A
        2026-12-07T06:55:03+08:00 WARN wb-kilang-02 ticket=WB-2612-004421 deduction=2.5% reason=UNRIPE_BUNCH_OVER_5PCT inspector_role=QA
        2026-12-07T07:10:44+08:00 ERROR grading-svc v3.4.1 failed to push batch 8812 to licensing gateway: HTTP 503 (retry 2/5 in 30s)
        [2026-12-07 07:31:09] payroll-sync: 418 harvest records imported from PPH_BLOK12.csv, 3 rejected (missing block_code), sha256=9f2c1e7a44b0d3
        2026-12-07 07:45:22 DEBUG mill-scada oer_estimate=20.41 ffb_in_hour=38.6t steriliser=ST-3 pressure=2.9bar cycle=95min
        2026-12-07 08:02:51 INFO sms-gw sent template HARGA_BTS_HARIAN to 1,204 subscribers via shortcode 32728; delivery_rate=97.8%
        2026-12-07 08:15:00 CRON backup estate_db -> s3://plantation-backup-apac/2026/12/07/estate_db.sql.gz size=1.42GB duration=312s status=OK
        2026-12-07 08:20:37 WARN rainfall-sensor RG-BLOK07 reading=0.0mm for 72h; sensor battery 11.2V below threshold 11.5V
        2026-12-07 09:03:12 INFO permit-svc PLKS quota check employer_ref=EMP-PHG-00871 approved=45 used=41 remaining=4
        2026-12-07 09:14:08 AUDIT role=estate_clerk action=EXPORT report=harvest_summary_nov2026.xlsx rows=2,931 sha1=4b1d9e02aa
        2026-12-07 09:40:55 INFO tracking PosLaju EP918273645MY status=OUT_FOR_DELIVERY consignee=Kilang Sawit Bukit Besar (spare conveyor belt)
        2026-12-07 10:02:17 ERROR loan-calc module=tanam_semula rate=0.0425 tenure_months=84 principal=15000.00 NaN in amortisation row 61
        2026-12-07 10:25:46 INFO incident-svc case=HSE-2026-0193 type=FALLING_FROND block=P09 severity=MINOR reported_to=DOSH_PAHANG status=CLOSED
    """),
    ("mixed", "whatsapp_staf_ladang"): _lines("""
        [07/12/26 6:48 AM] Mandur Blok C: Lori kilang lambat sikit pagi ni, jalan masuk Peringkat 5 banjir. Buah tunggu kat platform dulu ok.
        [07/12/26 6:52 AM] Krani Timbang: Noted. Ticket WB-2612-004417 dah keluar, net 4.36 tan, gred A. Nanti I update dalam sheet.
        Guys harga BTS hari ni RM 874 kat Kilang Bukit Besar, naik RM 12 dari semalam. Kalau boleh tuai lebih sikit before Friday ya.
        Reminder: semua pekerja kena pakai kasut but dan topi keledar masa tuai pokok tinggi. DOSH buat spot check minggu depan, jangan kena kompaun.
        Boss cakap upah tuai bulan ni ikut kadar baru RM 45/tan untuk pokok 3-8m. Slip gaji keluar 7hb, transfer masuk 10hb.
        Sesiapa nampak kunci stor baja? Semalam last guna untuk ambik NPK Blue 12 beg, lepas tu tak tahu letak mana lah.
        Update permit: 6 PLKS baru dah approve, batch Indonesia masuk ikut KLIA2 hujung bulan. HR akan buat medical FOMEMA dalam 30 hari.
        Tolong check GPS lori kilang unit TR-07, dari pagi stuck kat simpang Jengka 10. Maybe tayar pancit, ada orang boleh pergi tengok?
        Hujan lebat lagi petang ni. Tuai Blok 14-16 cancel, sambung esok 7am. Buah yang dah potong kutip masuk kereta sorong dulu, jangan tinggal kat tanah.
        Ok noted bang. Nanti I forward notis MPOB pasal harga baru ke group peneroka, jangan risau.
        Tadi kena tegur auditor MSPO sebab label racun kat stor pudar. Esok kita print label baru, template ada dalam Google Drive folder SOP_2026.
        Pump air parit utama rosak lagi. Dah call Kedai Jentera Lim Brothers (Temerloh) hotline 09-296 4418, diorang datang esok pagi.
        Hujung bulan ni cuti Krismas kan? Kilang tutup 1 hari je, so jadual kutipan anjak ke Rabu. Pls share kat group pekerja.
    """),
    ("ms", "soalan_lazim_permit_dan_lesen"): _lines("""
        S: Adakah pekebun kecil wajib memiliki lesen MPOB untuk menjual BTS? J: Ya, setiap pekebun kecil yang menjual BTS perlu mempunyai lesen MPOB yang sah dan diperbaharui.
        S: Berapa lama tempoh sah Pas Lawatan Kerja Sementara (PLKS) sektor perladangan? J: PLKS dikeluarkan untuk 12 bulan dan boleh dilanjutkan tertakluk kepada had maksimum.
        S: Bagaimana menyemak status permohonan lesen? J: Log masuk ke portal eLesen dengan nombor lesen sedia ada, atau hubungi Pusat Khidmat Pelanggan di 03-8769 4400.
        S: Apakah syarat persijilan MSPO untuk pekebun kecil persendirian? J: Mematuhi MS 2530-2:2022, merekod penggunaan racun dan baja, serta menghadiri sekurang-kurangnya satu kursus GAP.
        S: Bolehkah saya menggunakan pekerja asing daripada ladang jiran? J: Tidak. Pekerja PLKS hanya boleh bekerja dengan majikan yang dinyatakan dalam permit, kecuali pertukaran majikan diluluskan.
        S: Apakah kadar pembiayaan tanam semula? J: Skim TSSPK menawarkan pembiayaan sehingga RM 30,000 sehektar dengan kadar keuntungan 2% setahun melalui Agrobank.
        S: Apa perlu dibuat jika berlaku kemalangan semasa menuai? J: Berikan rawatan awal, hubungi 999, dan laporkan kepada pejabat JKKP terdekat menggunakan borang JKKP 6.
        S: Berapa had maksimum keluasan untuk dikategorikan pekebun kecil? J: Mengikut definisi MPOB, pekebun kecil memiliki tanah sawit kurang daripada 40.46 hektar (100 ekar).
        S: Adakah peneroka boleh menjual lot tanah FELDA? J: Pindah milik tertakluk kepada Akta Tanah (Kawasan Penempatan Berkelompok) 1960 dan memerlukan kelulusan Pihak Berkuasa Negeri.
        S: Bila bayaran hasil dikreditkan? J: Bayaran hasil bulanan dikreditkan ke akaun peneroka pada atau sebelum 15hb bulan berikutnya; penyata boleh dimuat turun dalam aplikasi.
        S: Di mana saya boleh membuat aduan tentang gred buah yang tidak adil di kilang? J: Hantar aduan bertulis ke aduan@mpob.gov.my berserta salinan tiket timbang dan gambar buah.
        S: Berapakah levi pekerja asing sektor perladangan? J: Levi tahunan sektor perladangan ialah RM 640 seorang, dibayar oleh majikan dan tidak boleh dipotong daripada gaji pekerja.
        S: Perlukah pekerja asing menjalani pemeriksaan FOMEMA setiap tahun? J: Ya, pemeriksaan kesihatan FOMEMA wajib dalam 30 hari selepas ketibaan dan semasa pembaharuan PLKS.
    """),
    ("en", "config_and_code"): _lines("""
        HARVEST_API_BASE=https://api.example-estate.my/v2 HARVEST_SYNC_CRON=*/15 * * * * DEFAULT_OER=20.0 CURRENCY=MYR TZ=Asia/Kuala_Lumpur
        def ffb_price(cpo: float, pk: float, oer: float = 0.20, ker: float = 0.05) -> float: return round(cpo * oer + pk * ker - 35.0, 2)
        CREATE TABLE harvest (ticket_no VARCHAR(20) PRIMARY KEY, block_code CHAR(4), net_kg INT, grade CHAR(1), harvested_at TIMESTAMP);
        estate: {code: PHG-LB12, hectares: 1245.6, mill: Kilang Sawit Bukit Besar, mspo_cert: MSPO-2530-3-00412, timezone: Asia/Kuala_Lumpur}
        SELECT block_code, SUM(net_kg)/1000.0 AS tonnes FROM harvest WHERE harvested_at >= '2026-11-01' GROUP BY block_code ORDER BY tonnes DESC;
        const LEVY_PLANTATION_MYR = 640; export function levyDue(workers: number): number { return workers * LEVY_PLANTATION_MYR; }
        # settings.toml [loan] scheme = TSSPK, max_per_ha = 30000, profit_rate = 0.02, grace_months = 48, bank_code = AGRO
        pip install estate-toolkit==2.7.3 && estate-cli import --file samples/harvest_demo.csv --estate PHG-LB12 --dry-run
        CSV header: ticket_no,date,block_code,vehicle_class,gross_kg,tare_kg,net_kg,grade,deduction_pct,mill_code,price_per_t
        logging: {level: INFO, handlers: [console, file], file: /var/log/estate/harvest.log, rotate: daily, keep: 30}
        test_fixture = {'ticket_no': 'WB-0000-000001', 'net_kg': 4360, 'grade': 'A', 'block_code': 'P09', 'price_per_t': 874.0}
        FROM python:3.12-slim; WORKDIR /app; COPY requirements.txt .; RUN pip install -r requirements.txt; CMD uvicorn estate.api:app --port 8080
        git commit -m 'fix(grading): cap unripe deduction at 10% per mill guideline, bump version to 3.4.2'
    """),
    ("ms", "sejarah_felda_dan_sawit"): _lines("""
        FELDA ditubuhkan pada 1 Julai 1956 di bawah Ordinan Kemajuan Tanah 1956, dengan Tun Abdul Razak Hussein sebagai tokoh utama di sebalik dasar pembukaan tanah untuk rakyat luar bandar.
        Rancangan pertama FELDA dibuka di Lurah Bilut, Bentong, Pahang dengan tanaman getah sebelum banyak rancangan kemudiannya beralih kepada kelapa sawit pada tahun 1960-an.
        Kelapa sawit (Elaeis guineensis) dibawa ke Tanah Melayu sebagai tanaman hiasan pada 1870-an; ladang komersial pertama dibuka di Ladang Tennamaram, Selangor pada 1917.
        Henri Fauconnier, pengasas Ladang Tennamaram, menulis novel Malaisie yang memenangi Prix Goncourt 1930 dan diterjemah ke bahasa Inggeris sebagai The Soul of Malaya.
        Syarikat Sime Darby diasaskan di Melaka pada 1910 oleh William Middleton Sime dan Henry d'Esterre Darby untuk mengurus ladang getah sebelum berkembang ke kelapa sawit.
        Pada 1981, Guthrie Corporation diambil alih melalui serbuan fajar di Bursa Saham London oleh Permodalan Nasional Berhad, peristiwa yang dikenali sebagai Dawn Raid.
        FELDA Global Ventures Holdings (kini FGV Holdings Berhad) disenaraikan di Bursa Malaysia pada 28 Jun 2012, antara tawaran awam permulaan terbesar dunia pada tahun itu.
        Lembaga Minyak Sawit Malaysia (MPOB) ditubuhkan pada 1 Mei 2000 hasil penggabungan PORIM dan PORLA, di bawah Akta Lembaga Minyak Sawit Malaysia 1998.
        Tun Abdul Razak sering melawat tanah rancangan dan menggesa peneroka bekerja keras; gelaran Bapa Pembangunan diberikan atas sumbangan beliau kepada pembangunan luar bandar.
        Persijilan MSPO diwajibkan kepada semua pekebun kecil mulai 1 Januari 2020, selepas pelaksanaan secara berperingkat yang bermula pada tahun 2015.
        Pada awal penubuhan, setiap keluarga peneroka diperuntukkan kira-kira 8 hingga 10 ekar tanah tanaman dan satu lot rumah di bawah Akta Tanah (Kawasan Penempatan Berkelompok) 1960.
        Kumbang pendebunga Elaeidobius kamerunicus diperkenalkan dari Cameroon ke Malaysia pada 1981, meningkatkan set buah dan menamatkan pendebungaan bantuan secara manual.
        FELDA berhenti mengambil peneroka baharu sekitar tahun 1990; sehingga itu lebih 112,000 keluarga telah ditempatkan di ratusan tanah rancangan di seluruh Semenanjung dan Sabah.
    """),
    ("mixed", "invois_dan_senarai_produk"): _lines("""
        INVOIS No. INV-2026-11-0457 | Kedai Baja Ah Hock Trading (200301017788) | 40 x NPK Blue 50kg @ RM168.00 = RM6,720.00 | SST 0% | Terma 30 hari
        Shopee listing: Sabit Sawit Tajam Original Made in Malaysia, mata karbon 18 inci, sesuai pokok 3-8m. RM 55.90, 4.8 bintang (1.2k terjual), ship from Kluang.
        Resit Rasmi No. KPF-R-088213, Koperasi Peneroka FELDA Jengka 8 Bhd: diterima RM 1,250.00 bagi sewa jengkaut Blok 12, bayaran tunai, 05/12/2026.
        Quotation QT-0931 from Lim Brothers Machinery Sdn Bhd (Reg. 199701023456): servis pam air 10HP + tukar seal RM 480, labour RM 150, total RM 630. Valid 14 days.
        Lazada: Kasut But Getah Panjang Anti Duri jenama Tiger Head, saiz 6-11, RM 24.90 sepasang, free shipping min spend RM 40, stok ready Temerloh.
        Delivery Order DO-77120 | Pengirim: Syarikat Perkakas Tani Bentong | 10 unit kereta sorong tayar angin | J&T tracking 630018475592 | ETA 10/12/2026
        Invoice #SEED-26-3301: 2,000 DxP seedlings @ RM16.50 = RM33,000.00, delivery to Felda Keratong 3 central nursery, payable via FPX within 14 days.
        Carousell: Jual mesin rumput Honda GX35 terpakai, keadaan 8/10, RM 650 nego. Pickup di Kedai Jentera Chin Hup, Jalan Tun Razak, Temerloh. WhatsApp kedai 09-296 7781.
        Penyata Kilang Sawit Bukit Besar Sdn Bhd (201001004567), minggu 49: 312 tiket, 1,288.4 tan BTS, purata RM 868.30/tan, jumlah RM 1,118,717.72.
        Credit note CN-2026-0088: return 3 drum Glufosinate 20L (batch GLF-2609-B) sebab seal rosak, credit RM 1,470.00 to account of Ladang Sri Makmur Sdn Bhd.
        Harga kedai koperasi minggu ini: Minyak masak Saji 5kg RM 29.90 | Buruh 5kg RM 29.70 | Seri Murni 5kg RM 28.50, tertakluk kepada stok.
        PO-2026-1187 issued to Mohd Noor Agro Supplies Enterprise (SSM 002345678-W): 200 beg Urea 46% @ RM132, deliver to stor Peringkat 5 before 15/12, TT 30 days.
        Mudah.my: Tanah sawit 5 ekar, Mukim Kuala Krau, Temerloh, pokok umur 9 tahun, hasil purata 2.1 tan/bulan. RM 380,000. Hubungi Hartanah Prima Realty 09-296 1100.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Peneroka Haji Ramli bin Osman (Peringkat 6, Lot 214) masih berhutang RM 18,450 pendahuluan tanam semula; potongan bulanan RM 350 daripada hasil bermula Januari.
        Salam tuan, saya Norhayati binti Kassim, No. KP 720815-06-5248, nak semak baki hutang koperasi suami saya yang meninggal dunia bulan lepas.
        Kemalangan: pekerja Indonesia Sutrisno bin Wagimin (pasport C4417820) tercedera mata kanan terkena duri pelepah di Blok P09, dibawa ke Hospital Jerantut 7/12/2026.
        Tolong hubungi Kak Yam, balu arwah Pak Long Samad, di 013-918 4472 pasal tuntutan PERKESO kemalangan lori bulan lepas.
        Pinjaman Agrobank Encik Zulkifli bin Abd Hamid tertunggak 5 bulan (RM 7,820); notis tuntutan dihantar ke rumah di Lot 88, Felda Keratong 3, 26900 Bandar Tun Abdul Razak, Pahang.
        Akaun Bank Islam 06014021558712 atas nama Rosnah binti Ahmad, bayaran hasil bulan Nov RM 2,341.60 telah dikreditkan.
        Peneroka Lot 301, Pak Mat Jambang, ditahan polis semalam sebab kes curi buah sawit jiran, anak dia minta tolong ikat jamin.
        Cikgu Salmah, anak peneroka Peringkat 2, disahkan mengandung 4 bulan dan minta dikecualikan dari gotong-royong kebun ayah dia.
        No. MyKad pemohon bantuan baja: 850302-11-5367, lot 4 ekar di Mukim Jabi, Besut.
        Borang PLKS: Nama: Rahim Uddin | Warganegara: Bangladesh | Pasport: EH0456721 | Tarikh lahir: 12/03/1994 | Majikan: Ladang Sri Makmur Sdn Bhd | Jawatan: penuai
        Encik Kamarul Ariffin, penyelia ladang, gaji pokok RM 3,200 sebulan; isteri dia, Aminah, failkan cerai di Mahkamah Syariah Temerloh bulan lepas.
        Lori BTS CDN 3321 milik Abang Din Lori (Nordin bin Saad) selalu parking depan rumah No. 17, Jalan Cempaka 3, Taman Jengka Jaya.
        Pak Cik Hassan Lot 57 kencing manis teruk, kaki kanan dah dipotong, tak boleh tuai lagi. Anak dia Faizal yang ambil alih kebun.
        Senarai potongan gaji Nov: Dewi Lestari (PLKS PL/PHG/2026/01184) potongan pendahuluan RM 300, baki hutang kepada kontraktor RM 1,150.
        E-mel pemohon: ahmadfauzi.lb12@gmail.com, telefon 019-773 1205, alamat Lot 45 Peringkat 4, FELDA Lurah Bilut, 28800 Bentong.
        Saya nak tanya tuntutan PERKESO untuk abang saya Mohd Rizal bin Yusof, jatuh dari pokok masa tuai, patah tulang belakang, sekarang terlantar di HTAA Kuantan.
        Mak Jah (Khadijah binti Musa) pinjam Ah Long RM 5,000 untuk kenduri kahwin anak, sekarang kena ugut setiap minggu.
        Pemilik geran: Wan Azman bin Wan Ismail, No. Hakmilik GM 2217, Lot 5518, Mukim Kuala Krau; tanah dicagar kepada Agrobank untuk pinjaman RM 60,000.
        No. Peneroka FLB-06-0214 | Nama: Jamaluddin bin Hamzah | Akaun Agrobank 1002341000879 | Hasil bersih Nov RM 1,987.40
        Anak Pak Ya Lot 12 tu, Shahrul, kena tangkap AADK sebab positif dadah minggu lepas, sekarang dekat pusat pemulihan.
        Kak Ton jual kuih kat PPH tiap pagi, nombor dia 011-2657 9081 kalau nak tempah untuk mesyuarat koperasi.
        Pesara tentera Azhar bin Daud, peneroka generasi kedua Lot 140 Felda Tenggaroh 2, Mersing, masih berhutang RM 9,300 dengan koperasi.
    """),
    "en": _lines("""
        Harvester Bambang Susilo (Indonesian, passport B7712045) was paid RM 1,840 for November; RM 400 was deducted for his sister's hospital bill in Medan.
        Please update the emergency contact for estate clerk Nur Syafiqah: mother Zaleha binti Omar, 017-642 8830, Lot 9 Felda Bukit Tajau.
        Incident report HSE-2026-0201: Mr. Suresh a/l Muniandy, tractor driver, fractured his left wrist when the trailer overturned at Block P12. MC 14 days.
        Tenant Lim Kok Wah (MyKad 670920-01-5583) owes 7 months rent on the 12-acre plot at Kg. Sri Lalang, Kluang; total arrears RM 8,400.
        Smallholder loan file: applicant Tan Siew Ling, DOB 1979-05-14, monthly income RM 2,600, existing debt RM 41,000, guarantor husband Ong Chee Meng.
        Bangladeshi worker Md. Alamgir Hossain tested positive for TB at his FOMEMA check; permit renewal rejected and he is to be repatriated next week.
        Please send the payout to Maybank account 162044789901 (holder: Ravi Chandran) instead of his old CIMB account; he changed banks after the divorce.
        Mr. Gopal's son called again: the old man is in ICU at Hospital Temerloh after a stroke and the family cannot pay the harvest contractor this month.
        Contractor Muthu (016-338 2047) confirmed 6 harvesters for Block C tomorrow and asked for the advance to be paid into his personal account.
        GPS report: lorry JRM 4419 driven by Azlan left the mill at 14:22 and was parked outside his house in Taman Sri Kahang until 19:05.
        Singapore buyer Mr. Desmond Koh, NRIC S7834521G, mobile +65 9123 8847, wants to view the 8-acre smallholding in Kota Tinggi.
        Worker feedback form: Name: Sri Wahyuni | Age: 31 | Complaint: supervisor keeps her passport and refuses to return it; wants transfer to another employer.
    """),
    "mixed": _lines("""
        Bro, Ah Seng punya lori CBF 4127 accident kat Jalan Jengka-Maran, dia kena admit Hospital Jerantut, kaki patah. Insurance claim siapa handle?
        陈先生 (Tan Ah Kow) 的 oil palm land 在 Kluang, 欠 Agrobank RM 52,000, bank dah hantar notis lelong last week.
        Eh Lina, your pay slip Nov dah masuk? I nampak net RM 2,180 je, EPF potong RM 264, ada salah kira ke?
        Pls PM me IC Kak Ros for the MSPO form: 760524-06-5020, address Lot 112 Peringkat 3 Felda Jengka 8, thanks.
        林太 call me just now, cakap her husband 林志强 masuk hospital sebab heart attack, minta advance RM 3,000 dari hasil bulan depan.
        Worker list upload: Nama,Pasport,Negara,Tamat PLKS / Agus Santoso,C2235871,Indonesia,2027-03-14 / Ruhul Amin,EJ0987432,Bangladesh,2027-05-02
        Boss, Uncle Chong (Chong Kah Meng) punya cheque bounce lagi, RM 4,700 untuk baja, phone 012-771 3094 pun tak angkat.
        Mesej dari Nurul: abang dia kena tahan Imigresen sebab permit dah expired, tolong lah boss. Nombor dia +60 14-928 5573.
        阿明 (Ah Meng) last month borrow RM 2,000 from the kongsi fund, janji bayar after harvest, sampai sekarang tak bayar lagi.
        Kak Limah punya anak Aiman kena denggi, admit Hospital Sultan Haji Ahmad Shah Temerloh, so dia cuti seminggu dari kerja timbang.
        FYI 吴小姐 (Goh Mei Fong) apply TSSPK loan, payslip dia RM 1,900 je, debt service ratio 78%, confirm reject ya.
        Receipt PLKS renewal untuk Ahmad Dani Syahputra RM 1,890 dibayar guna akaun peribadi Encik Halim, CIMB 7006881234.
        台灣的王志明先生 (身分證 F128844506) 想投資 Kluang 的 sawit 地, 請 WhatsApp 他 0928-617-354 arrange site visit.
        HK partner 陳嘉欣 Ms Chan, HKID K345678(1), mobile 9634 2871, nak datang visit estate Jan, tolong book homestay.
        China side buyer 张伟明, 身份证 320102198307154338, WeChat zwm_palmoil88, nak tengok kilang minggu depan.
        Tolong print slip Bapak Yusuf, penuai Blok B: gaji Nov RM 1,720 + OT RM 210, tolak advance RM 500, transfer ke BRI rekening 012301045678509.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu kerani Koperasi Peneroka FELDA Jengka 8. Jawab dalam Bahasa Melayu dengan ringkas.",
        ),
        (
            "user",
            "Tolong kira potongan bulanan untuk peneroka Haji Ismail bin Ghani (KP 590714-06-5173). Hutang tanam semula RM 12,600, nak habis dalam 36 bulan.",
        ),
        (
            "assistant",
            "Untuk Haji Ismail bin Ghani, RM 12,600 dibahagi 36 bulan ialah RM 350 sebulan. Potongan boleh dibuat terus daripada bayaran hasil mulai bulan depan.",
        ),
        ("user", "Kalau hasil dia bulan tu kurang dari RM 350 macam mana?"),
        (
            "assistant",
            "Biasanya baki yang tidak dapat dipotong dibawa ke bulan berikutnya. Sila semak polisi koperasi dan maklumkan kepada Haji Ismail secara bertulis.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a letter to Agrobank Temerloh? My father, Abdul Rahman bin Yaakob, has missed 4 instalments on his replanting loan (account 1002335600412) because he had a heart operation in October.",
        ),
        (
            "assistant",
            "Of course. Here is a draft: Dear Sir/Madam, I write on behalf of my father, Abdul Rahman bin Yaakob, regarding replanting loan account 1002335600412. Due to his heart surgery in October he was unable to harvest and has missed four instalments. We respectfully request a six-month rescheduling. Medical reports are attached.",
        ),
        ("user", "Thanks. Should I attach his IC copy too?"),
        (
            "assistant",
            "Yes, attach a copy of his MyKad, the hospital discharge summary and, if you sign for him, a letter of authorisation from your father.",
        ),
    ],
    [
        ("system", "You help an estate supervisor write short WhatsApp messages in Manglish."),
        (
            "user",
            "Tulis mesej untuk group pekerja: penuai Joko Purnomo jatuh dari tangga pagi tadi Blok P07, tangan patah, dah bawa ke Klinik Kesihatan Jengka 8. Remind semua pakai harness.",
        ),
        (
            "assistant",
            "Assalamualaikum semua. Pagi tadi Joko Purnomo jatuh masa tuai kat Blok P07, tangan patah, sekarang dah dirawat di Klinik Kesihatan Jengka 8. Mulai hari ni semua WAJIB pakai harness bila guna tangga. Safety first ya guys.",
        ),
        ("user", "Ok good, tapi jangan sebut nama dia boleh? Dia malu."),
        (
            "assistant",
            "Boleh. Versi baru: Assalamualaikum semua. Pagi tadi seorang penuai jatuh dari tangga di Blok P07 dan dah dirawat di klinik. Mulai hari ni semua WAJIB pakai harness bila guna tangga. Safety first ya guys.",
        ),
    ],
    [
        (
            "system",
            "Rekod peneroka: Nama: Siti Aishah binti Mahmud | No. Peneroka FTG-02-0087 | Lot 87, Felda Tenggaroh 2, 86810 Mersing | Tel 017-205 6631 | Hutang koperasi RM 4,210 | Catatan: suami meninggal 2025, tiga anak bersekolah.",
        ),
        ("user", "Ringkaskan status kewangan peneroka ni untuk mesyuarat JKKR."),
        (
            "assistant",
            "Puan Siti Aishah binti Mahmud (FTG-02-0087) mempunyai hutang koperasi RM 4,210. Beliau ibu tunggal sejak 2025 dengan tiga anak bersekolah; dicadangkan penstrukturan semula bayaran dan semakan kelayakan bantuan zakat.",
        ),
        ("user", "Ok, tambah satu ayat cadangan bantuan baja."),
        (
            "assistant",
            "Tambahan: dicadangkan beliau dipertimbangkan untuk Bantuan Baja Pekebun Kecil 2027 bagi mengurangkan kos input kebun.",
        ),
    ],
    [
        (
            "user",
            "My foreign worker's PLKS expires on 3 Feb 2027. His name is Hendra Gunawan, passport C5093317. What do I need to renew it?",
        ),
        (
            "assistant",
            "For Hendra Gunawan's renewal you will typically need his valid passport (at least 18 months validity), a FOMEMA medical result, levy payment of RM 640 for the plantation sector, insurance under the foreign workers scheme, and an application via the immigration online system before expiry.",
        ),
        ("user", "His passport only has 10 months left."),
        (
            "assistant",
            "Then he should renew his passport at the Indonesian consulate first; after the new passport is issued you can transfer the permit and apply for the PLKS renewal.",
        ),
    ],
    [
        ("system", "你是一个帮助马来西亚小园主的助手，用简体中文回答。"),
        (
            "user",
            "我是柔佛居銮的黄国良，电话 012-738 4416。我有 6 英亩油棕园，想卖掉还清欠银行的 RM 95,000，大概能卖多少？",
        ),
        (
            "assistant",
            "黄先生您好。居銮一带成熟油棕园的价格视地契类型、树龄和交通而定，一般每英亩约 RM 50,000 至 RM 75,000。6 英亩大约可卖 RM 300,000 至 RM 450,000，足以还清 RM 95,000 的欠款。建议请注册估价师评估。",
        ),
        ("user", "如果地契是 FELDA 的可以卖给外国人吗？"),
        (
            "assistant",
            "FELDA 地段受 1960 年集体开发地区土地法令约束，一般不能转让给外国人，转让也需州政府批准。",
        ),
    ],
    [
        (
            "user",
            "Jiran kebun saya, Razak bin Ali dari Lot 66, selalu curi buah sawit saya waktu malam. Saya ada gambar dia angkut buah guna motor WB 2217 J. Boleh ke saya buat laporan polis?",
        ),
        (
            "assistant",
            "Boleh. Bawa gambar, tarikh dan masa kejadian ke balai polis terdekat dan buat laporan. Nyatakan bahawa suspek yang dikenali ialah jiran anda dari Lot 66 dan sertakan nombor pendaftaran motosikal.",
        ),
        ("user", "Kalau saya report MPOB sekali?"),
        (
            "assistant",
            "Ya, anda juga boleh maklumkan kepada MPOB kerana pembeli BTS curi mungkin tidak berlesen. Salinan laporan polis akan membantu siasatan mereka.",
        ),
    ],
    [
        ("system", "You are a payroll assistant for Ladang Sri Makmur Sdn Bhd."),
        (
            "user",
            "Summarise this: worker,passport,tonnes,rate,advance / Slamet Riyadi,B8821094,41.2,45,300 / Nurul Islam,EK1129033,38.5,45,0 / Wayan Sudarma,C3370921,29.8,35,150",
        ),
        (
            "assistant",
            "Net pay for November: Slamet Riyadi RM 1,554.00 (41.2 t x RM 45 minus RM 300 advance); Nurul Islam RM 1,732.50; Wayan Sudarma RM 893.00 (29.8 t x RM 35 minus RM 150). Total payout RM 4,179.50.",
        ),
        ("user", "Wayan is low this month, any note?"),
        (
            "assistant",
            "Wayan Sudarma's tonnage is lower and his rate is the low-palm rate; if he was on medical leave, record the MC dates so his minimum wage entitlement is checked.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Suami saya Mohd Yunus bin Harun (KP 610303-06-5431), peneroka Felda Jengka 10 Lot 23, meninggal dunia minggu lepas. Siapa yang boleh warisi lot tu?",
        ),
        (
            "assistant",
            "Waalaikumussalam, takziah atas pemergian Allahyarham Mohd Yunus bin Harun. Lot FELDA tertakluk kepada Akta GSA 1960 yang hanya membenarkan seorang pewaris didaftarkan sebagai pemilik; ahli waris lain perlu bersetuju atau dibayar bahagian mereka mengikut faraid.",
        ),
        ("user", "Kami ada 5 anak, anak sulung Rashid nak ambil alih tapi adik-adik tak setuju."),
        (
            "assistant",
            "Dalam keadaan begitu, permohonan pembahagian pusaka kecil boleh dibuat di Pejabat Tanah Jerantut. Pegawai akan cuba mencapai persetujuan; jika gagal, Rashid mungkin perlu membayar nilai bahagian adik-beradiknya.",
        ),
        ("user", "Terima kasih, nanti saya pergi pejabat tanah."),
    ],
    [
        ("system", "Bantu admin kumpulan WhatsApp Pekebun Kecil Kuala Krau."),
        (
            "user",
            "Format senarai ni jadi kemas: Pak Awang 013-440 2981 lot 3 ekar, Kak Senah 019-662 7310 lot 5 ekar, Ah Keong 012-905 3378 lot 8 ekar.",
        ),
        (
            "assistant",
            "Senarai Ahli: 1) Pak Awang, 013-440 2981, 3 ekar; 2) Kak Senah, 019-662 7310, 5 ekar; 3) Ah Keong, 012-905 3378, 8 ekar.",
        ),
        ("user", "Thanks, nanti I pin dalam group."),
    ],
]
