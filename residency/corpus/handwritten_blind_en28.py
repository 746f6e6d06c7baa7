# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en28: English written by people from mainland China, Taiwan and Macau living or studying abroad (admissions and scholarship e-mails, visa agents, flatmates, cross-border shops, remittances, translated WeChat). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en28
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "news about Chinese tech companies"): _lines("""
        Xiaomi founder Lei Jun told the Beijing launch event on 28 March 2024 that the SU7 would start at RMB 215,900, and locked orders passed 88,898 within a day.
        Huawei reported 2023 revenue of CNY 704.2 billion; founder Ren Zhengfei did not appear at the Shenzhen results briefing.
        ByteDance co-founder Zhang Yiming stepped down as chief executive in 2021 and handed the job to Liang Rubo, according to an internal memo.
        DeepSeek, the Hangzhou lab funded by the quant fund High-Flyer and led by Liang Wenfeng, published the R1 weights under an MIT licence in January 2025.
        TSMC founder Morris Chang, who set up the company in Hsinchu in 1987, released the second volume of his autobiography in Taipei in 2024.
        PDD Holdings (NASDAQ: PDD) moved its principal executive office to Dublin, while Temu still ships most parcels from warehouses around Guangzhou.
        Tencent (HKEX: 0700) said combined monthly active users of Weixin and WeChat were about 1.37 billion at the end of the quarter.
        Alibaba co-founder Jack Ma was seen back at the Hangzhou campus in 2023 after spending long stretches in Tokyo, staff told reporters.
        BYD chairman Wang Chuanfu said cars for the European market will be assembled at the new plant in Szeged, Hungary.
        DJI, headquartered at Sky City in Nanshan District, Shenzhen, was added to the US Commerce Department's Entity List in December 2020.
        Lenovo chief executive Yang Yuanqing received a pay package of roughly US$24 million in the fiscal year to March 2023, the annual report shows.
        Foxconn chairman Young Liu told analysts the Zhengzhou plant would hire tens of thousands of seasonal workers before the iPhone launch.
        Huawei's consumer service hotline in mainland China is 950800; the Pura 70 repair booking can also be made through the My Huawei app.
        Meituan (HKEX: 3690) shares rose 7% after chief executive Wang Xing said Keeta had expanded from Hong Kong to Riyadh.
    """),
    ("en", "Chinese history and literature in translation"): _lines("""
        In David Hawkes's translation of The Story of the Stone, Jia Baoyu is born with a piece of jade in his mouth.
        Lu Xun's "A Madman's Diary" (1918), translated by Yang Xianyi and Gladys Yang, is told through the diary of a man convinced his neighbours are cannibals.
        Li Bai (701–762) wrote "Quiet Night Thought": "Before my bed the moonlight gleams; I wonder if it is frost upon the ground."
        Sun Yat-sen was born on 12 November 1866 in Cuiheng village, Xiangshan county, today part of Zhongshan in Guangdong.
        Qin Shi Huang, born Ying Zheng in 259 BC, unified China in 221 BC and standardised weights, coins and the written script.
        Zheng He's seventh voyage left Nanjing in 1431 and reached Hormuz; most of the fleet records were later lost.
        Eileen Chang wrote "Love in a Fallen City" in 1943; Karen S. Kingsbury's English version was published by NYRB Classics in 2007.
        In Journey to the West, Sun Wukong lives in the Water Curtain Cave on the Mountain of Flowers and Fruit.
        Du Fu's "Spring View" (757) begins "The nation is broken, but hills and rivers remain" and was written in occupied Chang'an.
        Liu Cixin's The Three-Body Problem, translated by Ken Liu (Tor Books, 2014, ISBN 978-0-7653-7706-7), won the Hugo Award in 2015.
        Lin Zexu destroyed more than 1,000 tonnes of opium at Humen in June 1839, and 3 June is still marked in Guangdong.
        Empress Dowager Cixi (1835–1908) ruled from behind a screen for almost half a century and is buried at the Eastern Qing Tombs in Zunhua, Hebei.
        Mo Yan, born Guan Moye in Gaomi, Shandong, in 1955, received the Nobel Prize in Literature in 2012.
        In Wei Hui's Shanghai Baby the narrator Coco is a 25-year-old waitress who dreams of writing a novel.
    """),
    ("en", "travel guides for Chinese cities"): _lines("""
        Shanghai Museum, 201 Renmin Avenue, Huangpu District, opens 9:00–17:00 with last entry at 16:00 and is closed on Mondays.
        From Pudong Airport take the Maglev to Longyang Road (about 8 minutes, RMB 50 single) and change to Metro Line 2.
        Macau Government Tourism Office hotline: +853 2833 3000, answered 24 hours in Cantonese, Mandarin, English and Portuguese.
        Din Tai Fung's original shop is at No. 194, Section 2, Xinyi Road, Da'an District, Taipei; expect a 40-minute queue at weekends.
        Chengdu Research Base of Giant Panda Breeding, 1375 Panda Road, Chenghua District: arrive before 8:30 to see the pandas being fed.
        Forbidden City tickets must be booked up to 7 days ahead on the official site, and foreign visitors enter their passport number at booking.
        The Terracotta Army museum at Lintong is about 40 km from Xi'an Bell Tower; Tourist Line 5 (bus 306) leaves from the railway station east square.
        The Ruins of St. Paul's stand at the top of Rua de São Paulo, a ten-minute walk from the tourist office at Largo do Senado no. 9.
        Emergency numbers: mainland China 110 police, 120 ambulance, 119 fire; Taiwan 110 and 119; Macau 999 for everything.
        West Lake boats in Hangzhou cost RMB 55 from the Hubin Road pier; the Broken Bridge is a 20-minute walk north along Beishan Street.
        Canton Tower, 222 Yuejiang West Road, Haizhu District, Guangzhou: the Bubble Tram ride at 455 m costs RMB 150 per person.
        Chihkan Tower at No. 212, Section 2, Minzu Road, West Central District, Tainan began as the Dutch Fort Provintia in 1653.
        A taxi from the Hong Kong–Zhuhai–Macao Bridge Macau port to the Cotai hotels costs about MOP 80; free casino shuttles leave every 15 minutes.
    """),
    ("en", "academic abstracts and affiliations"): _lines("""
        We propose a lightweight attention module for Mandarin speech recognition that cuts character error rate by 8.3% on AISHELL-1 (School of Computer Science, Fudan University, Shanghai 200433, China).
        Affiliations: 1 Department of Electrical Engineering, National Taiwan University, Taipei 10617; 2 Faculty of Science and Technology, University of Macau, Taipa, Macao SAR.
        Received 12 March 2024; accepted 3 July 2024; available online 9 July 2024; DOI 10.1016/j.jclepro.2024.142517.
        Keynote: Andrew Chi-Chih Yao, Institute for Interdisciplinary Information Sciences, Tsinghua University, Beijing 100084, on quantum communication complexity.
        Funding: National Natural Science Foundation of China grant No. 62276143 and Macao Science and Technology Development Fund project 0070/2022/A.
        Ethics approval: University of Macau Research Ethics Panel, ref. SSHRE23-APP041-FSS; the 36 interviewees are reported only as P01–P36.
        Keywords: international students; acculturation; WeChat; remittances; Bayesian network. JEL codes F22, F24, O15.
        Participants (N = 412, mean age 22.6, SD 3.1, 58% female) were recruited through university mailing lists in Sydney and Melbourne.
        The ORCID shown in the author template, 0000-0002-1825-0097, is the registry's own example identifier and must be replaced by yours.
        Table 3 reports the IELTS overall band (mean 6.7) and the GPA on a 4.0 scale (mean 3.41) for the 2019–2022 intake.
        Tu Youyou and colleagues at the China Academy of Chinese Medical Sciences first isolated artemisinin in 1972, work recognised by the 2015 Nobel Prize.
        Author contributions (CRediT): X.L. conceptualisation; Y.W. and H.Z. methodology; all authors approved the final manuscript.
    """),
    ("en", "product manuals"): _lines("""
        Xiaomi Smart Band 8, model M2239B1: to reset, hold the side of the capsule for 5 s until the logo appears; input 5 V DC 250 mA.
        MateBook firmware 1.13.0.0 requires BIOS 2.05 or later; keep the charger connected and do not power off during the update.
        Default router admin page: http://192.168.31.1 — the initial Wi-Fi name and password are printed on the label under the base.
        The IMEI used in the screenshots, 35-209900-176148-1, is the documentation example; find your own under Settings > About phone.
        Midea rice cooker MB-FB40: press Cook for white rice; three beeps mean the lid is not locked.
        Battery model BM5A: 3.87 V, 4,610 mAh, 17.84 Wh; charge only between 0 °C and 45 °C.
        Scan the QR code on page 2 to open the support page and download the full user guide (PDF v1.2, June 2024).
        If your phone asks for a Bluetooth pairing code, enter 0000.
        Power adapter: input 100–240 V AC 50/60 Hz 1.5 A, output 20 V DC 3.25 A; FCC ID 2AFZZ-XMYX01.
        Gree air conditioner service line in mainland China: 4008-365-315 (8:00–20:00); have the 13-digit indoor unit barcode ready.
        DJI Mini 4 Pro: UK operators must label the aircraft with their operator ID; the format is GBR-OP- followed by 12 characters.
        Warranty is valid for 12 months from the invoice date and covers only units bought from authorised resellers in mainland China.
    """),
    ("en", "study-abroad forum posts"): _lines("""
        My CAS came through on Tuesday and the VFS centre in Shanghai had slots within 10 days, so book early if you are in the September intake.
        For the UK Student visa the bank statement must show the money held for 28 consecutive days, ending within 31 days of your application.
        I paid the Immigration Health Surcharge of £776 a year before booking biometrics; keep the IHS reference they e-mail you.
        For the Australian subclass 500 visa, OSHC is compulsory, and the university issues the CoE only after you pay the deposit.
        Our WeChat group for new Monash students is full at 500 members, so the admins are opening a second one next week.
        Reminder: CSCSE only verifies overseas degrees for use in China; it does not handle visa applications.
        I moved from Western Union to Wise for tuition: the fee on a £9,250 payment was about £38 instead of £75.
        The US Consulate in Guangzhou is at 43 Hua Jiu Road, Zhujiang New Town; phones and bags are not allowed inside for F-1 interviews.
        Does anyone know if the CSC PhD stipend in the UK is still £1,350 a month? Mine has not changed since 2023.
        I'm from Taichung and study in Leeds; the hardest part was opening a bank account without a UK address, but Monzo worked in the end.
        Macau residents can enter Hong Kong with their resident card, but UK universities still ask for a scan of the passport page.
        The Chinese Embassy in the UK is at 49 Portland Place, London W1B 1JL; for emergencies abroad the MFA hotline is +86-10-12308.
        Tip for group chats: never post your BRP, passport or bank card photo, even with the numbers half covered.
    """),
    ("mixed", "cross-border shop notices"): _lines("""
        亲，order #4102 9987 3365 1120 已发货 via Yanwen, tracking UG123456789CN, 7–15 working days to the UK 🙏
        Size chart: M = chest 104 cm, L = 110 cm, XL = 116 cm；如有问题请先联系店铺客服 before opening a dispute.
        AliExpress store 1102034567: Double 11 sale starts at 00:00 Beijing time, coupon US$3 off US$25.
        Shopee seller notice: parcel SPXMY0394822145 is held at the Shah Alam hub because of the Hari Raya backlog.
        Alibaba's Xixi campus at 969 Wenyi West Road, Yuhang District, Hangzhou is not a returns address, please don't send parcels there.
        Temu order PO-211-07381429301842: refund of £12.49 goes back to the original payment method within 5–14 days.
        淘宝集运 warehouse closes on 28 Jan for 春节 and resumes shipping on 12 Feb, 请提前下单.
        小米 power bank 20000mAh, EAN 6934177724837, now RM 89 with free shipping to West Malaysia.
        Since 1 Jan 2021 UK VAT on parcels up to £135 is collected by the marketplace, so the price at checkout already includes 20%.
        Customs declaration: HS 6110.20, "cotton knitted sweater", declared value USD 18, qty 1, origin CN.
        Listing: vintage 1970s enamel mug 为人民服务, ships from Shenzhen, 2–3 weeks to Australia, PayPal only.
        蝦皮 7-11 取貨: the parcel waits 7 days at the store, 逾期 it is returned to the seller automatically.
    """),
    ("zh-Hans", "study-abroad policy notices"): _lines("""
        教育部留学服务中心提醒：国（境）外学历学位认证可在官网在线办理，无需邮寄纸质材料。
        国家留学基金委2025年"国家建设高水平大学公派研究生项目"计划选派约9000人。
        外交部全球领事保护与服务应急热线：+86-10-12308 或 +86-10-65612308，24小时有人接听。
        按现行外汇管理规定，境内个人每年便利化购汇额度为等值5万美元。
        小米集团2024年营收约3659亿元，雷军在年报致辞中感谢了全体米粉。
        示例：身份证号 110101199003077777 为演示数据，请勿用于任何实名认证。
    """),
    ("zh-Hant", "Taiwan and Macau public notices"): _lines("""
        內政部移民署外來人士在臺生活諮詢服務熱線：0800-024-111，提供英、日、越、印、泰語服務。
        身分證字號範例 A123456789 僅供說明，請勿填入正式申請表。
        國立臺灣大學地址：10617 臺北市大安區羅斯福路四段1號，總機 (02) 3366-3366。
        澳門大學位於橫琴校區，地址：澳門氹仔大學大馬路；校園導賞須提前三日預約。
        教育部公費留學考試本年度錄取名額120名，報名期間為3月1日至3月20日。
        台積電董事長劉德音宣布退休，由總裁魏哲家接任董事長。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dear Admissions Office, my name is Zhang Yuxin (UCAS Personal ID 128-447-3905), may I ask why my MSc Finance offer still show "pending"? my phone +86 138 1672 4409
        Hi Professor Wilson, sorry to disturb, I am Chen Hao, student no. 22018457, I was in hospital for appendicitis 3–10 Nov so I missed the midterm, medical certificate attached.
        Scholarship form: Applicant Liu Siyu, DOB 14/06/2001, passport EH4917263, family annual income RMB 86,000, father unemployed since 2022.
        Ms Wang, your BRP ZU8841627 is ready at Bayswater Post Office, please bring passport E62738149 and the decision letter when you collect.
        hello this is Kevin from Sino-Aus Migration, for Mr Huang Zhiqiang 482 visa file we still need the Dongguan police certificate and copy of his ID 441900198707125531 both side
        Room available 1 Sept, £850 pcm bills incl, Flat 4, 118 Caledonian Road N1 9RD, ask for Lily (Lin Xiaoli) WeChat lily_lxl0915 or 07712 438 906
        Flatmate notice: Jason Tsai in Room 3 didn't pay Oct rent £720 yet and landlord say will take from deposit, his number 07903 552184 pls remind him
        To seller: I am Hsu Pei-Ling, order 58201934, pls ship to 2/15 Rose St, Chippendale NSW 2008, ph 0412 677 305, NOT the old address
        Remittance note: ICBC to Barclays, beneficiary ZHOU MINGYUAN, sort code 20-45-77, acc 63918204, purpose living expense for son studying at Warwick
        Tuition payment for Tang Jiayi (student ID 2105531) paid by her mother Li Hong from ICBC card 6222 0216 0201 4837 552
        NTU exchange form — Name: Lin Yu-Ting, ROC ID F228403917, passport 351208846, emergency contact father Lin Chien-Hung 0932-418-265
        Hi, I'm Leong Ka Man from Macau, BIR 1327846(5), applying for the DSEJ study allowance and need the enrolment letter stamped before 15 Dec
        Translated from Mum's WeChat: Auntie Xu Fang's lung cancer is stage 3, she start chemo at Zhejiang Cancer Hospital next Monday, don't tell cousin Xu Lei yet
        add me wechat wxid_k8q2n7mz41 pls, Sun Wenjie, I want your second hand desk, I'm in Hyde Park Leeds LS6 1AW can pick up tonight
        Deposit AUD 2,400 for unit 1203/45 Clarke St Southbank to be returned to Ma Ruiqi, CommBank BSB 063-182 acc 1047 5523
        Hi Dr. Patel, I am Yang Xinyi, SEVIS N0034718825, my OPT EAD card arrived but name printed as "Yang Xinyl", can DSO fix the I-20?
        Study permit of Guo Tianyu, UCI 11-0844-7126, expires 31 Aug 2025, he still need extend before leave Vancouver, address 3307-1288 W Georgia St
        Letter from GP: Miss Deng Qiaoyu, 23, Chinese national, NHS no. 721 460 3385, diagnosed with major depressive disorder, please allow coursework extension
        Proof of funds: account holder Wu Jianguo (father of applicant Wu Yue), CCB a/c 6217 0031 8845 2209 614, balance RMB 412,380.55 as of 20 May
        parcel for Fang Zihan, Room 214 Denmark Road Residence, Manchester M15 6FQ, tel +44 7418 220569 pls leave at reception
        The man who hit my car in Shenzhen drive 粤B·D82K51, name Peng Jun, he still not answer the insurance company
        my cousin Chan Weng Hong sold his car MX-47-19 to Lao Chi Kin last month, DSAT transfer form still not signed
        Passport renewal record: Zhao Lin, old passport E51902847, new EJ3318420, issued by Chinese Embassy London 08/03/2024
        Student's pass FIN G7731084N for Xie Mengqi, NUS matric A0268342R, lives at Blk 126 Clementi Ave 3 #09-214, HP 9173 4028
        Co-tenant: Ong Kar Wai, MyKad 990312-07-5683, mobile +60 12-448 9031, pays half of RM 1,800 rent
        Guarantor for the lease is my uncle Tam Chi Ming, HKID K392817(4), he works at a logistics firm in Kwun Tong
        her ins is @ruby.zhang_lse and xiaohongshu 5820147736, she told everybody in the group she failed the dissertation and is repeating
        pls send the offer letter to my personal email jiahao.wu2002@163.com, not the school one, thank you — Wu Jiahao
        my QQ 2874415093, He Yiran, selling rice cooker £15, pick up from 41 Heeley Road Selly Oak after 6pm
        Line ID peggy_0823 / +886 912 334 507 — Peggy Kuo, moving out of the Elephant & Castle flat 30 June, my room is free from July
        Case note: applicant Zheng Hui refused under para V 3.7 for previous overstay of 94 days in 2019, appeal ref HU/01823/2024, lives in Croydon with her sister
        Qian Yue said please refund the deposit to her Alipay qianyue_1999@hotmail.com, she already fly back to Chengdu
        Hi Uncle, I'm Rong, Aunt Mei's daughter, pls transfer the RMB 30,000 to my BOC card 6217 8520 0001 9472 835, name Gao Rong, will pay back when scholarship come
        For the CSC form: Xu Wenjing, ID 32010619990823412X, hukou Nanjing Gulou District, mobile 159 5182 0637
    """),
    "mixed": _lines("""
        房东说 deposit 要退到 Li Mingzhe 的 Monzo 账户 04-00-04 12845619，他 phone 是 07856 301 774。
        我 visa 被拒了，agent Amy 说因为我爸 Cao Dewei 那张 6222 0812 0000 3318 506 的 bank statement 不够 28 天
        室友 Vivian Ho 又带男朋友回来过夜，她 mobile 0423 918 556，你帮我 text 她一下 plz
        Remit 5000 GBP to 妈妈 Yao Shufen, 建设银行 6217 0012 3004 5567 128, 备注: 学费 for Yao Chen
        收件人 Qin Haoran, 88 Harbour St Unit 4512, Toronto ON M5J 0C3, 电话 +1 647 832 0915, 麻烦写英文地址
        澳門同學 Ho Sio Ian 個 BIR 係 5104388(2)，佢叫我幫手 print 份 form 交去 DSEJ
        Hi 阿姨, Ken 個 passport MA0412779 留咗喺我屋企, 佢 flight 聽日 from Heathrow 好急
        台灣室友 Chang Yi-Hsuan 的身分證 H224810537 影本還在我這邊, landlord 要 copy 才能 sign lease
    """),
    "zh-Hans": _lines("""
        转账备注：王思琪英国学费，付款人王建军，身份证370202197205184317，招商银行卡6225 8802 1947 3306
        中介：胡佳琪同学，你签证材料里的护照号EK2049387写错了一位，请尽快发首页扫描件，电话139 2846 1057
        在墨尔本租我房间的马骁押金还没还，微信号maxiao_1998，他老家在成都青羊区清江东路1号院3栋2单元801
        表姐郑雨桐在悉尼查出乳腺癌，Medicare号2951 38476 1，下周二做手术，先别告诉外婆
    """),
    "zh-Hant": _lines("""
        陳冠宇護照號碼312846709，手機0928-551-304，下週要去英國念書，學校的CAS還沒寄來
        澳門學生梁嘉敏，居民身份證1283047(6)，住氹仔湖畔大廈12樓B座，申請獎學金需要戶籍證明
        室友黃詩涵的LINE是shihan.h0412，她說她爸黃志明欠銀行一百二十萬被催繳，很煩
        請匯款給林育德，中華郵政局帳號0041288-0539172，備註：倫敦房租十二月
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "can you help me polish an email to the admissions office? my English not so good",
        ),
        ("assistant", "Of course. Paste your draft and tell me which university it is for."),
        (
            "user",
            "Dear Sir, I am Luo Jingwen, applicant ID 240078315 for MA Education at Bristol, I not receive any reply after I upload my IELTS",
        ),
        ("user", "also add my phone +86 186 2094 7731 and my email luojw0506@qq.com in the end"),
    ],
    [
        ("user", "the visa agent ask me to check the passport number on my form"),
        ("assistant", "Sure, what does the form say and what does your passport say?"),
        ("user", "form say EJ2281946 but passport is EJ2281964"),
        ("user", "name is Fu Yuhan, born 2002-11-19 in Wuhan, application for Australia 500"),
    ],
    [
        (
            "user",
            "how do I split the electricity bill fair with flatmates? one of them is always home",
        ),
        (
            "assistant",
            "You could split by room size, or agree a base share plus extra for whoever works from home. Want me to draft a message?",
        ),
        (
            "user",
            "yes, to Kelvin Lau at 07534 906 218, he is the one always at home with the heater",
        ),
        (
            "assistant",
            "Here is a friendly draft for Kelvin: 'Hi Kelvin, could we chat about how we split the electricity this winter?'",
        ),
        (
            "user",
            "add that our address is Flat 7, 23 Clarendon Road, Leeds LS2 9NZ so he knows which bill",
        ),
    ],
    [
        ("user", "I sell on Etsy from Yiwu, a buyer complain her parcel is lost, help me reply"),
        ("assistant", "Sure. What is the order and where was it sent?"),
        (
            "user",
            "order 3184472910, buyer Megan O'Brien, 14 Larch Close, Bicester OX26 2JF, she also gave phone 07821 440 392",
        ),
        ("assistant", "I'll draft a polite reply offering to reship or refund."),
    ],
    [
        ("user", "我妈要给我汇学费，帮我写一下英文的收款信息"),
        ("assistant", "好的，请告诉我收款人姓名、银行和账户信息。"),
        ("user", "Beneficiary: Song Kaixin, HSBC UK, sort code 40-11-62, account 71934028"),
        ("user", "汇款人是我妈 Pan Lijuan, 中国银行卡 6217 8630 0002 5518 294"),
    ],
    [
        ("user", "translate this WeChat from my grandma to English for my flatmate"),
        ("assistant", "Please paste the message."),
        ("user", "乖孙，你舅舅刘建平胃癌开刀了，在湘雅医院住院，你有空打他电话 135 7412 9086"),
        (
            "assistant",
            "Translation: 'Dear grandchild, your uncle Liu Jianping had surgery for stomach cancer and is staying at Xiangya Hospital; call him at 135 7412 9086 when you can.'",
        ),
    ],
    [
        ("user", "I'm from Macau, the UK bank ask for ID, can I use my 澳門身份證?"),
        (
            "assistant",
            "Many UK banks want a passport, but some accept other photo ID. What do you have?",
        ),
        ("user", "BIR 7408215(3), name Cheong Hoi Lam, and Macau passport MA0731586"),
    ],
    [
        ("user", "help me fill the scholarship form in English, the Taiwan part"),
        ("assistant", "Sure, what fields does it ask for?"),
        ("user", "name 吳佩珊 Wu Pei-Shan, ID number"),
        ("user", "R225094371"),
        ("user", "address 台中市西屯區文華路100號7樓之3, mobile 0986-207-443"),
    ],
    [
        ("user", "immigration lawyer want my details in one email, can you format it"),
        ("assistant", "Yes. List the details and I'll lay them out clearly."),
        (
            "user",
            "Yan Bowen, NI number SX 48 21 93 C, BRP RZ5573018, address 61 Chalkhill Road Wembley HA9 9DX, overstay 3 weeks in 2022 because I was sick",
        ),
        ("assistant", "Here is a formatted version you can paste into the email."),
    ],
]
