# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms154: sekolah memandu dan ujian lesen di Malaysia (rekod pelatih, tempahan kelas, keputusan ujian JPJ, lesen L dan P, pengajar, aduan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms154
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_sekolah_memandu"): _lines("""
        NOTIS: Kuliah teori KPP01 pada Sabtu 12/12/2026 dipindahkan ke Bilik Kuliah 2, tingkat 1. Sila bawa MyKad asal dan resit pendaftaran.
        Litar latihan ditutup 24-26 Disember 2026 untuk kerja turap semula. Semua sesi KPP03 dijadual semula; kaunter akan hubungi anda melalui SMS.
        Akademi Memandu Seri Kenanga Sdn. Bhd. (201401023456 / 1098765-K), Lot 2217, Jalan Kebun Nenas, 41100 Klang. Waktu operasi 8.30 pagi - 6.00 petang.
        Perhatian pelatih motosikal B2: topi keledar bertanda SIRIM dan kasut bertutup wajib. Pelatih berselipar tidak dibenarkan masuk litar, tiada pengecualian.
        Ujian berkomputer KPP02 kini boleh ditempah di kaunter atau melalui talian WhatsApp rasmi sekolah 011-5120 8800 (mesej sahaja, tiada panggilan).
        Cuti Hari Raya Aidilfitri: pejabat tutup 2 hari. Sesi ujian yang telah ditetapkan tetap berjalan mengikut jadual Cawangan JPJ Padang Jawi, Alor Setar.
        Makluman: yuran pentadbiran ujian semula Bahagian III (jalan raya) ialah RM30 bagi setiap percubaan, dibayar sebelum senarai nama dihantar ke JPJ.
        Pelatih yang lesen L (LDL) telah tamat tempoh perlu memperbaharuinya melalui MyEG atau kaunter JPJ sebelum menduduki ujian. Lesen L tamat = tidak boleh diuji.
        Kereta latihan baharu: 4 unit Perodua Bezza 1.3 AV auto (kelas DA) dan 2 unit Proton Saga manual telah mula beroperasi mulai 1 November 2026.
        Ujian litar 3 Dis dibatalkan kerana hujan lebat dan banjir kilat di kawasan Jalan Kebun. Tarikh baharu akan dimaklumkan sebaik JPJ mengeluarkan slot.
        Sekolah Memandu Ah Chong & Anak-Anak (Bentong) Sdn Bhd memaklumkan alamat baharu: No. 8, Jalan Chui Yin, 28700 Bentong, Pahang, berkuat kuasa 15/01/2027.
        Kuliah teori dikendalikan dalam Bahasa Melayu, English dan 华语. Sila pilih bahasa semasa mendaftar; kelas Bahasa Tamil hanya pada Ahad pertama setiap bulan.
        Dilarang merakam video di kawasan ujian JPJ. Pelatih yang didapati merakam pegawai penguji boleh dibatalkan ujiannya serta-merta tanpa bayaran balik.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama lesen L sah? J: Lesen Belajar (LDL) sah selama 3 bulan dan boleh diperbaharui; anda mesti lulus KPP02 dahulu sebelum memohon.
        S: Boleh tak terus ambil kelas DA (auto)? J: Boleh. Lesen DA hanya membenarkan anda memandu kereta automatik; untuk kereta manual perlu ambil kelas D.
        S: Berapa lama tempoh lesen P? J: Lesen Percubaan (PDL) berlaku 2 tahun. Jika mata demerit KEJARA tidak melebihi had, anda boleh tukar ke CDL.
        S: Apakah umur minimum? J: 16 tahun untuk motosikal B2 dan 17 tahun untuk kereta D/DA, dikira pada tarikh permohonan lesen L.
        S: Perlu bawa apa pada hari ujian? J: MyKad asal, lesen L yang masih sah dan slip kehadiran yang dicetak oleh sekolah. Sila datang 45 minit lebih awal.
        S: Jika gagal ujian litar, bila boleh ulang? J: Tarikh ujian semula bergantung pada slot JPJ; biasanya 2 hingga 4 minggu. Yuran ulangan dikenakan.
        S: Adakah pakej termasuk pemeriksaan mata? J: Ya, pemeriksaan penglihatan asas dibuat oleh klinik panel sebelum KPP01. Kos sudah termasuk dalam pakej.
        S: Boleh bayar ansuran? J: Boleh melalui Atome atau SPayLater untuk pakej melebihi RM1,000. Tiada caj tambahan dikenakan oleh pihak sekolah.
        S: Warganegara asing boleh daftar? J: Boleh, dengan pasport dan pas kerja atau pas pelajar yang masih sah sekurang-kurangnya 6 bulan lagi.
        S: Lesen memandu Singapura boleh tukar ke lesen Malaysia? J: Sila rujuk kaunter JPJ berhampiran; dokumen sokongan dari pihak berkuasa Singapura diperlukan.
        S: Apa maksud Bahagian II dan Bahagian III? J: Bahagian II ialah ujian di litar (parkir, bukit, pusingan 3 penjuru); Bahagian III ialah ujian di jalan raya.
        S: Ada kelas hujung minggu? J: Ada, Sabtu dan Ahad 8.00 pagi hingga 1.00 tengah hari. Tempahan dibuka setiap Isnin jam 10.00 pagi.
        S: Bagaimana nak buat aduan tentang pengajar? J: Isi borang aduan di kaunter atau e-mel aduan@akademiserikenanga.com.my; aduan juga boleh dibuat melalui portal JPJ.
    """),
    ("ms", "senarai_harga_pakej"): _lines("""
        Pakej Kereta Manual (D): RM1,650 | termasuk KPP01, KPP02, 8 jam KPP03, 1 kali ujian litar dan jalan raya, sewa kereta ujian.
        Pakej Kereta Auto (DA): RM1,780 | Perodua Bezza AV | 8 jam latihan praktikal | ujian JPJ 1 kali | kelas tambahan RM45/jam.
        Pakej Motosikal B2 (250cc ke bawah): RM580 | KPP01 + KPP02 + 6 jam latihan | motosikal Honda EX5 disediakan | topi keledar sendiri.
        Pakej Kombo D + B2: RM2,080 (jimat RM150). Tawaran sah sehingga 31/12/2026 atau selagi slot kuliah teori masih ada.
        Kelas Refresher (sudah ada lesen tapi takut memandu): RM90 sejam, minimum 3 jam, kereta auto sekolah, laluan pilihan di sekitar Shah Alam.
        Ujian semula Bahagian II (litar): RM70 termasuk sewa kereta; Bahagian III (jalan raya): RM90; ujian semula KPP02: RM35.
        Caj tambahan: tukar slot ujian kurang 7 hari - RM50; cetakan semula slip atau sijil - RM10; kelas malam (7.00-10.00 mlm) - RM20/jam.
        Pakej Lori Kelas E: RM3,950 | Hino 500 | 12 jam latihan amali | ujian JPJ 1 kali | lesen GDL dikira berasingan.
        SKU PKG-DA-2026-STD | Pakej DA Standard | RM1,780.00 | SST 0% | Diskaun pelajar IPT RM100 dengan kad matrik yang sah.
        Penggantian lesen L yang hilang: caj perkhidmatan sekolah RM15 + fi JPJ. Pakej Express Lesen P dalam 45 hari: RM2,290 (tertakluk kepada slot JPJ).
        Harga Promo Merdeka (31 Ogos - 16 Sept): Pakej D RM1,557, Pakej B2 RM457 sempena tahun 1957. Bayaran penuh diperlukan semasa pendaftaran.
        Invois INV-SKM-2026-004812 | Pakej DA Standard x1 | RM1,780.00 | Dibayar melalui DuitNow QR | Baki RM0.00 | Tarikh 07/12/2026
        Kelas simulator tanjakan bukit dan parkir: RM35 untuk 30 minit, sesuai untuk pelatih yang gagal Bahagian II dua kali atau lebih.
    """),
    ("en", "booking_system_log"): _lines("""
        2026-12-07T08:02:11+08:00 INFO booking.api slot_created id=SLT-20261212-0830-D01 class=D track=A capacity=4 branch=KLG01
        2026-12-07T08:02:14+08:00 WARN jpj.sync upstream timeout after 30000ms endpoint=/api/v2/test-slots retry=2/5 branch=KLG01
        2026-12-07T09:15:47+08:00 INFO payment.webhook provider=ipay88 ref=T0012458871 amount=1780.00 currency=MYR status=SUCCESS order=ORD-7781204
        2026-12-07T09:15:48+08:00 INFO enrolment.state order=ORD-7781204 transition=PAID->KPP01_PENDING actor=system latency_ms=42
        2026-12-07T10:40:03+08:00 ERROR sms.gateway send failed code=E401 template=TEST_REMINDER_V3 queue_depth=118 provider=ExampleSMS
        2026-12-07T11:00:00+08:00 INFO cron.reminders job=lesen_l_expiry_scan matched=37 notified=37 duration=1.84s host=app-02
        2026-12-07T11:22:19+08:00 DEBUG scheduler.vehicle assign car=FLEET-DA-07 model="Perodua Bezza 1.3 AV" session=SES-55120 slot=11:30
        2026-12-07T13:05:56+08:00 WARN litar.sensor bukit_gate_2 reading=stale last_seen=12:48:10 firmware=v2.4.1 action=alert_ops
        2026-12-07T14:30:00+08:00 INFO result.import batch=JPJ-RES-20261207-KLG01 rows=24 lulus=17 gagal=7 checksum=sha256:9f2c4e1b7a03
        2026-12-07T15:12:44+08:00 ERROR db.pool connection refused host=10.20.4.15:5432 pool=booking_rw active=20/20 retry_in=5s
        2026-12-07T16:01:09+08:00 INFO audit.export report=monthly_pass_rate month=2026-11 D=0.71 DA=0.78 B2=0.83 E=0.64
        2026-12-07T17:45:30+08:00 INFO booking.api slot_cancelled id=SLT-20261203-1400-B2 reason=WEATHER_FLOOD notified_count=6
        2026-12-07T18:00:02+08:00 INFO deploy service=booking-svc version=3.12.0 commit=a41f9c2 env=production region=ap-southeast-1 status=healthy
    """),
    ("mixed", "whatsapp_staf"): _lines("""
        [07/12/26 07:41] Kaunter Klang: Morning semua, litar A dah kering, sesi 8.30 jalan as usual. Kereta DA-07 minyak tinggal suku, tolong isi dulu.
        [07/12/26 07:44] Cikgu Shift Pagi: Noted. Bezza no. 3 punya handbrake keras sikit, nanti lunch time bawa pergi bengkel Jalan Meru ok?
        [07/12/26 08:10] Admin HQ: Reminder, slot JPJ Sabtu ni 12 orang D, 8 orang B2. Semua slip kehadiran kena print sebelum Jumaat 5pm tau.
        [07/12/26 09:02] Kaunter Klang: Printer bilik kuliah jam lagi lah. Dah call vendor 1-300-88-2468, dorang cakap technician datang pukul 2.
        [07/12/26 10:15] Cikgu Motor: Litar Z dan S dah cat semula, garisan kuning nampak jelas. Cone oren tinggal 14 biji, kena order lagi 20.
        [07/12/26 11:30] Admin HQ: JPJ email cakap mulai Jan semua slip kena ada QR code. IT tengah update template, test version v3.1 esok.
        [07/12/26 12:05] Cikgu Shift Pagi: Hari ni kelas simulator ok, 5 out of 6 boleh naik bukit tak undur. Tomorrow sambung parkir sisi.
        [07/12/26 13:20] Kaunter Klang: Ada walk-in tanya pakej lori kelas E, saya bagi brochure dulu. Harga masih RM3,950 kan? Confirm please.
        [07/12/26 13:22] Admin HQ: Ya RM3,950, promo habis 31/12. Jangan janji slot ujian Januari, JPJ belum release calendar lagi.
        [07/12/26 15:48] Cikgu Motor: Hujan dah start, sesi B2 petang saya stop 4pm. Kalau ada kilat dekat litar memang tak boleh teruskan, ikut SOP.
        [07/12/26 16:30] Admin HQ: Team, Google review pasal cikgu marah-marah tu sudah dijawab. Tolong semua jaga tone masa mengajar, thanks.
        [07/12/26 17:05] Kaunter Klang: Cash tally hari ni RM6,420 tunai + RM11,870 DuitNow. Duit dah bank in ke akaun syarikat, slip dalam laci.
        [07/12/26 17:40] Cikgu Shift Pagi: Roster minggu depan sudah upload dalam Google Drive folder "Roster Dis 2026", check slot masing-masing ya.
    """),
    ("ms", "peraturan_dan_garis_panduan"): _lines("""
        Pemegang lesen belajar hendaklah mempamerkan tanda "L" di hadapan dan belakang kenderaan semasa memandu, selaras dengan Akta Pengangkutan Jalan 1987.
        Pemandu lesen P wajib mempamerkan tanda "P" sepanjang tempoh percubaan dua tahun; kegagalan mempamerkannya boleh dikenakan kompaun.
        Di bawah sistem KEJARA, lesen percubaan boleh dibatalkan jika mata demerit mencapai had yang ditetapkan dalam tempoh percubaan.
        Pemegang lesen L kelas D tidak boleh memandu tanpa ditemani pemegang lesen memandu kompeten kelas yang sama yang duduk di sebelahnya.
        Kurikulum Pendidikan Pemandu (KPP) terdiri daripada KPP01 kuliah teori, KPP02 ujian berkomputer dan KPP03 latihan amali di litar serta jalan raya.
        Pelatih motosikal pemegang lesen L tidak dibenarkan membawa pembonceng; kenderaan latihan hendaklah dipasang tanda L yang jelas kelihatan.
        Institut memandu hendaklah menyimpan rekod kehadiran pelatih bagi setiap sesi latihan amali dan mengemukakannya kepada JPJ apabila diminta.
        Ujian Bahagian II kelas D merangkumi letak kereta sisi, mendaki bukit dan pusingan tiga penjuru; kesalahan kritikal menyebabkan gagal serta-merta.
        Kenderaan latihan hendaklah dilengkapi brek dwi-kawalan (dual control) dan cermin pandang belakang tambahan untuk kegunaan pengajar.
        Pengajar memandu mesti memegang lesen pengajar yang sah dikeluarkan oleh JPJ selepas menamatkan kursus dan lulus penilaian yang ditetapkan.
        Pelancaran lesen memandu digital melalui aplikasi MyJPJ pada era Menteri Pengangkutan Anthony Loke menjadikan kad lesen fizikal tidak lagi wajib dibawa.
        Lesen memandu digital yang dipaparkan melalui aplikasi MyJPJ diterima sebagai dokumen sah semasa pemeriksaan oleh pegawai penguat kuasa.
        Keputusan lulus KPP02 mempunyai tempoh sah yang terhad; pelatih yang tidak menamatkan ujian amali dalam tempoh itu perlu mengulang ujian teori.
    """),
    ("en", "config_and_csv"): _lines("""
        enrolment_id,class_code,branch_code,kpp01_date,kpp02_score,kpp03_hours,test_date,result,instructor_id
        CLASS_CODES = {"B2": "Motorcycle up to 250cc", "D": "Car manual", "DA": "Car automatic", "E": "Heavy goods vehicle"}
        REMINDER_SMS_TEMPLATE = "Sekolah Memandu: ujian {cls} anda pada {date} jam {time}. Bawa MyKad & lesen L. Info: 03-5522 1100"
        def lesen_l_expired(issued: date, today: date) -> bool: return today > issued + timedelta(days=90)
        BOOKING_MAX_PER_SLOT=4 ; TEST_RESULT_POLL_CRON="*/15 8-18 * * 1-6" ; DEFAULT_BRANCH=KLG01 ; TZ=Asia/Kuala_Lumpur
        SELECT branch_code, class_code, AVG(CASE WHEN result = 'LULUS' THEN 1.0 ELSE 0 END) AS pass_rate FROM test_results GROUP BY 1, 2;
        # fixtures/sample_enrolments.csv row 1: ENR-000123,DA,KLG01,2026-10-03,44/50,8,2026-11-21,LULUS,INS-0042
        MYKAD_PATTERN = re.compile(r"^[0-9]{6}-[0-9]{2}-[0-9]{4}$")  # format check only, state code validated separately
        image: registry.example.com/skm/booking-svc:3.12.0 | ports: ["8080:8080"] | environment: JPJ_SYNC_ENABLED=true, LOG_LEVEL=info
        {"event":"slot.booked","slot_id":"SLT-20261212-0830-D01","class":"D","seats_left":1,"ts":"2026-12-07T08:05:00+08:00"}
        ALTER TABLE trainees ADD COLUMN lesen_p_expiry DATE NULL, ADD COLUMN demerit_points SMALLINT NOT NULL DEFAULT 0;
        def test_mykad_rejects_garbage(): assert not is_valid_mykad("ABC-123") and not is_valid_mykad("")
        i18n/ms.json: "result.pass": "LULUS", "result.fail": "GAGAL", "result.absent": "TIDAK HADIR", "badge.p_licence": "Lesen P"
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        ★★★★★ Akademi Memandu Seri Kenanga Klang memang best, kaunter fast reply WhatsApp, cikgu sabar gila. First try terus lulus litar, recommended!
        ★★☆☆☆ Booking system dorang slow, dah bayar full tapi slot KPP03 kena tunggu 3 minggu. Staff ok but management kena improve lah.
        ★★★★☆ Kereta Bezza auto semua baru, aircond sejuk. Cuma litar bukit agak curam, first time naik memang gelabah. Overall worth RM1,780.
        ★☆☆☆☆ Sekolah Memandu Ah Chong branch Bentong: kelas selalu lambat start, 30 min tunggu. Tandas pun rosak. Harap management baca review ni.
        ★★★★★ Ambil B2 sini, RM580 all in. Litar Z dengan S dia sama macam JPJ punya, so masa ujian tak terkejut. Thumbs up to the motor team!
        ★★★☆☆ Teori KPP01 okay, tapi bilik kuliah panas sebab aircond rosak. Video presentation masih guna slide tahun 2015, outdated sikit.
        ★★★★★ Pakej kombo D + B2 memang jimat. Staff kaunter explain step by step pasal lesen L, lesen P, semua clear. Will recommend to my cousins.
        ★★☆☆☆ Reschedule ujian kena caj RM50 walaupun JPJ sendiri yang batalkan sebab banjir. Tak adil lah macam ni, please review policy.
        ★★★★☆ Lokasi senang cari, sebelah Petronas Jalan Kebun. Parking banyak. Cuma hari Sabtu ramai sangat, datang awal kalau nak kelas pagi.
        Respons daripada pemilik: Terima kasih atas maklum balas. Isu aircond bilik kuliah telah dibaiki pada 20/11/2026. Jumpa lagi di litar!
        ★★★☆☆ Simulator class RM35 for 30 min, a bit pricey but it really helped me fix my half-clutch at the hill. Staff friendly, waiting area clean.
        ★☆☆☆☆ Hotline 03-5522 1100 tak pernah angkat. WhatsApp pun blue tick je. Nak tanya status sijil KPP pun susah. Very disappointed.
        ★★★★★ Kedai kopi depan sekolah memandu ni, Kopitiam Uncle Lim, roti bakar dia sedap. Sambil tunggu giliran ujian boleh lepak situ.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Rekod pelatih: Nur Aisyah binti Kamarudin, MyKad 040317-10-6218, kelas DA, KPP02 lulus 46/50, ujian litar 12/12/2026 jam 8.30 pagi.
        Encik Rosli bin Hamzah (pengajar kereta 4) digantung tugas sementara selepas didapati positif dadah dalam ujian saringan mengejut minggu lepas.
        Pelatih Tan Wei Jie gagal ujian jalan raya kali ketiga. Bapanya minta kami jangan beritahu ibunya kerana ibunya sedang menjalani kemoterapi.
        Sila hubungi ibu pelatih, Puan Salmiah, di 013-772 4051 selepas jam 5 petang sahaja kerana dia bekerja syif di kilang.
        Alamat surat-menyurat: No. 27, Jalan Seroja 2/5, Taman Seroja Indah, 43000 Kajang, Selangor (rumah pelatih Muhammad Irfan bin Zulkifli).
        Pelatih Siti Khadijah mengandung 6 bulan dan minta kelas DA ditangguhkan hingga selepas bersalin; doktor nasihat jangan duduk lama dalam kereta.
        Bayaran balik pakej RM1,650 telah dimasukkan ke akaun Maybank 1640 2238 7715 atas nama Mohd Faizal bin Ariffin pada 05/12/2026.
        Aduan: Cikgu Zainal tegur anak saya Hakim dengan kata-kata kesat semasa KPP03 pada 3/12. Saya mahu tindakan tatatertib diambil segera.
        No. KP pelatih untuk semakan status lesen L: 901224-14-5537
        Encik Kamal (pelatih kelas E) berhutang baki yuran RM2,100 dan sudah 4 bulan tidak menjawab panggilan; kes dirujuk kepada peguam syarikat.
        Pelatih B2 Hafiz bin Osman disahkan buta warna oleh klinik panel; doktor belum meluluskan borang perubatan untuk lesen motosikalnya.
        Kereta WVB 8213 milik bapa pelatih dilihat di litar tanpa tanda L. Sila beri amaran kepada Aiman bin Rashid dan keluarganya.
        Puan Lee Mei Ling baru bercerai dan minta semua surat tentang anaknya dihantar ke alamat baharu, bukan ke rumah bekas suaminya di Taman Melawati.
        E-mel pelatih untuk hantar slip ujian: farahnadia.ms98@gmail.com, sila pastikan slip dihantar sebelum Khamis.
        Pengajar Encik Suresh a/l Manikam mohon cuti tanpa gaji 2 minggu kerana isterinya dimasukkan ke wad psikiatri Hospital Bahagia Ulu Kinta.
        Gaji November pengajar Puan Norhayati binti Said: RM2,850 asas + RM640 komisen lulus, tolak pendahuluan gaji RM500.
        Pelatih Daniel Raj a/l Muthu ditahan polis minggu lepas kerana menunggang motosikal tanpa lesen di Jalan Klang Lama; slot ujian JPJ beliau ditunda.
        Lesen P Amirul Hakimi bin Yusof tamat 14/03/2027; mata demerit KEJARA sudah 15, satu lagi saman laju boleh menyebabkan lesennya dibatalkan.
        Pelatih warga Indonesia Sri Wahyuni, pasport C7712045, permit kerja tamat 30/01/2027; tidak layak menempah slot ujian Februari.
        Pelatih OKU pendengaran Nurul Izzah perlukan jurubahasa isyarat semasa kuliah KPP01; bapanya, Encik Ismail, akan hadir bersama.
        Tempahan kelas: Syafiq, 019-288 6140, kelas D manual, Sabtu 8.30 pagi, deposit RM200 sudah dibayar melalui DuitNow.
        Encik Azman bin Talib (56) menghidap epilepsi dan kali terakhir diserang sawan pada bulan Mei; doktor belum mengesahkan dia layak memandu.
    """),
    "en": _lines("""
        Singapore PR trainee Rachel Ng Hui Min, NRIC S8834127J, is converting her Class 3 licence to Malaysian class D at JPJ Johor Bahru.
        Instructor Mr. Ravindran was issued a warning letter after a trainee complained he smelled of alcohol during the 2pm road session on 28 Nov.
        Please call back Mr. Ong Boon Keat at +60 16-541 2098 regarding his son's failed circuit test; he is upset about the examiner.
        Refund request: Chloe Tan, CIMB account 7062118345, amount RM1,780, reason: relocating to Penang for a new job.
        Home pickup address for trainee Aaron Lim: 15-3A, Residensi Vista Harmoni, Jalan Kuching, 51200 Kuala Lumpur. Ring the guard house first.
        Trainee Priya d/o Ganesan asked to switch to a female instructor because of a past harassment incident; she is currently seeing a counsellor.
        Kelvin Chua owes the school RM950 for three rebooked test slots and told the counter he has been unemployed since his company closed.
        m.hafiy02@yahoo.com asked whether his DA class can be moved to evenings; please reply before Friday.
        Learner with type 1 diabetes, Melissa Goh, carries an insulin pen and glucose tablets; instructors must let her stop if she feels hypo.
        Plate JRT 5406 (trainee Benjamin Yap's own Myvi) was seen on the training circuit after hours; CCTV clip saved for the manager.
        HKID holder Wong Tsz Ching, Y582341(7), wants to sit the Malaysian D test while studying at Taylor's; her student pass expires Aug 2027.
        Payroll: instructor Lau Chee Meng, EPF no. 18827364, SOCSO deduction RM29.75, net pay RM3,102.40 for November 2026.
    """),
    "mixed": _lines("""
        Eh boss, Ah Meng dari batch Sabtu tu dah fail litar 3 kali, his father call marah-marah, kata nak report JPJ. Number dia 012-683 0915.
        陈先生 call tadi, anak dia 陈嘉欣 nak tukar slot ujian dari 12/12 ke 19/12 sebab masuk hospital appendix. Tolong update ya.
        Cikgu, saya Farhan, lesen L saya expired last week, MyKad 050901-08-5129, boleh tolong renew through MyEG tak? Tq.
        Wei, Uncle Lim's daughter Jia Hui pregnant already, she said cancel all her KPP03 until after confinement. Refund or hold? Sis Kavitha tolong check.
        ENR-2026-1187,Goh Jia Xin,030628-07-5544,016-903 2271,DA,KLG01,LULUS,2026-11-28
        Kak Ros cakap suami dia kena tangkap memandu mabuk dekat Seremban, so dia tak dapat hantar anak pergi ujian Sabtu. Boleh reschedule?
        [08/12/26 09:12] Cikgu Shift Pagi: Pelatih Vinod punya mak meninggal semalam, dia minta cuti seminggu. Jangan charge caj tukar slot ye.
        Student Mei Yee (IC 060112-14-3360) punya slip ujian salah nama lah, JPJ print Mei Yi. Kena bawa pergi JPJ Wangsa Maju untuk betulkan.
        Ah Boy punya Myvi plate BKQ 7291 kena tow depan litar pagi tadi, father dia Mr. Teoh nak claim dari sekolah pulak.
        Tolong WhatsApp balik Puan Rohana 011-2345 7810, dia nak tanya pasal anak dia yang autism boleh ambil lesen motor B2 atau tak.
        Boss, cikgu Jason pinjam RM3,000 dari petty cash untuk bayar hutang along, janji potong gaji Dis. Saya rasa kena ada hitam putih.
        林太太 cakap anak dia Kenneth kena buli dalam group WhatsApp kelas teori, ada screenshot. She wants the other boy removed from the group.
        Nama: Chong Wai Kit | IC: 020415-10-6773 | Tel: 017-520 8841 | Kelas: B2 | Alamat: 9, Lorong Bunga Raya 4, Taman Sentosa, 41200 Klang
        Haji Ramli punya cucu, Danish, ada ADHD, doctor letter dah submit. Cikgu please be patient and allow rehat 10 min setiap jam.
        Ni bank-in slip dari Mdm Foo, Public Bank acc 3-8127733-09, RM1,650 untuk anak dia Foo Zi Hao. Tolong issue resit atas nama dia.
        Teacher, ada complaint from Nadia: examiner JPJ tu minta personal number dia and WhatsApp dia malam-malam. She is scared to go back for retest.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Akademi Memandu Seri Kenanga, Klang. Jawab soalan tentang pakej, jadual kelas dan prosedur JPJ dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum. Saya nak daftar kelas DA untuk anak saya, Nurul Huda binti Rahman, umur 17, MyKad 090214-10-5562. Pakej mana yang sesuai?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Untuk kereta auto, Pakej DA Standard RM1,780 sesuai: KPP01, KPP02, 8 jam latihan dan satu kali ujian JPJ. Nombor MyKad hanya perlu diberi di kaunter semasa pendaftaran, tidak perlu dikongsi di sini.",
        ),
        ("user", "Ok faham. Nombor saya 012-459 8830, boleh suruh kaunter call saya petang ni?"),
        (
            "assistant",
            "Saya tidak dapat membuat panggilan, tetapi anda boleh WhatsApp talian rasmi 011-5120 8800 dan minta kaunter menghubungi anda semula.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a complaint to the driving school? My instructor, a guy called Mr. Ganesh, kept shouting at me during my session on 2 December and made fun of my stammer.",
        ),
        (
            "assistant",
            "I'm sorry that happened. Could you tell me your full name, the branch and the session time so the letter is specific?",
        ),
        (
            "user",
            "I'm Eleanor Cheah Siew Lin, trainee no. ENR-2026-0954, Klang branch, 10am class D session. My email is eleanor.cheah@gmail.com.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Manager, I am Eleanor Cheah Siew Lin (ENR-2026-0954), a class D trainee at your Klang branch. During my 10am session on 2 December, my instructor Mr. Ganesh repeatedly raised his voice and mocked my stammer. I request that this be investigated and that I be assigned a different instructor. Please reply to eleanor.cheah@gmail.com.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for the admin team of a Malaysian driving school. Be concise.",
        ),
        (
            "user",
            "Tolong summarise ni from our WhatsApp group: Ah Seng 016-733 2190 nak tukar slot ke Ahad. Mdm Yap cakap anak dia Jun Hao demam denggi, cancel KPP03 minggu ni. Cikgu Rahim MC 3 hari sebab slipped disc.",
        ),
        (
            "assistant",
            "Summary: 1) Ah Seng (016-733 2190) minta tukar slot ke Ahad. 2) Jun Hao, anak Mdm Yap, ada denggi, KPP03 minggu ni dibatalkan. 3) Cikgu Rahim MC 3 hari kerana slipped disc, sesi dia perlu diganti.",
        ),
        ("user", "Ok, draft a short reply to Mdm Yap in Manglish please."),
        (
            "assistant",
            "Hi Mdm Yap, noted ya, Jun Hao punya KPP03 minggu ni kami cancel dulu, no charge. Get well soon, nanti dah sihat just WhatsApp us untuk new slot.",
        ),
    ],
    [
        (
            "system",
            "Konteks pelatih: Nama Amirah Sofea binti Khairul, MyKad 060830-01-4482, telefon 011-3098 2265, kelas B2, lesen L tamat 19/12/2026, ujian Bahagian II dijadual 16/12/2026.",
        ),
        ("user", "Bila ujian saya? Dan lesen L saya sempat tak?"),
        (
            "assistant",
            "Ujian Bahagian II anda pada 16/12/2026. Lesen L anda tamat 19/12/2026, jadi masih sah pada hari ujian, tetapi jika gagal anda perlu memperbaharuinya sebelum ujian semula.",
        ),
        ("user", "Kalau gagal, berapa yuran ujian semula litar?"),
        (
            "assistant",
            "Yuran ujian semula Bahagian II ialah RM70 termasuk sewa kenderaan. Sila semak dengan kaunter untuk slot terdekat.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm 24 and I had a seizure last year. I've been fine on medication since. Can I still get my Malaysian driving licence?",
        ),
        (
            "assistant",
            "Generally, people with epilepsy may be allowed to drive if their condition is controlled, but a doctor must certify fitness on the medical form. I can explain the usual steps if that helps.",
        ),
        (
            "user",
            "Yes. My name is Hidayah binti Mokhtar, I'm seeing Dr. Lim at Klinik Kesihatan Seksyen 7, next review is 15 Jan. My last seizure was 11 March 2025 and I'm on levetiracetam 500mg.",
        ),
        (
            "assistant",
            "Thanks, Hidayah. Bring your medication record and seizure history to the 15 January review and ask Dr. Lim to complete the medical section for your licence application. Only register at the driving school once the doctor has cleared you.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Singaporean, working in JB now. Nak tukar Singapore Class 3 licence ke Malaysia punya, what documents ah?",
        ),
        (
            "assistant",
            "Biasanya anda perlukan pasport, lesen Singapura yang sah, surat pengesahan lesen dari pihak berkuasa Singapura dan gambar terkini. Sila semak dengan kaunter JPJ untuk senarai penuh.",
        ),
        (
            "user",
            "Ok. My details: Marcus Teo Jun Wei, NRIC S9312764B, staying at 22, Jalan Harmonium 23/4, Taman Desa Tebrau, 81100 Johor Bahru. Can you fill in the form for me?",
        ),
        (
            "assistant",
            "Saya boleh bantu susun maklumat: Nama: Marcus Teo Jun Wei; No. pengenalan: NRIC S9312764B; Alamat: 22, Jalan Harmonium 23/4, Taman Desa Tebrau, 81100 Johor Bahru. Anda perlu tandatangan dan serahkan borang sendiri di kaunter JPJ.",
        ),
    ],
    [
        ("system", "Anda pembantu penulisan untuk staf sekolah memandu."),
        (
            "user",
            "Tolong tulis surat permohonan pendahuluan gaji. Saya Mohd Khairi bin Abdullah, pengajar kereta di cawangan Klang. Saya berhutang RM8,000 dengan bank dan kereta saya hampir ditarik.",
        ),
        (
            "assistant",
            "Berikut draf ringkas: Tuan, saya Mohd Khairi bin Abdullah, pengajar kereta cawangan Klang, memohon pendahuluan gaji sebanyak RM1,500 kerana masalah kewangan yang mendesak melibatkan hutang bank berjumlah RM8,000. Saya bersetuju potongan dibuat secara ansuran dalam gaji bulanan. Sekian, terima kasih.",
        ),
        ("user", "Tukar jumlah jadi RM2,000, dan sebut potong 4 bulan."),
        (
            "assistant",
            "Dikemas kini: ...memohon pendahuluan gaji sebanyak RM2,000 dan bersetuju potongan RM500 sebulan selama 4 bulan bermula gaji Januari 2027.",
        ),
    ],
    [
        (
            "user",
            "I need a SQL query to find trainees whose lesen L expires within 14 days. Table trainees(name, mykad, phone, lesen_l_expiry).",
        ),
        (
            "assistant",
            "SELECT name, phone, lesen_l_expiry FROM trainees WHERE lesen_l_expiry BETWEEN CURRENT_DATE AND CURRENT_DATE + INTERVAL '14 days' ORDER BY lesen_l_expiry;",
        ),
        (
            "user",
            "It returns this row, is the date logic right? Lim Kok Hwa | 991103-07-5215 | 012-338 4470 | 2026-12-18",
        ),
        (
            "assistant",
            "Yes. With today as 2026-12-07, 2026-12-18 is 11 days away, so Lim Kok Hwa's row is correctly included. Consider selecting only the columns you need for the reminder job.",
        ),
    ],
    [
        (
            "user",
            "Anak saya Haziq, 17 tahun, kena tahan polis semalam bawa motor abang dia tanpa lesen, plate PKL 3318. Dia boleh lagi ambil lesen L tak?",
        ),
        (
            "assistant",
            "Saya faham ini membimbangkan. Biasanya kesalahan memandu tanpa lesen akan dikenakan saman atau pertuduhan; kesannya terhadap permohonan lesen bergantung pada keputusan kes. Sebaiknya rujuk JPJ atau peguam.",
        ),
        (
            "user",
            "Saman dia RM300 and kena pergi mahkamah Bukit Mertajam 20 Jan. Nama penuh dia Muhammad Haziq bin Azhar.",
        ),
        (
            "assistant",
            "Baik. Pastikan Muhammad Haziq hadir ke mahkamah pada 20 Januari dan simpan semua dokumen saman. Selepas kes selesai, tanya kaunter JPJ sama ada ada sekatan sebelum dia mendaftar KPP01.",
        ),
    ],
    [
        (
            "system",
            "Rekod tempahan: ID BK-88214, Encik Lokman bin Daud, telefon 016-227 5093, kelas D manual, KPP03 sesi 3, Khamis 10/12/2026 jam 2.00 petang, pengajar kereta 5.",
        ),
        ("user", "Sahkan tempahan saya untuk minggu ni."),
        (
            "assistant",
            "Tempahan BK-88214 disahkan: Encik Lokman bin Daud, kelas D manual, KPP03 sesi 3 pada Khamis 10/12/2026 jam 2.00 petang. Peringatan SMS akan dihantar ke 016-227 5093 sehari sebelum kelas.",
        ),
        ("user", "Terima kasih. Boleh tukar ke jam 4?"),
        (
            "assistant",
            "Slot 4.00 petang masih ada satu kekosongan. Sila sahkan dan kaunter akan mengemas kini tempahan BK-88214.",
        ),
    ],
]
