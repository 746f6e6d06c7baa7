"""Blind check set ms25: Bahasa Melayu civil service (pekeliling, SSPA, HRMIS, cuti, LNPT, JPA, CUEPACS). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms25
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "pekeliling perkhidmatan"): _lines("""
        Pekeliling Perkhidmatan Bilangan 2 Tahun 2025: Pelaksanaan Sistem Saraan Perkhidmatan Awam (SSPA) Fasa Kedua berkuat kuasa 1 Januari 2025.
        Ceraian CP.1.1 PPSM mengenai Cuti Rehat dipinda seperti di Lampiran A dan hendaklah dibaca bersama Ceraian CP.2.1.
        Semua Ketua Jabatan adalah dipohon memanjangkan pekeliling ini kepada semua pegawai di bawah kawalan masing-masing. "BERKHIDMAT UNTUK NEGARA"
        Rujukan Kami: JPA.BPSM(S)100-1/2/6 Jld.4 (18)    Tarikh: 14 November 2025
        Pekeliling ini berkuat kuasa mulai tarikh ia dikeluarkan dan membatalkan Surat Pekeliling Perkhidmatan Bilangan 7 Tahun 2019.
        Peraturan 4(2)(d) P.U.(A) 395/1993: seseorang pegawai tidak boleh berkelakuan dengan sedemikian cara yang mungkin memburukkan nama atau mencemarkan nama perkhidmatan awam.
        Nama Pegawai: ____________  No. Kad Pengenalan: ______-__-____  Gred: ______  Kementerian/Jabatan: __________________
        Ketua Pengarah Perkhidmatan Awam Malaysia, Jabatan Perkhidmatan Awam, Aras 6, Blok C1, Kompleks C, Pusat Pentadbiran Kerajaan Persekutuan, 62510 PUTRAJAYA.
        s.k.: Semua Ketua Setiausaha Kementerian, Semua Ketua Jabatan Persekutuan, Semua Setiausaha Kerajaan Negeri, Semua Pihak Berkuasa Berkanun dan PBT
        Sebarang pertanyaan berhubung pekeliling ini boleh diajukan kepada Bahagian Pembangunan Saraan, JPA di talian 03-8885 3000 atau e-mel saraan@jpa.gov.my.
        (DATO' SERI ZULKIFLI BIN ABD RAZAK) Ketua Pengarah Perkhidmatan Awam Malaysia
        PP Bil. 5/2023 - Kemudahan Bekerja Dari Rumah (BDR) tidak melebihi dua (2) hari seminggu, tertakluk kepada kelulusan Ketua Jabatan.
    """),
    ("ms", "jadual gaji SSPA"): _lines("""
        Gred 19: Gaji Minimum RM1,845.00 | Gaji Maksimum RM5,728.00 | KGT RM110.00
        Gred 41: GM RM2,968.00, GMaks RM10,574.00, KGT RM255.00 (berkuat kuasa 01.12.2024)
        Kenaikan 15% bagi Kumpulan Pelaksana, 10% bagi Pengurusan dan Profesional, dan 7% bagi Pengurusan Tertinggi (JUSA).
        ITKA Gred 1 hingga 19 dinaikkan drpd RM300 kepada RM450 sebulan mulai Januari 2026.
        Contoh pengiraan: Gaji Pokok RM3,250.00 x 15% = RM487.50; gaji baharu RM3,737.50 (dibundarkan kepada RM3,738.00).
        Jumlah penjawat awam: 1,294,682 orang (data HRMIS, 30 Jun 2025); 61.3% berada dalam Kumpulan Pelaksana.
        Bayaran Khas Kewangan RM500 untuk Gred 56 ke bawah dan RM250 untuk pesara, dibayar pada 20 Feb 2026.
        Kod Potongan: 4011 = LPPSA; 5322 = KWSP Sukarela; 6010 = Zakat Pendapatan; 7004 = Koperasi
        No. Baucar BV/PTJ2405/2025/118823 - Jumlah RM2,448,310.55 (gaji Disember 2025, 1,042 pegawai)
        Tangga gaji P1T1 hingga P1T15 dimansuhkan; pergerakan gaji kini berdasarkan KGT tahunan sahaja.
    """),
    ("ms", "panduan HRMIS dan MyGovUC"): _lines("""
        Langkah 1: Log masuk ke https://hrmis2.eghrmis.gov.my guna No. MyKad & kata laluan. Langkah 2: Rekod Peribadi > Maklumat Keluarga > Kemaskini.
        Ralat "ID Pengguna tidak sah (E-1043)" - sila set semula kata laluan melalui pautan Lupa Kata Laluan atau hubungi Pentadbir HRMIS jabatan anda.
        MyGovUC 2.0: kuota storan 30GB setiap akaun; format e-mel rasmi nama.pegawai@agensi.gov.my
        Helpdesk HRMIS 03-8000 8000 (Isnin-Jumaat, 8.00 pg - 5.00 ptg). Tiket INC0048821 telah ditutup.
        HRMIS 2.0 build 7.4.19-r3 (sha256 9f2c1ab7e4d0c93b55a1f7e2d8c6a4b0e9d17f3a2c5b8e6d4f1a0c7b3e2d9f68), kemas kini keselamatan Dis 2025
        Nota: No. KP pasangan dan anak hanya boleh dilihat oleh Pentadbir Peringkat Agensi (Peranan 03) dan TIDAK boleh dieksport ke Excel.
        Utk reset 2SV MyGovUC: admin.google.com > Pengguna > pilih akaun > Keselamatan > Reset. Jgn kongsi kod sandaran dlm WhatsApp.
        Laporan PKS-03 (Senarai Pegawai Mengikut Gred) dijana pada 2025-12-02 09:41:17 MYT; 2,318 rekod; saiz fail 1.4 MB.
        Medan "Tarikh Lantikan Pertama" wajib diisi dalam format DD/MM/YYYY; sistem akan menolak 31/02/2025.
        Contoh: user_id = '<no_kp_tanpa_sengkang>' iaitu 12 digit tanpa sengkang (-), contoh XXXXXXXXXXXX.
        No. aduan MyGovUC bermula dengan MGUC- diikuti 8 digit, contohnya MGUC-20251204.
    """),
    ("ms", "cuti dan kenaikan pangkat"): _lines("""
        Kelayakan Cuti Rehat Gred 1-10: kurang 10 tahun perkhidmatan 25 hari; 10 tahun ke atas 30 hari.
        Cuti Bersalin bergaji penuh sehingga 98 hari setiap kali bersalin, tertakluk kepada had 360 hari sepanjang perkhidmatan.
        Cuti Isteri Bersalin 7 hari, maksimum 5 kali sepanjang perkhidmatan.
        Cuti Sakit Lanjutan boleh diluluskan sehingga 90 hari gaji penuh dan 90 hari separuh gaji bagi penyakit spt kanser, tibi, kusta dan HIV/AIDS.
        Syarat kenaikan pangkat: disahkan dlm perkhidmatan, LNPT 3 thn terkini min 85%, bebas tindakan tatatertib, telah isytihar harta.
        KPSTB Gred N19 ke N22: genap 10 tahun dalam gred semasa dan lulus Penilaian Tahap Kecekapan (PTK).
        Cuti Tanpa Gaji Ikut Pasangan boleh diluluskan sehingga maksimum 5 tahun sepanjang perkhidmatan.
        GCR maksimum 150 hari dibayar semasa persaraan = (emolumen bulanan terakhir / 30) x bilangan hari.
        Calon yang sedang dikenakan tindakan tatatertib tidak akan dipertimbangkan sehingga keputusan Lembaga Tatatertib diketahui.
        Hari Keputeraan Rasmi Seri Paduka Baginda Yang di-Pertuan Agong 2026 jatuh pada 1 Jun (Isnin).
        Mesyuarat Lembaga Kenaikan Pangkat Bil. 3/2025 bersidang pada 18 Disember 2025 di Bilik Mesyuarat Seri Perdana, Aras 4.
    """),
    ("ms", "biasiswa JPA"): _lines("""
        Permohonan Program Penajaan Nasional (PPN) 2026 dibuka 2 Januari hingga 15 Januari 2026 melalui portal rasmi JPA.
        Syarat: warganegara Malaysia, umur tidak melebihi 20 tahun pada 1 Januari 2026, sekurang-kurangnya 9A+/A/A- dalam SPM 2025.
        Calon berjaya akan menerima SMS drpd 15888 (JPA). JPA TIDAK akan meminta sebarang bayaran proses!
        Perjanjian Biasiswa mesti disempurnakan bersama dua (2) orang penjamin berumur 21 hingga 60 tahun.
        Saya, [NAMA PENUH PEMOHON], No. Kad Pengenalan [XXXXXX-XX-XXXX], dengan ini mengaku bahawa segala maklumat yang diberikan adalah benar.
        Kategori B40 (pendapatan isi rumah RM4,850 ke bawah) diberi keutamaan 60% tempat; M40 25%; T20 15%.
        Senarai IPTA: Universiti Tun Hussein Onn Malaysia (UTHM), Universiti Sultan Zainal Abidin (UniSZA), Universiti Sultan Idris (UPSI).
        Kod program JPA-PPN-2026-LN-ENG (Kejuruteraan Luar Negara), jumlah tempat 300.
        Hadiah Latihan Persekutuan: sarjana 18 bulan, PhD 36 bulan, dengan cuti belajar bergaji penuh.
        Rayuan hendaklah dikemukakan dalam tempoh 14 hari dari tarikh keputusan melalui menu Rayuan; rayuan melalui e-mel tidak dilayan.
        Biasiswa Yang di-Pertuan Agong 2026: 20 tempat untuk pengajian pascasiswazah di universiti terkemuka dunia.
    """),
    ("ms", "templat LNPT"): _lines("""
        BAHAGIAN III - PENILAIAN: Penghasilan Kerja (50%), Pengetahuan dan Kemahiran (25%), Kualiti Peribadi (20%), Kegiatan dan Sumbangan (5%).
        Skala 1 = Sangat Lemah hingga 10 = Cemerlang. Markah LNPT = Jumlah Markah Wajaran / 10 x 100%.
        Ulasan PPP: <ulasan ringkas prestasi pegawai, tidak melebihi 50 patah perkataan>
        Nama PYD: ________________  Gred: ____  Tempoh Penilaian: 01/01/2025 - 31/12/2025
        PPP dan PPK mestilah bukan orang yang sama; PPK hendaklah pegawai yang lebih kanan drpd PPP.
        SKT hendaklah dipersetujui antara PYD dan PPP sebelum 31 Januari setiap tahun.
        Contoh aktiviti SKT: 'Memproses 95% permohonan cuti dalam tempoh 3 hari bekerja' - petunjuk prestasi: kuantiti, kualiti, masa.
        Markah LNPT 90% ke atas layak dipertimbangkan utk Anugerah Perkhidmatan Cemerlang bernilai RM1,000.
        Borang LNPT (Pindaan 2024), 6 muka surat; versi PDF boleh isi: lnpt_2024_v3.pdf (412 KB)
        SULIT - Borang LNPT yang lengkap hendaklah disimpan dalam fail peribadi pegawai dan tidak boleh diedarkan kepada pihak ketiga.
        Ulasan PPK: Pegawai ini ____ (berpotensi / tidak berpotensi) untuk dinaikkan pangkat. Saya ____ (bersetuju / tidak bersetuju) dgn PPP.
        Tarikh akhir e-LNPT: 28 Februari 2026; markah dibekukan secara automatik pada 23:59:59.
    """),
    ("ms", "kenyataan kesatuan"): _lines("""
        CUEPACS menyambut baik pengumuman kenaikan gaji penjawat awam sebanyak 15% bagi Kumpulan Pelaksana yang melibatkan lebih 1.3 juta anggota.
        Presiden CUEPACS, Datuk Abdul Halim Sulaiman, dalam kenyataan media hari ini menggesa kerajaan mengkaji semula kadar Bayaran Insentif Wilayah.
        Kesatuan meminta Bayaran Insentif Wilayah dinaikkan kepada RM500 bagi penjawat awam di Sabah dan Sarawak.
        Yuran keahlian kesatuan gabungan RM8 sebulan dipotong melalui gaji, Kod Potongan 2205.
        Kami menolak cadangan menaikkan umur persaraan wajib kepada 65 tahun tanpa rundingan dengan Majlis Bersama Kebangsaan.
        "Penjawat awam bukan punching bag" - kenyataan balas CUEPACS terhadap dakwaan kelembapan sistem penyampaian.
        Talian aduan ahli: 03-2691 7720 / WhatsApp 019-288 1300 (Sekretariat CUEPACS, waktu pejabat sahaja).
        Tinjauan CUEPACS 2025: 68% responden ada potongan gaji melebihi 50%, manakala 12% melebihi had 60%.
        Kesatuan Perkhidmatan Perguruan Kebangsaan (NUTP) turut menyokong desakan supaya beban tugas bukan akademik guru dikurangkan.
        Memorandum telah diserahkan kepada Ketua Setiausaha Negara di Bangunan Perdana Putra pada 3 Disember 2025.
        Mesyuarat Agung Tiga Tahunan CUEPACS kali ke-32 akan diadakan di Dewan Tun Dr. Ismail, PWTC, pada 21 Mac 2026.
    """),
    ("ms", "menteri dan KSU"): _lines("""
        Menteri Kesihatan dalam jawapan lisan di Dewan Rakyat memaklumkan 4,200 jawatan jururawat U29 akan diisi secara tetap pada 2026.
        KSU Kementerian Pendidikan, Datuk Haji Rosmadi bin Kassim, merasmikan Karnival Kerjaya Guru di SMK Tun Perak, Melaka.
        Ucapan Bajet 2026: peruntukan emolumen penjawat awam RM100.1 bilion, meningkat 8.6% berbanding 2025.
        Majlis Amanat KSN 2026 disiarkan secara langsung di YouTube JPA Malaysia pada 9 Januari 2026, 9.00 pagi.
        YB Menteri turut melawat Hospital Tengku Ampuan Afzan dan Klinik Kesihatan Jalan Gambut, Kuantan.
        Sekolah Kebangsaan Tun Dr. Ismail (1) dianugerahkan Sekolah Harapan Negara 2025.
        INTAN Kampus Utama, Jalan Bukit Kiara, 50480 Kuala Lumpur.
        Tun Abdul Razak Hussein, Perdana Menteri kedua, memperkenalkan Dasar Ekonomi Baru pada tahun 1971.
        Surat Siaran KSN Bil. 1/2026 ditandatangani di Bangunan Perdana Putra, Pusat Pentadbiran Kerajaan Persekutuan.
        Menteri Sumber Manusia menegaskan tiada pemotongan gaji penjawat awam susulan rasionalisasi subsidi.
        Timbalan KSU (Pengurusan) akan mempengerusikan Mesyuarat Jawatankuasa Pengurusan Sumber Manusia Bil. 4/2025.
    """),
    ("en", "civil service FAQ and news"): _lines("""
        FAQ: Can I apply for unpaid leave to follow my spouse abroad? Yes, CTGIP up to 5 years, subject to HoD approval.
        Reminder: Do NOT paste colleagues' IC numbers or MCs into WhatsApp groups. Use the e-Cuti module in HRMIS instead.
        Public Service Department (JPA), Block C1-C3, Complex C, Federal Government Administrative Centre, 62510 Putrajaya.
        The SSPA salary increase will cost the government about RM10 billion a year, the Finance Ministry said.
        Ticket #HRM-2025-118804 status: RESOLVED (module e-Cuti, latency > 30s at 08:15 MYT).
        Dear Sir/Madam, please find attached the LNPT for {officer_name} ({grade}) for {year}. Kindly sign and return by {deadline}.
        Sample payload: {"staff_id": "<string>", "ic_no": "<12 digits>", "grade": "N19"} - HRMIS API v2.1
        Sultan Idris Education University in Tanjung Malim trains most of Malaysia's secondary school teachers.
        The civil service headcount stood at 1.29 million in 2025, about 3.8% of the population.
        Pos Laju tracking EM441299081MY - parcel of blank LNPT forms to Bahagian Sumber Manusia, KPM.
        ESS tip: payslips are available from the 20th of each month under Penyata Gaji.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Untuk makluman, Encik Shahrul Nizam bin Mat Daud (No. KP: 830527-03-5531), PPT Gred N29 di Pejabat Tanah dan Jajahan Pasir Mas, dikenakan tindakan tatatertib di bawah Peraturan 4(2)(d) kerana tidak hadir bertugas 12 hari berturut-turut.
        Saya, Nurul Aisyah binti Zainuddin, guru DG41 di SK Taman Desa Jaya, Kluang, memohon pertukaran ke Kuantan atas dasar ikut suami. Suami: Mohd Faizal bin Rahim, KP 880911-06-5177, Inspektor di IPD Kuantan, tel 013-947 2206.
        Jururawat U29 Siti Khadijah binti Osman (KP 910203-11-5028), Wad 7B HSNZ - cuti sakit 14 hari dari 3/11 hingga 16/11, diagnosis: major depressive disorder, dirujuk ke Klinik Psikiatri.
        Penyata gaji Nov 2025 - Nama: RAJESWARI A/P SUBRAMANIAM, No. Gaji 00482771, DG44, Gaji Pokok RM5,842.31, ITKA RM300.00, Potongan LPPSA RM1,134.00, Koperasi Guru RM420.00, PTPTN RM150.00, Gaji Bersih RM3,911.87
        Pesara Haji Ismail bin Awang (KP 560718-02-5379, No. Pencen 0091276) mohon tukar akaun pembayaran pencen ke Bank Islam 1209 3020 1182 65.
        Salam tuan, saya Norhayati bt Hashim, PT N19 di JKR Daerah Kemaman, nak tanya kenapa LNPT saya 2024 dpt 78.5 je padahal semua SKT dah capai. ID HRMIS 3390128.
        Makluman kematian: Allahyarham Rosli bin Yaakob, pemandu H11 Pejabat Daerah Bentong, meninggal dunia 2 Dis 2025. Waris: isteri Puan Zaiton bt Ali, 012-655 8013, No. 8 Kg. Sungai Dua, 28700 Bentong.
        Pemohon: MUHAMMAD HAZIQ BIN ROSLAN, No. KP: 990612-10-****, Kursus: MEng Civil Engineering, Univ. of Nottingham. Status: DITOLAK (pendapatan isi rumah RM15,400 sebulan).
        Cik Farah Wahida binti Kamarudin, Penolong Pegawai Perubatan U29, sedang menjalani kemoterapi kanser payudara tahap 3 dan memohon Cuti Sakit Lanjutan separuh gaji mulai 1 Disember.
        Pinjaman LPPSA No. Akaun 1020458833 atas nama Kamal Ariffin bin Jusoh, ansuran RM1,480.00 sebulan dipotong dari gaji mulai Jan 2026; baki pinjaman RM312,640.55.
        kak boleh tolong isikan borang cuti saya? nama Zulaikha Ahmad, IC 950830-14-6238, CTG 6 bulan sebab ikut suami sambung PhD kat Leeds. no hp 017-3320 918
        KEPUTUSAN LEMBAGA TATATERTIB: Suhaimi bin Abu Bakar (KP 760102-08-6127), JANM Cawangan Perak, diturunkan pangkat dari W29 ke W19 kerana menyeleweng wang tunai RM23,450.
        Cikgu Lim Mei Ling, DG48, SMK Seri Pantai, 42 tahun, disahkan menghidap lupus (SLE) dan disyorkan tidak ditugaskan sebagai pengawas peperiksaan SPM tahun ini.
        Alamat surat-menyurat pesara: Encik Gopal a/l Muniandy, No. 27, Jalan Cempaka 3, Taman Bunga Raya, 31400 Ipoh, Perak. Tel rumah 05-546 7720.
        Permohonan ke luar negara (urusan persendirian): Dr. Hafizah binti Mokhtar, Pakar Perubatan UD54, Pasport A58829104, ke Istanbul 12-20 Mac 2026 bersama anak Aryan Hakimi (8 thn).
        Pas kenderaan Kompleks Kerajaan Parcel C: WXY 4821 (Proton X50 putih), pemilik Azlan Shah bin Kamaruddin, F41, Bahagian Pengurusan Maklumat.
        Perintah Mahkamah Syariah Shah Alam (Kes 10005-024-0412-2025): potongan gaji Mohd Ridzuan bin Hassan, No. Gaji 00731908, KB19, sebanyak RM650 sebulan kepada bekas isteri Noraini bt Salleh untuk nafkah anak.
        IC suami saya 870402-01-6655, tolong update dlm HRMIS ye
        No akaun Maybank utk gaji: 1643 2219 8054 - Saiful Bahri bin Nordin, guru DG32 SK Ulu Tiram.
        Mahkamah Sesyen Kota Bharu menjatuhkan hukuman penjara 3 tahun dan denda RM50,000 ke atas Penolong Pegawai Kesihatan Persekitaran, Khairul Anuar bin Yusof, 41, dari Tanah Merah, kerana menerima suapan RM3,000.
        Isteri saya Tan Siew Ling bekerja sbg jururawat di Singapura, NRIC S8123457D, Blk 512 Woodlands Drive 14 #08-231 S(730512), tel +65 9127 4410 - utk borang perisytiharan harta.
        Kad kredit 4182 3680 1274 4556 exp 09/28 atas nama NORAZLINA BT MAT SAID digunakan utk bayar yuran kursus INTAN, minta refund ke kad yang sama.
        Sila hantar LNPT yg telah ditandatangani kepada saya di amirul.hakim88@gmail.com - Amirul Hakim bin Zakaria, DG44, SMK Bandar Baru Bangi.
        Encik Yong Wai Keat (N22, JPN Cawangan Seremban) dimasukkan ke Hospital Tuanku Ja'afar pada 21/11/2025 akibat strok ringan dan kini bercuti sakit lanjutan 60 hari.
        Saya Wan Nur Syafiqah binti Wan Ismail, M41 di Kementerian Ekonomi, gaji pokok RM4,410.00, mengisytiharkan pendapatan suami Ahmad Fikri bin Wan Hassan (jurutera swasta) RM9,500 sebulan untuk permohonan rumah PPA1M.
        Anak pegawai, Nurin Alya binti Rosdi (MyKid 140922-10-0788), autisme tahap sederhana - dipohon pengecualian pertukaran bapanya, Rosdi bin Idris (N19), dari Putrajaya ke Sandakan.
        Tuan, IC pesara 520314-08-XXXX nama Chong Ah Kow, pencen terbitan utk balu Lee Sook Yin belum masuk sejak Ogos.
        Ahli CUEPACS No. 44829, Encik Marzuki bin Omar, PT N19 Jabatan Perhutanan Terengganu, mengadu dibuli penyelia dan kini dirawat untuk kemurungan di Klinik Kesihatan Kuala Berang.
        Notis Tuntutan: penerima biasiswa JPA Chia Jun Hao (KP 010508-14-0359) gagal berkhidmat dengan Kerajaan selepas tamat pengajian; tuntutan RM612,880.40. Penjamin: Chia Boon Kiat, 012-390 6627.
        Alamat terkini No. 14, Lorong Seri Kemuning 2B, Taman Kemuning Utama, 40460 Shah Alam - tolong kemaskini dlm HRMIS utk Cikgu Hasnah binti Abdul Latif, 019-270 3358.
        Senarai pegawai melebihi cuti sakit 60 hari (SULIT): 1) Roslan bin Mahmud N11 - 84 hari, batu karang & hernia; 2) Faridah binti Jaafar N19 - 71 hari, kanser kolon.
        Rekod cuti 2025 - Ahmad Zaki bin Musa (KP 810619-03-5411): CRK 25 hari, CS 14 hari (gastritis kronik), Cuti Kuarantin 7 hari (tibi).
        Cik Amira, ni IC saya 940127-12-5742, Juliana Sipaun, nurse kat Hospital Queen Elizabeth, tolong semak kenapa elaun wilayah saya tak masuk bulan ni.
        Tahniah kepada Puan Chan Lai Peng (KP 731205-07-5296), SMJK Heng Ee, yang dinaikkan pangkat ke DG52 secara KUP berkuat kuasa 1 Jan 2026.
        suami: Roszaidi b Ab Ghani, 910408-11-5263, askar (Kpl), Kem Batu 10 Kuantan
        Tuntutan faedah terbitan: balu Puan Kamariah bt Jamil, No. KP 630220-09-5104, akaun Agrobank 1000 2930 0118 62, pencen terbitan RM1,640.00 sebulan.
        Dr. Kenneth Lau Wei Jie, Pegawai Perubatan UD48 Hospital Sibu, didapati positif methamphetamine dalam ujian saringan rawak 18/10/2025 dan digantung kerja dengan separuh emolumen.
        Wang tunai GCR 150 hari berjumlah RM28,935.00 untuk pesara Tuan Haji Mustafa Kamal bin Hj. Abdullah telah dikreditkan ke akaun BSN 0410029100073218 pada 28/11/2025.
    """),
    "en": _lines("""
        Re: Show cause letter - Mr. Tan Kok Seng (IC 790424-07-5891), Pegawai Teknologi Maklumat F44 at MOF, allegedly accepted RM8,000 from a vendor; case referred to SPRM.
        Employee: Priya Devi a/p Rajendran | IC 920715-07-5624 | Grade UF44 | Diagnosis: gestational diabetes | Maternity leave 98 days from 01/02/2026
        Hi, I'm Devendran, the M48 officer at KPKT who got the show cause letter last week. My lawyer is Ms. Kavitha Nair, my number 016-228 5917. Can we meet before the hearing on 15 Jan?
        Officer Ng Hui Min, F44 at MAMPU, DOB 12 Aug 1987, was granted unpaid leave for IVF treatment at a fertility clinic from Mar to May 2026.
        My wife Haslinda Ismail (DG44, SMK Seksyen 9 Shah Alam) was diagnosed with bipolar II last year and her HoD keeps giving her low LNPT because of her sick days. What can we do?
        Please process the medical claim for Mr. Arumugam s/o Velu, retired N17, IC 540928-05-5011, cataract surgery RM4,200, reimburse to CIMB 8007 4412 8350.
        Garnishee: Encik Zamri Hussin (Staff No. 00562831, N22, JKM Daerah Hulu Langat) - judgment debt RM18,420, deduct RM800/month per Sessions Court order WA-B52NCvC-331-07/2025.
        WhatsApp the investigating officer Cik Suraya (Integrity Unit) at 011-2374 6608, she handles my case - I'm Badrul Hisham, case no. UI/TT/2025/117, absent without leave charge.
        Pension slip Dec 2025: Pesara LIEW AH CHOON, pension no. 0068813, RM2,312.40 credited to Public Bank 4-8829-1107-2; next of kin daughter Liew Mei Yee 012-718 4402.
        Staff record: Mohd Hafiz bin Rahmat, N19, DOB 03/04/1990, home 22 Jalan Mawar 5, Taman Mawar, 81100 Johor Bahru, hep B carrier (declared at medical board).
        Pls update my next of kin in HRMIS: mother Fatimah bt Yusof, 011-1098 4471. Also my name changed after conversion, now Nur Iman Abdullah, IC 000214-10-0262, Penolong Pegawai Sains C29 at Jabatan Kimia.
        Teacher Christina Jikul (DG41, SK Pekan Keningau) asked for a transfer nearer to her mother who has dementia; her contact is 014-856 2093.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu maya Helpdesk HRMIS. Jawab dalam Bahasa Melayu."),
        ("user", "macam mana nak tambah maklumat pasangan dalam HRMIS?"),
        (
            "assistant",
            "Log masuk HRMIS, pilih Rekod Peribadi > Maklumat Keluarga > Tambah, isi nama, No. KP dan tarikh perkahwinan, kemudian hantar untuk pengesahan Pentadbir.",
        ),
        ("user", "ok, nama isteri Nor Azreen binti Kamal"),
        ("user", "KP 930716-10-5490, kahwin 11 Mei 2024, betul format tu?"),
        ("assistant", "Format No. KP itu betul. Sila masukkan dalam medan yang disediakan."),
    ],
    [
        ("user", "Hi, how many days of extended sick leave can a nurse get for cancer?"),
        (
            "assistant",
            "Under the current rules, extended sick leave can be approved up to 90 days on full pay and 90 days on half pay, with a medical board report.",
        ),
        ("user", "Thanks. It's for me, Lee Jia Wen, U32 at Hospital Pulau Pinang"),
        (
            "user",
            "stage 2 ovarian cancer, surgery on 9 Jan. do I need to tell my ward sister the diagnosis?",
        ),
    ],
    [
        ("user", "pencen bulan ni tak masuk lagi, dah 3 hb"),
        ("assistant", "Maaf atas kesulitan. Boleh berikan nombor pencen untuk semakan?"),
        ("user", "No pencen 0087731, nama Abdul Rahim bin Sulong"),
        ("user", "akaun baru BSN 0510041200098826, saya dah tukar bulan lepas"),
        (
            "assistant",
            "Terima kasih. Pertukaran akaun mungkin belum dikemas kini; sila hubungi KWAP untuk pengesahan.",
        ),
    ],
    [
        ("user", "e-GTukar tutup bila?"),
        (
            "assistant",
            "Permohonan e-GTukar biasanya ditutup pada akhir bulan yang diumumkan oleh KPM.",
        ),
        (
            "user",
            "saya Cikgu Sharifah Nadia binti Syed Hamzah, SK Seri Gombak 2, nak mohon ikut suami ke Miri. suami Mohd Iqbal bin Latiff, jurutera Petronas, KP 860127-13-5333",
        ),
        ("assistant", "Sila lampirkan surat pengesahan majikan suami semasa memohon."),
    ],
    [
        ("system", "You are an assistant for a union legal desk. Be factual."),
        ("user", "I received a notis pertuduhan under Regulation 4(2)(g). What happens next?"),
        (
            "assistant",
            "You have 21 days to submit a written representation to the disciplinary board. You may ask the union for help drafting it.",
        ),
        (
            "user",
            "I'm Ravi Shankar a/l Ganesan, Pembantu Tadbir N19 at Jabatan Imigresen KLIA, IC 840315-14-5779. They say I helped an agent skip the queue for cash",
        ),
    ],
    [
        ("user", "berapa maksimum potongan gaji dibenarkan?"),
        ("assistant", "Jumlah potongan tidak boleh melebihi 60% daripada jumlah emolumen bulanan."),
        (
            "user",
            "gaji saya RM4,180 gred N22, LPPSA RM1,320, koperasi RM980, BSN RM410. nama Faizal Abdul Karim, JPN Kuala Terengganu. dah lebih ke?",
        ),
        ("assistant", "Jumlah potongan anda RM2,710, iaitu sekitar 64.8%, melebihi had 60%."),
    ],
    [
        ("user", "cuti bersalin boleh ambil sebelum tarikh jangka?"),
        (
            "assistant",
            "Ya, cuti bersalin boleh dimulakan sebelum tarikh jangkaan bersalin mengikut nasihat doktor.",
        ),
        ("user", "ok saya Noor Hidayah, JM U19 kat KK Bandar Baru Nilai, ni IC saya 9104"),
        ("user", "17-05-5532"),
        ("user", "EDD 20 Feb, doktor kata ada pre-eclampsia, jadi nak mula cuti awal"),
    ],
    [
        ("user", "Tolong semak status rayuan biasiswa anak saya"),
        ("assistant", "Boleh berikan nama penuh dan No. KP pelajar?"),
        ("user", "Aina Sofea binti Khairul Azmi, 070813-03-0514"),
        (
            "user",
            "SPM 10A+, pendapatan isi rumah kami RM3,900, saya Khairul Azmi guru DG38, 019-937 2214",
        ),
        (
            "assistant",
            "Terima kasih. Status rayuan boleh disemak di portal rasmi JPA dalam tempoh 14 hari.",
        ),
    ],
    [
        ("system", "Bantu PPP menulis ulasan LNPT secara profesional."),
        (
            "user",
            "Tolong tulis ulasan untuk PYD saya, Puan Zuraidah binti Hamid, PT N19, Unit Kewangan",
        ),
        ("user", "dia selalu MC sebab rawatan dialisis 3 kali seminggu tapi kerja tetap siap"),
        (
            "assistant",
            "Cadangan ulasan: Pegawai menunjukkan komitmen yang tinggi dan menyiapkan tugasan dalam tempoh yang ditetapkan walaupun menghadapi kekangan kesihatan.",
        ),
    ],
    [
        ("user", "boleh tak pesara claim ubat kat farmasi swasta?"),
        (
            "assistant",
            "Pesara berpencen layak mendapat rawatan di fasiliti kerajaan; tuntutan farmasi swasta bergantung pada kelulusan khas.",
        ),
        ("user", "ayah saya Sulaiman bin Daud, pesara guru, kena Parkinson"),
        (
            "user",
            "ubat dia Madopar habis kat HKL, kami duduk No. 5 Jalan Kenanga 2, Taman Kenanga, 43000 Kajang",
        ),
        (
            "assistant",
            "Sila dapatkan surat kekurangan stok daripada farmasi hospital untuk permohonan tuntutan.",
        ),
    ],
]
