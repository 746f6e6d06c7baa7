"""A second blind English/Malay/Singlish check set, in genres no earlier set used.

E-mails and letters with signatures, HR papers, clinic notes, school newsletters and
report-card comments, property listings, job postings, reviews, social posts, notices,
tribunal summaries, press releases, sports reports, product manuals, code review, bug
tickets, Slack/Teams messages, recipes, travel guides, biographies and exam questions.
Clean lines name public figures in public roles, historical and fictional people,
example users, organisations named after people, company hotlines and office addresses,
and many hard negatives (order, ticket and invoice numbers, Jira keys, hashes, UUIDs,
private IP ranges, prices, measurements, flight numbers).  Personal lines and chats name
private people in context or carry a direct identifier or contact, about ten of them
lightly obfuscated.

Written blind on 2026-12-03 (without reading the detectors, the policies, their tests or
the other hand-written sets) and measured once with
``python -P -m residency.corpus.handwritten --blind-en2``.  All names of private people
and all numbers are invented.  First sight: leaked 3/68, false holds 7/123.
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "email"): _lines("""
        Dear Customer, your invoice INV-2026-00417 for S$1,284.50 is attached; please pay by 31 December.
        Thank you for contacting DBS Bank. For card enquiries, call our 24-hour hotline at 1800 111 1111.
        Please do not reply to this message; it was sent from noreply@example.com.
        Subject: Reminder - quarterly town hall on 12 Jan at 3 pm in the Level 5 auditorium.
        Regards, The Admissions Office, National University of Singapore
        Our head office has moved to 10 Marina Boulevard, #22-01, Marina Bay Financial Centre Tower 2, Singapore 018983.
    """),
    ("en", "hr"): _lines("""
        Dear [Candidate Name], we are pleased to offer you the position of [Job Title] at a monthly base salary of [Amount].
        Annual leave entitlement is 14 days for staff with less than five years of service and 18 days thereafter.
        Performance ratings use a five-point scale, from 1 (Does Not Meet) to 5 (Exceptional).
        Medical certificates must be submitted within two working days of returning to work.
        The Employment Act covers all employees under a contract of service, including managers and executives.
    """),
    ("en", "clinic"): _lines("""
        Paracetamol 500 mg: adults take one to two tablets every four to six hours, not exceeding eight tablets in 24 hours.
        Tan Tock Seng Hospital's emergency department is open 24 hours a day.
        Clinic hours: Mon-Fri 8.30 am to 5.30 pm; Sat 8.30 am to 12.30 pm; closed on public holidays.
        Queen Mary Hospital in Pok Fu Lam is a teaching hospital of the University of Hong Kong.
        Patients should fast for eight hours before a fasting blood glucose test.
    """),
    ("en", "school"): _lines("""
        Raffles Institution will hold its Founder's Day assembly on 5 July in the school hall.
        The Primary 4 science excursion to the Singapore Botanic Gardens is on Friday; pupils should bring water bottles and hats.
        Comment bank: [Name] participates actively in class and should continue to read widely.
        The PTA thanks all parents who volunteered at the Sports Day carnival.
        Term 2 begins on 24 March; the school bookshop will open from 7.15 am.
    """),
    ("en", "property"): _lines("""
        Freehold 3-bedroom condominium near Newton MRT, 1,184 sq ft, asking S$2.38 million, viewing by appointment.
        4-room HDB flat in Tampines, high floor, unblocked view, 93 sqm, remaining lease 71 years.
        District 10 bungalows remain among the most expensive landed homes in Singapore.
        Serviced apartment in Mont Kiara, fully furnished, RM4,500 a month, minimum lease 12 months.
    """),
    ("en", "jobs"): _lines("""
        We are hiring a Senior Data Engineer (Python, Apache Beam, GCP); salary range S$8,000 to S$11,000 per month.
        Apply via our careers portal at careers.example.com by 15 January 2027; only shortlisted candidates will be notified.
        Requirements: a degree in Computer Science, at least three years with Kubernetes, and strong SQL.
    """),
    ("en", "reviews"): _lines("""
        Five stars: the laksa was rich and the queue moved quickly even at lunchtime.
        The hotel room was spotless but the air-conditioning was noisy; two out of five for sleep quality.
        Battery lasts about 30 hours with noise cancelling on, which matches the spec sheet.
    """),
    ("en", "social"): _lines("""
        Still get goosebumps watching Joseph Schooling beat Michael Phelps in Rio. #SGpride
        Sunset at Marina Barrage tonight was unreal #Singapore
        Anyone else stuck on the East-West Line this morning? Trains delayed 20 min at Jurong East.
    """),
    ("en", "notices"): _lines("""
        The nation mourns former President S R Nathan, who died on 22 August 2016 at the age of 92.
        Obituary and wedding announcements close at 4 pm daily; rates start from S$150 per column.
    """),
    ("en", "legal"): _lines("""
        Chief Justice Sundaresh Menon delivered the judgment of the Court of Appeal.
        The Small Claims Tribunals hear disputes of up to S$20,000, or S$30,000 with the consent of both parties.
        Donoghue v Stevenson [1932] UKHL 100 established the modern law of negligence.
        Under section 2 of the Contracts Act 1950, an agreement enforceable by law is a contract.
    """),
    ("en", "press"): _lines("""
        SINGAPORE, 2 December 2026 - Grab Holdings announced that Group CEO Anthony Tan will present at its investor day.
        Keppel reported a net profit of S$1.02 billion for the nine months ended 30 September.
        For media enquiries, please contact the Corporate Communications department at media@example.com.
    """),
    ("en", "sports"): _lines("""
        Loh Kean Yew beat his opponent 21-17, 21-19 to reach the quarter-finals.
        Lee Zii Jia withdrew from the tournament with an ankle injury.
        The Lions drew 1-1 with Thailand at the National Stadium in front of 28,000 fans.
    """),
    ("en", "manual"): _lines("""
        Press and hold the power button for 10 seconds to reset the router to factory settings.
        Default gateway: 192.168.1.1; the DHCP pool runs from 192.168.1.100 to 192.168.1.199.
        Model RX-220, firmware v3.4.1, input 100-240 V AC, 50/60 Hz, 1.2 A.
        Example: log in as user alice with the password printed on the sticker, then change it.
    """),
    ("en", "code"): _lines("""
        nit: rename tmp_user to user and drop the unused import of uuid on line 42.
        LGTM once the fixture uses test@example.com instead of a real-looking address.
        The migration fails on users.email when the column is NULL; add server_default=''.
        assert parse_name("John Doe") == ("John", "Doe")
        Bob sends Alice a message encrypted with her public key; Eve cannot read it.
        Commit 3f9a2c1e7b4d fixes the race; empty-file SHA-256 is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
        Request 550e8400-e29b-41d4-a716-446655440000 returned HTTP 502 after 30.2 s.
    """),
    ("en", "tickets"): _lines("""
        PAY-1234: Checkout returns 500 when the cart total exceeds S$10,000. Priority: P2. Fix version: 4.12.0.
        OPS-8812 Steps to reproduce: open settings, toggle dark mode, the app crashes on Android 14.
        Resolved as duplicate of INFRA-4471; the 10.0.0.0/8 range was missing from the allowlist.
        Ticket #884213 escalated to L2 at 2026-11-30T09:14:22Z; SLA breach in 4 hours.
    """),
    ("en", "chat"): _lines("""
        Standup moved to 10:15 today, same Zoom link as usual.
        Deploy to staging is green, prod rollout at 4 pm unless anyone objects.
        @channel the pantry fridge will be cleared on Friday, please take your food out.
    """),
    ("en", "recipes"): _lines("""
        Blend 10 dried chillies, 6 shallots, 3 cloves of garlic and 1 tbsp belacan into a smooth paste.
        Bake at 180 C for 35 to 40 minutes until a skewer comes out clean.
        Poach a 1.6 kg chicken in barely simmering water for 45 minutes, then plunge it into ice water.
    """),
    ("en", "travel"): _lines("""
        From Changi Airport, take the East-West Line to Tanah Merah and change for the city.
        Flight SQ 322 departs Changi at 23:55 and lands at Heathrow at 06:20 the next morning.
        George Town in Penang was listed as a UNESCO World Heritage Site in 2008 together with Melaka.
        Take the Peak Tram from Garden Road to Victoria Peak; the view over Victoria Harbour is best at dusk.
        Ipoh is famous for white coffee, bean sprout chicken and its limestone cave temples.
    """),
    ("en", "biography"): _lines("""
        Yusof Ishak (1910-1970) was the first President of Singapore and earlier co-founded Utusan Melayu.
        Elizabeth Choy was interned and tortured by the Kempeitai during the Japanese occupation of Singapore.
        Lim Bo Seng led Force 136 operations in Malaya and died in Batu Gajah prison in 1944.
        Run Run Shaw (1907-2014) was a Hong Kong media mogul and philanthropist.
        Halimah Yacob served as the eighth President of Singapore from 2017 to 2023.
        Carrie Lam was Chief Executive of Hong Kong from 2017 to 2022.
    """),
    ("en", "exam"): _lines("""
        Question 3 (8 marks): Explain two reasons why the British established a trading post in Penang in 1786.
        Compare the roles of Tunku Abdul Rahman and Lee Kuan Yew in the merger of 1963. [10]
        Calculate the area of a triangle with base 12 cm and height 7.5 cm.
        Source B is a cartoon published in 1964. What is the message of the cartoonist? Explain your answer.
    """),
    ("ms", "email"): _lines("""
        Untuk sebarang pertanyaan, sila hubungi talian khidmat pelanggan kami di 1-300-88-5465 atau e-mel bantuan@example.com.my.
        Kaunter khidmat pelanggan terletak di Aras 1, Menara Axiata, Jalan Stesen Sentral 5, 50470 Kuala Lumpur.
    """),
    ("ms", "hr"): _lines("""
        Cuti tahunan ialah 16 hari setahun bagi pekerja yang berkhidmat lebih lima tahun.
    """),
    ("ms", "clinic"): _lines("""
        Klinik Kesihatan dibuka dari jam 8 pagi hingga 5 petang, Isnin hingga Jumaat.
        Hospital Sultanah Aminah di Johor Bahru menerima pesakit rujukan dari seluruh negeri.
    """),
    ("ms", "school"): _lines("""
        Sekolah Kebangsaan Taman Tun Dr Ismail akan mengadakan hari sukan pada 14 Mac.
        Ibu bapa dijemput ke Hari Terbuka di Dewan Tun Hussein Onn pada hari Sabtu.
    """),
    ("ms", "property"): _lines("""
        Rumah teres dua tingkat di Shah Alam, 22 x 75 kaki, 4 bilik tidur, harga RM680,000, pegangan bebas.
    """),
    ("ms", "jobs"): _lines("""
        Jawatan kosong: Pembantu Tadbir (N19), gaji permulaan RM1,800, tarikh tutup permohonan 20 Disember 2026.
    """),
    ("ms", "reviews"): _lines("""
        Nasi lemak di gerai ini sedap, sambalnya pedas manis, harga pun berpatutan.
    """),
    ("ms", "social"): _lines("""
        Tahniah kepada pasukan hoki negara atas kemenangan 3-2 menentang Korea Selatan semalam!
    """),
    ("ms", "notices"): _lines("""
        Kerajaan mengisytiharkan cuti umum sempena Hari Keputeraan Sultan Selangor.
    """),
    ("ms", "legal"): _lines("""
        Mahkamah Persekutuan ialah mahkamah tertinggi di Malaysia.
        Seksyen 420 Kanun Keseksaan memperuntukkan hukuman bagi kesalahan menipu.
    """),
    ("ms", "press"): _lines("""
        Tan Sri Tony Fernandes, pengasas bersama AirAsia, mengumumkan laluan baharu ke Perth.
    """),
    ("ms", "sports"): _lines("""
        Datuk Lee Chong Wei memenangi pingat perak di Sukan Olimpik Beijing 2008.
        Harimau Malaya tewas 0-2 kepada Jepun di Stadium Nasional Bukit Jalil.
    """),
    ("ms", "manual"): _lines("""
        Tekan butang MULA selama tiga saat untuk menghidupkan mesin basuh.
    """),
    ("ms", "recipes"): _lines("""
        Masukkan 400 ml santan, 2 batang serai dan 1 sudu teh garam, kemudian kacau perlahan.
    """),
    ("ms", "travel"): _lines("""
        Dari Kuala Lumpur, naik ETS ke Ipoh; perjalanan mengambil masa kira-kira dua jam.
        Pulau Langkawi terkenal dengan Gunung Mat Cincang dan kereta kabelnya.
    """),
    ("ms", "biography"): _lines("""
        Tun Dr Siti Hasmah Mohd Ali antara wanita Melayu pertama yang menjadi doktor perubatan.
        Za'ba ialah tokoh bahasa yang menulis Pelita Bahasa Melayu.
    """),
    ("ms", "exam"): _lines("""
        Soalan 2: Huraikan tiga peranan Dato' Onn Jaafar dalam penubuhan UMNO. (9 markah)
    """),
    ("ms", "tickets"): _lines("""
        Tiket SUP-5521: pengguna tidak dapat log masuk selepas kemas kini versi 2.8.3.
    """),
    ("ms", "chat"): _lines("""
        Mesyuarat pasukan dianjak ke pukul 3 petang, bilik Seri Melati.
    """),
    ("mixed", "chat"): _lines("""
        Eh the build fail again lah, can someone check? Jenkins job #4471 red already.
        Lunch at the kopitiam downstairs or want to go Lau Pa Sat? 12.30 can?
        Boss say the demo push to Thursday, so today no need to rush lah.
    """),
    ("mixed", "reviews"): _lines("""
        Wah the chicken rice here damn shiok, $4.50 only, queue also not so long.
        Service quite slow leh, waited 40 minutes for the char kway teow.
    """),
    ("mixed", "social"): _lines("""
        Pagi-pagi dah jam teruk kat Federal Highway, sabar je lah
        Who else watching the NDP rehearsal at the Padang tonight? Fireworks confirm plus chop nice.
    """),
    ("mixed", "travel"): _lines("""
        Go JB by the RTS Link, faster than the Causeway jam, but must book the ticket first hor.
    """),
    ("mixed", "recipes"): _lines("""
        Add one cup santan, then simmer until the kuah thick, don't let it boil too fast later pecah minyak.
    """),
    ("mixed", "sports"): _lines("""
        Harimau Malaya main tadi memang power, Arif Aiman score twice sia!
    """),
    ("mixed", "code"): _lines("""
        Bro this PR got hardcode the 192.168.0.0/16 subnet, better move to config lah.
    """),
    ("mixed", "tickets"): _lines("""
        CS-30917 customer say the app keep crash when open the e-wallet page, version 5.2.0 Android.
    """),
    ("mixed", "school"): _lines("""
        Reminder parents: PSLE oral exam on 8 and 9 Aug, pupils must bring their EZ-Link card hor.
    """),
    ("mixed", "property"): _lines("""
        Condo near Bukit Panjang MRT for rent, 2+1 room, $3,600 nego, can move in January.
    """),
    ("mixed", "jobs"): _lines("""
        Hiring part-time barista at our Tiong Bahru outlet, $12/hr, weekend must can work.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Best regards, Grace Lim Hui Min | Procurement Executive | Mobile: +65 9477 6101
        Cheers, Wong Ka Ho - Account Manager, Kowloon Bay office - +852 9189 5539
        Leave request: Nur Syafiqah binti Azman (Finance) applies for 5 days of medical leave from 8 to 12 Dec for dengue fever; MC attached.
        Hi Karen, can I take urgent leave tomorrow? My son Ethan has hand, foot and mouth disease. - Benjamin Teo, IT Support
        Performance review 2026 - Employee: Ravi Shankar s/o Ganesan, rating 2/5; frequent lateness discussed, improvement plan to follow.
        Dear Ms Chloe Ng Xin Yi, we are pleased to offer you the position of Marketing Executive at a monthly salary of S$4,200.
        Patient Koh Siew Lan (NRIC S0244418F) presented at 3 am with chest pain; known hypertension.
        Discharge summary: Mr Lee Chee Keong, DOB 14/03/1961, admitted for left knee replacement, ward 9B bed 12.
        Referral: please review Mr Hairul Nizam, 42, type 2 diabetes, HbA1c 9.1%, for a diabetic foot ulcer.
        Report card: Aiden Chua is a cheerful boy but must hand in his Mathematics homework on time. - Mrs Fernandez, Form Teacher, 3 Integrity
        Congratulations to Sophia Rahman of Primary 5 Kindness at Greenridge Primary on her gold award in the chess championship.
        At the Small Claims Tribunal, tenant Marcus Yeo Jun Hao of Bedok was ordered to pay his landlord $2,300 for damage to the kitchen.
        One star. The cashier at the Jurong Point branch, Kelvin Ho according to his name tag, shouted at my elderly mother.
        @here Shanti is on leave for the audit week, but you can reach her on 8155-7009 if it's urgent
        Please deliver to Blk 274C Punggol Place #12-345, Singapore 823274, attn Tan Boon Huat.
        Passenger Amanda Seow, passport K4820913M, expiring 2031, seat 42K.
        The silver Honda Vezel with plate SMR 4471 K belongs to my neighbour Mr Ong from the fourth floor.
        Please charge the deposit to my Visa 4990 1987 0215 1701, expiry 08/29. - Jason Lau
        Name: Priscilla Danker, date of birth 22 June 1988, nationality Singaporean.
        Please RSVP to Rachel at rachel.tan.wedding@gmail.com before 15 January.
        Mr and Mrs Lim Kok Seng joyfully announce the marriage of their daughter Evelyn to Daniel Goh on 20 December.
        We announce with sorrow the passing of Madam Teo Ah Moi, 88, beloved mother of Peter, Susan and James; wake at Blk 45 Chai Chee Street.
        BUG-2291: Refund failed for customer Lim Jia Hui (jiahui.lim88@hotmail.com), order 778812; please retry manually.
        Please don't commit real data: tests/data.json still has Derek Sim's NRIC T2848782C in it.
        Send your CV to Mr Dennis Koh, hiring manager, at dennis.koh.hr@gmail.com or WhatsApp 8147 3748.
        For viewing, call the owner Mr Ganesh on 9023 5581 after 7 pm; he is relocating to Perth.
        My son Jayden Lim, 12, scored the winning goal for Woodlands Primary in the zonal final on Saturday.
        Grandma Lucy Ng's kueh recipe - she's 91 now and lives with my uncle in Toa Payoh.
        My late grandfather, Ho Kam Cheong, ran a bicycle shop on Beach Road until 1979 and had eleven children.
        Please courier the lease to Mr Leung Chi Kit, Flat 18C, Tower 2, Laguna City, Kwun Tong, Kowloon.
        Applicant Cheung Wing Yan, HKID E535498A, is requesting a replacement staff pass.
        Reach me at wei.jie.koh at gmail dot com if the portal is down. - Koh Wei Jie
        Alvin here, my number is 9 6 4 3 . 2 1 0 8, call after 6 ya
        Tenant's NRIC for the agreement: F 2186 726 T (Mr Arjun Mehta)
        Email the receipts to nurul_aina92 [at] yahoo [dot] com please, thanks!
        Card on file for Ms Tay: 4290-8476-5480-2805, please don't share this thread.
        My hp is nine one eight seven four four two one, text me when you reach - Eunice
        Sandra Pang's HKID is Q 675255 (8), please add it to the visa form.
    """),
    "ms": _lines("""
        Terima kasih, Muhammad Irfan bin Rosli, Penyelia Tapak, H/P: 016-342 7205
        Pesakit Puan Rosnah binti Yusof, No. K/P 630418-10-5244, disahkan menghidap batu karang.
        Kenaikan gaji: Norhayati binti Ismail, Kerani Kanan, daripada RM3,150 kepada RM3,400 berkuat kuasa 1 Januari.
        Alamat penghantaran: No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam (Encik Azrul).
        Calon Nurul Huda binti Ahmad, angka giliran 0412, pusat peperiksaan SMK Bandar Baru Bangi.
        Cikgu, anak saya Adam Haikal dari kelas 4 Bestari tidak hadir hari ini kerana demam campak.
        IC saya 960618 10 0190, tolong simpan untuk borang insurans ya.
        Sila hubungi Siti Khadijah di ０１２-３４５ ６７８９ untuk tempahan kek.
        Pengantin: Muhammad Danial bin Hashim & Nur Alya binti Rahim, majlis di Dewan Orang Ramai Taman Melawati, 14 Februari.
        Al-Fatihah buat arwah Haji Kassim bin Daud, 79, ayahanda kepada Zainab dan Rosli, dikebumikan di Kampung Baru petang ini.
    """),
    "mixed": _lines("""
        Happy birthday to my darling wife Farah Hanim, 34 today! Love you sayang
        Follow my baking page @aisyah.bakes_kl, DM for orders, I stay near Taman Melawati one.
        Eh Jun Wei, your ex Michelle Toh just got retrenched from Shopee, you know or not?
        We staying at my cousin Hafiz's place, No. 7, Jalan SS2/24, Petaling Jaya, from 3 to 10 Jan.
        Bro pass me Kumar's number, the mechanic, 0182968775 right or not?
        Teacher say my girl Chloe Tan from P3 Diligence kena bullied again, I very worried leh.
        Aunty Mary from Blk 618 #05-221 Ang Mo Kio Ave 4 kena scam, lost $40k already sia.
        Hp saya +60 1 1 - 8 8 5 9 8 1 5 6, call je if lost, nama Syahmi.
        Boss, Mr Tan Ah Kow from account department got cancer, so next week he won't be in lah.
        Cash transfer to my POSB acct 189-45672-3 under Lee Wen Jie ok?
        Reviewer say staff Priya at the Bugis outlet very rude, she roll eyes when I ask for refund.
        Jonathan Lee Wei Ming, born 3 May 1995, IC S9512376G, pls fill in for insurance.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me draft an apology email to my landlord?"),
        ("assistant", "Of course. Can you tell me what happened and who it is from?"),
        (
            "user",
            "I'm Daniel Pereira, unit #07-112 at Blk 233 Serangoon Ave 3. The rent was late"
            " because I was hospitalised for appendicitis.",
        ),
    ],
    [
        ("user", "Write a WhatsApp message to my tutor Ms Farhana, her number is 9643"),
        ("assistant", "Sure. What is the rest of her number, and what should it say?"),
        ("user", "2108. Tell her my daughter Aisyah will miss Tuesday's class."),
    ],
    [
        ("system", "You are a helpful HR assistant."),
        (
            "user",
            "Tolong buat surat cuti sakit untuk saya, nama Mohd Firdaus bin Kamarul, IC"
            " 641212-02-0396, MC 3 hari sebab demam denggi.",
        ),
    ],
    [
        (
            "user",
            "Translate to Chinese: please deliver the sofa to Ms Yeung Mei Ling, Flat 9D, Block"
            " 5, Kornhill, Quarry Bay, tel +852 5074 7481.",
        ),
        ("assistant", "請把沙發送到鰂魚涌康怡花園5座9D室楊美玲小姐，電話 +852 5074 7481。"),
    ],
    [
        (
            "user",
            "Why does this test fail? user = User(name='Melissa Quek', nric='T6116214Z')"
            " -- I copied my colleague's record from prod.",
        ),
        ("assistant", "Please don't use real records in tests; replace it with a fake one."),
    ],
    [
        (
            "user",
            "Help me write review feedback for my direct report Jonathan Heng. He has been"
            " struggling since his divorce and missed three deadlines this quarter.",
        ),
        ("assistant", "Here is a draft that stays factual and supportive: ..."),
    ],
    [
        (
            "user",
            "My mum Lim Geok Hoon, 68, was just discharged from Changi General Hospital after"
            " a stroke. What should I ask at her follow-up?",
        ),
        ("assistant", "Ask about her medication, rehabilitation and warning signs."),
    ],
    [
        ("user", "summarise this thread pls"),
        (
            "user",
            "Jeremy: pls call the vendor guy Azlan at 019-8712772, that's his personal line."
            " Mei: ok will do after lunch.",
        ),
        ("assistant", "Jeremy asked Mei to call Azlan from the vendor; Mei will call after lunch."),
    ],
]
