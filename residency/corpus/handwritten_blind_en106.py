"""Blind check set en106: SG/MY company IT helpdesks (password resets, laptop loans, VPN and access requests, asset tags, offboarding). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en106
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ticket queue"): _lines("""
        INC0048812 – User unable to log in to Outlook after password change, cached creds. Resolved: cleared Credential Manager, re-signed in. Closed.
        P3 | RITM0072215 | Request for Adobe Acrobat Pro licence | Dept: Finance SG | Approver: cost-centre owner | SLA 3 BD
        pwd reset tickets spiking again, 37 by 11am. mostly ppl back from CNY leave who forgot their pw lol
        Bulk lock-out at 09:02 SGT traced to a stale mapped drive on the Jurong print server using old creds, not a brute-force attempt.
        Ticket reassigned from L1 Service Desk to Network Ops (KL): VPN tunnel flapping at the Menara site, affects all users on floor 23.
        Pls don't close tickets as 'user no response' within 24h. Policy is 3 chases over 3 business days.
        Q3 stats: 41% password/MFA, 18% hardware, 14% access requests, 9% VPN; median first response 6 min, CSAT 4.6/5.
        INC0051190 merged into PRB0003310 (SSO outage 14 Nov 10:40–11:25 SGT, root cause: expired SAML signing cert).
        Escalate to L2 if MFA re-registration fails twice; do not bypass Conditional Access for anyone, including the C-suite.
        Auto-close: tickets in 'Resolved' for 5 calendar days move to 'Closed' and the requester gets the CSAT survey.
        Category: Access > Shared Drive > Modify. Short description template: 'Requesting {permission} on {path} for {user}, approved by {manager}.'
        FYI the Kallang office printers (KLG-PRN-03/04) are down for firmware update 6–7pm, pls redirect to KLG-PRN-01.
    """),
    ("en", "asset register"): _lines("""
        AST-SG-004512 | Dell Latitude 7440 | S/N 8HXK2Y3 | i7-1365U/16GB/512GB | Warranty to 2027-03-31 | Status: In stock, Loan pool
        Loaner pool Bangsar South: 6 available (ThinkPad T14 Gen 4), 3 out, 1 in repair (cracked hinge, RMA 6501928477).
        MY-LT-000318 returned without charger; replacement RM 189.00 to be charged to cost centre 4410.
        Asset tag format: <country>-<type>-<6-digit seq>, e.g. SG-LT-000123 for laptops, MY-MN-000045 for monitors.
        Loan period for temporary laptops is max 14 days; extension needs HOD approval via the Loan Extension form (ITF-07).
        Stocktake 30 Sep: 1,284 endpoints in CMDB, 1,261 seen by Intune in the last 30 days, 23 unaccounted (list sent to site leads).
        Lost/stolen device: make a police report within 24h, then raise a SEC ticket; the device will be remote-wiped via Intune.
        MacBook Air M2 13" (MLY33ZP/A) x 12 received from Challenger Funan, DO no. DO-88120451, tagged SG-LT-001620 to SG-LT-001631.
        Monitor Dell P2423D S/N CN-0F8T9W-FCC00-3AT-05QB swapped under ProSupport, old unit collected by courier.
        Disposal batch DSP-2025-11: 48 laptop drives shredded by certified vendor, certificates of destruction filed under /ITAM/2025/Disposal.
        Hot-desk docks on Lvl 12 (Raffles Place) are WD19TBS, firmware 01.00.36. Pls don't bring them home for WFH.
        The 'Stamford' meeting room's Logitech Rally Bar (SG-AV-000077) is out for repair till Fri.
    """),
    ("en", "vpn and access kb"): _lines("""
        KB0010233 Connecting to GlobalProtect: 1) Open GlobalProtect 2) Portal: vpn.example-corp.com.sg 3) Sign in with SSO 4) Approve the push in Microsoft Authenticator.
        If you see 'Gateway sg-gw-01: The network connection is unreachable', switch to the MY gateway (my-gw-02) and retry.
        FortiClient 7.2.4.0972 is the only approved client version; 7.0.x will be blocked from 1 Jan 2026.
        Split tunnelling is enabled for Microsoft 365 and Zoom; all other traffic goes through the Equinix SG1 hub.
        Access to SAP PRD requires an SoD check. Raise via Access Portal > SAP > Role Request and attach the BRF approval.
        Shared mailbox access (e.g. ap-invoices@, hr-sg@) is granted to AD groups, never to individuals directly.
        Local admin: request a LAPS password for max 8h; justification required; every checkout is logged to Sentinel.
        Error 809 on the Windows built-in VPN client usually means UDP 500/4500 is blocked by the home router. Try your phone hotspot.
        MFA number matching is mandatory since 2025-05-12; SMS OTP is a fallback only for staff without smartphones, apply via HR.
        Guest Wi-Fi 'CORP-GUEST' vouchers are valid 8h; staff devices must use 'CORP-SECURE' (EAP-TLS, cert auto-enrolled).
        SHA-256 of GlobalProtect-6.2.1-43.msi: d04d2dbcaae223d87bf87bc1f69752e630c4431cd1d7661071500a823423c6fb. Verify before installing.
        Conditional Access policy CA-014 blocks sign-ins from outside SG, MY, ID, TH and VN unless the account is in GRP-Travel-Exempt.
    """),
    ("en", "offboarding policy"): _lines("""
        Offboarding checklist: disable AD account at 6pm on last day, convert mailbox to shared, set OOO, transfer OneDrive to manager, revoke MFA methods.
        HR must submit the leaver form at least 5 business days before the last working day; IT will then schedule laptop collection.
        Leaver mailboxes are kept 90 days as shared mailboxes, then archived for 7 years per the Records Retention Schedule v3.2.
        For involuntary exits HR will call the service desk hotline; disable accounts during the meeting, not before.
        Template: 'Hi {employee_name}, your last day is {last_day}. Please return {asset_tag} to IT by {return_date}.'
        Don't forward a leaver's mail to a personal address. Ever. Auto-forwarding to external domains is blocked at the tenant level.
        Exit clearance slip must be signed by IT, Finance and Facilities before final pay is released (HR policy HRP-12).
        Leavers processed in Oct: SG 27, MY 41; average time to full deprovisioning 3.1 hours.
        Access review: accounts with no sign-in for 45 days are disabled automatically; after 90 days they are deleted once the manager confirms.
        Return of Company Property: departing employees must return laptops, access cards and tokens; unreturned items are deducted per clause 8.4.
    """),
    ("en", "team chat"): _lines("""
        wah the VPN down again ah? whole KL office cannot connect since 2pm sia
        bro the loaner laptops all kena taken liao, got one ThinkPad left but battery jialat
        pls lah everyone, don't stick your password on a post-it on the monitor, auditors walk past see already
        Who took the HDMI-to-USB-C dongle from the Level 8 pantry? Pls return, town hall tomorrow need it
        Friday reminder: restart your laptop before you go home, 62 machines still pending reboot for Patch Tuesday
        haha the 'Tan Tock Seng' ticket is not from a user named Tan lah, it's the hospital client site request
        Can confirm the Raffles Place lift lobby card readers are fixed, Facilities said a controller reboot solved it
        Patch cables in the Changi DC are colour coded: blue data, yellow mgmt, red uplink. Don't anyhow plug
        Jom lunch at 12.30? After that need to image 15 laptops for Monday's new joiner batch
        Steve Jobs also never remember passwords one lah, that's why Apple made Keychain
        Elon tweeted about 2FA again today and now management panic, ask us to roll out YubiKeys to everyone 😂
        anyone got the ext for the Bangsar helpdesk? intranet says 4410 but nobody pick up
    """),
    ("en", "notifications"): _lines("""
        Your password will expire in 7 days. To change it, press Ctrl+Alt+Del and choose 'Change a password', or visit https://passwordreset.microsoftonline.com.
        [Action required] Device SG-LT-000871 has not checked in to Intune for 14 days. Connect it to the network or it will be marked non-compliant.
        Dear {{FirstName}}, your laptop loan {{LoanID}} is due on {{DueDate}}. Please return it to the Level 3 IT counter.
        Scheduled maintenance: Okta will be unavailable Sat 22 Nov 2025, 23:00–01:00 SGT (UTC+8). No action needed.
        Your request RITM0073390 has been approved and fulfilled. Shared folder smb://fs-kl-01/Projects/TRX-Fitout is now available.
        2025-11-18 08:57:03 +08:00 [WARN] ad-sync: 3 objects skipped (OU=Disabled Users), no action.
        Alert: certificate *.corp-internal.sg expires 2026-01-15. Renew via Sectigo order #SC-7731804.
        Phishing simulation results (Nov): 1,940 sent, 7.8% clicked, 2.1% entered credentials, 31% reported. Department breakdown attached.
        Reminder: IT will never ask for your password or OTP. Report suspicious emails using the 'Report Phish' button.
        Service Desk hotline: +65 6225 0000 (SG) / +603-2771 0000 (MY), Mon–Fri 8am–8pm, or email it-helpdesk@example-corp.com.
    """),
    ("ms", "notis IT"): _lines("""
        Makluman: Sistem VPN akan diselenggara pada 29 Nov 2025, 10 malam hingga 2 pagi. Harap maklum.
        Sila tukar kata laluan anda setiap 90 hari. Kata laluan mesti sekurang-kurangnya 12 aksara dengan huruf besar, huruf kecil dan nombor.
        Komputer riba pinjaman mesti dipulangkan ke kaunter IT Aras 5 sebelum jam 5 petang pada tarikh akhir pinjaman.
        Jangan kongsi OTP anda dengan sesiapa, termasuk staf IT. Kami tidak akan sekali-kali meminta OTP anda.
        Bilik server di Menara Tun Razak ditutup untuk kerja pendawaian semula pada hujung minggu ini.
        Borang permohonan akses (ITF-03) boleh dimuat turun dari portal intranet > IT > Borang.
        Aduan pasal printer kat pejabat Jalan Sultan Ismail sila buka tiket baru, jangan WhatsApp group ya.
        Bengkel kesedaran keselamatan siber anjuran CyberSecurity Malaysia, Dewan Tunku Abdul Rahman, 3 Dis 2025.
        Kalau laptop tak boleh connect wifi, cuba forget network dulu pastu join semula.
        Kakitangan yang berhenti kerja perlu memulangkan kad akses, token dan komputer riba pada hari terakhir bekerja.
    """),
    ("en", "data protection guidance"): _lines("""
        Under the PDPA, do not record full NRIC numbers in tickets; note only the last 3 digits and letter (e.g. #####123A) for verification.
        NRIC/FIN validation rule: one letter (S, T, F, G, M), seven digits, one checksum letter. S1234567D is the standard test value.
        Phone verification for password resets: the caller must answer two of employee ID, manager's name, last 4 digits of registered mobile.
        Data breach notifications go to the PDPC, 10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438, within 3 calendar days.
        Malaysia's PDPA 2010 was amended in 2024 to add mandatory breach notification to the Commissioner and a right to data portability.
        Screenshots attached to tickets must be cropped to exclude chat windows, inboxes or HR screens showing other staff's data.
        The Alan Turing and Grace Hopper posters in the IT corner are from the 'Pioneers of Computing' series, please don't take them down.
        Quote of the week, from Bruce Schneier: 'Security is a process, not a product.'
        Password manager policy: Bitwarden Enterprise is the only approved vault; browser-saved passwords will be disabled via GPO on 1 Feb.
        Don't use Hermione, Naruto or your favourite K-drama character as a password base. They're in every wordlist.
    """),
    ("en", "procurement"): _lines("""
        PO-SG-2025-08812: 40 x Lenovo ThinkPad T14 Gen 5 @ SGD 1,689.00, total SGD 67,560.00 excl. 9% GST.
        Invoice INV/MY/2025/11/0458 from Ong Brothers Computer Sdn Bhd, RM 23,850.00, payment terms 30 days.
        DHL tracking 7730441862: replacement SSDs shipped from Dell Penang, ETA Thu.
        Quote from Tan & Lim Systems Pte Ltd for the 3-year Microsoft 365 E3 renewal: 850 seats at USD 36/user/month list.
        Vendor onboarding for SecureCo Asia requires a signed DPA, ISO 27001 cert (valid to Aug 2027) and a SOC 2 Type II report.
        RMA 6502201183 approved for Latitude 5440 motherboard; onsite technician booked under Dell SR 199284711.
        Renewal notice: Zscaler ZIA licence (contract ZS-APAC-20931) for 1,200 users expires 31 Mar 2026.
        Courier collection: Level 9 loading bay, 1 HarbourFront Ave (Keppel Bay Tower), Mon–Fri 9–5 only.
        Bill to: Example Corp Asia Pte Ltd, UEN 201812345N, 8 Marina View #20-01, Asia Square Tower 1, Singapore 018960.
        Harvey Norman Millenia Walk has the USB-C docks at $289 each, cheaper than our vendor. Procurement to check if we can buy off-contract.
        Cost per loaner laptop per year (depreciation + support): SGD 412.50; pool of 30 units = SGD 12,375.
        SLA credit claim: vendor missed the 4h onsite response 3 times in Oct (VND-4471, VND-4502, VND-4519).
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls reset AD pwd for Tan Wei Ling (Finance, ext 4412). Verified via NRIC S8234671F and DOB 14/03/1982, she's locked out after leave.
        Laptop loan form. Borrower: Muhammad Hafiz bin Kamarudin, Staff ID MY10482, MyKad 880412-14-5523, mobile 012-738 4491, return by 20/12.
        Courier the replacement laptop to her home pls: Ms Priya d/o Subramaniam, Blk 456 Jurong West St 42, #08-123, Singapore 640456, HP 9187 2364.
        User is Chong Kar Mun, on MC for dengue till Fri; his wife asked us to keep his account from auto-locking. Her no. 019-226 8153.
        Offboarding: Rajesh Kumar s/o Muniandy, last day 28 Nov, terminated for misconduct (HR case HR-DISC-2025-031). Disable all access now, preserve mailbox.
        Pls send the exit docs to Lim Jia Hui's personal gmail jiahui.lim88@gmail.com, she can't get into work email after 30/11.
        VPN access request for contractor Wong Siew Mei, FIN G5630912N, Malaysian passport A51829374, contract ends 31 Mar.
        MFA re-registration: Nur Aisyah binti Rahmat lost her phone, new number +60 11-2479 3306, pls update in Entra.
        Payroll_Oct.xlsx was accidentally shared to all-staff. Row 14 shows Daniel Koh Boon Huat, basic SGD 7,200, bonus 2 months. Pls recall the email.
        Ergonomic kit for Aisyah Rahman (Marketing KL): she's recovering from carpal tunnel surgery on her right wrist, doctor's letter attached.
        Carpark access card for new joiner Ng Boon Keat, car plate SKQ 4721 G, starting 5 Jan, level B2.
        Kumar Velayutham's corporate card 4556 3301 8842 1193 exp 09/27 was saved in the shared Chrome profile on loaner SG-LT-000412. Wipe it and tell him.
        Hi IT, I'm Lee Mei Xin, my laptop was stolen from my car at my condo, The Sail @ Marina Bay Tower 1 #45-07. Police report no. D/20251118/2231.
        The guy at seat 12-041 who keeps failing the phishing tests is Marcus Teo; HR wants him enrolled in mandatory retraining and noted on his performance file.
        Alert for user S****671F (Tan W.L., Finance SG): 14 failed logins from Batam at 02:13. Don't post this in the general channel.
        New laptop for Chen Hao (transferring from the Shenzhen office), ID no. 440304199002175432, WeChat chenhao_sz90, start date 2 Dec.
        HK secondee Cheung Ka Yan needs an SG VPN profile; HKID K482917(4), HK mobile 6312 8804.
        Tsai Yi-Ting from the Taipei team (ID F228419372, LINE yiting.tsai_tw) needs access to the APAC SharePoint.
        Pls unlock account for Encik Zulkifli bin Osman, MyKad 850630-08-6219, Ipoh branch, handphone 017-651 0928.
        Emergency contact update for Nicholas Goh: mother Mdm Lim Ah Moi, 8463 0915, Blk 12 Toa Payoh Lor 7 #04-233.
        Litigation hold on the mailbox of Farah Liyana binti Hashim, she's the claimant in her unfair dismissal claim, Industrial Court case no. 12/4-1882/25.
        Laptop buyback payment to Ong Li Ting, DBS a/c 027-418953-1, SGD 350 for SG-LT-000233.
        Pls reset the Windows Hello PIN for Mr Ravi Chandran, staff no 20331. He's partially sighted and uses JAWS, so do it with him over the phone: 9732 5108.
        Jessica Lau is on long medical leave (stage 3 breast cancer, chemo till Mar). Keep her account active, exclude from the 45-day auto-disable.
        Temp laptop for intern Muhammad Irfan (Temasek Poly, 19), NRIC T0634518I, mobile 8820 4471, 2 Jan to 30 Jun.
        Jason Phua's password hint is literally 'wife + wedding date' (Yvonne, 12/06/2014). Pls remind him that's not allowed.
        Home broadband keeps getting blocked by geo-IP: Alex Tan, 42 Jalan SS 2/75, 47300 Petaling Jaya, Selangor, Unifi IP 175.143.22.81.
        Kiosk account for warehouse staff Bui Thi Hoa, FIN F2281746U, Tuas DC, night shift.
        Farhana from the Kuching team is the one who filed the sexual harassment complaint; HR wants her Teams chats exported for the inquiry.
        User pasted 'Visa 4379 1120 0548 3712, 11/28, LOW KAH WAI' into the helpdesk chat by mistake. Redact it from the transcript.
        Reset request from personal mail kelvin.sim.1979@hotmail.com: says he's Kelvin Sim from Tampines branch, NRIC S7904623Z, mobile +65 9046 2381.
        Can IT restore my deleted offer letter? Goh Wen Qi, base SGD 6,400, start 1 Feb, 3 months probation.
        SG-LT-000871 is assigned to Benjamin Ho Jun Wei, home address 18 Jalan Kembangan, Singapore 419127. Device last seen there 14 days ago.
        Pls give my husband Daniel Sim guest wifi, he's waiting at the lobby. From Clara Lim, Legal, ext 2207. His no. is 9612 4458.
        Kavitha needs WFH approval fast-tracked: her son has autism and his therapy at KKH is every Tue, so pls expedite her VPN token.
        Offboarding Lau Chee Keong: retrenched in the Nov restructuring, last day 15 Dec. Collect laptop MY-LT-000219 from his house in Taman Connaught, Cheras.
        Amirah Sofea binti Zainal sent her IC number 011105-01-0892 in the chat to verify her identity, pls mask the transcript.
        Pls ship the spare monitor to Jonathan Kwok's new place: Blk 301 Ang Mo Kio Ave 3 #10-1122, Singapore 560301.
        Travel loaner for Heng Xiu Ling, passport K3812094M, Shanghai 8–15 Dec; pls prep a clean device under the travel policy.
        Police asked for the badge logs of Tan Kok Leong (badge 10482) re the theft of 3 laptops, report A/20251107/0044, Tanglin Division.
        MyKad 950228-07-5371 belongs to Lim Chee Hong from Penang; he attached photos of the front and back of his IC to the ticket. Delete the attachment.
        Mastercard 5453 0177 2094 1181 (Sharon Yap) declined when buying the replacement charger on the IT store.
    """),
    "ms": _lines("""
        Tolong reset kata laluan untuk Puan Noraini binti Yusof, No. KP 900811-13-5046, pejabat Kuching. Telefon 016-330 7742.
        Laptop pinjaman diserahkan kepada Encik Khairul Anuar bin Mat Saad, no. pekerja 30917, alamat No. 12, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves.
        Cik Nurul Huda binti Zainal hantar gambar IC dia (920917-10-6148) dalam tiket, tolong padam lampiran tu.
        Akses VPN Mohd Shafiq bin Ismail ditarik balik sebab dia digantung kerja sementara siasatan pecah amanah.
        Encik Faizal Hamdan cuti sakit 2 minggu lepas pembedahan jantung, isteri dia minta akaun emel jangan disable. Nombor isteri: 013-884 2219.
        Bekas staf Tan Boon Hock minta slip gaji Okt dihantar ke emel peribadi boonhock.tan@yahoo.com, gaji pokok RM 5,200.
        Kad akses parkir untuk pekerja baru Nur Iman binti Hassan, no. plat kereta WVA 3821, mula 2 Jan.
        Wan Azlina (HP 011-1928 4476) nak pinjam laptop sebab laptop dia rosak kena tumpah kopi, rumah dia kat Seksyen 7 Shah Alam.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the Example Corp IT Service Desk assistant. Verify identity before any password reset.",
        ),
        ("user", "hi i kena locked out of my account"),
        ("assistant", "Sorry to hear that. May I have your full name and employee ID?"),
        ("user", "Goh Pei Shan, SG20418"),
        ("assistant", "Thanks. For verification, please give the last 4 characters of your NRIC."),
        ("user", "aiya i just give you the whole thing, S8517302B"),
        ("assistant", "Thank you. A temporary password has been sent to your registered mobile."),
    ],
    [
        ("user", "Need a loaner laptop, mine died this morning"),
        (
            "assistant",
            "I can raise a loan request. Will you collect from the Level 3 counter or need delivery?",
        ),
        ("user", "delivery pls, I'm WFH this week"),
        ("assistant", "Sure. Please share the delivery address and a contact number."),
        (
            "user",
            "Blk 618 Bedok Reservoir Rd #11-482, S470618. Call 8127 6630, ask for Hannah Seah",
        ),
        ("assistant", "Noted, loan RITM0074102 created. Courier will deliver tomorrow 10am-1pm."),
    ],
    [
        ("user", "VPN keeps dropping every 10 min, using GlobalProtect 6.2"),
        ("assistant", "Are you on home Wi-Fi or a mobile hotspot?"),
        (
            "user",
            "hospital wifi actually. I'm Ahmad Fauzi from Treasury, warded at Gleneagles since Mon for my kidney stones",
        ),
        ("user", "boss still wants me to approve the payment run today so pls help"),
        (
            "assistant",
            "Sorry you're unwell. Guest networks often block UDP 4500; try your phone hotspot instead.",
        ),
    ],
    [
        ("user", "Hi, I'm the manager for Sales MY. Melissa Tan's last day was Friday."),
        (
            "assistant",
            "Thanks, I can see the leaver request. Mailbox will be converted to shared and granted to you.",
        ),
        (
            "user",
            "also can forward anything from her clients to her personal email? melissa.tan.kl@gmail.com",
        ),
        (
            "assistant",
            "I'm sorry, forwarding company mail to personal addresses is not permitted by policy.",
        ),
        (
            "user",
            "ok fine. fyi she left because of the burnout + depression diagnosis, so go easy on her if she calls",
        ),
    ],
    [
        ("user", "salam, saya nak tukar nombor telefon untuk MFA"),
        ("assistant", "Boleh. Sila berikan nama penuh dan nombor pekerja."),
        ("user", "Mohd Aiman bin Razali, MY20774"),
        ("assistant", "Terima kasih. Untuk pengesahan, sila berikan nombor MyKad."),
        ("user", "920514-10-"),
        ("user", "5293"),
        ("user", "nombor baru 012-905 6631"),
        ("assistant", "Nombor telefon MFA telah dikemas kini."),
    ],
    [
        (
            "system",
            "HelpBot context. Authenticated user: Ong Hui Min, Finance Manager, employee no. SG10233, mobile +65 9451 0728, home: 27 Siglap Drive, Singapore 456180.",
        ),
        ("user", "how do I map the finance shared drive again?"),
        (
            "assistant",
            "Open File Explorer > This PC > Map network drive, choose F: and enter the path of the Finance share.",
        ),
        ("user", "thanks!"),
    ],
    [
        (
            "user",
            "Found a laptop in the Level 5 meeting room, tag MY-LT-000562. Who does it belong to?",
        ),
        (
            "assistant",
            "MY-LT-000562 is assigned to Tharshini a/p Ganesan, Procurement, mobile 016-448 2093.",
        ),
        ("user", "ok i'll WhatsApp her"),
        ("assistant", "Alternatively you may drop it at the IT counter on Level 3."),
    ],
    [
        ("user", "I lost my charger, how do I pay for the replacement?"),
        ("assistant", "You can pay on the IT store page; the charger is SGD 89.00."),
        (
            "user",
            "the page keeps erroring, can you charge it for me? card 5424 1890 7731 6253 exp 04/28 cvv 381",
        ),
        ("user", "name on card Darren Quek"),
        (
            "assistant",
            "Please don't share card details here. I'll raise a ticket so Finance can bill your cost centre instead.",
        ),
    ],
    [
        ("user", "requesting read access to the HR comp folder for the year-end review"),
        ("assistant", "That folder needs HRBP approval. Who is your approver?"),
        (
            "user",
            "Shirley Ng. btw the file I actually need is just Pang Wei Jie's, he's asking for a raise from 5,800 to 7,000",
        ),
        ("assistant", "Understood. I've routed RITM0074555 to Shirley Ng for approval."),
    ],
    [
        ("user", "new transfer from the HK office needs a building pass"),
        ("assistant", "Sure. Please provide the staff name and ID document details for Security."),
        ("user", "Leung Tsz Ching, HKID Y305624(2)"),
        (
            "user",
            "starts Mon at Asia Square, desk 20-115, mobile 5128 7734 (HK) until she gets an SG line",
        ),
        ("assistant", "Thanks, the pass request has been sent to Building Security."),
    ],
]
