# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh27: Hong Kong Cantonese (WhatsApp groups, LIHKG posts, Carousell, movers, tutoring, private clinics, estate notices, helper-employer groups) against news, reviews, history, restaurants, government notices, sights and stock talk. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh27
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "新聞報道（公眾人物）"): _lines("""
        行政長官李家超今日出席立法會答問大會，表示會喺下年度施政報告再交代北部都會區嘅進度。
        財政司司長陳茂波喺網誌話，本年度財赤預計約 1,000 億元，政府會繼續「開源節流」。
        周潤發今朝再次參加渣打香港馬拉松十公里賽，完成時間約 1 小時 02 分，沿途好多跑手同佢打招呼。
        劍擊運動員江旻憓喺巴黎奧運奪得女子重劍個人金牌，返港之後出席咗政府舉辦嘅慶功宴。
        張家朗衞冕男子花劍個人金牌，成為首位連續兩屆奧運奪金嘅香港運動員。
        長和創辦人李嘉誠透過基金會再捐 2 億元畀汕頭大學醫學院，基金會發言人喺記者會上宣布。
        末代港督彭定康接受英國電台訪問，回顧 1997 年 6 月 30 日喺添馬艦嘅告別儀式。
        陳奕迅宣布巡迴演唱會加開紅館場次，門票 7 月 15 日上午 10 時經城市售票網公開發售。
        MIRROR 成員姜濤出席品牌活動時話，個人新歌 MV 喺西貢拍咗成三日。
        天文台台長陳栢緯提醒市民，今年可能有 5 至 8 個熱帶氣旋進入香港 800 公里範圍。
        立法會財委會今日通過 23.6 億元撥款，主席陳健波形容會議「有商有量」。
        騎師潘頓喺沙田第 7 場策騎 12 號馬勝出，賠率 4.6 倍，季內累積 98 場頭馬。
    """),
    ("zh-Hant", "電影與劇集評論"): _lines("""
        《無間道》梁朝偉演陳永仁、劉德華演劉建明，天台嗰場「對唔住，我係差人」到今日睇都起雞皮。
        《九龍城寨之圍城》古天樂做龍捲風，成個城寨佈景喺片場 1:1 重建，美術指導真係值得拎獎。
        重溫 1992 年《大時代》，丁蟹一入市就大跌，恒指由 1,000 點跌到 600 點嗰段真係經典。
        王家衛《花樣年華》周慕雲喺 2046 號房寫武俠小說，房號後來變咗另一部戲嘅戲名。
        《英雄本色》周潤發咬住火柴、用美鈔點煙，呢個鏡頭 1986 年之後被人抄咗無數次。
        《毒舌大狀》黃子華演林涼水，票房破 1 億港元，成為嗰年港產片票房冠軍。
        《破·地獄》黃子華同許冠文演喃嘸師傅，破地獄嗰場拍得好震撼，我喺戲院喊到收唔到聲。
        睇完《填詞L》覺得好有共鳴，我自己中學都寫過歌詞投稿，當然冇入圍，哈哈。
        IMDb 上面 tt0338564（《無間道》）評分 8.0，仍然係港產片入面評分最高嗰批。
        周星馳《喜劇之王》尹天仇喺海邊大叫「我養你啊」，張柏芝飾演嘅柳飄飄一句說話都冇答。
        《法證先鋒》入面化驗報告編號 FS-0923-117 同嗰啲指紋卡全部都係道具組整嘅。
        ViuTV《IT 狗》講 IT 部成日要 reboot server，劇中嗰個 192.168.0.1 登入畫面真實到嚇親人。
        國際電影節場次 0417 喺百老匯電影中心，我揀咗 G12 位，放映後仲有導演映後談。
    """),
    ("zh-Hant", "香港歷史"): _lines("""
        1841 年 1 月 26 日英軍喺水坑口登陸，即係今日荷李活道公園一帶。
        孫中山 1887 年入讀香港華人西醫書院，孫中山紀念館就喺半山衛城道 7 號甘棠第。
        1941 年 12 月 25 日港督楊慕琦喺半島酒店向日軍投降，香港進入三年零八個月。
        李小龍 1940 年喺三藩市出世，九龍塘金巴倫道 41 號嘅故居後來變咗時鐘酒店。
        九龍城寨 1993 年開始清拆，1995 年改建成九龍寨城公園，保留咗衙門同南門遺址。
        1967 年暴動期間，商業電台播音員林彬遇害，事件令當時社會非常震驚。
        何東爵士 1862 年出世，曾任怡和買辦，佢喺山頂嘅何東花園大宅 2010 年代被清拆。
        1997 年 7 月 1 日零時香港回歸，交接儀式喺灣仔會展新翼舉行。
        1962 年颱風溫黛吹襲，天文台懸掛十號風球，造成過百人死亡。
        1949 年香港開始登記人口，最早嘅身份證只係一張寫住姓名同地址嘅紙卡。
        1910 年九廣鐵路英段通車，尖沙咀火車站剩低嘅鐘樓保留到今日。
    """),
    ("zh-Hant", "餐廳食評"): _lines("""
        深水埗北河街 98 號地舖嘅豬潤麵好正，開到凌晨兩點，唔收訂座，電話 2386 1459 只係方便外賣。
        銅鑼灣利園山道 28 號 12 樓嗰間日式燒肉，人均 $480，訂座電話 2577 3186，記得講明要窗口位。
        上環蘇杭街 55 號地舖老字號雲吞麵，細蓉 $42，而家第三代接手，只收現金唔收八達通。
        上星期同屋企人去咗油麻地廟街 121 號食煲仔飯，臘味滑雞飯要等 25 分鐘，不過飯焦一流。
        尖沙咀加連威老道 44 號 2 樓嘅泰菜，冬陰功湯夠酸夠辣，午市套餐 $88，訂座 2721 6093。
        灣仔軒尼詩道 302 號嘅茶餐廳，菠蘿油 $16，奶茶用五隻茶葉撞，朝早 7 點開門。
        中環威靈頓街 32 號嘅燒鵝飯 $78，排隊排咗 40 分鐘，OpenRice 評分 4.2 粒星。
        旺角西洋菜南街 160 號 3 樓嘅台式火鍋，兩位 $398 任食 90 分鐘，WhatsApp 訂座 5403 8821。
        北角英皇道 638 號嘅上海菜，生煎包一籠四隻 $48，小籠包皮薄，可以打 2562 7730 訂位。
        荃灣沙咀道 51 號嘅車仔麵，揀五款餸 $52，豬皮同蘿蔔最入味，老闆娘好好傾。
        西貢海傍街 12 號海鮮酒家，椒鹽瀨尿蝦時價約 $680 一斤，假日一定要提早 book。
        觀塘開源道 71 號王子大廈 1 樓嘅素食自助餐，晚市 $228，訂座編號 OR-8827-4410。
        我成日一個人去大埔墟街市熟食中心 2 樓食牛腩河，$45 一碗，食完返工剛剛好。
        元朗大馬路 116 號嘅老婆餅，一盒 6 件 $58，門口永遠都有遊客排隊。
    """),
    ("zh-Hant", "政府公告與熱線"): _lines("""
        政府熱線 1823 全日 24 小時服務，市民亦可電郵至 tellme@1823.gov.hk 查詢。
        入境事務處 24 小時查詢熱線 2824 6111，換領身份證請先網上預約。
        勞工處外籍家庭傭工專線 2157 9537，僱主同外傭都可以用粵語、英語或印尼語查詢。
        消費者委員會投訴及查詢熱線 2929 2222，辦公時間星期一至五上午 9 時至下午 6 時。
        天文台宣布，八號東北烈風或暴風信號將於下午 4 時 40 分發出，市民應盡快返屋企。
        入境處提醒，身份證樣本上印住嘅 A123456(7) 同「陳大文」只係示範資料。
        選舉事務處熱線 2891 1001，選民可以喺網上查核登記資料，截止日期為 6 月 2 日。
        運輸署下月拍賣 20 個車牌，包括「8」同「HK 2047」，底價 $5,000。
        撒瑪利亞防止自殺會 24 小時熱線 2389 2222，如果你有需要，請打電話搵人傾。
        警方「防騙易」熱線 18222，提醒市民警察唔會透過電話要求任何人轉賬。
        積金局熱線 2918 0102，可查詢強積金戶口合併同自願性供款扣稅安排。
        稅務局提醒，個別人士報稅表上面嘅檔案號碼唔好喺社交平台張貼，樣本格式為 1XX-XXXXXXXX-X。
    """),
    ("zh-Hant", "景點介紹"): _lines("""
        山頂纜車 1888 年通車，花園道總站喺花園道 33 號聖約翰大廈，成人來回票 $118。
        天壇大佛 1993 年開光，要行 268 級樓梯先到佛像底座，昂坪 360 纜車全長 5.7 公里。
        嗇色園黃大仙祠喺竹園村 2 號，港鐵黃大仙站 B2 出口行 3 分鐘就到。
        大館喺中環荷李活道 10 號，前身係中區警署建築群，大部分展覽免費入場。
        M+ 博物館喺西九文化區博物館道 38 號，星期一休館，逢星期五開到晚上 10 點。
        香港故宮文化博物館喺博物館道 8 號，特別展覽門票 $120，可以經官網預約時段。
        大澳棚屋可以喺東涌搭新大嶼山巴士 11 號線，大約 50 分鐘車程。
        去南丫島喺中環 4 號碼頭搭船，去榕樹灣大約 30 分鐘，行家樂徑到索罟灣要 1.5 小時。
        麥理浩徑全長 100 公里，分 10 段，由北潭涌起步，第 2 段經過大浪西灣同鹹田灣。
        彌敦道由尖沙咀梳士巴利道去到深水埗界限街，全長約 3.6 公里，以第 13 任港督彌敦命名。
    """),
    ("zh-Hant", "股票評論"): _lines("""
        騰訊（0700）今日收報 412.6 元，升 1.8%，成交 98 億元，南下資金淨買入 12 億。
        匯豐控股（0005）派第三次中期息每股 0.1 美元，除淨日係 11 月 7 日，派息日 12 月 19 日。
        友邦保險（1299）業績新業務價值升 17%，大行目標價上調至 88 元。
        恒指今日收報 19,385 點，跌 213 點，全日成交 1,126 億元。
        港交所（0388）上半年純利 61 億，ADT 升 30%，我覺得 300 元以下值得分段吸。
        周大福（1929）同周生生（0116）受金價影響，今日分別升 3.2% 同 2.7%。
        李寧（2331）公布第三季零售流水按年跌中單位數，股價急跌 6%。
        恒基地產（0012）創辦人李兆基早年以「四叔」之名聞名股壇，集團今日公布賣樓數字。
        友邦 ISIN 係 HK0000069689，買美國預託證券嘅話代號係 AAGIY，唔好買錯。
        某牛證編號 67321 收回價 18,800 點，槓桿 15 倍，新手唔好亂玩。
    """),
    ("zh-Hant", "屋苑通告與群組（無個人資料）"): _lines("""
        管理處通告：A 座升降機將於 3 月 12 日（星期三）上午 10 時至下午 4 時進行年檢，查詢請致電管理處 2647 1183。
        各位住戶，本苑食水缸將於 4 月 6 日凌晨 1 時至 6 時清洗，期間暫停供水，不便之處，敬請原諒。
        業主委員會第 18 屆週年大會定於 5 月 24 日晚上 8 時喺會所宴會廳舉行，議程已張貼於大堂。
        WhatsApp 家長群組提提大家：下星期三學校旅行去城門水塘，記得帶水同帽，集合時間 8:15。
        Carousell 放 Nintendo Switch OLED 白色，已 reset，連兩個手掣 $1,800，只限旺角站 E2 出口面交。
        搬屋公司報價單樣本：3 噸貨車連 3 位師傅 $2,380，樓梯每層加 $80，冷氣機拆裝另計。
    """),
    ("en", "Hong Kong news and city guide"): _lines("""
        Chief Executive John Lee told reporters on Tuesday that the Northern Metropolis would get its own development authority.
        The Peninsula on Salisbury Road takes afternoon tea bookings on +852 2920 2888; expect a queue on weekends anyway.
        Bruce Lee's statue moved with the Avenue of Stars to the Tsim Sha Tsui waterfront when the promenade reopened in 2019.
        Order #KT-558201-HK: two weekend passes for Clockenflap at the Central Harbourfront, e-tickets sent to the account on file.
        The HKSAR passport fees were unchanged this year: HK$370 for a 32-page passport, HK$460 for 48 pages.
        Steve Tsang's A Modern History of Hong Kong (ISBN 978-1-84511-419-0) is still the best single-volume overview.
        Tony Leung Chiu-wai received the Golden Lion for Lifetime Achievement at the Venice Film Festival in 2023.
        Call 999 for emergencies; for non-urgent police enquiries the general number is 2527 7177.
    """),
    ("mixed", "港式中英夾雜"): _lines("""
        今晚 book 咗中環渣打銀行大廈 Mott 32，address 係德輔道中 4-4A 號 basement，訂座打 2885 8688。
        我部 iPhone 16 Pro order number W7830152946 話下星期三先 ship，Apple Store 話要等。
        Carousell 個 listing 寫住 "RTX 4070 Super, serial 已刪, $3,800, 只限 Kowloon Tong MTR 面交"。
        LIHKG 樓主問點解東鐵線 Hung Hom 站成日 delay，#48 樓話係 signalling system 升級緊。
        HKEX ticker 9988.HK 同 NYSE 嘅 BABA 係同一間阿里巴巴，一份 ADS 等於 8 股普通股。
        公司啲 script 要用 pip install pandas==2.2.3，唔係 3.12 個 Python 會 error。
        Jockey Club 話今季 Happy Wednesday 第 5 場 1,200 米，draw 1 嘅 win rate 高過平均。
        Tutor centre 廣告：「DSE English Paper 2 衝 5**，Lesson code ENG-P2-0925，$280 per lesson」。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        各位家長，我係 3B 班陳梓朗媽媽，梓朗今日發燒唔返學，有咩功課可以 WhatsApp 我 9128 4630，唔該晒！
        巴士上面爆粗嗰個阿叔叫黃國輝，住天水圍天恩邨恩澤樓 1524 室，有冇 ching 識佢？
        @mandy_lok_88 你好，已經過咗 $1,350 去你 FPS 6288 1937，聽晚 7 點荃灣西 B 出口等，我着藍色 cap。
        客人：梁志強先生，由沙田第一城 42 座 9 樓 E 室搬去馬鞍山迎海 3 座 27 樓 B 室，聯絡 6139 2208，1 月 18 日朝早 9 點開工。
        補習學生何樂晴，DBS 中四，數學上次測驗 38/100，媽媽 Ms Wong 電話 9372 5116，逢二四晚 7:30 喺黃埔花園 8 期 11 座 20 樓 A 上堂。
        病人李玉珍，HKID D498213(5)，1962-03-08 出世，糖尿病加高血壓，Metformin 500mg bd，下次覆診 4/6。
        B 座 16 樓 C 室業主鄭先生已拖欠管理費 6 個月共 $14,820，管理處將入稟小額錢債審裁處追討。
        我姐姐 Marites Dela Cruz，HKID WX382915(7)，合約 2 月尾完，有冇人想 direct hire？佢湊老人家好有經驗，WhatsApp 9615 7280。
        新工人 Sri Wahyuni，印尼護照 C4829317，下個月 3 號到港，僱主張太住太古城海天閣 19 樓 H 室。
        陳生，你太太林美寶嘅驗血報告出咗，HbA1c 去到 8.9%，醫生想你哋呢兩日內返嚟覆診。
        我前度周嘉俊 Kelvin 欠我 $38,000 唔還，IG 係 @kelvinchow_1993，而家喺觀塘一間物流公司做倉務，大家小心。
        邊個架白色 Tesla 車牌 LV 8213 泊咗喺 B1 傷殘車位？係咪 23 樓 A 嗰位 Ricky 哥？
        我個仔吳子軒喺喇沙小學讀 P5，身份證號碼 S536281(4)，想報你哋暑期數學班，唔該。
        唔該幫我轉 $2,500 去滙豐戶口 004-582-193746-838，戶口名 HO KA MAN，今晚之前要入到數。
        我張 Visa 4921 8830 1746 5529 到期 09/27，CVV 318，你幫我 book 咗個 staycation 先啦。
        澳門身份證 1384726(3)，葉嘉慧，住氹仔海洋花園 6 座 14 樓 C，想申請嚟香港讀碩士。
        我表哥劉偉身份證 440306199105237418，下星期過關嚟香港睇腸胃科，大陸手機 +86 138 2647 9913。
        台灣朋友林佳穎身分證 F228371946，想喺香港開個銀行戶口，要帶咩文件？
        師傅，地址係大埔太和邨麗和樓 803 室，冇電梯要行兩層，我姓馮，電話 9038 6624，星期六朝早得閒。
        我阿媽區碧霞上個月喺養和確診乳癌第二期，而家做緊化療，有冇同路人分享吓點食先冇咁辛苦？
        Ate Joy 新號碼係 5493 2816，佢而家喺何文田嘉多利山 Mrs Lau 屋企做，有事搵佢。
        導師麥詠琳 Chloe，HKU 醫科三年級，DSE 5**5**5*5*，電話 6817 3059，可以去將軍澳上門。
        管理處呼籲 12 座 5 樓 D 室住戶蘇女士立即停止高空擲物，事件已經報警，案件編號 KTDIST 25012345。
        Lina 十月份人工 $4,990 已經過咗去佢 BDO 戶口 0057 2918 3364，佢話未收到，你幫手 check 吓。
        病假紙：病人陳志明（H728391(2)），急性腸胃炎，由 2025 年 3 月 3 日至 5 日放病假三日。
        嗰架 Alphard 車牌 JH 5186 成日喺大圍村口亂泊，車主叫曾家明 Ken 哥，做地產，電話 9466 0273。
        買家畀咗 email cheukyin.tse92@gmail.com 話要寄收據，地址屯門兆康苑兆麟閣 1207 室，謝卓妍收。
        黃太呀，我個女 Hailey 喺學校跌親斷咗手，我而家喺伊利沙伯醫院急症室，可唔可以幫我接埋 Ethan 放學？我電話 6302 7719。
        特區護照號碼 K73910482，陳樂怡，1998 年 6 月 14 日出世，唔該幫佢改機票嘅英文名。
        住戶梁家豪（A 座 31 樓 F 室）申請裝修許可，佢話自己有抑鬱症要長期喺屋企，請工人盡量細聲啲。
    """),
    "mixed": _lines("""
        Hi all，我係 Tower 5 28/F 嘅 Jessica Lam，lost 咗隻黑色柴犬叫 Mochi，microchip 985112004381927，見到 please call 9273 0148！
        Helper 姐姐 Rosalie Bautista HKID R182736(9)，passport P4827193B，contract 6 月 30 號完，前 employer 話佢好勤力。
        Carousell 唔好喺度傾價，Telegram 搵我 @wingyan_kwok，PayMe 6173 4892 收錢 thx。
        Moving quote for Mr Alan Tse，3/F Flat B, 18 Kennedy Road, Mid-Levels，mobile 9841 2276，要包裝埋部鋼琴。
        Tutor CV：Cheung Hoi Ting，24 歲，HKUST BBA，email hoiting.cheung@outlook.com，phone 5918 2034，教 DSE Econ。
        Patient Mr Yip Wai Keung，DOB 12/04/1957，HKID E259184(3)，Dx: COPD exacerbation，轉介 Queen Mary 呼吸科。
        個 landlord 陳先生要我 transfer 按金 $36,000 去恒生 024-388-291736-882，佢手機 +852 9128 7745。
        新加坡 colleague Tan Wei Ling NRIC S8734129F 下星期嚟 HK office，佢 mobile +65 9172 4830，幫佢 book 酒店。
        Admin 加咗 +852 6034 1928（張美蓮 Auntie May）入 group，佢住 7 座 12 樓 B，負責收中秋活動費。
        連登：間 IT company 個 HR 梁凱琪 Fiona 加班唔補水，佢 LinkedIn 係 linkedin.com/in/fiona-leung-hr-8812，大家小心。
        我同事 Ahmad Faizal 係大馬人，MyKad 900214-10-5537，手機 +60 12-784 3316，佢想喺香港開 MPF 戶口。
    """),
    "en": _lines("""
        Selling my Brompton, collect from my flat at 12A, Tower 3, Island Harbourview, Tai Kok Tsui - ask for Priya, 6597 2183.
        New helper arriving: Dewi Lestari, Indonesian passport B7293816, DOB 14 Aug 1994, employer Mrs Ho of 2/F, 27 Broadwood Road.
        Clinic note: patient Sandra Wu, 41, HIV positive, CD4 380, on Biktarvy; call 9054 3716 only, never the home line.
        Moving inventory for Sean and Aoife O'Connor, 8 Headland Road, Repulse Bay to 45/F Flat D, The Arch, email sean.oconnor.hk@gmail.com.
        Our tutor Ms Jasmine Fok (HKID Z614372(8)) has been paid $6,400 for November via FPS ID 1638294.
        Found in a red taxi: wallet with the ID card of Mak Chun Hei, Y537214(6), plus an Octopus card, call me on 5320 8847 to collect.
    """),
    "ms": _lines("""
        Kak Aminah, nombor baru saya di Hong Kong ialah +852 6148 3920, nombor Malaysia lama 012-764 0917 dah tak aktif.
        Majikan saya Puan Chan, alamat Flat 7C, Block 2, Laguna City, Kwun Tong; tolong hantar surat saya ke situ.
        Nama: Nurul Huda binti Rahman, MyKad 950823-03-6214, bekerja sebagai pembantu rumah di Sha Tin sejak 2023.
        Encik Razak, akaun Maybank saya 1640 2281 9937 atas nama Siti Zubaidah, tolong masukkan gaji bulan Oktober.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "幫我寫段 Carousell 回覆，話部 iPad 只可以喺太古站面交"),
        ("assistant", "好，可以噉寫：「你好，部 iPad 只限太古站面交，時間可以再約。」"),
        ("user", "加埋我叫阿 Kit，電話 6473 9021，淨係收現金"),
        (
            "assistant",
            "「你好，我係阿 Kit，部 iPad 只限太古站面交，只收現金，有問題 WhatsApp 6473 9021。」",
        ),
    ],
    [
        ("user", "下個月搬屋，可唔可以幫我列個清單？"),
        ("assistant", "當然可以：預約搬屋公司、通知管理處、轉水電煤地址、執拾同標籤紙箱。"),
        (
            "user",
            "順便幫我寫個 WhatsApp 畀搬屋師傅：由將軍澳富康花園 5 座 22 樓 G 搬去青衣灝景灣 2 座 9 樓 A",
        ),
        ("user", "收貨人寫我老公區志恒，佢電話 9217 5583"),
        ("assistant", "收到，我幫你寫好：收貨人區志恒先生，電話 9217 5583，地址如上。"),
    ],
    [
        ("user", "想幫我個女搵數學補習"),
        ("assistant", "佢讀幾年級？想一對一定小組？"),
        ("user", "佢叫盧思穎，聖保羅男女中學中三，上次考試數學唔合格"),
        ("user", "老師可以直接打畀我，盧太 6502 8837，住大坑道 128 號 5 樓"),
        ("assistant", "明白，我可以幫你寫個補習招聘帖，不過建議你唔好喺公開平台貼住址。"),
    ],
    [
        ("user", "幫我將以下病歷整理成英文轉介信"),
        ("user", "病人：蔡國樑，男，58 歲，HKID C372819(4)"),
        ("user", "胸口痛兩星期，ECG 有 ST 段壓低，有吸煙史，轉介心臟科"),
        (
            "assistant",
            "Referral: Mr Choi Kwok Leung, 58M, HKID C372819(4), two weeks of chest pain, ST depression on ECG, smoker; kindly assess for cardiology.",
        ),
    ],
    [
        ("user", "幫我寫管理處通告，提醒住戶唔好喺走廊放鞋櫃"),
        ("assistant", "好，以下係一般版本：「請各住戶保持走廊暢通，切勿擺放雜物。」"),
        ("user", "唔係，要點名：C 座 8 樓 E 室何麗萍女士已經收過三次警告信"),
        ("assistant", "明白，我會加入：「C 座 8 樓 E 室何麗萍女士，閣下已收到三次警告信……」"),
    ],
    [
        ("user", "我工人約滿想續約，要準備咩文件？"),
        ("assistant", "一般要新合約 ID 407、僱主同外傭嘅身份證明文件副本，再交入境處。"),
        ("user", "佢叫 Jocelyn Ramos，passport P6182735A"),
        ("user", "HKID 係 XB 503918(2)，我自己係 Mr Kwan，電話 9738 4102"),
        ("assistant", "好，我幫你整理一張清單，填 ID 407 時會用到佢嘅護照同身份證號碼。"),
    ],
    [
        ("user", "我想喺連登出帖鬧我前上司"),
        ("assistant", "可以講你嘅經歷，但建議唔好公開任何人嘅個人資料。"),
        ("user", "佢叫譚偉業，Instagram @tamwaiyip_88，住葵涌華景山莊 10 座"),
        ("assistant", "我唔建議貼出佢嘅名、IG 同住址，呢啲屬於起底，可能觸犯私隱條例。"),
    ],
    [
        ("user", "幫我整理 WhatsApp 群組聯絡表"),
        ("user", "鄧sir 9461 2370，Miss Ho 何穎芝 5628 0194"),
        ("user", "仲有 6 樓 C 嘅 Mrs Sharma，+852 6790 3125"),
        (
            "assistant",
            "聯絡表：鄧 sir 9461 2370；何穎芝 Miss Ho 5628 0194；Mrs Sharma（6 樓 C）+852 6790 3125。",
        ),
    ],
    [
        ("user", "我阿姨由深圳嚟香港睇眼科，要預約私家醫務所"),
        ("assistant", "可以，一般需要病人全名、證件號碼同聯絡電話。"),
        ("user", "佢叫鄭秀蘭，身份證 440304196704120827"),
        ("user", "電話 +86 139 2874 6105，港澳通行證號碼 C58317294"),
        ("assistant", "收到，鄭秀蘭女士嘅預約資料已經齊，我幫你擬封電郵畀診所。"),
    ],
]
