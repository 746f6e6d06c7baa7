"""Blind check set en10: SG/MY/HK reports, rulings, reviews, forums, logs. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en10
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "minutes"): _lines("""
        Minutes of the Platform Engineering sync, 12 Feb. Attendees: SRE, Data and Security leads. Decisions: migrate the staging cluster to ap-southeast-1 by end of Q1; freeze schema changes during Chinese New Year week. Action: SRE lead to circulate the cut-over runbook by Friday.
        Town council meeting notes: the estate committee approved the repainting of Blocks 201 to 215 and the replacement of lift motors in two blocks. Feedback forms will be available at the RC centre until 30 April. Next meeting: second Thursday of May.
        AGM of the Hong Kong Jazz Appreciation Society: the Chair presented the treasurer's report (surplus HK$18,400), motions 1 to 3 were carried on a show of hands, and the meeting closed at 9.40 pm.
        Sprint 42 retro. Went well: release 4.2 shipped on time, on-call load down 30%. Didn't go well: flaky integration tests in the payments module. Actions: quarantine the flaky suite, add retries with jitter to the webhook consumer, revisit estimates for the KYC epic.
        The Board noted the resignation of an independent director as announced on SGXNet on 3 March and approved the nomination of the external auditors for re-appointment, subject to shareholders' approval at the forthcoming AGM.
        Minutes, Data Governance Council (Q2): the council endorsed the new retention schedule (chat logs 18 months, invoices 7 years), agreed that anonymised datasets may be shared with the research arm, and deferred the vendor risk framework to the July meeting.
    """),
    ("en", "incident"): _lines("""
        Incident INC-20250311-042: between 02:14 and 02:51 SGT the checkout API returned HTTP 503 for about 18% of requests because the primary database connection pool was exhausted. No customer data was exposed. Root cause: a missing index after migration 0187. Status: resolved.
        Postmortem summary. Impact: push notifications delayed up to 40 minutes for Android users in Malaysia. Trigger: an expired FCM server credential. Detection: synthetic monitor alert at 08:02 MYT. Follow-up: automate credential rotation (ticket OPS-2291).
        On 4 June our web application firewall blocked a credential-stuffing campaign from roughly 3,200 IP addresses. No accounts were compromised; we have since tightened rate limits on the login endpoint and enabled breached-password checks.
        Train service on the Tsuen Wan Line was delayed for about 25 minutes on Monday morning after a signalling fault near Lai King station, the MTR Corporation said, adding that a full report will be submitted to the Government.
        Near-miss report (anonymised for the safety bulletin): a forklift operator reversed without a spotter in Bay 4. The pedestrian walkway markings have since been repainted and a convex mirror installed at the blind corner.
        Service notice: due to a fibre cut in the Johor Strait, customers may experience slower connections to Singapore-hosted services between 1 am and 5 am. Engineers are on site and expect to complete repairs by Thursday.
    """),
    ("en", "court"): _lines("""
        In Public Prosecutor v XYZ [2024] SGHC 87 (identities redacted under a gag order), the High Court held that the accused, a 29-year-old tuition teacher, had abused a position of trust and enhanced the sentence to 14 months' imprisonment.
        The Court of Appeal dismissed the appeal by Ocean Crest Shipping Pte Ltd against Meridian Bunkers Ltd, finding that the arbitration clause in the charterparty had been incorporated by reference into the bills of lading.
        Employment Claims Tribunal, anonymised summary: a retail supervisor claimed S$4,210 in unpaid overtime. The tribunal found the claimant was employed in a managerial capacity earning above the salary threshold, so Part IV of the Employment Act did not apply, and dismissed the claim.
        The Competition Tribunal fined four IT service companies a total of HK$7.2 million for rigging bids for a public-sector network tender, in what the Competition Commission called a deliberate and sustained cartel.
        The Federal Court held by a 6-3 majority that the state enactment was ultra vires the Federal Constitution, as the subject matter fell within the Federal List.
        Small Claims Tribunals explainer: claims up to S$20,000 (or S$30,000 if both parties consent) can be filed online through the CJTS portal, parties appear without lawyers, and most cases are resolved at the first consultation.
    """),
    ("en", "news"): _lines("""
        Prime Minister Lawrence Wong said at the National Day Rally that the government would extend the SkillsFuture Level-Up programme to workers in their late 30s and set aside more funds for mid-career training.
        Prime Minister Anwar Ibrahim, who is also Finance Minister, tabled Budget 2025 in the Dewan Rakyat, announcing targeted subsidies for diesel and a higher cash aid allocation under the Sumbangan Tunai Rahmah scheme.
        Chief Executive John Lee said in his Policy Address that the government would speed up land production in the Northern Metropolis and introduce a new talent visa stream for technology graduates.
        Health Minister Ong Ye Kung told Parliament that more than a million residents have enrolled in Healthier SG, and that polyclinics will add evening sessions to cope with chronic disease follow-ups.
        A 62-year-old man was taken conscious to Tan Tock Seng Hospital after a fire broke out in a flat in Ang Mo Kio on Sunday night, the SCDF said. About 80 residents evacuated; the cause of the fire is under investigation.
        Singapore singer JJ Lin will perform four nights at the National Stadium in December as part of his world tour, the organisers announced, with tickets going on sale next Wednesday.
        Grab reported its first full year of profit, citing higher delivery volumes and lower incentive spending, and said it would buy back up to US$500 million of shares.
    """),
    ("en", "transcript"): _lines("""
        [00:14:32] HOST: So welcome back to the show. Today we're unpacking why Southeast Asian super-apps keep piling on financial services. [00:14:41] GUEST: Right, and the short answer is margins. Rides and food are a volume game; lending is where the money is.
        Hey guys, welcome back to the channel! Today I'm reviewing the Xiaomi 14T after two weeks of daily use: battery, camera, and whether it's worth S$699. Spoiler, the telephoto is better than I expected. Don't forget to like and subscribe!
        Operator: Good afternoon and welcome to the bank's third-quarter results briefing. All participants are in listen-only mode. I will now hand over to the Group Chief Executive Officer.
        Lecturer: Okay, so last week we covered gradient descent. Today, backpropagation. Picture a two-layer network; the loss depends on the output, the output on the hidden layer, and so on, so we just chain the derivatives backwards.
        Right, now add two tablespoons of belacan and fry until fragrant, about one minute. Don't let it burn or the whole kangkung will taste bitter. Then in goes the kangkung, high heat, toss toss toss.
        In an interview on CNA, actress Michelle Yeoh said the role of Evelyn Wang was the most physically demanding of her career and thanked the film's directors for trusting a lead actress in her sixties.
    """),
    ("en", "review"): _lines("""
        5 stars. Ordered the Dyson V12 from the official Shopee store, arrived in two days and well packed. Suction is great on our parquet floor; the battery lasts about 40 minutes on eco mode.
        Stayed three nights at a boutique hotel in Chinatown. Room was tiny but spotless, breakfast forgettable. The front desk arranged a late check-out without fuss. 3/5, would stay again for the location.
        The char kway teow at this Penang stall is legit: smoky wok hei, plump prawns, RM12 a plate. Expect a 30-minute queue on weekends and bring cash, they don't take DuitNow.
        In Sarong Party Girls, Cheryl Lu-Lien Tan follows Jazzy, a brash Singaporean determined to land an ang moh husband; the Singlish dialogue is the book's great strength and its occasional trap.
        Logitech MX Keys S: tactile, quiet, and multi-device switching works flawlessly between my Mac and a Windows laptop. Minus one star for the price and the missing backlight timer setting.
        Anthony Chen's Ilo Ilo is a quiet, exact film about a Singaporean family and their Filipina helper during the 1997 financial crisis; it deserved its Camera d'Or.
    """),
    ("en", "appstore"): _lines("""
        ★☆☆☆☆ Latest update logs me out every time I switch apps. Please fix. Version 5.8.1 on Android 14, Pixel 7.
        Great banking app, PayNow transfers are instant and the UI is clean. Would be 5 stars if it supported dark mode and let me rename payees.
        Developer response: Hi there, thanks for the feedback! The login loop was fixed in version 3.2.4. If you still see it, please write to support@makanlah.app with your app version and we'll look into it.
        The eWallet reload keeps failing with error code TNG-1103 after three tries, and the money is deducted from the card. Support chat just sends a template reply.
        Octopus app finally lets me top up with FPS. Took them long enough but it works, no more queueing at 7-Eleven.
        Game is fun for the first week, then pay-to-win after level 40. Ads every two minutes. Uninstalled.
    """),
    ("en", "forum"): _lines("""
        [HWZ EDMW] Anyone tried the new Sengkang general practitioner clinic under Healthier SG? Waited about 45 minutes on a weekday morning, not bad compared to the polyclinic.
        [Lowyat] Which ISP in Cyberjaya is stable now, TIME or Maxis? Currently on Unifi 300Mbps and ping to SG game servers spikes at night. Reply: TIME here, 1Gbps, stable 8ms to SG since last year's upgrade.
        r/singapore PSA: the ERP 2.0 OBU installation slots at the Sengkang centre are fully booked till March; the Jurong centre still has weekday slots.
        r/malaysia: What's the best laksa in KL? Not asking for fancy places, just the one your family always goes to after Friday prayers or Sunday market.
        r/HongKong: Is an Octopus card still needed if I have Apple Pay? Visiting for 5 days, mostly MTR and ferries. Top comment: get the Apple Pay Octopus, minibuses and wet markets still want it.
        Re: Build help, S$2.5k budget. Ryzen 7 7800X3D, RTX 4070 Super, 32GB DDR5-6000, B650 board, 1TB NVMe. Skip the AIO, a Peerless Assassin is enough for that chip.
    """),
    ("mixed", "forum"): _lines("""
        Wah lao the Circle Line breakdown again this morning, jam until 9am, confirm kena scolded by boss for being late lah.
        Bro the new mamak near Taman Tun got Maggi goreng RM6 only, sedap gila, open until 3am some more.
        Anyone know if CPF cash top-up still got tax relief this year or not ah? The IRAS page confusing sia.
        Boss, kopi peng kosong one, teh o ais limau one, tapau ah. Eh got curry puff today or not?
    """),
    ("en", "abstract"): _lines("""
        Background: Dengue remains endemic in Singapore. Methods: we analysed 18,412 notified cases from 2013 to 2022 with a Bayesian spatiotemporal model. Results: transmission clustered in older estates with higher construction activity. Conclusion: targeted vector control at worksites may reduce incidence.
        We present a Malay-English code-mixed language model pretrained on 4.3 billion tokens of news, parliamentary Hansard and public forum posts, and show gains of 6.1 F1 on sentiment and named-entity benchmarks.
        In a retrospective cohort of 1,204 adults with type 2 diabetes attending public primary-care clinics, intensified follow-up was associated with a 0.4 percentage-point lower HbA1c at 12 months, with no increase in hypoglycaemia.
        This paper examines Cantonese-English code-switching in Hong Kong university lectures, drawing on 60 hours of recorded classes, and argues that switches cluster around technical terms and classroom management.
        Using administrative data on 2.1 million housing transactions, we estimate that each additional kilometre from an MRT station lowers resale flat prices by 3 to 5 percent, with the gradient flattening after new line openings.
    """),
    ("en", "clinical"): _lines("""
        A 45-year-old man presented with three days of fever, myalgia and retro-orbital pain. Platelets were 62 x10^9/L and NS1 antigen was positive. He was managed with oral fluids and daily counts and was discharged on day 5.
        A 7-year-old girl with known asthma presented with wheeze after a viral illness. She was given salbutamol via spacer and oral prednisolone, and her inhaled steroid was stepped up at follow-up.
        Case 3: a 68-year-old retired taxi driver with a 40 pack-year smoking history presents with haemoptysis and weight loss. CT shows a 4 cm right upper lobe mass. What is the most appropriate next investigation?
        Exam question: a 30-year-old woman at 28 weeks' gestation has a 75 g OGTT with a 2-hour glucose of 9.1 mmol/L. Which of the following is the best initial management? A) insulin B) diet and exercise C) metformin D) repeat test.
        The patient, a 52-year-old woman, gave written consent for publication of this anonymised report; identifying details have been altered.
        A 34-year-old construction worker presented after a fall from height with a painful, swollen left wrist. X-ray showed a scaphoid waist fracture, treated in a thumb spica cast with repeat imaging at two weeks.
    """),
    ("en", "insurance"): _lines("""
        How to make a hospital claim: submit the claim form, original itemised bills and the discharge summary within 30 days of discharge. Claims are usually processed within 10 working days of receiving complete documents.
        The Insurer shall not be liable for any loss, damage or liability directly or indirectly caused by war, invasion, act of foreign enemy, hostilities, civil war, rebellion or nuclear contamination.
        Claim form, Section A (to be completed by the policyholder): Policy No. ____________ Name of Insured ____________ NRIC/Passport No. ____________ Date of accident ____ / ____ / ______
        Worked example (fictitious numbers): a policyholder with a S$500 deductible submits a S$2,300 outpatient bill; after 10% co-insurance the insurer pays S$1,620 and the policyholder pays S$680.
        The industry association reported that life insurers paid out S$4.3 billion in claims last year, with critical illness claims rising 12% on the back of more cancer diagnoses at early stages.
    """),
    ("en", "recruitment"): _lines("""
        We're hiring! Senior Data Engineer (Singapore, hybrid). 5+ years with Spark, Airflow and dbt; experience with PDPA-compliant data pipelines a plus. Apply on our careers page. Only shortlisted candidates will be notified.
        Accounting Clerk, Kwun Tong. HK$18,000 to 22,000, 5-day week, MPF, medical. Send your CV stating expected salary to the HR Department via the JobsDB posting.
        Summer 2025 internship: ML research intern at a Singapore AI lab, working on multilingual evaluation for Southeast Asian languages. Open to undergraduates in CS, linguistics or statistics.
        Job description template: [Job Title], [Company] is looking for a [seniority] [role] to join our [team]. Responsibilities: [list]. Requirements: [list]. Salary range: [min] to [max].
        Government job fair: the Ministry of Manpower and Workforce Singapore will host 40 employers at the Devan Nair Institute on Saturday, with over 1,200 vacancies in healthcare, logistics and ICT.
    """),
    ("en", "property"): _lines("""
        For sale: 4-room HDB resale in Punggol, high floor, 93 sqm, MOP met, five minutes to the LRT, asking S$650k. Enquiries to Harbourline Realty, main line 6812 4400 (office hours).
        Condo for rent at Mont Kiara: 2BR, fully furnished, RM3,800 a month, pool, gym, 24-hour security. Viewing by appointment through the management office.
        Taikoo Shing 3-bedroom, saleable area 720 sq ft, sea view, asking HK$9.8M. Listing ref TKS-2219-A; all figures for reference only.
        listing_id,district,type,size_sqft,price_sgd; L-88120,D19,Condo,1098,1380000; L-88121,D15,Terrace,2400,4200000; L-88122,D23,HDB 5-room,1184,720000
        URA flash estimates show private home prices rose 0.9% in the third quarter, slower than the 1.1% rise in the previous quarter, as new launches drew fewer buyers.
    """),
    ("en", "obituary"): _lines("""
        Lee Kuan Yew, Singapore's first prime minister, died on 23 March 2015 at the age of 91. Hundreds of thousands queued for hours to pay their respects at Parliament House.
        P. Ramlee, the Malaysian film icon, singer and director, died in 1973 aged 44; his films remain a staple of Hari Raya television schedules.
        Obituary template: [Full Name], aged [age], passed away peacefully on [date]. Deeply missed by [family]. Wake at [address]. Cortege leaves at [time] on [date] for [crematorium/cemetery].
        In the novel, the old man's obituary in the morning paper is the first thing his granddaughter Mei reads on arriving in Ipoh, and it gets his name wrong.
    """),
    ("en", "announcement"): _lines("""
        Mandai Wildlife Group is delighted to announce the birth of a giant panda cub at River Wonders, the first born in Singapore, to parents Kai Kai and Jia Jia. Mother and cub are doing well.
        Wedding announcement template: Mr and Mrs [Father's name] are pleased to announce the marriage of their daughter [Bride] to [Groom], son of Mr and Mrs [name], on [date] at [venue].
        Harbour Freight Holdings Pte Ltd and Borneo Link Logistics Sdn Bhd are pleased to announce the completion of their merger, creating one of the largest cold-chain operators in the region.
        In Crazy Rich Asians, the wedding of Colin Khoo and Araminta Lee turns a church into a flooded garden, and the whole of Singapore society appears to have been invited.
    """),
    ("en", "social"): _lines("""
        Sunset at Marina Barrage never disappoints 🌅 #sgsunset #weekendvibes
        Our new mooncake collection is here! Snowskin durian and classic lotus with double yolk, limited to 500 boxes. Pre-order at the link in bio 🥮
        Scam alert from the Singapore Police Force: never share your OTP or Singpass details with anyone. If in doubt, call the ScamShield helpline 1799.
        Symphony of Lights returns tonight at 8pm along Victoria Harbour ✨ Best views from the Tsim Sha Tsui promenade. #DiscoverHongKong
        Meet Oyen, the resident shop cat of a Kampung Baru hardware store. He supervises every key-cutting job 🐱 #catsofmalaysia
    """),
    ("en", "github"): _lines("""
        Issue #2841: pip install fails on Python 3.13 with 'error: metadata-generation-failed'. Steps to reproduce: fresh venv, pip install .[dev]. Environment: macOS 14.5, pip 24.2. Expected: wheel builds.
        fix(auth): refresh the access token 60s before expiry to avoid the 401 retry loop (closes #512)
        chore(deps): bump axios from 1.6.8 to 1.7.4 in /frontend
        README: copy .env.example to .env and set SMTP_USER=you@example.com and SMTP_PASS=changeme before running docker compose up.
        Bug: the NRIC validator rejects some T-prefix numbers. The documented test value S1234567D passes, but the T-prefix checksum table looks shifted by one. See tests/fixtures/sample_ids.txt (all synthetic).
        Merge pull request #77 from feature/hk-address-parser: parse building, floor and flat from English-format HK addresses.
    """),
    ("en", "logs"): _lines("""
        2025-03-11T02:14:07.118Z ERROR checkout-api pool=primary msg="timeout acquiring connection" wait_ms=5000 request_id=7f3c9a2e-41b0-4c8e-9d2a-0b5e6c1f7a93
        Mar 11 02:14:09 web-03 nginx[1123]: 10.0.4.17 - - "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
        # example output (synthetic data): user_id=00000 email=user@example.com nric=S0000000X status=ACTIVE
        [ 8812.340112] EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode. Quota mode: none.
        INFO order-service order_id=SG2409118837 status=SHIPPED carrier=NinjaVan tracking=NVSGSHPE0004412896 eta=2025-03-14
        WARN payment-gw txn=TXN20250311000381 amount=129.90 currency=MYR 3ds=challenge result=retry attempt=2
    """),
    ("en", "sql"): _lines("""
        CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, full_name TEXT NOT NULL, nric_hash CHAR(64), phone_e164 TEXT, created_at TIMESTAMPTZ DEFAULT now());
        SELECT region, COUNT(*) AS orders, SUM(amount_sgd) AS revenue FROM orders WHERE order_date >= '2025-01-01' GROUP BY region ORDER BY revenue DESC;
        sku,name,price_myr,stock; MY-10021,Milo 1kg,22.90,140; MY-10022,Maggi Kari 5-pack,6.50,388; MY-10023,Gardenia Original,4.10,95
        INSERT INTO stations (code, name, line) VALUES ('NS24','Dhoby Ghaut','NSL'), ('CC1','Dhoby Ghaut','CCL'), ('NE6','Dhoby Ghaut','NEL');
        INSERT INTO users (name, email) VALUES ('Test User', 'test@example.com'), ('Demo Admin', 'admin@example.org'); -- seed data for local dev only
    """),
    ("en", "prompt"): _lines("""
        You are a customer-service assistant for a Malaysian telco. Reply in English or Malay, matching the user. Never ask for the full MyKad number; the last four digits are enough for verification.
        Summarise the following MAS circular on technology risk management in five bullet points for a compliance audience. Keep each bullet under 25 words.
        Write a haiku about the Star Ferry crossing Victoria Harbour at dusk.
        Translate into Malay: 'Please keep your ticket until the end of your journey.'
        Classify each app review below as positive, negative or neutral. Output a JSON list of objects with keys id and label, nothing else.
    """),
    ("ms", "minutes"): _lines("""
        Minit mesyuarat Jawatankuasa Penduduk: mesyuarat bersetuju mengadakan gotong-royong membersihkan longkang pada 15 Jun, bermula jam 8 pagi di dewan serbaguna.
    """),
    ("ms", "recruitment"): _lines("""
        Jawatan kosong: Pembantu Tadbir gred N19 di kementerian. Permohonan dibuka sehingga 30 April melalui portal SPA9. Hanya calon yang disenarai pendek akan dihubungi.
    """),
    ("ms", "review"): _lines("""
        Nasi lemak kat gerai ni memang padu, sambal pedas manis, telur mata kerbau, RM5 je. Datang awal, pukul 10 dah habis.
    """),
    ("ms", "news"): _lines("""
        Perdana Menteri Datuk Seri Anwar Ibrahim berkata kerajaan akan menambah peruntukan untuk sekolah daif di Sabah dan Sarawak dalam Belanjawan akan datang.
    """),
    ("ms", "notice"): _lines("""
        Notis gangguan bekalan air: Air Selangor memaklumkan bekalan air di sebahagian kawasan Petaling Jaya akan terganggu pada 12 Mac dari 9 pagi hingga 6 petang.
    """),
    ("ms", "appstore"): _lines("""
        Ulasan aplikasi: apps ni selalu hang bila nak bayar bil TNB, dah update pun sama. Tolong betulkan.
    """),
}
PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Minutes, HR committee, 4 March: Ms Priya d/o Ramasamy (Finance) remains on hospitalisation leave until 21 March after her spinal surgery; Kelvin Ong will cover the month-end close. Her request for a phased return will be reviewed with the company doctor.
        Incident report IR-0417: at 14:20 resident Mdm Goh Siew Lan (NRIC S5303340G), 78, slipped in the toilet of Ward 6B and sustained a suspected hip fracture. Her son Goh Wei Jie was informed at 14:55 on 9060 0460.
        Small Claims Tribunal: Chandra Sekaran, 41, of Jurong West Street 52, was ordered to repay S$6,800 he had borrowed from his former colleague Lim Hui Ting, in eight monthly instalments.
        Delivery rider Muhammad Hafiz bin Rosli, 27, who shares a rental flat in Bukit Merah with his mother, was fined S$3,000 and banned from driving for a year for careless driving that injured a nine-year-old boy.
        [00:22:05] CALLER: Hi, I'm Wong Ka Yan, calling from Sha Tin. My husband Kenneth was diagnosed with early-onset Parkinson's last year and I don't know how long I can keep working full time.
        Review by Nurul Aisyah (Klang): the pharmacy delivered my insulin pens warm after three days. I'm type 1, I can't risk that. Delivery was to my house at No. 14, Jalan Sungai Bertih 3, Taman Klang Jaya.
        1 star. Transferred RM2,450 to my landlord and it vanished. My account is 1640 2231 8807 under Tan Boon Keat, phone 017-0822035. Nobody from support calls back!!!
        [HWZ] Salary thread 2025: I'm Darren Yeo, 32, ops manager at a logistics SME in Tuas, drawing S$5,800 basic. Wife is expecting our second kid in June. Should I jump to an MNC offering 7.2k?
        u/throwaway_sg: my dad Tan Ah Kow, 71, lives alone at Blk 428 Hougang Ave 6 and keeps falling for scam calls. He lost S$40k to a fake MAS officer last month. How do I get a lasting power of attorney over his bank account?
        [Lowyat] Selling my used iPhone 13 128GB, RM1,650, COD around Subang. WhatsApp Farhan at 018-3221519. Can show my IC as proof of ownership: 901107-11-3640.
        Case report: we describe Mr K. Rajendran, a 56-year-old lorry driver from Ipoh (MRN 20-448193), who developed rhabdomyolysis after starting atorvastatin together with clarithromycin.
        Referral letter: kindly review Ms Chloe Lau Hoi Yan, HKID N928196(5), 34, G2P1 at 30 weeks with gestational diabetes poorly controlled on metformin. Mobile +852 6729 3972.
        Claim no. CLM-77120: insured Lee Jia Hui (NRIC T0609477A) submitted outpatient bills of S$1,340 for physiotherapy after a motorcycle accident on 2 Feb at Woodlands Avenue 12.
        Claim: policyholder Azlan bin Yusof, MyKad 630307-07-3348, was admitted to Hospital Pulau Pinang from 3 to 9 January for a heart attack. Bill RM18,220; reimburse to his Maybank account 1572 0033 9081.
        Candidate shortlist for QC chemist: Siti Nur Amalina, 26, BSc Chemistry UKM, currently at a glove manufacturer, expects RM4,200, one month notice, tel 0130371762.
        My cousin Melissa Tay is looking for an admin job in the east. She was retrenched in May and has a two-year-old. Email her at melissa.tay88@gmail.com or call 83447215.
        Direct owner, no agents: selling my 5-room at Blk 612 Tampines St 61 #09-142, asking S$720k. Call Raymond Chua at 8199 1321 after 7pm. Going through a divorce, need a quick sale.
        Tenant record for the Tai Po flat: Cheung Wing Sze, HKID F910622(3), rent HK$14,500 a month, deposit paid by FPS from her HSBC account 456-123887-838.
        It is with deep sorrow that we announce the passing of Mr Ong Kim Huat, 84, beloved husband of Mdm Lim Ah Moi and father of Jimmy, Eileen and Kenny. Wake at Blk 155 Bishan St 13; cortege leaves at 11am on Sunday for Mandai Crematorium.
        Welcome to the world, Aria Lim Xin Yi! Born 3 Feb 2025, 3.1 kg, at KK Women's and Children's Hospital to proud parents Benjamin Lim and Sarah Koh 💕
        We are delighted to announce the marriage of Nur Izzati binti Hamdan and Mohd Faiz bin Zulkifli on 12 April at Masjid Al-Falah; the reception will be held at the bride's family home in Taman Tun Dr Ismail.
        First day of P1 for my little Ethan at Rosyth School 😭 Pickup at the Blk 211 gate at 1.30pm. Who else is in class 1E? #proudmama Jolene Tan
        Throwback to chemo round 6. Beat stage 3 breast cancer this year 💪 Thank you to my oncologist and the nurses at NCCS. Love, Chia Mei Ling
        Issue #903: export fails for my account. Logged in as kenneth.ho.sg@gmail.com, customer ID 00418873, phone +65 8317 2377. The failing statement is for my DBS account 012-3-456789.
        Revert "add seed user with real address" -- that was my home, 21 Lorong Ah Soo #05-12. Signed-off-by: Tan Wei Ming <weiming.tan@gmail.com>
        2025-03-11T09:12:44Z INFO auth login_success user=rachel.ng1990@hotmail.com ip=118.200.45.17 device="iPhone 15" city=Singapore
        WARN kyc-service name_mismatch name="MOHD AMIRUL BIN KASSIM" mykad=681216145630 dob_declared=1968-12-16 address="Lot 22, Kampung Sungai Penchala, 60000 Kuala Lumpur"
        INSERT INTO patients (name, nric, dob, diagnosis) VALUES ('Koh Bee Leng','S6248331H','1962-08-14','HIV, on ART'), ('Rahman bin Said','S8606439A','1986-02-02','major depressive disorder');
        name,hkid,phone,arrears_hkd; Lam Siu Fung,O912961(9),+852 5445 5843,32400; Ho Mei Kuen,L120229(7),9561 5922,8750
        Act as my lawyer. I'm Zhang Lei, FIN G0941991N, a PRC national on an S Pass. My employer in Kallang has not paid me for three months (S$9,900 owed). Draft a complaint letter to MOM.
        Write a eulogy for my grandmother Fatimah binti Abdullah, 91, who raised nine children in Kampung Baru and passed away from kidney failure at HKL last Tuesday.
        PTA minutes: parent volunteer Mrs Angela Soh raised that her son Marcus (P4, class 4B) is being bullied at recess; the form teacher will meet the family on Friday.
        Security incident: a laptop was stolen from the car of employee Vincent Koh (staff ID 10442) at a Sengkang mall carpark. It held an unencrypted payroll file with salaries and bank accounts of 212 staff.
        Eastern Magistrates' Court: Yip Chun Kit, 23, a university student living in Kowloon Tong, admitted possessing 1.2 g of ketamine and was placed on probation for 18 months.
        Neighbours said Madam Rosnah Ismail, 66, had lived alone in the flat since her husband died in 2019, and that her diabetes had worsened badly over the past year.
        Hi guys it's me Kayla! Today I'm finally sharing our IVF journey. This is our third cycle at Thomson Fertility and my husband Daniel is doing the injections with me 😂
        Bought this BP monitor for my father-in-law Mr Subramaniam, who had a stroke in January; the readings match the polyclinic's. Kavitha, Yishun
        Anyone can recommend a lawyer for a Syariah divorce? My wife Norhayati and I are separating and custody of our two kids (8 and 5) is the main issue. PM me, Hakim, 0121751526.
        Appendix B (participant list, DO NOT PUBLISH): P07 Lau Chi Ming, 58, Kwun Tong, HIV positive, +852-63457034; P08 Tse Wai Ling, 44, Tuen Mun, hepatitis B carrier.
        Motor claim: third party Mr Low Kok Wai, NRIC S9180240F, driving SJK 4471 T, rear-ended our insured at PIE exit 24 on 8 March. Contact number 9853-1473.
        Hi HR, applying for the cashier role. Name: Lim Shu Fen, FIN F8050014U, Malaysian, work permit holder, 38, single mother of two, contact 81387412, staying at Woodlands Drive 16.
        Visa application: passport no. K4409218M (Singapore), holder Ho Jun Jie, DOB 11/07/1994, travelling to Tokyo 2 to 9 May with his wife Cheryl Ang.
        Please send the signed tenancy agreement to my personal email faridah.hanum@yahoo.com.my. I'm in Sabah for my mum's surgery until the 20th.
        Standing instruction: transfer S$1,200 monthly from OCBC 601-234567-001 (Teo Kian Seng) to POSB 123-45678-9 (Teo Li Ling, daughter) for her NUS hostel fees.
        Police report summary: complainant Ng Soo Ching (NRIC S0636942A), 30, alleges that her ex-boyfriend has sent her more than 200 messages a day since January and waited outside her office.
        Reminder from Bukit Batok Polyclinic: Dear Mr Yeo Chee Keong, your HbA1c follow-up is on 14 Apr at 9.15am. Please fast from midnight.
        Lost wallet near Bugis Junction yesterday, has my IC (T1124586I), name Desmond Chia Yong Hao. If found please call +6589531836, reward given.
        r/HongKong: my landlord Mr Kwok keeps entering my flat without notice. I'm Jessica, 27, living at Flat C, 12/F, Wing Fat Building, 33 Shantung Street, Mong Kok. Can I change the lock?
        feat: add HK district lookup. Co-authored-by: Nurul Syafiqah Ismail <syafiqah.ns@yahoo.com>
        Obituary: Mr Lee Teck Chuan, 59, of Seremban, succumbed to liver cancer on 2 March. He leaves behind his wife Ho Siew Peng and sons Jun Hao and Jun Kai. Contact Jun Hao at 016-815 0097.
    """),
    "ms": _lines("""
        Walimatulurus anakanda kami Nurul Huda binti Rahim dan Amirul Hakim bin Sulaiman, 5 Julai, Dewan Serbaguna Taman Sri Muda. Hubungi Puan Rohani 019-0248204.
        Tuntutan pampasan: Encik Roslan bin Othman, No. KP 580711-03-6381, dimasukkan ke Hospital Raja Perempuan Zainab II kerana strok pada 4 Mac. Akaun CIMB 7012 4488 2310.
    """),
    "mixed": _lines("""
        Eh guys, my mum Mdm Tan Siew Hoon kena admitted to CGH ward 43 for her kidney stones, visiting hours 12 to 8, anyone want to go with me tmr? Or call my home line 6390-9580 also can.
        Bro I owe Ah Seng RM3k since last year, he keep calling my office at Menara Hap Seng. My IC 070923-02-8662, can he report me to CTOS or not?
    """),
}
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write an email to my manager asking for two weeks of medical leave?",
        ),
        (
            "assistant",
            "Of course. What is the reason you'd like to mention, and when would the leave start?",
        ),
        (
            "user",
            "I'm Serene Goh from the Tampines branch. I've been diagnosed with major depression and my psychiatrist at IMH wants me off work from 10 to 24 March.",
        ),
    ],
    [
        (
            "user",
            "How much Enhanced CPF Housing Grant can we get? Household income S$6,400, first-timers.",
        ),
        (
            "assistant",
            "Under the current scheme, a first-timer household earning S$6,400 a month would typically qualify for a grant in the middle bands. Would you like me to walk through the application?",
        ),
        (
            "user",
            "Yes please. My NRIC is S7820844I and my fiancee Joanne Lim's is T0335668F, we want the BTO at Tengah.",
        ),
    ],
    [
        (
            "user",
            "Draft a complaint to Maybank. Someone withdrew RM5,200 from my account 1572 0033 9081 at an ATM in Johor Bahru while I was in Penang. I'm Mohd Rizal bin Ahmad, MyKad 030924-04-1723.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Sir/Madam, I wish to report an unauthorised ATM withdrawal of RM5,200 from my account...",
        ),
    ],
    [
        ("user", "My landlord won't return my HK$28,000 deposit. What can I do?"),
        (
            "assistant",
            "You can send a written demand and, if that fails, file a claim at the Small Claims Tribunal, which handles claims up to HK$75,000.",
        ),
        (
            "user",
            "OK write the demand letter. I'm Leung Pui Shan, HKID B2535594, the flat was 8/F, 22 Tung Choi Street, and the landlord is Mr Chow Kwok Keung.",
        ),
    ],
    [
        ("user", "Saya nak keluarkan duit KWSP Akaun 2 untuk anak masuk universiti. Macam mana?"),
        (
            "assistant",
            "Anda boleh memohon pengeluaran pendidikan melalui i-Akaun atau di kaunter KWSP dengan surat tawaran universiti.",
        ),
        (
            "user",
            "Nama saya Zainab binti Kassim, IC 630831-08-2225, anak saya Aiman dapat tawaran UiTM Shah Alam. Tolong isi borang untuk saya.",
        ),
    ],
    [
        (
            "user",
            "Polish my resume header: Brandon Teo Jia Le | brandon.teo.jl@gmail.com | +65 9060 0460 | Blk 302 Clementi Ave 4 #11-215 | Data analyst, 4 yrs",
        ),
        (
            "assistant",
            "Here is a cleaner header: Brandon Teo | Data Analyst | brandon.teo.jl@gmail.com | +65 9060 0460. I'd suggest dropping the full home address.",
        ),
    ],
    [
        (
            "user",
            "My son Ryan is 6 and has had a 39.5 fever for three days, now a rash on his chest. Should I go to KKH A&E?",
        ),
        (
            "assistant",
            "A fever lasting three days with a new rash in a child should be seen by a doctor promptly; going to the children's emergency is reasonable.",
        ),
        (
            "user",
            "OK. He's Ryan Koh Zhi Hao, born 2 Sept 2019, allergic to penicillin. Can you write a note I can hand to the triage nurse?",
        ),
    ],
    [
        ("user", "How is maintenance calculated in a Singapore divorce?"),
        (
            "assistant",
            "The court considers the financial needs, income and earning capacity of both parties, the standard of living during the marriage and the children's needs.",
        ),
        (
            "user",
            "My husband Alvin Sim earns about S$14k at a bank and I earn S$3.2k as a pre-school teacher. We have twins aged 4. What might I get? Our flat is in Bishan.",
        ),
    ],
    [
        (
            "user",
            "My brother-in-law Rajesh Kumar borrowed RM15,000 from me in 2022 for his stall and refuses to pay back. He lives at No. 8, Jalan SS2/24, Petaling Jaya. Write a letter of demand.",
        ),
        (
            "assistant",
            "Here is a letter of demand addressed to Mr Rajesh Kumar requesting repayment of RM15,000 within 14 days...",
        ),
    ],
    [
        ("user", "Help me write a short obituary for the papers."),
        (
            "assistant",
            "Sure. Please share the name, age, date of passing, family members and the wake details.",
        ),
        (
            "user",
            "My father Chong Kah Wai, 77, died on 28 Feb after a long battle with COPD. Survived by my mother Yap Lai Fong and us three kids. Wake at Blk 87 Toa Payoh Lor 4, funeral on 3 March.",
        ),
    ],
    [
        (
            "user",
            "Write a funny best-man speech. Groom is my kaki Jonathan Wee, bride is Vanessa Loh. They met on Tinder in 2020 and he proposed at the Gardens by the Bay after failing his driving test for the third time.",
        ),
        (
            "assistant",
            "Good evening everyone! For those who don't know me, I've known Jonathan since NS...",
        ),
    ],
    [
        (
            "user",
            "Why does this query return duplicates? SELECT c.name, c.phone, o.total FROM customers c JOIN orders o ON o.cust = c.id; rows: 'Lim Kok Leong','93119425',250 / 'Lim Kok Leong','93119425',250 / 'Nadia Hassan','0134308248',88",
        ),
        (
            "assistant",
            "The duplicates are separate orders with the same total; add o.id to the select list or aggregate with GROUP BY c.id.",
        ),
    ],
    [
        (
            "user",
            "Our webhook fails, here's the log: ERROR send_sms to=+852 9561 5922 name='Mak Hiu Tung' body='Your biopsy result is ready, please call Dr Lo' status=429",
        ),
        (
            "assistant",
            "Status 429 means the SMS provider is rate-limiting you; add backoff and retries. Also, avoid putting clinical details in SMS bodies or logs.",
        ),
    ],
    [
        ("user", "Help me claim travel insurance. My flight was cancelled and I lost my bag."),
        (
            "assistant",
            "I can help draft it. You'll usually need the airline's cancellation notice, the property irregularity report and receipts.",
        ),
        (
            "user",
            "Policy TRV-8812045, insured Ahmad Danial bin Harun, passport A51928377, MyKad 841021-14-0921. Bag lost at KLIA2 on 14 Feb, value RM3,100, contained my late father's watch.",
        ),
    ],
    [
        (
            "user",
            "I'm Priscilla Ng, FIN F2029988Q, Filipino domestic helper in Bukit Timah. My employer keeps my passport and doesn't give me a rest day. Who can I call?",
        ),
        (
            "assistant",
            "Employers are not allowed to keep a helper's passport without consent. You can contact MOM or a support group such as CDE or HOME for help.",
        ),
        (
            "user",
            "Please write a message to MOM for me. My employer is Mrs Tay at 14 Toh Tuck Road, and my phone is 6689 9188.",
        ),
    ],
]
