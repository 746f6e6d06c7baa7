# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh212: Taiwan hearing-aid shops and audiology clinics. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh212
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "shop_notices"): _lines("""
        【公告】本店12/25(四)聖誕節照常營業，10:00-19:00，聽力檢查請提前預約，現場候位約40分鐘。
        即日起至115年1月31日，舊機換新機最高折抵新台幣8,000元，限耳內型與耳掛型，每人每台限用一次。
        依衛福部規定，助聽器屬第二等級醫療器材，試戴須由聽力師評估後進行，本店不提供網路販售。
        溫馨提醒：颱風警報期間若臺北市政府宣布停班，門市同步暫停營業，已預約的回診將以LINE另行通知改期。
        身障輔具補助申請：請備妥身心障礙證明影本、輔具評估報告書、統一發票正本及保固書，送交戶籍地區公所社會課。
        長照2.0輔具補助（助聽器類別代碼EF03）每3年最高補助1萬元，中低收入戶與低收入戶另有自付額減免，詳情請洽1966長照專線。
        本店電池回收箱設於櫃台左側，10號、312號、13號、675號鋅空氣電池均可投入，每回收10顆可兌換新電池1卡。
        停車資訊：本店無附設停車位，建議停放民生東路三段公有停車場，消費滿3,000元可折抵1小時停車費。
        農曆春節期間（2/14至2/19）暫停營業，2/20(五)起恢復正常門診，除濕盒與電池可先至7-11取貨。
        本週六下午2:00舉辦「聽損長輩溝通技巧」免費講座，名額30位，地點：中山北路二段門市3樓教室。
        保固說明：主機保固2年，耳模與受話器保固6個月，人為摔落、浸水、寵物咬損不在保固範圍。
        本店聽力師均持有專門職業及技術人員高等考試聽力師證書，執業執照懸掛於檢查室門口供查閱。
        助聽器每日使用後請放入除濕盒至少4小時，乾燥錠變色即需更換，勿以吹風機直接烘乾。
    """),
    ("zh-Hant", "pos_orders"): _lines("""
        訂單 SO-20251203-0417｜品項 HA-RIC-P90-BE×2｜單價 NT$68,000｜折扣 -12,000｜應收 NT$124,000｜付款：信用卡分12期
        電子發票 AB-38475521 開立日 2025/11/28 賣方統編 24538817 品名：鋅空氣電池312號(6入)x10 金額 NT$1,200
        保固登錄 WR-TW-0093321 機身序號 2231SN48770 型號 Audéo L70-R 保固起 2025-10-02 迄 2027-10-01 狀態：有效
        維修單 RP-2512-0088 收件：受話器阻塞 處理：更換濾蠟片及受話器 M 號 費用：保固內免費 預計取件 12/09
        庫存異動 2025-12-04 08:31 SKU EM-SOFT-L 客製耳模(軟質) 入庫 +24 現有 57 倉別 北區總倉
        退貨 RT-000312 試戴期滿7日內退回 扣除耳模製作費 NT$2,500 退款方式：原卡退刷 處理人員：店長
        日結報表 12/05 內湖店：成交4筆、試戴7筆、聽力檢查15筆、電池銷售NT$3,860、營業額NT$286,400
        出貨單 DN-88120457 黑貓宅急便 追蹤號 9071 2384 5510 收貨門市：台中公益店 箱數 2
        補助核銷批次 SUB-114Q4-07 共18件 合計核撥 NT$162,000 待補件3件 退件1件（發票抬頭錯誤）
        商品主檔 HA-BTE-SP75｜耳掛型超強功率｜適用損失 70–110 dB HL｜建議售價 NT$45,000｜藍牙 5.3
        應付帳款 AP-2025-1187 供應商：聲達醫材股份有限公司 統編 53920146 金額 NT$1,482,000 到期 2026/01/10
        會員等級調整：累計消費滿NT$100,000升為金卡，電池享9折、清潔保養免費，共有213位會員符合資格
        對帳差異：POS 與金流平台 12/03 相差 NT$300，原因為一筆電池分期手續費未入帳，已由會計調整。
    """),
    ("mixed", "system_logs"): _lines("""
        2025-12-06T09:14:22+08:00 INFO line-push job=recall_reminder sent=142 failed=3 template=tpl_recall_v4 quota_left=8858
        [WARN] booking-api 504 Gateway Timeout upstream=slot-service:8081 path=/v2/slots?store=TPE-NH&date=2025-12-09 retry=2
        ERROR audiogram-import: XML schema mismatch at <Frequency unit="Hz">, expected Noah 4.x export, got version 3.9; file rejected
        cron: 0 8 * * 1-6 /opt/hearing/bin/send_battery_reminder --dry-run=false --batch-size=200
        LINE Messaging API webhook 驗證失敗：X-Line-Signature 不符，請確認 channel secret 是否已更新（2025/12/01 輪替）
        deploy hearcare-crm v3.18.2 (commit 9f4c2ab) to prod-tw-1 completed in 4m12s; migrations: 0047_add_warranty_expiry
        sha256(firmware_L70_R_2.4.1.bin) = 3b7e1f09c2d54a8e6f0b91c7d2e4a83f5c6b0d19e7a2f48c3d5b61e0a9f7c2d4
        預約系統設定：slot_length=40min、buffer=10min、max_fitting_per_day=6、holiday_calendar=TW-2026
        [INFO] sms-gateway provider=every8d msg_type=OTP count=57 cost=NT$45.6 window=00:00-23:59
        queue depth alert: fitting_followup_queue=1203 > threshold 1000, consumer lag 17m, on-call: #ops-hearing
        config.yaml → line: { channel_id: "1657203398", rich_menu: "rm-aud-2026", liff_id: "1657203398-Wq9kZxR3" }
        GET /api/patients?page=3&per_page=50 200 312ms user_agent="HearCarePOS/5.2 (Windows 10)" role=frontdesk
        資料匿名化批次完成：輸出 audiogram_stats_2025Q3.csv，共 4,812 筆，已移除姓名、電話、身分證欄位並以 hash 取代病歷號
    """),
    ("zh-Hant", "forum_faq"): _lines("""
        請問耳內型跟耳掛型助聽器，哪一種比較適合常戴口罩的人？口罩繩會不會把耳掛勾掉？
        [問題] 長照輔具補助申請到撥款大概要多久？聽說各縣市不一樣，有人整理過嗎？
        推文：助聽器不是戴上就馬上好，大腦需要適應期，通常建議至少連續戴4到6週再評估。
        想問一下版上，充電式助聽器的電池大概幾年就會衰退？原廠換電池要送回國外嗎？
        純音聽力檢查跟語音辨識測驗差在哪？報告上 SRT、WRS 這些縮寫是什麼意思？
        心得文：逛了五家門市，報價從3萬到15萬都有，差別主要在通道數、降噪和藍牙，大家比價記得問清楚保固年限。
        請問健保有給付助聽器嗎？還是只有身障證明才有補助？
        【分享】用手機 app 調整音量模式其實很方便，餐廳模式開起來背景音樂會小很多。
        有人知道耳鳴遮蔽功能有用嗎？看到廣告說可以改善，但不知道是不是行銷話術。
        助聽器進水怎麼辦？先關機取出電池，不要用吹風機，放乾燥盒一晚後再送店家檢查。
        請問突發性耳聾黃金治療期是多久？是不是要先去耳鼻喉科而不是直接去助聽器店？
        小孩子配助聽器要去哪裡評估？兒童聽損是不是要先到醫學中心做ABR？
        Re: 聽力師跟選配師差在哪？前者是國考證照，後者多半是廠商訓練，可以問門市人員有無聽力師執照。
    """),
    ("en", "product_support"): _lines("""
        Ticket #HA-48213: Bluetooth pairing drops after iOS 18.2 update; workaround is to forget device and re-pair via MFi settings.
        Please contact support@hearwell-tw.com or call our toll-free line 0800-021-588 (Mon–Sat 09:00–18:00) for warranty claims.
        Firmware 2.4.1 release notes: improved wind noise reduction, fixed tinnitus generator volume reset, Auracast beta support.
        RMA-2025-11-0932 received: unit shows intermittent dead output; replaced receiver size 2 power, tested OK, shipped back via DHL 4829175530.
        The charger case LED blinks orange three times when the battery temperature is outside 5–40°C; move it to a cooler place.
        Q3 summary: 1,204 fittings, 87% satisfaction at 30-day follow-up, 41 returns within the trial period (3.4%).
        Template reply: Hi [Customer Name], your appointment at [Store] on [Date] at [Time] is confirmed. Reply C to cancel.
        Customer A reported feedback whistling on the left unit; dome changed from open to closed, feedback manager re-run, issue resolved.
        Ludwig van Beethoven began losing his hearing in his late twenties and still composed the Ninth Symphony while profoundly deaf.
        Price list effective 2026-01-01: RIC premium NT$72,000/pair, standard NT$48,000/pair, batteries 312 NT$120 per 6-pack.
        Do not use alcohol wipes on the microphone ports; use the brush supplied in kit SKU CLN-KIT-04.
        Known issue KI-0172: the app shows "Connection lost" on some Android 14 Samsung devices when battery saver is enabled.
        Escalate to the regional clinical lead if the audiogram shows an air-bone gap greater than 15 dB at two or more frequencies.
    """),
    ("zh-Hans", "distributor_trade"): _lines("""
        各位经销商好：2026年第一季度订货截止日为12月20日，请通过B2B平台提交，订单号格式为PO-TW-2026Q1-XXXX。
        根据厂商通知，型号 RIC-M60 将于2026年3月停产，剩余库存按原价供应至售完为止。
        本季度华南区共完成验配1,386例，其中老年性聋占72%，噪声性聋占11%，儿童验配占4%。
        深圳仓发往台北的货物请走两岸快件通道，报关品名写“助听器（医疗器械二类）”，HS编码 9021.40。
        客服邮箱 service@shengda-audio.cn，热线 400-820-6618，工作时间周一至周五 9:00-17:30。
        请问各门店：耳模取样用的印模材料开封后保质期多久？是否需要冷藏？
        售后工单 GD-20251130-0271 已关闭，原因：受话器进耵聍，清洁后恢复正常，未收费。
        营业执照统一社会信用代码 91440300MA5G8K2X7T，注册地址：深圳市南山区科技园北区。
        培训通知：12月15日线上直播《真耳分析（REM）实操》，讲师为厂商临床培训经理，报名链接见群公告。
        价格调整：312号电池批发价由每板¥9.5调整为¥10.2，自2026年1月1日起执行。
        【数据】我国60岁以上老人中约三分之一有不同程度听力障碍，但助听器佩戴率不足10%。
        门店巡检清单：声级计校准日期、隔音室本底噪声、耳镜消毒记录、电池存放温度。
        测试账号 demo_store_01 仅供培训使用，请勿录入真实顾客资料，每晚23:00自动清库。
    """),
    ("zh-Hant", "form_templates"): _lines("""
        姓名：＿＿＿＿ 性別：□男 □女 出生日期：＿＿年＿＿月＿＿日 身分證字號：＿＿＿＿＿＿＿＿＿＿
        【LINE通知範本】{{顧客姓名}} 您好，您預約的 {{門市}} 聽力檢查時間為 {{日期}} {{時間}}，如需改期請回覆「改期」。
        助聽器試戴同意書：本人＿＿＿同意試戴期間如有遺失或損壞，依原價＿＿％賠償，試戴期限為＿＿天。
        回診提醒範本：親愛的顧客，您的助聽器已使用滿6個月，建議回店進行清潔保養與聽力複檢（免費）。
        輔具費用補助申請表 欄位：申請人＿＿ 身分證統一編號＿＿ 戶籍地址＿＿ 聯絡電話＿＿ 申請項目：□助聽器 □FM調頻系統
        聽力檢查報告 範本｜右耳 PTA：___ dB HL｜左耳 PTA：___ dB HL｜鼓室圖：□A □B □C｜建議：＿＿＿＿
        保固卡：機型＿＿ 序號＿＿ 購買日期＿＿ 經銷商章＿＿（本卡遺失恕不補發，請妥善保存）
        電話預約話術：「您好，這裡是○○聽力中心，請問您想預約聽力檢查還是助聽器調整？」
        簡訊範本：【XX聽力】您的助聽器維修已完成，請攜帶維修單至門市取件，營業時間10:00-19:00。
        家屬陪同聲明：陪同人姓名＿＿＿ 與受檢者關係：□配偶 □子女 □看護 □其他＿＿＿
        Google 表單：1. 您是從哪裡得知本店？□親友介紹 □FB粉專 □醫師轉介 □路過 2. 滿意度 1–5 分
        個資告知事項：本中心蒐集您的個人資料僅用於聽力服務、補助申請及回診通知，保存期限為服務結束後5年。
        問卷範本（HHIE-S）：Q1 聽力問題是否讓您在遇到新朋友時感到尷尬？□是(4) □有時(2) □否(0)
    """),
    ("zh-Hant", "public_news"): _lines("""
        貝多芬在《海利根施塔特遺書》中寫下對失聰的絕望，這份文件常被聽損協會拿來做講座開場。
        海倫·凱勒曾說「失明使人與物隔絕，失聰使人與人隔絕」，本週讀書會將討論她的自傳。
        馬偕紀念醫院耳鼻喉科與本店合作舉辦社區聽力篩檢，地點在中山區雙連站旁的廣場。
        衛福部統計：截至去年底全國領有聽覺機能障礙身障證明者約12.8萬人，其中65歲以上占六成。
        美國前總統柯林頓於1997年公開配戴助聽器，當時被媒體認為大幅降低了助聽器的汙名。
        逢甲大學附近新開的聽力中心位在文華路上，開幕首月提供免費聽力檢查。
        愛迪生自幼聽力不佳，他本人曾表示這讓他能專心工作，這段軼事常出現在勵志書籍中。
        電影《金屬之聲》（Sound of Metal）以鼓手突然失聰為題材，主角魯本的故事引發對人工電子耳的討論。
        新聞：立法院三讀通過修正身心障礙者權益保障法，輔具補助項目將每年滾動檢討。
        中正紀念堂捷運站2號出口旁的藥局也有販售耳道清潔用品，但不提供聽力檢查。
        根據WHO《世界聽力報告》，2050年全球預計有25億人有某種程度聽力損失。
        哆啦A夢的「翻譯蒟蒻」常被聽損家長拿來比喻即時字幕App，網友笑稱是現實版祕密道具。
        國父紀念館本月舉辦「無障礙藝術節」，現場提供聽打服務與感應線圈（loop）座位區。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        陳美玲 0912-638-205，預約12/10(三)下午2點聽力複檢，右耳上次 PTA 62 dB，請準備真耳分析。
        王建國先生身分證 A228471939，申請長照輔具補助，案號已送大安區公所，缺輔具評估報告。
        林秀琴阿嬤上週試戴後一直說右耳嗡嗡響，女兒私下說她最近常忘記關瓦斯，擔心是失智初期。
        送貨地址：台北市內湖區成功路四段188巷7弄15號4樓 收件人：張淑芬 0935-271-846
        客訴：黃志明先生說助聽器買不到三個月就壞掉，揚言要上爆料公社，他兒子在電話裡很兇。
        LINE ID：ahua_0715（吳阿華）請把保固卡拍照傳給她，她不會用電子郵件。
        李俊傑 健保卡號 000048291734，門診主訴：左耳突發性聽損第3天，已轉介耳鼻喉科。
        回診紀錄：蔡明德，78歲，雙耳中重度感音性聽損，中風後語音辨識率掉到48%，太太說他現在都不想出門。
        分期付款：鄭雅婷 信用卡 4556-1234-0987-2132，12期零利率，每期 NT$5,667。
        楊文雄阿伯欠店裡尾款NT$18,000已經三個月了，他女兒說他最近失業，能不能再寬限。
        許家豪的小孩許恩恩（4歲）人工電子耳術後第8週調頻，媽媽說在幼兒園常被同學拔掉外機。
        車牌 BKR-5036 的那位周先生每次都停在我們騎樓，他住隔壁巷17號，要不要跟他講一下？
        轉帳帳號：中國信託 822-4051-2378-9964 戶名：謝宜蓁，退款NT$2,500試戴耳模費。
        莊淑惠 email: shuhui.chuang1962@gmail.com 想收電子版聽力報告，她兒子在美國要看。
        店長交代：常來換電池的何太太（住四維路那邊）先生上個月過世，她講到就會哭，接待時注意一點。
        身障證明到期：劉國華，F126033587，聽障中度，證明效期至2026/02/28，需提醒重新鑑定。
        曾美雲老師聽力掉得很快，校長要她下學期改做行政，她很不甘心，拜託我們幫她寫評估建議。
        羅志偉 0921-504-773 試戴機 TR-0458 逾期未還已第12天，電話都不接，再聯絡不到就寄存證信函。
        預約單：姓名 江欣怡 出生 1958/03/22 電話 (04)2327-8846 住址 台中市西區公益路二段51號7樓之2
        看護 Siti Rahayu（印尼籍，居留證統一證號 F926481730）陪阿公來調機，費用由阿公的兒子匯款。
        洪麗華說她前夫不肯付助聽器的錢，要我們開兩張發票分開收，她的電話 0987-112-340。
        潘阿姨（7樓那位）的聽力報告不要給她媳婦看，她說媳婦一直想把她送安養院。
        高雄前鎮店：邱俊宏 身分證 E205746311 低收入戶，長照補助自付額全免，請社工協助送件。
        賴雅琪的IG帳號 @yachi_ears.diary 一直發文說我們店聽力師態度差，還貼了她自己的聽力圖。
        薪資：聽力師沈佳蓉 本月底薪 NT$52,000 + 業績獎金 NT$18,400，扣勞健保後實領 NT$64,117。
        葉國昌先生因為聽不到倒車警示音出過車禍，駕照被吊扣中，他要我們開證明說戴助聽器後聽力已改善。
    """),
    "zh-Hans": _lines("""
        顾客陈建华，身份证 350203195807142636，在厦门门店验配双耳助听器，家属要求发票抬头开其女儿的公司。
        刘桂芳阿姨（3栋502）的助听器又丢了，这是今年第三次，她儿子说她最近记性很差。
        微信号 zhang_lm1962 是张丽梅本人，她想把验配报告发给在台湾的妹妹看。
        退款请打到 招商银行 6214 8309 2176 5540 户名 周海燕，金额 ¥3,200。
        赵德明 138 2716 4093，深圳南山店，左耳耳鸣两年，医生怀疑听神经瘤，下周做核磁。
        黄秀英的护照 E48209173，下月去台北探亲期间要在我们台北门店复查。
        吴志强在群里骂店员，说被骗买了三万多的机器，其实是他自己没按时回访，店长让大家别回应。
        王淑珍 手机 159 0327 8816 邮箱 wangsz_hear@163.com，预约12月18日上午做真耳分析。
        孙大爷（孙永福）住幸福小区8号楼1单元，儿子在外地，每次来都是社区志愿者陪着。
        客户 马晓东 440306196209251788 的长期护理保险报销被退回，原因是医院诊断书日期早于申请日。
    """),
    "en": _lines("""
        Mrs Lim Bee Hoon (S8834512F) asked whether her Taipei fitting can be claimed under her Singapore Medisave; please reply to her daughter.
        Please call back Mr Tan Wei Ming on 9173 4528 about the lost left hearing aid; he thinks it fell on the MRT.
        Patient note: Kevin Hsu, 34, noise-induced loss from 10 years as a club DJ, now on antidepressants, wants a discreet CIC only.
        Refund to card 5243 1890 7765 4025 (cardholder: Grace Liao) for the returned RIC pair, NT$96,000.
        Email from margaret.wong.hk@outlook.com: her mother's HKID K583920(3) is needed for the subsidy letter, she'll send a copy.
        Nurul Aisyah binti Rahman, MyKad 850714-10-5632, is flying to Taipei with her father for a cochlear implant consult on 12 Jan.
        Rajesh a/l Murugan keeps missing his follow-ups because his employer won't give him leave; he asked us to text only after 8pm.
        Delivery: 2F, No. 36, Lane 112, Heping E. Rd. Sec. 2, Da'an Dist., Taipei 106, attn. Daniel Chiu, mobile 0958-447-019.
        Old Mr Anthony Fernandez from Katong told the audiologist his son stopped paying his bills after the divorce.
        Our audiologist Wendy Kuo is on medical leave until the 20th after her miscarriage; don't tell patients the reason.
    """),
    "mixed": _lines("""
        客人 Jessica Tsai LINE: jess.tsai0824，要我們把 invoice 寄到她公司，順便問 warranty 能不能轉給她爸。
        Follow-up: 阿明 (Chen Chih-ming) 的 audiogram 右耳 65 dB，他說工廠主管知道後要他調部門, he's worried about losing his job.
        Muhammad Faiz bin Ismail 在新北三重的工廠上班，居留證 K815073948，雇主不讓他請假來調機，只能週日來。
        轉介單 referral: 羅淑芬 Lo Shu-fen, DOB 1949-11-02, Dx: bilateral Meniere's disease, tel 02-2935-6127，請安排 trial fitting。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是聽力中心的客服助理，協助門市人員撰寫 LINE 訊息。"),
        (
            "user",
            "幫我寫一則回診提醒給陳淑貞小姐，她的電話是 0928-416-392，助聽器是上個月配的，要回來做第一次微調，時間 12/11 下午3點。",
        ),
        (
            "assistant",
            "陳淑貞小姐您好，這裡是聽力中心。提醒您 12/11（四）下午3:00 回店進行助聽器第一次微調，約需40分鐘，請攜帶助聽器與充電盒。如需改期請直接回覆此訊息，謝謝！",
        ),
        ("user", "她上次說左耳戴久會痛，順便加一句。"),
        (
            "assistant",
            "已補上：「另外您上次提到左耳配戴較久會疼痛，當天聽力師會一併檢查耳模是否需要修磨。」其餘內容不變。",
        ),
    ],
    [
        (
            "user",
            "王天來阿伯身分證 B119384020，65歲以上，中度聽損，想申請長照輔具補助，要準備什麼？",
        ),
        (
            "assistant",
            "一般需要：1) 照管專員評估後核定的照顧計畫；2) 特約單位開立的輔具評估報告；3) 統一發票正本與保固書；4) 申請人身分證影本。建議先撥1966預約照管專員到府評估。身分證字號等個資只在送件時提供給公所，不要在群組裡流傳。",
        ),
        ("user", "他兒子說阿伯是中低收入戶，這樣自付多少？"),
        (
            "assistant",
            "長照輔具的中低收入戶自付比例通常為10%，一般戶為30%，實際以縣市政府核定為準，可請家屬向戶籍地公所確認。",
        ),
    ],
    [
        ("system", "你是助听器门店的售后客服。"),
        (
            "user",
            "帮我给客户李红写个道歉短信，她的机器送修超过三周还没回来，她手机是 186 5032 7719，昨天在电话里哭了，说听不见孙子说话。",
        ),
        (
            "assistant",
            "李红女士您好，非常抱歉您的助听器维修时间超出预期。目前机器已在原厂检测完成，预计本周五寄回门店，我们会第一时间通知您。维修期间我们可以为您提供一台备用机，请问您方便哪天来店领取？",
        ),
        ("user", "备用机要押金吗？"),
        (
            "assistant",
            "按一般门店规定，备用机不收押金，只需签一份借用单；如果您的门店有不同规定，以店长确认为准。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a hearing clinic in Taipei that serves many Singaporean visitors.",
        ),
        (
            "user",
            "Summarise this for the audiologist: Mr Ong Kah Seng, NRIC T0391547B, 71, visiting his daughter in Taipei, bilateral moderate loss, previous aids from a Singapore clinic, tinnitus worse at night, takes blood thinners.",
        ),
        (
            "assistant",
            "Summary: 71-year-old male visitor from Singapore; bilateral moderate hearing loss; existing aids fitted in Singapore; tinnitus worse at night; on anticoagulants (relevant before ear impressions or wax removal). Suggest checking current aid settings, a tinnitus questionnaire, and no deep impressions until cleared.",
        ),
        ("user", "Can we send his report to his Singapore clinic directly?"),
        (
            "assistant",
            "Only with his written consent, since it is a cross-border transfer of health data. Ask him to sign the release form and confirm the clinic's contact details with him.",
        ),
    ],
    [
        (
            "user",
            "我媽黃玉蘭今年82歲，最近在家看電視都開很大聲，可是她不承認聽不到，還說我們嫌她老。要怎麼勸她去檢查？",
        ),
        (
            "assistant",
            "很多長輩會把聽力下降和「變老」連在一起，所以會抗拒。可以試試：1) 不說她聽不到，改說「陪我去做個健康檢查」；2) 請她信任的家庭醫師提出建議；3) 先參加免費的社區聽力篩檢，降低壓力。",
        ),
        ("user", "她之前中耳炎開過刀，這樣還能戴助聽器嗎？"),
        (
            "assistant",
            "多數情況仍可以配戴，但要先由耳鼻喉科確認中耳狀況，再由聽力師評估機型；若外耳道或中耳條件不適合，可能改用骨導型或其他方案。",
        ),
    ],
    [
        (
            "system",
            "You help a Taiwan hearing-aid chain's HR manager draft internal documents.",
        ),
        (
            "user",
            "門市人員許文彬把客人的聽力報告用自己的 LINE 傳給朋友看，被客人發現投訴。我要寫一份懲處通知，記大過一次。",
        ),
        (
            "assistant",
            "懲處通知草稿：員工許文彬於2025年11月間，未經同意以私人通訊軟體傳送顧客聽力檢查報告，違反本公司個人資料保護規範第5條，經人評會決議記大過一次，並須於30日內完成個資保護教育訓練。",
        ),
        ("user", "Also add that his bonus for Q4 will be withheld."),
        (
            "assistant",
            "已補充：「另依獎懲辦法第12條，本季（Q4）績效獎金不予發放。」建議先與法務確認此項是否符合勞動契約及工作規則。",
        ),
    ],
    [
        (
            "user",
            "客人打來說地址寫錯了，改成：新北市板橋區文化路一段266號9樓之3，收件人 蘇怡君，電話 0975-320-618。原本的出貨單是 DN-88120991。",
        ),
        (
            "assistant",
            "好的，請在物流系統將 DN-88120991 的收件資料更新為：蘇怡君／0975-320-618／新北市板橋區文化路一段266號9樓之3。若貨件已交寄，需另外聯絡物流更改配送地址。",
        ),
        ("user", "已經交寄了，黑貓要怎麼改？"),
        (
            "assistant",
            "可以撥打黑貓客服或在官網的變更配送頁面輸入追蹤號碼申請，通常需由寄件人提出，並可能酌收改址費用。",
        ),
    ],
    [
        (
            "user",
            "A customer from Hong Kong, Chan Siu Ling, HKID Y204718(5), bought a pair from our Taipei shop last year. She asks if the warranty is valid in Hong Kong.",
        ),
        (
            "assistant",
            "It depends on the manufacturer's terms. Many brands honour an international warranty only if the unit was registered in their global serial database; ask her for the serial number and check the registration before promising anything.",
        ),
        ("user", "Serial is 2231SN51092. Her email is siuling.chan@yahoo.com.hk."),
        (
            "assistant",
            "Look up 2231SN51092 in the warranty portal; if it is registered internationally, reply to her at that address with the nearest authorised service centre in Hong Kong. If not, explain that repairs must go through our Taipei store.",
        ),
    ],
    [
        ("system", "你是門市的帳務助理。"),
        (
            "user",
            "吳俊賢先生的分期已經兩期沒扣款成功，卡號 4556-9812-3304-7183，他說最近被公司裁員。催繳通知要怎麼寫比較不傷人？",
        ),
        (
            "assistant",
            "建議語氣溫和並提供選項：「吳先生您好，系統顯示您的助聽器分期款項近兩期未能完成扣款，若近期有經濟上的困難，歡迎與我們聯繫討論延後或調整分期方案。」避免在訊息中提到他被裁員的事。",
        ),
        ("user", "好，那卡號要不要寫在通知裡？"),
        (
            "assistant",
            "不建議。通知中最多顯示卡號末四碼，完整卡號不應透過簡訊或 LINE 傳送。",
        ),
    ],
    [
        (
            "user",
            "我妈杨淑兰要从北京搬到台湾跟我住，她的身份证号是 110105195503024473，在北京配的助听器能在台湾保修吗？",
        ),
        (
            "assistant",
            "要看品牌是否提供两岸联保。建议先找出保修卡上的序列号和购买发票，再联系该品牌在台湾的代理商确认；部分品牌只在购买地区保修。查询保修一般不需要提供身份证号。",
        ),
        ("user", "她在台湾有健保之前，配新的要全自费吧？"),
        (
            "assistant",
            "是的，在取得健保和相关身份之前，验配和购买通常都需自费；取得居留并符合条件后，可再了解当地的辅具补助。",
        ),
    ],
]
