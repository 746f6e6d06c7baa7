# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh24: Macau and Taiwan (Macau BIR and phones, kaifong associations, gaming staff, Taiwan NHI cards, household registration offices, LINE groups, renting, scooter plates, cram schools). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh24
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "澳門景點與歷史"): _lines("""
        大三巴牌坊是聖保祿教堂的前壁，教堂在1835年一場大火中燒毀，只剩下這面石牆和六十八級石階。
        媽閣廟相傳建於1488年，比葡萄牙人登岸還早，澳門的葡文名 Macau 據說就是從「媽閣」的讀音來的。
        東望洋燈塔1865年啟用，是中國沿海第一座現代燈塔，八號風球時塔上會掛起風球信號。
        「澳門歷史城區」在2005年7月15日列入《世界遺產名錄》，共有22座建築和8個廣場前地。
        鄭家大屋位於龍頭左巷10號，是思想家鄭觀應的故居，《盛世危言》據說就在這裡寫成。
        盧家大屋在大堂巷7號，屋主是清末商人盧華紹，人稱「盧九」，入場免費。
        孫中山1892年在澳門開設「中西藥局」行醫，舊址在草堆街80號，現為歷史展覽場地。
        國父紀念館位於文第士街1號，原是孫中山元配盧慕貞居住的寓所。
        賈梅士公園紀念葡萄牙詩人賈梅士，相傳他在石洞中寫下史詩《盧濟塔尼亞人之歌》。
        澳門於1999年12月20日回歸，同日成立澳門特別行政區，首任行政長官是何厚鏵。
        澳門陸地面積約33.3平方公里，2023年入境旅客約2,821萬人次，人口約68萬。
        澳門塔高338米，2001年12月19日開幕，233米處的笨豬跳曾列入健力士世界紀錄。
        路環安德魯餅店的葡撻由英國人安德魯·史斗（Andrew Stow）在1989年開始售賣，他已於2006年離世。
        聖若瑟修院聖堂建於1758年，是澳門現存最具代表性的巴洛克式教堂之一。
    """),
    ("zh-Hant", "博企公告"): _lines("""
        澳門博彩股份有限公司（股份代號：880）董事會宣佈，上葡京第二期將於明年第三季分階段開放。
        銀河娛樂集團（股份代號：00027）公佈第三季度經調整EBITDA為港幣34億元，按年上升12%。
        金沙中國有限公司（股份代號：1928）謹此公告，澳門倫敦人「倫敦人名店街」將於12月18日正式開幕。
        美高梅中國控股有限公司（股份代號：2282）宣佈派發中期股息每股港幣0.083元。
        永利澳門有限公司（股份代號：1128）澄清，網上流傳的「全員減薪20%」訊息並不屬實。
        新濠博亞娛樂（NASDAQ: MLCO）宣佈新濠天地第三期酒店更名，客房總數增至約780間。
        六家承批公司根據2022年新批給合同，由2023年1月1日起經營博彩業務，為期十年。
        博彩監察協調局公佈11月份幸運博彩毛收入為澳門元186.29億元，按年上升7.1%。
        公告編號 SJM-2024-0317：衛星娛樂場將於2025年12月31日前全部結束營運，相關員工由母公司吸納。
        銀河娛樂主席呂志和在業績發佈會上表示，集團將繼續投資非博彩元素，包括銀河綜藝館的大型演出。
        招聘啟事：永利皇宮誠聘荷官學員，須持有澳門居民身份證，職位編號 WP-DL-2025-041，請於官網申請。
        何鴻燊（1921–2020）領導的澳門旅遊娛樂公司自1962年起獨家經營博彩專營權，直至2002年開放賭權。
    """),
    ("zh-Hant", "台灣新聞與政治"): _lines("""
        賴清德於2024年5月20日宣誓就任中華民國第16任總統，副總統為蕭美琴。
        立法院長韓國瑜今天主持院會，三讀通過《財政收支劃分法》修正草案。
        台北市長蔣萬安宣布，捷運環狀線北環段預計2030年完工通車。
        台中市長盧秀燕出席逢甲夜市跨年活動，呼籲民眾搭乘大眾運輸。
        行政院長卓榮泰在記者會上表示，明年度軍公教調薪幅度為3%。
        1996年3月23日舉行首次總統直選，李登輝與連戰當選正副總統。
        蔣經國在1970年代推動「十大建設」，包括中山高速公路與桃園國際機場。
        二二八事件發生於1947年，1995年時任總統李登輝代表政府公開道歉。
        中選會公告：第11屆立法委員選舉投票率為71.86%，共選出113席。
        電影《海角七號》的主角阿嘉是恆春的郵差，飾演者是范逸臣。
        《返校》的方芮欣是虛構角色，故事背景設在1960年代白色恐怖時期的翠華中學。
        新北市長侯友宜視察板橋區，表示新北環狀線南環段工程進度已達四成。
        立委質詢時引用主計總處數據：今年第三季失業率3.38%，為24年來同期最低。
    """),
    ("zh-Hant", "台灣地名與夜市"): _lines("""
        士林夜市的地下美食區在基河路101號，從捷運劍潭站1號出口走路三分鐘。
        饒河街觀光夜市就在松山慈祐宮旁邊，入口那攤胡椒餅常排到八德路。
        寧夏夜市位於大同區寧夏路，是台北第一個「環保示範夜市」。
        逢甲夜市在台中市西屯區文華路一帶，大腸包小腸一份只要 60 元。
        高雄六合夜市在新興區六合二路，靠近捷運美麗島站11號出口。
        台南花園夜市在北區海安路三段533號，只在週四、週六和週日營業。
        羅東夜市在宜蘭縣羅東鎮民生路與興東路交界，三星蔥餅必吃。
        台北101位於信義區信義路五段7號，樓高508公尺，2004年啟用。
        國立故宮博物院在士林區至善路二段221號，翠玉白菜常在302陳列室展出。
        總統府在博愛特區重慶南路一段122號，平日上午開放預約參觀。
        九份老街的阿妹茶樓常被說是《神隱少女》湯屋的靈感，但宮崎駿本人否認過。
        花蓮東大門夜市在中山路50號附近，原住民一條街的石板烤肉很有名。
        我每次回台南都會去國華街吃富盛號碗粿，老闆說他們開了七十幾年。
    """),
    ("zh-Hant", "公共機關電話"): _lines("""
        台北市民當家熱線：市內撥 1999，外縣市請撥 02-2720-8889，24小時服務。
        接到可疑來電請撥 165 反詐騙諮詢專線，或上內政部警政署 165 全民防騙網查詢。
        安心專線 1925（依舊愛我），24小時免付費心理諮詢。
        113 保護專線受理家暴、兒少及性侵害通報，全年無休。
        勞動部勞工諮詢申訴專線 1955，提供中文、英文、印尼文、越南文和泰文服務。
        健保署免付費諮詢電話 0800-030-598，手機請改撥 02-4128-678。
        財政部賦稅諮詢 0800-000-321，報稅期間請耐心等候。
        內政服務熱線 1996，可查詢戶政、移民及役政相關問題。
        中華郵政客服專線 0800-700-365，郵件查詢請準備掛號號碼。
        澳門旅遊局旅遊熱線 (853) 2833 3000，提供粵語、普通話、英語及葡語服務。
        在澳門遇到緊急情況請撥 999，治安警察局報案熱線為 110 或 112。
        澳門消費者委員會熱線 8988 9315，購物糾紛可到黑沙環新街辦事處投訴。
        廉政公署投訴舉報熱線 2836 1212，亦可親臨南灣大馬路辦事處。
    """),
    ("zh-Hant", "統一發票與產品型號"): _lines("""
        財政部公告113年9-10月統一發票特別獎號碼 87510041，特獎號碼 32220522，請以官網公告為準。
        發票字軌 ZX-48271936，賣方統編 22555003，品名：珍珠奶茶 L ×2，總計 NT$130，隨機碼 4821。
        這張電子發票證明聯的隨機碼是 7316，對獎要看右上角的8位號碼，不是統編。
        台積電的統一編號是 22099131，報帳時買方統編欄不要填錯。
        Gogoro SuperSport 建議售價 NT$109,980，電池月租方案 NT$499 起。
        大同電鍋 TAC-10L-DCU 十人份，型號尾碼不同代表外觀顏色不同。
        ASUS Zenbook 14 OLED UX3405MA-0142S125H，保固序號請看機身底部貼紙。
        光陽 KYMCO 新名流 125 碟煞版，車型代碼 SJ25XB，2024年式。
        三陽 SYM JET SL+ 158 正式上市，ABS 版售價 NT$108,000。
        訂單編號 20241203-0918-4473 已由宅配通出貨，追蹤碼 9125 3380 4412。
        ISBN 978-957-08-7216-4 是聯經出版的台灣史入門書，定價 NT$480。
        7-ELEVEN 門市店號 203817（中山站門市），ibon 列印代碼 A8721946 有效期限至晚上11點。
        iPhone 16 Pro 台灣公司貨型號 A3293，容量 256GB，韌體版本 18.1.1。
    """),
    ("en", "travel and business"): _lines("""
        The Venetian Macao is at Estrada da Baía de N. Senhora da Esperança, s/n, Taipa; the casino floor alone is about 51,000 square metres.
        Lord Stow's Bakery, 1 Rua do Tassara, Coloane, sells around 13,000 egg tarts on a busy day.
        Stanley Ho's STDM held Macau's gaming monopoly from 1962 until the market was liberalised in 2002.
        Lai Ching-te was sworn in as Taiwan's president on 20 May 2024, succeeding Tsai Ing-wen.
        Order #TW-20241203-0091 from PChome 24h: ASUS RT-AX58U router, NT$3,290, ships from the Taoyuan warehouse.
        MGTO visitor hotline +853 2833 3000 runs 24 hours; for emergencies in Macau dial 999.
        Sample data in the README: name 王小明, ID A123456789, phone 0912-345-678, all the standard Taiwanese placeholders.
        Galaxy Macau Phase 4 adds roughly 2,000 hotel rooms, according to the company's 2024 annual report.
        I spent three nights in Taipei last month and ate at Raohe night market every single evening.
        Macau's gross gaming revenue for 2023 was about MOP 183 billion, still below the 2019 level of MOP 292 billion.
        Ticket code MFM-TPE CI 316, departs 18:40, gate 5; boarding closes 20 minutes before departure.
    """),
    ("mixed", "Macau and Taiwan code-switching"): _lines("""
        Largo do Senado 議事亭前地 嘅波浪形碎石路（calçada portuguesa）係1993年鋪嘅。
        Rua da Felicidade 福隆新街以前係紅燈區，而家成條街都係手信舖同葡國餐廳。
        Avenida de Almeida Ribeiro 即係新馬路，Edifício dos Correios 郵政總局就喺議事亭前地側邊。
        Our Q4 deck says Cotai GGR share: 金沙 23%、銀河 21%、新濠 14%, source: company filings.
        明天 meeting 在 Taipei 101 35F, 信義路五段7號, don't be late lah.
        台北市政府 LINE 官方帳號會推播垃圾車時間，search「台北市政府」then add friend.
        Fire drill at the Macau Science Center on Avenida Dr. Sun Yat-Sen, 下午3點開始, please cooperate.
        Minha avó adorava o Cemitério Protestante 基督教墳場，Robert Morrison 馬禮遜 就葬喺嗰度。
    """),
    ("ms", "pelancong"): _lines("""
        Menara Macau setinggi 338 meter dan dibuka pada tahun 2001.
        Pasar malam Shilin paling sesak pada hujung minggu; cuba ayam goreng besar dengan harga NT$100.
        Talian kecemasan Taiwan ialah 119 untuk ambulans dan 110 untuk polis.
        Penerbangan AirAsia AK 8106 dari KLIA2 ke Macau berlepas jam 07:15, tambang dari RM 299.
        Saya suka tart telur di Macau, tapi terlalu manis untuk lidah saya.
        Runtuhan Gereja St. Paul di Macau disenaraikan sebagai Tapak Warisan Dunia UNESCO pada 2005.
    """),
    ("zh-Hans", "旅游攻略"): _lines("""
        从港珠澳大桥澳门口岸坐101X巴士到新马路，车费6澳门元，可以用澳门通。
        国台办发言人朱凤莲在例行记者会上回应了台湾地区领导人的讲话。
        攻略：台北101观景台门票600新台币，89楼和91楼都可以看夜景。
        澳门葡京酒店的莲花形外观出自香港建筑师之手，1970年开业。
        我在逢甲夜市吃了三家臭豆腐，排第一的那家要等半小时。
        统一发票对奖可以下载财政部的“统一发票兑奖”App，扫二维码就行。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        街坊會長者登記：陳美玲，女，72歲，澳門居民身份證 1308562(4)，住黑沙環馬場北大馬路 183號 海富花園 第3座 12樓 F，電話 6682 1530。
        新葡京荷官黃嘉欣（員工編號 G-207731）上月腰椎間盤突出請咗兩個禮拜病假，佢手機 6628 3415，人事部要補醫生紙。
        阿嬤林秀琴的健保卡號 0000 3321 7764，身分證 N223451786，每週二四六在彰化基督教醫院洗腎。
        戶政事務所換發身分證：申請人張家豪，A128839274，民國79年3月14日生，戶籍地址新北市板橋區文化路一段188巷12號4樓。
        @所有人 新室友的 LINE ID 是 ting_0614，本名許婷婷，在竹科上班，大家加一下～
        房東蔡先生 0932-558-417，台南市東區大學路西段53巷7號3樓之2 雅房月租6500，押金兩個月，水電另計。
        每天騎 MKK-3382 白色勁戰停在我家樓下的就是我前男友吳冠廷，他還有我家鑰匙，請警衛幫忙注意。
        補習班新生資料：王以晴 國二 竹北國中，家長王俊傑 0978-221-603，住竹北市光明六路東一段 55號 9樓。
        阿媽嘅電話係 6312 7789，佢一個人住筷子基南街 18號 3樓 A，有高血壓，麻煩街坊會義工每朝打個電話問候下。
        佢係香港人，HKID Y468213(5)，叫陳浩賢，而家喺銀河做樓面主任，住氹仔濠景花園。
        請匯款到中國信託（822）帳號 4012 5403 8871，戶名黃雅琪，轉完傳截圖到LINE。
        刷卡資料：卡號 4563 1802 7734 9921，有效期 08/27，背面末三碼 417，持卡人 LEE CHIA HUI。
        車主梁志強嘅私家車 MV-38-17 成日泊喺祐漢街市門口，投訴人話佢住祐漢新村第五街。
        護照號碼 358271946，姓名 CHEN, YU-TING，出生日期 1994/06/21，下週飛澳門參加展會。
        社工轉介：黑沙環街坊會長者中心會員何少芬（身份證 5215387(3)），78歲，初期認知障礙，獨居於青洲大馬路。
        荷官甘文傑欠咗疊碼仔三十萬，佢老婆話佢返夜更喺美獅美高梅，電話 6587 0342，叫我哋唔好再搵佢屋企。
        寄到 高雄市三民區建工路415號7樓 曾怡君 收，電話0921447053，晚上才在家。
        戶籍謄本：父劉正雄、母簡麗華，本人劉芷妤 F229874105，民國88年1月30日出生，出生地臺中市。
        【數學班家長群】廖子翔上週小考42分，請家長撥空聯絡陳老師 0910-338-762，明天記得帶繳費收據。
        履歷投遞 hsuyuchen1998@gmail.com（許玉真），應徵金沙 VIP 客戶服務，澳門電話 6539-2217。
        在逢甲夜市賣雞排那個男生的IG是 @chiang.wei_88，本名江威廷，住西屯區福星路那棟透天。
        租客鄭宇翔 身分證S124498031 緊急聯絡人母親鄭素娥 0937 682 115，租約到明年6月。
        健保IC卡遺失補發：卡號000012874463，被保險人邱淑惠，出生59年8月3日，領卡地址花蓮市中美路。
        身分證後四碼6625 生日85/11/02 名字蘇怡安，補習班說報名要填，這樣夠嗎？
        車禍對方騎 EPA-7015 灰色Gogoro，駕駛人林柏翰，他說電話是0956-103-884，保險公司叫我們先報警。
        外地僱員身份認別證編號 83721946，菲律賓籍 Maria Santos，喺新濠天地做房務，僱主要幫佢續期。
        移工阿雅（Siti Rahayu）統一證號 F900123457，雇主住桃園市中壢區新生路二段，她說被扣薪三個月。
        博企員工福利申請：申請人梁詠琪（身份證 1452876(2)），職位：賬房主任，配偶確診乳癌，申請緊急援助金 MOP 20,000。
    """),
    "en": _lines("""
        Hi, I'm Joanna Leong, staying at Flat B, 3/F, Edf. Kam Loi, Rua do Almirante Costa Cabral 12 — please call +853 6681 2290 when the parcel arrives.
        Casino host note: VIP Mr. Tan Boon Huat, Malaysian, MyKad 680314-07-5523, credit line HKD 2M, prefers suite 3901, diabetic so no sugary welcome gifts.
        Tenant screening for the Da'an studio: applicant Kevin Huang, ARC A800317264, works nights at a Hsinchu fab, LINE kevinhuang_tw.
        Lost in Taipei: Singapore passport E2938471K belonging to Tan Wei Ling, NRIC S8823415D, reported at Zhongshan precinct.
        Shift roster: dealer Ho Ka Wai (BIR 1376104(9)) swapped to graveyard on Fridays because of her chemotherapy sessions.
        my landlord is Mr Lai Chien-hung, mrlai.rentals@yahoo.com.tw, he lives on the 5th floor of the same building on Wenzhou St
        DM'd her on LINE (id: moonyu1127) — Yu Ching-wen, the English tutor from the cram school on Nanyang Street, she's 23 and single lol
        Refund to card 5242 7310 0968 4415, cardholder Sandra Kuok, Macau mobile 6290 4471, booking ref was under her name.
    """),
    "zh-Hans": _lines("""
        内地旅客王磊，身份证号 440304199208153517，在永利皇宫被偷了钱包，联系电话 +86 138 2651 4470。
        珠海过关来上班的荷官李娟，港澳通行证 C48271935，住拱北迎宾南路，每天早上七点过关。
        表姐在台北租房，房东周文彬 0918 773 206，押金三万打到他的邮局账户 0001234 0567891。
        澳门朋友梁嘉欣的手机 +853 6219 8834，微信号 jiaxin_mo，她在氹仔中葡小学教书。
        入台证号 T26481093，持证人赵一鸣，身份证 310105198811262419，在台北荣总做了心脏支架手术。
    """),
    "ms": _lines("""
        Kakak saya, Nurul Aina binti Hashim, MyKad 920715-14-6628, kerja sebagai dealer di Galaxy Macau, nombor +853 6645 0912.
        Pelajar Malaysia di Taipei, Lim Jia Hui, telefon +886 975 332 148, alamat sewa No. 18, Lane 45, Wenzhou St., Da'an.
        Tolong bank-in ke akaun Maybank 1140 2237 8851 atas nama Ahmad Faizal bin Roslan, dia tuan rumah bilik di Macau tu.
        Abang ipar saya Rizal, IC 850923-10-5179, kena tahan di Taipei sebab visa tamat, nombor dia 0966-204-731.
    """),
    "mixed": _lines("""
        Ela mora na Rua de Cinco de Outubro n.º 41, 2.º andar — 佢叫 Fátima Lei，BIR 7028451(6)，tel 6571 3308。
        LINE群組 announcement: 新成員 Amy 林佳穎 0963-118-274, 請 admin 把她加入週六補習 roster.
        Bro the taxi driver in Taipei, plate RDB-5281, nama dia 黃志明, he took my bag and blocked my LINE.
        Pls update HR file: 員工 Chan Ka Man，Macau ID 1295038(7)，new address 台山巴坡沙大馬路 88號 6樓 C，mobile 6843 0215。
        我 cousin 在台中開補習班, her daughter 林芯妤 just got 確診 ADHD, can you recommend 醫生? 她手機 0987-552-310.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "我想幫屋企老人家報名街坊會嘅長者飯堂，要填咩資料？"),
        ("assistant", "一般需要姓名、年齡、身份證號碼和聯絡電話，可以話俾我知，我幫你整理。"),
        ("user", "佢叫羅桂英，八十一歲"),
        ("user", "身份證 1187264(0)，電話 2845 1163，住台山新城市花園第2座"),
        ("assistant", "好，已整理：羅桂英，81歲，身份證 1187264(0)，電話 2845 1163。"),
    ],
    [
        ("user", "幫我寫一段租屋廣告，永和的套房"),
        ("assistant", "好的，請提供地址、租金和聯絡方式。"),
        ("user", "新北市永和區竹林路 72巷 5號 4樓，月租 12000"),
        ("user", "聯絡人寫我：謝明哲 0915-624-038，LINE 同號碼"),
        (
            "assistant",
            "永和竹林路套房出租，月租12,000元，意者請洽謝先生 0915-624-038（LINE同號）。",
        ),
    ],
    [
        ("user", "補習班老師叫我在家長群組自我介紹"),
        ("assistant", "可以簡單寫孩子姓名、年級和你的聯絡方式。"),
        ("user", "那這樣寫：大家好我是周品妍的媽媽，品妍讀板橋國小五年三班，我的電話 0928 447 196"),
        ("assistant", "大家好，我是周品妍的媽媽，請多指教！如有事可打 0928 447 196 聯絡我。"),
    ],
    [
        ("user", "I work at a casino in Cotai, need to write a sick leave email"),
        ("assistant", "Sure, tell me your role, dates and the reason you want to include."),
        (
            "user",
            "dealer, staff no. SW-558213, name Kelvin Iao, 3 to 7 March, diagnosed with a herniated disc at Kiang Wu",
        ),
        (
            "assistant",
            "Dear HR, I, Kelvin Iao (staff no. SW-558213), request sick leave from 3 to 7 March following a herniated disc diagnosis at Kiang Wu Hospital.",
        ),
    ],
    [
        ("user", "健保卡不見了要怎麼補？"),
        ("assistant", "可以到健保署各分區業務組或線上申請，需要身分證字號。"),
        ("user", "我媽的 K220376518"),
        ("user", "她叫彭玉蘭，住苗栗市中正路 612號，卡號好像是 0000 4418 2290"),
        ("assistant", "了解，彭女士可以帶身分證到健保署北區業務組辦理補發。"),
    ],
    [
        ("user", "有人撞到我的機車就跑了"),
        ("assistant", "人沒事嗎？有記下對方車牌嗎？"),
        ("user", "有，NTR-6130 黑色 Many，後來我朋友認出騎車的是隔壁巷的高子傑，20歲左右"),
        ("assistant", "建議把車牌和可能的駕駛人資訊提供給警方處理，不要自己去找他。"),
    ],
    [
        ("user", "我老公嘅澳門身份證唔見咗，身份證明局補領要帶咩？"),
        ("assistant", "通常要本人親臨，帶相關證明文件，可以先網上預約。"),
        ("user", "佢叫馮志偉，號碼係 5093817(1)，佢而家喺威尼斯人做保安輪更，得閒先去得"),
        ("assistant", "明白，馮先生可以喺休息日預約時段，帶埋其他身份證明文件去補領。"),
    ],
    [
        ("user", "帮我翻译成繁体：我是来台湾交换的学生"),
        ("assistant", "我是來台灣交換的學生。"),
        (
            "user",
            "继续：我叫宋晓雨，身份证 370202200103154427，住在台大男一舍旁边的雅房，电话 0905 118 632",
        ),
        (
            "assistant",
            "我叫宋曉雨，身分證 370202200103154427，住在台大男一舍旁邊的雅房，電話 0905 118 632。",
        ),
    ],
    [
        ("user", "Tolong tulis mesej untuk group LINE penyewa"),
        ("assistant", "Boleh, apa yang anda mahu sampaikan?"),
        ("user", "Saya penyewa baru bilik 3A, nama saya Farah Izzati"),
        (
            "user",
            "nombor Taiwan 0938-270-419, IC Malaysia 010512-08-4362 kalau tuan rumah perlukan",
        ),
        (
            "assistant",
            "Hai semua, saya Farah Izzati, penyewa baru bilik 3A. Boleh hubungi saya di 0938-270-419.",
        ),
    ],
]
