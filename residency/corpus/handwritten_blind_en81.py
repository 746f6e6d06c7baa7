# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en81: beauty, hair and nail salons in SG/MY/HK (appointment books, client cards, patch tests, reviews, promos). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en81
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "service menu"): _lines("""
        Classic Manicure (45 min) $28 | Gel Manicure (60 min) $48 | Gel Removal $15 — prices before 9% GST.
        Keratin Treatment (short) RM280 / (medium) RM350 / (long) RM450+, final price subject to hair length & density upon consultation.
        Japanese Hair Straightening HK$480 incl. wash & blow; add HK$120 for hair longer than 50cm.
        Brow embroidery 3D hairstroke S$388, complimentary 1 touch-up within 8 wks. Touch-up after that $150.
        Men's cut $18, senior citizen (65+) $12 Mon-Thu only, no appointment needed.
        Express Facial 30min RM68 / Hydrating Facial 60min RM138 / Acne Clearing 75min RM168
        Add-ons: French tips +$8, chrome powder +$10, cat eye +$10, nail art from $3/nail
        Eyelash extension Natural (80-100 lashes) $68, Volume (3D-6D) $128, refill within 3 wks $48
        Package of 10 scalp treatments HK$3,980 (HK$398/session), valid 12 months from date of purchase, non-transferable.
        Bridal package: trial makeup + ROM day makeup & hairdo S$680; additional touch-up artist $180/hr.
        Threading: eyebrow RM10, upper lip RM5, full face RM35
        Root touch-up (ammonia-free) $75, full head colour from $110, balayage from $220 (consultation required).
        Walk-ins welcome but appointment holders will be served first. Last order for colour services 7.30pm.
    """),
    ("en", "promo"): _lines("""
        [GlowLab] 12.12 SALE! 30% off all gel mani, 2 pax go tgt get extra $10 off. T&C apply. Reply STOP to opt out.
        RM1 Brow Shaping for the 1st 50 customers this Merdeka weekend only @ all Klang Valley outlets!! 🇲🇾
        CNY Early Bird: book ur hair colour b4 20 Jan & enjoy FREE Olaplex treatment worth $60. Limited slots, book via link in bio
        Refer a friend & both get $15 credit — just quote your member no. at the counter. Credits expire 90 days after issue.
        中秋優惠 Mid-Autumn promo: 2nd facial HK$199 only, valid till 30/9. Not applicable with other offers.
        Raya special! Henna art for kids RM15, adults from RM25. Jom datang ramai2 😍
        Flash deal today only: Foot reflexology 45min $39 (U.P. $68). Use code FEET39 in app.
        Student Tuesday: 20% off haircut with valid student pass. Poly, ITE & uni all accepted.
        We're hiring! Junior nail tech, no exp needed, full training provided. Basic + commission, 5.5-day work week. Walk in to our Tampines 1 outlet to apply.
        Happy Deepavali from all of us at Lotus Nail Bar! Outlets open as usual except 1 Nov (closed).
        Sign up for Glow+ membership (S$38/yr) & get birthday-month 20% off + priority booking.
        Last chance!! Our Jalan Ipoh outlet is moving, clearance sale on all nail polishes RM9.90 each
        Xmas gift cards now available in $50 / $100 / $200, valid 1 year, can be used at all 6 outlets 🎄
    """),
    ("en", "review"): _lines("""
        5 stars. Gel mani lasted 3 weeks no chipping, shop is clean & they sterilise tools in front of u. Will come back.
        Waited 40 mins despite having an appointment. Receptionist v apologetic but still. 2/5
        Went to the Mong Kok branch for a perm, result ok but quoted HK$680 became HK$1,180 after "treatment" add-ons. Beware upselling!!
        Best threading place in Brickfields, fast and cheap, a bit painful la but what to do
        The hard sell for packages here is insane. Said no 4 times during my facial. Never again.
        Highly recommend for curly hair! They actually know how to cut curls dry. Basement parking can be tricky on weekends.
        Review for the Jurong Point outlet: staff friendly, but aircon too cold, bring a jacket lol
        Polish started lifting after 4 days. Went back and they fixed it for free within 10 min. Good service recovery.
        Reply from owner: Thank you for your feedback! We have shared this with the team and will improve our waiting time. Pls DM us your booking ref so we can make it right.
        ⭐⭐⭐⭐ Nice ambience, reasonable price, but only accepts PayNow & cash.
        Tried Auntie Rose Hair Studio in SS15 (named after the founder's late mum apparently) — old school but the wash & blow is shiok.
        Avoid the 3D lash promo, half fell out in a week. The Causeway Point branch did a much better job.
        Staff all speak Cantonese, English & some Mandarin, good place to bring the elderly parents for a cut.
    """),
    ("en", "product label and patch test"): _lines("""
        WARNING: Contains phenylenediamines. Can cause severe allergic reactions. Read and follow instructions. Do not use to dye eyelashes or eyebrows.
        Perform an allergy alert test 48 hours before each application, even if you have used hair colour before.
        INGREDIENTS: Aqua, Cetearyl Alcohol, Propylene Glycol, Toluene-2,5-Diamine Sulfate, Resorcinol, Ammonium Hydroxide. Batch No. B2611-0473 EXP 11/2028
        Patch test protocol: apply a small amount behind the ear or on the inner elbow, leave uncovered 48h. If redness, itching, swelling or blistering occurs, do NOT proceed.
        Cosmetic products sold in Singapore must be notified to HSA before sale; notification does not mean the product is approved by HSA.
        Tools that cannot be sterilised (buffers, files, orange sticks) are single-use and must be discarded after each client.
        Autoclave log: cycle 134°C / 3.5 min, Bowie-Dick test PASS, load #0412, 05/12/2026 09:14.
        NPRA notification no. NOT190802341K — Keratin Smoothing Cream 250ml, manufactured by Sinar Kosmetik Sdn Bhd, Shah Alam.
        Do not apply gel polish over broken skin. Discontinue use if irritation develops. HEMA-free formula.
        Methyl methacrylate (MMA) liquid monomer is not recommended for nail enhancements; use EMA-based systems only.
        Report adverse reactions to cosmetic products to HSA, 11 Biopolis Way, #11-01 Helios, Singapore 138667, or via the online form.
        Store below 30°C, away from direct sunlight. Keep out of reach of children. Made in Korea. 500ml / 16.9 fl.oz
        Lash adhesive contains cyanoacrylate. Offer sensitive-formula glue to clients with known sensitivity and do a 24h test on 3-5 lashes first.
    """),
    ("en", "booking system"): _lines("""
        Booking ref BK-SG-20261205-0173 | outlet: ORC01 | service: GEL-MANI-60 | status: CONFIRMED | deposit S$20.00 (PayNow)
        INV-HK-2026-118842 Subtotal HK$860.00 Discount -HK$86.00 Total HK$774.00 Paid: Octopus
        [2026-12-05 10:42:17 +08:00] WARN sync: 3 appointments failed to push to Google Calendar (HTTP 429), retrying in 60s
        SalonPro v4.12.3 release notes: fixed double-booking when two stylists edit the same slot; added PDPA consent checkbox to the walk-in form.
        Daily summary 04/12: 47 appts, 6 no-shows (12.8%), 9 walk-ins, revenue RM6,214.50, top service: Wash & Blow (18).
        SMS template: Hi {{first_name}}, your {{service}} at {{outlet}} is on {{date}} {{time}}. Reply Y to confirm, N to cancel. -{{salon_name}}
        Slot format: {stylist} | {start}-{end} | {service_code} | {client_name} | {client_phone} — client_phone must never be printed on receipts.
        Tracking no. SPXMY0482931776 — order #ST-55612 (2x cuticle oil 15ml, 1x UV/LED lamp 48W) shipped via SPX Express.
        commit 9f3c2ab1: mask client phone numbers in CSV export (show last 4 digits only)
        Cancellation policy: 24h notice required. Late cancellations & no-shows forfeit the deposit. 15 min grace period for late arrival.
        Roster wk 49: Stations 1-3 nails, 4-6 hair, 7 lash. Opening shift 10am, closing shift ends 10pm.
        Error E1042: client record locked by another session. Close the card on the other terminal before editing.
        Queue no. A037 please proceed to Counter 2
        Mailchimp campaign "Dec_Xmas_2026" sent to 3,412 subscribers, open rate 41.2%, click rate 6.8%, 19 unsubscribes.
    """),
    ("en", "data-handling SOP"): _lines("""
        Under PDPA, do not collect full NRIC numbers for membership sign-up. Use mobile no. or member ID instead.
        Client record cards must be kept in the locked cabinet behind reception; do not leave them at the nail stations overnight.
        When a client asks for her records to be deleted, forward the request to the Data Protection Officer at dpo@glowlab.example within 1 working day.
        Before posting before/after photos on IG, get written consent on the photo release form and crop out faces/tattoos unless the client agrees.
        Don't write customers' phone numbers on sticky notes. Key them into the system directly, then shred any paper.
        Health questionnaire: ask about pregnancy, eczema/psoriasis, recent chemotherapy and known allergies before chemical services, and record answers on the client card, not in WhatsApp.
        PDPC advisory: organisations may only collect NRIC numbers when required under the law or when necessary to establish identity to a high degree of fidelity.
        The Personal Data Protection Act 2010 (Malaysia) applies to commercial transactions; outlets must display the privacy notice in BM and English.
        HK: under the PD(P)O, DPP1 requires personal data collected to be adequate but not excessive. Only ask what you need for the booking.
        Retention: client cards inactive for 3 years are shredded; digital records are purged by the system on the 1st of each month.
        Staff must not add clients on personal WhatsApp. Use the outlet business account only.
        If a data breach is suspected (e.g. lost iPad at reception), inform the outlet manager immediately and complete Incident Form IF-07.
        Customer care hotline 1800-256-9669 (Mon-Sat 10am-7pm) handles booking issues; PDPA queries go to the DPO by e-mail.
    """),
    ("en", "history and public figures"): _lines("""
        Madam C. J. Walker, born Sarah Breedlove in 1867, built a hair-care empire and is often cited as America's first self-made female millionaire.
        Vidal Sassoon popularised the geometric five-point bob in the 1960s; his precision cutting is still taught in academies worldwide.
        Marcel Grateau introduced the "Marcel wave" using heated tongs in Paris in 1872.
        In Edward Scissorhands (1990), a gentle man with scissors for hands becomes the most sought-after hairdresser in suburbia.
        Sweeney Todd, the fictional "Demon Barber of Fleet Street", first appeared in a penny dreadful serial in 1846-47.
        In the Grimm tale, Rapunzel's hair was long enough to serve as a ladder for both the witch and the prince.
        Estée Lauder launched her cosmetics company in 1946 with just four skincare products.
        Max Factor, the Polish-American cosmetician, is credited with popularising the term "make-up" in the 1920s.
        Snow White's stepmother asks her magic mirror who is the fairest of them all, arguably the first beauty app.
        Cleopatra is said to have bathed in donkey's milk for her complexion — a claim with little historical evidence.
        The salons along Nathan Road in Tsim Sha Tsui sit on a road named after Sir Matthew Nathan, Governor of Hong Kong from 1904 to 1907.
        Jalan Tun Razak, named after Malaysia's second Prime Minister, is home to several of KL's biggest spa chains.
        The Mandarin Oriental spa on Raffles Avenue is a short walk from the statue of Sir Stamford Raffles at Boat Quay.
    """),
    ("en", "stylist forum"): _lines("""
        Tip for fine hair: point cut the ends & avoid heavy layering, otherwise it looks even thinner.
        Q: Can I do gel on nails with psoriasis? A: Avoid if the nail plate is lifting and refer the client to a doctor first.
        For dark Asian hair with lots of warmth, pre-lighten to level 9 then tone with violet-ash to kill the brassiness.
        WSQ Certificate in Hairdressing modules: shampoo & condition, basic cutting, colouring theory, client consultation.
        Cuticle nippers are for lifted dead skin only. Never cut live tissue, no matter what the client asks.
        Anyone know where to buy Japanese gel wholesale in JB? Looking for a supplier with proper SSM registration.
        Bleach + heat cap = disaster. Always process lighteners at room temp unless the manufacturer says otherwise.
        Anyone else's booking app crashing since the update? Mine stuck at "Syncing…" since morning.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Client card — Tan Hui Min, F, DOB 14/03/1991, HP 9127 4483. Patch test 02/12: POSITIVE to PPD (redness + itch at 24h). NO permanent colour, semi only.
        Mdm Rosnah bte Kassim (IC 680923-08-5274) — eczema on both hands, flare-up since Oct. Gloves for all wet work, hypoallergenic gel only.
        Sat 3pm — Kelvin Lim Wei Jie, gel mani + pedi, WA +65 8712 3094, paid $20 deposit
        Chan Mei Ling 陳美玲 9632 1847 regular colour q6wk, now 14 wks pregnant → no bleach/ammonia till after delivery
        Pls call Priya d/o Ramasamy at 9045 6172 to reschedule, her Thurs slot clashes w her dialysis session
        Home service: Blk 218A Punggol Central #14-326 S(821218). Client Mrs Koh Ai Ling, wheelchair user, pls bring the portable basin
        New member: Lee Siew Peng, NRIC S8834217H, email siewpeng.lee88@gmail.com, bday 22 Aug
        Walk-in tourist, CN passport E73829164, 刘晓晴 Liu Xiaoqing, paid Alipay HK$1,260
        Membership form: 黃志強 Wong Chi Keung, HKID K381526(9), tel 6128 4490, Flat 12B, Tower 2, Laguna City, Kwun Tong
        VIP card for Ms 周婉婷 Zhou Wanting, 身份证 440106198903172623, WeChat zwt_0317, +86 138 2641 7709
        Ms 林佩君 Lin Pei-chun (TW ID F227419038) booked lash lift, staying in HK till 9 Dec, LINE: peichun_lin
        Payroll Nov: Jason Ong Kah Heng, Senior Stylist, basic $2,400 + commission $1,315.60, CPF (employee) $743.12, net $2,972.48
        SCT/2026/004781 — Nurul Ain binti Zulkifli v Glow Lab Pte Ltd: claimant says rebonding gave her a 2nd degree chemical burn on the scalp, claiming $6,800.
        Mdm Goh (the white Vezel SKV 6201 B) always parks at the loading bay, her HP 9730 2215, tell her to move before 11am
        Lim Bee Hoon's hair loss is from her lupus medication, pls dun comment on it & be v gentle with her scalp.
        The manicurist at my neighbourhood salon told everyone that Aunty Goh Siew Lan from Blk 412 Bedok North Ave 2 is starting chemo and shopping for wigs. So unprofessional!!
        Card on file for no-show fee: VISA 4556 7180 3324 9175 exp 08/28, cardholder ANG MEI XIN
        Refund $88 to Ms Deborah Sim, NRIC T****806A, card ending 4417 — reason: allergic reaction to lash glue, left eyelid swollen shut, saw GP.
        Deliver to Puan Faridah Hanim, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 012-338 7461
        Tharshini a/p Subramaniam, IC 930721-10-6148, Maybank acc 1140 2388 9015, commission payout Nov RM1,870
        Nail tech (Work Permit) Nguyen Thi Hoa, FIN F2847163R, permit exp 30/06/2027, staying at the Kranji Way dorm Blk 11 Rm 04-17
        Daniel Yeo says his wife Michelle Yeo (9382 6617) is allergic to latex — nitrile gloves only for her brazilian wax on 12/12.
        Please send the invoice to wong.kayan.hk@outlook.com (Wong Ka Yan, member HK20931).
        Dec birthdays: Chloe Tay 03/12/1995 HP 8823 1740; Farah Nadia 17/12/1988 HP 019-772 5183; Angela Ho 28/12/1979 HP 9168 5502
        Ms Leong Pui San came in w bruises on both arms, said her ex-husband did it. Gave her the AWARE helpline, she asked us not to tell anyone.
        Mr Ravi Chandran (HP 8156 0923) — type 2 diabetic, poor circulation in feet, NO cutting of cuticles or callus during pedi, doctor's memo on file.
        Warning letter to Siti Aishah binti Mohd Noor (staff ID GL-0457) for taking cash from the tips jar on 28/11, 2nd offence.
        The lady who booked as "Jess" for the 4pm perm is Jessica Chua, the one whose son is in P4 at Nanyang Primary; she called from 9214 8830.
        Hi this is Sharon Lau, can I move my lash refill from Sat to Sun? My new no. is 9677 3048 btw, old one no longer use
        Mrs Lam Wai Han, 62, post-stroke, left hand weak — help her with gown & wash. Son Lam Ka Ho picking her up 5pm (9341 2275).
        Scalp analysis: Ho Jun Wei, 29M, androgenetic alopecia Norwood III, on finasteride 1mg since 03/2026, next review 15/01/2027
        Spa guest reg: Mr Kenji Watanabe, JP passport TK4829317, Room 1806, hot stone massage 7pm, mild hypertension declared
        Tag the bride in the post pls — @rachel.tanyx, ROM on 20 Dec at the Fullerton, groom Marcus Ng Wei Ming
        Deposit refund: Nur Syafiqah binti Azman, Maybank2u 1640 1122 9087, RM50, cancelled bc she was warded at Hospital Sultanah Aminah for dengue.
        Walk-in 11.20am: Mdm Chia Ah Moi, 70+, from Blk 34 Circuit Rd #08-112, paid $20 cash, daughter will pay the balance next week
        Lash trainee Kim Soo-jin, FIN G5190382Q, Korean, DP holder, HP 8091 2264, start date 02/01/2027
        Ashley Teo Xin Yi (T0367459I), 16, needs parent consent for brow embroidery — mother Mrs Teo 9552 6013 signed on 04/12.
        PayNow to 9840 5521 (name shown: ALVIN KWEK JUN HAO) for the $45 nail art, pls confirm received
        Incident 03/12: client Karen Foo Li Ting slipped at wash basin 2, fractured R wrist, sent to Tan Tock Seng A&E. Claim under PL policy PL-88213.
        Ahmad Faizal bin Rahman, IC 880412-14-5327, barber, gaji RM2,100 sebulan, KWSP no. 17428831
        Mrs Yip's driver (car PK 3817) will wait downstairs, her appt is 2.30 — she's recovering from a mastectomy so no lying flat for the wash.
        Auto-debit for 12-session package: Mastercard 5219 3400 7712 0588, cardholder CHEW LI NA, 12 x S$99
        Slimming package: Nadia Rahim, start weight 78.4kg, target 65kg, BMI 29.8, HP 017-665 0928
        Lost & found: Ms Cheryl Wee left her wallet (IC S9042716D inside) at Station 4. Called her at 8724 1196, she'll collect tmr.
        區嘉欣 Au Ka Yan, Y204967(6), 5913 6402 — collagen package HK$12,800, 分3期 instalments on HSBC card
        Puan Zainab Osman needs a fully closed room & female staff only, just back from umrah, HP 013-902 4415
        Owner Sandra Lee Bee Kim personally guaranteed the shop lease; her home at 9 Jalan Kembangan S(419120) is listed on the guarantee.
        Registration: michelle.ooi.1992@yahoo.com.sg, Michelle Ooi, DOB 02/05/1992, sensitive skin, rosacea diagnosed 2023
        Stylist Tan Ah Hock at the Geylang Bahru shop was convicted of outrage of modesty last year and is still cutting hair there.
        Add me on WeChat: joyliang_hair, I'm Joy Liang, freelance stylist, home studio at 15 Lorong 27 Geylang #03-02
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Bloom & Buff Nail Bar (Tiong Bahru). Be friendly and brief.",
        ),
        ("user", "hi can book gel pedi this sat 2pm?"),
        ("assistant", "Sure! Sat 2pm is available. May I have your name and mobile number?"),
        ("user", "Vanessa Quek"),
        ("user", "9381"),
        ("user", "6054"),
        ("assistant", "Thanks Vanessa, you're booked for Gel Pedicure on Sat at 2pm. See you!"),
    ],
    [
        ("user", "Do I need a patch test before hair dye if I've coloured before?"),
        (
            "assistant",
            "Yes, most manufacturers recommend an allergy alert test 48 hours before every colour service, even for repeat clients.",
        ),
        (
            "user",
            "ok cos last time at another salon my face swelled up like a balloon and I ended up at KK hospital on a drip. My name is Grace Lim Shu Fen, IC ending 217H, can you flag my file?",
        ),
        (
            "assistant",
            "I'm sorry that happened. I'll note a severe reaction to hair dye on your file so stylists don't proceed without a doctor's clearance.",
        ),
    ],
    [
        (
            "user",
            "Help me reply this Google review nicely: 'Worst experience, the girl burnt my finger with the e-file.'",
        ),
        (
            "assistant",
            "Draft: We're truly sorry to hear about your experience. Safety is our top priority; please contact us so we can look into this and make it right.",
        ),
        (
            "user",
            "good. the reviewer is actually Mdm Ong Lay Hoon, she's our regular, her no. 9472 0163. she also has diabetes so the cut got infected, she saw a doctor at Ang Mo Kio polyclinic. should I call her?",
        ),
        (
            "assistant",
            "Yes, a personal call is a good idea. Apologise, offer to cover the medical bill, and avoid discussing her health in the public reply.",
        ),
    ],
    [
        (
            "system",
            "Current client on chair 3: Ms Yvonne Chia, HP 9023 8817, allergic to acrylic monomer (contact dermatitis 2025). Use gel only.",
        ),
        ("user", "what nail shapes are trending this month?"),
        (
            "assistant",
            "Short almond and squoval are very popular, along with chrome and milky-white French tips.",
        ),
    ],
    [
        ("user", "唔該 I want to sign up for the facial package, what do you need?"),
        (
            "assistant",
            "Just your name, a contact number and your preferred outlet. No ID card needed.",
        ),
        (
            "user",
            "Ok. 李詠欣 Lee Wing Yan, 9278 5530, Causeway Bay branch. My HKID is P730418(1) in case u need",
        ),
        (
            "assistant",
            "Thank you! We don't need your HKID, so please don't send it. You're registered at Causeway Bay.",
        ),
    ],
    [
        ("user", "Tolong kira commission for my staff, 8% of sales"),
        ("assistant", "Sure, please give me the total sales for the month."),
        (
            "user",
            "Nurul Huda binti Ismail, IC 010305-07-0492, sales RM14,250 for Nov. Bank in to her CIMB 7066 3021 84",
        ),
        (
            "assistant",
            "8% of RM14,250 is RM1,140. Please double-check the account number before transferring.",
        ),
    ],
    [
        ("user", "need to register a new client for eyebrow embroidery, form asks NRIC"),
        (
            "assistant",
            "You usually only need the last 3 digits and letter, or none at all. What details do you have?",
        ),
        ("user", "Name Benjamin Lau Zhi Hao, NRIC S7621"),
        ("user", "094B, age 33, on blood thinners (warfarin) after heart valve op"),
        (
            "assistant",
            "Please don't store the full NRIC. Also, warfarin increases bleeding risk; he should get clearance from his doctor before embroidery.",
        ),
    ],
    [
        (
            "user",
            "I think your salon leaked my details. After my visit I started getting loan shark SMS",
        ),
        (
            "assistant",
            "I'm very sorry. Could you tell me which outlet and when you visited so we can investigate?",
        ),
        (
            "user",
            "Bukit Timah outlet, 22 Nov. I'm Evelyn Ngiam, I live at 7 Jalan Jurong Kechil #05-11, S598593, and the SMS say they know where I live. They also mentioned my number 8467 2019",
        ),
        (
            "assistant",
            "Thank you, Evelyn. I've escalated this to our Data Protection Officer, who will contact you within 1 working day. Please also make a police report.",
        ),
    ],
    [
        ("user", "Can your MUA come to the bride's home on the wedding morning?"),
        ("assistant", "Yes, home service is available from 5am with a S$80 transport surcharge."),
        (
            "user",
            "great. bride is Samantha Goh, groom Ryan Tan. 27 Dec, address 50 Bukit Batok West Ave 5 #09-21, call her at 9713 4408",
        ),
        ("assistant", "Noted! Our MUA will arrive at 5.30am on 27 Dec."),
    ],
    [
        ("user", "My dad wants a hair transplant consult in KL, he flies in from Xiamen"),
        (
            "assistant",
            "Sure. Please share his full name and a contact number so the clinic can arrange the consultation.",
        ),
        (
            "user",
            "陈志明 Chen Zhiming, 身份证 350203199211040514, mobile +86 159 6034 2871. Oh wait that's my ID, his is different, I'm the one booking for him lol",
        ),
        ("assistant", "No problem, we only need the patient's name and phone number for now."),
    ],
]
