# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en154: SG/MY 4D, TOTO and lottery outlets (prize claims, syndicates, unclaimed prizes, responsible gambling, outlet staff rosters). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en154
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "outlet_notice"): _lines("""
        NOTICE: This outlet will close at 6.00pm on the eve of Chinese New Year and reopen on the 3rd day. 4D and TOTO draws on those days follow the published draw calendar.
        4D Draw No. 5182 (Sat) results: 1st Prize 7306, 2nd Prize 0418, 3rd Prize 9952. Starter and Consolation prizes as displayed on the board. Please check your tickets at the counter terminal.
        TOTO Draw 3957 Group 1 jackpot estimated at $6,200,000 (cascade). Last sales 9.00pm at this outlet, draw at 9.30pm.
        Prizes up to $5,000 can be claimed at any Singapore Pools outlet. Prizes above $5,000 must be claimed at a Singapore Pools branch. Please bring your winning ticket and identification.
        UNCLAIMED PRIZE ALERT: one TOTO Group 2 winning ticket for Draw 3921 was sold at the Tampines Central 1 outlet. Claim deadline is 180 days from the draw date. Check your old tickets!
        Shift roster template – Outlet 0417 | Mon–Fri: Shift A 9.30am–3.30pm, Shift B 3.30pm–9.45pm | Sat/Sun: Shift A 9.00am–4.00pm, Shift B 4.00pm–10.00pm | Cashiers: 2 per shift | Supervisor: 1
        Reminder to all counter staff: terminal end-of-day report must be printed and filed before 10.15pm. Any variance above $20 to be logged in the cash book with the ticket serial range.
        No sale of lottery tickets to persons below 18 years of age. Staff may ask for proof of age before accepting any bet.
        Outlet 0231 (Hougang Ave 8, #01-1542) will be closed for renovation from 3 to 17 March. Nearest alternative outlets: Hougang Mall and Kovan Hub.
        Magnum 4D special draw this Tuesday. Counter closes 7.00pm sharp. Big/Small, iBox and Roll Front accepted. Cash or e-wallet only, no credit.
        Sports Toto Supreme 6/58 jackpot now RM28,451,307.20 – Draw No. 6054/24 on Sunday.
        Staff training: responsible gambling refresher, Wed 10am, Level 3 training room. Compulsory for all new hires; bring your staff pass.
        Ticket reprint request form: Outlet code ____ / Terminal ID ____ / Draw no. ____ / Reason for reprint ____ / Supervisor sign-off ____
        WINNING TICKET SOLD HERE! 4D 1st Prize, Draw 5170 – congratulations to our lucky customer!
        Numbers 8888, 1688 and 0168 are FULL for Sunday's draw. Please choose other numbers or try another outlet.
    """),
    ("en", "claims_faq"): _lines("""
        How long do I have to claim a 4D prize in Singapore? Prizes must be claimed within 180 days after the draw date; unclaimed prizes are forfeited.
        Q: My TOTO ticket faded in the sun, can still claim? A: Bring it to a branch. If the barcode and serial number can be validated by the system, the prize can usually be paid.
        Can a foreign tourist claim a TOTO prize in Singapore? Yes, a passport is accepted as identification at the branch for larger prizes.
        What's the difference between a 4D Big and Small bet? A Big bet covers all five prize categories; a Small bet covers only the 1st, 2nd and 3rd prizes but pays more for each.
        How do we split a syndicate prize fairly? Record who paid how much before the draw, keep a photo of the ticket in the group, and have the prize paid into one account and then transferred out according to the agreed shares.
        Can I claim a prize on behalf of my father who is in hospital? Generally the bearer of the ticket is paid, but for large prizes the branch may ask for a letter of authorisation and both IDs.
        What ID is accepted for big prize claims at Magnum branches? MyKad for Malaysians, passport for foreigners, together with the original winning ticket.
        Why does the branch scan my NRIC for big prizes? Operators keep identity records of large payouts for anti-money laundering checks.
        If two people in a syndicate disagree on who owns the ticket, the operator pays the bearer of the ticket; the dispute has to be settled between the parties or in court.
        Can I buy 4D online in Singapore? Only through the Singapore Pools website and app, with an account for those aged 21 and above.
        What does iBet mean on a 4D slip? It spreads one stake across all permutations of your number, so each permutation pays less.
        My winning ticket is 200 days old, can I still claim? No. Once the 180-day claim period has expired the ticket cannot be paid, even if it was a winning ticket.
        Do outlet staff get a commission on winning tickets sold? Outlets earn a selling commission on turnover; some operators also give the outlet a small reward for selling a 1st Prize ticket.
        Prize claim declaration (template): I, ______________ (NRIC/Passport No. ______________), confirm that I am the bearer of ticket no. ______________ and that the prize of $______ has been paid to me in full.
    """),
    ("en", "news"): _lines("""
        Singapore Pools was set up in 1968 by the government to provide a legal alternative to illegal betting syndicates.
        Sports Toto Malaysia was privatised in 1985 and later came under the Berjaya group founded by Tan Sri Vincent Tan.
        A single Group 1 winning ticket for TOTO Draw 3998 won $12.4 million; it was a QuickPick bought at an outlet in Jurong West.
        Punters queued for hours at a Hougang outlet nicknamed 'the lucky shop' ahead of the $12 million Hong Bao draw.
        Unclaimed lottery prizes in Malaysia amounted to several million ringgit last year, with many winners never checking their tickets.
        The Gambling Control Act 2022 set up the Gambling Regulatory Authority of Singapore to oversee lotteries, betting and gaming machines.
        Jack Neo's comedies often poke fun at Singaporeans buying 4D numbers from car plates, accident reports and dreams.
        The Kelantan state government has long refused to license number forecast outlets, so there are no 4D shops in the state.
        Police raided an illegal online 4D syndicate in Johor Bahru, seizing 14 computers and RM32,000 in cash; six suspects aged 20 to 45 were detained.
        Sabah's own 4D games, such as STC 4D and Sabah 88, are sold only in East Malaysia.
        Surveys by the National Council on Problem Gambling have put the probable problem and pathological gambling rate among Singapore residents at around one per cent.
        Dream-number books linking dreams to 4D numbers are still sold at provision shops in Chinatown and Petaling Street.
    """),
    ("en", "responsible_gambling"): _lines("""
        If gambling is causing problems for you or your family, call the National Council on Problem Gambling helpline at 1800-6-668-668 (24 hours, confidential).
        Family members may apply for a Family Exclusion Order to bar a loved one from the casinos and from opening or using a Singapore Pools account.
        Warning signs of problem gambling: chasing losses, borrowing money to bet, lying about how much you spend, feeling restless when you try to cut down.
        Set a weekly budget before you play and stick to it. Lottery is entertainment, not a way to make money.
        Outlet staff guideline: if a customer appears distressed or asks for credit, politely decline and offer the helpline leaflet. Never comment on a customer's wins or losses.
        Singapore Pools account holders can set daily and monthly deposit limits in the app under My Account > Limits.
        Age check procedure: ask for physical ID, compare the photo and date of birth, refuse the sale if no proof is shown. Record only the number of refusals, not the customer's details.
        The odds of winning TOTO Group 1 with one ordinary 6-number bet are 1 in 13,983,816.
        Anti-money laundering: large payouts are processed only at branches with identity verification; staff must never split a large prize into several small payouts.
        Problem gambling helpline numbers are printed on the back of every betting slip; display the poster at eye level near the counter.
        PDPA reminder for outlets: do not photocopy or photograph customers' NRIC cards. Branch staff record identity details only through the claims system.
        Self-exclusion is a voluntary measure: once you apply, you cannot cancel it before the minimum period you chose has ended.
    """),
    ("en", "code_config"): _lines("""
        SELECT draw_no, draw_date, first_prize, second_prize, third_prize FROM fourd_results WHERE draw_date >= '2024-01-01' ORDER BY draw_no DESC;
        {"draw_no": 5182, "game": "4D", "first": "7306", "second": "0418", "third": "9952", "starter": ["1150", "2897", "6604"], "consolation": ["3391", "0075", "8142"]}
        CLAIM_PERIOD_DAYS = 180  # SG Pools; prizes above SGD 5000 are branch-only
        def is_valid_toto_pick(nums): return len(set(nums)) == len(nums) == 6 and all(1 <= n <= 49 for n in nums)
        outlet_id,region,terminal_count,opening_hours | 0417,East,3,09:30-21:45 | 0231,North-East,2,10:00-21:45 | 0588,West,4,09:00-22:00
        ROSTER_SHIFTS = {"A": ("09:30", "15:30"), "B": ("15:30", "21:45")}  # minimum 2 cashiers per shift
        ERROR 4023: Ticket serial 2041-0378-1166 already validated at terminal T0417-02 on 2024-03-09 19:42
        ticket_barcode_sha256: 3b7f0c91e2d44a18c6f5a09e7d21b6c4f83e0a5d92c17b4e6f08d3a1c5b29e74
        git commit -m "fix: cascade Group 1 share into next draw when there is no winner (draw 3957)"
        # unclaimed_report.py: lists winning tickets older than 150 days with no claim, grouped by outlet code; no customer fields are stored
    """),
    ("ms", "notis_outlet"): _lines("""
        NOTIS: Orang Islam dilarang membeli atau menjual tiket loteri di premis ini.
        Individu berumur bawah 21 tahun tidak dibenarkan membuat sebarang pertaruhan.
        Keputusan Magnum 4D Cabutan 2876/24: Hadiah Pertama 5129, Hadiah Kedua 3380, Hadiah Ketiga 0671.
        Hadiah mesti dituntut dalam tempoh yang dinyatakan di belakang tiket. Hadiah yang tidak dituntut akan dilucutkan.
        Kedai ditutup pada hari pertama dan kedua Hari Raya Aidilfitri. Cabutan hari Ahad berjalan seperti biasa.
        Jadual syif pekerja: Syif Pagi 10.00 pg – 4.00 ptg, Syif Petang 4.00 ptg – 9.30 mlm. Setiap syif mesti ada sekurang-kurangnya seorang penyelia.
        Tiket yang koyak, basah atau tidak boleh dibaca tidak akan dibayar. Simpan tiket anda dengan baik.
        Jika perjudian menjejaskan hidup anda, hubungi Befrienders Kuala Lumpur di 03-7627 2929 untuk sokongan emosi secara sulit.
        Tuntutan hadiah besar perlu dibuat di ibu pejabat; sila bawa MyKad asal dan tiket yang menang.
        Soalan: Boleh tak kongsi satu tiket Toto dengan kawan-kawan? Jawapan: Boleh, tetapi hadiah dibayar kepada pemegang tiket, jadi buat persetujuan bertulis dahulu.
        Nombor 8888 dah penuh untuk cabutan Ahad sebab ramai beli sempena Tahun Baru Cina, sila pilih nombor lain.
        Latihan pekerja baharu: prosedur semak umur, pengesanan wang palsu dan laporan transaksi mencurigakan. Hari Selasa, 2.30 petang.
    """),
    ("zh-Hans", "notice_faq"): _lines("""
        万字票中奖后请在规定期限内到总行或指定分行领奖，逾期作废，恕不另行通知。
        本店不售票给未满21岁人士，回教徒禁止购买彩票。
        多多彩票至尊6/58累积奖金已达2,845万令吉，本周日开彩，欢迎购买。
        新加坡博彩公司4D头奖：每1元大字派2,000元，小字派3,000元。
        问：合伙买TOTO中了奖，钱怎么分？答：最好事先在群里写明每人出多少钱、占几份，彩票由一人保管并拍照发群。
        如您或家人受赌博困扰，请拨打全国预防嗜赌理事会热线1800-6-668-668，全天候保密服务。
        员工排班表模板：早班09:30-15:30，晚班15:30-21:45，每班至少两名收银员及一名主管。
        未领奖金提醒：第3921期TOTO二等奖彩票售自淡滨尼中心投注站，至今尚未有人领取。
        发梦买字：梦见蛇买7，梦见车祸买车牌号码——这些都是民间说法，没有任何科学根据。
        超过5,000元的奖金只能到新加坡博彩公司分行领取，请携带身份证件和中奖彩票原件。
        大马彩1+3D成绩：首奖2207，二奖9815，三奖4460，详情请参阅店内告示板。
        本店农历新年营业时间：除夕营业至下午6时，初一初二休息，初三照常营业。
    """),
    ("mixed", "group_chat"): _lines("""
        Eh today got 4D draw or not? Wah the queue at the Toa Payoh outlet damn long leh
        Bro TOTO jackpot $8m this Thursday, want to join syndicate or not, $10 per share lah
        Aiyo my numbers kena consolation only, $60 lor, at least can buy kopi for the whole week
        Boss ah, nombor 1314 penuh dah ke? Ok takpe, ambil 1413 lah
        Uncle at the counter say cannot claim cos ticket too faded, must go branch. Anyone know which branch open on Sunday?
        Lepas cabutan malam ni kita check dalam group sama-sama ya, jangan ada yang hilang tiket lagi 😂
        Wah 中了安慰奖 again, this month already three times, but overall still lose money haha
        Who got the Hong Bao draw results? The app hang already
        Don't anyhow buy from those online 4D agents lah, illegal one, kena cheat also nobody can help you
        Syndicate rule: each share $5, max 20 shares, ticket photo posted before 9pm, winnings split by shares. Agree pls react 👍
        Lunch break lai lai, anyone want to tumpang beli Sweep? I going to the outlet downstairs now
        Kedai nombor tutup awal hari ni sebab mesin rosak, esok pagi pergi kedai lain la
        Last week 4D first prize same as my HDB block number, I never buy. Sian.
        我妈说要买上次车祸那辆车的车牌号码, I say the car already scrap liao still want to buy ah
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PRIZE CLAIM FORM | Claimant: TAN BOON HOCK | NRIC: S7012345B | Mobile: 9734 5521 | Game: TOTO Draw 3957 Group 2 | Prize: $148,332.00 | Payment: cheque
        Syndicate record TOTO Draw 4002 – Marcus Lim $20, Siti Rahmah binte Osman $10, Prakash s/o Maniam $10, Jolene Goh $10. Ticket held by Marcus. PayNow winnings to 9017 3358.
        Roster wk 14, Outlet 0417: Mon A – Nur Hidayah (8845 1276), B – Lee Mei Ling (9688 2107); Tue A – Rajendran a/l Subramaniam, B – Lee Mei Ling; supervisor on call: Chong Wai Keat 8216 0934
        Incident 24-0311, Outlet 0231: customer Ong Kah Seng (regular, stays Blk 681 Hougang Ave 8) shouted at the cashier after losing on 4D and demanded credit. Refused, given NCPG leaflet.
        Self-exclusion request: Mohamed Faizal bin Abdul Rahman, NRIC S8876542G, Pools account no. 2290-4471, period 3 years, reason: debts from football betting.
        FEO application by spouse – respondent Kelvin Yeo Chee Wah, 47, taxi driver; applicant says he spent $38k of the family savings on 4D and TOTO this year. Committee hearing 14 May.
        Note for boss: the auntie who always buys 4D at 7pm, Madam Chua from Blk 210 Toa Payoh Lor 8 #07-231, won $2,000 starter last Wed and haven't come to claim. Her HP 9523 7718.
        Magnum claim slip – Name: LOH SIEW PENG | IC No: 850923-07-5128 | Tel: 016-772 1093 | Prize: 1st Prize Big RM25,000 | Bank: Public Bank 4182766309
        Staff warning letter: Kavitha d/o Ramasamy (staff no. 0417-12) is issued a first written warning on 2 April for selling 4D to a customer without checking age.
        Complaint: my son Daniel Koh, 16, Sec 4 at Bedok North Secondary, bought TOTO at your Bedok Reservoir outlet yesterday without any ID check. Please call me at 8372 6614. – Mrs Koh
        Lost ticket report: Goh Ah Lian, 68, says her 4D ticket for Draw 5180 (4412 iBet, $10) dropped somewhere in Chinatown Complex market. Contact through her daughter 9211 0457.
        Payment dispute: DBS Visa debit 4556 3301 9876 5431 charged twice for the Pools account top-up on 03/03; cardholder Aaron Teo Jun Wei wants one refunded.
        CCTV review: male customer identified as Suresh Kumar s/o Rajoo, FIN G5566123K (work permit), seen taking another customer's ticket from the counter at 8.41pm on 9 Mar.
        Final list office TOTO syndicate (Hong Bao draw): 1. Wong Jia Hui – 2 shares – paid 2. Hafiz Ismail – 1 share – paid 3. Deepa Nair – 1 share – owes $10 4. Ryan Fernandez – 3 shares – paid. Ticket in Jia Hui's drawer, Level 12.
        From: ravi.kumar.sg@hotmail.com – Dear Singapore Pools, I won $5,800 on 4D Draw 5177 but the outlet refused to pay. I am Ravi Kumar s/o Govindasamy, NRIC S1673225G, mobile 9123 4087.
        Outlet 0231 emergency contacts: supv Chong Wai Keat 8216 0934 | cashier Aisyah 9640 3315 (part-time, NUS student, weekends only) | cashier Teo Hock Chye 9872 1164 (6-day week)
        Ah Long note found stuck at outlet door: 'LIM CHEE MENG Blk 88 Geylang Bahru #05-112 owe $4,200 for 4D, pay or we come back.' Photo sent to police.
        Winner: Cheryl Ang Xiu Wen, T0198765D, $12,480 TOTO Grp 3 (syndicate share)
        3/4 19:52 void 4D ticket, wrong draw date printed – cust Mdm Letchumi, HP 9156 2248, refunded $12
        MC record: Nurul Huda binte Jaafar, cashier Outlet 0417, on medical leave 5–7 April (dengue, warded at Changi General Hospital).
        Payout register 12/03: ticket 5182-4471-0093 | $2,650.00 | paid to HO KAH WAI, NRIC S9123408D | signature obtained
        Claim by Chinese national ZHANG LEI, passport E73920418, TOTO Group 3 $1,702, staying at a Geylang budget hotel room 318 until 20 Mar, asked us to keep his win quiet.
        STC 4D claim – Name: Joanna Lajim, IC 950611-12-5478, Penampang, Tel 013-508 2276, prize RM7,500, pay to CIMB acc 7012445588
        Outlet owner's note: Jason Pereira (weekend cashier, lives in Katong) was short $340 twice this month. I suspect he bets on credit at his own counter. Don't roster him alone.
        Regular Mr Yusof buys the plate of his Toyota, SKL 4821 C, every draw – he drives Grab, comes Sunday morning before 10.
        Syndicate admin is Leong Wei Jie, pls DM him on Telegram @kopi_kaki_leong for your share, he will PayNow everyone by Sunday.
        Referral to NCPG counselling: client Pang Soo Lin, 52, housewife, Jurong West, losing ~$1,500/month on 4D, husband unaware; consented to call-back at 8951 6620.
        Cannot reach the winner: Mr Arjun Menon, last known email arjun.menon.84@gmail.com, TOTO Grp 2 share from the Raffles Place office syndicate, not replying since March.
        Sarawak Cash Sweep claim: Mdm Florence Ting Siew Ling, IC 730130-13-5092, Sibu, 3rd prize RM50,000, collected by cheque on 18/6 with her son.
        Car SJM 7302 X parks at the loading bay every night, the driver buys $200 of iBox each draw and always argues with staff over change.
    """),
    "ms": _lines("""
        Borang tuntutan hadiah – Nama: LIM CHOON HUAT | No. KP: 690717-01-5387 | Alamat: No. 23, Jalan Mawar 4, Taman Bukit Indah, 81200 Johor Bahru | Tel: 012-718 3392 | Hadiah: Magnum 4D Hadiah Ketiga
        Jadual syif minggu ini: Pagi – Kavitha a/p Muniandy (016-451 2290), Petang – Tan Kok Seng (017-660 3481). Penyelia: Encik Ravi Chandran 012-983 5514.
        Aduan pelanggan: Encik Wong Kim Fatt dari Taman Sri Muda, Shah Alam mengadu tiketnya ditolak sebab kabur; beliau minta kami telefon 011-2345 8871.
        Sila pindahkan bahagian saya (RM840) ke akaun Maybank 1141 2233 4455, nama Jennifer anak Jimbun, IC 880226-13-6344. Terima kasih!
        Pekerja baharu: Thivyaa a/p Selvam, 22, pelajar separuh masa, mula kerja 1 Julai di outlet Kepong, gaji RM9 sejam, No. KP 020815-10-0784.
        Amaran bertulis kepada Chin Yee Ling (juruwang outlet Kepong) kerana menjual tiket kepada pembeli bawah umur pada 12 Mac.
        Pemenang Sabah 88: Puan Maria Gimbang dari Penampang menang RM18,000, belum datang tuntut di ibu pejabat; anaknya boleh dihubungi di 014-867 2031.
        Tuntutan ditangguhkan: tiket 2876-0391-5520, pemenang Encik Goh Teck Leong, No. KP 780512-10-5673, sedang disiasat kerana tiket disyaki diubah suai.
    """),
    "zh-Hans": _lines("""
        领奖登记：姓名 陈美玲，身份证 S8512773Z，电话 9688 2017，4D第5182期安慰奖 $60×5，现金支付。
        合伙名单（TOTO红包开彩）：黄志强 3份 已付；李秀英 2份 未付；Muthu 1份 已付。奖金统一转到志强的DBS户口 012-3-456789。
        员工排班：周一早班 郭丽华（012-557 9013），晚班 林国伟；主管 张德明，电话 016-225 8830，有事找他。
        投诉记录：梁伟文先生，住宏茂桥3道425座#09-1187，说本店员工态度差，要求回电 8216 7743。
        中国籍员工 刘洋，身份证 350583198804122631，工作准证到期后不再续约，最后上班日5月31日。
        自我禁赌求助：吴淑芬，47岁，说丈夫蔡国荣长期赌万字，已欠大耳窿三万令吉，联系电话 019-556 2087。
    """),
    "mixed": _lines("""
        eh jolene ur share from toto 4002 is $310, i paynow to 9734 5521 ok? confirm this is ur number
        boss, ah beng (Tan Kok Seng) still owe us RM200 for 4D tikam last week, his HP 017-660 3481, call him pls
        Gerald Chia from accounts won 4D first prize one, heard he used his wife's IC last 4 digits. Don't tell anyone ah
        Kak Ros (Rosnah binte Hamid) from Woodlands outlet MC again today, who can cover her B shift? Her number 9640 3351 if need to check
        bro Vikneswaran a/l Murugan tu dah 3 minggu tak bayar share Toto, dia kerja kat Menara Maxis, tel dia 019-288 4410
        wah sharon lee's dad (the one at blk 512 bedok north st 3) won 1st prize 4D lor, $2,000 big. she say dun spread
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help a Singapore Pools outlet operator with staff admin and customer notices.",
        ),
        (
            "user",
            "Draft a WhatsApp message to our new part-timer about her first shift. Name is Aisyah binte Rahmat, number 8774 2093, starts Sat 9am at Outlet 0417.",
        ),
        (
            "assistant",
            "Hi Aisyah, welcome to the team! Your first shift is this Saturday at 9.00am at Outlet 0417. Please come 15 minutes early so the supervisor can set up your terminal login. See you!",
        ),
        (
            "user",
            "Add that she must bring a copy of her NRIC T0389214F and her bank book for salary crediting.",
        ),
    ],
    [
        (
            "user",
            "Our office syndicate won TOTO Group 2, $420,600 for one ticket. Shares: Alvin Kwek 3, Tan Bee Ling 2, Muhammad Irfan bin Salleh 1, Priya d/o Shanmugam 1. How much each?",
        ),
        (
            "assistant",
            "There are 7 shares in total, so each share is $60,085.71. Alvin: $180,257.14, Bee Ling: $120,171.43, Irfan: $60,085.71, Priya: $60,085.71.",
        ),
        (
            "user",
            "Ok Alvin collected the cheque. Write a message telling them he will PayNow from 9338 4716 by Friday.",
        ),
    ],
    [
        (
            "user",
            "Mak saya Puan Lee Ah Moi, No KP 570321-08-5124, menang Magnum 4D hadiah kedua tapi dia dah tua, susah nak pergi KL. Boleh saya tuntut bagi pihak dia?",
        ),
        (
            "assistant",
            "Biasanya hadiah besar perlu dituntut oleh pemegang tiket sendiri di ibu pejabat atau cawangan. Hubungi talian khidmat pelanggan syarikat dahulu untuk tanya sama ada surat kebenaran dan salinan MyKad kedua-dua pihak diterima.",
        ),
        (
            "user",
            "Ok, dia tinggal di Ipoh, Taman Cempaka, nombor telefon dia 05-545 7719. Tolong tuliskan surat kebenaran.",
        ),
    ],
    [
        (
            "user",
            "My husband Mohd Rizal bin Hakim, NRIC S7734120Z, keeps betting on 4D and football, we are behind on the HDB loan. How do I apply for a Family Exclusion Order?",
        ),
        (
            "assistant",
            "I'm sorry you are going through this. You can apply to the National Council on Problem Gambling for a Family Exclusion Order; a committee will hear the case and can bar him from the casinos and from holding a Singapore Pools account.",
        ),
        (
            "user",
            "He has a Pools account under rizal.hakim77@gmail.com. Will they close that one too?",
        ),
    ],
    [
        ("system", "You are a scheduling assistant for a lottery outlet in Johor Bahru."),
        (
            "user",
            "Buat jadual minggu depan: Kavitha a/p Muniandy (pagi Isnin-Rabu), Tan Kok Seng (petang Isnin-Jumaat), Lim Siew Hoon (pagi Khamis-Sabtu, tel 012-661 0475). Ahad tutup.",
        ),
        (
            "assistant",
            "Isnin–Rabu: Pagi Kavitha, Petang Kok Seng | Khamis–Jumaat: Pagi Siew Hoon, Petang Kok Seng | Sabtu: Pagi Siew Hoon, Petang – kosong | Ahad: tutup",
        ),
        ("user", "Siew Hoon cuti bersalin mulai 15hb, tukar dia dengan Kavitha untuk Sabtu."),
    ],
    [
        (
            "user",
            "帮我写一封信给新加坡博彩公司，我叫何家伟，身份证S9823317B，上个月4D中了三等奖但彩票被洗衣机洗烂了。",
        ),
        (
            "assistant",
            "好的，以下是信件草稿：尊敬的新加坡博彩公司客服部：本人于上月购买4D彩票并中得三等奖，但彩票不慎损坏，恳请贵公司协助查证……",
        ),
        (
            "user",
            "加上我的电话 8462 3308 和地址 Blk 133 Jurong Gateway Road #11-209，方便他们联络我。",
        ),
    ],
    [
        (
            "user",
            "Help me write a complaint. On 12 Mar the cashier at Outlet 0231 refused to pay my $5,800 4D prize and was rude. I'm Sandra Pereira, 14 Jalan Kembangan, Singapore 419123, mobile 9874 0021.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Customer Service, I am writing to complain about my experience at Outlet 0231 on 12 March, where my winning 4D ticket was not paid and I was treated rudely...",
        ),
        (
            "user",
            "Thanks. Please also mention my Pools account number 7731-0528 so they can trace my bets.",
        ),
    ],
    [
        (
            "user",
            "My grandma Mdm Soh Geok Lian, 81, NRIC S0713482G, is at St Luke's nursing home and just found a TOTO ticket from Draw 3950 that won Group 4. Can my mum claim for her?",
        ),
        (
            "assistant",
            "Check the claim deadline first: prizes must be claimed within 180 days of the draw. For a Group 4 amount, the ticket can usually be claimed at any outlet by whoever holds it; for larger sums a branch may ask for ID.",
        ),
        (
            "user",
            "Ok my mum Irene Lim will go tomorrow, her number is 9162 5573 in case you need it for the letter.",
        ),
    ],
    [
        (
            "user",
            "I'm outlet supervisor. Summarise this incident: Indonesian customer Hendra Wijaya, passport C4419273, tried to claim $3,200 with a ticket that another customer, Mr Kwok Siu Ming, says he lost yesterday.",
        ),
        (
            "assistant",
            "Incident summary: A customer attempted to claim a $3,200 prize using a ticket reported lost by another customer the day before. Payment withheld pending review of CCTV and terminal records.",
        ),
        (
            "user",
            "Add that Mr Kwok's number is 9045 8812 and he says he bought it at 6.10pm, serial ends 0093.",
        ),
    ],
    [
        (
            "user",
            "Calculate payslip for our outlet cashier Kavitha a/p Muniandy, No KP 910304-14-6022, 168 hours at RM9.50, EPF 11%, bank Maybank 1628 3390 4417.",
        ),
        (
            "assistant",
            "Gross pay: 168 × RM9.50 = RM1,596.00. Employee EPF 11% = RM175.56. Net pay before SOCSO/EIS: RM1,420.44.",
        ),
        ("user", "Ok, she also got RM100 bonus for selling the 1st prize ticket, add it in."),
    ],
    [
        (
            "user",
            "wanna track who still owe for our 4D syndicate: Benjamin Sim 8105 2264 owes $15, Nadia binte Yusoff owes $5, Gopal s/o Perumal owes $20. make a table",
        ),
        (
            "assistant",
            "| Name | Contact | Owes |  | Benjamin Sim | 8105 2264 | $15 | Nadia binte Yusoff | – | $5 | Gopal s/o Perumal | – | $20 | Total outstanding: $40",
        ),
        ("user", "Gopal paid already, remove him. Nadia's number is 9733 0186."),
    ],
]
