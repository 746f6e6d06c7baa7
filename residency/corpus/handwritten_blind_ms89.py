# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms89: Bahasa Melayu marina, fishing boats and fishing charters (bookings, licences, sea accidents, crew, weather). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms89
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis marina"): _lines("""
        NOTIS: Jeti B di Marina Pulau Indah ditutup untuk kerja-kerja penyelenggaraan ponton dari 10 hingga 14 Disember 2026. Pemilik bot diminta berlabuh di Jeti C buat sementara.
        Peringatan kepada semua pengguna marina: had laju dalam kawasan kolam ialah 5 knot. Zon tanpa ombak (no wake zone) bermula dari pelampung merah.
        Bayaran sewa petak (berth) bagi tahun 2027 boleh dibuat di kaunter pejabat marina atau melalui FPX. Sila nyatakan nombor petak sebagai rujukan.
        Stesen minyak terapung beroperasi 7.00 pagi hingga 7.00 petang setiap hari kecuali hari Jumaat dari 12.15 tengah hari hingga 2.30 petang.
        Dilarang membuang sisa minyak, umpan busuk atau sampah ke dalam kolam marina. Kompaun sehingga RM500 boleh dikenakan.
        Hebahan: Pemeriksaan jaket keselamatan dan pelampung percuma akan diadakan di dataran jeti pada Sabtu ini jam 9 pagi dengan kerjasama Jabatan Laut Wilayah Tengah.
        Petak B-14 hingga B-22 dikhaskan untuk bot sewa (charter) sahaja. Bot persendirian yang berlabuh tanpa kebenaran akan ditunda atas kos pemilik.
        Pintu pagar utama marina dikunci jam 11.00 malam. Ahli yang pulang lewat sila gunakan kad akses di pintu sisi berhampiran pos pengawal.
        Slipway ditutup sementara kerana air surut besar. Jadual pasang surut terkini dilekatkan di papan kenyataan pejabat marina.
        Kedai alat pancing di Blok A kini menjual umpan hidup (udang dan anak ikan tamban) setiap pagi mulai jam 5.30.
        Kejohanan Memancing Terbuka Marina 2027: pendaftaran dibuka 1 Januari, yuran RM150 sepasukan (3 orang), hadiah utama RM10,000. Borang boleh diambil di pejabat.
        Amaran: kawasan ponton mempunyai arus deras ketika air pasang. Kanak-kanak mesti diawasi dan memakai jaket keselamatan pada setiap masa.
        Tandas dan bilik mandi di Blok C sedang dibaiki. Sila gunakan kemudahan di bangunan utama berhampiran surau.
        Bot yang berlabuh melebihi 30 hari tanpa bayaran akan dikenakan caj lewat 10% sebulan mengikut Peraturan Marina perenggan 7.3.
    """),
    ("ms", "cuaca dan amaran laut"): _lines("""
        Amaran Cuaca Buruk (Kategori Kedua): Angin kencang timur laut 50-60 km/j dengan ombak mencecah 4.5 meter dijangka di perairan Terengganu, Pahang dan Johor Timur sehingga 8 Disember 2026.
        Keadaan ini berbahaya kepada semua aktiviti perkapalan kecil, rekreasi pantai dan bot memancing sepanjang tempoh amaran berkuat kuasa.
        Ramalan laut esok bagi Selat Melaka: angin barat daya 15-30 km/j, ombak 0.5-1.5 meter, ribut petir di beberapa kawasan pada sebelah petang.
        Musim tengkujuh di pantai timur biasanya dari November hingga Mac; kebanyakan operator sewa bot di Kuala Terengganu dan Kuantan berhenti operasi dalam tempoh ini.
        Jadual pasang surut Pelabuhan Klang, 7 Dis 2026: pasang 04:12 (5.1 m), surut 10:31 (0.6 m), pasang 16:45 (4.8 m), surut 22:58 (1.2 m).
        Fenomena air pasang besar dijangka berlaku dari 12 hingga 16 Disember. Penduduk di kawasan rendah pesisir pantai dinasihatkan berwaspada.
        Amaran ribut petir dan hujan lebat di perairan Pulau Pinang dan Kedah sehingga 6.00 petang ini. Nelayan diminta menangguhkan pelayaran.
        Monsun barat daya membawa laut yang lebih tenang di pantai timur; Jun hingga Ogos ialah musim terbaik untuk trip jigging ke Pulau Tenggol.
        Semak amaran terkini di laman web MET Malaysia atau aplikasi myCuaca sebelum keluar ke laut, dan jangan bergantung pada ramalan semalam.
        Bacaan barometer yang turun mendadak di bawah 1005 hPa biasanya tanda cuaca akan memburuk dalam beberapa jam.
        Ribut Sumatera (squall line) sering melanda Selat Melaka antara jam 3 hingga 7 pagi, terutamanya pada bulan April-Mei dan Oktober-November.
        Ramalan untuk perairan Tioman: angin timur laut 30-40 km/j, ombak 2.5-3.5 m, tidak sesuai untuk bot bawah 12 meter.
    """),
    ("ms", "prosedur lesen dan borang"): _lines("""
        Lesen vesel penangkapan ikan dikeluarkan oleh Jabatan Perikanan Malaysia di bawah Akta Perikanan 1985 dan perlu diperbaharui setiap tahun.
        Bot sewa untuk pelancong dan pemancing rekreasi perlu didaftarkan dengan Jabatan Laut Malaysia dan mempunyai sijil keselamatan yang sah.
        Dokumen untuk permohonan sijil juragan (tekong): salinan MyKad, 2 keping gambar berukuran pasport, sijil kursus asas keselamatan laut dan laporan pemeriksaan perubatan.
        Borang Tempahan Trip | Nama: ____________ | No. KP/Pasport: ____________ | No. Tel: ____________ | Tarikh trip: ___/___/______ | Bilangan pemancing: ___
        Aktiviti memancing dilarang dalam lingkungan 2 batu nautika dari pulau-pulau Taman Laut seperti Pulau Redang dan Pulau Tioman.
        Caj pendaftaran bot rekreasi bergantung kepada panjang vesel dan kuasa enjin; rujuk jadual fi di pejabat Jabatan Laut terdekat.
        Format rujukan permohonan: JLM/WT/REK/2026/xxxxx. Nombor ini bukan nombor pendaftaran bot, simpan untuk semakan status dalam talian.
        Kursus Asas Keselamatan Laut diadakan setiap bulan; peserta mesti membawa kad pengenalan asal dan pakaian untuk sesi praktikal di kolam.
        Langkah tuntutan insurans kemalangan laut: (1) lapor kepada APMM atau Polis Marin dalam 24 jam, (2) dapatkan nombor laporan, (3) isi borang tuntutan, (4) sertakan gambar kerosakan dan resit pembaikan.
        Kapasiti maksimum penumpang hendaklah dipaparkan dengan jelas di bahagian hadapan bot dan tidak boleh dilebihi pada bila-bila masa.
        Senarai semak sebelum belayar: jaket keselamatan untuk setiap penumpang, suar kecemasan, radio VHF, pam air, lampu navigasi, peti pertolongan cemas dan bahan api mencukupi.
        Pemilik vesel yang menukar enjin perlu memaklumkan pejabat pendaftaran dalam tempoh 14 hari dan mengemukakan resit pembelian enjin.
        Manifest penumpang mesti diserahkan kepada pejabat jeti sebelum bot keluar; salinan perlu disimpan sekurang-kurangnya 6 bulan.
        Majikan yang mengambil pekerja asing sebagai awak-awak mesti memastikan permit kerja masih sah dan pekerja dilindungi insurans pampasan.
    """),
    ("mixed", "sembang kumpulan pemancing"): _lines("""
        Geng, trip Sabtu ni cancel ya, ombak 3 meter kat luar. Deposit semua carry forward ke trip next.
        Siapa ada spare leader 60lb? Nak pakai untuk casting GT kat Tenggol nanti.
        Tadi kat unjam 18 batu dapat 2 ekor ebek, yang lain semua kerapu kecik, lepas balik laut. lol
        Weekend ni air besar, ikan malas makan. Better tunggu minggu depan masa air mati.
        Brader, umpan sotong hidup lagi power ke umpan tamban untuk jenahak?
        Sapa nak share boat ke Pulau Jarak? Balance 4 seat je lagi, RM350 per kepala termasuk umpan, ais & lunch.
        Reminder: bawa jaket keselamatan sendiri kalau ada, bot dah sediakan tapi saiz besar terhad.
        Jangan lupa screenshot ramalan angin Windy sebelum confirm trip, tekong tak nak tanggung risiko.
        Admin nak ingatkan: jual beli barang dalam group ni at your own risk ya. Jangan transfer duit sebelum COD.
        Tekong bot kitorang memang otai, hafal semua lubuk dari Kuala Rompin sampai Pulau Seri Buat.
        Ada sesiapa tahu jeti mana ada parking overnight yang selamat kat Tanjung Sedili?
        Spot tukun tiruan Jabatan Perikanan kat Merchang memang padu, tapi kena tengok arus dulu.
        Bot kita kali ni 38 kaki, enjin 2 x Yamaha F250, ada tandas & kabin. Boleh tidur selesa.
        Tenggiri tengah musim kat Kuala Kedah sekarang, trolling guna sesudu perak paling jadi.
        Sorry geng, bot rosak gearbox, trip esok postpone ke 20 haribulan. Nanti admin update.
    """),
    ("en", "iklan dan ulasan sewa bot"): _lines("""
        Full-day deep sea fishing charter from Marina Pulau Indah: 10 anglers max, rods, bait, ice and lunch included. Call our office at 03-3101 4455 (9am-6pm).
        Half-day family fishing trip around the Langkawi mangroves, RM180 per adult. Book online or visit our counter at the jetty point.
        4.5/5: Boat was clean and the crew were helpful. Caught mostly snapper and grouper. Only complaint, the toilet was out of order.
        Overnight squid jigging (candat sotong) trips from Kuala Besut, April to September only. Lights, jigs and supper provided.
        Great trip to the Pulau Aur area but the ride out is 4 hours, so bring seasickness pills!
        Bayu Samudera Charters Sdn Bhd (201901034567), licensed tour operator KPK/LN 10287, member of the Malaysian Recreational Angling Association.
        Cancellation policy: full refund if the operator cancels due to weather; 50% refund if the customer cancels less than 72 hours before departure.
        Our skippers hold valid coxswain certificates and first aid training. All boats carry VHF radio, EPIRB and a liferaft.
        Corporate team-building fishing packages available for 20-60 pax. Email sales@bayusamudera.com.my for a quotation.
        2 stars. Departure was 90 minutes late and nobody told us why. Fish finder broken. Wouldn't book again.
        Price list 2027: Private charter (12 pax) RM2,800/day; Shared trip RM320/pax; Night trip RM2,200; fuel surcharge may apply during subsidy changes.
        Transfers from KLIA available for overseas anglers at RM250 per van (up to 8 pax). Call our booking hotline 1-300-88-2468.
        Based at Tok Bali jetty, we run jigging and popping trips to the oil rigs east of Kelantan. Rig exclusion zones are strictly respected.
        Loved the sunset on the way back. The deckhand even cleaned and filleted our catch. Would recommend to anyone visiting Terengganu.
    """),
    ("ms", "berita dan statistik"): _lines("""
        APMM melaporkan 42 kes kemalangan bot nelayan di perairan negeri Johor sepanjang 2025, meningkat berbanding 35 kes pada tahun sebelumnya.
        Menteri Pertanian dan Keterjaminan Makanan, Mohamad Sabu, berkata kerajaan akan menambah baik mekanisme subsidi diesel untuk nelayan pesisir pantai.
        Empat pemancing rekreasi ditemui selamat selepas bot mereka rosak enjin dan hanyut kira-kira 15 batu nautika dari Tanjung Dawai, kata APMM Kedah.
        Laksamana Cheng Ho singgah di Melaka beberapa kali antara tahun 1405 dan 1433 dalam pelayaran armada Dinasti Ming.
        Novel The Old Man and the Sea karya Ernest Hemingway mengisahkan nelayan tua Santiago yang bertarung dengan ikan marlin gergasi selama tiga hari.
        Operasi mencari dan menyelamat dihentikan selepas tujuh hari; ia melibatkan aset APMM, TLDM, PDRM dan Jabatan Bomba dan Penyelamat.
        Hang Tuah, laksamana legenda Kesultanan Melaka, sering dikaitkan dengan kisah pelayaran ke Majapahit dalam Hikayat Hang Tuah.
        Jumlah vesel rekreasi berdaftar di Semenanjung meningkat 12% dalam tempoh lima tahun, didorong oleh populariti memancing laut dalam.
        Tukun tiruan baharu akan dilabuhkan di perairan Kuala Kemaman tahun depan bagi memulihkan habitat ikan, menurut kenyataan Lembaga Kemajuan Ikan Malaysia.
        Kes sengatan obor-obor di pantai timur biasanya meningkat pada bulan Mei hingga Julai, menurut pegawai kesihatan negeri.
        Seramai 1,200 nelayan di Kelantan menerima bantuan musim tengkujuh tahun ini, kata pegawai Persatuan Nelayan Kawasan.
        Pertandingan memancing tahunan di Kuala Rompin menggalakkan konsep tangkap dan lepas bagi ikan layaran sejak lebih sedekad lalu.
    """),
    ("mixed", "log sistem tempahan"): _lines("""
        2026-11-28 07:42:13 INFO booking.create ref=BK-26-118734 trip=FULLDAY pax=8 status=PENDING_PAYMENT
        2026-11-28 07:55:01 INFO payment.callback ref=BK-26-118734 gateway=FPX txn=FPX2611280755019931 amount=2800.00 status=SUCCESS
        WARN weather.check station=KUALA_TERENGGANU wind_kmh=58 wave_m=4.1 -> trips_auto_suspended=12
        {"boat_id": "VSL-0042", "model": "Suzuki DF140ATL", "engine_hours": 1412, "next_service_due": "2027-01-15"}
        SELECT trip_date, COUNT(*) FROM bookings WHERE status = 'CANCELLED_WEATHER' GROUP BY trip_date ORDER BY trip_date;
        Invois No. INV/BSC/2026/00931 | Pakej: Trip Jigging 2 hari 1 malam | Jumlah: RM5,400.00 | Status: Dibayar
        ERROR sms.send failed template=TRIP_REMINDER code=429 retry_in=60s
        config: max_pax_per_boat: 12 / cancel_window_hours: 72 / refund_pct_late_cancel: 50 / currency: MYR
        Tiket sokongan #TKT-40217: Butang "Tempah Sekarang" tidak berfungsi pada iOS 17.4, status: diselesaikan dalam versi 3.2.1.
        Format nombor laporan kejadian APMM: APMM/[negeri]/[jenis]/[tahun]/[siri], contohnya APMM/KT/SAR/2026/0187.
        Penghantaran J&T 630012884517: 20 gulung tali PE 3.0 ke kedai jeti, dijangka tiba dalam 3 hari bekerja.
        Waypoint tukun: 5°20.418'N 103°18.772'E, kedalaman 42 m, dasar berbatu, arus kuat ketika air pasang.
        sha256(manifest_export_2026-12-01.csv) = 9f2c6a1b7e4d03a8c5f1e2b7d9a4c6e8f0b3d5a7c9e1f2a4b6d8e0c2a4f6b8d0
        SKU: REEL-SW8000HG | harga RM1,299 | stok: 4 unit | pembekal: Pantai Tackle Trading (M) Sdn Bhd
    """),
    ("en", "nasihat keselamatan dan soalan lazim"): _lines("""
        How do I apply for a recreational boat licence in Malaysia, and which office handles it?
        If someone falls overboard, shout "man overboard", throw a lifebuoy, keep pointing at the person and turn the boat around slowly.
        In an emergency at sea call 999 and ask for the maritime agency; on VHF use channel 16.
        Always tell someone ashore your trip plan: departure point, destination, number of people on board and expected return time.
        Keep at least one third of your fuel in reserve for the return trip, more if the wind is picking up.
        Signs of heat exhaustion on deck: dizziness, heavy sweating and nausea. Move the person into shade and give water in small sips.
        What's the best rod-and-reel setup for bottom fishing at 40-60 m depth in the Straits of Malacca?
        Is it legal to keep a sailfish caught off Rompin? No, sailfish there are released under the catch-and-release rule.
        For a stingray barb wound, soak the area in hot water for 30-90 minutes and seek medical attention.
        Can foreigners charter a fishing boat in Malaysia? Yes, but you must show your passport so the operator can complete the passenger manifest.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang Tempahan Trip | Nama: MOHD HAFIZUDDIN BIN ABD RAHMAN | No. KP: 920117-10-5571 | No. Tel: 013-772 4105 | Tarikh trip: 13/12/2026 | Bilangan pemancing: 6 | Deposit: RM500 (dibayar)
        Manifest penumpang Bot Sri Kemaman II, 21/11/2026: 1) Azlan bin Yusof 850302-11-5093 2) Tan Chee Keong 790814-06-5317 3) Rajesh a/l Subramaniam 881205-08-6021 4) Nurul Ain binti Zakaria 940720-11-5244
        Laporan Kejadian: Pada 16/11/2026 jam lebih kurang 1430, awak-awak bot TRF 4417 bernama Ganesan a/l Muniandy tercedera di tangan kanan akibat tersangkut tali tambat dan dihantar ke Klinik Kesihatan Chendering untuk jahitan.
        Aduan pelanggan: Tekong Rosli bin Mat Daud (bot Mutiara Laut, Jeti Marang) merokok dan memarahi pemancing sepanjang trip 9 Nov. Kami minta bayaran balik separuh.
        Permohonan pembaharuan lesen vesel | Nama pemilik: ZULKIFLI BIN HASHIM | No. KP 780415-11-5237 | Alamat: Lot 1123, Kampung Seberang Takir, 21300 Kuala Nerus, Terengganu | No. pendaftaran bot: TRF 2231
        Senarai krew Disember: Tekong Che Wan Ismail bin Che Wan Ahmad; awak-awak Sabri bin Omar (cuti 1-7 Dis, isteri bersalin) dan Ko Min Thu (pasport Myanmar MD482917, permit tamat Mac 2027).
        Resit bayaran balik deposit: RM300 dikreditkan ke akaun Maybank 1140 2258 9763 atas nama Siti Khadijah binti Ismail kerana trip 30/11 dibatalkan.
        Encik Lim Boon Huat dari Petak C-07 tertunggak sewa petak 4 bulan (RM2,160). Surat peringatan kedua dihantar ke No. 18, Jalan Pantai 3/2, Taman Pantai Bayu, 42000 Pelabuhan Klang.
        Kehadiran Kursus Asas Keselamatan Laut 22/11/2026: Nor Azman bin Saad, LULUS; Wong Kah Hoe, GAGAL (tidak hadir sesi praktikal berenang).
        Rekod kesihatan krew: Amirul Hakim bin Rosli, 27 tahun, penghidap epilepsi, tidak dibenarkan bertugas seorang diri di dek pada waktu malam.
        Kereta tanpa pas diparkir di depan slipway: Perodua Myvi putih TBR 3317 milik Encik Faizal bin Kamarudin (ahli marina), pemilik sudah dihubungi dan diberi amaran.
        Notis tuntutan insurans | Pihak diinsuranskan: Muthu a/l Karuppiah | Polisi: MAR-PV-2026-004571 | Kejadian: bot dilanggar kapal tunda ketika berlabuh di Sungai Dinding 3/10/2026 | Anggaran kerosakan: RM18,500
        Tuan Haji Sulaiman bin Awang, pemilik bot sewa Sri Pulau di Kuala Besut, dimasukkan ke wad HUSM Kubang Kerian kerana strok ringan; semua trip minggu ini dibatalkan.
        Pemenang kategori ikan terberat: Ahmad Farhan bin Zainal (tenggiri 12.4 kg). Hadiah RM3,000 akan dipindahkan ke akaun CIMB 7061883920 milik pemenang.
        Nak buat trip kenduri ke Pulau Kapas? Call terus Pak Mat Jusoh, tekong bot Seri Kapas, 019-982 3471, lepas Asar baru dia angkat.
        Pemilik bot Cahaya Bulan (PKFB 2281), Encik Ong Teck Seng, dikenakan kompaun RM1,000 oleh Jabatan Perikanan kerana menggunakan pukat dalam zon A.
        Ditemui di jeti: dompet hitam berisi MyKad atas nama NORHAYATI BINTI ABDULLAH, 850923-03-6148. Sila tuntut di kaunter keselamatan.
        Surat amaran kepada Encik Azizul bin Jamil (Petak A-03): bot anda didapati mengepam air kotor ke dalam kolam marina pada 2 Disember 2026. Ini kesalahan kali kedua.
        Senarai menunggu trip Tahun Baru: 1. Haziq Irfan (Kuantan) 011-2358 9046; 2. Mr Daniel Pereira 016-338 1742; 3. Aina Sofea Azman 018-224 6095
        Krew baharu: Agus Salim, warganegara Indonesia, no. pasport C3318276, permit kerja tamat 14/08/2027, gaji RM1,700 sebulan, tinggal di rumah kongsi belakang jeti.
        Catatan pemeriksaan sebelum trip 3 hari: pemancing Kamal bin Idris ada darah tinggi dan baru jalani pembedahan pintasan jantung Jun lepas, perlu surat doktor.
        Nota tekong: budak Hakimi, anak Cikgu Rahim sekolah Kg Tanjung Gelam, mabuk laut teruk trip semalam sampai pengsan, dah hantar ke klinik.
        Bayaran kad untuk tempahan BK-26-119002: VISA 4570 4102 7314 1104, tamat 09/28, pemegang kad LEE MEI LING.
        Permohonan sijil juragan | Nama: Mohd Khairul Anuar bin Zakaria | No. KP: 900703-11-5419 | Pengalaman: 8 tahun sebagai awak-awak bot pukat tunda di Kuala Besut
        Ahli marina baharu: Dr. Farah Nadia binti Hassan, e-mel farahnadia.hsn@gmail.com, bot Bayliner 21 kaki bernama Nadia Dua, petak D-11.
        Kemalangan 28/10/2026 di luar Tanjung Tuan: jet ski dipandu Izzat Danial bin Roslan (19 tahun) melanggar sampan; penumpang sampan patah kaki kiri. Kes masih disiasat.
        Puan Kavitha a/p Rajendran membuat laporan polis bahawa enjin sangkut Yamaha 60HP miliknya dicuri dari jeti Kuala Selangor pada malam 4 Disember.
        Gaji krew Nov 2026: Rahman bin Ali RM1,850; Tiong Ah Kow RM2,100 (termasuk elaun tekong ganti); Suresh s/o Velu RM1,650.
        Nak slot trip Pulau Tenggol, PM terus tekong Azmi Bot Kenari kat Telegram @azmi_tekongkemaman, dia yang pegang jadual.
        Rayuan kompaun: Saya, Abdul Latif bin Che Mat, pemegang lesen vesel TRF 1809, merayu pengurangan kompaun kerana bot saya masuk zon larangan akibat GPS rosak, bukan sengaja.
    """),
    "en": _lines("""
        Booking confirmation for Mr Jonathan Tay Wei Ming, NRIC S8123457D, mobile +65 9173 2846: 2-day jigging trip to Pulau Aur from Mersing on 19 Dec 2026, 4 anglers, balance SGD 640 due on arrival.
        Incident report: passenger Emily Hart (British, passport 553918274) slipped on deck and fractured her wrist on the Langkawi sunset cruise on 2 Nov; taken to Hospital Sultanah Maliha.
        Hi team, please refund the deposit to my OCBC account 557-318094-001, name Marcus Goh. I had to cancel because my wife was admitted to hospital.
        Crew evaluation, deckhand Arif Budiman bin Yahya: late twice this month and found asleep on watch during the 22 Nov night trip. Final warning issued 25/11.
        Member directory: Capt. Richard Lourdes (retired), Berth E-02, yacht Serenity, home 27 Jalan Kelisa 4, Taman Desa Harmoni, 81100 Johor Bahru, tel 07-354 8821.
        Overseas booking: Ms Zhou Xiaoyan, PRC resident ID 440304198807123424, WeChat zxy_diaoyu88, squid jigging trip for 2 on 12 Apr 2027.
        Tips for skipper Hamid bin Osman can go straight to his Public Bank account 4485722131, he says thanks guys!
        Dear Sir, I, Kenneth Chua, was charged a RM600 fuel surcharge twice for the 15 Nov trip (invoice INV/BSC/2026/00877). My card ending 8925 shows both charges.
        Medical declaration | Name: ANTHONY DE SOUZA | Age: 58 | Conditions: type 2 diabetes, on insulin | Emergency contact: wife Marie De Souza, 012-601 4387
        Angler registration, Park Ji-hoon, FIN G5512378R, staying at Puteri Harbour, joins the Saturday popping trip; allergic to shellfish.
    """),
    "mixed": _lines("""
        Bro Kelvin Ng, deposit RM400 you dah transfer ke belum? Tekong tanya sebab slot Sabtu tinggal 1 je.
        Eh si Faiz Hazwan yang kerja Petronas Kerteh tu kena tahan APMM semalam sebab bawak bot tak ada lesen, kena kompaun RM2k.
        Guys, Uncle Tan Ah Beng (owner bot Ah Beng Jaya, Jeti Sekinchan) masuk ICU HTAR Klang, heart attack masa tarik ikan pari. Pray for him.
        Pls save no. Azrul Hisham tekong baru 012-913 5507, trip Pulau Pangkor dia handle start next week.
        Booking slot Ahad: 1) Ijat 017-442 9081 2) Wei Jie 016-558 2093 3) Prakash 014-220 7736 4) Zul Kerteh (paid cash)
        Update: krew kita Muhammad Syafiq bin Nasir dah discharge dari Hospital Kemaman, 6 jahitan kat kepala, MC 2 minggu.
        FYI mamat yang curi GPS dari bot kita tu Shahrul Nizam bin Abu Bakar, IC 960512-06-5187, polis dah tangkap kat Kuantan.
        Pakcik Yusof Kamal yang jaga jeti malam Marina Kuala Terengganu minta cuti seminggu sebab nak jaga wife dia lepas operation.
        Transfer sini ya untuk sewa bot Sabtu: Bank Islam 1301 2020 1573 48 a/n Roslan bin Hamzah. Thanks!
        Tadi jumpa Jason Lim Wei Kiat kat jeti, yang bot dia langgar tukun bulan lepas tu, still belum bayar ganti rugi RM7k kat owner bot sewa.
        My email for the booking receipt: nurulhuda.fishing@yahoo.com, nama Nurul Huda binti Kassim, trip 2 pax 27 Dis.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu tempahan untuk Bayu Samudera Charters. Jawab dalam Bahasa Melayu.",
        ),
        ("user", "Saya nak tempah trip full day 20 Dis untuk 5 orang, ada slot lagi?"),
        (
            "assistant",
            "Ada, masih tinggal satu bot untuk 20 Disember. Boleh berikan nama penuh dan nombor telefon untuk tempahan?",
        ),
        (
            "user",
            "Nama Hairul Nizam bin Tajudin, 019-334 8826. IC 830611-01-5327 kalau perlu untuk manifest.",
        ),
    ],
    [
        (
            "user",
            "Tolong draf surat tuntutan insurans. Bot saya Sri Wangi terlanggar batang kayu hanyut di Sungai Perak pada 12 Nov. Nama saya Chandran a/l Perumal, polisi MAR-PV-2026-003318.",
        ),
        (
            "assistant",
            "Tuan, saya ingin mengemukakan tuntutan di bawah polisi MAR-PV-2026-003318 berhubung kerosakan bot Sri Wangi akibat perlanggaran dengan kayu hanyut di Sungai Perak pada 12 November 2026. Bersama ini disertakan gambar kerosakan dan anggaran kos pembaikan.",
        ),
        (
            "user",
            "Tambah juga, anak saya Vikram cedera di dahi dan dapat 4 jahitan di Hospital Teluk Intan.",
        ),
    ],
    [
        (
            "user",
            "I run a small charter in Lumut. One of my deckhands, Haris Fadzil bin Kamal, keeps turning up drunk for the 6am trips. How do I write a warning letter?",
        ),
        (
            "assistant",
            "A warning letter should state the dates of each incident, the rule that was broken, what improvement you expect, and the consequence if it happens again. Keep it factual and ask him to sign a copy.",
        ),
        (
            "user",
            "He also crashed the dinghy into the jetty last Friday, about RM1,200 damage. Please put that in too.",
        ),
    ],
    [
        ("user", "can help me check my booking? ref BK-26-118734"),
        ("assistant", "Sure, may I have the name and phone number used for the booking?"),
        (
            "user",
            "Lau Kok Wai, phone 012-687 3305. I paid by FPX already but never get the confirmation sms",
        ),
    ],
    [
        (
            "user",
            "Tolong ringkaskan laporan ni: Pada 3 Dis 2026, tekong Ismail bin Daud, 54 tahun, dari Kampung Pulau Duyong, jatuh dari bot ketika menarik sauh berhampiran Pulau Kapas dan ditemui selamat 9 jam kemudian oleh bot nelayan, mengalami hipotermia dan dirawat di Hospital Sultanah Nur Zahirah.",
        ),
        (
            "assistant",
            "Ringkasan: Seorang tekong berusia 54 tahun jatuh ke laut dekat Pulau Kapas pada 3 Dis 2026, ditemui selamat selepas 9 jam dan dirawat kerana hipotermia.",
        ),
    ],
    [
        (
            "system",
            "You are the front-desk assistant of a marina. Update member records when asked.",
        ),
        (
            "user",
            "Saya ahli marina petak B-09. Nak tukar alamat surat-menyurat ke No. 7, Lorong Nelayan 2, Taman Sri Pantai, 26100 Kuantan. Nama: Nor Aisyah binti Salleh.",
        ),
        (
            "assistant",
            "Baik Puan Nor Aisyah, alamat baharu untuk petak B-09 telah direkodkan. Invois sewa petak seterusnya akan dihantar ke alamat tersebut.",
        ),
    ],
    [
        ("user", "What should I pack for a 2-day trip to Pulau Tenggol?"),
        (
            "assistant",
            "Pack sun protection, a hat, light long-sleeved clothes, seasickness tablets, a headlamp, spare leaders and jigs, a dry bag and enough drinking water.",
        ),
        (
            "user",
            "Also my buddy Kamarul Ariffin bin Mokhtar has a pacemaker and I'm diabetic, any issue with the long boat ride or the fish finder?",
        ),
    ],
    [
        (
            "user",
            "Tolong format jadual krew minggu depan: Isnin Azri & Bala, Selasa Azri & Ah Keong, Rabu Ah Keong sorang sebab Bala (Balakrishnan a/l Gopal) cuti bawa mak dia pergi dialisis, Khamis semua.",
        ),
        (
            "assistant",
            "Isnin: Azri, Bala | Selasa: Azri, Ah Keong | Rabu: Ah Keong (Bala cuti) | Khamis: semua krew",
        ),
    ],
    [
        (
            "user",
            "Translate to English: Encik Wong Siew Fatt, bot encik (No. pendaftaran PKFB 3390) masih berada di slipway kami sejak Ogos. Caj simpanan tertunggak RM4,350. Sila jelaskan sebelum 31 Dis atau bot akan dilelong.",
        ),
        (
            "assistant",
            "Mr Wong Siew Fatt, your boat (registration PKFB 3390) has been on our slipway since August. Outstanding storage charges are RM4,350. Please settle them before 31 Dec or the boat will be auctioned.",
        ),
    ],
    [
        (
            "user",
            "Ada sorang pelanggan, Sarah Nabila binti Rashid, nak refund. Dia bayar guna Mastercard 5264 7303 1871 3023, tapi trip cancel sebab cuaca.",
        ),
        (
            "assistant",
            "Untuk pembatalan akibat cuaca, pilih tempahan dalam sistem, klik Batal > Sebab: Cuaca, kemudian Refund Penuh. Bayaran balik ke kad biasanya mengambil 7-14 hari bekerja.",
        ),
        ("user", "Ok done. Dia minta resit dihantar ke sarahnabila.r@gmail.com juga."),
    ],
]
