# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms156: taman tema, zoo dan tarikan pelancongan di Malaysia (tiket, pas tahunan, kemalangan pelawat, barang hilang, kanak-kanak sesat, pekerja, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms156
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pengunjung"): _lines("""
        NOTIS: Kolam Ombak Tsunami ditutup sementara pada 14–16 Januari 2027 untuk kerja penyelenggaraan pam. Gelongsor lain beroperasi seperti biasa, 10:00 pg hingga 6:00 ptg.
        Kanak-kanak di bawah 122 cm mesti ditemani dewasa di semua tarikan air. Jaket keselamatan dipinjamkan percuma di Kaunter Pelampung berhampiran Pintu Masuk B.
        Pengunjung yang kehilangan barang sila ke Kaunter Khidmat Pelanggan di Lobi Utama atau hubungi talian 03-4108 3422 (Isnin–Ahad, 9:30 pg–7:00 ptg).
        Dilarang membawa makanan dari luar, dron, kayu swafoto dan minuman beralkohol ke dalam taman. Beg akan diperiksa di pintu masuk oleh pegawai keselamatan.
        Waktu makan haiwan di Zoo Negara: gajah 11:00 pg, harimau Malaya 2:30 ptg, penguin 3:30 ptg. Sila berdiri di belakang garisan kuning semasa sesi.
        Persembahan Anjing Laut di Amfiteater ditunda ke 4:15 ptg hari ini disebabkan cuaca buruk. Pihak pengurusan memohon maaf atas segala kesulitan.
        Jika anak anda sesat, terus maklumkan kepada mana-mana kakitangan berbaju oren. Kod Kuning akan diumumkan dan semua pintu keluar dipantau serta-merta.
        Pas Tahunan 2027 boleh diperbaharui secara dalam talian di portal rasmi mulai 1 Disember. Diskaun 15% untuk pembaharuan sebelum 31 Disember 2026.
        Amaran kilat: semua tarikan luar dihentikan apabila siren berbunyi. Sila berlindung di Dewan Selera atau terowong pejalan kaki sehingga diberitahu.
        Surau lelaki dan wanita terletak di sebelah Zon Afrika, bersebelahan tandas OKU. Bilik menyusu disediakan di Aras 1, Bangunan Pentadbiran.
        Pelawat warganegara Malaysia perlu menunjukkan MyKad atau MyKid di kaunter untuk harga tempatan. Pelajar IPT sila tunjukkan kad matrik yang sah.
        Parkir P2 penuh. Sila guna Parkir P4 (Jalan Ulu Kelang), bas ulang-alik percuma setiap 15 minit dari 9:00 pg hingga 6:30 ptg.
        Tarikan Panda Hutan Bambu ditutup setiap Isnin untuk pemeriksaan veterinar. Pas Tahunan yang terjejas tidak akan dilanjutkan bagi penutupan berjadual ini.
    """),
    ("en", "faq"): _lines("""
        Q: Can I re-enter the park on the same day? A: Yes, get your hand stamped at Gate A before leaving. Re-entry is allowed until 5:00 pm only.
        Q: Is the Annual Pass transferable? A: No. Each Annual Pass is registered to one holder and verified with a photo at the turnstile on every visit.
        Q: What if it rains? A: Outdoor rides may close during lightning alerts. Tickets are not refundable, but you may request a Rain Check voucher at Guest Services on the same day.
        Q: How do I report lost property? A: Use the Lost & Found form on our website or call the Guest Services hotline at +60 7-509 6620 between 10 am and 6 pm.
        Q: Are strollers available? A: Single strollers cost RM25 and double strollers RM40 per day, with a RM50 refundable deposit, at the Rental Kiosk beside the Main Entrance.
        Q: Do you have a first-aid station? A: Yes, the First Aid Centre is next to the Dragon Coaster queue and is staffed by registered nurses from 10:00 to 18:00 daily.
        Q: Who is Santa Lucia? A: Santa Lucia is our parade float princess, a character created for the Winter Festival 2026. Meet-and-greet is at 3 pm at Castle Square.
        Q: Can I bring my own float? A: Inflatables larger than 60 cm are not permitted in the wave pool. Swim rings for children under 5 are allowed in Kiddy Splash only.
        Q: Is the zoo wheelchair friendly? A: Most paths are paved, and wheelchairs can be borrowed free at the Information Counter, subject to availability.
        Q: Where can I see the pandas? A: The Giant Panda Conservation Centre opens 10:00–12:30 and 14:00–16:30, last entry 30 minutes before closing. No flash photography.
        Q: Are tickets cheaper online? A: Yes, online tickets booked at least 3 days ahead save up to 20%. Promo code SCHOOLHOLS27 is valid until 15 March 2027.
        Q: Is there a locker? A: Cashless lockers at Block C cost RM15 (small) or RM25 (large) per day and open with your wristband. A lost wristband incurs a RM50 fee.
        Q: Can I hold a birthday party? A: Yes, packages start from RM899 for 10 children. Email events@splashmania.com.my or WhatsApp +60 12-300 4455 during office hours.
    """),
    ("ms", "log_sistem_dan_konfigurasi"): _lines("""
        2026-12-05T10:14:22+08:00 INFO gate-turnstile-07 imbasan OK ticket=TKT-20261205-004812 jenis=DEWASA zon=PINTU_A latency_ms=184
        2026-12-05T10:15:03+08:00 WARN gate-turnstile-03 QR tamat tempoh ticket=TKT-20261128-001937 action=REJECT reason=EXPIRED_DATE
        [pos-fnb-12] 2026-12-05 12:41:07 jualan #INV-FNB-88213 jumlah=RM47.80 kaedah=DuitNow_QR terminal=KIOSK-ZONA-B status=BERJAYA
        config: annual_pass.renew_window_days: 30 / annual_pass.grace_period_days: 7 / annual_pass.max_guest_tickets: 4 / currency: MYR
        cron[lostfound-sync] 02:00 MYT: 37 rekod barang hilang dieksport ke gudang data, 5 rekod ditanda DITUNTUT, 0 ralat, tempoh 4.2 s.
        ERROR ride-ctrl roller_coaster_2 sensor_brake_3 bacaan di luar julat (4.8 bar > 4.5 bar); tarikan dihentikan automatik pada 15:22:41.
        payment-gw callback txn_id=MY2026120500087341 merchant=ZOO-TPG-001 amount=2400 currency=MYR status=SETTLED fpx_bank=MBB0228
        SELECT jenis_tiket, COUNT(*) FROM tiket WHERE tarikh_lawatan = '2026-12-05' AND saluran = 'ONLINE' GROUP BY jenis_tiket;
        incident_id=INC-2026-0457 kategori=KEMALANGAN_RINGAN lokasi=Zon_Air_Lazy_River tahap=1 dilaporkan_oleh=LIFEGUARD_POS_4 status=DITUTUP
        app-version=3.12.0 build=4521 commit=9f3c2ab7e1d04f6b platform=android min_sdk=26 release_channel=production region=MY
        weather-alert: MetMalaysia amaran ribut petir tahap KUNING untuk daerah Gombak 14:00–17:00; ride_outdoor.auto_pause=true
        Kod Kuning dicetuskan 11:32 oleh PA-CONSOLE-1 zon=PLAZA_UTAMA; pintu_keluar=[A,B,C] dikunci_sementara; dibatalkan 11:47 status=SELESAI
        sms_gateway sender_id=ZOOMY template=TIKET_PENGESAHAN length=142 parts=1 queued=1832 sent=1829 failed=3 provider=vendor_b
    """),
    ("mixed", "chat_staf_whatsapp"): _lines("""
        [09:02] Supervisor Shift A: Morning all, hari ni ada 3 bas sekolah dari Johor masuk 10am, counter 4 and 5 please standby ya.
        [09:15] Kaunter 2: Printer tiket jam lagi lah, dah call IT ext 2231, they say 15 min sampai. Guna manual wristband dulu.
        [10:40] Lifeguard Pos 3: Wave pool red flag now, mesin ombak stuck level 4. Tech team on the way, jangan bagi orang masuk dulu.
        [11:05] Admin F&B: Stock ayam goreng Kiosk B habis, lori supplier sampai 1pm. Tolong tukar menu board jadi "Nasi Lemak Special" dulu.
        [12:30] Security Gate B: Parking P2 full already, I redirect ke P4. Shuttle bas no. 3 rosak, can anyone confirm spare bus?
        [13:10] HR Office: Reminder, borang OT bulan November kena submit sebelum 10 Dis, portal HRMS only, no more paper form ok.
        [14:20] Zookeeper Zon Asia: Tapir baru makan ubat, looks ok. Kandang tutup for visitor 30 min, tolong update signage kat depan.
        [15:00] Ops Manager: Lost & Found hari ni dah 12 item, mostly handphone and water bottle. Log semua dalam sistem before 6pm tau.
        [15:45] Kaunter Info: Pengumuman Kod Kuning dah selesai, budak tu dah jumpa family at Carousel. Good job semua, response 9 minit!
        [16:30] Maintenance: Roller coaster 2 brake sensor dah tukar, test run 5 kali all pass. Boleh open balik 16:45.
        [17:10] Marketing: Poster Mega Sale Pas Tahunan dah upload ke shared drive folder /2027/Promo, tolong check typo sebelum print.
        [18:05] Supervisor Shift B: Closing count, walk-in 1,842, online 3,117, annual pass 604. Total 5,563 pax, highest this month!
        [18:30] Cleaning Team Lead: Tandas Zon Afrika blocked lagi, plumber kontrak datang esok 8am. Letak sign "Rosak" dulu ya.
    """),
    ("ms", "senarai_harga"): _lines("""
        Tiket Masuk (MyKad): Dewasa RM56.00, Kanak-kanak 3–12 tahun RM26.00, Warga Emas 60+ RM26.00, OKU percuma dengan kad OKU yang sah.
        Tiket Warga Asing: Dewasa RM85.00, Kanak-kanak RM45.00. Harga termasuk SST 8% dan caj perkhidmatan tarikan, tiada bayaran tersembunyi.
        Pas Tahunan Keluarga (2 dewasa + 3 kanak-kanak): RM699 setahun, termasuk diskaun makanan 10% dan parkir percuma sepanjang tahun.
        Sewa Loker: Kecil RM10, Sederhana RM15, Besar RM25 sehari. Deposit gelang RFID RM20, dipulangkan semasa keluar di Pintu C.
        Pakej Sekolah (minimum 30 pelajar): RM18 seorang, 2 guru pengiring percuma bagi setiap 30 pelajar. Tempahan 14 hari lebih awal.
        Tram Safari keliling zoo: RM6 dewasa, RM4 kanak-kanak, pusingan 25 minit, bertolak setiap 20 minit dari Stesen Tram Utama.
        Foto Kenangan di Gerbang Dinosaur (cetakan 4R + salinan digital): RM35 sekeping, RM60 untuk dua. Ambil di kiosk foto sebelum 6 ptg.
        Menu Kiosk Zona B: Nasi Lemak Ayam RM12.90, Mee Goreng Mamak RM9.90, Air Sirap Bandung RM4.50, Aiskrim Potong RM2.50.
        Parkir: Kereta RM5 sekali masuk, Motosikal RM2, Bas RM20. Bayaran melalui Touch 'n Go atau DuitNow sahaja, tiada tunai.
        Kombo Genting SkyWorlds + Skytropolis: RM158 dewasa, RM128 kanak-kanak. Sah 30 hari dari tarikh pembelian, satu kemasukan setiap taman.
        Caj penggantian gelang RFID hilang: RM50. Caj penggantian kad Pas Tahunan rosak atau hilang: RM30, tertakluk kepada pengesahan di kaunter.
        Sewa kerusi roda percuma (deposit RM100), kereta sorong bayi RM15 sehari, skuter mobiliti elektrik RM40 sejam, tertakluk kepada ketersediaan.
        Pakej Hari Jadi Gold (15 tetamu): RM1,299 termasuk dewan berhias 3 jam, kek 2 kg, maskot Kiki Si Monyet dan beg cenderamata.
    """),
    ("en", "news_and_history"): _lines("""
        Zoo Negara was officially opened on 14 November 1963 by Tunku Abdul Rahman, Malaysia's first Prime Minister, on a site in Ulu Klang.
        The giant pandas Xing Xing and Liang Liang arrived at Zoo Negara from China in May 2014 on a 10-year loan marking 40 years of diplomatic ties.
        Legoland Malaysia Resort in Iskandar Puteri opened in September 2012 as the first Legoland park in Asia, anchoring Johor's tourism push.
        Sunway Lost World of Tambun near Ipoh is part of Sunway Group, the conglomerate founded by Tan Sri Jeffrey Cheah, and is known for its hot springs.
        Tourism, Arts and Culture Minister Tiong King Sing has described theme parks and zoos as key draws for the Visit Malaysia 2026 campaign.
        Film buffs visiting Ipoh often ask about Michelle Yeoh, the Ipoh-born actress who won the Best Actress Oscar in 2023 for Everything Everywhere All at Once.
        The first Visit Malaysia Year was launched in 1990 under then Prime Minister Mahathir Mohamad, promoting the country as a year-round festival destination.
        Taiping Zoo, opened in 1961, is Malaysia's oldest zoo and sits beside the Taiping Lake Gardens, laid out in 1880 on a former tin mining site.
        The A Famosa gate in Melaka, the remnant of a fortress built by the Portuguese under Afonso de Albuquerque in 1511, remains free to visit.
        Ticket sales for the Mat Kilau themed escape room rose after the 2022 film about the Pahang warrior became one of Malaysia's top-grossing local releases.
        Primatologist Jane Goodall's book The Chimpanzees I Love is stocked at the zoo gift shop beside plush orangutans and a children's atlas of Borneo.
        P. Ramlee classics such as Ali Baba Bujang Lapok are screened nightly at the open-air cinema in the heritage zone, with free entry for pass holders.
        Genting SkyWorlds opened in February 2022 after years of delays, with zones themed on Hollywood films such as Ice Age and Night at the Museum.
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        ★★★★☆ Escape Penang memang best for adrenaline junkie, but queue untuk flying fox panjang gila time cuti sekolah. Bawa air sendiri ya.
        ★★★☆☆ Aquaria KLCC okay la, tunnel shark tu cantik, tapi harga foreigner agak mahal. Gift shop pun overpriced, RM39 for a keychain.
        ★★★★★ Staff kat Zoo Taiping sangat helpful, Night Safari best gila, anak-anak suka tengok harimau makan. Will come again!
        ★★☆☆☆ Restoran Kak Yah Corner dalam taman tu lambat sangat, tunggu 40 min untuk mee goreng. Food ok tapi service needs improvement.
        ★★★★☆ Desa Waterpark kecik sikit but clean, sesuai untuk family dengan budak kecik. Parking senang, weekday tak ramai orang.
        ★☆☆☆☆ Booked through the app, QR tak boleh scan at gate, kena beratur semula kat counter 45 minit. Please fix your system la!
        ★★★★★ Uncle Lim's Durian Stall dekat pintu keluar Tambun tu sedap, Musang King RM55/kg, fair price. Recommended lepas mandi hot spring.
        ★★★☆☆ Mines Wonderland snow house sejuk betul, bawa jacket. Tapi banyak ride dah lama, cat pun dah pudar, perlu upgrade.
        ★★★★☆ KL Bird Park paling best masa feeding time hornbill, 12:30pm. Walking distance dari Muzium Negara, boleh combine satu hari.
        ★★★★☆ Genting SkyWorlds theme Hollywood-style, the Ice Age ride memang fun for kids. Cuaca sejuk, bawa sweater tau.
        ★★☆☆☆ Loker dekat Bukit Gambang rosak, gelang RFID tak function, staff cakap tunggu technician. Wasted 30 min of our holiday.
        ★★★★★ Restoran Ikan Bakar Pak Man depan Zoo Melaka, ikan fresh dan harga berpatutan. Kedai dah buka sejak 1998, parking luas.
        ★★★★☆ Farm In The City Seri Kembangan great for toddlers, boleh bagi makan arnab dan kura-kura. Tiket mahal sikit tapi worth it.
    """),
    ("ms", "invois_dan_rekod_perniagaan"): _lines("""
        INVOIS No. INV-2026-11-0384 | Pembekal: Syarikat Makanan Haiwan Sentosa Sdn. Bhd. (201401023456) | 500 kg pelet herbivor @ RM4.20/kg | Jumlah RM2,100.00
        Bil No. 00457 dari Ah Seng Pump Service Enterprise (SA0123456-X), Jalan Perusahaan 3, Taman Perindustrian Ulu Klang: baiki pam kolam ombak, RM3,850.
        Nota Kredit CN-2026-0091 kepada Agensi Pelancongan Cuti Ceria Sdn Bhd: pemulangan 42 tiket kumpulan yang dibatalkan akibat banjir, RM1,764.00.
        Pesanan Belian PO/ZN/2026/1172: 2,000 unit gelang RFID model WB-13.56-S, harga seunit RM3.10, penghantaran ke Stor Pusat, Zoo Negara, Hulu Kelang.
        Resit Rasmi No. 2026-TPG-05521 | Tiket kumpulan SK Taman Kamunting, 64 murid + 4 guru | RM1,152.00 | Dibayar melalui FPX, 03/12/2026.
        Caj SST 8% (No. Pendaftaran SST: W10-1808-32001234) dikenakan ke atas perkhidmatan sewaan tarikan mengikut Akta Cukai Perkhidmatan 2018.
        Tracking Pos Laju EP123456789MY: 50 unit patung panda cenderamata dari Kilang Mainan Sinar Jaya, Batu Pahat, dijangka tiba 9 Dis 2026.
        e-Invois LHDN UUID 7f3a9c2e-41b8-4d0a-9e6f-2c1b5a8d0e44, TIN syarikat C21234567080, status Disahkan pada 05/12/2026 14:32.
        Sebut Harga QT-0456: Sewaan 3 maskot (Kiki Si Monyet, Pak Belang, Puteri Penyu) untuk Karnival Cuti Sekolah, 5 hari, RM4,500 tidak termasuk pengangkutan.
        Akaun bank korporat untuk bayaran pembekal: Maybank, nama akaun Taman Rekreasi Lembah Hijau Sdn Bhd, no. akaun 5123 4567 8901.
        Penyata Kutipan Harian 05/12/2026: Tunai RM12,480.50, Kad RM38,912.00, e-Dompet RM21,307.40, Jumlah RM72,699.90; disemak Unit Kewangan.
        Invois INV-SVC-7781 daripada Pest Control Pro Sdn Bhd (199901012345): rawatan anai-anai Zon Reptilia, 3 lawatan, RM2,460 termasuk SST.
        Kontrak penyelenggaraan lif dan eskalator No. KT/2026/044 dengan Syarikat Lif Jaya Sdn Bhd, tempoh 1 Jan 2027 hingga 31 Dis 2029, nilai RM186,000.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Laporan kanak-kanak sesat: Nur Aisyah binti Kamarul, 6 tahun, baju kurung merah jambu, ditemui di Carousel 3:15 ptg; ibunya Puan Rohana boleh dihubungi di 013-448 2917.
        Pas Tahunan PT-2027-018842 atas nama Mohd Hafizuddin bin Zainal, MyKad 880412-10-5573, sah hingga 31/12/2027.
        Borang kemalangan: pelawat Encik Tan Wei Keat (MyKad 790925-07-5211) tergelincir di tepi kolam ombak, lutut kiri terseliuh, dihantar ke Hospital Ampang dengan ambulans.
        Kak Zura dari kaunter tiket dah tiga bulan tak bayar ansuran kereta, bank dah hantar surat tuntutan, dia minta pendahuluan gaji RM2,000 dari HR.
        Barang hilang: dompet coklat berisi MyKad atas nama Siti Hajar binti Osman, alamat No. 27, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves.
        Penjaga zoo Rosli bin Hamid disahkan menghidap tibi oleh Klinik Kesihatan Ampang, cuti sakit 14 hari, rakan sekerja di Zon Asia perlu saringan.
        Sila pulangkan deposit RM100 ke akaun Maybank 1640 2287 5519 milik Faridah binti Yusof, kerusi roda telah dipulangkan pada 4 Dis.
        Lifeguard Azlan (Pos 4) ditahan polis semalam atas kes dadah, tolong jangan share dalam group umum dulu sampai HR buat keputusan.
        Kenderaan pelawat WTA 5582 diparkir di laluan kecemasan P2, pemilik Encik Kumaresan a/l Rajoo sudah dihubungi di 016-772 0384.
        Guru pengiring Cikgu Norhayati dari SK Bandar Baru Selayang memaklumkan murid Muhammad Irfan, 9 tahun, alah teruk kepada kacang dan membawa EpiPen.
        Aduan: Puan Lee Mei Ling (lee.meiling82@gmail.com) mendakwa anaknya digigit monyet di Zon Primat dan menuntut pampasan RM5,000.
        No. 0174421098 ialah nombor pelawat yang tertinggal beg galas biru di Tram Safari, sila telefon semula selepas 5 petang.
        Slip gaji Nov 2026: Muhammad Danial bin Ismail, Juruteknik Tarikan Gred B, MyKad 950718-14-6025, gaji pokok RM2,850, potongan KWSP RM314, PERKESO RM14.25.
        Pekerja sambilan Ain (pelajar UiTM) mengandung 5 bulan, minta ditukar dari Zon Air ke kaunter cenderamata atas nasihat doktor.
        Ahli pas tahunan: Wong Kah Hoe, 20 Lorong Kenari 7, Bandar Puchong Jaya, 47100 Puchong, tel 012-659 3048, jenis Keluarga, bayaran ansuran 6 bulan.
        Supervisor Shift B, Encik Shahrul Nizam, sedang dalam proses cerai dan minta tidak dijadualkan syif hujung minggu kerana urusan hak jagaan anak.
        Rakaman CCTV 14:52 menunjukkan Haziq, 11 tahun, anak Puan Marlina, keluar Pintu B seorang diri; bapanya sedang dihubungi di 019-335 6721.
        Bayaran balik RM264 dikreditkan ke kad Visa berakhir 4471 atas nama Nurul Izzah binti Abdul Latif kerana tiket dibatalkan akibat banjir.
        Pemandu bas pelancong, Encik Ganesan, kena saman AES tiga kali bulan ini dan syarikat akan potong gajinya RM450 mulai Januari.
        Rekod Pusat Rawatan: Chong Li Ting, 34 tahun, asma, sesak nafas di Snow House, diberi nebulizer pada 11:20 pg dan dipantau 30 minit.
        MyKid 150603-14-0892, kanak-kanak ini ditemui menangis di tandas Zon Afrika, sila bawa ke Kaunter Info segera.
        Permohonan cuti: Siti Khadijah bt Ramli, no. pekerja ZN-04417, cuti bersalin 98 hari mulai 2 Jan 2027, salinan surat doktor sudah dihantar ke HR.
        Tuntutan insurans pelawat TK-2026-00893: Encik Arif Fadzil patah pergelangan tangan di litar Go-Kart, polisi takaful 3345-221-09, bil hospital RM7,842.
        Pekerja am warga Bangladesh, Md Rafiqul Islam, pasport BX0912345, permit kerja tamat 15 Jan 2027, majikan perlu perbaharui sebelum tarikh itu.
    """),
    "en": _lines("""
        Lost child report 14:05: Ethan Goh, 5, blue Spider-Man T-shirt, last seen near Dragon Coaster; mother Rachel Goh can be reached at +65 9123 4587.
        Annual Pass holder Priya Devi d/o Suresh, NRIC S8834521F, renewed on 3 Dec 2026 with a Visa card ending 9032.
        Incident: guest Daniel Ong Jun Hao slipped at the Lazy River exit, suspected fractured ankle; next of kin is his wife Michelle Tan, 012-884 1650.
        Our ticketing clerk Farah is drowning in debt from an online loan app and the ah longs have started calling the office line for her.
        Lost property claimed: iPhone 15, owner Jason Liew, verified with HKID K318472(5), collected at Guest Services on 6 Dec.
        Visitor complaint from Mrs Karen Yap, 22 Jalan SS2/64, Petaling Jaya, about her daughter being refused the Tornado ride at 118 cm.
        Staff medical note: Kevin Raj, ride operator, diagnosed with epilepsy, not to be rostered on high rides until cleared by his neurologist.
        Please send the Splash Zone photo package, order PHT-77120, to the guest at wendy.chua.sg@hotmail.com, she paid at the kiosk yesterday.
        Taiwanese visitor Chen Yu-Ting, ID A223456789, lost her passport near the monorail station; police report lodged at Balai Polis Dang Wangi.
        Night Safari transfer: Mr and Mrs Lim Boon Keat, 2 adults 1 child, car JQR 8821, pick-up at 41 Jalan Harmonium 23/5, Taman Desa Tebrau, Johor Bahru.
        Auntie Jenny, the volunteer at the petting farm, told us she was just diagnosed with breast cancer and will stop coming after this month.
        Salary dispute: Muthu a/l Krishnan says his November pay of RM1,950 was short by RM300 overtime; HR to pull his timecard.
        Visitor from Shenzhen, Zhang Haoran, PRC ID 440305199203154816, requested a refund of two Annual Passes bought by mistake.
    """),
    "mixed": _lines("""
        Bro, that guy from maintenance, Zul, kena warning letter sebab datang kerja mabuk semalam, HR dah call his wife.
        Eh tolong check, auntie Mary Tan tu annual pass dia expired dah, tapi dia insist renew guna old price. Her number 012-331 8847.
        Anyone nampak budak nama Aiden, 4 years old, baju kuning? Parents Kelvin and Joanne waiting at Info Counter, call 016-228 4490!
        Admin please note, Ms Nadia Rahman's MyKad 910815-08-6244 kena scan twice for the promo, system flagged as duplicate.
        2026-12-05,PT-2027-020311,Lau Chee Keong,821107-10-5339,chee.keong.lau@yahoo.com,012-770 4563,FAMILY,RM699,PAID
        Kak Ros cashier tu baru discharged from hospital after miscarriage, so jangan kacau dia pasal stock count this week ok.
        Guest Abang Jeff with plate VEB 4412 parked at OKU lot again, dah tiga kali kena tegur. Next time kita tow.
        Hi team, Encik Baharom dari Unit Kewangan ada hutang RM12k dengan koperasi, auto deduction dari gaji dia starting Jan.
        CCTV screenshot dah dapat: lelaki tu Raymond Cheong, 38, the one who fought with security at Gate B, police report DW/RPT/012345/26.
        Sis tolong WhatsApp saya kalau jumpa cincin emas arwah mak saya, hilang kat Wave Pool, nama saya Syafiqah, 011-2734 8890.
        陈先生 from Melaka called, his son 陈子轩 kena jellyfish sting at the wave pool, nak claim compensation, contact 012-656 3021.
        Manager cakap si Amin tu kena terminate sebab curi duit tiket RM3,400, polis dah ambil statement dia this morning.
        林太 tu regular annual pass holder, husband dia passed away last month, so tukar nama pass ke anak dia, Lim Jia Wen.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan Zoo Negara. Jawab dalam Bahasa Melayu dengan sopan dan ringkas.",
        ),
        (
            "user",
            "Tolong! Anak saya hilang dekat Zon Afrika. Nama dia Adam Haikal bin Roslan, umur 7, pakai baju Ultraman biru. Nombor saya 012-487 2290.",
        ),
        (
            "assistant",
            "Puan, sila bertenang. Terus maklumkan kepada kakitangan berbaju oren yang terdekat supaya Kod Kuning boleh diumumkan. Saya cadangkan puan tunggu di Kaunter Info berhampiran Zon Afrika.",
        ),
        ("user", "Ok saya dah jumpa staff. Boleh buatkan teks pengumuman?"),
        (
            "assistant",
            "Contoh: Perhatian, kami mencari kanak-kanak lelaki bernama Adam, 7 tahun, berbaju biru. Sesiapa yang menjumpainya sila bawa ke Kaunter Info Zon Afrika. Terima kasih.",
        ),
    ],
    [
        ("system", "You help the safety officer of a Malaysian water park write incident reports."),
        (
            "user",
            "Draft an incident report: guest Jonathan Teo Kai Ming, 41, NRIC S8123456D from Singapore, hit his head on the Vortex slide exit at 13:40, mild concussion, taken to Hospital Pakar Sultanah Fatimah.",
        ),
        (
            "assistant",
            "Incident Report INC-DRAFT: At 13:40, guest Jonathan Teo Kai Ming (41, Singapore NRIC S8123456D) sustained a head injury at the Vortex slide exit. First aid was given on site and he was transferred to Hospital Pakar Sultanah Fatimah with suspected mild concussion. Lifeguard statements and CCTV footage to be attached.",
        ),
        ("user", "Add that his wife Grace was with him and asked for the CCTV clip."),
        (
            "assistant",
            "Added: The guest was accompanied by his wife, Grace, who requested a copy of the CCTV footage. Request forwarded to Security for review under the park's data release procedure.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya HR kat theme park. Staff kitchen kami, Rizal bin Othman, baru disahkan Hepatitis A. Boleh ke dia kerja lagi or kena suspend?",
        ),
        (
            "assistant",
            "Untuk pengendali makanan yang disahkan Hepatitis A, biasanya dia perlu berhenti mengendalikan makanan sehingga doktor mengesahkan dia tidak lagi berjangkit. Ini cuti sakit, bukan tindakan disiplin, jadi jangan gantung dia. Pejabat Kesihatan Daerah juga mungkin perlu dimaklumkan.",
        ),
        ("user", "Ok noted. Can you draft a short memo to the F&B team tanpa sebut nama dia?"),
        (
            "assistant",
            "Memo: Seorang kakitangan F&B sedang bercuti sakit atas nasihat doktor. Sebagai langkah berjaga-jaga, semua kakitangan dapur diminta mencuci tangan dengan kerap dan mengikuti saringan kesihatan pada 9 Dis. Terima kasih atas kerjasama.",
        ),
    ],
    [
        (
            "system",
            "Rekod pelanggan: Nama: Norazlina binti Ahmad Tajudin; MyKad: 850214-01-6638; Pas Tahunan: PT-2026-007715 (Individu), tamat 31/12/2026; Telefon: 019-774 3105. Bantu pelanggan memperbaharui pas.",
        ),
        ("user", "Saya nak renew pas tahunan saya untuk 2027. Ada diskaun tak?"),
        (
            "assistant",
            "Puan Norazlina, pas PT-2026-007715 puan tamat pada 31/12/2026. Jika diperbaharui sebelum tarikh itu, puan layak mendapat diskaun 15%. Pautan pembayaran akan dihantar melalui SMS ke nombor 019-774 3105.",
        ),
        ("user", "Boleh tukar jadi pas keluarga? Suami saya Kamal dan dua anak."),
        (
            "assistant",
            "Boleh. Pas Keluarga berharga RM699 setahun. Sila sediakan nama penuh dan nombor MyKad atau MyKid bagi Encik Kamal dan anak-anak untuk didaftarkan.",
        ),
    ],
    [
        (
            "user",
            "I'm from Singapore, bought 4 tickets to Legoland for 20 Dec but my dad got admitted to SGH for a stroke. My name is Serene Koh, booking LM-88213-SG. Can I get a refund?",
        ),
        (
            "assistant",
            "I'm sorry to hear about your father. Most Malaysian theme parks don't refund dated tickets, but many allow a date change or a refund on medical grounds with supporting documents. I'd suggest contacting the park's Guest Services with your booking number and a hospital memo.",
        ),
        ("user", "Can you write the email for me? My mobile is +65 8234 9917."),
        (
            "assistant",
            "Subject: Refund Request for Booking LM-88213-SG. Dear Guest Services, I purchased 4 tickets for 20 December. My father was admitted to Singapore General Hospital after a stroke and we are unable to travel. I attach the hospital memo and ask for a refund or an open-dated change. Regards, Serene Koh, +65 8234 9917.",
        ),
    ],
    [
        (
            "system",
            "You summarise WhatsApp group chats for the operations manager of a Malaysian zoo.",
        ),
        (
            "user",
            "Summarise: [08:55] Hafiz: Aku MC hari ni, demam denggi, platelet rendah. [09:10] Supervisor: Ok Hafiz rest. Siapa boleh cover Zon Reptilia? [09:12] Mei Fen: I boleh tapi kena balik 3pm, anak I ada appointment Hospital Selayang. [09:20] Supervisor: ok thanks Mei Fen.",
        ),
        (
            "assistant",
            "Summary: Hafiz is on medical leave today with dengue fever and a low platelet count. Mei Fen will cover Zon Reptilia until 3 pm because of her child's hospital appointment at Hospital Selayang. Cover is still needed from 3 pm to closing.",
        ),
        (
            "user",
            "Thanks. Remove the medical details, I want to forward it to the whole department.",
        ),
        (
            "assistant",
            "Revised: One staff member is on leave today. Zon Reptilia is covered until 3 pm; a volunteer is needed from 3 pm to closing. Please reply to the supervisor if available.",
        ),
    ],
    [
        (
            "user",
            "Saya tertinggal beg tangan dekat Sunway Lagoon semalam. Dalam tu ada IC, kad ATM CIMB dan kunci rumah. Nama saya Jaslyn Ooi Pei Shan.",
        ),
        (
            "assistant",
            "Maaf mendengarnya. Sila hubungi Guest Services taman itu secepat mungkin dan berikan penerangan beg serta masa dan lokasi anggaran ia tertinggal. Untuk keselamatan, sekat kad ATM melalui talian CIMB dengan segera.",
        ),
        (
            "user",
            "Ok. Kalau jumpa boleh ke mereka pos ke rumah saya? Alamat 15-3A, Jalan PJU 1A/41, Ara Damansara, 47301 Petaling Jaya.",
        ),
        (
            "assistant",
            "Sesetengah taman boleh menghantar barang melalui kurier atas kos pelanggan, tetapi MyKad biasanya perlu dituntut sendiri atau diserahkan kepada polis. Sertakan alamat 15-3A, Jalan PJU 1A/41, Ara Damansara dalam e-mel tuntutan dan tanya sama ada penghantaran dibenarkan.",
        ),
    ],
    [
        (
            "system",
            "You assist the HR department of a Malaysian theme park with letters and policies.",
        ),
        (
            "user",
            "Write a first warning letter for Ride Operator Vincent Lee Chun Wai, staff no. TP-2291. He let a child below the 120 cm height limit ride Cyclone on 28 Nov.",
        ),
        (
            "assistant",
            "FIRST WARNING LETTER. To: Vincent Lee Chun Wai (Staff No. TP-2291), Ride Operator. On 28 November 2026 you allowed a child below the 120 cm height requirement to board Cyclone, breaching Ride Safety SOP 4.2. This is a first written warning. Any repeat may lead to further disciplinary action. Please attend refresher training on 10 December.",
        ),
        ("user", "Also mention he already has a verbal warning from October for being late."),
        (
            "assistant",
            "Added: This letter follows a verbal warning issued to you in October 2026 for repeated lateness. Please note that your disciplinary record will be reviewed at your next appraisal.",
        ),
    ],
    [
        (
            "user",
            "Boss suruh saya buat senarai tetamu VIP untuk majlis pelancaran tarikan baru. Nanti saya paste data, awak format jadi jadual ye.",
        ),
        (
            "assistant",
            "Boleh. Paste data dan nyatakan lajur yang diperlukan, contohnya nama, organisasi, telefon dan keperluan khas.",
        ),
        (
            "user",
            "Dato' Seri Harun (sponsor, 012-200 7781, kerusi roda), Puan Sri Lina Chew (isteri pengerusi, alergik udang, 016-330 9120), Encik Faizal Rahim (kontraktor, vegetarian).",
        ),
        (
            "assistant",
            "Jadual: 1) Dato' Seri Harun, Penaja, 012-200 7781, perlu akses kerusi roda. 2) Puan Sri Lina Chew, tetamu pengerusi, 016-330 9120, alahan udang. 3) Encik Faizal Rahim, Kontraktor, tiada nombor, menu vegetarian.",
        ),
    ],
    [
        ("system", "Anda membantu eksekutif tuntutan insurans sebuah taman tema di Pahang."),
        (
            "user",
            "Pelawat Mohd Syukri bin Abdullah, MyKad 760309-06-5147, jatuh dari tangga Skytrex dan patah tulang rusuk. Dia ada diabetes. Berapa lama biasanya tuntutan takaful pelawat diproses?",
        ),
        (
            "assistant",
            "Biasanya 14 hingga 30 hari bekerja selepas semua dokumen lengkap: borang tuntutan, laporan perubatan, resit hospital dan laporan insiden taman. Keadaan diabetes Encik Mohd Syukri mungkin perlu dinyatakan jika ia menjejaskan tempoh pemulihan.",
        ),
        (
            "user",
            "Dia minta bayaran masuk ke akaun Bank Islam 12045 01 887341. Boleh tulis e-mel kepada penanggung insurans?",
        ),
        (
            "assistant",
            "Tuan/Puan, kami mengemukakan tuntutan bagi pelawat Mohd Syukri bin Abdullah (MyKad 760309-06-5147) yang cedera di tarikan Skytrex. Dokumen sokongan dilampirkan. Pelawat memohon bayaran dikreditkan ke akaun Bank Islam 12045 01 887341. Sekian, terima kasih.",
        ),
    ],
]
