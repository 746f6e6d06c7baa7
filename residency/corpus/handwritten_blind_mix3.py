"""Blind check set mix3: code-switched Malaysia, Singapore and Hong Kong chats, listings and Malay texts. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix3
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "news"): _lines("""
        Menteri Kesihatan berkata kementerian akan menambah 1,200 jururawat di klinik kesihatan di Sabah dan Sarawak menjelang hujung tahun depan.
        Jabatan Meteorologi Malaysia (MetMalaysia) mengeluarkan amaran hujan lebat tahap waspada di Kelantan, Terengganu dan Pahang bermula esok hingga Sabtu.
        Ahli Parlimen Bangi membangkitkan isu kesesakan lalu lintas di persimpangan Lebuhraya Kajang-Seremban semasa sesi Dewan Rakyat semalam.
        Harga runcit minyak RON95 kekal RM2.05 seliter manakala diesel di Semenanjung naik dua sen kepada RM3.35 seliter bagi minggu 12 hingga 18 Jun.
        PDRM menasihatkan orang ramai supaya tidak berkongsi nombor TAC dengan sesiapa, termasuk individu yang mengaku sebagai pegawai bank atau LHDN.
        Kerajaan negeri Pulau Pinang mengumumkan projek LRT Mutiara dijangka siap pada 2030 dengan 21 stesen dari Komtar ke Bayan Lepas.
        Perdana Menteri Datuk Seri Anwar Ibrahim merasmikan Karnival Jualan Rahmah peringkat kebangsaan di Shah Alam pagi tadi dan mengumumkan peruntukan tambahan RM300 juta.
        Seramai 402,000 calon akan menduduki peperiksaan SPM yang bermula 2 Januari ini, menurut kenyataan Kementerian Pendidikan.
        Datuk Seri Siti Nurhaliza akan mengadakan konsert di Axiata Arena, Bukit Jalil pada 14 September; tiket berharga antara RM168 hingga RM888.
        Kadar Dasar Semalaman (OPR) dikekalkan pada 3.00 peratus oleh Bank Negara Malaysia dalam mesyuarat Jawatankuasa Dasar Monetari terbaru.
        Lebih 3,000 mangsa banjir di daerah Kemaman dipindahkan ke 41 pusat pemindahan sementara setakat jam 8 pagi ini.
        Harimau Malaya tewas 1-2 kepada Vietnam dalam aksi kelayakan Piala Asia di Stadium Nasional Bukit Jalil malam tadi.
        Hospital Kuala Lumpur memaklumkan klinik pakar akan beroperasi seperti biasa pada Sabtu ini walaupun cuti umum negeri.
    """),
    ("ms", "history"): _lines("""
        Hang Tuah dikatakan berkhidmat sebagai laksamana di bawah Sultan Mansur Shah, dan kisahnya dicatat dalam Hikayat Hang Tuah bersama Hang Jebat, Hang Kasturi, Hang Lekir dan Hang Lekiu.
        Parameswara, putera dari Palembang, membuka Melaka sekitar tahun 1400 selepas berehat di bawah sepohon pokok melaka berhampiran Sungai Bertam.
        Perjanjian Pangkor 1874 menandakan permulaan campur tangan British di Perak melalui sistem Residen, dengan J.W.W. Birch sebagai Residen pertama.
        Tunku Abdul Rahman melaungkan Merdeka sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Kota Melaka jatuh ke tangan Portugis pada tahun 1511 di bawah pimpinan Alfonso de Albuquerque, lalu dibina kota A Famosa.
        Tun Fatimah, puteri Bendahara Tun Mutahir, dikenang sebagai srikandi Melayu yang menentang Portugis bersama Sultan Mahmud Shah.
        Mat Kilau, pahlawan Pahang, bangkit menentang British pada 1891 dan muncul semula secara terbuka pada tahun 1969.
    """),
    ("ms", "recipe"): _lines("""
        Resipi nasi lemak: basuh 3 cawan beras, masak dengan 400ml santan, 2 helai daun pandan, sehiris halia dan secubit garam; hidang dengan sambal bilis, telur rebus, kacang goreng dan timun.
        Kuih seri muka: lapisan bawah pulut kukus 20 minit, lapisan atas campuran 4 biji telur, 300ml santan, 180g gula dan jus pandan, kukus lagi 25 minit api sederhana.
        Sambal belacan: 10 biji cili merah, 1 inci belacan bakar, 2 biji limau kasturi, tumbuk kasar dan tambah sedikit garam serta gula.
        Untuk rendang tok, tumis 15 biji bawang merah, 6 ulas bawang putih, 3 batang serai dan 20 tangkai cili kering yang dikisar, masukkan 1kg daging dan kerisik, masak perlahan 3 jam.
        Air bandung: 250ml susu cair, 3 sudu besar sirap ros, 500ml air sejuk, kacau dan tambah ais. Boleh ganti susu pekat untuk versi lebih manis.
        Dodol ala Opah dalam Upin & Ipin: 1kg tepung pulut, 2 liter santan, 1kg gula melaka, kacau dalam kawah selama 6 jam sampai pekat dan berminyak.
    """),
    ("ms", "form"): _lines("""
        Borang Permohonan Sumbangan Tunai Rahmah: Nama penuh (seperti dalam MyKad): ________ No. MyKad: ______-__-____ No. telefon: __________ Alamat surat-menyurat: ______________
        Contoh pengisian: No. Kad Pengenalan 900101-14-XXXX. Gunakan nombor anda sendiri, bukan contoh ini, dan jangan masukkan ruang kosong.
        Arahan: Sila lampirkan salinan MyKad (depan dan belakang), penyata bank 3 bulan terkini dan slip gaji. Permohonan tidak lengkap tidak akan diproses.
        Format nombor pendaftaran syarikat SSM baharu ialah 12 digit, contohnya 202301012345 (tahun, jenis entiti dan nombor siri).
        Borang aduan PBT: Kategori [ ] Sampah tidak dikutip [ ] Lampu jalan rosak [ ] Longkang tersumbat [ ] Pokok tumbang. Lokasi (nama jalan/taman): ______. Gambar (pilihan).
    """),
    ("ms", "letter"): _lines("""
        Kepada Pengurus Besar, Syarikat Air Darul Aman, Jalan Sultan Badlishah, 05000 Alor Setar, Kedah. Tuan, ADUAN BEKALAN AIR TERPUTUS DI KAWASAN [NAMA TAMAN]. Dengan hormatnya saya merujuk perkara di atas. Yang benar, [Nama Pengadu].
        Kepada Pengetua, Sekolah Menengah Kebangsaan Seri Pantai. Perkara: Permohonan cuti untuk anak. Nama murid: [nama], Kelas: [kelas], Tarikh: [dari] hingga [hingga]. Sekian, terima kasih.
        Notis: Dimaklumkan bahawa Pejabat Tanah dan Galian Selangor akan ditutup pada 31 Ogos sempena Hari Kebangsaan. Urusan kaunter disambung semula pada 1 September.
        Makluman kepada penduduk Taman Bukit Indah: kerja-kerja menaik taraf paip utama oleh Ranhill SAJ akan dijalankan pada 9 Mac, bekalan air terganggu dari 9 pagi hingga 6 petang.
    """),
    ("ms", "complaint"): _lines("""
        Aduan: lampu isyarat di simpang Jalan Ipoh dan Jalan Sentul rosak sejak Isnin, kereta berebut-rebut waktu puncak. Mohon DBKL ambil tindakan segera.
        Aplikasi MySejahtera tak boleh log masuk sejak kemas kini semalam, keluar mesej ralat 503. Ada orang lain kena juga ke?
        Bas Rapid KL laluan 780 selalu lambat lebih 40 minit waktu pagi, pelajar ramai terlepas kelas. Tolong tambah bas.
    """),
    ("en", "business"): _lines("""
        Our Jurong East outlet at JEM, #03-12, is open 10am to 10pm daily. For catering orders call our hotline 6100 2288 or WhatsApp the shop line 8188 2288.
        Kedai Runcit Ah Seng Trading Sdn Bhd, Lot 12, Jalan Besar, 34000 Taiping. Tel 05-806 2231. Borong dan runcit, buka setiap hari kecuali Hari Raya.
        Payment for invoice INV-2024-0831-0042 (RM1,280.50): Public Bank 3183221109, account name Jaya Bina Renovation Sdn Bhd. Please email the slip to accounts@jayabina.com.my.
        Tuition Centre Bright Minds (PJ SS2) now accepting Bahasa Melayu and English classes for 2025. Office line 03-7877 2211, Mon to Sat 2pm to 9pm.
        Klinik Mediviron Setia Alam is open on Sunday 9am to 1pm. Walk-in only, no appointment needed. Clinic line 03-3359 1020.
        Customer service for our Causeway Bay branch: 3188 2100, Monday to Saturday, or email care@harbourbakes.com.hk.
    """),
    ("en", "docs"): _lines("""
        To validate a Singapore NRIC in your form, match ^[STFGM]\\d{7}[A-Z]$ and then compute the checksum with weights 2,7,6,5,4,3,2 over the seven digits.
        const myMobile = /^(\\+?6?01)[0-46-9]-*[0-9]{7,8}$/; // Malaysian mobile numbers, e.g. 012-345 6789 in the placeholder text
        Sample fixture: {"name": "Tan Ah Kow", "nric": "S1234567D", "role": "test-user"}. Replace the seed data before running migrations.
        HKID format: one or two letters, six digits and a check digit in brackets, for example A123456(7). The check digit can be 0 to 9 or A.
        SELECT outlet_code, SUM(qty) FROM sales WHERE outlet_code IN ('KL01','PJ03','JB12') AND sale_date >= '2024-01-01' GROUP BY outlet_code;
        The MyKad number has 12 digits: YYMMDD, a two-digit place-of-birth code (01 Johor to 16 Putrajaya) and a four-digit serial, e.g. YYMMDD-PB-###G.
        def mask_phone(p: str) -> str: return p[:3] + "****" + p[-2:]  # masks 0123456789 as 012****89
        Test card numbers like 4111 1111 1111 1111 are only for the payment gateway sandbox; real cards are rejected in test mode.
    """),
    ("en", "social"): _lines("""
        Lawrence Wong's National Day Rally speech last night spent a good 20 minutes on HDB resale prices and the new BTO classification. Thoughts?
        Went to JJ Lin's concert at the National Stadium, the banter between songs was gold lah.
        Lee Chong Wei just posted a throwback of the 2011 All England final, still gives me goosebumps.
        Michelle Yeoh was back in Ipoh for a charity event, Concubine Lane so packed you cannot even walk.
        Joseph Schooling announced he is stepping back from competitive swimming; he thanked his coaches and Team Singapore.
        Eason Chan adding three more Hong Kong Coliseum dates, the queue on the ticketing site already 40,000 people.
    """),
    ("en", "listing"): _lines("""
        WTS: IKEA MALM queen bed frame, white, 2 yrs used, minor scratches. $120 self-collect Tampines, no delivery. Chat on Carousell only.
        Selling PS5 Slim disc edition, 1TB, SG set with warranty till Mar 2026, $520. Can show receipt. Deal at any MRT station on the East-West line.
        Honda City 1.5 V (A) 2019, 68k km, full service record, RM62,800 nego. Plate number hidden for privacy, Mudah chat only.
        Brand new Philips air fryer, model HD9252/91, RM289 (retail RM399). Warranty card included, can post via J&T to West Malaysia.
        Toner cartridge WBC 2108 compatible with HP LaserJet Pro M404, RM45 each, ask for bulk price if more than 10.
        For rent: Mont Kiara 2-room condo unit, 1,100 sqft, fully furnished, RM3,800 per month, pool and gym, near Publika. Contact through the agency listing.
        Whole unit HDB 4-room for rent at Punggol, $3,600/mth, min 2 years, no pets. Viewing by appointment via PropertyGuru chat.
        Pasar malam stall spot for rent, Taman Connaught Wednesday night, RM25 per night, enquire at the persatuan penjaja office.
    """),
    ("en", "tuition"): _lines("""
        Sec 3 A-Math and E-Math group tuition at our Bishan centre, max 6 students per class, $280/month for 4 lessons. Trial lesson available in January.
        Experienced ex-MOE teacher offering PSLE Science revision workshops during the June holidays, 5 sessions, $350. Register via the centre website.
        Kelas tuisyen SPM Matematik Tambahan dan Fizik, RM50 sebulan per subjek, di pusat tuisyen Seksyen 13 Shah Alam. Pendaftaran dibuka sekarang.
    """),
    ("mixed", "chat"): _lines("""
        Eh bro today makan where? Mamak or the new nasi kandar place near LRT? Aiyo I very hungry already lah.
        Wah the MRT breakdown again this morning, Circle Line jam until Serangoon. Confirm late for work, boss sure bising one.
        Jom lepak tonight? Later 9pm at the usual kopitiam lah, the char kway teow uncle open until 11.
        Alamak, Musang King at SS2 today RM35 per kilo, so ex lah. Last week only RM28.
        今天 weather so 热, I tak tahan already, later go buy 凉茶 at the corner shop.
        Aiyah 佢哋 MTR again delay, 荃灣綫 成條 jam 晒, later I take the bus la.
        Wah lau today 好 sian, work until 10pm also haven't finish, bo jio go makan supper some more.
        Guys, PTA meeting Saturday 9am at the school hall ah. Please bring your own water bottle, canteen closed.
        Enna da, today amma cooked sambar with vadai, very nice da, come home early ok.
        Machan, Rajinikanth new movie semma mass da, Saturday first show at GSC Mid Valley, vaanga together.
        Ok boss, I reach the lobby in 5 min, traffic at Federal Highway very jam, sorry ya.
        Sorry ya the shop very busy, your teh ais masih tunggu, 10 minit lagi siap then I hantar.
        Dear parents, Sports Day ditangguhkan ke 15 Julai sebab jerebu. Murid pakai baju sukan rumah masing-masing ya. Terima kasih.
        Anyone got recommendation for aircon servicing in Punggol? Budget around $50 per unit, not the chemical wash one.
        FYI Shopee voucher code RAYA88 gives RM8 off min spend RM50, valid until 31/3 only.
        JPJ e-bidding for the new VMM series plates opens tomorrow; people say VMM 1 can go above RM500k.
        Lazada order no. 880214105521 shipped from Shenzhen, tracking SPXMY04482913, estimated 3 to 5 working days.
        老板 ah, 一杯 kopi O kosong, 一杯 teh C peng, 两个 kaya toast, bungkus ya.
        Aunty 我要 cheong fun 加 咖喱汁, 唔該, 走葱.
        Semua orang dah bayar yuran kelas Sabtu? RM40 setiap sesi, cikgu kata boleh bayar tunai masa kelas.
        Part number T0320408I for the Tefal kettle base cannot find already, I think discontinued.
        Bank Negara says never click links in SMS claiming your account is frozen, just call the number behind your card.
        Ang Mo Kio Hub CNY light-up this Saturday 7pm, got lion dance and free mandarin oranges while stocks last.
        Carousell got new scam again, they send fake CarouPay link and ask for your bank OTP. Don't click ok guys.
    """),
    ("zh-Hans", "misc"): _lines("""
        新加坡总理黄循财今天在国庆群众大会上宣布，明年将推出超过一万九千个预购组屋单位。
        槟城炒粿条讲究镬气，要用猪油、血蛤、腊肠和豆芽大火快炒，最后加一点黑酱油。
        吉隆坡茨厂街的关帝庙建于1888年，是当地华人社区的重要历史建筑。
        郑和下西洋期间曾多次停靠马六甲，当地至今保留三宝山与三宝井。
        本店营业时间：周一至周六上午十点至晚上九点，周日休息。订餐热线 03-2141 8899。
        小说《茨厂街的雨》中的主角林晓雯是一名裁缝的女儿，在故事结尾离开吉隆坡去了伦敦。
        身份证号码示例：S1234567D 仅供测试，请勿在正式系统中使用。
        肉骨茶做法：排骨一公斤，当归、川芎、熟地、党参各少许，加大蒜两头，小火炖两个小时。
    """),
    ("zh-Hant", "misc"): _lines("""
        香港天文台今日下午發出黃色暴雨警告信號，市民應留意最新天氣消息。
        楊千嬅下月將於紅館舉行十場演唱會，門票將於城市售票網公開發售。
        砵仔糕做法：粘米粉150克、澄麵30克、片糖200克，加水煮溶後倒入小碗，蒸20分鐘即成。
        香港身份證號碼格式為一至兩個英文字母加六位數字，括號內為校驗碼，例如 A123456(7)。
        九龍城侯王廟建於1730年，屬香港一級歷史建築。
        本公司客戶服務熱線：3188 2100（星期一至五上午九時至下午六時）。
        運輸及物流局局長表示，北環綫預計2034年完工，將連接錦上路站及落馬洲站。
        失物認領處開放時間為每日上午七時至晚上十一時，請攜帶有效證件前往任何一個港鐵站查詢。
        今晚食咩好? 茶記 or 大排檔? 我想食豉椒炒蜆同乾炒牛河 la, 六點半 Mong Kok 等.
    """),
}
PERSONAL: dict[str, list[str]] = {
    "mixed": _lines("""
        Eh Kak Zura, nanti hantar barang ke rumah saya ya: No. 23, Jalan Cempaka 4/2, Taman Cempaka, 68000 Ampang. Call 013-600 2475 kalau sesat.
        Bro my IC number 870730-12-0559, the insurance agent need for the claim form, can help me fill in ah? Name Jason Liew Kok Wai.
        Hi landlord, my tenancy renewal: name Priya d/o Suresh, FIN G3632517N, unit Blk 452 Jurong West St 42 #08-117. Please send the new TA by Friday ok?
        Grab driver here ah, I'm the white Perodua Myvi plate WVT 4827, driver name Hafiz, reaching Sunway Pyramid entrance 3 in 2 min.
        老板 sorry ah, 我的 order 还没到, 名字 Chong Mei Ling, phone 016-045 6852, address 12A Lorong Cecil, 10050 George Town. 已经 two hours liao.
        佢個電話係 9923 1545, 叫 Kelvin Tsang, 住喺大圍顯徑邨顯貴樓 1812 室, 你 tomorrow 直接搵佢收貨得啦.
        Hi all, this is Mdm Wong Siew Lan, mother of Ethan Tan from P4 Integrity. Ethan is allergic to peanuts, pls don't share snacks with him. My hp 9415 8457.
        Tuition teacher Ms Nurul Ain, contact 019-272 2958, stays at Seksyen 7 Shah Alam, she charges RM60/hr for Add Maths, my son say she very garang but good.
        Lai lai, transfer the durian money to my Maybank acc 1140 2876 5531 (Lee Boon Hock), RM45 each person ah, don't forget.
        Machan, my cousin Karthik's new number is 017-791 8891, he's staying at Brickfields now, Jalan Thambipillay unit 3-2, go and visit him da.
        Car for sale, owner Mr Ong Teck Seng, plate JQR 6613, call him at 012-701 3942 after 7pm. Serious buyer only, he stays Taman Daya JB can view there.
        Hi doc, my mother Madam Tan Geok Hoon (S4529321A), 78 years, diabetic, the appointment at Bedok Polyclinic on 14 Aug 9.40am can change to afternoon?
        Wah my neighbour Uncle Ramasamy at Blk 118 Ang Mo Kio Ave 4 #05-233 kena rushed to TTSH last night, stroke leh, his daughter Meena so sad.
        Aiya 你 send 錢去呢個 account 啦: HSBC 400-218833-838, 戶口名 LAU Wing Yan, 記得 screenshot 俾我.
        My HKID 係 B757926(3), 姓名 Cheung Ka Ho, 你幫我 check 下個 booking 喺唔喺度?
        Sorry boss, my staff Rahul Verma (FIN M6116514W) cannot come today, he MC for dengue until Thursday.
        Rider pls call me at +60 17-894 6465 when reach, Unit B-15-07, Residensi Vista Harmoni, Cheras. Name Amirul.
        姨妈的 WhatsApp 换了 +6598562182, 她现在住 Sengkang, Compassvale Drive Blk 289C #12-45, 你有空去看她 ok.
        Akka, enoda IC number 761018-09-9256, name Kavitha a/p Muniandy, please fill the temple donation receipt form for me da.
        Da, Suresh's bank account is Public Bank 4562811072 (Suresh a/l Ganesan), send the kavadi money there, ok va?
    """),
    "ms": _lines("""
        Saya, Nurul Hidayah binti Abdul Razak (No. KP: 950103-06-4919), ingin membuat aduan tentang bil elektrik rumah saya di No. 7, Jalan Mawar 3, Taman Desa Jaya, 25150 Kuantan yang tiba-tiba naik kepada RM486.
        Dengan ini disahkan bahawa Encik Mohd Faizal bin Ismail, No. MyKad 720207-04-8507, bekerja sebagai juruteknik di syarikat kami sejak 2015 dengan gaji bulanan RM3,850.
        Tolong doakan ayah saya, Haji Osman bin Yusof, dimasukkan ke ICU Hospital Sultanah Bahiyah Alor Setar semalam kerana serangan jantung. Adik-beradik boleh hubungi saya di +60 19-976 9877.
        Kereta Proton Saga kelabu PKE 2391 milik jiran saya, Encik Razali, diletak depan pagar rumah saya di No. 14 Jalan Bukit Mewah 9 setiap malam sampai saya tak boleh keluar.
        Dijual rumah teres 2 tingkat di Taman Seri Gombak, hubungi tuan rumah Puan Rohani di talian 018-9548737. Alamat: No. 41, Jalan SG 3/12.
        Nama: Siti Aminah binti Hassan; Tarikh lahir: 31 Mac 2008; No. KP: 080331-01-6678; Sekolah: SMK Taman Johor Jaya; Penjaga: Hassan bin Ali (tel +60 11-3428 9792).
        Akaun CIMB untuk derma kenduri arwah: 7060112288, atas nama Zulkifli bin Mat Noor. Terima kasih semua yang menyumbang.
        Pesakit Ahmad Kamal bin Sulaiman, 580302-13-7882, dijadualkan untuk temujanji susulan di Klinik Kesihatan Jalan Masjid Kuching pada 22 Oktober jam 10 pagi.
        Sesiapa nampak anak saya Aiman, 9 tahun, baju biru, hilang di pasar malam Taman Melawati jam 8 malam tadi, sila hubungi saya Rosnah di 013-995 1684.
    """),
    "en": _lines("""
        Delivery address: Lim Jia Hui, 20 Sunset Way #02-14, Clementi Arcade, Singapore 597071, contact 8062 8405. Leave at the door please.
        Hi, I'd like to cancel my dental appointment. Name: Goh Wei Ming, NRIC S7307660I, booked for 3 Feb at the Tiong Bahru branch.
        Our helper Maricel Dela Cruz (FIN F5374507P) finished her contract with us on 30 June; her new employer can reach me at 8536 9588 for a reference.
        Room for rent: I'm Sarah Ng, owner of the Kallang Bahru HDB unit, common room available from 1 Oct. Email sarah.ngkallang@gmail.com or text 80379780.
        Agent: May I have your account email? Customer: it's kwokchunhei88@yahoo.com.hk, and my mobile is 5156 8131.
        Congrats to our colleague Daniel Yeo on his wedding to Michelle Pang last Sunday! They just got keys to their BTO at Blk 175A Punggol Field, #09-412.
        Got scammed by a Carousell seller, her real name is Teo Hui Ting, she gave me POSB 187-45672-3 for payment and blocked me after. Police report filed.
        Silver Toyota Corolla SLK 4721 Z belonging to my colleague Benjamin Lau hit my car at Jurong Point carpark B2, he admitted fault, his number is 8156 5596.
    """),
    "zh-Hans": _lines("""
        家长群通知：三年级二班陈思远同学的妈妈电话 +65 8311 1772，住在 Bukit Batok West Ave 6 第 409 座，今晚接送请联系她。
        房东你好，我是租客黄诗琪，FIN 号码 G4012215Q，下个月的租金已经转到你的 OCBC 账户了，请查收。
        我爸爸刘国强（身份证 630512-11-3327）上个月在新山中央医院做了心脏搭桥手术，现在在家休养。
        请把货寄到：雪兰莪州八打灵再也 SS2/24 路 35 号，收件人 张丽华，电话 018-4692318。
        补习老师林慧敏的银行卡 6216177293784081（中国银行），每个月学费 1200 令吉，记得月初转账。
    """),
    "zh-Hant": _lines("""
        老師你好，我係 4B 班陳子朗嘅媽媽，電話 6806 3022，佢今日發燒唔返學，麻煩老師幫手通知班主任。
        收件人：李嘉敏，地址：九龍觀塘秀茂坪寶達邨達利樓 2305 室，電話 +852-64948361，請喺下晝送到。
        業主黃志偉先生，香港身份證 O225202(4)，已同意將深水埗福華街單位以每月 HK$12,800 租予本人，租約由 9 月 1 日開始。
        阿姐個 email 係 mandyho0921@gmail.com，佢喺沙田威爾斯親王醫院做護士，你有嘢可以直接搵佢。
        拾獲啡色銀包一個，內有身份證 I238139(1)，姓名 TSANG Siu Fung，失主請致電 5464 9676 認領。
    """),
}
CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Hi, I want to book a clinic slot for my father, can?"),
        ("assistant", "Sure, which clinic and what date would you like?"),
        (
            "user",
            "Klinik Famili Ampang, Saturday morning. His name Lim Ah Chye, IC 590302-09-4742, phone 019-0747115.",
        ),
    ],
    [
        ("user", "Boss, delivery tomorrow ah, my block is 289C."),
        ("assistant", "Noted. Which street and unit number?"),
        ("user", "Compassvale Crescent, #07-31, Sengkang."),
        ("assistant", "Thanks. And a contact number for the driver?"),
        ("user", "9847 1852, ask for Mrs Devi Rajan."),
    ],
    [
        ("user", "Internet down since morning lah, very frustrating."),
        (
            "assistant",
            "Sorry for the trouble. Could you share the account number or the registered IC so I can check the line?",
        ),
        (
            "user",
            "Account under my wife name, Tan Siew Ping, IC 620416-10-4866, address 18 Jalan Anggerik 2, Taman Sri Muda, Shah Alam.",
        ),
    ],
    [
        ("user", "我想改送貨時間，可唔可以？"),
        ("assistant", "可以，請提供訂單號碼同收件人資料。"),
        (
            "user",
            "訂單 HK240918-551，收件人陳美玲，電話 6466 7723，地址將軍澳尚德邨尚明樓 1507 室。",
        ),
    ],
    [
        ("user", "Can help me write a tuition ad? Looking for a tutor for my daughter."),
        ("assistant", "Sure! What subject, level and area?"),
        (
            "user",
            "P5 Math, near Tampines St 81 Blk 823. Contact me Mrs Koh at 8021 4714. My daughter Chloe very weak in fractions, failed her SA1.",
        ),
    ],
    [
        ("user", "Driver where are you? I waiting at the guardhouse already."),
        ("assistant", "I'm at the main lobby now, which side are you?"),
        (
            "user",
            "Guardhouse at Jalan Kiara 3, red shirt, name Farah. If cannot find call me 018-816 9172.",
        ),
    ],
    [
        ("user", "My name is Wong Kar Fai."),
        ("assistant", "Hi, how can I help you today?"),
        ("user", "I need to update my address for the insurance policy."),
        ("assistant", "Please share the new address."),
        ("user", "Flat 9C, Block 3, Laguna City, Lam Tin. HKID P970090(4) if you need to verify."),
    ],
    [
        ("user", "Saya nak buat aduan tentang jiran bising."),
        ("assistant", "Baik, boleh berikan butiran lokasi dan masalahnya?"),
        (
            "user",
            "Jiran unit A-12-3 Pangsapuri Seri Intan, Setapak, nama dia Zamri, selalu karaoke sampai 2 pagi. Nombor saya 018-363 1810, nama Aishah.",
        ),
    ],
    [
        ("user", "Bro can help me draft msg to my landlord?"),
        ("assistant", "Sure, what do you want to tell him?"),
        (
            "user",
            "Aircon spoil 2 weeks already, want him fix. Landlord is Mr Teo Chin Huat, unit 9 Jalan Kembangan #03-02, my name Marcus Ho, NRIC S8497600H.",
        ),
    ],
    [
        ("user", "Hi cikgu, Aisyah absent today ya."),
        ("assistant", "Noted, hope she's okay. May I know the reason?"),
        (
            "user",
            "She got chickenpox, doctor gave MC until 20th. Aisyah binti Roslan, 2 Bestari. Thanks cikgu.",
        ),
    ],
    [
        ("user", "帮我写一条 WhatsApp 给房东"),
        ("assistant", "好的，要写什么内容？"),
        (
            "user",
            "就说我下周三搬走，押金 RM2400 退到我的 Maybank 账户 514122907763，户名 NG SOO KHENG。",
        ),
    ],
    [
        ("user", "How to make kuih lapis?"),
        (
            "assistant",
            "Mix 400ml santan, 250g sugar, 200g tapioca flour and 50g rice flour, split into two colours and steam layer by layer, 5 minutes each.",
        ),
        (
            "user",
            "Thanks! Now help me write an order slip for Puan Salmah, 2 trays, deliver to No 5 Jalan Melor, Kampung Baru Subang, her phone 016-706 1476.",
        ),
    ],
    [
        ("user", "Da, help me write birthday message for my thambi."),
        ("assistant", "Sure, what's his name and how old is he turning?"),
        (
            "user",
            "Vignesh s/o Murugan, turning 21 on 4 March, studying at UTAR Kampar, staying at Taman Bandar Baru hostel block C room 207.",
        ),
    ],
    [
        ("user", "我部電話壞咗，開唔到機。"),
        ("assistant", "唔好意思，請問係咪喺本店購買？有冇單號？"),
        (
            "user",
            "係呀，單號 MK-33918，我叫何家豪，電話 5560 2625，住荃灣麗城花園二期 8 座 16 樓 C。",
        ),
    ],
    [
        ("user", "Can you check my resume summary?"),
        ("assistant", "Of course, paste it here."),
        (
            "user",
            "Nur Syafiqah binti Azman, 26, B.Acc UiTM, 3 yrs audit at a firm in KL, email syafiqah.azman96@gmail.com, phone 017-167 4250.",
        ),
    ],
    [
        ("user", "My IC front part is 961124."),
        ("assistant", "Okay, and the rest of the number?"),
        ("user", "10-8674. Name as per IC: Muhammad Haziq bin Rahmat."),
    ],
    [
        ("user", "Draft a rental ad for my condo room."),
        ("assistant", "Sure, what are the details?"),
        ("user", "Master room, Tampines St 86 Blk 864, $1,200 incl utilities, female only."),
        ("assistant", "Got it. How should interested people contact you?"),
        ("user", "Contact owner Jenny Loh at jennyloh.rent@outlook.com or +65 8878 9266."),
    ],
    [
        ("user", "邊個今晚可以幫手接細路？"),
        ("assistant", "你可以講多啲細節，我幫你寫個訊息喺群組度問。"),
        (
            "user",
            "我個仔梁浩然喺九龍塘宣道小學讀 P3，六點放學，你叫人打俾我 9843 3979，我係佢媽媽 Winnie。",
        ),
    ],
    [
        ("user", "Hi still available?"),
        ("assistant", "Yes still available, the rice cooker is brand new."),
        ("user", "Ok can meet Bedok North Blk 539 void deck 8pm? I'm Kenneth."),
        ("assistant", "Ok can. Cash or PayNow?"),
        ("user", "PayNow to my NRIC S9416094D, name will show KENNETH SIM."),
    ],
    [
        ("user", "Help me translate to Malay: please send the documents to my office."),
        ("assistant", "Sila hantar dokumen ke pejabat saya."),
        (
            "user",
            "Good, now add: my office is at Level 5, Menara Seri, Jalan Raja Laut, and my name is Chan Wai Keong, mykad 640106-10-2494, hp 018-994 0191.",
        ),
    ],
]
