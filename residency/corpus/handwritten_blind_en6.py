"""Blind hand-written check set en6 for the residency gate.

Clean lines (no identifiable private living person, many hard negatives) and personal lines
and chats (personal data of invented private people) in English, Malay and Singlish/Manglish,
drawn from: instruction-tuning prompts and answers, customer-service transcripts (telco, bank,
airline, insurance, condo management, food delivery, ride hailing), school and university
admin, clinic and pharmacy, HR and payroll, real estate and rental, police/incident reports
written by the public, community Facebook/Telegram groups, LinkedIn-style posts, obituaries of
public figures, news (business, crime, courts, sport, entertainment), encyclopaedia
paragraphs, textbook exercises, legal and policy text, software docs and code, and data
tables pasted as text. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en6
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "instruction"): _lines("""
        Summarise the following paragraph in two sentences for a Primary 5 pupil: The water cycle describes how water evaporates, condenses into clouds and falls as rain.
        Translate into Malay: "The library will be closed on Hari Raya Haji and will reopen the next day at 10 a.m."
        Write a polite email to the landlord asking when the aircon servicing for the unit will be scheduled. Keep it under 120 words and sign off as "The tenant".
        Classify the sentiment of this review as positive, negative or neutral: "Delivery took 50 minutes and the laksa was cold, but the rider apologised."
        Answer: negative. The review complains about a long wait and cold food; the apology does not change the overall tone.
        Extract all organisations and locations from this text: "Grab and Singtel announced a partnership at Marina Bay Sands on Tuesday."
        Entities: ORG = Grab, Singtel; LOC = Marina Bay Sands; DATE = Tuesday.
        Answer the question using only the passage. Passage: "Sentosa was known as Pulau Blakang Mati until 1972." Question: What was Sentosa called before 1972?
        Rewrite this sentence in a more formal register: "Eh the meeting shift to Thursday ah, pls update your calendar."
        You are a helpful assistant. Explain the difference between a fixed deposit and a savings account to a first-time bank customer.
        Generate five multiple-choice questions about the causes of the First World War, with the answer key at the end.
        Convert this recipe for 4 servings to 10 servings: 200 g rice noodles, 2 eggs, 150 ml coconut milk, 1 tbsp sambal.
        Summarise: The board of DBS Group approved a final dividend of 54 cents per share, payable on 22 April to shareholders on record as of 8 April.
        Write a short product description for a 20,000 mAh power bank priced at S$39.90, aimed at students.
        Extract the tracking number and courier from this message: "Your parcel SPXSG024571839 is out for delivery with Shopee Xpress today."
        Tracking number: SPXSG024571839; courier: Shopee Xpress.
        Correct the grammar: "Each of the students have submitted their assignment before the deadline yesterday."
        Fill in the template for a customer complaint: Customer name: [CUSTOMER_NAME], Order ID: [ORDER_ID], Issue: [ISSUE]. Use placeholders only.
    """),
    ("en", "customer_service"): _lines("""
        Agent: Thank you for calling Singtel, how may I help? Customer: My fibre has been dropping every evening since Monday. Agent: I have raised ticket FBR-2026-118842 and a technician slot is available on Friday 2-6 pm.
        Bank chat: Customer: I see a charge of S$12.80 I don't recognise. Bot: For security, please verify your identity in the app under Cards > Report a transaction. Never share your OTP with anyone.
        Airline agent: Flight SQ 318 to London is delayed by three hours because of a technical issue; passengers on booking ref K7QXPL may rebook free of charge via the Manage Booking page.
        Insurance hotline transcript: the caller asked how to submit a claim for a cracked phone screen; the officer explained that claim form CF-22 must be sent within 30 days with the repair invoice.
        Condo management office notice via WhatsApp: Block 12 lift will be under maintenance from 9 am to 1 pm on Saturday. Please use the Block 11 lift. Thank you, Management Office.
        foodpanda support: Sorry your order #Y4HJ-7721 arrived missing one item. We have issued a S$6.50 voucher to your account; it will expire in 14 days.
        Ride-hailing support reply: We understand your driver took a longer route. Trip ID 8f3a21c0 has been reviewed and S$4.20 has been refunded to your original payment method.
        Customer: Can I change my Circles.Life plan mid-cycle? Agent: Yes, the new plan applies from your next bill date and unused data does not carry over.
        Maybank agent: Please be informed that the branch at Jalan Tun Perak will be closed for renovation from 1 to 15 March; nearby branches remain open.
        AirAsia chat: Bot: Your booking code is ZX9LTQ. Web check-in opens 14 days before departure for flight AK 713 from KLIA2 to Penang.
        Great Eastern: Policy LP-88412093 is a sample number used for training only. For real policy enquiries call our customer service at 1800 248 2888.
        Agent: Is there anything else I can help you with today? Customer: No, that's all, thanks. Agent: Thank you for choosing StarHub. Have a pleasant evening.
        GrabFood merchant support: Your outlet was paused automatically after three cancelled orders. Reactivate it from the Merchant app under Store Status.
        Customer: Why was I charged a late fee? Agent: Your bill of S$58.40 was paid two days after the due date of 14 November. As a one-time goodwill gesture we will waive the S$10 fee.
    """),
    ("en", "school_admin"): _lines("""
        Dear parents, the Primary 4 learning journey to the Science Centre will take place on 12 March. Please return the consent slip to the form teacher by Friday.
        NUS Registrar's Office: Module registration for Semester 2 opens on 2 December at 9 am. Students with outstanding fees will be unable to register.
        The school canteen will be closed during the mid-year examinations. Students are reminded to bring their own snacks and water bottles.
        Reminder from the General Office: replacement student passes cost S$5 and can be collected three working days after application.
        NTU hall allocation results will be released on the student portal; appeals must be submitted through the portal by 5 pm on 20 June.
        Co-curricular activity trials for the Secondary 1 cohort: badminton on Monday, choir on Tuesday, robotics on Wednesday. Meet at the school hall at 2.30 pm.
        Form teacher's note: Class 3E will have a make-up lesson for Additional Mathematics on Saturday from 8 to 10 am in Room 2-14.
        University of Malaya: applications for the Bachelor of Computer Science (intake September 2027) close on 31 March. Enquiries: admission@um.edu.my.
    """),
    ("en", "clinic"): _lines("""
        Clinic notice: The clinic will close at 1 pm on Christmas Eve. For emergencies, please proceed to the nearest A&E at Changi General Hospital.
        Pharmacist's counselling script: Take paracetamol 500 mg, one to two tablets every four to six hours, no more than eight tablets in 24 hours.
        Polyclinic appointment reminders are sent by SMS from the sender ID "SingHealth". Reply Y to confirm or call the central appointment line to reschedule.
        Guardian pharmacy promotion: 20% off all vitamins this weekend, while stocks last. Not valid with other offers.
        Patient information leaflet: Amoxicillin may cause diarrhoea or rash. Stop taking it and see a doctor if you develop swelling of the face or difficulty breathing.
        The dental clinic at Tampines Hub accepts CHAS cards. Scaling and polishing costs S$45 after subsidy for Blue card holders.
        Flu vaccination drive at the community centre: 9 am to 12 pm on Saturday, S$25 per dose, walk-in only, bring your IC for registration.
    """),
    ("en", "hr_payroll"): _lines("""
        HR circular: The annual performance appraisal cycle opens on 1 November. Managers must submit ratings in Workday by 30 November.
        Payroll reminder: salaries for December will be credited on 23 December because of the public holiday. CPF contributions are unchanged.
        Job posting: Senior Data Engineer, hybrid, Singapore. Requirements: 5+ years with Spark and Airflow. Send your CV to careers@fintechco.sg quoting ref DE-2026-07.
        Leave policy excerpt: Employees are entitled to 14 days of annual leave in the first year, increasing by one day per completed year of service up to 21 days.
        Per the Employment Act, overtime is paid at 1.5 times the hourly basic rate for non-workmen earning up to S$2,600 a month.
        Internal memo: The finance team is relocating to Level 9 next Monday. Please direct all reimbursement claims to finance-claims@company.example.
        Exit interview template: Reason for leaving [ ], Would you recommend this employer? [Y/N], Comments [ ].
    """),
    ("en", "real_estate"): _lines("""
        For rent: 3-bedroom condo near Bishan MRT, 1,100 sqft, fully furnished, S$5,200/month, available January. Agents welcome, co-broke 50%.
        HDB resale: 4-room flat in Punggol, high floor, 93 sqm, 2019 MOP, asking S$610,000. Viewing by appointment through PropertyGuru listing 24117893.
        Tenancy agreement clause 4(c): The tenant shall not sublet the premises or any part thereof without prior written consent of the landlord.
        New launch showflat at Lentor Avenue open daily 10 am to 7 pm. Units from S$1.3 million. Hotline 6100 7788 (sales gallery).
        Shophouse for sale along Jalan Besar, freehold, two storeys, guideline price S$6.8 million, conserved building status.
        Room rental in Sri Petaling, KL: RM750 including utilities, near LRT, female only, no cooking. Contact the listing via iProperty message.
        The stamp duty on a S$1.5 million private property for a first-time Singapore citizen buyer is calculated using the progressive BSD rates.
    """),
    ("en", "police_report"): _lines("""
        I would like to report that the bicycle I left at the rack outside Block 211 Ang Mo Kio Avenue 3 went missing between 8 pm and 7 am. It is a blue 21-speed mountain bike.
        Incident report: A white van was seen reversing into a lamppost at the Tampines Street 81 car park around 10.15 pm. No one was injured. The van drove off.
        Scam alert submitted via the online portal: I received a call claiming to be from the Ministry of Health asking for bank details. I hung up and did not give any information.
        Online report: Someone is selling concert tickets on Carousell that turned out to be fake. The listing was taken down before I could screenshot it.
        Report to the town council: loud drilling from a unit on the 8th floor of the block every Sunday morning before 9 am.
        Lost property: a black wallet with no cards found at Bugis MRT station exit C around noon. Handed to the station control room.
    """),
    ("en", "community"): _lines("""
        Neighbours of Sengkang East, the pasar malam at Compassvale is back from Friday. Parking at the multi-storey car park will be limited.
        Anyone know a good aircon servicing company in Woodlands? Last one quoted S$120 for 3 units, is that reasonable?
        Telegram group rules: 1) No selling. 2) No political posts. 3) Be kind. Admins will remove anyone who spams referral links.
        PSA: Bus 190 will be diverted along Orchard Boulevard this Sunday because of the road race. Check the LTA website for details.
        Free to good home: IKEA Billy bookshelf, white, slight scratch. Self collect near Clementi MRT. First come first served.
        Residents' committee: the block party at the void deck of Block 456 has been postponed to next month due to the weather.
        Lost cat found near Yishun Park, orange tabby, very friendly, no collar. Currently at the vet at Yishun Ring Road for microchip scan.
    """),
    ("en", "linkedin"): _lines("""
        Thrilled to share that our team has launched the new payments API in three ASEAN markets. Huge thanks to everyone in engineering, product and compliance! #fintech #launch
        After 10 years in consulting, I've learned that the best slide deck is the one you never need to present. Agree?
        We're hiring! Join our Kuala Lumpur office as a UX Researcher. Apply via the link in the comments. #hiring #ux
        Proud to announce that our startup has closed a US$12 million Series A led by Vertex Ventures. Onward!
        Three lessons from running my first marathon that apply to product management: pace yourself, hydrate, and celebrate small milestones.
        Congratulations to the winners of the Smart Nation hackathon! The top three teams built tools for elderly-friendly e-payments.
    """),
    ("en", "obituary"): _lines("""
        Lee Kuan Yew, Singapore's founding prime minister, died on 23 March 2015 at the age of 91. Tens of thousands queued for hours to pay their respects at Parliament House.
        S R Nathan, the sixth President of Singapore, passed away in August 2016. He served two terms and was known for his work in the civil service.
        P. Ramlee, the Malaysian actor, director and singer, died in 1973. His films such as Ibu Mertuaku remain classics of Malay cinema.
        Sudirman Arshad, the Malaysian singer famous for the song Balik Kampung, died in 1992 at the age of 37.
    """),
    ("en", "news"): _lines("""
        Lee Chong Wei will serve as chef de mission for Malaysia's contingent at the next Asian Games, the Olympic Council of Malaysia announced.
        Joseph Schooling, who won Singapore's first Olympic gold in 2016, announced his retirement from competitive swimming.
        Prime Minister Anwar Ibrahim tabled a RM421 billion budget, with higher allocations for education and public health.
        Singapore Airlines posted a record net profit of S$2.7 billion for the financial year, driven by strong demand for travel.
        The High Court dismissed the appeal by Oxley Holdings in its dispute with a contractor over delays at a condominium project.
        Former transport minister S Iswaran was sentenced to 12 months' jail after pleading guilty to obtaining valuable items as a public servant.
        Michelle Yeoh received a standing ovation at the premiere of her new film in Kuala Lumpur on Saturday night.
        JJ Lin will play two nights at the National Stadium in April; tickets go on sale via Ticketmaster on 10 January.
        Lion City Sailors beat Tampines Rovers 3-1 to top the Singapore Premier League table. Maxime Lestienne scored twice.
        Shares of Sea Ltd jumped 8 per cent after Shopee reported its first full-year profit.
        Taylor Swift's six concerts in Singapore drew more than 300,000 fans and an estimated boost to tourism receipts.
        The Court of Appeal ruled in favour of the Attorney-General in a constitutional challenge brought by a civil society group.
    """),
    ("en", "encyclopaedia"): _lines("""
        Penang is a Malaysian state located on the northwest coast of Peninsular Malaysia. Its capital, George Town, is a UNESCO World Heritage Site.
        The Straits Settlements were a group of British territories comprising Penang, Malacca, Singapore and Dinding, established in 1826.
        Sir Stamford Raffles (1781-1826) was a British colonial official best known for founding modern Singapore in 1819.
        The durian is a tropical fruit native to Southeast Asia, known for its strong odour and thorn-covered husk.
        Mount Kinabalu, at 4,095 metres, is the highest mountain in Malaysia and is located in the state of Sabah.
        The Central Provident Fund (CPF) is a compulsory savings scheme for working Singapore citizens and permanent residents.
    """),
    ("en", "textbook"): _lines("""
        Exercise 3: Ali buys 4 pencils at 35 cents each and a ruler at 80 cents. How much change does he get from S$5?
        Mei Ling is twice as old as her brother. In six years, the sum of their ages will be 36. Find their present ages.
        Kumar and Siti share S$240 in the ratio 3:5. How much more does Siti receive than Kumar?
        Read the passage about Harry Potter and answer questions 1 to 5 in complete sentences.
        A train leaves Station A at 8.15 am and travels at 90 km/h. Another leaves Station B at 9.00 am at 120 km/h. When do they meet?
        In the novel To Kill a Mockingbird, Atticus Finch defends Tom Robinson. Discuss how Scout's view of justice changes.
    """),
    ("en", "legal"): _lines("""
        Section 13 of the Personal Data Protection Act 2012 provides that an organisation shall not collect, use or disclose personal data unless the individual gives consent.
        "Confidential Information" means all information disclosed by either Party, whether in writing or orally, that is marked or reasonably understood to be confidential.
        This Agreement shall be governed by and construed in accordance with the laws of Malaysia, and the parties submit to the exclusive jurisdiction of the courts of Kuala Lumpur.
        Under the Road Traffic Act, a driver found with alcohol above the prescribed limit may be fined up to S$10,000 or jailed up to one year on a first conviction.
        The Data Controller shall notify the Commissioner of a notifiable data breach within three calendar days of assessment.
        In Donoghue v Stevenson [1932] AC 562 the House of Lords established the modern law of negligence.
    """),
    ("en", "software"): _lines("""
        def mask_customer(row): return {**row, "customer_name": "***", "phone": row["phone"][:2] + "******"}
        SELECT order_id, customer_name, total_amount FROM orders WHERE created_at >= '2026-01-01' LIMIT 100;
        curl -X POST https://api.example.com/v2/users -H "Authorization: Bearer $TOKEN" -d '{"name": "Jane Doe", "email": "jane.doe@example.com"}'
        Release notes v4.12.0: fixed a race condition in the session cache (#2281); upgraded requests to 2.32.3; dropped Python 3.8 support.
        Error: ValidationError: field "nric" failed pattern check for value "S0000000A" (test fixture).
        sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        Request ID 3fa85f64-5717-4562-b3fc-2c963f66afa6 returned HTTP 429 Too Many Requests; retry after 30 seconds.
        class Employee(BaseModel): employee_id: str; full_name: str; date_of_birth: date; salary: Decimal
        The John Doe and Alice/Bob names in these docs are placeholders; replace them with your own test accounts.
        docker run -p 8080:8080 -e DB_HOST=localhost -e DB_USER=admin ghcr.io/acme/billing:1.4.2
    """),
    ("en", "data_table"): _lines("""
        | Station | Line | Daily ridership | | Jurong East | NSL/EWL | 112,000 | | Dhoby Ghaut | NSL/NEL/CCL | 98,500 |
        Quarter, Revenue (S$m), Net profit (S$m) / Q1, 412.3, 38.1 / Q2, 430.8, 41.7 / Q3, 455.0, 44.9
        invoice_no,date,sku,qty,unit_price / INV-000871,2026-10-02,SKU-5531,12,4.50 / INV-000872,2026-10-02,SKU-1200,3,18.00
        Flight | From | To | Dep | Arr -- SQ 106 | SIN | KUL | 08:10 | 09:15 -- MH 602 | KUL | SIN | 10:30 | 11:35
        Postal code 560211 | Town: Ang Mo Kio | Nearest MRT: Ang Mo Kio | Bus services: 24, 71, 265
        ISBN 978-981-4771-23-4 | Title: A History of Modern Singapore | Publisher: NUS Press | Price: S$38.00
    """),
    ("ms", "mixed_domains"): _lines("""
        Ringkaskan perenggan berikut dalam tiga ayat: Bank Negara Malaysia mengekalkan Kadar Dasar Semalaman pada 3.00 peratus.
        Pelanggan: Bila internet saya akan pulih? Ejen: Kami sedang membaiki gangguan di kawasan Shah Alam, anggaran siap dalam 4 jam. Nombor tiket anda TM-55120983.
        Notis kepada ibu bapa: Hari Sukan Tahunan sekolah akan diadakan pada 15 Julai di Stadium Mini. Murid dikehendaki memakai baju rumah sukan masing-masing.
        Klinik Kesihatan Bangsar akan ditutup pada hari Sabtu untuk kerja-kerja penyelenggaraan. Sila ke klinik berhampiran untuk rawatan.
        Disewakan: rumah teres dua tingkat di Seksyen 7 Shah Alam, 4 bilik, RM1,800 sebulan, dekat stesen LRT.
        Datuk Seri Anwar Ibrahim merasmikan Jambatan Kedua Pulau Pinang yang baharu dinaik taraf semalam.
        Harimau Malaya menewaskan Singapura 2-0 dalam perlawanan persahabatan di Stadium Nasional Bukit Jalil.
        Latihan: Ahmad membeli 3 kg beras dengan harga RM2.60 sekilogram. Berapakah jumlah yang perlu dibayar?
        Akta Perlindungan Data Peribadi 2010 terpakai kepada mana-mana orang yang memproses data peribadi berkenaan transaksi komersial.
        Pekeliling HR: Gaji bulan Disember akan dikreditkan pada 20 Disember. Caruman KWSP dan PERKESO tidak berubah.
        Kumpulan Telegram Taman Melawati: pasar tani akan beroperasi setiap Ahad mulai 7 pagi di tapak parkir masjid.
        Laporan: Lampu jalan di Jalan Ampang berhampiran stesen LRT tidak berfungsi sejak minggu lepas. Mohon pihak DBKL membaikinya.
    """),
    ("mixed", "mixed_domains"): _lines("""
        Wah the queue at the Toa Payoh hawker centre for that chicken rice damn long today sia, confirm 45 minutes one.
        Eh guys, Bus 14 skip the stop at Bedok Interchange this weekend, got road works lah. Plan ahead ok.
        Boss, can help summarise this article into bullet points? Very cheem, about CPF LIFE payouts one.
        The condo MCST lah, always say aircon ledge cannot put plants, but they never enforce. Sian.
        Anyone tried the new mala place at Clementi Mall? Heard the 麻辣香锅 very shiok but a bit pricey.
        Makan at the mamak near Bangsar LRT after futsal? Roti canai RM1.80 only leh, cheaper than Subang.
        Grab driver today very chatty, talk about Lee Chong Wei the whole way to KLIA, but drive steady lah.
        Our HR say the bonus cut this year because the company profit drop, haiz, 没办法 lor.
        Tuition centre at Jurong West got promo: Sec 3 A-Math $280 per month, 4 lessons, small group only.
        Machan, the Deepavali open house at the community club start at 6, got murukku and thosai, come lah.
        Police advisory in the group chat: don't anyhow click the link in the SMS saying your parcel stuck, it's a scam.
        Ya the new MRT line Thomson-East Coast very convenient, from Orchard to Gardens by the Bay damn fast.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Summarise this complaint for the manager: "My name is Tan Wei Ming, NRIC S5652777Z, and I have been overcharged three months in a row on account 7712-0093."
        Write a reference letter for my former intern Priya Ramasamy, who graduated from SMU in 2025; she can be reached at priya.ramasamy88@gmail.com or 9850 4684.
        Extract the entities: "Goh Siew Lan, 54, of Block 322 Clementi Avenue 5, #07-118, was admitted to NUH on Monday with a suspected stroke."
        Translate into Malay: "Dear Mr Lim Kok Seng, your application for the HDB flat at 45 Punggol Walk #12-233 has been approved."
        Customer: Hi, I want to update my mobile number to +65 8343 4468, my IC is S8326695C. Agent: Thank you Ms Chua Pei Ling, the number has been updated.
        Bank call notes: Mr Rajesh Kumar s/o Muthu (DOB 14/02/1979) requested to freeze his savings account 551-234981-001 after losing his card at Changi Airport.
        Airline incident log: passenger Nurul Huda binte Osman, passport K3829104, seat 42C, reported a nut allergy reaction on SQ 232 and was given an EpiPen by cabin crew.
        Insurance claim: claimant Ho Jun Jie, policy holder, hospitalised at Mount Elizabeth 3-9 May for dengue; bill S$8,420; bank account for payout DBS 120-45678-9.
        Condo management: the owner of unit #15-02, Mr Daniel Koh Boon Hwa, car plate SJK 4721 T, has been parking in the visitor lot overnight for two weeks.
        Food delivery dispute: customer Siti Aisyah Rahman at 18 Jalan Kemuning, Taman Sri Muda, 40400 Shah Alam says the rider left her order at the wrong gate; her number is 016-309 7453.
        Ride-hailing safety report: the passenger, Mdm Wong Ah Moi (HP 97972764), said the driver of SNB 8812 K shouted at her when she asked to stop at Tiong Bahru Plaza.
        Dear Parent, your child Lim Zi Xuan (Class 4 Integrity, DOB 3 June 2016) was absent for 3 days without a medical certificate. Please contact the form teacher.
        NUS disciplinary committee minutes: student Aaron Teo Jia Hao (A0245718X) was found to have plagiarised his FYP report and will have his degree deferred by one semester.
        Clinic referral: Patient Mohd Faizal bin Ismail, MyKad 830523-09-6763, 42 years old, HbA1c 9.1%, poorly controlled type 2 diabetes, referred to endocrinology.
        Pharmacy record: Mrs Kavitha Subramaniam, 71, collected a month's supply of warfarin 3 mg and was counselled about her INR of 4.2 last week.
        Payroll exception: employee Chen Xiaoling (FIN G1681738X) was underpaid S$1,240 in October; her DBS account 072-889134-5 will be credited on 5 November.
        HR memo (confidential): Bryan Ong Kah Wee from Finance has been placed on a performance improvement plan after being diagnosed with depression and taking 40 days of medical leave.
        For rent by owner: my flat at 23 Tampines Street 21 #09-442. Call me, Alvin Yeo, at +6588932008 after 7 pm. Tenant must be non-smoker.
        Tenancy agreement between landlord Fatimah binti Yusof (MyKad 720917-11-7073) and tenant Jonathan Lee Wen Hao (NRIC S6901286H) for 88 Jalan Bukit Bintang, Unit 21-5.
        Police report: I, Muthusamy Arumugam, NRIC S5515105I, residing at Blk 608 Bedok Reservoir Road #04-1201, wish to report that my neighbour's dog bit my son on 2 October.
        I want to report that my ex-husband Kelvin Sim, who lives at 9 Lorong 27 Geylang, has been sending threatening messages to my number 81870659 since last week.
        Community group post: Please help look for my dad, Mr Tay Kim Huat, 78, has dementia, last seen at Hougang Mall wearing a grey shirt. Call his daughter Serene at +65 8471 2470.
        FB group: Warning to all, this guy Marcus Lau Jun Hao (his number +6592419230) took my deposit of S$800 for a sofa and blocked me. Don't deal with him!
        LinkedIn post: Today I'm sharing something personal. My wife, Jasmine Ng, was diagnosed with stage 3 breast cancer in March. Thank you to the team at NCCS for caring for her.
        Congratulations to Harish Menon on his new role! For those asking, Harish's personal email is harish.menon.sg@outlook.com and his mobile is +65 9630 4208.
        The following table is from our customer export: | name | nric | phone | | Ong Li Hua | T3553735F | 9123 6607 | | Farid Hakim bin Salleh | S7978000F | 8812 4490 |
        csv: staff_id,full_name,dob,basic_salary / E1043,Lee Mei Fong,1986-07-22,5400 / E1044,Suresh Pillai,1990-11-03,6100
        Please answer from this passage: "Kwek Hui Min, who lives at 51 Jalan Bukit Merah #02-05, told officers that her brother had borrowed S$30,000 from loan sharks." Where does Kwek Hui Min live?
        Classify this review: "Dr Tan at the clinic told my mother, Madam Lee Soo Chin, that her HIV test was positive in front of the whole waiting room. Unacceptable."
        Hi team, attached is the visa application for our new hire. Name: Pham Thi Lan, passport C4782019, DOB 11 Feb 1994, nationality Vietnamese. Regards, Admin.
        Regards,\\nEugene Chia Wen Jie\\nFreelance Photographer\\nMobile: 9850 4684 | eugene.chia.photo@gmail.com\\nHome studio: 16 Siglap Drive, S456143
        Rewrite this politely: "Mr Benjamin Cheong of 7 Jalan Kurau, you still owe the management corporation S$3,612.50 in arrears for unit 7, and legal action will follow."
        Exam results slip: Candidate name NUR ALYA SOFEA BINTI HASHIM, index 0312/045, IC 060203-06-7549, Mathematics A, Science B.
        Write an email to the insurer: My son Javier Soh (born 12 Jan 2019) has asthma and was admitted to KKH twice this year; please confirm coverage under policy ML-2207713.
        The caller, Ms Angeline Goh, said her husband Terence Goh has a gambling addiction and has run up S$45,000 on his credit card ending 8873.
    """),
    "ms": _lines("""
        Ringkaskan aduan ini: "Saya Mohd Azlan bin Kassim, no. KP 641024-02-9860, tinggal di No. 12, Jalan Mawar 3, Taman Bunga Raya, 05400 Alor Setar. Bil elektrik saya terlalu tinggi."
        Pelanggan Nor Aini binti Zakaria (tel 0147362345) membuat aduan bahawa kad debit beliau telah digunakan tanpa kebenaran sebanyak RM2,300.
        Notis sekolah: Murid Muhammad Danish bin Roslan, Tahun 3 Bestari, MyKid 160412-10-5533, tidak hadir selama seminggu. Sila hubungi guru kelas.
        Rekod klinik: Puan Rohani binti Mat Isa, 58 tahun, KP 551215-04-0899, disahkan menghidap kanser serviks peringkat 2 dan dirujuk ke Hospital Sultanah Bahiyah.
        Slip gaji: Nama Khairul Anuar bin Yahya, No. Pekerja 2231, gaji pokok RM4,850, potongan KWSP RM534, akaun Maybank 1623 4458 9012.
        Laporan polis: Saya, Zulkifli bin Ahmad, KP 991029-01-1094, ingin melaporkan bahawa motosikal saya nombor pendaftaran JRT 5521 telah dicuri di hadapan rumah saya di Kluang.
        Kumpulan Facebook: Tolong kongsi, anak saudara saya Aina Batrisyia, 14 tahun, hilang sejak semalam di Seremban. Sesiapa nampak sila hubungi ibunya di 012-300 7849.
        Penyewa bilik, Encik Hafiz Iskandar (KP 751115111507), masih belum menjelaskan sewa tiga bulan berjumlah RM2,250 untuk bilik di Jalan SS 2/24, Petaling Jaya.
        Terjemahkan ke Bahasa Inggeris: "Cik Farah Nadiah binti Othman, emel farahnadiah92@yahoo.com, telah diterima masuk ke program Ijazah Sarjana Muda Perakaunan UiTM."
        Ejen: Terima kasih Encik Lim Chee Keong. Saya sahkan tarikh lahir encik 2 Februari 1983 dan nombor telefon 0181407859. Tuntutan insurans encik sedang diproses.
        Surat tawaran kerja kepada Cik Siti Mariam binti Abu Bakar, No. 5, Lorong Seri Indah 2, 31650 Ipoh, dengan gaji bulanan RM3,600 bermula 1 Januari.
        Pesakit Encik Ganesan a/l Periasamy (KP 020201-07-8828) perlu menjalani dialisis tiga kali seminggu di pusat dialisis Butterworth.
        Jiran baru di unit B-07-03 Pangsapuri Seri Cempaka, namanya Encik Roslan Hamid, kereta Myvi WXY 3318, selalu letak kereta di petak orang lain.
    """),
    "mixed": _lines("""
        Eh can help me write email to my landlord Mr Ng Teck Soon ah, his number 9123 8841, tell him the aircon in 45 Yishun Ave 11 #06-220 spoil already since last week.
        Bro my cousin Darren Lim Jia Wei kena retrenched from the bank, now got debt S$60k, his wife also just give birth. Can anyone refer him a job? His HP +65 8343 4468.
        Aiyo my neighbour auntie Mdm Lee Geok Hoon at Blk 115 Bishan St 12 #05-331 fell down this morning, now in TTSH ICU, 她女儿 ask us to pray for her.
        Group chat: who lost IC one? Name Tan Boon Keat, S7209084E, found at Tampines Hub foodcourt, I pass to the info counter already.
        Wah the agent ask for my whole details: Chong Mei Yee, NRIC T7204957D, salary $4,200, work at Changi Airport. Is this normal for HDB rental ah?
        Machan, Kumaresan's wife Selvi Kumaresan call me, say he admit to hospital for heart attack, ward 67 SGH. Her number 97972764, please visit if can.
        Our class chair Wong Kai Lun birthday is 23 Aug 2007, his address is 12 Jurong West St 41 #10-12, we go surprise him lah!
        Lah, the Grab driver Shahrul, car plate SLF 2208 Z, he the one who keep messaging my sister Li Ting at 81870659 after the ride, so creepy.
        Eh boss, payroll send wrong file, whole office can see Jeremy Khoo salary $12,800 and his bank acc POSB 198-56341-2. 怎么办 leh?
        Can translate into Chinese for my ah ma? "Madam Yeo Siew Eng, born 5 May 1941, NRIC S6865913B, your appointment at Outram Polyclinic is on 14 Dec, 9.30 am."
        Kak, this one my tenant Nurul Izzah, IC 890702143229, she owe me rental 2 bulan already, RM2,400, rumah dia dekat Taman Desa Jaya No. 8.
        Guys, my friend Ravi Chandran (ravichandran1985@hotmail.com) looking for flatmate near Serangoon, he's diabetic so prefer no-smoking house ok.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me draft a complaint to the telco about my broken fibre router?"),
        (
            "assistant",
            "Of course. Please tell me the account details you want included and what happened.",
        ),
        (
            "user",
            "Account holder is Leong Wai Kit, NRIC S2405651A, address 30 Sengkang East Way #11-456. The router died on 2 Nov and no one came.",
        ),
    ],
    [
        ("user", "I need to email HR about my medical leave."),
        ("assistant", "Sure, what would you like to say and who should it be addressed to?"),
        (
            "user",
            "Say that I, Nadia Rahim, staff ID 88210, was diagnosed with major depressive disorder by Dr Lee at IMH and need 3 weeks off. My mobile is 9850 4684.",
        ),
        ("assistant", "Here is a draft email to HR requesting three weeks of medical leave."),
    ],
    [
        ("user", "Summarise this tenancy dispute for me."),
        (
            "user",
            "Tenant Kevin Ang Wei Liang (NRIC F0168025X) rented 18 Holland Grove Road from Mdm Tan Swee Lian. He left owing S$7,500 and the landlord kept his S$4,000 deposit.",
        ),
        (
            "assistant",
            "The tenant left with unpaid rent of S$7,500 and the landlord retained the deposit of S$4,000.",
        ),
    ],
    [
        ("user", "Tolong bantu saya tulis surat rayuan yuran universiti."),
        ("assistant", "Baik. Sila berikan nama, nombor pelajar dan sebab rayuan."),
        (
            "user",
            "Nama saya Amirul Hakim bin Sulaiman, no. matrik 2023456789, KP 030828-11-7049. Ayah saya baru meninggal dunia dan ibu tidak bekerja.",
        ),
    ],
    [
        ("user", "Which pharmacies near Bedok sell glucose test strips?"),
        ("assistant", "Guardian and Watsons outlets at Bedok Mall usually stock them."),
        (
            "user",
            "Ok. Also my father Chua Beng Huat, 69, is on insulin and metformin, can he take the strips under his CHAS card, his IC S2212919H?",
        ),
    ],
    [
        ("user", "eh can help me check if this guy is scammer or not"),
        ("assistant", "I can help you look for common warning signs. What happened?"),
        (
            "user",
            "he name Jason Poh Kian Seng, HP +6588932008, say he sell me iPhone, I transfer $1,100 to his OCBC 601-234567-001 then he block me lor",
        ),
    ],
    [
        ("user", "Write a short LinkedIn post congratulating my colleague."),
        ("assistant", "Happy to. Who is the colleague and what is the occasion?"),
        (
            "user",
            "Her name is Deepa Nair, she just came back from maternity leave after her twins were born premature at KKH on 3 August. Mention she lives in Punggol so the team can visit.",
        ),
    ],
    [
        ("user", "Extract the fields from this insurance form into JSON."),
        (
            "user",
            "Insured: Lau Chee Meng | DOB: 19/09/1975 | IC: 721028050864 | Phone: 012-988 6545 | Diagnosis: lumbar disc prolapse | Hospital: Pantai KL",
        ),
        (
            "assistant",
            '{"insured": "Lau Chee Meng", "dob": "1975-09-19", "ic": "721028050864", "diagnosis": "lumbar disc prolapse"}',
        ),
    ],
    [
        ("user", "What should I write in a police report for a car accident?"),
        (
            "assistant",
            "Include the date, time, place, vehicles involved and what happened, in order.",
        ),
        (
            "user",
            "Ok draft: On 28 Nov at 8.40 am at the PIE exit to Toa Payoh, car SKQ 7781 E driven by its owner Mr Lim Hock Chye rear-ended my car. His phone 9123 4870.",
        ),
    ],
    [
        ("user", "Group admin here, pls help me write a reminder about the makan gathering"),
        ("assistant", "Sure! When and where is the gathering?"),
        (
            "user",
            "Sat 7pm at my place, Blk 287 Compassvale Crescent #13-150. RSVP to me, Aunty Rosalind Teo, at 8343 4468. Vegetarian food for Mr Gopal, he just had bypass surgery.",
        ),
    ],
]
