# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms104: Bahasa Melayu asrama pelajar dan kolej kediaman universiti. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms104
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kolej"): _lines("""
        NOTIS: Bekalan air di Blok A hingga D Kolej Kediaman Tun Perak akan terganggu pada 14 Januari 2027, 9.00 pagi hingga 5.00 petang kerana kerja-kerja penyelenggaraan tangki. Penghuni dinasihatkan menyimpan air secukupnya.
        Makluman: Pendaftaran masuk kolej bagi pelajar baharu Semester I Sesi 2026/2027 akan diadakan di Dewan Seri Mutiara pada 4 Oktober 2026, 8.00 pagi hingga 1.00 petang. Sila bawa slip tawaran dan salinan kad pengenalan.
        Pemeriksaan kebersihan bilik (spot check) akan dijalankan secara mengejut oleh pihak kolej sepanjang minggu ke-7. Bilik yang gagal mencapai markah 60% akan dikenakan tindakan mengikut Peraturan 12.
        HEBAHAN: Program Gotong-royong Perdana Kolej Kediaman Za'ba, Sabtu 8.00 pagi, berkumpul di dataran Blok C. Kehadiran diambil kira untuk mata merit kolej.
        Notis pengosongan bilik: Semua penghuni dikehendaki mengosongkan bilik selewat-lewatnya 12.00 tengah hari, 21 Februari 2027. Kunci hendaklah dipulangkan ke kaunter pejabat kolej. Barang yang ditinggalkan akan dilupuskan selepas 7 hari.
        Lif Blok E tidak beroperasi mulai hari ini sehingga notis selanjutnya. Kontraktor dijangka selesai kerja pembaikan dalam tempoh 10 hari bekerja. Harap maaf atas kesulitan.
        Perhatian: Kes kecurian kasut dan bungkusan (parcel) di rak tingkat bawah semakin meningkat. Penghuni diingatkan agar tidak meninggalkan barang berharga di luar bilik dan mengambil parcel secepat mungkin.
        Waktu operasi kafeteria kolej sepanjang bulan Ramadan: moreh 5.00 petang - 7.30 petang, sahur 3.30 pagi - 5.00 pagi. Kafeteria ditutup pada waktu siang.
        Semburan kabus (fogging) anti-Aedes akan dijalankan di kawasan Kolej Kediaman Keempat pada hari Khamis, 6.30 petang. Sila tutup tingkap dan alihkan pakaian dari ampaian luar.
        Pelajar yang ingin menetap di kolej semasa cuti semester wajib mengisi borang permohonan dalam talian sebelum 10 Januari. Caj RM8.00 sehari dikenakan dan penghuni akan ditempatkan semula di Blok B sahaja.
        Mesyuarat Agung Jawatankuasa Kebajikan Penghuni (JKP) kali ke-31 akan diadakan pada 19 November 2026, 9.00 malam di Bilik Seminar Kolej. Semua penghuni dijemput hadir.
        Makluman gangguan Wi-Fi: Pelayan rangkaian eduroam kolej akan dinaik taraf pada 2 Disember 2026 dari 12.00 tengah malam hingga 6.00 pagi.
        Kunci bilik yang hilang: caj penggantian RM50 bagi setiap kunci dan RM120 bagi kad akses. Sila buat laporan di kaunter dalam tempoh 24 jam.
        Pintu pagar utama kolej ditutup pada jam 12.00 tengah malam. Pelajar yang pulang lewat wajib merekod masa masuk di pondok pengawal dan menunjukkan kad matrik.
        Hari Terbuka Kolej: ibu bapa dan penjaga dibenarkan masuk ke kawasan blok kediaman pada 11 Oktober 2026 dari 10.00 pagi hingga 4.00 petang sahaja. Pelawat lelaki tidak dibenarkan naik ke blok perempuan pada masa lain.
        Talian Kecemasan Unit Keselamatan Kampus (24 jam): 03-8921 5555 | Pejabat Kolej: 03-8921 6240 (Isnin-Jumaat, 8.00 pagi - 5.00 petang) | Talian Kasih: 15999
    """),
    ("ms", "peraturan_asrama"): _lines("""
        Peraturan 4.2: Penghuni dilarang memasak di dalam bilik. Penggunaan periuk nasi elektrik, cerek, dapur induksi dan pemanas air adalah dilarang sama sekali.
        Peraturan 7.1: Pelawat berlainan jantina tidak dibenarkan memasuki bilik penghuni pada bila-bila masa. Kesalahan pertama: denda RM100; kesalahan kedua: dirujuk kepada Jawatankuasa Tatatertib Pelajar.
        Merokok dan penggunaan vape di dalam kawasan kolej kediaman adalah kesalahan di bawah Kaedah-Kaedah Universiti (Tatatertib Pelajar) dan boleh menyebabkan penghuni diusir dari kolej.
        Penempatan di kolej kediaman bagi tahun kedua dan seterusnya adalah berdasarkan mata merit kokurikulum (minimum 40 mata) dan keutamaan diberi kepada pelajar B40 serta pelajar OKU.
        Pertukaran bilik hanya dibenarkan dalam tempoh dua minggu pertama semester dengan kelulusan Pengetua. Pertukaran tanpa kebenaran akan menyebabkan kedua-dua penghuni dikenakan tindakan.
        Kerosakan harta benda kolej akibat kecuaian penghuni hendaklah ditanggung oleh penghuni berkenaan mengikut kos sebenar pembaikan.
        Penghuni wajib mendaftar kenderaan (motosikal atau kereta) dengan Bahagian Keselamatan dan mempamerkan pelekat yang sah. Kenderaan tanpa pelekat akan dikunci rodanya.
        Haiwan peliharaan termasuk kucing tidak dibenarkan dibawa masuk atau diberi makan di dalam blok kediaman.
        Seksyen 3: Pihak kolej berhak memeriksa mana-mana bilik dengan kehadiran sekurang-kurangnya dua orang pegawai tanpa notis awal sekiranya terdapat syak munasabah berlakunya kesalahan.
        Tempoh bertenang (quiet hours) adalah dari 11.00 malam hingga 7.00 pagi. Aktiviti yang menimbulkan bunyi bising seperti karaoke dan bermain gitar tidak dibenarkan.
        Penggunaan peralatan elektrik yang melebihi 500W di dalam bilik memerlukan kebenaran bertulis daripada pejabat kolej. Pengecas telefon, komputer riba dan kipas meja dibenarkan.
        Pelajar yang digantung pengajian secara automatik kehilangan hak penempatan dan mesti mengosongkan bilik dalam tempoh 72 jam.
        Deposit kolej sebanyak RM200 akan dipulangkan dalam tempoh 60 hari selepas keluar, setelah ditolak sebarang caj kerosakan atau tunggakan.
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG PERMOHONAN KOLEJ KEDIAMAN | Nama Penuh: ____________ | No. Kad Pengenalan: ______-__-____ | No. Matrik: ________ | Fakulti: ________ | Tahun Pengajian: ___ | Pilihan Kolej 1: ______ 2: ______
        Borang Aduan Kerosakan | Blok: ___ Aras: ___ No. Bilik: ___ | Jenis kerosakan: [ ] Elektrik [ ] Paip [ ] Perabot [ ] Pintu/Kunci [ ] Lain-lain | Tandatangan penghuni: ________
        SURAT AKUAN PENGHUNI: Saya, [NAMA PENUH], No. KP [NO. KP], dengan ini mengaku akan mematuhi segala peraturan kolej kediaman sepanjang tempoh penempatan saya.
        Maklumat Waris Untuk Dihubungi Semasa Kecemasan | Nama: {nama_waris} | Hubungan: {hubungan} | No. Telefon: {telefon_waris}
        Templat mesej WhatsApp: "Salam {nama}, permohonan bilik anda untuk Sesi {sesi} telah {status}. Sila semak portal untuk maklumat lanjut. - Pejabat Kolej"
        BORANG KELUAR OUTING/BERMALAM | Nama: ______ | No. Bilik: ______ | Tarikh keluar: __/__/____ | Tarikh pulang: __/__/____ | Destinasi: ______ | No. tel waris: ______ | Cop warden: ______
        Surat Rayuan Penempatan (contoh format): Kepada Pengetua Kolej ... | Perkara: RAYUAN PENEMPATAN SEMULA SESI 2026/2027 | 2. Saya memohon pertimbangan atas sebab-sebab berikut: (nyatakan sebab kesihatan/kewangan/jarak) ...
        Senarai semak daftar masuk: [ ] Slip tawaran kolej [ ] Resit bayaran yuran [ ] 2 keping gambar berukuran pasport [ ] Salinan MyKad [ ] Surat akuan penghuni yang ditandatangani
        Borang Pemulangan Deposit | Nama pemegang akaun: ________ | Nama bank: ________ | No. akaun: ________ | *Akaun mestilah atas nama pelajar sendiri.
        Format nama fail: NOMATRIK_NAMAPENUH_RAYUAN.pdf (contoh: AXXXXXX_NAMAANDA_RAYUAN.pdf). Saiz maksimum 2MB.
        Borang Laporan Insiden | Tarikh & masa: ____ | Lokasi: ____ | Pihak terlibat: ____ | Saksi: ____ | Ringkasan kejadian: ____ | Dilaporkan oleh (felo/pengawal): ____
        Sijil Penghargaan - Diberikan kepada ______________________ atas sumbangan sebagai AJK Jawatankuasa Kebajikan Penghuni Sesi 2025/2026.
    """),
    ("mixed", "kumpulan_whatsapp"): _lines("""
        [JKP Blok C] Reminder semua: esok air takde from 9am to 5pm, pls tadah air dalam baldi malam ni ok 🙏
        guys mesin basuh no 3 kat dobi aras 2 rosak, duit masuk tapi tak jalan. jangan guna dulu, dah report kat pejabat
        Sesiapa jumpa kunci motor Honda dengan keychain Doraemon kat surau tolong hantar kaunter ya, tq
        ada sape nak share grab pi KL Sentral jumaat ni pukul 2 petang? bahagi 4 lagi murah
        Admin: Tolong jangan spam sticker dalam group ni. Group ni untuk info rasmi kolej je. Nak sembang buat group lain 😅
        wifi blok D slow gila since semalam, ada sape dah report? ke router je hang
        Info: Kafe kolej ada nasi lemak ayam goreng RM6 pagi ni, harga pelajar. Habis cepat so pegi awal
        Hi all, the fogging is at 6.30pm today, please close your windows and bring in your clothes from the ampaian 🦟
        Nak tanya, form permohonan kolej untuk sem depan dah buka ke belum? Link portal tak boleh access la
        Official reply: Portal penempatan akan dibuka 3 Mac 2027, 10.00 pagi. Sila guna pelayar Chrome atau Firefox. Jangan submit lebih daripada sekali.
        Tonight 9pm kita tengok live Lee Zii Jia main final kat TV room blok A, bawak kerepek sendiri 🏸🇲🇾
        lif blok E rosak lagi 🙄 naik tangga sampai aras 9 dengan barang, penat weh
        Sape2 yg letak periuk nasi dlm bilik, simpan elok2, esok ada spot check katanya
        Pesanan JKP: Karnival Sukan Antara Blok, daftar sebelum Ahad. Setiap blok hantar 1 pasukan futsal dan 1 pasukan bola tampar.
        anyone ada extension wire spare? nak pinjam for tonight je, tomorrow i pulang
        bro sapa yg selalu parking kereta depan pintu lif tu, tolong la, lori sampah tak boleh masuk pagi tadi
    """),
    ("ms", "tiket_kerosakan"): _lines("""
        Tiket #KK4-2026-011873 | Blok B, Aras 3, Bilik B-3-14 | Kategori: Paip | Sinki tersumbat, air bertakung | Status: Selesai 12/11/2026 | Tindakan: Unit Penyelenggaraan
        ADUAN-260915-0442: Lampu koridor Aras 5 Blok F berkelip dan 3 batang mati. Keutamaan: Sederhana. Dijadualkan 17/09/2026.
        No. Tiket 0018823476 | Penghawa dingin bilik TV tidak sejuk, kod ralat E4 | No. aset: UKM/KK5/AC/00231 | Kontraktor dipanggil.
        Work order WO-88120: tukar kepala paip bilik air lelaki Aras 2 Blok D, 2 unit. Kos alat ganti RM46.80. Tutup.
        Tiket 2026/KTF/07719 - Tingkap bilik tidak boleh ditutup rapat, engsel patah. Lokasi: Blok A Aras 1. Status: Menunggu alat ganti (ETA 14 hari).
        Log rondaan 02:15 - pintu kecemasan tangga barat Blok C didapati terbuka, ditutup semula oleh pengawal. Tiada kejadian lain.
        Ringkasan aduan bulan Oktober 2026: elektrik 41, paip 63, perabot 28, pintu/kunci 19, serangga 12. Purata masa penyelesaian 3.4 hari.
        Aduan #55219 ditutup secara automatik kerana tiada maklum balas penghuni dalam tempoh 7 hari. Sila buka aduan baharu jika masalah berulang.
        Kerosakan: Katil bertingkat (bunk bed) palang tengah bengkok | Bilik C-2-08 | No. siri katil KB-0619-2231 | Ganti baharu.
        Siling bocor di bilik stor Aras 9 Blok E selepas hujan lebat 03/12/2026. Air masuk ke pendawaian lampu. Bekalan elektrik aras diputuskan sementara.
        Tiket 7746-KR | Kunci pintu bilik rosak, penghuni tidak dapat masuk | Tindakan: tukang kunci dipanggil, silinder kunci ditukar | Caj: Tiada (haus biasa)
        Kawalan serangga: Sarang tebuan di siling luar Blok G Aras 4 dimusnahkan oleh Bomba pada 22/10/2026. Kawasan dibuka semula.
        Status tiket boleh disemak di portal eHostel > Aduan Saya. Tiket yang berstatus 'Dalam Tindakan' lebih 14 hari akan dinaikkan kepada Pejabat Pembangunan.
        Meter air Blok H No. siri 0172 5538 91 rosak, bacaan tidak bergerak. Dilaporkan kepada Air Selangor, No. rujukan aduan AS-2611-774120.
    """),
    ("en", "faq_nasihat"): _lines("""
        How do I apply for a room change after the first two weeks of semester? You need a written appeal to the college principal with supporting documents, e.g. a medical report or a report from the duty fellow.
        Is it safe to leave my laptop charging overnight in the hostel room? Tips: use the original charger, don't charge it on the mattress, and switch off the plug point when you go to class.
        What should I do if my roommate keeps bringing outsiders into the room? Talk to them first; if it continues, report it to the duty fellow anonymously through the eHostel portal.
        International students: your student pass must be valid for the whole residential period. Renewals are handled by the International Office, not the college office.
        Can I keep a small fridge in my room? Mini fridges under 100W are allowed in most colleges with a RM10 monthly electricity charge; check your college's rules first.
        Tips for first-year students moving into a kolej kediaman: bring a bucket and gayung, an extension cord with surge protection, a padlock for your locker, and slippers for the bathroom.
        If you lose your room key card after office hours, go to the guard post; they can let you in after checking your student card against the residents' list.
        Mental health support: the university counselling unit offers free, confidential sessions. You can also call Befrienders KL at 03-7627 2929, available 24 hours.
        Why was my deposit refund less than RM200? Deductions usually cover unreturned keys, damage charges, or outstanding cleaning fees listed in your checkout inspection.
        How are merit points counted for room placement? Typically: college programmes 2-5 points each, committee roles 10-15 points, university-level events up to 20 points.
        Q: Can my parents stay overnight in my room when they visit? A: No. Family members must leave by 10pm; the college guest house can be booked for overnight stays.
        What's the difference between a kolej kediaman and a private off-campus hostel? Kolej fees are subsidised and include merit-based activities, while private hostels charge market rent.
    """),
    ("ms", "yuran_kewangan"): _lines("""
        Kadar yuran kolej kediaman Sesi 2026/2027: Bilik seorang RM5.50/hari, bilik berkongsi RM3.50/hari, bilik berhawa dingin RM9.00/hari. Yuran dikenakan bagi 126 hari setiap semester.
        Bayaran yuran kolej boleh dibuat melalui JomPAY, Kod Biller 68221, Ref-1: No. Matrik anda. Resit akan dikemas kini dalam masa 3 hari bekerja.
        Invois INV-KK-2026-004812 | Penerangan: Caj penginapan cuti semester (12 hari x RM8.00) | Jumlah: RM96.00 | Tarikh akhir bayaran: 15/01/2027
        Statistik: 412 daripada 3,180 penghuni (13%) masih mempunyai tunggakan yuran kolej melebihi RM500 setakat 30 November 2026.
        Pelajar penerima biasiswa JPA dan MARA: potongan yuran kolej dibuat terus melalui penaja. Sila pastikan surat tajaan dimuat naik ke portal sebelum 31 Oktober.
        No. Transaksi FPX: 2612031458220917 | Amaun: RM441.00 | Status: Berjaya | Penerima: Bendahari Universiti
        Denda kelewatan bayaran yuran kolej ialah RM20 sebulan. Penghuni yang mempunyai tunggakan melebihi 2 bulan tidak layak memohon penempatan semester berikutnya.
        Tabung Kebajikan Kolej menyediakan bantuan sehingga RM300 bagi pelajar yang menghadapi kesempitan kewangan. Permohonan melalui borang KB-01 dengan penyata pendapatan keluarga.
        Caj kerosakan standard: cermin tingkap RM85, tilam RM160, daun pintu almari RM70, kunci mangga loker RM15.
        Akaun rasmi bagi bayaran tunai/deposit: BENDAHARI UNIVERSITI, Bank Islam Malaysia Berhad, No. akaun 1204 7010 0055 18. Jangan buat bayaran ke akaun peribadi mana-mana individu.
        Laporan kewangan JKP: kutipan yuran aktiviti RM18,450; perbelanjaan Karnival Sukan RM6,200; baki RM12,250 dibawa ke sesi hadapan.
        Pemulangan deposit bagi Sesi 2025/2026 telah dikreditkan secara berperingkat mulai 5 Ogos 2026. Semakan status: portal eHostel > Kewangan > Deposit.
    """),
    ("ms", "sejarah_umum"): _lines("""
        Kolej Kediaman Za'ba dinamakan sempena Pendeta Za'ba (Zainal Abidin bin Ahmad), tokoh bahasa dan pemikir Melayu yang banyak menyumbang kepada tatabahasa Bahasa Melayu.
        Kolej Tun Fatimah mengambil sempena nama Tun Fatimah Hashim, wanita pertama yang dilantik sebagai menteri kabinet Malaysia pada tahun 1969.
        Pertandingan Sayembara Puisi Antara Kolej tahun ini bertemakan karya Usman Awang, Sasterawan Negara, dengan sajak 'Kekasih' sebagai bahan bacaan wajib.
        Kelab Buku kolej membincangkan novel 'Salina' karya A. Samad Said minggu ini; watak Siti Salina dan Hilmy sebagai gambaran kehidupan selepas perang di Singapura.
        Kolej Aminuddin Baki diambil sempena nama Aminuddin Baki, tokoh pendidikan yang dianggap arkitek sistem pendidikan kebangsaan.
        Sejarah ringkas: kolej kediaman pertama universiti dibuka pada tahun 1959 dengan 240 penghuni; kini terdapat 12 buah kolej dengan kapasiti keseluruhan lebih 14,000 katil.
        Kuiz Hari Kebangsaan kolej: Siapakah yang melaungkan 'Merdeka' sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957? Jawapan: Tunku Abdul Rahman Putra Al-Haj.
        Sudut sukan: Razif Sidek dan Jalani Sidek memenangi pingat gangsa beregu lelaki badminton di Sukan Olimpik Barcelona 1992, pingat Olimpik pertama negara.
        Kuliah umum di dewan kolej: 'Warisan Ungku Aziz dan Pemikiran Ekonomi Rakyat', sempena memperingati Naib Canselor Melayu pertama Universiti Malaya.
        Teater kolej mementaskan adaptasi Hikayat Hang Tuah; watak Hang Tuah, Hang Jebat dan Tun Teja dilakonkan oleh ahli Kelab Teater.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PERMOHONAN KOLEJ | NAMA: NUR AIN SYAFIQAH BINTI ROSLAN | NO. KP: 050312-10-1378 | NO. MATRIK: A198832 | FAKULTI: Sains dan Teknologi | TAHUN: 2 | PENDAPATAN ISI RUMAH: RM2,800 (B40) | PILIHAN: Kolej Ibu Zain
        Rayuan penempatan: Saya Muhammad Haziq bin Zulkifli (No. Matrik 22004517) memohon dikekalkan di Kolej Kediaman Keempat kerana saya menghidap asma kronik dan perlu berada dekat dengan Pusat Kesihatan Pelajar. Surat doktor dilampirkan.
        Laporan Tatatertib: Pada 14/11/2026 jam 1.40 pagi, penghuni bilik D-4-11, KAVITHA A/P SUBRAMANIAM (A201145), didapati membawa masuk pelawat lelaki ke dalam blok. Kesalahan pertama. Denda RM100 dikenakan.
        SENARAI PENGHUNI TUNGGAKAN YURAN > RM500: 1. Lim Wei Jie (B-2-07) RM612.50 | 2. Siti Hajar binti Mohd Nor (C-5-03) RM745.00 | 3. Arvind a/l Muniandy (F-3-19) RM538.00
        Pemulangan deposit - Nama: AHMAD FAIZAL BIN OTHMAN | Bank: Maybank | No. Akaun: 1621 8834 5507 | Amaun: RM200.00 | Status: Diproses
        Makluman kepada waris: Anak puan, Nurul Izzati binti Kamarudin, telah dibawa ke Hospital Serdang malam tadi kerana disyaki denggi. Keadaan stabil. Sila hubungi pejabat kolej untuk maklumat lanjut.
        Maklumat Waris | Pelajar: Tharshan s/o Rajendran | Waris: Rajendran a/l Velu (bapa) | Tel: 012-348 7721 | Alamat: No. 27, Jalan Kenari 3, Taman Puchong Jaya, 47100 Puchong, Selangor
        Surat Amaran Kedua - Kepada: Mohd Firdaus bin Abdullah (040921-01-5523), Bilik A-2-15. Anda didapati menghisap vape di koridor Aras 2 pada 3 Disember 2026. Kesalahan seterusnya akan dirujuk kepada Jawatankuasa Tatatertib.
        Log pengawal 23:55 - Motosikal Yamaha Y15 nombor pendaftaran VCK 2281 milik pelajar Danial Hakimi (Blok C) diletakkan di laluan bomba. Pelekat amaran ditampal, pemilik dimaklumkan.
        Permohonan tinggal semasa cuti: Chong Kah Mun, Tahun 3 Kejuruteraan Elektrik, Bilik E-7-02, 15/12/2026 - 04/01/2027, sebab: latihan industri di Shah Alam.
        Rekod Pusat Kesihatan (untuk tindakan kolej): Jessica anak Jimbun, 20 tahun, Blok G, disahkan cacar air. Perlu diasingkan di bilik kuarantin Aras 1 selama 7 hari.
        Senarai bilik Sesi 2026/2027 Blok B Aras 3: B-3-01 Aina Sofea bt Razak & Tan Xin Yi | B-3-02 Puteri Balqis bt Azman & Nancy Majinbon | B-3-03 Divya a/p Ganesan & Wan Nur Amira bt Wan Ismail
        Penghuni Bilik F-1-09: Amirul Hakim bin Sulaiman, OKU fizikal (pengguna kerusi roda), diberi keutamaan bilik aras bawah berhampiran tandas OKU.
        Keputusan Jawatankuasa Tatatertib: Pelajar Syahmi Izzuddin bin Rosli (No. KP 031205-14-2671) didapati bersalah memiliki periuk elektrik dan dapur mudah alih. Hukuman: denda RM150 dan khidmat masyarakat 10 jam.
        Salam Cik warden, saya Farah Nadhirah dari bilik C-3-10. Roommate saya Aisyah Humaira dah 3 hari tak balik bilik dan tak angkat phone. Family dia pun tak tahu dia kat mana. Saya risau sangat.
        Resit Bayaran No. R2026-118734 | Diterima daripada: WONG JIA HUI | No. Matrik: S2150038 | Yuran Kolej Semester 1 | RM441.00 | Kaedah: Kad Kredit Visa berakhir 2153
        Pelajar Baru Lapor Diri: Nama: MUHAMMAD ADAM BIN ISKANDAR, KP: 061023-02-5049, Asal: Alor Setar, Kedah, No. Tel: 019-662 0853, Kolej: Tun Perak, Bilik: H-6-04
        Aduan kecurian: Laptop Asus milik Nor Syazwani binti Hashim (bilik D-2-06) hilang dari bilik antara 2.00-4.00 petang. Laporan polis IPD Kajang No. KAJANG/012345/26 telah dibuat.
        Permohonan pertukaran bilik oleh Iman Batrisyia binti Zainal kerana konflik berterusan dengan rakan sebilik; sesi kaunseling pada 20/11/2026 gagal. Diluluskan ke bilik E-4-12.
        Surat sokongan biasiswa: Adalah disahkan bahawa Grace Lingam (No. KP 050828-12-6094), No. Matrik BS22110447, ialah penghuni Kolej Kediaman Kinabalu dan anak kepada ibu tunggal berpendapatan RM1,500 sebulan.
        Tuntutan pemulangan yuran dwi-bayar: Nurul Huda binti Che Mat, akaun CIMB 7063 2215 89, amaun RM441.00 (bayaran berganda 02/10 dan 03/10).
        Pelajar pertukaran Indonesia: Rizky Pratama Wijaya | Pasport: C 4418203 | Visa pelajar sah hingga 30/06/2027 | Bilik: I-2-11 | Kontak kecemasan: +62 812-3390-4471 (ibu)
        Catatan felo bertugas: Hafiz Danial bin Jamaluddin, Bilik A-5-07, pulang jam 3.20 pagi tanpa merekod masa keluar, kali ketiga bulan ini. Dirujuk kepada Pengetua.
        Senarai penerima Bantuan Tabung Kebajikan Kolej: Muhammad Aqil bin Hussin RM300 (bapa kehilangan kerja); Yap Mei Ling RM250 (kos rawatan ibu); Siti Nabilah binti Ahmad RM300.
        Borang pelekat kenderaan | Pemilik: LOGESWARAN A/L MARIAPPAN | No. KP: 050719-08-6115 | No. Plat: AKB 7730 | Honda Wave 125 | Tel: 0173395104
        Takziah kepada saudara Zulhilmi bin Kamal, penghuni Blok B, atas pemergian ayahandanya pagi tadi di Kuala Terengganu. Sumbangan boleh disalurkan melalui JKP.
        No. KP 060402-07-3350 | TAN SU LIN | Status permohonan: GAGAL (mata merit 28, minimum 40)
        Penyata tunggakan: MOHD SHAFIQ BIN ARIFFIN, Bilik H-3-12, tunggakan RM880.00 sejak Mac 2026. Tindakan: sekatan pendaftaran kursus sehingga dijelaskan.
        E-mel ke pejabat kolej: Saya, Haslinda binti Yusof, ibu kepada Nur Alya Batrisya (A203377), memohon anak saya dibenarkan pulang ke Kota Bharu pada 12/12 kerana nenek beliau sakit tenat. Boleh hubungi saya di 013-781 2246.
        Keputusan undian AJK JKP Blok D: Pengerusi - Irfan Hakimi bin Saiful (Tahun 3, Undang-Undang); Bendahari - Lee Jing Yi (Tahun 2, Perakaunan).
    """),
    "mixed": _lines("""
        weh sape ada no phone Aiman Zaki bilik A-3-02? dia tertinggal wallet kat dobi. ok dapat dah, 018-226 4471 kan?
        Hi Cik Nora warden, ni Melissa Fernandez from E-5-11. My aircond leaking since Monday, I already open ticket but no one come. Can check? My number 016 552 9038
        bro Faris, motor kau WSX 4412 tu kena clamp dgn security tadi, dia kata takde sticker. pegi pejabat keselamatan b4 5pm
        guys pls doakan roommate aku Syafiq Aiman, dia accident motor semalam kat jalan masuk kolej, now kat HPUPM ward 5, patah kaki 😢
        sape nak beli tiket bas balik Kelantan hujung minggu ni, aku ada lebih 1. PM aku, Amir, 014-927 3310. RM45 je
        Reminder to Brian Ong (F-2-14): u still owe RM35 for the floor makan-makan last Fri, pls transfer to my Maybank 1580 2231 4409 - Jun Hao
        Kak Sha nak tanya, adik saya Aqilah baru masuk sem ni, Blok G. Dia pemalu, ada masalah anxiety, boleh tolong tengok-tengokkan? IG dia @aqilahh.zr
        [Group Blok H Aras 6] ni last warning, sapa ambik parcel Shopee atas nama Nur Farhana Zulkifli 011-5532 1894 kat rak bawah, tolong pulangkan. CCTV ada rekod.
        Admin pls remove +60 19-227 6604 from group, dah keluar kolej since last sem, selalu spam link scam
        Happy birthday Puvaneswari!! 🎂 21 dah, jangan lupa belanja satu aras kat mamak malam ni, bilik D-6-03 kita surprise pukul 12 😂
        Pak guard, my friend Nicholas Tay lost his matric card, can he still enter? He's staying Blok C, room C-1-05, his IC 041130-13-4417
        tolong share, kawan kami Nadia Kristina Dass (Tahun 1, Farmasi) perlukan penderma darah jenis O- utk pembedahan di PPUKM esok. Contact her sister Sharon 012-603 8817
        Dear JKP, saya Hui Min dari C-6-09, I want to report that my roommate keeps vaping in the room every night, I have asthma. Pls keep my name confidential 🙏
    """),
    "en": _lines("""
        Incident report, 22/11/2026 02:40: Resident Daniel de Souza (Block F, Room F-4-02, matric 21087733) was found unconscious in the common bathroom and taken by ambulance to Hospital Kajang. Parents informed.
        Hi, I'm Jonas Becker, exchange student from TU Munich, arriving 28 Feb. Could you confirm my room at Kolej Antarabangsa? You can reach me at jonas.becker.muc@gmail.com or +49 151 2384 7716.
        Payment dispute: the hostel fee of RM882 was charged twice to card 4570 4412 0398 5617 (cardholder: PRIYA MENON). Please refund one transaction.
        Singaporean resident registration: Name: Goh Wen Xuan | NRIC: T0412873C | Mobile: +65 9127 4438 | Course: Year 1 Architecture | Room: K-3-06
        Warden's note: Ahmad Rizal (A-1-12) has a GPA of 1.82 this semester and hasn't attended any college activities. Referred to the counselling unit. Do not share with other residents.
        Room allocation appeal - Student: Farhan Iskandar bin Mohd Yusri, matric A204519. Father lost his job in June; family income now below RM2,000. Requesting a subsidised shared room instead of the single AC room.
        Lost & found: a blue wallet found at the laundry containing a MyKad belonging to NG KAI XIANG (041116-05-6203). Owner please collect at the college office with your student card.
        Emergency contact update: Student Marcus Lim Zhen Hao, Room B-6-10 - new contact is his mother, Mdm Chin Lai Fong, +60 12-209 8451. Previous contact (father) is deceased.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pentadbiran Pejabat Kolej Kediaman Tun Perak. Tulis dalam Bahasa Melayu rasmi.",
        ),
        (
            "user",
            "Tolong draf surat amaran untuk Muhammad Irfan bin Zakaria, bilik B-4-09, No. Matrik A199021, sebab bawa masuk pelawat perempuan pada 30/11 jam 11 malam. Ini kesalahan kedua.",
        ),
        (
            "assistant",
            "Baik. Draf: 'SURAT AMARAN KEDUA | Kepada: Muhammad Irfan bin Zakaria (A199021), Bilik B-4-09 | Tuan didapati membawa masuk pelawat berlainan jantina ke dalam blok kediaman pada 30 November 2026 jam 11.00 malam, bertentangan dengan Peraturan 7.1. Ini merupakan kesalahan kedua tuan dan perkara ini akan dirujuk kepada Jawatankuasa Tatatertib Pelajar.'",
        ),
        (
            "user",
            "Tambah juga dia ada tunggakan yuran RM320 yang perlu dijelaskan sebelum 15 Disember.",
        ),
    ],
    [
        ("user", "Can you summarise this complaint for the warden in 2 lines?"),
        ("assistant", "Sure, please paste the complaint text."),
        (
            "user",
            "My roommate Serena Khoo (E-3-08) keeps taking my food from our shared fridge and brings her boyfriend into the room almost every weekend. I've talked to her twice. I'm really stressed and my grades are dropping. - Amanda",
        ),
        (
            "assistant",
            "Summary: Amanda reports that her roommate Serena Khoo (E-3-08) repeatedly takes her food and brings a male visitor into the room most weekends despite two conversations. The situation is affecting Amanda's wellbeing and studies; she requests warden intervention.",
        ),
    ],
    [
        (
            "user",
            "aku nak tulis rayuan bilik, nama aku Nur Aisyah binti Hamdan, KP 040206-06-1722, tahun 3 Biologi. mak aku baru mula dialisis kat Kuantan so duit family ketat, aku tak mampu sewa rumah luar. tolong buatkan ayat formal",
        ),
        (
            "assistant",
            "Cadangan perenggan: 'Saya, Nur Aisyah binti Hamdan (No. KP 040206-06-1722), pelajar Tahun 3 Program Biologi, ingin memohon pertimbangan pihak tuan untuk penempatan semula di kolej kediaman. Ibu saya kini menjalani rawatan dialisis di Kuantan dan keadaan kewangan keluarga amat terhad, menyebabkan saya tidak mampu menyewa kediaman di luar kampus.'",
        ),
        ("user", "ok good, tambah skali aku AJK kebajikan JKP tahun lepas"),
    ],
    [
        ("system", "You help college office staff format records into tables."),
        (
            "user",
            "Convert to a table with columns Name, Room, Amount: Ravi a/l Kumar F-2-01 RM200 refund; Chan Li Ying F-2-03 RM150 refund after key charge; Muhd Nazmi bin Osman F-2-05 RM0, deposit forfeited for damaged mattress",
        ),
        (
            "assistant",
            "| Name | Room | Amount | / |---|---|---| / | Ravi a/l Kumar | F-2-01 | RM200 | / | Chan Li Ying | F-2-03 | RM150 (after key charge) | / | Muhd Nazmi bin Osman | F-2-05 | RM0 (forfeited - damaged mattress) |",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Saya Zainal bin Ismail, bapa kepada Nurul Syuhada binti Zainal yang tinggal di Kolej Ibu Zain. KP saya 751009-11-5263. Saya nak tukar nombor telefon waris kepada 017-442 9013 sebab nombor lama dah hilang.",
        ),
        (
            "assistant",
            "Waalaikumussalam Encik Zainal. Untuk pengemaskinian maklumat waris, anak encik perlu log masuk ke portal eHostel > Profil > Maklumat Waris, atau encik boleh hadir ke pejabat kolej dengan salinan kad pengenalan.",
        ),
        (
            "user",
            "Anak saya tengah sakit demam, tak larat nak buat. Boleh pejabat tolong tukar terus?",
        ),
    ],
    [
        (
            "user",
            "can i use this card to pay hostel fee online? 5521 8430 9917 4635 exp 08/29, name on card CHEAH YI XUAN, it's my sister's card",
        ),
        (
            "assistant",
            "Please don't share full card numbers in chat. The portal accepts FPX and debit/credit cards; a card belonging to a family member can usually be used, but the receipt will show the student's matric number as reference.",
        ),
        ("user", "ok thanks, my matric is S2161290, room J-2-14"),
    ],
    [
        ("system", "Anda membantu moderator kumpulan WhatsApp JKP Kolej Kediaman Keempat."),
        (
            "user",
            "Tolong tengok mesej ni, patut ke saya buang dari group? 'Korang hati2 dengan Hakim Rusyaidi bilik G-4-10, dia pinjam duit RM200 dari ramai orang tak bayar. Nombor dia 011-2408 6617, spam je dia sampai bayar.'",
        ),
        (
            "assistant",
            "Mesej itu mendedahkan nama, nombor bilik dan nombor telefon seorang penghuni serta tuduhan hutang. Lebih baik dipadam dan pengadu dinasihatkan membuat aduan secara rasmi kepada felo bertugas.",
        ),
    ],
    [
        (
            "user",
            "Translate into English for the International Office: Pelajar Abdul Rahman bin Haji Sulong dari Narathiwat, Thailand, No. Pasport AB7720314, tinggal di Bilik I-5-02, memohon lanjutan penempatan kerana pas pelajarnya masih dalam proses pembaharuan.",
        ),
        (
            "assistant",
            "Student Abdul Rahman bin Haji Sulong from Narathiwat, Thailand, passport no. AB7720314, residing in Room I-5-02, is applying for an extension of his college placement as his student pass is still being renewed.",
        ),
    ],
    [
        ("system", "Anda pembantu felo kolej. Tulis laporan ringkas dan neutral."),
        (
            "user",
            "Buat ringkasan insiden: malam tadi jam 12.30 pergaduhan kat pantri Aras 3 Blok A antara Haikal bin Rahim (A-3-04) dan Luqman Nul Hakim bin Nordin (A-3-06) pasal bunyi bising. Haikal luka kat dahi, dijahit 3 jahitan kat klinik kampus.",
        ),
        (
            "assistant",
            "Laporan Insiden: Pada jam 12.30 pagi, berlaku pergaduhan di pantri Aras 3 Blok A antara Haikal bin Rahim (A-3-04) dan Luqman Nul Hakim bin Nordin (A-3-06) berpunca daripada isu bunyi bising. Haikal mengalami luka di dahi dan menerima 3 jahitan di Klinik Kampus. Kes dirujuk kepada Pengetua untuk tindakan lanjut.",
        ),
        ("user", "Tambah: Luqman dah pernah kena amaran sebelum ni bulan September."),
    ],
    [
        (
            "user",
            "my roommate Vanessa Chua has been crying every night since her breakup and she skipped all her classes this week. how do i help her?",
        ),
        (
            "assistant",
            "It's kind of you to look out for her. Let her know you've noticed and that you're there to listen, without pushing. Gently suggest the university counselling unit, which is free and confidential. If she ever talks about hurting herself, contact the duty fellow or emergency services straight away.",
        ),
        (
            "user",
            "we're in D-5-12, Kolej Tun Fatimah. should i tell the warden her name or is that betraying her?",
        ),
    ],
]
