# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms17: Bahasa Melayu kesihatan (klinik dan hospital kerajaan, temujanji, farmasi, MySejahtera dan vaksinasi, dialisis dan kemoterapi, insurans perubatan, MC, kesihatan mental, ibu dan anak). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms17
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "kenyataan rasmi KKM"): _lines("""
        Kementerian Kesihatan Malaysia (KKM) memaklumkan sebanyak 1,482 kes denggi dilaporkan pada Minggu Epidemiologi (ME) 47/2026, menurun 6.3% berbanding ME 46.
        Kenyataan Akhbar Ketua Pengarah Kesihatan Malaysia: Situasi Semasa Jangkitan Influenza di Malaysia, 2 Disember 2026.
        Setakat 30 November 2026, seramai 51,204 pesakit menerima rawatan hemodialisis di 1,038 pusat dialisis kerajaan, swasta dan NGO di seluruh negara.
        Program Imunisasi Kebangsaan (PIK) kini merangkumi 13 jenis penyakit termasuk vaksin pneumokokal (PCV) untuk bayi yang lahir mulai 1 Januari 2020.
        Pekeliling Ketua Pengarah Kesihatan Bil. 7/2026: Garis Panduan Pengeluaran Sijil Cuti Sakit Secara Digital (e-MC) di Fasiliti KKM.
        Kadar liputan imunisasi MMR dos pertama bagi tahun 2025 ialah 95.1%, manakala DTaP-IPV-Hib-HepB dos ketiga 97.4%.
        Notifikasi penyakit berjangkit hendaklah dibuat dalam tempoh 24 jam melalui sistem CDCIS mengikut Akta Pencegahan dan Pengawalan Penyakit Berjangkit 1988 (Akta 342).
        Tiada kes polio baharu dikesan sejak kes terakhir di Sabah pada Disember 2019; pengawasan Acute Flaccid Paralysis (AFP) diteruskan di semua hospital.
        Caj rawatan pesakit luar warganegara di klinik kesihatan kekal RM1 bagi setiap lawatan, termasuk ubat.
        Tinjauan Kebangsaan Kesihatan dan Morbiditi (NHMS) 2023 mendapati 4.6% orang dewasa di Malaysia mengalami kemurungan.
        Sebanyak 34 Klinik Kesihatan di Selangor akan beroperasi sehingga 9.30 malam mulai 1 Januari 2027 di bawah inisiatif Klinik Waktu Lanjutan.
        KKM mengingatkan orang ramai supaya tidak berkongsi maklumat temujanji atau keputusan ujian di media sosial bagi mengelakkan penipuan.
    """),
    ("ms", "nasihat kesihatan am"): _lines("""
        Minum sekurang-kurangnya 8 gelas air sehari dan kurangkan minuman bergula; satu tin minuman berkarbonat mengandungi kira-kira 8 sudu teh gula.
        Tanda amaran denggi: sakit perut teruk, muntah berterusan, gusi berdarah, lesu atau gelisah — segera ke klinik berhampiran.
        Ibu digalakkan memberi susu ibu secara eksklusif sehingga bayi berumur 6 bulan, dan diteruskan sehingga 2 tahun bersama makanan pelengkap.
        Jangan kongsi ubat preskripsi anda dengan orang lain walaupun simptom kelihatan sama.
        Pesakit dialisis perlu hadkan pengambilan cecair, garam dan makanan tinggi kalium seperti pisang, durian dan air kelapa.
        Selepas kemoterapi, elakkan tempat sesak dan ambil suhu badan setiap hari; demam 38°C ke atas perlu dirujuk segera ke hospital.
        Kalau rasa stress melampau, cuba teknik pernafasan 4-7-8: tarik nafas 4 saat, tahan 7 saat, hembus 8 saat.
        Simpan insulin yang belum dibuka dalam peti sejuk (2–8°C); pen yang sedang digunakan boleh disimpan pada suhu bilik sehingga 28 hari.
        Vaksin influenza disyorkan setiap tahun untuk warga emas 65 tahun ke atas, ibu hamil dan pesakit penyakit kronik.
        Darah tinggi selalunya tiada simptom, sebab tu dipanggil "pembunuh senyap". Check BP sekurang-kurangnya setahun sekali lepas umur 30.
        Kalau anak demam panas, lap badan dengan air suam, bukan air sejuk atau ais ye.
        Makan antibiotik sampai habis walaupun dah rasa sihat, kecuali doktor suruh berhenti.
        Sakit dada lebih 20 minit, berpeluh dan sesak nafas? Jangan tunggu — call 999 atau terus ke Jabatan Kecemasan.
    """),
    ("ms", "hospital dan talian"): _lines("""
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur. Tel: 03-2615 5555.
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru, Johor.
        Hospital Tengku Ampuan Rahimah, Jalan Langat, 41200 Klang, Selangor – Jabatan Kecemasan dan Trauma dibuka 24 jam.
        Talian HEAL 15555 menyediakan sokongan psikososial percuma setiap hari dari 8 pagi hingga 12 tengah malam.
        Befrienders Kuala Lumpur: 03-7627 2929 (24 jam) atau e-mel sam@befrienders.org.my
        Talian Kasih 15999 / WhatsApp 019-261 5999 untuk aduan keganasan rumah tangga dan penderaan kanak-kanak.
        Institut Jantung Negara (IJN), 145 Jalan Tun Razak, 50400 Kuala Lumpur.
        Hospital Raja Permaisuri Bainun, Jalan Raja Ashman Shah, 30450 Ipoh, Perak.
        Hospital Wanita dan Kanak-Kanak Sabah (Hospital Likas), Jalan Istiadat, 88400 Kota Kinabalu.
        Talian kecemasan: 999 (dari telefon bimbit tanpa liputan boleh dail 112).
        Hospital Umum Sarawak, Jalan Hospital, 93586 Kuching, Sarawak.
        Hospital Canselor Tuanku Muhriz UKM (HCTM), Jalan Yaacob Latif, Bandar Tun Razak, 56000 Cheras, Kuala Lumpur.
        Waktu melawat wad am: 12.30 tgh – 2.00 ptg dan 4.30 ptg – 7.00 mlm; seorang penunggu sahaja dibenarkan selepas 10 malam.
    """),
    ("ms", "farmasi dan ubat"): _lines("""
        Panadol Actifast 500mg, 20 biji — RM8.90, promo beli 2 jimat 15% sehingga 31/12/2026.
        Paracetamol 500mg: dewasa 1–2 biji setiap 4–6 jam, jangan melebihi 8 biji dalam 24 jam.
        Pastikan produk mempunyai nombor pendaftaran MAL (cth. MAL20214567AZ) dan hologram Meditag sebelum membeli secara dalam talian.
        Perkhidmatan Ubat Melalui Pos (UMP): caj penghantaran ditanggung kerajaan, daftar di kaunter farmasi hospital atau klinik kesihatan berdekatan.
        Perkhidmatan Lokar Ubat 24 jam kini tersedia di 15 fasiliti KKM; pesakit akan menerima kod PIN melalui SMS untuk mengambil ubat.
        Ubat Kumpulan B di bawah Akta Racun 1952, contohnya antibiotik, hanya boleh dibekalkan oleh ahli farmasi berdaftar dengan preskripsi.
        Invois INV-FAR-26-004471, tarikh 03/12/2026, jumlah RM146.30, bayaran melalui FPX.
        Dos amoxicillin sirap 250mg/5ml untuk kanak-kanak: 25–50 mg/kg/hari dibahagi kepada 3 dos.
        Metformin boleh menyebabkan cirit-birit pada minggu pertama; ambil bersama atau selepas makan.
        Kod bar 9556001234567 — Minyak Cap Kapak 28ml, harga runcit RM12.50.
        Resit F2026-118903 | Kaunter 3 | Jumlah item: 4 | Bayaran: RM0.00 (pesara kerajaan)
        Farmasi Caring cawangan Mid Valley: pesanan #CRG-2026-559120 sedia untuk diambil, sila bawa nombor pesanan.
    """),
    ("ms-en", "MySejahtera dan sistem"): _lines("""
        MySejahtera v1.1.24 (build 20261115) — fix bug paparan sijil vaksin pada Android 15, tambah sokongan tema gelap.
        Error MYS-4031: Sesi anda telah tamat tempoh. Sila log masuk semula.
        SHA-256 APK: 9f2c1e7ab4d03c6e58a1f0b7e2d9c4a6b3f81e05d7c2a9b46e1f3d08c5a7b2e4
        2026-12-03T08:14:22+08:00 INFO endpoint=/api/v2/appointments status=200 latency_ms=184 clinic_code=KKS-0412
        Ciri baharu: tempah temujanji Klinik Kesihatan terus dalam app melalui tab "Appointment" > "Book New".
        Sistem Pengurusan Pesakit (SPP) akan ditutup untuk penyelenggaraan pada 07/12/2026, 00:00–04:00. Harap maklum.
        Jumlah tanggungan (dependent) yang boleh ditambah dalam satu akaun MySejahtera ialah maksimum 10 orang.
        Dos penggalak kedua disyorkan untuk individu 60 tahun ke atas, sekurang-kurangnya 6 bulan selepas dos terakhir.
        Ticket #MYS-2026-0087123: isu "Digital certificate not found" resolved selepas server patch 03/12.
        MSH|^~\\&|HIS|HKL|LIS|HKL|20261203081500||ORU^R01|MSG00012|P|2.5
        FHIR Patient resource fields: identifier, name, telecom, gender, birthDate, address — contoh payload kosong ada dalam dokumentasi API.
        Data mentah NHMS 2023 boleh dimohon dalam format CSV melalui Institut Kesihatan Umum (IKU) setelah kelulusan etika.
    """),
    ("ms", "templat dan borang"): _lines("""
        SIJIL CUTI SAKIT — Nama: ____________ No. K/P: ______-__-____ Tidak sihat untuk bertugas selama ___ hari dari ______ hingga ______.
        Nama Pesakit: [NAMA PENUH] | No. RN: [RN] | Wad/Katil: [WAD]/[KATIL] | Tarikh Masuk: [DD/MM/YYYY]
        Borang Persetujuan Rawatan: Saya, {nama_pesakit}, No. K/P {no_kp}, bersetuju menjalani prosedur {prosedur} setelah diberi penerangan.
        Format MyKad ialah YYMMDD-PB-###G; dalam contoh latihan gunakan XXXXXX-XX-XXXX sahaja, jangan guna IC sebenar.
        Templat SMS: "Salam {NAMA}, temujanji anda di {KLINIK} pada {TARIKH} jam {MASA}. Balas Y untuk sahkan, N untuk batal."
        Maklumat Waris — Nama: ________ Hubungan: ________ No. Tel: ________
        Arahan PDPA: jangan hantar salinan MyKad pesakit melalui WhatsApp peribadi; gunakan sistem rasmi dan padam fail sementara selepas 7 hari.
        Semua data pesakit dalam set latihan mesti dinyahkenal pasti — buang nama, no. KP, alamat, no. telefon dan no. RN sebelum dikongsi.
        Kad Temujanji — Klinik: ________ Tarikh: ___/___/______ Masa: ______ Doktor: ______
        Borang Tuntutan Bahagian B (diisi oleh doktor): Diagnosis ______; Kod ICD-10 ______; Tarikh kemasukan ______; Tarikh discaj ______.
        Surat rujukan: Kepada Pakar Bertugas, Jabatan Psikiatri — mohon pesakit [nama] dinilai lanjut. Sekian, terima kasih.
        Medical card: Member Name: <name> | Member ID: <id> | Plan: <plan> | Valid till: <dd/mm/yyyy>
        Nota kerani: jika waris minta rekod perubatan, minta surat kebenaran pesakit dan salinan IC waris sebelum proses.
    """),
    ("ms", "tokoh awam dan sejarah"): _lines("""
        Dr. Wu Lien-teh, doktor kelahiran Pulau Pinang, terkenal kerana mengawal wabak pneumonik di Manchuria pada 1910–1911.
        Tun Dr. Mahathir Mohamad membuka Maha Klinik di Alor Setar pada 1957 sebelum menceburi bidang politik sepenuh masa.
        Tan Sri Dr. Noor Hisham Abdullah mengadakan sidang media harian COVID-19 sepanjang 2020 sebagai Ketua Pengarah Kesihatan.
        Tun Dr. Siti Hasmah Mohd Ali ialah antara wanita Melayu terawal yang menjadi doktor perubatan di Tanah Melayu.
        Watak Dr. Harris dalam drama "Wad 7 Cinta" dipuji kerana menggambarkan tekanan kerja pegawai perubatan siswazah (HO).
        Hospital Sultanah Nur Zahirah di Kuala Terengganu dinamakan sempena Permaisuri Terengganu.
        Persatuan Perubatan Malaysia (MMA) menggesa kerajaan menambah jawatan tetap untuk pegawai perubatan kontrak.
        Dalam jawapan bertulis di Dewan Rakyat, Menteri Kesihatan menyatakan 3,012 pegawai perubatan kontrak ditawarkan jawatan tetap pada 2026.
        Hadiah Nobel Fisiologi atau Perubatan 1945 dianugerahkan kepada Fleming, Chain dan Florey atas penemuan penisilin.
        Yayasan Buah Pinggang Kebangsaan (NKF) ditubuhkan pada 1969 dan kini mengendalikan lebih 30 pusat dialisis.
        Hari Jururawat Antarabangsa disambut setiap 12 Mei sempena hari lahir Florence Nightingale.
        Tan Sri Dr. Yahya Awang, pakar bedah kardiotorasik, merupakan antara tokoh penting penubuhan Institut Jantung Negara.
    """),
    ("ms-en", "insurans dan forum"): _lines("""
        Medical card biasanya ada waiting period 30 hari untuk penyakit am dan 120 hari untuk specified illnesses macam kanser dan sakit jantung.
        Tip: simpan semua resit dan bil hospital asal, insurer biasanya tak terima salinan untuk reimbursement claim.
        Skim mySalam memberi bayaran sekaligus RM8,000 untuk penyakit kritikal yang disenaraikan kepada penerima bantuan tunai yang layak.
        Ada sesiapa tahu panel clinic area Bangsar yang terima kad PMCare? TIA.
        Deductible RM500 per disability maksudnya anda bayar RM500 pertama untuk setiap kemasukan bagi penyakit yang sama.
        Sesetengah polisi baharu ada ciri co-payment 10%, bermakna pemegang polisi tanggung 10% daripada bil yang layak.
        Guarantee Letter (GL) selalunya keluar dalam 2–4 jam selepas hospital hantar pre-admission form ke TPA.
        PERKESO: Faedah Hilang Upaya Sementara dibayar untuk tempoh cuti sakit yang disahkan doktor, sekurang-kurangnya 4 hari.
        Ramai tanya MC klinik swasta sah ke tak. Ya, bawah Akta Kerja 1955 MC daripada pengamal perubatan berdaftar adalah sah.
        Quote Plan MediShield Gold: umur masuk 30, premium bulanan RM165, had tahunan RM1.5 juta, tiada had seumur hidup.
        Hotline tuntutan Takaful Sihat Berhad: 1-300-88-2345 (Isnin–Jumaat, 8.30 pg – 5.30 ptg).
        有人知道 KK 打 flu vaccine 要不要 appointment？听说 Klinik Kesihatan Kepong walk-in 就可以。
        PeKa B40 menyediakan saringan kesihatan percuma dan bantuan peralatan perubatan untuk golongan B40 berumur 40 tahun ke atas.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Temujanji Klinik Pakar Nefrologi HKL: Encik Rosli bin Hamzah, No. KP 650318-10-5527, tarikh 14/01/2027 jam 9.00 pagi, bawa keputusan darah terkini.
        Assalamualaikum doktor, saya Nurul Syafiqah binti Azman (IC 970623-14-6248), nak tanya result HbA1c saya minggu lepas. No tel 012-774 3190.
        Pesakit Lim Bee Ling, 58 thn, Wad 7B Katil 12, post-op mastektomi kiri hari ke-2, waris: suami Tan Kok Wah 016-552 8871.
        Sijil Cuti Sakit No. KKM/KKBL/2026/0881: Disahkan bahawa Muhammad Hafiz bin Osman (K/P 881105-08-6013) tidak sihat untuk bertugas selama 2 hari dari 02/12/2026 hingga 03/12/2026.
        Bos, sy MC hari ni, kena denggi, platelet turun 89k. Dr kat KK Seksyen 7 suruh dtg balik esok check darah. – Aina Farhana, Jabatan Akaun
        Jadual HD Puan Kamalam a/p Subramaniam: Isnin/Rabu/Jumaat syif 2 di Unit Hemodialisis Hospital Selayang, akses AVF kiri, berat kering 54.5kg.
        Kemo kitaran ke-4 FOLFOX untuk En. Wong Chee Keong (RN HPP-2026-118842) ditangguhkan, ANC 0.8. Sila call isteri, Pn. Lee Mei Fong 017-338 2094.
        Sijil Digital Vaksinasi COVID-19 — Nama: SITI AISYAH BINTI RAHMAT | No. MyKad: 020814-03-0182 | Dos 1: 12/07/2021 Comirnaty | Dos 2: 02/08/2021 Comirnaty
        Anak sy Muhammad Aqil Zafran, 9 bulan, blm ambil vaksin MMR, buku kesihatan kanak2 hilang. Boleh semak rekod guna IC sy 910207-01-5670? — Zarina
        Ibu hamil: Nor Hidayah binti Ismail, G3P2 32 minggu, GDM on insulin, alamat Lot 1123 Kampung Parit Baru, 45300 Sungai Besar, Selangor.
        Rujukan ke Klinik Psikiatri: Cik Tharshini a/p Rajendran, 24 tahun, pelajar tahun akhir Fakulti Undang-Undang UM, major depressive disorder dengan idea bunuh diri pasif.
        Claim no. CL26-0098812 untuk Encik Faizal Hakimi bin Mohd Nor (polisi T1-7782094): masuk Hospital Pantai Cheras 3 hari sebab appendicitis, bil RM12,480.60.
        Pn. Chong Siew Lan, HP 019-227 6613, warfarin 3mg OD, INR terakhir 4.1 — ahli farmasi klinik antikoagulan tolong call untuk adjust dos.
        Rx: Metformin 500mg BD x 1/12, Amlodipine 5mg OD x 1/12 | Pesakit: Ravi a/l Muniandy | KP: 700929-07-5431 | KK Bayan Lepas
        Tolong hantar ubat ke rumah pakcik saya, Haji Abdul Rahman bin Yusof, No. 27, Jalan Seri Kenangan 3, Taman Seri Kenangan, 08000 Sungai Petani, Kedah. Dia dah tak boleh jalan lepas strok.
        Mohon doa semua, adik sy Farah Izzati (Wad 5, HTAR Klang) baru diagnos leukemia AML. Sesiapa nak derma darah O+ WhatsApp sy 011-2345 8870.
        Untuk tuntutan PERKESO sila emel salinan MC ke azlan.hashim88@gmail.com — Azlan bin Hashim, operator kilang Senai, tangan kanan cedera 03/11/2026.
        Bayaran balik deposit wad kelas 1 sebanyak RM500 akan dikreditkan ke akaun Maybank 1571 2840 6632 atas nama NUR ALIA BINTI KAMARUDDIN dalam 14 hari bekerja.
        Myvi putih PKN 4471 tu kereta En. Saravanan, dia parking kat laluan ambulans Hospital Seberang Jaya sebab isteri dia tengah bersalin.
        Pesakit warga Indonesia Sri Wahyuni, paspor C4412876, pekerja ladang di Sandakan, TB paru-paru smear positif; notifikasi CDCIS telah dihantar.
        Keputusan saringan HIV Roslan b. Abu Bakar (IC ******-11-5679), KK Kuala Terengganu: REAKTIF. Rujuk Klinik Penyakit Berjangkit HSNZ.
        Encik Kumaresan a/l Velu, gaji RM3,850 sebulan, memohon bantuan Tabung Bantuan Perubatan untuk kos stent jantung RM18,000 di IJN.
        Encik Hairul Nizam bin Jaafar, 41, memfailkan saman kecuaian perubatan terhadap sebuah hospital swasta di Shah Alam selepas kaki kirinya dipotong akibat jangkitan pasca pembedahan.
        Peringatan: Temujanji MOHD SHUKRI BIN ISMAIL di Klinik Pergigian Jalan Perak pada 09/12/2026 10:30 pg. Balas Y untuk sahkan.
        Kaunselor, tolong jgn bagitau majikan sy. Sy Hafizuddin Rahim, kerja kat Maybank cawangan Jalan Tun Razak, dah 3 bulan makan sertraline 50mg.
        Bayi lelaki kepada Puan Yap Siew Ting lahir 03/12/2026 jam 04:12, 2.45kg, jaundis neonatal, fototerapi di NICU Hospital Melaka katil 6.
        Ubat untuk Encik Daniel Tan Jun Hao (IC 000105-14-0237): Olanzapine 10mg ON, Sodium valproate 500mg BD — ambil di kaunter 5 farmasi HKL.
        Dari: siti.maisarah.r@yahoo.com — Saya nak tukar tarikh scan anomali 20 minggu, EDD saya 14/04/2027, follow up di KK Tampin.
        Lawatan pasca bersalin: bayi Nur Aleesya, ibu Siti Khadijah binti Rahim, Blok C-12-3A Pangsapuri Seri Mutiara, Jalan PJU 10/1, 47830 Petaling Jaya.
        Penerima vaksin HPV Tingkatan 1: Puteri Balqis binti Khairul Anuar, SMK Taman Melawati, dos 1 pada 22/10/2026, alahan penisilin.
        Isteri saya Halimah binti Said menghidap kanser payudara tahap 3 dan baru tamat kemoterapi di Institut Kanser Negara; saya memohon cuti tanpa gaji 3 bulan untuk menjaganya. — Zulkifli bin Omar, Juruteknik JKR Daerah Kuantan
        IC: 850227-12-5468 Nama: JOSEPHINE LOJUNGIN Alamat: Kg. Tambunan Baru, 89650 Tambunan, Sabah — keputusan BFMP: P. knowlesi positif.
        En. Nik Mohd Faris bin Nik Hassan, pemandu lori, lesen digantung sebab epilepsi tak terkawal; laporan perubatan dihantar ke JPJ Kota Bharu 01/12/2026.
        Tuan, mohon semak status permohonan kad OKU anak saya Adam Haiqal bin Shahrul (MyKid 150604-10-0287), autisme tahap sederhana, JKM Daerah Hulu Langat.
        Sijil vaksin meningokokal untuk umrah: Hajah Rokiah binti Mahmud, No. Pasport A58820134, divaksin 20/11/2026 di KK Jasin.
        Abang sy Kamarul Ariffin kerja kat Singapore (FIN G5523190M), accident kat Tuas minggu lepas, skrg warded di Ng Teng Fong. Mak nak tau boleh transfer ke HSA JB tak?
        Sesiapa kenal Nadia Ariffin (IG @nadia.ariffin_, Telegram @nadiaari89)? Dia keluar sendiri dari wad psikiatri Hospital Permai JB semalam, family tengah cari.
        Pelancong Hong Kong Chan Wing Yan (HKID K482193(9)) patah pergelangan tangan di Genting, dirawat di Hospital Bentong, insurans perjalanan Blue Cross.
        Pelajar pertukaran Taiwan, Lin Chia-Ying (ID A224317854), alahan teruk kacang tanah; EpiPen disimpan di pejabat Kolej Kediaman 12, UM.
        Sy En. Saiful, IC hujung 5523, tinggal Flat PPR Kerinchi Blok 3 tingkat 9, minggu lepas ujian kahak sy positif TB. Boleh ke sy pergi kerja?
    """),
    "ms-en": _lines("""
        Hi doc, my dad Mr. Goh Ah Seng (IC 520311-07-5079) was admitted to Penang GH ward 3C last night, suspected NSTEMI. Boleh update? I'm his son Goh Wei Jie, 012-480 9153.
        Pls fax discharge summary for Ms. Jessica Ong Pei Shan (DOB 22/09/1989, MRN 00-47-8812) to claims dept, lap chole done 28 Nov at Sunway.
        Pls cancel my physio appt on Fri, I'm warded at Sunway Medical for DVT. Patient: Rajesh Kumar s/o Balakrishnan, NRIC 830419-14-5137, hp +60 17-225 4839.
        Singaporean patient Tan Hui Min, NRIC S8834127I, admitted to Hospital Sultanah Aminah after accident at CIQ; next of kin husband +65 9684 2217.
        Payment for prescription: Visa 4539 1488 0343 6467 exp 08/29, cardholder LEONG KAR MUN, klinik pakar kulit Damansara Utama.
        Deposit cataract surgery RM3,200 charged to Mastercard 5522 1873 0094 1120 (Ong Siew Peng, 71), surgery date 12/12/2026 left eye.
    """),
    "ms-zh": _lines("""
        我妈妈陈秀英在 Hospital Kuala Lumpur 洗肾，星期二四六，IC 560712-10-5486，有时候要 Grab 送她去，我的电话 012-331 8406。
        林家成 Lim Kah Seng 的 MC 两天，4/12 到 5/12，Klinik Dr. Chua 开的，IC 781230-08-5663，诊断是 acute gastroenteritis。
        阿嬷 Tan Ah Moi 在 Hospital Pulau Pinang 做化疗，住 No. 12, Lorong Kulit 2, 10460 George Town，家里电话 04-282 6614。
        中国留学生王雨桐，身份证 320583199903214629，在 Hospital Serdang 住院，确诊登革热，UPM 国际学生处已经通知她家长。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu maya Klinik Kesihatan Kajang. Jawab dalam Bahasa Melayu."),
        ("user", "salam, nak buat temujanji klinik diabetes"),
        ("assistant", "Waalaikumussalam. Boleh berikan nama penuh dan no. MyKad untuk semakan?"),
        ("user", "Norhayati binti Sulaiman"),
        ("user", "IC 740502-10-5394"),
        (
            "assistant",
            "Terima kasih. Slot terdekat ialah Selasa 8/12 jam 8.30 pagi. Sila puasa 8 jam sebelum ambil darah.",
        ),
        ("user", "ok, lagi satu gula sy 15 pagi tadi, kena datang awal ke?"),
    ],
    [
        (
            "system",
            "Konteks pesakit: Nama: Lee Chun Hoong; Umur: 63; Wad 4C Katil 8, Hospital Pulau Pinang; Diagnosis: karsinoma kolorektal peringkat IV, FOLFIRI kitaran 2; Waris: anak perempuan Lee Pei Wen, 012-557 3318.",
        ),
        ("user", "Tolong draf mesej ringkas kepada waris tentang penangguhan kemoterapi esok."),
        (
            "assistant",
            "Salam Cik Pei Wen, kemoterapi ayah anda yang dijadualkan esok ditangguhkan kerana bacaan sel darah putih rendah. Doktor akan ulang ujian darah lusa.",
        ),
    ],
    [
        ("user", "MC dari klinik swasta boleh majikan reject tak?"),
        (
            "assistant",
            "Di bawah Akta Kerja 1955, MC daripada pengamal perubatan berdaftar adalah sah. Majikan boleh meminta MC daripada doktor panel jika ada.",
        ),
        (
            "user",
            "Masalahnya HR kata MC sy palsu. Nama sy Shahrul Nizam bin Abd Ghani, operator produksi kilang semikonduktor Bayan Lepas, MC 3 hari sebab slip disc.",
        ),
        (
            "assistant",
            "Anda boleh minta klinik mengesahkan MC tersebut secara bertulis kepada HR dan membuat aduan ke Jabatan Tenaga Kerja jika perlu.",
        ),
    ],
    [
        ("user", "sy rasa dah tak larat hidup"),
        (
            "assistant",
            "Saya minta maaf anda rasa begini. Anda tak keseorangan. Jika dalam bahaya segera, hubungi 999. Anda juga boleh hubungi Talian HEAL 15555 atau Befrienders 03-7627 2929.",
        ),
        (
            "user",
            "sy Aiman Hakimi, form 5 SMK Seri Gombak, mak ayah baru cerai, dah seminggu tak tidur",
        ),
        (
            "assistant",
            "Terima kasih sebab berkongsi, Aiman. Boleh tak beritahu kaunselor sekolah atau seorang dewasa yang anda percaya hari ini?",
        ),
        ("user", "kaunselor sy Pn Rahmah, tapi malu"),
    ],
    [
        ("user", "Hi, nak check status claim hospital"),
        ("assistant", "Boleh. Sila berikan nombor polisi atau nombor tuntutan."),
        ("user", "polisi MC-8830147-2"),
        ("assistant", "Terima kasih. Untuk pengesahan, siapa nama pemegang polisi?"),
        (
            "user",
            "Vanessa Liew Siew Kim. Claim untuk surgery fibroid rahim kat Columbia Asia Seremban bulan lepas",
        ),
        ("assistant", "Tuntutan sedang diproses; anda akan menerima SMS dalam 7 hari bekerja."),
    ],
    [
        ("user", "MySejahtera sy tak keluar sijil vaksin dos 3"),
        (
            "assistant",
            "Sila semak sama ada butiran MyKad dalam profil sepadan dengan rekod vaksinasi.",
        ),
        ("user", "IC 9802"),
        ("user", "15-14-"),
        ("user", "5566, nama Tan Mei Ling"),
        (
            "assistant",
            "Terima kasih. Sila hantar aduan melalui tab Helpdesk bersama tangkapan skrin profil.",
        ),
    ],
    [
        ("user", "boleh tolong carikan transport NGO untuk bawa ayah ke dialisis?"),
        ("assistant", "Boleh. Di mana lokasi rumah dan pusat dialisis?"),
        ("user", "rumah kat No. 8, Lorong Haji Taib 2, Chow Kit, 50350 KL"),
        ("user", "dialisis kat pusat NKF Jalan Ipoh, Isnin Rabu Jumaat pukul 7 pagi"),
        ("assistant", "Terima kasih. Nama pesakit dan nombor untuk dihubungi?"),
        (
            "user",
            "Ayah sy Mokhtar bin Ali, 68 tahun, kaki kanan dah potong. Call sy Salmah 017-602 4478",
        ),
    ],
    [
        ("system", "You are the delivery assistant for an online pharmacy in Malaysia."),
        ("user", "order sy #DOC2U-558190 dah sampai mana?"),
        ("assistant", "Pesanan anda sedang dihantar oleh kurier dan dijangka tiba hari ini."),
        (
            "user",
            "alamat betul ke? Unit B-17-05, Residensi Vista Wirajaya, Jalan 1/27D, Setapak, 53300 KL. Penerima Kelvin Ng Wai Kit",
        ),
        ("user", "tolong pastikan kotak tak tulis PrEP HIV kat luar, jiran sy kepoh"),
        (
            "assistant",
            "Baik, semua bungkusan kami menggunakan pembungkusan neutral tanpa nama ubat.",
        ),
    ],
    [
        ("user", "Doktor, saya 36 minggu, kaki bengkak dan sakit kepala sejak pagi"),
        (
            "assistant",
            "Simptom ini boleh jadi tanda preeklampsia. Sila segera ke klinik kesihatan atau Jabatan Kecemasan terdekat untuk periksa tekanan darah.",
        ),
        ("user", "ok. kad pink sy atas nama Nurfarahin binti Che Mat, KK Bachok, EDD 2/1/2027"),
        ("user", "suami kerja offshore, kalau apa2 tolong call adik sy 013-928 4410"),
    ],
    [
        ("system", "You are an HR assistant. Summarise leave records concisely."),
        (
            "user",
            "Summarise: Employee Tan Jia Hui (staff ID 00482, Finance) hantar MC 5 hari 24–28/11/2026 dari Hospital Sultanah Aminah, diagnosis keguguran 9 minggu.",
        ),
        (
            "assistant",
            "Tan Jia Hui (00482, Finance): cuti sakit 24–28 Nov 2026, 5 hari, MC dari Hospital Sultanah Aminah.",
        ),
        ("user", "Ok. Jangan letak diagnosis dalam rekod HR ya"),
    ],
]
