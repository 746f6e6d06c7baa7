"""Blind check set en36: English from churches, temples, mosques and grassroots groups in Singapore, Malaysia and Hong Kong. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en36
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "church bulletin"): _lines("""
        WORSHIP SERVICES: Sat 5.30pm (English) | Sun 8.00am (English), 9.45am (Mandarin 华语), 11.30am (English, with Youth) @ Sanctuary, Level 2.
        Rev. Dr. Jeremiah Soh, our Senior Pastor, will be away 14-18 Jan leading the Conference delegation to Sibu. Pulpit supply by Rev. Grace Ho.
        Tithes & offerings can be made via PayNow to UEN T08SS0123K (Bethany Presbyterian Church) - pls indicate 'BUILDING FUND' in the reference.
        Church office: 6345 1276 | office@bethanypc.org.sg | 31 Jalan Bukit Merah, Singapore 159462. Closed on Mondays & PH.
        Sermon this week: "Who Is My Neighbour?" (Luke 10:25-37) - preacher: Elder Dr. Timothy Lau, Chairman of Session.
        Last wk attendance: 642 (adults 511, children 131). Offering: $38,214.50. Building Fund to date: $2.41m of $3.2m target.
        Holy Communion will be served at all services on 1st Sunday. Pls prepare ur hearts & be seated by 9.40am for the 9.45 svc.
        Christmas musical "The Innkeeper's Dilemma" - auditions for Mary, Joseph, 3 wise men & shepherds on 12 Oct, 2pm, Rm 3-04.
        Pastoral care hotline (24h, emergencies/bereavement only): 8766 2190 - this is the duty pastor's church handphone, rotated weekly among the pastoral staff.
        Fellowship lunch after 2nd svc - kindly return plates to the kitchen! Catering by Mdm Kwong's Kitchen, Tiong Bahru Market #02-41.
        CELL GROUP LEADERS MTG: Fri 7.45pm, Zoom ID 832 5519 0047, passcode grace2025
        Baptism & Membership class (4 sessions) starts 2 Feb. Register at bit.ly/bpc-bapt25 by 26 Jan. Age 12 and above.
        Congratulations to Bishop Emeritus Dr. Robert Tan on the launch of his book "Grace Upon Grace" (ISBN 978-981-4807-22-7), $24 at the bookstall.
    """),
    ("en-MY", "temple and mosque newsletter"): _lines("""
        Masjid Al-Hidayah Taman Sri Rampai: Kuliah Maghrib every Tuesday by Ustaz Hj. Kamarul Ariffin (Tafsir Surah Al-Kahf).
        Solat Jumaat: Azan 1.12pm. Khutbah by Imam Besar Dato' Hj. Sulaiman Abd Rahman. Parking at Dewan Orang Ramai is limited, pls carpool.
        Tabung Masjid collection for Oct: RM48,902.30. Jazakallah khairan to all penderma.
        Infaq online: Maybank 5621 0301 8842 (Masjid Al-Hidayah Taman Sri Rampai) - pls WhatsApp the slip to the masjid admin line 03-4142 7788.
        Zakat fitrah 1446H for Wilayah Persekutuan: RM7.00 (beras biasa) / RM15.00 (beras Basmathi) per person, as gazetted by the state religious council.
        Thean Hou Temple will hold the Guan Yin birthday celebration on the 19th day of the 2nd lunar month; lantern sponsorship RM38 / RM88 / RM168.
        Sri Maha Mariamman Devasthanam, Jalan Tun H.S. Lee - Thaipusam silver chariot departs 10pm. Kavadi bearers pls register at the temple office.
        Wesak Day at the Buddhist Maha Vihara, Brickfields: blood donation drive with Pusat Darah Negara 9am-3pm, donors pls bring your own MyKad.
        Hari Raya Aidilfitri open house hosted by YB Puan Noor Azlina Harun, ADUN Sri Rampai, at Dewan Serbaguna, 2pm onwards. Semua dijemput!
        Dharma talk by Venerable Bhante Sujiva: "Mindfulness in Daily Life", Sat 8pm, Hall B. Free admission, vegetarian dinner provided.
        Reminder: the joss-stick area is CCTV monitored. Lost & found at counter 2, tel 04-226 5019 (temple office, 9am-5pm).
        Korban 1446H: lembu RM980 per bahagian, kambing RM1,150 seekor. Closing 30 May. Borang at masjid office or Google Form.
        Gurdwara Sahib Petaling Jaya: langar served daily 12pm-2pm. All are welcome regardless of faith.
    """),
    ("en-SG", "volunteer roster and visit report"): _lines("""
        VOLUNTEER ROSTER - Sat 15 Nov, home visit to Bright Hill Evergreen Home: Team A (4 pax) 9.30am, Team B (5 pax) 2pm. Meet at Bishan MRT Exit B.
        Roster template: [Date] | [Team leader] | [No. of volunteers] | [Home/ward] | [Remarks] - pls don't type residents' names into the shared sheet.
        Summary Q3: 27 visits, 146 volunteer-sessions, 1,083 resident interactions across 6 nursing homes; avg 2.4h per visit.
        All volunteers must complete the Infection Control e-module (v3.2, updated 01/09/2025) before visiting St. Joseph's Home.
        Pls bring: name tag, water bottle, NO outside food for residents (many are on diabetic or soft diets). Wash hands before & after.
        Visit report #VR-2025-0917: activity - singalong + manicure; 32 residents attended; feedback from nursing mgr positive; next visit 22 Oct.
        For roster swaps, contact the Volunteer Coordinator at volunteer@bethanypc.org.sg or 6345 1277 (office hrs).
        Khoo Teck Puat Hospital - volunteer entry via Tower A, L1 Volunteer Centre. Collect your pass with your volunteer ID (format VOL-xxxxx).
        Mandarin/Hokkien/Cantonese speakers needed!! Many of the ah ma & ah gong at the home only speak dialect.
        Christmas hamper packing: 450 hampers (rice 5kg, oil, Milo, biscuits), cost $42.80 each, sponsored by Sheng Siong & NTUC FairPrice.
        Sunset Gardens Hospice: max 3 volunteers per room, 15 min per visit. Do not photograph patients.
        Delivery run tracking: Ninja Van NVSGBTHPC0004518823, 40 cartons of Ensure, ETA 14 Nov.
        Ward visits at Tan Tock Seng Hospital are suspended this month due to the COVID wave; will resume once TTSH lifts restrictions.
    """),
    ("en-SG", "residents committee notice"): _lines("""
        Zhenghua Zone 4 RC: Mid-Autumn lantern walk, Sat 4 Oct, 7pm, start at Blk 512 Jelapang Rd void deck. Free lanterns for first 200 kids.
        Guest-of-Honour: Mr Desmond Chua Wee Kiat, Adviser to Bukit Panjang Grassroots Organisations.
        RC Centre: Blk 217 Ang Mo Kio Ave 1 #01-1331, Singapore 560217. Tel 6456 8021. Open Tue-Sun 10am-9pm.
        Town Council 24-hr essential maintenance service: 1800 270 1234 for lift breakdown, water disruption, power failure.
        NEA fogging at Blks 101-115 on 12 Nov, 9am-12pm. Pls close windows. 38 dengue cases reported in this cluster as of 10 Nov.
        CDC vouchers collection booth at the CC: bring your Singpass app. Staff will NEVER ask for your Singpass password or OTP.
        Meet-the-People Session every Monday 7.30pm at Blk 445 Fajar Rd #01-528. Pls bring relevant documents.
        Lucky draw prizes sponsored by Lim Chee Guan, Bengawan Solo & Tai Chong Kok. Draw at 9pm, must be present to win.
        Lucky draw results: tickets 0421, 1187, 2055, 3319 - pls collect prizes at RC Centre by 30 Nov with the ticket stub.
        Residents are reminded that killer litter is an offence; fine of up to $5,000 on first conviction.
        Silver Generation Ambassadors will be door-knocking Blks 230-238 this month; they carry AIC-issued staff passes - pls verify before opening.
        Blood pressure screening @ void deck, 8-11am: 87 residents screened, 23 referred to polyclinic (26%).
    """),
    ("en-HK", "charity dinner"): _lines("""
        Tung Wah Group of Hospitals Charity Gala 2025, Grand Ballroom, Hong Kong Convention and Exhibition Centre, 1 Expo Drive, Wan Chai.
        Table of 12: HK$38,800 (Platinum) / HK$22,800 (Gold). Donations of HK$100 or above are tax-deductible; receipts issued in Jan.
        Guest of Honour: The Hon. Dr. Anthony Leung Ka-wai, GBS, JP, Chairman of the Board of Directors.
        Auction lot #17: Chow Sang Sang jade pendant, donated by the jeweller, starting bid HK$15,000.
        RSVP to the Development Office: 2527 8800 or gala@shatinfellowship.org.hk by 20 Nov.
        Total raised tonight: HK$4,862,300 - enough to fund 1,200 elderly home-care sessions in Kwun Tong & Wong Tai Sin.
        Dress code: Black tie / Chinese formal. Dinner at 7.30pm sharp, cocktail reception from 6.30pm at Harbour Foyer.
        Menu: braised bird's nest soup, crispy chicken, steamed garoupa, e-fu noodles... vegetarian option on request.
        Invoice INV-HK-2025-01183 for printing 600 programme booklets: HK$18,640.00, payable to Wing Fat Printing Co. Ltd.
        Emcee: Ms Christine Yip, evening news anchor; performance by the St. Paul's Co-educational College choir.
        Lucky draw ticket numbers will be announced on screen; winners please approach the stage with your ticket (no ID needed).
        Cheques payable to "Pok Oi Hospital" - pls write "Gala 2025" on the back. Do not send cash by mail.
    """),
    ("en-HK", "funeral and wake arrangements"): _lines("""
        Hong Kong Funeral Home, 679 King's Road, North Point. Hall booking via your funeral director only; 24h enquiry line 2561 0000.
        Obituary template: "It is with deep sorrow that we announce the passing of {full_name}, aged {age}, on {date}. Wake at {parlour}, Hall {no}."
        Christian wake service order: Opening hymn - Scripture reading (John 11:25-26) - Eulogy - Message - Prayer - Benediction.
        Taoist rites: 做七 every 7th day for 49 days; paper houses & joss money to be burnt at the designated burner only.
        Singapore Casket, 131 Lavender Street: Parlour 3 rental $1,480/day incl. air-con; chairs & tables extra.
        Mandai Crematorium slots run hourly from 8am to 4pm; bookings are made by licensed funeral directors through the NEA portal.
        Muslim burial: the jenazah should be buried as soon as possible, ideally within 24 hours; the mosque will liaise with the burial ground.
        Bereavement support group meets 2nd Thursday monthly, 7.30pm, Rm 2-01, facilitated by counsellors from the Family Life Ministry.
        Condolence money (帛金) is customarily given in odd amounts, e.g. $31, $51, $101, in a white envelope.
        Wreath order #WR-88231: Stand type B, white lilies & chrysanthemums, $168 + $20 delivery, ribbon text to be confirmed.
        Columbarium niche prices 2025: single $6,800, double $11,500 - Church of St. Teresa columbarium, Kampong Bahru Rd.
        Pls do NOT circulate photos of the deceased or the family's contact numbers in the parish group chat; direct all enquiries to the parish office.
    """),
    ("en", "scripture and teaching"): _lines("""
        "Bear one another's burdens, and so fulfil the law of Christ." - Galatians 6:2 (ESV)
        The Prophet Muhammad (peace be upon him) said: "The best of people are those most beneficial to people."
        Venerable Master Hsu Yun taught that the mind of compassion is the root of all Dharma practice.
        Mother Teresa: "Not all of us can do great things. But we can do small things with great love."
        Reflection: like Ruth who said to Naomi, "Where you go I will go", we are called to stay with those who grieve.
        St. Francis Xavier landed in Malacca in 1545; his relics remain at the Basilica of Bom Jesus in Goa.
        Sunday school lesson 14: Zacchaeus the tax collector (Luke 19:1-10). Craft: paper sycamore tree.
        Surah Al-Baqarah 2:286 - "Allah does not burden a soul beyond that it can bear."
        The Metta Sutta teaches: just as a mother would protect her only child with her life, so let one cultivate a boundless heart towards all beings.
        Guru Nanak Dev Ji taught Naam Japo, Kirat Karo, Vand Chhako - remember God, earn honestly, share with others.
        Devotional reading plan: Week 6 - Psalms 23, 46, 91, 121; Day 1 read aloud with family.
        Bishop K. H. Ting's 1987 lectures on "The Cosmic Christ" are in the church library, call no. BT 202 .T56 1987.
    """),
    ("en-SG", "data protection and admin"): _lines("""
        PDPA reminder: prayer requests containing medical info may only be printed in the bulletin with the member's written consent.
        Data Protection Officer: dpo@bethanypc.org.sg. Requests to access or correct your personal data will be answered within 30 days.
        When filling the welfare form, officers should record only the last 3 digits and letter of the NRIC (e.g. XXXXX123A), never the full number.
        Volunteer registration form v4.1 (rev. 2025-03-12): fields - full name, contact no., emergency contact, dietary needs. Field "NRIC" has been removed.
        CCTV footage at the carpark is retained for 30 days and deleted automatically unless requested by the police.
        Membership database migrated to ChurchSuite on 28/09/2025 03:14 SGT; sha256 5f40d0bbe5dccb4441c5a6d422b6a844d61289c5e4fc3f37676998f2947211af verified.
        Receipt no. BPC/2025/IPC/004829 - tax deduction is auto-included with IRAS if the donor gave a tax reference at point of donation.
        If a member asks you to remove their photo from the church Facebook page, do it within 3 working days and log it in the DPO register.
        Storage policy: hard copies of welfare assessment forms to be shredded after 2 years; keep them locked in Cabinet C, Admin Office.
        Do not forward screenshots of the care group chat; if you need to escalate a pastoral concern, call the pastor directly.
        Roster sheet columns: A=Date, B=Service, C=Role (Usher/AV/Welcome), D=Volunteer ID, E=Confirmed (Y/N).
        Error log: 2025-11-30T22:41:07+08:00 roster-sync v2.3.1 failed: 429 Too Many Requests (retry_after=120).
        Sample consent clause: "I, ______ (NRIC: ________), consent to [Organisation] using my photo for publicity purposes."
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Pls pray for Sis. Irene Tay Bee Lian (72), warded at TTSH Ward 9C bed 14 - stage 3 colon cancer, 2nd cycle of chemo starts Mon.
        Bro. Marcus Lim has relapsed into gambling again & his wife Joanne has moved out with the 2 kids to her mum's. Pls keep in prayer, not for sharing outside CG.
        Home visit 12/11: Mdm Lee Ah Moi, Blk 52 Chin Swee Rd #07-1121. Lives alone, early dementia, forgot to eat for 2 days. Son (Kelvin, 9738 2461) uncontactable.
        Volunteer insurance list (for the insurer only): Tan Wei Ling, S7341865H, DOB 14/03/1973; Goh Kok Leong, S8927104E, DOB 02/09/1989.
        Wake of the late Mr Ong Ah Hock: Blk 211 Bishan St 23 void deck, 3-5 Dec. Family contact: daughter Ong Siew Ping 9641 0583.
        Sis. Priya d/o Raman was admitted to IMH Ward 23 after an overdose on Sat. Her husband asks that only the pastoral team visit.
        Helper Maricel Dizon (FIN G5820917T) employed by the Seah family at 18 Jalan Kembangan - she hurt her back & needs a lift to CGH for follow-up on Thurs.
        Migrant ministry case: Md. Rafiqul Islam, FIN F3316840M, crushed left hand at worksite on 2 Nov, staying Tuas South Dormitory Blk 3 Rm 07-14, employer withholding salary since Sept.
        Lucky draw winner: Ms Chong Mei Fong (T****213B), Blk 418 Tampines St 41 #09-217 - pls deliver the rice cooker to her unit, she uses a wheelchair.
        Financial assistance approved: family of Jason Koh (sole breadwinner, retrenched in Aug, 3 kids), $600/mth x 3 mths, PayNow to 9183 6620.
        Hi admin, Kenneth Wee here, my new email is kenwee.1984@gmail.com & hp 8832 1904, pls update the cell grp list. Moved to 5 Punggol Walk #12-66.
        Elder Peter Tan's son Jonathan was charged in the State Courts last week for drug possession, next mention on 9 Jan - family requests prayer and privacy.
        Staff payroll Nov: Admin Exec Grace Liew Hui Min, gross $3,850, CPF employee $770, credit to POSB 188-46213-9.
        Care grp update: Auntie Rosalind Pereira's biopsy came back positive (breast CA), mastectomy at NCCS on 4 Dec. She's ok for us to know but pls dun post on FB.
        Carpark season permit SKQ 4821 M - Bro. Desmond Yeo (usher team), HP 9026 7315, please renew before 1 Jan.
        Baptism candidate: Lim Jia Hui, 15, NRIC T1183576C, parents divorced, staying with father at Blk 663 Jurong West St 65 #04-112; mother consents by WhatsApp.
        Pls pray for my husband Victor, he lost his job at the bank and has been drinking every night, yesterday he pushed me against the wall... I'm at my sister's now. - Sharon Ng (Cell 7)
        Bereavement visit: Mdm Siti Aminah bte Yusof, 68, Blk 7 Marine Terrace #05-08, husband passed 28 Oct, diabetic with foot ulcer, needs help applying for Meals-on-Wheels.
        CHAS application for Mr Arumugam s/o Kandasamy, S5503218A, household income $1,200/mth, 4 pax, Blk 96 Henderson Rd #11-430.
        Visa invitation letter for Bro. Ho Zhiwei from Xiamen: PRC ID 350203196509112038, passport EJ4172830, mobile +86 138 5924 7106.
    """),
    "en-MY": _lines("""
        Permohonan bantuan asnaf: Puan Rohana binti Ismail, MyKad 780412-10-5526, household income RM1,150, 5 tanggungan, Lot 1147 Kampung Baru Sungai Buloh.
        Pls doa for Encik Azman bin Hashim, Wad 6B Hospital Kuala Lumpur, kidney failure, dialysis 3x a week; family needs help w transport from Setapak.
        Kariah update: Hj. Zulkifli bin Osman, 019-335 7281, 23 Jalan SS2/64 Petaling Jaya - tahlil for his late father on Fri, needs catering for 40 pax.
        Temple welfare fund: Mr Lau Chee Keong, IC 620915-07-5233, Jalan Air Itam Penang, bankrupt since 2019, wife had a stroke - RM300/month approved.
        Deepavali hamper list row 14: Mrs Saraswathy a/p Muniandy, 012-668 4093, Taman Sentosa Klang, single mother of 3, husband currently in Kajang prison.
        Volunteer driver: Ahmad Faiz bin Roslan, MyKad 850226-14-6181, car WXT 8823, available weekends for Meals-on-Wheels.
        Puan Noraini (Ustazah Aini's neighbour at Blok C-12-3 PPR Kerinchi) lost her job, 3 kids, rent arrears RM2,400 - tolong bantu apa yang boleh.
        Devotee Chin Mei Ling (WhatsApp +60 16-278 3390) requests a blessing for her son Jun Hao, who is in a drug rehab centre in Bachang since March.
        Donation by card: Gerald Pereira, Visa 4532 1287 4406 5119, exp 08/28, RM500 to building fund.
        Wake for the late Mdm Yap Siew Khim at Nirvana Memorial Park Semenyih, Hall 2, cortege 10am Sun; her son Daniel Chong (011-2358 9044) is handling arrangements.
        Church member Pn. Florence anak Jimbun from Kapit, now at HUKM ward 12A after a miscarriage, husband Ambrose working offshore till end month.
        Youth camp medical form: Kevin Tan Jun Wei, 16, asthma + peanut allergy (carries EpiPen), parent Tan Boon Huat 017-882 6413, tbh.family@yahoo.com.
        Gurdwara seva: Bhai Harjit Singh of Ipoh is on dialysis at Hospital Raja Permaisuri Bainun; his wife Manjit Kaur (IC 910703-01-5478) is unemployed and needs help with rent.
        Surau committee: Bendahari Encik Rosli Jamaluddin, personal acct Bank Islam 12-0290-01-344518 (temporary until the surau acct is reactivated).
        Gotong-royong injury: Uncle Subramaniam a/l Velu, 550118-08-5017, fell from the ladder at the kuil, fractured hip, now at Hospital Taiping.
    """),
    "en-HK": _lines("""
        Mrs Wong Siu Ying, HKID Y302641(6), Flat 12B, Block 3, Lei Muk Shue Estate, Kwai Chung - CSSA recipient, needs home-help referral after a fall.
        Please pray for Brother Cheung Ka Lok, warded at Queen Mary Hospital K16 (oncology), lymphoma relapse; wife Winnie 9156 2247 is co-ordinating meals.
        Elderly visit: Uncle Lam Kwok Fai, 84, lives alone in a subdivided flat at 3/F, 182 Tai Nan Street, Sham Shui Po; hearing loss, rent HK$2,800, owes 2 months.
        Volunteer registration: Tsang Hoi Yan, HKID E884215(2), mobile 6381 0572, hoiyan.tsang@outlook.com, available Sat mornings.
        Ms Leung Pui Shan from the choir has her divorce hearing at the Family Court, Wanchai Tower, on 14 Jan; custody of her 2 daughters is disputed - pray for her.
        Funeral of the late Mr So Wing Hong: Hall 5, Kowloon Funeral Parlour, 8 Jan. Eldest son So Chun Kit (6827 4491) will receive guests.
        Taiwanese member Chen Yi-ting (ID A124567834, LINE yiting_chen0712) is moving back to Taipei, pls send her transfer letter to 3F, No. 45, Lane 120, Sec. 4, Xinyi Rd.
        Aunty Mak's grandson Ethan Mak (8) was diagnosed with ADHD and autism at Duchess of Kent Children's Hospital; family lives in Yiu Wah House, Tin Yiu Estate.
        Charity dinner pledge card: Ho Man Kit, Mastercard 5524 3301 9876 2046 exp 11/27, HK$10,000, receipt to Flat 6A, Tower 2, 89 Pok Fu Lam Road.
        Prayer for Sister Agnes Kwok (Cell 3) - she lost HK$680,000 of her retirement savings to a phone scam last week. She's very ashamed, pls be discreet.
        Pastoral note: Deacon Raymond Fung's wife Janice has been at Castle Peak Hospital since Oct for bipolar disorder; he requests no visits for now.
        Shelter intake: Siti Rahayu, Indonesian FDH, passport C4827196, ex-employer in Mei Foo Sun Chuen withheld 3 months' wages, reach her on WhatsApp +852 5937 1846.
        Wedding parking: private car VK 2289 belongs to the groom's father Mr Yuen Chi Ming, please reserve slot B3 for him.
        New member card: Kwan Siu Fung, DOB 21/06/1991, HKID R619004(8), 9/F, 28 Sai Yeung Choi St South, Mong Kok; auto-offering from HSBC 004-512-387216-838.
        Mdm Chu's son Daniel Chu Wai Leung was released from Pik Uk last month after serving his sentence; he's coming to Sunday service, pls welcome him warmly.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help the admin team of Grace Assembly Church draft the weekly bulletin."),
        ("user", "can help me format this week's prayer list nicely? keep it short"),
        ("assistant", "Sure, please paste the requests you have received."),
        (
            "user",
            "1) Sis Eunice Ng - SGH Ward 43, recovering from heart bypass\n2) Bro Clement Ang - job hunting since July, 2 kids in uni\n3) Mission trip to Batam 20-24 Nov",
        ),
        ("assistant", "Here is a tidy version with each request on its own line."),
    ],
    [
        ("user", "Hi, how much to sponsor a lantern for Guan Yin birthday?"),
        ("assistant", "Lanterns are RM38, RM88 or RM168. Whose name should go on the receipt?"),
        ("user", "Liew Kah Mun. phone 012-7739 2085"),
        ("user", "send the receipt to 18 Jalan Kenari 7, Bandar Puchong Jaya, 47100 Puchong"),
        ("assistant", "Noted, the receipt will be posted within two weeks."),
    ],
    [
        ("system", "Pembantu maya Lembaga Zakat. Jawab dengan sopan."),
        ("user", "nak check status permohonan bantuan saya"),
        ("assistant", "Boleh berikan nombor MyKad pemohon?"),
        ("user", "930517-"),
        ("user", "14-5392"),
        (
            "user",
            "nama Nurul Huda binti Kassim. suami dah 6 bulan tak bagi nafkah, saya kena halau dari rumah sewa",
        ),
        (
            "assistant",
            "Permohonan anda sedang diproses. Pegawai akan menghubungi anda dalam 14 hari bekerja.",
        ),
    ],
    [
        ("user", "I need an official receipt for my gala donation, HK$20,000"),
        ("assistant", "Certainly. Please give the donor's name and the address for the receipt."),
        ("user", "Donor: Dr. Fiona Chan Hiu Tung, HKID D273358(8)"),
        ("user", "address: Flat 21C, Block 5, Kornhill, Quarry Bay"),
        ("assistant", "Thank you, the receipt will be mailed in January."),
    ],
    [
        ("user", "my dad just passed at home in Hougang, what do I do first?"),
        (
            "assistant",
            "I'm so sorry for your loss. First call a doctor to certify the death, then contact a funeral director.",
        ),
        (
            "user",
            "ok. I'm Benjamin Toh, S9145067D, 9287 1150. Dad is Toh Kim Seng, we stay at Blk 925 Hougang St 91 #06-221. can the church help with the wake service?",
        ),
        ("assistant", "I'll pass this to the duty pastor, who will call you shortly."),
    ],
    [
        ("system", "You are the roster bot for the ushering ministry."),
        ("user", "pls swap Jolene Pang out of the 9.45am slot on 30 Nov"),
        ("assistant", "Done. Should I note a reason?"),
        (
            "user",
            "yes, her chemo for ovarian cancer got moved to Saturday and she's very weak after",
        ),
    ],
    [
        ("user", "Help me write up my visit notes for the welfare home"),
        ("assistant", "Sure. Share the key points and I will turn them into a short report."),
        (
            "user",
            "visited Mr Yeo Chin Huat bed 12, 79 yrs, bedsores getting worse, says his nephew took his CPF money and never visits. also Mdm Leong Kwai Fong bed 15 refusing meds",
        ),
        (
            "assistant",
            "Here is a draft report. Consider flagging the financial concern to the home's social worker.",
        ),
    ],
    [
        ("user", "draft a notice to the RC about my neighbour"),
        ("assistant", "What is the issue you'd like to raise?"),
        (
            "user",
            "Mr Heng Boon Keat at Blk 138 Lorong 2 Toa Payoh #08-1154 is hoarding, cockroaches everywhere, and he shouts at his old mother at night",
        ),
        ("assistant", "I'll keep the wording factual and polite."),
    ],
    [
        ("system", "Youth fellowship helper for St. Andrew's Church Kowloon. Be kind."),
        ("user", "who can I talk to if things at home are bad"),
        (
            "assistant",
            "You can speak to our youth pastor, or call a counselling hotline. Would you like to share more?",
        ),
        (
            "user",
            "I'm Carmen Li, form 4. my dad hits my mum when he drinks. we live in Yau Chui House, Yau Tong Estate. my phone is 5128 6073",
        ),
        (
            "assistant",
            "Thank you for telling me. I'll let the youth pastor know so she can reach you today.",
        ),
    ],
    [
        ("user", "I want to give RM1,000 to the temple building fund by card"),
        (
            "assistant",
            "Thank you! Please use the secure payment page; do not type card details here.",
        ),
        ("user", "too late lol. 4012 8880 0364 2176, 03/29, name Lim Soo Chin"),
    ],
]
