# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms90: Bahasa Melayu public and rural libraries (membership, loans, fines, reading programmes, volunteers). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms90
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis perpustakaan"): _lines("""
        NOTIS: Perpustakaan Desa Kampung Sungai Ramal akan ditutup pada 31 Ogos 2025 sempena Hari Kebangsaan dan dibuka semula seperti biasa pada 1 September.
        Waktu operasi baharu mulai 1 Mac 2025: Selasa–Sabtu 9.00 pagi – 5.00 petang, Jumaat rehat 12.15 – 2.45 petang, Ahad dan Isnin tutup.
        Makluman: Kadar denda lewat dipulangkan ialah 10 sen sehari bagi setiap naskhah buku dewasa dan 5 sen sehari bagi buku kanak-kanak, maksimum RM5.00 senaskhah.
        Peti pemulangan buku 24 jam kini disediakan di sebelah pintu utama; buku yang dimasukkan selepas jam 5 petang akan direkodkan pada hari bekerja berikutnya.
        Sistem pinjaman dalam talian tidak dapat diakses pada 14 Jun 2025 dari 8.00 malam hingga 11.59 malam kerana kerja naik taraf pelayan (Koha 23.05 ke 24.05).
        Pengumuman: Bilik Bacaan Kanak-kanak ditutup sementara untuk kerja mengecat semula. Sesi bercerita dipindahkan ke dewan serbaguna balai raya.
        AMNESTI DENDA: Sepanjang bulan Julai, semua denda lewat dihapuskan bagi buku yang dipulangkan. Tawaran tidak termasuk bayaran ganti buku hilang atau rosak.
        Dilarang makan dan minum di ruang bacaan. Air kosong dalam botol bertutup dibenarkan.
        Perhatian pengunjung: Wi-Fi percuma "PerpustakaanDesa_Free" boleh digunakan selama 2 jam sehari. Kata laluan dipaparkan di kaunter.
        Buku baharu bulan ini telah disusun di rak paparan berhampiran kaunter — 48 judul novel Melayu, 22 buku kanak-kanak dan 15 buku pertanian.
        Notis: Keahlian yang tidak aktif melebihi 3 tahun akan dibatalkan secara automatik pada 1 Januari 2026. Sila perbaharui di kaunter jika masih mahu menjadi ahli.
        Mesin fotostat rosak. Perkhidmatan cetakan hanya melalui komputer awam No. 3 (RM0.20 hitam putih, RM1.00 warna).
        Perpustakaan Bergerak akan singgah di Kampung Parit Haji Ali setiap Rabu minggu kedua, 10.00 pagi – 12.30 tengah hari, di hadapan surau.
        Kaunter pendaftaran ahli baharu ditutup 30 minit sebelum perpustakaan tutup.
        Harap maklum, barang tercicir yang tidak dituntut melebihi 30 hari akan diserahkan kepada Pejabat Penghulu Mukim.
    """),
    ("ms", "peraturan dan polisi"): _lines("""
        Fasal 4.2: Ahli dewasa boleh meminjam maksimum 4 naskhah buku untuk tempoh 14 hari dan boleh memperbaharui sekali sahaja jika tiada tempahan daripada ahli lain.
        Kanak-kanak di bawah umur 12 tahun perlu didaftarkan oleh ibu bapa atau penjaga yang juga merupakan ahli perpustakaan.
        Bukan warganegara boleh memohon keahlian dengan menunjukkan pasport dan pas kerja yang sah; deposit RM20.00 dikenakan dan dipulangkan apabila keahlian ditamatkan.
        Kad keahlian yang hilang boleh digantikan dengan bayaran RM2.00. Laporan polis tidak diperlukan.
        Buku rujukan, terbitan bersiri dan bahan Koleksi Sejarah Tempatan tidak boleh dibawa keluar dari perpustakaan.
        Peminjam bertanggungjawab ke atas bahan yang dipinjam. Buku yang hilang hendaklah diganti dengan naskhah yang sama atau dibayar mengikut harga semasa ditambah kos pemprosesan RM5.00.
        Keahlian adalah percuma bagi warganegara Malaysia. Bagi pemohon berumur 12 hingga 17 tahun, borang perlu ditandatangani oleh ibu bapa atau penjaga.
        Ahli yang mempunyai denda tertunggak melebihi RM10.00 tidak dibenarkan membuat pinjaman baharu sehingga denda dijelaskan.
        Data peribadi ahli diproses selaras dengan Akta Perlindungan Data Peribadi 2010 dan hanya digunakan bagi tujuan pengurusan keahlian dan pinjaman.
        Sukarelawan berumur bawah 18 tahun memerlukan surat kebenaran ibu bapa dan tidak dibenarkan bertugas selepas jam 6 petang.
        Jam khidmat sukarelawan direkodkan dalam buku log dan boleh dijadikan bukti aktiviti kokurikulum untuk markah PAJSK.
        Tempahan buku disimpan di kaunter selama 5 hari bekerja; selepas tempoh itu buku akan diberi kepada peminjam seterusnya dalam senarai.
        Pinjaman antara perpustakaan (ILL) dikenakan caj pos RM3.00 senaskhah dan mengambil masa 7 hingga 14 hari bekerja.
    """),
    ("ms", "soalan pengguna"): _lines("""
        Macam mana nak perbaharui pinjaman buku secara online? Saya cuba log masuk OPAC tapi tak jumpa butang renew.
        Boleh tak pinjam buku guna kad ahli perpustakaan negeri lain, contohnya kad PPAS di perpustakaan desa Johor?
        Berapa umur minimum untuk daftar jadi ahli perpustakaan? Anak saya baru 5 tahun.
        Kalau buku terkena air hujan dan kembang sikit, kena bayar ganti penuh ke atau ada denda kerosakan sahaja?
        Ada tak perpustakaan desa yang buka hari Ahad di daerah Kuala Selangor?
        Nak tanya, program NILAM tu boleh rekod bacaan dari buku yang dipinjam kat perpustakaan desa tak?
        Apa beza perpustakaan desa dengan perpustakaan awam cawangan? Kenapa koleksi kat desa sikit sangat?
        Saya nak derma buku-buku lama keluarga, lebih kurang 300 naskhah. Perpustakaan terima tak buku terpakai?
        How do I pay library fines online? Is there FPX or only cash at the counter?
        Boleh tak bawa laptop dan guna plug kat meja bacaan?
        Kelab buku untuk warga emas ada tak? Mak saya suka baca tapi malu nak datang sorang.
        Can foreigners working in Malaysia become members, or do we need PR status?
        Macam mana nak jadi sukarelawan program bacaan kanak-kanak? Perlu ada sijil apa-apa?
    """),
    ("mixed", "chat sukarelawan"): _lines("""
        Assalamualaikum semua, reminder gotong-royong susun rak esok 8.30 pagi. Bawa kain lap sendiri ya, air mineral pihak perpustakaan sediakan.
        guys sesi storytelling sabtu ni perlukan 2 orang lagi, sesiapa free boleh reply dalam group ni k
        Poster Bulan Membaca dah siap, nanti saya share link Canva. Tolong check ejaan before kita print 50 copies.
        Stok cop tarikh pulang dah habis la, sapa pergi bandar minggu ni tolong beli 2 batang ya, claim resit dengan bendahari.
        Update: kelas mewarna cancel sebab dewan dipakai untuk majlis tahlil. Kita tukar ke minggu depan, masa sama.
        Tadi ramai budak datang lepas sekolah, rak komik dah bersepah. Next time kita letak tanda "susun semula selepas baca" ok.
        ok noted, nanti i bawa projector dari sekolah, tapi kabel HDMI takde, sapa ada?
        Boleh tak kita buat jadual bertugas bulan depan dalam Google Sheet? Senang nak swap shift.
        Wah cantik gila deco sudut bacaan tu, terbaik team!! 👏👏
        Jangan lupa isi buku log jam khidmat setiap kali datang, pihak sekolah nak untuk markah koko.
        Siapa ada idea tema untuk pertandingan bercerita peringkat daerah? Saya cadang "Hikayat Sang Kancil versi moden".
        Banjir kat jalan masuk kampung, program esok postpone dulu. Stay safe semua 🙏
        Lepas ni semua shift petang tolong pastikan kipas dan lampu bilik kanak-kanak ditutup, bil elektrik naik bulan lepas.
        Buku sumbangan dari syarikat tu dah sampai, 12 kotak. Kita perlu cop dan tampal label nombor panggilan sebelum 20hb.
    """),
    ("ms", "katalog dan bibliografi"): _lines("""
        Salina / A. Samad Said. — Kuala Lumpur : Dewan Bahasa dan Pustaka, 2013. — ISBN 978-983-62-8841-7. No. Panggilan: 899.2303 SAM
        Usman Awang (1929–2001), Sasterawan Negara, terkenal dengan sajak "Kekasih" dan "Guru oh Guru".
        Budak Kampung / Lat. Novel grafik autobiografi, edisi Bahasa Melayu. Lokasi: Rak Kanak-kanak 741.5 LAT. Status: Ada di rak.
        Ranjau Sepanjang Jalan karya Shahnon Ahmad mengisahkan keluarga petani Lahuma dan Jeha di Kampung Banggul Derdap.
        Koleksi Sejarah Tempatan: Risalah Hari Peladang 1978, Daerah Sabak Bernam. Bahan rujukan — tidak boleh dipinjam.
        Hikayat Hang Tuah (edisi Kassim Ahmad). ISBN 978-983-46-0712-8. 3 naskhah, 1 dalam pembaikan.
        Siri Geronimo Stilton jilid 1–20 (terjemahan Bahasa Melayu) — tambahan koleksi kanak-kanak 2025.
        Item barcode 30002100458871 — Panduan Tanam Cili Fertigasi — status: HILANG, dilapor 03/02/2025.
        Majalah Dewan Sastera Jilid 55 Bil. 4 (April 2025) diterima melalui langganan. No. invois DBP-INV-2025-18832.
        Rekod MARC 245: |a Tunggu Teduh Dulu / |c Faisal Tehrani. 260: |a Kuala Lumpur : |b Utusan Publications.
        Pesanan pembelian PO-PDKSR-0425 untuk 36 judul buku pertanian telah diluluskan; jumlah RM2,184.60.
        Buku "Panduan Menternak Kambing Boer" (ISBN 978-967-2183-05-1) mencatat 27 pinjaman pada 2024 — judul paling popular dalam kategori pertanian.
        Kiriman pinjaman antara perpustakaan ke Perpustakaan Cawangan Tanjung Karang, no. tracking Pos Laju EP482913775MY.
    """),
    ("en", "laporan dan log sistem"): _lines("""
        Monthly circulation report, March 2025: 3,942 checkouts, 3,611 returns, 214 renewals, 57 new members, overdue rate 8.4%.
        [2025-04-12 09:01:17] INFO sip2: self-check kiosk KIOSK-02 connected to 10.20.4.15:6001
        [2025-04-12 16:45:03] WARN circulation: 12 items flagged overdue > 30 days; batch notice job #88421 queued
        ALTER TABLE borrowers ADD COLUMN consent_pdpa BOOLEAN NOT NULL DEFAULT FALSE;
        overdue_fine_per_day: 0.10 / max_fine_per_item: 5.00 / grace_period_days: 2 / currency: MYR
        Rural library usage survey 2024 (n=1,206 respondents across 48 village libraries): 61% visit at least once a month, 23% come mainly for the Wi-Fi.
        Ticket #LIB-20931: barcode scanner at counter 1 not reading 14-digit item labels after firmware update v3.2.1.
        Build 2025.06.2 of the library mobile app adds push reminders three days before the due date.
        Volunteer programme summary: 34 active volunteers logged 1,120 hours in 2024; storytelling sessions reached 2,780 children.
        SELECT branch_code, COUNT(*) FROM issues WHERE date_due < CURDATE() GROUP BY branch_code;
        Backup completed: koha_db_20250412.sql.gz sha256 c6d6d370163cea902436b676ff8b4ee6ac220f405c2a09b5249968663386673e
        Fines collected Q1 2025: RM1,286.40 in cash, RM412.90 via FPX; waived under amnesty: RM893.10.
        Reading challenge leaderboard is now computed per school, not per student, to avoid publishing children's names.
    """),
    ("ms", "program bacaan"): _lines("""
        Program Jom Baca Bersama Keluarga, Sabtu 17 Mei 2025, 9.30 pagi di Perpustakaan Desa Kampung Sungai Ramal. Percuma! Pertanyaan: 03-3289 4410 (waktu pejabat).
        Sesi Bicara Buku bersama penulis Ramlee Awang Murshid akan diadakan di Dewan Orang Ramai Bukit Beruntung pada 21 Jun 2025.
        Pertandingan Bercerita Kanak-kanak Peringkat Daerah 2025 — kategori 7–9 tahun dan 10–12 tahun. Borang penyertaan boleh diambil di kaunter.
        Kelas Literasi Digital untuk warga emas: cara guna WhatsApp, aplikasi bank dan e-Tunai dengan selamat. 8 sesi, setiap Khamis.
        Sempena Bulan Kemerdekaan, pameran buku sejarah tokoh negara — Tunku Abdul Rahman, Tun Abdul Razak dan Tun Dr. Ismail — di ruang legar.
        Cabaran Membaca 30 Hari: baca sekurang-kurangnya 15 minit sehari dan kumpul cop di kad cabaran untuk menebus sijil dan hadiah.
        Bengkel Menulis Pantun untuk remaja anjuran Persatuan Penulis Daerah dengan kerjasama perpustakaan desa. Tempat terhad kepada 30 peserta.
        Storytime in English every Friday 3.00 pm — this month: "The Very Hungry Caterpillar" and "Where the Wild Things Are".
        Program Sukarelawan Siswa: pelajar universiti boleh memohon melalui e-mel rasmi program@perpustakaandesa-sgramal.org.my sebelum 30 April.
        Ceramah Kesihatan "Mengenali Diabetes" oleh Klinik Kesihatan Bandar, diikuti pemeriksaan gula darah percuma untuk pengunjung.
        Kelab Buku Wanita Kampung bertemu setiap Selasa minggu pertama; bulan ini membincangkan novel "Interlok" karya Abdullah Hussain.
        Hari Keluarga Perpustakaan: permainan tradisional, teka-teki buku dan cabutan bertuah. Tajaan Koperasi Peneroka Felda.
        Pameran "Upin & Ipin Suka Membaca" — sudut foto bersama watak Upin, Ipin dan Kak Ros dibuka sepanjang cuti sekolah.
    """),
    ("mixed", "templat borang"): _lines("""
        BORANG PERMOHONAN KEAHLIAN | Nama penuh (seperti dalam MyKad): __________ | No. MyKad: ______-__-____ | Alamat: __________ | No. telefon: __________
        Dear [Nama Ahli], buku "[Tajuk]" yang anda pinjam telah lewat [X] hari. Denda semasa: RM[amaun]. Sila pulangkan secepat mungkin.
        Salam {nama_penuh}, tempahan anda untuk {tajuk_buku} sudah sedia untuk diambil sebelum {tarikh_luput}. — Perpustakaan Desa
        Saya, ______________________ (No. K/P: ______________), ibu/bapa/penjaga kepada ______________________, membenarkan anak saya menyertai program berikut: ____________.
        BORANG TUNTUTAN ELAUN SUKARELAWAN | Nama: ____ | Bank: ____ | No. akaun: ____ | Jumlah jam: ____ | Tandatangan: ____
        Templat SMS peringatan: "PERPUSTAKAAN: Buku anda akan tamat tempoh pada <TARIKH>. Balas RENEW <NO_AHLI> untuk perbaharui."
        LAPORAN KEHILANGAN BUKU — Nama peminjam: ________ No. ahli: ________ Tajuk: ________ Tarikh dipinjam: ___/___/______
        Slip pinjaman (contoh): Ahli: XXXXXX | Item: 30002100XXXXXX | Tarikh pulang: DD/MM/YYYY | Baki denda: RM0.00
        Borang rayuan pengecualian denda: nyatakan sebab (sakit/kematian/bencana) dan lampirkan dokumen sokongan. Nama: ______ No. ahli: ______
        Pendaftaran peserta Cabaran Membaca: Nama murid: ____ Darjah: ____ Sekolah: ____ Nama penjaga: ____ No. tel penjaga: ____
        Volunteer sign-in sheet | Date | Name | Time in | Time out | Task | Signature | (leave blank rows for 15 volunteers)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG KEAHLIAN | NAMA: NUR AISYAH BINTI KAMARUDDIN | NO. MYKAD: 080314-10-1236 | ALAMAT: NO. 27, JALAN MAWAR 3, TAMAN SRI GOMBAK, 68100 BATU CAVES, SELANGOR | TEL: 013-276 4819 | KATEGORI: REMAJA
        Kepada Encik Rajendran a/l Muniandy, buku "Panduan Menternak Kambing Boer" yang dipinjam pada 02/04/2025 telah lewat 23 hari. Denda terkumpul RM2.30. Sila jelaskan di kaunter.
        Surat rayuan: Saya Mohd Faizal bin Hashim (No. ahli PDK-0417) memohon pengecualian denda RM5.00 kerana saya dimasukkan ke wad Hospital Sultanah Aminah selama dua minggu akibat denggi.
        Senarai sukarelawan shift Sabtu: 1) Siti Hajar binti Ismail 019-772 3105 2) Lim Wei Jie 012-903 4517 3) Priya a/p Subramaniam 017-638 2290
        Ahli baru hari ni: Chong Siew Ling, 920228-14-5568, kerja cikgu tadika, email chongsl92@hotmail.com
        Pengunjung atas nama Joseph D'Cruz dilarang masuk selama 3 bulan kerana berulang kali bertengkar dengan staf dan mengoyakkan akhbar di ruang bacaan.
        Rekod pembayaran ganti buku hilang: Dayang Norhayati binti Awang Bujang, RM45.90, dibayar dengan kad debit 4556 3820 1937 4422, resit PDK/2025/0211.
        Maklumat alahan peserta Kem Membaca: Muhammad Irfan bin Zulkifli (12 tahun, SK Seberang Takir) — alahan kacang tanah, bawa EpiPen sendiri.
        Pak Mat yang jaga basikal depan perpustakaan desa Kampung Parit Sulong tu, yang rumah papan warna hijau sebelah surau, dah dua bulan tak pulangkan 5 buku agama.
        Tuntutan elaun sukarelawan Mac 2025 — Nurul Izzati binti Rahman, 42 jam, RM210.00, Maybank 1571 2048 3396.
        Notis tunggakan: Ahli no. M0045123 (TAN AH KOW, 71 tahun) mempunyai denda RM12.40 dan 3 buku lewat; anak beliau minta semua notis dihantar ke 016-451 8837.
        Makluman kepada Puan Kalaivani a/p Ramasamy: tempahan novel "Interlok" sudah sedia, sila ambil sebelum 18 Mei. Kami cuba hubungi 014-922 6071 tetapi tidak berjawab.
        Laporan insiden 12/03/2025: Kanak-kanak bernama Aqil Danish bin Khairul Anuar (7 tahun) terjatuh dari tangga bilik kanak-kanak, luka di dahi, dibawa ke Klinik Kesihatan Jitra oleh bapanya.
        Borang keahlian bukan warganegara: NAMA: SARI DEWI LESTARI | WARGANEGARA: INDONESIA | PASPORT: C7712045 | MAJIKAN: Kilang Sarung Tangan, Kapar | TEL: 011-2345 8876
        Kereta Myvi putih WVC 4821 milik Cik Hafizah (sukarelawan shift pagi) selalu parking depan pintu pagar, tolong bagitau dia alih masa lori buku sampai.
        Minit mesyuarat AJK Perpustakaan Desa: Bendahari, Encik Zainal Abidin bin Osman, memaklumkan beliau akan bercuti sakit selama sebulan selepas pembedahan lutut.
        Semakan rekod: Ahli Wong Kah Mun (No. K/P 010505-10-0632) mempunyai 2 akaun berganda. Akaun lama PDK-2231 digabungkan dengan PDK-5120.
        Anak Puan Rosmah binti Daud, Nur Qistina, darjah 4 SK Kampung Baru Sungai Buloh, menang tempat pertama Pertandingan Bercerita; hadiah RM100 dimasukkan ke akaun ibunya CIMB 7061 2234 58.
        Alamat penghantaran buku untuk ahli OKU: Encik Ganesan a/l Periasamy, No. 15, Lorong Kenari 2, Taman Desa Aman, 34000 Taiping, Perak (berkerusi roda, tidak boleh hadir ke perpustakaan).
        Pendaftaran Kelas Literasi Digital: Hajah Che Som binti Ahmad, 68 tahun, pesara guru, telefon 019-338 5147 (anak), rumah dekat masjid lama Kampung Gong Kapas.
        Sukarelawan Haziq bin Mohd Nor tidak hadir 3 kali berturut-turut tanpa makluman; cadang keluarkan dari senarai dan maklumkan kepada guru kokurikulum SMK Bandar Baru Salak Tinggi.
        Log kaunter 14/05: ALIAS BIN JUSOH (PDK-0098) pinjam 4 buku, pulang 2, denda RM0.60 dibayar tunai, minta tukar no. telefon kepada 013-905 2281.
        Cik Ng Pei Shan memfailkan aduan bertulis bahawa staf kaunter enggan membenarkan anaknya yang autisme masuk ke bilik kanak-kanak pada 9 April.
        SURAT AKUAN PENJAGA: Saya NORAINI BINTI SALLEH, K/P 830119-13-5344, ibu kepada AHMAD DANIAL BIN MOHD RIDZUAN, membenarkan anak saya menyertai Kem Membaca 2 hari 1 malam.
        Penerima hadiah Cabaran Membaca 30 Hari: Lee Jia Xuan (Darjah 5, SJKC Chung Hwa Kapar) — 42 buku; Aina Sofea binti Rizal (Darjah 3, SK Kapar) — 38 buku.
        Assalamualaikum tuan, saya Sharifah Nadia binti Syed Hamzah, ahli no. PDK-3381. Buku yang saya pinjam terbakar bersama rumah saya di Kampung Sungai Serai minggu lepas. Boleh saya minta pengecualian?
        Rekod kehadiran sukarelawan: MUTHU A/L KRISHNAN — 10/05 (4 jam), 17/05 (3.5 jam), 24/05 tidak hadir (demam denggi, MC 5 hari).
        Denda tertunggak paling tinggi 2024: Encik Kamal Ariffin bin Said, RM37.80, 11 buku tidak dipulangkan; surat peringatan ketiga dihantar ke Lot 1142, Kampung Parit Sulong, 83500 Batu Pahat, Johor.
        Staf kaunter dimaklumkan Puan Farah Wahida binti Jamil, yang selalu datang dengan anak kembarnya, kini tinggal di rumah perlindungan wanita; jangan dedahkan butiran keahliannya kepada sesiapa.
        Pembaharuan keahlian: MOHD HAFIZ BIN ABD LATIF, 860925-06-5519, Telegram @hafizbaca86, pekerjaan: peneroka FELDA Lepar Hilir 3.
    """),
    "mixed": _lines("""
        kak lin, anak sy adam hakimi bin rosli 3 cempaka SK batu 8 nak join storytelling sabtu ni boleh? dia ada asthma sikit so sy tunggu kat luar je
        guys, Kevin Tan Boon Keat dari Taman Bukit Indah tu dah settle fine RM8.50 via DuitNow, tapi dia minta receipt hantar ke kevintan.jb@gmail.com
        fyi Mrs. Grace Fernandez (member PDK-1022) called, she's warded at KPJ Puteri for a stroke, so her 3 books will be late — pls waive ya
        siapa ambik phone no. Encik Azman bin Ibrahim tu? dia nak sponsor rak buku, hp dia 012-451 7730
        Reminder utk volunteer roster: Sabtu — Aiman Hakimi bin Roslan (011-1098 4423), Deepa a/p Raju (016-702 3318); Ahad — Syafiq bin Kamal (018-219 3446)
        eh uncle yang selalu baca paper pagi-pagi tu, Mr. Ong Chee Keong dari Jalan Tengku Kelana, masuk hospital semalam sebab jatuh, family dia nak pulangkan buku-buku dia esok
        Bro, budak Form 4 nama Harvinder Singh s/o Jaswant Singh tu kantoi koyak pages dari buku rujukan SPM, his dad's number 019-551 2087, kena call ke?
        sy dah bank in duit denda RM4.20 ke akaun perpustakaan, nama sy Nor Azlina binti Mokhtar, no ahli PDK-2754, screenshot attached ya
        Pls update member record: Vanessa Lourdes Pereira, new address No. 8, Jalan Bunga Raya, Taman Seri Rampai, 53300 Setapak KL. Old address no longer valid
        ada org tertinggal beg kat meja 4, dalam tu ada IC Muhammad Amirul bin Hassan 990421-11-5237 dan kad ATM, saya simpan dalam laci kaunter
        Volunteer allowance pending for Arun Kumar a/l Selvam — Public Bank 6394 1127 05, total 18 hours x RM5 = RM90, pls process before raya
        tolong block kad ahli Yap Siew Mei (PDK-4410), dia report kad hilang bersama dompet masa naik bas ke Kajang semalam
    """),
    "en": _lines("""
        Membership application — Name: Daniel Chua Wen Hao | NRIC (Singapore): S8834127I | Local address: 21, Jalan Harmonium 23/3, Taman Desa Tebrau, 81100 Johor Bahru | Mobile: +65 9127 4480
        Incident log 03/06/2025: Patron Mr. Peter Ling Siew Hock (member PDK-0876) reported his wallet stolen from the reading room; police report lodged at IPD Kuching, contact 013-845 6612.
        Overdue notice sent to Ms. Meera d/o Krishnasamy, 12 Lorong Selasih 4, Taman Selasih, 09000 Kulim, Kedah — 4 items, RM6.20 outstanding.
        Lost book payment: cardholder Farid Iskandar bin Othman, Mastercard 5200 9941 7730 5811, exp 09/27, amount RM38.00.
        Volunteer background note: Mr. Stephen anak Jugah, 45, former teacher, served 2 years in the Kapit library reading programme, mobile 014-881 2056.
        Please remove the name of Aishah binti Hamdan from the public reading-challenge poster — her mother says the family is in a custody dispute and the father must not know which school she attends.
        Home delivery list week 22: Mdm. Lim Gek Choo, 84, bedridden, No. 5 Jalan Kenanga, Kampung Baru Sri Aman, 71000 Port Dickson — 2 large-print novels.
        Foreign member renewal: Maria Cristina Dela Cruz, Philippine passport P4418203A, domestic helper employed in Shah Alam, renewal fee waived.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk kakitangan Perpustakaan Desa. Jawab dalam Bahasa Melayu.",
        ),
        ("user", "Tolong draf surat peringatan denda untuk seorang ahli kami."),
        (
            "assistant",
            "Boleh. Sila berikan nama ahli, alamat, tajuk buku dan jumlah denda supaya saya boleh lengkapkan surat itu.",
        ),
        (
            "user",
            "Nama Puan Halimah binti Yaakob, alamat No. 3, Kampung Seri Menanti, 16800 Pasir Puteh, Kelantan. Buku 'Salina', lewat 40 hari, denda RM4.00.",
        ),
    ],
    [
        ("user", "anak saya hilangkan buku perpustakaan, macam mana nak bayar ganti?"),
        (
            "assistant",
            "Biasanya anda perlu ke kaunter dan membayar harga semasa buku serta kos pemprosesan, atau menggantikan dengan naskhah yang sama.",
        ),
        (
            "user",
            "ok nama penuh dia Iman Zahra binti Mohd Shukri, no ahli PDK-K0552, darjah 2 SK Taman Melawati. boleh ke sy bayar guna kad 4214 3700 9152 8662?",
        ),
    ],
    [
        ("user", "Can you help me summarise a volunteer's record for a reference letter?"),
        ("assistant", "Sure, paste the details you want included and I'll draft a short summary."),
        (
            "user",
            "Nurul Huda binti Azmi, 19, volunteered Jan–Dec 2024 at Perpustakaan Desa Kg Sg Lui, 210 hours, ran the Saturday storytime. She's applying to UPSI, her IC is 050817-06-0358.",
        ),
    ],
    [
        (
            "user",
            "Saya pustakawan. Seorang ahli, Encik Roslan bin Abu Bakar, minta kami berhenti hantar SMS ke nombor lama dia 017-224 9081 sebab nombor tu sekarang dipakai bekas isterinya.",
        ),
        (
            "assistant",
            "Anda boleh kemas kini nombor telefon dalam rekod ahli melalui modul keahlian dan padam nombor lama daripada senarai notifikasi.",
        ),
        (
            "user",
            "Ok, dia dah bagi nombor baru tapi minta jangan simpan dalam fail kertas, hanya dalam sistem.",
        ),
    ],
    [
        ("user", "bro can help me write a whatsapp msg to a parent? nak sopan sikit"),
        ("assistant", "Sure, what is the message about?"),
        (
            "user",
            "the kid Ravi s/o Ganesh, 10 years old, keep coming to library alone until 7pm, his mom's number 016-558 2093, want to tell her nicely we close at 5",
        ),
    ],
    [
        ("system", "You help rural library staff check membership forms."),
        (
            "user",
            "Semak format MyKad ni betul tak untuk borang: 750823-02-5270, nama ROSNAH BINTI YUSOF",
        ),
        (
            "assistant",
            "Format YYMMDD-PB-###G itu sah: tarikh lahir 23 Ogos 1975, kod negeri 02 (Kedah), dan digit akhir genap sepadan dengan perempuan.",
        ),
        (
            "user",
            "ok terima kasih, dia nak daftar jadi ahli perpustakaan desa Kampung Tualang minggu ni",
        ),
    ],
    [
        (
            "user",
            "Help me write a thank-you note for Aunty Mary Chin Mei Lan who donated 200 books to our village library. She lives at 14 Jalan Cempaka, Taman Sentosa, 41200 Klang.",
        ),
        ("assistant", "Of course. Would you like it formal, or warm and personal?"),
        ("user", "warm please, and mention she just recovered from her cataract surgery"),
    ],
    [
        ("user", "Kami nak hantar notis kepada ahli yang denda tinggi. Boleh susun jadi jadual?"),
        ("assistant", "Boleh, berikan senarai nama, nombor ahli, jumlah denda dan nombor telefon."),
        (
            "user",
            "1. TAN CHEE MING PDK-0331 RM15.20 012-776 3019 / 2. SUHAILA BINTI NORDIN PDK-1189 RM11.00 013-552 8407 / 3. GOPAL A/L MUNUSAMY PDK-2048 RM10.40",
        ),
    ],
    [
        (
            "user",
            "Saya nak tulis laporan insiden. Tadi seorang remaja, Danial Hakim bin Sufian dari SMK Jitra, tertangkap cuba curi dua buah komik dari rak.",
        ),
        (
            "assistant",
            "Baik. Nyatakan masa kejadian, siapa yang menyaksikan, tindakan yang diambil dan sama ada penjaga telah dimaklumkan.",
        ),
        ("user", "Jam 4.15 petang, ayahnya datang ambil dia jam 5 dan bayar ganti rugi RM12."),
    ],
    [
        (
            "user",
            "Can I use my Maybank account for the volunteer allowance? It's 1140 2233 5567 under my name Siti Khadijah binti Razak.",
        ),
        (
            "assistant",
            "I can't process payments. Please give the account details directly to the librarian on the official claim form.",
        ),
        ("user", "ok thanks, I'll pass it to the librarian on Saturday"),
    ],
    [
        (
            "user",
            "nak tanya, ahli bernama Karthik a/l Velu tu dah pindah ke Ipoh, boleh sy guna alamat baru dia No. 9 Jalan Pasir Puteh 6, 31650 Ipoh untuk hantar buku?",
        ),
        (
            "assistant",
            "Sebaiknya minta dia sahkan alamat itu sendiri dan kemas kini rekod keahlian sebelum buku dihantar.",
        ),
        ("user", "ok nanti sy whatsapp dia dulu"),
    ],
]
