# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat48: group event and trip planning chats (attendee lists, dietary needs, room sharing, emergency contacts). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat48
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "planning requests"): _lines("""
        Plan a 3D2N team offsite in Penang for 24 pax in March — budget RM 900 per head, need 5 vegetarian, 3 halal and 1 nut-free meal option at every lunch.
        User: can u suggest a rooming plan for 18 ppl, 10 F / 8 M, twin sharing only? Assistant: With twin rooms you need 5 rooms for the women and 4 for the men, 9 in total; ask the hotel to hold a 10th in case of a late change.
        Write a packing checklist for a school trip to Cameron Highlands (Year 8, 45 students, 4 teachers): jackets, insect repellent, refillable bottle, prescribed meds in original packaging.
        I'm organising a hen party in Bali for 9 of us, mostly pescatarian. Suggest a 4-day itinerary that isn't just beach clubs pls
        What's the usual ratio of adult helpers to kids for an overnight cub scout camp? We have 32 cubs aged 8-10.
        Draft a WhatsApp msg reminding everyone to submit dietary preferences by Fri 6pm — friendly, max 3 lines, no need to include names.
        User: how many buses for 110 pax plus luggage from KLIA to Genting? Assistant: Two 44-seaters and one 30-seater usually work; luggage bays fill up fast, so confirm bag counts before you book.
        Give me logic for a 12-table wedding dinner seating plan: family tables near the stage, kids' table near the exit, keep the two vegan guests at the same table.
        Compare Sentosa vs Bintan for a 1-night company D&D with 60 staff — ferry time, room blocks, cost per pax.
        Suggest icebreakers for a mixed group of engineers and sales folks on the first night of an offsite, nothing involving alcohol since several people don't drink.
        8 days Tokyo + Osaka for 6 uni friends on the JR Pass, one of us is gluten-free so flag safe food spots pls
        Rewrite this for the parents' group so it sounds more professional: "pls send ur emergency contact + allergies to the committee by tmr"
        Any tips for booking triple rooms in Hokkaido in Feb? Group is 3 families, 7 adults 5 kids.
        Give me a rain plan for an outdoor family day at East Coast Park: covered pavilions, indoor alternatives within 15 min drive.
        How should we split costs fairly when some ppl only join 2 of the 3 nights? Show the formula.
        Summarise the catering quote: 80 pax buffet, SGD 32.50++ per head, min. 10% vegetarian portions, halal-certified kitchen.
    """),
    ("zh-Hans", "团建与出行规划"): _lines("""
        帮我规划一个30人的部门团建，两天一夜，去莫干山，预算每人800元以内，要有一次户外拓展。
        用户：年会定在1月18日，大概120人，有8个人吃素、3个清真，酒店怎么沟通餐标？助手：建议提前两周把特殊餐数量和桌号发给宴会销售，清真餐最好单独出品并使用专用餐具。
        家庭聚会12个人，老人4个、小孩3个，想找离上海两小时车程内的民宿，要有电梯、能自己做饭。
        写一段群通知：请大家本周五前在共享表格里填写饮食禁忌和是否拼房，不需要填身份证号。
        拼房规则：同性两人一间，夫妻可申请大床房，单住需自付差价350元/晚。
        给我一个去西安的五日亲子游行程，孩子7岁和10岁，想看兵马俑和陕西历史博物馆。
        团建晚宴有好几个人不喝酒，怎么安排不会冷场？给几个游戏建议。
        50人坐高铁去黄山，团体票怎么买？是不是要提前提交乘车人名单？
        请把行程改成表格：D1 抵达-入住-欢迎晚宴；D2 徒步-午餐-自由活动；D3 早餐-退房-返程。
        公司春游的应急预案怎么写？包括中暑、走失、交通延误三种情况。
        帮我算一下：28人住两晚，标间每晚480元，两人一间，房费一共多少？
        毕业20周年同学会，想在杭州包个场地，能放PPT、有KTV，预算两万左右，有推荐吗
        报名表字段怎么设计：姓名、部门、饮食偏好（单选）、是否拼房、紧急联系人（选填），并注明数据活动结束后删除。
        清真餐和素食能放在同一个自助餐台吗？标识怎么做比较好？
    """),
    ("zh-Hant", "旅行團與活動"): _lines("""
        想搵個地方搞公司family day，大約60人，有細路，最好有燒烤爐同室內後備場地。
        幫我排一個台南三天兩夜的行程，8個人，其中兩位吃全素（不吃蔥蒜），住宿希望四人房。
        用戶：去日本畢業旅行，12個人點樣分房最平？助手：可以考慮訂兩間六人和室，通常比六間雙人房平兩成左右。
        宿營須知：請自備睡袋、電筒及個人藥物；如有食物敏感，請於報名表註明。
        幫我寫個WhatsApp通告，提醒各位家長星期六朝早8:15喺旺角麥花臣場館門口集合。
        中華電信客服 0800-080-123 可以查漫遊方案嗎？我們一團人要去沖繩。
        公司旅遊報名人數：台北同仁42人、新竹同仁17人，素食合計9份，請依此訂餐。
        教會退修營兩日一夜，約35人，揀長洲定西貢好？邊度營地多啲選擇？
        活動地點改為中大邵逸夫堂，請提早十五分鐘入座。
        阿里山看日出要幾點起身？有長者同行要注意啲咩？
        香港緊急求助電話999；入境事務處24小時求助熱線 (852) 1868。
        分房表範本：房號｜住客一｜住客二｜特別需要（加床／無障礙）
    """),
    ("ms", "perancangan lawatan"): _lines("""
        Tolong rancang lawatan sambil belajar ke Melaka untuk 40 murid Tahun 5, dua hari satu malam, makanan mesti halal.
        Pengguna: berapa bilik perlu untuk 26 peserta kalau kongsi bertiga? Pembantu: Sembilan bilik — lapan bilik bertiga dan satu bilik berdua; minta hotel sediakan katil tambahan.
        Saya nak buat hari keluarga syarikat di Taman Tasik Titiwangsa, lebih kurang 150 orang — boleh bagi senarai semak?
        Sila isi borang pilihan makanan (vegetarian / tiada makanan laut / lain-lain) sebelum 20 Mac. Jangan hantar nombor IC dalam group WhatsApp.
        Cadangkan aktiviti team building yang sesuai untuk bulan Ramadan, tanpa makan tengah hari.
        Pakej Langkawi 3H2M untuk 18 pax, RM 699 seorang (bilik kongsi dua), termasuk feri dan island hopping.
        Hospital Sultanah Bahiyah di Alor Setar ada unit kecemasan 24 jam; untuk kecemasan sila dail 999.
        Boleh buat jadual bas dari Jalan Tun Razak ke Bukit Tinggi, bertolak 7.30 pagi?
        Nombor tempahan kumpulan GRP-LGK-2504-018, invois INV/2025/03/0441 telah dibayar sepenuhnya.
        Template mesej: "Salam {nama}, bilik anda di {hotel} telah disahkan. Rakan sebilik: {rakan_sebilik}."
        Kalau ada peserta alah kacang, apa yang patut saya maklumkan kepada pihak katering?
    """),
    ("en", "templates and data handling"): _lines("""
        Attendee list template: | # | Full name | Team | Dietary (V/VG/H/GF/None) | Room pref (Twin/Single) | Emergency contact (name, phone) |
        Dear {{first_name}}, you're confirmed for {{event_name}} on {{date}}. Your roommate is {{roommate}}. Reply STOP to opt out.
        Emergency contact details collected for this trip are stored in the HR system only and deleted 30 days after return, per our PDPA notice.
        Do not forward passport scans over WhatsApp. Upload them to the secure folder; the travel desk redacts them after ticketing.
        Field validation: phone must be 8-15 digits with optional +; dietary is an enum; emergency_contact_relationship is free text, max 40 chars.
        Consent line for the sign-up form: "I agree that my dietary and medical information may be shared with the venue solely to prepare meals and first aid."
        Sample row (dummy): Jane Doe | Marketing | VG | Twin | John Doe, +65 0000 0000
        If an attendee declines to give an emergency contact, write "declined" rather than leaving the cell blank so the organiser knows it was asked.
        Roommate matching rule: pair by gender first, then smoking preference, then department; never pair a manager with a direct report.
        Mask everything except the last 4 digits of passport numbers before sharing the rooming list with the hotel.
        Column H (Allergies) is visible to the catering lead only; hide it in the copy shared with the bus company.
        For the flight manifest we only need name as in passport, nationality and date of birth — don't collect anything else.
        Placeholder data for the demo: ATTENDEE_001 … ATTENDEE_120, phone +65 9XXX XXXX, email attendee@example.com
    """),
    ("en", "venues bookings and hotlines"): _lines("""
        Raffles Hotel Singapore, 1 Beach Road — group rate for 20 rooms quoted at SGD 640++ per night, breakfast included.
        Meet at the Lee Kong Chian Natural History Museum entrance, 2 Conservatory Drive, at 9:45am sharp.
        Flight SQ 106 departs SIN 08:05, arrives KUL 09:10; group PNR 7KXQ4M, 22 seats held until 14 Feb.
        Booking ref HTL-88213-PEN confirmed: 11 twin, 2 single, 1 accessible room, check-in 15:00.
        Singapore emergency numbers: 995 for ambulance/fire, 999 for police; non-emergency ambulance 1777.
        Malaysia Airlines group desk 1-300-88-3000 (Mon–Fri, 9am–6pm) handles blocks of 10+ seats.
        Queen Elizabeth Stadium, 18 Oi Kwan Road, Wan Chai — venue for the sports day heats.
        Invoice #INV-2025-004417: 62 pax × SGD 48.00 = SGD 2,976.00, GST 9% SGD 267.84, total SGD 3,243.84.
        Tracking no. SF1402938877165 — the lanyards and name badges ship Thursday.
        TripSync v2.7.3 (build 4412) fixes the bug where dietary tags vanished after editing an attendee.
        Harry Potter murder-mystery night: guests come as Hermione, Ron, Snape or Dumbledore; costumes provided.
        Day 2: Cheong Fatt Tze Mansion (the Blue Mansion), 14 Leith Street, George Town — guided tour at 11am.
        Survey results: 64 of 150 staff (42.7%) chose the beach option; 23 asked for vegetarian meals, 11 for halal.
        Coach pick-up logged at 2025-03-14T07:32:10+08:00, 3 min behind schedule.
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng — nearest A&E to the Novena venue.
    """),
    ("zh-Hans", "订单票务与场馆"): _lines("""
        订单号 E2025031488213706 已出票：G1373 上海虹桥—黄山北，二等座32张，团体票合计 ¥9,568。
        酒店确认号 HZ-20250418-0317：标准间14间、大床房3间，含早，4月18日入住。
        集合地点：南京中山陵停车场东门，8:30准时出发，过时不候。
        下午参观鲁迅故居（绍兴市越城区鲁迅中路241号），免费，需提前实名预约。
        剧本杀《长安夜》角色：李白、杨玉环、安禄山，各人自选，线上抽签决定。
        紧急情况请拨打120急救、110报警；景区救援电话印在门票背面。
        大巴车队：3辆49座，司机由旅行社统一调度，客服热线 400-820-3366。
        邵逸夫医院急诊在庆春路院区，离活动场地约2公里。
        物流单号 YT7519283340021，团服80件，预计周三送到公司前台。
        报名统计：共86人，素食7人，清真4人，海鲜过敏2人，需要单间3人。
        本次活动收集的身份证信息仅用于购买团体意外险，活动结束后7日内删除。
        表格公式：=COUNTIF(D:D,"素食") 统计素食人数；=COUNTIF(E:E,"拼房")/2 估算拼房房间数。
        发票抬头：杭州云帆科技有限公司，统一社会信用代码 91330106MA2KC1XQ6J，金额 ¥23,400.00。
    """),
    ("en", "code and configs"): _lines("""
        SELECT dietary, COUNT(*) FROM attendees WHERE event_id = 'OFFSITE-2025-PG' GROUP BY dietary;
        class Attendee(BaseModel): name: str; dietary: Literal["none", "veg", "vegan", "halal", "gf"]; room_pref: str | None = None
        git commit -m "fix rooming solver: respect same-gender constraint" (a3f9c21)
        sha256(rooming_list_v4.xlsx) = 5e8c0b7d2a91f4e63c0d8b1a7f25e9c4d6b03a18e7f2c9d540b1e6a3f8d72c15
        def pair_rooms(people): return [people[i : i + 2] for i in range(0, len(people), 2)]
        rooming: {max_per_room: 3, allow_mixed_gender: false, accessible_rooms_reserved: 2}
        =VLOOKUP(B2, Rooms!A:D, 3, FALSE) pulls the room number for each attendee ID.
        ValidationError: roommate_id 'A-0117' refers to an attendee who has withdrawn; reassign before export.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Rooming update: Rachel Goh will share with her sister Michelle (room 1208); Rachel's emergency contact is her husband Darren Chua, +65 9127 4480.
        pls note Kelvin Ong (Finance) has a severe peanut allergy and carries an EpiPen — his NRIC is S8812456A for the travel insurance
        Manifest row 14: LIM JUN HAO MARCUS, M, DOB 22/09/1988, SG passport K3381902Q, exp 10/05/2031
        Priya Ramasamy can't do the hike, she's 7 months pregnant. Can we put her on the cable car with her mum?
        Emergency contact for Nur Aisyah binte Rahmat: father Rahmat bin Osman, 8836 1925, Blk 318 Tampines St 33 #07-142, S520318
        Paying the tour deposit for my parents: card 4567 3500 1928 3742, exp 08/28, name on card HENRY TEO KOK WAH
        1. Alan Yeo – alan.yeo88@gmail.com – vegetarian – twin w/ Ben | 2. Ben Sim – bensim.sg@hotmail.com – no beef – twin w/ Alan
        My son Ethan Koh (P4, class 4B) has epilepsy; if he has a seizure at camp please call me at 9684 2217 first, then 995.
        FIN F2281635R, name as per work pass NGUYEN THI HOA — she'd like to room with Tran Thu Trang if possible
        Don't seat Marcus Lim near Vanessa Kwek at the reunion dinner, their divorce and custody case only wrapped up in family court last month.
        For the visa support letter: Mr Wong Chi Ming, HKID Y264491(4), Flat 12B, Block 3, Laguna City, Kwun Tong, Kowloon
        Driver for car 2 is Kavitha a/p Subramaniam, plate WVT 8823, IC 850722-07-5136, she can take 4 pax from Subang.
    """),
    "zh-Hans": _lines("""
        拼房名单：刘思远（男，身份证110105198803142176）和邓子墨一间；周婧、赵雨桐一间。
        胡晓梅有乳糜泻，不能吃含麸质的东西，团餐请单独给她备一份，她手机 139 1772 4406。
        紧急联系人：王建国，关系：父亲，电话18621357740，住址：武汉市武昌区紫阳东路45号水岸星城7栋2单元801。
        钱文斌上个月刚放了心脏支架，爬山那段让他坐缆车，别跟领导说。
        保险名单第6行：孙立伟，320102199008301750，手机 159 0518 8327。
        我老婆周婧的护照号是EH4029183，2029年到期，麻烦跟我的一起订机票。
        团费请转到我工行卡 6222 0240 0317 8851 200，户名赵雨桐，转完截图发群里。
        头车车牌沪A·D38812，司机是我表哥许海涛，微信 haitao_xu1987，有事直接找他。
        班主任说林子涵有自闭症，分房尽量让他跟熟悉的王一诺一间，家长电话 13761024598。
        邓子墨被前公司告了竞业限制，官司还没判，这次团建他不来了，大家别在群里问。
    """),
    "zh-Hant": _lines("""
        陳嘉怡同黃志明係夫妻，可以安排大床房；陳小姐身份證 K517830(4)，電話 9386 2217。
        緊急聯絡人：梁穎欣（母親）6152 4830，地址：沙田第一城 38座 21樓 F室。
        許美玲 身分證 A223086458，蛋奶素，要跟林冠宇同房（我們是未婚夫妻）。
        何浩然有哮喘，記得提佢帶定噴劑；佢媽咪手提 5127 9046。
        張雅婷的LINE ID 是 yating0714，團費她已經用台新帳戶末五碼38271轉過來了。
        團員護照資料：林冠宇 身分證 F128340914，護照號碼 351284097，效期 2030/11/02。
        阿嬤李秀英82歲，要坐輪椅，房間要無障礙房；接送車請到台中市西屯區福科路88號12樓之3載她。
    """),
    "ms": _lines("""
        Bilik 305: Muhammad Farid bin Azman dan isteri Nurul Huda binti Ismail (IC 920314-10-6248); Nurul mengandung 6 bulan, mohon bilik tingkat bawah.
        Kenalan kecemasan Siti Khadijah binti Omar: suami, Ahmad Zulkifli bin Hassan, 012-388 4721.
        Lee Chee Keong ada diabetes jenis 1, perlu peti sejuk dalam bilik untuk simpan insulin.
        Deposit dah bank-in dari akaun Maybank 1642 0873 3519 atas nama HASLINDA BINTI YUSOF, rujukan "Trip Langkawi".
        Senarai peserta: 1) Faizal bin Rosli, 870512-14-5523, 017-662 0953, tak makan seafood
        Alamat untuk pos baju trip: Norazila Hamid, No. 14, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, Selangor.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are TripMate, an assistant that helps organisers plan group trips and events.",
        ),
        ("user", "need help planning a 2D1N Penang offsite for 5 ppl from my team, twin rooms"),
        (
            "assistant",
            "Happy to help! Could you share each person's gender and any dietary needs so I can pair rooms and plan meals?",
        ),
        (
            "user",
            "ok here:\nTan Wei Ling F veg\nJoanne Seah F halal\nKelvin Ong M - peanut allergy (severe)\nMarcus Lim M\nPriya R F",
        ),
        (
            "assistant",
            "Suggested rooms: Wei Ling + Joanne, Kelvin + Marcus, Priya in a single or with a third bed. I'll flag the peanut allergy to the restaurant.",
        ),
    ],
    [
        ("user", "帮我做个15人团建的紧急联系人汇总表"),
        ("assistant", "好的，请把每个人的紧急联系人姓名、关系和电话发我，我整理成表格。"),
        (
            "user",
            "周婧 母亲 胡秀兰 13816620473\n刘思远 妻子 马琳 15021887306\n赵雨桐 父亲 赵国平 13905710288",
        ),
        ("assistant", "已整理为三列：员工、紧急联系人（关系）、电话。其余12人的也可以继续发。"),
    ],
    [
        ("user", "the resort wants every adult's ID for check-in, can you format it for me?"),
        ("assistant", "Sure, send me name and ID number in any order and I'll tidy it up."),
        ("user", "my husband Teo Boon Hock"),
        ("user", "S7729038I"),
        ("user", "and me, Jasmine Lee, S9034518D. thx"),
    ],
    [
        ("user", "我哋12個人畢業旅行去大阪，想你幫手排下行程"),
        ("assistant", "冇問題！有冇人有飲食限制？我可以幫你揀餐廳。"),
        ("user", "大部分都OK，不過何浩然有G6PD，唔食得蠶豆，另外李穎詩食素"),
        ("assistant", "明白，我會避開有蠶豆嘅菜式，同埋每晚揀有素食選擇嘅餐廳。"),
        ("user", "唔該！有咩事可以搵我，我叫區家朗，WhatsApp 6338 1074"),
    ],
    [
        ("user", "Saya nak rancang hari keluarga untuk 3 keluarga, kanak-kanak pun ada"),
        ("assistant", "Baik! Berapa orang kanak-kanak dan umur mereka? Ada keperluan khas?"),
        (
            "user",
            "Pihak taman tema minta nama dan no. MyKad budak2 untuk tiket:\nAisyah Sofea binti Faizal 150903-10-0472\nAdam Haziq bin Faizal 180226-10-1195",
        ),
        ("assistant", "Terima kasih, saya susun senarai untuk tempahan tiket."),
    ],
    [
        ("user", "help me seat 80 guests at my daughter's wedding dinner, 8 tables"),
        (
            "assistant",
            "Sure. Usually the couple's parents sit at table 1, with relatives closest to the stage. Any guests needing special arrangements?",
        ),
        (
            "user",
            "yes — Uncle Ravi Nair just had a stroke in Oct, he's in a wheelchair and comes with his carer, so keep him near the exit. his wife Lalitha is diabetic, no dessert for her pls",
        ),
    ],
    [
        ("user", "can help me plan a chalet at Downtown East this sat? around 10 pax"),
        (
            "assistant",
            "Sure! I can draft a BBQ menu, a games list and a reminder message. Anything special?",
        ),
        ("user", "its a surprise bday for my gf Shermaine Ho, she turns 25"),
        (
            "user",
            "put her number in the reminder so ppl can coordinate w her sis: 9012 3365. and don't let slip to her la",
        ),
    ],
    [
        ("user", "下个月部门去千岛湖，拼房你帮我排一下，12个人"),
        ("assistant", "可以，按性别两人一间的话需要6间，有没有特殊要求？"),
        (
            "user",
            "别把我跟孙立伟排一起，他有抑郁症最近在吃药，晚上经常睡不着，我也休息不好。这个你知道就行",
        ),
        ("assistant", "明白，我会把孙立伟安排单间或与作息相近的同事同住。"),
    ],
    [
        (
            "system",
            "Organiser profile for this session: Jessica Lau, Events Manager, jessica.lau.events@gmail.com, mobile +65 9733 5018. Use it to sign off messages.",
        ),
        ("user", "Draft an invite for our Q3 town hall and bowling night, 40 staff, 6 Sept."),
        (
            "assistant",
            "Hi all! Join us on 6 Sept for the Q3 town hall followed by bowling. Please RSVP and note any dietary needs. — Jessica",
        ),
    ],
    [
        ("user", "can you turn this consent form into a checklist for the teachers? pasting below"),
        (
            "user",
            "CONSENT & MEDICAL FORM – Sec 3 Camp\nStudent: Chloe Tan Xin Yi | Class 3E2 | DOB 12/04/2011 | NRIC T1189023C\nMedical conditions: asthma (uses Ventolin), allergic to penicillin\nParent/guardian: Tan Siew Lan (mother) 9684 7712",
        ),
        (
            "assistant",
            "Checklist: 1) inhaler packed and accessible, 2) penicillin allergy flagged to the camp medic, 3) guardian reachable during camp hours.",
        ),
    ],
    [
        ("user", "公司員工旅遊沖繩，旅行社要團員資料，幫我整理成表"),
        ("assistant", "好的，請提供中文姓名、英文姓名（同護照）、身分證字號和護照號碼。"),
        (
            "user",
            "張雅婷 CHANG YA-TING H215573823 護照 318822054\n吳承翰 WU CHENG-HAN B119384708 護照 329104776",
        ),
        ("assistant", "已整理完成，建議傳給旅行社時使用加密檔案。"),
    ],
    [
        (
            "user",
            "I need to pay the villa deposit for our Bali trip, can you fill the payment form?",
        ),
        (
            "assistant",
            "I can't submit payments, but I can help you prepare the details. What's needed?",
        ),
        ("user", "card 5188 9200"),
        ("user", "2837 4652 exp 11/27, cardholder DANIEL PANG WEI JIE"),
    ],
    [
        ("user", "planning a trip to Ipoh with my parents next month, 4 days"),
        ("assistant", "Lovely! Any mobility or health needs I should plan around?"),
        (
            "user",
            "my mum Lim Ah Moi is on dialysis 3x a week (Mon/Wed/Fri), so need a dialysis centre near the hotel that takes visiting patients",
        ),
        (
            "assistant",
            "Got it. I'll plan sightseeing on Tue/Thu and pick a hotel near a centre; book her sessions at least 2 weeks ahead.",
        ),
    ],
    [
        ("user", "帮我看看这个酒店确认邮件，房型对不对"),
        (
            "user",
            "【预订确认】订单号 H2025071902214 入住人：赵雨桐、钱晓东 联系电话：13598406612 证件号：510107199506183328 房型：亲子家庭房1间 入住 7/19-7/21",
        ),
        ("assistant", "房型是亲子家庭房一间，入住两晚，和你之前说的一致。"),
    ],
    [
        ("user", "carpool plan for the Sunday hike pls, 3 cars"),
        ("assistant", "Sure, who's driving and where is everyone starting from?"),
        (
            "user",
            "I drive (SKP 4821 J), I can take 3. Ben Sim lives at Blk 412 Bedok North Ave 2 #09-87 so pick him first, then Alan at Tampines MRT",
        ),
    ],
    [
        ("user", "Nak buat program usrah dua hari di Janda Baik, 20 orang ahli"),
        (
            "assistant",
            "Baik, saya boleh sediakan jadual. Ada peserta yang perlukan perhatian khas?",
        ),
        (
            "user",
            "Pn. Rosnah binti Abdul Latif baru habis kemoterapi untuk kanser payudara tahap 2, jadi aktiviti lasak kita kurangkan",
        ),
        (
            "assistant",
            "Faham, saya akan masukkan aktiviti ringan dan waktu rehat yang lebih panjang.",
        ),
    ],
    [
        ("user", "The hotel needs DOBs for all under-18s in our family reunion booking"),
        (
            "assistant",
            "No problem — list the children's names and dates of birth and I'll format it.",
        ),
        (
            "user",
            "Ong Kai Xuan 03/05/2012\nOng Kai Ling 17/11/2015\nOng Yi Xin 29/01/2019 — all kids of Ong Teck Seng, he's the main booker",
        ),
    ],
    [
        ("user", "毕业十五周年同学会，帮我拟个邀请名单的注意事项"),
        ("assistant", "可以。通常需要确认联系方式、是否携带家属，以及有没有需要回避的情况。"),
        (
            "user",
            "有个问题，老班长张国栋前年因为职务侵占被判了三年，现在还在里面，名单上要不要写他？",
        ),
    ],
    [
        ("user", "ok for the emergency contact part of my registration"),
        ("assistant", "Sure, please give the contact's name, relationship and phone number."),
        ("user", "Norhayati Kassim"),
        ("user", "my wife"),
        ("user", "019-275 3381"),
        ("assistant", "Thanks, recorded: Norhayati Kassim (wife), 019-275 3381."),
    ],
    [
        ("user", "帮我 plan 个 staycation, 4 个人 share 两间 room, Sentosa 那边"),
        ("assistant", "可以！想要 beach front 还是 quieter 一点的 hotel？"),
        (
            "user",
            "beach front ok. booking 用我的 email 和 name 吧: Goh Siew Hwee, siewhwee.goh@outlook.sg",
        ),
        ("assistant", "好的，我把 booking details 整理给你。"),
    ],
    [
        ("user", "我哋行山隊下個月去麥理浩徑第二段，幫我整理隊員資料俾保險公司"),
        ("assistant", "好，保險通常要中英文全名、香港身份證號碼同出生日期。"),
        (
            "user",
            "黃志明 WONG CHI MING R903127(7) 1982-06-14\n鄧佩珊 TANG PUI SHAN AB128755(7) 1990-02-03",
        ),
    ],
    [
        ("user", "how do we split the Phuket villa fairly? 4 of us"),
        ("assistant", "Equal split is simplest, or you can weight by room size or income."),
        (
            "user",
            "income then. Daniel makes 12k a month, Mei Ling only 3.2k after she got retrenched, me and Hafiz around 6.5k",
        ),
    ],
    [
        ("user", "need to double check a booking, guest name Chan Siu Ming"),
        ("assistant", "Sure, what details do you have on hand?"),
        (
            "user",
            "HK passport ending 4471, DOB 03/08/1991, he's in room 2106 with his partner Kenneth Yip",
        ),
    ],
    [
        ("user", "summarise this group chat for me, who's still coming?"),
        (
            "user",
            "[14/03/25, 21:04] Joanne Seah: guys my dad's in SGH ICU after a heart attack, I can't come 😭\n[14/03/25, 21:06] Wei Ling: omg take care!!\n[14/03/25, 21:10] Marcus: still in",
        ),
        (
            "assistant",
            "Joanne has dropped out; Wei Ling's status is unclear; Marcus is still coming.",
        ),
    ],
    [
        ("user", "帮我写个车辆调度表，去安吉两辆车"),
        ("assistant", "好的，请告诉我车牌、司机和各自负责接哪些人。"),
        ("user", "一号车 浙A·7Q2K8，司机钱文斌 13867412290，接城西的5个人"),
        ("user", "二号车找租车公司，还没定"),
    ],
]
