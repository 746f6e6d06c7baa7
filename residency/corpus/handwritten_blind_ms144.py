# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms144: ladang durian dan dusun buah-buahan di Malaysia (tempahan durian, pekerja ladang, sewa dusun, pencuri buah, pelancong, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms144
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_ladang"): _lines("""
        NOTIS: Dusun ditutup kepada pelawat pada 14-15 Jun 2026 kerana kerja semburan racun kulat. Tempahan sedia ada akan dipindahkan secara automatik ke 21 Jun.
        AMARAN: Kawasan ini dipantau CCTV 24 jam. Sesiapa yang didapati mencuri durian akan diserahkan kepada IPD Raub, Jalan Lipis, 27600 Raub. Talian balai: 09-355 2222.
        Pelawat dilarang memanjat pokok atau menggoncang dahan. Durian hanya dikutip selepas gugur sendiri. Sila pakai topi keledar yang disediakan di pondok pengawal.
        Waktu operasi musim durian: Isnin-Jumaat 8 pagi - 6 petang, Sabtu & Ahad 7 pagi - 7 petang. Parkir bas pelancong di Lot 2, kapasiti 6 bas.
        Kepada pemilik kenderaan yang meletak kereta di hadapan pintu pagar utama pada pagi Ahad: sila alihkan segera, laluan perlu dibuka untuk lori kutipan FAMA.
        Hebahan: Sesi lawatan sekolah dan tadika dibuka mulai 1 Julai. Tempahan melalui e-mel lawatan@dusunbukitkota.com.my atau talian pejabat 09-266 4180 (waktu pejabat sahaja).
        Pokok durian bertanda cat merah di Blok C (pokok no. C-041 hingga C-067) adalah pokok sewaan. Hasil pokok ini bukan untuk jualan di gerai.
        Jabatan Pertanian Negeri Pahang akan menjalankan bancian pokok durian berdaftar pada 3 Mac 2026. Pengusaha diminta menyediakan salinan sijil MyGAP dan pelan lot.
        Makluman cuaca: MetMalaysia mengeluarkan amaran ribut petir di Bentong dan Raub petang ini. Semua pelawat dinasihatkan meninggalkan kawasan dusun sebelum jam 3 petang.
        Peraturan homestay: Daftar masuk 3 ptg, daftar keluar 12 tghr. Dilarang membawa durian ke dalam bilik. Caj pembersihan RM150 dikenakan jika bau durian dikesan.
        Tabung derma pembinaan surau dusun: Maybank 5621 8800 4417 atas nama Persatuan Pengusaha Dusun Sungai Ruan. Resit rasmi boleh diminta di kaunter.
        Gerai Durian Pak Mat Bentong berpindah ke Lot 12, Jalan Tras, 28700 Bentong mulai 1 Jun. Nombor WhatsApp kedai kekal 013-962 5104 untuk tempahan.
        Kenderaan berat melebihi 3 tan dilarang memasuki jalan ladang selepas hujan lebat. Had laju dalam kawasan dusun ialah 15 km/j, hon sebelum selekoh Blok D.
    """),
    ("ms", "senarai_harga"): _lines("""
        Harga hari ini (7 Jun): Musang King D197 gred A RM58/kg, gred B RM45/kg, Black Thorn D200 RM75/kg, Udang Merah D175 RM38/kg, D24 RM28/kg.
        Pakej Makan Durian Sepuas Hati (bufet) RM88 seorang dewasa, RM45 kanak-kanak 6-12 tahun, percuma bawah 6 tahun. Termasuk air kelapa dan manggis.
        Durian Kampung campur: 3 biji RM20. Durian Tekka RM30/kg. Durian Hor Lor RM32/kg. Harga boleh berubah ikut hasil tuaian harian.
        Isi durian Musang King beku, kotak vakum 400g: RM69. Kotak 1kg: RM158. Pos Laju ke Semenanjung RM15, ke Sabah/Sarawak RM28 (bekas ais termasuk).
        Sewa pokok durian semusim: pokok D24 umur 15+ tahun RM900/pokok, pokok Musang King umur 20+ tahun RM2,800/pokok, deposit 30% semasa tandatangan perjanjian.
        Harga borong untuk peraih (minimum 200kg): MK gred A RM42/kg, gred B RM33/kg, D24 RM18/kg. Bayaran tunai atau DuitNow ke akaun syarikat sebelum muat naik lori.
        Senarai harga buah lain: Manggis RM12/kg, Rambutan Anak Sekolah RM8/kg, Dokong RM15/kg, Cempedak RM10/biji, Pulasan RM14/kg, Salak RM16/kg.
        Tempoyak buatan dusun, balang 500g RM18, balang 1kg RM32. Dodol durian 250g RM12. Pengat durian secawan RM6. Harga tidak termasuk caj penghantaran.
        Tiket masuk dusun (tanpa makan): dewasa RM10, warga emas RM5, pelajar dengan kad matrik RM5. Parkir kereta RM3, van RM10, bas RM30.
        Kod SKU: DBK-MK-A-1KG RM58.00 | DBK-BT-A-1KG RM75.00 | DBK-D24-1KG RM28.00 | DBK-TMP-500 RM18.00 | DBK-MGS-1KG RM12.00
        Harga eksport ke Singapura (FOB Johor Bahru): isi MK beku SGD 28/400g, durian biji beku keseluruhan SGD 19/kg. MOQ 1 palet (480kg).
        Promosi hujung musim: beli 2kg Musang King percuma 1 kotak pulut durian. Sah sehingga 31 Ogos 2026 atau selagi stok ada. Kod promo: HUJUNGMUSIM26.
        Caj kupas dan bungkus: RM3 sebiji untuk durian dibawa pulang. Kotak polistirena dengan ais RM8. Pembungkusan vakum untuk penerbangan RM12/kotak.
    """),
    ("ms", "soalan_lazim_pelancong"): _lines("""
        S: Bolehkah saya bawa durian naik kapal terbang? J: Sila semak dengan syarikat penerbangan anda; kebanyakannya tidak membenarkan durian segar dalam kabin.
        S: Bila musim durian di Raub? J: Musim utama biasanya Jun hingga Ogos, dengan musim kecil sekitar Disember hingga Januari, bergantung kepada cuaca.
        S: Bagaimana nak bezakan Musang King tulen? J: Perhatikan corak bintang lima di pangkal buah, duri berbentuk piramid dan isi kuning keemasan yang pekat.
        S: Adakah dusun mesra OKU? J: Laluan utama dari tempat letak kereta ke pondok makan berturap dan boleh dilalui kerusi roda. Tandas OKU ada di Blok A.
        S: Boleh bayar guna kad? J: Boleh. Kami terima Visa, Mastercard, DuitNow QR, Touch 'n Go eWallet, Alipay+ dan WeChat Pay untuk pelancong dari China.
        S: Berapa lama isi durian tahan dalam peti sejuk? J: Isi segar dalam bekas kedap udara tahan 2-3 hari pada 4°C. Dalam peti beku -18°C boleh tahan sehingga 6 bulan.
        S: Ada pakej dari Kuala Lumpur? J: Ada. Van bertolak dari Stesen LRT Gombak jam 8 pagi setiap Sabtu, pulang jam 5 petang. Tempah sekurang-kurangnya 3 hari awal.
        S: Bolehkah saya membatalkan tempahan? J: Pembatalan 7 hari sebelum tarikh lawatan dapat bayaran balik penuh. Kurang 7 hari, deposit RM50 tidak dikembalikan.
        S: Adakah durian selamat untuk pesakit kencing manis? J: Durian tinggi gula dan kalori. Pesakit diabetes dinasihatkan berbincang dengan doktor dan makan sedikit sahaja.
        S: Kenapa tak boleh minum arak selepas makan durian? J: Kepercayaan ini belum dibuktikan sepenuhnya, tetapi kajian makmal menunjukkan sebatian sulfur durian mungkin melambatkan pemecahan alkohol.
        S: Di mana nak hantar aduan? J: Sila e-mel aduan@dusunbukitkota.com.my atau WhatsApp talian khidmat pelanggan 019-331 7720. Kami balas dalam 24 jam bekerja.
        S: Adakah tempat solat? J: Ada surau kecil dengan tempat wuduk di sebelah pondok makan utama. Telekung dan sejadah disediakan untuk pelawat.
        S: Adakah haiwan peliharaan dibenarkan? J: Anjing dan kucing tidak dibenarkan masuk kawasan dusun atas faktor kebersihan, kecuali anjing pemandu OKU berdaftar.
    """),
    ("mixed", "whatsapp_kumpulan_staf"): _lines("""
        [06:12] Penyelia Blok B: Morning all, semalam hujan, banyak buah gugur kat C-040 sampai C-055. Team kutipan pergi situ dulu before 7am ok.
        [06:20] Stor: Jaring baru 40 gulung dah sampai, letak kat stor belakang. Sapa nak pasang kat Blok D ambik sendiri, sign buku log stor.
        [07:45] Kaunter: Bas dari Singapore (Golden Sands Travel) ETA 10.30am, 42 pax. Tolong siapkan 3 meja panjang kat pondok utama.
        [08:02] Penyelia Blok A: Kamera CCTV no. 3 rosak lagi, skrin hitam since 2am. Dah call vendor, diorang kata technician datang lepas lunch.
        [09:15] Gudang: Lori FAMA datang pukul 2, muatan 1.2 tan MK gred A. Pastikan semua kotak ada label batch DBK-260607-A, jangan campur gred B.
        [10:05] Kaunter: Stok Musang King tinggal 35kg je, Black Thorn habis. Update board harga please, tulis HABIS besar-besar kat BT.
        [11:30] Penyelia Blok C: Jumpa kesan tapak kasut dan karung guni kat pagar belakang dekat parit. Mungkin pencuri malam tadi, nanti kita report balai.
        [12:40] Pengurus Ladang: Reminder, gaji bulan Jun masuk 7hb. Claim OT hantar form kat office paling lewat 3hb, jangan lambat macam last month ah.
        [13:10] Stor: Baja NPK 15-15-15 tinggal 12 beg. Order tambah 50 beg dari Kedai Baja Seng Huat Raub, invoice nanti kasi office.
        [15:22] Kaunter: Customer online order #DBK-88213 minta tukar tarikh pickup ke Ahad. Boleh tak? Kalau ok saya update dalam sistem.
        [16:05] Penyelia Blok B: Mesin rumput Stihl unit 2 tak boleh start, plug kot. Esok pagi bawa pergi bengkel dulu, guna unit 4 sementara.
        [17:40] Pengurus Ladang: Malam ni ronda ikut jadual biasa, 2 orang satu shift. Lampu suluh baru ada dalam kabinet pejabat, ambik sebelum 7pm.
        [19:02] Gudang: Cold room suhu naik jadi -12°C, compressor bunyi pelik. Semua jangan buka pintu cold room sampai technician check ok.
    """),
    ("en", "business_reviews"): _lines("""
        ★★★★★ Durian Pak Mat Bentong never disappoints. The Musang King was creamy and bitter-sweet, and they weighed everything in front of us. Fair prices for the season.
        ★★☆☆☆ Came on a Sunday, waited 50 minutes for a table at the main hut. Black Thorn was sold out by 11am although the website said available. Toilets need cleaning.
        ★★★★☆ Booked the Saturday van from Gombak. Driver was punctual, the orchard tour was informative and the D24 buffet had no limit. Would bring the whole family next time.
        ★★★★★ Best tempoyak I have bought in Raub. Ah Keong Fruits SS2 in Petaling Jaya also stocks it if you can't make the trip up to Pahang.
        ★☆☆☆☆ The frozen MK pulp I ordered online (order DBK-77105) arrived thawed after 4 days with J&T. Seller refunded half, but customer service took a week to answer.
        ★★★★☆ Kak Yah Durian Stall at Jalan Tras is small but honest. Sample before you buy, the staff will open another fruit if the first one is watery.
        ★★★★★ Brought a group of 30 from Singapore via Golden Sands Travel. Smooth check-in, halal certified food, and the homestay rooms were spotless despite the durian season.
        ★★★☆☆ Nice orchard but expensive compared to the roadside stalls in Karak. RM88 buffet only includes Kampung and D24, Musang King is extra RM20/kg.
        ★★★★★ Visited Tupai King Durian Farm in Balik Pulau. Loved the story of how the estate survived the dry spell. Their Ochee (black thorn) is world class.
        ★★☆☆☆ Reviews say family friendly, but there is zero shade at the parking lot and no baby changing room. The durian was good though, especially the Red Prawn.
        ★★★★☆ Tried the durian cendol at Nyonya Kitchen by the Raub bus terminal after the farm visit. Thick, not too sweet, RM9.90 per bowl.
        ★★★★★ The durian-picking workshop for kids was a highlight. They explained the MARDI and Department of Agriculture clone numbering (D24, D197, D200) in simple words.
        ★★★☆☆ Good fruit, but the Mandarin-speaking tour guide was absent on our day and the English one rushed. Price list in Ringgit only, no SGD conversion.
    """),
    ("ms", "invois_perniagaan"): _lines("""
        INVOIS No. INV-DBK-2026-00417 | Tarikh: 12/06/2026 | Dusun Bukit Kota Sdn. Bhd. (201901034567 / 1338821-K) | Lot 3121, Mukim Dong, 27400 Raub, Pahang
        Kepada: Sentosa Borong Buah Segar Enterprise (202203012345 / 003312345-U), 22 Jalan Pasar Baru, 50050 Kuala Lumpur. Terma bayaran: 30 hari.
        Item 1: Durian Musang King Gred A, 350kg x RM42.00 = RM14,700.00 | Item 2: Durian D24, 120kg x RM18.00 = RM2,160.00
        Jumlah kecil RM16,860.00 | Caj pengangkutan lori sejuk Raub-KL RM650.00 | Jumlah keseluruhan RM17,510.00 | No. Pendaftaran SST: B16-1808-32000145
        Bayaran melalui pindahan bank ke CIMB Bank Berhad, No. Akaun 8603 2210 77 atas nama Dusun Bukit Kota Sdn. Bhd. Sila nyatakan no. invois sebagai rujukan.
        NOTA KREDIT CN-2026-0031 merujuk INV-DBK-2026-00398: pemulangan 18kg Musang King gred B rosak semasa penghantaran, kredit RM594.00.
        Pesanan Belian PO/FRS/26/0712 daripada Fresh Fruits Singapore Pte. Ltd. (UEN 201734521K), Blk 15 Pasir Panjang Wholesale Centre, Singapura.
        Resit Rasmi No. RR-004512 | Diterima daripada Kopi Durian Ah Seng Trading RM3,240.00 tunai bagi bayaran sewa 4 pokok D24 musim 2026.
        Invois Perkhidmatan: Semburan racun kulat Phytophthora, 120 pokok x RM7.50 = RM900.00. Pembekal: Agro Tani Jaya Services (202103118852).
        e-Invois LHDN: UUID 7f3c9a12-4b8e-4d21-9a0c-5e6f71d8b042 | Status: Sah | TIN penjual C21876543020 | Dihantar 2026-06-12T15:42:07+08:00
        Nota Hantaran DO-2026-1189: 48 kotak isi MK beku (400g) ke Gudang Sejuk Port Klang, No. kontena TGHU 884213-7, meterai K-55320.
        Peringatan bayaran: Invois INV-DBK-2026-00361 (RM8,420.00) telah melebihi tempoh 45 hari. Caj lewat 1.5% sebulan dikenakan mengikut terma perjanjian.
        Sebut harga QT-26-077 untuk Hotel Seri Pahang Resort: 60kg Musang King gred A untuk jamuan 15 Ogos, RM52/kg termasuk kupas dan hantar, sah 14 hari.
    """),
    ("mixed", "log_dan_config"): _lines("""
        2026-06-12T06:41:13+08:00 INFO order-svc order=DBK-88213 status=CONFIRMED items=3 total_myr=174.00 channel=whatsapp_bot latency_ms=212
        2026-06-12T06:41:15+08:00 WARN stock-svc sku=DBK-BT-A-1KG qty_available=0 requested=2 action=backorder warehouse=RAUB-01
        DURIAN_PRICE_API_URL=https://api.dusunbukitkota.com.my/v2/prices  # jangan hardcode, ambil dari .env masa deploy
        cold_room: {id: CR-02, setpoint_c: -18, alarm_high_c: -12, sensor: DS18B20, poll_interval_s: 30, notify: ops@dusunbukitkota.com.my}
        def harga_selepas_diskaun(harga_kg: float, berat_kg: float, diskaun: float = 0.1) -> float: return round(harga_kg * berat_kg * (1 - diskaun), 2)
        SELECT blok, COUNT(*) AS pokok, SUM(hasil_kg) FROM pokok_durian WHERE musim = '2026A' AND klon = 'D197' GROUP BY blok ORDER BY blok;
        [cctv-gw] 2026-06-13 02:17:44 motion_detected cam=PAGAR-BELAKANG-03 zone=C confidence=0.91 clip=/nvr/2026/06/13/cam03_021744.mp4
        pip install durian-grader==0.4.2  # model gred MK guna gambar, sha256 3918d33e3de2fb87f1f20e3249fc3a4f8678427f908f5cee4b3787db1b71a130
        order_id,tarikh_tempahan,sku,kuantiti_kg,harga_seunit,jumlah_myr,kaedah_bayaran,status_penghantaran,no_tracking
        webhook POST /api/wa/incoming 200 OK msg_type=template template=tempahan_disahkan_v3 wa_business_id=1098765432101234 duration=84ms
        tracking J&T Express JT6012345678901 status=OUT_FOR_DELIVERY hub=SHAH_ALAM_DC updated=2026-06-14 09:12 parcel=DBK-88213
        season_config: {nama: 'Musim Utama 2026', mula: 2026-06-01, tamat: 2026-08-31, harga_asas_mk: 58.0, mata_wang: MYR, zon_masa: Asia/Kuala_Lumpur}
        ERROR payment-gw txn=DN20260614QR0081723 provider=DuitNow reason=TIMEOUT retry=2/3 amount=88.00 merchant_id=MBB-DBK-0042
    """),
    ("ms", "berita_tokoh_awam"): _lines("""
        Menteri Pertanian dan Keterjaminan Makanan, Mohamad Sabu, menyatakan bahawa pembukaan pasaran durian segar ke China berpotensi meningkatkan pendapatan pekebun kecil.
        Perdana Menteri Anwar Ibrahim dan Perdana Menteri China Li Qiang menyaksikan pemeteraian protokol eksport durian segar semasa lawatan rasmi ke Putrajaya pada Jun 2024.
        Naturalis Alfred Russel Wallace pernah menulis bahawa makan durian ialah satu sensasi baharu yang berbaloi dengan pelayaran ke Timur.
        Pengembara Itali abad ke-15, Niccolò de' Conti, antara orang Eropah terawal yang merekodkan buah durian dalam catatan perjalanannya di Asia Tenggara.
        Bangunan Esplanade - Theatres on the Bay di Singapura, reka bentuk DP Architects dan Michael Wilford, sering dijolok durian kerana bumbung berdurinya.
        Mendiang Anthony Bourdain pernah berseloroh tentang bau durian yang amat kuat dalam rancangan televisyennya, namun tetap memuji rasanya yang unik.
        Klon D197 yang kini terkenal sebagai Musang King didaftarkan dengan Jabatan Pertanian pada tahun 1993 dan namanya dikaitkan dengan Gua Musang, Kelantan.
        Pertikaian tanah antara pekebun durian Raub dan kerajaan negeri Pahang sejak 2020 melibatkan usaha sama Royal Pahang Durian Resources-PKPP Sdn. Bhd.
        Menurut Jabatan Pertanian, Pahang dan Johor kekal antara negeri pengeluar durian terbesar, dengan Raub dan Bentong sebagai pusat utama klon Musang King.
        Raub terkenal sebagai bandar lombong emas sejak zaman William Bibby dan Raub Australian Gold Mining Company pada akhir abad ke-19 sebelum digelar bandar durian.
        Siri animasi Upin & Ipin terbitan Les' Copaque berlatarkan Kampung Durian Runtuh, dengan watak Tok Dalang, Kak Ros dan Opah yang dikenali ramai.
        Pakej pelancongan Jejak Mat Kilau menggabungkan lawatan ke dusun durian Raub dengan sejarah perjuangan pahlawan Pahang itu menentang British pada 1891.
        Data Jabatan Perangkaan Malaysia menunjukkan eksport durian ke China sebelum ini didominasi durian beku keseluruhan dan isi beku sebelum protokol durian segar dimeterai.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pekerja ladang Rosli bin Hamzah (No. KP 780514-06-5213) cuti sakit 5 hari mulai 10/6, MC dari Klinik Kesihatan Raub sebab demam denggi.
        Penyewa dusun: Lim Chee Wah, No. KP 690823-06-5571, alamat No. 27, Jalan Cempaka 2, Taman Raub Jaya, 27600 Raub, Pahang. Sewa 12 pokok MK, deposit RM10,080.
        Tolong pantau Kak Ani dari Blok D, dia baru disahkan mengandung 3 bulan, jangan suruh dia angkat bakul durian berat-berat.
        Suspek curi durian ditahan: Mohd Faizal bin Ismail, 34, penganggur, dari Kampung Sega, Raub. Ditangkap bersama 47 biji durian dalam kereta Proton Saga CBA 4417.
        Gaji Jun - Nurul Huda binti Azman (kerani kaunter): gaji pokok RM1,700, OT RM215, potongan pendahuluan RM300, bersih RM1,615. Akaun Bank Islam 06012020345678.
        Encik Zulkifli, nombor telefon 012-668 3491, tempah 5kg Musang King untuk ambil Sabtu 10 pagi. Dah bayar deposit RM100 guna DuitNow.
        Pak Cik Harun dari Kampung Ulu Dong masih berhutang RM4,500 sewa dusun musim lepas, janji nak bayar selepas jual hasil getah bulan depan.
        Kereta yang parkir dekat pagar belakang setiap malam: WXY 8831, Perodua Myvi putih. Pemiliknya abang ipar bekas pekerja kita, Shahrul.
        KP pemilik tanah lot 3121: 581107-06-5039, sila sahkan dengan geran sebelum tandatangan.
        Makcik Salmah (jiran dusun) disahkan kanser payudara tahap 2, anak-anak dia minta kita tolong jaga pokok durian dia musim ni sementara dia dirawat di Temerloh.
        Kepada tuan tanah: Saya, Azlan bin Daud, ingin menamatkan perjanjian sewa dusun Lot 880 kerana bercerai dan perlu berpindah ke Kuantan. Telefon saya 019-275 6608.
        Borang pendaftaran pekerja asing: Nama: Rahim Uddin, Warganegara: Bangladesh, No. Pasport: BX0784512, Permit kerja: PLKS-26-0048213, Tempat kerja: Blok C.
        E-mel pelanggan yang komplen durian busuk: hafiz.rahman88@gmail.com, order DBK-77105, minta refund penuh RM158.
        Pemandu lori, Ah Chong, kena saman AES minggu lepas, lesen dia tinggal 2 mata lagi sebelum digantung, jangan bagi dia bawa lori sejuk ke KL dulu.
        Cik Farah Aqilah binti Mokhtar, pelajar UiTM Raub, mohon kerja sambilan musim durian. Tel: 011-3298 4416, alamat rumah: No. 8, Lorong Dato Lim 3, 27600 Raub.
        Kemalangan di Blok A 14/6: pekerja Suresh a/l Muniandy tertimpa durian gugur di bahu kiri, dihantar ke Hospital Raub, disyaki patah tulang selangka.
        Tuan Haji Kamarudin, penyewa 6 pokok D24, minta resit dihantar ke e-mel kamar.haji62@yahoo.com.my dan salinan kepada anak lelakinya.
        Senarai hitam pembeli: Tan Boon Kiat (019-887 2130) - cek tendang RM6,300 bulan Julai, jangan terima cek lagi dari dia.
        No akaun untuk bayar upah kutip buah: Maybank 1640 2278 5531, nama akaun SITI AMINAH BT YUSOF.
        Ayah Mira dah masuk ICU sebab strok semalam, dia minta cuti kecemasan seminggu. Siapa boleh ganti Mira jaga kaunter pagi?
        Alamat hantar durian untuk Puan Rohana Abdullah: No. 19, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Telefon penerima 016-920 3378.
        Pelancong dari Johor, Encik Kamal Ariffin, No. plat JRT 5520, tertinggal dompet di pondok makan. Kami dah simpan, sila hubungi dia di 013-774 0912.
        Pekerja dari Indonesia, Pak Slamet, pinjam RM2,000 dari syarikat untuk bayar hutang di kampung, potong gaji RM200 sebulan mulai Julai.
        Gambar CCTV 02:17 pagi tunjuk lelaki bertopi merah, dikenal pasti sebagai Jamal anak Pak Long Deraman dari kampung sebelah, tengah angkat guni durian.
        Tolong key in MyKad pekerja baru dalam sistem gaji: 950228-10-6621, mula kerja Isnin ni.
        2026-017,Wong Kah Heng,740305-06-5249,012-309 8876,No. 5 Jalan Seroja 4 Taman Bentong Indah 28700 Bentong,MK,8 pokok,RM22400
    """),
    "en": _lines("""
        Order DBK-90211 for Mr. Jonathan Teo, deliver to Blk 412 Bedok North Ave 2, #08-115, Singapore 460412, mobile +65 9123 4478. Leave with neighbour if no answer.
        Tour booking: Ms Chan Wing Yee, HKID K308127(3), 4 pax, arriving from Hong Kong on 21 June, wants a Cantonese-speaking guide and a non-smoking homestay room.
        Customer Grace Lim (NRIC S8714523I) says she got food poisoning after our buffet and was admitted to hospital in Singapore for two nights; she wants compensation.
        Farm hand Kumar has been drinking on the job again since his divorce; the supervisor wants a written warning issued before the end of the season.
        Please refund RM320 to the card ending 4471, name on card DANIEL HO KAR MENG, transaction 2026-06-15 14:22.
        Lease agreement signed by Mr. Ooi Teik Seng, IC 650918-07-5123, residing at 33 Lorong Batu Lanchang 7, 11600 George Town, Penang, for 10 Black Thorn trees.
        The thief caught on Saturday is the same guy from last year - Azmi, 29, lives behind the petrol station in Sungai Ruan, currently out on bail for another theft case.
        Email from the tourist who lost her passport at the farm: anna.koh.sg@outlook.com, Singapore passport K4829105M, she is staying in Bentong until Tuesday.
        Call back the uncle who wants 200kg for his son's wedding on 12 July, number +60 17-284 6610, he only speaks Hokkien.
        Staff note: Priya's salary was cut to RM1,450 this month because of the missing RM600 from the cash box; she says she will pay back the rest in August.
        Chinese tour group leader Mr. Zhang Wei, PRC ID 11010519851203321X, WeChat zhangwei_travel88, requests separate receipts for all 26 guests.
        Tenant Mr. Ravi Shankar's cheque no. 004417 from Public Bank account 3-1847722-08 for the orchard lease bounced; he still owes RM9,000 plus penalty.
    """),
    "mixed": _lines("""
        Boss, Ah Seng (012-711 0936) cakap nak ambik 30kg MK for his daughter's wedding, alamat rumah dia 88 Jalan Kuchai Lama 3, KL. Deliver Saturday before 10am ok?
        Eh, Ah Hock semalam kena tahan polis kat Karak sebab drunk driving, lori dusun pun kena tunda. His wife call office crying, minta advance gaji RM800.
        陈太 from Singapore order 10 box MK 冷冻, send to 21 Jalan Ros Merah, Taman Johor Jaya, 81100 Johor Bahru, receiver phone 012-705 4481.
        Worker list update: Nguyen Van Hung, passport C8817422, permit expire 30/9/2026, sick since Monday - doctor kata hepatitis B, kena asingkan tempat makan.
        Tolong WhatsApp Auntie Mei Ling, tempahan durian dia tak sampai lagi, no. dia 016-338 2045, tracking JT6012345678902, rumah dia Blok B-12-3 Pangsapuri Sri Ampang.
        林先生 yang sewa 5 pokok kat Blok C tu, dia cakap tak boleh bayar balance RM7,500 sebab bisnes dia bankrap, nak bayar ansuran.
        Bro, IC pelancong Taiwan yang hilang wallet tu: A123045811, nama 黃志明 / Huang Chih-Ming, stay kat homestay room 3 sampai Ahad.
        88214,Leong Mei Fong,leongmf@gmail.com,+60 12-388 7105,Puchong,MK 2kg,paid
        Aduan: Kak Zura cakap supervisor Blok B selalu marah dia depan customer and ada sexual comments, dia nak report HR. Please keep confidential.
        Tourist Mr. Wong Siu Ming, HKID Z683214(9), nak claim insurans sebab tergelincir kat laluan dusun, X-ray tunjuk ankle sprain.
        阿明 the driver tu dah 3 hari MC, his son admitted Hospital Bentong for dengue, give him another 2 days compassionate leave lah.
        Tukang kebun Sabri ambil pinjaman Along RM3,000, sekarang Along datang cari kat dusun. Guard jangan bagi masuk and jangan bagi tahu rumah dia kat Felda Sungai Koyan.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk sebuah dusun durian di Raub, Pahang. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp kepada penyewa pokok kita, Encik Lim Chee Wah (012-433 9087). Dia masih tertunggak baki sewa RM5,600 untuk 4 pokok Musang King musim ni. Nak tegas tapi sopan.",
        ),
        (
            "assistant",
            "Salam sejahtera Encik Lim Chee Wah. Untuk makluman, baki sewa 4 pokok Musang King bagi musim ini sebanyak RM5,600 masih belum dijelaskan. Mohon jasa baik encik membuat bayaran sebelum 30 Jun atau menghubungi pejabat untuk perbincangan ansuran. Terima kasih.",
        ),
        ("user", "Ok bagus. Tambah ayat kalau tak bayar, hasil buah akan ditahan."),
        (
            "assistant",
            "Baik, boleh tambah: Sekiranya bayaran tidak diterima selepas tarikh tersebut, hasil daripada pokok sewaan akan ditahan mengikut Fasal 7 perjanjian sewa yang telah ditandatangani.",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant of a durian orchard tour operator. Current customer record: name Jonathan Teo, NRIC S9026417F, mobile +65 9123 4478, email jon.teo.sg@gmail.com, booking TRX-55102 for 4 adults on 21 June.",
        ),
        (
            "user",
            "Hi, can you confirm my booking and tell me what time the van leaves from Johor Bahru?",
        ),
        (
            "assistant",
            "Hello Mr. Teo, your booking TRX-55102 for 4 adults on 21 June is confirmed. The van leaves JB Sentral at 6:30am; we will also send the reminder to +65 9123 4478 the day before.",
        ),
        (
            "user",
            "Great, please change it to 5 adults, my mother-in-law is joining. She uses a wheelchair.",
        ),
        (
            "assistant",
            "Done - the booking is now for 5 adults, and I have noted wheelchair access so the crew can prepare the ramp and the paved route to the main hut.",
        ),
    ],
    [
        (
            "user",
            "Boss nak summary attendance minggu ni. Data: Rosli MC 3 hari (denggi), Suresh cuti kemalangan, Kak Ani light duty sebab pregnant, Nguyen Van Hung absent 2 hari no reason. Buat dalam table simple.",
        ),
        (
            "assistant",
            "Berikut ringkasan kehadiran minggu ini: | Pekerja | Status | Catatan | ; | Rosli | MC 3 hari | Demam denggi | ; | Suresh | Cuti kemalangan | Kecederaan bahu | ; | Kak Ani | Tugas ringan | Mengandung | ; | Nguyen Van Hung | Tidak hadir 2 hari | Tiada sebab |",
        ),
        ("user", "Thanks. Nguyen punya tu boleh bagi surat amaran pertama tak ikut akta kerja?"),
        (
            "assistant",
            "Boleh. Di bawah Akta Kerja 1955, ketidakhadiran tanpa kebenaran lebih daripada 2 hari berturut-turut boleh dianggap pelanggaran kontrak, tetapi sebaiknya beri surat amaran pertama dan dapatkan penjelasan bertulis daripada pekerja dahulu.",
        ),
    ],
    [
        ("system", "你是一个为中国游客服务的马来西亚榴莲园旅游助手。"),
        (
            "user",
            "你好，我叫王丽华，身份证号440306199007174829，手机13826647102。我想预订6月22日劳勿榴莲园一日游，两个大人一个小孩。",
        ),
        (
            "assistant",
            "王女士您好，已为您登记6月22日劳勿榴莲园一日游，两位成人一位儿童。出境预订需要护照信息，请提供护照号码，身份证号码无需提供。",
        ),
        ("user", "护照号是E58201347。另外我有糖尿病，吃榴莲有什么要注意的吗？"),
        (
            "assistant",
            "已记录护照号码。榴莲含糖量和热量都较高，建议您事先咨询医生，少量品尝，并随身携带血糖仪和药物。",
        ),
    ],
    [
        (
            "user",
            "我係陳詠儀，香港身份證K308127(3)，上個禮拜喺彭亨榴槤園跌親，扭親腳，想問點樣向旅遊保險索償？",
        ),
        (
            "assistant",
            "陳小姐，你好。一般需要準備：醫生證明及X光報告、醫療收據、榴槤園發出的事故報告，以及保單號碼。建議盡快聯絡保險公司登記個案。",
        ),
        (
            "user",
            "保單號係AXA-TRV-88120457，我電話係+852 6123 8890。可唔可以幫我寫封英文信俾保險公司？",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Chan Wing Yee (HKID K308127(3), policy AXA-TRV-88120457), sprained my ankle at a durian orchard in Pahang, Malaysia, and would like to file a claim. Please contact me at +852 6123 8890. Supporting documents are attached.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk persatuan pengusaha dusun. Beri panduan undang-undang umum sahaja.",
        ),
        (
            "user",
            "Malam tadi CCTV tangkap orang curi durian kat dusun saya. Saya kenal dia, Jamal bin Deraman, tinggal kampung sebelah, naik motosikal plat CCK 2281. Macam mana nak buat laporan polis?",
        ),
        (
            "assistant",
            "Anda boleh membuat laporan di balai polis terdekat atau IPD Raub. Bawa salinan rakaman CCTV, gambar kesan kecurian dan anggaran nilai durian yang hilang. Nyatakan butiran suspek, iaitu Jamal bin Deraman dan motosikal CCK 2281, seperti yang anda lihat dalam rakaman.",
        ),
        ("user", "Boleh saya viral video dia kat Facebook?"),
        (
            "assistant",
            "Tidak digalakkan. Menyebarkan video dan identiti suspek sebelum siasatan boleh mengundang tuntutan fitnah dan mengganggu siasatan polis. Serahkan rakaman kepada pegawai penyiasat.",
        ),
    ],
    [
        ("system", "You help a Malaysian durian exporter handle customer complaints politely."),
        (
            "user",
            "Customer complaint: Grace Lim, 45 Jalan Kayu, Singapore 799455, phone +65 8234 1190. Says the frozen Musang King she received (order DBK-91876) was sour and gave her son diarrhoea. Draft a reply.",
        ),
        (
            "assistant",
            "Dear Ms Lim, we are very sorry to hear about your son's discomfort after consuming order DBK-91876. We take food safety seriously and have quarantined the batch for testing. We will issue a full refund, and our team will call you at +65 8234 1190 within 24 hours.",
        ),
        ("user", "Make it shorter and don't mention the testing."),
        (
            "assistant",
            "Dear Ms Lim, we are sorry to hear your son was unwell after order DBK-91876. A full refund has been arranged, and our team will call you at +65 8234 1190 within 24 hours. Warm regards, Customer Care.",
        ),
    ],
    [
        (
            "user",
            "Tolong sediakan perenggan pertama perjanjian sewa dusun. Pemilik: Haji Kamarudin bin Yaakob, KP 581107-06-5039. Penyewa: Wong Kah Heng, KP 740305-06-5249. Lot 3121 Mukim Dong, 8 pokok Musang King, RM22,400 semusim.",
        ),
        (
            "assistant",
            "PERJANJIAN SEWA DUSUN ini dibuat antara HAJI KAMARUDIN BIN YAAKOB (No. KP 581107-06-5039), pemilik Lot 3121 Mukim Dong, Raub (Pemberi Sewa), dengan WONG KAH HENG (No. KP 740305-06-5249) (Penyewa), bagi penyewaan 8 pokok durian klon Musang King untuk satu musim dengan bayaran RM22,400.",
        ),
        ("user", "Tambah klausa deposit 30% dan tarikh bayaran baki."),
        (
            "assistant",
            "Penyewa hendaklah membayar deposit sebanyak 30% (RM6,720) semasa perjanjian ditandatangani, dan baki RM15,680 hendaklah dijelaskan selewat-lewatnya 31 Mei 2026 sebelum musim buah bermula.",
        ),
    ],
    [
        (
            "system",
            "You are a spreadsheet helper for a durian farm's online shop. Reply in the user's language mix.",
        ),
        (
            "user",
            "Kira total jualan ni please: 88214,Leong Mei Fong,+60 12-388 7105,MK 2kg,RM116 ; 88215,Raj Kumar,+60 19-552 0841,D24 3kg,RM84 ; 88216,Tan Siew Ling,+60 16-771 2093,BT 1kg,RM75",
        ),
        (
            "assistant",
            "Total jualan untuk 3 order ni: RM116 + RM84 + RM75 = RM275. Order paling besar ialah 88214 (Leong Mei Fong, MK 2kg).",
        ),
        ("user", "Ok. Yang Raj Kumar tu belum bayar lagi, buat reminder message for him."),
        (
            "assistant",
            "Hi Mr Raj Kumar, just a friendly reminder that payment of RM84 for order 88215 (D24 3kg) is still pending. Please pay via DuitNow to our company account and send the receipt to this WhatsApp. Thank you!",
        ),
    ],
    [
        (
            "user",
            "Saya pekerja dusun, nama saya Siti Aminah binti Yusof, umur 31. Saya mengandung 5 bulan dan majikan suruh saya panjat tangga pasang jaring durian. Apa hak saya?",
        ),
        (
            "assistant",
            "Puan Siti Aminah, di bawah Akta Keselamatan dan Kesihatan Pekerjaan 1994, majikan wajib memastikan tugas tidak membahayakan pekerja, termasuk pekerja hamil. Puan boleh meminta tugas ringan secara bertulis dan menyimpan salinan nasihat doktor.",
        ),
        ("user", "Kalau dia pecat saya sebab mengandung macam mana?"),
        (
            "assistant",
            "Pemecatan kerana mengandung adalah dilarang di bawah Akta Kerja 1955. Puan boleh membuat aduan ke Jabatan Tenaga Kerja (JTK) terdekat atau ke Mahkamah Perusahaan melalui Jabatan Perhubungan Perusahaan dalam tempoh 60 hari dari tarikh pemecatan.",
        ),
    ],
]
