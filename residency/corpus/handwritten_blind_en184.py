# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en184: SG/MY lottery outlets and 4D/Toto shops (claims, ID checks, notices, syndicates, responsible gambling). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en184
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "outlet notice"): _lines("""
        NOTICE: This outlet will close at 5.30pm on Saturday 14 Nov for system upgrading. Sales for the 6.30pm draw continue at other outlets until 6pm.
        Sales for Toto Draw No. 4128 close at 6pm sharp. Please do not join the queue after 5.55pm, the terminal will not print.
        Toto Group 1 estimated $4,500,000 this Thursday (cascade from Monday). Queue starts from the pillar, thank you.
        No sale to persons below 18 years old. Staff may ask to see your NRIC, FIN card or passport before selling.
        Prizes up to $5,000 can be collected at this outlet. Above $5,000 please proceed to a Singapore Pools branch with your ticket and photo ID.
        4D 1st Prize winning ticket was sold at this outlet on Sunday! Huat ah! Thank you for your support.
        Toto Hongbao Draw tickets on sale from 4 January. Limited to 10 sets per transaction.
        Kindly check your ticket before leaving the counter. No exchange or refund once you leave.
        Operating hours: Mon-Sun 11am to 9pm, closed on the first day of Chinese New Year. Outlet line 6258 3301 (no phone bets accepted).
        Our terminal is down. Please proceed to the Toa Payoh Lorong 4 branch or use the Singapore Pools app. Sorry for the inconvenience.
        Please do not leave bags unattended at the counter. CCTV in operation.
        Magnum 4D Special Draw on Tuesday 29 December. Sales close at 7pm.
        Cash only for bets below RM5. DuitNow QR accepted for RM5 and above.
        Lost tickets cannot be replaced. The ticket is your only proof of purchase, please sign the back of any winning ticket.
        Bet slips: use blue or black pen only, mark clearly, do not fold. Spoilt slips go into the red box.
        Singapore Sweep tickets available here. Draw on the first Wednesday of every month.
    """),
    ("en", "claims procedure"): _lines("""
        How do I claim a 4D prize above $5,000? Bring the original winning ticket and your NRIC or passport to any Singapore Pools branch during opening hours.
        Prizes must be claimed within 180 days from the draw date. Unclaimed prizes are forfeited.
        For very large prizes, please call Customer Service at 6786 6688 to book a claim appointment at Singapore Pools Building, 210 Middle Road.
        Winners may receive the prize by cheque or by bank transfer to an account in the winner's own name. We do not pay to third parties.
        A damaged or torn ticket will be sent for verification and the result may take up to 30 working days.
        CLAIM FORM (office use) | Claimant name: ____________ | ID type: NRIC / FIN / Passport | ID no.: ____________ | Ticket serial: ____________ | Amount: $________
        Dear {winner_name}, your claim {claim_ref} for {amount} has been approved and will be credited to the account ending {last4} within 3 working days.
        Syndicate wins: one representative claims and is paid; dividing the prize among members is a private arrangement between them.
        Malaysia: prizes above RM5,000 are paid at the operator's branch office. Bring your MyKad and the original ticket; photocopies are not accepted.
        Q: Can my son claim for me if I am in hospital? A: Bring a signed letter of authorisation, both identity documents and the original ticket.
        Prizes won through an online account up to $5,000 are credited automatically; larger wins require a verification call.
        Checklist before you come: original ticket / photo ID / bank statement header in your name / claim form signed.
        SAMPLE TICKET - serial 0812-3347-9901-26 shown for illustration only and not valid for claims.
        Claim counter now serving A047. Please have your ticket and ID ready.
        Lottery winnings from Singapore Pools are not subject to income tax in Singapore.
    """),
    ("en", "syndicate chat"): _lines("""
        ok who in for Toto this Thurs? $10 each, we buy System 8 like last time
        collection closes 5pm, paynow to the usual number in the group description
        guys we kena 3 numbers + additional only, Group 5 $50, split 10 way = $5 each lol
        Hongbao draw coming, office pool $20 per head, reply with a thumbs up by Friday if you want in
        reminder: photo of tickets must be posted before the draw so everyone can check. no photo no pay
        4D this week: 7294 big 2 small 1, iBet 0381. whoever buys pls keep the ticket safe
        anyone got the results for draw 5341 ah? my app cannot load
        lol 1st prize 4851, we bought 4815. so close
        next round skip ok, CNY everyone broke already 😂
        Pinned rules: 1) pay before buy 2) buyer keeps ticket 3) winnings shared equally, rounded down 4) no credit
        so our Group 3 win after split is how much each? think got 12 shares this round
        who went to buy? queue at the Bedok Central outlet damn long
        I think cascade means no Group 1 winner last draw, so this Thursday the pot bigger right?
        the auntie at the counter said System 7 is same as buying 7 ordinary bets, is that correct?
    """),
    ("en", "responsible gambling"): _lines("""
        Call the NCPG Helpline at 1800-6-668-668 if gambling is affecting you or your family. Free and confidential.
        Set a weekly betting limit in your Singapore Pools account under My Account > Responsible Gaming.
        Warning signs: chasing losses, borrowing to bet, lying about how much you spend, skipping work to buy tickets.
        Family members can apply for a Family Exclusion Order through NCPG to stop a relative from gambling at casinos and through Singapore Pools accounts.
        Decide your budget before you go to the outlet, bring only that amount in cash, and never borrow from Ah Long.
        Gambling is entertainment, not a way to make money. The odds of winning Toto Group 1 with one Ordinary bet are about 1 in 14 million.
        In Malaysia, the sale of lottery tickets to Muslims and to persons under 21 is prohibited.
        Counselling is available in English, Mandarin, Malay and Tamil at community agencies listed on the NCPG website.
        Self-exclusion: you can suspend your own Singapore Pools account for a minimum period chosen at application.
        If a loan shark is harassing you, call the X-Ort hotline at 1800-924-5664 or dial 999 in an emergency.
        How do I help my father who spends most of his pension on 4D? He gets angry whenever we bring it up.
        Is it normal to feel you must buy every draw or you will miss the big one? That is a common gambler's fallacy.
    """),
    ("en", "operations log"): _lines("""
        TERMINAL SP-T0417 | 2026-11-21 18:02:14 | SALES CLOSED | draw 4129 | txn count 1,284
        INC-2026-118834 printer jam at counter 2, ribbon replaced, sales resumed 14:35
        4D Draw 5342 (Sat 21/11/2026): 1st 6037 / 2nd 1985 / 3rd 7420 / Starters 0154 3396 8812 2270 / Consolation 4409 7731 0668
        Toto Draw 4129: 04 11 19 26 38 45 + additional 31 | Group 1 $2,104,588 (2 winning shares)
        Ticket ref 18-4129-0047-88312-6 validated, prize Group 7, amount $10.00, paid at outlet 0417
        Daily cash-up: sales $38,412.50, payouts $6,230.00, variance $0.00, bag seal no. 0098812
        config: outlet_id=0417, draw_cutoff="18:00", max_sets_per_txn=10, ncpg_banner=true
        Courier tracking SPX77349921004 - new thermal paper rolls delivered to outlet 0417
        Magnum 4D Draw 2819/26 results: 1st 5521, 2nd 0937, 3rd 8804
        System 12 bet slips out of stock at the Ang Mo Kio Ave 10 outlet, reordered form code SP-F312 v4
        results_20261121.csv sha256 4e7d1a9b0c22f31e8a6d5f0b7c3e91d2a48f6b0e13c5d7a9f2b4c6e8d0a1f3b5
        CCTV maintenance ticket #55182 closed, camera 3 re-aligned to face the queue
        Jackpot Thursday stats: average wait 14 min, peak 17:40-18:00, 3 counters open
        TXN 0417-20261121-003318 voided, reason: wrong draw date selected, amount $24.00
        Tote Board grant GR-2026-3391 approved for a community football programme in Jurong
    """),
    ("en", "news"): _lines("""
        Singapore Pools was set up in 1968 by the government to provide a legal alternative to illegal lotteries.
        Sports Toto Malaysia was privatised in 1985 and is part of Berjaya Corporation, the group founded by Tan Sri Vincent Tan.
        A single ticket bought at an outlet in Jurong West won the Toto Group 1 jackpot of $9.3 million on Monday, Singapore Pools said.
        The Toto Hongbao Draw jackpot was shared by four winning tickets, one of them a QuickPick bought online.
        Home Affairs Minister K Shanmugam said the Gambling Control Act would bring gambling under a single regulator.
        The Gambling Regulatory Authority of Singapore began operations in 2022, taking over from the Casino Regulatory Authority.
        Police raided an illegal 4D syndicate in Johor Bahru and seized betting slips worth RM120,000, Bernama reported.
        Da Ma Cai is operated by Pan Malaysian Pools Sdn Bhd, while Magnum 4D is operated by Magnum Corporation.
        Singapore Pools channels its surplus to the Tote Board, which funds sports, arts and social service projects.
        Researchers at the National University of Singapore studied how betting outlets cluster near hawker centres and MRT stations.
        Then Prime Minister Lee Hsien Loong announced in Parliament in 2005 that the government would allow two integrated resorts.
    """),
    ("zh-Hans", "outlet notice"): _lines("""
        本投注站周日下午五点半停止售卖，请提早购买4D和多多彩票。
        未满18岁人士禁止投注，店员有权要求出示身份证件。
        中奖金额超过五千元，请携带彩票正本及身份证件前往新加坡博彩公司分行领奖。
        本周四多多头奖预计450万元，欢迎合买，但请自行保管好彩票。
        彩票遗失恕不补发，中奖彩票请在背面签名。
        问题赌博求助热线：1800-6-668-668（全国预防问题赌博理事会）
        今日4D开彩结果：头奖 6037，二奖 1985，三奖 7420。
        店内请勿吸烟及大声喧哗，谢谢合作。
    """),
    ("ms", "notis"): _lines("""
        Kedai ini TIDAK menerima pertaruhan melalui WhatsApp atau panggilan telefon.
        Orang Islam dan mereka yang berumur bawah 21 tahun dilarang membeli tiket di premis ini.
        Hadiah melebihi RM5,000 hendaklah dituntut di pejabat cawangan dengan membawa MyKad dan tiket asal.
        Keputusan cabutan Da Ma Cai boleh disemak di laman web rasmi atau aplikasi mudah alih.
        Kedai tutup sempena Hari Raya Aidilfitri selama dua hari. Harap maklum.
        Tiket yang rosak, koyak atau tidak boleh dibaca tidak akan dibayar.
        Berjudi secara berlebihan boleh merosakkan keluarga. Dapatkan bantuan kaunseling segera.
        Waktu operasi: Isnin hingga Ahad, 10 pagi hingga 7 malam. Cabutan: Rabu, Sabtu dan Ahad.
    """),
    ("mixed", "chat"): _lines("""
        walao this week Toto jackpot 6 million leh, buy or not?
        今晚开彩了吗? results out already or not
        lepak kedai 4D kejap, nak check result dulu
        boss say outlet close early today because system problem, go Bishan branch lor
        买两张 system 7 enough lah, don't anyhow spend
        Toto syndicate this week jadi tak? nak collect duit before 5pm
        tomorrow hongbao draw, 排队排到外面去了 lol
        kena small prize only, $25 can makan chicken rice for a week haha
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CLAIM FORM | Claimant: TAN WEI MING | NRIC: S7834512H | Mobile: 9734 2816 | Draw: 4D #5342 | Ticket serial: 0417-5342-11820-3 | Prize: 1st Prize (Big) x3 = $6,000 | Payment: DBS 072-384561-9
        Outlet log 21/11 5.40pm: Mdm Chua Siew Lan (the auntie with the walking stick who buys every Wed) fainted in the queue, SCDF took her to CGH, daughter informed at 8126 5093.
        Syndicate payout Nov (Group 3, 4 shares): Kelvin Ng $345.50 - PayNow 9688 1427 / Siti Hajar Mohd Noor $345.50 - POSB 188-45231-6 / Ramesh Kumar $345.50 - cash / Derek Lim $345.50 - PayNow 8451 7720
        NCPG helpline note 19/11: caller Mr Ong Boon Hock, 57, retired bus captain, says he lost about $80,000 of his CPF withdrawal on 4D and Toto since 2023, wife does not know, sleeping badly; referred to ONE Hope Centre.
        Staff roster Dec | Morning: Priya d/o Selvaraju (hp 9027 3364) | Evening: Jason Teo Kah Wai (hp 8763 1195) | Relief: Auntie Rosnah Abdul Karim, 9412 6638, only call if urgent
        Incident 03/12: Rajesh s/o Kumaravel shouted and banged the counter after his ticket for draw 5301 was rejected as expired; asked to leave by the supervisor, no police report made.
        Underage attempt 15/11 4.20pm: boy in school uniform tried to buy Toto, NRIC T1184026J shows he is 15 (Lucas Goh Jun Jie), sale refused and logged.
        PUBLICITY CONSENT: I, LIM POH HUAT, NRIC S6512078Z, winner of a Toto Group 1 share (Draw 4129), DO NOT consent to my name, photo or outlet being released to the media. Signed 24/11/2026.
        bro pls transfer my share of the Toto win to Maybank 5142 0938 7716, acc name Anand Krishnan, thx
        Lost ticket report: Mr Wong Kah Seng, tel 016-728 4409, says he bought Magnum 4D 3682 Big RM10 at the Jalan Pasar outlet on 2/12 but dropped the ticket on the bus.
        Claim appt: Ms Jennifer D'Cruz, NRIC T0245813B, Tue 8 Dec 10am at Middle Road HQ, Toto Group 2 claim, bringing her mother along as she does not drive.
        Chargeback dispute: cardholder Benjamin Seah says three top-ups of $300 to his Singapore Pools account on VISA 4556 9463 8730 9200 were made by his teenage son without his knowledge.
        FAMILY EXCLUSION - Respondent: HO CHEE KEONG, NRIC S5908214J, 67 | Applicant: HO MEI LING (daughter) | Grounds: borrowed from unlicensed moneylenders, sold his wife's jewellery to bet on 4D
        add @wengkeat_toto into our syndicate grp, he's Jia Hui's cousin, sits 2 rows behind me at the Changi Business Park office
        Hi, I am Suresh Pillai, I won $3,000 on 4D (draw 5338) but I'm working in Dubai until March. Can my wife Kavitha claim for me? Please reply to suresh.pillai81@gmail.com.
        Paid at outlet 0417 on 19/11: Mr NGUYEN VAN THANH, FIN G5128834W, Toto Group 4 $612 cash, work permit sighted (employer: a shipyard in Tuas).
        boss note: Uncle Tan from Blk 203 Bedok North St 1 #07-115 still owe us $45 for last week tickets, he say Saturday will pay
        Security: silver Honda Vezel SLP 4271 G parks at the loading bay every draw night; it belongs to Marcus Lee, the owner's brother-in-law, told him to move it.
        Complaint #C-88213: Mdm Letchumi a/p Muniandy, 74, wheelchair user living alone in Woodlands, says outlet staff refused to pay her $150 Toto prize because she left her IC at home.
        Ah Seng (Teo Ah Seng) ur 4D credit now -$1,240, settle by Fri or no more bets taken. this is last reminder
        Prize cheque register | 27/11 | chq 008812 | GOH SIEW LING | S8803152J | $11,250.00 | collected in person
        Part-time cashier applicant: Chloe Fernandez, 19, Republic Poly year 2, weekends only, chloe.fernz@hotmail.com, can start after her exams.
        OCBC transfer failed for claim SPC-2026-44871: a/c 501-283746-001 is not in the winner's name (winner Teo Soo Fen); ask her to give her own account.
        Online account KYC: Aaron Kwek, 20, uploaded NRIC T0652718Z, selfie mismatch flagged, call him at 8290 4417 before approving.
        eh Wei Jie ur share $200 I paynow to 9827 5106 liao, check pls
        Counselling intake: Harjit Singh s/o Balwant Singh, 44, taxi driver, spends about $300 a day on 4D, two missed HDB instalments, referred by a Family Service Centre social worker.
        Security log 18/11 6.10pm: man in red cap, identified on CCTV as ex-staff Tay Boon Kiat, photographing the terminal screen; reported to SP security.
        AUTHORISATION: I, LEE AH MOI (NRIC S1538207D), authorise my son ANDY LEE WEE KIAT (NRIC S9012457I) to collect my Toto prize of $1,830 as I am warded at Changi General Hospital.
        CCTV request from IO for 18/11 17:00-18:00 re: Mr Aravind Raj, who reported that his wallet with NRIC S6821930B was pickpocketed while queuing for Toto.
        Walk-in from HK: Mr CHAN Ka Fai, HKID K627351(3), asked if tourists can claim a $1,200 4D prize; told him yes, bring his passport to a branch.
        row 7 | Melissa Tan Hui Min | 9845 0273 | paid $20 | 1 of 12 shares | Group 3 $1,382 -> $115.16 | PayNow sent 23/11
        Mdm Kwek Geok Hua (regular) asked if her grandson can claim her $380 Toto prize for her because she has dialysis Mon/Wed/Fri at the NKF centre.
        Refund to Mastercard 5203 9979 7460 9845 for Mr Vincent Ho, voided Toto QuickPick $60 on 20/11, reversal ref RV-220118.
        after our 4D win KTV on Sat? Kenneth Yeo cannot come, his wife just delivered at KKH on Thursday
        Email from kumar.velu1975@yahoo.com.sg: the cashier at your Jurong West 505 outlet counted my change wrong twice, my name is Velu Kumar and I want an apology.
        Sub-agent application: DESMOND JOSEPH PEREIRA, NRIC S7129604J, 14 Jalan Kembangan #02-03 Singapore 419108, previously bank teller for 12 years.
    """),
    "zh-Hans": _lines("""
        中奖登记：林美华，中国居民身份证 350582197906142640，护照 EA4592031，手机 +86 139 5078 2264，4D 三奖 $2,000（Big），已核对护照原件。
        老陈（陈国强）又来赊账，欠了三百八，说下个月出粮再还，电话 9736 5210，老板说不要再卖给他。
        多多合买名单：王丽娟 已付20 / 黄志明 已付20 / 李秀英 未付 / 张伟 已付20，这期 Group 4 每人分 $153。
        请把我的奖金转到大华银行 UOB 371-309-872-4，户名 郑秀玲，谢谢。
        我老婆的微信号是 zhou_yanping_0923，她也想加入我们的多多群，帮忙拉她进来。
        店员记录：黄亚妹阿姨今天又输了两百多块，说儿子在坐牢没人照顾她，情绪很低落，已经给了她求助热线。
        广州来的顾客邓晓琳，身份证 440106198509231429，问能不能用大陆银行卡领 Toto 奖金，已告知需本人持护照到分行办理。
    """),
    "ms": _lines("""
        Borang tuntutan hadiah | Nama: SELVAM A/L RAMASAMY | No. K/P: 780122-01-6133 | Tel: 012-384 7761 | Sports Toto 4D Hadiah Kedua RM1,000 | Bank: Public Bank 4223817619
        Saya Norhayati binti Yusof (011-2764 8853). Suami saya Jeffrey Lau habiskan gaji di kedai Da Ma Cai Taman Melawati setiap minggu, tolong jangan jual tiket kepada dia lagi.
        Rekod kaunseling: klien Chandran a/l Maniam, 52, pemandu lori, berhutang RM18,000 dengan along kerana judi 4D; isteri Devi a/p Krishnan hadir bersama.
        Notis kepada ejen: lesen Lim Siew Hong (K/P 950712-12-5468) digantung 14 hari kerana menjual tiket kepada pelajar bawah umur pada 2 November.
        Bang, duit bahagian Toto awak RM85 dah masuk CIMB 7012443896 ya, tolong check.
        Laporan polis: Tan Chee Meng, 33, ditahan di Kepong kerana menerima pertaruhan 4D haram melalui WhatsApp 016-505 8821.
    """),
    "mixed": _lines("""
        eh Koh Ah Huat say he 中了 4D 三奖 but never belanja us, his hp 9183 6620 you call him lah
        阿明 Lim Chee Ming 的 IC S7408836H 借我 register Singapore Pools account ok or not? he say can wor
        Kavitha d/o Raman's mother masuk TTSH since Monday, so she tak join Toto this round, I cover her share first
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a short authorisation letter? My mum Mdm Pang Lai Fong, NRIC S0872941G, won $2,400 on 4D (draw 5340) but she is bedridden after a stroke. I'm her daughter Serene Pang, NRIC S8156723I.",
        ),
        (
            "assistant",
            "Sure. Here is a draft: 'I, Pang Lai Fong (NRIC S0872941G), authorise my daughter Serene Pang (NRIC S8156723I) to claim my 4D prize of $2,400 from Draw 5340 on my behalf, as I am unable to attend in person due to illness.' Add the date and her signature or thumbprint.",
        ),
        (
            "user",
            "Add that I'll bring her original NRIC and the ticket, and put my number 9561 3308 at the bottom.",
        ),
    ],
    [
        ("system", "You help an office Toto syndicate keep its accounts tidy."),
        (
            "user",
            "We won Group 3, $2,764 to split. Raymond Chia has 3 shares, Wong Pui Yee 2 shares, Gopal s/o Arumugam 1 share. How much each?",
        ),
        (
            "assistant",
            "6 shares in total, so one share is $460.67 (rounded). Raymond: $1,382.00, Pui Yee: $921.33, Gopal: $460.67. Total $2,764.00.",
        ),
        (
            "user",
            "ok. Gopal wants his to POSB 157-28491-3 instead of PayNow, Raymond PayNow 9034 6617. Write the message for the group.",
        ),
    ],
    [
        (
            "user",
            "My husband keeps betting on 4D. He is Loh Kian Huat, 49, and he took $6,000 from our joint account last month without telling me. How do I stop him?",
        ),
        (
            "assistant",
            "You can apply to NCPG for a Family Exclusion Order, which can bar him from casinos and from Singapore Pools accounts. You will need to show how his gambling is affecting the family, for example bank statements. Counselling for you is available too, even if he refuses to go.",
        ),
        (
            "user",
            "His NRIC is S7718294B and we stay at Blk 519 Tampines Central 7 #11-42. Can you fill in the respondent section for me?",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for 4D outlet staff. Write short, factual incident reports.",
        ),
        (
            "user",
            "write report: today 3pm customer Muthu a/l Subramaniam lost on Toto and threatened our cashier Ng Mei Xin, said he will wait for her after closing. he comes every day, stays at the block behind.",
        ),
        (
            "assistant",
            "Incident report, 3.00pm: Customer Muthu a/l Subramaniam, a daily regular, made a verbal threat against cashier Ng Mei Xin after an unsuccessful Toto bet, stating he would wait for her after closing. Recommend informing police and arranging for Ms Ng to be escorted at closing.",
        ),
        ("user", "add that Mei Xin is pregnant and very shaken, she went home early"),
    ],
    [
        (
            "user",
            "Saya menang Magnum 4D hadiah pertama RM2,500. Apa yang perlu dibawa untuk tuntut?",
        ),
        (
            "assistant",
            "Bawa tiket asal yang menang dan MyKad anda ke pejabat cawangan Magnum. Pastikan tiket tidak rosak dan tuntut sebelum tarikh luput.",
        ),
        (
            "user",
            "Nama saya Lau Chee Wai, IC 850317-14-5527. Boleh mereka transfer terus ke akaun Maybank saya 1640 5528 9017?",
        ),
    ],
    [
        ("user", "我爸爸黄德福欠了大耳窿三万块，都是买万字输的。我该怎么办？"),
        (
            "assistant",
            "请不要再借钱替他还债。如果被骚扰，可以报警或拨打 X-Ort 热线 1800-924-5664。也建议联系全国预防问题赌博理事会的辅导服务。",
        ),
        (
            "user",
            "他住在宏茂桥 Blk 226 Ang Mo Kio Ave 1 #05-318，大耳窿昨晚已经在门口泼红漆了，他的手机 8712 0356 一直有人打来。",
        ),
    ],
    [
        (
            "user",
            "Fill in this winner email for me: Dear {winner_name}, your claim {claim_ref} for {amount} has been approved and will be credited to {account}.",
        ),
        ("assistant", "Sure, please give me the values for each field."),
        (
            "user",
            "winner_name = Ms Nadia Rozario, claim_ref = SPC-2026-45102, amount = $8,400, account = DBS 034-918207-2",
        ),
        (
            "assistant",
            "Dear Ms Nadia Rozario, your claim SPC-2026-45102 for $8,400 has been approved and will be credited to DBS 034-918207-2.",
        ),
    ],
    [
        (
            "user",
            "My card 5408 2321 8411 5505 was used for Singapore Pools top-ups by my son Ryan Yeo, he is only 17. How do I dispute it?",
        ),
        (
            "assistant",
            "Call your card issuer to report the transactions and request a chargeback, and contact Singapore Pools customer service to report underage use so the account can be investigated and closed.",
        ),
        (
            "user",
            "the account is under my name Gary Yeo, email garyyeo.sg@gmail.com, can you write the email to them?",
        ),
    ],
    [
        (
            "user",
            "Help me write a short WhatsApp message applying for the part-time cashier job at a Toto outlet.",
        ),
        (
            "assistant",
            "Sure. Tell me your name, age, availability and any experience handling cash.",
        ),
        (
            "user",
            "Kavin Raj s/o Muthusamy, 21, ITE grad, worked 1 year at a 7-Eleven in Yishun, free weekday nights, my number 8932 4106",
        ),
    ],
    [
        (
            "user",
            "Your Tampines St 81 outlet sold Toto to my son Ethan Chong. He is 17 and still in JC, his NRIC T0965231G clearly shows it. I want to complain.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. You can lodge a complaint with Singapore Pools stating the outlet, date and time of purchase, and attach a photo of the ticket if you have it.",
        ),
        (
            "user",
            "It was Sunday around 5pm. I'm his mother, Karen Chong, call me at 9470 2285 if you need more details.",
        ),
    ],
]
