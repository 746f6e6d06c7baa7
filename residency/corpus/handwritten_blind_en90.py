# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en90: SG/MY dental clinics (treatment plans, braces, insurance and Medisave claims, recall reminders, reviews). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en90
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "patient education"): _lines("""
        Metal braces usually take 18-24 months; ceramic brackets look nicer but are slightly more fragile.
        After an extraction, bite on the gauze for 30 mins and don't rinse, spit or use a straw for 24 hrs.
        Clear aligners must be worn 20-22 hours a day - take them out only to eat, drink anything other than plain water, and brush.
        A root canal treatment on a molar usually needs 2-3 visits, and a crown is strongly recommended after.
        Scaling & polishing is recommended every 6 months; gum patients may need 3-monthly maintenance.
        Retainers: full-time for the first 3 months, then night-time only. Lost retainer? Replacement is S$350 per arch.
        Sensitive after whitening? Normal for 24-48h. Use a desensitising toothpaste and avoid kopi, teh and curry for 2 days.
        Kids should have their first dental visit by age 1 or within 6 months of the first tooth appearing.
        Wisdom tooth surgery is done under local anaesthesia in most cases; IV sedation or GA is available for anxious patients.
        Dental implants need 3-6 months to integrate with the jawbone before the final crown is fitted.
        Smokers and poorly controlled diabetics have a higher risk of implant failure and gum disease.
        Don't eat kacang puteh, muruku or hard candy with braces lah, the brackets will pop.
        Fluoride varnish takes 2 minutes to apply; no eating or drinking for 30 minutes after.
    """),
    ("en", "medisave and insurance rules"): _lines("""
        MediSave cannot be used for routine scaling, fillings or orthodontic braces; it covers selected surgical dental procedures only.
        Surgical removal of impacted wisdom teeth and some implant procedures may be claimable under MediSave, subject to the surgical withdrawal limits.
        CHAS Blue and Orange cardholders get subsidised dental care at participating CHAS dental clinics; subsidy amounts depend on the procedure.
        Pioneer Generation and Merdeka Generation seniors receive additional dental subsidies on top of their CHAS tier.
        Please bring your NRIC and your CHAS card on the day of the visit; our staff will verify them at the counter.
        Most Integrated Shield Plans exclude dental treatment unless it is required due to an accident.
        Employees on a company group hospitalisation and surgical (GHS) plan should check with HR whether a dental rider is included.
        For outpatient dental claims, submit the itemised tax invoice and the treatment summary within 30 days of treatment.
        Pre-authorisation is required for claims above S$1,000 under most corporate dental plans.
        Under the Panel Dental Scheme, the clinic bills the insurer directly and the patient pays only the co-payment of 10%.
        Bayaran balik insurans pergigian hanya untuk rawatan yang disenaraikan dalam jadual manfaat polisi.
        MediSave withdrawal for a 3-tooth surgical removal is computed per tooth under the Table of Surgical Procedures; please check with our claims team.
        Foreigners and work pass holders cannot use MediSave; payment must be made in full or via your own insurer.
        Claims rejected? Common reasons: missing X-ray, unsigned consent form, or treatment date after policy lapse.
    """),
    ("en", "recall reminder templates"): _lines("""
        Hi {first_name}, this is {clinic_name}. Your 6-month check-up is due. Reply 1 to book, 2 to be called back.
        Dear [Patient Name], your appointment for [Procedure] is on [Date] at [Time]. Please arrive 10 mins early.
        REMINDER: Appt tmr {appt_time} w/ {doctor_name}. Pls bring your retainer. To reschedule call {clinic_phone}.
        Hello <<NAME>>, you're due for your next aligner tray change. Remember to wear them 22h a day!
        Template ID RC-06M-EN v3 - variables: patient.salutation, patient.last_name, appt.date, branch.hotline
        Salam {nama}, temujanji anda di {klinik} pada {tarikh} jam {masa}. Balas YA untuk sahkan.
        Dear Sir/Madam, our records show you have not visited us in 12 months. Book your check-up at bookings.brightbaydental.sg
        SMS cost: 160 chars per segment; keep reminders under 1 segment, no NRIC or diagnosis in the body.
        Hi {{child_name}}'s parent, school holidays are the best time for braces adjustments - slots fill up fast!
        If the patient replies STOP, remove the mobile from the recall list within 24 hours.
        Recall cadence: perio maintenance 3 mths, ortho adjustment 4-6 wks, general check-up 6 mths, implant review 12 mths.
        Merry Christmas from all of us at Smile Studio! Our clinics will be closed on 25 Dec and 1 Jan.
    """),
    ("en", "clinic reviews"): _lines("""
        5 stars. Super gentle, I didn't feel the injection at all. Front desk also very patient with my questions.
        Waited 45 mins past my appointment time, no one explained why. Treatment was fine but the wait was terrible.
        Braces done in 19 months, teeth super straight now. Price was reasonable compared to other places in Orchard.
        The clinic is clean and modern but parking at the mall is a nightmare on Saturdays.
        Quoted $1,800 for a crown, final bill was $2,150 because of 'additional build-up'. Please be upfront next time.
        Best dental experience in JB! Much cheaper than SG and the dentist explained every step. Will come back.
        1 star. They kept pushing me to buy the $90 electric toothbrush. Just want a cleaning lah.
        My kids actually look forward to going to the dentist now, the waiting area has a play corner and stickers.
        Owner reply: Thank you for your feedback. We have reviewed our scheduling and added an extra hygienist on weekends.
        Response from the clinic: We're sorry about your experience. Please email feedback@smilestudio.com.sg so we can look into it.
        Klinik ni bersih, staf mesra, harga pun ok. Recommended untuk cabut gigi bongsu.
        Went to Lim & Tan Dental Surgery at Jalan Besar for an emergency toothache on a Sunday - seen within 30 mins, very grateful.
    """),
    ("en", "billing and system logs"): _lines("""
        INV-2025-118403 | Scaling & polishing | S$128.40 incl. 9% GST | PAID (NETS)
        [2025-11-03T09:15:22+08:00] appt_id=AP-77231 status=CONFIRMED channel=whatsapp branch=TPN
        CHAS claim batch 2025-10 submitted: 214 claims, S$18,442.50, ref CB-202510-0087
        Aligner case shipment tracking: DHL 4821 9930 17, ETA 12 Nov
        ERROR 502 while syncing with clinic PMS; retrying in 30s (attempt 3/5)
        Quote Q-88120 valid 30 days: Implant (fixture + abutment + crown) S$4,380.00, bone graft optional S$650.00
        Receipt No. OR/KL/2025/004417 - Jumlah RM 380.00 - Tunai
        dental-pms v4.12.3 build 20251027-a1c9e0f; migration 0047_add_recall_flags applied
        Daily takings TPN branch 02/11: Cash $1,240 | NETS $3,980 | Visa/MC $6,115 | PayNow $2,300
        Xray sensor SN: DX-5500-SG-20391, calibration due 2026-03-01
        Instalment plan: 12 x S$498.33, 0% interest, first payment at bonding.
        sha256 of the exported treatment-plan PDF template: 9f2b6c1e0a47d3f85e6b21c09aa4f7d3b8e2c51f0d69a7e4c3b1f28e0a6d95c7
        Price list 2026: Consultation $35-$55 | X-ray OPG $80 | Composite filling from $120 | RCT molar from $1,100
        Lab docket LW-2025-3391: zirconia crown, tooth 11, shade A2, due 14 Nov, courier pickup 3pm.
        Stock alert: Lidocaine 2% w/ adrenaline cartridges below reorder level (42 left, min 100).
    """),
    ("en", "dental history and trivia"): _lines("""
        Pierre Fauchard published Le Chirurgien Dentiste in 1728 and is often called the father of modern dentistry.
        Edward H. Angle's classification of malocclusion (Class I, II and III) is still taught in every orthodontic programme.
        Horace Wells, a Connecticut dentist, experimented with nitrous oxide for tooth extraction in 1844.
        Doc Holliday, the gunfighter of the O.K. Corral, trained as a dentist before heading west.
        In Finding Nemo, the fish tank sits in the dental office of P. Sherman, 42 Wallaby Way, Sydney.
        Orin Scrivello, DDS, the sadistic dentist in Little Shop of Horrors, was played by Steve Martin in the 1986 film.
        G.V. Black's cavity classification (Class I-VI) is the reason dental students still say 'Class II MO' today.
        WHO Director-General Tedros Adhanom Ghebreyesus said in 2022 that oral health has long been neglected in global health.
        The WHO Global Oral Health Status Report (2022) estimated that almost 3.5 billion people are affected by oral diseases.
        Tan Tock Seng Hospital is named after Tan Tock Seng, the 19th-century philanthropist who funded the original pauper's hospital in 1844.
    """),
    ("en", "data handling sop"): _lines("""
        Do not send full NRIC numbers over WhatsApp or SMS. Ask patients to show their IC at the counter instead.
        Collect the full NRIC only where required by law, e.g. for MediSave and CHAS claims; otherwise use the last 4 characters.
        X-rays and intraoral scans must be stored in the PMS, never on personal phones or in staff WhatsApp groups.
        When a patient requests their records, verify identity in person and respond within 30 days.
        Shred printed daily lists at the end of each shift; do not leave appointment books at the front desk unattended.
        Before uploading case photos to Instagram, obtain written consent and crop out any tattoos or identifying features.
        If a laptop with patient data is lost, inform the DPO within 1 hour so we can assess whether to notify the PDPC.
        Training data exports must be de-identified: drop names, IC numbers, phone numbers, addresses and free-text notes.
        Voicemails left by patients should be transcribed into the PMS and deleted from the clinic phone within 7 days.
        Locum dentists get a time-limited PMS login that expires at the end of the session.
        Semua rekod pesakit mesti disimpan sekurang-kurangnya 7 tahun mengikut garis panduan KKM.
        Redact example: 'Mdm [REDACTED], [AGE]F, [CONDITION]' - keep only the procedure codes and fees.
    """),
    ("en", "clinic directory and hotlines"): _lines("""
        National Dental Centre Singapore, 5 Second Hospital Avenue, Singapore 168938.
        National University Centre for Oral Health, Singapore, 9 Lower Kent Ridge Road, Singapore 119085.
        BrightBay Dental @ Tampines Hub, 1 Tampines Walk #02-81, Singapore 528523. Hotline 6785 3310.
        Smile Studio Orchard, 391 Orchard Road #12-04, Ngee Ann City Tower B. Tel: +65 6733 2081, WhatsApp bookings only.
        CPF Board call centre: 1800-227-1188 for MediSave balance enquiries.
        Klinik Pergigian Jalan Tun Razak, open Isnin-Jumaat 8.00 pg - 5.00 ptg; cuti umum tutup.
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur - Oral Surgery Department, Level 2.
        Dr Wong's Family Dental is at 21 Jalan Sultan Ismail, KL. Hotline 03-2148 6600, walk-ins welcome.
        After-hours dental emergency line (all branches): 6100 2244, 24/7 incl. public holidays.
        Hospital Sultanah Aminah, Johor Bahru - Jabatan Pergigian, temujanji melalui rujukan klinik kesihatan.
        Khoo Teck Puat Hospital dental clinic: referrals from polyclinics only; no walk-in.
        Klinik Pergigian Mutiara @ Jalan Tun Sambanthan, Brickfields - buka Ahad 9am-1pm, walk-in OK.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pt: Lim Wei Ling (S8834127I), 37F, Class II div 1, plan U/L ceramic braces 24 mths, total S$5,980, deposit $800 paid 3/11.
        Hi doc this is Aaron's mum, Aaron Koh Jun Hao P5 at Rosyth, his lower retainer cracked during PE today. Can come tmr after 2pm? My hp 9127 4830
        Claim: insured Nurul Huda binte Ismail, S9012846I, GE group plan, 4 impacted 8s removed under GA at Mount Elizabeth Novena on 14/10, surgeon fee $3,420.
        Note for chairside: Mr Rajesh s/o Kumaravel is on warfarin and had a cardiac stent in 2022 - get INR before Thursday's extraction.
        Pls charge the balance $1,150 to Mr Darren Teo's Visa 4557 0123 8847 6628 exp 09/28, he authorised by phone at 4.10pm.
        Send the ClinCheck link to jolene.tkx88@gmail.com - that's Jolene Tan Kai Xin, she prefers email, not WhatsApp.
        Kindly courier the night guard to Mdm Wong Siew Lan, Blk 412 Bedok North Ave 2 #08-1147 S(460412). She can't travel after her hip op.
        Whoever owns SLK 4127 S - that's Mr Benjamin Ow, our 3pm implant pt - pls tell him he's blocking the loading bay.
        Siti Aminah bte Jamal, admin exec, take home around $2,600/mth, asked for 0% instalments for the $4,200 implant; approved 12 mths.
        Small Claims Tribunal: Ms Cheryl Goh Hui Min is claiming $4,850 from us, says the crown on 36 was placed without consent. Hearing 9 Jan.
        Madam Chan Mei Fong (NRIC ending 904C) - her zirconia crown is back from the lab, she'll collect on Sat morning.
        Medical tourist Mr Budi Santoso, Indonesian passport C4829173, flying back to Medan 22/11, wants all 8 veneers done before that.
        Patient from HK: Mr Lau Chi Keung, HKID K273941(0), WhatsApp +852 9123 8846 - full-mouth rehab quote sent 28/10.
        Chloe Yeo, 8 yrs, G6PD deficient and allergic to amoxicillin - flag in her chart before the pulpotomy next Wed.
        Ong Boon Kiat, 54M, smoker 20/day, HbA1c 8.9%, generalised stage III periodontitis, referred to NDCS perio clinic.
        Google review by Marcus Loh: Had all 4 wisdom teeth out here, and they were really kind about my panic disorder, even let me take breaks.
        DA Nur Farhana binti Roslan, basic $2,350 + $150 allowance, on maternity leave from 2 Feb - please arrange cover.
        Hi Mr Samuel Pereira, your perio maintenance at BrightBay Tampines is on 18 Dec 10:30am with the hygienist. Reply Y to confirm.
        PayNow $300 received from LIM JUN WEI (+65 8233 0917), ref: braces Dec instalment.
        AIA claim for Ms Priya d/o Subramaniam, policy L2479302188: RCT on 46 + PFM crown, total $2,186.55, submitted 5/11.
        Dr can your mobile team see my grandma Mdm Koh Ah Lian at 21 Jalan Kembangan? She's 91 and bedridden since her stroke, dentures loose already.
        From: aisyah.rahman92@yahoo.com - Hi, I'm 14 weeks pregnant, is it safe to do my filling next week? Thanks, Aisyah
        Re: Mr Tay Kian Seng, DOB 03/05/1961, NRIC S1540298I - non-healing 2cm ulcer left lateral tongue x 6 wks, please r/o SCC. Urgent.
        +60 11-2873 4401 is Mr Kelvin Ng's wife; she'll bring him for the bridge fitting because he just had cataract surgery.
        Waitlist: Hannah Lee Su Min, call her at nine-three-six-two zero-four-eight-one after 6pm if the Thursday slot opens.
        Raymond Sim Jia Le, 16, T0923471Z - mum Mdm Sim Bee Hoon consented to 2 premolar extractions for his braces.
        Receipt copy: VISA ****6628, cardholder DARREN TEO W K, S$1,150.00, implant crown 21, 04/11/2025 16:12
        Ethan Chua Yi Xuan (T1140289A), school dental referral, 3 carious molars; parents divorced, only mum (9382 1174) can sign.
        Arjun Mehta, FIN F2749361X, EP holder, bruxism + TMJ clicking on the left, quoted $680 for a hard night guard, weekend slots only.
        2025-11-04,Yap Shu Qi,S9503318J,9045 7712,Invisalign Comprehensive,balance 3200,notes: needle phobia
        ICE contact for Mdm Nirmala Devi: son Vikram 8766 2093. She has early dementia, pls explain post-op instructions to him.
        Mdm Goh Lay Kheng, 73, Merdeka Generation, full upper denture on 5/12; daughter-in-law will accompany, hp 9635 0281.
        eh the patient Kenneth Low call again liao, say his implant site still bleeding 3 days, he on aspirin also. Call him back 9741 3095?
        Ms Zhou Yiran, PRC ID 440304198807164023, on S Pass (FIN G5528130R) - wants the implant invoice in her own name for her insurer.
        Refund S$220 for cancelled whitening to Mr Faisal Rahim, DBS acct 027-914382-6, he emailed faisal.rahim.sg@outlook.com.
        Xavier Tan's mum says he's autistic and very sound-sensitive - first slot of the day pls, dim lights. He's 11, T1429063F.
        Amex 3760 221844 55913 exp 02/27 - Mrs Evelyn Chong Pei Ling, paying the braces deposit for her twins.
        Benjamin Ow's wife Rachel called: he fainted after the last implant surgery, can we do IV sedation this time? Her no. 8122 0457
        Lost & found: grey Samsung phone left in Room 3 after Mr Tan Boon Hock's 11am RCT - he lives at Blk 5 Tanjong Pagar Plaza #14-22, can drop off?
        Patient Yeo Kim Swee said his CPF MediSave is used up because of his wife's chemo, so he'll pay cash for the surgical extraction.
    """),
    "ms": _lines("""
        Puan Rohana binti Zakaria, IC 870415-10-5632, tel 012-408 7715, No. 23, Jalan SS 2/64, 47300 Petaling Jaya - gigi palsu siap.
        Adik Nur Aleesya binti Faizal (MyKid 150617-01-1248) perlu sapuan fluorida, ibunya Puan Zarina boleh dihubungi 019-772 3408.
        Bayaran balik RM450 kepada Encik Hafiz bin Osman, akaun Maybank 1642 8830 2719, untuk crown yang dibatalkan.
        Pesakit Muthu a/l Ramasamy, 60 tahun, IC 650911-08-5281, ada kencing manis dan darah tinggi, cabutan gigi ditangguhkan.
        Cik Farah Izzati, pelajar UiTM Shah Alam, e-mel farahizzati.z@gmail.com, nak pasang braces, bajet dalam RM4,000.
        Dr, anak saya Muhammad Danish bin Azlan, 9 tahun, ada asma dan guna inhaler Ventolin, boleh ke dia dibius untuk cabut gigi?
    """),
    "zh-Hans": _lines("""
        陈秀英阿嬷，78岁，有高血压每天吃amlodipine，下周四装全口假牙，孙女会陪她来，手机 9174 2286。
        林国强的太太说他上个月在中央医院确诊了口腔癌，想转去国大口腔中心继续治疗，电话 +65 8126 5530。
        吉隆坡的黄美玲，IC 920830-14-6118，想问隐形矫正可不可以分24期付款，微信 huangml_kl88。
        周怡然的老公要帮她付种植牙的钱，卡号 5453 0177 2091 8437，发票请开她的名字。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for BrightBay Dental (SG). Collect name, mobile and preferred branch. Never ask for NRIC.",
        ),
        ("user", "hi can book scaling this sat?"),
        (
            "assistant",
            "Sure! Tampines or Jurong East branch? And may I have your name and mobile number?",
        ),
        ("user", "tampines. Gerald Poh"),
        ("user", "9826 3341"),
        ("assistant", "Thanks Gerald, you're booked for Sat 10:00am at Tampines. See you!"),
    ],
    [
        ("user", "Hello, my son's braces wire poking his cheek, bleeding a bit"),
        (
            "assistant",
            "Sorry to hear that. You can cover the wire with ortho wax for now. Which patient is this for?",
        ),
        ("user", "Lucas Teo Wen Jie, he's 13"),
        ("user", "IC T1"),
        ("user", "255813E sorry pressed enter too early"),
        ("assistant", "Got it, I've added an emergency slot for Lucas at 4.30pm today."),
    ],
    [
        ("user", "Can I use Medisave for wisdom tooth surgery?"),
        (
            "assistant",
            "Surgical removal of impacted wisdom teeth is generally claimable under MediSave, subject to withdrawal limits. Would you like us to check for you?",
        ),
        ("user", "ok yes. use my dad's medisave. Mr Toh Kim Leng S7763029E"),
        ("user", "the surgery is for me, Toh Shi Min, 2 lower ones, under LA"),
        (
            "assistant",
            "Thank you. Our claims team will prepare the MediSave authorisation form for your father to sign.",
        ),
    ],
    [
        ("user", "Assalamualaikum, nak buat temujanji cabut gigi"),
        ("assistant", "Waalaikumsalam. Boleh berikan nama penuh dan no. IC?"),
        ("user", "Rosli bin Abdullah"),
        ("user", "IC 680322-06-541 eh tertinggal, 680322-06-5417"),
        ("user", "no tel 013-662 9184"),
        ("assistant", "Terima kasih Encik Rosli, temujanji anda pada Selasa 9.30 pagi."),
    ],
    [
        (
            "system",
            "You draft polite public replies to Google reviews for Smile Studio. Do not repeat patient details in replies.",
        ),
        (
            "user",
            "Draft a reply to this review: 'I'm Vanessa Kwek, I had my implant done here in March and it got infected, I ended up on antibiotics for 3 weeks and lost 4kg.'",
        ),
        (
            "assistant",
            "Thank you for sharing your experience. We're sorry to hear about your recovery. Please contact our clinic manager at feedback@smilestudio.com.sg so we can follow up personally.",
        ),
    ],
    [
        ("user", "i want to claim my wife's root canal under my company insurance"),
        (
            "assistant",
            "Sure. Please send the itemised invoice and the treatment summary. Who is the patient?",
        ),
        (
            "user",
            "Patient: Angeline Soh Hui Ling, 34. Employee: me, Derrick Soh, staff no. doesn't matter",
        ),
        (
            "user",
            "she also has lupus so the dentist gave extra antibiotic cover, is that claimable?",
        ),
        (
            "assistant",
            "Medication prescribed as part of the treatment is usually claimable if itemised on the invoice.",
        ),
    ],
    [
        ("user", "你好，我从广州过来新加坡做种植牙，需要什么资料？"),
        ("assistant", "您好！请带护照和以往的X光片。请问您的姓名和联系方式？"),
        ("user", "王志斌，手机 +86 139 2284 6610，护照 EJ4827361"),
        ("assistant", "谢谢王先生，我们已为您预约12月3日上午10点的咨询。"),
    ],
    [
        (
            "system",
            "You help clinic staff write recall SMS messages. Keep them under 160 characters and do not include diagnoses.",
        ),
        ("user", "write a recall sms for this row pls"),
        (
            "user",
            "Mdm Lee Geok Choo | 9312 7785 | last visit 12/04 | perio stage II | hygienist Amy",
        ),
        (
            "assistant",
            "Hi Mdm Lee, it's time for your 6-month check-up at BrightBay Dental. Reply 1 to book or call 6785 3310. Thank you!",
        ),
    ],
    [
        ("user", "Do you do home visits for denture adjustment?"),
        (
            "assistant",
            "Yes, our domiciliary team visits homes in the east on Tuesdays. There is a $120 visit fee.",
        ),
        ("user", "ok can arrange"),
        ("assistant", "Great, please share the patient's name and address."),
        (
            "user",
            "My father Mr Seah Chin Huat, Blk 108 Pasir Ris St 12 #06-311 S510108. He's 84 and has Parkinson's, hands shake so he can't take the denture out himself",
        ),
    ],
    [
        ("user", "Can I pay the aligner balance over the phone?"),
        (
            "assistant",
            "Yes, we can take card payment over the phone. Please provide the card details.",
        ),
        ("user", "4036 2287"),
        ("user", "1590 2240 exp 11/28"),
        ("user", "name on card MELISSA QUEK, it's for my own Invisalign"),
        (
            "assistant",
            "Thank you Ms Quek, payment of S$2,400 received. A receipt will be emailed to you.",
        ),
    ],
]
