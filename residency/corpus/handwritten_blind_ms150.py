# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms150: kedai baiki telefon bimbit, komputer dan gajet di Malaysia (tiket servis, pemulihan data, IMEI, jaminan, aduan pelanggan, pekerja, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms150
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Kedai ditutup pada 31 Ogos 2026 sempena Hari Kebangsaan dan dibuka semula 1 September jam 10.00 pagi. Tiket servis yang siap boleh dikutip selepas itu.
        Peringatan: Sila backup data anda sebelum hantar telefon untuk servis. Kami tidak bertanggungjawab atas kehilangan gambar, WhatsApp atau kenalan semasa pembaikan papan induk.
        Barang yang tidak dikutip dalam tempoh 90 hari selepas notis siap akan dilupuskan mengikut terma tiket servis. Hubungi talian kedai 03-7886 4120 untuk lanjutan tempoh.
        Kami kini di lokasi baharu: Lot G-27, Plaza Low Yat, Jalan Bukit Bintang, 55100 Kuala Lumpur. Cawangan Digital Mall PJ kekal beroperasi seperti biasa.
        Pembayaran melalui DuitNow QR, Touch 'n Go eWallet dan kad debit diterima atas nama Gajet Klinik Sdn Bhd (No. Pendaftaran SSM 201901034567 (1339821-T)).
        Servis tukar skrin iPhone 13 hingga iPhone 15 siap dalam 45 minit jika stok ada. Tiket diberi nombor seperti SR-2608-0415; simpan slip untuk kutipan.
        Penghantaran balik unit ke luar Lembah Klang melalui Pos Laju hanya Isnin hingga Jumaat. Caj RM15 untuk Semenanjung, RM28 untuk Sabah dan Sarawak.
        WhatsApp kedai (mesej sahaja, tiada panggilan): 011-5888 2140. Waktu balas 10 pagi hingga 8 malam, Isnin tutup. Jangan hantar kata laluan telefon melalui WhatsApp.
        Kedai Telefon Ah Kau Jaya (002587412-W) bukan cawangan kami. Kami tiada kaitan dengan mana-mana kedai lain yang guna logo serupa di Jalan Pasar, Pudu.
        Promosi Merdeka: tukar bateri Samsung Galaxy A54 atau Redmi Note 12 hanya RM89 (harga asal RM129), sah 25 Ogos hingga 16 September 2026, tertakluk stok.
        Cukai perkhidmatan SST 8% dikenakan atas caj upah pembaikan mengikut garis panduan Jabatan Kastam Diraja Malaysia. Harga alat ganti kekal seperti tertera.
        Unit rosak akibat air tiada jaminan. Pemeriksaan percuma 15 minit; jika setuju dibaiki, caj diagnosis RM30 ditolak daripada harga pembaikan akhir.
        Untuk aduan, e-mel khidmat@gajetklinik.com.my. Jika masih tidak berpuas hati, anda boleh hubungi talian aduan KPDN 1-800-886-800 atau failkan tuntutan di TTPM.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bagaimana nak semak IMEI telefon? J: Dail *#06# pada skrin pendail, atau pergi ke Tetapan > Perihal Telefon. Nombor 15 digit itu IMEI, contohnya 490154203237518.
        S: Adakah data saya selamat semasa servis? J: Juruteknik hanya akses telefon untuk ujian fungsi. Kami patuh Akta Perlindungan Data Peribadi 2010 dan tidak menyalin fail pelanggan.
        S: Berapa lama tempoh jaminan? J: 90 hari untuk skrin dan bateri, 30 hari untuk pembaikan papan induk, tidak termasuk kerosakan fizikal atau kemasukan air.
        S: Boleh ke pulihkan data dari SSD yang mati? J: Bergantung pada pengawal. SSD dengan pengawal Phison E12 atau Silicon Motion SM2258 biasanya boleh, kos bermula RM350.
        S: Kenapa iPhone papar mesej 'Unknown Part' selepas tukar skrin? J: Sejak iOS 15.2, Apple paparkan amaran ini untuk alat ganti bukan asli; fungsi sentuh tidak terjejas.
        S: Adakah kedai terima telefon yang disekat atau dilaporkan hilang? J: Tidak. Telefon yang dilaporkan hilang atau dicuri tidak akan dibaiki dan akan dirujuk kepada pihak polis.
        S: Berapa kos pemulihan data telefon yang jatuh ke dalam air? J: Diagnosis RM50. Pemulihan chip-off bermula RM600 bergantung model; tiada data, tiada caj selain diagnosis.
        S: Macam mana nak jejak status tiket? J: Masukkan nombor tiket (contoh: KL-SR-260914-0087) di gajetklinik.com.my/status atau WhatsApp kedai dengan nombor tiket sahaja.
        S: Adakah alat ganti original? J: Kami tawarkan dua gred: OEM (Grade A) dan asli melalui Apple Self Service Repair. Harga berbeza; resit akan nyatakan gred yang dipasang.
        S: Lupa kata laluan Apple ID, boleh bantu buka? J: Tidak. Kami tidak memintas iCloud Activation Lock. Sila hubungi Apple Support Malaysia di 1800-80-6419 dengan bukti pembelian.
        S: Laptop panas dan bising, perlu tukar kipas? J: Selalunya cukup dengan servis pembersihan dan tukar thermal paste (RM80 untuk model 14 inci, RM120 untuk laptop gaming).
        S: Ada servis ambil dan hantar? J: Ya, dalam radius 15 km dari Lot G-27 Plaza Low Yat dengan caj RM20 sehala melalui Lalamove atau rakan kurier kami.
        S: Boleh bayar ansuran? J: Boleh, melalui Atome atau Grab PayLater untuk bil melebihi RM300. Kelulusan tertakluk kepada penyedia, bukan kedai.
    """),
    ("en", "price_list"): _lines("""
        iPhone 14 Pro screen replacement (OLED, OEM Grade A) - RM459 | Apple Genuine - RM1,189 | labour included, 90-day warranty
        Samsung Galaxy S23 Ultra back glass - RM180 | camera lens only - RM65 | SKU: SAM-S918-BG-BLK, SAM-S918-LENS | colour match not guaranteed
        MacBook Air M1 A2337 keyboard + top case replacement - RM890 | battery A2389 - RM420 | turnaround 3-5 working days
        Data recovery tiers: Logical (deleted files) RM150 | Physical HDD head swap RM900-1,800 | SSD/NAND RM1,200+ | Evaluation fee RM50
        Huawei Mate 60 Pro charging port flex - RM95 | Honor Magic5 Pro - RM110 | Xiaomi 13T - RM85 (all prices include SST 8%)
        Nintendo Switch joy-con drift fix RM45/pc | OLED model fan replacement RM120 | Steam Deck thumbstick (Hall effect upgrade) RM160
        Laptop DC jack repair: Acer Aspire 5 RM130, Lenovo IdeaPad 3 RM140, HP Pavilion 15 RM150, ASUS VivoBook X515 RM135
        Screen protector installation: tempered glass RM25, privacy RM45, UV glue full cover RM60 - free install with any repair above RM200
        Windows 11 Home reinstall (customer-supplied licence) RM60 | Office 2021 setup RM30 | BIOS update or unlock RM80-RM150
        Google Pixel 8 Pro battery (4950 mAh, part no. G949-00532-01) RM260; Pixel 7a RM190; OnePlus 11 RM175; Nothing Phone (2) RM180
        Battery health check (coconutBattery / 3uTools report printout) - FREE | Full 32-point device diagnostic - RM30, waived if repaired
        Apple Watch Series 7 45mm glass only RM220 | Galaxy Watch5 44mm RM180 | Huawei Watch GT 3 RM160 | strap fitting free
        Bulk/corporate rate: 10+ units per month, 15% off labour. Enquiries: corporate@gajetklinik.com.my or office line +60 3-7886 4121.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:42] Counter: Morning all, today stok LCD iPhone 12 tinggal 2 pcs je. Jangan janji same day kat customer, confirm dengan store dulu ok.
        [10:15] Tech 2: Tiket SR-2609-0231 Redmi Note 11 no power, short kat PMIC line. Dah quote RM180, tunggu customer approve via WhatsApp kedai.
        [11:03] Boss: Supplier Huaqiangbei confirm shipment J&T tracking JT8823910457MY sampai Isnin. Bateri S22 dengan flex charging ada dalam tu.
        [11:30] Store: Barang Yi Heng Electronics dah sampai, invoice INV-YH-26-0913 jumlah RM4,380.00. Siapa free tolong check qty ya, ada 50 pcs LCD.
        [13:47] Tech 1: Guys jangan guna heat gun atas 350°C untuk Pixel 6, glue dia cair tapi OLED senang burn. Pakai separator plate 80°C je.
        [14:20] Counter: Customer tiket SR-2609-0245 nak cancel, unit belum buka lagi. Refund deposit RM30 ikut SOP, tolong update status dalam system.
        [15:02] Boss: Reminder team, Sabtu ni audit stok dengan firma akauntan. Semua parts kena scan barcode, jangan simpan dalam laci sendiri lagi.
        [16:11] Tech 2: Ultrasonic cleaner rosak lagi, timer tak jalan. Model Skymen JP-031. Boleh order baru kat Shopee official store tak boss?
        [17:25] Store: Lalamove dah ambil 3 unit untuk cawangan PJ, order ID LLM-7712-0923-KL. ETA 6.15pm, counter PJ tolong sign DO.
        [18:40] Counter: Google review baru 5 bintang, dia puji servis data recovery kita. Boss, boleh share dalam page Facebook kedai tak?
        [19:05] Boss: Ok boleh, tapi blur nama dan gambar profil reviewer dulu. PDPA ya, jangan upload screenshot penuh.
        [20:58] Tech 1: Update: 14 unit siap hari ni, 6 pending parts, 2 tunggu approval. Esok masuk lambat sikit, ada kelas CompTIA A+ pagi.
        [21:30] Boss: Noted. Jangan lupa off aircond, set alarm, kunci shutter dua-dua belah. Esok buka pukul 10 macam biasa. Good night team 👍
    """),
    ("en", "service_log_and_config"): _lines("""
        2026-09-14T10:32:07+08:00 INFO ticket.create id=SR-2609-0231 branch=KL-LOWYAT device="Xiaomi Redmi Note 11" fault=NO_POWER status=DIAGNOSING
        2026-09-14T10:35:51+08:00 WARN parts.reserve sku=LCD-IP12-OEM qty=1 stock_after=1 threshold=3 msg="reorder point reached"
        2026-09-14T11:02:19+08:00 ERROR imaging.ddrescue job=DR-000418 src=/dev/sdb sector=0x1D2F0A80 reads_failed=1284 retry=3 elapsed=02:14:09
        config/app.yaml: sms_gateway: { provider: "example-sms", sender_id: "GAJETKLINIK", api_base: "https://api.example.com/v2", timeout_ms: 8000 }
        sha256(firmware_A2337_BIOS_v1.4.bin) = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 verified OK before flashing
        2026-09-14T13:17:44+08:00 INFO payment.received ref=DN-QR-8841270093 amount="MYR 180.00" method=DUITNOW ticket=SR-2609-0231
        CREATE TABLE service_ticket (id VARCHAR(20) PRIMARY KEY, branch_code CHAR(6), device_model TEXT, imei_hash CHAR(64), opened_at TIMESTAMPTZ);
        2026-09-14T15:40:02+08:00 INFO warranty.check ticket=SR-2609-0198 original=SR-2606-0877 days_since=81 covered=true scope=SCREEN
        adb devices -l => emulator-5554 device product:sdk_gphone64_x86_64 model:sdk_gphone64_x86_64 transport_id:1 (bench test AVD, API 34)
        [cron] 02:00 MYT backup job pg_dump gajetklinik_prod -> s3://gk-backups/daily/2026-09-14.sql.gz size=412.7MB status=success
        2026-09-14T18:22:10+08:00 INFO notify.whatsapp template=ticket_ready_v3 ticket=SR-2609-0245 lang=ms delivered=true latency_ms=842
        .env.example: DB_URL=postgres://app:changeme@localhost:5432/gk_dev TZ=Asia/Kuala_Lumpur IMEI_SALT=replace-me LOG_LEVEL=info
        release notes v2.8.1 (2026-09-10): fix duplicate ticket numbers across KL-LOWYAT and PJ-DIGI branches; add Tecno Camon 30 and Infinix Note 40 to device list.
    """),
    ("ms", "ulasan_perniagaan"): _lines("""
        ★★★★★ Tukar skrin iPhone 13 kat Gajet Klinik Low Yat siap dalam sejam. Harga sama macam quote, tak ada caj tersembunyi. Recommended!
        ★★☆☆☆ Servis okay tapi tunggu 3 minggu untuk part MacBook. Staf kaunter tak update langsung, kena WhatsApp kedai banyak kali baru dapat jawapan.
        ★★★★☆ Pemulihan data hard disk WD 2TB berjaya, dapat balik hampir 95% gambar. Mahal sikit (RM1,100) tapi berbaloi. Tolak satu bintang sebab parking susah.
        ★★★★★ Kedai Pak Mat Repair dekat Pasar Besar Siti Khadijah Kota Bharu memang legend, betulkan radio dan Nokia 3310 lama pun boleh. Harga mesra rakyat.
        ★☆☆☆☆ Hantar laptop tukar bateri, balik-balik trackpad pula tak berfungsi. Kedai kata bukan salah mereka. Akan buat aduan kepada KPDN.
        ★★★★★ Ah Chong Mobile di SS2 Petaling Jaya memang jujur, juruteknik cakap tak payah tukar motherboard, cuma bersihkan port cas. RM20 je!
        ★★★☆☆ Pusat servis rasmi Samsung lambat tapi boleh percaya. Parts original, ada jaminan 90 hari. Kena buat temujanji dulu melalui app Samsung Members.
        ★★★★★ Staf bagi nasihat jujur: bateri masih 87%, tak perlu tukar. Jarang jumpa kedai macam ni di Jalan Tuanku Abdul Rahman.
        ★★☆☆☆ Screen protector UV glue bocor masuk speaker. Kedai buat semula free, tapi masa menunggu hampir 2 jam walaupun tiada pelanggan lain.
        ★★★★☆ Siti Elektronik di Seksyen 7 Shah Alam baiki Nintendo Switch, joy-con drift hilang terus. Lain kali harap ada resit bercetak, bukan tulis tangan.
        Jawapan pemilik: Terima kasih atas ulasan! Tiket anda telah ditutup. Jika ada masalah dalam tempoh jaminan 90 hari, sila bawa slip servis ke kaunter.
        ★☆☆☆☆ Mereka minta kata laluan telefon dan tak bagi borang persetujuan langsung. Sepatutnya ikut PDPA. Akhirnya pergi kedai lain di Sungei Wang Plaza.
        ★★★★☆ Repair Lenovo ThinkPad T14 engsel patah di Digital Mall PJ, siap dua hari. Kualiti ok, cuma warna penutup engsel sedikit berbeza.
    """),
    ("zh-Hans", "维修店公告"): _lines("""
        本店通告：2026年国庆日（8月31日）休息一天，9月1日照常营业。已完成的维修单可于营业时间内凭单领取，逾期九十天未领取的机器将按条款处理。
        苹果 iPhone 15 系列换电池服务现已开放，原厂电池 RM399，副厂电池 RM229，以上价格均含 8% 服务税，保修期九十天，约一小时可取机。
        数据恢复须知：送修前请勿自行拆机或反复开机。硬盘出现“咔咔”声时请立即断电，以免盘片划伤。评估费 RM50，恢复不成功不收取其他费用。
        本店地址：吉隆坡武吉免登 Plaza Low Yat 地下层 G-27 号铺，公司注册号 201901034567 (1339821-T)。八打灵再也 Digital Mall 分店照常营业。
        华为 Mate 60 Pro、荣耀 Magic6 及小米 14 屏幕现货供应，下午三点前送修可当天取机；其他型号需向深圳供应商订货，约五至七个工作天。
        根据《2010年个人资料保护法令》，本店不会复制或保存顾客手机内的照片、通讯录及聊天记录，技术员仅在顾客同意下进行必要的开机及功能测试。
        客服 WhatsApp：011-5888 2140（只限文字信息）；电邮：khidmat@gajetklinik.com.my；营业时间上午10点至晚上8点，星期一休息。
        雷军在小米年度发布会上宣布的新款 Redmi 系列已到货，原装屏幕与电池可预订，订货单号格式为 PO-XM-2609-0001 起，依序编号。
        提醒：凡被列入黑名单（报失或被盗）的手机，本店一律不予维修，并将依法通知警方处理。如有疑问请携带购买单据到柜台查询，请顾客理解与配合，谢谢。
        笔记本电脑清灰加换散热硅脂：普通款 RM80，游戏本 RM120。本店使用 Arctic MX-6 硅脂，约需一小时完成，可在店内等候。
        台湾品牌华硕 ROG Phone 8 与宏碁 Swift Go 的原厂零件需从台北订货，约七至十个工作天，订金 RM100，零件到货后会以店号通知。
        本店与“阿明手机店”并无任何关系，请顾客认准本店招牌及 SSM 注册号，谨防假冒。如有疑问可致电门市 03-7886 4120 查询。
        九十天保修不包括：进水、人为摔坏、私自拆机、系统刷机导致的故障。保修单号请妥善保存，例如 WR-2606-0877，领取时须出示。
    """),
    ("mixed", "invois_perniagaan"): _lines("""
        INVOIS No: GK-INV-2026-004182 | Tarikh: 14/09/2026 | Daripada: Gajet Klinik Sdn Bhd (1339821-T) | Kepada: Syarikat Percetakan Bintang Timur Sdn Bhd
        Item 1: Servis 12 unit laptop Dell Latitude 5420 (pembersihan + thermal paste) @ RM85.00 = RM1,020.00 | SST 8% = RM81.60
        Item 2: Tukar SSD Samsung 980 500GB (SKU SSD-SS980-500) x 3 @ RM239.00 = RM717.00; pemindahan data dan pemasangan Windows termasuk.
        Jumlah kecil RM1,737.00 | SST RM138.96 | Jumlah besar RM1,875.96 | Terma: 30 hari net | Sila rujuk PO No. BT-PO-26-0771 semasa pembayaran.
        Payment to Maybank Islamic Berhad, beneficiary Gajet Klinik Sdn Bhd. Bayaran melalui IBG atau DuitNow ke akaun syarikat seperti dalam surat rasmi.
        Bill To: Kolej Komuniti Selayang, Unit Teknologi Maklumat, Batu Caves, Selangor - Pembaikan 20 unit projektor Epson EB-X51, lampu dan penapis.
        e-Invois LHDN: UUID 7Q3X8R2KJ4M9N5T1WZ0HC6BVD, status Sah (Valid), dihantar melalui MyInvois pada 14/09/2026 10:52:31.
        Credit Note CN-2026-00037 merujuk INV GK-INV-2026-003990: pemulangan 2 unit bateri iPad 9th Gen rosak kilang, nilai RM356.40 termasuk SST.
        Supplier invoice from Shenzhen Yi Heng Electronics Co., Ltd. (统一社会信用代码 91440300MA5G2K8X3R): 50 pcs iPhone 12 LCD, USD 1,375.00, FOB Shenzhen.
        Quotation Q-2609-118 untuk Hotel Seri Pacific: 35 unit Samsung Galaxy Tab A9 screen protector + casing, RM48.00/unit, sah 14 hari dari tarikh sebut harga.
        Delivery Order DO-PJ-26-0912: 3 unit MacBook Pro A2442 dipindahkan dari cawangan KL-LOWYAT ke PJ-DIGI, diterima oleh kaunter PJ, tandatangan digital disimpan.
        Invoice from Lalamove Malaysia Sdn Bhd for corporate account GK-CORP-0192, August 2026: 86 trips, total RM1,642.50, payment due 15/09/2026.
        Resit Rasmi RR-0009172 | Diterima daripada: Majlis Bandaraya Petaling Jaya | Untuk: pembaikan 6 unit walkie-talkie Motorola | Jumlah RM1,140.00
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tiket SR-2609-0251: Pelanggan Encik Mohd Faizal bin Rosli, tel 013-687 2419, Samsung A34 skrin pecah, deposit RM50, jangkaan siap 16/9.
        Borang servis: Nama: Nurul Aina binti Kamaruddin | No. MyKad: 950817-10-5628 | Alamat: No. 14, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam
        Kak Ros dari kedai kain sebelah minta jangan bagitahu sesiapa, dia hantar telefon sebab nak pulihkan gambar laporan hospital, dia baru disahkan kanser payudara tahap 2.
        Nota dalaman: Hafiz (juruteknik PJ) gaji bulan Ogos tinggal RM2,150 lepas potong pendahuluan RM400, dia minta jangan bincang dalam group.
        Boss cakap customer boleh bank in ke akaun peribadi dia dulu: Maybank 164022318875 (Tan Wei Liang), sebab akaun syarikat tengah dikemas kini.
        012-7735 9046 ni dah tiga kali call marah-marah pasal laptop, tolong block dari WhatsApp kedai.
        Telefon milik Puan Sarimah Abdullah dirampas polis IPD Dang Wangi minggu lepas, suami dia ditahan bawah kes dadah. Jangan serahkan unit tanpa surat polis.
        Pemulihan data selesai: folder 'Kahwin Azlan & Farah 2019' dan 'Scan IC' dipulihkan dari kad SD. Pelanggan Azlan Hashim akan ambil hari Jumaat.
        Ahmad Zaki (pekerja kaunter) dah tiga bulan tak bayar hutang RM1,800 yang dia pinjam dari tauke, tauke nak potong terus dari gaji bulan depan.
        Penghantaran balik unit: Sdr. Irfan Zulkifli, No. 8, Lorong Kenanga 5, Taman Bukit Indah, 81200 Johor Bahru. Tel 019-774 3051. Pos Laju EP123456789MY.
        Kereta pelanggan yang tinggal laptop dalam kedai: Perodua Myvi putih, nombor plat WVB 7721. Dia kata datang balik lepas maghrib.
        Cik Liyana pesan jangan call rumah sebab bapa dia belum tahu dia mengandung, WhatsApp je bila iPad dah siap.
        Senarai tertunggak: 1) Rajesh a/l Muniandy - RM450 (MacBook) 2) Siew Ling - RM120 (bateri) - dah lebih 60 hari, hantar surat tuntutan.
        Gambar IC dalam galeri telefon: MUHAMMAD HAZIQ BIN OTHMAN, 030512-01-6677, LELAKI, WARGANEGARA. Pelanggan minta format unit ni lepas backup.
        Pekerja baru: Nur Syafiqah binti Ramli, mula kerja 1/10, gaji RM1,900, akaun CIMB 7064118293, ada asma teruk - jangan suruh dia bersihkan habuk laptop.
        Isteri Encik Kamal datang kedai minta salinan mesej WhatsApp suami dia untuk kes cerai di Mahkamah Syariah. Kita tolak, kena ada perintah mahkamah.
    """),
    "en": _lines("""
        Customer: Jason Lim Kah Wai, email jasonlim.kw88@gmail.com, iPhone 14 Pro, Face ID not working after drop, quoted RM650, approved 14/09.
        Data recovery report for Ms. Priya Devi d/o Subramaniam: 3,412 photos and 27 PDF bank statements recovered from Seagate 1TB, delivered on USB.
        Please call the owner back on +60 16-228 4713 before 6pm, he wants to know if the water damage is covered.
        Warranty claim rejected: IMEI 356728114409321 belongs to Mr. Daniel Wong, liquid indicator triggered, customer threatening to post on Facebook.
        Walk-in from Singapore: Ms. Chua Hui Min, NRIC S8834127I, left MacBook Pro 16 for logic board repair, friend will collect with authorisation letter.
        Staff note: Marcus (night shift tech) is on medical leave again - dialysis three times a week, please don't roster him on Tue/Thu/Sat.
        Collected by: Kevin Tan (brother of owner), IC 910223-07-5391, signature on file, vehicle plate PKN 3388.
        Found during repair: lock screen shows messages from a moneylender demanding RM5,000 from customer Leong Chee Keong by Friday. Do not discuss with anyone.
        CSV: ticket_id,name,phone,email,device -> SR-2609-0260,Farah Nadia Yusof,017-449 2068,farahnadia.y@yahoo.com,Oppo Reno 10
    """),
    "mixed": _lines("""
        Bro, customer nama Vincent Lee tu, phone 016-338 7425, dia nak recover WhatsApp chat dengan ex-wife dia untuk court case hak jagaan anak. Quote berapa?
        Eh jangan lupa, Ah Boy from Kepong punya Vivo X100 dah siap, dia still owe kita RM120 from last time, collect sekali ya.
        Tech 2 please note: customer Mdm Low Bee Hoon (HP 012-9981 3320) pakai pacemaker, dia minta jangan guna magnet tool dekat dia masa demo.
        Screenshot from customer iCloud: Apple ID nur.amalina.k@icloud.com, recovery phone ending 4419 - dia lupa password, tapi kita tak boleh bypass, inform her.
        Boss, rider GrabFood yang hantar phone tadi, nama Hairul, plat motor BKM 4952, dia tertinggal helmet kat kedai.
        Customer from JB, Mr. Teo Boon Kiat, kerja kat Singapore, FIN G5512983K, nak repair laptop company tanpa IT department dia tahu.
        Refund dah transfer to Public Bank 3194588210 a/n Lau Mei Yee, RM300 untuk laptop yang tak dapat repair. Receipt dalam drive.
        Guys, Shafiq tak datang hari ni, dia kena tahan reman 4 hari pasal kes gaduh kat Bangsar, jangan cerita kat customer ok.
        Pickup address: Blok C-12-3A, Pangsapuri Seri Melati, Jalan Kuchai Lama, 58200 KL - cari Mr. Raymond Chin, call 011-2407 8813 bila sampai bawah.
        Customer Pn. Kalaivani complain repair ambil 3 minggu, dia jual kuih online and lost income, minta discount. Her number 014-602 1187.
    """),
    "zh-Hans": _lines("""
        维修单：陈志强先生，手机 012-335 7801，小米 13 屏幕破裂，已付订金 RM100，预计周五取机。
        林太说她老公欠了大耳窿三万块，手机被追债的人砸坏了，拜托我们不要把她的地址告诉任何人。
        顾客刘晓燕（身份证 440304198706123417）从深圳来马来西亚旅游，iPhone 掉进海里，要求恢复孩子的照片。
        阿明今天又请病假，听说是抑郁症复发，老板说这个月先不扣他的工资，大家别在群里讨论。
        送货地址：柔佛新山士古来 Taman Universiti, Jalan Kebudayaan 7, No. 23，收件人黄美玲，电话 017-771 4580。
        客户张伟的华为手机里有两百多张医院诊断书照片，他要求数据恢复后立即删除店里的备份。
        员工资料：郭家豪，月薪 RM2,800，Public Bank 户口 6382091457，紧急联系人：母亲 019-552 8046。
        这位王先生的手机号码 +86 138 2716 4093，微信同号，他回国前要取回 MacBook。
    """),
    "zh-Hant": _lines("""
        香港客人何嘉欣小姐，身份證 K482913(1)，送修 iPad Pro，聯絡電話 +852 9134 6278。
        台灣來的李俊宏先生，身分證字號 A225731947，筆電在展覽期間摔壞，急需取回裡面的資料。
        澳門客戶梁太話部手機入面有佢同醫生嘅對話，佢懷孕咗三個月，唔想俾屋企人知，叫我哋千祈唔好睇。
        陳sir 嘅電郵係 chansir.hk1976@yahoo.com.hk，維修完成後請發報價單同保養條款俾佢。
        維修記錄：客戶 Y736502(9) 嘅 Samsung Galaxy Z Fold5 內屏碎裂，已通知報價 HK$3,200。
        蔡先生離婚後要求我們刪除手機裡前妻的所有照片，並把聊天記錄匯出給他的律師，說是要用在贍養費官司上。
        送貨地址：台北市大安區和平東路二段96巷12號5樓，收件人：吳雅婷，手機 0932-518-774。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk kaunter Gajet Klinik, sebuah kedai baiki telefon di Plaza Low Yat. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp untuk Encik Razak bin Ibrahim (013-552 9184). Telefon Oppo A78 dia dah siap tukar port cas, baki RM65, boleh ambil lepas 2 petang.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Razak bin Ibrahim, telefon Oppo A78 encik telah siap ditukar port cas. Baki bayaran RM65. Encik boleh ambil di kaunter kami selepas jam 2 petang hari ini. Terima kasih!",
        ),
        ("user", "Ok, tambah sekali jaminan 90 hari."),
        (
            "assistant",
            "Assalamualaikum Encik Razak bin Ibrahim, telefon Oppo A78 encik telah siap ditukar port cas dengan jaminan 90 hari. Baki bayaran RM65, boleh diambil selepas jam 2 petang. Terima kasih!",
        ),
    ],
    [
        (
            "user",
            "I manage a phone repair shop in Penang. One of my techs, Lim Jia Hao, has been late 9 times this month and gave two MCs from the same clinic saying migraine. Help me write a first warning letter.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Mr. Lim Jia Hao, this letter serves as a first written warning regarding punctuality. Records show nine late arrivals in September 2026. We acknowledge the medical certificates submitted for migraine and these are excluded from the count. Please report by 10.00 am daily. Further lateness may lead to disciplinary action.",
        ),
        ("user", "Good. Should I mention his medical condition in the letter?"),
        (
            "assistant",
            "It is better to keep health details out of the warning letter. Refer only to the dates covered by MCs, and keep the MC copies in his confidential personnel file.",
        ),
    ],
    [
        (
            "system",
            "You help staff of a Malaysian gadget repair shop turn raw notes into clean job sheets.",
        ),
        (
            "user",
            "Boss suruh format ni jadi job sheet: SR-2609-0277, Nor Hidayah Samsudin, 880412-14-5523, 011-2630 4478, Huawei P30 Pro, battery kembung, customer cakap phone ni ada gambar anak arwah, please jangan format.",
        ),
        (
            "assistant",
            "JOB SHEET SR-2609-0277 | Pelanggan: Nor Hidayah Samsudin | MyKad: 880412-14-5523 | Tel: 011-2630 4478 | Peranti: Huawei P30 Pro | Masalah: bateri kembung | Nota: JANGAN format atau reset - data peribadi penting, backup dahulu.",
        ),
    ],
    [
        ("system", "你是马来西亚一家手机维修店的客服助理，请用简体中文回答。"),
        (
            "user",
            "客户黄国栋先生（电话 016-772 3195）的三星手机掉进鱼缸，开不了机，他问能不能救回里面公司的报价单和他太太的产检报告。",
        ),
        (
            "assistant",
            "可以先做评估，评估费 RM50。请提醒黄国栋先生不要充电或反复开机。进水机器一般需要清洗主板后再尝试读取数据，成功率取决于腐蚀程度。",
        ),
        ("user", "那帮我写一条短信给他。"),
        (
            "assistant",
            "黄先生您好，您的三星手机已收到，我们会先清洗主板并评估数据恢复的可能，评估费 RM50，结果将于两个工作天内通知您。请勿自行充电。谢谢！",
        ),
    ],
    [
        (
            "system",
            "Anda bot sokongan Gajet Klinik. Rekod pelanggan semasa: Nama: Amirul Hakim bin Yusof; MyKad: 990305-08-6141; Alamat: No. 27, Jalan Cempaka 2, Taman Desa Aman, 31400 Ipoh, Perak; Tiket: SR-2609-0302; Status: menunggu alat ganti.",
        ),
        ("user", "Hi, laptop saya bila siap ya? Dah seminggu."),
        (
            "assistant",
            "Hai Encik Amirul Hakim, tiket SR-2609-0302 masih menunggu alat ganti (engsel skrin). Kami jangka barang sampai dalam 3 hari bekerja dan akan maklumkan segera.",
        ),
        ("user", "Boleh hantar ke rumah terus lepas siap?"),
        (
            "assistant",
            "Boleh. Kami akan hantar ke No. 27, Jalan Cempaka 2, Taman Desa Aman, 31400 Ipoh melalui Pos Laju dengan caj RM15. Sila sahkan alamat ini masih betul.",
        ),
    ],
    [
        (
            "user",
            "我喺香港買嘅 iPhone 15，依家喺吉隆坡出差壞咗。我叫鄧志偉，身份證 R205418(2)，電話 +852 6283 1947，可唔可以喺馬來西亞保養？",
        ),
        (
            "assistant",
            "iPhone 嘅 Apple 有限保養一般係全球有效，你可以去馬來西亞嘅 Apple 授權服務供應商。記得帶埋購買單據同護照，唔好將身份證號碼隨便俾第三方維修店。",
        ),
        ("user", "咁如果喺普通維修店換屏會唔會失保？"),
        ("assistant", "非授權維修店換屏有機會令 Apple 拒絕之後嘅保養申請，建議先聯絡授權服務點。"),
    ],
    [
        (
            "system",
            "You are a compliance helper for a Johor Bahru phone shop that serves many Singapore customers.",
        ),
        (
            "user",
            "A customer, Mr. Goh Wei Ming, NRIC T0312458J, wants us to photocopy his NRIC for a trade-in of his Galaxy S24. His number is +65 9172 4830. Can we keep the copy?",
        ),
        (
            "assistant",
            "Under Malaysia's PDPA 2010 you should only collect what you need. For a trade-in, recording the device IMEI and a proof of ownership is usually enough. If you must note Mr. Goh's NRIC, record only what is necessary, keep it locked, and do not photocopy it by default.",
        ),
        ("user", "Okay, what about his phone number?"),
        (
            "assistant",
            "Keeping +65 9172 4830 to contact him about the trade-in is fine, as long as you tell him the purpose and delete it once the transaction and any warranty period end.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis reminder sopan in Manglish untuk customer Ah Hock (Lee Kok Hock), 017-889 2351. Dia hutang RM780 untuk motherboard MacBook sejak Jun, dah janji bayar tiga kali tapi tak bayar.",
        ),
        (
            "assistant",
            "Hi Mr. Lee Kok Hock, this is Gajet Klinik. Just a friendly reminder, baki RM780 untuk repair motherboard MacBook since June masih belum settle. Boleh confirm tarikh bayaran minggu ni? Terima kasih ya.",
        ),
        ("user", "Kalau dia tak bayar juga, boleh kita jual laptop dia?"),
        (
            "assistant",
            "Jangan terus jual. Rujuk terma tiket servis dulu, hantar notis bertulis kepada Mr. Lee dengan tempoh akhir yang jelas, dan simpan bukti. Jika masih tidak dibayar, dapatkan nasihat undang-undang atau failkan tuntutan di TTPM.",
        ),
    ],
    [
        ("system", "Anda membantu pengguna menulis aduan pengguna di Malaysia."),
        (
            "user",
            "Saya Noraini binti Hassan, tel 019-338 6702. Saya hantar Samsung A54 ke sebuah kedai di Seremban untuk tukar skrin, tiket 5521. Bila ambil, gambar-gambar peribadi saya dalam galeri dah dipadam dan ada orang WhatsApp saya guna gambar tu.",
        ),
        (
            "assistant",
            "Ini perkara serius. Saya cadangkan: 1) buat laporan polis, 2) hantar aduan kepada Jabatan Perlindungan Data Peribadi, 3) failkan aduan KPDN. Draf ringkas: Saya, Noraini binti Hassan (019-338 6702), ingin mengadu tentang kedai pembaikan telefon di Seremban yang dipercayai telah mengakses dan menyebarkan gambar peribadi saya selepas servis tiket 5521.",
        ),
        ("user", "Terima kasih, perlu letak nombor IC saya tak?"),
        (
            "assistant",
            "Untuk laporan polis dan borang rasmi, ya, kerana ia diperlukan untuk pengesahan. Tetapi jangan letak nombor IC dalam hantaran media sosial.",
        ),
    ],
    [
        (
            "user",
            "My late father Mr. Subramaniam a/l Krishnan passed away last month. His old Lenovo laptop has family photos. I'm his daughter, Deepa, email deepa.subra91@outlook.com. Can a repair shop recover the files without his Windows password?",
        ),
        (
            "assistant",
            "Yes, in most cases. If the drive is not encrypted with BitLocker, a shop can remove the drive and copy the files without the password. Bring a copy of the death certificate and proof you are the next of kin, as reputable shops will ask for them.",
        ),
        ("user", "Boleh saya hantar kat kedai dekat Klang? Apa yang saya patut minta dalam resit?"),
        (
            "assistant",
            "Boleh. Minta resit yang menyatakan nombor tiket, model laptop, skop kerja (pemulihan data sahaja), caj dan janji kedai memadam salinan selepas diserahkan kepada Cik Deepa.",
        ),
    ],
]
