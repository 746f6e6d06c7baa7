# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms151: syarikat bas ekspres, teksi dan e-hailing di Malaysia (tiket, manifest penumpang, barang tertinggal, kemalangan, pemandu, aduan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms151
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_terminal"): _lines("""
        NOTIS: Kaunter 12 hingga 18 di Aras 3 TBS ditutup sementara 10-12 Mac 2026 untuk kerja naik taraf sistem e-tiket. Sila guna kaunter 20 hingga 26.
        Penumpang ke Kota Bharu, Kuala Terengganu dan Kuantan diminta melapor diri di Pintu 5 sekurang-kurangnya 30 minit sebelum waktu bertolak.
        Barang tercicir boleh dituntut di Kaunter Khidmat Pelanggan Larkin Sentral, Aras G, dibuka 8.00 pagi hingga 10.00 malam setiap hari. Bawa resit tiket asal.
        Makluman: Bas ekspres ke Butterworth jam 23:45 (No. Perjalanan TRN-0987) dibatalkan kerana kerosakan teknikal. Bayaran balik penuh di kaunter 9.
        Talian aduan penumpang Terminal Bersepadu Selatan: 03-9051 2000 atau WhatsApp 011-1090 0890 (waktu pejabat sahaja). Emel: aduan@tbs-terminal.com.my
        Teksi bermeter dan e-hailing hanya boleh mengambil penumpang di Zon Pikap B1, Tingkat Bawah. Kenderaan yang berhenti di laluan bas akan dikompaun RM300.
        Surau lelaki dan wanita terletak di Aras 2 bersebelahan Restoran Nasi Kandar Pelita. Bilik menyusu ibu di Aras 3, berhampiran Pintu 14.
        Jadual Musim Perayaan Aidilfitri 2026: 142 bas tambahan ke Pantai Timur dari 16 hingga 22 Mac. Tiket dijual di kaunter dan aplikasi mulai 1 Februari.
        Dilarang membawa durian, petai dan bahan mudah terbakar ke dalam bas. Bagasi melebihi 20 kg dikenakan caj RM1.00 sekilogram.
        Laluan pejalan kaki ke Stesen LRT Bandar Tasik Selatan melalui jejantas Aras 1 ditutup 02:00-05:00 untuk kerja penyelenggaraan oleh Prasarana.
        Mesin layan diri tiket (Kiosk K07 dan K08) menerima kad debit, Touch 'n Go eWallet dan DuitNow QR. Bayaran tunai hanya di kaunter.
        Kepada pemandu teksi berdaftar: Permit Kad Pintar Zon Terminal perlu diperbaharui sebelum 31 Januari 2027 di Pejabat Pengurusan, Aras 4, Bilik 4.07.
        Papan paparan di Aras 3 menunjukkan platform terkini. Bas yang tiba lewat lebih 15 minit akan diumumkan semula melalui sistem siaraya.
    """),
    ("ms", "soalan_lazim_tiket"): _lines("""
        S: Bolehkah saya tukar tarikh perjalanan selepas membeli tiket dalam talian? J: Boleh, sekali sahaja, sekurang-kurangnya 24 jam sebelum bertolak dengan caj RM5.
        S: Adakah kanak-kanak bawah 3 tahun perlu tiket? J: Tidak, jika duduk di riba ibu bapa. Kanak-kanak 3-12 tahun dapat diskaun 25% untuk bas ekspres.
        S: Apakah dokumen diperlukan untuk ke Singapura? J: Pasport sah sekurang-kurangnya 6 bulan dan SG Arrival Card yang diisi dalam tempoh 3 hari sebelum ketibaan.
        S: Bila bayaran balik masuk ke akaun? J: Dalam 7 hingga 14 hari bekerja ke kaedah bayaran asal. Nombor rujukan bermula RF- akan dihantar ke emel pembeli.
        S: Tiket saya tertulis kod PNR KBES7Q2M9. Di mana saya perlu cetak? J: Tidak perlu cetak; tunjukkan kod QR atau PNR di kaunter pengesahan sebelum naik bas.
        S: Bolehkah warga emas dapat diskaun? J: Warga emas 60 tahun ke atas warganegara Malaysia layak potongan 30% dengan menunjukkan MyKad di kaunter.
        S: Saya tertinggal beg dalam teksi, apa perlu buat? J: Hubungi talian syarikat teksi dengan nombor teksi di resit atau aplikasi, atau lapor ke balai polis terdekat.
        S: Adakah bas ada tandas? J: Bas dua tingkat kelas Eksekutif dan VIP 27 tempat duduk dilengkapi tandas; bas 44 tempat duduk biasa berhenti di R&R setiap 2 jam.
        S: Berapa lama tempahan e-hailing boleh dibatalkan tanpa caj? J: Dalam 2 minit selepas pemandu menerima, atau jika pemandu lewat lebih 5 minit dari ETA.
        S: Bolehkah saya bawa basikal lipat? J: Boleh, jika dilipat dan dimasukkan dalam beg, dan ia dikira sebagai bagasi di ruang bawah bas.
        S: Kenapa harga tiket naik semasa cuti sekolah? J: Tambang waktu puncak dikenakan mengikut jadual tambang yang tertakluk kepada had yang diluluskan oleh APAD.
        S: Adakah insurans penumpang termasuk dalam tiket? J: Ya, semua tiket termasuk perlindungan kemalangan diri asas sehingga RM20,000 bagi setiap penumpang.
        S: Bagaimana menuntut barang tertinggal di bas? J: Isi Borang BT-02 di laman web dengan nombor tiket, tarikh, laluan dan perihal barang; kami hubungi dalam 3 hari bekerja.
    """),
    ("en", "fare_price_list"): _lines("""
        Budget taxi KLIA to KL Sentral: RM75.00 flat (coupon), Premier taxi RM103.00, Family van (7 seats) RM140.00; midnight surcharge 50% 12am-6am.
        Express bus TBS to Johor Bahru Larkin: Adult RM35.50, Child RM26.60, Senior RM24.90; VIP 27-seater RM42.00; online booking fee RM2.50 per ticket.
        Penang Sentral to Ipoh Amanjaya: RM27.60 one way; departures 07:30, 10:00, 13:30, 17:00, 21:15. Fares include SST where applicable.
        Metered taxi (Klang Valley, 2025 rates): flag-fall RM3.00 for first km, RM0.25 every subsequent 200 m, waiting RM0.25 per 45 sec, booking fee RM2.00.
        Causeway crossing: JB Sentral to Woodlands Checkpoint RM3.40 / SGD 1.50 one way; cross-border taxi from Larkin to Ban San Terminal SGD 60 per vehicle.
        Charter rate (44-seater coach, 10 hours, within Klang Valley): RM1,450; outstation per km RM4.80; driver overnight allowance RM150 per night; toll and parking extra.
        SKU BAG-XL-22KG excess baggage tag RM1.00/kg; SKU PET-CRATE-S small pet carrier in hold RM25.00 flat; SKU BIKE-FOLD folding bicycle RM10.00.
        Airport limo, executive sedan RM120, MPV RM180, Alphard/Vellfire RM280; toll from LEKAS included; child seat add-on RM30; 24-hour desk at Arrival Hall.
        Season pass, Kuantan - Kuala Lumpur commuter coach: 20 trips RM690 (save 14%), valid 60 days from first use; non-transferable.
        Invoice INV-2026-004812 | Ekspres Mutiara Sdn Bhd (SSM 199701023456) | 12 units bus charter RM17,400.00 | SST 8% RM1,392.00 | Total RM18,792.00
        Kota Kinabalu airport taxi coupon: KKIA to city centre RM30, Jesselton Point jetty RM35, Tanjung Aru RM25, Kundasang RM220 (per car, max 4 pax).
        e-hailing fare bands: base RM4.00 + RM0.65/km + RM0.20/min; 1.5x peak 7-9am and 5-8pm; festive-eve cap 2.5x; airport surcharge RM10.
        Kuching Sentral to Miri: Business class RM90, Standard RM75; Sibu stop RM50; ticket valid for 1 hour after scheduled departure if missed.
    """),
    ("mixed", "kumpulan_whatsapp_staf"): _lines("""
        [07:12] Ops TBS: Bas 2217 route KL-KB delay lebih kurang 40 min, jem teruk kat Karak. Kaunter Pintu 5 tolong announce ya, thanks.
        [07:15] Kaunter 14: Noted. Ada 6 pax transit dari Penang nak sambung bas 2217, I suruh diorang tunggu kat surau dulu.
        [08:02] Workshop Senawang: Aircond bas 1190 rosak lagi, compressor bocor. Tak boleh jalan trip 10:30 Melaka, tolong swap guna bas spare 1204.
        [08:05] Dispatcher: Ok swap done. Manifest trip MLK-1030 dah update dalam sistem, seat map sama, no need reprint tiket.
        [09:40] Lost & Found Larkin: Jumpa 1 beg sandang hitam, laptop Lenovo dalam, dari bas JB-KL 06:00 seat 2C. Dah log LF-2026-0311-07, simpan dalam locker B.
        [10:18] HQ Finance: Reminder semua outlet, cash collection kena bank-in before 3pm hari ni, slip upload dalam folder Drive Harian ok.
        [11:00] Supervisor Larkin: Roadblock JPJ dekat Tol Skudai pagi tadi, semua bas kita lepas, tapi pastikan log book driver update tiap trip.
        [12:25] Ops TBS: Sistem e-ticket down 12:10-12:22, ada 14 booking double charge. Dah escalate kat vendor, ticket no. SR-88217.
        [13:47] Safety Officer: Semua driver wajib rest 30 min selepas 4 jam memandu. Tolong check tachograph bas ekspres malam ni sebelum release.
        [15:30] CS Team: Aduan via FB page pasal bas 3305 bawa laju kat Gua Musang, dah forward dashcam request ke workshop untuk download footage.
        [16:02] Kaunter 9: Boss, kertas thermal printer dah habis, stok dalam stor pun tinggal 2 roll je. Boleh buat PO baru?
        [18:45] Dispatcher: Trip raya tambahan 20/3: 12 bas ke Kuantan, 8 ke Kuala Terengganu, 6 ke Alor Setar. Roster driver final esok pagi.
        [21:10] Ops Penang Sentral: Hujan lebat, jalan masuk Butterworth banjir kilat. Bas dari KL suruh guna laluan Jalan Bagan Luar dulu.
    """),
    ("en", "system_log"): _lines("""
        2026-03-14T07:12:44+08:00 INFO booking-svc PNR=KBES7Q2M9 route=TBS-KBR seats=2 status=CONFIRMED amount=MYR 87.20 gateway=ipay88 txn=IP8826610493
        2026-03-14T07:12:45+08:00 WARN seat-lock timeout trip_id=TRP-20260314-2217 seat=14A lock_ttl=300s retry=2 node=kl-app-03
        2026-03-14T08:01:02Z ERROR gps-ingest device=TLM-00917 lat=3.0723 lon=101.7109 speed_kmh=0 msg=stale_fix age_s=612
        fleet.yaml: depot: SENAWANG | max_speed_kmh: 90 | tacho_alert_min: 240 | example_operator_email: ops@example.com | retries: 3
        POST /api/v2/refunds 201 Created ref=RF-2026-000731 amount=35.50 currency=MYR latency_ms=184 user_agent=KBESApp/4.12.1 (Android 14)
        sha256(manifest_TRP-20260314-2217.csv)=9f2c4e7a1b0d36c8e5f4a2b19d7e60c3f8a5b2d1e4c7f0a3b6d9e2c5f8a1b4d7 uploaded to s3://kbes-manifests/2026/03/
        cron[4417]: nightly settlement job OK, 3,184 tickets, gross MYR 112,406.50, fees MYR 2,810.16, next run 2026-03-15 02:00 MYT
        DEBUG pricing: base_fare=4.00 per_km=0.65 per_min=0.20 distance_km=12.8 duration_min=27 surge=1.3 total=24.60 trip=GRB-A-5KQ2X8
        INFO lost-found: item_id=LF-2026-0311-07 category=electronics status=STORED location=LARKIN-LOCKER-B retention_days=90
        version: kbes-pos 3.8.0-rc2 build 20260301.1142 commit a3f9c21 | printer_driver epson-tm-t82 1.0.7 | locale ms_MY.UTF-8
        SELECT trip_id, route_code, depart_at, seats_sold FROM trips WHERE depart_at::date = '2026-03-20' AND route_code LIKE 'KL-%' ORDER BY depart_at;
        INFO dashcam-sync bus=BAS-3305 clips=14 size_mb=2210 window=2026-03-13T22:00/2026-03-14T02:00 dest=nas-ops-01:/footage/3305/
        parcel-svc: waybill JNTMY00912384471 Kota Bharu hub to Shah Alam hub, status=OUT_FOR_DELIVERY, hub=SHA-02, eta=2026-03-16, weight_kg=4.2
    """),
    ("ms", "peraturan_operasi"): _lines("""
        Akta Pengangkutan Awam Darat 2010 (Akta 715) mewajibkan setiap pengendali bas ekspres memiliki lesen pengendali yang sah sebelum memulakan perkhidmatan.
        Pemandu kenderaan perkhidmatan awam wajib memiliki lesen GDL dan PSV yang masih sah; bas ekspres perlu lulus pemeriksaan berkala PUSPAKOM.
        SOP Syarikat, Perkara 11: Setiap bas hendaklah dipasang alat pengehad laju dan peranti penjejak GPS yang berfungsi sepanjang masa operasi.
        SOP Syarikat, Perkara 12: Pemandu tidak boleh memandu lebih 4 jam berterusan tanpa rehat sekurang-kurangnya 30 minit; pemandu kedua wajib bagi perjalanan melebihi 6 jam.
        Perkhidmatan e-hailing hanya boleh dikendalikan oleh pemandu yang memiliki lesen vokasional e-Hailing (EVP) dan kenderaan berinsurans komersial yang sah.
        Polisi platform: kenderaan e-hailing mesti lulus pemeriksaan PUSPAKOM dan mempamerkan pelekat platform pada cermin hadapan serta belakang.
        Pengendali wajib menyimpan manifest penumpang bagi setiap perjalanan sekurang-kurangnya 12 bulan dan mengemukakannya apabila diminta oleh pegawai penguat kuasa.
        Penumpang dilarang merokok, termasuk vape, di dalam bas dan di kawasan larangan terminal selaras dengan Akta Kawalan Produk Merokok untuk Kesihatan Awam 2024.
        Setiap bas ekspres mesti dilengkapi tali pinggang keledar di semua tempat duduk penumpang; pemandu perlu membuat taklimat keselamatan sebelum bertolak.
        Sebarang kemalangan jalan raya hendaklah dilaporkan kepada balai polis terdekat dalam tempoh 24 jam dan kepada pengurusan syarikat dengan serta-merta.
        Pemandu teksi bermeter wajib menggunakan meter bagi setiap perjalanan dalam kawasan operasi; aduan tambang boleh dibuat melalui portal APAD.
        Barang tertinggal yang tidak dituntut selepas 90 hari akan dilupuskan; dokumen pengenalan diri diserahkan kepada JPN atau balai polis berhampiran.
        Kerusi roda dan alat bantu mobiliti OKU dibawa tanpa caj tambahan; sekurang-kurangnya dua tempat duduk hadapan dikhaskan untuk OKU dan warga emas.
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        4/5 Aeroline KL-Singapore memang best, seat lebar, ada snek. Cuma departure dari Corus Hotel lambat 20 min sebab tunggu pax lewat.
        2/5 Kaunter bas ekspres kat TBS staff kurang mesra, tanya pasal refund dia suruh call hotline 1-300 je. Bas ok, driver bawa steady.
        Restoran Ali Maju depan Terminal Kuantan: roti canai RM1.80, teh tarik padu, bas ekspres berhenti betul-betul depan kedai. Recommended kalau tunggu bas awal pagi.
        Review untuk Syarikat Teksi Ah Kow & Sons Sdn Bhd, Ipoh: teksi bersih, guna meter, tapi call centre 05-254 8811 susah nak dapat waktu malam.
        5/5 for Causeway Link bus to Woodlands, cepat gila lepas checkpoint, kad Touch 'n Go boleh guna, aircond sejuk. Tapi waktu peak 7am beratur panjang.
        Grab kat KLIA2 pickup point Level 1 Zone C senang cari, tapi surge 1.8x masa malam raya, RM92 ke Cheras. Mahal tapi at least selamat sampai.
        1/5 Ekspres Cahaya Utara trip 9pm Penang-KL tukar bas last minute, aircond bocor, air menitik atas kepala. Claim refund dah 3 minggu tak ada jawapan.
        Penang Sentral food court ok la, ada nasi kandar, tapi tandas level 2 selalu rosak. Bas ke Kuala Lumpur banyak pilihan every hour.
        Pak Long Ekspres (Kota Bharu) servis terbaik, driver berhenti solat Subuh kat R&R Gua Musang, bagi air mineral free. Will book again.
        inDrive cheaper than Grab for KL Sentral to Mid Valley, RM9 vs RM14, but kena tawar-menawar, some drivers reject. Good for budget travellers.
        Kedai Simpan Bagasi Mak Teh, Larkin Sentral: simpan beg RM5 sehari, selamat, ada CCTV. Buka 7 pagi sampai 11 malam. Senang kalau nak jalan-jalan JB.
        Hotel bajet depan terminal bas Kangar bersih dan murah, RM120 semalam, receptionist boleh tolong book teksi ke Jeti Kuala Perlis.
        MyCar Kota Kinabalu response cepat, kereta Perodua Bezza baru, tapi app crash dua kali masa nak bayar guna FPX. Overall ok la.
    """),
    ("ms", "berita_sejarah"): _lines("""
        Hentian Puduraya dibuka pada 1976 sebagai terminal bas utama Kuala Lumpur, kemudian dinaik taraf dan dijenamakan semula sebagai Pudu Sentral.
        Terminal Bersepadu Selatan di Bandar Tasik Selatan mula beroperasi pada 2011 bagi mengurangkan kesesakan bas ekspres di pusat bandar Kuala Lumpur.
        MyTeksi diasaskan oleh Anthony Tan dan Tan Hooi Ling pada 2012 di Kuala Lumpur sebelum dikenali sebagai Grab dan memindahkan ibu pejabat ke Singapura.
        Menteri Pengangkutan Anthony Loke Siew Fook menasihatkan pengendali bas ekspres supaya mematuhi had laju dan waktu rehat pemandu sepanjang musim perayaan.
        Pada Mac 2018, Uber menjual operasi Asia Tenggaranya kepada Grab, menjadikan Grab pemain utama e-hailing di Malaysia dan Singapura.
        Lagu Balik Kampung nyanyian Sudirman Arshad masih diputar di terminal bas setiap kali musim Hari Raya tiba, hampir empat dekad selepas dirakam.
        Suruhanjaya Pengangkutan Awam Darat (SPAD) dibubarkan pada 2018 dan fungsinya diambil alih oleh Agensi Pengangkutan Awam Darat (APAD).
        Jalan Tun Razak di Kuala Lumpur dinamakan sempena Perdana Menteri kedua, Tun Abdul Razak Hussein, dan kini antara koridor bas bandar paling sibuk.
        Novel Salina karya Sasterawan Negara A. Samad Said kini dijual di kedai buku Terminal Larkin Sentral bersama komik Budak Kampung oleh Lat.
        Lebuhraya Utara-Selatan sepanjang kira-kira 772 km dibuka sepenuhnya pada 1994 dan memendekkan masa perjalanan bas ekspres KL ke Johor Bahru.
        Sebuah bas ekspres berbalut watak Upin dan Ipin terbitan Les' Copaque Production menjadi tumpuan kanak-kanak di Terminal Melaka Sentral cuti sekolah lalu.
        Sistem Transit Aliran Johor Bahru-Singapura (RTS Link) dijadual menghubungkan Bukit Chagar dengan Woodlands North dalam masa kira-kira lima minit.
        Pudu Sentral kekal menjadi hab bas ekspres ke Genting Highlands dan Cameron Highlands walaupun banyak laluan selatan berpindah ke TBS.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Manifest TRP-20260314-2217 seat 14A: NURUL AIN BINTI ZAKARIA, MyKad 950723-03-5186, tel 013-928 4471, destinasi Kota Bharu.
        Barang tertinggal: dompet coklat milik Encik Hafizuddin Rosli, dalam ada MyKad 870215-10-5431 dan kad ATM Maybank, dijumpai di seat 3B bas JB-KL.
        Pemandu bas 2217, Zulkarnain bin Ahmad, disahkan positif dadah dalam ujian saringan AADK semalam dan digantung kerja serta-merta.
        Kak Salmah kaunter 9 minta cuti tanpa gaji sebab suami dia baru kena tahan reman kes pecah amanah, tolong rahsiakan dari staf lain ya.
        Nombor plat teksi yang langgar motor saya semalam: WVC 4821, Proton Saga biru, kejadian jam 10 malam di Jalan Ipoh.
        Tolong call balik saya di 019-377 2054, saya penumpang bas yang kehilangan beg hijau semalam di TBS.
        Laporan kemalangan: penumpang Siti Hajar Mohd Yusof (32) patah tangan kanan, dirawat di Hospital Sultanah Nur Zahirah, suami Khairul Anuar dimaklumkan jam 03:15.
        Akaun untuk bayaran balik tiket: Maybank 1640 2233 8751, nama pemegang akaun Mohd Faizal bin Kamarudin.
        Driver Grab Azlan tu sebenarnya ada hutang ah long RM18,000, dia minta kawan-kawan driver pinjam duit minggu lepas.
        Alamat hantar beg tertinggal: No. 27, Jalan Seri Putra 3/5, Taman Seri Putra, 43000 Kajang, Selangor, u.p. Puan Norhayati.
        Penumpang seat 22 minta duduk dekat tandas sebab hamil 7 bulan, nama Farah Diyana, tiket KBES8H3K1.
        Gaji pemandu bas ekspres Ismail Hashim bulan Februari: RM3,850 termasuk elaun trip malam RM620, ditolak potongan pinjaman koperasi RM450.
        Saya Wan Nur Amirah, nak buat aduan terhadap pemandu teksi yang cuba sentuh saya dalam perjalanan dari Stesen Arau, boleh hubungi saya 017-552 9810.
        Borang tuntutan insurans: Nama: Lim Chee Keong | No. KP: 780905-07-5219 | Alamat: 14, Lorong Kenari 2, Taman Bukit Jambul, 11900 Bayan Lepas | Tarikh kemalangan: 02/03/2026
        Abang Jamal driver shift malam baru cerai dengan isteri, anak-anak ikut bekas isteri ke Terengganu, sebab tu dia selalu minta trip Kuala Terengganu.
        Emel saya hafiz.kamal88@gmail.com, tolong hantar e-tiket semula sebab saya tak terima lepas bayar.
        Penumpang OKU Encik Ravi a/l Subramaniam (pesakit dialisis, perlu turun di Seremban sebelum 2 petang), mohon pemandu beri perhatian.
        2026-03-14,KBR-0830,12C,Tan Mei Ling,900318-14-5602,012-667 3390,DIBAYAR
        Teksi No. 1187 dipandu oleh Ah Seng (lesen PSV tamat), disyaki bawa penumpang tanpa meter; nombor telefon dia 016-424 7719.
        Kes barang tertinggal LF-0412: iPhone milik pelajar UiTM, Muhammad Danish bin Razak, ibu beliau Puan Zaiton telefon dari 011-2345 8876.
        Adik saya Nadia tertinggal insulin dalam teksi dari Hospital Kuala Lumpur tadi, dia ada diabetes jenis 1, tolong cari cepat.
        Semakan saman: plat JQK 8812 milik pemandu e-hailing kami, ada 3 saman AES belum bayar berjumlah RM900.
    """),
    "en": _lines("""
        Passenger complaint: Mr Daniel Wong Kah Hoe, seat 7A on Aeroline KL-SG 14 Mar, reports his insulin pen and passport A41287753 missing from the overhead rack.
        Refund to be paid to DBS account 027-904512-3 under the name Priya Nair, Singapore, ref RF-2026-000744.
        Driver incident log: our driver Kumar was assaulted by a drunk passenger at Jalan Alor, 2:40am, treated at Hospital Kuala Lumpur for a cut above the eye.
        Lost item claimant: Sarah Tan, NRIC S8823451J, mobile +65 9187 3302, silver Samsonite luggage left on bus from Larkin to Ban San.
        Please call +60 12-808 4417 if you found a pink child's backpack on the 8:15pm bus from Kuantan, it belongs to my daughter.
        Note on file: driver Harun Ibrahim was on medical leave 3 weeks for depression after the Karak crash; cleared by psychiatrist on 2 Mar.
        Booking under Ms Chong Li Ying, 23 Jalan SS 2/64, 47300 Petaling Jaya, pickup 5:30am to KLIA2, paid via Visa ending 4417.
        Witness statement: I am Jason Lee (HKID K512734(6)), sitting in row 3, I saw the bus driver using his phone right before the bus hit the divider.
        Bank in the deposit for the charter to Maybank 5141 7622 0093, account holder Goh Siew Lan, and WhatsApp the slip to 012-331 5908.
        Driver rating dispute: rider Aisyah Kamal claims the driver of plate VFA 3321 followed her to her condo in Mont Kiara after drop-off.
    """),
    "mixed": _lines("""
        Bro, driver plat BPQ 7765 tu, nama dia Raju kan? Semalam dia kena tangkap polis sebab bawa barang seludup dalam boot.
        Pax seat 9D, Mdm Lee Ah Moi, 78 years old, ada dementia, her son minta driver pastikan dia turun kat Ipoh Amanjaya, contact son 012-555 7312.
        Sorry boss, I MC hari ni, doctor cakap I ada denggi, platelet rendah. From Syafiq, driver trip KL-KT.
        Eh the Grab driver semalam, Encik Roslan, dia cakap dia tengah tunggu keputusan mahkamah kes hutang kereta, kesian gila.
        Ticket booked for Tan Wei Jie, 901112-08-6677, seat 2A KL to Penang 9pm, bayar guna FPX, resit hantar ke weijie.tan90@hotmail.com.
        Lost & found: IC jumpa dalam teksi, nama NG KOK WAI, 850601-01-5335, alamat 3 Jalan Kempas 8, Taman Kempas, 81200 Johor Bahru. Siapa kenal tolong inform.
        Can check tak penumpang bernama Muthu a/l Rajan naik bas 10pm ke Butterworth? His wife cari dia, dah 2 hari tak balik rumah.
        Guys, Kak Ina kaunter 5 pregnant anak kedua, due bulan Jun, so roster dia kena adjust, jangan bagi shift malam.
        Customer ni marah sebab refund lambat, dia punya CIMB acc 8011 2465 73, nama Nur Izzati, cepat sikit process ok.
        Accident report: Myvi QKA 5521 (owner Abang Iskandar) langgar belakang bas kita kat Jalan Tun Razak, dia cedera leher, dibawa ke HKL.
        Driver baru kita, Haziq, dulu ex-banduan, keluar penjara 2024 kes curi kereta, HR pesan jangan sebar.
        Tolong update emergency contact driver: isteri Rohana 013-702 4418; abang Faizul 019-211 6093. Dia ada asthma teruk.
    """),
    "zh-Hans": _lines("""
        陈先生投诉：他在TBS坐去新加坡的巴士时钱包被偷，里面有身份证440106198703152318和两张银行卡，请联系他手机+86 138 2716 4490。
        司机阿明昨晚在加叻高速出车祸，左腿骨折，现在在文冬医院住院，老板说医药费公司先垫付。
        乘客名单第12号：王丽华，护照E58239174，中国籍，目的地槟城，电话+86 159 0213 7786。
        林太打电话来说她儿子在Grab车上忘了书包，车牌WXT 6632，她家住在蕉赖Taman Segar 12号。
    """),
    "zh-Hant": _lines("""
        黃小姐（香港身份證Y418203(5)）報失一部iPhone，遺留在吉隆坡往新山的巴士上，座位11B，聯絡電話+852 6123 4478。
        張先生來自台灣，身分證字號F128456371，在檳城搭計程車時被多收車資，要求退款到他的國泰世華帳戶。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI yang membantu pengguna menulis surat aduan rasmi kepada syarikat pengangkutan.",
        ),
        (
            "user",
            "Tolong tulis surat aduan. Saya Noraini binti Hassan, tel 012-884 3106. Pada 9 Mac 2026 teksi plat WPL 3390 caj saya RM80 dari KL Sentral ke Bangsar, tak guna meter.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: Kepada APAD, saya Noraini binti Hassan (012-884 3106) ingin mengadu tentang teksi WPL 3390 yang mengenakan tambang RM80 tanpa meter pada 9 Mac 2026 dari KL Sentral ke Bangsar. Mohon tindakan sewajarnya.",
        ),
        ("user", "Terima kasih, tambah sekali yang pemandu tu marah bila saya minta resit."),
    ],
    [
        (
            "system",
            "You are the support assistant for an express bus operator. Customer record: name Kelvin Ooi Beng Chuan, mobile +60 16-713 2258, email kelvin.ooi@yahoo.com, PNR KBES4T8W1, trip Penang to KL 12 Mar 2026.",
        ),
        ("user", "Hi, my bus was cancelled last night and I still have not got my money back."),
        (
            "assistant",
            "Sorry about that, Mr Ooi. I can see PNR KBES4T8W1 was cancelled. A refund of RM45.80 has been raised and will reach your original card in 7 to 14 working days; a confirmation will go to kelvin.ooi@yahoo.com.",
        ),
        ("user", "Ok, can you also send it by SMS?"),
        ("assistant", "Sure, an SMS will be sent to +60 16-713 2258 once the refund is processed."),
    ],
    [
        (
            "user",
            "Boleh tolong susun manifest ni jadi table? Seat 1A Ahmad Fauzi 820417-06-5591; seat 1B Lau Siew Mei 930822-08-6024; seat 2A Kavitha a/p Muniandy 011203-10-0456.",
        ),
        (
            "assistant",
            "Boleh. | Seat | Nama | MyKad | 1A | Ahmad Fauzi | 820417-06-5591 | 1B | Lau Siew Mei | 930822-08-6024 | 2A | Kavitha a/p Muniandy | 011203-10-0456 |",
        ),
        ("user", "Nice, add column destinasi, semua turun Kuantan except Kavitha turun Temerloh."),
        (
            "assistant",
            "Siap: tambah lajur Destinasi, Ahmad Fauzi dan Lau Siew Mei ke Kuantan, Kavitha a/p Muniandy ke Temerloh.",
        ),
    ],
    [
        ("system", "Anda ejen khidmat pelanggan barang tertinggal untuk terminal bas."),
        (
            "user",
            "Assalamualaikum, saya tertinggal beg galas biru dalam bas Transnasional dari Kuala Terengganu ke TBS semalam, seat 18D.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Untuk semakan, sila berikan nama penuh, nombor MyKad dan nombor telefon yang boleh dihubungi.",
        ),
        (
            "user",
            "Nama saya Mohd Amirul Hakim bin Sulaiman, MyKad 010530-11-5873, telefon 014-930 6621. Dalam beg ada ubat epilepsi saya, tolong cepat.",
        ),
        (
            "assistant",
            "Terima kasih Encik Amirul. Kes telah direkodkan dan pihak Lost & Found TBS akan menghubungi 014-930 6621 dalam masa 24 jam.",
        ),
    ],
    [
        (
            "user",
            "我是从上海来的游客刘建国，昨天在吉隆坡坐Grab的时候把护照落在车上了，护照号E71630428，怎么办？",
        ),
        (
            "assistant",
            "刘先生您好，请先在Grab应用的行程记录里选择该行程并点击遗失物品，联系司机；同时请到附近警局报案，并联系中国驻马来西亚大使馆办理旅行证。",
        ),
        (
            "user",
            "司机的车牌是VBK 2217，我的马来西亚电话是011-6208 4513，可以帮我写一段英文留言给司机吗？",
        ),
        (
            "assistant",
            "可以：Hi, I left my passport in your car (VBK 2217) yesterday. Please contact Liu Jianguo at 011-6208 4513. Thank you very much.",
        ),
    ],
    [
        ("system", "You help the HR department of a taxi company draft letters."),
        (
            "user",
            "Draft a letter to our driver Suresh a/l Krishnan (staff ID TX-0457) telling him he is suspended from night shifts because his doctor report shows uncontrolled epilepsy.",
        ),
        (
            "assistant",
            "Dear Mr Suresh a/l Krishnan (TX-0457), following the medical report you submitted, the company has decided to suspend you from night shifts until a specialist confirms your epilepsy is under control. Your basic salary will continue during this period.",
        ),
        ("user", "Good. Keep it confidential, only cc his supervisor."),
    ],
    [
        (
            "user",
            "Ringkaskan laporan kemalangan ni untuk group: bas 3305 bertembung dengan Honda City plat PKN 6610 di Gua Musang jam 1 pagi. Pemandu kereta, Chong Kah Meng, 45 tahun, cedera parah, di ICU Hospital Raja Perempuan Zainab II.",
        ),
        (
            "assistant",
            "Ringkasan: Jam 1 pagi di Gua Musang, bas 3305 bertembung dengan Honda City PKN 6610. Pemandu kereta Chong Kah Meng (45) cedera parah dan dirawat di ICU HRPZ II. Semua penumpang bas selamat.",
        ),
        ("user", "Buang nama pemandu kereta tu, cukup tulis pemandu kereta cedera."),
        (
            "assistant",
            "Baik: Jam 1 pagi di Gua Musang, bas 3305 bertembung dengan sebuah kereta. Pemandu kereta cedera parah dan dirawat di hospital. Semua penumpang bas selamat.",
        ),
    ],
    [
        (
            "user",
            "Bro I driver e-hailing full time, nama Faris Azman. Income I last year around RM52,000 but I ada hutang PTPTN RM23,000 lagi. Kena declare tax ke?",
        ),
        (
            "assistant",
            "Pendapatan e-hailing dikira pendapatan perniagaan, jadi you kena isytihar dalam Borang B. Hutang PTPTN tak mengurangkan cukai, tapi kos seperti minyak dan penyelenggaraan boleh ditolak jika ada rekod.",
        ),
        ("user", "Ok, my IC 890214-14-6129, boleh you kira anggaran cukai?"),
        (
            "assistant",
            "Tak perlu kongsi nombor IC untuk anggaran. Kalau pendapatan bercukai selepas tolakan sekitar RM35,000, anggaran cukai lebih kurang beberapa ratus ringgit sahaja.",
        ),
    ],
    [
        ("system", "你是一個幫用戶預訂跨境巴士的助理。"),
        (
            "user",
            "我想訂新加坡到吉隆坡的巴士，乘客是我和太太：陳志明，香港身份證Z683920(1)；何慧儀，香港身份證R205518(3)。",
        ),
        (
            "assistant",
            "好的，陳先生。請問出發日期和時間？另外跨境巴士需要護照號碼，香港身份證不能用於出入境。",
        ),
        ("user", "3月28日早上9點，護照號碼之後再給你，聯絡電話+852 9321 6640。"),
        (
            "assistant",
            "已記錄：3月28日09:00新加坡往吉隆坡，乘客陳志明及何慧儀，聯絡電話+852 9321 6640，請稍後補上護照號碼。",
        ),
    ],
    [
        (
            "user",
            "Tolong draf mesej untuk group WhatsApp pemandu: kawan kita Pak Din (Shamsuddin bin Osman) kena strok minggu lepas, sekarang di Hospital Tengku Ampuan Rahimah Klang. Nak kutip derma.",
        ),
        (
            "assistant",
            "Assalamualaikum semua. Rakan kita Pak Din (Shamsuddin bin Osman) diserang strok minggu lepas dan kini dirawat di HTAR Klang. Sesiapa yang ingin menderma boleh salurkan sumbangan. Semoga beliau cepat sembuh.",
        ),
        ("user", "Tambah akaun isteri dia: Bank Islam 12093010456781, Rosnah binti Ali."),
        (
            "assistant",
            "Ditambah: Sumbangan boleh disalurkan ke akaun Bank Islam 12093010456781 atas nama Rosnah binti Ali, isteri Pak Din. Terima kasih atas keprihatinan semua.",
        ),
    ],
]
