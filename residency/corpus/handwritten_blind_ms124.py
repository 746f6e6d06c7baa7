# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms124: beekeepers, kelulut stingless-bee honey farms and honey sellers in Malaysia (hive rentals, orders, lab tests, halal certificates, farm visits, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms124
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_ladang"): _lines("""
        NOTIS: Ladang Kelulut Bukit Tinggi ditutup untuk lawatan pada 14-16 Mac 2027 kerana kerja pecahan koloni. Tempahan semula melalui WhatsApp rasmi ladang 011-1098 7720.
        Pengunjung diminta tidak mengetuk kotak log kelulut. Sila ikut laluan berpagar dan pakai kasut tertutup. Kanak-kanak bawah 12 tahun mesti diiringi dewasa.
        Waktu operasi kedai madu: Isnin-Sabtu 9.00 pagi-6.00 petang, Jumaat rehat 12.15-2.45 petang. Ahad dan cuti umum dibuka dengan temujanji sahaja.
        Pakej lawatan sekolah RM15 seorang termasuk taklimat 30 minit, rasa 3 jenis madu dan sijil penyertaan. Minimum 20 pelajar, tempah 7 hari lebih awal.
        Alamat ladang: Lot 2217, Jalan Kampung Sungai Lui, 43100 Hulu Langat, Selangor. Parkir bas disediakan di sebelah surau kampung.
        Sewaan kotak kelulut untuk pendebungaan dusun: RM80 sebulan sekotak, deposit RM200 dikembalikan selepas kotak dipulangkan tanpa kerosakan.
        Amaran: madu kelulut asli akan berbuih dan masam sedikit jika disimpan luar peti sejuk. Ini proses penapaian semula jadi, bukan tanda madu rosak.
        Mulai 1 Januari 2027, semua bayaran lawatan melalui DuitNow QR sahaja atas nama Kelulut Emas Agro Sdn. Bhd. (No. Syarikat 202201034561).
        Sijil Halal JAKIM kami sah sehingga 30/06/2028. Status pensijilan boleh disemak sendiri di portal rasmi myehalal.halal.gov.my dengan nama syarikat.
        Kursus asas penternakan kelulut anjuran Jabatan Pertanian Negeri Selangor: 3 hari 2 malam, yuran RM350, tarikh tutup pendaftaran 28 Februari.
        Sila jangan sembur racun serangga dalam radius 500 meter dari rumah lebah. Hubungi pejabat ladang di 03-9021 4476 jika ada kerja sembur di dusun jiran.
        Tandas awam dan tempat wuduk terletak di belakang bangunan pemprosesan. Dilarang membawa makanan ke zon madu untuk elak semut dan lalat buah.
        Cuti Hari Raya Aidilfitri: kedai tutup 29 Mac hingga 3 April 2027. Pesanan online yang dibuat dalam tempoh ini akan dipos mulai 5 April.
    """),
    ("ms", "senarai_harga"): _lines("""
        Madu Kelulut Itama 250g RM38 | 500g RM68 | 1kg RM125. Harga borong 24 botol ke atas: diskaun 12%, kos pos Semenanjung percuma.
        Madu Kelulut Thoracica (hitam) 300ml - RM55. Madu Kelulut Campur Bunga Akasia 300ml - RM42. Stok terhad, siap tapis dan dehidrasi.
        Propolis mentah 100g RM30, propolis cecair 30ml RM45, debunga kelulut (bee bread) 50g RM28. Harga sudah termasuk semua caj, tiada kos tersembunyi.
        Koloni kelulut Heterotrigona itama dalam log asal: RM180-RM250 ikut saiz. Koloni dalam kotak pecahan standard MARDI: RM320 sekotak.
        Kotak kelulut kayu meranti saiz 20x20x30cm: RM45 kosong. Set lengkap dengan bumbung zink dan tiang besi: RM95. Penghantaran Lembah Klang RM30.
        Madu Tualang hutan Kedah 1kg RM160, 500g RM85. Madu Lebah Apis cerana 500g RM48. Semua madu Tualang diuji kelembapan bawah 22% sebelum dibotolkan.
        Pakej hamper Raya: 2 botol madu kelulut 250g + 1 propolis 30ml + bakul rotan, RM139. Tambah kad ucapan bercetak RM3 sekeping.
        Harga ejen: min order 50 botol, RM28 sebotol 250g. Dropship: RM33, tiada stok disimpan. Harga runcit disyorkan RM38 Semenanjung, RM42 Sabah/Sarawak.
        Upah pecah koloni di lokasi pelanggan: RM60 sekotak (Selangor & KL). Luar kawasan tambah RM0.80 sekilometer dikira dari ladang Hulu Langat.
        Servis tuai madu untuk penternak kecil: RM12 sekilogram madu ditapis. Kami bawa mesin sedut vakum dan botol steril sendiri.
        Sewa kotak pendebungaan untuk kebun durian Musang King: 10 kotak minimum, RM75 sekotak sebulan, termasuk pemeriksaan 2 minggu sekali.
        Sabun madu kelulut 100g RM12, lip balm propolis 5g RM15, serum wajah madu 30ml RM59. Beli 3 produk kosmetik, percuma beg kain.
        Ujian makmal madu (kelembapan, HMF, gula): RM280 sesampel melalui kami. Hasil dalam 10 hari bekerja, laporan PDF dihantar ke emel syarikat anda.
    """),
    ("ms", "laporan_ujian_makmal"): _lines("""
        Laporan Ujian No. LT-2027-00418 | Sampel: Madu Kelulut H. itama, Batch KE-0312 | Kelembapan: 28.4% | Had MS 2683:2017: maks 35%. Keputusan: LULUS.
        HMF (hidroksimetilfurfural): 4.2 mg/kg. Had maksimum MS 2683: 30 mg/kg. Kaedah: HPLC-UV, rujukan AOAC 980.23, dua replikat.
        Gula penurun (fruktosa + glukosa): 54.1 g/100g. Sukrosa: 1.2 g/100g. Trehalulosa dikesan 13.6 g/100g, selaras dengan profil madu kelulut asli.
        Keasidan bebas: 118 meq/kg; pH 3.21; kekonduksian elektrik 0.72 mS/cm. Catatan: keasidan tinggi adalah normal bagi madu kelulut.
        Sampel diterima pada 12/02/2027 jam 10:45, suhu semasa penerimaan 24.1°C, bekas kaca 250ml bertutup rapat, meterai keselamatan utuh.
        Ujian sisa antibiotik (kloramfenikol, nitrofuran): TIDAK DIKESAN pada had pengesanan 0.3 µg/kg. Makmal terakreditasi SAMM No. 0921.
        Mikrobiologi: jumlah kiraan plat aerobik <10 cfu/g, yis dan kulat 2.3 x 10^2 cfu/g, E. coli tidak dikesan dalam 1 g sampel.
        Laporan ini hanya merujuk kepada sampel yang diuji. Tidak boleh diterbitkan semula sebahagian tanpa kebenaran bertulis makmal.
        Disahkan oleh: Pengurus Kualiti, Makmal Analisis Makanan, Fakulti Sains dan Teknologi Makanan, Universiti Putra Malaysia. Tarikh laporan: 22/02/2027.
        Ujian pemalsuan isotop karbon C-4 (AOAC 998.12): δ13C madu -25.8‰, δ13C protein -25.6‰. Perbezaan +0.2‰, anggaran gula C-4 0%. Tiada pemalsuan.
        Kod sampel MK-A7 (kelulut hitam G. thoracica, Pahang) gagal kelembapan: 37.9%. Disyorkan dehidrasi pada 35°C selama 48 jam sebelum pembotolan.
        Rujukan sebut harga Q-UPM-27/0193: 5 sampel x RM260 = RM1,300.00. Bayaran ke akaun Bendahari UPM sebelum laporan dikeluarkan.
        Analisis debunga (melisopalinologi): dominan Acacia mangium 46%, Mimosa pudica 18%, Cocos nucifera 11%. Madu dikelaskan multiflora.
    """),
    ("ms", "berita_dan_sejarah"): _lines("""
        Karl von Frisch menerima Hadiah Nobel Fisiologi atau Perubatan 1973 atas kajian tarian lebah madu, dikongsi bersama Konrad Lorenz dan Nikolaas Tinbergen.
        Lorenzo Langstroth mematenkan sarang berbingkai boleh alih pada tahun 1852; konsep ruang lebah yang dicadangkannya masih digunakan penternak Apis hari ini.
        Standard Malaysia MS 2683:2017 untuk madu kelulut diterbitkan oleh Jabatan Standard Malaysia, menetapkan had kelembapan, HMF dan keasidan.
        Menurut kenyataan Jabatan Pertanian, bilangan penternak kelulut berdaftar di Semenanjung meningkat kepada lebih 1,200 orang dalam tempoh lima tahun.
        MARDI yang ditubuhkan pada 1969 membangunkan kotak kelulut piawai dan teknik pecahan koloni yang kini diguna pakai koperasi di Kelantan dan Terengganu.
        Buku Honeybee Democracy karya Thomas D. Seeley diterbitkan oleh Princeton University Press pada 2010 dan sering dirujuk dalam kursus penternakan.
        Surah ke-16 dalam Al-Quran dinamakan An-Nahl (Lebah), dan ayat 68-69 menyebut minuman yang keluar dari perut lebah sebagai penawar bagi manusia.
        Harga madu kelulut di pasaran tempatan jatuh 15% pada suku ketiga 2026 selepas lambakan madu import dilabel semula, menurut persatuan penternak.
        Siri animasi Maya si Lebah, berdasarkan novel Waldemar Bonsels tahun 1912, pernah ditayangkan di televisyen Malaysia dengan alih suara Bahasa Melayu.
        Pokok tualang (Koompassia excelsa) boleh mencapai ketinggian 80 meter dan menjadi tapak sarang utama Apis dorsata di hutan Kedah dan Perak.
        Festival Madu Kelulut Kuala Terengganu 2027 dijangka diadakan di Dataran Shahbandar pada 8-10 Ogos dengan 120 gerai dan pertandingan madu terbaik.
        FAMA memeterai MoU dengan 15 koperasi penternak untuk memasarkan madu berlabel Malaysia's Best di pasar raya besar seluruh negara.
        Winnie the Pooh, watak ciptaan A. A. Milne pada 1926, masih menjadi maskot tidak rasmi pelbagai jenama madu kanak-kanak di Asia Tenggara.
    """),
    ("en", "product_listings"): _lines("""
        [READY STOCK] 100% Pure Kelulut Honey Heterotrigona itama 500g, raw & unheated, MS 2683 lab-tested, halal JAKIM. SKU: KLT-ITM-500. Ships from Kuala Selangor in 24h.
        Madu Kelulut Pak Din Original 250ml glass bottle - sweet-sour taste, harvested March 2027, batch B27-03. Seller rating 4.9/5 from 3,412 buyers.
        Kelulut Propolis Tincture 30ml, alcohol-free, KKM notification no. NOT270312345K. Store in a cool dry place away from direct sunlight.
        Bundle deal: 3 x Madu Tualang Mak Teh 1kg for RM439 (save RM41). Free bubble wrap + fragile sticker. Est. delivery 3-5 days West Malaysia.
        Live Kelulut Colony in Meranti Box (Geniotrigona thoracica), 6-8 months old, with queen. Self-pickup only at our Bentong farm, Jalan Karak Lama KM 5.
        Stingless Bee Honey Gift Set - 2 x 250g jars + wooden dipper, kraft box. Corporate orders of 100+ sets: email sales@kelulutemas.com.my for a quotation.
        Product weight 780g, dimensions 10 x 10 x 18 cm. Shelf life 24 months unopened. Refrigerate after opening. Country of origin: Malaysia.
        Frozen Bee Bread (Pollen) 200g - harvested from Tetrigona apicalis colonies in Sarawak. Keep frozen at -18°C. Shipped in styrofoam with ice pack.
        Authentic Sabah Kelulut Honey by Koperasi Penternak Lebah Ranau Berhad. Listing ID 2398475612, 12.4k sold, 5-star rated, Preferred Seller.
        NEW: Kelulut Honey Stick Sachets 15g x 20, perfect for school lunch boxes. Barcode EAN 9556123456781. Best before 08/2029.
        Vacuum Honey Extractor Pump 12V for stingless bee honey pots, includes 2m food-grade silicone hose. 6-month warranty, model VX-220.
        Please note: kelulut honey naturally ferments and may fizz when opened. This is not a defect and is not grounds for return under our store policy.
        Uncle Lim's Honey Farm Cameron Highlands - Raw Wildflower Honey 340g, HKD 128 / SGD 22 shipped to Hong Kong and Singapore, MOQ 2 jars.
    """),
    ("en", "config_and_logs"): _lines("""
        2027-03-14T08:12:45+08:00 INFO hive-monitor[2214]: box_id=KLT-B-017 temp_c=31.4 humidity=78% weight_kg=4.82 status=OK
        2027-03-14T08:15:02+08:00 WARN hive-monitor[2214]: box_id=KLT-B-031 weight drop 0.6kg in 2h, possible absconding or ant attack
        order_id,sku,qty,unit_price_myr,ship_state,courier,tracking_no,payment_method,created_at
        ORD-270314-0087,KLT-ITM-250,6,38.00,Selangor,J&T,JT6302188814572,FPX,2027-03-14 09:41:07
        lab_api: { base_url: "https://lims.example.my/api/v2", api_key: "${LAB_API_KEY}", retry: 3, timeout_s: 20 }
        def grade_honey(moisture: float, hmf: float) -> str: return "A" if moisture <= 30 and hmf <= 20 else "B" if moisture <= 35 else "REJECT"
        commit 9f3c2a7e: fix(invoice): round SST to 2 decimals for halal cert fee line items; bump version to 2.4.1
        sha256(batch_KE-0312.pdf) = 4b7e1f0c9a2d83e5b6f14c07a9e8d2316b5f0ae71c3d94e2a8b6f05d17c3e9a2
        [cron] 02:00 backup ok: db=honeyshop size=184MB dest=s3://kelulut-backup/2027/03/14/ duration=41s
        ERROR payment-gw: DuitNow QR callback signature mismatch for txn TXN27031400912, merchant MID 500012345678, retry 2/5
        halal_cert: { issuer: "JAKIM", scheme: "Produk Makanan dan Minuman", expires: "2028-06-30", reminder_days: [90, 30, 7] }
        SELECT sku, SUM(qty) AS sold FROM order_items WHERE created_at >= '2027-03-01' GROUP BY sku ORDER BY sold DESC LIMIT 10;
        POST /api/v1/hive-rentals 201 Created 142ms rental_id=HR-2027-0412 boxes=10 orchard_zone=RAUB-D2 start=2027-04-01
    """),
    ("mixed", "group_chat_staff"): _lines("""
        [14/03/27 08:05] Boss: Morning semua, hari ni tuai madu blok C dulu ya, box 21 sampai 40. Bawa botol steril extra, semalam tak cukup.
        [14/03/27 08:11] Packing team: Noted boss. Stok label 250g tinggal 300 pcs je, kena order dengan printer Seri Kembangan before Friday.
        Guys, courier J&T pickup pukul 3pm today, semua parcel Shopee kena siap seal by 2.30. Jangan lupa tampal fragile sticker ok.
        Box KLT-B-031 kena serang semut lagi, I dah letak minyak gris kat tiang. Esok check balik, kalau koloni lari kita rekod dalam sheet.
        FYI lab UPM dah email report batch KE-0312, semua lulus. Saya dah upload PDF dalam Google Drive folder "Lab 2027". Jangan share luar ya.
        Reminder: audit halal JAKIM datang Selasa 10am. Tolong cuci area processing, buang semua kotak lama, pastikan log suhu peti sejuk updated.
        Client dusun durian Raub nak tambah 10 box for pollination next month. Sewa RM75 per box, confirm stock koloni cukup tak?
        Aircond bilik dehydrator rosak lagi lah, suhu naik 38°C. Saya dah call company servis aircond, technician datang after lunch.
        Tolong update price list kat Lazada, madu kelulut 500g naik RM68 to RM72 start 1 April. Shopee pun sama, don't forget voucher setting.
        Sapa ambik kunci stor propolis? Pagi tadi tak jumpa kat rak biasa. Nanti letak balik kat hook tepi pintu office ok.
        Tadi ada customer walk-in tanya pasal madu Tualang, kita tak ada stok. I suruh follow IG kita @kelulutemas.official untuk restock update.
        Gaji & OT bulan Mac akan masuk 7 April sebab cuti Raya. Slip gaji boleh tengok dalam app HR macam biasa, any issue email hr@kelulutemas.com.my.
        Team, minggu depan ada rombongan sekolah 45 orang, Rabu 9am. Perlu 3 orang jadi guide, volunteer please reply dalam group ni.
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        ★★★★★ Madu kelulut Ladang Pak Long memang padu, masam manis cukup rasa. Packaging kemas, sampai 2 hari je ke Penang. Will repeat order!
        ★★☆☆☆ Botol sampai bocor, madu melekit satu kotak. Seller reply fast and offered refund, but courier handling memang teruk.
        Visited Kelulut Emas farm at Hulu Langat, guide explain very detail pasal koloni dan ratu lebah. Tiket RM15 worth it, budak-budak enjoy.
        Rasa madu kali ni lain sikit, lebih cair dan kurang masam. Harap seller check batch. Overall still okay for the price lah. 3 bintang.
        Kedai Madu Haji Salleh dekat Pasar Siti Khadijah Kota Bharu ni dah lama buka, harga reasonable and boleh rasa dulu sebelum beli.
        Jangan beli dari seller yang jual 1kg RM40, confirm campur gula. Cari yang ada lab report MS 2683 dan sijil halal JAKIM, baru selamat.
        ★★★★☆ Propolis cecair dia memang berkesan, tapi dropper bottle tu murah, cepat retak. Hope seller can upgrade the packaging.
        Servis sewa box kelulut untuk kebun rambutan sangat membantu, buah jadi lebat. Response team dalam WhatsApp pun laju. Recommended.
        Cafe Bee Happy Ipoh serve kelulut honey latte, RM14.90. Sedap tapi manis sikit, next time minta less honey. Parking susah weekend.
        Bought the honey at MAEPS Serdang expo booth no. B-112. Harga expo lagi murah RM10 dari online. Staff friendly and explain clearly.
        ★☆☆☆☆ Order no. 2403170089 dah 2 minggu tak sampai, tracking stuck kat hub Shah Alam. Chat seller tak reply. Very disappointed.
        Honestly best kelulut honey I've tried in KL. Kedai dia kat Jalan Tuanku Abdul Rahman, near Sogo, senang jumpa. Open till 9pm.
        Tour ladang lebah Sg. Buloh ni sesuai untuk team building. Ada aktiviti rasa madu, buat lilin lebah, and lunch nasi ayam. Rate 4.5/5.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Zulkifli bin Hamdan, No. KP 780512-03-5417, tempah 20 kotak kelulut untuk dusun di Lot 88, Kampung Gual Periok, Rantau Panjang.
        Tolong pos 6 botol madu ke Puan Rohana Abd Latif, No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Tel 013-662 4018.
        Pak Mat yang jaga box kita kat Jeli tu baru keluar hospital, kena strok ringan minggu lepas. Anak dia minta tangguh tuai madu bulan ni.
        Kak Yati (Noriyati Samsudin) masih berhutang RM2,350 untuk 40 botol madu konsainan sejak Oktober. Dah 3 kali WhatsApp tak balas.
        Bayaran sewa kotak sila masuk ke akaun Maybank 1622 0458 9931 atas nama Mohd Faizal bin Ismail, bukan akaun syarikat ya.
        Borang lawatan: Nama: Siti Aisyah binti Kamarudin | No. KP: 950923-11-6024 | Sekolah: SK Seri Gombak | Alergi: sengatan lebah (anafilaksis)
        Pemandu lori hantar koloni: Hairul Nizam, plat kenderaan BKT 7294, no. telefon 019-334 8102. Sampai ladang anggaran 4 petang.
        Saudara Amirul ditahan polis semalam di Temerloh kerana didakwa mencuri 15 kotak kelulut dari ladang jiran. Keluarga dia minta kita tarik balik laporan.
        Puan Halimah, isteri pekebun durian di Raub, sedang hamil 7 bulan dan minta penghantaran kotak ditangguh sampai selepas bersalin.
        Ahli koperasi baru: Rosli bin Daud, KP 660207-06-5183, alamat Kampung Batu Talam, 27600 Raub, Pahang. Saham RM500 dibayar tunai.
        Nombor telefon Abang Jai yang ambil madu borong tu 012-907 5531, dia minta call lepas Zohor sebab pagi dia menoreh.
        Cik Nurul Huda minta resit dihantar ke nurulhuda.kelulut88@gmail.com, tapi emel tu emel peribadi, jangan masukkan dalam mailing list.
        Penternak Encik Azman Yusof bercerai dengan isterinya bulan lepas, jadi tanah tempat letak 60 kotak kelulut sekarang dalam pertikaian di mahkamah syariah.
        Gaji pembantu ladang Faridah binti Osman dinaikkan ke RM1,900 sebulan mulai Mei, termasuk elaun minyak RM150.
        Hantar keputusan ujian darah dan alergi Encik Kamal ke klinik panel, dia disengat lebih 30 kali semasa tuai madu Tualang di Sik.
        Akaun CIMB 7063 2281 44, Nor Azlina binti Hashim — refund RM136 untuk 2 botol pecah dalam pos.
        Alamat rumah Cikgu Salmah untuk hantar hamper Raya: No. 7, Lorong Kenanga 2, Taman Desa Jaya, 08000 Sungai Petani, Kedah.
        880417-14-5562 — tolong semak nombor KP ni dalam sistem koperasi, dia kata dah jadi ahli sejak 2019 tapi nama tak keluar.
        Tuan tanah dusun, Haji Ramli Che Ros, minta bayaran sewa tapak lebah dipindah ke akaun Bank Islam 1201 6010 2247 93 mulai bulan depan.
        Pak Su Leman menghidap kencing manis tahap teruk, doktor larang dia makan madu, jadi dia jual semua 25 koloni kelulut dia kepada kita.
        Tempahan no. 0488 — penerima: Mohd Hafiz, 017-228 9163, Blok C-12-5, PPR Lembah Subang, 47301 Petaling Jaya. Bayar COD.
        Aduan Puan Jamilah (jiran ladang, rumah No. 3 Kampung Sungai Lui): anaknya Danial, 6 tahun, disengat dan bengkak muka, dirawat di Klinik Kesihatan Hulu Langat.
    """),
    "en": _lines("""
        Hive rental agreement: Lessee Tan Wei Liang, NRIC S8823145J, 9 Jalan Kembangan, Singapore 419123, 5 kelulut boxes for rooftop garden, deposit SGD 300.
        Please ship to Mrs. Chong Mei Ling, 21 Jalan SS 2/55, 47300 Petaling Jaya. Phone +60 12-381 4402. She paid via DuitNow, ref 88231045.
        The owner of the Bentong durian orchard, Mr. Lee Kok Hwa, told us he is 8 months behind on his bank loan and may have to sell the land.
        Customer Rajesh Kumar a/l Subramaniam (MyKad 820619-10-5673) claims the honey caused an allergic reaction; he was admitted to Hospital Klang on 2 March.
        Invoice INV-2027-0412 billed to Sarah Lim, sarah.lim.bees@yahoo.com, Flat 12B, Block 3, Laguna City, Kwun Tong, Hong Kong. HKID Y482913(5).
        Farm visit waiver signed by Daniel Ong Jun Hao, DOB 14/08/1991, emergency contact: wife Grace Ong, +65 9123 4570.
        Our former packer Kavitha was dismissed for taking 12 jars home; she is now suing us at the Industrial Court for unfair dismissal.
        The delivery driver's car is a grey Perodua Axia, plate VBD 3318; he'll call you from 011-2765 0913 when he reaches the gate.
        Wholesale buyer in Macau, Mr. Ho Ka Fai, WhatsApp +853 6628 1940, wants 200 jars monthly and asks us to pay rebates into his personal BOC account.
        Aisha's blood sugar after a month on kelulut honey: fasting 7.8 mmol/L, HbA1c 8.1%. She asked us not to post this as a testimonial.
        Photo IMG_4471.jpg shows Uncle Ravi holding the colony box outside his house at No. 52 Jalan Melor, Taman Klang Jaya, with his grandson.
        Course participant Nicholas Yeo still owes the remaining SGD 450 fee and has not replied since his divorce hearing last month.
        name,ic_no,phone,boxes_rented,monthly_fee | Goh Siew Peng,710304-08-5296,016-552 7810,8,RM600
    """),
    "mixed": _lines("""
        Eh bro, customer Ah Keong tu nombor dia 012-618 3377, dia nak 30 bottles madu before CNY, cash on delivery kat rumah dia Kepong.
        Auntie Lily (林丽华) kata her husband baru kena kanser usus, nak madu kelulut untuk dia lepas chemo, can we give discount?
        陈先生 from JB order 10 kotak, alamat 23, Jalan Harimau Tarum, Taman Century, 80250 Johor Bahru. Call his HP 017-745 0982 only after 6pm.
        Tolong check lah, Mr. Wong dari Ipoh transfer RM1,200 tapi masuk salah account, his Public Bank acc no. 6402118305. Need to refund him.
        林太 from Hong Kong WhatsApp +852 9417 2286 nak 12 jars kelulut, ship to her flat in Tai Koo Shing. Payment via FPS ok.
        Ah Meng (阿明) the part-time packer kena tangkap for drunk driving last night, so tak dapat datang kerja sampai court case settle.
        Taiwan 客人 張雅婷 身分證 F228374651, 地址 台中市西屯區福科路 88 號 5 樓, order 6 瓶 madu kelulut via 蝦皮. Pls pos by EMS.
        Kak Ros punya anak kena denggi, masuk wad HTAR Klang, so dia MC seminggu. Packing kena cover by others ya.
        Supplier koloni dari Sarawak, Encik Jugah anak Empawi, IC 690715-13-5427, want payment to his RHB acc 2120 4400 1837 56 by Friday.
        Customer complaint: after makan madu dia cirit-birit 2 hari. Name: Lim Boon Huat, order #SP2703118842, tel 014-339 6120.
        Mei Fen the intern cakap dia pregnant, doctor suruh avoid sengatan dan asap smoker, so pindah dia ke office work ok.
        Singapore customer Ms. Priya Nair, FIN G6128473N, Blk 412 Bedok North Ave 2 #08-117, order 4 jars via Carousell.
        Abang Din yang hantar madu Tualang tu, car plate dia WVK 6621, if guard tanya bagi masuk je.
        Pakcik Osman hutang along RM4k, so dia nak jual madu murah untuk cepat dapat duit, tolong jangan sebar dalam group ok.
        Lab form: Sample owner Mr. Tey Chee Keong, 12 Lorong Bunga Raya, 34000 Taiping; email teyck.apiary@hotmail.com; batch TCK-05.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pesanan untuk kedai Madu Kelulut Emas. Sahkan pesanan dengan sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak order 3 botol madu kelulut 500g. Nama Noraini binti Yahya, alamat No. 19, Jalan Cempaka 4, Taman Melati, 53100 Kuala Lumpur. Tel 011-3382 7745.",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Noraini. Pesanan 3 botol madu kelulut 500g (RM204) akan dihantar ke No. 19, Jalan Cempaka 4, Taman Melati, 53100 Kuala Lumpur. Kami akan hubungi 011-3382 7745 jika ada masalah penghantaran.",
        ),
        ("user", "Terima kasih. Boleh pos hari ni?"),
        (
            "assistant",
            "Boleh, pesanan yang disahkan sebelum 2 petang akan dipos hari yang sama melalui J&T.",
        ),
    ],
    [
        (
            "user",
            "Can you draft a short hive rental agreement? Lessee is Mr. Kelvin Teo Boon Kiat, NRIC S7934512H, address 38 Jalan Bunga Rampai, Singapore 538401. 4 kelulut boxes, SGD 120 per month.",
        ),
        (
            "assistant",
            "Sure. HIVE RENTAL AGREEMENT. Lessor: Kelulut Emas Agro Sdn. Bhd. Lessee: Kelvin Teo Boon Kiat (NRIC S7934512H), 38 Jalan Bunga Rampai, Singapore 538401. Item: 4 kelulut boxes. Fee: SGD 120 per month, payable by the 5th.",
        ),
        ("user", "Add a clause that we are not liable if anyone is stung."),
        (
            "assistant",
            "Added: The Lessee accepts that stingless bees may bite and releases the Lessor from liability for minor injuries, save for the Lessor's negligence.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp sopan tapi tegas, nak tuntut hutang. Abang Rizal Hakimi ambil 60 botol madu dari saya Januari, hutang RM1,800 belum bayar. No dia 016-224 9087.",
        ),
        (
            "assistant",
            "Assalamualaikum Abang Rizal. Saya nak ingatkan baki RM1,800 untuk 60 botol madu yang diambil pada bulan Januari. Boleh abang jelaskan sebelum 15 haribulan ni? Kalau ada masalah, kita boleh bincang ansuran. Terima kasih.",
        ),
        ("user", "ok tapi make it more firm lah, dia dah ignore 2 bulan"),
        (
            "assistant",
            "Abang Rizal, ini peringatan terakhir untuk hutang RM1,800. Jika tiada bayaran atau jawapan sebelum 15 haribulan, saya terpaksa failkan tuntutan di Tribunal Tuntutan Pengguna.",
        ),
    ],
    [
        (
            "system",
            "Rekod CRM pelanggan: Nama: Tuan Haji Ismail bin Mokhtar | Tel: 019-551 2043 | Alamat: Lot 412, Kampung Padang Luas, 06000 Jitra, Kedah | Status: pelanggan borong, had kredit RM3,000, tertunggak RM2,760.",
        ),
        ("user", "Pelanggan ni boleh ambil stok lagi 20 botol tak minggu ni?"),
        (
            "assistant",
            "Baki tertunggak Tuan Haji Ismail ialah RM2,760 daripada had kredit RM3,000. Tambahan 20 botol pada harga borong RM28 (RM560) akan melebihi had. Cadangan: minta bayaran separa dahulu.",
        ),
        ("user", "ok, saya call dia sekarang"),
    ],
    [
        (
            "user",
            "My father, Mr. Yap Chee Seng, 68, has type 2 diabetes and his last HbA1c was 9.2%. He wants to take a spoon of kelulut honey every morning. Is that safe?",
        ),
        (
            "assistant",
            "Kelulut honey is still mostly sugar, so with an HbA1c of 9.2% your father should check with his doctor first. If allowed, keep it to a small amount with a meal and monitor his glucose.",
        ),
        (
            "user",
            "His doctor at Hospital Seberang Jaya said maybe 1 teaspoon only. Which product is lowest sugar?",
        ),
        (
            "assistant",
            "Kelulut honey contains trehalulose, which has a lower glycaemic index than regular sugars, but it is not sugar-free. Stick to the teaspoon his doctor allowed and choose a lab-tested product.",
        ),
    ],
    [
        ("system", "Anda membantu usahawan kecil mengisi permohonan sijil halal JAKIM."),
        (
            "user",
            "Saya Norhayati binti Abdul Rahman, MyKad 830226-02-5438, pemilik tunggal NH Kelulut Enterprise (SSM 202303118842), alamat premis sama dengan rumah saya: No. 5, Kampung Titi Gajah, 06550 Alor Setar. Apa dokumen perlu?",
        ),
        (
            "assistant",
            "Puan Norhayati perlu sediakan salinan MyKad, sijil pendaftaran SSM, pelan lantai premis, senarai bahan mentah, laporan ujian makmal dan sijil kursus kesedaran halal. Oleh kerana premis di rumah, zon pemprosesan perlu diasingkan daripada dapur keluarga.",
        ),
        ("user", "Kursus halal tu boleh online?"),
        (
            "assistant",
            "Boleh, terdapat kursus kesedaran halal dalam talian yang diiktiraf. Simpan sijilnya untuk dimuat naik bersama permohonan di portal MYeHALAL.",
        ),
    ],
    [
        (
            "user",
            "Summarise this WhatsApp group for me: [09:02] Boss: sapa free hantar madu ke Klang? [09:05] Syafiq: me, tapi kereta saya WXE 2231 tayar bocor [09:07] Boss: guna van company [09:10] Syafiq: ok, customer Madam Leong 012-883 6105 kan?",
        ),
        (
            "assistant",
            "Summary: Boss asked who can deliver honey to Klang. Syafiq volunteered but his car (WXE 2231) has a flat tyre, so he will use the company van. The delivery is for customer Madam Leong (012-883 6105).",
        ),
        ("user", "thanks, now translate to BM"),
        (
            "assistant",
            "Ringkasan: Boss tanya siapa boleh hantar madu ke Klang. Syafiq sanggup tapi tayar keretanya (WXE 2231) bocor, jadi dia guna van syarikat. Penghantaran untuk pelanggan Madam Leong (012-883 6105).",
        ),
    ],
    [
        (
            "user",
            "Convert this to a clean CSV with header name,phone,boxes: Chandran 012 440 9921 5 boxes; Wan Noor Azura 0133817264 3 boxes; Ah Huat 019-7762014 10 boxes",
        ),
        (
            "assistant",
            "name,phone,boxes | Chandran,012-440 9921,5 | Wan Noor Azura,013-381 7264,3 | Ah Huat,019-776 2014,10",
        ),
        ("user", "Great. Total boxes?"),
        ("assistant", "Total boxes: 18."),
    ],
    [
        (
            "system",
            "Anda pembantu tempahan lawatan Ladang Kelulut Bukit Tinggi. Harga RM15 seorang, minimum 20 pelajar.",
        ),
        (
            "user",
            "Saya Cikgu Farhana dari SK Taman Ehsan, nak bawa 32 murid hari Rabu 21 April. Seorang murid, Adam Haikal, ada alergi teruk sengatan lebah dan bawa EpiPen. No saya 012-770 4138.",
        ),
        (
            "assistant",
            "Terima kasih Cikgu Farhana. Tempahan 32 murid pada Rabu 21 April berjumlah RM480. Untuk Adam Haikal, kami akan tempatkan dia di zon tontonan berkaca dan maklumkan pemandu kami tentang EpiPen. Pengesahan akan dihantar ke 012-770 4138.",
        ),
        ("user", "Ada tempat makan tak?"),
        (
            "assistant",
            "Ada dewan makan berbumbung untuk 50 orang di sebelah bangunan pemprosesan. Makanan luar dibenarkan di dewan sahaja.",
        ),
    ],
    [
        (
            "user",
            "Hi, I run honey shop in Mong Kok. One customer 黃嘉欣 Wong Ka Yan, HKID R284613(7), say our kelulut honey give her stomach pain, want refund HKD 560. Her phone 6193 5520. How to reply?",
        ),
        (
            "assistant",
            "You could reply: Dear Ms. Wong, we are sorry to hear about your stomach pain. Kelulut honey is naturally sour and may ferment. Please send us a photo of the jar and batch number; we will arrange a refund of HKD 560 once verified.",
        ),
        ("user", "Must I keep her HKID copy?"),
        (
            "assistant",
            "No. A refund does not need her HKID. Under Hong Kong's Personal Data (Privacy) Ordinance you should not collect more than necessary, so delete the copy and keep only the order record.",
        ),
    ],
]
