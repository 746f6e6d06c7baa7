# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms10: Malay education and family text from Malaysia. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms10
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis sekolah"): _lines("""
        Makluman kepada semua ibu bapa: Mesyuarat Agung PIBG SK Taman Desa Jaya kali ke-28 akan diadakan pada Sabtu, 21 Mac 2026, jam 8.30 pagi di Dewan Terbuka sekolah.
        Yuran PIBG bagi sesi 2026 ialah RM50 sekeluarga dan boleh dibayar melalui DuitNow QR yang ditampal di kaunter pejabat am.
        Murid Tahun 1 hingga Tahun 3 bersurai pada jam 12.30 tengah hari manakala Tahun 4 hingga Tahun 6 bersurai jam 1.10 petang mulai minggu depan.
        Pejabat am sekolah dibuka Isnin hingga Khamis 7.30 pagi – 4.30 petang, Jumaat 7.30 pagi – 12.15 tengah hari; talian pejabat 03-6138 2245.
        Ibu bapa dinasihatkan tidak meletakkan kenderaan di hadapan pintu pagar utama antara jam 7.00 hingga 7.30 pagi bagi memudahkan laluan bas sekolah.
        Hari Sukan Tahunan SMK Seri Pantai akan diadakan di Stadium Mini Bandar Baru Bangi; murid rumah sukan Merah, Biru, Kuning dan Hijau perlu hadir jam 7.00 pagi.
        Permohonan kemasukan ke asrama harian bagi Tingkatan 1 tahun 2027 dibuka melalui portal rasmi KPM mulai 1 Oktober hingga 31 Oktober.
        Peringatan: murid tidak dibenarkan membawa telefon bimbit ke sekolah kecuali dengan kebenaran bertulis daripada pengetua.
        Lawatan sambil belajar Tingkatan 2 ke Muzium Negara dan Planetarium Negara: bas bertolak jam 8.00 pagi, yuran RM35 termasuk tiket masuk dan makan tengah hari.
        Kelas tambahan SPM Matematik Tambahan setiap Selasa dan Khamis, 2.30 hingga 4.30 petang, di Makmal Sains 2; sila bawa kalkulator saintifik.
        Kumpulan WhatsApp "PIBG 5 Cempaka 2026" hanya untuk makluman rasmi; iklan jualan dan mesej berantai akan dipadam oleh admin tanpa notis.
        Program Sarapan Percuma untuk semua murid Tahun 1 hingga Tahun 6 bermula pada minggu kedua sesi persekolahan di kantin sekolah.
        Sila kemas kini maklumat murid dalam aplikasi sekolah sebelum 15 Februari; sebarang masalah log masuk boleh dirujuk kepada guru data murid.
    """),
    ("ms", "peperiksaan awam"): _lines("""
        Seramai 402,956 calon menduduki SPM 2024 di 3,350 pusat peperiksaan di seluruh negara.
        Gred Purata Nasional (GPN) SPM bertambah baik daripada 4.74 kepada 4.60; nilai GPN yang lebih rendah menunjukkan pencapaian yang lebih baik.
        Bilangan calon yang memperoleh semua A (A+, A dan A-) dalam SPM ialah 11,713 orang, iaitu 2.93 peratus daripada keseluruhan calon.
        UPSR dimansuhkan mulai tahun 2021 dan digantikan sepenuhnya dengan Pentaksiran Bilik Darjah (PBD).
        PT3 tidak lagi diadakan mulai 2022; pentaksiran menengah rendah kini dilaksanakan di peringkat sekolah.
        Keputusan SPM boleh disemak melalui portal MySPM atau melalui SMS dengan format SPM <No. KP> <Angka Giliran> dihantar ke 15888.
        Calon yang ingin memohon semakan semula keputusan SPM perlu membayar RM25 bagi setiap mata pelajaran dalam tempoh 14 hari selepas keputusan diumumkan.
        Kadar lulus Bahasa Melayu SPM peringkat kebangsaan ialah 94.3 peratus, manakala Sejarah mencatatkan 90.2 peratus.
        Di Sabah, 38,411 calon menduduki peperiksaan SPM dengan 612 calon memperoleh semua A.
        Jadual STPM Penggal 3: Pengajian Am 900/3 pada 14 Oktober dan Ekonomi 944/3 pada 16 Oktober, kedua-duanya jam 8.00 pagi.
        Kertas 1449/2 Matematik SPM mengandungi Bahagian A, B dan C dengan masa menjawab 2 jam 30 minit.
        Peratus calon yang layak mendapat sijil SPM, iaitu lulus Bahasa Melayu dan Sejarah, ialah 92.7 peratus.
    """),
    ("ms", "sejarah"): _lines("""
        Tunku Abdul Rahman Putra Al-Haj mengisytiharkan kemerdekaan Persekutuan Tanah Melayu di Stadium Merdeka pada 31 Ogos 1957.
        Malaysia dibentuk pada 16 September 1963 hasil gabungan Persekutuan Tanah Melayu, Singapura, Sabah dan Sarawak.
        Singapura berpisah daripada Malaysia pada 9 Ogos 1965 dan menjadi sebuah republik yang berdaulat.
        Penyata Razak 1956 mengesyorkan satu sistem pendidikan kebangsaan dengan bahasa Melayu sebagai bahasa pengantar utama.
        Kesultanan Melayu Melaka diasaskan oleh Parameswara sekitar tahun 1400 dan jatuh ke tangan Portugis pada tahun 1511.
        Dato' Onn Jaafar menubuhkan UMNO pada 11 Mei 1946 di Istana Besar Johor Bahru bagi menentang gagasan Malayan Union.
        Tun Abdul Razak Hussein, Perdana Menteri kedua, melancarkan Dasar Ekonomi Baru pada tahun 1971.
        Perjanjian Pangkor 1874 menandakan permulaan campur tangan British di negeri-negeri Melayu melalui sistem Residen.
        Dato' Maharaja Lela dan Dato' Sagor terlibat dalam pembunuhan Residen British J.W.W. Birch di Pasir Salak pada November 1875.
        Mat Kilau, pahlawan Pahang, bangkit menentang British pada tahun 1891 bersama Tok Gajah dan Dato' Bahaman.
        Rukun Negara diisytiharkan pada 31 Ogos 1970 oleh Yang di-Pertuan Agong selepas peristiwa 13 Mei 1969.
        Darurat di Tanah Melayu berlangsung dari tahun 1948 hingga 1960, dan Rancangan Briggs memindahkan penduduk ke kampung baru.
    """),
    ("ms", "peribahasa dan buku teks"): _lines("""
        Bagai aur dengan tebing: hubungan yang saling bantu-membantu antara satu sama lain.
        Melentur buluh biarlah dari rebungnya — mendidik anak hendaklah bermula sejak kecil.
        Seperti katak di bawah tempurung bermaksud orang yang berpengetahuan sempit dan tidak mengetahui keadaan dunia luar.
        Menurut Hikayat Hang Tuah, Laksamana Hang Tuah berkata, "Takkan Melayu hilang di dunia."
        Sang Kancil memperdaya buaya-buaya di sungai dengan alasan mahu mengira bilangan mereka untuk kenduri Raja Sulaiman.
        Dalam cerita jenaka Mat Jenin, dia berangan-angan menjadi kaya sehingga terjatuh dari pokok kelapa.
        Ayat aktif "Ali menendang bola" boleh ditukar kepada ayat pasif "Bola ditendang oleh Ali."
        Fotosintesis ialah proses tumbuhan hijau membuat makanan menggunakan cahaya matahari, air dan karbon dioksida.
        Hukum Gerakan Newton Pertama menyatakan bahawa objek akan kekal pegun atau bergerak dengan halaju seragam kecuali dikenakan daya luar.
        Latihan 3.2: Siti membeli 3 buah buku berharga RM12.50 sebuah. Berapakah jumlah wang yang perlu dibayarnya?
        Upin dan Ipin tinggal bersama Kak Ros dan Opah di Kampung Durian Runtuh.
        Pantun: Pisang emas dibawa belayar, masak sebiji di atas peti; hutang emas boleh dibayar, hutang budi dibawa mati.
        Biar mati anak, jangan mati adat — peribahasa ini menggambarkan betapa kuatnya pegangan masyarakat terhadap adat.
    """),
    ("ms", "takwim persekolahan"): _lines("""
        Takwim persekolahan 2026 Kumpulan A (Kedah, Kelantan dan Terengganu): sesi akademik bermula pada 11 Januari 2026.
        Cuti Penggal 1 bagi sekolah Kumpulan B ialah dari 21 Mac hingga 29 Mac 2026.
        Cuti tambahan KPM sempena Hari Raya Aidilfitri diberikan pada 19 Mac dan 23 Mac 2026.
        Cuti akhir persekolahan bermula 19 Disember 2026 dan sesi 2027 dijangka dibuka pada 10 Januari 2027.
        Peperiksaan SPM 2026 dijadualkan bermula dengan ujian lisan pada 2 November dan kertas bertulis pada 16 November.
        Hari Guru disambut pada 16 Mei setiap tahun; tema sambutan diumumkan oleh Kementerian Pendidikan pada awal tahun.
        Minggu Orientasi murid Tahun 1 diadakan sepanjang tiga hari pertama persekolahan.
        Cuti umum Deepavali jatuh pada 8 November 2026 dan sekolah di semua negeri ditutup pada hari tersebut.
        Jadual peperiksaan pertengahan tahun Tingkatan 4: 11 Mei Bahasa Melayu Kertas 1, 12 Mei Bahasa Inggeris, 13 Mei Matematik.
        Sambutan Bulan Kemerdekaan di sekolah berlangsung dari 1 Ogos hingga 16 September dengan pertandingan menghias kelas.
    """),
    ("en", "school administration"): _lines("""
        Lembaga Peperiksaan, Ministry of Education Malaysia, Kompleks Pentadbiran Kerajaan Persekutuan, Presint 1, 62000 Putrajaya; general line 03-8884 3000.
        For enquiries about the fully residential school (SBP) intake, email the management division at sbp.enquiry@moe.gov.my.
        Complaints about schools can be lodged through the SISPAA portal; general government enquiries go to 03-8000 8000.
        Your order TXB-2026-004417 for 35 copies of the Form 4 Sejarah textbook has shipped via Pos Laju, tracking ER123456785MY.
        Invoice INV/PIBG/2026/0312: 120 sports T-shirts (sizes S–XL) at RM18.90 each, total RM2,268.00, payable to PIBG SK Taman Desa Jaya.
        Textbook loan scheme (SPBT) records: 1,248 books issued in Term 1, 37 reported lost, replacement cost RM14.50 per book.
        Tuition centre hours: Mon–Fri 3pm–9pm, Sat 9am–5pm, 2nd Floor, Wisma Cendekia, Jalan SS15/4, Subang Jaya; reception 03-5612 7788.
        The school guest Wi-Fi SSID is SKTDJ-Guest and the fee payment app build is v3.4.1 (commit 9f2c4e1).
        Please send questions about the class timetable to the shared class mailbox 5cempaka.sktdj@moe-dl.edu.my.
        Sample parent record for the training portal: Name: Test Parent, Phone: 555-0147, Email: parent.demo@example.com.
        Operator licence LPKP/BS/2026/1187 covers three school buses on the Kajang–Semenyih route.
        The district science fair results will be posted on the school's official Facebook page after judging on 12 August.
    """),
    ("ms", "templat dan data tersamar"): _lines("""
        Nama Murid: ____________ No. MyKad: ______-__-____ Kelas: ______ (diisi oleh ibu bapa/penjaga)
        Borang Kebenaran Lawatan: Saya, [NAMA PENJAGA], No. KP [XXXXXX-XX-XXXX], membenarkan anak saya [NAMA MURID] menyertai lawatan ini.
        Rekod tersamar: Murid M-0231, Tahun 5, kehadiran 91%, catatan kaunselor [REDACTED].
        Penerima bantuan: N***** A***** bt K***, MyKad ******-**-**48, jumlah RM150.
        Hubungi 012-*** **89 untuk maklumat lanjut (nombor disembunyikan atas sebab privasi).
        Contoh format angka giliran: dua huruf kod negeri diikuti nombor pusat dan nombor calon, contohnya XX000A000.
        Sistem menjana ID permohonan asrama secara automatik, contoh ASR-2026-B-000731; ID ini bukan nombor kad pengenalan.
        SHA-256 fail keputusan_pbd_2026.xlsx: 3b5e8a1f0c9d4e7a2b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a
        Templat kad jemputan: Walimatul Urus [Nama Pengantin Perempuan] & [Nama Pengantin Lelaki] — Tarikh: [..] Tempat: [..] RSVP: [No. Telefon]
        Data ujian: MyKad 000000-00-0000, telefon 011-0000 0000, emel murid@example.com — tidak sah, untuk latihan sahaja.
    """),
    ("zh-Hans", "华小通告"): _lines("""
        本校家教协会常年大会定于2026年3月28日（星期六）上午九时在礼堂举行，敬请家长踊跃出席。
        2026年UASA考试日程：华文10月5日，国文10月6日，英文10月7日，数学10月8日。
        华小一年级新生注册请通过教育部官方网站进行，截止日期为6月30日。
        学校食堂自4月起由新承包商经营，早餐价格为RM2.50起。
        母亲节义卖会所得共RM12,860，已全数拨入学校建设基金，收据由财政处统一发出。
        陈嘉庚先生是著名的华侨领袖和教育家，曾创办集美学校与厦门大学。
        马来西亚华校董事联合会总会（董总）会所位于加影，负责统一考试（UEC）的举办。
        2025年独中统考初中考生人数为9,850人，高中考生为10,412人。
        成语“守株待兔”比喻不主动努力，而存侥幸心理，希望得到意外的收获。
        校车服务查询请联系学校总务处，办公电话 07-331 2456，办公时间为星期一至星期五上午八时至下午四时。
    """),
    ("en", "public figures"): _lines("""
        Education Minister Fadhlina Sidek announced the new school curriculum roadmap at a press conference in Putrajaya.
        Royal Professor Ungku Aziz, economist and former Universiti Malaya vice-chancellor, proposed the pilgrims' savings scheme that became Tabung Haji.
        Squash legend Datuk Nicol David won the World Open title eight times.
        Datuk Lee Chong Wei won three Olympic silver medals in men's singles badminton, in 2008, 2012 and 2016.
        P. Ramlee directed and starred in the comedy "Pendekar Bujang Lapok" (1959).
        Tun Dr Ismail Abdul Rahman served as Deputy Prime Minister until his death in 1973.
        Tan Sri Zeti Akhtar Aziz was Governor of Bank Negara Malaysia from 2000 to 2016.
        Angkasawan Sheikh Muszaphar Shukor flew to the International Space Station in October 2007.
        Footballer Mokhtar Dahari, known as "Supermokh", remains one of Malaysia's most celebrated goal scorers.
        Dato' Sri Siti Nurhaliza performed at the opening of the national Hari Guru celebration, according to the ministry's press release.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum cikgu, Nur Aisyah (4 Bestari) tak datang hari ni, demam panas sejak malam tadi. Nanti saya hantar MC. – Mama Aisyah 013-287 4419
        SIJIL CUTI SAKIT — Nama: Muhammad Haikal bin Roslan, No. KP: 090314-10-5527, Diagnosis: tonsilitis akut, Cuti: 03/03/2026 – 04/03/2026, Klinik Kesihatan Seksyen 7 Shah Alam.
        Tahniah Irdina Sofea binti Mohd Yusri dari 5 Amanah, SPM 2025 dapat 9A! Mak ayah bangga sangat 😭❤️
        Yuran tuisyen bulan Mac RM180, sila bank in ke Maybank 1623 4410 8832 a/n Norhayati bt Ismail dan screenshot resit ke 017-660 2391.
        Maklumat waris asrama: Bapa — Zulkifli bin Awang, 012-903 4557; alamat No. 14, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Dengan hormatnya dijemput ke Majlis Perkahwinan puteri kami Nurul Syafiqah binti Hashim & Mohd Firdaus bin Azman pada 14 Mac 2026 di No. 27, Lorong Kenari 5, Taman Bukit Kenari, 09000 Kulim. RSVP Hashim 019-457 2283.
        Cikgu, anak saya Danial Hakimi (Tahun 3 Cerdik) dah disahkan autisme oleh pakar di Hospital Tunku Azizah, boleh tak dia duduk depan dekat cikgu?
        Senarai alahan peserta lawatan Zoo Negara: Adam Harith bin Faizal – alahan kacang tanah (bawa EpiPen); Qaseh Humaira binti Roslan – asma.
        Van sekolah Pak Mat (Ahmad bin Saad), Toyota Hiace putih VBK 3381, akan ambil budak-budak ikut pagar belakang mulai esok.
        No. MyKad Aqil Zafran untuk borang biasiswa: 140522-14-0637, sijil lahir siri BH 448210.
        Kak Long Rosmawati dah masuk wad Hospital Sultanah Bahiyah semalam, darah tinggi masa mengandung 8 bulan. Doakan ya semua.
        Ustazah, maaf Hannah Sofia tak dapat hadir kelas mengaji malam ni sebab kena teman ayah dia buat dialisis di Pusat Dialisis Haemo, Jalan Kuching.
        Pemenang cabutan bertuah Hari Keluarga PIBG: Puan Rohana binti Mat Isa (ibu kepada Amir, 2 Dinamik), hadiah peti sejuk dua pintu.
        Tolong pindahkan duit kutipan kelas ke akaun CIMB 7063 2281 45 atas nama Siti Khadijah binti Omar (bendahari kelas 3 Cekal).
        Encik, ni salinan IC suami saya Rizal bin Hamzah 820611-01-6239 untuk borang Bantuan Awal Persekolahan.
        Anak saya Aiman Haziq (Tingkatan 4, asrama Blok C) ada epilepsi, makan ubat Epilim 200mg dua kali sehari, mohon warden pastikan dia tak terlepas.
        Emel saya hafizah.rahim88@gmail.com — cikgu boleh hantar slip PBD Aina ke situ, saya tak boleh buka aplikasi.
        Nak join kelas tuisyen online Kak Ngah Suraya? PM Telegram @kakngah_tuisyen atau WhatsApp 011-2378 9014.
        Keputusan UPSR 2019 anak sulung kami Muhammad Arif Danish 5A 3B, alhamdulillah sekarang dah di MRSM Kuala Klawang.
        Pasport Nur Iman binti Rashid: A57310942, tamat 12/2029 — cikgu perlukan untuk rombongan ke Singapura bulan depan.
        Alamat baru kami lepas pindah: Lot 2231, Kampung Padang Luas, 21400 Marang, Terengganu — tolong kemas kini rekod murid Alya Natasha, 1 Ibnu Sina.
        Mak Teh Zaleha kirim salam, dia baru habis kemoterapi kali ketiga di Institut Kanser Negara tapi semangat masih kuat.
        Bayaran kenduri aqiqah: kambing 2 ekor RM2,400, transfer ke Bank Islam 1205 3020 1184 56 a/n Faridah bt Jusoh.
        Cikgu Salmah guru kelas 6 Arif, nombor peribadi dia 019-332 8716 — jangan sebar ya, untuk ibu bapa kelas ni je.
        Surat tunjuk sebab: murid Harith Iskandar bin Zainal (Tingkatan 3 Bakti) tidak hadir 7 hari berturut-turut tanpa sebab; ibu bapa diminta hadir ke bilik HEM.
        Cucu Tok Wan, Nur Alesya binti Khairul Anuar, selamat lahir 2 Feb 2026 jam 4.12 pagi di KPJ Kuantan, 3.1kg. Alhamdulillah!
        Sila benarkan penjaga ganti ambil anak saya di asrama: Puan Noraini bt Che Mat, IC 750902-03-5148, kereta Perodua Myvi DCF 7720.
        Borang SPM calon persendirian Nurul Huda binti Saharuddin (MyKad 081127-08-6654) hilang, boleh tolong cetak semula?
        Terima kasih semua atas sumbangan untuk rawatan jantung adik Umar Al-Fateh bin Kamal (2 tahun); pembedahan di IJN dijadualkan 18 April.
        Akaun SSPN Prime anak saya Balqis Humaira, no. akaun 0412 3390 7718, tolong masukkan hadiah pelajar cemerlang terus ke situ.
    """),
    "en": _lines("""
        Hi teacher, this is Kavitha, mother of Aarav Naidu from 2 Cempaka. Aarav has had chickenpox since Sunday and the clinic gave him leave until Friday.
        Please update the emergency contact for Ryan Tan Wei Jie (Form 1 Dedikasi): father Tan Boon Keat, 016-455 7082, 21 Jalan Nuri 2, Taman Perling, 81200 Johor Bahru.
        Selvam a/l Murugan's tuition fees for February are overdue (RM220); his dad says he can only pay on the 28th after his salary comes in.
        Our daughter Lim Mei Xin will stay with her grandmother at Block 12-3-7, Pangsapuri Sri Ria, Jalan Kuchai Lama during the school trip week.
        For the joint Johor–Singapore scout camp form: Muhammad Irfan bin Sulaiman, NRIC T0931527B, Secondary 2 at a school in Yishun.
        Can someone share Cikgu Farid's notes? Also, his wife Puan Marlina was just diagnosed with breast cancer, so let's organise a donation for the family.
        Boarding fee for Harini d/o Suresh (Form 5) was paid with Visa 4539 1488 0343 6467, expiry 08/28.
        Join us for the solemnisation of Aiman Hakeem & Jasmine Leong on 9 May 2026 at 33 Jalan Setiabakti 9, Bukit Damansara; RSVP to jasmine.leong.wy@gmail.com.
        My son Ethan Lau (Standard 4 Bijak) was diagnosed with ADHD last month; his paediatrician asked the class teacher to fill in an observation form.
        The car WVD 8812 is my husband's, Rajesh Pillai; he will pick up Ananya at 1pm today instead of the usual van.
        The warden caught Syafiq Daniel bin Roslee (Form 4, Dorm B) vaping at 2am; his parents have been called in on Monday.
        Reminder from the dental clinic: Hakim Ridzuan, 12, braces adjustment on 7 April at 4.30pm, contact parent at 018-296 5543.
    """),
    "zh-Hans": _lines("""
        老师您好，我是三年级忠班陈家豪的妈妈，家豪今天发烧请假一天，医生证明明天补交。我的电话 016-728 3390。
        补习班学费请转账到 Public Bank 户口 3192844710，户名 LIM SIEW LING，转账后请截图发给林老师。
        我女儿黄诗琪这次UASA数学拿了A，班上第一名，谢谢梁老师一年来的教导！
        谨订于2026年6月13日为长子张伟杰与李慧敏小姐举行结婚典礼，席设怡保金山酒楼，恭候光临。张国强、王美玲 敬邀
        家里地址改了：No. 42, Jalan Impian Emas 7, Taman Impian Emas, 81300 Skudai, Johor，请帮忙更新刘子轩的学生资料。
        我外甥女周雨桐刚从广州转来华小，她的中国身份证号码是 440106201204173824，插班手续需要什么文件？
        王老师，黄子杰有地中海贫血，体育课请不要让他跑长跑，谢谢。
        微信号 mama_yuxuan2015，我是五年级仁班许雨轩的妈妈，想加入家长群的可以加我。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Tolong tuliskan surat cuti sakit ringkas untuk anak saya kepada guru kelas."),
        (
            "assistant",
            "Boleh. Sila berikan nama anak, kelas, tarikh cuti dan sebab ketidakhadiran.",
        ),
        (
            "user",
            "Nama dia Nur Batrisya binti Azhar, 5 Amanah, SK Bandar Baru Uda, cuti 10–11 Mac sebab cirit-birit. Saya ibunya, Salina binti Abdul Ghani, 012-774 3095.",
        ),
    ],
    [
        ("user", "Can you help me word a kenduri invitation in English for my colleagues?"),
        (
            "assistant",
            "Of course. Who is hosting, what is the occasion, and where and when will it be held?",
        ),
        (
            "user",
            "It's the wedding reception of my son Hafiz Iskandar and his bride Nadhirah, on 20 June 2026 at our house, No. 8, Jalan Teratai 12, Taman Johor Jaya, 81100 Johor Bahru. My name is Rahimah Yaacob, contact 013-718 2264.",
        ),
    ],
    [
        ("user", "Macam mana nak buat rayuan semakan semula keputusan SPM?"),
        (
            "assistant",
            "Permohonan dibuat secara dalam talian dalam tempoh yang ditetapkan selepas keputusan diumumkan, dengan bayaran bagi setiap mata pelajaran.",
        ),
        (
            "user",
            "Anak saya Muhammad Danish Irfan, No. KP 080219-02-5571, angka giliran KA013A042, dapat D Sejarah padahal percubaan dapat A. Patut ke saya rayu?",
        ),
    ],
    [
        ("user", "帮我写一条微信给班主任，说孩子有哮喘。"),
        ("assistant", "好的，请告诉我孩子的名字、班级，以及需要老师注意的事项。"),
        (
            "user",
            "孩子叫郑思颖，四年级智班，在新山宽柔小学读书，上个月哮喘发作住过院，吸入器放在书包侧袋。我是她爸爸郑国华，电话 012-765 4410。",
        ),
    ],
    [
        (
            "user",
            "I need to work out if we qualify for the school assistance. Household income is about RM2,900 a month.",
        ),
        (
            "assistant",
            "Eligibility usually depends on household income and the number of dependants. How many school-going children do you have?",
        ),
        (
            "user",
            "Three, all at SJK(T) Ladang Bukit Jalil. I'm Priya d/o Ramasamy, IC 850417-07-5532, my husband lost his job at the factory in March.",
        ),
    ],
    [
        (
            "user",
            "Saya nak mohon asrama untuk anak perempuan saya tapi risau sebab dia ada penyakit.",
        ),
        (
            "assistant",
            "Kebanyakan asrama boleh menerima murid dengan keadaan kesihatan tertentu jika maklumat perubatan dinyatakan. Penyakit apa yang dihidapi?",
        ),
        (
            "user",
            "Diabetes jenis 1, kena cucuk insulin empat kali sehari. Nama dia Aleeya Qistina binti Fauzi, baru dapat tawaran Tingkatan 1 di SMK Agama Kuala Lipis.",
        ),
        ("assistant", "Baiklah, saya boleh bantu menulis surat makluman kepada warden asrama."),
    ],
    [
        (
            "user",
            "Tolong karang mesej WhatsApp untuk group keluarga, maklumkan atuk masuk hospital.",
        ),
        ("assistant", "Boleh. Beritahu saya nama atuk, hospital, wad dan keadaannya sekarang."),
        (
            "user",
            "Atuk Haji Mokhtar bin Yusof, 81 tahun, di Hospital Raja Perempuan Zainab II, Wad 5 Utara, katil 12. Jatuh di bilik air, patah tulang pinggul, pembedahan Khamis ni.",
        ),
    ],
    [
        ("user", "What documents does my son need for the school trip to Singapore next month?"),
        (
            "assistant",
            "A valid passport with at least six months' validity is normally required, plus the school's consent form.",
        ),
        (
            "user",
            "His passport A61204455 expires in February 2027, is that enough? He's Adam Rayyan bin Hisham, Form 2 at SMK Taman Universiti, born 14 August 2012.",
        ),
    ],
    [
        ("user", "Saya guru tuisyen, tolong susun jadual kelas minggu ni dalam bentuk jadual."),
        ("assistant", "Sila senaraikan nama pelajar, hari dan masa kelas masing-masing."),
        (
            "user",
            "Isnin: Wan Amirul (ayah 017-220 8135) 8 malam; Rabu: Liyana Maisarah (ibu 014-662 0397) 5 petang; Sabtu: Ng Jun Hao, Tahun 6, rumah dia di Jalan Kenanga 4, Taman Kenanga, Melaka.",
        ),
    ],
]
