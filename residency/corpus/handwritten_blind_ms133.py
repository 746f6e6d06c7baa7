# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms133: wakaf, aqiqah dan pengurusan tanah wakaf di Malaysia (lembaga masjid, penyerahan tanah, tempahan aqiqah, penerima manfaat, aduan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms133
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_lembaga_masjid"): _lines("""
        NOTIS: Mesyuarat Agung Tahunan Jawatankuasa Kariah Masjid Al-Hidayah akan diadakan pada Sabtu, 17 Januari 2027, jam 9.00 pagi di Dewan Serbaguna masjid.
        Makluman kepada qariah: Pejabat Pentadbiran Masjid ditutup sementara pada 24-26 Disember untuk kerja pendawaian semula. Urusan wakaf sila hubungi talian pejabat 03-6187 2045.
        Kutipan Tabung Wakaf Pembinaan Asrama Tahfiz bagi Jumaat lepas berjumlah RM 4,385.60. Jazakumullahu khairan kepada semua penyumbang, semoga menjadi saham akhirat.
        Sumbangan wakaf tunai boleh dibuat melalui akaun rasmi Masjid Al-Hidayah Kajang, Bank Islam 1202 9010 0345 67. Sila simpan resit untuk tuntutan pelepasan cukai LHDN.
        Penyerahan tanah wakaf Lot 2231, Mukim Kajang seluas 0.4 hektar kepada Majlis Agama Islam Selangor telah disempurnakan. Tarikh majlis penyerahan akan diumumkan kelak.
        Tempahan aqiqah melalui masjid dibuka mulai 1 Rejab 1448H. Harga seekor kambing RM 1,250 termasuk sembelihan dan agihan. Kaunter dibuka selepas solat Asar setiap hari.
        Sultan Selangor, Sultan Sharafuddin Idris Shah, dijangka berkenan mencemar duli merasmikan Kompleks Tahfiz Wakaf di Hulu Langat pada 20 Februari 2027. Qariah dijemput hadir.
        Kawasan parkir berhadapan Blok B adalah tanah wakaf khas untuk tapak sekolah agama. Kenderaan yang diletakkan melebihi 24 jam akan ditunda oleh Majlis Perbandaran Kajang.
        Senarai penerima manfaat Skim Bantuan Wakaf Pendidikan sesi 2027 telah dimaklumkan terus kepada setiap pemohon. Senarai nama TIDAK akan dipaparkan di papan notis demi privasi.
        Aduan berkaitan kebersihan tanah perkuburan wakaf boleh diajukan melalui borang dalam talian di portal masjid atau e-mel aduan@masjidalhidayah-kajang.org.my.
        Jadual giliran imam dan bilal bagi bulan Januari 2027 telah dikemas kini dan ditampal di papan kenyataan ruang solat utama. Sebarang pertukaran giliran perlu dimaklumkan kepada Setiausaha.
        Majlis Akad Wakaf Saham anjuran Perbadanan Wakaf Selangor akan diadakan di Dewan Utama Masjid Sultan Salahuddin Abdul Aziz Shah, Shah Alam pada 8 Februari 2027.
        Peringatan: Jawatankuasa masjid TIDAK pernah meminta derma melalui panggilan peribadi. Sahkan sebarang permintaan dengan pejabat di talian 03-6187 2045 atau WhatsApp rasmi 011-1098 3321.
    """),
    ("ms", "soalan_lazim_wakaf_aqiqah"): _lines("""
        S: Apakah beza wakaf am dan wakaf khas? J: Wakaf am untuk kebajikan umum tanpa tujuan tertentu, manakala wakaf khas ditentukan tujuannya oleh pewakaf, contohnya untuk masjid atau sekolah.
        S: Bolehkah tanah yang masih bergadai diwakafkan? J: Tidak. Gadaian perlu dilepaskan dahulu dan geran hakmilik mestilah bersih sebelum borang penyerahan diproses.
        S: Berapa lama proses pendaftaran tanah wakaf? J: Secara purata 6 hingga 12 bulan, bergantung kepada urusan pindah milik di Pejabat Tanah dan Galian negeri.
        S: Dokumen apa yang diperlukan? J: Salinan geran, resit cukai tanah tahun semasa, cukai pintu, pelan lokasi dan Borang Ikrar Wakaf (Borang W-01) yang lengkap bertandatangan.
        S: Adakah wakaf tunai layak pelepasan cukai? J: Ya, sumbangan kepada institusi yang diluluskan di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967 layak potongan; sertakan resit rasmi.
        S: Bilakah waktu terbaik melakukan aqiqah? J: Sunat pada hari ketujuh kelahiran; jika tidak mampu, boleh dilakukan pada hari ke-14, ke-21 atau bila-bila masa selepasnya.
        S: Berapa ekor kambing untuk aqiqah? J: Dua ekor bagi anak lelaki dan seekor bagi anak perempuan, mengikut pandangan jumhur ulama mazhab Syafie.
        S: Bolehkah daging aqiqah diberikan kepada jiran bukan Islam? J: Harus diberikan dalam bentuk masakan sebagai hadiah, selagi bukan daripada aqiqah yang dinazarkan.
        S: Siapa pemegang amanah tunggal harta wakaf di Selangor? J: Majlis Agama Islam Selangor (MAIS) ialah pemegang amanah tunggal mengikut Enakmen Wakaf (Negeri Selangor) 2015.
        S: Bolehkah saya semak status permohonan secara dalam talian? J: Boleh, log masuk ke portal e-Wakaf dan masukkan nombor rujukan permohonan, contohnya WKF/SEL/2026/00417.
        S: Bagaimana jika waris membantah penyerahan tanah? J: Bantahan perlu dikemukakan secara bertulis dalam tempoh 30 hari dari tarikh notis, dan boleh dirujuk ke Mahkamah Syariah.
        S: Adakah had minimum wakaf tunai? J: Tiada had minimum; melalui Skim Wakaf Saham, satu unit bernilai RM10 dan boleh dibeli melalui FPX atau di kaunter.
        S: Boleh tak ganti kambing dengan lembu untuk aqiqah? J: Boleh, satu bahagian lembu (1/7) menyamai seekor kambing; anak lelaki memerlukan dua bahagian.
    """),
    ("ms", "senarai_harga_aqiqah"): _lines("""
        Pakej Aqiqah Kambing Bebiri Import (25-28kg) - RM 1,180 seekor, termasuk sembelihan, masak kari atau kuzi, 120 pax. Hantaran sekitar Lembah Klang sahaja.
        Pakej Ekonomi 1/7 Bahagian Lembu - RM 850, termasuk nasi minyak 80 pax, acar buah dan air sirap bandung. Tambahan setiap 20 pax: RM 95.
        Dapur Mak Long Aqiqah & Katering (SSM 202203145678 / 003321456-K) - Pakej Premium Kambing Golek RM 1,650, sijil sembelihan dan video dihantar melalui WhatsApp.
        Aqiqah Pak Mat Enterprise: Pakej Santuni Yatim RM 990 - daging diagihkan 100% kepada rumah anak yatim di Hulu Langat. Tempahan: 019-334 5120 (talian kedai).
        Harga Kambing Hidup Jantan Katjang Tempatan 2027: 20-23kg RM 980 | 24-27kg RM 1,150 | 28kg ke atas RM 1,320. Harga belum termasuk kos sembelihan RM 80.
        Add-on: Kek cawan 50 biji RM 120 | Doorgift kurma Ajwa 100 kotak RM 350 | Bunting ucapan aqiqah A1 RM 45 | Khemah 20x20 RM 280 sehari.
        Caj penghantaran: percuma dalam radius 15km dari Seksyen 13 Shah Alam; RM 2 sekilometer selepas itu. Luar Selangor: sila dapatkan sebut harga.
        Promosi Rejab: diskaun RM 100 untuk tempahan 2 ekor kambing sebelum 31 Januari 2027. Kod promo: AQIQAH27. Tidak boleh digabung dengan baucar lain.
        Aqiqah Luar Negara (Somalia / Kemboja) melalui rakan NGO: RM 480 seekor. Laporan bergambar dan sijil digital dihantar dalam 14 hari bekerja.
        Menu masakan pilihan: Kambing Kuzi, Gulai Kawah, Kari Kambing Mamak, Kambing Masak Hitam, Dalca Kambing. Setiap pakej termasuk nasi putih atau nasi minyak.
        Bayaran pendahuluan 50% diperlukan untuk mengesahkan tarikh. Baki dijelaskan 3 hari sebelum majlis. Akaun syarikat: CIMB Islamic 8604 1122 90 (Dapur Mak Long Aqiqah & Katering).
        Kambing Ustaz Salleh Farm, Lot 1142 Jalan Kuang, 47000 Sungai Buloh, Selangor - ladang dibuka untuk lawatan Sabtu & Ahad, 9 pagi hingga 5 petang.
        SST tidak dikenakan bagi pakej aqiqah. Harga di atas sah sehingga 30 Jun 2027 dan tertakluk kepada harga pasaran ternakan semasa.
    """),
    ("en", "waqf_law_and_history"): _lines("""
        Under the Administration of the Religion of Islam (State of Selangor) Enactment 2003, MAIS is the sole trustee of all waqf, whether general or specific, within the state.
        The Wakaf (State of Selangor) Enactment 2015 set out a framework for cash waqf, share waqf and istibdal, the exchange of waqf land for property of equal or greater value.
        Masjid Kapitan Keling in George Town stands on land granted in 1801 to the Indian Muslim community led by Cauder Mohuddeen, and is still managed as an endowment.
        In Singapore, waqf properties vest in the Islamic Religious Council of Singapore (MUIS) under the Administration of Muslim Law Act 1966, with Warees Investments handling development.
        The Bencoolen Mosque site traces back to the Arab merchant Syed Omar Aljunied in the 1840s; it was redeveloped in 2004 with serviced apartments above the prayer hall.
        Istibdal of waqf land requires approval of the State Islamic Religious Council and, in most states, the consent of the Ruler as Head of the Religion of Islam.
        Draft by-law 4(2): No waqf land shall be sold, charged or leased for a term exceeding 25 years without the prior written approval of the Majlis.
        JAWHAR, the Department of Awqaf, Zakat and Hajj, was set up in 2004 under the Prime Minister's Department during the tenure of Tun Abdullah Ahmad Badawi.
        Yayasan Waqaf Malaysia was incorporated in 2008 under the Trustees (Incorporation) Act 1952 to develop waqf assets at the national level together with the state councils.
        Sultan Abu Bakar of Johor endowed land for mosques and religious schools in the late 19th century; several of those grants still appear in state waqf registers today.
        Clause 7.3: The mutawalli shall submit audited accounts of each waqf property to the Majlis within six months after the end of every financial year.
        Islamic banks that manage cash waqf funds on behalf of a state council remain subject to the Bank Negara Malaysia Policy Document on Shariah Governance (2019).
        Form W-3 (Statutory Declaration of Waqf) must be witnessed by a Commissioner for Oaths and lodged together with the original issue document of title (IDT).
    """),
    ("en", "portal_logs_and_config"): _lines("""
        2026-11-30T08:14:22+08:00 INFO ewakaf.api POST /v2/applications 201 ref=WKF/SEL/2026/00418 latency_ms=184 build=3.7.2
        2026-11-30T08:15:03+08:00 WARN payment.fpx callback retry=2 txn=FPX2611300815A93C bank=BIMB amount=250.00 status=PENDING
        ewakaf.yaml -> db_host: ewakaf-db.internal.example | db_port: 5432 | pool_size: 20 | ssl_mode: require | timezone: Asia/Kuala_Lumpur
        CSV header: application_id,received_at,mukim,lot_no,area_hectare,land_category,intended_use,status,officer_code
        aqiqah_orders.csv header: order_id,package_code,animal_type,qty,slaughter_date,delivery_zone,total_myr,payment_status
        ORDER AQ-27-000913 | PKG-KMB-PREM | qty=2 | slaughter=2027-01-14 | zone=SA-13 | total=RM2360.00 | paid=DEPOSIT
        def calc_units(amount_myr: Decimal) -> int: return int(amount_myr // Decimal("10"))  # 1 unit Wakaf Saham = RM10
        SELECT lot_no, mukim, area_hectare FROM waqf_land WHERE status = 'REGISTERED' AND state_code = 'SGR' ORDER BY area_hectare DESC LIMIT 50;
        [cron] 2026-12-01 02:00:00 backup ewakaf_prod -> s3://council-backup/ewakaf/2026-12-01.sql.gz sha256=9f2c4e81ab07d3c6e5b1f0a47d92e8c3b6a1f05d
        2026-12-01T09:12:44+08:00 INFO web GET /wakaf-saham/receipt/RCT-2026-118402 200 bytes=18342 upstream=app-02 cache=MISS
        .env.example: WHATSAPP_BUSINESS_NUMBER=+60111234567 | SMTP_FROM=noreply@ewakaf.example.my | MAX_UPLOAD_MB=10
        Tracking J&T 630091274455 - aqiqah doorgift shipment, 3 parcels, status OUT_FOR_DELIVERY at Shah Alam DC 2026-12-02 10:41.
        Release notes v3.8.0: added istibdal workflow, MyKad field now masked in PDF exports, fixed timezone bug in slaughter_date (UTC+8).
    """),
    ("mixed", "staff_whatsapp_group"): _lines("""
        [09:02] Admin Pejabat: Geng, lembu untuk batch aqiqah Sabtu ni dah sampai kat kandang belakang, 3 ekor. Tukang sembelih confirm datang 7.30am ok.
        [09:05] Bendahari: Noted. Resit wakaf tunai Jumaat lepas I dah key-in dalam sistem, total RM4,385.60 tally dengan kiraan tabung.
        [09:11] Setiausaha: Reminder meeting AJK Tanah Wakaf Khamis 8.30pm, bilik mesyuarat tingkat 1. Agenda: status Lot 2231 & quotation pagar perkuburan.
        [10:20] Siak: Aircond ruang solat wanita bocor lagi la. Dah call Sejuk Jaya Aircond, dorang kata datang petang ni lepas Zohor.
        [10:34] Admin Pejabat: Order AQ-27-000913 customer minta tukar menu dari kari ke kuzi, boleh ke? Dapur confirm by today pls.
        [10:36] Ketua Dapur: Boleh, but kuzi kena tambah RM60 sebab guna kismis & badam. Update invoice nanti ya.
        [11:02] Setiausaha: PWS dah reply email, dorang nak site visit Lot 2231 on 12 Jan 10am. Siapa free boleh temankan officer?
        [11:15] Bendahari: Slip bank-in untuk deposit kontraktor pagar dah upload dalam Google Drive folder Kewangan 2027 / Jan. Pls check.
        [14:48] Admin Pejabat: FYI poster aqiqah Rejab dah approve, print 20 keping A3 kat Kedai Cetak Pak Abu Seksyen 19. Collect esok.
        [15:05] Imam 1: Kuliah Maghrib Khamis ni ditangguhkan sebab penceramah ada urusan di Putrajaya. Nanti saya umumkan lepas Asar.
        [16:30] Ketua Dapur: Gas dapur tinggal 2 tong je. Dah order 5 tong dari dealer gas Bangi, sampai pagi esok sebelum masak aqiqah.
        [17:12] Setiausaha: Laporan suku tahun wakaf kena hantar MAIS before 15 Jan. Template dalam folder Laporan MAIS. Jangan guna template lama 2025 tau.
        [21:40] Admin Pejabat: Sistem e-Wakaf down kejap, maintenance 10pm-12am. Kalau ada penderma tanya, suruh try esok pagi.
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        ★★★★★ Dapur Mak Long Aqiqah memang terbaik! Kambing empuk, kuzi sedap, delivery on time ke Shah Alam. Harga pun reasonable for 120 pax.
        ★★☆☆☆ Aqiqah Pak Mat Enterprise lambat reply WhatsApp, dah 3 hari baru dapat confirmation. Makanan ok tapi nasi minyak sikit keras.
        ★★★★☆ Kambing Ustaz Salleh Farm bersih, kandang tak bau sangat. Boleh tengok sendiri proses sembelihan. Parking agak sempit on weekends.
        ★★★★★ Highly recommend Raudhah Aqiqah Services for overseas aqiqah in Kemboja. Dapat video and sijil within 10 days, very transparent.
        ★☆☆☆☆ Order kek cawan dengan Sweet Aisyah Bakery untuk majlis aqiqah, sampai semua dah penyek. Customer service cakap bukan salah dorang. Hmm.
        ★★★★☆ Masjid Al-Hidayah Kajang very well-managed. Pejabat wakaf helpful, explain semua borang penyerahan tanah step by step.
        ★★★☆☆ Katering Haji Kamal Nasi Kandar sedap tapi portion for aqiqah package kecik sikit compared to last year. Price naik RM150 pulak.
        ★★★★★ Kaunter Perbadanan Wakaf Selangor di Shah Alam cepat, 15 minit siap beli Wakaf Saham. Staff ramah walaupun ramai orang.
        ★★☆☆☆ Zainab Canopy & Event datang lewat 2 jam, majlis aqiqah start lambat. Khemah cantik tapi punctuality teruk.
        ★★★★☆ Kedai Kurma Al-Madinah Jalan TAR ada jual kurma Ajwa doorgift pack murah. Packaging kemas, boleh custom sticker nama majlis.
        ★★★★★ Bought Wakaf Saham via the Yayasan Waqaf Malaysia app, FPX smooth, e-sijil sampai dalam email dalam 5 minit. Five stars.
        ★★★☆☆ Google Maps bawa salah jalan ke Ladang Kambing Bukit Beruntung. Sign board kecil gila. Kambing ok la, harga standard.
        ★★★★☆ Rumah Sembelihan Pak Long Halal Ternakan ada sijil halal JAKIM, proses cepat. Cuma kena book at least 2 minggu awal masa musim aqiqah.
    """),
    ("ms", "invois_perniagaan"): _lines("""
        INVOIS No: INV-DML-2027-0142 | Tarikh: 05/01/2027 | Dapur Mak Long Aqiqah & Katering (003321456-K) | Pakej Premium Kambing x2 | Jumlah: RM3,300.00
        Item 1: Kambing Katjang 24-27kg x 2 @ RM1,150.00 = RM2,300.00 | Item 2: Upah sembelih & lapah x 2 @ RM80.00 = RM160.00
        Subjumlah RM2,460.00 | Deposit diterima (07/12/2026) RM1,230.00 | Baki perlu dibayar RM1,230.00 sebelum 11/01/2027
        Bil kepada: Masjid Al-Hidayah Kajang, Jalan Reko, 43000 Kajang, Selangor | Rujukan PO: MAH/PO/2026/117 | Terma: 30 hari
        Invois Cukai Sejuk Jaya Aircond Sdn Bhd (201801023456) - Servis 6 unit penghawa dingin ruang solat, RM 540.00, SST 8% RM 43.20, Jumlah RM 583.20
        Kedai Cetak Pak Abu, No. 12 Jalan Nelayan 19/B, Seksyen 19, 40300 Shah Alam - Bunting aqiqah A1 x 3, poster A3 x 20. Jumlah RM 195.00 (Tunai)
        NOTA KREDIT CN-0033 terhadap INV-APM-2026-0889: pulangan 10 kotak doorgift kurma rosak, kredit RM 35.00 ke akaun pelanggan korporat.
        Kaedah bayaran: DuitNow QR / FPX / pindahan bank ke Maybank Islamic 5621 4400 1983 atas nama Aqiqah Pak Mat Enterprise (SA0412233-P).
        Resit Rasmi PWS No. R-2026-558103 | Wakaf Saham 50 unit x RM10 | Jumlah RM500.00 | Kaedah: FPX | Status: Berjaya
        Sebut Harga QT-2027-004: Pagar BRC 1.8m sepanjang 220m, tanah perkuburan wakaf Lot 2231. Harga RM 38,720.00 termasuk pemasangan. Sah 30 hari.
        Invois Zainab Canopy & Event (JM0887321-U): Khemah 20x20 x 2 hari @ RM280, meja bulat 10 unit @ RM15, kerusi 100 @ RM1.50. Jumlah RM 860.00
        Nota: Sila nyatakan nombor invois sebagai rujukan bayaran. Resit akan dikeluarkan dalam 3 hari bekerja. Pertanyaan: akaun@dapurmaklong.com.my.
        Penyata Akaun Pelanggan Korporat #CUST-0091 (Surau Nurul Iman Taman Sri Muda): baki tertunggak RM 1,480.00 sejak 30/11/2026. Sila jelaskan segera.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang Ikrar Wakaf: Pewakaf Hajah Rosnah binti Abdul Ghani, No. MyKad 520314-10-5562, menyerahkan Lot 3318 Mukim Semenyih seluas 0.25 hektar untuk tapak surau.
        Encik Kamarulzaman bin Yusof (012-778 3401) tempah aqiqah 2 ekor kambing untuk anak lelakinya, Muhammad Aryan, lahir 28/11/2026 di Hospital Kajang.
        Alamat penghantaran: No. 27, Jalan Mawar 3/2, Taman Mawar, 43000 Kajang, Selangor - rumah Puan Salmiah, sila call sebelum sampai.
        Penerima manfaat Skim Wakaf Pendidikan: Nur Afiqah binti Zulkifli, Tingkatan 4, bapa meninggal dunia 2025, pendapatan ibu RM1,200 sebulan.
        Waris Allahyarham Haji Bakri bin Othman membantah penyerahan tanah kerana mendakwa bapa mereka menghidap demensia semasa menandatangani borang ikrar.
        No. KP pemohon: 880921-14-6237 - sila semak dengan salinan IC sebelum lulus.
        Bayaran baki aqiqah dari akaun Maybank 1640 2231 8876 milik Mohd Faizal bin Razak telah diterima, rujukan DuitNow 20261207MBB0012.
        Aduan: Jiran saya, Cikgu Halimah yang tinggal di No. 8 Lorong Cempaka 5, bakar sampah di tepi tanah wakaf setiap petang, asap masuk rumah.
        Pak Lah bilal tu dah tiga bulan tak bayar hutang RM3,000 kepada koperasi masjid, katanya anak dia masuk wad ICU di HUKM.
        Kak Ton kantin masjid baru disahkan mengandung 5 bulan, doktor suruh rehat, jadi dia tak dapat masak untuk aqiqah bulan depan.
        No. pendaftaran kenderaan yang parkir atas tapak wakaf: BKT 4471, Proton X50 putih, pemilik Encik Ridzuan Hashim dari Taman Delima.
        Sila pindahkan wang ehsan RM500 kepada Puan Norhayati binti Ismail, Bank Islam 1201 4020 1187 55, ibu tunggal, suami dipenjara sejak Mac 2026.
        Emel daripada pewakaf: zainal.arif1962@yahoo.com.my - minta salinan sijil wakaf dihantar ke alamat rumah baru di Bandar Baru Bangi.
        Saudara Azlan (017-225 9031) ditahan polis minggu lepas kerana mencuri tabung masjid, kes akan dibicarakan di Mahkamah Majistret Kajang.
        Nama: Siti Khadijah binti Mansor | MyKad: 950707-08-5418 | Tel: 013-448 2290 | Jenis: Aqiqah perempuan 1 ekor | Tarikh: 17/01/2027
        Ustaz Hafiz dah bercerai dengan isterinya bulan lepas, jadi penama wakaf saham tu kena tukar kepada anak-anaknya.
        Gaji bulanan siak masjid, Encik Roslan bin Daud, RM1,850 termasuk elaun; potongan KWSP 11% dan ansuran pinjaman peribadi RM420.
        Geran tanah atas nama Che Mat bin Che Wil, No. KP lama 3421876, Lot 889 Mukim Pasir Puteh, Kelantan, dicadangkan untuk istibdal.
        Tel bimbit waris: 019-662 8104 (anak sulung), sila hubungi jika tuan tanah tidak dapat dihubungi.
        Rekod penerima bantuan: Mak Jah, Kampung Sungai Ramal Dalam, warga emas 78 tahun, lumpuh separuh badan selepas strok, tinggal seorang diri.
        Puan Azura minta duit aqiqah dipulangkan sebab bayinya meninggal dunia hari ketiga, tolong proses refund RM1,180 ke akaun dia secepat mungkin.
        Sijil Aqiqah: Dengan ini disahkan aqiqah bagi Nur Aisyah Humaira binti Muhammad Irfan, lahir 03/12/2026, telah disempurnakan pada 10/12/2026.
        AJK Haji Sulaiman disahkan menghidap kanser prostat tahap 3, mohon semua doakan; mesyuarat wakaf ditangguhkan sehingga beliau pulih.
        Penyewa kedai atas tanah wakaf, Encik Lim Boon Keat (KP 760512-07-5331), tunggak sewa RM7,200 sejak Jun 2026, notis tuntutan kedua telah dihantar.
    """),
    "en": _lines("""
        Donor record: Farah Nadia Abdullah, NRIC S8834127J, pledged SGD 5,000 cash waqf via MUIS, receipt to be emailed to farahnadia.a@outlook.com.
        Please call Mr. Tan Wei Liang at +65 9123 4478 regarding the transfer of his late mother's shophouse at Joo Chiat under a waqf deed.
        Beneficiary update: Aminah bt Sulong, 63, widow, diagnosed with chronic kidney disease, needs dialysis three times a week; monthly aid RM400 approved.
        The heirs of Ismail Merican say he borrowed RM45,000 from a cousin before he signed the waqf pledge, so the land may face a creditor claim.
        Home address for deed signing: 14 Lorong Kenari 7, Taman Bukit Indah, 81200 Johor Bahru. Owner: Encik Hisham Abd Latif.
        Account for refund: CIMB 7012 4589 33, holder Nurul Huda binti Rahim - aqiqah cancelled due to premature birth, baby still in NICU.
        Aqiqah booking, 2 goats for baby boy Adam Rayyan, father Khairul Anwar, contact khairul.anwar88@gmail.com, delivery to Cyberjaya.
        FIN G5512398N - Indonesian worker on a Work Permit asking whether he can buy wakaf saham units from Singapore.
        Complaint: the caretaker, a man called Rashid, has lived in the waqf house rent-free for two years and his son parks a car with plate JQA 2281 there.
        Staff note: Zul from the kitchen was picked up by AADK last month and is now on rehab leave; don't roster him for the Saturday aqiqah.
        Landowner Haji Mustafa Kamal bin Idris, MyKad 480229-01-5071, offers 2 acres of his rubber smallholding in Kluang for a tahfiz school.
        Hi, this is Mrs. Wong, my husband Peter converted last year and wants an aqiqah done for himself; our flat is Block 215 Bedok North Street 1, #07-134.
    """),
    "mixed": _lines("""
        Bro, Kak Nor punya no. baru 011-2674 5590, dia nak tanya pasal refund aqiqah anak dia yang cancel tu. Tolong call before 5pm ya.
        Eh Abang Jali yang jaga kubur tu kena tahan wad Serdang, sakit jantung. So minggu ni siapa nak cover potong rumput tanah wakaf?
        Admin pls update: penerima bantuan Puan Rokiah (KP 690415-03-5226) dah pindah ke Flat PKNS Blok C, Seksyen 7, unit 3-12.
        Wakaf form submitted by Chong Mei Ling, mualaf, phone 016-335 8812, nak wakafkan rumah kedai di Jalan Ipoh tapi anak-anak dia tak setuju.
        Guys, jangan share dalam group besar ye, Ustazah Rahmah tengah proses cerai, dia minta cuti 2 minggu dari kelas fardu ain.
        Customer aqiqah semalam, Encik Shahrul, complain kambing tak cukup, nak claim RM300. Dia bagi bank acc RHB 2124 5600 8831 07.
        Plate number kereta yang langgar pagar kubur: VFR 2736. Dah report polis, IO kata owner nama Kelvin Ng, tinggal Puchong.
        [08:45] Bendahari: Pak Cik Dollah belum bayar ansuran RM2,000 tiga bulan, dia kata pencen dia kena potong sebab hutang PTPTN anak.
        Customer Aqiqah Order AQ-27-000955: Puan Liyana, 012-909 4431, No 5 Jalan Seri Putra 2/4, Bandar Seri Putra, Bangi. Payment dah masuk.
        Tolong check IC ni untuk borang penerima manfaat: 030918-10-2457. Budak tu yatim piatu, duduk dengan nenek dia kat Sungai Besar.
        Haji Ramli cakap dia sanggup wakaf tanah but only if nama arwah isteri dia, Hajah Zaiton, dipaparkan kat papan tanda surau. Family dia tak tahu lagi.
        Screenshot WhatsApp dari Puan Hidayah: gambar IC depan belakang + sijil lahir anak untuk daftar aqiqah, sila delete lepas verify.
        Budak Fikri anak Imam tu dapat 9A SPM tapi family tak mampu, boleh tak kita mohon biasiswa wakaf pendidikan for him? Family income RM1,500 je.
        Hi admin, saya Hazwan, email saya hazwan.rizal@hotmail.my, bila sijil wakaf saham 100 unit saya boleh download?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran Masjid Al-Hidayah Kajang. Bantu AJK menyediakan surat rasmi berkaitan wakaf dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf surat iringan kepada Perbadanan Wakaf Selangor. Pewakaf: Encik Hamdan bin Yaakob, MyKad 590802-10-6115, alamat No. 41 Jalan Anggerik 2, Taman Sri Kajang. Tanah Lot 4120 Mukim Cheras, 0.2 hektar, untuk tapak tadika.",
        ),
        (
            "assistant",
            "Baik. Draf: Tuan, Penyerahan Tanah Wakaf Lot 4120 Mukim Cheras. Dengan hormatnya dimaklumkan bahawa Encik Hamdan bin Yaakob (MyKad 590802-10-6115) beralamat di No. 41 Jalan Anggerik 2, Taman Sri Kajang telah berikrar mewakafkan tanah seluas 0.2 hektar untuk tapak tadika. Bersama-sama ini disertakan salinan geran dan Borang Ikrar Wakaf untuk tindakan pihak tuan.",
        ),
        ("user", "Ok, tambah sekali ayat bahawa anak dia dah setuju dan sign sebagai saksi."),
        (
            "assistant",
            "Ditambah: Penyerahan ini turut dipersetujui oleh waris, dan anak pewakaf telah menandatangani borang sebagai saksi. Sila semak nama penuh anak tersebut sebelum surat dicetak.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a small aqiqah catering business in Shah Alam.",
        ),
        (
            "user",
            "Can you turn these bookings into a neat table? 1) Aisyah Kamal, 012-331 7702, 1 goat, 14 Jan. 2) Mohd Rizal Hamzah, 017-880 2145, 2 goats, 15 Jan. 3) Jennifer Lim (new revert), 016-224 9087, 1 goat, 15 Jan.",
        ),
        (
            "assistant",
            "Here you go: Name | Phone | Goats | Date. Aisyah Kamal | 012-331 7702 | 1 | 14 Jan. Mohd Rizal Hamzah | 017-880 2145 | 2 | 15 Jan. Jennifer Lim | 016-224 9087 | 1 | 15 Jan. Total: 4 goats over two days.",
        ),
        ("user", "Thanks. Also note Mohd Rizal only paid the deposit, balance RM1,180 pending."),
        (
            "assistant",
            "Noted. I have added a Payment column: Mohd Rizal Hamzah - deposit paid, balance RM1,180 outstanding. You may want to send him a reminder three days before 15 Jan.",
        ),
    ],
    [
        (
            "user",
            "Eh AI, tolong I tulis aduan kat MAIS. Jiran I, Encik Badrul Hisham, dah bina bangsal kereta atas tanah wakaf sebelah rumah dia, No. 19 Jalan Kenanga 4, Taman Kenanga, Seremban. Dah 6 bulan dah.",
        ),
        (
            "assistant",
            "Boleh. Cadangan aduan: Saya ingin melaporkan pencerobohan tanah wakaf bersebelahan No. 19 Jalan Kenanga 4, Taman Kenanga, Seremban. Penghuni rumah tersebut, Encik Badrul Hisham, telah membina bangsal kereta di atas tanah wakaf sejak kira-kira enam bulan lalu. Saya memohon pihak Majlis membuat pemeriksaan. Nota: tanah di Seremban di bawah Majlis Agama Islam Negeri Sembilan, bukan MAIS.",
        ),
        ("user", "Oh ya lah, Negeri Sembilan. Ok tukar. Nak letak nombor I sekali, 014-667 2093."),
        (
            "assistant",
            "Sudah ditukar kepada Majlis Agama Islam Negeri Sembilan dan nombor untuk dihubungi 014-667 2093 ditambah di penghujung aduan.",
        ),
    ],
    [
        (
            "system",
            "Rekod penerima manfaat (sulit): Norsiah binti Awang, 71 tahun, balu, Kampung Batu 9, Hulu Langat. Menghidap diabetes dan katarak. Bantuan wakaf RM350 sebulan sejak Mei 2025. Anak tunggal di penjara Kajang.",
        ),
        ("user", "Ringkaskan kes penerima ni untuk mesyuarat AJK minggu depan, dua tiga ayat je."),
        (
            "assistant",
            "Puan Norsiah binti Awang, 71, balu dari Kampung Batu 9 Hulu Langat, menerima bantuan wakaf RM350 sebulan sejak Mei 2025. Beliau menghidap diabetes dan katarak serta tiada penjaga kerana anak tunggalnya sedang menjalani hukuman penjara. Dicadangkan bantuan diteruskan dan lawatan kebajikan diatur.",
        ),
        ("user", "Perlu ke sebut pasal anak dia dalam mesyuarat?"),
        (
            "assistant",
            "Tidak perlu. Cukup nyatakan beliau tinggal seorang diri tanpa penjaga; maklumat tentang anaknya sensitif dan tidak relevan untuk keputusan bantuan.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Nadirah Salim, NRIC T0123458B, living in Tampines. I want to make a cash waqf to MUIS in my late father's name. How do I do it?",
        ),
        (
            "assistant",
            "Thank you, and my condolences. You can contribute cash waqf through the MUIS website or at any mosque counter in Singapore. You will be asked for the donor's details for the receipt; you may dedicate the waqf in your late father's name. Do not share your full NRIC in public channels.",
        ),
        ("user", "Can the receipt go to nadirah.salim@gmail.com instead of by post?"),
        (
            "assistant",
            "Yes, most online channels send e-receipts. Just enter nadirah.salim@gmail.com as the contact email when you make the contribution.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu admin kumpulan WhatsApp Qariah Taman Sri Muda menulis pengumuman.",
        ),
        (
            "user",
            "Tolong tulis mesej: Innalillahi, Pak Din (Encik Saharudin bin Md Noor) meninggal pagi tadi sebab kencing manis komplikasi. Jenazah di rumah No. 3 Jalan Gambus 25/21. Solat jenazah lepas Zohor. Nak sumbang, contact anak dia Faiz 011-5539 0872.",
        ),
        (
            "assistant",
            "Innalillahi wa inna ilaihi raji'un. Dimaklumkan Encik Saharudin bin Md Noor (Pak Din) telah kembali ke rahmatullah pagi tadi. Jenazah berada di No. 3 Jalan Gambus 25/21 dan akan disolatkan selepas Zohor. Sumbangan boleh diurus melalui anak arwah, Faiz, di talian 011-5539 0872. Al-Fatihah.",
        ),
        ("user", "Buang part sakit tu, family tak nak orang tahu."),
        ("assistant", "Baik, sebab kematian telah dibuang daripada mesej. Selebihnya dikekalkan."),
    ],
    [
        (
            "user",
            "Saya Puan Zaharah, 66 tahun. Saya nak wakafkan separuh tanah kebun saya di Kuala Pilah, tapi saya masih ada hutang bank RM28,000 dan baru lepas operasi jantung. Boleh ke?",
        ),
        (
            "assistant",
            "Boleh, tetapi beberapa perkara perlu diambil kira. Jika tanah itu dicagar kepada bank, cagaran mesti dilepaskan dahulu. Dalam Islam, wakaf yang dibuat ketika sakit yang membawa maut tertakluk kepada had satu pertiga harta, jadi keadaan kesihatan Puan mungkin relevan. Saya cadangkan Puan berbincang dengan Majlis Agama Islam Negeri Sembilan dan peguam syarie.",
        ),
        ("user", "Tanah tu tak dicagar, hutang tu pinjaman peribadi je."),
        (
            "assistant",
            "Kalau begitu geran tanah bersih dan penyerahan boleh diproses. Namun pinjaman peribadi Puan tetap menjadi hutang pusaka jika tidak dijelaskan, jadi pastikan baki harta mencukupi untuk waris melangsaikannya.",
        ),
    ],
    [
        (
            "system",
            "You help the scholarship committee of a mosque waqf education fund write polite emails.",
        ),
        (
            "user",
            "Write a rejection email to Muhammad Danish bin Roslan (IC 081105-10-3377) who applied for the waqf education grant. Reason: his family income of RM6,800 is above the RM4,000 cap. Email: danish.roslan08@gmail.com",
        ),
        (
            "assistant",
            "To: danish.roslan08@gmail.com. Subject: Waqf Education Grant 2027 - Application Outcome. Dear Muhammad Danish bin Roslan, thank you for applying. After review, we regret that your application cannot be approved, as the declared household income of RM6,800 exceeds the RM4,000 limit. We encourage you to apply for other schemes and wish you success in your studies.",
        ),
        ("user", "Should I include his IC number in the email?"),
        (
            "assistant",
            "No need. The email is going to his own address, so the name is enough; leave the IC number out to limit exposure.",
        ),
    ],
    [
        (
            "user",
            "Nak book aqiqah for my baby girl, Hana Sofea, lahir 1 Dec kat Hospital Serdang. Saya Amirul, 019-884 2716. Hantar ke rumah No. 22 Jalan Putra Permai 7/3, Seri Kembangan.",
        ),
        (
            "assistant",
            "Tahniah! Untuk anak perempuan, seekor kambing mencukupi. Ringkasan tempahan: bayi Hana Sofea, lahir 1 Disember di Hospital Serdang; penempah Amirul, 019-884 2716; hantaran ke No. 22 Jalan Putra Permai 7/3, Seri Kembangan. Hari ketujuh jatuh pada 7 Disember. Nak pilih menu kari atau kuzi?",
        ),
        (
            "user",
            "Kuzi la. And wife I ada gestational diabetes tadi, so kurangkan gula dalam air sirap boleh?",
        ),
        (
            "assistant",
            "Boleh, saya catatkan: menu kuzi dan air sirap kurang manis atas permintaan keluarga. Saya tak akan masukkan sebab kesihatan itu dalam nota dapur, cukup tulis kurang manis.",
        ),
    ],
    [
        (
            "system",
            "Data CRM pelanggan: ID C-10482 | Nama: Rafidah binti Omar | Tel: 013-772 5610 | Alamat: No. 9 Lorong Seri Indah 3, 70400 Seremban | Tempahan: AQ-27-001044, 2 kambing, 20/01/2027 | Baki: RM1,230",
        ),
        ("user", "Assalamualaikum, saya nak tahu status tempahan saya."),
        (
            "assistant",
            "Waalaikumussalam Puan Rafidah. Tempahan AQ-27-001044 untuk 2 ekor kambing pada 20 Januari 2027 telah disahkan. Baki yang perlu dijelaskan ialah RM1,230, selewat-lewatnya 17 Januari. Penghantaran ke No. 9 Lorong Seri Indah 3, Seremban.",
        ),
        ("user", "Alamat dah tukar, sekarang duduk rumah mak di Rembau."),
        (
            "assistant",
            "Baik, sila berikan alamat penuh di Rembau dan saya akan kemas kini tempahan. Caj penghantaran mungkin berubah mengikut jarak.",
        ),
    ],
]
