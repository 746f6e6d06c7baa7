"""Blind check set en20: English internal text of Singapore and Malaysia tech companies (incidents, on-call, Slack, Jira, code review, HR, vendor mail). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en20
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "incident"): _lines("""
        INC-4821 postmortem: at 02:14 SGT payments-api p99 latency climbed to 4.2s after the v3.18.1 rollout; rolled back at 02:41, full recovery by 02:55.
        Root cause: the connection pool on pg-ledger-primary was capped at 50 while the new batch worker opened 80 connections on startup.
        Customer impact: roughly 11,300 PayNow transfers were delayed by up to 26 minutes; no funds were lost and no duplicate debits were found.
        Detection gap: the p99 alert fired 9 minutes after the error budget burn started because the window was set to 15m instead of 5m.
        Action item AI-3: add a pre-deploy check that compares max_connections on the replica against the worker concurrency setting.
        Timeline (all times MYT): 21:03 first 502s from edge-lb-kul-2, 21:07 PagerDuty page, 21:12 IC declared SEV2, 21:48 mitigated.
        The blast radius was limited to ap-southeast-1a; pods in 1b and 1c kept serving traffic through the whole window.
        Contributing factor: the Kafka topic orders.v2 had a retention of 6h, so the replay after the outage lost about 40 minutes of events.
        We are not attributing this to any one person; the deploy followed the runbook and the runbook itself was missing a step.
        SEV1 declared for checkout-web: HTTP 503 rate at 38% across all regions, status page updated to Major Outage at 14:20.
        The certificate for api.merchant-portal.sg expired at 00:00 UTC because the cert-manager renewal job had been failing silently since 18 Oct.
        Blocked 203.0.113.57 at the WAF after it sent 14k login attempts per minute against /v1/auth/token; traffic dropped back to baseline.
        Redis cluster cache-sess-03 hit maxmemory and started evicting session keys, which logged everyone out of the mobile app for about 7 minutes.
        Lessons learned: our dashboards showed green because the health check only hit /healthz, which does not touch the database.
        The third-party SMS gateway returned error code 4003 (throttled) for all OTP requests between 19:40 and 20:05.
        Five whys summary: the migration locked the transactions table because it added a NOT NULL column with a default on Postgres 10.
        Impact estimate for finance: about SGD 62,000 in delayed settlements, all cleared in the next morning run.
        During the CrowdStrike outage on 19 July 2024 our Windows kiosks at the Changi branch boot-looped, the Linux fleet was unaffected.
        Follow-up owner: the Payments Platform team, due by end of sprint 47, tracked in PLAT-2290.
        This postmortem is blameless; names have been replaced by roles (IC, comms lead, scribe) per the incident policy.
    """),
    ("en", "handover"): _lines("""
        On-call handover Mon to Tue: two pages overnight, both for disk usage on log-agg-sg-07, cleared by running the logrotate job manually.
        Still open: INC-4830, flaky health checks on the grpc-gateway canary, not customer facing, watching it.
        Heads up for the next shift: the DBS bank file drop is delayed by 2h tonight because of their scheduled maintenance window.
        Silenced the DiskPressure alert on node pool np-batch until 09:00 tomorrow, please do not unsilence before the resize finishes.
        Secondary on-call this week is the SRE Kuala Lumpur rotation; escalate to the engineering manager on duty if both are unreachable.
        The Grafana board Payments / Settlement Lag is the one to watch; anything above 300s for more than 10 minutes should be paged.
        Known noisy alert: cron-reconcile-daily fires a warning every night at 03:00 when the upstream file is late, safe to ack.
        Handover note: Terraform state lock on prod-sg was left by a failed CI run, I released it with the lock id from the pipeline logs.
        If the Jenkins agent jenkins-agent-12 goes offline again just restart the docker daemon, the ticket to replace it is INFRA-771.
        Nothing outstanding from the weekend; change freeze starts Friday 18:00 SGT for the Black Friday traffic.
        The Elasticsearch cluster went yellow around 23:00 after a node restart and recovered on its own after shard reallocation.
        Reminder: the vendor bridge number for Equinix SG3 is in the runbook, not in Slack, please use that.
    """),
    ("en", "slack"): _lines("""
        anyone else seeing 429s from the GitHub API on the monorepo build? seems like we hit the secondary rate limit again
        deploybot: payments-api v3.18.2 deployed to prod-sg by pipeline #88412 (commit 9f2c1ab), all checks green
        PSA: the staging database gets wiped and reseeded every Sunday at 02:00, don't keep anything you care about there
        @sre-oncall can someone look at why the kube-state-metrics pod keeps OOMing in the analytics cluster?
        The new Head of Platform starts on Monday and will do a round of 1:1s with every team lead in the first two weeks.
        lunch poll for Friday: chicken rice at Maxwell or nasi lemak near the office? vote with emoji
        status.stripe.com is showing elevated API error rates in Asia Pacific, that explains the card failures we saw
        reminder that the Jakarta team is one hour behind us, please don't book their standups at 9am SGT
        just a PSA, the AWS Singapore region is ap-southeast-1, Malaysia is ap-southeast-5, stop mixing up the tags
        thanks all for the quick response last night, the whole thing was contained in under an hour which is a record for us
        who owns the feature flag enable_duitnow_qr? it has been at 50% for three months now
        the design review for the new ledger service is moved to Thursday 3pm, same Zoom link
        PSA from IT: phishing emails pretending to be from the CEO asking for gift cards are going around again, report to security@
        does anyone have a working example of a Helm chart with a PodDisruptionBudget? ours keeps blocking node drains
        The on-call compensation policy is updated: SGD 250 per weekday shift and SGD 400 per weekend shift for every engineer on the rotation.
        Jensen Huang's Computex keynote had some interesting bits on sovereign AI, worth a watch if you're into infra
        the quarterly hackathon theme is developer productivity, teams of up to four, sign up on the wiki
        Congrats to the Growth squad for shipping the referral flow two weeks early!
    """),
    ("en", "jira"): _lines("""
        PLAT-2290: Add connection pool limits to the settlement worker Helm values and alert when usage passes 80%.
        Acceptance criteria: given a user with an expired session, when they open the app, then they are redirected to the login screen without a crash.
        Bug: the checkout page shows RM 0.00 as the delivery fee for Sabah and Sarawak postcodes; expected the East Malaysia rate.
        Steps to reproduce: log in with the QA test account qa.tester+01@example.com, add any item, apply voucher WELCOME10, observe a 500.
        Story points: 5. Blocked by INFRA-771 until the new build agents are provisioned.
        Order SG-20261103-88412 is stuck in PENDING_SETTLEMENT; the webhook from the acquirer was received but never acknowledged.
        Spike: evaluate whether we can move the OTP provider from the current SMS gateway to WhatsApp Business API for Malaysia.
        Epic KYC-REVAMP: replace the manual NRIC and MyKad review queue with the vendor OCR service, target Q2.
        Ticket closed as Won't Fix: the 1.2s delay on the statements page is within the SLO and the effort is not justified.
        Subtask: update the privacy notice copy to mention the PDPA and the Malaysian PDPA 2010 amendments, legal to review.
        Regression: after upgrading to Spring Boot 3.3.4 the /actuator/prometheus endpoint returns 404 in the staging profile.
        QA note: use the documented sandbox NRIC S1234567D for happy-path tests; it is the standard dummy value and fails live lookup by design.
        Priority changed from P3 to P1 because the merchant settlement report for 1 Dec has a rounding error of 1 sen per line item.
        Linked issue: the Android app 7.42.0 crashes on Samsung A15 devices when the camera permission is denied.
    """),
    ("en", "code_review"): _lines("""
        nit: rename userPhone to msisdn so it matches the column name in the customers schema
        This will do an N+1 query for every merchant in the list; can we batch it with a single IN clause?
        Please don't log the full request body here, it contains the customer's card fields; log the request id instead.
        LGTM once the migration is split into two steps so we don't lock the table during business hours.
        Why is the timeout 30000 ms? the upstream SLA is 2s, so anything beyond 5s just ties up threads.
        suggestion: use Decimal instead of float for the amount, we already had one rounding incident because of this
        The test fixture uses Tan Ah Kow and the dummy IC 900101-01-0001 from the style guide, which is fine for unit tests.
        Could you add a unit test for the case where the postcode is empty? the Malaysian addresses from the old system often miss it.
        if not re.fullmatch(NRIC_PATTERN, value): raise ValidationError('invalid NRIC format')
        Approving, but please open a follow-up ticket to remove the feature flag after the rollout is done.
        The mask function should keep only the last four digits, e.g. ****1111 for the test card 4111 1111 1111 1111.
        I think this retry loop needs jitter, otherwise all pods hammer the gateway at the same second after a blip.
        Blocking: the secret is hardcoded in config/prod.yaml, move it to Vault and rotate the key that was committed.
        minor: the Javadoc still says this returns null, but it returns Optional.empty() now
    """),
    ("en", "announcement"): _lines("""
        The Singapore office will be closed on 31 March for Hari Raya Puasa; on-call coverage continues as usual.
        Our Kuala Lumpur office has moved to Level 23, Menara Exchange 106, Tun Razak Exchange, 55188 Kuala Lumpur.
        All-hands on Thursday at 4pm SGT: Q3 results, the 2027 roadmap, and an update on the Penang engineering hub.
        Open enrolment for the 2027 medical and dental plan closes on 15 December; details are on the People portal.
        We are hiring: Senior Backend Engineer (Payments), Staff SRE and a Data Protection Officer, referrals welcome.
        Reminder: the annual PDPA and information security training must be completed by every employee before 31 January.
        Company announcement: we have been granted a Major Payment Institution licence by the Monetary Authority of Singapore.
        Office pantry will be restocked on Mondays and Thursdays; please label anything you keep in the fridge.
        Deepavali celebration at the KL office on Friday, traditional wear encouraged, lunch provided by the people team.
        Minister Josephine Teo spoke at the Singapore International Cyber Week about the new online safety codes.
        The Employee Assistance Programme hotline 1800-386-2733 is confidential and free for all staff and their dependants.
        Our registered office is 71 Robinson Road, #14-01, Singapore 068895, UEN 201912345K, for vendor invoices.
    """),
    ("en", "vendor_email"): _lines("""
        Dear Sir/Madam, please find attached invoice INV-2026-0412 for SGD 18,400.00 covering Q4 premium support.
        Hi team, this is a reminder that your Datadog contract renews on 1 January; the quote for 120 hosts is attached.
        We will perform scheduled maintenance on the SG3 data centre power feed B on 14 Dec from 01:00 to 05:00 SGT; no impact is expected.
        Our support desk is reachable 24/7 at +65 6808 1200 or support@cloudvendor.asia, please quote your account number.
        Please note our remittance details have NOT changed; if you receive an email saying otherwise, treat it as fraud.
        Attached is the SOC 2 Type II report for the period 1 Oct 2025 to 30 Sep 2026, under the NDA signed in March.
        Kindly confirm the purchase order PO-88213 so we can ship the 40 ThinkPad T14 units to your Bangsar South office.
        The root cause analysis for the 3 Nov fibre cut is attached; the damage was caused by road works near Jalan Ampang.
        Our account manager for the APAC region will reach out next week to schedule the quarterly business review.
        Price revision notice: from 1 Feb the per-SMS rate for Malaysian numbers increases from MYR 0.045 to MYR 0.052.
    """),
    ("mixed", "slack"): _lines("""
        wah the build queue damn long today, 45 mins already still pending lah
        boss says ship by Friday, can or not? the API contract also not finalised yet
        this error 0x80070005 appear again on the kiosk, sure is the Windows update one
        tapau for the team? I'm going to the mamak downstairs, roti canai and teh tarik anyone
        the prod DB cannot simply restart one ah, need CAB approval first, later kena again
        our codebase more Phua Chu Kang than Iron Man, everything also tape and string
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Jun Hao is on MC until Friday, dengue confirmed at the polyclinic, so please take his Thursday on-call shift.
        Can someone cover Priya Raman's on-call this weekend? her dad is in NUH for a heart bypass on Saturday.
        Customer Nurul Aisyah (nurul.aisyah88@gmail.com) says she was charged RM 459.00 twice on 3 Nov for the same order.
        The login from 175.143.22.81 was actually Marcus Lim connecting from his home broadband in Cheras, not an attacker.
        Please keep this between us: Kelvin Teo's offer is SGD 11,500 a month base with a 15% sign-on bonus.
        Farah Izzati will be put on a PIP next month after her Q3 rating; the HRBP is already looped in.
        Ship the replacement MacBook to Daryl Ng at Blk 412 Tampines Street 41, #08-233, Singapore 520412.
        KYC-4471: applicant Goh Siew Ling, NRIC S8823417J, selfie does not match the IC photo, rejecting and requesting a re-upload.
        IC no for the Lee Mei Ling merchant account is 880412 14 5523, she typed it without dashes so the form rejected it.
        Refund to Maybank account 1640 2251 8873 in the name of Muhammad Hafiz bin Roslan, approved by finance.
        Customer read her card number 4556 3320 1974 1187 exp 09/27 out loud on the support call, please purge that recording.
        Don't announce it yet but Hui Min is pregnant and will start maternity leave in March, so we need to plan her handover.
        Benedict asked for reduced hours for the next two months while he is being treated for burnout by a psychiatrist.
        Arjun Menon's Employment Pass renewal was rejected by MOM; he has 30 days to leave Singapore unless the appeal succeeds.
        Payroll received a court order to garnish part of Zulkifli's salary for an outstanding personal loan.
        Ticket SUP-10293: caller Tan Wei Ming, phone +65 9172 4408, locked out of his account after changing SIM cards.
        Please update the emergency contact for Siti Khadijah to her husband, Ahmad Faizal, 012-338 7716.
        Amir will be away from 2 to 16 Feb for umrah with his parents, approved as unpaid leave.
        Wen Xuan's car SMK 4821 J keeps getting clamped in the visitor lot, can facilities give her a season parking label?
        For the visa letter: Rahul Krishnan, Indian passport Z4528193, date of birth 14 August 1993, joining as Senior SRE.
        The audit log shows grace.chua@ourbank.com.sg downloaded 3,400 customer statements at 2am from 116.88.41.202.
        Heads up, Sharon from QA is going through a divorce and may be slow to reply for a while, please be kind.
        Jia Hui's daughter was admitted to KK Women's and Children's Hospital last night, she will be working from the ward this week.
        Customer complaint from Mr Loh Kah Seng, 21 Jalan SS 2/55, 47300 Petaling Jaya, parcel marked delivered but never arrived.
        Salary correction for Praveen a/l Subramaniam: October pay was MYR 7,850 instead of MYR 8,350, the difference goes out on 5 Dec.
        Melissa asked me not to tell anyone, but her latest HbA1c was bad and she is starting insulin, so no team dinners with desserts please.
        The user who filed the GDPR-style deletion request is Chong Kar Wai, kar.wai.chong@hotmail.com, member since 2019.
        Our intern Nadhirah lives in a rented room on the 3rd floor of the shophouse above the bak kut teh shop on Jalan Kuchai Lama, please courier the laptop there.
        Devi's mother passed away this morning in Ipoh; she is on compassionate leave until next Wednesday.
        Reference check note: Jason Koh was let go from his last company for falsifying expense claims, according to his former manager.
        Bank transfer details for the relocation allowance: DBS 012-345678-9, account holder Chen Yi Fan.
        ID on file for the merchant owner is T0156729I, name Ong Jia Ying, date of birth 3 May 2001.
        Pass to security: the ex-boyfriend of Candice from Finance has been waiting at the lobby, she has a protection order against him.
        Customer Mdm Rosnah binti Othman called from 019-552 0831, she is 78 and her son usually manages her e-wallet.
        Yusof's performance rating was downgraded from Exceeds to Meets after calibration, he has not been told yet.
        Eng Kiat has been hospitalised at Tan Tock Seng for a slipped disc, the surgery is on Tuesday.
        The laptop for Lim Shu Fen goes to her parents' place: 38 Lorong Chuan, Singapore 556770, she is working from there this month.
        Customer with IC ending 5523 and name Lee Mei Ling disputed the RM 1,200 transfer to a mule account, flagged for scam review.
        Hazwan's last drawn salary was SGD 6,200 and he is owed 11 days of unused leave in the final settlement.
        Pls note Gabriel is HIV positive and wants HR to keep his medical claims out of the team manager's view.
        FIN S9034581H belongs to the contractor Wong Kai Xiang, needed for the building access pass at Marina One.
        The complaint came from a Shopee seller named Aaron Yap, aaron.yap.store@gmail.com, +60 11-2734 5590, about a withheld payout of RM 3,150.
    """),
    "mixed": _lines("""
        Kumar MC again today, his wife just delivered at Columbia Asia, baby boy, so he on paternity leave from tomorrow
        bro Zhi Wei kena retrench last week, please don't add him to the new project channel, he very sensitive about it
        Aunty Kamala the cleaner's son got into an accident on the PLUS highway, she asked for salary advance of RM 2,000
        the customer Mr Ravi one call us 6 times already, his number 016-778 2091, very angry about the double debit lah
        Xin Yi's NRIC is S9912 345? no wait the full one is T9912345H, key in for the bank onboarding
        Jessica's dad got stage 3 cancer, she asked to WFH from Ipoh until CNY, manager already ok
        Hakim's home address is No. 7, Jalan Bukit Indah 3/12, 81200 Johor Bahru, send the welcome kit there ya
        eh don't forward the Teams chat, Bryan say he failed his probation review and his wife don't know yet
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write an on-call handover note for tomorrow? Nothing major, two disk alerts overnight.",
        ),
        (
            "assistant",
            "Sure. Tell me the alerts, what you did about them, and anything still open, and I will format it.",
        ),
        (
            "user",
            "Both on log-agg-sg-07, cleared with logrotate. Also mention that Alvin Goh can't take the Wednesday shift because he's having his gallbladder removed at Mount Elizabeth.",
        ),
        (
            "assistant",
            "Here is a draft: two disk alerts on log-agg-sg-07 cleared via logrotate; the Wednesday shift needs a new owner. I would keep the medical reason out of the shared note.",
        ),
    ],
    [
        (
            "user",
            "Format this into a Jira bug: customer can't reset password, keeps saying OTP not received.",
        ),
        ("assistant", "Do you have the affected account details and the time of the attempts?"),
        (
            "user",
            "Yes, Chua Li Ting, email liting.chua92@yahoo.com, phone +65 8326 1149, tried around 10:15 this morning.",
        ),
        (
            "assistant",
            "Summary: OTP not delivered on password reset. Reporter details attached in the restricted field, attempts around 10:15 SGT.",
        ),
    ],
    [
        (
            "user",
            "I need to message HR about a pay adjustment for someone on my team. Can you make it sound professional?",
        ),
        ("assistant", "Of course. What is the adjustment and the reason?"),
        (
            "user",
            "Nurul Huda is at MYR 6,400 and I want to bring her to MYR 7,600 because she is way below band after covering the lead role since June.",
        ),
        (
            "assistant",
            "Dear HR, I would like to request a market adjustment for Nurul Huda from MYR 6,400 to MYR 7,600, reflecting her expanded responsibilities since June.",
        ),
    ],
    [
        ("user", "What's the cleanest way to write a courier request for a laptop?"),
        (
            "assistant",
            "Include the asset tag, the recipient, the delivery address and a contact number for the courier.",
        ),
        (
            "user",
            "Asset SG-LT-0442 to Koh Jun Hui, 15 Jalan Kembangan, Singapore 419118, his mobile is 9655 2307.",
        ),
        (
            "assistant",
            "Courier request: asset SG-LT-0442, deliver to the address given, recipient contact on file. Please confirm a delivery window.",
        ),
        ("user", "Add that he's only home after 7pm because he does dialysis in the afternoons."),
    ],
    [
        (
            "user",
            "Is this KYC submission OK to approve? Name Tan Kok Leong, NRIC S8823417J, address 2 Bishan St 22 #11-05.",
        ),
        (
            "assistant",
            "The NRIC checksum is valid, but I cannot verify identity from text alone; compare the document photo and the address proof.",
        ),
        (
            "user",
            "The address proof is a utility bill in his mother's name though, Mdm Lau Ah Moi, is that acceptable?",
        ),
        (
            "assistant",
            "Usually a bill in a family member's name needs a supporting declaration; check your KYC policy before approving.",
        ),
    ],
    [
        ("user", "Our SIEM flagged unusual logins. Help me write the finding."),
        ("assistant", "Sure, share the source IPs, the accounts and the timeline."),
        (
            "user",
            "Source 60.53.118.204, account of Ng Pei Shan from Customer Success. She says she was logging in from her boyfriend's flat in Bukit Jalil.",
        ),
        (
            "assistant",
            "Finding: logins to a Customer Success account from 60.53.118.204 were confirmed by the account owner as legitimate remote access. Closing as benign.",
        ),
    ],
    [
        ("user", "Help me write a leave request in Slack to my manager, short and polite."),
        ("assistant", "Sure, how many days and what reason would you like to give?"),
        (
            "user",
            "I'm Vignesh from the data team. My mum had a stroke in Ipoh last night, she's in the ICU at Raja Permaisuri Bainun hospital. I need the rest of the week.",
        ),
        (
            "assistant",
            "Hi, sorry for the short notice. I need to take the rest of the week off for a family emergency in Ipoh. I will hand over my open tickets this morning.",
        ),
    ],
    [
        (
            "user",
            "I have to write mid-year feedback for one of my engineers. Can you help me soften it?",
        ),
        ("assistant", "Yes. What are the main points you want to get across?"),
        (
            "user",
            "It's for Daniel Ho. He missed three sprint commitments, and he told me privately he's struggling with gambling debts, which is why he's distracted.",
        ),
        (
            "assistant",
            "I would focus the written feedback on the missed commitments and the support available, and keep his private disclosure out of the review document.",
        ),
        ("user", "Good point. Maybe I'll mention the EAP hotline to him in our 1:1 instead."),
    ],
    [
        ("user", "Draft a reply to the building management about a contractor's access pass."),
        ("assistant", "Sure, what details do they need?"),
        (
            "user",
            "Contractor Mohd Firdaus bin Kamal, Malaysian passport A52938417, work permit FIN G5128463T, starting 9 Dec on level 14.",
        ),
        (
            "assistant",
            "Dear Building Management, please issue a temporary access pass for our contractor starting 9 Dec on level 14. His identification details are attached.",
        ),
    ],
]
