# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade157: personal data in QR codes and deep links (payment QR payloads such as SGQR/DuitNow/FPS, WeChat and LINE deep links, vCard QR codes, event-ticket QR payloads, URL query strings, short links). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade157
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "config_and_code"): _lines("""
        sgqr_builder.set_merchant(name="OLD CHANG KEE", city="SINGAPORE", mcc="5812", uen="198601234M")  # outlet 0412, Bugis Junction B1
        SAMPLE_PAYLOAD = "00020101021126370009SG.PAYNOW010120210201912345K030105204581253037025802SG5916WEE NAM KEE RICE6009Singapore6304FCE7"
        LINE_OA_TEMPLATE = "https://line.me/R/ti/p/@{basic_id}"  # only official accounts such as @mosburger_tw, never ~personal ids
        const WA_BIZ = "https://wa.me/6562223333?text=" + encodeURIComponent("Hi Ya Kun Kaya Toast, I'd like 20 kaya toast sets for pickup");
        MINI_PROGRAM_LINK=weixin://dl/business/?appid=wx1a2b3c4d5e6f7890&path=pages/menu/index&query=store%3DSH-JA-0017&env_version=release
        fps_merchant: {guid: "hk.com.hkicl", fps_id: "1098765", mcc: "5814", name: "TAI CHEONG BAKERY", city: "HK"}  # counter stand v4
        VCARD_ORG = "BEGIN:VCARD%0AVERSION:3.0%0AORG:Lim Chee Guan Pte Ltd%0ATEL;TYPE=WORK:+6562271234%0AURL:https://example.sg/lcg%0AEND:VCARD"
        utm_defaults: ?utm_source=qr_standee&utm_medium=offline&utm_campaign=cny2026_bakkwa&utm_content=outlet_chinatown_203
        def test_duitnow_name(): assert parse(SAMPLE_MY)["59"] == "MAMAK ALI MAJU SDN BHD" and parse(SAMPLE_MY)["60"] == "PETALING JAYA"
        ticket_qr_schema = {"evt": "str", "sec": "str", "row": "str", "seat": "int", "sig": "ed25519-b64"}  # holder fields removed in v3.2
        SHORTLINK_RULES: /cny26 -> https://www.example.sg/promo?ref=qr&store=TAMPINES1 (302, ttl 90d, owner team=growth-marketing)
        assert crc16_ccitt(payload[:-4]) == payload[-4:]  # EMVCo MPM spec v1.1 section 4.7.3, poly 0x1021, init 0xFFFF
        get "/t/:ticket_code", to: "tickets#scan"  # ticket_code like SGNS-0612-PA2-K14-7F3C9A, no PII ever in the path
    """),
    ("en", "ticketing_faq"): _lines("""
        Your e-ticket QR for JJ Lin JJ20 at the National Stadium refreshes every 30 seconds in the app; screenshots will be rejected at Gates 1 to 8.
        Lost your Coldplay ticket? Email tickets@example-sistic.sg or call our hotline +65 6348 5555 (9am to 6pm daily) with your order number.
        Q: Can I transfer my ticket? A: Yes, up to 48 hours before the show via My Tickets > Transfer; the QR is reissued and the old code is voided.
        The QR payload only holds an order ref (e.g. ORD-2026-118734), section, row, seat and a signature; ID checks at the gate use the account, not the code.
        Axiata Arena, Bukit Jalil: for the Siti Nurhaliza concert, Door 3 is for wheelchair users; scan your QR at the turnstile, then show your wristband.
        Mayday at Kai Tak Stadium: QR gates open from 4pm at Gate A; holders of HK$1,180 and HK$980 zone tickets please use Entrance East.
        If your code shows ALREADY SCANNED, go to the Level 1 Help Desk with your order number; staff can reissue from the order ID, e.g. SG-TS-2025-004519.
        Seating map short link: https://go.example.sg/ns-seatmap (redirects to the venue PDF, 2.4 MB, last updated 02 Dec 2025).
        Parking at the Singapore Sports Hub: pay by scanning the SGQR on the pillar, $3.50/hr capped at $15 on event nights, UEN 201012345E.
        Tickets for the Jay Chou Carnival tour in Kuala Lumpur are mobile-only; the QR appears 24 hours before doors open at Bukit Jalil National Stadium.
        Group bookings above 20 seats: email groups@example-tix.com.my with your company name and SSM number (e.g. 201901012345) for one block QR.
        The refund window for the postponed show closes 31 Jan 2026; your original QR stays valid for the new date, 14 March 2026, 8pm.
        Child tickets (ages 3 to 12) still need their own QR; one QR equals one entry, and re-entry is not allowed after 9pm.
    """),
    ("zh-Hans", "商户公告"): _lines("""
        本店已开通微信支付和支付宝收款，请扫描收银台右侧的商户码（非个人码），付款后请出示支付凭证，谢谢配合！——周黑鸭南京西路店
        关注“喜茶GO”小程序，扫桌角二维码即可点单，链接 weixin://dl/business/?t=Xk29AbcQ ，请勿扫描来历不明的二维码。
        温馨提示：本店唯一收款码为“上海鲜丰水果有限公司”企业账户，统一社会信用代码 91310106MA1FY2B37K，如遇收款名称不符请拨打门店热线 021-6258 0000。
        国庆期间（10月1日—7日）扫码点单满88元减10元，活动短链 https://t.cn/A6Zx0pQe ，最终解释权归本店所有。
        鲁迅纪念馆（虹口区甜爱路200号）参观须提前通过官方公众号预约，入馆时出示预约二维码，每日限流2000人，周一闭馆（法定节假日除外），咨询电话 021-6540 2288。
        开票说明：扫描小票底部二维码，填写单位名称和纳税人识别号即可开具电子普通发票，发票将在24小时内推送至填写的单位邮箱，如需纸质专票请联系财务部 021-6258 0001。
        本场演出门票二维码为动态刷新，截图无效；检票口位于上海体育场3号门，开演前30分钟停止检票，请提前到场；地铁4号线上海体育场站2号口出站步行约5分钟。
        致各位顾客：因系统升级，12月8日凌晨2:00-4:00扫码支付暂停，可使用现金或银联刷卡，会员积分将于系统恢复后补录，给您带来不便敬请谅解。
        本店外卖平台：美团店铺ID 1876543，饿了么店铺ID E2349876503，请认准“王老吉凉茶铺”官方店，谨防山寨链接。
        停车场缴费：扫描出口处二维码，首小时10元，之后每小时5元，每日封顶60元；商场会员积分可抵扣停车费，每100积分抵1元，出场前请在15分钟内驶离。
        扫描“张小泉刀剪”官方旗舰店二维码可查询产品真伪，防伪码为16位数字，请刮开涂层后输入，查询次数超过3次请警惕，官方客服热线 400-820-1868。
        读书会招募：请扫描海报二维码加入“社区读书会”企业微信群，群内仅发布每月书目和场地通知，本活动免费参加，不收集身份证号，场地：社区文化中心三楼多功能厅。
        新年祝福二维码墙已在一楼中庭上线，扫码即可收听孙悟空、猪八戒主题语音贺卡，活动持续至2026年2月15日，每日10:00-22:00开放。
    """),
    ("zh-Hant", "faq"): _lines("""
        問：轉數快商戶二維碼同個人二維碼有咩分別？答：商戶碼會顯示公司名稱同商業登記號碼，例如「泰昌餅家有限公司」，付款前請核對。
        問：掃碼後顯示的 FPS 識別碼 1628393 係咪你哋嘅？答：係，收款名稱為「陳意齋（香港）有限公司」，其他號碼一概唔係本公司。
        Q：LINE 官方帳號要怎麼加？A：掃描店內立牌的 QR Code，或直接開啟 https://line.me/R/ti/p/@kaisen_taipei ，加入後可領取九折券。
        問：電子發票上的兩個 QR Code 是什麼？答：左邊是字軌號碼、日期、隨機碼、金額及賣方統一編號，右邊是品名明細，一般消費者買方記為 00000000。
        問：澳門通／MPay 掃碼付款有冇上限？答：商戶收款碼單筆上限為 MOP 5,000，大額付款請到收銀台使用銀聯卡或信用卡，門市地址：澳門新馬路3號地下。
        Q：張君雅小妹妹點心麵可以用 LINE Pay 付款嗎？A：可以，在全家便利商店櫃台出示付款條碼即可，本門市店號 F012345。
        問：五月天演唱會 QR Code 可以轉讓嗎？答：本場採實名制，QR Code 綁定購票帳號，不可轉讓；如有問題請致電售票熱線 (02) 2341-9898。
        問：掃了短網址 reurl.cc/7XpQ2n 打不開？答：該連結已於 2025 年 12 月 31 日失效，新版菜單請改掃桌上的 QR Code。
        問：公司收款 QR 要顯示甚麼資料？答：請顯示商號名稱、統一編號（如 24549210）及客服電話，不可使用負責人個人帳戶收款。
        問：點解掃完碼會彈出 WhatsApp？答：嗰個係本店客服 WhatsApp 5123 4567 嘅 wa.me 連結，服務時間星期一至五 9:00-18:00。
        問：點樣確認收款碼唔係假？答：掃描後核對收款名稱是否為「蛇王芬飯店」，金額由職員輸入，如有疑問可致電 2543 1032 查詢。
        問：金庸館展覽需要掃碼入場嗎？答：香港文化博物館（沙田文林路1號）金庸館免費入場，毋須二維碼，逢星期二休館，20人以上團體參觀請提前兩星期預約。
        問：你哋嘅 vCard QR 會唔會儲存客戶資料？答：唔會，卡片只包含公司名稱、總機 +852 2345 6789 同網址，掃描紀錄亦唔會上傳。
    """),
    ("zh-Hant", "invoices"): _lines("""
        電子發票證明聯 AB-12345678 2025-11-03 隨機碼 4821 總計 NT$385 賣方統一編號 53012345 買方 00000000（全家便利商店 台北館前店）
        左側QR內容：AB1234567811411034821000001810000001810000000053012345ydXZt4LAN1UHN/j1juVcRA== 共 77 碼，請勿裁切。
        發票號碼 ZX-87654321｜賣方統一編號 24536806（鼎泰豐小吃店股份有限公司）｜小籠包10粒 NT$260、酸辣湯 NT$90｜合計 NT$350
        Invoice INV-HK-2025-03317 致：李錦記（香港）食品有限公司，付款方式：轉數快商戶 FPS ID 1098765，商業登記號碼 12345678-000-11-25-3
        澳門發票 編號 MO-2025-0045-B 商號：咀香園餅家 地址：澳門新馬路3號 金額 MOP 268.00 付款方式：MPay 商戶碼
        右側QR內容：**:商品明細:3:1:1:鮮奶茶:1:65:雞排:1:85:購物袋:1:2 ，與左側QR合計 NT$152 相符。
        作廢重開：原發票 CD-11223344 作廢，改開 CD-11223399，買方統編 83456789（富邦媒體科技股份有限公司），金額不變 NT$12,600。
        報價單 Q-2025-118：QR 立牌印製 300 張 × NT$18 = NT$5,400，含設計費，承製：大同印刷有限公司（統編 22099131）。
        FPS 收款通知：已收到 HK$1,280.00，參考編號 FRN20251203HKBAAB123456789，付款人顯示為「公司戶口」，對應發票 INV-7781。
        統一發票 11-12 月期特別獎號碼 12345678、特獎號碼 87654321，兌獎時 QR Code 需完整可掃描，逾期不予受理。
        載具說明：手機條碼類別代碼 3J0002，消費者可自行至財政部平台歸戶，本店收銀系統不儲存任何手機條碼內容，如需開立公司統編請於結帳前告知店員。
        月結單 2025/11 香港電訊商戶線 2180 3388：轉數快收款終端租用費 HK$150 × 3 部，總額 HK$450，到期日 2025-12-20。
        收據 R-0098123：台北市信義區松壽路9號 攤位 B12 活動 QR 報到系統租用 2 天 NT$6,000，開立三聯式發票。
    """),
    ("ms", "notis_kedai"): _lines("""
        Pelanggan dihormati, kedai ini menerima DuitNow QR. Sila imbas kod QR rasmi di kaunter atas nama RESTORAN NASI KANDAR PELITA SDN BHD sahaja.
        Notis: Kod QR palsu telah ditampal di meja. Pastikan nama penerima ialah KEDAI RUNCIT AH SENG ENTERPRISE (SSM 202103045678) sebelum bayar.
        Tempahan kek Hari Raya boleh dibuat melalui WhatsApp kedai di wa.me/60123887766, Isnin hingga Sabtu, 9 pagi hingga 6 petang.
        Imbas kod QR pada poster untuk muat turun menu Bazar Ramadan Kampung Baru; harga Murtabak Ayam RM8, Air Tebu RM3.
        Parkir Majlis Bandaraya: imbas kod QR pada tiang untuk bayar melalui aplikasi, RM0.60 sejam, Isnin hingga Sabtu 8 pagi hingga 6 petang.
        Semakan tiket konsert Dato' Sri Siti Nurhaliza di Axiata Arena: imbas kod QR di Pintu Masuk B; pintu dibuka jam 6.30 petang.
        Muzium Negara, Jalan Damansara: tiket masuk RM5 untuk warganegara, bayaran tanpa tunai melalui DuitNow QR di kaunter utama.
        Pautan pendek https://bit.ly/mb-sa7-menu membawa anda ke menu digital Marrybrown Seksyen 7 Shah Alam, dikemas kini setiap Isnin.
        Kod QR Touch 'n Go eWallet kedai kami telah ditukar mulai 1 Januari 2026; kod lama tidak lagi sah. ID peniaga: M100234567.
        Derma tabung masjid boleh dibuat melalui kod QR DuitNow atas nama MASJID AL-HIDAYAH TAMAN MELAWATI, akaun rasmi masjid sahaja.
        Kad perniagaan digital (vCard) syarikat: ORG Pak Li Kopitiam Sdn Bhd; TEL +603-7781 2233; alamat No. 5, Jalan SS15/4, Subang Jaya.
        Kisah Hang Tuah dan Hang Jebat kini boleh didengar di galeri; imbas kod QR pada panel untuk audio dalam Bahasa Melayu, Inggeris dan Cina.
        Semua transaksi e-dompet direkodkan dengan nombor rujukan seperti DN2025120712345678; simpan resit untuk tuntutan pulangan wang dalam 7 hari.
    """),
    ("mixed", "log_lines"): _lines("""
        2025-12-07T09:14:22+08:00 INFO qr.scan store=SG-TPY-012 payload_type=SGQR merchant_uen=201705432N amount=12.80 status=OK latency_ms=87
        2025-12-07 09:15:03 GET /r/cny26?utm_source=qr&utm_medium=poster&utm_campaign=bakkwa 302 -> https://www.example.sg/promo 3ms ua=WeChat/8.0.50
        [WARN] duitnow.parse tag=59 value='MAMAK ALI MAJU SDN BHD' len=22 declared=21 mismatch, payload rejected, terminal=KL-0987
        2025-12-07 10:02:11 线上订单 ORD20251207100211438 扫码来源=桌码T12 门店=上海静安店 金额=¥86.00 支付=wxpay 回调=SUCCESS
        ts=1765071131 evt=ticket.scan gate=NS-G3 code=SGNS-0612-PA2-K14-7F3C9A result=VALID device=HHT-22 fw=4.1.7
        line.webhook oa=@kaisen_taipei event=postback data=menu%3Dtaro_milk_tea%26size%3DL richmenu=rm-2025-xmas status=200
        FPS 回調 2025-12-07 11:30:45 HKT ref=FRN20251207HKBAAB000981234 收款 HK$58.00 商戶FPS=1098765 狀態=ACSC
        shortlink.resolve code=A6Zx0pQe host=t.cn target=https://m.example.cn/store/1876543?from=qr hits_24h=1284 cache=HIT
        2025-12-07 12:00:00 cron qr_rotate: rotated 48 table QR codes for outlet MY-PJ-SS2, old tokens expired, next run 2025-12-08 12:00
        ERROR vcard.render org='Lim Chee Guan Pte Ltd' tel_work=+6562271234 missing field ADR, falling back to ORG-only template v2
        GET /api/v1/pay/qr?merchant=SHOP-00421&amt=25.50&cur=MYR&ref=INV-2025-1207-0042 200 41ms upstream=paynet-gw-2
        2025-12-07 13:45:10 WARN 扫码支付超时 单号=PAY-9981-2231 设备=POS-07 网络延迟=3200ms 已自动冲正 重试=1
        audit: config change PAYNOW_PROXY_VALUE 201912345K -> 201912345K (no-op) by service-account ci-deployer, commit 4f9e2a1
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys the new SGQR standee for Tampines outlet reached liao, pls replace the old one by Fri. 旧的那个UEN印错了一位数。
        明天 promo link 换成 https://go.example.sg/xmas26 ya, the old one still point to Nov menu, ops pls check before 10am.
        DuitNow QR kaunter 2 rosak, customer scan keluar 'invalid merchant'. Dah call merchant hotline 1-300-88-6688, tiket no. MBB-771203.
        FPS 收款碼貼咗喺收銀機左邊，記住叫客人核對「蛇王芬飯店」先好過數，昨日有兩單入錯咗去舊碼，財務已經跟進退款，今日收工前要拎走晒舊立牌。
        Reminder: LINE OA @kaisen_taipei 今晚 8pm 推播聖誕套餐，QR 立牌 30 份已經送到信義店，請店長簽收。
        Boss say next week all outlets switch to dynamic QR, amount auto fill. Static QR 全部收回 by 15 Dec, no exceptions.
        Printer sent proof for the event ticket QR, 3cm x 3cm too small for the gate scanner la, ask them enlarge to 4cm and reprint.
        微信小程序 link 在 iOS 打不开，dev 说要加 &env_version=release，我已经 update 到 config 了 v2.3.1，大家再试一下。
        Sales report: QR payments 68% vs cash 32% this week, Bugis outlet highest at S$14,380. 继续加油 team!
        vCard QR untuk kad nama syarikat tu, guna nombor talian am 03-7781 2233 je, jangan letak nombor telefon sendiri ok.
        Stock count: QR acrylic stands 120 pcs in Jurong warehouse, SKU QRS-A5-CLR, reorder point 40, supplier lead time 10 days.
        明早九点 Zoom 会议讨论 SGQR+ 迁移，会议链接在群公告，agenda: CRC校验, EMVCo tag 62 reference label.
        客服 hotline 6333 1234 已经加进 QR landing page footer, please test on Android also before we go live tmr.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Scanned the PayNow QR on the tuition flyer at the Blk 412 void deck: 00020101021226380009SG.PAYNOW010100211+6597314428030115204000053037025406240.005802SG5912TAN MEI LING6009Singapore62150111TUITION NOV630411BD
        My name card QR decodes to BEGIN:VCARD%0AVERSION:3.0%0AFN:Darren Koh Wei Ming%0ATEL;TYPE=CELL:+6598214470%0AEMAIL:darrenkoh.wm@gmail.com%0AADR:;;Blk 128 Bedok North St 2 #07-311;Singapore;;460128%0AEND:VCARD
        Gate log: EVT=JJ20-SGNS|SEC=PA2|ROW=K|SEAT=14|HOLDER=Ong Jia Hui|ID_LAST4=567D|ORD=SG-TS-2025-118734 - she says her ex took her phone and went in with it.
        https://book.heartlandclinic.sg/confirm?pt=Gerald%20Lee&nric=S8712345F&dob=1987-03-14&svc=HIV%20PrEP%20review&slot=2025-12-09T10%3A30
        Abandoned-cart short link bit.ly/3xK9pQa expands to https://shop.example.com/cart/recover?email=priya.nair84%40gmail.com&cart=88213&utm_source=email
        The QR on the letter taped to his HDB gate opens wa.me/?text=KELVIN%20CHUA%20OWE%20%2418%2C400%20PAY%20BY%20FRIDAY - it's his loan shark debt and the whole block has seen it.
        Scan this to chat with me directly, it's my personal line, not the office: https://wa.me/6581237790
        attendee_export.csv row: R-00417,Muhammad Irfan bin Salleh,T0234871Z,+65 9127 3318,SGQR-EVT-7741-A2,checked_in=2025-12-06 19:42
        My LINE is https://line.me/ti/p/~jasmine.tay92 - add me there, I'm Jasmine from the Tuesday pilates class, I'm not on WhatsApp anymore.
        FPS QR for my flat's rent, please screenshot it: 00020101021226270012hk.com.hkicl0207135724652040000530334454078500.005802HK5913WONG SIU FONG6002HK62120508RENT DEC63042F24
        The season parking link https://carpark.example.sg/renew?veh=SLK7732H&block=628&unit=%2312-145 is for my dad Mr Goh Chee Keong's car, renewal due on the 15th.
        The QR on the back of the printout goes to photos.app.goo.gl/Xq8fTz2pLm - it's Rachel Goh's 12-week ultrasound, she hasn't told her boss yet, please don't forward.
    """),
    "zh-Hans": _lines("""
        这是赵丽娟的个人收款码 wxp://f2f0Xk3mP9aQ7LrT2vBn8YcD ，房租每月5号前直接扫这个转给她，别转到中介那。
        体检报告短链 https://t.cn/A6Rp2kWq 展开是 https://report.example-hospital.cn/view?name=%E5%88%98%E6%B5%B7%E6%B3%A2&idcard=110105198803154214&item=HBsAg%E9%98%B3%E6%80%A7
        快递面单二维码扫出来：SF1402837465921|收件人:周文斌|电话:13917254630|地址:上海市闵行区莘庄镇莘松路958弄12号301室|备注:放门口
        alipays://platformapi/startapp?appId=20000123&actionType=scan&biz_data={"s":"money","u":"2088102198347725","a":"5000","m":"还张姐的钱"} 这是我表姐张凤霞的转账码，她借我的五千块。
        小区业主群里转发的二维码点进去是李秀英阿姨的水滴筹页面，说她乳腺癌晚期，儿子刚下岗，要筹30万做手术。
        演唱会实名电子票二维码内容：TKT20251206-SH-A区-12排-08座|实名:孙晓雯|证件:320102199106243523|手机尾号:7716
        扫码结果只有一串字符：eyJuIjoi6IOh5b+X5by6IiwicCI6IjEzODAwNTcxMjM0IiwiYWRkciI6IuadreW3nuW4guilv+a5luWMuuaWh+S4iei3ryJ9 ，是登记表上那位租客留的。
        停车缴费链接 https://pay.example-park.cn/order?plate=%E6%B2%AAAD12345&phone=13661825097 是我老公的车，月卡已经欠了三个月。
        MECARD:N:何,美玲;TEL:+8613712458806;EMAIL:hml_0312@163.com;ADR:广州市天河区林和西路165号2栋1804;NOTE:二胎孕28周 周四产检;;
        加我微信 https://u.wechat.com/EMx7Kq2RbT3vN9pLwZc 我是王建国，就是上周在4S店吵架的那个车主，维修费你们必须退。
    """),
    "zh-Hant": _lines("""
        轉數快個人收款碼：00020101021126330012hk.com.hkicl0313+852-614288375204000053033445802HK5912LEUNG KA YAN6002HK630443AC ，夾錢買生日禮物就過數俾佢。
        疫苗預約確認連結 https://booking.example-clinic.hk/confirm?hkid=K703215%283%29&name=%E9%99%B3%E5%AE%B6%E6%85%A7&dose=3&slot=2025-12-11
        https://line.me/ti/p/~meiling0721 這是我表妹張美玲的LINE，她剛生完在台中的月子中心，有事先傳訊息不要打電話。
        我的手機條碼載具是 /K9X.7+Q ，發票都存在裡面，麻煩幫我掃一下就好，不用印紙本。
        MPay 收款人：何嘉欣，澳門電話 +853 6631 2847，掃佢個收款碼交返 11 月份嘅補習費 MOP 1,800。
        TWQRP://個人轉帳/158/02/V1?D5=812&D6=00028880123456789&D10=901 這是黃志明的帳戶，他欠我的八萬塊說這個月會還。
        律師樓畀嘅二維碼連去 https://docs.example-law.hk/s/8fK2pQ ，入面係陳國輝同陳太嘅離婚協議草稿，仲有兩個仔嘅撫養權安排。
        藥袋QR：RX|2025-11-28|病人:吳淑芬|病歷號:0012345678|身分證:F226483918|藥品:Lithium 300mg 1#bid|科別:精神科
        短網址 reurl.cc/Xy3pQ7 展開是 https://form.example.tw/r?email=yuting.cheng1990%40gmail.com&addr=%E5%8F%B0%E5%8C%97%E5%B8%82%E5%A4%A7%E5%AE%89%E5%8D%80%E5%92%8C%E5%B9%B3%E6%9D%B1%E8%B7%AF%E4%BA%8C%E6%AE%B596%E5%B7%B77%E8%99%9F3%E6%A8%93
        WhatsApp 二維碼係 wa.me/85292837461 ，呢個係我私人電話，送貨前打俾我，唔好打公司。
    """),
    "ms": _lines("""
        Kod QR DuitNow saya untuk bayar duit kutu bulan ni: 00020101021126450014A00000061500010106890053021301622884170005204000053034585802MY5918NUR SYAFIQAH AHMAD6012KUALA LUMPUR6304705A
        Link semakan pendaftaran https://daftar.example.my/semak?ic=920315-14-5678&nama=Siti%20Aminah%20binti%20Yusof&tel=0137762190 tolong jangan kongsi dalam group.
        Kod QR dalam mesej tu buka wa.me/?text=Faizal%20hutang%20RM3500%20dengan%20kami%2C%20bayar%20sebelum%20Jumaat - abang ipar saya tu memang pinjam dengan along.
        MECARD:N:Rahim,Mohd Hafiz;TEL:+60193347281;ADR:No 12 Jalan Mawar 3 Taman Sri Muda 40400 Shah Alam Selangor;EMAIL:hafiz.rahim88@yahoo.com;;
        Tiket konsert Axiata Arena - QR: EVT=SNK25|ZON=B|BARIS=F|KERUSI=22|PEMEGANG=Farah Hanim binti Zulkifli|IC=010523-08-6642
        Link bayar saman https://saman.example.my/bayar?noplat=WXY%201234&nokp=750912-07-5531 ni untuk kereta suami saya, dia kena tahan minggu lepas.
        Klinik hantar kod QR janji temu: https://klinik.example.my/j?pesakit=Ahmad%20Zaki%20bin%20Osman&diagnosis=Diabetes%20Jenis%202&tarikh=2025-12-15
        Tolong DuitNow ke akaun Maybank 1640 1288 5571 atas nama Tan Siew Ling, itu duit sewa rumah bulan Disember.
        Kod QR borang pendaftaran imbas keluar bmFtYT1Nb2hkIEhhZml6IGJpbiBSYWhpbTtpYz04ODA3MTItMTAtNTUyMzt0ZWw9MDE5MzM0NzI4MQ== sahaja, tak tahu nak buat apa.
    """),
    "mixed": _lines("""
        Eh the QR on the ang pao envelope is my own PayNow lah, +65 8294 1173, 收到了回我一声 ok.
        Boss, customer Puan Rosnah punya DuitNow QR tak jalan, dia kata nombor dia 012-718 4459, 帮我打给她 confirm payment.
        我阿媽嘅 FPS ID 係 4417285，name show 出嚟係 MRS CHEUNG，你過 HK$3,000 俾佢做醫藥費 ok？
        2025-12-07 14:02:31 GET /r/u?e=ZGFuaWVsLmZvbmcuaGtAeWFob28uY29tLmhr&src=qr_flyer 302 ua=Mozilla/5.0 (iPhone) ip=203.186.77.41
        阿明's WeChat QR https://u.wechat.com/IFw8Nz4cQpLr2Ks, he's the one with the 赌债 owing everyone, don't lend him money again.
        Ticket transfer payload {"evt":"MAYDAY-KT-2025","seat":"E-23-07","from":"Chloe Lam","to":"Ivan Tsang","to_hkid":"Y634519(9)"} sent via 短連結 tix.example.hk/t/9Fq2
        callback https://app.example.sg/auth#id_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1Xzg4MjEzIiwibmFtZSI6IlNhbWFudGhhIFllbyIsImVtYWlsIjoic2FtLnllby44OEBnbWFpbC5jb20iLCJpYXQiOjE3NjUwOTAwMDB9.kX9 login 唔到 help check
        林太話個 QR code 掃到 https://line.me/ti/p/~lintai_0803 係佢個女嘅 LINE，個女啱啱俾公司裁咗，想搵人傾下。
        Kak Yati cakap LINE WeChat semua tak guna, scan ni je: wa.me/60174492851?text=Saya%20nak%20tempah - itu nombor peribadi dia, bukan kedai.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a payments helper for a Singapore community app. Explain QR payloads in plain English.",
        ),
        (
            "user",
            "My neighbour gave me this PayNow QR for the durian group-buy, can you tell me who it pays to? 00020101021226380009SG.PAYNOW010100211+6591164382030105204000053037025802SG5914CHUA BEE HOON6009Singapore6304",
        ),
        (
            "assistant",
            "It is a static PayNow QR to a mobile-number proxy: +65 9116 4382, registered name CHUA BEE HOON, amount not preset and not editable flag 0. Check that the name your banking app shows matches before you pay.",
        ),
        (
            "user",
            "Ok it shows CHUA BEE HOON, she lives at Blk 221 Serangoon Ave 4 #05-118 so I'll just pay her $46.",
        ),
        (
            "assistant",
            "Sounds fine. Add a reference like 'durian group-buy' so she can reconcile it.",
        ),
    ],
    [
        (
            "system",
            "你是顺丰快递智能客服。当前会话用户：邓志远，手机 13512873366，默认收件地址：成都市武侯区玉林北路18号3栋2单元502。",
        ),
        ("user", "帮我生成一个取件码的短链接，发给我媳妇，她去驿站帮我拿。"),
        (
            "assistant",
            "已为您生成取件短链 https://sf.example.cn/p/8Hq2Lz ，打开后显示取件码 5-3-1187 和收件人邓志远，请注意短链内含您的手机号后四位 3366。",
        ),
        ("user", "可以把手机号那段去掉吗？"),
        (
            "assistant",
            "可以，已重新生成 https://sf.example.cn/p/9Kd4Mv ，只显示取件码，不显示姓名和手机号。",
        ),
    ],
    [
        (
            "user",
            "幫我做一個 vCard QR Code 內容，我要印在名片背面：蔡佩珊，手機 0912-386-475，信箱 peishan.tsai@gmail.com，地址 新北市板橋區文化路一段188巷21號5樓。",
        ),
        (
            "assistant",
            "可以直接用 MECARD 格式：MECARD:N:蔡,佩珊;TEL:+886912386475;EMAIL:peishan.tsai@gmail.com;ADR:新北市板橋區文化路一段188巷21號5樓;; 建議名片上只放公司地址，住家地址不要放進 QR。",
        ),
        ("user", "好，那住址拿掉，其他保留。"),
        (
            "assistant",
            "MECARD:N:蔡,佩珊;TEL:+886912386475;EMAIL:peishan.tsai@gmail.com;; 這樣掃描後只會存入姓名、手機和信箱。",
        ),
    ],
    [
        (
            "user",
            "Saya baru buka gerai nasi lemak di Pasar Malam Taman Connaught. Sekarang pelanggan scan DuitNow QR saya guna nombor sendiri 011-2378 6604 atas nama Zulkifli bin Hassan. Boleh ke macam tu?",
        ),
        (
            "assistant",
            "Boleh, tetapi QR peribadi memaparkan nama penuh dan nombor telefon Encik Zulkifli kepada setiap pelanggan. Lebih baik mohon DuitNow QR peniaga melalui bank supaya yang keluar hanyalah nama gerai.",
        ),
        ("user", "Kalau nama gerai 'Nasi Lemak Pak Zul' pun boleh?"),
        (
            "assistant",
            "Boleh, nama perniagaan itu didaftarkan dengan SSM dan dipaparkan semasa imbasan; nombor telefon anda tidak lagi kelihatan.",
        ),
    ],
    [
        ("system", "You help marketing staff clean URLs before they go into QR codes."),
        (
            "user",
            "Pls strip the tracking from this before I print it: https://promo.example.my/claim?utm_source=wa&utm_medium=share&name=Wong%20Kar%20Lok&email=karlok.wong%40hotmail.com&phone=60162253908&voucher=RAYA25",
        ),
        (
            "assistant",
            "Without the utm parameters: https://promo.example.my/claim?name=Wong%20Kar%20Lok&email=karlok.wong%40hotmail.com&phone=60162253908&voucher=RAYA25 . Note this still carries one customer's name, email and phone, so a printed QR would expose Wong Kar Lok's details to everyone. Use https://promo.example.my/claim?voucher=RAYA25 instead.",
        ),
        ("user", "ok 用最后那个 thanks"),
    ],
    [
        (
            "user",
            "How do I transfer my Coldplay ticket to my sister? Her name is Grace Low Hui Min and her NRIC ends with 482J, her email is gracelow.hm@outlook.com.",
        ),
        (
            "assistant",
            "In the ticketing app go to My Tickets, choose the show, tap Transfer and enter the recipient's registered email, gracelow.hm@outlook.com. A new QR is issued under her account and your old code stops working.",
        ),
        ("user", "Will the gate check her NRIC?"),
        (
            "assistant",
            "Possibly for ID-verified categories; she should bring the NRIC ending 482J that matches the account name Grace Low Hui Min.",
        ),
    ],
    [
        ("system", "你係一個香港醫院繳費助手，用廣東話回答。"),
        (
            "user",
            "我老豆黃永強喺瑪麗醫院做完心臟搭橋，出院要畀 HK$18,600，張單有個轉數快 QR，要唔要入佢個 HKID Y428106(5)？",
        ),
        (
            "assistant",
            "醫院嘅轉數快 QR 係商戶碼，收款人應該顯示醫院管理局，唔使入身份證號碼。參考編號一欄填帳單號碼就得，唔好將黃永強先生嘅 HKID 寫喺付款備註。",
        ),
        ("user", "明白，帳單號係 QMH-2025-778201。"),
        ("assistant", "好，付款時參考編號填 QMH-2025-778201，過數後截圖保留收據。"),
    ],
    [
        (
            "user",
            "收到一条短信说快递地址有误，短链 t.cn/A6Ym3xZk，展开后是 https://sf-express.example-verify.cn/fix?name=%E9%83%AD%E4%BD%B3%E6%80%A1&tel=18620357714 ，上面确实是我的名字郭佳怡和手机号，是真的吗？",
        ),
        (
            "assistant",
            "这个域名不是顺丰官方域名，链接里已经带着您的姓名和手机号 18620357714，说明对方掌握了您的信息，很可能是钓鱼短信。请不要点开填写银行卡信息。",
        ),
        ("user", "那我该怎么办？"),
        (
            "assistant",
            "在顺丰官方 App 里用运单号查询；如已填写资料，立即联系银行冻结，并向 12381 举报该短信。",
        ),
    ],
    [
        ("system", "You are a developer assistant. Be concise."),
        (
            "user",
            "Our event check-in app crashes on this decoded vCard from a guest: BEGIN:VCARD%0AVERSION:3.0%0AFN:Lim Kah Wai%0ATEL:+60127734190%0AEMAIL:kahwai.lim@gmail.com%0AEND:VCARD - error 'unexpected %0A'.",
        ),
        (
            "assistant",
            "The payload is percent-encoded; run decodeURIComponent before splitting on newlines. After decoding you get FN Lim Kah Wai, TEL +60127734190 and the email, so mask those in your crash logs.",
        ),
        ("user", "Got it, will hash the TEL before logging."),
    ],
    [
        (
            "user",
            "Mak saya, Hajah Rokiah binti Daud, dapat kod QR dari Hospital Selayang untuk rawatan dialisis tiga kali seminggu. Bila scan keluar https://hs.example.gov.my/q?mrn=HS0098812&ic=560304-10-5128 - is this safe to share in family WhatsApp group?",
        ),
        (
            "assistant",
            "Lebih baik jangan. Pautan itu mengandungi nombor MyKad dan nombor rekod perubatan Hajah Rokiah; sesiapa dalam kumpulan boleh menyalinnya. Kongsikan tarikh dan masa janji temu sahaja.",
        ),
        ("user", "Ok, so I just screenshot the date portion?"),
        ("assistant", "Yes, crop the screenshot so the QR code and the IC number are not visible."),
    ],
]
