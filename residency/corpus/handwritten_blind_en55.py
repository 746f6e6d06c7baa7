"""Blind check set en55: English insurance claims in Singapore and Malaysia. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en55
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "policy wording"): _lines("""
        Section 1 - Loss of or Damage to the Insured Vehicle: We will indemnify you against loss of or damage to the Insured Vehicle and its accessories and spare parts while thereon.
        Exclusion 4(b): We shall not be liable for any claim arising while the Insured Vehicle is being driven by any person who does not hold a valid driving licence, unless such person has held and is not disqualified from holding one.
        Policy Excess: S$600 for Authorised Drivers aged 27 and above; an additional S$2,500 applies to young (below 27) or inexperienced (less than 2 years) drivers.
        No Claim Discount (NCD) Protector: your NCD of 30% or more will not be reduced for one claim made in the Period of Insurance, subject to the terms of the Schedule.
        "Pre-existing Condition" means any illness or injury for which the Insured Person received medical advice, diagnosis, care or treatment within 12 months before the Effective Date.
        Trip Cancellation: up to S$15,000 (Elite Plan) / S$5,000 (Classic Plan) for non-refundable deposits if the trip is cancelled within 30 days before departure due to the death or serious illness of you or a Relative.
        Windscreen Cover (Endorsement 89): indemnity up to the sum insured of RM1,500 for replacement or repair of windscreen glass; a claim under this endorsement shall not affect your NCD.
        Special Perils (Endorsement 57): flood, typhoon, hurricane, storm, tempest, volcanic eruption, earthquake, landslide, landslip, subsidence or sinking of the soil/earth or other convulsion of nature.
        Named Driver Clause: cover under Section 2 applies in full only to the Named Driver(s) shown in the Schedule; all other drivers are subject to an Unnamed Driver Excess of RM400.
        Medical Expenses Overseas: reimbursement of reasonable and customary charges for treatment by a Medical Practitioner, up to S$500,000 per Insured Person aged 70 and below.
        Wakalah Fee: 30% of each Contribution is payable to the Takaful Operator as Wakalah fee for managing the Participants' Risk Fund (PRF).
        Free-look Period: You may cancel this Policy within 14 days from receipt of the policy document and receive a full refund of the premium paid, less any medical examination costs incurred.
        "Relative" means your spouse, parent, parent-in-law, grandparent, child, grandchild, brother, sister, brother-in-law, sister-in-law, son-in-law or daughter-in-law.
    """),
    ("en", "circular and press release"): _lines("""
        SINGAPORE, 18 November 2025 - Lion City General Insurance Ltd ("LCGI") today announced that its average motor claims turnaround time improved to 9.4 working days in Q3 2025, from 13.1 days a year ago.
        Bank Negara Malaysia has issued the revised policy document on Management of Customer Information and Permitted Disclosures; licensed insurers are to comply by 1 July 2026.
        "Digital claims are now the default, not the exception," said Mr Nicholas Teo, Chief Executive Officer of Straits Assurance, speaking at the Singapore Insurance Forum 2025.
        Circular No. 47/2025 to all Panel Workshops: With effect from 1 January 2026 the approved labour rate for Category B workshops in Peninsular Malaysia is revised to RM45 per hour.
        Industry data: general insurers recorded gross direct premiums of RM22.8 billion in 2024, with motor remaining the largest class at 46.2% of the market.
        Merbau Takaful Berhad wishes to inform that its Wisma Merbau branch at Jalan Tun Razak will be closed on 25 December 2025; e-claims remain available 24/7 and our Careline is 1-300-88-6372.
        Notice to Policyholders: following the flash floods in Shah Alam and Klang, affected customers may submit flood claims below RM10,000 with photographs in lieu of an adjuster's visit.
        Media Release 2025/11: motorists are reminded that all accidents must be reported within 24 hours or by the next working day, even when no claim is intended.
        Tanjung General Insurance Berhad announces the appointment of Puan Sharifah Nurul Ain Syed Mokhtar as Independent Non-Executive Director with effect from 2 December 2025.
        The claims liaison desk at Tan Tock Seng Hospital - named after the merchant and philanthropist Tan Tock Seng (1798-1850) - will relocate to Level 1 of the Clinical Sciences Building.
        Premium rates for the Comprehensive Motor Plan will increase by an average of 4.5% for renewals from 1 March 2026, reflecting higher repair, parts and bodily injury costs.
        Press statement: Straits Assurance has NOT authorised any third party to collect premiums via PayNow to personal mobile numbers. Report suspicious messages to the ScamShield Helpline at 1799.
        Q3 2025 results: net earned premium S$412.6m (+7.2% y-o-y), combined ratio 93.8%, motor loss ratio 71.4%.
    """),
    ("en", "claim form template"): _lines("""
        Name of Insured: ______________________  NRIC/Passport No.: ______________  Policy No.: ______________
        Particulars of Driver at time of accident - Full name (as in NRIC): [DRIVER_NAME]; Date of Birth: [DD/MM/YYYY]; Licence Class: [e.g. 3/3A]; Date licence issued: [DD/MM/YYYY]
        Dear {{policyholder_name}}, we acknowledge receipt of your claim {{claim_no}} dated {{notify_date}}. Our adjuster will contact you at {{mobile}} within 3 working days.
        Declaration: I/We declare that the above statements are true and complete to the best of my/our knowledge and that I/we have not withheld any material information.
        Section C - Third Party Vehicle: Registration No. ________ Make/Model ________ Insurer ________ Driver's contact no. ________
        Please attach: (1) police report copy, (2) photographs of all damaged vehicles showing number plates, (3) driving licence (front & back), (4) repair estimate from an authorised workshop.
        Authorisation: I authorise any hospital, physician or other person who has attended or examined me to furnish Straits Assurance Pte Ltd with any information with respect to any illness or injury.
        Bank details for EFT (account must be in the claimant's own name): Bank [ ] DBS/POSB [ ] OCBC [ ] UOB [ ] Others: ______ Account No.: ______________
        Travel Claim Form TC-07 (rev. 03/2025) Part 2: Baggage Loss | Item | Date purchased | Place purchased | Purchase price (S$) | Amount claimed (S$)
        Sketch of accident: draw the position of the vehicles before and after the collision, indicating road names, direction of travel and any traffic lights.
        Sample entry only: Claimant name AHMAD BIN ABDULLAH, IC No. 000000-00-0000. Do not copy this sample into your actual submission.
        Attending Physician's Statement - to be completed by the doctor: Diagnosis (ICD-10): ______ Date of first consultation: ______ Is the condition pre-existing? Yes / No
        PDPA notice: the personal data you provide in this form will be used to assess your claim and may be disclosed to loss adjusters, workshops, medical providers and reinsurers for that purpose.
    """),
    ("en", "agent whatsapp broadcast"): _lines("""
        Hi all 🙏 gentle reminder, the GIRO deduction for Dec renewals will be on 15/12. Pls ensure sufficient balance ya, if not policy will lapse after the 30 days grace period
        Good morning! 🌧️ Monsoon season coming, pls check ur car policy got Special Perils / flood cover or not. Can PM me to check 👍
        FYI ah, if u kena accident must report within 24hrs even if u dont want to claim. Otherwise later the other party claim against u, insurer cannot defend u
        Promo till 31 Dec 🎉 Annual travel plan 25% off, use code JOLLY25 at checkout. Japan ski trip also covered for winter sports ⛷️
        Boss pls note, the 2026 panel hospital list is out already. Gleneagles & Mount E still in, but some GP clinics removed. Link in group description
        Raya season balik kampung jangan lupa renew roadtax & insurance ya 😊 Can renew online, 5 min only
        Dear clients, I will be on leave 20-27 Dec. For urgent claims pls call the Straits Assurance 24hr hotline 6788 1234 or email claims@straitsassurance.example
        Reminder: photos of windscreen damage must show the car plate + the chassis sticker clearly, otherwise insurer will reject leh
        Just sharing 📊 avg private hosp bill for knee replacement now ~S$28k-35k. Make sure ur IP rider got the co-pay cap
        Those who bought the Tanjung MediCare plan before 2023, annual limit auto upgrade to RM1.5mil from next renewal, no need to do anything
        Sorry wrong group 🙈 pls ignore the previous msg
        Anyone going Bali over CNY, scooter accidents NOT covered if u don't have a valid motorcycle licence. Many claims kena reject bcos of this
        Case study (no names hor): client hit from behind at PIE, other party admit liability, we claim via third party, car repaired in 10 days, NCD no lost 💪
    """),
    ("en", "loss adjuster report"): _lines("""
        CAUSE OF LOSS: Based on our inspection on 4 November 2025, the fire originated at the distribution board in the production area, most likely due to an overloaded circuit.
        The Insured, Kilang Papan Sentosa Sdn Bhd, operates a sawmill at Lot 2291, Kawasan Perindustrian Bukit Raja, Klang, employing about 60 workers on two shifts.
        Reserve recommendation: RM385,000.00 (stock RM240,000; machinery RM120,000; debris removal RM25,000), subject to final documentation.
        We note that the sprinkler system was last serviced in March 2023, contrary to Warranty 3 of the Fire Policy which requires six-monthly servicing.
        Adjuster's ref: CPA/F/25/11/0384; Insurer's ref: FIR-2025-007721; our fee note: S$4,850.00 plus GST.
        Depreciation has been applied at 10% per annum on the machinery, as the Reinstatement Memorandum is inapplicable where reinstatement was not carried out.
        The water damage on Level 12 of the office tower affected 34 workstations and carpet tiles over approximately 420 sq m.
        Chua & Partners Adjusters Pte Ltd (UEN 200812345K) - Preliminary Report No. 1, issued without prejudice to Insurers' rights under the Policy.
        Salvage: the 1,200 cartons of water-damaged canned goods were disposed of at a licensed facility; salvage value is estimated at nil.
        Motor TP recovery: liability apportioned 70/30 in favour of our principal based on the dashcam footage and the police sketch plan.
        Photographs 1-18 in Appendix B show the collapsed false ceiling at the ground floor lobby of Wisma Harimau, Jalan Sultan Ismail.
        Recommendation: settlement at S$18,420.60, net of the policy excess of S$1,000 and after applying average for underinsurance of 8%.
        Business interruption: the Gross Profit rate was computed at 27.4% from the audited accounts for FY2024; indemnity period 6 months.
    """),
    ("en", "travel and health claims guidance"): _lines("""
        For inpatient claims, submit the final hospital bill, discharge summary and itemised invoice within 90 days of discharge.
        Flight delay benefit: S$100 for every 6 consecutive hours of delay, up to S$1,000. Attach the airline's written confirmation of the delay.
        Lost your passport abroad? Lodge a police report within 24 hours and contact the nearest Singapore Overseas Mission; reasonable additional travel and accommodation costs are claimable.
        A Letter of Guarantee (LOG) is available at panel hospitals such as Sunway Medical Centre and Pantai Hospital Kuala Lumpur; present your medical card at the admission counter.
        Emergency assistance while overseas: call Straits Assist at +65 6322 2500 (24 hours, reverse charges accepted).
        Co-payment: 5% of the claimable amount, capped at S$3,000 per policy year, applies to all rider claims.
        The COVID-19 hospitalisation benefit was withdrawn for policies issued on or after 1 October 2023.
        Pregnancy complications are covered after a waiting period of 280 days; KK Women's and Children's Hospital is on our panel for maternity admissions.
        Which documents do I need for a dental claim? Original receipts, treatment details from the dentist, and X-rays if a root canal or extraction was performed.
        Hospital cash benefit: RM200 per day of hospitalisation, max 180 days, payable only when the admission exceeds 24 hours.
        Claims arising in a country under a "Do Not Travel" advisory at the time of departure will not be paid.
        Average travel claim settled in 2025: S$1,184; most common cause: trip curtailment (31%), followed by medical expenses overseas (27%).
    """),
    ("en", "claims system records"): _lines("""
        2025-11-21T08:14:33.112+08:00 INFO claims-svc v3.14.2 POST /api/v2/motor/claims 201 claim_id=CLM-MTR-2025-0049182 latency_ms=184
        WARN ocr-worker[7] low confidence 0.41 on field 'vehicle_no' for doc_id=9f3c2a7e-1b44-4d0a-a8e2-5c71b09d3e16, routed to manual queue
        ERROR payment-gw txn=PNW20251121-000781 status=REJECTED reason='UEN not registered for PayNow Corporate'
        ALTER TABLE motor_claim ADD COLUMN nric_masked VARCHAR(9); -- store only the last 3 digits and checksum letter
        def mask_nric(v: str) -> str: return "S****" + v[-4:] if v else ""
        sha256(policy_export_20251120.csv) = 9f51582b583674484c26d10c11eebf7f4516faa9997a10988a3be720e34ce2d7
        Build 2025.11.3 (commit a91e4c7): fixed rounding of NCD percentages on renewal notices; bumped pdfgen to 2.8.1
        Batch RENEWAL_SG_NOV closed: 12,408 notices generated, 311 bounced e-mails, 0 failed; runtime 00:41:17
        Invoice No. INV/TGI/2025/11/00421 - Panel workshop: Bengkel Ah Seng Motor Sdn Bhd - Total RM3,862.40 (incl. SST 8%)
        Tracking no. EZ884122763MY - original policy documents dispatched via Pos Laju, ETA 2-3 working days
        cron: 0 2 * * * /opt/claims/bin/purge_attachments --older-than 2555d  # 7-year retention
        {"event":"fnol_submitted","channel":"whatsapp","lob":"motor","ts":1763707200,"attachments":4,"lang":"en"}
    """),
    ("en", "motor claims faq"): _lines("""
        Can I claim under my own policy if the accident was not my fault? Yes, but your NCD may be affected until liability is established and recovered from the third party.
        What is Knock-for-Knock? Each insurer pays for its own policyholder's vehicle damage regardless of fault, and your NCD is not affected if you were not at fault.
        In Malaysia, an accident must be reported at a police station within 24 hours under the Road Transport Act 1987.
        Tow truck scam alert: only use the insurer's panel tow service. Call the 24-hour Auto Assist line at 1-800-88-2121 (toll-free).
        A courtesy car is provided for up to 7 days if your vehicle is repaired at an approved workshop and the repair takes more than 3 working days.
        How is market value determined? Based on the ISM ABI value at the time of loss, less any accessories not declared.
        Hit-and-run: if the other vehicle cannot be identified, the claim is treated as an own damage claim and the NCD will be forfeited.
        Report the accident at any Approved Reporting Centre; bring your vehicle, NRIC, driving licence and the other party's particulars.
        Q: Is damage by a falling tree in a HDB carpark covered? A: Yes, under Comprehensive cover; you may also write to the Town Council.
        Windscreen claims do not require a police report; just submit photos of the crack and the replacement invoice.
        Approved Reporting Centre (Bukit Batok): 20 Bukit Batok Crescent #01-14, open Mon-Fri 8.30am-5.30pm, Sat 8.30am-1pm.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Claimant: Mdm Koh Siew Lan, NRIC S8234517E, passenger in SKP4812H, sustained whiplash and was given 14 days MC by Ng Teng Fong General Hospital.
        Hi Mr Rajendran s/o Muthusamy, this is Michelle from Straits Assurance. Your motor claim is approved, S$4,280 will be credited to your OCBC acct ending 4471 by Fri. Any qn call me 9134 7752 🙂
        Insured: Nurul Izzati binti Hamdan, IC 910317-10-5486, vehicle WVX 8812 (Perodua Myvi), accident at Persiaran Kewajipan USJ 1 on 03/11/2025 ~7.40pm.
        Loss adjuster's notes: the driver, Mr Tan Wei Jie (T0326681D), admitted he had 2 cans of beer before driving; breath test reading 42 microgrammes per 100ml.
        pls send the claim form to my email siewmei.lau88@gmail.com, policy is under Lau Siew Mei, the travel one for the Osaka trip
        Underwriting note: proposer Farid Iskandar bin Mohd Yusof disclosed Type 2 diabetes (HbA1c 8.1%) and a 2019 angioplasty; loading of 50% applied.
        Travel claim TC-2025-88213: Ms Priya Nair, passport E4829106N, bag stolen at Bangkok Hua Lamphong station; contact +65 8866 1023.
        Card for premium auto-debit: 4556 7123 0098 4176 exp 09/28, cardholder ONG BEE HOON
        For the income protection claim, Mr Gopal Krishnan's last drawn salary was S$7,850/month (CPF statement attached); he has been unable to work since his stroke on 12 Aug.
        MC/OC 4417/2024 Siti Rohani bte Ismail v Chong Kah Wai: claim for personal injuries from the collision at Woodlands Ave 3, settled at S$38,000 inclusive of costs.
        Correspondence address: No. 27, Jalan SS 19/6D, 47500 Subang Jaya, Selangor. Insured Mr Chan Kok Leong, H/P 012-338 7421.
        Dear Mr Yeo Kok Seng (NRIC S****958F), 22 Lorong Marican #03-05 Singapore 418999 - your hospitalisation claim for dengue fever has been approved.
        Worker Md Rahim Uddin (FIN G5518302W), Bangladeshi national, fractured his left wrist at the worksite on 14 Oct; WICA claim filed by the employer.
        Hi Aunty Jenny, received ur pics already. Uncle's car is SLA7736S right? I submit the claim tonight, workshop will call u at 9722 0168
        PRC visitor Zhou Yiming, resident ID 350203198806143024, admitted to Mount Elizabeth for acute appendicitis on 2 Nov; bill S$21,460.
        Policyholder Cheung Ka Ming (HKID K417293(0)) bought the Asia travel plan online; flight delay claim for his 5 Dec flight from Changi.
        Ms Lin Pei-Yu, Taiwan ID F225810395, slipped at Genting Highlands and fractured her right ankle; medical expenses RM6,980.
        Third party driver is Encik Hafiz bin Rosli, drives JQP 3390 silver Honda City, his no 019-772 4015, insured with Tanjung General
        Passport A38815207 belongs to Mohd Shahrul Nizam bin Kamarudin, the person covered under the Umrah travel takaful certificate.
        pls dont tell my wife, but the MC i submitted for the accident claim - actually that week i was at IMH for depression treatment. Benjamin Seah
        PRC national Mr Wang Haoran, FIN F2290475L, prefers WeChat (wang_hr_0611) for claim updates; he stays at Blk 221 Jurong East St 21 #07-118 Singapore 600221.
        Thai student Nattapong Srisuk (LINE: natt.p2003) was the e-scooter rider in the collision at Clementi Ave 2; his guardian's mobile is +66 81 554 2079.
        Hi Kak Ros 😊 sy dah check, your son Amirul's admission at Hospital Sultanah Aminah for dengue is covered under the family takaful plan. Pls send his IC copy 080921-01-1377 ya
        Ms Tan Hui Ling earns RM9,400/month as a senior staff nurse in Penang; loss of income claim of RM28,200 for 3 months after the crash.
        Payout to Maybank acct 1142 6603 8819 a/n Kumaresan a/l Subramaniam, IC 780512-08-6131.
        Regards, Aisyah Zulkifli | aisyah.zul@outlook.com | +60 17-284 6630 | Unit B-12-3, Pangsapuri Seri Mutiara, Jalan Kuchai Lama, 58200 Kuala Lumpur
        Guan Yi Hong was convicted at the Sessions Court of reckless driving causing injury to a motorcyclist, fined RM8,000 and his licence suspended for 2 years; the victim's claim is pending.
        Death claim: Mr Lee Boon Huat, 67, passed away on 30 Oct 2025 at NUH from injuries in the Jurong West Ave 5 crash; beneficiary is his daughter Lee Mei Fong.
        Pls update my mobile to 8291 5530 and address to Blk 856 Tampines St 82 #04-221 Singapore 520856. Policy owner: Siti Nur Aqilah Rahmat
        Maternity claim: Mrs Deepa Subramaniam, 34, delivered via emergency C-section at KKH on 9 Nov due to gestational diabetes, policy LM-2219804.
        Vehicle SJD218A registered to Mr Soh Beng Chye was towed to the workshop at 9 Kaki Bukit Rd 1; owner contact 9650 2278.
        Mastercard 5403 8871 0562 2908 - pls charge the renewal premium S$1,126.70, cardholder Nadia Hassan, expiry 04/27
        AMEX 3774 128890 21004 for Mr Ravi Chandran's family travel plan, pls don't save the card
        Medical report: Chong Mei Ling (S9051276E), 35F, MRI shows L4/L5 disc prolapse after the rear-end collision; advised 6 weeks of physiotherapy.
        Declaration signed by Mr Hariharan on behalf of his son Arjun Hariharan (T1187420C), 14, who was injured during the school trip to Melaka.
        eh bro ur cousin Kelvin Ng the one staying Pasir Ris Dr 6, his claim kena reject cos his driving licence expired since March. Tell him call me 8127 6604
        Adjuster's interview: Mdm Wong Ah Moi, 72, lives alone at Blk 23 Jalan Bukit Merah #08-1142; she uses a walking frame and has early dementia per her daughter.
        Mr Daniel Pereira requests removal of his ex-wife Sharon Pereira as nominee following their divorce (FC/D 2291/2024).
        NAME: LOW JUN HAO | PASSPORT: E7712063K | DOB: 14/02/1996 | DEST: Seoul | SUM INSURED: S$250,000
        Car BMK 7721 owned by Encik Zainal Abidin bin Osman, add: Lot 553 Kampung Sungai Ara, 11900 Bayan Lepas, Penang - kena hit by lorry on 2/12.
        Assessor note: declined - Mr Joseph Tan Kian Huat's hospitalisation relates to HIV-associated pneumonia, not disclosed at proposal (policy issued 2022).
        Hi, Melissa Goh here, NRIC S8807136J, my flight to Perth got cancelled last night, can claim the hotel? receipt attached
        We regret to inform Mr Ahmad Faizal bin Jamil (IC 850604-14-5913) that his claim is repudiated as the vehicle was used for e-hailing without the e-hailing endorsement.
        Maid insurance claim: helper Maria Santos Dela Cruz (FIN G7730519Q) was admitted to CGH with pulmonary TB; employer is Mrs Lim Swee Choo.
        EMP0412, Siva Kumar a/l Rajoo, IC 900211-07-5537, Basic RM3,200, Group Hospitalisation Tier B, dependants: 2
        My mother-in-law Mdm Chia Kim Lian is the insured, 78 yrs old, pls call me (her son-in-law Edwin) at 9183 0472 instead, she is hard of hearing.
        The rider, a 19-year-old Republic Polytechnic student named Hazwan Shah, was flung onto the bonnet of SGQ9051X and is now in ICU at KTPH.
        Mr Ooi Teck Chye of 38 Lorong Kenari 4, Taman Bukit Jambul, Penang: stage 3 colorectal cancer, critical illness claim RM150,000 under policy 50-88213907.
        4219 0335 6610 7280 is the credit card of Puan Norhayati binti Salleh for the monthly takaful contribution of RM186.50.
        Lost luggage at Changi T3: Mr Huang Zhiqiang, PRC ID 440306199509225518, mobile +86 138 2654 7190.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are Leo, the virtual assistant of Lion City General Insurance. Never ask customers for full card numbers.",
        ),
        ("user", "hi i just got into accident at AYE, how to claim"),
        (
            "assistant",
            "Sorry to hear that. Are you safe? Please report the accident within 24 hours. Could I have your name and vehicle number?",
        ),
        ("user", "Jason Lim Wei Ming, car is SBS3229P"),
        ("user", "my nric S7719043J"),
        ("assistant", "Thank you, Mr Lim. I have opened claim CLM-MTR-2025-0051277 for you."),
    ],
    [
        ("user", "I'm in Sapporo now and my daughter fell while skiing, what do I do?"),
        (
            "assistant",
            "Please call our 24-hour assistance line so we can arrange a guarantee of payment with the hospital. Could you share the insured person's details?",
        ),
        (
            "user",
            "Her name is Chloe Tan Xin Yi, 12 years old, passport K2048173B. She's at Sapporo Medical University Hospital with a fractured collarbone",
        ),
        ("assistant", "Noted. Our case manager will contact the hospital within the hour."),
    ],
    [
        (
            "user",
            "Draft a WhatsApp msg to my client telling him his windscreen claim is approved",
        ),
        (
            "user",
            "client is Mr Suresh Pillai, car VKE 4455, his no is 016-552 9038, payout RM1,120 to workshop directly",
        ),
        (
            "assistant",
            "Hi Mr Suresh 😊 Good news, your windscreen claim for VKE 4455 is approved. RM1,120 will be paid directly to the workshop, no need to top up. Any questions just WhatsApp me ya!",
        ),
    ],
    [
        ("system", "You summarise loss adjusters' reports in three bullet points."),
        (
            "user",
            "Summarise: The Insured, Mr Azlan bin Yahya, 45, a lorry driver residing at No. 12 Jalan Melati 3, Taman Melati, 53100 KL, lost control on the Karak Highway on 17/10/2025. He suffered a spinal cord injury and is now paraplegic. Liability is disputed.",
        ),
        (
            "assistant",
            "- Mr Azlan bin Yahya (45), lorry driver of Taman Melati, KL, lost control on the Karak Highway on 17/10/2025.\n- He sustained a spinal cord injury resulting in paraplegia.\n- Liability remains disputed.",
        ),
    ],
    [
        ("user", "nak check status tuntutan takaful"),
        ("assistant", "Sure, please provide the participant's MyKad number."),
        ("user", "880712-"),
        ("user", "10-6652"),
        (
            "user",
            "nama Rohaya binti Mansor, hospitalised at Hospital Tengku Ampuan Rahimah for gallstones",
        ),
        ("assistant", "Thank you. The claim is currently pending the final hospital bill."),
    ],
    [
        ("user", "Does my Shield plan cover breast cancer treatment at a private hospital?"),
        (
            "assistant",
            "Generally yes, subject to your plan's ward class, deductible and co-insurance. Pre-authorisation is recommended.",
        ),
        (
            "user",
            "ok because my wife Grace Ho was just diagnosed with stage 2 breast cancer at NCCS last week, she's 41. Policy is under her name",
        ),
        (
            "assistant",
            "I'm very sorry to hear that. Please submit the pre-authorisation form with her specialist's report.",
        ),
    ],
    [
        ("user", "what documents for flight delay claim?"),
        (
            "assistant",
            "The airline's delay confirmation letter, your boarding pass and your e-ticket itinerary.",
        ),
        ("user", "ok thanks. can send the form to me? kenneth.yap.sg@gmail.com"),
        ("user", "or WhatsApp 9648 3317, Kenneth Yap"),
        ("assistant", "Done, the form has been sent to your email."),
    ],
    [
        (
            "user",
            "Translate this into simple English for my dad: Kepada Encik Lim Ah Kow, No. 15 Jalan Bunga Raya 2, Taman Sri Muda, 40400 Shah Alam. Tuntutan anda bagi kenderaan BJK 6618 telah ditolak kerana polisi telah luput pada 1 Ogos 2025.",
        ),
        (
            "assistant",
            "To Mr Lim Ah Kow, No. 15 Jalan Bunga Raya 2, Taman Sri Muda, 40400 Shah Alam. Your claim for vehicle BJK 6618 has been rejected because the policy expired on 1 August 2025.",
        ),
    ],
    [
        (
            "system",
            "CRM context - Customer: Mdm Rahimah bte Said, NRIC S6612958F, Blk 105 Bedok North Ave 4 #09-47 Singapore 460105. Open claim: hospitalisation for heart failure at CGH. Preferred language: English.",
        ),
        ("user", "Hello, is my claim approved already?"),
        (
            "assistant",
            "Hello! Your hospitalisation claim is still being assessed; we are waiting for the discharge summary from the hospital.",
        ),
    ],
    [
        ("user", "I want to set up auto-renewal for my travel plan"),
        (
            "assistant",
            "Sure. You can use a credit or debit card. Please note we never ask for your CVV in chat.",
        ),
        ("user", "Card 5204 7118 0033 4695, name on card DARREN KOH JIA HUI"),
        ("user", "and my T0548813Z for verification"),
        ("assistant", "Thank you. Auto-renewal has been set up."),
    ],
]
