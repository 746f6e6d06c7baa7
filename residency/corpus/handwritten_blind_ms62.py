# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms62: sekolah memandu dan lesen JPJ (KPP, ujian, saman, lesen, LKM, pindah milik). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms62
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis sekolah memandu"): _lines("""
        NOTIS: Kelas teori KPP01 minggu ini dipindahkan ke Dewan Seminar Aras 2 kerana kerja pendawaian di bilik kuliah utama. Sila bawa kad pengenalan asal.
        Makluman kepada semua pelatih: Litar latihan ditutup pada 1 Januari 2027 sempena cuti umum. Sesi KPP02 yang terjejas akan dijadualkan semula melalui SMS.
        Pakej Lesen Kereta Manual (D) RM1,650 termasuk KPP01, ujian berkomputer, 16 jam amali dan yuran ujian JPJ. Ansuran 3 bulan tanpa faedah.
        Promosi Hujung Tahun: Pakej motosikal B2 + kereta D hanya RM2,299. Tawaran sah sehingga 31/12/2026 atau selagi kuota masih ada.
        Pelatih yang gagal Bahagian II boleh mendaftar ujian ulangan dengan bayaran RM50 di kaunter; slot akan diberi mengikut kekosongan di litar.
        Waktu operasi kaunter pendaftaran: Isnin–Jumaat 8.30 pagi–5.30 petang, Sabtu 8.30 pagi–1.00 tengah hari. Ahad dan cuti umum tutup.
        Untuk pertanyaan pakej, hubungi pejabat Akademi Memandu Seri Mutiara di 03-8925 4410 atau WhatsApp Business rasmi kami 011-5660 2210 (waktu pejabat sahaja).
        Peringatan: Pelatih wajib memakai kasut bertutup semasa latihan di litar. Selipar dan sandal tidak dibenarkan sama sekali.
        Jadual bas ulang-alik dari Stesen MRT Kajang ke litar: 7.45 pagi, 9.15 pagi dan 1.30 petang. Percuma untuk semua pelatih berdaftar.
        Sesi taklimat ibu bapa bagi pelatih berumur 16 tahun (pakej motosikal B2) akan diadakan pada Sabtu, 12 Disember 2026, jam 10 pagi di Dewan Utama.
        Sekolah Memandu Haji Ramli Sdn Bhd kini membuka cawangan baharu di Seksyen 7, 40000 Shah Alam. Pendaftaran dibuka mulai 4 Januari.
        Keputusan ujian JPJ akan dikemas kini dalam tempoh 24 jam. Pelatih boleh menyemak status melalui aplikasi MyJPJ menggunakan akaun masing-masing.
        Kenderaan latihan baharu: 6 unit Perodua Bezza 1.3 AV untuk kelas DA dan 4 unit Proton Saga 1.3 MT untuk kelas D telah diterima minggu ini.
        Bayaran pakej boleh dibuat melalui DuitNow QR di kaunter atau pindahan ke akaun syarikat Maybank 5140 1233 9804 (AKADEMI MEMANDU SERI MUTIARA SDN BHD). Sila simpan resit.
        Semua jurulatih kami memegang Lesen Jurulatih JPJ yang sah. Aduan berkaitan layanan boleh dihantar ke aduan@smserimutiara.com.my dan akan dijawab dalam 3 hari bekerja.
    """),
    ("ms", "soalan pelatih"): _lines("""
        Berapa lama lesen P perlu dipegang sebelum boleh tukar ke lesen kompeten (CDL)?
        Kalau gagal ujian litar dua kali, kena ambil semula kelas KPP02 ke atau terus boleh booking ujian ulangan?
        Boleh tak guna lesen L untuk bawa kereta sendiri ke tempat kerja kalau ada orang berlesen duduk sebelah?
        Lesen P motosikal tamat bulan depan, perlu buat apa untuk tukar ke CDL? Kena datang JPJ ke boleh buat online?
        Nak tanya, roadtax kereta ayah saya dah mati 3 bulan, boleh renew terus kat MyEG atau kena buat pemeriksaan Puspakom dulu?
        Apa beza lesen DA dengan D? Kalau ambil DA boleh bawa kereta manual tak?
        Ujian berkomputer Bahagian I tu berapa soalan dan berapa markah minimum untuk lulus?
        Saman AES ada diskaun ke kalau bayar awal? Kat mana nak semak saman tertunggak?
        Macam mana nak pindah milik motosikal kalau penjual dah meninggal dunia? Perlu surat kuasa mentadbir ke?
        Boleh ke buat pindah milik kereta melalui aplikasi MyJPJ tanpa pergi kaunter? Kedua-dua pihak kena ada MyDigital ID ke?
        Lesen memandu UK boleh tukar ke lesen Malaysia tak? Dokumen apa yang perlu disediakan?
        Kenapa status lesen saya keluar 'senarai hitam' dalam MyJPJ walaupun rasanya tak pernah kena saman?
        Masa pusingan tiga penjuru, kalau tayar tersentuh kayu sekali terus gagal ke?
        Umur 16 tahun 10 bulan dah boleh daftar kelas KPP01 untuk kereta ke kena tunggu cukup 17?
        Kalau lesen hilang, cukup guna lesen digital dalam MyJPJ je ke atau wajib buat kad gantian?
    """),
    ("ms", "prosedur JPJ"): _lines("""
        Pemegang Lesen Belajar Memandu (LDL) hendaklah memandu kenderaan yang mempamerkan tanda 'L' di hadapan dan belakang serta diiringi pemegang lesen yang sah bagi kelas yang sama.
        Tempoh Lesen Memandu Percubaan (PDL) ialah dua tahun. Pemegang PDL yang mengumpul mata demerit melebihi had yang ditetapkan boleh dibatalkan lesennya.
        Ujian Bahagian II bagi kelas D dijalankan di litar dan merangkumi parkir sisi, pusingan tiga penjuru, mendaki bukit serta laluan S dan Z.
        Pemindahan hak milik kenderaan memerlukan pengesahan biometrik pemilik asal dan pemilik baharu di kaunter JPJ atau pejabat Pos Malaysia yang dibenarkan, kecuali transaksi dalam talian melalui MyJPJ.
        Lesen Kenderaan Motor (LKM) boleh diperbaharui lebih awal sebelum tarikh tamat dengan syarat perlindungan insurans yang sah meliputi keseluruhan tempoh LKM baharu.
        Pemilik kenderaan persendirian warganegara tidak lagi diwajibkan mempamerkan pelekat LKM; paparan LKM digital dalam aplikasi MyJPJ diterima semasa pemeriksaan.
        Mata demerit di bawah sistem KEJARA direkodkan bagi kesalahan tertentu, dan pengumpulan mata melebihi had boleh menyebabkan lesen digantung atau dibatalkan.
        Lesen memandu kompeten boleh diperbaharui bagi tempoh 1 hingga 10 tahun; pemegang lesen GDL dan PSV perlu mengemukakan laporan pemeriksaan perubatan mengikut syarat semasa.
        Saman yang tidak dijelaskan dalam tempoh ditetapkan boleh menyebabkan rekod pemandu dan kenderaan disenaraihitamkan, dan urusan pembaharuan LKM atau lesen tidak dapat diproses.
        Permohonan penukaran lesen memandu asing hendaklah disertakan dengan pengesahan kedutaan atau terjemahan rasmi serta salinan pasport dan pas yang masih sah.
        Jurulatih memandu hendaklah memegang Lesen Jurulatih dan permit yang sah serta memaparkan kad pengenalan jurulatih sepanjang latihan amali.
        Bagi kenderaan yang masih dibiayai, pembatalan Hak Milik Tuntutan oleh syarikat pembiayaan perlu direkodkan sebelum pemindahan hak milik diluluskan.
        Pemohon lesen motosikal kelas B2 mestilah berumur sekurang-kurangnya 16 tahun, manakala pemohon kelas D dan DA mestilah berumur sekurang-kurangnya 17 tahun.
        Calon yang gagal ujian memandu boleh mengulang ujian dengan membayar fi semula dan menghadiri latihan tambahan sekiranya diarahkan oleh institut memandu.
        Kenderaan yang diubah suai tanpa kelulusan, contohnya cermin gelap melebihi had atau ekzos bising, boleh dikenakan notis pemeriksaan dan dilarang digunakan sehingga dibetulkan.
    """),
    ("ms", "templat borang"): _lines("""
        BORANG PENDAFTARAN PELATIH | Nama penuh (seperti dalam MyKad): ____________ | No. MyKad: ______-__-____ | No. telefon: ____________ | Kelas lesen: [ ] B2 [ ] D [ ] DA
        Saya, [NAMA PEMILIK], No. K/P [NO. KAD PENGENALAN], dengan ini memberi kuasa kepada [NAMA WAKIL] untuk menguruskan pembaharuan LKM kenderaan bernombor pendaftaran [NO. PENDAFTARAN] bagi pihak saya.
        Surat Akuan Pindah Milik / Penjual: {nama_penjual} ({no_kp_penjual}) / Pembeli: {nama_pembeli} ({no_kp_pembeli}) / No. Pendaftaran: {no_plat} / No. Casis: {no_casis} / Harga: RM{harga}
        Hi {first_name}, ujian Bahagian II anda dijadualkan pada {tarikh} jam {masa} di {litar}. Sila hadir 30 minit awal dengan lesen L asal. - SM Seri Mutiara
        Kad Kehadiran KPP01 | Nama: ________ | No. Pelatih: ________ | Sesi 1 (3 jam) Tandatangan: ____ | Sesi 2 (3 jam) Tandatangan: ____
        Borang Rayuan Saman | Nombor Notis: ____________ | Tarikh kesalahan: __/__/____ | Alasan rayuan: ______________________ | Lampiran: [ ] Gambar [ ] Resit [ ] Lain-lain
        PERAKUAN PERUBATAN (kegunaan pengamal perubatan) — Saya telah memeriksa ___________ (nama calon) dan mendapati beliau [layak / tidak layak] memandu kenderaan kelas ____.
        Senarai semak pindah milik: (1) Salinan MyKad kedua-dua pihak (2) Geran asal / VOC (3) Pengesahan biometrik (4) Insurans atas nama pembeli (5) Bayaran fi pindah milik.
        SM SERI MUTIARA: Bayaran ansuran ke-<n> sebanyak RM<amaun> telah diterima. Baki tertunggak: RM<baki>. Terima kasih.
        Penyata Kelayakan Ujian | Nama Calon: <<NAMA>> | No. KP: <<NOKP>> | Jumlah jam amali: <<JAM>>/16 | Disahkan oleh jurulatih: <<JURULATIH>>
        Butiran Insurans untuk Pembaharuan LKM | Syarikat insurans: ______ | No. polisi: ______ | Tempoh perlindungan: __/__/____ hingga __/__/____ | NCD: ___%
        {{ pelatih.nama }} — {{ pelatih.kelas }} — Status: {{ 'LULUS' if pelatih.lulus else 'GAGAL' }}
    """),
    ("ms", "log sistem dan rujukan"): _lines("""
        [2026-11-28 09:14:03] INFO booking-svc: kapasiti slot ujian litar TL-03 dikemas kini 24 → 20 (sebab: penyelenggaraan laluan bukit)
        Tiket sokongan #SMSM-20261204-0173 ditutup: pelatih tidak menerima OTP semasa log masuk portal; punca ialah gangguan penyedia SMS pukal.
        Invois INV-2026-11-0458 | Pakej D Manual | Kuantiti 1 | RM1,650.00 | Diskaun RM150.00 | Jumlah RM1,500.00 | Status: DIBAYAR
        Nombor rujukan transaksi MYEG2026120509337421 — pembaharuan LKM berjaya, cetakan pelekat tidak diperlukan.
        PO-KPP-0992: 500 helai borang kehadiran KPP01, 20 kotak kon litar, 12 unit papan tanda 'L'. Hantar ke stor litar, 43000 Kajang.
        Pos Laju ER448120957MY — 40 set buku panduan KPP dari pencetak ke cawangan Seremban, anggaran tiba 9/12.
        commit 3f9a2c1e fix(booking): elak tempahan berganda slot KPP02 apabila butang Sahkan ditekan dua kali
        ERROR 2026-12-02T16:40:22+08:00 payment-gw: callback timeout untuk order ORD-88314207, cubaan semula 3/3, status akhir PENDING
        Laporan harian litar 03/12/2026: 62 calon Bahagian II, 47 lulus, 15 gagal (kadar lulus 75.8%). Kesalahan utama: kayu tersentuh semasa parkir sisi.
        Kod produk PKG-DA-AUTO-2026 dan PKG-B2-D-COMBO dinyahaktifkan dalam sistem POS mulai 1 Januari 2027.
        Nombor siri kon litar CN-TL-0001 hingga CN-TL-0240; 17 unit rosak dihantar untuk penggantian.
        Aplikasi pelatih versi 3.8.2 (build 20261130) kini menyokong paparan lesen digital dan notifikasi saman.
        SHA-256 jadual_ujian_dis2026.xlsx = 9b1e4c77d0a2f5e8c3b6a91d4e7f20c58a13b9d6e2f4071c5a8d3e9b6f2c1a04
        Rujukan aduan ADU/JPJ/WPKL/2026/11/00873 — kelewatan penghantaran kad lesen secara pukal ke institut memandu; status: dalam tindakan.
    """),
    ("ms", "berita dan statistik"): _lines("""
        Menteri Pengangkutan Anthony Loke mengumumkan pada 2023 bahawa pemilik kenderaan persendirian warganegara tidak lagi perlu mempamerkan pelekat cukai jalan.
        Tun Dr. Mahathir Mohamad, ketika menjadi Perdana Menteri, melancarkan kereta nasional pertama Proton Saga pada tahun 1985.
        Statistik: lebih 1.2 juta lesen memandu baharu dikeluarkan tahun lepas, dengan lesen motosikal B2 mencatatkan permintaan tertinggi.
        Kadar lulus percubaan pertama ujian kelas D di Lembah Klang dianggarkan sekitar 68 peratus menurut data industri institut memandu.
        Persatuan institut memandu menggesa kerajaan menyemak semula siling yuran kursus memandu susulan kenaikan kos bahan api dan penyelenggaraan kenderaan latihan.
        Operasi khas JPJ sempena musim perayaan mengeluarkan 14,520 notis, termasuk bagi kesalahan memandu tanpa lesen dan LKM tamat tempoh.
        Kempen diskaun saman 50 peratus akan berlangsung sehingga akhir Disember bagi notis yang dikeluarkan sebelum tahun 2025.
        Jalan Tuanku Abdul Rahman akan ditutup sementara pada hujung minggu ini; kenderaan latihan sekolah memandu di sekitar Chow Kit diminta menggunakan laluan alternatif.
        Calon lesen GDL di Johor Bahru boleh mendapatkan pemeriksaan perubatan di klinik swasta berdaftar atau Hospital Sultanah Aminah mengikut temu janji.
        Data MIROS menunjukkan penunggang motosikal berusia 16 hingga 25 tahun mewakili bahagian terbesar kematian jalan raya di negara ini.
        Harga purata pakej lesen kereta manual di Selangor meningkat kepada RM1,600–RM1,900 pada 2026 berbanding RM1,300–RM1,500 lima tahun lalu.
        Kaunter JPJ di UTC Pudu kini dibuka sehingga 10 malam setiap hari untuk urusan pembaharuan lesen dan LKM.
    """),
    ("en", "faq"): _lines("""
        How long is a Malaysian probationary driving licence (P licence) valid before it can be converted to a competent driving licence?
        Can a foreigner on an employment pass convert a home-country driving licence to a Malaysian one, and which documents does JPJ ask for?
        Tip: during the hill start, keep the handbrake on until you feel the clutch bite; rolling back is an automatic fail.
        Road tax (LKM) renewal needs valid motor insurance first; most insurers renew both in a single transaction on their portals.
        If you sell your car privately, make sure the ownership transfer is completed, otherwise summonses on the car may still reach the old owner.
        What happens if my learner's licence (LDL) expires before I pass the road test? Do I need to redo KPP01?
        The computer-based theory test has 50 multiple-choice questions and you need at least 42 correct answers to pass.
        Does the digital licence in the MyJPJ app count as valid proof if I'm stopped at a roadblock without my physical card?
        Package comparison: manual D RM1,650 (16 hrs), auto DA RM1,890 (16 hrs), B2 motorcycle RM620. Prices exclude JPJ retest fees.
        Reminder for instructors: log every practical session in the KPP system on the same day; sessions logged late may not be counted.
        For licence enquiries call the JPJ careline at 03-8000 8000 or visit the nearest UTC counter.
    """),
    ("mixed", "chat kumpulan"): _lines("""
        Guys esok litar tutup sebab forecast hujan lebat, jurulatih kata reschedule minggu depan. Check SMS ya
        Anyone tahu MyJPJ app down ke? Dari pagi tak boleh login, asyik keluar 'session expired'
        Tips parkir sisi: bila cermin sisi kiri sejajar tiang kedua, pusing stereng penuh ke kiri. Works for me 😂
        FYI saman AES boleh check kat portal JPJ, saman polis pula kat MyBayar PDRM. Dua-dua lain tau, don't confuse.
        Admin, pakej combo B2+D tu still ada promo tak for December?
        Dah lulus Bahagian I 45/50 alhamdulillah 🙏 next step KPP02, wish me luck semua
        Reminder: bawa IC asal + lesen L on test day, photocopy tak diterima. Jangan lupa pakai kasut ya
        Renew roadtax kat Pos Malaysia boleh bayar guna kad debit tak? Or cash only?
        Bro siapa ada pengalaman pindah milik moto guna MyJPJ? Berapa lama baru approve?
        Insurans + roadtax Myvi 1.5 tahun ni around RM580 je kalau NCD 55%. Not bad
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        PENDAFTARAN PELATIH | NAMA: MUHAMMAD AIMAN HAKIMI BIN ROSLAN | NO. MYKAD: 070314-10-1493 | KELAS: D | PAKEJ: Manual 16 jam | TEL: 013-482 7715
        Salam cikgu, saya Nur Syafiqah binti Kamarul, nak tanya slot ujian Bahagian II saya 18 Dis tu boleh tukar tak? Hari tu saya ada kertas SPM.
        Senarai calon ujian litar 08/12/2026 (Sesi Pagi): 1. TAN WEI JIE – DA – 080127-14-7681 / 2. SITI AISYAH BINTI MOHD NOOR – D – 050719-08-3700 / 3. RAVINDRAN A/L MUNUSAMY – B2 – 040229-13-7259
        Saya LIM CHEE KEONG, No. K/P 780905-07-8239, pemilik kenderaan PKR 5520 (Proton Persona), bersetuju menjual kenderaan tersebut kepada ANG SIEW LING pada harga RM18,500.
        Jurulatih Encik Zulkifli bin Hassan tidak hadir 3 kali berturut-turut pada sesi KPP02 tanpa notis; pelatih terpaksa menunggu lebih sejam. Tindakan: surat amaran.
        Saman JPJ bagi kenderaan VBN 7731 milik Puan Rohana binti Ismail belum dijelaskan; rekod akan disenaraihitamkan jika tidak dibayar sebelum 31/12.
        kak ni ic adik sy 080909-05-3356 utk daftar kelas moto B2, nama dia nurul izzati. tel sy 017-332 2908
        Pelatih KUMAR A/L SUPPIAH (K/P 030115-04-9903) gagal ujian Bahagian III pada 02/12/2026 kerana tidak memberi isyarat semasa menukar lorong. Ujian ulangan: 16/12/2026.
        Bayaran pakej DA: NG MEI XUAN, RM1,890, pindahan Maybank dari akaun 1640 2291 7085, diterima 01/12/2026.
        Rayuan: Saya Hafiz bin Abdullah memohon pengurangan saman AES bagi kenderaan WTR 4821 kerana pada masa itu saya menghantar isteri yang hendak bersalin ke Hospital Ampang.
        Maklumat kecemasan pelatih: Amirul Hakim bin Saiful (16 thn) – penjaga: Saiful Bahri bin Othman (bapa), 019-772 4150. Pelatih menghidap asma, inhaler dalam beg.
        Pindah milik Yamaha Y15ZR no. plat KEF 3391: penjual Mohd Faizal bin Ahmad (690417-02-5033), pembeli Muhammad Danish bin Mohd Faizal (anak penjual).
        Lesen P Chong Jia Hui tamat 14 Jan 2027, dah ingatkan dia untuk tukar ke CDL. Kalau tak jawab, call 016-219 8843.
        Log jurulatih 05/12: 2 jam amali jalan raya bersama pelatih Aishwarya a/p Ganesan, masih gementar di bulatan, perlu latihan tambahan sebelum ujian.
        RESIT: Diterima daripada WONG KAR MUN (K/P 830611-10-6598) sebanyak RM90.00 bagi pembaharuan LKM kenderaan BKL 6602 untuk tempoh 12 bulan.
        cikgu, adik saya Farah Nadhirah binti Azman dah 3 kali gagal ujian bukit, dia tertekan sangat sampai tak nak pergi kelas. boleh bagi sesi tambahan x?
        Pemohon: DAYANG NURFARAHIN BINTI AWANG JAMIL | No. MyKad: 060821-12-6566 | Alamat: Lot 142, Kampung Likas, 88400 Kota Kinabalu, Sabah | Kelas: B2, D
        Makluman: Pelatih bernama Haziq, Tingkatan 5 SMK Bandar Baru Bangi, yang memakai jaket merah semalam tertinggal telefon di litar. Sila tuntut di kaunter.
        En. Rajesh s/o Krishnan, Honda City WXQ 2209 anda telah lulus pemeriksaan Puspakom; sila ambil laporan di kaunter sebelum urusan pindah milik.
        Assalamualaikum, sy Puan Norliza, mak kpd Iqbal Hakimi (pelatih DA). Boleh sy bayar baki RM600 guna kad 4556 1846 9142 6243 exp 08/28?
        Tiket #SMSM-20261201-0092 | Pelanggan: Lee Soo Yin | Isu: akaun MyJPJ tidak paparkan keputusan ujian sejak 28/11 | Tel: 012-608 4471
        Senarai hitam: No. K/P 901201-14-8051 (MOHD RIDZUAN BIN KASSIM) – 4 saman tertunggak berjumlah RM1,200. Lesen CDL tidak boleh diperbaharui sehingga dijelaskan.
        Aduan: Pelatih Ahmad Syukri bin Ramlan memaki jurulatih wanita semasa sesi di litar pada 30/11. Dicadangkan sesi seterusnya digantung.
        Tahniah kepada Nurin Batrisyia binti Zainal dari SMK Seri Serdang kerana lulus ujian JPJ kelas D dengan sekali cuba! 🎉
        Permohonan ganti lesen hilang: YAP SZE HUI, K/P 811030-14-2832, dompet dicuri di Cheras pada 22/11, laporan polis dilampirkan.
        Tarikh ujian semula Cik Tharshini d/o Ravi ditunda kerana beliau dimasukkan ke wad akibat demam denggi. Sijil cuti sakit telah diterima.
        Geran (VOC) | Pemilik berdaftar: HALIMAH BINTI YUSOF | No. K/P: 750328-01-7432 | No. Pendaftaran: JQM 4418 | Model: Perodua Myvi 1.5 AV | Tarikh daftar: 12/03/2019
        kak nak tanya lesen L saya dah tamat 2 minggu lepas, boleh sambung lagi ke? nama Nadia binti Hamdan, ic 071003-11-4562
        Jadual amali Sabtu: 8.00–10.00 Ezra Fernandez (D) / 10.00–12.00 Melissa de Souza (DA) / 2.00–4.00 Hariz Iskandar bin Jamal (D). Jurulatih: Cikgu Rosli.
        Penjual kereta: Encik Chandran a/l Periasamy, 011-2345 9087, alamat 27 Jalan SS 2/64, 47300 Petaling Jaya. Menunggu pembeli buat biometrik.
        Bayaran saman FPX | Pembayar: ONG KAH WAI | Bank: CIMB | Akaun: 7012445581 | Notis: JPJ/AWAS/2026/118430 | Amaun: RM150.00
        Pertukaran alamat lesen: Puan Salmah binti Idris dari No. 8, Lorong Mawar 3, Taman Sri Rambai, 14000 Bukit Mertajam ke No. 21, Jalan Kenanga 5, Taman Desa Jaya, 09000 Kulim.
        Pelatih Jason Lau (IG @jasonlau.drives) minta rakaman video sesi ujian dia untuk dimuat naik; sudah dimaklumkan tidak dibenarkan.
        Ingatan: Insurans dan LKM Honda Jazz WYK 9134 milik Cik Priya a/p Subramaniam tamat 19/12/2026. Sebut harga pembaharuan RM742.60 (NCD 38.33%).
        Borang pelatih OKU: SHARIFAH AQILAH BINTI SYED HASHIM, K/P 080214-07-5538, pekak separa dan memakai alat bantu pendengaran; perlukan jurulatih yang faham bahasa isyarat.
        Perjanjian jual beli kenderaan terpakai / Penjual: NORAZLAN BIN MAT ZIN (051111-15-7175) / Pembeli: CHEAH YI LING / Kenderaan: Honda RS-X 150, BQS 7730 / Harga: RM6,800
        Rekod KEJARA: pemandu P Mohd Hazwan bin Jalil telah mengumpul 12 mata demerit; lesen percubaan dibatalkan berkuat kuasa 10/12/2026.
        Pak Cik Ramli dari Kampung Batu 5, Sungai Besar yang kerja lori ikan tu dah 3 bulan bawa lori tanpa lesen GDL sah, anak dia sendiri cerita kat kelas.
    """),
    "en": _lines("""
        Foreign licence conversion – applicant: GEMMA RICHARDSON, UK passport 538912746, employment pass holder, address: Unit 12-3, Residensi Sentral, Jalan Tun Sambanthan, 50470 Kuala Lumpur.
        Hi, Marcus Tan here – please enrol my son Ethan Tan Jun Kai (IC 070422-09-1423) in the DA package, he finishes SPM on 10 Dec. Reach me at +60 12-887 3106.
        Instructor note: Karen Oliveiro (auto class) panics on the highway on-ramp and has a visible hand tremor; suggested she see her GP about anxiety before the road test.
        Registration (JB branch): LIM HUI MIN, Singapore NRIC S9934518G, Malaysian address 15 Jalan Harimau 3, Taman Century, 80250 Johor Bahru, class DA.
        Complaint from Mr Daniel Pereira (daniel.pereira88@gmail.com): the instructor shouted at his daughter Sophia during the KPP02 session on 27 Nov; he requests a refund of the remaining hours.
        Transfer of ownership pending: seller Sarah Wong Pei Ling, buyer Arjun Nair s/o Vijayan, vehicle WVF 3382 (Toyota Vios). Buyer's biometrics done 3 Dec, seller overseas until 20 Dec.
        Refund approved for Aaron Joseph D'Cruz – withdrew from the D package after his father's stroke; RM820 to be credited within 14 working days.
    """),
    "mixed": _lines("""
        bro aku Hakim, plate kereta aku VJD 5108, kena saman AES kat highway Kajang RM300. ada diskaun tak sekarang?
        Hi admin, nak confirm booking KPP01 Sabtu ni for my daughter Chloe Ng Xin Yi, contact me 012 557 9013 ya. Thanks!
        FYI guys, Shafiq bin Rahman batch Oktober kena tangkap bawa kereta tanpa lesen last week, lesen L dia kena gantung. Jangan ikut perangai 😬
        Payment received ✅ Nama: Goh Siew Ping | Amount: RM1,200 | DuitNow dari 016-778 2304 | Balance RM690
        @Cikgu Azman sorry lambat, Irfan Danial (DA batch Nov) sini, tayar Axia ABW 2671 pancit on the way, sampai dalam 20 min
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Akademi Memandu Seri Mutiara. Bantu pelatih mendaftar dan menjawab soalan tentang pakej.",
        ),
        (
            "user",
            "Salam, nak daftar kelas kereta auto DA. Nama saya Nur Aina Sofea binti Razak, IC 071230-03-8414.",
        ),
        (
            "assistant",
            "Waalaikumussalam Nur Aina Sofea. Terima kasih. Boleh berikan nombor telefon untuk kami hantar jadual KPP01?",
        ),
        (
            "user",
            "011-6128 3390. Saya duduk Kota Bharu tapi nak ambil kelas masa cuti sekolah kat cawangan Kajang, tinggal rumah makcik.",
        ),
        (
            "assistant",
            "Baik, pendaftaran anda direkodkan untuk cawangan Kajang. Slot KPP01 terdekat ialah 19 dan 20 Disember.",
        ),
    ],
    [
        (
            "user",
            "Saya nak semak saman untuk kereta TBE 4410, atas nama Wan Ahmad Zaki bin Wan Ismail. Rasanya ada 2 saman AES.",
        ),
        (
            "assistant",
            "Anda boleh menyemak dan membayar saman AES melalui aplikasi MyJPJ atau portal JPJ. Adakah anda pemilik berdaftar kenderaan tersebut?",
        ),
        (
            "user",
            "Ya saya. Masalahnya bulan depan nak renew roadtax, takut kena blacklist sebab saman ni.",
        ),
        (
            "assistant",
            "Jika saman dijelaskan sebelum pembaharuan, rekod senarai hitam biasanya dikemas kini dalam masa 1 hingga 3 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "Saya nak jual motosikal Honda Wave BPL 2290 kepada kawan. Saya Loh Kai Xiang, ic 080508-06-9291.",
        ),
        (
            "assistant",
            "Untuk pindah milik, kedua-dua pihak perlu pengesahan biometrik atau menggunakan MyJPJ dengan MyDigital ID. Motosikal ini masih dalam pembiayaan?",
        ),
        ("user", "Tak, dah habis bayar. Pembeli nama Kavitha a/p Muthu, dia duduk Taman Melawati."),
    ],
    [
        (
            "user",
            "Saya nak buat aduan. Anak saya Aleeya Humaira, pelajar Tingkatan 5 SMK Taman Melati, ambil kelas D di sekolah memandu ni.",
        ),
        ("assistant", "Maaf atas kesulitan. Boleh puan terangkan apa yang berlaku?"),
        (
            "user",
            "Jurulatih lelaki yang dia panggil Abang Joe tu selalu mesej dia lewat malam bukan pasal kelas. Dia takut nak pergi sesi Sabtu ni.",
        ),
        (
            "assistant",
            "Perkara ini serius. Kami akan menukar jurulatih serta-merta dan merujuk aduan kepada pengurusan. Boleh puan berikan nombor untuk dihubungi?",
        ),
        ("user", "013-905 6624, saya Puan Hasnah."),
    ],
    [
        (
            "user",
            "Ayah saya Ramasamy a/l Velu, umur 68, pemandu lori. Lesen GDL dia nak tamat Januari ni.",
        ),
        (
            "assistant",
            "Untuk pembaharuan GDL, laporan pemeriksaan perubatan diperlukan. Adakah beliau mempunyai sebarang masalah kesihatan?",
        ),
        (
            "user",
            "Dia ada kencing manis dan baru buat pembedahan katarak mata kiri bulan lepas. IC dia 580723-08-5137.",
        ),
        (
            "assistant",
            "Sila dapatkan laporan doktor yang mengesahkan tahap penglihatan selepas pembedahan sebelum membuat pembaharuan di kaunter JPJ.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Thomas Brennan, Irish, working in KL on an employment pass. I want to convert my Irish licence.",
        ),
        (
            "assistant",
            "You will need your passport, a valid pass, your original licence and an embassy verification letter. Shall I list the steps?",
        ),
        (
            "user",
            "Yes please. Passport is PX4418273, licence expires 2029. Send the checklist to tom.brennan.kl@outlook.com",
        ),
        (
            "assistant",
            "Sure, I will send the checklist to that address. Please also bring a copy of your employment pass to the JPJ counter.",
        ),
    ],
    [
        ("user", "Saya dah tarik diri dari pakej D, nak minta refund baki RM700."),
        (
            "assistant",
            "Permohonan refund boleh diproses. Sila berikan nama penuh dan butiran akaun bank untuk pindahan.",
        ),
        (
            "user",
            "Siti Hajar binti Mansor, Maybank 1572 6630 8841. Saya tarik diri sebab baru kena buang kerja, tak mampu nak teruskan.",
        ),
        ("assistant", "Terima kasih Puan Siti Hajar. Refund akan diproses dalam 14 hari bekerja."),
    ],
    [
        (
            "user",
            "Cikgu, saya Nabila Huda binti Khairul, pelatih DA batch September. Ujian JPJ saya 15 Disember.",
        ),
        ("assistant", "Hai Nabila. Ada apa yang boleh dibantu berkenaan ujian tersebut?"),
        (
            "user",
            "Saya mengandung 7 bulan, doktor nasihat jangan duduk lama dalam kereta panas. Boleh tunda ujian ke bulan Mac?",
        ),
        (
            "assistant",
            "Boleh. Sila kemukakan surat doktor dan kami akan memohon penjadualan semula dengan JPJ.",
        ),
    ],
    [
        ("user", "Lesen saya hilang. Boleh hantar kad gantian ke rumah?"),
        (
            "assistant",
            "Boleh, melalui pos. Sila sahkan nama penuh, nombor MyKad dan alamat surat-menyurat.",
        ),
        (
            "user",
            "PUTERI BALQIS BINTI MEGAT ARIFF, 060109-10-3048, No. 33 Jalan Delima 2/4, Taman Delima, 43200 Cheras, Selangor.",
        ),
        (
            "assistant",
            "Terima kasih. Kad gantian akan dipos ke alamat tersebut dalam tempoh 7 hingga 10 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "tolong check insurance + roadtax Saga saya WB 8812 G, expire 2 Jan. nama owner Ahmad Fauzi bin Hamid",
        ),
        (
            "assistant",
            "Baik. Untuk sebut harga, boleh berikan nombor MyKad pemilik atau nombor polisi semasa?",
        ),
        (
            "user",
            "ic 940504-12-8780 tu bini aku punya, kereta atas nama aku tapi insurance dulu dia yang bayar. aku punya lupa",
        ),
        (
            "assistant",
            "Untuk sebut harga insurans, nombor MyKad pemilik berdaftar diperlukan. Sila semak kad pengenalan Encik Ahmad Fauzi dan hantar semula.",
        ),
    ],
    [
        ("system", "You help driving instructors draft formal letters in Malay."),
        (
            "user",
            "Draf surat amaran kepada pelatih Daniel Hakimi bin Suhaimi (K/P 070815-01-3543). Dia datang sesi 28/11 dalam keadaan berbau arak dan enggan menjalani ujian alat pernafasan.",
        ),
        (
            "assistant",
            "Berikut draf: 'Tuan, adalah dimaklumkan bahawa pada 28/11/2026 tuan telah hadir ke sesi latihan dalam keadaan yang meragukan...'",
        ),
        (
            "user",
            "Ok, tambah yang ini amaran terakhir dan salinan kepada bapa dia, Encik Suhaimi bin Daud.",
        ),
    ],
]
