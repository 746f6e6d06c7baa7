"""Blind check set mix5: Hong Kong Cantonese and Taiwanese Mandarin mixed with English in group chats, forums, listings, reviews, emails, notices and banking. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix5
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "whatsapp-group"): _lines("""
        今晚七點半旺角朗豪坊 level 4 集合，遲到嘅請飲珍珠奶茶 😂
        頭先 MTR 荃灣綫太子站信號故障，大家預多半個鐘呀
        陳奕迅紅館演唱會今日 10am 開售，URBTIX 一早 hang 咗，有冇人搶到飛？
        Order 號碼 HK-20261127-88341 已經出貨，順豐話聽日送到，大家唔使再問喇
        天文台掛咗八號風球，今日 team building 取消，改期再約
        呢個群組只係講行山嘢，賣廣告嘅 admin 會直接 kick
        麥理浩徑第二段由北潭凹起步，全程大約 13.5 公里，記得帶夠水同頭燈
        百佳呢個 weekend 可樂買二送一，$9.9 一罐，要嘅 reply 個 +1
        埋單 $1,284 除 6 個人，每人 $214，PayMe 定 FPS 都得，link 擺咗喺 group notes
        有咩政府服務唔識就打 1823 問，佢哋 24 小時有人聽
    """),
    ("zh-Hant", "line-group"): _lines("""
        週六早上九點在捷運淡水信義線象山站2號出口集合，爬完一起去吃早午餐
        颱風假確定了！台北市政府剛剛宣布明天停班停課
        全聯這週的衛生紙買一送一，要的人 +1 我幫大家團購
        蝦皮訂單編號 221203ABCD7F9K 顯示已到 7-11 門市，記得七天內取貨
        有人要一起去看五月天高雄場嗎？拓元今天中午十二點開賣
        提醒：群組請勿轉傳來路不明的連結，有疑慮可以打 165 反詐騙專線
        台鐵區間車今天因為號誌異常延誤約 20 分鐘，要搭車的注意一下
        鼎泰豐信義店現在候位要 90 分鐘，我們改去旁邊的京鼎樓
        社區管委會公告：下週二晚上七點在 B1 交誼廳開區分所有權人會議
        路燈不亮、路面坑洞可以直接打 1999 台北市民當家熱線報修
    """),
    ("mixed", "lihkg-forum"): _lines("""
        【討論】李家超份施政報告話要加快起公屋，你哋覺得做唔做得到？
        巴打問下，新出嘅 iPhone 喺豐澤賣幾錢？定係等 Apple Store 補貨好
        《無間道》最正係天台嗰場，陳永仁同劉建明對話真係經典到而家
        今日將軍澳綫又壞，寶琳站迫到成個沙甸魚罐頭
        有冇手足知點解 HSBC app 今朝 login 唔到？官方 status page 寫住 scheduled maintenance
        【分享】深水埗鴨寮街 $60 買到二手 Sony 耳機，仲有 warranty 卡
        姜濤同 MIRROR 嘅演唱會飛喺 Carousell 炒到 $8,000，真係癲
        樓主分析：恒指今日收市 18,452 點，跌咗 312 點，主要係科技股拖累
        《飯戲攻心》個結局真係爛尾，不過幾場飯局戲都幾好笑
        屯門公路又塞車，大欖隧道出口 tail 到去汀九橋
    """),
    ("zh-Hant", "ptt-forum"): _lines("""
        [問卦] 有沒有賴清德國慶演說的八卦？這次講了快四十分鐘
        [閒聊] 《想見你》黃雨萱跟李子維的時間線到底誰看得懂
        [情報] 全家便利商店 12/10 起美式咖啡第二杯半價
        Re: [標的] 2330 台積電今天收盤 1,085 元，外資又賣超 1.2 萬張
        [心得] 阿里山小火車祝山線日出班次要提前在台鐵 App 訂票，不然現場很難買
        [新聞] 衛福部宣布公費流感疫苗第二階段開放 50 歲以上民眾接種
        [討論] 中職總冠軍賽第七戰，統一獅 4:3 逆轉樂天桃猿
        推 蔡依林演唱會那個舞台設計真的屌打一堆人
        [請益] 租金補貼要上內政部國土管理署網站申請，還是去找里長？
        [爆卦] 捷運板南線今天早上忠孝復興站月台有異物，已經排除恢復行駛
    """),
    ("mixed", "property-listing"): _lines("""
        【放盤】太古城 3 房連套房，實用 812 呎，向海，叫價 $1,380 萬，歡迎經紀盤
        沙田第一城 2 房，實用 428 呎，月租 $17,500，包管理費，步行 5 分鐘到港鐵站
        日出康城 LOHAS Park 開放式單位，實用 298 呎，售 $520 萬，有會所
        中原 CCL 指數最新報 138.6，按周微跌 0.4%，二手成交量連跌三周
        信義房屋：台北市大安區電梯大樓 3 房 2 廳 2 衛，權狀 35 坪，總價 3,280 萬
        新北市板橋區近捷運府中站套房出租，月租 12,000，水電另計，限女性，不可養寵物
        591 物件編號 R15839021，屋主直租免仲介費，可申請租金補貼
        大圍站上蓋一手盤，示範單位週末開放參觀，請經發展商網站預約
        美孚新邨 8 期 2 房，業主誠意放售，同類單位近期成交約 $620 萬
        高雄市鼓山區美術館特區透天厝 4 層，地坪 28 坪，開價 2,680 萬
    """),
    ("mixed", "restaurant-review"): _lines("""
        添好運嘅酥皮焗叉燒包依然係全港最好食，$32 三個，抵
        九記牛腩嗰碗上湯牛爽腩 $70，排咗 40 分鐘，老實講 OK 啦
        台南阿堂鹹粥的虱目魚肚粥早上六點就開，七點半前就賣完
        士林夜市的雞排漲到 110 元，還是一樣大片但有點太鹹
        中環蘭芳園絲襪奶茶 $28，港式奶茶控必試，service 就一般般
        晶華酒店栢麗廳 buffet 平日午餐 1,680+10%，生蠔無限量供應
        尖沙咀鼎泰豐嘅小籠包皮薄汁多，不過 $78 六隻有啲貴
        觀塘 apm 樓上嗰間泰國菜，冬陰功湯夠辣，四個人食咗 $1,120
        六合夜市木瓜牛奶 60 元一杯，老闆還會給你小杯試喝
        米芝蓮一星燒鵝，燒鵝髀 $188，皮脆但略油，要等成個鐘
    """),
    ("mixed", "workplace-email"): _lines("""
        Dear all, the Q4 town hall will be held on 15 Dec at 3pm in the 12/F auditorium, Cyberport 3. Please RSVP via the HR portal.
        各位同事，IT 部門會喺今晚 11pm 至凌晨 2am 做 Exchange server maintenance，期間 Outlook 可能用唔到
        FYI 公司 MPF 受託人由 2027 年 1 月起更換，員工毋須另外申請，詳情睇 intranet
        請於週五前把 expense claim 上傳到 SAP Concur，超過 NT$5,000 的需附主管簽核
        Please note the office will be closed on 25-26 Dec and 1 Jan. For urgent IT issues email helpdesk@example.com.
        提醒大家：明年度年假上限 14 天，未放完嘅最多 carry forward 5 日
        Hi team, Jira ticket PROJ-4821 (login timeout bug) has been merged into release v3.14.2, please re-test on UAT.
        各位同仁，台北辦公室 12 樓茶水間咖啡機故障，已報修，預計週三恢復
        Reminder: the annual audit starts next Monday. Please keep all FY2026 invoices ready in SharePoint.
        人資處公告：尾牙訂在 1 月 24 日晚上六點，地點在台北君悅酒店，當晚有抽獎
    """),
    ("zh-Hant", "school-notice"): _lines("""
        家長通告：本校將於 12 月 18 日（星期五）舉行聖誕聯歡會，當日學生可穿便服回校
        因應天文台發出紅色暴雨警告，今日全日停課，學生請留在家中
        中一自行分配學位申請表須於 1 月 20 日前交回校務處，逾期恕不受理
        親愛的家長您好：本學期期末考訂於 1 月 15、16 日舉行，請督促孩子早睡早起
        學校旅行改於 3 月 5 日前往西貢郊野公園，費用 $85，請經 eClass 繳交
        本校流感疫苗外展接種將於 11 月 28 日進行，同意書請於下週一前交班主任
        營養午餐費用每學期 1,850 元，符合資格的學生可申請全額補助，請洽學務處
        DSE 模擬試時間表已上載至學校內聯網，中文科卷一於 2 月 3 日上午舉行
        家長日將於 1 月 9 日舉行，請經 eClass 預約面談時段，每節 10 分鐘
        教育局公布：小一統一派位結果將於 6 月 8 日公布，家長可登入網上系統查閱
    """),
    ("mixed", "insurance-banking"): _lines("""
        新客戶開戶優惠：存入 HK$100,000 新資金可獲 $800 現金回贈，優惠至 12 月 31 日
        自願醫保標準計劃保費每年 $2,380 起，每名受保人每年最多可扣稅 $8,000
        信用卡 12 月指定通路 3% 回饋，上限每月 NT$1,000，需登錄活動
        轉數快 FPS 每日轉賬上限預設為 HK$10,000，可以喺 app 入面自行調整
        中華郵政一年期定存機動利率調整為 1.72%，自下月一日起生效
        防騙提示：銀行職員唔會透過 WhatsApp 要求你提供 OTP，如有懷疑請致電 18222 防騙易熱線
        危疾保單一般有 90 日等候期，等候期內確診嘅情況通常唔會賠
        交易參考號碼 TXN-9F3A-77C1-0042 已完成，金額 HK$3,250.00，如有查詢請回覆此訊息
        示範用帳戶號碼 000-000000-000，僅供網上理財教學影片使用，請勿轉賬
        保單條款第 7.2 條：受保人於投保後 13 個月內自殺，本公司只退還已繳保費
    """),
    ("mixed", "entertainment"): _lines("""
        周潤發今晚出席金像獎頒獎禮，同梁朝偉一齊頒最佳電影獎
        TVB 劇《新聞女王》佘詩曼飾演嘅文慧心，幾乎每場都係金句
        五月天阿信宣布明年巡演首站在高雄世運主場館
        張學友巡迴演唱會加開三場，城市售票網 12 月 5 日開售
        《那些年，我們一起追的女孩》沈佳宜這個角色讓陳妍希一夕爆紅
        金馬獎典禮今晚在國父紀念館舉行，紅毯直播從下午 5 點開始
        《我們與惡的距離》宋喬安跟李大芭那幾集看到我一直哭
        周星馳喺《功夫》入面演阿星，包租婆嗰句「死開」經典到今日
        《華燈初上》蘿絲媽媽到底是不是兇手，我追到第三季才懂
        《愛回家之開心速遞》入面嘅熊心如又同老公嗌交，呢套劇拍咗成千集都未完
    """),
    ("mixed", "tech-code"): _lines("""
        const phone = "+852 0000 0000"; // placeholder，唔好擺真客戶號碼入 fixture
        regex 寫法 ^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$ 只係驗 HKID 格式，唔會查真偽
        git commit -m "fix: 修正 LINE Notify token 過期導致推播失敗 (v2.8.1)"
        SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 就係 "test" 嘅 hash
        範例 email 請一律用 user@example.com 或 test@example.org，不要用真實客戶資料
        Docker image registry.example.com/payments-api:2026.12.1-rc3 已推上 staging
        API 回應範例：{"order_id": "ORD-558201", "status": "shipped", "amount": 499.00, "currency": "TWD"}
        《Python 程式設計入門》第三版 ISBN 978-957-08-5123-6，定價 NT$580
        Telegram bot webhook 設定成 https://api.example.com/tg/webhook，setWebhook 之後記得 call getWebhookInfo check 下
        測試帳號 demo / Passw0rd!（只限 sandbox 環境，production 已停用）
    """),
}

PERSONAL: dict[str, list[str]] = {
    "mixed": _lines("""
        阿詩嘅 HKID 係 D024441(5)，佢叫我幫手填埋張 form，你 check 下格式啱唔啱
        搵唔到我就 WhatsApp 我 +852 9318 4276，晚上 10 點後唔好打
        搬咗屋喇，新地址：九龍觀塘秀茂坪寶達邨達欣樓 18 樓 1824 室，有信幫我收下
        同事黃志輝欠咗財仔四十幾萬，而家日日有人打去公司搵佢
        我表姐陳美詩上個月確診乳癌第二期，而家喺瑪麗醫院做緊化療
        租約上面租客身份證號碼 P521867(9)，業主要我 scan 埋副本 email 俾佢
        Hi 李生，你份保單係用 Y264284(9) 開嘅，打 6283 1597 一直搵唔到你，麻煩回覆
        梁家豪同太太終於簽咗離婚協議，沙田嗰層樓判咗俾佢老婆，個仔都跟阿媽
        HR 寄錯咗 Joyce Tam 嘅 payslip 俾我：basic $42,000，bonus 1.5 個月，原來佢攞咁多
        收件地址：新界沙田第一城 38 座 22 樓 F 室，何先生收，電話 5472 0938
        阿爺張永基中風之後住咗喺將軍澳一間老人院，每個月院費 $14,800
        直接 FPS 落我 HSBC 戶口 808-562913-833 就得，戶口名 NG KA MAN
        份 CV email 去 karman.ng1992@gmail.com 吖，唔好寄公司 email
        佢屋企電話係 2695 4418，住大埔太和邨喜和樓，上門之前打個電話先
        我同事 Ivy 張慧敏懷孕咗三個月，佢未話俾老闆知，你唔好講出去
        你好，我係 4B 班李卓霖嘅家長，佢有 ADHD，考試需要加時，聯絡電話 9162 3384
        轉介信：病人劉淑芬，62 歲，糖尿病兼高血壓，住屯門兆康苑兆麟閣 9 樓 H 室
        前夫鄧家強嘅贍養費每月 $12,000 已經三個月冇俾，你幫我問下律師點算
        新 number：+852 6748 2019，舊嗰個唔再用喇，幫我 update contact
        申請人陳國榮，HKID H461162(6)，出生日期 1978-04-12，申請公屋一人單位
        Tg 搵我 @sammi_lau_hk 或者直接打 5193 7704，放工先覆
        我老公麥國威俾公司 lay off 咗，失業三個月，層樓仲要供 $18,000 一個月
        房東陳太手機 9871 2045，按金兩個月 $36,000 已經 FPS 咗俾佢
        我細佬張家樂喺九龍灣物流公司做 supervisor，月薪 $26,000，仲供緊私人貸款
        法院文件：債務人蘇志明，地址香港仔田灣邨華美樓 2103 室，欠款 HK$236,000
        Michelle 周嘉欣嘅私人 email 係 michelle.chow.kx@yahoo.com.hk，你直接 send 俾佢
        張信用卡係 4563 5201 3348 7718，到期 09/29，係我阿媽何麗萍個名
        Tenant: Mr WONG Chi Fai, HKID M244944(2), Flat C, 12/F, Block 3, Kornhill, Quarry Bay
    """),
    "zh-Hant": _lines("""
        報名資料：林怡君，身分證 A223279168，手機 0912-483-507，麻煩幫我確認
        包裹寄到台北市大安區和平東路二段 118 巷 7 號 4 樓就好，我白天都在家
        我室友陳建宏最近被診斷出憂鬱症，已經兩個禮拜沒去上班了
        表哥吳俊傑欠卡債 80 幾萬，在新竹科學園區上班，銀行一直打去他公司
        LINE ID: yiting0817，手機 0937-215-648，房子有問題直接找我
        岳母住高雄市三民區建工路 415 號 8 樓之 2，過年回去記得先打給她
        報稅資料：去年年薪 NT$1,280,000，扶養父親（身分證 H198788597）
        林志豪跟他太太在辦離婚，聽說是他外遇，小孩監護權還在打官司
        幫我媽掛號：黃秀英，身分證 E235296879，週四下午心臟內科
        台中市西屯區市政北二路 238 號 15 樓之 3，住戶鄭先生，市話 (04)2251-3876
        三年二班蔡承恩因為氣喘住院，請假一週，家長手機 0988-612-439
        合約請寄到 yuchen.hsu@outlook.com，我是許宇辰，地址是新北市中和區景平路 502 號 6 樓
        我家電話 (02)2758-3164，晚上八點後比較找得到人，我是邱佩珊
        郭建良的聯徵報告有三筆逾期房貸，總欠款 NT$4,350,000，下個月要被法拍
        我弟健保卡掉了，補辦要填身分證字號 K191961367，我先幫他申請
        訂位名字方俊賢，8 位，電話 0953-118-267，有生日驚喜請幫忙準備蛋糕
        寄件人：台北市松山區民生東路五段 83 巷 27 號 5 樓，林佩瑜，0921-774-358
    """),
    "en": _lines("""
        Please update the emergency contact for Mandy Lo to her husband, Eric Lo, on 9457 3120.
        My daughter Chloe Yip in P.4 has a severe peanut allergy; the school nurse please note.
        Confidential: salary review for Jason Cheuk, Senior Analyst, from HK$38,000 to HK$41,500 effective 1 Jan.
        Hi, my name is Peggy Hsieh, national ID F275996813, calling about my rejected loan application.
        The claimant, Mr. Tse Kwok Wing, was admitted to Tuen Mun Hospital with a fractured hip on 3 Nov.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "幫我寫個 WhatsApp message 俾保險 agent，我想 claim 上個月住院嘅錢"),
        ("assistant", "好呀，你可以話我知保單號碼、住院日期同診斷，我幫你寫一段簡單清楚嘅訊息。"),
        (
            "user",
            "我叫陳卓豪，HKID C419524(6)，10 月 14 號喺伊利沙伯醫院入院，診斷係膽石，住咗四日",
        ),
    ],
    [
        (
            "user",
            "Can you draft a tenancy agreement summary? Landlord is me, tenant details below.",
        ),
        (
            "assistant",
            "Sure. Please give me the property address, the rent, the deposit, the term and the parties' names.",
        ),
        (
            "user",
            "Flat 1507, 15/F, Hing Wah House, Tsz Wan Shan Estate. Tenant 羅嘉敏, HKID Y497901(8), phone 6390 2217, rent $13,800, 2 years.",
        ),
    ],
    [
        ("user", "幫我把這段改成比較客氣的 LINE 訊息給房東"),
        ("assistant", "沒問題，請把原本的內容貼上來。"),
        (
            "user",
            "房東你好，我是住在台北市中山區松江路 356 巷 12 號 3 樓的蔡宜蓁，浴室漏水一週了，請盡快處理，我手機 0926-540-781",
        ),
        (
            "assistant",
            "房東您好，我是松江路這戶的房客蔡宜蓁，浴室漏水已經一週，想麻煩您安排師傅檢查，方便的話可以打給我，謝謝！",
        ),
    ],
    [
        ("user", "Help me email the class teacher, my son will be absent next week."),
        (
            "assistant",
            "Of course. What's the reason for the absence and your son's name and class?",
        ),
        (
            "user",
            "佢叫 Ethan 吳浩賢，3C 班，要做扁桃腺手術，留院三日。我電話 9235 6104，email ethan.mum.ng@gmail.com",
        ),
    ],
    [
        ("user", "我張卡有筆唔明來歷嘅簽賬 HK$5,680，點同銀行 dispute？"),
        (
            "assistant",
            "你可以先喺 app 凍結張卡，再打信用卡熱線報失，同時要求銀行開 chargeback 個案，記得截圖交易紀錄。",
        ),
        (
            "user",
            "幫我寫封信俾銀行：持卡人 WONG SIU YING，卡號 5522 1308 7460 3916，住址葵涌石蔭邨石欣樓 1106 室，聯絡電話 6158 9023",
        ),
    ],
    [
        ("user", "寫個 email 通知兩位同事明年嘅薪酬調整"),
        ("assistant", "可以，請提供同事名、現時人工同調整後嘅數字，我會寫得正式啲。"),
        (
            "user",
            "Kenneth 劉振邦由 $32,000 加到 $34,500；Winnie 蔡穎欣因為 performance 唔達標，維持 $29,000 冇加",
        ),
    ],
    [
        ("user", "我想在 PTT 發文問負債整合，幫我潤飾一下"),
        (
            "assistant",
            "好的，建議不要在文章中放真實姓名或聯絡方式，只描述負債情況就好。請貼上草稿。",
        ),
        (
            "user",
            "我朋友楊志偉 38 歲，在桃園做工程師，信貸 150 萬加卡債 40 萬，上個月還被老婆訴請離婚，他手機 0919-337-624 可以私訊",
        ),
    ],
    [
        (
            "user",
            "Translate into English please: 請將文件寄去新界元朗天水圍天恩邨恩澤樓 2218 室，收件人 李淑儀",
        ),
        (
            "assistant",
            "Please send the documents to Room 2218, Yan Chak House, Tin Yan Estate, Tin Shui Wai, Yuen Long, New Territories, attention Ms Lee Suk Yee.",
        ),
    ],
    [
        ("user", "幫我預約台大醫院新陳代謝科，要準備什麼資料？"),
        (
            "assistant",
            "一般需要健保卡、身分證字號、出生日期和聯絡電話，可以在醫院網站或 App 預約。",
        ),
        (
            "user",
            "病人是我爸爸許文雄，身分證 J181565709，民國 45 年生，有第二型糖尿病，家裡電話 (02)2937-4482",
        ),
    ],
]
