# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh138: Taiwan elections and village chief offices (registration, petitions, borough services, gazettes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh138
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "選罷法與登記須知"): _lines("""
        依公職人員選舉罷免法第24條，選舉人年滿二十三歲，得於其行使選舉權之選舉區登記為村（里）長候選人。
        候選人登記應備文件：登記申請書、最近三個月內正面脫帽半身照片、國民身分證影本、學經歷證明文件及保證金收據。
        候選人得票數不足該選舉區選舉人總數除以應選名額所得商數百分之十者，保證金不予發還。
        登記期間依各選舉委員會公告辦理，逾期送件或文件不全者，一律不予受理。
        罷免案提議人人數應為原選舉區選舉人總數百分之一以上，連署人數應為百分之十以上。
        罷免案投票結果，有效同意票數多於不同意票數，且同意票數達原選舉區選舉人總數四分之一以上，即為通過。
        連署書所填戶籍地址須與戶政資料相符，身分證統一編號錯誤或字跡無法辨識者，該筆連署列為無效。
        選舉公報應刊登候選人之號次、照片、姓名、出生年月日、性別、出生地、推薦之政黨、學歷、經歷及政見。
        投票日前十日起至投票時間截止前，任何人不得發布或報導有關候選人或選舉之民意調查資料。
        競選活動期間：直轄市長、縣（市）長為十五日；直轄市議員、縣（市）議員、鄉（鎮、市）長為十日；村（里）長為五日。
        個人對同一擬參選人每年捐贈政治獻金不得超過新臺幣十萬元，對不同擬參選人每年合計不得超過二十萬元。
        投票時請攜帶國民身分證及印章（或簽名）；未攜帶投票通知單者，仍可憑身分證領取選票。
        選舉人領取選票後不得將圈選內容出示他人，亦不得於投票所內以手機或相機拍攝選票。
        檢舉賄選請撥法務部檢舉專線 0800-024-099，檢舉人身分依法保密，查證屬實者核發檢舉獎金。
        村（里）長為無給職，由區公所編列事務補助費，不適用公務人員俸給規定。
    """),
    ("zh-Hant", "里辦公處公告"): _lines("""
        【仁美里辦公處公告】本週六上午九時於里民活動中心辦理免費成人健檢，請攜帶健保卡，洽詢電話（04）2241-0635。
        里辦公處服務時間：週一至週五 09:00–12:00、14:00–17:00，里幹事每週二、四下午駐點服務。
        本里第三季資源回收兌換活動：寶特瓶十支換衛生紙一包，地點在里民活動中心前廣場，換完為止。
        颱風期間如遇路樹倒塌、道路積水，請撥打 1999 市民當家熱線或里辦公處專線 (02)2758-3190 通報。
        急難救助申請須檢附申請書、戶口名簿影本及相關證明文件，由里長訪視後送區公所社會課審核。
        重陽敬老禮金發放：年滿65歲且設籍本里之長者，請於10/20前攜帶身分證及印章至里辦公處領取。
        巷弄路燈故障請告知燈桿上的白底黑字編號（例如「信義 0327」），以利里辦公處報修。
        里辦公處公布欄僅供公告里務，選舉期間恕不受理任何候選人文宣張貼，敬請見諒。
        本里第0318號投票所設於仁美國小風雨操場，投票時間為上午8時至下午4時，當日請依指示動線進出。
        里民大會訂於11月9日（六）晚上7時舉行，議程：年度里務報告、社區安全維護、臨時動議。
        社區巡守隊招募新血：年滿20歲、設籍本里者均可報名，報名表請至里辦公處索取或於官方帳號下載。
        登革熱防治：請清除住家積水容器，衛生局將於10月第二週會同里辦公處進行孳生源稽查。
        本里AED設置於里民活動中心一樓入口處，CPR＋AED急救訓練每季辦理一次，歡迎里民參加。
        低收入戶及中低收入戶年度總清查將於3月辦理，相關資料請逕送區公所社會福利科，里辦公處不代收。
        仁美里辦公處LINE官方帳號 @renmei-li，加入後可即時接收停水、停電及垃圾車異動通知。
    """),
    ("zh-Hant", "里民LINE群組"): _lines("""
        明天早上停水到中午12點，大家記得先儲水喔 🚰
        請問投票通知單還沒收到怎麼辦？可以只帶身分證去投嗎？
        可以啦，帶身分證跟印章就能投，通知單只是提醒你投票所在哪裡
        公園那邊的溜滑梯壞了，有人報修了嗎？小朋友差點受傷
        剛剛打1999了，案件編號 1131205-0472，說三天內會派人來看
        提醒大家 投票所裡面不能拍選票，拍了會被罰錢喔
        今年里民旅遊改去宜蘭，報名到月底，費用一人800元，含午餐
        巷口新開的早餐店電話 04-2236-1187，十份以上可以外送
        有人知道戶籍遷進來要多久才能在這裡投票嗎？
        要在這個選區連續住滿四個月，以選舉公告發布那天往回算
        垃圾車時間改了，週三週日不收，晚上7點10分到巷口
        連署書是不是簽名就好？還要寫身分證字號嗎
        要喔，姓名、身分證字號、出生年月日、戶籍地址都要寫，少一欄就會被剔除
        中秋晚會攤位還缺志工，有空的請私訊里辦官方帳號報名 👍
    """),
    ("zh-Hant", "陳情與1999案件紀錄"): _lines("""
        案件編號 CH-2024-118734｜類別：道路坑洞｜地點：崇德路二段與文心路口｜處理單位：建設局｜狀態：已結案
        1999 派工單 11305170862：路燈不亮（燈桿編號 北屯 1129），預計三個工作天內修復。
        第三季陳情案件統計：噪音 47 件、違規停車 112 件、路燈 63 件、環境髒亂 38 件，平均結案天數 6.4 天。
        本件陳情人要求匿名，依規定承辦人不得向被陳情對象透露陳情人身分或聯絡方式。
        處理回覆範本：「台端所陳事項，本處已派員會勘，將於○月○日前改善完成，謝謝您的寶貴意見。」
        會勘紀錄：排水溝加蓋工程預算新臺幣38萬元，施工期間12/2至12/15，請用路人改道通行。
        函文字號：府授民字第1130276514號，主旨：檢送本市各里辦公處陳情案件處理作業要點一份。
        陳情管道包括市長信箱、1999專線及里辦公處現場登記，三者案件統一編號列管。
        本案涉及私有土地，依規定請陳情人檢附土地所有權狀影本後，再行排定會勘。
        檢舉違規停車請提供車牌號碼、時間、地點及照片，由交通警察大隊查處，里辦公處無開單權限。
        案件 #A1130928-17 退回原因：陳述內容不完整，請補充噪音發生時段及頻率。
        本週陳情案件逾期未結共3件，已發文催辦相關局處並副知議會服務處。
        公開版陳情資料之地址欄位僅揭露至路段，例如「中正路一段」，門牌以「○○號」代替。
    """),
    ("en", "election explainers"): _lines("""
        Taiwan's local elections are held every four years and bundle nine categories of office, from mayors down to village and borough chiefs (lizhang).
        In the January 2024 presidential election, Lai Ching-te of the DPP won with about 40 percent of the vote, ahead of Hou Yu-ih and Ko Wen-je.
        A lizhang is an elected borough chief who handles neighbourhood affairs such as welfare referrals, street lighting and typhoon warnings.
        To run for borough chief, a candidate must be at least 23 and file registration documents and a deposit with the local election commission.
        Polls in Taiwan open at 8 a.m. and close at 4 p.m., and ballots are counted publicly at each polling station right after closing.
        Taiwan has no absentee voting; most voters must return to the district where their household is registered.
        The Central Election Commission publishes results down to the polling-station level as open data in CSV format.
        Han Kuo-yu was recalled as mayor of Kaohsiung in June 2020, the first successful recall of a sitting special-municipality mayor.
        How do I find out which polling station I'm assigned to if I lost my voting notice?
        Election bulletins list each candidate's ballot number, education, experience and platform, and a copy is delivered to every household.
        A national referendum petition needs signatures from 1.5 percent of the electorate of the most recent presidential election.
        Report vote buying to the Ministry of Justice hotline 0800-024-099; the informant's identity is kept confidential.
        Tsai Ing-wen became Taiwan's first female president in 2016 and was re-elected in 2020 with about 8.17 million votes.
    """),
    ("zh-Hans", "两岸网友讨论"): _lines("""
        台湾的“里长”大概相当于大陆社区居委会主任，不过是直接选出来的。
        请问台湾选举为什么一定要回户籍地投票？没有异地投票吗？
        台湾“九合一”地方选举每四年一次，2022年那次是11月26日投票。
        选举公报里会写候选人的学历、经历和政见，每户都会收到一份纸本。
        看了下中选会的开放数据，投票所层级的结果可以直接下载CSV，挺方便的。
        台湾选前十天不准发布民调，网友一般叫“封关”，之后只能用各种暗语讨论。
        罢免门槛：同意票要多于不同意票，同时要达到选举人总数的四分之一。
        2025年那波“大罢免”最后没有一案通过，媒体讨论了很久。
        做两岸基层治理比较研究，想问台湾村里长的任期和补助是怎么规定的？
        里长是无给职，领的是事务补助费，标准由地方制度法和相关规定定的。
        陆配在台湾取得身份证以后就可以投票，但要登记参选还有设籍年限限制。
        台湾投票是用投票所提供的圈选章盖，不是打勾，这点和很多地方不一样。
    """),
    ("mixed", "表單範本與資料欄位"): _lines("""
        姓名：＿＿＿＿　身分證統一編號：□□□□□□□□□□　戶籍地址：＿＿＿＿＿＿（請以正楷填寫）
        results.csv columns: polling_station_id, village, cand_no, votes, valid_ballots, invalid_ballots, turnout
        SELECT village, SUM(votes) FROM results WHERE cand_no = 2 GROUP BY village ORDER BY 2 DESC;
        {"form": "petition_v3", "fields": ["name", "national_id", "household_address", "signature"], "required": true}
        身分證字號格式檢查 regex：^[A-Z][12]\\d{8}$，另需以檢查碼演算法驗證最後一碼。
        連署書範本 v2.1（2024-03 修訂）：連署人須親自簽名或蓋章，影印、傳真者無效。
        0318,仁美里,2,1274,2031,17,67.9%
        陳情人：{name}　聯絡電話：{phone}　陳情地點：{location}　陳情事項：{content}
        里民服務系統 v4.2.1 release notes: 新增 1999 案件同步、修正鄰別排序錯誤、export to xlsx 支援。
        選舉公報 PDF 檔 SHA-256: 9ccd75fbb29981c044109d7ed0036cae43dde1b32cd0ff86fbdeb4e1d28c8747
        《地方選舉實務手冊》ISBN 978-986-5337-81-0，定價新臺幣 350 元。
        投票通知單流水號 VN-2024-0318-00001 至 VN-2024-0318-02456，共 2,456 張，請清點後簽收。
    """),
    ("zh-Hant", "選舉新聞與公報"): _lines("""
        中選會公告，2024年總統副總統選舉投票率為71.86%，與第11屆立法委員選舉同日舉行。
        賴清德、蕭美琴於2024年5月20日宣誓就任中華民國第16任總統、副總統。
        柯文哲於2014年以無黨籍身分當選臺北市長，並於2018年連任成功。
        盧秀燕於2022年地方選舉以約59%得票率連任臺中市長。
        2022年地方公職人員選舉中，全國村（里）長應選名額共七千七百餘名。
        選舉公報刊登之政見內容由候選人自行負責，選舉委員會僅就格式與字數進行審查。
        本屆里長選舉共有兩名候選人完成登記，號次抽籤將於11月1日上午10時在區公所禮堂舉行。
        選委會提醒，不在籍投票尚未完成立法，移轉投票目前僅適用於投開票所工作人員。
        ○○市第4屆里長選舉，選舉人數1,843,219人，投票人數1,082,556人，投票率58.73%。
        2018年公民投票第16案「以核養綠」獲得通過，廢止電業法第95條第1項。
        區選務中心提醒，候選人競選宣傳車須於活動期間依規定時段行駛，晚上10時後不得使用擴音器。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        候選人登記申請書｜姓名：林美華｜性別：女｜出生：民國62年8月14日｜身分證統一編號：F232272538｜戶籍地址：新北市板橋區文化路一段188巷12號4樓｜電話：0921-586-037
        連署人名冊 第3頁 第12列：張文彬　A136743844　臺北市大安區和平東路二段96巷3號　簽章：（有）
        1999陳情 11312030415｜陳情人：吳淑芬（0933-480-195）｜內容：隔壁7號每晚卡拉OK唱到凌晨2點，已第三次反映，請警方協助。
        里長工作筆記 12/3：3鄰蘇阿嬤（蘇林秀琴，86歲）上週跌倒髖骨骨折，目前住院中，女兒要申請長照2.0，下週一家訪。
        急難救助訪視紀錄：申請人黃志明，42歲，10月工地墜落受傷無法工作，三名子女就學中，房租已積欠兩個月，建議核發一萬元。
        投開票所工作人員名冊：0318所 主任管理員 陳建宏 H117812321 郵局帳號 0021234-0587216
        政治獻金收據存根：捐贈者 劉淑惠，身分證 B250530244，金額新臺幣 20,000 元，2024/10/02 匯款入專戶。
        里民私訊：「我是12鄰的謝佩珊，家門口那盞路燈壞一個月了，我電話0958-217-604，晚上才接得到」
        獨居長者關懷名單：①周天來 89歲 中正路331號 心臟病 每週二送餐 ②葉阿桃 91歲 失智初期 女兒電話 0912 730 468
        選舉人名冊更正申請：申請人許家豪，身分證 E196246815，誤列於第0321投票所，戶籍已於7月遷至高雄市三民區鼎力路45巷8號2樓。
        宣傳車登記：車號 BKL-5273，車主 廖國棟，行駛路線 北屯區全區，聯絡電話 0975-316-208
        志工報名表｜姓名：鄭雅婷｜LINE ID：yating_0921cheng｜可服務時段：週末｜專長：長照陪伴、手語
        陳情信：里長您好，我是住在福德街52號的退休老師王榮輝，對面資源回收場每天清晨五點就開始搬貨，我的高血壓因為失眠越來越嚴重，懇請協助處理。
        低收入戶複查：侯美玲，家庭成員4人，月收入18,600元，長子就讀大同高中二年級，次女領有身心障礙證明，建議維持第二款。
        請曾冠宇先生於11/4前補繳學歷證明正本，聯絡手機 0987-215-630，逾期將無法刊登於選舉公報。
        罷免提議人名冊退件：第47號 徐子涵 D268096084，戶籍已遷至臺南市東區，不屬本選舉區，予以剔除。
        里辦來電紀錄 2024/11/18 14:20：蔡明憲來電詢問敬老禮金，告知其母蔡林玉霞已於9月往生，請自名冊刪除。
        急難紓困匯款資料：戶名 林宗翰，臺灣銀行（004）北屯分行，帳號 041004582936，核定金額 15,000 元。
        百歲人瑞祝壽名單：邱阿嬌，民國13年2月生，住興安路二段87號，由孫子照顧，行動需輪椅。
        選務人員身分確認：監察員 羅淑貞，國民身分證 K296058330，由第1號候選人推薦。
        巡守隊排班 週五夜班 22:00–02:00：隊長 簡宏誠（0910-842-357）、隊員 阿德（陳德勝，住9鄰）
        請回電李小姐（李欣怡）0939 561 224，她反映住的永和路大樓地下室漏水，已報修三次都沒人來。
        檢舉筆錄：檢舉人江俊傑（身分證 T140152231）稱11/20晚間於自宅收到不明人士交付現金500元及某候選人名片一張。
        關懷訪視：潘志偉先生，中度身心障礙，妻子為越南籍阮氏紅絨，育有一子就讀國小三年級，申請居家無障礙改善補助。
        健康講座報名：1. 游淑娟 0926-318-574　2. 賴正雄 0963-205-817　3. 何秀英（不會用手機，請打家裡 04-2291-5630）
        戶籍遷入訪查：宋承翰於2024/06/15遷入光明里8鄰中山路三段211號5樓之2，經查確有實際居住，非幽靈人口。
        育兒津貼撥付通知：黃郁婷君申請案已核准，每月5,000元撥入中華郵政帳戶 0001038-1126477。
        保證金退還申請：申請人翁啟明（第2號候選人），身分證字號 N194696430，退還帳戶 土地銀行 005 帳號 100001234587。
        里長手機記事：下午去看11鄰楊家小兒子楊宇軒，國中已中輟三個月，社工說媽媽在戒治所，爸爸在外地工作。
        敬老卡補辦代領：長者 鍾阿美（身分證 M163341338）委託鄰長代領，本人住院中，委託書已附。
    """),
    "zh-Hans": _lines("""
        陆配定居申请材料：申请人 陈思雨，大陆居民身份证 350203198804120048，2016年来台，现居台中市北屯区，配偶为本里居民。
        我是广州人梁晓琳，身份证号 440106199109273763，老公户籍在台北市文山区，想问我什么时候能在里长选举投票？
        帮我看下这份连署书填得对不对：姓名 刘家铭，身分证 G131771488，地址 宜兰县罗东镇中正路78号
        里办来电记录：林国栋先生说父亲林阿土失智走失，最后出现在菜市场附近，联络手机 0918-672-430
        香港移居台湾的何家乐，HKID K381204(9)，已在新北市新店区设籍满四个月，询问能否参加里长选举投票。
        选务打工报名：姓名 周敏 / 电话 0952-410-738 / 邮箱 zhoumin.tw88@gmail.com / 学校 台湾大学社工系三年级
        政治献金线上捐款：信用卡 4563 7563 9786 6581，持卡人 WU CHIA-LING，金额 3000 元，请开收据
    """),
    "en": _lines("""
        Volunteer roster, polling station 0318: Kevin Hsu (kevin.hsu.tpe@gmail.com, 0915-263-048), shift 06:30–17:00, bring own lunch.
        Hi, I'm Daniel Hoffmann, I teach at a cram school and live at 3F, No. 14, Lane 52, Yongkang St. The campaign truck parks under my window every night at 9pm, can the lizhang do anything?
        Nguyen Thi Thu Trang, ARC No. A982413757, married to a local resident, asked whether she can vote for borough chief; told her only after naturalisation.
        Election observer application — Name: MARIA SANTOS-REYES / Passport: P4827163A (Philippines) / Arrival: 2026-11-25 / Hotel: Regent Taipei
        Signature sheet note: Lin Chia-yi, ID P211554514, signed twice on pages 4 and 9, keep the first one only.
        Ticket #4471 — caller Mrs. Chou Li-chen (0936 485 912) reports her husband Chou Wen-ping, 78, who has dementia, missing since 3pm near Fengyuan station.
        Nur Aisyah binti Kamarudin, MyKad 010315-10-5628, exchange student at NCKU, volunteering at the Dongning borough office on weekends.
        Donation refund request: JCB card 3567 6836 8769 7112 was charged twice for donor Amy Tsai, please refund NT$1,000.
    """),
    "mixed": _lines("""
        里長 pls call back 陳先生 Chen Yu-lun 0922 614 083 re: 敬老卡 lost, 他說明天上午都在家
        候選人登記 Name 姓名: HUANG, SHU-FEN 黃淑芬 / ID: U258876645 / DOB: 1975-04-09 / Addr: 花蓮市國聯一路66號
        @阿明 6鄰那台 AHX-8821 又停在巷口了啦 黃太太說她要載她媽去洗腎出不去
        Q166877061 戴志遠 連署書 ID 寫錯一碼 已請他重簽 pls 送件前 double check
        獻金明細 S254339818 | 江佩君 | NT$50,000 | 2024-09-30 | 匯款
        發文宣的曉雯（陳曉雯, Telegram @hsiaowen_0412）說她明天要去醫院洗腎，週四那班幫她找人代
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是協助里辦公處撰寫公文與陳情書的助理。"),
        (
            "user",
            "幫我寫一封陳情書給南屯區公所，我叫張秀蘭，住臺中市南屯區黎明路二段415巷9號，家門口水溝堵住兩個禮拜了，一下雨就淹進家裡，我電話0916-735-284。",
        ),
        (
            "assistant",
            "好的，以下是陳情書草稿：主旨：陳請疏通黎明路二段415巷9號前排水溝。說明：一、陳情人張秀蘭設籍於上址，門前水溝堵塞已逾兩週……聯絡電話：0916-735-284。",
        ),
        ("user", "再幫我加一句，我有身障手冊，行動不方便，沒辦法自己清。"),
    ],
    [
        (
            "user",
            "可以幫我確認這個身分證字號格式對不對嗎？R100873017，是我爸方正義的，他明年想登記選里長。",
        ),
        (
            "assistant",
            "R100873017 的檢查碼計算結果正確，格式有效。登記時請另備照片、學經歷證明及保證金。",
        ),
        ("user", "謝謝，他今年剛從台糖退休，戶籍在善化區已經住三十幾年了，這樣資格應該沒問題吧？"),
    ],
    [
        ("system", "You help a borough office clerk organise spreadsheets."),
        (
            "user",
            "把這些整理成表格：王金水 88歲 0911-204-573 獨居 糖尿病；李秋月 82歲 0935-118-642 與兒同住 中風後復健；馬振發 90歲 無手機 洗腎每週一三五",
        ),
        (
            "assistant",
            "| 姓名 | 年齡 | 電話 | 狀況 | / | 王金水 | 88 | 0911-204-573 | 獨居、糖尿病 | / | 李秋月 | 82 | 0935-118-642 | 與兒同住、中風後復健 | / | 馬振發 | 90 | — | 洗腎（一三五） |",
        ),
    ],
    [
        (
            "user",
            "Can you translate my complaint into Chinese for the lizhang? My name is Sarah Whitfield, I live at 5F-2, No. 31, Siwei Rd, Da'an District.",
        ),
        ("assistant", "Sure. Please paste the text of your complaint and I'll translate it."),
        (
            "user",
            "The candidate's office next to my flat plays music until 11pm. I work night shifts at Taipei Veterans General Hospital and can't sleep. Reach me at sarah.whitfield@outlook.com.",
        ),
    ],
    [
        (
            "user",
            "我是陆配，老公是台中人叫詹志明，我的大陆身份证是320102199006154689，现在拿的是依亲居留，能不能在今年里长选举投票？",
        ),
        (
            "assistant",
            "依亲居留阶段还不能投票。需要取得台湾身份证并在选区设籍满四个月后，才有选举权。",
        ),
        ("user", "那我女儿在文心国小读二年级，她以后出生地会影响投票吗？"),
    ],
    [
        (
            "user",
            "幫我排志工班表：週六 小芳（LINE: fang_0813）上午、阿傑（LINE: jay.kuo77）下午；週日 郭子豪 全天，他說週日早上要先帶兒子去長庚回診。",
        ),
        (
            "assistant",
            "週六上午：小芳（fang_0813）；週六下午：阿傑（jay.kuo77）；週日全天：郭子豪（上午可能晚到，需回診）。",
        ),
        ("user", "好，再幫我寫一段 LINE 訊息通知他們。"),
    ],
    [
        (
            "user",
            "這筆連署有效嗎？姓名：高淑芳 身分證：V212242877 出生：1968/03/22 戶籍：臺東市中華路一段402號",
        ),
        ("assistant", "V212242877 檢查碼正確；是否有效仍需比對戶政資料，確認戶籍在本選區。"),
        ("user", "她說她上個月剛搬去台北跟女兒住，戶籍還沒遷。"),
    ],
    [
        ("user", "我媽卓玉梅現在住台大醫院加護病房，投票那天出不來，可以我幫她代投嗎？"),
        ("assistant", "不行，台灣沒有代理投票制度，選票必須由選舉人本人親自圈選。"),
        ("user", "好吧，那她的敬老津貼可以我去里辦幫她領嗎？我是她兒子卓文彬。"),
    ],
    [
        (
            "user",
            "幫我寫一張志工感謝狀，給 這次選務最辛苦的 Vivian Liao 廖怡君，她連續三週每晚來里辦幫忙摺文宣。",
        ),
        (
            "assistant",
            "感謝狀：茲感謝廖怡君（Vivian Liao）女士於選舉期間熱心協助里務，連續三週夜間投入文宣整理，特頒此狀，以資表揚。",
        ),
        ("user", "讚，我等等寄到她信箱 vivian.liao1990@yahoo.com.tw，順便副本給里長。"),
    ],
    [
        (
            "user",
            "hi 我捐政治獻金刷卡被扣兩次 card 4147 7237 2314 1068, 持卡人 KUO MEI-HSUAN, 怎麼申請退款",
        ),
        (
            "assistant",
            "建議先聯絡受贈的政治獻金專戶承辦人，並向發卡銀行申請爭議款，準備交易日期與金額。",
        ),
        (
            "user",
            "OK 交易日期是 11/12 兩筆 2,000，我電話 0968-530-271，麻煩幫我寫 email 給競選總部",
        ),
    ],
]
