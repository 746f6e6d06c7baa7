# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms15: Bahasa Melayu berita, sukan, hiburan dan hantaran komuniti (surau, kenduri, derma, kematian, iklan kecil). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms15
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "berita politik"): _lines("""
        Perdana Menteri berkata kerajaan akan memperuntukkan RM1.2 bilion bagi menaik taraf sekolah daif di Sabah dan Sarawak dalam Belanjawan 2027.
        Ahli Parlimen Kuala Langat, YB Dato' Rahimi Osman, menggesa Kementerian Kerja Raya mempercepatkan pembaikan jalan FT5 yang rosak teruk akibat banjir.
        Pusat Khidmat ADUN Sungai Tua kini beroperasi di No. 3, Jalan Medan Batu Caves 2, 68100 Batu Caves; orang ramai boleh hubungi 03-6187 2200 pada waktu pejabat.
        SPR mengumumkan hari mengundi PRK DUN Mahkota pada 28 September, penamaan calon pada 14 September, dengan 117,581 pengundi berdaftar.
        Menteri Besar Kedah dalam sidang media di Wisma Darul Aman hari ini menafikan dakwaan bahawa projek lebuh raya itu dibatalkan.
        Speaker Dewan Rakyat mengarahkan Ahli Parlimen Pasir Salak keluar dewan selama dua hari kerana enggan menarik balik kenyataannya.
        Keputusan rasmi P.098 Gombak: calon BN 23,415 undi, PH 21,877 undi, PN 19,204 undi — majoriti 1,538 undi, peratus keluar mengundi 74.6%.
        Datuk Seri Anwar Ibrahim, Perdana Menteri ke-10, mempengerusikan Sidang Kemuncak ASEAN ketika Malaysia memegang jawatan Pengerusi ASEAN 2025.
        Senator Puan Noraini Hamid mengangkat sumpah sebagai ahli Dewan Negara di hadapan Yang di-Pertua Dewan Negara pagi tadi.
        Kenyataan Media Pejabat Ketua Menteri Melaka, Seri Negeri, Ayer Keroh, 75450 Melaka. Rujukan: KMM/PA/2026/118 bertarikh 3 Disember 2026.
        Exco Kesihatan negeri, YB Dr. Lim Siew Choo, berkata 42 kes denggi direkodkan minggu lepas, turun 18 peratus berbanding minggu sebelumnya.
        YB dari Bukit Mertajam menyeru rakyat supaya tidak menyebarkan berita palsu tentang subsidi diesel dan hanya merujuk portal rasmi kerajaan.
    """),
    ("ms", "sukan"): _lines("""
        Harimau Malaya tewas 1-2 kepada Vietnam dalam aksi Kumpulan B Piala AFF di Stadium Nasional Bukit Jalil malam tadi di hadapan 61,302 penonton.
        Jaguh badminton negara, Lee Zii Jia, mara ke separuh akhir Terbuka Malaysia selepas menewaskan pemain Denmark 21-17, 19-21, 21-15.
        Datuk Lee Chong Wei menduduki ranking No. 1 dunia selama keseluruhan 349 minggu dan memenangi tiga pingat perak Olimpik.
        Pasangan beregu lelaki Aaron Chia-Soh Wooi Yik meraih pingat gangsa di Olimpik Paris 2024, pingat Olimpik kedua berturut-turut buat mereka.
        Keputusan Liga Super malam tadi: JDT 4-0 Sabah FC, Selangor 2-2 Terengganu, Kedah 1-3 KL City, Perak 0-1 PDRM.
        Datuk Azizulhasni Awang, 'The Pocket Rocketman', pemenang pingat perak keirin Olimpik Tokyo 2020, kekal sebagai inspirasi pelumba muda.
        Nicol David, bekas pemain skuasy No. 1 dunia selama 108 bulan berturut-turut, kini aktif dalam program pembangunan pemain muda.
        Musim ini penyerang muda itu mencatat 14 penampilan, 5 gol dan 3 assist dengan purata 71 minit setiap perlawanan.
        Tiket perlawanan akhir Piala Malaysia boleh dibeli melalui aplikasi rasmi sahaja: RM30 (kategori 2) dan RM50 (kategori 1), tiada jualan di kaunter.
        Pemain import kelab itu, Rafael Menezes, digantung tiga perlawanan oleh Jawatankuasa Tatatertib MFL kerana kad merah langsung.
        Bonnie Bunyau Gustin memenangi pingat emas Paralimpik Paris 2024 dalam acara angkat berat lelaki 72kg.
        Alahai JDT menang lagi, liga ni dah tak best la bro, dari awal season dah tau siapa juara 😂
    """),
    ("ms", "ulasan filem dan drama"): _lines("""
        'Mat Kilau: Kebangkitan Pahlawan' arahan Syamsul Yusof, lakonan Adi Putra sebagai Mat Kilau, mengutip hampir RM97 juta dan menjadi filem tempatan terlaris.
        Drama 'Cinta Di Hujung Sejadah' episod 12: watak Puan Sri Zaleha akhirnya mengaku Aiman ialah anak kandungnya — netizen kecoh!
        Watak Dr. Hanis didiagnos kanser payudara tahap tiga, dan babak dia mencukur rambut di hadapan cermin benar-benar meruntun jiwa.
        Tan Sri P. Ramlee membintangi 66 filem dan mengarah 34 daripadanya; Seniman Agung itu meninggal dunia pada 29 Mei 1973 di Kuala Lumpur.
        Rating saya untuk Polis Evo 3: 3.5/5 — aksi padu tapi plot agak predictable, Shaheizy Sam macam biasa memang power.
        Dalam babak klimaks, penjahat menconteng alamat '13, Jalan Cempaka, Taman Seri Kenanga' di dinding — rumah watak utama, Inspektor Zaki.
        Menurut data FINAS, filem seram tempatan itu mengutip RM12.4 juta dalam 10 hari pertama tayangan di 142 pawagam.
        Pelakon Hana Zulaikha dalam sidang media pelancaran drama itu berkata watak ibu tunggal yang dibawanya adalah yang paling mencabar dalam kerjayanya.
        Drama bersiri 'Rumah Atas Bukit' akan ditayangkan di slot Lestary TV3 bermula 3 Mac, Isnin hingga Khamis, jam 10 malam.
        Review jujur: sinematografi cantik gila, tapi dialog macam baca skrip dan lagu tema pun dah overused. 6/10.
        Teater muzikal 'Tun Teja' di Istana Budaya mendapat sambutan hangat; semua tiket untuk minggu pertama habis dijual.
        Spoiler alert!! Ending dia si Amir tu rupanya anak luar nikah Datuk Kamal, patut la mak dia sorok sijil lahir dia dari episod 1 😭
        Konsert Datuk Seri Siti Nurhaliza di Axiata Arena dijangka menarik 15,000 penonton; tiket berharga antara RM188 hingga RM888.
    """),
    ("ms", "sejarah dan tokoh"): _lines("""
        Tunku Abdul Rahman Putra Al-Haj melaungkan 'Merdeka!' sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Mat Kilau bin Imam Rasu muncul semula pada tahun 1969 dan identitinya disahkan oleh kerajaan negeri Pahang pada tahun 1970.
        Tok Janggut (Haji Mat Hassan bin Munas) memimpin penentangan terhadap sistem cukai British di Pasir Puteh, Kelantan pada tahun 1915.
        Tun Abdul Razak, Perdana Menteri kedua, memperkenalkan Dasar Ekonomi Baru dan meninggal dunia di London pada 14 Januari 1976 akibat leukemia.
        Za'ba (Zainal Abidin bin Ahmad) lahir pada 16 September 1895 di Kampung Bukit Kerdas, Batu Kikir, Negeri Sembilan.
        Jalan Tuanku Abdul Rahman di Kuala Lumpur dinamakan sempena Yang di-Pertuan Agong pertama Persekutuan Tanah Melayu.
        Dato' Onn Jaafar mengasaskan UMNO pada 11 Mei 1946 dalam Kongres Melayu di Istana Besar Johor Bahru.
        Tun Fatimah, srikandi Melaka, berkahwin dengan Sultan Mahmud Shah selepas ayahandanya Bendahara Tun Mutahir dihukum bunuh.
        Leftenan Adnan Saidi gugur di Bukit Chandu pada 14 Februari 1942 ketika mempertahankan Pasir Panjang bersama Rejimen Askar Melayu.
        Sybil Kathigasu, jururawat yang ditangkap Kempeitai di Ipoh pada 1943, dianugerahkan Pingat George atas keberaniannya.
        Universiti Tun Hussein Onn Malaysia (UTHM) di Parit Raja, Batu Pahat dinamakan sempena Perdana Menteri ketiga.
        Muzium Sultan Abu Bakar di Johor Bahru kini dibuka semula; tiket masuk RM10 untuk warganegara dan percuma bagi kanak-kanak bawah 12 tahun.
    """),
    ("ms", "pengumuman masjid dan surau"): _lines("""
        Kuliah Maghrib Masjid Al-Ikhlas Taman Melawati, Selasa ini bersama Ustaz Syamsul Fikri (penceramah jemputan TV Al-Hijrah). Tajuk: Adab Bermuamalah.
        Kutipan Tabung Jumaat minggu lepas: RM4,318.50. Terima kasih kepada semua jemaah, semoga Allah memberkati rezeki tuan-tuan.
        Sumbangan tabung pembinaan dewan serbaguna boleh disalurkan ke akaun Bank Islam 12038010045671 atas nama MASJID JAMEK KAMPUNG BARU SUNGAI BULOH.
        Kadar zakat fitrah 1447H bagi negeri ini ialah RM7.00, RM14.00 atau RM21.00 seorang mengikut jenis beras yang dimakan.
        Waktu solat Zon WLY01 (Kuala Lumpur, Putrajaya) 4 Dis 2026: Subuh 5:58, Zohor 1:09, Asar 4:32, Maghrib 7:10, Isyak 8:24.
        Pendaftaran kelas fardu ain kanak-kanak dibuka. Nama anak: ________ Umur: ____ No. tel waris: ________. Yuran RM20 sebulan.
        Gotong-royong membersihkan tanah perkuburan Islam Kg. Sg. Merab pada Sabtu ini jam 8 pagi. Sila bawa parang dan cangkul masing-masing.
        Makluman: Solat Jumaat minggu ini diadakan di dewan sementara kerana kerja-kerja pemasangan karpet baharu di ruang solat utama.
        Program Ihya' Ramadan: iftar jamaie setiap hari; penaja boleh hubungi pejabat masjid di 03-4108 7720 (8.30 pagi - 5 petang).
        Majlis Agama Islam Selangor (MAIS), Tingkat 9, Menara Utara, Bangunan Sultan Idris Shah, 40000 Shah Alam.
        Mesyuarat Agung Tahunan Surau Al-Hidayah pada 20 Dis selepas Isyak. Agenda: laporan kewangan 2026 dan pemilihan AJK sesi 2027/2028.
        Majlis bacaan Yasin dan doa selamat untuk semua calon SPM 2026 malam Khamis ini selepas Isyak. Calon dan ibu bapa dijemput hadir.
        Jemaah dinasihatkan tidak meletakkan kenderaan di hadapan pintu pagar rumah penduduk semasa solat Jumaat. Kerjasama amat dihargai.
    """),
    ("ms-en", "iklan dan jualan online"): _lines("""
        🔥 PROMO 12.12 🔥 Kek Lapis Sarawak Mak Andak — beli 3 free 1! Order sebelum 10 Dis, pos seluruh Malaysia. Hotline 1-700-81-2266.
        Kedai Runcit Pak Ali (Ali Maju Enterprise, SSM 202403118765) akan buka 24 jam mulai 1 Januari. Terima kasih pelanggan setia!
        J&T tracking 630012748819 — Parcel telah tiba di DC Shah Alam, 03/12/2026 14:22. Anggaran penghantaran: 1-2 hari bekerja.
        Pos Laju EP928374615MY: Item out for delivery, 04/12/2026 09:05, Pusat Mel Kuala Terengganu.
        Shopee order #261203KQ7VX2MN: 2 x Tudung Bawal Cotton (Dusty Pink) RM39.80, free shipping, voucher SHOPEE12DIS ditebus.
        DIJUAL: Rumah teres 2 tingkat Taman Desa Harmoni, 22x70, freehold, RM485k nego. Hartanah Jaya Realty (E(1)1789), pejabat 03-8925 0101.
        Ready stock kuih raya! Tart nenas, semperit, cornflakes madu — RM28 sebalang, 3 balang RM80. PM untuk order ya 📩
        Nasi Kandar Line Clear, Jalan Penang, 10000 George Town — buka 24 jam, parking terhad, datang awal kalau tak nak beratur panjang.
        Klinik Dr. Rahman & Rakan-Rakan, 22 Jalan Besar, Kajang — klinik panel PERKESO, buka 8 pagi hingga 10 malam setiap hari.
        Invois No. INV-2026-004417, jumlah RM1,250.00 termasuk SST 8%. Bayaran melalui DuitNow QR sebelum 15/12/2026.
        Sewa kanopi & kerusi kenduri: pakej 100 pax RM650 termasuk pasang & bongkar, kawasan Kuala Selangor & Sabak Bernam. Kanopi Wira Enterprise 1-300-22-5690.
        Lelong! Honda Civic 1.5 TC 2019, harga rizab RM72,000, lot 47, pemeriksaan kenderaan Sabtu 10am-4pm di pusat lelongan Glenmarie.
    """),
    ("ms", "kenyataan rasmi dan statistik"): _lines("""
        DOSM: Kadar pengangguran Malaysia bagi Oktober 2026 kekal pada 3.1 peratus, dengan 531,200 orang menganggur.
        Orang ramai yang mempunyai maklumat diminta menghubungi Bilik Gerakan IPD Petaling Jaya di 03-7966 2222 atau mana-mana balai polis berhampiran.
        Talian Kasih 15999 dan WhatsApp 019-261 5999 beroperasi 24 jam untuk aduan keganasan rumah tangga dan penderaan kanak-kanak.
        Befrienders KL: 03-7627 2929 (24 jam) — sokongan emosi percuma dan sulit untuk sesiapa yang memerlukan.
        JPN mengingatkan orang ramai supaya tidak berkongsi gambar MyKad di media sosial kerana nombor kad pengenalan boleh disalah guna.
        Akta Perlindungan Data Peribadi 2010 (Akta 709) terpakai kepada transaksi komersial; pindaan 2024 mewajibkan pemberitahuan pelanggaran data kepada Pesuruhjaya.
        Bantuan Warga Emas JKM sebanyak RM600 sebulan boleh dipohon melalui portal eBantuanJKM atau di pejabat JKM daerah.
        Satu daripada empat kematian di hospital KKM pada 2024 disebabkan penyakit jantung iskemia, menurut laporan statistik kesihatan.
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru. Tel: 07-225 7000.
        Bomba merekodkan 42 kes kebakaran rumah di Kelantan sepanjang Ramadan lepas, kebanyakannya berpunca daripada litar pintas.
        Pejabat Tanah dan Galian Selangor, Tingkat 4, Bangunan Sultan Salahuddin Abdul Aziz Shah, 40576 Shah Alam.
        SPRM: Maklumat rasuah boleh disalurkan secara sulit melalui talian bebas tol 1-800-88-6000 atau di mana-mana pejabat SPRM.
    """),
    ("ms-en", "templat dan log sistem"): _lines("""
        Borang Derma — Nama Penderma: ____________ No. K/P: ______-__-____ No. Tel: ____________ Jumlah: RM______
        Assalamualaikum {nama}, anda dijemput ke {majlis} pada {tarikh} di {alamat}. Sila RSVP sebelum {tarikh_rsvp}. Terima kasih.
        [2026-12-03 22:41:07 MYT] ERROR PaymentGateway: FPX txn 2612032241070093 status=FAILED code=1A bank=MBB0228 retry=2
        Format MyKad: YYMMDD-PB-###G, PB ialah kod tempat lahir (cth. 10 = Selangor, 14 = WP Kuala Lumpur) dan digit akhir ganjil bagi lelaki.
        Versi 4.12.7 (build 20261128): medan 'No. IC' kini menerima input tanpa sengkang; pepijat paparan resit derma telah dibaiki.
        SHA-256 resit: 9f2c4e1a7b03d56e88a1c0f4b7e2d9a6c3518f0e7d24b69a1c5e8f3072bd44e1
        Nota admin grup: Jangan post no. IC, no. akaun atau alamat rumah dalam grup ni. Nak buat kutipan derma, PM admin dulu untuk verify.
        e-Invois LHDN UUID 6F3A9C2E-41B7-4D58-9E0A-27C8B1D5F460, status: Valid, diserahkan 2026-12-02T09:15:33+08:00.
        Data ujian: nama="PELANGGAN UJIAN", ic="000000-00-0000", tel="01X-XXX XXXX", alamat="ALAMAT CONTOH". Jangan guna data sebenar.
        Kod baucar e-Tunai: RHMH-2026-7Q4K-PX9B (sah sehingga 31/03/2027, sekali guna sahaja).
    """),
    ("zh-Hans", "大马华文社区"): _lines("""
        首相安华今日在布城主持内阁会议后宣布，2027年财政预算案将于10月提呈国会。
        羽球名将李梓嘉在大马公开赛首轮以21-15、21-18击败印尼选手，晋级16强。
        吉隆坡陈氏书院建于1906年，是雪隆地区最著名的宗祠建筑之一，每逢周末吸引大批游客。
        本会定于12月14日（星期日）上午10时在会所召开常年会员大会，敬请各会员准时出席。—— 雪隆福建会馆秘书处
        榴莲季到了！猫山王 RM45/公斤，D24 RM22/公斤，欢迎到文冬 Bentong 榴莲街第19号摊位选购。
        马来西亚卫生部：本周骨痛热症病例共1,203宗，比上周减少6.4%，雪兰莪州仍占最多。
        宽柔中学2027年新生报名将于1月15日截止，详情请浏览校方官网或致电学校办公室。
        巴生滨华中学礼堂12月20日晚将举办慈善义演，所得款项全数捐献予本地洗肾中心。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Dengan segala hormatnya kami Haji Kamaruddin bin Yusof & Hajah Rohani binti Salleh menjemput ke majlis perkahwinan puteri kami Nurul Syafiqah & Muhammad Irfan, 20 Dis 2026, di No. 27, Jalan Kenanga 4, Taman Sri Muda, 40400 Shah Alam. RSVP: Kamaruddin 013-671 2048.
        Innalillahi wainna ilaihi raji'un. Telah kembali ke rahmatullah bonda kepada Ahmad Faiz (AJK Surau Al-Hidayah), Puan Esah binti Mat Daud, 72, pagi tadi di Hospital Sungai Buloh akibat komplikasi buah pinggang. Jenazah di rumah Faiz, No. 9, Jalan Delima 2, Kg Melayu Subang.
        Mohon sedekah untuk adik Nur Aisyah Humaira binti Kamal, 6 tahun, yang menghidap leukemia dan sedang menjalani kemoterapi di Hospital Tunku Azizah. Akaun Maybank 162044182295 (KAMAL BIN YUSOF, bapa). Info: 011-2108 4473.
        Dompet hilang sekitar Pasar Tani Kajang pagi tadi. Ada IC atas nama NORAZLINA BINTI ABU BAKAR (880412-10-5524) dan kad ATM CIMB. Sesiapa jumpa tolong hubungi 017-330 9182.
        ORANG HILANG: Muhammad Haziq bin Roslan, 15 tahun, pelajar SMK Seksyen 18, kali terakhir dilihat di stesen LRT Kelana Jaya 2 Dis jam 6 petang berbaju sekolah. Hubungi ibunya Puan Suraya 012-884 3310.
        Jual Myvi 1.5 AV 2018, plat BPK 4417, mileage 78k, tangan pertama. Nama dalam geran ROSLI BIN HASSAN. Serius buyer sahaja, WhatsApp 019-552 7730.
        Mohon doa untuk sahabat kita Cikgu Zainab Ahmad (SK Bukit Kapar) yang baru disahkan menghidap kanser serviks tahap 2. Dia mula kemo minggu depan di IKN.
        Mahkamah Sesyen Kuala Terengganu menjatuhkan hukuman penjara 18 bulan terhadap seorang nelayan, Wan Ismail bin Wan Deraman, 46, dari Kampung Batu Rakit, kerana memiliki 3.2 gram syabu.
        Puan Farhana Mohd Noor, 34, guru tadika dari Bangi, memfailkan tuntutan fasakh di Mahkamah Syariah Kajang terhadap suaminya atas alasan tidak diberi nafkah selama lapan bulan.
        Tahniah kepada saudara baru kita, Lim Wei Jie (kini Muhammad Danial Lim), 27, jurutera dari Taman Connaught, yang melafazkan syahadah di Masjid Al-Ikhlas selepas Asar semalam.
        Senarai penerima bantuan asnaf Disember: 1) Puan Rokiah bt Said – ibu tunggal, 4 anak, Lot 882 Kg Sg Merab Luar; 2) Encik Ramli b Osman – OKU penglihatan, Rumah Pangsa Blok B-3-7.
        Untuk tuntutan khairat kematian arwah Pak Teh Jusoh, anaknya Norhayati binti Jusoh (IC 790223-03-5128) perlu hadir ke pejabat masjid bersama sijil kematian.
        Abang ipar saya Azman Shafie kena buang kerja dari kilang di Senai bulan lepas, gaji terakhir dia cuma RM2,150 dan sekarang tertunggak sewa rumah 3 bulan.
        Alamat penghantaran: Siti Mariam binti Abdullah, No. 12, Lorong Seri Gombak 7, Taman Seri Gombak, 68100 Batu Caves, Selangor. Tel: 012-609 4528.
        Kepada sesiapa yang terlanggar kereta saya (Proton X50 putih, VFE 2281) di parking Aeon Bukit Tinggi semalam — saya Faizal, contact 016-443 2090, CCTV dah ada.
        Kenduri tahlil arwah ayah kami akan diadakan di rumah adik saya Hafizah, No. 8, Lorong Kenari 2, Taman Bukit Indah, Ampang, malam Jumaat ni lepas Isyak.
        Pakcik Othman Latiff yang duduk rumah hujung Jalan Masjid Kg Parit Raja tu baru keluar wad HUSM sebab sakit jantung, dia tinggal sorang, sapa2 boleh tolong hantar makanan?
        Pendaftaran umrah — Nama: Siti Khadijah binti Omar; No. Pasport: A51238467; Tarikh lahir: 14/03/1966; Penyakit: darah tinggi, kencing manis.
        Tahniah pemenang cabutan bertuah Hari Keluarga: Norhafizah bt Zakaria (9002**-**-5632), Taman Mewah, Kulim — hadiah peti sejuk 2 pintu!
        HATI-HATI! Mohd Shahril bin Ismail (IC 910805-02-5517), akaun Maybank 152011349870, ambil deposit RM1,500 untuk sewa homestay lepas tu terus block saya.
        Adik saya Farah Diyana kerja di Singapura, FIN G5127734T, tinggal di Blk 512 Jurong West Street 52, #08-1123. Tolong pos barang ke situ ya.
        Yuran PIBG tertunggak: murid Tahun 4 Bestari, Aqil Hakimi bin Zulkarnain — ibu bapa diminta menjelaskan RM50 sebelum 15 Dis.
        Dengan rasa sedih dimaklumkan jiran kita Encik Ramesh a/l Subramaniam, rumah no. 14 Jalan Mawar 5, meninggal dunia semalam akibat serangan jantung; isterinya Puan Kavitha boleh dihubungi di 012-774 6621.
        Sesiapa kenal lelaki ni? Nama Khairul Anuar, bawa Grab di Seremban, naik Axia hitam NCX 8812. Dia pinjam duit ah long guna nama isteri saya.
        Tolong share. Anak saudara saya Nur Izzati binti Hamdan (IC 010506-14-0872) perlukan darah O negatif untuk pembedahan di HKL, Wad 7C, esok pagi.
        Maaf ganggu Cikgu, anak saya Danish Haikal kelas 3 Cemerlang tak datang sekolah 2 hari sebab demam denggi, sekarang masih di wad kanak-kanak Hospital Serdang.
        Encik Tan Ah Kow, 63, dari Kampung Baru Cina Jinjang, disahkan positif tibi dan keluarganya diminta hadir saringan di Klinik Kesihatan Jinjang.
        Resit derma: Diterima daripada Puan Halimah binti Said, No. K/P 680130-01-5108, sebanyak RM500.00 untuk Tabung Anak Yatim, 02/12/2026.
        Kepada penyewa rumah saya di No. 3A, Jalan SS2/24, Petaling Jaya (Encik Wong Kah Heng) — sewa bulan November RM1,400 masih belum dibayar.
        Saya Aminah, 52, janda, tinggal di PPR Kerinchi Blok 3 tingkat 11, cari kerja sambilan jaga budak, pengalaman 10 tahun. Call/WhatsApp 011-5533 2187.
        Ada sesiapa ada contact Hj. Mokhtar Sulaiman, bekas bilal surau Taman Permai? Dengar cerita dia dah nyanyuk teruk, anak dia hantar ke rumah orang tua di Klang.
        Tahniah Hazwan Danial bin Shahrul, SMK Seri Kembangan — SPM 11A+! Ayahnya Shahrul Nizam, pemandu lori di kilang Batu Tiga, menangis terharu di sekolah pagi tadi.
    """),
    "ms-en": _lines("""
        Hi guys, cari housemate female only. Unit saya kat Residensi Pandan Jaya, Blok B-17-08, Jalan Pandan Jaya. Contact Aini 012-366 0942 or aini.rosli92@gmail.com.
        Nak salur sumbangan kepada Puan Zaleha, mak arwah Firdaus yang accident kat PLUS KM 287 tu: CIMB 70123488190526 ZALEHA BINTI MOHD SAID. Any query WhatsApp 013-447 2906.
        Kad debit saya kena curi: Visa 4164 6055 1208 7362, exp 08/29, nama NG SIEW LING. Dah call bank tapi tolong share supaya kedai tak terima.
        Payslip Nov — Nama: MUHAMMAD FIRDAUS BIN AZLAN | No. Pekerja: TNB-448812 | Gaji Pokok: RM3,420.00 | KWSP: RM376.20 | No. KWSP: 18823401
        Update: my dad, Mr. Gopal a/l Krishnan, is stable after his bypass at IJN, Ward 5A bed 12. Thanks all yang call. Visiting hours 12-2pm & 5-7pm.
        Selling my Honda City 2020, plate JRW 5136, owner Lee Chee Keong, Johor Bahru. Serious buyer PM 016-775 2304, no nego ya.
        Parcel untuk: Nurul Atiqah, Kolej Kediaman 5, Bilik B-204, Universiti Putra Malaysia, 43400 Serdang. HP: 011-2873 9906. Jangan letak kat pondok guard pls.
        Reminder for tadika teachers: Arissa Teoh (5 yo, Kelas Melur) ada severe peanut allergy, EpiPen dalam beg dia. Parent contact: Mrs. Jasmine Teoh 017-228 4190.
        My wife Azura (IC 830227-08-6622) admitted to Hospital Raja Permaisuri Bainun Ipoh for pre-eclampsia, urgently need 2 pints darah B+. Please share.
        Candidate: Siti Nadhirah binti Zulkifli, IC 970818-13-5394, Kuching. Unemployed since March, expected salary RM3,000, ada history of depression (disclosed during interview).
    """),
    "zh-Hans": _lines("""
        求助！我的朋友黄美玲（IC 920715-07-5332）在槟城中央医院ICU，急需A型血，请联系她哥哥黄志强 012-488 7315。
        讣告：先母林亚妹女士，享年八十五岁，于12月2日安详辞世。灵堂设于士古来花园 Jalan Sejahtera 3 第12号。孝男陈伟明敬告，联络：019-773 5521。
        买家资料：陈晓雯，广州市天河区体育西路191号中石化大厦B座1507室，手机 +86 138 2716 4459，身份证 440106198903127523（猫山王冷冻榴莲订单）。
        Cheras Taman Connaught 双层排屋，屋主 Tan Boon Huat 亲售，门牌 Jalan Cerdas 8 第21号，RM620k，电话 012-611 9038，非诚勿扰。
        我姑姑张淑芬（台湾身份证 B228371042）下个月来马来西亚，会住在我们家 Puchong, Bandar Puteri, Jalan PP 2/8 第19号。
        香港客户何嘉欣，HKID K318462(5)，WhatsApp +852 6231 7745，要求把订单寄到她在沙田的住址。
        新加坡的表哥陈俊杰，NRIC S8834127I，住在 Blk 238 Tampines St 21 #05-412，电话 9674 3328，过年会回来。
        厦门供应商联系人林静（身份证350203199211073826），微信 linjing_xm92，手机 159 6021 8834，请财务直接联系她。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu penulisan kad jemputan dalam Bahasa Melayu."),
        ("user", "Tolong buat ayat jemputan kenduri kahwin anak saya."),
        (
            "assistant",
            "Baik. Boleh berikan nama tuan rumah, nama pengantin, tarikh dan lokasi majlis?",
        ),
        ("user", "Tuan rumah: Ismail bin Hamid & Zaiton binti Ali. Pengantin: Nur Amira & Hakim."),
        (
            "user",
            "Tarikh 10 Jan 2027, di rumah kami Lot 2231, Jalan Parit Haji Ali, Kg Seri Menanti, 84000 Muar. RSVP 013-782 5519.",
        ),
        (
            "assistant",
            "Dengan segala hormatnya, Ismail bin Hamid & Zaiton binti Ali menjemput tuan/puan ke walimatulurus puteri kami Nur Amira bersama Hakim pada 10 Januari 2027.",
        ),
    ],
    [
        ("user", "Saya nak buat post kutipan derma untuk jiran saya, boleh bantu?"),
        (
            "assistant",
            "Boleh. Ceritakan sedikit tentang keadaan beliau dan cara sumbangan disalurkan.",
        ),
        (
            "user",
            "Pak Hamid Yusuf, 68, baru kena strok, lumpuh sebelah kiri, tinggal sorang di Flat Sri Sabah Blok 7 tingkat 4.",
        ),
        ("user", "Duit boleh masuk akaun BSN anak dia 1410041000183726 (NORLELA BINTI HAMID)."),
        ("assistant", "Terima kasih, saya akan susun ayat yang ringkas dan sopan."),
    ],
    [
        (
            "system",
            "Anda ejen khidmat pelanggan kedai online Tudung Ayuni. Bantu pelanggan dengan sopan.",
        ),
        ("user", "Hi, nak tukar alamat penghantaran untuk order #AY-88213"),
        ("assistant", "Boleh, sila berikan nama penerima dan alamat baharu."),
        (
            "user",
            "Nur Hidayah Zainal, No 5, Jalan Anggerik 2/3, Seksyen 2, 43650 Bandar Baru Bangi. Tel 011-1922 4407",
        ),
        ("assistant", "Alamat telah dikemas kini. Parcel akan dihantar dalam 2-3 hari bekerja."),
    ],
    [
        ("user", "Macam mana nak semak status bantuan STR?"),
        (
            "assistant",
            "Anda boleh semak di portal rasmi STR menggunakan nombor MyKad. Saya tidak dapat menyemak bagi pihak anda.",
        ),
        ("user", "IC saya 850614"),
        ("user", "-06-5293"),
        ("user", "nama Zulhilmi bin Rahim, duduk Temerloh. tolong la semak, dah 3 bulan tak masuk"),
        ("assistant", "Maaf, sila semak sendiri di portal atau hubungi talian bantuan rasmi STR."),
    ],
    [
        ("user", "Harimau Malaya ada harapan tak layak Piala Asia?"),
        (
            "assistant",
            "Peluangnya bergantung pada keputusan dua perlawanan terakhir kumpulan, terutamanya perlawanan tandang.",
        ),
        (
            "user",
            "Ok. Btw anak saudara saya Arif Zulkarnain, 16, dari SMK Tanjong Karang, masuk pemilihan Akademi Mokhtar Dahari minggu depan, tapi dia ada asma teruk. Boleh ke dia tetap main?",
        ),
        (
            "assistant",
            "Ramai atlet dengan asma terkawal bermain di peringkat tinggi; sebaiknya dapatkan pengesahan doktor sebelum ujian kecergasan.",
        ),
    ],
    [
        ("user", "Tolong tulis berita kematian untuk group WhatsApp kampung."),
        ("assistant", "Baik, boleh beri nama arwah, tarikh, dan maklumat jenazah?"),
        (
            "user",
            "Arwah bapa saya Encik Abdul Latif bin Hassan, 74, meninggal 3 Dis kat rumah sebab kanser paru-paru tahap 4.",
        ),
        (
            "user",
            "Saya Rashidah, anak sulung. Sesiapa nak tanya boleh call 019-337 4812. Rumah kami No. 56 Kg Bukit Tiu, Machang.",
        ),
        (
            "assistant",
            "Innalillahi wainna ilaihi raji'un. Telah kembali ke rahmatullah Encik Abdul Latif bin Hassan pada 3 Disember. Al-Fatihah.",
        ),
    ],
    [
        ("user", "我儿子在新加坡读书，想帮他申请租房补贴，需要什么资料？"),
        ("assistant", "一般需要学生证明、租约和身份证件副本，具体以学校要求为准。"),
        (
            "user",
            "他叫陈凯文，NRIC T0412965I，NUS 工程系二年级，现在住 Blk 115 Clementi St 13 #11-208。",
        ),
        ("assistant", "好的，建议直接联系学校的学生事务处确认申请流程。"),
    ],
    [
        ("user", "Saya kena tipu beli tiket konsert Siti Nurhaliza kat Facebook 😭"),
        (
            "assistant",
            "Maaf mendengarnya. Simpan semua bukti dan buat laporan polis serta semak akaun penjual di portal Semak Mule PDRM.",
        ),
        (
            "user",
            "Penjual tu nama Amirul Hakim bin Zakaria, akaun RHB 25615300084721, no phone 018-229 6610. Saya dah bayar RM760.",
        ),
        (
            "user",
            "Saya bayar guna kad kredit 5521 3600 4418 2902, boleh ke saya buat chargeback?",
        ),
        (
            "assistant",
            "Hubungi bank pengeluar kad anda segera untuk memulakan pertikaian transaksi.",
        ),
    ],
    [
        ("user", "Apa pendapat awak tentang filem Mat Kilau?"),
        (
            "assistant",
            "Ramai memuji koreografi aksi dan semangat patriotiknya, walaupun ada yang mengkritik penceritaan yang agak linear.",
        ),
        (
            "user",
            "Ok. Tolong tulis mesej kepada bos saya Encik Harun, Jaya Logistik Sdn Bhd, cakap saya Syafiq Ridzuan ambil MC 3 hari sebab migraine teruk dan doktor syak ada tumor, kena buat MRI.",
        ),
        (
            "assistant",
            "Salam Encik Harun, saya Syafiq Ridzuan ingin memaklumkan bahawa saya diberi cuti sakit selama 3 hari.",
        ),
    ],
    [
        ("system", "Anda membantu AJK surau menulis notis dan pengumuman."),
        ("user", "Buat notis bantuan kecemasan untuk mangsa kebakaran."),
        ("assistant", "Boleh. Siapa mangsa dan apakah bantuan yang diperlukan?"),
        (
            "user",
            "Keluarga Puan Normah binti Jaafar, ibu tunggal 5 anak, rumah no 43 Kg Parit 3 Sungai Nipah terbakar habis semalam. Dia boleh dihubungi 014-889 2051.",
        ),
        (
            "assistant",
            "NOTIS BANTUAN KECEMASAN: Surau mengumpul pakaian, makanan kering dan sumbangan wang untuk keluarga mangsa kebakaran.",
        ),
    ],
    [
        ("user", "Jiran saya bising tiap malam, boleh report kat mana?"),
        (
            "assistant",
            "Anda boleh membuat aduan kepada pihak pengurusan kawasan, PBT atau polis jika melibatkan ancaman keselamatan.",
        ),
        (
            "user",
            "Dia Encik Lau Kok Wing, rumah no 22 Jalan Teratai 3, Taman Sri Andalas Klang. Selalu mabuk dan pukul isteri dia, kereta dia Vios PKN 6621.",
        ),
        (
            "assistant",
            "Jika ada keganasan rumah tangga, sila hubungi 999 atau Talian Kasih 15999 dengan segera.",
        ),
    ],
]
