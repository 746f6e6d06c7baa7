"""Blind check set en67: English (SG, MY, HK) volunteering and NGOs. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en67
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "volunteer roster"): _lines("""
        SAT 14 DEC | Sorting @ Bedok warehouse | 0900-1230 | need 12 pax, 7 confirmed | shift lead: TBC
        Reminder all: closed-toe shoes compulsory for warehouse shifts, no slippers pls. Gloves provided.
        Roster v4 (final) uploaded to shared drive -> /Ops/Rosters/2025-Q4/roster_v4_final_FINAL.xlsx
        Shift code M2 = meal packing 7am-10am, D1 = delivery driver w own car, D2 = delivery runner (no car needed)
        Dec 25 slots still open: 3x D2 for Toa Payoh route, 2x M2. Pls indicate in the poll, don't PM.
        Volunteer ID format is VOL-SG-YYYY-NNNNN; quote it when you sign in at the counter so we can log your hours.
        Take bus 21 or 131, alight at the stop after Tan Tock Seng Hospital, walk 5 mins to the community hall.
        Pls clock in on the VolunteerHub app (v3.12.4 or later, the old version cannot scan the QR).
        Headcount last Sat: 41 volunteers, 1,260 food packs, 3 vans, done by 11:45. Well done team!!
        CNY eve shift cancelled due to lion dance at the void deck, moved to 3 Feb same time.
        Template: Hi [Volunteer Name], you're rostered for [Shift] on [Date]. Reply Y to confirm or N to release your slot.
        Corporate group from a bank (28 pax) taking over Thurs AM packing, regulars pls come for PM instead.
        Team A = Tue/Thu, Team B = Wed/Fri, Team C = Sat. Swap only within same team unless ops approves.
    """),
    ("en-SG", "charity annual report"): _lines("""
        In FY2024/25, our befriending network reached 2,316 seniors across 14 neighbourhoods, up 18% from the previous year.
        Total income for the year was S$4.82 million, of which 61% came from donations and 27% from government grants.
        The Charity is registered under the Charities Act 1994 (UEN T08CC4120K) and has held IPC status since 2011.
        Fund-raising efficiency ratio: 8.4% (FY2023/24: 9.1%), well within the 30% limit set by the Commissioner of Charities.
        We thank our Patron, President Tharman Shanmugaratnam, for gracing the Charity Gala Dinner on 12 July 2025.
        The Board complied with all 37 applicable guidelines of the Code of Governance for Charities and IPCs (Tier 2).
        No staff member received annual remuneration exceeding $100,000 in the financial year under review.
        Reserves stood at 1.4 years of annual operating expenditure as at 31 March 2025.
        Named after the late philanthropist Lee Kong Chian, the Lee Kong Chian Bursary supported 86 students this year.
        Volunteer hours contributed: 48,907 (equivalent to about 23.5 full-time staff).
        Figure 3: Beneficiaries by age group - 0-12: 14%, 13-19: 9%, 20-59: 22%, 60 and above: 55%.
        The independent auditors expressed an unqualified opinion on the financial statements for the year ended 31 March 2025.
        Meal cost per beneficiary per day rose to $3.85 (FY23/24: $3.40), reflecting higher rice and cooking oil prices.
    """),
    ("en-MY", "donation receipts"): _lines("""
        RESIT RASMI / OFFICIAL RECEIPT No. PKM/2025/004817 - derma ini dikecualikan cukai di bawah Subseksyen 44(6) Akta Cukai Pendapatan 1967.
        Official receipts are issued for donations of RM50 and above. Pls keep them for your e-Filing (Borang BE, Bahagian F).
        Received from [DONOR NAME] (IC / Company No: __________) the sum of Ringgit Malaysia [AMOUNT IN WORDS] only.
        Bank-in to: Persatuan Kebajikan Harapan Selangor, Maybank 5621 8830 4417, then email the slip to receipts@harapan.org.my
        DuitNow QR ref 20251128MBBEMYKL010ORB00012734, amount RM 100.00, status SUCCESSFUL
        Tax-exempt receipt e-copy will be emailed within 14 working days; physical copies by request only.
        Receipt no. YTK-R-0981123 voided - duplicate issued in error, replaced by YTK-R-0981124.
        Corporate donors pls provide your SSM registration no. (e.g. 201901012345) so we can print it on the receipt.
        Cash collected at the charity run counter (RM 18,420.50) was banked in on 2 Sept, slip no. 00871.
        Total collected for Tabung Bantuan Banjir Kelantan 2024: RM 1,286,002.15 from 9,412 donors.
        Kindly note that donations in kind (rice, canned food, clothes) are not eligible for tax exemption receipts.
        Drop-off for cheques: Wisma Tun Sambanthan, Jalan Sultan Sulaiman, Kuala Lumpur (Mon-Fri 9am-5pm).
        Receipt printed 2025-11-28T14:03:22+08:00 | Terminal KL-03 | Cashier ID 0147 | Batch 2025-48
    """),
    ("en-HK", "food bank operations"): _lines("""
        Cold chain reminder: chilled items 0-4°C, frozen at -18°C or below. Log the temperature every 2 hrs.
        Today's rescue: 620 kg bread from 11 bakeries, 180 kg veg from Cheung Sha Wan Wholesale Market.
        Hot meal service at the Sham Shui Po kitchen runs Mon-Sat 4:30pm-6pm, approx 900 boxes/day.
        Collection point temporarily moved to the Tung Wah Group of Hospitals centre on Shanghai Street while the lift is repaired.
        Expiry rule: "best before" items can go out up to 30 days after the date; "use by" items NEVER after the date.
        Food Bank Hotline 2156 5560 answers Mon-Fri 9:30am-5:30pm; for CSSA enquiries call the SWD hotline 2343 2255.
        Stock take 30/11: rice 5kg x 412, instant noodle cartons x 96, luncheon meat cans x 1,130, cooking oil 1L x 288.
        Allergen labels: pls tick peanut / shellfish / gluten on every repacked bag (sticker roll in drawer 3).
        Each eligible household can receive food assistance for up to 8 weeks under the short-term food assistance projects.
        Delivery note DN-240918-0071: 40 cartons UHT milk, received 10:14, stamped by warehouse.
        Mooncakes donated after Mid-Autumn will be sorted tmr, pls don't give out the lotus seed ones with damaged packaging.
        Do NOT post photos of recipients' faces on IG/FB even if they say ok verbally; written consent form F-07 needed.
        Van 3 is in for servicing until Fri, so routes 2 and 5 are combined today, departing 1:30pm sharp.
    """),
    ("en-SG", "befriender programme guide"): _lines("""
        Befrienders visit in pairs, at least once every two weeks, for about 45-60 minutes per visit.
        Never lend money to or borrow money from your befriendee. If asked, explain the programme rules and inform your coordinator.
        Signs of elder abuse include unexplained bruises, sudden changes in finances and fear of a particular family member.
        If you find a senior unresponsive, call 995 immediately, then inform the coordinator on the duty line.
        Do not give out your personal mobile number; use the masked calling feature in the app instead.
        Conversation starters: kampong days, favourite hawker food, old Cantonese or Hokkien songs, National Day memories.
        Module 3 (Dementia Awareness) must be completed before your first solo visit. Pass mark is 80%.
        Role-play card B: You are "Ah Ma Lim", a fictional 85-year-old who refuses to open the door. How would you build trust over 3 visits?
        For emotional crises, share the SOS 24-hour hotline 1767 or the IMH Mental Health Helpline 6389 2222.
        Visit notes describe needs, not opinions. Write "fridge had only 2 eggs", not "she is lazy to cook".
        Festive visits (Hari Raya, Deepavali, CNY, Christmas) must be logged under code FEST in the visit form.
        Recommended reading: Tuesdays with Morrie by Mitch Albom, a gentle reflection on listening to older people.
        Silver Generation Ambassadors may also visit the same household, so check the visit calendar to avoid duplicate visits.
    """),
    ("en-MY", "data protection policy"): _lines("""
        Under the Personal Data Protection Act 2010, beneficiary data may only be used for the purpose for which it was collected.
        Volunteers must not photograph MyKad. If verification is needed, sight the card and tick "Sighted" on the form.
        Mask IC numbers in all reports as XXXXXX-XX-#### so only the last 4 digits are visible to case officers.
        Case files are kept for 7 years after closure, then shredded by an approved vendor with a certificate of destruction.
        CRM access is role-based: volunteers see first name and area only; social workers see the full case file.
        Report any suspected data breach to the DPO within 24 hours at dpo@kasihnusantara.org.my. Do not try to fix it yourself.
        The volunteer sign-up Google Form should NOT collect IC numbers, only name, mobile no. and t-shirt size.
        Consent clause 4: I agree that my photo may be used in the association's newsletter and social media. [ ] Yes [ ] No
        Before forwarding a case referral on WhatsApp, remove the name, IC and address and use the case code only.
        SHA-256 of encrypted backup case_db_2025-11-30.7z: 57d3976aebe44c342e9de28ba46e94da4466cf52d1683fe0fae20ceb4948afb7
        The 2024 amendments to the PDPA introduced mandatory breach notification and a right to data portability.
        Password policy: min 12 characters, rotated every 90 days, MFA via authenticator app for all CRM users.
    """),
    ("en-HK", "volunteer recruitment posts"): _lines("""
        📣 Volunteers needed! Flag Day this Sat 7am-12:30pm, stations in Mong Kok, Tsuen Wan and Causeway Bay. Sign up via link in bio.
        Hiking clean-up along MacLehose Trail Section 2 - bring water, gloves provided, meet at Pak Tam Chung bus terminus 8:30am.
        Elderly home visit volunteers (Cantonese speaking) needed in Kwun Tong, min. 3 months commitment, training on 2 Nov.
        Patient resource centre at Queen Elizabeth Hospital needs volunteers Tue/Thu afternoons, 3-hour shifts.
        Our charity ball raised HK$3.2m for after-school programmes - thank you to all 480 guests!!
        Winter blanket drive: drop off NEW blankets at any of our centres 9am-6pm until 20 Dec. Used ones not accepted this year.
        Chief Executive John Lee presented the volunteer service awards at the Hong Kong Convention and Exhibition Centre.
        Want to be a befriender? Complete 12 hrs of training + 1 shadow visit. Certificates issued after 50 service hours.
        Tutors wanted for P.3-P.6 kids living in subdivided units, Sham Shui Po, Wed 7-8:30pm, English/Maths. Pay = HK$0 but lots of love 😂
        Walk-in briefing every 1st Saturday 2:30pm at our Wan Chai office, 5/F, near Hennessy Road tram stop.
        Christmas Santa Run: costumes provided, just bring your own beard 🎅 All proceeds go to children's cancer charities.
        Reg deadline extended to 15 Dec (23:59 HKT). Form: bit.ly/vhk-xmas25
        Recap: 1,200 volunteers, 37,000 flags sold, HK$1.86m raised, 0 umbrellas left behind (a first!)
    """),
    ("en-SG", "grants and fundraising"): _lines("""
        Donations of $50 and above to IPCs qualify for 250% tax deduction, per the extension announced in Budget 2023.
        The matching grant provides dollar-for-dollar matching for new donations, capped at $250,000 per charity per year.
        Tranche 2 of the grant (S$186,000) will be disbursed upon submission of the mid-year outcomes report.
        Giving.sg campaign: target $80,000, raised $63,412 from 1,028 donors, 9 days left.
        Invoice INV-2025-11-0392 from PrintHub Pte Ltd for 5,000 campaign flyers: $742.80 incl. GST.
        Grant KPIs: 300 seniors befriended, 80% retained at 6 months, 70% report improved UCLA Loneliness Scale scores.
        Proposal deadline: 23 Jan 2026, 5pm. Late submissions will not be entertained.
        Budget line 4.2: volunteer appreciation (tokens, meals, transport) capped at 5% of total grant.
        The Ebenezer Scrooge Award, our tongue-in-cheek prize for the most frugal department, went to Finance again this year.
        Employees of participating companies can give monthly through payroll deductions under the SHARE programme.
        Street collection licence PF/2025/0412 valid for 18 Oct 2025, 8am-6pm, island-wide.
        Stripe payout po_1QxF7kL2mN9pR4sT reconciled against the bank statement, variance $0.00.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Visit note 12/11: Mdm Goh Siew Lan (82), Blk 417 Bedok North Ave 2 #08-1143, lives alone since husband passed. Sugar high, says she forgot her metformin for a week, fridge only got bread.
        Volunteer sign-up: Muhammad Hafiz bin Rahmat | NRIC S7823419I | HP 9126 4837 | DOB 14/03/1978 | T-shirt L | halal meals
        Guys can anyone cover Auntie Rosalind Teo's Sat shift? She just started chemo at NCCS for breast cancer, don't want her carrying boxes. Her HP 8733 2016 if u wanna swap direct.
        FIN G5519027K - Md Rashedul Islam, work permit cancelled after crush injury to left hand at Tuas worksite, WICA claim pending, now sleeping at a friend's room in Woodlands.
        Tax receipt re-issued to Mr Lim Wee Kiat (NRIC ending 912C) for his donation of $12,000 on 28/12/2024, previously keyed in wrongly as $1,200.
        Means test: applicant Sulaiman bin Othman, cleaner at Changi Business Park, gross $1,650/mth, wife homemaker, 3 school-going kids, SP arrears $2,340.
        FSC referral: Ramasamy Devi, 3-rm rental Blk 56 Marine Terrace #04-27, hh of 5, elder son Karthik in Changi Prison for theft, release expected Mar 2026.
        Monthly giving form - Cardholder: TAN BOON HOCK, Visa 4556 2180 3947 1626, exp 09/28, S$50 on the 1st of every month.
        hi pls update my email to joyce.pang.sh88@gmail.com, the old joycepang@singnet.com.sg no longer in use. Thanks - Joyce Pang (vol since 2019)
        Befriendee Mr Yeo Chin Huat, 79, early-stage Alzheimer's, wanders at night; daughter Yeo Li Ping (HP 9742 0385) asked us to call her, not the maid.
        Emergency contact for volunteer Nur Aisyah Kamaruddin: mother Pn Rosnah, 8102 6694. Nur Aisyah is allergic to penicillin.
        Parental consent: I, Tan Mei Ling (S6641203B), allow my son Ethan Lim Jun Kai (15) to volunteer at the food distribution on 21 Dec.
        Chloe Ng Hui Min, T1028455J, Sec 3, needs 24 VIA hrs signed off. Mum says she has ADHD so pls pair her with an experienced lead.
        Pls deliver the hamper to Mdm Wong Ah Moi, Blk 8 Jalan Bukit Merah #12-88 S(150008). She's wheelchair bound, knock loudly, bell spoil.
        Helper volunteer Siti Rahayu, Indonesian passport C4821907, employer Mrs Kwek in Serangoon Gardens, day off Sundays only.
        Offer letter: Ms Priya d/o Suresh, Programme Executive, basic $3,800 + $200 transport allowance, start 2 Jan 2026.
        The uncle who sits at the void deck of Blk 212 Yishun St 21 every morning is Mr Koh Ah Bah; he told me he has slept there since his flat was repossessed.
        Pls PayNow my claim of $36.40 to 8877 1204 (Desmond Quek), Grab receipts to the warehouse attached.
    """),
    "en-MY": _lines("""
        Permohonan bantuan: Puan Noraini binti Hashim, MyKad 780716-10-5528, ibu tunggal, 4 anak, sells kuih about RM900 a month. Alamat: No. 23, Jalan SS 2/55, 47300 Petaling Jaya.
        Mileage claim: Kumaresan a/l Muthu, car plate BMK 4271, 84 km @ RM0.60 = RM50.40, pls bank in to his Maybank acct 1641 2287 9903.
        Volunteer driver En. Faizal Abdul Hamid (019-551 2087) will pick up Uncle Lim Kok Seng from PPR Kota Damansara Blok C-12-07 for dialysis Tue/Thu/Sat 6am.
        Mr Chong Kah Wai, 58, B40 from Kepong, end-stage kidney failure, dialysis 3x a week, can't work since July; wife Lee Siew Fong earns RM1,500 as a cashier.
        Pls WhatsApp me at +60 17-228 9043, I'm Jessica Tan, registered for the Ipoh soup kitchen but never got the confirmation email.
        Senarai penerima bakul makanan #14: Rajeswari a/p Gopal, 850312-07-5622, Taman Bukit Jambul, Penang, OKU (visual impairment), 3 org dalam rumah.
        Refugee case, UNHCR card 886-19C04217: Mohammad Yusuf, Rohingya, 34, wife 7 months pregnant, staying in Selayang, kids have no birth certs.
        Hi Kak Ida, anak saya Amirul (Form 2, SMK Seksyen 7 Shah Alam) kena buli teruk, dah tak nak pergi sekolah. Can refer to counsellor? - Puan Zarina 013-604 7781
        Tutor volunteer Lim Jia Hui, passport A43820917, joining the Sabah outreach 12-19 Dec on flight MH2612.
        Volunteer registration - Arjun Nair, IC 020405-14-6471, Sunway Uni student, arjun.nair0204@outlook.com
        Asnaf home visit 3/12: Encik Roslan bin Ismail, lumpuh sebelah kanan since stroke in 2023, rumah sewa Lot 1127 Kg. Baru Sungai Buloh, isteri kerja kilang shift malam.
        Beneficiary Tan Ah Kow's son Tan Wei Ming was charged at the Klang Sessions Court under s.39B DDA, next mention 14 Jan; family asking for help with bail.
        Card payment failed for donor Mdm Ooi Bee Leng, Mastercard 5203 8711 4209 6351, pls call her at 04-228 1936 to update.
        Rental aid: landlord says Puan Siti Khadijah (unit B-3-5, Pangsapuri Sri Ampang) owes 3 months rent RM1,350, eviction notice already served.
        Cancer support group new member: Farah Liyana, 29, stage 2 ovarian cancer diagnosed at HKL in Oct, prefers Telegram @farahliyana_29.
        Hamper delivery: Mr & Mrs Pereira, 14 Lorong Batu Nilam 3B, Bandar Bukit Tinggi, 41200 Klang. Mr Pereira just lost his job at the port, pls be discreet.
    """),
    "en-HK": _lines("""
        Case note: Mr Chan Kwok Wing, 88, lives alone in a cubicle at 3/F, 188 Tai Kok Tsui Road, hearing loss, on CSSA; next of kin is a nephew in Shenzhen, +86 138 2651 4470.
        Volunteer reg: LEUNG Wai Man, Mandy | HKID K384920(1) | mobile 9183 2274 | DOB 06/11/1991 | Cantonese, English
        Ms Ho Yuet Ying (Flat 1208, Wing Fook House, Shek Kip Mei Estate) was discharged from Caritas Medical Centre after a fall with hip fracture; needs meal delivery x 6 weeks.
        Donation receipt to Mr Wong Chi Keung, HK$5,000, cheque no. 004712 drawn on his HSBC a/c 502-381447-833, for tax deduction 2024/25.
        Helper volunteer Maria Lourdes Santos, Philippine passport P4821967B, HKID Y217635(A), employer in Discovery Bay, free on Sundays.
        Cross-boundary volunteer Zhou Xiaomei, Mainland ID 350203199203164429, WeChat zxm_xiamen92, joining the Sheung Shui food drive on 14 Dec.
        Taiwanese exchange student volunteer Lin Yu-Ting, ID F226041812, LINE yuting.lin.tw, staying at the CUHK hostel.
        Befriendee Madam Lee Sau Ha has Parkinson's; her son Kelvin Lau (6427 1908) said she fell twice last month and refuses to use the walker.
        Subsidy form: Tse Ka Lok, HKID R558031(4), security guard earning HK$11,200/mth, 2 kids in P.4 & P.1, SDU in Kwai Chung at $5,800 rent.
        Z692147(8) is Mr Ng Tak Ming's HKID - pls re-issue his volunteer card, the old one was lost. Contact 5106 3382.
        Sorry can't come this Sat, my husband Raymond was admitted to PYNEH last night with a stroke. - Winnie Kwok
        Hi team pls send the cert to kwan.siuming@yahoo.com.hk and the hard copy to Flat C, 9/F, Yan Tak Building, 42 Fuk Wa St, Sham Shui Po. Thx! Kwan Siu Ming
        Beneficiary CHEUNG Man Kit was convicted at Kwun Tong Magistrates' Courts for shoplifting in Aug and got 12 months' probation; his PO asked us to keep him on the food programme.
        Hamper list row 27: Mrs Fung Lai Kuen, 2 kids, Rm 1712, Tin Yan House, Tin Ping Estate, Sheung Shui, tel 2671 8803, husband in hospital with liver cancer.
        Staff record: social worker Ms Janice Yip, salary HK$34,560/mth, MPF 5%, 18 days annual leave, contract ends 31/3/2026.
        Donor Chan Wai Lun (HKID XA0312**(8), mob 9447 **12) gave HK$200,000 anonymously - DO NOT publish his name in the annual report.
        Volunteer driver Lo Kin Wah, private car LK 2468, pls refund his tunnel fees by FPS to 9364 0157.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the enquiry assistant of a Singapore food bank. Be brief and kind."),
        ("user", "hi how do i apply for the monthly food ration"),
        (
            "assistant",
            "You can apply through your nearest Family Service Centre or SSO, or fill in our online form. Would you like me to start one for you?",
        ),
        ("user", "ok pls. my name Faridah binte Yusof, Blk 623 Jurong West St 61 #11-402"),
        (
            "user",
            "household 6 ppl, my husband lost his job in Aug, I only work part time at the school canteen",
        ),
        ("assistant", "Thank you, Mdm Faridah. A caseworker will call you within 5 working days."),
    ],
    [
        ("system", "Volunteer help desk. Ask for the volunteer ID before changing any roster."),
        ("user", "need to cancel my sat shift"),
        ("assistant", "Sure, may I have your volunteer ID?"),
        ("user", "VOL-SG-2024-01187"),
        ("assistant", "Found it. Can you confirm your name and mobile number?"),
        ("user", "Gerald Sim, 9054 3318. got a gastric flare up, doc gave MC till Sunday"),
        ("assistant", "Done, your Saturday slot is released. Get well soon!"),
    ],
    [
        ("user", "Boleh I dapat resit cukai for my donation last month?"),
        (
            "assistant",
            "Of course. Please share the donor name as in IC, the IC number and an email address.",
        ),
        ("user", "Name: Lee Chooi Ping"),
        ("user", "IC 760923-08-5634, email chooiping.lee@gmail.com"),
        (
            "assistant",
            "Thank you. The e-receipt for RM2,000 will be emailed within 14 working days.",
        ),
    ],
    [
        (
            "user",
            "I'm a befriender in Tsz Wan Shan, something happened during my visit today and I'm worried",
        ),
        ("assistant", "I'm sorry to hear that. Can you tell me what you observed?"),
        ("user", "Madam Yip Kam Fung, the 84 y.o. I visit, had bruises on both arms"),
        (
            "user",
            "she whispered her son hits her when he's drunk. She lives at Rm 2315, Tsz Oi Court Block 3",
        ),
        (
            "assistant",
            "Thank you for reporting. Please inform your coordinator today; if she is in immediate danger, call 999.",
        ),
    ],
    [
        ("user", "Can you summarise this case note into 3 bullet points for the committee?"),
        (
            "user",
            "Client: Mr Muthu a/l Krishnan, 66, retired lorry driver, lives at No. 8, Jalan Mawar 4, Taman Sentosa, 41200 Klang. Diabetic with a below-knee amputation (left leg) in 2024. Monthly income: SOCSO pension RM780. Son works in Singapore, rarely calls.",
        ),
        (
            "assistant",
            "- Mr Muthu (66), Klang: diabetic, left below-knee amputation\n- Income RM780/month from SOCSO pension\n- Limited family support; son in Singapore",
        ),
    ],
    [
        ("user", "Assalamualaikum, nak tanya status permohonan zakat saya"),
        ("assistant", "Waalaikumsalam. Boleh berikan nombor MyKad?"),
        ("user", "891130-03"),
        ("user", "5371. Nama Mohd Azlan bin Che Mat, Pasir Mas"),
        (
            "assistant",
            "Terima kasih Encik Azlan. Permohonan anda sedang disemak oleh amil kawasan.",
        ),
    ],
    [
        (
            "system",
            "You are a helpline assistant for an NGO that supports migrant workers in Singapore.",
        ),
        ("user", "Sir my boss not paying salary 3 month already"),
        (
            "assistant",
            "I'm sorry. Which company do you work for, and do you have your work permit details?",
        ),
        ("user", "company Hock Lee Construction Pte Ltd. my FIN F2278845X, name Karim Uddin"),
        ("user", "also my leg injury from scaffolding still pain, clinic at Jurong say need MRI"),
        (
            "assistant",
            "Thank you, Karim. We will help you file a salary claim with TADM and check your WICA status.",
        ),
    ],
    [
        (
            "user",
            "help me draft a short letter to a landlord asking for 1 more month to pay the rent",
        ),
        ("assistant", "Sure. Who is the tenant and what is the address?"),
        (
            "user",
            "tenant is Ms Lam Hoi Yan, she rents the SDU at Flat 4B, 6/F, 231 Castle Peak Road, Cheung Sha Wan. owes HK$9,400. she just had a miscarriage and couldn't work",
        ),
        (
            "assistant",
            "Dear Landlord,\n\nI am writing on behalf of Ms Lam Hoi Yan, tenant of Flat 4B, 6/F, 231 Castle Peak Road, to request a one-month extension for the outstanding rent of HK$9,400 due to recent health reasons...",
        ),
    ],
    [
        ("system", "Roster bot for Saturday food packing. Volunteers on duty: see table."),
        ("user", "who's the shift lead this Sat and how do I reach them?"),
        (
            "assistant",
            "This Saturday's shift lead is Benjamin Chua Wei Jie, mobile 9688 4025. Backup lead: Nadia Rahim, 8245 7719.",
        ),
        ("user", "thanks!"),
    ],
    [
        ("user", "my recurring donation card got declined, can update?"),
        ("assistant", "Sure. Please give the new card number and expiry date."),
        ("user", "4024 0071 3356"),
        ("user", "8211 exp 04/29, name on card SHARON LOW PEI SHAN"),
        ("assistant", "Thanks Sharon, your monthly S$30 gift will continue from next month."),
    ],
]
