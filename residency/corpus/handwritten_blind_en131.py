# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en131: SG/MY film, theatre and TV production crews (casting, call sheets, extras, permits, payments, releases). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en131
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "casting_call"): _lines("""
        CASTING CALL – Telemovie "Kampong Lights" (working title) seeks Malay female lead, 25-32, fluent Bahasa Melayu, able to ride a motorcycle. Shoot dates 12-28 Feb 2027, Singapore. Submit headshot, full-body shot and 1-min self-tape to casting@lanternreel.sg by 15 Jan.
        Now casting for a Mandarin web series: Chinese male, 60s, must speak Hokkien or Teochew, retired-uncle look. Paid role, 4 shoot days. Apply through the form in our Instagram bio, no DMs please.
        OPEN AUDITION for our Deepavali theatre production at the Esplanade Annexe Studio – Tamil-speaking actors of all ages, singers and Bharatanatyam dancers welcome. Sat 9 Jan, 10am-5pm, walk in with a 2-min monologue.
        Looking for 40 background extras (mixed races, 18-65) for a hospital scene in Johor Bahru. RM 120 per day incl. meals, transport from JB Sentral provided. Register via the Google Form – do not send IC copies by WhatsApp.
        Child talent wanted: boy aged 8-10, Eurasian or mixed parentage, for a 30-sec bank commercial. Parent or guardian must be present at all times; max 6 hours on set under our child welfare policy.
        Reminder to all applicants: we never ask for payment to audition. If someone claiming to be from our casting team asks for a "registration fee", call the Police Hotline 1800 255 0000 or the Anti-Scam Helpline 1799.
        Casting brief ref CB-2027-014: "Auntie who runs a chap chye png stall", 55-70, any race, cheerful, OK with cooking on camera. Non-speaking. Fee SGD 250/day flat.
        Self-tape guidelines: landscape orientation, plain background, slate with your name, height and agency at the start, then two takes of the scene. File name format: ROLE_SURNAME_2027.mp4.
        Stand-ins needed for a streaming series shooting at Pinewood Iskandar Malaysia Studios: heights 170-185 cm, men and women, 12-hour days, RM 180/day plus OT.
        Callbacks for the role of "Inspector Rahman" will be held on Thursday at our studio in Kallang Bahru; shortlisted actors will receive the sides 48 hours before.
        Note for agencies: submit talent through the breakdown portal only, max 5 submissions per role, and state the talent's playing age rather than the actual date of birth.
        Seeking a Punjabi-speaking grandfather type for a Vaisakhi short film supported by an IMDA production grant; beard welcome, no acting experience needed.
        Theatre crew call: we need 2 follow-spot operators and 1 ASM for a 3-week run at the Victoria Theatre, get-in on 2 May, bump-out on 24 May. Union-style rates, apply with your CV.
    """),
    ("en", "call_sheet"): _lines("""
        CALL SHEET – "Kampong Lights" Day 07 of 18 | Crew call 0600 | Shooting call 0730 | Est. wrap 1900 | Sunrise 0708 / Sunset 1912 | Weather: 31°C, thunderstorms after 3pm
        Unit base: Carpark B, Bishan-Ang Mo Kio Park. Holding for extras at the pavilion. Nearest A&E: Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, tel 6256 6011.
        Sc 14 | INT. HDB KITCHEN – NIGHT | 2 4/8 pgs | Cast 1, 3, 5 | BG: none | Props: rice cooker, Tiger beer bottles, altar joss sticks | SFX: rain on window
        Sc 22A | EXT. KOPITIAM – DAY | Cast 2, 4 | BG: 15 (hawkers x3, diners x12) | Note: live location, stall stays open, no branding of real shops in frame
        Cast list by character only: #1 DETECTIVE FARAH / #2 AH SENG / #3 MDM KOH / #4 RAVI (teen) – actors' contact sheet is confidential and held by the 2nd AD.
        Rain cover: if the NEA heavy rain warning comes in before 1400, move to Sc 31 INT. CONDO LOBBY at the standby location.
        Transport: crew van 1 departs Bishan MRT Exit A 0540 sharp, van 2 departs Yishun MRT 0545. Drivers will not wait more than 5 min.
        Meals: breakfast 0630 (nasi lemak / kaya toast / vegetarian bee hoon), lunch 1230 by halal caterer, tell the 3rd AD your dietary needs by 1100.
        Safety: stunt sequence Sc 40 (motorcycle skid) – closed set, essential crew only, stunt coordinator briefs at 1400. Ambulance on standby from 1330.
        Timecode sync at 0700: sound to jam all cameras, 25 fps, TC start 07:00:00:00. Card rolls continue from A042 / B031.
        Advance schedule Day 08: Sc 5, 6, 9 at the Tiong Bahru pre-war flats, call 0700. Day 09: studio, Stage 2, call 0800.
        Walkie channels: Ch 1 production, Ch 2 camera, Ch 3 grip/electric, Ch 4 locations, Ch 6 transport. Keep Ch 1 clear.
        Shooting order: 22A, 22B, 23 (pick-up inserts), 14. Company move at 1500 to the HDB block – 20 min drive.
        Location contact: Town Council estate office 6258 1121 (office hours). Do not knock on residents' doors for power, use the genset only.
    """),
    ("en", "location_permit"): _lines("""
        Filming on HDB common property (void decks, corridors, playgrounds) requires written approval from the Town Council; apply at least 14 working days ahead with a site plan and insurance certificate.
        Commercial filming in parks and park connectors needs an NParks permit; drones need separate CAAS permits and may not fly over nature reserves.
        For filming on public roads in Singapore, apply to the Traffic Police and LTA with a traffic management plan from a licensed traffic marshal company.
        In Malaysia, foreign crews and artistes need PUSPAL approval before entry; local productions register their shoot with FINAS and obtain local council consent.
        Permit ref PSL/2027/0318 approved: filming at Dataran Merdeka 14-15 March, 0600-1800, max 60 crew, no pyrotechnics. Conditions attached as Annex B.
        Replica firearms on location: inform the Police Licensing & Regulatory Department in advance; replicas travel in locked cases and stay with the armourer.
        Recce report checklist: access and loading, three-phase power, toilets, holding area, parking for the 3-ton, sound issues (flight path, MRT, azan and temple bells), nearest hospital.
        Residents' notice goes up at lift lobbies at least 3 days before filming, in English, Chinese, Malay and Tamil, with dates, times, production company and a hotline.
        Indicative location fees: HDB void deck SGD 300/day, shophouse interior SGD 1,500-3,000/day, landed house SGD 2,000-4,000/day, plus refundable deposit.
        Filming inside MRT stations is arranged with SMRT or SBS Transit depending on the line, usually after service hours between 0100 and 0430.
        Form guide: "Applicant" must be the production company with its UEN, not an individual; under "Person in charge" give the designation only, e.g. Location Manager.
        Permit status: APPROVED | Ref TC-AMK/FLM/27-0042 | Site: Blk 5xx common corridor | Valid 03/02/2027 0700 – 03/02/2027 2000
        LTA reference LTA/RP/2027/11893 covers a lane closure on Jalan Besar between Syed Alwi Road and Kitchener Road from 2300 to 0500.
    """),
    ("en", "crew_payments"): _lines("""
        INVOICE INV-2027-0193 | Lighting package: 2x ARRI SkyPanel S60-C, 4x Aputure 600d Pro, 1x 20 kVA silent genset | 6 days | SGD 7,920.00 + GST 9%
        Crew rate card 2027 (freelance, 12-hr day, SGD): DOP 1,200 | 1st AC 450 | Gaffer 500 | Grip 350 | Boom op 380 | MUA 400 | PA 180. OT at 1/10 of day rate per hour.
        Payment terms: invoices submitted by the 5th are paid on the 20th of the same month by bank transfer or PayNow to UEN; no cash payments on set.
        Background talent payout summary Week 3: 126 extras, 318 talent-days, total SGD 28,620, agency commission 15% paid to agencies, not to individual talents.
        PO-LR-27-0551 | Art department | Props purchase at Sim Lim Square and Mustafa Centre | SGD 1,386.40 | receipts attached, petty cash float closed
        Freelancers are self-employed persons and must declare their income to IRAS; the production does not deduct CPF, and MediSave contributions are the freelancer's own responsibility.
        Malaysia: fees paid to non-resident public entertainers are subject to 15% withholding tax under section 109A of the Income Tax Act 1967, remitted to LHDN within one month.
        Per diem for the outstation shoot in Ipoh: RM 80/day for meals, twin-share hotel arranged by production, mileage at RM 0.80/km with Touch 'n Go receipts.
        Cost report Ep 4: above-the-line 38%, below-the-line 52%, contingency 10%; overspend of SGD 12,400 on night-shoot generator and security.
        Kit rental: Sony FX6 body + 24-70 GM II + 2x 128GB CFexpress Type A, SGD 280/day, weekly rate = 3 days. Damage waiver 10%.
        How should a production pay a child actor's fee in Singapore? Usually into the parent's or guardian's account against a signed guardian consent, with the voucher filed with the release.
        Batch payment file BP-20270214-03: 42 transfers, total SGD 19,740.00, status Completed, checksum 8f3c2a91d04b.
        Cancellation policy: shoots cancelled under 48 hours before call pay crew 50%, under 24 hours 100%; weather days pay 50% if crew are stood down by 1800 the day before.
    """),
    ("en", "release_template"): _lines("""
        TALENT RELEASE FORM | Production: ______ | I, __________________ (NRIC/FIN/Passport No.: __________), grant the Producer the right to record and use my image, voice and likeness in all media worldwide in perpetuity.
        Minor's release: Parent/Guardian name: [ ] Relationship: [ ] Contact no.: [ ] Child's name: [ ] Age: [ ] – parent must sign; child may not work more than 6 hours including breaks.
        PDPA note: collect only the last 3 digits and letter of the NRIC for extras' sign-in unless the full number is required by law, and destroy sign-in sheets once payment is reconciled.
        Crowd notice: "Filming in progress. By entering this area you may appear in the background of the programme. If you do not wish to be filmed, please speak to a crew member."
        Location release clause: the Owner confirms authority to grant access to the Premises and waives any claim over the depiction of the Premises, provided it is not shown in a defamatory manner.
        Intimacy rider: scenes involving intimacy require an intimacy coordinator, a closed set and a written description of the scene agreed 48 hours beforehand.
        Materials release for artwork in frame: Artist/Owner: ____ ; Title of work: ____ ; Duration on screen: ____ ; Fee: SGD ____
        Extras sign-in sheet columns: No. | Name as in IC | Last 4 of IC | Mobile | Time in | Time out | Meal | Signature. Print double-sided.
        Music cue sheet: Ep 3 | Cue 3M12 | "Bengawan Solo" (Gesang), arranged by production | background vocal | 00:41 | licensed via COMPASS
        Q: Can we keep a shot of passers-by captured on a public street? A: Incidental background capture is usually fine, but if someone is featured or clearly identifiable, get a release or blur them.
        Our standard deal memo covers role, fee, shoot days, overtime, credit, usage period, exclusivity, cancellation and governing law (Singapore).
        Retention: signed releases are kept in the locked production office cabinet and scanned to a restricted drive, accessible only to the producer and production coordinator.
    """),
    ("en", "industry_notes"): _lines("""
        Anthony Chen's "Ilo Ilo" won the Caméra d'Or at Cannes in 2013, the first Singapore feature to win a prize at the festival.
        P. Ramlee directed and starred in "Ibu Mertuaku" (1962), still a staple of Malaysian film classes.
        Michelle Yeoh, born in Ipoh, became the first Asian woman to win the Academy Award for Best Actress in 2023.
        Phua Chu Kang, the contractor in yellow boots played by Gurmit Singh, ran on MediaCorp from 1997 to 2007.
        Eric Khoo's "Mee Pok Man" (1995) is often credited with reviving Singapore's feature film industry.
        Royston Tan's getai musical "881" (2007) was Singapore's submission for the Academy Awards foreign-language category.
    """),
    ("mixed", "crew_chat"): _lines("""
        guys wrap liao, thanks for the hard work! pack down by 2330 pls, van 2 leaving from loading bay at 2345 sharp
        eh the genset very loud leh, sound say cannot. can move it behind the lorry or not
        Rain again sia, AD says standby 30 min, go makan first at the coffeeshop downstairs
        reminder: tmr call time 0530 at Bukit Batok MRT, bring own raincoat and mozzie spray, the forest got a lot of nyamuk
        Wardrobe pls note: no red or white for the funeral scene extras, only black/navy, and no logos. Thank you!
        Props dept need 20 ang pows and 3 packets of mandarin oranges for the CNY reunion dinner scene, who going NTUC?
        Dah sampai location? Loading bay blocked by a lorry, we unload from the side gate ok
        Kopi order for camera team: kopi-o kosong x2, teh peng x3, milo dinosaur x1 😂
        PSA: don't post BTS photos on your IG until the trailer is out, NDA still applies ok
        那个 dolly track 放在哪里？Grip team 说在 truck 后面
        Martini shot coming up! everybody hold the work lights until DOP says wrap
        who took the sandbags from set? need 6 back at the kopitiam set ASAP
        Lost & found: one black North Face jacket and a Hydro Flask left at holding area, collect from production office tmr
        Tmr Hari Raya so no shoot, selamat hari raya everyone, see you on Tuesday!
    """),
    ("ms", "notis_penggambaran"): _lines("""
        NOTIS PENGGAMBARAN: Penggambaran drama bersiri "Kampong Lights" akan diadakan di kawasan ini pada 14–16 Mac 2027, jam 7 pagi hingga 8 malam. Kami mohon maaf atas sebarang kesulitan.
        Audisi terbuka untuk telefilem Aidilfitri: mencari pelakon lelaki dan perempuan berumur 20–45 tahun, fasih loghat Kelantan. Hantar video lakonan 1 minit ke e-mel syarikat sebelum 30 Januari.
        Semua krew diingatkan supaya tidak meletakkan kenderaan di petak OKU dan di hadapan pintu masuk surau semasa penggambaran.
        Kadar bayaran ekstra: RM 100 sehari (10 jam), makan tengah hari disediakan, bayaran lebih masa RM 10 sejam. Bayaran dibuat dalam tempoh 14 hari bekerja.
        Permohonan permit penggambaran di kawasan DBKL perlu dibuat sekurang-kurangnya 14 hari sebelum tarikh penggambaran bersama pelan lokasi dan salinan polisi insurans.
        Jadual hari ke-3: kumpul di Stesen LRT Masjid Jamek jam 6.30 pagi, babak 12 hingga 15, rehat solat Zohor 1.15 petang, dijangka tamat 7.00 malam.
        Sebarang aduan berkenaan penggambaran boleh disalurkan kepada pejabat produksi di talian 03-2698 4410 (waktu pejabat).
        Peringatan: krew dilarang merokok di kawasan masjid dan rumah kediaman. Sila gunakan kawasan merokok yang ditetapkan.
        Borang pelepasan bakat: Saya, __________ (No. KP: __________), bersetuju membenarkan penerbit menggunakan imej dan suara saya dalam semua media.
        Untuk penggambaran di pantai, pastikan semua peralatan elektrik dijauhkan dari air dan penyelamat sentiasa berada di lokasi.
        Invois No. INV/PRD/2027/0088: sewaan van 12 tempat duduk x 4 hari, RM 1,600.00, dibayar melalui pindahan bank kepada syarikat.
        Filem "Sepet" arahan Yasmin Ahmad memenangi anugerah Filem Asia Terbaik di Festival Filem Antarabangsa Tokyo 2005.
    """),
    ("zh-Hans", "shoot_notice"): _lines("""
        【通告】明天第12天拍摄，早上6点半在牛车水地铁站A出口集合，拍第20至24场，预计晚上8点收工。
        临时演员须知：请自备黑色长裤和白色衬衫，不要戴首饰，现场提供午餐和晚餐。
        新加坡电视剧临演日薪一般为80至120新元，按10小时计算，超时另计。
        场记单：第31场 第4条 OK，第5条 NG（穿帮），备注：窗外有路人看镜头。
        本剧组招聘场务助理两名，需会讲华语和英语，有驾照优先，工作期三个月，有意者请通过公司官网投递简历。
        请各部门在周五前把发票交给制片会计，逾期的付款将顺延到下个月。
        梁智强导演的《小孩不笨》2002年上映，讲述新加坡三个EM3学生的故事。
        取景地点：芽笼一带的战前店屋，业主已签署场地协议，请勿在屋内吸烟。
        雨天备案：若下午两点前下雨，改拍第35场室内戏，地点在片场二号棚。
        提醒：拍摄现场禁止用手机拍照，违者将被要求离开片场。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BG-07 | TAN WEI MING | M | 38 | S8834127I | 9123 4471 | Wardrobe: office wear, own black shoes | Paid: Y
        Cast 3 (MDM KOH) – played by Jenny Lau Siew Peng – pick-up 0545 from Blk 412 Bedok North Ave 2 #07-118, HP 8236 9047, allergic to latex (MUA pls note).
        Please transfer SGD 1,450.00 to Muhammad Firdaus bin Osman (2nd AC, 5 days) – DBS Savings 027-901234-5 – ref: KL-Ep4.
        Extras incident log 14/02 1420: Siti Hajar binti Abdullah (BG-22) fainted in holding area, suspected heat exhaustion, given ORS and rested 40 min, declined A&E, sent home by Grab at production cost.
        TALENT RELEASE (signed) | Name: RAJESH KUMAR A/L SUBRAMANIAM | NRIC: 880415-14-5213 | Address: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor | Role: Security guard (Ep 2) | Fee: RM 350
        Child performer Chloe Tan Xin Yi (age 10, P4 at a primary school in Punggol) – guardian: mother Tan Mei Ling, 9685 2210 – tutor on set Tue/Thu, must wrap by 1900.
        Work pass check: Jonathan Reyes (gaffer, Filipino), FIN G5542019Q, work permit expires 31/03/2027 – OK to engage for Ep 5-8.
        Location: landed house of Mr Koh Chee Seng at 21 Jalan Kembangan, Singapore 419120 – 3 days at SGD 2,500/day, owner asks crew to remove shoes and keep out of the prayer room upstairs.
        Parking lot B12 reserved for MUA Jasmine Lee (SKQ 4471 C, white Honda Vezel) – do not tow.
        Props buyer Kelvin Ong used his own card 4556 1822 4847 7016 for the Sim Lim purchase (SGD 612.30), pls reimburse to his OCBC 501-223874-001 by Friday.
        Stunt double Darren Goh Jun Hao sprained his left ankle on the Sc 40 skid, seen at Ng Teng Fong A&E, MC 5 days – insurance claim under ref WICA-27-00418 to follow.
        Noise complaint: resident at Blk 218 Ang Mo Kio Ave 1 #12-304, Mdm Goh Ah Lian, called at 2310 about the genset; we promised to switch off by 2330 and gave her 2 movie vouchers.
        New crew onboarding: Priyanka d/o Ramasamy, production assistant, DOB 02/11/2001, NRIC T0154290C, emergency contact father 9774 3018.
        Send the signed release + payment voucher to priya.nair88@gmail.com – she played the nurse in Sc 18 and still hasn't received her SGD 120.
        Ah Boon (the tall Hokkien uncle with the dragon tattoo from the kopitiam scene, stays at Blk 210 Toa Payoh Lor 8) wants his cash for 2 days, call him at 8115 6392.
        Casting notes – Nur Aisyah binti Kamal, 27, 162 cm, no agency, self-submitted; strong Kelantanese dialect; 4 months pregnant so cannot do the fall in Sc 9, consider for Ep 6 instead.
        Foreign talent application for PUSPAL: LIN XIAOTONG, PRC passport EJ4829107, DOB 17/08/1993, guest star Ep 9-10, 12 shoot days, fee USD 18,000.
        Hong Kong action director CHEUNG KA FAI, HKID Y482716(1), lands on 03/03 and stays at the Carlton, room billed to production, mobile +852 6173 4408.
        Extras Day 3: 1) Lim Jia Hui S9421766J 9012 3345 / 2) Marcus D'Cruz T0245318A 8766 1029 / 3) Nurul Izzati bte Hamzah S9012456J 9340 5571 – all paid SGD 100 cash, signed.
        Deal memo: lead actor (newcomer) Benjamin Chua Wen Jie, fee SGD 3,800 per episode x 10 eps, 50% on signing and 50% on wrap, not GST-registered.
        Medical declaration – Zainal bin Ismail (boom op): Type 2 diabetes, carries insulin, needs meal break on time; blood type O+; next of kin wife Rohana 012-338 4471.
        Reimbursement claim: Grab rides 12-18 Feb, claimant Melissa Fernandez (wardrobe assistant), 6 trips, total SGD 143.60, paid to PayNow 9067 2284.
        BG pool note: Hafiz (tg @hafizzz_91) no-showed 3 times this month after confirming, removed from our extras list.
        Ipoh rooming list: Rm 312 – Gary Yap Kok Leong (DOP) & Daniel Sim (1st AC); Rm 314 – Kavitha a/p Muniandy (MUA); check-in 14/03, late checkout requested for night shoot.
        Insurance enrolment (personal accident): Ravi s/o Govindasamy, S7521904J, DOB 1975-06-12, key grip, sum insured SGD 100k, beneficiary wife Malathi.
        Cast emergency sheet: Cast 4 (RAVI, teen) is Arjun Menon, 16, NRIC T1026583A, asthmatic, inhaler in his bag; guardian father Suresh Menon 9826 1173.
        hi finance, my Ep 3 payment (SGD 2,160) still not in, my UOB account is 374-302-118-6 under Eugene Tay Boon Hwa. pls check thanks
        Picture car: the 1989 Mercedes W124 belongs to Mr Wong Kok Keong, plate SLA 2093 X, SGD 400/day, he will drive it himself in Sc 52.
        Passport copy for the KL shoot: Sharon Teo Hui Min, SG passport K3318207P, expiry 2031 – do not forward this scan outside the production office.
        Theatre stage manager report: ASM Clarissa Yeo left at interval tonight after a panic attack, understudy ran the props table; she has asked for Thursday off to see her doctor.
    """),
    "zh-Hans": _lines("""
        临演名单：陈佳慧，女，29岁，电话 9172 6604，服装：深色便服，已签肖像授权书。
        演员林晓彤的身份证号 44010619930817352X 已提交，请制片尽快办理马来西亚的工作准证。
        场务黄志强昨晚收工后开车撞到路边护栏，车牌 SJD 815 B，人没事，保险公司要他提供剧组证明。
        请把周立伟三天的工资共960新元转到他的星展银行账户 072-118456-3，他说上次少给了一天。
        小演员王子涵（8岁）的妈妈刘静说孩子发烧了，明天的戏来不了，医生开了两天病假。
        化妆师郑美玲的微信号 meiling_mua88，她住裕廊西 Blk 502 #09-221，明早五点要派车去接她。
    """),
    "ms": _lines("""
        Senarai ekstra hari 2: Mohd Azlan bin Yusof, KP 920614-12-5407, tel 013-882 5160, bayaran RM 120 tunai sudah diterima.
        Bayaran krew: En. Hafiz bin Kamarudin (jurukamera kedua), Maybank 1640 2231 8845, RM 3,200 untuk 8 hari penggambaran di Kuala Terengganu.
        Pelakon kanak-kanak Nur Qistina binti Faizal, 9 tahun, murid Tahun 3; ibunya Puan Roslinda (019-774 2031) akan menemaninya sepanjang penggambaran.
        Laporan kemalangan: pembantu grip Kumar a/l Raman terjatuh dari tangga semasa memasang lampu, luka di dahi, dirawat di Hospital Kuala Lumpur dan diberi cuti sakit 3 hari.
        Tuan rumah lokasi, Puan Faridah binti Hassan, No. 14 Lorong Cempaka 3, Taman Melawati, 53100 Kuala Lumpur, minta sewa RM 1,500 dibayar ke akaun CIMB 7061228540 sebelum hari penggambaran.
        Sdr Amirul Hakim bin Zulkifli (KP 010307-07-0331) telah menandatangani borang pelepasan bakat untuk watak "budak motor" episod 4.
        Aduan penduduk: Encik Lim Kok Wah dari No. 8, Jalan Mawar 2, Taman Sri Muda, Shah Alam marah kerana van produksi menghalang pintu pagarnya selama 3 jam.
    """),
    "mixed": _lines("""
        eh Wei Jie ur IC no. still wrong in the payment sheet leh, should be S8160273E right? finance cannot pay until u confirm
        bro the extra Kumaran a/l Selvam never return the wardrobe security jacket, his no. 016-225 9013, can someone call him? kalau tak pulang kita potong RM 80
        Guys Nadia's (our MUA) car kena towed at the location, plate VBA 8821, she very stressed, anyone can drive her to the tow yard?
        明天 Ms Chong Li Ting 要 take leave 因为她 dad 在 NUH 开刀，2nd AD 帮忙 cover 一下 ok
        sorry ah need to inform, Shafiq bin Roslan (grip trainee) got caught vaping at the school location, principal complained, we letting him go after today
        Pls update: Auntie Rosie (Rosalind Pereira, the Eurasian granny in Ep 7) new number 8937 4420, old phone lost. She prefers calls after 10am.
        payroll note: "Ah Kow" on the call sheet is Tay Kah Kiat, T0387712J, pay him thru PayNow 9051 7736 ok, not cash
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a production assistant for a Singapore TV drama. Help the crew with paperwork.",
        ),
        (
            "user",
            "format this into a table pls: BG-31 Lee Soo Lin F 61 S6512098D 9227 4016 / BG-32 Mohamed Rizwan M 26 T0099341C 8450 3391",
        ),
        (
            "assistant",
            "BG | Name | Sex | Age | NRIC | Mobile / 31 | Lee Soo Lin | F | 61 | S6512098D | 9227 4016 / 32 | Mohamed Rizwan | M | 26 | T0099341C | 8450 3391",
        ),
        ("user", "add a column Paid, both yes"),
    ],
    [
        (
            "user",
            "help me write a whatsapp msg to one of our extras, Wendy Koh. we underpaid her by SGD 80 for the wedding scene, her number is 9388 5127",
        ),
        (
            "assistant",
            'Hi Wendy, this is the production office of "Kampong Lights". We realised your payment for the wedding scene was short by SGD 80. Sorry about that – we\'ll transfer the balance to you this week.',
        ),
        ("user", "make it more apologetic and say we'll PayNow to her number by Friday"),
    ],
    [
        (
            "user",
            "Fill in the minor's consent form: child Isaac Yeo Zhi Hao, 7 years old; mother Grace Lim, NRIC S8847720J; address Blk 633 Jurong West St 61 #11-412; shoot date 15 March.",
        ),
        (
            "assistant",
            "MINOR'S CONSENT – Child: Isaac Yeo Zhi Hao (7) | Parent: Grace Lim, NRIC S8847720J | Address: Blk 633 Jurong West St 61 #11-412 | Shoot date: 15 March | Max 6 hours on set, parent present throughout.",
        ),
        ("user", "change the shoot date to 22 March and add that he has a peanut allergy"),
    ],
    [
        (
            "user",
            "Tolong buat surat tawaran untuk pelakon tambahan: Haziq bin Anuar, KP 950922-10-6047, alamat No. 5 Jalan Kenanga 7, Taman Sentosa, 41200 Klang.",
        ),
        (
            "assistant",
            "Surat Tawaran – Kepada Haziq bin Anuar (KP 950922-10-6047), No. 5 Jalan Kenanga 7, Taman Sentosa, 41200 Klang. Dengan sukacitanya kami menawarkan watak pelakon tambahan dalam drama bersiri kami...",
        ),
        ("user", "tambah bayaran RM 250 sehari untuk 3 hari"),
    ],
    [
        (
            "user",
            "our sound recordist Bernard Lim collapsed on set today with chest pain, ambulance took him to Changi General. how do I write the incident report?",
        ),
        (
            "assistant",
            "Start with date, time and location, then describe what happened, first aid given, who called the ambulance and which hospital. Keep it factual.",
        ),
        (
            "user",
            "ok he's 58, freelancer, we informed his wife at 9614 0382. can you draft it with all that",
        ),
    ],
    [
        ("user", "帮我给演员赵欣怡写个改通告的短信，她电话是 8372 9915，明天改成下午两点到片场。"),
        (
            "assistant",
            "欣怡你好，明天的通告时间改为下午两点，地点不变，辛苦了！如有问题请联系制片组。",
        ),
        ("user", "再加一句提醒她带上护照，号码是 E82649173，我们要复印给马来西亚那边。"),
    ],
    [
        (
            "user",
            "two homeowners offered their houses for the flashback scenes. Mdm Siti Rohani, 33 Jalan Chempaka Kuning, wants SGD 1,800/day. Mr Daniel Ho at 9 Siglap Plain wants SGD 2,200/day but includes parking. which is better?",
        ),
        (
            "assistant",
            "Mdm Siti Rohani's house is cheaper per day, but Mr Ho's includes parking, which could save you a separate carpark booking for the 3-ton. If the shoot is 3 days, compare total cost including parking fees.",
        ),
        ("user", "ok draft a reply to Mr Ho accepting, 3 days from 10 April"),
    ],
    [
        (
            "user",
            "can you remove the phone numbers from this before I post it in the big group: Cast 1 Nur Farhana Idris 9156 3380, Cast 2 Alvin Seah 8821 7045, Cast 5 Thomas Rozario 9443 6172",
        ),
        ("assistant", "Cast 1 Nur Farhana Idris / Cast 2 Alvin Seah / Cast 5 Thomas Rozario"),
        ("user", "thanks, also remind Alvin privately that his work permit renewal letter is due"),
    ],
    [
        ("system", "Anda ialah pembantu akaun produksi filem."),
        (
            "user",
            "Sediakan baucar bayaran: Gopal a/l Krishnan, pemandu van, Public Bank 3182447019, 6 hari x RM 200.",
        ),
        (
            "assistant",
            "BAUCAR BAYARAN – Penerima: Gopal a/l Krishnan | Jawatan: Pemandu van | Bank: Public Bank 3182447019 | Jumlah: 6 hari x RM 200 = RM 1,200.00",
        ),
        ("user", "dia minta potong RM 150 pendahuluan yang dia ambil minggu lepas"),
    ],
    [
        (
            "user",
            "Agency sent this: Talent Tiffany Ho Pei Shan, Malaysian, MyKad 990503-08-5522, SG work pass FIN F4410782K, playing the receptionist in Ep 6.",
        ),
        (
            "assistant",
            "Noted: Tiffany Ho Pei Shan, Malaysian (MyKad 990503-08-5522), FIN F4410782K, cast as the receptionist in Ep 6. You may want to check that her pass allows this engagement.",
        ),
        (
            "user",
            "she's also doing our JB pickup shoot on 12 April, book her a room at the hotel near CIQ",
        ),
    ],
]
