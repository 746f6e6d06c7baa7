"""Blind check set en9: Singapore/Malaysia/Hong Kong English support, HR and chat data vs clean literature, docs and public record. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en9
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "literature"): _lines("""
        Summarise the opening chapter of Great Expectations: Pip, an orphan raised by his harsh sister and her kind husband Joe Gargery, meets the escaped convict Magwitch in the marshes and steals food for him.
        In Jane Austen's Persuasion, Anne Elliot meets Captain Wentworth again eight years after she was persuaded by Lady Russell to break off their engagement.
        Write a short analysis of how Catherine Lim uses the character of Mrs Tan in Little Ironies to satirise Singaporean kiasu culture.
        In Kevin Kwan's Crazy Rich Asians, Rachel Chu travels to Singapore with Nick Young and discovers that his family is one of the wealthiest on the island.
        Explain the symbolism of the green light at the end of Daisy Buchanan's dock in The Great Gatsby.
        In Tash Aw's The Harmony Silk Factory, Johnny Lim is described in three contradictory accounts, including one by his son Jasper and one by his wife Snow Soong.
        Macbeth's soliloquy 'Tomorrow, and tomorrow, and tomorrow' follows the news that Lady Macbeth is dead; discuss what it reveals about his state of mind.
        Summarise Lloyd Fernando's Scorpion Orchid, in which four university friends, Guan Kheng, Sabapathy, Peter and Santinathan, face the riots of 1950s Singapore.
        In Of Mice and Men, George Milton looks after Lennie Small, whose mental disability and great strength lead to the tragedy at the ranch.
        Rewrite this sentence in simpler English for a Primary 5 comprehension worksheet: 'Harry Potter, who had never received a letter before, stared at the envelope addressed to the cupboard under the stairs.'
        Compare the narrators of Wuthering Heights: Mr Lockwood, the tenant of Thrushcross Grange, and Nelly Dean, the housekeeper who tells him about Heathcliff and Catherine Earnshaw.
        In Amitav Ghosh's The Glass Palace, Rajkumar, an Indian orphan in Mandalay, builds a teak business and marries Dolly, a maid of the exiled Burmese queen.
        Discuss whether Ebenezer Scrooge's transformation in A Christmas Carol is believable, using evidence from his visits with the Ghost of Christmas Yet to Come.
        In Hamlet, Ophelia's madness and death by drowning are reported by Gertrude; how does Shakespeare use offstage events here?
    """),
    ("en", "history"): _lines("""
        Lee Kuan Yew became the first Prime Minister of Singapore in 1959 and led the country through separation from Malaysia in August 1965.
        Tunku Abdul Rahman proclaimed the independence of the Federation of Malaya at Stadium Merdeka on 31 August 1957.
        Sir Stamford Raffles signed a treaty with Sultan Hussein Shah and the Temenggong Abdul Rahman in 1819, allowing the British East India Company to set up a trading post.
        Write 150 words on Tun Abdul Razak's New Economic Policy, introduced after the May 13 incident of 1969.
        Lim Bo Seng, a member of Force 136, was captured by the Japanese in 1944 and died in Batu Gajah prison; a memorial to him stands at Esplanade Park.
        Marie Curie was the first person to win Nobel Prizes in two different sciences, physics in 1903 and chemistry in 1911.
        The Japanese occupation of Singapore began on 15 February 1942, when Lieutenant-General Arthur Percival surrendered to General Tomoyuki Yamashita at the Ford Factory.
        Parameswara, a prince from Palembang, is traditionally credited with founding the Malacca Sultanate around 1400.
        Dr Sun Yat-sen used the villa now known as Sun Yat Sen Nanyang Memorial Hall in Balestier as a base for the Tongmenghui in Southeast Asia.
        Yusof Ishak served as the first President of Singapore from 1965 until his death in 1970, and his portrait appears on the country's currency notes.
        Alan Turing's paper On Computable Numbers, published in 1936, introduced the abstract machine now named after him.
        Explain why Sir Henry Pottinger became the first Governor of Hong Kong after the Treaty of Nanking in 1842.
        Dr Mahathir Mohamad served as Prime Minister of Malaysia from 1981 to 2003 and again from 2018 to 2020.
        David Marshall, Singapore's first Chief Minister, resigned in 1956 after talks in London on self-government failed.
    """),
    ("en", "news"): _lines("""
        Prime Minister Lawrence Wong said at the National Day Rally that the government would expand support for lower-income families under ComCare.
        Health Minister Ong Ye Kung told Parliament on Tuesday that waiting times at polyclinics had fallen by 12 per cent since the new appointment system was rolled out.
        Anwar Ibrahim announced in the Budget speech that the targeted RON95 subsidy would begin in the second half of the year.
        The Land Transport Authority said the Thomson-East Coast Line stations between Bayshore and Sungei Bedok will open in phases from next year.
        Hong Kong's Chief Executive John Lee delivered his Policy Address at the Legislative Council, focusing on housing supply and the Northern Metropolis.
        The Monetary Authority of Singapore kept its exchange rate policy unchanged in its October review, citing easing core inflation.
        Bank Negara Malaysia held the overnight policy rate at 3.00 per cent, Governor Abdul Rasheed Ghaffour told reporters in Kuala Lumpur.
        The Ministry of Education said more than 40 secondary schools will adopt full subject-based banding from 2025.
        Singapore Airlines reported a record full-year net profit, with chief executive Goh Choon Phong crediting strong demand for premium seats.
        Minister for Sustainability and the Environment Grace Fu opened the new NEWater plant at Changi, the sixth in the country.
    """),
    ("en", "docs"): _lines("""
        To reset your SingPass password, open the Singpass app, tap Profile, then Reset Password, and verify with your face scan.
        The GET /v2/users/{user_id}/orders endpoint returns a paginated list of orders; use the cursor field in the response to request the next page.
        PATCH /accounts/{account_id} accepts a JSON body with any of display_name, locale and timezone; unknown fields are rejected with HTTP 422.
        Set the environment variable MAX_UPLOAD_MB to raise the file size limit; the default is 25 and the hard ceiling is 200.
        The customer_name column is nullable; if it is empty, the invoice template falls back to the company name in the billing_entity table.
        After installing the PayNow plugin, go to Settings > Payments and enter your UEN; the QR code will be generated automatically at checkout.
        Error E1042 means the MyKad reader could not read the chip; clean the card contacts and reinsert it with the chip facing down.
        The phone_number field must be in E.164 format, for example +6590000000 in the test environment; validation fails for numbers with spaces.
        Use the --dry-run flag to print the migration plan without applying it; combine with --verbose to see every ALTER TABLE statement.
        To add a family member to your CPF nomination, log in to the CPF website with Singpass and select My Requests > Nominations.
        Firmware 3.2.1 fixes a bug where the thermostat showed Fahrenheit after a power cut; update via the Home app under Device > About.
        For testing, use the sandbox card number 4111 1111 1111 1111 with any future expiry date and CVV 123.
    """),
    ("en", "code"): _lines("""
        def greet(user_name: str) -> str: return f"Hello, {user_name}! Welcome back."
        SELECT customer_id, full_name, email FROM customers WHERE created_at >= '2024-01-01' ORDER BY created_at DESC LIMIT 50;
        const user = { name: "Jane Doe", email: "jane.doe@example.com", role: "admin" }; // placeholder fixture for unit tests
        class Patient(BaseModel): nric: str; name: str; date_of_birth: date; allergies: list[str] = []
        if not re.fullmatch(r"[STFGM]\\d{7}[A-Z]", nric): raise ValueError("invalid NRIC format")
        for employee in employees: payroll.append({"id": employee.id, "net_pay": employee.gross - employee.cpf_deduction})
        git commit -m "fix: handle empty address_line_2 in delivery label printer"
        assert format_phone("+6591234567") == "+65 9123 4567", "formatter should group SG numbers in fours"
        df = pd.read_csv("students.csv"); df["full_name"] = df["given_name"] + " " + df["family_name"]
        CREATE TABLE tenants (id SERIAL PRIMARY KEY, unit_no VARCHAR(10), lease_start DATE, monthly_rent NUMERIC(8,2));
    """),
    ("en", "config"): _lines("""
        database: host: db.internal.example.com, port: 5432, name: orders_prod, user: app_reader, pool_size: 20
        SMTP_HOST=smtp.example.org SMTP_PORT=587 SMTP_FROM=noreply@example.org MAIL_TIMEOUT_SECONDS=30
        [logging] level = INFO, format = %(asctime)s %(name)s %(message)s, redact_fields = nric, phone, email
        locale: en_SG, currency: SGD, timezone: Asia/Singapore, date_format: DD/MM/YYYY, first_day_of_week: monday
        retention_days: 30, pii_columns: [full_name, nric, mobile, home_address], mask_char: "*"
    """),
    ("en", "recipe"): _lines("""
        For Hainanese chicken rice, poach a whole chicken in ginger and pandan broth for 40 minutes, then plunge it into ice water so the skin turns smooth and gelatinous.
        Nasi lemak: soak 2 cups of rice, cook it with coconut milk, a knotted pandan leaf and a pinch of salt, and serve with sambal, ikan bilis, peanuts and a boiled egg.
        To make kaya, whisk 5 eggs with 200 g sugar, add 250 ml coconut milk and cook over a double boiler, stirring for 45 minutes until thick.
        Aunty's tip for crispy roti prata: rest the dough balls in ghee overnight and stretch them paper-thin before folding.
        Chilli crab sauce: fry garlic, shallots and chilli paste, add tomato ketchup, sugar and stock, then stir in beaten egg just before turning off the heat.
        Laksa lemak needs a rempah of dried chillies, candlenuts, belacan, galangal and lemongrass, fried until the oil separates.
    """),
    ("en", "travel"): _lines("""
        From Outram Park MRT, walk along Neil Road to reach the shophouses of Tanjong Pagar, then continue to Maxwell Food Centre for lunch.
        In George Town, start at the Khoo Kongsi clan house on Cannon Square, then follow Armenian Street to see the street-art murals.
        Take the Peak Tram from Garden Road in Central to Victoria Peak; on clear evenings the view over Victoria Harbour is best after 7 pm.
        Pulau Ubin is a 10-minute bumboat ride from Changi Point Ferry Terminal; rent a bicycle near the jetty and ride to Chek Jawa Wetlands.
        Jalan Alor in Bukit Bintang is Kuala Lumpur's best-known food street, busiest after dark when the satay and grilled stingray stalls open.
        For a heritage walk in Kampong Glam, begin at the Sultan Mosque, then wander down Arab Street and Haji Lane.
        The Cameron Highlands are about three and a half hours from Kuala Lumpur by car; Tanah Rata is the main town and a good base for tea plantation visits.
        Tiong Bahru estate, built by the Singapore Improvement Trust in the 1930s, is known for its Art Deco flats and the wet market on Seng Poh Road.
    """),
    ("en", "organisation"): _lines("""
        Tan Tock Seng Hospital runs the National Centre for Infectious Diseases on Jalan Tan Tock Seng.
        The Lee Kong Chian School of Business at Singapore Management University offers a Master of Professional Accounting.
        Khoo Teck Puat Hospital in Yishun was named after the banker whose foundation funded its construction.
        Universiti Malaya, founded in 1905 as the King Edward VII College of Medicine, is Malaysia's oldest university.
        The Yong Siew Toh Conservatory of Music at NUS admits about 50 undergraduates each year.
        Raffles Institution and Raffles Girls' School both trace their history to the Singapore Institution founded in 1823.
        The Queen Elizabeth Hospital in Kowloon is one of the largest acute general hospitals run by the Hospital Authority.
        Ngee Ann Polytechnic's School of Health Sciences trains nurses, pharmacists and optometrists.
        The Institute of Mental Health in Buangkok is Singapore's only tertiary psychiatric hospital.
        Sime Darby Plantation, Maybank and Petronas are among the largest companies listed on Bursa Malaysia.
    """),
    ("en", "hotline"): _lines("""
        For mental health support at any hour, call the Samaritans of Singapore hotline at 1767 or the IMH Mental Health Helpline at 6389 2222.
        Malaysians in emotional distress can contact Befrienders Kuala Lumpur at 03-7627 2929, available 24 hours.
        To report a power outage, call the SP Group 24-hour hotline at 1800 778 8888.
        For non-emergency police matters in Singapore, call 1800 255 0000 or use the i-Witness form on the SPF website.
        The HDB Branch Service Centre hotline is 1800 225 5432, open Monday to Friday, 8 am to 5 pm.
        Customer service for the Hong Kong Immigration Department can be reached at 2824 6111.
    """),
    ("en", "placeholder"): _lines("""
        Sample form: Name: John Doe, NRIC: S1234567X, Address: 123 Example Street, Singapore 000000. Replace these with your own details.
        Example e-mail signature for the style guide: Jane Q. Public, Senior Analyst, ACME Corp, jane.public@example.com.
        In this tutorial we create a user called alice with the password changeme and then grant her read access to the test bucket.
        Template: Dear [Tenant Name], your rent of [Amount] for unit [Unit No] is overdue. Please pay by [Due Date].
        Fill in the fields as in this example: Full name - Tan Ah Kow (sample), Mobile - 9XXX XXXX, Email - name@example.com.
    """),
    ("en", "sport"): _lines("""
        Joseph Schooling won Singapore's first Olympic gold medal in the 100 m butterfly at Rio 2016, beating Michael Phelps.
        Lee Zii Jia beat Viktor Axelsen in the All England final in 2021 to claim the biggest title of his career.
        Loh Kean Yew became Singapore's first badminton world champion in Huelva in December 2021.
        The Lions drew 2-2 with Thailand at the National Stadium, with Ikhsan Fandi scoring twice in the second half.
        Nicol David held the world number one ranking in women's squash for a record 108 consecutive months.
        Hong Kong fencer Cheung Ka Long successfully defended his Olympic men's foil title in Paris.
    """),
    ("en", "film"): _lines("""
        Review: In Ilo Ilo, Anthony Chen draws a tender performance from Angeli Bayani as Teresa, the Filipino helper who bonds with a troubled boy.
        Michelle Yeoh won the Academy Award for Best Actress for Everything Everywhere All at Once, playing a laundromat owner named Evelyn Wang.
        Jack Neo's I Not Stupid follows three Primary 6 boys struggling in the EM3 stream, a satire on Singapore's education system.
        Tony Leung and Maggie Cheung play neighbours who suspect their spouses of an affair in Wong Kar-wai's In the Mood for Love.
        Yasmin Ahmad's Sepet tells the love story of Orked, a Malay schoolgirl, and Jason, a Chinese boy who sells pirated VCDs.
    """),
    ("en", "maths"): _lines("""
        Ahmad has 3 times as many marbles as Mei Ling. If they have 96 marbles altogether, how many marbles does Mei Ling have?
        Priya bought 4 curry puffs at $1.60 each and 2 drinks at $1.20 each. How much change did she get from $10?
        A train leaves Woodlands at 8.15 am travelling at 60 km/h. Raju leaves 20 minutes later at 75 km/h. When does Raju catch up?
        Siti saved 3/8 of her pocket money and spent 2/5 of the rest on books. What fraction of her pocket money was left?
        Mr Tan's garden is a rectangle 12 m by 7.5 m. He puts a path 1 m wide around the inside edge. Find the area of the path.
    """),
    ("en", "religion"): _lines("""
        In the Book of Ruth, Ruth refuses to leave her mother-in-law Naomi, saying 'Where you go I will go, and where you stay I will stay.'
        Hanuman leaps across the sea to Lanka to find Sita, who has been abducted by Ravana, in the Sundara Kanda of the Ramayana.
        Nezha, the child god who fought the Dragon King's son, is honoured at temples in Singapore during his birthday festival.
        Moses led the Israelites out of Egypt, and Aaron his brother spoke for him before Pharaoh.
        In the Hikayat Hang Tuah, Hang Tuah kills his closest friend Hang Jebat on the orders of the Sultan of Malacca.
    """),
    ("ms", "history"): _lines("""
        Tunku Abdul Rahman Putra Al-Haj dikenali sebagai Bapa Kemerdekaan dan merupakan Perdana Menteri pertama Malaysia.
        Kesultanan Melayu Melaka mencapai kemuncak kegemilangan pada zaman pemerintahan Sultan Mansur Syah.
        Dato' Onn Jaafar mengasaskan UMNO pada tahun 1946 untuk menentang penubuhan Malayan Union.
        Tun Dr. Ismail Abdul Rahman pernah berkhidmat sebagai Timbalan Perdana Menteri dan Menteri Dalam Negeri.
    """),
    ("ms", "docs"): _lines("""
        Untuk memperbaharui lesen memandu, sila log masuk ke portal MyJPJ dan pilih menu Pembaharuan Lesen.
        Pemohon perlu menyediakan salinan MyKad, slip gaji tiga bulan terkini dan penyata bank sebelum temujanji.
        Resipi rendang tok: tumis bahan kisar, masukkan daging, santan, kerisik dan daun kunyit, kemudian masak dengan api perlahan selama dua jam.
        Hubungi talian Bantuan Kebajikan Talian Kasih di 15999 untuk aduan penderaan kanak-kanak.
    """),
    ("mixed", "chat"): _lines("""
        Eh can recommend where to makan near Tampines Hub? Want something not so ex lah, like chicken rice or mixed veg.
        Wah the MRT breakdown on the East-West Line this morning damn jialat, everybody late for work sia.
        Bro the Geylang Serai Ramadan bazaar got the ayam percik stall or not this year? Last year queue until Haig Road.
        Can teach me how to write for loop in Python or not? My lecturer explain until I blur like sotong.
        Lepak at Bukit Bintang tonight? I heard the new mamak at Jalan Alor open 24 hours, roti tisu confirm shiok.
        Which one better ah, the Kaplan course or the SUSS part-time degree? Need something can do after work.
    """),
}
PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        HR note, 14 Oct: Nurul Ashikin binte Rahmat (Ops, Tuas warehouse) disclosed she is undergoing IVF and asked to avoid night shifts until January. Manager Kelvin Ang informed; keep confidential.
        Hi Mdm Rajeswari, this is a reminder from Sengkang Polyclinic: your diabetic eye screening is on 22 Nov at 9.40 am. Please bring your NRIC S6890250I. Reply C to confirm.
        Dear parents, please be informed that Ethan Koh Jun Wei of 3 Integrity was involved in a fight during recess on Monday and has been given a two-day suspension. Kindly contact Mr Sim at 6055 7763.
        Tenant Farhan bin Zulkifli at Blk 412 Bedok North Ave 2 #09-215 has not paid rent since August, owing $2,850. Landlord Mrs Cheong Lai Peng will file with the Small Claims Tribunal if not settled by 30 Nov.
        My parcel never arrived!! Order 88120457 was meant for Vanessa Lourdes Pereira, 27 Jalan Bunga Raya 3, Taman Melawati, 53100 Kuala Lumpur, phone 016-794 8870. Courier says delivered but nobody came.
        I wish to complain that Maybank deducted RM1,200 twice from my account for the same car loan instalment. Name: Tharmalingam a/l Subramaniam, MyKad 791007-11-0584, account ending 4417.
        Resume - Goh Shu Min. Mobile: +65 8317 0892. Email: gohshumin@yahoo.com.sg. Experience: Senior Accounts Executive, Hup Seng Logistics (2019-present). Education: BAcc, NTU, 2018.
        To whom it may concern, I have known Mr Ravindran Pillai for six years as his supervisor. He is honest and punctual, although he took extended leave in 2022 for treatment of depression, from which he has fully recovered. - Dr Helen Fong, 9085 7213
        Mummy, Ah Boy's fever still 39.2 this morning, I bring him to Dr Lim clinic at Blk 203 Toa Payoh first. Can you fetch Xin Yi from school at 1.30? - Jia Hui
        Full name: Muhammad Hafiz bin Osman | NRIC: S3458962C | DOB: 04/07/1989 | Address: 18 Jalan Kembangan, Singapore 419123 | Mobile: 9577 6387 | Next of kin: Siti Hajar (wife)
        emp_id,name,nric,dept,medical_leave_days,reason\\n1043,Chandra Devi d/o Muthu,S2637278Z,Finance,14,post-surgery (hysterectomy)
        {"patient": "Wong Kah Lok", "hkid": "R279453(4)", "phone": "+852 5068 2124", "ward": "B7", "diagnosis": "alcoholic liver cirrhosis", "admitted": "2026-11-28"}
        Hi Shanti, thanks for the chat yesterday. Just to confirm, your salary after the promotion will be $6,400 and you start as Team Lead on 1 Jan. Regards, Marcus Teo, HR Business Partner, Kallang Digital Pte Ltd, marcus.teo@kallangdigital.com.sg, 8888 9105
        Jason told me in confidence that his brother Wei Jie was arrested last week for drug possession and is now remanded at Changi. Please don't tell anyone at church.
        Auntie Rosnah owes the Ah Long almost 18k already and they came to splash paint on her door at Block 56 Marine Terrace last night. We need to help her.
        Please update my address for the insurance policy. Policyholder: Gerald Anthony D'Cruz, FIN G6895038X, new address 9 Upper Serangoon View, #12-07 The Vales, Singapore 533863.
        Pakcik Hamid from Taman Sri Muda Section 25 is HIV positive, don't share the cup with him, the kenduri people whisper like that.
        Student: Aisyah Nur Irdina (P4 Compassion), Allergy: severe peanut, EpiPen in school office. Parent: Norazlin Ismail, 92820411. Bus: Pick-up at Blk 633 Jurong West St 65.
        Bro my ex Kavitha keep calling my office number, I already blocked her +6587218430 but she use her friend's phone now. HR say I should make police report.
        Subject: Appeal for fee waiver. Dear Sir, my son Lim Jun Hao (index 2241873) cannot pay the exam fees because I was retrenched in March and my wife is on dialysis. Yours sincerely, Lim Boon Chye, 94797549
        Doctor's memo: Mr Yap Chee Keong, 58, seen on 2/12 for chest pain. ECG abnormal, referred to NHCS cardiology. MC issued 3 days. Contact 9276 8849.
        Dear Mr Loh, your application for the HDB 4-room flat at Tengah Garden Walk has been unsuccessful. Applicant NRIC: T5441881C. Co-applicant: Poh Mei Yee.
        Can someone help me draft a letter? My helper, Maricel Dizon, passport P2648103B, wants to transfer to a new employer in Clementi but her current employer Mr Ng refuses to release her.
        Candidate feedback: Shreya Iyer interviewed well but disclosed she is 4 months pregnant; hiring manager Derrick asked whether we can delay offer. Flag to Legal.
        Hi Encik Azman, your Grab delivery to 3A Jalan Setia Murni U13/55, Setia Alam is delayed. Rider Kamal 013-9892302 will call you. Sorry for the inconvenience.
        Case note 0419: client Lee Siew Ling, 34, lives at Blk 105 Hougang Ave 1 #05-332 with two kids, reports husband Desmond hits her when drunk. PPO application started.
        Account holder Tan Kok Wah (S8058098C) has applied for a debt consolidation plan; outstanding card balances total $41,300 across DBS, UOB and Citibank.
        Yo Darren, thanks for lending me the $300 ah. Will return after my pay on 7th. My PayNow is 9228 4061 if you need to check. - Kumar
        Name: Chan Ka Yan; HKID: V388709A; Mobile: 9977 1339; Address: Flat 12B, Block 3, Laguna City, Kwun Tong; Complaint: landlord kept deposit of HK$24,000.
        Mei Ling from accounts is on medical leave again, she told me it's chemo for her breast cancer, can you cover her payroll run this month?
        Reference: I supervised Ms Nadiah Rahim during her internship at our Penang office from May to August 2025. She handled vendor payments carefully. Please contact me at 0167893509 if you need more details. - Ong Swee Lian
        Hello, I am writing about my late father, Mr Gopal Krishnan, MyKad 561025-10-2759, who passed away on 3 Nov. We need to close his CIMB savings account and claim the balance.
        Victim: Chua Bee Hoon, F, 71. Incident: scammed of $86,000 by caller posing as MAS officer. Residence: 23 Jalan Lembah Kallang, Singapore. Reporting officer: SSgt Iskandar.
        Sorry boss, I cannot come tomorrow, my wife Farah miscarried last night and we are still at KKH. - Hakim
        Wedding RSVP list: 1) Uncle Balakrishnan + Aunty Vasanthi, 2 pax, 9085 7213, vegetarian; 2) Cousin Joanne Tay, 1 pax, 8545-7341, halal; 3) Mr & Mrs Ong Teck Seng, 2 pax, no beef.
        Loan application, Applicant: Roslan bin Yusof, IC 950322-12-5445, employer: Sabah Shipyard Sdn Bhd, monthly salary RM3,850, existing PTPTN loan RM28,000, address Lorong Kenanga 4, Taman Kingfisher, Kota Kinabalu.
        Parent-teacher note: Kai Xuan in 2E has been diagnosed with ADHD and will take medication at 10 am daily. Mother (Mrs Lau) requests the teacher reminds him. Thanks, Ms Arumugam.
        Hey Priyanka, the landlord at Kovan Residences says your roommate Shaun smoked in the unit again and he'll deduct $500 from our deposit. His number is 87626865 if you want to tell him off.
        Complaint against neighbour: Mr Abdul Latiff at #07-118 Blk 219 Choa Chu Kang Central keeps throwing cigarette butts down. Complainant: Irene Sim, #06-118, 8190 3372.
        Ticket #55120: Customer Vivian Leong (vivian.leong88@gmail.com, +65 6653 9671) says her Shopee refund of $129 for order 2311XY never came back to her card.
        Emergency contact form - Employee: Arjun Menon; Blood type: O+; Medical conditions: epilepsy, on levetiracetam; Emergency contact: Lakshmi Menon (mother), +6565788266.
        Boss, Ah Seng from the warehouse kena caught drink driving last Saturday, his licence suspended, so cannot drive the lorry for 2 years. Need to find replacement.
        Please process the CPF withdrawal for my grandmother Madam Lim Ah Moi, S2946037R, she is 82 and now staying at the nursing home in Buangkok Green.
        Passport renewal: Applicant Chong Wei Ming, current passport K7621934D expiring 05/03/2027, address Blk 9 Telok Blangah Crescent #14-50, contact 92820411.
        Dear Puan Zaleha, your son Danish Haikal failed three subjects in the mid-year exam and was absent 11 days without MC. Please meet Cikgu Faridah on Friday at SMK Seri Permai.
        Member ID 00742, Eunice Tan Hui Min, gym membership frozen due to knee ACL surgery at Mount Elizabeth on 12 Sept; resumes Jan.
        Gary ah, your sister Jocelyn said you owe the bank 60k from the failed bubble tea shop, is it true? Ma very worried.
        Delivery note: Recipient Selvi a/p Ramasamy, No. 14, Lorong Perdana 2, Taman Perdana, 14000 Bukit Mertajam, Penang. Tel 0197014198. Leave with guard if not home.
        Hi Coach Ben, my daughter Chloe Ng can't attend swimming on Saturday, she was just diagnosed with dengue at Changi General. Will update. - Cheryl, 9577 6387
        Exit interview summary: Rajesh Nair resigned citing burnout and panic attacks; he has been seeing a counsellor at IMH since June. Final working day 31 Dec.
    """),
}
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Help me write a short message to my landlord, Mr Teo Kim Huat, that the aircon at my unit Blk 302 Clementi Ave 4 #11-214 has been leaking for two weeks.",
        ),
        (
            "assistant",
            "Sure. Dear Mr Teo, I would like to inform you that the air-conditioner in the unit has been leaking for about two weeks. Could you arrange a technician? Thank you.",
        ),
        ("user", "Add that I'm Syafiqah and my number is 9085 7213 so he can call me."),
    ],
    [
        (
            "user",
            "My mum, Mdm Ho Siew Kheng, 67, was just diagnosed with stage 2 colon cancer at NCCS. What questions should I ask the oncologist?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. You could ask about the treatment plan, whether surgery is needed, chemotherapy options, side effects and costs covered by MediShield Life.",
        ),
        ("user", "Also she has Parkinson's, does that change anything?"),
    ],
    [
        (
            "user",
            "Can you format this into a table: Rahul Verma S6890250I Engineering, Nur Syazwani T5441881C Marketing, Jonathan Khoo S4944117G Sales",
        ),
        (
            "assistant",
            "| Name | NRIC | Department | | Rahul Verma | S6890250I | Engineering | | Nur Syazwani | T5441881C | Marketing | | Jonathan Khoo | S4944117G | Sales |",
        ),
    ],
    [
        (
            "user",
            "wah my colleague Benedict kena retrench today, he got 3 kids and just bought BTO at Punggol, how to comfort him ah",
        ),
        (
            "assistant",
            "That's tough for him. You could check in privately, offer to share job leads, and point him to Workforce Singapore's career matching services.",
        ),
        (
            "user",
            "ok also he told me he already missing 2 months of his housing loan, HDB will take back the flat or not?",
        ),
    ],
    [
        (
            "user",
            "Write a reference letter for my former employee Lavanya d/o Sivakumar who worked as an admin assistant at my clinic from 2021 to 2025.",
        ),
        (
            "assistant",
            "To whom it may concern, Lavanya d/o Sivakumar worked as an administrative assistant at our clinic from 2021 to 2025, managing appointments and patient records with great care.",
        ),
        (
            "user",
            "Mention she left because her father had a stroke and she needed to care for him. Sign off as Dr Kenneth Seah, Seah Family Clinic, 6055 7763.",
        ),
    ],
    [
        (
            "user",
            "I need to fill in a bank complaint. My name is Mohd Faizal bin Ahmad, IC 841221-12-4440, and RM4,500 was transferred out of my Bank Islam account without my permission.",
        ),
        (
            "assistant",
            "I'm sorry this happened. Call your bank's fraud hotline immediately to freeze the account, then lodge a police report and attach it to the written complaint.",
        ),
    ],
    [
        (
            "user",
            "Translate to Malay: Dear Cikgu, my daughter Nur Aleesya Sofea in 4 Bestari is having asthma attacks and will be absent until Thursday.",
        ),
        (
            "assistant",
            "Kepada Cikgu, anak perempuan saya Nur Aleesya Sofea dari kelas 4 Bestari mengalami serangan asma dan tidak akan hadir ke sekolah sehingga hari Khamis.",
        ),
    ],
    [
        (
            "user",
            "Summarise this WhatsApp: [8:02] Jun Kai: bro can pass me 2k first, my mum hospital bill at SGH cannot pay [8:05] Darren: again ah? last time 1.5k still haven't return [8:06] Jun Kai: pls I beg you, my credit card all maxed",
        ),
        (
            "assistant",
            "Jun Kai is asking Darren for $2,000 to pay his mother's hospital bill at SGH. Darren points out an earlier $1,500 loan hasn't been repaid, and Jun Kai says his credit cards are maxed out.",
        ),
    ],
    [
        (
            "user",
            "Check my CV summary: Name: Cheah Li Ting, Tel: +65 8317 0892, Email: cheahliting@gmail.com, 7 years in supply chain at Flex, PMP certified.",
        ),
        (
            "assistant",
            "It's clear. Consider adding one quantified achievement, for example the percentage by which you cut inventory costs.",
        ),
        (
            "user",
            "Should I mention the 8-month gap in 2023? It was because of my divorce and custody case.",
        ),
    ],
    [
        (
            "user",
            "Draft a police report: on 1 Dec around 11 pm my car SKJ 4821 T was scratched at the multi-storey carpark of Blk 680 Woodlands Drive 73. I suspect my neighbour Alvin Chia from #08-40 because we quarrelled about parking.",
        ),
        (
            "assistant",
            "On 1 December at approximately 11 pm, my vehicle SKJ 4821 T was vandalised at the multi-storey carpark of Blk 680 Woodlands Drive 73. I suspect a neighbour with whom I had a prior dispute over parking.",
        ),
    ],
    [
        (
            "user",
            "My tenant in Mont Kiara, Mr Daniel Fernandez, 0144526393, has not paid 3 months' rent. What can I do under Malaysian law?",
        ),
        (
            "assistant",
            "You can send a formal letter of demand, then file a claim at the Tribunal for Consumer Claims or civil court; you cannot lock him out without a court order.",
        ),
    ],
    [
        (
            "user",
            "my sis Rachel just told me she's been cutting herself again and doesn't want mum to know. she's 15. what should i do",
        ),
        (
            "assistant",
            "Thank you for caring for her. Stay calm, listen without judging, and encourage her to speak to a counsellor; if she is in immediate danger, call 995. You can also call SOS at 1767.",
        ),
        (
            "user",
            "she sees the school counsellor Ms Ng at Bukit Panjang Govt High already, should i tell her?",
        ),
    ],
    [
        (
            "user",
            "Extract the fields as JSON: Applicant Leung Chi Wai, HKID K7529694, mobile 5833 7990, unit 15/F Flat C, Tai Hing Gardens, Tuen Mun, monthly income HK$19,500.",
        ),
        (
            "assistant",
            '{"name": "Leung Chi Wai", "hkid": "K7529694", "mobile": "5833 7990", "address": "15/F Flat C, Tai Hing Gardens, Tuen Mun", "monthly_income": 19500}',
        ),
    ],
    [
        (
            "user",
            "Write an apology email to Mrs Kamala Devi. Our technician visited her house at 12 Jalan Kasturi, Taman Desa Jaya, Johor Bahru, but broke her gate.",
        ),
        (
            "assistant",
            "Dear Mrs Kamala Devi, we sincerely apologise for the damage to your gate during our technician's visit. We will arrange and pay for the repair at your convenience.",
        ),
        (
            "user",
            "Add her case number ICR-77812 and say Suresh will call her at 011-42597214 tomorrow.",
        ),
    ],
    [
        (
            "user",
            "Boss Wong asked me to note that Pei Shan in packing was hospitalised at Ng Teng Fong for a suicide attempt last weekend. How do I write this in the incident log sensitively?",
        ),
        (
            "assistant",
            "Keep it factual and minimal: note the staff member is on hospitalisation leave from the given date, that her supervisor has been informed, and that details are held confidentially by HR.",
        ),
    ],
]
