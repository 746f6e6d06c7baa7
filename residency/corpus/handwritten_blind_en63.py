"""Blind check set en63: English (SG/MY/HK) vet clinics, pet adoption, pet insurance, grooming and boarding, lost pets, AVS/DVS licences. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en63
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "clinic notice"): _lines("""
        Clinic hours: Mon-Fri 9am-12pm, 2pm-5pm, 6pm-9pm; Sat/Sun & PH 9am-12pm only. Last registration 30 min before closing.
        Pls note we are CLOSED on 1 Jan. For emergencies pls proceed to our 24-hr partner hospital at Pasir Ris Drive 1 or call their emergency line 6786 1111.
        Core vaccines for puppies: DHPPi at 8, 12 and 16 weeks, booster at 1 yr, then every 3 yrs. Rabies vaccine is not routinely given in SG.
        Reminder: no food after 10pm the night before surgery. Water is ok until 6am. Pls bring your pet's medication in the original packaging.
        Consultation fee $65 (weekday), $85 (after 6pm & weekends), $150 (after midnight). All prices before GST 9%.
        Dr. Lee & Partners Veterinary Surgery will be relocating to 5 Upper Bukit Timah Road from 1 March. Same number, same team, more parking!
        Tick fever (Ehrlichia / Babesia) cases are going up this monsoon season - check your dog's ears and between the toes after walks at MacRitchie.
        Do NOT give your pets grapes, raisins, chocolate, onions or xylitol gum. If ingested, call us immediately, don't wait for vomiting.
        We accept PayNow (UEN 201812345K), NETS, Visa and Mastercard. Sorry, no cheques.
        Cat sterilisation package: $180 (F) / $120 (M), incl. pre-op bloodwork, pain relief and e-collar.
        Kindly keep dogs leashed and cats in carriers in the waiting area. Some of our patients are very stressed, thank u for understanding 🙏
        Heartworm prevention is recommended monthly for all dogs in SG; a quick blood test is needed before starting if your dog missed doses.
    """),
    ("en-SG", "AVS licensing"): _lines("""
        All dogs above 3 months old in Singapore must be licensed and microchipped. Licence fee is lower if your dog is sterilised.
        HDB flat owners may keep one dog of an approved small breed; Project ADORE mixed-breed dogs are allowed subject to height and weight limits.
        Apply or renew through the Pet Animal Licensing System (PALS). You will need to log in with Singpass.
        Owner NRIC/FIN: [__________]   Microchip No.: [_______________]   Breed: [__________]   Sterilised: Y / N
        Renewal SMS template: "Dear <OWNER_NAME>, the licence for <DOG_NAME> expires on <EXPIRY_DATE>. Renew at PALS to avoid a late fee."
        For enquiries on pet licensing, call the NParks/AVS general hotline 1800 476 1600 (Mon-Fri 8.30am-5pm, closed on PH).
        Scheduled dogs such as the Bull Terrier and Akita must be leashed and muzzled in public, and the owner must take up third-party liability insurance.
        Abandoning a pet is an offence under the Animals and Birds Act: first-time offenders face a fine of up to $10,000, jail of up to 12 months, or both.
        To transfer a licence, both the current owner and the new owner must log in with Singpass. AVS does not process transfers over email.
        Please do not email photos of your NRIC to us. Personal particulars should only be submitted through the secure portal.
        Import of cats from Category B countries: rabies vaccination at least 30 days before export, RNATT titre >= 0.5 IU/ml, and 30 days in quarantine at the Sembawang Animal Quarantine Station.
    """),
    ("en-MY", "adoption listing"): _lines("""
        ADOPT DON'T SHOP 🐾 Meet Biscuit, 2yo female local mix, spayed, vaccinated, super manja with kids. Located in PJ. Adoption fee RM150 covers vet costs.
        Oreo & Milo, bonded pair of 6 month kittens, litter trained, must be adopted together. Serious adopters only, home visit required. Klang Valley only ya.
        Requirements: 1) 21 and above 2) landed property with proper gate 3) agree to sterilise 4) NO chaining. Fill in the Google form in our bio.
        URGENT!! Lucky the senior shih tzu needs a foster by this weekend, his owner passed away and the family cannot keep him. Pls share!!
        Adoption form fields: Full name / IC no. / Address / Occupation / Own or rent? (kept confidential and used only for adopter screening)
        Kucing ni dah spay, vaccine lengkap, dah deworm. Free to good home tapi kena sign adoption agreement okay.
        Rehoming fee RM80 is not profit, it goes back into the rescue fund for the next pup. Official receipt will be issued.
        Sheba (yes, named after the cat food lol) is FIV+ but otherwise healthy and needs an indoor-only home with no other cats.
        Adoption Drive this Sat 10am-4pm @ Jaya One, Section 13 PJ. 30+ dogs & cats looking for their furever homes!
        Update: Bobby has been adopted 🥰 Thank you all for sharing. Still 12 more babies waiting at the shelter.
        Donations can be banked in to Persatuan Kebajikan Haiwan Dato' Harun, Maybank 5141 2233 8810. Pls WhatsApp the receipt to the shelter line.
        Pet shops still sell mill puppies on FB Marketplace - report suspicious sellers to DVS through the e-Aduan portal.
    """),
    ("en-MY", "DVS and council"): _lines("""
        MBPJ dog licence: RM10 per sterilised dog per year; max 2 dogs for landed houses, no dogs in high-rise units unless approved.
        Animal Welfare Act 2015 (Act 772): penalty for cruelty is a fine of RM20,000 to RM100,000, jail up to 3 years, or both.
        To bring a cat from MY to SG you need a DVS veterinary health certificate issued within 7 days of travel plus an AVS import licence.
        Permit application status: APPROVED | Ref: DVS/PRM/2025/118842 | Validity: 30 days from date of issue
        Jabatan Perkhidmatan Veterinar Negeri Selangor, Tingkat 3, Bangunan Sultan Salahuddin Abdul Aziz Shah, 40000 Shah Alam.
        Your MyKad number is required for licence registration; the council will not disclose it to third parties, in line with the PDPA 2010.
        Licence tag colour changes every year - 2025 is blue, 2026 will be orange. Pls tie the tag on the collar, not keep it in the drawer.
        DBKL Veterinary Health Department counter at Menara DBKL 1, Jalan Raja Laut is open 8am-4.30pm on working days.
        Rabies immune belt: dogs in the northern border states must be vaccinated annually. Check with your state DVS office for free vaccination days.
        Complaints on animal cruelty can be lodged via the DVS hotline 03-8870 2000 or the MySISPAA portal, 24 hours.
        Kindly note: licence renewal online via e-Lesen is down for maintenance from 11pm to 3am on Sunday, 7 Dec 2025.
    """),
    ("en-HK", "pet insurance"): _lines("""
        Vet expense cover: up to HK$30,000 per policy year. Co-payment 20% for pets aged 9 and above. Waiting period 14 days for illness, none for accidents.
        Pre-existing conditions are excluded. Hereditary conditions such as hip dysplasia are covered only if first diagnosed after the waiting period.
        Claim Form Section A - Policyholder. Name: ________  HKID: _______(_)  Tel: ________  Pet name: ________
        Claim no. CLM-HK-20251118-004472 status: Pending documents (itemised invoice, medical report).
        Please submit claims within 90 days of treatment via the app; original receipts are not required for amounts below HK$2,000.
        Premium table (Basic): Dog 0-4 yrs HK$188/mth, 5-8 yrs HK$268/mth; Cat 0-8 yrs HK$138/mth. Pets above 9 yrs: renewal only.
        Third-party liability: up to HK$1,000,000 per incident if your dog bites someone or damages property.
        Customer service hotline 2888 6131 (Mon-Fri 9:00-18:00). Claims enquiries press 2.
        Cremation benefit HK$1,500; advertising costs and reward for a lost pet up to HK$3,000 per policy year.
        Policy wording v3.2 (effective 2025-07-01), Section 5.3: "You" means the person named as Policyholder in the Schedule.
        Reimbursement will be made by FPS only to an account held in the policyholder's own name.
        2024 portfolio: loss ratio 68.4%, average claim HK$4,210, top condition dermatitis (17% of claims), followed by gastroenteritis (11%).
    """),
    ("en-SG", "grooming and boarding"): _lines("""
        Full groom (small breed) $75: bath, blow dry, haircut, nail clipping, ear cleaning, anal gland expression. Add-on teeth brushing $10.
        Boarding rates: Cat condo $35/night, Dog suite $55/night (under 10kg). Peak period (Dec, CNY) +$10/night. Min 2 nights.
        All boarders must show vaccination records dated within the last 12 months and a tick/flea treatment within the last month.
        sorry guys fully booked for CNY period liao, waitlist only 🙏
        Booking ref #GRM-88213 | Sat 14 Dec 2025 10:30 | Service: Puppy intro groom | Status: Confirmed
        Pls don't feed ur furkid 2 hrs before grooming, some of them get carsick in the pet taxi.
        Cage-free home boarding in Sengkang, max 4 dogs at a time, live updates on our IG stories every evening.
        Mdm Koh's Pet Grooming Salon, Blk 123 Ang Mo Kio Ave 3 #01-1234, open daily 10am-7pm except Tues.
        Matted coats will be shaved down for the pet's welfare; de-matting fee $20 per 15 min.
        5 stars!! Groomer was super patient with my reactive poodle and the teddy bear cut came out so cute
        Themed rooms at our pet hotel: the Snoopy Suite, the Garfield Room and the Lady & the Tramp double suite for bonded pairs.
        Pet taxi $25 one way within 10km of our Tampines outlet, $1.20 per km thereafter.
    """),
    ("en-HK", "lost and found"): _lines("""
        LOST DOG 🚨 Brown toy poodle, male, answers to Mochi, last seen near Tai Koo MTR exit B on 3 Nov around 8pm. Red collar, microchipped. Pls DM this page.
        FOUND: ginger tabby, very friendly, near Sai Ying Pun market. Brought to the SPCA Wan Chai centre for a chip scan.
        If you find a stray or lost dog in HK, call the government hotline 1823 - AFCD will arrange collection to an Animal Management Centre.
        Reward HK$5,000 for safe return. No questions asked.
        Tips: check under cars, inside drains and in stairwells - scared cats usually hide within 5 houses of home.
        Stray dog wandering along Tuen Mun Road near Siu Lam, pls drive carefully!!
        Group rules: no doxxing, do not post finders' or owners' phone numbers publicly, use DM only.
        Still missing, day 12. Hachiko waited nine years, we are not giving up on Bao Bao 💔
        Found a tortoise next to the Queen Victoria statue in Victoria Park 😂 anyone lost one?
        To reclaim your dog from the Animal Management Centre, bring the dog licence and vet records; opening hours 9am-5pm.
        ISO 11784/11785 pet microchips have 15 digits; the first three are a country code (e.g. 344 for Hong Kong) or a manufacturer code (900-998).
    """),
    ("en", "vet software"): _lines("""
        SELECT patient_id, species, breed, dob FROM patients WHERE last_visit < '2024-01-01' AND deceased = false;
        vetcloud-api v2.14.3 (build 7f3a9c1e) - fixed: invoice PDF shows wrong timezone (SGT +08:00)
        sha256 3b7e1f0c9a2d44e8b6c1f5a7d9e20b3c4f6a8d1e2b3c5d7f9a0b1c2d3e4f5a6b  vetcloud-2.14.3.tar.gz
        Invoice INV-2025-004817 | Consult $65.00 | Vaccine DHPPi $48.00 | Subtotal $113.00 | GST 9% $10.17 | Total $123.17
        2025-11-28T09:14:03+08:00 INFO appointment.created id=apt_7Kq2Xm clinic=TPN-01 slot=10:30 duration=15
        CSV header: owner_name,owner_nric_masked,owner_mobile,pet_name,species,microchip - never export owner_* columns to the analytics bucket.
        Redaction rule: mask NRIC as S****XXXA and mobile as 9XXX XXXX before sending any record to the insurer's staging environment.
        Order #SHP-77120845 (Renal diet 2kg x3) shipped via Ninja Van, tracking NVSGMYSH000512847.
        Hi {owner_first_name}, {pet_name} is due for the annual vaccination on {due_date}. Reply YES to book a slot.
        ERROR 422: field 'hkid' failed validation (expected format A123456(7))
        Dosage reference: meloxicam 0.1 mg/kg PO SID for dogs after a 0.2 mg/kg loading dose; review before day 5.
    """),
    ("en-SG", "news and public"): _lines("""
        Sir Stamford Raffles founded the Zoological Society of London in 1826, a few years after leaving Singapore.
        Speaking at the opening of the new shelter in Pasir Ris, the Minister of State said HDB's pet rules would be reviewed by 2026.
        Under the new cat management framework, cat owners must license and microchip their cats by the end of the two-year transition.
        AVS received 1,280 pieces of feedback on animal welfare in 2024, up 9% from the year before.
        Clifford the Big Red Dog would definitely not pass the HDB 10kg limit 😂
        The SPCA's executive director urged the public to report abuse via its 24-hour hotline instead of posting videos on social media.
        Singapore Veterinary Association survey: 41% of vets reported burnout symptoms; mean weekly working hours 52.
        Mount Pleasant, Beecroft and Raffles Vet are among the clinics listed on the AVS page of licensed veterinary centres.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Hi Dr, this is Priscilla Ng, Coco the maltese's owner. Can I shift her dental to Thurs? My hp 9183 4427.
        Licence renewal for dog Rocky - owner Muhammad Faizal bin Rahim, NRIC S8834127I, Blk 412 Hougang Ave 10 #08-233, S530412.
        Boarding intake: owner Jasmine Teo Hui Min, emergency contact husband Darren Teo 8762 0193, pick-up 22/12 after 6pm.
        Claim approved for Mr Ravi Chandran (policy SG-PET-0092281): pug's BOAS surgery $4,380, reimbursement to DBS a/c 072-588419-3.
        Note for groomers: Mdm Lim Siew Eng (Pasir Ris, the one with the two schnauzers) just finished chemo and is immunocompromised, pls mask up at handover.
        Card 4532 0184 7713 0521 exp 08/27, name on card KOH WEI JIE - pls charge the boarding deposit $200.
        Foster applicant Maria Santos Dela Cruz, FIN G5517302N, works as a helper at her employer's flat in Bishan, employer consent letter attached.
        pls send the vaccination cert to bryan.ong.88@gmail.com, the boarding place needs it tonight - Bryan (Charlie's dad)
        LOST CAT Sengkang!! grey British shorthair Earl escaped from Blk 268C Compassvale Bow #11-402. Pls call Amanda 9734 1186 anytime!!
        Pet groomer Lim Kok Hwa, 42, was fined $6,000 in the State Courts on Tuesday for causing the death of a toy poodle during a grooming session.
        Offer letter: Ms Nur Aisyah binte Kamal, Veterinary Nurse, basic salary $2,850/mth, start 2 Jan 2026, probation 3 months.
        FYI the adopter for Biscuit, Kenneth Yeo Jun Hao from Jurong West St 91, has a prior conviction for animal cruelty in 2019 - pls reject.
        Licence transfer: from T0245519B (current owner) to S7712084Z (new owner), dog Bella, microchip ending 2634.
        Pet taxi driver pls note: Mr Suresh Pillai will be waiting at the drop-off bay in a white Vezel SKL4821C.
        Home euthanasia for our 15yo golden, address 23 Jalan Kechubong S578842, ask for Mrs Patricia Chua, gate code 4417.
        Adopter WhatsApp +65 9021 5573 (Hafiz Rahmat), he's also on Telegram @hafiz_catdad
        For the relocation to Perth we need the owner's passport copy - Wong Jia Ling, passport K4417285N, expiring 03/2029.
    """),
    "en-MY": _lines("""
        Salam doc, saya Nurul Izzati, kucing saya Comel muntah2 since semalam. Boleh check ke petang ni? No tel 012-384 7291.
        Adopter details: Tan Boon Keat, IC 870412-14-5523, No. 18, Jalan SS 2/64, 47300 Petaling Jaya. Home visit Sat 3pm.
        Claim for Ms Kavitha a/p Murugan: dog Max, TPLO surgery RM9,800 at the Subang clinic, bank in to Maybank 1140 2258 8317.
        Lee Chee Wai, 35, a pet shop owner in Ipoh, pleaded guilty at the Magistrate's Court to neglecting 14 dogs and was fined RM40,000.
        pls deliver the kibble to my mum Mdm Chong Ah Moi, 27 Lorong Kenari 3, Taman Bukit Indah, 81200 Johor Bahru, hp 017-228 4410
        Encik Azman Hashim (Raja's owner) is visually impaired and Raja is his guide dog - pls call him, he can't read SMS.
        Abang grab pet, owner Siti Hajar tunggu kat lobby, kereta Myvi putih WXY 8812 ya
        Hi, I'm Jason Lau, please send the DVS export cert to jasonlau.kl@yahoo.com.my and cc my wife Michelle (michelle.lau83@gmail.com).
        IC 920918-10-6784 - pet owner was bitten on the left calf by her neighbour's dog, sent to Hospital Klang for anti-tetanus.
        Confirm Afiq Danial's salary for Dec: RM2,300 basic + RM450 grooming commission, KWSP 18837291, CIMB 7012 4456 31.
        Buyer from China wants the Maine Coon kitten: Liu Xiaoyu (刘晓雨), WeChat liuxiaoyu_0711, mobile +86 138 2716 4052
        Shipping a cat to Xiamen: consignee Chen Meiling, ID 35020319920711084X, Siming District, Hubin South Road 388, Unit 1502.
        Refund for cancelled boarding processed to card 5522 18** **** 9074 (Ms Ooi Pei Shan) on 3 Dec.
        The lady who surrendered the 3 cats is Puan Rohana Ismail from C-12-3 Pangsapuri Seri Mawar, Seksyen 7 Shah Alam - moving into a care home bcos of her dementia.
        Penang: patient Tiger (DSH, M/N), owner Mr Gan Wei Ming, IC 790305-07-5131, 3-7-12 Jalan Sungai Dua, Gelugor. Outstanding RM640.
        Volunteers for Sat adoption drive: Aina 011-2345 6789, Dinesh 019-552 0813, Wei Ling 016-431 7720
        Pet passport application: Hafizah binti Omar, Malaysian passport A52183647, travelling KUL-SIN with 2 cats on 14 Jan.
    """),
    "en-HK": _lines("""
        Hi, Mrs Chan Siu Fong here, my cat Dou Dou hasn't eaten for 2 days. Can the vet call me back on 9432 8817?
        Dog licence application: owner Leung Ka Ho, HKID K528314(0), Flat 12B, Block 3, Kornhill, Quarry Bay.
        Claim payment HK$6,420 to HSBC 004-512-883104-838, account holder WONG Tsz Yan.
        Boarding: Mr Tam Chi Keung, 6123 0478, staying at Room 2215, Tower 1, Laguna Verde, Hung Hom while his flat is being renovated.
        Adoption panel note: applicant Ms Cheung Wing Sze disclosed she is being treated for major depression and wants the dog as emotional support.
        Receipt for HKID Y703926(1): 2 cats, AFCD quarantine fee HK$2,880, paid by EPS.
        Ho Man Kit, 29, a dog walker, was jailed for 3 weeks at Kwun Tong Magistrates' Courts for kicking a client's corgi.
        Relocating to Taipei with our shiba - owner Lin Yu-Ting, ROC ID A227184053, Taiwan mobile 0912-345-678.
        Add me on WhatsApp 5106 2294 - Vincent Kwan, I found the husky at Sai Kung pier, I live at 38 Tai Mong Tsai Road.
        Pls invoice Lucky's MRI to Ivy Ho Ka Yee, ivy.ho@harbourtrade.com.hk, she'll settle it through her company.
        The Pomeranian that died at the grooming shop belonged to Yip Hoi Ling, the nurse in ward 7C at Queen Elizabeth Hospital, Lok Fu Estate Block 5.
        Mainland buyer for the ragdoll: Zhou Jie, ID 440305198802143625, Nanshan District Shenzhen, mobile 139 2288 4716.
        Card 5204 7398 1106 4233, exp 11/28, CVV 417, cardholder Lau Pui Kwan - pls charge the cremation fee.
        Mr Kwok Tin Lok (AB418207(1)) failed to attend the AFCD hearing on the barking complaint, file ref AFCD/DM/25/3317.
        HR: vet surgeon Dr Mak Hiu Tung's monthly salary will be adjusted to HK$78,000 from Jan, pls keep confidential.
        My daughter Chloe Fung (9) will pick up Snowy after school, we're at 6/F, 22 Fuk Wing Street, Sham Shui Po - she has a peanut allergy so no treats pls.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant of a veterinary clinic in Tampines, Singapore."),
        ("user", "hi can book vaccination for my cat this sat morning"),
        ("assistant", "Sure! May I have the owner's full name and contact number?"),
        ("user", "Goh Li Ting, 8206 5539"),
        ("assistant", "Thank you. Is this your cat's first visit with us?"),
        (
            "user",
            "yes first time. her name is Mimi, 1yo, my NRIC is S8512904Z if u need for the file",
        ),
    ],
    [
        ("user", "Hi, I want to apply to adopt Biscuit"),
        (
            "assistant",
            "Thanks for your interest! Please share your full name, IC number and address for screening.",
        ),
        ("user", "Nor Azlina binti Yusof"),
        ("user", "IC 850227-10-5218"),
        ("user", "address No 9, Jalan Bayu 4/2, Taman Bayu Perdana, 41200 Klang"),
        ("assistant", "Got it. Our volunteer will WhatsApp you to arrange a home visit."),
    ],
    [
        ("user", "My claim CLM-HK-20251021-003318 was rejected, why?"),
        (
            "assistant",
            "The claim was declined because the condition (chronic otitis) was recorded before the policy start date.",
        ),
        ("user", "That's wrong, the earlier record is for my other dog."),
        (
            "user",
            "I'm the policyholder, Chow Ka Man, HKID Z881402(4). Please re-review and pay into Hang Seng 024-388-201947-001.",
        ),
        (
            "assistant",
            "I have escalated this for re-assessment. You will get an update within 5 working days.",
        ),
    ],
    [
        ("user", "can you help me write a lost dog post"),
        ("assistant", "Of course. What's your dog's name, breed, and where was it last seen?"),
        ("user", "Kopi, brown local mix, last seen near Blk 520 Tampines Central 7 yesterday 7pm"),
        ("user", "pls put my number 9348 2270 and my name Jeremy"),
        (
            "assistant",
            "LOST DOG: Kopi, brown local mix, last seen near Blk 520 Tampines Central 7 on Tuesday ~7pm. If found please contact Jeremy at 9348 2270.",
        ),
    ],
    [
        (
            "system",
            "Context: owner record #4471 - Mdm Rosnah bte Ali, 67, S7904416D, lives alone at Blk 33 Telok Blangah Rise #05-118, hp 9651 0037. Uses a wheelchair. Patient: Putih (cat, 14y, CKD stage 3).",
        ),
        ("user", "Write a short reminder SMS for Putih's fluid therapy next Monday."),
        (
            "assistant",
            "Hi Mdm Rosnah, a reminder that Putih's fluid therapy is on Monday at 10am. Reply if you need our pet taxi. - The clinic",
        ),
    ],
    [
        ("user", "book full groom for 2 poodles sunday"),
        ("assistant", "Sure, 11am is available. Name and phone number for the booking?"),
        ("user", "Shanice"),
        ("user", "9872"),
        ("user", "4013"),
        (
            "assistant",
            "Booked: Shanice Lee, 9872 4013, 2 poodles, full groom, Sunday 11am. See you!",
        ),
    ],
    [
        ("user", "My mother's cat needs boarding for 2 weeks in Jan"),
        ("assistant", "No problem. Is there anything we should know?"),
        (
            "user",
            "Mum (Mrs Loh Bee Hoon) is going into Tan Tock Seng for a hip replacement on 6 Jan and she's worried about the cat.",
        ),
        ("user", "pls call my brother Eugene Loh at 9110 6284 if anything happens, I'm overseas"),
        ("assistant", "Noted. We'll take good care of the cat and contact Eugene if needed."),
    ],
    [
        ("user", "What documents do I need to bring my dog from Singapore to Hong Kong?"),
        (
            "assistant",
            "You need a special permit from AFCD, a health certificate issued within 14 days of travel, and proof of microchip and rabies vaccination.",
        ),
        ("user", "ok the AFCD form asks for passport, mine is K2290514M. name Daniel Ong Kai Wen"),
        ("user", "also my HK address will be Flat 8A, 15 Tai Hang Road, Causeway Bay"),
        ("assistant", "Thanks - please double-check these details on the form before submitting."),
    ],
    [
        ("user", "I'm buying a puppy from a breeder in JB, can you check if this seller is legit?"),
        (
            "assistant",
            "I can't verify sellers, but you can ask for their DVS breeding licence number.",
        ),
        (
            "user",
            "seller is Ong Siew Lan, 016-881 2097, she says her IC is 780614-01-5632 and licence is pending lol",
        ),
        (
            "assistant",
            "A pending licence is a red flag. Consider adopting from a registered shelter instead.",
        ),
    ],
    [
        ("user", "how to transfer dog licence to my sister"),
        (
            "assistant",
            "Both of you log in to PALS with Singpass; the current owner starts the transfer and the new owner accepts it.",
        ),
        ("user", "she doesn't know how, can you just do it? her NRIC T0356781D"),
        ("user", "email is rachel.sim.hy@outlook.com, she lives at 7 Sembawang Hills Drive"),
        ("assistant", "Sorry, I can't process transfers. Please help her log in to PALS directly."),
    ],
]
