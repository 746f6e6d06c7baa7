# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix58: 香港公屋及資助出售房屋（公屋申請、居屋抽籤、白表綠表、富戶政策、住戶紀錄）. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix58
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "申請須知與政策"): _lines("""
        一般申請者包括家庭申請者及長者一人申請者；非長者一人申請者則受「配額及計分制」規管。
        申請人須年滿18歲，申請人及其家庭成員在申請時及配屋時均不得擁有任何香港住宅物業。
        2024/25年度公屋入息限額：一人家庭每月$12,940，二人家庭$20,070，三人家庭$25,260（資料僅供參考）。
        「白表」適用於符合入息及資產限額的非業主，「綠表」則主要適用於公屋租戶及持有有效「綠表資格證明書」的公屋申請者。
        根據「富戶政策」，居於公屋滿十年的住戶須每兩年申報家庭入息；家庭入息超過限額兩倍者須繳交1.5倍淨租金另加差餉。
        家庭入息超過公屋入息限額三倍，或家庭資產淨值超過入息限額84倍的住戶，須於指定期限內遷出單位。
        出售居屋單位2024的售價按評估市值的折扣釐定，申請費為港幣$280，申請費一經繳付概不退還。
        申請表格（HD 300B）可於各公共屋邨辦事處或房委會網站下載，填妥後可以郵寄或親身遞交。
        已遞交申請者如家庭狀況有變，例如結婚、離婚、出生或死亡，應盡快以書面通知房屋署更新資料。
        綠置居單位只供綠表申請者購買，買家日後轉售須受與居屋相同的轉讓限制。
        申請人如明知而虛報資料，根據《房屋條例》第26條，一經定罪最高可被判罰款$20,000及監禁6個月。
        「天倫樂優先配屋計劃」讓選擇與年長父母或親屬同住的家庭，較一般申請者提早六個月獲配單位。
        「特快公屋編配計劃」一般每年推出一次，申請者可揀選較舊或較偏遠的單位以加快上樓。
    """),
    ("yue-Hant", "討論區"): _lines("""
        今期居屋白表大約五萬幾份申請，中籤率好似得1.6%，我又冇份喇🥲
        有冇人知綠置居揀樓次序點計？家庭申請係咪一定排喺一人申請前面？
        我哋一家三口等咗五年半，上個禮拜終於收到二配信，係屯門啲舊邨，諗緊要唔要
        富戶申報表填到頭都大，定期、股票、強積金要唔要計都唔清楚，有冇師兄分享下？
        白居二中咗籤，而家搵緊二手居屋，藍田嗰邊有冇推介？預算四百萬左右
        唔好信啲中介話可以幫你「加快上樓」，房署職員都講咗冇呢回事，佢哋只係想呃你兩千蚊
        Interview 前記得準備埋糧單、MPF statement 同三個月銀行月結單，佢會逐份check
        配額計分制嘅非長者一人申請真係等到天荒地老，30歲先申請分數低到喊
        人哋話抽居屋要揀個好啲嘅時間交表，其實全部都係電腦隨機抽，幾時交都冇分別
        PRH三配都唔要會被取消申請，要重新排過，諗清楚先好拒
        屋邨單位裝修最緊要預先向辦事處申請，拆咗牆分分鐘要自己還原仲要賠錢
        有冇人試過「租者置其屋計劃」買咗自己住緊嗰間？而家仲有冇得買？
        今年第一次用房委會 App 交申請，上載文件好順，唔使再排隊影印
    """),
    ("en", "HA notices and statistics"): _lines("""
        As at end-September 2024, there were about 133,000 general applications for public rental housing and about 97,000 non-elderly one-person applications under the Quota and Points System.
        The average waiting time for general applicants housed in the past 12 months was 5.7 years, and 3.8 years for elderly one-person applicants.
        Sale of Home Ownership Scheme Flats 2024: about 7,100 flats in 7 new developments; application fee HK$280.
        Green Form applicants will be allocated 40% of the flat quota and White Form applicants 60%; families will be given priority over one-person applicants.
        Applicants must not submit more than one application. Duplicated applications will be cancelled and the application fee will not be refunded.
        Under the Well-off Tenants Policies, households who have lived in public rental housing for 10 years or more are required to declare their household income every two years.
        For enquiries, please call the Housing Authority hotline at 2712 2712 or visit the HA Customer Service Centre.
        NOTICE: Lift modernisation works at Block 3 will be carried out from 4 Nov 2024 to 28 Feb 2025. We apologise for any inconvenience caused.
        Tenants are reminded that unauthorised alterations to the flat, including removal of the kitchen wall, are a breach of the tenancy agreement.
        Marking Scheme for Estate Management Enforcement: accumulating 16 points within two years may lead to termination of the tenancy.
        The HA does not engage any agent to handle PRH or HOS applications. Report suspected fraud to the ICAC at 25 266 366.
        Monthly rent for a 2-person flat at a newly completed estate ranges from HK$1,900 to HK$2,600, inclusive of rates and management fees.
        Income and Asset Limits for White Form Applicants (HOS 2024): monthly household income not exceeding $67,000 and total net assets not exceeding $1,820,000 for families.
    """),
    ("en", "systems and data"): _lines("""
        2024-11-18T09:42:17+08:00 INFO hos-ballot: batch HOS2024-W completed, 52,431 records, seed=0x7F3A91C2, duration 00:03:41
        CREATE TABLE household_member (app_no CHAR(10) NOT NULL, member_seq SMALLINT, hkid_hash CHAR(64), relation_code VARCHAR(4), dob DATE);
        def mask_hkid(s: str) -> str: return s[0] + "*" * (len(s) - 4) + s[-3:]
        ERROR WTP-DECL-422: field `monthly_income` must be a non-negative integer (received "N/A")
        sha256(applicant_export_2024Q3.csv) = 9c4e1f0a7b2d83c5e6f19a0d4b7c2e81f3a5d69b0c8e7f21d4a6b9c3e0f1a2b7
        Release notes v3.14.2 – PRH e-application: fixed upload timeout for PDF > 8 MB; added Traditional Chinese labels for "Green Form Certificate".
        HKID format check: ^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$ — the pattern alone is not enough, compute the check digit too.
        Invoice INV-HK-2024-008817 | Moving service Sha Tin → Tung Chung | 3 workers, 5.5-ton truck | HK$2,380 paid by FPS
        SF Express waybill SF1408823576113: delivered to HA Customer Service Centre mailroom, 2024-10-02 15:27
        TODO: drop column `spouse_name_eng` from staging view v_app_household_stg once migration 0047 is verified.
        Test fixture: applicant_name="CHAN Tai Man", hkid="A123456(3)" – the specimen values printed in the form guidance notes, not a real applicant.
        Dashboard KPI: median processing time for WTP declarations 23 days (target ≤ 30), backlog 1,204 forms, SLA met 96.2%.
    """),
    ("zh-Hant", "通知範本與指引"): _lines("""
        【房屋署】{申請人姓名}先生／女士：閣下的公屋申請（編號：{申請編號}）已進入詳細資格審查階段，請於{日期}前攜同所需文件前往{辦事處地址}。
        親愛的＿＿＿＿＿（戶主姓名）：根據紀錄，閣下單位須於本年度填交「住戶資料申報表」，請於收信後30天內交回。
        職員處理申報表時，須將身份證副本存放於上鎖文件櫃，核實後九十日內以碎紙機銷毀，不得以個人電郵或通訊軟件傳送。
        向市民收集個人資料時，必須提供《收集個人資料聲明》，列明收集目的、資料轉介對象，以及查閱及改正資料的權利。
        回覆範本：「多謝你嘅查詢，為保障私隱，我哋唔會喺WhatsApp處理涉及身份證號碼嘅資料，請親身到辦事處辦理。」
        填表例子：申請人姓名「陳大文」，香港身份證號碼「A123456(3)」，此為示範資料，請勿照抄。
        郵件標題格式：[WTP申報] {屋邨名稱}-{座數}-{單位編號}-{年度}，例如 [WTP申報] XX邨-X座-XXXX-2024/25。
        如戶主已離世，家屬應遞交死亡證明書副本，並向屋邨辦事處申請更改戶籍。
        資料保存期限：不成功申請的紀錄會於抽籤結果公布後兩年內銷毀。
        個人資料私隱專員公署查詢熱線：2827 2827。
        電話錄音提示：「為確保服務質素，通話可能會被錄音。如不同意，請於聽到提示後按1。」
        遮蓋規則：匯出報表時，身份證號碼只顯示首個英文字母及括號內的校驗碼，姓名以「陳**」形式顯示。
    """),
    ("zh-Hant", "新聞報道"): _lines("""
        房屋局局長何永賢今日出席立法會房屋事務委員會會議時表示，簡約公屋首批單位將於明年第一季入伙。
        房委會今日公布「出售居者有其屋計劃單位2024」接獲約14萬份申請，超額認購約19倍。
        1953年聖誕夜石硤尾寮屋區大火令五萬多人無家可歸，政府其後興建徙置大廈，被視為香港公營房屋的起點。
        前港督麥理浩於1972年宣布「十年建屋計劃」，目標為180萬人提供設備完善的居所。
        李鄭屋邨得名於當地李、鄭兩大家族，邨內的東漢古墓於1955年興建徙置區時被發現。
        統計處數字顯示，全港約有三成人口居於公屋，另有約一成半人口居於資助出售單位。
        審計署報告批評房委會對富戶申報的抽查比例偏低，部分年度只抽查約3%個案。
        申訴專員公署主動調查房屋署處理「濫用公屋」舉報的機制，建議縮短跟進時間。
        立法會議員要求政府交代過去五年因虛報入息而被檢控的公屋租戶數字，政府回覆共有127宗定罪個案。
        觀塘安達邨以附近的安達臣道命名，單位以二人至四人單位為主，2020年起分期入伙。
        公屋聯會發表聲明，促請政府檢討富戶政策下的資產限額，以免影響退休長者租戶。
        行政長官李家超在2022年《施政報告》中提出「簡約公屋」，目標五年內興建約三萬個單位。
    """),
    ("yue-Hant", "屋邨生活與商戶"): _lines("""
        何文田邨樓下嗰間「陳記冰室」嘅菠蘿油真係一流，下晝三點前去唔使排
        梁師傅裝修（公屋專門）熱線 3188 6021，全港服務，免費上門度尺報價
        搬屋報價：三房單位，屯門去將軍澳，五噸車連三個師傅 $2,680，落單編號 MV-24-03917
        聖雅各福群會有免費講座教長者點樣填公屋申請表，逢星期三下晝兩點
        伊利沙伯醫院同瑪嘉烈醫院都有醫務社工，可以幫病人寫體恤安置嘅轉介信
        搬咗去荃灣之後，個女轉咗去仁濟醫院王華湘中學，行路十分鐘就到
        石硤尾美荷樓而家改建咗做青年旅舍，入面有個公屋生活館，免費入場
        窩打老道同彌敦道交界嗰個站有巴士直接去彩虹邨，唔使轉車
        淘寶訂咗個鞋櫃，單號 78456123901234，寄咗去集運倉等咗成個禮拜
        屋邨街市「周記燒臘」叉燒飯 $38，雙拼 $42，仲送例湯
        鴨脷洲利東邨停車場月票而家要$2,650，仲要排隊等位
        麥兜故事入面麥太同麥兜住喺大角咀，好多人話睇完就諗起細個住公屋嘅日子
    """),
    ("en", "history and culture"): _lines("""
        Sir Murray MacLehose, Governor of Hong Kong from 1971 to 1982, launched the Ten-Year Housing Programme in 1972.
        The Mark I resettlement blocks built after the 1953 Shek Kip Mei fire were H-shaped, with communal toilets in the connecting section.
        Mei Ho House, the last surviving Mark I block, reopened as a youth hostel with a heritage museum in 2013.
        Choi Hung Estate, completed in the early 1960s, is famous for its rainbow-painted facades and its much-photographed basketball court.
        In the novel's final chapter, Ah Keung and his grandmother finally receive the keys to a flat in Tin Shui Wai – a fictional family, but a familiar story.
        Queen Elizabeth Hospital in King's Park, named after Queen Elizabeth II, serves several large public estates in Yau Tsim Mong.
        Castells, Goh and Kwok compared the two cities in The Shek Kip Mei Syndrome: Economic Development and Public Housing in Hong Kong and Singapore (1990).
        Kowloon Walled City was demolished in 1993-94, and many of its former residents were rehoused in public rental estates.
        Singapore's Housing & Development Board was set up in 1960; today roughly four in five Singapore residents live in HDB flats.
        The Hong Kong Housing Authority was established in April 1973 under the Housing Ordinance.
        The Tenants Purchase Scheme, introduced in 1998, allowed sitting tenants in 39 estates to buy the flats they were renting.
        Lecture slides, Week 6 – Public housing and social mobility. Seminar question: should well-off tenants be required to move out?
        Lei Cheng Uk Han Tomb Museum, 41 Tonkin Street, Sham Shui Po, is open daily except Thursdays; admission is free.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "yue-Hant": _lines("""
        我老豆陳國雄上個月喺瑪嘉烈醫院確診肺癌第四期，想幫佢申請體恤安置，佢而家一個人住葵盛東邨盛富樓
        房署阿sir你好，我係黃淑芬，公屋申請編號 G-2108-34521，電話 6284 1937，想問幾時有詳細資格審查
        戶主：何志明 HKID Y602948(3)；配偶：林慧儀；長女何樂晴（2015年出世）；現址：天水圍天恩邨恩慈樓18樓1812室
        阿嫲梁桂芳喺石籬邨住咗四十幾年，上個禮拜喺屋企跌親入咗明愛醫院，我哋想申請加戶照顧佢
        我家姐蘇詠詩要做富戶申報，佢老公每月人工$68,000，佢自己$32,000，咁樣係咪要交雙倍租？
        順利邨利富樓1507嗰個張偉強根本冇喺度住，單位轉租咗畀人，我已經打去舉報咗
        whatsapp 我啦 9157 3208，我叫Kelvin So，白居二中咗想搵二手居屋
        我新來港嘅老婆劉小燕上個月先拎單程證落嚟，身份證號碼 R137560(0)，可唔可以加入我嘅公屋戶籍？
        我阿媽鄧玉蓮有思覺失調，之前喺青山醫院住過院，社工話可以幫佢申請調遷去低層單位
        以前住秀茂坪寶達邨達利樓2211嘅雷家明，因為虛報入息喺觀塘裁判法院被判罰$8,000
        我個仔司徒俊軒16歲，有自閉症，讀緊屯門嘅特殊學校，想問特殊需要可唔可以優先配屋？
        退按金麻煩過數去我個滙豐戶口 004-512-347812-838，戶口名 CHOW KA YAN
        居屋揀樓通知寄咗去舊地址，新地址係沙田新田圍邨賀田樓22樓2205室，收信人麥嘉欣，電話 5306 8842
        前夫鄧偉明已經搬出，但佢唔肯簽名刪除戶籍，我李詠欣應該點做？佢電話係 9438 6015
        上次交居屋申請費用咗我張Visa 4557 0123 8845 0193，持卡人周嘉欣，點解會扣咗兩次？
        我叫伍志豪，身份證 E91****(5)，住富亨邨亨泰樓，想查下我份富戶申報表收到未
        阿爺冼錦華上年十月喺廣華醫院過咗身，我哋要搬出長亨邨定係可以繼承租約？
        我老公黃浩文喺地盤做紮鐵，月入大概$45,000，我哋住大埔富善邨善雅樓，係咪超咗綠置居限額？
    """),
    "zh-Hant": _lines("""
        申請人：歐陽美玲（女，1983年5月11日出生），香港身份證號碼 M821403(A)，現居住址：九龍深水埗北河街168號3樓B室（劏房）。
        綠表資格證明書持有人：譚國豪，公屋租約編號 TN-0728-1532，居於將軍澳厚德邨德禮樓1532室。
        富戶申報核實結果：戶主蔡俊傑（石硤尾邨美映樓）2024/25年度家庭每月總入息$96,500，家庭資產淨值$3,240,000，須繳交雙倍淨租金另加差餉。
        體恤安置轉介：個案當事人馮麗珊，38歲，長期遭丈夫家暴，現帶同兩名子女暫住婦女庇護中心。
        居屋買家羅家輝、羅陳慧敏於2024年8月以$3,285,000購入啟德啟欣苑B座17樓7室，按揭銀行為中國銀行（香港）。
        家庭成員：陳柏宇（兒子，2009年生，患有嚴重哮喘），香港身份證號碼 Z702635(9)。
        申請人配偶郭雅婷持中華民國國民身分證 F228031743，擬於2025年來港定居並加入公屋申請。
        遞交人：關卓謙，電郵 kwan.cheukhim88@gmail.com，手提 6790 2154，居屋申請編號 HOS24-W-0381275。
        上訴委員會（房屋）聆訊：上訴人葉秀蘭不服房屋署終止其彩德邨彩喜樓租約的決定，上訴編號 AP/2024/0813。
        資產申報：私家車一部，登記號碼 VJ 3325，登記車主為申請人何嘉琪之丈夫蔡志勇。
        住戶楊錦榮於屯門寶田邨寶怡樓的單位因長期無人居住被房屋署收回，其本人現已移居深圳。
        申請人馬志偉之母親馬林秀英（88歲）患柏金遜症及認知障礙，現正輪候津助護養院宿位。
    """),
    "zh-Hans": _lines("""
        我老婆黄丽萍，身份证440306198503172625，户口在深圳宝安，已经拿到单程证，下个月去香港跟我住公屋。
        帮我看下我舅舅吴建华（身份证445202197608144531）申请香港公屋，是不是要申报他在揭阳的房子？
        单程证持证人：林晓雯，身份证号35020319920606102X，赴港事由：夫妻团聚，香港配偶张俊峰。
        申请人冯德明（身份证440106198811235818）名下持有广州市天河区一套住房，须在公屋申请中如实申报。
        我表姐莫秀英在香港排公屋排了六年，她手机13927461853，微信号 moxiuying_1979，你直接加她。
        韦志勇（身份证450102197902280712）在香港居屋申请中被发现隐瞒南宁的一套住房，已被取消资格。
    """),
    "en": _lines("""
        Dear Sir/Madam, I am writing on behalf of my mother, Mrs LEUNG WONG Siu-ying (HKID A449021(8)), tenant of Flat 1023, Hing Shing House, Tai Hing Estate, to request a transfer to a ground-floor flat after her knee replacement surgery.
        Applicant: TSANG Wing-yi, email tsang.wingyi@outlook.com, mobile 5172 9364, PRH application no. G-2211-07284.
        Subject: WTP declaration – Flat 2508, Kin Wah House, Kin Ming Estate. Household income HK$87,300/month (me, Raymond Ip, and my wife Carmen Ip). Do we need to pay double rent?
        My brother Alvin Chu (P285914(2)) was deleted from our tenancy after he got 18 months for drug trafficking – can he be added back after release?
        Home visit 12/09/2024: tenant Ms SHEK Yuen-man, Flat 708, Block 5, Lei Tung Estate, appeared unwell; daughter says she has moderate dementia and lives alone.
        Hi, my name's Jason Cheng, I won a White Form Secondary Market Scheme quota, priority no. 1,284. Best to reach me on WhatsApp +852 9520 3317.
        Household member (son): Marcus TAN Jun Wei, Singapore NRIC S8841273G, currently working in Singapore – does he still count as a family member?
        Spouse details: NG Mei Ling, MyKad 880412-14-5562, residing in Cheras, Kuala Lumpur, tel 012-384 7712.
        Refund of HOS deposit: please credit HK$85,000 to BOCHK a/c 012-875-1-203846-1, account holder LAU Chi Keung.
        Decision: Mr KWOK Tsz-hin's application for compassionate rehousing is approved on medical grounds (end-stage renal failure, haemodialysis three times a week).
        I'm the social worker for Yvonne Lai (32), a single mother of two in a subdivided flat at 4/F, 212 Shanghai Street, Yau Ma Tei; she has been on the PRH waiting list since 2019.
        Fung Kin-wah, 57, a former tenant of Cheung Sha Wan Estate, pleaded guilty at Kowloon City Magistrates' Courts to making a false income declaration and was fined HK$12,000.
        Passport no. K08273416 (HKSAR), holder CHEUNG Hoi-lam, DOB 03-Jul-1996 – copy attached for the HOS agreement for sale and purchase.
        Card no. 5120 3477 9012 8341, exp 09/27, cardholder ANGELA MOK – for the HK$280 HOS application fee.
        fyi the guy in 1602 (Mr Lo Ka-chun) has been subletting his flat in Kwai Chung Estate to three students for $4,500 each
        Update: my wife Cindy Yeung (HKID G5708167) gave birth to our second child last week, please change our PRH application G-2301-55812 from 3 to 4 persons.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係房委會網上查詢助理，只可以解答一般政策問題。"),
        ("user", "請問三人家庭公屋入息限額幾多？"),
        ("assistant", "2024/25年度三人家庭嘅每月入息限額係$25,260，資產限額請參考房委會網站。"),
        ("user", "咁我想查下我份申請去到邊，我叫容嘉敏"),
        ("user", "申請編號 G-2004-18736，住址係觀塘秀茂坪道18號2樓（板間房）"),
        ("assistant", "抱歉，我無法查閱個別申請進度，請致電2712 2712。"),
    ],
    [
        ("user", "Can you help me write a letter to the Housing Department asking for a transfer?"),
        ("assistant", "Of course. What is the reason for the transfer, and who is the tenant?"),
        (
            "user",
            "The tenant is my dad, Mr HO Kam-wing, Flat 1419, Yat Tung Estate, Tung Chung. He had a stroke in March and now uses a wheelchair, but the lift in his block only stops on even floors.",
        ),
        ("assistant", "Thanks. Here is a draft letter requesting a transfer on medical grounds..."),
        ("user", "Please also add his HKID H331807(0) and my mobile 6345 1208 as the contact."),
    ],
    [
        (
            "system",
            "You are an assistant for a property agency. Help staff tidy HOS buyer records into a table.",
        ),
        (
            "user",
            "整理下：買家1 梁俊偉 S905562(4) 電話9812 4456；買家2 梁鄭嘉儀 F176394(2)；單位：錦柏苑B座23樓11室，成交價$4,120,000",
        ),
        (
            "assistant",
            "| 買家 | 身份證 | 電話 |\n|---|---|---|\n| 梁俊偉 | S905562(4) | 9812 4456 |\n| 梁鄭嘉儀 | F176394(2) | – |",
        ),
    ],
    [
        ("user", "我是深圳人，老公在香港有公屋，我拿单程证过去能加户口吗"),
        ("assistant", "一般可以向屋邨办事处申请加入户籍，需要提交单程证和香港身份证副本。"),
        ("user", "我身份证是360721"),
        ("user", "199504193022，名字叫钟晓燕，你帮我看看需要多久"),
        ("assistant", "审批时间视乎个案，建议直接向屋邨办事处查询，不要在网上提供身份证号码。"),
    ],
    [
        ("user", "富戶申報表入息嗰欄點填？"),
        ("assistant", "需要填報所有家庭成員過去12個月嘅平均每月入息，包括薪金、花紅同租金收入。"),
        ("user", "我哋屋企係我（溫子健）同老婆溫周美玲，住愛民邨信民樓"),
        ("user", "我月入$52,000，佢月入$31,500，仲有個仔讀緊大學冇收入"),
        ("assistant", "兩位合共約$83,500，可能超過入息限額兩倍，需要繳交額外租金。"),
    ],
    [
        ("user", "When is flat selection for HOS 2024 White Form families?"),
        (
            "assistant",
            "Flat selection is arranged by priority number; invitation letters are sent about three weeks before.",
        ),
        ("user", "ok. My priority no. is 3,872"),
        (
            "user",
            "I moved last month so please send the letter to Jessica Wan, Flat C, 9/F, Kam Fung Court, 8 On Chun Street, Ma On Shan, email jess.wan1991@gmail.com",
        ),
        (
            "assistant",
            "I can't change addresses here – please submit an address change via the HA e-Services.",
        ),
    ],
    [
        ("user", "隔籬屋成日大嗌大叫，半夜掟嘢，好嘈"),
        ("assistant", "可以向屋邨辦事處投訴，佢哋會跟進，有需要亦可以報警。"),
        (
            "user",
            "佢叫區志輝，住慈正邨正逸樓1218，聽佢家人講佢有躁鬱症冇食藥，我驚佢出事",
        ),
        ("assistant", "明白你嘅擔心，可以聯絡社署或者醫管局精神健康專線尋求協助。"),
    ],
    [
        ("system", "你是房屋資訊平台客服，請以書面中文回覆。"),
        ("user", "我想更改公屋申請的聯絡電話"),
        ("assistant", "請提供申請人姓名及申請編號，以便轉介相關部門。"),
        ("user", "申請人：鄭嘉豪"),
        ("user", "編號 G-2209-66013，身份證 K624801(2)，新電話 6018 7745"),
        ("assistant", "已記錄，職員會於三個工作天內聯絡你。"),
    ],
    [
        ("user", "I need to pay the HOS application fee but the website keeps failing"),
        ("assistant", "Sorry to hear that. You can also pay by PPS or at a post office."),
        (
            "user",
            "Can you just charge my UnionPay card? 6259 0733 8810 0424, name on card WONG KA LOK, exp 11/28",
        ),
        ("assistant", "Please don't share card numbers in chat. I can't process payments here."),
    ],
    [
        (
            "system",
            "Assistant for a community centre. Do not store personal data beyond the conversation.",
        ),
        ("user", "阿爸上個禮拜過咗身，佢係戶主，我想知點樣繼承租約"),
        ("assistant", "節哀順變。一般要向屋邨辦事處遞交死亡證明書，並申請由同住家人接任戶主。"),
        ("user", "佢叫范志偉，住黃大仙下邨龍福樓，我係佢個女范嘉琳，一直同佢住"),
        ("user", "my number is 9273 5081, can a social worker call me?"),
        ("assistant", "好，我會轉介社工，佢哋會盡快聯絡你。"),
    ],
]
