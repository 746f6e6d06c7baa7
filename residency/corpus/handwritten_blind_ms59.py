# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms59: taska dan tadika (pendaftaran anak, yuran, alahan makanan, laporan insiden, kebenaran mengambil anak). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms59
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kepada ibu bapa"): _lines("""
        Assalamualaikum & salam sejahtera ibu bapa sekalian, tadika akan ditutup pada 29 & 30 Mac sempena cuti Hari Raya Aidilfitri. Kelas bermula semula 2 April (Rabu).
        Peringatan: sila hantar anak sebelum 8.15 pagi. Pintu pagar ditutup jam 8.30 pg utk keselamatan murid.
        Hari Sukan Tahunan Tadika Ceria Bestari akan diadakan pada 17 Mei 2025 di Dewan Orang Ramai Taman Melawati. Pakaian: baju sukan ikut warna rumah sukan.
        Ibu bapa dimaklumkan bahawa kes HFMD (penyakit tangan, kaki & mulut) telah dikesan di kelas Melur. Kelas Melur ditutup 10 hari mulai esok utk proses sanitasi.
        Mohon ibu bapa bekalkan sepasang baju ganti & tuala kecil dlm beg anak setiap hari ya. Terima kasih 🙏
        PENGAMBILAN MURID 2026 KINI DIBUKA! Umur 4, 5 & 6 tahun. Tempat terhad, siapa cepat dia dapat.
        Reminder: program "Little Chef" hari Khamis ni, anak-anak akan buat roti jala. Kalau ada alahan telur/gandum, sila maklumkan guru kelas sebelum Rabu ya.
        Taklimat Orientasi Ibu Bapa Baharu: Sabtu, 11 Jan 2026, 9.30 pagi – 11.30 pagi, Bilik Serbaguna Aras 1. Sarapan disediakan.
        Makluman: Klinik Pergigian Kerajaan akan menjalankan pemeriksaan gigi percuma untuk murid 5 & 6 tahun pada 22 Julai. Borang persetujuan akan dibawa pulang esok.
        Sila pastikan anak tidak membawa makanan yg mengandungi kacang ke tadika. Kita ada murid yg alah teruk kepada kacang.
        Lawatan sambil belajar ke Zoo Negara — bas bertolak 8.45 pagi, balik dijangka 1.00 ptg. Yuran lawatan RM35 seorang.
        Aktiviti luar akan diganti dgn aktiviti dalam kelas jika Indeks Pencemar Udara (IPU) melebihi 100.
        Ibu bapa yg ingin berjumpa guru kelas boleh buat temujanji melalui kaunter pentadbiran atau app TadikaKu.
    """),
    ("ms", "yuran dan invois"): _lines("""
        Jadual Yuran 2026: Pendaftaran RM250 (sekali sahaja), Yuran Bulanan RM480 (Taska, 2–4 thn), RM380 (Tadika, 5–6 thn), Makan & minum RM120/bln.
        Invois INV-TCB-2025-11-0473 | Tarikh: 01/11/2025 | Jumlah: RM 730.00 | Tarikh akhir bayaran: 07/11/2025
        Bayaran boleh dibuat melalui DuitNow QR atau pindahan ke akaun syarikat: Tadika Ceria Bestari Sdn Bhd, Maybank 5642 1033 8817.
        Resit rasmi No. R-004518 telah dijana. Rujukan FPX: 2511071503220049813.
        Denda lewat ambil anak: RM10 bagi setiap 15 minit selepas 6.30 petang.
        Yuran bulan Disember dikenakan 50% sahaja kerana cuti akhir tahun (15 Dis – 1 Jan).
        Diskaun adik-beradik: 10% untuk anak kedua, 15% untuk anak ketiga dan seterusnya.
        Deposit RM500 (bersamaan 1 bulan yuran) akan dipulangkan dalam tempoh 30 hari selepas notis pemberhentian 1 bulan diterima.
        Subsidi yuran taska sehingga RM180 sebulan untuk keluarga berpendapatan isi rumah ≤ RM5,000 — semak kelayakan di portal rasmi JKM.
        Kadar caj transit (selepas sekolah): RM250/bulan termasuk makan tengah hari & bantuan kerja rumah.
        Yuran aktiviti tahunan RM150 (buku kerja, bahan seni, insurans kemalangan berkelompok, konsert akhir tahun).
        Status: PAID ✅ | Txn ID: DN20251103-8F2C71A9 | Amount: MYR 480.00 | Channel: DuitNow QR
        Harga baju seragam: Baju T RM28, seluar/kain RM32, baju sukan RM35. Saiz S–XL.
    """),
    ("ms", "menu dan alahan"): _lines("""
        Menu Minggu 2: Isnin – nasi lemak ayam (tanpa kacang), Selasa – mi sup sayur, Rabu – bubur nasi ikan bilis, Khamis – nasi goreng kampung, Jumaat – roti bakar & telur hancur.
        Semua makanan disediakan oleh katerer bersijil halal JAKIM & semua pengendali makanan telah menerima suntikan tifoid.
        Tanda-tanda anafilaksis: bengkak bibir/muka, sesak nafas, ruam seluruh badan, muntah. Beri EpiPen di paha luar & hubungi 999 segera.
        Dasar Bebas Kacang: tadika kami tidak menghidangkan kacang tanah, badam atau gajus, termasuk sos kacang & mentega kacang.
        Snek pagi: buah potong (tembikai/betik) + susu segar; alternatif susu soya untuk murid intoleransi laktosa.
        Alergen utama yang wajib diisytiharkan pada label: susu, telur, ikan, krustasea, kacang tanah, kacang pokok, gandum, soya.
        Menu vegetarian disediakan setiap hari — sila tandakan dalam borang pendaftaran.
        Jgn bekalkan air berkarbonat atau gula-gula dalam bekal ya ibu bapa. Kita galakkan air kosong 💧
        Pelan Tindakan Alahan (Allergy Action Plan) mesti ditandatangani doktor & dikemas kini setiap 12 bulan.
        Ubat hanya akan diberikan jika ada surat doktor & borang kebenaran ubat yang lengkap; ubat mesti dalam bekas asal berlabel.
        Kajian menunjukkan kira-kira 1 daripada 20 kanak-kanak prasekolah mempunyai sekurang-kurangnya satu alahan makanan.
        Resipi: Pancake pisang tanpa telur — 2 biji pisang, 1 cawan tepung, 1 cawan susu oat, 1 sudu teh serbuk penaik.
    """),
    ("ms", "borang dan templat"): _lines("""
        Nama Penuh Kanak-kanak: ______________  No. MyKid: ______-__-____  Tarikh Lahir: __/__/____
        Saya, [NAMA IBU/BAPA/PENJAGA], No. KP [NO. KAD PENGENALAN], membenarkan [NAMA WAKIL] mengambil anak saya [NAMA ANAK] pada [TARIKH].
        Borang Laporan Insiden: Tarikh & Masa | Lokasi | Penerangan kejadian | Kecederaan | Tindakan diambil | Tandatangan guru | Tandatangan ibu bapa
        Hubungan dengan kanak-kanak: ☐ Ibu ☐ Bapa ☐ Datuk/Nenek ☐ Penjaga sah ☐ Lain-lain (nyatakan): ______
        Alahan makanan (jika ada): ☐ Tiada ☐ Susu ☐ Telur ☐ Kacang ☐ Makanan laut ☐ Lain-lain: ________
        Dear {parent_name}, your child {child_name}'s invoice {invoice_no} of RM{amount} is due on {due_date}. Terima kasih.
        Senarai dokumen: salinan MyKid / sijil kelahiran, salinan KP ibu & bapa, rekod imunisasi (buku kuning), 2 keping gambar berukuran pasport.
        Wakil yang dibenarkan mengambil (maks. 3 orang): Nama | No. KP | No. Telefon | Hubungan
        Pengakuan: Saya mengesahkan bahawa semua maklumat yang diberikan adalah benar. Tandatangan: ________ Tarikh: ________
        Format No. KP: YYMMDD-PB-###G (cth. 000000-00-0000) — tak perlu isi sengkang jika mengisi secara online.
        {{ child.full_name }} | Kelas: {{ child.class_name }} | Alahan: {{ child.allergies | default("Tiada") }}
        Keterangan kecederaan: ☐ Calar ☐ Lebam ☐ Luka berdarah ☐ Bengkak ☐ Gigitan ☐ Lain-lain — Bahagian badan: ______
        Kebenaran mengambil gambar untuk media sosial tadika: ☐ Ya ☐ Tidak
    """),
    ("ms", "akta dan dasar privasi"): _lines("""
        Akta Taman Asuhan Kanak-Kanak 1984 (Akta 308) mewajibkan setiap taska berdaftar dengan Jabatan Kebajikan Masyarakat.
        Nisbah pengasuh kepada kanak-kanak: 1:3 bagi bayi bawah 1 tahun, 1:5 bagi umur 1–3 tahun, 1:10 bagi umur 3–4 tahun.
        Di bawah Akta Perlindungan Data Peribadi 2010, data murid hanya digunakan untuk tujuan pentadbiran dan keselamatan, dan tidak dikongsi kepada pihak ketiga tanpa persetujuan.
        Guru dilarang menghantar gambar MyKid, laporan perubatan atau alamat rumah murid melalui group WhatsApp kelas.
        Fail pendaftaran murid disimpan dalam kabinet berkunci & dilupuskan (dicarik) 7 tahun selepas murid tamat pengajian.
        Di bawah Akta Kanak-Kanak 2001, pengasuh wajib memaklumkan Pegawai Kebajikan Masyarakat jika mengesyaki kanak-kanak didera atau diabaikan.
        Anak HANYA akan diserahkan kepada individu yang namanya tertera dalam borang kebenaran & menunjukkan kad pengenalan asal.
        Sekiranya terdapat perintah mahkamah berkaitan hak jagaan, ibu bapa hendaklah menyerahkan salinan perintah tersebut kepada pihak pentadbiran.
        Semua kakitangan wajib menjalani tapisan rekod jenayah dan Kursus Asuhan dan Didikan Awal Kanak-Kanak (KAAK) sebelum mula bertugas.
        Laporan insiden serius mesti dimaklumkan kepada ibu bapa dalam tempoh 1 jam dan kepada JKM dalam tempoh 24 jam.
        Rakaman CCTV disimpan selama 30 hari dan hanya boleh ditonton oleh ibu bapa dengan kehadiran pengetua.
        Permohonan akses data peribadi boleh dibuat secara bertulis kepada Pegawai Perlindungan Data; caj pemprosesan RM10 mungkin dikenakan.
        Kurikulum Standard Prasekolah Kebangsaan (KSPK) Semakan 2017 digunakan di semua prasekolah KPM dan tadika KEMAS.
    """),
    ("ms", "cerita watak dan tokoh"): _lines("""
        Hari ni kelas Mawar tonton episod Upin & Ipin — Opah buat kuih bahulu, Kak Ros marah sebab Upin Ipin curi makan sebelum berbuka 😂
        Aktiviti Bulan Kemerdekaan: murid belajar tentang Tunku Abdul Rahman Putra Al-Haj, Bapa Kemerdekaan, yang melaungkan "Merdeka!" pada 31 Ogos 1957.
        Cerita Sang Kancil dan Buaya dibacakan semasa sesi bercerita; murid kemudian melukis watak kegemaran mereka.
        Hari Kerjaya: murid berpakaian seperti tokoh pilihan — Tun Dr. Siti Hasmah Mohd Ali (doktor perubatan), Datuk Lee Chong Wei (jaguh badminton) dan angkasawan negara Datuk Dr. Sheikh Muszaphar Shukor.
        Lagu "Bangau Oh Bangau" dan "Burung Kakak Tua" dinyanyikan semasa perhimpunan pagi.
        BoBoiBoy, Ochobot dan Tok Aba dijadikan tema hiasan kelas Dahlia bulan ini.
        Sempena Hari Guru, murid membuat kad ucapan untuk semua cikgu. Tema tahun ini: "Guru Pembina Generasi Madani".
        Buku cerita "Puteri Gunung Ledang" dipinjam dari Perpustakaan Raja Tun Uda, Shah Alam untuk sudut bacaan.
        Jarjit Singh suka berpantun; murid kelas 6 tahun cuba cipta pantun dua kerat sendiri.
        Menteri Pembangunan Wanita, Keluarga dan Masyarakat merasmikan sebuah taska komuniti di Putrajaya semalam dan mengumumkan peruntukan tambahan untuk taska di tempat kerja.
        Didi & Friends Live in Concert di Zepp KL, tiket dari RM89, sesuai untuk kanak-kanak 3 tahun ke atas.
        Tun Fatimah, srikandi Melaka, jadi inspirasi nama kelas tahun ini (Kelas Tun Fatimah & Kelas Tun Teja).
    """),
    ("ms", "sistem dan aplikasi"): _lines("""
        TadikaKu v3.8.2 (build 1147) — pembetulan pepijat: notifikasi kehadiran tidak muncul pada Android 14.
        [2025-11-04 07:52:13 +08:00] INFO attendance.checkin class=MELUR count=18/21 device=TAB-02
        sha256: 9f2c4e1a7b3d58e0c6f1a2b4d7e9c0f3a5b8d1e4f7a0c3b6d9e2f5a8c1b4d7e0  tadikaku-3.8.2.apk
        Error 409: pickup_authorization already exists for child_id=CHD-2025-00317 (duplicate request)
        Tiket sokongan #TK-58821 telah ditutup. Masalah: kod QR kehadiran gagal diimbas di tablet kaunter.
        Export CSV: kehadiran_nov2025.csv (412 rekod, 37 KB) — medan nama & No. MyKid telah dibuang (anonymised).
        ALTER TABLE enrolment ADD COLUMN allergy_notes TEXT NULL; -- migration 0042
        Pesanan #SHP-20251102-77419: 24 unit buku aktiviti "Jom Kenal Huruf" dihantar via J&T, tracking 630118274455.
        Kod promosi PENDAFTARAN2026 — jimat RM100 yuran pendaftaran, sah sehingga 31/12/2025.
        Sistem akan diselenggara pada 09/11/2025, 12:00 tgh malam – 3:00 pg. App TadikaKu tidak dapat diakses sepanjang tempoh ini.
        API: POST /v2/incidents {"class_id": "DAHLIA", "severity": "minor", "category": "fall"} → 201 Created
        Webhook retry 3/5 failed: timeout after 30000 ms (endpoint https://api.tadikaku.my/hooks/payments)
    """),
    ("ms", "direktori dan talian"): _lines("""
        Laporkan penderaan kanak-kanak kepada Talian Kasih 15999 (24 jam) atau WhatsApp 019-261 5999.
        Jabatan Kebajikan Masyarakat Daerah Petaling, Aras 4, Kompleks PKNS, Jalan Sultan, 40000 Shah Alam, Selangor.
        Kecemasan: 999 | Balai Bomba & Penyelamat Subang Jaya 03-5632 1644 | Hospital Shah Alam 03-5526 3000
        Hospital Tunku Azizah (Hospital Wanita dan Kanak-Kanak Kuala Lumpur), Jalan Raja Muda Abdul Aziz, 50300 Kuala Lumpur.
        Pusat Racun Negara, Universiti Sains Malaysia: 04-657 0099 (waktu pejabat) untuk nasihat keracunan.
        Klinik Pergigian Dr. Wong & Rakan-Rakan, No. 12, Jalan Tun Sambanthan 3, Brickfields — rakan kongsi program gigi sihat tadika.
        Khidmat pelanggan TadikaKu: 1-300-22-8254 (Isnin–Jumaat, 9 pg – 6 ptg) atau support@tadikaku.my
        Persatuan Pengusaha Taska Malaysia — urusetia@pptm.org.my, 03-7845 2210.
        Tadika Seri Aisyah Sdn Bhd (No. Syarikat 201901023457), No. 8, Jalan Tun Mohd Fuad 2, Taman Tun Dr Ismail, 60000 Kuala Lumpur.
        Taska Permata Keluarga Hajah Khadijah, Kompleks Pejabat Kerajaan Bukit Perdana — untuk anak kakitangan awam sahaja.
        Pusat Khidmat Panggilan Kerajaan 03-8000 8000 untuk pertanyaan umum berkaitan KEMAS dan JKM.
        Portal rasmi JKM: www.jkm.gov.my — muat turun borang pendaftaran taska (JKM 14) di bahagian Borang.
        Balai Polis Sentul, Jalan Sentul, 51000 Kuala Lumpur — laporan polis boleh dibuat 24 jam.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Nama murid: Nur Aisyah Humaira binti Khairul Anuar | MyKid: 210314-10-0582 | Kelas: Melur (4 thn) | Alahan: kacang tanah (teruk, ada EpiPen dlm beg)
        Cikgu, ni mak Muhammad Rayyan bin Azlan (kelas Orkid). Rayyan demam 38.9, doktor kata disyaki denggi, esok kena ambil darah lagi, jadi dia cuti sampai Jumaat ye.
        Laporan Insiden #INC-0917: 03/10/2025, 10.40 pg, taman permainan. Daniel Iskandar bin Mohd Hafiz (5 thn) jatuh dari gelongsor, luka 2 cm di dahi, dibawa ke Klinik Kesihatan Seksyen 7, 3 jahitan. Ibu (Puan Farah, 012-688 2140) dimaklumkan 10.55 pg.
        Saya Siti Norhaliza binti Ahmad (No. KP 880412-14-5566) membenarkan adik saya Mohd Faizal bin Ahmad (No. KP 950723-10-5117, tel 017-332 8841) mengambil anak saya Aqilah di tadika mulai 1 Disember.
        Yuran tertunggak 3 bulan (RM1,440) — Puan Rosmawati bt Yusof, ibu kepada Harith & Hana (kelas Teratai), janji bayar sebelum 15 hb. Tel: 019-774 2093.
        Bapa Hana Sofea, Encik Zulkifli bin Omar, TIDAK dibenarkan mengambil anak — Mahkamah Tinggi Syariah Shah Alam (Kes No. 10100-028-0412-2024) memberi hak jagaan penuh kepada ibu.
        Alamat rumah: No. 23, Jalan SS 15/4C, 47500 Subang Jaya, Selangor (En. Haziq & Pn. Liyana, ibu bapa Adam Mikhail, murid baru kelas Teratai).
        Lim Jun Hao (MyKid 200927-07-1133), 5 thn, ada G6PD deficiency — jangan guna ubat gegat/kapur barus dlm kelas & elakkan kacang parang.
        pickup hari ni datuk dia, Haji Kamarudin bin Said, naik Proton Saga putih WPD 3371. dah bgtau cikgu Ros td
        Kebenaran mengambil anak: Kavitha a/p Subramaniam (KP 860519-08-6224) membenarkan suami, Raj Kumar a/l Muniandy (KP 830302-08-5341, 016-480 7712), mengambil Arjun & Diya.
        Borang pendaftaran: bapa Mohd Hafizuddin bin Ismail, juruteknik, gaji RM3,150; ibu Nurul Izzah bt Rahim, suri rumah. Isi rumah B40 — layak subsidi yuran.
        Bayaran yuran Sofia Irdina guna kad kredit Visa 4532 0177 8812 4033, tamat 08/28, pemegang kad: Nor Azura binti Hamdan.
        Emel mak Sofia Irdina (Nor Azura): norazura.hamdan88@gmail.com; WhatsApp 011-2345 7809 (hanya selepas 5 ptg).
        Catatan pengasuh: Aryan Zayn bin Fikri (2 thn, kelas Bayi B) ada ekzema teruk, guna krim steroid dari pakar kulit, jangan mandikan dgn sabun biasa.
        Diagnosis Muhammad Umar Al-Farouq bin Shahrul, 4 thn: Autism Spectrum Disorder (Level 1), terapi pertuturan setiap Selasa di Hospital Kuala Lumpur. Ibu minta guru pendamping.
        Kes syak dera: Aina Batrisyia binti Roslee (3 thn, kelas Mawar) datang dgn lebam di belakang & lengan kanan, kata "papa pukul". Dirujuk kepada Pegawai Kebajikan Daerah Hulu Langat pada 14/10/2025.
        Cikgu Nadia Shamsuddin (guru kelas Orkid) bersalin awal 32 minggu, baby masih di NICU Hospital Serdang; beliau cuti bersalin 98 hari mulai 2/12.
        Penerima: Nurul Huda bt Ab**** | No. KP: 900815-03-**** | Tel: 013-9**-**17 | Anak: Mia Humaira binti Hakimi, kelas Teratai, Tadika Ceria Bestari Melawati
        Tolong ambil Qaisara hari ni ya cikgu — saya Dr. Hazwani Mokhtar, kena on-call kecemasan di HKL. Suami saya Faris (013-287 5561) akan datang jam 5.
        Sijil kelahiran Alya Maisarah binti Ridzuan: No. daftar BX 482913, lahir 02/06/2021 di Hospital Melaka, bapa Ridzuan bin Kassim.
        Akaun bank untuk pulangan deposit: Maybank 1641 2034 8871, atas nama Tan Mei Ling (ibu kepada Ethan Tan, kelas Dahlia).
        Nama bapa: Hendra Wijaya (warganegara Indonesia), Pasport C4821937, permit kerja tamat 30/06/2026, tinggal di Unit B-12-07, Residensi Sentral, Jalan Tun Sambanthan, 50470 Kuala Lumpur.
        Laporan insiden gigitan: Hayden Lee (3 thn) digigit oleh Aiden Rashid (3 thn) di lengan kiri semasa main blok, kesan gigi tanpa luka. Kedua-dua ibu bapa telah dimaklumkan.
        Baby Nur Iman Safiyya (7 bln) — ibunya, Puan Suraya, sedang rawatan kemoterapi kanser payudara di IKN, jadi nenek (Puan Halimah, 019-321 4476) akan hantar & ambil sampai Mac.
        Senarai menunggu 2026: 1) Amirul Hakim bin Roslan — 012-451 7789  2) Chloe Ng Xin Yi — 016-223 0941  3) Muhammad Ilham bin Zaki — 019-882 1034
        MyKad ibu: 920607-10-5878 (Puteri Balqis binti Megat Anuar), alamat Lot 1127, Kampung Sungai Merab Luar, 43000 Kajang, Selangor.
        Bapa kerja di Singapura — Mr. Ong Wei Ming, NRIC S8734126G, tel +65 9137 2284, alamat Blk 412 Woodlands St 41 #08-233, S730412.
        Cikgu, Aisyah Humaira binti Khairul yg kelas Melur tu, mak dia baru bercerai minggu lepas, ayah dia masuk lokap sebab dadah. Budak tu tengah trauma, tolong tengok-tengokkan dia.
        Permintaan rakaman CCTV 12/11/2025 14:00–14:30 oleh Encik Khairil Anwar bin Jamal (bapa Izz Rayqal), No. KP 870130-14-6219, berkaitan insiden anak terjatuh.
        Sila beri Syifa Nadhirah binti Mohd Shukri 2 sedutan Ventolin jika semput — dia ada asma sejak umur 2 tahun. Tandatangan: Mohd Shukri bin Daud (bapa).
        Alahan: Ryan Cheah Kai Le (kelas Dahlia) — alah protein susu lembu (CMPA) & telur. Susu gantian: Neocate. Reaksi terakhir: ruam + muntah (Mac 2025).
        Bayaran DuitNow dari AHMAD SYAHMI BIN ZAINAL ke Tadika Ceria Bestari RM730.00 — no. akaun pengirim CIMB 7062 3455 8812.
        Pemandu van Pak Mat (Rahmat bin Jusoh, 013-905 2217, Toyota Hiace BKR 6142) ambil Danish & Dania di Blok C, 3-5, Pangsapuri Seri Cempaka, Batu 9 Cheras.
        Encik Gopal a/l Ramasamy (bapa Ishaan, kelas Mawar) sedang dibicarakan di Mahkamah Majistret Klang atas tuduhan memandu mabuk; ibu minta guru tidak serahkan Ishaan kepada beliau.
        Tolong jangan post gambar anak saya Zara Aleesya kat FB tadika lagi. Kami ada isu keselamatan dgn bekas suami. — Farhana, 011-1098 4432
        Dalam rekod kesihatan: Harith Daniyal bin Azmi, 4 thn, pernah dimasukkan ke wad Hospital Selayang kerana sawan demam (Feb 2025); suhu > 38°C mesti terus telefon ibu.
    """),
    "en": _lines("""
        I, Jessica Tan Li Ying (MyKad 890221-14-5078), authorise our helper Maria Santos (Philippine passport P4821973A, +60 11-2874 0036) to pick up Sophie Tan from Little Sprouts Kindergarten on weekdays.
        Hi teacher, Ethan's dad here – Ethan Tan (Dahlia) had a seizure last night, neuro at Sunway Medical says possible epilepsy, he's on Keppra 250mg twice daily now. Pls call me if anything: Mark Tan, 012-909 4418.
        Incident report 21/11: Layla Husna binti Imran (4) was found with a small bead lodged in her nostril at 2.15pm; removed by staff, mother Dr. Amira Kassim informed at 2.25pm.
        Refund request from Mrs Priya Nair for overpaid November fees (RM480, Aarav Nair) – please credit back to her Mastercard 5221 4300 6619 8871.
        New enrolment: Chloe Wong Xin Yi, DOB 14 Aug 2021, MyKid 210814-14-0920, home 17-3A, The Maple Residences, Jalan Kuching, 51200 KL. Father's email: wong.kahming@outlook.com
        Sophie's guardian is her grandmother Mdm Leung Siu Fong, HKID Y630518(9), who moved here from Hong Kong in 2023; reach her on +852 9123 4876 when she travels back.
        Custody note: Ms Aileen Chua's ex-husband, Mr Darren Koh, has supervised access only (KL High Court Divorce Petition WA-33-1287-08/2024); he must not collect Ryan Koh from school.
        Mother: Chen Yi-Ting, Taiwan ID A228173643, mobile +886 928 417 503, relocating to Penang with her son Chen Bo-Yu in January; enrolling him in K2.
    """),
    "zh-Hans": _lines("""
        家长资料：母亲 林晓雯（中国籍），身份证号 350203198907163024，手机 +86 138 5921 4476，目前住在 Mont Kiara Arcoris Residences B-23-05。
        老师您好，我是俊豪的妈妈陈美玲，俊豪对虾和螃蟹严重过敏，上次吃了虾饼全身起疹子送去了同善医院急诊，麻烦午餐帮他换菜，谢谢！
        接孩子授权：今天由孩子的舅舅王志强（身份证 44030619871123451X，车牌 VBN 8820）来接王子轩，谢谢老师！
        缴费通知：叶佳怡家长叶振华先生，11月学费 RM960 已逾期，系统将从您登记的银联卡 6228 4803 9127 4658 自动扣款。
        事故报告：11月5日下午3点，黄可欣（5岁，Daisy班）在洗手间滑倒，后脑勺起包，已送往 Columbia Asia 医院照CT，父亲黄伟强 016-338 2091 已到场。
        我是小宝的爸爸刘建华，微信号 liujianhua_0823，小宝全名刘宇辰，下周开始由保姆 Siti 接送，有事直接微信我。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran Tadika Ceria Bestari. Bantu guru menulis laporan insiden dalam Bahasa Melayu yang ringkas dan sopan.",
        ),
        ("user", "tolong draf laporan insiden utk hari ni"),
        ("assistant", "Boleh. Sila berikan tarikh, masa, lokasi, nama murid dan apa yang berlaku."),
        (
            "user",
            "Izz Rayqal bin Khairil Anwar, 5 thn. jatuh tangga masa rehat 10.15 pg, lutut kanan berdarah, kami cuci & letak plaster. bapa dia dah dimaklumkan.",
        ),
        (
            "assistant",
            "Laporan Insiden: Pada hari ini jam 10.15 pagi, murid Izz Rayqal bin Khairil Anwar (5 tahun) telah terjatuh di tangga semasa waktu rehat dan mengalami luka di lutut kanan. Luka telah dibersihkan dan ditampal. Bapa murid telah dimaklumkan.",
        ),
    ],
    [
        ("user", "hi nak daftar anak utk tadika 2026"),
        ("assistant", "Terima kasih! Sila berikan nama penuh anak, No. MyKid dan alamat rumah."),
        ("user", "Nurul Ain Sofea binti Hairul"),
        ("user", "MyKid 220115-07-0418"),
        ("user", "alamat 45, Lorong Mayang Pasir 3, Bayan Baru, 11950 Pulau Pinang"),
        (
            "assistant",
            "Terima kasih, permohonan telah direkodkan. Pihak tadika akan menghubungi anda dalam 3 hari bekerja.",
        ),
    ],
    [
        ("system", "You are the pickup-authorisation assistant for Little Sprouts Kindergarten."),
        ("user", "Assalamualaikum, hari ni saya tak sempat ambil anak"),
        ("assistant", "Waalaikumussalam. Siapa yang akan mengambil anak puan hari ini?"),
        (
            "user",
            "abang ipar saya, Shahrizal bin Idris, IC 840911-01-5523, bawa Myvi merah JQT 812. anak saya Puteri Zahra, kelas K1",
        ),
        ("assistant", "Baik, kami akan semak kad pengenalan beliau semasa pengambilan."),
    ],
    [
        ("user", "Do you have a nut-free policy? My son has a really bad peanut allergy."),
        (
            "assistant",
            "Yes, our kitchen is fully nut-free and we keep an Allergy Action Plan for every child with allergies.",
        ),
        ("user", "Good. He's Joshua Lim Zi Hang, starting in Kelas Dahlia next month."),
        (
            "user",
            "He went into anaphylaxis at 2 and was in the ICU at Gleneagles for 3 days. He carries two EpiPen Jr. My number is 017-662 3390 (Grace Lim).",
        ),
        (
            "assistant",
            "Thank you, Grace. We'll brief his teachers and keep both auto-injectors in the class first-aid box.",
        ),
    ],
    [
        ("user", "kenapa invois INV-TCB-2025-12-0588 jadi RM860? biasa RM730 je"),
        (
            "assistant",
            "Invois bulan Disember termasuk yuran aktiviti tahunan RM150 tolak diskaun RM20.",
        ),
        (
            "user",
            "ok faham. sebenarnya saya Azlina binti Mohd Noor, mak Qalisya kelas Melur. saya baru kena buang kerja bulan lepas, suami pulak tengah sakit buah pinggang, buat dialisis. boleh tak bayar ansuran?",
        ),
        (
            "assistant",
            "Kami faham situasi puan. Pihak pentadbiran akan menghubungi puan untuk pelan ansuran.",
        ),
    ],
    [
        ("user", "老师，明天接孩子的人会换一下"),
        ("assistant", "好的，请提供接送人的姓名、证件号码和联系电话。"),
        ("user", "是我表妹 Goh Xin Yi，新加坡人，NRIC T0419283J"),
        ("user", "电话 +65 8123 4409，她会来接 Ethan Goh Jun Kai，K2 班"),
        ("assistant", "收到，我们会在接送时核对她的证件。"),
    ],
    [
        (
            "system",
            "Anda membantu guru menulis mesej WhatsApp kepada ibu bapa dengan nada tenang dan profesional.",
        ),
        ("user", "tolong tulis semula mesej ni supaya lebih sopan"),
        (
            "user",
            "Puan Shalini, anak puan Meera kena gigit dgn Adam Harith bin Razak kat pipi tadi. Dah letak ais. Adam ni dah 3 kali gigit orang bulan ni.",
        ),
        (
            "assistant",
            "Salam sejahtera Puan Shalini. Dimaklumkan bahawa Meera telah digigit di pipi oleh rakan sekelas semasa aktiviti bebas tadi. Kami telah menuam ais dan memantau keadaannya; dia kini stabil. Kami sedang mengambil langkah untuk mencegah kejadian berulang.",
        ),
    ],
    [
        (
            "system",
            "Data murid untuk rujukan (SULIT): Nama: Muhammad Aidil bin Sazali | MyKid: 210603-03-0247 | Kelas: Orkid | Alahan: gandum (penyakit seliak) | Ibu: Norsyafiqah bt Ismail, 019-903 6652 | Alamat: PT 4471, Kampung Kubang Kerian, 16150 Kota Bharu, Kelantan",
        ),
        ("user", "Menu hari Khamis ni nasi goreng kampung, ok tak?"),
        (
            "assistant",
            "Nasi goreng biasanya selamat, tetapi pastikan kicap yang digunakan bebas gluten.",
        ),
    ],
    [
        (
            "user",
            "Saya nak tanya cara buat laporan kalau syak murid didera. Apa prosedur dia?",
        ),
        (
            "assistant",
            "Catat pemerhatian secara objektif, ambil gambar kecederaan jika dibenarkan polisi, dan laporkan kepada Pegawai Kebajikan Masyarakat atau Talian Kasih 15999.",
        ),
        (
            "user",
            "Ok. Murid tu Nur Damia Qistina binti Faizal, 4 tahun. Dah 2 minggu datang dengan kesan lecur rokok kat tangan. Bapa tiri dia, Faizal bin Mahmud, selalu datang ambil dalam keadaan mabuk.",
        ),
        (
            "assistant",
            "Ini perlu dilaporkan segera. Simpan catatan bertarikh dan maklumkan pengetua hari ini juga.",
        ),
    ],
    [
        ("user", "nak bayar yuran guna kad debit boleh?"),
        ("assistant", "Boleh. Sila masukkan nombor kad, tarikh tamat dan nama pemegang kad."),
        ("user", "4182 3690"),
        ("user", "4417 5520 exp 03/27"),
        ("user", "nama kat kad MOHD ARIF BIN SALLEH. bayar untuk anak Arissa, kelas Teratai"),
        ("assistant", "Terima kasih, bayaran RM730.00 sedang diproses."),
    ],
]
