# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade13: evasion in English and Malay text (digits as Malay/English words, look-alike letters, mixed scripts, spaced letters, split, reversed and interleaved values, numbers posing as dates or prices, markup splitting values). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade13
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "puzzles and word games"): _lines("""
        Riddle of the week: I am 'four-two' in English and 'empat dua' in Malay, and Douglas Adams made me famous. Answer: 42.
        Cipher warm-up: read 'ecnatsid gnol a si ti' backwards and you get the slogan from an old bus poster.
        Sudoku row 3 reads 5 _ 9 | 1 _ 7 | _ 4 2; fill the blanks with 3, 6 and 8, one per box.
        Anagram round: 'Tom Marvolo Riddle' rearranges to 'I am Lord Voldemort', the most famous anagram in Harry Potter.
        Lookalike challenge: find the odd one out in 'l 0 O 1 I S 5' — it is S, the only one not pretending to be a 0 or a 1.
        Crossword 7 down (8,6): 'Kuala Lumpur twin towers' — P E T R O N A S  T O W E R S.
        Sequence quiz: satu, dua, tiga, lima, lapan … what comes next? Tiga belas (13), it's Fibonacci.
        Magic square rows 8-1-6 / 3-5-7 / 4-9-2 each add up to fifteen; glued together as 816357492 it looks like a phone number, but it is only the Lo Shu square.
        Reverse-digit trick: take 1089, reverse it to 9801, and 9801 = 9 × 1089 — a classic from Martin Gardner's columns.
        Escape room clue: the four clock faces show three, seven, zero, nine, so 3709 opens the chest in Room B.
        Pig Latin drill: 'ellohay orldway' is just 'hello world'.
        Interleave puzzle: zip ACEG with BDFH letter by letter and you get ABCDEFGH, nothing more.
        Acrostic for the school assembly: the first letters of the seven lines spell M-E-R-D-E-K-A.
    """),
    ("en", "product codes and prices"): _lines("""
        SKU TSH-0O1-BLK: the catalogue mixes a letter O and a zero, so search both TSH-001-BLK and TSH-0O1-BLK.
        Flyer typo: Milo 1.5 kg tin RM 3l.9O should read RM 31.90, and Nescafé 3-in-1 RM l4.5O is RM 14.50.
        The ISBN on our cookbook, 978-983-3221-45-6, reads aloud as nine-seven-eight, nine-eight-three and so on.
        Model number <b>RX</b>-<b>7800</b>-<i>XT</i> came out of the HTML export with tags inside; it is the Radeon RX 7800 XT graphics card.
        Order #MY-2025-O8812 (letter O from the handheld scanner) is the same parcel as MY-2025-08812; collect it at the Shopee Xpress counter.
        Voucher BEL15EKARANG ('BELI SEKARANG' with 1 and 5 for I and S) takes RM 15 off orders above RM 99.
        Firmware twenty-four point one point three (24.1.3) fixes the Bluetooth drop on the fitness band.
        The serial is printed down the side of the box as 7 / X / 4 / 2 / K / 9; the warranty site wants it as 7X42K9.
        RM 4,299.00 is neither a date nor a phone number, just the launch price of the ASUS Zenbook 14 at Low Yat Plaza.
        The thermal printer bug prints totals backwards: '09.87 MR' on the receipt means RM 78.90.
        EAN 9 555021 300123 on the cracker box is a product barcode; 955 is the GS1 prefix for Malaysia.
        Part no. \u04104-220-\u0421 in the supplier PDF uses Cyrillic letters and is the same as A4-220-C, a carton of 500 sheets.
        Tyre size 205/55 R16 91V: width, profile, rim, load index and speed rating, not an account number.
    """),
    ("ms", "resipi dan harga pasar"): _lines("""
        Resipi nasi lemak: dua cawan beras, satu cawan santan, sehelai daun pandan dan secubit garam.
        Harga ikan kembung hari ini RM lS.OO sekilo — papan tanda tulisan tangan, maksudnya RM 15.00.
        Kek lapis Sarawak: 1O biji telur, 25O g mentega, 2OO g gula; huruf O dalam fotokopi resipi itu sebenarnya sifar.
        Sambal belacan: lima biji cili api, satu sudu teh belacan bakar dan perahan dua biji limau kasturi.
        Pasar tani Sabtu: tomato RM 6.90/kg, bawang besar RM 4.50/kg, cili merah RM 18.00/kg.
        Teh tarik kosong satu, roti canai dua, milo ais tiga — pesanan meja lapan di kedai mamak.
        Bakar tiga puluh lima minit pada seratus lapan puluh darjah Celsius, atau 35 min @ 180°C.
        Kuih seri muka lapisan pulut: 3OO g pulut, 2OO ml santan dan ½ sudu teh garam.
        Saya cuba resipi rendang tok arwah nenek tahun ni — empat jam atas api perlahan, kacau setiap lima belas minit.
        Kod promosi bazar Ramadan RAMADAN2O25 (dengan huruf O) sama dengan RAMADAN2025 di kaunter.
        Harga durian Musang King di Raub antara RM 45 hingga RM 60 sekilo ikut gred.
        Kad resipi lama ditulis terbalik: 'g 005 gnuprep' maksudnya 500 g tepung.
        Bubur cha cha: s-a-t-u biji keledek, d-u-a biji ubi keladi, t-i-g-a sudu sagu — dieja satu-satu untuk kelas tadika.
    """),
    ("ms", "keputusan sukan dan skor"): _lines("""
        Keputusan akhir: Harimau Malaya dua, Singapura satu, di Stadium Nasional Bukit Jalil.
        Lee Zii Jia menang 21-17, 19-21, 21-15 dalam suku akhir Terbuka Malaysia.
        Skor boling pasukan negeri: 2l0, l89, 2O4 — purata tiga permainan ialah 201.
        Nombor jersi tujuh, sepuluh, sebelas dan dua puluh tiga akan diumumkan dalam sidang media esok.
        Carta liga: JDT 52 mata, Selangor 41, Terengganu 38, Sabah 35 selepas 22 perlawanan.
        Masa juara lelaki maraton KL tertera 2:l4:O9 pada papan, baca 2:14:09.
        Cabutan bertuah pesta sukan kampung: tiket 0l23, 4567 dan 8900 — hadiah diambil di dewan orang ramai.
        Nicol David memenangi Terbuka Dunia lapan kali, rekod yang masih disebut dalam buku sejarah skuasy.
        Papan skor digital rosak: Malaysia 1 8 7 / 6 dalam 2 0 over, maksudnya 187 untuk 6 wiket dalam 20 over.
        Kod acara Sukan SEA BDM-MS-O1 ialah badminton perseorangan lelaki, pusingan satu.
        Sepak takraw: Malaysia menang 2-1, dengan set 21-18, 17-21 dan 21-19.
        Jadual perlawanan 12.O3.2025 pukul 8.45 malam — tarikh dan masa sahaja, bukan nombor telefon.
    """),
    ("en", "public figures and history"): _lines("""
        Tunku Abdul Rahman proclaimed independence at Stadium Merdeka on 31 August 1957, shouting 'Merdeka!' seven times.
        Lee Kuan Yew served as Prime Minister of Singapore from nineteen fifty-nine to nineteen ninety.
        Sir Stamford Raffles landed in Singapore in January eighteen-nineteen (1819).
        Our retro poster spells it P.R.A.M.L.E.E in dotted capitals: the film legend P. Ramlee, who directed Ali Baba Bujang Lapok (1960).
        Michelle Yeoh, born in Ipoh, won the Academy Award for Best Actress in 2023.
        Tun Dr Mahathir Mohamad became prime minister again in 2018 at the age of ninety-two.
        The quiz card prints \u0391RC\u0397\u0399ME\u0394ES with Greek capitals, but the answer is still Archimedes of Syracuse, who died around 212 BC.
        Jimmy Choo, the Penang-born shoemaker, gave his name to a luxury brand now owned by Capri Holdings.
        Hang Tuah's line 'Takkan Melayu hilang di dunia' is quoted in textbooks; nobody knows his birth date.
        Yusof Ishak, the first President of Singapore, appears on every note of the portrait series.
        Queen Elizabeth II attended the closing of the 1998 Commonwealth Games in Kuala Lumpur.
        Sultan Ibrahim was installed as the seventeenth Yang di-Pertuan Agong on 31 January 2024.
    """),
    ("mixed", "shop listings and public places"): _lines("""
        Kedai buka 10 pagi - 10 malam, Lot G-12, Sunway Pyramid, Jalan PJS 11/15, Bandar Sunway — come for our opening sale!
        Muzium Negara, Jalan Damansara, 50566 Kuala Lumpur; tiket dewasa RM 5 for citizens.
        Istana Budaya on Jalan Tun Razak: box office open 10 am – 6 pm, Isnin hingga Jumaat.
        Mydin Mall USJ, Persiaran Subang Permai — promo beras 10 kg RM 3l.5O (that's RM 31.50).
        National Library, 100 Victoria Street, Singapore l88O64 — Level 7 is the Lee Kong Chian Reference Library.
        Talian Kasih 15999 — satu-lima-sembilan-sembilan-sembilan — 24-hour help line for victims of domestic violence.
        Air Selangor hotline 15300 (satu lima tiga kosong kosong) for burst pipes and water cuts.
        Restoran Nasi Kandar Pelita, Jalan Ampang — open 24 hours, tujuh hari seminggu.
        Batu Caves: 272 anak tangga (two hundred and seventy-two steps) to the Temple Cave.
        Kompleks Dayabumi, Jalan Sultan Hishamuddin, poskod five-0-six-seven-0 (50670), home of the old Pos Besar.
        KLCC Park opens at seven a.m.; the fountain show runs at 8, 9 and 10 pm daily.
        Ride app error GR-4O4 (letter O) means the pickup pin is outside the service zone — restart the app.
        Pavilion KL, 168 Jalan Bukit Bintang: Level 6 food court, parking RM 5 for the first three hours.
    """),
    ("en", "security training examples"): _lines("""
        Phishing demo: s u p p o r t @ m a y b a n k 2 u - s e c u r e . e x a m p l e is spaced out exactly as scammers do; the domain is reserved and goes nowhere.
        Training slide: the sample NRIC S1234567D and the sample MyKad 000000-00-0000 are style-guide placeholders, not real cards.
        Card 4111 1111 1111 1111 is the standard Visa test number used in sandbox payments.
        Homoglyph example: 'p\u0430ypal.com' with a Cyrillic а is a lookalike domain; the real one is paypal.com.
        Reversed-text trap: 'moc.elpmaxe@tset' is test@example.com written backwards.
        HTML split example: <span>555</span>-<span>0199</span> is a fictional 555 number from the demo page.
        Phone placeholder in our forms: +60 12-XXX XXXX; never prefill a real number.
        The checker rejects passwords like 'P@ssw0rd123' and 'Qwerty!2O24'.
        Lab exercise: decode 'satu-dua-tiga-empat' into 1234, the factory PIN of the demo door lock.
        Load-test mailboxes run from user001@example.org through user500@example.org.
        GB82 WEST 1234 5698 7654 32 is the example IBAN printed in the ISO documentation.
        Greek omicron demo: 'g\u03bf\u03bfgle.com' with two Greek ο is blocked by the browser's IDN policy.
        Sample plate 'ABC 1234' appears in every parking-system screenshot we ship.
    """),
    ("ms", "notis rasmi dan talian awam"): _lines("""
        Talian kecemasan 999 — sembilan sembilan sembilan — untuk polis, bomba dan ambulans.
        Jabatan Pendaftaran Negara: permohonan MyKad gantian dibuka 8 pagi, Isnin hingga Jumaat.
        Notis: bil elektrik boleh dibayar di mana-mana kaunter Pos Malaysia sebelum 15hb.
        Pekeliling sekolah: peperiksaan percubaan SPM bermula l4 Oktober (empat belas Oktober).
        Nombor rujukan tender KKM/2025/T/O88 (huruf O) sama dengan KKM/2025/T/088 dalam sistem ePerolehan.
        Kadar tol dari Jalan Duta ke Ipoh Selatan tertulis RM 3O.l0 pada papan, iaitu RM 30.10.
        JPJ mengingatkan: cukai jalan kini digital dan pelekat cermin tidak lagi diperlukan.
        Solat Jumaat di Masjid Negara: khutbah bermula 1.OO petang.
        Talian HEAL 15555 — lima belas ribu lima ratus lima puluh lima — untuk sokongan kesihatan mental.
        Aplikasi kerajaan versi 2.l.8 (dua titik satu titik lapan) kini di Google Play.
        Bomba: alat pemadam api mesti diperiksa setiap dua belas bulan.
        Cuti umum: Hari Kebangsaan 3l Ogos, Hari Malaysia l6 September.
        LHDN: borang BE mesti dihantar sebelum tiga puluh April.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls call Darren Lim on nine-one-seven-three, four-four-zero-eight, he's the tenant in unit 12 who reported the leak.
        Her NRIC is S 8 8 2 3 4 5 1 F (spaced so the HR form stops rejecting it), name Rachel Tan Hui Min.
        Refund goes to j.o.n.a.t.h.a.n.w.e.e (at) g.m.a.i.l (dot) com — Jonathan Wee, the guy who returned the pram.
        Reply to k\u0435vin.ng88@gm\u0430il.com (Kevin Ng, table for 4 on Sat), he typed it with those weird letters again.
        Priya Nair's card got logged in the 'date' column as 4539.1488.0343.6467, exp 11/28.
        For the delivery, read it backwards: 1788432956+ is Faizal Rahim's mobile, gate code 4412.
        <td>Tan</td><td>Wei</td><td>Ling</td><td>S9</td><td>312</td><td>884</td><td>J</td>
        **Muhammad Haziq** passport **A3** **3821** **907**, renew before the umrah trip in March
        Mobile Ol2-7735 4O9l (O for 0, l for 1) — Siti Aisyah, the nanny from Cheras.
        Interleave the two rows to get Chong Mei Xin's number: 9 2 4 6 over 1 8 0 3, so +65 9128 4063.
        Patient Mr Gopal s/o Ramasamy, 67, HbA1c 9.2%, started on insulin last week; son reachable at +6O l6-2O8 7731.
        Guard spelled the plate W-Q-X-3-5-1-8, the Myvi that keeps blocking Mdm Lee Siew Peng's driveway at No. 7 Jalan Setia 3.
        Courier note: Blk 4l2 / Bedok North Ave 2 / #O8-ll7 / S46O4l2 — recipient Nur Farhana.
        IG handle @ m e l . t h a m . 9 7, that's Melissa Tham from accounts, she posts her kids' school stuff there.
        Her FIN is G5O3l827N — Nguyen Thi Lan, the helper who started on Monday.
        Payslip: Jason Ong Kah Wai, basic four thousand eight hundred, EPF no. 1 9 8 7 6 5 4 3, credited 25/O6.
        Lent RM 2,000 to Ahmad Zaki till his divorce settles, his number is 019-2O7 5563 if he ghosts me.
        Sign-up as '\u0405\u0430r\u0430h L\u0435\u0435w' (Cyrillic letters), sarah.leew.work@outlook.com, DOB 14/03/1991.
    """),
    "ms": _lines("""
        Nombor Cik Nurul Ain binti Kamal: kosong satu dua, tujuh tiga lapan, empat kosong sembilan satu.
        IC abang saya 8 8 0 4 1 2 - 1 4 - 5 5 2 3, nama Mohd Khairul Anuar bin Ismail, tolong isi borang insurans.
        Emel Puan Rosnah: r o s n a h . b a k a r 7 1 @ y a h o o . c o m — dia nak resit yuran tadika.
        No akaun Maybank Encik Hafiz: satu satu empat kosong, dua dua sembilan tiga, lapan lapan tujuh enam.
        Alamat rumah Kak Yati: No. l8, Jalan Mawar 3/2, Taman Sri Muda, 4OO4O Shah Alam.
        Nombor plat kereta suami saya JHB 882l, nama dia Azman bin Said, tolong semak saman.
        Adik saya Nur Syafiqah hantar IC dia terbalik: 888410014059 — baca dari belakang.
        Pak Cik Razak tulis nombor dia macam harga supaya tak kena sekat: RM 019.360.4418, call petang.
        Pesakit Puan Lakshmi a/p Muniandy, IC 6 5 0 3 2 2 - 0 7 - 5 1 2 6, disahkan kanser payudara tahap dua.
        <b>Zul</b><b>kifli</b> bin <i>Hassan</i> — MyKad <span>780915</span>-<span>10</span>-<span>6637</span>, penerima bantuan.
        Nombor pasport Hajah Mariam: A l 9 O 8 4 7 2 6 (huruf O tu kosong ya) untuk pakej umrah Mac.
        Faris kata nombor dia +60 13. Lepas tu dia taip dalam ayat lain: 552 7190. Jangan share dengan group.
        Kad kredit CIMB Encik Tan Chee Keong: 5 2 1 0 - 6 9 8 8 - 4 1 2 3 - 7 7 0 5, tamat tempoh O9/27.
        Dalam kalendar Wan Aminah tulis 'Mesyuarat 03/11/92 bilik 10 no 7742' — itu IC dia, 921103-10-7742.
        Anak saya Danish Haikal, tujuh tahun, alah kacang teruk; dia di SK Taman Melawati kelas 1 Bestari.
        Gaji Encik Roslan bin Yusof RM 3,2OO sebulan, baki PTPTN RM l8,44O, dia minta tangguh bayaran.
        Telegram @ s h a h r i l _ 8 8 — Shahril yang jual kereta terpakai tu, IC dia tak nak bagi.
        Telefon rumah mak cik Halimah di Ampang: kosong tiga, lapan sembilan dua dua, enam tiga satu kosong.
    """),
    "mixed": _lines("""
        Bro, IC aku 900215-l0-5O3l, nama Amirul Hakim, tolong daftar futsal team.
        My mum's number is oh-one-two, tiga-tiga-lima, eight-zero-nine-one, nama dia Puan Salmah.
        Email saya n.u.r.h.i.d.a.y.a.h.9.2 at gmail dot com, please send the offer letter there — Nurhidayah Rahman.
        Deliver to: Chong Wai Kit | Unit 3-1O, Residensi Vista, Jalan Kuching | 5l2OO KL | tel +6O ll-2O9 3847
        Singapore cousin T 0 3 1 2 4 5 6 Z, name Brandon Lee Jun Hao, dia nak buka akaun bank sini.
        <p>Nama: Kavitha d/o Suppiah</p><p>Tel: +65 8</p><p>234 7719</p>
        Car plate VBA 44l2 — owner Ravi Chandran, the one yang langgar kereta aku kat Mid Valley, ada dashcam.
        Akaun Public Bank Aishah reversed sebab takut scam: 0247709813, baca dari belakang before you transfer.
        \u039d\u039fRAZL\u0399NA (Greek letters) — Norazlina binti Abd Aziz, pesakit katil 12, HIV positive, jangan bocor.
        My passport E 7 7 4 O 2 l 9 H — Low Mei Ling, flight SQ 106 on the fifteenth, pls book the seat.
        Home: Lorong Seri Kenari 5, no. twenty-two, 11900 Bayan Lepas — tanya Aunty Ooi Siew Lan kalau tak ada orang.
        TikTok @ a i n . b a k e s . j b, bank for orders RHB 1 5 4 2 1 8 0 0 0 3 3 8 6 2 — Ain Sofea.
        Client from HK, HKID R 5 2 O 8 3 l (7), Mr Chan Ka Ho, nak transfer duit ke Maybank.
        Wife's MyKad: first half 870623, second half lepas ni — 08-5514, nama Noraini binti Samad.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "simpan nombor ni, aku bagi dalam perkataan: kosong satu tujuh"),
        ("assistant", "Baik, saya tunggu baki nombornya."),
        ("user", "empat lapan dua, sembilan sembilan satu enam"),
        ("user", "nama: Hakimi bin Osman, abang ipar aku"),
        ("assistant", "Disimpan: Hakimi bin Osman, 017-482 9916."),
    ],
    [
        ("user", "can you format this email, my boss dictated it: w i n n i e"),
        ("user", "dot c h e o n g"),
        ("user", "at hotmail dot com, she's Winnie Cheong from the Penang branch"),
        ("assistant", "That would be winnie.cheong@hotmail.com."),
    ],
    [
        (
            "user",
            "Why does the form reject this? <input value='S7'><input value='6O4'><input value='2l9'><input value='B'>",
        ),
        (
            "assistant",
            "Those boxes contain the letter O and a lowercase l where digits are expected.",
        ),
        ("user", "ok so it's S76O42l9B for Goh Boon Hwee, fix it to S7604219B and submit"),
    ],
    [
        ("user", "the parcel label came out mirrored: 5 agnaneK nalaJ 08"),
        ("assistant", "Reversed, that reads '80 Jalan Kenanga 5'."),
        (
            "user",
            "yes, Taman Bukit Indah 81200 Johor Bahru, for Encik Saiful Bahri, phone 012 7O5 3318",
        ),
    ],
    [
        ("user", "catat harga: RM 5264.31, RM 0972.88, RM 10.45"),
        ("assistant", "Tiga harga dicatat. Barang apa ini?"),
        (
            "user",
            "bukan harga lah, gabung digit je — kad Mastercard Mr Kelvin Yap, exp 06/27, CVV dia hantar kejap lagi",
        ),
    ],
    [
        ("user", "my neighbour asked me to help with her clinic letter"),
        ("assistant", "Sure, what does the letter say?"),
        ("user", "she is Mdm Fatimah Bte Jamal, 72, lives alone at Blk 2O9 Toa Payoh Lor 8"),
        (
            "user",
            "letter says early-stage dementia, follow-up at the memory clinic 3rd of next month",
        ),
        ("assistant", "I can help you draft a reminder for the follow-up appointment."),
    ],
    [
        ("user", "IC member baru: 9Sl2O7-lO-6l84"),
        ("assistant", "Nampaknya ada huruf S, l dan O dalam nombor itu."),
        (
            "user",
            "betul, sepatutnya 951207-10-6184, nama Izzat Danial, tolong masuk dalam senarai ahli kelab",
        ),
    ],
    [
        ("user", "who is this account? i n s t a: @ j e s s . l o o i . x o"),
        ("assistant", "I can't look up who is behind an account."),
        (
            "user",
            "it's Jessica Looi from my old school, she just moved to 23 Jalan SS 2/64 with her bf",
        ),
    ],
    [
        ("user", "Kereta ni selalu parking depan pagar, nota jiran tulis 'WB 2l.O4' macam tarikh"),
        ("assistant", "Adakah itu nombor plat WB 2104?"),
        (
            "user",
            "ya, pemilik Encik Kamarul, rumah no 14 Jalan Melur 2, Kajang, dia tak pernah angkat telefon",
        ),
    ],
]
