# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade17: evasion tricks in English and Malay (Singapore and Malaysia). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade17
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gaming and forum leetspeak"): _lines("""
        gg ez, n00bs got pwn3d on Dust II lol, rematch 9pm?
        l33t tip: r3b1nd ur ult to Q and ur flash to F, thank me l8r
        Selling acc: lvl 87, 3 legendary skins, 1.2k gems, S$45 nego, no lowballers pls
        WTB Pok3mon TCG 151 booster box, budget RM six-fifty, COD Mid Valley only
        That T1 Faker play tho, 1v3 in the river at 38:12, absolute goat behaviour
        anyone else kena the "ur acc will be b4nn3d, verify at bit[.]ly/xxxx" DM? just report n block
        MODS PLS PIN: do NOT post ur IC / phone / addr here, not even in c0d3 or b@se64, bots decode it in 1 sec
        Clan tag is [SGx] not [5Gx], the 5 was autocorrect being dumb
        Raid starts 2100 SGT, 25 ppl, bring flasks & food, voice in #raid-nite
        Phua Chu Kang's "use your brain, brain, brain" ad still better than 90% of TikToks today
        no i'm not sharing my acc pw with anyone, stop asking la
        patch notes say the Malaysian server goes 0ffl1n3 from 0200 to 0600 MYT for maintenance
        w0w the new map is s0 l4ggy on SEA servers, 180 ping from KL tonight
    """),
    ("en", "code and documentation examples"): _lines("""
        Example: base64.b64encode(b"hello world") returns b"aGVsbG8gd29ybGQ=".
        Use Stripe's test card 4242 4242 4242 4242 with any future expiry and any 3-digit CVC; it never charges a real account.
        The sample NRIC S1234567D in our docs is a dummy value that happens to pass the checksum; never use real NRICs in fixtures.
        s = re.sub(r"[\\u200b-\\u200d\\ufeff]", "", s)  # strip zero-width chars before validating
        SHA-256 of the empty string is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
        Release v4.12.0-rc.3 (build 20261118.2) fixes NFKC normalisation of fullwidth digits such as ９ and ０.
        In hex, "SGD" is 53 47 44 and "MYR" is 4D 59 52.
        fixture = {"name": "Test User", "phone": "+65 0000 0000", "email": "user@example.com"}  # fake, do not swap in prod data
        The MyKad number has the form YYMMDD-PB-###G: PB is the place-of-birth code (14 = Kuala Lumpur, 10 = Selangor) and an odd last digit means male.
        commit a3f9c21 reverts the hex-decode step because bytes.fromhex() raised on odd-length input like "abc"
        "Kuala Lumpur"[::-1] == "rupmuL alauK"  # True
        Luhn: from the right, double every second digit, subtract 9 from anything over 9, and the total must end in 0.
        Our log redactor replaces [STFGM]\\d{7}[A-Z] with <NRIC>; unit tests generate synthetic values at runtime.
    """),
    ("en", "privacy and trust-and-safety guidance"): _lines("""
        Scammers often read OTPs as words ("four-seven-one...") to get past filters; never give an OTP to anyone, including "bank staff".
        ScamShield Helpline: 1799, 24/7. If in doubt, call and check.
        Moderators should treat base64 blobs in comments as suspicious and decode them in the sandbox before approving.
        PDPC guidance: organisations should not collect full NRIC numbers unless required by law; the last three digits and checksum letter usually suffice.
        Doxxing posts often use NATO spelling, reversed text or emoji between digits, so normalise the text before matching.
        Training slide 14: look-alike characters – Latin "a" vs Cyrillic "а", digit 0 vs letter O, fullwidth "１" vs "1".
        Please redact names, IC numbers, phone numbers and addresses from screenshots before posting in #incidents.
        Samaritans of Singapore (SOS): call 1767 any time, or WhatsApp CareText 9151 1767.
        Zero-width joiners (U+200D) are legitimate inside emoji sequences like 👩‍💻, so don't strip them blindly.
        Q3 T&S report: 1,284 doxxing attempts blocked; 62% used leetspeak, 18% base64, 9% emoji separators.
        Template: "Hi [NAME], your appointment at [CLINIC] is on [DATE]. Reply YES to confirm." – fill the placeholders only in the production system.
        DBS will never ask for your PIN; the official hotline is one-eight-hundred, one-one-one, one-one-one-one (1800 111 1111).
        Beware of fake "Shοpee" sites (that ο is Greek omicron) asking for card details to "release" a parcel.
    """),
    ("en", "orders, tracking and receipts"): _lines("""
        Your Shopee order 241104KJ7T2M9P has shipped via SPX, tracking SPXSG04829173651.
        Ninja Van: parcel NVSGSHP0009418822 out for delivery, est. 6–8 Dec.
        Invoice INV-2026-000418: amount due S$1,284.50 (one thousand two hundred eighty-four dollars and fifty cents), payable by 31/12.
        Promo code S1NGL3S-D4Y gets 11% off 11.11, min spend $50, one use per account.
        Order #A7-3F-99-C2 is ready for pickup at Counter 3.
        Grab receipt GF-241203-8XK2Q, total RM23.40, paid with GrabPay.
        Deliver to: Tan Tock Seng Hospital, Pharmacy Store, 11 Jalan Tan Tock Seng, Singapore 308433 (loading bay B).
        Your Lazada OTP is 4 7 1 9 0 2. Do not share this code with anyone.
        Poslaju tracking E R 6 1 8 2 0 4 7 3 5 M Y – status: item dispatched from Shah Alam hub.
        Refund of S$89.90 processed to the card on file; ref RFD-9QX7-21.
        Batch LOT-20261121-B07, exp 11/2028, barcode 9 556001 234567 on the side of the carton.
        Wi-Fi for customers: K0p1T14m_2026! (changes every Monday)
    """),
    ("ms", "promosi kedai dan harga"): _lines("""
        Promosi hujung tahun! Beras Cap Rambutan 10kg hanya RM tiga puluh lapan (RM38), stok terhad.
        Kod baucar R4MAD4N25 untuk diskaun 25%, sah sehingga 30 Mac.
        Harga RON95 minggu ni kekal dua ringgit lima sen seliter.
        Kedai Runcit Pak Abu, No. 8 Jalan Pasar, Kuala Kangsar – buka 7 pagi sampai 10 malam, tutup Jumaat petang.
        Beli 2 percuma 1! Kod produk SKU-MY-0O0-77 (tengah tu huruf O, bukan kosong).
        Caj pos: Semenanjung RM8, Sabah/Sarawak RM15, percuma untuk belian lebih RM150.
        Harga emas 916 hari ini: jual RM tiga ratus sembilan puluh lima segram, beli balik RM tiga ratus enam puluh.
        Ansuran 0% 12 bulan: RM1,199 ÷ 12 = RM99.92 sebulan untuk Samsung Galaxy A55.
        Koleksi tudung bawal edisi Raya dah masuk, warna d3n1m, m1nt & s4g3 😍 PM utk harga
        Nombor siri di belakang kotak: SN 4B-7E-21-9F (heks), wajib untuk tuntutan waranti.
        Dobi Layan Diri 24 Jam – mesin basuh RM5, pengering RM4 / 30 minit, terima QR Pay.
        Talian pelanggan KedaiMurah.my: satu tiga kosong kosong, lapan lapan, dua satu, empat empat (1300-88-2144), Isnin–Jumaat 9 pagi–6 petang.
        Flash sale 12.12 jam 🕛 tengah malam: powerbank 20000mAh RM 4️⃣9️⃣ je!
    """),
    ("ms", "talian bantuan dan notis awam"): _lines("""
        Talian Kasih: satu lima sembilan sembilan sembilan (15999), 24 jam, untuk mangsa keganasan rumah tangga dan penderaan kanak-kanak.
        Kecemasan: dail 999 – boleh didail walaupun telefon bimbit tiada kredit.
        Talian HEAL 15555 menyediakan sokongan psikososial percuma, 8 pagi hingga 12 tengah malam setiap hari.
        Pusat Respons Scam Kebangsaan (NSRC): sembilan sembilan tujuh. Jangan sekali-kali beri nombor TAC kepada sesiapa.
        Notis: bekalan air terganggu di Jalan Tun Razak dan Jalan Ampang pada 6 Dis, 9 pagi–5 petang.
        JPN: permohonan MyKad gantian boleh dibuat di mana-mana cawangan; bawa salinan laporan polis jika kad hilang.
        Masjid Sultan, 3 Muscat Street, Singapura 198833 – solat Jumaat bermula 1.05 tengah hari.
        Hospital Tengku Ampuan Rahimah, Jalan Langat, 41200 Klang – waktu melawat wad am 12.30–2.00 tgh dan 4.30–7.00 ptg.
        Polis memberi amaran: sindiket menyamar pegawai LHDN guna nombor bermula +60 3; LHDN tidak minta maklumat bank melalui telefon.
        Talian aduan pengguna KPDN: 1-800-886-800, atau guna aplikasi Ez ADU.
        Borang pendaftaran pelajar baharu UTHM (Universiti Tun Hussein Onn Malaysia) dibuka sehingga 15 Januari.
        Perpustakaan Awam: pinjaman maksimum 5 naskhah untuk tempoh 14 hari; denda 20 sen sehari untuk lewat pulang.
    """),
    ("ms", "media sosial dan bahasa rojak"): _lines("""
        Gila la game semalam, Harimau Malaya menang 3-1, Arif Aiman sapu satu gol cantik giler
        weh jgn layan msg "T4hn14h anda m3n4ng RM5,000, kl1k l1nk ni" – scam tu, report terus
        4ku bukan bot ok, memang taip camni sejak zaman Friendster haha
        Sapa nak join tapau nasi lemak? tapi jgn letak no fon dlm group public ni, PM je
        Upin & Ipin episod baru kat TV9 petang ni, Kak Ros garang macam biasa 😂
        Tunku Abdul Rahman melaungkan "Merdeka!" tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Dia tulis "terima kasih" terbalik jadi "hisak amiret" – trend TikTok baru ke ni?
        ssh gila nak dpt tiket konsert Dato' Sri Siti Nurhaliza, habis dlm 3 minit
        Pakcik kedai kopi kat Kg Baru tu kata teh tarik dah naik jadi dua ringgit 😩
        btw 🅱️ tu bukan huruf B betul, filter tak detect, sebab tu org guna utk carut
        PM Anwar Ibrahim bentang bajet hari ni, gaji minimum naik ke tak? sape tau
        Kat Singapore pun panggil "kopi-O kosong", sama je dgn kita
    """),
    ("en", "puzzles and word games"): _lines("""
        Puzzle 3: decode "Hotel Alfa Papa Papa Yankee" using the NATO alphabet.
        Cipher clue 7: 4D 45 52 44 45 4B 41 in ASCII hex spells a word every Malaysian knows.
        Answer to last week's base64 riddle "U2luZ2Fwb3Jl": Singapore.
        Crossword 14 across: Singapore's first Finance Minister, Goh Keng ___ (4)
        Escape room hint: the padlock code is the year Singapore became independent, written backwards.
        "Raffles" in NATO: Romeo Alfa Foxtrot Foxtrot Lima Echo Sierra.
        Leet quiz: what does "M4L4YS14 B0L3H" say?
        Caesar shift 3: "NDVLK" decodes to "KASIH".
        Sudoku #208, row 1 of the solution: 5 3 4 6 7 8 9 1 2
        Riddle: read me backwards and "Merlion" becomes "noilreM" – what did the lion say? Nothing, it only spouts water.
        Kids' worksheet: write 2,026 in words – two thousand and twenty-six / dua ribu dua puluh enam.
        Emoji quiz: 🦁 + 🏙️ = ? (hint: the Lion City)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Found a blue wallet at Tampines Hub food court, belongs to J0@nn3 L1m W3i Q1, her NRIC S8734215H is inside. pls call her at n1ne-s3ven-2-2 4-0-8-1 to collect
        For the insurance form: NRIC Sierra Niner Zero One Two Eight Seven Six Juliett, name Rajesh s/o Subramaniam, DOB 14 Feb 1990.
        email me backwards so the bots dont scrape: moc.liamg@58nehcnivek – Kevin Chen, the guy selling the Brompton in Bishan
        Kak Yati's home-cooked nasi lemak 🌶️ order via WA 9🌶️3🌶️5🌶️1 🌶️0🌶️2🌶️7🌶️7, self-collect at her flat Blk 207 Jurong East St 21 #03-88 S600207
        lol decode this and u'll know who the new girl in ops is: TmFkaWEgYmludGkgSGFzc2FuLCBTOTgxMjM0NUg=
        Terence Poh's mobile in hex coz this group is public: 39 36 36 33 31 34 30 38. He's renting out the common room in his Punggol flat.
        Priya Nair's personal email is priya\u200b.\u200bnair\u200b.\u200b92@\u200bgmail.com – she asked me to forward her MC for the dengue admission there.
        Payee: Сhua Веng Кiat, NRIC Ｓ７７０５４１９Ｇ, PayNow to mobile ９４６８ ２２１５
        Patient in bed 12, Ward 56 is Mr Lim. First name Boon Hock. NRIC starts S66. Then 120. Then 94E. Diagnosed stage 3 colorectal cancer this morning.
        If I don't pick up, call my husband Daniel Ong at eight-one-two-seven, six-six-nine-three – he's fetching our son Ethan from Rosyth School at 1.30.
        card no. four five three two / zero three nine one / six six four zero / two eight seven two, exp zero nine slash two eight, name on card TAN MEI XIN
        Garnishee list Dec: Harish Kumar a/l Pillai, S****120G, Blk 58 Marine Terrace #11-203, outstanding S$12,480, lawyer's letter sent 2 Dec.
        payslip leaked in ops chat: Ng Hui Min, Snr Exec (Finance), basic S$5,8OO, AWS 1.5 mths, bonus 2.O mths – someone pls delete
        that L0w K4h W4i, 34, fr0m Blk 318 Sengkang East Way, got f1n3d $3k + 2 yr ban for dr1nk dr1v1ng, my neighbour sia
        my colleague R0s4l1nd Ch3w in Treasury (12th flr) has b1p0l4r and stopped her m3ds again, HR pls do something
        Uncle Tan Ah Kow from Blk 33 Upper Boon Keng keeps chopping the loading bay with S🔹G🔹X🔹7🔹3🔹1🔹8🔹D, town council pls fine him
        Passport for the visa agent: Kilo Four Eight Two Nine One Seven Three Mike, holder Sharon Goh Li Ting, expires 2031.
        Viewing for unit #14-07 pls contact owner Jayashree Srinivasan: jayashree [dot] s88 [at] yahoo [dot] com [dot] sg
        pls transfer rent to my tenant Faridah Bte Jaafar's POSB l9O-4S7Z3-6 (l is 1, O is 0, S is 5, Z is 2)
        Bro my cousin Hafiz Zulkifli IC is nine-two-zero-seven-one-six dash one-zero dash six-two-eight-three, can help check his PTPTN status?
        Call Auntie Lily Wong. Her number starts 012. Then 358. Then 7741. Tell her Kelvin's dialysis moved to Tue 7am at the Subang centre.
        bio says 53 38 38 30 31 35 33 36 43 lmao who puts their IC in hex – it's Marcus Teo from our NS batch btw
        Send the hamper to Puan Rozita, address in base64 coz group: Tm8uIDcsIExvcm9uZyBDZW1wYWthIDIsIFRhbWFuIERlc2EgSmF5YSwgODExMDAgSm9ob3IgQmFocnU=
        New hire from Xiamen, Lin Xiaoyu – the HR system stored her PRC ID reversed as 620432601991302053, pls re-enter it properly.
        Ms Kavitha Raman's "tuition centre" is actually her HDB flat at Blk 5️⃣1️⃣2️⃣ West Coast Dr #0️⃣9️⃣-1️⃣4️⃣4️⃣, she doesn't declare the income 🤫
    """),
    "ms": _lines("""
        Nak order kuih raya, call Kak Ros: kosong satu sembilan, tujuh tujuh dua, empat satu enam tiga. Ambil sendiri kat rumah dia No. 12 Jalan Mawar 3, Taman Sri Muda, Shah Alam.
        Untuk borang tu, IC saya lapan lapan kosong empat satu dua, satu empat, lima lima tiga satu – Mohd Azlan bin Ismail.
        4ku n4k b4y4r yur4n s3k0l4h 4n4k, n4m4 Nur 41sy4h b1nt1 R4hm4n, t4hun 3 SK Taman Melawati, IC 170823-14-0512
        No plat kereta abang ipar saya Whiskey X-ray Yankee empat lapan dua satu, nama Faizal bin Othman, duduk Blok C Flat PKNS Seksyen 7 Shah Alam, tolong check saman dia
        Nombor Pak Dollah aku tulis terbalik, jgn sebar: 8022946710. Dia yg sewa bilik kat Kg Baru tu, nama penuh Abdullah bin Sapawi.
        Akaun Maybank untuk duit sewa: 1️⃣6️⃣4️⃣0️⃣ 3️⃣8️⃣2️⃣1️⃣ 7️⃣0️⃣5️⃣9️⃣ atas nama Noraini binti Yusof
        Cuba decode: WnVsYWlraGEgYmludGkgTWF0IE5vb3IgOTMwNzI4LTA4LTExNzI= – ni la budak yg pinjam duit aku tak bayar
        No akaun CIMB Encik Hairul: 8\u200b0\u200b0\u200b7\u200b2\u200b3\u200b4\u200b5\u200b1\u200b9 (Hairul Nizam bin Sulaiman), bayar deposit kenduri sebelum Jumaat
        Nama penuh dia Siti Khadijah. Binti Abdul Ghani. Umur 41, cikgu kat Kuala Terengganu. Baru disahkan kanser payudara tahap 2, doakan ye.
        P4kc1k S4m4d b1n Y4ak0b, w4d 7B HTAR Klang, d1s4hk4n p0s1t1f TB – keluarga minta jgn viral.
        Slip gaji Encik Kamarul Zaman bin Ahmad bulan Nov: gaji pokok RM tiga ribu lapan ratus, elaun RM empat ratus, potongan KWSP RM empat ratus enam puluh dua.
        Jiran aku, M0hd R1dzu4n b1n K4s1m, 29, dari Taman Sentosa Klang, didakwa di Mahkamah Majistret Klang sebab curi motosikal, sambung bicara 15 Jan.
        Nombor Makcik Rohani: lapan satu, enam tiga, sembilan kosong, empat empat. Rumah dia Blk 102 Pasir Ris St 12 #05-331, hantar barang sana.
        NRIC abang saya: Es lapan satu dua sembilan kosong empat tiga Ei, nama Muhammad Hafiz bin Rahmat, tolong isi borang GIRO dia.
        Emel peribadi Azman Hakim bin Idris: azman (titik) hakim89 (a) yahoo (titik) com, dia minta resume dihantar ke situ.
        WS Ad1k Syaz4 kat 0️⃣1️⃣1️⃣-2️⃣0️⃣4️⃣8️⃣ 7️⃣1️⃣3️⃣6️⃣ kalau nak beli frozen food dia, rumah dia Jalan Kenari 5, Bandar Puchong Jaya
        IC dia: 9503. Lepas tu 14. Kod negeri 01. Last 6627 – Nabilah Aziz la, yg kerja kilang Pasir Gudang tu.
        No fon Encik Lokman dlm heks sbb group awam: 30313337373239303531 – Lokman bin Harun, tuan rumah kami kat Taman Molek.
        Penerima: Ѕiti Hаjar binti Ѕаlleh, MyKad ９６１１０２－１０－５４８８, No. Tel ０１６－３３１ ８０２７
        Anak dara Cikgu Ramlah yg ajar kat SK Bukit Tinggi tu, Nurul Izzati, umur 17, dah mengandung 5 bulan, family sorok dari sekolah.
        Kad kredit Public Bank lima dua kosong empat, tujuh tiga satu satu, dua kosong lapan lima, sembilan tiga satu dua, tamat 03/29 – atas nama LEE CHOON HUAT
        Pasport Hazwani untuk umrah: A 5 2 8 1 0 3 6 4, tamat Jun 2030, nama penuh Nur Hazwani binti Mohd Sabri.
        Rumah Puan Devi a/p Krishnan nombor dua puluh tiga, Jalan SS dua garis miring enam puluh empat, empat tujuh tiga kosong kosong Petaling Jaya – kalau nak hantar kad kahwin.
        AWAS!!! L1M CH33 K30NG IC 7️⃣2️⃣0️⃣5️⃣1️⃣9️⃣-0️⃣7️⃣-5️⃣0️⃣3️⃣5️⃣ BERHUTANG & LARI, rumah No. 41 Lorong Delima 6, Bukit Mertajam. BAYAR SEKARANG!!!
        No ahli KWSP Kak Ita (Rosnita binti Hamid): satu sembilan dua lapan, empat empat tujuh satu – tolong semak caruman dia bulan Okt.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for SGFlow Mobile. Never read back full NRIC numbers.",
        ),
        ("user", "hi need to port my number over from another telco"),
        (
            "assistant",
            "Sure! Please share the account holder's name and the number you want to port.",
        ),
        ("user", "name Tan Wei Ling, number nine one seven three... 4402"),
        ("assistant", "Thanks. For verification, may I have the NRIC/FIN of the account holder?"),
        ("user", "T0148832A"),
    ],
    [
        ("user", "Nak tanya pasal pinjaman PTPTN"),
        ("assistant", "Boleh, apa yang saudara perlukan?"),
        ("user", "IC saya 990203"),
        ("user", "-11-"),
        ("user", "4417"),
        ("user", "nama Amirul Hakim bin Zainal, dari Kemaman. Nak tahu baki hutang"),
        (
            "assistant",
            "Untuk semakan baki, sila log masuk ke portal myPTPTN atau hubungi talian rasmi PTPTN.",
        ),
    ],
    [
        ("user", "why does my base64 decode keep failing with 'Incorrect padding'?"),
        (
            "assistant",
            "Base64 length must be a multiple of 4; if it was trimmed, add '=' characters at the end until it is.",
        ),
        (
            "user",
            "here's the exact string from our CRM export: Q2hvbmcgSmlhIEh1aXxUMDM5MTI1N0p8KzY1OTE4MjczNjQ",
        ),
        ("assistant", "Add one '=' at the end and it decodes cleanly."),
    ],
    [
        ("user", "who is @xx_sh4d0w_xx on tiktok, heard his real name is B3nj4m1n Y30"),
        (
            "user",
            "he stays at Blk 6️⃣8️⃣4️⃣ Hougang Ave 8 #1️⃣0️⃣-2️⃣1️⃣5️⃣, number 8️⃣7️⃣6️⃣6️⃣ 0️⃣3️⃣1️⃣9️⃣, wanna teach him a lesson",
        ),
        (
            "assistant",
            "I can't help with finding or spreading someone's personal details or with harming anyone.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu tempahan Klinik Kesihatan Seri Kembangan."),
        ("user", "Saya nak buat temujanji untuk mak saya"),
        ("assistant", "Boleh. Siapa nama pesakit?"),
        ("user", "Puan Zainab binti Omar, umur 65"),
        ("user", "IC dia enam satu satu satu dua lima, kosong satu, lima empat tiga dua"),
        ("user", "dia ada kencing manis, dan baru kena strok bulan lepas"),
        (
            "assistant",
            "Baik, saya cadangkan temujanji di klinik pesakit luar NCD pada hari Selasa.",
        ),
    ],
    [
        ("user", "my helper's work permit renewal form keeps rejecting her FIN"),
        (
            "assistant",
            "Please double-check the format: one letter, seven digits, then a checksum letter.",
        ),
        ("user", "it's Golf Five Five Two Three One Eight Zero Quebec"),
        ("user", "name Maria Lourdes Dela Cruz, she's been with us since 2019"),
    ],
    [
        ("user", "tolong betulkan alamat ni, sistem kami simpan terbalik"),
        ("user", "rohoJ ,ialuK 00018 ,amatU ialuK namaT ,1 ajoreS nalaJ ,51 .oN"),
        (
            "assistant",
            "Alamat yang betul: No. 15, Jalan Seroja 1, Taman Kulai Utama, 81000 Kulai, Johor.",
        ),
        ("user", "ok betul. penerima Encik Shahrul Nizam, 019-554 2618, parcel COD"),
    ],
    [
        (
            "system",
            "You label social media posts for personal data. Answer with the categories found.",
        ),
        (
            "user",
            "Label this: 'hmu on tele @dar1us_k00 – Darius Koo, 2 Bukit Batok West Ave 7 #08-14, selling my old PS5'",
        ),
        ("assistant", "Personal data: full name, Telegram handle, home address."),
    ],
    [
        ("user", "booking the Langkawi trip for my dad, can u check the card works"),
        ("user", "4️⃣1️⃣1️⃣1️⃣ 1️⃣1️⃣2️⃣0️⃣"),
        ("user", "3️⃣9️⃣4️⃣8️⃣ 5️⃣7️⃣1️⃣0️⃣ exp 07/28, name LIM KOK WAH"),
        (
            "assistant",
            "Please don't share full card numbers in chat. Enter them only on the secure payment page.",
        ),
    ],
    [
        ("user", "S4y4 n4k t4ny4 p4s4l k3s c3r41"),
        ("assistant", "Boleh, apa yang puan ingin tahu?"),
        (
            "user",
            "suami s4y4 Kh41rul Anu4r b1n M0kht4r, IC 850930-06-5117, g4j1 RM4,200, dah 6 bulan tak bagi nafkah. kes di Mahkamah Syariah Kuantan",
        ),
        (
            "assistant",
            "Puan boleh memohon perintah nafkah melalui Mahkamah Syariah; bantuan guaman boleh didapati daripada JBG.",
        ),
    ],
]
