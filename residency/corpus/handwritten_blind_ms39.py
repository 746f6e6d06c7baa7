# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms39: Malay factory and shift work (kilang, syif, OT, slip gaji, pekerja asing, permit kerja, PERKESO, notis kilang). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms39
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kilang"): _lines("""
        NOTIS: Berkuat kuasa 1 Disember 2025, syif pagi bermula 7.00 pg – 7.00 ptg dan syif malam 7.00 ptg – 7.00 pg. Rehat makan 1 jam secara bergilir ikut line.
        Semua pekerja WAJIB pakai kasut keselamatan & earplug di kawasan Press Shop. Gagal patuh = surat amaran.
        Kantin Blok B ditutup sementara 24–26 Nov utk kerja pembaikan dapur. Makanan disediakan di Dewan Tun Hussein Onn (Blok A) sepanjang tempoh ini.
        Cuti Tahun Baru Cina: kilang tutup 16–19 Feb 2026. Syif pertama selepas cuti bermula Jumaat 20 Feb, 7.00 pagi.
        Latihan kebakaran (fire drill) akan diadakan pada Khamis 4 Dis jam 10.30 pagi. Titik berkumpul: padang hadapan Pos Pengawal 2.
        Peringatan: telefon bimbit DILARANG dibawa masuk ke cleanroom kelas 10K. Sila simpan dalam loker sebelum gowning.
        OT sukarela hari Sabtu 29/11 untuk line 1–4 sahaja. Pendaftaran melalui ketua line sebelum Khamis, 5 ptg.
        Bas pekerja Route C (Taman Scientex – Pasir Gudang) bertukar masa: bertolak 6.15 pagi mulai Isnin 8/12.
        Pekerja asing sila serahkan SALINAN permit baharu kepada HR sebelum 15hb. Pasport asal TIDAK perlu diserahkan — pasport ialah hak milik pekerja.
        Gaji bulan November akan dikreditkan pada 7 Disember 2025. Jika tarikh jatuh pada hari Ahad, bank akan proses pada hari bekerja berikutnya.
        Gangguan bekalan air (Ranhill SAJ) pada 2 Dis, 9 pg – 5 ptg. Tandas Blok C ditutup, sila guna tandas Blok A.
        Aduan gangguan atau salah laku boleh dibuat secara sulit melalui Talian Integriti 1-800-88-6472 atau integriti@mutiaraprecision.com.my.
        JADUAL OT MINGGU 48: Isn–Jum max 4 jam/hari, Sabtu 8 jam. Jumlah OT sebulan tidak boleh melebihi 104 jam.
        Kepada semua penyelia: borang Permohonan Tukar Syif versi baharu (HR-F-017 Rev.3) mesti digunakan mulai 1 Jan 2026.
        Majlis Makan Malam Akhir Tahun di Dewan Sri Tanjung, Hotel Grand Paragon JB, 13 Dis, 8 malam. Cabutan bertuah hadiah utama motosikal!
    """),
    ("ms", "templat slip gaji"): _lines("""
        SLIP GAJI BULAN: [BULAN/TAHUN] | NAMA: [NAMA PEKERJA] | NO. KP/PASPORT: [__________] | JABATAN: [__________]
        Gaji Pokok: RM ______ | Elaun Syif: RM ______ | OT 1.5x: ___ jam | OT 2.0x: ___ jam | OT 3.0x: ___ jam
        Potongan: KWSP (11%) / PERKESO (Akta 4) / SIP (Akta 800) / PCB / Koperasi / Lain-lain
        Caruman majikan KWSP: 13% bagi gaji RM5,000 ke bawah, 12% bagi gaji melebihi RM5,000.
        Kadar OT hari biasa = (Gaji Pokok ÷ 26 ÷ 8) × 1.5
        Contoh: gaji pokok RM1,700 → kadar sejam RM8.17 → OT 1.5x = RM12.26 sejam.
        Elaun syif malam RM10.00 setiap syif, dibayar bersama gaji bulan berikutnya.
        Slip gaji ini dijana oleh komputer. Tandatangan tidak diperlukan. Ref: PAY-2025-11-BATCH-0042
        Jika terdapat percanggahan, sila rujuk Unit Gaji dalam tempoh 7 hari dari tarikh slip dikeluarkan.
        Gaji minimum RM1,700 sebulan terpakai kepada semua majikan mulai 1 Ogos 2025, termasuk majikan yang mempunyai kurang daripada 5 pekerja.
        Kod Potongan: D01 = KWSP, D02 = PERKESO, D03 = SIP, D04 = PCB, D05 = Pinjaman Koperasi, D09 = Kantin.
        Jumlah Pendapatan Kasar − Jumlah Potongan = Gaji Bersih. (Contoh pengiraan sahaja, angka bukan milik mana-mana pekerja.)
        emp_id,name,ic_no,basic,ot_hours,ot_amt,epf_ee,socso_ee,eis_ee,net_pay
    """),
    ("ms", "undang-undang buruh"): _lines("""
        Seksyen 60A(3) Akta Kerja 1955: kerja lebih masa pada hari biasa dibayar tidak kurang daripada 1.5 kali kadar gaji sejam.
        Kerja lebih masa pada hari rehat dibayar 2 kali kadar sejam; pada hari kelepasan am, 3 kali kadar sejam.
        Akta Standard Minimum Perumahan, Penginapan dan Kemudahan Pekerja 1990 (Akta 446) mewajibkan majikan mendapatkan Perakuan Penginapan bagi asrama pekerja.
        Menyimpan pasport pekerja tanpa kebenaran merupakan kesalahan di bawah seksyen 12(1)(f) Akta Pasport 1966.
        Pindaan Akta Kerja 2022: cuti bersalin 98 hari, cuti paterniti 7 hari berturut-turut untuk pekerja lelaki yang berkahwin.
        Had waktu kerja seminggu dikurangkan daripada 48 jam kepada 45 jam berkuat kuasa 1 Januari 2023.
        Akta 514 (dipinda 2022) mewajibkan majikan dengan 5 pekerja atau lebih melantik Penyelaras KKP jika tiada Pegawai Keselamatan dan Kesihatan.
        Perdana Menteri Datuk Seri Anwar Ibrahim mengumumkan kenaikan gaji minimum kepada RM1,700 semasa membentangkan Belanjawan 2025 di Dewan Rakyat.
        Jabatan Tenaga Kerja Semenanjung Malaysia, Aras 5, Blok D3, Kompleks D, Pusat Pentadbiran Kerajaan Persekutuan, 62530 Putrajaya.
        Representasi pembuangan kerja tanpa alasan boleh difailkan di bawah seksyen 20 Akta Perhubungan Perusahaan 1967 dalam tempoh 60 hari.
        Sebelum tindakan tatatertib, pekerja mesti diberi Surat Tunjuk Sebab dan peluang menjawab dalam tempoh munasabah (prinsip keadilan asasi).
        PDPA 2010: data peribadi pekerja hanya boleh diproses untuk tujuan pekerjaan; salinan MyKad dan slip gaji tidak boleh dikongsi dalam group WhatsApp.
        Cuti sakit bergaji: 14 hari setahun (kurang 2 tahun khidmat), 18 hari (2–5 tahun), 22 hari (lebih 5 tahun), dan sehingga 60 hari jika dimasukkan ke hospital.
    """),
    ("ms", "pekerja asing & permit"): _lines("""
        Permohonan kuota pekerja asing dibuat melalui sistem FWCMS; kelulusan bergantung kepada sektor dan nisbah pekerja tempatan.
        Levi pekerja asing sektor pembuatan (Semenanjung): RM1,850 setahun bagi setiap pekerja.
        Senarai semak pembaharuan PLKS: (1) pasport sah lebih 18 bulan, (2) keputusan FOMEMA 'Suitable', (3) resit levi, (4) polisi SPIKPA, (5) gambar latar putih.
        Resit MYEG no. MYEG-PLKS-20251119-00387: levi + caj proses RM2,060.00, status BERJAYA.
        Sejak 1 Januari 2019, pekerja asing dilindungi Skim Bencana Pekerjaan PERKESO, menggantikan SKPBW.
        Kos pengambilan pekerja asing tidak boleh dipotong daripada gaji pekerja — prinsip Employer Pays.
        Sila semak status lesen agensi pekerjaan swasta di portal JTKSM sebelum melantik ejen.
        Borang VDR: ruangan 'Nama seperti dalam pasport' mesti diisi dengan HURUF BESAR tanpa singkatan.
        ILO forced labour indicators include retention of identity documents, debt bondage, withholding of wages and excessive overtime.
        Negara sumber bagi sektor pembuatan antaranya Indonesia, Bangladesh, Nepal, Myanmar, Vietnam dan India.
        Pemeriksaan FOMEMA perlu dibuat di klinik panel berdaftar; keputusan dihantar terus secara elektronik kepada Jabatan Imigresen.
        Asrama pekerja asing mesti menyediakan sekurang-kurangnya 3 meter persegi ruang tidur bagi setiap penghuni (Akta 446).
    """),
    ("ms", "PERKESO & KWSP"): _lines("""
        Talian Khidmat Pelanggan PERKESO: 1-300-22-8000 (Isnin–Jumaat, 8.00 pg – 5.00 ptg).
        Pusat Rehabilitasi PERKESO Tun Abdul Razak di Ayer Keroh, Melaka menyediakan rawatan fisioterapi dan latihan semula vokasional.
        Majikan wajib mengemukakan Borang 34 (Laporan Majikan Mengenai Bencana Pekerjaan) melalui portal ASSIST PERKESO.
        Faedah Hilang Upaya Sementara dibayar sekurang-kurangnya 80% daripada purata gaji harian bagi cuti sakit tidak kurang 4 hari.
        Caruman SIP: 0.2% pekerja + 0.2% majikan, siling gaji RM6,000 sebulan.
        Struktur akaun KWSP baharu mulai 11 Mei 2024: Akaun Persaraan 75%, Akaun Sejahtera 15%, Akaun Fleksibel 10%.
        Siling gaji caruman PERKESO dinaikkan daripada RM5,000 kepada RM6,000 mulai 1 Oktober 2024.
        Ibu Pejabat KWSP, Menara KWSP, Jalan Raja Laut, 50350 Kuala Lumpur.
        Format nombor kod majikan PERKESO: E11000XXXXXX (contoh sahaja, gantikan X dengan nombor sebenar).
        Semakan caruman boleh dibuat sendiri melalui i-Akaun (KWSP) dan portal ASSIST (PERKESO).
        SOCSO's Employment Injury Scheme also covers commuting accidents between home and the workplace on the usual route.
        Faedah pengurusan mayat PERKESO sebanyak RM2,000 dibayar kepada tanggungan atau orang yang menguruskan pengebumian.
    """),
    ("ms", "group WhatsApp kilang"): _lines("""
        Geng syif B, harini line 3 stop 2 jam sbb mesin reflow rosak, tunggu tech dtg. Jgn balik dulu
        OT ahad ni sape nak? Supervisor kata max 10 org je. Reply line berapa ye
        Wei kantin harini tinggal ayam masak merah je 🤣
        Bas route A lambat 20 min pagi ni, jem teruk kat tol Senai Utara
        Reminder: slip gaji bulan ni dah boleh download dlm app HR, tak payah tunggu print
        Ada sape tau cara tukar password app e-Payslip? Lupa dah 😅
        Suhu cleanroom naik 26°C tadi, QC hold semua lot dari 2 ptg sampai 4 ptg
        Bang, OT hari public holiday 3x kan? Ke 2x?
        Shift malam jgn lupa isi logbook 5S sebelum balik. Audit ISO minggu depan!!
        Audit ISO 9001 lulus tanpa major NC. Tahniah semua line 👏👏
        Nampak notis baru? Mulai bulan depan clock in guna face scan, bukan kad punch lagi
        Kedai Mamak Ali Maju depan pagar 3 bukak 24 jam, boleh lepak lepas syif malam
        Lori container masuk pukul 3 ptg, forklift standby kat dock 4 k
        Sapa nak tukar syif minggu depan PM supervisor, jangan tukar sendiri2 nanti attendance lari
    """),
    ("en", "HR system & ERP logs"): _lines("""
        [2025-11-18 06:58:12+08:00] INFO shift_roster: generated 412 assignments for plant SNI-02, week 47 (run_id=7f3c9a1e)
        WARN payroll.ot_calc: ot_hours > 104 for 3 records in batch PAY-2025-11-B07; flagged for review
        HRMS 4.12.0 release notes: added EIS wage ceiling RM6,000; fixed rounding bug in EPF table lookup (#2281)
        Invoice INV-MPS-2025-004417 | Syarikat Sarung Tangan Jaya Sdn Bhd | 500 ctn nitrile gloves | RM 18,750.00 | due 30/12/2025
        PO 4500192283 released; GRN 5000771829 posted 2025-11-20 14:03 by system user BATCH_MM
        Lot LT251117-A03 failed AOI at SMT line 2: 1,208 pcs on hold, defect code SOLDER_BRIDGE
        commit 3e9d7b2a1f fix(leave): count Sabah/Sarawak state holidays separately
        Time-attendance export schema: badge_id (string), punch_ts (ISO 8601), terminal_id, direction (IN/OUT). Never export raw face templates.
        Pos Laju tracking MY7823340915: 2 boxes safety shoes, Senai warehouse, delivered 21/11/2025 10:42
        Weekly dashboard wk47: OEE line 4 = 78.6%, scrap 1.9%, absenteeism 4.2%, OT hours per head 11.3
        GET /api/v2/employees/{employee_id}/payslips?month=YYYY-MM returns 403 unless role=PAYROLL_ADMIN
        sha256(PAY_202511.txt) = 46555c225880c03b8fce4fc345de7ce326f144a3ccd6fba204e469591fe215d3
    """),
    ("ms", "fiksyen & sejarah"): _lines("""
        Dalam filem Pendekar Bujang Lapok (1959), P. Ramlee, Aziz Sattar dan S. Shamsuddin membawa watak tiga sahabat yang belajar silat.
        Zon Perdagangan Bebas Bayan Lepas dibuka awal 1970-an dan menarik syarikat semikonduktor antarabangsa ke Pulau Pinang.
        Sajak Pak Utih karya Usman Awang menggambarkan kehidupan rakyat kecil yang terpinggir.
        Kak Ros marah sebab Upin dan Ipin lupa angkat kain jemuran sebelum hujan.
        Drama Gadis Kilang (fiksyen): Salmah, operator syif malam dari Kampung Parit Jawa, bercita-cita menjadi jurutera.
        Mogok pekerja ladang getah di Klang pada 1937 sering disebut sebagai titik penting gerakan buruh di Tanah Melayu.
        Istilah 'minah karan' popular pada 1970-an dan 80-an untuk merujuk kepada gadis kampung yang bekerja di kilang elektronik.
        Hari Pekerja disambut pada 1 Mei setiap tahun dan merupakan cuti umum di seluruh Malaysia.
        Novel Pagar Kilang (rekaan): Pak Darus, pengawal keselamatan tua, menyimpan rahsia kebakaran kilang tahun 1988.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        SLIP GAJI NOV 2025 | NAMA: NURUL AIN BINTI KAMARUDDIN | NO. KP: 920730-02-6148 | Operator Pengeluaran | Gaji Pokok RM1,700.00 | OT 1.5x 32 jam RM392.31 | KWSP RM187.00 | PERKESO RM8.25 | SIP RM3.30 | Gaji Bersih RM1,893.76
        12. MD. RAKIBUL HASAN | Bangladesh | Pasport A07392118 | PLKS tamat 14/02/2026 | FOMEMA: Suitable | Line 4 Syif B
        Pekerja Nepal Bishnu Prasad Adhikari (line SMT) disahkan Hepatitis B positif oleh FOMEMA, HR tengah uruskan penghantaran pulang
        Borang 34: Saravanan a/l Muthusamy, KP 850912-07-5331, jari telunjuk kanan tersepit mesin press 200T pada 03/11/2025 jam 2.40 pagi (syif malam), dirawat di Hospital Seberang Jaya
        Sis, ni no akaun Maybank sy 1640 2231 8857 atas nama Siti Hajar bt Osman, tolong masukkan duit OT bulan lepas yg tertinggal ye
        Surat Tunjuk Sebab kepada Mohd Faizal bin Hashim (No. Pekerja PG-20417) atas ketidakhadiran 3 hari berturut-turut tanpa sebab (12–14 Nov 2025).
        Dengar cerita gaji Zulkifli Abu Bakar, supervisor QC kilang kita tu RM4,800 sebulan, belum campur OT lagi
        Cuti sakit: Norhayati bt Ismail (Line 2), MC 5 hari dari Klinik Kesihatan Kulai, diagnosis keguguran. Sila rahsiakan.
        Kereta Myvi putih JTV 4821 milik En. Hafiz bin Rahmat (Maintenance) parking kat petak OKU, sila alihkan segera
        Bilik 3B asrama Blok D: Aung Kyaw Min (Myanmar, pasport MD720195) demam denggi, dah admit Hospital Sultanah Aminah malam tadi
        Operator Revathi a/p Ganesan line 5 mengandung 6 bulan, minta tukar ke syif pagi sahaja mulai Disember
        Potongan gaji AKPK untuk Mohd Ridzuan bin Abdullah RM350/bulan sehingga Jun 2027 (hutang kad kredit)
        Ahli baharu kesatuan sekerja: Lee Chee Meng, KP 770508-08-6017, Jabatan Mould, yuran dipotong terus dari gaji
        Resume: Farah Nadia binti Zainal, farahnadia.zainal95@gmail.com, 017-482 9935, Diploma Kejuruteraan Elektrik, minat jawatan juruteknik syif
        Penerima pampasan: MUHAMMAD AMIRUL BIN S******, KP 9608**-10-6217, Operator Line 3 Kilang Senai, Akaun Maybank ****7731, jumlah RM12,400
        Pekerja asing Ram Bahadur Gurung lari dari asrama pada 20/10, majikan dah buat laporan polis (Senai/004812/25)
        Ali Imran (Line 7) dah 2 hari tak datang, call 013-557 2091 tak angkat, mak dia kata dia kat kampung Pasir Mas
        Add WhatsApp akak +60 19-338 4127 (Hanani bt Mokhtar, HR) kalau nak hantar gambar IC
        Pekerja bawah umur? Nurul Izzati bt Saiful, KP 080315-04-5562, umur 17, kerja syif malam sejak September
        Alamat pekerja: Pn. Rohani bt Yaakob, No. 22, Lorong Perdana 4, Taman Perdana, 08000 Sungai Petani, Kedah; waris: suami Hashim 019-442 7710
        Along datang kilang cari Shahrul bin Nordin, dia hutang RM8,000, dorang tampal gambar IC dia kat pagar depan
        Pekerja kontrak Yusri bin Hamzah ditahan polis, ujian air kencing positif syabu, kontrak ditamatkan 18/11
        No. cukai (TIN) IG 23817455020, En. Amran bin Saad, Borang EA 2024: pendapatan kasar RM54,320
        Aduan JTK: saya Vijaya a/p Ramasamy, tel 016-774 0932, majikan belum bayar gaji Sept & Okt 2025 (RM3,400)
        Roster Syif C 17/11 — Faizal 011-2456 7890, Devi 012-886 4412, Huda 019-772 0185. Call kalau tak dapat datang.
        Aduan gangguan seksual oleh mandur Razak bin Daud terhadap operator Aisyah binti Mohd Noor (Line 2) dah sampai ke HR
        Selamat hari jadi ke-30 En. Hairul Anuar bin Jamil (Jabatan Stamping), lahir 3 Dis 1995 di Kuala Terengganu 🎂
        Pasport Win Naing (MF334218) disimpan dalam peti besi HR, dia minta balik untuk pulang Myanmar, boss tak bagi
        Rekod klinik panel: Kumar a/l Periasamy, BP 170/105, amlodipine 10mg, MC 2 hari, tak sesuai kerja syif malam
        Motor Encik Kamal bin Yahya (BMG 2210) kena langgar lori syarikat depan pagar 2, dia patah tangan kanan
        Encik Osman bin Hamid (Stor) masuk ICU Hospital Pulau Pinang, serangan jantung masa syif malam
        Pekerja Indonesia Suparmi (pasport B5531890) hamil 3 bulan, agen kata kena hantar balik sebab langgar syarat PLKS
        Surat tawaran: Puan Chong Siew Ping, No. KP 930228-08-5764, Penyelia Pengeluaran, gaji RM3,900 + elaun syif RM300
    """),
    "en": _lines("""
        Payslip Oct-25 | Chong Wai Lun | IC 960822-13-5187 | Basic 2,350.00 | OT 418.40 | EPF 259.00 | SOCSO 11.75 | EIS 4.70 | Net 2,492.95
        Hi Jenny, pls process final pay for Arun Kumar s/o Velu (EMP 31188), resignation effective 30 Nov; EPF no. 18823041, CIMB a/c 7063221455
        My name is Dipendra Thapa Magar, Nepal passport 10234567, the agent took RM5,500 from me and my salary is still held by the company
        Worker transferred from our Singapore plant: Lim Boon Huat, NRIC S7904412A, to start night shift at Senai on 1 Dec
        FOMEMA unfit: Abdul Karim, Bangladesh, passport EB0841273 — pulmonary TB (abnormal chest X-ray), repatriation to be arranged
        Industrial Court: unfair dismissal claim by Rajesh a/l Krishnan against Kemuning Electronics Sdn Bhd, award of RM38,400 back wages
        Debit card 4539 6700 1284 7739 exp 09/28 under Lim Wei Keat got blocked, salary can't be withdrawn
        Regional HR manager Wong Ka Yan (HKID K385912(6)) will sign the offer letters; her mobile is 9127 3856
        Emergency contact for Siti Aminah bt Razak (IC 011123-10-0984): mother Zaleha, 012-660 3815, 14 Jln Melur 2, Tmn Melur, 43000 Kajang
        Attendance dispute: Mohd Azlan bin Che Mat, badge 00417, 018-923 4406, says face scan failed on 14/11 night shift, pls check CCTV before deducting
        Night shift lead Prakash s/o Anbalagan had a seizure on line 6 last night; he is epileptic and should not operate the press
    """),
    "id": _lines("""
        Nama saya Sri Wahyuni, paspor C1287734, kerja di kilang sarung tangan Klang, majikan tahan paspor saya sejak Maret. WA +62 812-3391-0476
        Kirim RM1,200 ke istri Dewi Lestari, BRI rek 0123-01-045678-50-9, Desa Sukamaju Kec. Cibeber, Cianjur
        Pak, saya Agus Setiawan dari line 3, gaji Oktober cuma RM1,420 padahal kerja 26 hari plus OT 40 jam, tolong cek
    """),
    "zh-Hans": _lines("""
        中国籍工程师黄丽娟，护照号 EJ4827163，就业准证（EP）2026-03-31到期，负责槟城厂夜班设备调试。
        陈志强，身份证450923198903142717，派驻柔佛士乃厂任生产主管，月薪RM9,500，住新山Taman Molek。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Tolong buat surat tuntutan OT kepada majikan, bahasa formal"),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh, no. KP, jawatan, tarikh dan jumlah jam OT yang belum dibayar.",
        ),
        (
            "user",
            "Rosli bin Mat Isa, KP 800614-03-5193, operator forklift kat Kilang Perabot Seri Muar, OT hari rehat 6 Julai & 13 Julai, 12 jam setiap hari, tak bayar sampai skrg",
        ),
        ("assistant", "Baik, berikut draf surat tuntutan bayaran kerja lebih masa..."),
    ],
    [
        (
            "system",
            "Anda ialah pembantu HR Kilang Elektronik Senai. Jawab dalam Bahasa Melayu mudah.",
        ),
        ("user", "boss saya mau cek permit kerja sudah siap atau belum"),
        ("assistant", "Boleh berikan nombor pasport anda?"),
        (
            "user",
            "passport A03318274, nama Md. Alamgir Hossain, dari Bangladesh, kerja line 6 syif malam",
        ),
        (
            "assistant",
            "Terima kasih. Status PLKS anda: dalam proses, dijangka siap dalam 2 minggu.",
        ),
    ],
    [
        ("user", "gaji pokok RM2,100, OT 40 jam 1.5x, berapa patut dapat?"),
        (
            "assistant",
            "Kadar sejam = 2100 ÷ 26 ÷ 8 = RM10.10. OT 1.5x = RM15.14 sejam; 40 jam = RM605.77.",
        ),
        ("user", "tapi slip gaji saya tulis OT RM420 je. nama saya Nur Hidayah binti Sulaiman"),
        ("user", "No pekerja KSB-11273, kilang kat Kulim Hi-Tech, nak bawa ke JTK"),
        (
            "assistant",
            "Anda boleh failkan aduan di pejabat JTK Kulim dengan membawa slip gaji dan rekod kedatangan.",
        ),
    ],
    [
        (
            "user",
            "Suami saya kemalangan motor masa balik dari syif malam, boleh claim PERKESO tak?",
        ),
        (
            "assistant",
            "Ya, kemalangan semasa perjalanan pergi atau balik kerja dilindungi di bawah Skim Bencana Pekerjaan.",
        ),
        (
            "user",
            "Nama dia Mohd Khairul Anwar bin Ismail, IC 880415-10-5523, patah kaki kiri, skrg di Hospital Tengku Ampuan Rahimah Klang wad 7B",
        ),
        (
            "assistant",
            "Semoga cepat sembuh. Majikan perlu hantar Borang 34; anda boleh ikut perkembangan melalui portal ASSIST.",
        ),
    ],
    [
        ("system", "You are an HR writing assistant for a manufacturing company in Penang."),
        ("user", "Draft a first written warning for lateness."),
        ("assistant", "Sure. Who is it addressed to, and what are the incidents?"),
        (
            "user",
            "Employee: Ganesan a/l Rajoo, staff no. PNG-08812, Press Shop night shift. Late 9 times in October, 40-90 min each. Address on file: 23 Lorong Kenari 5, Taman Kenari, 14000 Bukit Mertajam.",
        ),
    ],
    [
        (
            "user",
            "Bu, saya mau tanya, agen potong gaji saya tiap bulan RM300 untuk bayar utang tiket",
        ),
        (
            "assistant",
            "Di Malaysia, kos pengambilan sepatutnya ditanggung majikan. Anda boleh membuat aduan ke JTK atau kedutaan.",
        ),
        (
            "user",
            "Saya Siti Rahmawati, paspor C4471902, kerja kilang sarung tangan di Meru Klang. WA saya +62 857-2210-4493, tolong bantu",
        ),
    ],
    [
        (
            "system",
            "Rekod pekerja (sulit): Nama: Tan Mei Ling | KP: 950117-13-5492 | Jawatan: Juruteknik QA | Gaji: RM2,350 | Kesihatan: asma, inhaler sentiasa dibawa",
        ),
        ("user", "Ringkaskan rekod di atas dalam satu ayat untuk penyelia baharu."),
        (
            "assistant",
            "Tan Mei Ling ialah Juruteknik QA bergaji RM2,350 yang menghidap asma dan sentiasa membawa inhaler.",
        ),
    ],
    [
        ("user", "Tolong translate notis ni ke English:"),
        (
            "user",
            "'Sdr. Thein Zaw Oo (pasport MH582241), Bilik 3B Asrama Blok D, sila hadir ke klinik panel esok jam 9 pagi untuk ujian saringan TB susulan.'",
        ),
        (
            "assistant",
            "'Mr. Thein Zaw Oo (passport MH582241), Room 3B, Hostel Block D, please attend the panel clinic tomorrow at 9 a.m. for a follow-up TB screening test.'",
        ),
    ],
    [
        ("user", "anak saya kerja kilang kat Senai, syif malam"),
        ("assistant", "Baik, apa yang boleh saya bantu?"),
        ("user", "nama dia Nur Syafiqah bt Rosli, umur 19"),
        (
            "user",
            "semalam dia pengsan kat line, doktor klinik panel kata asma teruk, MC seminggu. majikan boleh potong gaji ke?",
        ),
        (
            "assistant",
            "Cuti sakit yang disahkan doktor panel adalah cuti bergaji mengikut Akta Kerja; majikan tidak boleh memotong gaji untuk hari MC tersebut.",
        ),
    ],
    [
        ("user", "HR minta isi borang akaun bank utk gaji, boleh check format betul tak?"),
        (
            "user",
            "Nama: KAVITHA A/P SUBRAMANIAM\nBank: CIMB Bank\nNo. Akaun: 8604112279\nNo. KP: 920305-07-5218\nNo. Tel: 016-218 5539",
        ),
        ("assistant", "Format nampak betul. Pastikan nama sama seperti dalam MyKad."),
    ],
    [
        ("user", "Saya kerja syif kat kilang Woodlands, ulang-alik dari JB hari-hari"),
        ("assistant", "Ada apa yang boleh saya bantu?"),
        (
            "user",
            "Nak update alamat dengan MOM. FIN G5508123P, alamat baru No. 7 Jalan Seroja 12, Taman Johor Jaya, 81100 Johor Bahru",
        ),
        (
            "assistant",
            "Anda boleh mengemas kini alamat melalui portal myMOM atau melalui majikan anda.",
        ),
    ],
]
