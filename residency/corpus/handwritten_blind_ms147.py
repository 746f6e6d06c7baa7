# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms147: kedai cuci kereta, detailing dan tinted cermin di Malaysia (tempahan, pekerja, kerosakan kenderaan, aduan pelanggan, resit, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms147
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "senarai_harga"): _lines("""
        Cuci Biasa (Sedan) RM15 | MPV/SUV RM20 | 4x4 Pikap RM25 – termasuk vakum dalaman, lap dashboard dan semburan kilat tayar.
        Pakej Polish + Wax 1 Langkah: Sedan RM180, SUV RM220, MPV RM250. Tempoh siap lebih kurang 4 jam, sila tempah sehari awal.
        Coating Seramik 9H (Gyeon Q2 Mohs EVO) bermula RM1,280 untuk kereta kompak; waranti 2 tahun dengan servis penyelenggaraan setiap 6 bulan.
        Tinted V-Kool VK40/VK70 set penuh: Myvi, Axia, Bezza RM1,150; Honda City, Vios RM1,380; X70, CR-V RM1,650. Harga termasuk pemasangan.
        Cuci enjin (engine bay) RM40, cuci siling dalam RM60, shampoo kerusi fabrik RM120, rawatan kerusi kulit (leather conditioner) RM150.
        Buang kesan kulat kaca (watermark removal) cermin depan RM80, semua cermin RM150. Kaca air RM10 sebotol 500ml dijual di kaunter.
        Ozone treatment hilangkan bau rokok dan bau durian RM50 (45 minit). Tambah RM30 untuk foam anti-bakteria evaporator aircond.
        Kad Ahli VIP Cuci 10 Kali RM130 sahaja (jimat RM20), sah 6 bulan dari tarikh beli, tidak boleh dipindah milik atau ditunaikan.
        Buang tinted lama + gam: RM100 (4 pintu), RM60 (cermin belakang sahaja). Kereta dengan defogger belakang caj tambahan RM40.
        Promosi Merdeka 31/8 – 16/9: Cuci + Wax cuma RM31 untuk semua jenis kereta, terhad 60 kereta sehari di cawangan Shah Alam Seksyen 13.
        PPF (Paint Protection Film) XPEL Ultimate Plus bahagian depan (bumper, bonet, cermin sisi) RM3,800; balut kereta penuh dari RM12,500.
        Headlamp restoration RM70 sepasang termasuk UV clear coat. Lampu belakang RM50 sepasang. Siap dalam 1 jam, boleh tunggu di lounge.
        Caj tambahan kotor melampau (lumpur banjir, bulu kucing, tumpahan susu) RM30-RM80 ikut keadaan, dimaklumkan sebelum kerja dimulakan.
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Kedai tutup sempena Hari Raya Aidilfitri 30 Mac – 3 April 2025. Operasi semula 4 April jam 9.00 pagi. Maaf zahir batin!
        Pihak kedai tidak bertanggungjawab atas barang berharga yang ditinggalkan di dalam kenderaan. Sila keluarkan dompet, telefon dan wang tunai.
        Semua tempahan tinted perlu deposit RM100 melalui DuitNow QR kedai. Deposit tidak dikembalikan jika tempahan dibatalkan kurang 24 jam.
        Selepas pemasangan tinted, jangan turunkan cermin tingkap selama 3 hari dan jangan cuci dengan air tekanan tinggi selama 7 hari.
        Waktu operasi: Isnin–Sabtu 8.30 pagi – 7.00 petang, Ahad 9.00 pagi – 5.00 petang. Tutup Selasa minggu pertama setiap bulan untuk servis mesin.
        Aduan atau pertanyaan rasmi boleh dihantar ke aduan@kilatautospa.com.my atau WhatsApp Bisnes 011-5530 8800 (jawapan dalam 1 hari bekerja).
        Kami sudah berpindah ke Lot 12, Jalan Perusahaan 2, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang, Selangor. Cari Kilat Auto Spa Rawang di Waze.
        Kilat Auto Spa Sdn. Bhd. (No. Syarikat 201901023456 / 1332145-T). Semua harga belum termasuk SST 8% bagi perkhidmatan bercukai.
        Sila parkir di petak kuning semasa menunggu giliran. Jangan halang laluan keluar bay 3 dan bay 4 kerana lori tunda keluar masuk.
        Pelanggan dinasihatkan memeriksa kenderaan sebelum meninggalkan premis. Tuntutan kerosakan selepas 24 jam tidak akan dilayan.
        Mesin kad rosak hari ini. Kami terima tunai, DuitNow, Touch 'n Go eWallet dan Boost sahaja. Harap maaf atas kesulitan.
        Surau dan tandas pelanggan di belakang bangunan. Bilik menunggu berhawa dingin disediakan, WiFi KilatGuest, kata laluan di kaunter.
        Jawatan kosong: Pembantu Cuci Kereta (6 orang) dan Pemasang Tinted berpengalaman. Gaji RM1,700 + OT + komisen. Emel resume ke hr@kilatautospa.com.my.
    """),
    ("ms", "sembang_kumpulan_pekerja"): _lines("""
        [08:02] Team pagi dah sampai? Pressure washer bay 2 bocor kat hos, jangan guna dulu, pakai bay 1 dan bay 3 je.
        [08:15] Stok snow foam tinggal 2 tong 20L. Sup tolong order dengan supplier Klang, PO-2025-0417, minta hantar sebelum Khamis.
        [09:40] Vellfire putih dalam bay 4 tu pakej interior penuh, ozone sekali. Customer nak ambil pukul 3, jangan lambat ok.
        [10:05] Siapa ambil microfiber biru 10 helai dari stor? Yang biru untuk cermin sahaja, jangan guna untuk rim. Letak balik lepas basuh.
        [11:30] Roll VK70 dah habis, yang ada VK40 dan VK50 je. Tempahan tinted lepas Zohor pukul 2 tu kaunter kena confirm dulu.
        [12:48] Rehat makan ikut giliran: team tinted 12.30-1.30, team cuci 1.30-2.30. Jangan tinggal kaunter kosong, bos dah pesan.
        [14:10] Hujan lebat tapi ada 7 kereta lagi dalam queue. Teruskan cuci bawah bumbung, yang polish tangguh esok pagi.
        [15:22] Kereta bay 3 ada calar halus dekat pintu belakang kiri, dah ada sebelum masuk. Ambil gambar dan tulis dalam borang pemeriksaan.
        [16:00] Reminder: semua kena sign borang SOP keselamatan kimia baru sebelum Jumaat. Borang ada dalam fail merah atas meja sup.
        [17:35] Tutup kedai: matikan kompresor, kunci stor kimia, cas mesin vakum, buang air sisa dalam perangkap minyak. Terima kasih semua!
        [18:02] Jualan hari ni RM4,860, 71 kereta, 3 tinted, 2 coating. Record terbaik bulan ni, bos belanja teh tarik esok pagi.
        [07:55] Air Selangor ada gangguan bekalan esok 10 pagi sampai 2 petang kawasan kita. Isi penuh tangki simpanan 5,000L malam ni.
        [13:15] Civic FL5 hitam minta tukar dari VK50 ke VK70 depan. Beza harga RM180, kaunter dah update invois INV-KAS-25-03391.
    """),
    ("en", "business_reviews"): _lines("""
        5 stars for Kilat Auto Spa Rawang. Booked a full interior detail, done in 3.5 hours and the car smells brand new. Fair price at RM280.
        Went to Ah Huat Car Wash & Detailing in Kepong on a Sunday, waited almost 90 minutes. Wash quality ok but the queue system needs work. 3/5.
        Tint job by Wira Tint Specialist in Seri Kembangan was clean, no bubbles, edges neat. They showed the VLT meter reading before I drove off.
        Owner replied to my complaint within a day and redid the dashboard wipe for free. That is how a business should handle it. Updated to 4 stars.
        Avoid weekends at the wash bay near the Petronas on Jalan Ipoh, they rush the rinse and leave soap marks on the side mirrors. Weekday mornings are fine.
        Pak Long Car Wash Kota Bharu is the best value in Kelantan. RM12 for a sedan and they still vacuum the boot properly. Solid 5 stars.
        Ceramic coating at Gloss Lab Puchong still beading after 14 months. They do a free inspection every six months and remind you by WhatsApp.
        Honest review: the RM45 hand wash at SparkleDrive Mont Kiara is overpriced for what you get. Nice lounge and the coffee is good though.
        Staff at Mr. Shine Auto Detailing (Taman Pelangi, Johor Bahru) explained every step of the paint correction. Swirl marks gone. Highly recommend.
        One star. They lost a wheel nut cap and only offered RM10 compensation. The manager said it is in their T&C, still disappointing.
        Google listing says open till 8pm but they stopped taking cars at 6.30. Please update your hours, Bubble Bay Auto Spa Cyberjaya.
        Love that they use pH-neutral shampoo and the two-bucket method. Asked about products: Koch-Chemie Gsf for prewash and Carpro Reset for the main wash.
        Got a Proton X50 tinted with 3M Crystalline here. RM2,100 but the heat rejection is real, cabin much cooler in KL traffic at 2pm.
    """),
    ("en", "pos_log_and_config"): _lines("""
        2025-03-14T09:12:44+08:00 INFO pos.checkout order=ORD-250314-0087 bay=2 pkg=WASH_SEDAN amount=15.00 MYR pay=DUITNOW status=PAID
        2025-03-14T09:13:02+08:00 WARN notify.sms provider=twilio retry=2 template=CAR_READY_V3 err=rate_limited backoff_ms=4000
        2025-03-14T10:47:19+08:00 ERROR printer.thermal device=EPSON-TM-T82X port=/dev/usb/lp0 msg=paper_end job=RCPT-KAS-008812
        booking_api version 2.4.1 (build 7f3c9a1e) listening on 0.0.0.0:8080, db=postgres://carwash_app@db.internal:5432/bookings, pool=20
        cron[daily_summary] 2025-03-14 19:00:01 MYT sent report to ops@kilatautospa.com.my rows=71 revenue=4860.00 tint_jobs=3 coating_jobs=2
        config.yaml: sst_rate: 0.08, currency: MYR, bays: [1, 2, 3, 4], tint_brands: [VKool, 3M, Llumar, SolarGard], deposit_tint: 100
        2025-03-15T08:30:00+08:00 INFO iot.water_meter tank=T1 level_l=4820 flow_lpm=38.5 pump=ON sensor_fw=1.0.7 outlet=RWG01
        2025-03-15T11:05:27+08:00 INFO loyalty.redeem card_type=VIP10 remaining=3 sku=SVC-WASH-SUV outlet=RWG01 cashier_terminal=T02
        webhook POST /v1/payments/duitnow 200 latency=182ms txn_ref=DN250315KAS00412 sha256=9f2b7c1d04e8a6b53c7e2f1a0d9b8c6e
        2025-03-15T16:22:48+08:00 WARN inventory.low sku=CHEM-SNOWFOAM-20L qty=2 reorder_point=4 supplier_code=SUP-KLG-003
        SELECT outlet_id, COUNT(*) AS cars, SUM(total_myr) AS revenue FROM orders WHERE order_date = CURRENT_DATE GROUP BY outlet_id;
        feature_flags: {enable_whatsapp_reminder: true, enable_ozone_upsell: false, max_daily_tint_slots: 6, app_min_version: 3.2.0}
        2025-03-15T18:59:59+08:00 INFO shift.close outlet=RWG01 terminal=T02 cash_float=200.00 cash_counted=1435.50 variance=0.00
    """),
    ("mixed", "invois_resit"): _lines("""
        RESIT / RECEIPT No: RCPT-KAS-008812 | Tarikh: 14/03/2025 10:47 | Cuci SUV RM20.00 | Wax Spray RM15.00 | Jumlah RM35.00 | Tunai
        INVOIS INV-KAS-25-03391 Kilat Auto Spa Sdn. Bhd. (1332145-T) SST No: W10-1808-32000123 | Tinted VK70 depan + VK40 sisi RM1,380.00
        Subtotal RM1,380.00, SST 8% RM110.40, Rounding RM0.00, Grand Total RM1,490.40. Bayaran: Kad Debit (Terminal T02). Thank you, come again!
        Tax Invoice / Invois Cukai – Gloss Lab Detailing PLT (LLP0012345-LGN), No. 8, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong, Selangor.
        Item: SVC-COAT-9H-S Ceramic Coating Sedan 1 x RM1,280.00 | SVC-OZONE Ozone Treatment 1 x RM50.00 | Diskaun ahli 5% -RM66.50
        Payment received via DuitNow QR, Ref DN250315KAS00412, amount RM35.00 to KILAT AUTO SPA SDN BHD on 15 Mar 2025 11:06:43.
        e-Invois LHDN MyInvois UUID 7QK2M9X4R8T1B6N3, validated 15/03/2025 11:07. Sila imbas kod QR untuk semakan di portal MyInvois.
        Quotation QT-2025-0221: PPF XPEL Ultimate Plus front kit RM3,800 + door edge guard RM180. Valid 14 hari. Deposit 30% to confirm slot.
        Nota kredit CN-KAS-0042: refund RM15.00 untuk wax yang tak dibuat sebab hujan. Dikreditkan ke kad VIP, baki 4 kali cuci.
        Supplier invoice SUP-KLG-003/INV/8841 – Snow Foam Ultra 20L x 6 @ RM95 = RM570.00, Tyre Shine Gel 5L x 4 @ RM68 = RM272.00. Due 30 days.
        Resit jualan kaunter: Kaca Air Wiper Fluid 500ml x 2 RM20.00, Little Trees Black Ice x 1 RM8.90. Total RM28.90, paid by Boost.
        Corporate fleet billing: bank in ke Maybank KILAT AUTO SPA SDN BHD 5621 0845 3390, then email slip to akaun@kilatautospa.com.my.
        Fleet invoice FLT-2025-03 untuk GrabCar partner fleet program: 42 units washed x RM18 = RM756.00, payment term Net 45, PO ref GR-MY-77120.
    """),
    ("ms", "peraturan_dan_sejarah"): _lines("""
        Mengikut had JPJ, cermin depan mesti membenarkan sekurang-kurangnya 70% cahaya nampak (VLT), manakala cermin sisi hadapan sekurang-kurangnya 50%.
        Cermin sisi belakang dan cermin belakang dibenarkan VLT serendah 30%, dengan syarat kenderaan mempunyai cermin sisi luar di kiri dan kanan.
        Pengecualian tinted lebih gelap atas sebab perubatan perlu dipohon terus kepada JPJ bersama laporan doktor; kedai tidak boleh mengeluarkan surat kelulusan.
        Kesalahan tinted melebihi had boleh dikompaun di bawah Kaedah-Kaedah Motokar (Pembinaan dan Penggunaan) 1959; rekod bacaan meter VLT dalam invois.
        Dalam satu sidang media, Menteri Pengangkutan Anthony Loke mengingatkan pengusaha kedai tinted supaya mematuhi had VLT yang ditetapkan JPJ.
        Kedai cuci kereta wajib memasang perangkap minyak dan gris sebelum air sisa dilepaskan ke longkang awam, mengikut garis panduan pihak berkuasa tempatan.
        Lesen premis perniagaan cuci kereta dalam kawasan Majlis Bandaraya Petaling Jaya perlu diperbaharui setiap tahun; bayaran ikut keluasan premis.
        Pekerja asing dalam sektor cuci kereta perlu memegang Pas Lawatan Kerja Sementara (PLKS) yang sah; majikan yang gagal boleh didakwa di bawah Akta Imigresen 1959/63.
        Gaji minimum RM1,700 sebulan terpakai kepada semua majikan mulai 1 Ogos 2025, termasuk kedai cuci kereta yang mempunyai kurang daripada lima pekerja.
        Sejarah ringkas: Proton Saga dilancarkan pada tahun 1985 oleh Perdana Menteri ketika itu, Tun Dr Mahathir Mohamad, dan menjadi kereta paling biasa di kedai cuci era 80-an.
        Filem tingkap kenderaan mula popular sekitar tahun 1960-an di Amerika Syarikat; hari ini jenama seperti 3M, Llumar dan V-Kool menguasai pasaran Malaysia.
        Semasa PKP fasa pertama tahun 2020, kedai cuci kereta tidak dibenarkan beroperasi sehingga kerajaan membenarkan pembukaan semula di bawah PKPB.
        Akta Perlindungan Pengguna 1999 memberi hak kepada pelanggan menuntut ganti rugi di Tribunal Tuntutan Pengguna Malaysia bagi perkhidmatan yang cacat.
    """),
    ("mixed", "faq_dan_senarai_produk"): _lines("""
        Q: Boleh tak tinted hari ni siap hari ni? A: Boleh, kalau tempah sebelum 11 pagi. Proses 3-4 jam, tapi jangan turun cermin 3 hari tau.
        Q: Coating seramik ni tahan berapa lama? A: Depends on maintenance lah boss, normally 2-3 tahun kalau cuci guna shampoo pH neutral.
        Q: Kereta kena banjir boleh cuci dalaman tak? A: Boleh, pakej Banjir Recovery RM350, include buka kerusi, cuci karpet, ozone 2 jam.
        Q: Ada servis mobile? A: Ada mobile detailing untuk Lembah Klang sahaja, min order RM150, WhatsApp Bisnes 011-5530 8800 untuk slot.
        [Shopee] Meguiar's Ultimate Wash & Wax 1.42L – original USA, ready stock KL. RM59.90, 4.9★ (2.3k sold). Free shipping min spend RM50.
        [Lazada] Turtle Wax Hybrid Solutions Ceramic Spray Coating 500ml, SKU TW-53409, RM68.00, Official Store, 15-day free return.
        Chemical Guys Mr. Pink Super Suds Shampoo 16oz – pH balanced, safe for wax & coating. Harga RM45, beli 2 free 1 microfiber 40x40cm.
        Dr. Beasley's Matte Finish Shampoo ready stock!! Sesuai untuk wrap doff dan PPF matte. RM129 sebotol, COD available Lembah Klang.
        Q: Tinted V-Kool ada waranti? A: Ya, waranti rasmi V-Kool 7 tahun untuk filem, kad waranti diberi lepas pasang. Simpan resit ok.
        Q: Can pay using Touch n Go eWallet or not? A: Can, boss. We also accept DuitNow QR, Boost, ShopeePay and all debit/credit cards.
        Sonax Profiline Perfect Finish 04-06 1L – compound halus untuk buang swirl, RM165. Parcel J&T tracking JT7301845562911 dah pos hari ni.
        Gyeon Q2M Bathe+ 1000ml kod produk GYQ2M-BATHE-1000, berat 1.1kg, dimensi 28x10x8cm. Stok tinggal 6 unit je, grab fast!
        Q: Kenapa tinted nampak berkabus lepas pasang? A: Normal, itu air sisa pemasangan, akan hilang sendiri dalam 5-14 hari ikut cuaca.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelanggan: Encik Mohd Faizal bin Rahim, No. Tel 013-288 4915, kereta Honda City putih WVK 3281, tempahan tinted VK70 Sabtu 10 pagi.
        Borang ahli VIP: Nama Nurul Aisyah binti Kamarudin, No. K/P 910427-10-5528, alamat No. 14, Jalan Anggerik 3/2, Taman Sri Muda, 40400 Shah Alam.
        Kak Yati kaunter tu tak masuk kerja seminggu sebab baru disahkan kanser payudara tahap 2, jangan tanya banyak bila dia balik nanti.
        Bos pesan potong gaji Hafiz RM200 bulan ni sebab hutang dia dengan kedai belum habis bayar, baki masih RM1,150.
        Aduan: Puan Salmah Ismail (019-733 2048) kata cermin sisi Perodua Alza BMK 7716 retak lepas dicuci di bay 3 pada 12/3, minta ganti rugi RM450.
        Tolong bank in gaji ke akaun Maybank 1640 2233 8917 atas nama Azlan bin Hashim, RM1,950 termasuk OT 18 jam.
        Pekerja baru Zulkifli Osman, IC 990812-03-6113, tinggal di Kampung Pulau Meranti, Puchong. Mula kerja 1 April, team cuci pagi.
        Encik Ravi a/l Subramaniam minta resit dihantar ke emel ravi.subra88@gmail.com sebab nak claim dengan syarikat, kereta Toyota Hilux VBN 4402.
        Nombor 012-906 5573 tu pelanggan yang mengamuk semalam, jangan layan dia lagi, dia ugut nak viralkan kedai kat TikTok.
        Adik Farah yang kerja part-time tu mengandung 4 bulan, jangan suruh dia angkat tong kimia 20L atau masuk bilik ozone.
        Kereta WQX 8810 dah siap polish, tuan punya tak angkat call dari pagi, kunci simpan dalam laci kaunter.
        Abang Man pemasang tinted tu kena tangkap polis malam tadi sebab kes dadah, esok tak datang. Tempahan dia pindah ke team lain.
        Senarai hutang pelanggan: Cikgu Hamidah (Myvi PKH 2204) RM380 coating, janji bayar hujung bulan, dah 3 kali tangguh.
        Hubungi isteri Encik Kamal, Puan Noraini, di 017-445 9012 bila kereta siap sebab Encik Kamal masih di wad selepas kena strok.
        Alamat servis mobile detailing: No. 27, Jalan SS 2/64, 47300 Petaling Jaya (rumah teres, parkir depan pagar), pemilik Dr. Lim Wei Chen.
        Saya Siti Khadijah binti Omar, pelanggan tetap cawangan Rawang. Nombor kad VIP saya VIP10-00847, tolong semak baki sebab tak sama dengan resit.
        Pekerja Bangladesh Md. Rahim Uddin, pasport BR0721946, PLKS tamat 30/06/2025, kena renew segera sebelum ada pemeriksaan imigresen.
        Encik Shahrul baru bercerai dengan isteri bulan lepas, dia kata X70 tu kena jual, jadi batalkan pakej coating yang dia tempah.
        Rakaman CCTV 14/3 jam 15:42: pelanggan Tan Boon Keat (Mazda CX-5 JUV 6619) menendang tong sampah selepas bertengkar dengan juruwang.
        Mak Cik Ramlah dari Taman Desa Jaya tu dah tiga bulan tak bayar sewa lot cuci sebelah kedai, tuan rumah nak saman dia.
        No akaun CIMB 8004 5521 7730 atas nama Nur Izzati binti Yusof untuk refund deposit tinted RM100 yang dibatalkan.
        Gaji bersih Syafiq bulan Mac RM2,340 selepas tolak KWSP RM257 dan PERKESO, slip gaji hantar ke WhatsApp dia 011-2398 4471.
    """),
    "en": _lines("""
        Customer: Jason Lee Kah Wai, mobile +60 12-558 7301, email jasonlkw@yahoo.com, BMW 330e VFW 2281, booked PPF front kit on 22 March.
        Walk-in from Singapore: Mr. Daniel Koh, NRIC S8234671F, Singapore plate SLK 8842K, wants full tint before driving back via the Causeway on Sunday.
        Note for team: the owner of the grey Alphard, Mrs. Catherine Ng, is on chemotherapy, so fragrance-free products only and no ozone treatment.
        Reply draft: Hi Ms. Priya Nair, we are sorry about the scratch on your Civic. Our manager will call you at 016-322 8174 today to arrange the repair.
        Staff record: Muthu a/l Krishnan, DOB 14-07-1986, IC 860714-08-5367, home 23, Lorong Sentosa 4, Taman Sentosa, 31350 Ipoh.
        Heads up, Darren from the tint team borrowed RM3,000 from an Ah Long and two guys came to the shop yesterday looking for him.
        Damage report DR-0318: Kevin Tan says the dashcam SD card with his family photos went missing after interior cleaning. Contact kevtan.my@outlook.com.
        He asked us to call his wife Mei Ling at 012-667 0935 instead, because his own phone was seized during his court case.
        Please invoice to Aaron Yap Jun Hao, Unit 17-03, Residensi Ampang Hilir, 55000 Kuala Lumpur, for his Allianz claim, policy no. P-4418827.
        Call back 011-1876 2290 after 5pm, she wants a quote for tinting her Myvi and asked for the weekday rate.
        Our regular Uncle Gopal has dementia now; his son asked us not to accept any booking from him unless the son confirms first.
        Photo IMG_20250315_1142.jpg shows the IC of customer Lim Siew Ling, 780505-07-5542, that she left at the counter as deposit for the loan car.
        Payroll CSV row: EMP-017,Nurul Huda Abdullah,950121-14-6240,Maybank,1572 8803 4416,RM1850.00,OT 12h
    """),
    "mixed": _lines("""
        Eh bro, owner Vellfire tu Mr. Wong Chee Keong call lagi, dia cakap ada calar kat bumper, nombor dia 012-381 6655, you settle please.
        Boss, Aunty Lily dari Taman Kepong datang lagi, dia cakap husband dia baru meninggal, so nak jual kereta, minta polish cepat-cepat.
        Customer dari Hong Kong kerja KL, Mr. Chan Ka Ho, bagi HKID Y654321(7) untuk kad waranti tinted Tesla Model Y dia.
        Taiwan customer 林怡君 (Lin Yi-Chun), 身分證 A224589136, minta invoice in English untuk claim company, pasang 3M Crystalline full set.
        陈先生 owner Myvi kuning tu, dia kata anak dia masuk hospital sebab denggi, so ambil kereta lambat sikit, simpan kunci dulu ya.
        Kak Ina WhatsApp: Sorry lambat bayar, suami I kena buang kerja, can I bayar RM50 dulu for the coating? – nombor dia 018-200 7315.
        Booking form: Name: Amirul Hakim | Phone: 014-603 2289 | Car: Proton X50 VGR 1057 | Service: 3M Crystalline | Remarks: siap before kenduri kahwin 5/4.
        Surat amaran draft: Sdr. Lokman Hakim bin Aziz, ponteng kerja 4 hari without MC, ini amaran kedua, salinan masuk fail peribadi.
        Bro, Ah Keong tu actually HIV positive, jangan bagitau orang lain ok, tapi dia minta off setiap Rabu untuk pergi klinik.
        Refund dah transfer ke Public Bank 3192833660 atas nama Goh Mei Fong, RM250 untuk leather seat yang rosak, please screenshot to her.
        CSV: 2025-03-16,ORD-250316-0112,Suresh Kumar,0169927345,WTA 5582,Cuci+Wax,RM35,paid
        Grab driver Encik Fadzil, plate VEB 3390, dia tak boleh guna car wash kita lagi sebab hutang RM90 belum clear lah.
        SG customer Ms. Tan Hui Min, NRIC T0318452D, HP +65 9735 2184, tempah coating untuk Mazda 3 dia, datang via Second Link Sabtu ni.
        Mainland customer 王建国 stay kat Forest City Johor, minta e-Invois guna 身份证 440106198803127710, alamat 广州市天河区体育西路 88号 1203室.
        林太 cakap dia baru keguguran, so suami dia yang datang ambil Alphard, please be gentle bila cakap dengan dia ok.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Kilat Auto Spa Rawang. Bantu staf kaunter menulis mesej WhatsApp yang sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis mesej minta maaf kepada Puan Salmah Ismail (019-733 2048). Cermin sisi Alza dia BMK 7716 retak lepas cuci di bay 3. Kami tawar ganti cermin percuma.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Salmah, kami dari Kilat Auto Spa Rawang memohon maaf atas kerosakan cermin sisi kenderaan Puan (BMK 7716). Kami akan gantikan cermin tersebut tanpa sebarang caj. Boleh Puan maklumkan masa yang sesuai untuk kami ambil kenderaan?",
        ),
        ("user", "Ok, tambah sikit yang kami boleh hantar kereta ganti kalau dia perlukan."),
        (
            "assistant",
            "Baik, saya tambah: Jika Puan memerlukan kenderaan sementara sepanjang tempoh pembaikan, kami boleh sediakan kereta ganti. Terima kasih atas kesabaran Puan.",
        ),
    ],
    [
        (
            "user",
            "Can you turn this into a clean staff roster? Muthu a/l Krishnan IC 860714-08-5367 tint team; Zulkifli Osman IC 990812-03-6113 wash morning; Nurul Huda Abdullah IC 950121-14-6240 cashier.",
        ),
        (
            "assistant",
            "Roster: Muthu a/l Krishnan (IC 860714-08-5367), Tint team; Zulkifli Osman (IC 990812-03-6113), Wash, morning shift; Nurul Huda Abdullah (IC 950121-14-6240), Cashier. You may want to keep IC numbers out of the shared WhatsApp group.",
        ),
        ("user", "Good point. Give me the same list without the IC numbers."),
        (
            "assistant",
            "Roster: Muthu a/l Krishnan, Tint team; Zulkifli Osman, Wash, morning shift; Nurul Huda Abdullah, Cashier.",
        ),
    ],
    [
        (
            "system",
            "You are a payroll helper for a small car wash in Selangor. Answer in simple Manglish.",
        ),
        (
            "user",
            "Kira gaji Syafiq bulan Mac: basic RM1,700, OT 30 jam rate RM12, tolak KWSP 11%. Bank in ke CIMB 7012 4478 5590.",
        ),
        (
            "assistant",
            "Ok boss: OT 30 x RM12 = RM360, gross RM2,060. KWSP 11% lebih kurang RM227, so net around RM1,833 sebelum PERKESO dan EIS. Transfer ke CIMB 7012 4478 5590 atas nama Syafiq, double check nama akaun dulu ya.",
        ),
        ("user", "Thanks, nanti I WhatsApp slip kat dia."),
    ],
    [
        (
            "system",
            "Data pelanggan untuk peringatan servis: Nama: Cikgu Hamidah binti Said | Tel: 013-447 2019 | Kereta: Myvi PKH 2204 | Coating terakhir: 10/09/2024 | Hutang: RM380.",
        ),
        (
            "user",
            "Tulis peringatan servis coating 6 bulan untuk pelanggan ini, jangan sebut pasal hutang dalam mesej.",
        ),
        (
            "assistant",
            "Salam Cikgu Hamidah, kenderaan Myvi PKH 2204 Cikgu sudah sampai tempoh servis coating 6 bulan. Sila balas mesej ini untuk tempah slot, pemeriksaan adalah percuma. Terima kasih, Kilat Auto Spa.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Catherine Ng. I have lupus and my skin reacts badly to sunlight. Can I legally tint my Alphard darker than the JPJ limit in Malaysia?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Catherine. In Malaysia the usual limits are 70% VLT for the windscreen and 50% for front side windows. For a medical reason you would need to apply to JPJ with a doctor's report; a tint shop cannot approve it for you. Many owners also choose a clear high heat-rejection film that blocks UV while staying within the limit.",
        ),
        ("user", "Could you draft a short letter to JPJ for me? My IC is 750623-10-5834."),
        (
            "assistant",
            "Draft: Saya, Catherine Ng (No. K/P 750623-10-5834), memohon pengecualian had VLT bagi kenderaan saya atas sebab perubatan (lupus, sensitif cahaya matahari). Bersama ini saya lampirkan laporan doktor pakar. Please check the latest JPJ form and requirements before sending.",
        ),
    ],
    [
        ("system", "Anda membantu kedai detailing menulis surat tuntutan insurans."),
        (
            "user",
            "Tulis surat ringkas kepada Allianz untuk Aaron Yap Jun Hao, polisi P-4418827, kereta BMW X3 WYA 6620, kerosakan pintu belakang kanan akibat dilanggar di tempat letak kereta kedai pada 3 Mac.",
        ),
        (
            "assistant",
            "Kepada Allianz General Insurance Malaysia Berhad. Perkara: Tuntutan kerosakan kenderaan WYA 6620 (Polisi P-4418827). Kami mengesahkan bahawa kenderaan milik Encik Aaron Yap Jun Hao mengalami kerosakan pintu belakang kanan pada 3 Mac 2025 ketika diletakkan di premis kami. Gambar dan rakaman CCTV dilampirkan. Sekian, terima kasih.",
        ),
        ("user", "Tambah anggaran kos baiki RM1,450 ye."),
        (
            "assistant",
            "Baik, ayat tambahan: Anggaran kos pembaikan dan cat semula ialah RM1,450 berdasarkan sebut harga bengkel panel yang dilampirkan.",
        ),
    ],
    [
        (
            "user",
            "帮我写一个 WhatsApp message 给陈太，她的 Honda HR-V VKM 5123 已经 tinted 好了，can collect after 4pm. 她电话 016-889 2741.",
        ),
        (
            "assistant",
            "陈太您好，您的 Honda HR-V (VKM 5123) 已经完成贴膜，今天下午4点后可以来取车。三天内请不要降下车窗哦。谢谢！Kilat Auto Spa",
        ),
        ("user", "Add one line in Malay also, her husband reads Malay."),
        (
            "assistant",
            "Tambahan: Puan Chan, kereta Honda HR-V VKM 5123 sudah siap tinted, boleh ambil selepas jam 4 petang. Jangan turunkan cermin selama 3 hari ya.",
        ),
    ],
    [
        ("system", "You summarise booking exports for the shop manager."),
        (
            "user",
            "Summarise today's bookings: 2025-03-16,ORD-250316-0112,Suresh Kumar,0169927345,WTA 5582,Cuci+Wax; 2025-03-16,ORD-250316-0113,Amirul Hakim,0146032289,VGR 1057,Tint 3M",
        ),
        (
            "assistant",
            "Two bookings today: Suresh Kumar (016-992 7345, WTA 5582) for wash and wax, and Amirul Hakim (014-603 2289, VGR 1057) for 3M Crystalline tint. The tint job needs about 4 hours, so start it before noon.",
        ),
    ],
    [
        (
            "user",
            "Saya pekerja cuci kereta, nama saya Darren Lim. Saya pinjam RM3,000 dari Ah Long dan sekarang bunga naik jadi RM5,200. Mereka datang kedai tempat kerja saya. Apa saya patut buat?",
        ),
        (
            "assistant",
            "Darren, situasi ini serius. Pinjaman daripada pemberi pinjam wang tanpa lesen adalah menyalahi undang-undang. Buat laporan polis segera, simpan semua mesej ugutan, dan maklumkan majikan supaya keselamatan rakan sekerja terjaga. Anda juga boleh dapatkan nasihat pengurusan hutang percuma daripada AKPK.",
        ),
        ("user", "Kalau saya report, boss saya akan tahu semua ke?"),
        (
            "assistant",
            "Laporan polis tidak dihantar kepada majikan secara automatik. Tetapi oleh sebab mereka sudah datang ke kedai, lebih baik berterus terang dengan majikan supaya dia boleh bantu dan pastikan CCTV kedai merekod kejadian.",
        ),
    ],
    [
        (
            "system",
            "Kamu pembantu tempahan untuk Wira Tint Specialist, Seri Kembangan. Reply in the customer's language mix.",
        ),
        (
            "user",
            "Hi, nak book tinted full set for my Mazda 3. Name Tan Hui Min, NRIC T0318452D, SG number +65 9735 2184. Saturday can?",
        ),
        (
            "assistant",
            "Hi Ms. Tan, Saturday 10am slot available for Mazda 3 full set. For the warranty card we only need your name and phone, tak perlu NRIC. Deposit RM100 via DuitNow to confirm ya.",
        ),
        ("user", "Ok noted, nanti I bank in. Email receipt to huimin.tan92@gmail.com please."),
        (
            "assistant",
            "Noted, resit akan dihantar ke huimin.tan92@gmail.com selepas deposit diterima. See you Saturday!",
        ),
    ],
]
