"""Blind check set en13: English software-engineering and data-work text (code, SQL, logs, configs, tickets). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en13
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "code"): _lines("""
        def send_welcome(user): mailer.send(to=user.email, template="welcome_v3")  # address comes from the DB, never hardcode one here
        assert validate_email("jane.doe@example.com") is True and validate_email("jane.doe@") is False
        # Copyright (c) 2011-2024 Kenneth Reitz and contributors. Licensed under the Apache License, Version 2.0.
        const DEFAULT_CONTACT = "support@acme-widgets.example"; // shared inbox, routed to the helpdesk queue
        SG_PHONE_RE = re.compile(r"^(?:[+]65)?[689][0-9]{7}$")  # accepts 8-digit local numbers with optional country code
        fake = Faker("en_SG"); fake.seed_instance(42); customer = {"name": fake.name(), "nric": fake.bothify("S#######?")}
        def mask_nric(s: str) -> str: return s[0] + "****" + s[-4:]  # doctest: mask_nric("S1234567D") == "S****567D"
        class Customer(Base): __tablename__ = "customers"; id = Column(UUID, primary_key=True); email = Column(String(254), unique=True, nullable=False)
        if (user.role === "admin" && !user.mfaEnabled) { throw new PolicyError("MFA is required for admin accounts"); }
        # Thanks to Armin Ronacher and the Pallets team for Flask and Jinja, which this service is built on.
        func ValidateMyKad(ic string) error { if len(strings.ReplaceAll(ic, "-", "")) != 12 { return ErrBadLength }; return nil }
        expect(formatPhone("+85291234567")).toBe("+852 9123 4567"); // unit test with a dummy number
    """),
    ("en", "sql"): _lines("""
        SELECT customer_id, COUNT(*) AS orders FROM orders WHERE created_at >= '2026-11-01' GROUP BY customer_id HAVING COUNT(*) > 5;
        UPDATE users SET email = CONCAT('user', id, '@example.invalid'), phone = NULL WHERE env = 'staging';  -- scrub before sharing the dump
        CREATE TABLE patients (id BIGSERIAL PRIMARY KEY, full_name TEXT NOT NULL, nric CHAR(9) UNIQUE, dob DATE, diagnosis_code VARCHAR(10));
        INSERT INTO feature_flags (key, enabled, owner_team) VALUES ('checkout_v2', true, 'payments-core');
        -- migration 0042_add_hkid_hash: store sha256(hkid || salt) instead of the raw HKID, drop column hkid_plain after backfill
        SELECT name, term_start FROM prime_ministers WHERE country = 'SG' ORDER BY term_start;  -- Lee Kuan Yew, Goh Chok Tong, Lee Hsien Loong, Lawrence Wong
        EXPLAIN ANALYZE SELECT * FROM events WHERE user_id = $1 AND ts BETWEEN $2 AND $3;  -- Seq Scan on events (cost=0.00..48213.10 rows=212 width=96)
        GRANT SELECT ON analytics.daily_orders TO svc_looker; REVOKE ALL ON pii.customers FROM svc_looker;
        DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL '30 days';  -- 1,284,331 rows affected in 42.7s
        SELECT email FROM users WHERE email LIKE '%@qa.acme.local';  -- QA robot accounts only, 312 rows
        ALTER TABLE customers ADD COLUMN mykad_last4 CHAR(4), ADD COLUMN address_line1 TEXT, ADD COLUMN postcode CHAR(5);
    """),
    ("en", "logs"): _lines("""
        2026-11-28T03:14:07.221Z INFO  order-svc [req=7f3c9a1e-2b44-4d1a-9c0e-5a8d1f6b2e90] order ORD-2026-0045821 paid amount=SGD 149.90 latency_ms=212
        Dec 02 11:40:13 ip-10-42-7-19 kernel: [812345.112] oom-kill:constraint=CONSTRAINT_MEMCG,task=java,pid=23817,uid=1001
        10.0.12.5 - - [02/Dec/2026:09:01:44 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
        ERROR payment-gw stripe webhook signature mismatch event=evt_1QkZ8aB2cD3eF4gH endpoint=/v1/webhooks/stripe retry=3
        [celery] Task reports.generate_monthly[3b1e0c7a-91f2-4c55-8e0d-1f2a9b7c6d54] succeeded in 184.2s: 'reports/2026-11/summary.parquet'
        INFO mailer: sent 4,812 newsletter emails via ses (bounce=0.7%, complaint=0.02%) campaign=dec-2026-sale
        DEBUG sanitizer: redacted 3 fields [email, phone, nric] from payload before forwarding to vendor=zendesk
        nginx: upstream timed out (110: Connection timed out) while reading response header, client: 172.16.4.20, server: api.internal.acme.sg, upstream: "http://10.1.2.3:8080/v2/quotes"
        Jenkins build #4821 of pipeline billing-service/main finished SUCCESS in 12m 33s (commit 9f2c4e1)
        WARN auth: login throttled for tenant=globex-corp client_id=svc-reporting (120 req/min over limit), source 10.0.3.44 internal LB
        2026-12-01 00:00:02,118 INFO cron[backup]: pg_dump orders_prod -> s3://acme-backups/2026/12/01/orders.dump.gz (3.4 GiB, sha256 9c1d4f2a7e)
    """),
    ("en", "stacktrace"): _lines("""
        Traceback (most recent call last): File "/app/billing/invoice.py", line 212, in render_pdf raise TemplateNotFound(name) jinja2.exceptions.TemplateNotFound: invoice_sg.html
        java.lang.NullPointerException: Cannot invoke "com.acme.crm.Customer.getEmail()" because "customer" is null at com.acme.crm.NotifyService.send(NotifyService.java:88)
        psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key" DETAIL: Key (email)=(test+dup@example.com) already exists.
        TypeError: Cannot read properties of undefined (reading 'phoneNumber') at formatContact (webpack-internal:///./src/utils/contact.ts:14:22)
        panic: runtime error: index out of range [3] with length 3 goroutine 57 [running]: main.parseNRIC(...) /src/kyc/nric.go:41 +0x1d4
        django.core.exceptions.ValidationError: ['Enter a valid Malaysian IC number in the format YYMMDD-PB-NNNN.']
        ValueError: invalid literal for int() with base 10: 'N/A' (while parsing column 'age' in uploads/survey_template_v2.csv, row 1 = header)
        sqlalchemy.exc.IntegrityError: (psycopg2.errors.NotNullViolation) null value in column "postcode" of relation "addresses" violates not-null constraint
    """),
    ("en", "config"): _lines("""
        SMTP_HOST=smtp.sendgrid.net SMTP_USER=apikey SMTP_FROM="Acme Notifications <no-reply@acme.example>"
        database: {host: pg-primary.prod.internal, port: 5432, user: svc_orders, sslmode: verify-full, pool_size: 20}
        [user] name = CI Bot  email = ci-bot@users.noreply.github.com
        CODEOWNERS: /payments/ @acme/payments-core  /kyc/ @acme/identity-team @acme/security-review
        alerting: {pagerduty_service: P7X2K9Q, escalation_policy: "platform-oncall", notify: "#sre-alerts"}
        image: ghcr.io/acme/order-svc:2.14.3@sha256:4f9c2a1b7e8d3c6f5a0b9e2d1c4f7a8b3e6d9c2f5a8b1e4d7c0f3a6b9e2d5c8f
        [project] name = "kyc-normaliser"  version = "0.9.2"  authors = [{name = "Acme Identity Team", email = "identity-team@acme.example"}]
        LOG_REDACT_FIELDS=email,phone,nric,mykad,hkid,card_number LOG_LEVEL=info
        TWILIO_FROM_NUMBER=+15005550006  # Twilio magic test number, never a real line
    """),
    ("en", "commit"): _lines("""
        fix(kyc): accept 'A' as the HKID check character (was rejecting roughly 9% of valid IDs); adds property tests
        chore(deps): bump requests from 2.31.0 to 2.32.3 (#1842) Signed-off-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
        Revert "feat(search): fuzzy match on customer name" This reverts commit 3e7a9c1f0b2d4e6a8c0e2f4a6b8d0f2a4c6e8b1d.
        refactor: move PII masking into shared/redact.py so the export job and the support console use the same rules
        Merge pull request #2217 from acme/feature/sg-postal-code-validation: 6-digit postal codes, first two digits map to the sector
        docs: replace personal phone numbers in the escalation table with the on-call rotation alias
        test: add fixture users alice@example.com and bob@example.com (fake, used only in test_notifications.py)
        ci: pin actions/checkout to v4.1.7  Co-authored-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>
        feat(address): support Malaysian 5-digit postcodes and state lookup (Selangor, Johor, Pulau Pinang ...) in the checkout form
    """),
    ("en", "api-docs"): _lines("""
        POST /v2/customers: body {"name": "string", "email": "user@example.com", "phone": "+65 0000 0000"}; returns 201 with the new customer id.
        GET /v1/orders/{order_id} returns 404 if the order does not exist or belongs to another tenant. Example: GET /v1/orders/ORD-2026-0001
        The nric field must be a Singapore NRIC/FIN; the API validates the checksum and returns 422 invalid_nric otherwise. Use S0000001I in the sandbox.
        Rate limits: 600 requests per minute per API key; exceeding it returns 429 with a Retry-After header in seconds.
        Webhook payload example: {"event": "payment.succeeded", "id": "evt_test_123", "amount": 4990, "currency": "MYR", "customer": "cus_test_ABC"}
        Authentication: send Authorization: Bearer <token>; tokens are issued by https://auth.acme.example/oauth/token and expire after 3600 seconds.
        Field date_of_birth (ISO 8601, e.g. 1990-01-01) is optional; when present it is used only for age-gating and is never returned by GET endpoints.
        Report vulnerabilities to security@acme.example; PGP fingerprint 3A1F 9C2E 7B44 0D18 E6A2 5F30 C9B1 7D42 8E0A 6F13.
        PATCH /v2/customers/{id}/address accepts line1, line2, city, postcode and country (ISO 3166-1 alpha-2); unknown fields are ignored.
    """),
    ("en", "csv-fixtures"): _lines("""
        # SAMPLE DATA, all rows synthetic: id,name,email,city | 1,Test User,test.user@example.com,Springfield
        sku,title,price_sgd,stock | A-1001,USB-C cable 1m,12.90,430 | A-1002,65W charger,49.00,88
        {"model": "accounts.user", "pk": 1, "fields": {"username": "demo", "email": "demo@example.org", "first_name": "Demo", "last_name": "User"}}
        order_id,created_at,total,currency,status | ORD-2026-0045821,2026-11-28T03:14:07Z,149.90,SGD,PAID
        - {name: Homer Simpson, email: homer@springfield.example, role: fixture_admin}  # fictional character, test only
        country_code,country,dial_prefix,currency | SG,Singapore,+65,SGD | MY,Malaysia,+60,MYR | HK,Hong Kong,+852,HKD
        isbn,title,author,year | 978-0-13-235088-4,Clean Code,Robert C. Martin,2008
        store_id,name,address,phone | 14,Acme Tampines,1 Tampines Walk #01-22 Singapore 528523,+65 6100 0014  (retail outlet directory)
        state_code,state | 01,Johor | 07,Pulau Pinang | 10,Selangor | 14,WP Kuala Lumpur  (MyKad place-of-birth reference table)
        user_id,signup_date,plan,country | 100001,2026-01-04,pro,SG | 100002,2026-01-04,free,MY  (ids only, exported for the cohort notebook)
    """),
    ("en", "analytics"): _lines("""
        Weekly active users rose 8.4% WoW to 212,480; the Malaysia cohort grew fastest (+14%) after the Raya campaign.
        Funnel (Nov 2026): landing 100% > signup 23.1% > KYC submitted 15.7% > KYC approved 14.2%; most drop-off is at the NRIC photo step.
        Median basket in Hong Kong was HKD 386 vs SGD 71 in Singapore; p95 checkout latency 1.8s.
        Cohort query excludes internal accounts (email domain acme.com) and the 42 QA test accounts.
        A/B test checkout_v2: conversion 3.92% vs 3.71% control, p=0.031, n=184,002 sessions; recommend shipping.
        Churn model AUC 0.81; top features: days_since_last_order, support_tickets_90d, plan_tier.
        Dashboard owner is the Growth Analytics team; ask in #growth-analytics, not individuals, for access.
        M3 retention by signup month: Jul 41%, Aug 39%, Sep 44%, Oct 46%; the Oct bump coincides with the loyalty programme launch.
        Satya Nadella's Build keynote drove a 3x spike in Copilot plugin installs on 20 May; traffic normalised within a week.
    """),
    ("en", "ticket"): _lines("""
        BUG-3312: password reset links expire after 10 minutes instead of 24 hours; reproduced with test account qa-03@acme.example.
        Customer reports the checkout button is unresponsive on Safari 17.2 / iOS 17; no account details attached; cannot reproduce on staging.
        Feature request from tenant Globex Corp: export invoices as CSV with a GST breakdown per line item.
        INC-0921 postmortem: a misconfigured bucket policy exposed build artifacts (no customer data) for 47 minutes; keys rotated.
        Ticket #58213 closed: user confirmed the issue was resolved after clearing the app cache (v5.3.1 build 5310).
        A user in Penang says the MyKad field rejects IC numbers with dashes; the validator should strip '-' before checking length.
        QA asks to keep Sherlock Holmes, 221B Baker Street, London as an address-autocomplete fixture; it is fictional.
        Per the MAS Technology Risk Management Guidelines, KYC images must be encrypted at rest; tracked in SEC-140.
        Several HK users say the HKID input drops the bracketed check digit when pasted; repro with the documented sample A123456(3).
        Linus Torvalds tagged the 6.12 release on a Sunday as usual; our kernel-module CI now builds against it.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2026-11-30T08:12:44Z INFO signup completed email=rachel.ong.wl@gmail.com phone=+65 9127 4408 plan=family ip=116.88.41.203
        ERROR kyc-svc verification failed for applicant Muhammad Hafiz bin Roslan, MyKad 870412-10-5523: photo blurry, resubmission requested
        id,name,email,phone,address | 10422,Chloe Tan Hui Min,chloe.tanhm@yahoo.com.sg,8233 1904,Blk 415 Bedok North Ave 2 #08-117 Singapore 460415
        Ticket #60114 from Wong Ka Yan: my HKID K940557(7) was typed wrong on the insurance form, please fix it before my claim is processed
        INSERT INTO customers (name, nric, dob, phone) VALUES ('Lim Wei Jie', 'S7309114D', '1973-02-19', '9688 2210');
        Support note: Priya Ramasamy called to say she is moving out after her divorce; new mailing address 22 Jalan SS 2/61, 47300 Petaling Jaya; stop statements to the old one.
        [user] name = Jonathan Mak  email = jonmak1987@gmail.com  # my personal gitconfig, copied into the devcontainer by mistake
        ADMIN_ALERT_PHONE=+60 12-448 9031  # my own mobile (Farah) until the ops number is provisioned
        203.116.54.77 - - [01/Dec/2026:22:41:09 +0800] "POST /account/login HTTP/2" 200 - user=ahmad.zulkifli84@outlook.com
        WARN fraud-check: card 4556 7320 1948 7337 of account holder Kelvin Chua used from 3 countries within 2h; account frozen
        Refund request: Mrs Lee Siew Ling says she was hospitalised at Tan Tock Seng for dengue from 2 to 9 Nov and could not cancel the booking in time.
        Zhang Wei (resident ID 440106198805148195) asks in the ticket why his wallet was frozen after he changed phones.
        (5531, 'Nurul Aisyah binti Kamal', '930726-14-6081', 'nurul.aisyah93@gmail.com', 'Jalan Melawati 4, Taman Melawati, 53100 Kuala Lumpur'),
        LTV outlier is one customer, Benjamin Goh of Serangoon Gardens, who spent SGD 48,200 in November; finance suspects he is reselling.
        Bug report: I am 34 weeks pregnant and your app keeps showing me alcohol ads. Melissa Ng, username melng88
        ValidationError: postal code 560415 does not match 'Blk 415 Ang Mo Kio Ave 10 #11-1021' for user Tay Jun Hao (uid 99120)
        session start uid=77120 email=s.krishnan@singnet.com.sg ip=58.182.19.46 geo=Jurong West device=Galaxy S23
        Customer Ho Mei Ling, phone 9123 5588, HKID A616987(5), asked us to delete her account under the PDPO.
        emp_id,name,salary_myr,bank_acct | E0219,Siti Hajar Abdullah,6800,Maybank 1142 0098 3317
        // TODO(kenji): remove before merge, this is my own NRIC T9869879A for testing the Singpass mock
        Parent complaint: Aaron Seah says his daughter Chloe (Primary 4, Rosyth School) was shown another child's exam results on the portal.
        Delivery failed: recipient Vincent Lau, Flat 12B, Tower 3, Laguna Verde, Hung Hom, Kowloon, tel 6390 2271
        The account owner, Daniel Sim, passed away last month; his wife Grace Sim (grace.sim.kl@gmail.com) wants the subscription cancelled.
        fixtures/prod_sample.json: {"name": "Ong Kai Xiang", "email": "kaixiang.ong@hotmail.com", "mobile": "+65 8812 0953"}  # copied from prod, NOT synthetic
        Collections export: Raj Kumar a/l Subramaniam, MyKad 780915-07-5231, outstanding RM 12,450.60, 3 missed instalments
        Chen Xiaoling 310115199203036729 applied for a Shanghai branch account; KYC flagged a mismatch in the birth date.
        Leung Chi Wai, HKID Y168976(0), DOB 1979-06-02, Flat 5A, Block C, Kam Fung Court, Ma On Shan
        retry_queue payload: {to: '+852 6174 3390', body: 'Hi Mandy, your biopsy results are ready at the Queen Mary clinic'}
        Please unblock Tiffany Yeo, the one who emailed from tiffyeo.designs@gmail.com about the GST invoice for her home bakery.
        Author: Marcus Lim <marcus.lim.sg@gmail.com>  test: use my real home address 38 Jalan Kembangan, Singapore 419126 in the geocoder fixture
        Twilio 21211: invalid To number +60 17-339 2084 for user Azri bin Omar (order ORD-2026-0047119)
        2026-11-02,INV-88412,Koh Swee Lan,swee.lan.koh@gmail.com,71 Lorong 25 Geylang Singapore 388284,paid
        User 4412 (Eric Loh) wrote: my salary got cut so I need to downgrade, can you waive the early termination fee?
        Analyst note: highest refund rate is Jasmine Low, jasmine.low@icloud.com, 14 chargebacks since June.
        [otp] sent code 482913 to 9655 2871 for login of nric=S1588139I
        Liu Yang from Chengdu, resident ID 510104197511297313, asks to replace the bank card linked to his account.
        Applicant's guardian: Hu Min (mother), mobile 186 0213 4477, Room 1203, 88 Wensan Road, Hangzhou
        Bug: logged in as myself (Stephanie Kwok) and the profile page showed Brandon Yip's Tai Koo Shing address and his phone 5318 6642
        HR ticket: Alvin Teo (backend) is on medical leave until 15 Dec for spinal surgery; reassign his on-call shifts.
        seed.py left real rows: ('Goh Li Ting', 'goh.liting@gmail.com', 'G4556815L', '12 Clementi Ave 3 #05-40')
        OCR from attachment: NAME NG WEI LUN  IC NO 011203-07-0442  ADDRESS 18 Lorong Kenari 3, 11900 Bayan Lepas, Pulau Pinang
        From: Faizal Ismail <faizal.ismail@streamyx.com.my> Subject: wrong amount debited from my CIMB account 8002 1147 6653
        Call log: caller Jeremy Phua verified with last 4 of NRIC (567D) and date of birth 14 March 1985, asked about his overdue premium.
        Exclude user ids 88123 and 90011 from the experiment: Ivy Chong and her husband Samuel Chong, staff family living in Pasir Ris.
        DLQ message: {"event":"address_changed","user":"Lucas Wee","new":"9 Sunset Drive, Singapore 597380","old":"Blk 203 Toa Payoh North #04-33"}
        Teacher signup: Ms Sharmila Devi, form teacher at SK Taman Tun Dr Ismail, personal email sharmiladevi.tt@gmail.com
        Sentry breadcrumb user={id: 40512, email: 'kwan.ho.yin@gmail.com', ip_address: '42.2.118.9'} navigated to /claims/medical/upload
        Note from on-call: 9734 0182 in the escalation sheet is my personal mobile, please do not publish it. Darren Koh
        slow query: SELECT * FROM complaints WHERE phone = '8190 3327';  -- complaint from Mdm Rosnah Yusof about her late husband's policy
        Dispute: Cheryl Lam says the HKD 23,800 charge was made by her ex-boyfriend; her new address is Flat 8D, 33 Tai Hang Road, Causeway Bay.
        Crash report from Hannah Quek's iPhone: contact sync enabled, last contact read 'Mum +65 9672 8810'
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "This query returns duplicates, why? SELECT c.name, c.email, o.total FROM customers c JOIN orders o ON o.customer_id = c.id;",
        ),
        (
            "assistant",
            "Each customer appears once per order because of the join. Aggregate with GROUP BY c.id, c.name, c.email and SUM(o.total).",
        ),
        (
            "user",
            "Thanks. Output now looks like: Samantha Yeo | sam.yeo.88@gmail.com | 1,204.50 and Ravi Menon | ravimenon@hotmail.com | 88.00, is that right?",
        ),
    ],
    [
        ("user", "Getting a stack trace in our KYC service, can you help?"),
        ("assistant", "Sure, paste the trace and the input that triggered it."),
        (
            "user",
            "ValueError: checksum mismatch in parse_nric('T1884472E') for applicant Nicholas Tan Wei Ming, dob 2001-04-17, phone 9211 7430",
        ),
    ],
    [
        ("user", "Write a regex for Malaysian MyKad numbers with optional dashes."),
        ("assistant", "Try ^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$ and validate the date part separately."),
        (
            "user",
            "It fails on this one from a real ticket: 950318-08-6127, belongs to Lim Mei Fong from Ipoh, she says her e-wallet won't verify.",
        ),
    ],
    [
        ("user", "Help me draft a reply to this support ticket, keep it polite."),
        ("assistant", "Please paste the ticket text."),
        (
            "user",
            "From Kenneth Lau: parcel never arrived at Flat 17C, Block 2, Whampoa Garden, Hung Hom, I paid HKD 1,260 and nobody answers 2765 4412.",
        ),
        (
            "assistant",
            "Dear Mr Lau, we are sorry your parcel has not arrived. We have opened a trace with the courier and will update you within two working days.",
        ),
    ],
    [
        ("user", "My git commits show the wrong author, how do I fix it for this repo only?"),
        (
            "assistant",
            "Run git config user.name and git config user.email inside the repo without --global.",
        ),
        (
            "user",
            "Done: git config user.name 'Eugene Soh' and user.email 'eugene.soh.1990@gmail.com'. Also my pre-commit hook has my home address 51 Holland Grove Road for the geocoder test, should I remove it?",
        ),
    ],
    [
        ("user", "Our rate limiter is blocking legit users. Sample logs:"),
        (
            "user",
            "429 ip=175.156.22.81 user=farhan.razak@yahoo.com.my path=/api/cart | 429 ip=175.156.22.81 user=aina.sofea@gmail.com path=/api/cart",
        ),
        (
            "assistant",
            "Both users share one IP, probably a carrier NAT. Key the limiter on user id rather than source IP.",
        ),
    ],
    [
        ("user", "The HKID validator rejects a customer, is our check digit code wrong?"),
        ("assistant", "Possibly. Which ID was rejected?"),
        (
            "user",
            "R846978(3), customer Cheung Wing Sze, she lives in Sha Tin and needs it for her MPF transfer.",
        ),
    ],
    [
        ("user", "Dedupe this CSV for me by phone number."),
        (
            "user",
            "name,phone,city | Tan Ah Kow,+65 9008 1276,Bukit Batok | Tan A. Kow,90081276,Bukit Batok | Noraini Hassan,+60 13-552 8840,Shah Alam",
        ),
        (
            "assistant",
            "Normalising phones to E.164 gives two unique rows: Tan Ah Kow (+6590081276) and Noraini Hassan (+60135528840).",
        ),
    ],
    [
        ("user", "Why does our churn dashboard show one account with 40 support tickets?"),
        (
            "assistant",
            "Usually a single very active or unhappy customer. Can you share the account details?",
        ),
        (
            "user",
            "It's Mr Patrick Ho, account 88231, he has stage 3 kidney disease and keeps asking us to move his dialysis appointment reminders to his daughter's number 6288 4190.",
        ),
    ],
]
