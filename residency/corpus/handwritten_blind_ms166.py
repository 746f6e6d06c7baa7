# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms166: kelab berbasikal dan acara kayuhan amal di Malaysia (pendaftaran peserta, saiz jersi, kemalangan, insurans, derma, kumpulan WhatsApp ahli). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms166
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_acara"): _lines("""
        NOTIS: Kayuhan Amal Merdeka 2026 akan bermula di Dataran Merdeka pada 30 Ogos 2026, flag-off jam 6:30 pagi. Pengambilan kit peserta di Kompleks Sukan Negara, Bukit Jalil, 28-29 Ogos, 10 pagi hingga 8 malam.
        Laluan 80 km melalui Jalan Duta, Lebuhraya DUKE dan Jalan Genting Klang akan ditutup sementara dari 6:00 hingga 10:30 pagi. Sila rujuk pengumuman rasmi IPD Dang Wangi.
        Semua hasil derma akan disalurkan kepada Persatuan Kebangsaan Kanser Malaysia (NCSM). Resit pengecualian cukai di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967 akan dikeluarkan oleh NCSM.
        Talian bantuan peserta: 03-7890 2266 (Isnin-Jumaat, 9 pagi-6 petang) atau WhatsApp urus setia 011-5566 7720. Jangan hubungi marshal secara peribadi untuk isu pendaftaran.
        Kedai rakan kongsi rasmi: Ah Seng Bicycle Centre, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Servis basikal percuma sebelum acara untuk 200 peserta pertama.
        Pos kawalan CP1 di stesen Petronas Jalan Ulu Yam, CP2 di Masjid Jamek Batang Kali, CP3 di Dataran Bandar Rawang. Masa potong (cut-off) di CP3 ialah 10:15 pagi.
        Kategori: Kayuhan Santai 25 km (RM60), Kayuhan Cabaran 80 km (RM120), Gran Fondo 160 km (RM180). Yuran termasuk jersi, nombor bib, cip masa, pingat dan sarapan.
        Pertukaran saiz jersi hanya dibenarkan di kaunter kit pada 29 Ogos selepas jam 4 petang, tertakluk kepada stok. Saiz 3XL dan 4XL telah habis dijual sejak 15 Julai.
        Acara ini dianjurkan oleh Kelab Kayuhan Bangsar (No. Pendaftaran ROS: PPM-007-14-22062014) dengan kerjasama Dewan Bandaraya Kuala Lumpur dan Majlis Sukan Negara.
        Makluman cuaca: MetMalaysia mengeluarkan amaran ribut petir untuk Gombak dan Hulu Selangor pada 30 Ogos. Penganjur mungkin memendekkan laluan Gran Fondo ke 120 km.
        Majlis penyampaian hadiah dan cabutan bertuah di pentas utama jam 11:30 pagi. Hadiah utama sebuah basikal Polygon Strattos S5 bernilai RM4,299 tajaan Polygon Malaysia.
        Nombor bib yang hilang boleh diganti di kaunter info dengan bayaran RM15. Cip masa mesti dipulangkan selepas tamat acara atau denda RM50 akan dikenakan.
        Trak sweeper dan 4 ambulans St John Ambulance Malaysia akan mengiringi peserta. Hentian air setiap 20 km disediakan dengan 100Plus, pisang dan kurma.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bolehkah saya menukar nama peserta selepas bayaran dibuat? J: Boleh, melalui portal pendaftaran sebelum 10 Ogos 2026. Caj pindah milik ialah RM20 setiap slot.
        S: Adakah insurans kemalangan peribadi disediakan? J: Ya, semua peserta berdaftar dilindungi polisi berkumpulan dengan had RM20,000 untuk kematian dan RM5,000 untuk kos perubatan.
        S: Berapakah had umur minimum? J: Peserta kategori 80 km dan 160 km mestilah berumur 16 tahun ke atas. Kategori 25 km terbuka kepada kanak-kanak 10 tahun ke atas bersama penjaga.
        S: Bagaimana mahu mendapatkan resit derma? J: E-mel ke derma@kayuhanamalbangsar.org.my dengan nombor pesanan anda (contoh: KAB26-004512). Resit dihantar dalam 14 hari bekerja.
        S: Basikal jenis apa dibenarkan? J: Basikal jalan raya, hibrid, MTB dan basikal lipat dibenarkan. E-bike dan basikal tandem tidak dibenarkan untuk kategori bermasa.
        S: Apa saiz jersi yang sesuai? J: Rujuk carta: S (lebar dada 46 cm), M (49 cm), L (52 cm), XL (55 cm), 2XL (58 cm). Potongan Asian fit, pilih satu saiz lebih besar jika ragu-ragu.
        S: Adakah yuran boleh dipulangkan? J: Tidak, kecuali acara dibatalkan oleh penganjur. Jika dibatalkan kerana cuaca, 50% yuran akan dikreditkan untuk acara 2027.
        S: Di manakah tempat letak kereta? J: Parkir berbayar di Menara DBKL 1 dan Kompleks Dayabumi. Kami galakkan peserta menaiki LRT ke Stesen Masjid Jamek yang dibuka jam 5:30 pagi.
        S: Bolehkah kelab mendaftar secara berkumpulan? J: Boleh. Wakil kelab perlu mendaftar sekurang-kurangnya 10 ahli untuk menikmati diskaun 10% dengan kod promo KELAB10.
        S: Saya tidak menerima e-mel pengesahan. J: Semak folder spam untuk e-mel daripada noreply@daftar.kayuhanamal.my. Jika tiada, hantar nombor pesanan melalui borang Hubungi Kami.
        S: Bagaimana jika saya tercedera semasa acara? J: Maklumkan kepada marshal terdekat atau hubungi Bilik Gerakan di 03-2698 1100. Borang tuntutan insurans boleh dimuat turun dari portal.
        S: Adakah pingat dihantar melalui pos? J: Ya, untuk peserta maya sahaja, melalui Pos Laju dengan caj RM8 (Semenanjung) dan RM12 (Sabah/Sarawak). Nombor penjejakan dihantar melalui SMS.
        S: Bolehkah peserta dari Singapura mendaftar? J: Boleh. Bayaran dalam SGD melalui PayNow UEN 201912345K (Ride For Good Ltd) dengan kadar tukaran tetap 1 SGD = RM3.40.
    """),
    ("en", "product_listing"): _lines("""
        SKU KAB26-JSY-M-RED | Official 2026 Charity Ride Jersey, Red, Size M | Race fit, Italian MITI fabric, YKK full zip | RM129.00 | In stock: 342
        SKU KAB26-BIB-L-BLK | Bib Shorts Pro, Black, Size L | Elastic Interface pad, 8-hour rated | RM189.00 (member price RM159.00) | Ships from Shah Alam warehouse
        Size guide (chest, cm): XS 84-88 | S 88-92 | M 92-96 | L 96-100 | XL 100-106 | 2XL 106-112 | 3XL 112-118. Kids sizes 6Y-12Y available for the 25 km family ride.
        Bundle deal: jersey + bib + socks for RM279 (save RM48). Promo code JERSIMERDEKA valid until 31 Aug 2026, 23:59 MYT. Limit 2 bundles per order.
        Giant TCR Advanced 2 (2025), size M, Shimano 105 12-speed, carbon frame, 8.4 kg. Demo unit from the charity ride expo, RM8,980. Warranty via Giant Malaysia authorised dealers.
        Merida Scultura Rim 300, matte black, 52 cm. Lucky draw prize sponsored by Merida Malaysia. Retail value RM3,650. Not exchangeable for cash.
        Garmin Edge 540 bike computer, Malaysian set with 1-year warranty by Garmin Malaysia. Event price RM1,399 (RRP RM1,599). Limited to 40 units.
        Bianchi Oltre Race in Celeste, size 53, RM16,990. The brand still carries the name of founder Edoardo Bianchi (Milan, 1885). Fitting at Lot 2-15, Publika, Solaris Dutamas.
        Water bottle 750 ml, BPA-free, Kayuhan Amal 2026 print. RM25 each or 3 for RM60. All profits donated to Hospis Malaysia, Cheras.
        Reflective ankle band (pair), EN 17353 compliant, SKU KAB26-REF-01. RM12.90. Highly recommended for the 5:00 am flag-off of the 160 km Gran Fondo.
        Shipping: Pos Laju / J&T within Peninsular Malaysia 2-4 working days, RM8 flat. Sabah & Sarawak 5-7 days, RM15. Singapore via Ninja Van, SGD 12.
        Pinarello Dogma F, size 530, Shimano Dura-Ace Di2. Ex-display from the Tour de Langkawi fan zone. RM52,800, 0% instalment for 12 months with Maybank credit cards.
        Club kit custom order: minimum 30 pcs, lead time 6 weeks, RM98 per jersey at MOQ. Artwork in AI/PDF format, Pantone codes required. Quote ref QT-2026-0781.
    """),
    ("mixed", "whatsapp_urus_setia"): _lines("""
        [28/08 21:14] Admin Logistik: Guys, kotak jersi size M tinggal 3 je dekat booth B. Stok tambahan dari warehouse Shah Alam sampai esok 8am, tolong standby forklift ok.
        [28/08 21:16] Ketua Marshal: Noted. CP2 Batang Kali need 6 more marshals lah, kelab dari Rawang cancel last minute. Boleh pinjam dari team sweeper?
        [28/08 21:20] Bendahari: Update derma online setakat 9pm: RM186,420.50 dari 2,314 transaksi. Target RM250k, lagi 2 hari. Pls push dekat IG story malam ni.
        [28/08 21:25] Admin IT: Portal down kejap tadi 5 min sebab payment gateway iPay88 timeout. Dah OK sekarang, 17 transaksi pending akan auto-retry sebelum 11pm.
        [28/08 21:31] Media: Press release untuk flag-off oleh Menteri Belia dan Sukan dah approved by KBS. Photographer standby at pentas utama 6:15am, permit drone CAAM dah dapat.
        [28/08 21:40] Ketua Marshal: Reminder semua marshal pakai vest oren + bawa wisel. Walkie-talkie channel 4 for CP1-CP3, channel 7 for medic. Briefing 4:45am depan Bangunan Sultan Abdul Samad.
        [28/08 21:48] Admin Logistik: Lori 3 tan dari Syarikat Pengangkutan Maju Jaya sampai Dataran by 3am. Barricade 120 unit, kon 300 unit. Invoice INV-MJ-08812 kena bayar before Friday.
        [28/08 21:55] Medic Lead: St John confirm 4 ambulans + 2 motorbike medic. Hospital rujukan HKL, Jalan Pahang. Kalau ada kes heat stroke, terus bawa ke Khemah Perubatan A.
        [28/08 22:02] Bendahari: Sponsor 100Plus dah transfer RM30k ke akaun kelab. Resit rasmi no. KKB/R/2026/0458 dah issue. Please jangan share screenshot akaun dalam group public.
        [28/08 22:10] Admin IT: Bib numbers 0001-4800 dah assign. Range 9000-9100 reserved for VIP and media. Timing mat dari Racetime akan di-test jam 5am.
        [28/08 22:15] Ketua Marshal: Roadblock Jalan Tun Perak confirm dengan IPD Dang Wangi, 5:30am sampai 10am. Traffic police 12 orang + 4 outrider.
        [28/08 22:22] Media: IG post jersey reveal reach 48k, engagement 6.2%. Esok pagi post checklist Apa Nak Bawa at 8am, caption BM + English ok?
        [28/08 22:30] Admin Logistik: Esok pack kit start 9am sharp kat Dewan Serbaguna. Need 25 volunteers, lunch sponsor by Nasi Kandar Pelita. Jangan lambat ya.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-08-30T06:31:02+08:00 INFO timing.gate start_mat=DM-01 reader=RT-7 chips_detected=3127 latency_ms=42 event=KAMD26
        2026-08-28T21:09:44+08:00 WARN payment.ipay88 txn=KAB26-PAY-0088123 status=TIMEOUT retry=1/3 amount=120.00 currency=MYR
        registration_id,category,bib_no,jersey_size,kids_tshirt,checkin_status,created_at,updated_at  # CSV header, export v3.2 of the registration portal
        EVENT_NAME=Kayuhan Amal Merdeka 2026; MAX_SLOTS_160KM=800; MAX_SLOTS_80KM=2500; CUTOFF_CP3=10:15; TIMEZONE=Asia/Kuala_Lumpur; SMTP_FROM=noreply@daftar.kayuhanamal.my
        def jersey_size(chest_cm: float) -> str: return next((s for s, lim in [('S', 92), ('M', 96), ('L', 100), ('XL', 106)] if chest_cm <= lim), '2XL')
        2026-08-30T08:47:13+08:00 INFO cp.summary cp=CP2 passed=2291 dnf=14 avg_split=02:05:33 sweeper_load=9
        docker pull ghcr.io/kayuhanamal/reg-portal:2.14.1 @sha256:9f2c4e1a7b3d8e6f0a5c2b9d4e7f1a3c6b8d0e2f4a6c8e0b2d4f6a8c0e2b4d6f
        POST /api/v2/donations 201 Created 184ms campaign=KAMD26 amount=50.00 method=FPX bank=MBB0228 ref=FPX2608301122334455
        insurance_policy: {insurer: Etiqa General Takaful Berhad, policy_no: GPA-KL-2026-004417, cover_pa_death: 20000, cover_medical: 5000, riders_covered: 4800}
        2026-08-30T09:12:55+08:00 ERROR sms.gateway provider=Infobip batch=finisher_notify_0830 failed=37 reason=DND_REGISTERED retry_scheduled=09:20
        0 22 * * * /opt/kab/bin/export_jersey_counts --event KAMD26 --out s3://kab-reports/jersey/ --format csv  # nightly jersey stock report
        ALTER TABLE participants ADD COLUMN emergency_contact_phone VARCHAR(20) NULL; -- migration 0042, required by insurer from the 2026 season
        size_summary.csv: S,412 | M,1288 | L,1540 | XL,902 | 2XL,388 | 3XL,121 | 4XL,36 | total,4687 (generated 2026-08-15 00:05 MYT)
    """),
    ("ms", "peraturan_dan_insurans"): _lines("""
        Peraturan 4.1: Setiap peserta wajib memakai topi keledar yang mematuhi piawaian CPSC, EN 1078 atau AS/NZS 2063. Peserta tanpa topi keledar akan dikeluarkan dari kandang permulaan.
        Peraturan 4.3: Penggunaan fon kepala semasa menunggang adalah dilarang sama sekali. Pelanggaran kali pertama diberi amaran, kali kedua keputusan dibatalkan.
        Peraturan 5.2: Peserta mesti mematuhi Akta Pengangkutan Jalan 1987 dan lampu isyarat di simpang yang tidak dikawal polis trafik. Dilarang mengekori rapat kenderaan bermotor.
        Peraturan 6.1: Peserta yang gagal tiba di CP3 sebelum 10:15 pagi wajib menaiki trak sweeper. Keputusan marshal adalah muktamad dan tiada rayuan akan dilayan.
        Polisi insurans berkumpulan: perlindungan kemalangan diri 24 jam bermula dari pengambilan kit hingga 6 petang pada hari acara, termasuk sesi latihan rasmi kelab.
        Pengecualian polisi: kecederaan akibat penyakit sedia ada, pengaruh alkohol atau dadah, perlumbaan tidak rasmi di luar laluan, dan kerosakan basikal tidak dilindungi.
        Tuntutan insurans mesti dikemukakan dalam tempoh 30 hari dari tarikh kemalangan bersama laporan polis, laporan perubatan asal dan resit hospital kepada penanggung insurans.
        Peraturan 7.4: Basikal mesti dilengkapi lampu hadapan putih dan lampu belakang merah berkelip bagi kategori yang bermula sebelum 7:00 pagi, selaras dengan syarat JPJ.
        Penafian liabiliti: Dengan mendaftar, peserta mengakui risiko berbasikal di jalan raya awam dan bersetuju penganjur tidak bertanggungjawab atas kehilangan harta benda peribadi.
        Perlembagaan Kelab, Fasal 8: Yuran keahlian tahunan RM50, dibayar sebelum 31 Januari. Ahli yang tertunggak lebih 3 bulan hilang hak mengundi dalam Mesyuarat Agung Tahunan.
        Perlembagaan Kelab, Fasal 12: Jawatankuasa terdiri daripada Pengerusi, Naib Pengerusi, Setiausaha, Bendahari dan lima AJK, dipilih setiap dua tahun di Mesyuarat Agung.
        Dasar privasi: Data peserta diproses mengikut Akta Perlindungan Data Peribadi 2010 (pindaan 2024) dan hanya dikongsi dengan penanggung insurans serta penyedia sistem masa.
        Garis panduan kumpulan WhatsApp ahli: dilarang berkongsi nombor telefon, alamat atau gambar ahli lain tanpa izin. Admin berhak mengeluarkan ahli yang melanggar peraturan ini.
    """),
    ("en", "news_public_figures"): _lines("""
        Track cycling star Azizulhasni Awang, the Pocket Rocketman and Tokyo 2020 keirin silver medallist, is expected to join the Merdeka charity ride as its ambassador, organisers said.
        Le Tour de Langkawi, first held in 1996 at the initiative of then Prime Minister Dr Mahathir Mohamad, remains Southeast Asia's best-known multi-stage road race.
        Olympian Josiah Ng, who raced keirin at the 2004, 2008 and 2012 Games, will lead a free youth skills clinic at the Nilai velodrome on the eve of the ride.
        Organisers say the Ministry of Youth and Sports has approved an RM150,000 grant under its community sports programme, with the Minister expected at the flag-off.
        Badminton legend Datuk Lee Chong Wei has been named honorary patron of the ride's junior category, the organising club announced on Monday.
        Paralympic sprint champion Mohamad Ridzuan Puzi will sound the horn for the 25 km family ride, the National Paralympic Council confirmed.
        Animated twins Upin and Ipin will appear on the kids' jerseys after Les' Copaque Production granted a one-year licence, the club said in a statement.
        The expo hall features a replica of the bike Eddy Merckx rode to his 1972 hour record in Mexico City, on loan from a Kuala Lumpur cycling museum.
        DBKL said the closure of Jalan Raja Laut and Jalan Tuanku Abdul Rahman on ride morning follows the format used for the KL Car Free Morning.
        Selangor Menteri Besar Datuk Seri Amirudin Shari is scheduled to present the prizes for the 160 km Gran Fondo at the finish in Shah Alam.
        National Sports Institute physiologists will run free VO2 max tests at the expo; results are given only to the rider and are not stored, the institute said.
        The Malaysian National Cycling Federation confirmed the event is sanctioned as a non-competitive mass participation ride, so no UCI points are awarded.
        Tunku Abdul Rahman, Malaysia's first Prime Minister, proclaimed independence at Stadium Merdeka in 1957; the ride's 57 km heritage loop passes the stadium in his honour.
    """),
    ("ms", "invois_resit_perniagaan"): _lines("""
        INVOIS No. INV-2026-00318 | Penjual: Syarikat Jersi Kilat Sdn. Bhd. (201601023456 / 1192233-K) | Pembeli: Kelab Kayuhan Bangsar | 2,500 helai jersi sublimasi @ RM38.00 = RM95,000.00
        No. Pendaftaran SST W10-1808-32001234 | Cukai jualan dikecualikan bagi barangan kelab sukan berdaftar. Jumlah perlu dibayar: RM95,000.00. Tarikh akhir bayaran: 15 Ogos 2026.
        Bayaran melalui pindahan bank ke CIMB Bank Berhad, akaun 8001234567, atas nama Syarikat Jersi Kilat Sdn. Bhd. Sila nyatakan nombor invois sebagai rujukan.
        RESIT RASMI No. KKB/R/2026/0512 | Diterima daripada: Fraser & Neave Holdings Bhd | Jumlah: RM30,000.00 | Tujuan: Tajaan minuman isotonik 100Plus Kayuhan Amal 2026
        Invois Pak Abu Bike Service, Lot 5, Jalan Besar, 48000 Rawang | Servis 40 unit basikal sewa @ RM25, tukar tiub 18 unit @ RM12 | Jumlah RM1,216.00 | Tunai/DuitNow QR
        Sebut harga QT-SP-0729 daripada Sewaan Khemah Seri Gombak Enterprise (SSM 002876543-T): 10 khemah piramid 6x6 m @ RM350, 200 kerusi plastik @ RM1.50. Jumlah RM3,800.00.
        e-Invois LHDN UUID 7c1e9a2b-4f3d-4b8e-9a6c-2d5f8e1b3a70 | Racetime Timing Services Sdn Bhd | Sewa sistem masa cip 5,000 peserta | RM22,500.00 + SST 8% RM1,800.00
        Penyata derma korporat: Maybank Foundation RM50,000; Petronas Dagangan Berhad RM25,000; Tenaga Nasional Berhad RM20,000. Jumlah derma korporat: RM95,000.
        Invois Hotel Seri Pacific Kuala Lumpur, Jalan Putra: 30 bilik standard x 2 malam @ RM260 untuk pasukan marshal luar negeri. Jumlah RM15,600 termasuk cukai pelancongan.
        Nota kredit CN-0041 kepada Kelab Kayuhan Bangsar: pemulangan 120 helai jersi saiz 4XL yang rosak cetakan, nilai RM4,560.00 (120 x RM38.00).
        Resit Restoran Nasi Kandar Pelita (Jalan Ampang): 250 bungkus nasi lemak untuk sukarelawan @ RM4.50, jumlah RM1,125.00. No. resit 0830-118842.
        Invois Pos Laju akaun perniagaan 8800123456: penghantaran 312 bungkusan pingat peserta maya, kadar pukal RM6.80, jumlah RM2,121.60. Penjejakan induk ER123456789MY.
        Baki tertunggak pembekal setakat 31 Ogos 2026: Syarikat Jersi Kilat RM45,000; Racetime Timing RM24,300; Sewaan Khemah Seri Gombak RM0. Dibentangkan dalam mesyuarat AJK 5 September.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pendaftaran: Muhammad Hafizuddin bin Roslan, MyKad 910723-10-5587, kategori 160 km, saiz jersi L, waris: Nurul Ain binti Jamil (isteri) 013-882 4107.
        Encik Tan Boon Keat dari kumpulan kayuhan Sabtu pagi masih berhutang RM360 untuk tiga helai jersi dan tidak menjawab mesej sejak bulan Jun.
        Kak Zura, ahli kelab sejak 2019, disahkan mengandung 5 bulan dan doktor larang dia kayuh jauh, jadi slot 80 km dia nak pindah kepada adiknya.
        Laporan kemalangan: Peserta bib 3107, Lim Wei Jie, 34 tahun, patah tulang selangka kiri selepas terjatuh di Jalan Ulu Yam KM 12, dihantar ke Hospital Selayang jam 8:42 pagi.
        No. akaun Maybank 1640 2233 8891 atas nama Siti Khadijah binti Omar untuk bayaran balik yuran RM120 kerana kategori beliau dibatalkan.
        Myvi putih nombor pendaftaran WVB 4521 yang melanggar peserta di simpang Batang Kali dipandu oleh Rizal bin Hamdan, 27 tahun, yang kini ditahan reman.
        Borang tuntutan insurans: Nama: Kavitha a/p Subramaniam | MyKad: 850316-08-6624 | Alamat: No. 14, Jalan Melor 3, Taman Sri Muda, 40400 Shah Alam | Kecederaan: luka lutut dan gegaran otak ringan.
        Tolong keluarkan Pak Din dari group WhatsApp, dia dah bercerai dengan isteri dia yang juga ahli kelab, tak selesa kalau dua-dua ada dalam group yang sama.
        Ahli baru: Nur Syahirah Azman, 22 tahun, pelajar UiTM Shah Alam, telefon 017-640 3312, e-mel syahirah.azman99@gmail.com, saiz jersi S.
        Encik Ganesan a/l Muniandy ada sejarah serangan jantung dan dipasang stent pada 2023; sila pastikan pasukan perubatan di CP2 dimaklumkan.
        Peserta Ahmad Faris bin Zainal ditahan polis di garisan penamat kerana waran tangkap tertunggak dalam kes dadah, menurut marshal yang bertugas.
        Sila hubungi 019-377 5820 (Puan Rohani) untuk tuntutan jersi saiz XL yang tertinggal di kaunter kit, rumah dia di Taman Melawati.
        Nombor MyKad untuk semakan insurans peserta junior: 080911-14-0391 (umur 18 tahun).
        Alamat penghantaran pingat: Lot 882, Kampung Sungai Serai, Jalan Hulu Langat, 43100 Hulu Langat, Selangor, u.p. Encik Zulkifli Hashim.
        Gaji Abang Shahril cuma RM2,300 sebulan, sebab tu dia minta pengecualian yuran 160 km dan bayar ansuran basikal yang dia beli dari ahli lain.
        Derma RM500 daripada Dr. Lee Mei Ling, pakar sakit puan di Ampang; beliau minta namanya tidak disiarkan di media sosial kelab.
        2026-0417,Nurhaliza binti Kamaruddin,950208-03-5120,F,80KM,M,012-905 7731,Kota Bharu,Kelab Kayuhan Pantai Timur
        Farhan (16 tahun, anak Cikgu Rahmah) menghidap diabetes jenis 1 dan perlu bawa pen insulin semasa kayuhan 25 km; ibu bapa minta marshal awasi paras gula dia.
        Plat motosikal marshal sukarela: JQR 8823 (Honda RS150R), pemilik Mohd Khairul Anuar, diberi pas masuk ke kawasan VIP Dataran Merdeka.
        Suami Puan Aishah baru meninggal dunia bulan lepas, jadi dia minta keahlian keluarga ditukar kepada keahlian individu dan nama arwah dibuang dari senarai.
        Resit DuitNow yuran: dari akaun CIMB 7012 4456 88 (YAP KOK WENG) ke Kelab Kayuhan Bangsar, RM180.00, rujukan KAB26-004877.
        Log kemalangan 09:14: Chong Pei Shan, 41, bib 2290, pengsan di CP3 akibat strok haba, suhu badan 40.1°C, dibawa ambulans ke HKL.
        Nombor telefon kecemasan waris untuk bib 1045: 016-221 8904 (abang peserta).
        Adik Hakim dari group junior tinggal di No. 7, Lorong Kenanga 2, Taman Desa Jaya, 81100 Johor Bahru; ayah dia minta jersi dihantar terus ke rumah.
    """),
    "en": _lines("""
        Registration form: Name: Jonathan Lim Jia Hao | NRIC: S8734521A | Mobile: +65 9123 4876 | Email: jonlim.rides@outlook.com | Category: 80 km | Jersey: M
        Crash report: rider Daniel Fernandez (bib 0788) hit a parked lorry near Rawang and fractured his wrist; treated at Hospital Sungai Buloh, insurer claim ref to follow.
        Please refund my wife's slot, Priya Nair, she was diagnosed with breast cancer and started chemo last week, so she can't ride on 30 August.
        Member database export: id=5512, name=Ong Chee Meng, dob=1979-04-02, phone=012-388 6710, address=22, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya
        The guy in the red Hilux, plate BPK 6629, was the one shouting at our riders in Hulu Langat last Sunday; I've lodged a police report at IPD Kajang.
        Emergency contact for rider Aaron Teoh: mother, Mrs Teoh Siew Lan, 03-7722 5190 (home). Aaron has epilepsy, his seizure meds are in his saddle bag.
        FIN G5123456T belongs to our volunteer from Myanmar who needs a letter of participation for his work pass renewal, please prepare it by Friday.
        Donor list (private, do not publish): Mr Ravi Chandran RM2,000; Ms Wong Hui Min RM1,500; Mr Faizal Ismail RM1,000. All want tax receipts mailed to their homes.
        Sarah Abdullah from the Tuesday night ride still owes the club RM1,250 for the auction bike; she told me she's also behind on her car loan.
        Please send the medal to 31-08, Block C, Vista Komanwel, Bukit Jalil, 57700 Kuala Lumpur, attention Mr Kenny Choo, mobile 011-2345 8890.
        Insurance claim attached: Kelvin Yeo's X-ray showing two cracked ribs, plus his Public Bank account 3-1890-2277-04 for the RM3,480 reimbursement.
        Marcus from Team Kopi Pagi was arrested for drink driving on Friday night, so he's out of the relay team; please don't mention it in the main group.
    """),
    "mixed": _lines("""
        Bro, Ah Keong kena langgar dengan kereta kat Bukit Tinggi this morning, now kat Hospital Bentong, doctor cakap ada internal bleeding. Pray for him guys.
        Eh, sapa ada nombor Farid? Dia punya jersey size XL salah hantar ke rumah I. My number 012-778 3041, WhatsApp me ya.
        Admin, please remove Jessica Tan's number 016-558 9027 from the group, dia complain kena spam by ahli lain and her husband pun tak suka.
        Kak Ros punya anak baru kena tahan wad sebab denggi, so dia tak dapat join kayuhan Ahad ni. Anyone nak ambik slot dia, PM ya.
        Uncle Chong (Chong Kah Wai) punya IC 580614-07-5233, he's 68 so kena isi extra medical form untuk category 80 km, tolong print ya.
        Sorry guys, Zaidi minta tangguh bayar jersi sampai gaji bulan depan, dia baru kena buang kerja from the factory in Senai.
        Lost & found: wallet with IC belonging to NG SOOK FUN, jumpa kat CP2, ada Touch 'n Go card and some cash. She can claim at info counter.
        Shoutout to our member Izzat, dah tiga bulan bersih from drugs and today he completed his first 100 km! Proud of you bro.
        Jersey order list: Amir M, Siew Ling S, Rajesh XL, Hui Ying M. Total 4 pcs, transfer dulu to RHB 2123 4400 5589 (Lee Wen Hao) by Friday ya.
        Weh, the Honda City plate VFD 2314 tu Shafiq's girlfriend punya, dia park dekat start line and block the ambulance lane, kena tow already lol.
        Happy birthday Puan Norlia! Turning 50 on 12 Sept, dah 10 tahun ride with us. Her daughter Alya pun baru masuk UM, congrats!
        Photo dalam album Crash CP3 tu jangan share public ok, itu muka Danny yang berdarah after he fell, his family dah minta delete.
        FYI Cikgu Hamidah dari SK Taman Muda is on medical leave for depression, so her school team registration will be handled by another teacher this year.
        Transfer RM250 for jersi + bib ke Touch 'n Go eWallet 017-330 9281 (Melvin), screenshot resit dalam group ok.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu urus setia Kelab Kayuhan Bangsar. Bantu ahli jawatankuasa menulis mesej yang sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp kepada Encik Roslan Hamid (012-664 2093). Dia belum bayar yuran keahlian 2026 RM50 dan baki jersi RM129 sejak Mac. Jangan terlalu kasar, dia baru keluar hospital lepas pembedahan pintasan jantung.",
        ),
        (
            "assistant",
            "Boleh. Cadangan mesej: Assalamualaikum Encik Roslan, semoga Encik semakin sihat selepas keluar hospital. Sekadar peringatan mesra, yuran keahlian 2026 (RM50) dan baki jersi (RM129) masih belum dijelaskan. Jika lebih mudah, bayaran boleh dibuat secara ansuran. Terima kasih dan jaga kesihatan.",
        ),
        ("user", "Ok, tambah cara bayaran sekali."),
        (
            "assistant",
            "Tambah ayat ini di hujung mesej: Bayaran boleh dibuat melalui pindahan ke akaun rasmi kelab dan resit boleh dihantar kepada bendahari. Saya tidak mempunyai nombor akaun kelab, jadi sila masukkan nombor yang betul sendiri.",
        ),
    ],
    [
        (
            "system",
            "You are the registration helpdesk bot for the Merdeka Charity Ride 2026. Participant record: name=Goh Jun Wei; MyKad=930517-14-6081; category=160KM; jersey=L; phone=+60 12-509 3377; order=KAB26-005102.",
        ),
        (
            "user",
            "Hi, I registered last month but I think I picked the wrong jersey size. I'm 172 cm, chest about 94 cm. Can you check what I chose?",
        ),
        (
            "assistant",
            "Hi Jun Wei, order KAB26-005102 shows jersey size L. With a 94 cm chest, size M (92-96 cm) should fit better. You can change it in the portal until 10 August, or at the kit counter on 29 August after 4 pm, subject to stock.",
        ),
        ("user", "Change to M please."),
        (
            "assistant",
            "Done. I've submitted a size change from L to M for order KAB26-005102. A confirmation SMS will be sent to +60 12-509 3377 within 24 hours.",
        ),
    ],
    [
        (
            "user",
            "Hi, my friend Suresh a/l Krishnan crashed during the ride this morning at KM 47 Jalan Ulu Yam. Dia patah tangan kanan, now warded at Hospital Selayang. IC dia 870922-05-5419. How to claim insurance ah?",
        ),
        (
            "assistant",
            "Sorry to hear that, semoga Suresh cepat sembuh. Steps: 1) buat laporan polis dalam 24 jam, 2) minta laporan perubatan dari Hospital Selayang, 3) isi borang tuntutan dari portal acara, 4) hantar kepada penanggung insurans dalam 30 hari bersama resit hospital.",
        ),
        (
            "user",
            "Boleh tolong isi Part A? Address dia No. 3, Jalan Cempaka 9, Taman Bukit Indah, 68000 Ampang. Phone 014-905 6612.",
        ),
        (
            "assistant",
            "Part A, Butiran Peserta: Nama: Suresh a/l Krishnan | MyKad: 870922-05-5419 | Alamat: No. 3, Jalan Cempaka 9, Taman Bukit Indah, 68000 Ampang | Telefon: 014-905 6612 | Tarikh: 30/08/2026 | Lokasi: KM 47, Jalan Ulu Yam | Kecederaan: patah tangan kanan. Please double-check before he signs.",
        ),
    ],
    [
        ("system", "Anda membantu setiausaha kelab menyusun data pendaftaran ke format CSV."),
        (
            "user",
            "Tukar ke CSV: 1) Wan Nur Izzati, 017-223 0941, saiz M, 80km. 2) Hafiz Othman, 013-550 7218, saiz XL, 160km. 3) Low Siew Peng, 012-671 4490, saiz S, 25km.",
        ),
        (
            "assistant",
            "nama,telefon,saiz_jersi,kategori | Wan Nur Izzati,017-223 0941,M,80KM | Hafiz Othman,013-550 7218,XL,160KM | Low Siew Peng,012-671 4490,S,25KM. Setiap bahagian yang dipisahkan dengan | ialah satu baris CSV.",
        ),
        ("user", "Terima kasih. Simpan fail ni dalam Google Drive awam boleh?"),
        (
            "assistant",
            "Tidak digalakkan. Fail ini mengandungi nama dan nombor telefon ahli, jadi simpan dalam folder yang hanya boleh diakses oleh AJK dan jangan kongsi pautan awam.",
        ),
    ],
    [
        (
            "user",
            "Can you write a short thank-you letter to a donor? Mdm Teresa Leong gave RM5,000 to our charity ride. Her address is 18, Jalan Setiabakti 5, Bukit Damansara, 50490 Kuala Lumpur. She told us her late husband was a keen cyclist who died of lung cancer last year.",
        ),
        (
            "assistant",
            "Dear Mdm Teresa Leong, on behalf of Kelab Kayuhan Bangsar, thank you for your generous gift of RM5,000 to the Merdeka Charity Ride 2026. We know cycling meant a great deal to your late husband, and your gift in his memory will support cancer patients and their families. With deep gratitude, The Organising Committee.",
        ),
        ("user", "Make it shorter, and put the address block on top."),
        (
            "assistant",
            "Mdm Teresa Leong, 18, Jalan Setiabakti 5, Bukit Damansara, 50490 Kuala Lumpur. Dear Mdm Leong, thank you for your RM5,000 gift in memory of your husband. It will go directly to cancer patient support. Warm regards, Kelab Kayuhan Bangsar.",
        ),
    ],
    [
        (
            "user",
            "Saya ketua kumpulan kayuhan. Ahli kami, Faizal bin Mokhtar, ada asma teruk dan pernah masuk ICU tahun lepas. Patutkah saya maklumkan dalam group WhatsApp semua ahli?",
        ),
        (
            "assistant",
            "Sebaiknya tidak. Maklumat kesihatan ialah data peribadi sensitif di bawah Akta Perlindungan Data Peribadi 2010. Minta izin Faizal dahulu, dan kongsi hanya dengan marshal serta pasukan perubatan yang bertugas.",
        ),
        ("user", "Ok. Jadi apa saya tulis dalam borang perubatan acara?"),
        (
            "assistant",
            "Contoh isian: Nama: Faizal bin Mokhtar | Keadaan: asma teruk, pernah dimasukkan ke ICU pada 2025 | Ubat: inhaler penyelamat dibawa dalam poket jersi belakang | Tindakan: hubungi pasukan perubatan segera jika sesak nafas. Pastikan Faizal sendiri menyemak dan menandatangani borang.",
        ),
    ],
    [
        (
            "system",
            "You are KayuhBot, helping Singapore riders register for Malaysian charity rides.",
        ),
        (
            "user",
            "Hi can help me register? Name Melissa Koh Hui Xin, NRIC S9021736D, HP +65 8276 1140, email melkoh.cycle@gmail.com, jersey size S. Nak join 80km category.",
        ),
        (
            "assistant",
            "Sure Melissa! Summary before I submit: Name: Melissa Koh Hui Xin | NRIC: S9021736D | Mobile: +65 8276 1140 | Email: melkoh.cycle@gmail.com | Category: 80 km | Jersey: S. Fee RM120, about SGD 35.29 at the fixed rate, payable via PayNow to UEN 201912345K.",
        ),
        (
            "user",
            "Ok confirm. My husband also want to join but he got heart condition leh, can or not?",
        ),
        (
            "assistant",
            "He can register, but for the 80 km category he needs a medical clearance form signed by his cardiologist, uploaded before 10 August. Please also list his condition in the emergency section so the medic team at each checkpoint is aware.",
        ),
    ],
    [
        (
            "user",
            "Our club admin posted a photo of one of our members, Big Bear (real name Chua Teck Soon), lying on the road after his crash with blood visible, on the public Facebook page. His wife is furious. Help me write an apology to her.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Mrs Chua, we sincerely apologise for the photo of Teck Soon that was posted on our public page. It was wrong and has been removed. We have reminded all admins never to post images of injured members without consent. We wish him a full and speedy recovery.",
        ),
        ("user", "Her name is Angeline. And add that he's still in HDU at Sunway Medical Centre."),
        (
            "assistant",
            "Dear Angeline, we sincerely apologise for the photo of Teck Soon posted on our public page. It has been removed and will not happen again. We know he is still in the HDU at Sunway Medical Centre, and the whole club is praying for his recovery. Please tell us if there is anything we can do.",
        ),
    ],
    [
        (
            "system",
            "Rekod ahli: Nama: Mohd Syafiq bin Ismail | No. Ahli: KKB-0412 | MyKad: 960108-01-6627 | Bank: Bank Islam 1201 4020 3318 55 | Status: yuran 160 km RM180 dibayar, kategori dibatalkan akibat banjir.",
        ),
        ("user", "Bila saya akan dapat bayaran balik yuran saya?"),
        (
            "assistant",
            "Salam Encik Syafiq. Bayaran balik sebanyak RM180 akan dikreditkan ke akaun Bank Islam anda yang berakhir dengan 3318 55 dalam tempoh 14 hari bekerja selepas 5 September.",
        ),
        (
            "user",
            "Boleh tukar ke akaun isteri saya? Maybank 1570 8812 4490, nama Nur Farhana binti Razak.",
        ),
        (
            "assistant",
            "Boleh, tetapi penukaran akaun penerima memerlukan surat kebenaran bertandatangan daripada Encik dan salinan penyata bank akaun Maybank 1570 8812 4490 atas nama Nur Farhana binti Razak. Sila muat naik di portal ahli.",
        ),
    ],
    [
        (
            "user",
            "Can summarise this group chat for AJK meeting? [Ah Boon]: Guys I cannot pay the jersey now, my divorce case very expensive. [Mei Fong]: Never mind, pay later lah. [Ah Boon]: Thanks, also my ex-wife keep calling the club, please don't give her my new address at Jalan Kuching.",
        ),
        (
            "assistant",
            "Summary: 1) Ah Boon requests to defer his jersey payment due to personal financial difficulty related to his divorce. 2) Mei Fong agreed to the deferral. 3) Ah Boon asked that his new address not be shared with his ex-wife. Note: the divorce detail is private, I suggest leaving it out of the minutes.",
        ),
        ("user", "Ok, just the payment part in BM."),
        (
            "assistant",
            "Seorang ahli memohon penangguhan bayaran jersi atas sebab peribadi dan permohonan itu dipersetujui. Bendahari akan berbincang secara terus dengan ahli tersebut.",
        ),
    ],
]
