# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms131: penternak lebah kelulut dan peniaga madu di Malaysia (ladang kelulut, tuaian, pembeli, FAMA dan pensijilan halal, pekerja, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms131
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_ladang"): _lines("""
        NOTIS: Ladang Kelulut Bukit Kenau ditutup kepada pelawat pada 14-16 Mac 2026 kerana kerja memecah koloni dan tuaian madu. Kedai jualan tetap dibuka 9 pagi hingga 5 petang.
        Pelawat diminta memakai kasut tertutup dan tidak menyentuh log sarang. Lebah kelulut (Heterotrigona itama) tidak menyengat tetapi boleh menggigit rambut.
        Lawatan berkumpulan sekolah dan agensi kerajaan perlu ditempah sekurang-kurangnya 7 hari awal melalui talian pejabat ladang 09-517 2280 (Isnin-Jumaat, 9 pagi-5 petang).
        Makluman: Bengkel Asas Penternakan Kelulut anjuran Jabatan Pertanian Negeri Pahang akan diadakan di Dewan Serbaguna Felda Tersang 3 pada 22 April 2026, 8.30 pagi.
        Semua kenderaan pelawat sila parkir di petak berhampiran pondok jualan. Jangan letak kenderaan di bawah pokok gelam, kawasan sarang nombor B01 hingga B48.
        Tuaian minggu ini: Blok A (kebun durian) dan Blok C (ladang akasia). Jangkaan hasil 38 kg madu mentah. Penyejatan kelembapan di bilik dehumidifier bermula Khamis.
        Perhatian: Jangan sembur racun serangga dalam radius 3 km dari ladang ini. Sebarang aduan sila hubungi Pejabat Pertanian Daerah Raub, Jalan Lipis, 27600 Raub.
        Kedai Madu Kelulut Tok Ayah Raub tutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 3 April 2026. Tempahan dalam talian akan diproses mulai 4 April.
        Waktu operasi bilik pemprosesan: 7.00 pagi - 3.00 petang. Hanya pekerja berpakaian bersih, bertopi dan bersarung tangan dibenarkan masuk. Rujuk SOP-HIG-03 v2.1.
        Sarang baru dipindahkan dari Kuala Krai ke Blok D. Sila jauhkan lampu suluh dan bunyi bising selama 72 jam untuk membolehkan koloni menyesuaikan diri.
        Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu, dijadual merasmikan Karnival Madu Kebangsaan di MAEPS Serdang; gerai kami di Dewan B, lot 27.
        Program Jom Tengok Kelulut bersama persatuan penternak negeri: demonstrasi tuaian, ujian kelembapan madu dan sesi bergambar di laman ladang. Masuk percuma.
        Kotak sarang (topping box) yang rosak sila letak di rak merah stor 2. Jangan campur dengan kotak yang sudah disanitasi untuk pecahan koloni baru.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Kenapa madu kelulut rasa masam? J: Madu kelulut mengandungi kelembapan tinggi (25-35%) dan asid organik semula jadi, jadi rasanya masam-manis berbanding madu lebah Apis.
        S: Perlukah madu kelulut disimpan dalam peti sejuk? J: Ya, selepas dibuka simpan di bawah 10°C untuk melambatkan penapaian. Botol belum dibuka tahan 12 bulan di tempat teduh.
        S: Botol saya berbuih dan tutup kembung, rosakkah? J: Itu tanda penapaian semula jadi. Buka tutup perlahan-lahan di sinki dan simpan dalam peti sejuk.
        S: Adakah produk kami ada sijil halal? J: Ya, semua produk berlogo Halal Malaysia JAKIM dan status sijil boleh disemak melalui aplikasi Verify Halal.
        S: Bolehkah bayi bawah setahun makan madu? J: Tidak digalakkan. Kementerian Kesihatan Malaysia menasihatkan madu tidak diberi kepada bayi bawah 12 bulan kerana risiko botulisme.
        S: Berapa lama penghantaran ke Sabah dan Sarawak? J: Biasanya 5-7 hari bekerja melalui Pos Laju. Untuk Semenanjung 2-3 hari bekerja melalui J&T Express.
        S: Bagaimana nak semak madu asli atau tiruan? J: Minta laporan makmal (kandungan HMF, kelembapan, gula) dan semak nombor kelompok pada label, contohnya LOT-KL-2604-07.
        S: Boleh beli secara borong untuk kedai? J: Boleh, minimum 50 botol 250 g. Sila e-mel jualan@madukelulutbukitkenau.com.my dengan nama syarikat dan no. SSM.
        S: Adakah ladang menerima lawatan? J: Ya, Selasa hingga Ahad, 9 pagi - 4 petang. Yuran RM 10 dewasa, RM 5 kanak-kanak, termasuk sesi rasa madu percuma.
        S: Apa itu MS 2683:2017? J: Itu Standard Malaysia bagi madu kelulut yang menetapkan had kelembapan, HMF, keasidan dan kaedah ujian untuk madu lebah tanpa sengat.
        S: Saya nak mula bela kelulut, berapa modal? J: Satu log koloni Heterotrigona itama berharga RM 180-350 bergantung saiz. Kursus asas ditawarkan MARDI beberapa kali setahun.
        S: Boleh bayar guna DuitNow QR? J: Boleh. Imbas kod QR di kaunter atau pilih FPX semasa checkout di laman web. Resit dihantar automatik ke e-mel yang didaftarkan.
        S: Kenapa warna madu berbeza setiap kelompok? J: Warna bergantung kepada sumber nektar, contohnya bunga akasia, kelapa, gelam atau belimbing. Ini bukan tanda madu dicampur.
    """),
    ("ms", "senarai_harga"): _lines("""
        Madu Kelulut Asli 250 g (botol kaca) - RM 45.00 | 500 g - RM 85.00 | 1 kg - RM 160.00. Harga belum termasuk kos penghantaran.
        Madu Kelulut Gelam Tualang Edisi Terhad 330 ml, SKU MK-GLM-330 - RM 68.00 seunit, beli 3 percuma 1 (sah hingga 31/05/2026).
        Log koloni kelulut Heterotrigona itama saiz M (panjang 45-60 cm) RM 220; saiz L (60-80 cm) RM 320; topping box kayu meranti RM 35 sebiji.
        Propolis mentah kelulut, 100 g - RM 38.00. Propolis cecair 30 ml (tanpa alkohol) - RM 42.00. Sabun propolis 90 g - RM 12.90.
        Harga borong (min 24 botol): 250 g RM 36.00/botol, 500 g RM 68.00/botol. Harga pengedar sah untuk pemegang akaun perniagaan berdaftar sahaja.
        Debunga kelulut (bee bread) kering beku 50 g - RM 55.00. Stok terhad, pesanan melebihi 10 unit sila hubungi pejabat jualan 03-8922 4417.
        Servis pemecahan koloni (split) di lokasi pelanggan: RM 80 sekoloni, caj perjalanan RM 1.20/km bagi jarak melebihi 30 km dari Raub.
        Kotak hadiah Raya (Hamper Kelulut Ceria): 2 x madu 250 g + 1 x propolis 30 ml, siap reben dan kad ucapan - RM 128.00. Tempahan korporat diterima.
        Madu kelulut Tetrigona binghami (madu hitam) 200 g - RM 72.00. Rasa lebih masam dan pekat, hasil ladang rakan kongsi di Kota Tinggi, Johor.
        Peralatan: Pam vakum tuaian madu 12V RM 289.00, penapis keluli tahan karat 3 lapis RM 45.00, refraktometer madu (58-90% Brix) RM 135.00.
        Harga pasaran minggu ke-18, Pasar Tani FAMA Seksyen 7 Shah Alam: madu kelulut mentah RM 200-260/kg, madu Apis cerana tempatan RM 90-120/kg.
        Pakej Kursus Penternakan Kelulut 2 hari (termasuk 2 log koloni, makan tengah hari, sijil penyertaan) - RM 950.00 seorang. Had 20 peserta sekelas.
        Pek isi semula (refill) 1 kg dalam bekas PET gred makanan - RM 150.00. Pulangkan botol kaca kosong 500 g, dapat rebat RM 2.00 sebotol.
    """),
    ("en", "product_listing"): _lines("""
        Raw Kelulut Honey 500g - single-origin from an acacia plantation in Raub, Pahang. Moisture 28%, HMF below 40 mg/kg. Halal JAKIM. SKU KLT-RAW-500. RM 85.00.
        Sold by Madu Tok Ayah Enterprise (SSM 202203045512) · Ships from Raub, Pahang · Ready stock · Ships within 24 hours · 4.9 stars from 2,316 ratings.
        Stingless Bee Propolis Tincture 30ml, alcohol-free, glycerin base. Batch PRP-2603-11, best before 03/2028. Store below 30°C away from direct sunlight.
        Kelulut Honey Gift Set (3 x 250g: Acacia, Starfruit, Gelam). Comes with a wooden dipper and a recyclable kraft box. Perfect for Hari Raya and Chinese New Year.
        Kelulut Colony Log - Heterotrigona itama, size L, with an active queen and brood. Local pickup only at our Bentong farm; courier shipping not available for live bees.
        Product dimensions: 7.5 x 7.5 x 14 cm; weight 720 g including glass jar; country of origin Malaysia; shelf life 18 months unopened; certification MeSTI, Halal.
        Verified purchase review: Honey arrived well packed in bubble wrap, taste is sour-sweet like real kelulut should be. Seller responded fast on chat. 5/5 for this shop.
        Q&A on listing - Q: Is this honey pasteurised? A: No, it is raw and dehumidified at low temperature (below 35°C) to keep enzymes. Answered by seller.
        Flash Sale 12.12: Kelulut Honey 1kg now RM 139 (was RM 160). Limited to 2 units per customer. Voucher code MADU1212 for extra RM 10 off min spend RM 150.
        Pooh Bear Hunny Pot Jar 250g - kids edition of our acacia kelulut honey in a cute ceramic pot; Winnie the Pooh would trade his whole Hundred Acre Wood stash for it.
        Shipping info: West Malaysia RM 8.00 via J&T Express, East Malaysia RM 15.00 via Pos Laju. Tracking number such as JT0006512847390 is shared once the parcel is picked up.
        Kelulut Honey Lemon Drink 250ml x 12 cans - made with 5% kelulut honey, no preservatives. Manufactured by Hj Salleh Food Industries Sdn Bhd, Kuantan.
        Listing ID 2398475610 · Category: Food & Beverage > Honey & Spreads · Last updated 2026-03-18 10:42 MYT · 5,120 sold · 48 in stock.
    """),
    ("en", "config_and_code"): _lines("""
        HARVEST_MIN_BRIX=72.0  # reject batches below 72 Brix before the dehumidifier stage, see MS 2683:2017 moisture limit
        INSERT INTO batches (batch_id, hive_block, harvest_date, net_kg, moisture_pct) VALUES ('LOT-KL-2604-07', 'C', '2026-04-07', 12.40, 27.8);
        2026-04-07T09:14:22+08:00 INFO harvest.pump block=C hive=C17 vacuum_kpa=-62 volume_ml=840 operator_role=harvester device=PUMP-02
        2026-04-07T09:15:03+08:00 WARN sensor.dht22 hive=C21 temp_c=36.4 humidity_pct=81 msg="hive temperature above threshold 35.0"
        order_id,sku,qty,unit_price_myr,discount_myr,channel,ship_state,created_at,halal_cert_no,batch_id
        sha256(LOT-KL-2604-07.pdf) = 9f2c4e71a0b8d36e5f1147c2b9a0de83a6f4c1e27b5d908e3f6a2c71d4b0e958  lab report checksum
        {"sku": "MK-GLM-330", "name": "Madu Kelulut Gelam 330ml", "price": 68.00, "currency": "MYR", "halal": true, "stock": 112}
        def moisture_from_brix(brix: float) -> float: return round(100.0 - brix - 1.5, 1)  # rough conversion, refractometer app v3.2.0
        smtp_from = "noreply@madukelulutbukitkenau.com.my"  # order confirmation sender; reply-to is the shared sales inbox
        webhook_url: https://api.example.com/v1/hooks/order-paid  # fires on FPX/DuitNow success, retries 3x with 30s backoff
        docker run -d --name hive-monitor -p 8080:8080 -e TZ=Asia/Kuala_Lumpur ghcr.io/example/hive-monitor:1.8.4
        0 2 * * * /opt/kelulut/bin/backup_sales.sh --db sales --retain-days 30 >> /var/log/kelulut/backup.log 2>&1
        2026-04-08 16:02:11 INFO courier.jnt tracking=JT0006512847391 status=PICKED_UP hub=KUANTAN_DC parcel_kg=1.2 order=ORD-2604-00871
    """),
    ("ms", "peraturan_halal_fama"): _lines("""
        Pemohon Sijil Pengesahan Halal Malaysia bagi produk madu perlu berdaftar dengan SSM atau pihak berkuasa tempatan dan memohon secara dalam talian melalui sistem MYeHALAL.
        Syarikat perlu melantik Eksekutif Halal atau Penyelia Halal mengikut kategori saiz industri seperti yang ditetapkan dalam Manual Prosedur Pensijilan Halal Malaysia (Domestik) 2020.
        Label produk madu mesti memaparkan nama makanan, berat bersih, senarai ramuan, nama dan alamat pengilang atau pembungkus, serta tarikh luput, selaras Peraturan-Peraturan Makanan 1985.
        Madu kelulut yang dipasarkan sebagai mematuhi Standard Malaysia perlu memenuhi MS 2683:2017, termasuk had kandungan lembapan, HMF dan jumlah gula.
        Pensijilan myGAP bagi ladang kelulut dikendalikan oleh Jabatan Pertanian dan merangkumi rekod input, kebersihan ladang, pengurusan perosak dan kebolehkesanan hasil.
        FAMA melalui jenama Agrobazaar membantu pemasaran produk madu usahawan tani ke pasar raya, dengan syarat produk mempunyai label lengkap dan kod bar GS1 yang sah.
        Penggunaan perkataan asli atau tulen pada label madu yang dicampur gula atau sirap boleh menjadi kesalahan perihal dagangan palsu di bawah Akta Perihal Dagangan 2011.
        Audit halal di premis dijalankan oleh pegawai JAKIM atau JAIN; pemohon dikehendaki menyediakan dokumen Sistem Jaminan Halal, rekod pembelian bahan dan pelan lantai premis.
        Sijil Pengesahan Halal Malaysia sah untuk tempoh dua tahun dan permohonan pembaharuan hendaklah dibuat lebih awal sebelum tarikh tamat tempoh sijil.
        Eksport madu memerlukan sijil kesihatan daripada Bahagian Keselamatan dan Kualiti Makanan (BKKM), KKM, jika diminta oleh pihak berkuasa negara pengimport.
        Usahawan yang menyertai Pasar Tani Kekal FAMA perlu mematuhi kod pakaian, mempamerkan harga dengan jelas, dan tidak menjual produk tanpa label pengeluar.
        Pekeliling persatuan Bil. 3/2025: Ahli dinasihatkan merekod lokasi GPS setiap sarang dan tarikh tuaian bagi memudahkan pengesanan semula sekiranya berlaku aduan pengguna.
        Fi pensijilan halal berbeza mengikut kategori industri mikro, kecil, sederhana dan multinasional; sila rujuk jadual fi terkini di portal rasmi JAKIM sebelum membuat bayaran.
    """),
    ("mixed", "whatsapp_kumpulan_staf"): _lines("""
        [07:02] Team Blok C: Gd morning all, hari ni tuai Blok C dulu ya, pump 02 dah charge full. Bawa bekas 5L extra, semalam tak cukup.
        [07:15] Admin Kedai: Order Shopee ada 23 pending, tolong packing before 11am sebab J&T pickup awal today. Bubble wrap ada kat stor 1.
        [08:40] Team Blok C: Log C17 madu banyak gila, dah dapat 840 ml. C21 pulak panas sikit, sensor kata 36 degree, nanti kita pasang shade net.
        [09:05] Supervisor Ladang: Jangan lupa catat batch no dalam buku log, today punya LOT-KL-2604-07. Auditor myGAP datang Khamis ni.
        [10:12] Admin Kedai: FYI stok label halal 250g tinggal 1 roll je, dah order from printer, ETA Isnin. Jangan guna label 500g, saiz tak sama.
        [11:30] Driver Lori: Otw ke Pasar Tani Kekal Raub bawa 60 botol + 2 kotak hamper. Jalan tutup dekat simpang Sungai Ruan, lambat 20 min.
        [12:05] Team Blok A: Semut masuk sarang A09 lagi la boss, kena tukar minyak gris kat kaki stand. Ada sesiapa simpan gris tak?
        [13:20] Supervisor Ladang: Gris ada dalam kabinet merah bilik proses, rak bawah. Lepas guna letak balik ok, jangan tinggal kat luar kena hujan.
        [14:48] Admin Kedai: Customer corporate from Petronas Dagangan minta quotation 200 kotak hamper Raya. Boss, boleh bagi harga borong ke?
        [15:02] Boss: Boleh, bagi RM 112 sekotak untuk 200 unit, delivery free dalam Klang Valley. Quote guna template Q-2026 ya.
        [16:10] Team Blok C: Total tuaian hari ni 12.4 kg, moisture 27.8% on refractometer. Dah masuk dehumidifier room, set 30 degree.
        [17:35] Supervisor Ladang: Reminder esok cuti umum, ladang tutup tapi kena ada sorang check sensor & bagi air gula kat koloni baru Blok D.
        [21:14] Admin Kedai: Shopee dah approve campaign 4.4, voucher MADU44 live tengah malam nanti. Pls jangan reply customer lepas 11pm ya, auto-reply on.
    """),
    ("ms", "invois_perniagaan"): _lines("""
        INVOIS No. INV-2026-00418 | Tarikh: 07/04/2026 | Daripada: Madu Kelulut Bukit Kenau Sdn Bhd (202101023344), Lot 2231, Jalan Bukit Kenau, 27600 Raub, Pahang.
        Kepada: Pasar Raya Maju Jaya Sdn Bhd, No. 12, Jalan Besar, 28700 Bentong, Pahang. No. Pesanan Pembelian: PO-MJ-7731. Terma bayaran: 30 hari.
        1. Madu Kelulut Asli 250 g x 48 botol @ RM 36.00 = RM 1,728.00; 2. Madu Kelulut Asli 500 g x 24 botol @ RM 68.00 = RM 1,632.00
        Jumlah kecil RM 3,360.00 | Diskaun 5% RM 168.00 | Caj penghantaran RM 45.00 | JUMLAH BESAR RM 3,237.00 (Tiga ribu dua ratus tiga puluh tujuh ringgit sahaja)
        Bayaran ke: Madu Kelulut Bukit Kenau Sdn Bhd, Maybank akaun semasa korporat 5060 1234 8890. Sila nyatakan no. invois sebagai rujukan bayaran.
        e-Invois LHDN: UUID 7F3A9C12-4B5E-4D6A-9E21-0C8B7A6F5D43 | Status: Sah | Tarikh pengesahan 07/04/2026 15:22:09 | TIN pembekal C23456789010
        Nota Kredit NK-2026-0031 merujuk INV-2026-00402: pemulangan 6 botol 250 g (tutup kembung akibat penapaian), nilai kredit RM 216.00.
        RESIT RASMI No. R-008812 diterima daripada Koperasi Peladang Raub Berhad, sejumlah RM 4,500.00 melalui DuitNow bagi bayaran INV-2026-00377.
        Invois Pembekal: Syarikat Kayu Meranti Jaya, No. 8, Kawasan Perindustrian Ringan Raub. 100 unit topping box @ RM 18.50 = RM 1,850.00, SST dikecualikan.
        Sebut Harga Q-2026-0112 untuk Petronas Dagangan Berhad: 200 kotak Hamper Kelulut Ceria @ RM 112.00, sah 14 hari, penghantaran percuma Lembah Klang.
        Bil Perkhidmatan Makmal No. LAB-26-0573 daripada makmal ujian terakreditasi SAMM: analisis HMF, kelembapan dan gula 3 sampel @ RM 180.00 = RM 540.00.
        Penyata akaun pelanggan Agro Mart Bentong Sdn Bhd (No. Akaun Pelanggan C-0045): baki tertunggak RM 780.00 bagi invois bertarikh Februari 2026.
        Invois Shopee Mall No. 2604071SHP8842 | Yuran transaksi 2% RM 18.40 | Yuran komisen 6% RM 55.20 | Jumlah potongan RM 73.60 | Penjual: Madu Tok Ayah Official Store.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Zulkifli bin Hamzah, pembekal log koloni dari Kuala Krai, masih berhutang RM 3,400 dengan kami sejak Januari dan langsung tidak menjawab panggilan.
        Tolong hantar 5 botol 500 g ke rumah Puan Noraini Abdul Rahman, No. 17, Lorong Seri Mawar 3, Taman Seri Mawar, 28000 Temerloh, Pahang. Tel 013-948 2071.
        Pekerja ladang Rosli (Abang Li) cuti sakit 2 minggu, doktor sahkan dia ada batu karut dan perlu pembedahan di Hospital Tengku Ampuan Afzan.
        No. MyKad pemohon kursus: 850714-06-5327. Nama: Mohd Faizal bin Ismail. Alamat: Kampung Sungai Ruan, 27500 Raub, Pahang.
        Gaji bulan Mac untuk Siti Khadijah binti Omar (pekerja pembungkusan): RM 1,700, potongan KWSP RM 187, dimasukkan ke akaun Bank Islam 05012020148833.
        Kak Yah dari kedai runcit Felda Tersang tu baru bercerai, jadi order madu bulanan dia stop dulu, jangan call dia minggu ni.
        Pembeli Haji Kamarudin mengadu madu yang dibeli menyebabkan cirit-birit pada cucunya berusia 8 bulan; dia minta bayaran balik RM 85.
        Lori ladang nombor plat CBH 7215 yang dipandu Azman bin Yusof ditahan polis di sekatan jalan Bentong semalam sebab lesen memandu tamat tempoh.
        Sila hubungi saya terus di 019-662 8413 selepas pukul 8 malam, jangan call line kedai sebab saya nak urus tempahan ni sendiri.
        Borang Ahli: Nama: Lim Chee Keong | MyKad: 720308-10-6643 | Tel: 012-731 5590 | Emel: cheekeong.lim72@gmail.com | Bil. sarang: 140 | Lokasi: Kampung Baru Sungai Chua, Kajang.
        Isteri Ustaz Hafiz sedang mengandung 7 bulan, jadi dia minta madu kelulut 1 kg dihantar ke rumah mertuanya di Kota Bharu bulan depan.
        Rekod kehadiran: Muthusamy a/l Rajendran tidak hadir 4 hari berturut-turut; menurut adiknya dia ditahan reman di IPD Raub kerana kes pergaduhan.
        Penerima pemindahan: NUR ATIQAH BT ZAINAL, CIMB 7064229851, RM 560.00, rujukan: bayaran komisen ejen madu bulan Mac.
        Saya Hasnah, ibu tunggal, nak jual madu kelulut secara dropship sebab suami dah tinggalkan kami dan anak sulung saya ada autisme.
        Ejen kami di Kuching, Encik Awang Jemat, alamat rumah No. 45, Lorong 6, Jalan Matang Jaya, 93050 Kuching, nak stok 100 botol bulan ni.
        Pekerja Indonesia kami, Sutrisno, No. Pasport C3891724, permit kerja PLKS tamat 12/08/2026, perlu diperbaharui segera sebelum Raya.
        Pak Long Saad dah masuk wad ICU sebab strok semalam, jadi tuaian di ladang dia ditangguhkan sampai anak-anak dia ambil alih.
        Resit dihantar ke farahnadia.ms@yahoo.com - Farah Nadia bayar deposit RM 300 untuk 2 log koloni, baki RM 340 bila ambil nanti.
        Aduan pelanggan: Puan Chong Mei Ling dari Taman Bukit Beruang, Melaka kata kurier tinggal parcel di pagar rumah dan botol pecah, minta ganti.
        2604-0091,Siti Aminah Yusof,siti.aminah.y@gmail.com,0138827745,Kuantan,Madu Kelulut 500g,2,170.00,COD
    """),
    "en": _lines("""
        Please ship the 1kg acacia kelulut to Mr Tan Wei Jie, Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412, mobile +65 9123 4876.
        Customer NRIC for the customs declaration: S8734512B. Name as per NRIC: Goh Siew Lan. Order ORD-2604-00902, 3 x 500g.
        Our worker Ravi is on unpaid leave because his wife had a miscarriage last week; please keep this between the supervisors only.
        Refund RM 160 to Lee Ah Kow, Public Bank account 3187662109, he returned the honey because he is diabetic and his doctor told him to stop.
        Buyer email jasmine.koh88@hotmail.com, phone 016-552 7813, ordered 12 gift sets as door gifts for her wedding on 20 June.
        Harvest assistant Mohd Amirul, 19, fell from the ladder at Block D and fractured his left wrist; accident report filed with SOCSO, claim not yet approved.
        Hi, this is Daniel from PJ, my home address is 23, Jalan SS 2/55, 47300 Petaling Jaya, can I collect the colony log on Saturday morning?
        Supplier Mr Wong Kah Heng owes us RM 12,800 for three batches of gelam honey and his Hong Leong Bank cheque bounced twice.
        Hong Kong buyer Ms Chan Ka Yan, HKID K458203(9), flat 12B, Block 3, Lok Fu Estate, Kowloon, wants 6 jars sent by SF Express.
        Driver Suresh drives his own Myvi, plate WVB 3382, and parks at the farm gate every morning from 7am.
        Taiwan distributor contact Mr Huang Chih-Wei, personal mobile +886 912 345 678, ID F128745302, needed for the import permit.
        Salary slip: Noor Hidayah binti Ahmad, packing supervisor, basic RM 2,300, OT RM 184.50, EPF no. 18834562, net pay RM 2,241.
        Screenshot of Aunty Mary's transfer shows her full name Mary Theresa Fernandez and account ending 4471, please blur it before posting on FB.
        I'm Kelvin Ng, 34, diagnosed with type 2 diabetes last month, is it safe for me to take one spoon of kelulut honey daily?
    """),
    "mixed": _lines("""
        Boss, Uncle Lim from Kampar called again, he say his son kena accident and cannot pay the RM 2,400 for the 10 colony logs this month.
        Ah Seng punya number 012-458 3370, dia nak 30 botol for his kopitiam in SS2, tapi tolong jangan bagi number ni to other agents ok.
        Eh Mei Ling WhatsApp me la, she preggy already 5 months, cannot come packing until after pantang, need to find replacement.
        COD order: Nama Azlina, Blok C-3-12, PPR Kerinchi, 59200 KL, tel 017-382 6654, bayar cash RM 95 bila parcel sampai.
        Datin Rohana nak tempah 50 hamper untuk majlis tahlil arwah bapa dia, hantar ke rumah di No. 8, Jalan Setiabakti 9, Bukit Damansara.
        陈先生 (Tan Boon Huat) from JB beli 20kg every month, his Touch n Go eWallet number 011-1098 4432, bank in terus ok.
        Worker baru dari Bangladesh, Md Rahim Uddin, passport EC0942317, stay kat asrama ladang bilik 3, gaji RM 1,700 sebulan.
        Aiyo Jason Lee kena tangkap police last night for drunk driving, his Hilux plate VCK 8821, cannot deliver to Penang tomorrow.
        Customer SG Ms Priya d/o Subramaniam, FIN G5123456T, stay 88 Tampines St 81 #05-233, nak 3 botol, bayar PayNow 8234 1190.
        Abang Din kata dia ada hutang along RM 15k, sebab tu dia minta advance gaji tiga bulan, boss decide la.
        Mak Cik Kiah at Pasar Tani cakap anak dia Nurul dapat cancer stage 3, group kita kutip derma, bank in to Nurul's Maybank 158199203367.
        2026-04-09 11:02:44 order_id=ORD-2604-00917 customer="Wan Nurul Izzah" phone=+60 19-774 2156 addr="Lot 332, Kg Gong Badak, 21300 Kuala Nerus" status=NEW
        Aunty Rose (黄美玲) kata madu last batch buat her blood sugar naik, she's on insulin already, boss pls call her sendiri.
        Hi admin, saya Fadzli, IC 900123-03-5519, nak daftar kursus kelulut bulan depan, boleh bayar ansuran tak?
        Emel peribadi akauntan kita hui.min.tay@outlook.my, dia nak slip gaji dihantar ke sini, bukan ke company email.
        Uncle Siva yang jaga ladang Blok B tu baru kena heart attack, now ward kat HKL, anak dia minta kita jaga koloni dia dua minggu.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Madu Kelulut Bukit Kenau Sdn Bhd. Bantu staf menulis mesej kepada pelanggan dengan sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp untuk Encik Roslan bin Daud (012-390 7741). Dia ambil 40 botol 250 g bulan lepas untuk kedai dia di Kuala Lipis, invois INV-2026-00355, baki RM 1,440 belum bayar lagi.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Roslan, ini daripada Madu Kelulut Bukit Kenau. Kami ingin memaklumkan baki RM 1,440 bagi invois INV-2026-00355 masih belum dijelaskan. Mohon jelaskan sebelum 30 April atau maklumkan jika perlukan tempoh tambahan. Terima kasih.",
        ),
        ("user", "Ok bagus. Tambah sikit yang dia boleh bayar ansuran dua kali."),
        (
            "assistant",
            "Boleh. Tambah ayat ini: Sekiranya lebih mudah, Encik Roslan boleh menjelaskan baki secara dua ansuran sebanyak RM 720 setiap satu, pada 15 dan 30 April.",
        ),
    ],
    [
        (
            "user",
            "I want to apply for Halal certification for my small kelulut honey business. My name is Norhayati binti Sulaiman, MyKad 880215-06-5402, business run from my house at No. 3, Kampung Batu Talam, 27600 Raub. What documents do I need?",
        ),
        (
            "assistant",
            "For a micro honey business you will typically need your SSM registration, a product label draft, a list of ingredients and suppliers, a simple floor plan of the processing area and evidence of basic hygiene training. Since you process at home, make sure the honey processing area is separate from the family kitchen, because the auditor will check this.",
        ),
        ("user", "My husband keeps cats at home, will that fail the audit?"),
        (
            "assistant",
            "Pets are not automatically a failure, but they must not have access to the processing area. Keep the honey room closed, with screens on the windows, and note this control in your halal assurance documents.",
        ),
    ],
    [
        ("system", "You are an HR assistant for a small kelulut farm in Pahang. Answer briefly."),
        (
            "user",
            "Worker kita Faridah binti Mansor, packing section, baru confirm ada breast cancer stage 2, dia kena buat chemo every 3 weeks kat Hospital Sultan Haji Ahmad Shah. Macam mana nak adjust cuti dia?",
        ),
        (
            "assistant",
            "Under the Employment Act she is entitled to sick leave, and hospitalisation leave up to 60 days a year when certified. You can also offer flexible hours on non-chemo weeks. Keep her diagnosis confidential and share only what the supervisor needs for scheduling.",
        ),
        ("user", "Ok, boleh buat satu memo ringkas untuk supervisor tanpa sebut penyakit dia?"),
        (
            "assistant",
            "Memo: Mulai bulan ini, Puan Faridah binti Mansor akan mengambil cuti sakit berjadual setiap tiga minggu atas nasihat doktor. Sila susun semula jadual pembungkusan dan jangan bertanya tentang butiran perubatan.",
        ),
    ],
    [
        (
            "system",
            "Order record for this conversation: customer Ong Pei Shan, NRIC S7921348I, 21 Bedok North Road #11-07, Singapore 469651, mobile +65 9788 2310, order ORD-2604-00955, 2 x Kelulut Honey 1kg.",
        ),
        ("user", "Can you tell me whether my order has been shipped?"),
        (
            "assistant",
            "Hi Ms Ong, your order ORD-2604-00955 was handed to our courier on 9 April and is heading to 21 Bedok North Road #11-07. Please keep your phone +65 9788 2310 reachable for the delivery call.",
        ),
        ("user", "Thanks. Can I also change the delivery to my office instead?"),
        (
            "assistant",
            "Sure, please send me the office address and the name of the person who can receive it, and I will ask the courier to update the delivery.",
        ),
    ],
    [
        (
            "user",
            "Buatkan invois untuk pembeli: Cik Nur Syafiqah binti Razak, alamat No. 22, Jalan Mawar 4, Taman Desa Jaya, 25200 Kuantan, tel 014-227 9051. Beli 3 botol madu kelulut 500 g, RM 85 sebotol, pos RM 8.",
        ),
        (
            "assistant",
            "INVOIS No. INV-2026-00421 | Kepada: Cik Nur Syafiqah binti Razak, No. 22, Jalan Mawar 4, Taman Desa Jaya, 25200 Kuantan (014-227 9051) | 3 x Madu Kelulut 500 g @ RM 85.00 = RM 255.00 | Pos RM 8.00 | Jumlah RM 263.00.",
        ),
        ("user", "Terima kasih, tambah nota bayar guna DuitNow."),
        (
            "assistant",
            "Nota ditambah: Bayaran boleh dibuat melalui DuitNow QR syarikat. Sila hantar bukti bayaran dan nyatakan INV-2026-00421 sebagai rujukan.",
        ),
    ],
    [
        (
            "system",
            "CRM lookup tool is enabled. Agent is helping the shop owner review repeat customers.",
        ),
        ("user", "Who are our top three repeat buyers this quarter?"),
        (
            "assistant",
            "Top three this quarter: 1) Teoh Kian Beng, Ipoh, 14 orders, RM 3,920, phone 012-505 6182; 2) Zaleha binti Musa, Kota Bharu, 11 orders, RM 2,860, zaleha.musa@gmail.com; 3) Vinod Kumar a/l Ganesan, Klang, 9 orders, RM 2,115.",
        ),
        ("user", "Send me a short thank-you voucher text I can use for all of them."),
        (
            "assistant",
            "Thank you for being one of our most loyal kelulut honey customers! Here is RM 20 off your next order with code TERIMAKASIH20, valid until 30 June 2026.",
        ),
    ],
    [
        (
            "user",
            "Hi, I sell kelulut honey to Hong Kong. My buyer there is Mr Leung Chi Keung, HKID Y731560(9), address Flat 7C, Tower 2, Laguna City, Kwun Tong. Do I need to put his ID on the export documents?",
        ),
        (
            "assistant",
            "Usually not. For a commercial shipment the invoice and packing list need the consignee name, address and phone; a personal ID number is normally only requested by the courier for customs clearance of personal imports. Share it only through the courier's secure form, not on the printed label.",
        ),
        ("user", "Okay, and how many jars can go without a health certificate?"),
        (
            "assistant",
            "Hong Kong generally allows honey imports for sale without an import licence, but requirements change, so check with the Centre for Food Safety and your courier before shipping a commercial volume.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan rasmi. Jiran ladang saya, Encik Baharuddin bin Said, sembur racun di kebun sayur dia setiap minggu dan 30 koloni kelulut saya mati. Rumah dia di Lot 118, Kampung Sega, Raub. Boleh tolong tulis surat?",
        ),
        (
            "assistant",
            "Boleh. Kepada Pejabat Pertanian Daerah Raub. Perkara: Aduan kematian koloni kelulut akibat semburan racun. Saya ingin mengadu bahawa semburan racun perosak oleh Encik Baharuddin bin Said di Lot 118, Kampung Sega, Raub, dipercayai menyebabkan kematian 30 koloni kelulut saya. Saya memohon siasatan dan nasihat pihak tuan.",
        ),
        ("user", "Perlu letak gambar sarang mati ke?"),
        (
            "assistant",
            "Ya, lampirkan gambar bertarikh, anggaran kerugian dan, jika ada, sampel lebah mati dalam bekas bertutup untuk ujian makmal.",
        ),
    ],
    [
        ("system", "You assist a Malaysian honey exporter with Taiwan sales. Reply in English."),
        (
            "user",
            "Our Taiwan agent is Ms Lin Ya-Ting, ID B220461870, home address 5F, No. 88, Section 2, Zhongshan Road, Banqiao District, New Taipei. Draft an agency agreement opening paragraph.",
        ),
        (
            "assistant",
            "This Agency Agreement is made between Madu Kelulut Bukit Kenau Sdn Bhd (202101023344), Raub, Pahang, Malaysia, and Ms Lin Ya-Ting (ID B220461870), of 5F, No. 88, Section 2, Zhongshan Road, Banqiao District, New Taipei City, Taiwan, who is appointed as non-exclusive sales agent for kelulut honey products in Taiwan.",
        ),
        ("user", "Add her commission of 12 percent."),
        (
            "assistant",
            "Added: The Agent shall receive a commission of twelve percent (12%) of the net invoiced value of all orders procured by the Agent and paid in full.",
        ),
    ],
    [
        (
            "user",
            "Boleh summarise chat group ladang semalam? Key points je: Kamal cakap dia demam denggi, MC 5 hari. Sofea nak tukar nombor dia ke 018-664 2093. Boss cakap gaji Hakim dipotong RM 200 sebab lori rosak.",
        ),
        (
            "assistant",
            "Ringkasan: 1) Kamal MC 5 hari kerana demam denggi, tugas tuaian Blok A perlu diganti. 2) Sofea telah menukar nombor telefon kepada 018-664 2093. 3) Gaji Hakim dipotong RM 200 berkaitan kerosakan lori.",
        ),
        (
            "user",
            "Ok, tapi jangan letak pasal potongan gaji Hakim dalam version yang saya share ke group.",
        ),
        (
            "assistant",
            "Versi untuk group: 1) Kamal MC 5 hari, sesiapa boleh cover tuaian Blok A sila beritahu. 2) Sofea ada nombor baru 018-664 2093, sila simpan.",
        ),
    ],
]
