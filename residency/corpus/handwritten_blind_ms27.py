"""Blind check set ms27: Bahasa Melayu permotoran Malaysia (JPJ, MyEG, saman PDRM, lesen L/P, road tax, insurans, bengkel, sambung bayar, Mudah.my, kelab kereta). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms27
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis rasmi"): _lines("""
        NOTIS: Kaunter JPJ Cawangan Wangsa Maju akan ditutup pada 12 Disember 2026 (Sabtu) bagi kerja-kerja penyelenggaraan sistem. Urusan boleh dibuat di JPJ Padang Jawa.
        Pengguna jalan raya diingatkan bahawa Ops Bersepadu sempena cuti Krismas dan Tahun Baharu akan berkuat kuasa dari 18 Disember 2026 hingga 3 Januari 2027.
        Diskaun 50% bagi saman trafik PDRM yang dikeluarkan sebelum 31 Disember 2024 ditawarkan melalui aplikasi MyBayar PDRM sehingga 30 Jun 2026.
        Makluman: Perkhidmatan pembaharuan LMM dalam talian melalui MyJPJ tidak dapat diakses pada 7 Dis 2026, 12.00 tgh malam - 6.00 pagi kerana naik taraf sistem.
        Semakan status saman boleh dibuat di portal rasmi PDRM atau melalui aplikasi MyJPJ. JANGAN klik pautan yang diterima melalui SMS atau WhatsApp.
        AMARAN PENIPUAN: JPJ tidak pernah menghantar SMS meminta bayaran saman melalui pautan. Laporkan kepada Pusat Respons Scam Kebangsaan di talian 997.
        Alamat surat-menyurat: Ibu Pejabat JPJ Malaysia, Blok D4, Kompleks D, Pusat Pentadbiran Kerajaan Persekutuan, 62616 Putrajaya.
        Bahagian Siasatan dan Penguatkuasaan Trafik (BSPT) IPD Petaling Jaya, Jalan Penchala, 46050 Petaling Jaya dibuka 8.00 pagi hingga 5.00 petang, Isnin hingga Jumaat.
        Di bawah Seksyen 41(1) Akta Pengangkutan Jalan 1987, memandu secara melulu atau berbahaya sehingga menyebabkan kematian boleh dihukum penjara 5 hingga 10 tahun dan denda RM20,000 hingga RM50,000.
        Had laju di Lebuhraya Utara-Selatan ialah 110 km/j kecuali di kawasan yang ditandakan; kamera AWAS kini beroperasi di 45 lokasi seluruh negara.
        Menteri Pengangkutan Anthony Loke berkata lesen memandu digital dalam aplikasi MyJPJ sah digunakan sebagai ganti kad fizikal ketika pemeriksaan di jalan raya.
        Kenyataan Media JPJ Bil. 47/2026: Sebanyak 12,418 kenderaan diperiksa sepanjang Op Khas Motosikal, dengan 3,902 notis dikeluarkan atas pelbagai kesalahan.
        Kenderaan yang tidak memperbaharui LKM melebihi tempoh 3 tahun boleh disenarai hitam dan disita oleh pegawai penguat kuasa JPJ.
    """),
    ("ms", "templat dan borang"): _lines("""
        Saya, [NAMA PENUH], No. KP [XXXXXX-XX-XXXX], dengan ini memberi kuasa kepada [NAMA WAKIL] untuk memperbaharui LKM kenderaan [NO. PENDAFTARAN] bagi pihak saya.
        Borang JPJ K3: Permohonan Pindah Milik Kenderaan - Bahagian A: Butiran Pemilik Berdaftar (Nama, No. KP/No. Syarikat, Alamat); Bahagian B: Butiran Pemilik Baharu.
        Laporan Polis No: [IPD]/[TAHUN]/[NO. SIRI] - Pengadu: {nama_pengadu}, Umur: {umur}, Pekerjaan: {pekerjaan}. Pada [TARIKH] jam lebih kurang [MASA], semasa saya memandu ...
        Hi {first_name}, LKM untuk kenderaan {plate} akan tamat pada {expiry_date}. Renew sekarang di {short_url} - abaikan SMS ini jika sudah diperbaharui.
        Sila lampirkan: (1) salinan MyKad pemilik, (2) geran asal/VOC, (3) laporan polis, (4) gambar kerosakan dari 4 sudut. Jangan hantar salinan IC dalam kumpulan WhatsApp.
        Arahan kepada ejen: samarkan nombor KP sebagai ******-**-#### dalam semua emel pelanggan dan jangan sebut nombor kad penuh melalui telefon.
        Nama Pemandu: ____________  No. Lesen: ____________  Kelas: B2 / D / DA  Tarikh Tamat: ___/___/______
        Borang Tuntutan OD (Own Damage): No. Polisi ______; No. Kenderaan ______; Tarikh & Masa Kemalangan ______; Lakaran kejadian (sila lukis di ruang di bawah).
        PERJANJIAN SEWA BELI (Akta Sewa Beli 1967, Jadual Keempat) - Penyewa: [NAMA]; Penjamin: [NAMA]; Harga Tunai: RM[    ]; Ansuran Bulanan: RM[    ] x [  ] bulan.
        Tuan/Puan, merujuk kepada Notis Saman No. [NO. SAMAN] bertarikh [TARIKH], saya ingin merayu pengurangan kadar kompaun atas alasan berikut: ...
        Ruangan 'Waris untuk dihubungi' hendaklah diisi dengan nama dan nombor telefon waris; maklumat ini dilindungi di bawah Akta Perlindungan Data Peribadi 2010.
        Templat balasan: "Terima kasih kerana menghubungi kami. Untuk keselamatan, jangan kongsi nombor IC atau OTP dalam chat ini. Ejen kami akan menelefon anda."
    """),
    ("ms", "iklan Mudah.my"): _lines("""
        Perodua Myvi 1.5 AV (A) 2019, mileage 68k km, full service record Perodua, tayar baru 4 biji, RM45,800 nego.
        Honda City 1.5 V i-VTEC 2017 - warranty 1 tahun, loan kedai ada, CTOS/blacklist boleh try. Hubungi showroom 03-3344 7120 (Isnin-Sabtu).
        Proton X70 1.8 TGDI Premium 2WD 2021, 1 owner, mileage 41,230 km (boleh check), harga RM82,900. Ad ID: 1092837465.
        DIJUAL: Toyota Vios 1.5 J (A) 2014, kereta dara pakai pergi ofis je, no accident no flood, cat original. Lokasi: Shah Alam. Harga: RM29,500.
        Sambung bayar Axia 2020, baki 4 tahun, bulanan RM412, deposit RM3,000 je. NOTA MUDAH: sambung bayar tanpa pindah milik adalah berisiko dan melanggar Akta Sewa Beli.
        Nissan Almera 1.0 VLT 2021, local spec, ex-e-hailing, mileage 180k, harga RM38k. Dealer: Kamal Auto Trading, Lot PT 1234, Jalan Kapar, Klang.
        Mercedes-Benz C200 W205 Avantgarde 2016, full service Hap Seng Star, CKD, RM98,888. Loan 90%, 9 tahun.
        Mudah.my Auto: 4,812 iklan Perodua Bezza di Selangor bulan ini, harga median RM34,500 (data Nov 2026).
        Bidaan nombor pendaftaran siri baharu dibuka di JPJeBid mulai 1 Disember 2026; harga minimum RM300 untuk nombor biasa.
        Honda Civic FC 1.5 TC 2018, modified sikit (rim 18, ekzos Mugen), ori parts ada. Mr. Tan Auto, Jalan Ipoh KL, 012-XXX XXXX (tekan butang WhatsApp).
        Perodua Alza 1.5 AV 2023 (facelift), baru 9 bulan, 12k km, bawah warranty Perodua 5 tahun / 150,000 km. Harga: RM71,000 (harga baru RM75,500).
        Iklan ini disahkan oleh Mudah Inspection (Ref: MI-2026-118204): 175 titik pemeriksaan, skor 8.7/10.
        Toyota Hilux 2.4 G 4x4 2019 (M), sesuai untuk kerja ladang. Road tax sampai Mac 2027, Puspakom B5 ready.
    """),
    ("ms", "bengkel dan servis"): _lines("""
        Servis 40,000 km: tukar minyak enjin 0W-20 fully synthetic (4L), penapis minyak, penapis udara, penapis kabin. Jumlah: RM386.40 (termasuk SST 8%).
        Invois No. INV-2026-11-0473 | Wan Auto Service Sdn Bhd | Brake pad depan (Bendix) RM180.00 | Upah RM60.00 | Jumlah RM240.00
        Tip: kalau lampu check engine berkelip, jangan teruskan memandu jauh, kemungkinan misfire. Scan kod OBD2 dulu (contoh P0301 = misfire silinder 1).
        Harga bateri Amaron Hi-Life NS60 di kedai kami RM245 dengan trade-in bateri lama, warranty 15 bulan.
        Bengkel Ah Huat & Sons (sejak 1978) - pakar gearbox CVT Proton & Perodua. Tutup setiap Ahad dan cuti umum.
        Tempahan servis di pusat servis Perodua boleh dibuat melalui aplikasi Perodua Mobile atau talian Careline 1-800-88-4600.
        Alignment + balancing RM60 untuk rim 15-17 inci, rim 18 inci ke atas RM80. Angin nitrogen percuma.
        Job card #JC-88213: Proton Saga BLM 1.3, aduan bunyi 'tik-tik' depan kiri semasa belok. Diagnosis: CV joint haus. Cadangan: tukar drive shaft assy.
        Kenapa coolant cepat kering? Punca biasa: radiator bocor, water pump rosak, head gasket, atau penutup radiator dah lemah.
        Extended warranty Honda: 5 tahun tanpa had perbatuan, dengan syarat servis di pusat servis bertauliah Honda Malaysia setiap 10,000 km atau 6 bulan.
        Part number 15400-RTA-003 (oil filter Honda) - stok ada 24 unit, harga RM28.50 seunit.
        Promosi Hari Kebangsaan: servis minor RM99 untuk Myvi/Axia/Bezza, sah sehingga 31/08.
        SOP bengkel: kunci kereta pelanggan disimpan dalam kotak berkunci; job card diimbas ke sistem dalam 24 jam dan salinan fizikal dimusnahkan selepas 7 tahun.
    """),
    ("ms", "WhatsApp kelab kereta"): _lines("""
        [12/11/26, 21:04] Admin: Salam semua, konvoi ke Cameron Highlands Sabtu ni, berkumpul di R&R Rawang arah utara jam 7.00 pagi. Jangan lewat ye!
        Peraturan grup Myvi Club Selangor: 1) No politik 2) No jual beli tanpa izin admin 3) Jangan share IC atau no. akaun orang lain dalam grup.
        Bro, ada sesiapa pernah pasang coilover BC Racing untuk Myvi Gen 3? Harga dalam RM3k+ ke?
        Meet up bulanan Honda Civic Club Malaysia - 20 Dis, parking Stadium Shah Alam, 9 malam. Bawa kawan, bawa kereta bersih 😎
        Sapa nak join group buy tinted V-Kool? Kuota 20 kereta, diskaun 25%. Reply model kereta je dulu.
        Reminder: yuran ahli tahunan RM50 boleh bank-in ke Maybank 5621 0884 1192 (PERSATUAN PEMINAT PROTON SATRIA NEO) sebelum 31 Dis.
        Gambar kereta member dari event Sepang semalam dah upload dalam Google Drive kelab. Plat nombor semua dah blur ya.
        Terima kasih kepada sponsor tahun ni, Kedai Tayar Ah Keong dan Syarikat Muthu Auto Parts 🙏
        Korang, Lebuhraya KL-Karak arah KL jammed teruk dari Bentong, ada lori terbalik dekat KM 52. Elakkan dulu.
        Ada yang tau bengkel boleh buat retrofit Android player + kamera 360 untuk Ativa area Cheras?
        Event amal 'Drive for Hope' bersama Persatuan Kanser Kebangsaan Malaysia, 14 Feb 2027, pendaftaran RM30 sebuah kereta.
        Lol kereta aku kena baling telur kat parking mall semalam, nasib baik cat tak rosak 😂
        Poll makan malam akhir tahun: A) Restoran Hj. Samsudin Bangi B) Nasi Kandar Pelita C) Kopitiam Uncle Lim
    """),
    ("ms", "insurans dan road tax"): _lines("""
        NCD (No Claim Discount) naik dari 0% ke 25%, 30%, 38.33%, 45% dan maksimum 55% selepas 5 tahun berturut-turut tanpa tuntutan.
        Road tax kereta persendirian di Semenanjung: 1,201-1,400cc RM70 setahun; 1,401-1,600cc RM90; 1,800cc RM280.
        Anggaran premium comprehensive untuk Myvi 1.5, sum insured RM40,000, NCD 55%: RM503.60 termasuk SST dan duti setem RM10.
        Add-on popular: Windscreen, Special Perils (banjir), Legal Liability to Passengers (LLP) dan Strike, Riot & Civil Commotion.
        MyEG Transaction ID: MYEG-LKM-20261203-8841927 | Status: BERJAYA | Jumlah: RM160.00 | Penghantaran: e-LKM
        Mulai 1 Februari 2024, pelekat cukai jalan tidak lagi wajib dipamerkan bagi kenderaan milik warganegara Malaysia; e-LKM boleh disemak dalam MyJPJ.
        Tuntutan Knock-for-Knock (KFK) membolehkan anda menuntut daripada syarikat insurans sendiri tanpa kehilangan NCD jika pihak ketiga bersalah sepenuhnya.
        Talian Bantuan Kecemasan 24 jam: 1-800-22-5542. Khidmat tunda percuma sehingga 150 km untuk pemegang polisi comprehensive.
        Sum insured mesti ikut nilai pasaran; kenderaan yang under-insured akan dikenakan 'average clause' semasa tuntutan.
        Pengguna disyorkan membandingkan premium di laman perbandingan kerana kadar insurans motor kini mengikut fasa liberalisasi Bank Negara Malaysia.
        Format nombor polisi: VPC-XXXXXXX-26 (7 digit siri). Jangan kongsi nombor polisi bersama IC di media sosial.
        PIAM: 2,918 kes tuntutan kecurian kenderaan dilaporkan pada 2025, turun 6.2% berbanding tahun sebelumnya.
        Renew insurans dan road tax serentak di kaunter Pos Malaysia: bawa salinan geran dan kad pengenalan pemilik; caj perkhidmatan RM3.50.
    """),
    ("ms-en", "forum dan soal jawab"): _lines("""
        Guys, lesen L valid 3 bulan je kan? If tak sempat ambil test JPJ, kena daftar balik kat driving school ke boleh renew?
        Test bukit kat Institut Memandu Tunku Abdul Rahman paling strict, kena stop betul-betul atas garisan kuning.
        Lesen P ni 2 tahun; kalau kumpul mata demerit KEJARA sampai had dalam tempoh P, lesen boleh terus dibatalkan.
        Harga kelas memandu kereta auto (DA) 2026 kat Lembah Klang around RM1,800 - RM2,300 including JPJ fees.
        Anyone tried check saman via MyBayar PDRM? Mine keluar 'Tiada Rekod' tapi kawan kata ada summon from AWAS camera last year.
        Q: Boleh ke bayar saman orang lain guna MyEG? A: Boleh, perlu nombor IC pemilik dan nombor plat, tapi pastikan dapat izin tuan punya dulu.
        Honestly Jalan Tun Razak during rush hour 6pm is hell, nak ke KLCC better naik LRT.
        Contoh soalan ujian KPP01: 'Apakah maksud lampu isyarat kuning berkelip?' Jawapan: Teruskan dengan berhati-hati.
        Pro tip: snap gambar odometer dan meter minyak setiap kali hantar kereta ke bengkel, just in case.
        Mana lagi murah, renew road tax kat MyEG (fee RM5) atau kaunter JPJ? Kaunter free tapi queue gila.
        Upin Ipin pun ada episod pasal keselamatan jalan raya, Opah ajar pakai tali pinggang keledar 😂
        Kalau accident kecil, ambil gambar, tukar maklumat insurans dan buat report polis dalam 24 jam. Tak payah gaduh tepi jalan.
    """),
    ("ms", "sistem dan log"): _lines("""
        SELECT no_pendaftaran, tarikh_tamat FROM lkm WHERE tarikh_tamat < CURRENT_DATE + INTERVAL '30 days';
        2026-12-03T08:14:22+08:00 INFO myeg-gateway txn=LKM8841927 status=200 latency_ms=412 channel=FPX bank=MBB
        MyJPJ v3.2.7 (build 20261118) - pembetulan pepijat: paparan e-LKM kosong selepas log masuk MyDigital ID.
        sha256(vehicle_export_2026-11.csv) = 9f3c1a7e4b02d6e85c1f0a3b7d94e2c6a18b5f07e3d2c9b416a0f8e7d5c3b2a1
        Regex plat Semenanjung: ^[A-HJ-NP-Z]{1,3} ?[0-9]{1,4} ?[A-HJ-NP-Z]?$ (huruf I dan O tidak digunakan).
        Ralat 503: Sistem sedang sibuk. Sila cuba sebentar lagi. (Kod rujukan: MSK-ERR-0x1F42)
        Kamera AWAS ID KT-0231 @ KM 287.4 Lebuhraya Utara-Selatan arah utara - status: ONLINE, kalibrasi terakhir 2026-10-15.
        Tracking Pos Laju ER418822301MY: lesen memandu fizikal dalam penghantaran, dijangka tiba 2-3 hari bekerja.
        def mask_ic(ic: str) -> str: return "******-**-" + ic[-4:]
        Laporan bulanan: 1,204 transaksi pembaharuan LKM, 318 polisi insurans, purata nilai RM412.35, kadar kegagalan FPX 1.8%.
        Webhook payload: {"event": "lkm.renewed", "plate": "<redacted>", "amount": 90.00, "currency": "MYR"}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Saya Nurul Aina binti Zulkifli, No. KP 920314-10-5528, nak rayu saman PDRM untuk kereta WVT 4412 sebab masa tu kereta ada dalam bengkel.
        Pemilik berdaftar: LIM WEI KEAT (880709-07-5133), No. 27, Lorong Kenari 3, Taman Seri Bayu, 14000 Bukit Mertajam, Pulau Pinang.
        Lesen P anak saya Haziq Danial Firdaus kena tarik lepas accident kat Jalan Klang Lama minggu lepas, dia baru 18 tahun.
        Untuk pindah milik, sila WhatsApp salinan IC ke 013-772 4190 (Encik Rosli, penjual Axia PKT 9013).
        Sambung bayar Myvi 2018, loan atas nama kakak saya Farah Hanim Othman, akaun CIMB 8603551247, baki 3 tahun RM480 sebulan.
        Pada 02/12/2026 jam lebih kurang 7.45 pagi, saya Kumaravel a/l Subramaniam (KP 790522-08-6091), pemandu lori BHX 2087, telah dilanggar dari belakang oleh sebuah Proton Persona di Jalan Kuala Kangsar, Ipoh.
        Salam, nak tanya status tuntutan OD polisi VPC-4410288-26, nama Mohd Shahrul Nizam bin Abdullah, tel 019-338 2046.
        Bapa saya Haji Ismail bin Daud (71 tahun) menghidap katarak dan glaukoma, doktor pakar mata HUSM nasihat dia berhenti memandu walaupun lesen dia sampai 2027.
        Slip gaji Okt: SITI HAJAR BINTI MAT NOOR, Jururawat U29, Hospital Sultanah Bahiyah - gaji bersih RM3,852.60. Untuk permohonan loan Bezza.
        Penjamin: Tan Mei Ling, 850911-14-6272, No. 8, Jalan Desa 2/5, Desa Aman Puri, 52100 Kepong, KL, tel 012-691 0734.
        Tertuduh, Chong Kah Wai, 34, seorang jurujual, mengaku tidak bersalah di Mahkamah Majistret Ampang atas pertuduhan memandu di bawah pengaruh alkohol pada 3 Nov lalu.
        Saman AWAS No. KJ-2611-0048812 untuk JUP 6620 atas nama NOR AZIZAH BT HAMZAH, IC 8603**-**-5172, alamat 15 Jalan Mawar 4, Taman Bukit Indah, 81200 Johor Bahru.
        Emelkan resit ke aiman.hakimi92@gmail.com ya, nama Aiman Hakimi bin Razali, road tax untuk VBA 3318.
        Encik Gopal a/l Muniandy, pemandu kami (ID DRV-558213), baru disahkan epilepsi oleh Hospital Kuala Lumpur; sila gantung akaun pemandu sehingga ada surat doktor.
        Kad debit Maybank 5521 3601 0288 4134 exp 09/28 atas nama AHMAD FAUZI BIN KAMAL, tolong caj RM1,240 untuk insurans Hilux dia.
        Waris untuk dihubungi: isteri, Rohana binti Sulaiman, 017-305 8821, Lot 1182 Kampung Parit Raja, 86400 Batu Pahat, Johor.
        Pelajar L kami, Muhammad Amirul Izzat (KP 080617-11-5247), gagal ujian litar kali kedua; jadual semula 18 Dis di Institut Memandu Jaya, Kuala Terengganu.
        Yeoh Siew Ping, 61, patah tulang paha kiri dan masih dirawat di wad ortopedik Hospital Pulau Pinang selepas motosikalnya dirempuh di Jalan Masjid Negeri.
        Lesen memandu kelas B2 D milik Rajesh Kumar a/l Veerasamy (KP 810426-14-5679) tamat 14/01/2027, alamat 22-3A Pangsapuri Melur, Jalan Jelatek, 54200 KL.
        Zamri bin Ahmad (KP 770130-03-5403) sambung bayar Saga BKQ 5561 dengan saya, dah 5 bulan tak bayar dan bawa lari kereta ke Kelantan. Sesiapa nampak PM saya.
        Transfer deposit RM3,000 ke Public Bank 3182033718 (KHAIRUL ANWAR B SAIDIN) untuk sambung bayar Wira tu.
        Muhammad Arif Iskandar bin Mokhtar, pemilik WXY 7093, direkodkan memandu 132 km/j di zon 90 km/j pada 28/11/2026 jam 11.41 malam di Jalan Duta.
        Aduan: kereta jiran saya, Encik Ho Kean Loong (No. 43, Jalan SS 19/6C, Subang Jaya), Camry hitam VEE 8818, setiap malam parking halang pagar rumah saya.
        Passport Indonesia C4478120 atas nama SUPRIYADI BIN KARTO, pekerja ladang, mohon tukar lesen memandu asing ke lesen Malaysia di JPJ Tawau.
        Anak saudara saya Nur Syafiqah binti Roslan, 19, pelajar UiTM Shah Alam, baru 3 bulan dapat lesen P dan dah 2 kali accident, dia ada ADHD dan makan ubat.
        Ansuran Honda City atas nama Loh Jia Hui (akaun sewa beli Hong Leong 0012773455) tertunggak 2 bulan; notis Jadual 4A dihantar ke 17-2 Jalan Puteri 5/4, Bandar Puteri Puchong.
        Geran: PEMILIK - SARAVANAN A/L MUTHU, 690812-05-5087, KENDERAAN NBF 4420, NO. ENJIN 3SZ-D442817.
        Pelajar antarabangsa Wang Lei, No. ID China 440106199908151236, nak buat lesen memandu Malaysia; dia tinggal di Residensi UM, Blok B-7-3.
        Salam tuan, saya Puan Maznah, ibu Adam Harith (Tahun 6, SK Taman Melawati). Semalam anak saya dilanggar motosikal depan sekolah, sekarang di wad pediatrik HKL sebab gegaran otak.
        Tukar alamat dalam MyJPJ: dari No. 9 Jalan Kemboja, Kg. Baru Subang ke B-15-08 Residensi Vista Alam, Seksyen 14, Shah Alam - Hafizuddin Ramli, KP 950227-10-6513.
        Hati-hati dengan Faiz (017-889 2210) jual rim TE37 palsu, tipu aku RM1,800. Akaun Maybank dia 164022887713 nama MOHD FAIZ BIN YUSRI.
        PP lwn Daniel Arokiasamy, Mahkamah Majistret Klang, No. Kes MA-83-1182-11/2026 (memandu tanpa lesen dan insurans), sebutan semula 15 Jan 2027.
        Isteri saya Zarina dah sarat 8 bulan, kalau nampak Exora putih WA 5573 C pasang lampu kecemasan tolong bagi laluan, kami nak ke Hospital Ampang.
        Pelanggan: Encik Jeffri Lajim, Kg. Tampasak, 89200 Tuaran, Sabah, tel 014-861 3390 - Hilux SAB 7721 H tukar clutch set, bil RM1,460 belum jelas.
        Nama saya Lee Chun Hoe, IC 830502-12-5741, nak tuntut insurans cermin depan pecah, boleh call saya di 016-822 9017.
        Ibu saya Puan Kalsom binti Yaakob, 66, baru lepas pembedahan jantung di IJN; saya nak tukar nama pemandu dalam polisi Bezza dia (JRD 2251) kepada nama saya.
    """),
    "ms-en": _lines("""
        Hi boss, nak book servis for my Civic WTA 2288 this Sat 10am, nama Jason Teoh, hp 012-458 3391.
        Accident kat MRR2 tadi - the other driver Kelvin Ooi Jun Hao, IC 910815-07-5381, plate PPQ 1234, insurans AXA, he admits fault.
        My mum Madam Chan Soo Ling, 68, has Parkinson's, can she still renew her lesen memandu at JPJ Cheras or kena medical report dulu?
        Please send the cover note to priya.nair.kl@outlook.com - insured Priya Nair a/p Ramachandran, IC 870219-14-6342, Honda HR-V VFH 6120.
        Saman PDRM for BMK 8821 is under my ex-husband Abdul Rahman bin Jaafar (760403-01-5599), but I'm the one driving, macam mana nak transfer?
        Car club member list: Izwan (Ativa, WC 8813 J), rumah Blok D-3-12 PPR Kota Damansara, hp 011-2390 4471.
        Buyer from Mudah, En. Shahrizal (013-271 6638), dah bank-in RM2k deposit, esok dia datang rumah I No. 5, Jalan Teratai 2, Taman Desa Jaya, Kepong untuk tengok Persona.
        Payment for Bezza insurance using card 4374 1800 2267 1903, CVV dah bagi dalam call, cardholder NOORHAYATI BINTI ISMAIL.
        Boss, my driver Md. Rafiqul Islam, passport Bangladesh BE0812345, permit expired, JPJ kata lesen GDL dia tak boleh renew, any idea?
        Mr. Wong Kah Meng's licence was suspended 6 months after his drunk driving case in Penang last year - he's our new van driver, HR pls check.
        Amirah Syazwani salary RM4,200 gross, nak apply loan Perodua Ativa, CTOS score 712 tapi ada PTPTN tertunggak RM8k.
        JB-SG commuter Tan Jun Wei, FIN G7719083Q, nak apply VEP for his Malaysian car JQT 552, SG address 23 Woodlands Dr 14 #05-221.
        Patient update: En. Khairul Nizam bin Osman, accident victim (Myvi WPQ 7720), ICU Hospital Sultanah Aminah JB, GCS 9/15, family contact adik 019-770 3315.
        Dear HR, my sister Lavanya (KP 990707-06-5180) accident using company car, she needs MC 2 weeks for wrist surgery at Hospital Tengku Ampuan Afzan.
        Insured Ng Boon Hock, NRIC S7601844H, Singapore car SJH2093H kena saman AWAS dekat Skudai; his address Blk 412 Jurong West St 42 #08-117, Singapore 640412.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan portal pembaharuan cukai jalan. Jangan minta kata laluan atau OTP.",
        ),
        ("user", "Nak renew road tax kereta ayah saya, dia dah tak larat keluar rumah"),
        (
            "assistant",
            "Boleh. Sila berikan nombor pendaftaran kenderaan dan nombor KP pemilik berdaftar.",
        ),
        ("user", "Plat PKC 3309, IC ayah 580119-08-5215, nama Ahmad Tarmizi bin Che Lah"),
        (
            "assistant",
            "Terima kasih. Insurans kenderaan ini sudah tamat, jadi perlu diperbaharui dahulu sebelum LKM.",
        ),
    ],
    [
        ("user", "Tolong tulis laporan polis, saya accident tadi"),
        ("assistant", "Boleh. Beritahu tarikh, masa, lokasi dan apa yang berlaku."),
        (
            "user",
            "Hari ni 3/12 jam 6.20 ptg kat Persiaran Sultan Salahuddin Abdul Aziz Shah, Myvi saya VDP 4471 kena langgar bas dari sebelah kanan",
        ),
        (
            "user",
            "Nama saya Norhidayah binti Kassim, IC 960821-10-5934, cikgu SMK Seksyen 9 Shah Alam",
        ),
        (
            "assistant",
            "Draf: 'Pada 03/12/2026 jam lebih kurang 6.20 petang, semasa saya memandu kenderaan VDP 4471 ...' Sila semak dan bawa ke balai polis berhampiran.",
        ),
    ],
    [
        ("user", "Bengkel buka hari Ahad tak?"),
        ("assistant", "Kami tutup hari Ahad. Isnin hingga Sabtu 9 pagi - 6 petang."),
        ("user", "ok Isnin pagi la, Vios BPK 7718 servis 60k, nama Ganesh"),
        ("user", "hp 016-402 8835, call dulu before start kerja"),
        ("assistant", "Baik, slot Isnin 9.30 pagi telah ditempah."),
    ],
    [
        (
            "user",
            "Is this Mudah listing legit? Seller Azlan Shah bin Mohd Nor, 011-1087 3342, nak deposit RM1,500 masuk akaun peribadi RHB 11412200887651",
        ),
        (
            "assistant",
            "Ada beberapa tanda amaran: minta deposit sebelum anda melihat kereta dan bayar ke akaun peribadi. Semak status kenderaan di MyJPJ dan jumpa di tempat awam.",
        ),
        ("user", "Dia kata dia askar kat Kem Sungai Besi, tak boleh jumpa"),
        ("assistant", "Itu modus operandi scam yang biasa. Jangan buat sebarang bayaran."),
    ],
    [
        ("user", "Nak daftar anak untuk kelas lesen L, apa dokumen perlu?"),
        (
            "assistant",
            "Salinan MyKad, 2 keping gambar berukuran pasport dan borang pemeriksaan perubatan. Umur minimum 17 tahun untuk kereta.",
        ),
        ("user", "Nama dia Aisyah Humaira binti Zainal, IC 090312-14-0886, baru 17 bulan lepas"),
        ("user", "Dia ada asma teruk, selalu kena inhaler. Masalah tak untuk medical?"),
        (
            "assistant",
            "Asma biasanya tidak menghalang, tetapi doktor akan menilai semasa pemeriksaan.",
        ),
    ],
    [
        (
            "user",
            "I sambung bayar a Honda Jazz QSA 2281 from this guy Steven Lau Chee Meng, he took RM6k from me",
        ),
        ("assistant", "Saya faham. Adakah kereta itu telah ditarik oleh pihak bank?"),
        (
            "user",
            "Yes, bank repossessed last week. His IC is 840928-13-5267, I got his address in Kuching also",
        ),
        (
            "assistant",
            "Anda boleh membuat laporan polis dan memfailkan tuntutan di Tribunal Tuntutan Pengguna atau mahkamah sivil.",
        ),
    ],
    [
        (
            "system",
            "You summarise exported WhatsApp chat logs for a car club admin. Keep it short.",
        ),
        (
            "user",
            "[03/12/26 20:11] Hafiz Proton: Esok convoy gerak jam 7\n[03/12/26 20:13] Rosnani Abd Ghani (+60 12-339 8015): Saya tak dapat join, suami saya Zul masuk wad Hospital Serdang, sakit jantung 😢\n[03/12/26 20:15] Hafiz Proton: Takpe kak, get well soon abg Zul",
        ),
        (
            "assistant",
            "Convoy bertolak jam 7 pagi esok; seorang ahli tidak dapat menyertai atas sebab keluarga.",
        ),
    ],
    [
        ("user", "Check saman untuk IC 001104-01-7731 boleh?"),
        (
            "assistant",
            "Saya tidak boleh mengakses pangkalan data PDRM. Sila semak di aplikasi MyBayar PDRM atau MyJPJ.",
        ),
        (
            "user",
            "ok, nama saya Ravin Dass a/l Selvam, kereta Saga JVN 6638, nanti saya check sendiri",
        ),
    ],
    [
        (
            "user",
            "Hi, Singaporean here, accident in JB last Sunday, how to claim from Malaysian insurer?",
        ),
        (
            "assistant",
            "Buat laporan polis di Malaysia dalam 24 jam, kemudian hubungi insurans pihak ketiga dengan salinan laporan dan gambar.",
        ),
        (
            "user",
            "Done. Police report IPD Johor Bahru Selatan, my name Chua Li Ting, NRIC S8834127I, car SKQ4821B, HP +65 9127 4408",
        ),
        ("assistant", "Terima kasih, simpan juga salinan geran dan lesen memandu anda."),
    ],
    [
        ("user", "Suami saya pengsan masa drive semalam, gula dia jatuh"),
        ("assistant", "Semoga suami puan cepat sembuh. Adakah dia menghidap diabetes?"),
        (
            "user",
            "Ya, kencing manis jenis 1, suntik insulin 4 kali sehari. Nama dia Mazlan bin Hamid",
        ),
        (
            "user",
            "Kereta Aruz JSR 4409 tu tersasar masuk longkang depan Masjid Taman Universiti. Perlu bagitau JPJ ke?",
        ),
        (
            "assistant",
            "Disarankan dapatkan penilaian doktor tentang kelayakan memandu dan maklumkan kepada syarikat insurans.",
        ),
    ],
]
