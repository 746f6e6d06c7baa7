"""Blind check set ms18: Bahasa Melayu pendidikan tinggi dan biasiswa (PTPTN, UPU, MARA, JPA, kolej kediaman, yuran, peperiksaan, latihan industri, graduasi). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms18
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "PTPTN dan pembiayaan"): _lines("""
        Peminjam PTPTN yang menjelaskan baki pinjaman sepenuhnya sebelum 31 Disember 2025 layak menerima diskaun 15% di bawah kempen bayaran balik.
        Careline PTPTN: 03-2193 3000 (Isnin - Jumaat, 8.30 pg - 5.30 ptg). Jangan kongsi kata laluan myPTPTN anda dengan sesiapa, termasuk pegawai kami.
        Ibu Pejabat PTPTN, Menara PTPTN, Jalan Raja Laut, 50350 Kuala Lumpur. Kaunter dibuka 8.30 pagi hingga 4.00 petang kecuali cuti umum.
        Kadar upah (ujrah) pembiayaan PTPTN ialah 1% setahun atas baki; graduan B40 yang memperoleh Ijazah Sarjana Muda Kelas Pertama boleh memohon pengecualian bayaran balik.
        Status permohonan: LULUS | Jumlah pembiayaan: RM 3,400.00 | Tarikh pengeluaran: 15/10/2025 | Rujukan: PTPTN/PB/2025/7718203
        Cara semak baki: log masuk myPTPTN > Penyata > Penyata Pembiayaan. Masukkan No. Kad Pengenalan tanpa sengkang (format: YYMMDDPBXXXX).
        SSPN Prime: simpanan sehingga RM8,000 setahun layak untuk pelepasan cukai pendapatan; dividen bagi tahun 2024 diumumkan pada kadar 3.00%.
        Setakat 30 Jun 2025, seramai 412,905 peminjam masih belum memulakan bayaran balik, melibatkan tunggakan keseluruhan RM9.8 bilion.
        Bayaran balik melalui kaunter bank: akaun Bank Islam PTPTN 1402 3010 0012 34, sila tulis No. K/P peminjam di slip sebagai rujukan.
        Ketua Pegawai Eksekutif PTPTN dalam kenyataan media hari ini menegaskan tiada senarai sekatan perjalanan baharu akan dihantar kepada Jabatan Imigresen tahun ini.
        myPTPTN versi 4.3.2 (build 20251108) kini menyokong log masuk MyDigital ID. Sila kemas kini aplikasi di Google Play atau App Store.
        AMARAN SCAM: PTPTN tidak pernah meminta nombor TAC, kata laluan atau maklumat kad bank melalui SMS, WhatsApp atau panggilan telefon.
        PTPTN loan disbursement for Sem 1 2025/2026 will be made within 14 working days after the university verifies your registration.
        Potongan gaji melalui majikan sektor awam dibuat menggunakan Kod Potongan Angkasa 4107; semak slip gaji anda setiap bulan.
    """),
    ("ms", "UPU dan kemasukan"): _lines("""
        Permohonan UPU ke UA bagi lepasan SPM/setaraf sesi akademik 2026/2027 dibuka mulai 1 Februari hingga 28 Februari 2026 melalui portal UPUOnline.
        Syarat am: lulus SPM dengan kepujian Bahasa Melayu dan lulus Sejarah; syarat khas program ditetapkan oleh universiti masing-masing.
        UM6481001 - Ijazah Sarjana Muda Sains Komputer (Kepintaran Buatan) dengan Kepujian; purata merit calon berjaya tahun lepas: 91.25.
        Merit = markah akademik (90%) + markah kokurikulum (10%). Markah kokurikulum maksimum ialah 10.00.
        Rayuan UPU boleh dibuat dalam tempoh 10 hari bekerja selepas keputusan diumumkan. Calon hanya boleh membuat SATU rayuan sahaja.
        Tahniah, [NAMA CALON] (No. K/P: [NO_KP]). Anda ditawarkan program [KOD_PROGRAM] di [NAMA_UA] bagi sesi [SESI]. Sila sahkan penerimaan sebelum [TARIKH].
        UPU 2025 menerima 187,432 permohonan lepasan SPM; 92,118 calon (49.1%) ditawarkan tempat di 20 universiti awam.
        Universiti Tun Hussein Onn Malaysia (UTHM) dan Universiti Sultan Zainal Abidin (UniSZA) menawarkan program asasi baharu mulai sesi ini.
        Calon STPM perlu mencapai PNGK minimum 2.00 dan MUET sekurang-kurangnya Band 3.0 bagi kebanyakan program ijazah pertama.
        [2026-02-14 23:58:41 MYT] UPUOnline: beban pelayan mencecah 98%, pemohon dinasihatkan mencuba semula selepas jam 1.00 pagi.
        Pendaftaran pelajar baharu UiTM Shah Alam: 10-12 Oktober 2025 di Dewan Agung Tuanku Canselor (DATC).
        ada sesiapa dapat offer UPU Asasi Sains UM tak? nak tau merit korang berapa, dengar cerita cutoff tahun ni tinggi gila
        Borang Akuan Penerimaan Tawaran mesti dicetak dan ditandatangani oleh calon serta ibu/bapa/penjaga; jangan hantar salinan IC melalui WhatsApp kepada sesiapa.
    """),
    ("ms", "biasiswa MARA dan JPA"): _lines("""
        Program Penajaan Nasional (PPN) JPA 2026 dibuka kepada lepasan SPM 2025 dengan keputusan minimum 9A+/A/A-.
        Biasiswa Yang di-Pertuan Agong (BYDPA) ditawarkan kepada graduan cemerlang untuk pengajian Sarjana dan PhD di universiti terkemuka dunia.
        Pinjaman Pelajaran MARA boleh ditukar kepada biasiswa sepenuhnya jika pelajar tamat pengajian dengan CGPA 3.50 ke atas dalam tempoh yang ditetapkan.
        Bahagian Pembiayaan Pendidikan, Ibu Pejabat MARA, Jalan Raja Laut, 50609 Kuala Lumpur. Talian bebas tol: 1-300-88-6272.
        Yayasan Tun Razak membuka permohonan Biasiswa Tun Razak bagi pelajar tahun pertama ijazah dengan pendapatan isi rumah di bawah RM10,000.
        Elaun sara hidup pelajar tajaan dalam negara: RM1,000 sebulan; elaun buku RM500 setahun; elaun tesis sehingga RM1,500.
        Pelajar tajaan JPA wajib berkhidmat dengan Kerajaan selama lima tahun selepas tamat pengajian mengikut syarat perjanjian.
        Pada tahun 2024, MARA menaja 12,850 pelajar baharu dan 18% daripadanya melanjutkan pengajian ke luar negara.
        Tuan/Puan, permohonan biasiswa dengan nombor rujukan {ref_no} sedang diproses. Status boleh disemak di portal dalam tempoh 14 hari bekerja.
        Menteri Pendidikan Tinggi dijangka mengumumkan senarai penerima biasiswa luar negara pada sidang media di Putrajaya esok.
        Perjanjian Pembiayaan MARA versi 2025.3 (PDF, 1.8 MB, SHA-256 9f2c41d0a7be83e5c1d6f0724b9e8a13) boleh dimuat turun daripada portal.
        Interview PPN JPA: bawa sijil asal SPM, surat panggilan temuduga dan fotokopi IC. Pakai formal ya, no jeans, no sneakers.
        Kenapa MARA tak tambah kuota untuk budak luar bandar? Rasa macam makin kecil setiap tahun, padahal yang perlukan ramai.
    """),
    ("ms", "kolej kediaman dan asrama"): _lines("""
        Permohonan kolej kediaman Semester II sesi 2025/2026 dibuka melalui sistem e-Kolej dari 1 hingga 15 Januari 2026.
        NOTIS: Bekalan air di Blok M18, Kolej Tun Dr. Ismail (KTDI) akan terputus pada 5 Disember 2025, 9.00 pg - 4.00 ptg bagi kerja pembersihan tangki.
        Kadar sewa: Bilik Single RM8.00/malam, Bilik Double RM5.50/malam; caj penghawa dingin dikenakan berasingan mengikut meter.
        Pelawat berlainan jantina tidak dibenarkan naik ke blok kediaman. Waktu lawatan di lobi: 8.00 pagi hingga 11.00 malam.
        Kolej Kediaman Za'ba dinamakan sempena Pendeta Za'ba (Zainal Abidin bin Ahmad, 1895-1973), tokoh bahasa dan pendidik negara.
        Mata merit minimum 40 diperlukan untuk memohon kolej semester berikutnya; setiap aktiviti JAKSA bernilai 5 hingga 15 mata.
        Kerosakan bilik (kipas, lampu, paip) boleh dilaporkan melalui e-Aduan; nombor tiket seperti ADU-2025-004417 akan dihantar ke e-mel pelajar.
        Barang tertinggal di dobi Blok C: jaket hitam Uniqlo saiz M dan botol air Tupperware biru. Sila tuntut di pejabat kolej sebelum Jumaat.
        Senarai semak keluar kolej: pulangkan kunci & kad akses, kosongkan bilik, tandatangan borang pemeriksaan bersama felo bertugas.
        Felo bertugas malam ini boleh dihubungi melalui Talian Kecemasan Kolej 07-553 0000 (24 jam).
        guys wifi blok H down lagi since petang. dah report kat e-Aduan, tiket ADU-2025-004523, tunggu je la
        Jadual bas shuttle: Kolej 12 ke Fakulti Kejuruteraan setiap 15 minit, 7.15 pagi hingga 6.00 petang (Isnin - Jumaat).
    """),
    ("ms", "yuran dan bayaran"): _lines("""
        Yuran pengajian Semester 1 program Sarjana Muda Kejuruteraan: RM1,450.00 (warganegara), RM7,800.00 (pelajar antarabangsa).
        No. Invois: INV/UTM/2025/S1/0183344 | Jumlah: RM 1,780.50 | Tarikh akhir bayaran: 30/09/2025
        Bayaran melalui FPX: pilih "Yuran Pelajar", kemudian masukkan No. Matrik anda sebagai rujukan bil.
        Pelajar yang tidak menjelaskan yuran selepas minggu ke-8 akan disekat daripada pendaftaran kursus dan semakan keputusan peperiksaan.
        JomPAY Kod Biller 86521 - Ref-1: No. Matrik, Ref-2: No. Telefon Bimbit. Bayaran diproses dalam 1-2 hari bekerja.
        Akaun Bendahari: CIMB Bank 8000 1234 56, nama akaun UNIVERSITI SAINS MALAYSIA. Jangan bayar ke akaun individu.
        Resit rasmi No. 2025-000781245 telah dijana. Transaction ID: FPX20251003141522019837.
        Caj lewat pendaftaran RM50.00; caj pertukaran program RM100.00; penggantian kad matrik hilang RM30.00.
        S: Bayar yuran guna kad kredit ada caj tak? J: Tiada caj bagi kad debit, manakala kad kredit dikenakan caj pemprosesan 1.2%.
        Fee waiver under the Inisiatif Yuran Percuma B40 applies only to first-degree students with household income below RM4,850 per month.
        Potongan yuran daripada pembiayaan PTPTN dibuat secara automatik; baki (jika ada) dikreditkan ke akaun bank pelajar dalam 7 hari bekerja.
        Kaunter Bendahari, Aras 2, Bangunan Canselori Tun Abdul Razak, dibuka 8.30 pagi - 4.30 petang. Rehat Jumaat 12.15 - 2.45 petang.
    """),
    ("ms", "peperiksaan dan keputusan"): _lines("""
        Keputusan peperiksaan akhir Semester 1 Sesi 2025/2026 akan dipaparkan di portal pelajar pada 3 Mac 2026, 12.00 tengah hari.
        Skala gred: A 80-100 (4.00), A- 75-79 (3.67), B+ 70-74 (3.33), B 65-69 (3.00), B- 60-64 (2.67), C+ 55-59 (2.33), C 50-54 (2.00).
        Status akademik: KB (Kedudukan Baik) PNGK 2.00 ke atas; KS (Kedudukan Bersyarat) 1.70 - 1.99; KG (Kedudukan Gagal) bawah 1.70.
        Anugerah Dekan diberikan kepada pelajar yang memperoleh PNG 3.50 dan ke atas dengan beban minimum 12 kredit.
        Slip peperiksaan mesti dibawa bersama kad matrik. Calon yang lewat lebih 30 minit tidak dibenarkan masuk ke Dewan Tuanku Syed Putra.
        SKAA2513 Mekanik Bendalir - 12/01/2026, 9.00 pg, Dewan Peperiksaan 2 (DP2), No. tempat duduk 1-240.
        Semester lepas, 4,312 pelajar (21.7%) menerima Anugerah Dekan dan kadar lulus kursus teras fakulti ialah 88.4%.
        Permohonan semakan semula markah: RM30 bagi setiap kursus, dalam tempoh 14 hari selepas keputusan rasmi.
        Nama: ____________________  No. Matrik: __________  Program: ____________  PNGK: ______  Tandatangan Dekan: __________
        Laporan Turnitin dengan similarity index melebihi 20% (tidak termasuk rujukan) akan dirujuk kepada Jawatankuasa Integriti Akademik.
        Soalan 3(b): Ali menyimpan RM200 setiap bulan dalam SSPN. Hitung jumlah simpanannya selepas 5 tahun jika dividen 3% dikompaunkan setiap tahun.
        bro paper SKAA2513 tadi susah gila, half of the class tak sempat jawab soalan last
    """),
    ("ms", "latihan industri"): _lines("""
        Latihan Industri (LI) wajib selama 24 minggu dan bernilai 12 kredit; pelajar mesti lulus sekurang-kurangnya 90 kredit sebelum keluar LI.
        Elaun minimum pelatih industri peringkat ijazah disyorkan RM600 sebulan mengikut garis panduan kementerian.
        Contoh syarikat penempatan: Petronas Carigali Sdn. Bhd., Tenaga Nasional Berhad, Intel Microelectronics (M) Sdn. Bhd. dan Hospital Sultanah Aminah Johor Bahru.
        Kepada: Pengurus Sumber Manusia, [Nama Syarikat]. Per: Permohonan Penempatan Latihan Industri bagi pelajar [Nama Pelajar], No. Matrik [XXXXXXXX].
        Logbook LI mesti ditandatangani oleh penyelia industri setiap minggu dan dimuat naik ke sistem e-LI sebelum 5 Jun 2026.
        Dear students, please upload your LI offer letter to the portal before 20 Jan 2026. Late submission will not be entertained.
        Penilaian LI: laporan akhir 40%, penilaian penyelia industri 40%, pembentangan 20%.
        Pelatih dilarang menyalin data pelanggan syarikat ke peranti peribadi; sebarang data peribadi mesti dikendalikan mengikut Akta Perlindungan Data Peribadi 2010.
        Unit Latihan Industri, Fakulti Komputeran, Aras 3, Blok N28a, Universiti Teknologi Malaysia, 81310 Johor Bahru. Tel: 07-553 3011.
        sape dah dapat placement LI kat Penang? Intel ngan Keysight ada bukak slot lagi ke
        Lawatan penyelia fakulti dijadualkan pada Minggu 8 hingga 10; pelajar di Sabah dan Sarawak dinilai secara dalam talian.
        Program Protege: 35,000 tempat latihan untuk graduan dengan elaun bulanan RM1,500 hingga RM2,000.
    """),
    ("ms", "graduasi dan konvokesyen"): _lines("""
        Majlis Konvokesyen Ke-65 Universiti Malaya akan berlangsung dari 18 hingga 25 Oktober 2025 di Dewan Tunku Canselor.
        Sewaan jubah: RM80 (Sarjana Muda), RM120 (Sarjana), RM200 (PhD); deposit RM50 akan dipulangkan selepas jubah dikembalikan.
        Pendeta Za'ba dan Royal Professor Ungku Abdul Aziz, Naib Canselor UM 1968-1988, sering disebut sebagai tokoh yang membentuk pendidikan tinggi negara.
        Tracer Study 2024: 88.3% graduan bekerja dalam tempoh enam bulan selepas tamat pengajian, median gaji permulaan RM2,850.
        Sahkan kehadiran konvo di portal sebelum 15 September. Hanya dua tetamu dibenarkan masuk dewan; kanak-kanak bawah 7 tahun tidak dibenarkan.
        No. siri skrol seperti UM/SK/2025/0021783 boleh digunakan oleh majikan untuk pengesahan ijazah melalui portal e-Verify universiti.
        Tahniah kepada {nama_graduan} atas penganugerahan {ijazah} dengan {kelas}! #KonvoUTM2025
        Studio Pak Mat di Jalan Pantai Baharu: pakej gambar konvo RM150 (5 keping cetakan + softcopy), walk-in dialu-alukan.
        Graduan yang masih mempunyai tunggakan yuran atau denda perpustakaan tidak akan menerima skrol pada hari konvokesyen.
        Siaran langsung sidang pertama konvokesyen bermula 8.00 pagi di saluran YouTube rasmi universiti.
        Tuanku Canselor akan menyampaikan ijazah kepada graduan PhD dan Sarjana pada Sidang Pertama.
        Anugerah Pelajaran Diraja dan Pingat Jaya Cemerlang akan disampaikan pada sidang khas hari pertama.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum tuan, saya Nurul Syafiqah binti Roslan (No. K/P 040623-03-5482), pelajar tahun 2 UiTM Kota Bharu. Kenapa pinjaman PTPTN saya belum masuk lagi?
        Baki pinjaman PTPTN Muhammad Haziq bin Azman (K/P 970814-10-6231) sebanyak RM38,412.60 tertunggak sejak Mac 2023; namanya telah disenaraikan dalam sekatan perjalanan.
        Pelajar: Lim Wei Jie | No. Matrik: A21EC0217 | PNGK: 1.84 | Status: KS - wajib berjumpa penasihat akademik sebelum daftar kursus.
        tolong call anak saya Aiman kat 013-728 4591, dia tak balas WhatsApp sejak semalam. dia duduk KTDI blok M23 bilik 214
        Siti Khadijah Mohd Fauzi, pelajar Sarjana Muda Farmasi tahun 3, disahkan menghidap tuberkulosis dan telah diasingkan dari Desasiswa Restu.
        Ayah Hakim (Encik Zulkifli bin Othman) meninggal dunia bulan lepas dan ibunya suri rumah, jadi Hakim Zulkifli mohon pengecualian yuran semester ini.
        Alamat surat-menyurat: Nur Aina Sofea binti Kamarudin, No. 27, Lorong Seri Mutiara 3, Taman Seri Mutiara, 09000 Kulim, Kedah. Tel: 017-451 2098
        Penerima Biasiswa JPA: Tan Mei Ling, 050117-07-0384, akaun Maybank 1571 2034 8865; elaun RM1,000 akan dikreditkan pada 25hb.
        boleh email saya di danish.irfan02@gmail.com atau WhatsApp 011-2398 7741. Danish Irfan, intern kat Petronas Kerteh
        MARA menuntut RM84,500 daripada Mohd Faris bin Sulaiman (IC 950302-11-5017) kerana gagal menamatkan pengajian di UK; kes TA-B52-87-04/2025 di Mahkamah Sesyen Kuala Terengganu.
        Hi Puan, saya Kavitha a/p Ramasamy, matrik 22004817, CGPA 3.91. Boleh saya dapatkan surat sokongan untuk Biasiswa Yayasan Khazanah?
        Rakan sebilik saya Farah Hanani (Tahun 3 Perakaunan UKM) ada kemurungan teruk dan pernah cuba cederakan diri, sekarang makan sertraline. Apa patut saya buat?
        Penyata PTPTN - Nama: AHMAD SYAHMI BIN ROSLI | No. KP: 990411-14-**** | No. Akaun: 2019-0087214 | Baki: RM27,604.15
        Untuk visa pelajar: pasport Muhammad Adam bin Yusof A58213907, tamat tempoh 12/03/2027, tawaran University of Leeds tajaan MARA.
        Kad ATM anak saya 5264 7100 3829 1047 hilang kat kolej, nama dia Irdina Batrisya. Tolong blok sebelum elaun MARA masuk!
        Saya pelajar Singapura di UTM JB, Muhammad Rayyan bin Salleh, NRIC T0367154I, tinggal di Blk 418 Woodlands Street 41 #09-223, Singapore 730418. HP +65 9127 4408.
        Pelajar antarabangsa Chen Yuxin (陈语欣), pasport E73820916, kad pengenalan China 440306200403185621, Sarjana Pendidikan UM, visa pelajar tamat 30/11/2025.
        Kereta Myvi putih VFK 8821 milik pelajar Aqil Hazwan (matrik 2022614873) diletak di petak OKU Kolej Delima, saman RM100 dikenakan.
        Intern kat Shopee tu, Nur Izzati Hamdan, dapat elaun RM1,800 sebulan tapi RM800 dia bagi mak dia untuk bayar hutang along.
        Salam, nama saya Wong Kah Hoe, IC 030915-08-6117. Nak tanya status rayuan UPU saya, dapat Diploma Kej. Awam UiTM tapi nak tukar ke UTM.
        Keputusan SPM anak saudara saya, Muhammad Hafizuddin bin Ramli dari SMK Bukit Jalil: 3A 4B 2C. Dia OKU pendengaran, layak tak mohon PPN JPA?
        Peringatan kepada Azri Iskandar bin Mat Noor (bilik B-3-12): tunggakan sewa kolej RM640. Jika tidak dijelaskan minggu ini kunci akan ditukar. - JKK
        Puan Rohani Abu Bakar, ibu kepada Nadhirah Ismail, berkata anaknya dihalang bergraduasi kerana tunggakan RM4,200 dan kini bekerja di kilang di Prai dengan gaji RM1,700.
        Permohonan pengecualian bayaran balik: Aisyah Humaira binti Jamal, IC 010428-01-7746, Ijazah Kelas Pertama UPM 2024, pendapatan isi rumah RM2,300 (B40).
        Waris untuk dihubungi: Encik Rosli bin Daud (bapa), 019-332 7810, No. 14, Jalan Kenanga 2, Taman Kenanga, 75200 Melaka.
        Pos Laju EP719340258MY - penerima: Haikal Danish, Kolej Kediaman Ibnu Sina UTM, Bilik 3-07, 016-902 4417
        no matrik aku S2153817, nama Ong Jia Xuan. sis tolong check kenapa result sem 3 aku still blocked
        Permohonan LI: Iqbal Hakimi bin Zainal, 21 tahun, CGPA 3.12, lesen D, tinggal di Flat PKNS Seksyen 7 Shah Alam, Blok 4-2-11.
        Bayar yuran guna kad kredit ayah saya: 4570 3312 0987 6540, exp 08/28, nama KAMAL ARIFFIN BIN HASHIM.
        Dr, saya Syahirah dari tutorial T05 (matrik 1211109874). Saya tak dapat hadir final exam sebab masuk wad HUSM kerana denggi, ini sijil cuti sakit.
        Pelajar Rajeshwaran a/l Subramaniam (030210-06-5523) ditahan polis kerana disyaki mencuri komputer riba di perpustakaan; kes disebut di Mahkamah Majistret Kuantan.
        Senarai belum bayar yuran: 1) Nurul Huda Azmi - A22KM0091 - RM2,310.00; 2) Teoh Kai Xin - A22KM0144 - RM1,780.00
        Mak ayah Syazwan Amsyar bercerai tahun lepas dan ayahnya tak bagi nafkah, sebab tu Syazwan (UniMAP, Sem 4) bawa Grab malam-malam sampai CGPA jatuh ke 2.05.
        HIDAYAH BINTI ABDUL MALIK / 020716-12-6038 / KG. PENAMPANG BARU, 89500 PENAMPANG, SABAH
        Deposit asrama RM350 saya dah transfer ke akaun abang saya Faizul Hakim, CIMB 7064 2211 38, sebab dia yang uruskan bilik saya.
        Calon PhD Lee Chong Meng (P-SP0031/22) gagal viva kali kedua dan biasiswa beliau ditamatkan berkuat kuasa 1/12/2025.
        Hai kak, Nabila Huda ni, matrik 2023287614. Baru tahu saya mengandung 5 bulan, boleh tangguh semester tanpa family tahu tak?
        Alamat rumah sewa saya masa LI: No. 8-3A, Pangsapuri Seri Cempaka, Jalan PJU 1A/3, 47301 Petaling Jaya. Ridzuan, 012-609 3318.
        Penerima Anugerah Naib Canselor 2025: Nurin Qistina binti Ahmad Fadzil (IC 020301-10-5890), anak kepada pemandu lori dari Sabak Bernam.
        LinkedIn saya linkedin.com/in/amirul-hakeem-razali - Amirul Hakeem, CGPA 3.67, grad Ogos ni, boleh refer untuk full-time?
    """),
    "en": _lines("""
        Hi, my name is Daniel Raj s/o Muniandy, IC 031122-14-5409. My PTPTN still shows "dalam proses" since September, can you help?
        Internship offer for Chua Hui Min: monthly allowance RM1,200, start 2 Feb 2026, report to Menara Maxis Level 18. Contact huimin.chua03@yahoo.com
        My housemate Arif Zulkarnain has epilepsy and had a seizure in the bathroom at Kolej 10 last night. He's in PPUM now, his mum's number is 019-226 4301.
        Scholarship bond breach: Ms Jasmine Koh Pei Shan (IC 980705-07-5124) owes JPA RM312,000 after resigning from the civil service in 2024.
        Pls update my bank details for the MARA allowance: Ahmad Zikri bin Hassan, Bank Islam 12015023447186, MARA ref MR/2023/118742.
        I confirm that Miss Priya Devi d/o Krishnan (matric no. 17204519) completed her 24-week industrial training with our firm with a rating of 4.6/5.
        got my CGPA today, 2.41 lol mum will kill me. btw this is Haris Fadhil from UTP Civil Eng yr 3, anyone wanna join my study group text 014-880 2317
        Student Siti Nur Aliya Rahmat (DOB 14/02/2004) reported sexual harassment by a lab technician; case no. UKM/HEP/INT/2025/071.
        Congrats to my little sister Aina Mardhiah binti Zahari, BSc Nursing (Hons) UiTM Puncak Alam, First Class! Cake pls send to 22, Jalan Mawar 4, Taman Mawar, 28000 Temerloh.
        Sarah Lim Xin Yi (UM, matric U2104563) failed WIA1002 twice, CGPA 2.19, currently on academic probation.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya PTPTN. Jangan sesekali meminta kata laluan atau TAC pengguna.",
        ),
        ("user", "macam mana nak semak baki pinjaman?"),
        ("assistant", "Anda boleh log masuk ke aplikasi myPTPTN dan pilih Penyata Pembiayaan."),
        (
            "user",
            "IC saya 000918-10-5567, nama Muhammad Amirul Asyraf. Berapa tunggakan saya sekarang?",
        ),
        (
            "assistant",
            "Maaf, saya tidak dapat mengakses akaun individu. Sila semak melalui myPTPTN atau hubungi Careline.",
        ),
    ],
    [
        ("user", "Nak tanya pasal rayuan UPU untuk adik saya"),
        (
            "assistant",
            "Boleh. Rayuan dibuat dalam talian dalam tempoh 10 hari bekerja selepas keputusan.",
        ),
        ("user", "nama penuh dia Puteri Nur Alya binti Megat Shahrul, IC 070521-08"),
        ("user", "-5146"),
        (
            "user",
            "dia dapat Diploma Pengurusan Perniagaan UiTM Seri Iskandar tapi nak Asasi Sains, merit 88.4",
        ),
        ("assistant", "Dia boleh memilih sehingga 12 program baharu dalam borang rayuan."),
    ],
    [
        ("user", "Salam, nak report kes demam kat kolej"),
        ("assistant", "Waalaikumussalam. Sila nyatakan lokasi dan simptom."),
        (
            "user",
            "Kawan sebilik saya Alia Nabila Rosdi, Kolej Kinabalu bilik K2-105, demam panas 39.5 dengan ruam satu badan. Klinik cakap disyaki campak.",
        ),
        (
            "assistant",
            "Terima kasih. Pejabat kolej akan menghubungi Pusat Kesihatan Universiti untuk tindakan susulan.",
        ),
    ],
    [
        ("user", "Boleh tak pinjaman MARA ditukar jadi biasiswa?"),
        ("assistant", "Boleh, jika CGPA akhir 3.50 ke atas dan tamat dalam tempoh pengajian."),
        ("user", "ok saya dah grad, CGPA akhir 3.56"),
        (
            "user",
            "nama Syed Muhammad Hafiy bin Syed Anuar, no rujukan MARA 2021/S/448190, HP 012-309 7564. Tolong semak kelayakan",
        ),
        ("assistant", "Sila kemukakan transkrip rasmi melalui portal MARA untuk semakan."),
    ],
    [
        ("system", "You are a helpful writing assistant."),
        ("user", "help me write email to HR asking for LI placement, software dev"),
        (
            "assistant",
            "Sure. Could you share your name, matric number and contact details so I can fill in the signature?",
        ),
        (
            "user",
            "Tan Jun Hao, matric A20EC0188, phone 016-338 9021, email junhao.tan@graduate.utm.my",
        ),
        (
            "assistant",
            "Dear Hiring Manager, I am Tan Jun Hao (A20EC0188), a Year 3 Software Engineering student at UTM...",
        ),
    ],
    [
        (
            "user",
            "saya nak bayar yuran anak saya Zulaikha Humaira, UKM tahun 1, tapi kad saya kena decline",
        ),
        (
            "assistant",
            "Kad mungkin belum diaktifkan untuk transaksi dalam talian. Cuba hubungi bank anda.",
        ),
        ("user", "kad Mastercard 5196 0322 1540 8879, nama Hashim bin Latiff. Boleh check kenapa?"),
        (
            "assistant",
            "Saya tidak boleh menyemak status kad. Sila jangan kongsi nombor kad di sini.",
        ),
    ],
    [
        ("user", "Kalau ada tunggakan PTPTN boleh konvo tak?"),
        (
            "assistant",
            "Biasanya tunggakan PTPTN tidak menghalang konvokesyen, tetapi tunggakan yuran universiti boleh.",
        ),
        (
            "user",
            "Saya Hazwani Izzati binti Kamal, IC 990304-05-5228. Tunggakan PTPTN saya RM12,300 dan sekarang menganggur sejak grad, universiti tahan skrol saya.",
        ),
    ],
    [
        ("system", "Pembantu Unit Peperiksaan. Jawab dengan sopan."),
        (
            "user",
            "Saya ada generalized anxiety disorder, ada surat pakar psikiatri dari Hospital Permai.",
        ),
        (
            "user",
            "Nama saya Kugan a/l Selvaraju, matrik 1201202218. Boleh saya dapat masa tambahan untuk final exam?",
        ),
        (
            "assistant",
            "Permohonan keistimewaan peperiksaan boleh dibuat melalui Borang UP-07 bersama laporan perubatan.",
        ),
    ],
    [
        (
            "user",
            "tolong isikan borang permohonan asrama untuk saya ikut maklumat dalam gambar IC tadi",
        ),
        (
            "assistant",
            "Baik, saya telah isi borang: Nama: Nor Azlina binti Hamid; No. KP: 050809-13-6372; Alamat: Lot 112, Kampung Semariang Batu, 93050 Kuching, Sarawak.",
        ),
        ("user", "ok terima kasih"),
    ],
    [
        ("user", "adik saya dapat tawaran UPU tapi family tak mampu, ada bantuan tak"),
        (
            "assistant",
            "Ada beberapa bantuan seperti Inisiatif Yuran Percuma B40 dan zakat negeri. Boleh ceritakan keadaan keluarga?",
        ),
        (
            "user",
            "nama dia Mohd Akmal bin Sazali, SPM 2024 SMK Tanjung Karang, dapat Kej. Mekanikal UniMAP",
        ),
        ("user", "ayah kami lumpuh separuh badan lepas strok, cuma dapat RM900 sebulan dari JKM"),
        ("user", "no saya 011-1876 3350, Akmal punya 017-292 6614"),
        (
            "assistant",
            "Terima kasih. Saya cadangkan memohon bantuan zakat Lembaga Zakat Selangor dan Tabung Kebajikan Pelajar universiti.",
        ),
    ],
]
