# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms128: nurseries and plant sellers in Malaysia (tapak semaian, landscaping jobs, deliveries, foreign workers, WhatsApp orders). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms128
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "senarai_harga"): _lines("""
        Senarai harga borong Nurseri Hijau Subang (berkuat kuasa 1 Jan 2027): Bougainvillea pasu 12 inci RM18, pasu 16 inci RM35, minimum 20 pasu setiap pesanan.
        Rumput karpet (Cow Grass) RM1.20 sekaki persegi, Philippine Grass RM2.80 sekaki persegi, upah tanam RM0.80 sekaki persegi termasuk tanah merah.
        Pokok Tecoma 'Yellow Bells' 4 kaki RM45, 6 kaki RM90; Pokok Kerata Ungu (Lagerstroemia) 8 kaki RM280 sebatang, harga tidak termasuk caj penghantaran.
        Philodendron 'Pink Princess' keratan berakar RM65, Monstera 'Thai Constellation' daun 3 RM180, Aglaonema 'Siam Aurora' pasu 6 inci RM28.
        Orkid Dendrobium 'Sonia' sejambak 10 tangkai RM25; Papilionanthe Miss Joaquim (Vanda Miss Joaquim) anak pokok RM15 sepasu, stok terhad.
        Baja organik tahi ayam 25kg RM12, baja NPK 15-15-15 Nitrophoska 1kg RM8.50, tanah hitam 1 lori 3 tan RM350 (kawasan Lembah Klang sahaja).
        Pakej landskap rumah teres 20x70: rumput karpet + 6 pokok pagar Ixora + 2 pokok Palma Puteri, harga pakej RM2,450, siap dalam 2 hari bekerja.
        Caj penghantaran lori 1 tan: Petaling Jaya/Subang RM60, Shah Alam/Klang RM80, Kajang/Bangi RM120, Seremban RM220. Tol dan parkir ditanggung pelanggan.
        Kod SKU BGV-12-MAG: Bougainvillea 'Magnifica' pasu 12 inci, harga runcit RM22, harga ahli RM19.80, stok semasa 146 pasu di Blok C.
        Sewa pokok hiasan untuk majlis (pasu besar berbalut kain): RM15 sepasu sehari, deposit RM300, ambil dan hantar semula oleh pihak Nurseri Mak Teh Sungai Buloh.
        Harga Pokok Kelapa Pandan 'MATAG' anak 1 tahun RM30, pokok Durian Musang King cantuman 3 kaki RM55, Durian Black Thorn (D200) RM75 sepokok.
        Invois INV-2027-00318 Tapak Semaian Ah Chong Sdn Bhd (SSM 201901023456): 80 pasu Ixora RM640, 40 beg tanah campur RM200, jumlah RM840.
        Harga promosi Hari Raya di Nurseri Kak Long Gombak: semua pasu tanah liat diskaun 15%, Pokok Jed (Crassula ovata) 3 untuk RM25, sehingga 30 April.
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Tapak semaian ditutup pada hari Jumaat 12.15 tgh hingga 2.45 ptg untuk solat Jumaat. Pesanan WhatsApp akan dibalas selepas waktu tersebut.
        Pesanan melalui WhatsApp Bisnes sahaja: +60 11-5566 2288 (talian rasmi Nurseri Hijau Subang). Kami TIDAK akan meminta bayaran ke akaun peribadi mana-mana staf.
        Pembayaran hanya ke akaun syarikat: Maybank, Nurseri Hijau Subang Sdn Bhd, 5141-2233-0098. Sila hantar resit ke akaun@nurserihijau.com.my.
        Perhatian pelanggan: Jalan masuk ke Lot 4471, Jalan Kuang, Sungai Buloh sedang dibaiki oleh JKR. Sila guna pintu belakang berhampiran gerai bunga.
        Waktu operasi baharu mulai 1 Mac: Isnin hingga Sabtu 8.00 pagi - 6.30 petang, Ahad 8.00 pagi - 1.00 petang. Cuti umum tutup kecuali Hari Wilayah.
        Pokok yang telah dibayar mesti diambil dalam tempoh 7 hari. Selepas itu caj simpanan RM2 sepasu sehari dikenakan. Terima kasih atas kerjasama.
        Kami ambil tempahan gubahan bunga dan pokok untuk rumah terbuka. Hubungi hotline 1-300-88-4769 atau emel tempahan@tamanmawar.my sebelum 20 Mei.
        Amaran: ada pihak menyamar sebagai Nurseri Pak Awang di Facebook. Laman rasmi kami hanya facebook.com/nurseripakawangkl dan Instagram @nurseripakawang.
        Sempena lawatan Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu, ke Pusat Hortikultur Serdang, kedai kami ditutup separuh hari.
        Kawasan nurseri akan disembur racun serangga (Malathion) pada 14 Jun. Kanak-kanak dan haiwan peliharaan dilarang masuk ke Blok A dan B sehingga 16 Jun.
        Tempat letak kereta pelanggan: 20 petak di hadapan No. 18, Jalan SS 2/72, Petaling Jaya (bangunan kedai). Lori penghantaran sila guna lorong belakang.
        Jualan lelong pokok bonsai koleksi kedai pada Sabtu 10 pagi. Nombor giliran diberi mulai 9 pagi. Bayaran tunai atau DuitNow QR sahaja.
        Penghantaran ke Singapura melalui Tambak Johor memerlukan permit fitosanitari MAQIS dan kelulusan NParks; tempoh proses 5-7 hari bekerja.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Boleh hantar pokok ke Sabah dan Sarawak? J: Boleh, melalui kargo laut dari Pelabuhan Klang. Anggaran 10-14 hari dan perlu permit MAQIS untuk tanah.
        S: Berapa lama rumput karpet boleh dipijak selepas ditanam? J: Biasanya 3-4 minggu jika disiram pagi dan petang setiap hari.
        S: Macam mana nak buat pesanan? J: WhatsApp ke talian rasmi kedai 011-2345 8800 dengan nama pokok, kuantiti dan poskod. Sebut harga dihantar dalam 24 jam.
        S: Adakah pokok dijamin hidup? J: Jaminan 14 hari untuk pokok yang ditanam oleh pasukan kami. Pokok yang diambil sendiri tiada jaminan.
        S: Bolehkah saya bayar secara ansuran? J: Untuk projek landskap melebihi RM5,000, bayaran 50% deposit, 40% semasa kerja, 10% selepas serahan.
        S: Pokok apa sesuai untuk pangsapuri yang kurang cahaya? J: Cuba ZZ Plant, Sirih Gading (Pothos), Sansevieria dan Aglaonema. Siram seminggu sekali.
        S: Kenapa daun Monstera saya kuning? J: Selalunya sebab terlebih siram. Pastikan pasu ada lubang saliran dan biar tanah atas kering 2-3 cm dulu.
        S: Ada sijil halal untuk baja organik? J: Baja tahi ayam kami diproses oleh pembekal berdaftar Jabatan Pertanian; baja bukan produk makanan jadi tiada sijil halal.
        S: Syarikat boleh keluarkan e-Invois LHDN? J: Boleh. Nombor TIN syarikat C2584719030 dan nombor SSM 202201034567 akan dicetak pada setiap invois.
        S: Boleh tukar pokok yang sudah dibeli? J: Boleh dalam 3 hari dengan resit asal, kecuali pokok orkid, bonsai dan pokok yang telah dipindah pasu.
        S: Berapa kos tebang pokok besar? J: Bermula RM450 untuk pokok sehingga 20 kaki. Pokok berhampiran wayar TNB memerlukan kebenaran TNB terlebih dahulu.
        S: Adakah pekerja landskap anda berpermit? J: Semua pekerja asing kami memegang Pas Lawatan Kerja Sementara (PLKS) sah di bawah sektor pertanian.
        S: Boleh lawat nurseri tanpa temujanji? J: Boleh, alamat kami Lot 2190, Jalan Sungai Tua, 68100 Batu Caves, Selangor. Waze: Nurseri Bunga Raya Batu Caves.
    """),
    ("ms", "berita_dan_peraturan"): _lines("""
        Di bawah Akta Kuarantin Tumbuhan 1976, pengimportan tanah atau media tanaman dari luar negara memerlukan permit import yang dikeluarkan melalui MAQIS.
        Sultan Selangor, Sultan Sharafuddin Idris Shah, merasmikan Festival Bunga dan Taman Selangor di Shah Alam dengan menanam sepohon pokok Tembusu.
        Floria Putrajaya 2027 dijangka menarik 1.5 juta pengunjung; Perbadanan Putrajaya menyediakan 120 gerai untuk pengusaha tapak semaian tempatan.
        Majikan yang menggaji pekerja asing sektor pertanian wajib membayar levi RM640 setahun seorang bagi Semenanjung Malaysia, menurut Jabatan Imigresen.
        Gaji minimum RM1,700 sebulan terpakai kepada semua majikan termasuk nurseri yang menggaji kurang daripada lima pekerja mulai 1 Ogos 2025.
        Racun rumpai paraquat diharamkan di Malaysia sejak 1 Januari 2020 dan tidak lagi boleh dijual di kedai pertanian atau tapak semaian.
        Sejarah: Henry Nicholas Ridley, Pengarah Taman Botani Singapura 1888-1912, memperkenalkan kaedah torehan getah yang mengubah ekonomi Tanah Melayu.
        Buku 'Wayside Trees of Malaya' karya E. J. H. Corner masih menjadi rujukan utama bagi pengusaha landskap untuk mengenal pasti pokok tepi jalan.
        DBKL mengingatkan kontraktor landskap supaya mendapatkan permit menebang pokok sebelum kerja dijalankan; denda sehingga RM2,000 bagi setiap pokok.
        Anggrek Vanda Miss Joaquim dipilih sebagai bunga kebangsaan Singapura pada tahun 1981, dinamakan sempena Agnes Joaquim yang membiakkannya pada 1893.
        Bunga Raya (Hibiscus rosa-sinensis) diisytiharkan sebagai bunga kebangsaan Malaysia pada tahun 1960 oleh Perdana Menteri Tunku Abdul Rahman.
        Taman Botani Perdana di Kuala Lumpur, dahulunya Taman Tasik Perdana, dibuka pada 1888 atas inisiatif Alfred Venning, Bendahari Negeri Selangor.
        Majlis Bandaraya Johor Bahru memperuntukkan RM3 juta untuk menanam 10,000 pokok teduhan di sepanjang Jalan Tebrau dan Jalan Skudai tahun ini.
    """),
    ("ms", "ulasan_perniagaan"): _lines("""
        ⭐⭐⭐⭐⭐ Nurseri Uncle Lim kat Sungai Buloh memang murah, pokok sihat. Tauke siap ajar cara siram bougainvillea supaya berbunga lebat.
        Beli Monstera dari kedai online GreenNest MY di Shopee, sampai dalam 2 hari, bungkus kemas dengan surat khabar lembap. Memang recommended!
        ⭐⭐ Pasukan landskap datang lewat 3 jam dan tak call pun. Rumput karpet okay tapi tanah tak diratakan. Harap pihak pengurusan ambil tindakan.
        Nurseri Pak Abu Bangi ni tempat lepak hujung minggu keluarga kami. Ada kolam ikan koi dan kafe kecil, pokok buah cantuman pun banyak pilihan.
        Order 30 pasu Ixora untuk pejabat, kedai bagi harga borong walaupun tak cukup minimum. Driver lori pun sopan, siap tolong susun pasu.
        ⭐ Beli pokok Durian Musang King cantuman, 2 bulan mati. Bila tanya jaminan, kedai kata tiada jaminan sebab ambil sendiri. Kecewa betul.
        Tempat ni sesuai untuk cari pokok Aglaonema jenis rare. Harga agak tinggi berbanding Sungai Buloh tapi kualiti memang padu. 4/5.
        Google Maps: Nurseri Bunga Raya Batu Caves 4.6 bintang (1,284 ulasan). Parking senang, staf rajin tolong angkat pasu masuk kereta.
        Kafe dalam nurseri ni sedap, nasi lemak ayam berempah RM9.50. Lepas makan jalan-jalan tengok kaktus. Cuma tandas perlu dijaga kebersihannya.
        Landskap untuk kedai kami di Setia City Mall siap dalam seminggu, ikut pelan 3D yang dijanjikan. Sangat profesional, akan guna lagi tahun depan.
        Kedai bunga Mawar Florist Kajang hantar jambangan lewat, tapi pihak kedai refund RM30 tanpa banyak soal. Khidmat pelanggan 5 bintang.
        Harga pokok dekat sini naik mendadak lepas viral di TikTok. Dulu bougainvillea RM15, sekarang RM28 untuk saiz sama. Hmm, fikir dua kali.
        Ulasan Facebook Nurseri Kak Long Gombak: 4.3/5. Pelanggan puji pilihan pokok herba, tapi DuitNow QR kedai selalu gagal waktu petang.
    """),
    ("en", "log_lines"): _lines("""
        2027-03-14T08:02:11+08:00 INFO order-svc order=WA-20270314-0087 channel=whatsapp items=3 total_myr=246.00 status=CONFIRMED
        2027-03-14T08:05:47+08:00 INFO dispatch lorry=LORRY-02 route=R-SHAHALAM-A stops=6 est_km=48.3 departed_depot=SGB-BLOK-C
        2027-03-14T09:12:03+08:00 WARN inventory sku=MNS-TC-3L qty_on_hand=2 reorder_level=5 supplier=SUP-0042 action=raise_po
        2027-03-14T09:40:55+08:00 INFO courier awb=JT0004821937561 carrier=J&T status=PICKED_UP hub=SHAH_ALAM_GATEWAY weight_kg=4.2
        2027-03-14T10:01:22+08:00 ERROR payment gateway=ipay88 ref=T0123987456 code=E102 msg=Transaction timeout retry=1/3
        2027-03-14T10:15:09+08:00 INFO einvoice submitted uuid=3f9c2a7e-41b0-4c55-9d1e-8a7b2c6f0e13 lhdn_status=Valid doc=INV-2027-00419
        2027-03-14T11:30:00+08:00 INFO cron job=watering_reminder zones=A,B,C sent=3 template=wa_zone_reminder_v2 duration_ms=842
        2027-03-14T12:45:18+08:00 WARN sensor=soil-moist-B07 reading=18.4% threshold=25% greenhouse=GH-2 alert=SENT_TO_OPS_GROUP
        2027-03-14T14:02:40+08:00 INFO poslaju tracking=EP482193057MY status=OUT_FOR_DELIVERY branch=PL_SUBANG_JAYA attempt=1
        2027-03-14T15:20:31+08:00 INFO pos terminal=POS-01 receipt=R-000918 items=12 paid_by=DuitNow_QR amount=RM318.40 till=TILL-A
        2027-03-14T16:08:12+08:00 DEBUG whatsapp-bot intent=price_enquiry sku=BGV-16-PUR lang=ms confidence=0.91 reply_template=price_v3
        2027-03-14T17:55:00+08:00 INFO sync shopee shop_id=SHP-88412 listings_updated=57 out_of_stock=4 api_version=v2.0 elapsed=3.2s
        2027-03-14T18:30:44+08:00 INFO backup db=nursery_prod size=1.8GB sha256=9b1c4e7f0a2d83e5 dest=s3://nurseri-backup-apse1/2027/03/14/
    """),
    ("en", "config_and_code"): _lines("""
        WHATSAPP_BUSINESS_NUMBER=+60 3-7734 5500  # official order line, Nurseri Hijau Subang Sdn Bhd, do not change without ops approval
        SMTP_FROM=no-reply@nurserihijau.com.my ; SMTP_HOST=smtp.nurserihijau.com.my ; SMTP_PORT=587 ; SUPPORT_EMAIL=support@nurserihijau.com.my
        def delivery_fee(zone: str, tonnes: float) -> float: return BASE_FEE.get(zone, 220.0) + max(0.0, tonnes - 1.0) * 35.0
        ZONES = {'PJ': 60, 'SUBANG': 60, 'SHAH_ALAM': 80, 'KLANG': 80, 'KAJANG': 120, 'BANGI': 120, 'SEREMBAN': 220}
        SELECT sku, name, qty_on_hand FROM inventory WHERE category = 'bougainvillea' AND qty_on_hand < reorder_level ORDER BY qty_on_hand;
        company: {name: 'Tapak Semaian Ah Chong Sdn Bhd', ssm: '201901023456', tin: 'C2409981230', sst_registered: false, currency: MYR}
        MYKAD_PATTERN = r'^[0-9]{6}-[0-9]{2}-[0-9]{4}$'  # validate format only; never log the full value, see PDPA policy section 4.2
        invoice_prefix: INV-{yyyy}-{seq:05d}; einvoice_env: sandbox; lhdn_client_id: EXAMPLE-CLIENT-ID; lhdn_base_url: https://preprod-api.myinvois.hasil.gov.my
        test_order = Order(id='WA-TEST-0001', sku='IXR-08-RED', qty=30, unit_price=8.0, customer='Example Sdn Bhd', postcode='47810')
        CREATE TABLE deliveries (id SERIAL PRIMARY KEY, order_id TEXT NOT NULL, lorry_code TEXT, zone TEXT, scheduled_at TIMESTAMPTZ, status TEXT DEFAULT 'PENDING');
        SHOPEE_PARTNER_ID=2001234 SHOPEE_SHOP_ID=88412 SHOPEE_REDIRECT=https://admin.nurserihijau.com.my/oauth/shopee/callback LOG_LEVEL=info
        cron: '0 6 * * *' run: python -m nursery.jobs.watering_reminder --zones A,B,C --template wa_zone_reminder_v2 --dry-run=false
        requirements.txt: django==5.1.4, celery==5.4.0, redis==5.2.1, python-dateutil==2.9.0, qrcode==8.0, pyzbar==0.1.9  # pinned 2027-01-05
    """),
    ("mixed", "group_chat_staf"): _lines("""
        [08:12] Boss: Lori 1 pagi ni hantar 40 pasu bougainvillea ke site projek Setia Alam, ikut PO-2027-0211. Jangan lupa ambil DO signed ya.
        [08:15] Supervisor site: Noted boss. Team landscape 4 orang gerak 8.30, bawa mesin potong rumput dan 10 beg tanah merah.
        [09:02] Admin: Customer WhatsApp tanya harga Monstera Thai Con daun 3, I quote RM180 ok ke? Stok tinggal 2 pot only.
        [09:05] Boss: Ok RM180. If dia ambil 2, bagi RM340. Remind dia pokok tak boleh tukar after repot, nanti complain pulak.
        [10:40] Driver lori 2: Jam teruk kat Federal Highway, ETA Klang 11.30. Pokok palma dah ikat elok, no problem.
        [11:02] Admin: Invois INV-2027-00422 dah issue, e-Invoice status Valid. Payment term 30 days macam biasa untuk developer tu.
        [12:30] Supervisor nursery: GH-2 sensor bunyi lagi, soil moisture 18%. Siapa free tolong on pump zone B sekejap?
        [12:33] Worker shift pagi: Sudah on pump zone B bos, 20 minit. Baja foliar pun sudah sembur Blok C.
        [14:10] Boss: Esok Floria briefing kat Putrajaya jam 10. Bawa sample orkid Dendrobium 20 pot, tag harga siap laminate.
        [15:45] Admin: Shopee ada 4 listing out of stock, I dah off dulu. Restock Aglaonema Siam Aurora minggu depan kata supplier.
        [16:20] Driver lori 1: Site Setia Alam dah terima semua, DO sudah sign by site office. Gambar DO I upload dalam folder Drive.
        [17:00] Boss: Semua reminder, Jumaat ni kedai tutup 12.15-2.45 untuk solat. Lori jangan schedule delivery masa tu ok.
        [17:05] Supervisor site: Ok boss. Btw MAQIS call pasal permit tanah untuk order Singapore, they need invoice copy by Thursday.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelanggan Puan Noraini binti Hashim, No. KP 780514-10-5246, tempah 12 pasu bougainvillea untuk dihantar ke rumahnya di No. 27, Jalan Kenari 3, Taman Puchong Perdana, 47100 Puchong.
        Encik Faizal Rahman masih berhutang RM3,850 untuk kerja landskap di rumahnya sejak Februari; dah tiga kali janji bayar tapi tak bayar-bayar.
        Pekerja kami Rahmat Hidayat (pasport Indonesia C4829173) sakit denggi, dimasukkan ke Hospital Sungai Buloh semalam. Tolong uruskan cuti sakit dia.
        Nombor telefon pelanggan yang nak tempah pokok kelapa pandan: 012-738 4490, nama Kak Ros, rumah di Kampung Sungai Pencala.
        Transfer gaji Md. Shahidul Islam bulan Mac RM1,850 ke akaun Maybank 1640 2215 8734, potong pendahuluan RM200.
        Hantar 3 tan tanah hitam ke rumah Dr. Kumaresan a/l Subramaniam, No. 8, Lorong Setia 2/7C, Bukit Setia, 40170 Shah Alam. Pintu pagar kelabu.
        Isteri Pak Mat yang jaga kaunter tu dah masuk wad bersalin, jadi dia minta cuti seminggu. Jangan bagi tahu customer ya.
        Lori yang curi pokok palma malam tadi nombor plat WVC 4821, pemandu lelaki berbaju merah. Laporan polis dibuat di IPD Sungai Buloh.
        Siti Aminah binti Yusof, 34 tahun, ibu tunggal dari Rawang, memohon kerja sebagai juruwang nurseri. Gaji diminta RM2,100. Telefon 019-556 2037.
        Nota HR: Ram Bahadur Gurung (PLKS tamat 30/09/2027, pasport Nepal PA0918273) ditahan Imigresen semasa serbuan di Kepong; majikan perlu hadir.
        Emel pelanggan untuk sebut harga landskap: hafizah.kamal88@gmail.com, rumah semi-D di Bandar Baru Bangi, bajet RM8,000.
        MyKad 920803-14-6633 - salinan IC pelanggan untuk akaun kredit borong, simpan dalam fail bertanda SULIT.
        Abang Zul pemandu lori 2 kena tahan JPJ sebab lesen GDL tamat, saman RM300. Dia minta potong gaji dua bulan.
        Tauke kedai sebelah, Encik Lee Chee Keong, baru bercerai dan nak jual tanah nurseri dia di Sungai Buloh cepat-cepat sebab nak bayar nafkah.
        Alamat penghantaran: Lot 552, Kampung Baru Sungai Buaya, 48010 Rawang, Selangor. Penerima Makcik Salmah, telefon 013-266 7185.
        Bayaran deposit RM500 diterima daripada Nur Izzati binti Ahmad Kamal melalui DuitNow, rujukan 20270312MBBEMYKL030ORM58297431.
        Pekerja Bangladesh, Abdul Karim, mengadu gajinya tidak dibayar dua bulan oleh kontraktor landskap sebelum ini dan ingin buat aduan ke JTK.
        Customer Cik Liyana minta invois atas nama suami, Mohd Hairul Anuar, No. KP 870221-08-5517, untuk tuntutan syarikat.
        Puan Kamsiah, pelanggan tetap, baru lepas kemoterapi kanser payudara; dia minta pokok dihantar terus dan diletak di anjung rumah.
        Senarai hitam: pelanggan dengan nombor 017-882 4036 tiga kali tempah pokok tapi tak ambil, jangan terima pesanan COD lagi.
        Borang pendaftaran pekerja: Nama: Joko Susilo | Pasport: B7731902 | Negara: Indonesia | Tarikh lahir: 12/05/1991 | Waris: Sri Wahyuni (isteri) | Tel waris: +62 812-3345-7790
        Plat kereta pelanggan yang langgar pasu di parkir: BKR 7312, Perodua Myvi putih. Pemilik janji bayar ganti rugi RM150.
    """),
    "en": _lines("""
        Customer: Mrs. Tan Bee Lian, 15 Jalan Bukit Pantai, 59100 Kuala Lumpur. Deliver 2 Frangipani trees 8ft, call before arrival 016-221 9084.
        Please refund RM240 to Jason Wong Kah Seng, CIMB account 8001 2345 67, for the dead Musang King seedlings.
        Our gardener Suresh has been diagnosed with hepatitis B; keep it confidential and reassign him away from the cafe area.
        Singapore order: ship 20 orchid pots to Ms. Priya Nair, Blk 412 Bedok North Ave 2 #08-115, Singapore 460412, NRIC S8734521A.
        Late payment notice: Mr. Daniel Ho owes RM6,420 for the condo balcony landscaping; second reminder sent to daniel.ho.kl@yahoo.com.
        Job applicant CV: Aisyah Rahim, 27, diploma in horticulture UiTM, current salary RM2,300, expected RM2,800, mobile 011-1876 4432.
        Worker permit list row: 4 | Habibur Rahman | Bangladesh | passport EF0472819 | PLKS expiry 2027-11-02 | medical FOMEMA: fit
        Photo sent by customer Mr. Lim showing his wife holding the dead bonsai in their living room at Desa ParkCity; he wants a full refund.
        The supplier's driver, Ahmad Fadzli, was arrested last night for drink driving; his lorry JHQ 5509 is still parked at our loading bay.
        Hong Kong client Chan Wai Man, HKID K582319(6), wants 50 Dracaena pots shipped to his flat in Tai Po; invoice in HKD please.
        Staff loan record: Kumar a/l Raju borrowed RM1,500 for his daughter's school fees, deduct RM150 monthly from April.
        Taiwan orchid buyer Huang Chih-ming, ID F128734569, paid NT$18,000 deposit; contact him on LINE id huangcm_orchid.
        Delivery log: 2027-03-15 10:42 order WA-20270315-0012 recipient Nurul Huda, 22 Jalan Melati 5, Taman Melawati, 53100 KL, tel 012-904 5531, COD RM185.
    """),
    "mixed": _lines("""
        Boss, Kak Yam cakap dia tak boleh datang kerja minggu ni sebab husband dia masuk lokap, kena tangkap dadah. Dia malu nak bagi tahu.
        Uncle Ah Seng (陈亚成) order 10 pasu Ixora, hantar rumah dia at 38 Jalan SS 21/37, Damansara Utama. Dia bayar cash on delivery ok.
        Customer WhatsApp 012-665 3071 says the rumput karpet all mati already, dia nak datang kedai marah-marah petang ni.
        林太 from Ipoh transfer RM1,200 for the bonsai, Public Bank acc 3182 4456 09, but the name on slip is Lim Mei Fong, can check ah?
        Amir the Grab driver who help us deliver, his IC 950118-01-7735, we need for claim insurance after pasu pecah.
        Eh, Vinod's wife pregnant 7 months already, he want cuti panjang next month, can approve or not boss?
        Please hantar invois ke Encik Hakim, hakimzul.landscape@outlook.com, dia contractor freelance, bukan company, so no SSM number.
        Customer complaint: Madam Wong Siew Ling cakap our worker Nasir langgar pagar rumah dia masa unload, she want RM800 compensation.
        Form tempahan: Nama: Goh Kah Wai | HP: 016-402 8813 | Alamat: 9, Jalan Anggerik 4/2, Taman Anggerik, 81300 Skudai, Johor | Item: 6 pokok Tecoma
        Adik Farid yang part-time tu failed SPM and dia nak kerja full time with us, his mother call me crying pasal hutang along.
        Tolong register Aung Ko Ko untuk our Singapore branch, FIN G5123987W, Work Permit expiry 2027-08-31, dia stay dorm at Kranji.
        Ah Boy the lorry driver kena saman AES 3 kali this month, plat VHD 2284, cakap dia takde duit nak bayar, pinjam from company lagi.
        Makcik Rosnah dari Taman Sri Gombak minta diskaun sebab suami dia baru kena strok, bedridden, dia nak tanam herba untuk ubat.
        CSV: order_id,name,phone,address,amount | WA-20270316-0033,Mohd Rizal bin Osman,013-887 2194,12 Jalan Teratai 3 Taman Desa Jaya 68100 Batu Caves,RM420
        Supervisor Kak Intan gaji RM3,200 but she asked for increment sebab anak dia autism, kena hantar terapi every week.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI untuk Nurseri Hijau Subang. Bantu staf menulis mesej WhatsApp yang sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis mesej peringatan hutang kepada Encik Faizal Rahman, nombor 012-447 8190. Dia masih berhutang RM3,850 untuk kerja landskap rumah dia di Taman Sri Muda sejak Februari.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Faizal Rahman. Ini peringatan mesra daripada Nurseri Hijau Subang berkenaan baki bayaran RM3,850 bagi kerja landskap di kediaman encik di Taman Sri Muda. Mohon jelaskan bayaran sebelum 31 Mac ke akaun syarikat. Terima kasih.",
        ),
        (
            "user",
            "Ok, buat versi lebih tegas sikit, sebut kami akan serah kepada peguam kalau tak bayar.",
        ),
        (
            "assistant",
            "Encik Faizal Rahman, kami merujuk kepada baki RM3,850 yang tertunggak sejak Februari. Sekiranya bayaran tidak diterima dalam 14 hari, perkara ini akan diserahkan kepada peguam syarikat untuk tindakan selanjutnya.",
        ),
    ],
    [
        (
            "user",
            "I run a small nursery in Sungai Buloh. Can you help me calculate March payroll? Md. Shahidul Islam basic RM1,700 plus 20 hours OT, Maybank 1640 2215 8734. Rahmat Hidayat basic RM1,700, no OT, advance RM200 to deduct.",
        ),
        (
            "assistant",
            "Assuming OT at 1.5x the hourly rate (RM1,700 / 26 days / 8 hours = RM8.17), Shahidul's OT is about RM245.19, so his gross is RM1,945.19. Rahmat's net after the RM200 advance is RM1,500. Remember EPF is optional for foreign workers but SOCSO contributions are compulsory.",
        ),
        ("user", "Thanks. Please write the bank transfer note for Shahidul."),
        (
            "assistant",
            "Transfer note: Gaji Mac 2027 - Md. Shahidul Islam - Maybank 1640 2215 8734 - RM1,945.19 (basic RM1,700 + OT RM245.19).",
        ),
    ],
    [
        (
            "system",
            "You are a customer-service helper for a Malaysian plant shop. Reply in friendly Manglish when the customer uses it.",
        ),
        (
            "user",
            "Customer ni complain: Madam Wong Siew Ling, 38 Jalan SS 2/24, PJ, tel 016-330 7721. She say our worker langgar her pagar masa unload pokok palma and want RM800. Help me reply.",
        ),
        (
            "assistant",
            "Hi Madam Wong, so sorry about the pagar at your house in SS 2. We will send our supervisor tomorrow 10am to check the damage and take photos, then we discuss the compensation properly. Can we call you at 016-330 7721 before we come?",
        ),
        ("user", "Good. Also remind me what to write in internal incident report."),
        (
            "assistant",
            "Incident report: date, lorry code, worker on duty, customer Madam Wong Siew Ling, address 38 Jalan SS 2/24 PJ, description of damage, photos, amount claimed RM800, and action taken.",
        ),
    ],
    [
        (
            "system",
            "Rekod pelanggan: Puan Noraini binti Hashim, No. KP 780514-10-5246, alamat No. 27, Jalan Kenari 3, Taman Puchong Perdana, 47100 Puchong, telefon 013-902 6618, pelanggan kredit borong.",
        ),
        (
            "user",
            "Sediakan sebut harga untuk Puan Noraini: 12 pasu bougainvillea 16 inci dan 5 beg tanah campur, hantar ke rumah dia.",
        ),
        (
            "assistant",
            "Sebut harga untuk Puan Noraini binti Hashim: 12 pasu bougainvillea 16 inci x RM35 = RM420; 5 beg tanah campur x RM5 = RM25; penghantaran ke Taman Puchong Perdana RM60. Jumlah RM505. Sah selama 14 hari.",
        ),
        ("user", "Terima kasih, tolong ringkaskan untuk WhatsApp."),
        (
            "assistant",
            "Salam Puan Noraini, sebut harga: 12 pasu bougainvillea + 5 beg tanah + hantar ke rumah = RM505. Balas YA untuk sahkan tempahan.",
        ),
    ],
    [
        (
            "user",
            "We need to ship 20 Vanda orchid pots to Singapore. Consignee is Ms. Priya Nair, NRIC S8734521A, Blk 412 Bedok North Ave 2 #08-115, Singapore 460412. What documents do I need?",
        ),
        (
            "assistant",
            "For live plants into Singapore you generally need a phytosanitary certificate from MAQIS and an import permit obtained by the importer through NParks. Ms. Priya Nair, as consignee, would need to apply for the import permit herself or via an agent, so you will share her details only with the relevant authority and your forwarder.",
        ),
        ("user", "Can you draft a short email to her asking her to apply?"),
        (
            "assistant",
            "Dear Ms. Nair, thank you for your order of 20 Vanda orchid pots. To clear them into Singapore, please apply for an NParks import permit for live plants, listing our nursery as exporter. Once you send the permit number, we will obtain the MAQIS phytosanitary certificate and book delivery to Blk 412 Bedok North Ave 2.",
        ),
    ],
    [
        (
            "user",
            "Pekerja saya Rahmat Hidayat, pasport Indonesia C4829173, kena denggi dan masuk Hospital Sungai Buloh. Berapa hari cuti sakit dia layak dan siapa tanggung bil hospital?",
        ),
        (
            "assistant",
            "Di bawah Akta Kerja 1955, pekerja dengan kurang dua tahun khidmat layak 14 hari cuti sakit setahun, dan sehingga 60 hari jika dimasukkan ke hospital. Bil rawatan pekerja asing biasanya dituntut melalui skim insurans hospital wajib (SPIKPA) yang majikan beli.",
        ),
        ("user", "Dia dah 8 bulan kerja. Insurans SPIKPA dia nombor polisi SP-2027-118 ada lagi."),
        (
            "assistant",
            "Kalau begitu, Rahmat Hidayat layak cuti hospital dan bil boleh dituntut melalui polisi SPIKPA itu. Simpan sijil cuti sakit dan laporan hospital, kemudian hantar tuntutan kepada syarikat insurans dalam tempoh yang ditetapkan.",
        ),
    ],
    [
        (
            "system",
            "Helper for nursery owners in Klang Valley. Answer practical questions in mixed Malay and English.",
        ),
        (
            "user",
            "Aiyo, our lorry driver Ah Boy langgar kereta customer in the car park this morning. His lorry plate VHD 2284, the car is BKR 7312 Myvi. Apa nak buat?",
        ),
        (
            "assistant",
            "First, take photos of both vehicles and the plates VHD 2284 and BKR 7312, exchange insurance details with the Myvi owner, and make a police report within 24 hours. Then inform your commercial vehicle insurer.",
        ),
        ("user", "Ah Boy dah ada 3 saman AES this month, should I still let him drive?"),
        (
            "assistant",
            "That is your call as employer, but with three AES summonses and an accident in one month, it is reasonable to give him a written warning, pause his driving duties and arrange a defensive driving course before he drives again.",
        ),
    ],
    [
        (
            "user",
            "Please prepare a landscaping quotation for Dr. Kumaresan a/l Subramaniam, No. 8, Lorong Setia 2/7C, Bukit Setia, 40170 Shah Alam. Front yard 30 x 20 ft, cow grass, 6 Ixora, 1 Frangipani 8ft.",
        ),
        (
            "assistant",
            "Quotation for Dr. Kumaresan a/l Subramaniam, Bukit Setia, Shah Alam: cow grass 600 sq ft x RM2.00 (incl. planting) = RM1,200; 6 Ixora x RM12 = RM72; 1 Frangipani 8ft = RM380; soil levelling RM250; delivery RM80. Total RM1,982.",
        ),
        (
            "user",
            "He asked if we can do it on Saturday, his mother is staying with them after surgery so we must be quiet before 10am.",
        ),
        (
            "assistant",
            "Noted: schedule Saturday with the team arriving after 10am, no grass cutter or compactor noise before then, and I will add a note in the job sheet that an elderly family member is recovering at home.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pengurusan HR untuk tapak semaian di Selangor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "PLKS pekerja Nepal saya, Ram Bahadur Gurung, pasport PA0918273, tamat 30/09/2027. Bila saya patut mula proses pembaharuan?",
        ),
        (
            "assistant",
            "Sebaiknya mohon pembaharuan sekurang-kurangnya 3 bulan sebelum tamat, iaitu sebelum akhir Jun 2027. Anda perlu pasport Ram Bahadur Gurung yang sah melebihi 18 bulan, keputusan pemeriksaan FOMEMA terkini, bayaran levi dan insurans SPIKPA.",
        ),
        ("user", "Pasport dia tamat Mac 2028 je. Macam mana?"),
        (
            "assistant",
            "Pasport itu tidak cukup tempoh. Ram Bahadur Gurung perlu memperbaharui pasport di Kedutaan Nepal di Kuala Lumpur dahulu, kemudian barulah PLKS diperbaharui menggunakan nombor pasport baharu.",
        ),
    ],
    [
        (
            "user",
            "帮我写个 WhatsApp message 给陈先生 (Uncle Ah Seng, 陈亚成), 他的号码 012-388 5120. Dia order 10 pasu Ixora, hantar esok pagi ke 38 Jalan SS 21/37 Damansara Utama, COD RM180.",
        ),
        (
            "assistant",
            "陈先生您好，我们是 Nurseri Hijau Subang。您订的 10 盆 Ixora 会在明天早上送到 38 Jalan SS 21/37, Damansara Utama，货到付款 RM180。如有问题请回复这个号码。谢谢！",
        ),
        ("user", "Ok, tambah satu ayat in Malay juga, dia punya wife lebih faham BM."),
        (
            "assistant",
            "Tambahan: Salam, 10 pasu Ixora akan dihantar esok pagi ke 38 Jalan SS 21/37, Damansara Utama. Bayaran tunai RM180 semasa penghantaran. Terima kasih, Uncle Ah Seng dan keluarga.",
        ),
    ],
]
