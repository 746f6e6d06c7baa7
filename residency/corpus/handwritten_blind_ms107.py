# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms107: PIBG, Malaysian primary schools and school activities (fees, donations, trips, extra classes, discipline, parent WhatsApp groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms107
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_yuran_pibg"): _lines("""
        Makluman: Yuran PIBG sesi 2026/2027 ialah RM50.00 sekeluarga, bukan seorang murid. Bayaran boleh dibuat melalui FPX di portal sekolah sebelum 31 Januari.
        Resit No. PIBG/2026/00417 — Sumbangan tahunan RM50.00 diterima melalui FPX, Rujukan Bank 2601151034882219. Terima kasih atas sokongan anda.
        Akaun rasmi: Maybank 5621 4410 7793 atas nama Persatuan Ibu Bapa dan Guru SK Taman Desa Jaya. Sila tulis kelas anak di ruangan rujukan.
        Pecahan yuran: Yuran PIBG RM50, Majalah sekolah RM15, Takaful murid RM8, Kad matrik RM5. Jumlah RM78 seorang murid.
        Peringatan: Pekeliling KPM menetapkan tiada murid boleh dinafikan buku teks atau peperiksaan kerana yuran PIBG belum dijelaskan.
        Kutipan derma Hari Sukan setakat 14/3/2026: RM12,480.50 daripada 612 keluarga (71.3%). Sasaran RM15,000.
        Derma kilat untuk baik pulih tandas blok C: sila imbas QR DuitNow atas nama PIBG SK Bukit Indah. Jangan pindah ke akaun peribadi mana-mana AJK.
        Kadar istimewa: keluarga dengan 3 anak atau lebih di sekolah ini membayar RM50 sahaja; keluarga penerima bantuan dikecualikan, sila hubungi pejabat sekolah.
        Invois INV-PIBG-2026-0093: Cetakan 1,200 naskhah Buku Program Hari Anugerah, Percetakan Teratai Sdn Bhd (201501023344), RM3,960.00 termasuk SST.
        Laporan kewangan ringkas PIBG 2025: Pendapatan RM86,214.00, Perbelanjaan RM79,530.45, Baki dibawa ke hadapan RM6,683.55. Penyata penuh dibentang di AGM.
        Tarikh akhir bayaran Modul Intensif Tahun 6 ialah 28 Februari. Yuran RM120 untuk 20 sesi, dibayar kepada guru kelas dengan resit rasmi.
        Sumbangan ikhlas Program Sarapan Percuma: setiap RM2.50 menyediakan satu hidangan. Bulan lepas 4,380 hidangan telah diagihkan.
        No. pendaftaran PIBG: PPM-014-10-23041988. Alamat surat-menyurat: SK Seri Melati, Jalan Tun Perak, 81300 Skudai, Johor.
    """),
    ("mixed", "whatsapp_kumpulan_ibubapa"): _lines("""
        [08/03/26, 7:42 PM] Admin PIBG 4 Bestari: Assalamualaikum semua, esok pakai baju sukan rumah masing-masing ya. Bawa botol air sendiri 🙏
        Parents, reminder tomorrow early release 11.30am sebab mesyuarat guru. Please arrange transport awal.
        Ada sesiapa tahu buku latihan Matematik Tahun 3 yang cikgu suruh beli tu penerbit apa? Kedai koperasi dah habis stok.
        Mak-mak, van sekolah route Taman Sri Muda ada kosong 2 seat lagi, boleh tanya terus syarikat van, hotline 03-5191 2200.
        Lost & found: botol air Frozen warna biru dan sweater kelabu saiz 8 tertinggal di kantin. Boleh ambil di pondok guard.
        Cikgu kelas 2 Cerdik kata report card PBD keluar minggu depan dalam aplikasi IDME, bukan kertas lagi.
        Sesiapa nak order baju Hari Kokurikulum, link Google Form dalam pinned message. Saiz XS hingga 3XL, RM28 sehelai.
        Admin note: group ni untuk urusan kelas sahaja. No forward, no jualan, no politik. Terima kasih 🙏
        Anak saya kata esok ada spelling test Unit 4, betul ke? Tak ada dalam buku pesanan pun 😅
        Congrats to the school choir! Johan peringkat daerah Petaling Utama 🎉🎉
        Harga kantin baru: nasi lemak RM2.00, mee goreng RM2.00, roti sardin RM1.50. Air sirap 80 sen.
        Hujan lebat kat Jalan Kebun, air naik paras lutut depan pagar belakang. Parents better guna pintu depan for pickup.
        Poll jamuan akhir tahun 5 Amanah: (a) potluck (b) katering RM12/kepala. 23 undi setakat ni, (b) menang 15-8.
    """),
    ("ms", "borang_lawatan"): _lines("""
        SURAT KEBENARAN: Saya, ____________________ (No. K/P: ______________), ibu/bapa/penjaga kepada ____________________ kelas ______ membenarkan anak saya menyertai lawatan ke Zoo Negara pada 18 April 2026.
        Lawatan Sambil Belajar ke Muzium Negara dan Planetarium Negara: 22/5/2026, bertolak 7.30 pagi, pulang 4.00 petang. Kos RM45 termasuk bas dan makan tengah hari.
        Senarai barang dibawa: topi, botol air, bekal ringan, ubat peribadi (jika ada), beg kecil. Telefon bimbit tidak dibenarkan.
        Nisbah pengiring 1 guru bagi setiap 10 murid. Lawatan ini melibatkan 84 murid Tahun 4, 9 guru dan 2 AJK PIBG.
        Tempahan bas: Bas Persiaran Cahaya Timur Sdn Bhd (199801014567), No. Tempahan CT-260522-07, 2 buah bas 44 tempat duduk, RM1,650.
        Nama Murid: ____________ Kelas: ____ Alahan makanan: Ya / Tidak (nyatakan: ____________) Tandatangan penjaga: ____________
        Program Jejak Warisan: lawatan ke Rumah Kelahiran Tunku Abdul Rahman di Alor Setar. Murid akan menyiapkan folio tentang Bapa Kemerdekaan.
        Tarikh akhir penyerahan borang dan bayaran ialah Jumaat, 8 Mei 2026, kepada guru kelas. Borang lewat tidak akan diproses.
        Perhatian: Lawatan ke KidZania dibatalkan kerana peserta tidak mencukupi (23 daripada minimum 40). Bayaran akan dipulangkan penuh.
        Atur cara: 8.00 tiba di Pusat Sains Negara; 10.30 bengkel roket air; 12.30 makan dan solat; 2.00 Galeri Angkasa; 3.30 bertolak pulang.
        Semua peserta berdaftar dilindungi polisi Takaful Pelajar No. TKF/SKL/2026/118832 sepanjang tempoh lawatan.
        Lawatan ke kilang kereta di Tanjung Malim untuk Kelab Sains: terhad kepada 30 murid Tahun 5 dan 6 yang menjadi ahli berdaftar.
        Kod etika lawatan: murid mesti kekal dalam kumpulan masing-masing dan tidak boleh membeli makanan di luar tanpa kebenaran guru pengiring.
    """),
    ("en", "school_portal_logs"): _lines("""
        2026-03-14T08:12:55+08:00 INFO payment.fpx txn=FPX260314081255731 amount=78.00 status=SUCCESS bank=MBB0228 ref=PIBG-T4-BESTARI
        2026-03-14T08:13:02+08:00 WARN sms.gateway queue_depth=412 retry_in=30s provider=MY-SMS-01
        export_yuran_2026.csv: rows=1284 paid=1047 partial=61 unpaid=176 exempt=0 generated_by=system
        ERROR 502 Bad Gateway at /api/v2/kehadiran/sync — upstream timeout after 30000ms, job_id=9f3c2a1e-77b4-4d0e-a1c5-3be0c6d4f912
        Release notes e-PIBG v3.4.1: fixed duplicate receipt numbers when parents paid twice within 60 seconds; added DuitNow QR for donations.
        cron: 0 6 * * 1-5 /opt/epibg/bin/send_attendance_digest --school=BBA2041 --dry-run=false
        SELECT kelas, COUNT(*) AS belum_bayar FROM yuran WHERE tahun=2026 AND status='UNPAID' GROUP BY kelas ORDER BY 2 DESC;
        Ticket #HD-20260311-0457 [Closed] Parent portal login loop on Safari iOS 17. Workaround: clear cookies for the portal domain. Assigned: L2 support.
        sha256 epibg-android-3.4.1.apk = 4e1b9c0d7a22f5e3b8c6a90d1f34e7a25c8b0f9163d2e4a7b5c1f08e93d6a2b7
        Daily summary 2026-04-02: 1,132 pupils present (94.6%), 64 absent, 12 late; 3 absences flagged for follow-up by class teachers.
        Receipt template v2: {{school_name}} | Receipt No: {{receipt_no}} | Paid by: {{payer_name}} | Amount: RM{{amount}} | Date: {{paid_at}}
        Config: MAX_UPLOAD_MB=5; ALLOWED_TYPES=pdf,jpg,png; RETENTION_DAYS=365; PII_MASK=true
        Webhook delivered to https://hooks.epibg.my/donations event=donation.created id=don_01HV8Q2Z amount=RM100.00 campaign=KANTIN-2026
    """),
    ("ms", "peraturan_disiplin"): _lines("""
        Peraturan 4.2: Murid dilarang membawa telefon bimbit ke sekolah. Telefon yang dirampas hanya dipulangkan kepada ibu bapa di pejabat HEM.
        Statistik disiplin Semester 1: 27 kes ponteng kelas, 9 kes buli lisan, 4 kes vandalisme, 2 kes pergaduhan. Semua kes telah diselesaikan.
        Sistem merit-demerit: lewat hadir -2 mata, tidak memakai lencana -1 mata, membantu guru +3 mata. Baki bawah 50 mata dirujuk kepada kaunselor.
        Prosedur: guru kelas merekod kes dalam SSDM dalam tempoh 24 jam; Penolong Kanan HEM memaklumkan ibu bapa secara bertulis.
        Pakaian seragam: kasut putih, stokin putih tanpa logo berwarna, tudung melepasi dada bagi murid perempuan yang bertudung.
        Kes buli: Murid A (Tahun 5) dan Murid B (Tahun 5) telah dipanggil ke bilik kaunseling. Sesi mediasi dijalankan bersama kedua-dua penjaga.
        Hukuman rotan hanya boleh dilaksanakan oleh Guru Besar atau guru yang diberi kuasa secara bertulis, dan direkodkan dalam buku kes.
        Kadar kehadiran minimum 90%. Murid yang tidak hadir 3 hari berturut-turut tanpa sebab akan menerima Surat Amaran Pertama.
        Ponteng sekolah: Surat Amaran 1 (10 hari), Amaran 2 (20 hari), Amaran 3 (30 hari), dan nama dibuang selepas 60 hari berturut-turut.
        Larangan: rambut berwarna, kuku panjang, gelang dan rantai, kecuali jam tangan biasa. Barang rampasan boleh dituntut pada hari Jumaat.
        Gangguan dalam kumpulan WhatsApp kelas: admin akan mengeluarkan ahli yang menghantar kandungan lucah atau fitnah, dan kes boleh dirujuk kepada PDRM.
        Seorang murid Tahun 6 telah digantung sekolah selama 3 hari minggu lepas. Butiran kes adalah sulit dan tidak akan dikongsi dalam kumpulan.
        Jadual guru bertugas: Minggu 1 — Kumpulan A; Minggu 2 — Kumpulan B; penyelaras: Penolong Kanan Hal Ehwal Murid.
    """),
    ("mixed", "iklan_kelas_tambahan"): _lines("""
        Pusat Tuisyen Cemerlang Minda (SSM 002876543-K) buka kelas BM, English & Math Tahun 1-6. Hotline 03-8922 4455, WhatsApp Business 03-8922 4456.
        Kelas tambahan percuma Sabtu pagi anjuran PIBG: Matematik Tahun 4-6, 8.30-10.30 pagi, di Bilik 6 Cemerlang. Daftar dengan guru kelas.
        Jom join Kelas Coding Scratch Junior! RM180/bulan, 4 sesi. Cawangan Bangsar South & Setia Alam. enquiry@kodkidz.com.my
        Pusat Matematik Taman Tun Dr Ismail now accepting new students for Math & English. Call centre 1-300-88-5866.
        Promo cuti sekolah: Bengkel Penulisan Karangan, 3 hari, RM150. Daftar di kaunter kedai buku cawangan Jalan Tuanku Abdul Rahman.
        Kelas mengaji Iqra' & Tajwid kanak-kanak, Surau Al-Hidayah Seksyen 7. Yuran RM40 sebulan, hubungi pejabat surau 03-5512 3308.
        English Phonics for Tahun 1, small group max 6 pax, RM35 per session. All tutors TESL graduates. Book via www.phonicsfun.my/book
        Tuition Centre Seri Ilmu: pakej Tahun 6 empat subjek RM260 sebulan. Daftar sebelum 15/1 dapat free buku latihan worth RM45!
        Kelas Robotik untuk Kelab STEM, vendor dilantik: RoboMinda Solutions Sdn Bhd (202101033212). Kos RM95 seorang untuk 6 sesi.
        Akademi Badminton Juara: kelas junior 7-12 tahun, latihan ala Datuk Lee Chong Wei, Selasa & Khamis 5-7 petang, Dewan Serbaguna MBPJ.
        Kelas Mandarin untuk murid bukan Cina di SJK(C) Chung Hwa, Saturday 9am. Yuran RM60/bulan. Daftar di pejabat sekolah, tel 06-231 4410.
        Homework club lepas sekolah 1pm-6pm termasuk lunch & transport dari sekolah. RM380/bulan. DM @pintarkids.daycare
        Tutor wanted: Pusat Tuisyen Bestari perlukan guru Sains sambilan, RM40/jam. Hantar resume ke hr@bestari-edu.my.
    """),
    ("ms", "minit_mesyuarat_pibg"): _lines("""
        Minit Mesyuarat AJK PIBG Bil. 3/2026, 12 April 2026, 8.30 malam, Bilik Mesyuarat Utama. Kehadiran: 14 daripada 17 AJK.
        Perkara 5.1: Yang Dipertua PIBG mencadangkan pembelian 10 unit kipas dinding untuk kantin. Dicadang oleh Naib YDP, disokong oleh Bendahari. Diluluskan sebulat suara.
        Perkara 6: Bendahari melaporkan baki akaun semasa RM23,417.88 setakat 31 Mac 2026.
        Tindakan: Setiausaha PIBG akan mengeluarkan surat makluman kepada semua ibu bapa selewat-lewatnya 20 April.
        Guru Besar memaklumkan sekolah menerima peruntukan RM45,000 daripada JPN untuk naik taraf makmal komputer.
        Hal-hal lain: AJK Kebajikan mencadangkan baucar buku RM100 kepada 25 murid daripada keluarga B40. Senarai murid disimpan oleh kaunselor sahaja.
        Mesyuarat Agung PIBG Kali ke-38 akan diadakan pada 9 Mei 2026 di Dewan Tun Hussein Onn. Pemilihan AJK sesi 2026-2028.
        Usul menaikkan yuran PIBG daripada RM40 kepada RM50. Undian: 142 setuju, 37 tidak setuju, 8 berkecuali. Usul diluluskan.
        Majlis dirasmikan oleh Pegawai Pendidikan Daerah Petaling Perdana, diikuti persembahan dikir barat murid Tahun 5.
        Laporan Kelab Bola Sepak: pasukan bawah 12 tahun mara ke separuh akhir kejohanan peringkat negeri.
        Cadangan projek mural blok A bertemakan tokoh negara: Tunku Abdul Rahman, Tun Fatimah Hashim dan Tan Sri P. Ramlee.
        AJK Keceriaan: gotong-royong kelas dijadualkan pada 23 Mei, 7.30 pagi. Anggaran 60 sukarelawan ibu bapa diperlukan.
        Mesyuarat ditangguhkan pada jam 10.45 malam. Disediakan oleh: Setiausaha PIBG. Disahkan oleh: Yang Dipertua PIBG.
    """),
    ("en", "parent_faq"): _lines("""
        How do I check if my PIBG payment went through on the school portal? I paid via FPX but no receipt was emailed.
        Is the PIBG fee compulsory? What happens if a family cannot afford it this year?
        Can I claim a school building fund donation as a tax deduction? The receipt says approved under section 44(6).
        What's the difference between SK, SJK(C) and SJK(T) for a parent choosing a primary school in Selangor?
        How do I add a second guardian to the IDME account so both parents can see the report card?
        My kid lost a textbook from the loan scheme. Do we have to pay for a replacement, and how much?
        Best way to set up a class WhatsApp group so parents' numbers aren't visible to everyone? Community or Channel?
        Can the school share a list of pupils' home addresses with a tuition centre? Isn't that against the PDPA 2010?
        Need a template for a polite reminder to parents who haven't paid the trip fee, without naming anyone in the group.
        What age does a child start Tahun 1 in 2027? Born in 2020 or 2021?
        How many days can a pupil be absent before the school sends a warning letter?
        Is it normal for a PTA treasurer to ask for cash donations instead of bank transfer? Feels a bit sketchy.
        Tips for running a Sports Day fundraiser booth: what sells best, and how do you handle the float money?
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Cikgu, anak saya Muhammad Irfan bin Zulkifli kelas 3 Amanah tak dapat ikut lawatan sebab dia baru disahkan ada epilepsi, doktor tak bagi naik bas jauh.
        Yuran tertunggak: Nur Aisyah binti Kamarudin (4 Bestari) RM156, bapanya baru diberhentikan kerja bulan lepas, mohon dipertimbangkan pengecualian.
        No. MyKad murid: 160423-10-0582, nama Adam Hakimi bin Roslan, Tahun 4 Cerdik — sila kemas kini dalam APDM.
        Penjaga: Puan Rohana binti Abdullah, K/P 820917-03-5146, tel 013-982 4471, alamat No. 27, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang.
        Surat Amaran Kedua: Danish Aryan a/l Murugan, Tahun 6 Dinamik, tidak hadir 20 hari tanpa sebab. Ibu bapa diminta hadir ke sekolah.
        Tolong pindahkan derma ke akaun saya dulu, CIMB 7063881245, nanti saya serahkan kepada Bendahari. — Khairul Anuar, Naib YDP
        Myvi putih VHR 4827 selalu parking depan pagar masa pick-up, tuan punya kereta tu ayah Iman kelas 2 Bijak, dah tiga kali kena tegur.
        Kak Yati yang jaga kantin tu sebenarnya tengah proses cerai, sebab tu dia selalu menangis kat dapur.
        Cikgu Salmah minta cuti tanpa gaji sebab rawatan kemoterapi, kelas 5 Amanah akan diambil alih guru ganti.
        Emel untuk resit yuran: faridah.hanim82@gmail.com (Faridah Hanim, ibu kepada Aqil 1 Cerdik).
        Pengecualian yuran diluluskan untuk keluarga Encik Rajesh a/l Subramaniam kerana pendapatan isi rumah di bawah RM2,000 sebulan.
        Murid bernama Lim Wei Jie (5 Dinamik) didapati mengambil duit tabung kelas RM40, ibu bapanya dipanggil ke bilik HEM esok.
        Ayah Haziq 3 Bijak tu baru keluar penjara bulan lepas, kita kena hati-hati bila dia datang ambil anak.
        Sila hubungi saya terus di 017-226 9031, saya ibu Nurul Iman 3 Amanah, nak tanya pasal ubat asma dia masa lawatan.
        Pemandu van: Encik Azman bin Yusof, lesen GDL, tel 012-708 3316, van Toyota Hiace WXA 5812.
        Kaunselor maklumkan Ariana binti Hisham kelas 4 Bestari ada tanda-tanda didera di rumah, laporan JKM sudah dibuat.
        Borang lawatan: Nama bapa: Mohd Faizal bin Ismail; No. K/P: 790305-01-6231; Pekerjaan: Juruteknik; Tel: 019-774 2058.
        Akaun untuk pemulangan bayaran lawatan: Norazlina binti Che Mat, Bank Islam 12029010456781.
        Mak Tijah jiran sebelah rumah saya kat Taman Permai tu dah dua tahun tak bayar yuran anak dia, hutang along pun keliling pinggang.
        Alamat hantar hadiah pemenang mewarna: Aina Sofea binti Rahim, Lot 1123, Kampung Sungai Buaya, 48010 Rawang, Selangor.
        Syarifah Nur Qistina (Tahun 2) alah kacang tanah teruk, mesti bawa EpiPen. Nombor ibu: 011-2345 8870.
        Penjaga warga Indonesia: Puan Sri Wahyuni, paspor C4821907, pembantu rumah, mengambil murid Tahun 1 bagi pihak majikan.
    """),
    "en": _lines("""
        Please note Ethan Tan Jun Hao (2 Bijak) has Type 1 diabetes; his insulin pen is in the teacher's drawer. Mum's mobile: 016-338 2190.
        Refund for the Zoo Negara trip to be credited to card 4147 0982 3456 7121, cardholder Priya d/o Ganesan.
        Hi, I'm Joshua de Souza's father (4 Bestari). Our new home address is 14, Jalan Pinggiran 2, Taman Pinggiran Putra, 43300 Seri Kembangan.
        Carpool roster contact: Tan Mei Ling, WhatsApp 012-655 7743, Block C-12-3, Pangsapuri Seri Cempaka.
        Between us, Mrs Kavitha from the PTA committee is struggling, her husband lost his job and they're three months behind on the house loan.
        Complaint against van driver Mr Lee Kok Seng (BKJ 6634): he was speeding on Jalan Klang Lama with 12 kids on board on 3 March.
        Guardian details: Sarah Elizabeth Pereira, MyKad 880214-07-5562, email sarah.pereira88@yahoo.com, relationship: mother.
        Aaron from 6 Dinamik was suspended for three days after the fight; his mum Jennifer says he's been seeing a psychiatrist since January.
        My son's IC is 170809-14-1123 and the portal keeps saying record not found. His name is Muhammad Aariz Danial bin Shahrul.
        Our Singapore-based parent rep for the JB cross-border bus list is Mr Ong Boon Kiat, NRIC S8234517E, mobile 9123 4768.
        @masitah.kajang88 on Telegram is Masitah, Alya's mum from 3 Cerdik; she collects the badge money into her own account.
        Ms Janet Lourdes, the Year 5 English teacher, is on long medical leave for depression; please don't mention it to the kids.
        Donation from Vikneswaran a/l Ramasamy, Maybank acct 164022187735, RM500, reference: in memory of my late mother.
        Staff pass for the contract cleaner: Mohammad Rubel, Bangladesh passport EH0821456, work permit expires 30/09/2026.
    """),
    "mixed": _lines("""
        Parents, tolong jangan share lagi gambar Aqilah jatuh masa Sports Day tu, her mum dah complain, budak tu malu gila.
        Bro, yuran PIBG anak aku Harith belum bayar lagi, gaji bulan ni kena potong sebab hutang. Nanti aku settle ya — Shahril, 4 Bestari.
        Kakak, I dah transfer RM78 guna card 5459 6412 3478 9010 tapi tak dapat resit, my name Chong Siew Fong, anak Chong Kai Xuan 1 Cerdik.
        Sorry all, esok Wei Xiang tak datang kelas tambahan, dia masuk wad Hospital Sungai Buloh sebab denggi 😢 — his mummy
        PM saya 014-920 3358 (Mak Aiman, 2 Bijak) kalau ada sesiapa nak tumpang carpool ke Taman Melawati.
        Uncle Muthu yang jaga pondok guard tu dah 3 hari MC, dengar cerita dia kena stroke ringan.
        Parent baru join: Nurul Huda Hamzah, rumah No. 8, Lorong Seroja 2, Taman Seroja, 08000 Sungai Petani, Kedah. Anak: Hana, Tahun 1.
        Cikgu, my daughter 陈思颖 (Tan Sze Ying) kena buli dengan budak kelas sebelah, she cried every night this week. Please take action.
        Can someone tell Mr Gurpreet Singh s/o Harbhajan Singh his car JQT 2290 blocking the kantin lorry? Dia punya hp 012-466 1875.
        IG @aunty.rosie.bakes tu sebenarnya Rosie Lim, mak Jayden 3 Amanah, dia jual kek masa Hari Usahawan tapi belum bayar sewa booth.
        Adik Farhan kelas 5 Dinamik tu anak yatim, ayah dia meninggal bulan lepas accident, so jangan kutip yuran jamuan dari dia ya.
        Nak confirm: nama anak Putri Balqis binti Mohd Azhar, IC 150730-06-0414, kelas 5 Amanah, allergic to seafood untuk trip Pulau Pangkor.
        Sis Liyana admin group 3 Cerdik tu tengah pregnant anak ketiga, alahan teruk, that's why dia jarang reply, jangan marah dia ya.
        Refund lawatan boleh masuk terus DuitNow ke nombor saya 018-339 2076, atas nama Kalaivani a/p Raman. Thanks cikgu!
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk pejabat Hal Ehwal Murid sebuah sekolah rendah di Selangor.",
        ),
        (
            "user",
            "Tolong draf surat amaran ponteng untuk penjaga Danial bin Azmi, Tahun 5 Cerdik. Dah 12 hari tak datang. Alamat penjaga: No. 45, Jalan Kenanga 7, Taman Kenanga, 41200 Klang.",
        ),
        (
            "assistant",
            "Baik. Berikut draf Surat Amaran Pertama kepada penjaga Danial bin Azmi di No. 45, Jalan Kenanga 7, Taman Kenanga, 41200 Klang, memaklumkan ketidakhadiran 12 hari dan meminta penjaga hadir berjumpa guru kelas dalam tempoh 7 hari.",
        ),
        ("user", "Tambah sekali nombor telefon ibu dia 012-381 6620 di bahagian salinan kepada."),
        (
            "assistant",
            "Sudah ditambah: 's.k. Puan ibu kepada Danial bin Azmi (012-381 6620)'. Pastikan surat dihantar secara tertutup, bukan melalui kumpulan WhatsApp kelas.",
        ),
    ],
    [
        (
            "user",
            "Saya bendahari PIBG. Ni senarai belum bayar kelas 4 Bestari: Nur Aisyah binti Kamarudin RM78, Tan Jia Hui RM78, Pravin a/l Kumar RM50. Boleh buat mesej peringatan untuk hantar dalam group?",
        ),
        (
            "assistant",
            "Sebaiknya jangan senaraikan nama murid dalam kumpulan. Hantar mesej umum dalam group, dan mesej peribadi kepada tiga keluarga tersebut.",
        ),
        ("user", "Ok, buat yang peribadi untuk mak Tan Jia Hui dulu, nombor dia 016-702 1194."),
        (
            "assistant",
            "Draf untuk 016-702 1194: 'Salam Puan, ini makluman mesra daripada Bendahari PIBG. Yuran PIBG untuk Tan Jia Hui (4 Bestari) sebanyak RM78 masih belum diterima. Jika ada kesulitan, sila hubungi pejabat sekolah untuk pertimbangan pengecualian.'",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a primary school parents' committee."),
        (
            "user",
            "Format this into a table please: Wong Kah Mun 012-554 3091 Blok B; Siti Khadijah binti Omar 013-277 8402 Blok A; Anand a/l Rajoo 017-690 1128 Blok D. It's the carpool list for our condo.",
        ),
        (
            "assistant",
            "Name | Phone | Block ; Wong Kah Mun | 012-554 3091 | B ; Siti Khadijah binti Omar | 013-277 8402 | A ; Anand a/l Rajoo | 017-690 1128 | D",
        ),
        ("user", "Thanks. Should I post this in the big class group?"),
        (
            "assistant",
            "Better not. Share it only with the three families in the carpool, since it contains their phone numbers and where they live.",
        ),
    ],
    [
        (
            "user",
            "Anak saya Hakim bin Rosli, 9 tahun, kena rotan dengan cikgu disiplin sampai berbirat kat betis. Saya patut buat apa?",
        ),
        (
            "assistant",
            "Saya faham kebimbangan puan. Ambil gambar kesan tersebut, dapatkan pemeriksaan doktor, dan minta pertemuan bertulis dengan Guru Besar. Puan juga boleh membuat aduan kepada PPD jika tidak berpuas hati.",
        ),
        (
            "user",
            "Doktor klinik dah tulis laporan, nombor rujukan KK/2026/0318. Boleh tolong tulis surat aduan ke PPD atas nama saya, Rosmawati binti Jaafar?",
        ),
        (
            "assistant",
            "Boleh. Draf: 'Saya, Rosmawati binti Jaafar, ibu kepada Hakim bin Rosli, ingin membuat aduan berhubung hukuman rotan yang menyebabkan kecederaan, disokong laporan perubatan rujukan KK/2026/0318...'",
        ),
    ],
    [
        ("system", "Pembantu kewangan untuk AJK PIBG. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "FPX260402091144812 RM78 tak match dengan mana-mana murid. Dalam penyata nama pembayar MOHD HAFIZ BIN SALLEH, akaun Maybank 162033419870. Macam mana nak kesan?",
        ),
        (
            "assistant",
            "Semak sama ada Mohd Hafiz bin Salleh ialah penjaga berdaftar dalam senarai murid. Jika tiada padanan, hubungi dia melalui pejabat sekolah dan rekodkan sebagai bayaran belum dikenal pasti.",
        ),
        ("user", "Dah jumpa, dia ayah tiri kepada Aliya 2 Cerdik, sebab tu nama lain."),
        (
            "assistant",
            "Baik, padankan bayaran FPX260402091144812 kepada Aliya 2 Cerdik dan catatkan nota 'dibayar oleh penjaga'. Tak perlu catat hubungan keluarga dalam lejar.",
        ),
    ],
    [
        (
            "user",
            "Tolong ringkaskan nota kaunseling ni: Kavin a/l Selvam, 4 Cerdik. Ibu bapa bercerai Februari, tinggal dengan nenek di Ipoh hujung minggu. Prestasi jatuh, selalu tidur dalam kelas.",
        ),
        (
            "assistant",
            "Ringkasan: Kavin a/l Selvam (4 Cerdik) mengalami perubahan keluarga sejak Februari dan tinggal berselang-seli dengan nenek. Tanda keletihan dan penurunan prestasi. Cadangan: sesi kaunseling mingguan dan perbincangan dengan penjaga.",
        ),
        ("user", "Boleh letak dalam format borang rujukan ke PPD?"),
        (
            "assistant",
            "Boleh. Bahagian A: Maklumat murid (Kavin a/l Selvam, Tahun 4). Bahagian B: Isu (perubahan struktur keluarga, keletihan). Bahagian C: Intervensi yang telah dibuat. Bahagian D: Cadangan tindakan lanjut.",
        ),
    ],
    [
        (
            "user",
            "Help me write a WhatsApp apology lah. My girl Chloe Yeoh pushed another kid at recess, the other mum very angry. Her name Mrs Devi, number 019-233 5087.",
        ),
        (
            "assistant",
            "Sure. 'Hi Mrs Devi, this is Chloe's mum. I'm really sorry about what happened at recess today. I've spoken to Chloe and she wants to apologise to your son personally tomorrow. Please let me know if he's okay.'",
        ),
        ("user", "Ok but make it a bit more Malaysian, not so formal."),
        (
            "assistant",
            "'Hi Mrs Devi, Chloe's mum here. So sorry ya about recess just now, I already talked to Chloe, tomorrow she'll say sorry to your boy herself. Hope he's ok, let me know if anything.'",
        ),
    ],
    [
        ("system", "You translate school notices for parents."),
        (
            "user",
            "Translate to Chinese: Dear Mr Wong, your son 黄伟明 (Wong Wei Ming, 3 Bijak) had a nosebleed during PE today and rested in the sick bay. Please bring him to a clinic if it happens again.",
        ),
        (
            "assistant",
            "黄先生您好：您的孩子黄伟明（3 Bijak）今天上体育课时流鼻血，已在医疗室休息。如再次发生，请带他到诊所检查。",
        ),
        ("user", "Thanks, also add that we tried calling 012-889 4102 but no answer."),
        ("assistant", "已补充：我们曾致电 012-889 4102，但无人接听。"),
    ],
    [
        (
            "user",
            "Saya nak mohon pengecualian yuran PIBG. Saya Zainab binti Osman, MyKad 841120-12-5538, ibu tunggal, kerja cuci rumah, pendapatan RM1,200 sebulan. Anak dua orang di Tahun 2 dan Tahun 5.",
        ),
        (
            "assistant",
            "Saya boleh bantu draf surat rayuan kepada Yang Dipertua PIBG. Sertakan salinan MyKad, pengesahan pendapatan atau surat ketua kampung, dan nama serta kelas kedua-dua anak.",
        ),
        ("user", "Anak saya Nur Syuhada (2 Amanah) dan Ahmad Zikri (5 Bestari)."),
        (
            "assistant",
            "Draf: 'Saya, Zainab binti Osman (MyKad 841120-12-5538), ibu tunggal kepada Nur Syuhada (2 Amanah) dan Ahmad Zikri (5 Bestari), dengan hormatnya memohon pengecualian yuran PIBG sesi 2026/2027 atas faktor kewangan...'",
        ),
    ],
    [
        ("system", "You advise class WhatsApp group admins."),
        (
            "user",
            "One dad in our group, Encik Baharuddin bin Saad (019-455 2718), keeps posting political videos even after warnings. Can I just kick him?",
        ),
        (
            "assistant",
            "You can, if the group rules were shared beforehand. Send him a private note first, then remove him and inform the class teacher so he still gets official notices another way.",
        ),
        (
            "user",
            "He also said in the group his wife left him and blamed the school, quite embarrassing. Should I delete that?",
        ),
        (
            "assistant",
            "Yes, delete it to protect his family's privacy, and remind members not to forward screenshots of that message.",
        ),
    ],
]
