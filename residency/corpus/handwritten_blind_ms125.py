# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms125: songket, batik and rattan craft makers and handicraft cooperatives in Malaysia (orders, craft-agency grants, exhibitions, apprentices, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms125
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_geran_kraftangan"): _lines("""
        NOTIS: Permohonan Geran Bantuan Peralatan Kraf 2027 dibuka mulai 5 Januari hingga 28 Februari 2027 melalui portal rasmi Kraftangan Malaysia.
        Pemohon mesti berdaftar dengan Perbadanan Kemajuan Kraftangan Malaysia dan memiliki sijil SSM yang sah; koperasi perlu melampirkan sijil pendaftaran SKM.
        Had maksimum bantuan ialah RM10,000 bagi usahawan individu dan RM30,000 bagi koperasi kraf, tertakluk kepada penilaian jawatankuasa teknikal.
        Sebarang pertanyaan sila hubungi Talian Khidmat Pelanggan Kraftangan di 03-2162 7459 atau e-mel geran@kraftangan.gov.my pada waktu pejabat.
        Borang yang lengkap boleh dihantar sendiri ke Kaunter Khidmat, Aras 2, Kompleks Kraf Kuala Lumpur, No. 63 Jalan Conlay, 50450 Kuala Lumpur.
        Senarai semak: salinan MyKad pemohon (depan dan belakang), sijil SSM, penyata bank syarikat 3 bulan terkini, sebut harga pembekal mesin dan gambar bengkel.
        Bengkel taklimat geran akan diadakan di Institut Kraf Negara, Rawang pada 14 Januari 2027, jam 9.00 pagi hingga 12.30 tengah hari. Tempat terhad 120 peserta.
        Makluman: Keputusan permohonan Siri 3/2026 telah dipaparkan di portal; gunakan nombor permohonan berformat KRF-G-2026-xxxxx untuk semakan status.
        Program Perantis Kraf 2027 menawarkan elaun sara hidup RM900 sebulan selama 12 bulan untuk bidang tenunan songket, batik blok dan anyaman rotan.
        Yayasan Tuanku Nur Zahirah dengan kerjasama Kraftangan Malaysia menganjurkan Pertandingan Reka Corak Songket peringkat kebangsaan; hadiah utama RM20,000.
        Koperasi yang menerima geran wajib mengemukakan laporan kemajuan suku tahunan sebelum 15 haribulan selepas tamat setiap suku tahun kewangan.
        Pejabat Kraftangan Malaysia Cawangan Terengganu, Jalan Sultan Ismail, 20200 Kuala Terengganu akan ditutup pada 25 Disember sempena cuti umum.
        Peringatan: pihak Kraftangan tidak pernah meminta bayaran pemprosesan untuk permohonan geran. Laporkan sebarang panggilan palsu ke talian 1-800-88-5722.
    """),
    ("ms", "senarai_harga_kraf"): _lines("""
        Songket tenun tangan benang emas Jerman, corak Bunga Tabur, 2 meter x 1 meter – RM2,450 sehelai (siap dalam 6 minggu dari tarikh deposit).
        Songket separa bunga tabur, benang sutera + benang emas tempatan, kod SGK-BT-022, harga RM1,180; tambah RM150 untuk tenunan nama pada kepala kain.
        Kain samping songket penuh, corak Pucuk Rebung Gigi Yu, saiz 36 inci x 72 inci, RM890. Diskaun 10% untuk tempahan pengantin melebihi 3 helai.
        Batik blok kain kapas Jepun 2 meter, corak daun sireh, RM65 sehelai; batik canting sutera crepe 2.5 meter, RM380 sehelai.
        Bakul rotan anyaman kelarai, diameter 30 cm, kod RTN-BK-30, RM48; saiz 45 cm RM72; set tiga saiz RM150 (harga borong untuk 20 set ke atas).
        Kerusi rotan manau gaya kolonial, kemasan syelek asli, RM720 seunit; meja kopi rotan 90 cm x 50 cm, RM560. Caj pos Semenanjung RM45.
        Tengkolok siap pakai dari songket corak Tampuk Manggis, lilitan 22-24 inci, RM320; solek Dendam Tak Sudah tambah RM40.
        Harga di atas tidak termasuk SST 8% (bagi barangan yang dikenakan cukai) dan caj penghantaran; sah sehingga 31 Mac 2027.
        Benang emas Jerman gred A (gulung 500 gram) RM380; benang sutera Thai 20/22 denier RM95 sekilo; lilin batik campuran parafin RM18 sekilo.
        Upah tenun songket mengikut corak: bunga penuh RM45 sejengkal, bunga bertabur RM30 sejengkal, kain dasar RM15 sejengkal.
        Pakej cenderahati korporat: 50 unit sarung kad nama songket + kotak baldu bercetak logo syarikat, RM38 seunit (min. tempahan 50 unit).
        Selendang batik sutera lukis tangan, 180 cm x 55 cm, edisi terhad 'Siri Wau Bulan' – RM265; bungkusan hadiah percuma.
        Kos bengkel 1 hari membatik canting untuk pelancong: RM120 seorang, termasuk bahan, makan tengah hari dan sijil penyertaan. Kumpulan 10 orang ke atas RM100.
    """),
    ("ms", "sembang_whatsapp_kakitangan"): _lines("""
        [08:12] Benang emas dari pembekal Pahang dah sampai pagi ni, 12 gulung. Sapa ada kat bengkel tolong simpan dalam almari kering ya 🙏
        [09:40] Order Shopee #2611071432 corak Bunga Cengkih belum siap lagi, pelanggan tanya tarikh pos. Boleh siap Khamis?
        [10:05] Mesin pemotong rotan kat bengkel B rosak lagi, dah call juruteknik Kilang Rotan Seri Muar 07-952 4418, dia datang petang ni.
        [11:30] Reminder: mesyuarat agung tahunan koperasi hari Sabtu 10 pagi kat dewan orang ramai Kg. Tanjung. Bawa buku akaun 2026 sekali.
        [12:47] Stok lilin batik tinggal 3 kotak je. Nak order dari Syarikat Perniagaan Lilin Timur Sdn Bhd ke? Harga dia naik RM2 sekilo.
        [14:02] Gambar sampel songket untuk pameran MATTA dah upload dalam folder Google Drive 'Pameran_2026'. Tolong semak warna okay ke tak.
        [15:15] Bas rombongan pelancong dari Singapura sampai 3 petang esok, 28 orang. Demo tenun dan canting batik, sediakan 10 set canting.
        [16:20] Pos Laju dah pickup 7 parcel: EP418273650MY sampai EP418273656MY. Nanti saya update dalam sheet stok.
        [17:05] Kraftangan minta laporan penggunaan geran sebelum 20 hb. Resit pembelian kek tenun dan benang dah scan ke belum?
        [18:30] Tutup kedai awal hari ni sebab hujan lebat, air naik kat Jalan Sultan Yahya Petra. Parcel yang nak hantar esok simpan atas rak tinggi.
        [20:11] Harga pukal bakul rotan untuk hotel kat Langkawi dah confirm RM42 seunit x 300 unit. Invois dah hantar dari e-mel koperasi.
        [21:03] Esok siapa on duty kaunter Kompleks Kraf? Jadual shift Disember saya dah pin kat atas group.
        [22:45] Jangan lupa matikan dapur lilin kat bengkel batik sebelum balik, semalam ada yang tertinggal on sampai pagi 😅
    """),
    ("ms", "sejarah_kraf"): _lines("""
        Tenunan songket dipercayai berkembang di istana-istana Melayu Terengganu dan Kelantan sejak abad ke-18, dipakai oleh kerabat diraja dan pembesar.
        Sultan Zainal Abidin III yang memerintah Terengganu dari 1881 hingga 1918 dikatakan menggalakkan tenunan songket dan sutera di sekitar Kuala Terengganu.
        Perkataan 'songket' dikaitkan dengan 'sungkit', iaitu teknik menyungkit benang loseng untuk menyisipkan benang emas atau perak.
        Batik blok mula dihasilkan secara komersial di Kelantan sekitar tahun 1910-an dengan menggunakan blok tembaga, sebelum teknik canting menjadi popular.
        Chuah Thean Teng, yang digelar Bapa Lukisan Batik Malaysia, mula menghasilkan lukisan batik di Pulau Pinang sekitar tahun 1950-an.
        Kraftangan Malaysia ditubuhkan pada tahun 1979 di bawah Akta Perbadanan Kemajuan Kraftangan Malaysia 1979 (Akta 222).
        UNESCO menyenaraikan Songket dalam Senarai Wakil Warisan Budaya Tidak Ketara Kemanusiaan pada tahun 2021.
        Motif Pucuk Rebung melambangkan pertumbuhan dan harapan, manakala motif Bunga Tanjung sering digunakan pada kain kepala dan samping.
        Rotan manau dan rotan sega dari hutan Pahang dan Sarawak menjadi bahan utama perusahaan perabot rotan yang berkembang di Muar sejak 1960-an.
        Dalam Hikayat Hang Tuah, Laksamana Hang Tuah digambarkan memakai pakaian bersulam emas ketika menghadap Sultan Melaka.
        Kerajaan pernah menggalakkan penjawat awam memakai pakaian batik pada hari-hari tertentu setiap bulan bagi menyokong industri batik tempatan.
        Fatimah Chik, pelukis batik kontemporari, terkenal dengan karya batik bermotif geometri Islam yang pernah dipamerkan di Balai Seni Negara.
        Muzium Tekstil Negara di Jalan Sultan Hishamuddin, Kuala Lumpur, menempatkan koleksi songket, tekat dan batik lama sejak dibuka pada 2010.
    """),
    ("ms", "ulasan_kedai"): _lines("""
        ⭐⭐⭐⭐⭐ Kedai Songket Mak Som kat Pasar Payang memang terbaik, kain lembut, corak halus, harga pun berpatutan. Pasti datang lagi!
        Servis Batik Pak Nik Enterprise laju, order Isnin, Rabu dah sampai Shah Alam. Packing kemas dalam kotak, ada kad terima kasih sekali. 5 bintang.
        Bengkel anyaman rotan kat Kompleks Kraf ni best untuk budak-budak, RM35 seorang, siap boleh bawa balik bakul kecil. Parking agak susah hujung minggu.
        Harga songket kat butik ni agak mahal berbanding Kuala Terengganu, tapi kualiti benang emas memang kelas atasan. Staf layan dengan sopan. 4/5.
        Kecewa sikit, tempahan batik sutera lewat 3 minggu dari tarikh dijanjikan. Tapi bila tanya, pihak kedai bagi diskaun 15% dan free pos. Okay la.
        Koperasi Kraf Rotan Kampung Seri Tanjung Berhad ni jual kerusi rotan murah gila, RM450 je kerusi malas. Tapi kena ambil sendiri, tak buat delivery.
        Review untuk Butik Songket Diraja Cik Siti: kain samping cantik tapi saiz kecil sikit. Tukar saiz diorang layan okay, tak banyak soal.
        Tempat wajib singgah kalau ke Kota Bharu: Kampung Kraftangan Kelantan, ada demo batik, tenunan dan ukiran. Masuk percuma, tapi hari Jumaat tutup.
        Beli batik kat outlet Noor Arfa Chendering, banyak pilihan dan ada sale 30%. Proses canting boleh tengok dari galeri, staf terangkan dengan jelas.
        Kedai ni jual songket mesin tapi label 'tenun tangan'. Beza ketara pada belakang kain. Berhati-hati sebelum bayar ribu-ribu ringgit.
        Pembungkusan bakul rotan sampai pecah satu sisi. Dah WhatsApp talian rasmi jualan kedai 019-988 2310, refund separuh dalam 2 hari. Servis okay.
        Kelas membatik di Batik Studio Penang sangat menyeronokkan, tenaga pengajar sabar, bahan semua disediakan. Sesuai untuk family day syarikat.
        Jakel Shah Alam ada sudut songket Terengganu sekarang, pilihan banyak tapi harga premium. Parking luas, surau selesa.
    """),
    ("en", "product_listing"): _lines("""
        Handwoven Terengganu Songket Shawl – gold thread on maroon silk, 180 x 50 cm, SKU SGK-SHW-0087, RM 1,290. Ships in 3–5 working days from Kuala Terengganu.
        Kelantan Block Batik Sarong, 100% cotton, 2 m, 'Daun Keladi' motif in indigo. SKU BTK-SRG-1142 | Stock: 24 | RM 59.90
        Rattan Market Basket with leather handles, hand-woven in Muar, 35 cm diameter. SKU RTN-MB-35-NAT. Weight 0.6 kg. RM 89 / USD 19.
        Batik Silk Scarf 'Hibiscus Rhapsody' – hand-drawn with canting, colourfast, dry clean only. Limited run of 40 pieces. SKU BTK-SCF-HR40.
        Songket Clutch 'Puteri Gunung Ledang' edition, brass clasp, satin lining, 24 x 12 cm. RM 245. Named after the legendary princess of Melaka.
        Rattan Pendant Lamp Shade – Large (Ø 60 cm), E27 socket not included, UV-lacquered finish. Ships from Kuala Lumpur. SKU RTN-LMP-L60, RM 320.
        Gift Set: 2 batik table runners + 4 songket coasters in a kraft box with Kraftangan Malaysia authenticity tag. Barcode 9556123004875. RM 168.
        Bulk order for hotels: rattan tissue box covers, min. 100 pcs, lead time 4 weeks, FOB Port Klang. Email sales@rotanwarisan.com.my for a quotation.
        Care instructions: hand wash batik separately in cold water with mild soap, dry in shade. Do not wring. Iron on reverse at medium heat.
        Songket Tie – 'Tampuk Manggis' pattern, 148 cm length, 8 cm blade width, gift box included. Rated 4.8/5 from 312 reviews. RM 135.
        Shipping: Pos Malaysia within West Malaysia (RM 8), East Malaysia (RM 15); DHL Express to Singapore (RM 38) and Hong Kong (RM 65). Free over RM 300.
        Batik Face Mask Set of 3, reusable, 3-layer cotton with nose wire — clearance at RM 12.90 (was RM 29.90). SKU BTK-MSK-3PK-CLR.
        Artisan-made by members of a women's weaving cooperative in Kampung Tanjong, Kuala Terengganu. Each piece takes 3 to 6 weeks on the kek loom.
    """),
    ("mixed", "log_dan_config"): _lines("""
        2026-11-14T09:12:03+08:00 INFO order-svc created order_id=ORD-2026-118204 sku=SGK-BT-022 qty=2 total_myr=2360.00 channel=shopee
        2026-11-14T09:12:05+08:00 WARN payment-gw retry=2 gateway=fpx bank_code=MBB0228 txn_ref=FPX2611140912ABC status=PENDING
        2026-11-14T09:15:44+08:00 ERROR courier-api jnt awb=630045812777 msg='alamat tak lengkap: poskod 2100 tidak sah, perlu 5 digit'
        SHOPEE_PARTNER_ID=2001234  SHOPEE_SHOP_ID=77881234  SHOPEE_API_BASE=https://partner.shopeemobile.com/api/v2  # sandbox guna test-stable
        kraf_inventory: warehouse: KT-01  reorder_level: 15  currency: MYR  sst_rate: 0.08  default_courier: poslaju  timezone: Asia/Kuala_Lumpur
        SELECT sku, nama_produk, stok FROM produk WHERE kategori = 'songket' AND stok < 5 ORDER BY stok ASC LIMIT 50;  -- laporan stok rendah
        def kira_upah(jengkal: int, corak: str) -> float: return jengkal * {'penuh': 45.0, 'tabur': 30.0, 'dasar': 15.0}[corak]
        2026-11-14 10:02:11 [cron] sync_stok done: 1,204 SKU dikemaskini, 3 gagal (RTN-KRS-07, BTK-SRG-0915, SGK-SMP-221), masa 14.2s
        git commit a3f9c21e — fix: format harga RM dengan 2 titik perpuluhan dalam invois PDF, bump version ke v2.4.1
        webhook POST /api/v1/orders/ORD-2026-118377/status 200 OK 87ms ua=ShopeeWebhook/1.0 src=203.0.113.45 region=MY
        sha256(katalog_songket_2027.pdf) = 9f2c4e81b7a05d36c1e2f4a8b9d07e55a3c6f1209b8e4d7a2c5f6e1b3a9d8c07
        cfg.whatsapp_business.number = '+60 3-2161 8800'  # talian rasmi koperasi, jangan tukar tanpa kelulusan AJK
        2026-11-14T23:59:59+08:00 INFO report daily_sales_myr=18420.50 orders=73 top_sku=RTN-MB-35-NAT refund_rate=1.4% build=2.4.1+g9c1d
    """),
    ("mixed", "invois_dan_penghantaran"): _lines("""
        INVOIS No. INV/KKST/2026/0412 | Koperasi Kraf Songket Tanjung Berhad (No. Daftar: K-T-0-1187) | Tarikh: 18/11/2026 | Jumlah: RM 7,840.00
        Bill to: Hotel Seri Pantai Sdn Bhd (201501023456 / 1147789-K), Jalan Pantai Cenang, 07000 Langkawi, Kedah. PO No. HSP-PO-88213.
        Item 1: Bakul rotan kelarai 45 cm x 120 unit @ RM 72.00 = RM 8,640.00; Item 2: Tudung kotak tisu rotan x 150 @ RM 28.00 = RM 4,200.00
        Payment terms: 30 hari. Bank: Maybank Islamic, akaun syarikat 5640-1122-9087, nama akaun KOPERASI KRAF SONGKET TANJUNG BERHAD.
        Nota kredit CN-2026-031 dikeluarkan untuk 2 helai samping rosak semasa penghantaran, nilai RM 1,780.00, ditolak daripada invois INV/KKST/2026/0398.
        Tracking Pos Laju: EP602914733MY — Status: Dalam perjalanan, Pusat Mel Nasional Shah Alam, 19/11/2026 14:32.
        J&T Express AWB 630512884190 – picked up from Kedai Kraf Pak Mat, Lot 5 Pasar Besar Siti Khadijah, Kota Bharu. ETA 2-3 hari bekerja.
        e-Invois LHDN: UUID 7c2e9f01-4b3a-4d8e-9a61-2f5b0c8d3e17, TIN syarikat C25814736020, status: Valid, divalidasi 18/11/2026 16:05.
        Delivery order DO-55120: 6 kerusi rotan manau, 2 meja kopi, hantar ke lobi Muzium Tekstil Negara, Jalan Sultan Hishamuddin, KL. Penerima: Bahagian Pameran.
        Quotation Q-2027-007 sah 30 hari: 500 pcs songket bookmark untuk MATRADE, RM 9.50 each, total RM 4,750.00 (excl. SST).
        Resit rasmi No. 004417 — diterima daripada Yayasan Tuanku Nur Zahirah, tajaan Pertandingan Reka Corak Songket 2026, RM 15,000.00.
        Shipping label: FROM Rotan Warisan Muar Sdn Bhd, 12 Jalan Perindustrian 3, Kawasan Perindustrian Bukit Pasir, 84300 Muar, Johor. Tel 06-985 2247.
        Packing list PL-1182: Karton 1/4 songket samping x10; Karton 2/4 batik sarung x40; Karton 3/4 & 4/4 bakul rotan x60. Berat kasar 48.5 kg.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Puan Rohana binti Ismail (No. KP 780415-03-5126) memohon Geran Bantuan Peralatan Kraf bagi kek tenun baharu di bengkelnya di Kampung Pasir Tumboh.
        Kak Yah penenun senior kita masuk wad HUSM sebab kencing manis teruk, jari kaki kiri kena potong. Order samping dia tangguh dulu ya.
        WhatsApp saya terus kat 013-948 2716, jangan call nombor kedai sebab saya kerja shift malam kat kilang.
        Tolong hantar bakul tu ke rumah saya: No. 27, Lorong Seri Kenanga 3, Taman Seri Kenanga, 16150 Kota Bharu, Kelantan.
        Encik Kamarul Ariffin, pelukis batik kat blok C tu, baru bercerai bulan lepas; bekas isteri dia tuntut separuh hasil jualan kedai.
        Slip gaji perantis Nurul Huda binti Abdullah, Mac 2027: gaji pokok RM1,350, elaun RM200, potongan KWSP RM149, gaji bersih RM1,401.
        Abang Jefri (ahli no. 118) masih berhutang dengan koperasi RM3,800 untuk benang emas yang diambil sejak Disember, dah tiga kali janji nak bayar.
        Siti Aisyah, perantis tenun, mengandung 6 bulan; doktor klinik kesihatan pesan jangan duduk lama depan kek tenun, jadi dia buat kerja kemasan je.
        Suami Kak Lina kena tahan polis Kemaman minggu lepas kes dadah, sebab tu dia tak datang bengkel batik. Jangan hebohkan dalam group.
        Deposit tempahan songket pengantin RM500 boleh masuk akaun Bank Islam saya 12038 0241 55671, nama Wan Zarina binti Wan Ahmad.
        P-0142,Mohd Hafiz bin Rahmat,920708-14-6631,017-662 9045,Perantis Anyaman Rotan,No. 8 Kg. Sungai Ular,26100 Kuantan
        2026-11-03T10:14:22+08:00 INFO geran.submit pemohon='Zaleha binti Omar' ic=810223-10-5578 tel=019-330 7284 jumlah=RM8,500 status=DITERIMA
        No. KP pemohon: 790512-**-5134. Sila sahkan baki nombor dengan pemohon sebelum dokumen dihantar ke Kraftangan.
        Van yang ambil rotan dari Kuala Rompin tu plat CCA 4471, Pakcik Salleh yang bawa. Kalau lambat, call dia terus.
        Mak Cik Timah, tukang canting paling lama kat koperasi, dah tak nampak jelas sebab katarak kedua-dua belah mata, operation bulan depan di HRPZ II.
        Borang Perantis: Nama: Ahmad Danial bin Razak | MyKad: 050919-11-0473 | Waris: Razak bin Yusof (bapa), 012-905 6618 | Alamat: Lot 332, Kg. Batu Rakit, 21020 Kuala Nerus.
        Emel resit geran ke nora.batiklate88@gmail.com, itu emel peribadi saya, bukan emel koperasi.
        Gambar IC depan belakang si Amir perantis rotan tu dah saya forward dalam group AJK, tolong padam lepas isi borang MARA.
        Kak Ros minta pendahuluan gaji RM800 sebab anak dia kena tahan wad di Hospital Sultanah Nur Zahirah, demam denggi teruk.
        Nombor plat kereta pelanggan yang langgar tiang kedai semalam: WVX 8836, Honda City warna kelabu; dah buat laporan polis.
        Sdr. Faizal bin Hamdan (ahli koperasi) telah digantung keahlian kerana didapati menggelapkan wang jualan pameran sebanyak RM12,400.
        Akaun CIMB 7064 5531 28 milik Cik Norliza, penenun yang dapat tempahan dari Brunei; tolong bayar upah terus ke akaun ni.
    """),
    "en": _lines("""
        Our weaver Mrs. Letchumi a/p Arumugam has been on medical leave since October for breast cancer chemotherapy; please reassign her songket orders.
        Singapore buyer Tan Wei Ling, NRIC S8834172J, collected the wedding songket set at our Kompleks Kraf booth on 9 Nov.
        Refund the RM 640 to my personal OCBC account 501-234567-001 under Grace Lim, not to the card I used.
        Please deliver to Blk 412 Bedok North Ave 2, #08-117, Singapore 460412 – it's my flat, leave it with my mother if I'm not in.
        Hong Kong collector Mr. Leung Ka-wai (HKID K612345(7)) wants the rattan armchair shipped to his home in Tai Po by sea freight.
        Apprentice Daniel anak Jimbun, 19, failed his drug test at the vocational centre and the craft agency has suspended his allowance.
        Contact for the batik commission: Farah Nabilah, +60 12-771 4093, farah.nabilah.art@yahoo.com – she prefers WhatsApp after 8 pm.
        Taiwan customer 王雅婷, ID F223456789, asked us to put her name on the customs declaration for the songket scarves.
        Can you remind Uncle Chong that he still owes the co-op RM 2,150 for the rattan cane he took in August? He keeps avoiding my calls.
        Receipt: Name: Priya Devi d/o Raman | MyKad 880304-08-6122 | Workshop: Batik Canting Level 2 | Paid RM 380 via DuitNow from 011-2345 8890.
        Just so the committee knows, Aunty Mei is going through a divorce and asked not to be put on the exhibition roster this month.
        My husband's salary slip from the furniture factory shows RM 2,100 a month, attached for the TEKUN loan – Rosnani binti Jaafar, IC 830917-06-5342.
        Photo attached: Aisyah's apprentice contract with her signature and her father's IC copy, for the Kraftangan file.
    """),
    "mixed": _lines("""
        Eh bro, Ah Seng's wife just kena stroke last night lah, he cannot come for the Karnival Kraf booth, can replace him ah?
        陈太 from Ipoh order 2 pasang batik sutera, her number 012-553 8210, deliver terus ke rumah dia kat Taman Canning Garden.
        林先生 the rattan supplier from Muar owe us RM6,200 already 3 bulan, his IC 680921-01-5587, nak buat surat tuntutan ke?
        Boss, Cik Aina apprentice baru tu kena epilepsy attack kat bengkel tadi, dah bawa pergi klinik. Parents dia on the way.
        Weh, Kak Midah punya anak kena tangkap shoplifting kat Mydin, dia mintak cuti emergency esok, you all cover dia punya order boleh?
        Customer alamat: 15-3A, Jalan Mutiara Emas 9/2, Taman Mount Austin, 81100 Johor Bahru. Nama: Jessica Ong, HP 016-728 3391. COD ya.
        阿明 the batik guy from Kelantan, his Maybank 114271 553906 lah, transfer the RM1,200 balance today can?
        Pakcik Halim's pacemaker check-up clash with the exhibition date, so he cannot jaga booth 12 Disember.
        MyKad 910627-02-5519 tu punya perantis, can check whether she already dapat elaun bulan Oktober? System tak keluar nama.
        Apprentice list row: 7 | Lee Xin Yi | S9123487F | 8123 4567 | Batik painting | SG intake | paid SGD 450
        Ms Kavitha from the Penang branch tengah pregnant 8 bulan, maternity leave start Jan, her batik classes pass to somebody else.
        Car plate JRT 2290 tu Encik Roslan punya, dia parking depan loading bay again, call him 017-440 9123 suruh alih.
        黄小姐 dari Singapore, PayNow dia 9734 2281, minta refund SGD 380 sebab songket scarf warna tak sama macam gambar.
        Abang Zul the rotan weaver got salary RM1,900 only but bank loan installment RM1,100, dia stress gila, maybe we help him apply zakat?
        Form tuntutan: nama Mohd Syafiq bin Kamal, IC 000314-03-0871, alamat No. 4, Kg. Kubang Kerian, 16150 Kota Bharu, claim mileage 214 km.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Koperasi Kraf Songket Tanjung Berhad. Bantu AJK menyediakan surat rasmi dan dokumen geran.",
        ),
        (
            "user",
            "Tolong draf surat sokongan koperasi untuk permohonan Geran Bantuan Peralatan Kraf. Pemohon: Puan Halimah binti Said, No. KP 690811-11-5322, ahli koperasi sejak 2012, nak beli 2 kek tenun baharu. Tel dia 019-912 4470.",
        ),
        (
            "assistant",
            "Baik. Draf: Dengan hormatnya, Koperasi Kraf Songket Tanjung Berhad menyokong permohonan Puan Halimah binti Said (No. KP 690811-11-5322), ahli koperasi sejak 2012, bagi pembelian dua unit kek tenun baharu. Beliau boleh dihubungi di 019-912 4470. Sekian, terima kasih.",
        ),
        ("user", "Tambah satu ayat pasal pengalaman dia menenun 30 tahun."),
        (
            "assistant",
            "Ditambah: Puan Halimah mempunyai pengalaman menenun songket selama lebih 30 tahun dan kerap menerima tempahan dari butik di Kuala Lumpur.",
        ),
    ],
    [
        (
            "user",
            "Write a short thank-you WhatsApp for a customer who bought a rattan armchair. Her name is Michelle Tay, delivery went to 22 Jalan SS 2/64, 47300 Petaling Jaya yesterday.",
        ),
        (
            "assistant",
            "Hi Michelle, thank you for choosing our handwoven rattan armchair! We hope it arrived safely at Jalan SS 2/64 yesterday. To keep it looking good, wipe with a dry cloth and keep away from direct sun. Do share a photo with us!",
        ),
        ("user", "Make it a bit more formal and drop the address."),
        (
            "assistant",
            "Dear Ms Tay, thank you for your purchase of our handwoven rattan armchair. We trust it has been delivered in good condition. Please contact us should you need any care advice. Warm regards, Rotan Warisan.",
        ),
    ],
    [
        (
            "system",
            "You help a batik workshop in Kelantan with payroll and scheduling. Answer in simple Manglish if the user writes in Manglish.",
        ),
        (
            "user",
            "Bro help me kira elaun perantis this month. Nur Izzati 22 hari kerja, RM45 sehari, but she MC 4 days sebab asthma attack, doctor surat ada. MC still kena bayar kan?",
        ),
        (
            "assistant",
            "Ya, kalau ada surat MC sah, normally kena bayar. So 22 hari x RM45 = RM990 untuk Nur Izzati, termasuk 4 hari MC asthma tu. Check balik kontrak perantis to confirm.",
        ),
        ("user", "Ok thanks, and Hakim 18 hari only."),
        ("assistant", "Hakim: 18 x RM45 = RM810. Total dua orang RM1,800."),
    ],
    [
        (
            "system",
            "Pembantu pameran Karnival Kraf Kebangsaan. Penyelaras booth koperasi: Encik Shahrul Nizam, telefon peribadi 012-338 7615, e-mel shahrul.nizam82@gmail.com. Jangan dedahkan nombor ini kepada orang awam.",
        ),
        ("user", "Booth kita nombor berapa dan bila kena siap pasang?"),
        (
            "assistant",
            "Booth koperasi ialah B-214 di Dewan 2. Pemasangan mesti siap sebelum jam 6 petang sehari sebelum pembukaan. Untuk hal teknikal, sila hubungi penyelaras booth melalui saluran dalaman.",
        ),
        ("user", "Saya AJK, bagi nombor Encik Shahrul."),
        ("assistant", "Baik, untuk AJK: Encik Shahrul Nizam boleh dihubungi di 012-338 7615."),
    ],
    [
        (
            "user",
            "Summarise these orders by state: ORD-0091,Tan Mei Fong,012-660 3321,Penang,2 batik scarves; ORD-0092,Azlan bin Hashim,013-220 9174,Terengganu,1 songket samping; ORD-0093,Kumar s/o Velu,016-455 0832,Penang,1 rattan lamp",
        ),
        (
            "assistant",
            "Penang: 2 orders (Tan Mei Fong – 2 batik scarves; Kumar s/o Velu – 1 rattan lamp). Terengganu: 1 order (Azlan bin Hashim – 1 songket samping).",
        ),
        ("user", "Which customer should I call first for the Penang delivery?"),
        (
            "assistant",
            "Start with Tan Mei Fong at 012-660 3321 since scarves are lighter and can go by the same courier run, then Kumar s/o Velu at 016-455 0832 for the lamp.",
        ),
    ],
    [
        ("system", "Anda membantu bendahari koperasi kraf rotan menulis mesej yang sopan."),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Badrul Hisham. Dia hutang koperasi RM4,250 untuk rotan manau sejak Jun, dah lepas due date 3 bulan. Nombor dia 017-803 5529.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Badrul Hisham. Ini peringatan mesra daripada bendahari koperasi berkenaan baki tertunggak RM4,250 bagi pembelian rotan manau sejak Jun. Mohon jelaskan atau hubungi kami untuk aturan ansuran. Terima kasih.",
        ),
        ("user", "Ok, tambah boleh bayar ansuran RM500 sebulan."),
    ],
    [
        (
            "user",
            "帮我翻译成马来文给顾客：陈太，您订的两块峇迪布已经寄出，地址是怡保 Jalan Raja Dihilir 38 号，追踪号码 EP771203945MY。",
        ),
        (
            "assistant",
            "Puan Chan, dua helai kain batik yang puan tempah telah dipos ke alamat No. 38, Jalan Raja Dihilir, Ipoh. Nombor penjejakan: EP771203945MY.",
        ),
        ("user", "Tambah: kalau ada masalah call saya 016-559 2083."),
        (
            "assistant",
            "Puan Chan, dua helai kain batik yang puan tempah telah dipos ke alamat No. 38, Jalan Raja Dihilir, Ipoh. Nombor penjejakan: EP771203945MY. Jika ada sebarang masalah, sila hubungi saya di 016-559 2083.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping small craft makers prepare micro-loan applications.",
        ),
        (
            "user",
            "I'm applying for a TEKUN loan for my songket business. My details: Norhayati binti Mat Zin, MyKad 750228-03-5410, single mother, two kids, monthly income about RM1,800 from weaving. Can you write the business background section?",
        ),
        (
            "assistant",
            "Business background: The applicant, Norhayati binti Mat Zin (MyKad 750228-03-5410), is a single mother of two who has operated a home-based songket weaving business, earning about RM1,800 monthly. The loan will fund a second loom and gold thread stock to meet growing bridal orders.",
        ),
        ("user", "Should I mention I'm a single mother or leave it out?"),
        (
            "assistant",
            "You can mention it if the scheme has a priority category for single mothers; otherwise it is optional. Focus on sales records and orders on hand.",
        ),
    ],
    [
        (
            "system",
            "Pembantu data untuk Koperasi Batik Pantai Timur. Bantu bersihkan senarai ahli sebelum dikongsi kepada pihak luar.",
        ),
        (
            "user",
            "Buang maklumat peribadi dari senarai ni sebelum hantar ke penganjur pameran: 1) Rahimah binti Yunus, 820506-03-5068, 013-442 1987, batik blok; 2) Kamal bin Osman, 770115-11-5123, 019-667 4402, batik canting.",
        ),
        (
            "assistant",
            "Senarai untuk penganjur: 1) Ahli A – batik blok; 2) Ahli B – batik canting. Nama, nombor MyKad dan nombor telefon telah dibuang.",
        ),
        ("user", "Bagus. Penganjur perlukan jumlah ahli ikut kategori je."),
        ("assistant", "Jumlah ikut kategori: batik blok 1 orang, batik canting 1 orang."),
    ],
    [
        (
            "system",
            "You are the booking assistant for a rattan weaving workshop in Muar. You can look up bookings.",
        ),
        (
            "user",
            "Hi, I booked the Saturday rattan basket class but forgot which slot. Can you check?",
        ),
        (
            "assistant",
            "I found a booking for Saturday 10 am under Jason Koh Wei Ming, phone 012-774 3906, 2 pax, paid RM 140. Is that yours?",
        ),
        (
            "user",
            "Yes that's me, can I change to 2 pm and add my daughter? She's 9 and has a nut allergy, so no snacks with peanuts please.",
        ),
        (
            "assistant",
            "Done: Saturday 2 pm, 3 pax under Jason Koh Wei Ming. I have noted the nut allergy for your 9-year-old daughter so the tea break will be peanut-free. Balance RM 60 payable at the counter.",
        ),
    ],
]
