# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms87: Malay co-operative societies and member loan schemes (membership, salary deduction, dividends, arrears, AGMs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms87
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis mesyuarat agung"): _lines("""
        NOTIS MESYUARAT AGUNG TAHUNAN KALI KE-42 | Adalah dengan ini dimaklumkan bahawa Mesyuarat Agung Tahunan Koperasi Guru-Guru Melayu Bukit Tinggi Berhad akan diadakan pada hari Sabtu, 14 Jun 2025, jam 9.00 pagi di Dewan Serbaguna Taman Sentosa, Klang.
        Agenda: 1. Ucapan Pengerusi / 2. Mengesahkan minit Mesyuarat Agung Tahunan ke-41 / 3. Membentangkan Laporan Tahunan dan Penyata Kewangan Beraudit bagi tahun berakhir 31 Disember 2024 / 4. Meluluskan cadangan pengagihan keuntungan / 5. Pemilihan Anggota Lembaga
        Korum mesyuarat adalah seperti yang ditetapkan dalam Undang-Undang Kecil 18(2); sekiranya korum tidak dicapai dalam tempoh satu jam, mesyuarat akan ditangguhkan ke tarikh lain.
        Anggota yang ingin mengemukakan usul hendaklah menghantarnya secara bertulis kepada Setiausaha Kehormat sekurang-kurangnya 14 hari sebelum tarikh mesyuarat.
        Hanya anggota yang telah menjadi anggota sekurang-kurangnya tiga bulan sebelum tarikh mesyuarat dan tidak mempunyai tunggakan melebihi tiga bulan layak mengundi.
        Cadangan dividen 6.5% atas modal syer dan bonus patronaj 2% atas jumlah pembelian di Kedai Koperasi akan dibentangkan untuk kelulusan anggota.
        Cenderahati kehadiran berupa beg kain dan baucar RM30 akan diberikan kepada anggota yang mendaftar sebelum jam 10.00 pagi. Sila bawa kad pengenalan asal semasa pendaftaran.
        Pencalonan Anggota Lembaga: borang pencalonan boleh diambil di pejabat koperasi mulai 2 Mei hingga 23 Mei 2025. Setiap calon mesti dicadang dan disokong oleh dua orang anggota yang layak.
        Minit ringkas MAT ke-41: Mesyuarat dimulakan pada jam 9.45 pagi setelah korum dicapai (312 anggota hadir). Usul pengagihan dividen 7% diluluskan sebulat suara.
        Usul No. 3/2025: Bahawa had maksimum pinjaman peribadi dinaikkan daripada RM50,000 kepada RM80,000 dengan tempoh bayaran balik maksimum 10 tahun. Keputusan: 198 menyokong, 41 membantah, 6 berkecuali.
        Mesyuarat Agung Perwakilan: setiap 50 orang anggota dalam satu zon berhak memilih seorang perwakilan. Senarai zon dan bilangan kerusi perwakilan dilampirkan sebagai Lampiran C.
        Peringatan: pendaftaran awal melalui pautan dalam talian ditutup pada 10 Jun 2025 jam 5.00 petang; anggota yang tidak mendaftar awal masih boleh mendaftar di kaunter pada hari mesyuarat.
        Mesyuarat Agung Luar Biasa akan diadakan untuk meminda Undang-Undang Kecil 12(3) berhubung yuran masuk daripada RM30 kepada RM50 dan modal syer minimum daripada RM500 kepada RM1,000.
        Lampiran B: Penyata Pendapatan bagi tahun berakhir 31.12.2024 — Hasil keuntungan pembiayaan RM2,184,330; Perbelanjaan pentadbiran RM612,405; Untung bersih selepas cukai RM1,071,882.
    """),
    ("ms", "soalan lazim pinjaman"): _lines("""
        S: Berapa lama saya perlu menjadi anggota sebelum layak memohon pinjaman? J: Sekurang-kurangnya 6 bulan berturut-turut dengan modal syer minimum RM1,000 dan tiada tunggakan yuran.
        Potongan gaji diuruskan melalui Biro Angkasa; jumlah semua potongan tidak boleh melebihi 60% daripada jumlah pendapatan bulanan anggota mengikut pekeliling yang berkuat kuasa.
        Dokumen yang diperlukan: salinan kad pengenalan pemohon dan penjamin, slip gaji tiga bulan terkini, penyata bank tiga bulan dan surat pengesahan jawatan daripada majikan.
        Kadar keuntungan Pembiayaan Peribadi-i ialah 4.2% setahun (kadar rata) bagi tempoh 1 hingga 10 tahun. Contoh: pembiayaan RM30,000 selama 5 tahun, ansuran bulanan anggaran RM605.
        S: Kalau saya bertukar jabatan, adakah potongan gaji terhenti? J: Ya, kod potongan perlu didaftarkan semula dengan majikan baharu; maklumkan koperasi dalam tempoh 30 hari untuk mengelakkan tunggakan.
        Dividen dikira berdasarkan purata baki bulanan modal syer dan dikreditkan ke akaun anggota selepas diluluskan oleh Mesyuarat Agung Tahunan dan disahkan oleh Suruhanjaya Koperasi Malaysia.
        S: Bolehkah modal syer dikeluarkan? J: Modal syer tidak boleh dikeluarkan kecuali apabila keanggotaan ditamatkan; yuran langganan boleh dikeluarkan sebahagian mengikut syarat Undang-Undang Kecil.
        Penjamin ialah anggota yang bersetuju menanggung baki pinjaman jika peminjam gagal membayar. Seorang anggota hanya boleh menjadi penjamin kepada maksimum dua pinjaman yang masih aktif.
        Jika ansuran tertunggak melebihi 3 bulan, koperasi akan mengeluarkan surat peringatan pertama, diikuti notis tuntutan kepada penjamin selepas 14 hari.
        S: Boleh saya selesaikan pinjaman lebih awal? J: Boleh. Rebat (ibra') diberikan atas baki keuntungan yang belum terakru. Mohon penyata penyelesaian di kaunter atau melalui portal anggota.
        Perlindungan takaful pembiayaan diwajibkan bagi semua pembiayaan melebihi RM10,000; sumbangan takaful dipotong sekali gus daripada jumlah pembiayaan yang diluluskan.
        Anggota yang bersara boleh meneruskan keahlian dan membuat bayaran balik melalui potongan pencen atau arahan tetap bank; sila kemukakan surat persaraan untuk kemas kini rekod.
        Had kelayakan pinjaman = (gaji bersih x 60%) tolak komitmen sedia ada; jumlah pinjaman tidak boleh melebihi 10 kali ganda modal syer terkumpul.
    """),
    ("ms", "templat borang"): _lines("""
        BORANG PERMOHONAN KEAHLIAN | Nama Penuh (seperti dalam K/P): ______________________ | No. K/P Baru: ______-__-____ | No. Pekerja: ________ | Jabatan/Sekolah: ________________
        PENAMA: Nama: [NAMA PENAMA] | Hubungan: [HUBUNGAN] | No. K/P: [XXXXXX-XX-XXXX] | Bahagian: [ ]%
        Surat Akuan Penjamin: Saya, {nama_penjamin}, No. K/P {no_kp_penjamin}, dengan ini bersetuju menjadi penjamin kepada {nama_peminjam} bagi pinjaman berjumlah RM{amaun}.
        Surat Kebenaran Potongan Gaji: Saya yang bertandatangan di bawah membenarkan majikan memotong gaji bulanan saya sebanyak RM________ mulai bulan ________ tahun ________ untuk dibayar kepada koperasi.
        Borang Penamatan Keanggotaan: Sebab (tandakan): ☐ Bersara ☐ Berpindah ke luar negeri ☐ Lain-lain: ____________ | Tarikh berkuat kuasa: __/__/____
        Borang Tuntutan Khairat Kematian: Nama Si Mati: __________ | Tarikh Kematian: __________ | Nama Waris Penuntut: __________ | Lampiran: salinan sijil kematian dan kad pengenalan waris
        Senarai semak pegawai: [ ] Salinan K/P disahkan [ ] Slip gaji 3 bulan [ ] Surat majikan [ ] Laporan CCRIS [ ] Borang penjamin lengkap [ ] Borang takaful
        Untuk kegunaan pejabat: No. Anggota ________ | Tarikh Diterima ________ | Diluluskan oleh Jawatankuasa Pinjaman, Mesyuarat Bil. __/2025
        Butiran Bank untuk Pengkreditan Dividen: Nama Bank: ________ | No. Akaun: ________________ | Nama Pemegang Akaun (mesti atas nama anggota sendiri)
        Sila isi dengan HURUF BESAR menggunakan pen dakwat hitam. Borang yang tidak lengkap akan dikembalikan. Cap ibu jari kiri diperlukan bagi anggota yang tidak dapat menandatangani.
        Templat SMS: Salam Tuan/Puan {NAMA}, ansuran pinjaman bulan {BULAN} sebanyak RM{AMAUN} belum diterima. Sila jelaskan sebelum {TARIKH}. Abaikan jika telah dibayar.
        Contoh pengisian: Nama: ALI BIN ABU | No. K/P: 000000-00-0000 | Jawatan: GURU | (contoh sahaja, jangan gunakan maklumat sebenar dalam latihan)
    """),
    ("mixed", "chat kumpulan anggota"): _lines("""
        Assalamualaikum semua, nak tanya dividen tahun ni bila masuk ek? Last year macam bulan 7 kan
        Dah masuk dah tadi pagi, check la akaun masing2. Rate 6.5% ok la tu, lagi tinggi dari FD
        Boss, borang pinjaman kecemasan tu boleh download kat mana? Link dalam website tak boleh buka
        Guys reminder AGM Sabtu ni, jangan lupa bawa IC, ada cabutan bertuah TV 55 inci 😄
        Ada sape tahu potongan Angkasa tu dia potong gaji bulan yang sama ke bulan depan?
        Biasanya start bulan berikutnya lepas lulus, kadang2 ambik 1-2 bulan baru nampak dalam slip gaji
        Admin pls pin notis pasal kenaikan yuran bulanan RM50 ke RM100 tu, ramai tak perasan
        Kedai koop tutup awal Jumaat ni sebab stock take, buka semula Isnin 8.30 pagi
        Nak jadi penjamin tu risky tak? Takut nanti orang tak bayar, gaji kita pulak kena potong
        Admin: Sila rujuk FAQ no. 8 dalam portal. Penjamin hanya dituntut selepas semua langkah kutipan terhadap peminjam gagal.
        Sesiapa yang tak dapat SMS peringatan tu, cuba kemas kini nombor telefon sendiri dalam portal anggota ya, menu Profil > Kemaskini
        lepas AGM ada makan tengah hari, nasi beriani kambing, pastu ada booth takaful dengan booth semakan CCRIS
        Tahniah kepada semua pemenang cabutan bertuah! Senarai penuh dah ditampal kat papan notis pejabat, tak share sini sebab privacy 🙏
        Kalau nak settle awal loan kena datang kaunter ke boleh buat online? Nak elak bayar profit lebih
        Yang lahir tahun 1990 ke atas boleh join Kelab Belia Koperasi, borang ada kat kaunter, yuran RM10 je setahun
        Portal down hari ni sebab maintenance, tiket aduan KPR-2025-08812 dah dibuka dengan vendor, insyaAllah petang ok
    """),
    ("en", "laporan tahunan"): _lines("""
        Total membership stood at 8,412 as at 31 December 2024, an increase of 4.3% over the previous year; 62% of members are from the education sector.
        Gross financing outstanding: RM48.6 million (2023: RM44.1 million). The non-performing financing ratio improved from 3.4% to 2.8%.
        The Board recommends a dividend of 7.0% on share capital amounting to RM2.94 million, subject to approval by the Annual General Meeting and the Malaysia Co-operative Societies Commission.
        Arrears aged more than 90 days: 214 accounts totalling RM1.37 million; 61 accounts were referred to the panel solicitors during the year.
        Appropriations: 15% of net profit (RM412,000) transferred to the statutory reserve fund and 2% contributed to the Co-operative Education Trust Fund in accordance with the Co-operative Societies Act 1993.
        Age profile of borrowers: under 30 — 11%; 30 to 45 — 48%; 46 to 60 — 35%; pensioners — 6%.
        Salary deductions through ANGKASA accounted for 91% of monthly repayments; the balance was received via FPX and bank standing instructions.
        Auditor's opinion: the financial statements give a true and fair view of the financial position of the Co-operative as at 31 December 2024 and of its financial performance for the year then ended.
        Table 4 — Approvals by product: Personal Financing-i 1,102; Vehicle Financing 87; Education Loan 143; Emergency Loan 326; Festive Advance 512.
        The welfare fund disbursed RM186,500 in 2024: 41 death benefit claims, 119 hospitalisation claims and 23 flood relief grants.
        Dividend history: 2020 — 5.5%; 2021 — 6.0%; 2022 — 6.0%; 2023 — 6.5%; 2024 (proposed) — 7.0%.
        Board meetings: 12 held during the year with average attendance of 91%. Two board seats fall vacant by rotation at this AGM.
    """),
    ("ms", "sejarah dan berita koperasi"): _lines("""
        Gerakan koperasi di Tanah Melayu bermula pada tahun 1922 apabila Enakmen Syarikat Kerjasama diperkenalkan oleh pentadbiran British untuk membantu petani dan penjawat awam yang terbeban hutang.
        Profesor Diraja Ungku Abdul Aziz, yang dikenali sebagai Bapa Koperasi Malaysia, merupakan pengasas dan presiden pertama ANGKASA yang ditubuhkan pada tahun 1971.
        Bank Kerjasama Rakyat Malaysia Berhad ditubuhkan pada tahun 1954 dan kini merupakan antara bank koperasi Islam terbesar di rantau ini.
        Suruhanjaya Koperasi Malaysia ditubuhkan di bawah Akta Suruhanjaya Koperasi Malaysia 2007 dan mula beroperasi pada tahun 2008 sebagai badan kawal selia koperasi.
        Sambutan Hari Koperasi Negara tahun ini bertemakan pendigitalan koperasi, dengan pameran produk koperasi sekolah dan seminar tadbir urus.
        Menurut statistik rasmi, terdapat lebih 15,000 koperasi berdaftar di Malaysia dengan jumlah keanggotaan melebihi enam juta orang.
        Kursus Asas Koperasi anjuran Institut Koperasi Malaysia wajib dihadiri oleh anggota lembaga yang baru dilantik dalam tempoh enam bulan.
        Dalam novel Ranjau Sepanjang Jalan karya Shahnon Ahmad, watak Lahuma dan Jeha bergelut dengan kemiskinan dan hutang sebagai pesawah, gambaran masalah yang cuba diatasi oleh koperasi luar bandar.
        Prinsip koperasi antarabangsa berakar daripada Perintis Rochdale di England pada tahun 1844 dan kini dipelihara oleh International Cooperative Alliance.
        Dasar pembangunan luar bandar di bawah Tun Abdul Razak pada tahun 1960-an banyak menggunakan koperasi sebagai saluran kredit dan pemasaran hasil pertanian.
        Prinsip ketujuh, keprihatinan terhadap komuniti, mendorong banyak koperasi guru menaja program tuisyen percuma dan bantuan persekolahan.
    """),
    ("en", "sistem dan konfigurasi"): _lines("""
        loan_rules.yaml: max_deduction_ratio: 0.60 | min_membership_months: 6 | guarantor_required_above: 20000 | profit_rate_flat: 0.042
        SELECT member_no, SUM(amount) FROM salary_deductions WHERE period = '2025-05' AND status = 'REJECTED' GROUP BY member_no HAVING COUNT(*) > 1;
        [2025-06-02 03:14:07] INFO batch ANGKASA-DED-202506 uploaded: 7,918 records, 12 rejected (E07 employer code mismatch)
        def kira_ansuran(pokok, kadar, tahun): return round((pokok + pokok * kadar * tahun) / (tahun * 12), 2)
        Error 4102: IC number format invalid — expected 12 digits YYMMDDPBNNNG without dashes.
        cron: 0 2 1 * * /opt/koop/bin/run_dividend_calc --fy 2024 --rate 0.07 --dry-run
        Webhook payload schema: {"member_no": string, "loan_ref": string, "amount": number, "status": "PAID|PARTIAL|FAILED"}
        Release notes v3.8.2: fixed rounding in arrears ageing report; added CSV export for Jadual Potongan; build sha256 9f2c41ab7d0e5513c8a6e02b47f1d9c3a8b55e6f10d24c7e93ab0f6618d2e4c1
        FPX ref FPX2506021133450871 status 00 Approved, amount RM450.00, loan ref PP-2024-03317
        Invoice INV-KOOP-2025-00412 from Sistem Koperasi Pintar Sdn Bhd: annual licence RM18,500.00 + SST 8% = RM19,980.00, due 30 days.
        PDPA retention rule: member records purged 7 years after account closure; reports mask IC numbers to the last 4 digits.
        Test fixture: Member(name="TEST USER", ic="000000-00-0000", salary=0, employer_code="XXXX")
    """),
    ("mixed", "pengumuman pejabat"): _lines("""
        Pejabat koperasi ditutup pada 31 Ogos sempena Hari Kebangsaan. Untuk pertanyaan, hubungi talian am 03-5512 8800 atau e-mel pertanyaan@koopguru-bt.com.my.
        Bayaran ansuran secara pindahan boleh dibuat ke akaun Bank Islam atas nama KOPERASI GURU-GURU MELAYU BUKIT TINGGI BERHAD, No. Akaun 12029010004188. Sila hantar resit ke WhatsApp rasmi pejabat 03-5512 8801.
        Kaunter pinjaman dibuka Isnin hingga Jumaat, 8.30 pagi – 4.30 petang; rehat 1.00 – 2.00 petang (Jumaat 12.15 – 2.45 petang).
        Aduan berkaitan pengurusan koperasi boleh dikemukakan terus kepada Suruhanjaya Koperasi Malaysia melalui portal aduan rasmi SKM.
        Notice: Lembaga telah meluluskan Festive Advance Hari Raya up to RM2,000, repayment 10 bulan, tiada caj keuntungan. Permohonan dibuka 1 hingga 15 Mac.
        AMARAN: Koperasi TIDAK PERNAH meminta anggota memindahkan wang ke akaun peribadi kakitangan. Beware of scammers menyamar sebagai pegawai koperasi.
        Jadual kaunter bergerak: SK Taman Sentosa (Isnin), SMK Bukit Tinggi (Selasa), Pejabat Pendidikan Daerah Klang (Rabu). Sila bawa dokumen lengkap.
        Mulai 1 Julai, yuran bulanan minimum ialah RM50 dan modal syer minimum RM1,500; anggota sedia ada diberi tempoh peralihan 12 bulan.
        Cut-off sistem potongan ialah 15hb setiap bulan. Permohonan yang diluluskan selepas 15hb akan diproses pada bulan berikutnya.
        Peti cadangan disediakan di lobi; cadangan tanpa nama juga diterima dan akan dibincangkan dalam mesyuarat Lembaga bulan hadapan.
        No. Pendaftaran Koperasi: W-5-0187 | No. Syarikat anak syarikat Koop Niaga Sdn Bhd: 201901023456 (1330912-T) | Kod Majikan Angkasa: 4411
        Cawangan Ipoh telah berpindah ke alamat baharu: Lot 2-1, Tingkat 1, Kompleks Perniagaan Greentown, 30450 Ipoh, Perak. Waktu operasi kekal sama.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PERMOHONAN PINJAMAN PERIBADI | NAMA: MOHD HAFIZUL BIN ABDUL RAHMAN | NO. K/P: 780314-10-4875 | NO. ANGGOTA: 003317 | JAWATAN: GURU DG44 | GAJI POKOK: RM6,215.40 | JUMLAH DIPOHON: RM45,000 | TEMPOH: 8 TAHUN
        Puan Norliza binti Samsudin (No. K/P 851102-01-1700), No. 14, Jalan Kenanga 2/7, Taman Kenanga, 81300 Skudai, Johor — tunggakan ansuran 4 bulan berjumlah RM2,316.80. Sila jelaskan dalam tempoh 14 hari dari tarikh surat ini.
        SENARAI TUNGGAKAN MELEBIHI 90 HARI (SULIT) | 0412 | RAJENDRAN A/L SUPPIAH | RM8,902.15 | 5 bulan | 0588 | TAN MEI LING | RM3,110.00 | 3 bulan
        Jadual Potongan Gaji Mei 2025 — Bil. 17: Zulkarnain bin Ismail, K/P 900721089227, Kod Potongan 4411, RM780.00 (pinjaman) + RM100.00 (yuran)
        Minit Jawatankuasa Pinjaman Bil. 6/2025: Permohonan Encik Azman bin Harun (No. Anggota 002145) ditolak kerana jumlah potongan melebihi 60% gaji; beliau masih ada baki pinjaman kereta dengan bank.
        Penama: 1) SITI HAJAR BINTI AZMAN (isteri), K/P 930217-07-5260, 70% / 2) MUHAMMAD ADAM BIN AZMAN (anak, 6 tahun), 30%
        Tuntutan khairat kematian dikemukakan oleh Ramlah binti Yusof, ibu kepada arwah Khairul Anuar; bayaran RM3,000 dikreditkan ke akaun Maybank beliau 1623 4410 7782. Tel: 013-297 8297.
        Cik Wan Nurul Izzah binti Wan Ahmad (K/P 721230-03-7874) sedang menjalani rawatan kemoterapi di Hospital Raja Perempuan Zainab II dan memohon penangguhan ansuran selama 6 bulan.
        NOTIS TUNTUTAN KEPADA PENJAMIN: Tuan Kamal Ariffin bin Jaafar, K/P 810905-06-3177, anda adalah penjamin kepada pinjaman No. PP-2022-01877 atas nama Faridah binti Osman yang kini tertunggak RM12,450.00.
        Dengan ini disahkan bahawa Puan Devi a/p Subramaniam, No. K/P 760426-02-9036, berkhidmat sebagai Pembantu Tadbir N19 di Pejabat Tanah Kulim sejak 3 Januari 2004 dengan gaji kasar RM3,480.00 sebulan.
        RESIT RASMI No. 00871 | Diterima daripada LINDA ANAK JIMBAI (K/P 830108-13-6434) wang tunai RM1,200.00 bagi penyelesaian tunggakan Mac–Mei 2025.
        Calon Anggota Lembaga No. 3: Encik Shahrul Nizam bin Othman, 44 tahun, Penolong Kanan HEM SMK Bukit Tinggi, anggota sejak 2006, pernah menjadi Bendahari 2018–2021.
        Aduan: Saya Nor Azimah binti Hashim, potongan gaji saya dibuat dua kali untuk bulan April (RM540 x 2). Mohon dipulangkan segera. No. tel 016-146 5340.
        Pemindahan dividen gagal: akaun CIMB 7063552190 atas nama CHONG WAI LENG tidak aktif; sila hubungi anggota untuk mendapatkan butiran akaun baharu.
        Pemenang cabutan bertuah MAT ke-42: Televisyen 55 inci — Hj. Mokhtar bin Said (No. Anggota 000219), guru besar SK Sungai Udang.
        Laporan siasatan dalaman: kerani kaunter Puan Rosnah Aziz didapati menerima wang tunai anggota tanpa mengeluarkan resit rasmi pada 12–19 Mei; perkara ini dirujuk kepada Lembaga untuk tindakan tatatertib.
        Baki penyelesaian pinjaman Encik Muthusamy a/l Perumal (K/P 690619-05-7817) sehingga 30/06/2025 ialah RM4,872.33 selepas rebat ibra' RM611.20.
        Permohonan Pinjaman Pendidikan: pemohon Razali bin Mat Noor, K/P 741007-09-1663; anak beliau Nurul Syafiqah binti Razali ditawarkan Diploma Perakaunan di UiTM Shah Alam, yuran semester pertama RM1,850.
        Encik Loh Kah Seng, bekas anggota yang diisytiharkan bankrap pada 2019 dan dilepaskan pada 2024, memohon untuk menjadi anggota semula; Lembaga minta laporan CCRIS terkini.
        Nota lawatan: pegawai kutipan ke rumah peminjam Encik Ahmad Fauzi bin Kassim di No. 8, Lorong Haji Taib 4, 50350 Kuala Lumpur; jiran memaklumkan beliau sudah berpindah ke Rawang sejak Mac.
        Anggota No. 005501, Suresh a/l Krishnan (770528-08-5729), memohon potongan dihentikan kerana kontrak perkhidmatannya di Majlis Perbandaran Taiping tamat pada 31 Mei.
        Pertukaran penama: LEE SIEW HOON, K/P 800229 10 7548, menggantikan penama lama (bekas suami) dengan anak perempuannya Tan Hui Min, pelajar Tingkatan 5.
        Permohonan Pendahuluan Perayaan — Nik Nor Amalina binti Nik Mat, K/P 890909-03-3492, guru SK Kubang Kerian 2, RM2,000, bayaran balik 10 bulan, penjamin: tidak perlu.
        Surat tawaran pembiayaan kepada Awang Mohd Hafiz bin Awang Sahari, No. K/P 920401-13-7843, Lot 1127, Taman Desa Wira, 93250 Kuching: RM25,000 @ 4.2% selama 6 tahun, ansuran RM434.72.
        Rekod panggilan: 3/6 — hubungi Puan Halijah bt Mamat di 014-693 7191 berkenaan tunggakan RM1,560; beliau kata suami baru diberhentikan kerja, janji bayar RM300 pada 25hb.
    """),
    "mixed": _lines("""
        Kak Ros (Rosmawati binti Daud) belum bayar lagi bulan ni, dah 3 bulan tertunggak. Sape ada no dia? eh 019-526 9843 kan?
        bro aku jamin loan si Hafiz Johari tu, skrg dia dah lari pi Singapore kerja, koop nak potong gaji aku pulak. Rugi betul weh
        Hi admin, saya Jennifer Chua Li Ting, member no 006104. Dividend I belum masuk lagi, my Public Bank acc 3182047615, pls check
        Pls update my phone number: dulu 012-121 6095, now 011-1514 8889. Nama Syed Ahmad Faizal bin Syed Hussin, no anggota 001876. Tq
        Cikgu Zainab Mohd Noor dari SK Taman Sentosa tu kanser tahap 3, jom kita buat kutipan sikit, boleh bank in terus ke Maybank suami dia Abdul Halim bin Ibrahim 1623 0058 9914
        uncle Lim Ah Kow yang jaga kedai koop shift petang kat blok D tu kata nak pencen hujung tahun ni, boleh ke dia withdraw modal syer awal?
        Tolong transfer RM500 ke akaun saya dulu, nanti saya bayar balik bila loan koop lulus — Mazlan, 017-781 5792
        Sorry lambat reply, ni details transfer dividen: Nama: Nurul Ain binti Mohd Yusri / IC 980331-01-9172 / Bank Rakyat 2203 4451 8890
        Sape nak beli baucar kedai koop murah, PM Farid Hakimi kat telegram @faridhakimi_87, dia jual sebab nak settle hutang along
        Myvi putih WXY 4821 Encik Rahim Yusop tu dah kena tarik bank sebab tunggak 4 bulan, tu pasal dia tak datang AGM
        Admin, tolong betulkan nama saya dalam senarai AGM: KHOO BEE LIAN, bukan Khoo Bee Lean. IC saya 791120-07-3650, cawangan Bukit Mertajam
        weh Juliana Gimbang tu baru bersalin minggu lepas, dia minta tolong postpone ansuran 2 bulan, dia cakap boleh whatsapp dia kat +60 13-616 8926
        Meeting notes AGM Q&A: Member Mr. Kelvin Ng Boon Huat (member since 2011) complained loan application dia stuck 3 bulan; Pengerusi janji jawab sebelum 30 Jun.
    """),
    "en": _lines("""
        MEMBER STATEMENT | Name: CHRISTOPHER DE SOUZA | IC: 880509-14-5293 | Share capital: RM12,400.00 | Dividend 2024 @ 7%: RM812.30 | Outstanding PF-2023-00981: RM21,544.10
        My mother, Madam Tan Ah Moi (member 003390), had a stroke last month and is still warded at Hospital Pulau Pinang. Can we defer her instalments? Please call me at 014-763 4149.
        Loan officer remarks: applicant Ms Grace Lim Pei Shan, 34, single mother of two, staff nurse at Hospital Sultanah Aminah, net pay RM3,912; DSR 58% — recommend approval with one guarantor.
        Member Haslinda binti Kassim now works in Woodlands; Singapore FIN G5238914W; she requests repayment by GIRO from her DBS account 027-90312-4 instead of salary deduction.
        Guarantor Mr Arjun Nair, Malaysian passport A51826374, is currently posted in Dubai; his guarantee form was signed and witnessed at the consulate on 4 March.
        Ticket KPR-2025-09117: member Faizal Jumadil (IC 951011-12-4913) reports that his portal OTP still goes to his ex-wife's number; please update urgently.
        From: norhayati.kamal82@gmail.com | Subject: Stop deduction | Please stop my salary deduction, I have resigned from the ministry effective 1 July. Thanks, Norhayati Kamal
        Collection log 12/06 14:05 — called 018-413 3001 (borrower Yap Kok Wai), no answer; 16:20 SMS sent; 13/06 borrower promised RM600 on the 25th.
        Share top-up of RM2,000 by member Siti Khadijah binti Omar was charged twice to card 5248 2809 5324 2079; chargeback raised with the acquiring bank.
        Dividend voucher 2024 — LEONG KAR MUN, member 004471, income tax ref IG 23451876090, gross dividend RM1,246.00, paid to RHB 1621 4800 0391 27.
        Dear Sir, I, Priya d/o Ganesan (IC 910803-11-2152), wish to withdraw as guarantor for Mr Vinod s/o Rajan's loan as he has not paid since January. Kindly advise.
        Member Mr. Ong Jun Hao (NRIC S8834172D) asked whether his Malaysian co-op membership continues after his Singapore citizenship; last deduction was in March.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran untuk pejabat Koperasi Guru-Guru Melayu Bukit Tinggi Berhad.",
        ),
        ("user", "Tolong draf surat peringatan tunggakan pertama untuk seorang anggota."),
        (
            "assistant",
            "Baik. Sila berikan nama anggota, nombor anggota, jumlah tunggakan, tempoh tunggakan dan alamat surat-menyurat.",
        ),
        (
            "user",
            "Puan Halimah binti Saad, no anggota 004127, tunggak 5 bulan RM3,450, alamat No. 22 Jalan Cempaka 5, Taman Cempaka, 05400 Alor Setar, Kedah.",
        ),
    ],
    [
        (
            "user",
            "Can you calculate the monthly instalment for a RM30k loan over 5 years at 4.2% flat?",
        ),
        (
            "assistant",
            "Total profit = 30,000 x 4.2% x 5 = RM6,300. Total payable RM36,300 over 60 months, so about RM605 a month.",
        ),
        (
            "user",
            "ok this is for my colleague Azlan bin Rosli, IC 871224-04-3273, his net pay is RM2,900 and he already pays RM900 for his car. Is he still eligible under the 60% rule?",
        ),
    ],
    [
        ("user", "eh nak tanya, boleh ke saya jadi penjamin untuk dua orang serentak?"),
        (
            "assistant",
            "Mengikut kebanyakan undang-undang kecil koperasi, seorang anggota boleh menjamin maksimum dua pinjaman aktif. Sila semak dengan pejabat koperasi anda.",
        ),
        (
            "user",
            "ok. saya Vasanthi a/p Muniandy, IC 900214-02-6022, dah jamin loan Kumar a/l Selvam, skrg Sarah Lee dari sekolah yang sama pulak minta. Gaji saya cuma RM3,100, takut la",
        ),
    ],
    [
        (
            "user",
            "Tulis mesej WhatsApp ringkas untuk ingatkan ahli pasal AGM Sabtu ni jam 9 pagi di Dewan Serbaguna Taman Sentosa.",
        ),
        (
            "assistant",
            "Salam semua anggota, peringatan Mesyuarat Agung Tahunan akan diadakan Sabtu ini jam 9.00 pagi di Dewan Serbaguna Taman Sentosa. Sila bawa kad pengenalan. Terima kasih.",
        ),
        (
            "user",
            "tambah kat bawah: untuk pertanyaan hubungi Cik Aida Suraya binti Kamal, pembantu setiausaha, 017-980 3809 (no personal dia, jangan call lepas 9 malam)",
        ),
    ],
    [
        ("user", "Saya nak tulis surat rayuan sebab pinjaman koperasi saya ditolak. Boleh bantu?"),
        (
            "assistant",
            "Boleh. Apakah sebab penolakan yang dinyatakan dan apakah perubahan keadaan yang ingin anda tonjolkan?",
        ),
        (
            "user",
            "Nama saya Mohd Ridzuan bin Abu Bakar, guru di SMK Jerantut, no anggota 007002. Ditolak sebab CCRIS ada rekod tunggakan PTPTN tapi saya dah buat penstrukturan semula bulan lepas.",
        ),
    ],
    [
        ("system", "Summarise member complaints in three bullet points for the board."),
        (
            "user",
            "Complaint received 9 June: Puan Salmah binti Ishak (member 002980, tel 012-503 8078) says the counter staff shouted at her when she asked about her late husband's khairat claim, and she has been waiting 4 months for the RM3,000.",
        ),
        (
            "assistant",
            "- Member waiting 4 months for a khairat claim of RM3,000. - Alleges rude treatment at the counter. - Requests follow-up; contact details on file.",
        ),
    ],
    [
        (
            "user",
            "My father has been a co-op member since 1985, he's 78 now and has dementia. Can I withdraw his share capital on his behalf?",
        ),
        (
            "assistant",
            "Usually you'll need a court order or a valid power of attorney, plus his membership documents. The co-op will advise on their exact requirements.",
        ),
        (
            "user",
            "His name is Abdullah bin Hamid, IC 471105-03-5519, he lives with me in Pasir Mas now. We only have his old membership card no. 000412.",
        ),
    ],
    [
        ("user", "Format table ni jadi kemas untuk slide AGM: pemenang anugerah anggota cemerlang"),
        ("assistant", "Boleh, sila tampal data tersebut."),
        (
            "user",
            "1. Nur Fatihah binti Zakaria, SK Batu Belah, simpanan tertinggi RM86,400 / 2. Gopal a/l Ramasamy, SMK Meru, bayar balik tanpa tunggakan 15 tahun / 3. Wendy Yap Siew Ching, PPD Klang, 3 orang anak dapat biasiswa koperasi",
        ),
    ],
    [
        ("user", "can u check if my loan already fully settled? my ic 750707-14-7991"),
        (
            "assistant",
            "I can't access your co-operative's system. Please check the member portal or call the office with your loan reference.",
        ),
        (
            "user",
            "ok nvm. name Wong Kah Wai, loan ref PP-2019-00452, last payment I made was March, they say still got RM1,230 balance, betul ke?",
        ),
    ],
    [
        ("user", "Draf satu perenggan minit mesyuarat Lembaga berkenaan pemecatan anggota."),
        ("assistant", "Sila nyatakan nama anggota, alasan pemecatan dan keputusan Lembaga."),
        (
            "user",
            "Encik Hisham bin Latiff, no anggota 003855, dipecat kerana menyalahgunakan wang kutipan kedai koperasi berjumlah RM7,800; Lembaga putuskan laporan polis dibuat dan modal syernya ditahan.",
        ),
    ],
]
