"""Blind check set en54: pets and vet clinics in Singapore, Malaysia and Hong Kong (clinic notices, AVS/DVS/AFCD licensing, vaccination, adoption, grooming, forums, pet insurance, breeds and famous animals). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en54
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "clinic notices and price lists"): _lines("""
        NOTICE: Clinic closed on 25 Dec (Christmas Day) & 1 Jan. For emergencies pls proceed to our 24-hr partner hospital along Whitley Road.
        Consultation (GP vet) – $65 | Follow-up within 7 days – $45 | After-hours surcharge (10pm–8am) – $120
        Vaccinations: DHPPiL (dogs) $58, F3 (cats) $52, Rabies $45 incl. cert. All prices incl. 9% GST.
        Dental scaling & polishing under GA from $380 (small dogs <10kg); extractions charged separately.
        Sterilisation: male cat $160, female cat $260, dog (under 10kg) from $450. Pre-GA bloodwork ($110) is compulsory for pets above 7 yrs.
        Due to high call volume pls WhatsApp our clinic line instead, we reply within 2 working hrs. Do NOT send X-ray images via Instagram DM.
        Dr. Chua's Animal Clinic Pte Ltd (UEN 201812345K) has moved to #01-14 Thomson Plaza, 301 Upper Thomson Road.
        Reminder: all dogs must be leashed or carried in the waiting area, cats in carriers pls 🙏
        Invoice INV-2026-118042 | Bravecto Chew 20–40kg x1 | $68.00 | Paid via NETS, txn ref 7781 0092 3345
        Our oldest patient this year was Bella, a 19-yr-old Persian – happy birthday Bella from all of us! 🎂
        Heartworm prevention is recommended year-round in Singapore; mosquito season never really ends here.
        Poison emergency (grapes, chocolate, lilies, xylitol)? Call your vet immediately – do not induce vomiting at home unless instructed.
        Opening hrs: Mon–Fri 9am–8pm, Sat 9am–5pm, Sun & PH 10am–1pm. Last registration 30 min before closing.
        PawsClinic app v3.14.2 (build 9f2c1e7) fixes the bug where booster reminder SMS were sent twice.
    """),
    ("en-SG", "AVS licensing rules"): _lines("""
        All dogs in Singapore aged 3 months and above must be licensed with AVS; apply online via the Pet Animal Licensing System (PALS).
        HDB flat dwellers may keep only one dog of an HDB-approved breed; the full list of approved breeds is on the HDB website.
        Licence fees: $15 for a sterilised dog, $90 for an unsterilised dog (1-yr licence); 3-yr and lifetime options for sterilised dogs.
        The applicant must be at least 18 years old and must provide NRIC/FIN, the dog's microchip number and a valid rabies vaccination record.
        Scheduled breeds (e.g. Pit Bull, Akita, Dogo Argentino, Tosa, Fila Brasileiro) must be leashed and muzzled in public and need a $5,000 security deposit.
        Microchips must comply with ISO 11784/11785 (15 digits, 134.2 kHz). Format: 900XXXXXXXXXXXX, do not key in spaces.
        Under the Animals and Birds Act, first-time offenders convicted of animal cruelty face a fine of up to $15,000 and/or jail of up to 18 months.
        Project ADORE lets HDB residents adopt local mixed-breed dogs from participating animal welfare groups, subject to size limits.
        Report lost & found pets or animal-related feedback to the Animal Response Centre at 1800-476-1600 (24 hrs).
        Under the cat management framework, existing cat owners get a 2-year transition period with licence fees waived.
        To transfer ownership, both the current and new owner log in with Singpass; the new owner must accept within 14 days.
        Licence no. format: DL-YYYY-NNNNNN (e.g. DL-2025-000000) – quote it in all correspondence with AVS.
        Then Minister of State for National Development Tan Kiat How told Parliament in 2023 that cats would be licensed under a new framework.
    """),
    ("en-MY", "DVS rules and vaccination schedules"): _lines("""
        Puppy schedule: 6–8 wks DHPPi, 10–12 wks DHPPi+L, 14–16 wks DHPPi+L+Rabies, then yearly booster.
        Kitten schedule: F3 (FVRCP) at 8, 12 and 16 weeks; FeLV for outdoor cats; rabies only if travelling overseas.
        Under the Animals Act 1953 (Revised 2006), dogs entering Peninsular Malaysia need a DVS import permit and a rabies jab at least 30 days before travel.
        Sarawak is still under rabies control measures; all dogs must be vaccinated and licensed with the local council (DBKU / MBKS in Kuching).
        Free rabies vaccination drive at Dewan Serbaguna Taman Melawati, Sat 9am–1pm. Bawa kad vaksin lama kalau ada ya.
        DVS Selangor general line 03-5510 3988 (office hrs only). For stray or lost pets pls contact your local PBT, not DVS.
        MBPJ dog licence: RM10 per sterilised dog per year, max 2 dogs for landed houses; apartments tak dibenarkan.
        Leptospirosis cases spike in monsoon season (Nov–Jan), keep dogs away from flood water and rat urine.
        Booster reminder template: "Hi {owner_name}, {pet_name} is due for {vaccine} on {due_date}. Reply Y to book, N to opt out."
        Jabatan Perkhidmatan Veterinar (DVS), Wisma Tani, Podium Block, Lot 4G1, Precinct 4, 62630 Putrajaya.
        Tick fever (ehrlichiosis, babesiosis) is very common in Malaysian dogs – use monthly tick prevention like NexGard, Simparica or Frontline.
        After the 2015 outbreak, an immune belt was set up along the Perlis–Kedah–Thai border with a 70% vaccination coverage target.
    """),
    ("en-HK", "adoption and rehoming posts"): _lines("""
        🐶 ADOPT DON'T SHOP 🐶 Meet Charlie, 2yo mongrel boy, desexed, vaccinated & microchipped. Great with kids, a bit shy with cats. Adoption fee HK$1,200 incl. first vet check.
        Mr Whiskers (orange tabby, ~5 yrs) is looking for his forever home! FIV-negative, litter trained, loves chin scratches. Apply via the Google form, link in bio.
        Adoption requirements: applicant aged 21+, landlord's written consent, window grilles/mesh installed, home visit required.
        Please DO NOT send your HKID copy via Facebook Messenger; our adoption team will check documents in person at the home visit.
        SPCA (HK) 24-hr hotline 2711 1000 for cruelty reports. Non-urgent enquiries: enquiry@spca.org.hk
        Enquiries on dog licensing can be made at any AFCD Animal Management Centre or by calling 1823.
        Rehoming Lucky & Lily (bonded pair of rabbits) as the family is emigrating to the UK 🇬🇧 – cage, hay and pellets included, free to good home.
        Adoption Day this Sunday at Lai Chi Kok Park, 11am–5pm, 30+ dogs and cats waiting. MTR Lai Chi Kok Exit D.
        UPDATE: Max has been ADOPTED 🎉 Thank you to his new family in Sai Kung, gotcha day photo shared with permission!
        Hong Kong Dog Rescue is a registered charity (IR file 91/9725); donations of HK$100 or above are tax deductible.
        Under the Rabies Ordinance (Cap. 421), dogs aged 5 months or above must be licensed, vaccinated and microchipped; the licence is valid for 3 years.
        Foster needed urgently!! Mum cat + 4 kittens found in a rubbish bin in Tsuen Wan. Food, litter and vet bills covered by us.
    """),
    ("en-SG", "grooming bookings"): _lines("""
        Booking confirmed ✅ Ref GRM-24117 | Full groom (small breed) | Sat 14 Dec, 10:30am | Paws Atelier @ Tiong Bahru | Total $75
        Hi {first_name}, reminder that {pet_name}'s appointment is tmr at {time}. Pls arrive 10 mins early. Reply C to cancel.
        Cancellation policy: <24 hrs notice = 50% charge; no-show = full charge. Late >15 mins may be rescheduled.
        Add-ons: de-shedding $25, teeth brushing $10, nail grinding $8, blueberry facial $12, medicated bath $15–$30 by weight.
        All pets must be vaccinated (DHPPiL/F3 within 12 months); pls upload the vaccination card before the first appointment.
        Pet taxi add-on: $28 one-way within 8km of the salon, $1.20/km thereafter. Live tracking link will be sent via SMS.
        Order #SHP-90127734 shipped via Ninja Van, tracking NVSGPAWSA000392817 – 2x Oatmeal Shampoo 500ml, 1x Slicker Brush (M).
        Groomer note: coat very matted behind ears, shaved to 7mm. Skin slightly red, pls monitor for 2 days. No nicks.
        We do not groom aggressive dogs without muzzle consent. Cats groomed on Tue/Thu only (quiet days).
        Slots this wk: Wed 3pm, Thu 11am, Fri 4.30pm. First come first served, DM to book!
        appointment_id=ap_7f3c19e2 status=RESCHEDULED old=2026-12-14T10:30+08:00 new=2026-12-15T14:00+08:00
        Max the schnauzer looking dapper after his Xmas groom 🎄 Who's a good boy?
    """),
    ("en-MY", "pet forum threads"): _lines("""
        Anyone know a good vet in Subang that open on Sunday? My cat vomit since morning, not eating also 😢
        Bro don't buy from backyard breeder la, many got parvo. Check the kennel is DVS-registered first.
        Royal Canin vs Hill's for kidney diet? Vet recommend renal support but RM189 per 4kg, very ex leh.
        Just got my tabby neutered at Klinik Haiwan Dr Tan, Jalan SS2/24, RM180 all-in only. Recommended!
        Admin note: posts containing owners' IC numbers, phone numbers or home addresses will be removed. Use PM for adoption details.
        Cat flu season again. Mine sneeze non-stop, vet gave Doxycycline + L-lysine. Anyone tried nebuliser at home?
        Thread: Top 10 pet-friendly cafés in KL 2026 – list inside, add yours in the comments
        Pet insurance worth it or not? Got quote RM480/year for 3yo golden, annual limit RM10k. Hmm.
        PSA: lily pollen is deadly to cats, even the water in the vase. Please share.
        Anyone joined the Pet Lovers Centre membership? 5% rebate worth it or not?
        Kucing saya suka tidur atas laptop, any tips lol. She's 1 yr old, very manja.
        Grab got Pet ride in Klang Valley now, RM5 surcharge, carrier must be closed. Tried yesterday, driver ok one.
        Tuan Haji the kampung cat finally let me pat him after 3 months 😂 progress!
    """),
    ("en-HK", "pet insurance terms"): _lines("""
        Waiting period: 14 days for illness, 90 days for cruciate ligament conditions; accidents are covered from day 1.
        Pre-existing, congenital and hereditary conditions are excluded unless declared and accepted by us in writing.
        Annual vet fee limit HK$40,000; per-condition sub-limit HK$15,000; 20% co-payment for pets aged 8 and above.
        Third-party liability up to HK$1,000,000 for injury or property damage caused by your dog.
        To claim, submit the completed claim form, original receipts and the vet's diagnosis within 90 days of treatment.
        Policy No. format: PET-HK-XXXXXXXX. The sample schedule on p.3 is for illustration only.
        Premium (pet age 0–3): Basic HK$1,380/yr, Premier HK$2,460/yr; premiums include the IA levy.
        Cooling-off period: 21 days from delivery of the policy; full refund of premium if no claim has been made.
        Death from illness benefit: up to HK$3,000 for cremation; euthanasia covered if certified by a registered vet.
        Claims hotline 2163 8888 (Mon–Fri 9am–6pm) or email petclaims@example-insure.com.hk
        Definitions: "You/your" means the policyholder named in the Schedule; "Pet" means the dog or cat named in the Schedule.
    """),
    ("en", "breed guides and famous animals"): _lines("""
        Hachiko, the Akita who waited nearly ten years at Shibuya Station for his late owner Professor Hidesaburō Ueno, died in 1935.
        Laika, a stray from the streets of Moscow, became the first animal to orbit Earth aboard Sputnik 2 in November 1957.
        Inuka, the first polar bear born in the tropics, lived at Singapore Zoo until he was put to sleep in 2018 at age 27.
        Jia Jia and Kai Kai arrived in Singapore in 2012; their cub Le Le, born in 2021, was sent to China in 2024.
        Ocean Park's An An, the world's oldest male giant panda in human care, died in July 2022 aged 35.
        Jon Arbuckle, Garfield's long-suffering owner, first appeared in Jim Davis's comic strip in 1978.
        Shiba Inu: 8–11 kg, independent and clean, heavy seasonal shedding; needs early socialisation.
        Singapura cats, among the smallest breeds (2–4 kg), are said to descend from Singapore's "drain cats".
        Golden Retrievers are prone to hip dysplasia and some cancers; ask the breeder for hip scores of both parents.
        Kabosu, the Shiba Inu behind the "Doge" meme, died in May 2024 aged 18.
        Lassie was played by a male collie named Pal in the 1943 film Lassie Come Home.
        Pomeranians are prone to tracheal collapse – use a harness instead of a collar; watch for a honking cough.
        Singapore Zoo, founded by Dr Ong Swee Law, opened in 1973 with 270 animals.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        PALS licence application – Applicant: Ong Mei Ling, NRIC S8734512B, Blk 452 Jurong West St 42 #09-117, S640452. Dog: Max (Maltese), chip 900118001234567.
        LOST DOG!!! Brown toy poodle "Cookie" went missing near Tampines Hub on 3 Dec evening. Owner Jason Teo 9638 2174, pls call anytime 🙏
        Pls email Bella's vaccination cert to rachelgoh88@gmail.com, thank you! – Rachel Goh (Bella's mummy)
        Paid $412.50 for Mochi's dental – card 5203 9511 8842 7619, cardholder KOH WEI JIE, exp 08/28.
        Receipt – Visa •••• 5672 – Cardholder: Mr Tan Chee Keong – Blk 88 Lorong 4 Toa Payoh #05-231
        My wife Serene Lim is 20 wks pregnant and her gynae at KKH said her toxo titre came back borderline, so she must stop scooping the litter box. Anyone can foster our 2 cats short-term?
        Hi all, I'm Priya Ramasamy from Jurong West, earning ~$2,600 as a clinic assistant, and Oreo's TPLO quote is $5,800. Anyone knows if there's any subsidy for this?
        Dog owner Lim Boon Huat, 52, was fined $8,000 for abandoning two Jack Russells at a Lim Chu Kang farm; he also admitted to not licensing them.
        Transfer of licence for Bella (Golden Retriever): current owner Daniel Kovač, FIN G5543219N, leaving SG on 31 Jan.
        Pet relocation quote for Ms Anjali Menon (passport K1843275M): 2 cats SIN → SYD on 12 Feb, pickup from her condo at 18 Hillview Ave #11-03.
        Mdm Zaleha at #07-112 Blk 631 Bukit Batok Central keeps feeding pigeons from her window, reported to the town council 3x already.
        Adoption deposit $200 pls PayNow to 8462 1937 (Hui Min) and screenshot to me
        Consent form: I, Muhammad Hafiz bin Osman (NRIC T0361275E), authorise euthanasia of my dog Rocky. Contact: 9817 4402.
        Selling 3 Corgi pups, viewing at my place Blk 112 Bishan St 12 #04-58, Telegram @kelvin_tjh (Kelvin)
        My dad Chia Soon Huat (81) got bitten by our own dog last night, 6 stitches at CGH A&E – he's on warfarin so the bleeding was quite bad.
        My ex-husband Kenneth Ho still refuses to return our dog Milo after the divorce, hearing at the Family Justice Courts on 14 Jan.
        White Honda Vezel SKQ 7712 B drove off after hitting a community cat at Blk 210 Serangoon Ave 4 carpark 11.40pm, driver is the uncle from #03-45 of the same block.
        Name: Cheryl Ng | Mobile: +65 8273 5519 | Pet: Mr Whiskers (Persian) | Pickup address: 7 Jalan Kembangan #02-01
    """),
    "en-MY": _lines("""
        Pemilik: Nurul Aisyah binti Rahman, IC 900312-14-5526, tel 012-748 3391. Kucing: Comel (Persian), vaksin F3 + rabies on 12/11/2026.
        Selling Golden puppies RM2,800, contact Alvin 016-228 5471 (WhatsApp only), viewing at No. 23, Jalan SS 21/37, Damansara Utama.
        Bank in RM350 deposit to Maybank 1140 2233 4519, Lim Siew Peng, then send resit ya. Puppy will be reserved for you.
        My mother Madam Lee Ah Moi of Taman Connaught, Cheras has stage 3 breast cancer and can't care for her 3 cats anymore, looking for adopters 😞
        DVS import permit – Applicant: Rajesh a/l Subramaniam, MyKad 850709-10-5673, 14 Lorong Bunga Raya 3, 41200 Klang. Dog: Bruno (Labrador), from Singapore.
        Lost cat at Setia Alam!! Please call me, Fatin 011-2739 8846 or email fatinzul92@yahoo.com
        Snowy's pyometra surgery RM1,260, paid with CIMB card 4147 2000 6613 9850 under my husband's name Tan Boon Kiat.
        Sessions court fines Sungai Buloh housewife Hasnah Yusof, 47, RM2,000 after her unleashed Rottweiler bit an 8-year-old boy.
        Kavitha Pillai here (Simba's owner) – the skin prick test at UMMC confirmed I'm severely allergic to cats, doc says I need immunotherapy. Can the shelter take Simba back?
        Boarding form: Owner Wong Jia Hui, 019-665 4207, 12-3A Residensi Sri Jelatek, Jalan Jelatek, 54200 KL. Emergency contact: brother Wong Jia Le 012-903 1168.
        My Shopee order of cat litter sent to wrong house. Receiver should be Ahmad Firdaus, No. 8 Jalan Mawar 2, Taman Bukit Indah, 81200 JB, 013-744 8260.
        WhatsApp +60 17-382 9051 (Sharmila) if you see Tiger, orange cat with red collar, last seen Jln Telawi 3 Bangsar.
        Pet Lovers Centre Ipoh membership: name Chew Kar Mun, IC 930415-08-6122, birthday 15 April, points to be transferred from old card.
        Pet ambulance pickup for Mr Zulkifli bin Hamzah, Toyota Vios VJB 5214, waiting at Block C lobby, Pangsapuri Seri Melati, Shah Alam – dog unconscious.
        LINE ID mei_tsai0317 – contact Mei Tsai for the Ragdoll kittens, she stays in Puchong, Pangsapuri Teratai 2nd floor.
    """),
    "en-HK": _lines("""
        Dog licence renewal – Owner: LEUNG Ka Yan, HKID Y301827(8), Flat 12B, Block 3, Laguna City, Kwun Tong. Dog: Bella (Poodle), chip 344098100123456.
        Lost cat in Tai Koo Shing!! Grey British Shorthair "Mr Whiskers", reward HK$5,000. Pls WhatsApp Mrs Cheng 9376 4182.
        Adoption application: Name: Wong Chi Ho | HKID: M746209(9) | Address: Room 1608, Wah Kin House, Wah Fu Estate, Pok Fu Lam | Tel: 6153 0928
        Claim for policy PET-HK-00417265: insured pet Coco, policyholder Ms Yeung Hoi Ying, reimburse to HSBC a/c 004-512338-838.
        My husband Tommy Lau got diagnosed with psittacosis from our parrot 😢 he's in the isolation ward at QMH now, anyone know where to rehome birds?
        Hi I'm Karen Siu, 9284 7713, want to book grooming for my Corgi Sat 11am, I live in Tseung Kwan O, Metro Town Tower 2, 26/F Flat F.
        Magistrate fines Sham Shui Po hawker Chow Kwok Wing HK$6,000 for leaving his dog chained without water on a rooftop.
        Pls transfer the vet deposit to FPS ID 1638 2917 (Ho Wing Sze) and send me the screenshot, thx
        Selling cat trees, self-pickup at Mei Yan House, Shek Kip Mei Estate. WeChat luna_cat_mama (Tracy Kwok).
        Pet relocation HK → SG: owner Ms CHOW Hiu Lam, HKSAR passport K09137742, travelling with 2 cats on CX715 on 22 Jan.
        I'm the helper of Mrs Patel at 38 Repulse Bay Road, ma'am asked me to bring Rocky for vaccine, her number is 9021 6638.
        Owner LAU Siu Fong (HKID R093541(6)) says Rocky bit the postman on 3 Dec while her helper was walking him, as she was at her chemo session.
    """),
    "en": _lines("""
        AFCD import licence for a cat from Shenzhen – applicant ZHOU Min, PRC ID 440306198807153423, mobile +86 138 2391 4470, entering via Lok Ma Chau.
        Xu Jiahui (ID 320506199111032760) is relocating with her Samoyed to Singapore, contact WeChat xujh_samoyed or +86 159 6241 8837.
        Chen Yi-Ting (ID A226184595) is bringing her Shiba Inu from Taipei to Singapore; rabies titre test done at the NTU vet hospital.
        AVS import permit – Applicant: Huang Chih-Wei, Taiwan ID F128374063, Flat 4-2, No. 17, Lane 55, Sec. 2, Minsheng E. Rd, Taipei.
        Please cc my personal email amy.liu.hk@outlook.com on Coco's lab results – Amy Liu, flat 5A, 22 Conduit Road.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant of Happy Tails Vet, Toa Payoh. Be brief."),
        ("user", "hi can book vaccination for my cat this sat?"),
        ("assistant", "Sure! Sat slots: 10am, 11.30am, 3pm. Which one works for you?"),
        ("user", "11.30 pls. cat is Luna, 1 yr old, F3 booster"),
        ("assistant", "Noted. May I have the owner's name and mobile number?"),
        ("user", "Goh Siew Lan"),
        ("user", "9735 2086"),
        ("assistant", "Thanks! Luna is booked for Sat 11.30am."),
    ],
    [
        (
            "system",
            "PawPal grooming CRM. Customer on file: Siti Khadijah binti Ismail, 012-591 7734, No. 5 Jalan Anggerik 4/2, Shah Alam. Pet: Oyen (cat).",
        ),
        ("user", "Hi nak tanya, is Oyen's groom still on for tomorrow?"),
        (
            "assistant",
            "Yes, Oyen is booked tomorrow at 2pm, our pet taxi will pick him up from your house.",
        ),
    ],
    [
        ("user", "I want to check my pet insurance claim status"),
        (
            "assistant",
            "Sure, please provide the policy number and the policyholder's HKID for verification.",
        ),
        ("user", "PET-HK-00398122"),
        ("user", "HKID K528614"),
        ("user", "(A) sorry"),
        (
            "assistant",
            "Thank you Mr Ma, your claim for Lucky's fracture surgery is being processed.",
        ),
    ],
    [
        ("user", "how do I license my dog under PALS?"),
        (
            "assistant",
            "Log in with Singpass, select 'Apply for dog licence', and key in the microchip number and rabies vaccination details.",
        ),
        (
            "user",
            "can you fill in for me? my NRIC S7619043G, name Lee Jun Wei, Blk 305 Clementi Ave 4 #12-08",
        ),
        (
            "assistant",
            "I can't submit on your behalf, but you can use these details in the form yourself.",
        ),
    ],
    [
        (
            "system",
            "You help moderators of the 'SG Cat Lovers' Facebook group decide whether to approve posts.",
        ),
        ("user", "Should I approve this post?"),
        (
            "user",
            '"FREE kitten to good home, 3 mths, litter trained. Come collect at Blk 27 Marine Crescent #08-1153, ask for Auntie Rosalind, hp 8190 3346"',
        ),
        (
            "assistant",
            "It's fine to approve but suggest the poster move the address and phone number to PM.",
        ),
    ],
    [
        ("user", "hi, I'm looking to rehome my dog"),
        ("assistant", "Sorry to hear that. May I ask the reason, and some details about the dog?"),
        ("user", "Bruno, 4yo mixed breed, very sweet"),
        (
            "user",
            "reason is me, I'm Farah Nadia, 24, just diagnosed with severe asthma at Hospital Kuala Lumpur and my doc says no more pets",
        ),
        ("assistant", "Thank you for sharing. We'll post Bruno's profile on our adoption page."),
    ],
    [
        ("user", "need a cat sitter 20-27 Dec, 2 cats, Happy Valley"),
        ("assistant", "Sure! Please share the address and access instructions closer to the date."),
        (
            "user",
            "Flat 9C, Kingsfield Tower, 12 Sing Woo Road. Door code 4417#, spare key with the guard, name under Mrs Fung Mei Yee",
        ),
        ("user", "my mobile 5627 4019 in case"),
    ],
    [
        ("user", "How much is the deposit for the surgery?"),
        ("assistant", "A $500 deposit is required to confirm the TPLO slot."),
        ("user", "ok charge to 4556 7890 1234 5672 exp 03/29 cvv 418"),
        ("user", "name on card Marcus Yeo"),
        (
            "assistant",
            "Please do not share card details in chat – I'll send you a secure payment link instead.",
        ),
    ],
    [
        ("user", "What documents do I need to bring my cat from Beijing to Singapore?"),
        (
            "assistant",
            "You'll need an AVS import licence, a rabies titre test, a microchip and a veterinary health certificate.",
        ),
        (
            "user",
            "Applicant is my mother, Zhang Lihua, ID 110105197906231820, can you check if she qualifies?",
        ),
        ("assistant", "I can't check eligibility, but she can apply online via the AVS portal."),
    ],
    [
        ("user", "my dog Coco died last week"),
        (
            "assistant",
            "I'm so sorry for your loss. Would you like information on pet cremation or grief support?",
        ),
        (
            "user",
            "I'm not coping well, my psychiatrist at IMH increased my sertraline dose yesterday",
        ),
        (
            "user",
            "fyi this is Benjamin Sim, the pet cremation booking is under my name, Pasir Ris address",
        ),
        (
            "assistant",
            "Take care, Benjamin. If you need to talk to someone now, please call SOS at 1767.",
        ),
    ],
]
