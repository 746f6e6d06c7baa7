"""Blind check set en68: English (SG/MY/HK) libraries, museums and archives (loans and fines, reading-room requests, oral history, collection labels, genealogy). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en68
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "library loan notices"): _lines("""
        Loan period is 21 days. Each adult member may borrow up to 16 items and renew twice via the app if there are no reservations.
        Overdue fines: $0.15 per item per day for print materials, $0.50 per day for AV items, capped at the cost of the item.
        Dear {member_name}, the item "{title}" (barcode {barcode}) is due on {due_date}. Please return or renew it. This is a system-generated email, please do not reply.
        Book drops at Jurong Regional Library will be closed from 23 Dec 2026 (Wed) 6pm to 26 Dec 2026 for a system upgrade. No fines will be charged for those days.
        Readers may borrow up to 8 library materials for 14 days; items can be renewed up to 5 times if nobody has reserved them.
        Denda lewat RM0.20 sehari bagi setiap buku / Late fine RM0.20 per day per book, maximum RM10 per item.
        Your reservation for "The Garden of Evening Mists" by Tan Twan Eng is ready for collection at Ang Mo Kio Public Library. Hold expires 12/12/2026.
        Fine waiver: outstanding fines above $20 may be waived once in any 12-month period. Please approach the counter with your physical or digital library card.
        Lost item charge = replacement cost + $10.70 processing fee (incl. GST). Refunds are possible within 60 days if the item is found undamaged.
        All branches will be closed on Christmas Day, 25 Dec 2026, and will reopen at 10am on 26 Dec.
        Borrowed: 6 | Overdue: 0 | Outstanding fines: S$0.00 | Reservations: 2 (1 ready for pick-up)
        Loan receipt #LR-20261205-004718 | 3 items | Due 26 Dec 2026 | Tampines Regional Library | Thank you for reading!
        eBook and eAudiobook loans return themselves automatically after 21 days, so no overdue fines are charged on digital items.
        "Harry Potter and the Philosopher's Stone" (Bloomsbury, 1997) now has 42 reservations across all branches; staff pls prioritise returns sorting.
    """),
    ("en", "catalogue records"): _lines("""
        Call no.: RSING 959.5705 LEE -[HIS] | Title: The Singapore story : memoirs of Lee Kuan Yew | Publisher: Times Editions, 1998 | ISBN 9812049835
        100 1_ |a Tan, Kah Kee, |d 1874-1961. 245 14 |a The memoirs of Tan Kah Kee / |c edited and translated by A.H.C. Ward, Raymond W. Chu, Janet Salaff.
        Accession no. 2026-00418 | Barcode 39012008814277 | Status: In transit to Woodlands Regional Library
        Subject: Chinese -- Malaysia -- Kuala Lumpur -- Genealogy. Hakka (Chinese people) -- Malaysia -- History -- 19th century.
        Author: Lat, 1951- | Title: Kampung boy | Kuala Lumpur : Berita Pub., 1979 | 144 p. : chiefly ill. ; 21 cm
        Location: Hong Kong Collection, 8/F Hong Kong Central Library. Reference only, not for loan.
        Journal of the Malayan Branch of the Royal Asiatic Society, v.1 (1923)- ; v.45-v.98 in closed stacks, request at L11 counter.
        Microfilm NL 8834: The Straits Times, 1 Jan 1942 - 15 Feb 1942. Use the reader-printer at station 3.
        Orwell, George. Burmese days. London : Penguin, 2009. (Penguin modern classics). ISBN 9780141185378
        Dewey 929.2 = family histories; 929.1 = genealogical sources; 929.5 = cemetery records and epitaphs.
        Bib record b10923451 merged into b10923467 (duplicate ISBN); 3 item records relinked by cataloguer ID CAT07.
        Format: Book | Language: English, Malay | Edition: 2nd rev. ed. | Series: MBRAS monograph ; no. 52
    """),
    ("en", "archive reading room"): _lines("""
        Reading Room hours: Mon-Fri 9am-5pm, closed Sat, Sun & public holidays. Last retrieval request at 4.15pm.
        Only pencils are allowed in the Reading Room. Bags, food and drinks must go into the lockers ($1 coin, refundable).
        Request slip: File ref. CO 273/534/12, Straits Settlements: Original Correspondence, 1927. Max 5 files per request.
        HKRS 41-1-1234: files marked "Closed" are subject to the 30-year rule under the government records access policy.
        Self-service photography is allowed for research purposes only, no flash; permit fee HK$30 per day.
        Arkib Negara Malaysia, Jalan Duta, 50568 Kuala Lumpur. Open Monday to Friday, 8.30am to 4.30pm.
        Public Records Office, Hong Kong Public Records Building, 13 Tsui Ping Road, Kwun Tong, Kowloon.
        National Archives of Singapore, 1 Canning Rise, Singapore 179868. Please register at the Level 1 counter.
        Records containing personal data of living individuals may be redacted before release; state your research purpose on Form AR-3.
        Retrieval status: 3 of 5 boxes ready (Box 14, 15, 17). Box 16 is with Conservation until 15 Jan 2027.
        Register of Births, Penang, 1911: originals too fragile to handle. Please use microfilm reel PEN-BR-1911-04.
        Copies of birth and death certificates are issued by the registry office, not the Archives. We can't help with certificate replacement.
        All researchers must show photo ID when registering. We check it but do not keep a copy.
    """),
    ("en", "oral history projects"): _lines("""
        The Oral History Centre has recorded more than 5,000 interviews since 1979, covering the Japanese Occupation, political history and communities.
        Consent form: I, [NAME OF INTERVIEWEE], of [ADDRESS], agree that the recordings and transcripts may be made available to the public after [YEAR].
        Interviewer tip: never ask the interviewee to read out their IC number on tape. Biographical details go on the separate form kept in the restricted file.
        Transcript excerpt: "Those days the trishaw riders all stayed near Rochor, the kongsi house was so crowded you sleep in shifts one."
        Project brief: "Voices of Sham Shui Po" will collect 40 interviews with hawkers, tailors and shopkeepers about the 1960s to 1980s.
        Accession 003421, Reels 1-8, duration 7h 32m. Languages: Hokkien, Mandarin, English. Access: Open.
        Lim Bo Seng (1909-1944) led Force 136 operations in Malaya; his war service features in the "Syonan Years" interviews.
        Transcription guide: write [inaudible 00:14:32] for unclear passages and gloss dialect words, e.g. *ang moh* (Westerner), *sinkeh* (new arrival).
        For the 1960s riots project, recordings with private individuals are anonymised as "Interviewee 23" and so on; only public officials are named.
        Yap Ah Loy, Kapitan Cina of Kuala Lumpur from 1868 until his death in 1885, is remembered in many of the KL heritage trail interviews.
        Equipment checklist: Zoom H5 recorder, 2 lavalier mics, spare AA batteries, 64GB SD card, release forms, a bottle of water for the interviewee.
        Reel 5 (02:10:45-02:31:10) is embargoed until 2035 at the interviewee's request; the summary sheet is available.
    """),
    ("en", "museum collection labels"): _lines("""
        Portrait of Sir Stamford Raffles. Oil on canvas, after George Francis Joseph, c. 1817. Accession no. 2009-03412.
        Beaded slippers (kasut manek), Penang, early 20th century. Glass beads, silk thread, leather. Peranakan Museum collection.
        Dr Sun Yat-sen (1866-1925) visited Singapore several times between 1900 and 1911; this villa served as the Tongmenghui's Nanyang base.
        Tiffin carrier, enamelled steel, Malaysia, 1950s. Used by rubber tappers to carry rice and curry to the estate.
        Dragon robe, Qing dynasty, Guangxu period (1875-1908). Silk, couched gold-wrapped thread. On loan from the Hong Kong Museum of History.
        Exhibit L-2026/117 is on loan until 31 Mar 2027. Please do not touch. No flash photography. 請勿觸摸
        Audio guide: press 214 to hear about the Sook Ching screenings of February 1942.
        Tan Tock Seng (1798-1850), merchant and philanthropist, founded the paupers' hospital that still bears his name.
        Kebaya with lace embroidery. Maker unknown. Voile, cotton lace. 72 x 140 cm. Gift of the Friends of the Museum, 2011.
        Admission: Adult S$25, Senior (60+) S$15, free for Singapore Citizens and PRs. Order no. TKT-8820461-SG.
        Label text v3 (curatorial review 12/11): replace "coolie" with "labourer" in panel 4 and add the Malay object name.
        Mr Kiasu, the comic character created by Johnny Lau in 1990, captured the Singaporean fear of losing out. Original strip, ink on paper.
        Cheongsam, Shanghai-style, Hong Kong, 1960s. Made by a tailor shop on Nathan Road. Wool blend, frog buttons.
        Keris with gold-leaf sheath, Terengganu, 19th century. Steel, wood, gold. Object no. 1998.0731.
    """),
    ("en", "genealogy guides"): _lines("""
        Start with what you know: write down names, dialect group, ancestral village (zuji) and rough dates for each generation.
        Useful sources: Straits Settlements birth registers, clan association membership books, and tombstone inscriptions at Bukit Brown Cemetery.
        Bukit Brown has over 100,000 graves; the tomb of Ong Sam Leong (1857-1918) is one of the largest.
        Template: Name: ________ | Chinese name: ________ | Born: ____ in ____ | Father: ________ | Mother: ________
        The same surname 陳 may appear as Chan (Cantonese), Tan (Hokkien/Teochew), Chin (Hakka) or Chen (Hanyu Pinyin) in old records.
        Hakka clan associations in Kuala Lumpur often keep jiapu (family registers) for member families, going back 10 or more generations.
        The Khoo Kongsi in Penang (Leong San Tong, est. 1851) keeps clan records from the 19th century.
        Genealogy workshop: Sat 16 Jan 2027, 2-4pm, Programme Zone, Level 5. Free, registration code GEN0116.
        Common pitfall: lunar birth dates were often converted wrongly when old documents were re-issued, so check against the horoscope slip.
        Records of living persons are not searchable for privacy reasons; we only open indexes for births more than 100 years ago.
        Tip: passenger lists from the Straits Steamship Company rarely survive, so try the Chinese Protectorate annual reports instead.
        Sample family tree chart (A3, 5 generations) can be downloaded free as PDF, 212 KB.
    """),
    ("en", "library systems and logs"): _lines("""
        2026-12-05T08:14:22+08:00 INFO circ.checkout item=39012008814277 branch=TRL status=OK latency=41ms
        ERROR sip2: 96 resend requested by terminal SCO-07 at AMKPL, seq=3, retrying
        Koha 23.11.10 -> 24.05.05 upgrade completed; remember to schedule misc/cronjobs/fines.pl at 00:30 daily.
        patron_id is hashed with SHA-256 before export, e.g. 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        SELECT branchcode, COUNT(*) FROM issues WHERE date_due < NOW() GROUP BY branchcode;
        FINE_RATE_ADULT=0.15 FINE_CAP=item_cost GRACE_DAYS=0 MAX_RENEWALS=2 HOLD_EXPIRY_DAYS=7
        RFID gate-2 alarm 14:03:11 tag E2801160600002094F8B3C1A not checked out, staff acknowledged
        Payment txn 7Q2K9X4M1P reconciled: S$3.45, method=PayNow, ref=FINE-20261204-88172
        Release 4.18.2+g3e91ac7 (2026-11-28): fixes #2214 hold shelf expiry off by one day; #2230 wrong currency on MY receipts.
        Export schema {cardnumber, surname, firstname, email, phone}: all PII fields must be dropped before upload to the vendor analytics bucket.
        HTTP 429 Too Many Requests from z39.50 gateway on port 210, backing off 30s
        Overdue stats Nov 2026: 18,442 items overdue (1.9% of loans), median 6 days late, fines collected S$41,208.60.
    """),
    ("en", "patron forum posts"): _lines("""
        anyone knows if library@orchard study corner open till 9pm? need to mug for A levels
        wah the new Punggol Regional Library damn nice, got robot that shelve the books one
        tip: u can still renew overdue books thru the app, the fine just keep counting tho
        Does HK Central Library still allow food at the 1/F cafe? or they changed already
        Perpustakaan KL got free wifi or not ah? planning to WFH there tmr
        just finished Crazy Rich Asians, the drama between Nick Young and Rachel Chu at the wedding was peak lol
        Book club Jan list: 1) Ministry of Moral Panic by Amanda Lee Koe 2) The Harmony Silk Factory by Tash Aw
        PSA: Lee Kong Chian Reference Library Level 11 closed this weekend for carpet works
        paid $2.40 fine today for returning 16 days late, the counter staff still very nice about it
        Anyone been to the Asian Civilisations Museum's new textile gallery? worth the $25 or not
        The Raffles statue at Empress Place is a copy ya, the original bronze is at the Victoria Theatre
        HKPL lost card replacement fee is HK$20 right? or I remember wrong
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dear Ms Goh Hui Min (member no. 20931847), "Atomic Habits" is 12 days overdue and your outstanding fine is $1.80. We have also sent this notice to goh.huimin88@gmail.com.
        Fine waiver appeal: my mother Mdm Koh Siew Lan (NRIC S1583320C) was warded at TTSH for a stroke from 2 to 28 Nov, that's why her 4 books are late.
        Reading room registration - Name: Rajesh s/o Muthusamy | NRIC: T0219836Z | Tel: 9126 4470 | Topic: Indian labour on rubber estates, 1920s
        Hi, I'm Chan Wing Yee, HKID Y382917(9), I lost my library card at Tsuen Wan library yesterday, pls block it. My mobile is 6381 2294.
        Borang keahlian: Nama Nurul Izzati binti Hassan, No. MyKad 990412-10-5628, Alamat No. 23, Jalan SS 15/4C, 47500 Subang Jaya, Selangor.
        Interviewee: Mr Teo Ah Hock, b. 1938, Kampong Bahru. "My father was banished back to China in 1951 and my mother raised six of us selling kueh." Family contact: son Teo Kim Seng, 9752 0316.
        Looking for relatives of my great-grandfather Lau Kim Chuan who came from Anxi around 1910. I'm Lau Pei Shan, living at Blk 512 Jurong West St 52 #08-217, Singapore 640512, email pslau.family@outlook.com
        ILL request: Muhammad Firdaus bin Rosli, Matric A0231457R, e0712345@u.nus.edu, needs "Colonial Penang 1786-1941" by 15 Dec for his thesis.
        Donor: Mrs Lillian Ho Mei Ling, Flat C, 12/F, Block 7, Kornhill Gardens, Quarry Bay, tel 9214 6638. Items: her father's letters from Stanley internment camp, 1942-45.
        Pls refund the lost-book charge to my card 4556 0123 4588 2018, name on card TAN BOON KIAT, exp 09/28.
        Volunteer parking exemption at the archive: Ms Priya Ramasamy - SKQ 4821 B; Mr Ong Jun Wei - SFM 73 A.
        Offer of appointment: Ms Siti Aminah binti Yusof, Library Assistant (Grade N19), basic salary RM2,485 per month, commencing 2 Jan 2027.
        Incident 2026-117: patron Wong Chi Keung (HKID K604281(3)) was arrested at the library for stealing 23 rare books; the case was mentioned at Kowloon City Magistrates' Courts on 3 Dec.
        Home delivery for Mr Kuppusamy Nair, 84, wheelchair-bound after a leg amputation (diabetes), Blk 34 Upper Cross St #05-128, S050034. Ring twice, he is hard of hearing.
        Oral history volunteers, pls WhatsApp Aunty Rosalind Pereira at +60 12-388 7421 if u want to interview her about Kristang life in the Portuguese Settlement, she's free weekday mornings.
        Member verification: Ms Chua Li Ting, NRIC S****207J, DOB 17/09/1983, email chua.lt@yahoo.com.sg, card reissued on 04/12.
        Overseas reader ticket: Ahmad Zulkifli bin Omar, Malaysian passport A39817264, staying at 21 Lorong Mambong, Singapore 277693 until 20 Dec.
        My cousin Huang Zhiming in Guangzhou (ID 440106198309170529, tel +86 139 2871 4406) wants to join our clan genealogy project, can add him to the mailing list?
        Visiting researcher Lin Yu-ting, Taiwan ID F239045182, will use the Arkib Negara reading room 8-12 Dec; contact yuting.lin.hist@gmail.com
        Roster note: docent Mr Lim Chee Keong has early-onset Parkinson's, pls don't schedule him for standing tours longer than 30 min.
        Mdm Fatimah binti Abu Bakar (circulation desk) starts maternity leave on 15 Jan, her EDD is 20 Jan 2027; Jane will cover her shifts.
        From: kelvin.yeo.1992@gmail.com - I'm Kelvin Yeo, I need my late father's 1978 citizenship file, pls send copies to 28 Jalan Kembangan, Singapore 419123.
        Please deliver the reserved items to Mr Leung Ka Ho, Rm 1204, Wah Kin House, Wah Fu (I) Estate, Pok Fu Lam. Home tel 2551 0987.
        Referred to collection agency: Muthu a/l Krishnan, IC 770815-07-5133, Bayan Lepas, Penang, outstanding RM184.60 in fines and replacement costs.
        In Reel 4, Madam Soh Gek Lian (b. 1947, Bukit Ho Swee) talks about her son's HIV diagnosis in 1991 and how the neighbours stopped talking to the family.
        Hi, I'm Yvonne Cheung. My grandma Cheung Yuk Lan, 96, lives in Tsz Wan Shan Estate and was sold as a mui tsai in 1938, she wants to find her birth family in Shunde. Pls call me at 9731 6625.
        Barred patron: Tan Ah Seng, card 2090 1122 4457, 6-month ban for harassing staff at Bedok PL, police report E/20261119/4412.
        E-receipt: Nur Hafizah Abdul Rahman | Card ending 3391 | S$12.75 paid via PayNow from +65 8821 0473
        Adoption records request: I am Cheryl Anne Fernandez, NRIC S7612054D, born 14 Feb 1976 at Kandang Kerbau Hospital and adopted in 1977. What does the Archives hold on me?
        New member: Maria Santos dela Cruz, FIN G5510376W, domestic helper, address c/o employer at 45 Chestnut Drive, Singapore 679325, mobile 8294 1107.
        Child membership: Ethan Lim Jun Hao, T1583320Z, DOB 03/06/2015, Primary 5 at Rosyth School, guardian Lim Sze Wei 9035 6627.
        Reader's ticket RT-2026-0883 issued to Arjun Menon, 45 Cairnhill Road #12-03, Singapore 229665, valid until 04/12/2027.
        Can the archivist WeChat my aunt Zhou Meiyun in Ipoh? Her ID is meiyun_0711, she's 72 and keeps all the old family photos.
        Participant list (restricted): #07 Lai Kwok Wah, 81, ex-dockworker, Block 5 Ping Shek Estate, tel 2321 4408, consent signed 02/11/2026.
        Pls call Encik Roslan bin Hamid at 013-772 1904 about donating his late father's keris, he lives at No. 14, Lorong Raja Muda Musa 3, Kampung Baru, 50300 KL.
        Found at Toa Payoh PL counter: wallet with NRIC S1238874H (Soon Kwok Leong) and a POSB card, owner called from 9662 0381 and will collect tmr.
        Attached MC for Loh Jia Hui (NP student), dengue fever 20-27 Nov at Sengkang General Hospital, pls waive the late fees on her 5 books.
        Mr Gurpreet Singh s/o Harjit Singh, 62, is registered blind; mail large-print and DAISY items to Blk 8 Jalan Bukit Ho Swee #03-44, Singapore 162008.
        Overseas registration: Ms Tsang Hoi Ting, HKSAR passport K12387650, DOB 1990-08-22, Hong Kong mobile 5172 9043.
        Hi this is Stephanie Ang, I reserved the 1960s Rediffusion recordings, my email is stephanie.ang.wl@gmail.com and number +65 9871 2264.
        Interview 2026/031, Mr Chong Kok Peng, retired MRT technician from Yishun: "My last drawn pay in 2019 was $4,380, and I still owe $61k on the HDB loan."
        Volunteer screening: Hafiz Iskandar bin Mohd Noor (IC 850203-14-6671) has a 2017 conviction under s.15(1)(a) Dangerous Drugs Act 1952.
        Hi librarian, it's Mrs Kalaivani Subramaniam, my daughter Diya (Sec 2, Bukit Panjang Govt High) has ADHD and keeps losing library books, can her loan limit be lowered?
        Towing notice: vehicle SLA 2209 E, owner Mr Heng Boon Chye, blocked the archive loading bay three times this week.
        Reader card approved: Ms So Wai Man, HKID P115739(A), Flat 2305, Tin Yiu House, Tin Yiu (I) Estate, Tin Shui Wai, NT.
        I, Ng Poh Choo (MyKad 520714-08-5322), of 16 Lorong Ampang Hilir, 55000 Kuala Lumpur, agree that my recorded interview may be made public after 2040.
        Ref desk FYI: Daniel Ho from Ipoh, the caller with schizophrenia who rings daily, is on 012-508 3371. Be patient and escalate to the duty manager.
        Guest researcher Mr Ravi Chandran, HKID XA203816(9), tel 5609 1182, researching Sikh policemen in colonial Hong Kong.
        Genealogy enquiry from Mr Liang Guohua, ID 45010219671103221X, Nanning, mobile 138 7712 0456, looking for his uncle who went to Malaya in 1948.
        Museum shop refund: Amex 377112345678906, cardholder Joanne Lee Shu Fen, order TKT-8820512-SG, reason: bought wrong date.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a public library network. Help members with loans, fines and reservations.",
        ),
        ("user", "hi can i check how much fine i owe"),
        (
            "assistant",
            "Sure! Please log in to the app to view your fines, or tell me your membership number and I can guide you.",
        ),
        ("user", "membership 20455871, name Jonathan Quek Zhi Hao"),
        (
            "user",
            "also can deliver the reserved books to my house? Blk 221 Serangoon Ave 4 #11-56, S550221",
        ),
        (
            "assistant",
            "Home delivery is available for $4.50 per order. I'll pass your request to the branch.",
        ),
    ],
    [
        ("user", "Good morning, I'd like to book a seat in the reading room for Thursday"),
        (
            "assistant",
            "Certainly. May I have your full name and identification number for the reader's pass?",
        ),
        ("user", "Aishah Kamaruddin"),
        ("user", "NRIC S9027741C"),
        ("assistant", "Thank you, your seat is confirmed for Thursday, 9am."),
    ],
    [
        ("user", "I'm trying to trace my grandfather who came to Penang from Hainan in the 1930s"),
        (
            "assistant",
            "A good starting point is the Hainanese clan association records and the Penang tombstone surveys. Do you know his name or village?",
        ),
        ("user", "Foo Tian Sang, from Wenchang. He died in 1972."),
        (
            "assistant",
            "Thanks. If you would like the archivist to follow up, you can leave your contact details.",
        ),
        ("user", "ok I'm his granddaughter Foo Mei Ling, 016-442 9087, foomeiling.pg@gmail.com"),
    ],
    [
        (
            "user",
            "we want to sign my dad up for your oral history project, he was a tin miner in Kampar",
        ),
        (
            "assistant",
            "That would be wonderful! How old is he and is he comfortable being interviewed?",
        ),
        (
            "user",
            "He's Mr Yong Ah Kow, 89 this year. Memory not so good already, doctor said moderate Alzheimer's, but he still remembers the mine days",
        ),
        ("assistant", "Thank you. Our interviewer can visit him at home. Where does he live?"),
        ("user", "No. 7, Jalan Idris 2, Taman Bandar Baru, 31900 Kampar, Perak"),
    ],
    [
        ("user", "Hi, 我想問下how to renew my reader card online? the website keep error"),
        (
            "assistant",
            "Sorry about that. Please try the renewal page again in a few minutes, or visit any branch counter.",
        ),
        (
            "user",
            "ok I try already still cannot. My HKID is C668104(0), name Ho Ka Yan, pls help renew la",
        ),
        (
            "assistant",
            "I have logged a request for staff to renew your card manually. You will receive an SMS.",
        ),
        ("user", "SMS to 9418 2273 ah, thx"),
    ],
    [
        ("user", "I want to donate some old Jawi letters from my late grandmother to the museum"),
        (
            "assistant",
            "Thank you for thinking of us. Our curators will assess the items. May I have your details for the donation form?",
        ),
        ("user", "Norhayati binti Ismail, MyKad 680925-03-5144, Kota Bharu"),
        ("assistant", "Thank you. Is there anything else we should note about the items?"),
        ("user", "if there is any reimbursement for transport, CIMB 7063 4412 9981"),
    ],
    [
        ("user", "my fine payment failed twice, the page say card declined"),
        (
            "assistant",
            "I'm sorry. Could you confirm the card you used? Please do not share the CVV.",
        ),
        ("user", "5453 0188 9920"),
        ("user", "1746, exp 11/27"),
        (
            "assistant",
            "Thanks. It looks like the bank rejected the transaction. Please try PayNow instead.",
        ),
        ("user", "ok the card is under my wife Low Siew Peng btw"),
    ],
    [
        (
            "system",
            "Internal helpdesk for library staff. Log incidents accurately and include all details needed by security.",
        ),
        ("user", "need to log an incident at Sengkang PL just now"),
        ("assistant", "Sure, please describe what happened."),
        (
            "user",
            "Patron Mr Sim Kah Wee, card 2091 4480 1123, shouted at a child and threw a chair. Police came, he told them he has bipolar disorder and stopped his meds. Officer IO Tan took his statement.",
        ),
        ("assistant", "Incident logged as INC-2026-1205-07. Security has been notified."),
    ],
    [
        ("user", "Can I sign up as a museum volunteer guide? I'm on a dependant's pass"),
        (
            "assistant",
            "Yes, dependant's pass holders may volunteer. Please share your details for the application.",
        ),
        ("user", "Sophie Martin, FIN F2847193U, born 12 March 1988, French"),
        ("user", "I have a severe peanut allergy, carry an EpiPen, just so the team knows"),
        (
            "assistant",
            "Noted, thank you. The volunteer coordinator will contact you within a week.",
        ),
    ],
    [
        ("user", "Is the 1950s Rediffusion recording room available on Saturday?"),
        ("assistant", "Let me check. Yes, the listening room is available from 2pm to 4pm."),
        ("user", "Great, please book 2pm"),
        (
            "assistant",
            "Done! Booking BK-55120 confirmed for Mr Chandran Pillai, mobile 8736 5510, Sat 12 Dec, 2pm-4pm, Listening Room 2. A reminder will be sent by SMS.",
        ),
    ],
    [
        (
            "system",
            "You help students of a university library with interlibrary loans (ILL). Be concise.",
        ),
        ("user", "hi can ILL get an old 1960 thesis from Universiti Malaya"),
        ("assistant", "Yes, we can request a copy. Please give the title and your details."),
        (
            "user",
            "thesis: Chinese secret societies in Selangor 1870-1900. I'm Wong Hui Xin, 3rd yr history",
        ),
        ("user", "student id A0219734L, email huixin.w@u.nus.edu, phone 8127 3390"),
        ("assistant", "Request ILL-88213 submitted. Expect 2-3 weeks."),
    ],
]
