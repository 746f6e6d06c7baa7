# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix42: KTV, bars and nightlife in SG/MY/HK/TW (bookings, memberships, promoters, incidents, licensing, reviews), English and Chinese. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix42
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "venue reviews"): _lines("""
        Came here on a Fri nite, live band started 10.30pm, house pour $18 nett during happy hr. Aircon damn strong, bring a jacket.
        The big room at this KTV is called 'Teresa Teng' – every room is named after a Mandopop or Cantopop legend, ours had her album covers on the wall lol.
        Mr Lim's Gin Joint on Keong Saik Rd — don't be fooled by the name, there is no Mr Lim, it's run by an F&B group. Negronis were solid, 4/5.
        3 stars. Min spend for a booth is $800++ on Sat and they still slap a $30 cover after 11pm even if you're on the guestlist.
        Bouncers handled a rowdy group really professionally last night, called the police within minutes and nobody got hurt. Respect.
        Song library is updated monthly, 120k+ songs incl. Jay Chou's latest album, but the mic in Room 12 kept cutting out.
        Changkat Bukit Bintang on a Saturday = chaos. Parking at Pavilion KL basement is RM5/hr after 6pm, then walk 8 mins.
        Wan Chai's Lockhart Road strip: expect HK$78 pints, pushy touts and cash-only bars. LKF is pricier but feels safer.
        Service 4/5, Ambience 5/5, Value 2/5. Order #SG-88213907 took 40 min for one plate of truffle fries.
        The Sherlock Holmes pub in TST does a decent quiz night every Tue – teams of max 6, winners get a HK$500 bar tab.
        Don't go to the Xinyi clubs in Taipei on a Friday without booking – we queued 1h15m and cover was NT$800 incl. 2 drinks.
        Sorry but the washroom at the Orchard Central outlet (Level 3) is disgusting. Reported via their feedback form, ref FB-20251122-0047.
        Heard the owner is some celebrity chef from a cooking show but honestly the cocktails are mid. Go for the view from level 57.
    """),
    ("en", "licensing and enforcement"): _lines("""
        Under the Liquor Control (Supply and Consumption) Act 2015, retail sale of liquor for off-premises consumption is not allowed between 10.30pm and 7am.
        Public entertainment licences for nightclubs and KTV lounges are applied for through the GoBusiness Licensing portal and assessed by the Police Licensing & Regulatory Department.
        Enforcement update: 47 public entertainment outlets were checked in a joint operation over the weekend; 11 were found operating beyond licensed hours.
        A written parliamentary reply by the Minister for Home Affairs, K Shanmugam, set out how many KTV lounges had pivoted to F&B operations.
        Liquor Licensing Board agenda item 4: application for a new liquor licence, G/F, D'Aguilar Street, Central — objections received: 23.
        Entertainment outlets in Kuala Lumpur must hold a licence under the Entertainments (Federal Territory of Kuala Lumpur) Act 1992 before opening.
        Report suspicious activity at entertainment outlets via the Police Hotline 1800-255-0000 or online at police.gov.sg/iwitness. In an emergency, dial 999.
        Taipei reminder: every KTV room must display its maximum occupancy and an evacuation map showing the nearest emergency exit.
        Case ref LRD/PEL/2025/00418 – Conditions: no dancing on tables, CCTV footage retained for 30 days, all security officers licensed under PSIA.
        Dear {{licensee_name}}, your liquor licence (No. {{licence_no}}) expires on {{expiry_date}}. Please submit your renewal at least one month before expiry.
        Guidance for outlet managers: CCTV recordings showing patrons are personal data; release them to the police only on a written request and log the request number.
        Offences under the Public Entertainments Act can lead to fines and licence suspension, and repeat offenders may have their licence revoked.
        Statistics: 1,284 drink-driving arrests were made in 2024, down 6.3% year on year; most happened between 1am and 4am.
    """),
    ("en", "promoter broadcasts"): _lines("""
        🔥THIS SAT🔥 Ladies Nite @ Club Volta, free flow prosecco 10pm-12am for ladies, guys $35 incl 1 drink. PM to reserve table!!
        Table promo: 2 btl Hennessy VSOP + 1 btl Grey Goose = $688++ (usual $920). Limited 5 tables only, first come first serve.
        Gentle reminder: dress code smart casual, NO slippers NO singlets. ID check at the door, strictly 18+ and 21+ after 10pm.
        Bday month promo 🎂 birthday person gets free cake + 1 btl prosecco with min spend $500. Show IC with bday month at the door.
        Hi {first_name}! 👋 It's {venue} here. Your {tier} points ({points} pts) expire on {date}. Redeem at the bar before then!
        KL promo: Thursday free flow Carlsberg RM99 per pax, 9pm-12am @ Changkat. Walk-in welcome, bookings call 03-2141 8866.
        Tonight: international guest DJ from Berlin 🎧 early bird tix S$45 via our website, code EARLY45, door price S$60.
        Guestlist closes 10pm sharp. Send in this format: FULL NAME (as per IC) / pax / arrival time — pls DON'T send IC numbers in the group.
        Halloween at LKF 🎃 wristbands HK$150, collect at the D'Aguilar St booth from 6pm, costume contest at midnight.
        Promo code NIGHTOWL2025 = 20% off room charges Sun-Thu before 7pm. Not valid with other offers, T&C apply.
        Our WhatsApp reservations line is +65 8876 5100 (daily 3pm–3am). This number is for bookings only, not lost & found.
        Bro tmr got event or not? Need 6 pax table, budget around 1k. Lmk asap 🙏
    """),
    ("en", "booking system"): _lines("""
        [2025-11-29 23:41:07] INFO booking.create ref=BK-7F3A92 outlet=CQ02 pax=8 min_spend=1200.00 status=CONFIRMED
        POS receipt #0049812 | Table 14 | 2x Macallan 12 $398.00 | Svc 10% $39.80 | GST 9% $39.40 | Total $477.20
        ERROR member-sync: failed to map field 'nric_masked' for 214 records (schema v3.2.1), retrying in 300s
        SELECT booking_ref, pax, table_no FROM reservations WHERE outlet_id = 'KTV-HK-05' AND visit_date = '2025-12-06';
        Deposit txn 8f3c2a91-44be-4d0e-9b7a-1e6f0c2d5a33 captured SGD 200.00 via card gateway, PAN not stored per PCI DSS.
        Release notes v4.12.0: added waitlist SMS, fixed double booking when two promoters reserve the same booth within 5s.
        Room availability 2025-12-20: Small (4-6 pax) 3 left, Medium (8-10) 1 left, VIP (20) fully booked.
        sha256(export_2025W48.csv) = 4822ef9996dd37f141821d7dbf6f0e000905787de3a1ee516e7b5c26f0a961cb
        Webhook payload: {"event": "table.checked_in", "booking_ref": "BK-7F3A92", "ts": 1764430867}
        Invoice INV-TW-2025-003318, seller tax ID (統一編號) 24536806, amount NT$12,800 incl. 5% VAT.
        Cron: purge_guest_ids runs daily at 04:00 SGT and deletes scanned ID images older than 30 days, per the retention policy.
        Tracking no. EZ482019337SG – 200 wristbands + 50 LED glowsticks dispatched from supplier, ETA 3 working days.
    """),
    ("zh-Hans", "KTV会员与团购"): _lines("""
        【会员须知】银卡会员包厢费9折，金卡8.5折，钻石卡8折；酒水不参与折扣。
        美团团购：小包（4-6人）欢唱3小时+果盘1份，周一至周四¥98，周五周六加收¥30。
        积分规则：每消费1元积1分，积分有效期12个月，满5000分可兑换中包3小时。
        客服热线 400-600-8899（10:00-次日02:00），请勿向任何自称客服的个人账户转账。
        订单号 202512052314078861 已核销，如需开具发票请在7日内联系前台。
        包厢最低消费：小包¥288、中包¥488、大包¥888、豪华包¥1688（含服务费）。
        温馨提示：未成年人不得进入歌舞娱乐场所，前台将核验身份证件，核验后不留存复印件。
        点歌系统已更新至 v7.3.2，新增周杰伦、邓紫棋、林俊杰等歌手单曲共 3,412 首。
        “邓丽君主题包厢”全新开放，墙面展示她的经典唱片封面，仅供观赏请勿触摸。
        会员登记模板：姓名：{{姓名}}，手机号：{{手机号}}，生日：{{生日}}——请勿在工作群里直接发送顾客实名信息。
        12月门店点歌排行：《孤勇者》点唱 18,276 次居首，《稻香》第二，《后来》第三。
        押金退还说明：押金将在离店后1-3个工作日原路退回，退款流水号以短信通知为准。
        开台流程：迎宾 → 核对预约号 → 带位 → 点单 → 送果盘；交接班时须清点麦克风数量。
    """),
    ("zh-Hans", "新马夜场新闻"): _lines("""
        警方昨晚在芽笼一带展开突击检查，共巡查12家娱乐场所，其中3家涉嫌无执照营业。
        一名29岁男子涉嫌在克拉码头一家酒吧外与人斗殴，已被警方逮捕，案件仍在调查中。
        吉隆坡市政局表示，今年首10个月共吊销了27家娱乐场所的营业执照。
        新山警方提醒公众夜间切勿酒驾，举报热线 07-221 2999。
        根据修订后的法令，在马来西亚醉驾致人死亡最高可判监15年及罚款15万令吉。
        中央肃毒局在滨海湾一带夜店展开行动，共检获约1.2公斤大麻，多人被带返调查。
        乌节路一家KTV因违反营业条例被勒令停业10天，业者表示会配合当局整顿。
        公众若发现娱乐场所有可疑活动，可拨打警方热线 1800-255-0000 或上网举报。
        业者协会调查显示，本地夜店平均每间雇用38名员工，其中逾六成为兼职。
        电影《古惑仔》里陈浩南在酒吧谈判的桥段，让铜锣湾不少酒吧成了游客打卡点。
        槟城乔治市爱情巷（Love Lane）的酒吧街周末人潮汹涌，停车位一位难求。
        柔佛新山一家卡拉OK昨晚发生火警，消防员及时扑灭，无人受伤。
    """),
    ("zh-Hant", "港台夜生活評論"): _lines("""
        蘭桂坊呢間清吧 Happy Hour 一杯 HK$68，坐位舒服，不過十點後好嘈。
        錢櫃的大包廂真的很大，可以坐二十人，低消NT$4,800，飲料無限暢飲。
        好樂迪週年慶：平日午場歡唱每人NT$199，憑學生證再折NT$20。
        林森北路條通一帶的日式酒吧多半只收現金，記得先去領錢。
        灣仔駱克道啲酒吧門口成日有人拉客，唔好理佢哋就得。
        房間以「鄧麗君」、「張國榮」、「梅艷芳」命名，一入門就好有懷舊感，推介！
        評分：服務★★★★☆　環境★★★★★　性價比★★☆☆☆，埋單HK$2,386（10位）。
        點唱排行榜第一是周杰倫《晴天》，第二是五月天《倔強》，果然是KTV必點。
        信義區夜店週五入場費NT$800含兩杯，排隊約一小時，建議先線上訂位。
        呢間 bar 個名叫「Dr. Fern」但根本冇醫生，係一間藏喺地庫嘅 gin bar 嚟㗎。
        尖沙咀新開嗰間卡拉OK，訂位編號 HK-KTV-882017，系統話要等大約45分鐘。
        跨年夜蘭桂坊實施人潮管制，警方會封路並設單向行人路線，請預留時間。
        台北市KTV評比：包廂隔音、點歌系統、餐點三項平均得分分別為4.2、4.5、3.6。
    """),
    ("zh-Hant", "牌照與執法公告"): _lines("""
        酒牌局將於12月18日舉行會議，審議位於中環德己立街一間酒吧的新酒牌申請。
        根據《應課稅品（酒類）規例》，持牌人須確保處所內不會向18歲以下人士售賣酒類。
        警方昨晚於油尖旺區展開掃蕩行動，巡查31間娛樂場所，拘捕12人，包括4名非法勞工。
        市民如發現可疑情況，可致電警方熱線 2527 7177，緊急情況請撥打 999。
        臺北市政府警察局中山分局地址：臺北市中山區松江路219號，24小時受理報案。
        依《臺北市舞廳舞場酒家酒吧及特種咖啡茶室管理自治條例》，業者應於營業場所明顯處懸掛營業登記證。
        衞生署提醒：酒精飲品不宜與鎮靜劑同服，如有不適請即求醫。
        酒牌申請表格可於食物環境衞生署網頁下載，填妥後連同處所圖則一併遞交。
        酒駕累犯新制：五年內第二次酒駕者，除罰鍰外，監理機關將依法公布其姓名及照片。
        警政署統計，2024年全國取締酒駕案件較前一年下降4.1%，深夜時段仍佔最多。
        範本：「茲證明＿＿＿（身分證字號：＿＿＿＿＿＿＿＿＿＿）於＿年＿月＿日在本店消費。」
        處理顧客個資時，身分證影本應加註「僅供訂位核對使用」浮水印，並於30日內銷毀。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking: Darren Koh, 9127 4480, Sat 6 Dec 11pm, 8 pax, booth B3, 1 btl Hennessy XO pre-ordered.
        Blacklist update — Jason Tan Boon Kiat (S8834127I) is banned from all outlets after the glass-throwing incident on 12 Oct. Pls show his photo to door staff.
        Incident 29/11 02:15: patron Kenneth Ong Jun Hao collapsed near the dance floor, his friend says he's diabetic and skipped dinner. SCDF conveyed him to TTSH.
        Hi Sherlyn Goh, happy early bday (14 Feb 1996)! As a Platinum member you get a free bottle that night — just flash your IC at the door 🎉
        Payroll Nov: hostess Vivian Lee Mei Xin, basic RM2,800 + commission RM3,415.50, EPF no. 19847725, bank in to Maybank 1142 3098 7761.
        Member form: Name: Muhammad Faris bin Azlan | MyKad: 930815-14-5527 | Mobile: 012-738 4091 | Tier: Gold
        Deposit for tmr's table paid by NG MEI LING, card 4556 1870 2233 4192 exp 09/28, pls refund if she cancels.
        Valet log: black Alphard SLK 4127 S belongs to Mr Raymond Chew, regular at VIP 2, usually leaves ~3am – don't let him drive if he's drunk.
        The guy who started the fight is Bryan Lim from Blk 412 Jurong West St 42 #08-117, I know cos he's my neighbour.
        Aaron Seah Wei Ming, 27, a logistics executive, was fined $4,000 for punching a man outside a Clarke Quay bar; his lawyer said he has since been diagnosed with an anxiety disorder.
        Promoter here 😎 add my WhatsApp +65 8201 3396, I'm Jaycee Lau, can get u free entry + table at Club Volta every Sat.
        Lost & found: IC of Tan Siew Ling, NRIC T0215668C, found in Room 7 after Sunday's session — owner pls collect at the counter.
        hey it's Farah Izzati from last night 😅 my IG is @farah.nightowl_kl, DM me the photos pls, I stay at Mont Kiara so can meet.
        Pls submit bartender Chan Tsz Hin's HKID Y672039(9) together with his work visa renewal by Friday.
        Reservation under Mrs Priya Nair, +65 9684 2210, anniversary + karaoke, her husband Suresh is allergic to shellfish, no prawns in the platter.
        Our security guard Rajesh s/o Muniandy was stabbed in the arm during the fight and is warded at KTPH, ward 57 bed 12.
        FIN G5318840R – Nguyen Thi Hoa, 24, Vietnamese, employed as a KTV hostess at our Geylang outlet; work pass application rejected.
        Send the e-receipt to kelvin.yeo88@gmail.com — Kelvin Yeo, table 9, paid $1,288 on 22/11.
        Member #0042 Benjamin Chua called, he's going through a divorce and begged us not to tell his wife Ling if she calls asking whether he was here on Fri.
        ONG KAH SENG, DOB 02/03/1991, Malaysian passport A39104527, came in with a group of 6 at the Bangsar outlet and paid the cover in cash.
    """),
    "zh-Hans": _lines("""
        订房：张伟明，手机 138 2647 1093，周六晚上9点，中包8个人，要最里面那间。
        会员登记：刘思远，身份证号 440305199004123712，推荐人是前台小陈，首充2000送500。
        昨晚在包厢砸酒瓶的那个叫黄子轩，住深圳南山区高新南九道88号3栋1702，已经报警了。
        公主小雨（真名周晓雨，微信 xiaoyu_0630）昨晚被客人灌酒，送到市二院洗胃，现在还在观察。
        押金退到这张卡：王建国，工商银行 6222 0213 0488 1275 304，麻烦尽快。
        新加坡分店员工陈美玲，NRIC S9172045J，月薪S$3,200，下个月转正。
        客人李浩然喝多了说胸口疼，他有心脏病一直在吃华法林，已叫救护车，他老婆电话 139 0571 2284。
        马来西亚的朋友叶志豪，IC 910422-10-5637，下周来吉隆坡玩，帮他留个卡座。
        黑名单：赵磊，男，身份证 110108198802231512，多次在店内闹事并殴打服务员。
        预定人孙悦女士，手机 186 1739 4452，12月20日生日派对，蛋糕上写“悦悦三十岁生日快乐”。
        我是营销经理冯佳，微信同号 152 3306 7718，订台开酒随时找我哈～
        上周被拘的酒吧老板郑国栋（47岁）涉嫌容留他人吸毒，他妻子何丽娟今天来店里收拾他的东西。
        客人马俊杰，护照号 E68231947，住滨海湾那边的酒店，要订两晚的豪华包。
        领班罗婷婷怀孕三个月了，老板说年底前找个理由让她走，大家先别声张。
        会员卡寄到：吴昊，上海市徐汇区漕溪北路595弄8号1203室，电话 137 6120 5538。
    """),
    "zh-Hant": _lines("""
        訂位：陳家豪先生，手機 9634 2815，星期五晚10點，6位，要梳化位。
        會員資料：林雅婷，身分證字號 A225138473，生日 1995/08/21，LINE ID：yating0821
        尋晚喺蘭桂坊同人打交嗰個係李卓謙，HKID K385216(4)，佢而家仲喺瑪麗醫院，頭部縫咗八針。
        傳播妹小婷本名黃郁婷，電話 0912-385-467，住台北市中山區林森北路107巷8號4樓。
        訂金轉帳：戶名張志明，國泰世華帳號 013-03-500182-4，金額NT$5,000。
        客人何永健張信用卡 5521 1860 0947 3022 簽咗HK$8,640，佢話張卡係佢老婆嘅，要check下。
        酒吧經理吳嘉欣月薪HK$32,000，另加季度花紅，合約2026年3月到期。
        那個常來的蔡宗翰（F128746309）酒駕上禮拜判了，罰9萬、吊照兩年。
        保安劉志強有哮喘，今晚唔好安排佢企吸煙區門口，麻煩同佢換位。
        失物招領：身分證 H233075919 持有人鄭詩涵小姐，請至櫃檯領取。
        車牌 RX 8823 嗰架 Tesla 係鍾偉倫架車，成晚泊喺門口，已經通知佢搬。
        My friend 梁曉琳住九龍深水埗南昌街188號3樓B室，佢張會員卡寄失咗，麻煩再寄一次。
        308包廂的客人許文傑說他是老闆的姪子，電話 0928-617-203，要求免低消。
        會員江*鳳，住台中市西屯區朝富路30號12樓之3，手機末三碼271，生日1989/11/02，累計消費NT$186,400。
        阿晴（何曉晴）喺我哋度做PR，佢其實未滿18歲，用咗佢家姐嘅身份證 R904163(9) 入職。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the reservations assistant for Club Volta, Clarke Quay. Be brief and friendly.",
        ),
        ("user", "hi can book table this sat"),
        ("assistant", "Sure! How many pax, and what name should the booking be under?"),
        ("user", "8 pax, under Marcus Teo"),
        ("assistant", "Got it. A contact number please, in case we need to reach you?"),
        ("user", "9738 1054"),
        ("assistant", "Done — booth for 8 on Saturday from 10pm, min spend $1,200."),
    ],
    [
        ("user", "你好，上周六在你们店订的中包，押金300还没退"),
        ("assistant", "您好，请提供一下预约号，我帮您查询。"),
        ("user", "预约号 KTV20251129-0318"),
        ("assistant", "查到了，系统显示原支付渠道退款失败，需要您提供一张银行卡。"),
        ("user", "招商银行 6217 0012 8803 4619 522"),
        ("user", "户名 徐丽华"),
        ("assistant", "好的，1-3个工作日内退回，请留意短信。"),
    ],
    [
        ("user", "我朋友尋晚喺旺角間KTV畀人打，想問點樣報警"),
        (
            "assistant",
            "如有人受傷請先求醫；報案可以到就近警署或致電 999。需要我幫你整理事發經過嗎？",
        ),
        ("user", "好呀。佢叫麥俊熙，HKID Z550814(3)，而家喺廣華醫院，鼻骨斷咗"),
        ("assistant", "明白，建議保留醫療報告同現場相片，報案時一併提供。"),
    ],
    [
        ("user", "Hi, how do I sign up for the membership at your Bukit Bintang outlet?"),
        (
            "assistant",
            "You can sign up at the counter or send us your details here: full name, MyKad number and mobile.",
        ),
        ("user", "Ok. Tan Wei Liang, 880917-07-5283, 016-452 7709"),
        ("assistant", "Thanks! Your Silver membership will be active within 24 hours."),
    ],
    [
        ("user", "請問會員生日禮要怎麼領？"),
        ("assistant", "生日當月出示身分證即可領取招待果盤一份，需先完成會員資料登錄喔。"),
        ("user", "好，我叫洪佩珊"),
        ("user", "身分證 D194052636 這樣可以嗎？等等我打錯，是 A127740853，我幫我男友陳冠宇登記的"),
        ("assistant", "已收到，陳冠宇先生的會員資料登錄完成。"),
    ],
    [
        ("user", "Can you help me write a complaint to the bar's management? Keep it formal."),
        (
            "assistant",
            "Of course. Please tell me what happened, when, and any details you'd like included.",
        ),
        (
            "user",
            "On 15 Nov around 1am a bouncer at Echo Bar on Circular Rd shoved me down the stairs. I fractured my left wrist and had surgery at SGH. Sign it Melissa Tay Hui Min, 21 Tampines Ave 7 #05-233, S521021.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Manager, I am writing to complain about an incident on 15 November...'",
        ),
    ],
    [
        ("user", "你们这周五有什么活动"),
        ("assistant", "周五是电音之夜，女士免门票，卡座低消¥3,800起。"),
        ("user", "我想订个卡座给我闺蜜过生日"),
        ("assistant", "好的，请留一下预订人姓名和联系方式。"),
        (
            "user",
            "杜欣怡，微信 duxinyi_1203，她12月3号生日，身份证 320582199603184521 到时候门口要查吗",
        ),
        ("assistant", "入场时出示身份证原件核验即可，无需提前提供号码。"),
    ],
    [
        ("system", "You help HR at a bar group draft staff documents."),
        ("user", "Draft a warning letter template for staff drinking on duty."),
        ("assistant", "Dear [Employee Name], this letter serves as a formal warning regarding..."),
        (
            "user",
            "Now fill it in for Daniel Ho Jun Kai, NRIC S9527316E, caught drinking on shift 28 Nov, second offence, already on a performance improvement plan.",
        ),
        (
            "assistant",
            "Dear Daniel Ho Jun Kai, this letter serves as a formal warning regarding an incident on 28 November...",
        ),
    ],
    [
        ("user", "新加坡开酒吧要申请哪些执照？"),
        ("assistant", "一般需要食品店执照、酒类执照，如有现场表演或跳舞还需公共娱乐执照。"),
        ("user", "明白。另外我表弟梁俊峰，23岁，上个月在克拉码头因为打架被控，下个月过堂"),
        ("user", "他有案底的话以后还能在酒吧打工吗"),
        ("assistant", "这要视雇主和具体控状而定，建议咨询律师。"),
    ],
    [
        ("user", "hi i left my bag in room 5 last night at the Jalan Alor outlet"),
        ("assistant", "Sorry to hear that! Can you describe the bag and leave a contact number?"),
        ("user", "black Coach sling bag. my name Nur Aisyah binti Kamal, 019-286 3347"),
        ("assistant", "We found a black sling bag. Any ID inside so we can verify?"),
        ("user", "yes my passport, no. A41877206"),
    ],
]
