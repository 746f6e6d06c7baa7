"""Blind check set en42: developer and IT-ops artefacts from Singapore and Malaysian companies. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en42
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "application logs"): _lines("""
        2025-11-18T02:14:07.331+08:00 INFO  [payment-svc,7f3a9c2e41b84d0a] o.a.p.PaymentController - POST /v2/payments/intents status=201 latency_ms=184 merchant_id=MRC-SG-004417
        2025-11-18 09:42:55,118 WARN  [pool-3-thread-7] c.g.r.RetryTemplate - Retry 2/5 for GIRO batch GB-20251118-0031 after SocketTimeoutException (read timed out after 30000ms)
        [2025-11-19 14:03:12] production.ERROR: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction {"job":"SyncLoyaltyPoints","attempt":3}
        level=info ts=2025-11-20T03:00:01.004Z caller=cron.go:88 msg="nightly reconciliation started" job_id=recon-7781 tz=Asia/Kuala_Lumpur
        audit: user=svc-batch-ops@acme-logistics.com.sg action=EXPORT_REPORT report=monthly_shipments_2025_10 rows=48211 masked=true
        INFO  sms-gateway: template OTP_LOGIN_V3 rendered for recipient=+65XXXXXXXX (redacted), provider=twilio, sid=SM3f9e0b2c7a5d41e8b6c0d9a1f2e3b4c5
        2025-11-21 08:15:44 INFO  [kyc-worker] Singpass MyInfo callback received, state=8d1f0e6a-3b7c-4e29-9a51-2c6f4d8b7e10, scopes=[name,uinfin,regadd], payload discarded after mapping per DP policy
        DEBUG HikariPool-1 - Pool stats (total=20, active=4, idle=16, waiting=0)
        WARN  Delivery ETA recalculated for parcel SPX-MY-2511208834417 hub="Shah Alam DC3" new_eta=2025-11-22T18:00+08:00
        10.24.8.17 - - [22/Nov/2025:10:11:54 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
        INFO  notif-svc: rendered template CARD_LOST_SG_EN -> "If your card is lost, call the DBS hotline at 1800 111 1111 immediately." locale=en-SG
        [grab-food-adapter] Menu sync OK for outlet "Ya Kun Kaya Toast - Raffles Place" (outlet_id=SG-YK-0193), 47 items updated, 2 sold out
        ERROR mailer: hard bounce for noreply@tiketkita.com.my via mx2.mailrelay.net: 550 5.1.1 mailbox unavailable (campaign=raya_promo_2025, bounced=312)
    """),
    ("en", "stack traces and config"): _lines("""
        java.lang.NullPointerException: Cannot invoke "com.acme.kyc.Applicant.getAddress()" because "applicant" is null at com.acme.kyc.ScreeningService.screen(ScreeningService.java:142)
        spring.datasource.url=jdbc:postgresql://pg-prod-sg1.internal:5432/orders?sslmode=require&ApplicationName=orders-api
        SMTP_FROM="Poliklinik Dr. Rahman & Rakan <appointments@pdrr-klinik.com.my>"  # clinic group sender, shared mailbox
        0 2 * * * TZ=Asia/Singapore /opt/scripts/purge_pii.sh --older-than 90d --dry-run=false >> /var/log/purge.log 2>&1
        escalation_policy: [pagerduty:payments-primary, pagerduty:payments-secondary, slack:#inc-payments]
        Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_voucher_code" Detail: Key (code)=(RAYA25-8KX2Q) already exists.
        requests.exceptions.ConnectionError: HTTPSConnectionPool(host='sandbox.api.myinfo.gov.sg', port=443): Max retries exceeded with url: /com/v4/person (Caused by NewConnectionError)
        fixtures/users.json: {"name": "Tan Ah Kow", "nric": "S1234567D", "mobile": "+65 8000 0000", "note": "FAKE - test data only"}
        application-sit.yml: feature.flags.paynow-qr=true, feature.flags.duitnow-qr=false, ratelimit.per-minute=600
        aws_db_instance.orders_prod: Modifying... [id=orders-prod-sg] backup_retention_period: 7 => 35
        image: registry.gitlab.acme.my/platform/notification-svc:2.14.3-rc1@sha256:05940404a4281b9ae323d2562a3cfc65c0ef4f750a4a3dc50b0dd24d11b85253
        ValueError: invalid literal for int() with base 10: 'Jalan Tun Razak' (field=unit_no, row=1442 of upload batch UB-2025-11-0093)
        <pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %replace(%msg){'[STFGM][0-9]{7}[A-Z]','*********'}%n</pattern>
    """),
    ("en", "SQL and CSV exports"): _lines("""
        SELECT outlet_code, COUNT(*) AS txn, SUM(amount_sgd) FROM pos_txn WHERE txn_date >= '2025-10-01' GROUP BY outlet_code ORDER BY 3 DESC LIMIT 20;
        SG-ORC-02,Orchard,18422,612904.55,2025-10
        UPDATE customers SET nric = NULL, nric_last4 = NULL WHERE consent_withdrawn_at IS NOT NULL; -- PDPA retention fix, ticket DATA-412
        MYK-0042,"Milo 3-in-1 Activ-Go 18x33g",BOX,14.90,SST 10%
        INSERT INTO partner_sites (code, name, address) VALUES ('KKH', 'KK Women''s and Children''s Hospital kiosk', '100 Bukit Timah Road, Singapore 229899');
        H03,Tan Tock Seng Hospital,11 Jalan Tan Tock Seng,308433,public,acute
        -- rows: 1,204,877 | exported 2025-11-25 23:59:59 SGT by job etl_export_daily (svc_etl)
        WBA1023,SMK Tunku Abdul Rahman,Kedah,urban,enrolment=1184
        CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at) WHERE status <> 'CANCELLED';
        2025-10,38211,4127,27.40,MY prepaid
        COMMENT ON COLUMN staff.emergency_contact_phone_enc IS 'AES-256-GCM, key in KMS alias/hr-pii, never export in clear';
        T001,Ali bin Abu,000000-00-0000,012-000 0000,DUMMY ROW - DO NOT LOAD TO PROD
        INV-SG-2025-0018842,2025-11-03,4280.00,PAID,GST 9%
    """),
    ("en", "git logs and code review"): _lines("""
        a3f9c21 (HEAD -> main, origin/main) fix(paynow): handle UEN proxy with trailing suffix
        commit 9b1e7d4c0a2f5e8b3c6d1a7f4e2b9c0d5a8e3f61 Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> chore(deps): bump axios from 1.7.7 to 1.7.9
        nit: can we not log the whole request body here? it will contain NRIC + mobile once MyInfo is wired in. mask before logging pls
        LGTM lah, just rename ktpNo to icNo since this one is for MY market not ID
        Merge pull request #2217 from acme-sg/feature/raya-voucher-engine
        Revert "feat: send SMS via M1 gateway" - this reverts commit 4e7a0c9f2b1d, gateway returns 403 in UAT
        refactor: rename DijkstraRouter -> HubRouter, algorithm unchanged (still Dijkstra w/ binary heap)
        // TODO(platform-team): remove hardcoded SG public holidays list after 2026, pull from data.gov.sg instead
        Please don't use real customer IC numbers in unit tests, use testutil/fake_mykad.go (it always emits state code 00 so it can never collide)
        fix(poi): Sir Stamford Raffles statue geocoded to Boat Quay instead of Empress Place, update seed
        tag v3.8.0-sg.2 (8c41d0e): PayNow QR v2, GST 9% rounding fix, drop Java 11
        style: run ktlint, no functional change
        Why are we calling Grab's API synchronously inside the DB transaction? This will hold row locks for 2-3 s on p99
    """),
    ("en", "API payloads"): _lines("""
        POST /api/v1/quotes {"product":"TRAVEL_ASEAN","trip_days":5,"travellers":2,"currency":"SGD"} -> 200 {"quote_id":"Q-7HX2M9","premium":38.60}
        {"error":{"code":"INVALID_POSTCODE","message":"Postcode must be 5 digits for MY addresses","field":"address.postcode"}}
        {"event":"order.shipped","order_id":"ORD-MY-2025112400871","carrier":"PosLaju","tracking_no":"ER123904817MY","ts":1763971200}
        GET /v1/public-holidays?country=SG&year=2026 -> [{"date":"2026-08-09","name":"National Day"},{"date":"2026-12-25","name":"Christmas Day"}]
        {"merchant":{"name":"Sim Lim Tech Hub Pte. Ltd.","uen":"201834512K","mcc":"5732","city":"Singapore"}}
        {"customer":{"name":"{{customer.full_name}}","mobile":"{{customer.mobile}}"},"template":"DELIVERY_OTP","lang":"ms"}
        HTTP/1.1 429 Too Many Requests | Retry-After: 30 | X-RateLimit-Remaining: 0 | X-Request-Id: 3c9a7f2e-58d1-4b6e-a0f4-91d2c7e8b315
        {"payee_proxy_type":"UEN","payee_proxy":"T12SS0071K","amount":"120.00","ref":"DONATION-00412"}
        {"status":"ok","data":{"exchange_rate":{"SGD_MYR":3.4712,"as_of":"2025-11-25T08:00:00+08:00"}}}
        /v2/customers/{customerId}: get: summary: Retrieve a customer profile (requires scope customers.read; nric is masked to last 4 characters)
        {"route":"Jalan P. Ramlee -> KLCC","fare_myr":12.40,"surge":1.2,"driver_rating_avg":4.86}
        {"webhook":"payment.failed","reason":"card_declined","card":{"brand":"visa","last4":"4242","exp":"12/27"},"livemode":false}
        {"helpline":{"name":"Samaritans of Singapore","phone":"1767","hours":"24/7"},"locale":"en-SG"}
    """),
    ("en", "Jira tickets"): _lines("""
        PAY-3391 [P2] PayNow refunds stuck in PENDING > 24h since release 3.7.4, affects ~1.2% of refunds, see Grafana panel "refund-latency"
        OPS-1187: Rotate TLS cert for api.acme.com.sg before 2025-12-15 expiry. Owner: Platform. Runbook: confluence/PLAT/TLS-rotation
        CRM-902 As a call-centre agent I want to see only the last 4 characters of the customer's IC so that we comply with the PDPC advisory guidelines on NRIC
        DATA-415 AC: given a deletion request, when the DSAR job runs, then all rows keyed by customer_uuid are purged from orders_archive within 30 days
        MOB-2210 App crashes on Huawei P30 (EMUI 12) when opening e-wallet tab. Repro 3/10. Build 5.12.0 (20511). crash_20251121.txt attached (sanitised)
        HR-77: Update payslip template to show CPF employer/employee split per MOM format; use placeholder <EMPLOYEE_NAME> in all samples
        SUP-5521 Customers unable to receive OTP on Maxis lines - telco issue confirmed by Maxis NOC (ref MX-INC-7781203), closing as external
        INFRA-640 Move Jenkins agents from ap-southeast-1a to ap-southeast-5 (Malaysia region), est. saving USD 1,840/mo
        LOY-118 Bug: points for purchases at "Mustafa Centre" not credited since 18 Nov, merchant id MUS-SG-001
        SEC-301 Pen test finding (medium): IDOR on /api/v1/orders/{id}. Reported by external vendor, CVSS 6.5, fix due in 30 days
        QA-904 Test data refresh: use Mockaroo-generated persons only, prefix names with ZZTEST_ so they are easy to purge
        PLAT-77 Sprint 48 retro actions: (1) fewer Friday deploys (2) canary for payment-svc (3) document rollback for Flyway migrations
    """),
    ("en", "incident postmortems"): _lines("""
        Summary: Between 02:10 and 03:47 SGT on 18 Nov 2025, 14% of card authorisations failed due to an expired intermediate certificate on the acquirer gateway.
        Impact: ~23,400 checkout attempts failed; estimated GMV loss SGD 410k; no data exposure.
        Root cause: a Terraform change (PR #1893) reduced the NAT gateway connection limit, starving the payment pods of outbound sockets.
        Detection: PagerDuty alert "checkout_success_rate < 95%" fired at 02:14; on-call acknowledged at 02:19.
        Timeline (MYT): 09:02 deploy orders-api 4.2.0; 09:05 error rate spikes to 31%; 09:11 rollback initiated; 09:18 recovered.
        PDPC notification assessment: no personal data was accessed or exfiltrated; the S3 bucket held only anonymised aggregates, so notification is not required.
        Contributing factor: the runbook still referenced the decommissioned Bukit Merah DC; the DR site is now at Tai Seng.
        Lessons learned: blameless means we describe what the system allowed, not who clicked the button.
        Action item AI-3: enable automated masking of IC/NRIC patterns in the Loki ingest pipeline (owner: SRE, due 2025-12-31).
        During the outage the status page was updated every 15 minutes and the customer hotline 1300-88-2626 handled 3,112 calls.
        Customer comms: SMS blast to 41,902 affected subscribers using template OUTAGE_APOLOGY_BM_EN; no individual data in this report.
        5 whys: the cron overlapped because the lock TTL (60s) was shorter than the job runtime after the table grew to 180M rows.
    """),
    ("en", "README and docs"): _lines("""
        ## Quick start: `make dev` spins up Postgres 16, Redis 7 and a mock MyInfo server on localhost:5156.
        > Never commit .env files. Customer NRIC, MyKad, phone and address fields must only live in the ap-southeast-1 vault; see docs/pdpa.md.
        The seed script creates 500 fake users named "Test User 001" to "Test User 500" with NRIC-shaped ids that fail the checksum on purpose.
        Maintained by the Payments Platform squad (#payments-platform on Slack). See CONTRIBUTING.md before opening a PR.
        This package implements the Luhn (mod 10) check, named after IBM scientist Hans Peter Luhn; it never stores card numbers.
        Example: GET /v1/postcodes/238801 -> {"building":"Ngee Ann City","street":"391 Orchard Road"}
        Supported ID formats: SG NRIC/FIN (S/T/F/G/M prefixes), MY MyKad (12 digits, YYMMDD-PB-###G), passports (ICAO 9303 MRZ).
        License: Apache-2.0. Copyright 2025 Acme Digital Pte. Ltd.
        Env vars: DB_URL, REDIS_URL, SENTRY_DSN, MYINFO_CLIENT_ID, MYINFO_PRIVATE_KEY_PATH (all required in prod).
        Troubleshooting: if `pnpm install` fails with ERR_PNPM_FETCH_401, run `npm login --registry=https://npm.acme.internal` first.
        Rate limits (public API): 60 req/min per API key, burst 120; a 429 response includes a Retry-After header.
        The demo dataset uses characters from "Phua Chu Kang Pte Ltd" (PCK, Rosie, Frankie Foo) so nobody mistakes it for production data.
        Changelog 2.3.0 (2025-11-20): added LHDN MyInvois e-Invoice support and TIN validation; breaking: removed /v1/legacy-receipts.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2025-11-18 10:22:41 ERROR [kyc-worker] Validation failed for applicant name="Goh Wei Ming" nric=S8634127A dob=1986-03-14 reason=ADDRESS_MISMATCH
        WARN  OrderService - Delivery address not geocodable: "Blk 518 Jurong West St 52 #11-342 Singapore 640518" recipient=Tan Shu Hui tel=9137 5806
        psycopg2.errors.CheckViolation: new row for relation "customers" violates check constraint "ck_ic_format" DETAIL: Failing row contains (88213, Nur Syafiqah binti Rosli, 930827-10-6184, 017-882 4410, syafiqah.rosli93@gmail.com).
        C10442,Lim Jia Hao,S7719340E,+65 8245 1193,"27 Marine Crescent, #05-117, Singapore 440027",VIP
        INSERT INTO claims (member_name, ic_no, diagnosis, amount_myr) VALUES ('Muhammad Hafiz bin Azman', '890412-14-5627', 'Stage 2 nasopharyngeal carcinoma', 18450.00);
        fix: remove hardcoded "test" account from seed.sql (it was a real cust - Priya d/o Raman, priya.raman.sg@hotmail.com, card 4563620966542876)
        @team pls scrub this fixture, the phone 012-771 3904 and address No. 23, Jalan SS 15/4C, 47500 Subang Jaya belong to my aunt Rohani lol, I copied it from a real delivery order
        SUP-5603 Customer Desmond de Souza (acct 100-284-771) says he was charged twice for the condo maintenance at 18 Bedok Reservoir View #09-04; wants refund to his DBS 027-3-118845
        HR-91 Please update salary for Kavitha Selvaraj (EMP-00417) from SGD 6,200 to SGD 7,050 effective 1 Jan; pending VP sign-off
        03:12 on-call engineer Chong Kah Fai unreachable - he was at the A&E in Changi General Hospital with suspected appendicitis; escalated to secondary.
        {"applicant":{"full_name":"Suresh a/l Muniandy","mykad":"760215-01-5519","mobile":"+60 19-773 4221","employer":"Syarikat Pengangkutan Lim","monthly_income_myr":4800}}
        INFO  refund approved customer_name="Ong Bee Leng" nric_masked=T****986G dob=2002-07-19 postal=560234 amount=SGD 89.90
        {"pax":[{"surname":"KRISHNAN","given_names":"ARJUN","passport_no":"K4821937M","nationality":"SGP","dob":"1979-11-02","sex":"M"}],"pnr":"X7QK2L"}
        ONCALL_ESCALATION_MOBILE=+65 9648 2017  # Jason Teo's personal number, pls don't share outside team
        OPS-1201: Yeo Hui Min (Finance) lost her laptop on the MRT, it has an unencrypted payroll export. Her home addr per HR: Blk 412 Tampines St 41 #08-233 S520412
        com.acme.workpass.InvalidPassException: FIN G5128473P (Rahman Hossain, Bangladeshi, S Pass exp 2026-03-31) not found in MOM registry
        EMP-00933,Farah Nadhirah binti Ismail,011103-07-0392,Maybank 1640 2211 9087,RM 3850.00,EPF 11%
        AUDIT clinic-portal: user dr.kwan viewed patient_id=P-55210 name="Lee Mun Yee" dx="Major depressive disorder, on sertraline 50mg"
        LEGAL-44 Garnishee order from State Courts (DC/SUM 2231/2025) against employee Ravi Chandran s/o Pillay, deduct SGD 650/mo from his salary
        parking-svc WARN season parking mismatch plate=SJK 4821 U owner="Ng Kok Leong" unit=#12-07 Skyline Residences
        Carpark exit log: WXY 8821 (Honda City, reg. owner Azlina binti Mohd Noor, Lot 7, Jalan Kenanga 3, Taman Kenanga, 75200 Melaka) overstay 3h
        ERROR visa-svc: MainlandIDValidator passed for Chen Xiaodong, id=440306198907234511, mobile +86 138 2654 7719, flagged for manual EP review
        {"kyc":{"name":"Wong Ka Yan","hkid":"K328816(1)","phone":"+852 6172 3908","address":"Flat 12B, Block 3, Kornhill, Quarry Bay"}}
        import_row 2291: Lin Yu-Ting, TW ID F226813041, email yuting.lin0915@gmail.com, relocating to KL office in Jan
        SUP-5710 Customer prefers WhatsApp +60 12-905 3317 (Mdm Lee Siew Kim, the one whose aircon install in Bangsar was botched)
        DEBUG PaymentRequest{cardholder='HAFIZAH ZAINAL', pan='5412072297102824', expiry='08/27', cvv='***'}
        commit 71c0e2b Author: Marcus Chia <marcus.chia92@gmail.com> temp: use my own NRIC S9221467B for testing singpass flow, remove later
        Standup 21/11: Benjamin Ho on MC till Fri (dengue, warded at Ng Teng Fong), his tickets reassigned to Aisha
        hr_export_2025_11.csv: "Siti Aminah Jaafar","Senior DevOps Engineer","MYR 14,200","bonus 2.5 mo","performance: PIP"
        Postmortem note: the bad config push was done by Kelvin Tan from the Penang team, who has since been put on a PIP and had his Q4 bonus withheld.
        Re SUP-5821: hi this is Mdm Low's son, pls send the insurance docs for my mother Low Ah Moi (NRIC S1580213H) to edwin.low.kc@yahoo.com.sg instead
        {"id":"cust_8821","name":"Tharshini a/p Ganesan","dob":"1995-06-30","address":"No. 14, Lorong Bunga Raya 2, 14000 Bukit Mertajam, Pulau Pinang","phone":"016-442 8093"}
        WARN auth: 7 failed logins for amirul.hakim88@gmail.com (Amirul Hakim Rashid) from 115.164.22.190, account locked
        IllegalStateException: Duplicate FIN F2267814X on dependant records of Maria Santos Dela Cruz and her daughter Angela (DP holder)
        SELECT * FROM loans WHERE borrower_nric = 'S9311952E'; -- Alvin Koh, 3 months in arrears, collections want his new address
        HR-102 Reasonable accommodation: Nadia Ramli (Customer Ops) is 5 months pregnant with gestational diabetes, pls approve WFH Tue/Thu
        pls don't paste prod data into PR descriptions, the sample payload here is a real customer: Yap Chee Keong, +65 9312 8847, Blk 106 Hougang Ave 1 #03-1189
        UAT demo login: ahmad.faizal@acme.com.my / Faizal@1990 (this is Ahmad Faizal's real staff account, recovery question is his IC 900118-08-6671)
        Affected customers included Chua Li Ting, whose full card number 4916251239370459 and billing address were readable in the public S3 log bucket for 11 days.
        INFO rider-tracker: rider_id=R-20931 name="Haziq Danial" lat=3.1390 lng=101.6869 phone=011-2370 8854 status=ON_DELIVERY
        EMP-01102,Germaine Lau,emergency contact: Lau Kim Huat (father) 8123 6650,blood type O+,allergy: penicillin
        FRAUD-233 Zulkifli bin Osman (MyKad 840909-10-5103) reported by branch as suspected mule account holder, police report IPD/KL/2025/11842 lodged
        {"claimant":"Poh Siew Ling","policy_no":"PL-SG-00918273","incident":"miscarriage at 11 weeks","hospital":"KK Women's and Children's Hospital","admit_date":"2025-10-07"}
        +    DEFAULT_CONTACT = {"name": "Irene Sim", "mobile": "+65 8875 2214", "home": "31 Lorong Marzuki, Singapore 418056"}  # copied from a real onboarding form, TODO remove
        The user who raised INC-5512 is the same Mr Tan from our Penang office - Tan Boon Hock, the one retrenched last month who is now suing us at the Industrial Court.
        SUP-5901 Pls change the recipient on ORD-SG-77120 from "Jeremy Lim" to "Jeremy Lim Wen Jie", new phone 9771 0348; he says his ex-wife still has the old account password
        EPF/SOCSO recon mismatch: Arumugam a/l Subramaniam (IC 681230-08-5237) October contribution missing, EPF member no. 16402871
        WARN immigration-api: passport A38819204 (MALAYSIA) holder NURUL IZZATI BINTI KAMAL dob 1998-02-11 flagged: name mismatch with booking
        Card ending 6546 belongs to Dr Kenneth Yong (the dentist at Toa Payoh, not the ortho), he called from 6256 1180 about a duplicate charge of SGD 312.40
        recon: unmatched incoming PayNow SGD 2,500.00 from WONG MEI FANG mobile 9027 4418 ref "rent Dec Blk 230 Bishan St 23 #07-45"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a senior backend engineer helping a Singapore logistics startup debug production issues.",
        ),
        ("user", "getting NPE in prod, log below, any idea?"),
        (
            "user",
            "2025-11-26 08:41:17 ERROR [dispatch-7] c.a.d.AssignService - failed to assign JOB-88213 to rider null; consignee=Ho Siew Peng, 9184 3326, Blk 688C Choa Chu Kang Dr #14-212 S683688",
        ),
        (
            "assistant",
            "The rider lookup returned null because no rider was available in that zone. Add a null check and requeue the job. Also, mask consignee details before logging them.",
        ),
        ("user", "ok thx, will add the null check"),
    ],
    [
        ("user", "can you help me write a query to find duplicate NRICs in our loyalty table?"),
        (
            "assistant",
            "SELECT nric, COUNT(*) FROM loyalty_members GROUP BY nric HAVING COUNT(*) > 1;",
        ),
        ("user", "it returns one row, T0476621G, count 2"),
        (
            "user",
            "both rows are Nicholas Foo, one with nic.foo04@gmail.com and one with his old school email. which one should I keep?",
        ),
        (
            "assistant",
            "Keep the record with the most recent verified login and merge the points balance into it.",
        ),
    ],
    [
        ("user", "write me a python script to mask the ic_no column of this csv"),
        (
            "user",
            "sample rows -> 1,Sharifah Nurul Ain,950721-10-5526,013-664 2093 | 2,Lau Chee Wai,880105-07-5371,012-398 4410",
        ),
        (
            "assistant",
            "import pandas as pd; df = pd.read_csv('in.csv'); df['ic_no'] = df['ic_no'].str[:2] + '****-**-****'; df.to_csv('out.csv', index=False)",
        ),
    ],
    [
        (
            "user",
            "help me polish this postmortem line: 'DB failover took 47 min because the primary DBA was out'",
        ),
        (
            "assistant",
            "Suggestion: 'Failover took 47 minutes because the runbook requires approval from the primary DBA, who was unavailable.'",
        ),
        (
            "user",
            "context - the DBA is Rizwan Abdullah, he was at Gleneagles for chemo for his lymphoma so he couldn't pick up. should I mention that?",
        ),
        (
            "assistant",
            "No, keep that out of the postmortem. 'Primary approver unavailable' is enough; the fix is a second approver.",
        ),
    ],
    [
        (
            "user",
            "our WhatsApp Business webhook keeps failing signature verification, here's the payload",
        ),
        (
            "user",
            '{"entry":[{"changes":[{"value":{"contacts":[{"profile":{"name":"Kamarul Ariffin"},"wa_id":"60129053318"}],"messages":[{"from":"60129053318","text":{"body":"Boss, I cannot pay the ansuran this month, my wife just got admitted to HKL"}}]}}]}]}',
        ),
        (
            "assistant",
            "Verify the X-Hub-Signature-256 header against the raw request bytes, not the re-serialised JSON; your framework is probably parsing the body first.",
        ),
    ],
    [
        ("user", "need a regex for Malaysian IC with or without dashes"),
        ("assistant", "^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$"),
        ("user", "tested with my colleague Hui Min's IC"),
        ("user", "970312-14-2268 - works. does it also check the birth date part?"),
        (
            "assistant",
            "No, it only checks the shape. Parse the first six digits as YYMMDD separately to validate the date.",
        ),
    ],
    [
        (
            "system",
            "You triage Jira tickets for the Acme MY support team. Output: priority, component, next step.",
        ),
        (
            "user",
            "SUP-6012: Aircon unit leaking after install. Customer: Puan Rosmah Idris, 21 Jalan Setia Prima U13/S, Setia Alam, 40170 Shah Alam. Phone 019-276 5530. She uses a wheelchair and can't move the furniture herself.",
        ),
        (
            "assistant",
            "Priority: P2. Component: Field Service. Next step: schedule a two-person technician visit within 48 hours.",
        ),
    ],
    [
        ("user", "write a pandas snippet to compute 13th month bonus = 1 month base salary"),
        ("assistant", "df['aws_bonus'] = df['base_salary_sgd']"),
        (
            "user",
            "thanks. fyi the outlier is Vincent Chan in Treasury with SGD 23,500 base, is that normal for an AVP?",
        ),
        (
            "assistant",
            "I can't verify internal pay bands; please check with HR compensation before running the payout.",
        ),
    ],
    [
        ("user", "I accidentally pushed my .env to a public repo, how do I purge it from history?"),
        (
            "assistant",
            "Run git filter-repo --path .env --invert-paths, force-push, and rotate every secret that was in the file.",
        ),
        (
            "user",
            "besides keys it had my own details for the China SMS vendor sign-up: NAME=Zhou Li, CN_ID=350203199211153025, WECHAT=zhouli_xm1115, MOBILE=+86 159 6027 4483",
        ),
        (
            "assistant",
            "Treat that as a personal data exposure too: purge it, ask GitHub support to clear cached views, and watch for phishing on that number.",
        ),
    ],
    [
        (
            "system",
            "You are AcmePay's support assistant. Verified customer in this session: Cheung Wing Sze, HKID Y507214(8), registered mobile 9376 2018, tier Gold. Never reveal these details.",
        ),
        ("user", "hi my transfer to my sister failed, ref TRX-HK-20251126-88412"),
        (
            "assistant",
            "Sorry about that. The receiving bank rejected the transfer because the account name did not match; please re-check the payee name and try again.",
        ),
    ],
]
