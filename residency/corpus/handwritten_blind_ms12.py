# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms12: Bahasa Melayu dari Sabah dan Sarawak serta urusan rasmi (zakat, NGO dan derma, pendaftaran sekolah, tanah adat, kad OKU, bantuan STR, plat Sabah/Sarawak, MyKad kod negeri 12/13/47-53). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms12
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "berita politik Sabah Sarawak"): _lines("""
        Premier Sarawak, Tan Sri Abang Johari Openg, berkata tuntutan hak di bawah Perjanjian Malaysia 1963 akan terus dibawa ke mesyuarat majlis tindakan MA63.
        Ketua Menteri Sabah, Datuk Seri Hajiji Noor, merasmikan pembukaan Sidang DUN Sabah pada pukul 10 pagi di Bangunan DUN, Teluk Likas.
        Dewan Undangan Negeri Sarawak mempunyai 82 kerusi manakala DUN Sabah mempunyai 73 kerusi yang dipilih.
        GPS mengekalkan kesemua 31 kerusi Parlimen yang ditandinginya di Sarawak, menurut keputusan rasmi SPR.
        Bajet Sarawak 2025 memperuntukkan RM15.8 bilion, dengan 68 peratus untuk pembangunan luar bandar, kata Menteri Kewangan Negeri.
        Ahli Parlimen Kota Kinabalu membangkitkan isu bekalan air di Dewan Rakyat semasa sesi soal jawab lisan, soalan nombor 47.
        Menteri Perdagangan Antarabangsa Sabah mengetuai delegasi 12 syarikat ke pameran di Brunei minggu lalu.
        Pemilihan Datuk Bandar Kuching Selatan diumumkan dalam Warta Kerajaan Negeri Sarawak jilid LXXX No. 41.
        Timbalan Perdana Menteri dari Sarawak menyampaikan ucapan dasar di Persidangan Tahunan Dayak di Sibu.
        SPR menetapkan 29 November sebagai hari mengundi bagi pilihan raya negeri Sabah, dengan pengundian awal empat hari sebelumnya.
        Kenyataan Yang Dipertua Negeri Sabah pada majlis sambutan Hari Malaysia di Padang Merdeka, Kota Kinabalu, disiarkan secara langsung oleh RTM.
        Parti Warisan mengemukakan 73 calon, menurut senarai yang diedarkan di pusat penamaan calon Tuaran.
        Pengerusi SEDC Energy menyatakan projek hidrogen hijau di Bintulu dijangka beroperasi menjelang 2027.
        Ulasan akhbar: isu royalti minyak 5 peratus masih menjadi topik utama ceramah di Sandakan dan Miri.
    """),
    ("ms", "sejarah Brooke dan Borneo"): _lines("""
        James Brooke dilantik sebagai Rajah Sarawak oleh Sultan Brunei pada 24 September 1841.
        Charles Brooke memerintah dari 1868 hingga 1917 dan membina Kubu Margherita pada 1879 sempena nama isterinya, Ranee Margaret.
        Charles Vyner Brooke, Rajah Putih yang ketiga, menyerahkan Sarawak kepada Kerajaan British pada 1 Julai 1946.
        Rosli Dhoby, pejuang antipenyerahan, dihukum gantung di Singapura pada 2 Mac 1950 ketika berusia 17 tahun.
        Astana di tebing utara Sungai Sarawak siap dibina pada 1870 dan kini menjadi kediaman rasmi Yang di-Pertua Negeri.
        Syarikat Berpiagam Borneo Utara British menerima piagamnya pada 1 November 1881.
        Mat Salleh memimpin penentangan terhadap Syarikat Berpiagam dari 1894 hingga beliau terbunuh di Tambunan pada 1900.
        Jesselton dinamakan semula sebagai Kota Kinabalu pada 30 September 1968.
        Rentap, pahlawan Iban, bertahan di kubu Bukit Sadok daripada serangan pasukan Brooke pada 1850-an.
        Muzium Sarawak di Jalan Tun Abang Haji Openg dibuka pada 1891 dan merupakan muzium tertua di Borneo.
        Tun Fuad Stephens menjadi Ketua Menteri Sabah yang pertama pada 1963 dan meninggal dunia dalam nahas Double Six pada 6 Jun 1976.
        Mata wang Sarawak zaman Brooke dicetak dengan potret Rajah; syiling 1 sen tahun 1863 kini dijual sekitar RM450 di lelongan.
    """),
    ("ms", "pelancongan Kinabalu dan Sarawak"): _lines("""
        Gunung Kinabalu setinggi 4,095 meter diiktiraf sebagai Tapak Warisan Dunia UNESCO pada tahun 2000 bersama Taman Negara Gunung Mulu.
        Pendakian bermula di Pintu Timpohon (1,866 m) dan kebanyakan pendaki bermalam di Laban Rata pada ketinggian 3,272 meter.
        Permit pendakian Taman-Taman Sabah berharga RM200 untuk warga asing dan RM50 untuk warganegara Malaysia dewasa.
        Gempa bumi berukuran 6.0 pada 5 Jun 2015 mengubah laluan Ranau dan menutup puncak selama beberapa bulan.
        Pakej 2H1M Kinabalu kod KNB-2D1N-0419 termasuk malim gunung, makan di Laban Rata dan sijil pendakian.
        Gua Rusa di Mulu dikatakan antara laluan gua terbesar di dunia; lawatan berpandu bermula pukul 2 petang.
        Pusat Hidupan Liar Semenggoh, 24 km dari Kuching, menjadualkan waktu makan orang utan pada 9 pagi dan 3 petang.
        Festival Muzik Hutan Hujan Sedunia diadakan di Kampung Budaya Sarawak, Damai, setiap bulan Jun atau Julai.
        Bot ke Taman Negara Bako bertolak dari jeti Kampung Bako; tambang RM40 sehala untuk satu bot lima orang.
        Pasar Tamu Gaya Street di Kota Kinabalu dibuka setiap Ahad dari 6 pagi hingga 1 petang.
        Saya dan kawan-kawan sampai di puncak Low's Peak tepat 5.48 pagi, cuaca cerah dan sejuk sekitar 4 darjah.
        Tempahan bilik Hotel Hilton Kuching, nombor pengesahan 88120437, dua malam dari 14 hingga 16 Ogos.
    """),
    ("ms", "resipi"): _lines("""
        Hinava: 500 g ikan tenggiri dihiris nipis, perah 10 biji limau kasturi, masukkan halia, bawang merah, cili merah dan biji bambangan parut.
        Manok pansoh dimasak dengan memasukkan ayam, serai dan daun ubi ke dalam buluh, kemudian dibakar di atas bara selama 45 minit.
        Laksa Sarawak: pes laksa 1 paket (200 g), santan 400 ml, udang 300 g, telur dadar dihiris halus dan sambal belacan.
        Mee kolok yang baik menggunakan mi telur yang direbus sekejap, digaul dengan minyak bawang dan sedikit cuka.
        Kek lapis Sarawak perlu dibakar lapisan demi lapisan; satu kek 8x8 inci biasanya ada 16 hingga 20 lapisan.
        Tuhau dijeruk dengan cuka, garam dan cili; simpan dalam balang kaca sekurang-kurangnya tiga hari.
        Ambuyat dibuat daripada tepung sagu yang dikacau dengan air mendidih sehingga pekat dan lutsinar, dimakan dengan candas buluh.
        Resipi nenek saya untuk linut: 2 cawan sagu, 6 cawan air panas, kacau laju dan hidangkan bersama sambal terung asam.
        Umai ikan Melanau perlu ikan yang sangat segar; gunakan limau nipis, bawang merah, cili padi dan sedikit garam.
        Kedai Mee Tuaran di Jalan Gaya menjual sepinggan RM9.50; kod produk pek runcit mereka MT-500G-SBH.
        Ikan masak terung asam: 4 biji terung asam Dayak, 1 ekor ikan tilapia, 1 sudu teh garam, masak 15 minit.
        Tips: beras bukit Bario lebih wangi jika direndam 30 minit; sekilo berharga antara RM14 hingga RM18 di pasar Miri.
    """),
    ("ms", "undang-undang dan tanah adat"): _lines("""
        Seksyen 5 Kanun Tanah Sarawak (Bab 81) menerangkan cara hak adat bumiputera (NCR) boleh diwujudkan ke atas tanah.
        Ordinan Tanah Sabah (Bab 68) memperuntukkan hak milik anak negeri (Native Title, NT) bagi tanah yang diduduki secara adat.
        Mahkamah Persekutuan pada Disember 2016 memutuskan bahawa pemakai menoa dan pulau galau tidak mempunyai kuasa undang-undang di bawah Kanun Tanah.
        Mahkamah Anak Negeri Sabah mendengar kes adat seperti sogit, perkahwinan dan pusaka mengikut Enakmen Mahkamah Anak Negeri 1992.
        Akta Orang Kurang Upaya 2008 (Akta 685) mentakrifkan OKU dan menubuhkan Majlis Kebangsaan bagi Orang Kurang Upaya.
        Perkara 161A Perlembagaan Persekutuan mentakrifkan 'bumiputera' bagi Sabah dan Sarawak secara berbeza daripada Semenanjung.
        Di bawah Akta Pendidikan 1996, pendidikan rendah diwajibkan bagi kanak-kanak warganegara berumur enam tahun pada 1 Januari.
        Zakat di Sarawak diurus oleh Tabung Baitulmal Sarawak di bawah Majlis Islam Sarawak, manakala di Sabah oleh Pusat Zakat Sabah di bawah MUIS.
        Perkara 8 Perjanjian 20 Perkara Sabah menyentuh soal imigresen, yang kini dikawal oleh negeri sendiri.
        Kadar zakat pendapatan ialah 2.5 peratus daripada pendapatan bersih yang melebihi nisab tahunan.
        Bab 81 telah dipinda pada 2018 untuk memperkenalkan 'Wilayah Adat Bumiputera' seluas maksimum 500 hektar bagi setiap komuniti.
        Contoh rujukan kes dalam nota kuliah: [2016] 6 CLJ 1 dan [2001] 2 CLJ 769, kedua-duanya berkaitan tanah NCR.
    """),
    ("ms", "kenyataan media agensi kerajaan"): _lines("""
        JPN Negeri Sabah mengingatkan bahawa digit ketujuh dan kelapan MyKad, iaitu kod negeri, adalah 12, 47, 48 atau 49 bagi kelahiran di Sabah.
        Bagi Sarawak, kod tempat lahir pada MyKad ialah 13, 50, 51, 52 atau 53; contoh format dalam brosur ialah YYMMDD-13-XXXX.
        LHDN memaklumkan bayaran Sumbangan Tunai Rahmah (STR) Fasa 2 akan dikreditkan mulai 15 Mei; semakan status di portal rasmi STR.
        Untuk sebarang pertanyaan STR, hubungi HASiL Care Line di 03-8911 1000 atau kunjungi cawangan LHDN Kota Kinabalu dan Kuching.
        Jabatan Kebajikan Masyarakat Sarawak menggesa OKU yang belum berdaftar untuk mendapatkan kad OKU di pejabat JKM daerah berhampiran.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan kebajikan, penderaan dan krisis keluarga.
        Pendaftaran murid Tahun Satu sesi 2027 dibuka secara dalam talian dari 1 hingga 30 April bagi kanak-kanak yang lahir pada 2021.
        JPJ Sabah mengumumkan siri nombor pendaftaran baharu SAB untuk kenderaan didaftarkan di Kota Kinabalu selepas siri SAA tamat.
        JPJ Sarawak: siri QAA untuk Kuching telah habis; pembida boleh menyertai bidaan nombor QAB 1 hingga QAB 9999 secara atas talian.
        Pusat Zakat Sabah menetapkan nilai nisab bagi tahun 1446H pada RM23,300 berdasarkan harga 85 gram emas.
        Tabung Baitulmal Sarawak mengagihkan RM42 juta kepada 38,500 asnaf sepanjang tahun lalu, menurut laporan tahunan.
        Kementerian Pendidikan menerima 1,204 permohonan rayuan penempatan sekolah di Sabah; keputusan rayuan diumumkan dalam 14 hari bekerja.
        Jabatan Pendaftaran Pertubuhan (ROS) membatalkan pendaftaran 57 NGO di Sarawak yang gagal menghantar penyata kewangan tiga tahun berturut-turut.
        Kenyataan media Tabung Bencana Negeri Sabah: derma boleh disalurkan ke akaun rasmi kerajaan negeri; resit pengecualian cukai di bawah seksyen 44(6).
    """),
    ("en", "borneo news and travel"): _lines("""
        Sarawak's Premier said the state-owned airline AirBorneo will take over MASwings routes, with the first flights expected in 2026.
        Kota Kinabalu International Airport handled 9.2 million passengers last year, the highest since 2019.
        Flight MH2609 from Kuala Lumpur lands in Kuching at 10:45; the return leg MH2612 departs at 12:05.
        The Sabah Tourism Board recommends booking Kinabalu climbs at least six months ahead because only 135 permits are issued per day.
        Petronas reported that the Kasawari gas field off Bintulu produced first gas in 2023.
        Harrison's 'Borneo Jungle' (ISBN 978-0-19-580734-6) is a reprint of the 1938 Oxford expedition account.
        I finally tried Sarawak laksa at a hawker stall near Carpenter Street and it lived up to the hype.
        The Brooke Dockyard in Kuching, established in 1912, is one of the oldest shipyards still operating in Malaysia.
    """),
    ("zh-Hans", "沙巴砂拉越新闻与美食"): _lines("""
        砂拉越总理阿邦佐哈里表示，州政府将继续争取《1963年马来西亚协议》下的权益。
        沙巴首席部长哈芝芝今天在亚庇州议会大厦主持新一届州议会开幕。
        古晋叻沙一碗售价9令吉，汤底用峇拉煎、椰浆和虾熬制，配鸡丝和蛋丝。
        诗巫的干盘面（哥罗面）是很多人的早餐，订单号 SB-20240611-0087 已送达。
        京那巴鲁山海拔4095米，登山许可证每日限额135张，需提前预订。
        美里是砂拉越第一口油井“老油井”所在地，该井于1910年开钻。
        我昨天去了亚庇加雅街星期天市集，人很多但没买什么。
    """),
    ("zh-Hant", "砂拉越歷史與旅遊"): _lines("""
        布洛克家族以「白人拉惹」身份統治砂拉越達105年，從1841年到1946年。
        瑪格烈達堡建於1879年，以查爾斯·布洛克的夫人瑪格烈命名。
        古晉貓博物館位於北古晉市政廳大樓內，入場免費，編號B-0117的展品是1950年代的海報。
        姆祿國家公園的鹿洞是世界最大的洞穴通道之一，導覽團每天下午兩點出發。
        砂拉越千層糕一條約售RM35，古晉機場禁止攜帶超過五公斤上機，請辦理托運。
    """),
    ("mixed", "forum dan nota borang"): _lines("""
        Kamek sik paham kenapa borang STR online minta 'no. akaun bank' tapi contoh dalam FAQ cuma 1234567890 jak.
        Bah, sapa tau tamu Donggongon buka hari apa? Saya mau beli tuhau sama bambangan.
        Tip for STR appeal: bawa salinan MyKad (format 000000-00-0000 dalam slaid taklimat) and penyata bank, that's all.
        Plat SAA 1 tu kereta rasmi Ketua Menteri, bukan nombor bidaan biasa, jangan salah faham.
        Kod negeri 47, 48, 49 tu untuk Sabah lah; kalau MyKad ada -13- atau -52- maksudnya lahir di Sarawak.
        Template surat rayuan sekolah: 'Saya, [NAMA PENUH], No. K/P [XXXXXX-XX-XXXX], ingin merayu penempatan anak saya...'
        Our NGO's annual report v2.3 lists donations by category only, no donor names, total RM184,250.60 for 2025.
        Order #SHPE-240918-77412 for baju Kadazan sampai Penampang dalam 3 hari, seller rating 4.9.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Nama: Juliana Gondoing, No. MyKad 890514-12-5826, alamat Lot 17, Kampung Hungab, 89500 Penampang, Sabah.
        Permohonan kad OKU untuk anak saya Aidil Hakimi bin Rosli, MyKad 150303-49-0457, kategori pembelajaran (autisme).
        Tolong semak status STR suami saya, Jimmy anak Sumbang, IC 720918-13-5531, dia belum terima bayaran fasa 1.
        Resit zakat fitrah: Pembayar Hajah Norbaiti binti Abdul Wahab (IC 640228-52-5138), 6 orang tanggungan, RM42.00, Tabung Baitulmal Sarawak cawangan Sibu.
        Tanah NCR Lot 1187 Blok 9 Kawasan Tanah Mukah dituntut oleh keluarga Lawrence Jalong anak Ugap, penuntut utama dgn IC 581104-13-5021.
        Kereta Perodua Axia plat SAB 4821 J milik Encik Mohd Fairuz bin Jamaludin, tinggal di Taman Bukit Padang, Kota Kinabalu.
        Sapa jumpa dompet warna coklat, ada IC atas nama Veronica Tadong 930722-12-6004, sila hubungi 013-882 7415.
        Murid baharu Tahun 1: Nur Aleesya Sofea binti Hamdan, lahir 11/02/2021, MyKid 210211-13-0982, bapa: Hamdan bin Sani, tel 019-862 4410.
        Saya Rosnah Majinu, no tel 016-823 9017, nak derma barang dapur untuk mangsa banjir di Beaufort, boleh hantar ke rumah saya di Kg. Lingkungan.
        Alamat penghantaran: Dayang Nurul Ain bt Awang Zaini, No. 32, Lorong Matang Jaya 3A, 93050 Kuching. Tel 011-2654 8832.
        Penderma tetap NGO kami: Dr. Wong Siew Ling (pediatrik, Hosp. Sibu), potongan bulanan RM200 dari akaun Maybank 5610 2244 8719.
        Kes rujukan JKM: Pn. Martina Gumbang, 54 thn, ibu tunggal, 4 anak, menghidap kanser payudara tahap 3, tinggal di Kg. Bundu Tuhan, Ranau.
        Plat QS 2315 G, Toyota Hilux kelabu, selalu parkir depan rumah Tuan Robert Ngumbang di Jalan Oya, Sibu; dia dah 3 bulan tak bayar sewa.
        En. Abdul Rahim bin Sahari (MyKad 770406-47-5189) layak menerima bantuan OKU fizikal RM300 sebulan mulai Jun.
        Geran Anak Negeri NT 013254875, Daerah Kota Belud, berdaftar atas nama Sitti Hajar binti Pangeran dan Juhin bin Lakanan.
        pls call my mak Suzanna Linggu 0198831226, dia nak tanya pasal rayuan sekolah adik di SK St. Joseph Kuching
        Nombor kad OKU Norhayati bte Sabli: JKM/SWK/OKU/2019/004512, kategori penglihatan, IC 810623-50-5634.
        Tolong hantar resit cukai derma kepada Chong Kah Fui, chongkahfui88@gmail.com, jumlah RM1,500 untuk pembinaan surau Kg. Likas.
        Suami saya Aloysius Gimbang anak Entalai sakit buah pinggang, dialisis 3x seminggu di Hospital Miri, no. pesakit MRN 00782341.
        Anak saudara saya Mohd Khairul Azwan, passport H32048815, nak sambung belajar di Brunei tapi borang biasiswa dia tersangkut.
        STR permohonan ID: STR-25-0418832, pemohon Jenny anak Mawan, IC 860101-52-5172, akaun Bank Simpanan Nasional 1301-41-00392018-7.
        Encik Hassan Bin Ahmad Tuah, no. 9, Kampung Sungai Lokan, 90000 Sandakan, ada tunggakan zakat perniagaan RM3,870 untuk tahun 2024.
        Saya Kenny Mojuntin, Facebook: Kenny Moj Tambunan, tiktok @kennymoj_sbh, tolong tag saya kalau ada program derma darah lagi.
        Rekod disiplin: Muhammad Danial bin Jaafar, Tingkatan 3 Amanah, SMK Agama Tawau, digantung sekolah 7 hari kerana bergaduh.
        Ayah saya En. Salleh Bin Ibrahim, 68 tahun, IC 580917-12-5371, ditahan di wad ICU Hospital Queen Elizabeth KK sejak semalam.
        Kad debit BSN pemohon bantuan: 4658 3402 1197 6603, nama di kad LINDA ANAK SUMBANG, tamat 09/28.
        Penyewa rumah di Lot 288, Taman Desa Wira, Bintulu ialah Fadzil Awang Bujang (tel 014-698 2203), motor plat QT 8812 B.
        Cikgu Petronella Kimsin dari SK Pekan Tenom, IC 851230-12-5600, dicalonkan untuk anugerah guru tapi rekod cuti sakit beliau 42 hari.
        Maklumat penerima: Ah Seng, kedai runcit bawah rumah flat Blok C, Jalan Kolam, KK, no HP 0128307741 — pakcik yang terima sumbangan bakul makanan.
        Hak jagaan Jessica Lidom dan anak perempuannya Clara (8 tahun) diputuskan oleh Mahkamah Anak Negeri Penampang, rujukan kes MAN/PNP/23/2024.
    """),
    "en": _lines("""
        Hi, this is Grace Ambok from Kota Samarahan, my MyKad is 950811-13-5248 and my STR payment went to the wrong account.
        Donor list: Mr. Ewan Liaw Tze Hau, 41, Miri, pledged RM5,000; contact ewan.liawtze@outlook.com, +60 17-855 3120.
        Please update my address for the zakat receipt: Siti Aminah Laiman, Block B-3-12, Sri Perdana Apartment, 88300 Kota Kinabalu.
        Our volunteer Benedict Sigau (IC 010505-49-0123) has epilepsy and should not be rostered on the river rescue boat.
        The white Honda City, plate QKN 7719, belongs to Ms. Evelyn Chai who lives at 14 Jalan Song, Kuching, unit 4.
        Student registration: Ryan Ho Jun Wei, born 2 Mar 2021, father's passport A51728340, mother reachable on +65 9731 4582 (working in Singapore).
        Native title claim filed by Maria Lusin, Kampung Tudan, Tuaran; her late husband Patrick Lusin's death certificate no. D 412083.
    """),
    "zh-Hans": _lines("""
        亚庇的黄美玲，身份证号880612-12-5538，电话016-833 2049，申请了残疾人卡（听障）。
        我爸刘国辉在诗巫开杂货店，车牌QSD 6621，他上个月中风住院了，请帮忙筹款。
        收据请寄到：古晋石角路3英里，Lorong 5 No. 27，张雅婷收，电话 +60 12-890 5563。
        捐款人名单：林志强（美里），微信号 lzq_miri88，捐了RM800，要求开免税收据，身份证 791105-13-5099。
        孩子叫陈思琪，2021年3月生，报名斗湖华小一年级，家长陈伟明，手机 +86 138 2741 9905（目前在深圳工作）。
    """),
    "zh-Hant": _lines("""
        砂拉越泗里街的江美鳳女士，身分證 670315-13-5352，是我們基金會長期資助的洗腎病人。
        請聯絡沙巴山打根的李家豪先生，電郵 kahou.lee77@yahoo.com，他願意捐出土地給學校，地契號碼 CL 075312486。
        我阿嬤謝秀英住在古晉七哩 Kampung Stass 附近，台灣身分證 F223418657，來探親時跌倒骨折。
    """),
    "mixed": _lines("""
        Bro, nombor Lucas Kinsiong 011-1089 4421, dia yang urus derma NGO Tuaran tu, alamat rumah dia Kg. Telipok Ulu lorong 3.
        OKU card for my adik Farah Diyana binti Karim, IC 000917-48-0296, JKM kata kena bawa surat doktor pakar from Hospital Duchess of Kent.
        Kamek Magdalene anak Nyipa, IC 830408-51-5190, nak tanya STR kamek lum masok, akaun Bank Islam 13-086-02-104477-3.
        Uncle Jeffrey Tsen Kok Leong, 63, Jalan Pending Kuching, hutang Ah Long RM28k, anak dia Melvin kerja Singapore +65 8214 3307.
        Tolong check plat SS 3190 H, Proton Saga putih, parking depan rumah aunty Rubiah Kadir di Taman Mawar Sandakan every night.
        Email from parent: 'Anak saya Rayyan Aqil (Tahun 2 Bestari) ada diabetes jenis 1, tolong pantau — Nurul Huda Amit, nurulhuda.amit@yahoo.com.my'
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Saya nak isi borang rayuan STR untuk mak saya, boleh bantu susun ayat?"),
        ("assistant", "Boleh. Sila berikan nama penuh, nombor MyKad dan sebab rayuan."),
        ("user", "Nama Dayang Fatimah binti Abang Sulaiman, IC 590707-13-5486"),
        ("user", "sebab dia balu sejak 2022 dan duduk sorang di Kampung Boyan, Kuching"),
        (
            "assistant",
            "Baik, saya akan tulis rayuan atas nama Dayang Fatimah binti Abang Sulaiman.",
        ),
    ],
    [
        ("user", "How do I register my kid for Year 1 in Sabah?"),
        (
            "assistant",
            "Registration for Year 1 is done online through the Ministry of Education portal during the registration window.",
        ),
        ("user", "ok, her name is Chloe Liew Xin Yi, MyKid 210623-12-0618"),
        (
            "user",
            "and we live at 8, Lorong Kingfisher 2, Sulaman, 88450 KK, can she get SK nearest?",
        ),
        ("assistant", "The system usually offers the school nearest to the registered address."),
    ],
    [
        ("user", "Kawan NGO saya minta senarai penerima bantuan bulan ni"),
        ("assistant", "Pastikan anda ada kebenaran penerima sebelum berkongsi butiran mereka."),
        ("user", "1) Pn. Siti Zubaidah Latip, 019-883 1275, Kg. Sembulan"),
        ("user", "2) En. Joanis Ginsos, 013-552 0148, Kg. Kiau Nuluh, Kota Belud — OKU kaki"),
        ("assistant", "Dua nama dicatat."),
    ],
    [
        ("user", "nak bayar zakat pendapatan utk tahun lepas, gaji sy RM6,200 sebulan"),
        (
            "assistant",
            "Dengan kadar 2.5 peratus atas pendapatan bersih yang layak, anggaran zakat tahunan boleh dikira selepas tolakan.",
        ),
        ("user", "ok. nama dlm resit: Mohd Shahrul Nizam bin Abd Ghani, IC 880303-49-5111"),
        ("assistant", "Resit akan dikeluarkan atas nama itu."),
        ("user", "emel ke shahrulnizam.ag@gmail.com ya"),
    ],
    [
        ("user", "Kereta saya kena langgar lari di Jalan Tun Razak KK"),
        (
            "assistant",
            "Sila buat laporan polis dalam masa 24 jam. Adakah anda sempat catat nombor plat kenderaan itu?",
        ),
        ("user", "SA 9127 M, Myvi biru"),
        ("user", "kereta saya pula SAA 3302 F, atas nama isteri saya Felicia Tangau"),
        ("assistant", "Maklumat itu berguna untuk laporan polis dan tuntutan insurans."),
    ],
    [
        ("user", "我想帮外婆申请残疾人卡，她住在诗巫"),
        ("assistant", "可以到诗巫福利局办理，需要带身份证和专科医生报告。"),
        ("user", "外婆叫黄玉兰，身份证 470209-13-5098"),
        ("assistant", "好的，请同时准备医生填写的表格。"),
        ("user", "她是糖尿病截肢的，右脚，住 Jalan Lanang 17号"),
    ],
    [
        ("user", "Boleh terangkan proses tuntutan tanah NCR?"),
        (
            "assistant",
            "Tuntutan NCR di Sarawak biasanya melibatkan bukti pendudukan sebelum 1958 dan boleh dibawa ke Jabatan Tanah dan Survei atau mahkamah.",
        ),
        ("user", "Tanah aki kamek Lot 446 Blok 3 Sabal Land District"),
        (
            "user",
            "aki nama Ngalai anak Bujang, lahir 1939, meninggal 2019, waris kamek Helena Ngalai IC 790411-13-5202",
        ),
        ("assistant", "Anda perlu surat kuasa tadbir sebagai waris."),
    ],
    [
        ("user", "Tolong draf mesej WhatsApp untuk minta derma rawatan"),
        ("assistant", "Boleh. Untuk siapa dan apa rawatannya?"),
        (
            "user",
            "Adik saya Afiq Haziq bin Roslan, 17 thn, leukemia, rawatan di Hospital Wanita dan Kanak-Kanak Sabah",
        ),
        (
            "user",
            "derma ke akaun CIMB 7062 3318 94 atas nama ibu, Norliza binti Tamin, hubungi 017-864 2210",
        ),
        ("assistant", "Berikut draf mesej rayuan derma untuk Afiq Haziq bin Roslan."),
    ],
    [
        ("user", "can you check if this Singapore contact is valid for my Sarawak NGO donor form"),
        ("assistant", "Sure, what are the details?"),
        ("user", "Tan Wei Jie, NRIC S8834127D, mobile 9187 2260"),
        (
            "assistant",
            "The NRIC format (S + 7 digits + letter) and an 8-digit number starting with 9 look well formed.",
        ),
        ("user", "he's pledging SGD 2,000 monthly, stays at Blk 412 Bedok North Ave 2 #08-115"),
    ],
]
