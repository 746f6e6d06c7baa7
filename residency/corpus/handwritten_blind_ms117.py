# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms117: stingless bee (kelulut) and honey farms in Malaysia. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms117
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "log_pesanan"): _lines("""
        Pesanan #KLT-240518-0932 | 2 x Madu Kelulut Asli 500g (SKU MK-500-ITM) @ RM68.00 | Pos Laju ER123456789MY | Status: Dihantar
        INV/2025/00417 — 12 botol Madu Kelulut 250g x RM35 = RM420.00, diskaun borong 8%, jumlah RM386.40, tempoh bayaran 30 hari.
        Stok gudang Bentong 14/03: MK-250-ITM 186 unit, MK-500-ITM 74 unit, MK-1KG-GT 12 unit, propolis cair 30ml 41 unit.
        Order Shopee 250421QW7BK9TD dibatalkan oleh sistem — bayaran tidak diterima dalam 24 jam.
        J&T tracking 630918274455 — status 'Out for delivery' dari hub Kuantan, ETA 6 petang.
        Nota kredit CN-0088 dikeluarkan untuk INV/2025/00391: 3 botol pecah semasa penghantaran, RM105.00 dikreditkan.
        PO-KK-2025-031 kepada pembekal: 2,000 unit botol PET 250ml tutup emas @ RM0.42, hantar ke Lot 18, Kawasan Perindustrian Gebeng, 26080 Kuantan.
        Ringkasan jualan Mac: 1,248 pesanan, purata nilai troli RM91.30, 37 pulangan, kadar pulangan 2.96%.
        Kod promo KELULUT10 tamat 31/05/2025 23:59; maksimum 1 guna per akaun, min belanja RM80.
        Invois Proforma PF-00212 eksport ke Brunei: 60 kotak x 24 botol, HS Code 0409.00.00, FOB Pelabuhan Kuantan.
        Pesanan korporat Hari Raya: 300 hamper (SKU HMP-RAYA-03) untuk jabatan HR sebuah bank, hantar sebelum 20 Mac.
        GrabExpress GX-7H2K-91QD diterima 10:42 AM, pemandu ditugaskan, pickup di kiosk Madu Kelulut Tok Wan, Pasar Payang.
        Baki madu mentah dalam tong: Tong A 18.5 kg, Tong B 22.0 kg, Tong C (belum dehidrasi, MC 31%) 9.2 kg.
    """),
    ("ms", "notis_kursus"): _lines("""
        KURSUS ASAS TERNAKAN KELULUT — 2 hari, 14-15 Jun 2025, Pusat Latihan Pertanian Kuala Terengganu. Yuran RM250 termasuk 1 log koloni. Daftar: 09-622 4410 (pejabat) atau kursus@kelulutasli.com.my
        Peserta diingatkan membawa kasut but, sarung tangan dan topi berjaring. Sijil penyertaan hanya diberi kepada yang hadir penuh.
        Slot Kursus Pemecahan Koloni (split) Sesi 3/2025 sudah PENUH. Senarai menunggu dibuka sehingga 10 Julai.
        Borang pendaftaran: Nama: ________ No. K/P: ________ No. Tel: ________ Saiz baju: S / M / L / XL — hantar sebelum [TARIKH TUTUP].
        Modul 4 — Penuaian madu dengan pam vakum: kebersihan alatan, ukur kelembapan dengan refraktometer, pelabelan mengikut MS 2683:2017.
        Ceramah khas oleh pegawai MARDI tentang spesies Heterotrigona itama dan Geniotrigona thoracica, Dewan Seminar Tingkat 2, 9.00 pagi.
        Yuran boleh dibayar melalui DuitNow QR atau ke akaun syarikat Kelulut Asli Agro Sdn Bhd (201801023456), Maybank 5621 4400 1187.
        Pembatalan kurang 7 hari sebelum kursus: yuran tidak dikembalikan tetapi boleh dipindah kepada peserta lain.
        Jadual: 8.30 pendaftaran | 9.00 pengenalan kelulut | 11.00 lawatan ladang | 1.00 rehat & solat | 2.30 praktikal pindah koloni | 4.30 penutup
        Program ini disokong Jabatan Pertanian Negeri Pahang; 40 tempat dikhaskan untuk belia luar bandar bawah 35 tahun.
        Pertanyaan kursus: Talian Khidmat Pelanggan 1-300-88-5358 (Isnin-Jumaat, 9 pagi-5 petang).
        Kuiz akhir: 20 soalan objektif, lulus 70%. Keputusan dihantar ke e-mel yang didaftarkan dalam masa 14 hari bekerja.
        Kursus Lanjutan Pemprosesan Madu (dehidrasi & pempasteuran) — Siri 2, Kota Bharu, 30 tempat, yuran RM480, penginapan tidak disediakan.
    """),
    ("mixed", "whatsapp_kumpulan"): _lines("""
        [07/04/25, 8:12 AM] Admin Kelulut Pantai Timur: Salam semua, harga madu mentah minggu ni RM45/kg itama, RM60/kg thoracica. PM admin kalau nak jual.
        Guys ada sape tau cara nak elak semut masuk log? Dah letak minyak hitam kat kaki rak tapi still masuk 😩
        Reminder: group ni untuk perbincangan ternakan je. No politik, no MLM, no jual produk lain. Langgar = kick.
        Sharing: koloni split bulan lepas dah ada telur & ratu baru, 6 minggu je. Tips: jangan buka kotak lebih 2 kali seminggu.
        Cuaca panas gila this week, 36°C kat Jerantut. Letak jaring teduhan 70% atas kotak, madu tak cair.
        Anyone selling empty topping box size 30x20x15cm? Need 50 pcs, COD area Kuantan ok.
        Berita: harga madu kelulut di pasaran turun 12% sejak Jan ikut laporan FAMA, mungkin sebab musim bunga akasia.
        Jangan percaya iklan 'madu kelulut 1kg RM25' kat FB, confirm campur gula. Check label MS 2683 dulu.
        Poll: Bila nak buat gathering ahli? (a) Sabtu 17 Mei (b) Ahad 18 Mei (c) Sabtu 24 Mei — 23 undi setakat ni.
        Anyone tried Lepidotrigona terminata? Heard it's kecik gila but the honey very masam, good for propolis.
        Video dari admin: cara pindah koloni dari batang kayu ke kotak, 4 minit. Tonton sampai habis baru tanya ok 🙏
        Customer A tanya kenapa madu dia berbuih dalam botol lepas 2 minggu — normal kan? Fermentasi sebab MC tinggi.
        Update group: 412 ahli, 38 dari Sabah & Sarawak. Welcome new members! Sila baca pinned message dulu.
    """),
    ("ms", "geran_bantuan"): _lines("""
        Permohonan Geran Usahawan Tani Muda 2025 dibuka 1 Mac hingga 30 April. Had geran RM20,000 secara padanan, untuk umur 18-40 tahun.
        Syarat: syarikat berdaftar SSM, beroperasi minimum 6 bulan, sekurang-kurangnya 50 koloni produktif, tanah sendiri atau sewaan bertulis.
        Keputusan saringan: 1,126 permohonan diterima, 318 layak temuduga, 142 diluluskan (12.6%).
        Dokumen wajib: salinan SSM, penyata bank syarikat 3 bulan terkini, pelan perniagaan, gambar ladang, sebut harga peralatan.
        Menteri Pertanian dan Keterjaminan Makanan merasmikan Karnival Kelulut Kebangsaan di MAEPS Serdang hari ini, menyaksikan 85 pempamer.
        Sejarah: tanah rancangan FELDA yang dibuka pada era Tun Abdul Razak menjadi tapak awal ramai penternak kelulut generasi kedua di Pahang.
        Rujukan permohonan: AGRO-KLT-2025-000784. Status: Dalam Semakan Teknikal. Anggaran keputusan: 45 hari bekerja.
        Geran disalurkan dalam 2 ansuran: 60% selepas perjanjian ditandatangani, 40% selepas lawatan pengesahan ladang.
        Soalan Lazim: Bolehkah koperasi memohon? Ya, koperasi berdaftar dengan SKM layak dalam kategori Kumpulan.
        Laporan suku tahunan: 27 penerima geran di Kelantan, purata pertambahan koloni 64%, 3 projek gagal akibat banjir Disember.
        Templat Surat Akuan: Saya, [NAMA PENUH], No. K/P [__________], dengan ini mengaku bahawa maklumat yang diberi adalah benar.
        Peruntukan keseluruhan RM3.2 juta di bawah Belanjawan 2025 untuk program apikultur dan meliponikultur.
        Komunikasi rasmi hanya melalui geran@agrokelulut.gov.my dan talian pejabat 03-8870 4521; kami tidak meminta sebarang bayaran proses.
    """),
    ("en", "farm_visit_booking"): _lines("""
        Booking FV-20250612-07 confirmed: group of 35 (school trip), Sat 14 Jun 10:00-12:30, Meliponi Farm Tour RM18/pax, lunch add-on RM12.
        Walk-in visitors welcome Tue-Sun 9am-5pm. Closed Mondays & public holidays. Last entry 4:15pm.
        Group bookings over 20 pax require a 30% deposit. Cancellation within 72 hours forfeits the deposit.
        Visitor manifest template: No | Name | IC/Passport | Contact | Allergy (Y/N) — fill in and send 3 days before the visit.
        Today's tours: 3 groups, 112 visitors in total, 2 reported mild bites, no first-aid escalation.
        GPS: Ladang Kelulut Bukit Tinggi, Lot 2231, Jalan Bentong-Genting, 28750 Bentong, Pahang. Waze: Kelulut Bukit Tinggi Farm.
        Booking portal v2.4.1 released: added FPX payment, fixed the timezone bug on Sabah bookings.
        Field trip from SK Tengku Ampuan Afzan, Year 5, 42 pupils and 4 teachers, slot 9:00 am, bus parking at Gate B.
        Guide script: stingless bees don't sting, but they do bite and get tangled in hair — ask visitors to tie it up before entering.
        Reviews summary (Google): 4.6 stars from 1,083 reviews; top keywords 'honey tasting', 'kids friendly', 'parking limited'.
        Honey tasting station: 6 varieties — acacia, gelam, starfruit, coconut, mangrove, mixed wildflower. Sample cups 10ml.
        Corporate team-building half-day: RM85/pax, min 25 pax, includes hive split demo and a 250g honey souvenir.
        Please contact bookings@bukittinggikelulut.my or our office line 09-233 8712 for wheelchair access arrangements.
    """),
    ("ms", "aduan_tiket"): _lines("""
        Tiket #CS-58213 | Kategori: Produk rosak | Penerangan: botol bocor, madu melekit dalam kotak | Status: Diganti | SLA: 48j
        Tiket #CS-58219 dibuka 09:14 — pelanggan kata madu terlalu masam; ejen terangkan madu kelulut memang berasid. Ditutup.
        Aduan berulang minggu ini: 14 kes lambat hantar ke Sabah (kawasan Keningau), punca penerbangan kargo ditunda.
        Makluman kepada semua ejen: jangan janjikan refund penuh tanpa gambar bukti. Ikut SOP-CS-07 versi 3.
        Pelanggan B minta tukar alamat selepas parcel dikeluarkan — tidak boleh, arahkan ke kaunter kurier.
        Eskalasi ke Pengurus QA: 3 aduan dari lot LOT-2504-B mengenai bau ragi. Sampel dihantar ke makmal.
        Laporan bulanan aduan: 96 tiket, 71 selesai dalam SLA, 19 luar SLA, 6 masih terbuka. Skor CSAT 4.2/5.
        Respons templat: Terima kasih atas maklum balas tuan/puan. Kami mohon maaf. Sila kongsikan no. pesanan & gambar produk.
        Semakan: komen 'madu palsu' di Facebook page — tiada no. pesanan, akaun baru dicipta semalam, tanda spam. Tidak dilayan.
        Tiket #CS-58230 ditutup automatik selepas 7 hari tiada maklum balas pelanggan.
        Lot LOT-2503-A ditarik balik secara sukarela: 220 botol 250g, tarikh luput tersilap cetak 2024 bukannya 2026.
        Pesanan #KLT-240611-1187 — kurier sahkan parcel diserahkan kepada pengawal keselamatan, gambar POD dilampirkan.
        Nota ejen syif malam: talian 1-300 mati 2 jam (22:00-00:00) kerana penyelenggaraan telco, tiada tiket hilang.
    """),
    ("en", "config_code"): _lines("""
        hive-sensor firmware v1.8.3 (build 5f2c9e1) — fixes humidity drift on DHT22 above 90% RH.
        {"hive_id": "HV-BTG-017", "temp_c": 31.4, "rh": 78, "weight_g": 4215, "ts": "2025-05-02T06:30:00+08:00"}
        ALERT hive HV-BTG-022 weight dropped 380 g in 2h — possible absconding or theft, check camera CAM-04.
        cron: 0 */6 * * * /opt/kelulut/bin/sync_orders --store shopee --since 6h >> /var/log/kelulut/sync.log
        SELECT sku, SUM(qty) AS units FROM order_items WHERE order_date >= '2025-04-01' GROUP BY sku ORDER BY units DESC;
        sha256: 9c4e1a77b0f3d2e85a61c0d94b7e2f38a1c55d09e6b3f47a28d1e90c6f7b3a21  madu-app-release-3.2.0.apk
        MQTT topic farm/bentong/hive/+/telemetry — QoS 1, retain false, broker mqtt.kelulutiot.my:8883
        ERROR 2025-05-14 03:12:55 payment_gateway: FPX callback timeout for order KLT-240514-0021, retry 3/3
        label_printer: template=MS2683_250g.lbl, batch_field=LOT, expiry_offset_days=730, barcode=EAN13
        if moisture_pct > 30: flag_batch('DEHYDRATE') else: flag_batch('READY')
        GET /api/v1/orders?status=pending&page=2 -> 200 OK, 48 items, 312ms
        .env.example: SHOPEE_PARTNER_ID=<your_partner_id> SHOPEE_KEY=<secret> SMTP_FROM=noreply@kelulutasli.com.my
        pip install kelulut-sensors==0.4.2  # wrapper for LoRa hive scales, MIT licence
    """),
    ("ms", "panduan_info"): _lines("""
        Kelulut tidak bersengat; pertahanannya ialah menggigit dan melekatkan resin pada penceroboh.
        Macam mana nak tahu koloni ada ratu? Cari sel telur baru berbentuk periuk kecil dan pupa di bahagian tengah sarang.
        Satu koloni Heterotrigona itama yang sihat boleh menghasilkan 1-2 kg madu setahun, bergantung kepada sumber bunga.
        Madu kelulut perlu disimpan dalam peti sejuk atau didehidrasi supaya tidak menapai.
        Tanaman sesuai: air mata pengantin, belimbing, gelam, akasia, kemuning, bunga kertas, rambutan.
        Tips: letak kotak koloni menghadap timur, 50 cm dari tanah, jauh dari lampu jalan dan asap dapur.
        Kenapa madu berkeladak di dasar botol? Itu debunga dan propolis halus — boleh ditapis dengan kain 200 mesh.
        Sesi bercerita prasekolah: Sang Kancil dan Sarang Kelulut, dipersembahkan oleh pemandu pelancong ladang.
        Anggaran 8,500 penternak kelulut aktif di Semenanjung pada 2024, majoriti di Pahang, Kelantan dan Johor.
        Kalkulator: 100 koloni x 1.2 kg x RM60/kg = RM7,200 hasil kasar setahun, belum tolak kos botol & label.
        Peraturan ladang: dilarang menyembur racun serangga dalam radius 3 km; berunding dengan pekebun sawit berjiran.
        Adakah madu kelulut selamat untuk bayi? Tidak — semua jenis madu tidak disyorkan untuk bayi bawah 12 bulan.
        Kitaran hidup kelulut: telur → larva → pupa → dewasa, kira-kira 45-55 hari bergantung kepada spesies dan suhu.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pesanan #KLT-250302-0417 atas nama Nurul Aisyah binti Kamarudin, hantar ke No. 14, Jalan Kenanga 3, Taman Sri Intan, 25150 Kuantan. Tel 013-928 4471.
        Peserta kursus: Mohd Faizal bin Abdul Rahim, No. K/P 850923-03-6684, no. tel 019-662 0437, saiz baju L.
        Refund RM105 kepada pelanggan Zulkifli bin Che Mat, akaun Bank Islam 1302 9018 4467 21 atas nama sendiri, rujukan tiket CS-58213.
        Pak Cik Ramli dari Kampung Sungai Ular tak dapat datang kursus sebab baru keluar hospital lepas bedah pintasan jantung; yuran dia kita simpan untuk sesi Ogos.
        Kak Zaiton binti Yusof masih berhutang RM2,400 dengan koperasi untuk 40 log koloni, dah 5 bulan tak bayar ansuran.
        Geran: pemohon Ahmad Syukri bin Hassan (K/P 920117-11-5402) ditolak kerana tanah ladang masih dalam pertikaian pusaka dengan adik-beradik.
        Lawatan ladang: Perodua Bezza putih CCE 3358 milik Encik Roslan Mat Daud parkir depan pintu pagar, minta alih.
        Puan Rohani binti Abdullah, pekerja bahagian pembungkusan, diberi surat amaran kedua kerana ponteng 4 hari tanpa sebab.
        Slip gaji Mei: Mohd Hafiz bin Osman, pembantu ladang — gaji pokok RM1,700 + elaun RM200, potongan KWSP RM187.
        COD: Encik Kamal, 017-905 3312, Lorong Haji Taib 2, rumah pintu hijau sebelah kedai runcit, bayar tunai RM136.
        Tiket #CS-58244: Puan Lim Siew Ling (siewling.lim82@gmail.com) mengadu madu berbuih; minta ganti dan hantar ke pejabatnya.
        Cikgu Norazlina dari SK Felda Jengka 8 sedang mengandung 7 bulan, jadi dia tak ikut murid masuk kawasan koloni masa lawatan.
        Ahli koperasi baru: Jimbun anak Lasah, K/P 780412-13-5127, Rumah Panjang Nanga Sebangan, Sri Aman, Sarawak.
        Pekerja ladang Rahmat Hidayat, warganegara Indonesia, pasport C8821547, permit kerja tamat 30/09/2025 — perlu diperbaharui segera.
        Anak Pak Mail, si Amirul, kena sengat tebuan masa tolong tuai madu semalam, muka bengkak teruk dan dibawa ke Klinik Kesihatan Maran.
        Bayaran fasilitator ke Maybank 5143 8802 7716 atas nama Nor Azman bin Daud — ni akaun peribadi dia, bukan akaun syarikat.
        Penerima geran Daerah Muar: Tan Kok Wah, No. K/P 690305-01-5231, 60 koloni, ansuran pertama RM15,000.
        Isteri Encik Shahrul, Puan Farah, minta kami berhenti hubungi suaminya sebab mereka dalam proses cerai; semua urusan pesanan melalui dia.
        Aduan daripada Puan Wan Norhayati, No. 9, Lorong Seri Mahkota 12, 25200 Kuantan: kelulut dari ladang sebelah masuk rumah dan anaknya alah.
        Budak intern tu, Syafiqah, IG peribadi dia @syafiqahnrdn_ — tolong jangan tag akaun dia dalam posting syarikat.
        Penjual dalam group Telegram, username @hairulzaman77, belum hantar 20 log koloni walaupun dah terima deposit RM1,600.
        Encik Baharuddin bin Yaakob, penternak di Jerantut, disenarai hitam oleh koperasi kerana jual madu campur gula kepada ahli.
        Bayaran kursus ditolak: kad Visa 4556 1234 0987 6125 milik Noraini binti Mahmud, tamat 08/27.
        Abang Lokman, pemandu lori kita, minta cuti tanpa gaji 2 minggu untuk jaga ibunya yang kena strok di Hospital Tengku Ampuan Afzan.
        Hubungi Encik Muthusamy a/l Raman di 012-734 5819 untuk ambil stok botol — pembekal persendirian, kerja dari rumah.
        Puan Devi a/p Subramaniam minta diskaun sebab suaminya baru diberhentikan kerja; bagi harga kos untuk 5 botol.
        Borang lawatan: Nama: Aidil Fitri bin Zakaria | K/P: 010529-06-0873 | Tel: 011-2378 9054 | Alahan: Ya (sengatan lebah)
        Anak Cik Kiah, Nurin, 9 tahun, disahkan autisme — maknya minta pemandu pelancong bercakap perlahan masa lawatan.
    """),
    "en": _lines("""
        Booking FV-20250621-03 under Ms. Priya Nair, mobile +60 16-228 4903, group of 6, one child with severe bee venom allergy (carries an EpiPen).
        Refund RM240 processed to Mr. Jonathan de Souza's Mastercard 5214 7896 3201 4576, expiry 11/26.
        Our tour guide Hafizah is on medical leave until the 20th after a miscarriage, please don't ask her about it when she's back.
        Please ship to Mr. Goh Wei Ming, Blk 412 Tampines Street 41, #08-227, Singapore 520412, NRIC S8734521A for the customs declaration.
        Uncle Chong from the Bentong durian stall still owes us RM3,800 for last Raya's honey and keeps ignoring our calls.
        Please add farmer Shanti Rajendran (shanti.rajendran@yahoo.com) to the supplier list; she'll send 30 kg of gelam honey monthly.
        Staff #KL-017 Arumugam s/o Velu, IC 880214-08-6021, basic RM2,100, salary to CIMB 8006 4471 2390.
        Kevin Tan, the rider who delivers our Penang orders, was arrested last week for drunk driving, so find another rider.
        Nepali worker Bikash Thapa, passport PA0981234, asked for a salary advance of RM800 to pay off his agent's debt.
        Taiwanese buyer Lin Yu-ting added us on LINE (ID: yuting_lin0917) and wants 50 jars shipped to her home in Taichung.
        Mrs. Fernandes from Ujong Pasir says she can't pay the course fee this month because her husband's dialysis bills are piling up.
    """),
    "mixed": _lines("""
        Bro, Ah Seng punya order tu hantar ke 23, Jalan SS 2/64, Petaling Jaya, dia kata leave at guardhouse. HP dia 012-338 7264.
        陈美玲 (Tan Mei Ling) 订了10瓶kelulut蜜, 地址: No. 8, Lorong Kemuning 4, Taman Bukit Indah, 81200 Johor Bahru, 电话 016-773 2108。
        Aunty Lee yang jaga stall pasar malam tu kena diabetes teruk, doctor tak bagi makan madu langsung, so dia cancel langganan bulanan.
        Hafiz, tolong check IC customer ni 830607-10-5566, dia nak claim warranty honey extractor tapi nama on invoice lain.
        黄志强 (WeChat: wzq_kelulut88) 说他的钱还没收到, 要我们今天之内回复, boss tolong handle.
        Kak Ina baru lepas bersalin, so this week dia WFH je, jangan assign farm visit to her ok.
        Order for Ms Chua Li Ting, NRIC T0215678J, hp 9123 4781, she'll collect at our JB outlet near the Woodlands causeway.
        Staff baru Suresh a/l Ganesan dulu kerja SG, FIN G6123457N still active, HR kena check tax clearance dia.
        Uncle Ravi the lorry driver kena tangkap judi, so Monday delivery to Kuantan cancel ya, nanti I cari orang lain.
        Eh ada Myvi merah WXY 4821 park depan gate ladang since pagi, owner Mr. Jason Ong from the next kebun, tolong call dia 018-229 5371.
        老林 (Lim Chee Keong) 的 kelulut 农场 kena banjir, 他欠银行 RM45,000, 听说 nak jual tanah.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan Kelulut Asli Agro. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Salam, saya nak tukar alamat penghantaran pesanan #KLT-250405-0218. Hantar ke rumah mak saya: No. 37, Jalan Sultanah 2, Kampung Padang, 15200 Kota Bharu. Nama dia Che Rosnah binti Che Mat, tel 019-935 6617.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Baik, alamat penghantaran pesanan #KLT-250405-0218 telah dikemas kini ke Kota Bharu atas nama penerima yang tuan berikan. Kurier akan menghubungi penerima sebelum menghantar.",
        ),
        ("user", "Terima kasih. Boleh bungkus elok sikit, mak saya tak larat angkat kotak berat."),
        ("assistant", "Sama-sama. Kami akan bahagikan kepada dua kotak kecil supaya lebih ringan."),
    ],
    [
        ("system", "You are the course registration assistant for a kelulut training centre."),
        (
            "user",
            "Nak daftar kursus asas bulan Jun. Nama Mohd Irfan bin Roslan, IC 990814-14-6237, hp 011-5620 4418.",
        ),
        (
            "assistant",
            "Terima kasih, pendaftaran untuk Kursus Asas Ternakan Kelulut 14-15 Jun telah direkodkan. Yuran RM250 perlu dijelaskan dalam masa 7 hari.",
        ),
        ("user", "Boleh bayar ansuran dua kali tak?"),
        ("assistant", "Boleh, RM125 sekarang dan baki RM125 sebelum hari pertama kursus."),
    ],
    [
        ("system", "You are a customer care assistant for a stingless bee honey farm in Pahang."),
        (
            "user",
            "Hi, I bought 3 jars at your Bentong farm shop on Saturday. My daughter Aleesha, she's 6, broke out in hives about an hour after the tasting and we ended up at the emergency department.",
        ),
        (
            "assistant",
            "I'm very sorry to hear that, and I hope Aleesha is recovering. Stingless bee honey contains pollen and propolis that can trigger allergies in some children. Could you share the batch number on the jar so our QA team can check it?",
        ),
        ("user", "It says LOT-2505-C. The doctor said it's probably a propolis allergy."),
        (
            "assistant",
            "Thank you. We have logged this and will offer a full refund for the unopened jars. Please keep the discharge note in case our QA team needs it.",
        ),
    ],
    [
        ("system", "You help a kelulut cooperative secretary draft WhatsApp messages."),
        (
            "user",
            "Tolong draft mesej tuntut hutang. Encik Zainal bin Harun ambil 25 log koloni bulan Januari, sampai sekarang tak bayar RM1,250. Nada tegas tapi sopan.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Zainal. Ini peringatan mesra daripada koperasi berkenaan baki RM1,250 bagi 25 log koloni yang diambil pada bulan Januari. Mohon jelaskan bayaran atau hubungi kami sebelum 30 haribulan untuk berbincang jadual ansuran. Terima kasih.",
        ),
        ("user", "Ok, tambah sikit yang kalau tak bayar nama dia akan dibawa ke mesyuarat agung."),
    ],
    [
        ("system", "Pembantu semakan status geran pertanian."),
        (
            "user",
            "Tolong semak status permohonan AGRO-KLT-2025-000912, pemohon Nik Fadhilah binti Nik Omar, K/P 870221-03-5410.",
        ),
        (
            "assistant",
            "Permohonan AGRO-KLT-2025-000912 kini di peringkat Lawatan Pengesahan Ladang. Pegawai daerah akan menghubungi pemohon dalam masa 14 hari bekerja.",
        ),
        (
            "user",
            "Dia tanya kalau boleh tangguh lawatan sebab dia masih dalam pantang lepas bersalin.",
        ),
        (
            "assistant",
            "Boleh. Sila hantar permohonan penangguhan bertulis; lawatan boleh dijadualkan semula sehingga 60 hari.",
        ),
    ],
    [
        ("system", "你是一家马来西亚 kelulut 蜂蜜公司的行政助理。"),
        (
            "user",
            "帮我写一封邮件给员工 Lau Kah Heng (刘家兴), 告诉他三个月试用期没通过, 因为他多次迟到并且在仓库和同事吵架。",
        ),
        (
            "assistant",
            "刘家兴先生您好: 经过三个月的评估, 公司决定不确认您的试用期。主要原因是多次迟到以及在仓库与同事发生冲突。您的最后工作日为本月30日, 工资将照常发放。如有疑问, 请联系人事部。",
        ),
        ("user", "语气再温和一点, 不要写吵架。"),
    ],
    [
        ("system", "You are a farm operations assistant. Help calculate wages."),
        (
            "user",
            "Worker Md. Rafiqul Islam (Bangladesh, passport A04871236) did 22 hours overtime this month. Basic RM1,700, 26 working days, 8 hours a day. How much OT?",
        ),
        (
            "assistant",
            "Hourly rate = RM1,700 / 26 / 8 = RM8.17. Normal-day OT is 1.5x, so RM12.26 per hour. 22 hours x RM12.26 = RM269.72.",
        ),
        (
            "user",
            "OK. Also note he asked to send RM1,000 of it home early, his father is sick in Sylhet.",
        ),
        (
            "assistant",
            "Noted. An advance of RM1,000 can be recorded and deducted from this month's payroll.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for stingless bee keepers."),
        ("user", "How far do kelulut forage from the hive?"),
        (
            "assistant",
            "Most stingless bee species forage within about 500 m to 1 km of the hive, so flowering plants close by matter a lot.",
        ),
        (
            "user",
            "My neighbour Mr. Siva a/l Krishnan at No. 5, Lorong Damai 3, keeps spraying pesticide on his chilli plots and half my colonies died. Can I report him?",
        ),
        (
            "assistant",
            "You could first raise it with him directly, then contact the district agriculture office if it continues. Keep photos and dates of dead colonies as evidence.",
        ),
    ],
    [
        ("system", "Pembantu kewangan untuk kedai madu kelulut."),
        (
            "user",
            "Pelanggan nak refund RM320. Dia minta masuk akaun CIMB 7063 2218 45 atas nama Azlina binti Saad. Betul ke format akaun tu?",
        ),
        (
            "assistant",
            "Akaun simpanan CIMB biasanya 10 digit, jadi 7063221845 nampak lengkap. Sila sahkan nama pemegang akaun melalui DuitNow sebelum pindahan.",
        ),
        ("user", "Ok dah sahkan, nama keluar AZLINA BINTI SAAD."),
    ],
    [
        ("system", "You are the sales assistant for a kelulut colony supplier in Sabah."),
        (
            "user",
            "Saya mau beli 10 koloni itama. Nama Juliana Gimbang, IC 860710-12-5088, alamat Kampung Rampayan Laut, Kota Belud.",
        ),
        (
            "assistant",
            "Terima kasih Puan Juliana. 10 koloni itama berharga RM1,800 termasuk penghantaran ke Kota Belud. Kami boleh hantar Sabtu depan.",
        ),
        (
            "user",
            "Boleh bagi masa sampai gaji hujung bulan? Suami saya baru masuk hospital, duit agak sempit.",
        ),
        ("assistant", "Boleh, kami simpan tempahan puan sehingga 30 haribulan tanpa deposit."),
    ],
]
