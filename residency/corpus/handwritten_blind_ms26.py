"""Blind check set ms26: Bahasa Melayu, institusi kewangan peribadi di Malaysia (koperasi, Tabung Haji, zakat, ASNB/ASB, pinjaman peribadi, AKPK, SMS bank, amaran scam, mesej ejen, notis, borang). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms26
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis rasmi"): _lines("""
        Lembaga Tabung Haji (TH) mengumumkan agihan hibah 3.25% bagi tahun kewangan 2024, dikreditkan ke akaun pendeposit mulai 3 Mac 2025.
        Makluman: Kaunter TH Cawangan Shah Alam ditutup pada 11 Disember 2025 sempena Hari Keputeraan DYMM Sultan Selangor.
        ASNB: Harga seunit ASM 2 Wawasan pada 03/12/2025 ialah RM1.00; transaksi melalui myASNB dibuka 24 jam sehari.
        NOTIS MESYUARAT AGUNG TAHUNAN KE-42 Koperasi Pekerja-Pekerja Kerajaan Negeri Perak Berhad akan diadakan pada 14 Disember 2025, jam 9.00 pagi, di Dewan Bankuet Majlis Bandaraya Ipoh.
        Pengumuman: Kadar nisab zakat harta bagi tahun 2025 di Wilayah Persekutuan ditetapkan pada RM24,965 berdasarkan harga semasa 85 gram emas.
        Bank Negara Malaysia, Jalan Dato' Onn, 50480 Kuala Lumpur. Laman sesawang: www.bnm.gov.my | BNMTELELINK 1-300-88-5465.
        Kaunter bayaran zakat di Masjid Tuanku Mizan Zainal Abidin, Presint 3, Putrajaya dibuka setiap Jumaat dari 10.00 pagi hingga 2.30 petang.
        Pekeliling SKM Bil. 3/2025: Semua koperasi kredit dikehendaki memastikan jumlah potongan gaji ahli tidak melebihi 60% daripada gaji kasar.
        AKPK, Aras 8, Maju Junction Mall, 1001 Jalan Sultan Ismail, 50250 Kuala Lumpur. Waktu operasi: Isnin-Jumaat, 9.00 pagi - 5.00 petang.
        Lembaga Zakat Negeri Kedah: Bantuan Persekolahan 2026 akan dikreditkan ke akaun ibu bapa/penjaga mulai minggu ketiga Januari.
        Hospital Sultanah Bahiyah, Alor Setar menerima sumbangan dua unit mesin hemodialisis bernilai RM1.2 juta daripada dana zakat negeri.
        Permohonan Bantuan Musim Tengkujuh 2025 dibuka 1 hingga 31 Disember; borang boleh diperoleh di semua pejabat zakat daerah.
        ASNB memaklumkan pengagihan pendapatan ASB bagi tahun berakhir 31 Disember 2025 akan diumumkan pada minggu pertama Januari 2026.
    """),
    ("ms", "SMS bank & sistem"): _lines("""
        RM0 CIMB: Log masuk ke CIMB Clicks dikesan pada 04-Dec-25 08:14. Jika bukan anda, hubungi 03-6204 7788 dengan segera.
        Makluman: Perbankan internet akan menjalani penyelenggaraan berjadual pada 07/12/2025 dari 12.00 tengah malam hingga 6.00 pagi.
        Kod ralat MAE-5021: Sesi anda telah tamat tempoh. Sila log masuk semula. (app v7.12.0, build 2025.11.28-r3)
        DuitNow QR | ID Rujukan: 20251204MBBEMYKL010ORM71038845 | Status: Berjaya | Jumlah: RM15.50
        Pos Laju: Kad debit baharu dalam penghantaran, no. penjejakan EP482913576MY. Anggaran tiba 2-3 hari bekerja.
        Transaksi gagal: Had harian pemindahan DuitNow RM50,000.00 telah dicapai. Ruj: 7781203945.
        Templat SMS: "RM0 {NAMA_BANK}: Pembayaran RM{JUMLAH} kepada {PENERIMA} pada {TARIKH} berjaya. Ruj {REF}."
        Bank Rakyat: Mulai 1 Jan 2026, caj notifikasi SMS RM0.15 setiap mesej dimansuhkan bagi semua akaun simpanan.
        Status permohonan: DITERIMA | No. Rujukan PP-2025-1204-00731 | Tempoh semakan 3-5 hari bekerja.
        2025-12-04T09:41:27+08:00 txn_id=b7e1c0a9-42f1-4d4a-9b1e-6c2a1f0d8e73 amount=MYR 250.00 channel=FPX status=00
        Invois No. INV/KPKM/2025/11/00932 - Yuran keahlian tahunan RM30.00, tarikh akhir bayaran 31/12/2025.
        RM0 TH: Perkhidmatan THiJARI tidak dapat diakses sementara waktu. Kami mohon maaf atas kesulitan.
        OTP anda untuk myASNB ialah 774203. Sah selama 3 minit. JANGAN kongsi dengan sesiapa termasuk kakitangan ASNB.
    """),
    ("ms", "amaran scam"): _lines("""
        AWAS! Bank tidak akan sekali-kali meminta nombor TAC, PIN atau kata laluan anda melalui panggilan telefon, SMS atau WhatsApp.
        Jika anda menjadi mangsa penipuan, segera hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997, 8 pagi hingga 8 malam setiap hari.
        Semak nombor akaun atau nombor telefon yang mencurigakan di portal Semak Mule PDRM sebelum membuat sebarang pemindahan wang.
        Modus operandi terkini: scammer menyamar sebagai pegawai LHDN, mahkamah atau PDRM, kononnya anda terlibat dalam kes pengubahan wang haram.
        Pinjaman "tanpa dokumen, lulus 1 jam, bayar yuran proses dulu RM500" - itu tipu! Pemberi pinjam wang berlesen tidak mengenakan bayaran pendahuluan.
        Senarai Amaran Pengguna Kewangan (Financial Consumer Alert) BNM dikemas kini dari semasa ke semasa; semak di www.bnm.gov.my/financial-consumer-alert.
        Jangan percaya iklan Facebook yang menggunakan gambar "Tan Sri" atau selebriti terkenal menjanjikan pulangan 30% sebulan. Gambar digunakan tanpa kebenaran.
        Skim "ASB Gold Emas Berganda" BUKAN produk ASNB. Pelaburan ASNB hanya melalui cawangan, ejen sah dan aplikasi myASNB.
        Statistik: 35,368 kes jenayah komersial dilaporkan pada 2024 dengan kerugian dianggarkan RM1.57 bilion, kebanyakannya penipuan dalam talian.
        SMS palsu: "Akaun Tabung Haji anda akan dibekukan, klik http://th-kemaskini.xyz" - TH tidak menghantar pautan melalui SMS.
        Fail APK "Surat_Saman_PDRM.apk" (MD5 eef0e9eb9cb7762678807066d3eefd04) mencuri OTP daripada peti masuk SMS. Padam segera.
        Kalau ada "ejen" minta deposit masuk ke akaun peribadi dia untuk beli unit ASB, jangan layan. Bayar terus kepada ASNB sahaja.
    """),
    ("ms", "borang & templat"): _lines("""
        Nama Penuh (seperti dalam MyKad): ____________________   No. MyKad: ______-__-____
        Contoh pengisian: ALI BIN ABU | No. KP: YYMMDD-PB-###G | Pekerjaan: Kerani
        Lampiran yang diperlukan: (1) salinan MyKad depan & belakang, (2) slip gaji 3 bulan terkini, (3) penyata bank 3 bulan, (4) surat pengesahan majikan.
        Bahagian C - Maklumat Waris/Penama: Nama, Hubungan, No. KP, No. Telefon (sila isi dengan HURUF BESAR).
        Saya, {nama_pemohon}, No. KP {no_kp}, dengan ini mengesahkan bahawa segala maklumat yang diberikan adalah benar.
        Borang AKPK/PPK-01 (Pindaan 2024) - Permohonan Program Pengurusan Kredit, muka surat 1 daripada 4.
        Notis PDPA: Data peribadi anda diproses menurut Akta Perlindungan Data Peribadi 2010 dan tidak akan didedahkan kepada pihak ketiga tanpa persetujuan anda.
        Arahan dalaman: Salinan MyKad pemohon mesti disimpan dalam kabinet berkunci dan dilupuskan melalui mesin pencincang selepas tempoh simpanan 7 tahun.
        Format no. akaun TH: 2 digit kod negeri + 10 digit nombor pendeposit. Jangan masukkan sengkang semasa kemas kini dalam sistem.
        Tandatangan Pemohon: __________   Tarikh: __/__/____   Cop Jabatan: __________
        Jadual Bayaran Balik: Pembiayaan RM30,000 | Tempoh 84 bulan | Kadar keuntungan 4.99% setahun (rata) | Ansuran bulanan RM481.89
        Surat Akuan Penerimaan Zakat: "Diterima daripada [NAMA PEMBAYAR] sebanyak RM[JUMLAH] bagi zakat [JENIS] tahun [TAHUN]."
        Pengesahan Majikan (Angkasa): Jabatan mengesahkan bahawa kakitangan berikut masih berkhidmat: Nama ______ Gred ______ Gaji Pokok RM______
    """),
    ("ms", "broadcast ejen"): _lines("""
        Salam tuan/puan 🙏 Pembiayaan peribadi koperasi utk penjawat awam gred 11 ke atas, potongan Angkasa, kadar serendah 3.8% setahun. Berminat? Reply "NAK".
        PROMO DISEMBER‼️ Top up ASB financing sampai RM200k, tempoh max 30 thn, tak perlu penjamin. T&C apply.
        Dokumen yg perlu: IC depan blkg, slip gaji 3 bln, penyata bank 3 bln, 1 bil utiliti. Hantar PDF ye, jgn gambar senget 😅
        Update: Bank Rakyat dah turunkan kadar Personal Financing-i sektor awam ke 4.65% flat mulai minggu ni. Grab cepat b4 tahun baru!
        Blacklist CCRIS/CTOS pun boleh apply?? ❌ Tak boleh ye bossku, jangan percaya iklan "blacklist pun lulus".
        Kalkulator kasar: pinjaman RM50k, 10 tahun, 4.5% flat -> ansuran lebih kurang RM604.17 sebulan.
        Group ni utk info je. Sila PM admin utk semakan kelayakan, JANGAN share IC atau slip gaji dalam group ya 🙏
        Slot konsultasi free Sabtu ni kat Kopitiam Pak Li, Seksyen 13 Shah Alam, 10 pagi - 1 ptg. Datang je, tak payah booking.
        Dividen Koperasi Polis tahun lepas 7% + bonus 1%, ahli baru boleh join dgn yuran masuk RM50 je.
        Pembiayaan rumah LPPSA pun kami boleh bantu urus, proses 2-3 minggu bergantung pada kelulusan jabatan.
        Reminder: tarikh tutup permohonan batch Disember ialah 20hb. Selepas tu masuk batch Januari.
        Hotline rasmi koperasi kami 03-8888 2121 (Isnin-Jumaat, 8.30 pg - 5.30 ptg). Nombor lain yg mengaku wakil kami adalah palsu ⚠️
    """),
    ("ms", "nasihat kewangan"): _lines("""
        Nisbah khidmat hutang (DSR) yang sihat ialah di bawah 60% daripada pendapatan bersih bulanan anda.
        Program Pengurusan Kredit (PPK) AKPK membantu menstruktur semula hutang kad kredit dan pinjaman peribadi dengan bank peserta tanpa sebarang caj.
        Kaedah 50/30/20: 50% untuk keperluan, 30% untuk kehendak, 20% untuk simpanan dan bayaran balik hutang.
        Jika anda terlepas bayaran ansuran, rekod CCRIS akan memaparkan tunggakan tersebut bagi tempoh 12 bulan terkini.
        Zakat pendapatan yang dibayar boleh dituntut sebagai rebat cukai pendapatan individu, terhad kepada jumlah cukai yang dikenakan.
        Dalam satu episod Upin & Ipin, Opah mengajar si kembar menyimpan duit syiling dalam tabung buluh untuk membeli hadiah Hari Raya.
        Pemberi pinjam wang berlesen KPKT dihadkan kepada kadar 12% setahun bagi pinjaman bercagar dan 18% setahun bagi pinjaman tanpa cagaran.
        Tip: Semak laporan kredit anda secara percuma melalui eCCRIS sekurang-kurangnya sekali setahun.
        Bab 4: Mengurus Hutang Kad Kredit - rujuk modul POWER! AKPK (edisi 2023), muka surat 41-58.
        Sebelum menjadi penjamin kepada sesiapa, fahami bahawa anda bertanggungjawab penuh jika peminjam gagal membayar.
        Simpanan kecemasan sebaiknya bersamaan 3 hingga 6 bulan perbelanjaan asas isi rumah.
        Watak Pak Pandir dalam cerita rakyat Melayu sering dijadikan contoh orang yang membuat keputusan tanpa berfikir panjang, termasuk soal wang.
    """),
    ("ms", "sejarah & institusi"): _lines("""
        Royal Profesor Ungku Abdul Aziz mengemukakan kertas kerja "Rancangan Membaiki Ekonomi Bakal-Bakal Haji" pada 1959, yang menjadi asas penubuhan Tabung Haji.
        Perbadanan Wang Simpanan Bakal-Bakal Haji ditubuhkan pada 1963 dan kemudiannya digabungkan menjadi Lembaga Urusan dan Tabung Haji pada 1969.
        Amanah Saham Bumiputera (ASB) dilancarkan pada 2 Januari 1990 di bawah pengurusan Amanah Saham Nasional Berhad.
        Gerakan koperasi di Tanah Melayu bermula secara rasmi dengan penggubalan Enakmen Syarikat Kerjasama 1922.
        Bank Kerjasama Rakyat Malaysia Berhad (Bank Rakyat) ditubuhkan pada 1954 untuk membiayai koperasi luar bandar.
        Ibu pejabat Lembaga Tabung Haji terletak di Menara TH, 201 Jalan Tun Razak, 50400 Kuala Lumpur.
        Tan Sri Zeti Akhtar Aziz menjawat jawatan Gabenor Bank Negara Malaysia dari tahun 2000 hingga 2016.
        Jalan Tun Razak di Kuala Lumpur dinamakan sempena Perdana Menteri kedua, Tun Abdul Razak Hussein, yang memperkenalkan Dasar Ekonomi Baru.
        Universiti Tunku Abdul Rahman (UTAR) menganjurkan bengkel literasi kewangan Islam untuk pelajar tahun akhir.
        Permodalan Nasional Berhad (PNB) ditubuhkan pada 1978 sebagai salah satu instrumen pelaksanaan Dasar Ekonomi Baru.
        Sekolah Tun Fatimah di Johor Bahru menerima anugerah sekolah celik kewangan peringkat kebangsaan anjuran AKPK.
        Koperasi Serbaguna Dato' Onn Berhad, yang dinamakan sempena pengasas UMNO, mencatat untung bersih RM3.4 juta bagi tahun kewangan 2024.
        Jalan P. Ramlee di Kuala Lumpur, dinamakan sempena seniman agung Tan Sri P. Ramlee, menempatkan beberapa ibu pejabat bank dan syarikat insurans.
    """),
    ("ms", "teknikal & data"): _lines("""
        def mask_mykad(ic: str) -> str: return ic[:6] + "-**-****"
        SELECT no_ahli, baki_saham FROM ahli_koperasi WHERE status = 'AKTIF' AND baki_saham > 1000;
        ERROR 2025-12-04 10:22:31 [th-api] timeout calling /v2/akaun/baki (upstream=th-core-03, 30012 ms)
        Changelog myASNB v4.3.0: tambah sokongan DuitNow AutoDebit, baiki pepijat paparan pengagihan bagi dana ASB 2.
        Dataset: 1,204 rekod asnaf dianonimkan; nama dan No. KP digantikan dengan token [NAMA] dan [KP] sebelum analisis.
        Kod bank FPX: MBB0228 (Maybank2U), BCBB0235 (CIMB Clicks), BIMB0340 (Bank Islam).
        SWIFT/BIC: MBBEMYKL (Maybank), CIBBMYKL (CIMB), BKRMMYKL (Bank Rakyat), BIMBMYKL (Bank Islam).
        {"jenis": "zakat_pendapatan", "kadar": 0.025, "nisab_myr": 24965, "haul": "tahunan"}
        commit 3f9a2c7 fix(zakat-calc): bundarkan nisab kepada sen terdekat; sha256 533c8aa4a1a4e5882e97aa91e7a91c7ac574297bc6f88d132a7a37d8e274cf6e
        Validasi medan no_kp: mesti 12 digit, 6 digit pertama tarikh lahir sah (YYMMDD), digit 7-8 kod negeri/negara.
        Log audit 2025-12-03 17:02:11 user=svc_batch role=READONLY action=EXPORT table=penyata_asb rows=0 (dry-run)
        Skema borang_zakat v2.1.4: medan 'no_tel' kini pilihan; medan 'poskod' mesti 5 digit; medan 'jenis_zakat' enum [PENDAPATAN, SIMPANAN, EMAS, PERNIAGAAN].
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Resit Zakat Pendapatan: Pembayar NUR AIN BINTI ZAKARIA, No. KP 890412-10-5566, jumlah RM1,200.00, No. Resit LZS/2025/0098812.
        Akaun TH 02-1122334455 atas nama Haji Kamarulzaman bin Yusof, baki RM18,450.20, anggaran giliran menunaikan haji 1449H.
        Tolong semak akaun ASB anak saya Muhammad Irfan Hakimi, MyKid 150723-01-1283, no. ahli ASNB 0123456789.
        Klien: Encik Suresh a/l Maniam, gaji bersih RM2,870, hutang kad kredit RM34,200 di 3 bank, dirujuk ke PPK pada 11/2025.
        Maybank2u: Hi ZULKIFLI BIN HAMZAH, RM2,500.00 telah dipindahkan ke akaun 164012358821 (SITI HAJAR BT OSMAN) pada 03/12/25 21:14.
        Bos, client baru: Faridah bt Mansor, guru DG41 SK Bukit Beruang Melaka, gaji kasar RM5,480, pot. Angkasa RM1,100, nak top up RM40k.
        Saya Lim Wei Ming, IC 750318-07-5233, telah ditipu RM23,000 oleh individu menyamar pegawai BNM. Laporan polis BUKIT MERTAJAM/012345/25.
        Asnaf: Puan Kalsom binti Daud, 67 tahun, tinggal seorang di Kg. Padang Lati, Kangar, menghidap strok dan penyakit buah pinggang tahap 4, dialisis 3 kali seminggu.
        Pak Long Hamid, imam surau Taman Cempaka Ampang tu, rupanya dah diisytihar bankrap bulan lepas. Patutlah Camry dia kena tarik.
        Alamat surat-menyurat pemilik akaun Mohd Hafiz bin Ibrahim: No. 27, Jalan Merbau 3/2, Taman Merbau Indah, 34000 Taiping, Perak.
        Nama: Hafizah binti Rosli, FIN G5123467M, alamat Blk 312 Woodlands Street 31 #08-145, Singapore 730312, tel +65 9123 4821, nak top up ASB dari SG.
        Tolong batalkan kad kredit CIMB 5279 7309 1141 7074 atas nama NG KAH HOE, luput 08/28, dah hilang masa kat pasar malam.
        Myvi putih WXY 8823 milik Encik Azman bin Rahim dah 4 bulan tak bayar ansuran, bank dah keluarkan arahan tarik semalam.
        Slip gaji Nov 2025: NORHAYATI BINTI SALLEH, Jururawat U29, Hospital Tengku Ampuan Afzan, gaji pokok RM3,412.56, pot. koperasi RM650.00.
        Saman Pemula No. BA-24NCvC-1123-09/2025: Koperasi Wawasan Bestari Berhad lwn Roslan bin Hassan (No. KP 700915-06-5117), tuntutan RM48,120.00.
        Sila hantar penyata dividen ke emel hazwani.rahim92@gmail.com - Hazwani binti Abdul Rahim, ahli koperasi no. 004512.
        Puan Zarina binti Abdul Ghani (No. KP 8203**-**-5628), Guru Besar SK Seri Gading Batu Pahat, mohon pengeluaran simpanan koperasi RM15,000.
        Pendaftaran haji: Zainab binti Che Mat, 58, bersama suami Ismail bin Awang, no. pendaftaran TH-HJ-1430-0087712. Puan Zainab ada darah tinggi & kencing manis.
        Penjamin: Encik Raju a/l Subramaniam, No. KP 690227-08-5431, pekerja am JKR Daerah Kinta, tel 012-558 4471.
        Kak, ni IC & slip gaji suami saya: Mohd Rizal bin Zainal 860517-14-5283, Koperal, Kem Sungai Besi. Gaji bersih dlm RM3.9k.
        Nur Syafiqah (syafiqah.ns@yahoo.com / 017-329 8841) nak tanya status permohonan bantuan zakat pendidikan untuk adiknya di UiTM Arau.
        Nota sesi 12/11: klien Chong Siew Ling, 41, ibu tunggal 3 anak, diberhentikan kerja Ogos, tunggakan PTPTN + pinjaman peribadi RM62k, sedang dirawat untuk kemurungan.
        Boleh transfer deposit ke Bank Islam 12073010184562, nama AHMAD SYUKRI BIN MAT NOOR. Nanti saya WhatsApp resit.
        No. Ahli 001877 | HALIMAH BT YAACOB | 640311-11-5296 | Modal Syer RM12,500 | Dividen 2024 RM1,062.50
        Cikgu Rahim yang ajar Matematik di SMK Jalan Kebun, Klang tu ada hutang along, malam tadi rumah dia kena simbah cat merah.
        Pasport Zulaikha binti Hamdan A58812347, tamat tempoh 14/06/2027 - untuk permohonan visa haji muassasah 1447H.
        Bantuan asnaf fakir: Encik Jamaluddin bin Omar, ketua keluarga 6 orang, Rumah No. 14, Lorong Haji Taib 2, Kampung Baru, 50300 Kuala Lumpur, pendapatan RM900 sebulan.
        Ni no fon abg ipar aku, Shahrul Nizam 019-776 2045, dia ejen ASB financing Maybank area Seremban.
        Penyata ASB 2025: Puan Letchumy a/p Krishnan, no. ahli 0987612345, baki 85,320.00 unit, agihan RM4,479.30.
        Laporan CTOS: LEE CHEE KEONG, IC 820905-07-5711, skor 512, 2 rekod tindakan undang-undang (Affin Bank, AEON Credit).
        Mohon tangguh bayaran - saya Nor Azlina binti Hassan, akaun pembiayaan 7012334588, baru bersalin secara pembedahan dan bayi masih di NICU Hospital Kuala Lumpur.
        Pemegang akaun: WAN NURUL IZZATI BT WAN ISMAIL | No. akaun 564210318872 (Maybank) | Baki akhir RM312.45
        Carian MdI: Abdul Halim bin Mokhtar (KP 680102-02-5549) - status BANKRAP, No. Kes Kebankrapan 29NCC-2210-05/2019.
        Arwah ayah saya Haji Daud bin Sulaiman meninggal 3 Ogos 2025; saya anaknya Nurul Huda binti Daud (910214-03-5384) nak tuntut simpanan TH beliau.
        Anak saya Aisyah Humaira, 8 tahun, murid SK Taman Melawati, disahkan leukemia. Mohon bantuan perubatan zakat. Ibu: Rohaida, 013-448 2190.
        Bekas suami saya Khairul Anuar bin Mat Saman tak bayar nafkah sejak Mac, lepas tu guna nama saya ambil pinjaman peribadi RM20k di Bank Rakyat.
        Kad: 4211 5881 3998 6989, CVV 331, exp 11/27, nama RAMLAH BT SAID. Tolong bayar yuran proses pinjaman guna kad ni.
        IC 951120-12-6031, tel 011-2354 8890, nak mohon pinjaman peribadi RM10k segera, gaji RM2,400 kerja kilang sawit Lahad Datu.
        Nama: Muthu a/l Velu, TL 12/03/1958, Lot 332, Ladang Sungai Buloh, 47000 Sungai Buloh, pesara estet, pencen RM1,180 sebulan.
        Saudara baru Daniel Wong Abdullah, memeluk Islam pada 2023 di Pejabat Agama Islam Daerah Seremban, layak bantuan zakat muallaf RM300 sebulan.
        Saya Haslinda, rumah saya Flat PKNS Blok C-4-12, Seksyen 7 Shah Alam. Along datang ketuk pintu setiap malam sebab hutang RM8k.
        Penama ASB Encik Ahmad Nazri bin Harun ialah isterinya, Fauziah bt Yunus, No. KP 770805-05-5002, hubungan: isteri.
        Kereta Saga hitam PKN 4512 selalu parking depan rumah No. 8, Jalan Bayan 4, Taman Bayan, Bukit Mertajam - tu rumah Encik Ong Boon Keat yang berhutang koperasi RM15k.
        TH: Assalamualaikum NORAZAH BT ISMAIL, simpanan RM500.00 ke akaun TH 01-3021458872 berjaya pada 02/12/2025 10:31.
        Sila hubungi saya di WhatsApp 016-238 9174 atau emel azreen.kamal@outlook.com - Azreen Kamal, pegawai sumber manusia yang uruskan potongan gaji suami.
        Ejen ASNB berdaftar Kak Ina (Norina binti Salleh), WhatsApp 013-392 7715, rumah dia kat Taman Sri Muda Seksyen 25 je.
    """),
    "ms-en": _lines("""
        Boss, 我的 loan 还没 approve 吗? Nama Tan Ah Kow, IC 700404-01-5129, Kluang, gaji RM4,800 sebulan.
        Isteri saya warganegara China, Wang Li (王丽), ID 350102199203154827, nak buka akaun simpanan bersama di Public Bank.
        FYI sis, my cousin Amirul Hakim bin Jamal kena reject Bank Islam sebab CCRIS dia ada 3 bulan arrears for his PTPTN. Salary dia RM3,100 je kat Petronas Gebeng.
        Card 4215 3645 5681 5184 belongs to Mr. Gopal a/l Rengasamy, disputing charge RM2,150.00 at "KOP MAJU" on 28/11.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya AKPK. Jawab dalam Bahasa Melayu dengan sopan dan ringkas.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak daftar PPK. Hutang kad kredit saya dah tak tertanggung.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh nyatakan anggaran jumlah hutang dan pendapatan bersih bulanan tuan/puan?",
        ),
        (
            "user",
            "hutang kad 3 bank lebih kurang RM41k, gaji bersih RM3,150. saya kerja kilang di Senai",
        ),
        (
            "assistant",
            "Terima kasih. Untuk tetapkan temujanji kaunseling, sila berikan nama penuh dan no. MyKad.",
        ),
        ("user", "Nama Saiful Bahri bin Othman"),
        ("user", "ic 850629-01-5575"),
    ],
    [
        ("user", "Berapa zakat pendapatan kalau gaji RM6,000 sebulan?"),
        (
            "assistant",
            "Secara kasar: RM6,000 x 12 = RM72,000 setahun; 2.5% daripadanya ialah RM1,800 setahun atau RM150 sebulan, sebelum tolakan had kifayah.",
        ),
        (
            "user",
            "Ok. Tolong draf surat potongan gaji bulanan untuk majikan. Nama saya Nor Hidayah binti Abdul Latif, No. Pekerja 00471, Jabatan Kewangan Majlis Perbandaran Kajang, gaji RM6,000.",
        ),
        (
            "assistant",
            "Baik, berikut draf ringkas: 'Saya, Nor Hidayah binti Abdul Latif (No. Pekerja 00471), memohon potongan zakat pendapatan RM150 sebulan mulai Januari 2026...'",
        ),
    ],
    [
        ("user", "tolong!! tadi ada org call kata dari bank, saya dah bagi TAC"),
        (
            "assistant",
            "Segera hubungi NSRC di 997 dan talian kecemasan bank anda untuk sekat akaun. Jangan berikan apa-apa kod lagi.",
        ),
        (
            "user",
            "bank saya Public Bank, akaun 6372918405 atas nama KOH SIEW PENG. duit dah keluar RM8,700",
        ),
        (
            "assistant",
            "Sila buat laporan polis secepat mungkin dan simpan tangkap layar panggilan serta SMS.",
        ),
    ],
    [
        (
            "system",
            "You are a WhatsApp assistant for Kredit Mudah koperasi agents. Collect eligibility details politely in Malay.",
        ),
        ("user", "slm, nak apply loan koperasi"),
        ("assistant", "Wsalam! Boleh kongsi gred jawatan, gaji kasar dan potongan sedia ada?"),
        ("user", "DG44, gaji kasar 6,210, potongan angkasa dah ada RM900"),
        (
            "assistant",
            "Anggaran kelayakan sekitar RM80k. Boleh hantar nama penuh & no. IC untuk semakan CCRIS?",
        ),
        ("user", "Rosnani bt Mat Isa 790102-03-5198, cikgu SMK Kubang Kerian"),
    ],
    [
        ("user", "Macam mana nak keluarkan simpanan TH arwah mak?"),
        (
            "assistant",
            "Waris perlu membawa sijil kematian, salinan MyKad waris, dan surat kuasa pentadbiran atau sijil faraid ke cawangan TH berhampiran.",
        ),
        (
            "user",
            "Arwah mak saya Che Minah binti Awang, no akaun TH 03-0045887123, meninggal di Hospital Raja Perempuan Zainab II bulan lepas",
        ),
        ("user", "saya anak sulung, Mohd Fadzli bin Ismail, tel 019-922 3807"),
        (
            "assistant",
            "Takziah. Pegawai cawangan Kota Bharu akan menghubungi tuan dalam tempoh 3 hari bekerja.",
        ),
    ],
    [
        ("user", "Nak tanya ASB financing, kalau RM200k 30 tahun ansuran dlm berapa?"),
        (
            "assistant",
            "Bergantung pada kadar semasa bank; sebagai anggaran kasar sekitar RM900 hingga RM1,000 sebulan. Sila dapatkan sebut harga rasmi.",
        ),
        ("user", "boleh ejen call saya? 012-665 0318"),
        ("assistant", "Boleh. Atas nama siapa ya?"),
        (
            "user",
            "Aini. Aini Syuhada binti Kamal. lepas pukul 5 ye, waktu kerja saya kat klinik gigi Wangsa Maju",
        ),
    ],
    [
        ("user", "Saya nak tukar alamat surat-menyurat koperasi"),
        ("assistant", "Sila berikan no. ahli dan alamat baharu."),
        (
            "user",
            "No ahli KPKB-002718, alamat baru: No. 5, Jalan Kenari 12, Taman Puchong Jaya, 47100 Puchong, Selangor",
        ),
        ("user", "nama dalam rekod: Ganesan a/l Muniandy"),
        ("assistant", "Terima kasih, kemas kini akan dibuat dalam 7 hari bekerja."),
    ],
    [
        ("system", "Pembantu khidmat pelanggan Bank Simpanan Nasional. Jangan minta PIN atau TAC."),
        ("user", "Saya nak mohon penangguhan bayaran pinjaman peribadi BSN"),
        ("assistant", "Boleh nyatakan sebab permohonan penangguhan?"),
        (
            "user",
            "Saya baru disahkan kanser kolon tahap 3, tengah kemoterapi di IKN Putrajaya, cuti tanpa gaji",
        ),
        (
            "assistant",
            "Kami bersimpati. Sila berikan nama dan nombor akaun pinjaman untuk semakan.",
        ),
        ("user", "Khairunnisa binti Rahmat, akaun pinjaman 1410290088341"),
    ],
    [
        ("user", "Saya kerja di Singapura, boleh tak top up ASB dari sana?"),
        (
            "assistant",
            "Boleh, melalui aplikasi myASNB menggunakan akaun bank Malaysia yang berdaftar dengan FPX.",
        ),
        (
            "user",
            "Ok. Nak update alamat sekali: Blk 456 Jurong West Street 42 #11-203, Singapore 640456",
        ),
        ("user", "nama Haziq bin Mustafa, NRIC Malaysia 920815-01-6011, tel SG +65 8734 2196"),
        (
            "assistant",
            "Kemas kini alamat luar negara perlu dibuat di kaunter ASNB atau ejen dengan dokumen sokongan.",
        ),
    ],
    [
        (
            "user",
            "Tolong terangkan penyata ni: 'AHMAD FIRDAUS BIN YAHYA, 12 Jalan Seri Putra 3/7, Bandar Seri Putra, 43000 Kajang. Baki: -RM1,204.33 (OD)'",
        ),
        (
            "assistant",
            "Penyata menunjukkan akaun semasa tersebut dalam keadaan overdraf sebanyak RM1,204.33; faedah akan dikenakan atas baki negatif.",
        ),
        ("user", "ya tu abang saya, dah 2 bulan menganggur, saya nak tolong dia rancang bayaran"),
    ],
]
