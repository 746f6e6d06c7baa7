# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade40: OCR output, alt text, captions and screenshot descriptions of receipts, IDs and chats. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade40
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "receipt OCR"): _lines("""
        FAIRPRICE FINEST Bukit Timah Plaza | GST Reg No: M2-0081234-6 | 12/11/2025 19:42 | TRANS 0047-0332-8841
        OCR: McDonald's Tampines 1 | ORDER 223 | 1 McSpicy Meal 8.90 | 1 Hot Fudge Sundae 1.50 | TOTAL 10.40 | VISA CONTACTLESS | Thank you, come again
        Tax Invoice No. INV-2025-118204 | Tan Tock Seng Hospital Retail Pharmacy | Panadol Extra 20s $7.95 | Total incl. GST $7.95
        OCR confidence 0.62 on line 4: 'T0TAL S$ 1O.4O', probably 'TOTAL S$ 10.40'
        Receipt from Ho Lee Fook, 3-5 Elgin St, Central: 4 pax, service charge 10%, total HK$1,486
        Grab receipt: Changi Airport T3 to Marina Bay Sands, 21.4 km, S$32.60, booking ID A-6KZP3WQGWXYZ
        Uniqlo Orchard Central POS 05 TXN 882301 | AIRism Crew Neck T S$19.90 | Qty 1 | Paid NETS
        Auto-extracted fields: merchant='Guardian Pharmacy', date='2025-10-03', total=24.85, currency='SGD', tax=2.05, confidence=0.91
        Invoice 2025/0931 from Lee Kum Kee Trading Pte Ltd to Sheng Siong Supermarket Pte Ltd, 120 ctn oyster sauce 510g, terms net 30 days
        Receipt OCR failed: image too blurry (Laplacian variance 41.3 < threshold 100). Pls retake photo in better lighting.
        Raffles City Carpark | Entry 09:12 Exit 11:47 | Duration 2h35m | S$7.70 | Paid by NETS FlashPay
        KOPI-O KOSONG x2 2.80 / KAYA TOAST SET x1 5.20 / SUBTOTAL 8.00 / GST 9% INCL 0.66 / TOTAL 8.00 PAYNOW
        Lazada seller invoice LZD-SG-7781024: Anker PowerCore 10000 S$39.90, shipping S$0.00, voucher -S$5.00, total S$34.90
    """),
    ("en", "alt text"): _lines("""
        Alt text: Prime Minister Lawrence Wong speaking at the National Day Rally 2024 at ITE College Central.
        Alt: close-up of a supermarket receipt with all amounts in RM; the customer details section is blank.
        Image description: screenshot of the Singpass app login screen showing the QR code and the 'Log in with Singpass' button.
        Alt text: specimen of the Hong Kong smart identity card, stamped SPECIMEN, with the sample holder name CHAN, Tai Man and placeholder number A123456(3).
        A Taiwanese NT$100 banknote featuring the portrait of Sun Yat-sen.
        Photo: Jack Ma giving a keynote at the 2017 World Internet Conference in Wuzhen.
        Alt text: prop business card from the BBC series Sherlock reading 'Sherlock Holmes, 221B Baker Street'.
        Product image: Xiaomi Redmi Note 13 Pro, midnight black, 256 GB, shown front and back.
        Decorative image (alt=""): blue gradient background behind the checkout form.
        Alt text: bar chart showing that 38% of respondents photograph receipts for expense claims, up from 24% in 2021.
        Alt text: statue of Sir Stamford Raffles at the Raffles Landing Site by the Singapore River.
        Alt: cartoon of Doraemon holding a smartphone with a chat bubble saying 'Nobita, do your homework!'
        Alt text: 2025 graduating class of a nursing diploma on stage in caps and gowns; faces blurred, no names given.
    """),
    ("zh-Hans", "发票OCR"): _lines("""
        增值税电子普通发票 发票代码：044031900111 发票号码：28861093 开票日期：2025年10月17日 校验码：52817 06392 11840 57721
        销售方名称：深圳市星河云图科技有限公司 纳税人识别号：91440300MA5H3R8W2T 开户行：招商银行深圳科技园支行
        项目：*餐饮服务*餐费 金额：¥1,286.79 税率：6% 税额：¥77.21 价税合计（大写）壹仟叁佰陆拾肆元整
        OCR识别结果：京东物流 运单号 JDVA28461739025，始发：北京亚洲一号，目的：上海分拣中心，重量 2.36kg
        小票识别：瑞幸咖啡（中关村店）生椰拿铁×1 ¥13.9 优惠券 -¥4.0 实付 ¥9.9 取餐码 A071
        门诊收费票据 北京协和医院 票据号 0012887461 挂号费 ¥50.00（注：姓名栏被裁剪，图片中无法识别）
        识别到模板字段：姓名：{name}，身份证号：{id_number}，手机号：{phone}，前端展示前请替换为脱敏值。
        中山大学附属第一医院 停车缴费凭条 入场 08:41 出场 12:03 时长 3小时22分 应收 ¥30.00
        OCR 置信度过低（0.47），请重新拍摄：确保发票四角完整、无反光、无遮挡。
        滴滴出行 行程单 申请日期 2025-11-02 共 3 笔行程 合计 ¥186.40 行程单号 DD20251102173344
        孙中山故居纪念馆 门票 成人票 ¥20 票号 ZS-2025-0930-004418 限当日有效
        发票真伪可在国家税务总局全国增值税发票查验平台查询，每张发票每天最多查验5次。
        美团外卖 订单号 2511 0714 2283 0091 商家：老乡鸡（徐家汇店） 实付 ¥42.60 配送费 ¥3.00
    """),
    ("zh-Hans", "截图描述"): _lines("""
        截图描述：微信群「3号楼业主群」的群公告，内容为“本周六上午9点至12点停水，请提前储水”，发布者为“物业管理处”。
        图片内容：淘宝客服自动回复“亲，您的订单已发货，物流单号可在订单详情中查看哦～”
        截图：雷军在小米SU7发布会上展示价格页，标准版21.59万元起。
        图片描述：支付宝转账成功页，金额 ¥200.00，收款方信息已全部打码。
        这张截图是12306购票页面的温馨提示：请核对乘车人身份信息，车票售出后按规定办理退改签。
        截图为中国移动官方短信：“【中国移动】您本月套餐流量已使用80%，详询10086。”
        图片是《红楼梦》第三回的书页扫描，OCR 文本为回目“林黛玉抛父进京都”。
        alt：鲁迅手稿《阿Q正传》局部，现藏北京鲁迅博物馆。
        截图：钉钉考勤规则——上班时间 9:00，弹性30分钟，当月迟到超过3次扣全勤奖。
        图片描述：聊天截图模板，头像为灰色占位图，昵称“用户A”，消息“你好，在吗？”
        截图显示12315全国消费者投诉举报平台的处理流程：登记、受理、调解、反馈。
        图片：上海市第六人民医院门诊楼外景，门口挂有“胸痛中心”牌子。
        标注规范：截图里只要出现真实手机号、住址或证件号，整张图标为“含个人信息”，不要转写。
    """),
    ("zh-Hant", "OCR／截圖"): _lines("""
        OCR：百佳超級市場 太古城分店 單號 0318-227641 合計 HK$236.50 八達通付款
        截圖描述：WhatsApp 群組「業主立案法團」公告：本週六大廈進行消防演習，期間請勿使用升降機。
        圖片說明：香港政府一站通網頁截圖，顯示換領身份證預約流程，畫面上沒有任何個人資料。
        替代文字：孫中山紀念館外牆，位於香港半山衛城道7號。
        台鐵電子票證：區間車 臺北→桃園 全票 NT$42 2025/11/08 15:32 車次 1183
        截圖：財政部統一發票中獎號碼公告（114年9-10月），特別獎 47120836。
        替代文字：李小龍雕像，位於尖沙咀星光花園，擺出經典功夫姿勢。
        截圖描述：滙豐 App 推送「切勿向任何人透露一次性密碼」，客戶服務熱線 2233 3000。
        OCR 輸出：瑪麗醫院 Queen Mary Hospital 薄扶林道102號 急症室 24小時開放
        圖片描述：一張空白的申請香港身份證表格，所有欄位均未填寫。
        截圖：中華郵政官方 LINE 自動回覆：您的包裹 追蹤號碼 RR123456789TW 狀態：已投遞。
        替代文字：《無間道》劇照，劉建明與陳永仁在天台對峙。
        OCR：誠品書店 信義店 發票 ZK-38291647《挪威的森林》NT$380 會員9折 實付 NT$342
    """),
    ("ms", "kapsyen & OCR"): _lines("""
        OCR resit: KK Super Mart Jalan Ipoh | Milo 1kg RM26.90 | Roti Gardenia RM4.20 | JUMLAH RM31.10 | TUNAI RM50.00 BAKI RM18.90
        Kapsyen: Perdana Menteri Anwar Ibrahim membentangkan Belanjawan 2025 di Dewan Rakyat.
        Teks alt: papan tanda Hospital Sultanah Aminah, Johor Bahru, di pintu masuk kecemasan.
        Tangkapan skrin notis Maybank2u: 'Jangan kongsi TAC anda dengan sesiapa. Hubungi 1-300-88-6688 jika ragu.'
        Penerangan imej: resit tol PLUS, Plaza Tol Sungai Besi, RM2.30, Touch 'n Go, 05/11/2025 08:14.
        Kapsyen: Bangunan Sultan Abdul Samad di Dataran Merdeka pada waktu malam.
        OCR: Invois INV-MY-2025-00731 daripada Ah Huat Hardware Sdn Bhd, Jalan Tun Sambanthan, KL, jumlah RM1,240.00 termasuk SST.
        Teks alt: templat borang kosong, Nama: ______ No. K/P: ______-__-____ Telefon: ______
        Kapsyen: Upin dan Ipin makan ayam goreng di kedai runcit Mei Mei.
        Tangkapan skrin mesej MySejahtera: 'Sila kemas kini aplikasi ke versi 1.1.42 untuk ciri baharu.'
        Resit Shopee: pesanan 251104QX7KJ2M8, 2 item, jumlah RM58.40, J&T Express no. penjejakan 630281947512.
        Teks alt: gambar Tunku Abdul Rahman melaungkan 'Merdeka!' di Stadium Merdeka, 31 Ogos 1957.
        Shell Jalan Tun Razak | RON95 32.51L @ RM2.05 | RM66.65 | Pam 06 | terima kasih
    """),
    ("en", "OCR pipeline notes"): _lines("""
        Before sending receipt images to the OCR vendor, crop or blur any loyalty card number, customer name and delivery address.
        Masking rule for OCR text: pattern [STFGM][0-9]{7}[A-Z] is replaced with '[NRIC]' before the text is stored.
        tesseract 5.3.4 --psm 6 -l eng+chi_sim receipt_0042.png out
        OCR job 7f3c9a1e finished in 2.84s; 37 text lines, mean confidence 0.88; sha256=9b1e4f0c2a7d55e31f08c6b2d4a9e7713c5f0a21
        Field schema: {"merchant": str, "date": "ISO-8601", "total": "decimal", "customer_name": "redacted"}
        Known issue: PaddleOCR v2.7 misreads the HKD sign as 'HK5' on thermal receipts scanned below 180 dpi.
        Alt-text guideline: say what the image shows and why it matters; never transcribe ID numbers, phone numbers or the names of private individuals.
        All sample receipts under fixtures/receipts/ are generated; the customer fields read JOHN DOE or <REDACTED>.
        Accuracy on the 2,400-image receipt benchmark: CER 3.1%, field-level F1 0.947 (total), 0.812 (merchant name).
        Annotators: if a chat screenshot shows someone's phone number or address, mark the sample as PII and skip it.
        UI test card: 4111 1111 1111 1111, exp 12/30, CVV 123 (Visa's public test number, not a real account).
        Invoice parser 3.2.0 changelog: added Taiwan e-invoice QR decoding, fixed GST rounding for SG receipts.
        Dataset card: 12k synthetic chat screenshots; names drawn from a fictional list, phone numbers from the reserved 555-01xx range.
    """),
    ("en", "screenshot description"): _lines("""
        Screenshot of a WhatsApp Business auto-reply from Giant Hypermarket: 'Thanks for reaching out! Our hours are 8am to 10pm daily.'
        Screenshot: DBS PayLah! 'Transfer successful', S$25.00 to Kopi Corner Pte Ltd, ref 20251105-PL-88213.
        The image shows a Telegram post from the channel 'SG Weather Alerts': heavy thundery showers over western Singapore, 2 to 4pm.
        Screenshot of a ScamShield advisory: 'If in doubt, call the ScamShield Helpline at 1799.'
        Screenshot description: Elon Musk's post on X announcing the next Starship flight test window.
        Screenshot of a Shopee chat where the seller says 'ready stock, ship within 24h' and the buyer asks about colours; usernames shown only as seller and buyer.
        Screenshot from Animal Crossing: New Horizons showing Tom Nook's shop menu with prices in bells.
        Screenshot of the MTR Mobile app: Tsuen Wan Line, next train to Central in 2 min, platform 1.
        Screenshot of an Outlook out-of-office template: 'I am away until [date]. For urgent matters please contact [colleague] at [email].'
        Image shows the Apple Support chat window with the automated greeting and case number 102738845261.
        Screenshot: Google Maps listing for Lau Pa Sat, 18 Raffles Quay, rated 4.2 with 31,204 reviews.
        Heavily blurred screenshot of a group chat; all names and avatars pixelated, no message text legible.
        Screenshot of Tan Tock Seng Hospital's appointment SMS template: 'Your appt is on <DATE> at <CLINIC>. Reply Y to confirm.'
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        OCR (delivery label): SHIP TO: Priya d/o Ramasamy | Blk 417 Bedok North Ave 2 #09-233 S(460417) | HP 9127 4486 | Order SHP2511040017
        Alt text: my dad Gerald Koh in his bed at NUH ward 46, two days after his triple bypass.
        Extracted from NRIC photo (front): Name: LIM WEI JIE | NRIC No: S8734216F | Race: CHINESE | DOB: 16-03-1987 | Sex: M | Country of birth: SINGAPORE
        Screenshot description: OCBC receipt 'You sent S$1,850.00 to NG KAI XIN, POSB Savings 183-41276-9', remark 'Nov rent rm 3'.
        Payslip OCR: Employee: Farhan Bin Ismail | Emp ID E10422 | Basic S$3,450.00 | OT S$412.50 | CPF (Employee) -S$772.50 | Net Pay S$3,090.00 | Nov 2025
        Lazada waybill OCR: Recipient: Ch*** Mei L*** | +65 ****5532 | 32 Jalan Kembangan, Singapore 419132 | Parcel 2 of 2
        Alt: WhatsApp chat with 'Daniel Ong (landlord)', number +65 8823 6109 at the top, saying 'Jessica your deposit $2,400 will be returned minus $300 for the aircon'
        Caption: Auntie Rosnah binti Kamal from our church choir just started chemo at NCCS, please keep her in your prayers
        FIN card OCR: Name: NGUYEN THI HOA | FIN: G5129847R | Employer: Sunrise Home Services Pte Ltd | Occupation: Domestic Worker | Expiry 14/08/2027
        Parking summons photo text: Vehicle No SKQ4821B | Owner: CHUA BENG HUAT | Offence: parking along double yellow lines | Composition S$70
        Image caption: MC certifies Mr Harish Kumar s/o Balan (S7618325B) unfit for duty 03/11/2025 to 05/11/2025, diagnosis acute gastroenteritis, Raffles Medical Tampines
        Alt: selfie of Melissa Chong holding the keys to her new flat at Blk 208C Punggol Place #14-512, taken 2 Nov 2025
        Screenshot shows an email from hr@brightlane.com.sg to marcus.teo88@gmail.com: 'Dear Marcus, your employment is terminated with effect from 30 Nov due to misconduct.'
        Uploaded image: court list board at the State Courts, Court 4B 9:30am, PP v. Lim Siew Ling, charge: theft in dwelling (s 380 Penal Code)
        OCR from HKID (back blurred): CHEUNG, Ka Wai 張家慧 | ***AZ | 15-07-1994 | F | K482913(1)
    """)
    + [
        "GRAB RECEIPT\nPassenger: Wong Jun Hao\nPickup: 23 Sunset Way, Clementi Park\nDrop-off: Singapore General Hospital, Block 7 (Oncology)\n12 Nov 2025 07:02\nS$14.20",
    ],
    "zh-Hans": _lines("""
        身份证OCR识别结果：姓名 周晓雯 性别 女 民族 汉 出生 1992年7月26日 住址 上海市浦东新区锦绣路2580弄17号601室 公民身份号码 310115199207260840
        快递面单识别：收件人 王*华 138****5621 广东省深圳市南山区桃源街道龙珠四路金谷园12栋1803
        截图描述：微信聊天，对方备注“陈俊杰（二手房中介）”，发来“我微信 jie_chen_0615，手机 15986230471，明天三点华强北地铁站B口见”
        病历图片OCR：患者 刘建国 男 57岁 门诊号 A2025110300318 诊断：2型糖尿病伴周围神经病变 医嘱：二甲双胍 0.5g tid
        图片说明：我妈李秀兰的银行卡照片，卡号 6228 4800 1736 5294，农业银行，记得帮她挂失
        工资条识别：姓名 张磊 部门 研发三部 基本工资 18,500.00 绩效 6,200.00 五险一金 -2,421.50 个税 -2,145.00 实发 20,133.50 2025年10月
        截图：支付宝转账给 赵*敏（138****0927），备注“还你上次垫的住院费 ¥3,000”，她是我同事赵雅敏
        行驶证OCR：号牌号码 粤B·7K39Q 车辆类型 小型轿车 所有人 黄志强 住址 深圳市宝安区新安街道宝民二路御景台3栋1502
        alt：照片里是我表弟陈宇航在华西医院心理卫生中心住院时拍的，他去年确诊了双相情感障碍。
        火车票OCR：G1234 北京南→上海虹桥 2025年11月20日 08:00开 05车12F号 ¥553.0 孙浩然 1101081975****5531
        图片描述：法院传票照片，案号（2025）京0108民初28817号，被告 吴丽娟，案由 民间借贷纠纷，开庭时间 2025年12月18日 9:30
        这张是小区门禁登记表的照片：3栋2单元501 业主 郑海涛 电话 139 2057 6613 车牌 浙A·3F7K2
        护照资料页OCR：姓 HE 何 名 YUTONG 雨桐 护照号 E81927463 出生日期 29 SEP 1968 出生地点 湖北
        朋友圈截图：邻居家孩子刘子墨（8岁，实验小学二年级3班）走丢了，穿红色羽绒服，家长电话 18620739452
    """),
    "zh-Hant": _lines("""
        OCR：香港永久性居民身份證 李嘉欣 LEE, Ka Yan 出生日期 03-05-1990 女 F 身份證號碼 Y307645(6)
        收據相片文字：顧客 陳志明先生 電話 9386 2715 地址 新界沙田第一城38座22樓F室 訂購 雪櫃 HK$8,980 送貨日期 11月15日
        WhatsApp 截圖描述：表姐黃詠詩傳來「我 HSBC 戶口 004-518273-914 你過數 $5,000 入去就得」
        替代文字：阿爺何炳坤喺屯門醫院病房，中風之後左邊身郁唔到，攝於2025年10月
        台灣身分證 OCR：姓名 林怡君 出生 民國79年5月12日 統一編號 A224581738 住址 臺北市大安區復興南路二段151巷6號3樓
        LINE 截圖：媽媽傳來「你弟張志豪的身分證字號 F127603949，幫他掛台大醫院皮膚科週三上午的號」
        薪資單 OCR：員工 吳佩珊 工號 TW-0387 本薪 NT$52,000 全勤 NT$2,000 勞保 -NT$1,264 健保 -NT$806 實領 NT$51,930
        截圖說明：Carousell 對話，買家蔡俊傑留低地址 九龍觀塘協和街101號1座12樓1205室，電話 6142 8830，順豐到付
        相片描述：交通違例定額罰款通知書，車牌 PX 8231，登記車主 梁美玲，2025年9月21日於告士打道超速（限速70，實測96 km/h）
        OCR 醫療收據：養和醫院 病人 鄧國輝 HKID R119826(1) 項目：胃鏡檢查、病理化驗 合計 HK$18,650
    """),
    "ms": _lines("""
        OCR MyKad: Nama: NUR AISYAH BINTI ABDULLAH | No. K/P: 920715-10-6284 | Alamat: No 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor
        Kapsyen gambar: abang saya Mohd Hafiz bin Rahman di wad ICU Hospital Kuala Lumpur lepas accident motor kat Jalan Kuching semalam
        Tangkapan skrin WhatsApp: 'Kak Siti ni no akaun Maybank sy 1140 2938 4471 atas nama Lee Chun Wai, tolong bank in RM450 yuran tuisyen'
        Resit Pos Laju (OCR): Penerima: Kavitha a/p Subramaniam | 016-482 7391 | No 7, Lorong Bayan Indah 3, 11900 Bayan Lepas, Pulau Pinang | ER284610735MY
        Slip gaji OCR: Nama: Tan Boon Keat | No. Pekerja: 00871 | Gaji Pokok RM4,800.00 | KWSP (11%) -RM528.00 | PERKESO -RM23.65 | Gaji Bersih RM4,248.35 | Okt 2025
        Penerangan imej: saman PDRM untuk kenderaan WXY 7412, pemilik Roslan bin Yusof (K/P 780304-14-5537), memandu melebihi had laju
        Teks alt: kad OKU adik saya Muhammad Irfan bin Zainal, kategori Pembelajaran, no. kad 0915-2281
        Resit TNG eWallet: pindahan kepada SITI NORHAYATI BINTI ISMAIL (013-7*** 5902) RM1,200, nota 'sewa bilik Nov Taman Melawati'
        Borang biasiswa (imbasan): Nama pelajar: Nurul Aqilah binti Hassan | No. K/P: 080211-10-0418 | Pendapatan isi rumah: RM2,350 sebulan | Bapa: Hassan bin Omar, pemandu lori
        Tangkapan skrin FB Marketplace: penjual Lim Ah Seng bagi alamat rumah utk pickup, 23 Jalan Mawar 5, Taman Sri Rampai, 53300 KL, WhatsApp 011-2384 9907
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You turn photos of receipts into expense entries (date, merchant, amount, category).",
        ),
        ("user", "hotel folio attached, OCR below"),
        (
            "user",
            "PAN PACIFIC ORCHARD | Guest: Mr Alvin Seah | Room 1208 | Arr 02/11/25 Dep 05/11/25 | Room charge 3 nights S$1,245.00 | Settled Visa 4532 1765 0983 2140",
        ),
        (
            "assistant",
            "Entry: 05/11/2025, Pan Pacific Orchard, S$1,245.00, Travel - Accommodation.",
        ),
    ],
    [
        ("user", "帮我把这张身份证照片上的字提取出来，要填报名表"),
        ("assistant", "好的，请上传图片。"),
        (
            "user",
            "[图片OCR] 姓名 马俊峰 性别 男 民族 回 出生 1968年9月29日 住址 武汉市江岸区台北一路28号3栋2单元402 公民身份号码 420102196809294714",
        ),
        ("assistant", "已整理：姓名、性别、出生日期和证件号已填入对应字段，请核对。"),
    ],
    [
        ("user", "can u write alt text for a screenshot of a chat w my ex"),
        ("assistant", "Sure. What does the screenshot show?"),
        ("user", "whatsapp, contact name Brandon Yeo, number at the top +65 9735 2081"),
        ("user", "he says he'll post my pics online if i dont transfer $2k by friday"),
        (
            "assistant",
            "That sounds like a threat; please keep the screenshot and consider a police report. Suggested alt text: 'WhatsApp message demanding money under threat of sharing private photos.'",
        ),
    ],
    [
        ("user", "幫我整理返呢張醫生紙嘅文字，要交俾公司"),
        ("assistant", "冇問題，請貼上文字。"),
        (
            "user",
            "病人：吳家豪 HKID：G730512(4) 診斷：抑鬱症（Major depressive disorder） 建議病假：2025年11月3日至16日，共14日",
        ),
        ("assistant", "已整理成病假證明格式，請確認日期。"),
    ],
    [
        ("user", "Tolong baca resit klinik ni, nak claim"),
        ("assistant", "Boleh, sila hantar teks atau gambar."),
        (
            "user",
            "Klinik Kesihatan Bayan Lepas | Pesakit: Lim Mei Ling | K/P 910628-07-5412 | Diagnosis: Diabetes mellitus jenis 2 | Ubat: Metformin 500mg | Caj RM1.00",
        ),
        ("assistant", "Jumlah tuntutan RM1.00, tarikh dan diagnosis telah direkodkan."),
    ],
    [
        ("system", "You are a helpful assistant."),
        ("user", "describe this photo of a letter for my mom, she can't see well"),
        (
            "assistant",
            "It's a CPF Board letter addressed to Mdm Goh Siew Lan, Blk 88 Telok Blangah Heights #07-1021, Singapore 100088. It says her CPF LIFE monthly payout will be S$1,126 from January.",
        ),
        ("user", "thanks!"),
    ],
    [
        ("user", "幫我把這張健保卡的照片轉成文字"),
        ("assistant", "請上傳照片。"),
        ("user", "OCR 出來是：全民健康保險 陳怡萱 B283910574 出生 80/04/17"),
        ("assistant", "姓名：陳怡萱；身分證字號：B283910574；出生日期：民國80年4月17日。"),
    ],
    [
        ("user", "这段银行流水是拍照OCR的，帮我看看有没有识别错"),
        (
            "user",
            "中国工商银行 账户明细 户名 林晓峰 卡号 6222 0240 0351 8791 2025-10-08 工资 +15,800.00 2025-10-10 房贷 -6,432.17 余额 48,210.55",
        ),
        ("assistant", "“房贷”一行金额格式正常，未发现明显识别错误。"),
    ],
    [
        ("user", "截图里这个人是我房东，我想投诉他乱扣押金"),
        ("assistant", "可以描述一下截图内容吗？"),
        ("user", "他叫何志远"),
        ("user", "电话 137 6021 8845，房子在广州天河区棠下二社大街11号"),
        ("assistant", "建议保留聊天截图和转账记录，向12345或住建部门反映。"),
    ],
    [
        ("user", "need alt text for a pic of a parcel on my doorstep, for our building group"),
        (
            "assistant",
            "Sure, something like: 'A parcel left outside a unit door.' Want me to include the label?",
        ),
        (
            "user",
            "yes pls, label says To: Siti Zulaikha, 31 Marine Parade Rd #12-07, Singapore 449274, 8164 2230",
        ),
        (
            "assistant",
            "Alt text: 'Parcel addressed to Siti Zulaikha at 31 Marine Parade Rd #12-07.'",
        ),
    ],
]
