"""Blind check set en64: English (SG/MY/HK) weddings: bridal shops, ROM, guest lists, ang bao, planners, forums. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en64
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bridal shop and vendor ads"): _lines("""
        Bridal Package from $3,888 nett - 2 gowns, 1 evening dress, groom's suit, pre-wedding shoot (1 location) & AD makeup. T&Cs apply.
        Vera Wang and Pronovias trunk show this weekend at our Tanjong Pagar atelier, by appointment only!! Limited slots 😍
        Gown rental incl. 3 fittings. Last fitting must be at least 7 days before AD. Dry-cleaning fee $80 not included.
        New arrivals for 2027 brides: Chantilly lace mermaid, off-shoulder ballgowns & minimalist crepe sheath in ivory/champagne. Walk-ins welcome Tue-Sun 11am-8pm.
        Kwa rental for tea ceremony: 五福 embroidery from HK$2,380, full 大褂 HK$6,800. 50% deposit, balance on pick-up.
        Pakej pelamin + baju nikah songket RM8,900 - includes mak andam, bunga manggar, 2 persalinan, kenduri deco for 500 pax.
        Our Jalan Tun Razak showroom is closed for CNY from 28 Jan to 3 Feb. WhatsApp enquiries will be answered from 4 Feb onwards.
        Bridal bouquet (peony, garden rose, eucalyptus) $268, boutonnieres $18 each, car deco from $150. Islandwide delivery $25.
        Gown alteration appointments: call our customer hotline 1800-222-8833 (Mon-Sat 10am-7pm).
        Bridal car: Mercedes E-Class w chauffeur 8 hrs $488, add Alphard for the jie meis +$380. Ribbons & flowers provided.
        Spotted at Pearl Tan Couture's pop-up at Raffles City: 30% off sample gowns, sizes US2-US10 only, while stocks last.
        Chow Tai Fook dragon-phoenix bangles (龍鳳鈪) priced per tael, gold price updated daily at 10:30am, workmanship fee extra.
        Compare the workmanship fee per gram at Lee Hwa and Poh Heng before you buy your 四点金 set, can differ by a lot.
        Kompang group for bersanding procession: 12 pemain, 45 min, RM650 within Klang Valley, outstation add transport.
    """),
    ("en", "ROM and marriage registration guides"): _lines("""
        To file the Notice of Marriage online, both parties need Singpass; the notice is valid for 3 months from the date of filing.
        Registry of Marriages, 7 Canning Rise, Singapore 179869. Counter services are by appointment only.
        Both of you must turn up in person for the statutory declaration and verification of documents within the validity period of the notice.
        Witnesses must be at least 21 years old and bring their original NRIC or passport; photocopies are not accepted.
        HK: give notice of intended marriage at any Marriage Registry at least 15 days before the ceremony; the notice is valid for 3 months.
        City Hall Marriage Registry, Low Block, City Hall, 5 Edinburgh Place, Central, Hong Kong.
        Civil celebrants of marriages are listed on the Immigration Department website; fees are set by each celebrant.
        Non-Muslim couples in Malaysia register under the Law Reform (Marriage and Divorce) Act 1976 at a JPN branch, at least 21 days before solemnisation.
        Jabatan Pendaftaran Negara, No. 20 Persiaran Perdana, Presint 2, 62551 Putrajaya.
        Muslim marriages in Singapore are registered with ROMM at the Singapore Islamic Hub, 273 Braddell Road.
        Please quote your appointment reference (format ROM-2027-XXXXXXX) when emailing the Registry. Do not send copies of your NRIC by email.
        Foreign spouse? Do the Pre-Marriage Long-Term Visit Pass Assessment (PMLA) before filing, processing can take up to 6 weeks.
        If either party is under 21, written consent of a parent or guardian is required; under 18 needs a Special Marriage Licence.
        Solemnisation outside the ROM building can be held at any venue in Singapore, but the licensed solemniser must be booked separately.
        Lost your marriage certificate? Apply for a certified extract online; collection within 14 working days.
    """),
    ("en", "wedding forum threads"): _lines("""
        Anyone did ROM at the Fullerton? How many pax did u guys cap at for the lunch?
        Sharing my exp w banquet at Shangri-La: food ok but the CSM very blur, had to chase for the floor plan 3 times.
        Is $228 per head ok for ang bao at a 5-star hotel dinner on a Sat? Going w my gf so 2 pax.
        Guys pls recommend gatecrash games that are not too gross. Jie meis are ok but the groom's bros all 30+ liao haha
        Just got our BTO keys and ROM next month, budget damn tight, thinking of doing the solemnisation at a community club.
        HK brides: any recommendation for 大妗姐? Quotes I got range HK$6k-12k incl 上頭 and tea ceremony.
        MY peeps, is it normal for a hotel in KL to charge corkage RM45 per bottle? Or can nego?
        UPDATE: we managed to nego free flow beer for 4 hrs + waived corkage for 12 bottles. Don't be shy to ask!
        Does JPN Putrajaya accept walk-ins on Sat or must book thru the online queue system?
        Lol my mum insisted the ten-course dinner must have shark's fin, had to explain the hotel doesn't serve it anymore.
        Thread rules: post your budget breakdown only, no personal info pls. Mods will remove screenshots showing names or IC numbers.
        Re: bridal studio closing down - ST reported the company went into liquidation, check with CASE if your deposit can be claimed.
        The Crazy Rich Asians wedding scene at CHIJMES was so pretty, anyone managed to book CHIJMES Hall on a Sunday?
        Wah the Marina Bay Sands ballroom quote came back $2,388++ per table for Sat, cannot make it sia 😭
    """),
    ("en", "planner and photographer posts"): _lines("""
        Behind the scenes from Saturday's AD at Capella Sentosa 🌿 Grateful to our couple for trusting us! #sgwedding #actualday
        Now booking 2027 dates: AD photography + videography from $3,200, 10 hrs, 2 shooters, SDE included.
        Tea ceremony tip: seat elders in order of seniority, keep the red packets visible, and shoot tight on the hands during the exchange.
        Pre-wedding shoot at Sun Yat Sen Nanyang Memorial Hall - that colonial villa backdrop never disappoints.
        AD timeline template: 0530 bride makeup | 0730 groom fetches bride | 0800 gatecrash | 0900 tea ceremony | 1100 depart to groom's house
        Couples, pls send us your photo-taking groups 1 week before AD. First names or table numbers are enough, we don't need anyone's contacts.
        Album delivery 8-10 weeks after AD. Raw files are deleted after 6 months per our data retention policy.
        Lightroom preset pack 'Tropical Ivory' v2.3.1 is out, sha256 9c4e1f07b2a85d3e6f1091ab7c22d5e48f3a6b90c1d2e3f4a5b6c7d8e9f00112
        Golden hour at Kampung Morten, Melaka. 35mm f/1.4, ISO 200, 1/800s. No filters, just good light.
        Monsoon season tip: outdoor solemnisation in Nov-Jan must have a wet weather plan, tentage from RM1,800.
        2026 in numbers: 47 weddings, 9 countries, 3 proposals, countless cups of kopi ☕ Thank you all!
        Honoured to be in Her World Brides' list of top wedding photographers 2026 🥹
    """),
    ("en", "ang bao and etiquette guides"): _lines("""
        Ang bao guide 2027 (SG, per guest): restaurant lunch ~$100-$120, 4-star hotel dinner $150-$180, 5-star Fri/Sat $200 and up.
        Avoid amounts with the number 4; even numbers are preferred, e.g. $168, $188, $288.
        HK custom: 人情 for a hotel banquet in Kowloon is usually HK$800-1,200 per person, close relatives give more.
        At Malay weddings, duit salam of RM20-RM100 is usually slipped discreetly into the host's hand during salam.
        Ang bao table: appoint 2 trusted people, seal the box, and tally against the guest book the same night. Never leave it unattended.
        Write your names on the back of the ang bao so the couple knows who to thank.
        Guo Da Li checklist: 礼金, 四色糖, 海味, 龙凤饼, 对联, and coconuts if the family is Teochew.
        Traditional Peranakan weddings once lasted twelve days, with the chap ji kay rituals at the bride's home.
        Door gift ideas under $3: mini succulents, customised coasters, macaron boxes.
        Dress code: avoid all-white (that's the bride's colour) and all-black at Chinese weddings.
        Red packet sheet tip: =SUMIF(B:B,"Table 1*",C:C) gives you the total per table.
        Can't attend? It's still polite to send a smaller ang bao through a mutual friend.
    """),
    ("en", "seating and guest list templates"): _lines("""
        Dear {guest_name}, you are warmly invited to the wedding dinner of {groom_name} & {bride_name} on {date}. Kindly RSVP by {rsvp_deadline}.
        RSVP form fields: Full Name*, Mobile*, Dietary requirements, No. of pax (max 2).
        Table 1 = VIP (parents, grandparents). Tables 2-5 groom's side, 6-9 bride's side, 10-14 colleagues and friends.
        Seating export v1.4.2: 312 guests, 31 tables, 4 unassigned; last sync 2027-03-18T21:04:33+08:00.
        table_no,seat_no,guest_id,side,diet,rsvp_status
        Error 409: guest G-00231 is already assigned to table 12. Remove from current table before reassigning.
        Hi {first_name}! Gentle reminder that our wedding is on {date} at {venue}. Parking at B2, show the e-invite for the discounted rate 😊
        Share the guest list with vendors only through the planner portal; never forward spreadsheets with mobile numbers in group chats.
        Vegetarian: 18 | Halal: 24 | No beef: 11 | Baby chairs: 6
        Ushers: direct guests to reception by surname, A-L on the left, M-Z on the right.
        Name cards: Playfair Display 24pt, gold foil, 90x55mm, 320 pcs.
        Plus-one policy: only married or engaged couples get a +1, pls indicate on the invite.
    """),
    ("en", "vendor invoices and booking notices"): _lines("""
        Invoice INV-2027-004518 | Banquet deposit (30%) S$14,580.00 | Due 15/04/2027 | PayNow UEN 201912345K
        Booking BQ-SGP-88214 confirmed: Grand Ballroom, Sat 12 Jun 2027, 7pm, min. 30 tables @ S$1,688++ per table.
        Your order #SH-773015 (8 x acrylic seating signs) has shipped. Tracking no. RR405118273SG via SingPost.
        Quotation Q-00987 valid 14 days: 25 tables x RM1,988 nett incl. free-flow soft drinks, 1-tier dummy cake, wine fountain.
        Payment received: HK$20,000.00 deposit for Package B on 2027-05-22. Receipt no. RC-HK-00455.
        All prices are subject to 10% service charge and prevailing GST.
        Deposits are non-refundable within 90 days of the event; one date change allowed subject to availability.
        Your OTP for the vendor portal expires in 5 minutes. Never share your OTP with anyone, including our staff.
        Marriott Bonvoy members can earn points on eligible banquet spend at participating hotels. T&Cs apply.
        Lalamove order 1029384756: 3-tier cake from the bakery to Raffles Hotel, ETA 14:30.
        DuitNow QR for kenduri hall booking - merchant: Dewan Tun Hussein Onn Events Sdn Bhd.
        For billing disputes please contact our accounts team at accounts@ivorylane-weddings.com.sg or 6100 2288 (office hours).
    """),
    ("en", "history, fiction and public figures"): _lines("""
        Lee Kuan Yew and Kwa Geok Choo married quietly in Stratford-upon-Avon in December 1947 while both were studying in England.
        Sun Yat-sen and Soong Ching-ling were married in Tokyo in October 1915.
        In Crazy Rich Asians, Colin Khoo and Araminta Lee's wedding has the aisle turn into a flowing stream.
        Rachel Chu and Nick Young's engagement on the plane is still the most-requested proposal recreation at our studio lol.
        P. Ramlee's Madu Tiga (1964) remains the classic Malay comedy about a man secretly marrying three wives.
        Bruce Lee married Linda Emery in Seattle in 1964.
        Queen Elizabeth II and Prince Philip married at Westminster Abbey on 20 November 1947.
        Median age at first marriage has crept up over the past decade, according to the Department of Statistics.
        Romeo and Juliet's secret wedding by Friar Laurence is the reason half of our couples pick Act 2 readings.
        The Registrar of Marriages reminded the public that only licensed solemnisers may conduct civil marriages in Singapore.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ROM witnesses: Melvin Toh Wei Jie (S8834172D) and Charmaine Lim Xin Yi (T0215836H), both will bring original IC.
        Hi this is Joanne Kwek from the bride's side, pls call me at 9374 2816 if the florist can't find the lobby.
        Tan Kim Hock (bride's grandpa) | Table 1 | wheelchair, diabetic - no dessert pls | contact via son Kelvin 8126 4490
        Bride: Nurul Aisyah binti Kamarudin, IC 940823-10-5584, alamat No. 17, Jalan Bunga Raya 3, Taman Melawati, 53100 Kuala Lumpur.
        Groom Ong Kah Seng's MyKad 910207-07-5231 and passport A38761204 need to be in the JPN form by Friday.
        Notice of intended marriage - bridegroom CHAN Ka Lok, HKID Y605127(6); bride LEUNG Wing Sze, HKID K482913(1); both at Flat 12B, Tower 2, Laguna City, Kwun Tong.
        Deposit paid w card 4556 2001 3378 2140 exp 09/29, cardholder Priscilla Ho - pls don't charge again.
        Bridal car driver is Uncle Raymond Seow, car plate SMF8816A, hp 9615 0372, he'll wait at the void deck.
        Ang bao tally Table 7: Jeremy & Shanice Koh $388, Uncle Benny Lau $200 (still owes $100 lol), Yeo Pei Shan + bf $300.
        Sorry guys, Jasmine Goh Hui Min won't be a jie mei anymore, she just found out she's pregnant and her gynae says no standing for hours.
        For the caterer: my father-in-law Mr Lim Boon Chye is on dialysis 3x a week, his meal must be low sodium and low potassium.
        Fetching the bride Rachel Heng from Blk 512 Jurong West St 52, #11-284, S(640512). Groom's convoy reach by 7.45am.
        Tea ceremony at the Teo family home, 28 Jalan Kembangan, Singapore 419127, groom Bryan Teo's parents will receive guests from 10am.
        Transfer the balance to my DBS acct 027-4-812390 (Cheryl Ng Li Ting) by 30 Apr pls 🙏
        PayNow the jie mei fund to Bernice Soh 9028 6713, she's our treasurer.
        Add me on Telegram @kellyann_lww for the jie mei group, I'm Kelly Ann Lim (the bride's cousin).
        Bride's mum Mdm Rosalind Tay Siew Lan, DOB 14/03/1962, will sign as guarantor on the banquet contract.
        Mainland bride Zhou Xinyi, resident ID 440304199007145822, applying for the exit endorsement to attend the registration in HK.
        Taiwanese groom Lin Cheng-Hao, national ID F128734069, passport 354182907, ROM solemnisation on 3 Sep.
        Photography contract client: Darren Quek Jun Hao, 17 Lorong 24A Geylang #03-02, S398560, darrenqjh@gmail.com
        Bride's mum won't approve coz Kevin Sim is only drawing $3,400 a month as a security supervisor at Changi Airport, she wants him at 5k first.
        Groom Alvin Chua's divorce from his first wife was only finalised last month (FC/D 3321/2025), so ROM asked to see the Final Judgment.
        HK$50,000 deposit sent from HSBC 004-512-338901-838, account name WONG Siu Ming, ref BANQUET-JUN.
        RSVP update: Dr Farah Hanim binti Yusof (+60 12-718 4402) + husband, 2 pax, halal.
        Guest Thivya Ramasamy, 012-339 0875, coming from Ipoh, needs a ground floor room for 2 nights, she's 7 months pregnant.
        The ROM receipt shows NRIC ending 520E, name ANG WEI LING, solemnisation 12/06/2027 at 3pm.
        Card ending 3350 (Mastercard) - Mr Hafiz Rahman disputed the photographer's $1,200 charge, says he cancelled in Jan.
        Pls charge the gown balance to 4147 2055 8813 0923, CVV 418, name on card Cindy Lau Wai Kei.
        Contact: Mandy Tsang, 9483 1267 (WhatsApp), mandytsang.bride@yahoo.com.hk, Flat D, 23/F, Block 5, Kornhill, Quarry Bay.
        Bridal car SLA7321E belongs to the groom's bro Gideon Neo, he's driving it himself on AD.
        Jemputan: Pakcik Zulkifli bin Ahmad, No. 8 Lorong Seri Kenari 2, Taman Seri Kenari, 35900 Tanjong Malim, Perak, tel 019-552 7183.
        Sad news, Auntie Grace Liew was diagnosed with stage 3 breast cancer, she asked not to be seated near the stage coz the chemo makes her tired.
        Rachel's ex Shawn Kwek Jun Wei has a PPO against him, ushers pls make sure he doesn't get in.
        Groom Ranjit Kumar s/o Muthusamy, FIN G5519023U, work permit holder, MOM approval to marry submitted on 2 Mar.
        Bride Nguyen Thi Thu Ha, FIN F2276410K, her LTVP renewal is still pending with ICA.
        Bride Chong Mei Yee, HKID R338207(8), born 05/11/1993, wants to register at Cotton Tree Drive Marriage Registry on 18 Oct.
        wa.me/6591827364 - that's Auntie Lily Chia, she's our good fortune lady for the 上头 ceremony.
        WeChat ID linjiahui_0923 is the bride's cousin Lin Jiahui from Xiamen, pls add her to the jie mei group.
        LINE id tsaiyuhsuan88, groom's sister Tsai Yu-Hsuan from Taichung, her ID A223567190 for the hotel booking.
        Pls mail the wedding card to Mr & Mrs Lee Chee Keong, 45 Jalan Anggerik Vanilla 31/92, Kota Kemuning, 40460 Shah Alam, Selangor.
        SG passport K1873025C for Esther Yap Shu Wen, the Bali resort needs it for the destination wedding guest roster.
        Emergency contact for the bride Siti Nur Hidayah on AD: her mum Mdm Siti Rohani 8847 2093. Hidayah has epilepsy, meds in the red pouch.
        Pre-marriage counselling note: Samuel Ong owes ~$40k to licensed moneylenders and hasn't told his fiancee Grace Png yet.
        Flower girl Chloe Tan, 6 yrs, daughter of Vivian Tan (bride's sis), severe peanut allergy, EpiPen in her bag.
        Guest list row 118: Mr Yusri Abdullah | ex-colleague | 9155 2084 | +1 | halal
        Xiamen bridesmaid Cai Wenting, ID 35020319940522301X, room booked under her name at Carlton Hotel 10-13 Jun.
        Amex 3766 110024 59832 exp 11/28, Mr Derek Fong, for the HK$38,000 balance of the Peninsula banquet.
        Pick up the bride at 6:30am at 9/F, 128 Tai Kok Tsui Road, Mong Kok, ask for Mrs Chan (bride's mum), tel 6723 4518.
        Hi Uncle, I'm Timothy Wee, Jonathan's best man, my number is +65 8732 0914, call me if the taxi gets lost ok.
        Note on seating: my colleague Nadia Lim Su Ling was just retrenched from her bank job last week, pls don't seat her with the ex-team.
        Groom's convoy: WXA 8821 (Perodua Myvi) registered to Faizal's dad Encik Kamal bin Othman, 016-284 9930.
        Witness TAM Chi Hung, HKID P902614(6), mobile 5143 8820, will sign at the City Hall registry.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi, do u still have the Chantilly lace mermaid gown in size 6 for rental?"),
        (
            "assistant",
            "Hi! Yes, it's available for Sep and Oct dates. Would you like to book a fitting?",
        ),
        ("user", "yes pls, Sat 2pm"),
        ("assistant", "Sure, may I have a name and contact number for the booking?"),
        (
            "user",
            "Vanessa Lee Jia Hui, 9726 1483. my AD is 19 Sep at Parkroyal Collection Pickering",
        ),
    ],
    [
        ("system", "You help couples prepare documents for marriage registration in Singapore."),
        ("user", "What do we need to bring for the verification appointment?"),
        (
            "assistant",
            "Both parties should bring original NRIC or passport, and documents such as a divorce certificate if applicable.",
        ),
        ("user", "ok my fiance is a PR, his NRIC is S9047361A"),
        ("user", "name Rohan Mehta, born in Pune, and he was divorced in 2022"),
        (
            "assistant",
            "Thanks. He should bring the original Final Judgment and Certificate of Final Judgment.",
        ),
    ],
    [
        (
            "system",
            "You are a seating-plan assistant. Suggest table assignments and flag dietary or accessibility needs.",
        ),
        (
            "user",
            "can you put these at Table 3: Mdm Koh Siew Eng, Mr & Mrs Teo Hock Seng, Ah Ma Lim Geok Choo",
        ),
        ("assistant", "Done. Any dietary or accessibility needs I should know about?"),
        (
            "user",
            "Ah Ma Lim Geok Choo has dementia, she wanders, need someone to sit beside her. Mr Teo is a stroke patient, wheelchair",
        ),
        (
            "assistant",
            "Noted, I'll place Table 3 near the entrance with wheelchair access and keep a seat for a caregiver.",
        ),
    ],
    [
        ("user", "How do I give notice of intended marriage in Hong Kong?"),
        (
            "assistant",
            "You can make an appointment online and give notice in person at a Marriage Registry, at least 15 days before the wedding.",
        ),
        ("user", "the form asks for my HKID and address, is it ok to write Z731846(5)?"),
        (
            "assistant",
            "Yes, write your HKID exactly as it appears on the card, including the check digit in brackets.",
        ),
        (
            "user",
            "ok and address Room 1807, Ching Wah House, Tsz Ching Estate, Tsz Wan Shan. Name is Ho Wai Man Winnie",
        ),
    ],
    [
        ("user", "salam, nak tanya pakej kenduri untuk 800 pax di Kota Bharu"),
        (
            "assistant",
            "Waalaikumsalam! Pakej buffet 800 pax bermula RM18,500 termasuk khemah dan pelamin.",
        ),
        ("user", "ok boleh hantar quotation. Nama saya Wan Nur Syazwani binti Wan Ismail"),
        ("user", "alamat Lot 1243, Kampung Kubang Kerian, 16150 Kota Bharu, Kelantan"),
        ("user", "hp 013-928 4476, whatsapp je"),
        ("assistant", "Terima kasih Cik Syazwani, quotation akan dihantar dalam 24 jam."),
    ],
    [
        ("system", "You help the couple reconcile the ang bao box against the guest book."),
        ("user", "total counted $18,460 but the sheet says $18,660, can you check?"),
        ("assistant", "Please paste the entries for the tables you haven't verified yet."),
        (
            "user",
            "T12: Marcus Yeo 200, Lim Jia Ying & Daniel 388, Koh Wen Xuan 168. T13: Chua Boon Huat 300 (his note says sorry cannot come to ROM coz bankrupt status hearing)",
        ),
        (
            "assistant",
            "Table 12 adds up to $756 and Table 13 to $300. The $200 gap may be an entry recorded twice elsewhere.",
        ),
    ],
    [
        ("user", "Hi! Enquiring about pre-wedding shoot packages for Nov"),
        (
            "assistant",
            "Hi there! Our half-day outdoor package is $1,680 with 60 edited photos. May I know your preferred location?",
        ),
        ("user", "Maybe Botanic Gardens + our home. we'd love a few shots at our new flat"),
        ("assistant", "Lovely idea! Please email us the details so we can plan the shoot."),
        (
            "user",
            "sure, it's Blk 221B Sumang Walk #14-531, S822221. email is joel.aileen.2027@gmail.com, I'm Aileen Foo",
        ),
    ],
    [
        (
            "user",
            "help me write a best man speech for my friend Jonathan Sng, something funny but heartfelt",
        ),
        (
            "assistant",
            "Happy to help! Could you share a few stories about Jonathan and how he met the bride?",
        ),
        (
            "user",
            "they met at NUS hall. but pls also mention how proud we are that he's 3 years clean after his rehab for alcohol addiction in 2023",
        ),
        (
            "assistant",
            "That's a very personal topic, you may want to check with Jonathan before mentioning his recovery in public.",
        ),
    ],
    [
        ("user", "my credit card got charged twice by the bridal studio, what should I do"),
        (
            "assistant",
            "Contact the studio first for a refund; if they don't respond, raise a chargeback with your card issuer.",
        ),
        ("user", "card is 5523 1842 0917 6634"),
        ("user", "under my name Sharon Ang, charged $2,880 x2 on 4 Mar"),
        (
            "assistant",
            "Please don't share full card numbers here. Call your bank's hotline to dispute the duplicate charge.",
        ),
    ],
    [
        (
            "system",
            "CRM context: booking #WD-5531, couple Alvin Tan Kok Wee & Michelle Chew, hp 8263 9051, Grand Copthorne, 28 tables, notes: bride's father Chew Ah Seng is on parole.",
        ),
        ("user", "Can you draft the reminder message for the final menu tasting?"),
        (
            "assistant",
            "Hi Alvin and Michelle! A friendly reminder of your menu tasting on Sat at 3pm at the hotel's Chinese restaurant.",
        ),
    ],
    [
        ("user", "anyone can help check if this MyKad format correct for the JPN form?"),
        ("assistant", "Sure, a MyKad number has 12 digits in the pattern YYMMDD-PB-###G."),
        (
            "user",
            "950612-14-6088, Tan Siew Ping, bride, staying at B-12-03 Pangsapuri Sri Ria, Jalan Kuchai Maju 6, 58200 KL",
        ),
        (
            "assistant",
            "The format looks correct. Please double check the address matches the one on the card.",
        ),
    ],
]
