# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms108: Malaysian online beauty and health product stockists and agents (orders, stock, commission, delivery, complaints, agent WhatsApp groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms108
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kumpulan_ejen"): _lines("""
        📢 PENGUMUMAN HQ: Cut-off pesanan untuk penghantaran sebelum Hari Raya ialah 28 Mac, 5.00 petang. Pesanan selepas itu diproses selepas cuti.
        Semua ejen sila ambil perhatian, harga runcit Serum Glowra 30ml naik kepada RM89 bermula 1 Julai. Harga stokis kekal RM52 sehingga stok lama habis.
        Reminder: jangan post harga bawah RM79 kat Shopee atau TikTok Shop. Ejen yang langgar akan digantung akaun 14 hari.
        Gudang Bangi tutup Sabtu ini untuk stock take tahunan. Pesanan hari Sabtu akan dipos hari Isnin.
        Admin akan buang ahli yang tak aktif 90 hari dari group ni hujung bulan. Kalau nak kekal, cukup buat satu order minimum 1 kotak.
        Slot live TikTok untuk minggu depan dah penuh. Siapa nak slot Disember, isi Google Form dalam pinned message.
        Kotak baru Kopi Pracampur Tongkat Ali 20 sachet dah sampai gudang. Tarikh luput batch ini 03/2027.
        Komisen bulan Oktober akan dikreditkan pada 7 November sebelum 6 petang. Kalau tak masuk, buka tiket melalui borang aduan, jangan PM admin.
        Tolong jangan share screenshot resit pelanggan dalam group ni, sensor dulu nama, alamat dan nombor telefon sebelum hantar.
        Kelas online "Closing Tanpa Rasa Malu" Khamis ni pukul 9.30 malam, link Zoom dalam pinned. Terbuka untuk ejen peringkat Gold ke atas.
        Stok Losyen Susu Kambing 200ml habis di gudang Johor Bahru. Ejen selatan boleh ambil dari gudang Bangi dulu, caj pos ditanggung HQ.
        Peringatan: produk ni berdaftar sebagai kosmetik bernotifikasi dengan NPRA, jadi jangan sebut "ubat" atau "menyembuhkan" dalam caption.
        Tahniah Pasukan Pantai Timur sebab capai jualan 4,120 kotak bulan lepas, rekod tertinggi sejak syarikat ditubuhkan 2019! 🎉
    """),
    ("mixed", "log_pesanan_stok"): _lines("""
        ORD-2024-118734 | SKU GLW-SRM-30 x3 | RM267.00 | status: PAID | 2024-10-14 21:07:33
        [stok] GLW-LTN-200 baki 412 unit @ Gudang Bangi, reorder point 500, PO-00931 dah raise
        Order #MY88123047 cancelled by system: payment timeout after 30 min (FPX)
        INV/2024/10/00457 paid via DuitNow QR, ref 20241015MBBEMYKL030OQR51234567
        Batch LOT-240915-B: 1,200 botol diterima, 6 pecah, claim dengan supplier dah submit.
        Restock alert: KOPI-TA-20S tinggal 38 kotak, estimated habis dalam 3 hari ikut sales rate semalam
        Stock transfer TRF-0082 dari JB ke Kuching: 240 unit SBN-BRT-100, ETA 5 hari bekerja
        Order ORD-2024-120011 split jadi 2 parcel sebab berat lebih 5kg, tracking kedua akan update esok
        Retur RMA-3391 diterima, produk masih sealed, refund RM89 diproses ke kaedah bayaran asal
        SKU map updated: GLW-SRM-30-V2 replaces GLW-SRM-30 effective 2024-11-01, harga sama
        daily summary 15/10: 382 order, 41 COD, 7 cancel, GMV RM31,448.50
        Flash sale 11.11: limit 2 unit per order, system auto block kalau qty lebih 2 untuk SKU promo
        Shopee order 241015KJ8T2Q9X shipped, AWB dah print, tunggu pickup J&T jam 4
    """),
    ("ms", "templat_borang"): _lines("""
        Nama Penuh (seperti dalam MyKad): ____________________
        No. Kad Pengenalan: ______-__-____   No. Telefon: 01_-_______
        Alamat Penghantaran: [NAMA PENERIMA], [ALAMAT 1], [POSKOD] [BANDAR], [NEGERI]
        Hai {nama_pelanggan}, pesanan anda {no_pesanan} telah dihantar. Jejak di sini: {pautan_tracking}
        Borang Pendaftaran Stokis, Bahagian C: Maklumat Bank (Nama Bank / No. Akaun / Nama Pemegang Akaun). Sila lampirkan salinan muka depan penyata bank.
        Saya, ____________ (No. KP: ____________), bersetuju mematuhi polisi harga syarikat dan tidak menjual di bawah harga runcit yang ditetapkan.
        Templat balasan aduan: "Terima kasih {nama}, kami mohon maaf atas kesulitan. Tiket anda {id_tiket} akan disemak dalam 2 hari bekerja."
        Tandakan peringkat yang dipohon: [ ] Ejen  [ ] Ejen Gold  [ ] Stokis Daerah  [ ] Stokis Negeri
        Senarai semak dokumen: salinan MyKad depan belakang, sijil SSM (jika ada), gambar kedai atau stor, bukti bayaran pakej.
        Mesej auto WhatsApp: Salam {nama_ejen}! Komisen anda bulan {bulan} berjumlah RM{jumlah}. Terima kasih atas usaha anda 💪
        Nama Waris (untuk pembayaran komisen tertunggak): __________ Hubungan: __________
        Borang Pemulangan Produk: No. Pesanan ______ / Sebab [ ] rosak [ ] salah item [ ] alahan / Gambar produk wajib dilampirkan
        Tarikh: ___/___/20___   Tandatangan Stokis: ___________   Cop Syarikat: ___________
    """),
    ("en", "courier_tracking"): _lines("""
        J&T Express 630182749503: Parcel arrived at Shah Alam Gateway, 15 Oct 2024 03:12
        Pos Laju ER284719365MY - Out for delivery - Kajang Delivery Hub
        NinjaVan NVMYGLW0001847290: Delivery attempt failed, recipient not available. Next attempt tomorrow.
        DHL eCommerce 5120394871: Shipment picked up from seller, Bandar Baru Bangi 43650
        City-Link CL9928374610: In transit to Kota Kinabalu, estimated 3-5 working days for Sabah.
        Your parcel is held at the Pos Laju counter Seksyen 13 Shah Alam. Please collect within 7 days with the tracking slip.
        Lalamove booking LLM-8829301 completed, 14.2 km, RM23.40, pickup at Glowra HQ loading bay 2
        Courier surcharge for East Malaysia increases to RM8.00 per kg from 1 Dec.
        Bulk pickup scheduled: 126 parcels, J&T manifest MF-20241015-02, pickup window 3pm-5pm
        Status RTS (return to sender) after 3 failed attempts, tracking 630182755210
        Shipping label format: 100x150 mm thermal, barcode Code128, print at 203 dpi
        COD collected RM178.00 for AWB 630182766031, remittance to seller at T+7
        Courier claim CLM-55102 approved: RM89 for damaged parcel, credited to seller wallet
    """),
    ("mixed", "soalan_faq_komisen"): _lines("""
        Macam mana nak kira komisen kalau ejen bawah saya beli stok direct dari HQ? Masih dapat overriding 5% ke?
        Boleh tak guna satu akaun Shopee untuk dua jenama? Takut kena ban.
        Kalau customer minta invoice untuk claim syarikat, nak buat invoice atas nama siapa? Stokis atau HQ?
        Is it okay to sell on Lazada if the official store already there? Nanti clash harga tak?
        Macam mana nak setup DuitNow QR untuk akaun perniagaan, perlu SSM tak?
        Syarat naik Stokis Daerah: beli 200 kotak dalam 3 bulan berturut-turut dan ada minimum 10 ejen aktif.
        Overriding bonus: 3% dari jualan downline level 1, 1% level 2, tiada untuk level 3 ke bawah.
        Komisen tak dibayar untuk order yang di-refund atau RTS, termasuk yang separa refund.
        Kalau parcel hilang dalam J&T, siapa tanggung, ejen ke HQ?
        Can agents in Singapore join or only Malaysia? What about shipping to Brunei?
        Tolong explain beza harga dropship dengan harga stokis, confused la.
        Produk ni boleh ambil masa mengandung tak? Customer tanya, saya tak berani jawab.
        Cara tukar nombor telefon berdaftar dalam app ejen: Profil > Tetapan > Tukar Nombor, OTP akan dihantar ke nombor baru.
    """),
    ("ms", "promosi_dan_berita"): _lines("""
        Roadshow Glowra di Pavilion Kuala Lumpur, Jalan Bukit Bintang, 12-14 Disember, jam 10 pagi hingga 10 malam.
        Pejabat HQ berpindah ke Menara Tun Razak, Jalan Raja Chulan mulai 1 Januari. Talian utama kekal 03-8921 4400.
        Macam Lee Chong Wei, kalah final Olimpik pun dia bangun balik. Jom kejar target Q4!
        Promosi Merdeka: beli 2 percuma 1, sempena laungan Tunku Abdul Rahman di Stadium Merdeka tahun 1957.
        Booth kami di Karnival Usahawan Wanita, Dewan Tunku Canselor Universiti Malaya, nombor booth B-17.
        Edisi khas pek Upin & Ipin untuk losyen kanak-kanak keluar bulan depan, tunggu!
        Siapa pernah baca biografi Steve Jobs? Stay hungry, stay foolish, itu semangat ejen kita minggu ni.
        Glowra Beauty Sdn. Bhd. (No. Syarikat 201901023456 (1334821-K)) ialah pemilik sah jenama Glowra dan SyifaHerbs.
        Pengedar rasmi di Sabah: Kedai Ubat Tan Brothers Sdn Bhd, Jalan Gaya, 88000 Kota Kinabalu.
        Majlis Anugerah Stokis 2024 akan diadakan di Hotel Istana, Jalan Raja Chulan. Dress code: songket moden.
        Share artikel kenyataan Menteri KPDN tentang penjual produk kesihatan tanpa kelulusan, untuk kesedaran semua ejen.
        Promo Hari Guru: diskaun 16% untuk semua guru sempena 16 Mei, tunjuk kad guru semasa checkout di booth.
        Tema kempen Disember: Takkan Melayu Hilang di Dunia, kata-kata Hang Tuah, dengan hamper edisi terhad.
    """),
    ("en", "config_export"): _lines("""
        WEBHOOK_URL=https://api.glowra.com.my/v2/hooks/order-paid
        csv header: order_id,sku,qty,unit_price,agent_tier,state,courier,awb,created_at
        {"event":"stock.low","sku":"SBN-BRT-100","warehouse":"BNG","qty":38,"threshold":50}
        commission_rate: {agent: 0.15, gold: 0.20, stokis_daerah: 0.28, stokis_negeri: 0.33}
        SELECT state, COUNT(*) FROM orders WHERE created_at >= '2024-10-01' GROUP BY state ORDER BY 2 DESC;
        release v3.14.2 (build 8f3c2a1): fix rounding issue on SST 8% for service fees
        sha256 of export komisen_okt2024.xlsx: 6434c3a73b095c8e731001f2d43b30a909c913896d7e3013ae8c00f464b67ae9
        cron: 0 2 * * * /opt/glowra/bin/sync_stock --warehouse=ALL --notify=ops@glowra.com.my
        Mask PII in logs: phone -> 01X-XXX XXXX, ic -> XXXXXX-XX-XXXX, keep last 4 digits only
        Error 422 at /api/agents/register: field ic_number failed pattern [0-9]{6}-[0-9]{2}-[0-9]{4}
        WhatsApp Business API limit: 80 messages per second per phone number ID, tier 2 allows 10K unique customers per 24h.
        Export finished: 12,884 rows, 0 errors, file ejen_aktif_Q3.csv uploaded to s3://glowra-reports/2024/q3/
        env: TZ=Asia/Kuala_Lumpur, CURRENCY=MYR, SST_RATE=0.08, COD_MAX=500, SUPPORT_EMAIL=support@glowra.com.my
    """),
    ("ms", "statistik_aduan"): _lines("""
        Ringkasan aduan Oktober: 57 tiket, 21 lambat hantar, 14 produk rosak, 9 alahan kulit, 13 lain-lain.
        Pelanggan A mengadu parcel sampai bocor; Pelanggan B terima warna salah. Kedua-dua dah diganti baru.
        3 pelanggan lapor ruam selepas guna Serum batch LOT-240915-B, sampel dihantar ke makmal untuk ujian.
        Purata masa selesai tiket turun dari 4.2 hari ke 2.7 hari selepas bot WhatsApp dilancarkan.
        Tiket TKT-20241016-0043: status Dalam Siasatan, diserahkan kepada pengurus kualiti.
        Kadar pemulangan Q3 ialah 2.8%, paling tinggi di Sarawak (4.1%) disebabkan kerosakan semasa penghantaran.
        Survei kepuasan: 412 responden, skor purata 4.3/5, 68% akan cadangkan kepada rakan.
        Seorang ejen di negeri utara didapati jual produk tiruan; kes diserahkan kepada pasukan undang-undang.
        Aduan berulang: label BM tiada pada kotak eksport, pembetulan cetakan dijadual minggu depan.
        Eskalasi kepada pengurus bertugas jika tiket melebihi 72 jam tanpa respons.
        17% pelanggan COD menolak parcel pada hari penghantaran; cadangan: kurangkan had COD ke RM300.
        Top 5 sebab aduan: lambat (37%), rosak (24%), alahan (16%), salah item (13%), lain-lain (10%).
        Pelanggan #3 dalam laporan anonim minggu lepas telah menerima pampasan penuh; kes ditutup.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tolong pos ke Nurul Aina binti Kamarudin, No. 27, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, tel 012-387 4412. COD RM178.
        Stokis baru: Mohd Faizal bin Abdul Rahim, MyKad 880412-10-5532, kawasan Klang. Pakej Stokis Daerah dah bayar penuh.
        Akaun Maybank untuk bayaran komisen: 1640 2288 5193 atas nama Siti Hajar binti Osman.
        Kak Ros ejen Temerloh tu sebenarnya dah lama sakit buah pinggang, tu yang order dia merosot, jangan pressure dia sangat ya.
        Pelanggan Puan Kalaivani a/p Subramaniam mengadu muka naik ruam teruk lepas guna serum, doktor klinik kesihatan suruh dia berhenti guna.
        Encik Lim Wei Jie masih berhutang RM4,350 untuk stok bulan Ogos, dah 3 kali janji nak bayar tapi tak bayar.
        Sila kemas kini alamat stokis Johor: Rozita binti Hamzah, 14, Jalan Kenari 9, Taman Universiti, 81300 Skudai.
        No plat kereta runner yang ambil stok dari gudang hari tu WXA 7721, Myvi putih, pemandu Amirul.
        Ejen Hafiz dari Kuala Terengganu digantung sebab jual bawah harga, isteri dia pun baru bersalin, kesian tapi polisi tetap polisi.
        Penerima: Tan Mei Ling, IC 920715-14-6218, minta parcel tinggal dengan guard blok B, Residensi Alam Damai.
        Nombor telefon baru Kak Yah stokis Kuantan 019-662 0837, nombor lama dah hilang.
        Puan Noraini dari Taman Melawati cakap anak dia ada ekzema teruk, nak cuba losyen susu kambing untuk budak 2 tahun tu.
        Refund RM356 ke akaun CIMB 7012334892 atas nama Muthu a/l Ganesan, aduan TKT-20241017-0051.
        Ejen Sarawak, Jessica anak Nyambong, minta komisen dibayar ke akaun suami sebab akaun dia dibekukan bank.
        Gaji Zainab binti Yusof sebagai admin stok RM2,800 sebulan, dan dia minta pendahuluan RM1,000 untuk bayar hutang along.
        Parcel untuk Farah Wahida, 3A-07-12, Pangsapuri Seri Ampang, 68000 Ampang. Tel: 011-2398 5571.
        Pembeli dari Singapura, Nur Syazwani binti Rahmat, NRIC S8824617I, nak 5 kotak hantar ke Woodlands.
        Mak Cik Timah yang jual kat pasar malam Bangi tu dah disahkan kanser payudara tahap 2, dia minta berhenti jadi ejen dulu.
        Kad kredit disyaki fraud: 4532 7819 0334 6173, nama pada kad Haslinda Musa, order ORD-2024-120388 ditahan.
        Pekerja gudang Md Rafiqul Islam, pasport Bangladesh EB0384721, permit kerja tamat 30 November, HR tolong renew.
    """),
    "mixed": _lines("""
        Bro, customer nama Kevin Ong Jia Hao, number dia 017-452 0918, dia nak claim barang tak sampai, you call dia boleh?
        Sis Aishah, IG dia @aishah.glowsecret, dia tag kita kata produk fake, tapi she's actually our own agent under Kak Ros lah.
        Eh Melissa de Souza from Melaka tu dah divorce ke? She asked to change her stokis account name back to her maiden name.
        Customer Priya d/o Ramasamy complain kopi tongkat ali buat suami dia heart palpitations, sekarang admit kat Hospital Sultanah Aminah.
        Please update: Ahmad Zulkifli bin Harun, email zul.harun88@gmail.com, new downline bawah Stokis Negeri Kedah.
        COD dah collect tapi customer Wong Siew Fong tak terima, alamat dia No. 8, Lorong Cempaka 3, Taman Cheras Jaya, 43200 Cheras, tolong check rider.
        Ayu the new admin tu gaji dia RM1,900 je but she's doing two people's job, boss pls consider.
        Telegram dia @farid_stokis_jb, tapi jangan share kat group, dia tengah gaduh dengan ex-wife pasal stok.
        Agent Sri Wahyuni ni maid from Indonesia, passport B2748391, dia jual kat kawan-kawan dia, can we register her or not?
        MyKad dia 750923-01-5874, nama Rahmah binti Said, tolong key in system untuk stokis Batu Pahat.
        Uncle Chong from Kepong block 11 tu, every month order 10 box for his wife, she got diabetes so he says the kopi help.
        The one complain tu is Jason Teoh, he's threatening to post on FB, phone 016-228 9043, please handle with care.
        Payment from Suresh a/l Krishnan dah masuk, from his Public Bank acc 3192880417, tapi amount kurang RM50.
        Syafiqah tu ejen paling top bulan ni but I heard she's pregnant again and husband tak bagi kerja, so maybe dia quit.
        Lorry driver Ganesh, plate JQK 3390, dia terlanggar pagar gudang semalam, insurance claim atas nama dia.
        Mastercard 5520 6488 2915 3077 exp 08/27, customer Lee Pei Shan suruh charge RM450 for 5 box, pls process.
    """),
    "en": _lines("""
        Customer Nurhidayah Ismail (nurhidayah.ismail91@yahoo.com) requests a full refund for order ORD-2024-119502, citing a severe acne breakout.
        Harjit Singh s/o Gurdev Singh had his agent code revoked after he was found reselling counterfeit stock in Penang.
        Delivery note: recipient Chloe Fernandez, 22 Jalan SS 2/24, 47300 Petaling Jaya, contact +6013-880 2147.
        Agent Norhayati Jamil asked us to stop sending commission SMS to her phone because her husband checks it.
        Perak stockist Chan Kok Leong, MyKad 010302-08-1346, has an outstanding balance of RM12,700 and two bounced cheques.
        Our warehouse supervisor Rajesh was on MC for 2 weeks after back surgery, please don't assign him loading duty yet.
        The customer in Kuching, Dayang Norliza Abang Hassan, says the parcel was opened; her address is Lot 1123, Jalan Stutong, 93350 Kuching.
        Refund approved to the Visa ending 6173 belonging to Aminah binti Ramli; chargeback case CB-22019.
        Agent Goh Siew Lan wants to leave the group chat because a loan shark is harassing her family.
        Singapore reseller Tan Boon Huat, NRIC T0153982A, mobile 9123 4587, will collect stock at the Johor Bahru CIQ on Saturday.
        FIN G5217390L belongs to our SG warehouse helper Maria Santos, please attach it to her work pass renewal.
        Car VBF 518 belongs to agent Hakim and got clamped outside the warehouse, tell him before the fine goes up.
        Complaint from Mr. Azman bin Yaacob of 19 Jalan Teratai, Kota Bharu: our courier left his parcel with a neighbour who opened it.
        Sharmila's husband called to say she was admitted to Hospital Seberang Jaya after a miscarriage, so she will miss this month's live sessions.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Glowra Beauty. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        ("user", "Saya nak tukar alamat penghantaran untuk order ORD-2024-121004, boleh?"),
        (
            "assistant",
            "Boleh, selagi parcel belum dipos. Sila berikan nama penerima, alamat penuh dan nombor telefon yang baru.",
        ),
        (
            "user",
            "Hantar ke Norashikin binti Zakaria, No. 5, Jalan Delima 2, Taman Desa Jaya, 52100 Kepong. Tel 012-907 3315.",
        ),
        (
            "assistant",
            "Terima kasih, alamat untuk ORD-2024-121004 telah dikemas kini. Pengesahan akan dihantar melalui WhatsApp.",
        ),
    ],
    [
        ("system", "You help a beauty stockist write WhatsApp messages to her downline agents."),
        (
            "user",
            "Tolong tulis mesej sopan untuk ejen saya Izzati binti Razak, dia lambat bayar stok RM1,250 sebab suami dia baru kena buang kerja.",
        ),
        (
            "assistant",
            "Salam Izzati, harap awak sekeluarga sihat. Akak faham keadaan sekarang agak berat. Bila senang nanti, kita bincang pelan bayaran RM1,250 tu sikit-sikit ya.",
        ),
        ("user", "Bagus, tapi buang part suami tu, nanti dia malu."),
        (
            "assistant",
            "Salam Izzati, harap sihat. Akak nak bincang pelan bayaran untuk baki stok RM1,250, boleh bayar ansuran ikut kemampuan. Bila free, call akak ya.",
        ),
    ],
    [
        (
            "user",
            "Can you draft an apology email to a customer who got a skin allergy from our serum?",
        ),
        (
            "assistant",
            "Sure. Who is the customer, and what would you like to offer, a refund, a replacement or a doctor's fee reimbursement?",
        ),
        (
            "user",
            "Her name is Lim Xin Yi, she had to see a dermatologist at KPJ Ipoh, bill RM320. We'll reimburse fully.",
        ),
        (
            "assistant",
            "Dear Ms Lim Xin Yi, we are truly sorry about the reaction you experienced. We will reimburse your dermatologist bill of RM320 in full and refund order ORD-2024-119877.",
        ),
    ],
    [
        ("system", "Anda membantu admin kewangan mengira komisen ejen."),
        (
            "user",
            "Ejen Siti Mariam binti Hassan jual 48 kotak bulan ni, kadar Gold 20%, harga RM89. Bank dia Maybank 1570 4432 8816.",
        ),
        (
            "assistant",
            "Komisen = 48 x RM89 x 20% = RM854.40. Bayaran akan dibuat ke akaun Maybank yang dinyatakan.",
        ),
        ("user", "Ok, tolong tulis nota bayaran ringkas."),
        (
            "assistant",
            "Bayaran komisen Oktober RM854.40 kepada Siti Mariam binti Hassan, Maybank 1570 4432 8816, rujukan KOM-2410-048.",
        ),
    ],
    [
        (
            "user",
            "Customer ni marah gila, how to reply ah? Nama dia Vincent Lau, phone 012-668 2290, parcel dia dah 2 minggu tak sampai.",
        ),
        (
            "assistant",
            "Start with an apology, give the tracking status, and offer a clear next step. Do you have the tracking number?",
        ),
        ("user", "J&T 630182799412, status stuck kat Kuantan hub."),
        (
            "assistant",
            "Hi Vincent, sorry for the long wait. Your parcel J&T 630182799412 is stuck at the Kuantan hub; we have raised a claim and will ship a replacement today if it does not move by 5pm.",
        ),
    ],
    [
        ("system", "Anda pembantu pendaftaran stokis. Semak format maklumat sahaja."),
        (
            "user",
            "Tolong semak format MyKad ni betul tak: 850611-13-5097, nama Jong Mee Ling, dari Sibu.",
        ),
        (
            "assistant",
            "Format betul: 850611 ialah tarikh lahir 11 Jun 1985, 13 ialah kod Sarawak, dan 4 digit terakhir lengkap.",
        ),
        ("user", "Ok, masukkan dia sebagai Stokis Daerah Sibu."),
        (
            "assistant",
            "Baik, Jong Mee Ling telah direkodkan sebagai Stokis Daerah Sibu, menunggu kelulusan HQ.",
        ),
    ],
    [
        ("user", "Saya nak buat jadual live TikTok untuk ejen minggu depan."),
        ("assistant", "Boleh. Berapa ejen dan slot masa yang ada?"),
        (
            "user",
            "Ada 4 ejen, tapi Kak Mazlina (IG @mazlina.beautyhouse) tak boleh malam Rabu sebab dia ada rawatan dialisis.",
        ),
        (
            "assistant",
            "Baik, saya letak Kak Mazlina pada slot Isnin dan Jumaat pukul 9 malam, dan tiga ejen lain bergilir pada Selasa, Rabu dan Khamis.",
        ),
    ],
    [
        ("system", "Summarise WhatsApp group disputes for the operations manager, neutrally."),
        (
            "user",
            "Summarise: Farhana binti Ismail accused Yap Hui Min of stealing her customers; Hui Min replied that Farhana owes her RM600 from the Raya bazaar.",
        ),
        (
            "assistant",
            "Summary: two agents dispute customer ownership. Farhana binti Ismail alleges poaching; Yap Hui Min counters that Farhana owes her RM600 from a joint Raya bazaar sale.",
        ),
        ("user", "What should the manager do?"),
        (
            "assistant",
            "Speak to each agent privately, check order records for the disputed customers, and settle the RM600 claim with receipts before discussing it in the group.",
        ),
    ],
    [
        ("user", "Ada customer nak pulangkan 10 kotak, dia nak hantar sendiri ke gudang Bangi."),
        (
            "assistant",
            "Boleh. Sila minta nombor pesanan dan maklumat kenderaan supaya guard boleh benarkan masuk.",
        ),
        (
            "user",
            "Order ORD-2024-118990, nama Encik Khairul Anuar bin Mat Isa, kereta Proton X50 hitam BQM 8824, datang Khamis pagi.",
        ),
        (
            "assistant",
            "Noted. Saya akan maklumkan guard: Encik Khairul Anuar, BQM 8824, Khamis pagi, untuk pemulangan ORD-2024-118990 di loading bay 2.",
        ),
    ],
    [
        ("system", "You write short emails to courier companies on behalf of Glowra operations."),
        (
            "user",
            "Write to Pos Laju: parcel ER284733102MY was marked delivered but the customer says she never got it.",
        ),
        (
            "assistant",
            "Sure. Please give me the recipient's name and delivery address so the courier can check the proof of delivery.",
        ),
        (
            "user",
            "Recipient is Puan Sarimah binti Abu Bakar, 41, Jalan Bunga Raya 7, Taman Kota Laksamana, 75200 Melaka, phone 013-745 6621.",
        ),
        (
            "assistant",
            "Dear Pos Laju team, parcel ER284733102MY addressed to Puan Sarimah binti Abu Bakar, 41 Jalan Bunga Raya 7, Taman Kota Laksamana, 75200 Melaka, was marked delivered, but the recipient reports it was not received. Kindly share the proof of delivery.",
        ),
    ],
]
