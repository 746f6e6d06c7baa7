# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms74: Bahasa Melayu rumah anak yatim dan pusat jagaan (pendaftaran penghuni, derma, sukarelawan, laporan JKM, lawatan). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms74
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis dan pekeliling"): _lines("""
        NOTIS: Waktu lawatan ke Rumah Anak Yatim Nur Kasih ialah setiap Sabtu dan Ahad, 10.00 pagi hingga 12.30 tengah hari sahaja. Sila daftar di pondok pengawal.
        Pelawat dilarang mengambil gambar wajah anak-anak dan memuat naik ke media sosial tanpa kebenaran bertulis pihak pengurusan.
        Makluman: Majlis berbuka puasa bersama anak-anak yatim akan diadakan pada 14 Mac 2026 (Sabtu) di dewan serbaguna. Penaja diminta hadir sebelum 6.45 petang.
        Semua sukarelawan baharu wajib menghadiri taklimat perlindungan kanak-kanak (child safeguarding) selama 2 jam sebelum dibenarkan bertugas.
        Sumbangan pakaian terpakai hanya diterima dalam keadaan bersih dan berlipat. Kami tidak menerima tilam dan perabot besar buat masa ini.
        Pusat jagaan ditutup kepada pelawat luar dari 1 hingga 7 Januari kerana sesi pendaftaran persekolahan anak-anak.
        Peringatan kepada semua kakitangan: laporan bulanan kepada JKM Daerah perlu dihantar sebelum 5hb setiap bulan melalui sistem dalam talian.
        Kumpulan lawatan melebihi 20 orang hendaklah membuat tempahan sekurang-kurangnya 2 minggu lebih awal melalui talian pejabat 03-6187 2245 (Isnin–Jumaat, 9 pagi–5 petang).
        Hebahan: Program Jom Ke Sekolah 2026 memerlukan 120 pasang kasut sekolah saiz 3 hingga 9 dan 80 set pakaian seragam.
        Pihak pengurusan mengucapkan terima kasih kepada semua penderma yang menyumbang sempena Hari Raya Aidilfitri. Jumlah kutipan tahun ini RM48,260.
        Kanak-kanak tidak dibenarkan keluar bersama pelawat tanpa Borang Kebenaran Keluar yang ditandatangani oleh Pengetua.
        Hari Terbuka Pusat Jagaan Warga Emas Seri Budiman: 22 Ogos 2026, 9.00 pagi – 4.00 petang. Ada jualan amal, pemeriksaan kesihatan percuma dan persembahan kompang.
        Sila jangan beri wang tunai terus kepada anak-anak. Semua sumbangan wang hendaklah melalui kaunter pejabat dan resit rasmi akan dikeluarkan.
        Makanan yang dibawa pelawat mesti bertanda halal dan bebas kacang tanah kerana pusat ini mengamalkan dasar dapur bebas alergen.
        Saringan kesihatan tahunan semua penghuni akan dijalankan oleh pasukan Hospital Tunku Azizah pada 9 Mei. Tiada lawatan umum pada hari tersebut.
        Pelawat yang bergejala demam, batuk atau selesema diminta menangguhkan lawatan demi menjaga kesihatan penghuni warga emas.
    """),
    ("ms", "templat borang"): _lines("""
        BORANG PENDAFTARAN PENGHUNI | Nama Penuh: ____________ | No. MyKad/Sijil Lahir: ______-__-____ | Tarikh Lahir: __/__/____ | Status: [ ] Yatim [ ] Piatu [ ] Yatim Piatu [ ] Miskin
        Saya, ______________________ (No. K/P: ________________), selaku penjaga sah kepada ______________________, dengan ini memberi kebenaran anak jagaan saya menyertai lawatan sambil belajar ke ________ pada ________.
        Borang Permohonan Sukarelawan — Bahagian C: Pengalaman bekerja dengan kanak-kanak (jika ada). Lampirkan salinan Sijil Rekod Jenayah Bersih (PDRM) yang dikeluarkan tidak melebihi 6 bulan.
        RESIT RASMI DERMA No. ________ | Diterima daripada: {NAMA_PENDERMA} | Jumlah: RM {AMAUN} | Cara bayaran: Tunai / Cek / FPX / DuitNow | Tandatangan Bendahari: ________
        Disediakan oleh: ____________ (Penyelia Asrama) | Disahkan oleh: ____________ (Pengetua) | Tarikh: ___________
        Buku Daftar Pelawat — Nama Pelawat / No. IC (4 digit terakhir sahaja) / Tujuan Lawatan / Masa Masuk / Masa Keluar / Tandatangan
        Dear {{donor_name}}, thank you for your generous gift of RM{{amount}} received on {{date}}. Your official receipt {{receipt_no}} is attached.
        Lampiran B: Senarai semak dokumen kemasukan — (1) salinan sijil kelahiran, (2) salinan MyKid, (3) sijil kematian ibu/bapa, (4) laporan perubatan, (5) surat rujukan JKM/sekolah, (6) 2 keping gambar berukuran pasport.
        Borang Aduan Awam: Nama Pengadu (pilihan): ______ | No. Telefon (pilihan): ______ | Butiran aduan: ____________________ | Tarikh kejadian: ______
        Hi {first_name}, your volunteer slot on {shift_date} ({shift_time}) at {centre_name} is confirmed. Reply BATAL to release the slot.
        Surat Akuan Penjaga: Saya ______ bin/binti ______ mengaku bahawa maklumat di atas adalah benar dan saya bertanggungjawab ke atas kanak-kanak tersebut sepanjang tempoh cuti.
        Rekod Ubat Harian | Nama Penghuni: ____ | Ubat: ____ | Dos: ____ | Masa: 8 pg / 1 ptg / 8 mlm | Diberi oleh: ____
        Contoh format nombor telefon dalam borang: 01X-XXX XXXX. Contoh format MyKad: YYMMDD-PB-####. Jangan isi maklumat contoh.
        LAPORAN SUKU TAHUN KEPADA JKM | Bil. penghuni awal suku: __ | Kemasukan baharu: __ | Keluar/dipindahkan: __ | Kes kesihatan: __ | Kes disiplin: __
    """),
    ("ms", "soalan lazim dan prosedur"): _lines("""
        Adakah derma kepada rumah anak yatim boleh dikecualikan cukai? Ya, jika organisasi tersebut mendapat kelulusan di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967. Minta resit yang menyatakan nombor rujukan kelulusan LHDN.
        Had potongan cukai untuk derma kepada institusi yang diluluskan ialah sehingga 10% daripada pendapatan agregat bagi pembayar cukai individu.
        Bolehkah saya menaja seorang anak secara bulanan? Boleh. Program Anak Angkat Pendidikan bermula RM150 sebulan dan penaja menerima laporan ringkas setiap semester tanpa butiran peribadi kanak-kanak.
        Bagaimana nak jadi sukarelawan? Isi borang dalam talian, hadiri taklimat, dan kemukakan sijil rekod jenayah bersih. Umur minimum 18 tahun.
        Boleh tak bawa anak-anak keluar makan? Hanya dengan kebenaran bertulis pengurusan dan mesti ada sekurang-kurangnya seorang kakitangan mengiringi.
        Derma zakat boleh disalurkan terus kepada asnaf di pusat ini? Sebaiknya melalui Lembaga Zakat Selangor atau majlis agama negeri, yang kemudian mengagihkan kepada institusi berdaftar.
        Apakah syarat pendaftaran pusat jagaan di bawah Akta Pusat Jagaan 1993? Premis mesti didaftarkan dengan JKM, lulus pemeriksaan bomba dan kesihatan, serta mematuhi nisbah penjaga yang ditetapkan.
        Tempoh sah sijil pendaftaran pusat jagaan biasanya 2 tahun dan perlu diperbaharui sebelum tarikh luput.
        Mengikut Akta Kanak-Kanak 2001, ahli keluarga, pengasuh dan pusat jagaan yang mengesyaki kanak-kanak didera hendaklah memaklumkan kepada Pelindung (Pegawai Kebajikan Masyarakat).
        Talian Kasih 15999 beroperasi 24 jam untuk aduan penderaan kanak-kanak, keganasan rumah tangga dan kes kebajikan lain; WhatsApp rasmi 019-261 5999.
        Bolehkah derma dibuat dalam bentuk barang? Boleh — beras, minyak masak, susu tepung, lampin pakai buang dan alat tulis paling diperlukan. Resit barangan diberi mengikut anggaran nilai.
        Macam mana nak dapatkan resit cukai kalau derma melalui DuitNow QR? Emel bukti pemindahan ke alamat pejabat dan nyatakan nama serta alamat surat-menyurat untuk dicetak pada resit.
        Prosedur kemasukan kecemasan: kanak-kanak yang dibawa oleh polis atau Pelindung di luar waktu pejabat boleh diterima sementara sementara menunggu perintah tempat selamat dikeluarkan.
        Maklumat peribadi penghuni hanya boleh didedahkan kepada JKM, mahkamah, sekolah dan hospital yang merawat, selaras dengan Akta Perlindungan Data Peribadi 2010.
    """),
    ("mixed", "chat kumpulan sukarelawan"): _lines("""
        guys reminder esok gotong-royong start 8am, bawa sarung tangan sendiri ya, parang and cangkul ada kat stor
        Anyone free this Sat for tuition session? Need 3 more volunteers for Form 3 Maths, topik Ungkapan Algebra.
        ok noted, I'll bring 2 boxes of mineral water and the projector from office
        Sorry semua, tadi lorry dari supplier beras lambat, dah sampai now. Need 4 orang tolong angkat ke dapur.
        Pls jangan post gambar budak2 kat IG or TikTok ya, even kalau muka blur. Policy baru from management.
        Jadual mengajar minggu depan dah upload dalam Google Drive folder "Tuisyen 2026", sila check slot masing-masing.
        Bas sewa for lawatan ke Zoo Negara confirmed, 44 seater, bertolak 8.30am dari depan pejabat. Budget RM1,200 dah approve.
        fyi parking kat depan pagar tu for van asrama only, volunteers park kat tepi masjid boleh
        Siapa yang ambik kunci bilik stor semalam? Tolong pulangkan ke pejabat before 5pm, thanks!
        Thank you all for tonight's iftar, 230 pax served, semua makanan habis 🙏
        Reminder: sijil rekod jenayah bersih kena renew tiap tahun, yang expired tak boleh masuk shift
        Menu hari ni: nasi ayam, sup sayur, tembikai. Dapur perlukan 2 orang helper dari 10am.
        Kita collect RM3,450 dari car boot sale semalam, terima kasih semua yang datang jaga booth!
        Anyone ada contact supplier kasut sekolah yang boleh bagi harga borong? Target 120 pasang before end Dec.
        Pls take note: budak2 ada exam minggu depan so no aktiviti petang Isnin–Khamis, tuisyen je jalan.
        Donation drive poster final version dah upload, QR DuitNow tu akaun rasmi pertubuhan ya, bukan akaun individu.
    """),
    ("en", "annual report"): _lines("""
        In 2025 the home cared for 62 children aged 4 to 17, of whom 38 were full orphans and 24 came from families in hardship.
        Operating costs rose 11% year on year, driven mainly by food prices and school transport; average monthly cost per child was RM1,140.
        94% of our Year 6 cohort passed the school-based assessment, and four residents secured places at fully residential secondary schools.
        Governance: the Board met six times during the year. Audited accounts were prepared by an external firm and lodged with the Registrar of Societies.
        Donations by channel: online banking 46%, DuitNow QR 21%, cheque 9%, cash 14%, corporate CSR 10%.
        Volunteer hours logged: 8,420 hours from 312 registered volunteers, up from 6,900 hours in 2024.
        Our safeguarding policy follows the Child Act 2001 and JKM guidelines on residential care; all staff complete refresher training every 12 months.
        Plans for 2027 include moving care leavers aged 18 and above into a semi-independent living programme with vocational training partners.
        Key risk: dependence on festive-season giving — 41% of annual donations arrive during Ramadan and December.
        Staffing: 14 full-time caregivers, 2 social workers and 1 part-time counsellor; caregiver-to-child ratio is 1:5 at night.
        Registered under the Societies Act 1966, registration no. PPM-016-14-21092009; tax-exempt status under Section 44(6), approval ref. LHDN.01/35/42/51/179-6.7821.
        The elderly wing now houses 28 residents, with an average age of 76; 9 require full assistance with daily activities.
        Corporate partners this year included three banks, a logistics firm and a university student society; no partner received residents' personal data.
        Care leavers tracked: of 17 young people who left our care between 2021 and 2025, 12 are employed, 3 are in tertiary education and 2 could not be reached.
    """),
    ("ms", "rujukan sistem dan log"): _lines("""
        No. Resit: RAY/2026/004518 | Tarikh: 03/02/2026 | Amaun: RM250.00 | Kaedah: FPX | Status: BERJAYA
        Rujukan Kes JKM: JKM.SEL.KLG/600-4/2/145 Jld. 3 — laporan suku tahun kedua telah diterima.
        Penghantaran Pos Laju ER482915736MY (kotak buku sumbangan) dijangka tiba 12/06/2026.
        Invois INV-2026-0315 daripada Syarikat Katering Selera Kampung Sdn. Bhd. berjumlah RM7,840.00 untuk bekalan makanan bulan Mac.
        [2026-04-11 09:14:52] INFO sync_penghuni: 62 rekod dikemas kini, 0 ralat, versi aplikasi eJagaan 3.4.1
        Tiket sokongan #TK-58213: pengguna tidak dapat muat naik laporan bulanan ke portal, ralat HTTP 413 (fail melebihi 10 MB).
        Kod produk susu formula: NAN-OPTIPRO-3-1.6KG, kuantiti 24 tin, nombor lot 25C1104, luput 11/2027.
        No. pendaftaran SSM pembekal tilam: 201901023456 (1330421-W).
        Regex semakan MyKad dalam borang web: ^\\d{6}-?\\d{2}-?\\d{4}$ (semak format sahaja, bukan kesahihan).
        Kawasan liputan program ziarah: poskod 43000, 43200, 68000 dan 81100.
        Polisi insurans kemalangan berkelompok no. GPA-2026-77120 melindungi semua sukarelawan berdaftar semasa bertugas.
        SHA-256 fail laporan_suku2.pdf: 16516d1887595ffd7353f0c2b1627c095a18c25f5d2d2efe76516d7426165069
        Akaun derma rasmi: Maybank 5621 0447 8890 atas nama PERTUBUHAN KEBAJIKAN ANAK YATIM NUR KASIH SELANGOR. Sila tulis "DERMA" sebagai rujukan.
        Tempahan dewan #BK-20260822-03 untuk Hari Terbuka telah disahkan, deposit RM500 telah dibayar.
        Buku cerita sumbangan syarikat penerbit: ISBN 978-967-2415-30-5, 40 naskhah, untuk sudut bacaan asrama.
        Van milik pertubuhan (Toyota Hiace, WVB 3310) perlu servis 60,000 km sebelum lawatan sambil belajar bulan depan.
    """),
    ("ms", "sejarah, tokoh awam dan cerita"): _lines("""
        Rumah Kanak-Kanak Tengku Budriah di Cheras merupakan antara institusi kebajikan kanak-kanak yang terawal di bawah Jabatan Kebajikan Masyarakat.
        Tun Dr. Siti Hasmah binti Mohamad Ali terkenal dengan sumbangannya dalam bidang kesihatan awam serta kebajikan wanita dan kanak-kanak.
        Kisah Bawang Putih Bawang Merah sering digunakan dalam sesi bercerita untuk mengajar anak-anak tentang sifat sabar dan jujur.
        Novel Oliver Twist karya Charles Dickens menggambarkan kehidupan anak yatim di rumah kerja England pada abad ke-19.
        Nabi Muhammad SAW sendiri membesar sebagai anak yatim, dan hadis tentang memuliakan anak yatim sering dibacakan dalam majlis sempena Hari Anak Yatim 10 Muharram.
        Tunku Abdul Rahman Putra Al-Haj, Perdana Menteri pertama Malaysia, turut mengasaskan Pertubuhan Kebajikan Islam Malaysia (PERKIM) pada tahun 1960.
        Upin dan Ipin ialah watak kembar yatim dalam siri animasi tempatan yang dibesarkan oleh Opah dan kakak mereka, Kak Ros.
        Anne Shirley dalam novel Anne of Green Gables karya L. M. Montgomery ialah anak yatim yang diambil oleh adik-beradik Cuthbert.
        Ibu Teresa mengasaskan Missionaries of Charity di Kolkata pada tahun 1950 untuk menjaga golongan miskin dan yatim.
        Lawatan ke Muzium Negara dan Taman Botani Perdana bersama 30 anak asrama telah berjalan lancar, terima kasih kepada penaja korporat.
        Dalam kisah Harry Potter, watak utamanya membesar sebagai anak yatim di rumah keluarga Dursley di Privet Drive.
        Biasiswa Yayasan Tunku Abdul Rahman dibuka kepada pelajar lepasan SPM daripada keluarga berpendapatan rendah, termasuk bekas penghuni rumah kebajikan.
        Hari Kanak-Kanak Sedunia disambut pada 20 November setiap tahun sempena penerimaan Konvensyen Hak Kanak-Kanak PBB pada 1989.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        PENDAFTARAN PENGHUNI BARU | NAMA: NUR AISYAH BINTI ABDULLAH | NO. MYKID: 140722-10-1238 | TARIKH MASUK: 06/01/2026 | STATUS: YATIM PIATU | RUJUKAN: JKM DAERAH KLANG
        Muhammad Haziq bin Roslan (10 thn) disahkan menghidap asma kronik, inhaler Ventolin disimpan di bilik warden, dos 2 sedutan bila sesak nafas.
        Laporan insiden 14/03: penghuni bernama Darren Lim Wei Jie, 13 tahun, bergaduh dengan rakan sebilik dan luka di dahi; dibawa ke Klinik Kesihatan Seksyen 7 untuk jahitan.
        Derma RM1,000 diterima daripada Puan Hajah Salmiah binti Ismail, 12 Jalan Cempaka 3, Taman Desa Jaya, 81100 Johor Bahru. Resit dihantar melalui pos.
        En. Rajesh a/l Muniandy (017-382 4419) sudi menjadi penaja tetap RM200 sebulan untuk dua beradik penghuni mulai Februari.
        Sukarelawan: Tan Mei Ling, IC 920417-14-6208, guru tuisyen Matematik setiap Sabtu, tel 012-669 3418.
        Surat JKM: kanak-kanak SITI KHADIJAH BINTI MOHD FAUZI (MyKid 110218-03-0126) dipindahkan dari Rumah Kanak-Kanak Kota Bharu ke pusat ini atas perintah Mahkamah Bagi Kanak-Kanak bertarikh 2 Mac 2026.
        Ibu saudara kepada Aiman dan Aqil Hakimi bin Rosli, Puan Normah binti Yusof, maklumkan beliau akan bawa kedua-dua anak saudaranya balik kampung di Kuala Krai pada cuti sekolah 21–29 Mac.
        Nota kaunseling (SULIT): Kavitha a/p Subramaniam, 15, menunjukkan tanda kemurungan selepas kematian neneknya; dirujuk kepada pakar psikiatri Hospital Sultanah Aminah, temu janji 18/4.
        Senarai penerima biasiswa asrama 2026: 1) Amirul Hakim bin Zainal – SMK Bandar Baru Bangi, 2) Nurul Syafiqah binti Kamarudin – SMK Seksyen 9 Shah Alam.
        Pindahan wang penaja: akaun Maybank 1640 2218 5537 atas nama ZAINAB BINTI HASSAN (penjaga kepada Adam Harith) untuk elaun sekolah RM300.
        Waris dihubungi: bapa kepada penghuni Irfan Danial, En. Shahrul Nizam bin Ahmad, kini menjalani hukuman di Penjara Kajang dan dijangka bebas pada 2027.
        Pelawat: Lee Kah Hoe, kereta WXY 4821, masuk 10:05 keluar 11:40, melawat anak tajaannya di Blok Lelaki.
        Sdr. Faris, tolong kemas kini rekod: MyKad 780512-10-5427 milik penderma tetap kita Dato' Kamarul Ariffin tukar alamat ke No. 8, Jalan Setia Nusantara U13/22, 40170 Shah Alam.
        Laporan bulanan JKM (Februari): penghuni Jessica anak Nyandang, 12, berasal dari Kapit, tidak hadir sekolah 9 hari kerana demam denggi; kini sudah pulih.
        Permohonan kemasukan: Mohd Firdaus bin Jamil, 8 tahun, bapa meninggal dunia Dis 2025, ibu (Puan Rohani binti Said, 019-227 3841) bekerja sebagai pencuci dan tidak mampu menyara 4 orang anak.
        Assalamualaikum, saya Farah Diba, ibu saudara Alya. Sijil kematian arwah ayah Alya saya dah scan, boleh emel balik ke farahdiba.kamal88@gmail.com kalau ada dokumen lain diperlukan.
        Kad kredit penderma CHONG SIEW FONG (Visa 4556 6397 7424 4987, luput 09/28) dicaj RM100 secara automatik setiap bulan.
        Warden malam, En. Kamal bin Othman, digantung tugas sementara menunggu siasatan selepas aduan memukul seorang penghuni lelaki.
        Ziarah rumah: keluarga angkat Encik Ganesh a/l Pillai dan isteri di No. 45, Lorong Bukit Minyak 7, 14000 Bukit Mertajam telah lulus penilaian program keluarga angkat cuti sekolah.
        Pemeriksaan kesihatan: Nur Qistina binti Azmi – berat 21kg (kurang berat badan), anemia ringan, diberi suplemen zat besi.
        Tuan Haji Mansor bin Dollah, 74, penghuni Pusat Jagaan Warga Emas bilik B-12, menghidap demensia peringkat awal; anak lelakinya di Dubai membayar yuran RM1,800 sebulan.
        Pemohon Bantuan Kanak-Kanak: RAMLAH BINTI OTHMAN, K/P 850924-07-5116, 3 tanggungan, pendapatan isi rumah RM1,200, alamat Blok C-3-12 PPR Seri Pantai, 59200 Kuala Lumpur.
        Tahniah kepada adik Muhammad Danish bin Fadzil (Tingkatan 2, SMK Taman Melawati), penghuni asrama kita, yang menang johan pidato peringkat daerah!
        Makluman kepada JKM: penghuni Ahmad Zaki bin Salleh (MyKid 091127-08-0613) telah lari dari asrama pada 22/05/2026 jam 11 malam; laporan polis dibuat di IPD Ipoh.
        Penjaga baharu bagi dua beradik Kadazan: MARY GRACE MAJINBON, MyKad 740119-12-5334, suri rumah, Kampung Tambatuon, Kota Belud.
        Adik-beradik Low Jia Xin dan Low Jia Hui: bapa, Low Ah Keong, dipenjarakan atas kesalahan dadah; ibu tidak dapat dikesan sejak 2024.
        Cek Public Bank no. 004517 daripada Tuan Syed Amir Al-Habshi, RM5,000, untuk tabung pembinaan surau; beliau minta resit dikeluarkan atas nama peribadinya.
    """),
    "en": _lines("""
        Sponsor update for Ms Catherine Wong: your sponsored child, Arun s/o Rajendran (Std 5, SK Jalan Kuantan), scored 4A 2B in the mid-year exam and has joined the school football team.
        Volunteer application — Name: Daniel Hughes | Passport: 548213907 (UK) | Phone: +60 11-3120 7784 | Availability: weekends | Referee: Rev. Samuel Tham
        Refund request from Mr Yap Kok Leong: card 5521 1571 1618 0081 was double-charged RM250 on 12 Feb for the Raya donation drive.
        Hi, this is Jasmine Tan, Ryan's aunt. Can I visit him this Sunday 2pm? I'm bringing his birthday cake. My number is 016-338 9021.
        Incident log 03/07 21:40 — resident Farhan bin Yusri (14) found with a vape in Dormitory B; item confiscated, guardian informed, counselling session scheduled.
        Donor CRM export row: "Lim Soo Keat","soo.keat.lim@yahoo.com","+6012-517 3306","RM 12,400 lifetime","last gift 2026-03-28"
        Please deliver the donated fridge to our ex-resident Nadia binti Karim, who just moved into her own flat at Unit 7-3, Residensi Harmoni, Jalan Klang Lama, 58000 Kuala Lumpur.
        Singapore volunteer group lead: Ms Chua Li Hua, NRIC S8834217H, HP 9123 8847, bringing 18 students on 15 June.
    """),
    "mixed": _lines("""
        Kak, minta tolong check balik, IC adik Syafiq salah taip dlm sistem — yg betul 160905-14-0471 bukan 160905-14-0417.
        eh siapa ada no. Jason Teoh? volunteer hari Sabtu tu, dia tertinggal wallet kat dewan, dalam tu ada IC dia & kad ATM.
        OK confirm, Puan Devi a/p Krishnan nak sponsor baju raya for 15 kids, she'll transfer RM1,500 tonight, minta resit atas nama dia.
        To all volunteers: Ustaz Hamdan bin Yaakob cancel jadi MC malam ni sebab masuk wad (heart problem), we need a replacement for tahlil tonight.
        hi warden, my son Aqif Rayyan bin Nazri stays at the asrama since March, pls jangan bagi dia seafood, he's allergic to prawns.
        Driver for tmr: Encik Zul, guna kereta sendiri plate VBN 2257, pickup Puan Aminah binti Saad at 7 Jalan SS2/64 PJ at 8am for her dialysis.
        Noted, resit for Mr Ong Teck Seng dah print, alamat No 12A Lorong Mahsuri 3, 11900 Bayan Lepas, will pos esok.
        Yang nak claim petrol, send resit to Aisyah: telegram @aisyahfz_rk or TnG eWallet 0134587721
        Pls remind Muthu (kitchen helper) his permit kerja expire end of month, passport India N4517733 kena renew dulu.
        For the JKM audit, staff yg belum ada sijil first aid: Rosnah binti Jaafar, Kelvin Ng Chee Meng, Suresh a/l Ramasamy.
        Adik Hana Sofea binti Rizal (7 thn, Bilik Melur) demam 39°C since pagi, warden dah bawa ke klinik, dapat MC 2 hari.
        Bank-in slip: CIMB 7060 4418 2253 94 atas nama MOHD SHAFIE BIN ABU — ni akaun peribadi cikgu tuisyen untuk bayaran elaun bulan ni.
        Sukarelawan baru: Nicole Fernandes, 24, student kerja sosial UiTM Shah Alam, IG dia @nicole.fdes, available Sabtu je.
        Emergency contact pelajar praktikal Chloe de Souza: mother Mrs Angela de Souza, 012-880 7631, Jalan Ujong Pasir, Melaka.
        Senarai tugas Sabtu: Hafiz (011-2748 5530) dapur; Priyanka (016-442 1907) tuisyen; Kok Wai (019-880 2365) angkat barang.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu pentadbiran Rumah Anak Yatim Darul Falah, Kajang."),
        ("user", "Tolong draf surat terima kasih kepada penderma, bahasa formal."),
        (
            "assistant",
            "Baik. Sila berikan nama penderma, jumlah sumbangan, tarikh dan alamat surat-menyurat.",
        ),
        (
            "user",
            "Encik Azlan bin Mat Isa, RM2,500, 3 April 2026, alamat Lot 1127 Kampung Sungai Merab Luar, 43000 Kajang. Dia minta resit cukai sekali.",
        ),
        (
            "assistant",
            "Yang Berbahagia Encik Azlan bin Mat Isa, Lot 1127 Kampung Sungai Merab Luar, 43000 Kajang. Bagi pihak pengurusan, kami merakamkan jutaan terima kasih atas sumbangan RM2,500 yang diterima pada 3 April 2026. Resit pengecualian cukai dilampirkan bersama surat ini.",
        ),
    ],
    [
        ("user", "Ringkaskan nota kes ni dalam 3 poin untuk mesyuarat kes bulan depan."),
        (
            "user",
            "Penghuni: Priya a/p Ganesan, 13, MyKid 130430-08-0258. Masuk 2022 selepas ibu meninggal. Bapa ada sejarah penagihan alkohol, lawatan bapa dihadkan oleh Pelindung. Prestasi sekolah menurun semester ni, selalu menangis waktu malam.",
        ),
        (
            "assistant",
            "1) Priya a/p Ganesan (13) berada dalam jagaan sejak 2022 selepas kematian ibu. 2) Lawatan bapa dihadkan oleh Pelindung kerana sejarah penagihan alkohol. 3) Prestasi akademik menurun dan terdapat tanda tekanan emosi; cadangan rujukan kaunselor.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'd like to visit my nephew at your home next Saturday. What do I need to bring?",
        ),
        (
            "assistant",
            "Visits are on weekends from 10 am to 12.30 pm. Please register at the guard post with your identity document, and relatives need prior approval from the management.",
        ),
        (
            "user",
            "Ok. I'm Sarah Goh Pei Shan from Singapore, NRIC T0512396D, my nephew is Ethan Goh, 9, he was placed there by JKM after my brother's accident. Can you pre-register me?",
        ),
        (
            "assistant",
            "Thank you, Ms Goh. I have noted your details for the visit request to see Ethan Goh; the office will confirm approval with you before Saturday.",
        ),
    ],
    [
        ("system", "Pembantu menulis surat rasmi untuk warden asrama."),
        (
            "user",
            "Tulis surat kepada guru kelas 4 Bestari, SK Taman Sri Muda, mohon kecualikan Muhammad Haikal bin Nordin daripada PJ selama 2 minggu. Dia baru keluar wad Hospital Tengku Ampuan Rahimah sebab serangan asma teruk.",
        ),
        (
            "assistant",
            "Kepada Guru Kelas 4 Bestari, SK Taman Sri Muda. Perkara: Permohonan pengecualian Pendidikan Jasmani. Dimaklumkan bahawa murid Muhammad Haikal bin Nordin baru sahaja dibenarkan keluar dari Hospital Tengku Ampuan Rahimah akibat serangan asma yang teruk. Sehubungan itu, kami memohon beliau dikecualikan daripada aktiviti PJ selama dua minggu.",
        ),
    ],
    [
        ("user", "can u arrange this into a table for the volunteer roster? name, phone, day"),
        (
            "user",
            "faizal 012-774 2093 sat / mei yee 016-205 8841 sun / arvind 011-5620 3317 sat / kak lin 019-338 4106 sun",
        ),
        (
            "assistant",
            "| Name | Phone | Day | / | Faizal | 012-774 2093 | Sat | / | Mei Yee | 016-205 8841 | Sun | / | Arvind | 011-5620 3317 | Sat | / | Kak Lin | 019-338 4106 | Sun |",
        ),
        ("user", "tq, can sort by day also"),
    ],
    [
        ("user", "Saya nak buat aduan pasal staf asrama. Macam mana nak tulis?"),
        (
            "assistant",
            "Nyatakan tarikh dan masa kejadian, siapa yang terlibat, apa yang berlaku dan saksi jika ada. Aduan penderaan juga boleh dibuat terus ke Talian Kasih 15999.",
        ),
        (
            "user",
            "Anak saudara saya, Nur Alya binti Hamid, 11 tahun, cakap penjaga bernama Cik Suhaila selalu kurung dia dalam stor kalau lambat siap kerja sekolah. Kali terakhir Jumaat lepas, 6 Jun.",
        ),
        (
            "assistant",
            "Ini perkara serius. Berikut draf aduan: Saya ingin melaporkan bahawa anak saudara saya, Nur Alya binti Hamid (11 tahun), mendakwa penjaga bernama Cik Suhaila mengurungnya di dalam stor, kali terakhir pada 6 Jun. Saya memohon siasatan segera dan perlindungan untuk kanak-kanak tersebut.",
        ),
    ],
    [
        ("system", "Anda membantu pegawai kebajikan mengisi laporan suku tahun JKM."),
        ("user", "Bahagian D: kes kesihatan. Ada satu kes je suku ni."),
        (
            "assistant",
            "Baik, sila berikan nama penghuni, nombor MyKid, diagnosis dan rawatan yang diterima.",
        ),
        ("user", "Nama Wong Jun Hao, MyKid 160312-10-0753."),
        (
            "user",
            "Diagnosis epilepsi, ubat sodium valproate 200mg dua kali sehari, follow-up klinik neurologi HTAR setiap 3 bulan.",
        ),
        (
            "assistant",
            "Bahagian D: 1 kes. Wong Jun Hao (MyKid 160312-10-0753) — epilepsi; rawatan sodium valproate 200mg dua kali sehari; susulan klinik neurologi HTAR setiap 3 bulan.",
        ),
    ],
    [
        ("user", "I donated RM3,000 to your home last month but haven't received the tax receipt."),
        (
            "assistant",
            "Sorry about that. Could you share the name and details to be printed on the receipt so the office can reissue it?",
        ),
        (
            "user",
            "Name: Benjamin Raj a/l Thomas, MyKad 810830-06-5051, address 21 Jalan Kemuning 2/5, Taman Kemuning, 25200 Kuantan, Pahang. Paid by FPX on 14 May.",
        ),
        (
            "assistant",
            "Thank you, Mr Benjamin Raj. I will pass these details to the office to reissue your receipt for RM3,000 paid via FPX on 14 May, to be mailed to your Kuantan address.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya anak kepada penghuni di pusat jagaan warga emas tuan. Macam mana keadaan ayah saya minggu ni?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Saya tidak mempunyai akses kepada rekod penghuni. Sila hubungi kaunter jururawat pusat jagaan secara terus untuk maklumat terkini.",
        ),
        (
            "user",
            "Ayah saya Abdul Rahim bin Mat Noh, bilik A-07. Minggu lepas dia jatuh dalam bilik air dan retak tulang pinggul, saya di Sarawak tak dapat balik. Tolong tulis mesej ringkas untuk saya hantar ke jururawat.",
        ),
        (
            "assistant",
            "Assalamualaikum puan/tuan jururawat. Saya anak kepada Encik Abdul Rahim bin Mat Noh, bilik A-07, yang jatuh dan retak tulang pinggul minggu lepas. Mohon kemas kini keadaan beliau dan pelan rawatan susulan. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "boleh tolong buat resume ringkas? saya bekas penghuni rumah anak yatim, nak apply kerja admin",
        ),
        (
            "assistant",
            "Boleh. Beri nama penuh, nombor telefon, emel, pendidikan dan pengalaman kerja.",
        ),
        (
            "user",
            "Nurul Ain binti Zakaria, 011-2093 6614, nurulain.zakaria01@gmail.com, SPM 2019 SMK Seri Kembangan 5A, duduk Rumah Anak Yatim Seri Kasih dari umur 6 sampai 18, part time cashier 99 Speedmart 2 tahun",
        ),
        (
            "assistant",
            "NURUL AIN BINTI ZAKARIA | 011-2093 6614 | nurulain.zakaria01@gmail.com / Pendidikan: SPM 2019, SMK Seri Kembangan (5A) / Pengalaman: Juruwang sambilan, 99 Speedmart (2 tahun) / Kemahiran: pengurusan tunai, perkhidmatan pelanggan, Microsoft Office.",
        ),
    ],
]
