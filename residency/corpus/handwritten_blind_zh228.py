# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh228: Taiwan temples and folk rituals (taisui, lamps, jigai, pilgrimages, pudu, notices). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh228
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "temple_notice"): _lines("""
        【公告】本宮2025乙巳年安太歲、點光明燈即日起受理登記，額滿為止，每盞新臺幣600元。
        農曆七月十五日中元普渡，供品請於下午一點前擺放完畢，三點準時開始誦經。
        因應颱風來襲，原訂10月3日之祭改科儀延至10月10日舉行，造成不便敬請見諒。
        本宮服務時間：每日上午6:00至晚上9:00，辦公室電話 (06)225-8136，傳真 (06)225-8137。
        本宮香油錢收據可供申報綜合所得稅捐贈扣除，請於登記時提供收據抬頭（僅作開立收據用）。
        今年犯太歲生肖：屬蛇（值太歲）、屬豬（沖太歲）、屬虎、屬猴，請信眾把握安奉時間。
        媽祖聖誕千秋祝壽大典訂於農曆三月二十三日（國曆4月20日）上午9時舉行，恭請全體委員著禮服出席。
        停車公告：廟埕停車場自11月起改為收費，小型車每小時30元，香客憑收據可折抵1小時。
        本宮管理委員會第十二屆第三次會議紀錄已公告於廟方網站，歡迎信眾查閱。
        敬告信眾：近日有人冒用本宮名義以LINE販售「開光招財符」，本宮從未委託任何個人或網路賣家，請勿受騙，詳洽官方專線 0800-221-323。
        禮斗法會報名截止日延長至9月30日（星期二），線上登記系統將於當日23:59關閉。
        環保減香：本宮自113年起實施一爐一香，金紙改至集中焚燒，敬請配合。
        代天巡狩遶境路線：本宮出發→民族路→中正路→成功路→公園路→回駕，預計下午5時安座。
    """),
    ("zh-Hant", "blank_form_template"): _lines("""
        安太歲登記表　姓名：＿＿＿＿　生肖：＿＿　農曆生日：民國＿＿年＿＿月＿＿日＿＿時　地址：＿＿＿＿＿＿＿＿
        光明燈登記（每人一盞）｜點燈人：＿＿＿｜性別：□男 □女｜出生年：＿＿｜聯絡電話：＿＿＿＿＿
        進香團報名表 欄位：姓名 / 身分證字號 / 出生年月日 / 手機 / 緊急聯絡人 / 葷素（請勾選）
        普渡認桌登記單：桌號＿＿　認桌人＿＿＿＿　供品□自備 □廟方代辦（每桌NT$3,000）
        疏文格式：弟子〔姓名〕，年〔歲數〕歲，住居〔地址〕，誠心叩求〔神明〕庇佑〔事由〕。
        問事登記卡 No.＿＿＿＿ 請填寫：問事類別（□事業 □婚姻 □健康 □學業 □其他）、欲問之事簡述。
        收據抬頭：□個人（請填姓名及身分證字號以利報稅）□公司（請填統一編號＿＿＿＿＿＿＿＿）
        祭改名單範例：王小明 男 民國90年次 屬蛇（此為填寫範例，請勿照抄）
        功德芳名錄格式：〔姓名或寶號〕〔金額〕元，不願具名者請勾選「無名氏」。
        線上點燈表單驗證規則：手機須為09開頭共10碼，身分證字號須為1個英文字母加9碼數字。
        團體報名請附名冊（Excel），欄位依序為：序號、姓名、性別、出生年、車次、座位、備註。
        補發收據申請：原收據編號＿＿＿＿、捐款日期＿＿＿＿、申請原因□遺失 □資料錯誤
        委託代辦切結書：本人＿＿＿＿委託＿＿＿＿代為辦理安太歲事宜，如有爭議由本人自行負責。
    """),
    ("zh-Hant", "order_log"): _lines("""
        [2025-01-18 09:42:17] ORDER LMD-20250118-00342 status=PAID amount=NT$600 item=光明燈 qty=1 channel=LINE Pay
        收據號碼 R113-004587 已作廢，原因：重複開立；補開收據 R113-004588。
        訂單 TSW-20250205-01761 安太歲×3 小計 NT$1,800 運費 NT$0（現場領取）
        金流回傳：MerchantTradeNo=TEMP2025031800087, RtnCode=1, TradeAmt=1200, PaymentType=Credit_CreditCard
        收據查詢說明：本宮為宗教財團法人，統一編號 77218345，不開立統一發票，僅開立捐款收據。
        今日光明燈線上訂單 214 筆，付款完成 198 筆，逾時未付 16 筆已自動取消。
        物流追蹤：平安符寄送包裹 宅配單號 9012-3388-4170 已於 2025/02/14 15:20 配達。
        SKU: AMU-PA-001 平安符（紅）NT$100｜AMU-WC-002 文昌符 NT$150｜LMP-GM-600 光明燈 NT$600
        退款單 RF-2025-0317 金額 NT$500，原因：重複下單，退回原信用卡，預計7-14個工作天。
        錯誤碼 E4012：生辰欄位格式錯誤，請以「民國年/農曆月/日」輸入。
        2025/02/12 22:15 系統批次：已產生 1,286 張光明燈牌位標籤 PDF（batch_id=lbl-7f3a92c1）
        ATM 轉帳虛擬帳號 95028-00341-7726 僅限本筆訂單使用，繳費期限 2025/02/20。
        訂單備註：客戶要求牌位改用寶號「協興五金行」，已更新並重新列印。
    """),
    ("zh-Hant", "pilgrimage_itinerary"): _lines("""
        北港進香團 3/15（六）早上5:30廟口集合，5:45準時發車，逾時不候。
        遊覽車配置：1號車 FBC-3321（45人座）、2號車 KAA-8815（43人座），隨車領隊各一名。
        行程：本宮→南鯤鯓代天府（參香）→午餐（素食）→北港朝天宮（刈香）→新港奉天宮→回宮
        報名費每人NT$1,500（含車資、午餐、保險、平安符一只），兒童12歲以下NT$1,000。
        旅行業代辦：大吉旅行社股份有限公司 交觀甲字第7392號 品保北1288號。
        注意事項：請攜帶身分證件以便投保旅平險，高血壓、心臟病患者請自備藥品。
        白沙屯媽祖進香今年登記隨香人數再創新高，官方提醒徒步者注意補水與防曬。
        大甲媽祖遶境9天8夜，全程約340公里，行經臺中、彰化、雲林、嘉義四縣市。
        第二天住宿：嘉義香客大樓 雙人房 40 間、四人房 15 間，已全數保留。
        集合點改至中華路與民生路口（便利商店旁），原廟口因搭設戲台暫停使用。
        隨香團緊急聯絡：本宮辦公室 (06)225-8136，或洽各車領隊公務手機（號碼請見服務台看板）。
        團務統計：本次進香 3 車共 126 人，其中素食 41 人、輪椅使用者 2 人、70 歲以上 19 人。
        回程預計晚上 8:30 抵達，鑾轎入廟時請信眾勿搶轎，現場由交通組指揮。
    """),
    ("mixed", "pudu_donation_stats"): _lines("""
        2024 中元普渡 summary: 認桌 312 桌, 總收入 NT$936,000, 扣除供品與道士團費用後結餘 NT$218,400。
        功德芳名錄依捐款金額排序，同額者依登記先後；個人姓名於公告期滿 30 日後自網站下架。
        捐款前三大團體：順發建設股份有限公司、三興電機行、鎮南宮友誼會，合計 NT$150,000。
        普渡物資捐贈：白米 1,200 包（每包 3 公斤）、泡麵 480 箱，將轉贈區內 17 所國小及社福單位。
        無名氏 NT$10,000、善信A NT$3,000、善信B NT$2,000（應捐款人要求不公開姓名）
        Donation channel stats Q3: LINE Pay 42%, 信用卡 31%, 現金 18%, ATM 9%.
        普渡法會經費預算表 v3：道士團 NT$120,000｜布棚 NT$65,000｜供品 NT$88,000｜雜支 NT$15,000
        協辦單位：中西區公所、臺南市政府民政局、財團法人慈光文教基金會
        功德主牌位共分三級：大功德主（NT$30,000以上）、功德主（NT$10,000以上）、隨喜功德。
        Our 普渡 volunteer headcount this year is 64, down from 81 last year; 平均年齡 58 歲。
        今年普渡有 3 位信眾於現場中暑，已由救護站處理，無人送醫。
        孤魂普施：紙厝 2 座、經衣 5,000 份、往生錢 200 捆，法會結束後統一化寶。
        芳名錄印製：A3 海報 12 張，字體標楷體 28pt，檔名 fangming_2025_v2.pdf
    """),
    ("zh-Hant", "ritual_faq"): _lines("""
        請問安太歲一定要本人到場嗎？可以幫家人代辦嗎？
        祭改需要帶什麼？一般是帶一件本人穿過的衣服和生辰資料就可以了嗎？
        光明燈跟太歲燈差在哪？可以同時點嗎？
        問事要先擲筊嗎？如果連續三個笑筊是不是代表神明不同意？
        農曆七月可以搬家嗎？聽說鬼月不宜入厝，有沒有化解的方法？
        犯太歲的人今年結婚會不會不好？廟方有建議嗎？
        請問懷孕的人可以進廟拜拜嗎？會不會沖到？
        收驚一次多少錢？小孩子晚上一直哭要不要帶來給老師看？
        線上點燈的牌位會放在哪一層？可以指定靠近主神的位置嗎？
        求到六十甲子籤第三十二籤庚戌，籤詩看不太懂，可以請廟方解籤嗎？
        過年前要不要先謝太歲？謝太歲跟安太歲的時間分別是什麼時候？
        點燈後如果搬家，需要跟廟方更改地址嗎？
        拜拜順序是不是天公爐→主神→配祀神→地藏王→虎爺，這樣對嗎？
    """),
    ("en", "temple_system_admin"): _lines("""
        lantern_registration.yaml: max_per_person: 3, price_twd: 600, open_date: 2025-01-02, close_date: 2025-02-28
        JIRA TMP-482: LINE bot crashes when the zodiac field is empty; repro on v2.3.1, fixed in v2.3.2.
        SELECT zodiac, COUNT(*) FROM taisui_registrations WHERE year = 2025 GROUP BY zodiac;
        Webhook payload sha256=3f9a1c0e7b2d44e8a1f6c5b09d37e2a4c8f1b6d0e9a7c3b5f2e1d4a6b8c0e9f1 verified OK
        For support, email service@cihui-temple.org.tw or call our main line +886-6-225-8136 (Mon-Sun 08:00-17:00).
        Release notes v3.0: added Mazu pilgrimage bus seat map, removed plaintext ID storage, masked phone fields as 09xx-xxx-xxx.
        CSV export columns: order_id, item_sku, qty, amount_twd, paid_at, channel (personal columns excluded by default)
        Duty manager note: plaque printer in the lamp hall jammed twice today; ticket raised with vendor, ref INC-20250219-031.
        Charity fundraising permit No. 1130045871 issued by the Ministry of Health and Welfare, valid until 2025-12-31.
        How do I reset the lantern plaque printer queue without deleting today's batch?
        Fixture for staging only: name=TEST USER, national_id=NULL, phone=0900-000-000, zodiac=snake
        Postcode lookup: 700 Zhongxi Dist., 701 East Dist., 704 North Dist., 708 Anping Dist., Tainan City.
        Cron: 0 3 * * * /opt/temple/bin/purge_expired_orders --older-than 30d
    """),
    ("zh-Hans", "public_figures_history"): _lines("""
        妈祖原名林默，相传生于宋建隆元年，福建莆田湄洲人，后世尊为天上圣母。
        保生大帝吴夲是北宋名医，台湾各地的慈济宫多奉祀他。
        郑成功收复台湾后，陈永华在台南创建全台首学孔庙。
        台南延平郡王祠供奉郑成功，每年都有官方主持的春秋两祭。
        据新闻报道，台中市长卢秀燕今年出席大甲妈祖起驾典礼并上香祈福。
        《西游记》里的孙悟空在台湾被奉为齐天大圣，不少宫庙专门供奉。
        电音三太子阵头曾在2009年高雄世运会开幕式上表演，让哪吒形象走向国际。
        中山路、中正路、民权路在台湾各城市几乎都有，庙宇常常就坐落在这些路口。
        刘铭传任台湾巡抚期间修建铁路，台北的铭传大学即以他命名。
        济公活佛的扶鸾问事在台湾鸾堂很常见，乩童与鸾生的分工并不相同。
        王爷信仰中的“代天巡狩”，源自明清时期闽南沿海的送王船习俗。
        沈葆桢奏请为郑成功建祠，获清廷准许，这就是延平郡王祠的由来。
        城隍庙里的文武判官形象，在《聊斋志异》等古典小说中也经常出现。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        安太歲報名：林美惠，民國72年農曆3月14日生，屬豬，住臺中市北屯區崇德路二段388巷12號5樓，電話0928-416-357。
        光明燈線上訂單 LMD-20250203-01187 點燈人：張文彬 身分證字號 F228374618 信用卡末四碼 0173
        黃淑芬師姐的兒子蔡承翰上禮拜騎車摔斷腿，現在還住在彰基，她想請老師幫他收驚祭改。
        問事紀錄：信女吳佩珊問婚姻，先生賭博欠地下錢莊八十幾萬，已經分居半年，神明指示先處理債務。
        大甲媽祖遶境徒步組報名｜姓名：李宗憲｜身分證：H103948523｜緊急聯絡人：李太太 0912-508-746
        普渡功德芳名錄 第3頁：王金水 新臺幣3,600元、王陳月娥 新臺幣1,200元，祈求闔家平安。
        主委交代：住廟後巷子第三間的蔡阿嬤失智越來越嚴重，上次走失被派出所送回來，拜拜時請志工多留意她。
        點燈收據補寄：收件人 陳俊宏，地址 高雄市三民區建工路561巷7弄3號，手機 0935-271-804。
        香油錢已轉帳，玉山銀行 帳號 0989940021573，戶名 許雅婷，麻煩幫我開收據報稅。
        志工排班：阿勇（鄭志勇）這禮拜請假，他太太剛流產心情很差，誦經組改由其他人頂。
        祭改名單第12位：楊家豪，民國85年次屬鼠，今年犯太歲，住新北市板橋區文化路一段266號8樓之2。
        我是上週來問事的廖小姐，我的 LINE ID 是 liao.yuchen0921，可以再幫我看一下我媽開刀的日子嗎？
        進香團乘客名單：3號車 座位12 周明德 0921-337-460 素食，有高血壓，請安排靠走道。
        客訴：信徒何靜宜反映上個月點的文昌燈名字被寫成何靜儀，她女兒今年要考會考，氣到說要退費。
        功德主證書退件：收件人 郭志明，地址 臺南市東區裕農路975號4樓，郵局註記查無此人。
        收驚登記：謝宇翔，6歲，讀竹北博愛國小附幼，家長說發燒三天、晚上一直哭。
        B217640394,邱瓊瑤,1961-07-22,0919-645-183,桃園市中壢區中華路二段410號,光明燈,已繳
        疏文：弟子賴永福，年五十三歲，住居雲林縣北港鎮華勝路87號，罹患肝硬化，誠心叩求天上聖母庇佑病體早日康復。
        劉家瑋上個月被公司資遣，原本月薪五萬二，現在失業兩個月，今天來問工作運，看起來壓力很大。
        普渡認桌：第47桌 認桌人 簡春嬌 住家電話 (04)2271-8835 已繳NT$3,000
        幫我媽潘素娥點安太歲，她身分證 N115739261，出生1958/11/03，住址同戶籍。
        管委會決議：志工組長曾國華私自挪用香油錢一萬二千元，停權六個月，款項分期歸還。
        進香自駕車登記：車牌 BKL-7325，車主 范姜文龍，停廟埕第2排。
        代點文昌燈：考生 洪詩涵，身分證 D128630573，今年報考指考，家長 洪先生 0953-602-914。
    """),
    "zh-Hans": _lines("""
        大陆信众报名台湾进香团：姓名 郑丽华，身份证 440306199208154621，手机 138 5921 4473，现住深圳宝安区。
        我是上次一起去湄洲进香的陈阿姨（3栋那个），微信号 chenayi_xm1962，帮我也报一盏光明灯。
        帮我老公林志强点太岁灯，他今年做了心脏搭桥手术，身份证 350582197903065213。
        泉州的黄秀兰阿姨托人带话，说她儿子在台湾欠了赌债，想在庙里替他祭改，又怕家里人知道。
        平安符寄送：收件人 吴建军，福建省莆田市秀屿区忠门镇港里村128号，电话 159 6021 3387。
        问事记录：信众苏晓梅问离婚官司，丈夫长期家暴，她已经申请了保护令。
        订单导出 QFD-20250612-0088 点灯人 何志远 银行卡 6222021004873167 金额 ¥380
        进香团第二车：刘德胜，护照 E58203147，出生 1966-04-09，糖尿病需自备胰岛素。
        群消息：@周慧芳（2号楼）你妈妈住院的事我跟师父说了，他会在法会上帮她消灾。
        小红书私信：我是 @莆田小鱼Yuki 本人，真名蔡雨琪，上次发的问事视频请不要再转载了。
    """),
    "en": _lines("""
        Mazu pilgrimage bus booking: Mr Tan Wei Liang, NRIC S8734251D, mobile 9176 4428, vegetarian meals.
        Tour bus driver for the Penang group: Rajesh a/l Muniandy, MyKad 780514-07-5391, vehicle PKT 6218.
        Please update my lantern registration: email grace.lim.hweeling@gmail.com, new address Blk 412 Ang Mo Kio Ave 10 #08-1135, Singapore 560412.
        Auntie Mary from the Sunday chanting group said her son Kelvin Ong was just diagnosed with leukaemia, please add him to the blessing list.
        Refund request for lamp order LMD-20250121-00519: card 4532137490218459 exp 08/27, holder Daniel Chua.
        Tin Hau festival blessing registration: Chan Ka Yan, HKID K382615(5), mobile 6123 8847.
        Between us, Mr Lee Boon Keat from the temple committee was convicted of drink driving last month, so keep him off the procession roster.
        Volunteer sign-up: Nguyen Thi Hoa, FIN G5127604W, works night shift in Jurong, wants to light a lamp for her mother in Vietnam.
    """),
    "mixed": _lines("""
        進香團報名 Name: 黃俊傑 / Huang Chun-Chieh, Passport 318462095, DOB 1979-02-11, LINE: jay_huang79
        新加坡信眾 陈美玲 Tan Mei Ling, T0268413B, HP 8832 1067, 要點 2025 光明燈 x2
        光明燈 for 李國豪 Lee Kok Hao, IC 850923-10-6647, 住 Jalan Sri Muda 7, Taman Sri Muda, Shah Alam.
        FYI 廟公阿伯的女兒 Vivian 最近在辦離婚，custody 的事吵很兇，拜託別在群組提。
        Telegram @kuo_mingyen_tw 郭明彥 想問祭改，他說最近 depression 很嚴重，已經請病假兩週。
        普渡 donation log: 黃秀蘭 Wong Siew Lan, RM 500, Maybank acct 114022658831, receipt to be emailed.
        E120965838 王振宇 進香團費 NT$8,500 three months overdue，請會計再催一次。
        Mdm Lim from #05-12 (Lim Swee Choo) 說她下個月開始要洗腎，不能來普渡幫忙了。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是慈惠宮的線上點燈客服助理，協助信眾完成光明燈與安太歲登記。"),
        ("user", "你好，我要幫我爸點光明燈，他叫蘇明山，民國48年次，手機0963-218-547。"),
        ("assistant", "好的，已為蘇明山先生登記光明燈一盞，費用NT$600。請問收據要寄到哪裡？"),
        ("user", "寄到臺南市安南區安中路三段152巷9號，謝謝。"),
        ("assistant", "已記錄地址，收據將於付款完成後七個工作天內寄出。"),
    ],
    [
        (
            "user",
            "請問祭改可以本人不到嗎？我太太林雅琪生完小孩後一直產後憂鬱，晚上睡不著，她不太願意出門。",
        ),
        (
            "assistant",
            "可以由家屬代辦，請攜帶她平常穿的一件衣服和農曆生辰。若情緒狀況持續，也建議一併就醫評估。",
        ),
        ("user", "好，她是民國80年農曆九月初二生的，我這週六帶衣服過去。"),
    ],
    [
        ("system", "你是宫庙进香团报名助手，只负责收集报名资料。"),
        ("user", "我想报名下个月的北港进香团，我是苏州来的，叫沈建明。"),
        ("assistant", "欢迎报名。请提供证件号码与联系电话，以便办理保险。"),
        ("user", "身份证 320584198801274032，手机 186 1237 5508，微信同号。"),
        ("assistant", "已登记，沈建明先生，第一车，出发前一天会通过微信通知集合时间。"),
    ],
    [
        (
            "user",
            "Hi, can I book the Mazu birthday blessing for my mum? She is Madam Goh Ah Lian, 78 years old.",
        ),
        ("assistant", "Certainly. Which address should we send the blessing talisman to?"),
        (
            "user",
            "Blk 225 Bedok North Street 1, #04-312, Singapore 460225. Her handphone is 8127 6630 but she rarely answers.",
        ),
        (
            "assistant",
            "Noted. The talisman for Madam Goh will be posted after the ceremony on the 23rd day of the third lunar month.",
        ),
    ],
    [
        ("system", "你是宮廟普渡認桌的 LINE 小幫手。"),
        ("user", "我要認一桌普渡，名字寫陳德旺，我的LINE是 dewang_chen55，有問題直接傳訊息給我。"),
        ("assistant", "收到，已為陳德旺先生保留第63桌，費用NT$3,000，請於8月10日前完成繳費。"),
        ("user", "好，那供品我自己準備，不用廟方代辦。"),
    ],
    [
        ("user", "我想問事，不知道方不方便在這裡先講。"),
        ("assistant", "可以先簡單描述您想請示的方向，我們會幫您安排問事時段。"),
        (
            "user",
            "我叫江志偉，在新竹科學園區上班，卡債累積到六十幾萬，老婆還不知道，我想問神明要不要辦債務協商。",
        ),
        (
            "assistant",
            "了解，已為您安排週三晚上七點的問事時段，當天請攜帶生辰資料，也可參考銀行公會的債務協商管道。",
        ),
    ],
    [
        ("system", "You help a Penang temple register lamp offerings."),
        ("user", "Nak daftar pelita untuk ayah saya, Ooi Teik Seng, IC 900312-14-5528, boleh?"),
        ("assistant", "Boleh. Sila beri nombor telefon untuk pengesahan."),
        ("user", "012-478 3365, saya anak dia, Ooi Mei Xuan. Bayar guna online banking."),
        (
            "assistant",
            "Terima kasih, pendaftaran pelita untuk Ooi Teik Seng telah direkodkan, bayaran RM 68.",
        ),
    ],
    [
        (
            "user",
            "幫我把這份芳名錄整理成表格：林阿火 2000 0932-118-406、張麗卿 1000 0976-550-213、無名氏 500",
        ),
        (
            "assistant",
            "整理如下：序號1 林阿火 2,000元；序號2 張麗卿 1,000元；序號3 無名氏 500元。公告版本建議移除電話號碼。",
        ),
        ("user", "好，公告版拿掉電話，但內部版要保留，謝謝。"),
    ],
    [
        ("system", "你是宮廟收驚服務的預約助理。"),
        (
            "user",
            "我兒子黃柏睿讀新竹市東門國小二年甲班，最近被同學霸凌，晚上做惡夢一直哭，想帶他來收驚。",
        ),
        (
            "assistant",
            "很抱歉聽到孩子的狀況。週六上午九點有空檔，可以嗎？也建議同時和學校輔導室聯繫。",
        ),
        ("user", "可以，我是他媽媽，電話0987-306-152。"),
    ],
    [
        ("user", "我係香港信眾，想報名你哋台灣進香團，點樣登記？"),
        ("assistant", "請提供姓名、證件號碼及聯絡電話，我們會代辦旅遊平安保險。"),
        (
            "user",
            "梁志華 Leung Chi Wah，HKID Y905147(1)，手提 9312 5847，住觀塘秀茂坪邨秀明樓1208室。",
        ),
        ("assistant", "已登記梁志華先生，稍後會以電話通知集合時間及機場接駁安排。"),
    ],
]
