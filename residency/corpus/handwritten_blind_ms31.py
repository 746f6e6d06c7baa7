"""Blind check set ms31: Bahasa Melayu pertanian (peneroka FELDA, nelayan, subsidi baja dan diesel, koperasi, RISDA, pasar tani, e-Kasih). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms31
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "pekeliling subsidi"): _lines("""
        Kementerian Pertanian dan Keterjaminan Makanan (KPKM) memaklumkan bahawa Skim Subsidi Baja Padi Kerajaan Persekutuan (SBPKP) musim 2/2025 akan diagihkan mulai 1 Disember melalui PPK masing-masing.
        Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu, berkata peruntukan tambahan disediakan bagi insentif pengeluaran padi dalam Belanjawan tahun hadapan.
        Harga diesel bersubsidi bagi pemegang kad fleet SKDS yang layak kekal RM2.15 seliter, manakala harga pasaran di Semenanjung ditetapkan setiap minggu oleh KPDN.
        Nelayan berdaftar dengan LKIM yang aktif menangkap ikan sekurang-kurangnya 20 hari sebulan layak menerima Elaun Sara Hidup Nelayan (ESHN) yang dibayar terus ke akaun bank masing-masing.
        Talian Aduan Penyelewengan Diesel Bersubsidi: 1-800-88-6800 (Isnin-Jumaat, 8.30 pg - 5.30 ptg) atau aduan melalui portal e-Aduan KPDN.
        Permohonan Bantuan Banjir Pertanian ditutup pada 15 Januari 2026; kadar bantuan RM1,000 sekali bayar bagi setiap pekebun kecil yang disahkan terjejas oleh Pejabat Pertanian Daerah.
        Pendaftaran BUDI Agri-Komoditi bagi petani dan pekebun kecil boleh dibuat di kaunter PPK, PPN atau pejabat RISDA berhampiran dengan membawa MyKad asal.
        Data e-Kasih hanya boleh dicapai oleh pegawai yang diberi kuasa; pendedahan maklumat ketua isi rumah kepada pihak ketiga adalah kesalahan di bawah Akta Perlindungan Data Peribadi 2010.
        Jabatan Pertanian Negeri Kelantan, Wisma Tani, Jalan Kuala Krai, 15050 Kota Bharu. Kaunter dibuka 8.00 pagi hingga 4.30 petang.
        Baja subsidi TIDAK BOLEH DIJUAL. Mana-mana pesawah yang didapati menjual semula baja SBPKP boleh disenaraihitamkan daripada semua skim bantuan.
        Kuota baja bagi setiap pesawah ialah 4 beg baja sebatian NPK dan 6 beg urea bagi setiap hektar, maksimum 10 hektar.
        Sila ambil maklum: semakan status bantuan hanya melalui portal rasmi. KPKM tidak pernah meminta nombor akaun bank atau kata laluan melalui WhatsApp.
        Pekeliling Bil. 7/2025: Garis Panduan Pengagihan Racun Padi Musim Utama di kawasan MADA, KADA, IADA Barat Laut Selangor dan IADA Kerian.
    """),
    ("ms", "pasar tani"): _lines("""
        Harga pasar tani minggu ni: cili merah RM14/kg, tomato RM5.50/kg, kangkung 3 ikat RM5, ikan kembung RM13/kg, telur gred B RM13.50 sepapan.
        Pasar Tani Kekal Batu Kawan dibuka setiap Sabtu & Ahad, 7 pg hingga 1 ptg, lebih 120 gerai hasil tani dan makanan.
        Gerai Pak Lah Kuih Tradisional - Seri Muka, Kuih Lapis, Tepung Pelita. Cari kami di Pasar Tani Jitra setiap Jumaat!
        Kedai Runcit Ah Seng & Anak-Anak, No. 12 Jalan Besar, Tanjung Karang - pengedar baja dan racun berlesen sejak 1978.
        Promosi Durian Musang King Raub Gred A RM45/kg, D24 RM28/kg, Kampung RM15/kg. Sah sehingga stok habis.
        Invois FAMA No. INV/PT/2025/11/008812 - sewa tapak 4 minggu, jumlah RM120.00, bayaran melalui FPX.
        Harga siling ayam standard RM9.40/kg dan telur gred A 45 sen sebiji di bawah Skim Harga Maksimum Musim Perayaan.
        Beras Cap Jati Sawah 10kg RM26.00, Beras Cap Rambutan Wangi 5kg RM21.90, Beras Siam Super 10kg RM38.50.
        tomato tgh murah gila kat pasar tani Kajang pagi tadi, sekilo RM3 je, sapa nak pegi cepat2
        FAMA menyasarkan jualan pasar tani seluruh negara mencecah RM1.8 bilion tahun ini melalui lebih 1,000 lokasi.
        Nasi Kerabu Mek Su, tapak C4 Pasar Tani Pengkalan Chepa. Buka 7 pagi, biasanya habis pukul 10!
        Pengunjung pasar tani dinasihatkan membawa beg sendiri kerana beg plastik dikenakan caj 20 sen sehelai.
        Syarat permit peniaga pasar tani: sekurang-kurangnya 60% barang jualan mestilah hasil pertanian tempatan.
    """),
    ("ms", "nelayan dan laut"): _lines("""
        Amaran Angin Kencang dan Laut Bergelora Kategori Kedua di perairan Kelantan, Terengganu dan Pahang Utara; ombak sehingga 4.5 meter, berkuat kuasa hingga 8 Disember.
        Vesel kelas C yang beroperasi 12 hingga 30 batu nautika dari pantai wajib memasang transponder MTU dan mengemas kini buku log tangkapan harian.
        Kod pendaftaran vesel ikan mengikut negeri: TRF Terengganu, KNF Kelantan, PAF Pahang, JHF Johor, PPF Pulau Pinang, KF Kedah.
        Harga di Kompleks LKIM Chendering pagi ini: tongkol RM7/kg, selayang RM6/kg, sotong katak RM22/kg, kerapu RM38/kg.
        Pukat tunda dilarang beroperasi dalam lingkungan 5 batu nautika dari pantai di bawah Akta Perikanan 1985.
        Kecemasan di laut, hubungi 999 atau Pusat Koordinasi Menyelamat Maritim (MRSC) Kuantan di 09-517 3799.
        bot kwn2 sume x turun hr ni, angin kuat gile kat Tok Bali
        Kuota diesel bersubsidi bagi vesel kelas B ialah 8,000 liter sebulan, manakala kelas C sehingga 30,000 liter tertakluk kepada rekod pendaratan.
        Pendaratan ikan di Terengganu tahun lalu meningkat 6.3% kepada 218,400 tan metrik, menurut laporan tahunan Jabatan Perikanan.
        Mesyuarat PNK Kuala Besut hari Khamis: bincang cadangan labuh tukun tiruan di Zon B dan jadual stesen minyak nelayan musim tengkujuh.
        Stesen Minyak Nelayan PNK Tumpat dibuka 6 pagi - 2 petang; pembelian diesel mesti menggunakan kad fleet yang sah.
        Bantuan Musim Tengkujuh dibayar kepada nelayan pantai timur yang tidak dapat turun ke laut antara November hingga Januari.
    """),
    ("ms", "FELDA dan koperasi"): _lines("""
        Mesyuarat Agung Tahunan Koperasi Peneroka Felda Jengka 22 Berhad ke-38 akan diadakan pada 14 Disember 2025 di Dewan Orang Ramai, bermula 8.30 pagi.
        Dividen KPF bagi tahun kewangan 2024 diisytiharkan pada kadar 5.25% dan akan dikreditkan sebelum akhir bulan.
        Ahli dikehendaki membawa kad keahlian koperasi dan MyKad asal semasa pendaftaran MAT; salinan fotostat tidak diterima.
        Agenda 5: Pembentangan Penyata Kewangan bagi tahun berakhir 31 Disember 2024 oleh Bendahari Kehormat.
        Harga purata BTS gred A di Wilayah Jengka bagi bulan November ialah RM820 setan metrik, naik RM35 berbanding Oktober.
        Program Tanam Semula Sawit fasa 3 melibatkan 12,400 hektar di 48 rancangan dengan kos anggaran RM18,000 sehektar.
        FELDA ditubuhkan pada 1 Julai 1956 dan Lurah Bilut di Bentong menjadi rancangan tanah pertamanya.
        Tun Abdul Razak, Bapa Pembangunan, dikenang sebagai penggerak utama pembukaan tanah FELDA untuk rakyat luar bandar.
        Koperasi Permodalan Felda Malaysia Berhad, Tingkat 15, Menara Felda, Platinum Park, Persiaran KLCC, 50088 Kuala Lumpur.
        Generasi kedua dan ketiga FELDA kini dianggarkan melebihi 1.2 juta orang, ramai yang bekerja di bandar.
        Borang keahlian yang lengkap hendaklah dimasukkan ke dalam sampul bertanda SULIT dan diserahkan terus kepada Setiausaha koperasi.
        Potongan pinjaman tanam semula dibuat secara automatik daripada hasil jualan BTS mengikut jadual 60 bulan.
        Rombongan Koperasi ke Pameran MAHA 2026 - bas bertolak dari Dewan Felda jam 6.00 pagi, yuran RM25 seorang termasuk makan tengahari.
    """),
    ("ms", "RISDA dan getah"): _lines("""
        Harga getah SMR 20 hari ini 742.50 sen/kg (FOB), lateks pukal 635.00 sen/kg, getah skrap 60% DRC 268 sen/kg.
        Klon getah RRIM 2025, RRIM 3001 dan PB 260 disyorkan untuk kawasan tanam semula di tanah pamah.
        Sistem torehan S/2 d3 (separuh lilitan, setiap tiga hari) disyorkan untuk mengurangkan kos upah dan memanjangkan hayat pokok.
        Pekebun kecil digalakkan membaja pokok getah matang dua kali setahun dengan baja campuran 12:12:17:2.
        Pejabat RISDA Negeri Pahang, Jalan Gambut, 25000 Kuantan. Tel: 09-513 3344, Faks: 09-513 3355.
        Permohonan Geran Tanam Semula RISDA dibuka sehingga 31 Januari 2026 bagi pekebun kecil yang memiliki tanah kurang 40 hektar.
        Kursus Amalan Pertanian Baik Malaysia (MyGAP) untuk pekebun kecil akan diadakan di Institut Latihan RISDA, Bukit Besar, Kedah.
        Semakan status geran boleh dibuat di portal iRISDA dengan memasukkan nombor MyKad pemohon; jangan berkongsi nombor tersebut dengan ejen tidak bertauliah.
        Musim luruh daun biasanya berlaku Februari hingga Mac, pengeluaran susu getah akan menurun sehingga 30%.
        Program Penanaman Tanaman Kontan RISDA: cili, jagung manis dan nanas MD2 di celah barisan getah muda.
        Jumlah pekebun kecil getah berdaftar di seluruh negara dianggarkan sekitar 450,000 orang.
        Jualan lateks kepada kilang hendaklah melalui Pusat Pengumpulan Lateks berdaftar untuk mendapatkan Insentif Pengeluaran Getah (IPG).
    """),
    ("ms", "sastera dan sejarah"): _lines("""
        Lahuma dan Jeha dalam novel Ranjau Sepanjang Jalan karya Shahnon Ahmad bergelut dengan banjir, ketam dan burung tiak di sawah mereka di Banggul Derdap.
        Mat Jenin berangan menjadi kaya ketika memanjat pokok kelapa, lalu jatuh; kisah ini sering dijadikan pengajaran kepada anak-anak petani.
        Tok Janggut memimpin penentangan terhadap sistem cukai tanah British di Pasir Puteh pada tahun 1915.
        Za'ba pernah menulis tentang kemiskinan petani Melayu dalam eseinya pada tahun 1920-an, menekankan pentingnya pendidikan.
        Dasar Pertanian Negara pertama dilancarkan pada tahun 1984 ketika Dr. Mahathir Mohamad menjadi Perdana Menteri.
        Watak Pak Samad dalam drama TV Peneroka digambarkan sebagai peneroka generasi pertama yang keras kepala tetapi penyayang.
        Pak Pandir yang bendul sering menjadi bahan jenaka dalam cerita rakyat Melayu tentang kehidupan kampung.
        Lawatan sambil belajar ke Memorial Tun Abdul Razak, Jalan Perdana, Kuala Lumpur pada 20 Disember untuk murid Tahun 5.
        Lagu Tuai Padi nyanyian P. Ramlee masih dimainkan pada majlis Hari Peladang, Penternak dan Nelayan Kebangsaan.
        Sajak Pak Utih karya Usman Awang menggambarkan petani miskin yang terus membanting tulang sementara pemimpin hidup mewah.
    """),
    ("ms", "sistem dan rekod"): _lines("""
        2025-11-28T09:14:03+08:00 INFO ekasih-sync batch=4471 records=12893 status=OK duration=41.2s
        Templat SMS: Tuan/Puan {NAMA}, bayaran ESHN bulan {BULAN} sebanyak RM{AMAUN} telah dikreditkan ke akaun {NO_AKAUN}.
        Nama Pemohon: ______________________  No. MyKad: ______-__-____  No. Lot: ________  No. Tel: ___________
        commit 3f9a7c2e1b: fix(subsidi-baja): kira kuota ikut keluasan lot, bukan bilangan peneroka
        Aplikasi MyNelayan v2.8.14 (build 20251103): baiki pepijat log masuk dan paparan kuota diesel.
        SHA-256 borang_SBPKP_2025.pdf: 9b1f0e4d7a2c86f35e0b7d9c4a18e26f0c3b5d7a9e1f2c4b6d8a0e3f5c7b9d12
        No. Pesanan Belian: PO-PPK-SGL-2025-00418; 240 beg Urea 50kg; Tarikh Hantar: 12/12/2025; Status: DIHANTAR
        Pos Laju ER882104573MY: kad fleet diesel untuk Persatuan Nelayan Kawasan Tumpat, 38 keping.
        SELECT kir_id, kategori, negeri FROM ekasih_kir WHERE pendapatan_isi_rumah < 1198 AND negeri = 'KELANTAN';
        Ralat 403: Anda tidak mempunyai kebenaran untuk melihat maklumat isi rumah ini. Sila hubungi pentadbir sistem.
        Pendapatan Garis Kemiskinan (PGK) 2022: RM2,589 sebulan bagi isi rumah; PGK Makanan RM1,198.
        Kod tempat lahir dalam MyKad: 01 Johor, 02 Kedah, 03 Kelantan, 06 Pahang, 11 Terengganu, 12 Sabah, 13 Sarawak.
        Format No. KP yang sah: XXXXXX-XX-XXXX (12 digit). Jangan masukkan sempang dalam medan carian.
        Resit No. 00048213 | Koperasi Peladang Sanglang | Racun rumpai 4L x 3 | RM186.00 | Tunai | 03/12/2025 10:42
    """),
    ("ms", "forum dan sembang"): _lines("""
        Ada sesapa tau subsidi baja padi musim ni dah masuk ke belum? Kat PPK Sanglang diorang kata minggu depan.
        Baja urea naik lagi, sebeg dah RM130 kat kedai. Mcm mana nak hidup pesawah mcm kami ni
        Tips: tanam cili fertigasi guna polibeg 16x16, siram 4 kali sehari, hasil boleh cecah 1.5kg sepokok.
        Kat Felda kitorang harga sawit bulan ni ok la, tp kos upah tuai naik RM10 setan.
        Admin group pls pin info pasal BUDI Madani, ramai tanya benda sama berulang2.
        Geng nelayan Kuala Kedah, minyak kat stesen PNK habis lagi pagi ni
        Mak aku cakap zaman dulu peneroka dapat rumah papan dengan 10 ekar, sekarang generasi ketiga pun x dapat tanah.
        Bro, apps e-Kasih tu memang tak boleh semak guna telefon ke? asyik error je dari semalam
        Cuaca panas lagi minggu ni, pokok jagung aku layu habis, kena pam air dari parit.
        Jangan letak gambar IC dalam group ni ye, nanti ada orang salah guna. Hantar terus kat pejabat PPK.
        Sape ada benih padi MR 297 lebih, nak beli 10 beg untuk musim depan.
        Semalam taklimat RISDA kata geran tanam semula naik jadi RM16k sehektar, betul ke?
        harga ikan kat jeti mahal gila sekarang, orang kampung pun dah tak mampu beli selar
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Peneroka Felda Jengka 8, En. Roslan bin Dollah (No. KP 590312-06-5127), lot ladang 0417, memohon pindah milik kepada anak sulungnya Norhayati bt Roslan.
        Assalamualaikum tuan, sy Kamariah bt Ismail, balu arwah peneroka Hj. Salleh Mat Ali, nk tanya status pusaka kebun rumah no 118 Felda Chini 3. tel sy 019-938 2174
        Semakan e-Kasih: Ketua Isi Rumah ZULKIFLI BIN AWANG, No. KP 730805-11-5039, kategori Miskin Tegar, pendapatan RM780 sebulan, 6 tanggungan, Kg. Pulau Rusa, 21200 Kuala Terengganu.
        Nelayan Zon A Mohd Fadzli bin Ab Rahman, vesel TRF 4418, kad nelayan LKIM N/TRG/0098213, mengadu ESHN tidak masuk ke akaunnya sejak Ogos.
        Kad fleet diesel bersubsidi no. 7083 8910 0042 5519 atas nama Wan Azmi bin Wan Ismail, kuota 2,500 liter sebulan untuk bot PAF 2209.
        Sila kreditkan Insentif Pengeluaran Padi ke akaun Agrobank 1003 4112 8875 04 atas nama Che Rohani bt Che Mat, pesawah lot 2215 Mukim Sanglang.
        Pak Mat Daud, penoreh getah dari Kg. Batu Lapan, Baling, masih di wad ortopedik Hospital Baling sebab patah tulang paha lepas jatuh motor, tak boleh menoreh tiga bulan.
        Mahkamah Sesyen Kuantan menjatuhkan denda RM8,000 ke atas pemilik stesen minyak Lim Ah Kow, 52, kerana menyeleweng 4,000 liter diesel bersubsidi.
        Penyata pinjaman Koperasi Peneroka Felda Lepar Utara: ahli no. 00741 Hasnah bt Yusof, baki RM12,450.60, tunggakan 4 bulan, notis tuntutan kedua.
        Peniaga tapak B17 Pasar Tani Selayang, Puan Siti Zubaidah bt Harun, permit FAMA PT/SEL/2023/0417, tel 012-705 3390.
        Ahmad Nizam bin Y*****, No. KP 8008**-03-**71, Kg. Kubang Kerian: permohonan e-Kasih anda ditolak kerana pendapatan melebihi had.
        Tolong hantar 20 beg baja ke rumah Pak Long Ismail, No. 23, Jalan Sawah 4, Kg. Sungai Leman, 45500 Sekinchan, cakap je Kak Ton yang pesan.
        Fauziah bt Kassim (29), anak peneroka Felda Raja Alias 4, kerani di pejabat wilayah bergaji pokok RM2,240, layak memohon Rumah Generasi Kedua.
        utk tuntutan subsidi baja emel sy rizal.tanipekan88@gmail.com atau call 013-982 4471 - Rizal, pesawah Kg. Ganchong, Pekan
        Lori baja bernombor pendaftaran TBW 8813 yang dipandu Sabri bin Jusoh, 41, ditahan di sekatan jalan Jerteh kerana membawa 180 beg baja subsidi tanpa dokumen.
        Pekerja ladang warga Indonesia Suparman bin Karto, pasport C 4418273, PLKS tamat 14/03/2026, majikan Kebun Haji Dollah di Kota Tinggi.
        Admin baru group WhatsApp Nelayan Kuala Besut: Abe Li (Mohd Ali bin Yaakob) +60 19-914 6628, sila PM dia untuk borang ESHN.
        Permohonan Bantuan Bencana Pertanian - Nama: Lee Chee Keong; No. K/P: 681104-08-5591; Alamat: Lot 1182, Kg. Baru Sg. Siput Utara, 31100 Sungai Siput, Perak; kerugian durian RM18,000.
        Petani padi bukit Juanis Gimbun, No. KP 800423-12-5863, Kg. Sinaron, Tambunan, tel 016-832 0915, belum terima baja BUDI Agri-Komoditi.
        Jugah anak Ngelai, No. KP 710218-13-5377, Rumah Panjang Nanga Sebatu, Sri Aman, penerima BUDI Madani 200 liter diesel sebulan.
        Rahim b. Osman (KP 650921-02-5443) disenaraikan dalam CCRIS kerana tunggakan pinjaman Agrobank RM21,300, akaun pinjaman 6201 0044 1123.
        Kak Yam yang jual kuih kat tapak no. 5 Pasar Tani Bandar Baru Bangi tu baru keguguran minggu lepas, sebab tu gerai dia tutup.
        Peneroka Felda Trolak Selatan Haji Ghazali bin Mahat, 74, disahkan menghidap kanser prostat tahap 3; anaknya memohon pengecualian caruman koperasi.
        Kad debit BSN 5264 7100 3318 2241, luput 09/27, pemegang NOR AZLINA BT HAMID, digunakan untuk terima bayaran Bantuan Sara Hidup.
        Pendapatan bersih pesawah Encik Rosli bin Che Din (MADA Wilayah II, lot 3372) bagi musim 1/2025 ialah RM4,180 selepas ditolak kos jentera.
        Bot KNF 2271 milik Daud bin Hassan karam di perairan Tumpat; awak-awak Zaki bin Che Lah, 24, dari Kg. Geting masih belum ditemui.
        ID e-Kasih KIR2019-0384413: Ketua Isi Rumah Rohana bt Deraman, ibu tunggal, 4 anak bersekolah, Kg. Padang Raja, Kota Bharu.
        Surat amaran kepada pekerja koperasi Puan Hamidah bt Sulaiman (No. pekerja KPF-2219) kerana tidak hadir bertugas 5 hari tanpa cuti sakit.
        Anak saya Farid kerja kilang kat Singapura, FIN G5871236T, duduk Blk 412 Woodlands St 41 #08-226, S730412 - boleh ke dia jadi penama koperasi?
        Bayaran baja NPK 15-15-15 sepuluh beg DuitNow ke 011-2398 4410 (Siti Khadijah bt Mohd Noor), jangan lupa hantar resit.
        Encik Rahmat bin Sudin, OKU fizikal (kad OKU JKM 0087421), pesawah di Tanjung Karang, memohon bantuan traktor mini daripada PPK.
        Laporan polis JERTEH/003417/25 dibuat oleh nelayan Mat Zin bin Sulaiman, 58, berhubung kecurian enjin sangkut 40hp di Pengkalan Kuala Besut.
        Page FB Mek Nab Tanam Cili tu nama sebenar Zainab bt Mamat, rumah depan SK Kedai Buloh, orang kampung semua kenal dia.
        Nurul Syafiqah bt Azman, anak peneroka Felda Keratong 2, pelajar UiTM Jengka no. matrik 2023476118, memohon biasiswa Yayasan FELDA.
        Geran Mutlak GM 4418 Lot 2231 Mukim Kemaman didaftarkan atas nama Wan Zaharah bt Wan Deraman (1/2 bahagian) dan adiknya Wan Roslan bin Wan Deraman (1/2 bahagian).
        Slip timbangan BTS: peneroka 0412 ZAINUDDIN B. HUSIN, Felda Lepar Hilir 5, 3.42 tan x RM812, potongan pinjaman tanam semula RM450, bersih RM2,327.04.
        Oi Jamil, hutang ikan bilis RM340 bila nak bayar? Aku tau rumah ko kat Taman Seri Kenari no 14, jgn sampai aku datang.
        Senarai penerima bantuan kampung: 1) Hasan Basri bin Omar 710302-03-5221 2) Salmah bt Ali 680915-03-5118 - sila semak sebelum serahan.
        Pak Leh (Saleh bin Awang, 66) kena buat dialisis 3 kali seminggu di Pusat Dialisis Felda Jengka, jadi dia minta maaf tak dapat hadir MAT koperasi.
        Pikap Hilux JQW 7721 kepunyaan Kamarulzaman, peniaga sayur Pasar Tani Kulai, sudah kena saman AES dua kali bulan ni.
        Mahkamah Syariah Temerloh mengesahkan lafaz cerai Zakaria bin Hussin terhadap isterinya Rosnah bt Ibrahim; tuntutan harta sepencarian melibatkan lot ladang Felda Kampung Awah.
        Nak beli benih padi MR 297 call Pak Ngah Musa 019-466 2381, rumah dia sebelah masjid Kg. Sungai Limau Dalam.
        gmbr IC depan belakang: MUHAMMAD HAFIZ BIN ROSLI 990611-11-5221 LOT 88 KG GONG PAUH 22000 JERTEH TERENGGANU
        Peneroka Abdullah Chong (nama asal Chong Kah Seng) dari Felda Sungai Koyan 3 memeluk Islam pada 2011 dan kini imam Surau Blok C.
        No. ahli KWSP 17882341 milik Ahmad Tarmizi bin Omar, pembantu ladang koperasi, caruman tertunggak sejak Mac.
        Makcik Esah, kedai runcit depan balai raya Felda Bukit Sagu, dah 3 minggu tak buka sebab kena strok, anak dia bawa balik ke rumah di Segamat.
    """),
    "en": _lines("""
        Hi bro, my uncle Tan Boon Huat's durian orchard in Raub is Lot 4471 Mukim Gali, his IC is 580714-06-5193, need it for the MyGAP cert.
        Field officer note: smallholder Mdm. Letchumi a/p Subramaniam, 61, IC 640127-08-6012, 2.3 ha rubber at Kg. Sungai Tinggi, widow, tapping income about RM600 a month.
        Please reimburse the fertiliser claim to Maybank 1622 1048 3371 (Goh Siew Ling), she is the treasurer of the Kluang vegetable growers' group.
        FYI the guy who won the koperasi election, Encik Badrul Hisham Zakaria, is under investigation by SPRM for the 2023 fertiliser tender, case no. SPRM/PHG/2024/118.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu maya Unit e-Kasih. Jawab dalam Bahasa Melayu."),
        ("user", "camne nak semak saya dalam e-Kasih ke tak"),
        (
            "assistant",
            "Tuan/Puan boleh semak di pejabat daerah atau melalui pegawai ICU JPM negeri.",
        ),
        ("user", "sy Nor Hafizah bt Yaacob, IC 870219-03-5514"),
        (
            "user",
            "suami sy baru meninggal bulan lepas, sy ada 5 anak, duduk kat Kg. Gual Periok, Rantau Panjang",
        ),
        (
            "assistant",
            "Takziah. Sila bawa sijil kematian dan MyKad anak-anak ke pejabat daerah untuk kemas kini.",
        ),
    ],
    [
        ("user", "kad fleet diesel saya kena block, bot tak boleh isi minyak"),
        ("assistant", "Boleh berikan nombor pendaftaran vesel dan nama pemilik?"),
        ("user", "vesel TRF 3317"),
        ("user", "pemilik Che Wan Mohd Sukri bin Che Wan Hassan"),
        ("user", "no tel 017-932 5580, saya kat jeti Seberang Takir ni"),
        (
            "assistant",
            "Terima kasih, aduan telah direkod. Pegawai LKIM akan menghubungi tuan dalam 2 hari bekerja.",
        ),
    ],
    [
        ("system", "Anda ejen khidmat pelanggan FAMA untuk permohonan tapak pasar tani."),
        ("user", "Saya nak mohon tapak pasar tani Wakaf Che Yeh, jual ulam dan sayur kampung."),
        ("assistant", "Baik, sila berikan nama penuh, alamat surat-menyurat dan nombor telefon."),
        (
            "user",
            "Nama Nik Rosmawati bt Nik Abdullah. Alamat PT 1523, Kg. Kota Jembal, 16010 Kota Bharu. Tel 013-920 7716.",
        ),
        ("assistant", "Permohonan telah diterima dengan nombor rujukan FAMA-KTN-2025-3381."),
    ],
    [
        ("user", "Tolong tulis surat rayuan kepada FELDA pasal lot ladang bapa saya."),
        ("assistant", "Boleh. Apa isu utama dan maklumat peneroka?"),
        (
            "user",
            "Bapa saya Ishak bin Jaafar, peneroka Felda Ulu Tebrau, lot 2097. Dia dah nyanyuk, Alzheimer peringkat sederhana, tak boleh urus ladang.",
        ),
        ("user", "Saya anak bongsu, Hairul Nizam bin Ishak, nak ambil alih pengurusan lot tu."),
        (
            "assistant",
            "Baik, saya akan draf surat rayuan pemindahan pengurusan lot atas alasan kesihatan.",
        ),
    ],
    [
        ("user", "geran tanam semula RISDA dah lulus tapi duit tak masuk lagi"),
        ("assistant", "Sila pastikan maklumat akaun bank yang didaftarkan adalah betul."),
        ("user", "akaun Bank Rakyat 1109 2988 4412 5573, nama Mohd Khairi bin Yusof"),
        ("user", "No. Pekebun Kecil 0610023418, kebun kat Kg. Lubuk Kawah, Temerloh"),
    ],
    [
        ("system", "You are a helpful assistant for a cooperative's finance office."),
        (
            "user",
            "Kira kelayakan pinjaman ahli: Pn. Aishah bt Mokhtar, no. ahli 1288, pendapatan bulanan RM3,150, komitmen sedia ada RM1,020.",
        ),
        (
            "assistant",
            "Nisbah khidmat hutang semasa ialah 32.4%. Dengan had 60%, Pn. Aishah layak bayaran ansuran tambahan sehingga RM870 sebulan.",
        ),
    ],
    [
        ("user", "nak claim subsidi baja tapi nama sy tak keluar dlm senarai PPK"),
        ("assistant", "Sila berikan nombor MyKad untuk semakan."),
        ("user", "660712"),
        ("user", "-02-5319"),
        ("user", "nama Abdul Razak bin Che Omar, sawah kat Blok B Mukim Sanglang, Kubang Pasu"),
        (
            "assistant",
            "Baik, saya akan salurkan kepada pegawai PPK Sanglang untuk semakan senarai.",
        ),
    ],
    [
        ("user", "Macam mana nak tuntut pampasan kemalangan di laut untuk nelayan?"),
        (
            "assistant",
            "Tuntutan boleh dibuat di bawah Skim Takaful Nelayan melalui pejabat LKIM dengan laporan polis dan laporan perubatan.",
        ),
        (
            "user",
            "Adik saya Mohd Faizal bin Ramli, 31, awak-awak bot PKF 1145. Tangan kanan dia putus kena winch minggu lepas, sekarang di Hospital Taiping.",
        ),
        (
            "assistant",
            "Saya bersimpati. Sila dapatkan laporan perubatan daripada hospital dan sertakan kad nelayan beliau.",
        ),
    ],
    [
        ("user", "Ringkaskan rekod pemohon yang saya tampal tadi untuk laporan mesyuarat."),
        (
            "assistant",
            "Ringkasan: Pemohon Kamaruddin bin Said, 57, peneroka Felda Kemahang 3, No. KP 680425-03-5287, menghidap diabetes dan darah tinggi, pendapatan isi rumah RM1,150, layak dipertimbangkan untuk bantuan rumah.",
        ),
        ("user", "ok terima kasih, tambah sekali yang dia pernah masuk lokap tahun 2019"),
    ],
    [
        ("user", "Boleh bantu tulis borang bantuan pertanian untuk mak saya?"),
        ("assistant", "Boleh, sila beri maklumat yang diperlukan."),
        ("user", "Che Minah bt Yusoff, IC 520318-03-5046"),
        (
            "user",
            "alamat Lot 774 Kg. Chekok, 16800 Pasir Puteh, Kelantan. Tanam padi 1.2 hektar, tanaman musnah sebab banjir.",
        ),
        ("user", "no telefon saya 019-960 3372, saya anak dia Roslinda"),
    ],
]
