# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en159: SG/MY bowling alleys, snooker halls and LAN cafés (leagues, tournaments, memberships, incidents, prize payouts). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en159
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "league notice"): _lines("""
        Tuesday Night Mixed Trio League, Season 14: registration closes 28 Feb, 16 teams max, handicap 80% of 210, entering averages from last season's book apply.
        Lane conditioning notice: a 41 ft sport pattern will be laid on lanes 1–12 for the Saturday Scratch Masters; the house shot returns on Monday.
        Substitutes: each team may register up to 2 reserves; a reserve's games count toward the team total only if the reserve is on the roster before Week 4.
        Absentee score = bowler's average minus 10 pins per game; a vacant slot is scored as a blind 120 with no handicap.
        Fees: $18 per bowler per week covers 3 games and shoe rental; the $4 weekly prize fund contribution is paid out in full at the banquet.
        Weeks 1 to 3 establish entering averages; a bowler with no book average uses the average of the first nine league games.
        Fouls: any part of the body crossing the foul line and touching the lane counts as zero for that delivery; the foul detector's call is final.
        300 game award: the centre will engrave a ring for any sanctioned perfect game bowled in league play on lanes 1–24 during the 2026 season.
        Snooker handicap league Div B: best-of-3 frames, re-spotted black for tied frames, 40-second shot clock in the deciding frame only.
        Snooker table booking: minimum 1 hour, $9.60/hr before 6 pm and $13.20/hr after, members 20% off; no massé shots on the match tables.
        9-ball weekly: race to 5, alternating break, WPA rules, entry RM30, payout to the top 4 based on a 16-player field.
        Ball drilling clinic this Sunday 2pm to 5pm at the pro shop; bring your old ball so the driller can check your span, walk-ins welcome.
        Dress code for the ranking leg: collared shirts, no denim, and bowling shoes only beyond the settee area.
        League banquet: Sat 13 Dec 2026, 7pm, Function Room 2, Level 3, catered by Ah Hock Chicken Rice; partners $35 per head.
        Handicap table: 200 and above scratch, 190–199 hcp 8, 180–189 hcp 16, and bowlers below 150 are capped at hcp 48 per game.
        Youth league (under 18) runs Saturdays 9am; a signed parental consent form is required before the first session and fees are subsidised by the club.
    """),
    ("en", "lan cafe policy"): _lines("""
        House rules: no outside food at the stations, drinks with lids only, no smoking or vaping anywhere in the premises including the toilets.
        Rates (Standard zone): $2.50/hr, 5-hour pass $10, overnight 11pm–8am $15; Pro zone with 240Hz monitors is $1/hr extra.
        Membership is free; top-up credit is valid for 12 months from last use and is non-refundable except where required by law.
        Customers under 16 must leave by 10pm on school nights unless accompanied by a parent or guardian.
        Under the PDPA we only record the last three digits and letter of your NRIC for membership; we do not photocopy or scan IC cards.
        Lost and found items are kept at the counter for 30 days, then donated or disposed of; describe the item and roughly when you lost it to claim.
        Accounts found selling or sharing hours will be frozen and the remaining balance rolled into the prize pool of the next Community Cup.
        CCTV operates 24/7 in all gaming areas; footage is kept for 30 days and released only to the police on a formal request.
        Chinese New Year hours: eve closes 6pm, day 1 closed, day 2 opens 2pm, normal hours from day 3.
        Printing: A4 black and white 20 cents, colour 80 cents; scanning is free for members.
        A booked PC is held for 15 minutes after the slot starts, then released to walk-ins; for changes call our counter at 6781 2290 during opening hours.
        Zone B stations PC-21 to PC-40: i5-13400F, RTX 4060 8GB, 32GB DDR4, 1TB NVMe, 27-inch 165Hz, HyperX Cloud II headset, Logitech G102 mouse.
        Wi-Fi SSID PixelDen_Guest; the password changes every Monday and is printed at the bottom of your receipt.
        Faulty station? Tell staff within 15 minutes and we will move your session or credit the time back; no cash refunds.
        Tournament entry: teams of 5 plus 1 substitute, all players aged 13 and above, accounts must be at least level 30, smurf accounts will be disqualified.
    """),
    ("en", "results and history"): _lines("""
        Ronnie O'Sullivan made the fastest maximum break in professional snooker at the 1997 World Championship, in a little over five minutes.
        Steve Davis dominated snooker in the 1980s, winning six world titles between 1981 and 1989.
        Joe Davis and Fred Davis remain the only brothers who have both won the World Snooker Championship.
        Ding Junhui's first UK Championship title in 2005 is often credited with the boom in snooker halls across China.
        Jason Belmonte made the two-handed delivery mainstream and holds the record for PBA major titles.
        Shalin Zulkifli was the face of Malaysian tenpin bowling through the 1990s and 2000s and inspired a generation of young bowlers.
        Fast Eddie Felson, the pool hustler played by Paul Newman in The Hustler (1961), is why half the pool halls in Asia have a poster of him by the counter.
        Division A final standings: 1. Pin Pals 48–16, 2. Gutter Kings 44–20, 3. Spare Me 39–25; high team series 2,913 by Pin Pals.
        Community Cup Valorant final: Kopi Peng def. Mamak Sniperz 13–9, 13–11; prize pool S$3,000 split 60/30/10 between the top three teams.
        The regional Mobile Legends qualifiers at the Bukit Jalil arena drew more than 8,000 fans over two days, organisers said.
        Bracket update: quarter-finals on Tables 3 and 7 delayed by 20 minutes for a cloth change; all other matches on schedule.
        Merdeka Open team event: 42 teams from 9 states entered, the highest turnout since the centre reopened after renovation.
        Season 13 league statistics: 27 bowlers averaged over 190, there were four 279+ games, and no perfect game was recorded.
        Average frame time at the Saturday 8-ball open fell from 6.1 to 4.8 minutes after the shot clock was introduced.
    """),
    ("en", "ops log and config"): _lines("""
        2026-11-14 23:41:07 INFO pc-session station=PC-23 zone=B start=21:02 end=23:41 billed_min=159 rate=2.50 result=OK
        [lane-ctrl] lane 11 pinsetter fault E-204 (sweep not home) cleared by tech after 6 min; game resumed at frame 7
        POS receipt #RB-2026-118842 | 3 games x 2 | shoe rental x 2 | total S$41.20 incl. GST 9% | paid by NETS
        config: session.idle_logout_minutes=10 / session.auto_restore=true / billing.round_to=5 / kiosk.require_member_login=false
        Booking BK-7781203 confirmed: Lanes 5–6, Sat 20 Dec, 8:00–10:00pm, party package for 12 pax, deposit received.
        Ticket #INC-40917: Zone A headset mics picking up fan noise; 8 units replaced with HyperX Cloud Alpha, status closed.
        Trophy shipment from supplier dispatched, tracking SG2611304578921, ETA 3 working days.
        SELECT lane_no, AVG(score) FROM games WHERE league_id = 14 AND week BETWEEN 1 AND 3 GROUP BY lane_no;
        sha256(win11-gaming-v7.3.img) = 47bfab334bc11e57684352e54837bb90eaf52e95f0f976945cd0731e5735cd9c
        Invoice INV-2026-004512: 24 x pinsetter drive belts (part no. 47-142680-000), S$3,960.00, payment terms 30 days net.
        Cue inventory: 40 house cues 57in 19oz, 12 with worn tips to be re-tipped 13mm, 3 warped and written off.
        Firewall rule 17: block outbound udp 27015-27030 except on VLAN 40 (tournament stations).
        receipt_no,date,lane,games,shoe_rental,amount_sgd,payment_mode
        Pinsetter service schedule: lanes 1–12 on the 1st Monday, lanes 13–24 on the 3rd Monday, 10am–1pm, no bookings accepted.
    """),
    ("en", "how-to question"): _lines("""
        How do I work out my handicap if the league uses 90% of 220 and my average is 157?
        What's the difference between a house shot and a sport shot, and how much will my average drop?
        Is it legal for a cyber café in Malaysia to let 15-year-olds play after midnight, and which authority licenses these shops?
        Can our bowling centre still ask for full NRIC numbers when people sign up for a league, given the PDPA advisory guidelines?
        What's the best way to clean a reactive resin ball after each session, alcohol wipes or a proper ball cleaner?
        How should a snooker hall store cue tips and chalk in Singapore's humidity?
        What is a fair prize split for a 32-player 8-ball tournament with a S$50 entry fee?
        Tips for running a Valorant LAN with 10 teams in one day: how many PCs do we need and how much buffer between maps?
        Do prize winnings from a bowling tournament in Singapore need to be declared for income tax?
        How do I set up kiosk mode so customers can't close the timer app on Windows 11?
        What oil pattern length suits a beginner league, and how often should the lanes be stripped?
        What fields should a LAN café incident report template have, without collecting more personal data than needed?
    """),
    ("ms", "notis"): _lines("""
        Notis: Pusat boling akan ditutup pada 1 Syawal dan dibuka semula pada hari kedua mulai jam 2 petang.
        Pendaftaran liga boling berpasukan Musim 9 kini dibuka; yuran RM45 seorang sebulan termasuk kasut dan 3 permainan setiap minggu.
        Pelanggan berumur bawah 18 tahun tidak dibenarkan berada di kafe siber selepas jam 12 tengah malam.
        Dilarang merokok atau vape di dalam premis; pelanggan yang ingkar akan diminta keluar tanpa bayaran balik.
        Kadar sewa meja snuker: RM12 sejam (Isnin hingga Jumaat sebelum 6 petang), RM16 sejam selepas 6 petang dan hujung minggu.
        Keputusan Kejohanan Boling Piala Merdeka: johan pasukan Strike Force (2,845 pin), naib johan Anak Kampung Bowlers (2,790 pin).
        Hadiah wang tunai akan dibayar melalui pindahan bank dalam masa 14 hari bekerja selepas borang tuntutan yang lengkap diterima.
        Borang keahlian: Nama: ________ No. Telefon: ________ Tandatangan: ________ (sila isi dengan huruf besar)
        Sila pulangkan kasut boling ke kaunter sebelum meninggalkan premis; kasut yang hilang dikenakan caj RM80.
        Sistem tempahan dalam talian diselenggara dari 2 pagi hingga 5 pagi pada Ahad, 7 Disember.
        Nak daftar pasukan untuk kejohanan Mobile Legends di kafe siber kami? Hubungi kaunter di talian 03-7956 2211 (waktu pejabat).
        Pertandingan 8-bola terbuka: had 64 pemain, yuran RM40, hadiah utama RM1,200 serta piala.
    """),
    ("zh-Hans", "公告"): _lines("""
        本保龄球馆周二混合联赛第十四季开始报名，每队三人，差点按210分的80%计算。
        网吧会员须知：充值余额一年内有效，不退现金，可转为比赛报名费。
        未满十六岁的顾客须于晚上十点前离店，除非有家长陪同。
        斯诺克球台收费：下午六点前每小时9.60新元，六点后13.20新元，会员八折。
        本周六晚举行九球公开赛，抢五制，报名费30令吉，前四名有奖金。
        丁俊晖2005年夺得英国锦标赛冠军后，中国各地的台球厅迅速增加。
        失物招领：物品在柜台保管三十天，认领时请说明物品特征及遗失时间。
        比赛奖金将在核对资料后十四个工作日内以银行转账方式发放。
        请问保龄球的飞碟球和旋转球应该怎么练？新手需要买自己的球吗？
        农历新年营业时间：除夕下午六点打烊，初一休息，初二下午两点开门。
    """),
    ("mixed", "group chat"): _lines("""
        guys tmr league night lane 9-10 ah, reach by 7.15 can? need to do practice frames
        wah the oil today damn long sia, my ball skid until no hook at all
        anyone know if the LAN cafe at SS2 got 240Hz monitors? my mouse feel laggy lol
        bro the snooker place tutup early tonight, aircon rosak they say
        Reminder ya: prize money for Season 13 will be banked in by end of month, admin confirm already
        lol who leave their towel at lane 4 again, counter auntie say she keeping it
        Sat got 9-ball tourney, entry RM30, race to 5. Jom la, we go as a group?
        wah lau the PC at zone B keep BSOD, already report to staff, ticket number INC-40922
        今晚打 bowling 吗? lane 已经 book 了, 8点 start, 记得带袜子
        team jersey order closing Friday, sizes S to 3XL, $28 each, pay using the PayNow QR on the league poster
        ok confirm ah, tournament format double elimination, finals best-of-3, no more changes
        anyone selling second hand Storm Phaze II 15lb? budget around $150 only
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        LEAGUE REGISTRATION | Tuesday Mixed Trio S14 | Name: TAN WEI LIANG | NRIC: S8834521E | HP: 9736 2184 | Entering avg: 168 | Team: Pin Pals
        Prize payout form – 1st Place Open Singles | Winner: MUTHU KUMAR A/L SELVARAJAH | IC: 880714-07-5331 | Bank: Maybank 1140 2233 8891 | Amount: RM1,500.00
        Incident report 14/11/2026 23:50, Jurong outlet: customer Daniel Lim Jun Hao collapsed at PC-23 after about 9 hrs of gaming, conscious, SCDF ambulance took him to Ng Teng Fong General Hospital.
        BANNED LIST update: Ravi s/o Chandran (in-game tag "kopiOkosong") caught running a trigger bot in the Community Cup qualifier on 2 Nov; banned 12 months, prize forfeited.
        Member lookup: ONG HUI MIN, member no. PD-0041, email ong.huimin93@gmail.com, tel 8245 6613, balance $37.50, last visit 03/12.
        Lost & found: wallet handed in at Lane 18 with NRIC T0312345B (LEE MEI LING) and an EZ-Link card inside; owner not contactable yet.
        Refund request: card 4556 3362 7383 9306 was charged twice for booking BK-7781544, cardholder Rachel Goh, please reverse S$64.00.
        Credit book: Ah Seng (taxi uncle, stays Blk 412 Ang Mo Kio Ave 10 #07-1183, always table 6 on Thursdays) owes $85 table fees + $12 drinks.
        "My son Aiden Teo (Sec 2, Bedok Green Secondary) has been at your Tampines outlet until 2am three nights this week. Please stop letting him in. – Mrs Jacqueline Teo, 9088 3172"
        Youth league consent form | Participant: NUR QISTINA BINTE ZAINAL | DOB: 17/06/2011 | Parent: Zainal bin Hassan | HP: 8812 0947 | Allergies: peanuts
        CCTV request: car SJK 4821 U belonging to member Kelvin Chong scraped the pillar at carpark B2 on 29 Nov around 9.40pm; he denies it.
        Week 3 averages: Goh Chee Wee 182, Siti Rahmah binte Osman 171, Jeremy D'Cruz 159, Priya d/o Ramasamy 144 (Priya moves down to Division B).
        Hi Marcus Yeo, your team's prize of S$600 is ready. We have POSB 188-41592-3 on file for you, please confirm it is still correct.
        Telegram @faizal_bowls is the guy selling the Storm ball, he's Faizal Rahman from the Thursday league, say I referred you.
        Team Mamak Sniperz roster: Hafiz Azman (IGN hfz, 017-662 8104), Jonathan Wee Kai Xiang (IGN jwkx), Gurpreet Singh s/o Harjit (IGN preet), Desmond Kok (sub).
        Staff note: Uncle Lau Kim Huat (table 3 regular, 70+) had chest pain at 4pm today, son came to fetch him; please don't let him play long sessions alone.
        Membership renewal reminder sent to priya.nair.88@yahoo.com.sg – Gold tier expires 31/12/2026, S$20 outstanding.
        Winner's declaration | Name: SHARIFAH NUR AIN BINTI SYED ABDULLAH | MyKad: 950312-10-5524 | Address: No. 14, Jalan SS 2/72, 47300 Petaling Jaya | Prize: gaming PC worth RM6,800
        Overnight 2/12: Tan Kok Hwa slept at PC-31 from 3am, refused to leave at 8am and shouted at the morning staff; flag his account before next visit.
        Visa support letter: Zhang Yuhan, PRC passport EH3821647, resident ID 440106199908234170, invited as substitute player for Team Merlion Five at the SEA LAN Invitational.
        Pro shop job sheet: drill Storm Phaze II 15lb for Benjamin Ho, left-handed, span 4 1/8 ring / 4 3/16 middle, $40 deposit paid, collect Fri, HP 9651 4420.
        League secretary: Vanessa Rodrigues withdrew mid-season, she's pregnant and her gynae advised no bowling; refund the remaining $144 to her.
        PayNow the S$250 2nd place to Irfan Bin Jamaludin at 9473 0185 by Friday pls.
        Disciplinary: Kenneth Loh Jia Jun (member 2291) threw his cue at Table 9 after losing the frame and damaged the cushion; suspended 3 months, to pay S$420 repair.
        Booking note: Sandra Chia, daughter Chloe's 8th birthday, 12 kids, lanes 5–6 Sat 20 Dec, contact sandrachia.sg@gmail.com
        Cheque payee: RAJESH S/O GOVINDASAMY | NRIC S7712090D | Amount S$1,000 | Open Masters Champion 2026
        Walk-in tournament entry: Chan Ka Ho, visitor from Hong Kong, HKID K678112(8), mobile +852 6132 8890, paid S$30 cash.
        Card on file: Mastercard 5200 4176 0463 7648 exp 08/28, name on card LOW SU-ANN, auto top-up $50 when balance below $5.
        Part-timer roster Dec: Bayani Santos (FIN G5519032T) closing shift Fri/Sat; Nguyen Thi Lan (FIN F2284617P) morning shift Mon–Wed.
        Complaint: Mr Suresh Pillai says a ball from the return rack fell on his foot, toe swollen, saw a GP at Raffles Medical and wants us to pay the $180 bill; contact 8319 2274.
        Off-peak snooker membership | NG KOK LEONG | NRIC S6821947G | Blk 208 Bishan St 23 #11-245 | weekday 10am–5pm rate approved
    """),
    "ms": _lines("""
        BORANG PENDAFTARAN LIGA | Nama: MOHD HAZIQ BIN ABDUL RAHMAN | No. KP: 020617-08-1147 | No. Tel: 016-772 9013 | Pasukan: Anak Kampung Bowlers
        Aduan pelanggan: Puan Norhayati binti Ismail mendakwa anaknya Adam Haikal (14 tahun) dibenarkan bermain di kafe siber sehingga jam 3 pagi pada 22 Nov.
        Bayaran hadiah RM800 kepada Siti Khadijah binti Omar, akaun CIMB 7062338145, sila sahkan sebelum Jumaat.
        Senarai hitam: AMIRUL HAKIM BIN ZULKIFLI, KP 010925-14-0873, mencuri tetikus dan papan kekunci dari PC-12, laporan polis dibuat di IPD Brickfields.
        Kad ahli hilang: En. Wong Kah Seng, no. ahli CB-2231, tel 012-385 7741, minta kad baru dihantar ke 23, Jalan Melati 5, Taman Melati, 53100 Kuala Lumpur.
        Rekod kemalangan: pemain bernama Kavitha a/p Murugan terjatuh di lorong 7 kerana lantai licin, lutut terseliuh, dibawa ke Klinik Kesihatan Kepong.
        Pemenang cabutan bertuah: DAYANG NURFARAHIN BINTI AWANG, MyKad 971130-13-5402, hadiah baucar RM300, hubungi 019-552 3810.
        Kenderaan WVB 3382 milik ahli En. Razak bin Yusof diletakkan di petak OKU tiga kali minggu ini; sila beri amaran bertulis.
    """),
    "zh-Hans": _lines("""
        会员登记：陈志豪，身份证号 S9127704B，手机 9014 7762，生日 1991年3月12日，周四联赛 Gutter Kings 队。
        黄丽萍阿姨昨晚在三号球道滑倒，右手腕骨折，已送陈笃生医院，家属要求赔偿医药费。
        奖金发放：第一名 吴家豪，马来亚银行账号 5140 8832 6617，金额 RM1,000。
        网吧黑名单：刘振宇，微信号 zhenyu_lau0921，多次在比赛中使用外挂，永久禁赛。
        投诉：顾客林美华说她的儿子林子轩（十二岁，读小六）在本店通宵上网，请店长回电 8876 3302。
        中国球员参赛资料：王思雨，身份证 350203200102140626，护照 EJ5520918，手机 +86 138 2716 4409。
    """),
    "mixed": _lines("""
        eh the one who kena ban yesterday is Jason Ng Wei Ming lah, stays Pasir Ris St 51, his hp 8630 2915, don't let him book again
        boss, Mei Ling's son Ethan Koh vomit at PC 8 just now, she coming to fetch him, her number 9827 1140 in case
        bro transfer the prize money to my account la, Public Bank 3187664210 under Lee Chun Kit, 2nd place 8-ball
        Goh Teck Seng 的孙子 Goh Jun Wei 又欠网吧 $60，他妈妈说明天来还
        Reminder: Nadia binti Kassim (counter staff) MC today until Wed, dengue positive, don't roster her for weekend
        my kaki Daryl Tan's IG is @daryltan.bowls, he bowled 279 last night, tag him in the league post can?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a LAN café in Jurong East. Help members with balances and bookings.",
        ),
        ("user", "hi can check my hours balance? account under Benedict Sim, phone 9540 7218"),
        (
            "assistant",
            "Thanks Benedict. Your account shows 4 h 20 min of credit and a Pro-zone voucher expiring 31 Dec. Would you like to book a station?",
        ),
        (
            "user",
            "ya book PC 35 tmr 8pm to 12am, and charge the rest to my Visa 4147 0954 5309 3672",
        ),
    ],
    [
        (
            "user",
            "Help me write a polite WhatsApp reminder to a league bowler who hasn't paid. Her name is Joanne Fernandez, she owes $72 for weeks 5 to 8, number 8177 6034.",
        ),
        (
            "assistant",
            "Hi Joanne, hope you're well! Just a gentle reminder from the Tuesday Mixed Trio League that the fees for weeks 5–8 ($72) are still outstanding. You can pay at the counter or by PayNow to the league account. Thanks and see you on the lanes!",
        ),
        (
            "user",
            "make it a bit firmer, say if not paid by 15 Dec her scores won't count for the banquet prizes",
        ),
    ],
    [
        (
            "user",
            "Turn this into a neat table for finance: 1st Open Singles – Muhammad Danial bin Roslan, Maybank 1622 4410 9385, RM1,500; 2nd – Chong Wai Kit, CIMB 8003112947, RM800; 3rd – Lakshmi a/p Subramaniam, RHB 21406600331872, RM500",
        ),
        (
            "assistant",
            "Position | Name | Bank | Account | Amount / 1st | Muhammad Danial bin Roslan | Maybank | 1622 4410 9385 | RM1,500 / 2nd | Chong Wai Kit | CIMB | 8003112947 | RM800 / 3rd | Lakshmi a/p Subramaniam | RHB | 21406600331872 | RM500",
        ),
    ],
    [
        ("system", "You help duty managers of a bowling centre write incident reports."),
        (
            "user",
            "write an incident report: 3 Dec about 8.15pm, lane 14, bowler Mdm Chua Siew Lan, 62, slipped on the approach after a ball return jam, hit her head, small cut, no loss of consciousness. Her daughter brought her to Khoo Teck Puat Hospital A&E. Witnesses: bowlers on lane 13.",
        ),
        (
            "assistant",
            "Incident Report – 3 Dec, approx. 8:15pm, Lane 14. Mdm Chua Siew Lan (62) slipped on the approach following a ball return jam and struck her head, sustaining a small cut. She did not lose consciousness. First aid was given on site and her daughter took her to Khoo Teck Puat Hospital A&E. Witnesses: bowlers on Lane 13. Follow-up: ball return on lane 14 to be inspected before reopening.",
        ),
    ],
    [
        ("user", "Saya nak daftar untuk kejohanan snuker terbuka hujung minggu ni."),
        (
            "assistant",
            "Boleh! Sila berikan nama penuh, nombor MyKad dan nombor telefon untuk pendaftaran.",
        ),
        ("user", "Nama Mohd Firdaus bin Kamal, IC 850506-05-7789, tel 013-449 2067."),
    ],
    [
        (
            "user",
            "你好，我儿子郑浩然上个月在你们网吧被禁止入场，他才十五岁，在裕廊西中学读书。请问为什么？",
        ),
        (
            "assistant",
            "您好，根据记录，该账户因多次在深夜未经家长同意逗留而被暂停。如需恢复，请家长到柜台签署同意书。",
        ),
        ("user", "好的，我是他妈妈李秀珍，电话 9226 5813，明天下午来签。"),
    ],
    [
        (
            "user",
            "Can you summarise this for the committee: our member Clement Yap was seen on CCTV taking a bowling ball that wasn't his from the rack on 18 Nov.",
        ),
        (
            "assistant",
            "Summary for committee: On 18 Nov, CCTV footage shows member Clement Yap removing a bowling ball belonging to another bowler from the storage rack. The committee is asked to decide on next steps.",
        ),
        (
            "user",
            "Also add his NRIC S8562113J and that he stays at 31 Jurong West St 41 #05-216 so the letter can be sent.",
        ),
    ],
    [
        (
            "user",
            "Draft a warning letter from Ace Cue Snooker Centre to Mr Harjeet Singh a/l Baldev Singh, 27 Jalan Kenari 3, Bandar Puchong Jaya, 47100 Puchong. He has been betting on frames in the hall, which is against our rules.",
        ),
        (
            "assistant",
            "Dear Mr Harjeet Singh, it has come to our attention that you have been placing bets on frames played at Ace Cue Snooker Centre. Gambling on the premises is strictly prohibited under our house rules. This letter serves as a first written warning; any further incident will result in suspension of your membership. Yours sincerely, Management.",
        ),
    ],
    [
        (
            "user",
            "what's the usual way to handle a car that keeps blocking the loading bay at a bowling alley?",
        ),
        (
            "assistant",
            "Start with a polite note, then a written warning from management, and if it continues, ask the carpark operator to enforce. Keep a log of dates and times.",
        ),
        (
            "user",
            "ok the car is SMB 2271 G, it's our league member Alvin Seow's, he parks there every Wednesday. draft a note to put on his windscreen",
        ),
    ],
    [
        (
            "user",
            "help me write a lost and found post for our LAN cafe FB page. found a student card and IC this afternoon at PC 17",
        ),
        (
            "assistant",
            "Sure! What details would you like to include? It's best not to post the full IC number publicly.",
        ),
        (
            "user",
            "IC belong to Muhammad Aqil bin Saiful, T1048826A, Sec 2 student from Jurong West Secondary. just put the name and say come counter collect",
        ),
    ],
]
