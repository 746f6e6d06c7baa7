"""Blind check set ms37: Malay government counters (JPN, Imigresen, LHDN, MySejahtera, kaunter WhatsApp groups). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms37
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kaunter"): _lines("""
        MAKLUMAN: Kaunter JPN UTC Pudu Sentral dibuka 8.30 pagi hingga 6.00 petang setiap hari termasuk Sabtu & Ahad. Nombor giliran terakhir dikeluarkan jam 5.00 ptg.
        Sila ambil nombor giliran di kiosk. Warga emas, OKU dan ibu mengandung sila terus ke Kaunter 1 (Kaunter Keutamaan).
        Kaunter 7 - Pasport Malaysia Antarabangsa (PMA) - Permohonan Baharu & Pembaharuan. Bayaran tunai, kad debit dan e-wallet sahaja. TIADA cek.
        NOTIS: Sistem MyKad offline sementara kerana penyelenggaraan server. Harap maaf atas kesulitan. - Pengurusan JPN Negeri Perak
        Jabatan Pendaftaran Negara, No. 20 Persiaran Perdana, Presint 2, 62551 Putrajaya.
        Ibu Pejabat Imigresen Malaysia, Aras 1-7 (Podium), No. 15, Persiaran Perdana, Presint 2, 62550 Putrajaya. Talian: 03-8000 8000.
        Ruang menunggu penuh. Pelanggan dengan nombor giliran 3041 ke atas dinasihatkan datang semula selepas jam 2.00 ptg.
        DILARANG memakai selipar, seluar pendek dan baju tanpa lengan semasa berurusan di kaunter. Terima kasih atas kerjasama anda.
        Bayaran gantian MyKad kerana hilang: kali pertama RM10, kali kedua RM100, kali ketiga dan seterusnya RM300.
        Ibu Pejabat LHDNM, Menara Hasil, Persiaran Rimba Permai, Cyber 8, 63000 Cyberjaya, Selangor. Waktu operasi: Isnin-Jumaat 8.30 pagi - 5.30 petang.
        Semua pejabat JPN di Wilayah Persekutuan ditutup pada 31 Ogos (Hari Kebangsaan) dan 16 September (Hari Malaysia).
        Giliran sekarang: 2047 → Kaunter 4 | 2048 → Kaunter 2 | 5011 → Kaunter 9 (Pasport)
        Kaunter Kutipan Pasport ditutup untuk rehat Jumaat 12.15 tgh - 2.45 ptg.
    """),
    ("ms", "panduan JPN"): _lines("""
        Pendaftaran kelahiran hendaklah dibuat dalam tempoh 60 hari dari tarikh lahir. Daftar lewat dikenakan bayaran dan kedua-dua ibu bapa perlu hadir.
        Dokumen diperlukan: Borang JPN.LM01 yang lengkap diisi, dokumen pengesahan kelahiran dari hospital, salinan MyKad ibu dan bapa serta sijil nikah (jika ada).
        Pendaftaran kematian mesti dibuat dalam masa 7 hari. Bawa Permit Pengebumian, MyKad si mati dan MyKad pemberi maklumat.
        Permohonan MyKad kali pertama dibuat ketika umur 12 tahun; pembaharuan wajib pada umur 18 tahun untuk kemas kini gambar dan cap jari.
        Untuk gantian MyKad rosak, bawa sekali MyKad yang rosak tu. Kalau cip tak boleh dibaca, pegawai akan buat semakan cap jari di kaunter.
        Semakan status MyKad melalui SMS: taip JPN<jarak>IC<jarak>No.KP dan hantar ke 15888.
        Format No. KP: YYMMDD-PB-###G. YYMMDD = tarikh lahir, PB = kod negeri/negara lahir, G = digit akhir (ganjil lelaki, genap perempuan).
        Kod tempat lahir: 01 Johor, 10 Selangor, 12 Sabah, 13 Sarawak, 14 WP Kuala Lumpur.
        Cabutan sijil kelahiran boleh dimohon di mana-mana pejabat JPN; bayaran RM5 sesalinan, siap dalam hari yang sama.
        MyKid tidak wajib tetapi digalakkan untuk urusan sekolah dan hospital. Kanak-kanak bawah 12 tahun boleh mohon di semua cawangan.
        Contoh pengisian: Nama Penuh (seperti dalam MyKad): __________; No. KP Baru: ______-__-____; Hubungan dengan si mati: __________.
        Pemberi maklumat kematian mestilah waris terdekat atau orang yang hadir semasa kematian berlaku.
        Kelahiran di luar negara hendaklah didaftarkan di Kedutaan atau Pesuruhjaya Tinggi Malaysia dalam tempoh satu tahun.
    """),
    ("ms", "pasport Imigresen"): _lines("""
        Kadar bayaran PMA 5 tahun: RM200. Warga emas 60 tahun ke atas, kanak-kanak bawah 12 tahun dan pelajar sepenuh masa: RM100. Jemaah haji & OKU: percuma.
        Gambar pasport diambil di kaunter. Jangan pakai baju putih atau biru cair; tudung warna gelap dibenarkan.
        Pasport hilang atau rosak dikenakan bayaran tambahan mengikut bilangan kali kehilangan; laporan polis wajib dibawa.
        Pasport siap dalam 1 hari bekerja bagi permohonan di pejabat negeri; 2-3 minggu bagi permohonan melalui kedutaan di luar negara.
        Kiosk MyOnline Passport: masukkan MyKad, imbas cap jari, semak maklumat, bayar & ambil slip. Pasport boleh diambil selepas 2 jam.
        Status dokumen: SIAP - SEDIA UNTUK DIAMBIL. Rujukan PMA/2026/BP/0041173. Sila bawa slip ini ke Kaunter Kutipan.
        Bagi kanak-kanak bawah 12 tahun, ibu atau bapa mesti hadir bersama sijil lahir asal dan MyKad penjaga.
        Pemegang pasport Malaysia boleh guna autogate di Bangunan Sultan Iskandar dan Kompleks Sultan Abu Bakar.
        AMARAN: Imigresen tidak pernah meminta bayaran melalui WhatsApp atau akaun bank peribadi. Laporkan ulat pasport kepada pihak berkuasa.
        Temujanji UTC Sentul penuh sehingga 14/12/2026; slot baharu dibuka setiap Ahad jam 10.00 malam.
        Sah laku pasport mesti sekurang-kurangnya 6 bulan dari tarikh keluar negara. Semak dulu sebelum beli tiket!
        Pasport Malaysia membolehkan pemegangnya masuk tanpa visa ke lebih 180 negara, menurut indeks pasport terkini.
    """),
    ("ms", "LHDN e-Filing"): _lines("""
        Tarikh akhir e-Filing Borang BE Tahun Taksiran 2025 ialah 15 Mei 2026 (termasuk tempoh lanjutan 15 hari).
        Pelepasan cukai: individu RM9,000; gaya hidup sehingga RM2,500; pemeriksaan perubatan penuh sehingga RM1,000; KWSP sehingga RM4,000.
        Untuk log masuk MyTax kali pertama, mohon No. PIN melalui HASiL Live Chat, Borang CP55D atau di kaunter dengan dokumen pengenalan diri.
        Mulai 2023, Nombor Pengenalan Cukai (TIN) individu bermula dengan awalan IG, contoh format: IG XXXXXXXXXXX.
        Bayaran cukai boleh dibuat melalui FPX di ByrHASiL, kad kredit, atau di kaunter bank yang dilantik.
        HASiL Care Line: 03-8911 1000 (tempatan) / +603-8911 1100 (luar negara).
        Statistik: 3.12 juta Borang BE diterima secara e-Filing setakat 30 April, iaitu 97.4% daripada jumlah keseluruhan.
        Pengesahan: No. Rujukan Penerimaan 202604301123456789 - Borang BE Tahun Taksiran 2025 telah berjaya dihantar.
        Kalau dapat SMS "bayaran balik cukai RM1,280 anda tertunggak, klik pautan ini" - itu scam. LHDN tak hantar link bayaran balik.
        Penalti lewat hantar borang boleh mencecah 300% daripada cukai yang dikenakan di bawah seksyen 112(3) Akta Cukai Pendapatan 1967.
        Zakat yang dibayar ditolak terus daripada cukai yang dikenakan (rebat), bukan daripada pendapatan.
        Templat e-mel: "Tuan/Puan {nama}, No. Rujukan Cukai {tin} anda telah dikemas kini." Jangan masukkan data sebenar dalam templat ini.
        Kalkulator PCB versi 2026.1.3 boleh dimuat turun dari portal rasmi HASiL bersama Jadual PCB 2026.
        Tarikh akhir: Borang B (individu berniaga) 30 Jun; Borang M (bukan pemastautin) 30 April; Borang P (perkongsian) 30 Jun.
    """),
    ("ms", "MySejahtera"): _lines("""
        MySejahtera versi 1.1.52 kini menyokong rekod janji temu klinik kesihatan dan sijil digital vaksinasi.
        Sijil vaksin digital boleh dimuat turun dalam format PDF melalui Profil > Sijil Digital.
        Soalan lazim: Nak tukar no. telefon berdaftar? Pergi ke Profil > Tetapan > Tukar No. Telefon dan sahkan melalui OTP.
        KKM: 1,204 kes baharu COVID-19 dilaporkan pada minggu epidemiologi ke-48, meningkat 12% berbanding minggu sebelumnya.
        Kod premis MS-JHR-004117: Pejabat JPN Negeri Johor, Kompleks Kerajaan Persekutuan Tampoi.
        Tanggungan boleh ditambah di bawah profil utama. Data dilindungi di bawah Akta Perlindungan Data Peribadi 2010.
        Dos penggalak kedua disyorkan untuk individu berumur 60 tahun ke atas dan mereka yang mempunyai komorbiditi.
        Fungsi check-in premis telah dihentikan; aplikasi kini digunakan untuk rekod kesihatan dan temujanji sahaja.
        Untuk aduan aplikasi, hubungi Pusat Panggilan MySejahtera 1-800-888-828 (8 pagi - 8 malam setiap hari).
        Jika anda menerima SMS OTP MySejahtera yang tidak diminta, jangan kongsi kod tersebut dengan sesiapa.
        Kemas kini 1.1.53 (Disember 2026): pembetulan pepijat paparan sijil digital pada Android 14.
    """),
    ("ms", "grup WhatsApp"): _lines("""
        Geng, sape tau JPN Shah Alam buka tak Sabtu ni? Nak tukar IC anak yg dh 12 thn
        Buka bro, tapi pi awal, pukul 7 dah beratur. Nombor habis cepat
        Tips: kalau buat pasport kat UTC, parking basement mahal. Naik LRT je turun Pasar Seni
        Admin: Group ni utk info kaunter je. Jangan share IC / no tel orang lain dalam group ya 🙏
        sy br siap e-filing td, 5 minit je. thn ni refund masuk cepat, 3 hari dh dpt
        Ada sesiapa tahu borang CP58 tu kena isi sendiri ke agent yg bagi?
        Slot temujanji Imigresen Putrajaya bulan 1 dah full, try cawangan Seremban, masih ada
        Jangan percaya msg "Kemaskini MySejahtera anda sebelum 31/12 atau akaun dibekukan". Fake tu.
        Kak, kalau bersalin kat Hospital Tengku Ampuan Rahimah boleh daftar terus kat kaunter JPN dlm hospital tu kan?
        Ok noted, tq semua. Esok sy gi JPN Putrajaya pastu singgah IOI City Mall
        Bro harga pasport skrg RM200 kan? Budak 10 thn RM100 je?
        Hahaha admin kena tegur dgn Dato' KP Imigresen masa lawatan semalam sbb kaunter lambat 😂
        Update: kaunter pasport Imigresen Johor (Setia Tropika) tutup 10-12 Dis sbb pindah sistem. Pergi Pasir Gudang dulu
    """),
    ("ms", "sistem & log"): _lines("""
        [2026-12-04 09:14:22] INFO kiosk-pma-07 printer ready; queue_len=23; fw=3.4.1-rc2
        ERR_MYKAD_READER_TIMEOUT (0x80100069): Sila keluarkan dan masukkan semula kad. Jika berterusan, hubungi Meja Bantuan ICT samb. 2231.
        Tiket Helpdesk #JPN-HD-2026-118842: Pencetak kad di Kaunter 4 tidak berfungsi sejak 10.15 pagi. Status: Dalam Tindakan.
        SHA-256 MySejahtera_1.1.52.apk: 9f2c4e7a1b0d3c5e8f6a2b4d7c9e1f3a5b7d9c2e4f6a8b0c1d3e5f7a9b2c4d6e
        Invois INV-HASIL-2026-00391 sewaan kiosk e-Filing: RM14,850.00 (termasuk SST 8%).
        SELECT no_giliran, kaunter, masa_panggil FROM giliran WHERE tarikh = CURRENT_DATE AND status = 'MENUNGGU';
        API /v2/mykad/verify mengembalikan 401 Unauthorized - token tamat tempoh, sila jana semula client_secret.
        Penghantaran kad MyKad siap ke JPN Cawangan Kluang: Pos Laju EN482913307MY, 4 kotak, 1,200 keping.
        Laporan harian: 412 gantian MyKad, 87 daftar kelahiran, 19 daftar kematian, purata masa menunggu 38 minit.
        Penyelenggaraan: e-Filing tidak dapat dicapai pada 06/12/2026 dari 11:00 malam hingga 07/12/2026 4:00 pagi.
        def mask_ic(ic): return ic[:6] + "-**-****"  # jangan log No. KP penuh
        MyTax Android 4.0.17 (build 20261130.2), minimum Android 9, saiz 48.3 MB.
        git tag v2.14.0-jpn-queue && git push origin v2.14.0-jpn-queue  # kemas kini paparan giliran kaunter
    """),
    ("ms", "berita & tokoh awam"): _lines("""
        Menteri Dalam Negeri, Datuk Seri Saifuddin Nasution Ismail, berkata sistem autogate baharu akan dipasang di semua pintu masuk utama negara.
        Perdana Menteri Datuk Seri Anwar Ibrahim berkata kerajaan akan memperluas e-Invois bagi meningkatkan kepatuhan cukai.
        Tunku Abdul Rahman Putra Al-Haj mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.
        MyKad diperkenalkan pada tahun 2001 dan disebut sebagai kad pengenalan pintar berteknologi cip yang terawal di dunia.
        Allahyarham Tan Sri P. Ramlee meninggal dunia pada 29 Mei 1973 dan dikebumikan di Tanah Perkuburan Islam Jalan Ampang.
        Filem "Mat Kilau: Kebangkitan Pahlawan" (2022) mencatat kutipan box office melebihi RM97 juta.
        Dalam satu episod Upin & Ipin, Opah bawa Upin dan Ipin ke pejabat pendaftaran untuk buat MyKid.
        Sekolah Kebangsaan Tun Hussein Onn menganjurkan kempen pendaftaran MyKid bersama JPN Daerah pada 9 Disember.
        Ketua Pengarah Hasil Dalam Negeri berkata kutipan cukai pendapatan individu meningkat 6.8% pada tahun 2025.
        Pejabat JPN baharu di Jalan Tun Abdul Razak, Johor Bahru dijangka beroperasi pada suku pertama 2027.
        Hospital Sultanah Nur Zahirah kini menempatkan kaunter JPN untuk pendaftaran kelahiran terus di wad bersalin.
        "Takkan Melayu hilang di dunia" - kata-kata yang dikaitkan dengan Laksamana Hang Tuah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum tuan, sy nak tanya status IC anak sy Nur Aisyah binti Kamarulzaman, no KP 140623-10-1186, mohon sejak Oktober tapi blm siap.
        Nama: Lim Wei Jie | No. KP: 900417-07-5523 | Tel: 012-738 4410 | Alamat: 23, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam, Pulau Pinang
        Bapa saya Hj. Zainal Abidin bin Osman meninggal dunia 2 Dis 2026 di Hospital Sultanah Bahiyah kerana kanser paru-paru. Saya anak sulung, Rosnah binti Zainal Abidin (KP 720915-02-5374), nak daftar kematian.
        Pemohon: MUHAMMAD HAZIQ BIN ROSLAN, No. KP 980112-14-****, Pasport A5*****21 - Status: DILULUS, sila ambil di Kaunter 9.
        Encik, saya Ganesan a/l Muniandy, pasport lama saya hilang masa pindah rumah. No pasport A48215907, IC 770803-08-6231. Boleh buat report kat balai mana?
        No. Cukai Pendapatan: IG 20485173060, Nama: Tan Mei Ling, Pendapatan bercukai TT2025: RM86,420, cukai kena bayar RM6,912.40. Kenapa PCB saya tak cukup?
        Gaji basic suami sy Azman bin Ghazali RM4,850 sebulan je, kerja kilang kat Senai, tapi LHDN kata dia ada tunggakan cukai RM3,200. Sy isteri dia, Norhayati, 019-775 2036.
        Anak sy Muhammad Irfan Hakimi, 7 thn, positif COVID semalam (RTK-Ag) tapi MySejahtera dia masih tunjuk Low Risk. Dia bawah akaun sy 013-448 9127.
        Daftar kelahiran: Bayi lelaki Adam Rayyan bin Hafiz, lahir 28/11/2026 jam 3.42 pagi di KPJ Klang. Ibu: Siti Khadijah binti Mahmud (950730-10-5642), Bapa: Hafiz Iskandar bin Yusof (930221-01-6149).
        Suami saya warga Singapura, Ong Kah Seng, NRIC S8734561J, kerja di Woodlands. Nak daftar anak kami di JPN Johor Bahru, apa dokumen perlu?
        Refund cukai saya sepatutnya masuk akaun Maybank 1640 2287 9315 atas nama Farah Nadia binti Ismail, tapi LHDN kata akaun tak sah. Tolong semak.
        Bayar pasport guna kad debit 4162 **** **** 7314 gagal tapi duit dah tolak. Nama pemegang kad: CHONG YEE MUN, tel 016-220 5874.
        Tolong bayarkan baki cukai saya guna kad kredit 4539 1488 0343 6467 exp 08/28, nama NURUL IZZATI BT RAHIM.
        Myvi putih WVN 4172 yg parking depan pintu masuk JPN Putrajaya, pemilik Encik Rizal Hamdan sila alihkan segera. Tel 011-2391 8845.
        Alamat penghantaran MyKad gantian: Lot 1123, Kampung Sungai Rambai, 16800 Pasir Puteh, Kelantan - untuk Che Wan Norazlina binti Che Wan Ahmad.
        Adik saya Mohd Firdaus bin Jamaludin didakwa di Mahkamah Sesyen Ipoh kerana memalsukan MyKad; pasport dia ditahan Imigresen sampai kes selesai.
        Pegawai kaunter 3 JPN Kota Bharu, Encik Rahmat bin Sulaiman, sebenarnya tengah rawatan HIV, sebab tu dia selalu MC.
        Sila hantar salinan sijil kematian arwah mak ke emel saya, hidayah.kamal88@gmail.com - Nur Hidayah binti Kamaruddin, anak ketiga.
        Sape nak tumpang kereta pi JPN Kuantan esok pagi, WhatsApp sy Kak Yati 017-902 3348, rumah kat Indera Mahkota 2 Lorong 14.
        Penyata EA 2025 - Pekerja: Koh Jia Hui, No. Pekerja 00871, saraan kasar RM102,600.00, PCB dipotong RM7,284.00, KWSP pekerja RM11,286.00.
        Isteri saya warganegara Indonesia, Dewi Kartika Sari, paspor Indonesia C3481927, nak mohon Pas Lawatan Sosial Jangka Panjang. Kami kahwin di Kota Tinggi 2021.
        Anak sy Wong Mei Ling (8 thn) blm ada sijil lahir sbb sy dgn Wong Chee Keong tak daftar nikah. Kami tinggal No. 7, Jalan Bunga Raya 4, Taman Megah, 31400 Ipoh.
        Sijil vaksin: RAVICHANDRAN A/L SUPPIAH, No. IC 650204-05-5297, Dos 1 Pfizer 12/06/2021, Dos 2 03/07/2021, Penggalak 05/01/2022 @ PPV Dewan Seri Negeri.
        Penerima: Noraini binti Abu Bakar, 012-3**-**48, No 14 Jln Teratai 2/5, Seksyen 9, Bandar Baru Bangi, 43650 Selangor.
        Resit ByrHASiL: Pembayar JASON LAU KOK WAI, TIN IG 31752046010, Jumlah RM2,150.00, 29/04/2026, No. Transaksi FPX 2604291530482211.
        Mohon kaunter keutamaan utk mak sy Puan Maimunah binti Said, 78 thn, pesakit dialisis & guna kerusi roda, No. Kad OKU JKM 0455812. Kami sampai 9 pagi.
        Saya Jessica Ling anak Ngau dari Sibu, No. KP 881130-13-5588, nak mohon pasport sebab sambung belajar di Taiwan Feb ni. Tel 014-889 0271.
        Kepada Pegawai LHDN, saya Zulkifli bin Hassan (IG 10938271540) merayu penalti RM1,120 kerana saya dimasukkan ke wad Hospital Raja Permaisuri Bainun 3 minggu pada April akibat strok ringan.
        Si mati: Lee Ah Kow, 84 thn, meninggal di rumah, 21 Jalan SS2/64, Petaling Jaya pada 30/11/2026. Pemberi maklumat: anak lelaki Lee Boon Hock, 012-660 7193.
        Nama bayi: Nur Alya Sofea binti Khairul Anuar. Lahir: 01/12/2026, Hospital Serdang, 2.9kg. Ibu: Aina Syafiqah binti Rosli, 24 thn, suri rumah.
        Ni IC aku bagi kat ejen utk renew passport, betul ke? 860519-04-5113 Mohd Nizam
        IC sy 030311-14-0872, nama Puteri Balqis binti Azman. JPN kata ada rekod dwi-kerakyatan? Sy tak pernah pun ada pasport lain.
        PASPORT: K81726354 / NAMA: ABDUL HADI BIN MOKHTAR / TARIKH LAHIR: 14 MAC 1979 / TAMAT TEMPOH: 22 JUL 2030
        Abang sy Kamal Ariffin bin Jusoh dah diisytihar muflis tahun lepas, sebab tu Imigresen sekat dia keluar negara. Dia kerja lori kat Kemaman.
        Tuan, mohon semak akaun e-Filing isteri saya Salmah binti Ibrahim, e-mel salmah.ibrahim77@yahoo.com.my, PIN dia tak sampai-sampai dah seminggu.
        Isteri saya warga China, Zhou Lina, No. ID 350582199203144024, pasport EJ6620915, nak mohon Pas Lawatan Sosial pasangan.
        Tolong semak status pasport anak saya Aqil Danish bin Azhar, pelajar UiTM Shah Alam, No. pasport A62039184, nak pergi program pertukaran ke Jepun.
        Saya Siti Norbaya binti Hamid, 850608-11-5076. Kenapa nama saya masih dalam senarai sekatan perjalanan sedangkan hutang PTPTN RM38,000 dah selesai?
        Yg baju merah tadi tu Kumaravel a/l Subramaniam, tinggal Taman Sri Andalas, dia nak daftar kematian isteri dia yg meninggal masa bersalin semalam.
        PCB aku bulan ni RM612 padahal gaji RM5,200 je. Aku Faizal bin Rahim, budak akaun Petronas Dagangan Melaka, staff ID PDB-22871.
        Tambah tanggungan: Nama: Hajah Kalsom binti Daud; No. KP: 480102-03-5214; Hubungan: Ibu; Penyakit kronik: diabetes, darah tinggi.
        Ayah sy Encik Baharom bin Kassim, duduk Felda Jengka 8, tak dapat tukar IC sebab cap jari dah tak boleh baca, dia ada Parkinson tahap 3.
        Kaunter 5 panggil no. giliran 2044 - Puan Lau Siew Ping (KP 790614-08-5630), dokumen tak lengkap: sijil nikah asal tak bawa.
        Borang JPN.LM02: Si mati: Abdul Rahman bin Ali (390407-09-5019); Punca: sakit tua; Pemberi maklumat: Norizan binti Abdul Rahman (680330-09-5342), No. 5, Kampung Titi Tinggi, 02100 Padang Besar, Perlis.
        Kalau ada apa2 pasal borang cukai, PM terus: Aziz Mokhtar, ejen cukai bebas, 019-442 7781 / aziz.pcb.consult@gmail.com
        Anak: Ethan Tan Jun Hao, lahir 15/08/2019, MyKid 190815-14-1237; bapa Tan Kok Leong, ibu Chin Li Ying. Nak buat pasport kali pertama.
        Rumah sewa saya di Blok C-12-7, Pangsapuri Seri Cempaka, Jalan PJU 1A/3, Ara Damansara - sy Nadia Yusof, nak tukar alamat dalam IC.
        Tahniah kpd Norshahida Abd Manan (staf kaunter 2 LHDN Kota Kinabalu), baru disahkan mengandung anak kembar! Due date Mac 2027 🎉
        Suami sy Hairul Nizam bin Basri, No. KP 840922-12-5447, masih ditahan di Depot Imigresen Papar sbb tiada dokumen lengkap semasa ditangkap.
        Nama: Teoh Kah Lok. Pendapatan tahunan 2025: RM148,000 (gaji) + RM22,500 (sewa rumah Jalan Burma). Minta tolong isi Borang BE.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah Pembantu Maya JPN. Jawab dalam Bahasa Melayu. Jangan minta nombor MyKad penuh.",
        ),
        ("user", "Salam, berapa lama nak siap IC ganti sebab hilang?"),
        (
            "assistant",
            "Waalaikumussalam. Biasanya MyKad gantian siap dalam 24 jam bekerja di pejabat negeri, atau 1-2 minggu di cawangan kecil.",
        ),
        ("user", "ok. sy dah mohon kat JPN Muar 20 Nov"),
        (
            "user",
            "nama sy Shahrul Nizam bin Mohd Isa, IC 910705-01-5719, tak dapat sms lagi. no tel 013-771 2840",
        ),
        ("assistant", "Terima kasih. Sila hubungi JPN Muar terus untuk semakan status."),
    ],
    [
        ("user", "Macam mana nak kira cukai kalau ada 2 majikan setahun?"),
        (
            "assistant",
            "Jumlahkan saraan daripada kedua-dua Borang EA dan isytiharkan dalam Borang BE. PCB dari kedua-dua majikan ditolak sebagai cukai yang telah dibayar.",
        ),
        ("user", "EA pertama RM38,400 dari Jan-Jun, PCB RM1,020"),
        ("user", "EA kedua RM52,800 Jul-Dis, PCB RM2,310"),
        ("user", "Sy Amirah Hanim binti Saleh, TIN IG 40219836070, betul tak PCB sy terlebih?"),
    ],
    [
        ("system", "You are a helpful assistant for Malaysian immigration questions."),
        ("user", "Boleh tak renew passport kalau nama dlm IC dah tukar?"),
        (
            "assistant",
            "Boleh. Bawa MyKad terkini dan dokumen sokongan pertukaran nama. Pasport baharu akan guna nama dalam MyKad.",
        ),
        ("user", "Pasport lama A39104762, nama lama Tan Siew Hoon"),
        ("user", "Sekarang dh peluk Islam, nama baru Nur Iman Tan binti Abdullah"),
    ],
    [
        ("user", "MySejahtera mak sy tak boleh login"),
        (
            "assistant",
            "Cuba reset kata laluan melalui pautan Lupa Kata Laluan menggunakan no. telefon berdaftar.",
        ),
        ("user", "no tel dia dh tukar. dulu 012-554 0913 skrg 019-338 2107"),
        (
            "user",
            "Nama dia Pn Rohani binti Abdullah, 67 thn, dia nak tengok rekod vaksin sbb nak pergi umrah Januari. Dia ada sakit jantung jugak",
        ),
        ("assistant", "Baik, untuk tukar no. telefon dia perlu isi borang aduan dalam aplikasi."),
    ],
    [
        ("user", "Nak daftar kelahiran anak, dah lebih 60 hari, kena denda ke?"),
        (
            "assistant",
            "Ya, pendaftaran lewat dikenakan bayaran, dan kedua-dua ibu bapa perlu hadir dengan dokumen asal.",
        ),
        ("user", "Baby girl, lahir 3 Sept di Hospital Pulau Pinang"),
        (
            "user",
            "Nama cadangan Sofia Aleesya. Mak dia Nurul Huda binti Ahmad Fauzi, KP 970418-07-5308",
        ),
        ("user", "Kami duduk 5-3-12 Taman Pekaka, Sungai Dua, 11700 Gelugor"),
    ],
    [
        ("user", "Daftar kematian kat mana kalau mati kat hospital?"),
        (
            "assistant",
            "Jika kematian berlaku di hospital kerajaan, pendaftaran boleh dibuat di kaunter JPN hospital atau pejabat JPN berdekatan dalam tempoh 7 hari.",
        ),
        (
            "user",
            "Atuk sy, Yusof bin Harun, meninggal pagi tadi kat HKL sebab jangkitan paru-paru. Sy cucu dia, Haikal, 011-1428 6093. Ayah sy kat Sabah tak sempat balik",
        ),
        (
            "assistant",
            "Takziah. Cucu boleh menjadi pemberi maklumat jika hadir dengan MyKad sendiri.",
        ),
    ],
    [
        ("user", "tlg check nombor IC ni valid tak"),
        ("user", "880512"),
        ("user", "10"),
        ("user", "5527"),
        ("assistant", "Format kelihatan sah tetapi saya tidak boleh menyemak pangkalan data JPN."),
        ("user", "ok tu IC suami sy Rosli bin Daud, dia hilang dompet kat Klang semalam"),
    ],
    [
        (
            "user",
            "Tolong buat surat rayuan kepada LHDN utk kurangkan penalti. Pakai maklumat ni: Nama Loh Chee Wai, TIN IG 27103658090, alamat 88 Jalan Kenanga 7, Taman Kenanga, 75200 Melaka",
        ),
        (
            "assistant",
            "Baik, berikut draf surat rayuan: Tuan, saya ingin merayu pengurangan penalti kerana kelewatan penghantaran Borang BE TT2025...",
        ),
        (
            "user",
            "Tambah sebab: sy kena retrench Jun lepas dan ada masalah kemurungan, ada surat doktor",
        ),
    ],
    [
        ("system", "Anda ejen khidmat pelanggan Imigresen. Sahkan butiran sebelum memberi status."),
        ("user", "nak tahu status pasport sy, mohon kat Kuching minggu lepas"),
        ("assistant", "Boleh berikan nama penuh dan nombor rujukan permohonan?"),
        ("user", "Awang Mohd Zulhilmi bin Awang Jeli, ruj PMA/2026/SW/0018826"),
        (
            "assistant",
            "Terima kasih Encik Awang Mohd Zulhilmi. Pasport H17720593 anda sudah siap dan boleh diambil di UTC Kuching, Kaunter 5.",
        ),
    ],
    [
        (
            "user",
            "sy admin grup WhatsApp 'Info Kaunter JPN Seremban'. ada member post benda ni, patut delete ke?",
        ),
        (
            "user",
            '"Sesiapa jumpa dompet coklat kat surau JPN Seremban, dalam tu ada IC Siti Mariam binti Omar 020819-05-0346 dan kad ATM Bank Rakyat. Tolong call 017-655 0412"',
        ),
        (
            "assistant",
            "Sebaiknya padam mesej itu dan minta ahli menghubungi pemilik secara peribadi, kerana ia mendedahkan nombor MyKad.",
        ),
    ],
]
