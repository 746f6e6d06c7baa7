"""Blind check set en60: English local news and community Facebook groups in Singapore, Malaysia and Hong Kong (accidents, crime, lost and found, missing persons, courts, obituaries, neighbour complaints, walkabouts, charity drives). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en60
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "accident and crime reports"): _lines("""
        A 41-year-old man was arrested on Tuesday for his suspected involvement in a string of e-commerce scams involving the sale of concert tickets, the police said.
        SCDF said it was alerted to a fire at Blk 512 Jurong West Street 52 at about 3.45am. About 60 residents self-evacuated and no injuries were reported.
        A 26-year-old motorcyclist was taken conscious to Ng Teng Fong General Hospital after an accident along the AYE towards Tuas on Monday morning.
        Police in Kowloon West are investigating after a minibus collided with a taxi at the junction of Nathan Road and Argyle Street at around 11pm on Saturday, injuring seven passengers.
        KUALA LUMPUR: Two foreign workers were killed when a lorry skidded and overturned at KM 12.4 of the MRR2 near Taman Kosas early this morning, said Ampang Jaya district police chief Asst Comm Mohd Azam Ismail.
        Those with information are urged to call the Police Hotline at 1800-255-0000 or submit it online at www.police.gov.sg/i-witness. All information will be kept strictly confidential.
        Accident on PIE (towards Changi) before Eunos Link exit. Avoid lane 1. 08:42
        Fatal accident at Jalan Kuching last night, lorry vs Myvi. RIP to the driver 🙏 drive safe everyone, the road damn slippery when rain
        PDRM: Sindiket Macau scam tumpas, 9 suspects aged 19 to 27 ditahan in a raid on a condo unit in Johor Bahru on Thursday.
        The Fire Services Department said the No. 3 alarm fire at an industrial building on Hoi Yuen Road, Kwun Tong, was put out after six hours. The cause is under investigation.
        Scam victims in Singapore lost $385.6 million in the first half of the year, with 26,587 cases reported, according to the police's mid-year scam and cybercrime brief.
        Anyone got dashcam footage of the chain collision on the BKE this morning around 7.15? Traffic jam until Woodlands checkpoint sia
        The 15-year-old boy reported missing in Tai Po on Sunday has been found safe, police said on Monday. The case has been reclassified as "missing person found".
        Police advisory: Never transfer money to anyone claiming to be from MAS, ICA or a bank. Call the ScamShield Helpline at 1799 if in doubt.
    """),
    ("en", "lost and found"): _lines("""
        FOUND: Brown tabby cat, male, very manja, wandering near Bedok Reservoir Park carpark B since Sat. Has a red collar but no tag. Anyone missing him?
        Lost dog alert!! Shih tzu, white w brown ears, answers to "Bobo", last seen TTDI near the wet market. Reward offered. PM me pls 🙏
        Found an EZ-Link card at Tampines MRT, card no. ending 8842, already passed to the station control room.
        Found a set of keys with a Doraemon keychain at Causeway Point bus interchange. Handed to the Customer Service counter at Level 1.
        For items lost on trains, enquire at the MTR Lost Property Office at Admiralty Station or call the MTR hotline 2881 8888.
        Hi all, found a black iPhone 13 at the Hougang Ave 8 playground this morning. Owner pls describe the wallpaper and I'll return it.
        Anyone lost a budgie? Green + yellow, flew into our kitchen in Tai Wai this afternoon. Now sitting in a shoebox lol
        Update: Bobo has been found!! Thank you everyone for sharing, really touched by this community ❤️ Admin can close this post.
        Left something in a cab? Call ComfortDelGro at 6552 1111 with the taxi plate number and the time of your trip.
        Reminder: wallets and IC cards found on buses go to the bus operator's Lost & Found within 3 working days; NRICs are forwarded to ICA.
        Found a Tamagotchi at Sha Tin Park, if it's your kid's it's still alive, I've been feeding it 😂
        Admin note: when posting found wallets or IDs, DO NOT post photos of the IC or bank cards. Just say what was found and where, and let the owner describe it.
    """),
    ("en", "community notices and charity drives"): _lines("""
        Bukit Panjang CC Food Drive: drop off canned food, rice (max 5kg packs) and diapers at the CC lobby from 1-15 Dec, 10am-9pm daily.
        Tzu Chi free clinic at Jurong West: every Sat 9am to 12pm, no appointment needed, bring your own water bottle.
        Kechara Soup Kitchen needs volunteers for the Sunday night street distribution at Jalan Tun H.S. Lee, meet at 7.30pm sharp.
        Community Chest: donations of $50 and above qualify for 250% tax deduction. Please provide your NRIC/FIN or UEN at checkout so IRAS can be notified.
        Blood donation drive by the Hong Kong Red Cross at the Queen Elizabeth Hospital lobby on 14 Dec, 10am-5pm. Walk-ins welcome.
        Reminder from Tampines Town Council: bulky item removal is free for up to 3 items per month. Book at least 3 working days in advance via the TC app.
        Hari Raya open house @ Surau Al-Ikhlas this Sat 2pm onwards, all are welcome!! Bring your family, rendang got a lot
        Christmas hamper drive: each hamper is $38 (rice, Milo, biscuits, cooking oil). PayNow to our UEN S95SS0123K and write "HAMPER" in the reference.
        Fundraising target: RM 50,000 for the new dialysis machines at Pusat Dialisis Komuniti Kajang. Collected so far RM 31,450 (62.9%). Terima kasih!
        Dear {resident_name}, your bulky item removal at Blk {block_no} #{unit_no} is confirmed for {date}, between {time_slot}. Reply STOP to opt out.
        Meet-the-People Session at Blk 151 Serangoon North Ave 2 every Monday from 7.30pm. Please bring along relevant documents.
        The Minister for Home Affairs visited Yishun Ring Road market on Sunday morning and spoke to stallholders about rising rental and ingredient costs.
        Thank you to our MP Dr Janice Koh-Lim for joining the Deepavali celebration at the Block 101 void deck and for lighting the first lamp!
        YB for Petaling Jaya distributed 300 food baskets at Dewan Komuniti SS2 this morning, together with the Majlis Bandaraya Petaling Jaya team.
    """),
    ("en", "court reports"): _lines("""
        The Court of Appeal on Friday reserved judgment in the long-running dispute between two property developers over a failed en-bloc sale in Tanjong Katong.
        Under Section 379A of the Penal Code, theft of a motor vehicle is punishable with a jail term of up to seven years and a fine.
        Seven men aged between 19 and 34 were charged in court on Monday with rioting outside a Clarke Quay nightspot. The case will be mentioned again on Jan 9.
        The Sessions Court in Kuala Lumpur fixed Jan 22 for mention of the case involving a logistics company accused of failing to pay EPF contributions for 43 workers.
        Under the PDPA, organisations must notify the PDPC within three calendar days after assessing that a data breach is notifiable.
        West Kowloon Law Courts Building, 501 Tung Chau Street, Sham Shui Po. Public gallery seats are allocated on a first-come, first-served basis.
        "The sentence must reflect the vulnerability of the victim," the district judge said, adding that deterrence was the dominant sentencing consideration.
        The High Court of Malaya ordered Sweetheart Bakery Sdn Bhd to pay RM 1.2 million in damages to a flour supplier for breach of contract.
        The Small Claims Tribunals hear claims of up to $20,000, or $30,000 if both parties consent. Filing fees start from $10.
        Court notice: Please arrive at Court 4B of the State Courts, 1 Havelock Square, by 9.15am. Bring your summons and original identity document.
        Criminal Case No. 1184 of 2024: mention adjourned to 17 January 2025 at 9.30am; bail extended on the same terms.
        Harvey Dent would not last one week as a DPP in Singapore lah, the paperwork alone 😂
    """),
    ("en", "obituary and funeral notices"): _lines("""
        In loving memory of {NAME}, aged {AGE}. Wake at {WAKE_ADDRESS}. Cortege leaves on {DATE} at {TIME} for Mandai Crematorium.
        Singapore Casket Company offers 24-hour funeral arrangements. Call 6293 4388 or visit our office at 131 Lavender Street.
        Mandai Crematorium and Columbarium Complex, 300 Mandai Road, Singapore 779393. Opening hours 7am to 10pm daily.
        Lee Kuan Yew (1923-2015), Singapore's founding Prime Minister, lay in state at Parliament House for four days in March 2015.
        Tunku Abdul Rahman Putra Al-Haj, the Bapa Kemerdekaan, passed away on 6 December 1990 and was buried at the Royal Mausoleum in Alor Setar.
        Deepest condolences to the family 🙏 May he rest in peace.
        Condolence money (pek kim / 帛金) is usually given in odd amounts such as $31 or $51, in a plain white envelope.
        Hong Kong Funeral Home, 679 King's Road, North Point. Halls on 1/F and 2/F available for booking, please call the front desk.
        ST obituary rates: $1,450 for a 3-column x 10cm notice, Mon to Thu; weekend surcharge applies.
        In lieu of wreaths, donations may be made to the Singapore Cancer Society. Please quote "In memoriam" in your cheque.
        Al-Fatihah. Semoga rohnya dicucuri rahmat dan ditempatkan bersama orang-orang yang beriman.
        Sun Yat Sen Nanyang Memorial Hall, 12 Tai Gin Road, is holding a free heritage talk on the 1911 revolution this Saturday.
    """),
    ("en", "neighbour complaints"): _lines("""
        Anyone else hearing drilling at 7am on a SUNDAY?? Town Council says reno only allowed 9am-6pm on weekdays 😤
        Pls lah, whoever is throwing cigarette butts from upstairs, my laundry got burnt holes already. Everyone please take note.
        To report killer litter use the OneService app and attach photos, date and time. Please do not post your neighbours' unit numbers publicly.
        Neighbour's dog bark the whole night, already complained to condo management 3 times, they say cannot do anything. Any advice?
        Under the Noise Control Ordinance (Cap. 400), noise from domestic premises that annoys others between 11pm and 7am is an offence.
        Pigeon feeding at the void deck again. Fine is up to $10,000 under the Wildlife Act, just saying.
        Corridor clutter: SCDF says common corridors must be kept clear for evacuation. Bicycles, shoe racks and potted plants also kena.
        Lift at Blk 6 down again, 3rd time this month. Waited 45 min with my groceries. Sigh.
        Dear Sir/Madam, I wish to report persistent noise from unit [unit no.] between [start time] and [end time] on [dates]. I have attached recordings as evidence.
        Jiran sebelah parking depan gate rumah every night, kereta saya tak boleh keluar. Macam mana nak settle elok-elok?
        Mediation is free at the Community Mediation Centre, 1 Havelock Square #B1-01, Singapore 059724. Call 1800-225-5529 to book.
        Upstairs "Uncle Karaoke" started at 10pm again. Teresa Teng on repeat until midnight. I cannot already.
    """),
    ("en", "places and organisations named after people"): _lines("""
        Tan Tock Seng Hospital A&E waiting time now 4h+, go to the polyclinic if not urgent.
        Road closure: Jalan Tun Razak (towards Jalan Ampang) closed from 10pm to 5am nightly until 20 Dec for LRT works.
        Pamela Youde Nethersole Eastern Hospital, 3 Lok Man Road, Chai Wan. Accident & Emergency is open 24 hours.
        Lee Kong Chian Natural History Museum is closed on Mondays except public holidays.
        Ah Hock Fried Oyster at Whampoa Food Centre #01-27, closed on Tuesdays. Queue is long but worth it.
        Khoo Teck Puat Hospital is holding free health screening for residents aged 40 and above at the Yishun Central atrium.
        The Sir Robert Ho Tung Library at the University of Hong Kong will be closed for renovation until March.
        Hospital Sultanah Aminah Johor Bahru has moved its specialist clinics to the new block; the main line remains 07-225 7000.
        Don't play play ah, like Phua Chu Kang always say: use your brain, use your brain!
        Meet at Raffles Place MRT exit H at 9am, then we walk over to Boat Quay for the cleanup.
        Princess Margaret Hospital in Lai Chi Kok is the designated hospital for infectious disease cases in Kowloon West.
        Jalan Sultan Ismail traffic crawling again, avoid if can. Bukit Bintang area all jam because of the concert.
        Tan Kah Kee MRT station exit A is closed for upgrading works; please use exit B.
    """),
    ("en", "reference numbers and system messages"): _lines("""
        Your police report has been submitted. Report No.: D/20241203/7741. Please keep this number for your records.
        Tracking no. SPZ0041827736SG: Out for delivery, Ang Mo Kio Delivery Base, 03 Dec 2024 09:14.
        Order #MY-2024-1187423 | 2x Beras 10kg @ RM 32.90 | Total RM 65.80 | Paid via FPX
        Donation receipt no. CC-2024-00983412 issued at 2024-12-03T10:22:45+08:00. Thank you for your generosity.
        e-Report Centre ref ERC-24-118203: this is an acknowledgement only and is not a police reference number.
        SMS from OneService: Your case 2412-0388 (Cleanliness - Common corridor) has been closed. Rate our service at the link provided.
        Specimen only: Name TAN AH KOW, NRIC S1234567D. Do not enter real NRIC numbers in the training environment.
        CCTV footage from void deck cameras is retained for 30 days before being overwritten, in line with the Town Council data retention policy.
        December stats: 182 missing-person reports received, 171 persons located (94.0%), median time to locate 19 hours.
        LostPetsSG map app v2.13.4 (build 5f3a9c1) fixes the crash when uploading photos larger than 10MB.
        Wreath order #WR88213: 1x standing wreath (white lilies) $180, deliver to Singapore Casket Hall 3 on 05/12 before 2pm.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MISSING PERSON 🙏 Pls share. Mdm Goh Siew Lan, 78, has dementia, last seen 3 Dec about 4pm at Blk 212 Bedok North St 1 wearing a blue floral blouse and black pants. If found pls call her son Alvin at 9123 4706.
        Found a wallet at Sunway Pyramid LG near the ice rink. Inside got IC LIM WEI SHEN 880314-14-6271 and a Maybank card. Owner pls PM me to collect.
        Picked up a HKID card at Mong Kok MTR Exit E2 this morning: CHAN Ka Yan, Y482163(5). Already passed to station staff, sharing in case her friends are in this group.
        A 29-year-old delivery rider, Muhammad Hafiz Roslan, was sentenced to eight weeks' jail and banned from driving for two years for knocking down a cyclist along Upper Thomson Road while using his phone.
        With deep sorrow we announce the passing of Mr Teo Kim Huat, 84. Dearly missed by wife Mdm Lee Ah Moi, sons Kelvin and Desmond, daughter-in-law Shirley. Wake at Blk 345 Jurong East St 31 void deck. Enquiries: Kelvin 9688 2041.
        To the Wong family at Blk 678 Woodlands Ave 6 #11-204, please stop throwing durian husks down the corridor chute. Town council already took photos of your door.
        Red Honda Vezel SKV 4821 A reversed into my car at Tampines Hub carpark B2 and just drove off. Got dashcam. Anyone knows the driver pls PM.
        Missing: LEUNG Wai Ming, 16, Form 4 student, last seen at Tsuen Wan Plaza on 2 Dec wearing school uniform, about 170cm. Family please contact his mum at 9438 2716.
        Found a Mainland ID card at the TST Clock Tower: 陈晓婷, 440304198507125364. Anyone know how to return it to her? Or just pass to police?
        The search for a missing Taiwanese hiker on Lantau Peak entered its third day. His family said HSU Chih-Hao, 34 (ID F228730143), last sent a WhatsApp message to his sister at 5.02pm on Sunday.
        My late ayah's funeral expenses very heavy, anyone who wants to help pls bank in to Maybank 1140 2267 8831 (Siti Rahmah bt Yusof). Terima kasih semua 🙏
        Our helper Maria Luz Dizon (passport P4827361B) left the house on Sunday and hasn't come back. She's 31, from Iloilo. If you see her at Lucky Plaza pls msg me 8226 4519.
        At Kowloon City Magistrates' Courts, security guard TSANG Chi Keung, 42, admitted stealing HK$38,000 from tenants' mailboxes at Whampoa Garden and was jailed for 10 months.
        Pls pray for my neighbour Uncle Rahim bin Osman from Blk 88 Telok Blangah Heights, he collapsed yesterday and is now in NUH ICU. Doctor say massive stroke 😢
        Found wallet at Northpoint City. NRIC S****512B, name Tan B** K**, address on the card Blk 23 Toa Payoh Lor 7 #05-11. Pls tag if u know him.
        FYI Kenneth Yeo who runs the phone repair kiosk at Sim Lim Square level 3 was arrested last week for cheating customers, my cousin is one of the victims.
        My BIL Jason Ng is a duty manager at the airport earning $6,800 a month and still never contribute one cent to mum's hospital bill. Paiseh to rant here.
        For the CNY hamper drive pls email our volunteer in charge, Rachel Ong, at rachel.ong.volunteer82@gmail.com or text her at 8571 3320.
        Lost my phone at Causeway Point!! If anyone finds it, contact me on WeChat wxid_tanjiahui_1992 or my husband at 012-384 7720. Name Tan Jia Hui.
        The driver, identified as Nurul Aina binti Kamarudin, 23, of Taman Melawati, suffered head injuries after her Myvi skidded at KM 8 of the MRR2 and is warded at Hospital Kuala Lumpur.
        LOST DOG 🐶 "Mochi", corgi, at Tiong Bahru Park. Owner Priya Menon, HP 9043 6671, 3 Eng Hoon St #02-14. $500 reward for his safe return.
        My son Ethan Lim Jun Hao, 10, P4 at Fernvale Primary, was bitten by the neighbour's dog at the playground and needed six stitches at KKH. Owner never even apologise.
        Tenant at Flat C, 12/F, Block 3, Kornhill, Mr Alan FUNG Chi Wah, owes 3 months' rent (HK$54,000). Any landlord here dealt with him before?
        Lost my passport at KLIA2 departure hall!! Name AHMAD FAIZAL BIN HASHIM, passport no. A38291047. If found pls hand to airport police 🙏
        Someone dropped a Visa debit card at Jurong Point FairPrice: 4556 3308 1274 9019, name on card GOH MEI LING. Passed to the customer service counter.
        Employer Jenny Koh Mei Fong, 52, was fined $12,000 for underpaying her helper Sri Wahyuni, who received only $300 a month instead of the agreed $650.
        My grandma WONG Sau Ying (HKID K730518(4)) lives alone in Mei Yin House Rm 1207, Shek Kip Mei Estate, and fell and broke her hip last week. Anyone can recommend a home carer?
        During the walkabout, the MP chatted with 82-year-old Mdm Chua Geok Lian of Blk 45 Telok Blangah Drive, who lives alone on about $250 a month and has had two falls this year.
        Help little Muhammad Irfan bin Zulkifli, 6, diagnosed with leukaemia at KKH. His father Encik Zulkifli drives Grab and earns ~$2,000. PayNow 9367 2184 (Zulkifli) 🙏
        Found a wallet at Sai Kung pier with an Octopus card, HK$300 and a Mastercard 5204 7316 8830 2150 in the name of Mr PATRICK LAU. Please contact the pier office.
        My cousin Zhao Lei came from Shenzhen for the concert and hasn't gone back to his hotel in Geylang since Sat night. His number +86 138 2651 0473 cannot get through.
        Contractor Leong Kah Wai (NRIC T0412783D) took my $3,800 reno deposit and disappeared. Anyone else kena?
        Injured worker Md Rahim Uddin, FIN F2638140K, fell from a scaffold at a Tuas South worksite and his employer refuses to pay his MC. Anyone from TWC2 can help?
        Lost: work permit card of PAN Xiaodong, FIN G5102937U, at Boon Lay interchange. Pls return, he needs it to go to work.
        Anak saya Nur Sofea Aisyah, 13, IC 110927-10-0348, keluar rumah since Sat and never come back. Last seen near Sunway Piramid. Pls call 019-772 4130.
        Beware of landlord Mr KWOK Siu Fai who owns Flat B, 8/F, Fook Wah Mansion, 23 Hillwood Road, TST. Never returns deposits. His phone 6145 2208.
        Hi all, this is Melissa Tay (melissatay.sg@outlook.com). My husband Gerald Tay was just diagnosed with stage 3 colon cancer and we are raising funds for his chemo.
        Auntie Rosalind Teo from our church choir is going through chemo for breast cancer, let's fold 1000 paper cranes for her before Christmas 💛
        To join the Seri Kembangan neighbourhood watch WhatsApp group, msg our coordinator Encik Hairul Azman at 013-298 4407 (house no. 17, Jalan SK 3/2).
        Hit and run at Jalan Klang Lama, black Proton X70 plate WVX 8342, driver drove off. My husband Suresh is now in UMMC with a broken leg. Pls share dashcam.
        Clerk Lim Siew Peng, 35, claimed trial in the Petaling Jaya Sessions Court to misappropriating RM 86,200 from the kindergarten she worked at in Damansara Utama.
        Missing elderly: LAI Kam Wing, 81, HKID R216094(2), has Alzheimer's, left his home at Lek Yuen Estate, Sha Tin on 1 Dec. Contact his daughter Cindy at 5312 8840.
        Urgent B-negative blood donors needed for my mother Mdm Seah Kim Choo (S6920471F) at SGH Ward 56, she is going for surgery on Thursday.
        Xiamen tourist 林佳怡 (ID 350203199002281047) got separated from her tour group at Genting. Tour leader pls call 016-447 8201.
        The lady who fainted at Pasir Ris bus interchange yesterday is my colleague Jolene Foo, she's diabetic. If anyone picked up her bag pls contact me.
        Condolences to Cikgu Norhayati whose son Amirul Hakim, 19, is still in a coma at Hospital Tengku Ampuan Rahimah after the motorcycle crash in Klang.
        Whoever from Blk 330 Clementi Ave 2 #09-115 keeps parking the silver Toyota SLA 9063 L across two lots, Mr Daniel Chia, we all know it's you.
        The man who slashed his ex-girlfriend at Yuen Long station, CHEUNG Ho Yin, 27, of Tin Shui Wai, was remanded in custody; the victim, a 24-year-old nurse named Vivian, is still in hospital.
        Anyone knows Mdm Fatimah Abdul Rahman, 67, from Kampung Baru? She's been receiving scam calls and transferred RM 48,000 from her Bank Islam account, family is devastated.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the admins of the Punggol Residents Network Facebook group moderate posts.",
        ),
        ("user", "Can you check if this post is ok to approve?"),
        (
            "user",
            "LOST CAT orange male 'Pumpkin' near Punggol Waterway Terraces. Owner Sharon Lee, Blk 273C Punggol Place #14-382, HP 9672 1058",
        ),
        (
            "assistant",
            "The post is fine in substance, but it shows a full unit number. Suggest asking Sharon to keep only the block and her phone number.",
        ),
    ],
    [
        ("user", "Help me write a missing person appeal for FB"),
        (
            "assistant",
            "Of course. Please give me the person's name, age, appearance, where and when they were last seen, and a contact number.",
        ),
        ("user", "My dad, Lim Chee Keong, 73, got Parkinson's, walks slowly with a cane"),
        (
            "user",
            "last seen Blk 619 Hougang Ave 8 this morning 10am, grey polo tee. His NRIC S8734512B if police need",
        ),
        ("user", "contact me Jasmine 9734 0215"),
        (
            "assistant",
            "MISSING: Mr Lim Chee Keong, 73, walks with a cane, last seen at Blk 619 Hougang Ave 8 around 10am in a grey polo tee. Please call his daughter Jasmine at 9734 0215.",
        ),
    ],
    [
        ("user", "Summarise this article in 2 sentences pls"),
        (
            "user",
            "A 38-year-old property agent, Benjamin Ho Wei Liang, was sentenced to 14 months' jail yesterday for forging tenancy agreements to obtain $92,000 in deposits from 11 foreign students. Ho, who lives in Sengkang, has a prior conviction for cheating in 2019.",
        ),
        (
            "assistant",
            "Property agent Benjamin Ho Wei Liang, 38, was jailed 14 months for forging tenancy agreements to take $92,000 from 11 foreign students. He had a previous cheating conviction in 2019.",
        ),
    ],
    [
        ("user", "I want to sell my late mum's piano, can you write the listing"),
        (
            "assistant",
            "Sure, what brand and model is it, what condition, price and how should buyers contact you?",
        ),
        ("user", "Yamaha U1, good condition, $2,800, self collect at Bishan"),
        ("user", "contact Derrick, number is 9182"),
        ("user", "5547"),
        (
            "assistant",
            "Yamaha U1 upright piano, well kept, $2,800, self-collect in Bishan. Contact Derrick at 9182 5547.",
        ),
    ],
    [
        ("user", "Write a formal complaint to Ang Mo Kio Town Council about my neighbour"),
        (
            "assistant",
            "Sure. What is the issue, how long has it been going on, and which unit is involved?",
        ),
        (
            "user",
            "Mr Raymond Quek at Blk 423 Ang Mo Kio Ave 3 #06-1187 keeps 14 cats in his flat, the smell is terrible and they pee at the staircase. 6 months already.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I wish to report that the occupant of Blk 423 Ang Mo Kio Ave 3 #06-1187, Mr Raymond Quek, is keeping about 14 cats, causing a strong odour in the common areas for the past six months...",
        ),
    ],
    [
        ("user", "need a short condolence message for my colleague"),
        (
            "assistant",
            "I'm sorry for your colleague's loss. Who passed away and what's your relationship with the colleague?",
        ),
        (
            "user",
            "Her name is Angeline Sim, her mum died of pancreatic cancer on Monday. Wake at Blk 512 Tampines Central 1 until Thursday",
        ),
        (
            "assistant",
            "Dear Angeline, I am so sorry to hear about your mother. Please take all the time you need; our thoughts are with you and your family.",
        ),
    ],
    [
        ("user", "I found a wallet at Tai Koo Shing, what should I do"),
        (
            "assistant",
            "You can hand it to the nearest police station or the building management. Avoid posting photos of ID cards online.",
        ),
        (
            "user",
            "ok but there's a HKID inside, NG Pui Shan P905371(2), and a photo of a baby. Also a clinic card from Ruttonjee Hospital psychiatry dept",
        ),
        (
            "assistant",
            "Please hand the wallet in to the police as it is, without sharing those details publicly.",
        ),
    ],
    [
        ("user", "tolong buat poster derma untuk jiran saya"),
        (
            "assistant",
            "Boleh. Can you tell me who the appeal is for and what the funds will be used for?",
        ),
        (
            "user",
            "Encik Kamal bin Abdul Latif, 45, lorry driver dari Taman Sri Muda Shah Alam, kaki kena potong sebab diabetes. IC 790215-10-5583",
        ),
        ("user", "akaun CIMB 7012 3345 8810 nama isteri dia Rosnah bt Ibrahim, HP 017-665 2093"),
        (
            "assistant",
            "TABUNG BANTUAN ENCIK KAMAL: Encik Kamal bin Abdul Latif, a lorry driver from Taman Sri Muda, recently lost his leg due to diabetes. Sumbangan ke CIMB 7012 3345 8810 (Rosnah bt Ibrahim).",
        ),
    ],
    [
        (
            "system",
            "You are the hotline assistant of a Hong Kong elderly services NGO. Caller profile: CHOW Yuk Lan, 79, Flat 1506, Wo Lok House, Kwun Tong, lives alone, hypertension and mild hearing loss.",
        ),
        ("user", "Hello? My flat's water heater not working, can someone come?"),
        (
            "assistant",
            "Hello Mrs Chow, we will arrange a volunteer to visit you tomorrow morning. Please keep your phone nearby.",
        ),
    ],
    [
        ("user", "I think I got scammed on Carousell, what to do"),
        (
            "assistant",
            "Please call your bank immediately to block the card, then make a police report online or at a neighbourhood police centre.",
        ),
        (
            "user",
            "I gave the seller my card 4012 8845 7720 3362 exp 08/27 and CVV, and now got 3 transactions in USD",
        ),
        (
            "user",
            "my name is Shalini Rajan btw, the bank is asking for my NRIC S7716302F, is it safe to give over phone?",
        ),
        (
            "assistant",
            "Only give it if you called the bank's official number yourself. Do not share your NRIC or card details with anyone who calls you.",
        ),
    ],
    [
        ("user", "Can you translate this court notice into simple English for my father?"),
        (
            "user",
            "Notice of hearing: Originating Claim HC/OC 412/2024, Tan Keng Hwee (Claimant) v. Yeo Soo Lin (Defendant), re: unpaid loan of $145,000 secured on 27 Lorong Marzuki, Singapore 419058.",
        ),
        (
            "assistant",
            "It says there will be a court hearing in the case where Tan Keng Hwee is suing Yeo Soo Lin for a $145,000 loan that was not repaid; the loan was backed by the house at 27 Lorong Marzuki.",
        ),
    ],
]
