"""Blind check set en12: English agent and tool-use training data (SG, MY, HK, global). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en12
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tools"): _lines("""
        User: is it going to rain in Tampines this afternoon? Assistant: get_weather({"location": "Tampines, SG", "hours": 6}) -> {"forecast": "thundery showers", "prob": 0.7, "temp_c": 31} Thundery showers are likely after 2pm, so bring an umbrella.
        search_flights({"from": "SIN", "to": "HKG", "date": "2026-12-20", "cabin": "economy"}) -> [{"flight": "SQ890", "dep": "08:15", "arr": "12:10", "price_sgd": 412}, {"flight": "CX734", "dep": "10:05", "arr": "14:00", "price_sgd": 398}]
        Tool call: get_stock_quote({"ticker": "D05.SI"}) -> {"name": "DBS Group Holdings", "last": 41.22, "change_pct": -0.4, "currency": "SGD"}. DBS closed slightly lower today at S$41.22.
        list_public_holidays({"country": "MY", "year": 2027}) -> [{"date": "2027-01-01", "name": "New Year's Day"}, {"date": "2027-02-06", "name": "Chinese New Year"}, {"date": "2027-08-31", "name": "Hari Kebangsaan"}]
        Assistant: I'll check stock for you. inventory.lookup({"sku": "KB-87-BRN", "warehouse": "Jurong"}) -> {"available": 14, "reserved": 3, "eta_restock": "2026-12-15"} There are 14 units of the brown-switch keyboard available at the Jurong warehouse.
        convert_currency({"amount": 250, "from": "HKD", "to": "MYR"}) -> {"result": 150.35, "rate": 0.6014, "as_of": "2026-12-03T09:00:00Z"}
        get_mtr_status({"line": "Tsuen Wan"}) -> {"status": "delayed", "reason": "signalling fault near Mong Kok", "expected_recovery": "18:45"}
        search_products({"query": "portable aircon", "max_price": 600, "store": "Courts SG"}) returned 3 results; the Midea 1.5HP model is the cheapest at S$459 with free delivery.
        get_air_quality({"city": "Kuala Lumpur"}) -> {"api": 68, "category": "Moderate", "dominant": "PM2.5", "station": "Batu Muda"}
        Function: create_ticket(title: str, priority: "low"|"medium"|"high", assignee_team: str) -> ticket_id. Example: create_ticket("VPN drops every 10 minutes on Windows 11", "high", "network-ops") -> "NET-4471".
        lookup_postal_code({"code": "238859"}) -> {"area": "Orchard", "district": 9, "type": "commercial"} That postal code is in the Orchard shopping district.
        Agent trace: step 1 fetch_exchange_rates(base="SGD") ok; step 2 compute_margin(cost=12.40, price=19.90) -> 0.377; step 3 write_cell(sheet="Pricing", cell="F12", value=0.377) ok.
        get_company_profile({"ticker": "0700.HK"}) -> {"name": "Tencent Holdings", "ceo": "Ma Huateng", "hq": "Shenzhen", "employees": 105000}. Tencent is led by chairman and CEO Ma Huateng.
        check_parcel({"tracking": "SPXMY0123987654"}) -> {"carrier": "SPX Express", "status": "Out for delivery", "hub": "Shah Alam DC", "events": 6}
        book_meeting_room({"room": "Level 12 Merlion", "start": "2026-12-08T14:00+08:00", "duration_min": 60}) -> {"ok": true, "booking_ref": "RM-22817"}
        User asks for the next bus. get_bus_arrival({"stop": "83139", "service": "15"}) -> {"next": "3 min", "subsequent": "11 min", "load": "SEA"} Bus 15 arrives in about 3 minutes and has seats available.
        run_sql("SELECT region, SUM(revenue) FROM sales_2026 GROUP BY region ORDER BY 2 DESC") -> [("Central", 1820400), ("West", 1311250), ("North-East", 977600)]
        get_exchange_holidays({"exchange": "HKEX", "month": "2026-12"}) -> ["2026-12-25", "2026-12-26"] plus a half-day session on 24 December.
        translate({"text": "Lift under maintenance", "target": "ms"}) -> {"translation": "Lif dalam penyelenggaraan"}
        get_tide({"station": "Port Klang", "date": "2026-12-05"}) -> {"high": ["04:12 5.1m", "16:40 4.8m"], "low": ["10:25 0.9m", "22:58 1.3m"]}
    """),
    ("en", "rag"): _lines("""
        Based on the retrieved page [1], Lee Kuan Yew served as Singapore's first Prime Minister from 1959 to 1990, and was succeeded by Goh Chok Tong. [1] Wikipedia: Lee Kuan Yew.
        According to document 2 (Bank Negara Malaysia annual report 2025), the Overnight Policy Rate was held at 2.75 percent throughout the year, and Governor Abdul Rasheed Ghaffour cited moderating inflation.
        Retrieved context: "The Star Ferry has operated between Tsim Sha Tsui and Central since 1888." Answer: The Star Ferry service dates back to 1888.
        Sources [1][3] agree that Tunku Abdul Rahman proclaimed Malaya's independence at Stadium Merdeka on 31 August 1957.
        From the HSBC 2025 annual report excerpt: Group CEO Georges Elhedery said cost discipline would continue, and the board proposed a final dividend of US$0.36 per share.
        The context passage states that Sir Stamford Raffles landed in Singapore in 1819 and signed a treaty with Sultan Hussein Shah and Temenggong Abdul Rahman. I found no other sources on the treaty terms.
        Doc [4] (MAS Guidelines on Technology Risk Management, 2021) requires financial institutions to notify MAS within one hour of discovering a relevant incident.
        Answer grounded in retrieved chunks: Grab Holdings was founded in 2012 by Anthony Tan and Tan Hooi Ling in Kuala Lumpur, before moving its headquarters to Singapore.
        Based on the PDPA overview document, organisations must appoint at least one Data Protection Officer and make the DPO's business contact information publicly available.
        The retrieved article notes that Carrie Lam was Chief Executive of Hong Kong from 2017 to 2022, followed by John Lee Ka-chiu.
        Per the Petronas sustainability report (chunk 7), Scope 1 and 2 emissions fell 4 percent year-on-year; President and Group CEO Tengku Muhammad Taufik signed the foreword.
        I could not find the answer in the provided documents. The snippets only cover the 2024 edition of the Singapore Budget, which Deputy Prime Minister Lawrence Wong delivered on 16 February 2024.
        Citation [2] from the Hong Kong Observatory: a Typhoon Signal No. 8 is issued when gale or storm force winds are expected within 800 km.
        Retrieved: Jimmy Lai's trial under the National Security Law began in December 2023, as reported widely in international media. The documents do not cover the verdict.
        From the product manual (page 14): to reset the router, hold the WPS button for 10 seconds until the LED blinks amber.
        Knowledge-base article KB-0192 says refunds for annual plans are prorated by month, with a minimum charge of one month.
        The search results show that Michelle Yeoh, born in Ipoh, won the Academy Award for Best Actress in 2023 for Everything Everywhere All at Once.
        Based on context [1], the Penang Bridge opened in 1985 and was at the time the longest bridge in Southeast Asia at 13.5 km.
    """),
    ("en", "extraction"): _lines("""
        Extract JSON with keys name, phone, email, nric from the user's message. If a field is missing output null. Schema: {"name": string|null, "phone": string|null, "email": string|null, "nric": string|null}
        Input: "Looking for a 2-bedroom near Bishan MRT, budget S$3,800, move-in January." Output: {"intent": "rental_search", "bedrooms": 2, "area": "Bishan", "budget_sgd": 3800, "move_in": "2027-01"}
        Clean the column "country": map "S'pore", "SG", "Singapura" -> "Singapore"; "M'sia", "MY" -> "Malaysia"; "HK", "HKSAR" -> "Hong Kong". Trim whitespace and drop empty rows.
        Output: {"company": "Sembcorp Industries", "sector": "Utilities", "listed": "SGX", "ticker": "U96", "ceo": "Wong Kim Yin"}
        Test fixture: {"customer_name": "Jane Doe", "phone": "+65 0000 0000", "email": "jane.doe@example.com", "nric": "S0000000A"} - placeholder values only, never real.
        Regex to validate a Malaysian postcode: ^\\d{5}$. For Hong Kong there is no postcode, so leave the field blank.
        Normalise dates in column B from "3 Dec 26", "03/12/2026", "2026-12-3" to ISO 8601 "2026-12-03" and flag any row that cannot be parsed.
        Extracted entities: ORG="Maybank", ORG="CIMB", LOC="Kuala Lumpur", MONEY="RM1.2 billion", DATE="Q3 2026". No person entities found.
        Task: deduplicate the supplier list by UEN. Rows with UEN 201912345K appear twice (Acme Logistics Pte Ltd and ACME LOGISTICS PTE. LTD.); keep the newest.
        JSON schema for the contact form: {"type": "object", "required": ["full_name", "mobile", "email"], "properties": {"full_name": {"type": "string", "maxLength": 80}, "mobile": {"type": "string", "pattern": "^\\+?\\d{8,12}$"}, "email": {"type": "string", "format": "email"}}}
        Extract the menu: [{"item": "Nasi lemak ayam goreng", "price_myr": 12.90}, {"item": "Teh tarik", "price_myr": 3.20}, {"item": "Roti canai", "price_myr": 2.00}]
        Label each review as positive/negative: "Staff at the Causeway Point branch were super helpful" -> positive; "Delivery was two days late" -> negative.
    """),
    ("en", "spreadsheet"): _lines("""
        =XLOOKUP(A2, Products!A:A, Products!C:C, "not found") returns the unit price for the SKU in A2; sample rows: KB-87-BRN | 129.00, MS-22-WHT | 39.90.
        Use =SUMIFS(D:D, B:B, "Johor", C:C, ">=2026-10-01") to total sales for Johor in Q4. Sample: Johor | 2026-10-04 | 1,250; Penang | 2026-10-05 | 980.
        Formula for GST-inclusive price in Singapore: =ROUND(B2*1.09, 2). Row 2: Wireless mouse | 45.00 | 49.05.
        =TEXT(A2,"dd mmm yyyy") converts 2026-12-03 to 03 Dec 2026. Apply to the whole column with a fill-down.
        To split "Name <email>" in column A use =REGEXEXTRACT(A2, "<(.+)>") for the email and =TRIM(REGEXEXTRACT(A2, "^[^<]+")) for the name. Headers only in the template; no data rows yet.
        Pivot the attendance sheet by department: rows = Department, columns = Month, values = COUNTA(Employee ID). Departments: Finance, Ops, Sales, IT.
        =IF(COUNTIF($C$2:$C$500, C2)>1, "duplicate", "") flags duplicated invoice numbers such as INV-2026-0441 appearing twice.
        Conditional formatting rule: highlight cells in column F red where =F2<TODAY() and G2<>"Paid" to show overdue invoices.
        =NETWORKDAYS(B2, C2, Holidays!A:A) counts working days excluding Singapore public holidays listed on the Holidays sheet (Deepavali 2026-11-08, Christmas 2026-12-25).
        Sample rows for the formula demo: Store | Month | Revenue -> Mid Valley | Oct | 82,400; Sunway Pyramid | Oct | 77,150; Pavilion | Oct | 91,020.
    """),
    ("en", "email"): _lines("""
        Triage: "Your AWS invoice for November is available" -> category: billing, priority: low, action: forward to finance@company.example.
        Triage summary: 14 newsletters (archive), 3 calendar invites for the all-hands, 1 security alert from Google Workspace about a new sign-in from the office network (informational).
        Email draft: Hi {{first_name}}, thanks for contacting {{company_name}} support. Your ticket {{ticket_id}} has been resolved. Reply to this email if the issue returns.
        Auto-reply rule: if subject contains "Unsubscribe" or sender domain is mailchimpapp.net, move to Promotions and mark as read.
        Classify: "SingPost: your parcel could not be delivered, click here to pay S$1.99" -> phishing, do not click, report to ScamShield.
        The email from the Land Transport Authority announces that the Thomson-East Coast Line stage 5 will open in 2026; no action needed.
    """),
    ("en", "calendar"): _lines("""
        create_event({"title": "Singapore Fintech Festival", "start": "2026-11-11", "end": "2026-11-13", "location": "Singapore EXPO"}) -> {"event_id": "evt_7781", "status": "confirmed"}
        Calendar: Chinese New Year public holiday (Malaysia) 6-7 Feb 2027, all day, office closed.
        Scheduling: find a 30-minute slot for the "Q1 planning" meeting for the data team between Tue and Thu next week, avoiding 12:00-13:00 lunch. Proposed: Wed 10:30 SGT.
        Event: Hong Kong Sevens, Kai Tak Stadium, 27-29 March 2027. Add to team calendar as "tentative - company box".
        Recurring event: Sprint review every second Friday 16:00-17:00 GMT+8, attendees: #eng-platform channel, Zoom link in description.
        Invite: HSBC Holdings AGM 2027, webcast, Friday 2 May 2027 11:00 HKT; agenda includes election of directors.
    """),
    ("en", "support"): _lines("""
        Macro "Refund approved": Hi {{customer_name}}, we've processed a refund of {{amount}} to your {{payment_method}} ending {{last4}}. It may take 5-10 business days to appear.
        Macro "Address change": Dear {{name}}, to update your delivery address please go to Account > Addresses. We cannot change addresses for orders already shipped.
        Support flow: ask for order number -> call get_order(order_id) -> if status == "lost" then offer reshipment else share tracking link.
        Macro (MY): Hai {{nama_pelanggan}}, terima kasih kerana menghubungi kami. Tiket anda {{no_tiket}} sedang diproses.
        Internal note template: Verified identity via {{verification_method}}. Do NOT paste the customer's NRIC, passport or card number into ticket comments.
        Escalation policy: tickets tagged "chargeback" go to Tier 2 within 4 hours; tickets mentioning the PDPC go to Legal.
    """),
    ("en", "translation"): _lines("""
        Translate to English: "Notis: Bekalan air akan terganggu pada 5 Disember dari 9 pagi hingga 5 petang di Taman Melawati." -> Notice: Water supply will be disrupted on 5 December from 9am to 5pm in Taman Melawati.
        Translation (Chinese to English) of the building notice: "Fire drill on Thursday 10 December at 3pm. All residents please assemble at the podium garden."
        Translate to Malay: "The clinic is closed on public holidays." -> "Klinik ditutup pada hari cuti umum."
        English version of the estate circular: the management office will repaint lift lobbies on floors 10-20 between 8 and 19 December; please mind wet paint signs.
    """),
    ("en", "meetings"): _lines("""
        Summary of the Singapore Parliament sitting on 4 November: Minister for Finance answered questions on the GST voucher; Leader of the Opposition Pritam Singh asked about cost-of-living support.
        Meeting summary (public AGM, CapitaLand Investment): Chairman Miguel Ko presented results; Group CEO Lee Chee Koon answered shareholder questions on China exposure; all resolutions passed.
        Summary of the Hong Kong Legislative Council panel on transport: members discussed the Northern Metropolis rail links; the Secretary for Transport and Logistics presented the timeline.
        Dewan Rakyat summary: Prime Minister Anwar Ibrahim tabled Budget 2027, announcing subsidy rationalisation for RON95 and increased allocation for education.
        Sprint retro summary: what went well - release on time; what didn't - flaky integration tests; actions - quarantine flaky tests (owner: QA team), add retry to the payments mock.
        Summary of the Maybank AGM webcast: President and Group CEO Khairussaleh Ramli highlighted ASEAN expansion; a shareholder question on ESG targets was deferred to the sustainability report.
    """),
    ("en", "code"): _lines("""
        Review comment: `customer_email` is logged at INFO level in `send_receipt()`; please mask it with `mask_email()` before logging.
        Nit: rename `nric_no` to `national_id` since the service also handles MyKad and HKID; keep the validation in `validators/ids.py`.
        Review: `phone = phone.replace(" ", "")` doesn't strip the leading +65; use `phonenumbers.parse(phone, "SG")` instead.
        Suggestion: in `test_user_signup`, the fixture uses `name="Test User"` and `email="test@example.com"`; fine, but add a case for emails with plus-addressing.
        LGTM. One question: why does `get_customer(id)` return `dob` when the frontend never uses it? Consider dropping the field from the serializer.
        Blocking: the migration adds `passport_number VARCHAR(9)` without encryption at rest; please use the `EncryptedField` wrapper like `bank_account` does.
        def mask_hkid(hkid: str) -> str: return hkid[:1] + "*" * (len(hkid) - 4) + hkid[-3:]  # e.g. A123456(7) -> A******(7)
        Review on PR #412: the regex `^[STFGM]\\d{7}[A-Z]$` accepts NRIC/FIN format but doesn't verify the checksum letter; add the weight table.
    """),
    ("ms", "tools"): _lines("""
        get_weather({"lokasi": "Kota Kinabalu"}) -> {"ramalan": "hujan lebat", "suhu": 27} Hujan lebat dijangka di Kota Kinabalu petang ini.
        Ringkasan mesyuarat awam Majlis Bandaraya Pulau Pinang: Datuk Bandar membentangkan pelan tebatan banjir; projek dijangka siap 2028.
        Makro sokongan: Hai {{nama}}, pesanan {{no_pesanan}} anda telah dihantar. Jejak di {{pautan}}.
    """),
    ("mixed", "tools"): _lines("""
        User: boleh check flight MH603 to Singapore ke? Assistant: get_flight_status({"flight": "MH603"}) -> {"status": "On time", "gate": "C23", "dep": "19:05"} MH603 is on time, gate C23.
        Agent: lookup_holiday({"country": "SG", "date": "2026-12-25"}) -> {"holiday": "Christmas Day"} Jadi office tutup on Friday.
        User: 幫我查一下恒生指數 Assistant: get_index({"symbol": "HSI"}) -> {"last": 19842.6, "change": 128.4} The Hang Seng Index is up 128 points at 19,842.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        search_crm({"email": "wendy.tay.hl@gmail.com"}) -> {"name": "Wendy Tay Hui Ling", "mobile": "+65 9087 1180", "nric": "S8833715H", "tier": "Gold", "address": "Blk 412 Tampines St 41 #08-233, Singapore 520412"}
        Tool result: get_customer({"id": 88123}) -> {"full_name": "Muhammad Hafiz bin Roslan", "ic": "900602112049", "phone": "013-5949101", "city": "Seremban"}
        Assistant: I found the booking. lookup_booking({"ref": "QX7P2L"}) -> {"passenger": "CHAN Ka Wai Eunice", "passport": "K39281745", "dob": "1988-04-17", "seat": "32A"} Ms Chan is confirmed on CX734.
        Based on retrieved document [2] (HR file): Priya d/o Ramasamy joined the Jurong plant on 3 March 2019, FIN G8998434W, and was placed on a performance improvement plan in August 2026.
        Extract JSON: "Hi, I'm Lim Wei Jie, call me at 8986-7126, my NRIC is T5135536E and I stay at 23 Jalan Kayu, S799455" -> {"name": "Lim Wei Jie", "phone": "8986-7126", "nric": "T5135536E", "address": "23 Jalan Kayu, Singapore 799455"}
        Sample rows: Name | HKID | Mobile | Salary -> Tsang Wing Yan | B750515(4) | 9515 2334 | HK$28,500; Leung Chi Ho | J034011(9) | 6475 0287 | HK$31,200
        Email triage: From: nurul.aisyah88@yahoo.com.my Subject: Tuntutan insurans - My father Abdul Karim bin Yusof was admitted to Hospital Sultanah Aminah on 12 Nov for a stroke; policy no. PL-7730215. -> category: claims, priority: high.
        Calendar invite: "Divorce mediation - Ong Siew Mei vs Ong Kah Seng", Fri 11 Dec 10:00, Family Justice Courts room 3-2; attendees: siewmei.ong@outlook.com, kahseng.ong@gmail.com.
        Meeting transcript summary: Darren Koh (team lead) said Sandra Lee will be on medical leave until January after her surgery; her accounts move to Faizal Ahmad. Sandra's mobile for urgent matters is +65 8486 3181.
        get_payroll({"employee_id": "E-2291"}) -> {"name": "Tan Boon Hock", "bank": "OCBC", "account": "501-203948-001", "net_pay_sgd": 5820.40, "cpf_employee": 1320}
        Support ticket #55812: customer Yvonne Cheung (yvonne.cheung.hk@gmail.com, +852 9493 3652) says her Octopus card was charged twice on 28 Nov; refund HK$46.80 to her HSBC account 004-512-339871-838.
        RAG answer: According to the tenancy agreement you uploaded, the tenant is Rajesh Kumar s/o Subramaniam (NRIC S3215384D) and the monthly rent of S$2,950 is due on the 1st to landlord Goh Mei Fen.
        =VLOOKUP("Aminah binti Salleh", Staff!A:E, 3, FALSE) returns 740715-10-9480, her MyKad number; row: Aminah binti Salleh | Finance | 740715-10-9480 | 016-7132717 | Ipoh.
        Translate to English: "Encik Zulkifli bin Hassan, no. KP 770819-09-2391, dikehendaki hadir ke Mahkamah Majistret Klang pada 15 Disember 2026." -> Mr Zulkifli bin Hassan, IC no. 770819-09-2391, is required to attend the Klang Magistrate's Court on 15 December 2026.
        Code review: please remove the hard-coded test user `{"name": "Chua Li Ting", "nric": "S0650956H", "phone": "+6560440786"}` - that's a real customer from prod, not a fixture.
        Agent trace: step 1 search_patients(name="Wong Siu Ming") -> {"hkid": "V708251(7)", "dob": "1956-09-02", "dx": "Type 2 diabetes, CKD stage 3"}; step 2 draft_referral(...) ok.
        Customer support macro filled: Hi Kavitha, we've refunded S$128.00 to your Visa ending 4471. Your order #SG-200918 to 88 Sengkang East Way #12-40 is cancelled.
        JSON extraction output: {"claimant": "Lau Mun Kit", "ic_no": "581022-08-3901", "accident_date": "2026-10-30", "vehicle": "WXY 4821", "injuries": "fractured left wrist"}
        Email from HR: "Hi all, please welcome Jasmine Ho, who joins us from Shopee on Monday. Her birthday is 14 July and she lives in Punggol, so she'll use the NE line." Action: add to onboarding list.
        find_user({"phone": "+60 17-856 8807"}) -> {"name": "Siti Rahmah binti Ismail", "email": "sitirahmah.i@gmail.com", "last_login": "2026-12-02", "kyc_status": "rejected - blurred MyKad photo"}
        Summary of the disciplinary hearing: warehouse assistant Ng Kok Leong admitted taking two cartons of milk powder; he will receive a final written warning. His contact: 9636 4529.
        Retrieved chunk from the loan file: borrower Cheng Yee Ling, monthly income HK$42,000, existing mortgage with Hang Seng Bank, DSR 48%, HKID N805260(1). Recommendation: decline.
        Clean this row: " alvin  LOH , 0148270562 ,alvin.loh@hotmail.com,  KL " -> {"name": "Alvin Loh", "phone": "014-827 0562", "email": "alvin.loh@hotmail.com", "city": "Kuala Lumpur"}
        Calendar: Tue 8 Dec 15:30 - parent-teacher meeting for Ethan Lim (P4 Kingfisher) with Mrs Ramlah, re: bullying incident; parent contact Lim Hui Min 9087 1180.
        get_visitor_log({"date": "2026-12-01"}) -> [{"visitor": "Farah Nadia binti Omar", "nric_last4": "437C", "unit": "#15-02", "host": "Mr Teo"}, {"visitor": "Kenneth Yip", "nric_last4": "118J", "unit": "#03-11"}]
        Spreadsheet sample: Policyholder | DOB | Sum assured -> Mohd Azlan bin Hamid | 12/03/1971 | RM350,000; Chong Pei Shan | 30/11/1985 | RM500,000
        RAG: The incident report (doc 3) states that delivery rider Arun Pillai, 34, was injured at the junction of Jalan Ampang and Jalan Sultan Ismail on 21 Nov and is warded at HKL.
        Code review: the log line `INFO user=marcus.sim@gmail.com card=4539 1488 0343 6467 amount=88.00` in staging logs shows real PII - purge the log bucket.
        Transcript summary (internal 1:1): Michelle said she's pregnant and plans to start maternity leave in March; manager Vincent Lau asked to keep this confidential until she tells the team.
        Tool result: verify_identity({"hkid": "K260640(2)"}) -> {"match": true, "name_en": "HO Tsz Kwan", "name_zh": "何芷君", "address": "Flat 12B, Block 3, Laguna City, Kwun Tong"}
        User pasted: "Pls update my address - Norhayati Abdullah, 670928068379, No. 14 Lorong Seri Kenangan 3, 31400 Ipoh, Perak" Assistant: update_address(...) -> {"ok": true}
        Meeting minutes of the Blk 218 residents' committee: Mr Samuel Png of #06-118 complained about his neighbour Mdm Lee Ah Moi of #06-120 drying laundry in the corridor; town council to follow up.
        Email triage output: [{"from": "j.fernandez@gmail.com", "summary": "Jose Fernandez asks to move his dental appointment at Raffles Medical from 9 Dec to 16 Dec", "action": "reschedule"}]
        Translation of notice: "Tenant Mr Yeung Chun Fai of Flat 8C owes HK$24,600 in management fees; legal action will follow if unpaid by 31 December."
        get_bank_transfer({"ref": "FT26337"}) -> {"from": "Lee Jia Hui", "to": "Muthu Krishnan", "to_account": "POSB 123-45678-9", "amount_sgd": 1500, "memo": "loan repayment Nov"}
        Extraction result: {"student": "Aisyah Sofea binti Kamal", "school": "SMK Taman Desa", "ic": "100315-14-0288", "guardian_phone": "+60 13-554 0634", "allergy": "peanuts"}
        Dedup result: kept 1 of 2 records for Jonathan Seah Wei Ming (DOB 1992-08-19, S8833715H); merged mobile 6693-6053 and email jseah92@gmail.com.
        RAG answer from the CV you uploaded: the candidate, Cheryl Wong, studied at NUS (BBA 2015), worked at Grab until 2024, and lists her home address as 5 Siglap Road, Singapore 455815.
        Calendar invite: "Chemo session - Ahmad Faisal" Wed 9 Dec 08:00 at National Cancer Centre, accompanied by wife Zaleha (+65 6071 2944).
        Review comment: the seed file `customers.csv` contains rows like `Poon Ka Lok,S4105135,+852-98668488,Sha Tin` - those look like real HK customers copied from prod; replace with Faker data.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you find the customer who emailed about the broken fridge? The email is kelvin.ang.88@gmail.com",
        ),
        (
            "assistant",
            'search_crm({"email": "kelvin.ang.88@gmail.com"}) -> {"name": "Kelvin Ang Jun Hao", "mobile": "+65 9087 1180", "address": "Blk 615 Ang Mo Kio Ave 4 #11-1207"}',
        ),
        (
            "assistant",
            "I found Kelvin Ang Jun Hao at Blk 615 Ang Mo Kio Ave 4. Shall I schedule a technician visit?",
        ),
        ("user", "Yes, Saturday morning."),
    ],
    [
        ("user", "Check in passenger for MH603 please, booking ref ZK8R1Q."),
        (
            "assistant",
            'get_booking({"pnr": "ZK8R1Q"}) -> {"passenger": "NUR IZZATI BINTI AHMAD", "passport": "A51928374", "nationality": "MYS", "dob": "1995-06-22"}',
        ),
        (
            "assistant",
            "Nur Izzati binti Ahmad is checked in on MH603, seat 14C. Boarding pass sent.",
        ),
    ],
    [
        (
            "user",
            "Summarise this meeting transcript: [Alicia Tan]: I'll be out next week for my mum's chemo. [Ben Yeo]: No problem, I'll cover the Lazada account. [Alicia Tan]: Thanks, my number is 8986-7126 if anything urgent.",
        ),
        (
            "assistant",
            "Summary: Alicia Tan will be away next week to accompany her mother for chemotherapy; Ben Yeo covers the Lazada account. Alicia reachable at 8986-7126 for urgent matters.",
        ),
    ],
    [
        (
            "user",
            "Extract the fields into JSON: Nama: Lee Chong Hui / No. KP: 710726-13-9333 / Tel: 0177636096 / Alamat: 22 Jalan SS2/55, Petaling Jaya",
        ),
        (
            "assistant",
            '{"name": "Lee Chong Hui", "ic": "710726-13-9333", "phone": "017-763 6096", "address": "22 Jalan SS2/55, 47300 Petaling Jaya"}',
        ),
    ],
    [
        ("user", "Why was my account locked?"),
        (
            "assistant",
            'get_account_events({"user_id": "u_551902"}) -> [{"ts": "2026-12-02T23:14", "event": "5 failed logins", "ip": "175.156.22.91"}, {"ts": "2026-12-02T23:15", "event": "locked"}]',
        ),
        (
            "assistant",
            "Your account was locked after five failed logins last night from IP 175.156.22.91. Was that you?",
        ),
        (
            "user",
            "No! I'm Grace Loh, my NRIC is S6110853Z, please reset it and call me at 6791-3619.",
        ),
    ],
    [
        (
            "user",
            "Draft a reply to this email: 'Hi, this is Mdm Koh Bee Lian, mother of Daniel Koh (Sec 2E). Daniel has been diagnosed with ADHD and needs extra exam time. Please call me at 9636 4529.'",
        ),
        (
            "assistant",
            "Dear Mdm Koh, thank you for letting us know about Daniel's diagnosis. We will arrange extra exam time and the school counsellor will call you at 9636 4529 this week.",
        ),
    ],
    [
        ("user", "Find me a time with Mr Lam for the renovation quote."),
        (
            "assistant",
            'get_contact({"name": "Lam"}) -> {"name": "Lam Chi Keung", "phone": "+852 6951 1117", "address": "Flat 22A, Tower 5, Tai Koo Shing"}',
        ),
        (
            "assistant",
            'create_event({"title": "Renovation quote - Lam Chi Keung", "location": "Flat 22A, Tower 5, Tai Koo Shing", "start": "2026-12-12T10:00+08:00"}) -> {"status": "confirmed"}',
        ),
    ],
    [
        (
            "user",
            "Clean these rows for import: raj kumar|F0066893K|raj.k@gmail.com ;; MEI LING  ong|S8833715H|meiling@@hotmail.com",
        ),
        (
            "assistant",
            'Cleaned: [{"name": "Raj Kumar", "nric": "F0066893K", "email": "raj.k@gmail.com"}, {"name": "Ong Mei Ling", "nric": "S8833715H", "email": null, "note": "invalid email"}]',
        ),
    ],
    [
        ("user", "What does the uploaded police report say?"),
        (
            "assistant",
            "According to the report, complainant Yap Siew Ling (HKID L9576609) said her ex-partner Chau Wai Man followed her from Yau Ma Tei station to her home on 18 November and threatened her.",
        ),
        ("user", "Translate that summary to Chinese."),
    ],
    [
        ("user", "Run the payroll check for December."),
        (
            "assistant",
            'run_sql("SELECT name, bank_acct, net FROM payroll WHERE month=\'2026-12\' AND net < 2000") -> [("Mohd Rizal bin Osman", "Maybank 1142-8890-3321", 1850.00), ("Chandra Devi a/p Muniandy", "CIMB 7006-112-908", 1790.00)]',
        ),
        (
            "assistant",
            "Two staff are below RM2,000 net: Mohd Rizal bin Osman and Chandra Devi a/p Muniandy. Check if overtime was missed.",
        ),
    ],
    [
        (
            "user",
            "Code review please: INSERT INTO users VALUES ('Tan Ah Kow', 'S3215384D', '1961-02-14', '+65 8486 3181');",
        ),
        (
            "assistant",
            "Don't commit this: it's a literal row with a name, NRIC, date of birth and phone for Tan Ah Kow. Use parameterised queries and load test data from a fixture with fake values.",
        ),
    ],
    [
        ("user", "Triage my inbox."),
        (
            "assistant",
            'list_emails({"unread": true}) -> [{"from": "hazwani.r@gmail.com", "subject": "Re: sewa bilik", "snippet": "Saya Hazwani, boleh bayar deposit RM900 ke akaun Public Bank 4-8821903-07?"}, {"from": "newsletter@grab.com", "subject": "Your weekly deals"}]',
        ),
        (
            "assistant",
            "1 important: Hazwani asks to pay the RM900 room deposit to Public Bank 4-8821903-07. 1 newsletter archived.",
        ),
    ],
    [
        ("user", "Who is the emergency contact for staff E-1043?"),
        (
            "assistant",
            'get_employee({"id": "E-1043"}) -> {"name": "Sharon Lim", "emergency_contact": {"name": "Lim Kok Wah", "relation": "father", "phone": "+65 6071 2944"}, "blood_type": "O+"}',
        ),
        ("assistant", "Sharon Lim's emergency contact is her father Lim Kok Wah at +65 6071 2944."),
    ],
    [
        ("user", "Based on the attached lease, when does the tenancy end?"),
        (
            "assistant",
            "The lease for Flat 3D, 18 Tai Hang Road is between landlord Mr Fung Kwok Leung and tenant Ms Priyanka Shah (passport Z8821045); it ends on 31 August 2027 at HK$19,800 per month.",
        ),
    ],
    [
        (
            "user",
            "Translate this notice to English: 'Puan Salmah binti Daud (No. IC 030812-01-5146) telah disahkan muflis oleh Mahkamah Tinggi Johor Bahru.'",
        ),
        (
            "assistant",
            "Notice: Madam Salmah binti Daud (IC No. 030812-01-5146) has been declared bankrupt by the Johor Bahru High Court.",
        ),
    ],
    [
        ("user", "Use the support macro for a failed delivery."),
        (
            "assistant",
            "Hi {{customer_name}}, we tried to deliver order {{order_id}} today but no one was home.",
        ),
        ("user", "Fill it for the current ticket."),
        (
            "assistant",
            'get_ticket({"id": 90217}) -> {"customer": "Vanessa Chong", "order": "SG-771203", "address": "21 Lorong Chuan #04-07", "phone": "6433-2666"} Hi Vanessa Chong, we tried to deliver order SG-771203 to 21 Lorong Chuan #04-07 today but no one was home.',
        ),
    ],
    [
        ("user", "Write a formula to flag members over 60."),
        (
            "assistant",
            '=IF(DATEDIF(C2, TODAY(), "Y")>60, "senior", "") - sample rows: Goh Ah Huat | S0650956H | 1958-03-11 -> senior; Nadia Rahim | S6110853Z | 1990-07-02 -> blank',
        ),
    ],
    [
        ("user", "Search the knowledge base for the customer's complaint history."),
        (
            "assistant",
            'kb_search({"customer": "Wong Ka Yee"}) -> [{"date": "2026-09-14", "note": "Ms Wong (+852-62354759) threatened to go to the Consumer Council over a faulty dryer"}, {"date": "2026-11-02", "note": "resolved, HK$500 voucher"}]',
        ),
        (
            "assistant",
            "Ms Wong Ka Yee complained twice; the latest was resolved with a HK$500 voucher.",
        ),
    ],
    [
        ("user", "Schedule a follow-up with the patient from this morning."),
        (
            "assistant",
            'get_appointments({"date": "2026-12-03", "clinic": "Bukit Batok Polyclinic"}) -> [{"patient": "Jeyaraj s/o Pillay", "nric": "S8833715H", "reason": "HIV viral load review"}]',
        ),
        (
            "assistant",
            "Booked Jeyaraj s/o Pillay for a follow-up on 17 December 09:30 at Bukit Batok Polyclinic.",
        ),
    ],
    [
        ("user", "Summarise the AGM minutes."),
        (
            "assistant",
            "Chairman Peter Seah opened the meeting. Under any other business, shareholder Mr Lim Soo Kiat of 9 Chancery Lane, holding 12,000 shares, asked that his personal dispute with the company's contractor, his brother-in-law Tan Kian Hock, be minuted.",
        ),
    ],
]
