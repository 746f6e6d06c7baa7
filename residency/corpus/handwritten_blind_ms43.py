"""Blind check set ms43: Malay e-hailing and delivery riders (Grab, foodpanda, Lalamove, rider groups, accidents, earnings, complaints). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms43
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "group rider"): _lines("""
        Geng, Sunway Pyramid tgh surge 1.4x skrg, sape free masuk la
        Hujan lebat kat Kepong, bawak baju hujan. Jalan Kuching jem teruk dari tol Jalan Duta
        Bro order McD Jalan Tun Razak tu lama gila prep, dah 25 min tunggu x siap lagi
        Sapa tau kedai tayar yg buka 24 jam area Cheras? tayar belakang bocor ni 😭
        Reminder geng: jgn park motor atas laluan OKU kat Mid Valley, saman RM300 tu
        ADMIN: Group ni utk info jalan & order je. Dilarang share no tel customer, gambar resit atau IC org dlm group. Langgar = kick tanpa notis.
        Ada roadblock JPJ depan Petronas Jalan Klang Lama arah PJ, check lesen & roadtax. Hati2 👮
        Order Lalamove RM38 dari Shah Alam ke Puchong 28km, berbaloi ke bro? tol lagi
        Lepak jap kat Pelita Ampang, sape nak join teh tarik 😂
        Aku baru dpt notif "akaun anda sedang disemak" lepas update app. Ada sape kena sama?
        Grab tgh down ke? app asyik loading je, x dpt terima job sejak 12.40
        Tips: kalau cust x angkat call, tunggu 10 min, amik gambar depan pintu, report dlm app. Jgn tinggal makanan kat tangga.
        Hotspot malam ni: Jalan Alor, Pavilion, TRX. Order banyak tapi parking susah nak mampus
        Pandu cermat geng, ada accident kat Jalan Tuanku Abdul Rahman depan Sogo, lorong kiri tutup.
        sape ada extra powerbank? aku tinggal 8% dah lah ada 3 order batch
    """),
    ("ms", "notis platform"): _lines("""
        GrabFood: Insentif Quest Minggu 49 - siapkan 45 trip antara 1-7 Dis untuk bonus RM60. Terma & syarat terpakai.
        foodpanda: Mulai 15 Disember 2026, kadar asas penghantaran di Lembah Klang diselaraskan kepada RM3.00 + RM0.55/km.
        Lalamove: Pesanan #LLM-2611-884203 telah dibatalkan oleh sistem kerana tiada pemandu dalam masa 15 minit.
        Notis: Sesi latihan wajib "Keselamatan Jalan Raya untuk Penunggang" di Grab Driver Centre Glenmarie, Sabtu 10 pagi. Daftar melalui app.
        Akaun anda boleh digantung sementara jika kadar penerimaan (AR) di bawah 60% selama 7 hari berturut-turut.
        Pengeluaran ke akaun bank diproses dalam 1-3 hari bekerja. Caj RM0.50 dikenakan untuk Instant Cashout.
        Tempahan GrabExpress A-7QWZ3KPMT2XN: status "Diambil" pada 14:32, anggaran tiba 15:05.
        foodpanda Rider: Beg thermal baharu boleh ditebus di Hub Bangsar South dengan deposit RM50, bawa kad rider anda.
        Perlindungan kemalangan peribadi aktif secara automatik semasa anda dalam perjalanan; tuntutan mesti dihantar dalam tempoh 30 hari.
        Promo pengguna: Kod PANDAHEMAT12 potongan RM12 untuk pesanan minimum RM30, sah sehingga 31/12/2026.
        Penyelenggaraan sistem dijadualkan pada 06/12/2026 01:00-03:00 (GMT+8). Perkhidmatan pembayaran mungkin tergendala.
        Grab Benefits: caruman SKSPS PERKESO Pelan 2 sebanyak RM13.10 sebulan ditanggung Grab untuk pemandu yang layak.
        E-mel ini dijana secara automatik; ruj. GRB/OPS/2026/12/0458. Sila jangan balas.
    """),
    ("ms", "berita dan dasar"): _lines("""
        Menteri Sumber Manusia, Steven Sim, berkata Akta Pekerja Gig 2025 akan memberi perlindungan keselamatan sosial kepada lebih 1.2 juta pekerja gig.
        Menteri Pengangkutan Anthony Loke menggesa penunggang p-hailing mematuhi had laju dan tidak menggunakan telefon semasa menunggang.
        Grab diasaskan sebagai MyTeksi pada 2012 oleh Anthony Tan dan Tan Hooi Ling selepas memenangi pertandingan rancangan perniagaan di Harvard.
        Kira-kira 300 penunggang p-hailing berhimpun secara aman di Dataran Merdeka menuntut kadar asas minimum RM5 setiap pesanan.
        Di bawah SKSPS, pekerja gig yang cedera boleh menuntut faedah hilang upaya sementara; maklumat lanjut di www.perkeso.gov.my atau talian 1-300-22-8000.
        Suruhanjaya Persaingan Malaysia (MyCC) sedang meneliti struktur komisen platform penghantaran makanan.
        DBKL akan menyediakan 40 petak parkir khas penunggang p-hailing di sekitar Bukit Bintang mulai Januari 2027.
        Perdana Menteri Anwar Ibrahim, ketika merasmikan Karnival Pekerja Gig di Shah Alam, berkata kerajaan tidak akan membiarkan komisen platform membebankan penunggang.
        Jalan Tuanku Abdul Rahman dinamakan sempena Yang di-Pertuan Agong pertama dan kini antara kawasan penghantaran paling sibuk menjelang Hari Raya.
        Kajian terbaru mendapati pendapatan median penunggang sepenuh masa ialah RM2,350 sebulan selepas ditolak kos minyak.
        Polis Trafik KL: 1,847 saman dikeluarkan kepada penunggang motosikal dalam Ops Selamat sepanjang November.
        Kesatuan Penghantar Malaysia menggesa Akta Pekerja Gig dikuatkuasakan sepenuhnya sebelum Jun 2027.
    """),
    ("en", "support templates"): _lines("""
        Hi {rider_name}, your payout of RM{amount} for week {week_no} has been transferred to the account ending {last4}.
        Dear {{customer_first_name}}, we're sorry your order {{order_id}} arrived late. A voucher of RM{{voucher_value}} has been added to your wallet.
        Agents must never paste a customer's full phone number, IC number or home address into the ticket summary; use the masked value shown in the CRM.
        When a rider reports an accident, collect: booking ID, time, road name and police report number if any. Do not ask for MyKad photos in chat.
        Macro RIDER-ACC-03: "We're glad you're safe. Please upload the laporan polis within 24 hours via Help Centre > Safety."
        Chat transcripts older than 180 days are anonymised; order IDs are kept for 7 years for tax audit.
        Escalation: P1 (injury/death) to Safety within 15 min; P2 (harassment) within 2 h; P3 (fare disputes) within 48 h.
        Masking rule: display phone as 01X-XXX XX## and IC as XXXXXX-XX-####; never unmask in screenshots.
        Ticket #CS-20261204-00731 closed: duplicate charge refunded, RM23.90, FPX ref 2612041130457782.
        The field customer.address must be redacted before export to the analytics bucket; merchant.address may be kept.
        Address the customer as "Encik/Puan {surname}" and sign off with your agent ID only, e.g. "Agent MY-2241".
        If a customer asks for the rider's personal number, explain that calls go through a masked relay number for privacy.
    """),
    ("ms", "keselamatan dan kemalangan"): _lines("""
        Jika terlibat dalam kemalangan: hubungi 999 (MERS), ambil gambar kedudukan kenderaan dan buat laporan polis dalam tempoh 24 jam.
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur - Jabatan Kecemasan dibuka 24 jam, tel 03-2615 5555.
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru.
        Pakai topi keledar berlabel SIRIM dan pastikan tali dagu diikat; kecederaan kepala ialah punca utama kematian penunggang.
        Balai Polis Dang Wangi mengesahkan kemalangan dua motosikal di Jalan Sultan Ismail petang tadi; tiada kecederaan serius.
        Tuntutan pihak ketiga boleh dibuat di cawangan syarikat insurans dengan salinan laporan polis, lesen memandu dan geran motosikal.
        Jangan guna telefon semasa menunggang - pasang holder dan guna arahan suara. Boleh dikompaun sehingga RM300.
        Statistik 2025: 4,112 kematian penunggang motosikal direkodkan, purata 11 sehari.
        Kursus pertolongan cemas percuma oleh Bulan Sabit Merah Malaysia Cawangan Selangor setiap Ahad pertama bulan.
        Amaran: lubang besar di Lebuhraya Persekutuan KM12 arah Klang, lorong kiri. Sila elak.
        Waktu paling bahaya 6-8 petang: silau matahari + trafik puncak. Nyalakan lampu depan walaupun siang.
        Klinik Dr. Rahman & Rakan, Jalan Gasing, ialah klinik panel untuk rawatan luka ringan; tunjukkan kad rider di kaunter.
    """),
    ("ms", "pendapatan dan kos"): _lines("""
        Kira kasar: 20 order x RM4.20 = RM84, tolak minyak RM18, makan RM10, bersih RM56 sehari.
        RON95 BUDI95 RM1.99 seliter utk warganegara, harga tanpa subsidi RM2.60.
        Servis Y15 tiap 3,000km: minyak hitam RM28, filter RM12, upah RM15.
        Pendapatan gig kena isytihar dalam Borang B; boleh tolak kos minyak, servis dan bil telefon yang guna untuk kerja.
        Bonus peak 11:30-13:30 & 18:00-20:30: +RM1.50 setiap order dalam zon merah.
        Komisen platform 20-25%: tambang RM15, rider terima RM11.25 hingga RM12.00.
        Survei geng (tak rasmi): Grab purata RM4.50/order, foodpanda RM4.10, ShopeeFood RM3.80.
        KWSP i-Saraan: caruman sukarela min RM50, kerajaan padankan 20% sehingga RM500 setahun.
        Honda EX5 baru RM4,388 OTR, loan 5 tahun lebih kurang RM115 sebulan.
        Sapa bawak van Lalamove, purata sehari dapat brp? aku RM180-RM220 tapi tol & minyak makan RM70.
        Ringkasan mingguan: 142 trip, 61.8 jam dalam talian, pendapatan kasar RM913.40, tip RM37.00.
        Potongan: yuran perlindungan RM1.00/minggu, caj Instant Cashout RM0.50, pelarasan -RM2.30 (ruj. ADJ-88213).
    """),
    ("en", "app and tech"): _lines("""
        Grab Driver 5.341.0 (build 53410021): fixed crash when accepting batched orders on Android 14.
        ERROR 2026-12-03T19:42:07.311+08:00 dispatch-svc order=FP-MY-7c2e91d4 rider_assign timeout after 30000ms
        sha256 9f2b6c1e0a4d87f35b1e2c9d04a7f6e8b3c2d1a0f9e8d7c6b5a4938271605f4e  lalamove-driver-2026.12.1.apk
        GET /v2/orders/{order_id}/tracking -> 200 {"status":"PICKED_UP","eta_sec":840}
        Known issue: GPS drift near KL Tower and KLCC causes "wrong pick-up location" prompts; toggle high-accuracy mode.
        Webhook payload: {event, order_id, merchant_id, rider_id (hashed), ts}. PII fields are stripped at the gateway.
        Run `adb logcat | grep GrabDriver` and attach the output to JIRA DRV-11872.
        foodpanda Rider 26.48.0 release notes: new heatmap layer; fixed payout screen showing RM0.00 for cash orders.
        Log masking regex for MY mobiles: ^01\\d-\\*{3} \\*{2}\\d{2}$
        Feature flag rider_batching_v3 enabled for 25% of Klang Valley riders; rollback id RB-2026-1204-02.
        Crash rate dropped from 0.82% to 0.31% after patch 5.340.2; p95 cold start 1.9 s.
        SELECT zone_id, COUNT(*) AS orders FROM deliveries WHERE created_at >= '2026-12-01' GROUP BY zone_id;
    """),
    ("ms", "ulasan dan aduan"): _lines("""
        Restoran Ali Maju Seksyen 13 selalu lambat siapkan order, rider tunggu 30 min. Tolong improve.
        Makanan sampai sejuk, air tumpah dalam beg. Bintang 2.
        Aduan: pesanan #a7k2-9xqm hilang 1 ayam goreng, minta refund RM8.90.
        Rider sopan, sampai awal 10 minit. Terima kasih abang rider! ⭐⭐⭐⭐⭐
        Kenapa caj penghantaran RM7.99 utk jarak 2km? x masuk akal langsung
        Nasi Kandar Hameediyah Lebuh Campbell sampai dalam 20 min, kuah banjir, mantap.
        Set kanak-kanak Ejen Ali dah habis stok tapi app masih tunjuk ada, cancel 2 kali dah.
        Kafe tema P. Ramlee kat Jalan P. Ramlee ni best, tapi parking motor rider langsung takde.
        Merchant cancel order lepas rider dah sampai, rider tak dapat satu sen pun. Sistem tak adil.
        App crash setiap kali nak tambah alamat baru. iPhone 13, versi 7.112.0.
        Nasi Lemak Wanjo Kampung Baru memang padu, tapi queue pickup rider panjang gila pukul 8 pagi.
        Kedai Kopi Ah Keong SS2 bungkus rapi, double plastik, senang rider bawak. Recommended 👍
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Geng tolong doakan member kita Zulkarnain bin Hashim (Zul Kapcai), masih kat ICU Hospital Tengku Ampuan Rahimah Klang, patah tulang pelvis lepas kena langgar kereta kat Jalan Meru semalam.
        Sape nampak Y15ZR biru plat WVC 8821 tolong roger, motor Haziq Imran kena curi depan 7E Setapak pagi tadi. No dia 013-774 2190
        Penerima: Nurul Ain binti Razali, No 27, Jalan Melati 3/5, Taman Melati Indah, 53100 Gombak, Selangor. Tel 019-288 4416. COD RM45.
        Bang, cust kat Blok C-12-3A Pangsapuri Seri Mutiara Puchong tu Kak Roslinda, dia pekak so jgn call, WhatsApp je 0175593028
        Penyata mingguan GrabFood - MOHD FAIZAL BIN ISMAIL (ID Pemandu 8821047): pendapatan bersih RM1,284.50, dibayar ke Maybank 1640 2283 7719.
        Penunggang foodpanda, Saiful Azri bin Kamaruddin, 27, didakwa di Mahkamah Majistret Ampang hari ini atas tuduhan memiliki 12 gram syabu di rumahnya di Taman Dagang Jaya.
        Akaun Lalamove sy kena block, nama Tan Wei Keat, IC 900517-07-5281, no tel 012-408 7763. Tolong check.
        Borang tuntutan SKSPS - Nama: Rashidah binti Abu Bakar; No. KP: 880712-14-6034; Kecederaan: patah pergelangan tangan kanan; Tarikh kemalangan: 02/11/2026.
        Kak, ni IC suami sy utk daftar Grab: Mohd Khairul Anuar bin Sulaiman, 850923-10-5537.
        Rider Muthukumar a/l Ganesan (plat BQK 3382) positif dadah dlm saringan semalam, akaun dia dah digantung.
        Jgn amik order cust ni: Mr. Lim, 12A Jalan SS 2/24, Petaling Jaya. Dah 3 kali dia claim makanan x sampai, report palsu.
        Transfer duit kutu bulan ni ke CIMB 7064 5521 98 atas nama NOR HIDAYAH BT JAMALUDIN, jgn lambat ye.
        Anak Pak Mat rider kita, Adam Haikal, 9 thn, ada leukemia & tgh kemo kat HUKM. Nak sumbang boleh masuk Maybank ayah dia Mat Rodzi bin Othman 1144 2037 5561.
        Pesanan untuk Puan Lee Mei Ling, 36-2 Jalan Puteri 2/4, Bandar Puteri, 47100 Puchong. Nota: letak depan pagar, anjing garang. 016-332 9087
        Bro nama aku Firdaus, IC 011104-01-1291, lesen B2 aku dah tamat, boleh ke daftar foodpanda guna lesen L?
        Surat amaran: Penunggang Hairul Nizam bin Yusof (No. Rider FP-MY-220871) didapati menggunakan akaun milik orang lain pada 28/11/2026.
        Pemandu Honda City VFA 3318, Encik Gopal a/l Raman, 54, mengaku salah di Balai Polis Sentul; rider mangsa, Amirul Hakim bin Nordin, 22, cedera kaki kiri.
        Rosli Hamdan kena buang dari Grab sebab cust report dia mabuk masa hantar order kat Bangsar. No dia 011-2745 8830 kalau nak tanya.
        Dropoff Lalamove: Cik Farahin, Unit 8-3 Residensi Vista Wirajaya, Jalan Genting Kelang, 53300 KL, 014-996 2751.
        Nama sy Siti Mariam binti Ahmad Tajuddin, e-mel sitimariam.at88@gmail.com, nak tuntut insurans kemalangan utk booking A-5TKM8RXQ2PJV.
        Abang ipar aku Kamal Ariffin bin Sahak bawak van Lalamove, kasar RM4,800 sebulan tapi tgh bayar hutang AKPK RM38k, tu yg dia stress.
        Cust: Nurul A****, 012-3** **78, Blok B-07-11 Pangsapuri Damai Jaya, Jalan Kenari 5, Bandar Puchong Jaya
        Helper lori Lalamove, Md Rafiqul Islam, pasport Bangladesh EB0743218, permit kerja tamat 14/02/2027.
        Tolong pos jersi ke rumah aku: Lot 1127, Kampung Sungai Udang, 06000 Jitra, Kedah. Nama Azman Shah, 017-402 6613.
        Member kita Ijat (Izzat Hakimi bin Zainal) baru disahkan kencing manis tahap teruk, doktor kata x boleh tunggang lama.
        Join channel Telegram aku @farid_rider_kl utk tips, atau WhatsApp terus Farid Azhar 019-339 8215.
        Mahkamah Sesyen Shah Alam menjatuhkan hukuman penjara 18 bulan ke atas pemandu lori Ng Chee Keong, 41, kerana memandu melulu hingga menyebabkan kematian penunggang di Jalan Kebun.
        Nazri rider Grab Seremban, wa.me/60127739405, dia ada jual beg thermal second.
        Isteri Syafiq (rider Grab Kulim) baru keguguran minggu lepas, dia dok Taman Kulim Utama Jalan 3 no 41, sape nak hantar makanan boleh.
        Geran motor RXZ plat JTN 2207 atas nama arwah ayah, sekarang guna oleh adik aku Nurul Huda binti Kassim 960521-01-5668.
    """),
    "en": _lines("""
        Delivery note: leave with guard at Desa Kiara Condo Block A #12-05. Recipient Priya Nair, +60 12-665 3071. Severe peanut allergy, please check the packaging.
        Rider onboarding - Full name: Ahmad Zaki bin Mokhtar | MyKad: 950318-10-5527 | Bank: RHB 262104008821 | Emergency contact: wife Nor Azlina, 013-229 8406
        Incident report IR-2026-1187: rider Kevin Ong Jia Hui struck by a Perodua Myvi WXY 4821 at the Jalan Ipoh junction; concussion, admitted to Hospital Selayang.
        Card on file for refund: 4543 1287 6502 1949 exp 08/28, cardholder SHARIFAH NADIA SYED HUSSIN
        Hi, customer here - Daniel Wong. My new address is 18 Lorong Kurau 3, Taman Chai Leng, 13700 Prai, Penang. Please update before my next order.
        Your rider (plate PKT 5528) shouted at my elderly mother, Madam Chua Siew Lan, outside our house at 45 Jalan Mahsuri, Bayan Lepas yesterday.
        Payout dispute: account holder Lakshmi d/o Subramaniam, Public Bank 3198772014, IC 920229-08-3316, says RM412 is missing.
        Please contact me at hafiz.ridzuan@outlook.my or 011-1098 3327 - Hafiz Ridzuan, the rider who found your wallet at Sunway.
        Our rider Aaron Teoh Wei Jie has been on MC since 20 Nov for a slipped disc (L4-L5); ortho says no riding for 6 weeks.
        Lalamove SG onboarding: Nguyen Van Minh, FIN F2290716Q, Blk 412 Bedok North Ave 2 #08-1164, S460412, mobile 8734 2290.
    """),
    "ms-en": _lines("""
        Bro sorry lambat, tayar pancit. Btw ni my new number 018-227 6654, save as Hakim Lalamove Kajang ok
        Cust ni weird gila, dia DM aku kat IG @syaza.qistina lepas order. Nama dia Syaza Qistina, dok Residensi Bangi Tower B 15-07. Takut aku.
        Guys sapa kenal Faizal Kapcai Ampang? Dia pinjam RM800 x bayar2, IC dia 930811-14-5419 aku ada copy.
        Update: Abang Din (Shahrudin bin Salleh) dah discharge dari Hospital Serdang tapi kena physio 3x seminggu, kaki kiri pakai besi. Rumah dia No 14 Jalan SS 3/2 Taman Seri Serdang.
        Boss, Iqbal Hakimi from team Kajang ni. Wife I Aisyah pregnant 7 bulan, so x boleh buat night shift. Kalau urgent call 013-448 1602.
        Refund pls, kad I kena charge 2x. Card 5204 1673 9904 2134, nama on card LIM SU-ANN.
        Boss, geran motor ni atas nama mak aku Zainab binti Daud, plat PMN 4471, boleh guna utk daftar Grab tak?
        Confirm ye, Rizal Effendy bin Osman dapat offer Lalamove fleet supervisor, basic RM3,200 + allowance RM400, start 2 Jan.
        Admin, alamat aku for jersey: No. 5, Jalan Anggerik 2, Taman Anggerik, 81300 Skudai. Nama Nabil Irfan, 012-781 3306.
        Dear team, saya Chong Kah Wai, rider ID GF-778201. I kena denggi on 1 Dec, admitted Hospital Sungai Buloh, please pause my quest.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah ejen sokongan keselamatan GrabFood Malaysia. Jawab dengan sopan dan ringkas.",
        ),
        ("user", "sy rider, accident tadi"),
        ("assistant", "Harap anda selamat. Boleh berikan nama penuh dan ID pemandu?"),
        ("user", "Muhammad Syafiq bin Azhar, ID 7702314"),
        ("user", "tangan kanan patah, skrg kat wad ortopedik Hospital Sultanah Aminah"),
        (
            "assistant",
            "Terima kasih. Kami akan buka kes insurans dan hubungi anda dalam 24 jam.",
        ),
    ],
    [
        ("user", "order sy x sampai2 dah sejam"),
        ("assistant", "Maaf atas kesulitan. Boleh sahkan alamat penghantaran?"),
        ("user", "No. 9, Jalan Kenanga 4, Taman Kenanga, 75200 Melaka"),
        ("user", "nama Liyana, tel 0196635017"),
        ("assistant", "Baik, rider sedang dalam perjalanan, anggaran 10 minit lagi."),
    ],
    [
        ("user", "Nak hantar barang Lalamove ke Klang, tolong isi detail penerima"),
        ("assistant", "Boleh. Sila berikan nama, nombor telefon dan alamat penerima."),
        ("user", "En. Kumaravel a/l Suppiah"),
        ("user", "HP 012-553 0918"),
        ("user", "Lot 22, Kampung Jawa, 41000 Klang"),
        ("assistant", "Baik, butiran penerima telah diisi. Pilih kenderaan: motosikal atau van?"),
    ],
    [
        ("user", "sy nak tukar akaun bank utk payout"),
        ("assistant", "Boleh. Sila sahkan identiti dengan nombor MyKad."),
        ("user", "870430-03-"),
        ("user", "5127"),
        ("user", "Bank Islam 12029010045678 atas nama Norazman bin Che Mat"),
        ("assistant", "Terima kasih, permintaan anda akan diproses dalam 3 hari bekerja."),
    ],
    [
        ("user", "I want to report a rider for harassment"),
        ("assistant", "I'm sorry to hear that. Can you tell me what happened?"),
        (
            "user",
            "After delivering my order he kept texting my number 016-774 3380 at night asking me out. I'm Chloe Tan, I live alone at Pangsapuri Cempaka, Bandar Baru Bangi, unit A-3-8.",
        ),
        (
            "assistant",
            "Thank you for telling us. We've suspended the rider pending investigation.",
        ),
    ],
    [
        ("user", "tolong tulis mesej WhatsApp utk kutip derma rider yg accident"),
        ("assistant", "Boleh. Siapa nama rider dan apa yang berlaku?"),
        (
            "user",
            "Teh Kok Seng a.k.a Ah Seng, rider foodpanda Ipoh, kaki kiri kena potong lepas dilanggar lori minggu lepas. Akaun Public Bank dia 4412 8830 17",
        ),
        (
            "assistant",
            "Salam geng, rakan kita Ah Seng baru kehilangan kaki kiri akibat kemalangan. Sumbangan boleh disalurkan ke akaun yang dinyatakan. Terima kasih!",
        ),
    ],
    [
        (
            "system",
            "Profil rider: Nama: Hafizah binti Omar; MyKad: 960815-11-5210; Zon: Kuala Terengganu; Status: aktif. Bantu rider dengan soalan insentif.",
        ),
        ("user", "quest minggu ni berapa trip kena buat?"),
        ("assistant", "Untuk zon Kuala Terengganu, 35 trip untuk bonus RM40."),
    ],
    [
        ("user", "Hi, Lalamove SG, I need to change the pickup contact"),
        ("assistant", "Sure, please provide the new contact's name, NRIC/FIN and address."),
        ("user", "Goh Shi Min, NRIC T0217659E"),
        ("user", "Blk 268C Compassvale Street #11-245, Singapore 543268, hp 9672 4108"),
        ("assistant", "Updated. The driver will contact the new person on arrival."),
    ],
    [
        ("user", "Macam mana nak kira pendapatan bersih sebulan?"),
        (
            "assistant",
            "Jumlahkan pendapatan kasar, kemudian tolak kos minyak, servis, telefon dan caj platform.",
        ),
        ("user", "ok tq"),
        (
            "user",
            "btw boleh tolong tulis surat rayuan, akaun aku digantung. Nama Badrul Hisham bin Kassim, driver ID 5531882, cust tuduh aku curi makanan padahal x",
        ),
    ],
    [
        ("user", "Sy nak claim insurans barang rosak dlm penghantaran"),
        ("assistant", "Sila berikan ID pesanan dan kaedah bayaran asal untuk pemulangan."),
        ("user", "ID LLM-2612-330517, bayar guna kad 4045 2231 8876 0505"),
        ("user", "nama pemegang kad Wan Nurul Izzati bt Wan Ismail, exp 11/27"),
        ("assistant", "Baik, tuntutan anda sedang diproses."),
    ],
]
