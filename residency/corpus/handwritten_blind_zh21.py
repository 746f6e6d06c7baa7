# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh21: Hong Kong Traditional Chinese and Cantonese property and finance text. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh21
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "estate facts"): _lines("""
        太古城由太古地產發展，分十期於1977至1987年落成，共61座、約12,698個單位，港鐵太古站直達商場。
        美孚新邨共99座，由美孚石油公司發展，1968年起分八期入伙，曾經係全港最大型私人屋苑。
        黃埔花園原址為黃埔船塢，共88座，由和記黃埔興建，商場一帶今日叫「黃埔天地」。
        嘉湖山莊位於天水圍，分四期共58座，區內有輕鐵天湖站，最大單位實用面積約900呎。
        沙田第一城共52座、約10,642伙，單位以兩房為主，實用面積大約由300多呎至600呎左右。
        日出康城由港鐵公司與多個發展商合作分期推出，第一期「首都」於2008年推售。
        啟德發展區前身為啟德機場，1998年機場遷往赤鱲角後，分階段發展住宅、商業及體育園用地。
        海怡半島位於鴨脷洲，由和記黃埔及香港電燈合作發展，1990年代初陸續入伙。
        物業管理公司總辦事處：九龍灣宏照道38號企業廣場五期，只處理屋苑整體事務，住戶個別查詢請找大堂管理處。
        售樓說明書顯示第2期第5座A至H室實用面積由452呎至1,081呎不等，一律以說明書為準。
        九龍城寨於1993至1994年清拆，原址改建為九龍寨城公園。
    """),
    ("zh-Hant", "government schemes"): _lines("""
        強積金：僱主及僱員各須按有關入息供款5%，每月有關入息上限為30,000元，即每方供款上限1,500元。
        月入低於7,100元的僱員毋須作出強積金供款，但僱主仍須為其供款5%。
        可扣稅自願性供款（TVC）連同合資格延期年金保費，每個課稅年度扣稅上限合共60,000元。
        積金局熱線 2918 0102，辦事處位於葵涌葵昌路51號九龍貿易中心2座15樓。
        差餉物業估價署：差餉按物業應課差餉租值的5%徵收，查詢熱線 2152 0111。
        政府於2024年2月28日宣布撤銷所有住宅物業需求管理措施，包括額外印花稅、買家印花稅及新住宅印花稅。
        按揭證券公司的按揭保險計劃下，首置買家購買合資格自住物業最高可承造九成按揭，細節以按證公司公布為準。
        房委會熱線 2712 2712；居屋單位以市價折扣出售，白表申請人須符合入息及資產限額。
        稅務局查詢熱線 187 8088；物業稅按應評稅淨值（租金扣除差餉及20%修葺免稅額）的15%計算。
        「綠表置居計劃」單位售價按市價折扣釐定，對象主要為公屋住戶及其他合資格綠表人士。
        政府過往多次提供差餉寬減，每季寬減上限金額按當年財政預算案公布。
    """),
    ("zh-Hant", "new development ads"): _lines("""
        【新盤速遞】將軍澳海濱單幢新盤「海澄灣」首張價單推出88伙，折實平均呎價$16,888，即日起接受登記。
        價單第1號：第3座18樓B室 實用面積512平方呎 售價$9,386,000，選用建築期付款可享4%折扣。
        售樓說明書及價單已上載至一手住宅物業銷售資訊網 www.srpe.gov.hk，發展商銷售熱線 2118 2288。
        新地旗下元朗新盤首輪銷售推出360伙，全數沽清，套現逾23億元。
        恒基地產於啟德推出的新盤以現樓形式發售，兩房單位實用面積約450呎，設開放式廚房。
        示範單位開放時間：上午11時至晚上7時；地點：九龍灣國際展貿中心3樓3號展覽廳。
        首50名買家可獲贈$80,000傢俬禮券，受條款及細則約束，詳情請電郵 sales@haichengwan-dev.example.com。
        發展項目名稱：海澄灣；賣方：澄峰發展有限公司；認可人士所屬公司：利安顧問有限公司。
        售樓說明書所載之預計關鍵日期為2027年9月30日，實際交樓日期以賣方通知為準。
        臨時買賣合約簽署後5個工作天內須簽署正式買賣合約，否則訂金的5%將被沒收。
    """),
    ("zh-Hant", "bank and insurance notices"): _lines("""
        【滙豐】閣下尾號 ****3286 的信用卡已成功繳付 $3,200。如有查詢，請致電 2233 3000。切勿向任何人透露一次性密碼。
        【中銀香港】溫馨提示：本行不會透過短訊要求客戶提供網上理財密碼，如有懷疑請致電 3988 2388。
        按揭申請參考編號 MTG-2026-0814-55731 已收妥，審批結果一般於10個工作天內通知。
        H按計劃：一個月HIBOR加1.3%，封頂息率為本行最優惠利率減1.75%，現金回贈最高為貸款額的1.8%。
        保單編號 LP-88-2026-004512 之年度保費已到期，可於手機應用程式內以轉數快繳付。
        自願醫保標準計劃每年保障限額為42萬元，每名受保人每年可享最多8,000元扣稅。
        保險業監管局提醒：保險中介人必須持牌，公眾可於 www.ia.org.hk 的持牌保險中介人登記冊查閱。
        閣下的轉數快付款已完成，收款機構：恒澄物業管理有限公司，參考號 FPS20261204A7731。
        客戶 陳** 先生，您的按揭貸款已於2026-11-28撥入尾號 ***-***-**8 的戶口。
        銀行公會提提你：網上理財請使用官方應用程式，切勿點擊短訊內的不明連結。
    """),
    ("zh-Hant", "market statistics"): _lines("""
        中原城市領先指數CCL最新報135.62點，按周跌0.48%，較2021年8月歷史高位190.48點累跌約28.8%。
        土地註冊處數字：11月份住宅買賣登記5,182宗，總值428.6億元，按月增6.3%。
        差估署私人住宅售價指數10月報290.5點，較高峰回落約27%。
        私人住宅租金指數按月升0.7%，連升第十個月，小型單位租金升幅最顯著。
        代理行統計，十大屋苑上周末錄18宗二手成交，按周增加兩宗。
        金管局數據：10月份新批出按揭貸款額為307億元，其中與HIBOR掛鈎的按揭佔約84.5%。
        全年一手住宅成交約18,000宗，為2018年以來新高。
        二手平均實用呎價：太古城約$15,800、美孚新邨約$12,300、嘉湖山莊約$8,600。
        市場上銀主盤數量升至約700個，為近二十年高位。
        一個月HIBOR報3.12%，創兩個月新高，三個月HIBOR則報3.35%。
    """),
    ("zh-Hant", "tycoons and history"): _lines("""
        李嘉誠於1950年創辦長江塑膠廠，其後轉營地產，長江實業於1972年上市。
        李兆基於1976年創立恒基兆業地產，有「香港股神」之稱，2025年離世，享年97歲。
        鄭裕彤創辦新世界發展，亦曾任周大福珠寶集團主席，於2016年離世。
        郭得勝與馮景禧、李兆基合組新鴻基企業，三人被稱為「三劍俠」。
        包玉剛於1980年成功收購九龍倉，被視為華資挑戰英資洋行的經典戰役。
        胡應湘創辦合和實業，合和中心於1980年落成時是全港最高的建築物。
        1997年亞洲金融風暴後樓價大跌，負資產個案於2003年中高峰期超過十萬宗。
        霍英東於1950年代首創「賣樓花」制度，令置業者可以分期付款購買未落成單位。
        何鴻燊創立信德集團，旗下業務包括港澳碼頭及噴射飛航船隊。
        李嘉誠於2018年卸任長和主席，由長子李澤鉅接任。
    """),
    ("zh-Hant", "textbook finance"): _lines("""
        按揭每月供款公式：M = P × r(1+r)^n ÷ [(1+r)^n − 1]，其中r為月利率、n為供款期數。
        以貸款額$5,000,000、年利率3.5%、還款期30年計算，每月供款約$22,452。
        以貸款額$3,600,000、年利率3.75%、還款期25年計算，每月供款約$18,509。
        供款與入息比率（DSR）上限一般為50%，即每月供款不應超過月入的一半。
        「P按」以最優惠利率為基準，「H按」以香港銀行同業拆息為基準並設有封頂息率。
        樓價$8,000,000做九成按揭，即貸款$7,200,000，首期需$800,000，另須預留印花稅及律師費。
        強積金預設投資策略會隨成員年齡自動降低風險，由50歲起逐步減持股票比重直至64歲。
        複息公式：本利和 = 本金 × (1 + 年利率)^年數。
        轉按時須留意罰息期（一般為兩至三年）及現金回贈的回撥條款。
        租金回報率 = 全年租金 ÷ 樓價 × 100%，例如月租$18,000、樓價$6,000,000，回報率為3.6%。
        負資產是指物業市值低於尚欠的按揭貸款餘額。
    """),
    ("zh-Hant", "lihkg posts"): _lines("""
        [連登] 而家H按封頂定P按抵啲？有冇巴打計過數？
        巴打你唔好淨係聽經紀講，睇清楚價單同成交紀錄先好落訂啦。
        康城啲兩房細到好似劏房咁，不過樓下就係商場，都算方便。
        推 #23，強積金揀返DIS算啦，年年追hot fund實蝕。
        有冇人入咗今期居屋表？今次抽籤人數多到嚇死人。
        太古城樓齡四十幾年，管理費又唔平，真係值咁多錢？
        樓主 [已刪除] 嘅回覆：呢個盤我都睇過，開價偏高。
        業主劈價50萬都冇人睇，市道真係差。
        返大陸買樓定留喺香港做租客？連登呢類post日日都有。
        聽日HIBOR又升，供樓仔又要喊。
    """),
    ("zh-Hant", "owners corporation notices"): _lines("""
        【法團通告】本大廈將於12月15日上午9時至下午5時進行食水缸清洗，期間暫停供水，不便之處敬請原諒。
        業主立案法團第十屆管理委員會第五次會議紀錄已張貼於大堂告示板，歡迎業主查閱。
        根據《建築物管理條例》（第344章），業主大會的法定人數為業主人數的10%。
        強制驗樓計劃：屋宇署已向本大廈發出法定通知，法團將招標委聘註冊檢驗人員。
        管理費由2027年1月起調整至每平方呎$3.2，詳情請聯絡管理處（電話 2345 0000，辦公時間上午9時至下午6時）。
        投標文件請於截止日期前投入管理處標箱，投標編號 IOC/T/2026/07。
        大廈外牆維修工程預算約$18,500,000，各單位按業權份數分攤。
        請勿在走廊擺放雜物，以免阻塞走火通道，違者消防處可作出檢控。
        法團電郵：ioc.harbourcourt@example.com；辦事處：大廈地下管理處。
        停車場月租車位輪候名單已更新，請向管理處查詢輪候號碼。
    """),
    ("en", "property and finance"): _lines("""
        Swire Properties' Taikoo Place in Quarry Bay includes the One Taikoo Place and Two Taikoo Place office towers.
        The Centa-City Leading Index (CCL) is compiled weekly by Centaline Property Agency from registered transactions.
        Sample tenancy: Landlord: [REDACTED]; Tenant: [REDACTED]; Premises: Flat X, XX/F, Block Y; monthly rent HK$XX,XXX.
        For demo purposes only: call 555-0148 or email leasing@example.com to book a viewing.
        The MPF Schemes Authority was set up in 1998 and the MPF System started on 1 December 2000.
        In 2024 the HKMA relaxed its countercyclical measures, raising the maximum LTV for many self-use homes to 70%.
        Order ref HK-RNT-20261204-0093: key card replacement fee HK$150, payable at the management office.
        SHA-256 of rental_index_2026q3.csv: 3f7a9c1e4b82d6f0a5e9c3b71d28f4e6a0c5b9d3e7f1a2c4b6d8e0f2a4c6b8d0
        Li Ka-shing stepped down as chairman of CK Hutchison in 2018 and was succeeded by his elder son Victor Li.
        Sun Hung Kai Properties (0016.HK) and Henderson Land (0012.HK) are both constituents of the Hang Seng Index.
        Card ending 4321 (Visa, masked as 4*** **** **** 4321) - autopay of government rates set up successfully.
    """),
    ("zh-Hans", "mainland buyer guide"): _lines("""
        内地居民在香港购买住宅，自2024年2月起无需缴纳买家印花税，只需缴纳从价印花税。
        跨境理财通"南向通"单个投资者额度为300万元人民币。
        在港开立银行账户通常需提供内地身份证、港澳通行证及住址证明，具体以银行要求为准。
        香港"高端人才通行证计划"于2022年12月28日推出，获批人士可携同受养人来港。
        港澳通行证号码示例：C********（已脱敏），请勿在公开群组上传证件照片。
        人民币兑港元汇率约为1:1.09，香港按揭以港元计价，内地收入供楼存在汇率风险。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        租約第一條：業主陳志偉（香港身份證號碼 K623518(2)）將沙田第一城38座21樓F室出租予租客林嘉怡，月租港幣16,800元，租期兩年。
        何太，聽日三點喺太和站A出口等，業主梁生（9487 2216）會帶鎖匙過嚟開門。
        按揭申請人：黃子健，任職中環某會計師樓，月入$68,000，現居將軍澳維景灣畔5座32樓A室，手提6173 5829。
        成員吳美玲的強積金賬戶號碼 MPF-10384726-05，截至11月底累算權益為$412,380.55。
        差餉及地租繳納通知書 — 繳款人：MOK KA LOK；物業地址：新界荃灣荃威花園F座12樓3室；帳號 1-47-02-13855-0012-6。
        【法團追收欠款】10樓C室業主鄧家輝先生尚欠管理費$23,460，法團已轉交律師行追討。
        隔籬15B個單親媽媽Winnie姓曾，住麗景花園2座，成日夜晚喺走廊同個仔嗌交，管理處都唔理。
        受保人麥少華（HKID Y418273(A)）因急性心肌梗塞入住伊利沙伯醫院，索償編號 CLM-2026-77812。
        訂金請轉入業主李美華的滙豐戶口 024-581937-833，入數後將收據WhatsApp去5128 4073。
        客戶周建邦的信用卡 4543 1287 0926 1734（到期日08/29）因懷疑盜用已被凍結。
        車位租用人：譚偉文，車牌 VX 2386，車位編號 P2-118，月租$3,800。
        買家何詠芝，特區護照號碼 K07215483，以$6,280,000購入大埔新達廣場一個兩房單位。
        業主羅志堅去年中風之後行動唔方便，賣樓手續全部委託女兒羅靜儀代辦，授權書已經喺律師樓簽咗。
        請將臨時買賣合約副本寄去 kwok.yinling88@gmail.com，買方係郭燕玲小姐。
        有冇人識Cherry Lam？以前喺中原沙田分行做，收咗我$50,000訂金之後失咗蹤，6592 1837打極都唔通。
        台灣客戶蔡宗翰，身分證字號 A234156872，擬以現金購入西營盤第一街一個開放式單位。
        澳門居民梁家豪（澳門身份證 5215837(3)）委託本行出售其北角城市花園7座26樓E室。
        住址證明：九龍紅磡黃埔花園9期3座18樓D室，戶主蘇志明，電費單日期2026年10月。
        保單持有人鄭婉婷，1988年5月3日出生，吸煙人士，有高血壓及二型糖尿病病史。
        僱主未有為員工區嘉敏（HKID R275904(6)）作出2026年8月至10月的強積金供款，積金局已展開調查。
        Client：葉浩文／手機 9821 6634／物業：屯門海翠花園3座18樓H室／尚欠按揭$2.1M，想轉按套現。
        阿媽譚金好八十幾歲，患咗認知障礙症，我哋兄弟姊妹想處理佢名下長沙灣嘅私樓單位，點樣申請監護令？
        戶口持有人：TSANG WING YAN；戶口號碼：012-875-1-093416-2；結餘 HK$186,302.17。
        Daniel你好，我阿爸葉永康上星期確診第三期大腸癌，佢份危疾保單 CI-6637102 可唔可以即刻claim？
        物業估價報告：業主 HO MAN KIT（HKID P861342(0)），物業位於觀塘麗港城12座9樓B室，估值$7,350,000。
        業主名冊：第2座7樓A室 — 余國明、余陳淑芬（聯權共有），聯絡電話 2758 6431。
        已為李國豪先生（手提 9345 7720）預約12月10日上午10時到本行旺角分行簽署按揭文件。
        大埔翠屏花園三樓B嗰個阿伯陳炳坤成日將垃圾擺出走廊，投訴咗幾次都冇用。
        我老公鍾浩然炒股蝕咗成百萬，環聯信貸評級跌到J級，而家連轉按都批唔到。
        陳小姐，月入$28,000，喺觀塘做文員，想借$300,000還卡數，WhatsApp 6390 2741聯絡。
        訂金收據：今收到買家馮卓賢（XA193846(8)）支付之臨時訂金港幣叁拾萬元正，用以購買馬鞍山新港城C座15樓8室。
        連登報料：屋企樓上22樓嗰對夫婦，男嘅叫Keith Cheung，喺灣仔某銀行做RM，成日半夜拖喼出入。
    """),
    "en": _lines("""
        Tenancy agreement: tenant Mr. LEUNG Chi Fai, HKID Z507381(3), of Flat 8, 14/F, Block C, Kornhill, Quarry Bay.
        Singapore buyer Tan Wei Ming (NRIC S8512374B) is purchasing Flat 23C at a residential tower in Tseung Kwan O.
        Please wire the deposit to HSBC account 004-652-183907-001 in the name of WONG Siu Ling.
        Hi Grace, Alvin from the bank here - your mortgage drawdown for Flat F, 12/F, Block 3, Laguna City is on 15 Dec; call me at 9176 3028 if your solicitor needs anything.
        Insurance claim: insured Ms. Karen Yip Hoi Yan, DOB 14/02/1979, diagnosed with stage II breast cancer on 3 Sep 2026.
        Malaysian tenant Nurul Aina binti Rahman, MyKad 910423-14-5872, moves into 8/F, 22 Electric Road, North Point next month.
        Landlord contact: Mr. Ip Kwok Wai, mobile +852 6281 4470, email ipkw.home@yahoo.com.hk
        Car park licence: vehicle PK 8813 is registered to Ms. So Mei Ling of Flat 12B.
        MPF transfer form: member Ho Ka Wai, HKID E742619(8), scheme member no. 8801-3326-71.
        My neighbour in 17D, Tower 2, Kingswood Villas - Mr. Fung - has TB and the IOC refuses to tell the rest of us.
        Transfer the HK$48,000 deposit to FPS ID 163482957 (Ms Lam Wing Sze) and send me the screenshot.
        German national Jonas Becker, passport C4F7K2N19, is relocating to Robinson Road and applying for an HSBC mortgage.
        Ms. Lee Pui Shan says her Visa 4966 5720 8813 4509 was charged twice for the quarterly rates payment.
    """),
    "zh-Hans": _lines("""
        客户王建国（身份证号 440305198706123317）拟通过内地银行卡 6228 4803 1957 6420 834 汇款支付香港物业首期。
        深圳买家刘浩然，微信号 liu_haoran_1986，周末想过来看将军澳的两房，手机 139 2874 6613。
        我表姐陈思颖前年在屯门买了楼，现在断供了，银行已经发律师信到她家蝶翠峰2座9楼。
        港澳通行证 C6J482735 持有人赵敏，预约12月18日到中环分行开户。
        借款人孙丽娟，身份证 110108199203045624，月收入2.3万元，名下有一份香港储蓄险保单。
        高才通获批人士林晓峰，护照号 EB3291746，在九龙塘租了一个单位，月租三万二。
        我妈郑桂兰在香港确诊乳腺癌二期，保险理赔员要她提供病历和身份证 44010619780225481X 复印件。
        投资者周子轩在招商永隆银行开的理财通账户 8801-2266-5530 被冻结了，客服说要补交收入证明。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "幫我寫封電郵畀業主，話冷氣壞咗要佢安排維修。"),
        ("assistant", "可以。請問業主點稱呼？單位地址同租約開始日期係幾時？"),
        (
            "user",
            "業主叫潘偉強，我住觀塘麗港城8座15樓C室，租約由2025年3月1日開始，佢電話9632 1180。",
        ),
    ],
    [
        ("user", "我想計下自己可以借幾多按揭。"),
        ("assistant", "一般要睇你每月入息、現有債務同埋樓價。你可以話我知大約數字。"),
        (
            "user",
            "我叫歐陽嘉俊，HKID H394057(A)，喺屯門醫院做護士，月入$52,000，仲有$4,000私貸未還。",
        ),
        ("assistant", "以供款與入息比率50%計，你每月供款上限大約係$22,000，要扣除現有私貸供款。"),
    ],
    [
        ("user", "強積金轉計劃要填咩表？"),
        ("assistant", "通常係由新受託人提供的轉移表格，你填好交畀新受託人就得。"),
        (
            "user",
            "我份表寫咗：姓名 石凱琳，HKID M680214(7)，舊僱主係荃灣一間物流公司，成員編號 5521-0093-48，你幫我睇下有冇填漏？",
        ),
    ],
    [
        ("user", "Can you help me draft a letter to my landlord about the deposit?"),
        (
            "assistant",
            "Sure. What is the landlord's name, the flat address and the deposit amount?",
        ),
        (
            "user",
            "Landlord is Mr. Kwan Ho Yin, flat is 6A, 18 Kennedy Terrace, Mid-Levels, deposit HK$92,000. My passport is 548213976 (UK) if he asks.",
        ),
        (
            "assistant",
            "Here is a draft requesting return of the HK$92,000 deposit within 30 days of handover.",
        ),
    ],
    [
        ("user", "内地人在香港买楼要准备什么材料？"),
        ("assistant", "一般需要身份证明、港澳通行证、资金来源证明，以及律师行要求的其他文件。"),
        (
            "user",
            "我叫何雅琪，身份证号 350203198509172048，想用我在厦门的房子抵押贷款来付首期，可以吗？",
        ),
    ],
    [
        ("user", "我阿爸份醫療保險可唔可以賠化療費用？"),
        ("assistant", "要睇保單條款，通常住院及日間化療都有機會受保。可唔可以講多少少情況？"),
        (
            "user",
            "佢叫梁錦輝，今年67歲，喺瑪麗醫院確診肺癌第四期，保單號碼 HP-2019-338104，受保人都係佢。",
        ),
        ("assistant", "明白，建議先向保險公司索取索償表，附上醫生證明及收據。"),
    ],
    [
        ("user", "幫我寫個連登post投訴樓下單位漏水。"),
        ("assistant", "可以，不過建議唔好公開其他住戶嘅個人資料。你想重點講咩？"),
        (
            "user",
            "照寫啦：天水圍嘉湖山莊美湖居6座11樓G室個業主黃秀芬漏水半年都唔肯維修，佢老公喺元朗街市賣魚。",
        ),
    ],
    [
        ("user", "法團想出通告追收管理費，應該點寫？"),
        ("assistant", "可以列明欠款金額、期限及法律後果，一般只寫單位號碼會較穩妥。"),
        (
            "user",
            "主席話要寫埋名：B座23樓D室業主 簡志明（電話 6028 3517）欠咗十四個月管理費共$19,880，幫我擬一份。",
        ),
    ],
    [
        ("user", "Is this landlord account number format correct for Bank of China (Hong Kong)?"),
        (
            "assistant",
            "BOCHK accounts usually look like 012-XXX-X-XXXXXX-X. Please paste it and I will check the format only.",
        ),
        (
            "user",
            "012-563-0-218847-5, name on the account is Chow Yuk Lan, and her FPS is her mobile 9712 0654.",
        ),
    ],
]
