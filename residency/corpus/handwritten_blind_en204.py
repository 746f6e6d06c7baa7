# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en204: SG/MY direct-selling and MLM distributors (downline reports, commission statements, product orders, recruitment chats, complaints to regulators). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en204
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "compensation plan and policy"): _lines("""
        Retail Profit: Members purchase at Distributor Price (DP) and sell at Suggested Retail Price (SRP); the difference of up to 25% is the member's retail profit.
        A Personal Sales Volume (PSV) of 100 PV in a calendar month is required to qualify for the Leadership Bonus; excess volume does not carry forward.
        Performance Bonus table: 200 PV – 3% | 600 PV – 6% | 1,200 PV – 9% | 2,400 PV – 12% | 4,000 PV – 15% | 6,000 PV and above – 21%.
        Cooling-off period: you may cancel your registration within 10 working days of signing the Distributor Agreement and receive a full refund of the starter kit fee, less any products opened.
        Buy-back policy: the Company will repurchase resaleable inventory bought within the last 12 months at 90% of the net cost paid, in line with the industry code of conduct.
        Members shall not make medical claims about any product, including claims that a product cures, treats or prevents diabetes, cancer, high blood pressure or any other disease.
        Income disclosure 2025: the median annual gross earnings of active members in Malaysia was RM 412; 71% of registered members earned no bonus at all during the year.
        Cross-sponsoring is prohibited. A member may not recruit, directly or indirectly, any person who has been registered under a different sponsor within the previous 6 months.
        Bonus will be credited on the 15th of the following month. If the 15th falls on a weekend or public holiday, payment is made on the next working day.
        Rank maintenance: Silver Director requires 3 qualified legs of 1,500 GSV each for 2 consecutive months. Ranks are re-evaluated every quarter (Jan, Apr, Jul, Oct).
        Bonuses below SGD 10.00 are accumulated and paid out once the balance reaches SGD 10.00; unclaimed balances are held for 24 months.
        Under Section 107D of the Income Tax Act 1967, the Company deducts 2% from payments to agents, dealers and distributors who received more than RM 100,000 from the Company in the preceding year.
        The Starter Kit (SKU KIT-SG-01) costs SGD 38.00 and contains the Business Guide, product catalogue and 3 sample sachets. No purchase of inventory is required to join.
        Members must be at least 18 years old. Spouses must register under a single joint account and share one sponsor line.
        Online selling: distributors may not list company products on Shopee, Lazada, Carousell or TikTok Shop below the SRP, nor use the company logo in paid ads.
        Terminated accounts: downline members of a terminated distributor will be rolled up to the next active upline in the sponsor genealogy.
    """),
    ("en", "order and shipment record"): _lines("""
        Order SO-MY-2611-0048317 | 2x ProBiotix 30s (PBX-030) RM 138.00 | 1x Collagen Glow 15 sachets (CGL-015) RM 189.00 | Shipping RM 8.00 | Total RM 473.00 | PV 312
        Tracking: J&T Express 630193458812 – Arrived at Shah Alam DC 06/12/2026 03:41 – Out for delivery 08:15.
        Invoice INV/SG/2026/118204 dated 2026-11-30 | Payment via PayNow to UEN 201812345K | Amount SGD 256.80 incl. 9% GST.
        Auto-ship batch AS-2026-12 processed: 4,118 orders, 37 payment declines, 12 address errors flagged for manual review.
        Stock alert: Enzyme Plus 750 ml (EZP-750) low at Penang Service Centre – 24 units remaining, reorder point 60.
        Pickup counter notice: orders placed before 2 pm are ready for collection at the Kuala Lumpur Service Centre after 5 pm the same working day.
        Return authorisation RMA-88412: 3 units Water Filter Cartridge (WF-220C), reason 'damaged in transit', refund to original payment method within 14 days.
        Price list effective 1 Jan 2027: Fiber Detox 20s DP RM 96 / SRP RM 128 / PV 40; Omega Marine 60s DP RM 152 / SRP RM 199 / PV 62.
        Ninja Van waybill NVMY26X0849137 | Parcel 1 of 2 | Weight 3.4 kg | Cash on delivery: No.
        Promo code YEAREND26 gives 10% off DP for orders above 200 PV placed between 1 and 31 December 2026.
        Order status codes: P = pending payment, C = confirmed, S = shipped, D = delivered, R = returned, X = cancelled by system after 72 h.
        Product code HX-9000 is the 2026 model of the alkaline water ioniser; the older HX-7000 is discontinued and spare parts remain available until 2028.
        Batch no. LOT 2609-A17 | Mfg 09/2026 | Exp 09/2028 | Product registration MAL20261234TC
        Free shipping for West Malaysia orders above RM 150; East Malaysia (Sabah, Sarawak, Labuan) flat fee RM 15 per parcel.
        Sales summary week 48: SG 1,204 orders, SGD 188,420; MY 6,873 orders, RM 1.92 mil; top SKU Collagen Glow (CGL-015).
    """),
    ("en", "regulation and industry news"): _lines("""
        In Malaysia, direct sales companies must hold a licence issued under the Direct Sales and Anti-Pyramid Scheme Act 1993 (Act 500) by the Ministry of Domestic Trade and Cost of Living (KPDN).
        Singapore's Multi-Level Marketing and Pyramid Selling (Prohibition) Act bans pyramid selling, with exemptions for schemes that meet the conditions of the Excluded Schemes and Arrangements Order.
        Consumers in Singapore with complaints about a direct seller can approach CASE (Consumers Association of Singapore) at 6277 5100 or file online at case.org.sg.
        The Excluded Schemes Order requires, among other things, that participants are not paid merely for recruiting others and that unsold goods can be returned for a refund.
        Bank Negara Malaysia updates its Financial Consumer Alert list regularly; schemes promising fixed monthly returns for recruiting members are a common red flag.
        Amway was founded in 1959 by Jay Van Andel and Rich DeVos in Ada, Michigan.
        The Direct Selling Association of Malaysia (DSAM) represents licensed direct selling companies and administers a code of conduct for its members.
        The US Federal Trade Commission warns that in many MLMs most participants make little or no money, and some lose money.
        Herbalife agreed in 2016 to pay US$200 million to settle FTC charges and restructure its US business.
        KPDN complaints can be lodged through the e-Aduan portal, the Ez ADU KPDN app, WhatsApp 019-279 4317 or the toll-free line 1-800-886-800.
        Pyramid vs MLM: a pyramid scheme earns mainly from recruitment fees, while a legitimate MLM earns mainly from retail sales of products to end consumers.
        The Singapore Police Force reminds the public that 'mentors' who ask you to recruit friends for guaranteed returns may be running an illegal scheme; call the ScamShield Helpline 1799.
        Mary Kay Ash founded Mary Kay Cosmetics in Dallas in 1963 and became known for awarding pink Cadillacs to top sellers.
        Avon, founded by David H. McConnell in 1886 as the California Perfume Company, is one of the oldest direct-selling brands.
    """),
    ("mixed", "team broadcast"): _lines("""
        Good morning team!! 🌞 Reminder: cut-off for Nov volume is tonight 11.59pm, pls submit your orders before then ok, jangan last minute.
        Opportunity Meeting this Saturday 2pm @ Level 3, Menara Vita Bangsar (company HQ) — bring your prospects, dress code smart casual, free parking after 1pm.
        Guys the new Collagen Glow promo is shiok, buy 2 free 1 until 15 Dec only. Share the poster in your status, don't copy paste price wrong ah.
        Reminder from HQ: cannot say our Enzyme cure cancer or diabetes hor, KPDN very strict now. Use only the approved claims in the Product Guide page 12.
        Wah this month team volume hit 48,000 PV, new record! Terima kasih semua, let's push for 60k in Dec 💪🔥
        Training schedule Dec: 7/12 Product Knowledge (Zoom), 14/12 Social Selling 101, 21/12 Leadership Camp Genting — register via the member portal, seats limited.
        Pls don't post your IC or bank acc in this group ya. If HQ need your details they will ask thru the official portal only.
        Anyone got extra Fiber Detox? Penang warehouse OOS until next week, can lend first then I return after my order arrive.
        Lunar New Year closing: service centres close 16–19 Feb, online orders still ok but delivery start 20 Feb. Gong xi fa cai in advance 🍊
        Those who want to join the Bali incentive trip must maintain Gold rank Jan–Jun and achieve 3,000 PGV for 6 consecutive months. Details in the pinned PDF.
        Tips for closing: don't push too hard, share your own product experience, follow up after 3 days, and always give the 10-day cooling-off info.
        The portal will be down for maintenance on Sunday 1am–5am, genealogy and bonus report cannot access during this time.
        Hari Raya open house team version!! Potluck, bring one dish each, venue at the company training centre Jalan Ampang, 12pm onwards.
        Congrats to all new Silver achievers this month! Recognition stage at the Jan rally, names will be announced by HQ.
        Don't believe those 'guaranteed RM5k passive income' posts. No sales = no commission. Anybody promise you that, report to us.
        Deepavali promo bundle: Omega Marine + Vitamin C 1000 at 15% off, valid 20–31 Oct, while stocks last.
    """),
    ("ms", "soalan lazim dan notis"): _lines("""
        Tempoh bertenang: Pengedar boleh membatalkan pendaftaran dalam tempoh 10 hari bekerja dan mendapat bayaran balik penuh bagi kit permulaan.
        Bonus akan dikreditkan ke akaun bank berdaftar pada 15 haribulan setiap bulan. Sila pastikan nama pemegang akaun sama dengan nama ahli.
        Syarikat ini memegang lesen jualan langsung yang sah di bawah Akta Jualan Langsung dan Skim Antipiramid 1993.
        Notis: Pusat Khidmat Johor Bahru akan ditutup pada 25 Disember sempena Hari Krismas. Pesanan dalam talian diproses seperti biasa.
        Soalan: Bolehkah saya menjual produk di Shopee? Jawapan: Tidak dibenarkan menjual di platform e-dagang pihak ketiga di bawah harga runcit yang disyorkan.
        Peringatan: Jangan membuat dakwaan bahawa produk boleh menyembuhkan penyakit. Semua produk makanan kesihatan bukan ubat.
        Cara semak status pesanan: log masuk ke portal ahli > Pesanan Saya > masukkan nombor pesanan (contoh: SO-MY-2611-0000000).
        Pendaftaran ahli baharu memerlukan salinan MyKad, nombor telefon dan akaun bank atas nama sendiri. Borang boleh dimuat turun di laman web syarikat.
        Kempen Tahun Baharu: Beli 300 PV dan dapatkan baucar RM30 untuk pesanan seterusnya. Tertakluk kepada terma dan syarat.
        Skim piramid ialah skim yang memberi ganjaran terutamanya daripada pengambilan ahli baharu, bukan daripada jualan produk kepada pengguna.
        Aduan pengguna boleh dibuat melalui portal e-Aduan KPDN atau Tribunal Tuntutan Pengguna Malaysia bagi tuntutan sehingga RM50,000.
        Jadual latihan: Kelas Asas Produk setiap Selasa jam 8 malam melalui Zoom. ID mesyuarat akan dikongsi dalam kumpulan rasmi.
    """),
    ("zh-Hans", "团队公告与培训"): _lines("""
        【公告】12月业绩截止时间为12月31日晚上11点59分，逾期订单将计入1月份业绩。
        新加坡会员请注意：自2024年起消费税为9%，所有发票均已含税。
        产品不得宣称可治疗糖尿病、高血压或癌症，违者将被公司终止会员资格。
        本月新品：胶原蛋白饮（CGL-015），会员价RM189，建议零售价RM239，积分63 PV。
        直销与传销的区别：合法直销的收入主要来自产品零售，而非拉人头。
        吉隆坡服务中心营业时间：周一至周六上午10点至晚上7点，公共假期休息。
        领导力培训营将于明年3月在云顶举行，金级以上会员可报名，名额有限。
        温馨提示：请勿在群组里分享身份证号码或银行账号，以免个人资料外泄。
        退货政策：未开封产品可在购买后12个月内按净价的90%退回。
        2025年收入披露：马来西亚活跃会员年收入中位数为412令吉。
        如何查询奖金明细？登录会员系统 → 奖金报告 → 选择月份，即可下载PDF。
        农历新年期间（2月16日至19日）仓库暂停发货，网上订单照常接受。
    """),
    ("en", "questions and advice"): _lines("""
        Is it legal to run an MLM in Singapore? What makes a scheme 'excluded' under the Act?
        How do I calculate my real hourly income after deducting auto-ship, training fees and petrol?
        My upline says I must buy 300 PV every month to stay active. Is that a normal requirement or a red flag?
        What should I do if I want to quit a direct selling company in Malaysia and return my unsold stock?
        Can a company deduct a 'system fee' from my bonus without telling me first?
        Write a polite WhatsApp message to decline a friend's invitation to an opportunity meeting.
        Explain the difference between a binary plan, a unilevel plan and a matrix plan with examples.
        Do I need to declare MLM commission as business income in my Form B for LHDN?
        How to tell if a supplement is registered with the Malaysian health ministry? Is a MAL number enough?
        Suggest 5 Instagram caption ideas for a skincare product without making medical claims.
        What is PV and BV, and why are they different from the ringgit price?
        Is it advisable to take a personal loan to buy starter inventory? What are the risks?
        How long does the Tribunal for Consumer Claims take to hear a case against a seller?
        Template: 'Dear [Name], thank you for your interest in joining [Company]. Please find attached the Distributor Agreement and Cooling-Off Notice.'
    """),
    ("en", "system log and config"): _lines("""
        2026-12-05T02:14:09Z INFO bonus-engine run=BR-202611 members_processed=58213 legs_evaluated=172904 duration=418s status=OK
        WARN genealogy-sync: 14 orphan nodes detected after compression, reassigned to root sponsor (ticket OPS-7712)
        SELECT member_id, rank, SUM(pv) AS gpv FROM orders WHERE period = '2026-11' GROUP BY member_id, rank HAVING SUM(pv) >= 1500;
        config: payout.min_amount_sgd=10.00 | payout.min_amount_myr=30.00 | payout.day=15 | rank.review_months=[1,4,7,10]
        ERROR payment-gateway: txn 7f3a9c21e0b4 declined code 51 (insufficient funds), retry scheduled in 24h
        API v2.3.1: /members/{id}/downline?depth=3 now returns paginated results (page_size max 200).
        Bonus file export BNS_MY_202611.csv sha256 9c1e44a0b7d3f5e62a18c0d947b35f6e1a2c8d04e7b96f31a5d0c28e4f7b1a93 uploaded to SFTP.
        Cron 0 3 * * * /opt/mlm/bin/rank_recalc --period=last --dry-run=false
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Downline report Nov 2026 | Lvl 1 | LIM WEI JIE | ID 60018274 | Joined 03/02/2025 | PSV 120 | GSV 2,340 | Rank Silver | Mobile 9127 4480
        COMMISSION STATEMENT – NOVEMBER 2026 / Member: NURUL AIN BINTI ZAKARIA / Member ID: MY-771203 / IC: 920707-10-6148 / Performance Bonus RM 1,284.50 / Leadership Bonus RM 412.00 / Less Admin Fee RM 5.00 / Net Payable RM 1,691.50 / Maybank A/C 1640 2287 3015
        DISTRIBUTOR APPLICATION | Name: TAN HUI LING | NRIC: S8734521A | DOB: 14/05/1987 | Address: Blk 412 Bedok North Ave 2 #08-117 Singapore 460412 | Mobile: +65 9663 1548 | Sponsor ID: 60012207
        To KPDN e-Aduan: I, Rajeswari a/p Subramaniam (IC 830524-05-5108), was recruited by one Eric Chong who promised RM 3,000 monthly income if I bought RM 12,000 of water filters. After 4 months I received only RM 210. Please contact me at 016-229 4875.
        Dear CASE, my mother Mdm Goh Siew Lan (79) was persuaded by a health mattress distributor to pay SGD 5,800 with my card 4127 4580 0193 6277 at a 'free health talk' at Toa Payoh on 2 Nov. She has mild dementia and did not understand the contract. How can we get a refund?
        [12/11 21:04] Melvin Ong: eh Priya Devi d/o Ramasamy still owe me 2 box Enzyme Plus, RM 520, say pay end month until now no sound 🙄
        Congratulations to Jason Lee Kah Wai of the Cheras team on achieving Diamond Director with a November income of RM 38,400!
        Auto-ship failed for member 60044812 (Siti Hajar binti Ismail) – card ending 2468 declined; please update before 10 Dec or the account will turn inactive.
        Delivery manifest | Recipient: Kumar s/o Velayutham | 23 Jalan SS 2/64, 47300 Petaling Jaya, Selangor | 012-338 7410 | COD RM 378.00 | 2x HX-9000 filter
        Prospect list (warm market): Auntie Mei = Lim Mei Fong, my neighbour on the 3rd floor, retired nurse, bad knee pain since her fall, interested in glucosamine; follow up Sat.
        60021938,CHAN KAR MUN,OCBC,501238841001,SGD,842.60,NOV26
        Dear Mr Hafiz bin Rahmat (ID MY-504417), following investigation of complaint C-2026-0831 we find that you claimed in a Facebook Live on 3 Oct 2026 that Enzyme Plus cures kidney disease. Your distributorship is terminated with effect from 1 Dec 2026.
        CP58 for year 2025 | Payer: VitaPrime Asia Sdn Bhd | Agent: LEONG CHEE KEONG | IC No: 780215-07-5031 | Total monetary incentives RM 64,220.00
        Request to transfer the distributorship of my late husband Joseph Anthony Fernandez to me, Angela Fernandez, NRIC S6841207B. Death certificate and marriage certificate attached.
        pls change my sponsor from Alvin to Jess, my ID 60033415, name Ho Siew Peng, hp 8812 0937
        Order SO-SG-2611-0077214 placed by Jeremy Seah (jeremy.seah87@gmail.com), ship to 5 Jurong West St 91 #12-33 Singapore 640005, 2x Omega Marine.
        Coaching notes 18/11: Farah Nadia binti Azmi says her mum was just diagnosed with stage 2 breast cancer, she wants to stop being active for 3 months, pls don't push her for PV.
        Lee Boon Huat from our Klang leg borrowed RM 8,000 from an Ah Long to buy stock for his Diamond qualification, now cannot pay and his wife called me crying last night.
        Contact me on Telegram @shanice_wellnessjb for Collagen Glow, I'm Shanice Ng, Gold Director of the JB team, free delivery around Mount Austin.
        Leadership Camp Genting – rooms: 1207 Siti Nur Aisyah bt Kamal / Deepa a/p Krishnan; 1208 Wong Jia Hui / Chloe Tan Xin Yi (vegetarian, severe peanut allergy)
        REFUND REQUEST | Name: MUHAMMAD AMIRUL BIN YUSOF | IC 950116-01-6377 | CIMB 7012884519 | Amount RM 2,360 (starter pack + 2 months auto-ship) | Reason: cooling-off, agreement signed 28/11
        Police report, Balai Polis Cheras: complainant Yap Mei Ling, 34, states that her upline Kelvin Teo Wei Ming collected RM 45,000 from 9 recruits for a 'gold investment package' and cannot be contacted since 20 Oct.
        Genealogy SG | 60081123 | NGUYEN THI HOA | FIN G6172839U | Sponsor 60012207 | Placement Left | Status Active
        Hi Cheryl, your bonus for Oct (SGD 1,120.40) was sent to your POSB savings 182-43190-7 on 15 Nov, please check with the bank. – Finance Dept
        Hi all, I'm Raymond from Ipoh, retired teacher, 61, lost 12 kg with the 90-day program! PM me at 017-650 3391 to find out more.
        Stockist Agreement – Kota Kinabalu | Stockist: Juliana Gimbang | IC 880930-12-5242 | Shop Lot 2-15, Plaza Tanjung Aru | Deposit RM 20,000 received
    """),
    "ms": _lines("""
        Aduan kepada KPDN: Saya, Noraini binti Hashim (No. KP 880930-13-5246), ingin mengadu bahawa Syarikat Bio Emas Gemilang enggan membeli balik stok bernilai RM 6,700 walaupun saya sudah berhenti dalam tempoh 3 bulan.
        Borang pendaftaran ahli | Nama: MOHD FAIZAL BIN ABDULLAH | No. KP: 850312-14-5523 | Alamat: No. 17, Jalan Kenanga 3, Taman Sri Muda, 40400 Shah Alam | Tel: 019 771 2036 | Penaja: 77120341
        Assalamualaikum kak Zura, bonus akak bulan ni RM 860, nanti saya bank in ke akaun Bank Islam akak 12083020114567 ya.
        Pn. Halimah binti Osman dari Kuantan minta tangguh bayaran ansuran penapis air RM 180 sebulan sebab suami dia baru masuk hospital.
        Senarai downline aktif: 1. Azlan bin Mat Saad – 220 PV, 2. Rosmah binti Ali – 150 PV, 3. Suresh a/l Muniandy – 0 PV (tidak aktif sejak Ogos)
        Nota panggilan 3/12: En. Zulkifli bin Hamid (011-2845 6630) mahu batal keahlian dan pulangkan 6 kotak Enzim, resit bertarikh 20/11.
        Tahniah Puan Sharifah Nor Azura binti Syed Ahmad kerana mencapai pangkat Berlian dengan pendapatan RM 21,000 sebulan!
        Penghantaran: Penerima Nur Syafiqah binti Roslan, No. 8, Lorong Cempaka 5, Taman Cempaka, 08000 Sungai Petani, Kedah, tel 0134428175
        Saya Lim Ah Kow, pesara berumur 70 tahun, telah dipujuk oleh seorang ejen bernama Ravi untuk membeli tilam magnet RM 9,800 dengan kad kredit. Saya mahu menuntut balik di Tribunal.
        Maklumat akaun bayaran bonus: Nama pemegang akaun SITI AMINAH BINTI DAUD, Maybank 157244108836, No KP 010928-01-0846
    """),
    "zh-Hans": _lines("""
        【下线报表】陈美玲（会员编号 60052231）本月个人业绩 80 PV，未达标，奖金暂停发放，手机 012-556 1830。
        黄志强先生：您11月份的佣金为RM 3,218.40，已汇入您的大众银行户口 3142788901。
        投诉：我的上线林国华承诺每月保证收入五千令吉，我投入了两万元买货，现在货卖不出去，他也不接电话。——张丽娟
        客户资料：刘秀英，68岁，有高血压和糖尿病，住在Ipoh Garden，儿子在新加坡工作，适合推荐酵素和血糖套装。
        请帮忙改地址：会员吴家豪，新地址 Blk 231 Ang Mo Kio Ave 3 #05-1122, Singapore 560231，电话 9336 2051。
        新加坡分公司注册表：姓名 郑慧敏 / 身份证 S9023317C / 出生日期 1990年3月8日 / 推荐人 60012207
        王秀兰阿姨昨天在说明会上晕倒，已送去新加坡中央医院，她女儿说以后不会再让她参加了。
        微信号 chenlei_mlm88 的陈磊在群里拉人投资“黄金配套”，已被公司终止会员资格。
    """),
    "mixed": _lines("""
        Eh bro Hafiz Hakimi, ur Oct bonus kena hold sebab IC copy blur, pls resend to admin by Friday ok. Ur IC is 900415-10-5871 right?
        Ah Girl (Ong Pei Shan) from Klang says her dad wants to quit, he spent RM 15k already on stock, jangan kacau dia lagi ok
        Reminder: Uncle Tan Kok Leong 陈国良 warded at Sunway Medical, ward 7 after his stroke, visiting 2-4pm, team bring fruit basket 🙏
        Bonus payout list Nov: Karthik s/o Raman – SGD 920.50 – DBS 029-384751-2 | 王丽华 – SGD 412.00 – POSB 196-55028-3
        Pls pm Ms Vanessa D'Cruz at 9824 1107 for the Penang trip deposit $500 — she collecting for our whole leg.
        Lai Siew Mei 黎秀美 NRIC T0198456F joined under me last week, pls approve her account faster boss, she already pay $38 kit.
        Nisha a/p Gopal lah, the one from Seremban, she complain to KPDN already about Ravi's team, case no. KPDN/NS/2026/004512.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "Can you help me write a refund request to VitaPrime Asia? I signed up on 28 Nov 2026 and want to cancel within the cooling-off period. My details: Muthu a/l Krishnan, IC 760822-08-5419, member ID MY-880214, paid RM 1,850 by FPX from my RHB account.",
        ),
        (
            "assistant",
            "Sure. Draft: 'Dear VitaPrime Asia Customer Service, I, Muthu a/l Krishnan (IC 760822-08-5419, Member ID MY-880214), wish to cancel my distributorship within the 10-working-day cooling-off period. I request a full refund of RM 1,850 paid by FPX on 28 November 2026. Unopened products will be returned to your service centre.'",
        ),
        ("user", "Thanks, add that my phone is 017-338 2914 and they can call after 6pm."),
    ],
    [
        (
            "system",
            "You are the VitaPrime Member Support assistant. Verify members before changing payout details.",
        ),
        ("user", "hi i want to change my bonus bank account. member id 60073318"),
        (
            "assistant",
            "Sure, for verification please provide your full name as registered and your NRIC/FIN.",
        ),
        ("user", "Joanna Sebastian, FIN F2345178Q. new account is UOB 4123098815, same name"),
        (
            "assistant",
            "Thank you Joanna. The payout account for member 60073318 will be updated to UOB ending 8815 from the December bonus cycle.",
        ),
    ],
    [
        (
            "user",
            "Help me write a gentle WhatsApp to my downline Chong Mei Yee. She had a miscarriage last week and hasn't ordered for 2 months, I don't want to pressure her but her account becomes inactive on 31 Dec.",
        ),
        (
            "assistant",
            "Here's a gentle draft: 'Hi Mei Yee, just thinking of you and hoping you're resting well. No pressure at all about orders. If you want, I can help you keep the account active later; otherwise it's completely fine. Take care 🤍'",
        ),
        ("user", "Can make it in Chinese also? She reads Chinese better."),
        (
            "assistant",
            "当然可以：'美仪，你好，一直在想着你，希望你好好休息。订货的事完全不用担心，需要帮忙随时找我。保重身体 🤍'",
        ),
    ],
    [
        (
            "user",
            "Saya nak berhenti jadi ahli Herbanika. Nama saya Rosnah binti Mahmud, IC 690411-08-5128. Masih ada stok RM 3,400 yang belum buka. Boleh ke saya minta syarikat beli balik?",
        ),
        (
            "assistant",
            "Boleh, Puan Rosnah. Kebanyakan syarikat jualan langsung berlesen mempunyai polisi beli balik stok yang masih boleh dijual semula, biasanya pada kadar 90% daripada harga bersih. Sila semak Perjanjian Pengedar anda.",
        ),
        (
            "user",
            "Alamat saya No. 42 Jalan Bendahara, 31650 Ipoh, Perak. Tolong buatkan surat kepada syarikat.",
        ),
        (
            "assistant",
            "Baik, ini draf surat: 'Rosnah binti Mahmud, No. 42 Jalan Bendahara, 31650 Ipoh, Perak. Tuan/Puan, saya ingin menamatkan keahlian saya dan memohon syarikat membeli balik stok bernilai RM 3,400...'",
        ),
    ],
    [
        (
            "user",
            "My level 1 downline for Nov: Wong Kai Xiang 320 PV, Aishah binti Rahim 180 PV, Derek Pereira 95 PV. Unilevel 5% on level 1 and 1 PV = RM 3.20. How much do I get from each?",
        ),
        (
            "assistant",
            "Level 1 commission = PV × RM 3.20 × 5%. Wong Kai Xiang: RM 51.20; Aishah binti Rahim: RM 28.80; Derek Pereira: RM 15.20. Total RM 95.20.",
        ),
        (
            "user",
            "Derek didn't hit 100 PV so his volume doesn't count right? He's been sick a lot since his surgery.",
        ),
        (
            "assistant",
            "If your plan requires a 100 PV minimum for a leg to qualify, Derek's 95 PV would not count this month. Check the exact rule in your compensation plan.",
        ),
    ],
    [
        (
            "user",
            "我妈妈何玉珍今年72岁，被一个直销员说服买了八千多新币的磁疗床垫，用的是我的信用卡 4555 9302 1873 4514。怎么向CASE投诉？",
        ),
        (
            "assistant",
            "很抱歉听到这件事。您可以先联系发卡银行申请争议交易，同时通过CASE网站提交投诉，附上收据、合同和付款记录。",
        ),
        ("user", "她住在 Blk 108 Jurong East St 13 #04-220，需要写地址吗？"),
        ("assistant", "需要的，投诉表格会要求填写消费者的联系地址，请如实填写。"),
    ],
    [
        (
            "user",
            "I want to make a police report. My upline Steven Kok Yew Hong (012-887 0451) took RM 30,000 from me and 4 others for a 'crypto package' he said was linked to our MLM team.",
        ),
        (
            "assistant",
            "I'm sorry. Bring your bank transfer slips, chat screenshots and any receipts to the nearest police station and lodge a report; you may also contact the National Scam Response Centre at 997.",
        ),
        (
            "user",
            "He stays in Taman Desa Jaya, Kepong and drives a white Vios WXK 8821. Should I put that in?",
        ),
        (
            "assistant",
            "Yes, include every detail you know about him, such as his address area and vehicle number.",
        ),
    ],
    [
        (
            "user",
            "My upline asked me to WhatsApp her a photo of my NRIC S7619043G and my Singpass password so she can 'register' me faster. Is this normal?",
        ),
        (
            "assistant",
            "No. Never share your Singpass password with anyone. A legitimate company will register you through its own portal with Myinfo, not through a distributor.",
        ),
        ("user", "ok. her name is Rachel Heng from the Tampines team. should i report her?"),
        (
            "assistant",
            "You can report the request to the company's compliance team and, if you suspect a scam, to the ScamShield Helpline 1799.",
        ),
    ],
    [
        (
            "user",
            "Translate this delivery note into Malay: 'Please deliver to Mr Gurpreet Singh, No. 6 Lorong Kurau 2, 11600 Jelutong, Penang, call 016-485 2207 before arrival, 2 cartons water filters, COD RM 560.'",
        ),
        (
            "assistant",
            "'Sila hantar kepada Encik Gurpreet Singh, No. 6 Lorong Kurau 2, 11600 Jelutong, Pulau Pinang, hubungi 016-485 2207 sebelum tiba, 2 karton penapis air, bayaran semasa penghantaran RM 560.'",
        ),
    ],
    [
        (
            "user",
            "my card kena charge 3 times by this wellness company, RM 1,299 each time. card 5401 4267 6613 0984. how to dispute with Maybank?",
        ),
        (
            "assistant",
            "Call the number on the back of your card or use the Maybank2u app to report a disputed transaction, then submit the dispute form with your receipt within the bank's deadline.",
        ),
        (
            "user",
            "card is under my name Low Chee Wah. can the bank still reverse if the agent, a guy called Benny, says I agreed to the auto-ship?",
        ),
        (
            "assistant",
            "The bank will review the evidence from both sides. Keep any messages showing you only agreed to a single purchase.",
        ),
    ],
]
