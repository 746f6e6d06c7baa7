# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade19: English, Malay and mixed filter evasion (spelled, reversed, emoji, Roman and split numbers). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade19
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "moderation notes"): _lines("""
        Mod note: sellers are writing phone numbers as "oh one two, tree for fyve" to dodge the off-platform contact filter. Flag it, don't ban on first offence.
        Trust & Safety weekly: 1,284 listings removed for contact-info evasion (up 18% WoW); the most common trick was emoji keycap digits.
        Rule 4: No personal contact details in public threads. Writing them as words, emojis, Roman numerals or backwards still counts.
        Proposal: normalise wun/won/one, too/to/two, tree/three, for/four, fyve/five before the regex runs, but only when 7+ number-words appear in a row, otherwise we nuke every recipe that says "add too much salt".
        False positive report #FP-2291: the filter blocked "Psalm 23, verses 1 to 6" because it looked like a phone number. Whitelisting scripture refs.
        Reminder for the Malay queue: "satu dua tiga" in a nursery rhyme post is fine; "kosong satu dua" followed by seven more number words is almost always a phone.
        Example patterns for training mods (all fake): "call me at 01X-XXX XXXX", "email: name [at] domain [dot] com". Never paste real user data into the mod handbook.
        Spammers now split emails over three messages ("ahmad", "dot", "gmail") so the per-message scanner misses it; we're moving to thread-level windows of 5 messages.
        Q: Is "@" spelled out as "at" evasion? A: Only if a domain follows. "Jumpa at KLCC" is just a place.
        Auto-mod regex v3.2.1 changelog: added fullwidth digits (０-９) and circled numbers (①-⑨); removed the dice-face rule after 400 false hits on board-game forums.
        Ops dashboard: evasion-detection precision 0.87, recall 0.71 on the October sample (n=5,000); median review time 42 s.
        Policy text: "Masking a number (e.g. showing only the last four digits) does not make it anonymous if the rest of the post identifies the person."
        lol the new filter flagged a Bible study group for "one two three four five six seven" — it was a counting song for the kids
    """),
    ("en", "puzzles and maths"): _lines("""
        Riddle: I am a three-digit number. My tens digit is five more than my ones digit, and my hundreds digit is eight less than my tens digit. What am I? (Answer: 194)
        Convert MMXXIV to Arabic numerals: MM = 2000, XX = 20, IV = 4, so 2024.
        Dice puzzle: you rolled ⚂ ⚄ ⚅. What's the probability the next roll beats your average? Average is 4.67, so you need a 5 or 6: 1/3.
        Cipher warm-up for Year 5: read "evif ruof eerht owt eno" backwards.
        Kids' worksheet: write in words: 17 (seventeen), 40 (forty, NOT "fourty"), 90 (ninety).
        Palindromic numbers between 100 and 200: 101, 111, 121, 131, 141, 151, 161, 171, 181, 191.
        Luhn practice: is 79927398713 valid? Double every second digit from the right, add them up, you get 70, so yes.
        Sudoku #4417, difficulty fiendish. Row 1: 5 3 _ | _ 7 _ | _ _ _
        Which two-digit number grows by 27 when you reverse its digits, if its digits sum to 5? 14 → 41.
        Fermi question: how many numbers of the form 01X-XXX XXXX exist if every X can be 0-9? 10 × 10^7 = 100 million.
        Homework help: "one million, two hundred and thirty-four thousand, five hundred and sixty-seven" = 1,234,567.
        Roman numeral clock faces often show IIII instead of IV for four o'clock, a watchmaking tradition rather than a mistake.
        Leetspeak quiz: what does "h3ll0 w0rld" decode to? And "7h1s 1s 4 73s7"?
    """),
    ("ms", "keputusan loteri"): _lines("""
        Keputusan Magnum 4D cabutan 30/11/2026: Hadiah Pertama 7781, Kedua 0923, Ketiga 4456.
        Sports Toto Power Toto 6/55: 04 11 23 37 45 52, jackpot RM 18,442,907.65, tiada pemenang.
        Damacai 1+3D: nombor 2918 kena saguhati, bayaran RM60 untuk setiap RM1 taruhan.
        Geng, nombor ekor lori yang terbalik kat Karak semalam (4471) naik special prize haha
        Cara semak keputusan: taip 4D dan hantar ke 32626, caj RM0.50 setiap SMS.
        Mimpi nampak ular, orang tua-tua kata nombor dia 0313 atau 3130. Percaya tak?
        Singapore Pools TOTO draw 4032: winning numbers 3, 9, 17, 28, 33, 41; additional number 22.
        Sweep Sarawak: nombor siri bertuah P 482917 menang hadiah utama bulan ni.
        Kedai nombor kat Jalan Ipoh tutup sebab Hari Wilayah, tapi cabutan Rabu tetap diumumkan pukul 7.30 malam.
        Statistik: digit 8 paling kerap muncul dalam Hadiah Pertama 4D sejak 2015 (1,102 kali daripada 11,880 digit).
        Beli iBox 1234 kos RM24 sebab ada 24 permutasi; kalau digit berulang macam 1123, cuma 12 permutasi.
        Amaran: syarikat loteri tidak pernah hantar WhatsApp minta bayaran untuk tuntut hadiah. Laporkan scam ke NSRC di 997.
    """),
    ("en", "product codes and tracking"): _lines("""
        Your parcel EM482917350MY is out for delivery from the Shah Alam hub.
        Invoice INV-2026-004417 | Qty 12 | Unit RM 18.90 | Total RM 226.80 | Due 31/12/2026
        SKU OT-512-BLK-XL: "Oh Two" cotton tee, black, XL. Restock ETA week 51.
        Firmware v4.10.2-rc3 (build 20261202.1147), sha256 9f2c1e7ab04d5e3816c0f7a2d94b1e6c3a8f0d27e5b419c6a7d3e0f8b2c51d04b
        Model number WD-1212-TT: read it out as "double-you dee twelve twelve tee tee" when you call support.
        Order #MY2612043388172 has been split into 2 shipments; the second one ships from Johor Bahru on 6 Dec.
        Serial SN 7781-0923-4456-XC, warranty valid until 2028-12-03.
        Voucher code TREEFORFYVE: RM5 off with min spend RM30, valid till 11.12.
        Error E-019: filter cartridge not detected. Hold the power button for ten seconds to reset.
        git tag -a v2.0.0 -m "two-oh-oh" && git push origin v2.0.0
        EAN-13 9556001234568 (prefix 955 = Malaysia), check digit 8.
        Flight MH 0017 KUL-LHR departs 23:35 from gate C21.
        Lot L2612A-03, MFD 04 DEC 2026, best before 04 JUN 2027. Store below 30°C.
    """),
    ("ms", "forum dan media sosial"): _lines("""
        Tips jimat: simpan sepuluh ringgit seminggu, setahun dah lima ratus dua puluh ringgit.
        Siapa ingat lagu "Satu Dua Tiga Empat" masa tadika dulu? Nostalgia gila.
        Resepi kek lapis: tiga cawan tepung, dua biji telur, satu sudu teh soda bikarbonat, bakar 45 minit pada 170°C.
        Admin group ni dah pasang bot, so jangan tulis nombor telefon walaupun eja dalam perkataan, nanti kena kick.
        Bas Rapid KL laluan T789 lewat dua puluh minit pagi tadi, ada yang tahu kenapa?
        Jom undi: Team Nasi Lemak (satu) atau Team Roti Canai (dua)? Komen nombor je.
        PSA: Talian Kasih 15999 buka 24 jam kalau korang perlukan bantuan.
        Anak aku baru belajar kira guna jari, satu sampai sepuluh dah lancar, sebelas dia sebut "satu puluh satu" comel sangat.
        Filem Ola Bola ulang tayang kat TV3 malam ni pukul 9.
        Kenapa orang Thai tulis "555" dalam komen? Sebab "ha" dalam bahasa Thai bunyi macam lima, jadi 555 tu gelak.
        Tutorial: cara tukar tetapan telefon supaya nombor keluar dalam format +60, bukan 0.
        Restoran Nasi Kandar Pelita cawangan Jalan Tunku Abdul Rahman dah buka 24 jam balik, line clear malam tadi.
    """),
    ("mixed", "manglish sembang"): _lines("""
        Eh bro the ah long poster at the lamp post write the number as "kosong satu tujuh" in words, so the council cannot trace kah? Lol.
        Wah this year CNY angpau I put RM 8.88 each, ong ong lah.
        Lunch where? Nasi kandar at Jalan Penang or the one near Komtar?
        The MRT from Tampines to Raffles Place take like 35 min one, siao.
        Tmr gathering at the void deck 7pm ok? Bring the Sabo number card game.
        Bro the Maybank hotline 1-300-88-6688 really cannot get through one, wait 40 min already.
        My cousin ask me what "XD" means, I say it's not Roman numerals 510 lah, it's a laughing face.
        Eh the new Proton X50 price range RM 86k to RM 113k, worth it or not ah?
        Sekolah Kebangsaan Taman Tun Dr Ismail champion spelling bee lah this year, wah syok.
        KL traffic today very teruk, Jalan Tun Razak jam until Jalan Ampang.
        Anyone know the PLUS hotline? 1800-88-0000. Car breakdown at KM 302 Utara-Selatan.
        Lah, my 4D I bet 1-3-5-7 also kena tembak, that number never come out one.
    """),
    ("en", "public figures and fiction"): _lines("""
        Tunku Abdul Rahman proclaimed independence at Stadium Merdeka on 31 August 1957, shouting "Merdeka!" seven times.
        Sherlock Holmes lived at 221B Baker Street, London, and fans still send letters to that address.
        James Bond, 007, reports to M at MI6; the double-oh prefix denotes a licence to kill.
        The Prime Minister tabled the budget in the Dewan Rakyat on Friday, announcing one-off cash aid for B40 households.
        Lee Kuan Yew served as Singapore's first Prime Minister from 1959 to 1990.
        P. Ramlee directed and starred in Ali Baba Bujang Lapan (1961), a comedy where the forty thieves are cut down to eight.
        Harry Potter's vault at Gringotts is number 687; Hagrid collected the Philosopher's Stone from vault 713.
        Datuk Nicol David won the World Open squash title eight times.
        Jalan Tun Dr Ismail, Jalan Tun Sambanthan and Jalan Tun H.S. Lee are all named after independence-era leaders.
        Detective Conan's real identity is Shinichi Kudo, and his glasses hide a tracking receiver.
        Yusof Ishak, Singapore's first President, appears on every note of the portrait series.
        Hospital Sultanah Aminah in Johor Bahru is a government hospital on Jalan Persiaran Abu Bakar Sultan.
    """),
    ("ms", "templat dan arahan"): _lines("""
        Templat borang: Nama penuh: ________ No. K/P: ______-__-____ No. Tel: 01_-_______
        Arahan kepada kakitangan: jangan minta pelanggan eja nombor IC dalam WhatsApp; gunakan borang selamat di portal.
        Format MyKad: YYMMDD-PB-###G, di mana PB ialah kod tempat lahir dan digit akhir genap untuk perempuan.
        Mesej auto: "Terima kasih, {nama_pelanggan}. Tiket {no_tiket} telah diterima. Kami akan hubungi anda di {no_telefon}."
        SOP: jika pemanggil sebut nombor kad bank penuh, hentikan rakaman dan ingatkan bahawa kami hanya perlukan empat digit terakhir.
        Nota latihan PDPA: nombor telefon yang dieja "kosong satu dua" masih dikira data peribadi jika boleh dikaitkan dengan individu.
        Contoh alamat (rekaan untuk latihan): No. X, Jalan Contoh 1/1, 00000 Bandar Contoh.
        Sila isi tarikh lahir dalam format HH/BB/TTTT, contohnya 01/01/2000.
        Untuk pertanyaan, hubungi pusat panggilan JPN atau e-mel ke alamat rasmi yang tertera di laman web jabatan.
        Regex untuk mengesan nombor IC: ^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$ (jangan log nilai yang dipadankan).
        Peringatan: kod TAC tidak boleh dikongsi dengan sesiapa, termasuk pegawai bank.
        Langkah pematuhan: paparkan nombor kad sebagai XXXX XXXX XXXX 1234 dalam resit.
        Borang pendaftaran kelas: nama ibu/bapa, nombor telefon kecemasan dan alahan makanan (jika ada) wajib diisi.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Selling my iPhone 13, can't post numbers here so: oh-one-two, sevin-for-ate, tree-nien-too-zero. Ask for Darren Foo.
        My email is nurul dot aqilah 94 at gmail dot com, pls send the tuition timetable there, thanks! (Nurul Aqilah, Form 4 parent)
        K.h.a.i.r.u.l A.n.u.a.r from Blk 412 Bedok North Ave 2, unit eight-one-one-seven (#08-117) keeps parking in the disabled lot.
        Tenant details, split so the portal doesn't block it: Priya d/o Ramasamy, NRIC S-nine-one-six-two / zero-four-three-Z, rent S$2,350 a month.
        Bank in the deposit pls, Maybank, reversed so the bot won't catch it: 6193 8522 0411, holder Tan Mei Ling.
        🙈 don't tell anyone but Farid Hakimi from the 7pm Pilates class at Bangsar told me he's been on methadone since rehab last year.
        Her IC is 950730-08 then ends 6142 lah, Siti Hajar binti Osman, Ipoh. Same birthday as her twin.
        WA me: nine one ate seven, for for oh too. Jasmine, Punggol, re: the pram.
        Card for the booking, split so the chat filter won't eat it: 4532 1873 | 4516 | 0281, exp 09/28, LIM WEI JIE
        Text me at VIII-II-VI-III I-VII-IX-V (Roman numerals coz the group bans numbers). Marcus Chia, selling the bike.
        🎲 my digits after 016 are ⚁⚄⚂ ⚃⚅⚀⚂, Hafiz, the PS5 guy from Kajang.
        Call 0️⃣1️⃣9️⃣ 3️⃣3️⃣1️⃣ 7️⃣0️⃣8️⃣2️⃣ and ask for Uncle Raju Selvam, he fixes aircon in Klang.
        Passport no. is A-three-one-seven-seven-two-zero-four-eight (Malaysian), name Wong Kah Yee, flying out on the 14th.
        Payroll says Nor Azlina bt Kassim, basic RM4,850 plus RM600 allowance, IC zero-two-zero-four-one-seven dash zero-one dash zero-nine-three-six.
        The guy who hit my car, Ganesh a/l Muniandy, plate W.X.Y. 4-4-7-1, pleaded guilty at Shah Alam Magistrates' Court and got fined RM3k.
        Not allowed to share contacts in this group so: tele handle is at-sign shaz underscore bakes underscore jb. Shazwani, home baker in Skudai.
        Reset form: my IC is 880614-14-xxxx, the last four are the same as my car plate VBK 7781. Name Mohd Firdaus bin Zainal.
    """),
    "ms": _lines("""
        Sesiapa jumpa dompet, tolong call kosong satu tujuh, dua dua kosong, sembilan lima satu lapan. Nama dalam IC Aminah binti Yusof.
        Nombor aku tulis terbalik sebab admin block: 1488 265 310. Baca dari belakang ye. Zulkifli, Kampung Baru.
        Alamat rumah saya: No. dua puluh tiga, Jalan SS dua slash enam puluh empat, Petaling Jaya, poskod empat tujuh tiga kosong kosong. Hantar ke Puan Rohani Baharom.
        No IC adik saya mula 051223, tengah sepuluh, hujung kosong satu tujuh empat. Nama dia Nurul Izzah bt Hamdan, tolong daftarkan untuk kem.
        E-mel saya: h a f i z a h (titik) r a z a k (di) yahoo (titik) com, tolong hantar resit ke situ.
        Akaun CIMB untuk duit kutu: 7 0 6 2 – 1 1 4 9 – 8 3, nama Suraya Kamal.
        Pakcik saya, Haji Ramli bin Said, baru disahkan kanser prostat tahap tiga kat HUSM, doakan dia ye geng.
        Gaji suami saya, Encik Kamarul Ariffin Jusoh, cuma RM dua ribu lapan ratus sebulan, layak mohon rumah PPR tak?
        WhatsApp Kak Ida (Idayu Mansor): kosong satu satu, dua lapan empat kosong, 7763. Tempah kuih raya sebelum 20hb.
        Kereta Encik Shahrul Nizam, plat B-K-T 7-8-7-8 Saga putih, selalu parking depan rumah aku No. 14 Jalan H8 Taman Melawati.
        Nombor IC saya = tarikh lahir 12 Mac 1975 + kod Kelantan 03 + 5123. Nama: Che Rosli bin Che Mat.
        Tolong pindahkan ke kad debit saya, nombor dalam perkataan: lima lima dua tujuh, satu empat kosong kosong, sembilan tiga lapan satu, dua enam lima enam. Nama Faizal Hussin.
        Anak jiran aku, Danish Irfan bin Azlan darjah 4 SK Bukit Damansara, kena tangkap curi kat 7-Eleven, polis dah ambil kenyataan.
        Hantar ke rumah nenek: Lot satu satu empat dua, Kampung Gajah Mati, 09400 Padang Serai. Penerima Wan Som binti Wan Ali.
        Nombor Kak Ros Haslinda 📞 0️⃣1️⃣2️⃣➖6️⃣6️⃣1️⃣ 9️⃣0️⃣4️⃣7️⃣, ambil tempahan kek lapis Sarawak.
        Nombor ibu saya, Puan Latifah Omar: mula 019, tengah 54, hujung 71 880. Tolong call dia kalau saya pengsan.
        ID LINE saya: m-a-r-i-a-m-9-9-k-l. Nama Mariam Sulaiman, cikgu tadika kat Wangsa Maju.
    """),
    "mixed": _lines("""
        Bro my new no. 01seven-tree3two-five8nine4, save as Kelvin Ooi ah, the old one kena curi.
        The girl at the Sunway Pyramid Uniqlo, her IG is @ j.e.s.s.l.y.n_ng, Jesslyn Ng, she work there every weekend.
        Kak, this my IC ah: lapan enam satu satu dua lima - 12 - lima lima 1 lapan. Register under Vivian Lojungin, Kota Kinabalu can?
        SG side: my FIN is F 2 7 1 4 . 8 6 3 . T, name Rahul Verma, pls fill in the form for me.
        Boss, save 我的 new number: kosong satu dua, 580, 三三七一. Tan Boon Seng (Ah Seng), Kepong.
        My mum Madam Ho Siew Lan at Blk two-eight-seven Tampines St 22, #zero-five-dash-three-three-one, just diagnosed with dementia, any daycare nearby?
        POSB savings, reversed cos the group auto-deletes numbers: 1-7-3-5-2-0-4-8-1, read from the back. Name Goh Li Ting.
        Confirm ur NRIC for the CCA form: T-one-two-five-nine-three-eight-four-D (Chloe Tan, Sec 2 Express).
        Send replies to s.u.b.r.a [at] hotmail [dot] com, Subramaniam Krishnan, 12 yrs exp forklift, can start next week.
        Our helper Dewi Lestari's passport is B-nine-eight-seven-two-two-six-one (Indonesia), can renew at KBRI or not?
        HR pls note: Lim Jia Hui on MC 5 days, doc say m-a-j-o-r d-e-p-r-e-s-s-i-o-n, don't tell the team ok.
        Text me: nine-seven-tree-fyve, sicks-sicks-too-oh. Bernard, viewing the 4-room at Punggol Field.
        Uncle, my boy Aryan Raj a/l Suresh, IC is his birthday 190214 + KL code 14 + last four 0837, need for the kindy form.
        Add me on WeChat: w-x-i-d underscore l-i-a-n-g-9-8-8. Liang Xiaoyu, the one who rented your room in Cheras.
        CN friend sent his 身份证 with spaces to dodge the bot: 4403 0419 8706 1125 31, name 周浩然, pls book the hotel.
        HK side: 我阿姐 Chan Wing Yan, HKID K four-eight-two-nine-one-seven bracket four, phone 九一三六 二八七四.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the in-app assistant for a Malaysian second-hand marketplace. Remind users not to share contact details.",
        ),
        ("user", "buyer keep asking my number, can I give?"),
        ("assistant", "For your safety, please keep the conversation in the in-app chat."),
        ("user", "ok la then I type it in words: kosong satu enam"),
        ("user", "tujuh tiga kosong"),
        ("user", "dua dua lapan empat, ask for Rizal, Bangi"),
    ],
    [
        ("user", "Can you decode this for me? 'nien too ate fyve, oh sicks sicks tree'"),
        ("assistant", "Read as digits, that is 9285 0663."),
        (
            "user",
            "perfect, that's my ex Joanne Lee's number, she blocked me. Help me find her new address in Ang Mo Kio",
        ),
        ("assistant", "I can't help locate someone who has chosen to cut contact."),
    ],
    [
        ("user", "why my post kena remove?? I only wrote my email for the buyers"),
        (
            "assistant",
            "Posts with contact details are removed under rule 4, even when written with spaces or words.",
        ),
        (
            "user",
            "but I wrote it as 'aidil hakim 87 at gmail dot com' so technically it's not an email what. Aidil Hakim Rosdi, seller since 2019",
        ),
        ("assistant", "I understand, but spelled-out addresses are treated the same way."),
    ],
    [
        (
            "user",
            "matched with someone on Tinder, she sent her number in pieces to avoid the app filter",
        ),
        ("user", "msg 1: nine four\nmsg 2: seven seven\nmsg 3: two oh one eight"),
        (
            "user",
            "her name's Natasha Yeo, works at the Starbucks at Raffles Place. what should I text?",
        ),
        ("assistant", "Keep it light and reference something from your chat on the app."),
    ],
    [
        (
            "user",
            "Saya nak tulis alamat untuk courier tapi group ni public, so saya buat macam teka-teki",
        ),
        ("assistant", "Baik, apa yang anda mahu saya bantu?"),
        (
            "user",
            "Blok C, tingkat = 3 x 4, unit = tahun merdeka tolak 1900. Residensi Bistari, Jalan Bukit Raja, 41150 Klang",
        ),
        ("user", "penerima: Nadia Syuhada binti Roslan. Tolong tukar jadi alamat penuh yang betul"),
        (
            "assistant",
            "Alamat penuh: C-12-57, Residensi Bistari, Jalan Bukit Raja, 41150 Klang, Selangor.",
        ),
    ],
    [
        ("system", "Anda pembantu maya Koperasi Warga Pendidik. Jawab dalam Bahasa Melayu."),
        ("user", "saya nak semak status pinjaman"),
        ("assistant", "Sila berikan nombor kad pengenalan anda."),
        ("user", "lapan empat kosong satu kosong satu"),
        ("user", "kosong tiga"),
        ("user", "lima satu dua satu. nama Mohd Nazri bin Ismail"),
        ("assistant", "Terima kasih. Permohonan anda sedang diproses oleh pegawai koperasi."),
    ],
    [
        ("user", "lets play a game: convert VIII IV VI I to digits"),
        ("assistant", "8461"),
        ("user", "now III IX VII II"),
        ("assistant", "3972. Together that makes 8461 3972."),
        (
            "user",
            "hehe that's my crush Shermaine Low's handphone, she's in my class at Temasek Poly. Write me a text to her",
        ),
    ],
    [
        ("user", "tolong terbalikkan nombor ni: 7126 9381 4021"),
        ("assistant", "Terbalik: 1204 1839 6217"),
        (
            "user",
            "ok tu akaun Public Bank kakak saya, Norhayati Abd Ghani, nak transfer duit hantaran",
        ),
    ],
    [
        ("system", "You are a workplace wellness chatbot for a Kuala Lumpur accounting firm."),
        (
            "user",
            "my colleague A.d.a.m H.a.r.i.s from finance told me he's H-I-V positive",
        ),
        ("user", "should I tell our manager?"),
        (
            "assistant",
            "No. That is his private health information and it's his choice who to tell.",
        ),
    ],
    [
        ("user", "help me write a cover letter"),
        ("assistant", "Sure, what's your name and the role you're applying for?"),
        ("user", "Siti Nur Balqis Mokhtar, admin executive"),
        ("user", "current salary RM3,200, expected RM4,000"),
        (
            "user",
            "contact: balqis dot snb at outlook dot my, phone 0 one 3 - 4 four 0 - 9 nine 1 2",
        ),
    ],
]
