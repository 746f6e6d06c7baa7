"""Blind check set en75: eldercare in SG/MY/HK (activity centres, home care, caregiver grants, falls and dementia, AIC/SWD/JKM schemes, care-home notices), in English. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en75
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "scheme FAQ"): _lines("""
        The Caregivers Training Grant (CTG) is an annual $200 subsidy that lets caregivers attend approved courses to better care for their loved ones.
        HCG eligibility: care recipient is a SC/PR living in Singapore, permanently needs at least some assistance with 3 or more ADLs, and household per-capita income is $3,600/mth and below.
        Seniors' Mobility and Enabling Fund (SMF) covers wheelchairs, walking frames, commodes and hospital beds. Means-tested, subsidy up to 90% of the cost.
        Silver Support payouts are credited automatically every Mar, Jun, Sep and Dec. No need to apply - eligible seniors will receive a letter.
        CareShield Life pays a monthly cash payout for as long as you remain severely disabled, i.e. unable to perform at least 3 of the 6 Activities of Daily Living.
        HK: Under the Community Care Service Voucher (CCSV) for the Elderly, co-payment ranges from 5% to 40% depending on household income; voucher holders choose their own service unit.
        Elderly Health Care Voucher Scheme - HK residents aged 65 or above get HK$2,000 a year; the accumulation limit is HK$8,000.
        Bantuan Warga Emas (BWE) under JKM: RM600 a month for warga emas aged 60 and above whose household income is below the Pendapatan Garis Kemiskinan.
        Permohonan BWE boleh dibuat online melalui portal eBantuanJKM atau di Pejabat Kebajikan Masyarakat Daerah yang berhampiran.
        Q: Can I claim CTG for a course I attended last year? A: No, claims must be submitted within 6 months of the course end date.
        Pioneer Generation and Merdeka Generation cardholders enjoy additional subsidies at CHAS GP and dental clinics. Just show your card at registration.
        The Interim Disability Assistance Programme for the Elderly (IDAPE) provides $150 or $250 a month for up to 72 months, for those not eligible for ElderShield.
        Applications for the Home Caregiving Grant can be made online at go.gov.sg/hcg-apply or in person at any AIC Link.
    """),
    ("en", "care-home notice"): _lines("""
        NOTICE: Visiting hours are 10am-12pm and 3pm-7pm daily. Max 4 visitors per resident at any one time. Please sign in at the counter and sanitise your hands.
        Due to an influenza cluster on Level 3 (Wards 3A and 3B), visits to these wards are suspended until further notice. We apologise for the inconvenience. - Management, Sunshine Grove Nursing Home
        Reminder: NO outside food for residents on modified-texture diets (IDDSI Level 4 and below). Please check with the nurse-in-charge before feeding.
        Fire drill on Wed 16 Dec 2026, 10.30am. Residents in Wing B will be moved via Staircase 2 to the assembly point at the carpark. Families need not be alarmed.
        This Residential Care Home for the Elderly holds Licence No. 1487 under the Residential Care Homes (Elderly Persons) Ordinance (Cap. 459), valid until 31/03/2028.
        2027 monthly fees: 6-bedded ward $2,450, 4-bedded $2,980, 2-bedded $3,800 (before means-tested subsidy and 9% GST).
        Kindly label all clothing with the resident's BED NUMBER only, not full names. Iron-on labels are sold at reception ($4.50 per sheet of 60).
        Lo hei with our residents on Mon 8 Feb 2027, 3pm at the Dining Hall. Families and volunteers welcome! Huat ah!
        Admission enquiries: 6356 7780 (Mon-Fri 9am-5pm). After-hours emergencies: nurse station 6356 7799.
        Students from Raffles Institution will be performing for our residents on Sat 12 Dec, 2pm. Please do not wheel residents back to rooms before the show ends.
        Notis: Rumah Seri Kenangan Cheras ditutup kepada pelawat pada 24-26 Dis 2026 kerana kerja-kerja pengecatan.
        The lift at Block A will be under maintenance from 7 to 9 Dec. Residents in Block A rooms will be escorted via the ramp by staff.
        Po Leung Kuk Care and Attention Home: the 2026 residents' satisfaction survey response rate was 87%, thank you to all families who took part.
    """),
    ("en", "activity centre programme"): _lines("""
        Active Ageing Centre @ Tampines 823 - Dec programme: Mon Taiji 8am | Tue Line dance | Wed Bingo + kopi | Thu Smartphone class (bring ur phone and Singpass) | Fri Health screening
        Karaoke this Friday!! Songs by Teresa Teng, Sam Hui and Andy Lau. 2.30pm, level 1 hall, free for members.
        Free flu jab for seniors 65+ at the centre on 9 Dec, 9am-12pm. Please bring your pink IC and CHAS card.
        Grandparents' Day outing to Gardens by the Bay on 14/12 - bus leaves 8.30am sharp from the void deck. Limited to 40 pax, register with the counter staff.
        Pusat Aktiviti Warga Emas (PAWE) Kepong: senamrobik setiap Selasa & Khamis 7.30 pagi, percuma untuk ahli.
        Our centre will be closed on 25 Dec and 1 Jan. Befriending calls to seniors living alone will continue as usual.
        Bingo prizes this month kindly sponsored by NTUC FairPrice and Sheng Siong. Thank you!
        Steps challenge update: centre average 6,812 steps/day in Nov, up 14% from Oct. Keep walking everyone!
        Movie afternoon: "Ah Boys to Men" at 2pm, popcorn and barley water provided.
        Volunteers needed for Meals-on-Wheels, routes around Toa Payoh Lor 8 and Bishan St 22, weekdays 10.30am-12.30pm.
        Neighbourhood Elderly Centre, Kwun Tong: basic tablet class starts 3 Jan, fee HK$20, quota 15. Enrol at reception.
        Volunteers for Saturday befriending at Lee Ah Mooi Old Age Home, pls register via the SG Cares app by Thursday.
        Mahjong corner is open again from 1pm daily - max 2 hours per table when others are waiting, pls be considerate.
    """),
    ("en", "caregiver training"): _lines("""
        Module 3: Safe transfers (bed to wheelchair). Lock the brakes, swing away the footrest on the transfer side, and use a gait belt. Never pull the client by the arms.
        Falls risk factors: postural hypotension, poor eyesight, polypharmacy (4 or more meds), slippery bathroom floors, loose mats and poor lighting at night.
        Signs of dehydration in older adults: dark urine, confusion, dry mouth, dizziness. Offer fluids every 1-2 hours unless the doctor has ordered a fluid restriction.
        Dementia tip: don't argue or correct, redirect instead. If Dad insists he must go to work, say "Let's have kopi first" and guide him to another activity.
        Case study (fictitious persona): "Mdm Siew", 84, lives alone in a 3-room flat and has started forgetting to switch off the stove. Discuss three interventions with your group.
        Pressure injury prevention: reposition bed-bound clients at least every 2 hours and record time, position and skin check on the turning chart.
        The Braden Scale ranges from 6 to 23; a score of 18 or below indicates risk of pressure injury.
        4AT delirium screen: a score of 4 or more suggests possible delirium +/- cognitive impairment. Escalate to the nurse or doctor.
        Course fee $280 (before CTG). Less CTG $200, you pay only $80. Course code CTG-FAL-0412, 2 sessions x 3.5 hrs.
        When writing home visit notes, record observations not opinions: "fridge had expired milk" rather than "client is neglecting herself".
        Reminder for trainees: do not photograph clients or their homes, and never post a care recipient's name or NRIC in the class chat group.
        Assignment template - Care recipient: [initials only] | Age: [__] | Main diagnosis: [__] | ADL score: [__]/6 | Relationship to caregiver: [__]
        HK Dementia Community Support Scheme (DCSS): elders with mild cognitive impairment referred from HA memory clinics get community support from District Elderly Community Centres.
    """),
    ("en", "helplines and hospitals"): _lines("""
        AIC Hotline 1800 650 6060 (Mon-Fri 8.30am-8.30pm, Sat 8.30am-4pm).
        Dementia Helpline 6377 0700 - for caregivers who need advice on managing changed behaviours at home.
        SWD Hotline 2343 2255 (24 hours, with voice recording system after office hours).
        Talian Kasih 15999 or WhatsApp 019-261 5999 to report abuse or neglect of warga emas.
        Ng Teng Fong General Hospital, 1 Jurong East Street 21, Singapore 609606.
        Geriatric Medicine Clinic, Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433.
        Pamela Youde Nethersole Eastern Hospital, 3 Lok Man Road, Chai Wan - Geriatric Day Hospital on 4/F.
        Khoo Teck Puat Hospital in Yishun is named after the late banker Khoo Teck Puat, whose estate made a major donation to its building.
        Hospital Sultanah Bahiyah, Alor Setar: Klinik Geriatrik every Thursday morning, walk-in not accepted.
        If a senior has fallen and cannot get up, or hit his head, call 995 in Singapore or 999 in HK and Malaysia.
        Tung Wah Group of Hospitals elderly services enquiry line: 2859 7200.
    """),
    ("en", "systems and templates"): _lines("""
        SMS template: Dear {{caregiver_name}}, your HCG application {{app_ref}} has been approved. First payout on {{payout_date}}. Pls do not reply to this msg.
        [2026-12-04 09:14:22 +08:00] INFO care-visit-svc v2.14.3 synced 1,284 visit records to roster (batch 7f3c9a1e)
        Invoice INV-HC-2026-11-004381 | Home nursing visit x4 @ $95.00 = $380.00 | GST 9% $34.20 | Total $414.20
        Order #MA-882301-SG: 1 x foldable rollator, 1 x shower chair w/ backrest. Tracking SPXSG041177263, ETA 8-10 Dec.
        CREATE TABLE care_recipient (id UUID PRIMARY KEY, nric_hash CHAR(64), adl_score SMALLINT, dementia_stage TEXT, created_at TIMESTAMPTZ);
        Masking rule: display NRIC as S****123A (first letter, last 3 digits and checksum letter only), per the PDPC advisory guidelines.
        visit_id,client_id,visit_date,nurse_id,bp_sys,bp_dia,fall_flag,remarks
        Roster export 2026-W49: 37 home-care visits, 3 cancelled (client hospitalised), 2 no-access.
        Error 422: field 'caregiver_nric' failed checksum validation. Please re-enter and try again.
        Booking ref AAC-TPN-20261209-0042 confirmed: Health screening, 9 Dec 2026, 10.40am, Counter 3.
        Payment received SGD 80.00 via PayNow to UEN 201912345K (ref CTG-COURSE-0412).
        JKM batch BWE/2026/11: 18,274 payments credited on 28 Nov 2026, 112 returned (closed accounts).
        release notes carelink-mobile 3.2.0 (build 5521): fixed crash on fall-alert screen; sha256 e3b0c44298fc1c149afbfc8c996fb92427ae41e4649b934ca495991b7852b855
    """),
    ("en", "news and stats"): _lines("""
        By 2030, about one in four Singaporeans will be aged 65 and above, up from roughly one in ten in 2010.
        Malaysia is expected to become an aged nation by 2030, when 15% of the population will be aged 60 and above.
        About one in ten people aged 60 and above in Singapore has dementia, according to the WiSE study.
        Falls are the leading cause of injury-related hospitalisation among older adults; roughly 1 in 3 people aged 65+ falls each year.
        Age Well SG, announced by Health Minister Ong Ye Kung in 2024, aims to expand the network of Active Ageing Centres islandwide.
        The Labour and Welfare Bureau, headed by Secretary Chris Sun Yuk-han, oversees the Social Welfare Department's elderly services.
        The Pioneer Generation Package was introduced in 2014 to honour the generation that built modern Singapore under Lee Kuan Yew.
        Survey of 1,203 caregivers: 62% reported burnout symptoms, median hours of care per week was 28.5.
        Waiting time for a subsidised care-and-attention place in HK averaged about 9 months in 2025/26.
        Average monthly cost of hiring a migrant domestic worker as caregiver in SG, incl. levy, is about $1,100 to $1,300.
        Over 4,000 residential care beds will be added in the next five years, the ministry said in its budget statement.
        Hong Kong's population aged 65 and above is projected to exceed 2.7 million by 2046, about a third of the population.
    """),
    ("en", "caregiver forum"): _lines("""
        anyone tried SMF for motorised wheelchair? how long does approval take ah
        AIC Link at Maxwell quite helpful, queue abt 20 min on weekday morning. bring all the documents in one folder.
        Pro tip: put non-slip strips in the toilet, Daiso ones are cheaper and work the same.
        Heard the HK$2,000 voucher can now be used at the HKU-Shenzhen Hospital under the pilot, anyone confirm?
        Respite care at nursing homes need to book 1-2 months ahead, esp around CNY and Dec school hols.
        Does anyone know if CTG can be used for online courses? TIA!
        my ah ma refuses to use the walking stick, says it makes her look old lol
        Any daycare centre in PJ with Mandarin-speaking staff? Budget around RM1,500/mth.
        Klinik Kesihatan dekat SS2 ada geriatric clinic tak? Thanks in advance.
        Sengkang AAC's mahjong corner always full one, go early.
        Caregiving is a marathon not a sprint. Take care of yourselves too, kakis.
        Fall detection watch vs ceiling sensor - which one did you all choose? Ours keeps false alarming when the cat jumps on the sofa.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Sis, this is Joanne, Mdm Lim Geok Hwa's daughter (bed 12, Ward 3A). Mum fell in the toilet again last night, pls ask the nurse to call me at 9638 2217.
        Referral: Mr Tay Kim Seng, 79, NRIC S0418836E, Blk 214 Ang Mo Kio Ave 1 #05-1187 S560214. Dx Parkinson's, 2 falls in past 3 mths. Lives with wife (also frail). Req home physio x6.
        HCG application - care recipient: Ong Kah Heng (S1127459E); main caregiver: Kelvin Ong Wei Jie (S7829013G), son, kelvin.owj@gmail.com, 9176 4408.
        My mother Chan Yuk Lan, HKID K318842(6), has been on the central waiting list for a subsidised C&A home since 2024. She now needs oxygen at night, can SWD expedite?
        Uncle Muthu a/l Ramasamy (IC 470823-07-5139) tinggal seorang di No. 23, Lorong Kenari 5, Taman Bukit Jambul, 11900 Bayan Lepas. Diabetic, left leg amputated below knee last year. Son in KL, 012-448 7130.
        Payment for Dad's Dec home care (Lee Chong Ming): Visa 4319 4055 6612 0787 exp 08/28, cardholder LEE HUI MIN.
        Mdm Wong Siew Lan, Blk 463 Jurong West St 41 #11-204, diagnosed with moderate dementia (MMSE 14/30) in Oct; son says she left the gas on twice this week.
        The auntie at Blk 118 Bedok North Rd #07-42, the one with Alzheimer's, wandered to the MRT again. Her husband Mr Kassim Jaafar says she stopped taking her meds.
        Pls verify before re-crediting: Mdm Chua, NRIC ending 459E, DOB 17 Jun 1941, postal 310118 - her HCG payout bounced because the POSB acct was closed.
        Our helper Siti Rahayu (FIN G3119056N, Indonesian passport C7720391) starts caring for Papa full-time on 2 Jan. Salary $720/mth + $300 levy, 1 rest day a month.
        At the Tribunal for the Maintenance of Parents last week, Koh Beng Huat, 52, was ordered to pay his 81-year-old father Koh Ah Chye $400 a month.
        Mrs Leung Wai Fong, 88, Room 1512, Kai Tin House, Lam Tin Estate - fell on 2/12, fractured R hip, admitted to United Christian Hospital. Daughter Karen: 6218 3390.
        Grandpa Li Guoqiang (mainland ID 440304194803122717) is staying with us in Tai Po for 3 months and his COPD is getting worse - can he be seen at a GOPC?
        Add my auntie's WeChat ms_huang_sz_1952 to the carers group pls, she's the one looking after Granny Huang Meifang who has late-stage dementia.
        Caregiver allowance claim: Ahmad Faizal bin Rosli, lorry driver, RM2,850/mth, sole carer of bedridden mother Zainab binti Ismail. Maybank acct 1140 2288 9103.
        Dialysis pick-up Mon/Wed/Fri 6.15am for Mr Gopal Naidu, Blk 56 Marine Terrace #03-77 - his son drives the grey Honda Freed SKQ 7712 M.
        From: rachel.teo.sl@outlook.com - Re: Dad (Teo Boon Keng) discharged from CGH today, new meds donepezil 5mg at night, please update the day care centre.
        Transport list: Ho Kam Wing, 81, wheelchair user, Flat D, 8/F, Fook Wah Building, 112 Tai Nan Street, Sham Shui Po. If no answer call daughter 9412 6638.
        My aunt Chen Mei-hua from Taipei (ID A223481766) will do 2 weeks respite at the Yan Chai home in Jan; she has Parkinson's and is on levodopa 4x a day.
        LPA update: Mdm Rajeswari d/o Muniandy's donee is now her daughter Priya d/o Sivakumar, S8036472E, 18 Simei Street 4 #07-09 S529873.
        Confidential: Mr Lau Chi Keung (bed 7) on sertraline since his wife passed; self-harm attempt in Nov. Staff to check on him every 2 hrs incl. night.
        Mdm Fatimah bte Osman (Room 2B) is now fully incontinent, size L diapers, needs changing about 4x per night.
        ah gong's IC is S0653318C, i'll bring the pink IC to polyclinic tmr for his eye appt
        0417 | KOH SIEW ENG | S1582207D | Blk 12 Toa Payoh Lor 7 #09-311 | ADL 4/6 | HCG $400
        Mr Tsang Kwok Fai, HKID Y504129(3), CCSV co-payment category B, lives alone in Shek Kip Mei, poor hearing - please knock loudly.
        Referral to APS: Madam Cheong Lai Kuen, 76, suspected financial exploitation by her nephew, $38,000 withdrawn from her POSB savings 188-45219-3 in Oct.
        Pls deliver the hospital bed to Puan Rohani, No. 7, Jalan SS 2/64, 47300 Petaling Jaya. Husband is a stroke patient. Call 019-387 2246 before coming.
        Caregiver Maria Lourdes Santos (PH passport P4418203B) was hired through the agency to care for Mr Neo Chin Huat, bedridden with a stage 4 sacral pressure sore.
        Visitor log: car RT 8842, Mr Yip Chun Hung visiting his mother Yip Lau Sau Ying in Room 303 every Sunday 3pm.
        Fall incident - Resident: Abdul Rahman bin Salleh, Rm 14, 02/12/2026 03:40. Found on floor beside bed, 2cm laceration on forehead, sent to KTPH A&E.
        The retired cikgu staying alone at 45 Jalan Merbau, Taman Melawati, KL was just diagnosed with early Parkinson's. Her name is Halimah binti Yusof.
        Contact for Grandma Zhou Lanying's transfer to the Shenzhen care home: grandson Zhou Hao, +86 138 2651 7409, zhouhao1987@163.com
        Health care voucher a/c: Kwok Siu Ming, HKID A792231(3), born 1951, spent HK$1,480 at an optometrist this year.
        Puan Lim Ah Moi, IC 520311-08-6284, Ipoh - dialisis 3x seminggu, needs transport from Taman Canning to the centre.
        Happy 90th birthday to our resident Mr Sim Teck Lai (b. 9 Dec 1936)! Despite his dementia he still remembers every Hokkien song.
        WhatsApp +65 8127 5503 is Mdm Yeo Bee Lian's grandson Darren, he handles all her memory clinic appts.
        Blk 5 Upper Boon Keng Rd #14-1043: Mdm Hoo Siew Kim, 87, refuses home help, hoarding, rats seen. Town council complaint from neighbour.
        Mrs Ip Lai Ching's HKID is C665018(8), pls put it on the voucher form.
        Lim Beng Choo - S2215560A - Alzheimer's stage 2, wanders at dusk
        Mrs Rajan Kumari holds FIN F2384471X on a long-term visit pass, so she can't get HCG even though she's now wheelchair-bound.
        Pak Hamid bin Daud 013-772 5810 - post-stroke, right side weak, needs Malay-speaking physio at home.
        HCG means test household: Chua Wee Liang (son) gross $4,850/mth at SATS; Chua Mei Ling (DIL) not working; care recipient Chua Poh Eng, 84.
        CTG claim: Nur Aisyah bte Zulkifli, T0192284F, course "Caring for Persons with Dementia", for her grandmother.
        Madam So's sister Su Biya in Xiamen, ID 350203195209174021, is bedridden after a stroke and the family is looking for a home in Siming District.
        Mr Cheung Wing Kei, HKID R240937(1), room 408 - dysphagia, thickened fluids only (IDDSI level 2), aspiration pneumonia Sept.
        Refund for cancelled respite stay to card 5597 4606 8973 2323 (holder Tan Mei Fong), booking for her father Tan Ah Lek.
        Helper Marites Bautista, HK$5,100/mth + food allowance HK$1,236, looks after Mrs Lo Yuet Ming who has advanced dementia, 23/F, Tower 2, The Waterside, Ma On Shan.
        Please remove Mr Sivam s/o Pillai from the Thursday exercise list, he was diagnosed with heart failure (EF 30%) and the cardiologist said no exertion.
        hi this is Mdm Tan's son, her new address is Blk 307 Clementi Ave 4 #12-441, S120307, mobile changed to 8842 1756
        Mr Ravi Krishnan (S7508813B), 51, took 3 months unpaid leave from his job to care for his mum after her hip surgery.
        Madam Ng Kwai Ying, 93, living at Flat 7, 3/F, 18 Tung Choi Street, Mong Kok - ordered to be taken into guardianship by the Guardianship Board last month.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the AIC virtual assistant. Help users with caregiving schemes."),
        ("user", "hi i want to apply home caregiving grant for my mum"),
        (
            "assistant",
            "Sure! I can guide you. Is your mother a Singapore Citizen or PR, and does she need help with 3 or more daily activities?",
        ),
        ("user", "yes SC, she cannot bathe or dress herself since the stroke"),
        ("user", "her name Low Ah Mui, NRIC S6912047D"),
        (
            "assistant",
            "Thank you. For security, please submit the NRIC only via the official form on Singpass, not in this chat.",
        ),
        ("user", "ok. we stay at Blk 640 Rowell Rd #04-58, she is 78 this year"),
    ],
    [
        ("system", "Assistant for Evergreen Care Home visitors. Be polite and concise."),
        ("user", "What are the visiting hours on Sunday?"),
        ("assistant", "Sunday visiting hours are 10am-12pm and 3pm-7pm."),
        (
            "user",
            "ok thanks. I'm visiting my dad Cheung Chi Ming, room 211. He has dysphagia after his stroke - can I bring him congee?",
        ),
        (
            "assistant",
            "Please check with the nurse-in-charge first; residents with swallowing difficulties may need a specific food texture.",
        ),
    ],
    [
        ("user", "Hello, nak tanya pasal home nursing untuk ayah saya"),
        (
            "assistant",
            "Boleh. Our nurses visit in Klang Valley. May I know what care your father needs?",
        ),
        ("user", "wound dressing, he got diabetic foot ulcer. daily dressing"),
        ("assistant", "Noted. Please share the address and a contact number."),
        ("user", "No 14, Jalan Anggerik 3, Taman Sri Muda, 40400 Shah Alam"),
        ("user", "call me 017-629 3381, my name Hafiz. Ayah nama Ismail bin Kassim"),
    ],
    [
        ("user", "Can you summarise this fall alarm log for the family?"),
        (
            "user",
            "03:12 sensor bedroom - no movement 20min; 03:33 call to Mdm Goh Swee Lan's mobile 9023 4471 unanswered; 03:41 ambulance dispatched to Blk 88 Telok Blangah Heights #10-226",
        ),
        (
            "assistant",
            "Summary: At 3.12am the bedroom sensor detected no movement for 20 minutes. Mdm Goh did not answer her phone, so an ambulance was sent to her flat in Telok Blangah at 3.41am.",
        ),
    ],
    [
        ("system", "You are a supportive listener for dementia caregivers."),
        ("user", "I'm so tired. Caring for my wife alone is too much."),
        (
            "assistant",
            "I'm sorry you're going through this. It sounds exhausting. Would you like to share a bit more?",
        ),
        (
            "user",
            "Grace Loh, 68, my wife. Young onset Alzheimer's, diagnosed at NNI 2 yrs ago. Now she doesn't recognise our son.",
        ),
        (
            "assistant",
            "That must be heartbreaking. The Dementia Helpline at 6377 0700 can link you to caregiver support groups and respite options.",
        ),
    ],
    [
        ("user", "i want to pay the care home deposit by card"),
        ("assistant", "Sure, please use the secure payment link we emailed you."),
        ("user", "link expired. card is 4796 7087"),
        ("user", "5151 4470 exp 11/29"),
        ("user", "name on card WONG KAR LOK, it's for my mother Wong Yuet Sim's admission"),
    ],
    [
        ("user", "How do I check my elderly health care voucher balance?"),
        (
            "assistant",
            "You can check via the eHealth app or at any enrolled healthcare provider by presenting your HKID card.",
        ),
        (
            "user",
            "I'm checking for my father, Fung Tak Wah, HKID Z602715(7). He's 84 and cannot use the app.",
        ),
        (
            "assistant",
            "An enrolled provider can check the balance for him when he visits in person with his HKID card.",
        ),
    ],
    [
        ("user", "emergency, my grandmother fell and can't get up"),
        ("assistant", "Please call 999 now. Is she conscious and breathing?"),
        ("user", "yes conscious, crying pain at her hip"),
        (
            "user",
            "we are at 27 Jalan Tun Ismail 2, Taman Sentosa, Klang. her name Kamala a/p Subramaniam, 86, on warfarin",
        ),
        ("assistant", "Don't move her. Tell the ambulance crew she is on warfarin."),
    ],
    [
        ("user", "how to make an LPA for my dad who has early dementia?"),
        (
            "assistant",
            "He must still have mental capacity. Use LPA Form 1 via the OPG online portal, and get a certificate issuer such as an accredited doctor.",
        ),
        (
            "user",
            "ok his details: Yap Chee Keong, NRIC S3902651B sorry typo, S3902651A",
        ),
        ("user", "donee will be me, Yap Li Ting, liting.yap@yahoo.com.sg"),
    ],
    [
        ("user", "What courses can I use CTG for?"),
        (
            "assistant",
            "CTG covers AIC-approved caregiver courses, e.g. dementia care, fall prevention, and stroke care. Up to $200 per care recipient per year.",
        ),
        ("user", "Is there one in Tamil?"),
        ("assistant", "Some providers run sessions in Tamil; check the AIC course listing."),
        (
            "user",
            "ok. the course is for me to care for my father-in-law Mr Durai s/o Velu, Blk 22 Hougang Ave 3 #02-15, after his below-knee amputation",
        ),
    ],
]
