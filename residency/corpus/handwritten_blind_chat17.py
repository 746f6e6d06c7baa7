# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat17: 香港生活多輪對話（粵語、繁體中文、英文夾雜：搬屋租樓、睇醫生、薪俸稅、搵工、外傭、小一派位、強積金、公屋申請）. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat17
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "政府指引"): _lines("""
        2024/25課稅年度的基本免稅額為132,000元，已婚人士免稅額為264,000元。
        薪俸稅累進稅率分為2%、6%、10%、14%及17%五級，每級應課稅入息實額為50,000元。
        由2024/25課稅年度起，應課稅入息實額首500萬元按標準稅率15%徵稅，超出部分按16%徵稅。
        僱主須於僱員受僱後60日內為其登記參加強積金計劃；強制性供款為有關入息的5%，入息上限為每月30,000元。
        每月有關入息少於7,100元的僱員毋須作強制性供款，但僱主仍須為該僱員供款。
        外籍家庭傭工的最低許可工資為每月4,990元，膳食津貼不少於每月1,236元，適用於2024年9月28日或之後簽訂的合約。
        公屋申請者須年滿18歲；申請時，申請人及其家庭成員必須在香港居住，而最少一半成員須在港住滿7年。
        房委會每年檢討公屋申請的入息及資產限額，新限額一般於每年4月1日生效。
        小一入學統籌辦法分「自行分配學位」及「統一派位」兩個階段進行。
        中一自行分配學位申請期一般於每年一月，每名學生最多可向兩所中學遞交申請。
        《業主與租客（綜合）條例》第IVA部規管分間單位租賃，每個租期為兩年，租客享有第二個租期的續租權。
        租期不超過一年的租約，印花稅按租期內應繳租金總額的0.25%計算，須於簽立後30日內加蓋印花。
        由2026年1月1日起，符合資格人士使用公立醫院急症室服務每次收費400元。
        僱主不得扣起外籍家庭傭工的護照或身份證明文件，職業介紹所亦不得向求職者收取超過首月工資10%的佣金。
    """),
    ("zh-Hant", "熱線與地址"): _lines("""
        稅務局查詢熱線：187 8088；地址：香港灣仔告士打道5號稅務大樓。
        積金局熱線 2918 0102，網址 www.mpfa.org.hk，「積金易」平台查詢熱線 183 2622。
        房屋委員會熱線 2712 2712；房委會總部：九龍何文田佳定街33號。
        勞工處外籍家庭傭工專線：2157 9537（設菲律賓語、印尼語及泰語傳譯服務）。
        入境事務處總部位於將軍澳寶邑路61號，一般查詢熱線 2824 6111。
        瑪麗醫院：香港薄扶林道102號；伊利沙伯醫院：九龍加士居道30號。
        個人資料私隱專員公署投訴熱線 2827 2827，辦事處位於灣仔皇后大道東248號大新金融中心13樓。
        公屋申請進度可致電房委會申請分組查詢，或使用「HA+i」流動應用程式。
        香港撒瑪利亞防止自殺會24小時熱線 2389 2222；生命熱線 2382 0000。
        葛量洪醫院位於香港仔黃竹坑道125號，以前港督葛量洪爵士命名。
        教育局查詢熱線 2891 0088（辦公時間：星期一至五上午8時30分至下午6時）。
        消費者委員會投訴及查詢熱線 2929 2222；反詐騙協調中心「防騙易熱線」18222。
    """),
    ("yue-Hant", "討論區貼文"): _lines("""
        有冇人知搬屋公司一般點計？由沙田搬去將軍澳，兩房單位，問咗三間報價由$2,800到$4,500都有 😅
        租樓小貼士：睇樓一定要check埋冷氣、熱水爐同窗邊有冇滲水，簽約前叫經紀俾份查冊你睇
        今年報稅大家有冇做TVC？扣稅上限連延期年金一共$60,000，唔做就嘥咗
        第一次請姐姐，中介話新簽證大概4-6個星期，最近有冇人申請過？入境處係咪批得快咗
        屯門醫院急症室今日等咗7個鐘，分流係次緊急，唔係好急真係去私家GP算啦
        公屋等咗5年半仲未有信……官方話平均輪候5.3年，呢個數點計出嚟㗎？
        小一叩門要準備乜嘢？portfolio、推薦信定係獎狀？求過來人分享 🙏
        搬屋記得轉水電煤名：中電、港燈、煤氣公司全部網上搞得掂，唔使親身去
        聽講嘉湖山莊今個月放租盤少咗好多，兩房叫價大概$15,000，貴咗$800
        稅單今日到咗，今年要交$18,400，分兩期一月同四月交，心痛
        見工被問expected salary唔好直接講現職人工，講個range例如$25k–28k就得
        姐姐放年假返菲律賓，合約寫明兩年一次回程機票係僱主出，唔好俾中介呃
        威爾斯親王醫院精神科新症要等幾耐？聽講穩定新症排成年
        麥兜迷去大角咀打卡搵春田花花幼稚園記得唔好阻住街坊做生意呀
    """),
    ("yue-Hant", "AI助手回覆"): _lines("""
        你可以經「HA+i」App或者房委會網站網上遞交公屋申請，亦可以下載申請表填好後郵寄或者親身交去房委會申請分組。
        報薪俸稅嘅時候，強積金強制性供款每年最多可以扣除$18,000。
        如果你同外傭提早解約，要俾一個月通知或者一個月代通知金，並喺7日內書面通知入境處。
        睇私家醫生前可以問吓佢有冇參加「醫健通」，咁你嘅病歷就可以同公立醫院互通。
        寫CV嘅時候，香港僱主一般唔需要你寫身份證號碼、出生日期或者婚姻狀況，留電話同email就夠。
        搬屋前建議你：1）列清單；2）同搬屋公司confirm車數同人手；3）預約管理處用電梯；4）通知銀行同保險公司改地址。
        香港租樓一般要俾兩個月按金加一個月上期，地產佣金通常係半個月租。
        用「稅務易」網上遞交個別人士報稅表（BIR60），交表期限會自動延長一個月。
        小一統一派位結果一般喺六月初公布，家長可以親身去派位學校或者網上查閱。
        你可以用「積金易」平台將之前幾份工嘅強積金賬戶整合埋一齊，唔使再填紙本表格。
        外傭新約一般要做體檢，喺指定診所做，費用大約$500至$900。
        急症室分流分五級：危殆、危急、緊急、次緊急同非緊急，輪候時間主要視乎分流級別。
        If you earn less than HK$7,100 a month，你自己唔使供MPF，但老細仍然要幫你供5%。
        Sorry，我冇辦法幫你查其他人嘅住址或者電話，呢啲係個人資料；如果要搵業主，可以經地產代理聯絡。
    """),
    ("en", "templates"): _lines("""
        TENANCY AGREEMENT — Landlord: [LANDLORD NAME] (HKID No. [________]); Tenant: [TENANT NAME] (HKID No. [________]); Premises: Flat [__], [__]/F, [BUILDING], [DISTRICT], Hong Kong.
        Dear {{applicant_name}}, your application {{ref_no}} for Public Rental Housing has been registered. Please quote this reference in all correspondence.
        Employment Contract for a Domestic Helper Recruited from outside Hong Kong (ID 407) — Helper's name: ________ Passport No.: ________ Date of birth: __/__/____
        Hi {first_name}, thanks for applying for the {job_title} role at {company}. Could you share your availability for a 30-min call this week?
        RE: Notice of Resignation — I, <Employee Name>, hereby give one month's notice; my last working day will be <DD/MM/YYYY>.
        Patient label — Name: __________ HKID: _______(_) DOB: __/__/____ Ward: ____ Bed: ____
        Form IR56B Part 3: Name of employee (surname first) ______; HKID No. ______; Capacity employed ______; Period of employment ____ to ____.
        MPF Scheme Member Enrolment Form — Section A: Member's Particulars (please complete in BLOCK LETTERS).
        {{#if has_children}}Please list each child's name, date of birth and birth certificate number.{{/if}}
        Clause 5 / 第5條: The Tenant shall pay the monthly rent of HK$[_____] on or before the [__] day of each calendar month. 租客須於每月[__]日或之前繳付租金。
        This is to certify that [Helper Name], holder of [Nationality] passport no. [Passport No.], was employed by me as a domestic helper from [Start Date] to [End Date].
        多謝你聯絡陽光搬運！請提供：1) 搬出地址 2) 搬入地址 3) 日期 4) 單位大小，我哋會盡快報價 🚚
    """),
    ("zh-Hant", "公眾人物與地名"): _lines("""
        財政司司長陳茂波在《2024-25年度財政預算案》中建議寬減2023/24課稅年度百分之百的薪俸稅，上限3,000元。
        行政長官李家超在2022年《施政報告》中提出興建約30,000個「簡約公屋」單位。
        伊利沙伯醫院以英女王伊利沙伯二世命名，於1963年啟用。
        彌敦道以第十三任港督彌敦爵士命名，是九龍半島的主要幹道。
        孫中山紀念館位於半山衞城道7號甘棠第，逢星期四休館。
        麥兜和媽媽麥太住在大角咀，就讀春田花花幼稚園，校長是一隻山羊。
        勞工及福利局局長孫玉菡表示，政府會繼續按機制檢討外傭最低許可工資。
        鄧肇堅醫院位於灣仔，以慈善家鄧肇堅爵士命名。
        房屋局局長何永賢表示，公屋平均輪候時間已回落至5.3年。
        王家衛電影《重慶森林》中，王菲飾演的阿菲在蘭桂坊的快餐店打工。
        軒尼詩道和德輔道中以港督軒尼詩和德輔命名，干諾道則紀念干諾公爵。
        林鄭月娥於2017年當選第五屆行政長官。
        東華三院馮堯敬醫院位於薄扶林沙灣徑9號，屬港島西醫院聯網。
    """),
    ("en", "system logs"): _lines("""
        [2026-11-28T09:14:02+08:00] INFO etax.submit form=BIR60 year=2025/26 batch=7741 accepted in 1.82s queue_depth=412
        Order #HK-MV-20261130-00482 — 3-ton lorry x1, movers x3, 09:00 slot — total HK$3,680 (paid via FPS)
        Tracking no. SF1428837420915 — Delivered to smart locker H852FP0314 (Mong Kok, Nathan Road)
        Invoice INV-2026-11-07731 | Consultation HK$450 | Medication (3 days) HK$180 | Total HK$630
        release: helper-matcher v2.14.3 (sha256: 9f2c4e81b0a3d7756e1c0f3a98d4b2e7c6a5f1038e9b7d2c4f6a0e1b3c5d7f92)
        PRH stats 2025/26 Q3: general applications 133,500; avg waiting time 5.3 yrs; elderly one-person 3.8 yrs
        GET /api/v3/mpf/funds?scheme=SCH-00412&date=2026-11-30 200 OK 87ms
        Payroll batch PR-202611 generated: 248 employees, gross HK$7,412,360.00, employer MPF HK$312,450.00
        employee_id,name,hkid,basic_salary,mpf_ee,mpf_er,tax_withheld
        cron helper-visa-reminder ran at 2026-12-01 03:00:00 HKT: 0 errors, 17 reminders queued
        Speedpost EE918273645HK — in transit, Hong Kong International Mail Centre, 2026-11-29 18:42
        build 20261203.4 deployed to hk-prod-2 (commit 4e7a1c9) — p95 latency 212ms, error rate 0.03%
    """),
    ("yue-Hant", "私隱處理指引"): _lines("""
        同業主WhatsApp傾租約，唔好send成張身份證相，遮咗部分號碼同相片，淨係俾佢核對名就夠。
        提提大家：入境處同稅務局唔會打電話叫你俾銀行密碼，收到呢類電話即刻收線。
        公司HR收集求職者資料時，要喺收集之前或者當時提供「收集個人資料聲明」（PICS），講明用途同轉移對象。
        醫療報告send俾保險公司之前，最好問清楚佢哋點樣儲存同幾時銷毀。
        如果要將外傭護照副本交俾中介，記得喺影印本寫明「只供辦理簽證用途」同日期。
        根據《私隱條例》，你可以向機構提出查閱資料要求，機構要喺40日內回覆。
        系統提示：記錄對話時，如出現身份證號碼、電話或地址，請先以「***」遮蔽。
        唔好喺公開群組問「邊個識XX邨XX座啲住戶」，呢類做法可能涉及起底，屬刑事罪行。
        過咗期嘅舊租約同糧單，用碎紙機處理好過直接掉入垃圾桶。
        上載相片之前記得刪除EXIF資料，手機影相可能連GPS位置都記錄埋。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "yue-Hant": _lines("""
        業主你好，我係睇開嘅租客梁嘉欣，身份證 K582136(3)，電話 6238 4917，麻煩你擬好租約send俾我check先 🙏
        阿媽今朝喺屋企暈低，而家喺瑪嘉烈醫院A&E，佢叫黃惠芬，78歲，有心房顫動同糖尿病，我哋住荔景邨美景樓1812室
        搬屋師傅聽日9點到：葵涌石蔭邨安和樓2315室 → 將軍澳日出康城晉海II 2A座21樓B室，聯絡人周先生 9417 2608
        姐姐 Maricel Dela Cruz 嘅護照號碼係 P4821736B，生日 1989年3月14日，中介話下星期幫佢交ID 988A續約
        我個仔陳浩然2020年10月出世，出世紙號碼 Y318470(4)，想報聖保羅男女中學附屬小學，份表要唔要核證副本？
        今年報稅：我何志明全年入息$486,000，MPF扣咗$18,000，太太梁淑儀冇收入，夫婦合併評稅著唔著數？
        HR小姐你好，我係林子軒（員工編號E20931），offer letter寫明月薪$42,500，但11月payslip只出咗$40,800，可唔可以幫我check吓？
        公屋申請編號 G-4217368-2，申請人鄭美玲，丈夫羅志強，女兒羅心怡（2016年出世），現住深水埗北河街123號5樓後座劏房
        我哋大廈管理處日更嘅何國樑叔叔（住美孚新邨第5期）原來有早期柏金遜症，佢叫我哋千祈唔好同法團講
        住客卡登記：陳小姐（HKID R204***(A)），沙田第一城38座12樓F室，電話 9xxx 3582
        加我WhatsApp +852 5623 0871 搵張凱文Kelvin，我自己喺旺角做經紀，放盤睇樓直接搵我
        醫生紙：病人區詠詩（M671248(2)），急性腸胃炎，建議病假2026年11月30日至12月2日，共3日
        我老婆蘇曉琳係大陸過嚟，單程證啱啱批，佢內地身份證 440106199203174526，想幫佢喺公屋加名
        我阿爸葉錦華今年65歲想一筆過攞MPF，賬戶號碼 MA-7730184521，入錢去佢匯豐戶口 004-512-378901-838
        租金自動轉賬用呢張卡：4532 0187 4521 9361，持卡人 TSANG WING YAN，到期 08/29
    """),
    "zh-Hant": _lines("""
        僱傭合約第2條：僱員 Sri Wahyuni（印尼籍），護照號碼 C4417825，1992年7月2日出生；僱主馮家俊，香港身份證 Z903615(7)，地址九龍塘窩打老道88號3樓。
        轉介信：茲轉介病人蔡麗珠女士（E447290(3)，1961年5月4日出生）至眼科專科門診，診斷為糖尿病視網膜病變，請予跟進。
        學童資料：吳子晴（Ng Tsz Ching），小三，家長吳國棟，聯絡電話 9156 3304，食物敏感：花生、蝦。
        本人張振邦（香港身份證號碼 P158362(3)）現授權李惠儀代為辦理本人強積金權益提取手續。
        台灣租客林怡君，身分證字號 F228391753，現居台北市大安區和平東路二段96巷12號4樓，預計2027年1月遷入灣仔。
        客戶鄧偉聰，內地居民身份證 440304198806122737，回鄉證 H10593728，每兩星期返港於瑪麗醫院腎科覆診。
        區域法院案件：僱主余美華被控拖欠外傭 Rosalinda Bautista 工資及假期薪酬共$23,560，案件押後至明年2月再訊。
        車位租用登記：車牌 VT 8263，車主麥建華，住址太古城寶靈閣15樓C室，月租$3,800。
        申請人 Tan Wei Ling（NRIC S8812734Z），由新加坡調職來港，新加坡住址 Blk 456 Ang Mo Kio Ave 10 #08-1234，兩名子女申請國際學校。
        納稅人霍志恒，檔案號碼 2AB-41728365，2025/26年度應課稅入息$612,400，暫繳稅$58,930。
    """),
    "en": _lines("""
        Hi landlord, this is Priya Nair, new tenant for Flat 7B, Block 3, Laguna City. My HKID is XA095127(4) and mobile 9382 6150 — pls send the DI form to priya.nair.hk@gmail.com
        Candidate: Jason Leung Ka-ho | DOB 14/02/1996 | Current HK$32,500 | Expected HK$38k | Tel 6174 2285 | linkedin.com/in/jasonleungkaho
        Notice of termination: employer Mrs. Wong Siu Ling (WX318264(7)) terminates the contract of helper Yuliana Saputri, Indonesian passport X3187640, effective 15 Dec 2026.
        Mr. Kwok Yiu Fai, 52, HKID C836401(8), diagnosed with stage II colorectal cancer at Queen Mary Hospital, referred for oncology follow-up.
        New joiner Lim Chee Keong, MyKad 880514-14-5273, relocating from No. 23, Jalan SS2/64, 47300 Petaling Jaya; MY mobile 012-487 3361.
        Tenant: Arjun Mehta, FIN G7250418L, banker in Central on HK$95,000/month, SG mobile +65 9123 4870.
        P1 application — child: Chloe Ho Yan-tung, born 2022-06-03, birth cert G524718(6); parents Ho Chun-kit & Ivy Tse; Flat 12A, Tower 5, The Wings, Tseung Kwan O
        MPF member Ms. Chu Mei-kwan, account 1038-4471-29: employer contributions missing for Sep–Oct 2026 (monthly income HK$21,300). Home tel 2604 7718.
        FYI our new flatmate in 23C, Mandy Yip Wing-sze (teaches at the tutoring centre downstairs), told me she's HIV positive — please don't tell the others.
        Octopus AAVS linked to UnionPay 6214 8392 0175 6343 (SZE TO KWOK WAI); card delivery: Rm 1607, Block F, Lai Chi Kok Estate
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "租樓按金一般要俾幾多？"),
        ("assistant", "香港一般係兩個月按金加一個月上期，另外地產佣金通常係半個月租。"),
        ("user", "ok 咁幫我擬個WhatsApp俾業主，話我想簽約"),
        ("assistant", "可以，你想喺訊息入面包括咩資料？"),
        (
            "user",
            "我叫蔡嘉敏，HKID J825306(1)，而家住觀塘順利邨利康樓908，電話 6092 7731，想12月15號起租",
        ),
    ],
    [
        ("user", "阿爸成日話心口翳，係咪要即刻睇急症？"),
        ("assistant", "如果有持續胸痛、氣促、出冷汗，應該即刻打999或者去急症室。"),
        ("user", "佢而家喺明愛醫院急症室，護士問佢嘅身份證"),
        ("user", "佢叫黎志雄 A613852(A)，有高血壓同做過通波仔"),
        ("assistant", "明白，請將資料直接交俾醫護人員，唔好喺公開平台分享。"),
    ],
    [
        (
            "system",
            "You are TaxPal, an assistant that helps Hong Kong users understand salaries tax.",
        ),
        ("user", "幫我計吓今年要交幾多稅"),
        ("assistant", "好，請提供你嘅全年入息同可扣除項目。"),
        (
            "user",
            "2025/26 我喺 Central 一間律師行做 paralegal，全年入息 $372,000，MPF $18,000，仲有供養母親 78歲 (胡金鳳)。我個名係胡家明，file no. 7C3-58204163",
        ),
    ],
    [
        ("user", "姐姐續約要填咩表？"),
        ("assistant", "一般要填ID 988A（外傭簽證申請表）同ID 407合約，由僱主同外傭一齊簽。"),
        (
            "user",
            "幫我check吓啱唔啱：Name: SANTOS, Jocelyn Reyes; Passport: P7203518C; DOB: 21 Aug 1985; place of birth: Iloilo",
        ),
        ("assistant", "格式睇落冇問題，記得同護照資料頁核對一次。"),
    ],
    [
        ("user", "小一自行分配學位要交咩文件？"),
        ("assistant", "通常要交申請表、出世紙副本同住址證明，如有兄姊在讀亦可附上證明。"),
        ("user", "我個女叫梁晞彤，2021年4月8號出世"),
        ("user", "出世紙號碼係 B470291(9)，我哋住大埔太和邨喜和樓"),
        ("assistant", "收到，你可以喺申請表第二部分填上呢啲資料。"),
    ],
    [
        ("user", "想用積金易睇返以前嘅MPF"),
        ("assistant", "你可以用「智方便」登入積金易平台，查閱所有賬戶。"),
        ("user", "試過唔得，客服叫我提供 HKID 同 member account"),
        ("user", "HKID 係 K907254(3)，account 係 8831-2056-47，我叫鄺詠恩"),
        ("assistant", "建議你直接致電積金易熱線，唔好喺度留低身份證號碼。"),
    ],
    [
        ("user", "公屋入息限額係幾多？"),
        ("assistant", "限額按家庭人數計算，每年4月更新，可以喺房委會網站查最新數字。"),
        (
            "user",
            "我哋一家四口：我（石嘉豪，外賣員，月入大約$19,000）、老婆、兩個仔，住緊土瓜灣馬頭圍道218號6樓C室劏房，月租$6,200，夠唔夠資格？",
        ),
        ("assistant", "四人家庭嘅入息限額高過你現時收入，應該符合資格，建議盡快申請。"),
    ],
    [
        ("user", "幫我執吓份CV，個頭係咁："),
        (
            "user",
            "WONG Hoi Yan, Cherry | 6418 2093 | cherry.wong.hy@outlook.com | Flat 3D, 18/F, Block 2, Kornhill, Quarry Bay",
        ),
        ("assistant", "建議地址寫到地區就夠，例如 Quarry Bay，唔需要寫到單位。"),
        ("user", "ok 改咗啦，下一段係work experience"),
    ],
    [
        ("user", "Hi, can you help me write a message to the movers?"),
        ("assistant", "Sure! What details should it include?"),
        (
            "user",
            "Moving out from 5/F, 27 Shelley Street, Mid-Levels to Flat 21C, Tower 1, Grand Austin, Jordan on 20 Dec. Contact: Oliver Brandt, +852 9755 1306",
        ),
        (
            "assistant",
            "Here's a draft: “Hi, this is Oliver Brandt, confirming the move on 20 Dec ...”",
        ),
    ],
    [
        ("user", "我想請病假，但唔想公司知我睇精神科，有冇辦法？"),
        ("assistant", "醫生紙一般可以只寫「病假」而唔寫診斷，你可以同醫生講。"),
        (
            "user",
            "我係陳詠琪，喺九龍灣一間物流公司做會計，上個月確診中度抑鬱症，而家食緊Sertraline",
        ),
        ("assistant", "明白，你可以要求醫生喺證明書上唔列出診斷，照顧好自己。"),
    ],
    [
        ("user", "老婆單程證嚟港，幾時可以申請香港身份證？"),
        ("assistant", "持單程證抵港後30日內要去入境處登記領取香港身份證。"),
        (
            "user",
            "佢叫賴秀英，內地身份證 442000199008271417，中山人，上星期到港，暫時同我住喺元朗天水圍天耀邨耀宏樓1506",
        ),
    ],
    [
        ("user", "Relocating from Singapore to HK next month, what do I need for a tenancy?"),
        ("assistant", "Usually your passport, employment visa, and proof of income."),
        (
            "user",
            "Got it. I'm Rachel Goh, NRIC T0345186G, current address Blk 212 Serangoon Ave 4 #05-118, SG 550212. Visa should come through by mid-Jan.",
        ),
        (
            "assistant",
            "Great — the landlord will likely ask for a copy of your HK visa once issued.",
        ),
    ],
    [
        ("user", "offer letter 個人工係咪太低？"),
        ("assistant", "可以講吓職位、年資同offer內容嗎？"),
        (
            "user",
            "我係馬來西亞人 Ong Mei Xuan，MyKad 920830-10-6148，5年UX經驗，offer係 HK$34,000 x 13 months，喺銅鑼灣一間startup",
        ),
        ("assistant", "以5年UX經驗嚟講，呢個數喺市場中下水平，可以嘗試議價。"),
    ],
    [
        ("user", "我係台灣來香港讀研究所的，想租學生宿舍附近的房間"),
        ("assistant", "可以考慮大學附近的共居空間或分租單位，要留意合約期。"),
        ("user", "房東要我的資料：許庭瑋，身分證字號 R120873648，手機 +886 912 345 608"),
        ("assistant", "建議只提供必要資料，身分證字號可待簽約時才出示。"),
    ],
    [
        ("user", "入境處表格叫我填身份證號碼"),
        ("assistant", "請照身份證上嘅號碼填寫，包括括號內嘅數字。"),
        ("user", "係咪 Y90"),
        ("user", "2417(2)咁樣寫？我叫杜國威，想幫屋企人申請探親"),
        ("assistant", "係，格式就係英文字母加六個數字，再加括號入面嘅檢查碼。"),
    ],
    [
        (
            "system",
            "客戶檔案：溫淑芬，Z148603(A)，電話 9284 0317，地址：鴨脷洲利東邨東業樓2209室。身份：外傭僱主。",
        ),
        ("user", "你好，我想問姐姐下個月約滿點處理"),
        ("assistant", "溫小姐你好，約滿前你可以選擇續約或者約滿離港，需要提早通知入境處。"),
    ],
    [
        ("user", "幫我寫封email同HR確認入職資料"),
        ("assistant", "好呀，請提供需要確認嘅資料。"),
        ("user", "姓名、HKID、銀行戶口"),
        (
            "assistant",
            "Dear HR, 以下為本人入職資料：姓名：羅偉倫；HKID：P337190(9)；恒生銀行戶口：024-389-201774-883。如有問題請聯絡本人。",
        ),
        ("user", "perfect 多謝"),
    ],
    [
        ("user", "姐姐話老細成日唔俾佢放假，點算？"),
        ("assistant", "外傭每7日應有最少1日休息日，可以致電勞工處外傭專線求助。"),
        (
            "user",
            "佢叫 Nur Aini，印尼護照 B9047261，僱主係沙田碧濤花園嘅 Mrs. Tse Lai Ming，已經兩個月冇俾休息日",
        ),
        ("assistant", "建議佢保留證據，並向勞工處或者領事館求助。"),
    ],
    [
        ("user", "勞資審裁處要點入禀？"),
        ("assistant", "可以喺勞資審裁處網站預約，帶齊身份證明同僱傭文件。"),
        (
            "user",
            "我前公司欠我兩個月人工$56,000，我係黃俊傑 (M084526(A))，前老闆叫蕭永強，公司喺荃灣沙咀道做冷氣工程",
        ),
        ("assistant", "你可以提交申索書，審裁處會安排調解。"),
    ],
    [
        ("user", "按金可以用信用卡俾嗎？"),
        ("assistant", "視乎業主或者代理接唔接受，一般會收手續費。"),
        ("user", "代理叫我send卡號過去：5204 7381 1602 9537 exp 11/28 名 LAU KA MAN"),
        ("assistant", "唔建議透過WhatsApp send完整卡號，可以要求用FPS或者親身過數。"),
    ],
    [
        ("user", "屋苑車位月租大概幾多？"),
        ("assistant", "視乎屋苑同地區，港島東一般$3,000至$4,500。"),
        (
            "user",
            "管理處要我登記：車牌 RK 3719，車主彭志遠，住杏花邨28座31樓G室，Tesla Model Y 白色",
        ),
    ],
    [
        ("user", "懷孕幾耐要同公司講？"),
        ("assistant", "法例冇規定，但要享有產假保障，最遲要喺放產假前通知僱主。"),
        ("user", "我係郭凱琳，喺尖沙咀海港城一間手袋店做店長"),
        ("user", "預產期係2027年3月18號，仲未同上司講，佢個人好小器"),
        ("assistant", "建議你以書面通知，咁對你嘅保障更清楚。"),
    ],
    [
        ("user", "阿媽認知障礙，想申請資助院舍"),
        ("assistant", "可以經社署嘅「安老服務統一評估機制」申請，由社工安排評估。"),
        ("user", "佢叫容秀蓮，84歲，S269135(5)，同我哋住將軍澳厚德邨德福樓1203，成日半夜走出去"),
        ("assistant", "明白，建議盡快聯絡附近嘅長者地區中心安排評估。"),
    ],
    [
        ("user", "Landlord wants to raise rent for my subdivided flat, is that allowed?"),
        (
            "assistant",
            "Under Part IVA, the rent increase on renewal is capped at 10% or the change in rateable value, whichever is lower.",
        ),
        (
            "user",
            "I'm Tsoi Wai Kwan, Flat B, 4/F, 61 Fuk Wing Street, Sham Shui Po. Rent now $5,400, landlord Mr. Yeung wants $6,100. I earn $13,500 as a cleaner.",
        ),
    ],
    [
        ("user", "深圳嘅屋企人想嚟香港睇醫生，要準備咩？"),
        ("assistant", "非符合資格人士睇公立醫院要俾非本地人收費，建議先約私家專科。"),
        (
            "user",
            "佢叫姚建國，身份证 440604196002230959，微信 yao_jg1960，电话 139 2874 5106，肺部有個3cm陰影要覆檢",
        ),
        ("assistant", "可以先預約私家醫院嘅胸肺科專科醫生。"),
    ],
]
