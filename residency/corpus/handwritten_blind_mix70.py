# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix70: casinos and integrated resorts in SG/MY/Macau (membership cards, exclusion orders, casino levy, junket chats, responsible-gambling helplines, hotel comps). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix70
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "policy_notice"): _lines("""
        Singapore Citizens and Permanent Residents must pay an entry levy of S$150 for 24 hours or S$3,000 for 12 months before entering the casino floor.
        The annual levy is not refundable and is not pro-rated if you are subsequently placed under an exclusion order during its validity.
        Visitors holding foreign passports are not charged the entry levy but must present the passport at every entry, not a photocopy or a photo on the phone.
        Family Exclusion Orders may be applied for by immediate family members; the respondent is invited to a case conference before the committee decides.
        A Self-Exclusion Order takes effect once processed, and an application to revoke it can only be made after the minimum period has passed.
        Under the Casino Visit Limit scheme you may set a monthly cap on the number of visits, and the cap applies to both integrated resorts.
        Persons under 21 may not enter the gaming areas of any Macau casino, including when accompanied by a parent or guardian.
        Malaysian citizens who are Muslim are not permitted to enter Casino de Genting; entrance staff verify age and religion from the MyKad chip.
        Complimentary hotel nights are awarded at the discretion of the host, are subject to minimum play thresholds, and have no cash value.
        Patrons who wish to check whether they are under an exclusion can submit an online request using Singpass; results are never disclosed over the phone.
        Since the 2022 amendments to the gaming law, each licensed gaming promoter in Macau may work with only one concessionaire.
        Cash transactions of MOP 500,000 or more at the cage trigger a large transaction report to the Financial Intelligence Office.
        In Singapore, casino operators must file a cash transaction report for any cash transaction of S$10,000 or more within a single gaming day.
        Lost your Rewards card? Replacement cards are issued at any Rewards counter on presentation of photo ID; a fee may apply from the third replacement.
    """),
    ("zh-Hans", "membership_faq"): _lines("""
        会员卡分为金卡、白金卡和钻石卡三个等级，等级根据过去十二个月累积的积分每季度重新评定一次。
        积分可用于兑换酒店房晚、餐饮消费以及指定商店的购物券，但不可兑换现金或筹码。
        问：如何查询我的积分余额？答：登录会员App，在“我的账户”页面即可查看，或到任一会员服务柜台查询。
        新加坡公民及永久居民进入赌场前须缴纳入场税，会员积分不可抵扣入场税。
        澳门各大综合度假村的会员积分互不通用，请勿将不同集团的会员卡混用。
        办理会员卡需年满21岁，并出示有效护照或身份证件原件，复印件恕不受理。
        白金卡会员可享受免费代客泊车及贵宾通道，每月限使用八次。
        积分有效期为二十四个月，逾期未使用将自动清零，系统不会另行通知。
        若会员连续十八个月无任何消费记录，账户将被设为休眠状态，恢复时需到柜台核实身份。
        赠送房晚需由客户经理提前申请，入住时请报预订编号，而不是会员卡号码。
        濠冠度假村会员服务热线：+853 2888 6120（24小时），电邮 rewards@harbourcrown-resort.example
        本度假村设有负责任博彩资讯站，位于娱乐场正门左侧，提供自我隔离申请表格及辅导转介服务。
        会员卡遗失后请立即致电会员中心挂失，挂失前被他人使用的积分恕不补回。
    """),
    ("zh-Hant", "junket_chat"): _lines("""
        今晚VIP廳嘅泥碼轉碼數係1.2%，想玩就早啲上嚟，十點之後冇位。
        而家疊碼仔生意難做好多，新法例之後每個中介人只可以同一間承批公司合作。
        請問大家，喺澳門泥碼同現金碼有咩分別？點解啲廳淨係肯俾泥碼？
        泥碼唔可以直接兌現，要喺賭枱用咗先至計轉碼，呢個係行規。
        過關記住帶通行證，每次逗留最多七日，唔好搞到過期。
        今個禮拜氹仔嗰邊啲酒店房價平咗好多，平日住一晚都係千零蚊。
        聽講新濠天地嗰間中餐廳要提早兩個禮拜訂位，有冇人食過？
        唔好借貴利，輸咗就收手，屋企人知道咗會好傷心。
        社工局有戒賭輔導熱線，二十四小時有人聽，唔使驚，唔講名都得。
        疊碼佣金由上個月開始一律以承批公司報表為準，唔再接受口頭計數。
        大家記住，喺澳門借錢俾人賭係可以構成犯罪，唔好以身試法。
        有冇人知道今晚酒店穿梭巴士幾點收車？最後一班好似係十二點。
        賬房話今日系統升級，兌換籌碼要等半個鐘，大家耐心啲。
    """),
    ("ms", "helpline_advice"): _lines("""
        Jika anda rasa sukar untuk berhenti berjudi, jangan segan untuk mendapatkan bantuan kaunseling secara percuma.
        Tanda-tanda ketagihan judi termasuk berbohong kepada keluarga tentang wang, meminjam untuk berjudi dan gagal menepati janji untuk berhenti.
        Tetapkan had masa dan had belanja sebelum naik ke Genting, dan tinggalkan kad kredit di rumah.
        Pinjaman daripada Ah Long boleh membawa ancaman kepada seluruh keluarga; laporkan kepada polis dengan segera.
        Talian bantuan NCPG 1800-6-668-668 beroperasi dari jam 8 pagi hingga 11 malam setiap hari.
        Ahli keluarga boleh memohon Perintah Pengecualian Keluarga sekiranya seseorang berjudi melebihi kemampuan kewangannya.
        Orang Islam dilarang memasuki kasino di Malaysia, dan pengawal akan memeriksa MyKad di pintu masuk.
        Jangan kejar kerugian; kerugian semalam tidak akan dapat ditebus dengan bermain lebih lama hari ini.
        Kaunselor kami tidak akan meminta nombor kad pengenalan anda semasa panggilan pertama, jadi anda boleh bercakap tanpa nama.
        Sesi sokongan kumpulan diadakan setiap Khamis malam di pusat komuniti, terbuka kepada sesiapa sahaja tanpa pendaftaran.
        Kalau pasangan anda berjudi, jaga kewangan sendiri dahulu: buka akaun bank berasingan dan simpan dokumen penting di tempat selamat.
        Perjudian dalam talian yang tidak berlesen adalah menyalahi undang-undang di Malaysia di bawah Akta Rumah Judi Terbuka 1953.
        Baucar makanan dan bilik percuma daripada kasino adalah strategi pemasaran; ia bukan hadiah tanpa kos.
    """),
    ("mixed", "group_chat"): _lines("""
        Eh this Saturday who going Genting? Car still got space for 3, RM40 each share petrol and toll.
        Wah the levy now $150 ah, last time only $100, confirm not worth just go in for the buffet lah.
        Bro 别去了啦, last month already lost 一大笔, take a break first ok.
        Now comp room very hard to get, host say need min rolling 50k per trip then can 申请.
        今晚去 Casino de Genting 要穿 covered shoes, pakai selipar confirm kena tahan kat pintu.
        Anyone know the Awana Skyway last cabin what time? Tak nak stuck atas bukit.
        Buffet can pay with points or not? Aiya 我的 points 都快过期了.
        澳門嗰啲 shuttle bus 全部免費, 由關閘直接去 Cotai, no need Grab.
        Kalau nak tukar chips jadi cash, pergi cage sendiri, jangan tukar dengan orang luar, banyak scam.
        PSA: the "free credit RM88" links in this group all scam one, don't click, admin will kick.
        你哋知唔知 Macau 嗰張 Rewards card 可唔可以喺 Singapore 用? Different company leh.
        Chinese New Year period Genting jam teruk gila, better go on weekday morning.
        其实 self-exclusion 可以网上申请, 用 Singpass login 就得, 不用去 office.
        Ferry from Sheung Wan to Taipa 大概 HK$175, weekend more expensive, buy online cheaper sikit.
    """),
    ("en", "ops_log"): _lines("""
        2026-11-14 02:17 | Table BAC-117 | Shift B | Fill request #F-448210 | Amount SGD 200,000 | Approved by pit supervisor on duty
        Comp voucher CV-2611-0073 | Category: F&B | Value MOP 1,200 | Status: redeemed | Outlet: 8th floor noodle bar
        INCIDENT-2026-03318 | Slot machine SL-4471 tilt error E-27, reset by technician, no patron complaint recorded.
        Levy kiosk LK-03 offline 21:40-22:05; 37 transactions queued and replayed at 22:06, reconciliation matched.
        Player tracking config: tier_threshold_gold=25000, tier_threshold_platinum=120000, decay_months=12, points_per_sgd=0.5
        Cage report 2026-10-31: total chip redemption MOP 48,230,500; no variances above tolerance.
        Exclusion sync job EXSYNC v3.4.1 completed: 1,284 records received from regulator, 0 rejected, checksum 9f2c7e41ab.
        CCTV camera 2C-118 relocated to cover roulette table RL-09 per surveillance work order WO-77215.
        Shuttle schedule update: Route 4 (KL Sentral - Genting Highlands Premium Outlets) departs every 30 min from 07:00 to 22:30.
        SELECT tier, COUNT(*) FROM members WHERE last_visit >= '2026-01-01' GROUP BY tier;
        Jackpot JP-2026-0457 | Machine SL-2209 | Amount SGD 86,440.00 | Paid by cheque per SOP-CAGE-14
        Hotel comp batch 2026-11-B: 412 room nights issued, 388 utilised, 24 no-shows, average comp value SGD 426.
        Promo code CNY2027-DRAGON valid 28 Jan-11 Feb, 2x points on slots, excludes progressive jackpots.
        Ticket HD-558902: Rewards kiosk at Tower 2 lobby printing blank receipts; firmware 2.8.3 rollback scheduled for 04:00.
    """),
    ("zh-Hant", "news"): _lines("""
        前太陽城集團行政總裁周焯華於2023年1月被澳門初級法院裁定多項罪名成立，判處入獄18年。
        已故「賭王」何鴻燊於2020年5月在香港逝世，終年98歲。
        新濠國際主席何猷龍表示，集團將繼續投資於非博彩元素，包括娛樂表演及會展。
        澳門特區政府於2022年修訂博彩經營法律制度，將賭牌數目定為六個，批給期為十年。
        新加坡於2010年先後開設聖淘沙名勝世界及濱海灣金沙兩間綜合度假村。
        林國泰自2003年起出任雲頂集團主席，集團業務涵蓋馬來西亞、新加坡及英國的娛樂場。
        雲頂高原由已故商人林梧桐於1960年代開發，娛樂場於1971年開業。
        澳門博彩監察協調局每月初公佈上月的博彩毛收入數字。
        新加坡國家預防嗜賭理事會定期發表參與調查，顯示本地居民的病態賭博率維持在低水平。
        電影《賭神》於1989年上映，由周潤發飾演高進，是香港賭片的代表作。
        澳門立法會通過法案，禁止非當值的博彩從業員進入娛樂場博彩區。
        港澳警方聯手破獲一個跨境非法賭波集團，涉案金額逾十億港元，拘捕多名男子。
        永利度假村創辦人史提夫·永利已於2018年辭任行政總裁一職。
    """),
    ("mixed", "template"): _lines("""
        APPLICATION FOR SELF-EXCLUSION / 自我隔离申请表 | Name 姓名: ________ | NRIC/FIN: ________ | Contact No.: ________ | Signature: ________
        Borang Permohonan Kad Ahli / Membership Application: Nama penuh (seperti dalam MyKad): [ ] | No. MyKad: [ ] | Tarikh lahir: [DD/MM/YYYY] | Emel: [ ]
        Dear {member_name}, your {tier} card will expire on {expiry_date}. 請於到期前到會員中心續期。
        貴賓廳佣金結算單 | 中介人: {agent_name} | 月份: {yyyy-mm} | 轉碼總額: {rolling} | 佣金率: {rate}% | 簽署: ______
        Comp request form: Guest name ______ / Member no. ______ / Room type □ Deluxe □ Suite / Nights __ / Host approval ______
        Notis Perintah Pengecualian: Kepada {NAMA}, No. K/P {NO_KP}, anda dilarang memasuki kasino berkuatkuasa {TARIKH}.
        SMS template: "Hi <FIRST_NAME>, your Rewards balance is <POINTS> pts. Reply STOP to opt out. 退订回复TD"
        Levy receipt layout: Receipt No. {receipt_no} | Type: Daily/Annual | Amount: S$ {amount} | Valid until: {valid_to} | Patron: {masked_id}
        家庭排除令申請 - 申請人與被申請人關係：□配偶 □父母 □子女 □兄弟姊妹 | 被申請人姓名：＿＿＿＿ | 身份證號碼：＿＿＿＿
        Email footer: This message is intended only for the named recipient. Jika anda bukan penerima yang dimaksudkan, sila padamkan e-mel ini.
        KYC checklist for junket representative: □ passport copy □ proof of address (≤3 months) □ source of funds declaration □ PEP screening result
        登記表：姓名 Name / 證件類別 ID type（身份證/護照/通行證）/ 證件號碼 ID No. / 聯絡電話 Tel / 日期 Date —— 以上資料只用於會員登記
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SELF-EXCLUSION ORDER - CONFIRMATION | Name: TAN WEI MING | NRIC: S8412736A | Effective: 03/11/2026 | Duration: until revoked | Both IRs notified
        Family Exclusion case note: applicant Mdm Lim Swee Hoon (mother) says respondent Jonathan Koh Jun Jie, 29, has taken about S$38,000 from her savings in six months to play baccarat; case conference fixed for 17 Dec 2026.
        Host note: Mr Raymond Cheong prefers the Tower 3 corner suite, allergic to shellfish, comp 3N + S$2,000 F&B approved for CNY trip, call him on 9736 2148 not the office line.
        CTR | Patron: NG KAH HENG | FIN: G5521863W | Cash buy-in SGD 45,000 at 01:12 on 14/11 | Source of funds declared: sale of condo unit
        Levy refund complaint from Priya d/o Ramasamy: annual levy charged twice on 2 Oct, S$3,000 x 2, please reverse one charge to Visa 4147 2038 1956 2733.
        Rewards merge request: old card under Daniel Fernandez (d.fernandez77@gmail.com) and new card under "Danny Fernandez" are the same person, NRIC S7723016E, please combine the points.
        Incident 23:40: patron Muthu Krishnan a/l Supramaniam became aggressive after losing at roulette table RL-04, was escorted out and barred for 30 days by the duty manager.
        Settlement for VIP player LEUNG Chi Wai (HKID K527314(5)): rolling HK$12.6m, net loss HK$1.84m, marker outstanding HK$600k, due 30 Dec.
        Helpline callback: Melissa Goh, 41, says her husband gambles online every night and she wants to know about third-party exclusion; call back on 8419 0572 after 9pm only.
        Lost & found: wallet handed in at Level B1 containing the driving licence of CHONG MEI LING, NRIC T0356182D, and a POSB card; owner reached at +65 9058 3316.
        Valet log 19:05 - SJF7043E, black Mercedes, belongs to Platinum member Mr Harold Sim; keep it in the front row, he is back on Sunday.
        Employment verification request: Ms Aisha binti Rahman, dealer at our Genting property 2019-2024, asks for a letter to be sent to 12 Jalan SS2/24, 47300 Petaling Jaya.
    """),
    "zh-Hans": _lines("""
        客户资料：王志强，身份证号440103198503122177，手机138 2714 5096，钻石卡会员，偏好百家乐，本月已赠房晚4晚。
        张丽娟（350203199101044522）申请自我隔离，原因：上月输掉购房首付约四十万，丈夫提出离婚。
        往来港澳通行证C58273914，持证人陈国栋，11月20日经拱北口岸入境，入住路氹酒店，由客户经理负责接车。
        叠码仔小刘（微信 liu_xm8823）说周建华欠他们厅里两百万港币，下周要去他在深圳福田的家里“谈谈”。
        退款申请：李慧敏，招商银行卡6214 8302 7719 4501，入场税S$150被重复扣款两次，申请退回一次。
        回访记录：赵宇航先生，44060419790925083X，表示已戒赌三个月，现在佛山一家物流公司上班，希望继续每周一次电话辅导。
        吴婷 13925817364 我是上周在赌场跟你一起玩的那个，借你的五万我月底还，千万别告诉我老公。
        员工违规通报：荷官孙嘉怡（员工编号D-20417）于11月8日夜班被发现向赌客透露牌靴信息，即日起停职调查。
        地址更新：钱海峰，上海市浦东新区张杨路1588弄12号602室，会员积分兑换的礼品请寄到这个地址。
        护照号E71234958的客人林晓东今晚在贵宾厅签了三十万的借据，担保人是他表哥。
    """),
    "zh-Hant": _lines("""
        陳家偉（HKID Y306182(3)）嘅信貸額度由五十萬加到一百萬港幣，擔保人係佢老婆，請財務部跟進。
        阿芬姐你好，我係Kelvin，上次你個仔黃子軒喺葡京輸咗十幾萬，佢而家話想戒賭，電話6684 0392 可以直接搵佢。
        輔導個案 #MC-2611：麥詠詩，女，38歲，住氹仔，丈夫沉迷角子機，家庭債務約澳門幣80萬，已轉介社工。
        台灣客人林美君 A227345618 想訂十二月廿號嘅免費房，佢係白金卡，麻煩幫佢留海景房。
        葉志明先生，你嘅回鄉證 M10482736 已交到貴賓廳前台失物處，請帶身份證嚟領取。
        疊碼仔Ricky嘅客：吳少傑，電話 +852 5318 6624，上個禮拜喺路氹沖咗三百萬碼，仲未找數。
        我老公鄭國華又偷咗我張卡去賭，卡號 4563 5180 2274 6137，我想叫銀行即刻停咗佢。
        會員投訴：胡嘉欣小姐話餐廳漏咗佢嘅積分，電話 9472 1036 已核對，補回2,400分。
        排除令通知：何永康（身份證 R841290(0)）由2026年12月1日起被禁止進入本集團所有娛樂場，為期兩年。
        聽日朝早十點關閘接賴德輝先生一家四口去酒店，佢太太懷孕七個月，司機唔好揸太快。
    """),
    "ms": _lines("""
        Kes kaunseling: Encik Lee Chee Keong, K/P 780109-14-5233, berhutang RM120,000 kepada Ah Long selepas kalah di Genting; isteri bimbang akan keselamatan anak-anak.
        Nor Azlina binti Hashim (012-384 7162) menelefon talian bantuan: suaminya berjudi dalam talian setiap malam dan menggunakan duit persekolahan anak.
        Rayuan bayaran balik: Puan Kavitha a/p Subramaniam, akaun Maybank 1640 2283 5917, baucar bilik percuma dibatalkan tanpa notis pada 14/11.
        Senarai penumpang bas ke Genting 22/11: 1) Wong Siew Lan 016-729 4408 | 2) Tan Ah Kow 019-551 2836 | 3) Rajesh s/o Pillai 011-2638 4915
        Saya pemandu e-hailing, pagi tadi hantar Encik Goh Boon Hock ke Genting, dia tertinggal beg dengan MyKad 660402-08-5127 dalam kereta saya, tolong hubungi dia.
        Pegawai keselamatan Mohd Hafiz bin Ismail (No. pekerja RWG-55821) diberi amaran bertulis kerana membenarkan pelawat bawah umur masuk ke kasino pada 9 Nov.
        Tetamu Platinum Encik Jason Lau, pasport A48217365, minta bilik percuma 2 malam dan penjemputan di KLIA2 jam 3 petang Jumaat.
        Notis tunggakan kepada Cik Liew Pei Shan, No. 27, Jalan Sri Bintang 3, Taman Sri Bintang, 52100 Kuala Lumpur: baki kredit kasino RM45,000 belum dijelaskan.
        Salam, saya anak kepada Encik Ravi a/l Muniandy (K/P 590312-08-5417). Ayah saya sudah habiskan wang KWSP di kasino, boleh tak saya minta dia dihalang masuk?
    """),
    "mixed": _lines("""
        Bro, Jason Lim Wei Hao owe me 8k since the Genting trip lah, his number 9314 7725, 你们谁见到他叫他还钱.
        @kenny_chua88 今晚 carry 三個 client 去 VIP room, one of them is Mr Ho 何耀邦 HKID Z663057(0), 記得 prepare marker 先.
        Patron hold: SIVAKUMAR S/O RAJENDRAN, S6807291C, Casino Visit Limit 2/month, already visited 3 times - deny entry & refer to RG officer 马上.
        Wei, Auntie Lucy Teo from Blk 412 Bedok North Ave 2 #08-117 again go casino every day, her daughter ask 我们 how to apply family exclusion for her.
        明天 pick-up list: Mdm Chua Geok Eng, Tower 2 Rm 2218, wheelchair needed, after dialysis very tired, 请安排 buggy.
        個客張美玲 (ID 310115198806173269) 話 comp 嗰晚房費被 charge 咗 MOP 3,280 落佢張 Mastercard 5521 3371 0648 2958, 要求 reverse.
        Kesian Jessica Low, IC 010827-01-0946, baru 25 tahun dah pinjam RM30k dari 3 apps untuk judi online, mak dia minta tolong 怎么办.
        Eh the dealer Tan Hui Min at Table 12 so rude, rolled eyes when I asked for change, 我要 complain, my Rewards card under my wife name Karen Ong.
        Uncle Lau 每日 5am 用 SKL2815J 载 casino staff 上班, 如果迟到 call him 8862 4709.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the Rewards membership assistant of an integrated resort in Singapore.",
        ),
        (
            "user",
            "Hi, my Rewards card got blocked at the entrance just now. Name is Serene Yap Hui Qi.",
        ),
        (
            "assistant",
            "Sorry about that. For verification, please provide the NRIC on the account and the mobile number registered.",
        ),
        (
            "user",
            "NRIC S9128450B, mobile 8053 1290. I changed number last month, maybe that's why?",
        ),
    ],
    [
        (
            "user",
            "我細佬喺澳門賭到欠咗成身債，佢叫周文傑，三十二歲，電話 +853 6628 4417，點樣可以幫佢申請禁止進入賭場？",
        ),
        (
            "assistant",
            "澳門容許家屬以第三者身份提出禁止進入娛樂場嘅申請，但一般需要當事人同意。你可以先陪佢去社工局嘅輔導中心傾吓。",
        ),
        ("user", "佢唔肯去，仲話下個禮拜又會返去路氹嗰間貴賓廳，我好擔心。"),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya Amirul bin Hassan, 30 tahun. Saya berhutang hampir RM50,000 sebab judi bola online.",
        ),
        (
            "assistant",
            "Terima kasih kerana berani berkongsi. Anda mahu kaunselor kami hubungi anda?",
        ),
        ("user", "Ya, boleh call 017-418 9023 lepas pukul 6 petang. Isteri saya belum tahu lagi."),
    ],
    [
        ("system", "你是一家澳门博彩中介公司的客服助手。"),
        ("user", "帮我安排下周五去澳门，两晚，要贵宾厅的房。"),
        ("assistant", "好的，请提供入住人姓名和证件信息，方便我们预订和过关安排。"),
        ("user", "邓嘉豪，身份证440304199302285617，手机186 0208 3571，额度还是按上次的两百万。"),
    ],
    [
        (
            "user",
            "I'd like to complain about my comp stay last weekend. Booking was under Mrs Evelyn Rodrigues, two nights, but the spa credit was never applied.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you share an email address so our guest relations team can follow up?",
        ),
        (
            "user",
            "Use evelyn.rodrigues.sg@outlook.com. I've been a member 11 years and I'm quite upset, my husband's birthday was ruined.",
        ),
    ],
    [
        (
            "user",
            "Hi ah, my father paid the annual levy twice by mistake, can refund or not? 他不太会用 kiosk.",
        ),
        (
            "assistant",
            "The annual levy is generally non-refundable, but duplicate payments can be reviewed. Please share the payer's details.",
        ),
        (
            "user",
            "He is Mr Quek Boon Huat, NRIC S7391564C, 两次都是 11月3号 早上 paid with cash at the kiosk.",
        ),
    ],
    [
        ("user", "我是台灣來的劉宗翰，身分證 F126483907，想問去澳門賭場可不可以先申請信用額度？"),
        ("assistant", "信用額度一般要由承批公司審批，需要提供收入及資產證明。"),
        ("user", "我在台中開工廠，年收大概三千萬台幣，手機 0912 487 305，可以請業務直接打給我嗎？"),
    ],
    [
        (
            "user",
            "I'm on a self-exclusion order since 2024 and want to revoke it. I'm on an Employment Pass, FIN F3349127K.",
        ),
        (
            "assistant",
            "Revocation requests are handled by the regulator's exclusion office. They will review your circumstances before deciding.",
        ),
        (
            "user",
            "Ok. It's under Marcus Henriksen, I stopped gambling two years ago and now attend GA meetings every Tuesday in Novena.",
        ),
    ],
    [
        ("user", "我老公在澳门输了八十多万，我想帮他申请禁赌，他不知道。"),
        (
            "assistant",
            "很理解您的担心。澳门的禁入申请通常需要当事人同意，您也可以先联系社工局的辅导热线。",
        ),
        (
            "user",
            "我叫许静，身份证330106197608111481，我老公叫方立新，在杭州开公司，我手机159 6023 4418，有什么消息麻烦通知我。",
        ),
    ],
    [
        (
            "user",
            "boss, tg @ahkeong_vip says client Wong Kin Fai marker HK$800k overdue 2 months, customer now hiding in JB",
        ),
        (
            "assistant",
            "Collection of gaming debts must follow the legal process. Please do not share debtor details in open channels.",
        ),
        (
            "user",
            "nvm la, his HK no. is 6193 2857, just pass to collection team, 佢老婆喺旺角開舖.",
        ),
    ],
    [
        (
            "user",
            "Kawan saya dari Sabah, Clara Mojuntin, IC 890611-12-5574, dah 3 kali kena block kad bank sebab swipe terlalu banyak kat Genting.",
        ),
        (
            "assistant",
            "Itu mungkin tanda masalah judi. Adakah dia sedia untuk bercakap dengan kaunselor?",
        ),
        (
            "user",
            "Dia malu lah, 我劝了很多次. Dia kerja nurse kat hospital swasta, takut majikan tahu.",
        ),
    ],
]
