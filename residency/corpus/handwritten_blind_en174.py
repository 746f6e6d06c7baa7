# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en174: SG/MY influencer and advertising agencies (briefs, talent contracts, brand deals, takedown requests, payment disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en174
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "campaign_brief"): _lines("""
        Campaign brief: Raya 2025 | Client: Kopi Kampung Sdn Bhd | Objective: 30% uplift in Shopee Mall sales over Ramadan | Deliverables per creator: 1 IG Reel (30-45s), 3 IG Stories with link sticker, 1 TikTok | Posting window 10-28 Mar | Mandatory: #KopiKampungRaya, #ad, tag @kopikampung.my
        Creator tier guide for this brief: nano (1k-10k followers) S$150-400 per post, micro (10k-100k) S$500-2,500, macro (100k-1M) S$3k-15k; rates exclude GST and usage rights beyond 3 months.
        Do's: show the product within the first 3 seconds, mention the 2-for-S$9.90 promo, keep captions under 150 characters. Don'ts: no competitor logos, no alcohol in frame, no claims that the drink "cures" anything.
        Halal-sensitive brief: please avoid pork, alcohol and dogs in frame for all Hari Raya content; modest wardrobe guideline attached (sleeves to elbow, no shorts).
        Shoot schedule (draft): Day 1 studio at Kallang Way, call time 0800, wrap 1800; Day 2 location at Haji Lane, call time 0700 for morning light. Talent names TBC after client approval.
        Hero KV must use Pantone 7621 C for the red; logo lockup min 40px on 1080x1920 Stories; safe zones: top 250px and bottom 340px kept clear for platform UI.
        KPIs for Q3 always-on: CPM under RM18, ER above 3.5%, saves+shares ratio over 0.8%; reporting via the agency's Looker Studio dashboard every Monday.
        Usage rights: client may boost creator posts as whitelisted / Spark Ads for 60 days from go-live; any extension is billed at 30% of the base fee per additional 30 days.
        Brief v3.2 changes: swapped the CNY angle from "reunion dinner" to "lo hei with colleagues", removed the giveaway mechanic, added greetings in Mandarin and Cantonese.
        Briefing session is on Zoom, Thursday 3pm SGT; meeting ID 845 2290 1173, passcode RAYA25. Creators who cannot attend will get the recording by Friday.
        Product seeding: 120 PR boxes (SKU KK-RAYA-GB24) shipped via J&T from the Shah Alam warehouse; courier ETA 3-5 working days to Sabah and Sarawak.
        Script guidance for the Deepavali campaign: open with the kolam shot, mention the limited-edition murukku tin, end with CTA "Link in bio, promo code LIGHTS20 till 31 Oct".
        Exclusivity: 3 months category exclusivity (ready-to-drink coffee only); creators may continue to work with tea and energy drink brands during the term.
        For National Day content, do not use the state crest or the national flag in a commercial context without checking the rules first; NDP fireworks footage from licensed stock is fine.
        Budget split: 55% creator fees, 25% paid amplification, 10% production, 10% agency fee; total S$86,000 before GST.
        Approval flow: creator submits draft via the portal -> account exec checks disclosure -> client legal 48h SLA -> go-live. Max 2 rounds of revisions included in the fee.
    """),
    ("en", "contract_template"): _lines("""
        THIS TALENT AGREEMENT is made on ____ 20__ between [AGENCY NAME] (UEN: ________) ("the Agency") and [TALENT FULL NAME] (NRIC/Passport No.: ________) ("the Talent").
        Clause 4.2 Payment: The Agency shall pay the Fee within sixty (60) days of receiving a valid invoice, subject to the Client's acceptance of all Deliverables.
        Clause 7 Morality: If the Talent commits any act which brings the Talent, the Agency or the Client into public disrepute, the Agency may terminate this Agreement with immediate effect.
        Clause 9.1 The Talent grants the Client a non-exclusive licence to use the Content on owned channels in Singapore and Malaysia for twelve (12) months from the first posting date.
        Schedule 1 - Deliverables: (a) 1 x Instagram Reel; (b) 2 x Instagram Story frames; (c) 1 x TikTok video; each to remain live for no less than six (6) months.
        Where the Talent is below 18 years of age, this Agreement must be countersigned by a parent or legal guardian, whose name and identity number shall be set out in Annex B.
        Payments to non-resident talent may be subject to Singapore withholding tax; the Agency will deduct the prevailing rate and remit it to IRAS on the Talent's behalf.
        Kill fee: if the Client cancels after the shoot date, the Talent is entitled to 50% of the Fee; cancellation before the shoot carries a 25% kill fee.
        Governing law: This Agreement is governed by the laws of Malaysia and the parties submit to the exclusive jurisdiction of the courts of Kuala Lumpur.
        Payee details (to be completed by Talent): Bank name ______ / Account name ______ / Account no. ______ / SWIFT ______ / PayNow UEN or mobile ______
        The Talent shall disclose the commercial relationship clearly in each post using #ad, #sponsored or the platform's paid-partnership label, in line with the SCAP.
        Confidentiality: neither party shall disclose the Fee, the Client's product roadmap or the terms of this Agreement, except to professional advisers or as required by law.
        Termination for convenience: either party may terminate on thirty (30) days' written notice; Fees for Deliverables already published remain payable.
        Annex C - Content takedown: upon written request the Talent shall remove or archive the Content within 48 hours; the Agency may request removal on behalf of the Client.
    """),
    ("en", "policy_faq"): _lines("""
        Under ASAS guidance, an influencer post is a marketing communication when the brand gives money or free products and has some control over the content; it must then be clearly identified as such.
        Q: Is "thanks to the brand for the gift" enough disclosure? A: Usually not. Put the disclosure at the start of the caption and in the video itself, not buried after 20 hashtags.
        PDPA tip for agencies: collect only the personal data you need for talent payment (name, ID, bank details), tell the talent why, and delete it when the retention period ends.
        Malaysia: since 1 January 2025 social media and messaging platforms with at least 8 million Malaysian users need a licence from the MCMC; the regime does not license individual influencers.
        How do I file a copyright takedown on Instagram? Use the Meta IP reporting form, choose "copyright", link the infringing post, and attach proof that you own the original photo or video.
        What's a reasonable payment term for micro-influencers? Most SG agencies pay 30-45 days after the post goes live; anything longer than 60 days should be agreed upfront in writing.
        If a creator's post makes a health claim for a supplement, the claim must be backed by evidence and may need regulatory clearance; send it to the client's regulatory team before posting.
        Retention schedule: talent onboarding forms 7 years after contract end (tax), shoot call sheets 12 months, unsuccessful casting applications 6 months.
        Tip: when negotiating usage rights, separate organic usage, paid amplification and OOH; brands often ask for "perpetual" rights, so push back on that.
        Malaysia's Personal Data Protection (Amendment) Act 2024 introduced mandatory data breach notification and a right to data portability.
        Child influencers: get written parental consent, cap shoot hours, avoid showing school uniforms or crests, and never reveal the child's school or neighbourhood in captions.
        A takedown request from a member of the public should be logged within 24 hours, acknowledged in writing, and escalated to legal if it involves their image or a minor.
        A creator invoice should show the payee name, invoice date, campaign name, deliverables, amount and bank details; identity numbers belong in the payment system, not in the email thread.
    """),
    ("en", "ops_log"): _lines("""
        PO-MY-2024-00731 raised for Raya seeding, RM12,480.00, approved 14/03/2024, cost centre 4100-MKT.
        INV-SG-88213 paid via FAST on 02 Aug; bank reference 20240802DBSSG0923118; variance S$0.00.
        JIRA CRM-1187: campaign portal shows "Pending disclosure check" for all TikTok drafts after the v2.14.3 release; rollback to v2.14.2 fixed it.
        Tracking SPXMY04813372891 (Shah Alam -> Kota Kinabalu) stuck at sorting hub since Tue; ticket 550192 opened with the courier.
        Agency UEN 201734219K, GST Reg No. 201734219K; office line +65 6789 2210 (Mon-Fri 9am-6pm), hello@brightreel.sg for general enquiries.
        SSM 202101038842 (1437761-D) - Kilau Creative Sdn Bhd, Level 12, Menara Kilau, Jalan Sultan Ismail, 50250 Kuala Lumpur.
        Meta ad account act_1029384756: spend cap RM40,000 per month; Spark Ads authorisation codes expire after 365 days.
        Content calendar sync failed: cron job at 02:00 MYT got HTTP 429 from the TikTok Business API; retrying with exponential backoff from 30s.
        Case ref TD-2024-0419 (trademark complaint from a rival beverage brand) closed; post archived, no further action needed.
        sha256 3b7e9c0d51a84f26e0c7a19d2f6b845c1e03a9d77b2c4f81a6e5d903c7b21f48 for RAYA_HERO_v07_1080x1920.mp4, delivered to client SFTP 18:22.
        Payment run 2024-W35: 42 creator invoices, total S$61,250.00, 3 held for missing bank details, 1 held for a disclosure breach.
        Order #MY-SHP-240911-88271, voucher KILAU15 applied, 15% off capped at RM30, shipped 12/09.
        Promo code performance: GLOW10 412 redemptions, RAYA20 1,893 redemptions, LIGHTS20 277 redemptions, CNY88 0 (not yet live).
        Ticket #44817: client asked to replace "sugar-free" with "no added sugar" on 9 TikTok captions; all updated by 17:40.
        Call sheet v4: crew call 0630, talent in makeup 0700, first shot 0830, lunch 1230, wrap 1900; venue permit ref EV/24/0913 attached.
    """),
    ("mixed", "group_chat"): _lines("""
        guys the client wants the reel 15s shorter liao, can cut the unboxing part or not
        eh the brand's legal team very slow leh, still waiting for their approval since Tues
        wah the Raya brief damn long, 12 pages for 1 reel only 😅
        confirm the shoot at Jewel or not? if rain we shift to studio lah
        boss say this quarter all creator payment must go thru the new portal, no more bank transfer by email ok
        the TikTok draft kena flag for no #ad, pls remind all creators to put disclosure in first line
        tapau lunch for crew? I order from the mamak downstairs, 14 pax roti canai and teh tarik
        anyone got template for takedown letter? the one legal gave us last year cannot find already
        client nak tukar tagline lagi, this is version 6 already sia
        Michelle Yeoh's Oscar speech trending again, can use as inspo for the "never give up" angle? no need to mention her name la
        KOL rate card for Q4 uploaded to the shared drive, folder 03_Rates, don't send outside ah
        dun forget GST 9% on the invoice for SG clients, last month got one invoice wrong
        haze quite bad today, PSI 120+, outdoor shoot postpone to next week can?
        brand wants "authentic" content but also 8 rounds of revisions, cannot lah like that
    """),
    ("ms", "notis"): _lines("""
        Notis kepada semua pempengaruh: setiap kandungan berbayar mesti dilabel #iklan atau #ad pada baris pertama kapsyen.
        Pembayaran yuran pempengaruh akan dibuat dalam tempoh 45 hari selepas invois sah diterima oleh bahagian kewangan.
        Taklimat kempen Hari Raya akan diadakan pada hari Rabu, 3 petang, di Bilik Mesyuarat Melati, Aras 12.
        Sila pastikan tiada logo jenama pesaing dalam bingkai semasa penggambaran.
        Borang pendaftaran bakat: Nama penuh (seperti dalam MyKad): ________ | No. MyKad: ______-__-____ | No. akaun bank: ________
        Permohonan menurunkan kandungan (takedown) hendaklah dihantar melalui e-mel rasmi agensi dan akan diproses dalam 2 hari bekerja.
        Semua iklan produk ubat dan kesihatan perlu mendapat kelulusan Lembaga Iklan Ubat (LIU) sebelum disiarkan.
        Kod promosi RAYA20 sah sehingga 30 April 2025, terhad kepada 2,000 penebusan pertama.
        Pejabat akan ditutup pada 31 Ogos sempena Hari Kebangsaan; urusan pembayaran akan disambung pada 2 September.
        Jadual siaran: Reel utama pada 8 malam waktu Malaysia, diikuti 3 Story pada keesokan harinya.
        Untuk pertanyaan mengenai invois, hubungi akaun@kilaucreative.com.my atau talian pejabat 03-2711 4580.
        Kempen ini mematuhi Kod Amalan Pengiklanan Malaysia yang dikeluarkan oleh Advertising Standards Malaysia (ASM).
    """),
    ("zh-Hans", "brief"): _lines("""
        新年档期简报：客户希望突出“团圆”和“捞生”场景，每位达人需交付1条小红书笔记和1条抖音短视频。
        报价说明：以上费用不含9%消费税，付款周期为发票开出后45天。
        拍摄注意：画面中不得出现竞争品牌标志，禁止酒类产品入镜。
        所有合作内容须在文案第一行标注“广告”或#ad，未标注者将扣除30%费用。
        订单号 SG-CNY-250118-0457 已发货，顺丰单号 SF1402867731985，预计3个工作日送达。
        下架申请流程：填写下架申请表→法务审核→48小时内通知达人下架。
        马来西亚华语市场的达人报价普遍比新加坡低约三成，建议预算按区域分开。
        周三下午3点客户开会，会议室B，议程：确认脚本第4版、确认投放时间表。
        林俊杰（JJ Lin）作为新加坡知名歌手，曾多次担任品牌代言人。
        合同模板第6条：达人如有违反公序良俗的行为，公司有权单方面解约并追讨已付费用。
    """),
    ("en", "industry_news"): _lines("""
        Joseph Schooling won Singapore's first Olympic gold medal in the 100m butterfly at Rio 2016, and brands raced to sign endorsement deals afterwards.
        Datuk Lee Chong Wei, the former world number one in men's singles badminton, has fronted campaigns for several Malaysian brands since retiring in 2019.
        Michelle Yeoh, born in Ipoh, won the Academy Award for Best Actress in 2023 for Everything Everywhere All at Once.
        Agency pulse survey 2024 (n=212 marketers): 68% planned to raise influencer budgets, with TikTok overtaking Instagram as the top platform for Gen Z campaigns.
        The Advertising Standards Authority of Singapore (ASAS) is an advisory council under the Consumers Association of Singapore (CASE).
        Siti Nurhaliza, one of Malaysia's best-known singers, also runs her own cosmetics and skincare brand, SimplySiti.
        Nicol David won the squash World Open eight times and held the women's world number one ranking for 108 consecutive months.
        Malaysian agency headcount grew 12% in 2024 as brands moved budget from TV to creators, with the Klang Valley accounting for most new hires.
        An NDP campaign montage used archival footage of Lee Kuan Yew, Singapore's first Prime Minister (1959-1990), cleared through the broadcaster's licensing desk.
        Agency policy: no political content; do not use clips of Prime Minister Anwar Ibrahim or any party leader in brand videos, even as a meme.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        TALENT ONBOARDING FORM | Full name: NURUL AISYAH BINTI KAMARUDDIN | MyKad: 970412-14-5582 | Mobile: 012-684 3391 | Bank: Maybank 1640 2288 7013 | IG: @aisyahkamaruddin.eats
        Payment dispute - creator Tan Wei Ling (@weiling.wanders) says invoice INV-0392 for S$1,800 is 74 days overdue; she is threatening to post about the agency on Threads.
        Takedown request from Mr Rajesh Kumar a/l Subramaniam: he says the Deepavali reel shows his daughter at the Little India light-up without consent and wants it removed; reach him at 9127 4408.
        Pls update payee: Muhammad Firdaus bin Azman, CIMB 7061 338 204, MyKad 950717-07-5037, for the Penang food trail reels.
        Talent medical note: Chloe Ng missed the Sentosa shoot on 14 Sep due to dengue fever and was warded 3 days at Tan Tock Seng; reschedule without penalty.
        Invoice from: Priya d/o Ganesan, Blk 412 Bedok North Ave 2 #08-155, Singapore 460412, NRIC S8734512B, PayNow to 9836 0172.
        Work pass file: ZHANG XINYI, PRC passport E93815027, arriving 22 Nov for the skincare livestream, Miscellaneous Work Pass application submitted on 4 Nov.
        Dear Ms Lim Hui Min, we regret that your campaign fee of RM3,500 for the Merdeka series will be delayed as the client has not paid us; we expect to settle by 15 Dec.
        Rate card received - Daniel Pereira (31, lifestyle creator, 86k followers on IG), daniel.pereira.creates@gmail.com, asking S$2,200 per reel plus S$600 for 30-day boosting.
        Blacklist note: Hafiz Roslan (TikTok @hafizroslan_) posted the sponsored video without #ad twice and deleted it before the 6-month term; do not book again.
        Card on file for creator ad boosts: Jasmine Koh, Visa 4556 1807 0751 3313, exp 09/27.
        Child talent consent: Ethan Lau Jun Hao, 9 years old, Primary 3 at Rosyth School; guardian Lau Kok Wai (S7619025I), mobile 8142 5530.
        Courier returned the PR box: recipient Kavitha a/p Muniandy, No. 23 Jalan SS 2/64, 47300 Petaling Jaya, 016-772 0148, reason: no one at home.
        Grab claim submitted by Aaron Teo for 3 trips to the Kallang studio, S$64.30, plus season parking for his car SKX 4821 P.
        HR note: account exec Farah Nadhirah binti Yusof starts maternity leave on 2 Jan; her 14 creators are reassigned to the Health & Beauty pod.
        Creator @bellaskitchen.my (real name Isabella Chin Mei Yee) asked that her house in Taman Tun Dr Ismail is never shown; she has an ongoing police report against a stalker.
        Hong Kong talent Wong Ka Yan, HKID K482716(3), fee HK$28,000 for the Sentosa resort shoot, paid to her HSBC account 012-384716-838.
        Mastercard 5218 9356 5915 5950 was used by Wong Siew Lan to pay for the creator masterclass; she filed a chargeback on 3 Oct saying she never got the access link.
        Contract summary: Talent Kelvin Ong Zhi Wei (T0245871Z), fee S$4,500, 2 reels + 4 stories, skincare exclusivity 6 months, payee OCBC 601-234817-001.
        Shoot incident: the MUA's curling iron burned talent Grace Yeo on the neck; Grace was treated at a Raffles Medical clinic for a second-degree burn and the agency will reimburse S$180.
        Email from a parent: "I am Mdm Goh, mother of Kayla Goh (12). Please delete all photos of Kayla from your casting database, she has left the agency. My number is 9735 8826."
        Unpaid fee escalation: Arjun s/o Pillai (NRIC T0372914H) has filed a Small Claims Tribunals claim for S$2,950 against the agency over the January F&B campaign.
        Travel booking: talent Nur Syafiqah binti Ahmad Zaki, Malaysian passport A48201736, KUL-SIN on 3 Mar, 2 nights at the agency's corporate hotel rate.
        Casting shortlist (do not share): 1) Vanessa Tan, 23, 165cm, NUS undergrad, ok with swimwear; 2) Farhan Idris, 27, ex-model, visible tattoo on left forearm.
        Creator bio for client deck: "Melvin Chua, 29, ex-banker from Tampines, shares his journey paying off S$40k of credit card debt" - confirm with Melvin before sending.
        To: Mr Jonathan Sim, 88 Jalan Kembangan #03-02, Singapore 419123 | Re: overpayment of your July campaign fee by S$600 - please refund by 30 Sep.
        PayNow refund for cancelled workshop seat: Charmaine Loh, mobile 8790 1124, S$350 refunded on 5 Jun.
        Account ownership dispute: the IG page @dapurmakcik.official was set up by former intern Nadia Hamzah on her own e-mail nadiahamzah97@yahoo.com and she refuses to hand over the login.
    """),
    "mixed": _lines("""
        eh pls pay aishah rosli by fri, she whatsapp me 3 times already, her no 011-2390 5547, the Raya reel one RM2,800
        weiling dm me say if we dun pay by this week she go post on xhs, can someone call her? 9388 2016
        jason lim the one with the red mazda, car plate SLA 703 H, ask security let him park at B2 for the shoot
        bro yusri halim kena dengue, MC 2 hari, cannot do the Shopee live tmr, replace with who?
        priya ramasamy's NRIC is S9128406E right? finance ask, the PayNow name tak match
        the auntie complain her son Ong Boon Keat face appear in our CNY video, she want us take down, her email ongmeiling68@gmail.com
        chong mei fong bank acct tukar already, now Public Bank 6392118047, pls update before payment run
        the intern faizal rahim kantoi taking PR boxes home, HR already bagi warning letter
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama: SITI HAJAR BINTI MOHD NOOR | No. MyKad: 000923-10-6214 | Tel: 019-325 7740 | Alamat: No. 8, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam
        Encik Khairul Anuar bin Hashim memohon agar video yang memaparkan kedai runcitnya di Kota Bharu diturunkan kerana beliau tidak pernah memberi kebenaran.
        Bayaran yuran kepada Puan Norliza binti Abdullah sebanyak RM1,200 masih tertunggak sejak Jun; beliau telah menghantar surat peguam kepada agensi.
        Pempengaruh Amirul Hakim (@amirulhakimvlogs) dikenakan penalti 30% kerana menyiarkan kandungan tanpa label #iklan.
        Sila hantar baucar ke rumah Cik Nabila Huda, 12-3A Pangsapuri Seri Intan, Jalan PJU 1/41, 47301 Petaling Jaya; no. telefon 017-208 6615.
        Akaun bank untuk bayaran: Muhd Haziq bin Rosli, Bank Islam 12015023884122, No. KP 021105-01-1163.
        Laporan kejadian: Puan Zarina binti Othman cedera pergelangan kaki semasa penggambaran di Pantai Cenang, Langkawi dan dirawat di Hospital Sultanah Maliha.
        Pertikaian bayaran: Encik Lokman Hakimi mendakwa komisen affiliate RM4,380 bagi bulan Oktober belum dibayar; hubungi beliau di lokman.hakimi.biz@gmail.com.
    """),
    "zh-Hans": _lines("""
        达人陈佳怡（小红书：佳怡在吉隆坡）的合作费RM2,600已拖欠两个月，她说再不付款就要在小红书曝光我们。
        外籍达人信息：姓名：王思远，身份证号：440305199608141276，手机：13826519047，来新加坡拍摄3天。
        下架申请：黄美玲女士表示视频里拍到了她家在槟城的门牌和她的车牌 PKC 6127，要求立即删除。
        请把样品寄到刘志强家：No. 15, Jalan Kuning 2, Taman Pelangi, 80400 Johor Bahru，电话 012-771 3092。
        财务备注：郑丽华的收款账户已从大华银行更换为 DBS 027-905112-3，身份证 S8845120A。
        模特林晓雯已怀孕五个月，客户要求换人，请婉转地通知她。
        厦门达人许嘉欣，身份证350203199803220463，微信 xujiaxin_0322，报价¥8,000一条。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the writing assistant of a Singapore influencer agency. Keep replies short and professional.",
        ),
        ("user", "Help me reply on WhatsApp to a creator who is chasing payment."),
        ("assistant", "Sure. Who is the creator, what is the invoice amount and how late is it?"),
        (
            "user",
            "Cheryl Wong, IG @cherylwong.eats, S$1,500 for the August reel, now 68 days overdue. She is quite angry already.",
        ),
        (
            "assistant",
            "Hi Cheryl, sorry for the long wait on your S$1,500 August reel invoice. Finance has it flagged as priority and we will confirm the transfer date by this Friday.",
        ),
    ],
    [
        (
            "user",
            "A member of the public emailed asking us to remove a TikTok he appears in. How should I reply?",
        ),
        (
            "assistant",
            "Acknowledge within 24 hours, thank him, confirm which video it is and tell him when it will come down. Can you share the details?",
        ),
        (
            "user",
            "He is Encik Azman bin Ibrahim, 58, says his ex-wife's family recognised him at the Bangsar pasar malam in our clip and it caused trouble. His phone is 013-445 8210.",
        ),
        (
            "assistant",
            "Dear Encik Azman, thank you for contacting us. We have located the video filmed at the Bangsar pasar malam and will remove it within 48 hours. We apologise for the distress caused.",
        ),
    ],
    [
        (
            "user",
            "Can our client book an Indonesian host who is in Singapore on an S Pass for paid IG posts?",
        ),
        (
            "assistant",
            "An S Pass holder can generally only work for the employer named on the pass. Who is the host and who employs her?",
        ),
        (
            "user",
            "Putri Ayu Lestari, FIN G5093187R, her S Pass is with a hotel group, expires 30/06/2026. She wants S$800 per post.",
        ),
        (
            "assistant",
            "Then Putri should not take paid posts from your client unless MOM approves it; ask her employer and check with MOM before making any offer.",
        ),
    ],
    [
        ("user", "Hi, I'm the mother of Dylan Chan, 8 years old, he's on your kids roster."),
        ("assistant", "Hello, thanks for reaching out. How can we help with Dylan's bookings?"),
        (
            "user",
            "He has bad eczema on his arms and face right now, so no heavy makeup for the toy shoot on Saturday please. If anything call me at 9654 1207.",
        ),
        (
            "assistant",
            "Noted, I will tell the makeup team to use no products on Dylan and will call 9654 1207 if the plan changes.",
        ),
    ],
    [
        (
            "user",
            "Review this clause for me: 'Talent: Mohamed Irfan s/o Abdul Kader, NRIC T0158236J, shall not endorse any other telco for 24 months after the Term.'",
        ),
        (
            "assistant",
            "A 24-month post-term restriction is long; courts may see it as unreasonable restraint. Is Irfan being paid for that period?",
        ),
        (
            "user",
            "No, only the S$6,000 campaign fee. He is a part-time Grab driver and telcos are his main side income.",
        ),
        (
            "assistant",
            "Then suggest cutting it to the Term plus 3 months, or adding an exclusivity fee for Irfan.",
        ),
    ],
    [
        ("user", "my talent kena scam by a brand, they say pay after posting then ghost us"),
        (
            "assistant",
            "Sorry to hear that. Do you have the chat history, the brief and the invoice? That helps for a police report or a Tribunal claim.",
        ),
        (
            "user",
            "yes got. talent is goh jia wei, 24, she paid her own transport to Melaka for the shoot, RM3,000 unpaid, her number 017-523 9084 if lawyer need",
        ),
        (
            "assistant",
            "Keep all screenshots, send a formal letter of demand with a 14-day deadline, and if there is no reply a lawyer can advise Jia Wei on a civil claim in the Magistrates' Court.",
        ),
    ],
    [
        (
            "user",
            "Translate to Malay: 'Dear Encik Zulkifli bin Rahman, your fee of RM2,200 for the Merdeka campaign was transferred to your Maybank account 1142 6603 9025 today.'",
        ),
        (
            "assistant",
            "Encik Zulkifli bin Rahman yang dihormati, yuran anda sebanyak RM2,200 bagi kempen Merdeka telah dipindahkan ke akaun Maybank anda 1142 6603 9025 hari ini.",
        ),
    ],
    [
        ("system", "Internal incident summariser for a Kuala Lumpur production house."),
        (
            "user",
            "Summarise: Videographer Mark Anthony Reyes (FIN F2817364N) fell from a ladder during the Bukit Bintang night shoot on 9 Nov, fractured his wrist, taken to Hospital Kuala Lumpur, on MC 3 weeks.",
        ),
        (
            "assistant",
            "Incident 9 Nov, Bukit Bintang night shoot: videographer Mark Anthony Reyes fell from a ladder and fractured his wrist; treated at Hospital Kuala Lumpur; 3 weeks MC.",
        ),
        ("user", "Add that his freelance fee for the missed days is still to be paid."),
    ],
    [
        ("user", "帮我写一封道歉信给达人李佩珊。"),
        ("assistant", "好的，请告诉我发生了什么事，以及需要说明的金额和时间。"),
        (
            "user",
            "客户删除了她在抖音上的视频，但我们还没付她尾款RM1,800，已经拖了50天，她的电话是016-388 4172。",
        ),
        (
            "assistant",
            "亲爱的佩珊：对于您的尾款RM1,800延迟支付以及视频被删除一事，我们深表歉意，财务将在本周五前完成转账。",
        ),
    ],
    [
        (
            "user",
            "A creator paid for our masterclass with her card and wants a refund. What do I need?",
        ),
        (
            "assistant",
            "The payment date, the amount and the last 4 digits of the card are enough to find the transaction.",
        ),
        (
            "user",
            "Samantha D'Cruz, samdcruz.makes@outlook.com, paid S$480 on 2 Sep with card 4147 2070 8180 4772, she says the course clashed with her chemo schedule.",
        ),
        (
            "assistant",
            "Please do not store the full card number. Refund S$480 to the original card in the payment gateway and email Samantha a confirmation.",
        ),
    ],
]
