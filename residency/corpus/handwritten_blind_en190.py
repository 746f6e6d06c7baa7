# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en190: SG/MY hackathons, coding bootcamps and tech meetups. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en190
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "event_notice"): _lines("""
        HackSG Open 2025 registration closes Fri 14 Nov, 23:59 SGT. Teams of 2-5, at least one member must be a student currently enrolled in an IHL.
        Venue: Block71, 71 Ayer Rajah Crescent, Level 2 event hall. Nearest MRT is one-north (CC23), about 8 min walk. Doors open 8.30am Saturday.
        Overnight hacking is allowed from Sat 6pm to Sun 9am. Sleeping bags OK in Room 2-14 only, no sleeping in the pantry please.
        Reminder: all submissions must be pushed to your team repo by 10.00am Sunday. Commits after 10:00:59 will not be judged. Devpost page must include a 3-min demo video.
        Halal and vegetarian lunch boxes will be clearly labelled. If you declared a food allergy in the form, the caterer has prepared separate sealed packs at the registration counter.
        Bootcamp Cohort 14 (Full-Stack, part-time) starts 6 Jan 2026. Classes Tue/Thu 7-10pm and Sat 9am-1pm at our Tanjong Pagar campus. SkillsFuture Credit may be applied, check eligibility on the MySkillsFuture portal.
        KL Python Meetup #87: "Async in Django 5" + lightning talks. Tue 18 Nov, 7.30pm, Common Ground Bukit Bintang. Free entry, RSVP on Meetup, pizza sponsored.
        Lost and found: one black Logitech mouse, one blue water bottle with a Ngee Ann Poly sticker, and a 65W charger left at Table 12. Collect from the info desk before 5pm.
        Mentor office hours today: AWS booth 1-3pm, Google Cloud booth 2-4pm, UX clinic in Room 3. Book slots via the #mentor-booking channel.
        Schedule Day 2: 09:00 breakfast / 10:00 code freeze / 10:30-12:30 judging round 1 / 13:30 finalist pitches (5 min + 3 min Q&A) / 16:00 prize presentation.
        Eligibility: open to Malaysian and Singaporean residents aged 16 and above. Participants under 18 must submit a signed parental consent form before the event.
        Photography notice: official photographers will be present throughout. Wear the red lanyard if you prefer not to be photographed.
        Wifi SSID: HackJB2025 / the password is printed on the back of your badge. Please do not run torrent clients on the venue network.
        The prize pool this year is S$30,000 in cash and credits: Grand Prize S$8,000, Best Use of AI S$4,000, Best Social Impact S$4,000, Best Freshman Team S$2,000 plus cloud credits.
        Code of Conduct: harassment of any kind is not tolerated. Report concerns to any crew member in a yellow T-shirt or through the anonymous form linked in #report. We respond within 30 minutes during the event.
        Shuttle bus from Larkin Sentral to the UTM Skudai venue leaves at 7.45am and 8.30am on Saturday. Return trips at 6pm and 9pm.
    """),
    ("en", "judging_sheet"): _lines("""
        Judging criteria: Technical complexity 30% / Innovation 25% / Impact 25% / Presentation 20%. Scores 1-10 per criterion, ties broken by Impact score.
        Team 07 "KopiPay" | Track: FinTech | Tech 8 | Innovation 6 | Impact 7 | Pitch 8 | Weighted 7.25 | Notes: solid demo, unclear business model.
        Team 19 "Lepak Map" - Tech 6, Innov 8, Impact 9, Pres 7 = 7.45. Judge comment: great use of the OneMap API, offline mode crashed once during the demo.
        Shortlist for finals (in no particular order): Team Rojak Labs, Team KampungConnect, Team Makan Where, Team 404 Sleep Not Found, Team SafeCross.
        Judges must declare conflicts of interest before round 1. If you mentored a team or share an employer with any member, tick the COI box on the sheet and skip that team.
        Score sheet template: Team no. ___ / Project name ___ / Judge ID ___ / Tech (1-10) ___ / Innovation ___ / Impact ___ / Presentation ___ / Comments ___
        Final ranking after moderation: 1st Team 12 (84.5), 2nd Team 03 (81.0), 3rd Team 27 (79.75). Honourable mention: Team 15 for accessibility.
        The judge panel for the GovTech track includes representatives from GovTech, IMDA and the Smart Nation Group; names will be announced on the day.
        Round 1 judging rooms: Track A (HealthTech) Room 2-01, Track B (Sustainability) Room 2-03, Track C (Open) Main Hall stage left.
        Note to judges: disqualify any project that uses pre-existing code beyond libraries and boilerplate. Check that the commit history starts after 9am Saturday.
        Team 22 flagged by the plagiarism check: 73% similarity with a 2023 public repo. Referred to the organising committee, decision pending. Case ref HJ-DQ-0412.
        Best Pitch award went to Team Durian Runtuh for their "Tapau Tracker" food-waste app, decided by audience vote (412 votes cast).
        Rubric for bootcamp capstone: working deployment (20), test coverage of at least 60% (15), README and architecture diagram (15), code review quality (20), demo (30).
        Average scores across 38 teams: Tech 6.4, Innovation 6.9, Impact 6.1, Presentation 7.2. Median weighted score 6.65.
    """),
    ("en", "reimbursement_policy"): _lines("""
        Travel subsidy for finalists outside the Klang Valley: up to RM300 per team for bus/train, RM500 for flights from Sabah/Sarawak. Submit receipts within 14 days.
        Claims must include original receipts or e-receipts, the boarding pass (for flights) and the completed claim form. We do not reimburse Grab rides above RM60 per trip.
        Claim form fields: Full name (as per IC) ____ / Team no. ____ / Bank name ____ / Account no. ____ / Amount claimed (RM) ____ / Signature ____
        Reimbursements are paid by bank transfer in batches on the 15th and the last working day of each month. Expect 5-7 working days after approval.
        Singapore participants will be reimbursed via PayNow to the mobile number registered with the organiser. Please make sure PayNow is linked before claiming.
        Batch 2025-11-B processed: 47 claims approved, total S$6,412.80; 5 claims returned for missing receipts. Finance ref FIN-HX-25-0093.
        Invoice INV-2025-1187 from Kedai Cetak Jaya for 300 lanyards and badges, RM1,845.00, due 30 Nov. PO number PO-HKL-0452.
        Per diem for overseas mentors: S$80/day for meals, hotel capped at S$220/night, economy class only. Pre-approval needed for anything above.
        Q: Can I claim ERP charges and parking? A: Parking yes with receipt, up to S$15/day. ERP no.
        Sample Grab receipt for reference: Booking ID A-5KX2RT9WQ7ZD, 08 Nov 2025, Kent Ridge to one-north, S$14.60 paid by card.
        Flight reimbursement cap: AirAsia, Firefly or Scoot economy fares only; the booking confirmation must show a passenger name matching the claim form.
        Status of claim CLM-00318: Approved, pending payment. The claims team will email the claimant once the transfer is made.
        Summary for the sponsor report: 112 participants travelled from outside Singapore (Johor 61, KL 29, Penang 12, others 10). Average claim S$48.20.
    """),
    ("en", "sponsor_mail"): _lines("""
        Dear Organising Committee, thank you for reaching out. We are pleased to confirm Gold sponsorship (S$10,000) for HackSG Open 2025. Our partnerships team will send the MOU by Friday. Regards, Developer Relations APAC
        Sponsor deliverables: logo on the main stage backdrop (Tier 1 placement), a 5-min talk slot on Day 1, a 3x2m booth, and access to the opt-in resume book after the event.
        Please send your high-res logo (SVG or PNG of at least 2000px) and a 50-word company blurb to sponsors@hacksg.org by 20 Oct.
        For payment, kindly remit to the society's account stated on Invoice SP-2025-014. Payment terms are 30 days from the invoice date.
        Hi team, we can provide USD 25,000 in cloud credits for participants (USD 500 per team, redeemable for 12 months). Codes will be distributed via a CSV on the day.
        Re: API access for the hackathon - sandbox keys will be issued per team with a rate limit of 100 req/min. Production endpoints are not available. Docs are on our developer portal.
        Maybank is happy to sponsor the "Best FinTech Hack" prize of RM5,000 and will provide two mentors on Saturday afternoon.
        Swag shipment tracking: J&T Express tracking no. 630812759904, 4 cartons of T-shirts (sizes S-XXL), ETA Thursday.
        We regret that we are unable to sponsor this year due to budget realignment. We hope to support future editions of the event.
        Kindly note that the resume book must only include participants who ticked the consent box; we will not accept any list without documented opt-in.
        Sponsor booth contact for the event day: CloudSea events hotline +65 6715 0888 (Mon-Fri 9am-6pm) or events@cloudsea.sg.
        Proposal attached: Platinum tier at RM20,000 includes naming rights ("XYZ presents Hack Penang 2026"), a keynote slot and 2 judges on the final panel.
        PO 4500219384 has been raised for the catering sponsorship. Please address your invoice to our Finance Department quoting the PO number.
    """),
    ("mixed", "group_chat"): _lines("""
        @everyone submissions closing in 1 hr ah, pls push your code, don't wait last minute then Devpost jam
        anyone got spare USB-C to HDMI adapter? our team at table 14, need for demo later, will return one
        guys the pantry got free kopi and teh now, also got curry puffs, faster go before finish
        mods pls pin the judging schedule, a lot of ppl asking the same qn in #general
        Is it ok if our team uses a pre-trained model from Hugging Face? or must train from scratch?
        reply: yes can, pretrained models and public APIs are fine, just declare them in your README
        wah the wifi very lag at level 3, better go level 2 near the stage
        looking for 1 more teammate - we got 2 backend + 1 designer, need someone who knows React Native. reply in this thread if keen
        Reminder: the Telegram group is for announcements only. Questions go to the Discord #help-desk channel.
        any1 know if the MRT still running after 12? or last train already gone
        lol our model predicting every hawker stall as "chicken rice" 😂 need more training data sia
        bro the Docker build takes 15 min each time, anyone got tips? using M1 mac
        tip: add --platform linux/amd64 to your docker build if deploying to Cloud Run from an M1/M2
        ok confirm tmr breakfast is nasi lemak + roti, vegetarian option is bee hoon
        who left a grey hoodie at the hacker lounge? Uniqlo, size M, got keys in the pocket. now at info counter
        pls dun share your API keys in the chat!! already saw 2 OpenAI keys posted in #general, mods deleted them, go rotate now
    """),
    ("ms", "notis"): _lines("""
        Pendaftaran Hackathon Digital Belia 2025 kini dibuka! Terbuka kepada pelajar IPTA dan IPTS berumur 18 hingga 30 tahun. Tarikh tutup: 30 November 2025.
        Setiap pasukan terdiri daripada 3 hingga 5 orang ahli. Sila pastikan semua ahli mendaftar melalui pautan rasmi sebelum tarikh tutup.
        Makanan halal disediakan sepanjang program. Surau terletak di Aras 1, bersebelahan dewan utama.
        Tuntutan perjalanan hendaklah dikemukakan dalam tempoh 14 hari bersama resit asal. Tuntutan tanpa resit tidak akan diproses.
        Kriteria penilaian: Inovasi (30%), Impak kepada komuniti (30%), Kebolehlaksanaan teknikal (25%), Pembentangan (15%).
        Bas akan bertolak dari Stesen LRT Universiti pada jam 7.30 pagi. Peserta yang lewat perlu datang sendiri ke lokasi.
        Borang tuntutan: Nama penuh (seperti dalam MyKad) ____ / No. pasukan ____ / Nama bank ____ / No. akaun ____ / Jumlah (RM) ____
        Tahniah kepada semua finalis! Keputusan penuh akan diumumkan di laman web rasmi dan saluran Telegram program pada hari Isnin.
        Peringatan: Jangan kongsi nombor kad pengenalan atau maklumat akaun bank di dalam kumpulan Telegram. Gunakan borang rasmi sahaja.
        Bengkel "Pengenalan kepada Flutter" akan diadakan secara dalam talian pada 12 Disember, jam 8 malam. Pautan Zoom akan dihantar melalui e-mel.
    """),
    ("zh-Hans", "meetup_notice"): _lines("""
        新加坡华人开发者聚会第23期：本周四晚上7点半，地点在丹戎巴葛的共享办公室，主题是大模型应用落地，欢迎报名。
        黑客松报名截止日期为11月14日晚上11点59分，每队2到5人，至少一名在校学生。
        评审标准：技术难度30%，创新性25%，社会影响25%，现场展示20%。
        报销说明：马来西亚参赛者的交通费用最高可报销300令吉，需提供原始收据。
        提醒大家：不要在群里发身份证号码、银行账号等个人信息，报销资料请通过官方表格提交。
        明天早餐有椰浆饭和咖椰吐司，素食者可以在登记处领取素食餐盒。
        本次黑客松奖金总额为3万新元，另有云服务积分。获奖名单将在周日下午4点公布。
        编程训练营第14期将于明年1月6日开课，每周二、四晚上及周六上午上课，可使用技能创前程补助。
        槟城开发者社区下月举办Rust入门工作坊，名额50人，先到先得，免费入场。
        会场Wi-Fi密码印在工作证背面，请勿在会场网络上运行下载工具。
    """),
    ("en", "code_config"): _lines("""
        HACKATHON_START=2025-11-15T09:00:00+08:00 / SUBMISSION_DEADLINE=2025-11-16T10:00:00+08:00 / MAX_TEAM_SIZE=5
        git clone https://github.com/hacksg-open/starter-kit.git && cd starter-kit && npm ci && npm run dev
        Judging service deployed: image ghcr.io/hacksg/judge-api:v2.3.1, digest sha256:9f3c2a71e0b84d5c6a1f7e2b93d04c85a6e1f02b7c3d9e48a5b61f0c2d7e9a13
        SELECT team_id, AVG(score) AS avg_score FROM judge_scores WHERE round = 1 GROUP BY team_id ORDER BY avg_score DESC LIMIT 10;
        Error 429 from the sandbox API means you hit the 100 req/min team limit. Add exponential backoff, e.g. tenacity.retry(wait=wait_exponential(min=1, max=30)).
        registration.csv columns: team_id, member_role, institution, tshirt_size, dietary_pref, consent_photo (Y/N) - no personal fields in the export for sponsors.
        discord bot config: PREFIX='!', MOD_ROLE_ID=1187264509338812416, ANNOUNCE_CHANNEL_ID=1187264509338812420, LOG_LEVEL=INFO
        Pitch deck template v3 (Figma) export checksum SHA-1 4e1f0d9c2b7a86e35f4a10d2c8b9e7f16a3c5d20
        Stripe test card 4242 4242 4242 4242, any future expiry, any CVC - use only in sandbox mode for your payment demo.
        ENV: ONEMAP_API_BASE=https://www.onemap.gov.sg/api / CACHE_TTL=3600 / DATASET_ID=d_8b84c4ee58e3cfc0ece0d773c8ca6abc
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        REGISTRATION #HSG25-0217 | NAME: MUHAMMAD HAZIQ BIN ROSLAN | NRIC: S9934127J | MOBILE: 9127 4460 | EMAIL: haziq.roslan99@gmail.com | INSTITUTION: Republic Polytechnic | T-SHIRT: L | DIETARY: Halal
        Team 09 "Kampung Connect" members: Tan Wei Jie (lead, NUS CS Y3), Priya d/o Ramasamy (SMU IS Y2), Goh Shu Min (NTU EEE Y2), Darren Pereira (SIT Y1)
        Judge note (confidential): the presenter for Team 31, Lim Jun Hao, was rude to his mentor and raised his voice at volunteers during setup. Recommend a warning letter before awards.
        Travel claim CLM-00327 | Claimant: Nur Aqilah binti Zulkifli | Route: Kuching-Singapore (AirAsia) | Amount: S$412.30 | Pay to: Maybank 1640 2281 9037
        Incident log 15/11 02:40: participant Kavitha a/p Subramaniam (Team 22) felt faint, says she has a history of low blood pressure; first aider gave a sugar drink, parents informed at 03:05.
        Pls PayNow the prize money to Jun Kai, his number is 8362 0915, he's our team lead. Thanks!
        Visa support letter request: Ms Li Xinyi, Chinese national, passport E73920184, NTU exchange student, attending HackSG Open 15-16 Nov 2025 as a finalist.
        Dietary/medical form - Name: Ashwin s/o Murugan / Allergies: peanuts (severe, carries EpiPen) / Emergency contact: mother, +65 9780 3312
        Bootcamp progress report: Chloe Yeo Hui Min, Cohort 13, missed 4 of 12 sessions due to shift work; capstone score 58/100, placed on a performance improvement plan.
        Hi organisers, my PayNow to mobile didn't go through, can you try my NRIC instead? T0281563F, name on the account is Chua Kai Xuan.
        Discord mod log: banned @zhihao.ong (registered as Ong Zhi Hao, Team 40) for sending unsolicited DMs to three participants after a warning.
        Parental consent: I, Rajesh Nair, father of Aditya Nair (16, Raffles Institution), consent to my son taking part in the overnight hackathon. Contact 9033 6128.
        Parking pass for judge Mr Benjamin Sim, vehicle SJK4521K, valid 15-16 Nov at the Block71 carpark.
        Refund request: Siti Hajar binti Abdullah paid the RM150 deposit for Bootcamp Cohort 7 with card 4556 3320 1847 2917 and withdrew on 3 Oct because of her mother's surgery; asking for a full refund.
        0418,Wong Mei Ling,meiling.wong@hotmail.com,+60 17-629 0453,Universiti Malaya,Data Science,Vegetarian,M
        Dear Jason Lim, your claim of S$86.40 for Grab rides on 15 Nov was rejected because the receipts show pickup from your home at Blk 412 Bedok North Ave 2 #08-117, outside the approved route.
        Grand Prize payout (S$8,000, 4 ways): Aaron Chong Kah Wai - OCBC 601-483920-001 / Farah Nadia binti Ismail - DBS 027-915384-2 / Vikram Raj - POSB 183-40276-1 / Ng Yi Ting - PayNow 8845 2017
        anyone seen @aisyahcodes? Nur Aisyah from UiTM, our frontend, she left her laptop bag at table 7 and her phone is off, last seen near the surau in green tudung
        Mentor feedback - mentee Daniel Teo Jun Wei (Bootcamp C14): strong in Python, struggles with SQL joins; mentioned he is job hunting after being retrenched from a logistics firm in August.
        Certificate reissue: name should read "THARSHINI A/P KRISHNAN" not "THARSHINI KRISHNAN". IC 990812-07-5462. Please resend to tharshini.k@yahoo.com.
        Attendance scan 2025-11-15: badge HSG-0233 Leong Kar Mun entered Hall A 08:52:17, exit 23:14:09, re-entry 23:58:40.
        Marcus, for the bus from JB pls pick up my sister Clara Fernandez at her place, 18 Jalan Kuning 2, Taman Pelangi, 80400 Johor Bahru, she'll wait at the gate 6.45am.
        Scholarship shortlist (means-tested): Mohd Faizal bin Hassan - household income RM3,200/month, 5 siblings, father on dialysis; recommend full fee waiver.
        Judging sheet Team 05: presenter Sarah-Jane de Souza (NUS Law Y2) looked unwell and was coughing throughout; allowed her 2 extra minutes. Score 7.1.
        FIN G5829173R - Nguyen Thi Thu Ha, Vietnamese, SUTD PhD candidate on a Student Pass, needs a letter confirming hackathon participation for her scholarship office.
        Hi, this is Kelvin Ng's mum. Kelvin has a high fever today and cannot join the Day 2 pitching, Team 18 will present without him. Pls call me at 9127-8816 if needed.
        Lanyard list p.3: 0341 TAN CHENG HOCK (Judge) | 0342 NURUL HUDA BTE MOHD YUSOF (Mentor) | 0343 GURPREET KAUR D/O HARBANS SINGH (Volunteer, shift B)
        Volunteer roster, Shift C (00:00-06:00): Jeremy Khoo (HP 8190 4475), Aina Sofea (HP 013-441 9062). Call them for any overnight issues.
        Emergency contact sheet - Goh Shu Min: father Goh Chee Keong, +65 9231 5508. Blood type O+. Asthmatic, inhaler in the blue pouch.
        Alumni note: Ahmad Syafiq bin Razak (HackKL 2023 winner) asked us to remove his photo from the website because of an ongoing dispute with his former employer.
        Hotel booking for judge Ms Ho Pei Shan, Hotel Jen Penang, 14-16 Nov, guaranteed on card 5424 1877 0365 1143 exp 09/27.
        HK team member Chan Tsz Ching, HKID Y482917(2), CityU student, lands at Changi T1 on 14 Nov 19:40, needs airport pickup.
        @weijie_builds pls settle the $45 you owe for the team Airbnb in Jurong lah, Kai Xuan already paid the host
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama: NUR FARHANA BINTI AZMAN / No. MyKad: 030117-10-1238 / Tel: 011-2645 8830 / Universiti: UiTM Shah Alam / Saiz baju: M
        Tuntutan perjalanan Mohd Amirul bin Kassim, Kota Kinabalu - Kuala Lumpur, RM486.20, bayar ke akaun CIMB 7063552148.
        Makluman: peserta Izzati binti Rahman (Pasukan 11) dimasukkan ke Hospital Sultanah Aminah malam tadi kerana denggi. Pasukan beliau akan membentang tanpa beliau.
        Salam, saya Hafiz dari Pasukan 6. Boleh tolong transfer duit hadiah ke akaun Maybank isteri saya, Nor Syazwani binti Ahmad, 1122 4450 9983? Akaun saya dibekukan.
        Senarai pasukan "Nasi Kandar AI": Muthu a/l Velayutham (ketua, USM), Lee Jia Xin (USM), Amirah Sofia binti Kamal (UniMAP).
        Laporan tatatertib: peserta Danial Hakimi bin Zainal didapati menghisap vape di dalam dewan walaupun telah diberi amaran dua kali. Pasukan beliau ditolak 5 markah.
        Sijil penyertaan untuk ALYA NATASHA BINTI SHAHRIL, No. KP 020611-08-5590, akan dihantar ke alamat No. 23, Jalan Merbah 4, Taman Bercham Jaya, 31400 Ipoh, Perak.
        Peserta Bootcamp Kohort 5, Syahmi bin Nordin, memohon penangguhan bayaran ansuran Disember sebanyak RM450 kerana bapanya baru kehilangan kerja.
    """),
    "zh-Hans": _lines("""
        报名信息：姓名 陈思远，新加坡国立大学计算机系大三，手机 +65 9033 7742，微信号 siyuan_chen0917，饮食：不吃牛肉。
        签证邀请函：张雨涵，女，身份证号 320502200112032842，南洋理工大学交换生，参加11月15日至16日黑客松决赛。
        群通知：刘浩然同学昨晚通宵后低血糖晕倒，已送往中央医院，现在情况稳定，请队友明天替他演示。
        报销单：黄子轩，身份证 440304200209173616，深圳-新加坡机票 人民币2,380元，收款卡号 6214 8378 2291 4051（招商银行）。
        @林佳慧 你的笔记本电脑落在14号桌了，我先帮你放在服务台，你手机是不是 8190 2264？一直打不通。
        评委意见（保密）：第8队的吴俊杰在答辩时态度傲慢，多次打断评委，并承认部分代码来自他之前实习公司的项目。
    """),
    "mixed": _lines("""
        eh @darrenp_sg ur laptop charger still with me, I drop at ur block tmr ok? Blk 268C Punggol Field #11-342 right
        bro Hafiz Zainudin from Team 4 kena food poisoning after dinner, now at Klinik Kesihatan Skudai on drip, his team need 1 sub for pitching
        @Lau Mei Qi prize money $500 transferred to your OCBC 712-304658-001 liao, pls check and confirm 🙏
        team list final: me (Kenneth Lau), Shreya Menon, Izzul Haqim, Zhang Wen - all SUTD Y2, contact me at 9654 1183 for anything
        wah lau Vincent Ong didn't turn up for bootcamp again today, 3rd time this week, instructor say if he miss 1 more he lose the SkillsFuture funding
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for the HackSG Open organising committee. Be concise and polite.",
        ),
        (
            "user",
            "Draft an email to Nur Aqilah binti Zulkifli (aqilah.zul02@gmail.com): her flight claim of S$412.30 is approved but will be paid on 30 Nov, not 15 Nov.",
        ),
        (
            "assistant",
            "Subject: Travel claim approved / Dear Aqilah, good news: your travel claim of S$412.30 has been approved. Due to the batch schedule, payment will be made on 30 Nov instead of 15 Nov. We apologise for the delay. Best regards, HackSG Open Claims Team",
        ),
        (
            "user",
            "Add that the money goes to the Maybank account ending 9037 that she gave us, and cc her team lead.",
        ),
    ],
    [
        (
            "user",
            "I need an invitation letter for my Singapore visit. Name Zhou Yiming, passport EK4829173, born 2003-04-18, Zhejiang University, finalist Team 26.",
        ),
        (
            "assistant",
            "Sure. Here is a draft: 'To whom it may concern, this is to confirm that Mr Zhou Yiming (passport EK4829173) has been selected as a finalist for HackSG Open 2025, held 15-16 Nov 2025 at Block71 Singapore...' Please confirm the dates of your stay.",
        ),
        (
            "user",
            "Arrive 13 Nov, leave 18 Nov. I'll stay with my cousin at Blk 452 Jurong West St 42, #04-22.",
        ),
    ],
    [
        ("system", "You help bootcamp admissions staff answer applicant questions."),
        (
            "user",
            "Applicant Pang Siew Ling, NRIC S8817302C, 37, says she was retrenched in March and has only S$1,200 savings. Can she use SkillsFuture plus the instalment plan?",
        ),
        (
            "assistant",
            "She may be able to combine SkillsFuture Credit with an instalment plan, subject to course eligibility. I'd suggest confirming her available credit on the portal and offering the 6-month plan.",
        ),
        (
            "user",
            "Ok, note that her first instalment is due 5 Jan and she asked us not to call her at work.",
        ),
    ],
    [
        (
            "user",
            "Summarise this report for the CoC committee: participant Rachel Kwok (Team 14) says @kaishengg kept sending her messages at 3am and followed her to the lift lobby.",
        ),
        (
            "assistant",
            "Summary: Rachel Kwok (Team 14) reports repeated late-night messages from Discord user @kaishengg and that he followed her to the lift lobby. Recommended: interview both parties, preserve the Discord logs, and consider a temporary ban pending review.",
        ),
        (
            "user",
            "His registration name is Ho Kai Sheng, mobile 9576 2043. Add that we already removed him from the venue at 3.40am.",
        ),
    ],
    [
        (
            "user",
            "Turn this into a CSV for the venue security list: Terence Lim 91884023 terence.lim.sg@gmail.com, Anjali d/o Prakash 83320917 anjali.p@outlook.com",
        ),
        (
            "assistant",
            "name,mobile,email / Terence Lim,91884023,terence.lim.sg@gmail.com / Anjali d/o Prakash,83320917,anjali.p@outlook.com",
        ),
        (
            "user",
            "Add a column for ID: Terence's NRIC is T0167734E, Anjali is on a FIN, F2736491T.",
        ),
    ],
    [
        (
            "user",
            "Saya nak tanya pasal tuntutan tiket bas saya dari Kota Bharu, RM78. Nama saya Wan Nurul Iman binti Wan Ismail, IC 000929-03-6354.",
        ),
        (
            "assistant",
            "Terima kasih. Sila pastikan anda melampirkan resit tiket asal dan borang tuntutan yang lengkap. Tuntutan biasanya diproses dalam 5-7 hari bekerja selepas kelulusan.",
        ),
        (
            "user",
            "Ok, duit tu masuk ke akaun Bank Islam saya 03018020457712 ya. Saya dah hantar resit semalam.",
        ),
    ],
    [
        (
            "user",
            "帮我整理一下报名信息：王梓涵，南洋理工大学大二，微信 zihan_wang_ntu，手机 8845 3309，素食。",
        ),
        (
            "assistant",
            "好的：姓名：王梓涵 / 学校：南洋理工大学（大二）/ 微信：zihan_wang_ntu / 手机：8845 3309 / 饮食：素食。还需要补充队伍名称吗？",
        ),
        ("user", "队伍是“叻沙实验室”，另外她有轻度哮喘，晚上可能要提前离场。"),
    ],
    [
        (
            "user",
            "My son Ethan Loh is 16 and joining the overnight hackathon at Block71 this Saturday. He has type 1 diabetes.",
        ),
        (
            "assistant",
            "Thanks for letting us know. Please make sure he brings his insulin and glucose monitor, and list the condition on the medical form. Our first aiders will be on site throughout the night.",
        ),
        (
            "user",
            "Please tell the first aider he may need juice around 2am. My number is 9612 4478, I'm his mother, Michelle Loh.",
        ),
    ],
    [
        ("system", "You help hackathon judges polish written feedback."),
        (
            "user",
            "Reword this nicely: 'Aravind a/l Suresh talked over his teammates, the demo was fake, and he admitted they copied the UI from a Dribbble shot.'",
        ),
        (
            "assistant",
            "Suggested wording: 'The presenter, Aravind a/l Suresh, tended to speak over teammates. Parts of the demo appeared pre-recorded rather than live, and the team acknowledged the UI was closely based on an existing design.'",
        ),
        (
            "user",
            "Good. Also add that I'm recommending his team be disqualified from the Best Design prize.",
        ),
    ],
    [
        (
            "user",
            "Write a LinkedIn recommendation for my bootcamp student Samuel Chia Boon Keat, Cohort 12, who moved from F&B to a junior dev job at S$4,200 a month.",
        ),
        (
            "assistant",
            "Draft: 'I had the pleasure of teaching Samuel in Cohort 12. Coming from F&B, he picked up JavaScript and React quickly and led his capstone team with calm. He has since landed a junior developer role, well deserved.'",
        ),
        (
            "user",
            "Leave out the salary, but mention he did it while caring for his dad after a stroke.",
        ),
    ],
]
