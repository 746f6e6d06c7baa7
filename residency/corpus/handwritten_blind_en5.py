"""Blind check set en5: English, Malay and Singlish/Manglish text from Singapore and Malaysia.

Long multi-sentence paragraphs outside the usual support-ticket domains: e-mails with
sign-offs, meeting minutes, HardwareZone / Lowyat / Reddit-style forum posts, WhatsApp
group messages, property listings, tuition-centre notices, church / mosque / temple /
community-club notices, invitations, job ads, HR letters, incident reports, court-judgment
summaries, sports reports, biographies of public figures, reviews, literature, recipes,
travel guides, technical documentation, code, config, logs, SQL, spreadsheets and
math / finance exercises. Clean lines carry many hard negatives (public figures, fictional
characters, placeholders, company accounts and hotlines, reference numbers); personal lines
and chats carry personal data of invented private people (names with health, family or
finance details, NRIC/FIN, MyKad, phones, e-mails, home addresses, cards, plates).

Written blind on 2026-12-03 and measured once with
python -P -m residency.corpus.handwritten --blind-en5.
First sight: leaked 0/70, held 15/125.
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "email"): _lines("""
        Dear all, please note that the Finance team will close the FY2025 books on 15 January; any claims submitted after that date will be processed in the February cycle. Kindly route queries to finance-helpdesk@ourcompany.example. Thanks and regards, Finance Operations
        Hi team, the vendor has confirmed that invoice INV-2025-08817 for S$12,480.00 will be paid to their DBS corporate account 072-003418-9 by Friday. No action is needed from project leads. Best, Accounts Payable
        Good morning, this is a gentle reminder that the office at 10 Anson Road, #21-02, International Plaza, Singapore 079903 will be closed on Deepavali. The reception hotline 6221 0000 will not be manned. Warm regards, Admin Team
        Hello, thank you for contacting Lazada Seller Support. Your case number is LZD-CS-55102987 and our team will respond within 3 working days. Please do not reply to this automated message. Regards, Seller Care
        Dear Sir/Madam, we refer to your application reference APP/2025/110284 for the renewal of the trade licence. The processing fee of RM150 can be paid at any counter of Majlis Bandaraya Petaling Jaya. Yours faithfully, Licensing Department
        Team, quick update from the quarterly review: revenue was flat at $4.2m, churn improved to 3.1%, and the Jakarta pilot is on hold until Q3. Slides are on the shared drive under /Reviews/2025-Q2. Cheers, the Strategy Office
    """),
    ("en", "minutes"): _lines("""
        Minutes of the Management Committee meeting held on 12 March 2025 at the MCST office. Present: Chairperson, Treasurer, Secretary and two council members. Item 1: the lift modernisation tender closed with four bids; the committee agreed to shortlist the two lowest. Item 2: the treasurer reported a sinking-fund balance of $1.83 million. Meeting adjourned at 9.40 pm.
        Action items from the sprint retrospective: (1) QA lead to add smoke tests for the checkout flow; (2) the on-call engineer to document the Redis failover; (3) product owner to re-prioritise ticket PAY-2231. Next retro is on 28 May.
        Resident committee minutes, Zone 4: the town council confirmed that repainting of Blocks 512 to 518 will start in July. Residents raised concerns about pigeons at the void deck; the property officer will arrange netting. No other matters.
        AGM of the Tampines Runners Club: the outgoing president thanked members for 1,240 volunteer hours; the accounts for FY2024 were adopted unanimously; the subscription fee remains at $40 a year.
    """),
    ("en", "forum"): _lines("""
        [HWZ] Anyone tried the new Sengkang General Hospital polyclinic? Went on a Tuesday morning, queue number came out at 9.12 and I was seen by 10.30. Not bad lah compared to last time.
        Lowyat thread: RTX 5070 vs RX 9070 for 1440p gaming? Budget around RM3,000, already have a Ryzen 7 7700 and 32GB DDR5. Thinking of buying from the shop at Low Yat Plaza level 3, any recommendations?
        r/singapore: PSA - the Circle Line stretch between Dhoby Ghaut and HarbourFront will have early closures every weekend in August for the CCL6 works. Plan your trips accordingly, shuttle bus 97e will run instead.
        Posted in r/malaysia: Why is the toll at Sungai Besi still RM1.30 when they said it would be abolished? Genuinely asking, not trying to start a political fight. Mods please move if wrong flair.
        HWZ EDMW: Just saw the COE results, Cat A at $98,002 and Cat B at $112,389. Sibei jialat, better to take the MRT for the next ten years.
        Reply #42: Agree with the poster above. The BTO at Tengah is nice but the bus services are not there yet; 992 and 870 only. Give it two years, the Jurong Region Line will fix this.
    """),
    ("en", "property"): _lines("""
        FOR RENT: 3-bedroom condo at The Interlace, Depot Road, 1,291 sqft, high floor, unblocked view of Southern Ridges. $5,800/month, available 1 October. Call our agency hotline 6100 2288 and quote listing ID PG-24481173.
        New launch! Freehold 2+1 units at Jalan Ampang, walking distance to KLCC LRT. Prices from RM880k, bumi lot available. Showroom open daily 10am-6pm at the sales gallery, Lot 3, Jalan Kia Peng.
        HDB 4-room resale, Block 208 Punggol Field, mid floor, 93 sqm, MOP completed, asking price $620,000 negotiable. Agent CEA reg. no. R0XXXXXA (sample listing for training, details redacted).
    """),
    ("en", "tuition"): _lines("""
        Bright Minds Learning Centre: PSLE Math intensive programme starts 2 June. Small groups of 8, trained MOE-experienced tutors. Fees $320 for 8 lessons. Register at our Bishan branch, 510 Bishan Street 13, #01-08.
        Notice to parents: the centre will be closed on 1 May (Labour Day). Make-up lessons for the Thursday Sec 3 Chemistry class will be held on Saturday 3 May at 2pm. Thank you for your understanding.
        Holiday workshop: Creative Writing for Primary 5 and 6, taught using excerpts from Catherine Lim and Roald Dahl. Materials fee $25, limited to 15 students per class.
    """),
    ("en", "notice"): _lines("""
        St Andrew's Cathedral: the 9am English service this Sunday will be led by the Bishop. The Sunday School resumes after the mid-year break. Offerings may be made via PayNow to the UEN of the cathedral shown on the bulletin.
        Sri Mariamman Temple, South Bridge Road: the Theemithi fire-walking festival will take place on 20 October. Devotees are reminded to register at the temple office before 1 October.
        Masjid Sultan: Friday prayers will be held in two sessions due to renovation works. Congregants are encouraged to use the overflow area at Bussorah Street.
        Kampong Glam Community Club: free health screening for residents aged 40 and above on 14 September, 8am to 12pm, at the multi-purpose hall. Bring your NRIC and your HealthHub appointment QR code.
        Buddhist Lodge announcement: the Vesak Day blessing ceremony starts at 7am. Vegetarian lunch will be served in the canteen. Volunteers please report to the event manager at the front desk.
    """),
    ("en", "invitation"): _lines("""
        Together with their families, the bride and groom request the pleasure of your company at their wedding dinner on Saturday, 22 November 2025, 7.30 pm, at the Grand Ballroom, Shangri-La Singapore. Kindly RSVP via the QR code on the card by 1 November.
        You are cordially invited to the launch of the NUS Centre for Maritime Studies, officiated by the Minister for Transport, on 5 March at 3pm, University Cultural Centre. Dress code: business attire.
    """),
    ("en", "jobad"): _lines("""
        We are hiring: Senior Data Engineer (Singapore, hybrid). Requirements: 5+ years with Spark and Airflow, experience on GCP or AWS. Salary range $8,000 - $11,000. Only shortlisted candidates will be notified. Apply via careers.example.sg, job ref DE-0425.
        Kerja kosong? No - this one is in English: Retail Assistant at Mid Valley Megamall, RM2,200 + commission, 5-day work week, EPF/SOCSO provided. Walk-in interview every Wednesday at the HR office, Level 2.
        Accounts Executive wanted at a logistics firm in Tuas. Degree in Accountancy, proficient in Xero. Send your CV to the HR mailbox at recruit@logistics-sample.com.sg stating your expected salary.
    """),
    ("en", "hr"): _lines("""
        LETTER OF OFFER (TEMPLATE). Dear [Candidate Name], we are pleased to offer you the position of [Job Title] at a monthly basic salary of [Amount]. Your employment will commence on [Start Date]. Please sign and return a copy of this letter. Yours sincerely, [HR Manager]
        HR circular 07/2025: with effect from 1 July, the annual leave entitlement for staff with more than five years of service increases from 18 to 21 days. The employee handbook section 4.2 has been updated accordingly.
        Reminder: the performance appraisal window closes on 30 November. Managers should complete the form in Workday for each direct report; employees can view their ratings from 15 December.
    """),
    ("en", "incident"): _lines("""
        Incident report IR-2025-0413: at 14:22 on 9 April a forklift at Warehouse B (12 Tuas Avenue 7) struck a racking upright. No injuries. The area was cordoned off and the racking inspected by the safety officer. Root cause: blind spot at aisle 14.
        Post-mortem: between 02:10 and 03:45 SGT the payments API returned HTTP 503 for about 18% of requests after a bad config push (commit 9f3c2e1). Rolled back by the on-call SRE. Customer impact: 4,112 failed transactions, all retried successfully.
        SCDF responded to a fire at a coffee shop at Block 115 Bedok North Road at about 6.15am on Monday. The fire involved the contents of a stall and was put out with a water jet. No injuries were reported.
    """),
    ("en", "court"): _lines("""
        Public Prosecutor v Kho Jabing [2015] SGCA 1 - the Court of Appeal, by a 3-2 majority, reinstated the death sentence, holding that the offender had acted in blatant disregard for human life.
        In Yong Vui Kong v Attorney-General [2011] SGCA 9, the Court of Appeal considered whether the clemency power under Article 22P of the Constitution was subject to judicial review.
        The High Court in Kuala Lumpur dismissed the suit by a property developer against the state government, ordering costs of RM50,000 to be paid to the defendants; the developer has said it will appeal.
    """),
    ("en", "sports"): _lines("""
        Joseph Schooling won Singapore's first Olympic gold medal in the 100m butterfly at Rio 2016, beating Michael Phelps in an Olympic record of 50.39 seconds.
        Lee Zii Jia rallied from a game down to beat the world number three 19-21, 21-17, 21-16 in the quarter-finals of the Malaysia Open at Axiata Arena on Friday.
        The Lions drew 1-1 with Thailand at the National Stadium in front of 23,000 fans; Ikhsan Fandi equalised in the 78th minute from a Shahdan Sulaiman corner.
        Loh Kean Yew, the 2021 world champion, exited the Singapore Open in the second round after a three-game defeat at the Indoor Stadium.
    """),
    ("en", "bio"): _lines("""
        Lee Kuan Yew (16 September 1923 - 23 March 2015) was a Singaporean statesman and lawyer who served as the first Prime Minister of Singapore from 1959 to 1990.
        Tunku Abdul Rahman Putra Al-Haj was the first Prime Minister of Malaysia, serving from 1957 to 1970; he is widely known as Bapa Kemerdekaan, the Father of Independence.
        P. Ramlee (1929-1973) was a Malaysian film actor, director, singer and composer, regarded as an icon of Malay entertainment; his films include Pendekar Bujang Lapok and Ibu Mertuaku.
        Halimah Yacob served as the eighth President of Singapore from 2017 to 2023, the first woman to hold the office; she was previously Speaker of Parliament.
        Nicole Seah is a Singaporean politician who first came to national attention as a National Solidarity Party candidate in Marine Parade GRC at the 2011 general election.
    """),
    ("en", "review"): _lines("""
        Review: "Crazy Rich Asians" is frothy and gorgeous; Michelle Yeoh steals every scene as Eleanor Young, while Gemma Chan gives Astrid a quiet dignity. Three and a half stars.
        Book review: Tash Aw's "The Harmony Silk Factory" is a layered novel of 1940s Malaya told through three unreliable narrators; Johnny Lim remains an enigma to the very last page.
        Ilo Ilo (2013), directed by Anthony Chen, follows the Lim family and their Filipino helper Teresa during the 1997 Asian financial crisis. It won the Camera d'Or at Cannes.
        Jack Neo's "I Not Stupid" skewers Singapore's streaming system through three boys in the EM3 class; the humour is broad but the satire still bites twenty years on.
    """),
    ("en", "literature"): _lines("""
        "The rain came down on Geylang like a debt collector, steady and unforgiving," Ah Beng thought, pulling his collar up as he ran towards the kopitiam that no longer existed on any map.
        In Edwin Thumboo's poem Ulysses by the Merlion, the wandering hero arrives at a city of lions and finds a people who have learned to build on their own uncertainty.
        Once upon a time in the kampung by the river, there lived a mousedeer named Sang Kancil who was small but cleverer than the crocodiles that guarded the water.
        In the novel, Inspector Singh of the Singapore police is sent to Kuala Lumpur to investigate a murder, sweating in his crumpled white sneakers and muttering about the food.
    """),
    ("en", "recipe"): _lines("""
        Chicken rice: poach a 1.6 kg chicken in simmering water with ginger and pandan for 40 minutes, then plunge into ice water. Fry the rice in chicken fat with garlic before cooking it in the stock. Serve with chilli sauce made from 10 red chillies, 4 cloves garlic and lime juice.
        Nasi lemak for four: 2 cups rice, 200 ml coconut milk, 2 pandan leaves, a pinch of salt. For the sambal, blend 20 dried chillies, 8 shallots and 1 tbsp belacan, fry until the oil splits, then add tamarind water and sugar.
        Kaya: whisk 5 eggs with 250 g sugar, add 250 ml coconut milk and 4 knotted pandan leaves, and stir over a double boiler for 45 minutes until thick. Keeps for a week in the fridge.
    """),
    ("en", "travel"): _lines("""
        Getting to Penang from Kuala Lumpur: the ETS train from KL Sentral to Butterworth takes about 4 hours, then the ferry across to George Town. Don't miss the street art on Armenian Street and the char kway teow at Lorong Selamat.
        Day trip idea: take bus 2 from Tanah Merah to Changi Village, then a bumboat from Changi Point Ferry Terminal to Pulau Ubin for $4 each way. Rent a bicycle and visit Chek Jawa Wetlands at low tide.
        Flight SQ 318 departs Changi Terminal 3 at 23:55 and arrives at London Heathrow at 06:05 the next day. Check-in closes 60 minutes before departure. Booking reference format: six characters, e.g. ABC123.
        Cameron Highlands guide: stay in Tanah Rata, visit the BOH tea plantation at Sungai Palas, and bring a jacket as temperatures drop to 15 degrees at night.
    """),
    ("en", "techdoc"): _lines("""
        To configure the SingPass login, register your client in the developer portal, set the redirect URI to https://app.example.sg/callback and use the sample test account S1234567D provided in the sandbox documentation.
        The API returns a JSON object with fields user_id (UUID), display_name (string) and created_at (ISO 8601). Example: {"user_id": "3f2b8c1e-9a4d-4c7e-b2f1-6d0e5a7c9b11", "display_name": "Jane Doe", "created_at": "2025-01-01T00:00:00Z"}.
        Security advisory: CVE-2024-3094 affects xz-utils 5.6.0 and 5.6.1. Downgrade to 5.4.6 immediately and check the SHA-256 of the tarball: a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00.
        Firmware release notes v3.2.7 (build 20250612): fixes Bluetooth pairing on serial numbers SN-MY-40022100 to SN-MY-40025999; requires bootloader 1.8 or later.
    """),
    ("en", "code"): _lines("""
        def greet(user_name: str, user_email: str) -> str: return f"Hello {user_name}, we sent a receipt to {user_email}"
        const customer = { name: "John Tan", nric: "S0000000A", phone: "+65 0000 0000" }; // placeholder fixture, do not use real data
        if (order.status === "SHIPPED") { notify(order.customerId, `Your parcel ${order.trackingNo} is on the way`); }
        class Patient(BaseModel): full_name: str; date_of_birth: date; nric: constr(regex=r"^[STFGM]\\d{7}[A-Z]$")
    """),
    ("en", "config"): _lines("""
        [database] host = db-prod-01.internal port = 5432 name = orders user = app_rw password = ${DB_PASSWORD} sslmode = require timezone = Asia/Singapore
        server: listen: 0.0.0.0:8443 tls_cert: /etc/ssl/app.crt region: ap-southeast-1 admin_email: ops-team@example.com max_upload_mb: 25
    """),
    ("en", "log"): _lines("""
        2025-06-14T09:21:33.418+08:00 INFO  [http-nio-8080-exec-7] c.e.o.OrderController - order 7741920055 created, total=SGD 84.50, items=3, session=b7e1c2d9a0f34e6b
        2025-06-14 09:22:01,512 WARN retry 3/5 for job sync-inventory-sg (id=job_01HZX8K2Q7) after timeout talking to 10.20.31.44:6379
        Jun 14 09:25:10 web-03 sshd[22817]: Accepted publickey for deploy from 203.0.113.27 port 51522 ssh2: ED25519 SHA256:Jk4v9qXl2mNp0rT8sW1yZ3aB5cD7eF9gH1iJ3kL5mN7
    """),
    ("en", "sql"): _lines("""
        SELECT o.order_id, o.created_at, SUM(l.qty * l.unit_price) AS total FROM orders o JOIN order_lines l ON l.order_id = o.order_id WHERE o.country = 'SG' AND o.created_at >= '2025-01-01' GROUP BY 1, 2 ORDER BY total DESC LIMIT 20;
        CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, full_name TEXT NOT NULL, nric CHAR(9) UNIQUE, mobile VARCHAR(20), email TEXT, created_at TIMESTAMPTZ DEFAULT now());
        UPDATE invoices SET status = 'PAID', paid_at = '2025-03-31 17:00:00+08' WHERE invoice_no IN ('INV-000912', 'INV-000913');
    """),
    ("en", "spreadsheet"): _lines("""
        Month	Revenue (S$)	COGS	Gross margin	Jan	120,400	71,300	40.8%	Feb	98,750	60,100	39.1%	Mar	133,020	77,940	41.4%
        SKU,Description,Qty,Unit price,Outlet | KY-001,Kaya toast set,412,4.80,Jurong Point | KY-002,Soft-boiled eggs,388,1.90,Tampines Mall | KY-003,Kopi C,901,1.60,Bugis Junction
        Region | Q1 units | Q2 units | Growth || North | 1,204 | 1,390 | 15.4% || Central | 2,880 | 2,750 | -4.5% || East | 990 | 1,120 | 13.1%
    """),
    ("en", "math"): _lines("""
        Question 7: A car is bought for $128,000 with a 10-year loan at 2.78% flat interest per annum after a 30% down payment. Calculate the monthly instalment, correct to the nearest cent.
        Ali has 3 times as many marbles as Ben. After Ali gives Ben 24 marbles, they have the same number. How many marbles did Ali have at first? (PSLE 2019 style)
        An investor puts RM10,000 into ASB at 5.25% per annum, compounded yearly. Find the value of the investment after 6 years and the total dividend earned.
        Solve for x: 3x^2 - 12x + 9 = 0. Hence find the coordinates of the turning point of y = 3x^2 - 12x + 9.
    """),
    ("ms", "notice"): _lines("""
        Makluman kepada semua ahli kariah: solat sunat Aidilfitri akan diadakan di Masjid Al-Falah pada jam 8.00 pagi. Jemaah dinasihatkan hadir awal kerana tempat letak kereta adalah terhad.
        Notis daripada Pejabat Pentadbiran: bekalan air di kawasan Taman Melawati akan terganggu pada 12 Ogos dari jam 9 pagi hingga 5 petang kerana kerja-kerja penyelenggaraan paip oleh Air Selangor.
        Kelas fardu ain untuk kanak-kanak berumur 7 hingga 12 tahun akan bermula pada hari Sabtu ini di surau Blok C. Yuran RM20 sebulan. Sila daftar dengan AJK surau.
        Surau Al-Ikhlas mengucapkan terima kasih kepada semua penderma. Jumlah kutipan tabung Jumaat minggu lepas ialah RM3,418.50 dan akan digunakan untuk kerja-kerja membaik pulih bumbung.
    """),
    ("ms", "email"): _lines("""
        Tuan/Puan, dengan hormatnya dimaklumkan bahawa permohonan tuan/puan dengan nombor rujukan JPN/2025/03318 telah diterima dan sedang diproses. Sila semak status melalui portal rasmi. Sekian, terima kasih. Unit Pelanggan
        Salam sejahtera, mesyuarat Jawatankuasa Kewangan akan diadakan pada hari Khamis, 14 Ogos 2025, jam 10.00 pagi di Bilik Mesyuarat Utama, Aras 5. Kehadiran semua ahli amat dihargai. Yang benar, Urus Setia
        Assalamualaikum, dilampirkan invois INV-MY-2025-0771 berjumlah RM8,260.00 untuk perkhidmatan penyelenggaraan bulan Julai. Bayaran boleh dibuat ke akaun syarikat Maybank 5140 1234 5678 atas nama Teknik Jaya Sdn Bhd. Terima kasih, Bahagian Akaun
    """),
    ("ms", "jobad"): _lines("""
        Jawatan kosong: Pembantu Tadbir (N19) di Pejabat Daerah Kuala Langat. Kelayakan minimum SPM dengan kepujian Bahasa Melayu. Permohonan melalui portal SPA sebelum 30 September.
        Kedai runcit di Seksyen 7 Shah Alam memerlukan juruwang sepenuh masa. Gaji RM1,800 + elaun. Datang terus ke kedai dengan membawa resume, tanya pengurus kedai.
    """),
    ("ms", "news"): _lines("""
        Perdana Menteri Anwar Ibrahim hari ini mengumumkan peruntukan tambahan RM2 bilion untuk sektor pendidikan dalam pembentangan Belanjawan 2026 di Dewan Rakyat.
        Pasukan badminton negara, diketuai oleh Aaron Chia dan Soh Wooi Yik, berjaya mara ke final Terbuka Malaysia selepas menewaskan pasangan dari Denmark dalam tiga set.
        Sultan Ibrahim, Yang di-Pertuan Agong ke-17, berkenan merasmikan Istiadat Pembukaan Penggal Ketiga Parlimen Kelima Belas di Bangunan Parlimen.
    """),
    ("ms", "recipe"): _lines("""
        Resipi rendang daging: 1 kg daging lembu, 400 ml santan pekat, 2 batang serai diketuk, 5 helai daun limau purut dan 3 sudu besar kerisik. Masak dengan api perlahan selama 3 jam sehingga kuah pekat dan berminyak.
        Cara membuat kuih seri muka: kukus pulut dengan santan dan garam selama 20 minit, kemudian tuang adunan pandan yang terdiri daripada telur, gula, santan dan tepung, lalu kukus lagi 25 minit.
    """),
    ("ms", "literature"): _lines("""
        Pulau Pandan jauh ke tengah, Gunung Daik bercabang tiga; hancur badan dikandung tanah, budi yang baik dikenang juga.
        Dalam novel Salina karya A. Samad Said, kehidupan di Kampung Kambing selepas perang digambarkan dengan penuh derita, namun watak Salina tetap mempertahankan maruahnya.
        Hang Tuah berkata, "Takkan Melayu hilang di dunia," lalu menghunus keris Taming Sari dan melangkah ke hadapan istana Melaka.
    """),
    ("ms", "travel"): _lines("""
        Panduan ke Langkawi: naik feri dari Jeti Kuala Perlis, perjalanan mengambil masa kira-kira 1 jam 15 minit. Jangan lepaskan peluang menaiki Kereta Kabel Langkawi dan melawat Pantai Cenang.
        Untuk ke Putrajaya dari KL Sentral, naik KLIA Transit dan turun di stesen Putrajaya & Cyberjaya. Perjalanan lebih kurang 20 minit dengan tambang RM14.20 sehala.
    """),
    ("ms", "math"): _lines("""
        Soalan 3: Encik Ahmad membeli sebuah kereta berharga RM85,000 dengan bayaran pendahuluan 10%. Baki dibiayai dengan pinjaman selama 9 tahun pada kadar faedah 3.2% setahun. Hitung ansuran bulanan. (Nama dalam soalan ini rekaan.)
        Sebuah tangki silinder mempunyai jejari 70 cm dan tinggi 1.2 m. Hitung isi padu air dalam liter apabila tangki itu separuh penuh. Gunakan pi = 22/7.
    """),
    ("ms", "property"): _lines("""
        Untuk dijual: rumah teres dua tingkat di Taman Sri Muda, Shah Alam, 22x75 kaki, 4 bilik, 3 bilik air, telah diubah suai. Harga RM620k boleh runding. Hubungi ejen kami di talian pejabat 03-5510 0000.
    """),
    ("ms", "hr"): _lines("""
        Pekeliling Sumber Manusia Bil. 5/2025: Semua kakitangan dikehendaki mengemas kini maklumat waris dalam sistem HRMIS sebelum 31 Oktober. Kegagalan berbuat demikian boleh menjejaskan tuntutan faedah.
    """),
    ("mixed", "whatsapp"): _lines("""
        [8:14 pm] Blk 321 Neighbours: Eh the lift at our block spoil again ah, town council say tomorrow then come fix. Anyone need help carrying groceries just shout in this group ok.
        [21:03] Family Makan Group: Who going to the reunion dinner at Paradise Dynasty Jewel? Booking under the family account for 12 pax at 7pm, confirm by tonight can?
        Guys the futsal court at Kallang booked liao, Saturday 9-11pm, $120 split 10 people so $12 each. PayNow to the club number on the booking confirmation ok, don't forget.
        Weh geng, esok jangan lupa bawak kunci dewan, the caretaker said the hall at the surau only open after asar. Makanan nanti catering deliver pukul 5.
        Parents group P4 Kindness: teacher says spelling test on Friday, list already in the Parents Gateway app. Also remember bring recycled materials for the art lesson hor.
    """),
    ("mixed", "forum"): _lines("""
        Wah the Grab surge pricing at Changi last night damn jialat, $48 to Punggol leh. Next time I take the 858 then change to MRT, save money also can.
        Lowyat pun ada orang cakap iPhone 17 harga naik lagi, RM5,999 for the base model. Aiyo memang tak logik lah, better buy the Samsung during 11.11 sale.
        Bro, the char kway teow at Hill Street Tai Hwa really worth the queue or not? Last week I waited 45 minutes sia, but shiok, the Michelin star is deserved lah.
        Sesiapa tahu tak whether the LRT Kelana Jaya line dah okay? Semalam breakdown at Masjid Jamek for like an hour, Rapid KL tweet only say "gangguan teknikal".
    """),
    ("mixed", "notice"): _lines("""
        Attention all uncles and aunties: the CC got free Zumba class every Tuesday 7pm at the void deck of Block 88, no need to register, just come in comfortable clothes can already.
        Pasar malam this Saturday at the open-air car park near Taman Connaught, banyak stall baru, parking limited so better take MRT to Taman Connaught station lah.
    """),
    ("mixed", "review"): _lines("""
        Went to try the new nasi padang at Geylang Serai market, the rendang damn shiok but the sambal goreng a bit too sweet for me. Overall 4/5, will go back.
        Movie review lah: Ah Boys to Men 5 still got the same jokes but the NS feeling very real, my whole section laugh until cannot. Worth $13.50 on a Wednesday.
    """),
    ("mixed", "jobad"): _lines("""
        Hiring part-timer for bubble tea shop at Sunway Pyramid! RM9/hour, weekend must work, no experience also can, we train. Walk in and ask for the shop manager okay.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dear Ms Goh, further to our call, please find attached the tenancy agreement for your flat at Block 457 Jurong West Street 41, #09-213, Singapore 640457. Your tenant Mr Raymond Seet Kah Hock (NRIC S4421074F) will pay the monthly rent of $2,900 by GIRO. Kindly sign page 6 and return. Regards, Property Manager
        Minutes of the Parents Support Group meeting: the treasurer reported that Mrs Tan Lay Hoon's son, Ethan Tan (P5 Courage), has been diagnosed with leukaemia and the group will collect donations for his treatment at KK Hospital; contact her on 9312-7144 before visiting.
        HWZ post: Anyone know this guy? Desmond Chua Wei Jie, drives the white Honda Vezel SLA 8137 K, stays in Sengkang Blk 268C, owes my brother $4,000 and blocked everyone. Message me if you see him.
        Incident report IR-2025-0522: at 07:40 the security officer found resident Madam Lim Geok Eng, aged 81, of #04-17 Block 12 Toa Payoh Lorong 7, collapsed at the lift lobby. She was conveyed to TTSH by SCDF. Next of kin (son, Lim Boon Huat, 8270 9718) informed.
        HR letter: Dear Mr Muhammad Farhan bin Rosli, this letter confirms that your employment as Technician will be terminated with effect from 30 June 2025 following the outcome of the disciplinary inquiry into your absence on 14 days in March. Your final salary of $2,640 will be credited to your POSB account 188-52031-4.
        Hi Auntie, this is the tuition centre. For the registration of your daughter Chloe Ng Xin Yi (DOB 14/03/2014, Primary 6), please send a copy of her birth certificate and your contact number. We have her address as 23 Jalan Kemaman, Singapore 328215. Thanks!
        Wedding invitation: Together with their families, Jonathan Lee Wei Ming and Priyanka Devi d/o Ramasamy invite you to their solemnisation on 8 November at the ROM. RSVP to Priyanka at priyanka.devi88@gmail.com or +65 8371 6523.
        Forum post: My neighbour Mr Koh Soon Teck at 15 Lorong Bunga, #02-05 keeps parking his lorry GBA 4721 S in front of my gate. Reported to LTA twice already. Can I sue him?
        Please update the staff records: Ms Nurul Ain binti Kamarudin, FIN G7529153T, Malaysian, joined 2 January 2024 as Senior Nurse, salary $4,850, bank account OCBC 601-234567-001. Her next of kin is her husband Mohd Azlan.
        The agent wrote: "Owner Mr Gerald Phua is motivated to sell as he is going through a divorce and needs cash by December; he's at 9159 0843 if you want to negotiate directly, don't tell his wife."
        Claim form received: policyholder Mdm Siti Hajar bte Abdul Rahman, NRIC S0273657H, hospitalised at Changi General Hospital from 3 to 9 May for a mild stroke; claim amount $18,420.60.
        Pastoral care update for the cell group: Brother Andrew Yeo Kim Seng is recovering from his heart bypass at NUH Ward 56 and his wife Grace says visitors are welcome after 4pm; send your prayers or call her at 9625 0585.
        From: wong.kaiyi92@hotmail.com To: hr@company.example Subject: medical leave. Hi, I am Wong Kai Yi from the Accounts team, attaching my MC for 3 days from Dr Lee's clinic for gastroenteritis. My mobile is 8183 4284 if anything urgent.
        Court summary (private family matter): in the maintenance application, the wife, Mdm Teo Siew Ling, 44, of Block 702 Ang Mo Kio Avenue 8, #11-2640, was awarded $1,200 a month for the two children from her ex-husband, a taxi driver, Mr Ong Chee Keong.
        Spreadsheet paste - Name, NRIC, Mobile, Shirt size | Tan Jun Hao, S7066323F, 9595 9836, L | Farah Nadia, T0202910Z, 9252 0585, S | Vincent Loh, S5591769H, 9268 5719, M
        Sports club notice: congratulations to our member Kelvin Sim Boon Kiat (born 2 February 1975), who finished his first marathon despite his knee surgery last year. Kelvin lives at 8 Bedok Reservoir View, #07-22.
        Recipe blog intro: before the recipe, a shout-out to my grandmother, Mdm Chan Ah Moi, now 92 and bedridden after a fall, who still lives in her flat at Blk 41 Chai Chee Street, #05-81, where she taught me this ngoh hiang on Sundays. Her IC S0950107Z is on the CHAS card stuck to her fridge.
        Job applicant shortlist: (1) Hafiz bin Ismail, 29, hafiz.ismail95@yahoo.com, currently unemployed after a workplace injury; (2) Sharon Lau Pei Shan, 34, expecting her second child in March, sharon.lau.ps@gmail.com.
        Travel booking: passenger Mr Suresh Kumar s/o Rajendran, passport number K2349871J, date of birth 11 July 1986, flight SQ 318 on 14 December, seat 41K, contact +6595250585.
        Dear Sir, I am writing to report that my credit card 4510 5680 2385 4228 (cardholder: Lim Mei Fong) was charged $1,932 at an overseas merchant I have never visited. Please block it. My NRIC is S8932794F.
        Class chairperson message: Please pray for Serene Ho from 3E2, whose father Mr Ho Kwok Wai was retrenched last month; the family has applied for ComCare and could use help with books. Her mum's number is nine-one-two-three four-five-six-seven.
        Patient summary: Mr Arjun Nair, 67, DOB 03/09/1958, NRIC S7598662I, type 2 diabetes, HbA1c 9.1%, on metformin 1 g BD; lives alone at 19 Telok Blangah Crescent #03-44; daughter Meera is the emergency contact.
        The landlord asked me to forward this: tenant Mr Ferdinand Reyes (Filipino, FIN G5114386N, work permit as a construction worker) has not paid rent since August and his employer is listed as Jaya Builders. Contact him at 8837 1652.
        Please remove my details from your database. My name is Cheryl Toh Hui Min, my email is cheryl [dot] toh [at] gmail [dot] com and my mobile is eight-one-five-five, two-two-zero-nine.
        After 20 years as a bus captain, Mr Ramli bin Osman, 58, of Block 5 Marine Terrace #08-102, tells us he is finally retiring to care for his wife Rosnah, who has Parkinson's disease. (Community newsletter, residents' corner)
        Log line: 2025-06-14T10:02:11+08:00 INFO signup completed name="Tay Yi Ling" email=yiling.tay@gmail.com phone=+6592685719 nric=M3303347P plan=premium
        SQL: INSERT INTO customers (full_name, nric, mobile, email) VALUES ('Benjamin Goh Zhi Wei', 'M1417052Q', '96457712', 'ben.gohzw@outlook.com');
        Reddit r/singapore throwaway: My boss, Mr Kenneth Lim, the owner of the small renovation firm where I work, has not paid CPF for me for 8 months. My name is Lee Jia Hui and my NRIC ends T6010356E - can MOM help?
        Finance exercise with real data from my file: my husband Tan Wee Liang earns $6,200 a month, our HDB loan balance is $312,400 and we still owe $18,000 on his credit card; how do we restructure?
        Meeting notes: Our volunteer coordinator Ms Jasmine Koh (personal hp 9744 2190) will be on maternity leave from 1 September; she is due on 10 September at Thomson Medical.
    """),
    "ms": _lines("""
        Assalamualaikum semua, sila doakan kesembuhan Encik Kamal bin Harun, 62 tahun, dari Taman Desa Jaya, Kepong, yang dimasukkan ke Hospital Kuala Lumpur kerana serangan jantung semalam. Anaknya Faizal boleh dihubungi di 016-1250718.
        Dengan hormatnya, saya Nur Syafiqah binti Ahmad Zaki, No. KP 930822-03-0809, ingin memohon penangguhan bayaran PTPTN kerana saya kini tidak bekerja. Alamat saya: No. 14, Jalan Mawar 3, Taman Bunga Raya, 15200 Kota Bharu, Kelantan.
        Makluman kariah: Haji Abdul Latif bin Musa, 78 tahun, dari Lot 221, Kampung Sungai Pinang, Klang, kini dirawat di Hospital Tengku Ampuan Rahimah selepas kemalangan jalan raya pada 2 Ogos. Anaknya boleh dihubungi di 013-442 8810.
        Surat tawaran kerja: Kepada Puan Rosmawati binti Yusof (No. KP 870111-04-2973), tuan/puan ditawarkan jawatan Kerani dengan gaji RM2,450 sebulan. Sila lapor diri pada 1 September. Gaji akan dimasukkan ke akaun Bank Islam 12-034-02-123456-7 milik puan.
        Kepada AJK surau: yuran kelas mengaji anak saya, Muhammad Adam bin Roslan (7 tahun), telah dibayar. Saya ibunya, Salmah, no telefon 0170812590, dan kami tinggal di Blok B-12-3, Pangsapuri Seri Mutiara, Cheras.
        Laporan insiden: Pada jam 3 petang, pelajar Tingkatan 2, Aiman Hakimi bin Zulkifli, jatuh dari tangga blok akademik dan patah tangan kiri. Bapanya, Encik Zulkifli bin Daud, telah dimaklumkan melalui talian +60 17-289 5269.
        Kepada pihak bank: Saya, Lim Chee Wah, pemegang kad kredit 5103 1690 1641 2973, ingin melaporkan transaksi tidak sah sebanyak RM3,150. Nombor MyKad saya 551201-01-5047.
        Iklan jual kereta: Myvi 2019, plat WXY 4412, pemilik asal Puan Noraini Hashim, cukai jalan sehingga Mac. Nak cepat sebab suami baru meninggal dunia. Hubungi 0148575785.
        Rekod pesakit: Encik Ganesan a/l Muniandy, 54 tahun, No. KP 710210-09-5646, menghidap kencing manis dan darah tinggi, menerima rawatan dialisis tiga kali seminggu di Pusat Dialisis Seremban.
        Kepada penghuni: Sila maklum bahawa unit A-10-07 milik Encik Hairul Nizam bin Omar menunggak yuran penyelenggaraan sebanyak RM4,820. E-mel beliau: hairulnizam.omar@gmail.com.
        Jemputan kenduri kahwin: Puteri kami, Nurul Izzati binti Mohd Said, dengan pasangannya, Ahmad Fikri bin Hassan, pada 21 Disember di Dewan Orang Ramai Taman Sentosa. Untuk pertanyaan, hubungi bapa pengantin, Mohd Said, di 019-376 0065.
        Borang permohonan bantuan zakat: Nama pemohon Siti Khadijah binti Ismail, ibu tunggal dengan 4 anak, pendapatan RM900 sebulan, MyKad 061015-06-9124, alamat No. 7, Lorong Jati 2, Kuantan.
        Keputusan temuduga: calon Mohd Firdaus bin Jamal (kosong satu satu - enam dua lima satu, satu enam kosong empat) tidak berjaya kerana gagal ujian saringan dadah.
        Mesej dari guru kelas: Murid Tahun 4, Danial Haikal, tidak hadir seminggu kerana ibunya Puan Zarina binti Abu Bakar ditahan di wad psikiatri Hospital Permai. Sila beri sokongan kepada keluarga ini.
        Saya nak jual rumah ayah saya, Encik Yusof bin Ahmad, yang kini tinggal di rumah orang tua, di No. 22, Jalan Seri Indah 5, Taman Seri Indah, 81200 Johor Bahru. Geran atas nama beliau, MyKad 550214040585. Berminat WhatsApp 014-966 7200.
    """),
    "mixed": _lines("""
        Eh guys, anyone know Jason Ong Kah Wai? He's the one living at Blk 155 Bishan St 13 #12-341, drive the black BMW SJJ 2245 E, still owe our kopi kaki group $800 since CNY lah.
        Confirm already ah, the wedding of my cousin Pei Ling Chua and her fiance Marcus Tay is at Fairmont on 15 March; Pei Ling's handphone is 9876 2311 if the photographer need to contact her.
        Wah lao, my colleague Siti Rahimah binti Jaafar got breast cancer stage 2, now doing chemo at NCCS every Tuesday, we collecting money for her, PayNow to her husband Faizal at 8452 6677 hor.
        Bro, the guy who sell me the fake iPhone on Carousell is Alvin Tan Jun Jie, his NRIC S7301314C I got from the meetup receipt, stay at Yishun Ring Road Blk 640 #05-218. Police report filed already.
        Weh Aina, the landlord Mr Chong Wai Kit (012-987 0686) says your deposit RM2,400 will only return after he check the unit B-08-11 at Menara Sentral Vista on Sunday. Dia cakap you owe two months utility also.
        Aunty Mary Fernandez from our church choir turning 70 on 12 Oct lah, her birthday party at her house No. 3 Jalan Ampas, #01-01, so please bring food potluck style and don't tell her ok.
        Boss ah, my staff Kumar a/l Subramaniam, FIN G4344647P, today MC again because of his back injury; his wife call me from 8837 9020 say he cannot come whole week.
        Geng, Hakim bin Ahmad Nordin punya rumah kat No 9 Jalan SS 2/24, Petaling Jaya kena pecah masuk semalam; he lost his passport A43817206 and Maybank card, so if you see anything on Facebook marketplace let him know at 011-6251 1604.
        Reminder for tuition: Chen Yu Xuan, Sec 2, dad Chen Wei Ming pay late again this month, phone him 9271 3380, and mummy say Yu Xuan got ADHD so teacher please be patient ok.
        Dear all, I'm Melissa Teo Shu Fen, HR from the warehouse, my personal email melissa.teo.sf@gmail.com, please don't send your payslip questions to my work address anymore, thanks ya.
        Oi, Darren Wee's IC number is T0662572F leh, he leave his wallet at the futsal court, I keep for him first, his house is 47 Jalan Kayu #02-09 right?
        Tolong share: Mak Cik Rokiah binti Said, 75 tahun, hilang sejak pagi tadi from her flat at Blok 301 Woodlands Street 31 #07-55; she has dementia, last seen wearing baju kurung biru. Call son 9104 5587.
        Lowyat marketplace: Selling my PS5, meet at Sunway Pyramid. Contact Lee Kah Meng, +60 19-206 2286, kahmeng.lee88@gmail.com, or come to my house Unit 15-3, Residensi Pandan, Jalan Pandan Indah.
        Aiyah, Uncle Tan Ah Kow from Blk 22 Upper Boon Keng Rd #10-1122 just kena stroke last night, now in SGH Ward 67; his daughter Irene say visitors only family for now.
        Guys the group leader for Hari Raya open house is Puan Hasnah Abdul Karim lah, she stay Block 5 Pasir Ris Dr 1 #03-301, her number 9642 8815, contribute $20 each PayNow to her ok.
    """),
}
CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me write a message to my landlord?"),
        ("assistant", "Sure, what would you like to say?"),
        (
            "user",
            "His name is Mr Lau Chee Meng and I rent #08-112 at Block 230 Serangoon Avenue 2. Tell him my salary got cut so I can only pay $1,500 this month. My NRIC is T7378290I if he asks.",
        ),
    ],
    [
        ("user", "I need to fill in a hospital form for my dad."),
        ("assistant", "I can help. What details does the form ask for?"),
        (
            "user",
            "Name Goh Beng Huat, born 22 January 1951, NRIC S0766656Z, he has end-stage kidney failure, my contact is 9312 7144.",
        ),
    ],
    [
        ("user", "Tolong saya tulis surat rayuan kepada majikan."),
        ("assistant", "Baik, boleh berikan butiran anda?"),
        (
            "user",
            "Nama saya Norhayati binti Salleh, MyKad 040127065715, saya dibuang kerja kerana cuti bersalin. Alamat: No. 3, Jalan Kenari 7, Puchong.",
        ),
    ],
    [
        ("user", "draft a whatsapp to my tenant lah"),
        ("assistant", "Okay, what's the message about?"),
        ("user", "Tenant is Ravi s/o Krishnan, phone +60 12-987 0686,"),
        ("assistant", "Got it. And the content?"),
        (
            "user",
            "tell him his car WA 8821 Q blocking the lorong again and he owe RM1,800 rent since September.",
        ),
    ],
    [
        ("user", "Summarise this e-mail for me."),
        ("assistant", "Please paste the e-mail."),
        (
            "user",
            "From: amelia.khoo.88@gmail.com - Hi Dr Wong, I'm Amelia Khoo, your patient since 2019. My depression has worsened after my divorce and I'd like to increase my sertraline. My mobile is 8183 4284.",
        ),
    ],
    [
        ("user", "I want to check if this IC is valid"),
        (
            "assistant",
            "I can explain the checksum format, but I won't look anyone up. What is it for?",
        ),
        (
            "user",
            "it's my maid's, Maria Santos Dela Cruz, FIN F5317507N, she turns 38 on 5 June and I need to renew her work permit",
        ),
    ],
    [
        ("user", "Help me reply to this buyer on Carousell"),
        ("assistant", "Sure, what did the buyer say?"),
        (
            "user",
            "Buyer is Ng Kok Leong, says he will collect the sofa at my place 28 Jalan Bahagia #03-02 Singapore 329012 tomorrow, his number 9625 0585",
        ),
        ("user", "just say ok can, 7pm."),
    ],
    [
        ("user", "Saya nak buat resume."),
        ("assistant", "Boleh. Apa nama dan pengalaman anda?"),
        (
            "user",
            "Muhammad Irfan bin Zakaria, lahir 14 Mac 1998, e-mel irfan.zakaria98@yahoo.com, telefon 018-059 7354, pernah kerja di Petronas sebagai juruteknik 3 tahun.",
        ),
    ],
    [
        ("user", "my son's school asking for medical info, how to phrase"),
        ("assistant", "What information do you want to share?"),
        (
            "user",
            "Lucas Tan Yi Xiang, P3 Integrity at Rosyth School, asthma and severe peanut allergy, EpiPen in his bag. Emergency contact is me, Tan Mei Hua, 9744 2190.",
        ),
    ],
    [
        ("user", "Translate into Malay please:"),
        ("assistant", "Sure, paste the text."),
        (
            "user",
            "My name is Chong Li Ping, I live at 12-3A Jalan Ipoh Kecil, 50350 Kuala Lumpur, my IC is 801204-14-9424 and I want to report that my ex-husband is not paying child maintenance.",
        ),
    ],
]
