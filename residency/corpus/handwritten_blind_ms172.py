# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms172: pusat pemulihan dadah dan AADK di Malaysia (pendaftaran penghuni, ujian air kencing, lawatan keluarga, kes lari, pengawasan selepas keluar, kumpulan WhatsApp kaunselor). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms172
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_lawatan_keluarga"): _lines("""
        NOTIS: Lawatan keluarga di PUSPEN Bukit Mertajam dibuka setiap Sabtu dan Ahad, 9.00 pagi hingga 12.00 tengah hari; pendaftaran ditutup jam 11.30 pagi.
        Pelawat wajib membawa MyKad asal atau pasport; salinan fotostat tidak diterima di kaunter keselamatan pintu utama.
        Barang larangan: telefon bimbit, pemetik api, rokok elektronik, ubat tanpa preskripsi dan makanan dalam bekas aluminium. Sila simpan di loker pelawat (syiling RM1).
        Jadual lawatan Hari Raya Aidilfitri: 2 hingga 4 Syawal, slot 45 minit setiap keluarga, maksimum 4 orang dewasa dan 2 kanak-kanak bagi setiap penghuni.
        Pertanyaan lawatan boleh dibuat melalui WhatsApp kaunter PUSPEN 011-1234 0921 (Isnin hingga Jumaat, 8.30 pagi - 5.00 petang). Mesej sahaja, tiada panggilan.
        Lokasi: Ibu Pejabat AADK, Jalan Maktab Perguruan Islam, 43000 Kajang, Selangor. Parkir pelawat di Zon B, bersebelahan surau dan pondok pengawal.
        Pakaian pelawat mestilah sopan: tidak berseluar pendek atau berselipar jamban. Pelawat berpakaian tidak sesuai akan diminta menunggu di pondok pengawal.
        Makanan dibenarkan: kuih kering, buah-buahan tanpa kulit keras dan roti bungkus kilang bertarikh luput sekurang-kurangnya 7 hari lagi. Had 2 kg setiap lawatan.
        Mulai 1 Mac 2026, semua lawatan perlu ditempah melalui portal e-Lawatan AADK sekurang-kurangnya 3 hari bekerja lebih awal. Kod tempahan dihantar melalui SMS.
        Lawatan ditangguhkan pada 14 hingga 16 November 2025 kerana latihan kebakaran oleh Jabatan Bomba dan Penyelamat Malaysia di semua blok kediaman.
        Kanak-kanak bawah 12 tahun mesti diiringi ibu bapa atau penjaga sah sepanjang masa di Dewan Lawatan Seri Harapan. Sudut permainan disediakan di aras bawah.
        Kaunter pendaftaran pelawat: Blok Pentadbiran, Aras 1. Nombor giliran A047 hingga A120 diminta hadir sebelum 10.30 pagi; giliran terlepas perlu ambil nombor baharu.
        Sesi kaunseling keluarga (45 minit) boleh diatur selepas lawatan pada Sabtu pertama setiap bulan di Bilik Kaunseling 2, Blok Pentadbiran. Tiada bayaran dikenakan.
    """),
    ("ms", "soalan_lazim_aadk"): _lines("""
        S: Adakah rawatan di PUSPEN dikenakan bayaran? J: Tidak. Rawatan dan pemulihan di bawah AADK dibiayai sepenuhnya oleh Kerajaan Malaysia.
        S: Berapa lama tempoh pemulihan di PUSPEN? J: Mengikut perintah Majistret di bawah Akta Penagih Dadah (Rawatan dan Pemulihan) 1983, lazimnya dua tahun.
        S: Bolehkah ahli keluarga memohon rawatan secara sukarela bagi anak mereka? J: Boleh, dengan mengisi borang di Pejabat AADK Daerah yang berhampiran.
        S: Apakah itu Cure & Care Service Centre (CCSC)? J: Pusat rawatan sukarela yang dibuka 24 jam, di mana klien boleh masuk tanpa perintah mahkamah.
        S: Di mana boleh buat ujian air kencing secara sukarela? J: Di mana-mana Pejabat AADK Daerah atau Klinik Cure & Care; sila bawa dokumen pengenalan diri.
        S: Apa berlaku jika penghuni lari dari PUSPEN? J: Laporan polis dibuat serta-merta dan kesalahan di bawah Akta 283 boleh membawa kepada tindakan mahkamah.
        S: Berapa kerap ujian air kencing semasa pengawasan? J: Orang Kena Pengawasan (OKP) lazimnya diuji sekurang-kurangnya sebulan sekali sepanjang tempoh 2 tahun.
        S: Apakah nombor talian bantuan AADK? J: Hubungi Talian Bebas Tol 1800-88-2040 atau e-mel aduan@adk.gov.my untuk pertanyaan umum pada waktu pejabat.
        S: Bolehkah penghuni menerima wang? J: Boleh, melalui kiriman wang pos atas nama pusat dengan rujukan nombor daftar penghuni; wang tunai tidak diterima di pintu masuk.
        S: Adakah rekod rawatan akan muncul dalam semakan majikan? J: Rekod AADK adalah sulit dan tidak didedahkan tanpa kebenaran bertulis atau perintah mahkamah.
        S: Apa maksud status Pengawasan Komuniti? J: Klien tinggal di rumah tetapi wajib melapor diri di Pejabat AADK Daerah mengikut jadual yang ditetapkan Pegawai Pemulihan.
        S: Bolehkah saya mengadu tentang layanan kakitangan? J: Ya, melalui sistem SISPAA di portal rasmi AADK atau kotak cadangan di lobi pejabat daerah.
        S: Adakah PUSPEN menerima penghuni wanita? J: Ya, terdapat PUSPEN khas wanita; sila rujuk senarai pusat di laman web rasmi AADK untuk lokasi terkini.
    """),
    ("en", "urine_test_log_lines"): _lines("""
        2026-03-14T08:12:44+08:00 INFO urinalysis.intake batch=UT-2603-0147 kits_opened=24 lot=MET-AMP-2511C expiry=2027-05-31 station=PUSPEN-KJG-LAB2
        2026-03-14T08:31:09+08:00 WARN urinalysis.reader device=RDR-07 temp_strip_out_of_range value=31.8C expected=32.0-38.0C batch=UT-2603-0147 action=recollect_queue
        2026-03-14T09:02:55+08:00 INFO qc.control lot=QC-NEG-4410 result=NEGATIVE; lot=QC-POS-4411 result=POSITIVE cutoff_thc=50ng/mL cutoff_mamp=1000ng/mL status=PASS
        2026-03-14T09:47:20+08:00 ERROR lims.sync endpoint=https://lims.example.gov.my/api/v2/results http=503 retry_in=120s queued=38 build=lims-agent 4.12.3
        2026-03-14 10:05:11 [daily_summary] PUSPEN Kajang: 212 specimens, 19 presumptive positive (AMP 11, MAMP 6, MOR 2), 3 invalid, sent to Jabatan Kimia for confirmation
        2026-03-14T10:20:03+08:00 INFO chain_of_custody seal_batch=COC-26-00983 seals_used=40 seals_void=1 courier=PosLaju tracking=EP123456789MY
        2026-03-14T11:15:48+08:00 DEBUG reader.calibration device=RDR-03 fw=2.8.1 offset_mamp=-0.02 sha256=9f2c4e1ab77d03e5c6a8b1f0d2e4a6c8b0d2f4e6a8c0b2d4e6f8a0c2e4b6d8f0
        2026-03-14T12:00:00+08:00 INFO cron job=purge_temp_images retained_days=30 deleted=1284 freed=2.3GB host=aadk-lab-app-02 exit=0
        2026-03-14T13:42:17+08:00 WARN stock.kits site=PUSPEN-Serendah item=SKU-UDT-6P-25 on_hand=48 reorder_point=100 supplier_po=PO-2026-0311 status=pending_approval
        2026-03-14T14:09:30+08:00 INFO lab.confirmation method=GC-MS batch=JKM-C-2603-22 samples=19 confirmed=17 not_confirmed=2 turnaround_days=6
        2026-03-14T15:30:02+08:00 INFO audit user_role=LAB_SUPERVISOR action=export_report report=monthly_positivity_2026_02 format=xlsx pii_fields=excluded
        2026-03-14T16:45:55+08:00 ERROR reader.io device=RDR-05 error=E214 cassette_not_detected retries=3 shift=PETANG advice='reseat cassette, clean optical window'
        2026-03-14T17:00:01+08:00 INFO shift_close station=AADK-Daerah-Petaling tests_today=64 neg=57 pos=5 invalid=2 next_shift=MALAM handover_ok=true
    """),
    ("mixed", "whatsapp_kaunselor_urusan_kerja"): _lines("""
        [08:14] Guys reminder, case conference Blok C pukul 10 pagi kat bilik mesyuarat aras 2. Bawa fail progress report bulan Feb ya, printout 2 salinan.
        [08:20] Noted. Projector bilik mesyuarat rosak since semalam, IT cakap technician datang after lunch. Kita guna TV 55 inci dulu lah.
        [09:02] Urine test pagi ni dah siap untuk Blok A dan B, total 86 sampel, semua dah masuk LIMS. Blok D tunggu kit baru sampai esok.
        [09:35] Boss pesan: mulai minggu depan semua laporan sesi kelompok guna template v3.2, yang lama jangan pakai dah. File ada dalam folder Template 2026.
        [10:48] Anyone free petang ni? Perlu 2 orang escort ke Hospital Sungai Buloh pukul 2.30 untuk temujanji klinik pakar, van pejabat VAN-03 dah booked.
        [11:05] Kantin bagitahu menu Jumaat tukar nasi beriani ayam, bukan nasi minyak. Kalau ada penghuni alergi kacang, inform dapur before 3pm ok.
        [12:30] Lunch kat Restoran Kak Yah depan pejabat daerah? Hari ni dia ada set nasi kerabu RM9.50 dengan teh o ais. Siapa nak join reply thumbs up.
        [14:15] Latihan Mental Health First Aid anjuran MENTARI Kajang 22 April, slot terhad 5 orang per PUSPEN. Daftar melalui Google Form sebelum 10 April.
        [15:40] FYI sistem e-Pengawasan down dari 3pm sampai 5pm untuk upgrade ke versi 5.0.1. Key-in laporan OKP lepas 5 ya, jangan panic.
        [16:02] Stok borang persetujuan lawatan dah habis kat kaunter. Saya dah print 200 set, letak dalam kabinet kelabu sebelah mesin photostat.
        [17:25] Minggu depan audit ISO 9001:2015 dari SIRIM hari Rabu dan Khamis. Pastikan log ujian air kencing dan log kunci semua up to date, no blank columns.
        [18:10] Lapor: pagar belakang Blok E ada bahagian longgar dekat tiang ke-7. Dah buat aduan kepada JKR, nombor rujukan aduan ADU-2026-00417.
        [21:03] Warden syif malam dah ambil alih. Kiraan penghuni jam 9 malam lengkap, 312 orang, tiada insiden. Good night semua, jangan lupa hantar OT form esok.
    """),
    ("ms", "peraturan_dan_garis_panduan"): _lines("""
        Akta Penagih Dadah (Rawatan dan Pemulihan) 1983 [Akta 283] memperuntukkan rawatan di pusat pemulihan atau pengawasan di komuniti bagi penagih yang disahkan.
        Di bawah Akta 283, seseorang yang disyaki penagih boleh ditahan bagi tujuan ujian dan mesti dibawa ke hadapan Majistret dalam tempoh yang ditetapkan undang-undang.
        Peraturan Dalaman PUSPEN Bil. 4/2025, Perkara 7: Penghuni dilarang menyimpan wang tunai melebihi RM50; baki hendaklah dimasukkan ke akaun amanah pusat.
        Perkara 12: Ujian air kencing rawak dijalankan sekurang-kurangnya dua kali sebulan bagi setiap blok, dan hasil positif hendaklah disahkan oleh Jabatan Kimia Malaysia.
        Perkara 15: Cubaan melarikan diri hendaklah dilaporkan kepada Pengarah Pusat serta-merta dan kepada balai polis berhampiran dalam tempoh dua jam.
        Perkara 18: Lawatan keluarga boleh digantung tidak melebihi 30 hari sekiranya pelawat didapati membawa barang larangan ke dalam kawasan pusat.
        Perkara 21: Rekod kesihatan penghuni adalah sulit dan hanya boleh diakses oleh pegawai perubatan, jururawat dan Pegawai Pemulihan yang diberi kuasa.
        Perkara 24: Penghuni yang menamatkan fasa rawatan institusi diletakkan di bawah pengawasan selepas keluar selama dua tahun mengikut perintah Majistret.
        Perkara 27: Kakitangan dilarang menyertai kumpulan media sosial bersama penghuni atau bekas penghuni selain saluran rasmi yang diluluskan Pengarah Negeri.
        Perkara 30: Gambar penghuni tidak boleh diambil atau dimuat naik ke WhatsApp, Facebook atau TikTok tanpa kebenaran bertulis dan tujuan rasmi yang jelas.
        Dasar Dadah Negara menekankan pendekatan seimbang antara pengurangan permintaan melalui pencegahan dan rawatan, serta pengurangan bekalan melalui penguatkuasaan.
        Garis Panduan Pengawasan OKP 2024: OKP yang gagal melapor diri tiga kali berturut-turut hendaklah dirujuk kepada Majistret untuk pertimbangan perintah baharu.
        Pekeliling Bil. 2/2026: Kit ujian air kencing hendaklah disimpan pada suhu 2 hingga 30 darjah Celsius dan log suhu bilik stor direkod dua kali sehari.
    """),
    ("en", "config_and_code"): _lines("""
        aadk_case_mgmt.yaml: database: {host: db.internal.example, port: 5432, name: okp_prod, pool_size: 20, sslmode: require}
        RESIDENT_NO_PATTERN = '^PUS-[A-Z]{3}-[0-9]{6}$'  # example: PUS-ABC-000001, internal register format only
        def mask_mykad(ic: str) -> str: return ic[:6] + '-**-****' if len(ic) >= 12 else '[INVALID]'
        SMS_TEMPLATE_VISIT = 'AADK: Tempahan lawatan {booking_code} disahkan pada {date} {slot}. Sila hadir 15 min awal dengan MyKad asal.'
        retention: {urinalysis_images: 30d, visit_logs: 365d, counselling_notes: 7y, audit_trail: 10y}  # per Arahan Keselamatan Kerajaan
        SELECT block_code, COUNT(*) AS residents FROM residents WHERE status = 'ACTIVE' AND centre_id = 14 GROUP BY block_code ORDER BY block_code;
        docker run -d --name lims-agent -e LIMS_URL=https://lims.example.gov.my -e SITE_CODE=KJG -e LOG_LEVEL=info registry.example.com/aadk/lims-agent:4.12.3
        ALERT_RULES = [{'name': 'missed_report', 'threshold_days': 7}, {'name': 'positive_streak', 'threshold': 2}, {'name': 'abscond', 'notify': 'duty_officer'}]
        WA_BUSINESS_SENDER = '60389112000'  # official centre line for appointment reminders; change only via CAB ticket
        CREATE INDEX idx_urine_batch_date ON urine_tests (batch_no, collected_at DESC) WHERE result IN ('POSITIVE', 'INVALID');
        i18n/ms.json: {'visit.closed': 'Lawatan ditutup hari ini', 'visit.booked': 'Tempahan berjaya', 'okp.report_due': 'Tarikh lapor diri seterusnya'}
        pytest tests/test_supervision_schedule.py::test_monthly_report_rollover -q  # 14 passed, 1 skipped in 2.31s (python 3.12.4)
        CHANGELOG v5.0.1 (2026-03-10): fix timezone bug in e-Pengawasan reminder cron, bump openpyxl to 3.1.5, add MS/EN labels to abscond report export.
    """),
    ("ms", "sejarah_dan_berita_tokoh_awam"): _lines("""
        Agensi Antidadah Kebangsaan (AADK) ditubuhkan pada tahun 2004 di bawah Kementerian Dalam Negeri bagi menyelaras usaha pencegahan, rawatan dan pemulihan dadah.
        Pada tahun 1983, dadah diisytiharkan sebagai musuh nombor satu negara oleh kerajaan pimpinan Tun Dr. Mahathir Mohamad, tahun yang sama Akta 283 digubal.
        Menteri Dalam Negeri Datuk Seri Saifuddin Nasution Ismail berkata pendekatan rawatan berasaskan komuniti akan diperluas ke lebih banyak daerah tahun ini.
        Klinik Cure & Care 1Malaysia diperkenalkan sekitar tahun 2010 sebagai pendekatan rawatan sukarela yang lebih terbuka berbanding model pusat tertutup.
        Hari Antidadah Antarabangsa disambut pada 26 Jun setiap tahun sejak diisytiharkan oleh Perhimpunan Agung Pertubuhan Bangsa-Bangsa Bersatu pada 1987.
        Kempen Dadah Musuh Negara pada era 1980-an terkenal dengan iklan televisyen RTM dan poster yang ditampal di sekolah-sekolah seluruh negara.
        Di pusat sumber PUSPEN, novel Salina karya Sasterawan Negara A. Samad Said antara buku paling kerap dipinjam, diikuti Ranjau Sepanjang Jalan oleh Shahnon Ahmad.
        Sebagai perbandingan, Central Narcotics Bureau (CNB) Singapura yang ditubuhkan pada 1971 menguruskan Drug Rehabilitation Centre di bawah Misuse of Drugs Act.
        Istilah Pusat Serenti digunakan secara meluas sebelum pusat-pusat itu dijenamakan semula sebagai PUSPEN, antara lain untuk mengurangkan stigma masyarakat.
        Jabatan Siasatan Jenayah Narkotik (JSJN) PDRM melaporkan rampasan dadah bernilai ratusan juta ringgit setiap tahun, kebanyakannya syabu dan ganja.
        Perdana Menteri Datuk Seri Anwar Ibrahim dalam ucapannya menyeru majikan agar memberi peluang pekerjaan kepada bekas penagih yang telah pulih.
        Hari Antidadah Kebangsaan disambut pada 19 Februari setiap tahun, dengan program larian, pameran dan ceramah di sekolah serta pusat pemulihan.
        Blok Hang Tuah, Blok Hang Jebat dan Blok Hang Kasturi di pusat ini dinamakan sempena pahlawan Melaka dalam Hikayat Hang Tuah, bukan nama kakitangan.
    """),
    ("mixed", "invois_dan_senarai_harga_pembekal"): _lines("""
        INVOIS No. INV-2026-00318 | Medilab Diagnostics Sdn. Bhd. (202001012345 / 1371234-K) | 50 kotak kit ujian air kencing 6-panel @ RM185.00 = RM9,250.00
        Bill to: PUSPEN Kajang, Jalan Maktab Perguruan Islam, 43000 Kajang, Selangor. PO No. PO-KDN-AADK-2026-0142, terma bayaran 30 hari.
        SST No. W10-1808-32001234 | Subtotal RM9,250.00 | Cukai 8% RM740.00 | Jumlah RM9,990.00 | Bayar ke akaun syarikat Maybank 5142 0123 4567
        Senarai harga 2026 Syarikat Ah Huat Hardware: mangga keselamatan 60mm RM32.90, rantai besi 5m RM78.00, kunci loker kombinasi RM18.50 seunit.
        Quotation Q-2026-0077 Katering Mak Limah Enterprise (SA0512345-D): nasi bungkus penghuni RM6.50 x 320 pax x 30 hari, termasuk air sirap.
        Delivery Order DO-88213 dari Uni-Med Supplies (M) Sdn Bhd: 2,000 bekas spesimen 60ml steril, 400 pelekat tamper-evident, dihantar via J&T JT0123456789012.
        Credit note CN-2026-011: pulangan 6 kotak kit lot MET-AMP-2511C (rosak semasa penghantaran), kredit RM1,110.00 ke akaun pembekal PUSPEN Serendah.
        Price list Klinik & Surgeri Dr. Lim (klinik panel): pemeriksaan kesihatan pra-kemasukan RM45, saringan HIV/Hep C RM60, X-ray dada RM70.
        Invoice INV/SG/2026/0419, Tay Brothers Pte. Ltd. (UEN 201912345K), 12 Tuas Avenue 7, Singapore 639270: breathalyser mouthpieces x 5,000, SGD 1,150.00
        Tempahan van: Pak Mat Travel & Tours Sdn Bhd, 2 unit Toyota Hiace 14 tempat duduk untuk program lawatan keluarga, RM450 sehari termasuk pemandu.
        Resit rasmi AADK No. R-0099127 | Sewaan dewan program komuniti | RM300.00 | Kaedah: FPX | Ref FPX 2603141023450918 | Tarikh 14/03/2026
        Penyata akaun pembekal Mei 2026: 4 invois tertunggak (INV-2026-00318, 00341, 00377, 00402) berjumlah RM31,420.60; sila jelaskan sebelum 30/6.
        Shopee listing Kedai Uncle Raju Uniform: baju seragam penghuni warna biru, saiz S-3XL, RM24.90 sehelai, diskaun 10% untuk order lebih 200 helai, SKU UR-BL-0420.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pendaftaran penghuni baharu: Mohd Hafizul bin Rosli, MyKad 930517-08-6123, alamat No. 14, Lorong Cempaka 3, Taman Sri Manjung, 32040 Seri Manjung, Perak.
        Keputusan ujian air kencing 14/03: Khairul Anuar bin Zakaria positif methamphetamine (MAMP), sampel dihantar ke Jabatan Kimia untuk pengesahan.
        Nurul Ain binti Samsudin, 27, penghuni Blok W2, disahkan hamil 14 minggu semasa saringan kesihatan; dirujuk ke Klinik Kesihatan Bachok.
        Kes lari: penghuni Ahmad Faizal bin Mat Isa (No. daftar PUS-KJG-004518) hilang semasa kiraan 5.30 petang, dipercayai memanjat pagar belakang Blok E.
        Abang dia, Zulkifli, call tadi minta lawatan khas sebab ayah mereka, Encik Rosli Hamzah, kritikal di ICU Hospital Taiping. Nombor abang: 017-552 8091.
        Waris: Puan Rohana binti Ismail (ibu), 019-433 2107, alamat Kampung Padang Tembak, 16100 Kota Bharu, Kelantan. Hubungan: ibu kandung.
        OKP Shahrul Nizam bin Abdullah gagal melapor diri pada 3, 10 dan 17 Mac; menurut isterinya, dia kini bekerja di kilang sawit Teluk Intan tanpa memaklumkan pegawai.
        Penghuni Razak (panggilan Jak Botak) mengaku berhutang RM8,000 dengan ah long di Klang dan risau keluarganya diganggu semasa dia berada di PUSPEN.
        Rekod perubatan: Faridah binti Omar, HIV positif sejak 2019, menerima rawatan ARV di Hospital Sungai Buloh; bacaan CD4 terkini 410.
        Isteri penghuni, Puan Siti Maisarah, memfailkan permohonan cerai di Mahkamah Syariah Shah Alam minggu lepas dan mahu hak jagaan dua anak mereka.
        Kenderaan pelawat: Perodua Myvi putih VBK 4821, pemandu Encik Azman bin Yusof, datang bersama dua anak untuk melawat adiknya di Blok C.
        Alamat tinggal OKP selepas keluar: No. 22A, Jalan Teratai 5, Taman Bukit Indah, 81200 Johor Bahru (rumah kakak, Norhayati binti Salleh).
        Ibu penghuni minta baki akaun amanah dipulangkan ke Maybank 1640 2237 8815 atas nama Hasnah binti Daud selepas anaknya dibebaskan bulan depan.
        Amran bin Jusoh, 41, bekas pemandu lori, ditangkap semula di Kuantan pada 2 Feb kerana memiliki 3.2 gram syabu, dua bulan selepas tamat PUSPEN.
        Tolong call balik nombor ni petang ni, 012-778 3405, dia tunggu jawapan pasal tarikh lawatan anak dia.
        Gaji terakhir penghuni Saiful Bahri bin Kamal sebagai operator kilang ialah RM1,850 sebulan; majikannya sudah menamatkan perkhidmatannya selepas dia ditahan.
        Borang lawatan: Nama pelawat: Lim Mei Ling | No. KP: 880921-14-5568 | Hubungan: tunang | Nama penghuni: Tan Wei Jie | Tarikh: 15/03/2026
        E-mel daripada kakak penghuni, nadiah.kamaruddin88@gmail.com, bertanya status permohonan cuti ihsan untuk majlis perkahwinannya.
        Pegawai Pemulihan melaporkan OKP Mat Rizal tinggal seorang diri di PPR Kerinchi, Blok 3, Unit 12-07, dan menunjukkan tanda-tanda kemurungan.
        Keputusan saringan: Hepatitis C reaktif bagi penghuni Yusri bin Hashim (No. daftar PUS-SRD-002231); rujukan ke pakar hepatologi dijadualkan April.
        Sudirman anak Jimbun dari Sibu telah melapor diri di AADK Daerah Sibu; ujian air kencing negatif, tetapi dia mengadu baru kehilangan kerja.
        Gambar penghuni Hairul Azmi bermain futsal dimuat naik ke Facebook oleh abangnya tanpa kebenaran; pihak pusat meminta gambar itu dipadam.
    """),
    "en": _lines("""
        Resident intake: Muthu a/l Subramaniam, IC 850303-07-5241, admitted 02/03/2026, heroin dependence, on methadone 60mg daily.
        Urine result for client Kavitha a/p Ramasamy on 11 March: positive for amphetamine, second positive in a row, case escalated to the district officer.
        Mr. Tan Chee Keong's mother called from Ipoh; she says he owes RM12,000 to loan sharks and someone splashed red paint on their house last week.
        Family contact sheet: brother Daniel Wong, mobile +60 16-287 4410, email danielwong.kl@yahoo.com, prefers WhatsApp after 7pm.
        Absconder alert: Rajesh Kumar a/l Maniam, 29, 170cm, scorpion tattoo on left forearm, last seen near Bukit Mertajam bus terminal at 6.40pm.
        Post-release supervision address: 5-3-12, Pangsapuri Seri Mawar, Jalan Kenari, 47100 Puchong. Client lives with his grandmother, who has dementia.
        Client Jonathan Lee disclosed he was abused by an uncle at age 12; counsellor to refer him to the clinical psychologist at Hospital Kajang.
        Singapore-based sister of the resident, Ms Goh Siew Ling, NRIC S8823417J, asked for a video-call visit as she cannot cross the Causeway this month.
        Visitor vehicle log 14/03: WVT 7312 (Honda City, grey), driver Mr. Selvam, visiting his son in Block B, left at 11:52.
        Please verify FIN G5512378N against the visitor's work permit before allowing entry; he says he is the resident's cousin.
        Client Farid, 34, reports his wife took the kids to her parents' house in Kuala Terengganu after he relapsed; he wants family mediation.
        Maybank transfer receipt attached: from Azlina Mohd Noor, acc 1122 3344 5566, RM200 to resident trust account, ref duit belanja adik.
        Mr. Ong's daughter, Ong Pei Shan, 16, was caught with ganja at school in Seremban and the family asked whether she can join the CCSC youth programme.
    """),
    "mixed": _lines("""
        Bro, Abang Lan Blok C tu urine positive lagi la, THC this time. Dia cakap member bawa masuk masa lawatan hari Ahad. Nama penuh dia Azlan bin Kassim.
        Makcik Ani call lagi, nak jumpa anak dia Hafiz tapi dah kena ban lawatan 30 hari sebab bawa rokok. Her number 013-920 7781, please call back.
        陈先生 (Tan Ah Kow) dari Kampung Baru Semenyih called, his son Tan Kok Leong is OKP but ran away to Johor, family very worried, number 012-606 5532.
        Client Ah Meng 说 he got hepatitis C since 2021, tak pernah follow up kat Hospital Kuala Lumpur, now his skin quite kuning already.
        Update kes lari: Ramli a.k.a. Mat Gitar dah ditangkap polis kat Terminal Bersepadu Selatan semalam 11pm, now remanded at IPD Cheras.
        FYI OKP Siva tu dah kahwin lain, bini pertama dia Puan Lakshmi datang office complain dia tak bayar nafkah 3 bulan, RM600 sebulan.
        Guys, photo IC pelawat semalam saya dah upload dalam drive: Nor Azizah binti Ghani, 790812-03-5014, please jangan forward keluar group ya.
        林太 called pasal husband dia Lim Boon Hock, he keeps asking money through PUSPEN phone, she already lent him RM3k, now she wants his calls blocked.
        Client Jason Chua IG handle @jasonchua_88 still posting vape videos while under supervision, boss minta screenshot for the report to Majistret.
        Penghuni baru Kamal (No. daftar PUS-BMJ-003872) ada schizophrenia, makan risperidone 2mg, please inform warden malam jangan letak dia dalam dorm besar.
        Alamat OKP: Lot 1123, Kampung Sungai Tiram, 81800 Ulu Tiram, Johor. Rumah kayu hijau sebelah kedai runcit, kalau nak buat lawatan mengejut.
        Puan Normah binti Awang cakap gaji suami dia kena potong RM900 sebab hutang kereta dan PTPTN, dia minta surat sokongan AADK untuk bantuan Baitulmal.
        Pelawat dari Hong Kong, Chong Wai Kit, HKID K456789(3), datang jumpa adik dia in Block A, stay hotel dekat KL Sentral until Friday.
        Taiwan cousin Huang Yi-Ting, ID F223456789, nak sponsor rawatan swasta untuk penghuni Wong Jun Hao after release, boleh bagi contact case officer?
        Ujian hari ni 4 OKP positive: Zaki, Ah Seng, Mugilan, Hakim. Semua kena datang balik Isnin for retest and counselling, tolong inform family diorang.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pentadbiran PUSPEN Kajang. Tulis surat rasmi dalam Bahasa Melayu yang sopan dan ringkas.",
        ),
        (
            "user",
            "Tolong draf surat kepada waris penghuni Mohd Syafiq bin Hamdan (No. daftar PUS-KJG-005102) bahawa lawatan digantung 30 hari kerana pelawat membawa rokok pada 8 Mac.",
        ),
        (
            "assistant",
            "Tuan/Puan, dimaklumkan bahawa lawatan keluarga bagi penghuni Mohd Syafiq bin Hamdan (PUS-KJG-005102) digantung selama 30 hari berkuat kuasa 9 Mac 2026 di bawah Perkara 18 Peraturan Dalaman PUSPEN, kerana barang larangan (rokok) dibawa semasa lawatan pada 8 Mac 2026. Lawatan boleh ditempah semula mulai 8 April 2026 melalui portal e-Lawatan.",
        ),
        (
            "user",
            "Tambah alamat waris di atas: Puan Zaleha binti Ahmad, No. 8, Jalan Melati 2, Taman Melati, 43000 Kajang, Selangor.",
        ),
        (
            "assistant",
            "Baik. Bahagian alamat: Puan Zaleha binti Ahmad, No. 8, Jalan Melati 2, Taman Melati, 43000 Kajang, Selangor. Kandungan surat kekal seperti di atas, ditandatangani oleh Pengarah PUSPEN Kajang.",
        ),
    ],
    [
        (
            "user",
            "My brother Imran Hakim, 31, just tested positive for meth at his monthly AADK check in Shah Alam. He's been clean 8 months and he swears it's a false positive from cold medicine. What happens now?",
        ),
        (
            "assistant",
            "I'm sorry, that's stressful. A presumptive positive at the district office is usually sent to Jabatan Kimia for confirmation before any action is taken. Imran should tell his Pegawai Pemulihan exactly which medicine he took and keep the box or receipt. If the confirmation is negative, no further action follows.",
        ),
        (
            "user",
            "He took Actifed from the pharmacy near our house in Seksyen 7. He's also scared his boss at the logistics company will find out and fire him.",
        ),
        (
            "assistant",
            "Some decongestants can trigger a screening positive for amphetamines, which is exactly why confirmation testing exists. AADK records are confidential, so his employer is not informed by AADK. He can ask the officer for a letter confirming his report attendance if he needs to explain time off.",
        ),
    ],
    [
        (
            "system",
            "You help counsellors at a Malaysian drug rehab centre summarise their WhatsApp group messages into short handover notes.",
        ),
        (
            "user",
            "Summarise ni: [20:11] Penghuni Fadzli bilik 4 Blok B menangis, cakap mak dia baru meninggal. [20:30] Dia minta izin pergi jenazah kat Kampung Gajah esok. [20:45] Nombor adik dia 011-2893 4470 untuk confirm.",
        ),
        (
            "assistant",
            "Handover note: Resident Fadzli (Blok B, bilik 4) is grieving after his mother's death and requests compassionate leave to attend the funeral in Kampung Gajah tomorrow. Verify with his younger sibling at 011-2893 4470 and escalate the leave request to the duty officer tonight.",
        ),
        ("user", "Ok add also dia ada sejarah cubaan bunuh diri 2023, so kena monitor malam ni."),
        (
            "assistant",
            "Updated note: given Fadzli's history of a suicide attempt in 2023, place him on close observation tonight with 30-minute checks and inform the medical officer first thing in the morning.",
        ),
    ],
    [
        (
            "user",
            "Anak saya Muhammad Aiman lari dari PUSPEN Besut semalam. Saya ibu dia, Rosmawati, nombor saya 019-271 5538. Apa saya patut buat kalau dia balik rumah?",
        ),
        (
            "assistant",
            "Puan Rosmawati, saya faham puan risau. Jika Aiman pulang, pujuk dia dengan tenang untuk menyerah diri di pejabat AADK Daerah atau balai polis berhampiran. Menyerah diri secara sukarela biasanya dipandang lebih baik berbanding ditangkap. Puan juga boleh menghubungi pihak PUSPEN untuk mendapatkan nasihat.",
        ),
        (
            "user",
            "Dia ada hutang dengan kawan-kawan lama, saya takut mereka cari dia kat rumah kami di Kampung Raja.",
        ),
        (
            "assistant",
            "Jika puan rasa terancam, buat laporan polis dan maklumkan juga kepada Pegawai Pemulihan Aiman. Elakkan berjumpa orang yang menuntut hutang seorang diri, dan simpan sebarang mesej ugutan sebagai bukti.",
        ),
    ],
    [
        (
            "system",
            "Case assistant for AADK Daerah Petaling. Current client record: Lee Chin Hwa, IC 760228-10-5593, supervision ends 2026-09-30, reporting day: every 2nd Tuesday, history: amphetamine use, hypertension.",
        ),
        ("user", "When is the client's next reporting date after 10 March 2026?"),
        (
            "assistant",
            "Lee Chin Hwa's next reporting date is Tuesday, 14 April 2026 (the second Tuesday of April). His supervision order runs until 30 September 2026.",
        ),
        (
            "user",
            "He asked if he can report on a different day because of a hospital appointment for his blood pressure.",
        ),
        (
            "assistant",
            "You can offer a one-off change: record the hospital appointment slip in his file and set an alternative date within the same week, for example Thursday, 16 April 2026.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Singaporean, NRIC S9012345H. My boyfriend Haikal is in PUSPEN Kota Tinggi. Can I visit him or need to be family only?",
        ),
        (
            "assistant",
            "Visiting rules vary by centre, but most PUSPEN allow only immediate family or registered guardians. Non-family visitors usually need prior approval from the centre director. Bring your passport, since a foreign visitor cannot use a MyKad, and ask the centre whether your name can be added to his visitor list.",
        ),
        (
            "user",
            "Ok can. Also I pregnant 3 months, his family dunno yet. Should I tell the counsellor first?",
        ),
        (
            "assistant",
            "That's your decision, and the counsellor will keep it confidential. Many people find it helpful to tell the counsellor first so they can plan how and when Haikal hears the news, and support him during a family session.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu Pegawai Pemulihan menulis laporan kemajuan OKP dalam format rasmi.",
        ),
        (
            "user",
            "Tulis laporan: OKP Norazman bin Sulaiman, KP 820614-06-5387, alamat Felda Lepar Hilir 3, Gambang. Lapor diri 5 kali berturut-turut, urine negatif semua. Masalah: hutang Ar-Rahnu RM4,500, isteri sakit kanser payudara tahap 2.",
        ),
        (
            "assistant",
            "LAPORAN KEMAJUAN OKP. Nama: Norazman bin Sulaiman. No. KP: 820614-06-5387. Alamat: Felda Lepar Hilir 3, Gambang, Pahang. Kehadiran: 5 kali berturut-turut, semua keputusan ujian air kencing negatif. Isu sosial: hutang Ar-Rahnu RM4,500 dan isteri menghidap kanser payudara tahap 2. Cadangan: rujukan kepada Pegawai Kebajikan Masyarakat untuk bantuan kewangan dan sokongan penjaga.",
        ),
        ("user", "Bagus, tambah cadangan rujukan ke Baitulmal Pahang."),
        (
            "assistant",
            "Ditambah: Cadangan 2 - rujuk Norazman bin Sulaiman kepada Baitulmal Majlis Ugama Islam dan Adat Resam Melayu Pahang bagi permohonan bantuan asnaf untuk menampung kos rawatan isterinya.",
        ),
    ],
    [
        (
            "user",
            "Convert this visit log to CSV with headers: 15/03 Lim Mei Ling 880921-14-5568 tunang visiting Tan Wei Jie; 15/03 Sarimah binti Yaakob 650402-11-5230 ibu visiting Badrul Hisham.",
        ),
        (
            "assistant",
            "Header: date,visitor_name,visitor_ic,relationship,resident_name. Row 1: 15/03/2026,Lim Mei Ling,880921-14-5568,tunang,Tan Wei Jie. Row 2: 15/03/2026,Sarimah binti Yaakob,650402-11-5230,ibu,Badrul Hisham.",
        ),
        ("user", "Can you mask the IC numbers before I send to HQ?"),
        (
            "assistant",
            "Masked rows: 15/03/2026,Lim Mei Ling,880921-**-****,tunang,Tan Wei Jie and 15/03/2026,Sarimah binti Yaakob,650402-**-****,ibu,Badrul Hisham. Note that the names still identify people, so share this file only through the official channel.",
        ),
    ],
    [
        (
            "user",
            "我弟弟 Wong Kar Lok 在 PUSPEN Tampin，已经 8 个月了。我妈妈想去看他 but she cannot read Malay, how to book the visit online? 我的电话是 016-775 2081。",
        ),
        (
            "assistant",
            "可以帮你妈妈在 e-Lawatan 门户网站预约。你需要准备：探访者的 MyKad、与 Wong Kar Lok 的关系、想要的日期和时段。预约至少提前 3 个工作天，确认码会用 SMS 发到登记的电话号码。",
        ),
        (
            "user",
            "Ok thanks. Also dia ada depression, doctor kasi sertraline 50mg. PUSPEN will continue the medicine ka?",
        ),
        (
            "assistant",
            "一般来说，PUSPEN 的医疗人员会根据医生处方继续给药。建议你把 Kar Lok 的处方和病历副本交给中心的护士，以确保 sertraline 没有中断。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu kaunselor PUSPEN Wanita. Beri cadangan pelan sokongan yang praktikal.",
        ),
        (
            "user",
            "Penghuni saya, Siti Hajar binti Mokhtar, 22, hamil 20 minggu, bekas pengguna syabu, suami dia dalam penjara Kajang. Keluarga dia di Alor Setar tak mahu terima dia balik. Apa pelan sokongan yang sesuai?",
        ),
        (
            "assistant",
            "Cadangan pelan untuk Siti Hajar: 1) rujukan segera ke klinik antenatal Klinik Kesihatan berhampiran untuk pemeriksaan berkala; 2) sesi kaunseling individu mingguan tentang trauma dan persediaan menjadi ibu; 3) perbincangan bersama Jabatan Kebajikan Masyarakat tentang tempat tinggal selepas keluar; 4) mediasi keluarga dengan ibu bapanya di Alor Setar jika dia bersetuju.",
        ),
        ("user", "Dia juga ada hutang kad kredit RM7,200 dan takut bank ambil tindakan."),
        (
            "assistant",
            "Tambah langkah 5: rujuk Siti Hajar kepada AKPK (Agensi Kaunseling dan Pengurusan Kredit) untuk program pengurusan hutang. AKPK boleh berunding dengan bank bagi pihaknya supaya bayaran disusun semula mengikut kemampuannya selepas keluar.",
        ),
    ],
]
