# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en127: SG/MY crypto exchanges and investment-scam reports. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en127
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "kyc_help"): _lines("""
        To verify your identity, upload the front and back of your NRIC, FIN card or passport; the image must show all four corners and have no glare.
        Singapore residents aged 18 and above can complete Myinfo retrieval via Singpass instead of uploading documents manually.
        Malaysian users: please key in your MyKad number without dashes, i.e. 12 digits in the format YYMMDDPBXXXX.
        Why was my selfie verification rejected? Common reasons: wearing a cap, spectacles with reflection, face partly out of frame, or a photo taken of a screen.
        Proof of address must be dated within the last 3 months: a utility bill, bank statement or IRAS/LHDN letter showing your full name and residential address.
        Accredited Investor declaration: tick only if your net personal assets exceed S$2 million or your income in the preceding 12 months was at least S$300,000.
        The name on your bank account must exactly match the name on your verified ID; third-party deposits will be returned minus a S$10 handling fee.
        If your name contains 'bin', 'binti', 'a/l', 'a/p', 's/o' or 'd/o', enter it exactly as printed on your identity card, including the slash.
        KYC Tier 2 unlocks fiat withdrawals of up to S$200,000 per day; Tier 1 accounts can only deposit and trade.
        Source of wealth questionnaire: select all that apply — employment income, business profits, inheritance, sale of property, investment gains, crypto mining.
        We will never ask you to send your Singpass password, SMS OTP or seed phrase to complete verification.
        EDD template: Customer name: [NAME] / ID type: [NRIC/FIN/Passport] / ID no.: [ID_NUMBER] / Occupation: [OCCUPATION] / Expected monthly volume: [AMOUNT]
        Verification usually takes 1–3 working days; during the Chinese New Year and Hari Raya peak periods it may take up to 5 working days.
    """),
    ("en", "scam_advisory"): _lines("""
        If you suspect a scam, call the ScamShield Helpline at 1799 or visit www.scamshield.gov.sg; for urgent police assistance dial 999.
        In Malaysia, call the National Scam Response Centre at 997 immediately if you have transferred money to a scammer, so the funds can be traced and frozen.
        Police advisory: scammers are posing as staff of crypto exchanges, claiming your account has been 'compromised' and asking you to move funds to a 'safe wallet'.
        Recovery scam warning: no legitimate lawyer, hacker or government agency can recover your lost crypto in exchange for an upfront fee.
        Since January, at least 420 victims have fallen for fake investment platforms advertised on social media, with total losses of at least $38 million.
        Check whether an entity is licensed in the MAS Financial Institutions Directory, and whether it appears on the MAS Investor Alert List, before you invest.
        Malaysian investors can check the Securities Commission's Investor Alert List and the list of registered Digital Asset Exchanges before opening an account.
        Warning signs: guaranteed daily returns of 2–5%, pressure to top up before you can withdraw, a 'tax' or 'unlock fee' before profits are released, and support that only replies on WhatsApp or Telegram.
        Victims were added to WhatsApp groups titled 'VIP Stock Learning 88', where 'mentors' shared screenshots of profits before directing members to an app called MYX-Pro.
        Do not let anyone screen-share or remote-control your phone; scammers use remote-access apps to approve transfers in your banking app.
        Before you lodge a report, prepare the transaction dates, amounts, the wallet addresses or bank accounts you paid to, screenshots of the chats and the platform's URL.
        The Anti-Scam Command works with banks to freeze accounts within hours, but crypto sent to self-custodial wallets is often much harder to recover.
        Money mule alert: letting others use your bank or exchange account for 'commission' is an offence, and you can be prosecuted even if you were not the scammer.
        Use Semak Mule (semakmule.rmp.gov.my) to check whether a bank account or phone number has been reported to PDRM for fraud.
    """),
    ("en", "exchange_notice"): _lines("""
        Scheduled maintenance: USDT (TRC20) deposits and withdrawals will be suspended from 02:00 to 04:00 SGT on 14 Mar 2026.
        Network congestion on Ethereum: withdrawals may take longer than usual; the current withdrawal fee is 0.0018 ETH.
        We have delisted all LUNA and UST trading pairs effective 13 May 2022, 17:00 SGT.
        USDT contract (ERC20): 0xdAC17F958D2ee523a2206206994597C13D831ec7 — always verify the contract address before depositing.
        USDT (TRC20) contract: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t. Other TRC20 tokens sent to your USDT deposit address will not be credited.
        Withdrawal ID WD-8831046271 status changed from PROCESSING to COMPLETED; TxID 76c36b81939e051bb0b4395f972f47d244eb387d46195e905aae5c64ed870a97.
        Travel Rule: for withdrawals above S$1,500 to another exchange, you will be asked for the beneficiary's name and the receiving VASP.
        New: PayNow deposits are now credited within 5 minutes, 24/7, for amounts up to S$200,000 per transaction.
        DuitNow and FPX deposits in MYR are temporarily unavailable due to a bank-side outage; card purchases are unaffected.
        As a security measure, new withdrawal addresses are locked for 24 hours after being added to your whitelist.
        From 30 June 2025 we no longer serve customers outside Singapore, as required under the new DTSP licensing regime.
        Proof-of-reserves snapshot as at 31 Jan 2026: BTC reserve ratio 101.4%, ETH 100.8%, USDT 102.1%; Merkle root 3481e260f35777656468ea53631b43c11c795ad7a466e15a3f2098922f78ac5a.
        Your 2FA was reset successfully. If you did not request this, freeze your account from the app immediately and contact us via in-app chat.
    """),
    ("en", "support_macro"): _lines("""
        Hi {first_name}, thanks for reaching out. Your ticket #{ticket_id} has been received and our team will reply within 24 hours.
        Ticket #SR-2026-118432 escalated to Compliance: deposit from a third-party bank account, awaiting source-of-funds documents.
        Macro KYC-07: "Hi there, unfortunately the document you uploaded has expired. Please upload a valid NRIC, FIN or passport and resubmit."
        Macro WD-03: Your withdrawal was held for a routine security review. No action is needed; funds will be released or returned within 48 hours.
        Case 26-03-0419 closed: deposit was sent on BEP20 instead of ERC20; customer accepted the recovery fee of 50 USDT.
        Reminder to agents: never confirm account ownership, balances or KYC status over the phone; direct all callers to in-app support.
        Tag taxonomy: kyc_reject, kyc_pending, wd_delay, wd_wrong_network, dep_missing_memo, scam_report, recovery_scam, account_takeover, law_enforcement_request
        Law enforcement requests must come from an official government e-mail domain (e.g. @spf.gov.sg or @rmp.gov.my) and quote a report or investigation paper number.
        SLA report week 10: 3,412 tickets opened, median first response 2h 14m, 91.6% resolved within 72 hours.
        Macro SCAM-01: We're sorry to hear you may have been scammed. Please lodge a police report and share the report number with us so we can assist with any freeze request.
        Invoice INV-2026-000781 for OTC desk services: 0.15% on notional S$2,450,000.00, GST 9% included.
        Internal note template: [date] [agent initials] Customer called re: [issue]. Verified via [method]. Next step: [action].
        Auto-reply: our support hours are 9am–9pm SGT daily. Over Chinese New Year (17–18 Feb 2026) response times may be longer.
    """),
    ("mixed", "group_chat"): _lines("""
        eh anyone know why my USDT withdrawal still pending since this morning ah? TRC20 network also slow meh
        Bro don't anyhow click the link in the "Coinhako Support" telegram group, real support won't PM you first one
        wah today BTC drop until like that, my portfolio all red liao 😭
        Jangan percaya la those "recovery agent" on FB, they just want your last few ringgit, my colleague almost kena
        朋友们 remember ya, exchange 不会叫你 transfer 去 "safe wallet" 的, confirm scam
        anyone tried Luno for MYR withdrawal to Maybank? usually how long take ah
        Admin note: this group is for discussion only, no signal selling, no referral links, no DMs offering "guaranteed profit"
        ytd the fake "MAS officer" call my office line again, these people really 不怕死
        Kalau nak withdraw ke bank, kena pastikan nama akaun sama dengan nama dalam IC, kalau tak confirm kena reject punya
        paiseh noob question, what's the difference between ERC20 and BEP20? can send USDT across or not
        Tip: switch on withdrawal whitelist + anti-phishing code, then any email without your code confirm fake
        the app say "account frozen, pay 20% tax to unlock" — that one 100% scam lah, don't pay anything more
        Lapor polis dulu, then bawa report pergi bank, dorang boleh cuba freeze akaun mule tu
    """),
    ("ms", "notis_dan_soalan"): _lines("""
        Orang ramai dinasihatkan supaya tidak melabur dalam skim pelaburan mata wang kripto yang menjanjikan pulangan tinggi dalam masa singkat.
        Hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997 dengan segera jika anda telah memindahkan wang kepada penipu.
        Bagaimana cara menukar nombor telefon yang didaftarkan pada akaun Luno saya?
        Suruhanjaya Sekuriti Malaysia mengingatkan bahawa hanya Pengendali Bursa Aset Digital (DAX) yang berdaftar dibenarkan beroperasi di Malaysia.
        Dokumen yang diperlukan untuk pengesahan akaun: MyKad (depan dan belakang), swafoto, dan bukti alamat yang tidak melebihi tiga bulan.
        Penipuan pemulihan dana: pihak yang mendakwa boleh mendapatkan semula wang anda dengan bayaran pendahuluan adalah penipu.
        Semak nombor akaun bank atau nombor telefon melalui portal Semak Mule sebelum membuat sebarang pemindahan wang.
        Pengeluaran MYR ke akaun bank diproses dalam tempoh 1 hari bekerja; permohonan selepas jam 4 petang diproses pada hari bekerja berikutnya.
        Modus operandi terkini: mangsa dihubungi melalui WhatsApp oleh individu yang menyamar sebagai wakil syarikat pelaburan dan diminta memuat turun aplikasi palsu.
        Templat laporan: Nama: ______ / No. K/P: ______ / Alamat: ______ / Butiran kejadian: ______
        Jumlah kerugian akibat penipuan pelaburan bagi tempoh Januari hingga Mac meningkat sebanyak 18 peratus berbanding tempoh yang sama tahun lalu.
        Akaun anda akan dibekukan sementara jika kami mengesan log masuk dari peranti atau lokasi yang tidak dikenali.
    """),
    ("zh-Hans", "公告与问答"): _lines("""
        温馨提示：本平台客服不会通过电话、WhatsApp或Telegram主动联系您，也不会要求您转账到"安全账户"。
        新加坡警方提醒：凡是保证每日收益、要求先缴"税费"才能提现的投资平台，均为诈骗。
        如何在App内绑定提币白名单地址？请前往"账户安全"→"提币地址管理"，新增地址后需等待24小时方可使用。
        USDT提币手续费调整：TRC20网络为1 USDT，ERC20网络为4.5 USDT，自2026年3月1日起生效。
        为什么我的身份认证一直显示"审核中"？一般在1至3个工作日内完成，节假日可能延长。
        反诈骗热线：新加坡请拨打1799，马来西亚请拨打997。
        追回资金诈骗警示：任何声称可以"黑客追回"被骗加密货币并要求预付费用的人，都是骗子。
        订单号 202603140088213 已完成，成交均价 97,450.20 USDT，手续费 0.1%。
        提币时请注意选择正确的网络，若将BEP20资产转入仅支持ERC20的地址，可能导致资产永久丢失。
        请确认银行账户户名与您实名认证的姓名完全一致，否则法币出金将被退回。
        近期有不法分子冒充"金管局官员"致电用户，声称账户涉嫌洗钱需配合调查，请勿理会。
        问：没有新加坡身份证可以注册吗？答：外籍人士可使用护照及有效准证（如EP、S Pass）完成认证。
    """),
    ("en", "crypto_news"): _lines("""
        Three Arrows Capital, co-founded by Su Zhu and Kyle Davies, was ordered into liquidation in 2022 after the collapse of Terra's UST stablecoin.
        MAS issued prohibition orders against Su Zhu and Kyle Davies in 2023, barring them from regulated capital markets activities in Singapore for nine years.
        Terraform Labs, the company co-founded by Do Kwon, was incorporated in Singapore before the TerraUSD collapse wiped out tens of billions of dollars in value.
        Former FTX chief executive Sam Bankman-Fried was convicted of fraud by a New York jury in November 2023.
        Binance founder Changpeng Zhao stepped down as chief executive in November 2023 as part of a settlement with US authorities.
        Malaysia's Securities Commission ordered Bybit and its chief executive Ben Zhou to stop operating an unregistered digital asset exchange in the country.
        Zipmex froze withdrawals in July 2022, citing market volatility and the financial difficulties of its business partners.
        Hodlnaut, a Singapore crypto lender, halted withdrawals in August 2022 and later applied for judicial management.
        Singapore recorded more than S$1.1 billion in scam losses in 2024, with investment scams among the costliest categories.
        The Payment Services Act 2019 requires digital payment token service providers in Singapore to be licensed by MAS.
    """),
    ("en", "ops_config"): _lines("""
        KYC_PROVIDER=onfido / KYC_WEBHOOK_TIMEOUT_MS=15000 / MAX_DAILY_FIAT_WITHDRAWAL_SGD=200000 / TRAVEL_RULE_THRESHOLD_SGD=1500
        regex for the NRIC format check: ^[STFGM]\\d{7}[A-Z]$ — validate the checksum separately before calling the screening API.
        SELECT ticket_id, status, created_at FROM support_tickets WHERE tag = 'recovery_scam' AND created_at >= '2026-01-01';
        Test card for sandbox payments: 4242 4242 4242 4242, any future expiry date, any 3-digit CVC.
        alert: wd_queue_depth > 500 for 10m on chain=TRON; runbook RB-114 (pause hot wallet auto-sweep, page on-call)
        {"event":"withdrawal.created","asset":"USDT","network":"TRC20","amount":"2500.00","status":"pending_review","rule":"new_address_24h"}
        Screening results: 0 true matches against the UN, OFAC SDN and MAS sanctions lists; 3 false positives auto-cleared on DOB mismatch.
        SWIFT codes for fiat rails: DBSSSGSG (DBS Singapore), OCBCSGSG (OCBC), MBBEMYKL (Maybank Malaysia), CIBBMYKL (CIMB Malaysia).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        KYC review | applicant: MUHAMMAD HAFIZ BIN ROSLI | MyKad 880412-14-5523 | DOB 12/04/1988 | result: REJECTED (selfie mismatch) | note: resubmit with clearer photo
        Hi, my name is Tan Wei Lun, NRIC S8534217G. I can't withdraw my SGD to DBS 027-8-314529, it keeps saying 'name mismatch' but the account is under my own name. Pls help.
        Police report statement: I, Kavitha d/o Raman (S7912356J), residing at Blk 412 Bedok North Ave 2 #08-117 Singapore 460412, wish to report that between 3 Jan and 28 Feb 2026 I transferred a total of S$86,400 to a platform called 'AXN Global' after being introduced to it by a woman on Instagram.
        Whitelist change | uid 20418873 | Chong Kah Wai | new address TPGJRWEV5EyZPfbv3fEn7s6Q1YP5GjTTsH added 2026-03-11 23:47 SGT from new device (IP Kuala Lumpur) | 24h lock applied; customer called at 00:12 saying he did not add it
        To anyone in the same situation: I am Desmond Pereira and I lost 2.4 BTC to a fake 'Bitget VIP' group in January. Please WhatsApp me at 9032 6614, we are gathering victims to go to the police together.
        EDD memo: customer Lim Mei Ling, 40, property agent, deposited S$640,000 over 5 days from three bank accounts; states the source is the sale of her HDB flat in Tampines. Escalate to MLRO.
        RECOVERY SCAM — posting for my dad Goh Chee Keong, 67, who paid another $12k to 'Asset Recovery Lawyers SG' after already losing $150k to a crypto scam last year. Please don't be like him.
        Chargeback: customer Siti Zubaidah binti Osman disputes 3 USDT purchases made with card 4147 0916 1195 5076, says her phone was stolen at Mid Valley on 9 March.
        Account takeover report: user leepuiyee.lpy@gmail.com (Leong Pui Yee) says her 2FA was reset without consent and 18,500 USDT was withdrawn to 0xe9cf84e20bf1109d94c2b84fb04e295ea504627b.
        Travel Rule beneficiary — Name: Rajesh Kumar a/l Subramaniam / Receiving VASP: Luno Malaysia / Address: No. 23, Jalan SS 2/55, 47300 Petaling Jaya, Selangor
        Just a heads up, my ex-colleague Aloysius Tay from the ops team got retrenched and is now the 'account manager' for that HYIP bot in the WhatsApp group. Don't trust him.
        If anyone wants to join our victims' support group, ping me on Telegram @nurulaina_k92, I lost RM38k to the same 'GoldTrade Asia' app.
        Compliance log 2026-02-19: STR filed on ZHANG HAO, PRC passport E78214593, EP holder FIN G5170384M; 14 cash-card deposits of S$9,500–S$9,900 each within 3 weeks (possible structuring).
        Please refund the S$150 duplicate deposit to Ms Vanessa Chua Hui Min, POSB savings 184-21937-6, ref her ticket from last Friday.
        Agent note: customer Mr Ng Boon Keat is warded at CGH after a stroke; his daughter will call to close the account and has been asked for the LPA documents.
        pls call me back at +65 8157 3920, I still cannot log in and all my money is inside
        The courier who collected S$30k in cash from my mother at Toa Payoh drove a white Vezel, plate SKV 4821 A — police already have the CCTV.
        kyc_id,full_name,id_no,dob,nationality,mobile / K-558102,PRIYA A/P MUNIANDY,010923-01-0844,2001-09-23,MY,+60 16-930 5127
        New account opened by CHAN Ka Ho, HKID K527814(7), living in Singapore on a Dependant's Pass; KYC passed with liveness score 0.97.
        Dear Sir/Madam, I, Clara Oliveiro (S6803929J), was deceived into transferring S$52,000 from my OCBC account 501-263487-001 to 'Kinetic Prime Trading' on 4 Feb 2026, and I request that you recall the transfer.
        Kenneth Yeo S9061442H - wd hold, STR pending
        Hi, I'm Harpreet Kaur d/o Gurdev Singh. My brother added me to an 'AI arbitrage' group and I've put in $7,800 so far; is the platform 'QuantAIX' registered with MAS?
        From: jonathan.desouza@outlook.com | Subject: Withdrawal stuck | my 0.35 BTC withdrawal to my Ledger has been pending for 3 days, pls check
        Please courier the replacement hardware wallet to Mr Alvin Koh, Blk 627 Jurong West St 65 #11-203 Singapore 640627, contact 9684 2317.
        Complainant: ONG JUN JIE JAVIER / NRIC: T0248815E / Age: 23 / Occupation: Student (NUS) / Loss: S$9,200 / Mode: romance-investment scam via dating app
        Mule account identified: AMIR HAKIM BIN SULAIMAN, Maybank 1640 2233 8174, received RM45,000 from 6 victims between 2 and 16 Feb; account frozen.
        Tq for the help yesterday. btw my IC no. is 830927-11-5093 in case you need it for the appeal.
        Incident INC-2611: a caller claiming to be Ms Joanne Sim Li Ting asked the agent to change her registered mobile from +65 9473 8820; agent refused per procedure and the real customer confirmed in-app she never called. Flag for ATO watch.
        Muthu s/o Ramasamy, 58, taxi driver, came to the branch with his son; he transferred his $96k CPF withdrawal into 'USDT trading' for a stranger he met on Facebook. Advised to lodge a police report.
    """),
    "mixed": _lines("""
        bro my uncle Ah Seng, the one selling kopi at Ghim Moh market, also kena that crypto scam, lose like 40k, now dunno how to tell auntie
        Wei Lun, return me the RM2k you borrow to "buy the dip" lah, bank in to my CIMB 8603441729, don't act blur
        Sis, saya Nurul, 011-2847 5560, kalau ada sesiapa kena scam dengan 'Mega FX Asia' jugak, whatsapp saya, kita buat report sama-sama
        我老公 Kelvin Tan Boon Hock 把我们的 saving 全部 put into that app, 现在 withdraw 不到, 他 still think it's real 😩
        Boss, customer Lee Jia Hui call again la, she say the RM3,200 withdrawal to Public Bank still tak masuk, IC 990506-14-6032, pls check urgent
        Ngau anak Jimbun dari Miri, IC 690830-13-5109, dah transfer RM60k kat 'Dato' palsu dalam FB, anak dia minta tolong guide buat report
        my grandma's neighbour Mdm Fatimah, the one staying at Blk 55 Marine Terrace 10th floor, also got the "MAS officer" call and transferred 20k, so sad
        ok my details for the group claim: Juliana Gimbang, 950218-12-5962, Kota Kinabalu, lost RM14,700 to "CryptoMax 88"
    """),
    "ms": _lines("""
        Saya, NURUL AINA BINTI KAMARUDIN (No. K/P: 920715-10-6248), beralamat di No. 8, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor, ingin melaporkan bahawa saya telah ditipu sebanyak RM38,000 melalui aplikasi pelaburan kripto 'GoldTrade Asia'.
        Encik Wan Ahmad Zulkifli bin Wan Hamzah, akaun anda telah disahkan. Had pengeluaran harian anda kini RM50,000.
        Pemohon: SITI ZUBAIDAH BINTI OSMAN | No. MyKad: 970104-06-5418 | Pekerjaan: Jururawat | Status KYC: Ditolak — gambar MyKad kabur
        Assalamualaikum tuan, nama saya Mohd Faizal bin Abdul Rahman, no tel 019-448 2176. Akaun Luno saya dibekukan sejak 2 minggu lepas, mohon bantuan.
        Untuk makluman, mangsa Encik Rajesh Kumar a/l Subramaniam (750302-07-5131) dari Bukit Mertajam telah membuat laporan polis berhubung kerugian RM112,000.
        Pindahan balik dana kepada Puan Halimah binti Yusof, akaun Maybank 5621 4470 3318, jumlah RM2,450.00 — bayaran deposit pendua.
        Anak saudara saya, Danial Haikal bin Azman, pelajar UiTM Shah Alam, telah dijadikan akaun keldai oleh sindiket penipuan kripto tanpa dia sedar.
    """),
    "zh-Hans": _lines("""
        本人陈志鹏，身份证号350583198804123175，在新加坡工作，2026年2月在"币盈国际"平台被骗USDT共计4.6万枚，现申请协助冻结相关地址。
        客户黄思颖（身份证440304199307250464，手机13950472281）反映提币地址被篡改，需要紧急冻结账户。
        群里那个叫"阿杰"的，全名李俊杰，住在Woodlands那边，专门拉人进假交易所，大家小心。
        我妈妈周美玲今年62岁，上个月被假冒"金管局"的人骗走了18万新币，现在整天睡不着。
        出金申请：户名 吴家豪，星展银行账户 072-1-485963，金额 S$25,000，备注：卖出0.25 BTC。
    """),
    "zh-Hant": _lines("""
        林郁婷（身分證字號 F226834175，手機 0912-483-276）在新加坡交易所開戶，KYC 需補件：住址證明。
        我叫黃子軒，香港人，手機 6283 1174，喺馬來西亞俾假冒交易所客服呃咗 HK$80,000，想問可以去邊度報案？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer support assistant of a Singapore-licensed crypto exchange.",
        ),
        (
            "user",
            "Hi, my withdrawal is stuck. My name is Kenneth Lau, account email kenlau.sg@gmail.com",
        ),
        (
            "assistant",
            "Sorry about the delay, Kenneth. Could you tell me the asset, amount and the time you submitted the withdrawal?",
        ),
        ("user", "0.5 ETH to my Ledger, submitted yesterday around 3pm, still shows processing"),
    ],
    [
        (
            "user",
            "Can you help me write a police report in proper English? I kena investment scam.",
        ),
        (
            "assistant",
            "Of course. Please share your full name, IC number, contact number and what happened, with dates and amounts.",
        ),
        (
            "user",
            "Farah binti Ismail, IC 030215-10-0726, phone 017-265 8034. I transferred RM9,500 in three times to 'Nexa Crypto' from 5 to 19 March after a Telegram mentor promised 30% return.",
        ),
    ],
    [
        (
            "user",
            "Someone emailed me saying he is a lawyer from a 'Global Asset Recovery Bureau' and can get back the $45k I lost, but I must pay $3,000 first. Legit?",
        ),
        (
            "assistant",
            "This is a classic recovery scam. Genuine recovery is done through the police and your bank, never for an upfront fee. Please do not pay.",
        ),
        (
            "user",
            "ok thanks. can you draft a reply to the bank then? I'm Benjamin Teo Kok Leong, NRIC S8846215G, UOB account 387-312-694-1, the first scam transfer was on 12 Jan.",
        ),
    ],
    [
        ("user", "why my KYC keep fail one? I upload already 3 times"),
        (
            "assistant",
            "Common causes are glare on the card, cropped corners or a name mismatch. Which document did you use?",
        ),
        (
            "user",
            "my pink IC, T0371164H, name on it is Nur Syafiqah binti Roslan but I typed Nur Syafiqah Roslan in the form",
        ),
        (
            "assistant",
            "That is likely the cause. Please enter the name exactly as printed, including 'binti', and resubmit.",
        ),
    ],
    [
        ("system", "You help families report investment scams in Singapore."),
        (
            "user",
            "My father Lawrence Ng Keng Hwa is 74 and has dementia. Someone on Facebook convinced him to buy USDT and send it away, around $60k from his OCBC.",
        ),
        (
            "assistant",
            "I'm sorry. Do you hold a Lasting Power of Attorney for him? It will help when dealing with the bank.",
        ),
        ("user", "yes I'm the donee, my number is 9236 5107 if the bank needs to call"),
    ],
    [
        (
            "user",
            "Saya nak tanya, macam mana nak tuntut balik duit yang kena tipu dalam aplikasi kripto?",
        ),
        (
            "assistant",
            "Langkah pertama ialah menghubungi NSRC di 997 dan membuat laporan polis. Boleh kongsikan butiran transaksi?",
        ),
        (
            "user",
            "Nama saya Kamal bin Hashim, akaun Bank Islam saya 12043019876532, saya transfer RM21,000 ke akaun keldai pada 7 Februari.",
        ),
    ],
    [
        ("user", "帮我写一封邮件给交易所客服，说我的账户被冻结了"),
        ("assistant", "好的，请提供您的注册邮箱、账户UID以及冻结的大概时间。"),
        (
            "user",
            "注册邮箱是 mengqi.xu0921@163.com，我叫徐梦琪，3月2号开始冻结的，里面还有8,000 USDT",
        ),
    ],
    [
        (
            "user",
            "there are 3 card charges on my statement I didn't make, all to a crypto exchange",
        ),
        (
            "assistant",
            "Please block the card through your bank app first, then I can help you prepare a dispute.",
        ),
        (
            "user",
            "done. card is 5243 5363 4460 5489, name Priscilla Fernandez, charges were S$980, S$1,450 and S$2,000 on 22 Feb",
        ),
    ],
    [
        ("user", "Please draft a letter asking the exchange to unfreeze my account, formal tone"),
        (
            "assistant",
            "Sure. I'll need your full name, IC number, address and the account reference.",
        ),
        (
            "user",
            "Chong Kah Wai, 850611-08-5377, 41 Jalan Bendahara, 31650 Ipoh, Perak. account frozen since 1 March after a deposit from my brother's account.",
        ),
    ],
    [
        (
            "user",
            "Is it illegal if my friend lets people use his bank account for crypto payments?",
        ),
        (
            "assistant",
            "It can be. Allowing others to use your account to move funds may make you a money mule, which is an offence.",
        ),
        (
            "user",
            "He's Marcus Lim, 19, doing his diploma at Ngee Ann Poly, and he's been getting $200 per transfer from a Telegram guy since December. I'm worried for him.",
        ),
    ],
]
