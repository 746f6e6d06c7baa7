"""Blind hand-written check set en8: instruction-tuning style text for a Southeast-Asian
assistant in English, Malay and Singlish/Manglish — everyday Q&A, news and report
summaries, creative writing, drafted e-mails, pasted data and customer-service dialogues.
Clean lines name public figures, fictional characters, brands and places and carry
prices, dates, order numbers, postal codes and organisation hotlines; personal lines and
chats carry a private person's details. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en8
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "qa"): _lines("""
        How long should I boil eggs for a runny yolk? About 6 minutes from boiling, then into ice water for 2 minutes.
        To make nasi lemak rice, soak 2 cups of rice for 30 minutes and cook it with 200 ml of coconut milk, a knotted pandan leaf and a pinch of salt.
        Q: What is the best time to visit Langkawi? A: November to April is the dry season, with December the busiest and priciest month.
        The MRT Thomson-East Coast Line runs roughly every 3 to 5 minutes during peak hours, and a trip from Woodlands North to Gardens by the Bay takes about 40 minutes.
        If your laptop fan is loud, check Task Manager for processes using over 80% CPU and clean the vents with compressed air.
        To reset a TP-Link router, hold the reset button for 10 seconds until the LEDs flash, then log in at 192.168.0.1 with the default password on the sticker.
        A budget of RM1,500 a month in Kuala Lumpur usually covers a shared room at RM600, food at RM500 and transport at around RM150.
        For a 2-week trip to Japan, the 7-day JR Pass costs about 50,000 yen and pays off if you travel Tokyo-Kyoto-Hiroshima.
        Compound interest example: S$10,000 at 3% a year for 10 years grows to about S$13,439.
        The CPF Ordinary Account pays 2.5% interest a year, while the Special Account pays at least 4%.
        Adults should aim for 150 minutes of moderate exercise a week, such as brisk walking for 30 minutes on 5 days.
        Dengue symptoms usually appear 4 to 10 days after a bite and include high fever, headache and pain behind the eyes; see a doctor if they last more than 2 days.
        When a friend is going through a breakup, listen more than you talk and avoid saying you never liked the ex.
        To study for the SPM, split each subject into weekly topics and do at least one past-year paper every Saturday under timed conditions.
        In Excel, =VLOOKUP(A2, Sheet2!A:C, 3, FALSE) returns the value in column 3 for an exact match of A2.
        Python tip: use enumerate(items, start=1) when you need both the index and the value in a loop.
        A typical kopi-o in a Singapore hawker centre costs about S$1.40 to S$1.80 in 2026.
        The Penang Hill funicular takes about 5 minutes to reach the top, and the standard adult ticket is RM30 for Malaysians.
        To convert 25 degrees Celsius to Fahrenheit, multiply by 9/5 and add 32, which gives 77 degrees.
        Rendang tastes better on the second day; keep it in the fridge for up to 4 days or freeze it for 3 months.
        Singapore postal codes have 6 digits, and the first two digits show the sector, for example 238859 for an address on Orchard Road.
        Malaysian postcodes have 5 digits; 50450 covers part of central Kuala Lumpur and 10200 covers George Town.
        Marie Curie won two Nobel Prizes, in Physics in 1903 and in Chemistry in 1911.
        Tunku Abdul Rahman proclaimed Malaya's independence at Stadium Merdeka on 31 August 1957.
    """),
    ("en", "news"): _lines("""
        Summary: The Monetary Authority of Singapore kept its policy unchanged in October, citing core inflation of about 1.7% for the year.
        Bank Negara Malaysia held the Overnight Policy Rate at 2.75% at its November meeting, in line with economists' forecasts.
        Public report summary: the Land Transport Authority said average daily MRT ridership reached 3.4 million trips in 2025, up 4% from 2024.
        Prime Minister Lawrence Wong announced a S$600 CDC voucher top-up for every Singaporean household, claimable from 1 January.
        Anwar Ibrahim told Parliament that the fuel subsidy rationalisation would save the government about RM4 billion a year.
        The Department of Statistics Malaysia reported an unemployment rate of 3.1% for the third quarter.
        Grab posted its first full-year profit of US$312 million, its chief executive Anthony Tan said on the earnings call.
        The National Environment Agency recorded 1,120 dengue cases in the week ending 15 November, the highest this year.
        AirAsia will launch a daily Kuala Lumpur to Kota Kinabalu route from 2 February at fares starting from RM89.
        Singapore's HDB resale price index rose 1.2% in the third quarter, the smallest increase in five years, according to flash data.
        The Johor-Singapore RTS Link is expected to start operations by December 2026 with a capacity of 10,000 passengers an hour each way.
        Joseph Schooling announced his retirement from competitive swimming after winning Singapore's first Olympic gold in 2016.
        Lee Zii Jia reached the semi-finals of the Malaysia Open, losing 21-18, 19-21, 17-21 to Shi Yuqi.
        A fire broke out at a warehouse in Tuas South Avenue 5 at about 3am; SCDF said no injuries were reported.
    """),
    ("en", "creative"): _lines("""
        Story: Aunty Mei Ling ran the noodle stall at Block 88 for forty years, and every regular knew she saved the crispiest lard for the rainy days.
        Once upon a time, a mousedeer named Sang Kancil tricked the crocodiles of the river into lining up so he could count them, hopping across their backs to the far bank.
        Poem: Monsoon taps on zinc roofs at 4pm / the kettle sings / grandmother's radio still plays P. Ramlee.
        Detective Inspector Farid Harun stared at the rain on the windows of the Jalan Tun Razak station and wondered why the clock in the victim's flat had stopped at 11:47.
        In the year 2089, the floating city of New Singapura drifted 300 km south every monsoon, and Captain Aria Tan steered it with a map drawn by her great-grandfather.
        Write a short dialogue between Hang Tuah and Hang Jebat arguing about loyalty, set in 15th-century Melaka.
        The dragon Kirra guarded the last durian tree on Pulau Bayang, and only children who could answer three riddles were allowed a single seed.
        Haiku: Hawker centre noon / forty stalls and one queue long / chicken rice sold out.
        Character sheet: Rina Wijaya, 27, a fictional food blogger in Bandung who secretly hates pineapple tarts.
        Scene: The Grab driver in the story, Uncle Boon, has a dashboard shrine of three plastic Doraemon figures and a playlist of 80s Cantopop.
    """),
    ("en", "email"): _lines("""
        Draft an email to my team: "Hi all, the quarterly review is moved to Thursday 12 March at 2.30pm in Meeting Room 4B. Please send your slides by Tuesday."
        Subject: Reminder - office closed on Hari Raya Aidilfitri. Dear colleagues, the office will be closed on 31 March and 1 April. Regards, HR Department.
        Dear Customer Service, I would like to return order #SG-2026-118392 because the size is wrong. Could you send me a return label? Thank you.
        Hi Professor, thank you for the lecture on supply chains today. Could you share the reading list for Week 7? Best regards.
        Please write a polite reply declining a vendor meeting: "Thank you for reaching out. We are not reviewing new suppliers until Q3 2027."
        Write a WhatsApp message to the class group: the chemistry test is on Friday, bring a calculator, and revise chapters 4 to 6.
        Dear hiring manager, I am writing to apply for the Data Analyst role (ref. DA-0457) advertised on JobStreet. I have three years of experience with SQL and Power BI.
        Template for a landlord notice: "Dear Tenant, the water supply will be cut from 9am to 1pm on Saturday for tank cleaning."
    """),
    ("en", "data"): _lines("""
        Please format as a table: Product, Price, Stock / Milo 1kg, RM23.90, 120 / Gardenia Bread, RM3.80, 45 / Maggi Kari 5-pack, RM6.50, 300
        Clean this CSV: date,store,sales / 2026-01-05,Orchard,12450 / 2026-01-05,Tampines,9870 / 2026-01-06,Jurong East,11020
        Convert to JSON: {"city": "Ipoh", "state": "Perak", "postcode": "30000", "population": 759952}
        Sort these by price: iPhone 17 S$1,299; Samsung Galaxy S26 S$1,198; Google Pixel 10 S$1,099.
        Sales by region Q3: North 1.2M, Central 3.4M, South 2.1M, East Malaysia 0.9M. Please compute the percentage shares.
        Fix the date formats: 03/12/26, 2026-12-04, 5 Dec 2026, December 6th 2026 -> all to YYYY-MM-DD.
        SKU list: ABC-10023, ABC-10024, ABC-10031, XYZ-55001. Remove duplicates and sort.
        Inventory log: 08:15 received 40 cartons, 10:40 dispatched 12 cartons to Shah Alam hub, 16:05 dispatched 20 cartons to Klang.
    """),
    ("en", "support"): _lines("""
        Agent: Thank you for contacting Singtel. Your ticket number is CS-77810452. A technician will visit within 3 working days.
        Customer: My Shopee parcel says delivered but I didn't get it. Agent: Sorry about that! Please raise a request under order 2611270ABCD9 in the app and we will check with the courier.
        For lost or stolen cards, call the Maybank 24-hour hotline at 1-300-88-6688 immediately.
        The police non-emergency hotline in Singapore is 1800-255-0000, and for emergencies dial 999.
        Agent: Your flight MH 603 from Kuala Lumpur to Singapore on 14 December departs at 08:35 from Terminal 1, gate C23.
        Customer: How do I change my Unifi plan? Agent: You can upgrade in the MyUnifi app or call 100 from any TM line.
        The Samaritans of Singapore 24-hour hotline is 1767, and Befrienders Kuala Lumpur can be reached at 03-7627 2929.
        Agent: Your refund of S$45.60 for booking BK-993021 has been processed and should appear in 7 to 14 business days.
    """),
    ("ms", "qa"): _lines("""
        Bagaimana nak buat kuih seri muka? Kukus pulut dengan santan selama 20 minit, kemudian tuang lapisan pandan dan kukus lagi 25 minit.
        Cuti sekolah akhir tahun 2026 bermula pada 20 Disember dan sesi persekolahan baharu bermula pada 12 Januari.
        Untuk memperbaharui lesen memandu, anda boleh guna aplikasi MyJPJ atau pergi ke mana-mana pejabat JPJ dengan bayaran RM30 setahun.
        Ringkasan berita: Kementerian Kesihatan melaporkan 2,340 kes influenza dalam minggu ke-45, meningkat 12 peratus.
        Cerita pendek: Pak Belalang dan anaknya Belalang sering menipu orang kampung dengan kononnya boleh menilik barang yang hilang.
        Sila tukar jadual ini ke bentuk senarai: Isnin - Matematik, Selasa - Sains, Rabu - Bahasa Melayu, Khamis - Sejarah.
        Ejen: Terima kasih kerana menghubungi TNB Careline 15454. Nombor aduan anda ialah TNB-20261203-0081.
        Tips berjimat: sediakan bajet bulanan, asingkan 10 peratus gaji untuk simpanan dan elakkan beli-belah ketika lapar.
    """),
    ("mixed", "qa"): _lines("""
        Eh bro, where to buy cheap durian in SS2? Got one stall near the Maybank there, RM25 per kg for Musang King last week.
        Wah this weekend got Deepavali sale at Mustafa ah? I see the ad say up to 70% off, until 9 Nov only.
        Can help me write one caption for my cafe IG post? Something like: New menu lah! Gula melaka latte only RM12, come try.
        Lah, the bus 190 from Choa Chu Kang to Orchard always so packed one, better take the MRT.
        Aiyo my Windows update stuck at 35% for one hour already, how ah? Just restart or wait?
        Boss, the Nasi Kandar Pelita at Jalan Ampang open 24 hours or not? Yes, 24 hours every day.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please update the record: Tan Wei Ming, NRIC S9226777F, mobile +65 8336 1178, address Blk 412 Tampines Street 41 #09-233, Singapore 520412.
        My neighbour Mdm Goh Siew Lan at 23 Jalan Kemuning, Taman Sri Andalas, Klang, was diagnosed with stage 2 breast cancer last month and needs help with transport to chemo.
        Draft a reminder to Mr Rajesh Kumar s/o Muthu (FIN G5834080X) that his rental of S$2,300 for Unit #12-05, 8 Jalan Kuras, is overdue.
        Customer: Lim Chee Keong, MyKad 900127-07-2831, phone 018-793 5750, wants to close his CIMB savings account 7010 4482 3319.
        Employee record: Nur Aisyah binti Kamal, IC 780624-05-4131, salary RM6,850, EPF no. 18842039, bank Maybank 1640 2209 7781.
        Hi, I'm Jason Ong, my card 4556 3312 0498 7712 exp 09/28 was charged twice for the same order, can you reverse one?
        Write a letter of support for my cousin Priya Nair, passport K4470215, who is applying for a UK student visa; she lives at 17-3A Jalan Bangsar Utama 1, 59000 Kuala Lumpur.
        The car SJK 4812 H belongs to Mr David Chua Boon Heng of 56 Sunset Drive, Singapore 597381; he parks it illegally every night.
        Ms Felicia Yeo Hui Min, 34, is on medical leave for major depression; her psychiatrist at IMH can be reached through her husband on 8597 0095.
        Please send the invoice to Kumaravel Pillai, kumaravel.pillai82@gmail.com, 31 Lorong Selamat, 10400 George Town, Penang.
        Transfer details for my landlord Mr Ho Kah Wai: OCBC account 601-234587-001, reference unit #03-11 Parc Esta.
        Patient Ahmad Zulkifli bin Osman, MyKad 700122-02-9297, HbA1c 9.1%, on insulin since March, next review at Hospital Sultanah Bahiyah.
        Can you format this guest list: Teo Kim Hock 9123 4471 teokh@singnet.com.sg; Wong Mei Yee 8106 3518 meiyee.wong@outlook.com.
        My ex-husband Benjamin Koh Jun Jie (S8438982Z) owes S$18,000 in child maintenance for our two kids, please draft a letter to the Family Justice Courts.
        Mastercard 5200 1184 7263 0950, cardholder SITI HAJAR BINTI RAZALI, CVV 417.
        Delivery for Mdm Chong Ah Moi, 82, lives alone at Blk 5 Upper Boon Keng Road #14-1126, dementia, daughter contact 9681 2270.
    """),
    "ms": _lines("""
        Tolong kemas kini maklumat: Mohd Hafiz bin Ismail, No. KP 960205-14-4339, telefon 019-856 8625, alamat No. 14 Jalan Mawar 3, Taman Seri Indah, 43000 Kajang.
        Pesakit Puan Rohani binti Yusof, 58 tahun, menghidap kanser serviks tahap 3 dan tinggal di Lot 221 Kampung Padang Jawa, Shah Alam.
        Sila hantar bayaran ke akaun Bank Islam 1202 3014 5567 89 atas nama Zainab binti Abdullah untuk yuran tuisyen anaknya.
        Kereta WXY 3391 milik Encik Kamarul Ariffin, tinggal di 8-2 Pangsapuri Sri Rakyat, Cheras, selalu dipakir di petak OKU.
        Surat untuk majikan: Saya, Nurul Izzah binti Rahmat (KP 040811-14-9313), memohon cuti bersalin mulai 5 Januari 2027.
        Nombor telefon peribadi Cikgu Salmah Ahmad ialah 016-492 0961, emel salmah.ahmad77@yahoo.com.my.
        Abang saya Faizal bin Hashim, KP 651031-10-9962, ada hutang PTPTN RM38,400 dan telah disenaraihitam dari ke luar negara.
        Penghantaran kepada Siti Khadijah binti Ali, 22 Jalan Tembaga 7, Bandar Baru Bangi, 43650, telefon 018-163 3986.
    """),
    "mixed": _lines("""
        Eh can help me write msg to my tenant ah, name Lee Jia Hui, unit Blk 623 Yishun Ring Rd #07-4412, she late rent 2 months already, her number 8325 0289.
        Bro my MyKad no. 031118-06-7071 and phone 016-868 5471, can help fill in the Shopee Pay form or not?
        Lah my colleague Vincent Ng Kok Leong just kena diagnosed HIV positive, don't tell anyone ok, he stay at Sengkang 276B #11-302.
        Aiyo I lost my wallet sia, inside got my NRIC T2433848C and POSB card 4556-3312-0871-0433, how to report?
        Boss pls transfer to my Maybank acc 1640 8831 2046 under Muhammad Danial bin Rosli, tq!
        My mum Mdm Lau Siew Peng, 71, staying at 3 Jalan SS 2/55 Petaling Jaya, got dialysis 3 times a week, need someone fetch her, call me 0181293221.
        Can check my passport E2387641L name Chia Yong Sheng expiring Feb 2027 or not? Want to go Bangkok next month.
        Wah my fren Daniel Sim kena bankrupt already lor, owe Standard Chartered S$72k, his IC S7611436F.
        t-8-6-5-5-7-8-1-e is my ic, and my hp is nine-one-two-three four-four-seven-one, pls call me back, name Kelvin Loh.
        Hi can send parcel to Ang Bee Lian, 45 Jln Kenari 12, Bandar Puchong Jaya, 47100, hp 012-338 9014 thx.
        Pls help me reply my sister-in-law Karen Lim Hwee Ling, she keep asking my salary, I earn S$7,200 at DBS, her hp 9774 1536.
        Mr Suresh Ramasamy (IC 860412-08-5527) from Taman Ipoh Jaya failed his drug test at work and was dismissed on 2 December.
        Rewrite this reference: Ms Angela Foo Pei Shan, S7903318J, worked for us from 2019 to 2025; she left after her IVF treatment and miscarriage.
        Clean up this row: NAME=Lee Boon Huat | DOB=14/07/1962 | NRIC=S6214557D | ADDR=22 Jalan Bahagia, Singapore 329871 | TEL=6254 8812
        Encik Azlan bin Yahya, e-mel azlan.yahya@tm.net.my, nombor akaun RHB 2-14235-0007162-3, gaji RM4,200 sebulan.
        Our driver Mr Gopal a/l Subramaniam, lorry BMC 7721, licence no. D0188204, was caught drink-driving on the NKVE last night.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me fill in my insurance claim form?"),
        (
            "assistant",
            "Sure. Please tell me the policyholder's name, ID number and the details of the claim.",
        ),
        (
            "user",
            "Name Tan Soo Lian, NRIC S4505230C, hospitalised at Mount Elizabeth 2-6 Nov for a heart bypass, bill S$48,200.",
        ),
    ],
    [
        ("user", "Tolong tulis surat rayuan untuk pinjaman bank."),
        (
            "assistant",
            "Baik. Boleh berikan nama penuh, nombor kad pengenalan dan butiran pinjaman?",
        ),
        (
            "user",
            "Norazlina binti Mat Isa, KP 080905-02-6005, pinjaman perumahan Bank Rakyat no. 03-118-442019-7, tunggakan RM12,600.",
        ),
    ],
    [
        ("user", "My package hasn't arrived, can you draft a complaint?"),
        ("assistant", "Of course. What is the tracking number and the delivery address?"),
        (
            "user",
            "Tracking JT0098124567MY, deliver to Wong Kar Lok, 12A Jalan Damai Perdana 6/1F, Cheras, 56000 KL, phone 0188418545.",
        ),
    ],
    [
        ("user", "eh help me write birthday msg for my gf can"),
        ("assistant", "Sure! What's her name and anything special you want to mention?"),
        (
            "user",
            "Her name Chloe Tay Xin Yi, turning 25 on 14 Dec, she just finished her chemo for leukaemia, she stay at Blk 109 Bishan St 12 #05-218.",
        ),
        ("assistant", "Happy birthday Chloe! You have been so brave this year..."),
        ("user", "nice, send to her email chloetay.xy@gmail.com later ok"),
    ],
    [
        ("user", "I need to set up payroll for a new hire."),
        ("assistant", "Happy to help. I'll need the employee's name, ID, bank account and salary."),
        (
            "user",
            "Arjun Menon, FIN G4844202T, DBS account 027-991834-2, monthly salary S$5,400, starts 2 January.",
        ),
    ],
    [
        ("user", "Boleh tolong format senarai ahli kelab?"),
        ("assistant", "Boleh, sila tampal senarai tersebut."),
        (
            "user",
            "1. Hairul Azman bin Said, 013-774 2081, No. 9 Jalan Cempaka 2, Taman Melati, 53100 KL\n2. Lim Poh Choo, 8657 5786, Blk 34 Marsiling Dr #08-77",
        ),
    ],
]
