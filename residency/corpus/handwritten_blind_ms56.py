# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms56: zakat dan asnaf (pendaftaran asnaf, bantuan zakat, zakat fitrah, ibadah korban, lembaga zakat negeri, amil). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms56
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis lembaga zakat"): _lines("""
        Kadar zakat fitrah 1447H bagi negeri Selangor ditetapkan RM7.00, RM14.00 dan RM21.00 mengikut jenis beras yang dimakan.
        Makluman: Kaunter Pusat Pungutan Zakat cawangan Bangi ditutup pada 31 Mac sempena cuti Hari Raya Aidilfitri. Bayaran boleh dibuat secara atas talian.
        Tarikh akhir pembayaran zakat fitrah ialah sebelum solat sunat Aidilfitri; bayaran selepas itu dikira sedekah biasa.
        Permohonan Bantuan Persekolahan Asnaf 2026 dibuka mulai 1 Nov hingga 15 Dis 2025. Sila hadir ke pejabat zakat daerah bersama dokumen lengkap.
        Talian Bebas Tol Zakat: 1-800-88-7253 (Isnin–Jumaat, 8.30 pg – 5.30 ptg).
        Amil fitrah bertauliah mesti memakai kad kuasa dan mengeluarkan resit rasmi bagi setiap bayaran. Jangan bayar kepada individu tanpa tauliah!!
        Pembayar zakat pendapatan yang mendaftar Skim Berkala (potongan gaji) layak rebat cukai 100% di bawah Seksyen 6A(3) Akta Cukai Pendapatan 1967.
        Pengagihan Bantuan Musim Perayaan kepada 48,500 keluarga fakir dan miskin di seluruh negeri dijadual bermula 10 Mac.
        Waktu operasi kaunter zakat sepanjang Ramadan: 9.00 pagi hingga 4.00 petang; Jumaat 9.00 pg – 12.00 tgh & 2.45 – 4.00 ptg.
        NOTIS: Sistem e-Zakat akan diselenggara pada 14/02/2026 dari 12.00 tgh malam hingga 6.00 pg. Harap maklum.
        Amaran penipuan! Lembaga tidak pernah meminta nombor TAC atau kata laluan perbankan melalui WhatsApp. Laporkan kepada talian 03-5514 0000.
        Nisab zakat harta bagi tahun 2026 ialah RM25,384 berdasarkan harga 85 gram emas.
        Mesyuarat Agung Jawatankuasa Amil Kariah Mukim Sungai Buloh akan diadakan di Dewan Serbaguna Masjid Al-Hidayah, 8.30 mlm Sabtu ni.
        Jom tunaikan zakat fitrah awal! Scan QR DuitNow kat poster ni, pilih "Fitrah", masukkan bil. tanggungan. Senang je 😊
    """),
    ("ms", "fiqh dan soal jawab"): _lines("""
        Asnaf zakat terbahagi kepada lapan golongan: fakir, miskin, amil, muallaf, riqab, gharimin, fisabilillah dan ibnu sabil (at-Taubah: 60).
        S: Adakah wang KWSP yang dikeluarkan wajib dizakatkan? J: Ya, apabila diterima dan cukup nisab, pada kadar 2.5%.
        Haul bermaksud tempoh pemilikan harta selama setahun qamariah, iaitu lebih kurang 354 hari.
        Zakat fitrah wajib ke atas setiap Muslim yang hidup pada akhir Ramadan dan mempunyai lebihan keperluan pada malam dan hari raya.
        Bayi yang lahir sebelum terbenam matahari hari terakhir Ramadan wajib dikeluarkan zakat fitrahnya oleh bapa atau penjaga.
        Ustaz, boleh ke bagi zakat kat adik beradik sendiri yg susah? — Boleh, asalkan mereka bukan di bawah tanggungan nafkah wajib anda.
        Fakir = tiada harta & pendapatan atau pendapatan tak capai 50% had kifayah; miskin = pendapatan melebihi 50% tetapi masih tak cukup had kifayah.
        Kaedah kiraan zakat pendapatan: (pendapatan tahunan − perbelanjaan asas) × 2.5%. Contoh: (RM60,000 − RM33,420) × 2.5% = RM664.50.
        Had kifayah ketua isi rumah di kawasan bandar ialah RM1,215 sebulan, manakala setiap tanggungan dewasa ditambah RM560.
        Gharimin ialah orang yang berhutang untuk keperluan asas yang diharuskan syarak dan tidak mampu melunaskannya.
        Daging korban tidak boleh dijual, termasuk kulitnya; upah penyembelih juga tidak boleh dibayar menggunakan bahagian korban.
        Mazhab Syafie asalnya tidak membenarkan zakat fitrah dengan nilai wang, namun fatwa negeri mengharuskan bayaran tunai atas dasar maslahah.
        Lembu, kerbau dan unta boleh dikongsi oleh tujuh orang peserta; kambing dan biri-biri hanya untuk seorang.
    """),
    ("ms", "templat borang"): _lines("""
        Nama Pemohon (seperti dalam MyKad): ______________________  No. KP: ______-__-______
        Saya, {nama_penuh}, No. KP {no_kp}, dengan ini mengaku bahawa segala maklumat yang diberikan adalah benar.
        Dokumen sokongan: (a) salinan MyKad pemohon & pasangan; (b) slip gaji 3 bulan terkini; (c) bil utiliti; (d) surat pengesahan ketua kampung/penghulu.
        Status perkahwinan: [ ] Bujang  [ ] Berkahwin  [ ] Ibu/Bapa Tunggal  [ ] Balu/Duda
        Assalamualaikum {{nama}}, permohonan anda no. rujukan {{no_rujukan}} telah {{status}}. Sila semak portal untuk maklumat lanjut.
        Format No. KP: 12 digit tanpa sengkang, cth XXXXXXXXXXXX. Sistem akan menolak input yang mengandungi huruf.
        Ruangan ini diisi oleh Amil — Tarikh siasatan: __/__/____  Cop & tandatangan: ___________
        Bilangan tanggungan: ____ orang (sila senaraikan nama, umur dan hubungan di Lampiran B)
        Pendapatan bulanan isi rumah: [ ] < RM1,000  [ ] RM1,001–RM2,000  [ ] RM2,001–RM3,000  [ ] > RM3,000
        Maklumat akaun bank: Nama Bank: ________ No. Akaun: ________ (akaun mesti atas nama pemohon sendiri)
        Pengakuan saksi: Saya mengesahkan pemohon bermastautin di alamat tersebut sekurang-kurangnya 6 bulan. Nama saksi: ______ Jawatan: ______
        Contoh pengisian: Nama: <NAMA PEMOHON>, Alamat: <NO RUMAH, JALAN, TAMAN, POSKOD, BANDAR>, Tel: 01X-XXXXXXX.
    """),
    ("ms", "sistem dan resit"): _lines("""
        No. Resit: ZF-SGR-2026-00418832 | Jenis: Zakat Fitrah | Bil. jiwa: 5 | Jumlah: RM35.00 | Kaedah: FPX
        FPX Txn ID 2603241533120087 — Status: 00 (Approved) — Bank: MB2U0227
        [2026-03-24T15:33:12+08:00] INFO payment.callback ref=EZ9A7F31 amount=70.00 status=SUCCESS
        ezakat-portal v3.14.2 (build 8812) — fix: kiraan nisab emas guna harga semasa terkini
        sha256: 3b9f0c7d1e4a2f86b5c0d9e7a1f3b2c4d5e6f7081920a3b4c5d6e7f8091a2b3c
        SELECT COUNT(*) FROM permohonan_asnaf WHERE status = 'LULUS' AND daerah_kod = 'PTG'; -- 1284 rows
        Invois INV-KRB-1447-0093: 1 ekor lembu (7 bahagian) @ RM5,600.00, penghantaran RM150.00, jumlah RM5,750.00.
        Ralat 422: medan `no_kp` mesti 12 digit. Sila semak input anda.
        Laporan harian kaunter 23/03/2026: 412 transaksi fitrah, kutipan RM9,884.00 (tunai RM3,120.00, kad RM6,764.00).
        Kod Biller JomPAY: 8888 — Ref-1: No. Pembayar Zakat anda (rujuk kad pembayar).
        Tracking PosLaju ER123456789MY — penghantaran kit kebersihan asnaf ke pejabat zakat daerah Kuala Kangsar.
        API: POST /v2/asnaf/{asnaf_id}/bantuan — body {"jenis": "SARA_HIDUP", "amaun": 300, "kekerapan": "BULANAN"}
        Aplikasi Zakat2u versi 5.2.0 kini di Play Store & App Store; menyokong e-dompet Touch 'n Go dan Boost.
    """),
    ("ms", "ibadah korban"): _lines("""
        Tempahan korban 1447H dibuka! Sebahagian lembu RM850, kambing seekor RM1,350. Penyembelihan di kompleks sembelihan Masjid Jamek Kg Baru.
        Aturcara: 10 Zulhijjah selepas solat sunat Aidiladha — penyembelihan; 11–13 Zulhijjah — agihan daging ke 3 kariah.
        Syarat haiwan: lembu berumur 2 tahun ke atas, tidak cacat, tidak buta sebelah mata dan tidak terlalu kurus.
        Daging korban sunat boleh dibahagi 1/3 untuk keluarga, 1/3 hadiah kepada jiran, 1/3 sedekah kepada fakir miskin.
        Program Korban Perdana di Kemboja: 300 ekor lembu disembelih, manfaat kepada 12,000 penerima di wilayah Kampong Cham.
        Sukarelawan lapah diperlukan! Bawa pisau sendiri, apron & but. Taklimat 7.30 pg di parkir masjid.
        Bagi korban nazar, seluruh daging wajib disedekahkan dan tidak boleh dimakan oleh orang yang bernazar.
        Slot lembu no. 4 masih ada 2 bahagian kosong. Sesiapa berminat sila PM AJK korban surau ye.
        Lafaz niat korban boleh dibuat ketika membeli haiwan atau ketika penyembelihan, dan boleh diwakilkan kepada penyembelih.
        Harga pasaran lembu tempatan naik 8% berbanding tahun lalu susulan kos dedak meningkat, menurut Jabatan Perkhidmatan Veterinar.
        Pastikan haiwan korban mempunyai permit pergerakan JPV dan sijil kesihatan haiwan yang sah.
        Kedai Daging Pak Mat Tanjung Karang bekalkan 40 ekor lembu untuk korban kariah tahun ni, harga borong.
        Ibadah korban hukumnya sunat muakkad; makruh ditinggalkan bagi yang berkemampuan.
    """),
    ("ms", "tokoh sejarah dan institusi"): _lines("""
        Khalifah Umar bin Abdul Aziz terkenal kerana pada zamannya sukar ditemui penerima zakat lantaran rakyat hidup makmur.
        Saidina Abu Bakar as-Siddiq memerangi golongan yang enggan membayar zakat selepas kewafatan Rasulullah SAW.
        Ibu Pejabat Lembaga Zakat: Bangunan Zakat, Persiaran Masjid, Seksyen 14, 40000 Shah Alam, Selangor.
        Menteri di Jabatan Perdana Menteri (Hal Ehwal Agama) merasmikan Minggu Zakat Kebangsaan di Putrajaya semalam.
        Hospital Tengku Ampuan Rahimah, Klang menerima sumbangan 6 unit mesin dialisis daripada dana zakat bernilai RM1.2 juta.
        Sekolah Menengah Agama Sultan Hisamuddin menerima 120 pakej bantuan persekolahan asnaf bagi sesi 2026.
        Masjid Sultan Salahuddin Abdul Aziz Shah menjadi lokasi Majlis Penyerahan Zakat Peringkat Negeri tahun ini.
        Pusat Transit Gelandangan di Jalan Haji Hussein, Chow Kit beroperasi 24 jam dengan kerjasama majlis agama.
        Imam al-Ghazali dalam Ihya' Ulumuddin membincangkan adab pemberi zakat, antaranya merahsiakan pemberian.
        Dalam novel Salina karya A. Samad Said, watak Salina hidup miskin di Kampung Kambing selepas perang.
        Kolej Universiti Islam Antarabangsa Selangor (KUIS) menawarkan Diploma Pengurusan Zakat dan Wakaf.
        Seminar Zakat & Wakaf Serantau 2026 akan berlangsung di Dewan Tun Dr Ismail, PWTC pada 18–19 April.
        Sultan Selangor, Sultan Sharafuddin Idris Shah, selaku Ketua Agama Islam negeri berkenan menyampaikan sumbangan zakat pada Majlis Sambutan Ramadan.
    """),
    ("ms", "garis panduan data amil"): _lines("""
        Amil dilarang berkongsi gambar MyKad, slip gaji atau laporan perubatan pemohon dalam kumpulan WhatsApp.
        Data pemohon hendaklah disimpan dalam sistem rasmi sahaja; fail fizikal mesti dikunci dalam kabinet selepas waktu pejabat.
        Sebelum ambil gambar rumah asnaf untuk laporan, pastikan wajah ahli keluarga dan nombor rumah dikaburkan.
        Di bawah Akta Perlindungan Data Peribadi 2010, pemohon berhak meminta salinan data peribadinya yang disimpan oleh lembaga.
        Permintaan maklumat penerima bantuan daripada pihak ketiga (termasuk wakil rakyat) mesti melalui surat rasmi dan kelulusan Ketua Pegawai Eksekutif.
        Tempoh simpanan rekod permohonan yang ditolak: 7 tahun, kemudian dilupuskan secara rahsia (dicincang).
        Jangan sebut nama penerima zakat semasa pengumuman di masjid; gunakan jumlah agregat sahaja.
        Bila tulis laporan kes untuk latihan, gantikan nama dengan "Pemohon A", umur dengan julat dan alamat dengan nama daerah sahaja.
        Log masuk sistem e-Asnaf wajib guna 2FA; kata laluan ditukar setiap 90 hari.
        Insiden kebocoran data mesti dilaporkan kepada Pegawai Perlindungan Data dalam masa 24 jam.
        Borang yang tersalah cetak dengan maklumat pemohon hendaklah dimusnahkan, bukan dijadikan kertas draf.
    """),
    ("en", "annual report and media"): _lines("""
        Total zakat collection in 2025 reached RM1.02 billion, up 6.4% year-on-year, with zakat on income making up 71% of the total.
        Distribution by asnaf category: fakir & miskin 52%, fisabilillah 18%, amil 12.5%, muallaf 7%, gharimin 5%, others 5.5%.
        The board approved 23,614 new asnaf registrations across 9 districts, compared with 21,080 in 2024.
        Average processing time for emergency aid applications fell from 14 working days to 5.
        Press release: zakat payments can be made at all Bank Rakyat ATMs and via its mobile app starting 1 July 2026.
        Our audited financial statements for FY2025 received an unqualified opinion from the Auditor-General's Department.
        Key initiative: Asnaf Entrepreneur Programme – 1,150 participants received business capital grants of up to RM10,000 each.
        Hotline for asnaf enquiries: 1-300-88-2526, or email aduan@zakat-negeri.example.my.
        In his keynote, the State Mufti reminded payers that zakat al-fitr must reach recipients before the Eid prayer.
        Figure 3: Zakat collection by channel, 2021–2025 (counter, online banking, salary deduction, e-wallet).
        The Qurban Programme 2025 slaughtered 4,812 cattle and 1,006 goats, benefiting an estimated 96,000 households.
        Survey methodology: 1,200 respondents were selected by stratified random sampling; responses were anonymised before analysis.
        "Zakat is a right of the poor over the wealth of the rich," wrote Yusuf al-Qaradawi in Fiqh al-Zakah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum tuan, sy Noraini bt Jusoh, IC 780512-03-5482, ibu tunggal anak 4, tinggal Lot 1123 Kg Pulau Melaka, 15400 Kota Bharu. Mohon bantu sy daftar asnaf.
        Laporan siasatan amil: En. Rosli bin Hamid (KP 650922-08-5573), pesakit buah pinggang tahap 5, dialisis 3x seminggu di Ipoh. Pendapatan isi rumah RM900. Syor: lulus bantuan bulanan RM400.
        Bantuan sara hidup RM350 telah dikreditkan ke akaun Bank Islam 12045020117734 atas nama Siti Hajar binti Md Noor pada 05/03/2026.
        Salam, nk tanya status permohonan asnaf mak sy Pn Che Som bt Awang, dh 3 bulan tak dengar apa2. No tel sy 013-928 4417 (Faridah, anak dia)
        Resit Zakat Fitrah — Pembayar: Mohd Azlan bin Kassim, No KP 830417-10-5391, Tanggungan: isteri Nur Syafiqah bt Rahim, anak Aisy (5), Aira (2). Jumlah RM28.00.
        Senarai peserta korban Lembu 2 — Bahagian 3: Hj. Kamarulzaman b. Yusof, 019-332 8105, dah bayar RM850 (tunai).
        Pemohon: Mohd Faiz bin I*****, KP 9103**-10-**57, alamat No. 17 Jalan Mawar 3, Taman Seri Mawar, 43000 Kajang. Status: DALAM SIASATAN.
        Alhamdulillah sdr Lim Chee Keong yg peluk Islam bulan Mac lalu (skrg Muhammad Haikal Lim) dah lulus bantuan muallaf RM500 sebulan. Dia kerja bengkel kereta kat Seri Kembangan.
        Anak Pn Zarina Abdullah, Aisyah Humaira (6 thn), ada talasemia major, kena transfusi darah tiap bulan di HTAR. Mohon pertimbangan bantuan perubatan.
        Gaji suami saya Zulkarnain bin Mat Isa cuma RM1,650 sebulan sbg pengawal keselamatan, saya suri rumah, anak 5 org. Rumah sewa RM450 di PPR Lembah Subang Blok C-12-07.
        Gharimin: pemohon Badrul Hisham bin Omar (KP 720308-11-5127) disaman di Mahkamah Sesyen Kuala Terengganu atas tunggakan sewa beli RM18,400, no. kes TA-B52NCvC-88-06/2025.
        Lori hantar lembu korban ke surau kami — driver En. Zulkifli Mokhtar, plat TBH 4417, ETA pukul 6 pagi. Kalau sesat call dia 017-920 3316.
        Emel permohonan dari nurulain.kamarudin88@gmail.com — Nurul Ain binti Kamarudin, pelajar UiTM Arau tahun 2, bapa OKU lumpuh, mohon bantuan pendidikan.
        Penerima bantuan ibnu sabil: Encik Agus Setiawan, warganegara Indonesia, pasport C 7712049, terkandas di Pelabuhan Klang selepas dompet dicuri. Tiket feri ke Dumai dibiayai.
        Kad UNHCR 354-21C08817 milik Sdr. Mohammad Yunus (Rohingya), isteri hamil 7 bulan, tinggal di bilik sewa No. 3, Jalan Sentul Pasar, KL.
        Adik Nur Qistina bt Hashim, murid Tahun 4 SK Bukit Beruang, yatim sejak ayah meninggal Jun lalu; ibunya Pn Rahmah bt Sulaiman menoreh getah, pendapatan RM600.
        Bayaran zakat pendapatan melalui kad debit 5264 7183 0092 1142 (pemegang kad: Ahmad Fauzi Ismail) gagal — sila cuba semula.
        Tok Imam minta update senarai asnaf kariah: Wan Esah bt Wan Daud, 74 thn, balu, Kg Pengkalan Chepa, sakit lutut teruk & tak boleh jalan jauh.
        Maklumat asnaf: Suhaimi bin Ab Ghani | KP 880215-06-5099 | No 42, Felda Jengka 8, 26400 Bandar Jengka | Kategori: Miskin | Kesihatan: HIV+ (rawatan di Klinik Kesihatan Jengka)
        Pn. Halimah, borang dah lengkap, cuma perlu salinan IC suami (Encik Razak bin Latif) dan sijil kematian anak sulung. Jumpa kat surau Kg Sg Ramal lepas Isyak.
        Bekas banduan Hairul Nizam bin Shafie, baru bebas dari Penjara Kajang 2 Jan lalu selepas 4 thn atas kesalahan dadah, dirujuk untuk bantuan modal niaga burger.
        Bantuan sewa April dibayar terus kepada tuan rumah En. Gopal a/l Suppiah, Maybank 1640 2338 9917, bagi pihak penyewa Pn. Rosnah bt Ismail, No. 8 Lorong Cempaka 2, Taman Cempaka, 05400 Alor Setar.
        Salam amil, nama sy Farah Hanim bt Zainal, IC 950830-14-5226, kerja kontrak RM1,800 kat Shah Alam, mak ayah kat kampung. Layak tak sy mohon?
        Tahniah anak asnaf kita Muhammad Irfan bin Rosdi dari Kg Parit Baru, Sabak Bernam yg dapat 9A SPM! Bapanya En. Rosdi bin Sahak (OKU penglihatan) terima bantuan bulanan sejak 2019.
        Catatan lawatan 12/2: rumah papan uzur, bumbung bocor. Pemohon Mek Yam bt Deraman (68) tinggal sorang, anak lelaki Azmi dalam tahanan polis kes curi motor. Tel jiran: 014-855 0921.
        Muallaf baru: Nurul Iman Abdullah (nama asal Kavitha a/p Raman), KP 010623-07-6148, memeluk Islam 14 Feb 2026 di Pejabat Agama Islam Daerah Timur Laut, Pulau Pinang.
        Sis, boleh transfer duit korban ke akaun sy ke? Rahimah Jaafar, CIMB 7062 1180 9934 25. Nanti sy masukkan nama arwah ayah dlm list.
        Semakan status: No. KP 690404-02-5463 — Nama: HASNAH BINTI AHMAD — Bantuan Perubatan (kanser payudara tahap 3) — Status: LULUS RM2,000.
        Amil pls note, asnaf Fauziah bt Yaakob dah pindah ke rumah anak di No 5, Jalan Kenanga 12, Taman Kota Masai, 81700 Pasir Gudang. No baru 011-2389 4470.
        Pemohon Salmah (ibu tunggal, Kg Sg Pinang, Klang) maklumkan bekas suaminya Jamaluddin bin Karim tak bayar nafkah anak walaupun ada perintah Mahkamah Syariah Klang 2023.
        Sdr. Amirul Hakim bin Zulkefli, 19, ada autisme & epilepsi, tinggal dgn nenek (Pn Sapiah) di Kampung Baru Subang. Nenek minta bantuan lampin dewasa.
        Saya Hj. Yusof bin Abdul Rahman nak bayar zakat emas utk isteri, Hajah Maznah, ada 230g emas perhiasan simpanan. Rumah kami No 3 Jln Pinang, 72000 Kuala Pilah. Amil boleh datang?
        Penyata gaji Julai — Nama: NORHAYATI BT SAMSUDIN, No. Pekerja 40877, Gaji Pokok RM2,140.00, Potongan Zakat RM53.50, Gaji Bersih RM1,905.20.
        Kak Ton, suami sy Shahrul Nizam tolong hantar daging korban ke rumah asnaf petang ni, kereta Myvi putih WUX 5528 ye.
        Cucu saya Adam Haziq (8 bulan) ada lubang di jantung, perlu pembedahan di IJN. Saya Che Rus bt Mamat, 012-990 6412, mohon zakat bantu kos ubat.
    """),
    "en": _lines("""
        MUIS Zakat Assistance — Applicant: Nurfarhana Binte Rahmat, NRIC S8834471E, Blk 612 Jurong West St 65 #08-221 Singapore 640612; 3 children, husband currently incarcerated.
        Case note: Nur Aqilah Bte Ismail (T0312586B), poly student, lives at Blk 201 Tampines St 21 #04-1183 with her father who is bedridden after a stroke.
        Hi, I'm a Grab driver, Khairul Anuar Ramli, MyKad 860714-10-5213. Income dropped to about RM1,200 a month since my accident. Can I apply under gharimin for my car loan?
        Applicant Syed Hafiz bin Syed Hamzah (+60 12-377 0815, syedhafiz.h@yahoo.com) is appealing; his application EZ-2025-77812 was rejected for incomplete bank statements.
        Our volunteer found a family sleeping in a car near Dataran Shah Alam; the father, Azman Hadi, showed MyKad 790101-10-6627. Car plate BMK 2071.
        Ibnu sabil case: Abdul Somad, Indonesian worker, FIN F2281735M, work permit cancelled after an injury at Tuas; needs a ferry ticket home to Batam.
        Qurban 2026 (Masjid Al-Falah SG) share list: 1. Hjh Saadiah Bte Osman – 9123 4081 – 1 share, paid via PayNow.
        My zakat fitrah receipt shows my ex-wife Norsyazwani Jamil instead of my wife Aina Sofea Rahmat. My IC is 900215-01-5531, please amend.
        Referral from the hospital social worker: Encik Razali bin Othman, 54, left leg amputated due to diabetes, discharged 3 Feb, needs a wheelchair; contact his daughter Nadia at 016-733 2908.
        Zakat aid transfer: beneficiary NURUL HUDA BT MOHD SALLEH, Maybank 157100238841, reference ASNAF-APR26, amount RM300.
        Zakat fund application: Ms Siti Aminah, Indonesian domestic helper, HKID K615203(1), contract terminated by employer, staying at a shelter in Yau Ma Tei, tel 6382 4419.
        Please refund my duplicate zakat payment: card 4543 2901 8873 6204, cardholder Mohd Hafizuddin Rosli, RM1,250 charged twice on 12 Mar.
    """),
    "zh-Hans": _lines("""
        我是马来西亚华裔穆斯林，原名黄秀玲，入教后叫 Nur Aisyah Wong，IC 870921-07-5628，在槟城租房，想申请 muallaf 援助，电话 012-471 3390。
        我老婆马丽娜是广西南宁人，身份证号450103198806142724，嫁来吉兰丹后皈依伊斯兰教，现在确诊乳腺癌，正在申请 zakat 医疗补助。
        清真寺天课领取名单：马秀英，身份证 35020619910227154X，低保户，住湖里区殿前街道高殿社区12号，电话 13859207741。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu maya Lembaga Zakat Negeri. Jangan sesekali meminta kata laluan perbankan.",
        ),
        ("user", "Salam, sy nak semak status permohonan asnaf"),
        ("assistant", "Waalaikumussalam. Boleh berikan nombor rujukan permohonan?"),
        ("user", "ZK-PHG-2025-10442"),
        (
            "assistant",
            "Untuk pengesahan, sila nyatakan nama penuh dan nombor kad pengenalan pemohon.",
        ),
        ("user", "Zaleha binti Mat Saman, IC 740318-06-5012"),
        (
            "assistant",
            "Terima kasih. Permohonan anda sedang dinilai oleh pegawai daerah dan keputusan dijangka dalam 14 hari bekerja.",
        ),
    ],
    [
        ("user", "nak daftar mak saya sbg asnaf, boleh?"),
        ("assistant", "Boleh. Boleh saya tahu nama penuh dan umur ibu puan?"),
        ("user", "Kalsom bt Ibrahim, 71"),
        ("user", "dia ada dementia, duduk dgn sy skrg"),
        (
            "assistant",
            "Baik. Sila berikan alamat kediaman semasa dan nombor telefon untuk temujanji lawatan amil.",
        ),
        ("user", "No 9 Jalan H8, Taman Melawati, 53100 KL. tel sy 012-605 7734"),
    ],
    [
        ("user", "nak tempah 2 bahagian lembu korban"),
        (
            "assistant",
            "Boleh, harga RM850 sebahagian. Sila berikan nama peserta bagi setiap bahagian.",
        ),
        ("user", "1. Mohd Shukri bin Ali  2. Nur Izzati bt Mohd Shukri (anak sy)"),
        ("assistant", "Nombor telefon untuk dihubungi?"),
        ("user", "0197723310"),
        ("assistant", "Tempahan direkodkan. Sila buat bayaran dalam tempoh 3 hari."),
    ],
    [
        ("user", "How do I compute zakat on my salary?"),
        (
            "assistant",
            "Generally: take your annual income, deduct the allowed basic expenses (had kifayah), and pay 2.5% of the balance if it exceeds the nisab.",
        ),
        (
            "user",
            "ok. I'm Hidayah Rahman, engineer at a refinery in Kerteh, basic RM7,850 plus RM1,200 allowance, single, no dependents. Can you compute mine?",
        ),
        (
            "assistant",
            "Based on those figures, your estimated annual zakat is roughly RM1,990. Please confirm via the official calculator.",
        ),
    ],
    [
        ("system", "Pembantu untuk amil menulis ringkasan laporan kes."),
        (
            "user",
            "Tolong ringkaskan: Pemohon En. Hamdan b. Sulong, 58, Kg Teluk Kitang, Kuala Terengganu. Strok 2024, tak boleh kerja. Isteri Pn Rokiah jual kuih, dapat dlm RM500. 3 anak masih sekolah.",
        ),
        (
            "assistant",
            "Ringkasan: En. Hamdan b. Sulong (58), Kg Teluk Kitang, KT — lumpuh selepas strok (2024), tiada pendapatan; isteri berniaga kuih ~RM500/bln; 3 tanggungan bersekolah. Disyorkan kategori miskin.",
        ),
    ],
    [
        ("user", "hi can I check my zakat fitrah receipt from last Ramadan"),
        ("assistant", "Sure. Please provide your NRIC number."),
        ("user", "S9021463"),
        ("user", "B"),
        ("assistant", "Thank you. May I have the name as per NRIC?"),
        ("user", "Muhammad Danial Bin Suhaimi"),
        (
            "assistant",
            "Found it: 4 persons paid on 28 March at Masjid Darul Aman. A copy has been sent to your registered email.",
        ),
    ],
    [
        ("user", "Saya nak tahu bantuan bulanan saya masih aktif ke? Rujukan BSH-KDH-0088127"),
        (
            "assistant",
            "Rekod dijumpai: Rashidah binti Othman, KP 780911-02-5514, bantuan bulanan RM300 aktif sehingga Disember 2026.",
        ),
        ("user", "ok terima kasih"),
    ],
    [
        ("user", "Saya berhutang dgn along, boleh mohon gharimin tak?"),
        (
            "assistant",
            "Hutang dengan pemberi pinjam wang tidak berlesen biasanya tidak layak, tetapi pegawai boleh menilai kes anda. Boleh ceritakan keadaan?",
        ),
        ("user", "nama sy Roslan, kerja despatch, motor sy JRT 8893"),
        (
            "user",
            "along ugut nak simbah cat rumah sy No 22 Jln Kebudayaan 7, Taman Universiti, Skudai. sy takut",
        ),
        (
            "assistant",
            "Keselamatan anda diutamakan. Sila buat laporan polis segera dan hubungi pejabat zakat daerah untuk temujanji.",
        ),
    ],
    [
        ("user", "我想问 zakat fitrah 怎么付？"),
        ("assistant", "可以在柜台、网上银行或 e-wallet 付款，每人按州政府公布的金额计算。"),
        (
            "user",
            "ok，我是新 muallaf，nama Islam Muhammad Amin Chong，IC 920505-12-5337，在 Kota Kinabalu，能不能也申请 bantuan?",
        ),
        ("assistant", "可以的，请带身份证和入教证明去最近的宗教局办事处登记。"),
    ],
    [
        ("user", "I was charged twice for my zakat pendapatan this month."),
        ("assistant", "Sorry about that. Please share the transaction reference and amount."),
        ("user", "FPX 2603151022339918, RM420"),
        ("user", "account holder Nor Azizah Hamid, email azizah.hamid77@outlook.com"),
        (
            "assistant",
            "Thanks, a refund request has been raised and you will be contacted within 7 working days.",
        ),
    ],
]
