# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en25: Singapore and Malaysia English (patient forums, pharmacy chats, insurance claims, car accidents, police reports, weddings, funerals, condo committees, gig drivers and riders). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en25
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "public health advisories"): _lines("""
        MOH advisory 14/2026: dengue cases rose to 1,284 in epidemiological week 31, up from 1,102 the week before; 18 active clusters are listed on the NEA website.
        Members of the public who develop fever after travel should call the clinic ahead; for life-threatening emergencies dial 995, and for non-emergency ambulance transport call 1777.
        The Ministry of Health Malaysia's haze operations room can be reached at 03-8883 3888 daily from 8am to 5pm while the API stays above 200.
        Influenza vaccination is subsidised for Singapore Citizens aged 65 and above at CHAS GP clinics and polyclinics; bring your NRIC or your Healthier SG enrolment letter.
        Haze update 11:00: 24-hr PSI 112-128 (unhealthy) in the North and East; the 1-hr PM2.5 reading at Jurong was 56 µg/m³.
        Hand, foot and mouth disease: 2,371 cases were notified nationwide between 1 Jan and 30 Mar, compared with 3,905 in the same period last year.
        The recall applies to Batch No. 24C1187 and 24C1190 of the cough syrup; consumers can call the distributor's customer line at 6123 0000 on weekdays.
        KKM reminds pilgrims returning from the Haj to seek treatment if symptoms appear within 14 days and to tell the doctor about their travel history.
        Example form field: Name: TAN AH KOW, NRIC: S1234567D — this specimen appears on every HealthHub help page and is not a real record.
        Screen for Life: women aged 25 to 69 who have ever had sex are encouraged to go for cervical cancer screening once every 3 or 5 years.
        Rabies alert: a stray dog in Kuching tested positive on 2 March; the Sarawak Health Department urges owners to vaccinate pets at RM10 per dose.
        Heat stress advisory: the WBGT reading at Changi reached 33.1°C at 2pm; outdoor workers should take 10-minute rest breaks every hour.
        The mobile TB screening bus will be at Blk 115 Bukit Merah View (hawker centre car park) from 9 to 13 June, 9am to 4pm, no appointment needed.
    """),
    ("en", "drug leaflets"): _lines("""
        Paracetamol/caffeine 500 mg/65 mg caplets, SIN 10743P: adults and children over 12, take 2 caplets every 4 to 6 hours, not more than 8 caplets in 24 hours.
        MAL19986543AZ — this registration number on the carton shows the product is registered with the Drug Control Authority of Malaysia.
        Metformin hydrochloride 850 mg: take with or after meals; stop and seek medical advice if you develop unusual muscle pain, fast breathing or feel very cold.
        Do not take this medicine if you are allergic to amoxicillin, penicillin or any of the other ingredients listed in section 6.
        Store below 30°C. Keep out of reach of children. Batch: 2407115, Mfg: 07/2024, Exp: 06/2027.
        Common side effects (may affect up to 1 in 10 people): headache, dizziness, nausea and diarrhoea.
        Loratadine 10 mg tablets, pack of 30, RRP S$12.90; classed as a pharmacy-only medicine in Singapore.
        If you forget a dose of warfarin, take it as soon as you remember on the same day; do not take a double dose the next day to make up for it.
        Manufactured for Halvorsen Pharma (M) Sdn Bhd, Lot 12, Jalan Perindustrian 3, 43650 Bandar Baru Bangi, Selangor.
        Pregnancy warning: ACE inhibitors taken in the second and third trimesters can harm the unborn baby.
        Each 5 mL of syrup contains chlorphenamine maleate 2 mg; use the measuring cup provided, not a kitchen spoon.
        Suspected adverse reactions can be reported to the Health Sciences Authority online or by calling 6866 1111 during office hours.
        Paediatric dosing for a 20 kg child: 10-15 mg/kg per dose, i.e. 200 to 300 mg, no more than 4 doses in 24 hours.
    """),
    ("en", "court judgments"): _lines("""
        Meridian Polymer Pte Ltd v Kestrel Logistics Sdn Bhd [2025] SGHC 217: Justice Harold Ng Kok Wee allowed the appeal in part and awarded S$1.84m in damages.
        In Civil Appeal No W-02(NCC)(A)-1187-07/2024 the Court of Appeal (Zulkifli Hashim, Teh Poh Lin and Norhaslina Ibrahim JJCA) dismissed the appeal with costs of RM50,000.
        The High Court found that Aventis Marine Holdings Ltd had breached clause 14.2 of the charterparty dated 3 March 2021.
        Registrar's Appeal No 142 of 2025 (HC/RA 142/2025) arose from the striking out of Summons No 3318 of 2024.
        Judicial Commissioner Priya Menon observed that the second defendant, Solaria Capital Pte Ltd (UEN 201834612K), was a shell company with no employees.
        Costs of RM120,000 are payable by Pantai Timur Development Sdn Bhd (Company No. 199701023456 / 445123-H) to the plaintiff bank.
        Citing Spandeck Engineering (S) Pte Ltd v Defence Science & Technology Agency [2007] 4 SLR(R) 100, the judge restated the two-stage test for a duty of care.
        The arbitral award under the SIAC Rules 2016 (ARB 088/23/ABC) was set aside only to the extent of the interest component.
        Justice Farah Azlin binti Kamarudin held that the Competition Commission was entitled to fine Sinar Feedmill Bhd RM4.37 million for price fixing.
        The liquidators of Orchid Bay Shipping Pte Ltd (in liquidation) were granted leave under s 144 of the Insolvency, Restructuring and Dissolution Act 2018.
        Appeal allowed; the order of Assistant Registrar Kenneth Yip dated 12 January 2026 is set aside and the respondent company shall pay costs fixed at S$8,000.
        Chief Justice Ong Seng Huat, delivering the grounds of the Court, described the conduct of Greenfield Realty Pte Ltd as commercially unacceptable.
    """),
    ("en", "motoring news"): _lines("""
        COE premiums closed higher in the second bidding exercise of March: Category A rose S$2,389 to S$98,889 and Category B hit S$116,001.
        The BYD Atto 3 Extended Range is priced from RM149,800 in Peninsular Malaysia before insurance, with deliveries from May.
        LTA says Woodlands Checkpoint traffic peaked at 7.50am on Friday; the Causeway jam stretched back to BKE exit 7.
        The Proton X50 recall covers 13,418 units built between 2020 and 2022 for a fuel pump inspection; owners will be contacted by the company.
        JPJ's 50% summons discount runs until 31 December for compounds issued under sections 79(2) and 119(2) of the Road Transport Act 1987.
        SBS Transit bus SG5023K, a double-decker on service 858, caught fire near Yishun Ring Road; all 23 passengers got off safely.
        Perodua Myvi 1.5 AV (2026 facelift): 103 hp, 136 Nm, 0-100 km/h in 11.6 seconds and a claimed 21.1 km/l.
        PLUS: the accident at KM 301.4 northbound near Sungai Buloh has been cleared; expect 4 km of slow traffic up to the Rawang toll.
        The Traffic Police recorded 141 fatal accidents in 2025, down 7.2% from 2024, while red-light running cases fell to 4,026.
        Honda's HR-V e:HEV RS debuts at the Singapore Motorshow, Suntec Halls 401-404, 9 to 12 January, with a COE Category A friendly 96 kW rating.
        The ERP 2.0 on-board unit costs S$150 to install, but the government pays for the first unit for Singapore-registered vehicles until 31 December.
        Lewis Hamilton, driving car number 44, finished third at the Marina Bay Street Circuit after starting ninth.
    """),
    ("en", "encyclopaedia, people who died before 1950"): _lines("""
        Tan Tock Seng (1798–1850) was a Malacca-born merchant and philanthropist who paid for the pauper hospital on Pearl's Hill that still bears his name.
        Yap Ah Loy (1837–1885), the third Kapitan Cina of Kuala Lumpur, rebuilt the town after the fire of 1881 and ran tin mines at Ampang.
        Sir Thomas Stamford Raffles landed at Singapore on 28 January 1819 and signed a treaty with Sultan Hussein Shah and Temenggong Abdul Rahman on 6 February.
        Loke Yew (1845–1917) gave land and money towards the founding of Victoria Institution and was among the wealthiest men in British Malaya.
        Munshi Abdullah, born Abdullah bin Abdul Kadir in Malacca in 1796, wrote the Hikayat Abdullah and died in Jeddah in 1854.
        Lim Bo Seng (1909–1944), a member of Force 136, was captured by the Kempeitai and died in Batu Gajah prison.
        Chung Keng Quee (1821–1901), Kapitan of the Hai San in Larut, built the Church Street mansion in George Town now known as the Pinang Peranakan Mansion.
        Sultan Abu Bakar of Johor (1833–1895) signed the Anglo-Johor Treaty of 1885 and is remembered as the father of modern Johor.
        Hoo Ah Kay, called Whampoa (1816–1880), was the first Asian member of the Legislative Council of the Straits Settlements.
        Song Ong Siang (1871–1941) wrote One Hundred Years' History of the Chinese in Singapore, published by John Murray in 1923.
        Eu Tong Sen (1877–1941) made his fortune in Perak tin and Chinese medicine halls and built Eu Villa on Mount Sophia in 1915.
        Sir Frank Swettenham (1850–1946) served as the first Resident-General of the Federated Malay States from 1896 to 1901.
    """),
    ("en", "sports results"): _lines("""
        Singapore Open men's singles quarter-final: Loh Kean Yew bt Lee Zii Jia 21-17, 18-21, 21-19 (72 min).
        Singapore Premier League: Lion City Sailors 3 Tampines Rovers 1, attendance 6,212 at Jalan Besar Stadium.
        Malaysia Super League: Johor Darul Ta'zim 5-0 Sabah FC, attendance 24,118 at Sultan Ibrahim Stadium.
        SEA Games women's 100m final: 1. Shanti Pereira (SGP) 11.41, 2. (THA) 11.52, 3. (VIE) 11.60; wind +0.8 m/s.
        Standard Chartered Singapore Marathon: the winner clocked 2:16:49, the first Singaporean finished in 2:38:07, and 11,423 runners completed the full distance.
        Malaysian Open squash final: Sivasangari Subramaniam (MAS) won 11-8, 9-11, 11-6, 11-4 in 48 minutes.
        T20I at Kinrara Oval: Malaysia 168/7 (20 ov) beat Singapore 152/9 (20 ov) by 16 runs.
        Joseph Schooling won 100m butterfly gold at Rio 2016 in an Olympic record of 50.39 seconds.
        ISTAF SuperSeries sepak takraw: Malaysia bt Thailand 2-1 (21-18, 19-21, 15-13).
        Sultan Azlan Shah Cup: Malaysia 2 Korea 2, Malaysia won 4-3 on penalties.
        Singapore Grand Prix, lap 62 of 62: fastest lap 1:34.486; the Safety Car was deployed twice.
        Lawn bowls, women's fours final: Malaysia 16 Singapore 14 after an extra end.
    """),
    ("mixed", "patient forum and pharmacy talk, nothing identifying"): _lines("""
        Anyone else get the dry cough from perindopril ah? Doc switched me to losartan last month and it's much better.
        The polyclinic pharmacist sat down with us for 15 min to explain the new pill box for my grandma, very patient one.
        Tip: Guardian and Watsons both carry 10 mg cetirizine, but the house brand generic is S$4 cheaper lah.
        Is it normal for the arm to be sore for 2 days after the flu jab? No fever, just pain when I lift.
        Farmasi dekat Section 14 tu open until 10pm, the pharmacist can advise which sunscreen is ok for kids.
        For those asking, the clinic queue app number is just your ticket for the day, like Q047, it resets every morning.
        Thread rules: do not post your IC, phone number or MC here, mods will delete; PM the clinic directly.
        Pharmacist said paracetamol and ibuprofen can be alternated for fever, but check with your own doctor first ya.
        Anyone know if Medisave can be used for the shingles vaccine? The CHAS clinic near the MRT said yes for 2 doses.
        Kalau nak beli insulin pen needles, Caring Pharmacy got the 4mm ones at RM38 per box of 100.
        I think the Healthier SG app version 3.2.1 keeps logging me out, anyone else?
        Went to the A&E at 2am once for a fish bone, waited 4 hours, so now I just go to the 24-hr GP first.
    """),
    ("en", "condo, insurance, wedding and funeral notices"): _lines("""
        Notice to all residents of The Verandah @ Upper Thomson (MCST Plan No. 4123): the swimming pool will be closed for maintenance from 3 to 7 March.
        The 18th Annual General Meeting of MCST 3891 will be held at the function room, Level 2, on Saturday 14 June at 2pm; proxy forms must reach the managing agent 48 hours before.
        Vehicles without a registered IU in the car park will be clamped; the release fee is S$100 under by-law 7 passed at the 16th AGM.
        Specimen: Policy No. MCY-000000-00; your actual number is printed on the Certificate of Insurance issued with your renewal.
        Integrated Shield Plan premiums, age next birthday 41-45: S$612 a year (MediShield Life portion S$503), payable from Medisave up to S$600.
        Section C of the takaful claim form must be completed by the attending doctor; forms without the clinic stamp will be returned.
        Tranquil Rest Funeral Services, 2 Jalan Bukit Merah #01-12, open 24 hours, hotline 6250 0000, Buddhist, Taoist and Christian packages from S$6,888.
        Crematorium slots are allocated in 90-minute blocks; families should go through their funeral director rather than the NEA counter.
        Nirvana Memorial Garden Semenyih: columbarium niches from RM9,800, with 5% off pre-need purchases made before 31 August.
        Wedding banquet package at the Shangri-La Hotel, 22 Orange Grove Road: S$2,388++ per table of 10, minimum 25 tables, Saturday dinner.
        Solemnisations at the Registry of Marriages, 7 Canning Rise: each couple may bring up to 20 guests and should arrive 30 minutes early.
        Under the Motor Claims Framework, accidents must be reported to your insurer within 24 hours or by the next working day, even if you are not claiming.
    """),
    ("mixed", "ride-hailing and delivery platform updates"): _lines("""
        Grab driver-partners: from 1 July the monthly target for Gold tier is 350 completed trips, up from 320.
        foodpanda rider pay in the Klang Valley: base fare RM3.00 per order plus RM0.65 per km beyond 2 km, effective 15 March.
        Gojek app v4.88.2 fixes the bug where drop-off pins in Punggol Digital District landed on the wrong side of the road.
        Under the Platform Workers Act 2024, platform operators in Singapore must make CPF contributions for workers born in or after 1995.
        The driver centre at 3 Media Close is closed on public holidays; please use the in-app Help Centre instead.
        Bro the ERP at CTE tonight is S$4 until 9pm, better go via PIE if your pax is going Toa Payoh.
        Order #GF-8812-3390-7 cancelled by merchant: item out of stock (chicken rice x2, S$11.60).
        Airport pickup tip: from the T3 arrival pickup to the car park exit is about 7 min; waiting fee starts after 5 min.
        Promo code RIDE15 gives 15% off up to RM5 per ride, valid until 30/9, limited to 3 uses per account.
        Lorry booking estimate: 10ft lorry from Jurong West to Pasir Ris S$68, plus S$20 per additional stop.
        Surge pricing 1.4x around Bukit Jalil National Stadium after the concert; pax can take the LRT from Bukit Jalil station.
        Riders injured on the job can call the association's support line at 6213 8008 for free legal clinic bookings.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi doc, my father Lim Chee Keong (S2814337F) was admitted to CGH ward 76 last night with chest pain, can I get his discharge summary emailed to me?
        Pharmacy order for Mdm Rosnah binti Ahmad, IC 540312-01-5526, metformin 500mg x 180, deliver to No. 14 Jalan Mawar 3, Taman Sri Skudai, 81300 Johor Bahru.
        Claim ref CLM-25-0098341: insured Kevin Ong Wei Jie, policy no. LA-7732019, was diagnosed with stage 2 nasopharyngeal carcinoma at NCCS on 4 Feb.
        Accident at AYE near the Clementi exit, my car SKQ 4472 H was hit by SLT 8810 P, the other driver Mr Ravi s/o Murugesan gave his number 9176 2284.
        Police report no. G/20260311/4419, complainant Nur Aisyah bte Hamzah, NRIC T0123789J, reports that her ex-boyfriend keeps turning up at Blk 321 Clementi Ave 5 #11-04.
        wedding guestlist: Jasmine Teo & Daniel Ho, ROM 12/9, Jasmine's mobile +65 9832 1157, pls RSVP by 15 Aug
        With deep sorrow we announce the passing of Mr Goh Beng Huat; wake at Blk 655 Jurong West St 61 void deck, please contact his son Alvin Goh at 8127 6630.
        Dear MCST committee, the owner of #14-07, Mr Sanjay Kumar, has been parking his car SJD 2210 B in the visitor lot every night since January.
        Driver partner Muhammad Hafiz bin Rosli, MyKad 910817-14-6239, Perodua Bezza VHA 4821, account suspended pending investigation.
        foodpanda rider Tan Jun Hao, FIN G5532108M, phone +65 8450 9923, was injured on 3 Mar at Bedok North Ave 1.
        email me the ward bill pls — jess.lowhy88@gmail.com — mum's name is Low Siew Lan, bed 12 in ward 9, NUH
        Patient Chong Mei Ling, 34F, G2P1, GDM on insulin, next review at KKH Clinic D on 22/4, HP 9661 0342.
        Claimant: Arumugam a/l Subramaniam (IC 680224-08-5137), warded at Hospital Raja Permaisuri Bainun Ipoh for dengue, 5 days, bill RM6,420.
        The other party's insurer is Etiqa, his name is Wong Kah Meng, car WPK 7719, phone 012-338 4471, he says he'll settle outside insurance.
        Re unit #05-11: Mrs Priya Nair complained that the tenant at #06-11 (a Mr Jason Lee, 9288 4106) has been smoking on the balcony.
        For the ang pow transfer: DBS 120-345678-9, name Cheryl Tan Hui Min, pls don't put in the big group chat haha
        Sorry bro, card 4563 1800 2294 7718 exp 08/28 under Marcus Yeo got declined, can try again for the hotel deposit?
        Bereavement contributions can be PayNow-ed to the family: Serene Koh, 9012 4478 (granddaughter).
        Re your MC: Mr Faizal Hamid, NRIC S8934521C, was certified unfit for duty from 2 to 5 May (acute gastroenteritis) by Dr Lee, Healthway Medical Tampines.
        Hi I'm the Grab pax from just now, name Melissa, left my wallet in your car SMB 3382 K, my no. is 8765 2210 pls call
        Please update the beneficiary: Lee Ah Moi, passport K4821930N, relationship mother, address Blk 58 Marine Terrace #09-21 S440058.
        Informant for the death certificate: daughter Yeo Pei Shan, NRIC S7711023B, mobile 9488 1276.
        Tenant Nurul Izzah binti Kamal (MyKad 950506-10-5678) owes 3 months of maintenance fees for Unit B-12-3, Residensi Desa Aman, Cheras.
        My wife Angeline Chua was diagnosed with breast cancer at Parkway East last week, policy with AIA no. L938112744, how to claim CI?
        dispatch note: pick up from Siti Zubaidah, 17 Jalan SS 21/37, Damansara Utama, 47400 PJ, contact 016-772 9015, COD RM45
        The Grab driver Ah Seng (real name Lim Seng Huat) in SFN 6120 T drove off with my bag, I already lodged an e-police report.
        Mr Benjamin Chia's HbA1c is 9.2% and his eGFR dropped to 48; he lives alone at 32 Jalan Kembangan and his daughter's email is rachel.chia@outlook.sg.
        Reservation under Ong, table 12 for the wedding lunch, contact Christine Ong at christine.ong.wedding@yahoo.com.sg / +65 9644 2817.
        Witness statement: I, Harjit Singh s/o Baldev Singh, S7923418D, residing at 88 Tanah Merah Kechil Road #03-14, saw motorcycle FBF 2291 Z beat the red light.
        Hospitalisation claim submitted for Tan Li Ting (DOB 14/03/1989), ICU stay at Mount Elizabeth Novena, reference HI-2026-773415.
        Malaysian passport A38801547, holder Lau Kok Wai, must be renewed by June for the umrah trip with his mother.
        Rider ID FP-MY-228130 belongs to Ganesh a/l Raman, 019-552 6031, flagged for three late deliveries in Puchong.
        Pls don't share but my neighbour at #08-02, Mrs Chan Lai Fong, goes for dialysis 3x a week at NKF Bedok, her son is Terence Chan 9753 0188.
        IG @kaylee.tan.bakes is the bride's sister Kaylee Tan, she's doing the wedding cake, DM her for the tasting.
        The rider who hit my car is on Telegram @jeremy_rides_sg (Jeremy Lim), his bike is FBL 7732 M.
        Medication reconciliation: Mr Ismail bin Osman, 71, Blk 234 Yishun Ring Rd #04-1187, on apixaban 5mg bd and amlodipine 10mg od.
        Pls send the condolence wreath to Sharon Lim's house at 25 Jalan Pelatina, Singapore 578929; she's the widow, hp 9233 8104.
        Mr Tay Boon Keng's Vezel SLB 5519 A at lot 214 was scratched again, he wants the CCTV footage from 2 Feb 11pm to 3 Feb 2am.
    """),
    "mixed": _lines("""
        Eh bro, yang accident tadi tu, nama dia Azman bin Yusof, IC 800911-06-5221, kereta dia BMA 8813, dia cakap nak settle cash RM800.
        Doc, anak saya Adam Haikal (MyKid 150722-10-0419) demam 3 hari dah, boleh datang klinik pukul 5? my no 013-447 2916
        Aiyo the delivery uncle call me at 9027 6641 and say parcel under Lim Hui Xin, but I stay Blk 14 Toh Yi Dr #07-31, not 17 leh
        Pak cik Rahman (Abdul Rahman bin Said) meninggal pagi tadi, jenazah di No 8 Lorong Cempaka 2, Taman Melawati; contact Faridah 017-228 5140.
        Kak Nora's son Irfan (T0512347H) kena admitted KTPH for asthma attack, she ask whether Medisave can pay or not
        Bos, my Lalamove driver Kumar (WXK 5518) never show up, his number 011-2384 9021, please refund my RM32
        Nikah at Masjid Sultan, pengantin Nurul Ain binti Zakaria & Amirul Hakim bin Jamal, wali contact 8166 2093.
        Nak claim insurance for my car, police report no. SENTUL/007512/26, owner Chan Wai Kit, IC 870403-14-5593.
        Condo MC chairman lah, Mr Kenneth Wong at #12-03 The Tembusu, email kennethwong.tmbs@gmail.com, complain direct to him
        Grab rider aunty Lina (Salina binti Mat) 012-905 4417 kena langgar at Jalan Ipoh, now at HKL ward 7B, patah kaki
        My mum Ng Ah Chu (S1422617E) the pharmacist say cannot take her warfarin with the TCM, can call her at 6452 1189
        Tolong hantar ubat ni ke Hjh Zainab, Blok 12 PPR Kerinchi, unit 10-07, nombor 03-2284 1190, dia diabetic tak boleh jalan.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Hi, can I order a refill of my mum's Januvia for delivery?"),
        (
            "assistant",
            "Sure. Please give the patient's full name and IC number as on the prescription.",
        ),
        ("user", "Siew Geok Lan, S4419283G"),
        ("assistant", "Thanks. Where should we deliver?"),
        ("user", "Blk 406 Ang Mo Kio Ave 10 #06-1521, S560406. Call 9372 0018 when reach"),
    ],
    [
        ("user", "I need to file a hospitalisation claim for my husband"),
        ("assistant", "I can help. What is the policy number and the insured person's name?"),
        ("user", "PruShield, policy 71-0938815, insured is Rajesh Pillai"),
        ("assistant", "What was the admission for, and at which hospital?"),
        ("user", "Mild stroke, Tan Tock Seng, admitted 2 Nov, still in ward 8C"),
    ],
    [
        (
            "user",
            "just had an accident at the Jalan Kuching exit, what info do I need from the other driver?",
        ),
        (
            "assistant",
            "Take photos, then note their name, IC, plate number, insurer and phone, and report to your insurer within 24 hours.",
        ),
        ("user", "ok he is Lee Boon Chye, plate SKF 9013 R, insurer NTUC Income"),
        ("user", "phone 9688 3402, IC S7038824A. is that enough?"),
    ],
    [
        ("user", "Help me write the ROM booking confirmation text for my cousin"),
        ("assistant", "Sure, what are the couple's names, date and venue?"),
        (
            "user",
            "Groom Benedict Soh, bride Charmaine Kwek, 8 March 10am at the ROM building, witness is me, Vanessa Kwek",
        ),
        ("user", "add that guests can text Charmaine at 8239 5516 if lost"),
    ],
    [
        ("user", "Funeral notice in Malay and English please"),
        ("assistant", "Of course. Who passed away, and where is the wake being held?"),
        (
            "user",
            "Allahyarham Haji Osman bin Latiff, 78. Jenazah at home, 23 Jalan Kebun Teh 2, Taman Kebun Teh, 80250 Johor Bahru",
        ),
        ("user", "For enquiries call his grandson Danial 011-5820 4417"),
    ],
    [
        ("user", "Draft an email to the MCST about the leak from the unit above us"),
        ("assistant", "Happy to. Which unit is leaking and who is the owner, if known?"),
        ("user", "#09-04 above my #08-04, owner is Dr Alvin Seah, he ignores our messages"),
        ("assistant", "Should the email include your own contact details for the managing agent?"),
        ("user", "yes, Grace Ho, grace.ho.0804@gmail.com, 9162 7704"),
    ],
    [
        ("user", "rider here, customer not picking up and order is getting cold"),
        (
            "assistant",
            "Try calling once more through the app, then wait the standard 10 minutes before reporting a no-show.",
        ),
        (
            "user",
            "customer name Ahmad Firdaus, phone +60 13-291 8844, address Unit 3A-07 Vista Komanwel, Bukit Jalil",
        ),
        ("user", "guard say he moved out last week"),
    ],
    [
        ("user", "posting in the forum: is 2 months wait normal for NUH ortho?"),
        (
            "assistant",
            "Waiting times vary; if symptoms worsen you can ask your GP for an earlier referral.",
        ),
        (
            "user",
            "ok my post: 'My son Ethan Lau Jun Kai, 15, ACL tear from school rugby, NUH ortho appt only on 19 Jan, contact me 9835 4420 if anyone got faster route'",
        ),
    ],
    [
        ("user", "Macam mana nak buat police report untuk kes langgar lari?"),
        (
            "assistant",
            "Pergi ke balai polis terdekat dalam 24 jam dan bawa gambar, lokasi, dan nombor plat jika ada.",
        ),
        (
            "user",
            "ok so the victim is my brother Mohd Syafiq bin Razak, IC 020315-03-6671, he kena langgar at Kota Bharu",
        ),
        ("user", "the car that ran was DCQ 4280, white Axia"),
    ],
]
