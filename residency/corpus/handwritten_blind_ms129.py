# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms129: swiftlet farmers and edible bird's nest traders in Malaysia (swiftlet house licences, harvest records, buyers, export permits, disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms129
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pihak_berkuasa_tempatan"): _lines("""
        NOTIS: Semua pengusaha rumah burung walet (RBW) dalam kawasan Majlis Perbandaran Manjung diminta memperbaharui lesen premis sebelum 31 Januari 2027 di Kaunter Pelesenan, Aras 2.
        Permohonan lesen RBW baharu hendaklah disertakan pelan lokasi, salinan geran tanah dan surat sokongan Jabatan Perkhidmatan Veterinar Negeri Perak. Borang MPM/RBW-01 boleh dimuat turun di portal rasmi.
        Fi pemprosesan lesen RBW ialah RM150 setahun bagi bangunan satu tingkat dan RM300 bagi bangunan dua tingkat ke atas. Bayaran melalui FPX atau di kaunter hasil sahaja.
        Peringatan: Audio panggilan walet di kawasan kediaman hanya dibenarkan antara 7.00 pagi hingga 7.00 malam dan tidak melebihi 55 dB(A) di sempadan lot, mengikut Garis Panduan RBW 2.0.
        Operasi bersepadu MPM bersama JPV dan Bomba akan dijalankan pada 14 hingga 18 Disember 2026 di sepanjang Jalan Lumut dan Taman Sitiawan Jaya untuk memeriksa RBW tanpa lesen.
        Aduan berkaitan bunyi atau najis burung walet boleh disalurkan ke Talian Aduan MPM 05-688 1000 atau e-mel aduan.pelesenan@mpm.gov.my pada waktu pejabat.
        Kaunter Pelesenan Majlis Daerah Kinabatangan ditutup pada 24 dan 25 Disember 2026 sempena cuti Krismas negeri Sabah. Urusan akan disambung semula pada 28 Disember.
        Taklimat pematuhan MS 2273:2012 dan MyGAP untuk pengusaha RBW akan diadakan di Dewan Orang Ramai Teluk Intan pada 10 Jan 2027, jam 9.00 pagi. Tempat terhad 120 orang.
        Makluman: Semua RBW berlesen wajib mempamerkan nombor lesen (format RBW/MPM/2026/XXXX) di pintu utama bangunan. Kegagalan boleh dikenakan kompaun sehingga RM2,000.
        Zon Eko-Walet Bagan Datuk yang diwartakan pada 2015 meliputi kira-kira 312 hektar; permohonan pembinaan RBW baharu di luar zon ini tidak akan dipertimbangkan.
        Notis Rayuan: Pengusaha yang permohonan lesennya ditolak boleh mengemukakan rayuan bertulis kepada Yang Dipertua dalam tempoh 30 hari dari tarikh surat keputusan.
        Menteri Pertanian dan Keterjaminan Makanan Mohamad Sabu dijadual merasmikan Karnival Industri Sarang Burung Walet Kebangsaan di Ipoh pada 20 Disember 2026.
        Majlis Perbandaran Kuantan mengingatkan bahawa RBW dalam radius 500 meter dari sekolah dan hospital perlu dipindahkan sebelum tamat tempoh lesen semasa.
    """),
    ("ms", "soalan_lazim_eksport"): _lines("""
        S: Adakah sarang burung walet mentah boleh dieksport terus ke China? J: Tidak. Hanya sarang yang diproses di loji berdaftar dengan GACC dan mempunyai rekod pengesanan dibenarkan.
        S: Berapakah had nitrit untuk eksport ke China? J: Kandungan nitrit tidak boleh melebihi 30 mg/kg dan mesti diuji di makmal yang diiktiraf oleh JPV.
        S: Di mana saya memohon permit eksport? J: Permohonan dibuat melalui sistem ePermit MAQIS, manakala sijil kesihatan veterinar dikeluarkan oleh JPV negeri.
        S: Berapa lama sijil kesihatan veterinar sah? J: Sijil hanya untuk satu konsainan dan mesti digunakan dalam tempoh 14 hari dari tarikh dikeluarkan.
        S: Bolehkah saya hantar sarang walet ke Hong Kong melalui kurier? J: Boleh, tetapi penghantaran komersial memerlukan invois komersial dan sijil kesihatan asal bersama bungkusan.
        S: Apakah maksud kod pengesanan pada label? J: Kod menunjukkan negeri, nombor loji, dan tarikh kelompok pemprosesan, contohnya MY-PRK-0457-261103.
        S: Adakah Singapura memerlukan permit import? J: Ya, Singapore Food Agency (SFA) memerlukan permit import untuk setiap konsainan produk haiwan termasuk sarang burung walet.
        S: Apakah beza sarang mangkuk dan sarang segi tiga? J: Sarang mangkuk dibina pada papan sirip rata, sarang segi tiga di sudut; harga segi tiga biasanya 10 hingga 15% lebih tinggi.
        S: Berapakah yuran ujian makmal? J: Ujian nitrit RM80 sesampel, ujian logam berat RM250 dan ujian mikrobiologi RM180 di Makmal Veterinar Kawasan Ipoh.
        S: Bolehkah RBW saya didaftarkan dengan JPV jika tiada lesen PBT? J: Tidak; pendaftaran memerlukan salinan lesen premis yang sah daripada pihak berkuasa tempatan.
        S: Adakah Taiwan menerima sarang walet Malaysia? J: Ya, dengan sijil kesihatan veterinar dan laporan ujian; sila rujuk keperluan terkini Taiwan Food and Drug Administration.
        S: Bagaimana jika konsainan ditolak di pelabuhan China? J: Pengeksport perlu melapor kepada JPV dalam tempoh 7 hari; produk akan dipulangkan atau dimusnahkan atas kos pengeksport.
        S: Adakah sarang gua dari Gua Niah tertakluk kepada peraturan yang sama? J: Kutipan sarang gua di Sarawak memerlukan permit berasingan daripada Sarawak Forestry Corporation.
    """),
    ("ms", "senarai_harga"): _lines("""
        Harga belian SBW mentah minggu ini: Gred A (bulu ringan) RM4,200/kg, Gred B RM3,600/kg, Gred C (bulu tebal) RM2,800/kg. Harga tertakluk kepada ujian kelembapan di kaunter.
        Kedai Sarang Walet Pak Long Enterprise, Kuala Kangsar: sarang mangkuk bersih 50g RM368, 100g RM720; sarang patah 100g RM420. Harga sah sehingga 31/12/2026.
        Senarai harga borong Teluk Intan Walet Trading (SSM 202001034567): segi tiga AAA RM9,800/kg, mangkuk AA RM8,600/kg, serpihan RM3,900/kg. Minimum tempahan 1 kg.
        Harga semasa di pusat pengumpulan Sitiawan, 05/12/2026: mentah kering RM3,950/kg; mentah lembap (air melebihi 20%) dipotong 12%; sarang kekuningan RM5,100/kg.
        Promosi Tahun Baru Cina: minuman sarang walet sedia minum 6 botol x 70ml hanya RM89, tamat 15 Feb 2027. SKU: SBW-RTD-070-06, had 5 set setiap pelanggan.
        Caj perkhidmatan cuci bulu bagi setiap kg sarang mentah: Gred A RM650, Gred B RM800, Gred C RM1,050. Anggaran hasil bersih 70 hingga 78% daripada berat asal.
        Sewa pasang sistem bunyi walet: pakej 8 tweeter + amplifier RM1,250; pakej 16 tweeter RM2,100; termasuk fail audio panggilan versi 4.2 dan servis 3 bulan.
        Harga bahan binaan RBW: papan sirip meranti 1x6 inci RM4.80 sekaki, mesin pelembap 5 liter RM320, sensor suhu-kelembapan RM145 seunit, kipas ekzos 18 inci RM210.
        Sarang Walet Cap Nyonya Emas: kotak hadiah 3 keping (kira-kira 25g) RM258, 6 keping RM498. Harga belum termasuk caj pos RM12 ke Sabah dan Sarawak.
        Kedai Ubat Tradisional Hock Seng, Jalan Kampar, Ipoh: sarang putih premium 37.5g (1 tahil) RM450, sarang jingga 37.5g RM980, sarang patah 37.5g RM210.
        Harga purata ladang sarang walet mentah di Malaysia: 2019 RM4,500/kg, 2022 RM3,200/kg, 2025 RM3,800/kg, berdasarkan laporan industri tahunan persatuan.
        Caj ujian makmal swasta: nitrit RM95, asid sialik RM220, DNA spesies RM380 sesampel. Keputusan dalam 5 hari bekerja, caj segera tambahan RM60.
        Harga tawaran pembeli Guangzhou (FOB Port Klang): mangkuk bersih 5A USD1,950/kg, 4A USD1,720/kg, segi tiga USD2,150/kg; sah sehingga 20 Dis 2026.
    """),
    ("en", "export_regulations_and_history"): _lines("""
        Under the Malaysia-China protocol on edible bird's nest, only processing plants registered with GACC may export to mainland China, and each plant carries a unique registration code.
        Each consignment to China must be accompanied by a veterinary health certificate issued by the Department of Veterinary Services and a traceability record back to registered swiftlet premises.
        Nitrite content in edible bird's nest for export shall not exceed 30 mg/kg; samples are drawn from every production batch before the cartons are sealed.
        Raw-unclean nests destined for processing must be heat-treated to a core temperature of at least 70 degrees Celsius before they may be moved between approved premises.
        MS 2273:2012 sets out good manufacturing practice for edible bird's nest processing, covering cleaning water, drying, foreign matter control and labelling.
        MS 2333:2010 describes good animal husbandry practice for swiftlet ranching and its premises, including siting, ventilation and nest harvesting intervals.
        Singapore Food Agency requires importers to hold a valid licence and to obtain an import permit through TradeNet for every consignment of edible bird's nest.
        Retail packs for export must show product name, net weight in grams, batch number, production date, plant registration number and country of origin: Malaysia.
        Exporters must keep the invoice number, container number, seal number and certificate number of each shipment for at least three years for audit by DVS.
        Cave nest harvesting at Niah in Sarawak and Gomantong in Sabah is licensed separately by state authorities and falls outside the ranched-nest export protocol.
        The edible-nest swiftlet Aerodramus fuciphagus is not listed in the CITES appendices, so ranched nests do not need a CITES permit for export.
        Archaeologist Tom Harrisson's excavations at the Niah Caves from 1954 drew wide attention to the site, where nest collectors had climbed belian poles for generations.
        Draft Guideline on Swiftlet Ranching 2.0 (version 3.1, November 2026) proposes that new swiftlet houses be sited at least 50 m from the nearest residential building.
    """),
    ("mixed", "group_chat_staf"): _lines("""
        Guys, harvest lantai 3 RBW Jalan Pantai dah siap, total 4.6kg mentah. Esok pagi bawa ke cleaning centre before 9am ok, lorry tunggu depan gate.
        Humidity lantai 2 drop sampai 68% semalam, pelembap rosak la. Dah order spare part dari supplier Ipoh, ETA Thursday. Sementara tu on manual misting.
        Boss cakap batch MY-PRK-0457-261203 kena hold dulu, nitrite test 27 mg/kg, borderline. Jangan seal carton lagi ya, tunggu retest.
        Reminder: stock take Friday 3pm dekat gudang Sitiawan. Semua timbang guna scale baru (calibrated 01/12/2026). Record dalam Google Sheet tab Dis2026.
        Sound system RBW Batu 8 mati since 2am, amplifier trip. Team Manjung tolong check, panel password still default lagi, nanti kena tukar.
        Customer Guangzhou dah confirm PO GZ-8831, 12kg mangkuk 5A, shipment 18 Dec via Port Klang. Invoice INV-2026-1207 dah hantar, tunggu deposit masuk.
        Lantai 4 banyak semut kerengga, jangan sembur racun dekat sarang! Guna kapur je sekeliling tiang, ikut SOP JPV. Nanti rosak batch, susah nak export.
        Cleaning team hari ni 11 orang, output 2.3kg bersih. Yield 74%, ok la. Tomorrow target 2.5kg, batch bulu tebal simpan last.
        Dah renew lesen MPM untuk 3 buildings, resit no. MPM-R-2026-88412. Copy dah upload dalam folder Lesen 2027, jangan delete ya.
        Harga kat Sitiawan naik RM150/kg minggu ni, 中国 demand kuat before CNY. Jangan jual murah kat middleman dulu, tunggu boss confirm harga.
        Lorry syarikat masuk servis hari Rabu, so delivery ke Klang tukar ke hari Khamis. Carton dah label, letak dalam chiller room dulu.
        CCTV NVR rumah walet Bagan Datuk offline, router kena reset. Login IP 192.168.1.108, firmware v5.7.3. Sape free petang ni tolong pergi.
        Ada jiran komplen bunyi walet kuat waktu malam, timer kena set off 7pm ikut garis panduan MPM. Jangan sampai kena kompaun lagi macam tahun lepas.
    """),
    ("en", "iot_config_and_logs"): _lines("""
        2026-12-06T02:14:07+08:00 WARN rbw-sensor[node=PRK-L3-07] humidity=67.8% below threshold 75%; misting relay=ON duration=120s
        2026-12-06T02:16:07+08:00 INFO rbw-sensor[node=PRK-L3-07] humidity=78.2% temp=27.4C relay=OFF next_check=300s
        config: {"site_id": "RBW-MJG-012", "floors": 4, "humidity_target": [80, 90], "temp_max_c": 29, "audio_schedule": "06:30-19:00", "version": "2.4.1"}
        audio_player.yaml: tracks: [call_inside_v4.mp3, call_entrance_v4.mp3], volume_db: -6, tweeters: 16, amp_model: SW-AMP-800
        ERROR 2026-12-05 23:58:41 ingest_harvest.py line 212: KeyError 'batch_code' in row 48 of harvest_2026_11.csv, row skipped
        harvest_id,site_id,floor,harvest_date,raw_weight_g,grade,moisture_pct,batch_code,nitrite_mg_kg
        H-2026-1130-01,RBW-MJG-012,3,2026-11-30,1840,A,14.2,MY-PRK-0457-261130,12.6
        git commit 9f3c2ab: fix nitrite threshold comparison in export_check(), use <= 30 mg/kg; bump version to v1.8.2
        def is_exportable(batch): return batch.nitrite_mg_kg <= 30 and batch.moisture_pct <= 15 and batch.plant_code.startswith("MY-")
        2026-12-04 08:01:33 INFO camera_monitor: bird_count_entrance=1284 (07:00-08:00), delta vs 7d avg +6.2%
        MQTT publish topic=rbw/MJG-012/floor2/humidity payload={"v":82.4,"ts":1764979200} qos=1 retain=false
        sha256(harvest_2026_11.csv)=3b7e9c1d4f0a5e62b8a17c9d0e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f verified OK
        cron: 30 6 * * * /opt/rbw/bin/audio_on.sh ; 0 19 * * * /opt/rbw/bin/audio_off.sh  # follow MPM sound hours
    """),
    ("ms", "invois_syarikat"): _lines("""
        INVOIS No. INV-2026-1207 | Penjual: Sitiawan Walet Processing Sdn Bhd (202101023456) | Pembeli: Guangzhou Yanxiang Trading Co., Ltd | 12.0 kg mangkuk 5A @ USD1,950 | Jumlah USD23,400
        Syarat bayaran: 30% deposit melalui TT, baki 70% sebelum penghantaran. Bank: Maybank Islamic Berhad, SWIFT MBISMYKL, akaun syarikat 5141 2200 8765.
        Resit Rasmi No. 004512, Perak Walet Cleaning Centre, Lot 22, Jalan Perindustrian Bukit Raja 2, 32040 Seri Manjung. Caj cuci 3.2 kg Gred B @ RM800 = RM2,560.00.
        Nota Debit DN-0091: pelarasan berat akibat kelembapan melebihi 18%, potongan RM432.00 daripada invois INV-2026-1188 bertarikh 21/11/2026.
        Bil No. B/26/3345 daripada Walet Audio Tech (Penang) Enterprise: 16 unit tweeter SW-T200 @ RM38 = RM608; amplifier SW-AMP-800 x1 RM690; jumlah RM1,298.
        Pesanan Belian PO-TI-2026-077, Teluk Intan Walet Trading kepada Borneo Swiftlet Supplies Sdn Bhd: 40 keping papan sirip, 4 unit pelembap, hantar ke gudang Changkat Jong.
        Invois Makmal Analitik Sains Hijau Sdn Bhd: ujian nitrit 6 sampel @ RM95 = RM570.00; rujukan sampel S-26-1142 hingga S-26-1147; bayaran dalam 30 hari.
        Nota Kredit CN-0023 kepada Guangzhou Yanxiang Trading Co., Ltd: pemulangan 0.35 kg sarang pecah semasa transit, nilai USD682.50, ditolak daripada invois seterusnya.
        Kos penghantaran sampel ke Hong Kong melalui DHL Express, AWB 6284193507, berat 2.1 kg, RM186.40 termasuk surcaj bahan api dan caj kastam.
        Sebut Harga QT-2026-219: pembinaan RBW 3 tingkat 20x80 kaki termasuk kerja sirip, sistem bunyi dan pelembap, RM185,000.00, sah selama 60 hari.
        Bil Lesen MPM: Akaun L-RBW-2026-0457, pemegang lesen Manjung Swiftlet Ranch Sdn Bhd, jumlah RM300.00, tarikh akhir bayaran 31/01/2027.
        Invois Syarikat Pengangkutan Lumut Jaya: lori 3 tan Sitiawan ke Port Klang, 2 trip @ RM650, caj tol RM84.00, jumlah keseluruhan RM1,384.00.
        Invois Proforma PI-2026-031 kepada Lion City Bird's Nest Pte Ltd (UEN 201912345K), 5 kg sarang bersih, FOB RM52,000, Kod HS 0410.90, terma CIF Singapura.
    """),
    ("mixed", "product_listing"): _lines("""
        READY STOCK! Sarang Walet Bersih 100% Pure Malaysia 燕窝 50g Grade AA, no bleach, nitrite bawah 30ppm tested. Free gift 冰糖 200g untuk 50 order pertama!
        Nyonya Swiftlet Cup Nest 燕盏 5A, 100g box, direct dari rumah walet Perak, MyGAP certified, shelf life 24 bulan. SKU NYN-CUP-5A-100, stok terhad.
        Bird Nest Drink 即食燕窝 Kurang Gula, 6 x 70ml, halal JAKIM, tanpa pengawet. Batch 26K11, exp 11/2028. Beli 2 free 1 sampai hujung bulan.
        Sarang Walet Patah (broken nest) 碎燕 250g, sesuai untuk masak sup, murah & sedap. Ship from Sitiawan, order before 3pm same day ship.
        Raw Unclean Bird Nest 毛燕 1kg Grade B, bulu sederhana, moisture 15%. Untuk kedai cuci sahaja, min order 1kg, COD kawasan Perak sahaja.
        Triangle Nest 燕角 Premium 50g, tebal & besar, direct farm price. Kotak hadiah merah, sesuai untuk CNY & Hari Raya. Rating 4.9 (2.3k sold).
        Listing ID 2398817744 | Kedai: Ah Ma Bird Nest Official Store | Kategori: Makanan Kesihatan | Stok 148 | Harga RM399, sekarang RM329 (-18%)
        Soaking guide 浸泡说明: rendam 4 hingga 6 jam dalam air sejuk, buang bulu halus guna penyepit, double boil 30 hingga 45 minit. Jangan guna air panas terus.
        Swiftlet House Sound System Set 燕屋音响: 8 tweeter + amplifier 12V, include call sound v4.2 USB. Warranty 6 bulan, tech support WhatsApp Business +60 11-5566 8801.
        Gift set edisi Puteri Gunung Ledang: 3 botol sarang walet sedia minum + 1 kotak sarang kering 12g, RM188, packaging songket, limited 500 set sahaja.
        Sarawak Cave Nest 洞燕 dari kawasan Niah, limited 20 kotak, 50g RM680. Permit kutipan Sarawak Forestry Corporation ada dalam gambar ke-3.
        Q&A: Boleh post ke Singapore? Seller: Boleh, via J&T Express SG, 5 hingga 7 hari, customs declaration kami uruskan. Tracking no. auto update dalam app.
        Kandungan asid sialik 唾液酸 8 hingga 11%, lab report LAB-26-0913 dalam gambar ke-5. Produk makanan, bukan ubat; ibu mengandung sila rujuk doktor dulu.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Zulkifli bin Hamzah (No. MyKad 740815-08-5213), pemilik RBW di Lot 1182, Kampung Sungai Tiram, 32000 Sitiawan, Perak, memohon pembaharuan lesen untuk tahun 2027.
        Puan Rohana binti Ismail, tel 013-548 2917, mengadu bunyi panggilan walet dari bangunan di belakang rumahnya di Taman Manjung Point Fasa 3 berbunyi sampai pukul 11 malam.
        Haji Kamarudin ada hutang RM48,000 dengan pembeli sarang di Teluk Intan sejak 2024, dia janji bayar lepas tuaian Januari tapi sampai sekarang belum bayar.
        Tolong transfer bayaran sarang 2.4kg ke akaun Maybank 1580 6622 4093 atas nama Lim Chee Keong, jangan masuk akaun syarikat.
        No. MyKad pemohon lesen RBW: 680302-06-5471
        Kak Ros tak datang cuci sarang minggu ni, dia baru keluar wad lepas operasi batu karang, doktor suruh rehat dua minggu.
        Senarai pekerja cuci: Nurul Aisyah binti Rahim, 990427-11-5024, 017-663 1852, gaji RM1,700; Siti Hajar binti Mohd Noor, 010916-03-0288, 019-902 4471, gaji RM1,650.
        Adik pemilik RBW Bagan Datuk, Faizal Azman, ditahan polis minggu lepas kerana disyaki mencuri 3kg sarang dari rumah walet jiran.
        Alamat penghantaran: Tan Bee Ling, No. 27, Jalan Cempaka 4, Taman Bunga Raya, 36000 Teluk Intan, Perak. Tel: 012-457 9930.
        Lori yang angkut sarang malam tu plat AKH 7251, pemandunya Encik Roslan, tolong semak rakaman CCTV pukul 2 pagi.
        Pengusaha walet Chong Wai Meng memfailkan saman RM120,000 terhadap jirannya Puan Lee Siew Fong atas dakwaan racun serangga memusnahkan koloni burung di tingkat 3.
        Pak Mat Walet dekat Kuala Kangsar tu dah bercerai dengan isteri, RBW tiga tingkat dia sekarang jadi rebutan harta sepencarian di Mahkamah Syariah.
        Nombor akaun CIMB pekebun: 7012448193, penerima Muhammad Hafiz bin Salleh, rujukan bayaran SBW-DIS-26.
        Borang Permohonan Lesen RBW | Nama: Wong Kah Heng | KP: 810223-08-6129 | Alamat Kediaman: 15, Lorong Setia 2, Taman Setia, 32400 Ayer Tawar | Tel: 016-528 3307 | Lokasi RBW: Lot PT 4471, Jalan Lekir
        Isteri Encik Azlan sedang hamil 7 bulan, jadi dia minta cuti seminggu dan tak dapat jaga RBW Kuantan hujung bulan ni.
        E-mel pembeli: hafizah.walet88@gmail.com, dia minta sebut harga sarang mangkuk 1kg untuk majlis kahwin anak dia bulan Mac.
        Gaji penjaga RBW Sabri bin Osman ialah RM2,100 sebulan tambah elaun tuaian RM300, dipotong RM250 sebulan untuk pinjaman peribadi daripada majikan.
        Kes aduan: Puan Halimah binti Yusof, 61 tahun, menghidap asma kronik, mendakwa najis burung dari RBW sebelah rumahnya di Kampung Batu 10 memburukkan keadaannya.
        WhatsApp saya 011-2398 4765, Ah Keong, ada sarang mentah 5kg nak jual, harga boleh runding.
        Penjaga RBW di Pulau Pangkor, Ismail bin Bakar, telah diisytiharkan bankrap pada Oktober 2026 selepas gagal bayar pinjaman bina rumah walet.
        Rekod tuaian 03/12/2026: RBW milik Suhaimi Abdul Latif, 2.85kg, dibayar tunai RM10,800, resit ditandatangani oleh anaknya Nur Izzati.
        Salinan IC Cik Farah Nadia (970611-14-5342) dan gambar selfie bersama IC dah diterima untuk pengesahan akaun pembekal.
        Rumah Encik Baharom di No. 8, Jalan Kenari 3, Taman Sri Manjung dijadikan RBW tanpa lesen; jiran sebelah dah buat laporan polis.
        Peminjam: Norazlina binti Ahmad, pinjaman RM35,000 untuk bina RBW, tunggakan 5 bulan, status: notis tuntutan telah dihantar ke alamat rumah.
    """),
    "en": _lines("""
        Buyer contact: Mr. Lau Kok Wah, mobile +60 12-376 4418, prefers WhatsApp after 8pm, buys raw-unclean nests from Manjung.
        Please send the export documents to Jessica Teo at jessica.teo.birdnest@outlook.com, she handles the SFA import permit on our Singapore side.
        Singapore importer rep: Tan Wei Jie, NRIC S8234567A, mobile +65 9736 2184, collecting the 5 kg consignment in person at Pasir Panjang.
        Our former supervisor Rajesh a/l Muniandy was diagnosed with tuberculosis in November, so everyone who worked with him on floor 2 must go for screening.
        Complaint by resident Mdm Ooi Saw Lan of 42 Jalan Changkat, Teluk Intan: the swiftlet house next door has caused dampness and black mould in her bedroom.
        Hong Kong buyer Chan Ka Ming, HKID K584123(2), paid a HKD 85,000 deposit for 4 kg of triangle nests.
        A car with plate WKV 3318 was seen at the swiftlet house at 3 a.m.; the owner Kenneth Yap says he never authorised any pickup.
        Farmer Ng Boon Huat owes RM62,500 to the processing plant since the March 2026 harvest and has stopped answering our calls.
        Refund to Public Bank a/c 3182277401, account holder Yeoh Mei Chin, for the broken nests in her order.
        Tenant Suresh Kumar is four months behind on rent for the swiftlet house at Lot 771, Kampung Lekir, and says his wife left him and took the kids to Klang.
        Taiwan buyer Chen Chih-hao, ID F128407361, ordered 2 kg of cup nests to be delivered to his home at No. 18, Lane 52, Minsheng Road, Banqiao District, New Taipei City.
        harvest_payout.csv: 2026-11-28,RBW-KKS-004,Abdul Rahman bin Daud,760104-08-5539,Maybank,157203488816,RM8420.00
        Incident log: worker Mohd Firdaus fell from the ladder on floor 4 on 02/12/2026, fractured his left wrist, on MC until 30/12/2026.
    """),
    "mixed": _lines("""
        Eh bro, that uncle Lim Ah Huat from Ayer Tawar 还欠我 RM15k lah, since last CNY never pay, today call also tak angkat.
        Boss, Ah Seng's wife just masuk ICU kat Hospital Raja Permaisuri Bainun, dia minta cuti this whole week, harvest Batu 8 siapa cover?
        My number 019-574 3382 ya, got any raw nest nak jual just WhatsApp me, I collect sendiri around Sitiawan.
        Customer 黄美玲 HP 012-880 4596, alamat No. 5, Lorong Mawar 2, Taman Kampar Jaya, Kampar, order 燕盏 100g, COD Saturday.
        Got one 陈先生 from Sibu, his son kena tangkap for selling fake bird nest with bleach, now the whole family very shame 哦.
        Pls update supplier list: Muthu a/l Raman, IC 790918-07-5563, Maybank 114255367720, RBW Lekir 2 tingkat.
        That auntie 林太 at Taman Sitiawan Jaya kena scam RM80k invest in swiftlet house, now depression already, her daughter keep crying in the group.
        Delivery to Singapore: Mdm Goh Siew Hua, Blk 312 Ang Mo Kio Ave 3, #08-1142, S560312, HP +65 9812 3374, 燕窝 gift box 3 set.
        阿明 the jaga at RBW Bagan Datuk got diabetes, kaki ada luka cannot climb ladder, we need to find replacement fast.
        Transfer dah buat: RM12,600 to 李志强 CIMB 8009112345, ref sarang Nov, pls confirm got receive or not.
        China buyer 张伟 身份证 440106198503174515, he want invoice under his personal name, not company, for 3kg 燕条.
        New cleaner girl Aini only 17 years old, her mak said don't tell the boss, just pay cash RM40 per day.
        Plate PKR 6621 Hilux park depan RBW every night, I think is the owner's brother-in-law Kamal, he the one curi sarang last month.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI Persatuan Pengusaha Burung Walet Perak. Bantu ahli menulis surat rasmi dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis surat rayuan lesen RBW. Nama saya Rosli bin Jaafar, No. KP 720519-08-5437, alamat rumah No. 12, Jalan Mutiara 6, Taman Pantai Remis, 34900 Pantai Remis. Lesen ditolak sebab jarak dengan rumah jiran kurang 50 meter.",
        ),
        (
            "assistant",
            "Baik, Encik Rosli. Berikut draf ringkas: 'Kepada Yang Dipertua, Majlis Perbandaran Manjung. Saya, Rosli bin Jaafar (No. KP 720519-08-5437), beralamat di No. 12, Jalan Mutiara 6, Taman Pantai Remis, ingin merayu keputusan penolakan lesen RBW saya...' Adakah encik ada pelan ukur terkini untuk dilampirkan?",
        ),
        (
            "user",
            "Ada, pelan ukur bertarikh Oktober 2026. Tambah juga saya dah pasang penebat bunyi.",
        ),
        (
            "assistant",
            "Saya tambah perenggan: 'Saya telah memasang penebat bunyi pada semua lubang masuk dan menyertakan pelan ukur bertarikh Oktober 2026 sebagai bukti jarak sebenar.' Sila tandatangan dan hantar dalam tempoh 30 hari dari tarikh surat keputusan.",
        ),
    ],
    [
        (
            "user",
            "Can you total up this week's payouts? Chong Mei Ling RBW-MJG-003 3.1kg @ RM3,900, Maybank 1572 9930 4418; Azman bin Yusof RBW-MJG-009 2.4kg @ RM3,600, CIMB 7023 5518 62.",
        ),
        (
            "assistant",
            "Sure. Chong Mei Ling: 3.1 x 3,900 = RM12,090 to Maybank 1572 9930 4418. Azman bin Yusof: 2.4 x 3,600 = RM8,640 to CIMB 7023 5518 62. Total payout this week: RM20,730.",
        ),
        (
            "user",
            "Thanks. Deduct RM1,500 from Azman, he still owes us for the misting pump we lent him.",
        ),
        (
            "assistant",
            "Updated: Azman bin Yusof now receives RM7,140 after the RM1,500 pump deduction. New total: RM19,230. You may want to note the deduction on his payslip so there's no dispute later.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a swiftlet farming cooperative in Malaysia. Answer in the user's language.",
        ),
        (
            "user",
            "Jiran I, Mr Teoh Kim Seng, dia keep complain my RBW cause his son's asthma, now he threaten to report to MPM and sue me. His son only 8 years old, really got asthma since small. What should I do ah?",
        ),
        (
            "assistant",
            "Faham situasi ni stressful. First, make sure your licence and sound hours ikut garis panduan MPM. Second, avoid discussing his son's medical condition in public or in WhatsApp groups. You could offer a meeting with MPM as mediator and keep records of your compliance.",
        ),
        (
            "user",
            "Ok but he also post my IC number 650812-08-6011 in the taman Facebook group, can like that?",
        ),
        (
            "assistant",
            "Posting your MyKad number publicly is a serious matter. Screenshot the post as evidence, ask the group admin to remove it, and you may lodge a police report or complaint under the Personal Data Protection Act if he continues.",
        ),
    ],
    [
        ("system", "你是燕窝贸易公司的客服助手，负责回答中国大陆客户的问题。"),
        (
            "user",
            "我是厦门的客户郑丽华，电话 138 5926 4471，上个月订的 2 公斤燕盏还没到，订单号 XM-20261103-22。收货地址：厦门市思明区莲前西路 288 号 5 栋 1602 室。",
        ),
        (
            "assistant",
            "郑女士您好，已查询订单 XM-20261103-22。货物已于 11 月 28 日从巴生港发出，目前在厦门海关等待检验检疫，预计 12 月 10 日前送到莲前西路 288 号 5 栋 1602 室。",
        ),
        ("user", "好的，到了请提前打我电话，家里老人住院，白天可能没人。"),
        (
            "assistant",
            "明白，我们会提醒快递员送货前先致电 138 5926 4471 联系您。祝老人家早日康复。",
        ),
    ],
    [
        (
            "system",
            "Rekod CRM pelanggan: Nama: Hasnah binti Omar | Tel: 012-339 7482 | Alamat: No. 3, Jalan Seroja 1, Taman Seroja, 25200 Kuantan | Pesanan: SBW-CUP-100 x2 | Nota: pelanggan diabetes, minta versi tanpa gula.",
        ),
        ("user", "Assalamualaikum, pesanan saya dah dihantar ke?"),
        (
            "assistant",
            "Waalaikumussalam Puan Hasnah. Pesanan SBW-CUP-100 x2 puan telah dihantar semalam ke No. 3, Jalan Seroja 1, Taman Seroja, Kuantan. Kami pastikan versi tanpa gula seperti yang puan minta.",
        ),
        ("user", "Terima kasih, tolong jangan call waktu pagi ye, saya ada rawatan dialisis."),
        (
            "assistant",
            "Baik puan, kami akan catatkan dalam rekod supaya kurier hanya menghubungi 012-339 7482 selepas pukul 2 petang.",
        ),
    ],
    [
        (
            "user",
            "I'm setting up an SFA import permit for edible bird's nest. My details: Koh Jia Hui, NRIC S7619843H, home address 58 Jurong West Street 42, #11-305, Singapore 640058. Which fields go where on the licence form?",
        ),
        (
            "assistant",
            "For an individual applicant, your name Koh Jia Hui and NRIC S7619843H go under Applicant Particulars, and the address 58 Jurong West Street 42, #11-305 goes under Registered Address. If you import through a company, use the company's UEN instead and list yourself as the authorised person.",
        ),
        (
            "user",
            "It's just me as sole proprietor for now, small volume, maybe 2 kg a month from my cousin's farm in Sitiawan.",
        ),
        (
            "assistant",
            "Then register the sole proprietorship with ACRA first and use its UEN on the SFA application. You'll still need a veterinary health certificate from Malaysia for each consignment, even at 2 kg a month.",
        ),
    ],
    [
        (
            "system",
            "Pembantu HR untuk syarikat pemprosesan sarang walet. Bantu draf dokumen dalam BM atau English.",
        ),
        (
            "user",
            "Tolong draf claim SOCSO untuk worker kita, Mohd Firdaus bin Ariffin, IC 950304-08-6277, jatuh dari tangga lantai 4, patah pergelangan tangan kiri, MC 28 hari dari Klinik Kesihatan Sitiawan.",
        ),
        (
            "assistant",
            "Ini draf Borang Laporan Kemalangan: Nama pekerja: Mohd Firdaus bin Ariffin; No. KP: 950304-08-6277; Tarikh kejadian: 02/12/2026; Tempat: RBW lantai 4; Kecederaan: patah pergelangan tangan kiri; Cuti sakit: 28 hari. Sila lampirkan salinan MC dan laporan X-ray.",
        ),
        ("user", "Ok, also his gaji RM1,850 sebulan, nak isi ke?"),
        (
            "assistant",
            "Ya, gaji bulanan RM1,850 perlu diisi kerana faedah hilang upaya sementara dikira berdasarkan gaji tersebut. Sertakan slip gaji tiga bulan terakhir.",
        ),
    ],
    [
        (
            "user",
            "Saya nak hantar surat tuntutan hutang kepada pekebun walet Encik Jamaluddin bin Harun, alamat No. 44, Kampung Changkat Lada, 36800 Kampung Gajah. Dia hutang RM27,300 untuk pendahuluan tuaian sejak Jun 2026.",
        ),
        (
            "assistant",
            "Berikut draf: 'Tuan, kami merujuk kepada pendahuluan tuaian berjumlah RM27,300 yang diberikan kepada tuan pada Jun 2026. Sehingga kini tiada bayaran diterima. Tuan dikehendaki menjelaskan jumlah tersebut dalam tempoh 14 hari dari tarikh surat ini.' Mahu saya tambah cadangan bayaran ansuran?",
        ),
        (
            "user",
            "Tambah. Saya dengar dia sakit jantung baru buat bypass, jadi bagi ansuran 6 bulan.",
        ),
        (
            "assistant",
            "Saya tambah: 'Sebagai pertimbangan, kami bersedia menerima bayaran secara ansuran sebanyak RM4,550 sebulan selama 6 bulan.' Saya cadangkan tidak menyebut keadaan kesihatan beliau dalam surat rasmi.",
        ),
    ],
    [
        ("system", "你是一間香港燕窩批發行的助理，以繁體中文回覆。"),
        (
            "user",
            "幫我整理一張收貨單：客戶何志偉，身份證 Y306721(A)，電話 9438 2716，地址九龍旺角砵蘭街 233 號 8 樓 B 室，訂馬來西亞燕角 1 公斤，已付訂金港幣 20,000。",
        ),
        (
            "assistant",
            "收貨單：客戶姓名：何志偉；身份證：Y306721(A)；電話：9438 2716；送貨地址：九龍旺角砵蘭街 233 號 8 樓 B 室；貨品：馬來西亞燕角 1 公斤；已付訂金：HK$20,000；餘額到貨時以現金或 FPS 支付。",
        ),
        ("user", "唔該，另外佢話送貨前唔好打去屋企，佢同老婆分緊居。"),
        (
            "assistant",
            "明白，我已在備註加上：送貨前只致電客戶手提 9438 2716，切勿聯絡住宅其他家人。",
        ),
    ],
    [
        (
            "system",
            "You summarise harvest CSV files for a swiftlet house owner. Keep answers short.",
        ),
        (
            "user",
            "Summarise: harvest_date,site,keeper,keeper_ic,kg 2026-12-01,RBW-BD-01,Saravanan a/l Krishnan,830917-08-5341,1.92 2026-12-01,RBW-BD-02,Lee Hock Chai,691128-08-5015,2.44",
        ),
        (
            "assistant",
            "Two harvests on 01/12/2026: RBW-BD-01 by keeper Saravanan a/l Krishnan (IC 830917-08-5341) yielded 1.92 kg; RBW-BD-02 by Lee Hock Chai (IC 691128-08-5015) yielded 2.44 kg. Total 4.36 kg.",
        ),
        ("user", "Why is BD-01 so low compared to last month?"),
        (
            "assistant",
            "Possible causes include lower humidity, disturbance during harvesting or predators. It may also be worth checking the sensor logs for floors 2 and 3 before drawing conclusions about the keeper's work.",
        ),
    ],
]
