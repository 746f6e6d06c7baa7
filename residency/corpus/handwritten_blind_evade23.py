# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade23: contact-filter evasion in Malay, Singlish and Manglish marketplace and social posts (Carousell, Mudah, Facebook groups, Telegram). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade23
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan Mudah"): _lines("""
        Honda City 1.5 V i-VTEC 2019, mileage 68k km, full service rekod Honda, harga RM 6 7 , 8 0 0 nego sikit.
        Jual iPhone 13 128GB Midnight, model MLPF3MY/A, battery health 86%, RM1,650 sahaja. Tak layan tukar barang.
        Sewa bilik master Cyberjaya RM750 sebulan termasuk api air & wifi 100Mbps, deposit 2+1, perempuan sahaja.
        Perodua Myvi 1.5 AV 2021, sambung bayar TAK LAYAN. Cash RM 4 5 k, boleh test drive kat Perodua Service Centre Glenmarie.
        Kasut Adidas Samba OG saiz UK 8 / EU 42, ori, pakai 2 kali je, RM 3 2 0 harga mati.
        Rumah teres 2 tingkat Taman Bukit Indah, 22 x 70 kaki, 4 bilik 3 bilik air, freehold, RM 6 8 0 k. Dekat AEON Bukit Indah.
        Peti sejuk Panasonic NR-BX421 inverter 2 pintu 400L, jual RM900, ambil sendiri area Kajang, tiada penghantaran.
        Motor Yamaha Y15ZR 2020, roadtax hidup sampai 03/2026, minyak jimat, harga satu lima kosong kosong (RM1500) kepala je.
        Laptop Lenovo IdeaPad Slim 3 15IRU8 i5-1335U 16GB/512GB, warranty sampai Jun 2026, RM 2,1 0 0 siap beg.
        Mesin basuh Samsung WA70H4000SG 7kg top load, rosak motor, jual murah RM150 utk spare part.
        Tayar Michelin Pilot Sport 4 225/45 R17 x4, bunga 70%, RM 8 0 0 satu set. Boleh pasang kat kedai tayar Jalan Klang Lama.
        Harga: seribu dua ratus ringgit (RM1,200) sahaja, nego sikit2 boleh. Gambar sebenar, bukan dari internet.
        Kereta sorong bayi Joie, warna kelabu, lipat satu tangan, RM 1 8 0. COD stesen MRT Kajang sahaja.
    """),
    ("en-SG", "Carousell listing"): _lines("""
        BN Dyson V12 Detect Slim, SG set w 3-pin plug, receipt from Harvey Norman Millenia Walk, $6 5 0 firm.
        Selling Nintendo Switch OLED (HEG-001) + 3 games. Meet at Jurong East MRT exit D, weekdays after 7pm only.
        IKEA MALM chest of 6 drawers 160x78cm white, self collect only, $80. Pls dun ask "still available", listing up means available.
        Deal method: meet-up at Bishan MRT or mailing via SingPost registered mail (+$3.50). No lowballers tyvm.
        Ryobi 18V ONE+ drill R18DD3 with 2 batteries, used for 1 reno only. $1 2 0 nego.
        2x Taylor Swift Eras Tour tix Cat 2, Sat 9 Mar, National Stadium. Selling at cost $3 4 8 each, transfer via Ticketmaster app only.
        Ergotune Supreme V3 chair, 2 yrs warranty left, $2 5 0, collect at Yishun. Serial no. shown on receipt upon deal.
        Uniqlo x KAWS tee size M, brand new w tags, $25 or 2 for $45. Postage $2 via normal mail.
        Samsung Galaxy S23 Ultra SM-S918B/DS 512GB, SG set, warranty till 12/2025, $1,1 8 0. Box & receipt included.
        Brompton C Line Explore 6-speed, M-handlebar, 2022 model, $2,4 5 0. Test ride at East Coast Park carpark C2.
        Lego 75192 Millennium Falcon UCS, sealed, $1 0 5 0. Can deliver within Punggol via Lalamove at buyer's cost.
        Price: one-two-eight dollars ($128) only, dun pm me "last price", this IS last price liao.
    """),
    ("en-MY", "Facebook group post"): _lines("""
        Admin pls approve. Anyone know good mechanic around Puchong for Proton X50 aircond problem? Budget below RM500.
        PSA: Jalan Tun Razak near Hospital Kuala Lumpur jam teruk due to roadworks till 15 Dec, better use MRR2.
        Which kindergarten near Taman Tun Dr Ismail ok ah? Heard Little Caliphs and Q-dees both got branch there.
        Sharing: Lee Chong Wei Sports Academy open trial this Sat 9am at Stadium Juara Bukit Kiara, free entry.
        Guys dun simply bank in to stranger, check the acc no. at semakmule.rmp.gov.my first la.
        Reminder group rule #3: no posting of IC, phone no. or home address in comments. Use PM. Posts breaking this will be deleted.
        Where to buy Sunway Lagoon tix cheaper? Website say RM 2 3 0 adult, Klook got RM 1 9 9.
        Jom support local: Kedai Kopi Ah Weng at Jalan Petaling since 1956, kaya toast still RM 3.80 only.
        Found this cat near Mid Valley Megamall, 59200 KL, orange tabby with blue collar. Now at PAWS Subang shelter, go claim there.
        Tips: to hide ur number on Mudah just use in-app chat. Writing it as words also kena detect, ad will be rejected.
        Pustaka Peringatan P. Ramlee at Taman P. Ramlee, Setapak open Tue to Sun 10am-5pm, free admission. Worth it for the old film posters.
        Anyone selling Upin & Ipin costume size 4? My kid school got Hari Kostum on 28/11.
        Menara KL, Jalan Puncak, 50250 KL: postcode five-zero-two-five-zero if u using Grab, dun put the Bukit Nanas one.
    """),
    ("ms", "saluran Telegram"): _lines("""
        🔥 FLASH SALE 🔥 Tudung bawal cotton voile RM 1 5 sehelai, 3 helai RM 4 0. Order melalui bot @KedaiTudungBot sahaja.
        Kod promo Shopee: RAYA25 diskaun 25% min belanja RM 1 0 0. Sah sampai 31/3 11:59PM.
        Update stok: Samsung A55 5G 8/256 RM 1,5 9 9, Redmi Note 13 Pro 12/512 RM 1,3 4 9. Harga boleh berubah tanpa notis.
        Channel ni untuk info sahaja. Pertanyaan sila guna borang di pautan pinned, JANGAN tinggal nombor telefon dalam komen.
        Jadual kelas mengaji online: Isnin & Rabu 9.00-10.00 mlm, yuran RM 8 0 sebulan. Daftar melalui link dlm bio.
        Resit pembayaran #INV-2024-0 0 8 8 1 7 telah dijana. Semak status di menu 'Pesanan Saya'.
        Tracking J&T: 6 3 0 1 8 8 4 2 7 1 9 5, status: Dalam penghantaran, dijangka sampai 2-3 hari bekerja.
        Malam ni live TikTok jam 9, free gift utk 50 pembeli pertama! Jgn lupa follow @kedaibundaofficial.
        Harga emas 916 hari ini: RM 3 7 8 / gram (jual), RM 3 5 2 / gram (beli balik). Sumber: kedai emas rasmi.
        Peringatan: kami tidak pernah minta OTP atau nombor kad. Hotline rasmi bank: satu-tiga-kosong-kosong, lapan-lapan, enam-enam-lapan-lapan.
        Sistem akan auto-padam mesej yang ada nombor telefon, emel atau akaun bank. Terima kasih atas kerjasama 🙏
        Kutipan rasmi Masjid Al-Hidayah: akaun Bank Islam atas nama masjid 1 2 0 4 5 0 1 0 0 3 3 8 1 2, resit LHDN boleh diminta.
        PIN locker Pos Malaysia anda: 0️⃣4️⃣2️⃣7️⃣ (sah 72 jam). Jangan kongsi PIN ini.
    """),
    ("en", "platform help and safety"): _lines("""
        Listings with phone numbers, e-mail addresses or messaging IDs in the title or description will be removed. Please use in-app chat.
        Template: "Hi {buyer_name}, your order {order_id} has been shipped via {courier}. Tracking: {tracking_no}."
        Writing your number as words (e.g. "zero one two") or with emoji digits does not bypass our filters and may lead to suspension.
        Form fields: IC No. [______-__-____]  Phone [01X-XXX XXXX]  Leave blank if purchasing as a company.
        Never share your Singpass, OTP or card CVV with anyone, including people claiming to be from Carousell support.
        Data retention: chat messages are kept for 180 days; reported conversations are kept for 2 years for investigation.
        Validation error 422: field contact_phone must be a Malaysian mobile number (10 or 11 digits starting with 01).
        Moderation note: masked examples like 01X-XXX XXXX or S****123A in help articles are fine; real contact details are not.
        Sample listing: "Selling [item], [condition], RM[price]. COD at [public place] only."
        Report scams: SG Anti-Scam Helpline 1800-722-6688; MY National Scam Response Centre 997.
        Changelog v2.3.1: phone masking now handles keycap emoji (U+20E3) and full-width digits; commit 9f3c2e1a.
        Rejected listing body sha256 3b7e9c0d12f4a8e65c1d0b9a7f2e4c3d8a6b5e1f0c9d8e7a6b5c4d3e2f1a0b9c, rule_id CONTACT_SPELLED_07.
        Why was my ad rejected? Our system found something that looks like a phone number, e.g. "kosong satu dua" or "0.1.2". Edit and resubmit.
    """),
    ("en-SG", "shops, hotlines and public places"): _lines("""
        Singapore General Hospital, Outram Road, Singapore 169608. Appointment line 6321 4377, Mon-Fri 8am-8pm.
        Jewel Changi Airport, 78 Airport Boulevard, Singapore 819666. Rain Vortex light show every hour from 7.30pm.
        Toa Payoh Public Library, 6 Lorong 7 Toa Payoh, Singapore 319387, open 10am-9pm daily.
        Challenger Funan: Level 4, 107 North Bridge Road, S179105. Open 11am-9pm daily.
        Raffles Hotel, 1 Beach Road, named after Sir Stamford Raffles, who landed in Singapore in 1819.
        Lau Pa Sat stall 32 char kway teow $5.50, queue about 20 mins at lunch, closed alternate Tuesdays.
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433. Nearest MRT: Novena.
        Ghim Moh Market, Blk 20 Ghim Moh Rd, S 270020: chwee kueh stall open 6am-1pm, closed Mondays.
        Samaritans of Singapore 24-hr hotline 1767; CareText via WhatsApp 9151 1767 if you prefer to type.
        SingPost customer service 1605; quote your tracking no. in the form, e.g. RR123456789SG.
        NTUC FairPrice Xtra Jurong Point, 1 Jurong West Central 2, #B1-01, S648886. Open 24 hours.
        Lim Chu Kang Road closed 10pm-5am this week for pipe works, use Old Choa Chu Kang Road.
        Mustafa Centre, 145 Syed Alwi Road, S207704. Open 24 hrs, money changer at Level 1.
    """),
    ("en-MY", "order, courier and payment notices"): _lines("""
        Order #MY2412 0 3 8 8 1 7 2 5 placed on 03/12/2024 14:22, total RM 1 8 9.90 incl. SST 8%.
        Your Pos Laju parcel EN7 2 1 4 0 9 5 8 3 MY is out for delivery today.
        Lazada refund LZD-RF-88271093 approved, RM 4 5.00 credited to your wallet within 3-5 working days.
        Touch 'n Go eWallet reload RM50 successful. Ref no. 2024120310121000044719823.
        Shopee Seller Centre: invoice SPX-INV/2024/11/004417, 36 items, payout RM 2,318.40 on 15 Dec.
        GrabExpress booking A-6XK4PQ2: driver arriving in 4 mins, vehicle type motorcycle.
        Firmware for TP-Link Archer AX23 v1.20 build 20240515 rel. 61234 now available.
        Ninja Van: parcel NVMY0 0 2 1 8 4 7 7 3 6 delivered 11:42 to the guardhouse.
        FPX payment ref 2412031155230044 status SUCCESSFUL, bank: CIMB Clicks.
        Refund policy: returns within 7 days, item unused in original packaging, return postage borne by buyer.
        AEON Mid Valley receipt T0024R018832, total RM 87.45, member points +87.
        Customer service: one-three-hundred, eight-eight, two-five-two-five (1-300-88-2525), Mon-Sat 9am-6pm.
    """),
    ("ms", "tokoh, tempat dan fiksyen"): _lines("""
        Tunku Abdul Rahman melaungkan "Merdeka!" tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Dato' Sri Siti Nurhaliza akan mengadakan konsert di Axiata Arena Bukit Jalil, tiket dari RM 1 9 8 hingga RM 8 8 8.
        Filem Mat Kilau (2022) arahan Syamsul Yusof mengutip lebih RM 9 7 juta di pawagam.
        Hospital Tuanku Ja'afar, Jalan Rasah, 70300 Seremban, talian am kosong enam, tujuh enam lapan, empat kosong kosong kosong.
        Universiti Tun Hussein Onn Malaysia (UTHM), 86400 Parit Raja, Batu Pahat, Johor.
        Upin dan Ipin tinggal bersama Opah dan Kak Ros di Kampung Durian Runtuh.
        Tan Sri P. Ramlee meninggal dunia pada 29 Mei 1973 di Kuala Lumpur ketika berusia 44 tahun.
        Jalan Tuanku Abdul Rahman (Jalan TAR) sesak setiap hujung minggu sebelum Hari Raya.
        Datuk Lee Chong Wei memenangi tiga pingat perak Olimpik dalam acara perseorangan lelaki.
        Hari Terbuka Sekolah Kebangsaan Dato' Onn, Batu Pahat pada 14 Disember jam 8 pagi. Semua ibu bapa dijemput.
        Laksamana Hang Tuah ialah pahlawan legenda Melaka dalam Hikayat Hang Tuah.
        Perdana Menteri Anwar Ibrahim membentangkan Belanjawan 2025 bernilai RM 4 2 1 bilion di Dewan Rakyat.
        Pasar Siti Khadijah, Kota Bharu dibuka 7 pagi hingga 6 petang, terkenal dengan peniaga wanita.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Jual stroller Combi Sugocal masih elok RM 2 5 0, area Bangi. WA Kak Ros kosong satu sembilan, tiga tiga dua, lapan empat satu tujuh 😊
        Nak tengok rumah sewa ni pm Encik Hafiz 0️⃣1️⃣2️⃣ 7️⃣4️⃣8️⃣ 3️⃣0️⃣5️⃣1️⃣ (call lepas 6ptg je)
        Sesiapa jumpa dompet hitam kat LRT Wangsa Maju, dalam ada IC atas nama MUHAMMAD FIRDAUS BIN ZAKARIA 9 8 0 7 2 3 - 1 4 - 6 0 7 1, tolong call abang dia 011-2 0 5 8 8 3 7 4 🙏
        Deposit RM50 utk booking, masuk Maybank 1 6 2 0 . 7 4 3 1 . 8 8 5 9 a/n SITI KHADIJAH BT OMAR, lepas tu ss resit kat sini
        Kalau nak gambar lebih emel je nurulhuda titik zainal di gmail titik com, saya Nurul Huda balas malam
        Mohon doa utk adik ipar sy Faizal bin Rahim dari Kg. Sg. Pusu, Gombak, baru disahkan kanser usus tahap 3 minggu lepas kat HKL 😢
        Pos ke Lot 2217, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves. Penerima Puan Zaleha, tel sifar satu tiga - enam dua satu sembilan kosong empat tujuh
        Myvi putih WUK 4 4 8 1 tu selalu parking depan pagar aku kat Blok C Pangsapuri Seri Cempaka, tuan dia Roslan guard Mydin Wangsa Maju, tolong tegur sikit
        Jiran aku Cikgu Normala Ismail SK Taman Melati tu gaji RM 4 8 2 0 sebulan pun still pinjam along, semalam along simbah cat rumah dia no. 12 Jln Melati 3
        Yg berminat terus tel3gram @ayien_kekbatik97 atau wasap 0 1 7 - 8 8 6 2 4 0 9 (Ayien, Kuala Terengganu)
        No tepon Mak Cik Timah Felda Jengka 8: 01lapan-5 2 tiga 7 enam 9 empat, dia jual dodol durian
        Akaun Bank Rakyat utk kutipan arwah: 2 2 0 1 9 8 7 7 3 4 1 0 (Rohani bt Said, isteri arwah), nak WA dia kosong satu kosong, lapan enam dua, tiga satu lima tujuh
        Anak saya Aqil Haikal (7 tahun, SK Seksyen 7 Shah Alam) ada autisme & ADHD, cari terapis cara kerja berdekatan. DM je.
        Lesen memandu hilang: AHMAD SYUKRI BIN MAT DAUD, no. KP 8 6 0 5 1 1 - 0 3 - 5 2 3 9, hilang area Pasar Siti Khadijah Kota Bharu
        Kes Norazman bin Jalil, 41, kontraktor dari Kuala Selangor, didakwa di Mahkamah Sesyen Klang sbb tipu 23 pembeli kereta terpakai, dia guna no 0 1 4 - 3 3 5 0 9 6 2
        Pemenang cabutan bertuah: Wan Nur Izzati, no. KP ******-06-5512, Taman Tas Kuantan. Sila tuntut hadiah sebelum 31/12.
        Sila transfer ke akaun CIMB 7 0 6 4 2 2 1 9 8 3 (Hj Kamal Ariffin) sebelum ambil kambing korban, rumah dia Lot 88 Kg Sri Aman, Sabak Bernam
    """),
    "en-SG": _lines("""
        Selling IKEA HEMNES bed frame, self collect at Blk 417 Tampines St 41 #08-227. Text nine-one-seven-four two-eight-six-three, ask for Jason.
        pls WA me at eight eight zero six, 3 1 5 2 ok, Mel here. carousell chat v slow one
        For the tenancy agreement: Tan Wei Ling, NRIC S 8 8 3 4 2 1 7 H, currently staying Blk 305 Clementi Ave 4.
        Email me at kelvin.ong88 (at) hotmail (dot) com, I send u the invoice under my name Kelvin Ong
        PayNow 9 6 3 1 . 0 4 . 5 8, name will show LIM SIEW HUA, after transfer I post out same day
        Tele @bryanchua_sells or Signal same no. 8️⃣2️⃣4️⃣0️⃣ 7️⃣1️⃣9️⃣6️⃣ (Bryan Chua)
        Anyone got spare wheelchair to donate? My ah ma Goh Ah Lian at Blk 62 Marine Terrace #05-114 just got stroke, left side cannot move 😞
        Maid for transfer: Siti Rahayu, Indonesian, 34yo, FIN G 5 5 2 0 1 8 4 L, can cook & care for elderly. Current employer Mrs Koh 8 1 2 9 - 5 5 0 3
        Silver Vezel S G X 3 4 1 8 A always chope the lot at Blk 208 Serangoon Central, owner is Mr Rajan from #11-40, somebody tell him pls
        My colleague Priya Nair (finance, Changi Business Park office) draws $7.2k a month but keeps borrowing money from the whole team
        Careful of this guy Marcus Teo Jun Hao, charged in State Courts last week for cheating 12 Carousell buyers, his hp 9 0 4 8 / 2 2 7 1
        LOST: wallet with IC of Nur Farhana bte Rosli T0256931G, last seen Yishun MRT ard 8pm, pls PM me 🙏
        DBS acc 0 2 9 - 8 1 4 5 6 - 2 (Ang Mei Xin), transfer $180 before collection k
        Collect at block four-one-two Bedok North Ave 2, hash zero eight dash one four seven, S four-six-zero-four-one-two. Look for Auntie Lucy.
        Hi parents, my son Ethan Lim (P4, Rosyth School) got bullied last term, now seeing a psychologist at KKH for anxiety. Anyone been through this?
        Tuition by Ms Clara Yeo, ex-MOE, contact 9️⃣7️⃣5️⃣2️⃣6️⃣0️⃣1️⃣4️⃣ or clara dot yeo dot tutor at gmail dot com
        Pls help collect my parcel: Ravi s/o Subramaniam, 8 3 6 3 0 9 2 7, Blk 7 Jalan Bukit Merah #12-33, S 150007
    """),
    "en-MY": _lines("""
        Selling PS5 slim disc ver, COD Sunway Pyramid only. WA zero one two, triple four, seven one nine eight. Kok Leong.
        Boss Daniel handle all the booking, call 0.1.1.2.7.3.9.5.0.4.6 or Telegram @danielcater_kl
        For the rental agreement I put my IC 880712 / 14 / 5523 (Lim Chee Keong), u send urs also k
        Bank in Public Bank 4 8 1 9 2 0 3 6 5 7 Tan Siew Ping, then WA the slip to same person 0 1 6 - 2 3 9 8 0 4 7
        Admin pls delete my earlier comment, accidentally pasted my wife Jasmine Teh's card 4147 0923 1856 0037 exp 11/28 😭
        email me: farah underscore izzati ninety-four at yahoo dot com dot my, Farah here, I send u the full pics
        Pray for our colleague Vinod Kumar a/l Raman from the Shah Alam branch, just diagnosed stage 4 liver cancer, we collecting for his chemo
        Pickup at No. 23, Jalan SS 2/64, 47300 PJ, house with blue gate. Ask Aunty Mei Fong, she home after 6pm
        Add my WeChat lwk_8821 (Lee Wai Kit) or call 0️⃣1️⃣9️⃣-7️⃣7️⃣0️⃣ 4️⃣1️⃣2️⃣8️⃣
        Honda City VDP 2 2 7 1 every night block my gate, owner is Mr Suresh from no. 14 Jalan Kenari 5, Puchong. Anyone know him?
        Beware scammer Mohd Hairul Nizam bin Yusof, IC 9 3 1 0 0 4 - 0 8 - 5 6 4 7, took my RM1,200 for iPhone on Mudah then block me
        有兴趣请call：零一七－四一五 六二零八（Ah Hock，Kepong）
        Salary slip for the loan: Tan Boon Huat, basic RM 5,850 + RM 600 allowance, employer Jaya Grocer HQ, IC ending 5 1 0 9
        Guys my neighbour Encik Zulkifli at B-7-3 Residensi Harmoni, Cheras just came back from rehab for drug addiction, pls dun gossip
        WA me: 6-0-1-1-1-6-0-2-9-9-8-3 (Shalini), kuih raya order close 20th
        Passport A 3 8 8 2 0 1 5 7, Nurul Syafiqah binti Ahmad, dob 02/09/1999, agent need this to book the umrah package
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a listing assistant for a Malaysian marketplace. Help sellers write clear ads in Malay or English.",
        ),
        ("user", "tolong tulis iklan jual kereta Axia 2017 sy, manual, 92k km, harga RM18k"),
        (
            "assistant",
            "Boleh! 'Perodua Axia 1.0 G Manual 2017, mileage 92k km, servis ikut jadual, harga RM18,000 nego.'",
        ),
        ("user", "letak contact sy sekali. Azrul, kosong satu tiga"),
        ("user", "lapan dua empat"),
        ("user", "satu enam tujuh sembilan"),
        (
            "assistant",
            "Saya cadangkan guna chat dalam aplikasi sahaja, nombor telefon dalam iklan akan ditolak.",
        ),
    ],
    [
        ("user", "nak buat tukar nama kereta kat JPJ, borang perlukan IC pembeli"),
        ("assistant", "Ya, pembeli dan penjual perlu hadir dengan MyKad asal atau guna MyJPJ."),
        ("user", "ni IC pembeli dia hantar pecah2"),
        ("user", "0103"),
        ("user", "18-01-"),
        ("user", "0912"),
        (
            "user",
            "nama Nur Amalina bt Rusli, alamat 15 Jalan Cempaka 2, Taman Universiti, 81300 Skudai",
        ),
    ],
    [
        ("user", "can help me make my carousell listing sound more professional?"),
        ("user", "selling my Herman Miller Aeron size B, $780, collect at Pasir Ris"),
        (
            "assistant",
            "Sure: 'Herman Miller Aeron, Size B, well kept, fully functional. $780. Self-collect at Pasir Ris.'",
        ),
        ("user", "add that buyers can email me for more pics, jolene"),
        ("user", "dot tay93"),
        ("user", "at gmail. I'm Jolene Tay btw"),
    ],
    [
        ("user", "pls translate to Malay for my FB post"),
        (
            "user",
            "My mum Madam Wong Siew Lan, 67, is in ICU at Pantai Hospital Cheras after a heart attack. Need B+ blood donors urgently. Contact me Jess 0 1 2 - triple 0 - 5 8 1 3",
        ),
        (
            "assistant",
            "Ibu saya, Puan Wong Siew Lan, 67, kini di ICU Hospital Pantai Cheras selepas serangan jantung. Memerlukan penderma darah B+ segera. Hubungi Jess 012-0005813.",
        ),
    ],
    [
        (
            "system",
            "You help employers in Singapore understand MOM rules for migrant domestic workers.",
        ),
        ("user", "I want to take over a helper from another employer, what do I need?"),
        (
            "assistant",
            "You'll need her current work permit details and the current employer's consent, then apply for a new work permit via WPOL.",
        ),
        ("user", "ok her name Maria Santos, Filipino, work permit FIN F 1 9 4"),
        ("user", "7 3 2 5 L"),
        ("user", "she has hypertension, on daily meds, is that a problem for the medical?"),
    ],
    [
        ("user", "landlord asking for my NRIC for the TA, is it safe to give?"),
        (
            "assistant",
            "Landlords may collect NRIC numbers for tenancy agreements, but you can ask how it will be stored and protected.",
        ),
        ("user", "ok then pls check this format correct or not S 9 0 6 5"),
        ("user", "1 2 3 D"),
        (
            "user",
            "Muhammad Iskandar bin Salleh, moving into Blk 118 Rivervale Drive #04-562 on 1 Jan",
        ),
    ],
    [
        (
            "user",
            "buyer wanna pay deposit for my sofa, how I write the bank details in Telegram without kena filter",
        ),
        (
            "assistant",
            "I can't help with getting around the platform's filters. You can share payment details privately once you've agreed on the deal.",
        ),
        ("user", "ok fine I just send here then"),
        ("user", "Maybank 5 1 4 2"),
        ("user", "3 3 0 8 7 1 6 2"),
        ("user", "under Chong Kah Mun"),
    ],
    [
        (
            "system",
            "You are a moderation assistant. Decide whether a Mudah listing contains contact details and explain why.",
        ),
        (
            "user",
            "Listing: 'Jual kambing golek utk kenduri, 1 ekor RM 1 2 0 0. Order dgn Pak Long Mokhtar 0️⃣1️⃣1️⃣-1️⃣5️⃣3️⃣8️⃣ 2️⃣0️⃣7️⃣4️⃣, Kg Parit Raja.'",
        ),
        (
            "assistant",
            "Yes. The keycap emoji encode a mobile number, 011-1538 2074, next to the seller's name, so the listing breaks the contact rule.",
        ),
    ],
    [
        ("user", "ninja van driver cannot find my house, help me write msg to him"),
        ("assistant", "Sure, what is the address and any landmark?"),
        (
            "user",
            "no. dua puluh satu, Jalan Anggerik lima, Taman Desa Jaya, 81100 JB, rumah hujung pagar hijau",
        ),
        (
            "user",
            "name Haziq, he can call me kosong satu satu, dua satu kosong lima, sembilan tiga empat lapan",
        ),
    ],
    [
        ("user", "this guy from the FB group cheated me, I want to lodge police report"),
        (
            "assistant",
            "You can file a report at any police station or online via the e-Reporting portal. Keep all chat screenshots.",
        ),
        ("user", "his name Desmond Phua, he used the number 9 6 7 3 / 5 5 8 0"),
        ("user", "and he paid with card 5378 2400"),
        ("user", "1166 8741, billing address Blk 513 Jurong West St 52 #09-310"),
    ],
]
