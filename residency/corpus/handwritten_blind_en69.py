"""Blind check set en69: telecoms and internet providers in SG/MY/HK (SIM registration, number porting, outages, billing disputes, call-centre logs, tower and fibre works), in English. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en69
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "outage notices"): _lines("""
        [RESOLVED] Fibre broadband degradation in Tampines, Pasir Ris and Punggol between 02:14 and 05:47 SGT on 3 Dec 2026. Incident ref INC-20261203-0417. If you still face issues pls restart your ONT.
        LionTel Network Status: mobile data outage in Jurong West, Boon Lay and Pioneer has been resolved as of 07:42 SGT. Root cause: fibre cut at a third-party worksite.
        Rimba Broadband: Kami mohon maaf, perkhidmatan internet di Shah Alam Seksyen 13 terganggu akibat kerosakan kabel. Est. restoration 6pm today. Sorry for the inconvenience!
        HarbourLink Service Notice: due to a power failure at our Kwun Tong exchange, home broadband customers in Kwun Tong and Ngau Tau Kok may experience intermittent connection from 14:05 HKT. Engineers are on site.
        UPDATE 3 (09:15): ~62% of affected subscribers restored. Remaining sites in Sengkang West expected back by 11:00. Next update in 60 mins.
        Pls note: SMS OTP delivery delays observed for some banks between 20:10-20:55 MYT on 4/12. Issue was on the aggregator side, all queued msgs have been delivered.
        Typhoon Signal No. 8 is in force. All Lantau Mobile shops close at 16:00; our 24-hour hotline 1833 remains available.
        Post-incident review: on 28 Nov 2026 a misconfigured BGP route-map on core router SG-CR-02 caused 38 minutes of partial packet loss for international traffic. A change freeze is in place until 15 Dec.
        Outage map legend: red = confirmed outage, amber = degraded, grey = no data. Data refreshes every 5 min.
        No outage reported for postal code 560412. If your modem shows a red LOS light, call 1688 or chat with us in the app.
        Emergency calls to 999 and 112 remain available via other networks during the disruption.
        ETR for cabinet FDC-TPY-0117 extended to 18:00 due to heavy rain. Ticket TT-884201-SG.
        Services restored. Affected customers will get a one-time rebate of $5.00 on the Jan 2027 bill automatically, no need to call in.
    """),
    ("en", "tower and fibre works"): _lines("""
        Notice of Works: underground fibre ducting along Jalan Tun Razak (between Jalan Ampang and Jalan Sultan Ismail), 10 Dec 2026 - 24 Jan 2027, 10pm-6am. Permit DBKL/PKJ/2026/11873.
        Trenching at Upper Thomson Road near Thomson Plaza will cause a lane closure this weekend; LTA road opening permit RW-26-04412.
        DAS upgrade at Tan Tock Seng Hospital Clinical Centre, Level B1 to L5, scheduled on weekends in Jan. Coordinate with hospital facilities mgmt before entry.
        Monopole MY-SEL-0448 (35m) at Kampung Sungai Kayu Ara: structural audit passed, wind load OK for 3 additional sector antennas.
        In-building coverage survey completed at Hospital Sultanah Aminah, Johor Bahru: RSRP below -110 dBm in the basement car park and Block B lifts.
        Fibre splicing checklist: clean with IPA, cleave at 10mm, fusion splice loss must be <= 0.05 dB, apply heat-shrink sleeve, save the OTDR trace to the job folder.
        OTDR summary: span 14.2 km, total loss 4.87 dB, reflective event at 6.31 km (connector), no breaks detected.
        Dear residents of Blk 221 to 228 Serangoon Ave 4, our contractor will be laying fibre in the common corridor riser on 12-13 Dec, 9am-5pm. Some noise expected. Thank you for your understanding. - Town Council
        Works vehicle will be parked on Nathan Road near Mong Kok MTR Exit E2; traffic marshal deployed from 01:00.
        EMF measurement at the Lorong Ah Soo rooftop site: 0.8% of the ICNIRP general public limit, well within guidelines.
        WO-2026-118734: replace faulty RRU on sector 2, site KL-BSR-0912, crane lift at 06:00, PTW #55120.
        Contractor reminder: do not take photos of residents or the inside of their flats during in-home fibre termination; only photograph the TP and ONT.
        Permit to dig granted by JKR for Persiaran Sultan Salahuddin; reinstatement of the road surface must be done within 7 days.
    """),
    ("en", "billing and plans"): _lines("""
        Invoice No. INV-SG-2026-11-00483921 | Billing period 01 Nov - 30 Nov 2026 | Amount due S$48.15 (incl. 9% GST) | Due date 21 Dec 2026
        Roaming Day Pass: HK$98/day for 3GB in Mainland China & Macau, auto-renews at 00:00 local time.
        Postpaid 5G 120GB - RM79/mth, 24-month contract, early termination fee RM50 x remaining months.
        Your bill for account ending 7714 is ready. View it in the app. This is an automated msg, pls do not reply.
        Dear {customer_name}, we refer to your dispute on invoice {invoice_no} dated {date}. After review, we have {outcome}. Regards, Billing Team
        Billing disputes Q3 2026: 4,812 cases (down 11% QoQ); median resolution time 6.2 days; 73% resolved in the customer's favour.
        A late payment charge of RM10 will be imposed if payment is not received within 21 days of the bill date.
        Credit note CN-00093312 for HK$126.40 has been applied to the Oct statement (IDD charges reversed).
        Why is my bill higher this month? Common causes: prorated charges after a plan change, roaming, premium SMS subscriptions or VAS like caller ringtones.
        Pay via PayNow to UEN 201834567K (LionTel Pte Ltd) and put your account number as the reference.
        FPX payment ref 2612041023450987 successful. Amt RM 138.00.
        Bill shock cap: local data usage beyond your plan is capped at S$20 per bill cycle unless you opt out.
        GIRO form: fill in the account holder name, bank account number and NRIC in sections A to C, then sign as per bank records.
    """),
    ("en", "regulation and SIM registration rules"): _lines("""
        Under Hong Kong's Real-name Registration Programme for SIM Cards, every SIM service plan and pre-paid SIM must be registered before it can be activated.
        In Singapore, buyers of prepaid SIM cards must show their NRIC, FIN card or passport at the point of sale, and the number of prepaid lines per person is capped.
        Malaysian prepaid subscribers register with MyKad (citizens) or passport (non-citizens); retailers must verify the original document in person.
        Number portability: the recipient operator submits the port request to the donor operator, and porting is usually completed within 1-2 working days.
        PDPA reminder: do NOT ask customers to send photos of their NRIC over WhatsApp. Use the secure upload link in the MyAccount portal instead.
        Marketing SMS sent in Singapore must carry the <ADV> label and provide an unsubscribe facility.
        SMS sender IDs in Singapore must be registered with the SMS Sender ID Registry; messages from unregistered IDs are labelled Likely-SCAM.
        Retail SOP: scan the ID document with the approved reader, check the face match, never photocopy the ID, shred misprinted forms immediately.
        A MyKad number has the format YYMMDD-PB-###G, where PB is the place-of-birth code and the last digit is odd for males and even for females.
        Field validation: NRIC/FIN must match ^[STFGM][0-9]{7}[A-Z]$ and pass the checksum. Use S1234567D only in the test environment.
        OFCA, 20/F Wu Chung House, 213 Queen's Road East, Wan Chai, Hong Kong.
        Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC), Off Persiaran Multimedia, 63000 Cyberjaya, Selangor.
    """),
    ("en", "call-centre scripts and QA"): _lines("""
        Opening: "Thank you for calling LionTel, my name is {agent_name}, how may I help you today?" Verify with 2 of 3: full name, last 4 chars of NRIC, registered address.
        QA scorecard Nov 2026: Team Bravo avg 87.4, FCR 71%, AHT 6m42s, CSAT 4.3/5, 2 compliance fails (verification skipped).
        Wrap-up codes: BIL-01 billing enquiry, BIL-02 dispute, NET-04 no service, POR-01 port-in, SIM-03 replacement, CMP-09 escalated complaint.
        IVR: press 1 for billing, 2 for technical support, 3 to port your number to us, 4 for roaming, 9 to speak to an agent. Untuk Bahasa Melayu, tekan 8.
        Escalation matrix: L1 agent > L2 team lead (within 4h) > Complaints Desk (within 2 WD) > Customer Advocacy (within 5 WD).
        Do NOT read out the customer's full NRIC or card number on a recorded line; confirm only the last 4 characters.
        Call 04/12 14:32 | Dur 00:07:51 | Queue: Fibre-Tech | Disposition: NET-04, ONT reboot, resolved | Callback: N
        Objection handling: if the customer says "my neighbour pays less for the same plan", explain that promo prices depend on sign-up date and contract length.
        Hi {{first_name}}, your port-in request {{port_ref}} is scheduled for {{port_date}} between 00:00-06:00. Keep your old SIM inserted until then.
        SIM swap SOP: before issuing a replacement SIM, do in-store ID verification and send an SMS alert to the existing number; hold 12 hours if anything mismatches.
        Call volume forecast wk 50: Mon 18.2k, Tue 15.9k, Wed 15.1k, Thu 14.7k, Fri 16.3k; 212 FTE rostered.
        Complaint categories Q4: slow speed 34%, billing 27%, installation delay 18%, staff attitude 6%, others 15%.
        Reminder to all agents: Mr Tan, Mdm Lee, Ah Boy etc are NOT acceptable in CRM notes - use the customer's account ID only.
    """),
    ("en", "network logs and config"): _lines("""
        2026-12-04T03:17:22+08:00 olt-tpy-07 GPON: ONU 0/3/12 LOS alarm raised, rx power -31.2 dBm
        interface TenGigE0/1/0/3 description *** UPLINK KUL-CR-01 *** mtu 9216
        MCC/MNC reference: 525-01 SingTel, 525-03 M1, 525-05 StarHub, 502-12 Maxis, 502-13 Celcom, 454-00 CSL
        Firmware HG8245X6-V5R021C10S185 rollout: sha256 9f2c4e0b1d7a8833c6e15f0a2b9d4471e8c03a6f5b2d9e17c4a80f3361be52d9
        SMSC log: msg_id=8a7f21c0 status=DELIVRD sender=LionTel batch_size=48211 campaign=XMAS26-PROMO
        Staging test MSISDNs: +65 8000 0000 to +65 8000 0099 (not provisioned in the live HLR).
        def normalise_msisdn(s: str) -> str: return "".join(ch for ch in s if ch.isdigit()).lstrip("0")
        Speed test: 942.18 Mbps down / 893.40 Mbps up, latency 3 ms, server Singapore (SGIX).
        BGP neighbor 103.21.244.1 remote-as 13335 state Established, 1204 prefixes received
        NOC shift B ack alarm, ticket NOC-0412-77; cell KLCC_3 back on air 04:55 MYT.
        porting-api v2.14.3 (digest sha256:4be1c8a07e) rolled out to prod-sg-1, 6/6 pods ready
        traceroute to 8.8.8.8: hop 4 bb1.sgcr02.liontel.net 3.1 ms, hop 5 72.14.222.1 3.4 ms
    """),
    ("en", "news and public figures"): _lines("""
        Communications Minister Fahmi Fadzil has repeatedly urged telcos to improve 5G coverage in rural Sabah and Sarawak.
        Josephine Teo, Singapore's Minister for Digital Development and Information, oversees the IMDA.
        Guglielmo Marconi sent the first transatlantic radio signal in 1901, from Poldhu in Cornwall to Newfoundland.
        Alexander Graham Bell was granted the US patent for the telephone in 1876.
        Charles K. Kao, the "father of fibre optics" and former vice-chancellor of CUHK, won the 2009 Nobel Prize in Physics.
        Even Phua Chu Kang would tell you: wear your safety harness when climbing that tower, don't play play!
        Raffles Place MRT station is among the stations getting in-tunnel 5G coverage in the next phase.
        The Eastern Extension Telegraph Company laid one of the first submarine cables to Singapore in the 1870s.
        LionTel CEO said at the results briefing that ARPU rose 3.1% year on year to S$42.60, driven by 5G upgrades.
        A new macro site on Lim Chu Kang Road will improve coverage for farms in the north-west, the operator said.
        OFCA statistics: Hong Kong had about 24.8 million mobile subscriptions as of mid-2026, a penetration rate above 300%.
        Upin & Ipin-themed SIM packs will be sold at selected outlets during the school holidays.
    """),
    ("en", "forum posts"): _lines("""
        anyone on LionTel fibre in Punggol also kena disconnect every nite around 2am?? already reboot ONT 3 times liao
        Just ported from MerdekaCell to Rimba, took less than 24h, no downtime. Recommend.
        HarbourLink 1000M plan $158/mth vs Lantau $128 but Lantau contract 36 mths, which one more worth?
        PSA: scammers calling pretending to be from the telco saying your number will be terminated in 2 hours, press 1. JUST HANG UP.
        bro the tower beside my blk got 5G already? my phone still show 4G+ leh
        Does anyone know if a tourist prepaid SIM can be registered with passport at 7-Eleven or must go to the official shop?
        Rimba down at Puchong? Since 9pm no internet, lampu LOS merah.
        Tip: if your router keeps dropping, change WiFi channel from auto to 1/6/11 on 2.4G, huge difference for me in HDB.
        Who else got the Likely-SCAM label on legit OTP sms? Reported to the bank already.
        My 2 cents: don't sign 24 month contract, SIM-only plans now $10 for 100GB, buy phone outright better.
        Thread closed by moderator: please don't post other users' phone numbers or IC numbers here, PDPA.
        Lol the CS chatbot replied "I understand your frustration" 5 times then disconnected me.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SIM reg form | Name: Tan Wei Ming | NRIC: S8234561B | DOB: 14/03/1982 | Add: Blk 412 Bedok North Ave 2 #08-117 S460412 | Mobile: 9127 4803
        Port-in request PRT-MY-2026-004412: customer Nurul Aisyah binti Kamarudin, MyKad 920708-10-6248, number 012-773 5019, donor MerdekaCell, requested 5 Dec.
        RNR record: LEUNG Ka Yan, HKID Y417265(3), DOB 1994-06-21, prepaid no. 6218 4470, registered at Sham Shui Po shop.
        14:02 caller Mdm Lim Geok Hoon verified via NRIC last 4 '417A' + DOB 02/09/1969, wants bill sent to new addr 23 Jalan Kembangan #02-05 S419123
        Pls prioritise the line repair for Encik Rahim bin Osman at No. 14, Jalan SS 2/64, Petaling Jaya - he is on a home oxygen concentrator and the landline is linked to his medical alert device.
        Supporting docs for device instalment: Kumar a/l Rajan, EA form 2025 shows gross annual income RM 68,400, employer Syarikat Angkut Pantas Sdn Bhd.
        Account flag: subscriber Wong Siu Fung (HKID K382910(3)) is an undischarged bankrupt, HCB 2817/2025 - do not approve new postpaid contract.
        Cust asked us to contact her via WhatsApp +60 11-2408 7731 instead, she's Siti Hajar binti Mansor, works night shift so pls call after 2pm.
        Refund of RM 212.40 to card 4520 **** **** 0066 belonging to Mr Lee Chong Keat, 18 Lorong Bukit Kiara 3, 60000 Kuala Lumpur.
        Pls charge the outstanding S$389.60 to my Visa 4120 3962 3776 0060 exp 08/29, name on card GOH PEI SHAN.
        Billing dispute from jasminekoh.87@gmail.com - Jasmine Koh says she was charged S$74.90 for roaming in Bali although her phone was in airplane mode, acct 1-8830217.
        Prepaid SIM registered for Nguyen Van Hoang, Vietnamese passport C4821937, work permit FIN G5529018R, dormitory room 07-12 at Toh Guan.
        Installer note: Mr & Mrs Sharma at 7 Jalan Chempaka Kuning S469821, wife is 7 months pregnant so no drilling dust in the bedroom pls, call hubby Vikram 8133 2096 when downstairs.
        Police report F/20261202/8841: handset IMEI 352946112087331 belonging to Ho Mei Ling stolen at Tai Po Market, pls blacklist and suspend SIM 9481 2276.
        LE request: cell-site history for 9733 1802 (subscriber Daniel Ong Jun Hao) from 1 Nov to 3 Nov 2026.
        Arrears list: Muthu s/o Krishnan, Blk 77 Telok Blangah Drive #12-340, owes S$1,284.55 since Jun, 3 reminder letters returned.
        FYI the lady who kept calling about the Tuen Mun outage, Ms Fung Wing Sze, just got discharged from the psychiatric ward and can't handle calls, email only pls.
        Static IP 118.201.44.87 assigned to the residential account of Aaron Teo, 31 Hillview Ave #05-02, since 12 Aug 2026.
        Mainland visitor HUANG Xiaoli bought a 7-day tourist SIM at Shenzhen Bay, registered with Resident ID 350203199209235187, contact +86 139 5021 8846.
        Roaming complaint from Taiwanese customer Lin Yi-Ting, ID F228147353, LINE id yiting_lin0923, charged HK$1,480 for data in Hong Kong.
        Resident Ms Rachel Chua (#04-15) complained the contractor lorry blocked her car SKQ 4821 B at the Blk 228 carpark, wants her Grab fare reimbursed.
        Lau Chi Keung is suing us in the Small Claims Tribunal (SCTC 4471/2026) over the early termination fee; his address is Flat 12B, Block 3, Kingswood Villas, Tin Shui Wai.
        Account holder Madam Ong Bee Lian passed away last month; her daughter Ong Hui Min (NRIC T0318846E) requests transfer of line 9824 6631 to her name, death cert attached.
        Parent consent: child Ethan Yap Zhi Hao, 11 yrs, NRIC T1127735C, kids SIM linked to father Yap Kok Leong's account 4409-2281.
        Credit check fail: Pn. Zaleha binti Yusof, clerk at Klinik Kesihatan Bangsar, salary RM2,650/mth, CCRIS shows 2 overdue car loan instalments.
        Customer: Tan Boon Hock, NRIC S****093I, Blk 12 Jalan Bukit Merah #14-1122 - wants the 2nd line terminated.
        From: kelvin.ngwk@yahoo.com.sg Subj: STILL NO INTERNET!!! I'm Kelvin Ng, account 1-7729304, working from home and already lost 3 days of pay because of you.
        Fibre install booked: Ms Cheung Hoi Yan, Flat D, 18/F, Block 2, Laguna City, Lam Tin, Kowloon; mobile 9386 1147; slot 10 Dec 2-6pm.
        Penghantaran router ke: Amirul Hakim bin Zulkifli, No. 22, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Tel 013-288 4105.
        Authorised person to collect SIM: brother Kwok Chun Hei, HKID R558031(4), on behalf of Kwok Wing Sum who is hospitalised at Prince of Wales Hospital.
        Flag acct 3-118820: customer Peter Loh is profoundly deaf, contact via SMS to 9017 5528 only, no voice calls.
        URGENT: Mrs Devi Ramasamy asks to unlist her number 8710 3364 and block her ex-husband Suresh from the family plan, she has a PPO against him.
        Refund via bank transfer: account holder Chong Mei Yee, Maybank 1140 2233 8761, amount RM 96.30.
        Objection letter re the proposed mast in TTDI from Dr Harjit Singh, 41 Jalan Datuk Sulaiman - he claims his wife's breast cancer was caused by the existing antenna.
        Access pass for technician Mohd Faizal bin Ramli, IC 850314-14-5523, van WXY 8821, entering the exchange on 6 Dec 9am.
        Tham Kah Wai agreed to an instalment plan 6 x S$57.30 after losing his job in Oct; home 16 Eunos Crescent #03-2788.
        wechat id lilychen_sz88 - that's Lily Chen, wants to port her HK number 5123 9086 to a SIM-only plan.
        Find-my-device for account holder Gary Poon: last location 22.3193, 114.1694 at 23:41 on 3 Dec, battery 4%.
        Attached payslip: Ng Siew Ling, Senior Staff Nurse at Tan Tock Seng Hospital, basic S$5,420, applying for the 0% instalment phone plan.
        New line 8765 0042 activated 3/12 for Rajesh Kumar, FIN F3381274N, Employment Pass holder.
        My mother Wong Ah Moi is 78 and has dementia, she signed up for 3 lines at a roadshow in Toa Payoh, pls cancel all. Her NRIC S4512883J.
        Pls charge the port-in fee to my Amex 3721 577665 86893, Melvin Seah.
        Exclude from birthday SMS campaign: Jason Lim, DOB 1990-05-17, acct 1-2281904, he filed a DNC complaint.
        pls call back my wife Michelle at 9662 0418, the line is registered under her name Michelle Tay Li Ting
        HKID Z639582(2) verified, name LAM Chi Wai, requested eSIM transfer to a new iPhone, contact 6574 2091.
        International student Tanvir Hossain, Bangladeshi passport A04417823, UiTM Shah Alam, prepaid number 011-1092 7745.
        Subscriber Koh Jun Wei of Blk 506 Jurong West St 52 #09-221 was charged with cheating for running a SIM-card mule scheme, case DAC-912044-2026.
        Address change for Ms Priya d/o Subramaniam: moved from Blk 115 Rivervale Drive #07-411 to 8 Jalan Lempeng #12-03, S128806.
        Family plan: main line Chan Wai Kit 9175 3380; supp lines wife Ho Sze Man 9288 1046 and son Chan Lok Hin (14) 5166 0233.
        Technician visited Mdm Aminah binti Hassan at Blk 30 Marsiling Drive #03-51, she is wheelchair-bound and lives alone, needs the fixed line for her panic button.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are RimbaBot, the virtual assistant for Rimba Broadband Malaysia."),
        ("user", "hi nak port in my number from MerdekaCell"),
        (
            "assistant",
            "Sure! Please provide the number to be ported and the MyKad number of the registered owner.",
        ),
        ("user", "017-662 4180"),
        ("user", "IC 770221-07-5031, name Lim Kah Seng"),
        ("assistant", "Thank you. Your port request PRT-MY-2026-009821 has been submitted."),
    ],
    [
        ("user", "I was billed S$212 for IDD calls to Manila which I never made"),
        (
            "assistant",
            "Sorry to hear that. Can you share your account number so I can raise a dispute?",
        ),
        (
            "user",
            "1-5530918, the account is under Angela Sim, I'm her. card on file is 5329 8113 3244 8375",
        ),
        (
            "assistant",
            "Dispute BD-2026-33017 raised. Please do not share full card numbers in chat in future.",
        ),
    ],
    [
        ("user", "No line for 2 days already at my father's house"),
        ("assistant", "I'm sorry about that. Could you share the service address?"),
        ("user", "No. 5, Lorong Seri Kenangan 2, Taman Seri Kenangan, 14000 Bukit Mertajam"),
        (
            "user",
            "He's 81 and has a pacemaker, the cardiac monitor uploads through the landline. His name is Ooi Cheng Huat",
        ),
        ("assistant", "Understood, I've marked this as a priority repair for a medical case."),
    ],
    [
        ("user", "my phone kena stolen at Causeway Bay, need to block SIM"),
        (
            "assistant",
            "I can help. Please provide the mobile number and your HKID for verification.",
        ),
        ("user", "number 9402 7763, HKID M740213(4)"),
        (
            "assistant",
            "Thanks Ms Tsang, the SIM has been suspended. You can collect a replacement at any shop.",
        ),
        ("user", "ok thx, the police report no is ERN 26-3318-09"),
    ],
    [
        (
            "system",
            "CRM context: Customer Ravi s/o Gopal, NRIC S7908815C, Blk 641 Hougang Ave 8 #10-276, plan Fibre 1Gbps, arrears S$356.20, flagged: hearing impaired.",
        ),
        ("user", "Summarise this customer's situation for the collections team in 2 lines."),
        (
            "assistant",
            "Fibre 1Gbps customer with S$356.20 in arrears. Hearing impaired: please contact in writing rather than by phone.",
        ),
    ],
    [
        ("user", "Draft a polite reply to this complaint email for me pls"),
        (
            "user",
            "'I am Cheryl Foo of 9 Jalan Bintang, S459031. Your workers dug up the grass verge outside my house and left it for 3 weeks. My son has asthma and the dust is making it worse. Contact me at cheryl.foo.sg@outlook.com'",
        ),
        (
            "assistant",
            "Dear Ms Foo, thank you for writing to us and we sincerely apologise for the inconvenience caused by the works outside your home...",
        ),
    ],
    [
        ("user", "can register prepaid sim for my worker?"),
        ("assistant", "Yes, the worker must be present with their passport and work permit card."),
        ("user", "ok he is Md Rafiqul Islam, FIN G8120476X, passport BW0736512"),
        ("user", "staying in our company dorm at 23 Tuas South Ave 2"),
        ("assistant", "Noted. Please bring him to any outlet with the original documents."),
    ],
    [
        ("user", "I need to change my number urgently"),
        ("assistant", "Sure, may I know the reason so I can waive the change fee if eligible?"),
        (
            "user",
            "my ex keeps calling and messaging even after the PPO. I'm Farah Nadia, current no. 8234 5517",
        ),
        (
            "assistant",
            "I'm sorry you're going through this. The change fee will be waived and the new number will be unlisted.",
        ),
    ],
    [
        ("user", "want to book fibre installation"),
        ("assistant", "Sure, what is the installation address?"),
        ("user", "Flat 7, 22/F, Block C, Kornhill, Quarry Bay"),
        ("assistant", "Got it. Who should the technician contact on the day?"),
        ("user", "me, Mr Yeung Tsz Chun, 6158 2294"),
    ],
    [
        ("user", "Can you check who owns my old number? I want it back"),
        (
            "assistant",
            "For privacy reasons I can't share that. Is the number still registered under your account?",
        ),
        (
            "user",
            "it was under my name, Leong Mei Fong. Line got cut because I couldn't pay while I was in hospital for chemo from March to August",
        ),
        (
            "assistant",
            "I'm sorry to hear that. If the number has not been reassigned we can try to restore it; please visit a shop with your NRIC.",
        ),
    ],
    [
        ("user", "what documents do I need to sign up for a postpaid line?"),
        ("assistant", "NRIC or FIN card, plus proof of billing address if different from your ID."),
        (
            "user",
            "ok here: FIN F2847731R, Oliver Bennett, 55 Holland Road #03-11, S258845, work at a bank, salary 12k",
        ),
        (
            "assistant",
            "Thanks, but please do not share ID numbers in this chat. Our shop staff will verify documents in person.",
        ),
    ],
]
