# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat69: chats about one's own move to work in Taiwan, Hong Kong or Macau. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat69
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant chat"): _lines("""
        User: What's the difference between Hong Kong's Top Talent Pass Scheme and QMAS? Assistant: TTPS is based on an annual income of HK$2.5 million or a degree from one of the listed top universities, while QMAS is a quota-based scheme with a points test; TTPS has no quota and no points test.
        User: I have a job offer in Taipei at NT$160,000 a month, is that enough for the Gold Card in the economic field? Assistant: The economic field usually asks for a recent monthly salary of at least NT$160,000, so you would likely qualify, but check the current criteria on the Taiwan Gold Card Office site before you apply.
        User: Do I need to register with Taiwan NHI as soon as I get my ARC? Assistant: If your ARC is based on employment, your employer must enrol you in National Health Insurance from your first day of work; most other ARC holders wait for six months of residence.
        User: how many days do i need to be in taiwan to count as tax resident Assistant: 183 days or more in a calendar year makes you a resident for income tax; under 183 days your salary is usually withheld at a flat 18% (6% if your pay is below 1.5 times the minimum wage).
        User: Is HK salaries tax really capped at 15%? Assistant: The standard rate is 15% on the first HK$5 million of net income and 16% above that; you pay whichever is lower, the progressive rates on net chargeable income or the standard rate.
        User: Can I bring my wife to Macau if I come under the Talent Introduction Programme? Assistant: Yes, the applicant's spouse and minor children can be included and are assessed together with you when you apply for residence.
        User: My IANG visa expires next March, when can I start the extension? Assistant: You can apply up to four weeks before your limit of stay ends; bring your passport, HKID, employment contract and recent payslips.
        User: what does 外僑居留證 mean on my landlord's form? Assistant: It is the Alien Resident Certificate (ARC), the residence card foreign residents in Taiwan carry; landlords often ask for its number for the lease.
        User: Who is Hong Kong's Chief Executive and what did his first Policy Address do for talent? Assistant: John Lee Ka-chiu took office in July 2022; his first Policy Address launched the Top Talent Pass Scheme and set up Hong Kong Talent Engage.
        User: Is MPF mandatory if I'm on a one-year contract in Hong Kong? Assistant: Yes, employees aged 18 to 64 employed for 60 days or more must join an MPF scheme; you and your employer each contribute 5% of relevant income, capped at HK$1,500 a month.
        User: Which areas in Taipei are good for a family with a 5-year-old? Assistant: Many expat families look at Tianmu in Shilin District, close to Taipei American School and Taipei European School, or Da'an District for its parks and MRT links.
        User: Explain the difference between the blue card and the 澳門居民身份證. Assistant: The blue card (外地僱員身份認別證) is the identity card for non-resident workers and is tied to one employer; the resident identity card is issued once you hold residence status in Macau.
        User: How long does a Taiwan Gold Card application take? Assistant: The published processing time is about 30 working days after all documents are uploaded, though ministry review can take longer in busy months.
        User: Is rent deductible from salaries tax in HK? Assistant: Yes, if you own no domestic property in Hong Kong you can claim domestic rent, up to HK$100,000 a year from 2022/23 and HK$120,000 from 2024/25.
        User: The HKID form asks for my Chinese commercial code, what is that? Assistant: It is the four-digit telegraph code for each Chinese character in a name; for example 陳 is 7115 and 李 is 2621. ImmD links to a lookup table.
        User: Does Taiwan have a tax break for foreign professionals? Assistant: Under the Act for the Recruitment and Employment of Foreign Professionals, qualifying professionals earning over NT$3 million a year can exclude half of the amount above that for their first five tax years.
        User: What does a Hong Kong landlord usually ask a new arrival for? Assistant: Normally a copy of your HKID or passport and visa, an employment letter, two months' deposit and one month's rent in advance; stamp duty on the lease is usually split.
        User: Where do I apply for the 澳門人才引進計劃? Assistant: Applications go online to the Talent Introduction Committee; once approved you apply for residence authorisation with the Public Security Police Force.
        User: Is Lai Ching-te's government changing the rules for foreign professionals? Assistant: President Lai Ching-te, in office since May 2024, has talked about attracting international talent; actual changes come through amendments in the Legislative Yuan and rules from the National Development Council.
    """),
    ("en", "user request"): _lines("""
        Draft a cover letter for a Top Talent Pass Scheme application for [Full Name], a data engineer with [X] years of experience; keep it under 300 words.
        Write a polite email to my future landlord in Taipei asking whether the NT$28,000 rent includes the management fee and whether I can apply for the rent subsidy.
        Make a checklist of documents for moving to Hong Kong under the General Employment Policy with a spouse and two kids.
        Translate into formal Traditional Chinese: "I hereby authorise my employer to collect my residence permit on my behalf."
        Fill in this template with obviously fake values only: Name: ____ / Passport No.: ____ / Date of arrival: ____ / Employer: ____
        Compare the cost of living for a single person in Taipei, Hong Kong and Macau in a table: rent, transport, groceries, eating out.
        Explain IRD form BIR60 section by section like I'm five.
        Give me a 30-day relocation plan for Hong Kong starting from landing at HKIA: HKID, bank account, MPF, SIM card, lease.
        How do I count the 183 days for Taiwan if I entered on 3 March and left on 20 December with a two-week trip to Japan in between?
        Write a Python function that takes a list of (entry_date, exit_date) tuples and returns the days spent in Taiwan per calendar year, flagging anything >= 183.
        Rewrite my LinkedIn headline for Hong Kong recruiters: "Backend dev, 6 yrs fintech, relocating to HK Q2".
        Which universities count as top 100 for TTPS categories B and C? Just list them by region.
        Draft a WhatsApp message to an estate agent asking to view 2-bedroom flats in Tai Koo under HK$25,000, viewing any weekday after 7pm.
    """),
    ("en", "pasted notice"): _lines("""
        From the ImmD site: "Applications under the Top Talent Pass Scheme can be submitted online. General enquiries: 2824 6111 or enquiry@immd.gov.hk." Do I have to book anything first?
        Pasted from e-Services: "Your application reference no. is 2026-TTPS-0419-7732. Please quote this number in all correspondence." Does this mean it has been approved?
        Can you read this receipt? "Fee received HK$230 | Transaction ID 7F3A-92C1-0B44 | 2026-11-18 10:42" Is the visa fee refundable if I get refused?
        SF Express waybill SF1432097658211 with my degree certificate for the Gold Card Office has been stuck in customs for 4 days, what should I do?
        Lease clause I'm confused about: "The Tenant shall pay a deposit equivalent to two (2) months' rent, i.e. HK$36,000, within seven (7) days of signing." Is two months normal?
        My demand note says "Final tax 2025/26: HK$18,420; Provisional tax 2026/27: HK$21,300; due 2 Jan 2027 and 2 Apr 2027". Why am I paying next year's tax already?
        What's the difference between ImmD forms ID 990A and ID 990B, and which one does my employer fill in?
        relocation.yaml -> country: TW / permit_type: gold_card / arc_number: <ARC_NUMBER> / nhi_enrolled: false / arrival: YYYY-MM-DD - why does the loader fail on the placeholder?
        Is 10617 the right postcode for an office on Roosevelt Road Section 4 in Da'an District?
        Invoice INV-2026-08813 from a relocation firm: HK$14,800 for a "visa support package" - is that a reasonable fee or am I being ripped off?
        The Gold Card portal keeps showing "ERR_UPLOAD_4013: file exceeds 10 MB" for my transcript PDF, how do I shrink it without losing quality?
        Taiwan's foreigner service hotline is 0800-024-111, right? Do they answer in English on weekends?
    """),
    ("zh-Hant", "assistant chat"): _lines("""
        用戶：就業金卡在台灣可以自由轉換工作嗎？ 助理：可以，就業金卡結合工作許可、居留簽證、外僑居留證及重入國許可，持卡期間可以自由求職或轉換雇主，不必另外申請工作許可。
        用戶：外僑居留證到期前多久要申請延期？ 助理：一般可在到期前30天內向移民署各縣市服務站或線上申請，需準備護照、原居留證、照片及在職證明。
        用戶：香港的「高才通」A類要求年薪多少？ 助理：A類要求申請前一年的年薪達250萬港元或以上，需要提供稅單或僱主發出的收入證明。
        用戶：房東說租屋不能報稅，這樣可以嗎？ 助理：依規定，租約不得約定承租人不得申報租賃費用支出，也不能禁止承租人申請租金補貼；若房東堅持，可以向地方政府消保官諮詢。
        用戶：澳門的藍卡可以帶家人嗎？ 助理：部分外地僱員可為配偶及子女申請家團成員逗留許可，但要符合收入等條件，詳情請向治安警察局出入境事務廳查詢。
        用戶：香港打工仔的強積金可以提早提取嗎？ 助理：永久離開香港是提早提取的理由之一，需要簽署法定聲明並向受託人申請，而且一生只可以此理由提取一次。
        用戶：台灣的綜合所得稅幾月申報？ 助理：每年5月1日至5月31日申報上一年度的所得，可以用網路、手機或臨櫃辦理。
        用戶：《外國專業人才延攬及僱用法》是哪一年開始施行的？ 助理：該法在蔡英文總統任內通過，2018年2月8日施行，2021年修正後放寬了金卡資格與租稅優惠年限。
        用戶：港澳居民在台灣要辦什麼證件才能工作？ 助理：港澳居民在台居留要先取得「臺灣地區居留入出境證」並申辦居留證，是否需要工作許可則視居留身分而定。
        用戶：我月薪五萬港幣，一個人住，香港租屋預算多少比較合理？ 助理：一般建議租金不超過收入的三分之一，即大約一萬五至一萬七千港元，可考慮西營盤、北角或荃灣。
        用戶：澳門人才引進計劃分幾類？ 助理：分為「高端人才計劃」、「優秀人才計劃」和「高級專業人才計劃」三類，各自有不同的成就與行業要求。
        用戶：591租屋網上的房子可信嗎？ 助理：591是台灣最大的租屋平台之一，但要小心假房東，看房前先核對建物謄本上的所有權人與出租人是否一致。
        用戶：澳門的職業稅起徵點是多少？ 助理：職業稅每年有144,000澳門元的免稅額，超出部分按7%至12%累進計算，近年政府亦會退回部分稅款。
        用戶：申請受養人簽證，結婚證書要唔要公證？ 助理：如果結婚證書唔係香港簽發，一般先交副本，入境處有需要時會要求正本或經認證文件。
        用戶：台灣的「僑外生留臺工作評點制」是什麼？ 助理：這是讓在台畢業的僑生與外國學生留台工作的制度，依學歷、薪資、華語能力等計分，滿70分即可申請工作許可。
    """),
    ("zh-Hant", "pasted template"): _lines("""
        以下是移民署的範本，幫我看看每欄要填什麼：申請人姓名（中文）：＿＿＿＿ 護照號碼：＿＿＿＿ 居留證統一證號：＿＿＿＿ 在臺地址：＿＿＿＿
        租賃契約範本第五條：「押金不得超過二個月租金之總額。」這是法律規定還是房東自己寫的？
        香港稅務局通告：2025/26課稅年度個別人士報稅表將於2026年5月初發出，查詢熱線187 8088。收到之後幾耐要交？
        澳門出入境事務廳網上預約編號 A-20261205-0193，這個號碼要印出來帶去現場嗎？
        幫我解釋這份在職證明範本：茲證明＿＿＿君，護照號碼＿＿＿，自＿＿年＿＿月起任職本公司＿＿＿部，月薪新臺幣＿＿＿元。
        黑貓宅急便單號 9031-2278-4405，寄的是畢業證書公證本，三天都查不到狀態怎麼辦？
        香港入境處表格 ID 990A 第6部分「過往就業」要填幾多年？冇寫夠會唔會被拒？
        內政部移民署公告：外僑居留證規費每年新臺幣1,000元，效期每增加一年加收1,000元。所以三年期是3,000元嗎？
    """),
    ("zh-Hans", "user request"): _lines("""
        帮我写一封给香港人才服务办公室的咨询邮件，问高才通续签需要哪些材料，称呼用“敬启者”。
        我是深圳户籍，想去香港工作，优才和专才哪个更适合30岁的程序员？
        把这句翻成英文：本人承诺在港期间遵守香港法律，不从事与所获签证身份不符的活动。
        台湾的劳保和健保怎么算？月薪5万新台币大概每个月扣多少？
        请生成一张在台湾申请居留证的材料清单表格，列：材料名称、原件/复印件、备注。
        港澳通行证上的“其他D”签注和旅游签注有什么区别？拿香港工作签证的人办哪种？
        写一份空白的租房确认单模板，房东姓名、身份证号、租客姓名、证件号都用下划线留空。
        李家超上任以后的抢人才政策，到现在一共批了多少宗申请？按计划分开列。
        澳门外雇要不要供社会保障基金？雇主和雇员每个月各交多少？
        在香港开银行账户一般要带什么？汇丰和中银哪家对刚来港的人更友好？
        帮我写个Excel公式：A列入境日期，B列出境日期，合计在台天数超过183天就显示“居住者”。
        香港租房的中介佣金一般多少？半个月租金是惯例吗？
        给我一个香港工作签证续签的提醒时间线模板，日期用YYYY-MM-DD占位。
        订单号 HK-20261203-7781 的证件翻译到现在还没好，帮我写条催单消息，语气客气一点。
        我爸妈能不能跟我去澳门住？父母算不算人才引进计划里的家团成员？
    """),
    ("ms", "assistant chat"): _lines("""
        Pengguna: Saya rakyat Malaysia, nak kerja di Taiwan, perlu visa apa? Pembantu: Majikan perlu mohon permit kerja daripada Kementerian Buruh Taiwan, kemudian anda mohon visa pemastautin dan Sijil Pemastautin Asing (ARC) selepas tiba.
        Pengguna: Berapa lama proses Gold Card Taiwan? Pembantu: Biasanya kira-kira 30 hari bekerja selepas semua dokumen lengkap dimuat naik dalam talian.
        Pengguna: Boleh tak saya keluarkan semua KWSP sebab kerja di Hong Kong? Pembantu: Pengeluaran penuh kerana meninggalkan negara hanya untuk ahli yang melepaskan kewarganegaraan; bekerja di luar negara sahaja tidak melayakkan anda.
        Pengguna: Sewa studio di Taipei berapa sebulan? Pembantu: Studio kecil biasanya antara NT$12,000 hingga NT$20,000 sebulan, contohnya Wanhua lebih murah berbanding Da'an.
        Pengguna: Apa itu IANG? Pembantu: IANG ialah Immigration Arrangements for Non-local Graduates, untuk graduan bukan tempatan dari universiti Hong Kong tinggal dan bekerja selepas tamat pengajian.
        Pengguna: Cukai pendapatan di Macau tinggi ke? Pembantu: Tidak, cukai profesional bermula 7% dan maksimum 12%, dengan pengecualian MOP144,000 setahun.
        Pengguna: Nombor talian Taiwan untuk pekerja asing? Pembantu: Talian 1955 dikendalikan oleh Kementerian Buruh, percuma dan 24 jam, dalam bahasa Cina, Inggeris, Indonesia, Thai dan Vietnam.
        Pengguna: Saya graduan universiti di Taiwan, boleh kerja walaupun gaji bawah NT$47,971? Pembantu: Boleh, melalui sistem mata untuk graduan antarabangsa; jika cukup 70 mata anda boleh memohon permit kerja.
        Pengguna: Kena bawa apa masa ambil HKID? Pembantu: Bawa pasport dengan label visa, slip temu janji dan borang ROP 1 yang lengkap; gambar akan diambil di pejabat pendaftaran.
        Pengguna: Siapa Ketua Eksekutif Macau sekarang? Pembantu: Sam Hou Fai memegang jawatan sejak Disember 2024, menggantikan Ho Iat Seng.
        Pengguna: Macam mana nak buka akaun bank di Taiwan kalau dah ada ARC? Pembantu: Bawa ARC, pasport dan nombor telefon tempatan; sesetengah bank seperti Cathay United atau CTBC juga minta surat majikan.
        Pengguna: Apa beza cukai pemastautin dan bukan pemastautin di Taiwan? Pembantu: Pemastautin (183 hari ke atas) dikenakan kadar progresif 5% hingga 40%, bukan pemastautin biasanya dipotong 18% rata atas gaji.
        Pengguna: Saya nak pindah ke Hong Kong dengan suami dan anak, skim mana paling sesuai? Pembantu: Jika ada tawaran kerja, GEP paling biasa; jika pendapatan tahunan melebihi HK$2.5 juta atau ada ijazah universiti tersenarai, TTPS juga boleh dipertimbangkan.
    """),
    ("mixed", "code-switched request"): _lines("""
        我想apply Taiwan Gold Card，但係我個degree唔係STEM，can still 申請文化藝術 field嗎？
        Boss話要一個月內open HK bank account，滙豐 appointment全部booked out，有咩其他option？
        Saya dapat offer kerja kat 澳門 hotel, gaji MOP 22,000, cukup ke untuk sewa bilik dekat 氹仔?
        Help me check: 台灣 ARC renewal online 可以嗎 or must go 移民署服務站 in person?
        租屋合約寫「不得遷入戶籍」，for foreigner with ARC 會有影響嗎？address change要報嗎？
        Macau 人才引進計劃 ada had umur tak? Saya dah 45 tahun.
        I get paid in 港幣 but 住 Taipei 200 days a year, 要喺台灣報稅嗎？
        Tolong explain 強積金 vs KWSP, which one boleh withdraw bila balik Malaysia for good?
        Write me a 中英對照 checklist for the HKID appointment, leave name and passport no. blank.
        我老公拿到 TTPS, 我 as dependant 可以直接返工 or need 另外申請 work permit?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you check my ARC application before I submit? Name: TAN WEI LIANG / Passport: A58213746 (Malaysia) / DOB 1994-04-12 / Address in Taiwan: 4F, No. 27, Ln. 112, Sec. 3, Heping E. Rd., Da'an Dist., Taipei City 106 / Mobile 0928-516-437
        Make this sound more professional: "hi HR, this is Priya a/p Rajendran from the Kwun Tong office, my IANG expires 14 Feb so can I get the employment letter by Friday? HKID Y555112(7)"
        My wife's HKID is K328604(5) and mine is A210743(3), we want to elect joint assessment this year, which boxes on the BIR60 do we tick?
        Landlord in Sai Ying Pun is a Mr Kenneth Lau, mobile 9134 7286, he wants two months' deposit by tomorrow in cash. Draft a reply asking for a written receipt.
        Help me polish my TTPS appeal: "I, Sarah Whitcombe, applied under Category C in August 2026 (ref. 2026-TTPS-0377-1905) and was refused because my Durham degree was awarded more than five years ago..."
        Summarise this for my sister in simple English: Nurul Aisyah binti Kamarudin, offer from a Cotai hotel, MOP 19,500 a month, blue card being processed, starts 1 Feb 2027.
        The deposit payment to the agency failed - card 4532 0191 1359 5564, exp 09/28, name on card J MORRISON. What do I tell the agent?
        Format as a table for the expense claim: employee Daniel Ho Chun-kit, flight HKG-TPE NT$9,860, ARC fee NT$1,000, serviced apartment 14 nights in Neihu NT$42,000.
        I'm Rahul s/o Venkatesh, Singapore PR (NRIC S8834512F), moving to Hong Kong on the GEP next spring. Will I lose my PR if I am away for more than five years?
        Emergency contacts for our Taipei move, please put in a neat list: Mum - Lim Siew Hong +60 12-768 4391 / Brother - Lim Jun Kai 017-245 8830 / Me - Lim Jia Hui.
        My Taiwan tax statement shows 18% withheld but I was there 201 days. I'm Joseph Fernandez, ARC A865852614, working at a fab in Hsinchu. Can I get a refund when I file in May?
        Pasted from the relocation agent: "Hi Ms Chloe Ng, your HKID appointment is confirmed for 12 Dec 10:30 at Kowloon Bay, please bring your passport E83920571 and the visa label." Anything else I should bring?
    """),
    "zh-Hans": _lines("""
        帮我检查一下高才通申请表：姓名 王子涵，身份证号 440305199103147218，港澳通行证 C81263547，手机 138 2654 7103，邮箱写的是公司邮箱。
        我老婆刘思雨的身份证是350203198807226227，她要跟我去香港做受养人，结婚证需要公证吗？
        微信转给台北房东的押金被退回来了，房东叫黄海峰，微信号 lhf_taipei88，我该怎么跟他解释？
        帮我给人事写封邮件：我是周雨桐，我的港澳通行证 C90417328 下个月到期，签注要重办，能不能把入职日期推到3月2日？
        我妈张桂兰今年68岁，有高血压和糖尿病，我在澳门拿的是人才引进计划，她能不能过来跟我住、在澳门看病？
        我的工资卡是工行的 6222 0219 8411 6333 232，开户名陈浩，到香港以后还能直接收工资吗？
        翻译成英文：本人杜文博，身份证号510107199305276499，于2026年9月获批香港优才计划，现申请携同配偶及子女来港。
        表格你看看填得对不对 | 申请人：孙佳琪 | 出生日期：1995-01-09 | 证件号：310115199501093860 | 在台地址：新北市板桥区文化路一段188号7楼 | 电话 0975 203 184 | 事由：依亲居留
        我同事小胖（郑凯）上周在深圳湾口岸被拦了，说他的工作签证过期了还在香港上班，他电话18620579134，你帮我想想他现在该怎么办
        帮我写条微信给房东：你好，我是杨帆，下周二搬进荃湾那套，押金两万八已经转到你中银账户 012-875-1-034562-8 了，麻烦查收。
    """),
    "zh-Hant": _lines("""
        幫我寫給房東的LINE：林先生您好，我是租您松山區八德路四段那間的陳怡君，冷氣已經壞兩天了，方便的話請打 0936-772-051 給我。
        我的居留證號是F977287679，線上申請延期一直顯示「資料不符」，是不是一定要去服務站？
        我老公陳兆明 HKID R916871(A)，我係內地人，想申請受養人簽證，佢要準備咩文件同埋要唔要擔保書？
        報稅草稿幫我看：納稅義務人 吳家豪 身分證 A184210329 ／ 配偶 許雅婷 H225078746 ／ 薪資所得 NT$1,864,000 ／ 扶養 兒子 吳宥辰 5歲
        我是澳門居民何詠詩，澳門身份證 5198274(3)，想去台灣工作，港澳居民要怎樣申請？
        幫我覆地產：「梁生，單位我睇過啦，我叫 Karen Tsui，電話 6352 8147，想約星期六下晝再睇多次。」
        金卡補件通知 收件人：蔡宗翰 先生 申請編號 GC-2026-113482 補件項目：最近一年薪資證明及扣繳憑單。這個要去哪裡開？
        我兒子黃梓軒在台北讀三年級，學校要我提供他的新居留證號 H872575718 才能辦課後班，這樣給安全嗎？
        屋企工人 Maricel Dela Cruz 合約下個月到期，佢護照 P4829173A，續約同續簽證要準備啲咩？
    """),
    "ms": _lines("""
        Tolong semak borang ni: Nama: MUHAMMAD HAFIZ BIN ROSLAN / No. KP: 900412-14-5627 / Pasport: A47190283 / Majikan di Taiwan: syarikat semikonduktor di Hsinchu / Tarikh masuk: 06/01/2027
        Saya Farah Nadia binti Ismail, IC 880219-01-5116, nak tanya cukai Hong Kong kalau saya kerja di sana lapan bulan setahun.
        Kawan saya Arvind a/l Subramaniam dapat kerja di Macau, nombor dia +60 19-382 7745, boleh tolong dia faham kontrak blue card ni?
        Mesej untuk tuan rumah: Hi Mr Chong, saya Amirul dari unit 12B, sewa bulan ni lewat sikit sebab gaji masuk 5hb. Kalau nak pulangkan deposit nanti, akaun Maybank saya 1640 2234 5587.
        Suami saya Khairul Anuar bin Zainal ada darah tinggi dan kena makan ubat setiap bulan. NHI Taiwan tanggung tak kalau dia pegang ARC tanggungan?
        Anak saya Nur Aina binti Hakim, MyKid 190312-10-5208, nak daftar sekolah rendah di Taipei, dokumen apa perlu diterjemah?
        Tolong tukar ke bahasa Inggeris: Saya, Lee Mei Ling (No. KP 871103-07-5382), mengesahkan bahawa saya telah menerima semula deposit sewa sebanyak HK$30,000.
        Slip gaji Hong Kong saya: nama YAP KAH WAI, akaun HSBC 512-374906-838, gaji kasar HK$42,000. Betul ke potongan MPF HK$1,500?
    """),
    "mixed": _lines("""
        My HKID G080341(2) 但係 online booking 一直話 invalid，係咪要連個括號一齊打？
        我個friend 阿Ben (Benjamin Kwok) 喺台北拎 Gold Card 做緊 product，佢 LINE id 係 benkwok_tpe，佢話可以 refer 我，點開口好？
        Tolong translate 這段 for 房東: Saya Wong Mei Yee, penyewa di 3F, No. 8, Alley 5, Lane 60, Sec. 1, Xinsheng S. Rd., deposit NT$50,000 masih belum dipulangkan.
        幫我 fill 台灣居留申請: 姓名 TSANG Wing Yan / HKID Z715522(1) / 手機 5418 2963 / 在台工作: 台中一間設計公司
        我 SG NRIC 係 T0417265A, 啱啱讀完 HKUST master, 想 apply IANG, 需要 job offer 先嗎？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a relocation assistant for Brightpath Mobility. Client profile: Ong Bee Leng | MyKad 950912-13-5286 | mobile 013-648 2091 | assignment: Taipei, 2-year contract from March 2027.",
        ),
        ("user", "Which districts should I look at for a one-bedroom under NT$25,000?"),
        (
            "assistant",
            "Hi Bee Leng, for your Taipei assignment starting in March, Zhongshan, Songshan and Wanhua often have one-bedrooms in that range near MRT stations.",
        ),
        (
            "user",
            "Great, and can the landlord register my lease if I only have a passport for the first month?",
        ),
    ],
    [
        ("user", "高才通B类是不是要工作经验三年？"),
        (
            "assistant",
            "是的，B类要求名单大学学士学位且在申请前五年内累积至少三年工作经验。方便的话可以告诉我你的具体情况，我帮你判断。",
        ),
        (
            "user",
            "我叫林嘉怡，身份证445102199006188928，2012年中山大学本科毕业，不在名单里；2018年港大硕士，之后在广州一家券商做了六年。",
        ),
        (
            "assistant",
            "港大硕士在名单内，但毕业超过五年，所以你更适合B类，前提是工作经验证明齐全。",
        ),
    ],
    [
        (
            "user",
            "Saya dapat kerja di Macau sebagai chef, majikan kata blue card siap dua bulan lagi. Boleh saya masuk dulu guna pasport?",
        ),
        (
            "assistant",
            "Boleh masuk sebagai pelawat, tetapi tidak boleh mula bekerja sehingga kad pekerja bukan pemastautin dikeluarkan.",
        ),
        (
            "user",
            "Ok. Boleh tolong tulis mesej WhatsApp kepada HR? Nama saya Mohd Faizal bin Abdul Rahman, pasport A39274618, nombor saya 011-2719 4035.",
        ),
        (
            "assistant",
            "Salam Puan, saya Mohd Faizal bin Abdul Rahman (pasport A39274618). Mohon maklumkan status blue card saya dan tarikh mula kerja. Terima kasih. Tel: 011-2719 4035",
        ),
    ],
    [
        ("user", "幫我寫一封給移民署臺北市服務站的信，問居留證地址變更可不可以郵寄辦理。"),
        ("assistant", "沒問題，請提供您的姓名、居留證統一證號和新地址，我幫您放進信裡。"),
        ("user", "NGUYEN THI THANH HUONG，統一證號 A983409024"),
        ("user", "新地址是臺北市文山區興隆路二段95巷12號3樓，原本住在中和。"),
    ],
    [
        (
            "user",
            "Please write a short authorisation letter so my colleague can collect my HKID for me. I'm Oliver James Pemberton, passport 533918274 (UK), collecting at Wan Chai.",
        ),
        (
            "assistant",
            "To the Registration of Persons Office: I, Oliver James Pemberton (UK passport no. 533918274), authorise the bearer to collect my Hong Kong identity card on my behalf. Note that ImmD normally requires applicants to collect in person.",
        ),
        (
            "user",
            "Oh, in person only? Then skip the letter. Can I change the collection office to Kowloon?",
        ),
    ],
    [
        ("user", "我跟太太今年第一次在台灣報稅，兩個人都有薪資，合併申報划算還是分開計稅？"),
        (
            "assistant",
            "現在夫妻必須合併申報，但薪資所得可以分開計稅，報稅系統會自動幫你選最有利的方式。",
        ),
        (
            "user",
            "那幫我算一下：我 E137279981 年薪 138 萬，太太 F232737892 年薪 92 萬，有一個三歲小孩，租屋在新店，月租 2 萬 6。",
        ),
        (
            "assistant",
            "依你們的條件，薪資分開計稅並扣除租金支出與幼兒學前特別扣除額，大致上會比較划算；我可以逐項幫你列出來。",
        ),
    ],
    [
        ("user", "I just got my first HK payslip and the MPF looks wrong. Pasting it:"),
        (
            "user",
            "EMPLOYEE: CHOI Hye-jin | Staff no. 20871 | Relevant income HK$38,000 | Employee MPF HK$1,900 | Employer MPF HK$1,900 | Bank: Hang Seng 389-562140-882",
        ),
        (
            "assistant",
            "The MPF is capped at HK$1,500 for each side, so HK$1,900 is above the mandatory cap; ask HR whether the extra HK$400 is meant as a voluntary contribution.",
        ),
    ],
    [
        ("user", "業主話唔還按金，話我搬走時冷氣機壞咗，但其實一開始已經壞咗。"),
        (
            "assistant",
            "你入住時有冇影相或者喺租約附件寫明設備狀況？如果有證據，可以先書面要求退還，再考慮小額錢債審裁處。",
        ),
        (
            "user",
            "有相。業主叫 Raymond 鄧志偉，電話 9618 2375，佢喺大角咀仲有另外兩個單位放租。幫我寫封追數 WhatsApp。",
        ),
    ],
    [
        ("user", "Saya nak mohon QMAS ke Hong Kong. Suami boleh ikut sebagai tanggungan?"),
        (
            "assistant",
            "Boleh, pasangan dan anak bawah 18 tahun boleh dimasukkan dalam permohonan tanggungan selepas anda diluluskan.",
        ),
        (
            "user",
            "Suami saya Lim Chee Keong, IC 930705-13-5043, sekarang bekerja sebagai jurutera di Kuching. Dia perlu sijil kelakuan baik tak?",
        ),
        (
            "assistant",
            "Untuk visa tanggungan biasanya tidak perlu, tetapi sediakan sijil nikah dan dokumen pendapatan anda sebagai penaja.",
        ),
    ],
    [
        (
            "system",
            "你是移居顾问助手。当前用户：赵一鸣，手机 199 5031 2847，已获香港优才计划批准，计划2027年1月赴港。",
        ),
        (
            "user",
            "我爸赵建国也想跟着去，他身份证 320102197211051575，今年54岁，能以受养人身份去吗？",
        ),
        (
            "assistant",
            "优才计划的受养人一般只限配偶和18岁以下未婚子女，父母通常不能以受养人身份来港，可以考虑探亲签注。",
        ),
    ],
    [
        ("user", "Moving from Singapore to Taipei on a Gold Card. Do I need to give up my FIN?"),
        (
            "assistant",
            "No, your Singapore pass stays valid on its own terms, but an employment-based pass will lapse if you leave your Singapore job.",
        ),
        (
            "user",
            "Makes sense. For the record my FIN is G5303244W and my S Pass ends when I resign from the clinic on 31 Jan. I'm Aileen Castillo, nurse. Should I cancel it myself?",
        ),
        (
            "assistant",
            "Aileen, your employer normally cancels the S Pass within a week of your last day, so you don't need to do it yourself.",
        ),
    ],
    [
        ("user", "I need help writing a school application for my son in Hong Kong."),
        (
            "assistant",
            "Sure. What's his name, age, current school and the school you're applying to?",
        ),
        (
            "user",
            "Ethan Varghese, 9, currently in Year 4 at a school in Bangalore, applying to an ESF primary in Kowloon. He has mild dyslexia and gets extra time in exams.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Admissions Team, we are applying for a Year 5 place for our son Ethan Varghese, aged 9, who is relocating from Bangalore. Ethan has mild dyslexia and currently receives extra time in exams...",
        ),
    ],
    [
        ("user", "高才通續簽要交咩？我 2024 年 1 月拎嘅。"),
        (
            "assistant",
            "續簽要證明你在港已受聘或已開業，例如僱傭合約、糧單、稅單；如果未有工作，一般不獲續期。",
        ),
        (
            "user",
            "OK 我而家喺銅鑼灣一間 PR 公司做。你幫我寫封 email 問人才辦，我個人 email 係 sherry.leung0917@gmail.com，用我名 梁雪兒 簽尾。",
        ),
    ],
    [
        ("user", "Ejen kata perlu RM3,000 untuk uruskan permit kerja Taiwan. Betul ke?"),
        (
            "assistant",
            "Untuk pekerja profesional, permit dipohon oleh majikan dan yurannya kecil; bayaran besar kepada ejen perlu berhati-hati.",
        ),
        (
            "user",
            "Ejen tu nama Hafizah, Telegram @hafizah_relo, dia minta transfer ke akaun peribadi dia CIMB 7061442839. Saya patut report ke?",
        ),
    ],
    [
        ("user", "Help me tidy up this CV header for the Gold Card upload."),
        (
            "user",
            "Dr. Marisol Quintero-Baines | Senior Research Fellow | marisol.qb@protonmail.com | +44 7700 914 382 | moving to Tainan, visa application no. pending",
        ),
        (
            "assistant",
            "Dr Marisol Quintero-Baines - Senior Research Fellow - marisol.qb@protonmail.com - +44 7700 914 382. I removed 'visa application no. pending' since it adds nothing.",
        ),
    ],
    [
        ("user", "我想问澳门人才引进计划能不能带父母，我妈身体不好。"),
        (
            "assistant",
            "父母一般不在家团成员范围内，可以考虑先以旅游签注探亲。您母亲的情况方便说一下吗？",
        ),
        (
            "user",
            "她叫许美华，去年做了心脏搭桥，现在每三个月复查一次，人在厦门。我的通行证 CM7712846，我想让她长住。",
        ),
    ],
    [
        ("user", "Can you fill in the Taiwan rental subsidy form from my lease details?"),
        (
            "assistant",
            "Yes, paste the relevant parts of the lease and I'll map them to the form fields.",
        ),
        (
            "user",
            "Tenant: Kavitha d/o Ramasamy, ARC B867281561, unit 5F-2, No. 41, Minsheng Rd., West Dist., Chiayi City, rent NT$11,500, landlord 蔡明德 0912-608-453",
        ),
        (
            "assistant",
            "Applicant: Kavitha d/o Ramasamy; ARC no.: B867281561; rental address: 5F-2, No. 41, Minsheng Rd., West Dist., Chiayi City; monthly rent NT$11,500.",
        ),
    ],
]
