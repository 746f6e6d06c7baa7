"""A blind check set of hand-written English, Malay and mixed (Singlish/Manglish) text
from Singapore, Malaysia, Hong Kong and global sources.

Written blind on 2026-12-03: without reading the detectors, the policies, their tests,
the other hand-written sets or the generator's templates, so nothing in it was tuned on.
It was measured once with ``python -P -m residency.corpus.handwritten --blind-en``;
texts and labels were not changed afterwards to improve the numbers.  First sight:
leaked 8 of 76 personal cases, held 18 of 110 clean lines.

``CLEAN`` holds lines that may go offshore: public figures in their public role,
fictional characters and documentation's example users, organisations and places named
after people, company hotlines and office addresses, and hard negatives (order,
tracking and invoice numbers, flights, versions, hashes, UUIDs, private IP addresses,
code, logs, configuration).  ``PERSONAL`` and ``CHATS`` hold text about a private,
identifiable person or with a direct identifier or contact, some of it lightly
obfuscated the way users type it.  All private names and numbers are invented; the
identifiers were made with :mod:`residency.corpus.identifiers` (valid check digits).
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "news"): _lines("""
        Health Minister Ong Ye Kung told Parliament on Tuesday that waiting times at polyclinics had fallen by about a fifth since the new appointment system was introduced.
        Penang Chief Minister Chow Kon Yeow said the state would table a revised plan for the southern reclamation after consulting fishermen's associations.
        Hong Kong's Financial Secretary Paul Chan Mo-po unveiled a budget that cut stamp duty for first-time buyers and extended the electricity subsidy.
        Shanti Pereira clocked 22.57 seconds in the 200m final, the fastest time by a Singaporean woman at the Asian Championships.
        Badminton star Lee Zii Jia withdrew from the Malaysia Open quarter-final with an ankle strain, his coach confirmed to reporters in Bukit Jalil.
        Swimmer Siobhan Haughey, Hong Kong's most decorated Olympian, will carry the flag at the opening ceremony, the sports federation announced.
        AirAsia co-founder Tony Fernandes said on LinkedIn that the group would move its headquarters back to Sepang by the end of the year.
        Sarawak Premier Abang Johari Openg launched the state's first hydrogen-powered bus route in Kuching on Monday.
        Novelist Tan Twan Eng, whose The Garden of Evening Mists was shortlisted for the Booker Prize, spoke at the George Town Literary Festival about writing memory.
        Tampines GRC MP Baey Yam Keng handed out festive hampers at a community event, according to a post on the town council's Facebook page.
        Selangor Menteri Besar Amirudin Shari said flood-mitigation works along Sungai Klang would be completed before the monsoon season.
        Chief Executive John Lee said in his policy address that the Northern Metropolis would eventually provide about half a million homes.
        Sea Ltd chief executive Forrest Li said Shopee had turned profitable in every market except Brazil in the third quarter.
    """),
    ("en", "encyclopedia"): _lines("""
        Sir Stamford Raffles landed in Singapore in January 1819 and signed a treaty with Sultan Hussein Shah and the Temenggong Abdul Rahman.
        Tunku Abdul Rahman, the first Prime Minister of Malaya, proclaimed independence at Stadium Merdeka on 31 August 1957.
        Lim Bo Seng was a resistance fighter who led Force 136 operations in Malaya and died in Japanese custody in 1944.
        Tan Kah Kee founded Xiamen University and was a leading figure among Hokkien merchants in Singapore in the early twentieth century.
        Yap Ah Loy, the third Kapitan Cina of Kuala Lumpur, rebuilt the town after the fire and floods of the early 1880s.
        The Peranakan Museum occupies the former Tao Nan School building on Armenian Street, completed in 1912.
        Nicol David held the world number one ranking in women's squash for 108 consecutive months.
        Munshi Abdullah's Hikayat Abdullah, completed around 1843, is often called one of the first works of modern Malay literature.
        The mangrove forest of Sungei Buloh lies in the north-west of Singapore and is a stopover for migratory shorebirds from Siberia.
    """),
    ("en", "literature"): _lines("""
        Elizabeth Bennet laughed off Mr Darcy's stiff proposal and told him he was the last man in the world she could be prevailed on to marry.
        In Lat's Kampung Boy, young Mat watches his father tapping rubber and dreams of the town beyond the river.
        Phua Chu Kang, the contractor in yellow boots, is remembered for telling everyone not to play play.
        The old fisherman rowed past Pulau Ubin before dawn, the lights of Changi still winking behind him.
        In the story, Ah Ma keeps her savings in a biscuit tin under the altar, and the whole plot turns on the day the tin goes missing.
        Sherlock Holmes lit his pipe and reminded Watson that the dog did nothing in the night-time, which was precisely the curious incident.
    """),
    ("en", "support"): _lines("""
        Hi, my parcel for order #SPX-20261128-44102 has been stuck at the Tampines hub since Friday, can you check what's happening?
        Your refund of S$45.90 for invoice INV-2026-00417 has been processed and should reach your card within 5-7 business days.
        To reset your password, tap Forgot password on the login screen and follow the link we send to the e-mail on your account.
        For lost or stolen cards, call the DBS hotline on 1800 111 1111, or +65 6327 2265 from overseas, 24 hours a day.
        Your trip GR-8842-KLX has ended; a fare of RM 18.40 was charged to your wallet. Rate your driver to help us improve.
        We are aware of a disruption affecting FAST transfers between 02:00 and 04:30 SGT; no action is needed from customers.
        E-mail support@foodpanda.sg with your order ID and a photo of the missing item and we will reply within 24 hours.
        Our office at 1 Raffles Place, #20-01, Tower 2, Singapore 048616 is open Monday to Friday from 9 am to 6 pm.
        Thanks for waiting! Ticket #483920 has been escalated to our logistics partner and you will hear from us by Wednesday.
    """),
    ("en", "docs"): _lines("""
        In this example, Alice signs the message with her private key and Bob verifies it with Alice's public key.
        Fill in the form as shown: Name: Jane Smith, Date of birth: DD/MM/YYYY, Email: jane.smith@example.com.
        The sample request creates a user named John Doe with the e-mail john.doe@example.org and returns HTTP 201 Created.
        Set RESIDENCY_HOME=SG and run make bench to reproduce the numbers; the dashboard listens on localhost port 8080.
        The endpoint GET /v2/orders/{order_id} returns 404 if the order does not exist or belongs to another merchant.
        Rate limits: 600 requests per minute per API key; exceeding this returns 429 with a Retry-After header.
        Mallory, the attacker in our threat model, can read and modify every packet between Alice and the server.
    """),
    ("en", "code"): _lines("""
        def luhn_ok(n: str) -> bool: return sum(int(d) if i % 2 == 0 else sum(divmod(int(d) * 2, 10)) for i, d in enumerate(reversed(n))) % 10 == 0
        SELECT order_id, status, SUM(amount) FROM orders WHERE created_at >= '2026-11-01' GROUP BY order_id, status HAVING SUM(amount) > 100;
        const API_BASE = "http://localhost:3000/api"; fetch(`${API_BASE}/health`).then((r) => r.json());
        3f9a2c1 fix: retry S3 upload on 503 | 8b7e0d4 feat: add Malay locale to date formatter | c01d2e9 chore: bump pandas to 2.2.3
        docker run -p 5432:5432 -e POSTGRES_PASSWORD=postgres -e POSTGRES_DB=shop postgres:16-alpine
        server: {host: 0.0.0.0, port: 8443}, db: {host: 10.0.3.17, pool_size: 20}, region: ap-southeast-1
        Traceback (most recent call last): File "/app/worker.py", line 88, in handle: KeyError: 'shipment_id'
        CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, full_name TEXT NOT NULL, nric_hash CHAR(64), created_at TIMESTAMPTZ DEFAULT now());
    """),
    ("en", "logs"): _lines("""
        2026-11-30T08:14:22.117Z INFO payment-svc txn=7f3c9e2a-51b4-4d0e-9a8f-2c6b1e0d4a77 status=SETTLED amount=129.00 currency=SGD latency_ms=212
        192.168.1.42 - - [30/Nov/2026:10:02:11 +0800] "GET /static/app.js HTTP/1.1" 200 48213 "-" "Mozilla/5.0"
        WARN [scheduler] job nightly-reconcile took 1843s (threshold 1200s), host=ip-10-0-1-23.ap-southeast-1.compute.internal
        ERROR order-api: upstream timeout after 30000 ms calling http://inventory.internal:9090/v1/stock?sku=LG-OLED55-C3
        {"level":"info","ts":"2026-12-01T03:00:00+08:00","msg":"cache warmed","keys":18432,"hit_ratio":0.973}
    """),
    ("en", "numbers"): _lines("""
        The oil filter, part number 90915-YZZE1, fits most Toyota Vios models produced between 2013 and 2022.
        The second edition (ISBN 978-981-4827-06-5) adds a chapter on the 1964 race riots.
        Bus 190 runs from Choa Chu Kang to New Bridge Road every 8 to 12 minutes during peak hours.
        Your shipment 9400 1118 9922 3847 5612 34 was scanned at the Changi sorting centre at 06:42.
        The median gross monthly income of full-time employed residents rose 5.1 per cent to S$5,500 in 2025.
        If x is normally distributed with mean 65 and standard deviation 8, about 95% of values lie between 49 and 81.
        Postal codes beginning with 52 cover Tampines and Pasir Ris, while those starting with 31 are in Toa Payoh.
        Version 4.12.3 fixes CVE-2026-31337 and raises the minimum supported Python to 3.10.
        Invoice no. 2026/11/00873, amount due MYR 4,312.50, payment terms 30 days net.
        Join the town hall webinar with meeting ID 845 2391 0076 and passcode 551902.
    """),
    ("en", "organisations"): _lines("""
        Tan Tock Seng Hospital's emergency department saw more than 400 patients a day during the December peak.
        The Lee Kong Chian School of Business at SMU has launched a part-time master's in sustainable finance.
        Traffic along Jalan Tun Razak will be diverted on Sunday morning for the Kuala Lumpur marathon.
        The Queen Elizabeth Hospital in Kowloon has reopened its renovated specialist outpatient block.
        Universiti Tunku Abdul Rahman will hold its convocation at the Kampar campus from 12 to 15 December.
        Ngee Ann City on Orchard Road takes its name from the Ngee Ann Kongsi, a Teochew clan foundation.
        Raffles Place MRT station will close exit H for upgrading works until March.
        Maybank Group Customer Care: 1-300-88-6688 within Malaysia or +603 7844 3696 from overseas.
    """),
    ("en", "meeting"): _lines("""
        Action items: migrate the staging cluster to Kubernetes 1.31 by 15 Dec; platform team to draft the on-call rota; revisit the Q1 budget next Thursday.
        Minutes: the steering committee agreed to pilot the chatbot in two polyclinics before rolling it out nationwide.
    """),
    ("en", "forum"): _lines("""
        Does anyone know if bus 36 still goes to the airport after 11pm? Need to catch a red-eye on Saturday.
        Just finished the Southern Ridges walk from Kent Ridge Park to HortPark, about 10 km, bring water!
    """),
    ("ms", "news"): _lines("""
        Ketua Menteri Pulau Pinang Chow Kon Yeow berkata kerajaan negeri akan menambah laluan bas percuma ke Seberang Perai mulai Januari.
        Menteri Besar Johor Onn Hafiz Ghazi merasmikan jejantas baharu di Jalan Skudai pada hari Isnin.
        Datuk Nicol David dilantik sebagai duta sukan negara untuk kempen gaya hidup sihat tahun ini.
        Penyanyi Datuk Seri Siti Nurhaliza akan mengadakan konsert amal di Axiata Arena pada bulan depan.
    """),
    ("ms", "encyclopedia"): _lines("""
        Tunku Abdul Rahman Putra Al-Haj dikenali sebagai Bapa Kemerdekaan dan menjadi Perdana Menteri pertama dari 1957 hingga 1970.
        Kota A Famosa dibina oleh Portugis pada tahun 1511 selepas Afonso de Albuquerque menawan Melaka.
        Hang Tuah ialah laksamana legenda Kesultanan Melaka yang kisahnya diceritakan dalam Hikayat Hang Tuah.
    """),
    ("ms", "support"): _lines("""
        Pesanan anda #MY2611-55820 telah dihantar dan dijangka tiba dalam 3 hingga 5 hari bekerja.
        Untuk menukar kata laluan, pergi ke Tetapan > Keselamatan dan pilih Tukar Kata Laluan.
        Sila hubungi talian khidmat pelanggan TNB di 15454 untuk melaporkan gangguan bekalan elektrik.
        Bayaran balik RM 59.90 akan dikreditkan ke akaun anda dalam tempoh 7 hari bekerja.
    """),
    ("ms", "organisations"): _lines("""
        Hospital Sultanah Aminah di Johor Bahru menambah 40 katil baharu di wad kecemasan.
        Jalan Tuanku Abdul Rahman akan ditutup untuk perarakan Hari Kebangsaan pada pagi 31 Ogos.
        Universiti Pendidikan Sultan Idris menawarkan program ijazah sarjana muda pendidikan awal kanak-kanak.
    """),
    ("ms", "docs"): _lines("""
        Dalam contoh ini, pengguna Ali menghantar mesej kepada Abu melalui pelayan yang sama.
        Fungsi kira_cukai(harga, kadar=0.08) mengembalikan jumlah cukai jualan yang perlu dibayar.
    """),
    ("ms", "numbers"): _lines("""
        Kadar inflasi Malaysia pada bulan Oktober ialah 1.9 peratus berbanding tempoh yang sama tahun lepas.
        Penerbangan MH 604 ke Singapura berlepas dari KLIA pada pukul 14:20 di pintu C23.
    """),
    ("ms", "literature"): _lines("""
        Dalam novel Salina karya A. Samad Said, Hilmy tinggal di Kampung Kambing bersama ibunya selepas perang.
    """),
    ("mixed", "forum"): _lines("""
        Wah the queue at Tiong Bahru market today damn long, the chwee kueh uncle sold out by 10am sia.
        Bro anyone try the new nasi lemak stall at SS15? Sambal power lah but the rice a bit dry.
        Eh the 190 bus always pack like sardine one, better take MRT then transfer at Newton lor.
        Boss, my GrabFood order #GF-331-8842 kena cancel twice already, the shop close ah?
        Cannot tahan the jam on Federal Highway this morning, took me 1 hour from Klang to Mid Valley.
    """),
    ("mixed", "news"): _lines("""
        Minister Josephine Teo say the online safety law will cover app stores also, so parents can set limits lah, quite good move.
        JJ Lin's concert at the National Stadium sold out in ten minutes, my whole office was refreshing the ticket page sia.
    """),
    ("mixed", "support"): _lines("""
        Hi, I want to check whether the 12.12 voucher can use together with the SPayLater discount or not ah?
        Abang, the router model TP-Link Archer AX55 keep disconnecting every night, firmware already update to 1.2.3 liao.
    """),
    ("mixed", "code"): _lines("""
        Aiyo the build fail again, npm ERR! code ERESOLVE because react 18 and 19 clash, somebody pin the version pls.
        Staging DB at 10.20.0.5 down again, I restart already, can check Grafana at http://localhost:3001 see got spike or not.
    """),
    ("mixed", "literature"): _lines("""
        Budak Mat dalam Kampung Boy ni memang nakal, but the part where he and his kawan swim in the lombong still make me laugh.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please update the delivery address for order #SG2411-7730 to Blk 418 Ang Mo Kio Ave 10 #07-215, Singapore 560418; the recipient is Mdm Koh Siew Lan.
        Hi, I'm Ravi Chandran, my NRIC is S0244418F and I need to reschedule my MRI scan next week.
        Our new hire Nurul Aisyah binti Kamarudin starts on 2 January at the Bangsar office on a monthly salary of RM 6,800.
        Patient Gerald de Souza, 67, was admitted on 28 Nov with an acute exacerbation of COPD; his daughter Melissa is next of kin.
        Kindly refund to my Visa card 4613 6133 4272 0514, the name on the card is Lim Wei Jie.
        2026-12-01T09:12:44Z WARN auth-svc login failed 5 times for user=priya.menon88@gmail.com from 203.0.113.54, account locked
        {"event":"signup","user":{"name":"Tan Mei Ling","phone":"+65 9680 4420","email":"meiling.tan@outlook.com"},"plan":"family"}
        commit 4e1d9a7b2c0f Author: Marcus Goh <marcusgoh.dev@gmail.com> Date: Tue Nov 24 22:41:07 2026 +0800 fix off-by-one in pagination
        employee_id,name,department,mobile,salary | E1042,Siti Hajar binti Rosli,Finance,012-5329225,7200
        Hi can you call Wei Ming back at 9309 8203, he missed the delivery this afternoon.
        My son Aaron Teo (P4 Kindness) will be absent on Friday because of a dental appointment at KK Hospital.
        Dear Mr Fong, your claim for your wife Fong Lai Yee's stay at Mount Elizabeth Hospital under policy LF-88213407 has been approved.
        Please courier the documents to Flat B, 12/F, Block 3, Laguna City, Lam Tin, Kowloon, attention Chan Ka Wai.
        HKID K657091(7), applicant Leung Siu Fong, renewal appointment at the Kowloon registration office on 9 Dec.
        My passport number is E7732410N, expiring March 2031, name as in passport Joanne Lau Hui Min.
        The white Honda Vezel SLA 4417 E belongs to my neighbour Rajesh at #12-08, he keeps parking in my lot.
        Reference note: Charmaine Ong worked under me at Keppel from 2019 to 2024 and left after long medical leave for depression.
        Birthday reminder: Daniel Fernandez, born 14 March 1991, team lunch at 12 with chocolate cake.
        Contact person: Faridah, +60 16-234 8378.
        Hi doctor, my father Lim Ah Kow has had diabetes for 15 years and his HbA1c last month was 9.2, should we increase his insulin?
        Please add my FIN G0687070N to the tenancy agreement, I'm the new tenant of the common room at Blk 5 Tanjong Pagar Plaza #11-34.
        Send the signed form to my personal email, kavitha.r1984@yahoo.com.sg, not the office one.
        My daughter is on Instagram as @jolene.tan.2009, she's the girl who lost her wallet at Bugis Junction yesterday.
        TO: Muhammad Hafiz bin Osman, No. 17, Jalan SS 2/24, 47300 Petaling Jaya, Selangor. Tel: 013-602 4733.
        ValueError: invalid postal code '56041' for customer Ng Boon Keat (cust_id=88213, email=boonkeat.ng@hotmail.com)
        SELECT * FROM users WHERE email = 'aishah.rahman@gmail.com'; -- 1 row: Aishah Rahman, dob 1994-07-02, Kajang
        Notes: Jason from ops is on medical leave until 10 Dec after his knee surgery at Changi General; Felicia covers his shifts.
        My Mastercard 5568-1895-5391-0922 was charged twice for the same ride, please reverse one of them.
        The landlord of our flat at 22 Lorong Chuan #04-11 is Alan Pereira, you can reach him on 8763 7601.
        payment declined card=378925464113739 holder=SHARMA/ANIL exp=08/28 merchant=MCD-SG-0042
        my nric is s 124 0822 5h, can you help me check my polyclinic appointment?
        call me at 8 3 7 2 - 3 9 7 5 after 6pm, Jeremy
        email me at john dot tan at gmail dot com, I'm the one who ordered the teak sofa.
        ph: +65.9114.3209 (Cheryl, flat viewing on Saturday)
        card no 4782 92 3279 1687 19 exp 07/29, name Goh Soon Huat
        HKID is A 987 885 (0), surname Cheung, please fill it in for me.
    """),
    "ms": _lines("""
        Nama saya Mohd Faizal bin Ismail, no. kad pengenalan 590316-02-7684, saya ingin memohon pinjaman peribadi.
        Sila hantar barang ke No. 8, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru, penerima Puan Zaleha.
        Anak saya Nur Iman Sofea dari kelas 3 Bestari tidak hadir ke sekolah hari ini kerana demam denggi.
        Encik Kamal dari bahagian logistik syarikat kami telah disahkan menghidap kanser kolon dan akan bercuti sakit selama tiga bulan.
        Hubungi saya di 016-188 9078, Azlan.
        E-mel peribadi saya ialah haziqah.mansor@gmail.com, tolong kemas kini dalam rekod HR.
        Gaji bulanan Cik Tan Li Ping di cawangan Ipoh ialah RM 4,250 termasuk elaun.
        Nombor akaun Maybank saya 1140 2288 7361 atas nama Rahimah binti Daud.
        Kereta Myvi bernombor WXY 4821 milik abang saya Shahrul telah disaman di Jalan Ampang.
        Pesakit Encik Gopal a/l Muniandy, 58 tahun, dimasukkan ke wad 5B selepas serangan jantung ringan.
        IC saya 030111-01-2802, tarikh lahir 11 Januari 2003, nama Aina Syahirah.
        Tolong WhatsApp saya 0 1 2 - 0 4 0 8 9 9 1 (Kak Lina).
        Emel saya farhan dot aziz at yahoo dot com dot my, sila hantar resit ke situ.
        Alamat rumah ibu saya: Lot 2317, Kampung Sungai Ramal Dalam, 43000 Kajang, Selangor.
        Nombor telefon jiran saya Pak Man ialah 018.466.5253, dia yang simpan kunci rumah.
        No IC 800818 13 8285, nama Rosli bin Hamid, sila semak status permohonan saya.
    """),
    "mixed": _lines("""
        Eh bro Kelvin Ng hp number 8372 3975, you whatsapp him lah he selling the PS5.
        My ah ma Madam Goh Bee Hwa stay at Blk 123 Ang Mo Kio Ave 3 #05-12, can send the groceries there ah?
        Boss, IC number I give you already: 680602-02-5170, name Lee Chong Keat, pls process the loan fast fast.
        Aiyo my colleague Shalini kena dengue, MC until Monday, her husband Prakash taking care of her.
        Send to my gmail lah: darren.lowkh@gmail.com, the company one got firewall.
        Wah my NRIC T2848782C kena leak in the data breach or not ah, how to check?
        My cousin Wong Ka Ho stay at Flat 7, 21/F, Block C, Kornhill, Quarry Bay, call him at +852 6792 9930 if parcel cannot deliver.
        FIN F2186726T is for my helper Maria Santos, her work permit renewal when ah?
        Abang Grab, I'm at Blk 662B Jurong West St 64, the one in red shirt, my number 9 0 8 2 . 1 4 7 7
        Teacher ah, Ethan Lim from Sec 2 Integrity got ADHD, please let him sit in front row, thank you - his mum Jessica, 9160 5016.
        pls charge to this card ４７２３３５２６５６０８６３４８ thanks, Wei Jie
        I put my HKID A134155(6) in the form already, surname Cheung, can check got problem or not?
        Can transfer to my POSB savings 188-52307-4 ah? Account name Nurul Huda.
        Eh Mei Xin's bday is 22/08/1999 right? Need it for the insurance form, her IC S9524497A.
        Uncle Muthu the security guard at Block 88 say his grandson Arjun admitted to NUH for asthma, we go visit tomorrow.
        ic saya ６２０３０９－１０－０９３３, nama Rosnah binti Yusof, tolong check kenapa claim kena reject.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the in-app assistant of a ride-hailing service in Singapore."),
        ("user", "hi my driver cannot find me, I'm at the taxi stand outside Tampines Mall"),
        ("assistant", "Sorry about that! Would you like the driver to call you?"),
        ("user", "ya pls, my number is 9822"),
        ("user", "9084, name is Sharon"),
    ],
    [
        ("user", "I want to dispute a transaction on my credit card."),
        ("assistant", "I can help with that. Which card and which transaction?"),
        (
            "user",
            "Visa 4324 2492 4353 6947, S$388 at an electronics shop in Sim Lim Square on 29 Nov. I'm Benjamin Chia and I never made that purchase.",
        ),
        (
            "assistant",
            "Thank you, Mr Chia. I have raised dispute case DSP-77120; a temporary credit will be posted within 3 working days.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu temu janji klinik kesihatan."),
        ("user", "Saya nak buat temu janji untuk ibu saya, Puan Salmah binti Harun."),
        ("assistant", "Baik. Boleh berikan nombor kad pengenalan dan sebab lawatan?"),
        (
            "user",
            "IC dia 560213-08-8545. Dia ada darah tinggi dan kaki bengkak sejak minggu lepas.",
        ),
    ],
    [
        ("user", "How many days of hospitalisation leave do I have left this year?"),
        ("assistant", "Please share your employee ID so I can check."),
        (
            "user",
            "It's E2207, Clarissa D'Cruz from the Jurong warehouse. I was warded at NTFGH for 5 days in October for a kidney infection.",
        ),
        ("assistant", "Thanks Clarissa. You have 45 days left after the 5 days in October."),
    ],
    [
        ("user", "boss my parcel never reach, tracking say delivered but nothing at my door"),
        ("assistant", "Sorry to hear that. Could you confirm the delivery address?"),
        (
            "user",
            "No 21, Jalan Setia 5/3, Taman Setia Indah, 81100 Johor Bahru. Nama Tan Kok Leong, hp 012-758 8246",
        ),
        ("assistant", "Thank you, I have asked the courier to check the photo proof of delivery."),
    ],
    [
        ("system", "You are a customer service assistant of a Hong Kong insurer."),
        ("user", "I need to update the beneficiary on my life policy to my wife."),
        ("assistant", "Certainly. Please provide her full name and HKID number."),
        (
            "user",
            "Her name is Ho Wing Yan, HKID M832539(7). My mobile is 5492 7729 if you need to call.",
        ),
    ],
    [
        ("user", "Hi Mrs Rao, this is Ahmad Zulkifli's father."),
        (
            "user",
            "Ahmad has been seeing a counsellor at IMH for anxiety since the exams, so he may be quiet in class. Please keep it between us.",
        ),
        (
            "assistant",
            "Thank you for letting me know, Encik. I will keep an eye on Ahmad and keep this confidential.",
        ),
    ],
    [
        ("system", "You help users of an online marketplace in Malaysia."),
        ("user", "can u send the invoice to my email? nadia_k [at] proton [dot] me"),
        ("assistant", "Sure, may I have your name as on the order?"),
        ("user", "Nadia Kamaruddin, order MY-88410. btw my phone also can, +60 17 253 0144"),
    ],
]
