# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms132: pusat rawatan rambut, salun bulu mata dan kedai rambut palsu di Malaysia (temujanji, rawatan, bayaran ansuran, aduan pelanggan, pekerja, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms132
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_salun"): _lines("""
        NOTIS: Pusat Rawatan Rambut Helaian Emas cawangan Jalan SS2/24, Petaling Jaya akan ditutup 1 hingga 3 Syawal. Temujanji dibuka semula 10 pagi hari keempat.
        Pelanggan yang membuat bayaran ansuran melalui Atome atau Grab PayLater sila tunjukkan resit digital di kaunter sebelum rawatan scalp detox bermula.
        Untuk aduan, sila hubungi talian khidmat pelanggan 03-7865 4410 (Isnin-Sabtu, 10.00 pg - 7.00 ptg) atau e-mel aduan@helaianemas.com.my. Aduan dijawab dalam 3 hari bekerja.
        Kak Ros Lash Studio (SSM 202203145512 / 1457725-P) kini beroperasi di Lot 2-17, Tingkat 2, Plaza Shah Alam, Seksyen 14, 40000 Shah Alam.
        Peringatan: Rawatan lash lift tidak boleh dilakukan dalam tempoh 48 jam selepas rawatan kimia rambut. Maklumkan juruteknik jika mata anda mudah berair.
        Tempahan WhatsApp hanya melalui nombor rasmi syarikat +60 11-5120 8833. Kami TIDAK akan meminta kod OTP atau nombor kad bank anda melalui mesej.
        Kedai Rambut Palsu Puteri Gunung Ledang, No. 33, Jalan Tuanku Abdul Rahman, 50100 Kuala Lumpur: stok wig sintetik baharu tiba minggu ini, 20% diskaun pembukaan.
        Waktu operasi Ramadan: 11.00 pagi - 6.30 petang. Temujanji selepas berbuka boleh diatur untuk sesi konsultasi pemindahan rambut sahaja.
        Deposit RM50 diperlukan untuk setiap temujanji eyelash extension. Deposit tidak dikembalikan jika pembatalan dibuat kurang 24 jam sebelum slot.
        Makluman: Semua pewarna rambut yang digunakan di premis ini bernotifikasi kosmetik KKM, contohnya siri Warna Sutera nombor notifikasi NOT220805432K.
        Promosi Hari Ibu: Pakej rawatan keguguran rambut 6 sesi RM1,188 sahaja, boleh bayar 3 kali ansuran RM396 tanpa faedah. Sah sehingga 31 Mei 2026.
        Kempen derma rambut bersama MAKNA untuk kanak-kanak pesakit kanser: panjang minimum 30cm, rambut kering, diikat dan dimasukkan dalam beg zip.
        Parking percuma 2 jam di Tingkat B1 untuk pelanggan salun. Sila cop tiket di kaunter sebelum keluar. Terpakai untuk cawangan Bangsar Shopping Centre sahaja.
    """),
    ("ms", "senarai_harga"): _lines("""
        Lash Extension Klasik (80-100 helai) - RM128 | Refill dalam 2 minggu - RM78 | Refill 3 minggu - RM98 | Tanggal penuh - RM40
        Volume Russian 3D-5D - RM188 | Mega Volume 10D - RM238 | Wet Look Anime Lash - RM168 | Tambahan warna coklat atau biru gelap +RM20
        Rawatan Scalp Detox (60 min) RM150; Rawatan Keguguran Rambut PRP sesi tunggal RM650; pakej 4 sesi RM2,280 (ansuran 6 bulan RM380/bln)
        Wig rambut asli Remy 14 inci, warna 1B, lace depan 13x4 - RM1,290. Wig sintetik tahan haba 16 inci - RM259. Caj potong dan gaya semula RM45.
        Topper rambut wanita 6x6 inci (SKU TPR-0606-1B) RM899; 7x7 inci (SKU TPR-0707-2) RM1,049; klip tambahan RM12 sepasang.
        Hair system lelaki (toupee) Swiss lace, ketumpatan 110% - RM1,650; servis pemasangan semula setiap 4 minggu RM120; gam Ultra Hold 1.4oz RM85.
        Lash lift + tint: RM98 (harga biasa RM138). Brow lamination: RM88. Combo lift + lamination: RM168. Harga sudah termasuk SST 8%.
        Konsultasi pemindahan rambut FUE bersama doktor bertauliah: percuma. Anggaran prosedur RM9.00 - RM12.00 setiap graf, minimum 1,500 graf.
        Ansuran tanpa kad kredit: 3 x RM76.33 melalui Atome, 4 x RM57.25 melalui ShopBack PayLater. Caj lewat ditentukan oleh penyedia, bukan salun.
        Kit penjagaan wig: syampu sulfate-free 250ml RM39, perapi 250ml RM39, kepala manekin gabus RM25, sikat wig dawai RM15. Beli set lengkap RM99.
        Harga pelajar (tunjuk kad matrik): Lash Klasik RM98, Lash Lift RM78. Tidak boleh digabungkan dengan baucar Groupon atau Fave.
        Caj tambahan: penanggalan lash dari salun lain RM30, pembaikan lace wig mulai RM60, pewarnaan semula wig rambut asli mulai RM180.
        Pakej Pengantin: wig sanggul + pemasangan hari nikah + lash strip premium = RM450. Caj perjalanan luar Lembah Klang RM1 sekilometer.
    """),
    ("en", "faq"): _lines("""
        Q: How long does a human-hair wig last? A: Washed every 10-14 wears and styled below 180°C, most of our Remy units last 12 to 18 months.
        Q: Can I return a wig if it doesn't fit? A: Unworn wigs with the hygiene strip and tags intact can be exchanged within 7 days. Custom-cut units are final sale.
        Q: Do you offer medical wigs? A: Yes. Private fitting rooms are available every Wednesday, and we can issue an itemised receipt for insurance or employer claims.
        Q: Where is your Penang outlet? A: 1-G-12, Gurney Paragon Mall, 163D Persiaran Gurney, 10250 George Town. Nearest parking is at level P2, zone C.
        Q: How do I reach customer care? A: WhatsApp our business line +60 12-380 5167 or email care@lashloft.my. We reply between 10am and 8pm daily.
        Q: Is the lash glue safe for sensitive eyes? A: We use a low-fume cyanoacrylate adhesive, and a patch test is done 24 hours before your first full set.
        Q: What is the Rapunzel package? A: It is our bundle name for 20-inch clip-in extensions plus one styling session, priced at RM620. It is not a Disney product.
        Q: Can I pay in instalments? A: Yes, purchases above RM300 can be split into 3 payments via Atome, or 6 months at 0% on Maybank and CIMB credit cards.
        Q: Do you ship wigs to Singapore? A: Yes, via J&T Express from our Johor Bahru warehouse within 2 working days; tracking numbers start with JT plus 12 digits.
        Q: How often should I refill my extensions? A: Every 2 to 3 weeks. Beyond 4 weeks we treat it as a new full set because too few lashes remain.
        Q: Are your lash artists certified? A: Every artist holds the JPK-accredited SKM Level 3 in beauty therapy and completes 40 hours of in-house volume training.
        Q: Are your hair transplant surgeons registered? A: All procedures are performed by doctors registered with the Malaysian Medical Council and listed on its online register.
        Q: Can men buy toupees discreetly? A: Yes. Parcels ship in plain packaging labelled HE Trading Sdn Bhd, with no product description on the waybill.
    """),
    ("mixed", "group_chat_staf"): _lines("""
        [09:02] Admin HQ: Morning team, stok glue Sky S+ tinggal 4 botol je kat SS2. Sesiapa pergi HQ hari ni tolong ambik 2 kotak ya.
        [09:15] Kaunter PJ: Noted. Slot 11am dengan 2pm hari ni dah full, walk-in kita suruh tunggu or offer slot Sabtu boleh?
        [09:17] Supervisor: Boleh. Tapi jangan janji lash artist tertentu, rota minggu ni dah tukar. Check Google Sheet tab ROTA_DIS_W49.
        [10:40] Stor: Wig order PO-2026-1187 dari supplier Xuchang dah sampai, 36 unit. 3 unit lace koyak, I dah snap gambar hantar kat supplier.
        [11:05] Admin HQ: Reminder semua, jangan screenshot kad pengenalan customer masuk group ni. Upload terus dalam sistem booking je ok.
        [12:30] Kaunter Bangi: Mesin POS hang lagi lepas update v4.2.1. Dah call vendor hotline 1300-88-7262, nombor tiket diorang TCK-558201.
        [14:22] Supervisor: Bulan ni target jualan topper RM45k, sekarang baru RM28,600. Push pakej ansuran 6 bulan tu please.
        [15:10] Kaunter PJ: Complaint pasal lash gugur lepas 3 hari dah settle, kita bagi refill free. Dah log dalam borang aduan no. ADU-1206.
        [16:45] Stor: Courier Pos Laju pickup pukul 5. Parcel Singapore ada 4, waybill EP123456789MY sampai EP123456792MY.
        [17:30] Admin HQ: Esok training brow lamination dengan trainer dari Bangkok, 10am kat HQ Kelana Jaya. Bawak apron and kit sendiri.
        [18:05] Kaunter Bangi: Tutup kedai dah. Cash RM1,240, card RM3,815.50, QR DuitNow RM960. Float RM200 simpan dalam safe macam biasa.
        [20:14] Supervisor: Sorry lambat reply. OT hari Ahad nanti dibayar 1.5x ikut Akta Kerja, claim dalam HR app sebelum 25hb ya.
        [21:03] Admin HQ: FYI IG post promo Hari Raya dah schedule pukul 8pm esok, caption dah approve. Jangan repost kat story dulu.
    """),
    ("en", "config_and_code"): _lines("""
        BOOKING_SLOT_MINUTES=90  # lash full set; refill uses 60, lift+tint uses 75 per SOP-LASH-03 rev 2
        2026-11-14T10:32:07+08:00 INFO booking.create id=BK-20261114-0042 branch=SS2 service=LASH_VOL_3D slot=14:00 deposit=50.00 status=PENDING
        2026-11-14T10:32:09+08:00 WARN sms.gateway retry=2 provider=isms.com.my template=REMINDER_24H latency_ms=4120
        SELECT branch_code, COUNT(*) AS refills FROM bookings WHERE service LIKE 'LASH_REFILL%' AND created_at >= '2026-11-01' GROUP BY branch_code;
        installment_plan: {provider: atome, tenor_months: 3, min_amount_myr: 100, late_fee_myr: 10, merchant_id: ATM-MY-0098812}
        export const WIG_SKU_REGEX = /^WG-(RM|SY)-(1[0-9]|2[0-6])IN-[0-9A-Z]{2,3}$/; // e.g. WG-RM-14IN-1B
        payment.webhook event=charge.succeeded ref=ch_3PqK8sLz0aB12cDe amount=12800 currency=MYR invoice=INV-HE-2026-004817
        docker run -d --name booking-api -e TZ=Asia/Kuala_Lumpur -e DB_HOST=db.internal -p 8080:8080 salon/booking-api:2.7.3
        sha256(wig_catalogue_2026Q4.csv) = 9f2c4e1ab07d6e3358c0fa91e2d74b6c1a8e05f3d9c27b4e6a1f0d83c5b92e71
        whatsapp_business: {display_number: '+60 3-2181 0099', template_namespace: 'lashloft_prod', opt_out_keyword: 'STOP'}
        customer_schema = ['customer_id', 'full_name', 'mykad_no', 'phone', 'email', 'allergy_notes', 'consent_pdpa', 'created_at']
        cron: 0 21 * * * /opt/salon/bin/send_refill_reminders --days-since=14 --branch=all --dry-run=false >> /var/log/salon/reminder.log
        ERROR inventory.sync sku=TPR-0707-2 warehouse=JB01 expected=24 counted=21 delta=-3 audit_ticket=INV-AUD-3391
    """),
    ("zh-Hans", "产品列表"): _lines("""
        【许昌源头工厂】真人发全头套 16英寸 自然黑 蕾丝前额13x4 发量150% 批发价 ¥680/顶 起订量10顶 SKU: XC-HH16-1B
        化纤高温丝短发假发 女士波波头 耐热180℃ 颜色:棕黑 单价¥89 马来西亚包邮满¥2000 发货仓:河南许昌 支持货到付款
        男士发块 瑞士网底 8x10英寸 密度110% 可烫染 适合M型脱发 零售价 RM1,580 批发请咨询企业微信客服 量大从优
        嫁接睫毛 Y型 0.07mm C卷 8-14mm 混装 12排/盒 品牌:优丽娅 价格¥38/盒 青岛平度睫毛产业园直接发货
        睫毛胶 快干1秒 低刺激 5ml 保质期6个月 开封后30天内用完 批号 LG20261102 备案编号 粤G妆网备字2026012345
        刘海假发片 空气刘海 真发手织 隐形无痕 3个BB夹 ¥129 型号“小雅”系列 颜色编号 #2/#4/#6 支持七天无理由退换
        接发片 一片式 U型夹 24英寸 直发 重量120g ¥218 适用于发量稀少 马来西亚吉隆坡仓现货 下单后3天内送达 支持顺丰
        假发网帽 双头弹力 黑色/肤色 每包2个 ¥3.5 批发500包以上¥2.2 物流:中通国际 单号格式为 ZT 加13位数字
        商品名称:“玛丽莲”卷发全头套 灵感来自玛丽莲·梦露五十年代经典造型 金色#613 20英寸 ¥420 附赠假发支架和发网
        头皮护理精华 生姜+侧柏叶 100ml 防脱固发 国妆特字G20210345 净含量100ml ¥168 买二送一 限时活动
        下睫毛 簇状 漫画眼 自然款 10对装 ¥19.9 月销2万+ 好评率98% 店铺:美睫源工厂旗舰店 48小时内发货 包邮
        假发专用清洗液 500ml 适用真人发及化纤丝 pH 5.5 生产企业:河南瑞贝卡发制品股份有限公司 订货号 RB-CL500
        产品参数:发长35cm 发量中等 帽围54-58cm 可调节魔术贴 包装尺寸30x25x8cm 毛重0.45kg 出口HS编码6704200000
    """),
    ("ms", "ulasan_perniagaan"): _lines("""
        ★★★★★ Salun ni memang terbaik kat Shah Alam. Lash volume tahan hampir 4 minggu, tempat bersih dan ada surau kecil. Harga berpatutan.
        ★★☆☆☆ Tunggu 45 minit walaupun dah booking. Hasil lash lift okay tapi kaunter tak reti urus masa. Harap pengurusan Lash Loft Bangi perbaiki.
        Beli wig kat kedai Jalan TAR tu, rambut asli betul, dah basuh 10 kali tak kusut. Cuma lace agak tebal, kena bleach knot sendiri. 4/5.
        Rawatan PRP kat Helaian Emas mahal sikit tapi nampak hasil selepas sesi ketiga. Doktor terangkan risiko dengan jelas. Pelan ansuran sangat membantu.
        Jangan beli topper dari page FB Rambut Cantik Murah, warna lain dari gambar dan refund tak dapat sampai sekarang. Dah report ke KPDN.
        Servis 10/10! Mereka ada bilik khas untuk wanita bertudung, staf semua perempuan. Sangat selesa nak buat rawatan scalp.
        Kedai wig yang paling memahami keperluan pesakit kemoterapi. Fitting dalam bilik tertutup, tiada siapa yang tenung. Terima kasih Wig Kasih Bonda.
        Harga refill naik dari RM68 ke RM78 tanpa notis. Faham kos meningkat tapi patut umum awal kat Instagram. Kualiti masih konsisten, 3 bintang.
        Rating Google 4.8 (1,236 ulasan) memang berbaloi. Lash artist teliti, tak pedih mata langsung. Parking kat Seksyen 7 susah sikit je.
        Pusat rawatan rambut di Jalan Ampang ni iklan transplant tanpa parut tapi rupanya FUE biasa. Marketing terlebih, hasil biasa-biasa. 2/5.
        Hair system lelaki kat Abang Botak Hair Studio sangat natural dan nampak semula jadi. Servis maintenance bulanan RM120 memang berbaloi.
        Salun Mak Andam Seri Pengantin buat wig sanggul untuk majlis, kemas dan tahan 12 jam. Respon WhatsApp laju, invois pun profesional.
        Trend wig ala Siti Nurhaliza zaman lagu Cindai memang laku kat kedai ni. Staf pandai gaya ikut bentuk muka, harga dari RM350. Recommended!
    """),
    ("zh-Hant", "發票"): _lines("""
        發票號碼:INV-HK-2026-10388 日期:2026年11月03日 賣方:香港美睫坊有限公司 商業登記號碼 71234567 地址:九龍旺角彌敦道700號14樓1402室
        品項1:嫁接睫毛 0.05 D捲 混長 x 200盒 單價 HK$42 小計 HK$8,400;品項2:睫毛膠 5ml x 60瓶 單價 HK$95 小計 HK$5,700
        合計:HK$14,100 運費:HK$380(順豐國際 運單號 SF1408223917650)應付總額:HK$14,480 付款條件:月結30天
        收款銀行:匯豐銀行 戶口名稱:香港美睫坊有限公司 公司戶口號碼:004-512-334871-838 SWIFT:HSBCHKHHHKH 請註明發票號碼
        統一發票 AB-12345678 賣方地址:台北市大安區忠孝東路四段216號3樓 買受人:Lash Loft Sdn. Bhd.(馬來西亞)統一編號 24536806
        品名:手工真髮頭套 長度18吋 顏色自然黑 數量12頂 單價 NT$9,800 金額 NT$117,600 營業稅5% NT$5,880 總計 NT$123,480
        備註:本公司電話 (02) 2771-5368 傳真 (02) 2771-5369 客服信箱 service@meifa-tw.com.tw 營業時間 週一至週五 09:00-18:00
        澳門假髮專門店 收據編號 MO-R-0091274 地址:澳門新馬路12號地下 付款方式:澳門通 MOP$1,280 已收訖 多謝惠顧
        貨運追蹤:DHL Express 追蹤號碼 4829103756 起運地 香港葵涌 目的地 吉隆坡 Subang 預計送達日期 2026-11-08
        折讓單 CN-2026-0042:因第3批睫毛膠結塊,退回24瓶,扣減金額 HK$2,280,將於下期發票 INV-HK-2026-10521 抵銷。
        報價單 Q-2026-187:男士髮片 法國蕾絲底 8x10吋 起訂20片 單價 US$118,有效期至2026年12月31日 FOB 香港。
        本發票由系統自動產生,無需簽名。如有疑問請於7日內致電會計部 (852) 2388 1462,並引用發票號碼查詢,謝謝合作。
        商品項目:頭皮護理安瓶 10ml x 10支 品牌「林田一郎」漢方系列 日本製 單價 NT$1,650 數量6盒 金額 NT$9,900
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Temujanji: Puan Nurul Ain binti Zakaria, 012-638 4417, lash volume 3D Sabtu 2.30 ptg, deposit RM50 dibayar melalui DuitNow.
        Pelanggan Siti Hajar Mohd Rosli (MyKad 910623-10-5482) mohon tangguh ansuran ke-4 rawatan PRP sebab suami baru diberhentikan kerja.
        Aduan: Encik Faizal Hamdan, 45, alami alahan teruk pada kulit kepala selepas rawatan pewarna, disahkan dermatitis oleh Klinik Kesihatan Kajang pada 3/11.
        Rekod pekerja: Farah Diyana Ismail, juruteknik bulu mata, gaji pokok RM2,100 + komisen, akaun Maybank 1642 0987 3315, KWSP 18274561.
        Nota kaunter: Kak Midah (pelanggan tetap wig, No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam) minta wig dihantar ke rumah sebab tak larat berjalan lepas kemo.
        Baki ansuran pakej transplant Encik Zulkifli Abdul Ghani masih RM4,560, dah 2 bulan tertunggak. Jangan buat sesi seterusnya sehingga dia jelaskan bayaran.
        Borang konsultasi: Nama: Aisyah Humaira bt Kamal | No. KP: 950214-08-6218 | Tel: 019-225 7803 | Sejarah perubatan: alopecia areata sejak 2022, sedang hamil 5 bulan.
        Tolong jangan bagi slot lagi kat Mira yang tinggal kat Bangi tu, dah 3 kali no-show dan nombor dia 011-2856 9034 pun dah block kita.
        Pekerja salun Nor Hidayah Saad cuti sakit 2 minggu, MC dari Hospital Serdang sebab keguguran. Jangan bincang dalam group umum.
        Kereta yang langgar tiang parking depan kedai semalam: WXY 4821, Proton Saga biru, pemiliknya Rosnah Ibrahim, pelanggan lash kita hari Khamis.
        Suraya binti Halim, 33, baru bercerai bulan lepas dan minta semua rekod rawatan dipindah ke nama dia sendiri, bukan lagi akaun keluarga bekas suami.
        Hantar resit ansuran ke e-mel pelanggan haslinda.yusof88@gmail.com, rujukan ANS-0927, bayaran ke-3 daripada 6 (RM380) diterima 02/12/2026.
        Log WhatsApp: [19:42] +60 13-771 4025 (Puan Salmah): Lash saya bengkak sebelah kanan, mata merah sampai tak boleh buka, boleh refund tak?
        Senarai gaji November: Amirul Hakim (barber) RM1,900; Syafiqah Nadia (lash) RM2,350; Wan Nurul Izzati (kaunter) RM1,700 - sulit, jangan forward.
        Encik Kamarul dari Kota Bharu tu kena tahan polis minggu lepas pasal kes dadah, sebab tu hair system dia tak diambil lagi. Simpan dalam stor dulu.
        Penghantaran wig COD: Puan Zaleha Omar, No. 7A, Lorong Seri Kenangan 2, Kampung Baru Sungai Buloh, 47000 Selangor, tel 017-340 1286, kutip RM459.
        Pelanggan Tan Mei Ling (880917-14-6032) nak claim rawatan rambut bawah insurans, doktor sahkan rambut gugur akibat lupus. Sediakan surat sokongan.
        Kad pelanggan: Nurin Batrisya, 16 tahun, datang dengan ibu, ada trichotillomania (cabut rambut sendiri) - rujuk kaunselor, jangan kenakan caj tambahan.
        Staf baru Hafiz Rahman, IC 000512-01-7743, alamat Blok C-3-8, PPR Kerinchi, 59200 Kuala Lumpur. Sila daftar PERKESO sebelum 15hb.
        Boss pinjamkan RM3,000 kepada Kak Yati (tukang jahit wig) untuk bayar hutang along, potong gaji RM250 sebulan mulai Januari.
    """),
    "en": _lines("""
        Client note: Priya Ramasamy, phone +60 16-482 7719, allergic to latex and cyanoacrylate; patch test on 4 Dec showed redness. Do NOT book extensions.
        Refund request from Jessica Lim Hui Xin (jessica.lhx@yahoo.com): the 18-inch wig she bought on 21 Nov for her mother's chemotherapy arrived with a torn lace.
        Payroll change: lash artist Kavitha d/o Muniandy is now paid to CIMB account 7012 3345 98, salary raised to RM2,600 from January.
        Singapore client Mr Daniel Goh, NRIC S8734126G, booked the hair transplant consultation at our JB branch for 12 Dec, 10am.
        Incident report: customer Ahmad Fauzi bin Rahim slipped near the wash basin on 28 Nov and fractured his left wrist; treated at Sunway Medical Centre.
        Follow up with Vanessa Chong - she's about 20 weeks pregnant and wants a lash lift; check with her gynaecologist first. Her number is 012-907 3358.
        Instalment default list: 1) Mohd Shafiq Azman RM1,140 overdue 65 days 2) Grace Ong Pei Shan RM780 overdue 40 days - send final reminder letters.
        Home fitting address for the wig: Mrs Lee Siew Ping, 23 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong, gate code 4412.
        Please remove the before/after photo of Nicholas Tan's bald crown from our Instagram; his employer recognised him and he wants it down today.
        FIN G5823140T - Ms Nguyen Thi Hoa, lash technician at the Orchard branch, work permit expires 30 Jan 2027, renewal documents still pending.
    """),
    "mixed": _lines("""
        Kak Liza, customer yang nombor 018-662 9014 tu dah WhatsApp 5 kali pasal wig tak sampai lagi, tolong check tracking dia please.
        Eh Jun Wei tu ok ke? Dia cakap lepas PRP session dia rasa pening and blood pressure naik, I suruh dia pergi klinik dulu.
        Boss, Aina bt Roslan mintak advance gaji RM800, dia kata anak masuk Hospital Selayang sebab denggi. Approve tak?
        Booking form: Name - Chloe Tan Shu Min | HP 012-441 8820 | Email chloe.tsm@outlook.com | Service - Volume lash 5D | Remarks - contact lens user, dry eyes
        Uncle Ah Seng from Klang tu masih hutang RM2,300 for his toupee, dah 4 bulan. Dia kata business dia bankrupt, so how?
        CSV: 2026-11-30,BK-0093,Nadia Sofea Ramli,930407-14-5526,011-2345 7781,Lash Lift,RM98,PAID
        Guys jangan share gambar Puan Rokiah yang botak tu dalam group, dia ada alopecia totalis, sangat sensitif. Delete now please.
        Staff Mei Yee minta cuti 3 hari, her father passed away in Ipoh. Tolong cover shift dia Selasa sampai Khamis ya.
        Delivery: Ms Wong Kar Yan, 12-3A Jalan Ara, Bangsar, 59100 KL, guard lobby tak bagi naik so pass kat security ok, COD RM1,290.
        Encik Razak plat WA 3321 K dah parking depan shop 3 jam, call dia 019-553 2208 suruh alihkan, customer lain complain.
    """),
    "zh-Hans": _lines("""
        客户陈丽华女士 身份证号 440304199108233514 手机 138 2716 4405 从深圳来吉隆坡做植发 预约12月9日上午10点
        王先生(微信 wangzq_1987)植发分期还欠 RM6,200,他说最近离婚财产被冻结,下个月才能还。
        员工小林上个月确诊乳腺癌,正在做化疗,老板说工资照发,但请大家不要在群里讨论她的病情。
        寄件信息:收件人 黄美玲 电话 186 0592 3317 地址 福建省厦门市思明区莲前西路188号6栋1203室 商品 真人发全头套 x1
        林太的女儿才14岁就脱发严重,医生说是甲状腺问题,林太要求我们给她定做假发,费用记在她老公的账上。
    """),
    "zh-Hant": _lines("""
        香港客人 張嘉欣小姐 身份證 K472913(7) 電話 9123 4568 預約睫毛嫁接 12月20日下午3點 已付訂金 HK$200
        台灣客戶 吳宗翰 身分證字號 A235814604 手機 0912-345-678 訂購男士髮片兩片 分3期付款 每期 NT$6,500
        何太話佢老公欠咗財務公司錢,冇錢交假髮尾數 HK$3,800,叫我哋唔好打去佢屋企,打佢手機 6372 8819 就得。
        澳門客人 梁志強先生 已確診雄性禿第5級 準備做 FUE 植髮3,000株 住址 澳門氹仔海洋花園第3座12樓B
        員工 鄭美儀 月薪 HK$16,500 強積金帳戶 7702-883194 上月因懷孕請病假5天 請人事部跟進產假安排
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Lash Loft Bangi. Bantu staf kaunter menulis mesej kepada pelanggan dengan sopan dan ringkas.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Puan Rohana Mat Isa (013-228 9051) bahawa ansuran ketiga RM380 untuk pakej lash dia dah lewat 20 hari.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Rohana. Ini peringatan mesra daripada Lash Loft Bangi bahawa ansuran ketiga sebanyak RM380 telah melepasi tarikh bayaran 20 hari. Mohon jelaskan melalui DuitNow atau di kaunter. Terima kasih.",
        ),
        (
            "user",
            "Tambah sikit yang kami faham dia baru keluar hospital lepas operation, dan boleh tangguh dua minggu.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Rohana. Kami faham puan baru keluar hospital selepas pembedahan, semoga cepat sembuh. Ansuran ketiga RM380 boleh ditangguhkan dua minggu tanpa caj lewat. Hubungi kami jika perlukan bantuan.",
        ),
    ],
    [
        ("system", "You are a customer support assistant for a wig shop in Kuala Lumpur."),
        (
            "user",
            "Hi, I'm Melissa Khoo. I ordered a wig for my sister who has leukaemia, order WG-55812, my phone is 012-774 5093. It still hasn't arrived after 10 days.",
        ),
        (
            "assistant",
            "I'm sorry for the delay, Melissa. I'll ask the team to check order WG-55812 with the courier and contact you at the number you gave today. Would you like a temporary loaner wig in the meantime?",
        ),
        (
            "user",
            "Yes please, she starts her second round of chemo on Monday and her hair is falling out fast.",
        ),
        (
            "assistant",
            "Understood. I'll flag this as urgent so a loaner is prepared for collection before Monday, and we'll confirm the pickup time by WhatsApp.",
        ),
    ],
    [
        ("system", "你是一家吉隆坡植发中心的客服助理,负责把中文投诉整理成马来文给经理。"),
        (
            "user",
            "帮我整理这条投诉:李秀芬女士,手机 139 2205 7816,11月28日在我们中心做了PRP,回去后头皮感染发烧住院三天,要求退款RM650并赔偿医药费。",
        ),
        (
            "assistant",
            "Ringkasan aduan: Puan Li Xiufen (tel 139 2205 7816) menjalani rawatan PRP pada 28 Nov, kemudian mengalami jangkitan kulit kepala dan demam sehingga dimasukkan ke hospital 3 hari. Beliau menuntut bayaran balik RM650 dan kos perubatan.",
        ),
        ("user", "好,再加一句请经理两天内回复她。"),
        (
            "assistant",
            "Mohon pengurus menghubungi Puan Li Xiufen dalam tempoh 2 hari bekerja untuk membincangkan tuntutan beliau.",
        ),
    ],
    [
        (
            "user",
            "Eh AI, I run a small lash salon in Kepong. My staff Nabila Huda, the one with IC 990318-14-5062, I think she took RM500 from the cash drawer last Friday. CCTV a bit blur. Can I just potong gaji dia?",
        ),
        (
            "assistant",
            "Better not deduct her wages on suspicion alone; under the Employment Act, deductions need a lawful basis. Hold a documented domestic inquiry first, let her respond, and if you have real evidence, lodge a police report instead.",
        ),
        ("user", "Ok can you draft a show cause letter for her then?"),
        (
            "assistant",
            "Draft: To Nabila Huda. You are required to explain in writing within 3 days the RM500 shortfall in the cash drawer on Friday, 28 November. Failure to respond may lead to disciplinary action. Signed, Management.",
        ),
    ],
    [
        ("system", "你是香港銅鑼灣一間睫毛店的預約助手,用繁體中文回覆。"),
        (
            "user",
            "你好,我叫陳凱琳,身份證號碼 Y603218(2),想預約下星期六做睫毛嫁接,電話 6218 4457。我對乳膠敏感。",
        ),
        (
            "assistant",
            "陳小姐你好,已為你預留下星期六下午2時的位置。由於你對乳膠敏感,技師會使用無乳膠膠布及先做皮膚測試。預約確認短訊會發送到 6218 4457。",
        ),
        ("user", "唔該,可唔可以唔好記錄我身份證號碼?"),
        ("assistant", "可以,預約只需要姓名及電話,我哋唔會保存你提供嘅身份證號碼。"),
    ],
    [
        (
            "system",
            "Anda membantu admin Pusat Rawatan Rambut Helaian Emas menyusun data pelanggan ke format CSV.",
        ),
        (
            "user",
            "Tukar ke CSV: Norazlin Yusof 870512-06-5514 012-339 2741 PRP sesi 2; Rahimah Abu Bakar 790921-02-5148 017-605 1183 scalp detox.",
        ),
        (
            "assistant",
            "Berikut CSV (setiap rekod dipisahkan dengan koma bertitik): nama,no_kp,telefon,rawatan; Norazlin Yusof,870512-06-5514,012-339 2741,PRP sesi 2; Rahimah Abu Bakar,790921-02-5148,017-605 1183,Scalp detox",
        ),
        (
            "user",
            "Terima kasih. Tambah lajur status bayaran, Norazlin dah bayar penuh, Rahimah ansuran 2/6.",
        ),
        (
            "assistant",
            "Berikut CSV (setiap rekod dipisahkan dengan koma bertitik): nama,no_kp,telefon,rawatan,status_bayaran; Norazlin Yusof,870512-06-5514,012-339 2741,PRP sesi 2,Penuh; Rahimah Abu Bakar,790921-02-5148,017-605 1183,Scalp detox,Ansuran 2/6",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant for Lash Loft SS2. Customer profile: Farhana Aziz, member no. LL-00482, phone 011-1092 6634, last full set 18 Nov 2026, notes: mild blepharitis, use sensitive glue.",
        ),
        ("user", "When should I come back for my refill?"),
        (
            "assistant",
            "Hi Farhana, your full set was done on 18 November, so a refill between 2 and 9 December is ideal. I'll note again to use the sensitive glue because of your blepharitis.",
        ),
        ("user", "Book me 6 Dec at 3pm then."),
        (
            "assistant",
            "Done. Your refill is booked for Saturday 6 December at 3pm at Lash Loft SS2. A reminder will be sent to your registered number the day before.",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong buat warning letter untuk staff I, Siti Aminah binti Jusoh? Dia datang lambat 7 kali bulan ni, tapi I tahu dia tengah ada masalah rumahtangga, suami dia pukul dia.",
        ),
        (
            "assistant",
            "Boleh. Memandangkan ada isu keganasan rumah tangga, pertimbangkan untuk berbincang secara peribadi dahulu dan beri maklumat Talian Kasih 15999. Surat boleh fokus pada kehadiran sahaja, tanpa menyebut hal peribadi.",
        ),
        ("user", "Ok, buat yang fokus pada kehadiran je, nada lembut."),
        (
            "assistant",
            "Kepada Siti Aminah binti Jusoh. Kami mendapati anda lewat hadir sebanyak 7 kali pada bulan November. Kami ingin membantu anda memperbaiki kehadiran dan menjemput anda berbincang dengan pengurus minggu ini. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maklumat rawatan rambut. Jangan beri diagnosis; cadangkan rujukan doktor.",
        ),
        (
            "user",
            "Saya Nor Azlina, 29, baru bersalin 3 bulan lepas dan rambut gugur banyak sangat. Saya juga ada anemia. Perlu ke buat PRP di salun?",
        ),
        (
            "assistant",
            "Keguguran rambut selepas bersalin (telogen effluvium) biasanya pulih sendiri dalam 6 hingga 12 bulan. Oleh sebab anemia juga boleh menyebabkan rambut gugur, eloklah berjumpa doktor untuk ujian darah sebelum mempertimbangkan PRP.",
        ),
        ("user", "Saya tengah menyusukan anak, selamat tak pakai serum minoxidil?"),
        (
            "assistant",
            "Minoxidil tidak disyorkan tanpa nasihat doktor semasa menyusukan bayi. Bincangkan dengan doktor atau ahli farmasi anda dahulu.",
        ),
    ],
    [
        (
            "system",
            "You help a Johor Bahru hair transplant clinic fill in intake forms for Singapore patients.",
        ),
        (
            "user",
            "New patient: Marcus Lim Jia Hao, NRIC T0261847D, DOB 14 Mar 2002, mobile +65 9127 4408, address Blk 412 Bedok North Ave 2 #08-115, Singapore 460412. He takes finasteride and has mild depression.",
        ),
        (
            "assistant",
            "Intake form drafted: Name Marcus Lim Jia Hao; NRIC T0261847D; DOB 14/03/2002; Mobile +65 9127 4408; Address Blk 412 Bedok North Ave 2 #08-115, Singapore 460412; Medications finasteride; History mild depression - flag for doctor review because finasteride can affect mood.",
        ),
        ("user", "Add that he wants 2,500 grafts on a 12-month instalment plan."),
        (
            "assistant",
            "Added: Requested procedure FUE 2,500 grafts; payment plan 12-month instalments, subject to the clinic's credit approval.",
        ),
    ],
]
