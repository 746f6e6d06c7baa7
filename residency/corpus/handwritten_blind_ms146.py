# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms146: pusat pemulihan dadah, rumah perlindungan dan pusat jagaan warga emas di Malaysia (kemasukan penghuni, lawatan keluarga, rawatan, yuran, aduan, sukarelawan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms146
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_lawatan_keluarga"): _lines("""
        NOTIS: Waktu lawatan keluarga di Pusat Pemulihan Seri Harapan ialah setiap Sabtu dan Ahad, 10.00 pagi hingga 12.30 tengah hari. Sila daftar di pondok pengawal.
        Pelawat wajib membawa MyKad asal untuk pengesahan di kaunter. Salinan fotostat atau gambar dalam telefon tidak diterima mulai 1 Januari 2027.
        Makanan yang dibawa oleh keluarga hendaklah dalam bekas lutsinar dan akan diperiksa oleh petugas. Barang larangan: rokok elektronik, pemetik api, ubat tanpa preskripsi.
        Lawatan ke Blok C (Fasa Detoksifikasi) tidak dibenarkan dalam 14 hari pertama kemasukan. Keluarga boleh menghubungi kaunselor bertugas di talian pejabat 03-8911 4420.
        Mulai Isnin 5 Januari 2027, sesi lawatan video melalui Google Meet dibuka untuk keluarga di Sabah dan Sarawak. Tempahan slot 20 minit melalui borang di laman web pusat.
        Peringatan: Kanak-kanak bawah 12 tahun perlu ditemani dewasa sepanjang masa di ruang lawatan. Kawasan taman di belakang Dewan Seri Kasih adalah tertutup kepada pelawat.
        Rumah Seri Kenangan Cheras: lawatan ditangguhkan sementara pada 12–14 Disember 2026 kerana kerja-kerja pembasmian kuman. Harap maklum dan mohon maaf atas kesulitan.
        Parkir pelawat disediakan di Lot P2 bersebelahan Masjid Ar-Rahman, Jalan Kebun Teh 3. Jangan letak kenderaan di laluan ambulans hadapan pintu utama.
        Sempena Hari Raya Aidilfitri, lawatan khas dibuka pada hari raya kedua dari 9.00 pagi hingga 4.00 petang. Setiap penghuni dihadkan kepada 5 orang pelawat pada satu masa.
        Pemberian wang tunai terus kepada penghuni adalah dilarang. Sumbangan perbelanjaan boleh dimasukkan ke akaun kantin pusat di kaunter bendahari, resit akan dikeluarkan.
        Pusat Jagaan Warga Emas Kasih Ibu Sdn Bhd (No. SSM 201801023345) — Waktu lawatan harian: 3.00 petang – 6.00 petang. Waktu rehat penghuni 1.00–3.00 petang, harap tidak diganggu.
        Keluarga yang ingin membawa penghuni keluar bermalam (cuti balik kampung) perlu mengisi Borang JKM-PJ7 sekurang-kurangnya 7 hari bekerja sebelum tarikh keluar.
        Sila pakai pelitup muka jika anda demam, batuk atau selsema. Ruang lawatan Wad Teratai menempatkan warga emas berisiko tinggi, termasuk pesakit yang menerima rawatan dialisis.
    """),
    ("ms", "soalan_lazim_kemasukan"): _lines("""
        S: Adakah kemasukan ke program pemulihan secara sukarela dikenakan bayaran? J: Program di Cure & Care Rehabilitation Centre (CCRC) kerajaan adalah percuma untuk warganegara.
        S: Apakah dokumen diperlukan untuk kemasukan? J: Salinan MyKad penghuni dan waris, laporan perubatan terkini, ujian saringan TB dan borang persetujuan yang ditandatangani.
        S: Berapa lama tempoh program pemulihan? J: Program asas mengambil masa 6 bulan, diikuti fasa reintegrasi selama 3 bulan di Rumah Peralihan Kuantan.
        S: Bolehkah penghuni menggunakan telefon bimbit? J: Tidak. Panggilan kepada keluarga dibenarkan seminggu sekali menggunakan telefon pusat, maksimum 10 minit setiap panggilan.
        S: Adakah rumah perlindungan menerima remaja hamil? J: Ya, Rumah Perlindungan Nur Kasih menerima remaja hamil berumur 13 tahun ke atas dengan rujukan daripada JKM atau hospital.
        S: Bagaimana cara membuat rujukan? J: Hubungi Talian Kasih 15999 atau WhatsApp 019-261 5999, atau hadir ke Pejabat Kebajikan Masyarakat Daerah yang berhampiran.
        S: Adakah warga emas yang terlantar diterima? J: Kami menerima penghuni bed-ridden dengan tiub Ryle's dan kateter, tertakluk kepada penilaian jururawat berdaftar semasa lawatan tapak.
        S: Adakah pusat ini berdaftar? J: Ya, kami berdaftar di bawah Akta Pusat Jagaan 1993 (Akta 506), No. Pendaftaran JKM: PJ/WE/SGR/0457/2019.
        S: Bolehkah keluarga memilih bilik persendirian? J: Bilik persendirian (single room) tersedia di Aras 2 dengan caj tambahan RM650 sebulan, tertakluk kepada kekosongan.
        S: Apa berlaku jika penghuni lari dari pusat? J: Laporan polis dibuat dalam masa 24 jam dan waris dimaklumkan. Penghuni di bawah perintah mahkamah akan dirujuk semula kepada AADK.
        S: Adakah rawatan metadon disediakan? J: Terapi Gantian Metadon (MMT) diberikan melalui klinik kesihatan kerajaan berdekatan; pusat kami menyediakan pengangkutan setiap pagi.
        S: Bolehkah saya menjadi sukarelawan? J: Boleh. Isi borang di volunteer.rumahkasih.org.my, hadir taklimat wajib 3 jam dan kemukakan semakan rekod jenayah daripada PDRM.
        S: Adakah makanan halal? J: Semua makanan disediakan oleh dapur pusat yang memperoleh sijil halal JAKIM; menu vegetarian disediakan untuk penghuni beragama Buddha atas permintaan.
    """),
    ("ms", "senarai_yuran_invois"): _lines("""
        Yuran bulanan Pusat Jagaan Warga Emas Mak Teh (Kajang): Katil kongsi 4 orang RM1,800; katil kongsi 2 orang RM2,300; bilik persendirian RM3,200. Termasuk 5 hidangan sehari.
        Deposit kemasukan bersamaan yuran sebulan, dikembalikan dalam masa 30 hari selepas penghuni keluar ditolak sebarang tunggakan. Yuran pendaftaran RM300 tidak dikembalikan.
        Caj tambahan: lampin pakai buang dewasa RM3.50/keping, penukaran tiub Ryle's RM80, fisioterapi RM120 sesi, pengangkutan ke hospital RM1.20/km (minimum RM40).
        INVOIS No. INV-2026-11-0873 | Tarikh: 30/11/2026 | Perkara: Bekalan susu Ensure Gold 850g x 24 tin @ RM112.90 | Jumlah: RM2,709.60 | Pembekal: Farmasi Alpro Bangi
        Pembayaran boleh dibuat melalui DuitNow QR atau pindahan bank ke Maybank Islamic 5621 4400 8812 atas nama PERTUBUHAN KEBAJIKAN RUMAH KASIH SELANGOR. Sila hantar resit ke admin.
        Caj pentadbiran 6% dikenakan ke atas perkhidmatan fisioterapi dan terapi cara kerja mulai 1 Mac 2026. Yuran jagaan asas warga emas tidak tertakluk kepada caj ini.
        Pakej Program Pemulihan Swasta 90 hari (Pusat Pemulihan Al-Falah, Pasir Mas): RM9,500 termasuk penginapan, kaunseling individu, kelas fardu ain dan ujian air kencing mingguan.
        Templat Penyata Yuran Disember 2026 — No. Rujukan Bil: RKS/BIL/26/12/0415 — Baki bulan lepas: RM0.00 — Yuran semasa: RM2,300.00 — Tarikh akhir bayaran: 7 Januari 2027.
        Diskaun 10% untuk penghuni kedua dari keluarga yang sama; diskaun 5% bagi bayaran pendahuluan 6 bulan. Diskaun tidak boleh digabungkan dengan tajaan zakat LZS.
        Sebut harga QT-00219: Katil hospital elektrik 3 fungsi (model HB-301) x 6 unit @ RM3,850; tilam anti-bedsore x 6 @ RM420. Penghantaran percuma Lembah Klang. Sah 30 hari.
        Resit Rasmi No. 004512 — Diterima daripada: Jaya Grocer Sdn Bhd — Sumbangan CSR untuk Rumah Perlindungan Kanak-kanak — Jumlah RM15,000.00 — Dikecualikan cukai di bawah s44(6).
        Harga barang runcit kedai koperasi penghuni: Milo 3-in-1 (18 paket) RM16.90, Maggi kari 5 bungkus RM5.20, sabun Lifebuoy RM2.60, berus gigi Colgate RM3.90.
        Kadar yuran jagaan harian (daycare) Pusat Aktiviti Warga Emas: RM45 sehari atau RM780 sebulan (Isnin–Jumaat, 8.00 pagi–6.00 petang), termasuk makan tengah hari dan minum petang.
    """),
    ("ms", "peraturan_undang_undang"): _lines("""
        Akta Penagih Dadah (Rawatan dan Pemulihan) 1983 [Akta 283] memperuntukkan bahawa seseorang boleh secara sukarela memohon rawatan dan pemulihan kepada Pegawai Pemulihan Dadah.
        Di bawah seksyen 6(1)(a) Akta 283, Majistret boleh memerintahkan penagih menjalani rawatan di Pusat Pemulihan selama dua tahun dan kemudiannya pengawasan selama dua tahun.
        Akta Pusat Jagaan 1993 [Akta 506] mewajibkan setiap pusat jagaan yang menempatkan empat orang atau lebih didaftarkan dengan Jabatan Kebajikan Masyarakat.
        Garis panduan dalaman pusat menetapkan nisbah minimum seorang penjaga bagi setiap sepuluh penghuni warga emas yang boleh bergerak sendiri pada waktu siang.
        Akta Perlindungan Data Peribadi 2010 terpakai kepada pusat jagaan swasta; rekod kesihatan penghuni ialah data peribadi sensitif dan memerlukan persetujuan nyata untuk diproses.
        Peraturan 12 Peraturan Dalaman Pusat: Penghuni dilarang menyimpan ubat-ubatan sendiri. Semua ubat hendaklah diserahkan kepada jururawat bertugas semasa kemasukan.
        Akta Keganasan Rumah Tangga 1994 [Akta 521] membolehkan mangsa mendapatkan Perintah Perlindungan Interim (IPO) dan ditempatkan di rumah perlindungan sementara.
        Akta Kanak-Kanak 2001 [Akta 611] memperuntukkan penempatan kanak-kanak yang memerlukan pemeliharaan dan perlindungan di tempat selamat yang diwartakan oleh Menteri.
        Standard Operasi Pusat: Ujian air kencing rawak dijalankan sekurang-kurangnya sekali seminggu; keputusan positif direkod dalam Buku Daftar Saringan dan dimaklumkan kepada AADK daerah.
        Setiap sukarelawan hendaklah menandatangani Akujanji Kerahsiaan dan tidak boleh mengambil gambar, merakam video atau memuat naik sebarang kandungan penghuni ke media sosial.
        Premis pusat jagaan hendaklah mempunyai Perakuan Bomba yang sah, alat pemadam api di setiap aras dan latihan pengungsian kebakaran sekurang-kurangnya dua kali setahun.
        Pengendalian pusat jagaan tanpa pendaftaran ialah suatu kesalahan di bawah Akta 506 dan boleh dikenakan denda atau penjara atau kedua-duanya apabila disabitkan.
        Mengikut polisi pusat, sebarang hukuman fizikal terhadap penghuni adalah dilarang sama sekali. Aduan salah laku kakitangan boleh dihantar terus ke aduan@rumahkasih.org.my.
    """),
    ("mixed", "whatsapp_kumpulan_staf"): _lines("""
        [07/12/26 07:02] Admin Pusat: Morning semua, reminder hari ni ada audit JKM pukul 10 pagi. Pastikan fail ubat semua wad up to date ya, jangan ada yang tak sign.
        [07/12/26 07:15] Jururawat Syif Pagi: Noted. Stok insulin kat peti ais Wad B tinggal 3 pen je, siapa boleh pergi ambil dari Farmasi Caring Seksyen 9 sebelum lunch?
        [07/12/26 07:21] Admin Pusat: Confirm Menteri KPWKM Dato' Sri Nancy Shukri datang Jumaat ni 3pm untuk serah van. Media Bernama ada, pastikan muka penghuni tak masuk frame.
        Guys generator backup test tadi ok, runtime 42 minit before auto switch. Minyak diesel tinggal half tank, nanti saya order dengan Petron Jalan Reko.
        Reminder: Lif Blok A rosak sejak semalam, technician dari Schindler datang esok 9am. Penghuni kerusi roda aras 2 kena guna ramp belakang dulu ya.
        Menu minggu depan dah finalise: Isnin nasi lemak kurang santan, Selasa bubur ayam, Rabu mee sup. Semua low sodium ikut nasihat dietitian hospital.
        Kepada semua warden syif malam: mulai malam ni rondaan setiap 2 jam, bukan 3 jam. Please log dalam buku rondaan dan tandatangan, auditor nak tengok.
        Ada 12 kotak derma baju dari gereja St. John's tadi, saya letak kat stor belakang. Volunteer Sabtu ni boleh tolong sort ikut saiz S, M, L, XL.
        Aircond Dewan Makan bocor lagi lol. Dah call Daikin service centre, tiket no. DKN-SR-88410, diorang cakap Khamis baru boleh datang. Sementara ni pasang kipas dulu.
        Training CPR dan first aid oleh St John Ambulance Malaysia on 14 Dis, 9am-1pm kat bilik mesyuarat. Wajib untuk semua staf baru, lunch provided.
        Ketua warden cakap Blok C banyak nyamuk malam tadi. Dah emel MPKj minta fogging, no. aduan MPKJ/ADU/2026/55120. Tolong tutup tingkap lepas maghrib.
        Petty cash bulan ni baki RM214.60. Semua resit beli barang kena scan masuk Google Drive folder 'Petty Cash Dis 2026' sebelum Jumaat, boss nak closing.
        Guys, group ni untuk urusan kerja je ya. Jangan share gambar penghuni atau butiran peribadi diorang kat sini, ikut polisi PDPA. Thanks semua 🙏
    """),
    ("en", "system_log_lines"): _lines("""
        2026-12-07T06:00:14+08:00 INFO medsched.worker dispatched round=MORNING ward=B beds=24 doses_due=87 doses_given=0 version=3.4.1
        2026-12-07T06:42:51+08:00 WARN fridge-monitor sensor=FRG-WARD-B-02 temp_c=9.4 threshold_c=8.0 duration_s=420 action=alert_sent channel=whatsapp_ops_group
        2026-12-07T07:10:03+08:00 INFO gate.access door=MAIN-01 event=visitor_badge_issued badge_seq=VB-2026-12-07-0031 mode=walk_in
        2026-12-07T08:15:22+08:00 ERROR billing.sync job=invoice_export batch=INV-2026-12 status=failed http_status=502 upstream=api.sql-accounting.local retry_in=300s
        [cron] 2026-12-07 02:00:00 backup rkms_db -> s3://rkms-backup-apse1/daily/2026-12-07.sql.gz size=1.8GB sha256=9f2c4e1a7b0d83e6c5a2f41b9d7e0c3a8b6f5d2e1c4a7b9e0f3d6c8a1b2e4f70 ok
        2026-12-07T09:00:00+08:00 INFO urine_screen.batch lab=MYLAB-KL samples=18 positive=2 negative=16 pending=0 kit_lot=AMP-MET-2611-B expiry=2027-08-31
        nginx: 10.20.3.14 - - [07/Dec/2026:10:12:45 +0800] GET /api/v2/beds/availability?centre=RSK-CHR HTTP/1.1 200 512 Mozilla/5.0
        2026-12-07T10:30:09+08:00 INFO donation.webhook provider=ipay88 ref=T0012345678 amount_myr=250.00 status=success campaign=DEC26-RAYUAN-DAPUR
        2026-12-07T11:45:37+08:00 WARN nurse_call.panel ward=TERATAI bell=12 unanswered_s=310 escalated_to=shift_supervisor ack=false
        2026-12-07T12:00:01+08:00 INFO pdpa.retention purge_candidates=143 category=visitor_logs older_than_days=90 dry_run=true
        2026-12-07T13:22:10+08:00 DEBUG sms.gateway route=MY template=VISIT_REMINDER_V2 sender_id=RUMAHKASIH queued=56 failed=0 cost_myr=5.04
        2026-12-07T14:05:48+08:00 INFO inventory.low_stock sku=DIAPER-ADL-L-TENA qty=38 reorder_point=60 supplier=SUP-0042 po_draft=PO-2026-1207-03
        2026-12-07T15:30:00+08:00 INFO deploy app=rkms-portal version=3.4.2 commit=a41c9e7 by=ci-runner-02 env=production duration_s=94 status=success
    """),
    ("en", "business_reviews"): _lines("""
        ★★★★★ Visited Rumah Seri Kenangan for a Deepavali volunteering event. Wards are clean, staff very patient with the bedridden residents. Parking is limited though, come early.
        ★★☆☆☆ Called their hotline 03-6185 2210 three times on a weekday and nobody picked up. Eventually got a reply on WhatsApp Business after two days. Communication needs work.
        ★★★★☆ Good facility in Seremban 2, aircond in every room, and the physio corner has proper parallel bars. Food is a bit bland but I guess that's for the elderly diet.
        ★★★★★ Pusat Pemulihan Ikhlas in Kuala Kubu Bharu runs a solid programme. The vocational workshop (welding, baking) is legit, and they partner with MyFutureJobs for placements.
        ★☆☆☆☆ Fees went up from RM2,100 to RM2,600 with only two weeks' notice. No itemised breakdown given. Management please be more transparent with families.
        ★★★★☆ Dropped off donations at Rumah Perlindungan Wanita Sri Cahaya office in Petaling Jaya. Receipt was issued on the spot for tax exemption. Friendly front desk.
        ★★★★★ Uncle Lim's Kopitiam next door sponsors breakfast every Sunday for the old folks home. Respect! Their kaya toast is also the best in Klang.
        ★★★☆☆ The centre itself is fine but Waze takes you to the wrong gate. Use the entrance on Jalan Sungai Jernih 8/1, opposite the Shell station, not the service road.
        ★★★★★ Took our church youth group to volunteer at Little Sisters of the Poor in Penang. The sisters are so organised, and the residents loved the karaoke session with P. Ramlee songs.
        ★★☆☆☆ Nice building but the smell of urine in the corridor of Block B is quite strong. Hope they fix the ventilation. Nurses were polite when we asked though.
        ★★★★☆ Their Hari Raya open house for ex-residents and families was heartwarming. Siti Nurhaliza songs playing all afternoon, lemang and rendang were top notch.
        ★★★★★ Joined the Saturday gotong-royong organised by MERCY Malaysia volunteers. 4 hours painting the dorm walls. Sign-up via their website, they provide t-shirts and lunch.
        ★★★☆☆ Programme is religious-based, which suits some families but not all. Ask about the daily schedule before enrolling: subuh prayer at 5.45am, lights out 10.30pm.
    """),
    ("mixed", "config_dan_kod"): _lines("""
        centre: { id: RKS-SGR-01, name: "Rumah Kasih Selangor", tz: Asia/Kuala_Lumpur, beds_total: 64, beds_isolation: 4, ssm: "PPM-014-10-22032015" }
        VISIT_SLOT_MINUTES=30  # tempoh satu slot lawatan; MAX_VISITORS_PER_RESIDENT=5; WEEKEND_ONLY=true
        SMS_SENDER_ID=RUMAHKASIH  # jangan guna nombor staf; balasan pergi ke talian rasmi pejabat 03-8925 0011
        def kira_yuran(jenis_katil: str, hari: int) -> float: return KADAR[jenis_katil] * hari / 30  # contoh: kira_yuran('kongsi_2', 15) -> 1150.0
        CREATE TABLE penghuni (id SERIAL PRIMARY KEY, no_mykad_hash CHAR(64) NOT NULL, tarikh_masuk DATE, wad VARCHAR(12), tahap_jagaan SMALLINT CHECK (tahap_jagaan BETWEEN 1 AND 4));
        id_penghuni,tarikh_masuk,wad,tahap_jagaan,status_mmt,tarikh_ujian_urin,keputusan_ujian,kaunselor_id
        smtp: { host: mail.rumahkasih.org.my, port: 587, from: noreply@rumahkasih.org.my, reply_to: pentadbiran@rumahkasih.org.my }
        docker run -d --name rkms-api -p 8080:8080 -e DB_HOST=db.internal -e DB_NAME=rkms -e LOG_LEVEL=info ghcr.io/rumahkasih/rkms-api:3.4.2
        if ujian.keputusan == 'POSITIF' and penghuni.fasa == 'DETOKS': notify(role='kaunselor_kes', template='URIN_POSITIF_V1')  # jangan hantar nama dalam mesej
        backup: { schedule: '0 2 * * *', retention_days: 35, bucket: rkms-backup-apse1, encrypt: aes256 }  # backup harian 2 pagi MYT
        {"event":"bed_assigned","ward":"TERATAI","bed":"T-07","care_level":3,"ts":"2026-12-07T10:15:00+08:00","by":"system"}
        MYKAD_PATTERN = '[0-9]{6}-[0-9]{2}-[0-9]{4}'  # untuk validasi borang kemasukan sahaja; simpan hash SHA-256, bukan nombor asal
        TEST_PHONE_PLACEHOLDER = '+60 3-0000 0000'  # nombor fiktif untuk unit test sahaja, jangan guna data penghuni sebenar dalam fixture
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Kemasukan baharu: Mohd Faizal bin Rosli, 27 tahun, No. KP 990412-03-5517, dirujuk oleh Mahkamah Majistret Kota Bharu di bawah seksyen 6(1)(a) Akta 283.
        Waris: Puan Rohani binti Ahmad (ibu), tel 013-928 4471, alamat Lot 1123, Kampung Padang Tembak, 16100 Kota Bharu, Kelantan.
        Pak Cik Ismail Bilik 4 tu dah sah ada Alzheimer tahap sederhana, anak dia minta jangan beritahu isteri baru dia pasal harta pusaka.
        Salmah binti Yusof, 16 tahun, hamil 28 minggu, ditempatkan di Rumah Perlindungan Nur Kasih atas rujukan JKM Daerah Klang pada 3/12/2026.
        Nombor akaun untuk bayar yuran arwah ayah saya: CIMB 7064221893 atas nama Norazlina bt Kamaruddin. Baki tertunggak RM4,600 saya akan lunaskan hujung bulan.
        Encik Rahim yang duduk katil 12 tu positif methamphetamine lagi dalam ujian urin semalam, kali ketiga bulan ni. Tolong maklumkan kaunselor kes dia.
        Adik saya Khairul Anuar dah tiga kali keluar masuk PUSPEN, sekarang dia berhutang dengan along hampir RM18,000 dan mak kami dah jual gelang emas.
        Plat kereta pelawat yang datang mengamuk malam tadi: VFB 3821, Perodua Myvi putih. Dia mengaku suami kepada penghuni Bilik 2, Siti Aisyah.
        Borang Lawatan | Nama pelawat: Lee Chong Hoe | No. KP: 720915-07-5133 | Hubungan: anak lelaki | Penghuni: Lee Ah Kow (Katil A-05) | Masa masuk: 15:10
        Tolong transfer RM500 ke akaun Maybank 1140 5532 7781 (Hafiz Zulkarnain) untuk duit belanja abang saya dalam pusat, nanti saya ganti.
        Sukarelawan baharu: Nur Amira Syahirah, pelajar UiTM Puncak Alam, emel amira.syahirah03@gmail.com, telefon 011-2390 7745, ada sijil pertolongan cemas.
        Mak Jah (Khadijah binti Osman) jatuh dalam bilik air pagi tadi, retak tulang pinggul kiri, dah dihantar ke Hospital Kajang, wad 7B.
        Aduan: Anak saya, Muhammad Irfan, 19 tahun, dipukul oleh penghuni senior di pusat pemulihan swasta di Gua Musang. Ada lebam di belakang, saya nak buat laporan polis.
        Penghuni Rumah Seri Kenangan, Encik Gopal a/l Muniandy, 78, diabetes jenis 2 dan luka kaki kanan tidak sembuh, perlu tukar balutan setiap hari.
        No. telefon anak Opah Bilik 9 kalau kecemasan: 019-775 3208 (Zaharah). Jangan call abang dia, mereka tengah bergaduh pasal tanah pusaka.
        Rekod: 2026-12-05, Azlan bin Hamzah (KP 880101-10-6071) keluar tanpa kebenaran jam 02:40, disyaki menuju ke rumah kakaknya di Taman Sri Muda, Shah Alam.
        Cik Farah Bilik 6 tu baru bercerai, dia ada perintah IPO terhadap bekas suami, jangan sesekali benarkan lelaki tu masuk walaupun dia kata dia bapa budak.
        Gaji warden baru, Encik Shahrul Nizam, RM2,350 sebulan, tapi dia minta pendahuluan gaji sebab ada hutang PTPTN dan kereta dia kena tarik.
        Alamat rumah penghuni untuk surat pelepasan: No. 27, Jalan Mawar 4/2, Taman Bukit Mewah, 43000 Kajang, Selangor (Rahmah binti Said).
        Ustaz, saya Hazwan, bekas penghuni batch 2024. Saya HIV positif dan takut nak beritahu tunang saya, boleh tak saya jumpa kaunselor secara rahsia?
        Senarai ubat Nenek Timah (Fatimah Zahra bt Abu Bakar): Metformin 500mg 2x sehari, Amlodipine 10mg, Donepezil 5mg malam. Alahan: penisilin.
        Siapa ambil gambar Pak Long Dollah masa dia tengah mandi dan hantar ke group keluarga? Anak dia marah gila, nak saman pusat.
        Penyata tunggakan: Waris Mohd Nasir bin Jaafar, 3 bulan tidak bayar (RM6,900), kereta Proton Saga WWD 4417 dijadikan cagaran mengikut perjanjian.
        Helo kak, saya Suhaila dari Kuantan. Suami saya Amri masih kat PUSPEN Karangan, boleh tak saya datang lawat bawa anak yang baru lahir minggu lepas?
    """),
    "en": _lines("""
        Admission note: Mr. Daniel Wong Kah Seng, 34, heroin dependency since 2015, on methadone 60mg daily, referred by his sister Grace Wong (016-448 2091).
        Resident's daughter Priya Devi a/p Suresh asked us not to discuss her father's bankruptcy with the other residents, he is still embarrassed about it.
        Volunteer application: Jonathan Tay Wei Ming, NRIC S8812345Z, Singapore, email jon.tay.wm@outlook.com, available Saturdays, previously volunteered at an eldercare centre in Bedok.
        Emergency contact for Bed C-14: Mrs. Margaret Soo, home 04-659 3321, mobile 012-477 1180, 12 Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam.
        Shelter intake, internal only: Nadia Abdullah, 31, arrived at 11pm with two children after her husband broke her arm; IPO application filed at Balai Polis Sentul.
        Can someone check on Auntie Mei Ling in Room 6? Her son texted that she hasn't been eating since the cancer diagnosis last Tuesday.
        Deposit refund of RM2,300 to be paid to account holder Kevin Raj a/l Murugan, Public Bank 3187224501, after his mother's discharge on 15/12/2026.
        Incident report #IR-2026-118: resident Zulkifli Omar, 45, suffered a seizure during withdrawal at 03:15; transferred by ambulance to Hospital Tengku Ampuan Rahimah.
        Hi, I'm Sarah's husband Ben Lim. She's been at your shelter since October. I just want to know whether she's pregnant, her mother mentioned it.
        RES-0419,Chong Siew Lan,F,1941-03-02,Dementia (moderate),Wheelchair,Son: Chong Kwai Fatt 012-390 5567
        Fee reminder: Mr. Hussein Ali's account is 4 months overdue (RM9,200). His nephew Farid said he lost his factory job in Senai and is now borrowing from a moneylender.
        IC copy of resident Lakshmi a/p Ramasamy uploaded to drive/admissions/2026/Lakshmi_IC.jpg, IC 470608-08-5236. Please restrict sharing.
    """),
    "mixed": _lines("""
        Eh Ah Seng's mother called again lah, she say her son owe the centre RM3k but she can only pay RM500 this month. Her number 016-223 8840 ya.
        陈先生 Bilik 3 tu punya anak, Tan Wei Jie, dia kata bapak dia ada kanser prostat stage 3, nak bawa balik Ipoh minggu depan.
        Uncle Muthu katil 8 pension masuk RHB 21402600071234, his son nak guna ATM card dia, but Uncle dah nyanyuk, tak boleh sign. Boss, how?
        Aunty Rosie Room 5 keep crying, her husband in Singapore file divorce, lawyer letter sampai sini semalam. Her daughter Jessica 8761 2290 (SG number).
        林太 tadi datang bayar yuran for her mother-in-law, cash RM2,300, resit bawah nama Lim Siew Eng. Dia kata suami dia masuk lokap sebab dadah.
        Guys, new resident Zack a.k.a. Zakaria bin Samad, ex-gangster from Chow Kit, got HepC. Please pakai glove bila handle his wound.
        Volunteer list Sabtu: 1) Aina 017-660 2134 2) Kelvin Ng 012-908 4419 3) Deepa 011-1432 8806. Semua dah submit police clearance.
        Ah Ma (Wong Ah Moi, 89) punya IC 370214-08-5028 copy dah scan. Family want transfer her to Kampar branch, sebab cucu dia kerja sana.
        Boss, driver Rizal punya lesen expired and he got saman outstanding RM1,200, van pun dia ganti guna personal car PKR 6613. Hati-hati.
        Pak Mat's wife just passed away this morning at HKL. Don't tell him yet ah, his son Faizul will come at 4pm to break the news. 😢
        Dear admin, I'm Melissa, FIN G5123456T, nurse in SG, want to move my grandfather Tan Kok Leong from your centre to a home in JB. My WhatsApp +65 9123 4478.
        Kak Yati dari dapur tu ada bipolar, doc bagi MC 2 minggu. Don't share kat group besar, she paiseh.
        Anak Uncle Raju, Vinod, transfer duit ke wrong account lah, sepatutnya ke centre tapi masuk personal acc Bank Islam 12014022887615 milik Kak Norma.
        Resident Ismail 'Botak' tested positive for syphilis at Klinik Kesihatan Kajang, result dated 02/12/2026. Inform his partner? He refused.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran Pusat Pemulihan Seri Harapan. Tulis dalam Bahasa Melayu yang sopan dan ringkas.",
        ),
        (
            "user",
            "Tolong draf surat pelepasan untuk penghuni Mohd Hafizi bin Razak, No. KP 950823-11-5239, tamat program pada 30 Disember 2026. Surat dialamatkan kepada bapanya, Encik Razak bin Mamat, No. 14, Kampung Batu Rakit, 21020 Kuala Nerus, Terengganu.",
        ),
        (
            "assistant",
            "Baik. Draf: Kepada Encik Razak bin Mamat, No. 14, Kampung Batu Rakit, 21020 Kuala Nerus, Terengganu. Perkara: Pelepasan Penghuni Mohd Hafizi bin Razak (KP 950823-11-5239). Dimaklumkan bahawa anak tuan telah menamatkan program pemulihan pada 30 Disember 2026 dan boleh dijemput di pejabat pusat mulai jam 9.00 pagi. Sekian, terima kasih.",
        ),
        (
            "user",
            "Tambah satu ayat bahawa dia perlu lapor diri ke AADK Kuala Nerus dalam masa 7 hari.",
        ),
        (
            "assistant",
            "Ayat tambahan: Penghuni dikehendaki melapor diri ke Pejabat AADK Daerah Kuala Nerus dalam tempoh 7 hari dari tarikh pelepasan untuk memulakan fasa pengawasan.",
        ),
    ],
    [
        (
            "user",
            "I need to write an incident report. Last night around 1am our resident Mr. Chan Yew Keong, 81, bed D-03, fell while going to the toilet. He has Parkinson's and was on warfarin. Night warden found him 20 minutes later with a cut on his forehead.",
        ),
        (
            "assistant",
            "Here is a structured draft. Incident: Fall. Resident: Chan Yew Keong, 81, Bed D-03. Relevant history: Parkinson's disease, on warfarin (bleeding risk). Time: approx. 01:00, discovered approx. 01:20 by night warden. Injury: laceration to forehead. Actions: first aid, vital signs, doctor informed, family notified. Recommend a CT scan given the anticoagulant.",
        ),
        (
            "user",
            "Good. His son Chan Wai Loon wants a copy emailed to wailoon.chan@yahoo.com, can you write a short covering email?",
        ),
        (
            "assistant",
            "Subject: Incident Report for Mr. Chan Yew Keong, 7 December 2026. Dear Mr. Chan Wai Loon, please find attached the incident report regarding your father's fall last night. He is stable and under observation; we will update you after the doctor's review this afternoon. Kind regards, Nursing Supervisor.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for families enquiring about elderly care homes in Klang Valley.",
        ),
        (
            "user",
            "Hi, my dad Lim Boon Hock 75 years old, stroke last year, left side weak, need someone help him shower. Budget around RM2.5k can or not? I stay Puchong, my number 012-556 3019.",
        ),
        (
            "assistant",
            "Hi! For a resident with one-sided weakness who needs help with bathing, many licensed homes in Puchong and Subang charge around RM2,200 to RM3,000 a month for a shared room. Ask each home whether physiotherapy is included, how many carers are on duty at night, and whether they are registered with JKM under Act 506.",
        ),
        ("user", "Ok thanks. He also got diabetes and takes insulin twice a day, will fees go up?"),
        (
            "assistant",
            "Possibly. Insulin injections and glucose checks are often charged as nursing care, usually RM150 to RM400 extra a month. Ask for an itemised quote so you can compare fairly.",
        ),
    ],
    [
        (
            "user",
            "Saya Noraini binti Hashim, 29 tahun. Suami saya pukul saya lagi malam tadi. Saya tinggal di No. 8, Jalan Cempaka 2, Taman Desa Jaya, 81100 Johor Bahru. Boleh saya pergi rumah perlindungan malam ni juga?",
        ),
        (
            "assistant",
            "Saya minta maaf atas apa yang berlaku. Keselamatan puan paling penting. Jika dalam bahaya segera, hubungi 999. Puan juga boleh menghubungi Talian Kasih 15999 atau pergi ke balai polis terdekat untuk membuat laporan dan memohon Perintah Perlindungan Interim (IPO). Pegawai JKM boleh mengatur penempatan di rumah perlindungan pada malam yang sama.",
        ),
        ("user", "Anak saya dua orang, 4 tahun dan 7 bulan. Boleh bawa sekali?"),
        (
            "assistant",
            "Boleh. Kebanyakan rumah perlindungan wanita menerima ibu bersama anak kecil. Bawa MyKad, sijil lahir anak, ubat-ubatan dan sedikit pakaian jika selamat untuk berbuat demikian.",
        ),
    ],
    [
        (
            "system",
            "You are the volunteer coordinator bot of Rumah Kasih Selangor. Volunteer roster for Saturday 13 Dec: Aaron Chee (012-771 0458, kitchen), Nurul Huda Ismail (013-402 9917, activity), Ravi Shankar (016-330 2785, driver, plate BMK 9042).",
        ),
        ("user", "Who is on driving duty this Saturday and how do I reach him?"),
        (
            "assistant",
            "Saturday's driver is Ravi Shankar. You can reach him at 016-330 2785; he will be using the vehicle with plate BMK 9042.",
        ),
        ("user", "Thanks. Please send a reminder text to the kitchen volunteer too."),
        (
            "assistant",
            "Draft SMS to Aaron Chee (012-771 0458): Hi Aaron, reminder that you are on kitchen duty this Saturday 13 Dec at Rumah Kasih Selangor, 8.00am to 12.00pm. Thank you!",
        ),
    ],
    [
        (
            "user",
            "Tolong ringkaskan mesej group WhatsApp warden ni: [22:10] Kak Ros: Penghuni Bilik 5, Syazwan, muntah-muntah, mungkin gian. [22:25] Abang Din: Dah bagi air, tapi dia tumbuk dinding. [23:05] Kak Ros: Mak dia Puan Zaiton call, nak datang esok, dia kata Syazwan ada hutang dengan kawan dia RM7k.",
        ),
        (
            "assistant",
            "Ringkasan: Pada malam tersebut, penghuni Bilik 5 (Syazwan) menunjukkan simptom tarikan (muntah) dan bertindak agresif dengan menumbuk dinding. Warden telah memberi air dan memantau. Ibunya, Puan Zaiton, menghubungi pusat dan akan melawat esok; beliau memaklumkan Syazwan mempunyai hutang kira-kira RM7,000 dengan seorang kenalan.",
        ),
        ("user", "Ok, tukar jadi format laporan untuk kaunselor kes."),
        (
            "assistant",
            "Laporan Kaunselor Kes. Penghuni: Syazwan (Bilik 5). Pemerhatian: simptom tarikan dan tingkah laku agresif pada 22:10 hingga 22:25. Tindakan: pemantauan warden, hidrasi. Maklumat keluarga: ibu, Puan Zaiton, akan melawat; isu hutang RM7,000 perlu diteroka dalam sesi kaunseling.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm in Singapore, my mum Goh Siew Hwa is in a nursing home in Melaka. I want to pay her fees from SG bank. My NRIC is S7734021A, the home say need my IC for the authorisation letter. Can help me write?",
        ),
        (
            "assistant",
            "Sure. Draft: I, Goh Mei Fen (NRIC S7734021A), daughter of Madam Goh Siew Hwa, hereby authorise the management to accept monthly fee payments on her behalf from my bank account in Singapore, and to send receipts to me by email. Please fill in your full name and email where needed.",
        ),
        (
            "user",
            "Ya correct my name is Goh Mei Fen. Email is meifen.goh77@gmail.com. Also mum got early dementia, can add she cannot sign herself?",
        ),
        (
            "assistant",
            "Added: As my mother has been diagnosed with early-stage dementia and is unable to sign documents herself, I will act as her next of kin for all financial matters. Receipts may be sent to meifen.goh77@gmail.com.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu kerani pusat jagaan menukar nota tulisan tangan kepada baris CSV.",
        ),
        (
            "user",
            "Nota: Wan Kalsom bt Wan Ahmad, 83, masuk 02/12/2026, katil B-11, darah tinggi, waris cucu Wan Nurul 017-889 2031. Satu lagi: Sulaiman bin Hassan, 76, masuk 04/12/2026, katil B-12, kencing manis, waris anak Rosli 013-205 7764.",
        ),
        (
            "assistant",
            "Baris CSV (pengepala: nama,umur,tarikh_masuk,katil,penyakit,waris,telefon_waris). Baris 1: Wan Kalsom bt Wan Ahmad,83,02/12/2026,B-11,darah tinggi,Wan Nurul (cucu),017-889 2031. Baris 2: Sulaiman bin Hassan,76,04/12/2026,B-12,kencing manis,Rosli (anak),013-205 7764.",
        ),
        ("user", "Terima kasih, betul dah."),
    ],
    [
        (
            "user",
            "One of our residents, Mr. Roslan Bakar, 38, ex-heroin user, tells me he owes about RM25,000 to three Ah Longs and his wife has left with the kids. He is discharging next month. How do I help him plan?",
        ),
        (
            "assistant",
            "Start by listing the debts with him (lender, amount, interest charged, threats made). Illegal moneylending should be reported to the police and KPKT. He can get free debt counselling from AKPK. Link him with the post-discharge support group and a job placement through PERKESO, and ask whether he wants a family mediation session through JKM regarding his wife and children.",
        ),
        (
            "user",
            "He also mentioned the Ah Long came to his mother's house at Taman Melawati and splashed red paint. Should he move her?",
        ),
        (
            "assistant",
            "That is harassment and should be reported to the police with photos. Moving his mother temporarily to a relative's place can be a safety measure, but she should make the police report first so there is a record.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu jururawat di Pusat Jagaan Warga Emas Bahagia, Ipoh. Penghuni aktif: Hajah Maimunah binti Salleh, 88, Bilik 2, Parkinson dan demensia, ubat Madopar 125mg 3 kali sehari.",
        ),
        (
            "user",
            "Hajah Maimunah tolak ubat petang tadi, dia kata ubat tu racun. Apa patut saya buat?",
        ),
        (
            "assistant",
            "Penolakan ubat adalah biasa bagi pesakit demensia. Cuba lagi selepas 15 hingga 30 minit dengan pendekatan tenang, terangkan dengan ayat ringkas. Jangan paksa atau sembunyikan ubat dalam makanan tanpa arahan doktor. Rekodkan penolakan dalam carta ubat dan maklumkan doktor kerana Madopar tidak elok ditinggalkan lama bagi pesakit Parkinson.",
        ),
        (
            "user",
            "Anak dia, Encik Zulkarnain, minta update setiap hari melalui WhatsApp 012-430 8856. Boleh tolong tulis mesej ringkas?",
        ),
        (
            "assistant",
            "Mesej: Assalamualaikum Encik Zulkarnain, makluman hari ini: Hajah Maimunah menolak dos Madopar petang, tetapi berjaya diberikan semula pada jam 5.30 petang. Keadaan beliau stabil dan makan malam habis separuh. Doktor telah dimaklumkan. Terima kasih.",
        ),
    ],
]
