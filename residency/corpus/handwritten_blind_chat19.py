"""Blind check set chat19: Singapore and Malaysia personal finance and insurance chats (CPF, EPF/KWSP, IRAS, LHDN, claims, loans, card debt, scams) in English, Singlish and Bahasa Melayu. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat19
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "CPF and EPF rules"): _lines("""
        From age 55 you can withdraw up to $5,000 from your CPF savings, plus any amount above your Full Retirement Sum.
        For 2025 the Basic Retirement Sum is $106,500, the Full Retirement Sum $213,000 and the Enhanced Retirement Sum $426,000.
        Employees aged 55 and below earning more than $750 a month contribute 20% of wages and employers 17%, up to the Ordinary Wage ceiling of $7,400.
        CPF LIFE payouts start at your payout eligibility age, which is 65 for members born in 1960 or later.
        The Enhanced CPF Housing Grant gives first-timer families up to $120,000 based on average gross monthly household income.
        Since 11 May 2024 new EPF contributions are split 75% into Akaun Persaraan, 15% into Akaun Sejahtera and 10% into Akaun Fleksibel.
        EPF members may withdraw from Akaun Sejahtera for housing, education, medical treatment and Hajj.
        OA interest is 2.5% a year; SA, MA and RA savings earn at least 4%, and the first $60,000 of combined balances gets an extra 1%.
        MediSave can be used for Integrated Shield Plan premiums subject to the Additional Withdrawal Limits of $300 to $900 per insured per year.
        CPF Board will never ask you for your Singpass password or one-time password over the phone.
        Self-employed persons with annual net trade income above $6,000 must make MediSave contributions.
        CPF Education Scheme: you can use OA savings to pay tuition fees for yourself, your children or your spouse at approved local institutions.
        Q: Can I close my EPF account when I leave Malaysia for good? A: Yes, non-citizens and citizens emigrating can apply for the Leaving the Country withdrawal.
    """),
    ("en", "insurance templates and wording"): _lines("""
        Dear {policyholder_name}, we have received your claim {claim_id} dated {claim_date}. Our claims team will update you within 14 working days.
        Section A - Particulars of Life Assured: Full name (as in NRIC/Passport): ______________  NRIC/FIN No.: ______________  Policy No.: ______________
        Hi <NAME>, your Integrated Shield Plan premium of $<AMOUNT> will be deducted from MediSave on <DATE>. Reply STOP to opt out.
        Documents required: original itemised hospital bill, discharge summary, Attending Physician's Statement and a copy of the claimant's identity card (front and back).
        No benefit is payable for a critical illness diagnosed within 90 days of the cover start date or the date of last reinstatement.
        Exclusions: pre-existing conditions, self-inflicted injury, war, participation in a criminal act, and HIV/AIDS except when acquired through blood transfusion.
        Illustration: Sarah, 35, non-smoker, buys a 20-year term plan with a $500,000 sum assured for about $42 a month.
        Free-look period: you may cancel this policy within 14 days of receiving the policy documents and receive a refund of premiums paid, less medical fees.
        {"policy_no": "<POLICY_NO>", "insured_id": "<MASKED_ID>", "sum_assured": 0, "status": "INFORCE"}
        Co-payment: riders bought from 1 April 2019 must include at least 5% co-payment, capped at $3,000 per policy year.
        Grace period: premiums not paid within 30 days after the due date will cause the policy to lapse.
        Letter of Guarantee (LOG) will be issued to panel hospitals directly; no upfront deposit is required for eligible admissions.
    """),
    ("en-SG", "forum posts"): _lines("""
        Eh anyone know can use CPF OA to buy resale flat with 55 years lease left or not? Agent say pro-rated, blur sia
        Just kena retrenched lor, below 55 can withdraw CPF anot? Think cannot right
        Bro my IP premium go up again this year, AIA or Prudential better ah? Both also siao price
        Wah IRAS NOA come out liao, tax payable $2.3k, can GIRO 12 months one right?
        Sibei sian, credit card roll over until 26.9% p.a. leh, anyone tried DMP with CCS before?
        OCBC 360 still worth it or not? Salary credit bonus drop already right
        My uncle say buy ILP confirm huat, I think he kena sold by agent liao
        SRS top up before 31 Dec can get tax relief up to $15,300 for citizen right?
        Who got do CPF top up for parents? The $8k relief is per year or per parent ah
        Lol scammer call me "Mr Tan" then ask for my OTP, I not even Mr Tan one
        POSB branch at Tampines Hub queue until 45 min sia, better use digibank lah
        Rent $3.8k for 3-room in Tampines now, buy BTO better or continue rent, pls advise
        Can someone explain why my AWS also kena CPF one? Thought bonus only
    """),
    ("ms", "panduan KWSP dan LHDN"): _lines("""
        Pengeluaran Umur 55 Tahun: ahli boleh mengeluarkan sebahagian atau semua simpanan dalam Akaun Persaraan dan Akaun Sejahtera.
        Tarikh akhir penghantaran Borang BE ialah 30 April; melalui e-Filing dilanjutkan hingga 15 Mei.
        Pelepasan cukai gaya hidup sehingga RM2,500 meliputi pembelian buku, komputer, telefon pintar dan langganan internet.
        Pelepasan individu dan saudara tanggungan ialah RM9,000 bagi setiap pembayar cukai pemastautin.
        Caruman majikan 13% bagi pekerja bergaji RM5,000 ke bawah dan 12% bagi gaji melebihi RM5,000; caruman pekerja 11%.
        Semakan baki boleh dibuat melalui aplikasi KWSP i-Akaun atau kiosk di mana-mana cawangan KWSP.
        HASiL tidak akan meminta kata laluan perbankan atau TAC melalui panggilan telefon, SMS atau WhatsApp.
        Templat: Saya, [NAMA PENUH], No. K/P [XXXXXX-XX-XXXX], dengan ini memohon pengeluaran simpanan Akaun Sejahtera bagi tujuan [TUJUAN].
        Kadar dividen KWSP 2024 ialah 6.30% bagi simpanan konvensional dan 6.30% bagi simpanan syariah.
        Kaunter LHDN Cawangan Jalan Duta terletak di Kompleks Kerajaan, Jalan Tuanku Abdul Halim, 50600 Kuala Lumpur.
        Hospital Tengku Ampuan Rahimah Klang menerima surat jaminan (GL) daripada syarikat insurans dan takaful panel.
        Kaedah 50/30/20: 50% untuk keperluan, 30% untuk kehendak dan 20% untuk simpanan serta bayar hutang.
        Bayaran ansuran cukai boleh dibuat melalui ByrHASiL menggunakan FPX, kad kredit atau kad debit.
    """),
    ("ms", "sembang tanpa data peribadi"): _lines("""
        Korang, KWSP akaun 3 tu boleh keluar bila-bila masa ke? Min RM50 kan?
        Aku baru habis bayar PTPTN, lega gila weh
        Sapa pernah claim takaful sebab denggi? Lama tak proses dia?
        Geng, scam "parcel tersangkut kastam" tu makin banyak, jangan layan ye
        Nak tanya, gaji bawah RM3k kena isi e-Filing jugak ke?
        Kad kredit minimum payment 5% tu betul ke, atau ikut bank?
        Insurans kereta naik lagi tahun ni, NCD aku dah 55% pun mahal
        Baru sign loan rumah 35 tahun, rasa macam nak pengsan tengok jadual bayaran
    """),
    ("en", "scam alerts and hotlines"): _lines("""
        If you suspect a scam, call the ScamShield Helpline at 1799 or check scamshield.gov.sg before you act.
        Malaysia: call the National Scam Response Centre at 997 immediately if money has been transferred to a scammer.
        Check the MAS Investor Alert List before transferring money to any trading platform you found on social media.
        Red flag: a lookalike trading app shared on WhatsApp promising 30% monthly returns and asking you to pay into a personal account.
        Phishing SMS sample: "DBS: Your account has been suspended. Verify at dbs-sg-verify[.]com within 24h." Do not click.
        Scammers posing as Bank Negara officers often use names like "Inspector Lim" or "Puan Aida" and ask for your TAC.
        Deepfake videos of Prime Minister Lawrence Wong promoting crypto schemes are fake and have been flagged by the government.
        Singapore Police Force hotline: 1800-255-0000. For emergencies, dial 999.
        AKPK offers free financial counselling and debt management; call 1-800-22-2575.
        Scam victims in Singapore reported losses of more than S$1.1 billion in 2024.
        Never install APK files sent by strangers; malware can read your banking SMS OTPs.
        BNMTELELINK: 1-300-88-5465, Monday to Friday, 9.00 am to 5.00 pm.
    """),
    ("en", "public figures and named places"): _lines("""
        Prime Minister and Finance Minister Lawrence Wong delivered Budget 2025 on 18 February 2025, announcing SG60 vouchers for adult citizens.
        Finance Minister Datuk Seri Anwar Ibrahim tabled Budget 2025 in the Dewan Rakyat on 18 October 2024.
        Day surgery claims at Tan Tock Seng Hospital, Khoo Teck Puat Hospital and Ng Teng Fong General Hospital are filed electronically by the hospital.
        Sir Stamford Raffles landed in Singapore in 1819; today Raffles Place is home to UOB Plaza and several bank headquarters.
        Tun Razak Exchange in Kuala Lumpur houses the headquarters of HSBC Malaysia and the Exchange 106 tower.
        Tan Sri Zeti Akhtar Aziz served as Governor of Bank Negara Malaysia from 2000 to 2016.
        Ravi Menon, managing director of MAS until 2023, warned repeatedly against retail crypto speculation.
        Tan Kin Lian, former chief executive of NTUC Income, contested the 2023 presidential election.
        Tharman Shanmugaratnam was sworn in as Singapore's ninth President on 14 September 2023.
        Phua Chu Kang would tell you: "Don't pray pray, buy hospital insurance early!"
        Warren Buffett's "Rule No. 1: never lose money" appears in almost every budgeting seminar slide deck.
        The Lee Kong Chian Reference Library on Victoria Street keeps back issues of the Straits Times Budget supplements.
    """),
    ("en", "system logs and records"): _lines("""
        2025-11-28T09:14:03+08:00 INFO claim-svc POST /v2/claims 201 claim_id=CLM-SG-20251128-004417 latency=182ms
        Invoice INV-2025-0918: financial advisory fee S$450.00, GST 9% S$40.50, total S$490.50
        KWSP i-Akaun 3.14.0 (build 20250301) - fixes crash when downloading Penyata Ahli on Android 14
        sha256 2d66c4e3e23ee19c3ffb67b6622404793d1e10d1bb192b59576523186cfb6c6b  kwsp-i-akaun-3.14.0.apk
        Tracking no. RR204881632SG - SingPost registered article - Delivered 03/12/2025 14:22
        Order #MY-889204 | Takaful term rider | RM38.50/month | iPay88 TXN 1874429015 | SUCCESS
        HTTP 429 Too Many Requests - retry after 30s (GET /api/v1/taxbills?ya=2025)
        Cron job epf_dividend_recalc finished 2025-03-01 02:00:17 MYT; 16,204,881 accounts processed, 0 errors
        Sandbox: use test card 4111 1111 1111 1111 with any future expiry and CVV 123.
        ValidationError E1042: NRIC format invalid (expected ^[STFGM]\\d{7}[A-Z]$)
        MCC 6300 Insurance Sales, Underwriting and Premiums - interchange 1.20% + S$0.10
        commit 1d345ce643c342e360c0d34812ffb1457b85b921 "bump cpf-calc to 2.8.1: FRS 2026 = $220,400"
    """),
    ("en", "data handling guidance"): _lines("""
        Mask NRIC numbers to the last four characters (for example S****567D) before storing chat transcripts.
        Under the PDPA advisory guidelines, organisations should not collect full NRIC numbers unless required by law or necessary to verify identity to a high degree of fidelity.
        def mask_mykad(ic: str) -> str: return ic[:6] + "-**-****"
        Retention: claim documents are deleted seven years after policy termination unless a dispute is pending.
        The Malaysian PDPA 2010 sets out seven principles: general, notice and choice, disclosure, security, retention, data integrity and access.
        Never paste a customer's bank statement into a public AI tool; redact account numbers, names and addresses first.
        Support agents must verify callers with two of: policy number, date of birth, registered mobile number.
        Breach notification: notify the PDPC within 3 calendar days of assessing that a data breach is notifiable.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Claimant: Mdm Goh Siew Lan, NRIC S1745982A, admitted to Changi General Hospital on 03/11/2025 for a hip fracture; IP policy no. 0073-5518-2264.
        Please update the CPF nomination for member S7622420Z: new nominee is her daughter Tan Hui Min, 100% share.
        Hi, this is Rajesh Kumar s/o Muniandy, my DBS home loan (acc 027-915478-3) is 3 months in arrears after my pay was cut to $3,900, can I restructure?
        Lee Wei Jie's Citi Rewards card 4563 4412 4017 8423 was used for six unauthorised transactions totalling S$8,940 on 2 Dec.
        For the claim: my husband Ahmad Faizal bin Roslan, MyKad 850412-14-5523, was diagnosed with stage 3 colorectal cancer at Hospital Kuala Lumpur in September.
        Account holder: NG KAH HENG, POSB Savings ending 8391-6, DOB 14/03/1987, Blk 417 Bedok North Ave 2 #08-113 S460417
        Send the NOA to jasmine.teo.87@gmail.com, she filed for YA2025 under S8734512B, assessable income $84,200.
        Chong Mei Ling, 41, a former insurance agent from Yishun, was charged on Tuesday with cheating 14 clients of $312,000.
        FIN G8558726P, Nguyen Thi Hoa, helper employed by the Lim family at 12 Jalan Kembangan, needs her MOM medical insurance renewed before 1 Jan.
        Payslip Nov 2025 - Muhammad Hafiz bin Ismail, EPF no. 17745203, basic RM4,850.00, EPF RM534.00, SOCSO RM24.75, EIS RM9.70, net RM4,281.55
        Agent note: client Serena Wong (PRUShield policy 72103648) declared major depressive disorder since 2021, on sertraline 100mg; +50% loading on CI rider.
        TT form: beneficiary KHOR BOON SENG, passport K4419820P, Maybank a/c 164210883507, purpose: repayment of personal loan.
        Aunty Rosnah (+60 19-667 2035) is the one whose KWSP was drained by the fake Bursa investment group, she lost RM68,000.
    """),
    "en-SG": _lines("""
        My mum Lim Ah Moi S1502377E want to withdraw her CPF $5k, she cannot go down herself, can I go on her behalf?
        Sorry to ask, my dad Chua Teck Soon 67 yrs old stroke last month at NTFGH, his NRIC S0874219G, can claim CareShield or ElderShield?
        Wah my OA left $1,283 only after paying for the Punggol BTO, Blk 682C Punggol Drive #12-45, means no money for reno liao - Darren Yeo
        Help lah, I Kelvin Tay, owe UOB One card $14,600 plus DBS Live Fresh $7,200, pay minimum only, salary $3.2k, how to settle?
        pls paynow me at 8236 1970 (Jolene Koh) for your share of the travel insurance, $186.40 ok
        Ah Seng staying Blk 54 Lengkok Bahru #05-221 borrow from ah long liao, now they paint his door red
        My helper Siti Aminah FIN F6235751R I pay her $750 cash every month, need to declare for tax anot?
        the agent sold my grandma Mdm Ong Bee Hwa ILP at 84 yrs old, her POSB 172-48391-6 kena debit $500 every month!!
        the claim for my son Ethan Lau (T1934572B) dengue 4 days at KKH kena rejected, policy IP-4482-0917, he only 6 leh
        Anyone know this insurance agent Benedict Sim? My wife Priya Nair T0312876D kena call from him asking for her Singpass
    """),
    "ms": _lines("""
        Saya Nurul Izzah binti Kamarudin, No. K/P 920718-10-6248, ingin memohon pengeluaran Akaun Sejahtera untuk rawatan IVF di Hospital Pakar Damansara.
        Nama: Tan Chee Keong | No. Cukai Pendapatan: IG 21458736090 | Pendapatan bercukai 2024: RM96,450 | Baki cukai tertunggak: RM3,118.20
        Kak, gaji saya RM2,800 je, hutang PTPTN RM18k, kad kredit CIMB 5523 0916 8525 2021 dah lewat 2 bulan - Farah Aqilah, 016-552 0913
        Suami saya Mohd Azlan bin Hashim meninggal dunia 12/10/2025, no. ahli KWSP 19384721, saya isteri dan penama nak tuntut pengeluaran kematian.
        Alamat surat-menyurat: No. 23, Jalan SS 2/64, 47300 Petaling Jaya. Penerima: Encik Wong Kar Weng, polisi Etiqa P0019328847 (tuntutan kemalangan WXY 4821).
        Makcik saya Zaleha binti Omar (640817-08-5216) kena tipu pegawai Bank Negara palsu, RM42,000 dipindah ke akaun CIMB 7012445589.
        Ayah saya Shaharuddin bin Yusof ada sakit buah pinggang tahap 5, dialisis 3 kali seminggu di Hospital Sultanah Aminah, nak claim AIA polisi U41922874.
        Gaji Kamal Ariffin bulan Nov: RM6,200, PCB RM312.50, KWSP RM682 - jangan forward kat group ya
        Tolong tukar alamat: Siti Norhaliza binti Abd Rahman, B-12-3A Pangsapuri Seri Mutiara, Jalan Kuchai Lama, 58200 Kuala Lumpur, tel 011-2389 7741
        Mahkamah Sesyen Shah Alam: Lim Poh Chin, 38, suri rumah dari Klang, didakwa menipu 9 peserta skim pelaburan emas berjumlah RM1.2 juta.
        Pemilik akaun: NORAINI BINTI SALLEH, K/P 950822-13-****, Kuching - pinjaman peribadi RM30,000 gagal bayar sejak Jun.
        Anak saya Aiman (7 tahun, MyKid 180305-01-0871) ada asma teruk, nak tambah dia dalam takaful keluarga saya.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi can i withdraw my cpf now, i just turn 55 last week"),
        (
            "assistant",
            "Yes, from 55 you can withdraw up to $5,000 plus any savings above your Full Retirement Sum. You can apply on the CPF website with Singpass.",
        ),
        ("user", "ok my nric is S7119264D, can u check how much i can take out"),
        (
            "assistant",
            "I can't access CPF accounts. Please log in to my cpf digital services to see your withdrawable amount.",
        ),
    ],
    [
        (
            "system",
            "You are a claims assistant for Lumen Assurance. Customer on this session: Mr Low Jun Kai, NRIC S8011923B, policy LA-2291-0457 (Term Life + CI). Open claim: CI - heart attack, admitted NUH 21/10/2025.",
        ),
        ("user", "Hello, any update on my claim?"),
        (
            "assistant",
            "Your claim is with our medical underwriter. We are waiting for the Attending Physician's Statement from the hospital.",
        ),
        ("user", "ok thanks"),
    ],
    [
        (
            "user",
            "Assalamualaikum, akaun i-Akaun saya kena kunci lepas salah masuk kata laluan 3 kali",
        ),
        (
            "assistant",
            "Waalaikumussalam. Anda boleh set semula kata laluan melalui aplikasi KWSP i-Akaun menggunakan pengesahan biometrik atau hadir ke cawangan.",
        ),
        ("user", "tak boleh, nombor telefon lama dah tak aktif. No IC saya 780203-07-5111"),
        ("user", "nama Ramli bin Che Mat, nombor baru 019-432 8816"),
        (
            "assistant",
            "Untuk menukar nombor telefon, sila bawa MyKad ke cawangan KWSP berhampiran. Kami tidak boleh mengubahnya melalui sembang ini.",
        ),
    ],
    [
        ("user", "I think I got scammed. Joined a Telegram group for 'Tiger Elite VIP' stock tips"),
        (
            "assistant",
            "I'm sorry. Did you transfer money to anyone? If so, call your bank and the police immediately.",
        ),
        (
            "user",
            "Yes 4 transfers from my OCBC 687-203915-001 to some Hong Kong account, total SGD 46,500. My name is Foo Siew Ping, I'm 58",
        ),
        ("user", "that was basically all my retirement money besides CPF"),
        (
            "assistant",
            "Please call OCBC's 24-hour hotline to freeze your account, then file a report at police.gov.sg or the ScamShield Helpline 1799.",
        ),
    ],
    [
        ("user", "can help me make budget or not, every month sure broke one"),
        ("assistant", "Sure. What is your take-home pay and your fixed monthly expenses?"),
        (
            "user",
            "take home $3,450. rent room $900, phone $38, parents $400, car loan $612, cc min payment around $350",
        ),
        (
            "assistant",
            "That leaves about $1,150 for food, transport and savings. Do you have any other debts?",
        ),
        (
            "user",
            "got lah, personal loan from Standard Chartered $12k. ok my name Hafiz Rahman, work as security supervisor at Certis Jurong Point",
        ),
    ],
    [
        ("user", "Bila refund cukai LHDN masuk? Saya dah hantar BE bulan April"),
        (
            "assistant",
            "Bayaran balik biasanya diproses dalam 30 hari bekerja selepas borang e-Filing diterima, jika maklumat akaun bank anda betul.",
        ),
        (
            "user",
            "Saya Lee Mei Fong, no cukai IG 10928374050, refund RM1,284.60 sepatutnya masuk akaun Public Bank 3192817405",
        ),
        (
            "assistant",
            "Anda boleh semak status di MyTax > Status Bayaran Balik atau hubungi HASiL Care Line.",
        ),
    ],
    [
        ("user", "Thinking to refinance my HDB loan to bank loan, worth it?"),
        (
            "assistant",
            "It depends on the current bank rates versus the HDB concessionary rate of 2.6% and your remaining tenure. Once you switch to a bank loan you cannot go back to HDB.",
        ),
        (
            "user",
            "outstanding $318k, 22 years left, Blk 305 Tampines St 32 #09-117. Me and my wife Cheryl Ng both co-owners, combined income $11.4k",
        ),
        ("user", "I'm Jonathan Yap btw"),
        (
            "assistant",
            "With that income, several banks would likely approve. Compare the lock-in periods and legal subsidies.",
        ),
    ],
    [
        ("user", "please confirm you updated my correspondence address"),
        (
            "assistant",
            "Done. I have updated the mailing address for Mr Balakrishnan a/l Subramaniam (policy GE-0882-1746) to No. 8, Jalan Tun Sambanthan 3, 50470 Kuala Lumpur, effective from the next statement.",
        ),
        ("user", "thank you"),
    ],
    [
        ("user", "bapak saya kena heart attack semalam, masuk IJN. Dia ada takaful"),
        (
            "assistant",
            "Semoga cepat sembuh. Adakah pelan takaful itu pelan perubatan dengan kad perubatan?",
        ),
        (
            "user",
            "ya, kad medical Takaful Ikhlas. nama dia Haji Mokhtar bin Abdullah, IC 590621-03-5087, no sijil T2019-338104",
        ),
        (
            "assistant",
            "IJN ialah hospital panel bagi kebanyakan pengendali takaful. Minta pihak hospital memohon surat jaminan (GL) terus kepada pengendali.",
        ),
        ("user", "ok, saya anak dia, Nadia, 013-288 5170 kalau perlu contact"),
    ],
    [
        ("user", "hi my son hospitalised 4 days for dengue at Mount Alvernia, IP claim how long?"),
        (
            "assistant",
            "For Integrated Shield claims, private hospitals usually submit e-claims within a few weeks of discharge.",
        ),
        ("user", "his name Lucas Tan Jia Le, birth cert T1807733C, he is on my Great Eastern plan"),
        ("user", "my number 9785 0362 if the agent needs"),
    ],
    [
        (
            "user",
            "I'm 29, staff nurse at Sengkang General, earn $4,100. Want to start investing but no idea",
        ),
        (
            "assistant",
            "A common order is: emergency fund of 3-6 months of expenses, adequate insurance, then regular investing in low-cost diversified funds.",
        ),
        (
            "user",
            "I'm Grace Lim Xin Yi by the way. Got $9k savings but still paying my mum's hospital bill, she has breast cancer stage 2",
        ),
        (
            "assistant",
            "I'm sorry about your mother. It may make sense to keep more in cash until her treatment costs are clearer.",
        ),
    ],
    [
        ("user", "tadi ada orang call kata dari Mahkamah Kuala Lumpur, saya ada saman tertunggak"),
        (
            "assistant",
            "Itu modus penipuan biasa. Mahkamah tidak menghubungi orang ramai melalui panggilan telefon untuk meminta bayaran.",
        ),
        ("user", "alamak saya dah bagi IC 871109-14-6022 dan nama penuh Suraya binti Ahmad Nizam"),
        ("user", "dia minta nombor akaun Maybank saya 514223018466 jugak, saya dah bagi"),
        (
            "assistant",
            "Sila hubungi Maybank segera untuk membekukan akaun dan telefon NSRC di 997. Jangan beri TAC kepada sesiapa.",
        ),
    ],
    [
        ("user", "I need help filling the health declaration for a new life policy"),
        ("assistant", "Sure. What would you like to declare?"),
        (
            "user",
            "Name Victor Leong Kah Wai, DOB 07/04/1979. Type 2 diabetes since 2019, HbA1c 7.8 last month, on metformin 1g twice daily",
        ),
        (
            "assistant",
            "Please declare all of that accurately, including the latest HbA1c. Non-disclosure can lead to a claim being rejected.",
        ),
    ],
    [
        ("user", "alamak i paynow wrong number, $1,200 gone to some stranger"),
        (
            "assistant",
            "Contact your bank immediately and request a recall. Banks can reach out to the recipient but cannot force a reversal.",
        ),
        ("user", "my number is 9061 4428, suppose to send 9061 4482 my landlord Mr Selvam"),
        ("user", "i'm Aisyah, POSB acc 215-77193-0"),
    ],
    [
        ("user", "Can I use EPF Akaun 2 for my daughter's degree at Monash Malaysia?"),
        (
            "assistant",
            "Yes, the education withdrawal covers diploma, degree and postgraduate fees at approved local and overseas institutions.",
        ),
        (
            "user",
            "Great. She is Chloe Ong Hui Xin, MyKad 060114-10-0342, starting Bachelor of Actuarial Science Feb 2026, fees RM46,800 per year",
        ),
        (
            "assistant",
            "You can submit the application online through KWSP i-Akaun with the offer letter and fee statement.",
        ),
    ],
    [
        ("user", "Saya dan bekas suami ada pinjaman rumah bersama, sekarang dah cerai"),
        (
            "assistant",
            "Kebiasaannya perlu ada perintah mahkamah atau persetujuan bank untuk mengeluarkan nama seorang peminjam.",
        ),
        (
            "user",
            "Kes kami di Mahkamah Tinggi Syariah Shah Alam, bekas suami Rizal bin Hamdan tak bayar ansuran sejak Mac. No akaun pinjaman RHB 2-14881920-07",
        ),
        ("user", "Baki RM287,000, saya Norazlina, gaji RM5,100, tak mampu sorang"),
        (
            "assistant",
            "Anda boleh berbincang dengan RHB untuk penstrukturan semula, dan AKPK boleh membantu secara percuma.",
        ),
    ],
    [
        ("user", "my card number is 5420 7185"),
        ("user", "6762 6005"),
        ("assistant", "Please don't share full card numbers here. What's the issue with the card?"),
        (
            "user",
            "got charged twice for my Manulife premium $412.80. Name on card ALVIN GOH TECK MENG, exp 08/28",
        ),
    ],
    [
        ("user", "does the employer have to buy medical insurance for work permit holders?"),
        (
            "assistant",
            "Yes. Employers must buy medical insurance with at least $60,000 annual coverage for inpatient care and day surgery for each migrant worker.",
        ),
        (
            "user",
            "ok for our worker MD Rashedul Islam, FIN G5520913N, from Bangladesh, broke his leg at site in Tuas last week, surgery at NTFGH $18,700",
        ),
        (
            "assistant",
            "The work injury may also be claimable under WICA. Please report the accident to MOM within 10 days.",
        ),
    ],
    [
        ("user", "IRAS say I under-declare income, want to appeal"),
        (
            "assistant",
            "You can file an objection within 30 days of the date of the Notice of Assessment through myTax Portal.",
        ),
        (
            "user",
            "my rental income from Blk 12 Toa Payoh Lor 7 #04-88 they count $28,800 but I rent out only 10 mths leh, $24k only. NRIC S7348826E",
        ),
        (
            "assistant",
            "Include the tenancy agreement and bank records showing the rent received in your objection.",
        ),
    ],
    [
        ("user", "Nak tanya pasal AKPK, boleh ke masuk DMP kalau ada 4 kad kredit?"),
        (
            "assistant",
            "Boleh. AKPK akan menilai pendapatan dan perbelanjaan anda, kemudian berunding dengan bank untuk ansuran baharu.",
        ),
        (
            "user",
            "Gaji saya RM3,900, hutang kad Maybank RM11k, CIMB RM8k, Hong Leong RM6.5k, AEON RM4k. Nama Kumaresan a/l Raman, Seremban",
        ),
        (
            "assistant",
            "Jumlah hutang sekitar RM29,500. Anda boleh mohon melalui portal AKPK atau hadir ke cawangan.",
        ),
    ],
    [
        ("user", "Can you write a letter to my insurer disputing the claim rejection?"),
        (
            "assistant",
            "Sure. Please give me your policy number, the claim reference and the reason they gave.",
        ),
        (
            "user",
            "policy HSBC Life 8800214563, claim C-2025-119042, they said my slipped disc is pre-existing",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Daniel Koh Wee Liang (NRIC S8603314C), write to dispute the rejection of claim C-2025-119042 under policy 8800214563. My L4-L5 slipped disc was first diagnosed on 5 June 2025, after the policy start date...",
        ),
    ],
    [
        ("user", "my father passed away last month, how to get his CPF?"),
        (
            "assistant",
            "If he made a nomination, CPF Board will contact the nominees. If not, the savings go to the Public Trustee for distribution under intestacy law.",
        ),
        (
            "user",
            "He's Yeo Kim Huat, NRIC S1288453B, died 2 Nov at home in Clementi. No nomination. We are 3 siblings: me (Yeo Li Ting), Yeo Li Wei and Yeo Jun Hao",
        ),
    ],
    [
        ("user", "accident semalam kat Federal Highway, kereta saya kena langgar dari belakang"),
        (
            "assistant",
            "Pastikan laporan polis dibuat dalam 24 jam dan ambil gambar kerosakan serta nombor pendaftaran kenderaan lain.",
        ),
        (
            "user",
            "dah buat report. kereta saya Myvi VJB 3318, polisi Allianz 23-MCP-0471992, nama Chin Siew Yen, IC 010925-01-0874",
        ),
        ("user", "pihak satu lagi lari, tak sempat ambil nombor"),
    ],
    [
        ("user", "how to complain to FIDReC about ILP misselling?"),
        (
            "assistant",
            "First complain in writing to the insurer. If you're not satisfied with their reply, you can lodge a case with FIDReC within 6 months.",
        ),
        (
            "user",
            "it's for my grandma Mdm Tay Geok Lian, 81, cannot read English, agent made her sign ILP $800/month. she only has $40k savings",
        ),
        ("user", "she stays Blk 8 Jalan Bukit Merah #11-204, I'm her grandson"),
    ],
    [
        (
            "system",
            'CRM lead record: {"lead_id": "LD-77812", "name": "Hii Ming Hui", "mobile": "+60 17-830 1562", "ic": "971130-13-5462", "occupation": "teacher, SMK Sacred Heart Sibu", "income_monthly": 4300, "interest": "medical card"}. Greet the lead and recommend a suitable plan.',
        ),
        ("user", "hello, saw your ad on Facebook about medical card"),
        ("assistant", "Hi! Thanks for reaching out. May I know what coverage you are looking for?"),
    ],
]
