# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade39: personal data hidden in markdown tables, aligned columns, emoji bullets and mixed-script values. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade39
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "markdown docs tables"): _lines("""
        | Field | Type | Example | Notes |
        | `phone` | string | `+65 XXXX XXXX` | E.164, masked in all logs |
        | `nric` | string | `S1234567D` | checksum test value from the spec; never paste real NRICs here |
        | `/v2/orders/{order_id}` | GET | 120 req/min | returns 404 if the order was purged |
        | 3.4.1 | 2026-11-18 | release-bot | Fix CSV export when a column header contains emoji |
        | ap-southeast-1 | 38 ms | 211 ms | 99.97% |
        | 429 | Too Many Requests | yes, after `Retry-After` seconds |
        Use `:---:` to centre a column and `---:` to right-align numbers such as prices (e.g. `| S$12.90 |`).
        | Sherlock Holmes | 221B Baker Street, London | consulting detective | first appears in *A Study in Scarlet* (1887) |
        | `9f2c4e1a7b` | bump pandas to 2.2.3 | CI green |
        |:--|--:|--:| <- alignment row, keep it or GitHub renders the table as plain text
        | Plan | Seats | Price / month |  | Team | 25 | US$199 |  | Enterprise | unlimited | contact sales |
    """)
    + [
        "| Customer ID | Name | Phone |\n|---|---|---|\n| {{customer_id}} | {{full_name}} | {{phone_e164}} |",
    ],
    ("zh-Hans", "表格与报表"): _lines("""
        | 省份 | 2025年常住人口（万人） | 同比 |
        | 广东 | 12780 | +0.4% |
        | JD2026112209871234 | 2026-11-22 20:14:07 | ¥1,299.00 | 已签收 |
        | SF1402938475612 | 顺丰速运 | 深圳转运中心已发出 | 预计 12-06 送达 |
        | 小米 15 Pro | 16GB+512GB | ¥5,799 | 现货 |
        | 唐 | 李白（701—762） | 《将进酒》《静夜思》 | 浪漫主义 |
        | 逸夫楼 A301 | 多媒体教室 | 120座 | 周三 14:00-16:00 已被预约 |
        | 12345 政务服务便民热线 | 24小时 | 投诉、咨询、求助 |
        项目            单价      数量    小计
        拿铁（大杯）    ¥32.00    2       ¥64.00
        ✅ 已完成：数据库迁移 v2026.11.3；⏳ 进行中：灰度发布 10%；❌ 回滚预案：见 Confluence 第 4821 页
        | 手机号 | 保留前3后4 | 示例 138****0000 | 适用于所有对外导出 |
        | 深圳市福田区 | 440304 | 行政区划代码，不属于个人信息 |
    """),
    ("zh-Hant", "對齊欄位與公告"): _lines("""
        | 中西區 | 聖保羅書院禮堂 | 07:30–22:30 | 設無障礙通道 |
        📢 港鐵觀塘綫 12月7日 01:00–05:30 進行路軌工程，查詢請致電港鐵熱線 2881 8888
        孫中山紀念館　　半山衛城道7號　　逢星期四休館（公眾假期除外）
        | 12/F | 1203 | 大昌行集團有限公司 | 租約至 2028-03 |
        身分證字號格式：1 位英文字母 + 9 位數字（如 A1XXXXXXXX），第 2 碼 1 為男性、2 為女性。
        發票號碼 AB-12345678　統一編號 24536806　金額 NT$1,280（含稅）
        🎉 週年慶全館 8 折｜📍 信義區松高路 19 號｜⏰ 11:00–21:30｜🅿️ 消費滿 NT$2,000 免費停車 2 小時
        | 蔡元培 | 1868–1940 | 北京大學校長 | 主張「思想自由，兼容並包」 |
        九龍灣宏照道 33 號國際交易中心 18 樓 —— 客戶服務中心（只處理公司客戶）
        政府熱線 1823　｜　緊急求助 999　｜　消費者委員會 2929 2222
        | 日期 | 停水範圍 | 時間 |  | 12/9 | 大埔 太和路一帶 | 23:00–06:00 |
        📌 逸東邨、石籬邨、長亨邨 三條屋邨將於下月更換升降機，詳情請留意大堂通告
    """),
    ("ms", "jadual dan notis"): _lines("""
        | Sabtu | 8:00 pg | Gotong-royong perdana | Dewan Serbaguna Taman Melawati |
        | Selangor | 10, 41–44 | kod tempat lahir dalam MyKad |
        📞 Talian Kasih 15999 | 🚑 Kecemasan 999 | 🚒 Bomba 994 | ⚡ TNB Careline 15454
        Sekolah Kebangsaan Tunku Abdul Rahman, Jalan Sultan Ismail — hari terbuka 13 Dis, 8 pg hingga 1 ptg
        Hospital Tengku Ampuan Rahimah, Klang — Jabatan Kecemasan dan Trauma dibuka 24 jam
        | INV-2026-00871 | 03/12/2026 | 1,284.50 | Belum dibayar |
        Format nombor MyKad: YYMMDD-PB-###G; digit terakhir ganjil = lelaki, genap = perempuan. Jangan simpan nombor penuh dalam log.
        Tunku Abdul Rahman (1903–1990), Perdana Menteri pertama Malaysia, mengisytiharkan kemerdekaan pada 31 Ogos 1957.
        J&T No. Penjejakan 630012984775 — Status: Dalam penghantaran (Shah Alam Hub)
        🍛 Nasi lemak ayam rempah — RM12.90 | 🥤 Teh tarik ais — RM3.50 | 🍰 Kek lapis Sarawak — RM6.00
        Jalan Tun Razak / Jalan Ampang: lencongan trafik 8 Dis, 10 mlm – 6 pg, ikut papan tanda
        Kod   Subjek                 Jam kredit   Pensyarah
    """),
    ("en-SG", "aligned columns and logs"): _lines("""
        2026-12-04T09:14:22+08:00  INFO  order=SG-88231047  status=DELIVERED  hub=TPY  latency_ms=412
        PID    USER      %CPU  %MEM  COMMAND
        4821   postgres  12.3   4.1  postgres: checkpointer
        Our Tampines Hub, 1 Tampines Walk — ActiveSG gym open 7am–10pm daily
        | 190 | 05:45 | 23:55 | via Orchard Rd |
        HDB resale median (4-room, Q3 2026)   Tampines  S$620,000   Punggol  S$648,000   Queenstown  S$1.02m
        sha256  3f9a1c0e77b2d4e5a6c8f1029384756abcdef0123456789aabbccddeeff0011  release-v4.2.0.tar.gz
        GST Reg No. M90373148F   UEN 201912345K   Receipt #R-00918273   Total S$84.60
        Singapore General Hospital, Outram Road, S169608 — A&E open 24 hours
        Raffles Place MRT (NS26/EW14) exit H, then walk 8 min to Raffles Hotel at 1 Beach Rd
        NRIC check for the form: ^[STFGM]\\d{7}[A-Z]$ — fixtures only, do not paste real IDs into Jira
        Reception       Front desk          ext 1000
        Lee Kuan Yew (1923–2015) was Prime Minister of Singapore from 1959 to 1990.
    """),
    ("mixed", "emoji bullets and release notes"): _lines("""
        ✨ New: export tables as `.xlsx` 🐛 Fixed: emoji in column headers broke CSV (#4412) 🔒 Security: bumped `openssl` to 3.0.15
        📦 v2.18.0-rc.3 · 🧪 1,284 tests passed · ⏱️ 6m 42s · 🔖 commit a4f9e21
        📍 Jewel Changi Airport, 78 Airport Blvd · 🕙 10am–10pm · 🅿️ T1 car park
        🎂 Happy 30th birthday to our company! 🎉 Founded 1996 in 深圳 by 3 engineers and one very old server
        👩‍⚕️ 义诊活动｜📅 12月14日｜📍 社区卫生服务中心一楼｜☎️ 卫生健康热线 12320
        🔥 双12 爆款：✅ 空气炸锅 ¥199 ✅ 电动牙刷 ¥89 🚚 顺丰包邮 ⏰ 限时 48 小时
        🧑‍🍳 Chef's pick: Hainanese chicken rice 海南鸡饭 S$6.50 ⭐ 4.7 (2,391 reviews)
        📚 推荐书单：1️⃣《三体》刘慈欣 2️⃣《活着》余华 3️⃣《围城》钱钟书
        🚨 Phishing alert: we will never ask for your NRIC, OTP or card PIN via WhatsApp. Call ScamShield 1799 if unsure.
        🏫 Open Day｜培正中學｜🗓️ 12月13日 9:30am｜🚌 何文田培正道20號
        ⚠️ Don't paste customer rows into ChatGPT — use the masked export (`*_redacted.csv`) instead 🙏
        🏆 Top sellers Nov: 🥇 SKU-44821 🥈 SKU-10933 🥉 SKU-77102
    """),
    ("mixed", "mixed-script values"): _lines("""
        型號：ＲＸ－７８００ＸＴ　批號：２０２６１１０３Ａ　保固至：２０２９／１１
        订单号：ＤＤ２０２６１２０４０００１８８７６，物流已揽收，请勿回复本短信
        版本 v３.２.１（build ２０２６１２０１.７）已推送到全部 Android 设备
        客服热线 ４００－８８８－６６６６（工作日 9:00–18:00，节假日顺延）
        Tracking 追踪号：ＳＦ１４０２９３８４７５６１２ — 已到达 新加坡 Changi 转运中心
        物料编码 ＴＸ-８８１２３４５Ｚ（格式与证件号相似，但只是仓库 SKU）
        Room ３Ａ, 香港中文大學 邵逸夫夫人樓 —— 講座改到這裡舉行
        價格：ＨＫ＄１，２８０　｜　Ｓ＄２１８　｜　ＲＭ７４９
        航班 ＳＱ８５７ 新加坡→香港 14:05 起飛，登機閘口 Ｃ１９
        電話號碼請用半形數字輸入，例：＋８５２ ＸＸＸＸ ＸＸＸＸ → +852 XXXX XXXX
        Jalan ２/１C 路名含全角数字会导致地理编码失败（bug #2291）
        福利彩票第 2026139 期开奖号码：０３ １１ １９ ２４ ２８ ３２ ＋ ０７
        哈利·波特（Harry Potter），生日 7 月 31 日，住在 萨里郡 小惠金区 女贞路 4 号（Privet Drive）
    """),
    ("en", "templates and data-handling notes"): _lines("""
        Hi {{first_name}}, your parcel {{tracking_no}} will arrive on {{eta_date}}. Reply STOP to opt out.
        Before sharing the sheet externally, delete the columns `Full name`, `IC No.`, `Contact` and `Address` — keep only `Order ID` and `Amount`.
        Redaction rule: replace the middle 8 digits of an 18-digit resident ID with `*` (e.g. 110105********XXXX).
        When exporting Markdown tables from Notion, emoji in the first column are converted to `:shortcodes:`; see section 4.3.
        DSAR checklist: 📥 request received → 🔎 verify identity (do not keep the ID copy) → 📤 respond within 30 days
        Example row for the onboarding form (dummy): | Tan Ah Kow | S0000000X | 9XXX XXXX | Blk XXX #XX-XXX |
        PDPA tip: a mobile number alone in a lead list can still be personal data if it can be linked back to a person.
        Columns: `emp_id` (int), `dept` (str), `grade` (enum A–F), `base_salary_band` (str, e.g. 'B3: 4,500–6,000')
        Aligned fixed-width export: name(30) ic(14) phone(12) — pad with spaces, no tabs, UTF-8 without BOM.
        Remember: screenshots of WhatsApp groups show phone numbers in the header — crop them before posting to the public channel.
        John Doe / Jane Doe / 张三 / 李四 / Ali bin Abu are placeholder names; never swap in real customer names in the docs.
    """)
    + [
        "| Name | NRIC | Mobile | Address |\n|------|------|--------|---------|\n| <name> | <NRIC> | <mobile> | <block/unit> |",
    ],
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        | 3 | 陈家明 | 男 | 139 2874 6610 | 440304198803152711 | 福田区景田北路景田小区7栋502 |
        收件人：欧阳倩　手机：１５７１０３６８８２４　地址：武汉市武昌区中北路１０８号楚河汉街公寓Ｂ座１２０８
        老婆手机号幺三三九幺八二零四五七，名字写刘晓燕就行，快递放小区门口丰巢柜
        👤 患者：郑国强（68岁）🏥 诊断：2型糖尿病伴肾病 III 期 💊 二甲双胍已停用 📞 家属：女儿 郑悦 186 0217 3395
        A0217   孙晓雯   财务部   会计主管   月薪 18,500   绩效 B+   身份证 110105199207084621
        中奖名单（奖品寄送）：| 李*华 | 135****2270 | 上海市徐汇区漕溪北路 88 号 2 号楼 1102 室 | 扫地机器人 |
        身份证号 ３２０５８３ １９９５０６１１ ００４１（昆山），姓名：顾婷婷，复印件已收，原件已退回
        （2025）沪0115民初48213号｜原告 吕佳怡，女，身份证 310115198611043528，住浦东新区张杨路1520弄3号601室
        🚗 粤B·7K2M9 ｜ 车主 黄志远 ｜ 🅿️ 车位 B2-117 ｜ 月卡到期 2026-12-31 ｜ 💬 微信 hzy_1990sz
    """)
    + [
        "| 收款人 | 开户行 | 卡号 |\n|---|---|---|\n| 杨帆 | 工商银行成都高新支行 | 6217 0028 3019 4777 |",
    ],
    "zh-Hant": _lines("""
        | 何家豪 | 沙田第一城 32座 15樓 F室 | 6287 1943 | K583091(5) |
        申請人：麥詠詩　香港身份證號碼：Ｙ６２０１４８（０）　聯絡電話：９４１５　０３８２
        🏠 新地址：將軍澳 日出康城 領都 2座 28樓B 📦 收件人：張志偉 📱 5123 8867（WhatsApp 同號）
        病人  梁慧儀   HKID XA204817(2)   DOB 22/08/1979   Dx: Ca breast, stage II   跟進：腫瘤科 12/12
        | 吳佩蓉 | F228039150 | 0936-218-457 | 新北市 |
        戶籍地址：台中市西屯區臺灣大道三段 ９９ 巷 ７ 號 ５ 樓，緊急聯絡人 陳冠宇（兒子）0958-771-203
        📋 年終花紅名單（保密）：👤 鄭浩然 — 月薪 HK$42,000 — 花紅 2.5 個月 — 表現評級：需改善
        區域法院 DCCJ 4821/2025：原告 羅詠欣（住屯門兆康苑 D座 1106室）向前僱主追討欠薪 HK$86,400
        Z771032(2) 嗰位 —— 即係住喺竹園北邨 桃園樓 1420 室嘅譚生 —— 已經兩個月冇交管理費
        訂房擔保｜持卡人 許雅婷｜💳 4532-0187-7401-3966｜有效期 08/29｜身分證 H204918361
    """),
    "en": _lines("""
        | Goh Siew Ling | Blk 682C Punggol Ave 6 #11-274 | S8407215Z | 9671 2048 |
        👶 Baby shower RSVP: 🙋 Priya Nair (+65 8236 5517) — bringing her son Aarav, 🥜 severe nut allergy
        EMP0412  Marcus Lim Jun Wei   T0234871Z   Basic S$6,850   DOB 14-03-2002   Dept: Ops
        | Mdm Koh Ah Lian, 81 | Ward 64 bed 12 | post-stroke dysphagia, on NG tube | NOK son Koh Boon Huat 9102 7736 |
        Contact: Ｗｅｎｄｙ Ｃｈｕａ　ｗｅｎｄｙ．ｃｈｕａ８８＠ｇｍａｉｌ．ｃｏｍ　FIN Ｆ２１９８７３６Ｘ
        Card ending 0211 (5524 18** **** 0211) belongs to Darren Ong, our tenant at 18 Jalan Kemuning #03-02 — pls reverse the S$1,450 charge
        From: Shirley Tay <shirley.tay.84@outlook.sg>   Subject: my MRI results — they think it's a meningioma 😟
        Re DC/OC 2187/2025 — Tan Wei Xiang v. Lau Mei Fong; defendant's home: 21 Lorong 7 Toa Payoh #09-118, tel 8793 1164
        📌 Lost & found: 🧳 grey luggage tag reads 'Nurul Huda binti Ismail, passport A38271946, 📞 +60 17-882 3104'
        pls update Ahmad Faris's IC to 880412-14-5237 in the sheet, row 47 😅 he's the one on medical leave for depression
    """),
    "ms": _lines("""
        | Siti Aisyah binti Razak | 920715-10-6482 | 012-638 9071 | No. 14, Jalan SS2/24, Petaling Jaya |
        📢 Derma khairat: 🕌 Allahyarham Encik Zainal bin Abdullah (Lot 2231, Kg Sungai Pinang, Klang) 🙏 Waris: isteri Puan Rohana 019-772 4158
        07   Muhammad Irfan Hakim    160923-07-0315   5 Bestari   Yuran tertunggak RM 340.00
        Pesakit: Lim Chee Keong, 58 th, Wad 7B HKL — disahkan Hepatitis B kronik, anak (Lim Pei Shan) minta dirahsiakan drp majikan
        Slip gaji Nov 2026 | Nurul Izzati binti Mohd Yusof | Gaji pokok RM 4,850 | KWSP RM 533.50 | Maybank 1640 2201 8845
        No tel saya ０１１－１９７４ ３３６２ (WhatsApp je), nama Faridah, rumah No. 12 Jalan Anggerik 25/7B, Taman Sri Muda, Shah Alam
        Mahkamah Sesyen Shah Alam, kes BA-62-118-03/2025: tertuduh Kamarul Ariffin bin Hassan, KP 750130-01-5119, didakwa bawah Seksyen 420
        🚗 WXY 8812 — pemilik: Tan Boon Keat, unit B-12-03 Pangsapuri Seri Maya, Setiawangsa; parkir tanpa pelekat 3 kali
        Lot 5, Jalan Perdana 3, Taman Perdana, 81300 Skudai — 收件人 黄丽华 Wong Lee Hua 📞 016-713 2289
        Nur Aina binti Ahmad (Tingkatan 4 Cempaka, SMK Seri Bintang Utara), KP 080514-14-XXXX — dirujuk kaunselor sekolah kerana kemurungan
    """),
    "mixed": _lines("""
        📱 加我微信同号 1️⃣3️⃣8️⃣0️⃣2️⃣7️⃣1️⃣9️⃣4️⃣6️⃣5️⃣ 吴立伟 Leo（杭州滨江 星光大道二期 3幢 1802）
        Tan 陈 Wei Ming 伟明 · NRIC Ｓ７６０４４１８Ｚ · Blk 115 Bukit Batok West Ave 6 #07-42 · 💬 Tele @tanwm76
        🏡 租房合同乙方：邵文博，电话 ①⑧⑥ ②⑨③⑤ ⑦⑦①⑧，身份证 ５１０１０７１９７９０２２３１８３９
        投稿人：Lina Kwok 郭麗娜 ｜ 📧 lina.kwok [at] ymail [dot] com ｜ 🏠 北角城市花園 8座 22樓 C室
        床号 12   Ahmad bin Salleh   64岁   CKD stage 5，洗肾 Tue/Thu/Sat   家属 012-908 1537
        🛂 Passport E12873641（中国）· 姓名 高翔 GAO XIANG · DOB 1994-05-18 · 签证到期 2027-01-31
        ✅ LINE ID：mei_0825tw ✅ 本名：林美君 ✅ 住 新北市板橋區文化路一段 188 巷 22 號 3 樓 ✅ 生日 1990/08/25
        HKID：Ｐ９１５２６３（Ａ）持有人 周俊傑，正申請綜援，現住深水埗 福榮街 劏房
    """)
    + [
        "| 👤 | 🆔 | ☎️ |\n|---|---|---|\n| Chong Mei Yee 钟美仪 | 010923-14-0314 | +60 11-2741 8856 |",
        "| Recipient 收件人 | Address 地址 | ☎️ |\n|:--|:--|--:|\n| Cheung Ka Yan 張嘉欣 | Flat 7, 9/F, Block B, 樂富邨 Lok Fu Estate | 9861 2034 |",
    ],
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You format messy notes into clean markdown tables."),
        (
            "user",
            "帮我整理成表格：陈思远 13957120486 杭州市上城区近江家园3幢1单元702 身份证330102197203261515",
        ),
        (
            "assistant",
            "| 姓名 | 手机 | 地址 | 身份证 |\n|---|---|---|---|\n"
            "| 陈思远 | 139 5712 0486 | 杭州市上城区近江家园3幢1单元702 | 330102197203261515 |",
        ),
    ],
    [
        ("user", "can you align these columns so they print nicely?"),
        (
            "user",
            "Ho Wing Sze M402719(7) 6398 2140 Mei Foo Sun Chuen Stage 4\n"
            "Ng Chi Keung  6711 0259  (HKID pending)",
        ),
        (
            "assistant",
            "Name           HKID         Phone      Address\n"
            "Ho Wing Sze    M402719(7)   6398 2140  Mei Foo Sun Chuen Stage 4\n"
            "Ng Chi Keung   -            6711 0259  -",
        ),
    ],
    [
        ("user", "nak semak status permohonan rumah mampu milik"),
        ("assistant", "Boleh berikan nombor MyKad pemohon?"),
        ("user", "950222"),
        ("user", "08-5571"),
        ("assistant", "Terima kasih. Nama penuh seperti dalam MyKad?"),
        ("user", "Mohd Hafiz bin Zulkifli, dari Ipoh 🙏"),
    ],
    [
        ("user", "請把下面的資料改成 emoji 條列，給新同事看"),
        (
            "user",
            "客戶：陳冠廷／身分證 B120977344／手機 0921-604-338／地址 台中市北屯區崇德路二段 46 號 9 樓之 2",
        ),
        (
            "assistant",
            "👤 陳冠廷\n🆔 B120977344\n📱 0921-604-338\n🏠 台中市北屯區崇德路二段 46 號 9 樓之 2",
        ),
    ],
    [
        ("system", "You are a teaching assistant for a Secondary 2 form teacher."),
        ("user", "Summarise this into a table for the parent-teacher meeting"),
        (
            "user",
            "| Student | Math | Eng | Notes |\n|---|---|---|---|\n"
            "| Kenneth Yeo | 48 | 62 | ADHD, on Ritalin, sits in front |\n"
            "| Aisha Rahman | 81 | 77 | - |",
        ),
        (
            "assistant",
            "Kenneth Yeo needs support in Math (48); note his ADHD medication when discussing focus. Aisha Rahman is on track.",
        ),
    ],
    [
        ("user", "幫我把全形數字轉成半形"),
        ("assistant", "好的，請貼上要轉換的文字。"),
        ("user", "６２２８ ４８００ １８３９ ２５６６ ５１１　這是我媽 鄧秀英 的農行卡，轉帳用"),
        ("assistant", "6228 4800 1839 2566 511"),
    ],
    [
        ("user", "tolong buat jadual sewa bilik untuk bulan Disember"),
        (
            "assistant",
            "| Bilik | Penyewa | Sewa (RM) | Status |\n|---|---|---|---|\n| A | | 550 | |\n| B | | 480 | |",
        ),
        (
            "user",
            "Bilik A: Hazwan Rosli, 017-394 2261, dah bayar. Bilik B: Mei Ling (Lee Mei Ling), 012-850 7743, belum, dia baru keluar hospital lepas operation appendix",
        ),
    ],
    [
        ("user", "OCR of our badminton group chat, pls extract the attendance list"),
        (
            "user",
            "~ Jason 🏸 +65 9027 3318: in for sat\n~ Kelvin: can't, knee injury\n~ Jason 🏸: btw my NRIC for the booking is S9023718G",
        ),
        ("assistant", "✅ Jason (+65 9027 3318)\n❌ Kelvin — knee injury"),
        ("user", "his full name is Jason Teo Kah Seng if the court booking needs it"),
    ],
    [
        (
            "system",
            "CRM context:\n| 字段 | 值 |\n|---|---|\n| 姓名 | 钱丽 |\n| 会员等级 | 金卡 |\n"
            "| 手机 | 137 0518 2264 |\n| 身份证 | 350203199012122023 |",
        ),
        ("user", "我的积分还有多少？"),
        ("assistant", "钱女士您好，您当前可用积分为 12,860，将于 2026-12-31 过期 3,200 分。"),
    ],
    [
        ("user", "Translate this discharge note into English please"),
        (
            "user",
            "患者 温建华，男，43岁，身份证 420106198309306517，诊断：酒精性肝硬化失代偿期，住址 武汉市武昌区中南路 7 号 3-2-501",
        ),
        (
            "assistant",
            "Patient Wen Jianhua, male, 43, ID 420106198309306517. Diagnosis: decompensated alcoholic cirrhosis. Address: 3-2-501, 7 Zhongnan Rd, Wuchang, Wuhan.",
        ),
    ],
]
