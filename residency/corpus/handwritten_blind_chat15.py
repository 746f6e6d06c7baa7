# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat15: travel, visa and immigration chats (EN, 简体/繁體中文, Bahasa Melayu). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat15
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "visa rules"): _lines("""
        Holders of ordinary Malaysian passports may enter the Schengen Area visa-free for up to 90 days in any 180-day period; once ETIAS starts operating, an online travel authorisation will be required.
        Malaysian citizens may visit mainland China visa-free for up to 30 days for business, tourism, visiting relatives and friends, exchange visits or transit.
        The 240-hour visa-free transit policy applies to nationals of 55 countries travelling via designated ports to a third country or region; the onward ticket must show a confirmed date and seat.
        A Schengen short-stay visa application should be lodged no earlier than six months and, at the latest, 15 calendar days before the start of the intended visit.
        Travel medical insurance for a Schengen visa must cover at least EUR 30,000 for emergency medical expenses, hospitalisation and repatriation, valid in all Member States.
        Bring the DS-160 confirmation page with barcode to the interview. The MRV fee for B1/B2 is USD 185 and is non-refundable whether or not a visa is issued.
        Under INA section 214(b) every applicant is presumed to be an intending immigrant until he or she establishes otherwise; a 214(b) refusal is not permanent and you can reapply.
        JAPAN eVISA is available to nationals of eligible countries residing in those countries, for single-entry short-term stays of up to 90 days.
        EP candidates must earn at least S$5,600 a month (S$6,200 in financial services), rising progressively with age to S$10,700 for candidates in their mid-40s.
        S Pass qualifying salary goes up to S$3,300 (S$3,800 for financial services) for new applications from 1 Sep 2025; COMPASS applies to Employment Pass only.
        The refreshed MM2H has Silver, Gold and Platinum tiers with fixed deposits of USD 150k, USD 500k and USD 1m respectively, plus a minimum stay of 90 days a year.
        WHV (subclass 462) applicants must be 18-30 inclusive at time of application, have functional English and, for some countries, a letter of support from their govt.
        Art. 32(1)(b) Visa Code: refusal where there are reasonable doubts about the authenticity of supporting documents or the reliability of the applicant's statements.
    """),
    ("en", "airline and hotel policy"): _lines("""
        Economy Lite includes 7kg cabin bag only. Checked baggage can be added in Manage Booking up to 4 hrs before departure, MYR 65 for 20kg.
        Name changes are not permitted after ticketing. Corrections of up to 3 characters are free of charge within 24 hours of ticket issue.
        Online check-in opens 48 hours and closes 90 minutes before scheduled departure for flights to the US, Canada and Australia.
        SQ 317 SIN-LHR departs 23:55 daily from Terminal 3; boarding gate closes 20 min before departure.
        Refund request REF-2025-1104-88271 has been submitted. Refunds to the original form of payment take 7-14 business days.
        Invoice INV/HTL/2025/004513 - Deluxe King x 3 nights @ RM 489.00 + SST 8% + Tourism Tax RM 10/night = RM 1,614.36
        Check-in from 3pm, check-out by 12 noon. Late check-out until 4pm is charged at 50% of the room rate, subject to availability.
        Passengers denied boarding on a flight departing from an EU airport may be entitled to EUR 250, 400 or 600 under Regulation (EC) No 261/2004.
        Free cancellation until 23:59 local time on 14 Feb 2026; after that the first night (CNY 688) will be charged.
        Power banks above 160Wh are prohibited; 100-160Wh need airline approval, max 2 per passenger, cabin only, never in checked bags.
        Known issue: bookings made in app version 8.14.2 may show duplicate itineraries. Fixed in 8.14.3 (build 20251128.2).
        The Long Bar at Raffles Hotel Singapore, 1 Beach Road, is open daily 11:00-00:30; walk-ins only for groups under six.
    """),
    ("en", "embassies and hotlines"): _lines("""
        Embassy of the People's Republic of China in Malaysia, Consular Section: 229 Jalan Ampang, 50450 Kuala Lumpur. Mon-Fri 9:00-12:00 for passport matters.
        Lost your passport abroad? Call the MFA Global Consular Protection and Service Hotline +86-10-12308 or +86-10-65612308, 24/7.
        Immigration & Checkpoints Authority, ICA Building, 10 Kallang Road, Singapore 208718. General enquiries: 6391 6100.
        U.S. Embassy Singapore, 27 Napier Road, Singapore 258508. Non-immigrant visa appointments can only be scheduled online.
        Hong Kong Immigration Department enquiry hotline (852) 2824 6111, enquiry@immd.gov.hk. Immigration Headquarters: 61 Mei Tin Road, Tai Wai.
        Embassy of France in Singapore, 101-103 Cluny Park Road, Singapore 259595. Short-stay visa applications are lodged at TLScontact, not at the embassy.
        Ministry of Manpower Services Centre: The Riverwalk, 20 Upper Circular Road, #04-01/02, Singapore 058416. Appointments required.
        Singapore Airlines reservations +65 6223 8888; KrisFlyer membership enquiries +65 6789 8188.
        24-hour emergency assistance for policyholders: +603-2178 6000 (reverse charges accepted). Please quote your policy number and country of travel.
        The National Immigration Administration 12367 hotline answers questions on port visas, transit visa-free entry and residence permits in Chinese and English.
        Japan Visa Application Centre, Level 12, Menara Bukit Bintang, Jalan Sultan Ismail, 50250 Kuala Lumpur - submission 08:30-12:00, collection 13:30-15:30.
        support@visa-helpdesk.example.com auto-reply: we received your ticket #558203 and will respond within 2 working days.
    """),
    ("en", "form instructions"): _lines("""
        Surname: enter exactly as shown in the machine-readable zone of your passport. If you have no surname, enter FNU.
        Field 21 "Main purpose(s) of the journey": tick one box only. Attach the invitation letter if the purpose is visiting family or friends.
        Dear {{applicant_name}}, your appointment at {{centre_name}} is confirmed for {{date}} at {{time}}. Reference: {{booking_ref}}.
        Passport No.: ____________  Date of issue: __/__/____  Date of expiry: __/__/____ (must be valid at least 6 months beyond arrival)
        Photo: 35mm x 45mm, white background, taken within the last 6 months, face 70-80% of the frame, no glasses, no headwear except for religious reasons.
        Please do NOT paste passport scans, NRIC numbers or bank statements in this chat. Upload documents only through the secure portal.
        Format examples only: passport K0000000A, FIN F0000000X, phone +65 XXXX XXXX - do not submit these sample values.
        Section C - Previous refusals: Have you ever been refused a visa or entry to any country? [ ] Yes [ ] No. If yes, state country, year and reason.
        <SURNAME>, <GIVEN NAMES> / <NATIONALITY> / <DATE OF BIRTH DD/MM/YYYY> / <PASSPORT NO.> / <PNR>
        Emergency contact (full name, relationship, phone with country code) is mandatory for Working Holiday Maker applicants.
        Bank statements must show a closing balance of at least AUD 5,000 for each of the last 3 months.
        {"traveller": {"given_name": "string", "family_name": "string", "passport_no": "string", "dob": "date"}, "pnr": "string"}
        Redaction rule for agents: mask all but the last 3 characters of a passport number in ticket notes and never log date of birth together with full name.
    """),
    ("zh-Hans", "签证须知"): _lines("""
        申请中国签证需提交：护照原件（有效期6个月以上且有空白签证页）、护照资料页复印件、近期正面免冠彩色照片一张。
        自2024年12月17日起，符合条件的外国人可享受240小时过境免签，停留区域为24个省（区、市）的指定区域。
        申根签证须本人到签证中心录入十指指纹，59个月内已录入过的可免于再次录入。
        赴日单次旅游签证：在职人员提供在职证明原件（加盖公章），退休人员提供退休证复印件，学生提供在读证明。
        美签面谈请携带DS-160确认页、面谈预约确认页、护照和5cm×5cm白底照片一张，手机等电子设备不得带入。
        护照在境外遗失，请先向当地警方报案并取得报案证明，再凭此到我驻当地使领馆申请旅行证或补发护照。
        出入境证件"全国通办"：内地居民可在全国任一出入境窗口申请普通护照，7个工作日内签发。
        新加坡就业准证（EP）由雇主或职业中介通过EP Online提交，大部分申请10个工作日内出结果。
        马来西亚第二家园（MM2H）申请须通过旅游部认可的持牌代理递交，不接受个人直接申请。
        澳大利亚工作与度假签证（462类）每年对中国大陆开放5000个名额，申请人须为18至30周岁（含）。
        被拒签不等于进了"黑名单"：申根拒签后可针对拒签信上勾选的理由补充材料重新递交，或在规定期限内上诉。
        意大利申根签证费：成人90欧元，6至12岁儿童45欧元，另收签证中心服务费约人民币250元。
        温馨提示：请勿通过微信、QQ向任何个人发送护照照片或身份证照片，官方渠道只有签证中心网站。
    """),
    ("zh-Hans", "行程样例"): _lines("""
        第1天：上海浦东—大阪关西（MU515，09:10起飞，12:40抵达），入住难波附近酒店，晚上道顿堀觅食。
        第2天：京都一日游——伏见稻荷大社、清水寺、祇园花见小路，傍晚乘JR返回大阪。
        第3天：滨海湾花园、鱼尾狮公园，晚上坐克拉码头游船，人均约SGD 35。
        预算参考：机票3200元+酒店5晚2800元+当地交通600元+餐饮1500元，人均约8100元。
        槟城乔治市步行路线：姓氏桥—张弼士故居（蓝屋）—姐弟共骑脚踏车壁画—亚美尼亚街。
        欧洲六国14天：巴黎3晚—布鲁塞尔1晚—阿姆斯特丹2晚—科隆1晚—慕尼黑2晚—萨尔茨堡1晚—维也纳2晚—布拉格2晚。
        订单号：CTRIP-HTL-8823019947，入住2026-03-14，离店2026-03-17，高级双床房，含双早，不可取消。
        鲁迅故里位于绍兴市越城区鲁迅中路，免费参观，需提前在官方公众号预约。
        携程客服热线 95010，海外用户请拨 +86-21-3406-4888。
        《大唐西域记》中玄奘西行经过的高昌、龟兹、撒马尔罕，如今都可以串成一条丝路自驾线。
        退改规则：起飞前72小时以上收取票面价5%，72小时至4小时收取20%，4小时内及起飞后收取50%。
        曼谷到清迈夜卧火车二等卧铺约900泰铢，建议提前30天在泰国国铁官网抢票。
    """),
    ("zh-Hant", "旅遊指南"): _lines("""
        國父紀念館位於台北市信義區仁愛路四段505號，捷運國父紀念館站4號出口步行約3分鐘。
        中正紀念堂每日09:00–18:00開放，整點有儀隊交接儀式，免費入場。
        香港入境處e-道服務：年滿11歲的香港居民登記後即可使用e-道辦理出入境檢查。
        華航訂位專線 (02) 412-9000；長榮航空訂位 (02) 2501-1999，均為24小時服務。
        旅遊不便險理賠須檢附：理賠申請書、登機證、航空公司出具之延誤證明及相關收據正本。
        日本打工度假簽證：台灣每年名額10,000名，申請人年齡18至30歲，需財力證明新台幣10萬元以上。
        孫中山先生於辛亥革命後當選臨時大總統，其故居位於廣東中山翠亨村，現為紀念館。
        鄭和於1405年至1433年間七下西洋，馬六甲的鄭和文化館展示了明代寶船模型。
        訂單編號 KK-TW-20251203-7781 已確認：九份、十分一日遊，08:30 台北車站東三門集合。
        旅外國人急難救助全球免付費專線 800-0885-0885，護照遺失可先撥打尋求協助。
        機場快線每10分鐘一班，香港站至機場約24分鐘，單程成人票港幣115元。
        《環遊世界八十天》中，福格先生與僕人路路通從倫敦出發，途經蘇伊士、孟買、香港與橫濱。
    """),
    ("ms", "panduan imigresen"): _lines("""
        Pemohon pasport antarabangsa Malaysia perlu hadir sendiri ke pejabat imigresen dengan MyKad; bayaran RM200 untuk tempoh sah 5 tahun.
        Warganegara Malaysia dikecualikan daripada visa ke China sehingga 30 hari untuk pelancongan, perniagaan dan lawatan keluarga.
        Permohonan MM2H hendaklah dikemukakan melalui ejen berlesen yang dilantik oleh MOTAC.
        Ibu Pejabat Jabatan Imigresen Malaysia, Aras 1-7 (Podium), Blok 2G4, Presint 2, 62550 Putrajaya. Talian: 03-8000 8000.
        Jika pasport hilang di luar negara, buat laporan polis tempatan dan hubungi Kedutaan Besar Malaysia terdekat untuk Dokumen Perjalanan Sementara.
        AK 6132 KUL-BKI berlepas 07:10 dari klia2; kaunter daftar masuk ditutup 60 minit sebelum berlepas.
        Jalan Tun Razak ditutup sebahagian pada Ahad ini sempena larian amal; penumpang ke KLIA disarankan guna Lebuhraya SMART.
        Borang IMM.55 digunakan untuk permohonan Pas Lawatan (Sosial); isikan nama penuh seperti dalam pasport dengan HURUF BESAR.
        Lapangan Terbang Sultan Abdul Aziz Shah (Subang) kini menerima penerbangan jet dari Singapura dan Pulau Pinang.
        Visa Work and Holiday Australia (subkelas 462): Malaysia diberi 1,100 tempat setahun; pemohon berumur 18-30 tahun.
        Insurans perjalanan: tuntutan kelewatan bagasi RM200 bagi setiap 6 jam berturut-turut, maksimum RM1,000 bagi setiap perjalanan.
        Pemegang EP di Singapura boleh membawa pasangan dengan Dependant's Pass jika gaji bulanan tetap sekurang-kurangnya S$6,000.
        Perdana Menteri Datuk Seri Anwar Ibrahim dan Perdana Menteri China Li Qiang menyaksikan pemeteraian perjanjian pengecualian visa bersama di Putrajaya.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi team pls amend PNR 7HQZ2K, pax name should be TAN/WEIMING MR not TAN/WEIMIN, DOB 14MAR86, PP A51927360 exp 2031
        Travel claim: insured Priya d/o Ramasamy, NRIC S8834512F, admitted to Bumrungrad Hospital Bangkok 3-6 Oct for dengue fever, bill THB 184,250 attached.
        Forwarding Jason's details for the EP: Jason Lee Kah Wai, Malaysian, passport A58213947, offer S$8,400/mth as Senior Data Engineer, start 2 Feb 2026.
        Our client Mdm Chow Lai Kuen (HKID P220864(8)) had her UK visitor visa refused on 19 Nov under V4.2 - she wants to reapply with her flat's title deed.
        Emergency contact for WHV: Sarah O'Donnell (mother), +353 87 412 6630, 14 Ashgrove Park, Ballincollig, Co. Cork.
        Hi, I'm Megan Ho, FIN G5519023U. My EP was cancelled on 30 Nov after I got retrenched, can I stay until my lease at Blk 418 Bedok North Ave 2 #08-115 ends?
        Lost passport report - holder Nguyen Thi Lan, Vietnamese, passport C4817263, born 21/07/1994, last seen at Changi T3 departure hall ~22:40 on 2 Dec.
        Booking for Dr Anand Kumar & Mrs Kavitha Anand, Shangri-La KL, 3 nights, paid with Visa 4483 6335 9866 7448 exp 09/28.
        can u help my dad Goh Ah Seng (b. 1949), China visa kena reject bc he overstayed in Guangzhou in 2019. He stays Blk 32 Toa Payoh Lor 5 #04-21, hp 8263 1957
        DS-160 confirmation AA00E7K9QR for WONG, Kelvin Yiu Fai, DOB 1991-02-08, interview at US ConGen Hong Kong 12 Jan 2026 08:15.
        SSR note: LIM/SIEWLING MS, passport ending ...3947, DOB 03MAY79, WCHR - recovering from hip replacement surgery, needs aisle seat.
    """),
    "zh-Hans": _lines("""
        护照号EH4827193，姓名赵雨桐，出生日期1995-11-08，这次申根被德国领馆拒签了，理由是"旅行目的和条件不明确"。
        日本单次旅游签资料：刘洋，男，1992年3月15日生，身份证440106199203152810，广州某科技公司在职，月薪18000。
        新加坡EP：员工王晓雯，FIN F2287619T，月薪S$7,800，住 Blk 605 Jurong West St 65 #11-342。
        我老婆陈丽华在曼谷丢了护照，护照号E59173628，电话+86 139 1726 4083，现在住素坤逸11巷的宜必思，麻烦使馆联系她。
        旅游险理赔：被保险人周敏，保单号PICC-TR-2025-00381726，在巴厘岛骑摩托摔伤右腿骨折，BIMC医院收据IDR 38,500,000。
        收件人 黄志远 186 2753 1094，成都市锦江区红星路三段16号2栋1单元1102，内有护照原件，须本人签收。
        家庭成员：父亲李国栋（1958年生，退休教师），母亲张淑芬（1960年生，二型糖尿病），随申请人李婷赴新加坡探亲。
        MM2H申请人郭振华，护照EA7316024，定存50万美元，配偶邓美玲，孩子郭子轩（2014年5月出生）一起申请。
        订票：乘机人 马骏 身份证 420106198611300757，手机 15827390416，6月12日 北京首都—东京羽田，靠窗。
    """),
    "zh-Hant": _lines("""
        我是林佩君，身分證 F228130465，想把12/20長榮BR 891的回程改到12/27，訂位代號 6MKJ2P，麻煩處理。
        我阿媽張玉蓮 HKID Y615029(0)，佢本護照過咗期，住觀塘翠屏邨翠桃樓2315室，電話 6183 4927，想問續證使唔使本人去？
        打工度假申請人 黃子晴，護照號碼 359817246，生日 1998/06/23，澳洲簽證 TRN EGOXKU3Q4R，目前在墨爾本Werribee農場工作。
        旅平險理賠：被保險人吳志明 A129573805，11/28在大阪心齋橋遭扒竊，遺失護照、手機及現金日幣8萬元，已向大阪府警報案。
        入住者 何嘉慧 Ho Ka Wai，Booking.com 確認號 4827.193.604，電話 +852 9631 2207，懷孕八個月，請安排低樓層。
        李承翰（B118367258）前年在美國逾期居留47天，這次B2簽證面談被以214(b)拒絕，想問還有機會嗎。
        我先生鄭偉倫 R493817(7) 在新加坡瑞豐物流拿EP，我想用DP過去，兒子鄭浩然今年6歲，學校要怎麼申請？
    """),
    "ms": _lines("""
        Assalamualaikum tuan, saya Nurul Aisyah binti Kamaruddin, No. KP 950604-07-5136, nak tanya status permohonan pasport saya yang dihantar di UTC Pudu.
        Tuntutan insurans: Mohd Faizal bin Hashim (900317-14-5523), penerbangan ke Jeddah dibatalkan, kos hotel RM1,280, akaun Maybank 1640 2231 8876.
        Pasport saya hilang kat Narita, nama Siti Hajar Abdullah, pasport A44172093, no fon 012-719 4408, sekarang menginap di APA Hotel Ueno.
        Permohonan MM2H: Encik Robert Lim Chee Keong, pasport UK 538127604, lahir 11 Ogos 1961, alamat 23 Jalan Setia Indah U13/8, Setia Alam, 40170 Shah Alam.
        Pekerja saya Ramesh a/l Subramaniam (880221-12-5047) ditolak S Pass oleh MOM sebab sijil diploma dia tak dapat disahkan.
        Kak tolong check booking AirAsia K7QX4M atas nama Farah Nadia binti Azman, IC 011125-01-0456, dia nak tukar tarikh ke 3 Jan.
        Anak saudara saya Muhammad Irfan bin Zulkifli, 19 tahun, ditahan imigresen di Incheon semalam kerana disyaki bekerja secara haram; telefon ibunya 013-882 5710.
        Bayaran visa Jepun dibuat guna kad 5336 6710 5696 2402 atas nama Lee Mei Xin, tarikh luput 04/27, pasport A50381264.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are TravelBuddy, the virtual assistant of Wanderlust Travel Sdn Bhd. Be concise.",
        ),
        ("user", "hi can u help me plan 10 days Italy + Switzerland in April"),
        (
            "assistant",
            "Sure! A common route is Rome (3N) - Florence (2N) - Venice (2N) - Lucerne (2N) - Zurich (1N). Would you like a cover letter for the visa as well?",
        ),
        (
            "user",
            "no need visa for MY passport right? but the hotel in Lucerne wants my details for the guest registration",
        ),
        (
            "assistant",
            "Correct, Malaysians are visa-free for short stays. For the hotel form they usually need full name, date of birth, nationality and passport number.",
        ),
        (
            "user",
            "ok fill in for me: Alicia Tan Hui Min, 17 Sep 1990, Malaysian, passport A63920175, email alicia.thm90@gmail.com",
        ),
    ],
    [
        ("user", "Someone stole my bag at Gare du Nord, my passport was inside. What do I do??"),
        (
            "assistant",
            "I'm sorry. First file a report (déclaration de perte/vol) at the nearest commissariat, then contact your embassy for an emergency travel document.",
        ),
        ("user", "I'm Singaporean. Flight home is in 2 days"),
        (
            "assistant",
            "The Singapore Embassy in Paris can issue a Document of Identity. Bring the police report, a passport photo and any copy of your passport.",
        ),
        (
            "user",
            "I have a photo of it on my phone. Daniel Kwok Jun Hao, K2958314M, NRIC S7712093I. I'm at Hôtel du Marais, room 402, +65 9034 7781",
        ),
        (
            "assistant",
            "Noted. Please bring those details to the embassy; they will verify your identity with ICA.",
        ),
    ],
    [
        ("user", "帮我订下周五成都飞大阪的机票，一个人"),
        ("assistant", "好的，请提供乘机人姓名和证件号码。国际航班需要护照信息。"),
        ("user", "何俊杰，护照E70528146，身份证号也给你吧 51010419951108"),
        ("user", "0033"),
        ("assistant", "已收到，正在为您查询 CA 和川航的直飞航班。"),
    ],
    [
        ("user", "Hi, I nak tanya pasal MM2H for my father-in-law"),
        ("assistant", "Sure. Which tier is he considering, and what is his nationality?"),
        ("user", "Silver kot. He's British, Peter Whitfield, 64, retired engineer from Leeds"),
        (
            "user",
            "problem is he's now under treatment for prostate cancer at Gleneagles Penang, will the medical check fail him?",
        ),
        (
            "assistant",
            "A medical report from a Malaysian-registered clinic is required. An ongoing condition doesn't automatically disqualify him, but the insurer may exclude pre-existing conditions.",
        ),
    ],
    [
        (
            "system",
            "You are an HR assistant for a Singapore SME. Answer questions about work passes.",
        ),
        ("user", "One of our staff's EP expires in Feb, when should I renew?"),
        ("assistant", "You can submit a renewal up to 6 months before expiry via myMOM Portal."),
        ("user", "ok. details: Arjun Nair, FIN G8106653T, Indian national, current salary S$6,900"),
        (
            "user",
            "he's 41 so will COMPASS + the new salary benchmark be an issue? also he had a disciplinary warning last year for misconduct",
        ),
        (
            "assistant",
            "At 41 the qualifying salary is higher than S$6,900, so you may need to raise his salary before renewal. Disciplinary records are not part of the EP assessment.",
        ),
    ],
    [
        ("user", "請問日本打工度假要準備什麼？"),
        ("assistant", "需要申請書、履歷、理由書、計畫書、財力證明（新台幣10萬元以上）及護照。"),
        ("user", "好，我叫蔡宜蓁"),
        ("user", "生日 1999年2月14日，護照號碼 361047285，之前讀台中科大"),
        ("assistant", "謝謝，請依照交流協會規定的格式撰寫計畫書。"),
        ("user", "電話 0912-486-731，Line ID: yizhen_0214，有問題再聯絡我"),
    ],
    [
        ("user", "I got refused under 214(b) yesterday, 2nd time already. So frustrated"),
        (
            "assistant",
            "Sorry to hear. A 214(b) refusal means the officer was not convinced of your ties to your home country. Has anything changed since the first application?",
        ),
        (
            "user",
            "not really. I'm Hafiz Rahman, 29, Grab driver in Cheras, earn about RM3,500 a month, not married",
        ),
        ("user", "and my sister is overstaying in Texas since 2022, maybe that's why"),
        (
            "assistant",
            "Family members with immigration violations can weigh on the decision. Strong employment or property ties would help a future application.",
        ),
    ],
    [
        ("user", "你好，我想问一下旅游险理赔进度"),
        ("assistant", "您好，请提供保单号或被保险人姓名。"),
        ("user", "保单号 CPIC-JY-2025-117703，被保险人是我妈妈 孔秀英"),
        ("user", "她在清迈突发脑梗住院了五天，现在回国在华山医院做康复，发票都寄过去了"),
        ("assistant", "已查到，理赔目前在审核中，预计5个工作日内给出结果。"),
    ],
    [
        ("user", "Need flights KUL to Perth for family of 4, 20 Dec to 3 Jan"),
        (
            "assistant",
            "MH and AirAsia X both fly direct. Please provide passenger names as in passport and dates of birth for the children.",
        ),
        (
            "user",
            "CHEAH KOK LEONG (adult) A57302918\nYAP SIEW FONG (adult) A57302906\nCHEAH YI XUAN 12/08/2015 A61174523\nCHEAH YI HENG 03/01/2019 A61174531",
        ),
        (
            "assistant",
            "Thanks, MH125 departs 09:05 and arrives 14:55 local time. Shall I hold the booking?",
        ),
    ],
    [
        ("user", "saya nak tukar tarikh flight, boleh?"),
        ("assistant", "Boleh. Sila berikan nombor tempahan dan nama penumpang."),
        ("user", "booking 3TNR8W, nama Mohd Amirul bin Rosli"),
        ("assistant", "Terima kasih. Tarikh baharu yang dikehendaki?"),
        ("user", "15 Jan, pagi. Kalau ada apa2 call saya 017-336 9204"),
    ],
    [
        ("user", "My checked bag arrived 31 hours late at Narita, how much can I claim?"),
        (
            "assistant",
            "Most policies pay a fixed amount per 6 hours of delay, e.g. RM200 per block up to RM1,000. Keep the PIR from the airline.",
        ),
        ("user", "got the PIR NRTMH18722. please reimburse to my account"),
        ("user", "CIMB 7012 4459 8830, account holder Tham Wai Kit, policy TRV-882013-MY"),
        ("assistant", "Noted. The claim has been lodged, reference CLM-2025-44821."),
    ],
    [
        ("user", "申根拒签信上勾了第2条和第9条，是什么意思"),
        (
            "assistant",
            "第2条通常表示旅行目的和条件的说明不充分，第9条表示无法确定您在签证到期前离开申根区的意愿。",
        ),
        (
            "user",
            "我把拒签信原文贴给你：申请人 SONG/YIFAN 宋一帆，出生日期 1994-09-30，护照号 EJ5120387，申请编号 FRCNSH20251108044",
        ),
        ("assistant", "明白。建议补充在职证明、银行流水及酒店和往返机票预订单后重新递交。"),
    ],
    [
        ("user", "can I bring my helper on our Bali trip? she's Indonesian"),
        (
            "assistant",
            "Yes, Indonesian citizens don't need a visa to return to Indonesia. Make sure her work permit is valid for re-entry to Singapore.",
        ),
        ("user", "her name Sri Wahyuni, passport C7416290, WP number 0 4482197, expiring march"),
        (
            "assistant",
            "Her work permit should be valid for the whole trip; renew it before departure if it expires soon.",
        ),
        (
            "user",
            "ok. also she's 5 months pregnant, the agent didn't know, is that an issue with MOM?",
        ),
    ],
    [
        ("user", "想問下長者續特區護照要唔要本人去"),
        ("assistant", "65歲或以上人士可以網上或者用自助服務站遞交申請，但取證時一般需要本人到場。"),
        ("user", "我阿爸有認知障礙，行唔到。佢叫梁錦泉，HKID XA035127(7)"),
        ("user", "住大埔富亨邨亨泰樓1208室，我係佢個女，電話 9273 6148"),
        ("assistant", "可以申請由授權人代領，需要醫生證明及授權書。"),
    ],
    [
        ("user", "hey I'm applying for the NZ working holiday, what's the bank balance needed"),
        (
            "assistant",
            "You need at least NZD 4,200 in available funds, plus an onward ticket or money to buy one.",
        ),
        ("user", "I have SGD 9k only. Ok filling in: Rachel Koh Xin Yi, NRIC T0418829I, born 2004"),
        (
            "assistant",
            "That should be sufficient after conversion. Make sure the name matches your passport exactly.",
        ),
        (
            "user",
            "yep, passport K4061937C. my dad's email for emergency is koh.boonchye@singnet.com.sg",
        ),
    ],
    [
        ("user", "Boleh saya mohon visa perniagaan China untuk staf saya?"),
        (
            "assistant",
            "Rakyat Malaysia kini dikecualikan visa hingga 30 hari. Untuk tinggal lebih lama, visa M diperlukan.",
        ),
        ("user", "Dia kena duduk 3 bulan kat Shenzhen. Nama dia Lim Jia Hui, pasport A49628157"),
        (
            "user",
            "IC 930808-08-6214, rumah dia No. 12, Lorong Bunga Raya 3, Taman Pasir Puteh, 31650 Ipoh",
        ),
        ("assistant", "Baik, sila sediakan surat jemputan daripada syarikat di China."),
    ],
    [
        (
            "system",
            "You are the in-room concierge of Harbour Grand Kowloon.\nGuest profile: Mr Hiroshi Tanaka, Room 1708, check-out 7 Dec, Marriott Bonvoy 884 102 557, severe peanut allergy, wife Yuki Tanaka.",
        ),
        ("user", "Can you recommend a dim sum place nearby for tomorrow lunch?"),
        (
            "assistant",
            "Certainly. Tim Ho Wan in Hung Hom is a 10-minute walk. I will let them know about the peanut allergy when booking.",
        ),
    ],
    [
        ("user", "你们帮办加拿大旅游签吗"),
        ("assistant", "可以的，目前办理周期约30-45个工作日，需要提前准备资料。"),
        ("user", "护照原件办好后寄回这个地址：上海市浦东新区张杨路1280弄7号602室 沈佳怡 收"),
        ("user", "电话 138 1746 2093，有事加我微信 jiayi_shen0609"),
        ("assistant", "收到，我们会用顺丰到付寄回。"),
    ],
    [
        ("user", "what's the difference between ETIAS and a Schengen visa?"),
        (
            "assistant",
            "ETIAS is a travel authorisation for visa-exempt nationals, valid 3 years, fee EUR 20. A Schengen visa is for nationals who need a visa.",
        ),
        ("user", "ok when does it start"),
        (
            "assistant",
            "It is scheduled for the last quarter of 2026, after the EES has been fully rolled out.",
        ),
        (
            "user",
            "cool. when it opens can you fill it for my cousin: Tan Boon Huat, 2 Feb 1987, passport A47719206, tbhuat87@gmail.com, works as nurse at Sunway Medical Centre",
        ),
    ],
    [
        ("user", "Suami saya dapat EP di Singapura, saya nak ikut dengan Dependant's Pass"),
        (
            "assistant",
            "Dependant's Pass memerlukan gaji tetap bulanan pemegang EP sekurang-kurangnya S$6,000.",
        ),
        ("user", "Gaji dia S$7,200. Nama dia Khairul Anwar bin Ismail, FIN F4420918R"),
        (
            "user",
            "Saya Noraini binti Yusof, IC 870912-10-6288. Kami ada anak 2 orang, umur 4 dan 7",
        ),
        ("assistant", "Anda layak. Majikan suami perlu memohon melalui myMOM Portal."),
    ],
    [
        ("user", "携程订单 1288540917 能改签吗"),
        ("assistant", "可以，请提供乘机人姓名核验。"),
        ("user", "乘机人 冯晓雪"),
        ("user", "证件号 32010219880723442"),
        ("user", "2，手机尾号不用了，新号码 177 0251 8836"),
        ("assistant", "核验成功，已为您改签至12月22日 MU2705。"),
    ],
    [
        (
            "user",
            "My boyfriend overstayed in Malaysia for 3 months and got caught. He's in Bukit Jalil depot now",
        ),
        (
            "assistant",
            "I'm sorry. Usually the detainee pays a compound or is deported after processing. His embassy can assist with travel documents.",
        ),
        (
            "user",
            "His name is Ryo Hasegawa, Japanese passport TR6204183, born 1996. Can I visit him?",
        ),
        (
            "assistant",
            "Visits to immigration depots must be arranged in advance with the depot office.",
        ),
    ],
    [
        ("user", "請問美國ESTA被拒怎麼辦"),
        ("assistant", "ESTA被拒後無法重新申請ESTA獲得不同結果，需改申請B1/B2簽證。"),
        ("user", "我朋友陳雅婷 H250491686"),
        ("user", "她去年去伊朗出差，所以被拒。她的電話 0928-113-572"),
        ("assistant", "曾於2011年3月1日後到訪伊朗的人不符合免簽資格，需申請簽證。"),
    ],
    [
        ("user", "show me my booking"),
        (
            "assistant",
            "Here is your booking summary:\nBooking ref: 9ZLWQ4\nPassenger: CHONG/MEILING MS (DOB 22 Oct 1983)\nPassport: A52841097\nFlight: MH2 KUL-LHR 5 Jan 2026, seat 48A\nPayment: card ending 2487\nContact: +60 12-308 4471",
        ),
        ("user", "thanks, seat is fine"),
    ],
    [
        ("system", "你是一名新加坡工作准证咨询助手，请用简体中文回答。"),
        ("user", "S Pass续签要提前多久办"),
        ("assistant", "一般建议在准证到期前2至3个月由雇主提交续签申请。"),
        ("user", "我老公潘建明在裕廊一家船厂拿S Pass，FIN F7731024W，明年3月到期"),
        ("user", "问题是他上个月工伤，左手两根手指截肢了，还在住院，公司会不会趁机不给续？"),
        (
            "assistant",
            "工伤期间雇主须依《工伤赔偿法》承担医疗费和病假工资，如遇不公平对待可联系人力部。",
        ),
    ],
]
