"""Blind check set ms13: Bahasa Melayu (dengan Manglish) dari media sosial - kumpulan WhatsApp taman dan surau, Marketplace, Telegram jual beli kereta, kenduri, tuisyen, penghantaran, pinjaman antara kawan. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms13
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "berita menteri dan tokoh awam"): _lines("""
        Perdana Menteri Datuk Seri Anwar Ibrahim membentangkan Belanjawan 2025 di Dewan Rakyat pada 18 Oktober 2024 dengan peruntukan keseluruhan RM421 bilion.
        Sultan Ibrahim ditabalkan sebagai Yang di-Pertuan Agong ke-17 dalam istiadat di Istana Negara pada 20 Julai 2024.
        Menteri Komunikasi Fahmi Fadzil dalam sidang media mingguan berkata platform media sosial wajib memiliki lesen mulai 1 Januari 2025.
        Menteri Pengangkutan Anthony Loke Siew Fook berkata kajian laluan MRT3 Lingkaran akan dibentangkan kepada Kabinet sebelum hujung tahun.
        Sidang media Pejabat Perdana Menteri akan diadakan di Bangunan Perdana Putra, Presint 1, 62502 Putrajaya, jam 3.00 petang ini.
        Menteri Besar Selangor Dato' Seri Amirudin Shari melancarkan 1,200 unit Rumah Selangorku di Bandar Saujana Putra dengan harga siling RM250,000.
        Dewan Rakyat meluluskan Rang Undang-Undang Perlindungan Data Peribadi (Pindaan) 2024 selepas dibahaskan oleh 14 Ahli Parlimen.
        Speaker Dewan Rakyat Tan Sri Johari Abdul menangguhkan persidangan hingga jam 10.00 pagi esok selepas kecoh selama 20 minit.
        Datuk Seri Siti Nurhaliza akan beraksi di Axiata Arena, Bukit Jalil pada 28 Disember; harga tiket bermula RM158 hingga RM888.
        Menteri Kesihatan Datuk Seri Dr Dzulkefly Ahmad berkata vaksin influenza percuma akan ditawarkan di 1,200 klinik kesihatan seluruh negara.
    """),
    ("ms", "sukan"): _lines("""
        Beregu lelaki negara Aaron Chia-Soh Wooi Yik merangkul gangsa Olimpik Paris 2024 selepas menewaskan pasangan Denmark 21-19, 15-21, 21-15.
        Lee Zii Jia tewas kepada Kunlavut Vitidsarn di separuh akhir tetapi bangkit menewaskan Lakshya Sen untuk pingat gangsa.
        Datuk Lee Chong Wei, bekas pemain nombor 1 dunia, memenangi tiga pingat perak Olimpik pada 2008, 2012 dan 2016.
        Datuk Nicol David menjuarai Kejohanan Skuasy Terbuka Dunia sebanyak lapan kali antara 2005 dan 2014.
        Datuk Azizulhasni Awang atau Pocket Rocketman meraih pingat perak acara keirin di Sukan Olimpik Tokyo 2020.
        Harimau Malaya akan menentang Nepal di Stadium Nasional Bukit Jalil, sepak mula 9.00 malam, tiket RM30 dan RM50 dijual di laman rasmi FAM.
        Keputusan Liga Super malam tadi: Kedah Darul Aman 0-2 Sabah FC, kehadiran penonton 12,438 orang di Stadium Darul Aman.
        Larian Amal Putrajaya 10K: nombor bib 10001 hingga 14500 untuk kategori terbuka, ambil kit di Alamanda pada 14-15 Jun.
        Wah JDT menang lagi 4-0, Bergson sumbat hatrik, confirm la top scorer musim ni.
        Jersi nombor 23 Harimau Malaya edisi 2025 dijual RM199 di kedai rasmi, kod produk FAM-HJ-2523-L untuk saiz L.
    """),
    ("ms", "resipi"): _lines("""
        Rendang tok: 1 kg daging batang pinang, 400 ml santan pekat, 2 batang serai, 3 sudu besar kerisik, masak api perlahan 2 jam 30 minit.
        Kek batik: 2 bungkus biskut Marie 200 g, 250 g mentega, 1 tin susu pekat 500 g dan 6 sudu besar serbuk Milo.
        Nasi lemak: 3 cawan beras, 2 cawan santan, 1 cawan air, sehelai daun pandan dan garam secukup rasa.
        Bakar kuih bahulu pada suhu 200 darjah Celsius selama 12 minit atau sehingga keperangan.
        Asam pedas Melaka gaya Chef Wan: 800 g ikan pari, 2 sudu besar cili boh, 1 keping asam keping dan sekuntum bunga kantan.
        Roti paun: tepung gandum 500 g, yis segera 11 g (1 paket), air suam 300 ml; barcode yis pada paket 9556041600012.
        Tip sambal tumis mak saya: tumis cili kisar sampai pecah minyak, at least 20 minit, jangan rushing nanti pahit.
        Serawa durian: 500 g isi durian, 200 ml santan, 80 g gula melaka, sedikit garam, kacau sampai pekat.
        Teh tarik: 2 uncang teh BOH, 3 sudu besar susu pekat manis, tarik 6 hingga 7 kali supaya berbuih.
        Kalau guna periuk nasi elektrik Philips HD4515, tekan butang Cook sekali je, tunggu 35 minit.
    """),
    ("ms", "ceramah agama"): _lines("""
        Firman Allah dalam Surah Al-Baqarah ayat 183 mewajibkan puasa ke atas orang beriman sebagaimana diwajibkan ke atas umat terdahulu.
        Hadis riwayat al-Bukhari nombor 1 bermula dengan sabda Nabi: sesungguhnya setiap amalan itu dengan niat.
        Kuliah Maghrib malam Jumaat di Masjid Negara, Jalan Perdana, 50480 Kuala Lumpur bertajuk Adab Berjiran, terbuka kepada orang ramai.
        Imam al-Syafie dilahirkan di Gaza pada tahun 150 Hijrah, tahun yang sama Imam Abu Hanifah wafat.
        Nisab zakat emas ialah 85 gram; jika harga emas RM390 segram, nisabnya bersamaan RM33,150.
        Surah Yasin mengandungi 83 ayat dan lazim dibaca beramai-ramai di surau setiap malam Jumaat.
        Dalam Surah Luqman ayat 13 hingga 19, Luqman al-Hakim menasihati anaknya supaya tidak menyekutukan Allah.
        Tazkirah tadi best, ustaz cakap sedekah tak pernah kurangkan harta, hadis riwayat Muslim no. 2588.
        Ustaz Azhar Idrus dalam ceramah perdana di Kuala Terengganu menekankan kepentingan solat berjemaah di masjid.
        Solat sunat Dhuha sekurang-kurangnya 2 rakaat dan sebanyak-banyaknya 12 rakaat menurut pandangan sebahagian ulama.
    """),
    ("ms", "sejarah"): _lines("""
        Tunku Abdul Rahman melaungkan Merdeka sebanyak tujuh kali di Stadium Merdeka pada pagi 31 Ogos 1957.
        Malaysia dibentuk pada 16 September 1963 hasil gabungan Persekutuan Tanah Melayu, Singapura, Sabah dan Sarawak.
        Singapura berpisah daripada Malaysia pada 9 Ogos 1965 dan Lee Kuan Yew menjadi Perdana Menteri pertamanya.
        Parameswara mengasaskan Kesultanan Melayu Melaka sekitar tahun 1400 selepas berundur dari Temasik.
        Melaka jatuh ke tangan Portugis di bawah Alfonso de Albuquerque pada 24 Ogos 1511.
        Dato' Onn Jaafar menubuhkan UMNO pada 11 Mei 1946 dalam kongres di Istana Besar Johor Bahru.
        Tun Abdul Razak Hussein, Perdana Menteri kedua, memperkenalkan Dasar Ekonomi Baru pada tahun 1971.
        Perjanjian Pangkor ditandatangani pada 20 Januari 1874 antara pihak British dan Raja Abdullah.
        Tok Janggut memimpin penentangan terhadap British di Pasir Puteh, Kelantan pada tahun 1915.
        Arkib Negara kat Jalan Duta, KL ada simpan rakaman asal pengisytiharan kemerdekaan, masuk free je.
    """),
    ("mixed", "iklan syarikat dan talian rasmi"): _lines("""
        Pertanyaan bil elektrik? Hubungi TNB Careline 1-300-88-5454 atau guna aplikasi myTNB, 24 jam.
        Air Selangor: laporkan paip pecah atau gangguan bekalan di talian 15300, beroperasi 24 jam sehari.
        Talian Kasih 15999 untuk aduan penderaan kanak-kanak dan keganasan rumah tangga, atau WhatsApp 019-261 5999.
        Maybank Customer Care 1-300-88-6688; jangan sesekali kongsi TAC atau OTP dengan sesiapa, termasuk staf bank.
        Promo Mydin minggu ini: beras wangi 10 kg RM32.90, minyak masak 5 kg RM29.90, sah 1-15 Mac di semua cawangan.
        Nasi Kandar Pelita, No. 149, Jalan Ampang, 50450 Kuala Lumpur, buka 24 jam termasuk cuti umum.
        Sambal Mak Temah Sdn. Bhd. (No. Pendaftaran 202301045678 (1509876-K)) kini melantik pengedar baharu untuk Lembah Klang.
        Unifi down? Call 100, tekan 1 untuk gangguan talian, atau report terus dalam app MyUnifi.
        Lori sewa Ah Seng Transport Sdn Bhd, 3 tan, RM250 satu trip dalam Klang Valley, hotline syarikat 1-800-22-8833.
        Scam alert dari Touch 'n Go: kami tidak akan call minta PIN; careline rasmi hanya 03-5022 3888.
    """),
    ("ms", "kenyataan media jabatan kerajaan"): _lines("""
        JPJ mengingatkan lesen memandu kelas D boleh diperbaharui melalui aplikasi MyJPJ tanpa perlu hadir ke kaunter.
        Jabatan Pendaftaran Negara: penggantian MyKad hilang kali pertama dikenakan fi RM10 dan permohonan di mana-mana pejabat JPN.
        LHDN: tarikh akhir e-Filing Borang BE bagi tahun taksiran 2024 ialah 30 April 2025, dengan lanjutan 15 hari untuk e-Filing.
        KKM melaporkan 4,812 kes denggi bagi Minggu Epidemiologi ke-32, menurun 6.3 peratus berbanding minggu sebelumnya.
        PDRM menasihati orang ramai menyemak nombor akaun atau telefon mencurigakan di portal Semak Mule sebelum membuat pemindahan wang.
        KWSP: pengeluaran Akaun Fleksibel minimum RM50 dan permohonan hanya melalui i-Akaun atau aplikasi KWSP.
        SPR menetapkan hari mengundi Pilihan Raya Negeri serentak di enam negeri pada 12 Ogos 2023.
        KPDN menerima 1,326 aduan melalui talian bebas tol 1-800-886-800 sepanjang musim perayaan tahun ini.
        Bomba menerima panggilan kecemasan pada 2.14 petang dan 18 anggota BBP Shah Alam dikejarkan ke kebakaran kilang di Seksyen 15.
        KPM: keputusan SPM 2024 diumumkan pada 24 April 2025 dan boleh disemak melalui portal MySPM.
        Jabatan Imigresen: pembaharuan pasport Malaysia boleh dibuat melalui MyOnline Passport, fi RM200 untuk tempoh lima tahun.
    """),
    ("mixed", "kumpulan whatsapp taman dan surau"): _lines("""
        Assalamualaikum semua, gotong-royong Taman Sri Mawar hari Ahad ni 7.30 pagi, kumpul depan surau, bawa cangkul sendiri ok.
        Reminder yuran Persatuan Penduduk RM10 sebulan, bayar ke akaun persatuan Maybank 5621 8810 4432, resit bendahari bagi nanti.
        Guys bekalan air terputus 9 pagi hingga 5 petang esok, Air Selangor naik taraf paip di Jalan Mawar 2, simpan air siap-siap.
        Anyone nak order kuih raya? Saya ambil tempahan sampai 20 Mac, semua homemade, harga dalam gambar atas.
        Lampu jalan depan lorong 5 rosak dah seminggu, saya dah report dalam app MBSA, no aduan 2024-11-08837.
        Kereta putih parking depan pagar orang lagi, tolong la hormat jiran, tak payah sampai kena viral.
        Lori sampah datang Isnin dan Khamis je, jangan letak tilam lama tepi jalan sebab diorang tak angkut.
        Kucing oren ni sapa punya? Dah 3 hari tidur atas bonet kereta saya, comel tapi bulu banyak haha.
        Surau Al-Ikhlas: solat hajat untuk calon SPM malam Khamis ni lepas Isyak, jemput semua pelajar dan ibu bapa.
        Scam alert: ada orang call claim dari mahkamah suruh bank in ke akaun peribadi, jangan layan, terus call NSRC 997.
        Pesanan Lazada saya #3091245587621 tersampai rumah sebelah, terima kasih kak sebab tolong simpankan.
        Pusat Tuisyen Minda Gemilang buka kelas Add Maths Tingkatan 4, RM80 sebulan untuk 4 kelas, daftar di kaunter pusat.
    """),
    ("mixed", "marketplace dan telegram kereta - info umum"): _lines("""
        Perodua Myvi 1.5 AV 2022 harga OTR Semenanjung RM53,990 tanpa insurans, ikut senarai harga rasmi Perodua.
        Tips beli kereta second: semak status saman dan pertukaran hak milik dalam MyJPJ, and always buat Puspakom B5 dulu.
        JPJeBid: nombor pendaftaran siri VMA 1 hingga VMA 9999 dibuka untuk bidaan 1 hingga 5 Disember.
        Honda City 1.5 V 2020 mileage 48,000 km, harga pasaran sekitar RM68k kalau ikut listing Carlist bulan ni.
        Admin note: group ni tak benarkan post IC atau geran penuh, blur kan dulu sebelum upload.
        Shopee order 241204QK7H3M2A dah dihantar, jejak dengan SPX MY2412048836501, ETA 2-3 hari bekerja.
        Pos Malaysia: contoh nombor penjejakan ER123456789MY, masukkan di pos.com.my untuk semak status.
        WTS rim sport 17 inci 4x100 RM650 set, condition 8/10, COD area Shah Alam, PM admin group je.
        Proton X50 1.5 TGDi Flagship facelift 2024 harga rasmi RM113,300; rujuk laman Proton untuk promosi terkini.
        Telegram group rules no. 3: harga wajib letak, tiada MLM, tiada pinjaman along, langgar terus kick.
    """),
    ("en", "tuition class materials"): _lines("""
        SPM Additional Mathematics paper code 3472/1 and 3472/2; bring a scientific calculator approved by the exam board.
        Form 4 Physics KSSM textbook, ISBN 978-983-77-1522-9, chapters 2 and 3 for this week's homework.
        Past-year set: SPM 2019 to 2023, Biology paper 4551/2, answer scheme from the state education department trial papers.
        Quadratic revision: solve 2x^2 - 7x + 3 = 0, the roots are 3 and 0.5; check with the formula before Thursday.
        Today I learned the hard way that 45 minutes is not enough for Paper 2 Section C, so we will do timed drills.
        Mock test results: class average 67.4, highest band A-, 12 of 30 students improved by more than 10 marks.
        Reading list: Hikayat Hang Tuah (Dewan Bahasa dan Pustaka edition) and Animal Farm by George Orwell for the essay module.
        Zoom link for Saturday's revision is in the pinned message; meeting ID 845 2210 9937, passcode is the chapter number.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum, sapa jumpa dompet coklat atas nama Nurul Aina binti Kamaruddin, IC 950312-10-5562, tolong pulangkan ke No. 14 Jalan Mawar 3/2 ye
        Kak Rohani rumah hujung lorong 4 tu baru keluar wad, kena buat dialisis 3 kali seminggu, kalau nak melawat bagitahu dulu ye
        Jual Myvi 2017 merah, plat BMK 4471, owner perempuan pakai pergi kerja je, nak cepat call Hazwan 013-728 4419
        Sesiapa kenal Faizal Rahman budak Blok C yang pinjam RM3,500 dari saya bulan Mei tu, tolong bagitahu dia hutang belum langsai
        Kenduri kahwin anak kami Muhammad Afiq & Siti Hajar, 21 Disember, No. 7 Lorong Cempaka 2, Taman Desa Jaya, 08000 Sungai Petani. Sesat jalan WhatsApp Pak Long 019-455 2308
        Mak-mak, yuran tuisyen bulan ni transfer ke Maybank 1640 2377 5518 (Norhayati bt Ismail) ye, RM120 seorang
        Barang dah sampai? Rider tinggal kat pondok guard, nama penerima Tan Mei Ling, No. 22A Jalan Kenari 8, Bandar Puchong Jaya
        Pinjam RM500 dulu bro, gaji masuk 25hb aku bayar, akaun CIMB 7012884563 atas nama Khairul Anuar bin Yusof
        Suami Puan Zaleha rumah no. 31 Jalan Dahlia masuk HKL sebab strok semalam, doakan dia ye semua
        Dijual Honda City 2019 1.5V, no pendaftaran VBR 2286, geran atas nama Ahmad Syukri bin Osman IC 880714-08-6125, boleh bawa Puspakom
        Cikgu Salmah, anak saya Aiman Haziq darjah 4 tak datang kelas esok, dia kena denggi, baru keluar klinik
        Tolong pos ke alamat: Siti Khadijah Mohd Noor, Lot 1123 Kampung Bukit Tok Beng, 21700 Kuala Berang, Terengganu. Tel 014-939 0256
        Sapa kenal Telegram @azmanjualkereta? Aku dah bank in deposit RM2k lepas tu dia block, nama sebenar Azman Jaafar IC 910205-14-5093
        Sampul kenduri boleh DuitNow ke 012-774 8831 (Ros Linda binti Harun), terima kasih atas doa dan kehadiran
        Encik Lim Kok Wai dari No. 5 Jalan Seroja baru kena buang kerja, kalau ada kerja kosong bagitahu dia terus 016-402 7718
        Pak Abu jiran saya tinggal sorang kat Taman Sri Gombak Fasa 2 rumah no. 18, dah tiga hari tak buka pintu, ada sesiapa ada nombor anak dia?
        Parcel COD RM89 untuk Nur Izzati, 011-2409 6634, Kolej Kediaman Mawar UiTM Shah Alam bilik B-3-12
        Maaf nak bagitahu, anak Cik Mah yang nama Amirul tu kena tangkap dadah semalam, polis datang rumah no. 9 Jalan Melur
        Pasport saya A51847296 tertinggal dalam Grab pagi tadi, nama Mohd Hafiz bin Rosli, tolong call 017-880 3245 kalau jumpa
        emel resume ke norazlina.kamal88@gmail.com utk jawatan kerani, sy tinggal Kuantan, ada lesen D
        Sy Puan Rosnah Bakar, jadi penjamin loan kereta adik sy Roslan, dia dah 4 bulan tak bayar, bank asyik call sy 012-339 4871
        nama penuh Wan Nur Syafiqah bt Wan Ahmad, no kp 020918-03-5846, tingkatan 6 atas, nak daftar kelas tuisyen Ekonomi
        Sape hilang kunci Proton X50 plat JVT 3318? Jumpa kat parking surau lepas Isyak, tuan punya boleh ambil dengan Imam
        Ayah saya Haji Zainal Abidin (73) hilang dari rumah di Kampung Baru Subang pagi tadi, baju melayu hijau, ada dementia, hubungi 019-338 1470
        Kak Yah yang jual nasi lemak depan surau, anak dia baru meninggal kemalangan, sumbangan ke Bank Islam 12029010245671 atas nama Rokiah Yahya
        Pengirim: Lee Chee Keong, 23 Jalan Bayan Lepas Indah 5, 11900 Bayan Lepas. Penerima: Ong Bee Hwa, 5 Lorong Sena 3, 05460 Alor Setar
        Akak jual tupperware jual rugi sebab nak bayar hutang along, akaun RHB 11214500332896 Salina binti Mat Isa
        Kelas Sains Cikgu Farah Nadia pindah ke rumah dia, No. 3 Jalan Teratai 11, Taman Permata, Ampang, parking tepi longkang je ya
    """),
    "mixed": _lines("""
        Bro my cousin Jason Wong kerja Singapore, NRIC dia S8823471D, nak jadi guarantor sewa bilik kat JB boleh ke?
        WTS iPhone 14 Pro 256GB, COD area Bangsar South, whatsapp 018-226 5401 ask for Daniel, no lowballers pls
        Siva, text me your sister Kavitha's number, yang 016-228 1945 tu ke? Nak pass angpau kahwin dia
        FIN G7742918M tu helper Indonesia kami, Sri Wahyuni, permit expire Feb depan, majikan kena renew dengan MOM
        Sorry boss, delivery ke rumah Mr Kumar 45 Jalan SS2/24 Petaling Jaya failed, customer tak angkat +60 12-663 7014
        Car for sale: Toyota Vios 2016, JPN 4419, owner Rajesh a/l Muniandy, call +60 17-552 9023, loan dah settle
        Hi aunty, Mei Yee's tuition fee Nov RM280 belum masuk lagi, can transfer to Public Bank 6432771804 under Chong Siew Lan?
        Can someone check on Uncle Raymond at Blok B-12-3 Pangsapuri Melati? His daughter in Perth says he's not answering 03-4021 5568, dia ada sakit jantung
        OMG my ex Farid still guna my Touch n Go ewallet 011-1098 2264, how to block ah?
        IG dia @nadia.qistina_ kan? Yang jual baju raya preloved kat Seksyen 7 tipu customer, real name Nadia Qistina Roslan
        Lalamove pickup Unit 12-05 Residensi Vista Wirajaya Setapak, contact Hakim +60 11-3309 8421, drop rumah mak I kat Kg Pandan
        Loan application: Tey Kah Heng, MyKad 870623-01-5547, gaji bulanan RM4,200, PTPTN outstanding RM18k
        Boss, HKID Z683421(7) tu customer dari Hong Kong, Ms Wong Ka Yan, dia sewa Alphard dengan kita 3 hari
        pm me for Grab Food rider job, Suresh Kumar 019-660 4223, IC aku 850430-07-5231 kalau nak verify
        RSVP kenduri: Encik & Puan Azlan Hisham + 3 anak, meja 12, email azlan.hisham@yahoo.com.my, 1 pax vegetarian
        Kak, Telegram aku @ridzuan_kereta, nak tukar nama geran Civic WVF 8826 ke abang ipar aku Ridzuan Hashim, boleh tolong?
    """),
    "en": _lines("""
        Neighbour update: the lady at No. 16 Jalan Kemboja, Mrs Goh Siew Ping, had a fall last night and is in Hospital Sungai Buloh, ward 7C.
        Tenant for the Cheras unit: Muhammad Danial Iskandar, MyKad 990815-14-6017, phone 011-5520 3318, moving in on 1 Jan.
        Please refund the canopy deposit to Aisyah Zulkifli, Maybank 514288309917, she cancelled her wedding booking.
        The borrower, Mr Rosli Daud of 8 Lorong Haji Taib 3, has owed RM7,800 since March and stopped answering 013-348 2907.
        Singapore contact for the car import: Benjamin Tan, +65 9127 4830, NRIC T0214583G, collection at Woodlands Checkpoint.
        Student note: Harith Iskandar, Form 5, parent's mobile +60 19-207 6651, diagnosed with ADHD, please seat him at the front.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "tolong buat iklan telegram jual kereta, ayat santai sikit"),
        ("assistant", "Boleh. Kereta apa, tahun, mileage dan harga?"),
        ("user", "Perodua Axia 2018 G spec, 92k km, RM21,500 nego sikit"),
        ("assistant", "Nak letak nombor plat dan contact sekali?"),
        ("user", "ye, plat PKT 6093, call/WA Shahrul 017-455 1290, area Bukit Mertajam"),
    ],
    [
        ("user", "Saya nak buat kad jemputan kahwin digital, boleh tolong susun ayat?"),
        ("assistant", "Sudah tentu. Siapa tuan rumah dan pengantin?"),
        (
            "user",
            "Tuan rumah Encik Kamal bin Othman & Puan Zarina bt Said, pengantin anak kami Nur Amalina dengan Hafiz Ikhwan",
        ),
        ("assistant", "Tarikh dan tempat majlis?"),
        (
            "user",
            "Sabtu 15 Mac, rumah kami No. 27 Jalan Kenanga 4/3, Taman Kenanga, 75200 Melaka. RSVP Puan Zarina 013-612 0874",
        ),
    ],
    [
        ("user", "help me write a polite reminder kat kawan pasal hutang"),
        ("assistant", "Sure. Berapa jumlah dan bila dia pinjam?"),
        ("user", "RM1,800, pinjam masa dia pindah rumah bulan Jun"),
        ("assistant", "Nak saya sebut nama dia dalam mesej?"),
        (
            "user",
            "ye, nama dia Izzat Danial, nombor dia 011-2873 5510, suruh bayar ke akaun aku Maybank 1560 3342 9018",
        ),
    ],
    [
        ("user", "Buat jadual kelas tuisyen minggu ni untuk 3 orang murid"),
        ("assistant", "Baik, senaraikan nama murid dan waktu yang sesuai."),
        (
            "user",
            "Aqil Tingkatan 2 Isnin 8mlm, Puteri Balqis Tingkatan 3 Rabu 8mlm, Darren Lee Tingkatan 2 Jumaat 5ptg",
        ),
        ("assistant", "Nak tambah nombor ibu bapa untuk dihubungi?"),
        ("user", "mak Aqil 012-934 7702, mak Balqis 019-551 3086, ayah Darren +60 16-390 2241"),
    ],
    [
        ("user", "alamat ni betul tak format dia untuk J&T?"),
        ("assistant", "Boleh tampal alamat tu, saya semak."),
        ("user", "Norshahida Abd Latif, no 40 jln bunga raya 7 tmn sri skudai 81300 skudai johor"),
        ("assistant", "Format nampak ok, cuma eja penuh Jalan dan Taman. Nombor telefon penerima?"),
        ("user", "0107739254"),
    ],
    [
        ("user", "Tolong tulis pengumuman untuk group surau, ada jemaah perlukan penderma darah"),
        ("assistant", "Boleh. Siapa pesakit dan hospital mana?"),
        (
            "user",
            "Haji Mokhtar Samad, jemaah tetap, sekarang di Hospital Tengku Ampuan Rahimah Klang, wad 5B, lepas pembedahan pintasan jantung",
        ),
        ("assistant", "Jenis darah yang diperlukan?"),
        ("user", "O positif, penderma boleh hubungi anak dia Amir 014-226 9183"),
    ],
    [
        ("user", "nak report scammer marketplace, boleh tolong draft laporan polis?"),
        ("assistant", "Boleh. Apa yang berlaku dan berapa kerugian?"),
        (
            "user",
            "beli PS5 RM1,650, dah transfer tapi barang tak sampai, akaun dia CIMB 8603 2291 47 atas nama Mohd Nizam bin Sulaiman",
        ),
        ("assistant", "Ada nombor telefon atau profil FB dia?"),
        ("user", "FB Nizam Gamers Shop, nombor 013-802 6615, dia cakap tinggal Seremban 2"),
    ],
    [
        ("user", "can you help isi borang majikan Singapore ni, bahagian butiran pekerja"),
        ("assistant", "Boleh, berikan butiran yang diperlukan."),
        ("user", "nama Muhammad Irfan bin Zakaria, MyKad 970226-01-6283, lahir Batu Pahat"),
        ("assistant", "Ada nombor FIN atau pasport?"),
        ("user", "pasport A63018472, FIN baru G8315027K, tel SG +65 8732 1904"),
    ],
    [
        (
            "user",
            "Kereta jiran kena calar semalam, CCTV rumah saya rakam, macam mana nak tulis dalam group taman?",
        ),
        ("assistant", "Elakkan menuduh. Apa yang dirakam?"),
        (
            "user",
            "Budak motor plat BPK 912 langgar cermin sisi Vellfire hitam VFE 88 milik Dr Harjit Singh rumah no. 12",
        ),
        ("assistant", "Boleh saya cadangkan ayat neutral yang minta saksi menghubungi pemilik?"),
        ("user", "ok, letak nombor Dr Harjit 012-208 4417 sekali"),
    ],
]
