"""Blind check set ms45: sekolah tahfiz dan sekolah agama (pendaftaran, asrama, yuran, laporan hafazan, disiplin, derma). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms45
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan pendaftaran"): _lines("""
        PENDAFTARAN PELAJAR BAHARU SESI 2027 kini dibuka! Maahad Tahfiz Darul Falah, Kuala Nerang. Ambilan lelaki & perempuan umur 10-16 thn. Daftar online sebelum 31 Januari 2027.
        Syarat kemasukan: boleh membaca al-Quran dgn lancar, lulus ujian bertulis & temuduga, sihat tubuh badan. Calon OKU dipertimbangkan mengikut kes.
        Ujian kelayakan Tahfiz Model Ulul Albab (TMUA) akan diadakan serentak pada 8 Mac 2027 di semua pusat ujian yang ditetapkan.
        Dokumen yg perlu dibawa semasa hari pendaftaran: salinan sijil lahir, salinan MyKad ibu & bapa, 4 keping gambar berukuran passport, sijil UPKK/SPRA (jika ada), rekod kesihatan.
        Borang permohonan boleh dimuat turun di www.darulfalah-tahfiz.edu.my/borang — bayaran proses RM50 tidak dikembalikan.
        Hari Pendaftaran: Ahad, 10 Januari 2027, 8.00 pagi – 12.00 tgh, Dewan Al-Farabi. Ibu bapa diminta hadir bersama anak.
        Keputusan temuduga akan diumumkan melalui portal dalam tempoh 14 hari bekerja. Semakan menggunakan No. Rujukan Permohonan, contoh: DF27-0412.
        Kuota terhad: 60 tempat utk pelajar lelaki, 40 utk pelajar perempuan. First come first serve selepas lulus temuduga ya.
        Program Tahfiz Sepenuh Masa (3 tahun, 30 juzuk) & Program Tahfiz Hujung Minggu (Sabtu-Ahad, 8 pg - 1 ptg).
        SMA Tengku Ampuan Jemaah menerima permohonan Tingkatan 1 sesi 2027 melalui portal permohonan Bahagian Pendidikan Islam JAIS.
        Walk-in interview untuk kemasukan pertengahan tahun: setiap Sabtu, 9 pagi, pejabat pentadbiran. Tiada temujanji diperlukan.
        Pelajar tahfiz yang telah menghafaz sekurang-kurangnya 5 juzuk boleh memohon kemasukan terus ke Tahun 2.
        Kelas KAFA petang (Tahun 1–6) dibuka di Surau Al-Ikhlas, Lorong Haji Taib 2, Chow Kit. Yuran RM15 sebulan.
    """),
    ("ms", "yuran dan asrama"): _lines("""
        Jadual Yuran 2027: Yuran pendaftaran RM350 (sekali sahaja), yuran pengajian RM280/bulan, yuran asrama & makan RM320/bulan, yuran aktiviti RM120/tahun.
        Bayaran boleh dibuat melalui FPX, DuitNow QR atau tunai di kaunter bendahari (Isnin–Khamis, 9 pg–4 ptg).
        Akaun sekolah: Maahad Tahfiz Darul Falah Berhad, Bank Muamalat 1203 0003 4471 15. Sila tulis nama pelajar di ruangan rujukan.
        Denda lewat bayar RM10 akan dikenakan sekiranya yuran tidak dijelaskan sebelum 10hb setiap bulan.
        Invois INV-MTDF-2027-000318 telah dijana. Jumlah: RM 600.00. Tarikh akhir: 10/02/2027.
        Resit No. R27-004519 | Yuran Asrama Feb 2027 | RM320.00 | Kaedah: FPX | Status: BERJAYA
        Peraturan asrama: waktu tidur 11.00 malam, lampu dipadam. Pelajar dilarang membawa telefon bimbit ke dalam dorm.
        Barang keperluan asrama: 2 pasang jubah putih, 3 helai kain pelekat, tilam bujang (saiz 3'), bantal, baldi, penyangkut baju, selipar getah.
        Hari lawatan ibu bapa: minggu pertama & ketiga setiap bulan, Sabtu 2.00 – 5.30 ptg. Outing pelajar hanya dibenarkan dengan kebenaran warden.
        Pelajar asnaf boleh memohon pengecualian yuran melalui Lembaga Zakat Selangor (LZS). Borang boleh didapati di pejabat.
        Menu minggu ini: Isnin nasi ayam, Selasa nasi dagang, Rabu mee kari, Khamis nasi lemak, Jumaat nasi beriani kambing (sumbangan).
        Bilik asrama: 8 katil sebilik, 4 blok (Blok Abu Bakar, Blok Umar, Blok Uthman, Blok Ali).
        Yuran tahunan 2027 naik 6.5% berbanding 2026 disebabkan kenaikan kos bahan makanan & utiliti (bil elektrik purata RM4,870/bulan).
        Refund deposit asrama (RM200) diproses dalam 30 hari selepas pelajar keluar & bilik diperiksa oleh warden.
    """),
    ("ms", "hafazan dan kurikulum"): _lines("""
        Sistem hafazan kami: sabaq (hafazan baharu) 1 muka surat sehari, sabqi (ulangan 5 muka surat terakhir), manzil (murajaah 1 juzuk).
        Sasaran: khatam 30 juzuk dalam tempoh 3 tahun; pelajar perlu tasmik kepada ustaz/ustazah 2 kali sehari selepas Subuh & Asar.
        Laporan Hafazan Bulanan — Nama: ____________ Kelas: ______ Juzuk semasa: ___ Muka surat: ___ Tajwid: A / B / C / D  Catatan guru: __________
        Skala penilaian tasmik: Mumtaz (90–100), Jayyid Jiddan (80–89), Jayyid (65–79), Maqbul (50–64), Rasib (<50).
        Statistik 2026: 47 daripada 212 pelajar (22.2%) berjaya khatam 30 juzuk; purata hafazan pelajar Tahun 1 ialah 6.4 juzuk.
        Kaedah Panipati digunakan pada peringkat awal, diikuti kaedah talaqqi musyafahah bersama guru.
        Subjek akademik (KSSM): Bahasa Melayu, Bahasa Inggeris, Matematik, Sains, Sejarah. Subjek agama: Tauhid, Fiqh, Sirah, Bahasa Arab, Tajwid.
        Ujian Syahadah Tahfiz dijalankan oleh panel penilai luar pada bulan Oktober setiap tahun.
        Jadual harian: 4.45 pg bangun tahajjud, 5.45 Subuh berjemaah, 6.15 – 7.30 tasmik sabaq, 8.00 – 1.00 kelas akademik, 2.30 – 4.00 murajaah.
        Surah Al-Mulk (juzuk 29) & Surah Yasin diwajibkan dihafal oleh semua pelajar Tahun 1 sebelum cuti pertengahan tahun.
        Pelajar yg gagal tasmik 3 kali berturut-turut akan dimasukkan ke kelas pemulihan (halaqah khas) bersama ustaz pembimbing.
        Markah keseluruhan = 60% hafazan + 20% tajwid + 20% fasohah. Lulus minimum: 65%.
        Tadarus Ramadan: setiap halaqah menamatkan 1 juzuk setiap malam selepas solat tarawih; khatam beramai-ramai pada malam 27 Ramadan.
    """),
    ("ms", "peraturan disiplin"): _lines("""
        Kesalahan berat: merokok/vape, bergaduh, mencuri, keluar asrama tanpa izin, memiliki telefon bimbit. Hukuman: gantung asrama 2 minggu atau buang sekolah.
        Sistem merit/demerit: setiap pelajar bermula dengan 100 mata; 30 mata demerit = surat amaran pertama, 60 = panggil ibu bapa.
        Hukuman rotan hanya boleh dilaksanakan oleh Mudir atau guru yg diberi kuasa bertulis, di tempat tertutup dan disaksikan seorang guru lain.
        Sebarang bentuk dera fizikal atau mental terhadap pelajar adalah dilarang sama sekali. Laporkan kepada Talian Kasih 15999 atau WhatsApp 019-261 5999.
        Pelajar dilarang berambut panjang melebihi kolar baju, mewarna rambut atau memakai barang kemas selain jam tangan.
        Ponteng tasmik tanpa sebab munasabah: 5 mata demerit + hafazan tambahan 2 muka surat.
        Prosedur: (1) aduan direkod dalam Buku Laporan Disiplin, (2) siasatan oleh Unit HEP dalam 3 hari, (3) keputusan Lembaga Disiplin dimaklumkan kepada penjaga secara bertulis.
        Statistik salah laku 2026: 14 kes ponteng, 6 kes vape, 3 kes bergaduh, 1 kes buli — semuanya telah diselesaikan di peringkat sekolah.
        Guru yg mengesyaki pelajar didera di rumah perlu memaklumkan kaunselor, yang akan membuat laporan kepada Pegawai Kebajikan Masyarakat daerah.
        Rekod disiplin pelajar adalah sulit. Hanya Mudir, Penolong Kanan HEP dan kaunselor dibenarkan mengakses fail tersebut; salinan tidak boleh dikongsi dalam group WhatsApp.
        Hukuman denda wang tunai tidak dibenarkan. Hukuman alternatif: membersihkan surau, menghafaz doa tambahan, khidmat dapur.
        Barang larangan yang dibawa masuk akan dirampas dan hanya dipulangkan kepada ibu bapa pada hari cuti penggal.
    """),
    ("ms", "kempen derma"): _lines("""
        Tabung Wakaf Bangunan Asrama Puteri: sasaran RM1.2 juta, terkumpul setakat 30 Nov: RM684,250 (57%). Terima kasih semua penyumbang!
        Sumbangan anda layak mendapat pengecualian cukai di bawah subseksyen 44(6) Akta Cukai Pendapatan 1967. No. rujukan kelulusan: LHDN.01/35/42/51/179-6.8812.
        Salurkan sumbangan ke: Pertubuhan Kebajikan Maahad Tahfiz Nurul Iman, Maybank Islamic 5622 1160 4873. Sila WhatsApp bukti bayaran ke talian pejabat 03-8925 6710.
        Program Infaq Al-Quran: RM35 untuk senaskhah mushaf Rasm Uthmani yang akan diwakafkan kepada pelajar asnaf.
        Iftar perdana bersama 300 anak yatim & pelajar tahfiz. Tajaan penuh sebuah meja (10 orang): RM250.
        Jom wakaf RM10 seorang! 1 orang 1 bata, insya-Allah pahala berterusan. #WakafTahfiz #SedekahJariah
        Laporan kewangan tabung derma 2026: jumlah kutipan RM412,683.40; perbelanjaan makan pelajar RM198,200; utiliti RM58,440; baki dibawa ke hadapan RM156,043.40.
        Derma boleh dibuat melalui DuitNow QR di pintu masuk masjid atau link toyyibPay: toyyibpay.com/wakaf-asrama-nuruliman
        Majlis Khatam Al-Quran & Jamuan Kesyukuran akan dirasmikan oleh DYMM Sultan Selangor, insya-Allah.
        Resit derma rasmi akan dikeluarkan dalam tempoh 7 hari bekerja. Untuk pengecualian cukai, sila pastikan nama & no. cukai pendapatan diisi pada borang.
        Kami TIDAK pernah meminta derma melalui panggilan telefon peribadi. Hati-hati dengan scammer yang menggunakan nama maahad. Semak senarai akaun sah di laman rasmi kami.
        Penaja kit persekolahan 2027: Kedai Buku Haji Ahmad Sdn. Bhd., Klinik Dr. Halim & Rakan-Rakan, Restoran Nasi Kandar Pak Rashid.
        Target korban 2027: 7 ekor lembu (49 bahagian), RM850 sebahagian. Daging akan diagihkan kepada asrama & penduduk kampung sekitar.
        Tabung Kecemasan Banjir: 3 buah maahad tahfiz di Pasir Mas terjejas; anggaran kerosakan RM230,000.
    """),
    ("en", "sistem dan dokumentasi"): _lines("""
        e-Tahfiz SMS v4.2.1 release notes: added bulk import of hafazan scores from CSV; fixed bug where juz progress bar showed 31/30.
        Field `no_kp` (VARCHAR(14)) stores the student's MyKad number in the format YYMMDD-PB-###G; it must be encrypted at rest (AES-256) and masked in all reports.
        Template SMS: "Assalamualaikum {nama_penjaga}, yuran {bulan} bagi {nama_pelajar} berjumlah RM{amaun} masih belum dijelaskan. Sila bayar sebelum {tarikh}."
        API: POST /api/v2/students/{student_id}/hafazan — body: {"juz": int, "page": int, "grade": "A"|"B"|"C"|"D", "teacher_id": str}. Returns 201.
        Commit 9f3c2e71b4a8d05e6c1f: "fix: fee reminder cron runs at 08:00 MYT instead of UTC"
        Backup completed 2027-01-14T02:00:13+08:00 — 3,412 records, 118.6 MB, checksum sha256:4b1e9a0c…d77f.
        Data retention policy: applicant records not admitted are deleted 12 months after the intake closes; copies of parents' IC are shredded, not binned.
        Under the PDPA 2010, parents must be told why their data is collected; include the notice (Notis Privasi) on page 1 of every registration form.
        Error E-1043: "Nombor MyKad tidak sah — digit ke-7 & ke-8 mesti kod negeri yang sah." Check the input and try again.
        Role matrix: Warden = read hostel attendance; Bendahari = read/write fees; Ustaz = write hafazan scores for own halaqah only; Mudir = all.
        Sample row (dummy): student_id=STU-000000, name="Pelajar Contoh", no_kp="000000-00-0000", juz=0.
        Order #TZ-88213 — 40 units Mushaf Tajwid A5 (Rasm Uthmani), RM 1,380.00, tracking J&T 630098771245, ETA 3-5 working days.
        Vendor invoice PO-2027-0091: 200 × rehal kayu @ RM18.50, delivery to the school store, payment terms 30 days.
    """),
    ("ms", "sejarah dan tokoh"): _lines("""
        Tok Kenali (1868–1933), ulama terkenal Kelantan, banyak mempengaruhi sistem pengajian pondok di Semenanjung.
        Sheikh Daud al-Fatani menulis puluhan kitab jawi yang masih digunakan di pondok-pondok hingga hari ini.
        Darul Quran JAKIM, Ampang Pecah, 44000 Kuala Kubu Bharu, Selangor ialah institusi tahfiz utama kerajaan persekutuan.
        Maahad Muhammadi di Kota Bharu merupakan antara sekolah agama tertua di negeri Kelantan.
        Tragedi kebakaran Pusat Tahfiz Darul Quran Ittifaqiyah pada 14 September 2017 mengorbankan 23 nyawa dan membawa kepada pengetatan peraturan keselamatan kebakaran di pusat tahfiz.
        Dalam episod Upin & Ipin, Opah mengajar cucu-cucunya membaca Iqra' di beranda rumah.
        Mufti Wilayah Persekutuan dalam kenyataan rasminya menegaskan bahawa hukuman fizikal terhadap pelajar tahfiz mesti mematuhi garis panduan.
        Imam Nawawi menyusun Al-Adzkar dan Riyadhus Solihin, dua kitab wajib dalam silibus tingkatan 4 dan 5 kami.
        SMKA Sheikh Abdul Malek di Kuala Terengganu dinamakan sempena Tok Pulau Manis, ulama Terengganu yang hidup pada abad ke-17.
        Jalan Sultan Yahya Petra, Kota Bharu, akan ditutup sempena perarakan Maulidur Rasul mulai 8.00 pagi.
        Hospital Raja Perempuan Zainab II mengadakan pemeriksaan kesihatan percuma untuk 150 pelajar tahfiz sekitar Kota Bharu.
    """),
    ("ms", "hebahan kumpulan"): _lines("""
        Assalamualaikum ibubapa/penjaga yg dihormati. Cuti pertengahan penggal bermula 14/3 (Jumaat) slps solat Jumaat. Pelajar wajib pulang ke asrama pd 22/3 sebelum Maghrib. TQ.
        Makluman: bekalan air terputus esok 9pg–5ptg. Pelajar akan dibawa mandi di masjid berhampiran. Mohon doakan semuanya dipermudahkan 🤲
        Reminder: Mesyuarat PIBG maahad on Sabtu ni 9 pg, dewan makan. Agenda: yuran 2027, projek surau baru. Sila confirm kehadiran dlm google form.
        Tahniah kpd 12 pelajar yg khatam 30 juzuk tahun ni! Majlis graduasi pd 20 Dis, dress code: baju Melayu putih / jubah hitam.
        Pelajar yg ada demam/selesema sila jangan dihantar balik ke asrama dulu ya, kes influenza meningkat minggu ni.
        Ibubapa diminta TIDAK menghantar makanan bergoreng & minuman bergas semasa lawatan. Buah-buahan dan kurma digalakkan.
        Pesanan ustaz: anak² kita perlukan murajaah masa cuti. Minima 1 juzuk sehari ye, sila pantau & tandatangan buku rekod.
        Link bayaran yuran Jan dah aktif. Yg dah bayar abaikan mesej ini. Jzkk 🙏
        Bas sewa untuk rombongan ke Darul Quran: bertolak 7.30 pg dari pintu pagar utama, balik dijangka 6.00 ptg. Kos RM25/seorang.
        Makluman penting: gambar pelajar TIDAK boleh dimuat naik ke media sosial tanpa kebenaran pihak pentadbiran. Terima kasih atas kerjasama.
    """),
    ("ms-Arab", "jawi"): _lines("""
        ڤندفترن ڤلاجر بهارو سسي 2027 دبوك سهيڠݢ 31 جانواري
        مأهد تحفيظ دار الفلاح، كوالا نراڠ، قدح
        يوران اسرام دان ماكن: RM320 سبولن
        جدوال تسميع: سلڤس صبح دان عصر
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang pendaftaran: Nama pelajar: Muhammad Aqil Haikal bin Rosli | No. MyKad: 120314-03-5127 | Nama bapa: Rosli bin Hamzah | Tel: 012-6638 412
        Salam ustazah, sy ibu kpd Nur Aisyah Humaira (Thn 2, halaqah Khadijah). Anak sy ada asma, inhaler Ventolin ada dlm beg dia. Mohon pantau waktu malam ye.
        Laporan Hafazan November — Ahmad Danial bin Zulkifli, Kelas 3 Uthman: sabaq tertangguh di juzuk 14 ms 271, murajaah lemah, markah 52% (Maqbul). Perlu kelas pemulihan.
        Notis tunggakan: Encik Kamarul Ariffin bin Yusof (bapa kpd Irfan Hakimi, Thn 1), tunggakan yuran asrama Jun–Nov RM1,920.00. Sila hubungi bendahari segera.
        Surat amaran: Pelajar Muhammad Syafiq bin Roslan, No. Ahli Asrama A-0317, didapati memiliki vape pada 3/11/2026 — digantung asrama 14 hari berkuat kuasa 5/11.
        Refund deposit asrama utk Nurul Izzah bt Kamaruddin: sila masukkan ke akaun ibu, Rohana binti Ismail, Maybank 1622 0347 9158.
        Penderma: Hj. Zainal Abidin bin Mat Saman, No. KP 790301-06-5417, alamat No. 27, Jalan Cempaka 3/2, Taman Seri Cempaka, 43000 Kajang — RM5,000 wakaf bangunan, mohon resit pengecualian cukai.
        Kad derma: 4556 7203 1847 2910 exp 08/29, nama pemegang kad SITI HAJAR BINTI OMAR — RM100 bulanan untuk tabung anak yatim.
        Pelajar warganegara Indonesia: Fadhil Ramadhan, pasport C5820417, tamat tempoh 12/05/2028, visa pelajar belum diperbaharui.
        Ustaz Hafizuddin bin Che Mat (guru tasmik kontrak) — gaji pokok RM1,800 + elaun RM300, no. ahli KWSP 18273645.
        Kenderaan dibenarkan masuk kawasan asrama hari lawatan: Perodua Aruz putih WQK 3817 (Encik Rahim bin Ahmad, bapa kpd Hakim T3).
        Warden asrama Mohd Fauzi bin Ismail, 34, dituduh di Mahkamah Sesyen Kota Bharu kerana mencederakan pelajar berusia 11 tahun dengan getah paip.
        Sy mak Amirul, budak dorm 4B tu. Nombor WhatsApp sy 019-872 3041, kalau dia demam tolong roger sy terus ye ustaz.
        Email ibu bapa untuk laporan bulanan: norhayati.salleh87@gmail.com (ibu kpd Aina Sofea, Thn 1).
        Alamat surat-menyurat penjaga: Puan Che Rokiah binti Awang, Lot 1182, Kampung Pulau Melaka, 16010 Kota Bharu, Kelantan. Tel rumah 09-748 2216.
        Pelajar Muhammad Harith bin Azman (MyKad 140204-14-0911) disahkan menghidap epilepsi; ubat Epilim 200mg 2x sehari, disimpan di bilik warden.
        Aduan buli: mangsa ialah anak tunggal Ustaz Rosdi bin Yaakob, imam Masjid Taman Sri Gombak — pelajar Tingkatan 2 bilik 3A, dipukul oleh 3 senior pada malam 21/10.
        No. KP penjaga: 830612-11-**** (Wan Ruslan bin Wan Ahmad), no akaun Bank Islam 0301 2020 6618 74 utk potongan yuran auto-debit.
        Sofea Balqis dari kelas 1 Aisyah tu sebenarnya anak angkat, mak kandung dia dlm penjara — tolong jgn bagitau budak lain.
        Borang kesihatan: Nur Damia Qistina bt Hairul, 13 thn — alahan kacang tanah (anafilaksis), EpiPen dibekalkan. Hubungi ayah Hairul Nizam 017-334 8215 jika kecemasan.
        Permohonan pengecualian yuran – Pemohon: Salmah binti Daud (ibu tunggal), pendapatan bulanan RM900 (jual kuih), 4 orang anak, alamat Kg. Gong Badak, 21300 Kuala Nerus.
        Peserta kem hafazan: Aiman Hakimi, 12, Thn 6 SK Seri Indah, bapa Azlan Shah bin Karim 011-2736 4190, yuran RM150 dah bayar.
        Keputusan Lembaga Disiplin: Muhammad Luqman Hakim bin Saiful dibuang asrama kerana mencuri wang RM230 milik rakan sebilik.
        Surat pindah: Nurin Alya binti Fadzil (MyKad 100719-01-7328) berpindah dari Maahad Tahfiz Darul Falah ke SMA Kuala Kubu Bharu berkuat kuasa 1/3/2027.
        Ustazah, ayah Aqilah Thn 3 (Encik Shamsul Bahrin) dah meninggal semalam, kemalangan di Lebuhraya Karak. Mohon Aqilah dibenarkan pulang, pakcik dia ambil pukul 3 nanti.
        Senarai pelajar belum bayar yuran (sulit): 1) Hanis Sofiya bt Razak – RM640; 2) Mikail Yusuf bin Anuar – RM320; 3) Adam Rayyan bin Suhaimi – RM960.
        Pendaftaran online – e-mel: abg.hafiz.kb@yahoo.com, no. tel: 013-9152 670, nama calon: Muhammad Zikri bin Abdul Hafiz, tarikh lahir 22/05/2013.
        Bayaran yuran guna kad kredit: 5223 1876 4190 3351, CVV dah bagi dlm call td, a/n Norazlina Mohd Noor.
        Derma atas nama arwah ayah, Allahyarham Haji Mokhtar bin Said, sedekah jariah RM1,000 — penyumbang: Zulaikha Mokhtar, 016-771 0394.
        Bilik 2C Blok Umar: Harraz (Thn 1), Iman Danish (Thn 1), Syed Muhammad Amsyar (Thn 2) – Amsyar ada masalah kencing malam (enuresis), mohon letak tilam kalis air kat katil dia.
        Ustaz Zamri bin Jusoh yg mengajar tajwid Thn 3 tu dah diberhentikan sbb ada kes polis (cabul) — report no. IPD Gombak/012873/26.
        Gaji Nov belum masuk: Ustazah Rahimah bt Ghazali, no. akaun CIMB 7064 2213 58, gaji RM2,150.
        Pelajar dari Pattani: Abdulloh Samae, pasport Thailand AB7720914, penjaga di Malaysia: Pak Cik Yusof bin Deraman (013-4408 219).
        Rekod kehadiran: Nur Alisya bt Mohd Rizal tidak hadir 9 hari (Okt) – sijil cuti sakit Klinik Kesihatan Jelebu, disahkan denggi.
        Penerima biasiswa: Ahmad Firdaus bin Kamal, No KP 150908-05-0193, RM1,200 setahun, akaun BSN 0410 0291 0003 8567 atas nama penjaga.
        Tolong sampaikan pada Fatimah Az-Zahra bt Nizam Thn 4: bapa dia Encik Nizam dah keluar wad HUSM lepas bypass jantung, insya-Allah sihat.
        Warden bertugas malam ni Ustaz Haris Fadhilah, hp peribadi 014-905 2287, rumah dia kat kuarters blok C no. 4.
        Mak cik nak tanya, anak sy Haziq Irfan bin Roslan yg ada ADHD tu boleh ke masuk tahfiz sepenuh masa? Dia dh 9 thn.
        Tuntutan takaful pelajar: Muhammad Naufal bin Ridzuan, polisi TP-2026-118244, masuk wad Hospital Kuala Lipis 4 hari (apendisitis).
        Sy dah transfer RM600 utk yuran Jan anak sy Sharifah Nur Aleesya. IC ibu 870915-08-6242 (Sharifah Maznah binti Syed Ali).
    """),
    "en": _lines("""
        Madrasah registration (SG): Muhammad Irfan bin Zulkarnain, NRIC T0912473F, Blk 512 Bedok North Ave 2 #07-214, S460512, father hp 9736 2185.
        Hi ustazah, this is Farah's mum. Farah Nadhirah's IC is 130522-02-4466, u need it for the exam registration right? Also she's been seeing a counsellor for anxiety since Sept.
        Donation receipt request: Mr. Lim Wei Jie (Muslim name Muhammad Amin Lim), 42 Jalan SS2/24, 47300 Petaling Jaya, income tax no. IG 28376401090, RM2,500.
        Student incident report — Name: Khairul Anwar bin Jamil, Age 14, Form 2. Fractured left wrist during futsal, X-ray at Hospital Selayang 02/12/2026, parent informed (Mdm Zubaidah, 012-334 9051).
        Ustazah Siti Rahmawati (Indonesian), FIN F2716483T, work pass expires 30 Jun 2027, staying at Blk 118 Aljunied Ave 2 #05-33.
        Fees for Aisyah & Adam Hafiy paid from their dad Hafiy Rashid's Maybank acct 5141 2078 3364, any issue WhatsApp me at +60 12-778 0135.
        Parent complaint: my son Umar Mukhtar (Form 1, dorm 4B) told me Ustaz Faiz slapped him during tasmik on 12 Nov. I want this investigated. – Rashidah Yunus, 017-552 6630
        Scholarship shortlist (confidential): Nur Insyirah bt Daud — household income RM1,450/month, father bedridden after stroke (OKU card), mother works as cleaner.
    """),
    "ms-Arab": _lines("""
        احمد زهير بن عثمان، كلس 2 عمر — دݢنتوڠ اسرام 14 هاري كران ممليقي روكوق
        ڤندرما: حاجه فاطمة بنت يعقوب، 012-550 3827، وقف RM2,000 اونتوق اسرام ڤوتري
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pendaftaran Maahad Tahfiz Darul Falah. Jawab dalam Bahasa Melayu.",
        ),
        ("user", "slm, nak tanya pendaftaran thn 1 2027 masih buka?"),
        (
            "assistant",
            "Waalaikumussalam. Ya, pendaftaran dibuka sehingga 31 Januari 2027. Boleh saya bantu isi borang?",
        ),
        ("user", "blh. nama anak Muhammad Adam Firas bin Khairi"),
        ("user", "IC dia 130817-10"),
        ("user", "-5523"),
        (
            "assistant",
            "Terima kasih. Borang awal telah direkodkan. Sila bawa dokumen asal semasa hari pendaftaran.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, anak sy ada thalassemia major, kena transfusi darah sebulan sekali kat HTAA. Asrama blh bagi cuti ke?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh, pelajar yang mempunyai rawatan berjadual akan diberi pelepasan dengan surat temujanji hospital.",
        ),
        (
            "user",
            "Ok. Nama dia Nur Hanna Sumayyah bt Azhar, Thn 2 kelas Maryam. Temujanji seterusnya 16 Dis.",
        ),
        ("assistant", "Baik, saya akan maklumkan warden asrama puteri."),
    ],
    [
        ("user", "nak bayar yuran asrama 3 bulan sekali gus, blh guna kad?"),
        ("assistant", "Boleh, melalui pautan FPX atau kad debit/kredit di portal bayaran."),
        ("user", "portal error. sy bagi je la no kad, tolong bayarkan"),
        ("user", "4048 3211 7760 5926, exp 11/28, nama Mohd Taufiq bin Ramli"),
        (
            "assistant",
            "Maaf, demi keselamatan kami tidak boleh memproses kad secara manual. Sila cuba semula portal atau bayar di kaunter.",
        ),
    ],
    [
        ("user", "Saya nak resit derma untuk tuntutan cukai"),
        ("assistant", "Boleh. Sila berikan nama penuh, No. KP dan alamat surat-menyurat."),
        ("user", "Nor Azizah binti Harun, 820417-04-5036"),
        ("user", "No 9, Jalan Bukit Beruang Utama 4, Taman Bukit Beruang Permai, 75450 Melaka"),
        ("assistant", "Terima kasih, resit akan dihantar dalam 7 hari bekerja."),
    ],
    [
        ("system", "You are the parent helpdesk for Sekolah Agama Al-Hidayah. Be polite."),
        ("user", "sy nak buat aduan. anak sy kena rotan sampai berbirat"),
        ("assistant", "Kami mohon maaf dan akan menyiasat. Boleh berikan butiran?"),
        (
            "user",
            "Anak sy Iqbal Hazwan bin Zaidi, T2. Esok sy dtg sekolah pukul 10, kereta Proton X50 hitam DCB 2209, tolong bagitau guard",
        ),
        ("assistant", "Baik, kami akan maklumkan pengawal keselamatan dan Mudir."),
    ],
    [
        (
            "user",
            "Hi, I'm looking at madrasah options in Singapore for my daughter. What are the requirements?",
        ),
        (
            "assistant",
            "Generally you need the child's birth certificate, NRIC, latest school report and a Quran reading assessment.",
        ),
        (
            "user",
            "Ok. I'm Nurul Huda Ismail, NRIC S8235716E. My daughter is Alya Qaisara, NRIC T1147028E, P5 this year.",
        ),
        ("user", "You can reach me at 8452 0913 after 6pm."),
        ("assistant", "Thank you, an officer will call you to arrange the assessment."),
    ],
    [
        ("user", "Tolong draf laporan hafazan ringkas untuk dihantar kepada ibu bapa"),
        ("assistant", "Boleh. Siapa pelajar dan apa pencapaiannya bulan ini?"),
        (
            "user",
            "Muhammad Rayyan Hakimi bin Faisal, Thn 1 halaqah Hamzah. Baru juzuk 3, banyak tersangkut, dia disleksia jadi lambat sikit membaca.",
        ),
        (
            "assistant",
            "Laporan: Rayyan telah mencapai juzuk 3. Beliau menunjukkan usaha yang baik; sokongan tambahan dalam bacaan disyorkan.",
        ),
    ],
    [
        (
            "system",
            "Konteks penjaga: Puan Noraini binti Saad, tel 011-6320 7145, anak Iman Zahra Thn 3 bilik 2A Blok Aisyah.",
        ),
        ("user", "Bila cuti penggal mula?"),
        (
            "assistant",
            "Cuti penggal bermula 14 Mac selepas solat Jumaat, dan pelajar perlu pulang ke asrama pada 22 Mac.",
        ),
    ],
    [
        ("user", "slm, sy alumni thn 2013. sijil syahadah tahfiz sy hilang, nak mohon salinan"),
        (
            "assistant",
            "Waalaikumussalam. Sila berikan nama penuh, No. MyKad dan tahun tamat pengajian.",
        ),
        ("user", "Wan Muhammad Syahmi bin Wan Zaki, 950406-03-5281, tamat 2013"),
        ("user", "emel sy wmsyahmi95@gmail.com"),
        ("assistant", "Permohonan diterima. Salinan sijil akan diproses dalam 14 hari bekerja."),
    ],
    [
        ("user", "nak mohon bantuan yuran anak, sy ibu tunggal"),
        ("assistant", "Boleh. Berapa pendapatan isi rumah dan bilangan tanggungan?"),
        ("user", "kerja kilang gaji RM1,600. anak 3 org, yg sulung Haikal kat maahad ni Thn 2"),
        (
            "user",
            "nama sy Rozita binti Mansor, IC 880123-11-5370, rumah PPR Kerinchi blok A tingkat 9 unit 12",
        ),
        (
            "assistant",
            "Terima kasih. Permohonan akan dibawa ke mesyuarat jawatankuasa zakat sekolah.",
        ),
    ],
]
