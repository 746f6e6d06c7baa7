"""Blind check set en30: English reviews and marketplace text from Singapore, Malaysia and Hong Kong (map and food-app reviews, Airbnb messages, Carousell and Mudah listings, Grab and Lalamove feedback, property, tuition and maid agency ads). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en30
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "google maps reviews"): _lines("""
        5 stars. Ya Kun Kaya Toast at Far East Square still does the best soft-boiled eggs in the CBD; the queue moves fast before 8.30am.
        Tan Tock Seng Hospital A&E: waited 4 hours on a Sunday night but the triage nurse explained everything clearly. 3 stars for the wait.
        Sun Yat Sen Nanyang Memorial Hall, 12 Tai Gin Road — the gallery on the 1911 revolution alone is worth the $6 ticket.
        Lim Chee Guan on New Bridge Road: 2-hour queue the week before CNY, bak kwa at $68/kg, still worth it.
        Tai Cheong Bakery on Lord Stanley Street, egg tarts HK$11 each, the ones Chris Patten made famous. Crust still flaky.
        Central Market KL on Jalan Hang Kasturi — parking RM3 for the first hour, lots of batik, aircon weak upstairs.
        Response from the owner: Thank you for the feedback! Please WhatsApp our outlet line 6334 8821 so we can make it right.
        Kam's Roast Goose, 226 Hennessy Road, Wan Chai — goose was juicy but we waited 40 mins on a weekday at 1pm.
        Jalan Alor at night: touts are pushy but Wong Ah Wah's chicken wings are still excellent at RM2.80 a wing.
        Hawker Chan on Smith Street, the soya sauce chicken rice that got the Michelin star: $5.80 a plate, tables a bit sticky.
        Jewel Changi rain vortex light show at 7.30pm and 8.30pm; lockers at B2 cost $8 for 24 hours.
        Raffles Medical at Raffles Place: took queue number 2087 at 9am, saw the doctor at 10.15. Staff polite, 4 stars.
        Petronas Twin Towers skybridge is RM98 for foreigners; book the 9am slot online, my booking ref was KLCC-TT-558120.
        Lee Kong Chian Natural History Museum: the three Diplodocid skeletons are the highlight, allow 2 hours, kids loved it.
    """),
    ("en", "food app reviews"): _lines("""
        Order GF-20251104-88231-SG arrived cold and the fries were soggy; McDonald's Tampines 1 needs better packaging.
        foodpanda order #x7hq-k2vp, 2/5: missing the teh peng, restaurant refunded RM4.50 in the app within the hour.
        Deliveroo HK: Mak's Noodle Central, wonton noodles HK$46, arrived in 25 mins and the soup was still hot.
        Jollibee Chickenjoy bucket 6pc $21.90 with code SAVE5 at checkout — great value for a family dinner.
        1 star. App said delivered at 12:41 but nothing came; support ticket 80012349876 still open after 3 days.
        The nasi lemak from Village Park Restaurant in Damansara Utama is still legendary: sambal spicy, ayam goreng crispy.
        Old Chang Kee curry puffs, 4 for $6.40, always consistent, and they added extra chilli sauce without me asking.
        They use Lee Kum Kee oyster sauce on the kailan and it tastes like home cooking. 4.5 stars.
        2 x Char Kway Teow ($6.00 each) + 1 x Barley ($1.80) + delivery $3.49 + small order fee $0.00 = $17.29 before GST.
        Tim Ho Wan Sham Shui Po, baked BBQ pork buns 3 for HK$33; the original branch still beats the mall ones.
        Merchant reply: Hi, so sorry about the missing item! We have credited $3.20 to your account for order 1-2387-99104.
        I'm vegetarian and my partner isn't, so the mala xiang guo where you pick each item separately was perfect. Will reorder.
    """),
    ("en", "airbnb host and guest messages"): _lines("""
        Welcome! Check-in is from 3pm and check-out by 11am; self check-in instructions are sent 48 hours before arrival.
        House rules: no durians, no smoking on the balcony (building management fines S$200), quiet hours 10pm to 8am.
        Wi-Fi network: CozyStay_5G, password Welcome2024! — please don't reset the router.
        Nearest MRT is Lavender (EW11), a 5-minute walk; there's a 24-hour 7-Eleven right downstairs.
        In an emergency call 999 for police or 995 for the SCDF ambulance; in Malaysia dial 999, or 112 from any mobile.
        Guest review: Great location near the Temple Street night market, the room is tiny like every Hong Kong flat but spotless.
        Thank you for staying with us! We hope to host you again in Penang during the George Town Festival.
        Listing 52918374 is a serviced apartment run by our company; monthly stays only, as the MCST does not allow short stays.
        Resolution centre: reservation HMK3QX5R2A was refunded S$45 for the broken aircon on night two.
        Towels are in the cabinet under the TV; please leave used ones in the bathtub when you check out.
        Parking at the mall basement next door is RM5 per entry; get a visitor pass at the guardhouse.
        I travelled with my husband and two kids and the host replied within minutes every time. 5 stars, would book again.
    """),
    ("en", "carousell and mudah listings"): _lines("""
        Selling iPhone 15 Pro 256GB Natural Titanium, S$1,150, Apple warranty till 08/2025, IMEI shown at meetup, deal at Tampines MRT.
        Brand new Dyson V15 Detect, serial sticker intact, RM2,199, COD at Mid Valley or Lalamove at buyer's cost.
        Harry Potter box set, Bloomsbury 2014 edition, ISBN 978-1-4088-5676-1, S$45, slight yellowing on the spines.
        Honda City 1.5 V 2019, 58,000 km, full service record with Honda Malaysia, RM69,800 nego, serious buyers only.
        Nintendo Switch OLED HEG-001, white, with Zelda TOTK cartridge, HK$2,100, face-to-face at Mong Kok MTR exit E2.
        Letting go 2 tickets to JJ Lin JJ20 at the National Stadium, Cat 2, Section 217 Row 22, $248 each at cost.
        IKEA HEMNES chest of drawers 802.426.22, already dismantled, self-collect only, S$80.
        LEGO 75192 Millennium Falcon UCS, sealed box, RM3,400 firm, no lowballers pls.
        Preloved Bugaboo Fox 3 stroller, used for one kid, no major stains, $350, pick up near Punggol MRT.
        Buying old Singapore Bird series $1 notes; low serial numbers like 000001 fetch the most at the Bras Basah dealers.
        Listing 1283456789 was flagged as a duplicate, so I reposted with new photos and a lower price of $120.
        Free giveaway: 40 IKEA hangers, first come first served, collect at Bishan MRT exit C this Saturday.
        Mahjong set with bone tiles bought from Yue Hwa Chinese Products in Jordan, HK$680, box slightly dented.
        Challenger only offered $540 trade-in for my Galaxy S23 Ultra 512GB, so listing it here at $750.
    """),
    ("en", "ride and delivery feedback"): _lines("""
        Booking A-7HXW2KQ9GT from Changi T3 to Orchard, S$28.40 including the airport surcharge; car was clean, 5 stars.
        Driver took the PIE instead of the ECP and the ERP gantry added $3; Grab refunded the difference the next day.
        Lalamove 1.7m van from Ubi to Jurong West, $58 with 2 helpers, order 2310-8842-1173; sofa arrived undamaged.
        Bus 190 (SBS 3921L) skipped the Orchard Boulevard stop at 8.05am; reported it through the SBS Transit hotline 1800 287 2727.
        The driver was polite, offered a phone charger and drove carefully in the rain. Tipped $2.
        Lalamove rider was 40 minutes late and never picked up the masked number in the app. 2 stars.
        If the app is down you can still book a cab on the ComfortDelGro line 6552 1111.
        E-hailing from KLIA2 to Bukit Bintang cost RM85 plus RM6.50 toll; driver helped load 3 big luggages.
        Red taxi from HKIA to Tsim Sha Tsui was about HK$300 plus HK$6 per piece of luggage, exactly as posted at the rank.
        Lalamove HK van from Kwun Tong to Tseung Kwan O, HK$245, order #HK23-0917-4452, movers were careful with the fridge.
        Delivery partner left the parcel at the riser as instructed and the photo proof was clear. 5 stars.
        Ninja Van tracking NVSGSHPEE00012345678 stuck on "Out for delivery" for three days now.
    """),
    ("en", "property agency listings"): _lines("""
        The Sail @ Marina Bay, 2-bedroom, 1,023 sqft, high floor, full sea view, asking S$2.1M; call our agency hotline 6820 8000 for viewings.
        HDB 4-room in Tampines Street 81, 93 sqm, lease started 1985, asking $520k, COV negotiable.
        KLCC for rent: Vortex Suites studio, 560 sqft, RM3,200/month, fully furnished, walking distance to Pavilion.
        Taikoo Shing, Kam Din Terrace, 2 bedrooms, saleable area 585 sq ft, HK$9.8M; agency licence C-012345.
        All listings by our agency, CEA licence L3008899J; viewings by appointment through the office line only.
        New launch showflat open daily 10am–7pm at 2 Tanah Merah Kechil Link; sales hotline 6100 2288.
        Penang, Gurney Paragon Residences, 2,188 sqft, RM2.6 million, freehold, ad ID 98765432.
        Conservation shophouse on Joo Chiat Road, 2.5 storeys, freehold, asking S$6.8M, strictly by appointment.
        Common room near NUS for rent, $1,100 including utilities, light cooking only; enquire via the agency WhatsApp 6123 4567.
        Median rent for a 5-room HDB flat in Punggol was about S$3,400 in Q2 according to HDB data.
        Mont Kiara 3-bed, RM7,500/month, pet-friendly; listed by a registered firm, Board of Valuers registration E (1) 1234.
        Mid-Levels, 2-bed high floor with harbour glimpses, asking HK$15.5M; land search available at the agency branch in Central.
    """),
    ("en", "tuition and maid agency ads"): _lines("""
        PSLE Maths by MOE-trained tutors: group class $320/month for 4 sessions at our Bishan centre, 9 Bishan Place #07-01.
        Call or WhatsApp the centre line 6250 9988, Monday to Saturday, 10am to 8pm.
        EA Licence 09C4471 — transfer helpers available, packages from $888 including insurance and medical.
        We place Filipino, Indonesian and Myanmar helpers; first-time helpers must attend MOM's Settling-in Programme.
        Employment agency licence no. 58123 (Hong Kong): Indonesian and Filipino domestic helpers, service fee HK$5,000, office 2388 1234.
        SPM Additional Mathematics crash course RM350 for 8 lessons at our Subang Jaya centre, hotline 1300-88-1234.
        Tutor rates 2025: undergraduates $25–35/hr, full-time tutors $40–60/hr, ex- and current MOE teachers $70–120/hr.
        IELTS 7.0 or repeat the course free (T&Cs apply); weekend classes near Bukit Bintang monorail.
        Tutor profile template: Name: [Your Name], NRIC: S1234567D (sample only), Qualifications: [e.g. BSc NUS].
        Family of four in Tampines, one elderly parent, no pets, looking for an experienced helper — through agencies only.
        Our agency was featured in The Straits Times in 2019 for fair placement fees. Walk in at Peninsula Plaza, level 3.
        Bruce Lee once taught cha-cha in Hong Kong before kung fu made him famous, so our dance school motto is "be water".
    """),
    ("mixed", "singlish and manglish reviews"): _lines("""
        Wah the chicken rice at Tian Tian, Maxwell Food Centre #01-10, damn shiok, $6 only, queue 20 mins lah.
        Abang Lalamove very fast, sampai in 30 mins from Shah Alam to PJ, barang semua ok. 5 bintang.
        Nasi kandar Line Clear in Penang still legend, kuah campur with ayam RM12, worth it lah.
        This Carousell seller very honest, meet at Jurong East MRT, item same like photo, no kelong.
        Tak recommend this kedai, the phone case crack after 2 days, RM39.90 wasted sia.
        The milk tea at Australia Dairy Company on Parkes Street very smooth, but staff super rude, typical lor.
        Airbnb host super steady, bring us durian at check-in summore, Penang trip damn happy.
        Perodua Myvi 1.5 AV 2020 untuk dijual, RM48k nego, servis rekod penuh di Perodua, no flood no accident.
        GrabFood order A-6PZ2N4KQWBX9, makcik masak sedap, but rider terlupa sambal.
        Aiyo condo gym closed until 15 Jan, MCST notice say renovation cost $48k, our maintenance fee sure go up one.
        Saw Michelle Yeoh at the Ipoh premiere wah, she still so elegant, the crowd went crazy.
        Datuk Lee Chong Wei came to open the new sports shop at Sunway Pyramid, crowd gila ramai.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Grab driver Muhammad Hafiz bin Rosli, silver Vios WXY 4821, was super rude and threw my bag into the boot. Reporting him.
        Driver Tan Wei Liang (SKQ 7753E) detoured via the AYE and charged $12 more — his number is 9231 6604 if Grab wants to check.
        Address is 27 Jalan Bunga Raya 3, Taman Sri Muda, 40400 Shah Alam, my mum lives next door so pls keep noise low. — Faridah
        The flat is Blk 418 Bedok North Ave 2 #08-1173, S460418. I'm Kelvin, text me at +65 9748 2216 when you reach the lobby.
        Our host Mrs Wong Mei Ling lives in the unit downstairs (Flat 12B, Tower 3, Laguna City) and kept knocking on our door at night.
        Selling my late father's Rolex, he passed from lung cancer last March. Contact Jason Lim 9012 7745, no time wasters.
        Pick up at Blk 302 Serangoon Ave 2 #05-211, ring the bell and ask for Auntie Rosalind Goh.
        Call/WhatsApp Encik Zul 012-738 4419 for the Proton X50, plate VGE 3318 still under my name until transfer.
        Lalamove driver Leung Chi Keung, van UV 6724, broke my glass table and refused to give his ID. His mobile: 6273 1189.
        Owner Mr Krishnan s/o Ramasamy, NRIC S7043821J, wants to sell his 5-room in Yishun fast because of the divorce.
        Biodata: NURHAYATI, 34, Indonesian, passport C4418273, from Cilacap, 2 children (8 and 11), ex-HK 6 yrs, mild asthma declared.
        Filipina helper Marites Dela Cruz, 41, just finished contract in Tai Po, HKID R558201(4), available from January.
        Ex-MOE teacher Ms Chloe Ng Hui Min offers home tuition in Sengkang — WhatsApp 8836 1290 or email chloe.nghm88@gmail.com.
        Looking for Chem tutor for my son Ethan Teo, Sec 3 at Hwa Chong, he has ADHD so pls be patient. We stay at 56 Lorong Marzuki.
        Owner's reply: Mr Ravi Chandran, you came at 9.58pm on 3 Nov with your wife and your card ending 4471 was declined. Please don't lie.
        The doctor at this clinic told my neighbour Mdm Siti Aminah in front of the whole waiting room that her HIV test was positive.
        Guest Rahul Menon (passport Z4982113) left without paying for the broken TV, his phone is +91 98201 44672.
        Face-to-face at my flat only: Room 1812, Wah Kin House, Wah Fu Estate, ask for Mr Chan Kwok Wing 9321 5567.
        Deliver to Puan Norazlina, 2-13A Pangsapuri Seri Bayu, Jalan PJU 1A/41, 47301 Petaling Jaya, tel 019-665 2037.
        The Grab driver was Ong Boon Huat, plate SLB 2291Z, and he was vaping in the car with my toddler inside!!
        Lockbox is at the gate of 31 Lorong Kampung Malabar, George Town, code 4471. My family lives upstairs, just shout if stuck.
        Pls transfer RM450 to Maybank 1642 0318 7725 (Lee Siew Ping) and send the slip, then I post same day.
        PayNow to 9665 0123 (name shows TAN JUN HAO ALVIN) before I release the item.
        Beware seller @kelly.tham88 — real name Kelly Tham Jia Yi, IC 950614-10-5632, took my RM300 and blocked me.
        Tenant Mr Aung Ko Ko (FIN G5827341N) is 3 months behind on rent at Blk 651 Jurong West St 61 and the landlord wants him out.
        Nurse let slip that Mrs Ho Lai Ying from Block B, Kornhill, 22F is in for chemo again, small world.
        Employer Mr & Mrs Desmond Koh, 3 kids, Blk 271A Punggol Field Walk #12-330; helper will sleep in the storeroom.
        Send your resume to my personal email aileen.kwok.hk@yahoo.com.hk — hiring a part-time cook for my family in Sai Kung.
        Hi, I'm Daniel Osei arriving on SQ 318 on 14 Dec, mobile +44 7712 904318, with my wife Grace who is 7 months pregnant.
        Whoever parks the white Vezel SGX 8104K in my lot at Blk 157 Toa Payoh, I know it's you Mr Lau from #10-22.
        She's @jolene.sews on IG — Jolene Pang, does alterations from her HDB flat at Blk 350 Clementi Ave 2, very cheap.
        Booking for my parents: Lim Ah Kow, passport E2204719K, and Goh Siew Lan, passport E2204732H, both born 1956.
        Card 4532 7810 2294 6618 exp 09/27, name LOW KAH MENG — please charge the deposit for the room.
        Selling my house direct, no agents: No. 12, Jalan SS 2/64, 47300 Petaling Jaya, call Mr Wong 016-219 8034 after 7pm.
        Teacher Farah (@farahteachesmath on Telegram, 9478 3302) made my daughter Aisyah from Tampines Primary cry every lesson.
        Rider Kumar on FBQ 4219C took my McDonald's, I saw him eating it at the void deck of Blk 120 Yishun Ring Rd.
        The driver Mr Cheung, plate NG 8817, told me he lives in Block 5, Kwai Shing West Estate, WeChat cheungsir_8817.
        Viewing tmr 3pm at Mdm Kwek Bee Hoon's unit, 8 Boon Tiong Road #15-04; she's in hospital for dialysis so the maid will open.
        Reference check: ex-employer Mrs Tham (9177 2043) says helper Lina Santos was dismissed for stealing jewellery.
        Landlord Mr Yip Siu Ming, HKID Y672109(3), rent to HSBC 400-123456-838 by the 5th of each month.
    """),
    "mixed": _lines("""
        Abang Grab nama Azlan, Bezza putih VKB 9023, bawak laju gila and marah-marah bila I tegur.
        Seller ni scammer, nama dia Nur Syafiqah binti Ahmad, IC 980227-08-5194, akaun CIMB 7063 4428 91, jangan beli!
        Lalamove driver Mr Ho, van plate VX 2331, damn rude lor, charge me extra HK$80, his number 6158 9024.
        Aunty host at Blk 55 Lengkok Bahru #14-282 very kepo, keep asking my bf Marcus for his IC S9823461F.
        Kak Warsini boleh start next month, passport C 8834215, contact majikan lama Puan Rohana 013-442 8801.
        Wah the Carousell seller Jeremy Soh very paiseh, forgot the charger, never mind I go his house 33 Jalan Tua Kong collect.
        Host Airbnb KL Encik Hisham 011-2345 6789, unit A-12-3 Residensi Vista Wirajaya, Setapak, dia duduk sebelah.
    """),
    "ms": _lines("""
        Pemandu Grab Encik Roslan Ismail, plat PKH 6612, memandu sambil main telefon, nombor dia 017-508 3321.
        Dijual oleh pemilik: rumah teres 2 tingkat, No. 45, Jalan Mawar 7, Taman Mawar, 81750 Masai, hubungi Puan Halimah 012-776 1904.
        Pembantu rumah Siti Rahayu, pasport Indonesia C2917465, sakit buah pinggang, majikan Encik Farid di Kuantan mahu hantar pulang.
        Sila bayar deposit RM200 ke akaun Public Bank 4-1234567-08 atas nama Tan Mei Kuan sebelum kunci diserahkan.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "help me write a complaint to Grab, driver drove like mad on the PIE last night"),
        ("assistant", "Sure. Do you have the driver's name and car plate from the trip receipt?"),
        (
            "user",
            "Ng Kok Leong, plate SMB 6610T, blue Corolla Altis, trip ended 11.42pm at my place",
        ),
        ("user", "my place is Blk 88 Telok Blangah Heights #09-352 if they need it"),
    ],
    [
        ("user", "Draft a friendly welcome message for my Airbnb guests arriving Friday"),
        (
            "assistant",
            "Welcome to our home! Check-in is from 3pm. Let me know the address and how guests should reach you.",
        ),
        (
            "user",
            "address 14 Jalan Cempaka 2, Taman Melawati, 53100 KL. I'm Aida, my handphone 012-931 5570, I live in the house behind",
        ),
    ],
    [
        ("user", "can you make my Carousell listing sound better? selling a Brompton M6L, $1,900"),
        ("assistant", "Happy to. Any condition notes, meetup place or contact preferences?"),
        (
            "user",
            "minor scratches. meet at my block, 667B Jurong West St 65, call Marcus 8123 4096, no lowball",
        ),
    ],
    [
        ("user", "Translate this helper biodata to English for the employer"),
        (
            "user",
            "Nama: Sri Wahyuni, umur 29, paspor B 7720431, asal Ponorogo, anak 1 umur 5 tahun, pernah operasi usus buntu 2021",
        ),
        (
            "assistant",
            "Name: Sri Wahyuni, age 29, passport B 7720431, from Ponorogo, one child aged 5, appendix surgery in 2021.",
        ),
    ],
    [
        ("user", "I need a short tenancy agreement clause listing the tenant"),
        ("assistant", "Sure — what are the tenant's full name and identification number?"),
        (
            "user",
            "Pham Thi Lan, FIN M4410273K, renting the common room at Blk 203 Ang Mo Kio Ave 3 #07-1541",
        ),
    ],
    [
        ("user", "write a message to the new tutor about my daughter"),
        ("assistant", "Of course. What would you like the tutor to know?"),
        (
            "user",
            "her name is Chloe Lau, P4 at Rosyth School, she's dyslexic and on Ritalin, lessons at our home Tue 5pm",
        ),
        ("user", "and my number for the tutor is 9672 3318, I'm her mum Vivian"),
    ],
    [
        ("user", "Lalamove broke my monitor, how do I claim?"),
        (
            "assistant",
            "Open a claim in the app with photos, the order number and the driver details.",
        ),
        (
            "user",
            "ok driver was Wong Tsz Hin, van LD 5092, delivered to my flat at Flat 9D, Block 3, City One Shatin, my number 9483 2271",
        ),
    ],
    [
        ("user", "how should I reply to this 1-star Google review on my cafe?"),
        ("assistant", "Stay calm and factual, thank them and offer to follow up privately."),
        (
            "user",
            "no la I want to name him. he's Terence Quek, regular, lives upstairs at #03-12, phone 9330 6127, always drunk",
        ),
    ],
    [
        ("user", "Mudah buyer scammed me, I want to lodge a police report"),
        (
            "assistant",
            "Note the buyer's name, identification, bank account used and all chat screenshots.",
        ),
        ("user", "nama dia Mohd Faizal bin Kamarudin, IC 910305-14-6621"),
        ("user", "bank in to RHB 1123 4500 8872 19, phone 018-220 7456"),
    ],
]
