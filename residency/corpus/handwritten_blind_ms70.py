# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms70: Bahasa Melayu sekolah tahfiz dan kelas mengaji (pendaftaran, yuran, hafazan, laporan kemajuan, asrama, derma). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms70
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis pendaftaran"): _lines("""
        Pendaftaran pelajar baharu sesi 2027 dibuka mulai 1 Disember 2026 hingga 15 Januari 2027; borang boleh diambil di pejabat maahad pada waktu pejabat.
        Dokumen yang perlu dibawa semasa pendaftaran: salinan MyKid pelajar, salinan kad pengenalan ibu bapa, sijil kelahiran, dua keping gambar berukuran pasport dan laporan kesihatan.
        BORANG PENDAFTARAN | NAMA PELAJAR: ______________ | NO. MYKID: ______-__-____ | TARIKH LAHIR: __/__/____ | NAMA BAPA/PENJAGA: ______________ | NO. TEL: ___________
        Ujian saringan kemasukan merangkumi bacaan al-Quran (tajwid dan kelancaran), hafazan Juz Amma dan temu duga bersama ibu bapa.
        Calon yang berjaya akan dimaklumkan melalui SMS dan e-mel dalam tempoh dua minggu selepas ujian saringan.
        Syarat kemasukan: berumur 7 hingga 12 tahun pada 1 Januari 2027, boleh membaca al-Quran dan menghafaz sekurang-kurangnya 10 surah pendek.
        Slot ujian saringan: Sabtu 20/12/2026, sesi pagi 8:30–12:00 (calon lelaki), sesi petang 2:30–5:00 (calon perempuan).
        Keputusan ujian saringan boleh disemak di portal dengan memasukkan nombor rujukan permohonan (contoh: PMH-2027-00XXX), bukan nombor MyKid.
        Pendaftaran kelas mengaji dewasa di surau taman dibuka untuk semua peringkat, dari Iqra' 1 hingga kelas tadabbur; yuran secara sukarela.
        Maahad tidak menerima pendaftaran melalui WhatsApp; sila lengkapkan borang dalam talian atau hadir sendiri ke pejabat.
        Pelajar yang berpindah dari maahad lain perlu mengemukakan surat pelepasan dan rekod hafazan terakhir yang disahkan oleh mudir.
        Kuota pengambilan 2027: 40 tempat untuk pelajar lelaki dan 30 tempat untuk pelajar perempuan, keutamaan kepada anak yatim dan asnaf.
        Hari suai kenal pelajar baharu akan diadakan pada 3 Januari 2027 di Dewan Al-Farabi; ibu bapa diminta hadir bersama anak.
        Ruangan "Nama Penjaga" hendaklah diisi mengikut nama seperti dalam kad pengenalan, tanpa gelaran Dato', Haji atau Dr.
    """),
    ("ms", "yuran dan kewangan"): _lines("""
        Jadual yuran 2027: yuran pendaftaran RM300 (sekali sahaja), yuran bulanan RM450 (asrama) atau RM250 (harian), yuran aktiviti RM120 setahun.
        Invois INV/MTDF/2026/0457 bertarikh 01/11/2026 berjumlah RM450.00 perlu dijelaskan sebelum 10 haribulan.
        Bayaran yuran boleh dibuat melalui FPX, DuitNow QR di kaunter pejabat, atau pindahan ke akaun Bank Islam 1402 3010 0587 21 atas nama Pertubuhan Maahad Tahfiz Darul Falah.
        Sila nyatakan nombor invois sebagai rujukan bayaran (contoh INV/MTDF/2026/0457) dan bukannya nama pelajar.
        Potongan 10% yuran bulanan diberikan untuk anak kedua dan seterusnya yang belajar di maahad yang sama.
        Yuran yang telah dibayar tidak akan dikembalikan sekiranya pelajar berhenti sebelum tamat penggal kecuali atas sebab kesihatan yang disahkan doktor.
        Resit rasmi No. RR-2026-11873 dijana secara automatik selepas bayaran FPX berjaya; salinan dihantar ke e-mel yang didaftarkan.
        Status transaksi FPX 2611281423004517: BERJAYA | Jumlah: RM250.00 | Bank: Maybank2u | Tarikh: 28/11/2026 14:23
        Laporan kutipan yuran November 2026: jumlah dikutip RM38,450, tertunggak RM6,300 melibatkan 14 akaun.
        Ibu bapa yang menghadapi kesukaran boleh memohon bantuan yuran melalui Lembaga Zakat Selangor atau skim bantuan asnaf maahad.
        Yuran makan RM8 sehari dikenakan untuk pelajar harian yang mengambil makan tengah hari di dewan makan.
        Harga set buku: Mushaf Tajwid Rasm Uthmani RM45, buku Tajwid Asas RM18, buku rekod hafazan RM6.
        Mulai Januari 2027, bayaran tunai di kaunter hanya diterima pada hari Isnin dan Khamis, 9.00 pagi hingga 12.00 tengah hari.
        Akaun yuran yang tertunggak melebihi tiga bulan akan dirujuk kepada jawatankuasa kewangan untuk tindakan lanjut.
    """),
    ("ms", "hafazan dan tajwid"): _lines("""
        Sasaran hafazan Tahun 1: satu muka surat sehari untuk pelajar tahap sederhana, dengan murajaah lima muka surat setiap petang.
        Tasmik dijalankan selepas subuh, murajaah selepas asar dan sesi ulangan juzuk lama selepas isyak.
        Hukum nun sakinah dan tanwin ada empat: izhar halqi, idgham, iqlab dan ikhfa' haqiqi.
        Mad wajib muttasil dibaca 4 atau 5 harakat mengikut riwayat Hafs dari jalan Syatibiyyah.
        Kesalahan jali seperti menukar baris atau huruf boleh mengubah makna; kesalahan khafi melibatkan kesempurnaan sifat huruf.
        Tips murajaah: ulang hafazan baharu sekurang-kurangnya 20 kali sebelum tasmik dan baca dalam solat sunat.
        Ayat Kursi ialah ayat 255 dalam Surah al-Baqarah (2:255).
        Skala penilaian tasmik: Mumtaz (90–100), Jayyid Jiddan (80–89), Jayyid (70–79), Maqbul (60–69), Rasib (bawah 60).
        Kelas mengaji kanak-kanak menggunakan kaedah Iqra' 1 hingga 6 sebelum beralih kepada mushaf penuh.
        Imam Syatibi mengarang matan Hirz al-Amani yang menjadi rujukan utama dalam ilmu qiraat tujuh.
        Riwayat Hafs 'an 'Asim ialah riwayat yang paling meluas digunakan di Malaysia.
        Rakaman bacaan Syeikh Mahmud Khalil al-Husary sering dijadikan rujukan tartil untuk pelajar baharu.
        Jadual khatam: pelajar sepenuh masa dijangka menamatkan 30 juzuk dalam tempoh tiga hingga empat tahun.
        Peperiksaan Sijil Tahfiz Malaysia mengandungi ujian syafawi (hafazan lisan) dan ujian bertulis.
    """),
    ("ms", "asrama dan disiplin"): _lines("""
        Waktu tidur pelajar asrama ialah 10:30 malam; lampu dorm dipadam oleh warden bertugas.
        Pelajar tidak dibenarkan membawa telefon bimbit; panggilan kepada ibu bapa dibuat melalui telefon pejabat setiap Jumaat 3–5 petang.
        Cuti outing bulanan: Sabtu minggu kedua, pelajar boleh dibawa keluar mulai 9 pagi dan mesti pulang sebelum 6 petang.
        Senarai barang asrama: 5 pasang jubah atau baju melayu, kain pelikat, sejadah, tilam single, bantal, baldi, penyangkut baju dan ubat peribadi berlabel.
        Ibu bapa yang ingin melawat perlu mendaftar di pondok pengawal dan memakai pas pelawat sepanjang berada di kawasan maahad.
        Sebarang ubat yang dibawa pelajar hendaklah diserahkan kepada warden beserta preskripsi doktor.
        Hukuman rotan tidak dibenarkan; tindakan disiplin mengikut garis panduan maahad dan dimaklumkan kepada ibu bapa secara bertulis.
        Jadual harian: 4:45 qiamullail, 5:50 subuh berjemaah, 6:15 tasmik, 7:30 sarapan, 8:00 kelas akademik.
        Dorm Al-Farabi (lelaki) dan Dorm Khadijah (perempuan) akan dicat semula semasa cuti akhir tahun.
        Pemeriksaan kebersihan dorm dijalankan setiap Ahad; dorm terbaik menerima hadiah pada perhimpunan bulanan.
        Notis: bekalan air asrama akan terganggu pada 14 Disember 2026 dari 9 pagi hingga 4 petang kerana kerja penyelenggaraan tangki.
        Beberapa kes kutu rambut dilaporkan di asrama; semua pelajar diminta membawa syampu khas selepas cuti.
        Pelajar yang sakit akan dibawa ke klinik kesihatan terdekat oleh warden dan ibu bapa akan dihubungi dengan segera.
    """),
    ("ms", "derma dan wakaf"): _lines("""
        Kempen Wakaf Mushaf 2026: RM30 bagi senaskhah mushaf untuk pelajar baharu; sasaran 500 naskhah.
        Sumbangan kepada maahad layak mendapat potongan cukai di bawah subseksyen 44(6) Akta Cukai Pendapatan 1967; resit akan dikeluarkan atas permintaan.
        Akaun derma: Maybank Islamic 5621 4430 8812, Pertubuhan Kebajikan Maahad Tahfiz Nurul Iman Kajang.
        Tabung infaq Jumaat minggu ini mengumpul RM2,184.50; terima kasih kepada semua penderma.
        Projek pembinaan asrama perempuan fasa 2 memerlukan RM1.2 juta; setakat ini RM486,000 telah terkumpul.
        Untuk pertanyaan derma korporat, hubungi pejabat maahad di talian 03-8736 2415 (Isnin–Jumaat, 9 pagi–5 petang).
        Senarai keperluan dapur yang boleh disumbang: beras 10kg, minyak masak, gula, telur gred A dan susu tepung.
        Majlis khatam al-Quran dan doa selamat untuk para penderma akan diadakan pada 24 Januari 2027 selepas solat Maghrib.
        Derma dalam bentuk barangan perlu direkodkan dalam buku daftar sumbangan di pejabat.
        Kod QR DuitNow untuk infaq tersedia di papan kenyataan masjid; pastikan nama penerima tertera sebagai Maahad Tahfiz Nurul Iman sebelum mengesahkan bayaran.
        Program Anak Angkat Tahfiz: RM150 sebulan menanggung kos makan dan asrama seorang pelajar asnaf.
        Wakaf tunai boleh juga disalurkan melalui Perbadanan Wakaf Selangor yang mengeluarkan sijil wakaf bernombor siri.
        Laporan kewangan tahunan pertubuhan telah diaudit dan akan dibentangkan di mesyuarat agung.
    """),
    ("mixed", "chat kumpulan ibu bapa"): _lines("""
        Assalamualaikum parents, esok Jumaat kelas mengaji start 8.30 pagi ye, bukan 8.00, sebab ada gotong-royong surau.
        Reminder: yuran Disember due 10hb, boleh bayar guna QR kat pejabat or FPX. Tq!
        Anyone tau kedai jual mushaf tajwid saiz A5 area Bangi? Yang ada color coding tu.
        Parents, tolong label semua barang anak2 sebelum hantar asrama, banyak sangat baju hilang last sem.
        Esok cuti umum, kelas mengaji surau cancel. Ganti minggu depan Sabtu pagi.
        Info: bas maahad akan ambil pelajar di Stesen MRT Kajang pukul 4 petang Ahad, jangan lambat ye.
        Boleh ke anak darjah 2 start terus tahfiz kalau Iqra' belum habis? Nak minta pendapat parents yang pernah lalui.
        Sesiapa ada extra baju sukan saiz 30 yang dah tak pakai boleh donate kat asrama, ramai adik2 baru tak cukup.
        Thanks semua parents yang join gotong-royong semalam, dewan makan dah berkilat! 👍
        Ustazah pesan budak2 kena bawa buku rekod hafazan setiap hari, kalau tak bawa tasmik tak dikira.
        Link borang jamuan akhir tahun dah ada dalam group, sila isi sebelum Rabu.
        Kalau anak demam jangan paksa datang kelas ya, inform je dalam group, nanti ustaz bagi rakaman ayat untuk murajaah.
        Ada tak sesiapa nak carpool ke maahad dari Seremban? Boleh share kos minyak & tol.
        Mohon doakan kelancaran majlis khatam hujung minggu ni, 23 orang pelajar akan khatam 30 juzuk insyaAllah.
    """),
    ("en", "soalan lazim"): _lines("""
        How many hours a day do full-time tahfiz students spend on memorisation versus academic subjects?
        Is it better to start a child on tahfiz before or after they finish primary school? Looking for general advice.
        What is the difference between tasmik and murajaah in a tahfiz programme?
        Does the school follow the KPM curriculum for academic subjects or only the Darul Quran syllabus?
        Our maahad accepts students aged 7 to 12; older applicants are referred to the secondary tahfiz stream.
        Fees are payable monthly in advance; late payment reminders are sent automatically on the 15th.
        Parents may request a progress report at any time through the parent portal under "Laporan Hafazan".
        What should a child bring on the first day of boarding? A checklist is provided in the welcome pack.
        Can a donation be made as sedekah jariah for a late parent? Yes, the receipt wording can be adjusted on request.
        Tip for parents: listen to your child recite for five minutes after Maghrib every day, it helps them revise.
        How do I reset my parent portal password? Click "Lupa Kata Laluan" and follow the link sent to your registered email.
        The national Musabaqah Tilawah al-Quran was started in the early 1960s with the backing of Tunku Abdul Rahman.
        Darul Quran JAKIM in Kuala Kubu Bharu is one of the main national institutions for tahfiz education.
    """),
    ("ms", "sistem dan templat"): _lines("""
        CREATE TABLE hafazan (id SERIAL PRIMARY KEY, pelajar_id INT REFERENCES pelajar(id), juz SMALLINT, muka_surat SMALLINT, gred VARCHAR(20), tarikh DATE);
        no_mykid,nama_pelajar,kelas,juz_semasa,status_yuran,no_tel_penjaga
        MYKAD_RE = re.compile(r"^\\d{6}-?\\d{2}-?\\d{4}$")  # semak format sahaja, bukan kesahihan
        Templat SMS: "Salam {nama_penjaga}, yuran {bulan} untuk {nama_pelajar} berjumlah RM{jumlah} belum dijelaskan. Sila bayar sebelum {tarikh}."
        Laporan Kemajuan Hafazan Penggal 2 | Nama: {{ pelajar.nama }} | Juz semasa: {{ juz }} | Gred tasmik: {{ gred }} | Ulasan guru: {{ ulasan }}
        2026-11-28 06:14:22 INFO tasmik.sync: 128 rekod dikemas kini, 0 ralat, tempoh 3.4s
        Ralat 422: medan "no_tel_penjaga" mesti dalam format 01X-XXXXXXX.
        Versi aplikasi e-Tahfiz 2.4.1 (build 2026.11.30) membaiki pepijat eksport PDF laporan hafazan.
        Kod kelas: THF-L-2027-A (tahfiz lelaki), THF-P-2027-B (tahfiz perempuan), MGJ-DWS-01 (mengaji dewasa).
        Nombor siri mushaf wakaf: WM-2026-0001 hingga WM-2026-0500, dicetak pada pelekat di belakang kulit.
        ISBN 978-983-065-214-6 — Mushaf Tajwid Rasm Uthmani edisi pelajar, cetakan ketiga.
        Checksum fail sandaran pangkalan data: sha256 4d5aa41ba669fe8e5be8c809f531ba50f81e2fc768e6242111f4f488ee6b2bba
        Dasar PDPA maahad: data MyKid pelajar disimpan dalam pelayan tempatan dan hanya staf pentadbiran yang diberi kuasa boleh mengaksesnya.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PENDAFTARAN PELAJAR 2027 | NAMA: MUHAMMAD AQIL HAZIQ BIN ROSLAN | NO. MYKID: 150324-10-5887 | TARIKH LAHIR: 24/03/2015 | BAPA: ROSLAN BIN HASHIM | TEL: 012-387 4419 | ALAMAT: NO. 18, JALAN MAWAR 3/2, TAMAN SRI MAWAR, 43000 KAJANG, SELANGOR
        Nur Aisyah Humaira binti Kamarulzaman (Tahfiz 2 Khadijah) – hafazan semasa Juz 7, tasmik minggu ini Jayyid Jiddan, perlu perbaiki makhraj huruf 'ain dan ghain.
        Notis tunggakan kepada Puan Norhayati binti Abdul Ghani: yuran asrama anak puan, Ahmad Danish bin Faizal, bagi Sep–Nov 2026 berjumlah RM1,350 masih belum dijelaskan.
        Laporan warden 02/12/2026 11:40 mlm: pelajar Irfan Hakimi bin Zulkifli (Dorm Al-Farabi, katil 14) sesak nafas, ada sejarah asma, diberi inhaler dan dibawa ke Hospital Kajang; bapa telah dihubungi.
        Permohonan bantuan yuran: pemohon Zainab binti Mat Isa, ibu tunggal, pendapatan RM1,200 sebulan, 4 orang tanggungan; anak Nurul Iman binti Ahmad Faris (Tahun 3) mohon pengecualian yuran asrama.
        Resit derma No. DRM-2026-0882: Diterima daripada Encik Lim Wei Jie (No. KP 790811-07-5213) sejumlah RM500.00 untuk Tabung Pembinaan Asrama.
        Penyata elaun guru Nov 2026: Ustazah Rohana binti Ismail, elaun mengajar RM1,850, dikreditkan ke akaun Bank Islam 1208 2010 4417 63.
        Salinan MyKad penjaga: HASLINDA BINTI OTHMAN, 870415-03-5560, Lot 1127 Kampung Pulau Melaka, 15400 Kota Bharu, Kelantan.
        Rekod disiplin: Amirul Hafiz bin Kamal (Tahfiz 3 Umar) keluar asrama tanpa kebenaran pada malam 29/11/2026 dan ditemui di kedai cyber Bandar Baru Bangi; amaran bertulis pertama.
        Surat pelepasan: Dengan ini disahkan bahawa Nur Qistina Sofea binti Hairul Anuar, No. MyKid 130909-01-6742, telah menghafaz 12 juzuk di maahad ini dan dilepaskan atas permintaan bapa yang berpindah ke Johor Bahru.
        Senarai pelajar khatam 2026: 1. Muhammad Faris Irfan bin Azman – 30 juzuk, 4 tahun 2 bulan; 2. Siti Hajar binti Ramli – 30 juzuk, 3 tahun 9 bulan; 3. Ahmad Zikri bin Mohd Nasir – 30 juzuk, 4 tahun.
        Kelas fardhu ain saudara baru: Kavitha a/p Muniandy (nama Islam Nur Kavitha Abdullah), tel 016-772 3058, hadir setiap Selasa, baru selesai Iqra' 3.
        Makluman kesihatan: Hana Sofiya binti Mohd Razali alah kepada kacang tanah dan udang; EpiPen disimpan di bilik warden. Pihak dapur diminta ambil perhatian.
        Borang keizinan outing: Saya, Khairul Anwar bin Saad (KP 820907-10-5579), membenarkan anak saya Muhammad Yusuf bin Khairul Anwar dibawa keluar oleh pakciknya Encik Shahrul Nizam, kereta Perodua Bezza kelabu BMF 6624, pada 13/12/2026.
        Pengesahan pindahan: RM450.00 daripada akaun CIMB 7012445890 (NORAZLINA BT YUSOF) kepada Maahad Tahfiz Darul Falah, rujukan "Yuran Dis Alya".
        Ulasan guru kelas mengaji petang Surau An-Nur Seksyen 7: Adam Mikail bin Tarmizi masih keliru antara huruf ha dan kha; ibu bapa digalakkan ulang kaji Iqra' 2 di rumah.
        Pelajar antarabangsa: ABDUL GHAFUR RAHMATULLAH (Indonesia), pasport C 4821937, visa pelajar tamat 30/06/2027, penjaga tempatan Ustaz Mukhlis Hamid 019-225 8146.
        Pelajar dari Patani, Muhammad Ilham Sa-i, pasport Thailand AA2739148, tinggal di asrama sejak 2025 dan yurannya ditaja oleh bapa saudara di Kota Bharu.
        Aduan: Saya Norshahida binti Kassim, ibu kepada Luqman Hakim (Tahfiz 1), anak saya pulang dengan lebam di lengan dan mengatakan dia dipukul pelajar senior. Mohon siasatan segera. Tel: 013-4420715.
        Tuntutan insurans pelajar: Danial Haikal bin Ismail, MyKid 140218-06-5109, patah pergelangan tangan kanan semasa bermain futsal 18/11/2026, dirawat di Hospital Tengku Ampuan Afzan, Kuantan.
        Penaja Program Anak Angkat: Dr. Farah Nadia binti Zakaria, RM150 sebulan melalui arahan tetap dari akaun Maybank 1640 5522 8107.
        Rekod hafazan mingguan Wan Muhammad Iqbal bin Wan Azmi: Isnin 1 ms (Jayyid), Selasa 1 ms (Mumtaz), Rabu tidak tasmik (sakit gigi), Khamis 0.5 ms (Maqbul).
        Kemas kini alamat penjaga Encik Faizal bin Rahim: dari No. 7, Lorong Cempaka 5, Taman Cempaka, 08000 Sungai Petani, Kedah kepada No. 22A, Jalan Bayu 2, Taman Bayu Perdana, 41200 Klang, Selangor.
        Minit mesyuarat Persatuan Ibu Bapa: Tuan Haji Sulaiman bin Daud memohon maaf tidak dapat hadir kerana sedang menjalani rawatan dialisis di Hospital Serdang.
        Pelajar Ahmad Syahmi bin Roslan disahkan mempunyai G6PD; sila elakkan ubat tertentu dan bawa kad G6PD setiap kali ke klinik. Bapa: 017-690 2231.
        NAMA PENDERMA: GOH KIAN SENG | NO. KP: 680523-08-5031 | JUMLAH: RM2,000.00 | TUJUAN: WAKAF MUSHAF | RESIT CUKAI: YA
        Semakan yuran Dis 2026 kelas Hafs 2: Aina Sofea bt Rizal – selesai; Batrisya Qaisara bt Hamdan – belum (RM450); Damia Irdina bt Shukri – bayar separuh RM200; Iman Zahra bt Khalid – belum.
        Tahniah! Muhammad Hadif bin Shaharuddin (No. Permohonan PMH-2027-00417, MyKid 160711-14-5093) ditawarkan tempat di Tahfiz Lelaki Tahun 1 sesi 2027.
        Guru ganti: Ustaz Mohd Hafizuddin bin Che Mat cuti sakit 3 hari (demam denggi) mulai 1/12/2026; kelas Tahfiz 3 diambil alih oleh mudir.
        Anugerah pelajar terbaik hafazan 2026: Nurul Syafiqah binti Azlan, khatam 30 juzuk dalam 3 tahun, anak kepada Puan Azizah Mahmud dari Felda Jengka 8, Maran.
    """),
    "mixed": _lines("""
        kak, sy mak kepada aqil roslan tahfiz 2, nk tanya yuran bulan ni dh masuk ke? sy transfer dr maybank smlm RM450
        Salam ustazah, ni no baru saya 011-2345 7781, nombor 012 lama dah tak guna. Mak kepada Damia Irdina kelas Hafs 2.
        Ustazah, anak saya Zara Aleesya binti Fikri (Tahfiz 1) demam panas since semalam, suhu 39.2, saya ambil dia balik dulu ya. Sorry tak sempat inform warden.
        Bro nanti Ahad aku ambil Harith Danial kat maahad, kereta Honda City hitam WXR 8172, tolong bagitau guard ya.
        Assalamualaikum, resit derma atas nama Mohd Azrul bin Jaafar ye, email azrul.jaafar82@gmail.com, nak claim tax.
        Ustaz, boleh bagi laporan hafazan Irfan Hakimi bulan Nov? Dia cakap dah sampai juz 9 tapi sy rasa dia masih stuck juz 8 🤔 – ayah Irfan, Dorm Al-Farabi
        Tq for the update. Btw my husband's number 019-338 5506 boleh guna for emergency, nama dia Hafiz bin Osman, ayah Sofea tahfiz 3.
        admin, tolong update alamat baru saya: 3-12-5 Pangsapuri Seri Intan, Jalan PJU 1/43, 47301 Petaling Jaya. Faridah binti Jusoh, mak Sofea tahfiz 3.
        Hi cikgu, Adam Mikail tak datang kelas mengaji minggu ni, dia baru bersunat semalam hehe. – Mak Adam, Surau An-Nur Seksyen 7
        sy nk bayar yuran pakai kad credit boleh? no kad 4364 5281 7730 4021 exp 08/29, nama ROSLINA BINTI AHMAD.
        Ustazah, betul ke tiktok @syifa.hafizah.cilik tu akaun Syifa Humaira Tahfiz 1? Ramai parents share video dia mengaji, nak pastikan bukan akaun palsu.
        Dear parents, mohon doakan isteri Ustaz Kamal Ariffin, Puan Maisarah, yang masih di ICU Hospital Putrajaya selepas kemalangan jalan raya malam tadi.
    """),
    "en": _lines("""
        Singapore applicant: Muhammad Rayyan bin Saiful, NRIC T1384527H, father Saiful Bahri bin Jamil (S8467213J), mobile +65 9127 4408, will commute daily from Woodlands via the Causeway.
        Progress note for Alya Maisarah binti Norizan: completed Juz 3 this term, strong tajweed but struggles with transitions in long surahs; recommend extra murajaah sessions.
        Donation acknowledgement: Mr. Gerard de Souza pledged RM1,000 to the hostel building fund, paid by card on 28 Nov 2026, receipt to be posted to his home in Batu Pahat.
        Incident report: student Hakim Zafran bin Rosli fell from the upper bunk in Dorm 3 at 2:15 am, minor head injury, observed overnight at the clinic in Kajang; parent informed at 2:40 am.
        Sarah Thompson, a convert attending the Sunday adult Iqra' class at Masjid Al-Hidayah, asks whether her daughter Maryam (8) can join the kids' class; contact sarah.t.myhome@outlook.com.
        Fee waiver approved for the twins Aqil and Aqif bin Samsudin after their father lost his job; waiver valid January to June 2027.
        Passport copy received for Ahmad Nizar bin Abdullah, Malaysian passport A58213907, for the umrah trip with the tahfiz class in March 2027.
        Teacher appraisal: Ustazah Siti Mariam binti Osman was late for the Subuh tasmik session 7 times in November; verbal warning given by the mudir.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong tulis surat rayuan lanjutan tempoh bayaran yuran kepada mudir Maahad Tahfiz Darul Falah. Saya Norazlina binti Yusof, anak saya Alya Batrisya (Tahfiz 2), tunggakan RM900 sebab suami baru diberhentikan kerja.",
        ),
        (
            "assistant",
            "Baik, berikut draf surat: Kepada Mudir, Maahad Tahfiz Darul Falah. Tuan, RAYUAN LANJUTAN TEMPOH BAYARAN YURAN. Saya merujuk perkara di atas. Saya ingin memohon kelonggaran tempoh bayaran bagi tunggakan yuran anak saya berjumlah RM900 disebabkan perubahan keadaan kewangan keluarga...",
        ),
        (
            "user",
            "Tambah no telefon saya 013-552 1904 dan nyatakan saya janji bayar RM300 sebulan mulai Januari.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran sebuah maahad tahfiz. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Susun data ni jadi jadual: Haziq bin Mahmud 150630-11-5241 Juz 5 Jayyid; Arif Fahmi bin Noor 141102-11-5367 Juz 6 Mumtaz",
        ),
        (
            "assistant",
            "Nama | No. MyKid | Juz | Gred / Haziq bin Mahmud | 150630-11-5241 | 5 | Jayyid / Arif Fahmi bin Noor | 141102-11-5367 | 6 | Mumtaz",
        ),
    ],
    [
        (
            "user",
            "Saya nak resit cukai untuk derma RM2,500 kepada Maahad Tahfiz Nurul Iman. Nama saya Chong Mei Ling, no IC 850919-14-5326. Apa lagi maklumat yang perlu?",
        ),
        (
            "assistant",
            "Biasanya pihak maahad memerlukan nama penuh seperti dalam kad pengenalan, nombor kad pengenalan, alamat surat-menyurat dan salinan bukti pindahan. Resit boleh digunakan untuk tuntutan potongan cukai di bawah subseksyen 44(6).",
        ),
        (
            "user",
            "Alamat saya 15, Jalan Setiawangsa 9, Taman Setiawangsa, 54200 Kuala Lumpur. Tolong buat e-mel ringkas untuk hantar semua ni ke pejabat maahad.",
        ),
    ],
    [
        (
            "user",
            "Write a gentle progress comment for Umar Al-Fateh bin Rizwan, age 9. He has ADHD, has memorised Juz 30 and half of Juz 29 this year, but finds it hard to sit through the morning tasmik.",
        ),
        (
            "assistant",
            "Umar has made encouraging progress this year, completing Juz 30 and half of Juz 29. He recites with enthusiasm and responds well to short, focused sessions. We will continue to support him with shorter tasmik slots and movement breaks.",
        ),
        (
            "user",
            "Make it shorter, his mum Dr. Nadia will read it at the parents' meeting on Saturday.",
        ),
    ],
    [
        (
            "user",
            "Saya warden asrama. Pelajar baru, Harith Iskandar bin Zamri, 10 tahun, menangis setiap malam nak balik, dah 2 minggu. Mak dia sedang rawatan kanser tahap 3. Apa patut saya buat?",
        ),
        (
            "assistant",
            "Situasi ini memerlukan kelembutan. Cuba wujudkan rutin panggilan pendek dengan ibunya, libatkan kaunselor, dan beri dia rakan sebilik yang boleh membimbing. Elakkan memaksa dia berhenti menangis.",
        ),
        (
            "user",
            "Ok. Kalau saya nak minta izin mudir benarkan dia call mak dia setiap malam guna telefon pejabat, macam mana nak tulis?",
        ),
    ],
    [
        (
            "user",
            "Please translate to English for a Singapore parent: Maklumat pendaftaran – Nama pelajar: Nur Hannah Safiyya binti Ridzuan. Nama ibu: Aishah binti Kamsani, NRIC S8819054H, tel +65 8236 1175. Kelas: Tahfiz Perempuan Tahun 1.",
        ),
        (
            "assistant",
            "Registration details – Student's name: Nur Hannah Safiyya binti Ridzuan. Mother's name: Aishah binti Kamsani, NRIC S8819054H, tel +65 8236 1175. Class: Girls' Tahfiz, Year 1.",
        ),
    ],
    [
        (
            "user",
            "Boleh check kenapa anak saya tak masuk senarai khatam? Nama penuh Iman Zahra binti Khalid, tahfiz perempuan, dah habis 30 juzuk bulan lepas.",
        ),
        (
            "assistant",
            "Saya tidak mempunyai akses kepada rekod maahad. Puan boleh menghubungi pejabat dan meminta semakan rekod tasmik akhir serta tarikh ujian khatam.",
        ),
        (
            "user",
            "Ustazah dia cakap Iman belum lulus ujian syafawi juz 17 sebab gugup. Tolong tulis mesej sopan minta ujian semula.",
        ),
    ],
    [
        (
            "user",
            "Buat mesej WhatsApp ingatkan Encik Daniel Wong Kah Fai (saudara baru) pasal kelas fardhu ain Ahad ni jam 10 pagi di Masjid Al-Hidayah, no dia 012-778 3490.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Daniel, sekadar peringatan mesra: kelas fardhu ain akan diadakan pada Ahad ini jam 10 pagi di Masjid Al-Hidayah. Jumpa nanti, insyaAllah!",
        ),
    ],
    [
        (
            "user",
            "Saya dah transfer derma RM200 dari akaun Maybank 1571 0348 2296 atas nama Jamilah binti Harun pada 25/11, tapi sampai sekarang tak dapat resit.",
        ),
        (
            "assistant",
            "Cuba hubungi pejabat maahad dengan menyertakan tangkapan skrin transaksi, tarikh dan jumlah. Resit biasanya dikeluarkan dalam 14 hari bekerja.",
        ),
        (
            "user",
            "Tolong karangkan e-mel tu, saya nak hantar hari ni.",
        ),
    ],
    [
        (
            "user",
            "Nak tempah bilik tetamu maahad untuk 20–21 Dis sempena majlis khatam anak saya Afiq. Nama saya Rosli bin Abu Bakar, datang dari Alor Setar naik Toyota Vios putih PKN 3319.",
        ),
        (
            "assistant",
            "Baik. Untuk tempahan bilik tetamu, biasanya pejabat perlukan nama penjaga, nama pelajar, tarikh menginap dan nombor kenderaan untuk pas masuk. Mahu saya draf mesej tempahan?",
        ),
        ("user", "Ya, draf sekali."),
    ],
    [
        (
            "user",
            "Cari ustazah mengaji ke rumah untuk anak saya Sofia, 6 tahun, baru mula Iqra' 1.",
        ),
        (
            "assistant",
            "Anda boleh bertanya di surau atau masjid berhampiran, atau kumpulan komuniti taman. Nyatakan lokasi, hari dan waktu yang sesuai.",
        ),
        (
            "user",
            "Tolong tulis iklan: alamat 25 Jalan Teratai 8, Taman Desa Teratai, 81300 Skudai, Johor, whatsapp 0167234518, petang Isnin & Rabu.",
        ),
    ],
]
