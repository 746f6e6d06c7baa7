"""Blind check set en77: pets and veterinary care in Singapore, Malaysia and Hong Kong (English). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en77
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "vet clinical notes"): _lines("""
        Signalment: 9yo FS Miniature Schnauzer, 8.4kg. Hx: PU/PD x3 wks, inappetence. PE: BCS 6/9, mild dental tartar, abd palpation unremarkable.
        Canine parvo SNAP +ve. Start IVFT LRS @ 2x maint, maropitant 1 mg/kg SC SID, cefazolin 22 mg/kg IV q8h. Isolation ward ONLY.
        Meloxicam oral susp 1.5mg/ml: dogs 0.2 mg/kg on day 1 then 0.1 mg/kg SID with food. Not for repeat dosing in cats.
        Patient: Mr Whiskers (feline, DSH, MN, 12y). Owner declined bloods today, rechk T4 in 4 wks.
        FeLV/FIV combo test neg/neg. F3 vaccine given L hind limb SC, batch A3712B exp 09/2026.
        Heartworm is endemic in SG & MY – monthly prevention recommended year-round for dogs, incl. indoor dogs in HDB flats.
        Post-op: e-collar 10-14 days, no bathing, leash walks only, recheck day 3 & suture removal day 10-14.
        Tick fever (Ehrlichia canis / Babesia gibsoni) v common in HK – watch for pale gums, lethargy, low plt. Doxy 10 mg/kg SID x 28d.
        Dental grade 3/4, extracted 104, 204, 309 & 409 under GA. Iso maintenance, SpO2 97-99%, recovery uneventful.
        Rabies vaccination is not routine in Singapore as the country is rabies-free; it's only needed for export to certain destinations.
        Ref ranges (canine, in-house analyser): ALT 10–125 U/L, ALKP 23–212 U/L, CREA 44–159 µmol/L, BUN 2.5–9.6 mmol/L.
        Brachycephalic breeds (Frenchie, Pug, Shih Tzu) = higher GA risk; pre-oxygenate & keep tube in until swallowing reflex returns.
        Cat flu (FHV-1/FCV) outbreaks spike in shelters during monsoon season – isolate sneezing cats for 14 days.
    """),
    ("en", "adoption listings"): _lines("""
        ADOPT ME 🐾 Biscuit, 2yo Singapore Special, sterilised, vaccinated & microchipped. Good w kids, shy w cats. Adoption fee $250 incl. first vet check.
        HDB-approved! Mochi is a 9kg mixed breed under Project ADORE – apply via our website, home visit required.
        Adoption process: 1) online form 2) interview 3) meet & greet 4) home check 5) sign adoption agreement. We do NOT ship dogs interstate.
        Kittens x4, 10 wks, rescued from a back lane off Jalan Ipoh. Dewormed, 1st vaccine done. WhatsApp the shelter line 012-318 4720 (volunteers reply 10am–6pm).
        Meet Sir Reginald, a 6yo senior Persian with the attitude of a retired judge. Needs daily eye cleaning. Fee waived for seniors adopting seniors!
        ADOPTED 🎉 thank you everyone who shared Tofu's post – he's gone home to a lovely family in Sengkang!!
        Adoption fees: Dogs HK$1,200 / Cats HK$800 / Rabbits HK$300 – covers desexing, microchip, vaccines and dog licence.
        Fostering FAQ: fosterers are never charged vet fees, all medical bills go to the shelter's account at our partner clinic.
        Rabbit pair Kaya & Toast, bonded, must be adopted together. Indoor only pls, no hutch-in-the-corridor.
        Listing ID ADP-2025-0931 | Species: Dog | Breed: Mixed | Age: ~3y | Sex: F (spayed) | Status: Reserved
        Why adopt a Singapore Special? Hardy, smart & adapted to our climate. 8 out of 10 dogs in our care are local crosses.
        Adopters must be 21+; if renting, bring written landlord consent. Shelter open Sat–Sun 11am–5pm, 31 Lim Chu Kang Lane 6.
        Scam alert: we NEVER ask for "transport fees" by bank transfer before you meet the dog. Report fake listings to the ScamShield helpline 1799.
    """),
    ("en", "lost and found notices"): _lines("""
        FOUND: male tabby, blue collar w bell, near the multi-storey car park at Ang Mo Kio Ave 3. Now safe at our shelter – call the shelter hotline 6287 1133 to claim.
        Lost pet checklist: 1. check microchip registry details are current 2. call nearby vets & AFCD 3. post in local FB groups 4. leave the litter box outside the door (cats).
        [TEMPLATE] LOST {species} – {pet_name}, last seen {location} on {date}. Reward offered. Contact: {owner_phone}.
        UPDATE: Oreo has been found safe & reunited!! Thank you Tampines Pet Lovers group, admins pls delete the earlier post.
        Dogs caught by AFCD are kept at an Animal Management Centre for at least 4 days so owners can claim them; unlicensed dogs incur a fine.
        Stray dog in your taman? Don't chase it. Call the MBPJ animal control unit at 03-7956 3544 during office hours.
        Found a grey poodle near the Tai Tam Reservoir trail, no collar. Vet scanned – chip present but not registered to anyone. Brought to the SPCA in Wan Chai.
        Most lost indoor cats are found within 3 floors or 3 houses of home – search stairwells & bin centres first, at night with a torch.
        MISSING since Sun 2/11 – Bubu, old golden retriever, hard of hearing, last seen along Jalan Tun Razak near Titiwangsa. Pls DM @PawsRescueKL on IG if seen.
        Stats: of 1,312 strays scanned at our clinic in 2024, only 21% had a microchip and only half of those had current owner details.
        Lost-pet posters, 50 copies A4 colour – invoice #PRN-44812, S$18.50, Bras Basah Complex #03-41.
        Please don't post the finder's or owner's phone numbers in comments; DM the admins and we'll connect you privately.
    """),
    ("en", "microchip and licensing rules"): _lines("""
        ISO 11784/11785 FDX-B microchips carry 15 digits; the first 3 are the country code (702 Singapore, 458 Malaysia, 344 Hong Kong) or a 9xx manufacturer code.
        Scanner self-test: hold the reader over the supplied test tag – it should read 999000000012345 (code 999 is reserved for test transponders, never implanted).
        Under the Rabies Ordinance (Cap. 421) every dog aged 5 months or above in Hong Kong must be vaccinated, microchipped and licensed.
        HDB flat owners may keep one dog of an approved breed – roughly 40cm max shoulder height and 10kg max weight.
        Selangor councils typically limit terrace houses to 2 licensed dogs and do not allow dogs in flats or apartments.
        Microchip transfer form MCT-03 (rev. 2024-07): Section A current owner, Section B new owner, Section C vet declaration. Leave no field blank.
        Registry API v2.3.1 – GET /chips/{chip_id}/status returns {registered: bool, last_updated: ISO8601}; owner fields need an authorised clinic token.
        Error 4091: chip_id already linked to an active licence. Ask the current owner to submit a transfer request first.
        Implantation site: left side of the neck (SG/MY) or dorsal midline between the shoulder blades (HK). Scan the whole body if nothing reads.
        Checksum note: unlike NRIC/FIN or HKID, FDX-B chip numbers have no check digit – validate length (15) and numeric only.
        Licence renewal reminders are sent 30 days before expiry; late renewal attracts a surcharge of $20.
        Dog licence fee schedule FY2026: sterilised S$15/yr, non-sterilised S$90/yr, lifetime licence (sterilised, chipped) S$35.
    """),
    ("en", "grooming and boarding bookings"): _lines("""
        Booking confirmed ✅ Ref PG-20251207-0413 | Full groom (small dog) | Sun 7 Dec, 11:30am | Paw Spa @ Jalan Kayu | S$68 before GST
        Hi {{owner_first_name}}, reminder that {{pet_name}}'s appointment is tmr at {{time}}. Reply 1 to confirm, 2 to reschedule.
        Boarding requirements: DHPPiL (dogs) / F3 (cats) within 12 months, tick & flea treatment within 30 days, no pets in heat.
        Price list 2026: Bath & tidy S$45 | Full groom S$65–120 by size | Nail trim S$15 | Teeth brushing add-on S$10 | Cat groom from S$90
        Late check-out after 12 noon is charged as an extra night (HK$380 small / HK$450 large).
        Our groomers don't sedate pets. Matted coats may need a shave-down – we'll WhatsApp you before clipping.
        {"event":"booking.created","booking_id":"bk_8Hq2Lz","service":"boarding","nights":4,"ts":"2025-12-05T02:14:09Z"}
        CNY peak: boarding slots 25 Jan – 8 Feb are 90% full, deposits non-refundable within 14 days of check-in.
        Kennel allocation: K1–K8 small dogs, K9–K14 large dogs, C1–C10 cat condos (separate aircon zone), ISO-1 isolation.
        Deposit RM50 via DuitNow QR to PawPals Grooming Sdn Bhd (202301045512). Balance payable upon pick-up.
        Groomer's note: matted behind ears, shaved 3mm, tiny nick on L ear cleaned w chlorhexidine, owner informed at pick-up.
        Cancellation policy: free up to 24h before; 50% charge for no-shows. Pet taxi via our partner Pet Movers Asia.
        Cage-free daycare for dogs under 15kg, Mon–Fri 8am–7pm, S$45/day or S$380 for a 10-day pass.
    """),
    ("en", "pet insurance"): _lines("""
        Vet Fees Benefit: up to S$10,000 per policy year, sub-limit S$1,500 per condition for dental illness. 20% co-pay from age 9.
        Pre-existing conditions – any illness or injury showing clinical signs before the start date or within the 14-day waiting period – are excluded.
        Claim CLM-MY-25-0071942: documents received 03/12/2025, under assessment, decision expected within 10 working days.
        Premium table (dog, age 1–4): Basic RM389/yr, Plus RM612/yr, Premier RM985/yr. Prices incl. 8% SST.
        Third-party liability: up to HK$2,000,000 if your dog injures someone or damages property; excess HK$1,000 per claim.
        To claim, submit the claim form, itemised vet invoice, medical report and proof of payment. Do not email NRIC copies – upload via the secure portal only.
        Breed exclusions: Pit Bull types, Akita, Dogo Argentino, Fila Brasileiro and Tosa are not eligible for cover.
        Why was my claim declined? Usually: condition was pre-existing, invoice not itemised, or claim sent more than 90 days after treatment.
        Policy wording PW-PET-SG-2025.2, effective 1 Jul 2025, supersedes PW-PET-SG-2024.1.
        Average claim paid in 2024: S$742 (dogs), S$538 (cats). Top causes: gastroenteritis, skin allergy, cruciate ligament rupture.
        The policyholder must be the registered owner on the microchip record and at least 18 years old.
        Insurer hotline 1800-738-2273 (Mon–Fri 9am–6pm). Claims email: claims@pawshield.com.sg
        Worked example: vet bill S$2,000 – deductible S$150 – 20% co-pay (S$370) = payout S$1,480.
    """),
    ("en", "clinic admin and invoices"): _lines("""
        INVOICE INV-HK-2025-118843 | Consultation HK$480 | CBC+Chem HK$1,350 | Radiograph x2 HK$1,200 | Cerenia 16mg x4 HK$260 | TOTAL HK$3,290
        Clinic hours Mon–Sat 9am–9pm, Sun/PH 10am–6pm. 24-hr emergency at our Thomson Road branch, tel 6254 3326.
        Staff memo: from 1 Jan all owner consent forms go into VetSuite; scan then shred paper copies. Do NOT photograph forms on personal phones.
        VetSuite 5.8.2 release notes: fixed GST rounding on line items; added PDPA consent checkbox to the new-client form (commit 3e91c07).
        Tan Tock Seng Hospital treats humans, not pets 😂 – for animal bites on people go to A&E, then report the bite to the authorities.
        Locum wanted: vet surgeon registered with the Malaysian Veterinary Council, weekend shifts in Ipoh, RM120/hr, start Jan.
        Stock alert: Bravecto 20-40kg – 3 left (batch 4K1820, exp 05/2027). Reorder from supplier, PO-77613.
        Referral centre on Nathan Road (Jordan): MRI Tue/Thu only, HK$12,800 incl. GA; CT HK$7,500.
        SELECT pet_id, species, COUNT(*) FROM visits WHERE visit_date >= '2025-01-01' GROUP BY pet_id, species HAVING COUNT(*) > 5;
        Data retention: delete client contact details 7 years after the last visit; keep anonymised clinical stats. Mask NRIC as S****XXXA on printouts.
        Receipt No. 00048217 – Kedai Haiwan Jaya, Pro Plan Adult 12kg RM289.00, SST RM0.00, paid by card.
        Dr Lee's Animal Hospital (est. 1987) has moved to 2/F, Wing On Plaza, 62 Mody Road, TST. Same phone: 2723 1190.
    """),
    ("en", "pet history and trivia"): _lines("""
        Sir Stamford Raffles was a founder of the Zoological Society of London in 1826, the year he died.
        Hachikō waited at Shibuya Station daily for nearly ten years after Professor Hidesaburō Ueno died in 1925.
        In the Garfield comics, Jon Arbuckle takes his cat to the vet Dr. Liz Wilson, whom he eventually dates.
        James Herriot was the pen name of Yorkshire vet Alf Wight, author of All Creatures Great and Small.
        Greyfriars Bobby is said to have guarded the grave of his owner John Gray in Edinburgh for 14 years.
        Jane Goodall's Roots & Shoots programme has run student projects on stray animal welfare in Hong Kong schools.
        Kuching, whose name is often linked to the Malay word for cat, has a Cat Museum at Bukit Siol.
        Did you know? A dog's normal rectal temperature is 38.3–39.2 °C and a cat's is 38.1–39.2 °C.
        Laika, a stray from the streets of Moscow, became the first animal to orbit Earth aboard Sputnik 2 in November 1957.
        Snoopy's owner Charlie Brown first appeared in the Peanuts strip on 2 October 1950.
        Toto, Dorothy Gale's Cairn terrier in The Wizard of Oz (1939), was played by a dog named Terry.
        Myth: 1 human year = 7 dog years. A 1-year-old medium dog is closer to 15 in human terms.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        LOST DOG!! Coco, white Maltese 4yo, missing since 3 Dec near Blk 512 Bedok North Ave 3. Owner Jaslyn Teo, pls call/WA 9734 2218 anytime 🙏
        Client: Mr Ramesh s/o Kandasamy, HP 8126 4470, Blk 721 Woodlands Ave 6 #09-318 S730721. Patient: Rocky (Rottweiler x), chronic otitis externa.
        Microchip 702098100447213 transferred from Lim Boon Keat (S7719364B) to Nur Hidayah binti Osman (T0412598Z) on 28/11/2025.
        Policyholder: Chong Mei Ling, NRIC 880412-10-5524, No. 23, Jalan SS 2/44, 47300 Petaling Jaya. Reimburse to Maybank a/c 5142 6608 9917.
        Dog licence renewal – Owner: LAM Siu-fung, HKID Y740215(3), Flat C, 14/F, Block 2, Laguna City, Kwun Tong. Dog: Dou Dou, chip 344098001127735.
        Grooming booking for Kenneth Ho, WhatsApp +65 9188 3057, pick-up from 18 Jalan Kembangan S419131, Sat 10am, 2 poodles.
        Mdm Koh Siew Lan (72) of Blk 6 Jalan Bukit Merah has severe asthma triggered by cat dander and asked us to rehome her late son's cat.
        Offer letter: Nur Aisyah binti Rahman, Veterinary Nurse, basic salary RM3,200/month + RM300 on-call allowance, start 2 Jan 2026.
        Ong Kah Seng, 46, a delivery driver, was fined $4,000 in the State Courts for abandoning his two dogs at a farm in Lim Chu Kang.
        Complaint: my neighbour Mr Yap Chee Wai at #07-221 keeps 9 cats and the smell is unbearable, pls send an officer. I'm at #07-223, Blk 88 Tampines St 81, 9652 1188 – Priscilla
        Card for boarding deposit: 5523 1600 8874 1201 exp 08/28, name on card TAN WEI JIE
        hi I'm Farah, my cat Oyen kena langgar kereta at Jalan Klang Lama, can do payment plan? My IC 920715-14-6238, phone 016-224 8817
        Pet relocation to Sydney: owner Daniel Wong Ka-ho, HKSAR passport K06814327, flight CX101 on 14 Jan; dog Bao's rabies titre 2.1 IU/ml.
        Ms Gurpreet Kaur Sandhu (gurpreet.sandhu82@gmail.com) asked for Milo's vaccination cert to be resent.
        Cat sitter needed 20–27 Dec, 2 cats. Rm 1805, 18/F, Wah Fung Bldg, 23 Fa Yuen St, Mong Kok. Ask for Ivy Cheung 6183 2094.
        Euthanasia consent for Lucky (15y) signed by Mr Goh Teck Huat, NRIC S****583I, who is recovering from a stroke – his daughter helped him sign.
        Tele @jeromepawsSG is Jerome Lim from Punggol, the guy selling unlicensed Pomeranian puppies. His car is SKQ 3318 U.
        Volunteer roster: Harpreet 9012 5563 (Sat AM), Wei Ting 8455 0912 (Sat PM), Marcus Tay 9377 6180 (Sun).
        Insured: Siti Zulaikha binti Ahmad, DOB 18/01/1996, MyKad 960118-13-5572, Kuching. Pet: Comel (DSH). Dx: FLUTD.
        Refund of S$312.40 for cancelled boarding approved, to DBS a/c 027-481136-2 (Ang Hui Min).
        Mr Chan Chi-keung of Flat 8A, Tower 5, Ocean Shores, Tseung Kwan O still owes HK$6,420 for Max's TPLO surgery, now 60 days overdue.
        hello clinic this is Mrs Rajeswari, my husband Suresh brought Bella in on Tues, his no. is 012-689 3301, he's diabetic so can't come in the mornings
        Adopter screening: Melissa Foo, 34, HR executive, lives alone at Blk 203 Serangoon Central #04-77, earns ~S$5.5k/mth, WFH Mon & Fri.
        Pet insurance payout will be credited to Visa 4556 1234 0987 6547 (cardholder K. Subramaniam).
        Maria Clara Santos, FIN G5506213M, helper with the Lee family at 37 Jalan Bunga Rampai, walks their 2 shih tzus daily.
        Dog bite 12/11: victim Azman bin Yusof (HP 019-552 7164) bitten on L forearm by neighbour's Akita, treated at Hospital Sultanah Aminah, police report filed.
        Pls update owner email for chip 458098100223619: old josephine.ng@hotmail.com → new jo.ng.pets@yahoo.com.my (owner Josephine Ng Pei Shan).
        Import permit applicant: Liang Zhiwei, mainland ID 440305199203154415, WeChat liangzw_pet88, bringing one Ragdoll from Shenzhen to HK.
        Referral: owner Ms Cheryl Ang is 7 months pregnant – please keep her out of the room during Pepper's radiographs.
        Emergency contact while owner Sharon Lau is in Tokyo 18–25 Dec: her brother Vincent Lau, 5306 8872.
        Cookie boarding 3 nights. Owner Ahmad Faizal, 33 Jalan Setia Murni U13/52, Setia Alam, 40170 Shah Alam. Car WXY 4821 for pick-up.
        The lady in 12B with the three corgis is Mrs Tang Wing-yee – she works at the MTR and her husband just lost his job, so go easy on the bill.
        Jasmine Koh is suing us in the Small Claims Tribunal over her hamster's death after surgery, claim SCT/2025/04417, hearing on 9 Jan.
        Your booking for Lucy is confirmed, Mr Lee K.W. (HP ****2216). Pet taxi will collect from Blk 305 Ubi Ave 1 #06-142 at 9am.
        Relocation client Lin Pei-chun, ROC ID A228147303, moving from Taipei to KL with 2 cats, arriving 2 Feb.
        Bernice Chua told our nurse she's been on antidepressants since her dog passed and asked if she can still adopt.
        Cremation cert for Kopi – arranged by Mr & Mrs Lionel Fernandez, 41 Lorong Marican, Singapore 417271, collected 04/12/2025.
        I authorise you to charge my AMEX 3782 930041 17557 for Kiko's MRI – Stephanie Yeung, HKID Z664102(5).
        Lost cat reward RM500! Oyen hilang di Taman Melawati since Fri. Call Hafiz 011-2345 8871 or email hafiz.razak@outlook.com
        Staff file: Tan Siew Peng, senior groomer, NRIC S6543019C, CPF S$816/mth, 5 days MC for a slipped disc.
        Dear Mr Kwok Ho-yin, Snowy is due for DHPPi. Address on file: Flat 22D, Block 7, Kingswood Villas, Tin Shui Wai. Tel 9472 3380.
        pls help my mum Madam Leong Ah Moi, 81, lives alone w 14 cats at 22 Jalan Pisang Emas, Ipoh. She has dementia & won't let anyone in. Call me (Evelyn) 017-503 2816
        Bryan Seah, DOB 04/05/1991, paid for Max's dental via PayNow to his mobile 9023 1145 – pls match the payment to his account.
        Breeder licence application: Tan Boon Hock trading as BH Kennels, home address 12 Seletar Hills Drive, NRIC S9022583I.
        Please process HK$1,850 for Ms Yip Ka-man's rabbit (policy HKP-2210387), payout via FPS to her mobile 6921 0473.
        Our groomer Joanne Sim was bitten by a client's dog and is on MC till Friday – 4 stitches on her right hand.
        Plate JQR 7765 belongs to Mr Khoo Wei Loon, who dumped a box of kittens outside our shelter at 11:48pm on 30 Nov (CCTV cam 2).
        Underwriting note: proposer Clement Ho Chun-wai, HKID CA183452(4), disclosed he is HIV-positive when asking about the owner-hospitalisation benefit.
        Boarding form – owner: Rachel Ng, S8834127I, 8765 3321, rachel.ng.yx@gmail.com, emergency contact (husband) Darren Ng 9381 4407.
        Vet clinic seeks payment from Muthu a/l Raman, MyKad 750903-07-5183, Jalan Masjid Negeri, Penang – RM2,140 outstanding since Aug.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are LostPawsBot, helping owners in Singapore write lost-pet posts."),
        ("user", "my cat escaped this morning, can u help me write a post"),
        ("assistant", "Of course. What's your cat's name, look, and where was it last seen?"),
        (
            "user",
            "Mochi, calico, 3yo, no collar. Last seen at the stairwell of Blk 417 Yishun Ave 11",
        ),
        ("user", "im on the 9th floor, unit #09-1342. my name is Clarissa Low"),
        ("assistant", "Thanks Clarissa. Which number should people contact?"),
        ("user", "8273"),
        ("user", "6619"),
    ],
    [
        (
            "system",
            "You are the booking assistant of Sunnyvale Animal Clinic. Collect pet name, species and preferred slot. Do not ask for ID numbers.",
        ),
        ("user", "Hi can I book vaccination for my dog Buddy on Sat morning?"),
        ("assistant", "Sure! We have 10:00 or 11:30 on Saturday. Which works?"),
        (
            "user",
            "10am. Last time the nurse needed my IC for the records so here: S8512346G, Francis Yeo",
        ),
        (
            "assistant",
            "Thanks, you're booked for 10:00 Sat. Please don't share ID numbers in chat next time.",
        ),
    ],
    [
        ("user", "How do I claim pet insurance in Malaysia for surgery?"),
        (
            "assistant",
            "Usually you submit the claim form, itemised invoice, vet report and your bank details through the insurer's portal.",
        ),
        ("user", "ok can u check my form is correct before I send"),
        (
            "user",
            "Name: Nurul Izzati binti Hamzah\nIC: 010225-01-0348\nAddress: 8, Jalan Mutiara Emas 5/12, Taman Mount Austin, 81100 Johor Bahru\nBank: CIMB 7063 5521 88\nPet: Oyen, ACL surgery RM4,850",
        ),
        ("assistant", "Looks complete. Make sure the vet stamps the invoice."),
    ],
    [
        ("user", "Do I need to license my cat in Hong Kong?"),
        (
            "assistant",
            "No, cat licensing is not required in Hong Kong; only dogs must be licensed.",
        ),
        ("user", "ok what about my dog, licence expired last month"),
        ("assistant", "You can renew at any AFCD Animal Management Centre or a participating vet."),
        (
            "user",
            "can u fill the renewal letter: owner Ho Mei-kuen, HKID K582316(1), Flat 6, 3/F, 112 Tai Nan Street, Sham Shui Po",
        ),
    ],
    [
        ("user", "Want to book full groom for 2 shih tzu, this sat"),
        ("assistant", "Sure, do you need pet taxi? Please share the pick-up address."),
        ("user", "yes pls. 26 Jalan Anggerik Vanilla 31/97, Kota Kemuning, Shah Alam"),
        ("assistant", "Noted. A contact number for the driver?"),
        ("user", "019-338 5120 – ask for Mrs Lau, I'm usually in the garden"),
    ],
    [
        ("user", "help me write an adoption application for a cat from a shelter in SG"),
        ("assistant", "Happy to. Tell me a bit about your home, work and experience with pets."),
        (
            "user",
            "I'm Aravind Nair, 29, software engineer making about S$7,800 a month, renting a 2-bedroom condo at 9 Bedok Reservoir Road #12-08 with my girlfriend. Had cats growing up in Kerala.",
        ),
        ("assistant", "Great, here's a draft you can adapt..."),
    ],
    [
        (
            "user",
            "draft a complaint to the town council about my neighbour's dog barking all night",
        ),
        (
            "assistant",
            "Sure. Do you want to include the unit number and how long it's been happening?",
        ),
        (
            "user",
            "yes, it's Mr Sim Kok Leong at Blk 145 Jurong East St 13 #11-204, been 3 months. He told me he's on night shifts as a security guard so the dog is alone",
        ),
        ("assistant", "Here's a polite but firm complaint letter..."),
    ],
    [
        ("user", "what docs do I need to fly my dog from Singapore to London?"),
        (
            "assistant",
            "You'll need a microchip, rabies vaccination, a rabies titre test, a health certificate and an export licence from AVS.",
        ),
        ("user", "ok and the airline form asks passport no., is it the owner's?"),
        ("assistant", "Yes, the shipper's or owner's passport details."),
        ("user", "got it, mine is K4827719Q, Eleanor Png, and my dog's chip is 702098100556182"),
    ],
    [
        (
            "system",
            "Customer profile: Ms Wong Sze-wing, HKID R139847(3), mobile 9472 1186, policy HKP-3318275, pet: Lulu (Pomeranian). Prior claims: 2. Note: customer has a hearing impairment, prefers written replies.",
        ),
        ("user", "Is dental cleaning covered under my plan?"),
        (
            "assistant",
            "Routine dental cleaning isn't covered, but treatment of dental illness is, up to the sub-limit.",
        ),
    ],
    [
        ("user", "is it safe to keep cats when pregnant? worried about toxoplasmosis"),
        (
            "assistant",
            "Generally yes with precautions: let someone else clean the litter box daily, wear gloves when gardening, and avoid raw meat.",
        ),
        (
            "user",
            "thanks. I'm Nadia Iskandar, 28 weeks, my OB at KKH said my toxo IgG is negative. can u email a summary to nadia.isk@gmail.com",
        ),
        ("assistant", "I can't send emails, but here's a summary you can copy."),
    ],
]
