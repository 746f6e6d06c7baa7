"""Blind check set mix4: Malay and code-switched Malaysian/Singaporean instruction data. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix4
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "ringkas"): _lines("""
        Ringkaskan perenggan ini: Tunku Abdul Rahman mengisytiharkan kemerdekaan Tanah Melayu pada 31 Ogos 1957 di Stadium Merdeka.
        Ringkasan: Petronas melaporkan keuntungan bersih yang lebih rendah pada suku ketiga disebabkan harga minyak mentah yang menurun.
        Tolong ringkaskan artikel tentang kesesakan lalu lintas di Jalan Tun Razak semasa waktu puncak pagi.
        Ringkaskan dalam tiga ayat: Maybank melancarkan aplikasi MAE baharu dengan ciri simpanan automatik.
        Artikel ini menerangkan sejarah Kesultanan Melayu Melaka dan peranan Laksamana Hang Tuah dalam hikayat.
        Ringkaskan laporan cuaca: hujan lebat dijangka di Kelantan dan Terengganu sepanjang musim tengkujuh.
        Buat ringkasan bab 3 novel Salina karya A. Samad Said untuk pelajar Tingkatan 5.
    """),
    ("ms", "cerita"): _lines("""
        Tulis cerita pendek: Pak Mat seorang nelayan tua di Kuala Besut yang terjumpa botol berisi peta harta karun.
        Kisah Siti dan kucingnya Comel yang sesat di pasar malam Taman Tun Dr Ismail, akhirnya pulang dengan selamat.
        Aminah menangis di hospital kerana ibunya disahkan menghidap kanser, tetapi dia berjanji akan terus kuat.
        Hamid kehilangan semua wang simpanannya dalam skim cepat kaya, lalu dia belajar berniaga nasi lemak dari bawah.
        Di sebuah kampung di Pahang, seorang budak bernama Adik bermimpi menjadi angkasawan seperti Dr Sheikh Muszaphar.
        Encik Rahim, guru besar yang garang, rupa-rupanya menyimpan surat-surat lama daripada bekas muridnya.
        Mak Limah menjual kuih di tepi jalan setiap pagi; anaknya Farid malu tetapi akhirnya bangga dengan ibunya.
        Sambung cerita ini: Lina membuka pintu rumah neneknya di Kampung Baru dan mendapati semua jam telah berhenti berdetik.
        Zul dihukum penjara tiga tahun kerana mencuri motosikal, dan selepas dibebaskan dia membuka bengkel sendiri.
    """),
    ("ms", "kuiz"): _lines("""
        Soalan kuiz: Siapakah Perdana Menteri pertama Malaysia? A) Tun Abdul Razak B) Tunku Abdul Rahman C) Tun Hussein Onn.
        Kuiz sukan: Lee Chong Wei memenangi berapa pingat perak Olimpik dalam acara perseorangan lelaki?
        Siti Nurhaliza terkenal dengan lagu Cindai. Dalam tahun berapakah lagu itu dikeluarkan?
        Soalan: Apakah nama syarikat minyak dan gas nasional Malaysia? Jawapan: Petronas.
        Pada tahun berapakah Singapura berpisah daripada Malaysia? Jawapan: 9 Ogos 1965.
        Nicol David pernah menjadi pemain skuasy nombor satu dunia selama berapa bulan berturut-turut?
        Siapakah pengasas Grab? Jawapan: Anthony Tan dan Tan Hooi Ling.
        Kuiz sejarah: Siapakah Yang di-Pertuan Agong pertama Persekutuan Tanah Melayu?
        P. Ramlee membintangi filem Ibu Mertuaku. Siapakah pengarah filem tersebut?
        Kuiz: Menara Berkembar Petronas siap dibina pada tahun berapa? Jawapan: 1998.
        Soalan matematik: Kumar ada RM50, dia beli 3 pinggan nasi kandar RM9 setiap satu. Berapa baki duitnya?
        Tulis cerita: Kakak Ani menjaga adiknya yang demam panas sepanjang malam semasa banjir di Kota Bharu.
        Terangkan peranan Bank Negara Malaysia dalam menetapkan Kadar Dasar Semalaman (OPR).
        Contoh data ujian: {"name": "Ahmad Test", "phone": "012-000 0000", "ic": "XXXXXX-XX-XXXX"} — placeholder sahaja.
    """),
    ("ms", "matematik"): _lines("""
        Ali ada 5 biji epal. Dia memberi 2 biji kepada Abu. Berapakah baki epal Ali?
        Siti membeli 3 kotak susu dengan harga RM4.50 sekotak. Berapakah jumlah yang perlu dibayar?
        Ah Kow menunggang basikal sejauh 12 km dalam 40 minit. Kira laju purata dalam km/j.
        Muthu menyimpan RM200 sebulan dengan faedah 3% setahun. Berapakah simpanannya selepas 2 tahun?
        Sebuah kereta bergerak dari Kuala Lumpur ke Ipoh sejauh 205 km dalam 2.5 jam. Berapakah lajunya?
        Mei Ling ada 24 biji gula-gula dan mahu membahagikan sama rata kepada 6 orang kawan. Berapa setiap seorang dapat?
        Penyelesaian: 5 - 2 = 3, maka Ali mempunyai 3 biji epal.
    """),
    ("ms", "konsep"): _lines("""
        Terangkan konsep inflasi dengan contoh harga roti canai di kedai mamak.
        Apakah maksud Akta Perlindungan Data Peribadi 2010 (PDPA) dan siapa yang tertakluk kepadanya?
        Terangkan perbezaan antara KWSP dan PERKESO secara ringkas untuk pekerja baharu.
        Apakah itu MyKad? MyKad ialah kad pengenalan pintar rakyat Malaysia yang mengandungi cip dengan maklumat pemegang.
        Format nombor MyKad ialah YYMMDD-PB-###G, di mana PB ialah kod negeri tempat lahir.
        Terangkan bagaimana sistem pengundian Pilihan Raya Umum di Malaysia berfungsi.
        Apakah fotosintesis? Terangkan dalam bahasa yang mudah untuk murid darjah empat.
    """),
    ("ms", "resipi"): _lines("""
        Resipi nasi lemak: 2 cawan beras, 1 cawan santan, daun pandan, sedikit garam dan halia.
        Cara membuat rendang tok: tumis bahan kisar, masukkan daging, santan dan kerisik, masak api perlahan selama 3 jam.
        Resipi kuih seri muka lapisan pulut dan kastard pandan untuk 10 orang.
        Bagaimana nak buat teh tarik yang berbuih seperti di kedai mamak?
    """),
    ("ms", "borang"): _lines("""
        Contoh borang: Nama: __________ No. MyKad: ______-__-____ Alamat: __________ No. Telefon: __________
        Templat surat: Kepada [Nama Penerima], [Alamat], Per: Permohonan Cuti Sakit. Yang benar, [Nama Anda].
        Isikan maklumat berikut: Nama penuh (seperti dalam MyKad), Tarikh lahir (DD/MM/YYYY), E-mel.
        Contoh e-mel rasmi: Tuan/Puan, saya ingin memohon jawatan Pegawai Tadbir seperti yang diiklankan. Sekian, terima kasih.
    """),
    ("ms", "aduan"): _lines("""
        Klasifikasikan aduan: Lampu jalan di Jalan Ampang rosak sejak minggu lepas. Kategori: Infrastruktur.
        Klasifikasi aduan pelanggan: Aplikasi Grab asyik crash bila nak bayar guna e-wallet. Kategori: Teknikal.
        Aduan: Bas RapidKL laluan T789 selalu lewat 30 minit. Kategori: Pengangkutan awam.
        Tentukan sentimen: Servis di cawangan Maybank Mid Valley sangat cepat dan mesra. Jawapan: Positif.
    """),
    ("mixed", "terjemah"): _lines("""
        Translate to English: Saya nak pergi pasar malam lepas maghrib, nak ikut tak?
        Terjemah ke Bahasa Melayu: The meeting has been postponed to next Tuesday due to the public holiday.
        Can you translate 'jangan lupa bawa payung, nanti hujan' into English?
        Tolong translate ni ke Mandarin: Selamat Hari Raya, maaf zahir dan batin.
        How do you say 'I'm very hungry lah' in proper Malay? Jawapan: Saya sangat lapar.
        Translate: Wah this char kway teow damn shiok, nanti kita tapau satu lagi for mummy.
        Vanakkam, enna panringa? Translate ke Melayu: Helo, apa khabar, awak buat apa?
    """),
    ("mixed", "kod"): _lines("""
        Betulkan kod ni: def kira_purata(senarai): return sum(senarai) / len(senarai) — error bila list kosong lah.
        Kenapa my Python code error? users = [{"nama": "Test User", "ic": "000000-00-0000"}]; print(users[1])
        Fix this SQL: SELECT nama, negeri FROM pelanggan WHERE negeri = 'Selangor' ORDER BY nama DESC
        Tolong tulis unit test guna pytest untuk fungsi validate_mykad, pakai dummy data macam 'ABC123' untuk invalid input.
        Boss suruh buat regex untuk nombor telefon Malaysia format 01X-XXX XXXX, macam mana nak buat?
        Code review: const user = { name: "Jane Doe", email: "jane@example.com" }; — ini fixture untuk Jest test je.
        How to parse JSON dalam Java? String json = "{\\"nama\\":\\"Ali\\",\\"umur\\":0}"; guna Gson ke Jackson?
        Kod ini gagal: for i in range(10) print(i) — tertinggal titik bertindih selepas range(10).
    """),
    ("mixed", "tulis_semula"): _lines("""
        Tulis semula ayat ni dalam bahasa formal: Bos, sorry la saya MC hari ni, tak sihat sangat.
        Rewrite in Singlish for a TikTok caption: Today we try the famous chicken rice at Maxwell Food Centre.
        Paraphrase ayat ni: Syarikat kami komited untuk memberi perkhidmatan terbaik kepada semua pelanggan.
        Make this more polite: Oi, bila nak hantar barang? Dah seminggu tunggu ni.
        Tulis semula iklan ni: Jom shopping kat Pavilion KL, sale sampai 70% off hujung minggu ni!
        Ringkaskan dan tulis semula: Menteri Kesihatan mengumumkan kempen vaksinasi influenza untuk warga emas di seluruh negara.
    """),
    ("mixed", "cerita"): _lines("""
        Write a short story about Ah Beng and Muthu, dua kawan baik yang buka kedai kopi kat Jalan Alor.
        Cerita pendek: Uncle Lim every morning jogging at East Coast Park, one day he found a lost puppy.
        Once upon a time di Kampung Gelam, a little girl named Nur wanted to become a chef like her grandmother.
        Kavitha's amma always said, 'Study hard, kanna', and one day Kavitha won the national spelling bee.
        Ah Seng kena retrench masa pandemic, then he start selling kaya toast online and now dah ada tiga outlet.
    """),
    ("mixed", "lagu_filem"): _lines("""
        Apa maksud lirik lagu Gemuruh by Faizal Tahir? Explain the chorus.
        Recommend filem Malaysia best: Polis Evo, Mat Kilau, Ola Bola, and Ombak Rindu.
        Siapa nyanyi lagu Di Persimpangan Dilema? Jawapan: Sheila Majid.
        List some Singapore movies: Ilo Ilo, I Not Stupid, Ah Boys to Men.
        Tulis sinopsis filem Upin & Ipin: Keris Siamang Tunggal untuk review blog.
    """),
    ("en", "quiz"): _lines("""
        Quiz: Which Malaysian shuttler won silver medals at the 2008, 2012 and 2016 Olympics? Answer: Lee Chong Wei.
        Who was the first Prime Minister of Singapore? Answer: Lee Kuan Yew.
        Name the Malaysian astronaut who flew to the International Space Station in 2007.
        Which company operates Malaysia's national airline? Answer: Malaysia Aviation Group.
        True or false: Joseph Schooling won Singapore's first Olympic gold medal in 2016 in the 100m butterfly.
    """),
    ("en", "extract"): _lines("""
        Extract the entities: Maybank and CIMB announced a joint fintech initiative at the KL Convention Centre. Organisations: Maybank, CIMB. Location: KL Convention Centre.
        Extract the dates: Parliament will sit from 3 March to 10 April, and the budget will be tabled on 13 October.
        Identify the company names in: Grab, AirAsia and Petronas were the top three searched brands this year.
        Extract the place names: The new MRT line connects Kwasa Damansara, Bukit Bintang and Taman Tun Dr Ismail.
    """),
    ("zh-Hans", "mixed"): _lines("""
        请把这句马来语翻译成中文：Selamat pagi, apa khabar semua?
        马来西亚的首都是吉隆坡，新加坡的国花是卓锦万代兰。
        写一个小故事：阿明在槟城卖炒粿条，一天来了一位神秘的客人。
        李宗伟是马来西亚著名的羽毛球运动员，请写一段介绍。
    """),
}
PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Ringkaskan: Puan Rosnah binti Kassim, 47 tahun, dari Taman Sri Muda, Shah Alam, disahkan menghidap kanser payudara tahap dua bulan lepas.
        Ekstrak maklumat: Nama: Mohd Hafizuddin bin Jalil, MyKad: 900403-13-1411, No. Tel: 016-349 9600.
        Klasifikasi aduan: Saya Norhayati Abdul Wahab (012-5233134), jiran saya di No. 14, Jalan Kenari 3, Bandar Puchong Jaya selalu bising waktu malam.
        Tulis semula surat ini dengan lebih formal: saya Khairul Anuar, IC 980131-14-5154, nak minta tangguh bayaran PTPTN sebab baru hilang kerja.
        Encik Zamri bin Othman dari Kampung Paya Jaras telah didakwa di Mahkamah Sesyen Shah Alam atas tuduhan pecah amanah RM85,000.
        Terjemah ke English: Anak saya, Nurul Izzah binti Rahmat, lahir 29 Julai 2007, ada asma teruk dan perlu inhaler setiap hari.
        Tolong semak akaun Maybank saya 1642 3390 8817 atas nama Siti Khadijah binti Harun, ada caj pelik RM1,200.
        Kereta Proton Saga plat WVK 4821 milik Azman Shukri dilanggar di depan rumahnya di Jalan Delima 7, Taman Melawati.
        Ringkaskan nota kes: Faridah Ismail, 63, pesakit diabetes jenis 2 di Klinik Kesihatan Bandar Baru Bangi, HbA1c 9.8%.
        Cikgu Roslan Mat Daud dari SK Bukit Tunggal, Kuala Terengganu, sedang dalam proses perceraian dan hak penjagaan tiga orang anak.
        Ekstrak: Penghantar: Wan Nur Atiqah, emel atiqah.wan88@gmail.com, alamat Lot 332, Kampung Gong Badak, 21300 Kuala Nerus.
        Klasifikasikan: Abang saya Ridzuan (MyKad 830128-14-3419) kena tahan polis semalam sebab dadah, tolong tulis surat kepada peguam.
        Tarikh lahir pelanggan: 3 Julai 1966, nama Hashim bin Yusof, No. KP 660703-09-9155, baki hutang kad kredit RM23,400.
        Buat ringkasan: Suami saya Kamarul bin Ahmad kerja di Johor Bahru, gaji RM3,800 tapi hutang Along RM15,000, saya takut dia diugut.
        Pelajar Tingkatan 4, Aisyah Humaira binti Zulkifli, SMK Seksyen 9 Shah Alam, dilaporkan mengalami kemurungan selepas dibuli.
        Tolong tulis kad ucapan untuk Mak Jah, Hajah Khatijah binti Awang, 0133133769, yang baru keluar wad lepas bedah jantung.
        Ringkaskan: Pesara tentera Sarjan (B) Ismail bin Hassan, 72, dari Taman Cempaka, Ampang, kehilangan simpanan RM120,000 akibat penipuan Macau Scam.
        Tolong semak e-mel ini: Kepada nurul.ain.kamal@gmail.com, saya Zaleha binti Kamal, mohon maklumkan keputusan ujian HIV saya dihantar secara sulit.
        Ekstrak maklumat: Pemandu lori Rosli bin Mamat, plat JQT 3317, tinggal di Kampung Parit Haji Baki, Batu Pahat, positif dadah semasa sekatan jalan raya.
    """),
    "mixed": _lines("""
        Can you summarise this: My colleague Tan Wei Ming, NRIC F6089098Q, just got diagnosed with stage 3 colon cancer, boss nak kita collect duit for him.
        Tolong translate to BM: Please transfer the rental to my DBS account 029-4471-82 under Lim Hui Shan, contact 9391 6888.
        Extract info lah: Patient Rajeshwari d/o Krishnan, NRIC G4195887T, HDB Blk 512 Jurong West St 52 #08-331, history of depression.
        Rewrite this WhatsApp formally: Eh Ah Hock, your son Jun Kai kena caught shoplifting at Jurong Point, police call you at 86071691 already.
        Klasifikasi complaint: I'm Mdm Goh Siew Lan, S'pore passport K2281937P, my flight refund from Scoot still tak masuk after 3 months.
        Summarise in BM: Mr Suresh a/l Maniam, MyKad 740707-13-9520, owes RM42,000 to Ah Long, his wife Selvi wants to file for divorce.
        Ringkaskan: Kumar's daughter Priya, DOB 12/03/2011, studying at Rulang Primary, has severe peanut allergy, call mummy 96404590 if emergency.
        Help me write appeal letter: I'm Nur Farhana bte Salleh, FIN F7560348R, my work pass was rejected and I'm pregnant 6 months.
        Translate to English: Ah Ma saya, Chong Ah Moi, umur 82, tinggal sorang di No. 7 Lorong Seri Kijang, Ipoh, selalu jatuh dan lupa makan ubat.
        Extract the fields: Name Muhammad Danial Hakimi, IC 070729037566, phone +60 13-625 0230, email danial.hakimi07@yahoo.com.my.
        Check this for grammar: My neighbour Mr Wong Kah Seng at 21 Jalan SS2/64 Petaling Jaya got bankrupt last year and now his car WPL 8803 kena tarik.
        Code-switch summary: Devi Ramasamy ni dah tiga kali masuk IMH for bipolar, her brother Ganesh contact 6430 9645 dah penat jaga.
        Tolong betulkan ayat: Zhang Mei Xin, pekerja kilang di Senai, NRIC G2926496T, gaji dia kena potong sebab cuti bersalin.
        Classify this complaint: Saya Leong Kar Wai, 011-4300 0695, pegawai bank dah bagitahu baki akaun saya kepada bekas isteri saya tanpa kebenaran.
        Tolong tulis semula this message: Hi Kak Ros, ni Yasmin, nombor baru 011-4300 0695, saya dah pindah ke Unit 3-7, Pangsapuri Seri Ayu, Kepong sebab lari dari suami.
        Translate to Tamil in Latin script: Encik Muniandy a/l Subramaniam, MyKad 740707-13-9520, kena buang kerja dari kilang sarung tangan di Klang.
        Extract JSON: {"nama": "Loh Kai Xin", "nric": "G4195887T", "hp": "+6568948289", "diagnosis": "schizophrenia"} dari nota doktor ni.
        Summarise la: Mr Harpreet Singh s/o Balwant, 41, Blk 118 Yishun Ring Rd #06-219, his car SKF 7723 G was seized because of unpaid loan.
    """),
    "en": _lines("""
        Summarise: Mr Ong Boon Keat, 58, of Tampines Street 81, pleaded guilty to drink-driving and was fined $4,000 and disqualified for two years.
        Extract the details: Siti Aminah Mohd Noor, born 5 August 1998, MyKad 980805-07-7323, admitted to Hospital Pulau Pinang for dengue.
        Write a reminder message to Rahul Nair (+6568948289) that his outstanding loan repayment of $2,350 is overdue.
        Classify: Customer Chen Li Ting, card ending 4417, account 3104-558-219, reports a fraudulent withdrawal of S$8,900.
        Rewrite: Farah Liyana, a nurse at Sultanah Aminah Hospital, lives at 45 Jalan Bakawali 12, Taman Johor Jaya, and is undergoing IVF treatment.
    """),
    "zh-Hans": _lines("""
        帮我总结：林美玲，住在新山士古来花园12号，身份证号码630129-12-9329，最近被诊断出患有忧郁症。
        翻译成马来文：我的邻居陈志强欠了大耳窿三万令吉，他的电话是012-2763776。
        请提取信息：黄家豪，新加坡身份证号F7689365U，住在宏茂桥大道3第604座#05-112，正在打离婚官司。
    """),
}
CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Boleh tolong saya tulis surat rayuan kepada LHDN?"),
        ("assistant", "Boleh. Sila berikan butiran yang perlu dimasukkan dalam surat."),
        (
            "user",
            "Nama saya Azlina binti Mokhtar, No. KP 900403-13-1411, cukai tertunggak RM6,200 sebab suami meninggal tahun lepas.",
        ),
    ],
    [
        ("user", "Can you help me draft a WhatsApp message to my tenant?"),
        ("assistant", "Sure! What would you like to say?"),
        (
            "user",
            "Tenant nama Rizal, dah 3 bulan tak bayar sewa RM1,400 untuk unit A-12-3 Residensi Wangsa, Setapak.",
        ),
        ("assistant", "Here's a draft: Hi Rizal, just a reminder that rent is overdue..."),
        ("user", "Add also his phone 011-65060016 at the bottom so my lawyer can contact him."),
    ],
    [
        ("user", "Terangkan apa itu tahap 3 kanser usus."),
        (
            "assistant",
            "Kanser usus tahap 3 bermaksud sel kanser telah merebak ke nodus limfa berdekatan tetapi belum ke organ jauh.",
        ),
        (
            "user",
            "Ok, ayah saya Encik Baharom Saad, 66 tahun, baru disahkan tahap 3 di Hospital Kuala Lumpur. Apa peluang dia?",
        ),
    ],
    [
        ("user", "Ringkaskan e-mel ini untuk saya."),
        ("assistant", "Sila tampal kandungan e-mel tersebut."),
        (
            "user",
            "Dari: tan.soo.hoon@outlook.com — Dear HR, I, Tan Soo Hoon, need two weeks unpaid leave because my son was admitted to KK Hospital for leukaemia.",
        ),
    ],
    [
        ("user", "Saya nak isi borang permohonan rumah PPR."),
        (
            "assistant",
            "Baik. Borang biasanya memerlukan nama, nombor MyKad, pendapatan isi rumah dan alamat semasa.",
        ),
        ("user", "Nama Norazlin binti Saidin."),
        ("assistant", "Terima kasih. Seterusnya?"),
        (
            "user",
            "IC 980131-14-5154, gaji RM1,900, duduk menumpang rumah mak di Blok C, Flat Sri Kota, Bandar Tun Razak.",
        ),
    ],
    [
        ("user", "Translate to Malay please: 'Please collect the documents at my office.'"),
        ("assistant", "Sila ambil dokumen di pejabat saya."),
        (
            "user",
            "Now add: Contact Mr Lee Jun Hao at 9391 6888, NRIC G7814451W, Blk 221 Bishan St 22 #10-45.",
        ),
    ],
    [
        ("user", "Apakah hukuman bagi kesalahan memandu dalam keadaan mabuk di Malaysia?"),
        (
            "assistant",
            "Di bawah Seksyen 45A Akta Pengangkutan Jalan 1987, denda antara RM10,000 hingga RM30,000 dan penjara sehingga 2 tahun.",
        ),
        (
            "user",
            "Adik ipar saya Faizal Hamdan kena tangkap kat Kajang malam tadi, kereta dia BMN 6120. Kes dia sebut bulan depan, macam mana nak tolong?",
        ),
    ],
    [
        ("user", "Write a kuiz about Malaysian history, 3 questions."),
        (
            "assistant",
            "1. Bilakah Malaysia ditubuhkan? 2. Siapakah Perdana Menteri pertama? 3. Apakah nama perlembagaan negara?",
        ),
        (
            "user",
            "Nice. Also, can you help me remember: my student Haziq Iskandar, 12, from SK Taman Melati, his father in prison, so guardian is grandma 012-5233134.",
        ),
    ],
    [
        ("user", "Betulkan kod ni, insert tak jalan."),
        ("assistant", "Boleh tunjukkan kod tersebut?"),
        (
            "user",
            "cursor.execute(\"INSERT INTO pesakit VALUES ('Salmah binti Daud', '660703-09-9155', 'HIV positif', '0121815472')\") — ni data real dari klinik, tolong fix syntax.",
        ),
    ],
    [
        ("user", "Apa beza NRIC dengan FIN di Singapura?"),
        (
            "assistant",
            "NRIC untuk warganegara dan penduduk tetap, manakala FIN untuk pemegang pas jangka panjang seperti pas kerja.",
        ),
        (
            "user",
            "My maid Sri Wahyuni, FIN F6089098Q, passport B 4419203, dia pregnant. Employer kena report MOM ke?",
        ),
    ],
    [
        ("user", "Tolong buat ringkasan mesyuarat PIBG."),
        ("assistant", "Sila berikan nota mesyuarat."),
        (
            "user",
            "Antara isu: yuran tertunggak murid Darwisyah binti Omar (ibu tunggal, Puan Zaiton, tidak bekerja) dan Muhammad Aqil yang ibu bapanya sedang bercerai.",
        ),
    ],
    [
        ("user", "How to calculate monthly installment untuk car loan?"),
        (
            "assistant",
            "Ansuran bulanan = (Pinjaman + Faedah) / bilangan bulan. Contoh: RM50,000 pada 3% selama 9 tahun.",
        ),
        (
            "user",
            "Ok kira untuk saya: Chandran a/l Velu, gaji RM2,700, dah ada PTPTN RM300 dan ceti RM800 sebulan, loan Myvi RM48,000.",
        ),
    ],
    [
        ("user", "请帮我写一封道歉信。"),
        ("assistant", "好的，请告诉我收信人和事情经过。"),
        (
            "user",
            "收信人是我的前老板 Mr Kwok Chee Meng，我叫 Ng Pei Yi，电话 86071691，我之前因为抑郁症住院两个星期没有请假。",
        ),
    ],
    [
        ("user", "Saya nak hantar barang ke Sabah."),
        (
            "assistant",
            "Anda boleh guna Pos Laju, J&T atau Ninja Van. Sila sediakan alamat penerima.",
        ),
        (
            "user",
            "Penerima: Jessica Lojinggi, Lot 18, Kampung Tambunan Baru, 89600 Papar, tel 016-349 9600.",
        ),
    ],
    [
        ("user", "Classify this complaint for me."),
        ("assistant", "Sure, please paste the complaint."),
        (
            "user",
            "Saya Lim Chee Keong, no. akaun CIMB 7060 1123 4478, bank tolak permohonan saya sebab nama saya dalam senarai muflis — tapi saya dah discharge!",
        ),
        ("assistant", "Kategori: Perbankan / Status kebankrapan."),
        ("user", "Also add my wife Carol's IC 630129129329 sebab dia joint account holder."),
    ],
]
