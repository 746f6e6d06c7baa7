# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms50: Bahasa Melayu sukan sekolah dan MSSM (pendaftaran atlet, kecederaan, penginapan, keputusan, pengangkutan). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms50
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "pekeliling dan jadual MSSM"): _lines("""
        Pekeliling Bil. 7/2026: Kejohanan Olahraga MSSM ke-66 akan diadakan pada 18–22 Mac 2026 di Stadium Sultan Mizan Zainal Abidin, Kuala Terengganu.
        Tarikh tutup pendaftaran atlet melalui sistem ialah 27 Februari 2026, jam 11.59 malam; pendaftaran lewat TIDAK akan dilayan.
        Kategori umur: L/P 12 Tahun (SR), L/P 15 Tahun dan L/P 18 Tahun (SM) ditentukan berdasarkan tahun kelahiran, bukan tarikh lahir.
        Setiap kontinjen negeri dihadkan kepada 2 atlet bagi setiap acara individu dan 1 pasukan bagi acara lari berganti-ganti.
        Mesyuarat Pengurus Pasukan (Technical Meeting) akan diadakan pada 17 Mac 2026, 8.30 malam di Dewan Seri Budiman, IPG Kampus Dato' Razali Ismail.
        Yuran penyertaan RM15.00 seorang atlet dan RM150.00 sepasukan hendaklah dijelaskan sebelum 6 Mac 2026.
        Jadual Hari 1: 7.30 pg saringan 100m L15; 4.30 ptg akhir lontar peluru P18; 5.45 ptg akhir 4x100m L12.
        Pakaian rasmi kontinjen wajib dipakai semasa perbarisan pembukaan pada 18 Mac, jam 8.00 malam.
        Semua atlet perlu membawa kad pengenalan / MyKid asal dan Kad Atlet MSSM semasa sesi pengesahan (verification).
        Bola Sepak MSSM B-18 Zon Timur — Kumpulan A: Kelantan, Terengganu, Pahang; Kumpulan B: Sabah, Sarawak, WP Labuan.
        Bantahan terhadap keputusan teknikal hendaklah dikemukakan secara bertulis dalam tempoh 30 minit selepas keputusan diumumkan bersama fi bantahan RM100.
        Urus Setia Kejohanan: Unit Sukan, Jabatan Pendidikan Negeri Terengganu, Jalan Sultan Mohamad, 21100 Kuala Terengganu. Tel: 09-621 3400.
        Kejohanan Bola Jaring MSSM Bawah 15 Zon Utara ditangguhkan ke 14–17 Mei 2026 susulan amaran banjir oleh METMalaysia.
        Atlet Sekolah Sukan Malaysia (SSBJ, SSTMI, SSMP, SSMS) bertanding atas nama negeri asal masing-masing mengikut Peraturan Am 4.2.
    """),
    ("ms", "keputusan dan rekod"): _lines("""
        Kedudukan keseluruhan Olahraga MSSM 2026: Johor 21 emas, 15 perak, 18 gangsa; Selangor 19-22-14; Perak 12-9-16.
        Akhir Bola Sepak B-15: Sekolah Dato' Abdul Razak (SDAR) 2-1 Kolej Melayu Kuala Kangsar (MCKK), selepas masa tambahan.
        Rekod baharu kejohanan dicatat dalam acara lompat tinggi P15 (1.71m), memadam rekod 1.68m yang bertahan sejak 2009.
        Kutipan pingat renang: WP Kuala Lumpur (14 emas) mendahului, diikuti Pulau Pinang (9) dan Sarawak (7).
        Masa kelayakan 100m L18 ialah 10.95s (FAT) manakala 200m P18 ialah 25.80s.
        Keputusan bola jaring P12: SK Bukit Damansara 31 – 24 SK Taman Tun Dr Ismail 1.
        Datuk Dr. M. Jegathesan, pelari pecut negara era 1960-an, pernah beraksi di Sukan Olimpik Tokyo 1964.
        Datuk Nicol David, juara skuasy dunia lapan kali, dijemput menyampaikan hadiah pada majlis penutup.
        Pandelela Rinong, pemenang pingat gangsa terjun 10m platform Olimpik London 2012, terus menjadi inspirasi kepada atlet terjun muda MSSM.
        Seramai 4,812 atlet dan 1,037 pegawai daripada 16 kontinjen terlibat tahun ini, meningkat 6.4% berbanding 2025.
        4x100m L12 (akhir): 1. Selangor 50.12s; 2. Kedah 50.47s; 3. Sabah 50.93s.
        Tiga bantahan umur diterima jawatankuasa teknikal tahun ini, kesemuanya ditolak selepas semakan dokumen.
    """),
    ("ms", "panduan kecederaan dan kesihatan"): _lines("""
        Kaedah RICE (Rest, Ice, Compression, Elevation) hendaklah digunakan dalam tempoh 48–72 jam pertama selepas terseliuh.
        Jangan letak ais terus pada kulit; balut dengan tuala nipis, 15–20 minit setiap 2 jam.
        Atlet yang mengalami hentakan kepala WAJIB dikeluarkan dari permainan dan tidak boleh kembali bermain pada hari yang sama (protokol konkusi).
        Tanda strok haba: suhu badan melebihi 40°C, keliru, kulit panas dan kering — hubungi 999 dengan segera.
        Hospital rujukan kejohanan: Hospital Sultanah Nur Zahirah (HSNZ), Kuala Terengganu — Jabatan Kecemasan dibuka 24 jam.
        Pos rawatan (first aid) dibuka 6.30 pagi hingga tamat acara, di bawah pintu masuk Grandstand B.
        Pasukan perubatan terdiri daripada 4 pegawai perubatan, 12 jururawat dan 2 ahli fisioterapi dari Institut Sukan Negara (ISN).
        Senarai Bahan Terlarang WADA 2026 terpakai; sesetengah ubat selsema mengandungi pseudoefedrin — rujuk doktor sebelum mengambilnya.
        Minum 400–600 ml air 2 jam sebelum acara dan 150–250 ml setiap 15–20 minit semasa bertanding.
        Atlet yang menghidap asma hendaklah membawa inhaler sendiri dan memaklumkan pengurus pasukan sebelum kejohanan.
        Borang Laporan Kecederaan (MSSM-K1) mesti dilengkapkan oleh pegawai perubatan dalam tempoh 24 jam selepas kejadian.
        Talian kecemasan: 999 (polis/ambulans), 994 (bomba); Talian Kasih 15999 untuk sokongan kebajikan murid.
        Sepanjang kejohanan, 127 kes kecederaan direkodkan: 61% terseliuh buku lali, 14% kekejangan otot dan 3 kes patah tulang dirujuk ke hospital.
    """),
    ("ms", "penginapan dan pengangkutan"): _lines("""
        Penginapan kontinjen di asrama SMK Sultan Sulaiman dan MRSM Kuala Terengganu; daftar masuk mulai 2.00 ptg, 16 Mac.
        Peraturan asrama: lampu dipadam 11.00 malam; atlet lelaki dan perempuan ditempatkan di blok berasingan dengan warden bertugas 24 jam.
        Bas ulang-alik dari penginapan ke stadium bertolak setiap 30 minit bermula 6.00 pagi melalui Jalan Sultan Zainal Abidin.
        Tuntutan tambang mengikut kadar kelas ekonomi; sertakan resit dan pas masuk asal bersama borang tuntutan.
        Tempahan bas No. BKG-26-03-00718: 2 buah bas 44 tempat duduk, RM3,800.00 pergi-balik Johor Bahru – Kuala Terengganu.
        Kontinjen Sarawak: penerbangan MH2511 KCH–KUL 07:10, sambungan KUL–TGG 11:45, bertolak 15 Mac.
        Hotel Grand Continental Kuala Terengganu menawarkan kadar khas RM168/malam (bilik berkembar) untuk pegawai pengiring dengan kod MSSM26.
        Waktu makan: sarapan 6.00–7.30 pg, tengah hari 12.00–2.00 ptg, malam 7.30–9.00 mlm di dewan makan asrama.
        Atlet dilarang keluar dari kawasan penginapan tanpa kebenaran bertulis pengurus pasukan.
        Kenderaan pasukan hendaklah diletakkan di Parkir P3, bersebelahan Masjid Tengku Tengah Zaharah.
        Barang hilang dilaporkan ke Meja Bantuan di lobi Blok A; barang yang tidak dituntut selepas 7 hari diserahkan kepada JPN.
        Caj kerosakan bilik akan ditolak daripada deposit kontinjen sebanyak RM500.
        Kontinjen Perlis disarankan menggunakan ETS dari Padang Besar; tempahan berkumpulan 20 orang ke atas boleh dibuat di kaunter KTMB.
    """),
    ("ms", "templat dan notis privasi"): _lines("""
        Saya, ______________ (No. KP: ______________), ibu/bapa/penjaga kepada ______________ dengan ini membenarkan anak jagaan saya menyertai kejohanan di atas.
        Templat SMS: "Salam {NAMA_PENJAGA}, anak tuan/puan {NAMA_ATLET} telah tiba di {LOKASI} pada {MASA}. - Urus Setia MSSM"
        Notis Privasi: Data peribadi atlet dikumpul bagi tujuan pendaftaran, insurans dan kecemasan sahaja, selaras dengan Akta Perlindungan Data Peribadi 2010.
        Jangan kongsikan salinan MyKad, sijil lahir atau laporan perubatan atlet dalam kumpulan WhatsApp; muat naik terus ke sistem.
        Format No. KP: YYMMDD-PB-###G — dalam sesi latihan gunakan 000000-00-0000, bukan nombor sebenar.
        Borang Kebenaran Rawatan: [Nama Atlet] | [No. MyKid/KP] | [Alahan] | [Ubat Semasa] | [Tandatangan Penjaga]
        Data peribadi dalam sistem akan dihapuskan 24 bulan selepas tamat kejohanan, kecuali rekod keputusan rasmi.
        Pengurus pasukan bertanggungjawab menyimpan borang perubatan dalam fail berkunci dan memusnahkannya selepas kejohanan.
        Gambar atlet bawah 18 tahun tidak boleh dimuat naik ke media sosial rasmi tanpa persetujuan bertulis ibu bapa.
        Untuk tuntutan insurans, sediakan nama penuh, no. KP, tarikh kejadian dan laporan doktor — maklumat ini dihantar melalui portal sahaja, bukan e-mel.
        Dear Sir/Madam, we refer to your request dated {DD/MM/YYYY} regarding athlete {ATHLETE_ID}; the record has been {STATUS}.
        Contoh pengisian borang: Nama — ALI BIN ABU; No. KP — 010101-01-0101 (contoh rekaan sahaja, jangan salin).
    """),
    ("mixed", "sistem dan log"): _lines("""
        [2026-03-16 08:14:22] INFO eMSSM-API v4.7.2 POST /api/v1/atlet/sahkan 200 (312 ms)
        ERROR 422: Tarikh lahir tidak sepadan dengan kategori umur (field: dob, rule: CAT_L15_2011_2012)
        bil,nama_penuh,no_kp,jantina,tarikh_lahir,sekolah,acara,saiz_baju,alahan
        build sha256: 3b9f1c0e7d52a4b8e61f0a9c2d7e43b15c8f0a6e92d4b17c3e5f8a0d2b6c9e71
        Tiket sokongan #SUP-2026-004417 ditutup: isu muat naik gambar pasport > 2MB diselesaikan dalam release 4.7.3.
        SELECT negeri, COUNT(*) FROM atlet WHERE status = 'SAH' GROUP BY negeri ORDER BY 2 DESC;
        Invois INV/MSSM/2026/0318 — 120 helai jersi kontinjen @ RM45.00 = RM5,400.00 (SST dikecualikan).
        Pos Laju EP493027185MY (kotak pingat & sijil) — status: Dalam Transit, Hab Shah Alam.
        0 2 * * * /opt/emssm/bin/purge_medical_docs --older-than 730d >> /var/log/emssm/purge.log 2>&1
        git tag v2026.03-rc2 — fix: kira umur ikut tahun lahir, bukan tarikh lahir (#882)
        Kontinjen JHR: 214/220 atlet disahkan; 6 rekod menunggu dokumen sokongan.
        Kod QR Kad Atlet menggunakan format MSSM|{tahun}|{negeri}|{id}; sah sehingga 31/12/2026.
    """),
    ("ms", "kumpulan WhatsApp guru"): _lines("""
        Assalamualaikum cikgu2, bas bertolak tepat 6.30 pg dari dataran sekolah. Pastikan atlet bawa IC/MyKid asal ye.
        Tq cikgu semua, alhamdulillah kontinjen kita bawa balik 5 emas hari ni 🥇
        Reminder: baju putih utk perbarisan esok, kasut hitam. Jgn lupa tag nama kontinjen.
        Cikgu, sapa yg pegang kunci stor? Lembing & cakera tertinggal kat bilik sukan.
        Makan malam pindah ke dewan sbb hujan. Semua atlet turun jam 7.45 ya.
        Ada sesiapa ada charger Type-C lebih? Powerbank sy dh habis 😅
        Yg belum submit borang tuntutan perjalanan, deadline Jumaat ni kat pejabat PPD.
        Update: lompat jauh L15 ditunda ke 10.00 pg sbb trek basah.
        Pls jgn share gambar atlet dlm FB peribadi selagi belum ada kebenaran ibu bapa ya.
        Otw ke stadium, jem teruk kat bulatan Kuala Ibai. ETA 20 min.
        Nanti balik singgah R&R Gambang utk solat & makan, dijangka sampai sekolah 9 mlm.
        Ketua kontinjen minta semua pegawai kumpul di lobi jam 10 malam utk taklimat.
        Upin Ipin pun tak sesemangat budak2 kita hari ni 😂
    """),
    ("ms", "berita dan rencana sukan"): _lines("""
        Tunku Abdul Rahman Putra Al-Haj, Perdana Menteri pertama, merupakan peminat bola sepak dan pengasas Pesta Bola Merdeka.
        Datuk Lee Chong Wei, tiga kali pemenang pingat perak Olimpik, kekal menjadi idola pemain badminton sekolah.
        Azizulhasni Awang, 'The Pocket Rocketman', memenangi pingat perak keirin di Sukan Olimpik Tokyo 2020.
        Sekolah Sukan Bukit Jalil ditubuhkan pada 1996 sebagai sekolah sukan pertama di bawah Kementerian Pendidikan.
        KPM memperuntukkan RM12.5 juta bagi penganjuran kejohanan MSSM peringkat kebangsaan tahun ini, menurut kenyataan Bahagian Sukan, Kokurikulum dan Kesenian.
        Dasar Satu Murid Satu Sukan (1M1S) bertujuan memastikan setiap murid melibatkan diri dalam sekurang-kurangnya satu sukan.
        Menteri Pendidikan dalam ucapan perasmian menegaskan bahawa keselamatan atlet pelajar adalah keutamaan.
        Sekolah Sukan Tunku Mahkota Ismail (SSTMI) di Bandar Penawar dinamakan sempena Tunku Mahkota Johor.
        Laporan dalaman mendapati kos penginapan kejohanan sekolah meningkat 11% akibat kenaikan kadar hotel selepas pandemik.
        Watak Ejen Ali dijadikan maskot kempen keselamatan jalan raya untuk murid sekolah rendah sempena kejohanan.
        Stadium Hang Jebat di Krubong, Melaka, dinamakan sempena pahlawan legenda Kesultanan Melayu Melaka.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Atlet: MUHAMMAD HAZIQ IRFAN BIN ROSLAN, No. KP 090314-10-5527, SMK Seksyen 9 Shah Alam, acara 400m L18.
        Nur Alya Batrisyia binti Kamarulzaman (MyKid 130702-03-5618), P15 lompat jauh, SMK Kota Bharu.
        Bapa atlet: En. Kamarulzaman bin Yusof, tel 013-982 4471, emel kamarul.yusof78@gmail.com
        Penjaga kecemasan bagi Tan Hui Min (P15 bola tampar): ibu, Madam Lim Siew Ling, 016-412 8830.
        Laporan kecederaan: Kavin a/l Sivakumar (L15, SMK Methodist Klang) terseliuh buku lali kanan gred 2 semasa saringan 110m berpagar, dirujuk ke Hospital Tengku Ampuan Rahimah.
        Atlet Siti Aishah binti Mohd Nor ada sejarah sawan (epilepsi), makan ubat Epilim 200mg 2x sehari — mohon warden pantau waktu malam.
        Alamat surat-menyurat: No. 27, Jalan Kenari 3/2, Taman Bukit Indah, 81200 Johor Bahru, Johor (penjaga: Pn. Rozita binti Ahmad).
        Bayaran balik tambang ke akaun Maybank 1640 2233 5567 atas nama NORHAYATI BINTI SALLEH (guru pengiring).
        Bilik 214, Blok B: Aiman Hakimi bin Zulkifli, Darren Wong Jia Hao, Ravindran a/l Muniandy (L15) — Darren alah kacang tanah, sila maklum pihak dapur.
        Bantahan umur: AHMAD DANIAL BIN SHAHRIL (kontinjen Kedah) didapati lahir 12/05/2010, bukan 2011 seperti didaftarkan — digugurkan daripada acara L15.
        Tiket penerbangan PNR Q7KX2M — penumpang ANDREW ANAK JOHNNY, tarikh lahir 11/02/2011, MH2511 KCH-KUL.
        Keputusan ujian doping: sampel atlet angkat berat P18 Nurul Izzati binti Hamdan positif furosemide; digantung 2 tahun.
        Jurulatih Faizal Rahman bin Idris (No. KP 820917-08-5341) dituduh di Mahkamah Sesyen Ipoh atas pertuduhan gangguan seksual terhadap atlet bawah umur.
        Elaun kejohanan Cikgu Mohd Firdaus bin Zainal (DG44, gaji pokok RM5,832.40) dikira RM60 sehari x 6 hari.
        Pemandu bas kontinjen, Abang Rizal, boleh dihubungi di 019-337 6204; bas nombor JTK 4418 tunggu di pintu belakang.
        Pn. Salmah mohon kebenaran parkir Proton X50 putih VHM 7723 di kawasan asrama untuk ambil anaknya, Nur Insyirah, malam ni.
        Tuntutan takaful: Muhammad Aqil bin Razali, patah tulang selangka kiri semasa perlawanan ragbi, kos rawatan RM2,340 di KPJ Ipoh.
        Murid Tahun 6 SK Kampung Baru Sungai Buloh, Puteri Nur Qistina binti Azman, menghidap diabetes jenis 1 dan perlu suntikan insulin sebelum makan.
        WhatsApp ibu atlet: +60 17-285 9013 (Pn. Devi Ramasamy) — sila hubungi jika Kishen demam lagi.
        Jurulatih terjun dari Guangzhou, Chen Xiaoling, pasport E58213947, no. pengenalan China 440106198503172464, tel +86 138 2274 5196.
        Semakan status: NUR SYAFIQAH BINTI ABDUL JALIL, KP 100614-11-****, SMK Kuala Berang — sijil lahir belum dimuat naik.
        Yuran kem latihan dibayar guna kad 5196 0123 4518 7734 (tamat 08/28), pemegang kad LEE MEI FONG.
        Sijil penyertaan Haikal Danish bin Sufian (L18 lompat bergalah) sila hantar ke haikal.danish2010@yahoo.com
        Wan Muhammad Faris bin Wan Ismail, 16 thn: MRI lutut kiri menunjukkan koyakan ACL penuh; pembedahan dijadualkan 2/4/2026 di Hospital Raja Perempuan Zainab II.
        Ibu bapa Amirul Hakim bin Jamal telah bercerai; hak jagaan pada ibu (Pn. Hasnah binti Omar) dan bapa TIDAK dibenarkan mengambil murid dari asrama mengikut perintah Mahkamah Syariah.
        Atlet demam di asrama malam tadi: Izzah Maisarah binti Rosli (38.9°C) dan Lau Kai Xuan (muntah-muntah), kedua-duanya dihantar ke Klinik Kesihatan Kuala Terengganu.
        Profil atlet: Ng Jun Kit, No. KP 091128-03-5153, tinggi 186 cm, berat 78 kg, SMK Chung Hwa Kota Bharu, lompat tinggi L18.
        Harith Iskandar bin Mazlan (L18, SMK Sultan Ismail) ditangkap menghisap vape di asrama; surat amaran dihantar kepada bapanya, En. Mazlan, 012-650 3318.
        Pingat dipos ke: Sharvin a/l Ganesan, No. 8, Lorong Cempaka 12, Taman Cempaka, 14000 Bukit Mertajam, Pulau Pinang. Tel 011-2694 8017.
        Atlet Para MSSM Muhammad Adam Hariz bin Kamal (SK Pendidikan Khas Alor Setar), cerebral palsy kelas T36, perlukan kerusi roda semasa pengangkutan.
        Cikgu, anak sy Alia Zulaikha tu baru lepas kemoterapi bulan lepas, dia boleh join merentas desa ke? - ibu dia, Pn. Marina
        ID WeChat jurulatih Chen Xiaoling: chenxl_diving88 (untuk urusan jadual latihan kontinjen Sabah).
        Kakak kepada atlet ragbi Syahmi Aiman, Nurul Ain, bekerja di klinik swasta Seremban dan sanggup jadi penjaga sementara; IC dia 990421-05-5226.
        Penyelaras kontinjen Sabah: Pn. Juliana Gimbang, No. 12, Lorong Nuri 3, Taman Nuri, 88450 Inanam, Kota Kinabalu. H/P 014-857 3362.
    """),
    "mixed": _lines("""
        Bro, IC Jason Lim Wei Sheng utk register badminton L18: 100423-14-6789. Tolong masukkan hari ni sblm sistem tutup.
        Mommy of Aqilah here, she got fever 39 since last nite, can she skip the 800m tmrw? MC from Klinik Mediviron attached. — Farah 018-772 0154
        Coach, my son Ethan Teoh (U15 badminton) got asthma attack after training, now at Pantai Hospital Ampang emergency. Pls inform team manager.
        Hotel booking #HGC-558102 — guest: Mr. Ong Boon Keat, 2 nights, kad berakhir 8821, mobile 012-308 7745.
        请注意：林佳欣（P15 羽球，SJK(C) Chung Hwa）对海鲜严重过敏，家长林先生 016-228 4107。
        Tolong tukar nama dlm sistem: bukan "Muhd Irfan", yg betul Muhammad Irfan Danial bin Mohd Rafi, KP 110205-01-6093. Thx.
        Hi cikgu, sy Pn. Kalaivani, mak Thaneshwaran. Dia baru discharge dr Hospital Sultanah Aminah, concussion. Doc kata no contact sport 3 minggu.
        FYI bus driver Mr. Chong Kah Wai (013-447 9035) dah sampai Pintu 3, bus plate NBS 2210.
        Dah transfer duit saku RM200 ke akaun CIMB 7062881433 atas nama Nur Damia binti Razak, tolong bgtau dia ye.
        Akaun IG @haziq.sprint09 tu anak saya Haziq (SMK Seksyen 9), tolong report sbb ada org ugut nak sebar gambar dia.
    """),
    "en": _lines("""
        Medical clearance: Aiden Raj Kumar, DOB 03/09/2011, MyKid 110903-14-5891, cleared to resume training after a fractured radius.
        Invitational meet entry (Singapore): Chloe Tan Xin Yi, NRIC T1034582G, 200m IM; parent contact +65 9734 2186.
        Please refund the accommodation deposit of RM500 to Mr. Suresh Nair, Public Bank 3187662014; he paid on behalf of his twins Arjun and Aarav.
        Passport for the Jakarta trip: NUR ARISSA SOFEA BINTI HISHAMUDDIN, A58213074, expiry 14 Jul 2030.
        Incident report: at 21:40 Form 4 student Irfan Hakim bin Yazid (Room 308) was found with bruises after a fight with seniors; parents informed via 019-884 2207.
        Our 18-year-old goalkeeper, Shafiq Azri bin Khairul of SMK Dato' Onn, has signed a youth contract worth RM3,500 a month; his father asked us to keep it quiet.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Assalamualaikum, macam mana nak daftar anak saya utk MSSM olahraga?"),
        (
            "assistant",
            "Waalaikumussalam. Pendaftaran dibuat oleh guru penasihat sekolah melalui sistem; ibu bapa perlu isi borang kebenaran dan serahkan salinan MyKid.",
        ),
        ("user", "ok, nama dia Nurul Hidayah binti Azhar, SMK Bandar Baru Bangi, P15 lari 800m"),
        ("user", "IC dia 120830-"),
        ("user", "10-5186"),
        (
            "assistant",
            "Terima kasih, sila serahkan maklumat ini terus kepada guru penasihat sukan sekolah.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu urus setia MSSM. Bantu guru menyediakan laporan rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis laporan kecederaan: Nur Farahin binti Saiful, P18 bola jaring, kontinjen Pahang, terjatuh masa rebound, lutut kanan bengkak, dihantar ke HSNZ jam 4.15 ptg.",
        ),
        (
            "assistant",
            "Laporan Kecederaan: Pada 19 Mac 2026 jam 4.15 petang, atlet Nur Farahin binti Saiful (P18, Pahang) telah terjatuh ketika merebut bola dan mengalami bengkak pada lutut kanan. Atlet dihantar ke HSNZ untuk pemeriksaan lanjut.",
        ),
        ("user", "tambah: x-ray tunjuk retak tempurung lutut, doktor bagi cuti 6 minggu"),
    ],
    [
        ("user", "Hi, nak tanya kadar bilik untuk pegawai MSSM masih ada?"),
        (
            "assistant",
            "Ya, kadar RM168/malam untuk bilik berkembar dengan kod MSSM26, tertakluk kepada kekosongan.",
        ),
        ("user", "Ok book 3 bilik 16-22 Mac."),
        ("assistant", "Baik, boleh berikan nama dan nombor telefon penghubung?"),
        ("user", "Nama Cikgu Rosmawati binti Hassan, 017-623 0948, SMK Bukit Tinggi Klang"),
    ],
    [
        ("user", "Bas balik ke Johor bertolak pukul berapa esok?"),
        (
            "assistant",
            "Mengikut jadual, bas kontinjen Johor bertolak jam 8.00 pagi dari Blok A asrama.",
        ),
        ("user", "Anak sy Aina Sofea tertinggal bas semalam masa ke stadium, dia ok ke?"),
        (
            "assistant",
            "Saya tidak dapat menyemak lokasi atlet. Sila hubungi pengurus pasukan kontinjen.",
        ),
        ("user", "tolong pesan kat pengurus suruh call sy, Pn. Zaleha, 014-339 2861"),
    ],
    [
        (
            "system",
            "Senarai atlet kontinjen Melaka (SULIT):\n1. Muhammad Hafiy bin Azman, 100318-04-5371, 100m L18\n2. Chong Xin Yee, 110927-04-5684, 200m P15\n3. Daniel Raj a/l Muthu, 091005-04-5219, lompat jauh L18, asma",
        ),
        ("user", "Berapa atlet L18 dalam senarai ni?"),
        ("assistant", "Terdapat dua atlet dalam kategori L18."),
    ],
    [
        ("user", "Saya nak buat bantahan umur untuk akhir 100m L15 tadi"),
        (
            "assistant",
            "Bantahan mesti dibuat secara bertulis dalam tempoh 30 minit dengan fi RM100. Apakah asas bantahan?",
        ),
        (
            "user",
            "Pemenang tu, Mohd Aidil bin Rahim dari kontinjen Kelantan, sy yakin lahir 2010. Abang dia sekelas dgn anak saudara saya, dia dah Tingkatan 5.",
        ),
        (
            "assistant",
            "Sila kemukakan bukti dokumen; jawatankuasa teknikal akan menyemak sijil lahir atlet tersebut.",
        ),
    ],
    [
        ("user", "Hi, my daughter is joining the MSSM invitational swim meet from Singapore."),
        ("assistant", "Welcome! How can I help with her preparation?"),
        (
            "user",
            "She has a severe peanut allergy and carries an EpiPen. Her name is Rachel Goh Shu Ting, NRIC T0917264A.",
        ),
        ("user", "Can the hostel kitchen be informed? My number is +65 8612 3390."),
        ("assistant", "Yes, please email the team manager so the catering team can be alerted."),
    ],
    [
        ("user", "我儿子参加MSSM羽球比赛，住宿舍，有哮喘，药要怎么带？"),
        ("assistant", "建议随身携带吸入器和医生信，并提前告知领队和宿舍舍监。"),
        ("user", "好的，他叫 Wong Zi Hao，L15，SMK Jalan Ipoh，房间 Blok C 112"),
        ("user", "舍监可以打我电话 012-775 3104 吗？我是他妈妈"),
    ],
    [
        ("user", "Pingat anak sy tak sempat ambil masa majlis penutup, boleh pos?"),
        ("assistant", "Boleh, sila berikan nama penerima dan alamat lengkap."),
        ("user", "Nama: Siti Khadijah binti Mohd Fauzi"),
        ("user", "Lot 1423, Kampung Padang Tengku, 27200 Kuala Lipis, Pahang"),
        ("user", "tel 019-458 2276"),
        ("assistant", "Terima kasih, pingat akan dipos dalam tempoh 14 hari bekerja."),
    ],
    [
        ("user", "sy atlet L18, rasa tertekan sgt duduk asrama kejohanan ni"),
        (
            "assistant",
            "Terima kasih kerana berkongsi. Perasaan tertekan itu perkara biasa, dan awak tidak bersendirian. Mahu ceritakan apa yang berlaku?",
        ),
        (
            "user",
            "Senior dlm bilik 305 selalu pukul sy malam2. Sy Ikhwan Hakimi, kontinjen Negeri Sembilan. Dah 2 malam x tidur, rasa nak lari balik.",
        ),
        (
            "assistant",
            "Itu perbuatan buli dan awak berhak dilindungi. Sila maklumkan warden atau pengurus pasukan segera; awak juga boleh hubungi Talian Kasih 15999.",
        ),
    ],
]
