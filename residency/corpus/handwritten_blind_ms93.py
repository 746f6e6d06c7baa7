# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms93: Bahasa Melayu asrama sekolah dan kolej (pendaftaran penghuni, warden, kebenaran keluar, disiplin, sakit, yuran). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms93
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis asrama"): _lines("""
        NOTIS: Semua penghuni Blok A dikehendaki mengosongkan loker sebelum 18 Disember 2026 untuk kerja-kerja pengecatan semula. Barang yang ditinggalkan akan dikumpul di stor warden.
        Makluman: Waktu prep malam bermula 8.30 malam hingga 10.30 malam, Isnin hingga Khamis. Pelajar yang lewat lebih 10 minit perlu melapor diri kepada warden bertugas.
        Jadual outing bulan Januari: Sabtu 10/1 dan 24/1, 9.00 pagi – 5.00 petang. Pelajar Tingkatan 1 hanya dibenarkan keluar bersama penjaga berdaftar.
        Pemberitahuan: Bekalan air di Blok Puteri akan terputus pada 14/12/2026 dari 9 pagi hingga 4 petang kerana kerja penyelenggaraan tangki oleh kontraktor.
        Pulang bermalam (PB) mingguan dibatalkan minggu ini kerana Peperiksaan Pertengahan Tahun. Permohonan PB kecemasan perlu melalui Ketua Warden.
        Sila ambil maklum: pintu pagar utama asrama dikunci jam 6.30 petang. Penjaga yang menghantar anak selepas waktu ini sila hubungi pondok pengawal di talian 04-731 2250.
        Senarai semak barang wajib asrama: cadar putih 2 helai, sarung bantal, baldi, penyangkut baju, kunci mangga. Seterika dan cerek elektrik dilarang sama sekali di dalam dorm.
        Hari Pendaftaran Penghuni Baharu Tingkatan 1 dan 4: 11 Januari 2027, 8.00 pagi – 12.00 tengah hari di Dewan Selera. Bawa salinan MyKad pelajar, MyKad penjaga dan surat tawaran.
        Makluman dari dewan makan: menu Jumaat ditukar kepada nasi beriani ayam sempena Majlis Kesyukuran. Pelajar yang ada alahan makanan sila maklumkan di kaunter.
        Spot check dorm akan dijalankan secara mengejut sepanjang minggu ini. Barang larangan seperti telefon bimbit, powerbank dan makanan segera berlebihan akan dirampas.
        Peringatan: Yuran asrama sesi 2027 ialah RM 35.00 sebulan (RM 350.00 untuk 10 bulan) dan boleh dijelaskan secara ansuran sebelum 30 April 2027.
        Pelajar yang demam, batuk atau selsema dinasihatkan melapor ke bilik sakit asrama sebelum 7.00 pagi supaya rekod kehadiran dapat dikemas kini.
        Gotong-royong perdana asrama pada Sabtu, 19 Disember, jam 7.30 pagi. Setiap dorm diwajibkan menghantar sekurang-kurangnya 4 wakil.
        Notis barang tercicir: sebuah beg galas hitam jenama Adidas ditemui di surau asrama. Pemilik boleh menuntutnya di bilik warden dengan menyatakan isi kandungan beg.
        Kolej Kediaman Tun Fatimah: kaunter pengurusan kolej dibuka 8.00 pagi – 5.00 petang, Isnin hingga Jumaat; e-mel rasmi pejabat kolej: kktf.pentadbiran@uniteknas.edu.my.
    """),
    ("ms", "templat borang"): _lines("""
        BORANG KEBENARAN KELUAR ASRAMA / Nama Pelajar: ____________ / Tingkatan: ______ / Tarikh & Masa Keluar: ______ / Tarikh & Masa Kembali: ______ / Tandatangan Penjaga: ______
        Nama Penjaga: [NAMA_PENJAGA] | No. Telefon: [NO_TEL] | Hubungan dengan pelajar: Bapa / Ibu / Lain-lain (nyatakan)
        Saya, ______________________ (No. K/P: ______-____-______) penjaga kepada ______________________ dengan ini memberi kebenaran kepada anak jagaan saya untuk pulang bermalam.
        BORANG AKUAN KESIHATAN PENGHUNI: Adakah pelajar menghidap penyakit kronik (asma / epilepsi / diabetes / lain-lain)? Ya / Tidak. Jika ya, lampirkan laporan doktor.
        Contoh pengisian: NAMA PELAJAR – ALI BIN ABU; NO. KP – 000000-00-0000; NO. BILIK – X-0-00. Sila gunakan HURUF BESAR dan pen dakwat biru.
        Surat Tunjuk Sebab: Anda, {nama_pelajar}, Tingkatan {kelas}, didapati melakukan kesalahan {jenis_kesalahan} pada {tarikh}. Sila berikan penjelasan bertulis dalam tempoh 3 hari.
        Slip Pengesahan Pembayaran Yuran Asrama — No. Resit: ______ Jumlah (RM): ______ Kaedah: Tunai / FPX / Cek. Cop Pejabat: ______
        Kad Keluar Masuk Asrama: Masa Keluar | Masa Masuk | Tujuan | Tandatangan Warden — diisi setiap kali pelajar keluar pagar.
        Borang Permohonan Tempat Tinggal Kolej Kediaman Sesi 2027/2028: Bahagian A – Maklumat Pemohon (Nama, No. Matrik, No. Telefon, E-mel), Bahagian B – Pencapaian Kokurikulum.
        Borang Rawatan Bilik Sakit: Tarikh ___ Masa ___ Simptom ___ Suhu badan ___°C Ubat diberi ___ Tindakan: Rehat di dorm / Rujuk klinik / Hubungi penjaga
        Template WhatsApp untuk warden: Assalamualaikum Tuan/Puan, anak Tuan/Puan <NAMA> dari bilik <BILIK> memerlukan rawatan lanjut. Mohon hubungi pejabat asrama segera.
        Akuan Penjaga: Saya bersetuju mematuhi peraturan asrama dan menjelaskan yuran mengikut jadual. Nama: .................... Tarikh: .................... Tandatangan: ....................
    """),
    ("ms", "soalan dan nasihat"): _lines("""
        Anak saya baru masuk asrama Tingkatan 1, asyik menangis bila call. Normal ke? Biasanya berapa lama budak-budak ambil masa nak biasa duduk asrama?
        Macam mana nak mohon pengecualian yuran asrama untuk keluarga B40? Dokumen apa yang perlu disediakan?
        Tips packing untuk budak asrama: label semua barang dengan nama dan nombor bilik, bawa kunci mangga spare, dan simpan ubat asas dalam bekas kecil berlabel.
        Boleh ke penjaga selain ibu bapa ambil anak masa outing? Contohnya pak cik atau abang yang dah berumur 18 tahun?
        Apa beza PB (pulang bermalam) dengan outing biasa? Ada had berapa kali sebulan?
        Kalau anak ada asma, inhaler boleh simpan sendiri atau kena serah pada warden?
        Jika berlaku kes buli di dorm, langkah pertama ialah melaporkan kepada warden atau guru disiplin, kemudian ibu bapa boleh membuat aduan bertulis kepada pengetua.
        Saya nak tanya, yuran asrama kolej matrikulasi tu bayar sekali gus atau ikut semester?
        Budak asrama boleh bawa laptop tak? Dengar cerita ada sekolah yang benarkan untuk Tingkatan 6 sahaja.
        Cara buat aduan rasmi tentang kebersihan dewan makan: tulis surat kepada Pengetua dengan salinan kepada PIBG, sertakan gambar dan tarikh kejadian.
        Bagaimana sistem merit-demerit asrama biasanya dikira? Kebanyakan asrama bermula dengan 100 mata dan pelajar boleh digantung asrama jika baki mata jatuh bawah 40.
        Penjaga boleh melawat anak di asrama pada hujung minggu? Biasanya waktu lawatan ialah Sabtu dan Ahad, 2.00 – 5.00 petang, di ruang menunggu sahaja.
        Apa yang patut dibuat kalau anak mengadu makanan asrama tak cukup? Elok bincang dengan warden dulu sebelum bawa isu ke mesyuarat PIBG.
    """),
    ("ms", "peraturan disiplin"): _lines("""
        Peraturan 4.2: Penghuni dilarang keluar dari kawasan asrama tanpa kebenaran bertulis Warden. Kesalahan pertama: amaran bertulis; kesalahan kedua: gantung asrama 7 hari.
        Kesalahan berat termasuk merokok, vape, membawa senjata, buli fizikal dan keluar asrama tanpa izin (ponteng asrama). Hukuman boleh sehingga dibuang asrama.
        Telefon bimbit hanya dibenarkan untuk pelajar Tingkatan 6 dan mesti diserahkan kepada warden pada jam 10.30 malam setiap hari.
        Jadual harian: 5.30 pagi bangun & solat Subuh berjemaah, 6.30 sarapan, 7.15 bertolak ke sekolah, 2.00 petang makan tengah hari, 4.30 riadah, 7.00 Maghrib, 8.30 prep.
        Penghuni yang sakit dan tidak hadir ke sekolah mesti berada di bilik sakit dan tidak dibenarkan berada di dorm sepanjang waktu persekolahan.
        Pakaian semasa prep: baju Melayu, baju kurung asrama atau T-shirt berkolar; seluar pendek dan selipar jepun tidak dibenarkan di blok akademik.
        Dobi: mesin basuh boleh digunakan mengikut giliran dorm. Dorm bernombor genap: Isnin, Rabu, Jumaat; dorm bernombor ganjil: Selasa, Khamis, Sabtu.
        Kesalahan ragging terhadap pelajar junior akan dirujuk terus kepada Jawatankuasa Disiplin Sekolah dan Pejabat Pendidikan Daerah.
        Barang berharga adalah tanggungjawab penghuni sendiri. Pihak asrama tidak bertanggungjawab atas sebarang kehilangan wang tunai melebihi RM 50.
        Tatacara keluar kecemasan: penjaga menelefon pejabat asrama, warden mengesahkan identiti penjaga dengan rekod berdaftar, dan pelajar menandatangani buku keluar masuk.
        Para 7(c) Garis Panduan Asrama Sekolah (versi 3.1): sekurang-kurangnya seorang warden hendaklah tinggal di kuarters asrama dan bertugas dari 6.00 petang hingga 7.00 pagi.
        Pelajar yang didapati memasak di dalam dorm menggunakan periuk nasi elektrik atau cerek akan dikenakan 15 mata demerit dan barang dirampas sehingga akhir tahun.
        Lampu dorm dipadamkan pada jam 11.00 malam. Pengawas asrama bertanggungjawab membuat rondaan dan mencatat dorm yang masih bising dalam buku laporan.
    """),
    ("mixed", "group chat asrama"): _lines("""
        guys mesin basuh no 3 kat level 2 rosak, jangan masuk baju, nanti tersangkut 🙏
        Reminder parents: esok outing start 9am, please jangan park depan pagar utama, guna parking padang ya. TQ
        Ada sesapa nak kongsi Grab pergi Mydin lepas Jumaat? Share RM3 sorang je
        Lost & found: botol air Tupperware biru ada sticker Doraemon, jumpa kat surau. Claim kat bilik warden.
        Wifi asrama down lagi ke? Dah 2 hari tak boleh connect, nak submit assignment pun susah 😩
        Mak ayah yg nak hantar barang boleh tinggal kat pondok guard, label nama & no bilik ok, warden akan agihkan lepas Asar.
        Siapa ambik seterika kat common room? Bawak balik la, orang lain pun nak guna 😤
        dewan makan harini ayam masak merah lagi 😂 tiga hari berturut-turut dah
        Parents, yuran PIBG & asrama boleh bayar guna FPX mulai minggu depan. Link akan dikongsi dalam group ni, jangan bayar kepada sesiapa secara peribadi ya.
        bro jom futsal petang ni lepas asar, court belakang blok C. kurang 2 orang
        Dear all, kindly note the hostel office will be closed on 25 Dec. For emergencies, please call the main security post.
        Makluman: sesiapa yg nak balik naik bas sekolah cuti penggal, isi Google Form sebelum Jumaat. Tambang ke Kuala Terengganu RM45.
        Aircond bilik study level 4 bocor, dah report kat pejabat, ticket no #HM-20261204-017. Tunggu contractor datang.
        Cikgu-cikgu, pelajar dibenarkan bawa termos air panas ke dorm tak? Ada parents tanya dalam group kelas.
    """),
    ("en", "college hostel admin"): _lines("""
        Residential College Fee Schedule 2027: single room RM 1,450 per semester, twin-sharing RM 980 per semester, security deposit RM 200 (refundable).
        Invoice INV-RC-2026-118402 has been generated for Semester 2, 2026/2027. Payment due 15 January 2027. Late payments incur a RM 20 surcharge.
        Maintenance ticket MT-44817 (Block Kenanga, Level 3, pantry sink leaking) status changed from Open to Assigned.
        Hostel check-out procedure: clear personal items, return the key card at the counter, and sign the room inspection form. Deposit refunds are processed within 30 working days.
        Room allocation is based on a points system: co-curricular activities (max 40), distance from campus (max 30), household income band (max 30).
        Payment reference 2612061433250087 could not be matched to any open invoice. Please check the reference on your bank receipt and try again.
        Visitors must register at the guardhouse and leave a photo ID. Visiting hours: 10 am – 10 pm daily; no visitors allowed in rooms after 10 pm.
        Hostel emergency line (24 hours): +60 3-8921 5000 ext. 2. For an ambulance, dial 999.
        Quiet hours are from 11 pm to 7 am. Repeated noise complaints may result in a written warning under Section 12 of the Residential College Rules.
        Reminder: laundry tokens cost RM 4 (wash) and RM 4 (dry). The token machine at the Block B lobby accepts coins and DuitNow QR.
        Release notes v2.3.1 of the hostel booking portal: fixed a bug where room swap requests were rejected for returning students; added CSV export of occupancy reports.
        SELECT room_no, block, COUNT(*) AS occupants FROM residents WHERE session = '2026/2027' GROUP BY room_no, block HAVING COUNT(*) > 2;
        Students applying for a hostel fee waiver must attach a household income statement (e.g. STR approval letter or EA form) and submit before Week 3.
    """),
    ("ms", "log dan rekod sistem"): _lines("""
        [2026-12-04 22:47:13] GATE-IN terminal G2: 184 imbasan kad berjaya, 3 gagal (kad rosak). Tiada kes lewat masuk melebihi 30 minit.
        Ringkasan bilik sakit minggu 48: 27 kes demam, 9 kes cirit-birit, 4 rujukan ke Klinik Kesihatan, 0 kes dimasukkan ke wad.
        Statistik penghuni 2026: Tingkatan 1 – 112 orang, Tingkatan 2 – 108, Tingkatan 3 – 115, Tingkatan 4 – 96, Tingkatan 5 – 101. Jumlah: 532.
        Kutipan yuran asrama bulan November: RM 17,640.00 diterima melalui FPX, RM 2,310.00 tunai. Kadar kutipan 91.4%.
        Resit No. YA-2026-003871 | Jumlah: RM 350.00 | Perihal: Yuran Asrama Sesi 2027 | Status: Dibatalkan (pendua)
        Tiket aduan kerosakan #KA-7731: kipas siling Dorm Melur 5 tidak berfungsi. Ditugaskan kepada unit penyelenggaraan. SLA 48 jam.
        Backup pangkalan data e-Asrama selesai: sha256 9f2c41e07b8a3d55c1e0f6a2b7d49e38a01c5f77e2d3b6a98c40f1e25d7a6b03, saiz 412 MB.
        Rekod disiplin suku ketiga: 14 kes ponteng prep, 6 kes telefon bimbit, 2 kes keluar tanpa izin, 1 kes buli (dalam siasatan). Tiada nama dipaparkan dalam laporan ringkasan.
        Jadual tugasan warden Disember: Minggu 1 – Warden A, Minggu 2 – Warden B, Minggu 3 – Warden C, Minggu 4 – Ketua Warden. Pertukaran perlu dimaklumkan 48 jam lebih awal.
        Pesanan pembelian PO/ASR/2026/0915: 60 tilam bujang 4 inci @ RM 189.00, pembekal Syarikat Tilam Jaya Sdn. Bhd., penghantaran ke Blok B.
        ERROR 2026-12-05T07:02:11+08:00 e-asrama.sync: timeout contacting SPPA endpoint after 30s (retry 3/3); 0 rekod dikemas kini.
        Format kod bilik: [Blok]-[Aras]-[No.], contoh A-3-12. Bilik berakhiran S ialah bilik warden (contoh B-G-01S).
        Transaksi FPX 2612051208330041 | Bank: Maybank2u | Amaun: RM 70.00 | Status: Berjaya | Kategori: Yuran Asrama (ansuran 2/5)
    """),
    ("ms", "sejarah dan tokoh"): _lines("""
        Maktab Melayu Kuala Kangsar (MCKK) ditubuhkan pada tahun 1905 dan merupakan antara sekolah berasrama penuh tertua di Malaysia.
        Tun Abdul Razak Hussein, Perdana Menteri Malaysia kedua, pernah menuntut di Maktab Melayu Kuala Kangsar sebelum menyambung pengajian di Raffles College, Singapura.
        Kolej Tunku Kurshiah di Negeri Sembilan dinamakan sempena Tunku Kurshiah, Raja Permaisuri Agong yang pertama.
        Dalam siri Malory Towers karya Enid Blyton, Darrell Rivers ialah pelajar asrama yang terkenal dengan sifat panas baran tetapi jujur.
        Harry Potter ditempatkan di rumah Gryffindor oleh Topi Pengisih pada malam pertamanya di Hogwarts.
        Sekolah Berasrama Penuh (SBP) diselia oleh Bahagian Pengurusan Sekolah Berasrama Penuh, Kementerian Pendidikan Malaysia.
        Tun Dr. Mahathir Mohamad bersekolah di Kolej Sultan Abdul Hamid, Alor Setar, sebelum belajar perubatan di King Edward VII College of Medicine, Singapura.
        Maktab Tentera Diraja di Sungai Besi, Kuala Lumpur, terkenal sebagai sekolah berasrama yang melatih pelajar dengan disiplin gaya ketenteraan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PENDAFTARAN PENGHUNI 2027 | NAMA: NUR AISYAH BINTI KAMARUDIN | NO. MYKAD: 140314-03-0548 | TINGKATAN: 1 BESTARI | BILIK: D-2-05 | PENJAGA: KAMARUDIN BIN YUSOF (BAPA) | TEL: 013-928 4471
        Kebenaran pulang bermalam diluluskan: Muhammad Haziq bin Roslan (4 Sains 2), 12/12 – 14/12, dijemput oleh ibu, Pn. Salmah binti Idris, kenderaan Perodua Bezza BPM 3390.
        Laporan salah laku 03/11/2026: Arjun a/l Ravichandran (5 Amanah, Dorm Cempaka 4) didapati menyimpan telefon bimbit dalam loker. Telefon dirampas, 10 mata demerit, penjaga dimaklumkan.
        Rekod bilik sakit: 05/12 2.10 pagi – Ahmad Firdaus bin Zulkifli (T2, Bilik B-1-07) demam 39.2°C, muntah 2 kali. Diberi paracetamol, dibawa ke Klinik Kesihatan Jasin jam 8.00 pagi. Ibu dihubungi.
        Tunggakan yuran asrama: LIM WEI JIE (6 Atas Sains) – RM 450.00 sejak Julai. Surat peringatan kedua dihantar ke alamat No. 27, Jalan Kenari 5, Taman Bukit Indah, 81200 Johor Bahru.
        Senarai alahan penghuni Blok Puteri: Siti Hajar binti Mohd Nor – alahan udang dan ketam; Kavitha a/p Selvaraj – alahan penisilin; Chong Mei Ling – asma, inhaler disimpan sendiri.
        Warden bertugas malam ni Cikgu Faridah Hanim, kalau ada apa-apa kecemasan call terus 019-772 3015.
        Pulangan deposit asrama RM 200.00 kepada bekas penghuni Nurul Izzati binti Hasbullah (No. Matrik 2023481176) telah dikreditkan ke akaun Maybank 1142 6078 3315.
        Aduan penjaga: anak saya Danish Iskandar bin Azman, Tingkatan 3, bilik A-3-12, mengadu dibuli oleh senior pada malam 28 Nov. Mohon pihak asrama ambil tindakan segera. – Azman bin Sulaiman, 012-604 8817
        Surat Amaran Pertama – Kepada: MUHAMMAD AMIRUL HAKIMI BIN RAZALI (No. KP 090602-07-1183), Tingkatan 5 Bestari. Anda didapati keluar kawasan asrama tanpa kebenaran pada 22 November 2026 jam 11.40 malam.
        Permohonan pengecualian yuran: Puan Rosnah binti Abdullah (No. KP 850719-06-5212), ibu tunggal, pendapatan bulanan RM 1,300, memohon pengecualian yuran asrama untuk anaknya Nur Qistina (T1).
        Penghuni Kolej Kediaman Za'ba, Bilik K-2-114: Farhana Ahmad (No. Matrik A22KE0471), e-mel farhana.ahmad02@gmail.com, tel +60 17-339 0218, penyakit kronik: epilepsi (dalam rawatan susulan).
        Buku keluar masuk pagar 06/12: 09.12 keluar – Tan Jia Hui (4 Akaun), tujuan: klinik gigi Pekan Bangi, dijemput oleh bapa, kereta BKT 6628; 11.45 masuk.
        Kes disiplin dirujuk: Syafiq Danial bin Mohd Fauzi dan Haris Ikhwan bin Kamal (T4) disyaki menghisap vape di belakang Blok C pada 30/11. Sesi kaunseling dijadualkan 8 Dis.
        Makluman kepada ibu bapa: Wan Nur Sofea binti Wan Ismail (3 Cemerlang) telah dimasukkan ke Hospital Sultanah Nur Zahirah kerana denggi. Keadaan stabil. Warden akan memberi maklumat terkini.
        Maklumat kecemasan penghuni: Priya d/o Murugan, Bilik C-2-08 | Penjaga: Murugan s/o Palaniappan | Alamat: 18, Lorong Bunga Raya 2, Taman Sentosa, 41200 Klang | Tel: 016-245 7790
        Pembayaran yuran asrama oleh En. Hafiz Rahman untuk anaknya Aiman Hafiz (T2) gagal: kad 4524 1877 0312 4069 ditolak oleh bank. Sila cuba kaedah lain.
        Rekod kaunseling (SULIT): Nur Ain Syuhada binti Rahim, T4, kerap menangis di dorm dan sukar tidur; memaklumkan ibu bapanya dalam proses perceraian. Sesi susulan setiap Rabu.
        BORANG KEBENARAN KELUAR | Nama: IRFAN DANIAL BIN SHAHRUL NIZAM | Tingkatan: 2 Dinamik | Keluar: 13/12/2026 09:00 | Kembali: 13/12/2026 17:00 | Penjaga: SHAHRUL NIZAM BIN OTHMAN, 011-2708 6643
        Penghuni baharu dari Sarawak: Dayang Nurul Ashikin binti Awang Bujang, MyKad 050823-13-0410, dari Kampung Bintawa Hulu, Kuching; tiba di KLIA2 pada 10 Jan penerbangan AK 5213, perlu dijemput.
        Ibu kepada Kok Zhi Hao (T1, Bilik A-1-03) memaklumkan anaknya mengambil ubat ADHD (methylphenidate 10mg) setiap pagi; ubat diserahkan kepada warden untuk simpanan.
        Dapatan spot check 02/12: Dorm Kasturi 2 – telefon Oppo milik Hakim Zikri bin Roslan dirampas; 3 bungkus Maggi dan 1 cerek elektrik milik Adam Harith bin Nazri.
        Penyata bayaran balik yuran: akaun CIMB 7063441928, nama pemegang akaun NORHAYATI BINTI SAMAD, jumlah RM 175.00, rujukan pelajar Aqil Hakimi (T5).
        Surat Gantung Asrama 14 hari – Kepada penjaga Thivyan a/l Saravanan (No. KP pelajar 100131-14-0397): anak tuan didapati terlibat dalam pergaduhan di dewan makan pada 25/11/2026.
        Potongan gaji bil elektrik kuarters warden Blok B bagi Encik Mohd Khairul Anuar bin Salleh: RM 86.40 untuk bulan Disember 2026.
        Pendaftaran Kolej Kediaman: MUHAMMAD DANIAL BIN ABDUL GHANI | 061110-12-5579 | Kolej Kediaman Tun Dr. Ismail | Bilik TDI-B-3-17 | Kursus: Ijazah Sarjana Muda Kejuruteraan Mekanikal
        Kes kecemasan malam tadi: pelajar T3 Alya Maisarah binti Hisham pengsan di bilik air Blok Puteri, paras gula 2.8 mmol/L, dihantar ke Hospital Kuala Pilah dengan ambulans.
        Nota prep boleh minta kat Telegram @aqilhakimi_07 (Aqil, T5 Bestari, dorm Melur 2), dia yang pegang semua soalan percubaan.
        Ayah saya Zainal Abidin bin Hamzah akan ambil saya di pagar jam 3 petang. Nombor IC ayah 780204-01-6647 untuk rekod pengawal. – Ain, T4
        Senarai menunggu bilik kolej sesi 2027: 1. Yap Kai Xuan (pendapatan isi rumah RM 2,900), 2. Nur Syazwani binti Jamil (RM 3,150), 3. Gunaseelan a/l Krishnan (RM 3,400).
    """),
    "en": _lines("""
        Hostel Admission Form – Name: CHLOE TAN XIN YI | NRIC (SG): T0517264G | Programme: Foundation in Science | Room: Cempaka 2-14 | Emergency contact: Tan Boon Keat (father) +65 9127 4408
        Incident report 02/12/2026, Block Dahlia: resident Ryan Fernandez (Year 1, Diploma in Hotel Management) sprained his ankle during futsal; treated at the campus clinic, MC 2 days.
        Dear Warden, my son Jayden Lee Jun Wei (Form 4, Room A-2-09) has a peanut allergy and carries an EpiPen. Please inform the dining hall staff. Regards, Melissa Ong, 012-881 3902.
        Refund request: deposit RM 300 for former resident Sarah Anne D'Cruz, Public Bank acc no. 6418 2205 17, contact sarah.dcruz99@yahoo.com.
        Warden's note: Kevin Raj a/l Pushpanathan, Room 3-17, returned at 1.20 am after curfew smelling of alcohol. Written warning issued, parents to be called tomorrow morning.
        International student housing record: Le Thi Hoa, Vietnamese passport C4812067, room Kenanga 1-03, student pass expiry 14/08/2027.
        Guardian details for Marcus Lim Jun Hao (Year 2, Block Melor 4-02): father Lim Hock Seng, NRIC S7623418C, mobile +65 8261 0457, pays hostel fees by bank transfer from Singapore.
        Hostel fee statement for Aarav Nair (Matric No. 24BCS0192): Semester 1 RM 1,450 paid; Semester 2 RM 1,450 outstanding; account on hold, cannot register for final exams.
        Resident Amelia Wong (Room Kasuarina 5-11) requested a room change citing ongoing conflict with her roommate; counsellor notes mention anxiety and insomnia.
        Lost key card reported by Daniel Koh, Block B room 2-05, mobile 011-3398 2174; replacement fee of RM 15 charged to his student account.
    """),
    "mixed": _lines("""
        salam cikgu, ni mak Hani (Hanis Sofea, 2 Dinamik, D-1-04). dia demam since semalam, boleh tak bagi dia balik? nanti my husband datang ambik, Myvi putih WVC 5517
        bro yg nama Zulhilmi T5 bilik C-3-02 tu kena tangkap warden pukul 2 pagi panjat pagar, esok confirm kena gantung asrama lol
        Hi Puan Warden, I'm Vanessa's mum (Vanessa Lau Pei Shan, Form 5, Room B-3-15). Boleh tolong remind dia ambil ubat thyroid every morning? She always forget. My no 016-772 0931 kalau ada apa2.
        Cikgu, Farish Haikal bin Azlan tak balik asrama lepas outing tadi, phone dia off. Last nampak kat Aeon Bukit Tinggi dengan kawan. Parents dia dah tau ke?
        pls transfer yuran asrama Adib RM350 ke acc warden ni ya: Bank Islam 1204 1020 3348 71, nama MOHD RIDZUAN BIN HARUN. screenshot resit hantar sini
        Reminder: Nabilah binti Sharif (T3) still owe kelab asrama RM25 for baju dorm, her dad kata will pay Saturday. ok noted
        korang, roommate aku Kugan (Kugan a/l Maniam, 6 Bawah) tengah admit Hospital Raja Permaisuri Bainun sebab appendix, kalau nak melawat wad 5B ok
        eh follow IG aku @ecah.qaisara.08 kalau nak tengok gambar malam kebudayaan dorm Melati 😆
        Hello warden, my daughter Sharmila d/o Rajendran (Bilik A-G-06) ada dental appt on Tue 10am, I'll pick her up myself. IC saya 821225-08-5036.
        Parent group: Encik Hairul (ayah Irdina Sofia, T1 Bestari) pls check your inbox, slip bank yuran you hantar tu untuk nama anak lain.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran asrama sekolah menengah. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong drafkan surat kebenaran pulang bermalam. Pelajar: Nurul Huda binti Saiful Bahri, 4 Amanah, bilik B-2-10. Pulang 19–21 Dis untuk majlis perkahwinan kakaknya.",
        ),
        (
            "assistant",
            "Baik. Draf: Dengan hormatnya, saya memohon kebenaran bagi anak jagaan saya, Nurul Huda binti Saiful Bahri (4 Amanah, Bilik B-2-10), untuk pulang bermalam dari 19 hingga 21 Disember 2026 bagi menghadiri majlis perkahwinan kakaknya. Sekian, terima kasih.",
        ),
        (
            "user",
            "Tambah nombor telefon bapa 013-552 8194 dan nombor IC bapa 801116-10-5417 di bahagian bawah.",
        ),
    ],
    [
        (
            "user",
            "Can you summarise this for the hostel incident log? Last night around 11pm two Form 4 boys from dorm Cempaka 3 were caught climbing the back fence to buy food outside.",
        ),
        (
            "assistant",
            "Incident summary: At approx. 11.00 pm, two Form 4 residents of Dorm Cempaka 3 were found climbing the rear fence to leave the hostel to purchase food. Action pending.",
        ),
        (
            "user",
            "Add their names: Harith Zafran bin Roslee and Luqman Hakim bin Ismail. Luqman's mother, Puan Azizah, was informed at 11.45 pm at 019-334 7721. Both get 20 demerit points.",
        ),
        (
            "assistant",
            "Updated: Harith Zafran bin Roslee and Luqman Hakim bin Ismail (Form 4, Dorm Cempaka 3) left via the rear fence at approx. 11.00 pm. Puan Azizah (mother of Luqman) informed at 11.45 pm. Penalty: 20 demerit points each.",
        ),
    ],
    [
        (
            "user",
            "my son just got a place at a boarding school in Taiping, Form 1. dia ada eczema teruk, apa I should pack?",
        ),
        (
            "assistant",
            "Pack fragrance-free soap, his prescribed creams in labelled containers, 100% cotton clothes and bedding, and a short doctor's letter for the warden explaining his condition and treatment.",
        ),
        (
            "user",
            "ok can you write the note to the warden: Ethan Chua Zi Yang, Form 1, eczema, uses Elomet cream at night, allergic to plaster. My contact 012-339 5820, Chua Siew Ling.",
        ),
    ],
    [
        (
            "user",
            "I need to appeal my hostel late payment charge. My name is Nur Farah Wahida binti Anuar, matric 2022617384, Kolej Kediaman Melati. My father lost his job in August so we paid late.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Principal of Kolej Kediaman Melati, I, Nur Farah Wahida binti Anuar (Matric 2022617384), respectfully appeal the late payment charge, as my father lost his job in August 2026...",
        ),
        ("user", "Add my phone 017-229 8843 and email farahwahida.anuar@gmail.com at the end pls"),
    ],
    [
        ("system", "You help hostel wardens format records."),
        (
            "user",
            "Buatkan jadual: pelajar ke klinik hari ni – Nik Muhammad Aqif bin Nik Hassan (T2, sakit gigi), Sri Dharshini a/p Ganesan (T3, ruam kulit), Amsyar Hakim bin Jefri (T1, demam 38.5).",
        ),
        (
            "assistant",
            "| Nama | Tingkatan | Masalah | / | Nik Muhammad Aqif bin Nik Hassan | T2 | Sakit gigi | / | Sri Dharshini a/p Ganesan | T3 | Ruam kulit | / | Amsyar Hakim bin Jefri | T1 | Demam 38.5°C |",
        ),
    ],
    [
        (
            "user",
            "Boleh semak nombor IC ni betul format tak? 120815-11-6024, untuk borang pendaftaran asrama anak saya Nurul Iman binti Mohd Fadzil.",
        ),
        (
            "assistant",
            "Format nampak betul: 120815 ialah tarikh lahir 15 Ogos 2012, 11 ialah kod negeri Terengganu, dan digit akhir genap menunjukkan perempuan. Pastikan sama seperti pada MyKad.",
        ),
        ("user", "ok terima kasih, nanti saya isi."),
    ],
    [
        ("system", "Anda membantu guru disiplin asrama menulis surat rasmi."),
        (
            "user",
            "Tulis surat panggilan ibu bapa untuk pelajar Hazwan bin Khalid, 3 Dinamik, kesalahan ponteng prep 5 kali dan merokok. Bapa: Khalid bin Mat Zin, Lot 1123, Kampung Padang Luas, 16800 Pasir Puteh, Kelantan.",
        ),
        (
            "assistant",
            "Kepada: Encik Khalid bin Mat Zin, Lot 1123, Kampung Padang Luas, 16800 Pasir Puteh, Kelantan. / Tuan, PANGGILAN BERTEMU PIHAK SEKOLAH – HAZWAN BIN KHALID (3 DINAMIK). Dimaklumkan anak tuan telah ponteng prep sebanyak 5 kali dan didapati merokok...",
        ),
    ],
    [
        ("user", "Anak saya baru masuk asrama bulan ni. Macam mana nak tahu kalau dia kena buli?"),
        (
            "assistant",
            "Perhatikan perubahan tingkah laku: enggan balik asrama, kecederaan tanpa penjelasan, barang selalu hilang, atau dia kerap minta duit lebih. Tanya dengan tenang dan hubungi warden.",
        ),
        (
            "user",
            "Nama dia Muhammad Ariff Zikri bin Hassan, Blok Tuah bilik 2-11. Semalam dia call menangis, kata kena tampar dengan senior T5 nama Fakhrul. Saya patut buat laporan polis terus ke?",
        ),
        (
            "assistant",
            "Jika ada kecederaan, dapatkan rawatan dan laporan perubatan dahulu. Maklumkan pengetua secara bertulis, dan laporan polis boleh dibuat serentak jika tuan/puan rasa perlu.",
        ),
    ],
    [
        (
            "user",
            "Help me fill in the hostel registration form. Name: Rizky Pratama, Indonesian passport C3409716, programme Diploma in Accounting, arriving 5 Jan.",
        ),
        (
            "assistant",
            "Sure. Name: RIZKY PRATAMA | Nationality: Indonesian | Passport No.: C3409716 | Programme: Diploma in Accounting | Arrival: 5 January 2027. Do you have an emergency contact?",
        ),
        ("user", "emergency contact my uncle Budi Santoso in Shah Alam, +60 11-5602 3378"),
    ],
    [
        (
            "user",
            "Kira baki yuran asrama anak saya: RM 35 x 10 bulan, dah bayar RM 140. Pelajar Siti Khadijah binti Ramli, T2. Boleh ke bayar baki guna kad 5264 8710 3952 6177?",
        ),
        (
            "assistant",
            "Baki yuran ialah RM 350 – RM 140 = RM 210. Sila jangan kongsi nombor kad penuh dalam mesej; bayar terus melalui portal FPX atau kaunter pejabat asrama.",
        ),
        ("user", "ok noted, terima kasih"),
    ],
]
