# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms91: Bahasa Melayu masjid and surau administration. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms91
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis masjid"): _lines("""
        NOTIS: Kuliah Maghrib setiap Isnin malam bersama penceramah jemputan, kitab Riyadhus Solihin, bermula 6 Januari 2026. Semua jemaah dijemput hadir.
        Makluman: Solat Jumaat minggu ini akan bermula jam 1:15 petang. Teks khutbah disediakan oleh Jabatan Agama Islam Selangor (JAIS).
        Gotong-royong membersihkan tanah perkuburan Islam Kampung Sungai Kayu Ara akan diadakan pada Ahad, 14 Disember 2025, jam 8.00 pagi. Sila bawa parang dan cangkul sendiri.
        Tempat letak kereta di hadapan pintu pagar utama adalah untuk van jenazah dan OKU sahaja. Kenderaan yang menghalang akan dikunci tayar.
        Dengan ini dimaklumkan bahawa bilik air muslimat ditutup sementara untuk kerja-kerja baik pulih paip mulai 8 hingga 12 Disember.
        Majlis Bacaan Yasin dan Tahlil diadakan setiap malam Jumaat selepas solat Maghrib. Jamuan ringan disediakan oleh AJK Muslimat.
        Jemaah diingatkan supaya menutup telefon bimbit atau menukar kepada mod senyap semasa khutbah dan solat.
        Program Qiamullail Remaja: Sabtu 20/12/2025, 11.00 malam – Subuh. Yuran RM10 termasuk sahur. Penyertaan terhad 40 orang, daftar di kaunter pejabat masjid.
        Waktu operasi pejabat Masjid Al-Falah: Isnin–Jumaat 9.00 pagi – 5.00 petang, Sabtu 9.00 pagi – 1.00 tengah hari. Tel pejabat: 03-3341 2750.
        Kutipan tabung Jumaat lepas berjumlah RM 4,218.60. Jazakumullahu khairan kathira kepada semua penderma.
        Ceramah Maulidur Rasul peringkat daerah akan disampaikan oleh Mufti Negeri Selangor di Masjid Sultan Salahuddin Abdul Aziz Shah, Shah Alam.
        Makluman: Surau Al-Ikhlas Seksyen 7 tidak lagi digunakan untuk solat Jumaat mulai 1 Januari 2026 sehingga kelulusan baharu dikeluarkan oleh pihak berkuasa agama.
        Pendaftaran peserta korban 1447H dibuka. Harga sebahagian lembu RM 850, kambing seekor RM 1,400. Tarikh tutup 15 Mei 2026.
        Kawasan kariah Masjid Al-Falah meliputi poskod 41200 dan 41300 sahaja; penduduk di luar kawasan ini sila mendaftar dengan masjid kariah masing-masing.
        Jadual imam bertugas bulan Disember telah ditampal di papan kenyataan ruang solat utama.
        Notis Mesyuarat Agung Tahunan Jawatankuasa Kariah Masjid Nurul Iman: Ahad, 11 Januari 2026, 9.00 pagi, Dewan Serbaguna. Agenda: laporan tahunan, penyata kewangan, pemilihan AJK sesi 2026–2028.
    """),
    ("ms", "zakat dan infaq"): _lines("""
        Kadar zakat fitrah tahun ini ialah RM7.00, RM15.00 atau RM24.00 seorang mengikut jenis beras yang dimakan oleh ketua keluarga.
        Nisab zakat harta ditetapkan berdasarkan harga semasa 85 gram emas. Zakat dikenakan 2.5% ke atas harta yang cukup nisab dan haul.
        Infaq boleh disalurkan ke akaun rasmi Masjid Al-Hidayah: Bank Islam 1204 3010 0487 62 (Masjid Al-Hidayah Taman Melawati). Sila simpan slip untuk rujukan.
        DuitNow QR masjid telah dikemas kini. Imbas kod di tiang ruang solat dan pastikan nama penerima tertera "MASJID AL-HIDAYAH TMN MELAWATI".
        Resit infaq boleh digunakan untuk potongan cukai di bawah seksyen 44(6) Akta Cukai Pendapatan 1967. No. rujukan kelulusan masjid: LHDN.01/35/42/51/179-6.8814.
        Zakat pendapatan boleh dibayar melalui potongan gaji bulanan. Borang boleh diambil di kaunter amil masjid.
        Amil zakat fitrah bertauliah akan bertugas di serambi masjid mulai 1 Ramadan, selepas solat Tarawih hingga 11.00 malam.
        Asnaf yang layak menerima zakat: fakir, miskin, amil, muallaf, riqab, gharimin, fisabilillah dan ibnu sabil.
        Jumlah kutipan Tabung Pembangunan Dewan setakat 30 November 2025: RM 187,340.15 daripada sasaran RM 450,000.
        Agihan bantuan zakat Aidilfitri: 126 keluarga asnaf dalam kariah menerima baucar barangan dapur bernilai RM 200 setiap satu.
        Sumbangan wakaf saham bagi pembinaan surau boleh dibuat serendah RM10 sebahagian. Sijil wakaf akan dihantar secara digital.
        Kaedah pengiraan zakat simpanan: baki terendah dalam akaun sepanjang haul × 2.5%, jika baki itu melebihi nisab semasa.
        No. Resit: INF/2025/11/00893 | Tarikh: 21/11/2025 | Jumlah: RM 50.00 | Cara bayaran: Tunai | Penderma: Hamba Allah
        Tabung Gaza: kutipan khas dua Jumaat berturut-turut berjumlah RM 12,640.00 telah diserahkan kepada badan NGO berdaftar pada 3 Disember.
        Fidyah puasa ditetapkan RM4.00 sehari bagi setiap hari puasa yang ditinggalkan (secupak beras).
    """),
    ("ms", "pengurusan jenazah"): _lines("""
        SOP Pengurusan Jenazah: 1) Waris menghubungi pejabat masjid atau talian kecemasan khairat 03-6187 0042. 2) Dapatkan permit pengebumian dari balai polis atau hospital. 3) Tetapkan waktu mandi dan solat jenazah.
        Kit kain kapan lengkap lelaki: 3 helai kain putih, kapas, kapur barus, serbuk cendana, air mawar. Harga RM 180 untuk ahli khairat, RM 280 bukan ahli.
        Yuran khairat kematian ialah RM 30 setahun bagi setiap isi rumah. Ahli yang tertunggak melebihi dua tahun akan digugurkan keahlian.
        Khidmat van jenazah percuma dalam lingkungan 30 km bagi ahli kariah. Caj luar kawasan RM 1.20 sekilometer.
        Kursus Pengurusan Jenazah Lelaki dan Wanita (teori dan amali) – Sabtu 17 Januari 2026, 8.30 pagi – 4.30 petang. Yuran RM 30, sijil disediakan.
        Liang lahad disediakan oleh penggali kubur tetap masjid. Kadar upah RM 350 bagi dewasa dan RM 200 bagi kanak-kanak.
        Jenazah yang meninggal dunia di hospital kerajaan memerlukan Borang Perakuan Sebab Kematian sebelum boleh dibawa keluar.
        Tanah perkuburan Islam Bukit Kiara Lot 5 hampir penuh. Baki kira-kira 120 liang; keutamaan kepada ahli kariah berdaftar.
        Kematian di rumah (bukan di hospital): waris perlu melaporkan ke balai polis berhampiran untuk mendapatkan permit pengebumian sebelum jenazah dikebumikan.
        Makluman kematian: Seorang ahli kariah Taman Desa Harmoni telah kembali ke rahmatullah pagi tadi. Solat jenazah akan diadakan selepas Zohor. Al-Fatihah.
        Tatacara solat jenazah: empat takbir; selepas takbir pertama membaca al-Fatihah, kedua selawat, ketiga doa untuk jenazah, keempat doa untuk yang ditinggalkan, kemudian salam.
        Keranda kayu dan papan keping disimpan di stor belakang; kunci stor dipegang oleh Unit Khairat.
        Inventori Unit Jenazah Nov 2025: 2 set pengusung, 1 katil mandi jenazah (stainless steel), 4 tabir, 14 gulung kain kapan, 6 botol kapur barus.
        Nombor rujukan tuntutan khairat KK/2025/047 telah diluluskan; bayaran akan dibuat kepada waris dalam 7 hari bekerja.
        Van jenazah masjid (Toyota Hiace KDH200, 2.5D) dihantar servis 40,000 km; sementara itu sila guna van pinjaman dari Masjid Jamek.
    """),
    ("ms", "kelas agama"): _lines("""
        Jadual Kelas Fardu Ain Dewasa: Selasa & Khamis selepas Maghrib. Topik: Thaharah, Solat, Puasa. Yuran bulanan RM 20.
        Kelas Al-Quran Kanak-kanak (umur 6–12) dibuka: sesi pagi 9.00–11.00 dan sesi petang 2.30–4.30, Sabtu dan Ahad. Kaedah Iqra' dan Tilawah.
        Pendaftaran KAFA 2026 dibuka mulai 1 Disember. Dokumen diperlukan: salinan sijil kelahiran murid, salinan kad pengenalan ibu bapa, 2 keping gambar.
        Kuliah Subuh Ahad: Syarah kitab Bidayatul Hidayah karangan Imam Al-Ghazali.
        Kelas Tajwid Muslimat setiap Rabu 10 pagi – 12 tengah hari di bilik kuliah tingkat 1. Ruang penjagaan kanak-kanak disediakan.
        Kursus Asas Fardu Ain untuk saudara baru (muallaf) setiap Sabtu, dengan kerjasama MAIS. Bahan dalam Bahasa Melayu, Inggeris dan Mandarin.
        Tadarus Al-Quran Ramadan: setiap malam selepas Tarawih, sasaran khatam 30 juzuk pada malam 27 Ramadan.
        Silibus Kelas Hadis: Hadis 40 Imam Nawawi, 2 hadis seminggu, penilaian lisan pada akhir penggal.
        Sijil tamat kursus hanya diberikan kepada peserta yang mencapai kehadiran sekurang-kurangnya 80 peratus.
        Tenaga pengajar kelas agama mestilah memiliki Tauliah Mengajar yang sah daripada Majlis Agama Islam Negeri.
        Kelas Bahasa Arab Asas, 12 minggu, buku teks Al-Arabiyyah Bayna Yadaik Jilid 1, ISBN 978-603-8050-27-9. Yuran RM 120.
        Program Tahfiz Hujung Minggu: hafazan Juz 30 dalam tempoh 6 bulan; ujian sima'an setiap akhir bulan.
        Kuliah Dhuha Muslimat bulan ini membincangkan fiqh haid dan istihadah berdasarkan kitab Matla' al-Badrain karangan Syeikh Muhammad bin Ismail Daud al-Fathani.
        Kelas Fardu Ain ditangguhkan minggu ini kerana cuti sekolah; kelas bersambung seperti biasa pada 6 Januari.
    """),
    ("ms", "templat borang"): _lines("""
        BORANG PENDAFTARAN AHLI KARIAH | Nama Ketua Keluarga: ____________ | No. K/P: ______-__-____ | Alamat: ____________ | No. Tel: ____________ | Bil. Tanggungan: ___
        BORANG PERMOHONAN BANTUAN ASNAF — Bahagian A: Maklumat Pemohon (nama, no. KP, alamat, pekerjaan, pendapatan bulanan). Bahagian B: Maklumat Tanggungan. Bahagian C: Pengesahan Pegawai Masjid.
        Saya, [NAMA PENUH], No. KP [NO. KP], dengan ini memohon untuk menjadi ahli Khairat Kematian Masjid [NAMA MASJID] dan bersetuju mematuhi peraturan yang ditetapkan.
        Notis Privasi (PDPA 2010): Maklumat peribadi dalam borang ini hanya digunakan untuk urusan pentadbiran kariah dan tidak akan didedahkan kepada pihak ketiga tanpa kebenaran.
        Senarai semak dokumen permohonan zakat: ☐ salinan KP pemohon ☐ slip gaji 3 bulan terkini ☐ bil utiliti ☐ surat pengesahan ketua kampung atau pengerusi masjid.
        Format fail Excel daftar kariah: Kolum A No. Ahli, B Nama, C No. KP, D Jantina, E Tarikh Lahir, F Alamat, G Poskod, H No. Tel, I Status Khairat.
        Surat Pengesahan Bermastautin: Adalah disahkan bahawa penama di atas, No. KP ……………, adalah ahli kariah masjid ini dan menetap di alamat ……………… sejak tahun ………
        Templat mesej kematian: "Innalillahi wa inna ilaihi raji'un. Telah kembali ke rahmatullah [nama arwah] bin/binti [nama bapa], [umur] tahun, dari [alamat]. Solat jenazah di [tempat] pada [masa]."
        Borang Tuntutan Khairat: sertakan salinan sijil kematian, salinan KP waris dan penyata bank waris yang akan menerima bayaran.
        Kod status dalam sistem e-Kariah: A = aktif, T = tertunggak, G = gugur, M = meninggal dunia, P = berpindah.
        Setiap borang yang tidak lengkap atau tanpa tandatangan pemohon akan dipulangkan.
        Format no. ahli: K-0001 hingga K-1499 bagi ketua keluarga; format KK-0001 bagi ahli khairat kematian.
    """),
    ("mixed", "whatsapp ajk"): _lines("""
        Assalamualaikum tuan2 AJK, mesyuarat bulanan malam ni lepas Isyak kat bilik mesyuarat ya. Agenda: bajet Maulid & sound system baru.
        Sound system masjid rosak lagi, speaker belah kanan bunyi berdesing. Siapa ada contact kedai audio yg reliable, share sini pls.
        Reminder: esok gotong-royong pukul 8 pagi, jangan lupa bawa sarung tangan. Breakfast nasi lemak disediakan 👍
        Ok noted. Nanti saya update jadual bilal dalam google sheet tu.
        Tuan2, total kutipan Jumaat tadi RM3,862.40 ya, dah bank in ke akaun masjid. Slip saya letak dalam fail bendahari.
        Untuk Ramadan nanti kita perlukan 15 volunteer untuk moreh, setiap malam 3 orang. Sila isi nama dalam Google Form yang admin share nanti.
        Bro, aircond ruang solat utama tu kena service dah, last service bulan Jun. Quotation syarikat hari tu RM 2,400 for 8 units.
        Pihak JAIS minta semua masjid hantar laporan aktiviti suku tahun sebelum 15hb. Siapa pegang fail laporan?
        Khutbah Jumaat minggu ni tajuk "Integriti Dalam Pekerjaan", teks dari JAIS dah sampai, saya forward ke imam bertugas.
        Sapa parking kereta depan pintu van jenazah tu? Tadi van nak keluar tak boleh. Please la jangan parking situ 🙏
        Jadual kebersihan tandas muslimin: Isnin & Khamis team A, Selasa & Jumaat team B, Sabtu team C. Ahad kontraktor.
        Update: tender bumbung dewan, 3 syarikat dah hantar sebut harga. Kita buka sampul masa mesyuarat Sabtu ni.
        Harap maklum, mulai bulan depan semua tuntutan petty cash kena ada resit asal + tandatangan dua AJK.
        Moreh malam ni bubur lambuk, sponsor Restoran Nasi Kandar Pelita cawangan Klang. Alhamdulillah.
        Grup ni khas untuk urusan AJK sahaja ya. Jangan forward berita yang belum disahkan.
    """),
    ("en", "soalan dan panduan"): _lines("""
        How is zakat on savings calculated in Malaysia if my bank balance goes up and down during the year?
        Can a non-Muslim attend a kuliah at the masjid? Generally yes; dress modestly and check with the masjid office first.
        What documents does a family need to arrange a Muslim burial in Selangor when the death happens at home?
        Is zakat paid to the state zakat board tax-deductible? It is a rebate against income tax, not just a deduction, capped at the tax payable.
        Best practice for masjid committees: keep the kariah register in a password-protected spreadsheet and limit access to the secretary and treasurer.
        How many people are needed to perform the funeral bath (mandi jenazah) for an adult male?
        Tips for running a Ramadan moreh roster: rotate households by zone, publish the list two weeks ahead, and keep a backup team.
        What is the difference between infaq, sadaqah and waqf?
        Masjid Negara in Kuala Lumpur was completed in 1965 and officially opened by Tunku Abdul Rahman Putra Al-Haj, the first Prime Minister.
        The Kapitan Keling Mosque in George Town was built in the early 19th century by the Indian Muslim community led by Cauder Mohuddeen.
        Our surau wants to accept online donations. Which is better for a small committee: DuitNow QR or a payment gateway?
        Sample AGM agenda for a kariah committee: confirmation of minutes, annual report, audited accounts, election of office bearers, any other business.
    """),
    ("ms", "laporan kewangan"): _lines("""
        Penyata Kewangan Bulan November 2025 | Baki awal: RM 63,218.40 | Kutipan Jumaat: RM 16,542.10 | Infaq online: RM 4,870.00 | Perbelanjaan: RM 21,306.75 | Baki akhir: RM 63,323.75
        Bayaran bil elektrik TNB bulan Oktober: RM 3,184.20, no. akaun kontrak masjid 220012837465.
        Baucar Bayaran No. BB-2025-0417: pembelian 20 naskhah Al-Quran rasm Uthmani, RM 35 senaskhah, jumlah RM 700.
        Anggaran belanjawan 2026: elaun petugas masjid RM 54,000, utiliti RM 40,000, program kariah RM 25,000, penyelenggaraan RM 30,000.
        Laporan Audit: Penyata kewangan bagi tahun berakhir 31 Disember 2024 telah diaudit oleh Tetuan Rahim Salleh & Rakan, Akauntan Bertauliah.
        Caj perkhidmatan bank bagi pindahan DuitNow bulan November: RM 12.50 (25 transaksi × RM 0.50).
        Derma kilat Jumaat 28/11 untuk mangsa banjir Kelantan: RM 8,915.30, diserahkan melalui Majlis Agama Islam Kelantan.
        Kos program Maulidur Rasul 1447H: jamuan RM 6,500, sewa khemah RM 1,200, cenderamata penceramah RM 500, lain-lain RM 380.
        Invois No. INV-88120 daripada Syarikat Jaya Audio Sdn Bhd: 4 unit speaker siling, RM 1,960.00, tempoh bayaran 30 hari.
        Statistik kariah 2025: 1,284 isi rumah, 4,917 individu, 312 ahli khairat aktif, 46 kematian sepanjang tahun.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        K-0234 | ABDUL RAHMAN BIN ISMAIL | 680914-10-5473 | No. 12, Jalan Cempaka 3, Taman Sri Muda, 40400 Shah Alam | 013-287 4519 | Tanggungan: 5 | Khairat: Aktif
        Senarai tunggakan yuran khairat (sehingga Nov 2025): Ahmad Fauzi bin Hassan – 3 tahun (RM 90); Kamarul Ariffin bin Yusof – 2 tahun (RM 60). Sila jelaskan sebelum 31 Disember.
        Permohonan bantuan asnaf – Puan Rosnah binti Jaafar (KP 780226-11-5112), ibu tunggal, 4 orang anak bersekolah, pembantu kedai makan dengan pendapatan RM 900 sebulan, menyewa rumah di Kampung Baru Seberang Takir.
        Innalillahi wa inna ilaihi raji'un. Telah kembali ke rahmatullah Haji Osman bin Daud, 78 tahun, ayahanda kepada Cikgu Faridah Osman dan Sarjan Mazlan Osman. Jenazah di rumah No. 7, Lorong Melur 2, Kampung Padang Jawa; solat jenazah selepas Zohor. Hubungi Mazlan 019-442 1806.
        Ziarah pesakit minggu ini: Pak Long Hamid bin Yusof (Wad 5B, Hospital Tengku Ampuan Rahimah, strok kali kedua) dan Mak Som (Che Som binti Ali) yang baru keluar wad selepas pembedahan lutut.
        Resit Infaq No. R-2025-00871 | Diterima daripada: Encik Lim Wei Jie @ Muhammad Iskandar Lim | Jumlah: RM 500.00 | Tujuan: Tabung Pembangunan Dewan | No. Tel: 016-521 4478
        Saudara baru: Muhammad Daniel Tan Abdullah (nama asal Daniel Tan Kok Wai), No. KP 920402-07-5581, melafazkan syahadah pada 14 Mac 2025 di pejabat masjid disaksikan oleh dua orang AJK.
        KAFA 2026 – murid baru: Nur Aleesya Sofea binti Mohd Firdaus, 7 tahun, SK Seksyen 9 Shah Alam; bapa: Mohd Firdaus bin Zakaria 011-2765 4083; alahan kacang tanah.
        Peserta korban 1447H – Lembu 3: (1) Azlan bin Ibrahim 012-630 7752, (2) Norazimah binti Samsudin, (3) Syed Hafiz bin Syed Mokhtar – 2 bahagian, baki belum bayar RM 850.
        Elaun bulanan Disember: Bilal Ust. Zainal Abidin bin Mat Isa – RM 450 – Bank Islam 1407 4020 1153 86.
        Aduan jiran: En. Ravichandran a/l Muthusamy dari No. 23, Jalan Kenanga 5 mengadu bunyi pembesar suara azan Subuh terlalu kuat; beliau boleh dihubungi di 017-358 2290.
        Kursus Pra-Perkahwinan Siri 4/2025: pasangan Mohd Haziq bin Rosli (KP 970518-14-5231) dan Nurul Aina binti Kamal (KP 990715-10-6444), akad nikah dijadualkan 21 Disember di Masjid Al-Falah.
        Surat Pengesahan Bermastautin: Adalah disahkan bahawa Encik Mohamed Ismail s/o Abdul Kader, No. KP 610923-07-5029, menetap di No. 41, Lebuh Chulia, 10200 George Town sejak tahun 1998 dan merupakan ahli kariah masjid ini.
        Tuntutan khairat kematian arwah Hajah Zaleha binti Mansor: bayaran RM 1,000 dibuat kepada anaknya Roslan bin Ahmad, Maybank 1621 4802 3379, pada 2/12/2025.
        Pendaftaran Kelas Fardu Ain Muslimat: Nor Hayati binti Othman, 60 tahun, suri rumah, masalah pendengaran – sila duduk di barisan hadapan. Tel: 014-903 6621.
        Laporan insiden: Pada 30/11 jam 2.15 pagi, remaja Amirul Hakim bin Sufian (16 tahun, anak tukang kunci di Jalan Sena) dirakam CCTV memecah tabung derma di serambi masjid.
        Bantuan zakat pekerja asing: Siti Rahmawati, warganegara Indonesia, pasport C4829173, suami meninggal dunia di tapak binaan, memohon bantuan tambang pulang ke Lombok.
        Minit mesyuarat AJK Bil. 8/2025, perkara 5: Bendahari, Tuan Haji Kamaruddin bin Abdul Latif, memaklumkan beliau bercuti sakit dua bulan kerana menjalani rawatan kemoterapi. Tugas dipangku oleh Setiausaha.
        Senarai penerima bantuan banjir: 1. Mat Zin bin Awang, Kg. Tok Uban, rumah rosak teruk – RM 500; 2. Wan Rokiah binti Wan Ismail, Kg. Tok Uban, kehilangan peralatan dapur – RM 300.
        Penderma dari Singapura: Encik Hafiz bin Rahmat (NRIC S8734512B) menyumbang SGD 1,000 untuk wakaf telaga; sijil wakaf dihantar ke emel hafiz.rahmat88@gmail.com.
        Pengurusan jenazah bayi: anak lelaki kepada pasangan Faizal bin Hashim dan Azlina binti Yunus, meninggal dua hari selepas dilahirkan di Hospital Sultanah Aminah; dikebumikan di Tanah Perkuburan Islam Mahmoodiah.
        Tunggakan sewa gerai bazar Ramadan: Gerai 7 – Kak Ina (Rohaina binti Salleh), jual murtabak, tertunggak RM 240, janji bayar selepas gaji suami masuk.
        BORANG KEAHLIAN KHAIRAT | SYED MUHAMMAD AMIR BIN SYED HUSSEIN | 850330-06-5391 | Lot 1123, Kampung Sungai Soi, 25150 Kuantan | 0197739215 | Isteri: SHARIFAH NADIAH BINTI SYED OMAR
        AJK Muslimat: Puan Dayang Norhayati binti Awang Bujang (KP 560909-13-5270) dilantik sebagai ketua unit jenazah wanita; no. telefon 013-884 1205.
        Rekod sesi ruqyah syar'iyyah: Nurul Izzati binti Razali, 24 tahun, pelajar UiTM Puncak Alam, mengadu gangguan tidur dan histeria di asrama; sesi kedua pada 9/12.
        Permohonan guna dewan untuk majlis akad nikah: Encik Hairul Nizam bin Abdul Ghani, 3 Januari 2026, 300 tetamu, deposit RM 300 dibayar melalui Maybank2u (ruj. MBB8823401).
        Surat amaran: Saudara Khairul Anuar bin Mat Jusoh, Blok C-3-12, Flat PKNS Kg. Baru Hulu Kelang, diberi amaran terakhir kerana meletakkan motosikal Yamaha Y15 (WYT 4721) di laluan van jenazah.
        Kelas Al-Quran kanak-kanak: Adam Harith (9 tahun) tidak hadir 5 minggu berturut-turut; menurut ibunya, Puan Farah Diana, keluarga sedang melalui proses penceraian.
        Qardhul hasan daripada Tabung Kebajikan: Encik Shamsul Bahri bin Osman, RM 2,000 untuk yuran universiti anak, bayaran balik RM 100 sebulan mulai Januari.
        Jadual moreh Ramadan, malam ke-12: No. 18 Jalan Dahlia 2 (Cikgu Zulkifli bin Awang) dan No. 20 Jalan Dahlia 2 (Encik Jamaluddin bin Yeop).
        Pesanan Imam: Sila doakan kesembuhan sahabat kita Haji Yusri bin Che Mat yang sedang dirawat di ICU Hospital Serdang akibat jangkitan kuman dalam darah.
    """),
    "en": _lines("""
        Dear Mr. Michael Anthony D'Cruz, thank you for your contribution of RM 2,000 to the Masjid Al-Hidayah flood relief fund. Your receipt (INF/2025/12/00112) has been emailed to mike.dcruz71@yahoo.com.
        Online infaq log: 2025-11-21 22:14:07 | payer: Aisyah Whitfield | card 4569 3770 4060 5286 | amount RM 150.00 | status SUCCESS | ref TP-7731028
        New-convert class: Joseph Matius Abdullah (IC 880404-12-5493), originally from Keningau, Sabah, works as a security guard in Puchong; needs a Malay–English Quran translation.
        Incident during Jumaat: Brother Rafiq Hamdan collapsed in the second rakaat; ambulance called, he is diabetic and had skipped lunch. His wife was informed at 012-889 3047.
        Hi Aiman, can you remove Puan Kalsom binti Ahmad from the khairat list? She moved to her daughter's house in Seremban last month after her husband passed away.
        Funeral note: Mr. Abdullah Chong (Chong Kah Seng), 71, to be collected from UMMC mortuary at 10am; his son Chong Wei Ming is not Muslim but has agreed to the Muslim burial, contact +60 16-210 7734.
        Zakat application review: Kavitha d/o Rajendran @ Nur Kavitha Abdullah, 34, convert, cashier in Klang earning RM 1,350, three children, husband currently in prison. Recommend monthly aid of RM 300.
        Volunteers for the women's mandi jenazah training: Ummi Kalsom Haris 019-220 7418; Farhana Ismail 012-503 6690; Melissa de Souza (new convert) 017-664 2315.
    """),
    "mixed": _lines("""
        Bro Faiz, tolong transfer balik duit moreh yg saya pendahuluan RM 385 ye, acc Maybank 1642 3308 7129 a/n Mohd Khairi bin Said. Tq 🙏
        Salam semua, mohon doakan abah saya Hj Ramli bin Saad, 82, masuk wad HKL semalam, sesak nafas & jantung lemah. Dia ahli kariah lama masjid ni.
        Kak Yam (Mariam binti Hussin) punya anak Syafiq dah dapat tawaran tahfiz, but family tak mampu bayar yuran RM 4,500 — boleh tak AJK bantu dari dana pendidikan?
        FYI this guy sama yg mintak duit kat masjid sebelah, nama dia Zulhilmi, claim anak dia sakit, IC dia 910707-02-5163, check la dulu sebelum bagi apa2.
        guys pakcik Wahid yg selalu azan Subuh tu, nama penuh Abdul Wahid bin Kassim, dia jatuh bilik air semalam, patah pinggul. Skrg kat Hospital Shah Alam wad ortopedik.
        Pls update list khairat: new member Encik Nizam Lee bin Abdullah, 37, tel 010-388 2914, alamat B-07-03 Residensi Harmoni, Jalan Ampang, 50450 KL.
        Telegram ustazah kelas tajwid muslimat, Ustazah Husna Rahim: @ustazahhusna_tajwid — dia nak tahu berapa student confirm for Jan intake.
        Noted bendahari. Pak Hassan (Hassan bin Omar, Blok B-4-2 Flat Sri Kenanga) belum bayar yuran khairat 2 tahun, I dah WhatsApp dia tapi no reply.
        Imam muda kita Ust Farhan Aziz nak berhenti hujung bulan sebab dapat kerja kat JAKIM Putrajaya, so kita kena cari pengganti asap.
        Pakcik2 AJK, anak Pn Jamilah binti Ahmad Tajuddin nak kahwin 14/2 dengan budak Sarawak, dia nak book dewan & van. Boleh call dia 012-717 3086.
        Hi admin, I accidentally paid infaq twice using my Mastercard 5264 4613 8870 6123, RM 200 each. Name on card: NG SIEW LAN. Can refund one?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong buatkan notis kematian ringkas untuk group WhatsApp kariah. Arwah: Ismail bin Hj Daud, 74 tahun, No. 9 Jalan Mawar 4, Taman Seri Gombak. Suami kepada Puan Che Rohani binti Abdullah. Solat jenazah lepas Asar di Masjid Al-Mukminin. Contact anak arwah, Hafizuddin 013-640 2275.",
        ),
        (
            "assistant",
            "Innalillahi wa inna ilaihi raji'un. Telah kembali ke rahmatullah Ismail bin Hj Daud, 74 tahun, dari No. 9 Jalan Mawar 4, Taman Seri Gombak, suami kepada Puan Che Rohani binti Abdullah. Solat jenazah akan diadakan selepas Asar di Masjid Al-Mukminin. Untuk sebarang urusan, sila hubungi anak arwah, Hafizuddin, di 013-640 2275. Al-Fatihah.",
        ),
        ("user", "Ok bagus. Tambah sekali dikebumikan di tanah perkuburan Batu 6 ya."),
    ],
    [
        ("system", "Anda ialah pembantu pentadbiran masjid yang membantu urusan zakat."),
        (
            "user",
            "Mak saya, Hajah Normah binti Said (KP 690822-05-5318), ada simpanan ASB RM 38,000 dan Tabung Haji RM 21,500, baki tak pernah turun bawah tu setahun ni. Berapa zakat dia kena bayar?",
        ),
        (
            "assistant",
            "Jika jumlah RM 59,500 itu melebihi nisab semasa dan cukup haul, zakatnya ialah 2.5% iaitu RM 1,487.50. Sila sahkan nisab terkini dengan pusat zakat negeri.",
        ),
        (
            "user",
            "Ok, saya nak bayar guna akaun saya sendiri, CIMB 7063 2195 48. Boleh buat resit atas nama mak?",
        ),
    ],
    [
        (
            "user",
            "Can you format these kariah entries into a table? 1) Mohd Firdaus bin Zakaria, 890612-14-5117, 011-2765 4083, 3 dependants. 2) Siti Aminah binti Abu Bakar, 720305-01-6238, widow, 012-445 9031.",
        ),
        (
            "assistant",
            "No | Name | IC | Phone | Notes / 1 | Mohd Firdaus bin Zakaria | 890612-14-5117 | 011-2765 4083 | 3 dependants / 2 | Siti Aminah binti Abu Bakar | 720305-01-6238 | 012-445 9031 | widow",
        ),
        ("user", "Thanks. Add a column for khairat status: both active."),
    ],
    [
        (
            "user",
            "Boleh tolong tulis surat sokongan asnaf untuk pakcik ni? Nama Mat Isa bin Deraman, umur 67, tinggal sorang kat rumah papan Kg Telok Gong, 42000 Pelabuhan Klang, anak2 semua tak ambik tahu, ada kencing manis & dah potong kaki kiri.",
        ),
        (
            "assistant",
            "Baik. Surat sokongan: Dengan hormatnya, pihak masjid mengesahkan bahawa Encik Mat Isa bin Deraman, 67 tahun, ahli kariah yang tinggal bersendirian di Kg Telok Gong, menghidap diabetes dan telah menjalani amputasi kaki kiri. Beliau amat memerlukan bantuan bulanan. Sekian, terima kasih.",
        ),
        ("user", "Tambah no. KP dia 580417-10-5219 dan tandatangan Pengerusi."),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya Zulkarnain bin Mohd Noor, IC 750411-01-5627. Tahun ni saya terbayar yuran khairat dua kali, RM 30 x 2. Macam mana nak claim balik?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Biasanya pejabat masjid akan semak rekod bayaran dan pulangkan lebihan melalui pindahan bank. Sila berikan nombor akaun untuk rujukan bendahari.",
        ),
        ("user", "Akaun Bank Rakyat 2203 1840 5726, nama Zulkarnain bin Mohd Noor. Terima kasih."),
    ],
    [
        (
            "user",
            "Saya nak daftar anak untuk kelas Al-Quran hujung minggu. Apa maklumat yang perlu?",
        ),
        (
            "assistant",
            "Biasanya: nama penuh anak, umur, sekolah, nama dan nombor telefon ibu bapa, serta sebarang masalah kesihatan.",
        ),
        (
            "user",
            "Nama Muhammad Rayyan bin Ahmad Syukri, 8 tahun, SK Taman Tun Dr Ismail 1. Dia ada ADHD dan asma, inhaler dalam beg. Ibu: Nabilah Hanim, 016-902 3381.",
        ),
    ],
    [
        ("system", "You help a masjid committee draft formal letters in Bahasa Melayu."),
        (
            "user",
            "Draft surat amaran untuk seorang jemaah. Nama dia Rosdi bin Kamaruzaman, rumah No. 5 Jalan Seroja 7, Taman Cheras Jaya. Dah 3 kali muslimat report dia ambil gambar diorang kat tempat wuduk.",
        ),
        (
            "assistant",
            "Kepada Encik Rosdi bin Kamaruzaman, No. 5 Jalan Seroja 7, Taman Cheras Jaya. Tuan, pihak jawatankuasa telah menerima tiga aduan bahawa tuan mengambil gambar jemaah muslimat di kawasan wuduk. Perbuatan ini dilarang sama sekali dan sebarang ulangan akan dilaporkan kepada pihak polis.",
        ),
        ("user", "Ok, tambah ayat dia dilarang masuk kawasan muslimat mulai hari ini."),
    ],
    [
        (
            "user",
            "Summarize this minit: Perkara 7 - Setiausaha, Encik Azhar bin Mohd Yatim, dibankrapkan oleh Mahkamah pada Oktober, tak boleh lagi jadi penandatangan akaun masjid. Dicadangkan Puan Salmiah binti Hamzah ganti.",
        ),
        (
            "assistant",
            "Summary: The secretary, Encik Azhar bin Mohd Yatim, was declared bankrupt in October and can no longer sign for the masjid account; Puan Salmiah binti Hamzah is proposed as replacement signatory.",
        ),
        ("user", "Good, now put it in Malay for the notice board version but keep it short."),
    ],
    [
        (
            "user",
            "Hi, saya Chen Jia Hui, 24, IC 010214-10-0386. Saya nak masuk Islam tapi parents saya belum tahu. Boleh buat kat masjid tanpa family tahu?",
        ),
        (
            "assistant",
            "Boleh. Pengislaman boleh dibuat di pejabat agama atau masjid yang diberi kuasa dengan dua orang saksi. Maklumat anda dirahsiakan oleh pihak berkuasa agama.",
        ),
        (
            "user",
            "Ok, saya boleh datang Sabtu ni. Nombor saya 018-276 5593, boleh ustazah contact saya?",
        ),
    ],
    [
        (
            "user",
            "I'm a Singaporean and want to contribute to the wakaf telaga project in Kelantan. Do you accept foreign cards?",
        ),
        (
            "assistant",
            "Yes, the payment gateway accepts Visa and Mastercard issued overseas. The receipt will be emailed to you.",
        ),
        (
            "user",
            "Great. Please put the receipt under Nur Syafiqah bte Jamaludin, NRIC T0412876H, email syafiqah.jml@hotmail.com. I'm a student at NUS so keep it small, SGD 50.",
        ),
    ],
]
