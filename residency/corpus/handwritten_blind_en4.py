"""Fourth blind English/Malay/Singlish/Hong Kong English check set, shaped like an AI
lab's instruction-tuning data: user prompts and assistant answers (rewrite, summarise,
translate, code, reply, medical, eulogy, trip, form, explain, trivia, essay, math,
recipe, news).

Clean lines are about public topics, public figures in public roles, fiction, code with
example users, organisations and places named after people, company hotlines and hard
negatives (order, ticket, policy and flight numbers, versions, hashes, UUIDs, ISBNs, IP
ranges, prices, dates, postal districts).  Personal lines carry a private person's
details inside the prompt (relation, health, salary, address, NRIC/FIN, MyKad, HKID,
passport, phones, e-mails, bank accounts, plates, dates of birth), some of them lightly
obfuscated the way users write them, also inside multi-turn chats.

Written blind on 2026-12-03, without reading the detectors, policies, tests or the other
hand-written sets, and measured once with
``python -P -m residency.corpus.handwritten --blind-en4``.  All private names and numbers
are invented; checksummed identifiers were generated with :mod:`.identifiers`.

First sight (2026-12-03): leaked 1/68 (an NRIC of the user's father written in lower case
with hyphens, ``s-2848782-c``), false holds 2/113 (a fictional student "Aiden" in an
essay prompt, and "Nyonya kuih lapis" read as a person).
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rewrite"): _lines("""
        Rewrite this product notice to sound friendlier: "Order #SG-448213 has been dispatched and will arrive within 3-5 working days."
        Make this paragraph more formal: Lee Kuan Yew served as Singapore's first Prime Minister from 1959 to 1990.
        Can you rewrite this press release so a teenager would understand it? "DBS Bank reported a net profit of S$2.95 billion for the third quarter."
        Rewrite the following in active voice: "The Merdeka declaration was read by Tunku Abdul Rahman at Stadium Merdeka on 31 August 1957."
        Shorten this email template: "Dear Customer, your ticket INC-20931 has been resolved. If the issue persists, reply to support@example.com."
        Polish this cover letter opening for a generic applicant: "I am writing to apply for the Data Analyst role advertised on your careers page."
        Rewrite this sentence without jargon: the patch bumps openssl from 3.0.13 to 3.0.15 and rotates the sha256 pins.
        Turn this bullet list into a paragraph: MTR opened in 1979; Island Line extended to Kennedy Town in 2014; fares rose 2.75% in 2025.
    """),
    ("en", "summarise"): _lines("""
        Summarise this complaint from a public forum: "Bus 170 from Queen Street was 40 minutes late again and the app showed it as arriving."
        Summarise the plot of Tash Aw's novel The Harmony Silk Factory in three sentences.
        Give me a two-line summary of the Hong Kong Monetary Authority's role.
        Summarise the key points of the Personal Data Protection Act 2012 for a small bakery.
        Here is a customer review: "The Grab driver was polite, car was clean, 5 stars." Summarise the sentiment.
        Summarise Joseph Schooling's 2016 Olympic final in one paragraph.
        Summarise this outage report: between 02:14 and 02:51 UTC the 10.24.0.0/16 subnet lost routing after firmware 7.2.1 was applied.
        Sum up the career of Michelle Yeoh in under 80 words.
    """),
    ("en", "code"): _lines("""
        Fix my Python: users = [{"name": "Alice", "email": "alice@example.com"}, {"name": "Bob", "email": "bob@example.org"}] and the loop prints None.
        Why does `SELECT * FROM orders WHERE order_id = 'ORD-2024-000917'` return nothing when the row exists?
        Write a regex that matches UUIDs like 3f2b8c1e-9a4d-4f6b-8e21-7c0d5a9b1e44.
        My Dockerfile pins python:3.12.4-slim and the build fails on pip 24.1.2, what changed?
        Explain this git hash output: commit 9fceb02d0ae598e95dc970b74767f19372d61af8 (HEAD -> main).
        Write a unit test where the fixture user is John Doe, john.doe@example.com, phone 555-0100.
        Convert this Unix timestamp to SGT: 1764739200.
        How do I block the range 203.0.113.0/24 in nginx?
        My Flask app returns 502 on port 8080 behind the load balancer, config below: upstream app { server 127.0.0.1:8080; }
        Write a function that validates an ISBN-13 such as 978-0-306-40615-7.
        In pandas, how do I parse dates like 03/12/2026 14:20:05 as day-first?
        Why is my JWT library saying the token with kid "a1b2c3d4" is expired when exp is 1767225600?
    """),
    ("en", "explain"): _lines("""
        Explain how CPF contribution rates change after age 55 in Singapore.
        What does the Employees Provident Fund do in Malaysia, and who pays into it?
        Explain the difference between a Singapore Permanent Resident and an Employment Pass holder.
        Why did Tunku Abdul Rahman push for the formation of Malaysia in 1963?
        Explain how the Hong Kong dollar peg to the US dollar works.
        What does a blood test result of HbA1c 6.5% generally indicate?
        Explain what an ECG shows, in simple words for a secondary school student.
        Why is the Lim Chu Kang area of Singapore mostly farmland?
        What is the difference between ibuprofen and paracetamol for fever?
    """),
    ("en", "trivia"): _lines("""
        Who was the first woman to become President of Singapore?
        Which badminton player won Malaysia's first Olympic medal in 1992?
        Who designed the Bank of China Tower in Hong Kong?
        In which year did Lee Chong Wei retire from badminton?
        What is the tallest building in Kuala Lumpur as of 2025?
        Who wrote the novel "The Rice Mother"?
        Which Hong Kong actor starred in In the Mood for Love alongside Maggie Cheung?
        Who founded the Straits Times in 1845?
        What did Sir Stamford Raffles establish in 1819?
        Which Malaysian astronaut flew to the ISS in 2007?
    """),
    ("en", "essay"): _lines("""
        Write a 300-word essay on how Tan Tock Seng's hospital grew into a national institution.
        Draft an essay comparing the leadership styles of Mahathir Mohamad and Abdullah Ahmad Badawi.
        Write a short essay on why hawker culture was added to UNESCO's list in 2020.
        Write a reflective essay about a fictional student named Aiden who fails his driving test and tries again.
        Essay prompt: Discuss the legacy of Yusof Ishak on Singapore's early nation-building.
        Write a persuasive essay on whether Hong Kong should keep the Star Ferry running.
    """),
    ("en", "math"): _lines("""
        A flight SQ 321 departs at 23:35 and lands 13 h 10 min later; what time does it land?
        If a condo costs S$1,480,000 with a 25% down payment, how much is the loan?
        Solve for x: 3x + 17 = 62.
        A car travels 384 km on 28.5 litres of petrol; what is its fuel consumption per 100 km?
        Convert 5 ft 9 in to centimetres.
        What is 18% of RM 2,450.90?
        The invoice INV-00087231 lists 14 items at HK$37.50 each plus 3% service; what is the total?
    """),
    ("en", "recipe"): _lines("""
        Give me a recipe for Hainanese chicken rice for 4 people.
        How long should I steam a 600 g garoupa?
        Share Nyonya kuih lapis instructions with 9 layers.
        What's a good substitute for gula melaka in a chendol recipe?
        Write a recipe card for Hong Kong-style milk tea with 2 bags of Ceylon and evaporated milk.
    """),
    ("en", "news"): _lines("""
        Write a news brief: Prime Minister Lawrence Wong announced the Budget 2026 measures in Parliament on 18 February.
        Draft a headline for this story: Hong Kong Observatory hoists the No. 8 signal as Typhoon Wipha nears.
        Summarise for a news ticker: Anwar Ibrahim met ASEAN leaders in Kuala Lumpur to discuss the Myanmar crisis.
        Write a sports news paragraph on Loh Kean Yew winning the 2021 World Championships in Huelva.
        News item: SMRT says the East-West Line disruption between Jurong East and Boon Lay on 3 Dec lasted 2 hours.
        Write a business news lead: Tencent reported revenue of RMB 167 billion for the quarter.
    """),
    ("en", "trip"): _lines("""
        Plan a 3-day trip to Penang with a focus on George Town street art and hawker food.
        I'm taking flight MH 603 from KLIA to Singapore; how early should I reach the airport?
        Suggest a 2-day itinerary in Hong Kong covering Victoria Peak, Tai O and Temple Street.
        Which MRT exit at Dhoby Ghaut is closest to the National Museum?
        Plan a family day in Sentosa with a budget of S$400.
        What's the best way from Ipoh to Cameron Highlands without a car?
    """),
    ("en", "form"): _lines("""
        What does "Section C: Declaration of Beneficial Ownership" mean on a company incorporation form?
        On the ICA form, what should I write under "Place of Issue" if my passport was issued abroad?
        Explain each field on a generic IRAS Form B1 without filling it in.
        How do I fill in a postal code box that only accepts 6 digits, like 238823?
    """),
    ("en", "eulogy"): _lines("""
        Write a eulogy for the fictional Captain Hadley, the lighthouse keeper in my short story.
        Help me write a tribute to P. Ramlee for a school assembly about Malaysian cinema.
        Write a memorial speech for Leslie Cheung's anniversary for a fan club event.
    """),
    ("ms", "translate"): _lines("""
        Terjemahkan ke bahasa Inggeris: "Tunku Abdul Rahman ialah Perdana Menteri pertama Malaysia."
        Tolong terjemah ayat ini ke bahasa Melayu: "The library closes at 9 pm on weekdays."
        Apakah maksud "Yang di-Pertuan Agong" dalam bahasa Inggeris?
        Terjemahkan: "Nombor pesanan anda ialah MY-77120435 dan akan dihantar esok."
        Tukarkan ayat ini ke bahasa baku: "Jom pegi makan kat kedai mamak Jalan Tuanku Abdul Rahman."
    """),
    ("ms", "explain"): _lines("""
        Terangkan sejarah Kesultanan Melaka secara ringkas.
        Apakah peranan Bank Negara Malaysia dalam mengawal inflasi?
        Jelaskan perbezaan antara KWSP dan PERKESO.
        Siapakah Tun Dr. Siti Hasmah dan apakah sumbangannya dalam bidang perubatan?
        Bagaimanakah cara memohon pasport Malaysia di pejabat Imigresen Putrajaya?
        Terangkan maksud keputusan ujian darah kolesterol LDL 4.1 mmol/L secara umum.
        Apakah sumbangan Za'ba kepada bahasa Melayu?
        Kenapa Jalan Tun Razak dinamakan sempena Perdana Menteri kedua?
    """),
    ("ms", "reply"): _lines("""
        Tulis balasan sopan kepada pelanggan yang bertanya tentang tiket sokongan TKT-55018.
        Buat jawapan untuk soalan lazim: Talian khidmat pelanggan Maxis ialah 1-800-82-1123.
        Tulis e-mel makluman bahawa kelas Matematik Tambahan dipindahkan ke Bilik 3B pada 14 Januari.
        Karang surat rasmi kepada Dewan Bandaraya Kuala Lumpur tentang lampu jalan rosak di Jalan Ampang.
    """),
    ("mixed", "reply"): _lines("""
        Eh can help me write reply to the condo management ah, say the lift at Block 12 spoil again since Monday.
        Draft a reply to Shopee support lor, order 2411230ABCDEF still never reach after 10 days.
        Help me reply to the group chat that the CCA meeting shift to Friday 4.30pm, venue same as last time.
        Write a WhatsApp message to the tuition centre asking if the Sec 3 A-Math class still got slot.
        Can write a complaint to SP Group about the bill jump from $98 to $210 this month or not?
        Reply to HKTV mall customer service: my order HK-3390215 missing one box of Vita lemon tea.
        Help me write email to Singtel, contract ref CR-7781023 ends on 31/01/2027, want to recontract.
    """),
    ("mixed", "explain"): _lines("""
        Explain like I'm five why Changi Airport always win best airport award leh.
        Wah why the COE for Cat A go up to $100k ah, can explain?
        Why the Tung Chung line so crowded in the morning one?
        Can explain the Hokkien word "kiasu" and where it comes from?
        Bro what's the difference between a BTO and resale flat, explain simple simple can?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Rewrite this email to my landlord nicer: "Mr Goh Kah Wee, the aircon at 27 Jalan Kemaman #05-12 still leaks and my son Ethan has asthma."
        Summarise this complaint: my neighbour Rosalind Tay at Blk 318 Clementi Ave 4 #09-211 keeps parking her car SKP 4721 J across my gate.
        Translate to Malay: "My father, Lim Boon Seng, was admitted to Tan Tock Seng on 2 Dec with a stroke; please call me at +65 9123 4587."
        Help me fill this form: Name Priya d/o Ramasamy, NRIC S0244418F, DOB 14/03/1990, address 41 Lorong Ah Soo #02-07 Singapore 536741.
        Explain this medical report for my mum Wong Mei Fong (born 22 Aug 1958): HbA1c 8.9%, eGFR 42, started on metformin 500 mg.
        Write a eulogy for my grandmother Mdm Chua Ah Lian, who ran a kopi stall at Tiong Bahru market for 40 years and passed on 19 November.
        Draft a reply to my boss Derek Ong saying I need MC for two days because my wife Serene miscarried last night.
        Plan my trip: I'm Marcus Teo, passport K2948173F, flying with my partner Jasmine Liew, DOB 05/06/1994, can you fill the Japan visit form fields?
        Rewrite my salary negotiation email: I'm Kelvin Sim, currently earning $6,800 a month at Keppel, asking for $8,200.
        My FIN is G0687070N and my employer is Hock Lee Engineering; how do I fill in the MOM dependant pass form for my wife Anjali Sharma?
        Fix the formatting of my CV: Chloe Yeo Hui Min, 8 Bukit Batok St 21 #11-302, chloe.yeohm@gmail.com, mobile 8345 2190.
        Transfer S$1,200 to my sister Rachel Koh, POSB savings 188-52394-1, she needs it for her chemo at NCCS.
        Summarise my son's psychiatric assessment: Jayden Lim, 14, diagnosed with ADHD and anxiety at IMH on 3 October.
        Can you translate my Hong Kong address for the courier: Flat 12B, Tower 3, Laguna City, Kwun Tong, for Mrs Chan Siu Ling, mobile 9134 2278.
        Help me write a letter to the HK Immigration Department, my HKID is Z498020(5) and my name is Leung Ka Man.
        Write a reply to my tenant Mr Ho Wing Kit (HKID J194828(5)) that his deposit HK$32,000 will be returned by 15 December.
        Explain this lab report for my husband Tse Chi Keung, age 61: PSA 11.2 ng/mL, biopsy scheduled at Queen Mary Hospital.
        Draft an email to the school: my daughter Ashley Ng Tsz Ching in class 4C has epilepsy and needs her Keppra at 1pm.
        My bank card 4147 3748 3477 6101 under the name Daniel Foo was charged twice by Agoda, write a dispute letter.
        Update my direct debit: account holder Nur Aisyah binti Kamal, Maybank 1140-2233-8871, for the Astro bill.
        Fill in the rental form: tenant Vikram Nair, FIN F2186726T, born 09/11/1987, employer Grab, salary S$7,400.
        My email is benjamin.tan.88@yahoo.com.sg and my number is 9-7-6-5 4-3-2-1, please write a signature block for me.
        Write a birthday message for my grandpa Teo Chin Huat, turning 90 on 8 January, who lives at 56 Jalan Bahagia, Singapore 328992.
        Plan a trip to Bali for me (Samantha Loh, S9524497A) and my husband Gerald Loh, we need the names to match our passports.
        The nurse said my uncle Ravi Chandran's blood pressure was 190/110 at Changi General on Tuesday; is that an emergency?
    """),
    "ms": _lines("""
        Tolong tulis surat cuti sakit untuk saya, Ahmad Faizal bin Rosli, No. KP 840715-12-3433, demam denggi sejak 1 Disember.
        Terjemahkan ke bahasa Inggeris: "Ibu saya, Puan Rohani binti Yusof, tinggal di No. 12, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves."
        Bantu saya isi borang: nama Siti Nurhaliza binti Ismail (bukan penyanyi), MyKad 891231109274, telefon 012-774 3301.
        Ringkaskan aduan ini: jiran saya Encik Zulkifli di Lot 88 Kampung Baru selalu pukul isterinya Noraini, saya risau.
        Tulis ucapan takziah untuk arwah datuk saya, Haji Mohd Nor bin Abdullah, yang meninggal dunia di Hospital Kuala Terengganu semalam.
        Gaji suami saya, Hafiz bin Othman, RM4,250 sebulan; kira berapa potongan KWSP dia.
        Anak saya Aiman bin Kamarul, MyKad 070302-02-2092, perlu surat sokongan untuk biasiswa, tolong karang.
        Tolong semak akaun bank ini sebelum saya pindah duit: CIMB 7012 4458 1930, pemilik Lee Mei Yee.
        Terangkan laporan ini untuk ayah saya Encik Rahman bin Said, 66 tahun: kreatinin 310, doktor di HKL cadangkan dialisis.
        Buat surat kepada JPJ: kereta saya nombor WXY 8823 dicuri di depan rumah No. 5, Lorong Kenari 2, Klang, pemilik Kamal bin Ariffin.
        E-mel saya nurul.izzati92@gmail.com dan nombor IC 000312-07-7525, tolong isi borang PTPTN ini.
        Saya Tan Ah Kow, lahir 30 Mei 1958, nombor KP 580530029870, mahu tuntut pencen, bantu saya tulis surat.
        Tulis mesej kepada tuan rumah saya, Puan Halimah, bahawa sewa RM1,100 bulan ini lewat sebab suami saya masuk wad di Hospital Sungai Buloh.
        Tolong tulis pengenalan diri: Nama saya Farah Wahida, tinggal di 23 Jalan SS2/24 Petaling Jaya, no tel +60 17-385 6620.
    """),
    "mixed": _lines("""
        Eh help me write to my landlord Uncle Lim, the rent $2,300 I transfer already to his DBS 027-904512-3 can check or not.
        My mother-in-law Mdm Koh Swee Eng very sick liao, stage 4 lung cancer, help me write msg to her church friends.
        Can help me fill the HDB form? My IC S1907611C, my wife IC T6116214Z, we stay Blk 644 Yishun St 61 #07-389.
        Bro my ex Melvin keep calling my number 8123 4409 at night, help me write a police report can?
        Wah my boss Mr Pang say my pay only $3,100 but contract say $3,600, help me write email to him nicely lah.
        Help me translate to Cantonese-style English for my maid: my son Lucas allergic to peanut, his teacher is Ms Wendy Lau 9872 3316.
        Aiyo my grandma Lau Ah Moi fell down at her flat 22 Lok Fu Estate, Wang Fai House 1502, how to write to the social worker?
        Can you check this email for my HK bank, my account 012-345-67890-1 under Cheung Wai Lun, why they freeze it?
        My hubby plate SJK 7734 P kena summons at Toa Payoh, can help me appeal? His name is Jonathan Seah.
        Help me write WhatsApp to my cousin Syafiq, tell him my new number is 016-248 9935 and my address change to 7 Jalan Delima, Seremban.
        Can help me fix my resume ah: Jerome Kwok, jerome_kwok at hotmail dot com, HKID D799993(4), 5 years at HSBC.
        My dad's NRIC is s-2848782-c, and he born 1948, help me fill the CHAS card form for him.
        My wife Mei Ling pregnant 20 weeks, gynae at KK say placenta previa, help me write leave application to HR.
        Lah my auntie Kamala passport number E 7734 1902 expire already, how to renew, she stay at 88 Jalan Gasing PJ.
        Help me write a thank-you card for Dr Azmi who treat my son Haziq's leukaemia at Hospital Tunku Azizah.
        My NRIC is M244 9445 K, which one I put in the foreigner box?
        Please help me reply my agent, my salary S$9,500, my FIN G0687070N and my wife Deepa's passport Z4718203 for the EP renewal lor.
        Can rewrite this for my grandma's funeral notice: Madam Loh Siew Kim, 1935-2026, beloved wife of the late Ng Kok Leong, wake at Blk 102 Bedok North.
        Sis help me tally my card 5361-3342-7205-1785 statement lah, my husband Adrian Tay say I overspend.
        My uncle's MyKad is seven-three-zero-eight-zero-two, oh-two, two-zero-eight-two, need to fill his insurance claim.
        Write apology msg to my tutor student parents, Mrs Ramesh at ramesh.kavitha@outlook.com, that I cancel Saturday class because my dad in ICU.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a Singapore property agency."),
        ("user", "Help me draft a reply to my landlord, he want to increase rent."),
        ("assistant", "Sure. What's the landlord's name and the current and proposed rent?"),
        (
            "user",
            "His name is Mr Yap Chee Keong, current $3,200, he want $3,800. I stay at 19 Jalan Lateh, Singapore 358421.",
        ),
        (
            "assistant",
            "Here's a polite draft asking Mr Yap to keep the rent at $3,200 for another year.",
        ),
    ],
    [
        ("user", "Can you explain my dad's medical report?"),
        ("assistant", "Of course, please paste the key values."),
        (
            "user",
            "Patient: Koh Teck Seng, DOB 11/04/1952, NRIC T2848782C. Troponin 0.8, ECG shows ST elevation, admitted NUH CCU.",
        ),
        (
            "assistant",
            "These results suggest a heart attack that is being treated in the coronary care unit.",
        ),
    ],
    [
        ("user", "Tolong bantu saya isi borang permohonan rumah PPR."),
        ("assistant", "Boleh. Apa maklumat yang diperlukan dalam borang itu?"),
        (
            "user",
            "Nama: Norazlina binti Hassan. No KP: 740630 06 4986. Pendapatan isi rumah RM2,100. Alamat: Blok C-3-12, PPR Kota Damansara.",
        ),
        ("assistant", "Baik, saya susun maklumat itu mengikut ruangan borang."),
    ],
    [
        ("user", "write a eulogy for my grandfather pls"),
        ("assistant", "I'm sorry for your loss. Tell me a bit about him."),
        (
            "user",
            "He was Chan Kwok Wah, retired bus captain, lived at Fu Shin Estate in Tai Po, died of kidney failure at Alice Ho Miu Ling hospital last week, age 84.",
        ),
        (
            "assistant",
            "Thank you. Here is a eulogy honouring his years on the road and his family.",
        ),
    ],
    [
        (
            "user",
            "My bank ask me to confirm my details before they unlock the account, can check my message?",
        ),
        ("assistant", "Sure, paste it and I'll look for anything odd."),
        (
            "user",
            "Dear Maybank, I am Lim Siew Peng, IC 550424-04-9672, account 5140 2288 7731, phone oh-one-two, three-three-eight, nine-nine-zero-one.",
        ),
        ("assistant", "The message is clear. Only send it through the bank's official channel."),
    ],
    [
        ("user", "Plan my trip to Tokyo next month."),
        ("assistant", "Happy to help. Who's travelling and what dates?"),
        (
            "user",
            "Me and my wife. I'm Raymond Chia, passport E4829105K, she's Grace Chia, passport E5093377L. Fly 12 Jan SQ 638.",
        ),
        ("assistant", "Great, here's a 6-day plan starting from Haneda on 12 January."),
        ("user", "Also email the itinerary to raymond dot chia at singnet dot com dot sg please."),
    ],
    [
        ("user", "Need help write a letter to the school counsellor."),
        ("assistant", "Sure, what's the situation?"),
        (
            "user",
            "My daughter Kayla Ho, Primary 5 at Rosyth School, been self-harming, the counsellor is Ms Tan. Can reach me at nine-one-eight-eight two-two-four-zero.",
        ),
        (
            "assistant",
            "I'm sorry you're going through this. Here's a gentle letter requesting an urgent meeting.",
        ),
    ],
    [
        ("user", "Can you fix the code that generates my payslip?"),
        ("assistant", "Sure, paste the code."),
        (
            "user",
            'emp = {"name": "Wong Kai Lok", "hkid": "K970479(5)", "monthly_salary": 42000, "bank": "HSBC 400-123456-838"}\nprint(payslip(emp))',
        ),
        (
            "assistant",
            "The function expects a Decimal; convert monthly_salary before calling payslip.",
        ),
    ],
]
