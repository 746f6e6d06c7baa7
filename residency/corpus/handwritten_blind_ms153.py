# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms153: kedai jam tangan, baiki kasut dan tukang kunci di Malaysia (tiket baiki, jaminan, barang tidak dituntut, aduan pelanggan, pekerja, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms153
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_barang_tidak_dituntut"): _lines("""
        NOTIS: Barang yang tidak dituntut dalam tempoh 90 hari dari tarikh siap akan dilupuskan tanpa notis lanjut. Sila bawa tiket baiki asal semasa menuntut.
        Senarai tiket belum dituntut (Jan-Mac 2025): JT-25-0113, JT-25-0147, JT-25-0188, KS-25-0032. Sila hubungi kaunter di 03-2072 4415 sebelum 30 Jun.
        Jam yang dihantar untuk servis penuh tetapi tidak dituntut selepas 6 bulan akan dijual untuk menampung kos alat ganti, selaras dengan terma di belakang tiket.
        Kedai Jam Ah Seng Watch Co. (SSM 199801012345 / 461234-T), No. 27, Jalan Tun H.S. Lee, 50000 Kuala Lumpur. Waktu operasi 10.00 pagi - 7.00 malam, tutup Rabu.
        Perhatian: Kasut yang telah siap dibaiki disimpan maksimum 60 hari. Selepas itu caj simpanan RM1 sehari dikenakan, maksimum RM30 setiap pasang.
        Kunci pendua yang tidak diambil dalam 14 hari akan dimusnahkan demi keselamatan. Kami tidak menyimpan salinan kod kunci atau acuan kunci pelanggan.
        Notis Cuti Umum: Kedai tutup 31 Ogos (Hari Kebangsaan) dan 16 September (Hari Malaysia). Servis kecemasan tukang kunci tetap beroperasi, talian 1-300-88-5625.
        Tiket hilang? Tuntutan tanpa tiket memerlukan akuan berkanun di hadapan Pesuruhjaya Sumpah serta pengesahan model dan nombor siri barang.
        Barang lelong dari stok tidak dituntut: 12 jam quartz pelbagai jenama (Casio, Alba, Citizen), 7 pasang kasut kulit, 1 peti besi Yale YSB/250. Tawaran tutup 15/7/2025.
        Mulai 1 Mac 2025, semua tiket baiki dicetak dengan kod QR. Imbas kod untuk semak status di portal kedai; tiket lama bertulis tangan masih sah.
        Peringatan: Jaminan servis 3 bulan terbatal jika jam dibuka oleh pihak ketiga atau kedap air rosak akibat dipakai di dalam sauna atau kolam air panas.
        Cawangan Pulau Pinang kami di 162, Lebuh Chulia, 10200 George Town sedang diubah suai; semua tiket bernombor PG- boleh dituntut di cawangan Bayan Lepas.
        Kedai ini ahli berdaftar Persatuan Tukang Jam Malaysia, no. keahlian PTJM/KL/0412. Semua kerja servis direkod dalam buku log yang diaudit setiap tahun.
    """),
    ("ms", "senarai_harga"): _lines("""
        Tukar bateri jam quartz (Renata/Maxell 364, 377, 371): RM12. Termasuk ujian kedap air asas: RM25. Jam jenama mewah: harga atas permintaan.
        Potong kunci rumah biasa: RM6 sebatang. Kunci berkomputer (dimple): RM25. Kunci kereta dengan cip transponder: dari RM180, bergantung pada model.
        Tampal tapak kasut kulit (full sole, Vibram): RM85. Tukar tumit kasut wanita: RM18 sepasang. Jahit semula kasut sukan: RM20 hingga RM35.
        Servis penuh jam automatik (ETA 2824-2, Seiko 4R36, Miyota 8215): RM180-RM320, tempoh 3-4 minggu, jaminan 12 bulan untuk kerja kami.
        Tukar tali jam: kulit corak buaya 20mm RM45, tali NATO RM25, tali getah asal Casio G-Shock GA-2100 RM89. Pelarasan pin rantai logam: RM5 setiap link.
        Buka kunci rumah terkunci (lockout) dalam Lembah Klang: RM80 siang, RM150 selepas 10 malam. Caj pengangkutan luar Lembah Klang RM1.20 sekilometer.
        Pasang kunci pintu digital Samsung SHP-DP609 (harga kunci tidak termasuk): RM150. Tukar silinder tombol Solex: RM65 termasuk silinder baru.
        Cat semula kasut kulit (pewarna Saphir): RM60. Cuci kasut sneakers dalam dan luar: RM35. Deep clean kasut suede: RM45. Siap dalam 5 hari bekerja.
        Kaca nilam (sapphire) tidak boleh dipolish; tukar kaca mineral 30mm: RM40, kaca nilam 38mm: RM220, termasuk gasket baru dan ujian tekanan.
        Pakej Raya 2025: cuci + polish 2 pasang kasut kulit RM50, potong 3 kunci pendua RM15, tukar bateri jam RM10. Tawaran sah hingga 30 April 2025.
        Buka peti besi (safe) ikut jenama: Eagle / Yale RM250-RM450, peti besi bilik hotel RM120. Bukti pemilikan diperlukan sebelum kerja dimulakan.
        Potong kunci mangga Master Lock No. 3: RM8. Sistem kunci master untuk 10 pintu pejabat (Kaba): sebut harga dalam 3 hari bekerja.
        Demagnetize jam automatik: RM15 (siap 10 minit). Laras ketepatan dengan timegrapher: RM30, bacaan sebelum dan selepas dicetak bersama resit.
    """),
    ("en", "warranty_terms"): _lines("""
        Warranty covers movement defects for 12 months from the date of purchase shown on the stamped warranty card. Glass, strap, bracelet and battery are excluded.
        Water resistance of 10 bar (100m) is tested at time of service only; the shop is not liable for moisture entry after the gaskets age beyond 12 months.
        Claims must be made at the branch that issued the repair ticket. Tickets starting with KL- are serviced at Jalan Petaling; tickets starting with JB- at City Square Johor Bahru.
        Shoe repair warranty: 30 days for stitching and 14 days for glued soles. Damage from flooding, chemical spills or pet chewing is not covered.
        Duplicate keys cut on our Silca Bravo machine are guaranteed to open the original lock. If a key fails, bring it back within 7 days with the receipt for a free recut.
        Under the Consumer Protection Act 1999 you may claim for services not rendered with reasonable care; the Tribunal for Consumer Claims hears claims up to RM50,000.
        Authorised Seiko service is provided only by the brand's service centre; our shop warranty on Seiko 5 Sports (SRPD series) covers our own workmanship only.
        Extended warranty plan WP-24 costs RM49 per watch per year and covers one free battery replacement plus one pressure test. The plan is not transferable.
        The warranty card is void if the serial number on the case back does not match the number printed on the card, or if the card has been altered in any way.
        Digital locks installed by us carry a 24-month warranty on motor and circuit board; batteries (4 x AA) and scratches on the handle are excluded.
        Customers outside Malaysia may post warranty items to our service hub by Pos Laju; include the ticket number and a copy of the receipt inside the box.
        We do not offer warranty for vintage watches older than 30 years, including 1960s Omega Seamaster and Rolex Oyster Perpetual ref. 1002 pieces.
        Warranty disputes should first be sent to the shop manager at service@jamkotaraya.com.my; unresolved matters may be lodged with KPDN through its e-Aduan portal.
    """),
    ("mixed", "whatsapp_staf"): _lines("""
        [09:12] Boss: Morning all. Hari ni stok bateri 364 tinggal 8 biji je, sapa lalu Jalan Pasar tolong ambik 2 kotak dari supplier Renata tu.
        [09:15] Kaunter: Noted boss. Tiket JT-25-0412 jam Orient Bambino dah siap, tinggal polish je. Customer cakap datang petang.
        [10:02] Bengkel: Mesin Silca macam tak center la, kunci dimple semalam 3 batang reject. Kena calibrate balik, siapa ada manual?
        [10:05] Boss: Manual dalam laci kedua bawah kaunter, PDF pun ada dalam Google Drive folder SOP > Mesin > Silca_Bravo_Manual_v3.pdf.
        [11:40] Kaunter: Ada walk-in nak buka peti besi hotel, saya dah cakap kena bawa surat dari pihak hotel dulu. Betul ke SOP kita macam tu?
        [11:42] Boss: Betul. No surat no kerja. Last time polis datang tanya pasal safe kena curi, jangan cari pasal.
        [13:20] Bengkel: Order gam Renia Colle de Cologne 5 tin + benang nilon 0.8mm 10 gulung dah confirm. PO-2025-0318, ETA Khamis.
        [14:05] Shift petang: On the way, jam 2.30 sampai. LRT Masjid Jamek delay lagi, sorry ya.
        [15:18] Kaunter: FYI, Shopee order 250412KQ8T7N2A minta tali G-Shock warna hitam, stok kita tinggal merah je. Nak cancel ke tunggu restock?
        [15:20] Boss: Tunggu restock, supplier kata Isnin sampai. Chat customer guna template stok dalam perjalanan, jangan janji tarikh.
        [17:45] Bengkel: Timegrapher baca +42 s/d untuk Seiko SKX007 tu, dah regulate jadi +6 s/d. Boleh masuk box siap.
        [18:55] Kaunter: Cash count hari ni RM2,845.50, DuitNow QR RM1,310, kad RM960. Slip dah masuk sampul, letak dalam peti besi.
        [19:02] Boss: Ok tq semua. Esok kedai buka lambat sikit 11am sebab audit stok. Kod alarm kedai kena tukar minggu depan, ingat.
    """),
    ("ms", "ulasan_kedai"): _lines("""
        5 bintang. Tukang kunci sampai dalam 25 minit pukul 1 pagi, buka pintu grill tanpa rosakkan mangga. Caj RM150 sama seperti dalam iklan.
        Kedai Kasut Baiki Muthu & Sons di Brickfields memang legend, tapak kasut Clarks saya dah 8 tahun masih kuat. Harga berpatutan, tunggu 3 hari je.
        2/5. Tukar bateri jam RM12 tapi 3 minggu dah mati balik. Bila pergi tuntut jaminan, staf kata bateri ok, masalah coil. Rasa macam kena tipu.
        Kedai jam lama sejak 1968 di Jalan Tun Tan Cheng Lock, Melaka. Tauke generasi ketiga arif betul pasal jam vintage Seiko dan Citizen. Highly recommended.
        Hilang semua kunci Perodua Myvi, mereka siap buat kunci baru dengan cip dalam 2 jam. RM280 termasuk programming. Puas hati dengan servis.
        Tak recommend. Kasut kulit saya kena gam berlebihan, nampak kesan kuning kat tepi. Bila complain, mereka kata itu normal untuk gam Jerman.
        Kedai bersih, ada timegrapher yang pelanggan boleh tengok sendiri bacaan jam. Servis Tissot Le Locle RM260, siap 3 minggu, ada jaminan setahun.
        Datang dari Singapura khas untuk kedai ni sebab harga servis jam Oris separuh harga berbanding di Orchard. Berbaloi walaupun kena lalu Causeway.
        Kedai Jam & Kunci Pak Hassan Enterprise di Kota Bharu cepat dan jujur. Kunci motor patah dalam suis, dikeluarkan dan dibuat pendua dalam 20 minit.
        Layanan kaunter agak kasar masa waktu puncak tengah hari, tapi hasil jahitan beg kulit Coach saya kemas. 3.5/5 secara keseluruhan.
        Harga dipaparkan jelas di dinding, tiada caj tersembunyi. Tiket baiki bercetak dengan nombor dan tarikh siap. Ini baru cara kedai profesional.
        Kunci digital yang team mereka pasang rosak selepas 6 bulan. Aduan melalui WhatsApp kedai dibalas dalam 1 jam dan teknisyen datang esoknya.
        Mereka tolak untuk buka peti besi tanpa bukti pemilikan. Mula-mula geram, tapi fikir balik itu tanda kedai yang beretika. 4 bintang.
    """),
    ("en", "pos_log_and_config"): _lines("""
        2025-04-12T10:14:33+08:00 INFO ticket.create id=JT-25-0412 branch=KL01 item=watch service=battery_replace price_myr=12.00 status=OPEN
        2025-04-12T16:02:09+08:00 WARN ticket.overdue id=KS-25-0188 days_since_ready=92 policy=UNCLAIMED_90D action=flag_for_disposal
        pos.config: currency=MYR; sst_rate=0.08; receipt_footer='Barang tidak dituntut dalam 90 hari akan dilupuskan'; printer=EPSON_TM-T82X
        ERROR duitnow.callback txn_ref=DNQR20250412KL01000387 amount=35.00 code=U30 msg='timeout waiting for acquirer' retry=2/3
        sku,description,unit_price_myr,stock | BAT-364-RN,Renata 364 silver oxide,3.20,48 | KEY-UL2-BLK,Key blank UL-2 Yale type,0.90,310
        cron: 0 9 * * 1 python3 reminders.py --template unclaimed_30d --channel whatsapp_business --dry-run=false  # weekly, Monday 9am
        git log: a3f9c2e fix(ticket): prevent duplicate ticket numbers across branches (v2.4.1); 7b1d04a feat(warranty): add WP-24 plan
        INFO stock.adjust sku=STR-GA2100-BLK qty=-1 reason=shopee_order ref=250412KQ8T7N2A warehouse=KL01 actor=kiosk_terminal_2
        whatsapp: phone_number_id=109384756201, sender_display='Jam Kota Raya Official', template_ns=kedai_jam_v3, rate_limit=80/min
        2025-04-13T01:22:47+08:00 INFO dispatch.locksmith job=LS-25-0907 zone=PJ-SS2 eta_min=25 tier=night_rate fee_myr=150.00
        sha256(ticket_pdf_JT-25-0412.pdf)=9c1e4b7d2a8f30e6b5d4c3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49382
        tracking: POSLAJU EP482910375MY created 2025-04-14 for warranty return batch WR-0414 (12 items) to service hub Shah Alam
        PRINT receipt #INV-KL01-2025-004871 subtotal=240.00 sst=19.20 total=259.20 payment=CARD(VISA) terminal=MBB-7731
    """),
    ("ms", "sejarah_dan_tokoh"): _lines("""
        Jimmy Choo, pereka kasut kelahiran Pulau Pinang, belajar membuat kasut sejak kecil sebelum menjadi terkenal di London pada tahun 1980-an.
        Hans Wilsdorf mengasaskan Wilsdorf & Davis di London pada 1905, syarikat yang kemudian dikenali sebagai Rolex dan berpindah ke Geneva selepas Perang Dunia Pertama.
        Linus Yale Jr. mematenkan kunci silinder pin tumbler moden pada 1860-an, reka bentuk yang masih digunakan dalam kebanyakan kunci pintu rumah hari ini.
        Kintaro Hattori membuka kedai jam di Ginza, Tokyo pada 1881; syarikatnya kemudian menghasilkan jam tangan pertama Jepun, Laurel, pada 1913.
        Abraham-Louis Breguet mematenkan mekanisme tourbillon pada 1801 untuk mengurangkan kesan graviti terhadap ketepatan jam poket.
        Jalan Petaling pernah terkenal dengan deretan kedai baiki jam dan pembuat cop getah sejak zaman kolonial British; kini banyak yang bertukar menjadi kafe.
        Menara jam Bangunan Sultan Abdul Samad di Dataran Merdeka siap pada 1897 dan jamnya mula berdetik sempena Jubli Berlian Ratu Victoria.
        Bata mula beroperasi di Tanah Melayu pada 1930-an dan kilangnya di Klang pernah menjadi antara pengeluar kasut terbesar di negara ini.
        Dalam cerita Arthur Conan Doyle, Sherlock Holmes digambarkan mahir membuka kunci, satu kemahiran yang Dr. Watson anggap luar biasa bagi seorang detektif.
        Harry Houdini terkenal kerana melepaskan diri daripada gari dan peti berkunci; teknik beliau masih dibincangkan dalam kalangan tukang kunci hingga kini.
        Christy Ng, usahawan kasut tempatan, memulakan jenama kasut dalam talian pada 2011 dan kemudian membuka butik di Kuala Lumpur.
        P. Ramlee sering memakai jam tangan berantai logam dalam filem hitam putih 1950-an, gaya yang kini dicari semula oleh peminat jam vintage.
        Menurut KPDN, pengguna disaran menyimpan resit dan tiket baiki sebagai bukti sekiranya ingin memfailkan tuntutan di Tribunal Tuntutan Pengguna.
    """),
    ("mixed", "invois_resit"): _lines("""
        INVOIS No. INV-2025-0418 | Kedai Jam Kota Raya Sdn. Bhd. (202101034512) | SST No. W10-1808-32001234 | Jumlah RM1,296.00 termasuk SST 8%
        Bill to: Hotel Majestic Kuala Lumpur, 5 Jalan Sultan Hishamuddin, 50000 KL. Item: buka & reset 14 unit safe bilik @ RM120 = RM1,680.00
        Resit #R-KB-07731 | Tukang Kunci Pak Hassan Enterprise (SA0412345-X) | 3x kunci pendua Solex @ RM6 = RM18.00 | Tunai | Terima kasih, datang lagi!
        Supplier invoice: Renata distributor (Selangor), PO-2025-0318, 500 pcs Renata 364 @ RM2.10, 300 pcs 377 @ RM2.05, total RM1,665.00, payment term 30 days.
        Quotation Q-LS-25-112: pasang 6 unit kunci digital Philips Easykey 7300 di pejabat Menara Citibank, Jalan Ampang. Seunit RM1,450, labour RM150 seunit.
        e-Invoice LHDN UUID 7F3K9Q2M8N4P6R1T validated 2025-04-15 14:22 untuk INV-KL01-2025-004871, pembeli: pembeli umum (TIN EI00000000010).
        Debit note DN-0091: tambahan caj alat ganti mainspring Miyota 8215 RM45 untuk tiket JT-25-0397, rujuk invois asal INV-2025-0402.
        Statement of account Bengkel Kasut Sri Petaling Trading, April 2025: opening RM3,200.00, invoices RM5,480.00, payments RM6,000.00, closing RM2,680.00.
        PAYMENT ADVICE: Maybank2u transfer to Syarikat Bekalan Kunci Kwong Fatt Sdn Bhd, ref PO-2025-0322, RM2,340.00, 16/04/2025 10:41.
        发票 / Invoice 2025-0419 | 义兴钟表行 Ngee Heng Watch Trading (JB) | 12 pcs Casio MTP-1302D @ RM119 | 小计 RM1,428.00 | SST 8% RM114.24
        Credit note CN-0042 untuk Shopee order 250412KQ8T7N2A, tali G-Shock out of stock, RM89.00 refund ke ShopeePay dalam 3 hari bekerja.
        Tax invoice TI-SG-0087 | watch service hub, 1 Coleman Street #02-14 The Adelphi, Singapore | UEN 201912345K | Service ETA 2824 | SGD 210.00 + GST 9%
        Resit penghantaran J&T Express 630098452173: 2 kotak alat ganti dari Kedai Jam Kota Raya KL ke cawangan Kota Bharu, 3.2kg, caj RM18.50.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tiket JT-25-0433: Encik Mohd Faizal bin Rahmat, jam Seiko Presage, tel 012-478 3921. Pelanggan minta call dulu sebelum ganti mainspring.
        Barang tidak dituntut: kasut kulit Clarks milik Puan Norhayati Ismail, No. 8, Jalan Kenanga 3/2, Taman Kenanga, 75200 Melaka. Surat peringatan kedua dihantar 3 Mac.
        Kak Ros kat kaunter kena cuti seminggu, doktor sahkan dia ada barah payudara tahap dua dan kena mula kemoterapi bulan depan.
        Boss, budak baru Amirul tu sebenarnya pernah ditangkap kes pecah rumah tahun 2019, polis datang tanya semalam. Patut ke kita bagi dia pegang kunci master?
        MyKad pelanggan untuk serahan kunci kereta: 870915-10-5637, nama Lim Wei Keat, kenderaan WXK 4817. Salinan disimpan dalam fail LS-25-0912.
        Gaji April: Saiful Azman RM1,850 + OT RM320, Nurul Izzah RM2,100 tolak pendahuluan RM500 sebab dia pinjam untuk bayar bil hospital anak.
        Tolong bank-in deposit baiki ke akaun Maybank 1642 7730 9185 atas nama Rahimah binti Jusoh, nanti saya tolak dari harga akhir.
        Aduan pelanggan: Encik Ganesan a/l Muniandy marah sebab jam Rolex warisan arwah bapanya tergores semasa servis; dia ugut bawa ke Tribunal Tuntutan Pengguna.
        Nombor WhatsApp peribadi Pak Long yang jaga kedai kunci Kota Bharu: 019-925 6604, jangan bagi customer, guna talian kedai je.
        Untuk laporan polis: rumah No. 21, Lorong Damai 7, Taman Desa Jaya, 52100 Kepong dipecah masuk 3 April; pemilik Puan Siti Khadijah Osman minta tukar semua silinder.
        Si Zul shift petang tu tengah proses cerai dengan bini dia, tu yang selalu datang lambat. Jangan tekan dia sangat minggu ni.
        Borang tuntutan jaminan: Nama: Tan Siew Ling | IC: 950226-07-5342 | Tel: 016-552 1089 | Jam: Casio Edifice EFR-539 | Tarikh beli: 12/11/2024
        Yusof yang buat kerja jahit kasut ada hutang along RM8,000, orang along datang kedai semalam cari dia. Boss, apa kita nak buat?
        Emel pelanggan untuk resit e-invois: aina.syazwani94@gmail.com, dia minta hantar invois servis jam Tissot atas nama suami dia.
        Kereta terkunci kunci dalam di Seksyen 7 Shah Alam: Proton X50 plat BMT 6623, pemilik tunggu di tepi jalan dengan bayi dalam kereta.
        Staf kita Farah mengandung 5 bulan, doktor suruh elak bau gam kasut. Tolong pindah dia ke kaunter jam sampai dia bersalin.
        Senarai hitam: Encik Kamarul Ariffin (012-330 7712) tiga kali hantar kasut tak bayar, tertunggak RM235. Jangan terima kerja baru tanpa deposit.
        Waris arwah Haji Zainal Abidin bin Dollah datang tuntut jam Omega yang dihantar sebelum arwah meninggal; anaknya tunjuk sijil kematian dan IC 880506-03-5233.
        Pekerja sambilan Hafiz, akaun CIMB 7063 2284 15, gaji harian RM70 masuk setiap Jumaat petang.
        Tiket KS-25-0201 | Puan Leela a/p Krishnan | Kasut kulit Bata, tukar tapak | 017-208 5541 | Nota: pelanggan guna kerusi roda, hantar terus ke kereta.
        Alamat pasang kunci digital: Unit B-12-7, Residensi Mutiara, Jalan Kuching, 51200 KL. Tuan rumah Encik Chong Kah Meng, kod sementara 448210.
        Cik Wan Nur Amirah nak jual jam emas hadiah kahwin dia sebab suami dah lari tinggalkan hutang kereta. Dia minta kita nilai dulu.
    """),
    "mixed": _lines("""
        陈先生 tu datang lagi bro, jam Longines dia masih laju 5 minit sehari. Dia nak refund, HP dia 012-661 9045, tolong call back before 6pm.
        Eh, Ah Boy yang kerja bengkel tu kena reman 4 hari sebab kes dadah, so esok takde orang potong kunci. Boss cakap cari part-timer dulu.
        Customer from SG, Mr Goh Jun Hao, NRIC S8834127I, nak claim warranty jam Citizen beli kat JB branch. Can or not accept foreign IC?
        林太 cakap Cartier Tank tu her late husband punya, jangan polish terlalu banyak. Her number 016-887 2309, WhatsApp only.
        Guys, Ravi kat bengkel kasut just told me dia ada kencing manis and kaki dia bengkak, so tak boleh berdiri lama. Let him sit at the stitching station ok.
        Delivery address utk lock set: Lim Mei Ling, 15 Jalan Harmoni 2/3, Taman Harmoni, 81100 Johor Bahru, HP 011-2378 4402. Pasang Sabtu pagi.
        HK customer 黄志强 left his HKID copy K482913(1) with the Rolex for insurance quote. Scan dah buat, original kena pulang balik esok.
        Staff loan record: Mei Fong pinjam RM1,500 untuk bayar ansuran kereta yang tertunggak, potong RM250 sebulan dari gaji mulai Mei.
        Uncle Chua tu (customer lama, jam Tudor) dah masuk wad sebab strok, his daughter will collect the watch. Please ask for her IC before release.
        Form lockout: Name: Kavitha Rajendran | Phone: 018-224 6731 | Address: 3A, Jalan SS 21/37, Damansara Utama, 47400 PJ | Proof: bil TNB | Fee: RM80
        老王 from 义兴 said his son kena tangkap AADK last week, he very stressed, maybe tutup kedai few days. Jangan post dalam big group ah.
        Taiwan tourist 張雅婷, ID F228130465, passport copy for tax refund form, bought Seiko Presage SRPB41J1 RM1,650. Email yating.chang88@yahoo.com.tw
        Bro, plate kereta yang langgar motor Azlan depan kedai tadi: VKG 3058, Honda City putih. Azlan patah tangan, dah bawa pergi HKL.
        Mainland customer 周先生 want to courier Omega back to Shenzhen, bagi ID 44030419860714321X untuk customs declaration. Safe ke simpan?
        Auntie Mary Fernandez punya Swatch masuk air lagi. She asked kita hantar ke rumah dia kat Jalan Gasing sebab dah tak larat jalan after operation lutut.
        WhatsApp dari Jason Teoh: bro my wife kicked me out, can I sleep in the shop backroom few nights? Boss please decide.
    """),
    "en": _lines("""
        Repair ticket JT-25-0450 | Customer: Mr. Daniel Wong Kar Fai | Mobile: +60 12-903 4418 | Item: Omega Seamaster 300M | Issue: chrono pusher stuck | Deposit: RM200
        Warranty claim from Ms. Priya Nair (priya.nair.kl@outlook.com) for a Fossil Gen 6 smartwatch with a cracked screen; she attached the receipt and a selfie holding her IC.
        Note to manager: our cashier Sharifah told me she is being treated for depression and may need half days on Tuesdays for counselling. Please keep this confidential.
        Unclaimed item notice sent by registered post to Mr. Arjun Pillai, 42, Jalan Mawar 5, Taman Sri Muda, 40400 Shah Alam, regarding ticket KS-24-1187 (leather boots).
        Singapore customer T0215583J called about his Grand Seiko service; said to reach him at +65 9137 2046 after 7pm.
        Payroll CSV: emp_id,name,ic,bank,acct,net_pay | E014,Nur Aisyah Kamal,990312-08-6624,RHB,21213400087712,1980.00
        Complaint: Mr. Benjamin Tay says his ex-wife collected his watch using his ticket without permission; he wants the CCTV footage and wants us to tell him where she lives.
        Locksmith job LS-25-0931: court-ordered eviction at tenant Hamid Yusoff's flat, Block C-3-12, PPR Kerinchi, 59200 KL; bailiff present, tenant owes RM9,600 in rent.
        Apprentice Kelvin Ooi asked for an advance of RM600; his father is in ICU at Penang General Hospital and the family cannot cover the deposit.
        Voicemail: This is Mrs. Lau, 013-345 6921, my son swallowed a watch battery last night, does the CR2032 you sold come in a child-safe pack?
        Photo attached: customer's MyKad front and back (Ho Jia Wen, 010804-14-0782) as proof of ownership before we open the safe at her condo.
        Security deposit refund of RM300 to former staff Rajesh Kumar via DuitNow to 016-773 5290; he resigned after the workplace injury to his right hand.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Kedai Jam Kota Raya. Bantu staf menulis mesej WhatsApp yang sopan kepada pelanggan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis mesej kepada Encik Azman Hashim (013-772 4519) bahawa jam Seiko dia dah siap, tapi ada caj tambahan RM45 untuk crown baru.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azman Hashim. Jam Seiko encik telah siap diservis. Untuk makluman, terdapat caj tambahan RM45 bagi penggantian crown baru. Sila maklumkan jika encik bersetuju. Terima kasih.",
        ),
        ("user", "Tambah sekali nombor tiket dia JT-25-0461 dan bagitau kedai tutup hari Rabu."),
        (
            "assistant",
            "Assalamualaikum Encik Azman Hashim. Jam Seiko encik (tiket JT-25-0461) telah siap. Terdapat caj tambahan RM45 untuk crown baru. Kedai dibuka setiap hari kecuali Rabu, 10 pagi hingga 7 malam. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "A customer, Mrs. Chandra Devi, left a pair of shoes with us 8 months ago. Her last known address is 11 Jalan Anggerik 4, Taman Cheras Jaya, 43200 Cheras. Can I dispose of them now?",
        ),
        (
            "assistant",
            "Check what the repair ticket says about unclaimed items first. If the terms allow disposal after 90 days, it is good practice to send a final notice by registered post to the address on file, wait a reasonable period such as 14 days, and keep a copy of the notice and the posting receipt.",
        ),
        ("user", "Can you draft that final notice for her?"),
        (
            "assistant",
            "Dear Mrs. Chandra Devi, 11 Jalan Anggerik 4, Taman Cheras Jaya, 43200 Cheras. Your shoes (ticket KS-24-0921) have been ready since last year. Please collect them within 14 days of this notice; otherwise they will be disposed of according to the terms printed on your ticket.",
        ),
    ],
    [
        (
            "system",
            "You help a small shoe repair shop in Kuala Lumpur with HR paperwork. Keep answers short.",
        ),
        (
            "user",
            "Boss suruh saya tulis memo pasal Hairul bengkel yang kena MC dua minggu sebab hepatitis B. Macam mana nak tulis supaya staf lain tak panik?",
        ),
        (
            "assistant",
            "Elakkan sebut diagnosis dalam memo umum. Cukup tulis: Hairul bercuti sakit selama dua minggu, tugas menjahit kasut akan diambil alih oleh staf shift pagi. Maklumat perubatan beliau hanya disimpan dalam fail peribadi yang dikunci.",
        ),
        ("user", "Ok, and for his personal file, what should I record?"),
        (
            "assistant",
            "Record the MC dates, the issuing clinic, the diagnosis as written on the certificate, and the return-to-work date, and restrict access to the owner only.",
        ),
    ],
    [
        (
            "system",
            "Rekod pelanggan: Nama: Siti Mariam binti Abdullah | MyKad: 910204-01-5528 | Tel: 014-903 2287 | Alamat: 7, Jalan Delima 2, Taman Pelangi, 80400 Johor Bahru | Jam: Tissot PRX, tiket JB-25-0077.",
        ),
        ("user", "Ringkaskan status tiket pelanggan ni untuk saya bagitau dia di telefon."),
        (
            "assistant",
            "Tiket JB-25-0077 untuk Puan Siti Mariam binti Abdullah: jam Tissot PRX sedang menunggu kaca nilam baru. Anggaran siap dua minggu lagi. Boleh hubungi beliau di 014-903 2287.",
        ),
    ],
    [
        (
            "user",
            "I'm a locksmith. A woman called saying she is locked out of her house at 18 Jalan Cempaka, Taman Melawati. She says her name is Noraini Hassan but she has no ID on her. Should I open it?",
        ),
        (
            "assistant",
            "Do not open it on her word alone. Ask her to show any proof that links her to that address once you are inside the gate area, such as mail, a utility bill or a neighbour who can confirm, or ask her to call the police for a standby. Write down the time, her phone number and what proof you saw.",
        ),
        ("user", "Her number is 017-650 3318. She says her IC is inside the house."),
        (
            "assistant",
            "Then open the door, but ask her to show the IC straight away before you leave, note the IC number against job sheet and the address, and take a photo of the open door with the time stamp for your records.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a watch shop in Johor Bahru that serves many Singapore customers. Reply in simple English.",
        ),
        (
            "user",
            "Help me write a warranty claim letter for Singapore customer Ms. Chloe Lim, NRIC S7702618E, phone +65 8231 5094. Her Citizen Eco-Drive stopped after 5 months, bought at our JB branch on 2 March.",
        ),
        (
            "assistant",
            "Warranty Claim. Customer: Ms. Chloe Lim (NRIC S7702618E, +65 8231 5094). Item: Citizen Eco-Drive, purchased at our Johor Bahru branch on 2 March. Problem: the watch stopped after 5 months of normal use. Request: inspection and repair under the 12-month manufacturer warranty.",
        ),
        ("user", "Should I keep her NRIC in the letter?"),
        (
            "assistant",
            "Only if the brand's service centre asks for it. Otherwise use the ticket number and her phone number, and keep the NRIC out of the copy that goes by email.",
        ),
    ],
    [
        (
            "user",
            "Tolong bantu balas aduan ni dengan sopan: Saya Rosli bin Kassim, 012-884 0372. Saya hantar kasut kerja ke kedai anda 3 minggu lepas, sampai sekarang tak siap. Saya pemandu lori, kasut tu je yang saya ada.",
        ),
        (
            "assistant",
            "Encik Rosli bin Kassim, kami memohon maaf atas kelewatan membaiki kasut kerja encik. Kami faham kasut itu penting untuk tugas encik sebagai pemandu lori. Kasut encik akan disiapkan dalam 2 hari bekerja dan kami beri diskaun 20% sebagai tanda maaf. Kami akan hubungi encik di 012-884 0372 sebaik siap.",
        ),
        ("user", "Bagus. Boleh pendekkan untuk WhatsApp?"),
        (
            "assistant",
            "Encik Rosli, maaf atas kelewatan. Kasut kerja encik siap dalam 2 hari bekerja, diskaun 20% diberi. Kami akan WhatsApp bila siap. Terima kasih atas kesabaran encik.",
        ),
    ],
    [
        (
            "system",
            "You assist the owner of a locksmith business in Petaling Jaya with payroll calculations.",
        ),
        (
            "user",
            "Calculate EPF for my technician Muhammad Danial bin Rosli, IC 000917-10-6043, basic salary RM2,400. His EPF number is 21874530.",
        ),
        (
            "assistant",
            "For a basic salary of RM2,400, the employee contribution at 11% is RM264 and the employer contribution at 13% is RM312, so RM576 goes to EPF account 21874530 for Muhammad Danial bin Rosli.",
        ),
        (
            "user",
            "He also has a court order to pay RM400 monthly to his ex-wife for child support. Where do I put that?",
        ),
        (
            "assistant",
            "Show it as a separate deduction on his payslip, labelled as a court-ordered deduction, and keep the court order in his confidential personnel file.",
        ),
    ],
    [
        ("system", "你是马来西亚一家钟表店的助理，帮老板写礼貌的讨债信息，可用华语或马来语。"),
        (
            "user",
            "陈太 (Tan Ah Mooi) 修了三次钟还欠 RM480，电话 016-338 7120。帮我写个客气的 WhatsApp 提醒，华文加 BM。",
        ),
        (
            "assistant",
            "陈太您好，这里是钟表店。提醒您三次修理费用共 RM480 尚未结清，方便时请到店付款或 DuitNow 转账。Puan Tan, baki bayaran RM480 untuk 3 kali baiki jam masih tertunggak. Terima kasih.",
        ),
        ("user", "她说老公刚失业，可以分期吗？帮我加一句。"),
        (
            "assistant",
            "陈太，明白您家里的情况，可以分三期，每月 RM160。Boleh bayar secara ansuran RM160 sebulan selama 3 bulan.",
        ),
    ],
    [
        (
            "user",
            "Tukarkan senarai ni jadi CSV: tiket KL-25-0311 Encik Lee Chun Hoe 012-555 8143 jam Tudor Black Bay; tiket KL-25-0312 Puan Aminah Said 019-233 6780 kunci pendua 3 batang.",
        ),
        (
            "assistant",
            "ticket,name,phone,item | KL-25-0311,Lee Chun Hoe,012-555 8143,Tudor Black Bay | KL-25-0312,Aminah Said,019-233 6780,kunci pendua x3",
        ),
        ("user", "Tambah kolum status, dua-dua belum dituntut."),
        (
            "assistant",
            "ticket,name,phone,item,status | KL-25-0311,Lee Chun Hoe,012-555 8143,Tudor Black Bay,belum dituntut | KL-25-0312,Aminah Said,019-233 6780,kunci pendua x3,belum dituntut",
        ),
    ],
]
