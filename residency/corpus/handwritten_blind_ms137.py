# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms137: kafe siber, pusat e-sukan dan kedai permainan video di Malaysia (keahlian, tempahan PC, pertandingan, pemain bawah umur, kecurian akaun, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms137
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Mulai 1 Januari 2027, pelanggan bawah 18 tahun tidak dibenarkan berada di premis selepas jam 11 malam mengikut syarat lesen Majlis Bandaraya Petaling Jaya.
        Perhatian semua pelanggan: PC zon VIP 21 hingga 30 akan ditutup pada 14/12/2026 dari 9 pagi hingga 1 petang untuk naik taraf kad grafik RTX 4070 Super.
        Dilarang merokok dan vape di dalam premis. Kompaun boleh dikenakan di bawah Akta Kawalan Produk Merokok bagi Kesihatan Awam 2024 (Akta 852).
        Kafe Siber Pak Mat Net, No. 12, Jalan SS2/61, 47300 Petaling Jaya — dibuka 24 jam kecuali Jumaat 12.15 tengah hari hingga 2.30 petang.
        Sila jaga barang berharga anda sendiri. Pihak pengurusan tidak bertanggungjawab atas kehilangan telefon, dompet atau beg yang ditinggalkan di meja PC.
        Untuk tempahan PC berkumpulan (5 orang ke atas), WhatsApp talian rasmi kedai di 011-5620 8841 sekurang-kurangnya 24 jam lebih awal.
        Akaun Steam, Riot dan Moonton di PC kedai akan log keluar automatik selepas 15 minit tanpa aktiviti. Jangan tandakan 'Remember me' di PC awam.
        Pertandingan MLBB Piala Raya Cyber Arena Seksyen 7 — pendaftaran pasukan dibuka sehingga 20 Mac 2027, yuran RM50 setiap pasukan, hadiah keseluruhan RM3,000.
        Makanan dari luar tidak dibenarkan. Maggi goreng, nasi lemak dan minuman boleh dipesan di kaunter atau melalui kod QR yang dilekatkan di setiap meja.
        Wi-Fi tetamu: CYBERZONE_GUEST, kata laluan ditukar setiap Isnin dan dipaparkan di papan kaunter. Kelajuan dihadkan 20 Mbps bagi setiap peranti.
        Kamera CCTV beroperasi 24 jam di semua kawasan kecuali tandas. Rakaman disimpan 30 hari dan hanya diserahkan kepada polis atas permintaan bertulis.
        Harga sejam naik RM0.50 mulai 1/2/2027 berikutan pelarasan tarif elektrik TNB. Pakej ahli bulanan yang dibeli sebelum tarikh itu tidak terjejas.
        Pelajar berpakaian seragam sekolah tidak dibenarkan masuk pada waktu persekolahan (7.30 pagi hingga 1.30 petang), Isnin hingga Jumaat.
    """),
    ("ms", "senarai_harga"): _lines("""
        Harga biasa: RM3.00 sejam (zon standard, i5-12400F, GTX 1660 Super, monitor 24 inci 144Hz). Harga ahli: RM2.50 sejam.
        Zon VIP: RM5.00 sejam — Ryzen 7 7800X3D, RTX 4070 Super, monitor 27 inci 240Hz, kerusi Secretlab TITAN Evo, headset HyperX Cloud II.
        Pakej Malam (12 tengah malam hingga 8 pagi): RM12 zon standard, RM20 zon VIP. Harga pakej tidak termasuk makanan dan minuman.
        Topup kredit: RM10 dapat RM11, RM30 dapat RM35, RM50 dapat RM60, RM100 dapat RM125. Kredit luput 180 hari selepas topup terakhir.
        Bilik streaming persendirian (4 PC + webcam Logitech Brio + mikrofon Shure MV7): RM35 sejam, tempahan minimum 2 jam.
        Maggi goreng telur mata RM6.50 | Nasi lemak ayam goreng RM8.90 | Milo ais RM3.50 | Teh tarik RM2.80 | Red Bull tin RM5.50
        Cetak hitam putih A4 RM0.20 sehelai, warna RM1.00 sehelai, imbas ke e-mel RM0.50 sehelai, laminate saiz A4 RM2.00.
        Konsol PS5 dengan TV 55 inci: RM10 sejam untuk 2 pemain, RM14 untuk 4 pemain. Permainan: EA Sports FC 25, Tekken 8, Mortal Kombat 1.
        Simulator lumba (Logitech G923 + kerusi Playseat Challenge): RM8 setiap 30 minit. Gran Turismo 7 dan Assetto Corsa Competizione.
        Sewa premis untuk majlis hari jadi atau LAN party syarikat: mulai RM450 untuk 20 PC selama 3 jam, termasuk seorang juruteknik bertugas.
        Servis PC: cuci dan tukar thermal paste RM45, pasang semula Windows 11 RM60. Harap maaf, pemulihan akaun media sosial tidak ditawarkan.
        Kad prabayar: Steam Wallet RM50 = RM52, Garena Shells 330 = RM33, Diamond MLBB 257 = RM19.90, Genesis Crystal 980 = RM69.90.
        Semua harga termasuk SST 8% atas perkhidmatan. No. Pendaftaran SST: W10-2302-32001457. Resit rasmi boleh diminta di kaunter.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Perlukah saya bawa MyKad untuk daftar ahli? J: Ya, kad pengenalan asal diperlukan untuk pengesahan umur sahaja; kami tidak menyimpan salinan kad.
        S: Bolehkah anak saya yang berumur 12 tahun bermain di sini? J: Boleh jika ditemani ibu bapa atau penjaga dewasa sepanjang masa dan sebelum jam 10 malam.
        S: Akaun game saya dicuri selepas guna PC kedai. Apa perlu buat? J: Tukar kata laluan serta-merta, aktifkan 2FA dan buat laporan di balai polis berdekatan.
        S: Bagaimana mahu tempah PC? J: Tempah melalui aplikasi CyberZone MY atau WhatsApp 011-5620 8841; tempahan dipegang 15 minit selepas waktu mula.
        S: Adakah kredit boleh digunakan di cawangan lain? J: Ya, kredit ahli sah di semua 7 cawangan CyberZone di Lembah Klang dan Johor Bahru.
        S: Bolehkah saya guna tetikus dan papan kekunci sendiri? J: Boleh, pasang di port USB hadapan. Perisian pemacu tidak boleh dipasang tanpa kebenaran juruteknik.
        S: Apa jadi jika saya tertinggal barang? J: Barang disimpan di kaunter selama 14 hari. Selepas itu diserahkan kepada badan kebajikan atau dilupuskan.
        S: Adakah kedai ini mematuhi PDPA? J: Ya, kami tertakluk kepada Akta Perlindungan Data Peribadi 2010. Pertanyaan boleh dihantar ke pdpa@cyberzone.com.my.
        S: Kenapa PC saya log keluar sendiri? J: Sesi tamat apabila baki kredit sifar. Topup di kaunter atau melalui DuitNow QR sebelum baki habis.
        S: Adakah diskaun pelajar disediakan? J: Ada, 20% untuk pelajar IPT dengan kad matrik yang sah, Isnin hingga Khamis sebelum 6 petang.
        S: Boleh bayar guna Touch 'n Go eWallet? J: Boleh. Kami terima TNG eWallet, GrabPay, Boost, ShopeePay, kad debit dan tunai.
        S: Siapa boleh sertai kumpulan WhatsApp komuniti? J: Semua ahli berumur 13 tahun ke atas. Pautan jemputan ada di kaunter; admin akan keluarkan ahli yang spam.
        S: Adakah game cetak rompak dipasang? J: Tidak. Semua permainan berlesen melalui Steam, Epic Games dan Riot Client, diurus menggunakan ggLeap.
    """),
    ("ms", "berita_dan_sejarah_esukan"): _lines("""
        Kejohanan The International pertama pada 2011 di Cologne dimenangi pasukan Natus Vincere, dengan hadiah utama sebanyak USD1 juta.
        Pasukan Malaysia Orange Esports menamatkan saingan di tempat ketiga pada The International 2013 di Seattle, pencapaian yang masih dikenang peminat Dota 2 tempatan.
        Belanjawan 2019 memperuntukkan RM10 juta untuk pembangunan e-sukan, diumumkan ketika Syed Saddiq Syed Abdul Rahman menjadi Menteri Belia dan Sukan.
        Khairy Jamaluddin, Menteri Belia dan Sukan dari 2013 hingga 2018, sering menyebut e-sukan sebagai peluang kerjaya baharu untuk anak muda.
        Sukan SEA 2019 di Filipina menjadi temasya pertama yang mempertandingkan e-sukan sebagai acara pingat rasmi, termasuk Mobile Legends dan Dota 2.
        Sukan Asia Hangzhou, yang berlangsung pada 2023, menyenaraikan e-sukan sebagai acara pingat buat kali pertama dalam sejarah temasya itu.
        Mobile Legends: Bang Bang dibangunkan oleh syarikat Moonton yang berpangkalan di Shanghai dan dilancarkan pada tahun 2016.
        Counter-Strike asalnya mod permainan Half-Life yang dicipta oleh Minh Le dan Jess Cliffe pada 1999, sebelum dibeli oleh Valve.
        Shigeru Miyamoto, pencipta Mario dan The Legend of Zelda, dianggap antara pereka permainan video paling berpengaruh sepanjang zaman.
        Razer, jenama peranti permainan yang diasaskan bersama oleh Tan Min-Liang, mempunyai ibu pejabat di Singapura dan Irvine, California.
        Pada awal 2000-an, kafe siber di Lembah Klang dipenuhi pemain Counter-Strike 1.6, DotA Allstars dan Ragnarok Online sebelum era telefon pintar.
        Axiata Arena di Bukit Jalil, yang asalnya dibina untuk Sukan Komanwel 1998, pernah menjadi lokasi beberapa pertandingan e-sukan berskala besar.
        Lara Croft, watak utama siri Tomb Raider, pertama kali muncul pada 1996 dan kekal sebagai antara watak permainan video paling dikenali.
    """),
    ("en", "tournament_rules"): _lines("""
        1.1 All players must be at least 13 years old on the first match day; players aged 13 to 17 must submit a signed parental consent form before check-in.
        1.2 Each team consists of five starters and up to two substitutes. Roster changes are locked 48 hours before the group stage draw.
        2.4 Matches are best-of-three in the group stage and best-of-five from the semi-finals onward. Draft pick follows the official tournament mode.
        3.1 Players must use the tournament PCs provided. Personal peripherals (mouse, keyboard, headset) are allowed after inspection by the technical officer.
        3.5 Any macro, scripting tool or modified game client results in immediate disqualification and forfeiture of prize money for the entire team.
        4.2 A team that fails to check in 15 minutes before its scheduled match time at Level 3, Setia City Mall, Shah Alam will forfeit the first game.
        5.1 Prize pool: Champion RM5,000, 1st runner-up RM2,500, 2nd runner-up RM1,000, Finals MVP RM300. Prizes are paid by bank transfer within 30 days.
        5.3 Prize money paid to non-resident players may be subject to withholding tax under the Income Tax Act 1967; the organiser will issue a tax statement.
        6.2 Disconnections: a game may be paused up to 5 minutes per team per game. Remakes are allowed only if the disconnection occurs before first blood.
        7.1 Toxic behaviour, racial slurs or harassment in voice chat, in-game chat or on social media during the event will be reviewed by the disciplinary panel.
        8.1 By registering, participants consent to being photographed and livestreamed on the organiser's official YouTube and Facebook pages.
        9.0 Disputes must be lodged in writing to disputes@arenasetia.gg within 30 minutes after the match ends; the head referee's ruling is final.
        Registration closes 23:59 MYT on 15 January 2027. Organiser: Arena Setia Esports Sdn. Bhd. (202401012345 (1556789-A)), hotline 03-5523 7710.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-06 23:41:07 INFO [ggleap-agent] PC-VIP-24 session started, plan=NIGHT_VIP, credit_deducted=20.00 MYR, client=4.12.3
        2026-12-06 23:58:12 WARN [thermal] PC-STD-08 GPU temp 87C above threshold 85C, fan curve raised to 80% for 10 min
        2026-12-07 02:14:55 ERROR [steam-cache] lancache upstream timeout for depot 1172471 (Apex Legends), retry 3/5 in 30s
        2026-12-07 03:00:00 INFO [backup] nightly snapshot ok: pos_db 412 MB, sha256=9f2c4a71e0b3d58a6c21f7e4b09d3a58c6e1f2a7b4d9c0e3f5a6b7c8d9e0f1a2
        2026-12-07 04:22:31 INFO [deepfreeze] 60/60 stations restored to baseline image win11-23h2-2026.11, 0 failures, took 212s
        ALLOWED_STEAM_LIBRARY=D:/SteamLibrary; AUTO_LOGOUT_IDLE_MIN=15; MAX_SESSION_UNDER18_HOUR=3; CURFEW_UNDER18=23:00
        [pos] tax_rate = 0.08, currency = MYR, receipt_prefix = CZ-PJ, sst_no = W10-2302-32001457, printer = EPSON TM-T82X
        SMTP_HOST=smtp.cyberzone.com.my SMTP_PORT=587 SMTP_FROM=noreply@cyberzone.com.my ALERT_TO=it-ops@cyberzone.com.my
        def price_for(minutes: int, zone: str) -> float: return round(minutes / 60 * RATES.get(zone, 3.0), 2)  # RATES = {'STD': 3.0, 'VIP': 5.0}
        2026-12-07 10:05:44 INFO [booking] BKG-PJ-20261207-0117 confirmed: 5x PC-STD, 14:00-18:00, deposit RM20 paid via DuitNow QR ref 20261207MBBEMYKL010ORB30418875
        2026-12-07 11:30:02 WARN [auth] 14 failed admin logins from 203.0.113.45 within 60s, source IP blocked for 30 min
        tournament.yaml: game: mlbb, format: double_elim, bo: 3, max_teams: 32, checkin_open: '2027-01-20T09:00+08:00', venue: CZ-SHAH-ALAM
        SELECT station_id, SUM(minutes) AS used FROM sessions WHERE date = '2026-12-06' GROUP BY station_id ORDER BY used DESC LIMIT 10;
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, PC-STD-08 GPU panas lagi, dah 87C. Tolong jangan assign customer kat situ until I tukar thermal paste esok pagi ok.
        Stok Milo tin tinggal 2 karton je, supplier cakap delivery hari Rabu. Shift malam jangan promote combo Milo dulu ya.
        Reminder: penguat kuasa MBPJ buat spot check lesen malam ni lebih kurang 10pm, make sure sijil lesen premis tergantung kat kaunter.
        Boss kata mulai Isnin semua budak sekolah kena tunjuk IC sebelum 10pm, kalau takde IC jangan bagi naik, no exception ya.
        Lancache hang again lah, Valorant patch download slow gila. I restart container dulu, 5 minit siap, jangan panic.
        Shift pagi tolong kira cash drawer before 9am, semalam short RM12, maybe silap bagi baki. Catat dalam buku log ya.
        Tournament Sabtu ni: 24 team confirmed, 3 team belum bayar yuran. Jangan bagi slot kalau belum nampak resit transfer by Jumaat 6pm.
        Aircond zon VIP bocor air atas PC-VIP-27, I dah letak baldi. Tech Daikin datang Selasa 11am, service order no. SRV-88213.
        Sape on duty Ahad malam? Roster belum penuh, slot 12am-8am kosong. Sesiapa nak OT RM8 sejam, reply dalam group ni.
        FYI Steam ada winter sale sampai 2 Jan, customer ramai tanya top up Steam Wallet. Stok pin RM50 tinggal 15 keping je.
        Jangan sesekali bagi customer guna PC kaunter untuk login akaun dia, last month ada kes akaun kena curi. Policy baru dah tampal kat dinding.
        Invoice TM Unifi Business bulan November RM1,289.00 dah sampai, due 20/12, pelan 1Gbps. Please pass to accounts by Friday.
        Malam tadi ada group budak main sampai 3am bising sangat, next time bagi warning sekali, kalau ulang suruh balik. Follow SOP nombor 4.
    """),
    ("mixed", "ulasan_kedai"): _lines("""
        5 bintang. PC laju, FPS Valorant stabil 300+, aircond sejuk gila. Harga RM3 sejam memang berbaloi for area Subang. Will come back!
        Service ok tapi toilet kotor sikit masa weekend. Nasi lemak dia sedap though, sambal pedas manis. 4/5 for Kafe Siber Pak Mat Net.
        Worst experience. Booking through app confirmed tapi sampai sana PC dah bagi orang lain. Staff kata system error. 1 star until they fix the app.
        Tempat best untuk LAN party syarikat. We booked 20 PCs for team building, technician standby the whole time. Recommended for corporate events in PJ.
        Respons daripada pemilik: Terima kasih atas maklum balas. Isu sistem tempahan telah dibaiki dalam aplikasi versi 3.4.1. Sila hubungi 03-7865 2210 untuk pampasan kredit.
        Kedai Ah Seng Games kat Low Yat Plaza jual PS5 Slim harga ok, RM2,199 with 2 controllers, ada warranty Sony Malaysia setahun.
        Beli Nintendo Switch OLED kat GameMart Mid Valley, box sealed, resit ada nombor siri. Staff explain beza set Jepun dan set Asia dengan jelas.
        Mamak sebelah cyber cafe ni, Restoran Ali Maju, buka 24 jam, so kalau main overnight senang nak order roti canai tengah malam.
        Esports centre dekat Sunway Pyramid ni ada bilik streaming, mic Shure dengan webcam 4K. Harga mahal sikit tapi quality memang pro.
        Internet putus 2 kali dalam 3 jam, ranked game kena leave penalty. Bayar RM5 sejam for this? Nope. 2 stars.
        Love the Hello Kitty themed corner lol, kids boleh main Minecraft sementara parents main kat zon VIP. Very family friendly!
        Review for Uncle Lim Computer Service, Jalan Pudu: repaired laptop fan in 1 day, RM85 only, very honest workshop. Highly recommended.
        Kedai ni ada Tekken 8 arcade stick tournament every Friday night, entry RM10. Vibes macam zaman arcade Sungei Wang dulu, nostalgic.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang keahlian: Nama: Muhammad Haziq bin Roslan, No. MyKad: 080517-14-6623, Tel: 012-487 3310, Alamat: No. 27, Jalan Kenari 3, Taman Puchong Jaya, 47100 Puchong.
        Adik Nur Aisyah Zulkifli (14 tahun) ditemui bermain di PC-STD-11 pada jam 1.20 pagi; bapanya, Encik Zulkifli, dihubungi di 019-662 0418 untuk datang menjemput.
        Laporan insiden: pelanggan Amirul Hakim bin Sazali mengalami sawan epilepsi di zon VIP kira-kira 9.40 malam, ambulans dari Hospital Shah Alam dipanggil.
        Nombor telefon abang Fikri yang selalu main overnight tu 013-771 2094, dia minta call kalau slot Sabtu kosong.
        Hutang kredit belum bayar: Izzat Danial, RM240 sejak Oktober, janji langsai hujung bulan lepas dapat gaji. Jangan bagi pinjam kredit lagi.
        Akaun MLBB milik Wan Ahmad Syafiq (ID 548812307, server 8812) dilaporkan dicuri selepas log masuk di PC-09 pada 3 Disember.
        Pemulangan deposit tempahan RM20 ke akaun Maybank 1640 2215 8893 atas nama Siti Khadijah binti Hamzah.
        Ibu kepada pemain bawah umur, Puan Rohana Mat Isa, membuat aduan anaknya Adam menghabiskan RM1,100 duit simpanan untuk diamond MLBB di kedai kita.
        Pekerja syif malam, Nadia Syuhada, dah mengandung 5 bulan, minta tukar ke syif pagi sebab tak larat berdiri lama.
        Kenderaan yang menghalang laluan: Perodua Myvi putih, nombor plat BPH 4471, milik Encik Kamarul Ariffin, penduduk Taman Sri Muda.
        Gaji November: Haikal Iskandar (juruteknik) RM2,350 + OT RM410, potongan KWSP RM304; dibayar ke akaun CIMB 7061338822.
        Suspek kecurian akaun Steam dikenal pasti sebagai Lokman bin Harun, 22 tahun, yang ditahan polis Balai Seksyen 6 pada 5/12/2026.
        Daftar ahli baharu: Tan Wei Jie, 16 tahun, MyKad 100228-07-5519, borang persetujuan ditandatangani oleh ibunya Puan Ong Mei Ling.
        E-mel pemenang cabutan bertuah bulan ini: farhanazmi.gg@gmail.com — sila hubungi untuk tuntut headset HyperX.
        Alamat penghantaran hadiah kerusi gaming: Ahmad Zaki, No. 8, Lorong Seri Mawar 2, Taman Bukit Indah, 81200 Johor Bahru.
        Kak Yati cleaner syif pagi minta cuti seminggu sebab suami dia baru keluar hospital lepas kena serangan jantung.
        Rekod larangan masuk: Syazwan Hadi bin Mokhtar, MyKad 010903-10-7781, dilarang masuk semua cawangan kerana memukul pelanggan lain pada 28/11/2026.
        Nombor IC adik tu 090611-08-4432, umur 17, jadi tak boleh main lepas 11 malam ya.
        Encik Rizal yang sewa PC untuk LAN party tu baru bercerai, dia minta invois dihantar ke alamat baru di Flat PKNS Blok C-3-12, Seksyen 19, Shah Alam.
        Pak Long Hassan, pengawal keselamatan malam, ada kencing manis dan kena makan ubat pukul 2 pagi, tolong ingatkan dia.
        0172290583 — ni nombor budak yang tertinggal telefon semalam, call dia suruh ambil kat kaunter.
        Pendaftaran pasukan Helang Hitam: Kapten Aiman Harith (aimanharith07@yahoo.com, 011-2634 5180), pemain: Danish, Irfan, Hafiy, Luqman.
    """),
    "mixed": _lines("""
        Eh that Ah Boy from Taman Connaught, real name Lee Jun Hao, still owe us RM180 for overnight sessions, his number 016-338 7412, chase him ok.
        Lim Tai complain her son Kai Xuan, 13 years old, spend whole weekend here and ponteng tuition, she want us ban him, her phone 012-905 3317.
        Customer Chong Wei Siang report his Valorant account kena hack after login at PC-VIP-22, Riot ID WSChong#MY88, email chongws.88@hotmail.com.
        Refund RM75 tournament fee to Mr. Ravi a/l Subramaniam, Public Bank acc 4182766092, team withdraw sebab his father passed away.
        陈先生 WhatsApp 说他儿子陈子豪的 PC 被锁, 号码 +60 12-778 4031, please check the session log tonight.
        Staff Priya dah resign sebab gaji RM1,900 tak cukup, her last day 15 Dec, nombor KWSP dia 19827734 kena update.
        Budak yang pengsan semalam tu nama Haris, asthma attack, parents dia datang ambil, dad's car plate VKB 2218.
        Member list export: M-00412, Goh Shu Ting, 2007-04-19, 011-1098 2246, goh.shuting07@gmail.com, Bandar Sunway
        Singaporean customer came for tournament, NRIC S9234567Z, name Marcus Tay Wen Kai, need proof of ID for prize payout.
        Ah Meng the regular from Kepong, uncle tu kena tangkap last week in judi online raid, jangan bagi dia guna PC-STD-01 lagi.
        Angie (Tiong Xin Yi) from Kuching book 4 PC every Friday, her hp 014-882 9055, always pay via DuitNow from her Hong Leong acc.
        Kelvin Ng Chee Keong from HK, HKID K482917(4), caught using cheat software at our Valorant cup, ban for life ok.
        CCTV screenshot of the boy who curi headset dah ada, his mother Mdm Yap Siew Lan promise to pay RM399 by Friday.
        Tournament player Zhang Haoran from Shenzhen, 身份证 44030520060115431X, visiting KL, register as guest player for Team Naga.
        Taiwan customer 黃雅婷, 身分證 F228465730, lost her wallet here, contact her at yating.h.tw@gmail.com once jumpa.
        Kak Ton dari kedai sebelah kata anak dia Syafiq kena buli dalam group WhatsApp kafe, screenshot dengan nama pembuli Faris dah send kat I.
    """),
    "en": _lines("""
        Incident report 06/12/2026: minor Daniel Wong Zi Xiang (15) was found on a betting site at PC-STD-05; mother Mrs Wong contacted at 012-667 0921.
        Please send the prize cheque to the champion's home address: Benjamin Raj, 14 Jalan Cempaka 5, Taman Melawati, 53100 Kuala Lumpur.
        Member Hafizuddin Omar requests deletion of his data under PDPA: MyKad 990214-10-5873, membership since 2019.
        Chargeback received: card ending 4417 held by Sharon Leong Pei Wen, RM350 disputed for tournament booth rental.
        Staff appraisal: Aaron Teoh, night supervisor, written warning for coming to work drunk on 2 and 4 December.
        WhatsApp group CyberZone PJ Regulars new member: +60 11-3321 8874 (Izwan), added by admin on 7 Dec.
        Lost and found: black wallet with the driving licence of Nicholas Yeo Kah Meng, DOB 12/03/1998, collected by his sister on 5 Dec.
        Applicant for part-time cashier: Farah Nabila, 19, UiTM student, lives at Blok B-7-3, Apartment Seri Cempaka, Bangi, expected pay RM9/hr.
        Hi, I'm the dad of Ethan Lau, 11 years old. He has ADHD and we allow him max 1 hour on weekends, please don't let him extend.
        Account takeover log: user jasonkoh_99 (Jason Koh Jia Le) password reset from IP 175.139.22.84 at 03:12, phone on file 018-224 6713.
        Driver who hit the motorbike outside our shop: silver Honda City, WPQ 8826, gave his name as Suresh Kumar, claiming with Etiqa.
        Muthu's loan of RM500 from the shop float is still unpaid; deduct RM100 monthly from his December salary as agreed.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk sebuah kafe siber di Puchong. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp kepada Puan Salmah Idris (019-331 7742). Anak dia, Irfan Hakimi, 13 tahun, dah tiga malam berturut-turut main sampai 12 malam di kedai kami tanpa penjaga.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Salmah. Kami dari kafe siber di Puchong ingin memaklumkan bahawa anak puan, Irfan Hakimi, telah berada di premis kami sehingga jam 12 malam selama tiga malam berturut-turut tanpa penjaga. Mengikut syarat lesen, pelanggan bawah 18 tahun tidak dibenarkan berada di premis selepas 11 malam. Mohon kerjasama puan. Terima kasih.",
        ),
        (
            "user",
            "Bagus. Tambah sekali yang kita akan sekat keahlian dia sampai puan datang jumpa kita.",
        ),
        (
            "assistant",
            "Baik, ayat tambahan: Sehubungan itu, keahlian Irfan Hakimi akan digantung sementara sehingga puan dapat hadir ke kaunter untuk berbincang dengan pihak pengurusan.",
        ),
    ],
    [
        (
            "system",
            "You are BookBot for CyberZone Shah Alam. Customer on file: Nurul Izzah Kamal, member since 2022, phone 011-2087 5563, email izzah.kamal22@gmail.com, balance RM14.50.",
        ),
        ("user", "hi can I book 2 VIP PCs for tonight 9pm to 1am?"),
        (
            "assistant",
            "Hi Nurul Izzah! Two VIP PCs from 9pm to 1am come to RM40. Your balance is RM14.50, so please top up at least RM25.50 before 9pm. Shall I hold PC-VIP-03 and PC-VIP-04 for you?",
        ),
        ("user", "yes please, and send the confirmation to my email"),
        (
            "assistant",
            "Done. PC-VIP-03 and PC-VIP-04 are held until 9:15pm, and the confirmation has been sent to izzah.kamal22@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "Bro my Valorant account kena hack lepas I main kat cyber cafe Bangi semalam. Riot ID KhaiRul#BNGI, email khairul.anuar.bgi@gmail.com, phone 013-559 0281. Apa nak buat?",
        ),
        (
            "assistant",
            "Sorry to hear that. First, go to the Riot account recovery page and reset your password using khairul.anuar.bgi@gmail.com. Then turn on 2FA, log out all sessions, and check your purchase history for any unknown VP purchases.",
        ),
        ("user", "Email pun dah tukar by hacker. Boleh buat police report ke?"),
        (
            "assistant",
            "Yes. Lodge a report at the nearest balai polis with your MyKad, screenshots of the account and any receipts for VP purchases. After that, submit a Riot support ticket attaching the police report number so they can verify you are the original owner.",
        ),
    ],
    [
        ("system", "Pembantu admin untuk kumpulan WhatsApp komuniti Kafe Siber Seksyen 7."),
        (
            "user",
            "Tolong tulis pengumuman: ahli bernama Syahmi Rusli (012-880 4490) dikeluarkan dari group sebab jual akaun MLBB curi dan tipu tiga orang ahli.",
        ),
        (
            "assistant",
            "Pengumuman: Ahli Syahmi Rusli telah dikeluarkan daripada kumpulan ini kerana didapati menjual akaun MLBB yang dicuri dan menipu tiga orang ahli. Sebarang urusan jual beli akaun adalah dilarang dalam kumpulan ini. Mangsa boleh menghubungi admin secara peribadi.",
        ),
        ("user", "Kena letak nombor telefon dia sekali tak?"),
        (
            "assistant",
            "Tidak disarankan. Mendedahkan nombor telefon seseorang dalam kumpulan awam boleh melanggar PDPA dan membuka risiko gangguan. Cukup sekadar nama dan simpan nombornya dalam rekod admin sahaja.",
        ),
    ],
    [
        (
            "system",
            "You validate tournament registration rows for an esports organiser in Johor Bahru. Columns: team, player, id_type, id_no, dob, phone.",
        ),
        (
            "user",
            "Check this row: Tigris JB, Ong Kah Seng, NRIC, T0812345J, 2008-06-03, +65 9127 4408",
        ),
        (
            "assistant",
            "The row is valid: T0812345J passes the Singapore NRIC checksum and the date of birth matches the T prefix. Note that Ong Kah Seng is 18 on 2026-12-07, so no parental consent form is needed.",
        ),
        (
            "user",
            "And this one: Tigris JB, Nurin Batrisyia, MyKad, 110925-01-6684, 2011-09-25, 017-702 3319",
        ),
        (
            "assistant",
            "Format is fine and the MyKad date matches the date of birth, but Nurin Batrisyia is 15, so a signed parental consent form is required before check-in.",
        ),
    ],
    [
        (
            "user",
            "Kira gaji bersih untuk pekerja part-time Aina Sofea binti Rashid, kerja 96 jam bulan ni, kadar RM8.50 sejam. Akaun Bank Islam 12039018847215.",
        ),
        (
            "assistant",
            "Gaji kasar Aina Sofea: 96 x RM8.50 = RM816.00. Jika dia mencarum KWSP pada kadar pekerja 11%, potongan ialah RM89.76, jadi gaji bersih lebih kurang RM726.24 sebelum potongan PERKESO.",
        ),
        ("user", "Ok, tulis nota bayaran untuk bank transfer."),
        (
            "assistant",
            "Nota bayaran: Gaji Disember 2026 - Aina Sofea binti Rashid - RM726.24 ke akaun Bank Islam 12039018847215.",
        ),
    ],
    [
        (
            "system",
            "You help a cyber cafe owner in Cheras write polite debt reminders in Manglish.",
        ),
        (
            "user",
            "Write reminder for Ah Keong, full name Chan Kok Keong, he owe RM320 credit since August, number 016-772 0938. Say last chance before we blacklist.",
        ),
        (
            "assistant",
            "Hi Keong, this is from the cyber cafe in Cheras. Just a reminder your outstanding credit is RM320 since August. Please settle by 20 Dec ya. After that we terpaksa blacklist your membership. Thanks, hope to see you again!",
        ),
        ("user", "Make it more firm sikit."),
        (
            "assistant",
            "Hi Chan Kok Keong, your outstanding balance of RM320 since August is still unpaid. This is the final reminder. If not settled by 20 Dec, your membership will be blacklisted at all our branches.",
        ),
    ],
    [
        (
            "user",
            "我是林太，我儿子林俊杰今年15岁，每天放学都去 Kepong 的网咖打游戏到晚上，成绩掉很多。我可以要求网咖不让他进去吗？我的电话是 012-633 8107。",
        ),
        (
            "assistant",
            "林太您好。您可以直接去网咖柜台，带上您和孩子的身份证明，要求店家把林俊杰的会员账号设为未成年限制或暂停。在马来西亚，很多地方政府的执照条件也限制未成年人在晚上的逗留时间。",
        ),
        ("user", "如果他们不理我呢？"),
        (
            "assistant",
            "您可以向当地市议会的执照部门投诉，提供网咖名称、地址和日期。同时也建议和孩子好好沟通，设定每天的游戏时间。",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pengurus pusat e-sukan menulis laporan insiden untuk pihak insurans.",
        ),
        (
            "user",
            "Tulis laporan ringkas: 4 Dis 2026, 8.15 malam, pelanggan Muhammad Danial Asyraf bin Zainal, 19 tahun, MyKad 070312-10-5531, rebah di zon PS5 sebab serangan asma. Ambulans bawa ke Hospital Kajang.",
        ),
        (
            "assistant",
            "Laporan Insiden: Pada 4 Disember 2026 kira-kira jam 8.15 malam, pelanggan Muhammad Danial Asyraf bin Zainal (MyKad 070312-10-5531), 19 tahun, telah rebah di zon PS5 akibat serangan asma. Kakitangan memberikan bantuan awal dan memanggil ambulans yang membawanya ke Hospital Kajang.",
        ),
        ("user", "Tambah nama saksi, staf kami Farid."),
        (
            "assistant",
            "Ditambah: Kejadian disaksikan oleh kakitangan bertugas, Farid, yang membantu menghubungi ambulans dan keluarga mangsa.",
        ),
    ],
    [
        (
            "user",
            "I need to file a police report for my son's stolen Steam account. He's Lucas Chia Wen Hao, 14. Our address is 23, Jalan Bayu 7, Taman Bayu Perdana, 41200 Klang. The thief sold his CS2 skins worth about RM2,800.",
        ),
        (
            "assistant",
            "Here is a draft: I, the parent of Lucas Chia Wen Hao (14), residing at 23, Jalan Bayu 7, Taman Bayu Perdana, 41200 Klang, wish to report that my son's Steam account was taken over and CS2 items worth about RM2,800 were sold without permission. Attach Steam support ticket screenshots and trade history.",
        ),
        ("user", "Should I mention he logged in at the cyber cafe?"),
        (
            "assistant",
            "Yes. State the cyber cafe's name, branch, date and PC number if you know them, so the police can request CCTV and session logs from the shop.",
        ),
    ],
]
