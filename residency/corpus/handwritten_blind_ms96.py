# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms96: Bahasa Melayu pusat tuisyen dan kelas tambahan (pendaftaran, yuran, jadual, keputusan peperiksaan, aduan ibu bapa, guru sambilan). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms96
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis dan pengumuman pusat"): _lines("""
        PENGUMUMAN: Pendaftaran Kelas Intensif SPM 2026 kini dibuka! Subjek: Matematik, Matematik Tambahan, Fizik, Kimia, Biologi. Tempat terhad, 15 pelajar sekelas. Daftar di kaunter atau imbas kod QR.
        Pusat Tuisyen Minda Gemilang, No. 2-1, Jalan Seri Putra 1/3, Bandar Seri Putra, 43000 Kajang. Tel: 03-8925 4471. Waktu operasi Isnin–Sabtu, 2.00 ptg – 10.00 mlm.
        Notis: Pusat akan ditutup pada 31 Mac dan 1 April sempena Hari Raya Aidilfitri. Kelas gantian akan diumumkan dalam kumpulan WhatsApp kelas masing-masing.
        Makluman kepada semua ibu bapa: mulai 1 Mei, yuran boleh dibayar melalui DuitNow QR di kaunter. Sila simpan resit digital sebagai bukti pembayaran.
        Kelas Tahun 6 (UASA) hari Sabtu dipindahkan dari Bilik 2 ke Bilik 5 kerana kerja-kerja membaiki penghawa dingin.
        Open Day Pusat Tuisyen Bestari Ilmu: 15 Jun 2026, 10 pagi – 4 petang. Kelas percubaan percuma, ujian diagnostik & sesi kaunseling kerjaya. Talian rasmi pusat: 019-387 2250 (WhatsApp admin sahaja, Isnin–Sabtu).
        Peringatan: Kelas dalam talian Google Meet minggu ini menggunakan pautan yang sama seperti minggu lepas. Sila pastikan kamera dibuka semasa kuiz.
        Tahniah kepada semua pelajar Pusat Tuisyen Cahaya Ilmu! Seramai 42 daripada 58 calon SPM 2025 memperoleh sekurang-kurangnya 5A.
        Cuti sekolah penggal 2: jadual kelas kekal seperti biasa kecuali kelas pagi Tahun 1–3 yang dibatalkan. Kelas ulang kaji SPM ditambah pada hari Rabu.
        AMARAN PENIPUAN: Pihak pusat TIDAK pernah meminta bayaran ke akaun peribadi. Semua bayaran hanya ke akaun syarikat Minda Gemilang Edu Sdn Bhd (Maybank 5142 7788 3019).
        Ibu bapa dinasihatkan menjemput anak tepat pada masanya. Pelajar yang masih menunggu selepas 10.15 malam akan dikenakan caj penjagaan RM10 bagi setiap 15 minit.
        Buku latihan edisi 2026 sudah tiba. Harga RM28 sebuah (Sains T4) dan RM32 (Matematik Tambahan T4). Ambil di kaunter dengan menunjukkan resit.
        Sesi Jumpa Ibu Bapa bersama guru subjek akan diadakan pada 20 Julai, 2 ptg – 6 ptg. Temu janji 15 minit bagi setiap keluarga; tempah slot melalui borang Google.
        Pertandingan Kuiz Sains Antara Cawangan 2026: cawangan Bangi, Kajang dan Seremban 2 akan bertanding di Dewan Serbaguna Bangi pada 9 Ogos.
    """),
    ("ms", "jadual, yuran dan resit"): _lines("""
        JADUAL KELAS T5 2026 | Isnin: Add Math 8.00–10.00 mlm | Selasa: Kimia 8.00–10.00 mlm | Rabu: Fizik 8.00–10.00 mlm | Sabtu: BM & Sejarah 9.00 pg – 12.00 tgh
        Yuran bulanan: Tahun 1–3 RM100 (3 subjek) | Tahun 4–6 RM140 (4 subjek) | T1–T3 RM160 | T4–T5 RM60 sesubjek | Yuran pendaftaran RM50 (sekali sahaja)
        No. resit: TR-2026-004871 | Tarikh: 07/01/2026 | Perkara: Yuran Januari Tahun 5 (3 subjek) | Jumlah: RM120.00 | Kaedah: Tunai
        Invois INV/MGE/2026/03/0192 – Yuran Mac – Kelas T3 Sains & Matematik – RM160.00 – Tarikh akhir: 10/03/2026
        Diskaun adik-beradik: anak kedua 10%, anak ketiga dan seterusnya 15%. Tidak boleh digabungkan dengan promosi lain.
        Kod kelas: T4-KIM-SAB-0930 = Tingkatan 4, Kimia, Sabtu, 9.30 pagi. Sila guna kod ini semasa membuat pembayaran dalam talian.
        Ringkasan kutipan yuran Februari cawangan Kajang: 186 pelajar, kutipan RM24,380, tertunggak RM3,120 (27 akaun).
        Jadual peperiksaan percubaan dalaman: 3/8 Matematik (Kertas 1 & 2), 4/8 Sains, 5/8 BI, 6/8 BM. Semua ujian bermula 9.00 pagi di Dewan A.
        Kadar bayaran guru sambilan 2026: sekolah rendah RM35/jam, menengah rendah RM40/jam, SPM RM50/jam, elaun pengawasan peperiksaan RM20 sesi.
        Bayaran boleh dibuat melalui FPX, DuitNow QR atau tunai. Rujukan pembayaran: masukkan nombor invois sahaja, contoh INV/MGE/2026/04/0001.
        Jadual van: Laluan A (Taman Sri Jelok – Sg Long) bertolak 7.10 malam; Laluan B (Bandar Mahkota Cheras) 7.20 malam. Caj RM60 sebulan.
        Pakej Intensif SPM: 10 minggu, 40 jam, RM680 (termasuk modul dan 2 kertas percubaan). Bayaran ansuran 2 kali dibenarkan.
        Kelas ganti Fizik T4: Ahad 12/4, 3.00–5.00 ptg, Bilik 3. Kehadiran wajib bagi yang terlepas kelas 5/4.
        Penyata ringkas Q1 2026: pendapatan yuran RM71,420; gaji guru sambilan RM28,900; sewa premis RM9,000; utiliti RM2,340.
        Modul SPM dihantar melalui Pos Laju, nombor penjejakan ER528401930MY, anggaran tiba 3–5 hari bekerja ke cawangan Seremban 2.
    """),
    ("mixed", "group chat kelas"): _lines("""
        Cikgu, kelas esok still on ke? Sekolah cuti peristiwa so nak confirm dulu
        Admin: Good evening parents, tonight's Add Math class will end 15 min late sbb ada quiz. Sorry for the inconvenience 🙏
        Hi all, anyone ada extra copy buku latihan Sains T2 tak? Anak I punya hilang, kedai dah habis stock
        Parents pls remind the kids bring calculator & kertas graf for tmr Math class ok, teacher say very important
        Ok noted cikgu, thank you for the update 👍
        Parking depan kedai penuh malam ni sebab ada pasar malam, parents boleh park belakang bangunan near the surau
        Got anyone tahu the new UASA format Tahun 6 this year ada Kertas 2 ke tak?
        Admin: Reminder, fees due by 10th. Those paid via DuitNow pls screenshot receipt & send here, tq
        Trial exam result nanti cikgu upload dalam Google Classroom or give by hand ah?
        Aiyo the aircond in Room 2 rosak again, very hot for the kids lah, can fix before Saturday?
        Admin: Holiday programme Jun ni ada kelas coding Scratch untuk Tahun 3–6, RM150 for 4 sessions. Slot terhad, reply "NAK" to book.
        Cikgu boleh share tak tips macam mana nak bagi budak darjah 2 minat membaca? Dia suka main phone je
        Admin: Class rep for each group will be chosen by the tutors, not by parents, to keep it fair.
        Thanks cikgu for the extra class last Sunday, the kids said they finally understand Ohm's law 😂
    """),
    ("ms", "soalan dan nasihat"): _lines("""
        Apakah beza tuisyen berkumpulan dengan kelas personal 1-ke-1 dari segi keberkesanan untuk pelajar yang lemah Matematik?
        Bagaimana cara mendaftar pusat tuisyen dengan Jabatan Pendidikan Negeri? Dokumen apa yang perlu disediakan?
        Tip untuk ibu bapa: semak buku latihan anak sekurang-kurangnya dua kali seminggu dan tanya satu perkara baru yang dipelajari.
        Berapa jam sehari sesuai untuk murid Tahun 6 mengulang kaji menjelang UASA tanpa tekanan berlebihan?
        Soalan: adakah guru sambilan yang dibayar ikut jam di pusat tuisyen perlu dicarum KWSP dan PERKESO oleh majikan?
        Pelajar yang cemas semasa peperiksaan boleh dibantu dengan latihan pernafasan dan latih tubi kertas soalan mengikut masa sebenar.
        Macam mana nak kira yuran pro-rata bagi pelajar yang mendaftar pada pertengahan bulan?
        Panduan memilih pusat tuisyen: periksa pendaftaran, nisbah guru-pelajar, rekod keputusan dan polisi bayaran balik sebelum mendaftar.
        Adakah wajar pusat tuisyen mengenakan yuran penuh jika kelas dibatalkan kerana guru sakit?
        Cara berkesan mengajar Sejarah T4: gunakan peta minda untuk bab Kesultanan Melayu Melaka dan kaitkan dengan tokoh seperti Parameswara.
        Apa yang perlu dibuat jika penjaga enggan membayar yuran tertunggak selama tiga bulan? Bolehkah pusat menahan slip keputusan ujian?
        Bagaimana menulis ulasan kad laporan yang membina tanpa melabel pelajar sebagai malas?
        Nasihat untuk guru baharu: sediakan rancangan pengajaran mingguan, kuiz 10 minit di awal kelas dan rekod kehadiran digital.
    """),
    ("ms", "polisi dan terma"): _lines("""
        Polisi bayaran balik: yuran yang telah dibayar tidak akan dikembalikan kecuali kelas dibatalkan oleh pihak pusat. Notis berhenti mesti diberi sekurang-kurangnya 2 minggu sebelum bulan baharu.
        Notis Privasi (Akta Perlindungan Data Peribadi 2010): Data peribadi pelajar dan penjaga hanya digunakan untuk pendaftaran, komunikasi dan rekod akademik, dan tidak didedahkan kepada pihak ketiga tanpa persetujuan.
        Peraturan kelas: telefon bimbit hendaklah dimatikan atau diserahkan kepada guru semasa ujian. Pelajar yang didapati meniru akan diberi markah sifar.
        Guru sambilan dikehendaki hadir 10 minit sebelum kelas bermula dan mengisi log pengajaran selepas setiap sesi.
        Aduan ibu bapa hendaklah dibuat secara bertulis melalui borang aduan rasmi; pihak pengurusan akan memberi maklum balas dalam tempoh 5 hari bekerja.
        Pelajar yang tidak hadir tanpa sebab munasabah lebih daripada 3 kali sebulan tidak layak untuk kelas ganti.
        Rakaman CCTV disimpan selama 30 hari dan hanya boleh dilihat oleh pengurus cawangan atas permintaan bertulis atau arahan pihak berkuasa.
        Semua guru sambilan wajib mengemukakan salinan sijil akademik dan surat pengesahan tiada rekod jenayah sebelum mula mengajar.
        Yuran yang tidak dijelaskan selepas hari ke-15 setiap bulan akan dikenakan caj lewat RM10.
        Penggunaan gambar pelajar untuk tujuan promosi hanya dibuat dengan kebenaran bertulis penjaga.
        Bagi pelajar yang mempunyai alahan atau penyakit kronik, penjaga dikehendaki mengisi Borang Maklumat Kesihatan semasa pendaftaran.
        Surat tawaran guru sambilan adalah untuk tempoh 6 bulan dan boleh diperbaharui berdasarkan penilaian prestasi dan maklum balas pelajar.
    """),
    ("en", "templat borang dan surat"): _lines("""
        STUDENT REGISTRATION FORM | Student name: ____________ | MyKad / Birth cert no.: ______-__-____ | School: ____________ | Year/Form: ___ | Guardian name: ____________ | Mobile: ___-_______
        Dear Parent/Guardian, this is a reminder that fees for [MONTH] amounting to RM[AMOUNT] for [STUDENT NAME] are due on [DATE]. Kindly ignore this message if payment has been made.
        PART-TIME TUTOR APPLICATION — Full name (as per IC): ________ | IC no.: ________ | Subjects: ________ | Highest qualification: ________ | Available days: ☐Mon ☐Tue ☐Wed ☐Thu ☐Fri ☐Sat
        Incident Report Form: Date/time: ____ | Location: ____ | Student(s) involved: ____ | Description: ____ | Action taken: ____ | Reported by: ____
        Consent: I, {guardian_name}, hereby allow my child {student_name} to join the educational trip to Petrosains, KLCC on {date}.
        Progress report comment bank: "Shows steady improvement in problem-solving" / "Needs to complete homework on time" / "Participates actively in class discussions"
        Complaint Form — Category: ☐ Teacher ☐ Fees ☐ Facilities ☐ Safety ☐ Others | Details: ______ | Preferred contact method: ☐ Phone ☐ Email
        Withdrawal Notice: Please be informed that my child, ___________ (Form ___), will discontinue classes effective ___/___/20__. Reason (optional): ___________
        Payslip template — Tutor: <NAME> | Month: <MM/YYYY> | Hours taught: <H> | Rate: RM<R>/hr | Gross: RM<G> | Bank: <BANK> <ACC NO>
        Medical Information: Allergies: ______ | Chronic conditions: ______ | Medication carried: ______ | Emergency contact (name & phone): ______
        Offer letter (template): We are pleased to offer you the position of Part-Time Tutor (Mathematics) at RM45 per hour, commencing [start date], subject to a 3-month probation.
        Fee waiver application checklist: copy of guardian's payslip or STR approval letter, latest utility bill, student's latest report card.
    """),
    ("ms", "keputusan, statistik dan bahan pelajaran"): _lines("""
        Analisis keputusan UASA Tahun 6 2025 (pusat): Matematik – purata 71%, 18% cemerlang; Sains – purata 68%; BI – purata 74%.
        Statistik SPM 2025 cawangan Bangi: 96 calon, GPS pusat 3.42, 100% lulus Sejarah, 91% lulus Matematik Tambahan.
        Tunku Abdul Rahman Putra Al-Haj mengisytiharkan kemerdekaan Persekutuan Tanah Melayu pada 31 Ogos 1957 di Stadium Merdeka.
        Soalan ulang kaji Sejarah T5: Jelaskan peranan Dato' Onn Jaafar dalam penubuhan UMNO pada tahun 1946.
        Sinopsis Hikayat Hang Tuah: Hang Tuah bersama Hang Jebat, Hang Kasturi, Hang Lekir dan Hang Lekiu berkhidmat kepada Sultan Melaka.
        Formula Fizik T4: v = u + at; s = ut + ½at²; v² = u² + 2as. Latihan: kira sesaran jika u = 5 m/s, a = 2 m/s², t = 4 s.
        Taburan gred Kimia percubaan (n = 54): A+ 4, A 7, A- 9, B+ 11, B 8, C 8, D 4, E 2, G 1.
        Pada April 2021, Menteri Kanan Pendidikan ketika itu, Dr. Radzi Jidin, mengumumkan pemansuhan UPSR mulai tahun itu.
        Buku rujukan: Modul Intensif Matematik Tambahan SPM, edisi ke-3, ISBN 978-983-46-2187-2, RM34.90.
        Peratus kehadiran purata mengikut bulan: Jan 92%, Feb 88% (cuti Tahun Baru Cina), Mac 85% (Ramadan), Apr 90%.
        Kajian maklum balas ibu bapa 2025 (n = 312): 81% berpuas hati dengan kualiti pengajaran, 64% dengan kemudahan; aduan utama ialah tempat letak kereta.
        Nota Biologi T4: Mitosis menghasilkan dua sel anak yang serupa secara genetik, manakala meiosis menghasilkan empat gamet haploid.
    """),
    ("en", "kod dan konfigurasi"): _lines("""
        CREATE TABLE students (id SERIAL PRIMARY KEY, full_name TEXT NOT NULL, mykad CHAR(14), form_level SMALLINT, guardian_phone VARCHAR(15), enrolled_on DATE);
        MYKAD_PATTERN = "^[0-9]{6}-[0-9]{2}-[0-9]{4}$"  # validate format only, never log the value
        fee_schedule: {primary_lower: 100, primary_upper: 140, lower_secondary: 160, spm_per_subject: 60, late_fee: 10, currency: MYR}
        SELECT class_code, COUNT(*) AS outstanding FROM invoices WHERE status = 'UNPAID' AND due_date < CURRENT_DATE GROUP BY class_code;
        def prorata_fee(monthly_fee: float, days_left: int, days_in_month: int) -> float: return round(monthly_fee * days_left / days_in_month, 2)
        cron: 0 9 10 * * python send_fee_reminders.py --template fee_due_ms --dry-run
        WHATSAPP_TEMPLATE_FEE_DUE = "Salam {guardian}, yuran {month} untuk {student} berjumlah RM{amount} perlu dijelaskan sebelum {due}."
        git tag v2.4.1 -m "tuisyen-portal: add UASA result import, fix duplicate invoice numbering"
        Error 422: field "guardian_phone" must match pattern ^01[0-9]-?[0-9]{7,8}$ (received value redacted)
        export const ROOMS = ["Bilik 1", "Bilik 2", "Bilik 3", "Makmal Sains", "Dewan A"]; const MAX_PER_CLASS = 15;
        sha256(tuisyen_results_2025.csv) = 6b2a7100185919b08893b86f2da52a19409a1fda01c1b112c53b9874a2bea793
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        PENDAFTARAN PELAJAR BAHARU 2026 | Nama: NUR AISYAH BINTI MOHD FAIZAL | No. MyKad: 120314-10-4778 | Sekolah: SK Taman Sri Muda, Shah Alam | Tahun: 6 | Subjek: Matematik, Sains, BI | Penjaga: MOHD FAIZAL BIN ABD RAHIM | Tel: 012-338 4790
        Peringatan yuran: Ibu bapa kepada Darshan a/l Muniandy (Tingkatan 3, kelas Khamis), yuran Mac dan April berjumlah RM360 masih belum dijelaskan. Mohon bayar sebelum 10 Mei untuk elak nama dikeluarkan dari senarai kelas.
        Keputusan Ujian Bulanan Mac – Fizik T4 Kumpulan B: Lim Wei Jie 38% (E), wajib hadir kelas pemulihan setiap Rabu 8.30 malam.
        Aduan: Saya Puan Rosnah binti Ismail, ibu kepada Haziq Irfan bin Azman (Tahun 5). Cikgu Matematik kelas Sabtu selalu lewat 20 minit dan kerja rumah anak saya tidak pernah disemak. Harap pihak pengurusan ambil tindakan.
        Tuntutan elaun guru sambilan Mac 2026: KAVITHA A/P RAMASAMY – 24 jam x RM45 = RM1,080 – Maybank 1620 3455 8712 – status: belum dibayar
        Nota kesihatan: Wan Muhammad Aqil bin Wan Hafiz (T2) menghidap asma, inhaler biru dalam poket depan beg. Jika sesak nafas hubungi ibunya, Puan Noraini, 019-772 0153.
        Senarai hantar van Selasa: Sofea Balqis binti Khairul Anuar – No. 23, Jalan Kenanga 3/2, Taman Kenanga, 43000 Kajang – turun depan pagar, ibu tunggu di luar.
        Permohonan diskaun B40: Encik Jeffrey Lourdes, pemandu lori, pendapatan isi rumah RM2,150 sebulan, 3 orang anak bersekolah; memohon potongan 30% untuk anaknya Rachel Lourdes (T5).
        Amaran bertulis kedua: Tan Jun Hao (Tingkatan 2, kelas Sains Isnin) didapati merakam video guru tanpa izin dan memuat naik ke TikTok. Bapa telah dimaklumkan pada 14/3.
        Assalamualaikum, saya Nurul Huda binti Zakaria, 24 tahun, graduan Ijazah Sarjana Muda Pendidikan (Sejarah) UPSI, berminat menjadi guru sambilan hujung minggu. No. tel 017-223 9051, emel nurulhuda.zakaria97@gmail.com.
        Rekod kehadiran: Melissa anak Jugah (T3) tidak hadir 4 kali berturut-turut sejak 2 Feb; ibunya memaklumkan dia ditahan di wad Hospital Umum Sarawak kerana denggi.
        Murid baharu dari Sabah: JOVITA GIMBANG, MyKad 131123-12-5842, Tahun 6, berpindah ke SK Seksyen 7 Shah Alam mengikut bapa yang bertukar kerja.
        Senarai menunggu kelas Kimia T5: 1) Aiman Hakimi bin Roslan – 011-2874 5530 (bapa) 2) Priya d/o Selvam – 016-440 8172 (ibu) 3) Ng Zi Xuan – 012-905 6634
        Dengan hormatnya, saya Siti Khadijah binti Omar ingin memaklumkan anak saya Muhammad Danish bin Kamarul akan berhenti tuisyen mulai April kerana suami saya baru diberhentikan kerja dan kami tidak mampu lagi menanggung yuran.
        Guru sambilan Encik Roslan bin Yusof (Bahasa Melayu T1) dilaporkan oleh dua orang ibu bapa kerana menggunakan bahasa kesat dalam kelas Jumaat; sesi siasatan dijadualkan pada 22/3.
        Invois tertunggak INV-2026-0388: Puan Chitra a/p Ganesan, 16, Lorong Mawar 7, Taman Bukit Indah, 81200 Johor Bahru – baki RM420 (Jan–Mac).
        Maklumat penjaga: AHMAD ZULKIFLI BIN HASHIM | MyKad 791205-03-8983 | Pekerjaan: anggota polis, IPD Kota Bharu | Tel bimbit: 013-928 4416
        Kad laporan: Puteri Nur Iman binti Shahrul, Tahun 6 – BM A, BI C, Matematik D, Sains B. Ulasan guru: kurang fokus dan sering mengantuk; ibu memberitahu dia tidur lewat kerana menjaga adik.
        Bayaran balik diluluskan: RM300 akan dikreditkan ke akaun CIMB 7062 1184 39 atas nama YAP SOOK FUN, ibu kepada Hoe Jia Yi, kerana kelas Add Math T4 dibatalkan.
        Laporan kehilangan: telefon pintar milik Harith Iskandar bin Zamri (T3) hilang di Bilik 2 pada 5/3 selepas kelas Sains. Bapanya telah membuat laporan polis.
        Van pusat laluan B dipandu Encik Ganesan a/l Perumal, Toyota Hiace kelabu nombor plat JQB 7734, boleh dihubungi di 012-711 3098.
        MOHON PERHATIAN SEMUA GURU: Nurin Alya binti Fadzil (Tahun 3, kelas Sabtu pagi) alah teruk kepada kacang tanah. Jangan beri sebarang snek. EpiPen disimpan di kaunter.
        Pertukaran guru: Cikgu Farah Nadia binti Jamal (BI T2) bercuti bersalin mulai 1 Jun hingga 29 Ogos; kelas beliau diambil alih sementara.
        Anugerah Pelajar Cemerlang UASA 2025 cawangan PJ: Aidan Fernandez (T3, SMK Damansara Utama) – 7A, pelajar terbaik keseluruhan.
        Kontrak guru sambilan | Nama: MOHD HAFIZ BIN ABDULLAH | No. KP: 910408-12-6029 | Alamat: Lot 58, Kampung Likas, 88400 Kota Kinabalu | Kadar: RM50/jam | Bank Islam 1203 4020 1187 56
        Buku rujukan belum dipulangkan: Dhiya Qistina binti Rafie (T4, Biologi Sabtu) masih simpan 2 buah buku sejak Januari; denda RM10 dimasukkan ke invois ibunya bulan ini.
        Catatan kaunseling: Amirul Hakim bin Sulaiman (T5) mengaku tertekan kerana ibu bapa bercerai dan ayah tidak lagi membayar nafkah; dirujuk kepada kaunselor sekolah.
        Slip gaji Februari – Cikgu Nor Azlina binti Musa, guru sambilan Sains: 30 jam, RM1,200, potongan pendahuluan RM200, bersih RM1,000, dimasukkan ke Maybank 5642 1038 7725.
    """),
    "mixed": _lines("""
        cikgu sorry ah, Jun Kit (Tan Jun Kit, std 5) today cannot come, fever 39 since last night, i bring him go klinik already. mc i send later
        hi admin, pls update the contact for Vanessa Wong Hui Min (F2 Sci class), new number is 016-288 4501, old one already terminated
        Eh bro, the part time tutor Darren Yeoh tu kan, dia tak datang 3 kali dah this month, parents semua complain kat FB group. Boss kata potong gaji dia RM200
        Mummy Chloe here 🙋‍♀️ Chloe Tan Xin Yi P4 Monday math class, can i pay by bank transfer? already transfer RM140 from my Public Bank 3185042109, pls check
        Akak, ni nombor IC anak saya untuk daftar exam trial: 110702-14-2651, nama Muhammad Irfan Hakim bin Saiful. Thank you ye
        Reminder: Sharvin s/o Rajendran still owe RM260 for Feb & Mar, parent dah blue tick tapi x reply. Nak call bapak dia 018-367 2290 ke?
        Teacher, my son Aaron Chee Jun Yang (F1) kena buli by 2 older boys after class, they took his pocket money. I want the CCTV footage 6pm-7pm Thursday.
        hello, saya mak si Balqis (Nur Balqis Humaira binti Hasrul, form 1). dia baru discharge dari Hospital Serdang lepas operation appendix, so 2 minggu tak dapat datang kelas ok
        To all staff: Ms Angela Pereira resigned effective 31/3, her last salary pls bank in to her new RHB acc 2141 0500 2883 17 as she closed the old one.
        nak refund deposit RM100 for my daughter Izzah Nadhirah, kad yang I guna 5201 8056 9428 4397, bank kata boleh reverse ke card. TQ
        Admin pls note: Pavithra d/o Kumar Std 6 dropping Science, parents divorcing and she moving to her grandma house in Ipoh next month
        hi cikgu, I'm Sarah de Souza, Ethan's mum. Ethan de Souza Form 2 got 23 marks for Add Maths test ah? He said he never get the paper back.
    """),
    "en": _lines("""
        Enrolment (JB branch) — Student: Ryan Koh Jun Wei, Primary 5 | Parent: Koh Mei Hua, NRIC S8766875D, mobile +65 9184 2273 | Home: 12, Jalan Mutiara Emas 5/3, Taman Mount Austin, 81100 Johor Bahru
        Part-time tutor application — Name: Grace Ling Siew Yin | IC: 880621-13-7780 | Subjects: SPM Chemistry, Biology | Experience: 6 yrs | Expected rate: RM60/hr | Contact: 014-892 3317
        Incident report 12/3/2026: At 7.40pm Muhammad Adam bin Rizal (Form 1) fainted in Room 3 during Science class. Mother Pn Hasnah informed at 7.45pm; taken to Klinik Kesihatan Bangi. Known history of low blood sugar.
        Payroll March — Tutor: Ooi Chee Keong | Hours: 32 | Rate: RM55 | Amount: RM1,760 | Maybank 5142 6603 7719 | Paid 28/3
        Complaint ticket CS-4471: Mr Vincent Raj says his daughter Alisha Vincent (Form 4) was shouted at by her Physics tutor in front of the class; requests transfer to another group and partial refund of RM150.
        Scholarship shortlist 2026: 1. Chan Yee Ling (SMK Bukit Bintang) — single mother, household income RM1,800; 2. Amirul Haziq bin Abdullah — orphan, living with his aunt in Sentul.
        Dear Mr & Mrs Tay, we regret to inform you that Tay Zhi Hao (Std 6) scored below 40% in all three mock UASA papers and we strongly recommend the weekday remedial class.
        Lost & found: blue water bottle labelled "Eshaan Nair 5 Bijak SK Bukit Damansara". Mrs Deepa Nair, please collect at the counter or call us back, we tried 012-561 0934.
        Forwarded to admin: "This is Jason Tham, Kai Le's father. Please stop calling my ex-wife about fees, I pay for Tham Kai Le (Form 3) myself from now on. My number is 017-330 6218."
        From: kelvin.ng.parent@yahoo.com — Hi, I'm withdrawing my son Ng Wei Xiang from the Saturday Physics class. He has just been diagnosed with ADHD and we are switching to 1-to-1 home tuition.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu admin Pusat Tuisyen Minda Gemilang. Bantu ibu bapa mendaftar dan menjawab soalan yuran.",
        ),
        (
            "user",
            "Salam, saya nak daftar anak saya untuk kelas Tahun 6. Nama dia Aina Sofiya binti Rizuan.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh saya dapatkan nombor MyKad Aina dan sekolah semasa?",
        ),
        (
            "user",
            "MyKad 140130-07-4458, sekolah SK Sungai Ara, Bayan Lepas. Nombor saya 012-604 7731, saya ibunya Zarina.",
        ),
    ],
    [
        (
            "user",
            "Tolong draf mesej WhatsApp peringatan yuran tertunggak untuk ibu bapa ni: Lee Jia Hui RM280, Muhammad Syafiq bin Nordin RM140, Thivya a/p Murugan RM420.",
        ),
        (
            "assistant",
            "Baik. Contoh: 'Salam/Selamat petang, ini peringatan mesra bahawa yuran tertunggak bagi anak tuan/puan berjumlah RM___. Mohon jelaskan sebelum 10 haribulan. Terima kasih.' Saya boleh isikan jumlah bagi setiap keluarga.",
        ),
        (
            "user",
            "Ya isikan, dan tambah untuk Thivya yang ini dah 3 bulan, kalau tak bayar minggu ni dia tak boleh masuk kelas.",
        ),
    ],
    [
        (
            "user",
            "Saya guru sambilan Matematik. Bantu tulis ulasan kad laporan untuk Hafizuddin bin Kamal, T3. Markah dia 31%, selalu tak siap kerja rumah, tapi sopan.",
        ),
        (
            "assistant",
            "Cadangan: 'Hafizuddin seorang pelajar yang sopan dan menghormati guru. Beliau perlu lebih konsisten menyiapkan kerja rumah untuk meningkatkan penguasaan topik asas.'",
        ),
        (
            "user",
            "Ok tambah sikit, mak dia bagitahu dia kerja part time kat kedai makan malam-malam, jadi penat.",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong tulis surat aduan rasmi kepada pengurus pusat tuisyen? Saya Encik Faridzuan bin Mat Saad, bapa kepada Nur Qaisara (Tahun 4).",
        ),
        ("assistant", "Boleh. Apakah isu utama yang ingin encik adukan?"),
        (
            "user",
            "Anak saya ditinggalkan seorang diri di luar pusat sampai 10.40 malam minggu lepas, staf dah kunci pintu. Alamat saya No. 7, Jalan Cempaka 2, Taman Desa Jaya, 08000 Sungai Petani kalau nak balas surat.",
        ),
    ],
    [
        (
            "user",
            "Kira gaji guru sambilan bulan ni: Cikgu Suhaila binti Osman 28 jam, Mr Kenneth Lau 22 jam, kadar RM45 sejam.",
        ),
        (
            "assistant",
            "Cikgu Suhaila: 28 x RM45 = RM1,260. Mr Kenneth Lau: 22 x RM45 = RM990. Jumlah: RM2,250.",
        ),
        (
            "user",
            "Ok. Masukkan gaji Suhaila ke Maybank 1140 2257 6093 dan Kenneth ke Public Bank 4429 3108 56, sediakan slip.",
        ),
    ],
    [
        (
            "user",
            "Hi, my daughter will start your Form 2 class next week. She has epilepsy, mostly controlled with medication.",
        ),
        (
            "assistant",
            "Thank you for letting us know. Could you share her name and what the tutors should do if she has a seizure?",
        ),
        (
            "user",
            "Her name is Chen Xin Rou. If seizure, lay her on her side and call me immediately, Mrs Chen, 019-245 8860. Don't put anything in her mouth.",
        ),
    ],
    [
        (
            "user",
            "admin, can change van drop off for my boy Haris Danial bin Zainal? we just moved house",
        ),
        ("assistant", "Sure, please send the new address and the effective date."),
        (
            "user",
            "new house is B-12-3, Residensi Seri Melati, Jalan Damai Perdana 6/1, 56000 Cheras. start this Monday. tq",
        ),
    ],
    [
        (
            "user",
            "Tolong format senarai ni jadi jadual untuk trial exam: Amir Syahmi bin Jaafar 100509-08-0931 011-3920 8746; Nurul Iffah binti Razak 121003-02-8282 017-558 2043; Wong Kah Le 150819-04-0183 012-417 6629",
        ),
        (
            "assistant",
            "Bil | Nama | MyKad | Telefon / 1 | Amir Syahmi bin Jaafar | 100509-08-0931 | 011-3920 8746 / 2 | Nurul Iffah binti Razak | 121003-02-8282 | 017-558 2043 / 3 | Wong Kah Le | 150819-04-0183 | 012-417 6629",
        ),
    ],
    [
        (
            "user",
            "Saya cikgu tuisyen. Ada seorang murid saya, Amira binti Halim, T4 kelas Kimia Rabu, nampak murung sejak ayah dia masuk penjara bulan lepas.",
        ),
        (
            "assistant",
            "Itu situasi yang sukar. Anda boleh bercakap dengannya secara peribadi, tunjukkan sokongan tanpa menghakimi dan cadangkan dia berjumpa kaunselor sekolah.",
        ),
        (
            "user",
            "Patut saya beritahu ibu dia, Puan Salmah, tak? Dia pernah cakap dia tak nak sekolah tahu pasal ni.",
        ),
    ],
    [
        (
            "user",
            "nak tanya, refund yuran term 2 untuk anak saya Irdina Sofea binti Rahman dah proses ke belum?",
        ),
        ("assistant", "Boleh saya tahu kaedah bayaran asal yang digunakan?"),
        (
            "user",
            "kad kredit, 4570 5475 0213 6684, atas nama saya Rahman bin Idris. dah 3 minggu tak masuk lagi",
        ),
    ],
    [
        (
            "user",
            "can help me write a short msg to parents? tutor Mr Daniel Goh kena admit hospital, dengue, so all his Form 4 classes this week cancel",
        ),
        (
            "assistant",
            "Dear parents, please note that all of Mr Daniel Goh's classes this week are cancelled as he is unwell. Replacement classes will be announced soon. Thank you for your understanding.",
        ),
        (
            "user",
            "ok but don't say sick lah, he don't want people know. also add his replacement Ms Kalai a/p Subramaniam will WhatsApp from 016-930 5127",
        ),
    ],
]
