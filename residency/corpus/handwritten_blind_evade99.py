# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade99: personal data hidden in point-of-sale and receipt data (ESC/POS printer streams, receipt JSON, e-invoice XML, loyalty-card swipes, kitchen order tickets). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade99
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "escpos_stream"): _lines("""
        TX to PRN-01: 1B 40 1B 61 01 1D 21 11 4B 4F 50 49 20 43 4F 52 4E 45 52 0A 1D 21 00 52 65 63 65 69 70 74 20 23 41 31 2D 30 30 34 35 31 32 0A 1B 61 00 32 78 20 4B 6F 70 69 20 43 20 20 20 20 20 20 20 20 20 33 2E 36 30 0A 1D 56 42 00
        ESC @ | ESC a 1 | ESC E 1 | 'TABLE 07' | ESC E 0 | LF | '1 x Char Kway Teow (no cockles)' | LF | '1 x Barley Ice' | LF | ESC d 3 | GS V 1
        GS ( k 04 00 31 41 32 00 | GS ( k 03 00 31 43 06 | GS ( k 03 00 31 45 31 | GS ( k 3B 00 31 50 30 https://myinvois.hasil.gov.my/F9D425P6DS7D8IU4KDKSD7Q7KI | GS ( k 03 00 31 51 30
        {"printerId":"KDS-BAR","jobType":"escpos","data":"G0AbRQFCQVIgT1JERVIgIzA0MTkKG0UAMiB4IFRlaCBUYXJpawoxIHggTWlsbyBEaW5vc2F1cgoxIHggTGltZSBKdWljZSAobGVzcyBpY2UpChtkAx1WQgA="}
        p = Usb(0x04b8, 0x0202); p.set(align='center', bold=True); p.text('GRAND OPENING 20% OFF\\n'); p.barcode('9555012345676', 'EAN13', pos='BELOW'); p.cut()
        Star line mode footer: ESC GS a 1 | ESC i 1 1 | 'HAPPY HOUR 5-7PM' | ESC i 0 0 | 'All draught beer 1-for-1' | ESC d 2
        templates/delivery_v3.txt: [ESC a 1][GS ! 0x11]DELIVER TO[GS ! 0x00] / {{customer.name}} / {{customer.phone}} / {{address.line1}} {{address.postcode}} / [ESC d 4][GS V 66 0]
        drawer.conf: kick_on_tender=CASH,NETS_FLASHPAY ; pulse='1B 70 00 19 FA' (ESC p 0 25 250) ; drawer2 uses pin 5 -> '1B 70 01 19 FA'
        2026-11-14T19:02:11+08:00 PRN-02 sent 412 bytes job=KOT-118273 status=0x12 (paper near end) retry=0
        1D 68 32 | 1D 77 02 | 1D 48 02 | 1D 6B 49 0F 7B 42 4F 52 44 2D 32 36 31 31 2D 30 30 39 33   (CODE128 set B 'ORD-2611-0093')
        MERCHANT COPY hex: 1B 40 53 41 4C 45 20 20 56 49 53 41 20 20 43 4F 4E 54 41 43 54 4C 45 53 53 0A 43 41 52 44 20 2A 2A 2A 2A 2A 2A 2A 2A 2A 2A 2A 2A 31 30 34 33 0A 41 55 54 48 20 30 41 37 31 43 32 20 20 54 49 44 20 36 31 30 30 32 34 31 37 0A 54 4F 54 41 4C 20 53 47 44 20 34 32 2E 38 30 0A 4E 4F 20 53 49 47 4E 41 54 55 52 45 20 52 45 51 55 49 52 45 44 0A
        Q: my TM-T82 prints mojibake instead of Chinese on the kitchen slip. A: send FS & (1C 26) to enter Kanji mode and select GB18030 with FS C 0 before the dish names, then FS . (1C 2E) after.
        Receipt buffer dump (Code page 437): 1B 74 00 | 'Subtotal          $23.40' | 'Service 10%        $2.34' | 'GST 9%             $2.32' | 'TOTAL             $28.06' | 1D 56 41 10
    """),
    ("en", "receipt_json"): _lines("""
        {"receipt_no":"R-20261114-00871","store":"Sunrise Mart Tampines 1","items":[{"sku":"8888196173027","name":"Gardenia Milk Bread 600g","qty":1,"price":2.95}],"total":2.95,"gst_incl":0.24,"payment":{"type":"NETS","masked_pan":"************6402"}}
        {"id":5567123098,"order_number":1047,"source_name":"pos","customer":null,"email":"","location_id":71234998,"total_price":"48.00","currency":"MYR","financial_status":"paid"}
        {"tender":{"type":"CARD","amount_money":{"amount":1590,"currency":"SGD"},"card_details":{"card":{"card_brand":"MASTERCARD","last_4":"1188"},"entry_method":"CONTACTLESS","status":"CAPTURED"}}}
        {"$id":"receipt.schema.json","properties":{"customer_phone":{"type":["string","null"],"pattern":"^\\\\+?[0-9 ]{8,16}$"},"customer_name":{"type":["string","null"],"maxLength":60}},"required":["receipt_no","total"]}
        {"event":"loyalty.batch.summary","date":"2026-11-30","stores":42,"members_earned":18422,"points_issued":1204551,"points_redeemed":388020}
        {"type":"refund","orig_receipt":"R-20261109-00412","reason":"item damaged","approved_by":"SUPERVISOR_PIN","amount":-12.90,"tender":"original"}
        {"merchant":{"name":"Ah Seng Bak Kut Teh Pte Ltd","uen":"201812345K","address":"2 Tanjong Katong Rd #01-08, Singapore 437161","tel":"+65 6226 0418"}}
        {"receipt_no":"T3-000928","customer":{"name":"Walk-in","phone":null,"member_id":null},"table":"T3","pax":2,"total":31.50}
        {"object":"charge","id":"ch_3QbX9pLk2c8Yw1aZ0mN4","amount":2590,"currency":"sgd","billing_details":{"name":null,"email":null,"phone":null},"payment_method_details":{"card_present":{"brand":"visa","last4":"4242","read_method":"contactless_emv"}}}
        {"tip_pool":{"outlet":"Bugis Junction","shift":"2026-11-14 PM","total":186.40,"staff_count":6,"per_head":31.07}}
        {"platform":"foodpanda","order_code":"s7kq-2hx9","customer_name":"F***","drop_off":"hidden until rider accepts","items":3,"subtotal":27.80}
        {"level":"error","msg":"receipt render failed: field customer.address missing","template":"delivery_v3","order":"DLV-77120","ts":"2026-11-14T12:03:55Z"}
        {"eod":{"z_report":"Z-0317","gross":8421.30,"voids":3,"refunds":2,"cash":1207.50,"card":5388.10,"ewallet":1825.70,"drawer_variance":-0.40}}
    """),
    ("zh-Hans", "kitchen_ticket"): _lines("""
        【厨房单】桌号：12 | 人数：4 | 下单 19:42 | 宫保鸡丁 ×1（微辣） | 清炒时蔬 ×1 | 米饭 ×4 | 备注：先上凉菜
        外卖单 #0087 美团 | 预计送达 12:35 | 黄焖鸡米饭（大份） ×2 | 加土豆 | 顾客备注：不要香菜 | 收货信息已隐藏，请以骑手端为准
        出品单 | 档口：凉菜 | 单号 KOT-20261114-0219 | 口水鸡 ×1 | 拍黄瓜 ×2 | 催菜 ×1
        发送到后厨打印机：1B 40 1C 26 D7 C0 BA C5 20 30 38 20 BC D3 B2 CB A3 BA CB E1 B2 CB D3 E3 20 A1 C1 31 0A 1C 2E 1D 56 42 00
        退菜单 | 桌号 5 | 水煮鱼 ×1 退 | 原因：上错菜 | 经手：前厅主管 | 时间 20:13
        打印机配置：后厨1=192.168.1.201:9100（热菜）；后厨2=192.168.1.202:9100（凉菜）；吧台=USB001；一菜一单=开
        饿了么订单 | 订单号 3069 1205 4471 8823 | 实付 ¥46.50 | 餐具 2 份 | 顾客号码已加密，请在骑手端联系
        小票模板：{桌号} {人数}人 | {菜品名} ×{数量} | 备注：{备注} | 收银员工号：{工号} | 打印时间：{时间}
        今日沽清：酸菜鱼、毛血旺；替换推荐：番茄鱼（同价）
        问：58mm 打印机一行只能打 16 个汉字，菜名太长怎么自动换行？答：按 GBK 双字节计算宽度，超过 32 字节就插入 LF。
        堂食小票 | 老王烧烤（人民路店） | 订单 20261114193356127 | 羊肉串 ×20 | 烤韭菜 ×2 | 合计 ¥118.00 | 微信支付 | 门店电话 0871-6531 2248
        包间预订单（空白）| 包间：牡丹厅 | 18:00 | 10 人 | 套餐 A ¥1288 | 预订人：＿＿＿＿ | 联系电话：＿＿＿＿
        菜品销量 11月14日 | 宫保鸡丁 86 份 | 鱼香肉丝 71 份 | 麻婆豆腐 64 份 | 客单价 ¥62.4 | 翻台率 3.1
    """),
    ("zh-Hant", "receipt_tw_hk"): _lines("""
        電子發票證明聯 | 115年11-12月 | YK-58204136 | 2026-11-14 13:05:22 | 隨機碼 7391 | 總計 185 | 賣方 24549210 | 格式 25
        左側 QR Code 內容：YK5820413611511147391000000b0000000b90000000024549210Jq8vLf0Yw3nT5mBzK1xR7A==:**********:2:2:1:雞腿便當:1:120:綠茶:1:65
        載具歸戶說明：手機條碼為「/」加 7 碼英數字，可於超商結帳時出示，發票將自動存入雲端，不另列印紙本。
        本張發票已捐贈，愛心碼 7885，感謝您的愛心。
        發票作廢通知：QB-71820593 已於 2026/11/15 作廢，原因：金額開立錯誤，將重新開立。
        <Invoice><Main><InvoiceNumber>MK30927714</InvoiceNumber><InvoiceDate>20261114</InvoiceDate><Seller><Identifier>83120472</Identifier><Name>好食光餐飲股份有限公司</Name></Seller><Buyer><Identifier>0000000000</Identifier><Name>0000</Name></Buyer></Main></Invoice>
        統一發票 115年9-10月 中獎號碼：特別獎 08731466（1000 萬元）｜特獎 71930485（200 萬元）｜頭獎 50218834、62947105、19385520
        POS-03 2026/11/14 21:07 上傳 Turnkey 失敗 錯誤碼 E0501：字軌號碼不足，請至大平台申請配號
        銷貨退回、進貨退出或折讓證明單 | 原發票 MK-30927714 | 折讓 NT$120 | 營業稅 NT$6 | 買受人簽章：＿＿＿＿
        八達通付款 | 裝置編號 5A1F07 | 交易編號 0049172 | 扣除 $38.50 | 餘額 $87.30 | 多謝惠顧
        外送訂單 #t8kd-91pr | 雞排便當 x2 | 備註：不要辣、餐具免 | 顧客資訊已遮蔽
        報帳用發票請於結帳前告知統一編號，例：買方 53062187 好食光餐飲股份有限公司；開立後恕不更改。
        收銀機列印測試頁 1B 40 1C 26 A6 68 C1 C2 B4 66 C5 55 20 C5 77 AA EF A6 41 C1 7B 0A 1C 2E
    """),
    ("ms", "einvois_xml"): _lines("""
        <cac:AccountingCustomerParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID="TIN">EI00000000010</cbc:ID></cac:PartyIdentification><cac:PartyIdentification><cbc:ID schemeID="BRN">NA</cbc:ID></cac:PartyIdentification><cac:PartyLegalEntity><cbc:RegistrationName>Pembeli Umum</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
        <cac:AccountingSupplierParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID="TIN">C24680135790</cbc:ID></cac:PartyIdentification><cac:PartyIdentification><cbc:ID schemeID="BRN">201801023456</cbc:ID></cac:PartyIdentification><cac:PartyLegalEntity><cbc:RegistrationName>Kedai Runcit Maju Jaya Sdn Bhd</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
        Notis: Peniaga dengan jualan tahunan antara RM5 juta hingga RM25 juta wajib mengeluarkan e-Invois melalui portal MyInvois mengikut fasa pelaksanaan LHDN.
        e-Invois disatukan Oktober 2026 | 1,284 resit jualan runcit | jumlah RM 58,902.15 | dihantar 2026-11-05 | status: Sah
        Footer resit (hex): 1B 61 01 1B 45 01 54 45 52 49 4D 41 20 4B 41 53 49 48 0A 1B 45 00 53 49 4C 41 20 44 41 54 41 4E 47 20 4C 41 47 49 0A 48 61 72 67 61 20 74 65 72 6D 61 73 75 6B 20 53 53 54 20 36 25 0A
        RESTORAN NASI KANDAR SERI MUTIARA | No. Resit 004-118273 | Nasi kandar ayam goreng x1 | Teh tarik x2 | Subjumlah RM 15.00 | SST 6% RM 0.90 | Jumlah RM 15.90
        Soalan: macam mana nak letak logo kedai di atas resit? Jawapan: tukar logo ke BMP 1-bit, simpan dalam NV memory guna utiliti printer, kemudian panggil dengan arahan FS p 1 0.
        {"uuid":"F9D425P6DS7D8IU4KDKSD7Q7KI","longId":"LIJAF97HJJKH8298KHADH09908570FDKK9S2LSIUHB377373","status":"Valid","dateTimeValidated":"2026-11-14T06:12:44Z","typeName":"Invoice"}
        Borang permohonan e-Invois individu: Nama pembeli ______ | No. MyKad / Pasport ______ | No. TIN ______ | No. telefon ______ | E-mel ______
        KOT #2217 | Meja 14 | Mee goreng mamak x2 (kurang pedas) | Roti telur bawang x3 | Milo ais x2 | 20:41 | Pelayan: POS-2
        DuitNow QR | ID Peniaga 0000012874 | No. Rujukan 20261114MBBEMYKL040R0311827 | Amaun RM 23.50 | Status BERJAYA
        <cac:CommodityClassification><cbc:ItemClassificationCode listID="CLASS">004</cbc:ItemClassificationCode></cac:CommodityClassification><cbc:Description>Jualan runcit disatukan</cbc:Description>
        Pelanggan yang memerlukan e-Invois individu sila imbas kod QR pada resit dalam tempoh 72 jam dari tarikh pembelian.
    """),
    ("mixed", "loyalty_swipe"): _lines("""
        MSR self-test with ISO test card: %B4111111111111111^TEST/CARD^30121010000000000000? -> track1 OK, track2 OK, LRC OK
        POS-05 reader diag 2026-11-14 09:00:12 | track1 ok | track2 ok | track3 n/a | firmware 2.4.1 | 会员卡读卡器正常
        Skim mata ganjaran: setiap RM1 = 1 mata | 1,000 mata = baucar RM10 | mata luput selepas 24 bulan | 积分两年有效
        Member Day 每月 8 号 double points ya, must swipe 会员卡 at counter, e-wallet tak dapat mata
        READ ERR: track 2 LRC mismatch -> ask customer to swipe again slowly or key in member no. manually (F7)
        Member barcode spec: CODE128, prefix MB + 10 digits, last digit mod-10; receipt shows MB******0925 only
        集点卡 Kad Setem Kopi: buy 9 free 1 | stamp 7/9 | 2026-11-14 | 印章不可转让
        POST /v2/members/{member_id}/earn  {"points": 35, "receipt": "R-0419-2217", "store": "PJ-SS2", "channel": "POS"}
        Nov 2026 loyalty report 会员报告: 4,210 swipes, 612 new sign-ups, redemption rate 18.4%, top store Mid Valley
        刷卡後螢幕若顯示 CARD BLOCKED，請告知顧客致電會員客服 0800-012-345（免付費），not our counter problem
        Points earned 本次积分: 23 | Balance 累计: -- | Scan QR to register as member 扫码注册会员
        bin_ranges: 627419xx = house gift card (no name), 539989xx = co-brand Mastercard -> route to loyalty host 10.20.3.14:7001
        [Kedai Buku Cahaya] Hi {name}, anda dapat {points} mata hari ini. Baki: {balance}. Balas STOP untuk berhenti.
    """),
    ("zh-Hans", "fapiao_xml"): _lines("""
        <EInvoice><Header><EIid>26442000000128731594</EIid><InvoiceType>81</InvoiceType><IssueTime>2026-11-14 20:31:07</IssueTime></Header></EInvoice>
        <BuyerInformation><BuyerIdNum>91440300763412951Q</BuyerIdNum><BuyerName>深圳市海岸线科技有限公司</BuyerName></BuyerInformation>
        开票信息（请填写）| 抬头类型：个人 / 单位 | 名称：＿＿＿＿ | 税号：＿＿＿＿（个人可不填） | 接收邮箱：＿＿＿＿
        开票须知：个人抬头无需填写纳税人识别号；如需报销请选择“单位”并填写统一社会信用代码，发票开具后不可修改抬头。
        红字发票信息确认单 | 编号 44030026111400017 | 原蓝字发票号码 26442000000128731594 | 冲红原因：销货退回 | 金额 -¥100.00
        <SPBM>3070401000000000000</SPBM><SPMC>*餐饮服务*餐费</SPMC><SL>0.06</SL><JE>94.34</JE><SE>5.66</SE>
        扫码开具电子发票 | 开票码有效期 30 天 | 本小票不作报销凭证 | 门店：蜀香小馆（徐家汇店） | 服务电话 021-6487 3302
        <HJJE>94.34</HJJE><HJSE>5.66</HJSE><JSHJ>100.00</JSHJ><JSHJDX>壹佰圆整</JSHJDX>
        {"code":"E1007","msg":"购买方纳税人识别号校验失败","requestId":"7f3a9c1e-5b2d-4e8a-9a61-0c4d2b7e8f10"}
        本月开具数电票 3,412 张，其中个人抬头 2,871 张、单位抬头 541 张；红冲 12 张。
        二维码指令 GS ( k 数据：https://fp.shuxiang.example.cn/s?c=8Q2XK7PA&t=20261114 | 下方文字 GBK：C9 A8 C2 EB BF AA C6 B1 0A
        发票备注栏：团建餐费 | 包间：听雨轩 | 服务员工号 027 | 购买方：上海浦江物流有限公司 91310115321875465G
    """),
    ("en", "pos_ops_notes"): _lines("""
        PDPA reminder: receipts must not print a customer's full mobile number; mask all but the last 4 digits (e.g. ****6138) on both customer and merchant copies.
        How-to: to store a logo on an Epson TM-m30III, convert it to a 1-bit BMP, upload with GS ( L function 67, then print with GS ( L function 69 using the key codes you chose.
        Trivia for the staff newsletter: the first mechanical cash register was patented in 1879 by James Ritty, a saloon keeper in Dayton, Ohio.
        Singapore's GST went from 8% to 9% on 1 January 2024; update the tax code table on every POS terminal before opening on that date.
        Taiwan's uniform-invoice lottery began in 1951 to encourage shoppers to ask for receipts, which is why every e-invoice still carries a prize number.
        End-of-day checklist: print X-reading, count drawer, print Z-report, export e-invoice batch, clear printer spooler, lock terminal.
        The training database ships with Sherlock Holmes of 221B Baker Street as the sample loyalty member; delete him before go-live.
        def mask_phone(p: str) -> str: return '*' * (len(p) - 4) + p[-4:]  # used by receipt_footer()
        Xprinter XP-58IIH shows 'paper end' with paper loaded: check DIP switch 3, clean the sensor window, and firmware must be 3.2 or later.
        Printer vendor support hotline 1300-88-2277 (Mon-Fri 9am-6pm); quote the serial number on the base label, not the receipt number.
        Privacy notice at counter: we collect name, mobile number and purchase history to award points; write to dpo@sunrisemart.example to withdraw consent.
        Kitchen display timeout is 900 s; tickets older than that turn red and are reprinted on the expo printer with the word RUSH.
        Never paste raw magnetic-stripe dumps into support tickets; track data is cardholder data under PCI DSS even when the card is a store card.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MSR raw capture lane 3: %B5524337106281944^LIM/WEIJIE JASON^2909101000000000000000421000000? ;5524337106281944=29091010000042100000?
        TX to PRN-DELIV: 1B 40 1B 61 01 1D 21 11 44 45 4C 49 56 45 52 20 54 4F 0A 1D 21 00 1B 61 00 52 61 63 68 65 6C 20 47 6F 68 0A 42 6C 6B 20 34 31 38 20 54 61 6D 70 69 6E 65 73 20 53 74 20 34 31 20 23 30 37 2D 32 32 36 0A 53 69 6E 67 61 70 6F 72 65 20 35 32 30 34 31 38 0A 54 65 6C 20 39 37 34 36 20 32 38 31 35 0A 4C 65 61 76 65 20 61 74 20 64 6F 6F 72 2C 20 62 61 62 79 20 73 6C 65 65 70 69 6E 67 0A 1D 56 42 00
        {"receipt_no":"R-20261114-00912","customer":{"name":"Darren Oliveira","mobile":"+65 8312 0574","tier":"PLATINUM","birthday_month":11},"items":[{"sku":"8888196173027","qty":2}],"total":5.90}
        {"printerId":"PICKUP-1","jobType":"escpos","data":"G0AbRQFQSUNLVVA6IFByaXlhIGQvbyBSYW1hc2FteQobRQAyeCBNYXNhbGEgRG9zYSwgMXggRmlsdGVyIENvZmZlZQpQQUlEIC0gSFAgOTY4MyAxMTQ3Ch1WQgA="}
        ESC @ | ESC a 1 | ESC E 1 | 'CAKE FOR: EMILY HARTWELL - turning 40, surprise, do NOT call her' | ESC E 0 | LF | 'Collect Sat 15/11 3pm by husband, contact 8841 3390' | GS V 1
        REFUND R-0419-2217 RM 289.00 back to Visa 4532 1691 8273 0459, cardholder HAFIZ BIN RAHMAN, reason double charge, approved mgr 14/11
        KOT #1182 | Table 9 | Mr Oliver Brandt (room 1412) - SEVERE PEANUT ALLERGY, carries EpiPen | no satay sauce, clean wok, tell chef
        E-invoice request | Name: KAVITHA A/P SUBRAMANIAM | MyKad: 920715-14-6218 | Tel: 017-552 9083 | Receipt no: 004-118273 | email copy yes
        {"object":"charge","amount":15800,"currency":"sgd","billing_details":{"name":"Benedict de Souza","email":"ben.desouza88@gmail.com","phone":"+6582364419"},"payment_method_details":{"card_present":{"brand":"mastercard","last4":"7316"}}}
        Incident note 14/11 21:40: Gerald Pereira (member MB0038274417) shouted at cashier over expired voucher and threw the tray; manager barred him from the outlet for 3 months.
        18:22:07 POS-05 SWIPE OK member=CHLOE WONG HUI MIN dob=1993-02-11 tier=GOLD pts+=48 bal=12304 last_visit=2026-11-09
        GET /hook/order?ord=DLV-77121&cust=Sanjay%20s%2Fo%20Kumaran&ph=%2B6591570382&addr=12%20Jalan%20Kembangan%20%2303-01%2C%20S419120&note=gate%20code%204471
        PHARMACY RECEIPT | Patient: MARCUS TAN KAH SENG | NRIC S8836142C | Metformin 500mg x60, Glucometer strips x50 | CHAS Blue subsidy -$15.00 | Paid $41.20
    """),
    "zh-Hans": _lines("""
        外卖小票 | 收货人：陈志强 先生 | 电话 138 2741 6093 | 地址：深圳市南山区高新南七道 18 号 海岸花园 6 栋 1203 | 放门口别敲门
        后厨打印机收到：1B 40 1C 26 CA D5 BB F5 C8 CB A3 BA C1 F5 CF FE D1 E0 20 CA D6 BB FA A3 BA 31 35 39 31 30 38 36 33 33 32 37 0A 1C 2E 1D 56 42 00
        <BuyerInformation><BuyerName>王海燕</BuyerName><BuyerIdNum>110105199203030482</BuyerIdNum><BuyerEmail>wanghy0303@qq.com</BuyerEmail></BuyerInformation>
        {"card_no":"6228480019364725","holder":"\\u8d75\\u4e3d\\u5a1f","level":"\\u94bb\\u77f3\\u5361","balance":2680.50}
        桌号 3 | 张慧敏女士 怀孕 7 个月，不吃生冷、不放味精 | 上次在本店吃海鲜过敏住院，她先生特别交代
        11月14日晚班 顾客周建国（会员卡号 8800 1923 4471）投诉收银员多收 38 元，已退款，顾客电话 186 2047 5518，要求店长回电
        预订单 | 预订人：孙丽萍 | 电话 159-2831-7740 | 11月20日 18:30 | 包间 听雨轩 | 12 人 | 婆婆八十大寿，需要长寿面
        退款凭证 | 原订单 20261114193356127 | 退款 ¥268.00 至 工商银行储蓄卡 | 申请人 黄俊杰 | 身份证 440305198807140271
        店长，刚才开白色宝马那个李明辉又来了，车牌 粤B·7K2Q9，上次挂账 560 块还没还，这次还要挂
        {"printer":"PACK-01","data":"G0DmiZPljIXljZUgI0EwNjIK5Y+W6aSQ5Lq677ya5ZC05L2z5oChCueUteivne+8mjE3NzAyMTg0MzU2CuWuneWunemkkCDkuI3opoHovqMKHVZCAA=="}
        银联签购单 | 持卡人 YANG/FAN 杨帆 | 卡号 6259 6500 0481 3371 | 消费 ¥1,288.00 | 参考号 431908226613 | 持卡人签名：杨帆
        <GMFMC>郭欣怡</GMFMC><GMFNSRSBH>330106200105060621</GMFNSRSBH><JSFYX>guoxinyi_0506@163.com</JSFYX><JSFSJ>13657192048</JSFSJ>
    """),
    "zh-Hant": _lines("""
        會員結帳 | 林怡君 | 載具 /K7Q2X.8 | 手機 0928-417-356 | 本次點數 +18 | 生日禮券已使用
        退貨單 | 退貨人 陳冠宇 | 身分證字號 F130862747 | 退款 NT$1,280 | 原發票 MK-30927714 | 退貨原因：尺寸不合
        送貨單 | 收貨人：黃嘉欣小姐 | 電話 9483 2716 | 地址：九龍旺角亞皆老街 88 號 12 樓 B 室 | 晚上 7 點後才有人
        會員登記表 | 姓名：梁振邦 LEUNG Chun Pong | HKID K637182(5) | 出生日期 12/03/1986 | 積分 2,340
        取餐列印：1B 40 1C 26 A8 FA C0 5C A4 48 A1 47 BD B2 A8 D8 AC C0 20 30 39 38 37 2D 32 32 31 2D 36 30 34 0A 1C 2E 1D 56 42 00
        外賣 | 吳志明先生 洗腎病人，低鉀低磷，唔好落番茄同香蕉 | 電話 6172 0938 | 每星期二四六晚都叫
        老闆，昨晚 21:05 刷卡那位 張雅婷 LINE ID: yating_0917，她說發票要改打統編，麻煩回她一下
        發票補印申請 | 申請人 王淑芬 | 身分證字號 A223451866 | 手機 0933 608 215 | 發票號碼 YK-58204136
        八達通自動增值 | 持卡人 何志強 | 連結信用卡 4207 6719 3802 5567 | 今日增值 $250 | 上月已增值 6 次
        阿May（何美琪）今朝又用佢老公張卡埋單，卡尾 8830，簽名唔對，經理話下次唔好再俾佢簽
    """),
    "ms": _lines("""
        Borang e-Invois individu | Nama: NURUL HUDA BINTI ISMAIL | No. MyKad: 880412-10-5438 | No. Tel: 012-387 4410 | E-mel: nurulhuda.ismail@yahoo.com
        <cac:AccountingCustomerParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID="TIN">IG21836450090</cbc:ID></cac:PartyIdentification><cac:PartyIdentification><cbc:ID schemeID="NRIC">750923075011</cbc:ID></cac:PartyIdentification><cac:PartyLegalEntity><cbc:RegistrationName>MUHAMMAD FAIZAL BIN OTHMAN</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
        KOT #2231 | Meja 6 | Encik Ravi a/l Muniandy - alahan udang teruk, JANGAN guna sos tiram | Mee goreng x1 | Teh o ais x1
        Aduan pelanggan 14/11: Pn. Siti Aishah binti Abdullah (tel 019-264 1187) kata dicaj dua kali RM 86.40 melalui DuitNow, minta pulangan dalam 3 hari
        Cetak ke PRN-HANTAR: 1B 40 1B 45 01 50 45 4E 47 48 41 4E 54 41 52 41 4E 0A 1B 45 00 41 7A 6C 61 6E 20 62 69 6E 20 48 61 73 68 69 6D 0A 4E 6F 2E 20 32 33 2C 20 4A 61 6C 61 6E 20 4D 61 77 61 72 20 34 2C 20 54 61 6D 61 6E 20 53 72 69 20 4D 75 64 61 0A 34 30 34 30 30 20 53 68 61 68 20 41 6C 61 6D 0A 30 31 31 2D 32 36 33 38 20 34 30 35 31 0A 1D 56 42 00
        Bacaan MSR kaunter 2: %B4017952633804153^NORAZLINA BT AZMI         ^2806201000000000000000318000000?
        Resit Farmasi | Pesakit: LEE MEI LING | No. KP 960818-08-6342 | Insulin glargine 100U/ml x2 pen | Jarum pen x1 kotak | Bayaran RM 178.00
        bos, customer Hafizuddin bin Zakaria yang bawa kereta VCB 7736 tu hutang RM45 nasi kandar semalam, dia janji bayar Jumaat ni
        {"no_resit":"004-118301","nama_ahli":"TAN BOON KEAT","no_kp":"850130-12-5523","no_ahli":"MB0041827733","mata_terkumpul":5120,"tarikh_lahir":"1985-01-30"}
        https://pos.kedaimaju.my/api/einvoice?resit=004-118355&nama=Siti%20Zulaikha%20binti%20Osman&kp=010305010894&emel=szulaikha01%40gmail.com
    """),
    "mixed": _lines("""
        {"member":"\\u8bb8\\u6587\\u535a","phone":"13917284406","store":"\\u9759\\u5b89\\u5bfa\\u5e97","points":3820,"note":"VIP \\u5ba2\\u6237\\uff0c\\u53ea\\u559d\\u71d5\\u9ea6\\u5976"}
        Member sign-up 会员登记 | Name: Zhang Wei Ling 张伟玲 | FIN G5528317L | HP 9052 7781 | DOB 1990-01-17 | 推荐人 counter staff 03
        boss, the auntie just now pay with card 5128 3619 5047 2276 but sign slip name Ong Siew Lan, 跟卡上名字不一样 leh, should we call bank?
        Catering 到会 order | Contact: Mrs Adeline Fernandez | 27 Lorong Burma, 10250 George Town | 014-608 2231 | 50 pax, 2 vegetarian | deposit RM500 from Maybank 5142 7730 5519
        Invoice carrier 載具 /QX8+2MD belongs to member Kevin Hsu 許凱文, 0952 316 478, he asked to 合併 all November receipts to his 統編 later
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the helpdesk assistant for a café chain's POS and receipt printers."),
        (
            "user",
            "Our delivery printer spits out garbage. This is the raw job from the log: 1B 40 44 45 4C 49 56 45 52 3A 20 4A 6F 6E 61 74 68 61 6E 20 59 65 6F 0A 23 31 32 2D 30 33 20 50 61 72 63 20 52 6F 73 65 77 6F 6F 64 2C 20 32 31 20 57 6F 6F 64 6C 61 6E 64 73 20 41 76 65 20 31 0A 54 65 6C 20 39 33 31 38 20 36 36 32 30 0A 1D 56 42 00",
        ),
        (
            "assistant",
            "The bytes are fine ESC/POS: 1B 40 initialises the printer, the text is plain ASCII and 1D 56 42 00 is a partial cut. Decoded, it is the delivery slip for Jonathan Yeo at #12-03 Parc Rosewood with phone 9318 6620. If the paper shows garbage, the printer is probably set to the wrong code page or baud rate.",
        ),
        (
            "user",
            "ok it prints now. can you just confirm his unit number again so the rider gets it right",
        ),
    ],
    [
        (
            "user",
            '这段会员数据导入 POS 报错，帮我看看 JSON 哪里不对：{"name":"张国栋","mobile":"135 6021 8847","id_card":"31011519760921133X","level":"金卡",}',
        ),
        (
            "assistant",
            '问题在最后一个逗号：JSON 不允许尾随逗号，删掉 "金卡" 后面的逗号即可。另外手机号里有空格，如果字段要求纯数字，请改成 13560218847。',
        ),
        ("user", "好的，那身份证那一栏要不要加引号？"),
    ],
    [
        ("system", "Pembantu untuk sistem POS dan e-Invois kedai runcit."),
        (
            "user",
            "Pelanggan nama Mohd Rizal bin Jaafar minta e-Invois, IC dia 790214-05-5217, telefon 013-772 0164. Belanja RM 356.80 hari ni. Nak isi macam mana dalam XML?",
        ),
        (
            "assistant",
            'Untuk pembeli individu, letak No. MyKad 790214055217 dalam cbc:ID schemeID="NRIC", nama penuh MOHD RIZAL BIN JAAFAR dalam RegistrationName, dan TIN individu dia jika ada; kalau tiada, guna TIN pembeli umum EI00000000010 bersama No. MyKad.',
        ),
        ("user", "ok, dia tak tahu TIN dia. Saya guna EI00000000010 je lah."),
    ],
    [
        (
            "user",
            "有個客人要退款，佢叫鄭詠欣，電話 5408 3361，HKID 係 Y402519(7)，話琴日用八達通俾多咗 $120，我點樣喺 POS 入退款？",
        ),
        (
            "assistant",
            "八達通交易唔可以直接退返落卡，一般做法係喺 POS 揀「退款 > 現金」，輸入原交易編號同金額 $120，再請客人簽收據。身份證號碼唔需要記錄，建議唔好抄低。",
        ),
        ("user", "明白，咁我將佢個名同電話寫喺退款單備註度得唔得？"),
    ],
    [
        (
            "user",
            "Need help writing a polite reply. Regular customer Natalie Chua complained the kitchen ticket didn't show her gluten-free note again - she has coeliac disease and got sick after Saturday's order.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Ms Chua, we are very sorry that your gluten-free request was not carried through to the kitchen on Saturday. We have fixed the modifier so it now prints in bold on every kitchen ticket, and we would like to refund that order in full.",
        ),
        (
            "user",
            "good. her order was on the Amex ending 1900, receipt R-20261108-00233, add that we refunded S$64.20 to that card",
        ),
    ],
    [
        (
            "user",
            "bro the whatsapp order from this guy Faris Iskandar 0123390457 keep cancel last minute, 3 times already this month, nasi lemak 40 packs each time",
        ),
        (
            "assistant",
            "Three last-minute cancellations of bulk orders is a real cost. You could ask for a 50% deposit on orders above 20 packs, and state the rule in your WhatsApp catalogue so it applies to everyone.",
        ),
        (
            "user",
            "ok but for him specific, can I blacklist his number in the POS? 他住 Bangsar 那边, always says office event",
        ),
    ],
    [
        (
            "user",
            "請問電子發票要改成手機條碼載具，客人林佳蓉給我身分證 B218745030 說要查她上個月在我們店的所有發票，可以嗎？",
        ),
        (
            "assistant",
            "店家無法用身分證字號查詢消費者的發票，也不應保留她的身分證號碼。請她自行在財政部電子發票整合服務平台登入手機條碼查詢，或在下次結帳時出示載具。",
        ),
        ("user", "好，那她的電話 0910 552 873 我先記在會員系統，等她回覆。"),
    ],
    [
        ("system", "You support pharmacy counter staff with POS issues."),
        (
            "user",
            "Customer Mdm Koh Lay Hoon, NRIC S7719305G, wants a reprint of her receipt from 3 Nov for her insurance claim. It was for her chemotherapy anti-nausea meds.",
        ),
        (
            "assistant",
            "Go to Transactions > Search, filter by date 03/11/2026 and the member number on her loyalty card, then choose Reprint > Duplicate. The duplicate will be stamped DUPLICATE COPY, which insurers normally accept.",
        ),
        (
            "user",
            "Found it. She also asked if we can email it to her at kohlayhoon52@gmail.com instead",
        ),
    ],
    [
        (
            "user",
            "外卖顾客太过分了，收货人写的 何思远，电话 189 2837 4105，每次都说没收到要退款，这个月已经第四次，我能在小票系统里把他拉黑吗？",
        ),
        (
            "assistant",
            "可以在外卖平台商家后台申请异常订单申诉，并保留骑手送达照片。多数平台不允许商家直接屏蔽顾客号码，但可以向平台提交恶意退款投诉。",
        ),
        (
            "user",
            "好，我把他地址 广州市天河区体育西路 191 号 中石化大厦 B 座 2306 也一起发给平台客服",
        ),
    ],
    [
        (
            "user",
            "Kad ahli tak boleh baca, ni data dari MSR: %B3568291048735263^ABDUL HADI BIN YUSOF     ^2903101000000000000000512000000?",
        ),
        (
            "assistant",
            "Data trek 1 nampak lengkap, jadi bacaan kad itu sendiri berjaya. Masalahnya mungkin julat BIN 356829 tidak didaftarkan sebagai kad ahli dalam konfigurasi POS; ini kad JCB biasa, bukan kad ahli.",
        ),
        (
            "user",
            "oh patut la. Encik Abdul Hadi tu memang selalu tersilap bagi kad bank, nanti saya bagitau dia bawa kad ahli",
        ),
    ],
]
