# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms102: Malay PTPTN study loans and scholarships (applications, statements, arrears, blacklist, repayment waivers, reminder letters). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms102
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_rasmi"): _lines("""
        PTPTN mengingatkan peminjam bahawa bayaran balik pinjaman bermula 12 bulan selepas tamat pengajian, tanpa mengira status pekerjaan.
        Makluman: Kaunter PTPTN di seluruh negara ditutup pada 1 Mei 2025 sempena Hari Pekerja. Urusan bayaran boleh dibuat melalui aplikasi myPTPTN atau FPX.
        Pengecualian bayaran balik pinjaman diberikan kepada peminjam yang memperoleh Ijazah Sarjana Muda Kelas Pertama, tertakluk kepada syarat pendapatan isi rumah yang ditetapkan.
        Peminjam yang gagal membuat bayaran balik boleh dilaporkan kepada CCRIS dan dikenakan tindakan undang-undang di bawah Akta Perbadanan Tabung Pendidikan Tinggi Nasional 1997 (Akta 566).
        Kadar caj upah (ujrah) bagi pinjaman PTPTN ialah 1% setahun, dikira atas baki pinjaman secara berkurangan.
        NOTIS: Sistem eSemakan Penyata akan menjalani penyelenggaraan berjadual dari 11.00 malam, 14 Jun hingga 6.00 pagi, 15 Jun 2025. Harap maklum.
        Permohonan pinjaman PTPTN sesi Oktober 2025 dibuka mulai 1 September hingga 31 Oktober 2025 melalui portal rasmi. Pemohon wajib mempunyai akaun SSPN yang aktif.
        Syarat permohonan: warganegara Malaysia, mendapat tawaran ke program yang diiktiraf MQA, dan berumur tidak melebihi 45 tahun pada tarikh permohonan.
        Peminjam boleh memohon penstrukturan semula jadual bayaran balik sekiranya mengalami kesukaran kewangan; permohonan perlu disertakan penyata gaji tiga bulan terkini.
        Peminjam yang bekerja digalakkan menggunakan kaedah potongan gaji melalui majikan untuk mengelakkan tunggakan dan surat peringatan.
        Biasiswa Yang di-Pertuan Agong (BYDPA) dibuka kepada graduan cemerlang untuk pengajian peringkat sarjana dan PhD di universiti terkemuka dunia.
        Talian Careline PTPTN: 03-2193 3000 (Isnin hingga Jumaat, 8.30 pagi - 5.30 petang, kecuali cuti umum).
        Kempen Diskaun Bayaran Balik: diskaun 15% ke atas baki bagi peminjam yang menjelaskan pinjaman secara sekaligus dalam tempoh kempen, tertakluk terma dan syarat.
        Surat peringatan pertama dihantar selepas tiga bulan tunggakan berturut-turut; surat tuntutan akhir dikeluarkan selepas enam bulan tanpa sebarang bayaran.
        AWAS PENIPUAN: PTPTN tidak pernah meminta nombor PIN, kata laluan atau kod TAC melalui telefon. Sila laporkan panggilan mencurigakan kepada talian rasmi.
        Pejabat PTPTN Cawangan Kota Bharu telah berpindah ke Aras 2, bangunan baharu bersebelahan Stesen Bas Wakaf Siku, berkuat kuasa 2 Januari 2026.
    """),
    ("ms", "soalan_lazim"): _lines("""
        Macam mana nak semak baki pinjaman PTPTN guna aplikasi myPTPTN?
        Boleh ke mohon pengecualian bayaran balik kalau dapat kelas pertama untuk peringkat diploma?
        Apa beza SSPN Prime dengan SSPN Plus, dan mana satu lebih sesuai untuk simpanan pendidikan anak?
        Kalau dah disenarai hitam, berapa lama nama akan dikeluarkan selepas tunggakan dijelaskan?
        Adakah pinjaman PTPTN akan dipotong jika saya mendapat biasiswa JPA pada semester yang sama?
        Bagaimana cara mengemas kini alamat surat-menyurat dalam akaun PTPTN secara dalam talian?
        Apa dokumen yang diperlukan untuk permohonan penangguhan bayaran balik kerana menyambung pengajian sarjana?
        Pinjaman PTPTN boleh guna untuk kolej swasta yang belum dapat akreditasi penuh MQA ke?
        Berapa lama proses pengeluaran wang pinjaman selepas perjanjian ditandatangani secara digital?
        Kenapa penyata tahunan PTPTN tunjuk caj ujrah walaupun saya bayar ikut jadual setiap bulan?
        Perlu ke bawa salinan MyKad ke kaunter untuk tukar kaedah bayaran kepada potongan gaji?
        Apa berlaku pada baki pinjaman jika peminjam meninggal dunia? Adakah waris perlu bayar?
        Macam mana nak muat turun Surat Pengesahan Tiada Tunggakan untuk permohonan pinjaman perumahan?
        Boleh tak bayar PTPTN guna kad kredit, dan ada caj tambahan tak?
        Siapa yang layak memohon Biasiswa Kecemerlangan negeri, dan adakah temu duga dibuat secara bersemuka?
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG PERMOHONAN PENGECUALIAN BAYARAN BALIK | Nama Penuh (seperti dalam MyKad): ____________ | No. Kad Pengenalan: ______-__-____ | Institusi: ____________ | CGPA: ____
        Kepada: [NAMA PEMINJAM] / [ALAMAT SURAT-MENYURAT] / Tuan/Puan, NOTIS TUNGGAKAN BAYARAN BALIK PINJAMAN — No. Akaun: [NO. AKAUN] — Jumlah tunggakan: RM[JUMLAH]
        Saya, {nama_penuh}, No. KP {no_kp}, dengan ini mengaku bahawa segala maklumat yang diberikan dalam borang ini adalah benar.
        Lampiran A: Senarai semak dokumen — (1) salinan MyKad pemohon, (2) surat tawaran IPT, (3) slip gaji ibu bapa/penjaga atau Borang BE, (4) penyata akaun bank atas nama pemohon.
        SURAT AKUAN PENJAMIN — Nama Penjamin: ……… No. KP: ……… Hubungan dengan peminjam: ……… Tandatangan: ……… Tarikh: ………
        Subjek e-mel: Rayuan Penangguhan Bayaran Balik PTPTN – [Nama] – [No. KP]. Isi: Saya ingin memohon penangguhan selama ___ bulan atas sebab ______.
        Tarikh: __/__/20__ | Rujukan Tuan: ______ | Rujukan Kami: PTPTN/PB/____/____
        Ruangan untuk kegunaan pejabat: Diterima oleh ______ | Tarikh ______ | Cop Jabatan ______ | Status: LULUS / TOLAK / KIV
        Format nombor MyKad: YYMMDD-PB-###G, iaitu 6 digit tarikh lahir, 2 digit kod tempat lahir dan 4 digit nombor siri; digit terakhir ganjil bagi lelaki, genap bagi perempuan.
        Templat WhatsApp unit kutipan: 'Salam Tuan/Puan <NAMA>, akaun PTPTN anda mempunyai tunggakan RM<AMAUN>. Sila jelaskan sebelum <TARIKH> untuk elak tindakan lanjut.'
        Borang BIASISWA-01/2025: Bahagian C – Maklumat Ibu Bapa (Nama Bapa, Pekerjaan, Pendapatan Bulanan; Nama Ibu, Pekerjaan, Pendapatan Bulanan) — wajib diisi oleh pemohon.
        Salam {{nama_penerima}}, penyata PTPTN anda bagi tahun {{tahun}} kini tersedia. Baki tertunggak: RM {{baki}}. Log masuk ke myPTPTN untuk butiran lanjut.
    """),
    ("mixed", "sembang_kumpulan"): _lines("""
        guys ptptn dah masuk ke belum? aku check bank takde apa lagi 😭
        wei sape tahu kaunter ptptn kat shah alam bukak sabtu tak
        lol semua orang dalam group ni hutang ptptn, no shame one
        myPTPTN app down again ke? keep saying session expired
        Reminder: deadline hantar borang biasiswa yayasan hari Jumaat ni, jangan lupa sign kat bahagian D
        bro first class dapat waive ke still kena bayar? heard they stopped already
        boss aku kata company boleh buat salary deduction for ptptn, senang la tak payah ingat tiap bulan
        anyone got the link for SSPN tax relief? nak claim for LHDN this year
        semalam pegi taklimat JPA, dorang cakap interview lebih tengok kokurikulum than result
        diskaun 15% tu until bila eh? if I settle lump sum
        aduh surat ptptn sampai rumah mak, kantoi terus 🤣
        admin pls pin the PTPTN careline number, 03-2193 3000, ramai tanya
        tips: screenshot resit FPX tiap kali bayar, sebab kadang2 penyata lambat update
        ada sesiapa pernah apply penangguhan sebab sambung master? berapa lama nak approve
        Mara loan boleh convert jadi biasiswa kalau CGPA tinggi kan? or dah tukar syarat
    """),
    ("ms", "log_sistem"): _lines("""
        2025-03-14 09:21:07 INFO disbursement.batch id=DSB-20250314-0042 records=1834 status=COMPLETED elapsed=412s
        [WARN] eSemakan: timeout calling CCRIS gateway (req_id=7f3a9c21-4b8e-4d1a-9c55-0e2f6b1d8a40), retry 2/3
        ALTER TABLE peminjam ADD COLUMN status_senarai_hitam CHAR(1) DEFAULT 'T';
        Kod status permohonan: L = Lulus, T = Tolak, K = KIV, B = Batal, P = Dalam Proses
        FPX callback: txn_ref=PTPTN2503180091234 amount=150.00 bank_code=MBB0228 status=00 (berjaya)
        cron: 0 2 1 * * /opt/tabung/bin/jana_surat_peringatan --tahap=1 --dry-run
        Penyata Tahunan dijana: 2,418,552 akaun | gagal: 317 | masa: 03:42:10
        export MYKAD_PATTERN='^[0-9]{6}-[0-9]{2}-[0-9]{4}$'  # validasi format sahaja
        Tiket #INC-2025-004812: Pengguna tidak dapat log masuk selepas reset kata laluan. Punca: cache sesi. Status: SELESAI.
        SELECT COUNT(*) FROM tunggakan WHERE bulan_tertunggak >= 6 AND kod_negeri = '10';
        sha256(penyata_2024.pdf) = cba3c1bfd78ff6b97238ecceb134e706b1eecb269bb4e17c139e3875ff66cc67
        Nota keluaran myPTPTN v4.3.2: tambah fungsi muat turun penyata PDF, baiki pepijat paparan baki pada Android 14.
        Resit FPX | No. Transaksi: 250318102847 | Amaun: RM200.00 | Tarikh: 18/03/2025 10:28 | Status: Berjaya
        Kelompok surat peringatan tahap 2 diserahkan kepada Pos Laju pada 07/04/2025, manifest MNF-0407-2231, contoh no. penjejakan ER129384756MY.
    """),
    ("en", "news_policy"): _lines("""
        The National Higher Education Fund Corporation (PTPTN) was established under the PTPTN Act 1997 to provide study loans to students at local institutions.
        Prime Minister Anwar Ibrahim said the government would keep offering repayment discounts to encourage borrowers to settle their PTPTN loans.
        Higher Education Minister Zambry Abd Kadir told the Dewan Rakyat that the agency's collection rate had improved compared with the previous year.
        Analysts note that outstanding PTPTN loans run into tens of billions of ringgit, with a significant share owed by borrowers who have never made a payment.
        Yayasan Khazanah scholarships cover tuition fees and a living allowance, and recipients are expected to contribute to Malaysia after graduation.
        In 2018 the government of the day lifted the travel ban on PTPTN defaulters, a move critics said weakened the agency's collection efforts.
        The Public Accounts Committee recommended that PTPTN review its reliance on government-guaranteed sukuk to fund new loans.
        SSPN savings qualify for individual income tax relief on net deposits, subject to the annual limit announced in the Budget.
        Petronas Education Sponsorship Programme applications typically open shortly after SPM results are released.
        JPA scholars who breach their service bond may be required to repay the full cost of their sponsorship plus penalties.
        Scholarship tip: selection panels read personal statements for evidence of leadership, not just a list of club positions.
        Book review: 'Panduan Kewangan Pelajar IPT' (ISBN 978-983-41-8720-0) explains budgeting, PTPTN repayment and SSPN in plain Malay.
    """),
    ("ms", "statistik_laporan"): _lines("""
        Jadual 3: Kadar kutipan bayaran balik mengikut negeri, 2024 — Selangor 78.2%, Johor 74.5%, Kelantan 61.3%, Sabah 58.9%.
        Seramai 12,430 peminjam telah diluluskan pengecualian bayaran balik kerana memperoleh ijazah kelas pertama sejak skim diperkenalkan.
        Purata tunggakan bagi setiap peminjam ingkar ialah RM9,845, manakala tempoh tunggakan median ialah 27 bulan.
        Laporan suku tahunan: jumlah pengeluaran pinjaman baharu meningkat 6.4% berbanding suku yang sama tahun lepas.
        Taburan pemohon biasiswa mengikut kumpulan pendapatan: B40 – 58%, M40 – 34%, T20 – 8%.
        Bilangan akaun SSPN baharu dibuka pada 2024: 412,806; jumlah simpanan terkumpul meningkat kepada RM11.2 bilion.
        Peratusan graduan yang bekerja dalam tempoh enam bulan selepas tamat pengajian: 86.7% (Kajian Pengesanan Graduan).
        Ringkasan audit dalaman: 23 kes salah kemas kini status senarai hitam dikenal pasti; kesemuanya telah dibetulkan dalam tempoh 14 hari.
        Mesyuarat Lembaga Pengarah Bil. 4/2025 bersetuju melanjutkan kempen diskaun hingga 31 Disember 2025.
        Kadar kelulusan permohonan penstrukturan semula: 71% (2023), 76% (2024); kebanyakan penolakan disebabkan dokumen pendapatan tidak lengkap.
    """),
    ("mixed", "forum_nasihat"): _lines("""
        Pengalaman saya: lepas settle semua tunggakan, status CCRIS update dalam masa lebih kurang sebulan. So jangan panic, just bayar dan simpan resit.
        Nasihat untuk adik-adik lepasan SPM: jangan ambil pinjaman maksimum kalau tak perlu. Ambil ikut keperluan, sebab nanti bayar balik juga.
        If you got first class, apply waiver immediately after konvo, jangan tunggu. Dokumen: transkrip, skrol, and surat pengesahan pendapatan.
        Untuk yang kerja di Singapura, boleh bayar PTPTN guna online banking Malaysia, tak semestinya kena balik ke kaunter.
        Beware scam: ada SMS kononnya dari PTPTN minta klik link untuk 'kemas kini akaun'. Jangan klik, semak terus melalui laman rasmi.
        Template ayat rayuan yang ok: terangkan situasi kewangan, lampirkan bukti, dan cadangkan jumlah bulanan yang betul-betul mampu dibayar.
        My two cents: SSPN tu worth it untuk tax relief, tapi jangan expect dividen tinggi macam ASB.
        Pinjaman MARA vs PTPTN: MARA ada potensi tukar jadi biasiswa ikut prestasi, PTPTN pula ada pengecualian untuk kelas pertama. Compare syarat dua-dua.
        Jangan share gambar IC dalam group Telegram 'bantuan PTPTN', banyak kes identiti dicuri lepas tu.
        Kalau nak mohon biasiswa Yayasan Tunku Abdul Rahman atau Yayasan Sime Darby, start tulis esei awal, jangan last minute.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PERMOHONAN PINJAMAN PTPTN | NAMA: NUR AISYAH BINTI MOHD RIDZUAN | NO. KP: 030512-10-1236 | IPT: UNIVERSITI PUTRA MALAYSIA | PROGRAM: IJAZAH SARJANA MUDA SAINS (BIOTEKNOLOGI) | NO. TEL: 013-795 2046
        Kepada Encik Muhammad Hafiz bin Zulkifli, Lot 1142, Kampung Pulau Melaka, 15400 Kota Bharu, Kelantan. NOTIS TUNGGAKAN: Rekod kami menunjukkan tunggakan sebanyak RM4,320.50 bagi tempoh 14 bulan.
        SURAT PERINGATAN KEDUA — Puan Rajeswari a/p Murugan (No. KP 970224-08-6284): Baki tertunggak RM2,875.00. Sila jelaskan dalam tempoh 14 hari dari tarikh surat ini untuk mengelakkan nama tuan/puan dilaporkan ke CCRIS.
        Senarai calon temu duga Biasiswa Yayasan Negeri 2025: 1. Tan Wei Ming (SMJK Chung Ling, 10A+) 2. Priya a/p Ramasamy (SMK Convent Butterworth, 9A+ 1A) 3. Haziq Irfan bin Shahrul Nizam (MRSM Kuala Berang, 10A+)
        status ptptn: lim siew ling, ic 890630145568, tunggakan 27 bulan, dah masuk senarai hitam. nak settle tapi tanya boleh ansur tak
        Penjamin: Chew Kok Leong, No. KP 880715-08-5207, alamat No. 5, Lorong Sungai Pinang 7, 41400 Klang, Selangor, pekerjaan juruteknik, kenderaan WXY 5521.
        Peminjam Farah Nabila binti Kamaruddin telah diluluskan pengecualian bayaran balik penuh setelah memperoleh Ijazah Sarjana Muda Perakaunan Kelas Pertama (CGPA 3.86) dari UiTM Arau.
        Nota kaunter 12/03: En. Mohd Firdaus bin Abdullah Sani datang sendiri, bayar RM1,200 tunai, minta surat pengesahan untuk permohonan pinjaman rumah. Tel 017-260 5583.
        Rayuan penstrukturan semula: Kavitha d/o Subramaniam, guru tadika di Seremban, gaji RM1,850 sebulan, menanggung ibu yang menjalani dialisis. Cadangan bayaran RM80 sebulan.
        Pengeluaran wang pinjaman semester 3 ke akaun BSN 1410 0294 3871 5526 atas nama AHMAD SYAFIQ BIN ROSLAN berjaya pada 18/09/2024.
        Jessica Chong Mei Yee, 960702-12-5890, peminjam di Kota Kinabalu, mohon tukar alamat surat-menyurat ke Blok C-3-11, Pangsapuri Seri Likas, 88400 Kota Kinabalu, Sabah.
        Awang Jefri anak Nyambong — penangguhan bayaran balik diluluskan 12 bulan kerana menyambung Sarjana di UNIMAS. Ruj. PNG/2025/0881.
        Kepada Nurul Izzati binti Kamarulzaman: Tahniah! Anda telah terpilih menerima Biasiswa Kecemerlangan Yayasan Pahang 2025. Sila hadir taklimat pada 5 Julai di Kuantan bersama ibu bapa/penjaga.
        Siti Khadijah binti Omar, 870922-02-5246 — dikeluarkan daripada senarai hitam pada 03/02/2025 selepas menjelaskan baki RM11,430.25 secara sekaligus.
        Aduan: Ganesh a/l Krishnan (019-558 0621) kata potongan gaji majikan RM250 sejak Januari tak masuk akaun PTPTN. Majikan: Syarikat Logistik Jaya Sdn Bhd. Tiket ADU-2025-11873.
        Permohonan pengecualian atas sebab hilang upaya kekal: Mohd Amirul bin Hassan, 920228-15-5039, lumpuh separuh badan akibat kemalangan jalan raya 2023, disahkan Lembaga Perubatan Hospital Labuan.
        Daniel Anthony Fernandez dari Ujong Pasir, Melaka — lulus BSc Sains Aktuari kelas pertama, tetapi permohonan pengecualian ditolak kerana pendapatan isi rumah melebihi had B40.
        Wong Jia Hui (050416-14-0262), anak kepada Wong Kah Seng, pemohon Biasiswa Khazanah Watan; pendapatan bapa RM3,200 sebulan, ibu tidak bekerja.
        Salam tuan, saya ingin semak status permohonan penangguhan saya. Mohon balas ke e-mel aisyah.ridzuan03@gmail.com. Terima kasih.
        Senarai hitam (kemas kini April): 1) MOHD RIZAL BIN ISMAIL 830114-06-5123 RM18,240 2) LEE CHEE KEONG 850508-07-5419 RM9,870 3) NORHAYATI BINTI YUSOF 860319-03-5462 RM12,055
        Ulasan pegawai: pemohon Haziq Irfan bin Shahrul Nizam tinggal bersama datuk di Putrajaya, ibu bapa bercerai, bapa tidak memberi nafkah sejak 2019. Disyorkan untuk biasiswa penuh.
        Pemindahan bayaran: Maybank 1620 8451 9372, penama NORAZLINA BINTI ABD WAHAB, rujukan bayaran balik PTPTN bulan Mac.
        Sdr. Arvind s/o Rajendran, peminjam program Diploma Kejuruteraan Mekanikal (Politeknik Ungku Omar), dilaporkan tiada sebarang bayaran sejak 2019 dan akan dirujuk ke panel peguam.
        Notis Tuntutan Akhir — Cik Amirah Natasha binti Zainal Abidin, 12-3-8, Pangsapuri Sri Ixora, Jalan Bukit Minyak, 14000 Bukit Mertajam, Pulau Pinang. Jumlah tuntutan: RM6,412.80 termasuk kos guaman.
        Pengesahan pendapatan untuk biasiswa: bapa pemohon, Encik Roslan bin Hamid, pemandu lori, RM2,100 sebulan; ibu suri rumah. Pemohon: Ahmad Syafiq bin Roslan, Tingkatan 6, SMK Kuala Berang.
        Tan Boon Huat, graduan UTAR, pasport A51823746, FIN G5123789M, kini bekerja di Singapura dan mohon bayar tunggakan secara dalam talian.
        Log panggilan careline 14:32: pemanggil Puan Zuraidah binti Mat Isa, ibu kepada peminjam Muhammad Danish bin Kamal, tanya kenapa anaknya disenarai hitam. Tel balik: 014-612 8830.
        Penyata Bayaran Balik 2024 | Nama: CHONG WAI KIT | No. KP: 900418-10-5837 | Baki Awal: RM23,450.00 | Bayaran: RM1,800.00 | Ujrah: RM218.40 | Baki Akhir: RM21,868.40
        Keputusan mesyuarat jawatankuasa: permohonan biasiswa Sharmila a/p Gopal dari SMK Taman Desa Skudai DITOLAK kerana keputusan SPM tidak memenuhi syarat minimum.
        Maklumat ibu bapa: Bapa – Lim Ah Chai, 660221-01-5093, peniaga pasar malam; Ibu – Goh Swee Lan, 680907-01-5586, tidak bekerja.
        Peminjam Nor Syafiqah binti Azman, 011 2741 6638, maklumkan sedang cuti bersalin dan minta tangguh bayaran 3 bulan.
        Ikhwan Hakimi bin Rosli, pelajar Tahun 2 Kejuruteraan Awam UTM Skudai, belum terima wang pinjaman semester ini kerana perjanjian pinjaman belum ditandatangani.
    """),
    "en": _lines("""
        Scholarship reference letter: I have taught Kavya Nair for three years at SMK Seafield; she topped the district in Additional Mathematics and leads the school's robotics club.
        Ms Lim Pei Shan (NRIC 950312-14-5104) has fully settled her PTPTN loan; a letter confirming no outstanding balance was issued on 2 May 2025.
        Customer: Marcus Tan Jun Hao, card 4570 2952 8926 4960 exp 08/27 — payment of RM350 for PTPTN arrears declined twice, please advise.
        Applicant details — Name: Stephanie Rozario, DOB 14/06/2006, Mobile +60 16-447 1935, Email steph.rozario06@gmail.com, Intended course: Pharmacy, Taylor's University.
        Note to file: borrower Ravi a/l Chandran says he lost his job at a Prai electronics factory in March and cannot pay for six months; referred for restructuring.
        Hi, this is Kelvin Ong, my loan is under IC 930726-07-5325, I moved to No. 9, Jalan SS2/24, 47300 Petaling Jaya — please update my address.
        JPA scholar bond breach: Dr Nadia binti Hamzah (passport A60319284) did not return after her UK medical degree; estimated claim RM1.2 million.
        Please remove my name from the blacklist, I paid everything last week — Azlan bin Mokhtar, 018-913 2274.
        Interview result: Jonathan Sim Kai Wen scored 42/50; strong leadership but weak essay. Shortlisted for the Yayasan Sime Darby scholarship, round 2.
    """),
    "mixed": _lines("""
        weh aku dah kena blacklist ptptn, tak boleh apply loan kereta. ic aku 960311-08-5521 kalau korang nak tolong check kat portal
        guys minta tolong, transfer duit utk bayar ptptn adik aku ke acc cimb 8602447193 (nur hidayah binti salleh), nanti aku ganti
        sis nak tanya, anak sis Aiman Hakim bin Azhar dapat 9A tapi tak lepas biasiswa yayasan, boleh rayu ke? contact sis 012-338 4172
        Bro Hafiz Zulkifli yg budak Elektrik batch 2017 UiTM Pasir Gudang tu baru dapat surat tuntutan PTPTN RM4k lebih, stress gila sebab baru kena buang kerja
        @farahnbl_ tolong share surat waiver first class you, nak tengok format. congrats btw CGPA 3.86!
        Boss, payslip Mei saya ada potongan PTPTN RM150 tapi penyata tak update. Nama Suresh a/l Muniandy, staff ID K2231, jabatan stor.
        mak aku Salmah binti Ibrahim tengah rawatan kanser, aku nak mohon tangguh ptptn sebab kena jaga dia full time. ada sape pernah buat?
        ptptn officer called me at 0192837465?? claims I owe RM7k... my name Tee Kah Wai, 880105-05-5247, is this scam or real?
        Adik Wei Ming dapat JPA overseas, fly ke UK bulan 9 ni. Tan family from Ayer Itam sangat proud, congrats Tan Wei Ming!
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya khidmat pelanggan bagi urusan pinjaman pendidikan. Jawab dengan sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak semak kenapa saya dapat surat peringatan. Nama saya Mohd Faizal bin Che Mat, no IC 910823-03-5181.",
        ),
        (
            "assistant",
            "Waalaikumussalam Encik Mohd Faizal. Berdasarkan rekod, akaun encik mempunyai tunggakan 5 bulan berjumlah RM1,125.00.",
        ),
        (
            "user",
            "Oh patutlah, potongan gaji berhenti masa saya tukar kerja bulan Jun. Boleh saya bayar RM300 sebulan dulu?",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat rayuan penangguhan bayaran balik PTPTN. Maklumat saya: Norliza binti Abdul Rahman, No. KP 850617-01-5394, No. 27, Jalan Seroja 4/2, Taman Seroja, 43300 Seri Kembangan, Selangor.",
        ),
        (
            "assistant",
            "Baik. Boleh nyatakan sebab utama rayuan dan jumlah yang puan mampu bayar setiap bulan?",
        ),
        (
            "user",
            "Suami saya masuk ICU sejak Ogos sebab strok, saya seorang tanggung 3 anak. Gaji saya RM2,300. Mampu RM50 sebulan je.",
        ),
        (
            "assistant",
            "Terima kasih. Berikut draf surat rayuan: 'Tuan, saya Norliza binti Abdul Rahman memohon penangguhan bayaran balik selama enam bulan kerana suami dimasukkan ke wad rawatan rapi...'",
        ),
    ],
    [
        (
            "user",
            "kawan aku Izzat Danial bin Rahim kena blacklist ptptn, dia nak pergi umrah dengan family bulan depan. boleh ke dia keluar negara?",
        ),
        (
            "assistant",
            "Sekatan perjalanan ke luar negara bagi peminjam PTPTN tidak lagi dikuatkuasakan secara automatik, tetapi dia boleh menyemak status dengan Jabatan Imigresen sebelum berlepas.",
        ),
        (
            "user",
            "ok tq. dia tunggak dekat RM9k sebab lepas grad 2020 terus takde kerja tetap, sekarang jadi rider foodpanda kat Bangi",
        ),
    ],
    [
        (
            "user",
            "Can you polish my scholarship personal statement? Here's the opening: 'My name is Chandrika Pillai a/p Rajoo and I am from SMK Methodist Sentul. My father passed away when I was 12 and my mother sells nasi lemak to support the four of us.'",
        ),
        (
            "assistant",
            "Sure. A stronger opening could be: 'When my father passed away, my mother's nasi lemak stall in Sentul became the engine of our family...'",
        ),
        (
            "user",
            "Nice. Also mention I got 9A+ in SPM 2024 and I'm the head prefect, but I have mild asthma so I couldn't join the athletics team.",
        ),
    ],
    [
        (
            "user",
            "Saya Gopinath a/l Sivam, baki PTPTN saya RM18,500. Kalau saya bayar RM350 sebulan, berapa tahun baru habis?",
        ),
        (
            "assistant",
            "Dengan ujrah 1% setahun atas baki berkurangan, bayaran RM350 sebulan akan menjelaskan RM18,500 dalam kira-kira 4 tahun 8 bulan.",
        ),
        (
            "user",
            "Ok. Saya kerja sebagai jururawat di Hospital Tengku Ampuan Rahimah, gaji RM3,400. Patut ke saya ambil diskaun bayar sekaligus guna duit KWSP?",
        ),
    ],
    [
        ("system", "You are an HR assistant that formats payroll reports."),
        (
            "user",
            "Format this into a table for the PTPTN salary deduction return, May 2025: Nurul Ain binti Yahya 940812-10-5098 RM120; Lee Kah Meng 880301-07-5171 RM200; Sathish a/l Kumar 970515-08-5333 RM95.",
        ),
        (
            "assistant",
            "| Name | IC No. | Deduction (RM) | / | Nurul Ain binti Yahya | 940812-10-5098 | 120.00 | / | Lee Kah Meng | 880301-07-5171 | 200.00 | / | Sathish a/l Kumar | 970515-08-5333 | 95.00 |",
        ),
    ],
    [
        (
            "user",
            "My son Ethan Lau Zhi Hao is in his first year at Universiti Malaya and his PTPTN money hasn't come in yet. Is something wrong?",
        ),
        (
            "assistant",
            "Disbursement usually follows once the loan agreement is signed and the university confirms enrolment. Has he signed the agreement in the portal?",
        ),
        (
            "user",
            "Yes, two weeks ago. The money should go to his BSN account 0412 0290 1738 6654. He's been borrowing from his roommate to pay for food.",
        ),
    ],
    [
        (
            "user",
            "Translate this letter to English please: 'Kepada Encik Yusri bin Awang, No. 88, Kampung Gong Badak, 21300 Kuala Nerus, Terengganu. Tuan dimaklumkan bahawa akaun pinjaman tuan mempunyai tunggakan RM7,640.00 dan nama tuan telah disenaraikan dalam CCRIS.'",
        ),
        (
            "assistant",
            "'To Mr Yusri bin Awang, No. 88, Kampung Gong Badak, 21300 Kuala Nerus, Terengganu. You are hereby informed that your loan account has arrears of RM7,640.00 and your name has been listed in CCRIS.'",
        ),
    ],
    [
        ("user", "hi, nak tanya pasal pengecualian bayaran balik untuk OKU. macam mana nak mohon?"),
        (
            "assistant",
            "Peminjam OKU boleh memohon dengan mengemukakan salinan kad OKU dan laporan perubatan. Adakah anda mahu pegawai menghubungi anda?",
        ),
        (
            "user",
            "ya boleh. saya Muhammad Aqil bin Zakaria, pekak sejak lahir, jadi tolong WhatsApp je jangan call. no saya 016 447 2093",
        ),
    ],
    [
        (
            "user",
            "Saya dah jadi PR Singapore, NRIC S9234561J. Tapi akaun PTPTN masih ikut MyKad lama 900712-01-5613. Perlu kemas kini ke?",
        ),
        (
            "assistant",
            "Akaun pinjaman kekal berdasarkan nombor MyKad asal. Anda boleh kemas kini alamat dan nombor telefon luar negara melalui portal.",
        ),
        (
            "user",
            "Ok, nama saya Kenneth Yap Chee Wai, alamat baru Blk 512 Jurong West St 52 #08-214, Singapore 640512. Nombor +65 9123 4578.",
        ),
    ],
]
