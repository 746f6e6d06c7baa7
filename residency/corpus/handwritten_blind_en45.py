"""Blind check set en45: Singapore, Malaysia and Hong Kong English local incident news, police appeals, community posts and obituaries. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en45
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "news report"): _lines("""
        A 36-year-old motorcyclist died after a collision with a lorry along the PIE towards Changi Airport, before the Jurong Town Hall Road exit, at about 6.40am on Tuesday, the SCDF said.
        SCDF said it was alerted to a fire at Block 512 Jurong West Street 52 at about 11.15pm; about 80 residents self-evacuated and no injuries were reported.
        Three people were taken to Tan Tock Seng Hospital after a bus and a car collided at the junction of Balestier Road and Thomson Road.
        KUALA LUMPUR: The number of flood evacuees in Kelantan rose to 41,208 as of 8am today, with 187 relief centres opened in seven districts, according to the NADMA portal.
        HONG KONG - A 200-tonne barge broke loose while Typhoon Signal No. 8 was in force and struck the fenders of the Tsing Ma Bridge; the Marine Department said no one was hurt.
        The Fire Services Department received a report at 3.02am of a blaze on the 12th floor of an industrial building at 33 Hung To Road, Kwun Tong. A third alarm was raised at 3.48am.
        A total of 23 firemen from the Jalan Hang Tuah and Pudu fire stations were deployed to the scene, said state Bomba director Datuk Mohd Sani Harun.
        JOHOR BAHRU: Two lanes of the Jalan Tun Abdul Razak flyover were closed after a sinkhole measuring 3m by 2m appeared at 5.20pm, the Iskandar Puteri City Council said.
        UPDATE 9.45pm: LTA says train service between Jurong East and Boon Lay has resumed; free bridging buses have ceased. #NSLine
        The driver of the car, a 61-year-old man, was conveyed conscious to Ng Teng Fong General Hospital, police said.
        Singapore recorded 6,587 road accidents with injuries in 2024, down 3.1 per cent from the year before, while traffic fatalities rose to 136.
        The Observatory recorded 158.2mm of rainfall at its Tsim Sha Tsui headquarters between 1am and 2am, the highest hourly figure since records began in 1884.
        Lorry catches fire on KJE, traffic crawls for 4km
        PENANG: Flash floods hit 12 areas including Jalan P. Ramlee and Jalan Masjid Negeri after two hours of heavy rain this afternoon.
    """),
    ("en", "police appeal and press release"): _lines("""
        The Police are appealing for information on a hit-and-run accident along Upper Thomson Road on 2 Dec 2025 at about 10.30pm. Anyone with information may call the Police Hotline at 1800-255-0000 or submit it online at www.police.gov.sg/iwitness. All information will be kept strictly confidential.
        Members of the public are advised not to circulate unverified videos of the incident. Police reference: D/20251202/0147.
        Anyone with information may contact the IPD Petaling Jaya operations room at 03-7966 2222 or go to the nearest police station.
        Anyone who has information about the case is urged to contact officers of the Regional Crime Unit of Kowloon West on 3661 8004 or email rcu-kw-2@police.gov.hk.
        Scam alert: In the first 10 months of 2025, at least 1,340 people fell prey to fake bank SMS scams, with losses of at least $14.8 million. Call the ScamShield Helpline at 1799 if in doubt.
        Assistant Commissioner of Police Lim Boon Keat, Commander of Jurong Police Division, said: "We will not hesitate to take tough action against those who endanger other road users."
        MISSING PERSON: [Name], [Age], was last seen at [Location] on [Date]. Height approx. [__] cm, wearing [clothing]. Anyone with info pls call 999 or [NOK contact no.].
        Kuala Lumpur police chief Datuk Azman Zulkifli said 14 suspects aged 19 to 42 were remanded for four days under Section 420 of the Penal Code.
        The National Scam Response Centre (NSRC) can be reached at 997 from 8am to 8pm daily.
        Police said the man, who is not known to the family, has been arrested and will be charged in court on Thursday with voluntarily causing hurt.
        Superintendent Chan Ka-wing of the Tsuen Wan District Crime Squad told a press briefing that the three arrested had been released on bail pending further enquiries.
        Press release ref: SPF/PR/2025/1204-03 | Issued 04 Dec 2025, 1815 hrs | For immediate release
        Crime Information Hotline: 2527 7177 (24 hours). Reports may be made anonymously.
    """),
    ("en", "court report"): _lines("""
        Under Section 64(2C) of the Road Traffic Act, a serious repeat offender who causes death by dangerous driving faces up to 15 years' jail.
        District Judge Ng Siew Ling adjourned the case to Jan 9 for a pre-trial conference.
        Deputy Public Prosecutor Tan Wei Ming sought at least 12 months' jail, citing the serious injuries suffered and the accused's lack of remorse.
        Reasons for Sentence in HCCC 214/2024 were handed down by Deputy High Court Judge Anthea Pang on 28 Nov 2025.
        For voluntarily causing grievous hurt, an offender can be jailed for up to 10 years and fined or caned.
        The Sessions Court in Ayer Keroh fixed Jan 15 for mention and set bail at RM8,000 with one surety.
        Under the Children and Young Persons Act, the victim, 14, cannot be named to protect her identity.
        Court of Appeal upholds 8-year sentence in Orchard Road hit-and-run (CA/CCA 19/2024)
        The judge noted that since 2019, 43 cases of rash acts causing death had been prosecuted, with sentences ranging from two weeks to 22 months.
        Magistrate Ivy Chui said "Hong Kong cannot tolerate violence against frontline healthcare workers" before passing sentence at Kwun Tong Magistrates' Courts.
        The Criminal Legal Aid Scheme (CLAS) run by the Law Society Pro Bono Services may be contacted at 6536 0650.
        The Legal Aid Department office at Queensway Government Offices, 66 Queensway, Admiralty handles applications on weekdays from 8.45am to 5.30pm.
    """),
    ("en", "neighbourhood group post"): _lines("""
        Neighbours pls be careful, got car break-ins at the Blk 680 MSCP last 2 nights. Don't leave valuables inside k 🙏
        Anyone know why so many police cars at Tampines Ave 4 just now? Roadblock or what
        PSA from RC: Free fire extinguisher check at Blk 218 void deck this Sat 9am-12pm. Bring your extinguisher along!
        Jiran2, air naik kat Taman Sri Muda lagi. Jalan 25/7 dah tak boleh lalu. Stay safe semua
        Anyone's cat missing? Orange tabby, very manja, hanging around Blk 45 since Monday. No collar.
        Warning: scam calls pretending to be from "DHL" asking for a parcel fee. The tracking no. they gave me, SG2025120477813, is fake. Report to 1799.
        Fu Heng Estate residents: water supply suspended 11pm-6am tmr for mains repair. WSD enquiry 2824 5000.
        Lift at Blk 132 down AGAIN 😤 called the town council hotline 1800-888-0123 already, they say technician coming by 3pm
        Dear residents, pls do not feed the monkeys near Bukit Timah, NParks can fine up to $10k. Call NParks at 1800-471-7300 if they come into the flat.
        Whoever is throwing cigarette butts from upper floors at Blk 823, HDB camera already installed. Stop it before kena fine.
        Reminder: pasar malam Taman Connaught cancelled this Wed due to floods, per MBSJ announcement.
        Just saw the fire at the tong lau on Kweilin Street, fire engines already there. Avoid the area, lots of smoke.
        Lost & found: black Nike backpack left on Bus 190 this morning, handed to SBS Transit Lost & Found at Bedok Interchange. Owner pls call SBS Transit at 1800-287-2727.
    """),
    ("en", "obituary and condolence"): _lines("""
        The state funeral for Singapore's founding prime minister Lee Kuan Yew was held on 29 March 2015 at the University Cultural Centre.
        Tunku Abdul Rahman Putra Al-Haj, the Father of Malaysia, died on 6 December 1990 at the age of 87.
        In Loving Memory of [Full Name] ([Year] - [Year]). Wake at [Block/Address]. Cortege leaves at [Time] for [Crematorium]. Kindly contact [Family Contact] for enquiries.
        Mandai Crematorium operating hours: 8.00am - 5.00pm daily. Cremation slots must be booked via ESPA at least 24 hours ahead.
        Condolence message ideas: "Our deepest sympathies to you and your family. May she rest in peace."
        Funeral services by Singapore Casket Co., 131 Lavender Street. Tel 6293 4388 (24 hrs).
        The Hong Kong Funeral Home at 679 King's Road, North Point is one of the oldest funeral parlours in the city.
        Nirvana Memorial Park niche packages start from RM8,800 for a single niche, inclusive of perpetual care fee.
        The Legislative Council observed a minute's silence for the late Dr Leung Wai-hon, who represented the medical functional constituency from 1998 to 2012.
        RIP Phua Chu Kang? Nope, the character is fine lah, the reunion special just aired last night 😂
        Bereavement leave is not mandated under Malaysia's Employment Act 1955, but many employers give three days.
        Order wreaths from Mdm Ong's Florist (Geylang Bahru), hotline 6291 7720, condolence wreaths from $180 with free delivery.
    """),
    ("en", "weather and flood alert"): _lines("""
        PUB Flood Alert: Flash floods at Jalan Boon Lay / Jurong Pier Rd at 4.12pm. Please avoid the area for the next hour.
        MetMalaysia issues RED alert: continuous heavy rain in Kelantan (Tumpat, Pasir Mas, Kota Bharu) until 6 Dec 2025.
        The Black Rainstorm Warning Signal was issued at 11.05pm. Members of the public should stay indoors or take refuge in a safe place.
        The Amber Rainstorm Signal was replaced by the Red Rainstorm Signal at 14:20 HKT.
        Water level at Sungai Golok, Rantau Panjang: 10.2m (danger level 9.0m) at 07:00 MYT, trend rising.
        PUB: Water level in drain/canal at Upper Bukit Timah Rd (Jln Anak Bukit) is at 90%. Sent 18:42 04/12/25
        Need help at a relief centre? Call Talian Kasih 15999 or WhatsApp 019-261 5999 (JKM).
        NEA: 24-hr PSI 62-71 (Moderate) as of 4pm; no haze advisory in effect.
        Typhoon Signal No. 3 will remain in force until at least 6am. Ferry services to Cheung Chau are suspended.
        Telegram @sgfloodalerts: subscribe for live PUB drain sensor updates from 268 stations island-wide.
        Relief centre SK Taman Sri Muda is full; new evacuees are directed to the Dewan Orang Ramai Seksyen 25.
        Sensor PUB-WL-0417 reading 2.84m at 2025-12-04T16:05:00+08:00, above 75% threshold.
    """),
    ("en", "newsroom and data-handling guidance"): _lines("""
        Style note: Do not name victims of sexual offences or give any detail that could identify them, including their school, workplace or relationship to the accused.
        Before posting CCTV clips in the group, blur the faces and car plates of bystanders. Admins will delete any post containing NRIC numbers.
        When filing a missing person report, bring the person's IC, a recent photo and details of their last known whereabouts. You do NOT need to wait 24 hours.
        Moderation bot masks anything matching [STFGM]\\d{7}[A-Z] as S****XXXA before the message is shown.
        PDPC advisory: organisations should not collect full NRIC numbers for visitor registration; the last three digits and letter may be used instead.
        Victim [REDACTED], aged [REDACTED], of [REDACTED] Street, was taken to hospital.
        Placeholder record: name=<DECEASED_NAME>, ic=<IC_NO>, wake_venue=<ADDRESS>, contact=<PHONE>
        Under the PDPA 2012, most obligations do not apply to the personal data of someone who has been dead for more than 10 years.
        PCPD reminder: the doxxing offence under section 64 of the Personal Data (Privacy) Ordinance carries a maximum penalty of HK$1,000,000 and 5 years' imprisonment.
        Editor's checklist v2.3.1 (updated 2025-11-20): verify casualty figures with SCDF/FSD/Bomba before publishing; never publish home unit numbers.
        Malaysia's Personal Data Protection Act 2010 does not apply to the Federal and State Governments.
        sha256 of the released incident dataset: 9f2c4e7a1b3d5f60e8c2a9b4d7e1f3a05c6b8d2e4f7a9c1b3e5d7f9a2c4e6b81
    """),
    ("en", "forum and social media"): _lines("""
        anyone know if the PIE jam now is becos of accident? stuck here since Eunos exit sia 😩
        Damn the Bukit Batok fire smoke can see from Jurong East. hope everyone ok
        Lol the "missing girl" post going around is a hoax from 2019, police already clarified. Stop forwarding pls
        This is why I keep telling my parents: no bank will call you to ask for your OTP. Never.
        Ytd my GrabCar driver said the Causeway jam was 3 hours due to a lorry breakdown. Crazy.
        #PrayForKelantan Donate via the official MERCY Malaysia flood relief fund: Maybank 5621 7950 1236 (MERCY Malaysia).
        Anyone else hear the explosion in Kwai Chung around 2am? FSD said it was a transformer.
        Sherlock Holmes would have solved this Bukit Timah mystery by now lah
        Order #SHP2512044817 from Shopee still stuck in the Shah Alam hub because of the flood, seller says wait.
        TVB news last night said 27 people injured in the Tuen Mun bus crash, 4 serious.
        Grab support ticket 2025-120419-88731 closed without reply, 3rd time this week 🙄
        Kena stuck in Ipoh, the North-South Expressway closed at KM 301 due to landslide. PLUSLine 1800-88-0000 says maybe reopen tonight.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MISSING: Mdm Goh Siew Lan, 78, has dementia, last seen leaving Blk 412 Bedok North Ave 2 #07-1163 on 2 Dec around 7am wearing a floral blouse. Pls call her son Raymond at 9127 4408 if spotted 🙏
        Police appeal: missing teen Nurul Syafiqah binti Roslan, 15, last seen at Taman Melawati on Dec 1. Family contact: 012-387 4512 (En. Roslan, father).
        Missing elderly: Mr Chan Kwok-keung, 83, HKID K619374(9), has Alzheimer's, left Mei Ching House, Shek Kip Mei Estate at 6am. Contact daughter Winnie 9328 4417 (WhatsApp).
        My colleague Suresh Nair s/o Ramasamy was the motorcyclist in the PIE accident this morning, he's in ICU at NTFGH with a fractured skull. Pls pray for him.
        The guy who slashed the car tyres at the MSCP is Jason Lim from #11-482, same block. Police already took his statement.
        Whoever owns SMK 4827 T white Honda Vezel, you scratched my car at Blk 680 carpark and just drove off. Got dashcam. Contact 8345 2219 before I make police report.
        Delivery rider Muhammad Hafiz Zulkarnain, 27, of Woodlands Drive 14, was sentenced to 10 weeks' jail for voluntarily causing hurt to a condominium security guard.
        Kenneth Ong Wei Jie, 34, who is unemployed, will be charged on Friday with outraging the modesty of a 22-year-old woman on an MRT train.
        With deep sorrow we announce the passing of our beloved father Mr Teo Ah Huat (1941-2025). Wake at Blk 215 Serangoon Ave 4 void deck, cortege leaves 7 Dec 1pm for Mandai. Enquiries: Teo Boon Kiat 9683 1275.
        Al-Fatihah. Our condolences to Cikgu Zaleha on the passing of her mother, Hajah Rokiah binti Mat Saman, 81, this morning at HUSM after a long battle with kidney failure. Burial at Kampung Pulai Chondong, Machang after Zohor.
        Flood aid form - Name: Azlina binti Ismail | MyKad: 920611-10-6084 | Address: No. 14, Jalan 25/7, Taman Sri Muda, 40400 Shah Alam | Household: 5 | Tel: 019-226 8841
        Pls help my neighbour Pak Cik Dollah, his house in Kg Baru Pasir Mas fully submerged. Donate direct to his daughter Siti Aminah, Maybank 1570 2238 4419, or call her 013-918 4427.
        OMG I just realised I keyed my card 4557 3108 2947 6136 exp 09/28 into the fake SingPost link. Name on card LIM HUI MIN. Called DBS already to block.
        I was the one who called 999 for the Tuen Mun bus crash, my name's Tsang Ka-yan. Police want me to give a statement at Tuen Mun station; my number is 6172 0593 if other witnesses want to coordinate.
        The injured mainland visitor was identified as Zhang Lihua (张丽华), 33, resident ID 350203199203110623; she was admitted to Queen Elizabeth Hospital with spinal injuries.
        Missing Taiwanese hiker on Kinabalu: Lin Yu-ting (林宇婷), ID F228193766, passport 312845709, last WhatsApp from +886 912 384 105 on 29 Nov.
        Pls RT: the woman who left the baby at the Blk 17 Marsiling rubbish chute is Nur Aisyah, 24, NRIC T****832A, staying with her aunt at #05-112.
        Update on Lucas Tan Jun Hao (Ah Boy), 6, the boy hit by a car at Punggol Field yesterday: out of surgery at KKH but still on ventilator, doctors say possible brain damage. Mum Jolene asks for prayers.
        The court heard that Lee Mei Fong, 45, an accounts executive earning $4,200 a month, had gambling debts of $86,000 when she took the money from her employer.
        The fire at Blk 512 started in the flat of Mr Sng Kok Wah, 67, who lives alone and was taken to SGH with 40% burns; his nephew said he is a heavy smoker.
        To all residents: the man photographed loitering near the playground is Derek Wong (derek.wongkh88@gmail.com). He has a prior conviction, please keep your kids away.
        Police report no. E/20251203/4417 lodged by Rajesh Kumar a/l Muthu, NRIC S7721094F, of Blk 25 Jalan Bahagia #03-05, regarding the loss of his wallet.
        Wanted for the Cheras hit-and-run: Tan Chee Keong, 37, MyKad 870314-14-5523. Anyone with info pls contact IO ASP Farid at 016-733 2089.
        Found a passport at the Changi T3 taxi stand: Indonesian passport C3829104, name PUTU AYU LESTARI. Pls share so she can get it back.
        Myvi putih WXY 8316 langgar motor kat Jalan Klang Lama then lari. Victim is my brother Faizal, now at PPUM with a broken leg, pls share!!
        Anyone know this lady? WeChat id lilyzhou_sz1988, she collected HK$38,000 in deposits from 6 of us in Tai Koo Shing for a fake flat rental.
        Family seeks help: Mr Ho Siu-fai, 52, HKID XA385216(1), last seen at Hung Hom Station boarding a train to Shenzhen on 30 Nov. Wife's number +852 6894 3315.
        The Bedok MRT molest victim was Priya, the Indian girl from Temasek Poly, Year 2 Nursing, she's my classmate.
        Her name is Chloe. Surname Yeo. She stays at Blk 89 Zion Rd #14-21 and she's the one who called the police on the hawker uncle.
        Dear Mrs Kwan, so sorry about Uncle Kwan Tak-wah. We only learnt of his stage 4 liver cancer last month. See you at the Hong Kong Funeral Home on Saturday. - the Leung family, Flat 18C, Block 3, Taikoo Shing
        Chow Ka-ho, 23, a Lingnan University student, pleaded guilty at West Kowloon Magistrates' Courts to possessing 1.2g of ice; the magistrate called for a drug addiction treatment centre report.
        Lost wallet found at Lo Wu with an ID card for Chen Zhiwei, 440306198507234715, and a name card with 138 2746 0915. Handed to police at Lo Wu Control Point.
        An old lady fell in the flooded stairwell at 3/F, 24 Pei Ho Street, it's Mrs Lau (劉太), 88, lives alone; her son's number is 5403 8826, can someone go check on her?
        Worker injured in the Tuas crane collapse: Md Rafiqul Islam, Bangladeshi, FIN F2198376N, employed by Hock Seng Engineering, now warded at NTFGH with crushed legs.
        Helper missing since Sunday: Maria Lourdes Dela Cruz, FIN G5530412U, 34, Filipino, last seen at Lucky Plaza. Employer contact 8812 0937.
        Balai Polis Kajang is looking for the owner of JHG 5521, registered to Mr Loh Kian Seng, No. 8, Jalan Mewah 3, Taman Mewah, 43000 Kajang.
        The victim of the Ang Mo Kio stabbing is Mdm Chua Bee Lian, 59, the cleaner at the Blk 226 coffeeshop; her family's number is 9xxx-5528 (pls don't call, they need rest).
        GoFundMe for Ahmad Firdaus (Daus), 31, Grab rider earning about RM2,500 a month, lost his right leg in the Federal Highway crash. His wife Nadia's DuitNow: 011-2398 7645.
        My mum Leung Mei-ling (HKID Y338051(1)) got cheated of HK$1.2M by a fake "Mainland police" video call, she's 76 and now cannot sleep at all.
        Tip-off: the driver in the Nathan Road crash was Wong Chi-kin, brother of off-duty PC Wong Chi-hang. Contact me at tipster.kwun@protonmail.com.
        Estate claim: the late Mr Ong Peng Soon (NRIC S5803371E) passed away on 28 Nov 2025; executor is his daughter Ong Li Ping, contact 9046 5528.
        Lost NRIC card of Ryan Koh Zhi Xuan, T0516823B, found at Punggol Waterway near Blk 267. PM me to collect.
        Bai jin can be PayNow to Melissa Tan at 8771 3064, thank you for supporting our family during this difficult time.
        Lorry driver Muthusamy a/l Krishnan, 55, from Klang, claimed trial at the Sessions Court to reckless driving causing the death of a 9-year-old girl on Jalan Meru.
        Aunty Rosie from #02-34 (Rosie Fernandez) saw everything, she said the boy jumped from the 12th floor after fighting with his father.
        Arson arrest at Flat 1207, Wing Hong House, Ap Lei Chau Estate: tenant Kwok Siu-ming, 45, allegedly set the fire after an argument with his ex-wife.
        Pls pray for my sister Stephanie Lau Hui Wen, she was the one found at East Coast Park on Tuesday after attempting suicide, she's in IMH now under observation.
        Last seen: Jeremy Chia, 17, wearing school uniform, at Bukit Batok MRT Exit B at 15:42 on 3 Dec. His Telegram @jerchia_07 has been inactive since.
        Dear Mr Chong Wei Keat, your card 5522 1104 8763 2908 has been frozen due to suspected fraudulent transactions on 02/12/2025.
        Assault victim Ms Fung Yee-man (HKID R205738(6)), 29, of Room 5, 6/F, 188 Sai Yeung Choi Street South, was treated at Kwong Wah Hospital for facial fractures.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a newsroom assistant for a Singapore online paper. Help reporters tighten copy.",
        ),
        (
            "user",
            "Tighten this: 'Madam Ho Lai Peng, 72, of Blk 31 Telok Blangah Rise #09-88, was killed when a car mounted the kerb outside the market yesterday morning while she was walking to buy breakfast.'",
        ),
        (
            "assistant",
            "Madam Ho Lai Peng, 72, of Telok Blangah Rise, was killed yesterday morning when a car mounted the kerb outside the market as she walked to buy breakfast.",
        ),
    ],
    [
        ("user", "can help me write a missing person poster for my grandpa? in English and BM"),
        (
            "assistant",
            "Of course. Please share his name, age, a description, where he was last seen and a contact number.",
        ),
        ("user", "Abdul Rahman bin Yusof, 81, MyKad 441207-01-5173"),
        (
            "user",
            "last seen Taman Universiti Skudai near the surau, 5pm yesterday, he has diabetes and needs insulin",
        ),
        ("user", "contact me 017-450 9936 (Hakim, grandson)"),
    ],
    [
        ("user", "What should I do if I suspect an elderly neighbour has collapsed at home in HK?"),
        (
            "assistant",
            "Call 999 immediately. You can also contact the estate management office, which may hold an emergency contact.",
        ),
        (
            "user",
            "It's Mr Yip Man-chung in Flat 12B, Block 7, Kornhill. He hasn't opened the door for 4 days and there's a smell. He had a stroke last year.",
        ),
    ],
    [
        ("user", "Write a short obituary notice for my mother please"),
        (
            "assistant",
            "I'm sorry for your loss. Please give me her name, dates, family members and wake details.",
        ),
        (
            "user",
            "Mdm Lee Ah Moi, passed away 3 Dec aged 89, survived by sons Peter Lee Kim Hock and David Lee Kim Seng. Wake at Blk 108 Ang Mo Kio Ave 4, contact Peter 9651 2740.",
        ),
        (
            "assistant",
            "It is with deep sorrow that we announce the passing of Mdm Lee Ah Moi, aged 89, on 3 December. She is survived by her sons Peter and David. The wake is held at Blk 108 Ang Mo Kio Ave 4.",
        ),
    ],
    [
        ("user", "someone used my credit card online, how do I report this in Hong Kong?"),
        (
            "assistant",
            "Call your card issuer at once to block the card, then report to the police, for example through the e-Report Centre.",
        ),
        ("user", "the card is 4265 6900 3817 4520"),
        (
            "user",
            "cardholder Cheung Pui-yee, my address is Flat 9D, Block 2, Laguna City, Kwun Tong",
        ),
    ],
    [
        (
            "user",
            "My cousin Darren Sim got 6 months' jail for the drink-driving crash at ECP last month. What happens to his licence after he is released?",
        ),
        (
            "assistant",
            "Drink-driving convictions in Singapore usually come with a disqualification order that begins after release from prison; the length depends on the court's order.",
        ),
    ],
    [
        ("system", "You are a claims helper for a motor insurer in Singapore."),
        ("user", "Accident on AYE this morning, the other car rear-ended me."),
        ("assistant", "Sorry to hear that. Did you exchange particulars with the other driver?"),
        (
            "user",
            "Yes. His car is SKV 2236 C, driver Benjamin Goh Teck Seng, phone 8034 6612, NRIC S8234716Z",
        ),
    ],
    [
        (
            "user",
            "My aunt from Chengdu was knocked down by a minibus in Mong Kok, how do I get her medical report?",
        ),
        (
            "assistant",
            "The patient or an authorised person can apply to the Hospital Authority for a medical report with a signed consent.",
        ),
        ("user", "Her name is Wu Xiuying"),
        ("user", "ID 510107196809042836, she's at Kwong Wah Hospital orthopaedic ward"),
    ],
    [
        ("user", "How to apply for Bantuan Wang Ihsan after the Penang floods?"),
        (
            "assistant",
            "The RM1,000 one-off aid is paid to registered flood evacuees' heads of household; register at the relief centre or the district welfare office.",
        ),
        (
            "user",
            "My father Ooi Cheng Hock, MyKad 550902-07-5271, lives at 23, Lorong Kampung Jawa 4, 11900 Bayan Lepas. He was evacuated to the SK Bayan Lepas relief centre. Is he eligible?",
        ),
    ],
    [
        (
            "user",
            "My father is missing in Singapore, he came for a tour and didn't go back to the hotel",
        ),
        (
            "assistant",
            "Please call the police at 999 straight away and contact the Taipei Representative Office.",
        ),
        (
            "user",
            "His name is Chen Wen-hsiung (陳文雄), 71, ID A123745085, staying at the Hotel Boss, room 1423",
        ),
        ("user", "his phone +886 933 271 480, no answer since yesterday 8pm"),
    ],
]
