"""Blind check set en11: English instruction-tuning prompts and answers (SG, MY, HK, global). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en11
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "summarise"): _lines("""
        Summarise in two sentences: Lee Kuan Yew served as Singapore's first prime minister from 1959 to 1990. He oversaw the island's separation from Malaysia in 1965 and its rapid industrialisation, and he remained in cabinet as Senior Minister and later Minister Mentor until 2011.
        Summary: Grab Holdings posted its first full year of adjusted profit, and chief executive Anthony Tan told analysts the company would keep investing in its financial services arm across Southeast Asia.
        Please summarise this press release in one line: Maybank and Tenaga Nasional Berhad today signed a memorandum of understanding on green financing for rooftop solar installations across Peninsular Malaysia.
        Here is a short summary of the article: the MTR Corporation will extend the Tuen Ma line's peak-hour frequency from next month, and the Transport Department expects crowding at Nam Cheong station to ease.
        TL;DR of the thread: people agree the new Jollibee on Jalan Alor is fine but the queue at Din Tai Fung in Pavilion is still worse on weekends.
        Summarise the plot of In the Mood for Love: two neighbours in 1962 Hong Kong, Chow Mo-wan and Su Li-zhen, discover their spouses are having an affair and slowly grow close themselves while refusing to act on it.
        Can you condense this? The Singapore Botanic Gardens became a UNESCO World Heritage Site in 2015; its National Orchid Garden holds more than 1,000 species and 2,000 hybrids.
        In short: Michelle Yeoh became the first Malaysian to win the Academy Award for Best Actress, for her role as Evelyn Wang in Everything Everywhere All at Once.
        Summarise the meeting notes: Action items - the platform team will migrate the staging cluster to Kubernetes 1.30 by Friday; QA owns the regression suite; no decision yet on the logging vendor.
        The review says the Philips Sonicare brush lasts three weeks on a charge, the Oral-B iO is quieter, and both are overpriced in Orchard Road stores compared with Lazada.
        Summary of the quarterly report: Cathay Pacific carried 28% more passengers than a year earlier, with the Hong Kong to Tokyo route showing the strongest recovery.
        Summarise this Wikipedia paragraph: Tan Tock Seng was a Malacca-born merchant and philanthropist who in 1844 funded the pauper hospital that still bears his name.
        Give me the gist of the policy: employees may work from home two days a week, requests go through the HR portal, and managers must respond within five working days.
        Summary: Joseph Schooling beat Michael Phelps in the 100 m butterfly at the 2016 Rio Olympics, winning Singapore's first Olympic gold medal.
    """),
    ("en", "rewrite"): _lines("""
        Rewrite this email to sound friendlier: Dear team, the office will be closed on Hari Raya Haji. Please submit your timesheets by Thursday. Regards, Facilities.
        Make this more formal: hey guys, the all-hands is moved to 3pm, Meeting Room Raffles, bring your laptops.
        Polished version: Dear valued customer, thank you for contacting Starhub support. Your request has been logged and a member of our team will reply within two working days.
        Rewrite for a LinkedIn post: Our startup just closed its Series A led by Sequoia Capital India, and we are hiring backend engineers in Kuala Lumpur and Singapore.
        Paraphrase: The Petronas Twin Towers were the tallest buildings in the world from 1998 until Taipei 101 overtook them in 2004.
        Rewrite this template more clearly: Dear [Customer Name], your parcel [Tracking No.] will arrive at [Address] between [Time Window]. Reply STOP to opt out.
        Shorten this notice: Residents are reminded that the lifts at all blocks along Bedok North Avenue 3 will undergo scheduled maintenance from 9 am to 5 pm next Tuesday.
        Make this apology email less stiff: We regret to inform you that the concert by Jay Chou at the National Stadium has been postponed due to the weather advisory.
        Rewrite in plain English: The lessee shall indemnify the lessor against all claims arising from the use of the demised premises, save where caused by the lessor's negligence.
        Turn this into bullet points: the Star Ferry runs every 8 to 20 minutes between Tsim Sha Tsui and Central, an adult fare is under HK$5, and Octopus cards are accepted.
    """),
    ("en", "extract"): _lines("""
        Extract the fields from this blank form: Full name: ________ NRIC/FIN: ________ Mobile: +65 ________ Email: ________ Signature: ________
        From the template, list the placeholders: {{first_name}}, {{last_name}}, {{policy_number}}, {{renewal_date}}, {{agent_phone}}.
        Extracted entities: ORG = Temasek Holdings, ORG = DBS Bank, LOC = Marina Bay, DATE = 14 March 2024, MONEY = S$1.2 billion.
        Pull out the company names: Sime Darby, Genting, Petronas, AirAsia and Top Glove were the most traded counters on Bursa Malaysia yesterday.
        JSON output: {"product": "Milo Dinosaur", "outlet": "Ah Huat Kopitiam (chain)", "price_sgd": 3.20, "size": "large"}
        Extract the dates from the schedule: National Day Parade rehearsal 29 June, preview 26 July, parade 9 August, all at the Padang.
        List the people mentioned: Sun Yat-sen, Jose Rizal and Tunku Abdul Rahman are all commemorated with streets or memorials in the region.
        Extract address fields from this sample: Block 123 Example Street, #01-01, Singapore 000000 (illustrative placeholder from the API docs).
        Here are the entities: PERSON = Bruce Lee, PERSON = Ip Man, LOC = Foshan, LOC = Kowloon, WORK = Enter the Dragon.
        Fields found in the invoice header: Vendor: Acme Supplies Pte Ltd, UEN 201912345K, Invoice no. INV-00042, Total S$1,284.00, Terms: 30 days.
        Extract the ingredients and quantities: 2 cups jasmine rice, 400 ml coconut milk, 2 pandan leaves, 1 tsp salt, 1 thumb ginger.
    """),
    ("en", "translate"): _lines("""
        Translate to English: Perpustakaan dibuka dari pukul 9 pagi hingga 9 malam setiap hari kecuali cuti umum.
        English translation: Please mind the platform gap. The next train to Pasir Ris will arrive in three minutes.
        Translation: Welcome to Hong Kong International Airport. Passengers transferring to Macau should follow the SkyPier signs.
        Translate the sign: No smoking, no eating, no durians. Fine S$500 for eating or drinking on the train.
        In English this reads: Dear parents, the school will be closed on 31 August for Hari Merdeka and reopen on 2 September.
        The slogan translates roughly as: Malaysia, truly Asia.
        Translate the menu item: char kway teow is stir-fried flat rice noodles with cockles, Chinese sausage, bean sprouts and egg.
    """),
    ("ms", "translate"): _lines("""
        Terjemahkan ke bahasa Melayu: The museum is closed on Mondays. Jawapan: Muzium ditutup pada hari Isnin.
        Sila ringkaskan: Kereta api ETS dari KL Sentral ke Ipoh mengambil masa kira-kira dua jam setengah.
        Jawapan: Tunku Abdul Rahman ialah Perdana Menteri Malaysia yang pertama dan mengisytiharkan kemerdekaan pada 31 Ogos 1957.
        Resipi ringkas: rendang daging memerlukan santan, kerisik, serai, lengkuas dan cili kering, dimasak perlahan selama tiga jam.
        Soalan matematik: Ali membeli 4 buah durian pada harga RM15 sebuah. Berapakah jumlah yang perlu dibayar? Jawapan: RM60.
        Terjemahan: Sila beratur dan sediakan kad pengenalan anda sebelum sampai ke kaunter.
    """),
    ("en", "classify"): _lines("""
        Classify this ticket: The mobile app crashes whenever I try to upload a PDF larger than 20 MB. Category: Bug / Priority: Medium.
        Ticket category? Customer asks whether the Samsung Galaxy S24 bought in Hong Kong has a warranty valid in Singapore. Answer: Warranty enquiry.
        Sentiment: The laksa at this stall is amazing but the wait was 40 minutes. Label: Mixed.
        Classify the intent: I want to change my broadband plan from 1 Gbps to 2 Gbps. Intent: plan_upgrade.
        Is this spam? CONGRATULATIONS! You have won an iPhone 15 from Shopee, click the link to claim. Label: spam (phishing).
        Topic label for the headline: Singapore Airlines named world's best airline for the fifth time. Topic: Travel / Business.
        Route this ticket: The invoice PDF shows the wrong GST rate (8% instead of 9%). Team: Billing.
        Toxicity check: This referee was worse than a blindfolded goat. Label: insult, low severity, not targeted at a private individual.
        Classify the genre of the song Gangnam Style by PSY: K-pop / dance.
    """),
    ("en", "story"): _lines("""
        Write a short story about a hawker called Uncle Beng who secretly teaches pigeons to queue. Story: Every morning at six, Uncle Beng unlocked his chicken rice stall in Toa Payoh and whistled twice.
        Mei Ling stared at the rain hammering the zinc roof of her father's shophouse in Ipoh, wondering whether the letter from Penang would ever come.
        Once upon a time in a kampung by the sea, a girl named Nur lived with her grandmother, who could talk to the monsoon winds.
        Detective Inspector Raymond Cheung lit his third cigarette of the night and looked down at the neon of Temple Street. The killer had left another mahjong tile.
        Poem: Under the rain trees of Dunearn Road, the bus stop holds its breath, a schoolboy counts his coins, and the 171 never comes.
        Bedtime story: Kancil the mouse deer wanted to cross the river, so he told the crocodiles the king had ordered a count of every crocodile in the land.
        Continue the story: Aunty Rosnah slammed the wok down. 'Who ate the last kuih lapis?' Her three nephews looked at the ceiling.
        Flash fiction: The last MRT train pulled out of Jurong East and Arjun realised he had left his violin on the platform, and the violin had started to play.
        Write a scene where two old friends, Ah Keong and Bala, argue over whose kopitiam serves better kaya toast. Ah Keong: Yours uses margarine lah!
        Script, Scene 2: KAREN (40s, tired nurse) enters the staff pantry at 3 am. DR LIM (50s) is asleep over a chart. Karen sets down a cup of Milo.
        Jasmine had been a Grab driver for exactly eleven days when a passenger in a wedding dress got in and said, just drive.
        Fable: A proud durian tree mocked the humble pandan bush, until the storm came and only the pandan bent without breaking.
    """),
    ("en", "explain"): _lines("""
        Explain how the Singapore NRIC is structured: a prefix letter (S, T, F, G or M), seven digits and a check letter computed from weighted digits.
        What is the PDPA? Singapore's Personal Data Protection Act 2012 governs how organisations collect, use and disclose personal data, and is enforced by the PDPC.
        Explain CPF in simple terms: the Central Provident Fund is a mandatory savings scheme where employers and employees in Singapore contribute part of monthly wages.
        How does a MyKad number encode data? The first six digits are the birth date, the next two indicate the place of birth, and the last four are a serial number.
        Explain the difference between TCP and UDP for a beginner: TCP guarantees ordered delivery with handshakes, UDP just fires packets and hopes.
        What is a Hong Kong Identity Card? It is issued by the Immigration Department to residents aged 11 and above; permanent residents hold one marked with three stars.
        Explain k-anonymity: a dataset is k-anonymous if every record is indistinguishable from at least k minus 1 others on its quasi-identifiers.
        Why do mangrove forests matter? They protect coastlines from erosion, store carbon in their mud, and shelter juvenile fish, as seen at Sungei Buloh Wetland Reserve.
        What does MPF mean? The Mandatory Provident Fund is Hong Kong's compulsory retirement scheme, where employers and employees each contribute 5% of relevant income up to a cap.
        Explain the Monty Hall problem: switching doors wins two-thirds of the time because the host's choice gives you information.
        How does GDPR define personal data? Any information relating to an identified or identifiable natural person, such as a name, an ID number or location data.
    """),
    ("en", "code"): _lines("""
        Fix this test: def test_user(): u = User(name='Alice Example', email='alice@example.com', phone='+65 0000 0000'); assert u.is_valid()
        Here is the corrected SQL: SELECT customer_id, COUNT(*) AS orders FROM orders WHERE created_at >= '2024-01-01' GROUP BY customer_id HAVING COUNT(*) > 5;
        Why does this fail? const user = { firstName: 'John', lastName: 'Doe', dob: '1970-01-01' }; console.log(user.fullName); // undefined
        Refactored: def mask_nric(nric: str) -> str: return nric[0] + '****' + nric[-4:] if len(nric) == 9 else nric
        Fixture: fake = Faker('en_SG'); rows = [{'name': fake.name(), 'postcode': fake.postcode()} for _ in range(100)]
        Add type hints: def send_reminder(patient_id, appointment_date, clinic_name): ...
        The regex for a Malaysian postcode is five digits: ^[0-9]{5}$ ; for Hong Kong there are no postcodes at all.
        Bug: in class Employee the method get_salary returns self.salary * 12 but salary is already annual. Fix: return self.salary.
        pandas one-liner: df.groupby('department')['headcount'].sum().sort_values(ascending=False).head(10)
        Unit test data: accounts = [('ACC-TEST-001', 100.0), ('ACC-TEST-002', 0.0)]; assert total(accounts) == 100.0
        Dockerfile fix: use FROM python:3.12-slim, then RUN pip install --no-cache-dir -r requirements.txt, then set USER app instead of running as root.
    """),
    ("en", "trivia"): _lines("""
        Who was the first Malaysian in space? Sheikh Muszaphar Shukor, who flew to the International Space Station aboard Soyuz TMA-11 in October 2007.
        Lee Chong Wei won three Olympic silver medals in men's singles badminton, in 2008, 2012 and 2016, and was diagnosed with nose cancer in 2018 before retiring.
        Where was Bruce Lee born? In San Francisco's Chinatown on 27 November 1940, though he grew up in Hong Kong.
        Which singer is known as the Queen of Cantopop? Many fans give the title to Anita Mui, who died of cervical cancer in 2003 at the age of 40.
        Who designed the Marina Bay Sands? The architect Moshe Safdie; the resort opened in 2010 and is owned by Las Vegas Sands.
        Who composed Majulah Singapura? Zubir Said, in 1958; it became the national anthem in 1965.
        Which Hong Kong actor starred in Infernal Affairs alongside Tony Leung? Andy Lau.
        Who is the current King of Malaysia? The Yang di-Pertuan Agong is chosen in rotation from the nine state rulers for a five-year term.
        Trivia: Jackie Chan holds a Guinness World Record for the most stunts by a living actor, and he broke his skull filming Armour of God in 1986.
        Who founded Alibaba? Jack Ma, a former English teacher from Hangzhou, together with 17 co-founders in 1999.
        What was Lee Hsien Loong's profession before politics? He was a brigadier-general in the Singapore Armed Forces; he was treated for lymphoma in 1992.
        Which footballer is Mokhtar Dahari? A Malaysian striker nicknamed Supermokh, who died of motor neurone disease in 1991.
        Who sang Someone Like You? Adele, from her 2011 album 21.
        Q: What is the capital of Sabah? A: Kota Kinabalu.
        Q: Which company makes the Proton Saga? A: Proton Holdings, Malaysia's national carmaker, founded under Mahathir Mohamad in 1983.
    """),
    ("en", "maths"): _lines("""
        Word problem: Siti buys 3 durians at RM12 each and 2 kg of rambutans at RM8 per kg. How much does she pay? Answer: RM52.
        Ah Meng saves S$150 a month. How many months until he has S$2,400? 2,400 divided by 150 is 16 months.
        A train leaves Kowloon at 10:00 travelling at 120 km/h. Another leaves Lo Wu at 10:15 at 100 km/h towards it. The distance is 35 km. When do they meet?
        Priya's loan of S$10,000 has 3% simple interest per year. Interest after 4 years = 10,000 x 0.03 x 4 = S$1,200.
        If Kumar is twice as old as his sister and in 5 years their ages will add to 40, how old is each now? Kumar 20, sister 10.
        A class of 40 students: 18 like nasi lemak, 25 like roti canai, 8 like both. How many like neither? 40 - (18 + 25 - 8) = 5.
        Probability: two dice are rolled; the chance the sum is 7 is 6/36 = 1/6.
    """),
    ("en", "recipe"): _lines("""
        Recipe for Hainanese chicken rice: poach a whole chicken with ginger and spring onion, plunge it into ice water, then cook the rice in the stock with garlic and pandan.
        Kaya toast, serves 2: toast 4 slices of white bread, spread with kaya and cold slices of butter, serve with soft-boiled eggs and dark soy sauce.
        Egg tarts the Hong Kong way: shortcrust or puff pastry, filling of 3 eggs, 100 g sugar, 200 ml hot water and 80 ml evaporated milk, bake at 200 C for 15 minutes.
        Teh tarik method: brew strong black tea, add condensed milk, then pour back and forth between two jugs from a height to build the froth.
        Roti john: split a baguette, pan-fry it face down in a beaten egg mixture with minced mutton and onion, finish with chilli sauce and mayonnaise.
    """),
    ("en", "boilerplate"): _lines("""
        I'm sorry, but I can't help find someone's home address or phone number. If you need to reach them, consider asking a mutual contact.
        As an AI language model, I don't have access to personal data about individuals unless it has been shared with me in this conversation.
        I can't verify identity documents. For NRIC or passport queries please contact the Immigration and Checkpoints Authority directly.
        Sure! Here is a rewritten version of your email. Let me know if you'd like it shorter or more formal.
        I've removed the names, phone numbers and ID numbers from the text as requested and replaced them with [REDACTED].
        Note: I am not a doctor. For medical concerns please consult a licensed healthcare professional or call 995 in an emergency.
        Great question! The short answer is yes, but there are some caveats worth knowing about.
    """),
    ("mixed", "chat"): _lines("""
        Eh can help me summarise this lah, the article about Changi Airport T5 very long. Summary: T5 will open in the mid-2030s and add capacity for 50 million passengers a year.
        Boss, translate this for me can? Jom makan at the mamak after work. English: Let's go eat at the mamak stall after work.
        Wah the new Jay Chou song damn nice, who wrote the lyrics ah? Answer: Vincent Fang is his long-time lyricist.
        Can explain what is BTO or not? Build-To-Order flats are HDB flats built only after enough buyers have booked them.
        Aiyo my Python script keep say KeyError 'name' leh. You're reading row['name'] but the CSV header is 'Name' with capital N.
        Macam mana nak buat ayam goreng berempah? Marinate the chicken with turmeric, lemongrass, curry leaves and salt for an hour, then deep fry until crispy.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Summarise this incident report: At 2.15 pm, resident Goh Swee Lian, 78, of Blk 412 Bedok North Avenue 2 #09-117, was found on the kitchen floor by her son; paramedics suspect a stroke and she was taken to Changi General Hospital.
        Rewrite politely: Hi Mr Ravindran Pillai, your payment of S$2,310.50 for the renovation at 27 Jalan Kembangan is three weeks overdue. Please call me at 8681 7282. Regards, Kelvin Ong.
        Extract the fields into JSON: Name: Tan Wei Jie; NRIC: T9565650H; Mobile: 9796-1569; Email: weijie.tan88@gmail.com; Address: 15 Siglap Plain, Singapore 456012.
        Output: {"name": "Nurul Ain binti Kamaruddin", "mykad": "890719-06-8862", "phone": "019-5282979", "state": "Selangor", "diagnosis": "gestational diabetes"}
        Translate to English: Saya, Mohd Faizal bin Osman (No. K/P 720824-02-6959), dengan ini memberi kuasa kepada isteri saya untuk mengutip dokumen saya.
        Classify this ticket: My name is Chan Ka Yan, HKID H147924(7), I was double-charged HK$4,280 on my credit card ending 7713 and need a refund to my HSBC account 004-562318-883.
        Please summarise the doctor's letter: Mr Lim Boon Kiat (DOB 14/03/1961) has stage 3 chronic kidney disease and should avoid NSAIDs; his daughter Lim Hui Min is the main caregiver.
        Make this email shorter: Dear HR, I'm writing about my colleague Farah Azmi (employee ID SG-40217) who has been on medical leave since March for depression; her manager keeps calling her at home.
        Rewrite this message for the landlord: Hi Mr Wong Chi Keung, the flat at Flat 12B, Tower 3, Laguna City, Kwun Tong still has the leaking pipe. My number is +852 9349 8356. Thanks, Priscilla Lau.
        Extract the entities: PERSON = Siti Hajar binti Rahman, ID = 920703-10-1675, PHONE = 018-4210882, LOC = No. 8, Jalan SS 2/24, Petaling Jaya, DATE = 03/07/1992.
        Summarise: The court heard that Kenneth Yeo Jun Hao, 34, a property agent from Punggol, cheated three clients of S$186,000 and has a gambling problem; sentencing is next month.
        Fix the grammar: my brother Darren Seah he lose his job at the shipyard last month and now he owe the bank 40k, the DBS account 027-841563-2 got frozen already.
        Classify the sentiment of this review: Dr Aisyah at Klinik Mesra Kajang told my mum Puan Zaleha in front of everyone that she has HIV. Unprofessional!
        Draft a reply to this applicant: Name Cheung Hoi Yan, DOB 22 Sep 1998, passport H60187342, applying for the graduate trainee role; she disclosed she is 4 months pregnant.
        Summarise the tenancy agreement: Landlord Ng Kok Wah (NRIC S2816590J) lets 88 Lorong Chuan #04-06 to tenant Arif Hakimi (FIN F9183228M) at S$3,400 per month from 1 May.
        Can you translate this WhatsApp? Abang, Aina kena tahan di Hospital Sultanah Aminah, doktor kata appendix. Call me 019-774 2051. - Kak Long
        Parse this: Patient: Lau Siu Ming | Age 67 | Ward 7A, Queen Elizabeth Hospital | Dx: Parkinson's disease | NOK: Lau Wing Sze, daughter, 93925960.
        Write a LinkedIn recommendation for my ex-colleague Jeremy Koh, and mention that he left Shopee because of his divorce and custody fight over their son Ethan.
        Summarise this complaint: Car SLA 8834 K, owned by Mr Tay Beng Huat, has been parked across my gate at 19 Jalan Bunga Raya every night; his wife Mdm Lee said they don't care.
        Extract the fields: Applicant Rajesh s/o Muniandy, NRIC S2734635I, monthly income S$2,950, existing HDB loan S$211,000, two dependants, address Blk 703 Woodlands Drive 70 #11-345.
        Please make this text more concise: I think you should know that Wendy Chia from accounts is seeing a psychiatrist at IMH and she told me she's been having suicidal thoughts.
        Translate to Malay: Please transfer the deposit of RM1,500 to my Maybank account 1142 3378 9012, account holder Lee Mun Yee, and WhatsApp the receipt to 011-55553251.
        Classify: Hi, I'm Ho Sze Wai from Tai Po, my son Ho Chun Lok (born 2015) was bullied at his primary school and now refuses to go. Which department handles this?
        Proofread: The defendant, Muhammad Haziq bin Abdullah, 23, of Kampung Baru, was charged under the Dangerous Drugs Act after 12 g of methamphetamine was found in his Honda, plate WVB 7723.
        Turn this into a bullet list: Mdm Kwok Lai Fong called from +852 6023 7665; her husband Kwok Tat Ming, 81, wandered away from their flat in Shek Kip Mei again; he has dementia.
        Summarise this email thread: Joanne Lim confirmed her flight SQ 322 on 12 Jan; passport K2219381P; her emergency contact is her partner Marcus Lee, +65 9423 0609.
        Fill in the form for me: Name Yap Chee Keong, MyKad 680221-12-8151, bank CIMB 8007 6124 55, salary RM6,800, employer Intel Penang, reason for loan: father's heart surgery.
        What does this payslip say? Employee: Divya Ramasamy, Emp No. 20451, basic S$4,200, CPF employee S$840, deduction for no-pay leave 3 days.
        Rewrite this eulogy in a gentler tone: Auntie Poh Geok Hoon fought breast cancer for six years, and her sons Daniel and Samuel took turns sleeping at NCCS with her.
        Extract the contact details: For the viewing, please call Mrs Veronica Tse at +852-67102724 or email vtse.home@yahoo.com.hk, the unit is at 22 Braemar Hill Road, flat 5C.
        Summarise the police report: On 4 June, Ms Chong Pei Shan (FIN F0854513T) reported that her ex-boyfriend Alvin Tan threatened to post intimate photos of her online.
        Sort these by date: Zulkifli Hassan paid RM350 on 3 Feb; Zulkifli Hassan paid RM350 on 3 Mar; Zulkifli Hassan missed the April instalment for his car loan.
        Translate this letter to English: Kepada Encik Lim Ah Kow, rumah anda di Lot 2271 Kampung Melayu Majidee, Johor Bahru akan dilelong kerana tunggakan RM48,200.
        Make this note professional: Mr Sivakumar (the guy in unit #03-12, 41 Telok Blangah Rise) keeps shouting at his kids at night, I think the younger one Kavin is being hit.
        Classify this chat message: hi it's me Clarice, new number 8821 6597, can u transfer 800 to my OCBC 687-392014-001 urgently, will explain later.
        Extract: Student Nur Aisyah binti Zainal, IC 070625-09-3847, SPM result 7A, family income RM2,100, father deceased, applying for JPA scholarship.
        Summarise: Mr Leung Kwok Fai's blood test on 2 Nov shows HbA1c of 9.1%; Dr Ma at the Tuen Mun clinic increased his metformin and referred him for an eye check.
        Rewrite this reference: I have known Ong Jia Hui, born 30 April 2001, since she joined our Kranji branch; she was caught taking S$600 from the till last year but has since repaid it.
        Please make this announcement warmer: Congratulations to Mohan and his wife Lakshmi, our finance manager, on the birth of their twins Arya and Advik at Mount Alvernia on 9 October.
        Classify the urgency: Hi, this is Kamarul, my wife Nadia is 38 weeks pregnant and bleeding, we live at 6 Jalan Putra 3, Bandar Baru Bangi, phone +60 17-547 4811.
        Reformat this guest list: Mr & Mrs Teo Kah Leong (table 3, halal meal), Ms Cheryl Foo (wheelchair), Mr Adrian Quek (plus one: his boyfriend Sean).
        Summarise the HR notes: Staff ID HK-0932, Yip Man Kit, written warning for coming to work intoxicated; second offence; EAP counselling offered.
        Translate to English: Ibu saya, Hajah Rokiah binti Yusof, tinggal seorang diri di Kota Bharu dan sudah mula lupa makan ubat darah tingginya.
        Check this visa application: Surname LIEW, given names SHI HUI, nationality Malaysian, passport A47391028, date of birth 17 AUG 1987, HKID N204013(A).
        Summarise this parent message: Hi Teacher Grace, Ethan Chua in 4 Integrity has ADHD and takes Ritalin at 10 am; please remind him. His dad's number is 9070 5354. Thanks, Michelle Chua.
        Classify this insurance claim: Policyholder Tang Siu Fung, HKID C156473(9), claims HK$62,000 for a knee operation at St Teresa's Hospital after a hiking fall at Lion Rock.
        Rewrite as a formal letter: Dear Encik Azlan, my son Harith Iskandar (MyKad 060329-09-8845) could not sit the exam on 14 Oct because he was warded for dengue at Hospital Ampang.
        Extract the key facts: the deceased, Mr Chua Teck Soon, 59, a taxi driver of Yishun Ring Road, left debts of about S$90,000 and is survived by his wife and two daughters.
        Summarise: Car plate GBF 2931 P, owner Ms Koh Shu Fen, received three summonses for illegal parking at Tampines Hub and has not paid S$210 in fines.
        Could you tidy this list for the lawyer: Husband Leong Wai Mun, wife Soo Mei Kuan, married 2011 in Ipoh, two kids, separated since 2023, husband's monthly income RM9,400.
        Help me write a birthday card for my grandma Madam Lam Yuk Ling who turns 90 on 5 March; she lives with us at Kwai Chung Estate Block 9 and just recovered from a hip fracture.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you summarise this clinic note for the handover? Pt: Chen Li Ting, 45F, NRIC S5628414A, known asthmatic, admitted for pneumonia, on IV augmentin.",
        ),
        (
            "assistant",
            "Handover summary: 45-year-old woman with asthma admitted for pneumonia, currently on IV Augmentin. Monitor oxygen saturation and review antibiotics in 48 hours.",
        ),
        ("user", "Add that her husband Samuel can be reached on 8423-8145."),
    ],
    [
        ("user", "Rewrite this email so it sounds less angry."),
        ("assistant", "Sure, please paste the email."),
        (
            "user",
            "Dear Ms Ho Yuen Ting, you still owe me HK$18,000 from the trip to Osaka. If I don't get it by Friday I will tell your boss at Swire. - Brian Kwan",
        ),
    ],
    [
        ("user", "Extract the name, IC and phone from this form and give me CSV."),
        ("assistant", "Please share the form text."),
        (
            "user",
            "Nama: Amirul Hakim bin Rosli / No. KP: 791014060690 / Tel: +60 13-459 2231 / Alamat: 14 Jalan Teratai 5, Taman Johor Jaya",
        ),
        ("assistant", "name,ic,phone"),
    ],
    [
        ("user", "Who is Lee Chong Wei?"),
        (
            "assistant",
            "Lee Chong Wei is a retired Malaysian badminton player who was world number one for 199 consecutive weeks.",
        ),
        (
            "user",
            "Ok cool. Different thing: my uncle Lee Chong Meng in Seremban also got nose cancer, stage 2, he is 61. Is radiotherapy painful?",
        ),
    ],
    [
        ("user", "Write a short story about my daughter for her birthday."),
        ("assistant", "Happy to! Tell me a bit about her."),
        (
            "user",
            "Her name is Chloe Tan, she turns 7 on 18 July, she's in P1 at Rosyth School, loves cats, and she has a hearing aid in her left ear.",
        ),
    ],
    [
        ("user", "Classify this support ticket please."),
        (
            "user",
            "Ticket 88213: Customer Vincent Lai (vincent.lai.hk@outlook.com, +852-94820263) says someone used his HKID T7021814 to open a mobile account in his name.",
        ),
        ("assistant", "Category: Fraud / identity theft. Priority: High. Route to: Security team."),
    ],
    [
        (
            "user",
            "Translate into English please: Saya Puan Rohani, anak saya Danish dimasukkan ke wad kanak-kanak Hospital Tengku Ampuan Rahimah sebab sawan.",
        ),
        (
            "assistant",
            "I am Mrs Rohani. My son Danish has been admitted to the children's ward at Tengku Ampuan Rahimah Hospital because of seizures.",
        ),
    ],
    [
        ("user", "Fix my Python code, it doesn't print the right total."),
        ("assistant", "Please paste the code."),
        (
            "user",
            "salaries = {'Goh Mei Xin': 7200, 'Pradeep Nair': 6850, 'Yeo Zhi Hao': 5100}; print(sum(salaries))  # these are my team's real monthly pay at Keppel",
        ),
    ],
    [
        ("user", "Help me write a message to the property agent."),
        ("assistant", "Sure. What would you like to say?"),
        (
            "user",
            "That I, Sharon Ng, FIN G0867862L, want to view the 3-room flat at Blk 221 Serangoon Ave 4 on Saturday, and my budget is S$3,000 because I just got divorced.",
        ),
    ],
    [
        ("user", "Summarise this WhatsApp thread from our condo group."),
        (
            "user",
            "Mrs Anand (#12-04): The man in #07-01, Mr Francis Yeo, is always drunk and hit his wife again. Mr Low (#03-02): I called the police last night, his wife Ivy had a black eye.",
        ),
        (
            "assistant",
            "Residents report suspected domestic violence in unit #07-01 and say police were called last night.",
        ),
    ],
    [
        ("user", "What's the capital of Malaysia?"),
        ("assistant", "Kuala Lumpur is the capital; Putrajaya is the administrative centre."),
        (
            "user",
            "Thanks. Also can you check if this account number looks right for a transfer to my tenant Encik Hafiz Roslan: Public Bank 3187 4420 19, RM1,250 refund.",
        ),
    ],
    [
        ("user", "Please make this doctor's memo easier for my mother to read."),
        ("assistant", "Of course, paste it in."),
        (
            "user",
            "Mdm Wong Siew Peng, 72, Blk 58 Marine Terrace: HbA1c 8.4, left foot ulcer healing slowly, continue insulin 12 units at night, review at Bedok Polyclinic on 16 Dec.",
        ),
        (
            "assistant",
            "Your sugar level is still a bit high. The wound on your left foot is healing slowly. Keep taking 12 units of insulin every night and go back to Bedok Polyclinic on 16 December.",
        ),
    ],
    [
        ("user", "Draft a complaint to the school."),
        ("assistant", "Sure, what happened?"),
        (
            "user",
            "My son Wong Tsz Hin, Primary 5 at a school in Sha Tin, was slapped by his class teacher Mr Yiu on 3 Nov. Contact me on 5200 7320, Mrs Wong.",
        ),
    ],
    [
        ("user", "Can you turn this into a table: name, plate, unit?"),
        (
            "user",
            "Visitor log: Haris Iskandar SNB 5512 C unit #05-22; Evelyn Sim SKP 9087 A unit #11-03; Kumaresan SGX 4410 Z unit #02-15 (overnight, girlfriend's place).",
        ),
    ],
    [
        ("user", "Explain what a will needs in Singapore."),
        (
            "assistant",
            "A valid will must be in writing, signed by the testator and witnessed by two people who are not beneficiaries.",
        ),
        (
            "user",
            "OK write one for me: I am Koh Ah Lian, NRIC S5947596G, of 10 Jalan Kayu, leaving my flat to my son Koh Jun Wei and nothing to my daughter Koh Li Ping, phone 6638-7098.",
        ),
    ],
]
