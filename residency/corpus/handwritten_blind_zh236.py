# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh236: Taiwan tattoo, piercing and nail studios (bookings, designs, consent, aftercare, disputes, IG DMs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh236
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "booking_log"): _lines("""
        預約單號 BK-20261108-0417｜日期 2026/11/14 (六) 14:00–17:00｜項目：前臂黑灰寫實｜訂金 NT$2,000 已收（轉帳末五碼已核對）｜狀態：已確認
        【系統通知】您的預約 BK-20261121-0032 已改期至 12/03 11:30，如需再次更改請於 48 小時前透過官方 LINE @inkhouse_tw 告知。
        11/16 班表：A 室 刺青主理人 10:00–19:00；B 室 穿孔師 13:00–21:00；美甲區 2 位技師輪班，櫃台由值班店長負責。
        今日未到（no-show）共 3 筆：BK-20261116-0008、BK-20261116-0011、BK-20261116-0019，訂金依規定不退。
        預約系統 v3.8.2 更新：新增「穿孔尺寸」欄位（14G/16G/18G），美甲預約可勾選「卸甲」加價 NT$300。
        週六下午美甲 3 個時段已滿，下一個可預約空檔為 12/07 15:30 或 12/09 10:00。
        匯出 bookings_2026-11.csv：共 412 筆，刺青 138、穿孔 97、美甲 177；取消率 6.8%。
        改期規則：第一次免費，第二次起每次扣訂金 NT$500；開工前 24 小時內取消訂金全數不退。
        櫃台交班：BK-20261119-0101 客人要求加做耳骨 Helix 一孔，已加收 NT$800，收據號 RC-58213 待補開。
        預約表單欄位：姓名｜手機｜生日｜LINE ID｜想刺的部位｜尺寸（公分）｜參考圖上傳｜是否有過敏史
        跨年檔期預約開放時間：12/01 (一) 中午 12:00 準時開放，名額 40 組，額滿即止。
        系統自動提醒已於 09:00 發送 27 則簡訊，失敗 2 則（號碼格式錯誤），請櫃台人工補發。
        候補名單：12/20 14:00 刺青時段目前候補第 4 順位，有人取消會依序通知。
    """),
    ("zh-Hant", "consent_form"): _lines("""
        刺青同意書（範本）：本人＿＿＿＿（身分證字號：＿＿＿＿＿＿＿＿＿＿）已年滿十八歲，了解刺青為永久性皮膚處理，並自願接受施作。
        未滿 18 歲者須由法定代理人陪同，並出示雙證件正本；代理人簽名欄：＿＿＿＿＿　關係：＿＿＿
        健康聲明：□ 糖尿病 □ 蟹足腫體質 □ 凝血功能異常 □ 懷孕或哺乳中 □ 正在服用抗凝血劑 □ 以上皆無
        穿孔同意書第 3 條：初次使用之飾品材質為植入級鈦（ASTM F136），如客人自備飾品，本店不負過敏責任。
        美甲服務條款：凝膠指甲 7 日內非人為脫落可免費補修一次，超過 7 日或自行剝除者不在保固範圍。
        同意書電子版欄位 {customer_name}、{id_last4}、{birth_date}、{signature_png} 由平板簽署後自動存檔，保存 5 年。
        依衛生局規定，所有器械皆經高壓蒸氣滅菌（121°C、15 分鐘），滅菌批號記錄於同意書背面。
        本人同意工作室於作品完成後拍攝照片供作品集使用：□ 同意（不露臉） □ 同意（可露臉） □ 不同意
        肖像授權範本：授權人＿＿＿＿於民國＿＿＿年＿＿月＿＿日同意本店將其刺青作品照刊登於 Instagram 與官網。
        注意：同意書正本一式兩份，一份由店家留存，一份交由客人帶回；影本不得作為簽署依據。
        若施作中途要求停止，已完成部分依時計費（每小時 NT$3,000），訂金不退還。
        Consent form v2.4（中英對照）Section 5: I confirm that I am not under the influence of alcohol or drugs. 本人確認施作前 24 小時未飲酒或使用藥物。
        版本紀錄：consent_tattoo_v2.4.pdf（2026-03-01 修訂，依《消費者保護法》第 11 條調整定型化契約條款）
    """),
    ("zh-Hant", "aftercare"): _lines("""
        刺青術後第 1–3 天：每天用無香料的中性肥皂清洗 2–3 次，拍乾後薄擦一層修護膏，不要包保鮮膜超過 4 小時。
        術後兩週內避免泡澡、游泳、三溫暖，也別去海邊；淋浴可以，但不要用熱水直沖。
        結痂會癢是正常的，千萬不要抓或撕，可以輕拍；若出現化膿、發燒或紅腫持續擴大，請就醫。
        耳骨穿孔癒合期約 6–12 個月，睡覺時盡量不要壓到穿孔那側，可以用中間有洞的旅行枕。
        舌環穿孔後 2 週內避免吃辣、喝酒、抽菸，可以含冰塊消腫；第 3–4 週回店換短桿。
        生理食鹽水濕敷：每日 2 次，每次 5 分鐘，請用單次包裝的 0.9% 生理食鹽水，不要自己調鹽水。
        美甲後 24 小時內避免長時間泡熱水，光療後指緣乾燥請每天擦指緣油 1–2 次。
        修護膏推薦成分：泛醇、積雪草；避免凡士林比例過高的產品，會悶住傷口。
        補色服務：刺青完成後 1–3 個月內可免費補色一次（限小面積，不含自然褪色或保養不當）。
        肚臍環穿孔請避免穿高腰褲壓迫，健身房腹部訓練建議暫停 4 週。
        照護小卡 QR code 連結：https://inkhouse.tw/aftercare?lang=zh-TW&v=5
        如有任何疑問，請於營業時間（13:00–21:00）撥打工作室專線 02-2775-3180 或私訊官方 IG。
        穿孔周圍出現「肉芽」（小紅點凸起）多半是被摩擦刺激，請先檢查飾品長度，不要自行擠壓。
    """),
    ("zh-Hant", "ig_post"): _lines("""
        🔥 12 月 Flash Day 🔥 全部圖案 NT$1,500 起，現場抽號碼牌，12/14 (日) 12:00 開始，發完為止 #台北刺青 #flashday
        新作分享｜鬼滅之刃 竈門炭治郎 花札耳飾 + 水之呼吸浪紋，小腿外側，約 5 小時完成 #動漫刺青
        向傳統致敬：水滸傳「九紋龍」史進全背，歌川國芳版畫風重新詮釋，分 8 次完成。
        貓咪主題美甲 🐱 奶茶色漸層 + 手繪橘貓，單色 NT$1,200、手繪每指 +NT$150，私訊預約～
        很多人拿周杰倫〈青花瓷〉MV 截圖來問，這款青花瓷紋樣指甲我們做得出來 💙 #青花瓷美甲
        店休公告：12/24–12/26 員工旅遊，期間 IG 私訊會延遲回覆，急件請撥店內電話。
        穿孔小教室 #3：為什麼初次穿孔不能戴銀飾？因為 925 銀容易氧化，會讓傷口發炎變黑。
        恭喜本店主理人入圍 2026 台北國際刺青藝術展「最佳黑灰寫實」決選 🎉 感謝大家支持！
        抽獎活動：追蹤 @inkhouse.tw、按讚此貼文、標記 2 位朋友，12/10 晚上 9 點直播抽出 3 位送美甲體驗券。
        致敬齊天大聖孫悟空 🐒 七十二變系列 flash，共 6 款可選，尺寸 8–12 cm。
        限動問答整理：Q 刺青會很痛嗎？A 看部位，肋骨、腳背、手肘內側最痛；前臂外側相對友善。
        店址：台北市大安區忠孝東路四段 216 巷 27 弄 8 號 2F（捷運忠孝敦化站 3 號出口步行 4 分鐘）
        本週末參加台中刺青大會，與泰國 Sak Yant 傳統工藝師交流，攤位編號 C-17，歡迎來找我們玩！
    """),
    ("en", "studio_ops"): _lines("""
        PO-2026-0871: 20 x Titanium labret 16G 8mm (SKU TI-LAB-16-08), 10 x Clicker 14G 10mm (SKU TI-CLK-14-10), total USD 486.40
        Autoclave cycle log #A2-3391 | 121°C | 15 min | 1.1 bar | spore test PASS | operator: duty piercer
        Invoice INV-TW-2026-11-0093, seller tax ID 24536806, amount NT$18,900 incl. 5% VAT, due 2026-12-15
        Stock alert: Dynamic Black 8oz below reorder point (2 left); Lining Black batch EL-24117 expires 2027-03.
        config.yaml -> booking: {deposit_twd: 2000, reminder_hours: [48, 24, 2], max_reschedules: 1}
        Needle cartridge usage Nov: 3RL x 214, 7RM x 96, 11RM x 58, 1203RL x 40. Waste rate 3.2%.
        Order #IH-55820 shipped via Black Cat (T-Cat), tracking 9024 1187 3365, ETA 2 business days.
        sha256(consent_tattoo_v2.4.pdf) = 3f9a0c7e51b2d4469e8f17c2a05b6de3c18f09a7b4e25d61c0f8a93e7d21b564
        POS export 2026-11-30: 58 transactions, card 31, LINE Pay 17, cash 10; gross NT$214,650.
        Health inspection certificate No. TPE-HB-2026-04418 valid until 2027-06-30, displayed at the front desk.
        Gel polish restock: GelColor Big Apple Red x6, DG-118 x4, base coat 15ml x12, top coat no-wipe x8.
        Please send supplier quotes to purchasing@inkhouse.tw; for booking issues contact booking@inkhouse.tw.
        Release notes v3.8.2: fixed a timezone bug (Asia/Taipei) where 00:30 bookings showed on the previous day.
    """),
    ("zh-Hans", "visitor_faq"): _lines("""
        请问台北有没有可以用支付宝付款的纹身店？我下个月去台湾自由行，想纹一个小图。
        陆客在台湾纹身需要带什么证件？台胞证可以吗还是要护照？
        穿耳骨一般要多少钱？钛钉和医用钢有什么区别？
        美甲店的“延长甲”和“穿戴甲”哪个更适合旅行？我只待5天。
        纹身后坐飞机会不会有影响？回程航班是术后第3天。
        小红书上说台湾纹身师不收定金的是不是都不靠谱？
        在台湾做的纹身回大陆后补色，国内的店一般收费多少？
        做完舌钉能不能吃麻辣火锅？听说要忌口一个月。
        台湾的纹身店一般营业到几点？晚上9点以后还有没有？
        有没有做“哪吒闹海”主题的纹身店推荐？想纹在后背。
        新台币 3000 大概是人民币多少？纹一个10厘米的图够吗？
        客服工作时间：周一至周日 13:00–21:00，微信咨询请添加企业号 InkHouse_TW（非个人号）。
        孕期能不能做美甲？光疗灯的紫外线对胎儿有没有影响？
    """),
    ("mixed", "dispute_ticket"): _lines("""
        Ticket #CS-2026-1187｜Customer A 反映刺青線條暈開（blowout），主理人評估為皮膚較薄區域，提供免費修補一次，case closed.
        消保會統計：2025 年全台刺青美容類申訴 142 件，其中訂金爭議 61 件、術後感染 23 件。
        Ticket #CS-2026-1203 — 客人 B 表示穿孔後耳垂腫脹，已建議就醫並提供飾品材質證明（ASTM F136 mill cert）。
        Google 評論 1 星（匿名）：「等了 40 分鐘才開始」→ 回覆範本：非常抱歉讓您久候，我們已調整預約間隔為 30 分鐘。
        Chargeback notice: transaction ref 7731-0092-4415, amount NT$6,000, reason code 13.1 (services not provided). Response due in 10 days.
        內部 SOP：客訴 24 小時內首次回覆，72 小時內提出處理方案；涉及醫療問題一律建議就醫，不做診斷。
        本季退款 9 筆，總額 NT$21,500；主因為美甲脫落（5 筆）與刺青改期爭議（3 筆）。
        Dispute template: Dear {customer}, we're sorry to hear about {issue}. Please reply with photos taken on {date} so our {role} can review.
        法律顧問意見：依民法第 249 條，定金具違約金性質，但金額過高時法院得酌減。
        Ticket #CS-2026-1240 escalated to 店長；IG 私訊截圖已存 Google Drive /disputes/2026-Q4/CS-1240/
        案例分享（已去識別化）：某客人於術後第 5 天去泡溫泉造成感染，最後自行負擔醫療費用。
        Review reply draft: Thanks for the feedback! Our aftercare sheet (v5) now includes a bold warning about swimming pools.
        調解通知 北市消調字第 1150389 號，調解時間 2026/12/18 10:00，本店由店長出席。
    """),
    ("zh-Hant", "design_notes"): _lines("""
        設計稿 D-0417 v3：日式牡丹 + 錦鯉，尺寸 25×15 cm，線條改細 0.2 mm，背景風雲改淡。
        參考圖：葛飾北齋《神奈川沖浪裏》的浪花，改成直式構圖放在上臂。
        草稿檔名 sketch_dragon_v5_final_FINAL2.procreate，已匯出 PNG 3000×4000 px。
        字體刺青提醒：英文字母最小建議 0.8 cm 高，避免 5 年後暈開看不清楚。
        客製化流程：諮詢 → 草稿（7 個工作天）→ 修改 2 次免費 → 定稿 → 預約施作；第 3 次修改起每次 NT$500。
        麥可喬丹 23 號球衣 + 公牛隊 logo 的需求，需告知客人商標圖樣僅供個人使用。
        媽祖與千里眼、順風耳三聯構圖，配色參考大甲鎮瀾宮的廟壁彩繪。
        色票：主色 Pantone 18-1664 TCX、陰影 60% 灰；美甲同步出 4 指配色版。
        線稿轉印紙型號 Spirit Classic 8.5×11，列印前記得鏡像翻轉。
        著作權聲明：本店所有原創設計稿著作權歸工作室所有，未經同意不得轉給其他店家施作。
        三毛《撒哈拉的故事》裡的一句話做手寫體，約 6 cm，放手腕內側。
        美甲設計：霧面黑底 + 金箔 + 手繪符咒字樣，靈感來自《咒術迴戰》。
        穿孔配置圖（curated ear）：耳垂 ×2、Conch ×1、Helix ×2、Tragus ×1，總價 NT$5,400 含飾品。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        預約單 BK-20261115-0221｜客人：林佳蓉｜手機 0912-483-576｜項目：鎖骨英文字｜訂金已匯
        同意書掃描：姓名 陳冠宇，身分證字號 A123847566，生日 1999/04/17，過敏史：無。
        櫃台備註：黃詩涵小姐說她是蟹足腫體質，上次在別家刺完鎖骨長了一條疤，這次要先試小面積。
        IG私訊 @yuting_0823 說她做完耳骨第三天就腫起來，要求退費，店長說先請她去看皮膚科。
        退訂金請匯回：中國信託（822）帳號 4029-8173-0415，戶名 吳承翰。
        張雅婷的媽媽打電話來說女兒才 17 歲，問為什麼我們讓她穿舌環，說要來店裡理論。
        美甲區王小姐（住永和中正路那位，常做法式）這個月又欠 NT$2,400 沒付，說月底發薪再給。
        客人蔡宗翰的機車停在騎樓被檢舉，車牌 MKR-3672，請他下次停到巷口停車格。
        寄送設計稿到 huang.peiling88@gmail.com，客人黃珮玲，預計 12/9 下午兩點來。
        助理傳話：「許家豪那個全背做到第 4 次就沒出現了，LINE 也已讀不回，還欠尾款 1 萬 2。」
        發票寄送地址：新北市板橋區文化路二段 182 巷 9 號 5 樓 郭怡君 收
        客人鄭宇翔說他在吃抗凝血劑（心臟裝過支架），刺青前一定要先問過他的心臟科醫師。
        同意書附件：法定代理人 李美惠（母），身分證 F227509135，連絡電話 0928-761-305。
        穿孔紀錄：劉欣怡 乳頭穿孔 ×2，14G 鈦桿 16mm，她說是分手後想重新開始。
        IG 私訊：「我是 3 號那天做美甲的 Vivian 謝，指甲全部翹起來了，LINE ID: vivi_hsieh77 加我一下」
        糾紛紀錄：客人周柏宏聲稱刺青導致蜂窩性組織炎住院 3 天，要求賠償醫藥費 NT$38,000。
        那個常來做美甲的楊太太，老公好像外遇了，她今天一邊做一邊哭，說要離婚。
        會員資料：廖思妤｜生日 1996/11/02｜LINE：siyu.liao｜累計消費 NT$27,600｜偏好：短甲、裸色
        施作紀錄：彭子軒 右前臂遮蓋舊刺青（前女友的名字），他要求完全蓋掉、不要留痕跡。
        轉帳核對：0917-256-880 邱小姐 匯款 NT$2,000，末五碼 38214，對應預約 BK-20261202-0044。
        老客人「秀蘭姨」住在店對面 3 樓，她孫女下週六要來穿耳洞，記得幫她留時段。
        薪資單：駐店師傅 曾柏翰 11 月抽成 NT$86,400，扣勞健保後實領 NT$81,237。
        店長的朋友洪志明，白色 Altis 車牌 RDV-7315，每週三借停後院，請不要擋到。
        外籍客人護照影本：NGUYEN THI HOA，越南護照 C4827193，在台工作，預約 12/11 美甲。
    """),
    "zh-Hans": _lines("""
        客人资料：赵雨桐，身份证号 350203199408213212，手机 138 2617 4093，来台自由行，预约 12/08 纹身。
        微信号 lina_0611zhou 的周丽娜说在台北纹的图回上海后发炎了，要求店里承担医药费。
        陈阿姨（住 5 栋 1203 的那位）又来问能不能帮她外孙女穿耳洞，她说女儿不同意。
        请把退款打到招商银行卡 6225 8801 4372 9151，户名 孙浩然。
        客户 刘子涵 手机 15921873046，快递地址：上海市徐汇区漕溪北路 398 弄 12 号 602 室
        美甲师小吴上个月流产了，这周请假，请大家别在群里问她。
        香港客人 何嘉欣 HKID Y482915(6)，预约 12 月 20 日下午纹小腿。
        马来西亚客人 林美玲 MyKad 950314-14-5582，手机 012-738 4165，下次来台再补色。
        纹身师说高文杰背上那块是为了遮住小时候烫伤的疤，他不想让别人知道。
        邮箱 yang.shuyi1993@163.com 的客户杨舒怡投诉穿孔后耳垂增生，要求全额退款。
    """),
    "en": _lines("""
        Booking BK-20261130-0087 for Jasmine Tan Hui Min, NRIC S9614827E, +65 9183 2746, flying in from Singapore on 28 Nov.
        Chargeback filed by cardholder Daniel Wong, card 4532 1088 7461 3029, disputing the NT$6,000 deposit.
        Aftercare follow-up: Marcus D'Cruz said his forearm piece is weeping and he has a fever; we told him to see a doctor today.
        IG DM from @kavitha.rajoo: "Hi, I'm the one who got the septum done last Sat, can I get a refund? My dad saw it and kicked me out."
        Email from priya.nair.sg@outlook.com about a lost copy of her consent form, she needs it for an insurance claim.
        Walk-in: Nur Syafiqah binti Azman, MyKad 010725-10-2386, wants a small crescent moon behind the ear; said her family must not know.
        Ravi s/o Subramaniam (FIN G7358214N) paid NT$4,500 cash for a cover-up and asked for no receipt.
        Staff note: Kevin Lim (front desk) got a written warning on 3 Dec for giving a client's number to his friend.
        Ship the replacement titanium hoop to Emily Chua, 27 Jalan SS 2/24, 47300 Petaling Jaya, Selangor.
        Client Hannah Lee told the piercer she is pregnant and asked us to remove her navel ring; please note it on her file.
    """),
    "mixed": _lines("""
        客人 Chloe 陳 (IG: @chloe.chen.ink) 說她的 gel nails 3 天就 peel off，要求 redo，LINE 電話 0936-412-858
        Refund NT$2,000 to 玉山銀行 (808) acct 0512-940-187364，戶名 賴冠廷，ref BK-20261104-0129
        HK walk-in: Wong Ka Man 黃嘉敏, HKID K730461(7), mobile 6428 1937，想在 Helix 穿兩個孔
        老客人 Auntie Mei（住店樓上 4F-2 那位）昨天在樓梯 slip and fall，今天美甲 cancel 了，記得送水果過去。
        Follow-up：Jason 蔡 claimed 我們 overcharged，他的 card 5241 8733 0962 1454 被刷兩次 NT$3,200。
        身分證 scan 上傳失敗：customer 吳品妍, ID F228135479, please re-upload before 12/5 appointment.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是刺青工作室的預約小幫手，協助客人登記時段並說明訂金規則。"),
        ("user", "我想約 12/20 下午刺青，前臂大概 10 公分，我叫洪郁婷，電話 0955-318-742。"),
        (
            "assistant",
            "好的洪小姐，已幫您暫留 12/20 14:00 的時段，需在 48 小時內支付訂金 NT$2,000 才算完成預約。",
        ),
        ("user", "好，那訂金匯到哪裡？匯完要傳什麼給你們？"),
        (
            "assistant",
            "請匯至店內官方帳戶（匯款資訊會由櫃台用官方 LINE 傳給您），匯款後回傳末五碼即可。",
        ),
    ],
    [
        (
            "user",
            "帮我写一封投诉信给台北的一家纹身店。我叫梁晓东，3 月在他们那里纹了小臂，结果感染住院一周，医生说是针具没消毒好。",
        ),
        (
            "assistant",
            "可以。信里建议写清楚施作日期、部位、就医经过和诊断证明，并提出具体诉求，例如退款或赔偿医药费。要我先拟一个草稿吗？",
        ),
        ("user", "要，赔偿写 2 万台币，医院单据我有。"),
        (
            "assistant",
            "好的，草稿如下：您好，本人梁晓东于今年 3 月在贵店纹制小臂图案，术后感染住院七日……请于十四日内回复处理方案。",
        ),
    ],
    [
        ("system", "You help a nail salon in Taipei write polite replies to Instagram messages."),
        (
            "user",
            "Customer Rachel Ooi DM'd us, her chrome nails chipped after 2 days and she's flying back to Penang tomorrow. Her WhatsApp is +60 12-481 7735.",
        ),
        (
            "assistant",
            "Here's a draft: Hi Rachel, so sorry about the chipping! We can fix it today before your flight. Would 6pm work?",
        ),
        ("user", "Good, but add that the repair is free."),
        (
            "assistant",
            "Updated: Hi Rachel, so sorry about the chipping! We'll repair it free of charge today before your flight. Would 6pm work for you?",
        ),
    ],
    [
        (
            "user",
            "幫我檢查這份同意書欄位有沒有填錯：姓名 蘇建宏，身分證 H120693849，生日 1988/07/02，緊急聯絡人 蘇太太 0933-570-218。",
        ),
        (
            "assistant",
            "身分證字號格式正確（英文字母加 9 碼數字）。建議緊急聯絡人一欄寫上全名，並確認生日與證件一致。",
        ),
        ("user", "他說太太不知道他要刺青，緊急聯絡人可以換成朋友嗎？"),
        (
            "assistant",
            "可以，緊急聯絡人不限配偶，只要是能在緊急情況聯絡到的成年人即可，請他重新填寫並簽名。",
        ),
    ],
    [
        ("system", "你是工作室的客服整理助手，把 IG 私訊整理成工單。"),
        (
            "user",
            "整理這段：@mingxuan_tw：「我上週六在你們那邊穿鼻環，現在整個鼻翼紅腫，我是柯明軒，電話 0978-224-619，今天可以過去嗎？」",
        ),
        (
            "assistant",
            "工單：客人柯明軒（IG @mingxuan_tw，0978-224-619），上週六鼻翼穿孔，目前紅腫，希望今日回店檢查。建議：安排穿孔師查看並提醒必要時就醫。",
        ),
        ("user", "好，優先度設高。"),
    ],
    [
        ("user", "客人潘志偉今天私下跟我說他是 HIV 帶原者，問我還能不能幫他刺青。我應該怎麼處理？"),
        (
            "assistant",
            "依標準防護措施，所有客人本來就應以相同的感染控制流程處理，不應因此拒絕服務。請確實使用一次性針具與防護手套。",
        ),
        ("user", "需要在他的資料上註記嗎？其他同事會看到。"),
        (
            "assistant",
            "不建議在共用系統註記他的感染狀況，這屬於高度敏感的健康資訊，沒有必要讓其他同事知道。",
        ),
    ],
    [
        ("system", "You are a booking assistant for a piercing studio in Taipei."),
        (
            "user",
            "Hi, I'm Aaron Goh from Singapore, NRIC T0287461F, can I book a double helix on 15 Dec? My number is 8624 1093.",
        ),
        (
            "assistant",
            "Thanks Aaron! 15 Dec at 3pm is available for a double helix. Please note we only need your passport at check-in, not your NRIC.",
        ),
        ("user", "Cool, book it. Also can you send the aftercare sheet to aaron.goh.sg@gmail.com?"),
        (
            "assistant",
            "Done, your slot is held and the aftercare sheet has been sent. See you on the 15th!",
        ),
    ],
    [
        ("user", "幫我寫一封警告信給員工羅雅琪，她 11 月遲到 6 次，上週還在客人面前滑手機。"),
        (
            "assistant",
            "以下是草稿：羅雅琪小姐您好，經查您於 11 月份共遲到六次，且於營業時間內有不當使用手機之情形，依工作規則第 12 條予以書面警告一次。",
        ),
        ("user", "再加一句，如果下個月再犯就扣當月全勤獎金 NT$2,000。"),
        (
            "assistant",
            "已補上：若 12 月份再有相同情形，將扣除當月全勤獎金新台幣貳仟元，請您務必改善。",
        ),
    ],
    [
        ("system", "你是纹身工作室的售后助手。"),
        (
            "user",
            "我们要给一位大陆客人寄护理包，她叫钱思雨，身份证 310104199706132844，地址是上海市徐汇区天钥桥路 88 弄 5 号 301，电话 186 0213 5927。",
        ),
        (
            "assistant",
            "好的，寄往大陆的包裹需要填写收件人身份证号以便清关，资料我已核对格式无误。建议选择含追踪的快递。",
        ),
        ("user", "那报关单上写什么品名比较好？"),
        ("assistant", "可写“皮肤护理膏 2 支、生理盐水 10 包”，注明个人自用、非商业用途即可。"),
    ],
    [
        (
            "user",
            "有個客人林宏斌欠我們全背尾款 NT$36,000 已經半年，我想聲請支付命令，需要什麼資料？",
        ),
        (
            "assistant",
            "一般需要債務人的姓名、住址，以及能證明債權的文件，例如同意書、報價單與對話紀錄。",
        ),
        (
            "user",
            "他的地址是台中市西屯區河南路三段 120 號 7 樓之 2，身分證是 E124987367，這樣夠嗎？",
        ),
        (
            "assistant",
            "這樣足以填寫聲請狀的債務人欄位。請再附上施作紀錄與催款訊息截圖，向債務人住所地的地方法院提出聲請。",
        ),
    ],
]
