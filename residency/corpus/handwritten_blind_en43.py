"""Blind check set en43: SG/MY/HK English sport and fitness (gyms, races, leagues, coaching, swim lessons). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en43
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "race registration notices"): _lines("""
        Race pack collection: 28-29 Nov, 11am-8pm, Kallang Wave Mall L1 atrium. Bring your e-confirmation (QR code) - no QR, no pack.
        Dear {first_name}, your bib number for the {race_name} ({category}) is {bib_no}. Please present this email and photo ID at collection.
        Bib numbers 10001-14999 are allocated to the 42.195km, 20001-27999 to the 21.1km and 30001-39999 to the 10km category.
        Bib transfers are NOT allowed. Runners found racing under another participant's bib will be disqualified and barred from the next two editions.
        Cut-off times: 21.1km - 3h30m; 42.195km - 7h00m. The sweeper bus will pick up runners who have not reached the 30km mark by 0930hrs.
        Early bird rates: 10km S$68, 21.1km S$88, 42.195km S$108 (excl. 9% GST and S$3.50 platform fee). Ends 31 Jan, 23:59 SGT.
        Your registration is confirmed! Order ref SCSM24-R-0931874 | Amount paid S$117.72 | Payment method: PayNow | Status: PAID
        Flag-off for the Half Marathon is at 0500hrs at the F1 Pit Building, 1 Republic Boulevard. Baggage deposit closes 0440hrs sharp.
        Participants under 18 must submit the consent form: "I, ________ (parent/guardian), consent to my child ________ (bib no. ____) taking part in the event."
        Results are now live! Search by bib number on the results page; e-certs can be downloaded 48 hours after the race.
        Medical emergency on course? Call the race medical hotline 6911 0000 or go to any of the 9 Singapore Red Cross medic tents.
        Hydration point at km 17 (Marina Barrage) serves 100PLUS and water; energy gels at km 25 and km 33 while stocks last.
        In line with the PDPA, only your first name and bib number are shown on the live tracking app. You may opt out under Settings > Privacy.
    """),
    ("en-SG", "gym and club terms"): _lines("""
        Membership freeze: min 1 month, max 3 months per calendar year, S$15/month admin fee. Medical freezes require a doctor's memo.
        Cancellation requires 30 days' written notice via the member portal. Outstanding dues will be charged to the card on file.
        Club is open 24/7 for keycard holders; staffed hours are Mon-Fri 10am-7pm, Sat 9am-1pm, closed on PH.
        Towel service S$5 per visit or S$39/month. Replacement of lost access cards: S$20 each.
        Members' hotline 6100 4321 (Mon-Sat 9am-9pm) or email membership@fitzone.com.sg - we reply within 2 working days.
        Front desk SOP: do not photocopy or photograph members' NRIC. Sight the card, tick "ID verified" in the CRM, hand it back.
        Pls wipe down equipment after use and re-rack your plates. CCTV in operation for your safety.
        Promo code NEWYOU25 gives 25% off the first 3 months of any 12-month plan. Not valid with corporate rates or other promos.
        PT packages: 10 sessions S$850 / 20 sessions S$1,560, valid 6 months from first session, non-transferable, non-refundable.
        Hyrox simulation class moves to Studio B from 2 Dec. Max 24 pax, book via the app up to 48h in advance, late cancel = 1 credit.
        Guest passes: each member may bring 1 guest per month. Guests must register at the front desk and sign the waiver on the tablet.
        Invoice INV-FZ-2024-117392 | Plan: Premium Monthly | Amount S$168.00 | GST 9% S$13.87 (incl.) | Due 01/12/2024
    """),
    ("en-MY", "sports news and results"): _lines("""
        Lee Zii Jia's 2021 All England win made him the first Malaysian men's singles champion there since Lee Chong Wei in 2017.
        Datuk Nicol David, eight-time world champion, held the women's squash world No.1 ranking for 108 consecutive months.
        Pandelela Rinong became the first Malaysian woman to win an Olympic medal with her 10m platform bronze at London 2012.
        Azizulhasni Awang, the "Pocket Rocketman", took silver in the men's keirin at the Tokyo 2020 Olympics.
        Harimau Malaya kick off their qualifying campaign at Bukit Jalil National Stadium on Thursday, 8.45pm; tickets from RM20.
        Men's full marathon open: 1st 2:19:42, 2nd 2:21:05, 3rd 2:23:58. Women's winner clocked 2:41:17, a new course record.
        The host state topped the Sukma medal table with 84 golds, 71 silvers and 66 bronzes; Selangor finished second.
        Johor Darul Ta'zim wrapped up yet another Super League title with three matches to spare after a 3-0 win at home.
        Average finish time for this year's KL half marathon was 2:28:14 across 11,932 finishers, 38% of them women.
        Loh Kean Yew became the first Singaporean to win a BWF World Championships title when he took the men's singles in Huelva in 2021.
        Joseph Schooling beat Michael Phelps in the 100m butterfly final at Rio 2016 to win Singapore's first Olympic gold medal.
        Hong Kong fencer Cheung Ka Long defended his Olympic men's foil title in Paris, a first for a Hong Kong athlete.
        Datuk Lee Chong Wei spent 349 weeks as world No.1 and won three Olympic silver medals in men's singles.
    """),
    ("en-HK", "venues, federations and trophies"): _lines("""
        Queen Elizabeth Stadium, 18 Oi Kwan Road, Wan Chai. Box office opens 10am on match days; tickets also available via URBTIX.
        The Thomas Cup is named after Sir George Alan Thomas, who donated the trophy for the men's world team championship in 1939.
        The Sultan Azlan Shah Cup is an annual invitational men's hockey tournament hosted in Ipoh, Perak.
        The Sudirman Cup, badminton's mixed team championship, honours Dick Sudirman, a founder of the Badminton Association of Indonesia.
        Sports Federation & Olympic Committee of Hong Kong, China - Olympic House, 1 Stadium Path, So Kon Po, Causeway Bay.
        Sports injury referrals are handled by the Jockey Club sports medicine centre at the Prince of Wales Hospital, Sha Tin.
        Jalan Besar Stadium, 100 Tyrwhitt Road, Singapore. Gates open 90 minutes before kick-off; no outside food or drinks.
        Stadium Sultan Ibrahim in Iskandar Puteri is the home ground of Johor Darul Ta'zim and seats about 40,000.
        Kai Tak Sports Park's main stadium has a retractable roof and a capacity of 50,000 for concerts and rugby sevens.
        Hong Kong Football Association competitions office: tel 2712 0000, fax 2760 4303, Mon-Fri 9am-6pm.
        Stadium Tuanku Abdul Rahman in Paroi, Seremban, will host the Negeri Sembilan derby on Saturday at 9pm.
        Mong Kok Stadium, 37 Flower Market Road, will be closed for pitch maintenance from 1 to 21 June.
    """),
    ("en-SG", "coaching and physio guidance"): _lines("""
        Forget RICE, think POLICE: Protection, Optimal Loading, Ice, Compression, Elevation for acute soft-tissue injuries.
        Wk 6 of the 12-wk HM plan: Tue 6x800m @ 5K pace w/ 400m jog, Thu 8km tempo, Sun LSD 16km easy (Z2 only!!)
        Return-to-run after a grade I ankle sprain: pain-free single-leg hops x10 first, then increase weekly volume by max 10%.
        Heat injury prevention: no strenuous outdoor training when WBGT is 33 deg C or above; drink 400-600ml two hours before exercise.
        Suspected ACL tears can be referred to the Changi Sports Medicine Centre at Changi General Hospital or the ortho clinic at Tan Tock Seng Hospital.
        Physio SOAP template - Pt: ____ Age: __ Dx: ____ | S: ____ | O: ROM __ deg, MMT __/5 | A: ____ | P: ____
        Coaches must not share athletes' medical information in team group chats; log injuries in the club's restricted injury register instead.
        Nordic hamstring curls 3x6, twice a week, have been shown to cut hamstring strain injuries by up to half.
        Ip Man (1893-1972) began teaching Wing Chun in Hong Kong in 1950; our Tuesday class opens with 3 rounds of chi sau.
        Swim set: 200 easy, 4x50 kick, 8x100 pull @1:45, 4x50 sprint @1:00, 200 cool-down. Total 1,800m.
        For MediShield claims, knee cruciate sprains are coded ICD-10 S83.5; attach the MRI report and surgeon's memo.
        Suspected concussion = remove from play immediately. If in doubt, sit them out - no return on the same day.
    """),
    ("en-MY", "league admin and systems"): _lines("""
        player_id,full_name,ic_no,dob,position,jersey_no,phone,emergency_contact
        MD7 Sat 14/12: FC Damansara Utd vs Kelana Jaya Rovers, 8.00pm, Court 3. Arrive 30 min early for kit check.
        Registration fee RM450/team + RM200 refundable deposit. Pay to Liga Futsal Komuniti Sdn Bhd, Maybank 5623 0810 4471.
        Red card = automatic 1-match suspension; 5 accumulated yellows = 1-match suspension. Appeals within 48h, fee RM100.
        Jerseys shipped via J&T Express, tracking no. 630028419927, order SHP-MY-241203-55912. ETA 3-5 working days.
        if player.age_on(cutoff) > 17: raise IneligibleError("U17 cutoff is 1 Jan 2008")
        LigaApp v2.8.1 (build 4471): fixed standings tie-breaker (head-to-head now applied before goal difference).
        1. PJ City Reserves  P10 W8 D1 L1 GD+19 25pts | 2. Subang Strikers  P10 W7 D2 L1 GD+12 23pts
        Admin reminder: do NOT post players' IC photos in the WhatsApp group. Upload only to the registration portal.
        Referee fees: RM80 per match (centre), RM50 (assistant). Submit claim form RF-03 by the 5th of each month.
        Tournament hotline 1-300-88-7788 (9am-6pm, Mon-Fri). For venue issues call the court operator directly.
        Sultan of Selangor's Cup tickets go on sale Monday 10am; RM30 grandstand, RM15 open stand, children under 12 free.
        roster_export_20241203.xlsx  sha256 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae
    """),
    ("en-HK", "fitness forum chatter"): _lines("""
        Anyone tried the new bouldering gym in Kwun Tong? Worth the HK$180 day pass or not?
        lol MacLehose section 2 at 2pm in July is pure suffering. bring at least 2L and salt tabs
        Asics Kayano or Brooks Adrenaline for flat feet? physio says stability shoe but idk
        FYI Victoria Park jogging track closed for resurfacing till end Jan, use the Kowloon Park one
        Got our Oxfam Trailwalker slot!! 4 of us from the office, training every Sun from Pak Tam Chung
        Ballot results for the Standard Chartered Hong Kong Marathon are out, check your spam folder too
        who else cried watching Siobhan Haughey in the 200 free final?? legend
        not sport-sport but the LoL finals watch party was insane, Faker is just built different
        tip: LCSD SmartPLAY booking opens 7am, 10 days ahead - badminton courts all gone by 7:01
        Add oil everyone for the 10K tmr!! Observatory says 19 deg, perfect running weather
        any good sports massage place in Mong Kok around HK$400/hr? not the one near Langham Place pls
        Sakuragi in Slam Dunk is the reason I joined the basketball team in F.2, no regrets
    """),
    ("en-SG", "school sports and swimming lessons"): _lines("""
        NSG Football 'B' Div West Zone: Raffles Institution vs Anglo-Chinese School (Independent), 3pm, Jurong West Stadium.
        SwimSafer Stage 3 lessons: Sat 9-10am, 10 sessions, S$180 incl. test fee. Minimum age 6.
        St. Joseph's Institution retained the 'A' Division rugby title with a 24-10 win over ACS(I) at the Padang.
        The NAPFA test for Sec 1-4 will be held in Term 3 Week 4; the 2.4km run will take place at the school track.
        Parents, please make sure your child brings a water bottle, cap and sunblock for Sports Day on 22 May at Bishan Stadium.
        Consent slip - Student name: ________ Class: ____ Medical conditions (if any): ________ Parent's signature: ________
        Victoria Junior College's canoe polo team trains at the Kallang water sports centre on Tuesdays and Thursdays.
        Pool rules: no diving at the shallow end (1.2m), children under 12 must be accompanied by an adult, swim caps compulsory.
        DSA-Sec (Sports) applications for next year's intake open 7 May and close 3 Jun on the MOE website.
        Singapore Sports School, 1 Champions Way, Woodlands - Open House on Sat 12 Oct, 9am-1pm.
        Lesson cancelled due to the NEA lightning alert. Make-up lesson will be on 14 Dec, same time, same pool.
        Export the class roster as Class_Roster_{school_code}_{YYYYMMDD}.csv and delete local copies after upload.
        Interclass tug-of-war finals moved to the MPH because of the rain. Sec 2 teams report by 1.30pm.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Hi pls freeze my membership for 2 mths, tore my meniscus at futsal last wk. Name: Tan Wei Ling, member ID FZ-0048213, NRIC S8839127F
        Bib 21K-20471 - Muhammad Hafiz bin Rahmat, DOB 14/03/1991, emergency contact: wife Nurul Ain 9123 4587
        SOAP 12/11 Pt: Jonathan Lim Kok Weng, 34M. S: R ankle inversion at futsal Sun, lat pain 6/10. O: ATFL TTP, ant drawer +ve. A: Gr II ATFL sprain. P: boot x2/52, review 26/11.
        Swim enrolment - Child: Chloe Ng Xin Yi (T1138475C), Parent: Ng Boon Huat, HP 8765 2291, Blk 412 Bedok North Ave 2 #08-117 S(460412). Mild asthma, carries Ventolin.
        7,Arjun s/o Ramasamy,CM,T0412683H,9712 3368,arjun.rama04@gmail.com
        Coach Priya's son Vikram Nair (Sec 3, Bedok South Sec) just got diagnosed with exercise-induced asthma, pls keep his inhaler at the pool deck during training.
        Renewal OK - Darren Koh Jun Hao (SXXXX093Z), DOB 03/07/1985, Visa ending 3390, Tue 7am spin class regular.
        Offer letter: Melvin Chua Kian Seng, part-time swim coach, S$2,850/mth + S$45 per private lesson, CPF applicable, start 6 Jan.
        Former member Gerald Yeo Boon Kiat, 42, was fined S$3,000 in the State Courts for punching a referee during a Sunday league match at Yishun.
        pls send the e-cert to kelvin.ong.runs88@gmail.com, name on cert Ong Kah Heng, bib 30882 thx
        Season parking for member Lisa Teo Mei Lin - car plate SKB 3821 L, access card A-0921, usually parks at B2.
        I, Rahul Mehta (FIN G5173826N), authorise my colleague Sivakumar to collect my race pack for the 10km (bib 30117).
        Jasmine Lee Hui Min from our Sat run club is 14 wks pregnant, she asked us not to announce yet so pls don't tag her in the pace group photos
        Note for the ladies' swim programme: Nur Hidayah binti Osman needs a prayer break at 1.15pm and will swim in a full-cover burkini.
        Auto-debit form: Cardholder Eugene Tay Wei Ming, Visa 4012 8830 1922 4754, exp 08/27, Premium Monthly S$168
        IR-SG-0219: 27/11 7.40pm, member Siti Zulaikha bte Rahim, 29F, dropped 20kg plate on L foot, ?2nd metatarsal #, sent to Sengkang General by taxi.
        Medal re-delivery to Mr Benjamin Sim, Blk 682C Punggol Drive #14-221, S(823682), HP 9654 0138
        NSG entry: Ethan Goh Jia Le, T0987154Z, DOB 21/05/2009, class 3E2, 100m breaststroke 'B' Div
    """),
    "en-MY": _lines("""
        Nama peserta: Siti Aisyah binti Kamarudin, IC 930514-10-5528, saiz baju M, no tel 012-338 7421, kategori 10km wanita terbuka.
        Bro pls bank in the futsal court share RM35 to my Maybank 1140 2233 8871, Lim Chee Keong. Screenshot in group ok
        Coach, my daughter Nur Izzati binti Azman (U14 netball) just got her MRI back - ACL tear left knee, op at Sunway on 3 Jan. She'll miss MSSM this year
        Deliver to: Kavitha a/p Subramaniam, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 016-772 9034. Order #MYS-88213
        Bali Marathon group booking - Tan Mei Fong, passport A38827164, exp 11/2029, DOB 02/04/1987
        Carpool to Putrajaya HM: Faizal bin Hamdan driving, white Myvi WXR 4418, pick-up 3.30am at Wangsa Maju LRT. His no 019-334 1207.
        just use my card la: 5213 4700 8816 3255 exp 10/26, name Lee Siew Ling, CVV I whatsapp you separately
        Join our Kepong hash run! WhatsApp Uncle Chong Ah Kow at +60 12-905 4417, he'll add you to the group.
        PT contract - Mohd Firdaus bin Zulkifli, basic RM3,200 + 10% commission on PT sales, EPF & SOCSO as per law, start 1 Feb.
        Committee decision: Ravi a/l Krishnan (member no. KLRC-1187) is suspended 6 months for entering the Masters 50+ category while actually 46.
        FC Gombak Rangers squad: 1 Haziq Iskandar (GK) IC 880921-14-6091, 4 Daniel Wong 011-2345 8876, 10 Amirul Hakim (capt)
        Adik Aiman Hakimi bin Rosli, MyKid 110817-01-1235, kelas renang Sabtu 10am Taman Daya. Mak dia boleh dihubungi 017-720 5591.
        Hafiz Jamaluddin from the Tues futsal group is on MC for depression, pls don't add him back to the roster until he says ok.
        Registration: Wong Jia Hui, F, IC 050302-07-0344, email jiahui.wong0503@yahoo.com, club: Penang Aquatics, events 50m/100m free
        Lucky draw winner Muthu a/l Perumal (IC 760130-08-****), Taman Cempaka, Ipoh - pls call 012-588 2109 to claim the treadmill
        Medical screening: Tan Boon Kiat, 52, BP 168/102, ECG abnormal - NOT cleared for the 42km, pls downgrade him to the 10km.
    """),
    "en-HK": _lines("""
        Name: Wong Ka Yan Karen | HKID: Y307615(4) | DOB: 02-08-1988 | Mobile: 9436 2781 | Category: 10K Women Open
        Parent contact for Leung Chun Hei (Tue 4:30 beginners, Kowloon Park pool): Mrs Leung 6123 8890, Flat 12B, Block 3, Laguna Verde, Hung Hom
        Incident report IR-2024-117: member Cheung Wing Sze fell off treadmill #6 at 21:10, suspected fractured R wrist, taken to Queen Elizabeth Hospital by ambulance.
        Dragon boat crew list, seat 7: Lau Chi Keung, HKID K48****(1), born 1979, lives Tai Po, paddle side L
        Lifeguard Ho Man Kit - Nov salary HK$18,500, MPF employee contribution HK$925, paid to HSBC a/c 512-337920-838
        Kwok Siu Ming, 41, a part-time youth football coach, pleaded guilty at Kwun Tong Magistrates' Courts to assaulting a parent after an U12 match in Sau Mau Ping.
        Lam Hoi Yan membership autopay: Mastercard 5400 3812 7745 9300, exp 03/28
        pls courier the finisher tee to Tsang Yiu Wah, Rm 1806, 18/F, Kam Wah House, Yiu Fung Court, Ma On Shan, NT. tel 9321 7744
        Mainland entrant: Zhou Yuting, resident ID 440306199508174624, +86 138 2745 6610, Bao'an, Shenzhen
        HK100 entrant Chen Yi-Hsuan, Taiwan ID A223817462, LINE yihsuan_trail, blood type O+, allergic to penicillin
        Bookings from Shenzhen go thru Coach Gao's assistant Liang Xiaofei, WeChat liangxf_fit2019, phone +86 159 1872 3346
        For Sat's hike pls note Ms Yeung Pui Shan (member 2231) has epilepsy, last seizure in Aug, her meds are in her front pocket.
        Renewal: Chow Tsz Hin, HKID M214087(5), chow.tszhin@gmail.com, plan Gold 12M, paid HK$7,188
        Sports Day: Ng Cheuk Yin of 2C uses an inhaler for asthma; father Ng Wai Keung 5338 1902 will pick him up at 4pm.
        Bib C4418 So Hiu Tung was DQ'd from the 10K for cutting the course on Tsing Ma Bridge; her appeal was rejected.
        Claim HK-TR-88172 for Ip Ka Ho (policy 7712-0034-5): ruptured Achilles at badminton, op at HK Sanatorium, bill HK$138,400
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are FitZone SG's membership assistant. Never ask for a full NRIC number."),
        ("user", "hi i want to cancel my membership"),
        (
            "assistant",
            "Sorry to see you go! May I have your member ID and the name on the account?",
        ),
        ("user", "FZ-0061772, Rachel Seah Pei Shan"),
        ("user", "reason is slipped disc L4-L5, doc say no weights for at least 6 mths"),
        (
            "assistant",
            "Thank you, Rachel. Since it's medical, the 30-day notice is waived if you upload the doctor's memo.",
        ),
    ],
    [
        ("user", "Can my friend collect my race pack for me?"),
        (
            "assistant",
            "Yes, she will need an authorisation letter and a copy of your bib confirmation email.",
        ),
        ("user", "ok my name Chan Hoi Ying, HKID P559024(1), bib 10K-3318"),
        ("user", "friend is Kathy Lo, her mobile 6284 1170"),
        ("assistant", "Noted. Kathy can collect at counter B with her own ID."),
    ],
    [
        ("user", "Nak daftar anak untuk kelas renang hujung minggu"),
        ("assistant", "Boleh! Nama anak dan umur?"),
        ("user", "Nur Aleesya binti Hafiz, 6 tahun, belum pandai berenang langsung"),
        ("user", "my number 017-"),
        ("user", "6628 0413"),
        ("assistant", "Terima kasih, kami akan hubungi untuk slot Sabtu pagi."),
    ],
    [
        (
            "user",
            "Help me write an injury report for the league. Player Marcus Teo Zhi Hao, jersey 9, U21 squad, Tampines Rovers Community FC.",
        ),
        ("assistant", "Sure. What happened, and what was the medical outcome?"),
        (
            "user",
            "Collided with the keeper 63rd min, out cold ~20s, taken to CGH, CT clear, diagnosed concussion, no play 3 wks",
        ),
        (
            "assistant",
            "Draft: On 30 Nov, U21 player Marcus Teo Zhi Hao (#9) sustained a concussion after a collision in the 63rd minute and is ruled out for three weeks.",
        ),
    ],
    [
        (
            "user",
            "need an invitation letter template for our Valorant player travelling to Bangkok for the qualifier",
        ),
        (
            "assistant",
            "Here is a template: 'We confirm that {player_name}, passport {passport_no}, is a registered player of {team_name}...'",
        ),
        ("user", "fill it in pls: Lim Jun Wei, passport K4471826P, team Merlion Vipers"),
        ("user", "DOB 11 Sep 2003 if they need it, IGN is 'junwei'"),
    ],
    [
        ("system", "You are the RunSG help bot. Do not store personal data beyond this session."),
        ("user", "my finisher medal never arrived"),
        ("assistant", "Sorry about that! Could you share your order number?"),
        ("user", "SCSM24-M-04471"),
        (
            "assistant",
            "It shows as delivered to the address on file last Thursday. Has your address changed?",
        ),
        (
            "user",
            "yes lah I moved, now Blk 156 Rivervale Cres #09-45 S(540156), name Goh Siew Hong, 8223 9017",
        ),
    ],
    [
        ("user", "Want to book home physio for my dad"),
        ("assistant", "Of course. Could you tell me a bit about his condition?"),
        (
            "user",
            "He's 68, had a total knee replacement at Queen Mary last month, still can't manage stairs",
        ),
        ("assistant", "We can arrange a home visit. May I have his name and address?"),
        ("user", "Mak Kwok Wing, Flat 7C, 22 Belcher's Street, Kennedy Town. Call me at 9877 1024"),
    ],
    [
        ("user", "how do I pay the league fee"),
        (
            "assistant",
            "Transfer RM450 to the league account and upload the receipt in the portal.",
        ),
        ("user", "done, transferred from my CIMB 7064118293 under Nurul Huda binti Salleh"),
        ("assistant", "Received, thank you. Your team is now confirmed for Group B."),
    ],
    [
        ("user", "My son wants to join your summer swimming camp in Tseung Kwan O"),
        ("assistant", "Great! Is he a Hong Kong resident?"),
        ("user", "No, we're from Guangzhou. Li Haoran, resident ID 440106201207152332"),
        ("user", "he had a perforated eardrum last year, can he still swim?"),
        ("user", "add me on WeChat lhr_mama_gz for updates pls"),
    ],
    [
        (
            "user",
            "Summarise for the committee: 'Sat LSD attendance 18. Wendy Kok Siew Mei collapsed at km 14, heatstroke, warded at NUH overnight, discharged Sun.'",
        ),
        (
            "assistant",
            "Summary: 18 runners attended Saturday's long run; one runner was hospitalised overnight for heatstroke and has been discharged.",
        ),
        ("user", "add her HP too so the committee can call her: 9027 6613"),
    ],
]
