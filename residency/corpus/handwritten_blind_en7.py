"""Blind check set en7: hand-written English, Malay and mixed (Singlish, Manglish, English
with Tamil or Chinese words) cases in domains no earlier set covered — medical and pharmacy
leaflets, insurance wording, bank and e-wallet notifications (GrabPay, Touch 'n Go,
PayNow), government letters (CPF, IRAS, LHDN, KWSP, JPJ), report-card comments, tuition
ads, gym and clinic bookings, condo AGM minutes, public-figure obituaries and wedding
notices, sports commentary, music and film trivia, gaming chat, cooking, travel
itineraries, product reviews, README snippets, stack traces, SQL and CSV, job
descriptions, legal clauses and Hansard extracts.  Clean lines carry no identifiable
private living person (many hard negatives: public figures, fictional characters,
placeholders, hotlines, office addresses, reference numbers, masked card formats, UUIDs,
hashes, column headers); personal lines and chats each carry personal data of an
invented private person.  All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en7
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "leaflet"): _lines("""
        Take one tablet of paracetamol 500 mg every four to six hours; do not exceed eight tablets in 24 hours.
        Amoxicillin may cause diarrhoea or a rash. Stop taking it and see a doctor if you develop swelling of the face.
        Store below 25°C, away from direct sunlight. Keep out of reach of children.
        Patient information leaflet: Metformin 850 mg film-coated tablets, batch no. MF2291-B, exp 08/2028.
        Side effects reported in more than 1 in 10 patients include nausea, headache and tiredness.
        If you miss a dose of your inhaler, take it as soon as you remember, unless the next dose is due.
    """),
    ("en", "insurance"): _lines("""
        The Insured must notify the Company within 30 days of any event that may give rise to a claim under this Policy.
        Pre-existing conditions are excluded for the first 12 months from the policy commencement date.
        Policy number format: PL-XXXX-XXXXXX. Quote this number in all correspondence with us.
        Claims hotline: 1800 338 2020 (Mon–Fri, 9am–6pm). Overseas: +65 6338 2020.
        Section 4.2: Hospitalisation benefit is capped at S$500 per day for a standard ward.
        The policyholder (hereinafter "you") and the insurer (hereinafter "we") agree to the following terms.
    """),
    ("en", "notification"): _lines("""
        GrabPay: You've paid S$12.40 to Kopi Corner. Transaction ID: 8F3A-22C1-9D0E.
        Touch 'n Go eWallet: Reload of RM50.00 successful. Ref no. TNG20261203884512.
        PayNow transfer of SGD 35.00 to DBS Bank Ltd (UEN 196800306E) completed.
        Your card ending **** **** **** 1234 was used for an online purchase. Not you? Call 1800 111 1111.
        OTP for your transaction is valid for 5 minutes. Never share your OTP with anyone, including bank staff.
        Scheduled maintenance: Internet banking will be unavailable from 2am to 6am on Sunday.
    """),
    ("en", "government"): _lines("""
        CPF contribution rates for employees aged 55 and below remain at 20% (employee) and 17% (employer).
        IRAS: The deadline for e-Filing of Individual Income Tax is 18 April. Paper filing closes on 15 April.
        LHDN reminds taxpayers that Borang BE must be submitted via MyTax by 30 April.
        JPJ road tax can be renewed online through MyEG or the JPJ portal.
        Refer to your letter reference IRAS/IT/2026/000123 when contacting the Comptroller.
        KWSP Account 2 withdrawals for housing are subject to the terms in the Members' Guide.
    """),
    ("en", "school"): _lines("""
        Report card template: [Student Name] shows good progress in Mathematics and participates actively in class.
        Sample comment: A diligent learner who should read more widely to strengthen composition skills.
        Term 3 report cards will be released via Parents Gateway on 18 November.
        Conduct grades: Excellent, Very Good, Good, Fair, Poor.
    """),
    ("en", "tuition"): _lines("""
        PSLE Maths crash course! Small groups of 6, ex-MOE tutors. Call 6123 4567 or WhatsApp our centre hotline.
        Bright Minds Enrichment, Blk 123 Tampines St 11 #01-45 (postal code 521123). Trial class $30.
        Piano lessons for beginners, ABRSM Grade 1 to 8, at our Bukit Timah studio.
        Holiday coding camp for ages 9–12: Scratch, Python and robotics. Early bird ends 30 Nov.
    """),
    ("en", "booking"): _lines("""
        Your booking at Fitness Plus Orchard is confirmed: HIIT class, Fri 7:00pm, booking ref FP-88213.
        Appointment confirmed at Raffles Medical Clinic, 585 North Bridge Road. Please arrive 10 minutes early.
        Reminder: bring your appointment slip (ref APT-2026-55102) and arrive fasting for the blood test.
        Class cancelled due to instructor illness. Your credit has been refunded to your account.
    """),
    ("en", "agm"): _lines("""
        Minutes of the 12th AGM of The Parc Condominium MCST 3456, held on 14 June at the function room.
        Motion 3: To approve the sinking fund contribution of $0.30 per share value. Carried.
        The Chairperson declared a quorum present at 7:35pm. The meeting ended at 9:50pm.
        Council members were reminded that the minutes will be posted on the notice board within 7 days.
    """),
    ("en", "public_notice"): _lines("""
        Lee Kuan Yew, Singapore's first Prime Minister, died on 23 March 2015 at the age of 91.
        Tun Dr Mahathir Mohamad married Tun Dr Siti Hasmah Mohamad Ali in 1956.
        Queen Elizabeth II died at Balmoral Castle on 8 September 2022.
        Pop star Taylor Swift announced her engagement to Travis Kelce in August 2025.
    """),
    ("en", "sports"): _lines("""
        Joseph Schooling touches the wall first in the 100m butterfly, a historic Olympic gold for Singapore!
        Lee Chong Wei's smash is unplayable, and that's match point to Malaysia.
        Messi curls it over the wall and into the top corner. What a free kick!
        Harimau Malaya lead 2–1 at half-time at Bukit Jalil.
        Loh Kean Yew wins the World Championships in Huelva in a stunning final.
    """),
    ("en", "trivia"): _lines("""
        Trivia: Which Singapore film directed by Anthony Chen won the Caméra d'Or at Cannes in 2013? Ilo Ilo.
        Dick Lee wrote 'Home', one of Singapore's best-loved National Day songs.
        In the film, Harry Potter lives at 4 Privet Drive, Little Whinging, Surrey.
        Sherlock Holmes lived at 221B Baker Street, according to Arthur Conan Doyle.
        P. Ramlee starred in and directed Ibu Mertuaku in 1962.
    """),
    ("en", "gaming"): _lines("""
        gg ez, our jungler carried the whole game lol
        anyone wanna duo queue ranked tonight? need a support main
        Team Secret take game 3 and the series 2–1 at the MPL finals!
        Patch 14.3 nerfs the sniper's reload speed by 0.2 seconds.
        Player "xXShadowBladeXx" has joined the lobby.
    """),
    ("en", "cooking"): _lines("""
        For nasi lemak, cook the rice with coconut milk, pandan leaves and a pinch of salt.
        Blend 10 dried chillies, 5 shallots and 2 cloves of garlic for the sambal.
        Grandma's recipe for kaya: 10 eggs, 400 ml coconut milk, 300 g sugar, stir for 45 minutes.
        Bake at 180°C for 25 minutes until a skewer comes out clean.
    """),
    ("en", "travel"): _lines("""
        Day 1: Arrive Kuala Lumpur, check in at hotel, evening walk at Jalan Alor.
        Day 2: Cameron Highlands tea plantation tour, strawberry farm, overnight in Tanah Rata.
        Flight SQ 318 departs Changi T3 at 09:05, arrives London Heathrow at 15:40.
        Booking reference: XK7P2Q. Check-in closes 60 minutes before departure.
    """),
    ("en", "review"): _lines("""
        5 stars. The air fryer heats up quickly and is easy to clean. Would buy again.
        Battery life is disappointing, barely lasts a day with moderate use. 2/5.
        Delivery took 3 weeks and the box was dented, but the product works fine.
        Verified purchase. Size runs small, order one size up.
    """),
    ("en", "tech"): _lines("""
        ## Installation: pip install residency-demo==2.4.1 then run `demo --help`.
        Contributions welcome! Please open an issue before submitting a pull request. Licensed under Apache-2.0.
        Traceback (most recent call last): File "/app/main.py", line 42, in <module> KeyError: 'customer_name'
        java.lang.NullPointerException at com.example.billing.InvoiceService.compute(InvoiceService.java:118)
        SELECT customer_id, customer_name, email, phone FROM customers WHERE created_at > '2026-01-01';
        customer_name,nric,phone,email,postal_code
        INSERT INTO users (name, email) VALUES ('John Doe', 'john.doe@example.com');
        commit 3f9a2b7c1d8e4f6a0b5c9d2e7f1a3b8c4d6e0f2a: fix off-by-one in pagination
        Request ID 550e8400-e29b-41d4-a716-446655440000 failed with HTTP 503.
        SHA-256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        ISBN 978-981-4385-12-6, 2nd edition, 312 pages.
    """),
    ("en", "job"): _lines("""
        We are hiring a Senior Data Engineer (Python, Spark, Airflow). Hybrid, Singapore CBD. Salary S$8k–11k.
        Send your CV to careers@example-company.com.sg. Only shortlisted candidates will be notified.
        Requirements: degree in Computer Science, 3+ years of experience, good communication skills.
    """),
    ("en", "legal"): _lines("""
        This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.
        Neither party shall be liable for any failure to perform due to a Force Majeure Event.
        The Receiving Party shall keep all Confidential Information strictly confidential for a period of 5 years.
        Any dispute shall be referred to arbitration at the Singapore International Arbitration Centre.
    """),
    ("en", "hansard"): _lines("""
        Mr Pritam Singh (Aljunied) asked the Minister for Manpower what is the number of foreign workers on Work Permits.
        Mr Lawrence Wong: Sir, I thank the Member for his question. The Government will review the scheme.
        Speaker of Dewan Rakyat, Tan Sri Johari Abdul, ordered the Member to withdraw the remark.
        Ms Sylvia Lim asked the Minister for Home Affairs about the number of scam cases reported in 2025.
    """),
    ("ms", "general"): _lines("""
        Makan ubat ini dua kali sehari selepas makan. Jangan memandu jika berasa mengantuk.
        Caruman KWSP bagi pekerja di bawah umur 60 tahun ialah 11% daripada gaji bulanan.
        Touch 'n Go: Tambah nilai RM100.00 berjaya. No. rujukan 88120045.
        Sila bawa kad pengenalan asal semasa hadir ke pejabat JPJ untuk pembaharuan lesen.
        Resipi rendang ayam: tumis bahan kisar sehingga pecah minyak, kemudian masukkan kerisik.
        Mesyuarat Agung Tahunan Badan Pengurusan Bersama akan diadakan pada 20 Julai di dewan serbaguna.
        Dato' Sri Siti Nurhaliza menyanyikan lagu Cindai di konsert itu.
        Pelajar ini menunjukkan kemajuan yang baik dalam Bahasa Melayu dan aktif dalam kokurikulum.
    """),
    ("mixed", "general"): _lines("""
        Wah the new bubble tea shop at Bugis damn shiok, but the queue long until cannot tahan.
        Eh this Grab food promo code one-time use only hor, valid until end of month.
        Aiyo my laptop blue screen again lah, stack trace say memory error.
        Boss, this laksa very power, the santan thick thick one. 10/10 would makan again.
        Tonight CNY reunion dinner, must buy yusheng from the NTUC first lah.
        Semalam Harimau Malaya main, sayang betul lose last minute, referee pun buta.
        Nanba, this tuition centre at Little India teaches Tamil oral very well, fees $180 a month only.
        Aiya, the ang pao rates this year — $8 for relatives, $10 for close friends, confirm plus chop.
        Jom makan at the mamak after futsal, I belanja teh tarik.
        PayNow to the company UEN only ah, don't anyhow transfer to personal account.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient Tan Wei Ling, NRIC S7842242D, was prescribed metformin 850 mg twice daily for type 2 diabetes.
        Dear Mr Goh Kah Seng, your claim for hospitalisation at Mount Elizabeth (policy no. PL-2211-884013) has been approved.
        GrabPay: You've received S$250.00 from Lim Soo Hwa (+65 9345 8909).
        PayNow transfer to Mr Rajesh Kumar s/o Subramaniam, mobile 9318 8875, for $1,200 rent.
        IRAS notice of assessment for Mdm Chua Bee Lian (S6791348E): tax payable $4,382.10.
        CPF statement for Mr Darren Ong Jun Hao, NRIC S1715571G, Ordinary Account balance $84,221.55.
        Report card: Ethan Lim Jia Hao (Primary 5 Courage, Rosewood Primary) failed Science and needs remedial support for his dyslexia.
        Booking confirmed for Sarah Ng at Fitness Plus, member no. 88213, phone 8832 7213, email sarah.ng88@gmail.com.
        Clinic appointment: Mr Muthu Krishnan, DOB 14/03/1971, HbA1c follow-up with Dr Lee on 5 Jan.
        AGM minutes: Mr Henry Teo of #12-05 raised that the owner of #08-11, Mrs Angela Koh, is in arrears of $6,430.
        Obituary: Madam Loh Ah Mui, 84, beloved mother of Kelvin and Jasmine, wake at Blk 512 Bedok North Ave 2 #01-120.
        We joyfully announce the wedding of Jonathan Seah and Priscilla Wong on 12 Dec; RSVP to Priscilla at 9652 1834.
        Please send the invoice to Ms Farah Aziz, 23 Jalan Kemuning, #03-02, Singapore 457890.
        Card 4532 7718 0042 9931, exp 09/28, name on card CHEONG MEI YEE.
        My neighbour Vincent Yap drives SJK 4821 B and keeps parking in my lot.
        Employee Priya Ramasamy (FIN G0458317K) was diagnosed with depression and granted 2 weeks of medical leave.
        CSV row: "Koh Boon Kiat",S5413403G,91234876,koh.bh.jr@hotmail.com,520412
        INSERT INTO patients VALUES ('Aaron Chiam Kok Leong', 'S5119506Z', '1988-07-21', 'HIV positive');
        Passport no. E1234567N belongs to Mr Kenneth Foo, travelling on SQ 318 on 3 Jan.
        Tuition tutor wanted for my son Ryan Chan, Sec 2, we stay at 45 Serangoon Ave 3 #09-14; call Mrs Chan at 9781 0246.
        Candidate Melissa Tay Hui Min, 34, expected salary $9,500, currently at DBS, references available at melissa.tay.hm@yahoo.com.
        Mr Alvin Lee Kok Meng's DBS account 012-345678-9 will receive the refund of $3,120.
        Winnie Sim, born 2 Feb 1995, has been a member of our gym since 2021 and is recovering from ACL surgery.
        Stack trace logged user=jasmine.ong@outlook.com ip=203.117.45.22 session for Jasmine Ong, NRIC M2035408Q.
        Reach my dad Ong Teck Chye on nine-one-two-three, four-five-six-seven after 6pm.
        Ms Grace Loh's son was admitted to KKH for dengue fever; she has asked for compassionate leave.
    """),
    "ms": _lines("""
        Encik Ahmad Faizal bin Rosli, No. KP 930501-01-1865, telah membuat pengeluaran KWSP Akaun 2 sebanyak RM15,000.
        Puan Norhayati binti Ismail (611205-14-5167) dikehendaki menjelaskan cukai tertunggak RM2,340 kepada LHDN.
        Saman JPJ untuk kenderaan WXY 8821 milik Encik Lim Chee Keong, 17 Jalan SS2/24, Petaling Jaya.
        Anak saya Nur Aisyah binti Hamdan, darjah 4, menghidap asma dan perlu inhaler di sekolah.
        Sila hubungi Cik Siti Mariam di 019-9111436 untuk tempahan klinik gigi.
        Pesakit Rahman bin Yusof, 56 tahun, No. KP 761014-11-8106, didiagnosis dengan kanser kolon tahap 2.
        Alamat rumah Encik Kamal Hassan: No. 8, Lorong Mawar 3, Taman Seri Indah, 43000 Kajang.
        Akaun Maybank 1642 3387 0915 atas nama Zulkifli bin Abu Bakar untuk bayaran sewa.
        Arwah Hajah Fatimah binti Daud meninggalkan hutang kad kredit RM18,000; waris boleh hubungi Encik Azman di 013-896 0005.
        Touch 'n Go: Anda telah menerima RM300.00 daripada Mohd Hafiz bin Salleh (+60 17-504 1740).
        Ujian darah Puan Lee Mei Fong (850703-04-2668) menunjukkan paras kolesterol tinggi.
        Gaji bulanan Encik Suresh a/l Maniam ialah RM4,800 dan beliau mempunyai pinjaman peribadi RM35,000.
    """),
    "mixed": _lines("""
        Eh my cousin Jeremy Tan Kok Wai just kena diagnosed with diabetes, his NRIC S5119506Z, can help check his CPF Medisave?
        Wah Auntie Lim Siew Hong at Blk 218 Jurong East St 21 #07-33 owe the tontine $5k already, cannot find her.
        Bro, you PayNow me to 8877 6612, that one my personal number, name Marcus Low.
        Aiyo my wife Deborah Goh pregnant again, due date 14 March, KKH gynae say high risk.
        Kak, tolong transfer ke akaun CIMB 7012 4455 8821 nama Nurul Syafiqah bt Kamarudin, untuk yuran tuisyen.
        Thambi Arun Prakash, your IC 860120-05-2347 leaked on the group chat, delete fast.
        My father-in-law Chew Ah Kow, 78, got dementia already, we looking for nursing home near Toa Payoh.
        Boss, the car SNB 1234 K belong to Mr Derek Sim, he owe me money, his number 9023 7718.
        Lao shi said Chloe Teo Xin Yi cheated in the SA2 paper, her mother Mrs Teo very angry, call her 9344 1207.
        Ah Beng aka Lim Wei Jie, email weijie.lim1990 at gmail dot com, DOB 3-11-1990, play Valorant with us every night.
        Nanba Karthik Raj's wedding at Sri Srinivasa Perumal, his amma Mrs Kamala Raj can be reached at 9612 4480.
        Makcik Rosnah bt Ali, IC 740831-14-6213, stay kat Flat Sri Kota Blok C-12-3, dia sakit buah pinggang kena dialysis.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you draft a letter to my insurer about my claim?"),
        ("assistant", "Sure. Please share the policy number and what the claim is for."),
        (
            "user",
            "Policy PL-3391-220871, I'm Benjamin Quek, NRIC S6791348E, surgery for a herniated disc at Gleneagles on 2 Nov.",
        ),
    ],
    [
        ("user", "Help me write a report card comment."),
        ("assistant", "Happy to. Tell me a little about the student."),
        (
            "user",
            "Sophia Lee Wen Qi, P3 Integrity, ADHD, very bright but often disruptive; mum's number is 9345 8909.",
        ),
    ],
    [
        ("user", "Tolong semak surat KWSP ni."),
        ("assistant", "Boleh, sila tampal kandungan surat itu."),
        (
            "user",
            "Kepada Encik Ismail bin Othman, No. Ahli KWSP 18823345, No. KP 841027117428, baki Akaun 1 RM142,300.",
        ),
    ],
    [
        ("user", "Eh can help me clean up this CSV?"),
        ("assistant", "Sure, paste the rows and tell me the format you want."),
        ("user", "name,phone,unit\nChong Li Ping,9318 8875,#04-12\nRavi Shankar,8123 4460,#10-07"),
    ],
    [
        ("user", "Summarise the condo AGM minutes for me."),
        ("assistant", "Please paste the minutes and I'll summarise them."),
        (
            "user",
            "Owner of #15-03, Mr Patrick Yeo, complained that Mdm Ong Lay Kheng in #16-03 has hoarding disorder and leaks water.",
        ),
    ],
    [
        ("user", "I need to send money lah, how to do PayNow?"),
        ("assistant", "Open your banking app, choose PayNow, and enter the mobile number or UEN."),
        (
            "user",
            "Ok the number is 9781 0246, name Tan Hui Shan, my ex-wife, for the monthly child maintenance $800.",
        ),
    ],
    [
        ("user", "Can you recommend a gym near Tampines?"),
        ("assistant", "There are several chains around Tampines Hub and Century Square."),
        (
            "user",
            "Ok book for me: Lionel Chua, born 8 Aug 1982, 45 Tampines St 42 #11-280, I have a heart condition so low intensity only.",
        ),
    ],
    [
        ("user", "Translate this message to Tamil for my amma."),
        ("assistant", "Sure, please share the message."),
        (
            "user",
            "Dr said Amma Lakshmi Narayanan's kidney function dropped, MyKad 611205-14-5167, next dialysis at HKL on Tuesday.",
        ),
    ],
]
