"""Blind check set mix53: SG/MY Indian community in Tamil and English (temple festivals, weddings, Tamil schools, kolam and dance classes). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix53
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "temple notices"): _lines("""
        Thaipusam 2027: Kavadi registration opens 2 Jan at Sri Srinivasa Perumal Temple, 397 Serangoon Road. No walk-ins, register online via the HEB portal only.
        Theemithi firewalking at Sri Mariamman Temple, 244 South Bridge Road - male devotees only; kaappu kattuthal (vow-taking) from 6 Sept 2027, 7.00pm.
        Devotees are reminded that live music accompaniment is allowed only at the designated points along the 4.2 km route from Tank Road to Serangoon Road.
        Annadhanam sponsorship: $351 per day (100 pax), $701 (200 pax). Cheques payable to "Sri Veeramakaliamman Temple". Receipt format SVKT/ANN/2027/xxxx.
        Kumbabishegam of Sri Sivan Temple, Geylang East Ave 2 - Yagasalai poojas 18-22 Jun; main ceremony 23 Jun, muhurtham 9.15am to 10.30am.
        LOST & FOUND: 1 gold-coloured thali chain found near the rajagopuram after the 6pm pooja. Claim at the temple office with proof of ownership, Tue-Sun 9am-12pm.
        Hindu Endowments Board general enquiries line 6296 3469 (office hours); kavadi permit issues pls email the Thaipusam team, do not call the priests.
        Order of procession: Silver chariot leaves Sri Thendayuthapani Temple (Tank Road) at 6.00am and returns ~11.00pm. Road closures on Clemenceau Ave & part of Orchard Rd.
        Batu Caves: 272 steps, 42.7 m golden Murugan statue unveiled January 2006; nearest stop is KTM Komuter Batu Caves station.
        Deepavali eve pooja timings: Lakshmi Kubera pooja 7.30pm; archanai tickets $5 at counter 3; pls no outside flowers or plastic garlands.
        Temple management committee 2026-2028 was elected at the AGM held on 14 Sep 2026; minutes available on request to registered members only.
        Volunteers handling devotee registration forms must NOT photograph IC cards or forward the forms to WhatsApp groups. Completed forms go into the locked box at the office.
        Sample permit slip - Permit No: TPS27-K-000000 | Kavadi type: ________ | Name as per NRIC: ________ | Slot: __:__ | Sign: ________
    """),
    ("ta", "கோயில் அறிவிப்பு"): _lines("""
        தைப்பூசத் திருவிழா 2027: காவடிப் பதிவு ஜனவரி 2 முதல் ஸ்ரீ ஸ்ரீநிவாசப் பெருமாள் கோயிலில் இணையம் வழியாக மட்டும் நடைபெறும்.
        அன்னதானத்திற்கு நன்கொடை வழங்க விரும்புவோர் கோயில் அலுவலகத்தைத் தொடர்பு கொள்ளவும்; காசோலைகள் கோயிலின் பெயரில் மட்டுமே ஏற்கப்படும்.
        தீமிதித் திருவிழாவில் பங்கேற்கும் பக்தர்கள் காப்பு கட்டிய நாளிலிருந்து விரதம் இருக்க வேண்டும்.
        கும்பாபிஷேகம் காலை 9.15 முதல் 10.30 மணி வரை நடைபெறும்; பக்தர்கள் பாரம்பரிய உடையில் வருமாறு கேட்டுக்கொள்ளப்படுகிறார்கள்.
        நவராத்திரி ஒன்பது நாட்களும் மாலை 7 மணிக்கு கொலு பூஜையும் பஜனையும் நடைபெறும்; அனைவரும் வருக.
        பத்துமலை முருகன் சிலை 42.7 மீட்டர் உயரம் கொண்டது; இது 2006 ஜனவரியில் திறக்கப்பட்டது.
        கோயில் வளாகத்தில் புகைப்படம் எடுக்கத் தடை; கருவறை அருகே கைப்பேசியை அணைத்து வைக்கவும்.
        ஸ்ரீ மகாமாரியம்மன் ஆலயம், ஜாலான் துன் எச்.எஸ். லீ, கோலாலம்பூர் - 1873இல் கே. தம்புசாமி பிள்ளை அவர்களால் நிறுவப்பட்டது.
        சிங்கப்பூரின் மிகப் பழமையான இந்துக் கோயிலான ஸ்ரீ மாரியம்மன் கோயில் 1827இல் நாராயண பிள்ளையால் நிறுவப்பட்டது.
        அர்ச்சனைச் சீட்டு $5; சிறப்பு அபிஷேகம் $51; சங்காபிஷேகம் $108 - ரசீது எண் கணினியால் தானாக வழங்கப்படும்.
        பங்குனி உத்திரம் பால்குட ஊர்வலம் காலை 6 மணிக்குத் தொடங்கும்; பால்குடப் பதிவுக் கட்டணம் RM15.
        கந்த சஷ்டி சூரசம்ஹாரம் நவம்பர் 3 மாலை 5 மணிக்கு கோயில் முன்றலில் நடைபெறும்.
    """),
    ("en", "wedding vendors"): _lines("""
        Traditional Tamil wedding package @ temple marriage hall - 300 pax veg buffet, mandapam deco, nadaswaram & thavil: from $18,800 nett.
        Invoice INV-2027-0318 | Mandapam decor (lotus theme) $3,200.00 | Nadaswaram & thavil troupe $1,450.00 | GST 9% $418.50 | Total $5,068.50
        Bridal mehndi by Henna Haus: full hands & feet, 6-8 hrs, $450. Bookings via our IG @hennahaus.sg only, no DMs on FB pls.
        Tip: fix the thali-tying muhurtham with your family priest at least 3 months ahead, the popular Aavani dates fill up very fast.
        Jewellery rental: temple set (manga malai, oddiyanam, jhimikki) RM680 for 3 days, deposit RM2,000 refundable. Order #GJR-55710.
        Muhurtham dates Vaikasi 2027: 27 May (Thu) 7.30-9.00am, 3 Jun (Thu) 9.00-10.30am - as per Pambu Panchangam.
        Template: "With the blessings of the Almighty, {bride_parents} cordially invite you to the wedding of their daughter {bride_name} with {groom_name}, s/o {groom_parents}" - replace placeholders before printing.
        Banana leaf lunch for 500 guests: 14 items incl. payasam & appalam, RM24.90/pax, min order 200 pax, delivery within Klang Valley.
        Kalyana mandapam at 42 Jalan Tun Sambanthan, Brickfields - capacity 450, 80 parking lots, booking fee RM1,500 non-refundable.
        Photography package: pre-wedding shoot at Gardens by the Bay + full-day coverage, 2 photographers, 600 edited photos, album + USB, $3,888.
        Reminder to couples: ROMM solemnisation needs both parties' original NRIC/passport and 2 witnesses aged 21+. Bring them on the day, please don't email scans to us.
        Koorai pudavai, 9 yards, pure Kanchipuram silk, zari weight 180g - SGD 1,290 at our Serangoon Rd store; alteration of blouse free.
        Nalangu games list: coconut rolling, ring in the pot, appalam breaking - printable PDF v2.3 (updated 2026-11-02).
    """),
    ("ta", "தமிழ்ப் பள்ளி"): _lines("""
        மலேசியாவில் தற்போது சுமார் 527 தமிழ்ப்பள்ளிகள் இயங்குகின்றன.
        UPSR ரத்து செய்யப்பட்ட பின்னர், ஆறாம் ஆண்டு மாணவர்களுக்கு வகுப்பறை மதிப்பீடு (PBD) நடைபெறுகிறது.
        உமறுப் புலவர் தமிழ்மொழி நிலையத்தின் சனிக்கிழமை வகுப்புகள் காலை 8.30 முதல் 12.30 வரை நடைபெறும்.
        SJK(T) லாடாங் சுங்கை பூலோ பள்ளியின் 90ஆம் ஆண்டு விழா டிசம்பர் 14 அன்று பள்ளி மண்டபத்தில் நடைபெறும்.
        திருக்குறள் மனனப் போட்டி: அதிகாரம் 1 முதல் 50 வரை; பதிவுக் கட்டணம் இல்லை; இறுதிச் சுற்று ஜூலை 19.
        பெற்றோர் ஆசிரியர் சங்கக் கூட்டம் (PIBG) மார்ச் 8 சனிக்கிழமை காலை 9 மணிக்கு பள்ளி மண்டபத்தில் நடைபெறும்.
        பள்ளிப் பேருந்துக் கட்டணம் மாதம் RM90; அடுத்த ஜனவரி முதல் RM95 ஆக உயர்த்தப்படும்.
        பதிவுப் படிவத்தில் மாணவரின் பிறப்புச் சான்றிதழ் எண், MyKid எண் ஆகியவற்றை நிரப்பவும்; நகல்களை வகுப்பாசிரியரிடம் மட்டுமே ஒப்படைக்கவும்.
        தமிழ்மொழி விழா 2027 ஏப்ரல் 1 முதல் 30 வரை; கருப்பொருள்: "தமிழால் இணைவோம்".
        கல்வி அமைச்சர் 2027 வரவுசெலவுத் திட்டத்தில் தமிழ்ப்பள்ளிகளின் கட்டட மேம்பாட்டுக்கான ஒதுக்கீட்டை அறிவித்தார்.
        மாணவர் எண்ணிக்கை: 2024 - 412; 2025 - 398; 2026 - 405; ஆசிரியர்கள் 31 பேர்.
        ஆண்டு 4 தமிழ் பாடநூல் (KSSR செம்பதிப்பு) அலகு 7: "பொங்கல் திருநாள்" - பக்கம் 56 முதல் 61 வரை.
        பள்ளி விடுமுறை: தீபாவளிக்கு நவம்பர் 8 முதல் 10 வரை பள்ளி மூடப்படும்.
    """),
    ("en", "dance and kolam classes"): _lines("""
        Bharatanatyam Grade 1 (ages 6-9): Saturdays 10-11am, Studio B, $120/month for 4 lessons. Adavus, basic hastas, Pushpanjali.
        Arangetram of our senior batch at the Esplanade Recital Studio, 12 Dec 2027, 7pm. Tickets $25 via SISTIC, event code BNT1227.
        Kolam workshop: pulli kolam on a 9x9 dot grid, neli (curved) & sikku kolam. Bring rice flour, chalk & A3 paper. $35 incl. materials.
        Rangoli colour powder 1kg pack, 12 colours - RM18.90 each, SKU RGP-12C-1000, free delivery above RM100.
        Deepavali kolam competition rules: max 1.5m x 1.5m, natural materials only, 3 hours, judged on symmetry, colour and theme.
        Apsaras Arts and Bhaskar's Arts Academy are among the oldest Indian dance institutions in Singapore.
        Term 1 2027 timetable v4 - Mon: Kuchipudi (adv) 7pm; Wed: Bharatanatyam Gr 3 6pm; Fri: Bollywood fusion 8pm.
        Please DON'T post students' photos with their full names or school uniforms on the studio FB page unless we have the signed parent consent form (PDPA).
        Home practice: 1) Tatta adavu 1-8, 2) Natta adavu 1-4, 3) Visharu adavu - 20 min daily, wear salangai only after week 6.
        Rukmini Devi Arundale founded Kalakshetra in 1936 in Madras; her reforms shaped the modern Bharatanatyam margam.
        Payment to: Nritya Kala Academy Pte Ltd, UEN 201912345K, PayNow UEN only. Ref: student ID + month (e.g. NKA0412-JAN).
        Salangai 4-line, 100 bells per leg - $65/pair; order #NK-SAL-20271104-07 ready for collection at front desk.
        Exam results: 38 candidates sat the Grade 5 theory paper; pass rate 94.7%; distinctions 11.
    """),
    ("en-ta", "community WhatsApp"): _lines("""
        Guys tmr paal kudam start 5am sharp ah, don't come late then kena stuck at Tank Rd 😅
        Anyone know Little India MRT exit E open or not during Deepavali weekend? Last year damn crowded wor
        Bro muhurtham is 7.30-9 only, after that mapillai side photo session, so eat first lah
        Amma said kolam must put before sunrise then only Lakshmi will come 🙏 anyway I buy the sticker kolam from Mustafa la
        SJK(T) sports day shifted to 22 Aug due to haze. PIBG will update in this group. Pls don't flood the chat tq
        Nadaswaram troupe from KL confirm coming or not? Or we book local one? Budget RM2k max da
        Machan the new Rajinikanth padam release same day as our reception 😂 confirm half the guests come late
        Reminder: kavadi dry run at temple car park Sat 8pm. Bring own water. No alcohol, no non-veg 40 days before, you all know la
        Admin here: pls don't share anybody's IC or phone number in this group, PM the committee directly.
        Wah Tekka flower price double already, malli 1 mulam $4 now 😭
        Dance recital seats sold out da! Those who haven't collect tickets, counter opens 6pm at the venue.
        Thaipusam is public holiday in Penang, Selangor, Johor etc but not in SG ya, so apply leave early
        Kolu padi 9 steps setup done 🪔 come see at the CC, Navarathri day 3 theme is Dasavatharam
    """),
    ("ta", "இலக்கியம் வரலாறு"): _lines("""
        அகர முதல எழுத்தெல்லாம் ஆதி பகவன் முதற்றே உலகு - திருக்குறள் 1.
        கற்க கசடறக் கற்பவை கற்றபின் நிற்க அதற்குத் தக (குறள் 391).
        சிலப்பதிகாரத்தில் கண்ணகி தன் கணவன் கோவலனுக்கு நீதி கேட்டு மதுரையை எரித்தாள்.
        பொன்னியின் செல்வன் நாவலில் வந்தியத்தேவன் காஞ்சியிலிருந்து தஞ்சைக்குப் பயணம் செய்கிறான்.
        மகாகவி சுப்பிரமணிய பாரதி 1882ஆம் ஆண்டு எட்டயபுரத்தில் பிறந்தார்; 1921இல் சென்னையில் மறைந்தார்.
        தமிழ் முரசு நாளிதழ் 1935இல் கோ. சாரங்கபாணி அவர்களால் சிங்கப்பூரில் தொடங்கப்பட்டது.
        ஔவையாரின் ஆத்திசூடி: "அறம் செய விரும்பு, ஆறுவது சினம், இயல்வது கரவேல்".
        சிங்கப்பூரின் நான்கு அதிகாரத்துவ மொழிகளில் தமிழும் ஒன்று.
        துன் வீ. தி. சம்பந்தன் மலாயா சுதந்திரப் பேச்சுவார்த்தைகளில் இந்தியச் சமூகத்தின் சார்பில் முக்கியப் பங்காற்றினார்.
        கம்பராமாயணம் ஆறு காண்டங்களையும் சுமார் பத்தாயிரம் பாடல்களையும் கொண்டது.
        "யாயும் ஞாயும் யாரா கியரோ" - குறுந்தொகை 40, செம்புலப் பெயனீரார்.
        பொங்கல் நான்கு நாட்கள்: போகி, தைப்பொங்கல், மாட்டுப் பொங்கல், காணும் பொங்கல்.
    """),
    ("en", "systems and templates"): _lines("""
        [2027-01-14 06:02:11 SGT] kavadi-reg-api v2.8.1 INFO batch=TPS27-B0193 accepted=412 rejected=7 reason=duplicate_slot
        SMS template: "Vanakkam {{name}}, your archanai booking #{{booking_id}} on {{date}} is confirmed. - Temple Office" (max 160 chars)
        Schema: devotee(id UUID, full_name TEXT ENCRYPTED, nric_hash CHAR(64), slot_id INT) -- NRIC is stored only as a salted SHA-256.
        sha256(kolam_comp_entries_2026.csv) = 9f2c1e7a4b8d03c6e5f1a2b9d7c4e8f0a1b3c5d7e9f2a4b6c8d0e1f3a5b7c9d1
        PayNow for donations: UEN T08SS0123A (temple society). Please put "DONATION-DEEPAVALI" in the reference field.
        Error 422: field 'parent_mobile' must match ^(\\+65)?[689]\\d{7}$
        Tracking no. SG2027110948715 - your salangai order has been dispatched via SingPost, ETA 2-3 working days.
        Retention policy: enrolment forms for Tamil classes are kept 2 years after the student leaves, then shredded; soft copies purged from the CRM.
        CSV header: student_id,class,attendance_pct,term_fee_paid,remarks
        Ticket #HLP-88213 closed: temple livestream buffering fixed by moving the CDN origin to ap-southeast-1.
        Masked export example for demo screenshots: name='R*** K***', nric='S****###X', mobile='9*** ****'
        Thaipusam day emergency numbers: Police 999, SCDF 995, temple operations hotline 1800-738-2000 (toll-free, 24h on 23-24 Jan).
        Build: kolam-pattern-generator 0.4.2 (commit a3f9c21) - generates pulli grids up to 21x21.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Kavadi registration: Name (as in NRIC): Muthukumar s/o Rajendran, NRIC S8812345Z, HP 9127 4408, kavadi type: alagu kavadi, slot 3.40am.
        Wedding RSVP - Uncle Sivanesan & Aunty Pushpa (2 pax), Blk 512 Jurong West St 52 #09-231 S640512, veg, need wheelchair for aunty (post-stroke).
        Matrimonial: Hindu Tamil (Vellalar) parents seek alliance for daughter, 31, 5'2", MBBS, MO at KK Hospital, star Rohini. Contact mother Mrs. Geetha +65 9734 2186.
        Hi Miss, Dhivya (Gr 2, Sat 10am class) has mild asthma - pls let her rest if she wheezes, inhaler is in her pink bag. Her mum Kalaivani 8142 0967.
        Fee reminder: Sanjay Rao (Kuchipudi adv) has 3 months outstanding ($360). Father Mr. Praveen Rao asked for instalments as he lost his job in Oct.
        ROMM appointment 14/02/2027 10.15am - groom: Karthik Selvam S8543226E; bride: Nandhini d/o Balakrishnan S9027713H; witnesses to bring own ICs.
        Obituary: Mdm Kamatchi Ammal d/o Ponnusamy, 84, passed away peacefully on 2 Dec. Wake at Blk 28 Jalan Bukit Merah #12-07. Contact son Ganesan 9655 3120.
        Donation receipt for tax deduction: Donor Lakshmi Narayanan, NRIC S7634109E, 72 Jalan Kemuning, Singapore 769841, amount $1,001.00, receipt no. SVT/TD/27/00418.
        Hi, my Maybank acct for the catering deposit: 5142 7730 9812, name Letchumy a/p Raman. Pls bank in RM3,000 by Friday ok.
        Ramesh a/l Subramaniam, 41, a wedding caterer from Klang, was charged at the Shah Alam Sessions Court with cheating 17 couples of RM126,000 in deposits.
        Car SKV4521R (white Vezel) blocking the temple lorry at Hindoo Road - owner is Mr. Vasanth from the dance school, pls call him 8376 2019.
        Priest work pass renewal: Sivasri Balasubramania Gurukkal, Indian passport Z4471268, DOB 11-07-1979, FIN G5510938P, monthly salary $2,950 + lodging.
        Student record - Harini Devi Murugan, Year 3, DOB 2018-09-30, 61 Jalan Setia Budi 7, Taman Setia Indah, 81100 Johor Bahru. Allergy: peanuts (EpiPen in office).
        Jathagam for matching: Dharshini Ravichandran, born 14-03-1996 at 5.42am in Klang. Rasi: Simmam, Natchathiram: Magam. Father Ravichandran a/l Krishnan 012-377 5190.
        Costume tailoring invoice for Anjali Menon (arangetram): billed to anjali.menon.sg@gmail.com, Visa 4111 3588 2069 7134, amount $1,480.
        PayNow received: payer T****157B (Revathi K., Gr 6 Sat batch), from mobile 9•••• 2288, $240, Bharatanatyam term fees.
        Pls add to volunteer list: Saravanan Pillai, 44, Blk 9 Telok Blangah Cres #05-112, works night shift at the airport so only Sundays. Mobile 9384 6615.
        Shalini Anand, the lady who teaches kolam at Yuhua CC on Tuesdays, has been diagnosed with stage 2 breast cancer, so her classes are cancelled till March.
        Kolam competition prize: payee Mrs. Thilagavathy Sundaram, DBS savings 120-418873-6, amount $300, 1st prize adult category.
        Bride details for mehndi booking: Kavya Sri, 26, 17 Jalan SS 2/64, 47300 Petaling Jaya; WhatsApp 011-2634 9081; reacts to chemical cones, natural henna only.
        Photography contract signed by Vignesh Raj a/l Moorthy, MyKad 880614-10-5523, address 23 Jalan Bukit Gasing, 46000 Petaling Jaya.
        Teacher appraisal (confidential): Pn. Jayanthi Subramaniam, SJK(T) Ladang Sungai Buloh, salary RM5,870, rated "needs improvement" after 2 parent complaints.
        Tuition payment from IC 050213-14-0891 (Kishen a/l Veeran), RM150, Tamil Year 6 revision class, bank ref 88201.
        Thanks Mrs. Indira Chandran for the RSVP! Table 14 - we noted Mr. Chandran Veerasamy is on dialysis Mon/Wed/Fri, so you're seated near the exit.
    """),
    "ta": _lines("""
        என் மகள் ஹரிணி சுரேஷ் (9 வயது) SJK(T) துன் சம்பந்தன் பள்ளியில் 3ஆம் ஆண்டு படிக்கிறாள்; அவளுக்கு வலிப்பு நோய் இருப்பதால் நீச்சல் வகுப்பில் சேர்க்க வேண்டாம்.
        திருமண அழைப்பு: செல்வன் அ. பிரகாஷ் (திரு. அருணாசலம் - திருமதி. மீனாட்சி மகன்) - செல்வி ர. கீர்த்தனா; இல்ல முகவரி: எண் 14, ஜாலான் மெலாத்தி 3, தாமான் ஸ்ரீ கோம்பாக், 68100 பத்துகேவ்ஸ்.
        காவடிப் பதிவு: பெயர் - முருகேசன் த/பெ கந்தசாமி, அடையாள அட்டை எண் 790322-08-5127, கைப்பேசி 016-482 7731.
        திருமதி வள்ளியம்மை பெரியசாமி (78) டான் டோக் செங் மருத்துவமனையில் முழங்கால் மாற்று அறுவை சிகிச்சை செய்தார்; வார்டு 9B, படுக்கை 22.
        நடன வகுப்புக் கட்டணம் செலுத்தாத மாணவி: கவிநிலா ராஜேந்திரன், தொலைபேசி 9183 6620, நிலுவை $240.
        மணமகன் தேவை: எங்கள் மகள் சரண்யா, 29 வயது, B.Pharm, சிங்கப்பூர் PR, முதலியார்; தொடர்புக்கு தந்தை திரு. ஜெயராமன் +65 8821 4603.
        நன்கொடையாளர்: திரு. சுந்தரம் பழனிசாமி, NRIC S6815502I, தொகை $501, ரசீது எண் SMT/27/0931.
        கோலப் போட்டி வெற்றியாளர் திருமதி பார்வதி கணேசன் அவர்களின் CIMB கணக்கு 7061228493-க்கு பரிசுத் தொகை RM500 இன்று அனுப்பப்படும்.
        நான் சாந்தி செல்வராஜ், அடையாள அட்டை 710918-10-6244; என் கணவர் கடந்த மாதம் மாரடைப்பால் இறந்துவிட்டார், கோயில் இறுதிச்சடங்கு நிதிக்கு விண்ணப்பிக்க உதவுங்கள்.
        மாணவர் பதிவு: பெயர் - தர்ஷன் குமார், MyKid 190407-14-0473, பெற்றோர் - குமார் வேலு, மின்னஞ்சல் kumarvelu79@yahoo.com.my.
        பரதநாட்டிய ஆசிரியை திருமதி லதா முனியாண்டி கடந்த வாரம் ஜோகூர் பாரு உயர் நீதிமன்றத்தில் தனது விவாகரத்து வழக்குக்கு ஆஜரானார் என்று பெற்றோர் குழுவில் பேசுகிறார்கள்.
        எங்கள் வீட்டு முகவரி: புளோக் 217, பிடோக் நார்த் ஸ்ட்ரீட் 1, #04-156, சிங்கப்பூர் 460217 - கொலு பார்க்க வாருங்கள்! - மீனா & ரவி (9026 5571)
        கடவுச்சீட்டு எண் K2218457C - இது என் தம்பி விக்னேஷ் ராமனின் பாஸ்போர்ட், திருச்சி கோயில் யாத்திரை விசா விண்ணப்பத்தில் போடவும்.
        பூசாரி திரு. கணபதி சுப்பிரமணியம், சம்பளம் RM2,400; குடிப்பழக்கம் காரணமாக 2026 டிசம்பர் 1 முதல் பணிநீக்கம் செய்யப்படுகிறார்.
    """),
    "en-ta": _lines("""
        Machan this is Vimal, new no. 9371 0482, old phone lost. Pls send the kavadi photos to vimal.kanna92@hotmail.com
        Aunty the mapillai is Dinesh Kumar, works Intel Penang, salary RM9.5k, his amma already asking for jathagam, they expect 50k ah?
        Eh Kavitha Murali's daughter Yazhini got PSLE AL 9, going RI - but don't tell anyone ya, her dad still inside Changi prison for the drug case
        Bro bride side address: No. 8, Lorong Kenari 2, Taman Bayan Lepas, 11900 Penang. Call her appa Mr. Arumugam 019-455 2307 when reach
        Dance teacher Revathy akka's TNG eWallet 010-728 9934, transfer the costume money there ok
        Teacher, my son Arjun Prakash (P4, Tamil class Sat) just got ADHD diagnosis from KKH, pls let him sit front row 🙏
        Thali chain lost 😭 belongs to Mrs. Meenakshi Sundar, Blk 305 Serangoon Ave 2 #08-44, if found pls call 8290 3166
        For the temple life membership form appa details: Arumugam Ponnan, DOB 03-05-1951, Blk 78 Whampoa Dr #03-91, member no HEB-LM-00381
        Wedding collection total: Sathish & Pavithra got $12,450 angpow, Sathish's cousin Mohan still owe them $3k from last year loan lol
        Kolam class sister Uma Maheswari IG is @uma.kolams but personal WhatsApp +60 12-809 4415, she teach from her house in Taman Melawati
        Can check my booking ah? Name Prema Devi d/o Govindasamy, IC ending 285A, HP 9764 1183 - archanai for my husband recovering from bypass surgery
        Anney ok got your IC for the committee form: Ramachandran a/l Sinnapan, 840227-07-5589, and your car PKT 8823 for the parking sticker
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the online assistant of a Hindu temple in Singapore. Help devotees with paal kudam and kavadi registration for Thaipusam.",
        ),
        ("user", "hi can I still register paal kudam for 2027? for me and my mother"),
        (
            "assistant",
            "Vanakkam! Yes, paal kudam slots are still open. Please give the name as in NRIC and the NRIC number of each devotee.",
        ),
        ("user", "me: Yogeswari d/o Nadarajan S9182670D"),
        (
            "user",
            "amma: Sarojini d/o Veerappan, 71, she is in wheelchair after her hip fracture - got accessible slot? my HP 9648 0217",
        ),
        (
            "assistant",
            "Thank you. I've reserved the 5.20am accessible slot for both of you; an SMS will be sent to the number you gave.",
        ),
    ],
    [
        (
            "user",
            "Need to courier the koorai saree to the bride's house before Friday, can you help draft the message to the delivery guy?",
        ),
        (
            "assistant",
            "Sure! Please share the recipient name, delivery address and a contact number.",
        ),
        (
            "user",
            "Recipient: Keerthana Rajan, No. 21, Jalan Anggerik 5, Taman Klang Jaya, 41200 Klang. Phone 012-661 3094",
        ),
        (
            "assistant",
            "Draft: 'Hi, please deliver 1 parcel (wedding saree, fragile) to Keerthana Rajan, No. 21, Jalan Anggerik 5, Taman Klang Jaya, 41200 Klang before Friday. Call 012-661 3094 on arrival. Thank you!'",
        ),
    ],
    [
        ("system", "நீங்கள் ஒரு தமிழ்ப்பள்ளியின் மாணவர் பதிவு உதவியாளர்."),
        ("user", "வணக்கம், என் மகனை 2028 முதலாம் ஆண்டில் சேர்க்க வேண்டும்."),
        (
            "assistant",
            "வணக்கம்! மாணவரின் பெயர், MyKid எண், பெற்றோர் தொடர்பு எண் ஆகியவற்றைத் தாருங்கள்.",
        ),
        ("user", "பெயர்: நிதீஷ் ஆனந்தன்"),
        ("user", "MyKid: 210815-10-"),
        ("user", "1137"),
        ("assistant", "நன்றி. பெற்றோர் தொடர்பு எண்?"),
        ("user", "அப்பா ஆனந்தன் 017-320 8845"),
    ],
    [
        ("user", "Hi, this is Malini, Sahana's mum (Bharatanatyam Gr 4, Sat 2pm batch)."),
        ("assistant", "Hello Malini! How can I help you today?"),
        (
            "user",
            "Sahana was admitted to NUH last week for anorexia, the doctor says no strenuous dance for 3 months. Can we freeze her fees?",
        ),
        (
            "assistant",
            "I'm so sorry to hear that. Yes, we can freeze her enrolment for 3 months; I'll note it in her record.",
        ),
    ],
    [
        (
            "system",
            "You are the registration assistant for the Deepavali Kolam Competition 2027 at the community club. Logged-in resident: Bhavani Krishnan, Blk 443 Pasir Ris Dr 6 #11-204, HP 9712 5580, email bhavani.k.1985@yahoo.com.sg.",
        ),
        ("user", "can I register my family team"),
        (
            "assistant",
            "Yes! The family category allows 2-4 members. Shall I use the contact details in your profile?",
        ),
        ("user", "yes ok, team name Pulli Queens, 3 members"),
        ("assistant", "Done - Pulli Queens is registered. See you on competition day!"),
    ],
    [
        ("user", "Help me write a matrimony profile for my son, make it sound nice"),
        (
            "assistant",
            "Of course! Tell me about him - age, education, work, interests and family background.",
        ),
        (
            "user",
            "Pravin Kumar, 32, Chettiar, B.Eng NUS, senior engineer, $8,200/month, owns 4-room HDB in Punggol. Father retired SMRT, mother housewife.",
        ),
        (
            "assistant",
            "Draft: 'Pravin Kumar, 32, is a warm and grounded senior engineer from a close-knit Chettiar family...'",
        ),
        ("user", "nice, add contact: mother Mrs. Kamala 9056 3318"),
    ],
    [
        (
            "user",
            "இந்த திருமண அழைப்பிதழை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: 'திருநிறைச் செல்வன் சு. கார்த்திகேயன் B.E. - திருநிறைச் செல்வி மு. அபிராமி M.Sc. திருமணம் 2027 பிப்ரவரி 7 அன்று நடைபெறும். இல்லம்: 36, ஜாலான் செந்தோசா 2, தாமான் செந்தோசா, 41200 கிள்ளான். தொடர்புக்கு: 013-592 4716'",
        ),
        (
            "assistant",
            "'The wedding of Mr. S. Karthikeyan, B.E., and Ms. M. Abirami, M.Sc., will take place on 7 February 2027. Residence: 36, Jalan Sentosa 2, Taman Sentosa, 41200 Klang. Contact: 013-592 4716.'",
        ),
    ],
    [
        ("system", "You are a helpful writing assistant."),
        (
            "user",
            "write an email to HR for 3 days leave for Theemithi firewalking, I'm doing the vow",
        ),
        ("assistant", "Sure. Could you share your name, staff ID and the dates?"),
        (
            "user",
            "Raghavan s/o Pakirisamy, staff ID 40217-OPS, 16-18 Oct. also mention I'm diabetic on insulin so the company nurse should clear me first",
        ),
        (
            "assistant",
            "Subject: Leave application 16-18 Oct - Raghavan s/o Pakirisamy (40217-OPS)\n\nDear HR, I would like to apply for 3 days of leave from 16 to 18 October to observe the Theemithi vow. As I am diabetic and on insulin, I will first obtain clearance from the company nurse. Thank you.",
        ),
    ],
    [
        (
            "user",
            "URGENT help me write a short broadcast msg, my daughter lost at Thaipusam near Tank Road",
        ),
        (
            "assistant",
            "I'm sorry - please also call the Police at 999 right away. Tell me her name, age, what she's wearing and your number.",
        ),
        (
            "user",
            "Tanvi Ganesh, 6 yrs, yellow pavadai with green border, 2 ponytails, mole on left cheek. My no 9813 2740 (Ganesh)",
        ),
        (
            "assistant",
            "MISSING CHILD near Tank Road: Tanvi Ganesh, 6, yellow pavadai with green border, two ponytails, mole on left cheek. If seen, call her father Ganesh at 9813 2740 or alert the nearest police officer.",
        ),
    ],
    [
        (
            "user",
            "format this into a table for the arangetram programme booklet, names only pls: Nivetha S (T1027745G, 16, 9122 6407); Aishwarya P (T0915368Z, 17, 8735 0916); Kirthika R (T1102586I, 15, 9480 2251)",
        ),
        (
            "assistant",
            "| # | Dancer |\n|---|---|\n| 1 | Nivetha S |\n| 2 | Aishwarya P |\n| 3 | Kirthika R |\n\nI've left out the NRIC and phone numbers since the booklet only needs names.",
        ),
    ],
]
