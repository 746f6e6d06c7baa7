# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms113: Malaysian driving school, JPJ tests and licences (bookings, results, summonses, L/P licences, student WhatsApp groups, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms113
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "tempahan_kelas"): _lines("""
        Tempahan anda telah disahkan. No. Tempahan: TMP-2026-118452. Kelas: KPP02 Praktikal (Kereta Manual D). Tarikh: 14/01/2027, 8:30 pg. Sila hadir 15 minit awal.
        Slot Sabtu 9.00-11.00 pagi untuk kelas litar sudah penuh. Slot kosong seterusnya: Isnin 19/01, 2.30 ptg (Kenderaan No. 12, Perodua Bezza auto).
        BOOKING REF AMB-77310 | Pakej DA (Auto) | Bayaran pendahuluan RM300.00 diterima melalui FPX, No. Rujukan FPX 2026120614550932 | Baki RM1,250.00
        Pembatalan tempahan kurang 24 jam sebelum kelas akan dikenakan caj RM50 seperti Terma & Syarat perkara 7.2.
        Kelas teori KPP01 (6 jam) diadakan setiap Ahad di Dewan Kuliah Aras 2, Akademi Memandu Tun Perak Sdn. Bhd. (No. Syarikat 199801012345 / 459871-K).
        Peringatan automatik: Tempahan #TK-55091 anda untuk sesi B2 (motosikal) esok jam 7.45 pagi di litar Batu 9 Cheras. Balas 1 untuk sahkan, 2 untuk tunda.
        Jadual minggu ini: Isnin-Rabu kelas jalan raya (laluan Jalan Sultan Ismail - Jalan Tun Razak), Khamis kelas litar, Jumaat cuti.
        Status: MENUNGGU BAYARAN. Invois INV/AMT/2026/04417 berjumlah RM1,680.00 (termasuk caj pemprosesan dalam talian RM15.00). Tamat tempoh: 20/12/2026 23:59.
        Nak tempah kelas tambahan 2 jam sebelum ujian? Harga RM120 untuk kereta manual, RM140 untuk auto. Boleh tempah melalui aplikasi versi 3.4.2 ke atas.
        Tempahan berkumpulan (5 orang ke atas) dari kilang atau syarikat layak diskaun 10%; sila e-mel korporat@akademimemandu.com.my.
        Kod promo MERDEKA69 sah sehingga 31/08 untuk pakej lesen motosikal B2 sahaja, tidak boleh digabung dengan tawaran lain.
        QR tempahan: https://tempah.akademimemandu.com.my/b/7Xq92LmZ - imbas di kaunter untuk daftar masuk kelas.
        Sesi simulator (pilihan) RM35 sejam, sesuai untuk pelajar yang belum pernah pegang stereng. 4 unit simulator, maksimum 2 jam sehari bagi setiap pelajar.
    """),
    ("ms", "notis_peraturan"): _lines("""
        NOTIS: Mulai 1 Februari 2027, semua pelajar mesti membawa MyKad asal (bukan salinan) pada hari ujian. Pelajar tanpa MyKad asal tidak dibenarkan menduduki ujian.
        Lesen Belajar Memandu (LDL) sah selama 3 bulan dan boleh diperbaharui. Pelajar tidak dibenarkan memandu di jalan raya tanpa jurulatih bertauliah di sebelah.
        Pemegang lesen P wajib mempamerkan tanda 'P' di hadapan dan belakang kenderaan sepanjang tempoh percubaan 2 tahun.
        Skor lulus ujian teori berkomputer ialah 42 daripada 50 soalan. Masa menjawab: 45 minit.
        Peringatan: Calon yang lewat lebih 10 minit untuk ujian litar akan direkodkan TIDAK HADIR dan perlu membuat tempahan serta bayaran ujian semula.
        Pejabat ditutup pada 25 Disember (Hari Krismas) dan 1 Januari. Ujian JPJ yang dijadualkan pada tarikh tersebut dipindahkan secara automatik.
        Pakaian semasa ujian: kasut bertutup wajib. Selipar dan sandal tidak dibenarkan, termasuk untuk ujian motosikal.
        Bahagian ujian litar: ujian bukit, parkir sisi, pusingan tiga penjuru, dan laluan sempit berbentuk S dan Z.
        Jurulatih bertugas akan membuat pemeriksaan kenderaan (tayar, lampu, brek) sebelum sesi pertama setiap hari jam 7.30 pagi.
        Menurut sistem KEJARA, lesen P boleh dibatalkan sekiranya mata demerit mencapai 10 mata dalam tempoh percubaan.
        Yuran Pakej Lesen Kereta D (Manual): RM1,650 | DA (Auto): RM1,550 | Motosikal B2: RM480 | Tambah kelas: RM60/jam. Harga tidak termasuk yuran lesen JPJ.
        Institut ini berdaftar dengan JPJ di bawah No. Institut Memandu IM-10/0289 dan beroperasi di Lot 2143, Jalan Haji Abdul Manan, 41050 Klang, Selangor.
        Talian Hotline Sekolah: 03-3371 8800 (Isnin-Sabtu 8.30 pg - 5.30 ptg). WhatsApp Business: 012-300 7788. Jangan hantar dokumen peribadi melalui SMS.
    """),
    ("mixed", "whatsapp_kumpulan_pelajar"): _lines("""
        [07:02] Admin AMTP: Selamat pagi semua 🌞 Reminder kelas litar hari ni start 8.00am sharp, jangan lupa bawak lesen L ya.
        [07:15] Admin AMTP: Yang dah lulus teori tapi belum dapat slot litar, tunggu ya, JPJ baru release slot untuk 2-6 Feb.
        Guys, tips ujian bukit: handbrake naik dulu, clutch separuh, rasa kereta gegar baru turunkan handbrake. Jangan panik kalau mati enjin, restart je, cuma kena tolak markah.
        Berapa lama biasanya nak dapat lesen P lepas lulus jalan raya? Ada yang boleh share pengalaman?
        Admin: Keputusan ujian semalam - 18 orang ambil, 14 lulus litar, 11 lulus jalan raya. Tahniah semua yang lulus 🎉 Yang belum, kita cuba lagi.
        Ni link video pusingan tiga penjuru dari channel YouTube JPJ rasmi: https://youtu.be/Qm3kz8LpT0c
        Sapa ambil kelas auto minggu depan, kereta no. 5 tengah service, so kena guna kereta no. 9 (Axia).
        Lol parking sisi aku hari ni tercium kon dua kali 🤣 cikgu kata takpe, practice lagi.
        Admin: Mohon ahli group tidak kongsi gambar lesen atau IC dalam group ni. Kalau ada urusan dokumen, PM terus ke nombor pejabat.
        Ada sape tau MyJPJ app boleh check status lesen P dah tukar ke CDL ke belum? Version 2.1.7 asyik crash bila nak login.
        Admin: Group ni akan di-archive 30 hari selepas semua batch Disember selesai ujian. Thanks sangat semua!
        Jangan lupa bawa payung, litar takde bumbung dan hujan petang2 sekarang 😅
        Q: Kalau lesen L expired seminggu sebelum ujian macam mana? A (Admin): Kena renew dulu di kaunter JPJ atau MyJPJ, baru boleh ambil ujian.
    """),
    ("ms", "saman_maklumat_am"): _lines("""
        Diskaun saman PDRM sehingga 50% ditawarkan sempena kempen akhir tahun, terpakai untuk kesalahan yang tidak melibatkan kemalangan. Semak melalui aplikasi MyBayar PDRM.
        Ops Bersepadu Musim Perayaan: 412,000 notis saman dikeluarkan di seluruh negara, 38% melibatkan kesalahan had laju.
        Kamera AwAS di KM 27.4 Lebuhraya Utara-Selatan arah selatan telah diaktifkan semula mulai 1 Disember.
        Cara semak saman JPJ: buka portal MyJPJ > Semakan > Saman > pilih jenis ID > masukkan nombor pengenalan anda. Bayaran boleh dibuat melalui FPX atau kad.
        Format nombor notis saman terdiri daripada kod negeri, tahun dan 8 digit siri, contohnya KL-2026-00000001 (contoh sahaja, bukan notis sebenar).
        Menteri Pengangkutan Anthony Loke dalam kenyataan media semalam berkata sistem AES akan diperluas ke 14 lokasi baharu tahun depan.
        Saman tertunggak melebihi 3 notis boleh menyebabkan pemilik disenarai hitam dan tidak boleh memperbaharui cukai jalan atau lesen memandu.
        Statistik sekolah: 7 daripada 240 bekas pelajar menerima saman dalam tempoh lesen P tahun lalu, kebanyakannya kerana melebihi had laju.
        Saman kesalahan parkir Majlis Bandaraya adalah berasingan daripada saman JPJ/PDRM dan perlu dibayar di portal PBT masing-masing.
        Had laju di kawasan sekolah ialah 30 km/j pada waktu persekolahan; melebihi had ini boleh dikenakan kompaun dan mata demerit KEJARA.
        Contoh kes dalam kelas teori: Pelajar A (lesen P, 19 tahun) ditahan dalam sekatan jalan raya kerana tidak mempamerkan tanda P. Apakah tindakan yang boleh diambil?
        Kaunter bayaran saman di UTC Pudu Sentral dibuka 8.30 pagi - 10.00 malam setiap hari, termasuk hujung minggu.
        Soalan lazim: Adakah saman yang dikeluarkan semasa saya masih lesen L menjejaskan permohonan lesen P? Jawapan: Ya, semua saman perlu dijelaskan dahulu.
    """),
    ("en", "booking_system_log"): _lines("""
        2026-12-06T08:31:44+08:00 INFO booking-svc booking_id=BK-2026-118452 slot=CIRCUIT-0830 vehicle_id=V012 status=CONFIRMED latency_ms=82
        2026-12-06T08:32:10+08:00 WARN sms-gateway retry=3 template=REMINDER_24H msisdn=<redacted> provider=MY-SMS-02 error=THROTTLED
        [jpj-sync] fetched 214 test slots centre=IM-10/0289 date=2027-02-03 sha256=87616cf56c06de4d8daef390289adf42bc1e469d8c3136f1358774a4050541a2
        release v3.4.2 (2026-11-28): fix crash on lesen P countdown widget; add Bahasa Melayu strings for KEJARA demerit screen; bump min Android to 9.
        ERROR payment-svc FPX callback signature mismatch txn=FPX2026120614550932 bank=MBB0228 amount=300.00 - retry queued
        cron: 0 21 * * * /opt/amtp/bin/send_reminders --days-ahead 1 --channel whatsapp --dry-run=false
        config.yaml: max_students_per_vehicle: 1  # JPJ rule, do not change; circuit_open: 07:30; circuit_close: 18:30
        audit: user_role=ADMIN action=EXPORT_RESULTS rows=118 filter=batch:DEC26 pii_masked=true
        SELECT batch, COUNT(*) AS students, SUM(passed_circuit) FROM results WHERE test_date >= '2026-11-01' GROUP BY batch;
        200 OK GET /api/v2/slots?centre=IM-10%2F0289&class=DA&from=2027-01-01 (1.2 KB, 143 ms)
        git commit 4b7e91c: Rename field student_ic to student_id_ref and hash with salt before storage
        Health check: sim-unit-03 offline since 14:02, ticket OPS-2291 raised to vendor DriveSim Asia Sdn Bhd (support@drivesim-asia.example).
        Exported report_pass_rate_2026Q4.csv (9 rows; columns: month, class, sat, passed, pass_rate)
    """),
    ("ms", "keputusan_ujian_agregat"): _lines("""
        Keputusan Ujian JPJ Batch NOV-2026: Teori 96% lulus, Litar 81%, Jalan Raya 74%. Purata percubaan sebelum lulus: 1.4 kali.
        Kadar lulus kali pertama pelajar kelas DA (auto) lebih tinggi (83%) berbanding D manual (71%) bagi suku ketiga 2026.
        Calon No. 14 hingga 22 sila ke Bilik Menunggu B; calon No. 23 ke atas tunggu panggilan seterusnya.
        Kesilapan paling kerap dalam ujian litar: (1) kereta terundur di bukit, (2) roda menyentuh garisan parkir sisi, (3) tidak memberi isyarat.
        Senarai keputusan individu tidak akan dipaparkan di papan notis. Pelajar boleh semak keputusan sendiri di MyJPJ menggunakan akaun masing-masing.
        Tahniah kepada 32 pelajar batch Oktober yang telah menerima lesen P! Gambar kenangan boleh dimuat turun di laman Facebook rasmi kami.
        Ujian Jalan Raya 03/02/2027: Kuota 24 calon, 19 telah disahkan, 5 tempat kosong.
        Laporan bulanan: 3 pelajar gagal ujian jalan raya kerana melanggar lampu merah, 2 kerana tidak berhenti penuh di simpang bertanda BERHENTI.
        Keputusan: LULUS / GAGAL / TIDAK HADIR. Kod GAGAL-L03 = kenderaan terundur melebihi 30 cm di ujian bukit.
        Kedudukan institut memandu di Selangor mengikut kadar lulus 2026: tempat ke-6 daripada 58 institut.
        Calon yang gagal boleh menduduki ujian semula selepas 7 hari; yuran ujian semula dibayar terus kepada JPJ.
        Unit Latihan Pagi mencatat 100% lulus jalan raya untuk 3 bulan berturut-turut - tahniah kepada semua jurulatih pasukan pagi!
        Purata markah ujian teori berkomputer batch Disember: 44.6/50 (median 45, terendah 38, tertinggi 50).
    """),
    ("mixed", "aduan_tiket"): _lines("""
        Tiket #ADU-2026-0417 | Kategori: Jurulatih lewat | Status: Dalam siasatan | Diterima: 05/12/2026 10:14 | Ditugaskan kepada: Pengurus Operasi
        Complaint: aircond bilik simulator rosak sejak minggu lepas, very panas, cannot concentrate. Please fix ASAP.
        Aduan berulang: kereta latihan No. 7 bau minyak dan brek tangan longgar. Dirujuk kepada Unit Penyelenggaraan, anggaran siap 10/12.
        Maklum balas Google Review (3 bintang): 'Cikgu ok tapi admin lambat balas WhatsApp, tunggu 3 hari baru dapat slot.' Balasan pengurusan: Kami mohon maaf dan sedang menambah staf kaunter.
        Ticket SR-88213 closed: refund RM300 deposit processed to original payment method, ref RFD-20261203-0091. Resolution time 4 days.
        Aduan awam melalui portal JPJ (No. Rujukan Aduan JPJ-ADU-2026-118045) berkaitan caj tambahan tidak rasmi - pihak institut telah memberi penjelasan bertulis.
        Bulan ini 11 aduan diterima: 5 berkaitan jadual, 3 berkaitan bayaran balik, 2 berkaitan sikap jurulatih, 1 berkaitan kebersihan tandas.
        Kenapa setiap kali nak tukar slot kena datang kaunter? Takde ke cara online? Ini 2026 la boss.
        Escalation matrix: L1 Kaunter Pendaftaran (24 jam) -> L2 Pengurus Cawangan (3 hari bekerja) -> L3 Ketua Pegawai Operasi (7 hari bekerja).
        Template reply: 'Terima kasih atas maklum balas anda. No. tiket anda ialah {ticket_id}. Pegawai kami akan menghubungi anda dalam tempoh 2 hari bekerja.'
        Duty manager hari Sabtu mengesahkan litar ditutup 2 jam kerana banjir kilat; semua kelas terjejas dipindahkan tanpa caj.
        Aduan umum: ada jurulatih guna phone masa kelas jalan raya, sangat bahaya. Pengurusan akan edar pekeliling larangan telefon kepada semua jurulatih (Tiket ADU-2026-0431).
        Survey result Q4: 87% pelajar 'puas hati' atau 'sangat puas hati', 6% tidak puas hati (n=412).
    """),
    ("ms", "templat_borang"): _lines("""
        Nama Pelajar: ____________ No. MyKad: ______-__-____ Kelas Lesen: [ ] B2 [ ] D [ ] DA
        Kepada {nama_pelajar}, tempahan anda {no_tempahan} pada {tarikh} jam {masa} telah disahkan. Sila bawa lesen L dan MyKad asal.
        BORANG PERMOHONAN PEMBATALAN: No. Tempahan ______ Sebab pembatalan: ______ Tandatangan pelajar: ______ Tarikh: ______
        Dear {{first_name}}, your road test is on {{test_date}} at {{centre_name}}. Reply YES to confirm or call our main line.
        Alamat: No. ___, Jalan ______, Taman ______, Poskod _____, Bandar ______, Negeri ______
        Maklumat Waris Kecemasan: Nama ______ Hubungan ______ No. Telefon 01X-XXXXXXX
        Sijil Tamat KPP01: Dengan ini disahkan bahawa ______ (No. Pengenalan ______) telah menamatkan Kursus Pendidikan Pemandu Bahagian I selama 6 jam.
        Senarai semak dokumen: (1) Salinan MyKad depan & belakang (2) Gambar berukuran pasport x2 (3) Borang JPJ L1 lengkap (4) Resit bayaran.
        [AUTO-REPLY] Terima kasih kerana menghubungi Akademi Memandu Tun Perak. Waktu operasi 8.30 pg - 5.30 ptg. Untuk tempahan, taip TEMPAH <kelas> <tarikh>.
        Format CSV import pelajar: student_ref,kelas,tarikh_daftar,pakej,status (contoh baris: S-000123,DA,2026-12-01,PREMIUM,AKTIF)
        Borang Aduan: Jenis aduan [ ] Jurulatih [ ] Kenderaan [ ] Bayaran [ ] Lain-lain. Huraian: __________. Boleh dihubungi melalui: [ ] Telefon [ ] E-mel
        Pengisytiharan Kesihatan: Adakah anda mempunyai penyakit yang boleh menjejaskan pemanduan (contoh: epilepsi, rabun warna)? [ ] Ya [ ] Tidak
        Resit Rasmi No. ________ Diterima daripada ________ sebanyak RM ________ bagi bayaran ________.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelajar baru daftar: Nurul Syafiqah binti Azman, MyKad 030512-10-5584, kelas DA, pakej premium, bayaran penuh RM1,550.
        Encik Rajendran a/l Muniandy (No. K/P 790214-08-5337) memohon kelas B2 untuk kerja penghantaran makanan, tel 016-445 0982.
        Tolong hubungi ibu Muhammad Haziq bin Roslan di 019-772 0413, anak dia dah tiga kali tak datang kelas litar.
        Saman JPJ untuk kenderaan WVX 4821 atas nama pemilik Lim Wei Jie, kesalahan memandu 112 km/j di zon 90, belum dibayar.
        Untuk bayaran balik deposit, sila masukkan ke akaun Maybank 1640 2201 8834 atas nama Siti Aminah binti Mohd Yusof.
        Alamat surat-menyurat pelajar: Chong Mei Ling, No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Cikgu, Farah Nabila tu gagal ujian jalan raya kali ketiga, mak dia bagitau dia ada masalah kebimbangan dan sedang jumpa pakar psikiatri.
        Jurulatih Encik Kamarul Ariffin digantung tugas dua minggu sebab disyaki minta duit kopi daripada pelajar masa ujian.
        Pelajar warga Indonesia, Sri Wahyuni, pasport C4418270, permit kerja sah hingga 11/2027, mohon lesen D melalui majikan.
        Kereta plat BMK 3390 milik Pak Cik Hamid dari Kampung Sungai Merab dah kena tahan polis semalam sebab cukai jalan mati.
        Adik Aiman Hakimi (17 tahun) tak boleh ambil ujian minggu ni sebab ayah dia baru meninggal dunia, keluarga minta tangguh.
        Senarai hitam JPJ: pelajar Tan Kah Seng (K/P 950311-07-5211) ada 4 saman tertunggak, tak boleh renew lesen L selagi tak jelas.
        E-mel pelajar untuk slip keputusan: haziqah.rahim03@gmail.com - mohon hantar PDF sebelum Jumaat.
        Puan Kalaivani dari kelas petang minta tukar ke jurulatih perempuan, katanya dia tak selesa sebab jurulatih lama selalu pegang tangan dia masa tukar gear.
        Akaun Telegram pelajar @izzat_drift99 (Izzat, batch Oktober) hantar video dia pandu 160 km/j masa masih lesen P, admin dah report.
        Pelajar dari Sabah: Jessica Gimbang, MyKad 040219-12-5108, alamat Lorong Bunga Raya 3, Taman Likas, 88400 Kota Kinabalu.
        Kak Yah dari Blok C flat Sri Melaka tu dah 3 bulan tak bayar ansuran pakej lesen anak dia, RM600 lagi tertunggak.
        Kad kredit pelajar ditolak dua kali: 4556 7630 1284 9371, tamat 08/28, pemegang kad Wong Siew Ping. Sila minta kaedah bayaran lain.
        Pemohon dari Sarawak: Nicholas anak Jalong, K/P 970611-13-5527, tel 014-660 2187, kelas B2 dan D serentak.
        Ustaz Hafiz yang ajar kelas teori tu sebenarnya dah dua kali gagal ujian penglihatan, tapi pengurusan masih bagi dia mengajar.
        Slip gaji jurulatih Mohd Faizal bin Abdullah bulan November: gaji pokok RM2,300, komisen RM860, potongan KWSP RM253.
        Pelajar OKU pendengaran, Lee Jia Hui, perlukan jurulatih yang tahu bahasa isyarat; ibunya boleh dihubungi di 012-663 9410.
        Semalam Cikgu Salmah nampak bekas pelajar kita, Amirul dari Taman Melati, kemalangan motor kat simpang Jalan Genting Klang, sekarang koma di HKL.
        Lesen P baru keluar untuk Daniel Francis de Souza, kereta ayah dia JRN 7720 - dia minta kami tolong tampal pelekat P sebelum dia bawa balik.
    """),
    "en": _lines("""
        Student record: Priya d/o Subramaniam, NRIC 020830-14-5902, mobile 011-2390 5561, enrolled DA package, balance RM450 outstanding.
        Singaporean student taking her licence in JB: Ong Jun Hui, NRIC S8834172D, staying c/o 12 Jalan Harimau Tarum, Taman Century, 80250 Johor Bahru.
        Please refund to CIMB account 8602334718 (account holder Farhan Iskandar bin Zulkifli), ref SR-88249.
        Mr. Gurdev Singh asked us not to call his house anymore because his wife doesn't know he is taking lessons again after his drink-driving conviction.
        Instructor complaint from student Melissa Chua: the instructor kept commenting on her weight during the hill test. She has asked for a female instructor.
        Foreign worker batch from Kilang Pelangi: Md. Rafiqul Islam, passport BW0874213 (Bangladesh), work permit expiry 14/03/2027, class B2.
        Can we move Aunty Leong's road test? Her chemo is on Tuesdays and she is too weak to drive that week.
        Student IG @nadia.drives.kl has been posting her L licence photo with the full IC number visible, someone please DM her.
        Debt follow-up: Harith Danial (IC 010905-01-6633) owes RM1,200 since June; last reminder to harith.danial01@yahoo.com bounced.
        Road test result for Thevan a/l Krishnan: FAILED road section, ran an amber light at the Jalan Klang Lama junction. Retest booked 12/01.
        Note to self: do not pair Shazwan with Instructor Ravi again, they had a shouting match last week and Shazwan's father threatened to make a police report.
        Foreign licence conversion for Ms. Wong Ka Yan, HKID K347651(0), Hong Kong full licence held since 2015, now working in Penang.
    """),
    "mixed": _lines("""
        Bro, ni nombor cikgu Ah Seng yang ajar manual tu, 017-228 6451, dia punya personal bukan office, jangan share kat group ok.
        Boss, student Kavitha a/p Ramasamy punya lesen L dah expired, IC dia 880304-08-5218, tolong renew kat JPJ Ipoh esok boleh?
        Sorry admin, saya tak dapat datang test Sabtu ni, I'm warded at Hospital Serdang for dengue. Nama saya Azlan bin Hashim, booking BK-2026-118519.
        Eh minah yang langgar tiang kat litar semalam tu Syazwani kan? Dengar cerita parents dia tengah bercerai, patut la dia stress.
        My WeChat is chenmeiqi_0921 (陈美琪), please send the test schedule there, I don't use WhatsApp.
        Transfer dah buat ke Public Bank 3184429017 atas nama Norhayati bt Ismail, RM800 untuk pakej anak saya. Resit attach.
        Cikgu, kereta QAA 1284 A tu my uncle's car, saya guna untuk practice, uncle saya Jimbun anak Sagan boleh jadi supervisor tak walaupun lesen dia baru 2 tahun?
        Jangan assign Ravindran ke slot pagi, dia kerja shift malam kat kilang, last time dia tertidur masa kelas teori, doktor kata dia ada sleep apnea.
        Student passport scan received: Nepal passport PA1938274, Bishnu Bahadur Tamang, DOB 12/07/1994, employer Syarikat Kawalan Teguh.
        Hi admin, nak tanya status saman saya, kereta VEB 8823, IC 061005-02-4391, dapat notis AES kat Jalan Duta minggu lepas.
        Pak Ngah cakap Siti Zulaikha bt Ahmad, student kita tu, pregnant 7 bulan, boleh ke dia duduk ujian motor B2?
        Card payment failed lagi - 5218 9300 4417 2661 exp 11/27, name on card Aaron Lim Kok Wai. Boleh try FPX tak?
        Azura binti Kassim (IC 990827-14-6022) dah lulus semua, tapi belum ambik lesen P sebab belum bayar kat JPJ. Tolong call dia 013-882 1774.
        Cikgu Zaki pesan: Mei Lin dari Batch 12 tu ada epilepsi, jangan bagi dia drive sorang-sorang walaupun dah dapat lesen P.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu admin Akademi Memandu Tun Perak. Bantu staf menulis mesej kepada pelajar.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp kepada pelajar Nur Izzati binti Rahmat (012-5507 391), ujian jalan raya dia dipindah dari 03/02 ke 10/02.",
        ),
        (
            "assistant",
            "Salam Cik Nur Izzati, dimaklumkan ujian jalan raya anda telah dipindahkan dari 03/02 ke 10/02. Masa dan lokasi kekal sama. Sila hubungi pejabat jika ada pertanyaan. Terima kasih.",
        ),
        (
            "user",
            "Tambah sekali, ingatkan dia bawa MyKad asal 050117-01-4472 sebab hari tu dia bawa salinan je.",
        ),
        (
            "assistant",
            "Baik, versi baharu: Salam Cik Nur Izzati, ujian jalan raya anda dipindahkan ke 10/02. Sila bawa MyKad asal (bukan salinan) pada hari ujian. Saya cadangkan nombor MyKad penuh tidak dimasukkan dalam mesej WhatsApp.",
        ),
    ],
    [
        ("system", "You are a customer service assistant for a driving school in Selangor."),
        (
            "user",
            "Summarise this complaint for the manager: student Jason Teoh Boon Keat says instructor Hisham shouted at him and made him pay RM50 cash for an extra hour that was never recorded. His number is 016-2281 903.",
        ),
        (
            "assistant",
            "Summary: Student Jason Teoh Boon Keat alleges that instructor Hisham shouted at him and collected RM50 in cash for an extra hour that was not recorded. Recommended: verify the lesson log, interview the instructor, and call the student back at the number provided.",
        ),
        ("user", "Make it shorter, one line for the ticket title."),
        (
            "assistant",
            "Student alleges verbal abuse and unrecorded RM50 cash charge by instructor Hisham.",
        ),
    ],
    [
        ("system", "Anda pembantu maya sekolah memandu. Jawab soalan pelajar dengan sopan."),
        (
            "user",
            "Kawan saya Hakim bin Osman nak daftar kelas B2 tapi dia sibuk. Boleh saya isikan borang untuk dia? IC dia 011230-07-6633, phone 011-5520 7846.",
        ),
        (
            "assistant",
            "Boleh bantu isi borang, tetapi pendaftaran memerlukan persetujuan dan tandatangan Hakim sendiri serta MyKad asal semasa mengambil lesen L. Sebaiknya dia hadir ke kaunter sekurang-kurangnya sekali.",
        ),
        ("user", "Ok nanti saya bawa dia Sabtu."),
    ],
    [
        (
            "system",
            "You are an assistant for parents enquiring about JPJ summonses and P licences.",
        ),
        (
            "user",
            "Anak saya Muhammad Arif Danial bin Rosli baru dapat lesen P bulan lepas, tapi dah dapat saman AES laju 128 km/j. Kereta WPN 6215 atas nama saya. Lesen dia akan dibatal ke?",
        ),
        (
            "assistant",
            "Bagi pemegang lesen P, kesalahan had laju membawa mata demerit KEJARA. Lesen P boleh dibatalkan jika mata terkumpul mencapai had dalam tempoh percubaan. Semak mata demerit anak anda di MyJPJ dan jelaskan saman secepat mungkin.",
        ),
        (
            "user",
            "Kalau saya bayar saman atas nama saya sebagai pemilik, mata demerit masuk lesen saya ke dia?",
        ),
        (
            "assistant",
            "Notis AES dihantar kepada pemilik berdaftar. Pemilik boleh menamakan pemandu sebenar melalui borang yang disertakan; jika anak anda dinamakan, mata demerit akan direkodkan pada lesennya.",
        ),
    ],
    [
        ("system", "You help the HR officer of a driving school draft internal memos."),
        (
            "user",
            "Draft a warning letter for instructor Suresh Kumar a/l Ganesan, staff ID AMT-0147. He was absent without leave on 2, 3 and 9 December and student feedback says he smelled of alcohol on 28 November.",
        ),
        (
            "assistant",
            "Dear Mr. Suresh Kumar a/l Ganesan (AMT-0147), this letter serves as a formal warning regarding your absence without leave on 2, 3 and 9 December 2026, and a report received concerning your condition during a lesson on 28 November 2026. You are required to attend a meeting with HR within 7 days.",
        ),
        ("user", "Add that his salary for the three days will be deducted."),
        (
            "assistant",
            "Added: In accordance with company policy, salary for the three days of unauthorised absence will be deducted from your December pay.",
        ),
    ],
    [
        ("system", "Anda membantu kerani akaun sekolah memandu mengira baki yuran."),
        (
            "user",
            "Kira baki: Lau Chee Keong bayar 900 daripada 1650 (017-330 8824); Nor Aisyah binti Jamal bayar 1550 penuh; Muthu a/l Velu bayar 200 daripada 480 (012-771 0358).",
        ),
        (
            "assistant",
            "Baki: Lau Chee Keong RM750; Nor Aisyah binti Jamal RM0 (selesai); Muthu a/l Velu RM280. Jumlah tertunggak RM1,030.",
        ),
        ("user", "Tulis peringatan SMS ringkas untuk dua orang yang belum habis bayar."),
        (
            "assistant",
            "Peringatan: Baki yuran pakej lesen anda berjumlah RM[baki]. Sila jelaskan sebelum 20/12 untuk mengelakkan penangguhan ujian. Untuk Lau Chee Keong RM750, untuk Muthu a/l Velu RM280.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for licence enquiries in Malaysia and Singapore."),
        (
            "user",
            "Hi, I'm Singaporean, NRIC T0419835I, name Goh Xin Yi. I stay in Iskandar Puteri now. Can I take the Malaysian L licence or must I convert my SG licence?",
        ),
        (
            "assistant",
            "If you already hold a valid Singapore driving licence, you can usually apply for conversion at JPJ rather than starting from the L licence. Bring your passport, the Singapore licence and proof of local address.",
        ),
        ("user", "I don't have SG licence yet lah. Never learn before."),
        (
            "assistant",
            "Then you would enrol at a registered driving institute, complete KPP01 theory, pass the computer test, and obtain an L licence using your passport and valid pass.",
        ),
    ],
    [
        ("system", "Anda pembantu pendaftaran pelajar warga asing di sekolah memandu."),
        (
            "user",
            "Pekerja kilang, Nguyen Van Thanh dari Vietnam, pasport C9921047, permit kerja tamat 05/2027. Dulu dia kerja di Singapura, FIN F2290451P. Dia boleh tukar lesen Singapura dia?",
        ),
        (
            "assistant",
            "Jika lesen Singapura beliau masih sah, penukaran mungkin boleh dibuat di JPJ dengan pasport, permit kerja sah dan lesen asal. Jika sudah tamat, beliau perlu ikut proses lesen L seperti biasa.",
        ),
        ("user", "Lesen dia dah expired 2024."),
        (
            "assistant",
            "Dalam kes itu, beliau perlu mendaftar kursus KPP penuh. Kami boleh tempah kelas teori dalam bahasa Inggeris jika bahasa Melayu menjadi halangan.",
        ),
    ],
    [
        ("system", "You translate messages between English and Malay for a driving school."),
        (
            "user",
            "Translate to Malay: Dear Mrs. Tham, our instructor will pick up your son Ethan Tham at 18 Jalan Ceylon Heights 3, Bukit Ceylon, 50200 KL, at 7.15am on Saturday.",
        ),
        (
            "assistant",
            "Puan Tham yang dihormati, jurulatih kami akan mengambil anak puan, Ethan Tham, di 18 Jalan Ceylon Heights 3, Bukit Ceylon, 50200 KL, pada jam 7.15 pagi hari Sabtu.",
        ),
        (
            "user",
            "Thanks, also add: please make sure he brings his inhaler, he had an asthma attack last lesson.",
        ),
        (
            "assistant",
            "Tambahan: Mohon pastikan dia membawa inhaler kerana dia mengalami serangan asma pada kelas lepas.",
        ),
    ],
    [
        ("system", "Anda moderator AI untuk kumpulan WhatsApp pelajar sekolah memandu."),
        (
            "user",
            "Ada member hantar dalam group: 'Sape kenal Balqis Humaira? IG dia @balqis.hmr, dia baru gagal test kali ke-4, malu gila.' Patut ke saya padam?",
        ),
        (
            "assistant",
            "Ya, mesej itu wajar dipadam. Ia menyebut nama dan akaun media sosial seorang pelajar bersama maklumat keputusan ujian yang boleh memalukan. Ingatkan ahli kumpulan tentang peraturan tidak berkongsi maklumat peribadi.",
        ),
        ("user", "Ok dah padam. Tulis peringatan ringkas untuk group."),
        (
            "assistant",
            "Peringatan Admin: Sila hormati privasi rakan. Jangan kongsi nama, akaun media sosial atau keputusan ujian orang lain dalam kumpulan ini. Terima kasih.",
        ),
    ],
]
