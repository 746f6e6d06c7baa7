# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms14: Bahasa Melayu formal dan separa formal (surat rasmi, borang permohonan, e-mel pejabat, notis mahkamah dan guaman, surat tuntutan hutang, laporan polis, rayuan biasiswa; bersih: akta dan peraturan, pekeliling kerajaan, berita rasmi dengan nama menteri, templat surat dengan ruang kosong, kenyataan media syarikat). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms14
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "akta dan peraturan"): _lines("""
        Seksyen 130 Akta Perlindungan Data Peribadi 2010 (Akta 709) menjadikan pengumpulan data peribadi secara tidak sah suatu kesalahan yang boleh didenda sehingga RM500,000.
        Menurut Akta Pendaftaran Negara 1959 (Akta 78), setiap warganegara yang berumur 12 tahun ke atas dikehendaki mendaftar untuk mendapatkan kad pengenalan.
        Seksyen 420 Kanun Keseksaan (Akta 574): menipu dan dengan curangnya mendorong penyerahan harta boleh dihukum penjara tidak kurang satu tahun dan tidak lebih sepuluh tahun.
        Seksyen 10 Akta Kontrak 1950 (Akta 136): semua perjanjian adalah kontrak jika dibuat dengan kerelaan bebas pihak-pihak yang layak membuat kontrak.
        Seksyen 6(1)(a) Akta Had Masa 1953 (Akta 254): tindakan berasaskan kontrak tidak boleh dibawa selepas tamat enam tahun dari tarikh kausa tindakan terakru.
        Aturan 13 kaedah 1 Kaedah-Kaedah Mahkamah 2012 [P.U.(A) 205/2012]: penghakiman ingkar kehadiran boleh dimasukkan jika defendan tidak memasukkan kehadiran dalam tempoh 14 hari.
        Selepas pindaan 2023, petisyen kebankrapan di bawah Akta Insolvensi 1967 (Akta 360) hanya boleh difailkan jika jumlah hutang sekurang-kurangnya RM100,000.
        Seksyen 41 Akta Pengangkutan Jalan 1987 (Akta 333) memperuntukkan kesalahan menyebabkan kematian dengan memandu secara melulu atau berbahaya.
        Seksyen 60A Akta Kerja 1955 (Akta 265) mengehadkan waktu kerja biasa kepada 45 jam seminggu berkuat kuasa 1 Januari 2023.
        Perintah Gaji Minimum 2024 menaikkan kadar gaji minimum kepada RM1,700 sebulan mulai 1 Februari 2025 bagi majikan yang mempunyai lima pekerja atau lebih.
        Seksyen 90A Akta Keterangan 1950 (Akta 56) mengatur kebolehterimaan dokumen yang dikeluarkan oleh komputer dalam prosiding jenayah dan sivil.
        Akta Perlindungan Data Peribadi (Pindaan) 2024 mewajibkan pengguna data melantik pegawai perlindungan data dan memaklumkan pelanggaran data kepada Pesuruhjaya dalam tempoh 72 jam.
        Seksyen 4(1) Akta 613 menetapkan denda tidak kurang lima kali ganda jumlah hasil aktiviti haram atau RM5 juta, mengikut mana-mana yang lebih tinggi.
        Peraturan 14 Peraturan-Peraturan Pendaftaran Negara 1990: kad pengenalan yang hilang hendaklah dilaporkan kepada pejabat pendaftaran yang terdekat dengan segera.
    """),
    ("ms", "pekeliling kerajaan"): _lines("""
        Pekeliling Perkhidmatan Bilangan 5 Tahun 2024: Pelaksanaan Sistem Saraan Perkhidmatan Awam (SSPA) berkuat kuasa 1 Disember 2024.
        Ruj. Kami: KPM.600-3/1/2 Jld. 14 (58) — Surat Siaran Bil. 3/2025: Cuti Peristiwa Sempena Sambutan Hari Kebangsaan bagi semua sekolah kerajaan dan bantuan kerajaan.
        Semua ketua jabatan diminta memastikan Borang GAF 1 (Lampiran A) dilengkapkan dan dikembalikan kepada Bahagian Sumber Manusia sebelum 15 Januari 2026.
        Pekeliling Am Bilangan 1 Tahun 2023: Dasar Keselamatan Siber Sektor Awam; sebarang pertanyaan boleh diajukan kepada Meja Bantuan di talian 03-8800 7999.
        Permohonan cuti rehat melebihi tujuh hari hendaklah dikemukakan sekurang-kurangnya 14 hari lebih awal melalui HRMIS 2.0, Modul Pengurusan Cuti.
        Kadar elaun makan harian bagi pegawai Gred 41 hingga 48 ialah RM60 di Semenanjung dan RM75 di Sabah, Sarawak serta Labuan (rujuk Lampiran B).
        Makluman: Kod bayaran 4113 dimansuhkan berkuat kuasa 1 Julai 2025 dan baki tunggakan akan diproses secara manual oleh Unit Gaji.
        Senarai semak permohonan biasiswa: salinan MyKad pemohon, slip keputusan SPM, penyata pendapatan isi rumah dan surat sokongan ketua jabatan (Lampiran C).
        Garis panduan ini hendaklah dibaca bersama Arahan Perbendaharaan 58 dan 59 berhubung kawalan perbelanjaan.
        Mesyuarat Jawatankuasa Pengurusan Jabatan Bil. 4/2026 akan diadakan pada 12 Mac 2026, jam 9.30 pagi, di Bilik Gerakan, Aras 2, Wisma Persekutuan Ipoh.
        Pegawai yang memerlukan penjelasan lanjut boleh menghubungi Unit Integriti di sambungan 4417 atau melalui e-mel integriti@mof.gov.my.
        Notis sebut harga No. JKR.SH/PKJ/T/0188/2025: tarikh tutup 19 September 2025, jam 12.00 tengah hari, di peti sebut harga Aras 1, Ibu Pejabat JKR Daerah Kuala Pilah.
        Dengan hormatnya saya diarah merujuk perkara di atas dan memaklumkan bahawa pekeliling ini terpakai kepada semua pegawai lantikan tetap, kontrak dan sambilan.
    """),
    ("ms", "berita rasmi"): _lines("""
        Perdana Menteri Datuk Seri Anwar Ibrahim membentangkan Belanjawan 2026 di Dewan Rakyat pada 10 Oktober 2025 dengan peruntukan keseluruhan RM419.2 bilion.
        Menteri Kesihatan Datuk Seri Dr. Dzulkefly Ahmad berkata lebih 1,000 klinik kesihatan akan menggunakan rekod perubatan elektronik menjelang akhir tahun depan.
        Menteri Pendidikan Fadhlina Sidek menyampaikan Anugerah Guru Inovatif Peringkat Kebangsaan di Pusat Konvensyen Antarabangsa Putrajaya (PICC) hari ini.
        Menteri Pengangkutan Anthony Loke Siew Fook berkata pembaharuan lesen memandu kini boleh dibuat sepenuhnya melalui aplikasi MyJPJ tanpa perlu ke kaunter.
        Gabenor Bank Negara Malaysia Datuk Seri Abdul Rasheed Ghaffour berkata Kadar Dasar Semalaman dikekalkan pada 2.75 peratus selepas mesyuarat Jawatankuasa Dasar Monetari.
        Polis Diraja Malaysia menasihati mangsa penipuan dalam talian supaya segera menghubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997.
        Menteri Dalam Negeri Datuk Seri Saifuddin Nasution Ismail berkata Jabatan Imigresen memproses lebih dua juta permohonan pasport sepanjang tahun lalu.
        Jabatan Perangkaan Malaysia melaporkan kadar pengangguran bagi suku ketiga 2025 ialah 3.0 peratus, melibatkan kira-kira 522,800 orang.
        Menteri Digital Gobind Singh Deo berkata pendaftaran MyDigital ID boleh dibuat di kaunter JPN terpilih dan kiosk di stesen MRT Kajang.
        Pustaka Peringatan P. Ramlee di Jalan Dedap, Taman P. Ramlee, Setapak, dibuka kepada orang ramai dari Selasa hingga Ahad, 10 pagi hingga 5 petang.
        Tunku Abdul Rahman Putra Al-Haj melaungkan "Merdeka!" sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Menteri Komunikasi Datuk Fahmi Fadzil berkata kerajaan akan menguatkuasakan kod etika platform media sosial dalam sidang media mingguan di Putrajaya.
        Lembaga Hasil Dalam Negeri mengingatkan tarikh akhir penghantaran Borang BE melalui e-Filing bagi tahun taksiran 2025 ialah 15 Mei 2026.
    """),
    ("ms", "templat surat"): _lines("""
        Nama Pemohon: ______________________  No. K/P: ______-__-____  (Sila isi dengan HURUF BESAR)
        Saya, ____________________ (No. K/P: ______________), dengan ini mengaku bahawa segala maklumat yang diberikan dalam borang ini adalah benar.
        Tuan/Puan, PERMOHONAN CUTI TANPA GAJI BAGI TEMPOH ________ HINGGA ________ — Dengan hormatnya saya merujuk perkara di atas.
        Contoh pengisian: No. K/P 000000-00-0000 hendaklah ditulis tanpa jarak; jangan gunakan nombor contoh ini dalam permohonan sebenar.
        Alamat Surat-Menyurat: [No. Rumah], [Nama Jalan], [Poskod] [Bandar], [Negeri]
        Sekian, terima kasih. "MALAYSIA MADANI" "BERKHIDMAT UNTUK NEGARA" Saya yang menjalankan amanah, (Tandatangan) ........ Nama: ........ Jawatan: ........
        Templat tuntutan: "Anak guam kami, {NAMA_PLAINTIF}, mengarahkan kami menuntut daripada tuan/puan jumlah RM{JUMLAH} dalam tempoh 14 hari dari tarikh surat ini."
        No. Telefon (Bimbit): 01X-XXX XXXX    E-mel: nama@contoh.com.my
        Format laporan polis: Saya, [nama pengadu], No. K/P [......], tinggal di [alamat], ingin melaporkan bahawa pada [tarikh] jam lebih kurang [masa] ...
        Untuk Kegunaan Pejabat Sahaja — No. Fail: ________  Diterima oleh: ________  Tarikh: __/__/20__
        Bahagian C – Maklumat Ibu Bapa/Penjaga: Pendapatan bulanan kasar isi rumah (RM): ☐ < 2,500 ☐ 2,501–4,850 ☐ 4,851–10,970 ☐ > 10,970
        Lampiran: (i) Salinan MyKad yang disahkan; (ii) Salinan sijil kelahiran; (iii) Penyata bank tiga bulan terkini.
        Contoh surat rayuan: "Saya merupakan pelajar tahun ___ program ___________ di Universiti ___________ dan memohon jasa baik pihak tuan untuk menimbang semula keputusan ..."
        Nombor Akaun Bank: ________________  Nama Bank: ________________ (akaun mestilah atas nama pemohon sendiri)
    """),
    ("ms", "kenyataan media syarikat"): _lines("""
        KENYATAAN MEDIA: Tenaga Nasional Berhad memaklumkan bekalan elektrik di Seksyen 7 dan Seksyen 9, Shah Alam telah dipulihkan sepenuhnya pada jam 4.15 petang.
        Maybank mengingatkan pelanggan bahawa pihak bank tidak akan meminta nombor TAC atau kata laluan melalui telefon; hubungi Maybank Group Customer Care di 1-300-88-6688.
        Tan Chong Motor Holdings Berhad melancarkan model baharu di bilik pameran Jalan Ipoh, Kuala Lumpur dengan harga runcit bermula RM139,888.
        Sime Darby Property Berhad mengumumkan jualan hartanah sebanyak RM3.1 bilion bagi tahun kewangan berakhir 31 Disember 2025.
        Capital A: Penerbangan AK6110 dari Kuala Lumpur ke Kota Kinabalu dibatalkan akibat cuaca buruk; penumpang boleh menukar tarikh tanpa caj melalui laman web.
        Bina Setia Holdings Berhad (No. Pendaftaran 201801034567 (1296543-K)) mengumumkan pelantikan Pengarah Urusan baharu berkuat kuasa 1 Januari 2026; butiran penuh di laman Bursa Malaysia.
        Sumbangan Tabung Amal Kilang Jaya boleh disalurkan ke akaun korporat Maybank 5141 8800 2026 atas nama Kilang Jaya Food Industries Sdn. Bhd.
        Saham Maybank (kod 1155) ditutup pada RM10.48, meningkat 6 sen, dengan 8.2 juta unit saham berpindah tangan.
        Kenyataan bersama Grab Malaysia dan JPJ: seramai 3,420 pemandu e-hailing menduduki ujian lesen PSV-E sepanjang bulan Ogos.
        Syarikat Air Perdana Berhad memohon maaf atas gangguan bekalan air di Mukim Ulu Kelang; nombor rujukan aduan bermula dengan SAP/2025/ akan dikemas kini melalui SMS.
        Pos Malaysia Berhad: bungkusan dengan nombor penjejakan seperti ER123456789MY yang tidak dituntut dalam tempoh 30 hari akan dipulangkan kepada pengirim.
        Public Bank Berhad menegaskan Pusat Hubungan Pelanggannya di 1-800-22-5555 tidak sekali-kali meminta pelanggan memindahkan wang ke "akaun selamat".
    """),
    ("ms", "notis mahkamah awam"): _lines("""
        DALAM MAHKAMAH TINGGI MALAYA DI KUALA LUMPUR (BAHAGIAN DAGANG) GUAMAN SIVIL NO.: WA-22NCC-412-06/2025 ANTARA Bina Setia Holdings Berhad ... Plaintif DAN Maju Teguh Engineering Sdn. Bhd. ... Defendan
        NOTIS PETISYEN PENGGULUNGAN: Petisyen penggulungan terhadap Sri Cahaya Logistik Sdn. Bhd. (No. Syarikat 200901012345 (856432-T)) akan didengar di Mahkamah Tinggi Shah Alam pada 21 April 2026.
        Kompleks Mahkamah Kuala Lumpur, Jalan Duta, 50592 Kuala Lumpur: kaunter pemfailan dibuka dari 8.00 pagi hingga 5.00 petang, Isnin hingga Jumaat.
        Notis ini disiarkan menurut Aturan 62 kaedah 5 Kaedah-Kaedah Mahkamah 2012 sebagai penyampaian ganti melalui iklan dalam akhbar berbahasa Melayu.
        Warta Kerajaan P.U. (B) 318/2025: Pemberitahuan pengambilan tanah bagi projek pelebaran Jalan Kuala Selangor–Ijok, Mukim Ijok, Daerah Kuala Selangor.
        Mahkamah Persekutuan dalam Rayuan Sivil No. 02(f)-41-07/2024 antara Lembaga Kemajuan Wilayah Utara dan Syarikat Pembinaan Gemilang Sdn. Bhd. membenarkan rayuan dengan kos RM50,000.
        Jualan lelong kenderaan terbiar oleh Majlis Bandaraya Petaling Jaya akan diadakan di Depoh MBPJ, Jalan SS 13/3, Subang Jaya pada 8 November, jam 10 pagi.
        Perbicaraan kes Pendakwa Raya lwn. Kosmetik Cemerlang Sdn. Bhd. di bawah Akta Perihal Dagangan 2011 ditangguhkan ke 2 Februari 2026 di Mahkamah Sesyen Ipoh.
        Pada 2020, Mahkamah Tinggi Kuala Lumpur mensabitkan bekas Perdana Menteri Datuk Seri Najib Tun Razak atas tujuh pertuduhan berkaitan dana SRC International.
        Jabatan Insolvensi Malaysia menyediakan semakan status kebankrapan secara dalam talian melalui portal e-Carian dengan bayaran RM10 bagi setiap carian.
        Istana Kehakiman, Presint 3, 62506 Putrajaya: sidang Mahkamah Persekutuan bagi rayuan jenayah bermula jam 9.00 pagi; orang ramai dilarang membawa alat rakaman.
    """),
    ("mixed", "e-mel pejabat"): _lines("""
        Salam semua, reminder: town hall Q4 di Dewan Seri Perdana, Level 3, Menara KWSP, Jalan Raja Laut. Please be seated by 9.45am.
        Hi team, server maintenance malam ni 11pm–3am; sistem eTanah v4.2.1 akan offline. Sorry for the inconvenience.
        Untuk makluman, invois no. INV-2025-00873 daripada Syarikat Teknologi Cergas Sdn Bhd sudah diluluskan; PO 4500128834 boleh ditutup.
        Tuan, saya dah semak draf pekeliling tu — cuma perenggan 4.2 perlu dirujuk balik kepada Akta 709 sebab ada istilah 'data peribadi sensitif'.
        FYI bilik mesyuarat Cempaka (Aras 5) ditempah untuk sesi latihan PDPA dari 2.30 hingga 4.30 petang, Khamis ni.
        Saya cuti esok; urgent matters please email helpdesk@jabatan.gov.my or call ext 2210 (Helpdesk ICT).
        Kindly note ISBN 978-967-430-512-3 untuk buku panduan jabatan telah didaftarkan dengan Perpustakaan Negara Malaysia.
        Mohon semua unit kemas kini Excel 'Senarai Aset Alih' (tab KEW.PA-3) sebelum Jumaat; fail ada dalam shared drive \\\\fs01\\Pentadbiran\\Aset\\2025.
        Re: Tender No. KKM/600-2/1/45 – clarification meeting dah postpone ke 15/10/2025, 10am, Bilik Mesyuarat Utama Aras 3.
        Tq boss, saya dah forward kenyataan media Menteri Kewangan II Datuk Seri Amir Hamzah Azizan kepada unit komunikasi untuk dimuat naik ke portal.
        Pls ignore email tadi — lampiran salah. Yang betul: Laporan_Suku_Tahun_Q3_v2_FINAL(1).pdf, 2.4 MB.
        Noted. Pekeliling ni applies kepada semua gred kecuali JUSA; rujuk para 6(b) dan Lampiran D.
    """),
    ("en", "official notices"): _lines("""
        Notice is hereby given that the Annual General Meeting of Bina Setia Holdings Berhad will be held at Sime Darby Convention Centre, 1A Jalan Bukit Kiara 1, 60000 Kuala Lumpur on 28 May 2026 at 10.00 a.m.
        Please quote our reference LHDN.01/35/42/51/179-6.0411 in all future correspondence on this matter.
        Sessions Court Shah Alam, Case No. BA-B52NCvC-88-03/2025, Perbadanan Kemajuan Negeri Selangor v. Gemilang Catering Services Sdn Bhd: hearing adjourned to 9 February 2026.
        Training sample: "Dear Mr/Ms [SURNAME], our records show an outstanding balance of RM[AMOUNT] on account [ACCOUNT NO.]. Kindly settle within 14 days."
        Under section 4 of the Personal Data Protection Act 2010, personal data means information in respect of commercial transactions that relates directly or indirectly to a data subject.
        Prime Minister Datuk Seri Anwar Ibrahim chaired the 46th ASEAN Summit in Kuala Lumpur in May 2025.
        Scholarship appeals must quote the application number printed on the decision letter (format JPA-BKPP-2026-XXXXXX) and reach the division within 30 days.
        Version 3.14.2 of the MyGov Malaysia app fixes a crash when uploading a scanned MyKad on Android 14.
        I am writing on behalf of the department to confirm that the tender briefing will proceed as scheduled; no site visit is required.
        Hasil Care Line (03-8911 1000) operates from 8.30 a.m. to 5.30 p.m. on working days.
        Memorial Tunku Abdul Rahman Putra on Jalan Dato' Onn, Kuala Lumpur, was once the official residence of Malaysia's first Prime Minister.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Saya, Nurul Syafiqah binti Rosli (No. K/P: 030412-10-5526), pelajar Tahun 3 Sarjana Muda Perakaunan UiTM Puncak Alam, merayu agar biasiswa saya tidak ditamatkan kerana bapa saya diserang angin ahmar pada bulan Mac.
        Kepada: En. Mohd Hafizuddin bin Zakaria, No. 27, Jalan Seroja 3/7, Taman Seroja, 43000 Kajang, Selangor. Tuan dengan ini dituntut membayar RM18,450.00 yang masih tertunggak dalam tempoh 14 hari.
        Pada 14/08/2025 jam lebih kurang 2130 hrs, saya Kamarul Ariffin bin Osman, 45 tahun, pemandu lori, mendapati kereta Perodua Myvi BNC 4471 milik saya hilang dari hadapan rumah di Lorong Permai 5, Taman Desa Permai, Sungai Petani.
        Nama: SITI AMINAH BINTI HARUN | No. MyKad: 760923-03-5188 | Tel: 013-962 4410 | Pekerjaan: Suri rumah | Bil. tanggungan: 5
        Puan Rohaya, sila maklum Encik Faizal (Unit Kewangan) dimasukkan ke wad HKL semalam sebab denggi, MC sampai 20hb. Jgn hebahkan dulu ya.
        DALAM MAHKAMAH SESYEN DI JOHOR BAHRU, GUAMAN SIVIL NO.: JA-B52NCvC-233-09/2025 ... KEPADA DEFENDAN: Lim Wei Jian (No. K/P: 870615-01-6243), No. 12, Jalan Pulai 18, Taman Pulai Utama, 81300 Skudai, Johor.
        Tetuan Azman & Chong merujuk hutang kad kredit anak guam kami atas nama Puan Kavitha a/p Subramaniam, no. kad 4565 8012 3390 7714, dengan baki tertunggak RM23,876.40.
        Pendapatan isi rumah kami hanya RM1,850 sebulan; ibu saya, Zaiton binti Ismail, menoreh getah di Kampung Sungai Dua, Jerantut, dan adik saya Aiman menghidap talasemia major.
        No. Matrik: A185432, Muhammad Haziq bin Abdul Rahim, PNGK 3.12 – mohon pertimbangan semula penamatan tajaan kerana saya gagal satu kursus semasa ibu menjalani kemoterapi.
        Sila kreditkan wang pendahuluan ke akaun Maybank 1642 3108 7725 atas nama NOOR AZLINA BT MAT DIN, K/P 820304-11-5094.
        Saya Rajesh a/l Murugan, No. Pasport A52918374, memohon pelanjutan Pas Lawatan Sosial bagi isteri saya, Priya Devi, yang kini mengandung tujuh bulan.
        Pengadu: WONG MEI LING, K/P 900118-07-5342, alamat 3-12-5, Pangsapuri Sri Impian, Jalan Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang; no. tel 016-448 2093.
        Peringatan terakhir: Encik Shahrul Nizam bin Hamdan, ansuran Honda City WVA 2281 anda tertunggak tiga bulan (RM3,651); kenderaan akan ditarik balik jika tiada bayaran sebelum 30/11.
        Dalam perkara pusaka si mati Abdul Ghani bin Yaacob, waris iaitu Rosnah binti Abdul Ghani (K/P 680705-08-5470) dan Razali bin Abdul Ghani dipanggil hadir ke Pejabat Tanah Kuala Kangsar pada 9 Disember 2025.
        Boss, IC saya 950227-14-6031, akaun CIMB 7063 4418 2290 — tolong masukkan dalam sistem gaji sebelum 25hb ya. – Firdaus, Unit Stor
        Status perkahwinan: Bercerai. Bil. tanggungan: 4. Nama pemohon: Norhayati bt Che Mat, Kg. Padang Kemunting, 16450 Ketereh, Kelantan. Pendapatan: RM900 (jual kuih).
        Mahkamah Rendah Syariah Wilayah Persekutuan: permohonan hadhanah oleh Farah Adila binti Kamaruddin terhadap bekas suaminya, Syed Amirul bin Syed Hussin, ditetapkan untuk sebutan pada 3/2/2026.
        Saya telah memindahkan RM12,300 ke akaun RHB 2-14123-0009876-1 selepas menerima panggilan daripada individu yang mengaku pegawai LHDN. Nama saya Tan Sok Hoon, tel 012-717 3054.
        Dengan ini disahkan bahawa Cik Amirah Hanis binti Zulkifli, No. Pekerja 004521, berkhidmat sebagai Pembantu Tadbir sejak 2 Mei 2019 dengan gaji pokok RM2,380 sebulan.
        Cikgu, anak saya Danish Iskandar (4 Bestari) tak dapat hadir minggu ni, dia ditahan wad di Hospital Sultanah Bahiyah sebab asma teruk. – ibu Danish, 019-552 7803
        Pemohon: JUSTINE GUMPIL, K/P 881109-12-5377, Kg. Tambunan Baru, 89650 Tambunan, Sabah; memohon bantuan JKM kerana lumpuh separuh badan selepas kemalangan jalan raya.
        Toyota Hilux QSA 7612 K milik Encik Jeffery anak Ngalai dari Kampung Tebakang terlibat dalam kemalangan di Jalan Kuching–Serian KM 42; beliau patah kaki kanan.
        Saman ini dikeluarkan terhadap Defendan Pertama, Hairul Anuar bin Mansor (K/P: 791230-06-5401), beralamat di Lot 1128, Kampung Batu 6, Jalan Kuantan–Gambang, 26070 Kuantan.
        Mohon tangguh bayaran balik. Nama: Aina Sofea bt Razak, No. K/P 010506141234, no. rujukan pinjaman PTPTN 2019/0564217 – saya masih menganggur sejak tamat pengajian.
        Untuk tindakan tatatertib: Encik Ravi Chandran a/l Nadarajah (No. Pekerja 11873) disyaki memalsukan sijil cuti sakit bertarikh 3–5 Sept; sila sediakan surat tunjuk sebab.
        sy memohon jasa baik tuan utk pertimbangkan semula permohonan biasiswa sy, no ic 040817-08-0987... bapa sy Ahmad Fauzi (52 thn) baru diberhentikan kerja drpd kilang di Ipoh
        Kepada Pengarah JPN Negeri Perak: saya, Lee Chun Keat (No. K/P 850713-08-5129), memohon pembetulan tarikh lahir kerana tarikh sebenar ialah 13 Julai 1984 mengikut sijil kelahiran.
        Encik Zulhilmi bin Saad, baki pinjaman peribadi anda RM27,904.55 (akaun 88210034417) telah dirujuk kepada peguam kami untuk tindakan undang-undang.
        Repot No. KAJANG/018234/25 — pengadu Puan Salmah bt Daud, 61 tahun, melaporkan jirannya di No. 14, Jalan Mawar 2, Taman Mawar, Semenyih mengugut untuk membakar rumahnya.
        Sijil Cuti Sakit: pesakit MUHD AQIL BIN RAMLI, K/P 000302-01-3317, diberi cuti sakit tiga hari (gastroenteritis akut), Klinik Kesihatan Batu Pahat.
        Saya, Azlina binti Hashim, Penolong Pegawai Tadbir N29 di Pejabat Daerah dan Tanah Hulu Langat, memohon cuti bersalin 90 hari mulai 5 Januari 2026 (jangkaan bersalin 10/1/2026).
        Sebarang pertanyaan berkenaan penyata kewangan PIBG, hubungi saya terus di faridah.yusof78@gmail.com atau WhatsApp 017-208 6641 — Faridah, Bendahari
        Kepada penyewa, Encik Khairul Anwar bin Jamil, unit B-07-03 Residensi Alam Damai, Cheras: sewa tertunggak empat bulan (RM5,600); tuan dikehendaki mengosongkan premis dalam tempoh 30 hari.
        No. Cukai Pendapatan IG 2381 0457 090, Chong Kah Meng: tunggakan cukai tahun taksiran 2023 sebanyak RM7,712 perlu dijelaskan sebelum sekatan perjalanan dikenakan.
    """),
    "mixed": _lines("""
        Hi Puan, attached my borang rayuan biasiswa. Nama: Tharshini a/p Ganesan, matric no. 2022456781, phone 011-2376 4508. Sorry lambat submit, my mum masuk ICU last week.
        Dear Sir, saya nak buat aduan: my ex, Hafiz Roslan, keep hantar ugutan ke nombor saya 018-923 1176 since Aug. Police report no. SENTUL/009871/25.
        FYI Encik Lau Kok Wah punya IC 770804-10-5563 and lesen PSV dia dah expired, sila renew sebelum dia kena suspend.
        Client update: Mr. Kumaravel a/l Pillai (Passport A61193527) flight ke Chennai MH180 on 02/12 — pls arrange medical escort, dia baru lepas bypass surgery.
        Applicant dari SG: Goh Xin Yi, NRIC S8834127H, mobile +65 9182 4476, nak pindah kerja ke JB, perlukan surat pengesahan majikan.
        Pls bank in deposit RM350 ke acc Public Bank 6412 0087 31 atas nama Mohd Irfan bin Yahya — lepas tu WhatsApp resit ke 013-880 2154 ok tq
        Boss, surat amaran untuk Siti Nur Hidayah binti Omar dah draft, tapi HR kata medical history dia (bipolar) tak boleh mention dalam letter.
        陈美玲 Tan Mei Ling 的 MyKad 是 920614-14-5738，她要 rayuan bantuan sara hidup，地址 No. 9, Jalan Kenari 4, Bandar Puchong Jaya。
        Re: saman trafik — Axia VFK 3021 milik Nor Izzati binti Rahmat, dia dah bayar tapi MyJPJ still tunjuk 'belum jelas', no. saman 0129843377.
        Tolong update alamat surat-menyurat: Ng Boon Hock, 22A Lorong Kenari 11, Taman Sri Kenari, 14000 Bukit Mertajam — dah lama pindah from Butterworth.
        HKID Z683245(1) — Mr Cheung Ka Wai nak buka akaun syarikat di KL, dia HK resident, contact +852 9316 2284.
        Pelajar antarabangsa Zhang Yuting, 身份证 440106200103152826, memohon rayuan yuran kerana bapanya jatuh sakit di Guangzhou.
    """),
    "en": _lines("""
        Dear Sir/Madam, I, Vanessa Lim Pei Shan (NRIC 910305-14-5506), wish to appeal against the termination of my MARA loan; my father passed away in June and I am now the sole earner.
        Letter of demand to Mr. Arvind Raj s/o Selvam of 45 Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya: you owe our client RM62,300 under the loan agreement dated 3 March 2023.
        Police report: on 2 Oct 2025 my wife, Nadia Abdullah, was assaulted outside our home at 8 Jalan Melur, Taman Melawati; her phone (012-605 3398) was snatched.
        Huang Chih-Ming (ROC ID F129437865) applied for a Malaysia My Second Home visa; his bank statement shows RM1.2 million in fixed deposits.
        Leong Sio Man, Macau BIR 1/508214/3, is listed as personal guarantor on the company's overdraft facility and has missed two payments.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Tolong tulis surat rayuan biasiswa Yayasan Pahang untuk saya"),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh, nombor kad pengenalan, program pengajian dan sebab rayuan.",
        ),
        (
            "user",
            "Nama Nur Izzah Farhana binti Mohd Sani, 050921-06-0746, Diploma Kejururawatan di KPTM Kuantan",
        ),
        ("user", "sebab ayah saya baru kena stroke, tak boleh kerja dah"),
        (
            "assistant",
            "Baik, saya akan draf surat yang menerangkan keadaan kesihatan bapa anda dan kesannya kepada kewangan keluarga.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat laporan polis pasal rumah kena pecah masuk, boleh bantu susun ayat?",
        ),
        ("assistant", "Boleh. Bila kejadian berlaku dan apa yang hilang?"),
        (
            "user",
            "Malam tadi lebih kurang 3 pagi. Hilang laptop, rantai emas isteri dan RM2,000 tunai",
        ),
        ("assistant", "Alamat rumah dan nama penuh tuan?"),
        (
            "user",
            "Zainal Abidin bin Ishak, No. 41, Jalan Cempaka 6, Taman Cempaka, 70450 Seremban. tel 012-391 5528",
        ),
    ],
    [
        ("user", "Penyewa rumah saya tak bayar sewa 5 bulan, saya nak hantar surat tuntutan"),
        ("assistant", "Saya boleh bantu. Siapa nama penyewa dan berapa jumlah tunggakan?"),
        ("user", "Muhammad Syazwan bin Hassan, IC 920830-14-5927, jumlah RM6,250"),
        ("user", "rumah tu di No. 18, Jalan Anggerik 3, Taman Anggerik, 43200 Cheras"),
        (
            "assistant",
            "Baik, surat tuntutan akan memberi tempoh 14 hari untuk menjelaskan RM6,250 sebelum tindakan mahkamah.",
        ),
    ],
    [
        ("user", "tolong perbaiki e-mel ni, nak hantar kat bos"),
        (
            "user",
            "Tuan, untuk makluman Puan Hasnah dari Unit Akaun disahkan kanser payudara tahap 2 dan akan mula rawatan di IKN minggu depan",
        ),
        (
            "assistant",
            "Saya cadangkan maklumat diagnosis tidak dinyatakan secara terperinci; cukup sekadar memaklumkan beliau akan bercuti sakit.",
        ),
        ("user", "ok tapi letak jugak dia cuti dari 3 Nov sampai 31 Dis"),
    ],
    [
        ("user", "Saya dapat saman dari mahkamah, tak faham apa nak buat"),
        ("assistant", "Apa yang tertulis pada saman itu? Nombor kes dan nama pihak-pihak?"),
        (
            "user",
            "Guaman Sivil No. BA-A52NCvC-1043-11/2025, Plaintif Ace Credit Sdn Bhd, Defendan saya lah, Rosli bin Ahmad Tajuddin",
        ),
        ("user", "alamat dalam saman tu Lot 552, Kampung Sungai Kertas, 68100 Batu Caves"),
        (
            "assistant",
            "Anda perlu memasukkan kehadiran dalam tempoh 14 hari selepas saman disampaikan; sebaiknya dapatkan nasihat peguam atau Biro Bantuan Guaman.",
        ),
    ],
    [
        ("user", "isi borang bantuan ni untuk mak saya"),
        ("assistant", "Baik. Nama penuh dan nombor MyKad?"),
        ("user", "Rahmah binti Said"),
        ("user", "IC 580417-02-5316"),
        ("assistant", "Alamat dan nombor telefon?"),
        (
            "user",
            "Kg Titi Teras, 06000 Jitra, Kedah. 014-417 2096. mak ada kencing manis dan buah pinggang, dialisis 3x seminggu",
        ),
    ],
    [
        ("user", "IC saya 870"),
        ("user", "505-10-"),
        ("user", "5213"),
        ("assistant", "Terima kasih. Untuk apa nombor ini perlu digunakan?"),
        ("user", "borang KWSP pengeluaran akaun 2. nama Mohd Khairi bin Basri"),
    ],
    [
        ("user", "Help me write a cover letter in BM untuk jawatan di JB"),
        ("assistant", "Sure. Your name, current employer, and contact details?"),
        (
            "user",
            "Ong Jia Hui, NRIC T0123874F, now working at a logistics firm in Tuas. HP +65 8273 1049",
        ),
        (
            "assistant",
            "Baik, saya akan tulis surat permohonan dalam Bahasa Melayu dengan butiran hubungan anda.",
        ),
    ],
    [
        ("user", "Bank hantar surat tuntutan hutang kad kredit, saya nak balas minta ansuran"),
        ("assistant", "Boleh. Apa nombor kad dan baki yang dinyatakan?"),
        ("user", "kad Visa 4921 3305 7718 2046, baki RM14,302.18"),
        (
            "user",
            "nama saya Suresh Kumar a/l Ramasamy. gaji saya dipotong sebab syarikat buat VSS",
        ),
        (
            "assistant",
            "Saya akan draf surat memohon penstrukturan semula pembayaran melalui AKPK dengan ansuran bulanan yang munasabah.",
        ),
    ],
]
