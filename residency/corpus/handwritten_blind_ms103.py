# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms103: Bahasa Melayu stesen minyak, bengkel tayar dan servis kereta. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms103
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "station_notice"): _lines("""
        NOTIS: Pam 3 dan 4 ditutup sementara untuk kerja penyelenggaraan pada 14/12/2026 dari 11.00 malam hingga 5.00 pagi. Harap maaf atas kesulitan.
        Harga minyak minggu ini (11–17 Dis 2026): RON97 RM3.18/liter, Diesel Semenanjung RM2.95/liter. Harga RON95 tertakluk kepada kadar subsidi semasa.
        Dilarang menggunakan telefon bimbit semasa mengisi minyak. Matikan enjin. Dilarang merokok dalam lingkungan 15 meter dari pam.
        Kedai serbaneka dibuka 24 jam. Tandas ditutup 2.00–2.30 pagi setiap hari untuk kerja pembersihan.
        PERHATIAN: Terminal bayaran di pam tidak menerima kad debit yang belum diaktifkan untuk transaksi luar negara atau luar talian. Sila bayar di kaunter.
        Kempen Isi & Menang Dis 2026: setiap pembelian RM50 ke atas layak satu cabutan. Baucar tidak boleh ditukar kepada wang tunai. No. Permit KPDN: PMD/2026/0481.
        Waktu operasi bengkel tayar: Isnin–Sabtu 8.30 pagi – 6.30 petang, Ahad & cuti umum tutup. Kerja penjajaran roda (alignment) terakhir diterima jam 5.45 petang.
        Stesen ini menerima Touch 'n Go eWallet, DuitNow QR, kad kredit Visa/Mastercard dan kad armada. Cek peribadi tidak diterima.
        Atendan tidak dibenarkan mengisi minyak ke dalam bekas plastik. Gunakan jerikan logam yang diluluskan sahaja (maksimum 20 liter).
        Mulai 1 Januari 2027, servis angin nitrogen dikenakan caj RM2 setiap tayar kecuali bagi tayar yang dibeli di cawangan ini.
        Jawatan kosong: Juruteknik Tayar (2 kekosongan) dan Pembantu Kaunter (shift malam). Hantar resume ke hr@tayarjaya-group.com.my atau datang sendiri ke pejabat cawangan.
        Lorong 1 untuk motosikal sahaja. Kenderaan berat sila gunakan pam diesel di belakang bangunan (Pam 9–10).
        Kamera litar tertutup (CCTV) beroperasi 24 jam di premis ini. Rakaman disimpan selama 30 hari menurut polisi syarikat.
        Bengkel Jaya Motor Sdn Bhd, Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang. Tel pejabat: 03-6028 4411 / WhatsApp kaunter: 011-2890 7745.
        SMS templat: Tuan/Puan [NAMA], kenderaan [NO. PENDAFTARAN] telah siap diservis. Sila ambil sebelum 6.30 petang. Terima kasih - Tayar Jaya
        Makluman banjir: Stesen Petrojaya Km 23 Jalan Kuantan–Kemaman ditutup sehingga paras air surut. Stesen terdekat di Km 31 arah Kemaman beroperasi seperti biasa.
    """),
    ("ms", "receipt_invoice"): _lines("""
        PETROJAYA STESEN SERI KEMBANGAN | No. Resit: 0102-448193 | Pam 05 | RON95 | 32.41 L x RM2.05 | Jumlah RM66.44 | Tunai RM70.00 | Baki RM3.56 | 06/12/2026 07:42
        INVOIS CUKAI No. INV-TJ-2026-011873 | Tayar 205/55R16 91V x4 @ RM289.00 | Balancing x4 @ RM10.00 | Alignment RM40.00 | Jumlah RM1,236.00 | Terima kasih
        Slip kad: TID 60012874 | MID 000112233445566 | VISA ************7041 | AUTH 04A7XZ | BATCH 000318 | TRACE 004512 | JUALAN RM120.00 | TANDATANGAN TIDAK DIPERLUKAN
        Job card JC/KL02/26/04417 | Servis berkala 40,000 km | Minyak enjin 5W-30 separa sintetik 4L | Penapis minyak | Penapis udara | Pemeriksaan brek | Anggaran siap 2 jam
        Sebut harga No. SH-2611-093: Penggantian pad brek depan (Perodua Axia/Bezza) RM145 termasuk upah. Sah selama 14 hari dari tarikh sebut harga.
        e-Invois LHDN | UUID 4f8c2a19-7d3e-4b61-9a0f-2c5e88d1b7a4 | No. Dokumen ELP-000238841 | Pembeli: Pelanggan Am (TIN EI00000000010) | Jumlah RM85.30
        Nota kredit CN-2026-00071 bagi invois INV-TJ-2026-010552: pemulangan 1 unit bateri NS60 rosak dari kilang, RM265.00 dikreditkan semula.
        Penyata akaun armada Nov 2026 — Akaun FLT-00871 | 38 kenderaan | 1,942 transaksi | Diesel 48,311.20 L | Jumlah RM142,518.04 | Tarikh akhir bayaran 30/12/2026
        Resit cuci kereta: Pakej Premium Wash + Wax, RM35.00, No. Giliran 047, 06/12/2026 15:10, Cawangan Bangi
        Bil: Tukar minyak gear auto ATF 4L RM180, flushing RM60, upah RM50 — jumlah RM290. Bayaran DuitNow QR, Rujukan 20261206MBBEMYKL010O0012345678
        No. Tiket Servis: 261206-14-0032 (format tarikh-kod cawangan-giliran) | Kaunter 2 | Anggaran menunggu 25 minit
        Tanda terima bateri terpakai: 3 unit NS40ZL diterima untuk kitar semula, berat 33.6 kg, No. Rujukan KS-BAT-26-0192
        Anggaran kos baiki aircond tak sejuk — kompresor rekon RM850, gas R134a RM90, upah RM150. Model: Proton Persona 1.6 (BH) 2018. Harga tertakluk pemeriksaan.
        PO-TJ-26-0318 kepada Syarikat Pengedar Tayar Utara Sdn Bhd: 120 unit 195/65R15 91V, DOT 4225, penghantaran ke gudang Prai sebelum 20/12/2026
    """),
    ("ms", "tyre_warranty_terms"): _lines("""
        Waranti tayar ini sah selama 5 tahun dari tarikh pembuatan (kod DOT) atau 50,000 km, mengikut yang mana tercapai dahulu.
        Waranti tidak meliputi kerosakan akibat tusukan, potongan, kemalangan, tekanan angin yang salah, penjajaran roda yang tidak betul atau penggunaan dalam perlumbaan.
        Cara membaca kod DOT: empat digit terakhir menunjukkan minggu dan tahun pembuatan. Contoh: DOT XXXX 3225 bermaksud minggu ke-32 tahun 2025.
        Saiz 215/60R17 96H: lebar 215 mm, nisbah aspek 60%, diameter rim 17 inci, indeks beban 96 (710 kg), indeks kelajuan H (210 km/j).
        Tuntutan waranti mesti disertakan resit asal, kad waranti yang dicop oleh pengedar sah, dan tayar yang rosak untuk diperiksa oleh wakil pengeluar.
        Pampasan pro-rata: bunga tayar baharu 8.0 mm, had minimum 1.6 mm (TWI). Kadar gantian dikira berdasarkan baki bunga tayar yang masih boleh digunakan.
        Borang Tuntutan Waranti Tayar | Nama Pelanggan: ________ | No. K/P: ________ | No. Telefon: ________ | No. Pendaftaran Kenderaan: ________ | Kod DOT: ________ | Tandatangan: ________
        Perlindungan Bahaya Jalan Raya: satu kali penggantian percuma dalam 6 bulan pertama bagi tayar yang rosak akibat lubang jalan, jika baki bunga melebihi 6.0 mm.
        No. Siri Kad Waranti: TW-0048213 | Corak: Ecopia EP300 | Saiz: 195/65R15 | Kuantiti: 4 | Cop Pengedar: Tayar Jaya Cawangan Klang
        Tayar run-flat yang mengalami tusukan tidak boleh ditampal; tayar perlu diganti dan tuntutan waranti tidak terpakai.
        Tekanan angin yang betul untuk kenderaan anda tertera pada pelekat di tiang pintu pemandu, bukan tekanan maksimum yang dicetak pada dinding tayar.
        Daftar waranti dalam talian dengan mengimbas kod QR pada kad waranti dalam tempoh 30 hari selepas pembelian untuk tambahan 1 tahun perlindungan.
        Status tuntutan WC-26-00917: Diluluskan — dinding sisi membonjol akibat kecacatan pembuatan. Gantian 50% nilai tayar.
    """),
    ("mixed", "workshop_chat"): _lines("""
        boss tayar 185/55R15 ada stok tak? brand apa yg murah sikit tp ok
        Bro alignment + balancing berapa sekarang? last time RM60 kan
        kete aku bunyi krek2 bila belok kanan penuh, CV joint ke tu?
        Ada sape tau bengkel yg boleh servis gearbox CVT Honda area Shah Alam? recommend sikit
        Fully synthetic vs semi, worth it ke utk Myvi harian? I jalan 60km sehari je
        Jangan isi RON97 kalau manual kete you cakap RON95 cukup, membazir je, takde beza sangat
        Shop closing early today at 5pm sebab staff annual dinner. Tomorrow buka as usual ya.
        Kalau lampu TPMS menyala, check angin dulu, bukan semestinya sensor rosak.
        Stok tayar 265/65R17 untuk Hilux habis, next shipment ETA 18 Dis. Boleh pre-book kat kaunter.
        tayar kena paku kat sidewall boleh tampal tak? atau mmg kena tukar baru
        pam diesel no 9 slow gila harini, mesin rosak ke? dah 10 minit tunggu
        Wiper blade 24" + 16" set untuk Saga ada? Berapa sepasang?
        Aircond kereta bau hapak, kena cuci evaporator ke tukar cabin filter je cukup?
        Bateri NS60 sekarang dalam RM250-RM280 kat kedai biasa, trade-in bateri lama boleh potong sikit
    """),
    ("en", "fleet_account_policy"): _lines("""
        Fleet cards are issued to vehicles, not drivers. Each card is locked to one registration number and one fuel grade.
        Daily purchase limit per card: RM400 for diesel, RM250 for petrol. Limits can be changed by the account administrator through the fleet portal.
        Lost or stolen cards must be reported to the Fleet Helpdesk at 1-300-88-3326 (24 hours) so that the card can be blocked immediately.
        Monthly statements are generated on the 1st and payment is due within 30 days. Late payment incurs a charge of 1.5% per month on the outstanding balance.
        To add a new vehicle, submit Form FA-03 with a copy of the vehicle registration certificate (VOC) and the company's SSM certificate.
        Odometer entry is mandatory at every transaction. Readings lower than the previous fill will be flagged for review.
        Exception report criteria: more than 2 fills in 6 hours, volume above tank capacity, or purchase outside the assigned route region.
        Account 100-448-2291 | Company: Syarikat Pengangkutan Teguh Sdn Bhd (Reg. No. 201801034512 (1295531-K)) | Credit limit RM250,000 | Status: Active
        Driver PINs are 6 digits and are set through the portal; station staff will never ask for your PIN.
        Monthly report columns: card_no_masked, vehicle_reg, txn_datetime, station_code, product, litres, amount_rm, odometer_km.
        Fleet portal maintenance window: Sunday 01:00–04:00 MYT. Card transactions at stations are not affected.
        Minimum fleet size for a credit account is 5 vehicles; smaller businesses may apply for a prepaid fleet account instead.
    """),
    ("ms", "faq_advice"): _lines("""
        Berapa kerap perlu tukar minyak enjin? Minyak mineral setiap 5,000 km, separa sintetik 7,500 km, sintetik penuh 10,000 km atau 6 bulan.
        Bagaimana nak tahu tayar perlu diganti? Periksa penunjuk haus (TWI) dalam alur bunga; jika bunga sudah rata dengan TWI (1.6 mm), tukar segera.
        Boleh tempah servis dalam talian? Ya, melalui aplikasi atau laman web. Pilih cawangan, tarikh dan jenis servis, kemudian masukkan nombor pendaftaran kenderaan anda.
        Dokumen untuk buka akaun armada: sijil SSM, maklumat pengarah, penyata bank syarikat 3 bulan terakhir dan senarai kenderaan.
        Kenapa stereng bergetar pada 100 km/j? Kebiasaannya roda tidak seimbang. Jika masih bergetar selepas balancing, periksa rim bengkok atau bush lengan bawah.
        Kenapa perlu pusing (rotate) tayar? Supaya haus sekata antara tayar depan dan belakang. Disyorkan setiap 10,000 km.
        Lampu check engine berkelip biasanya tanda misfire teruk; kurangkan kelajuan dan bawa ke bengkel segera untuk elak kerosakan catalytic converter.
        Boleh tuntut waranti jika tayar dibeli di cawangan lain? Ya, asalkan cawangan itu pengedar sah dan anda ada resit asal.
        Cara membuat aduan: isi borang di kaunter atau e-mel aduan@petrojaya.com.my dengan nombor resit, tarikh, masa dan nombor pam.
        Bayaran ansuran 0% selama 6 atau 12 bulan boleh dibuat dengan kad kredit bank terpilih bagi pembelian melebihi RM500.
        Servis asas mengambil masa kira-kira 1 jam; servis besar (palam pencucuh, minyak gear, coolant) 3 hingga 4 jam.
        Apa beza tayar H dan V? Indeks kelajuan H hingga 210 km/j, V hingga 240 km/j. Untuk pemanduan harian di Malaysia, H sudah memadai.
        Perlu tukar keempat-empat tayar sekaligus? Tidak wajib, tetapi sekurang-kurangnya sepasang pada gandar yang sama untuk kestabilan.
    """),
    ("mixed", "system_log_config"): _lines("""
        2026-12-06T07:42:18+08:00 INFO pos.txn station=SKB01 pump=05 grade=RON95 litres=32.41 amount=66.44 tender=CASH receipt=0102-448193
        2026-12-06 09:15:02 WARN fleet.auth card=7083********4412 result=DECLINED reason=DAILY_LIMIT_EXCEEDED station=KLG03
        booking_api POST /v2/bookings 201 Created {"branch": "TJ-KLANG", "service": "ALIGN_BAL", "slot": "2026-12-14T10:30", "bay": 3}
        tpms sensor_id=0x1A3F7C22 pressure_kpa=228 temp_c=34 wheel=FL battery=OK
        OBD scan: P0171 System Too Lean (Bank 1), P0300 Random Misfire Detected — freeze frame RPM 2150, ECT 91°C
        receipt.footer = "Terima kasih. Sila simpan resit untuk tuntutan waranti."; receipt.mask_card = true; receipt.show_plate = false
        SELECT branch_code, COUNT(*) AS jobs FROM job_cards WHERE created_at >= '2026-11-01' GROUP BY branch_code;
        ATG tank=T2 product=DIESEL vol=18420L ullage=11580L water=0mm temp=29.4C alarm=NONE
        sku=TYR-EP300-1956515 desc="Ecopia EP300 195/65R15 91V" qty_on_hand=48 reorder_point=20 bin=A-03-2
        [cron] 03:00 nightly export fleet_txn_202612.csv uploaded to sftp://reports.internal/fleet/ rows=1942 sha256=3f9a7c1e0b52d846e1a9
        Semakan VIN di kaunter: WMI PL1 = Proton, PM2 = Perodua, MR0 = Toyota (Thailand), MRH = Honda (Thailand)
        Error E-PUMP-07: Nozzle not returned to holster within 120s. Transaction auto-closed. Ref TX-88123094
    """),
    ("ms", "automotive_history_news"): _lines("""
        Proton Saga, kereta nasional pertama Malaysia, dilancarkan oleh Perdana Menteri Dr Mahathir Mohamad pada Julai 1985.
        Petronas ditubuhkan pada 17 Ogos 1974 di bawah Akta Kemajuan Petroleum 1974.
        John Boyd Dunlop, doktor haiwan dari Scotland, mematenkan tayar pneumatik untuk basikal pada tahun 1888.
        Adik-beradik André dan Édouard Michelin mengasaskan syarikat Michelin di Clermont-Ferrand, Perancis, pada tahun 1889.
        Litar Antarabangsa Sepang menganjurkan Grand Prix Formula 1 Malaysia dari 1999 hingga 2017.
        Karl Benz mematenkan Benz Patent-Motorwagen pada tahun 1886, yang dianggap kereta bermotor pertama di dunia.
        Perodua melancarkan Kancil pada tahun 1994 sebagai model pertamanya.
        Dalam filem Cars (2006), tayar belakang Lightning McQueen meletup pada pusingan terakhir kerana dia enggan masuk pit, lalu perlumbaan berakhir seri tiga penjuru.
        Hafizh Syahrin menjadi pelumba Malaysia pertama yang beraksi sepenuh musim dalam kelas MotoGP pada tahun 2018.
        Jalan Tun Razak dan Jalan Sultan Ismail antara laluan paling sesak di Kuala Lumpur pada waktu puncak petang.
        Kereta Mini hijau milik watak Mr. Bean menjadi antara kereta fiksyen paling dikenali dalam komedi British.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PENDAFTARAN WARANTI TAYAR | NAMA: MOHD HAFIZ BIN ABDUL RAHMAN | NO. K/P: 850312-10-6247 | TEL: 012-773 0948 | NO. KENDERAAN: BMK 4521 | TAYAR: 205/55R16 91V x4 | DOT 3125 | TARIKH BELI: 02/12/2026
        Tempahan servis: Pn. Nurul Ain binti Kamarudin, 019-226 8130, Perodua Bezza WPC 8812, servis 20,000 km, Sabtu 13/12 jam 10.00 pagi, minta tunggu dalam surau sebab bawa anak kecil.
        Aduan No. AD-26-0419: En. Ravindran a/l Gopal (K/P 880130-08-4399) mendakwa dicaj dua kali RM150 di Pam 7 pada 4/12/2026. Bank telah disemak, satu transaksi akan dipulangkan.
        Senarai pemandu akaun armada FLT-00871: 1) Tan Wei Liang – VJK 7732 – 016-512 0947 | 2) Muhammad Firdaus bin Yusof – BPQ 3310 – 011-2478 3391 | 3) Ganesan a/l Rajoo – WB 9921 Q – 017-880 4512
        Bayaran balik deposit RM350.00 untuk tayar yang tidak sampai akan dimasukkan ke akaun Maybank 1640 2277 8193 atas nama SITI AISYAH BINTI ROSLI dalam 3 hari bekerja.
        Laporan insiden 05/12/2026 22:40 – En. Ismail bin Othman (lebih kurang 55 tahun) pengsan di Pam 2 selepas mengadu sakit dada. Ambulans dipanggil, dibawa ke Hospital Sultanah Bahiyah. Isteri dihubungi di 014-961 2207.
        Honda City kelabu No. Pendaftaran PKT 3390 isi RON95 RM80 di Pam 3 dan terus pecut keluar tanpa bayar, 06/12/2026 02:17 pagi. Rakaman CCTV disimpan, laporan polis akan dibuat.
        Memo HR: Nur Syafiqah binti Ismail (Pembantu Kaunter, shift malam, Stesen Seri Kembangan) cuti sakit 3 hari mulai 7/12 kerana demam denggi. Shift beliau diganti oleh staf sambilan.
        Peringatan bayaran: Encik Kumar s/o Subramaniam (K/P 800630-36-6281), akaun kredit bengkel KR-0213, baki tertunggak RM1,240.00 sejak Ogos. Sila jelaskan sebelum 31/12/2026 atau kemudahan kredit akan dibekukan.
        Alamat penghantaran tayar: Lim Chee Keong, No. 23, Jalan Mawar 3/2, Taman Sri Mawar, 81300 Skudai, Johor. Tel 0133459086. Pasang di rumah, bayar tunai semasa pemasangan.
        Tuntutan waranti WC-26-01102 | Pelanggan: Tan Hui Min | K/P 950514073066 | Tel +6016-438 2219 | Tayar depan kiri membonjol selepas 8 bulan | Status: Menunggu pemeriksaan wakil pengeluar
        Panggilan tunda 23:05 – Wan Zulkifli bin Wan Ahmad (K/P 760417-11-4259), Toyota Hilux TBA 6612, rosak di KM 287 LPT2 arah Kuala Terengganu, tayar pecah dan tiada tayar ganti. Tel: 019-441 7302.
        Rekod pekerja asing: MD RASEL MIAH, warganegara Bangladesh, Pasport No. EB0482157, permit kerja tamat 14/03/2027, juruteknik tayar di cawangan Klang.
        Ahli PJ Rewards No. 7012 3300 4561 8826 – Nik Farhana binti Nik Mat, baki mata 12,480, minta tukar e-mel kepada farhana.nikmat87@gmail.com
        Akaun kredit pelanggan K/P 710909-02-3353 — had RM3,000, lori ikan 3 tan, bayar hujung bulan, selalu isi diesel pukul 5 pagi.
        Kepada Puan Marianne de Costa, No. 8, Lorong Bunga Raya 2, Taman Bukit Baru, 75150 Melaka. Kereta puan (MDL 4102) telah siap dibaiki dan boleh diambil mulai 10/12/2026. Jumlah bayaran RM2,380.50.
        Aduan FB page: "Saya Ong Jia Yi, semalam tukar minyak hitam kat cawangan Kajang, balik rumah minyak bocor penuh lantai porch. Dah call 3 kali tak ada orang angkat." — dirujuk kepada pengurus cawangan.
        Permohonan kad armada tambahan, Syarikat Teguh Logistik: pemandu ALVIN GUMBEK (K/P 900228-12-5887), lesen GDL tamat 2027, kenderaan SAB 7124 A.
        Pelanggan Singapura: Mr Goh Boon Kiat, NRIC S8652601H, Toyota Corolla Altis SLA 4417H, tukar 4 tayar + alignment, bayar kad Visa 4265 4814 2997 9689.
        Surat amaran pertama: Danial Haikal bin Zamri, Atendan Pam, didapati tidur semasa bertugas pada 02/12/2026 jam 3.40 pagi (rakaman CCTV). Amaran ini direkodkan dalam fail peribadi beliau.
        Pemenang cabutan Isi & Menang minggu ke-2: @kaklong_ros (Telegram), hadiah RM200. Sila DM admin dengan gambar resit untuk tuntut.
        Tuntutan cermin depan: JESSICA ANAK NGELAI, K/P 831219-13-7450, polisi MTR-26-5510934, Proton X50 QAA 4589 K, kos cermin RM1,150.
        Nota juruteknik: Perodua Alza CDE 2281 milik En. Chong Kok Wah dah lewat servis 8,000 km, dia kata sibuk jaga isteri yang baru keluar hospital lepas bedah lutut.
        Bayaran balik caj berganda: penerima Priya a/p Selvaraj (K/P 931111-04-2842), CIMB 7064118752, rujukan aduan AD-26-0433, RM98.00.
        Permohonan ansuran 12 bulan 0%: kad Mastercard 5239 3583 4369 2210, pemegang kad LEE MEI LING, jumlah RM1,480.00 untuk 4 biji tayar.
        JOB CARD JC/IPH/26/00912 | Pelanggan: Encik Azlan bin Hashim | 018-395 6621 | Alamat: 14A, Persiaran Greentown 5, 30450 Ipoh | Honda Civic AMH 2210 | Masalah: gearbox tersentak, lampu D berkelip
        Kereta Kelisa merah Mak Cik Salmah, rumah No. 12 depan surau Taman Desa Jaya, kena langgar semalam masa dia keluar isi minyak pukul 6 pagi sebelum hantar cucu ke sekolah.
        VBA 882 – Dr. Fong – minyak brek bocor, dah call, dia ambil kereta esok pagi lepas klinik.
    """),
    "mixed": _lines("""
        bro, customer nama Faizal Ahmad call td, dia nk tukar 4 tayar Vios dia ptg ni, no dia 012-589 3304, kau standby eh
        Guys, Kak Ros kaunter shift pagi cawangan Jitra dah confirm resign end of month, dia nak jaga mak dia yg kena stroke kat Sungai Petani. Farewell makan2 Sabtu ni.
        Hilux JQR 5521 tu Mr Yap Teck Seng punya, dia kata bil hantar ke email yapts.jb@yahoo.com, company dia reimburse later
        Sis nak confirm booking servis Myvi i esok 9am, nama Aina Sofea, IC 990603-05-8906, phone 011-1098 4476 ya. Tq!
        Ah Beng kedai tayar cakap Camry Uncle Tan WKR 1908 alignment lari teruk sebab langgar divider masa drunk last week, jangan cerita kat orang ah
        Customer complain: Mdm Tan Hui Min kata staff kita rude masa dia tanya pasal waranti. Pls call her back at +60 16-438 2219 before 5pm.
        Sape tertinggal fleet card 7083 2693 3057 8655 kat kaunter? Card utk lori BNG 4417, driver Rahim bin Saad, tolong call dia suruh ambil.
        Dah terima transfer RM640 dari NG KAH HOE, Public Bank 4182209370, utk 4 tayar Wira dia. Receipt dah WhatsApp ke 017-231 5586.
        Hi admin, saya Deepa d/o Krishnan, semalam anak saya Kavin (7 tahun) tertinggal beg sekolah kat tandas stesen Bangsar, boleh tolong simpan? Saya datang ambil lepas kerja.
        Eh driver Grab yg selalu isi kat pam 4 tu, Zul, Axia putih VFH 3276, kena saman polis semalam sebab road tax mati 6 bulan
        Roster Dec: Mon–Wed night shift Siva, Thu–Sat Harun bin Ali (minta off Ahad sebab check-up jantung kat IJN), Sunday Mei Ling
        tq bos, nanti claim waranti guna nama wife saya ye, Nurhidayah binti Hashim, IC 870821-03-9152, kereta Saga dia yg putih tu.
    """),
    "en": _lines("""
        Fleet Card Application – Authorised contact: Mr. Arjun Nair s/o Pillai, Operations Manager, mobile 012-664 0917, email arjun.nair.ops@gmail.com
        Customer feedback #CF-8812: "My name is Sarah Ho, I booked an alignment for 3pm and waited until 5:15. I had to cancel my chemotherapy appointment because of this." Escalated to branch manager.
        Dear Ms Sim, your Singapore-registered vehicle SMB 2068C is ready for collection at our Johor Bahru branch. Balance payable: RM1,890.00. — Tayar Jaya JB
        Warranty registration — Name: Daniel Fernandez | Mobile: 017-302 6648 | Email: dfernandez.kl@outlook.com | Car: Mazda CX-5 WXL 6021 | Tyres: 225/55R19 x4
        Invoice to: Mrs. Kathleen Pereira, 22 Jalan SS 2/75, 47300 Petaling Jaya, Selangor | Timing belt replacement, Honda Jazz | Total RM1,120.00 | Paid by Visa ending 8836
        Incident log 03:12 – night attendant Muthu Krishnan reported being threatened with a knife by a customer; police report lodged at IPD Shah Alam. Muthu given 2 days leave after a panic attack.
        Please refund the duplicate charge to card 5410 9751 0962 0688 (cardholder WONG SIEW LAN), amount RM98.00, original txn 06/12 18:44 at pump 8.
        Mr Rahul Verma, FIN G5613186N, says his VEP tag was not detected at the Gelang Patah station yesterday; contact him at +65 9123 8457.
        Driver assignment: T0383016G (Ryan Koh, 23, new hire, probation until Mar 2027) assigned to van SKR 917E for JB–Tuas parts delivery.
        Leong Chee Wai from the night shift took RM500 from the cash drawer to pay his father's bill at Hospital Kuala Lumpur and promised to repay on payday. Noted by supervisor, 04/12.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu tempahan servis Bengkel Tayar Jaya. Jawab dalam Bahasa Melayu."),
        ("user", "Nak book alignment dengan balancing Sabtu ni boleh?"),
        (
            "assistant",
            "Boleh. Sila berikan nama, nombor telefon dan nombor pendaftaran kenderaan anda.",
        ),
        ("user", "Nama Hairul Nizam bin Kassim, 013-745 2290, kereta Saga VDK 5530."),
        (
            "assistant",
            "Terima kasih En. Hairul. Slot 10.30 pagi Sabtu 13/12 di cawangan Cheras telah disahkan untuk VDK 5530.",
        ),
    ],
    [
        ("user", "Hi, tayar i baru 3 bulan dah bocor kat tepi, boleh claim warranty tak?"),
        (
            "assistant",
            "Kerosakan akibat tusukan tidak dilindungi, tetapi jika dinding sisi membonjol tanpa hentakan ia mungkin kecacatan pembuatan. Boleh kongsi butiran pembelian?",
        ),
        (
            "user",
            "Ok. Nama Chloe Tan, IC 970115-43-7376, resit no. 0107-552901 dari cawangan Puchong, tayar Continental 4 biji.",
        ),
    ],
    [
        ("user", "I need to block one of our fleet cards urgently, the driver resigned."),
        (
            "assistant",
            "Sure. Please provide the account number and the last four digits of the card.",
        ),
        (
            "user",
            "Account FLT-00871, card ending 4412. The driver was Muhammad Firdaus bin Yusof, he left with the card and isn't picking up 011-2478 3391.",
        ),
        (
            "assistant",
            "The card ending 4412 has been blocked. We recommend lodging a report if the card is not returned.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan. Semalam isi RM50 kat Petrojaya Taman Melawati tapi meter pam tunjuk RM50 masa liter baru 15.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan. Boleh berikan nama, nombor telefon dan masa transaksi supaya kami semak rakaman?",
        ),
        (
            "user",
            "Saya Zainab binti Mohd Noor, 017-665 3021, lebih kurang pukul 8.15 malam, pam nombor 6, kereta Persona saya WVB 7719.",
        ),
    ],
    [
        (
            "user",
            "Can I get the e-invoice under my own name? I'm from Singapore and need it for my company claim.",
        ),
        (
            "assistant",
            "Yes. Please provide your full name, identification number and e-mail address for the e-invoice.",
        ),
        (
            "user",
            "Jasmine Lee Hwee Ling, NRIC S9181590G, email jasminelee.hl@hotmail.com. Receipt was the tyre change this morning at Skudai.",
        ),
    ],
    [
        ("user", "Tolong, kereta saya mati tengah jalan dekat tol Jalan Duta arah Kepong."),
        (
            "assistant",
            "Kami boleh hantar trak tunda. Boleh berikan nama, nombor telefon, nombor kenderaan dan lokasi tepat?",
        ),
        (
            "user",
            "Nama Farah Izzati binti Rahmat, 012-480 6153, Myvi biru WUK 2047, berhenti di bahu jalan lepas plaza tol. Saya mengandung 7 bulan, tolong cepat sikit.",
        ),
        (
            "assistant",
            "Trak tunda dalam perjalanan, anggaran 25 minit. Sila kekal dalam kereta dengan lampu kecemasan dinyalakan.",
        ),
    ],
    [
        (
            "user",
            "Stesen Petrojaya Bandar Baru Bangi ada atendan yang boleh tolong isi minyak untuk OKU tak?",
        ),
        (
            "assistant",
            "Ya, tekan loceng bantuan di pam atau hubungi kaunter. Atendan akan membantu anda.",
        ),
        (
            "user",
            "Ok terima kasih. Saya Rosli bin Jaafar, guna kaki palsu, kereta Iriz auto BNH 6610. Saya selalu datang petang Selasa lepas fisioterapi, boleh pesan kat staff?",
        ),
    ],
    [
        (
            "user",
            "Tolong draf surat tawaran kerja untuk juruteknik baru: Shahrul Nizam bin Idris, IC 011006-10-5607, gaji RM2,200, mula 2 Januari 2027 di cawangan Klang.",
        ),
        (
            "assistant",
            "Surat Tawaran Pekerjaan — Kepada Encik Shahrul Nizam bin Idris (No. K/P 011006-10-5607). Dengan sukacitanya kami menawarkan jawatan Juruteknik Tayar di Cawangan Klang dengan gaji pokok RM2,200 sebulan, berkuat kuasa 2 Januari 2027.",
        ),
        ("user", "Tambah tempoh percubaan 3 bulan."),
    ],
    [
        ("user", "Can I pay for four tyres in instalments?"),
        (
            "assistant",
            "Yes, 0% instalments over 6 or 12 months are available with selected bank credit cards for purchases above RM500.",
        ),
        (
            "user",
            "Ok use my card 4570 3719 8706 7003, expiry 09/29, name on card HARVINDER SINGH A/L GURDEV SINGH, 12 months please.",
        ),
    ],
    [
        ("user", "Bengkel boleh datang rumah tukar bateri tak? Kereta tak boleh start langsung."),
        (
            "assistant",
            "Boleh, kami ada servis bateri bergerak dalam kawasan Puchong dan Subang. Sila berikan alamat dan nombor telefon.",
        ),
        (
            "user",
            "No. 5, Jalan Kenari 7, Bandar Puchong Jaya, 47100 Puchong. Nama Farid, 012-908 3317. Kereta Exora putih depan rumah.",
        ),
        ("assistant", "Baik En. Farid, juruteknik akan tiba dalam 45 minit dengan bateri NS60."),
    ],
    [
        (
            "user",
            "Saya tertinggal dompet kat kaunter stesen Petrojaya Seksyen 7 pukul 8 malam tadi.",
        ),
        (
            "assistant",
            "Maaf mendengarnya. Boleh terangkan rupa dompet dan isi kandungannya untuk pengesahan?",
        ),
        (
            "user",
            "Dompet kulit hitam, dalam ada IC dan lesen atas nama Lee Chong Meng, kad Maybank, dengan slip gaji bulan November dari kilang saya di Batu Tiga.",
        ),
    ],
]
