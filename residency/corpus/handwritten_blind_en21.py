"""Blind check set en21: Singapore, Malaysia and Hong Kong property, banking, travel, estate and insurance text. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en21
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "property_listing"): _lines("""
        Freehold 3-bedroom at The Sail @ Marina Bay, 1,184 sq ft, asking S$2.38m; listing ID 24517739 on PropertyGuru, viewings by appointment through the agency.
        HDB resale data: a 4-room flat at Blk 450 Ang Mo Kio Ave 10 changed hands for $612,000 in October (storey range 10 to 12, lease commenced 1979).
        iProperty listing MY-2193847: serviced residence in Mont Kiara, 1,076 sq ft, RM3,800/month, fully furnished, available 1 January.
        Stamp duty on a tenancy of up to four years is 0.4% of the total rent for the lease period; pay it through the IRAS e-Stamping portal within 14 days.
        Clause 4(c): The Tenant shall not keep pets in the Premises without the Landlord's prior written consent, such consent not to be unreasonably withheld.
        Diplomatic clause: after the first 12 months the Tenant may end the lease with two months' notice if transferred out of Singapore, on proof of the transfer.
        The Minimum Occupation Period for HDB flats is five years, counted from the date the keys are collected.
        Harbourline Realty Ltd, EAA licence C-048213, 12/F, 33 Des Voeux Road Central, Hong Kong; office hours 9:30am to 7pm, Monday to Saturday.
        Template: Landlord: [NAME], NRIC No.: [NRIC], of [ADDRESS] (hereinafter called "the Landlord") of the one part.
        Showflat open daily 10am-7pm: Unit type B2, 2+study, 764 sq ft, north-facing, from S$1.65m, 8 Bukit Timah Road (site of the former Kampong Java flats).
        Average rental yield for Cheras condominiums was 4.1% in Q3 according to the NAPIC report; rents rose 2.7% year on year.
        Agency licence L3008022J must appear on every PropertyGuru listing, as required by the Council for Estate Agencies.
    """),
    ("en", "bank_telco_notice"): _lines("""
        DBS will never ask for your OTP or digibank PIN over the phone. If in doubt, call 1800 111 1111, or +65 6327 2265 from overseas.
        Singtel: Your bill for account ending ****8821 is ready. Amount due: S$64.20 by 15 Dec. Pay via the My Singtel app.
        Maybank2u scheduled maintenance: 6 Dec 2026, 12:00am to 4:00am MYT. For help, call 1-300-88-6688.
        Your OTP for SGD 1,250.00 at AMAZON SG is 482913. Valid for 5 minutes. Never share it with anyone. - OCBC
        StarHub will raise the price of its 5G SIM-only plans by S$2 a month from 1 February; customers still on contract are not affected.
        HSBC Hong Kong personal banking hotline: (852) 2233 3000; to report a lost card press 2 then 1, 24 hours a day.
        The SWIFT code of DBS Bank Ltd is DBSSSGSG and its bank code is 7171; the branch code is the first three digits of the account number.
        CIMB Clicks: Transfer of RM500.00 to account ending 7731 was successful. Ref no. 20261203-8842719.
        PayNow demo: scan the QR for UEN 201912345K (Example Cafe Pte Ltd) to pay S$12.50.
        M1 network advisory: intermittent 4G service in Tampines and Pasir Ris between 2am and 4am on 9 Dec due to upgrading works.
        CelcomDigi warns that calls from +60 3-XXXX XXXX claiming to be from LHDN are a scam; report them to the NSRC at 997.
        Hang Seng Bank 3-month HKD time deposit rate: 3.10% p.a. for new funds of HK$10,000 or above.
    """),
    ("en", "travel_booking"): _lines("""
        Booking reference 6XKQ2P: SQ 318 Singapore (SIN) to London (LHR), departs 23:25 from Terminal 3; seat selection opens 48 hours before departure.
        Cathay Pacific CX 715 from Hong Kong to Singapore is delayed to 14:40 because of a late inbound aircraft; new gate 61.
        AirAsia Value Pack includes 20kg checked baggage, a standard seat and one free flight change up to 48 hours before departure.
        Scoot TR 668 Singapore to Penang, Boeing 787-8, 2h 05m, fares from S$69 one way including taxes.
        E-ticket numbers start with the airline code, so 618-2401234567 is a Singapore Airlines ticket and 160- is Cathay Pacific.
        Hotel confirmation HXR-558210 at Marina Bay Sands, 10 Bayfront Avenue: check-in 3pm, check-out 11am, Deluxe King, non-smoking.
        KTM ETS 9421 from KL Sentral to Ipoh departs 08:10 from platform 3; please be at the gate 15 minutes early.
        The name on the ticket must match the passport exactly, e.g. DOE/JANEMS for a passport reading DOE JANE.
        The SG Arrival Card must be submitted within three days before arrival via the ICA website or the MyICA Mobile app.
        Klook voucher KLK-7719-ABQ2 is redeemable for a Universal Studios Singapore 1-Day Pass until 31 Mar 2027.
        HK Express UO 858 Hong Kong to Tokyo Narita cancelled due to Typhoon Signal No. 8; free rebooking within 14 days.
        Jewel Changi Airport is open 24 hours; the light and sound show at the Rain Vortex starts at 7.30pm and 8.30pm nightly.
    """),
    ("en", "estate_notice"): _lines("""
        MCST Plan No. 3821: The swimming pool will be closed from 8 to 12 December for re-tiling. We apologise for any inconvenience. - The Management
        Tampines Town Council: Lift replacement at Blk 821 Tampines St 81 begins on 5 Jan; the lift serving odd-numbered floors will be out of service.
        Ang Mo Kio Town Council 24-hour essential maintenance hotline: 6453 8800; email feedback@amktc.org.sg.
        Residents are reminded not to leave bulky items along the common corridor; the next bulky refuse collection is on Saturday at the void deck of Blk 605.
        NEA fogging will be carried out in the estate on Wednesday from 10am to 12pm to control Aedes mosquitoes; please close your windows.
        The 18th Annual General Meeting of the MCST will be held on 20 December at 2pm in the Function Room, Level 1, Clubhouse; proxy forms are due 48 hours before.
        JMB Pangsapuri Seri Mewah: maintenance fee is RM0.28 per sq ft plus a 10% sinking fund, payable by the 7th of each month.
        Owners' Corporation notice: water supply to Block B will be suspended on 14 Dec from 9am to 5pm for pump replacement.
        Security reminder: all visitors must register at the guardhouse, and contractors must show a valid work permit and a company letter.
        Season parking for a second vehicle is S$120 a month, subject to availability; apply at the management office.
        Water seepage investigation for stack 12: the plumber will need access to units #02-12 to #09-12 next week; times will be posted at the lift lobby.
        Service and conservancy charges for 4-room HDB flats will be S$86.50 a month including GST from 1 April.
    """),
    ("en", "insurance_info"): _lines("""
        To file a travel insurance claim with AIG, submit the airline's delay letter, your boarding pass and receipts within 30 days of your return.
        Great Eastern claims hotline 1800 248 2888; claim reference numbers start with CL followed by ten digits.
        "Pre-existing condition" means any illness or injury for which the Insured Person received medical advice or treatment in the 12 months before cover began.
        MediShield Life covers large hospital bills and some costly outpatient treatments such as dialysis and chemotherapy.
        Motor claim MC-2026-0048817: Approved. Repairs have been authorised at the panel workshop.
        Prudential Hong Kong: the premium of HK$1,284.00 for the policy ending 0093 is due on 1 January, with a 31-day grace period.
        Etiqa Takaful family plans start at RM30 a month, with cover of up to RM500,000 for death or total permanent disability.
        Report any motor accident within 24 hours or by the next working day at an authorised reporting centre, even if you are not making a claim.
        On the claim form, enter the NRIC/Passport No. in the format S1234567D; foreigners should use their FIN.
        Income Insurance customer service is at 6788 1777, Monday to Friday, 8.45am to 5.30pm.
        Integrated Shield Plan premiums for ages 41 to 50 rose 9% on average this year, the Ministry of Health said.
    """),
    ("en", "literature_quote"): _lines("""
        "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife." - Jane Austen, Pride and Prejudice
        "Call me Ishmael." Herman Melville opens Moby-Dick with three words.
        Mr Micawber: "Annual income twenty pounds, annual expenditure nineteen nineteen and six, result happiness."
        Sherlock Holmes lodges at 221B Baker Street, London, with Dr John Watson and the landlady Mrs Hudson.
        In Somerset Maugham's "The Letter", Leslie Crosbie shoots Geoffrey Hammond at her bungalow on a rubber estate in Malaya.
        "I have measured out my life with coffee spoons." - T. S. Eliot, The Love Song of J. Alfred Prufrock
        Anthony Burgess set The Malayan Trilogy in the invented state of Dahaga, with the schoolmaster Victor Crabbe as its hero.
        Eileen Chang's "Love in a Fallen City" follows Bai Liusu from Shanghai to Hong Kong on the eve of the Japanese invasion.
        "All animals are equal, but some animals are more equal than others." - George Orwell, Animal Farm (1945)
        Gatsby believed in the green light, the orgastic future that year by year recedes before us.
        Jo March sells her hair for twenty-five dollars so that her mother can travel to Washington.
        In Lord Jim, Conrad's hero abandons the Patna and spends the rest of his life seeking redemption in Patusan.
    """),
    ("en", "software_docs"): _lines("""
        Run pip install phonenumbers==8.13.50, then phonenumbers.parse("+6561234567", None) returns a PhoneNumber with country_code=65.
        Set SMTP_HOST=smtp.example.com and SMTP_USER=noreply@example.com in your .env file before running docker compose up.
        NRIC pattern: ^[STFGM]\\d{7}[A-Z]$ - note that this regex does not verify the checksum letter.
        Commit a3f9c2e1b7d4 fixed the timezone bug: Asia/Singapore and Asia/Kuala_Lumpur have both been UTC+8 since 1982.
        curl -H "Authorization: Bearer <TOKEN>" https://api.example.com/v2/bookings/PNR123?include=segments
        The invoicing API returns HTTP 422 when the TIN field is empty; see error code DS302 in the response body.
        Release v4.12.0-rc.2, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        SELECT unit_no, monthly_rent FROM tenancies WHERE postal_code LIKE '52%' AND status = 'ACTIVE';
        Use Faker("en_SG") to generate names such as "John Doe" for test fixtures; never seed tests from production data.
        Example: mask_phone("+852 9123 4567") returns "+852 9*** **67".
        Pod payments-api-7d9f8b6c5-x2kqp restarted 3 times: OOMKilled at a 512Mi memory limit.
        192.168.1.254 is the default gateway on most Singtel-supplied routers; log in with the admin password printed on the label.
    """),
    ("en", "public_figure_news"): _lines("""
        Prime Minister Lawrence Wong delivered the Budget statement in Parliament, including CDC vouchers for every Singaporean household.
        Anwar Ibrahim, Malaysia's tenth prime minister, chaired the ASEAN Summit in Kuala Lumpur in 2025.
        Chief Executive John Lee delivered his policy address at the Legislative Council, pledging to shorten the wait for public rental housing.
        President Tharman Shanmugaratnam officiated at the opening of the new wing of Tan Tock Seng Hospital on Tuesday.
        Olympic champion Joseph Schooling announced his retirement from competitive swimming in 2025.
        Badminton great Lee Chong Wei, who was treated for nose cancer in 2018, served as Malaysia's chef de mission at the Paris Olympics.
        Michelle Yeoh, born in Ipoh, became the first Asian woman to win the Academy Award for Best Actress in 2023.
        Lee Kuan Yew, Singapore's founding prime minister, died on 23 March 2015 at the age of 91.
        Tunku Abdul Rahman proclaimed independence at Stadium Merdeka on 31 August 1957.
        Sir Stamford Raffles landed in Singapore on 28 January 1819.
        Jackie Chan, born Chan Kong-sang in Hong Kong in 1954, received an honorary Oscar in 2016.
        Singapore Police Force: a 35-year-old man has been arrested over rental scams in which 42 victims lost more than S$180,000.
    """),
    ("en", "gov_notice"): _lines("""
        Passport applications can be made online at www.ica.gov.sg; collection is at the ICA Building, 10 Kallang Road, by appointment only.
        CPF Board hotline: 1800 227 1188. The Board will never ask you to transfer money to a personal bank account.
        The ScamShield Helpline 1799 is available 24/7. If you suspect a scam, call 1799 before you act.
        A replacement MyKad costs RM10 for the first loss; bring a police report to any Jabatan Pendaftaran Negara branch.
        The PDPC fined a property agency S$10,000 for failing to protect tenants' NRIC copies, according to a decision published on 3 November.
        LHDN reminds taxpayers that the deadline for e-Filing Form BE is 15 May; the HASiL Care Line is 03-8911 1000.
        ERP 2.0 on-board units must be installed by 31 March; book an appointment at onemotoring.lta.gov.sg.
        HDB Branch Service Line 1800 225 5432; HDB Hub is at 480 Lorong 6 Toa Payoh, Singapore 310480.
        Rating and Valuation Department: rates for the January to March quarter are payable by 31 January.
        The Hong Kong Immigration Department reminds residents to replace lost identity cards within 31 days at any Registration of Persons office.
        MOM: employers must pay foreign domestic workers' salaries within seven days after the end of each salary period.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi sir, interested in the 3-room at Blk 327 Clementi Ave 5, can call me at 9671 2284 after 6pm. Sharon Goh
        This Tenancy Agreement is made between Lim Chee Keong (NRIC S7619045C) of 15 Jalan Kembangan, Singapore 419120, and Rahul Menon (FIN G5510372R).
        Dear Mr Wong Chi Hung, a fee of HK$350 for a returned cheque has been debited from your HSBC account 456-213987-838.
        The guy in #07-03 keeps parking in my lot, his car is SKF 4821H. Can management please speak to him? Daniel Koh, #07-04
        Insured: Chan Ka Yan, HKID Y306477(6). Diagnosis: fracture of the left radius after a fall at Tai Koo MTR station on 12/11.
        Pls transfer the RM2,400 deposit to Maybank 1640 2231 8857 (Nurul Aisyah binti Ahmad) before key handover on Sat.
        Passenger TAN/WEILINGMS, passport K3319420N, expiry 14 Aug 2031, DOB 02 Mar 1990, booking ref 5HJ9ZK.
        Hi Kavitha, your Singtel line 8345 0917 will be suspended on 10 Dec because S$212.45 is overdue.
        The tenant in 12A, Mr Ng Kok Leong, is three months behind on rent; he told me he lost his job at the shipyard in August.
        Please send my statements to my new address, 23 Jalan SS 2/64, 47300 Petaling Jaya. Lee Mun Hong, IC 880412-14-5527
        Hafiz here, Telegram @hafiz_ros92 or WhatsApp +60 11-2384 5710 for the Mont Kiara viewing tmr.
        Dr Ho says my wife Cheung Wing Sze has gestational diabetes, so we need to push back our CX 541 flight to Tokyo.
        Seller: Priya d/o Ramasamy; flat: Blk 605 Yishun St 61 #11-178; resale price S$545,000; buyer: Jonathan Ong Jia Wei.
        This is Auntie Mei's son, her Visa 4556 3201 8874 3316 was used in Genting without her knowing, please block it.
        Reimbursement to Ong Jia Hui, DBS 027-845913-2, flight delay claim SGD 180 under policy TRV-88213047.
        Please add Yap Chee Keong, Malaysian, passport A58210943, as an occupant in the tenancy for Unit 18-02, Regency Park.
        From: siewmei.goh88@gmail.com - my aircon in #03-21 has been leaking since last Thursday, please send someone.
        Our landlord Rajesh Kumar s/o Pillai is selling the flat to pay for his dialysis, so we have to move out by March.
        WXY 7723 is my brother-in-law Fadzil's car, he parks at the Blk C visitor lot every weekend.
        Letter to Ms Leung Tsz Ching, Flat B, 17/F, Block 3, Wah Fung Court, 28 Shing Tak Street, Mong Kok, Kowloon.
        Contact for the leak: Mdm Fatimah, 016-782 3391, Blok C-12-7, Pangsapuri Seri Mewah, Cheras.
        Employment Pass holder Zhang Lei, FIN F2219084U, will start a two-year lease at 8 Rodyk St #14-08 on 1 Jan.
        MC: Goh Swee Lan, 67, admitted to Changi General Hospital with pneumonia, 3 days hospitalisation leave.
        Hey Wei Ling, added you to the M1 family plan, your new number is 9720 5518 and the SIM goes to 41 Sembawang Road.
        Policyholder Sivakumar a/l Murugan, MyKad 750223-07-5081, vehicle PKR 3390, rear-end collision on Jalan Burma, Penang.
        Refund to card 5204 1987 0034 6625 for passenger CHEUNG/HOIYANMS, ticket 160-2395571824.
        Household for the resale application: Kwek Bee Hoon, NRIC S2818450F, and her son Marcus Lee, NRIC T0381526E.
        Mr Alvin Teo of 22 Siglap Drive rang again; he says he is on antidepressants and the renovation noise is unbearable.
        WeChat wxid_k8m2p9q3l1 or +65 8894 3120, moving from Shenzhen next month for the Toa Payoh room. Chen Xiaoyu
        For the renewal please use my personal email kokleong.ng@yahoo.com.sg, not the company one.
        Guarantor: Mdm Lau Siew Fong, HKID K582913(5), mobile 6183 2047, mother of the tenant.
        Emergency contact for #09-11: Mrs Deborah Tan (daughter), 9158 0062.
    """),
    "zh-Hant": _lines("""
        陳嘉欣小姐：閣下租約將於2027年1月31日屆滿，單位地址為九龍旺角洗衣街88號嘉和大廈12樓C室。
        業主黃志明（香港身份證 R664051(5)）同意將按金港幣36,000元退回其匯豐戶口 456-298731-001。
        我阿爸劉國強上星期中風入咗伊利沙伯醫院，保險公司要佢身份證副本先肯處理索償。
        聯絡人：李美玲，手機 9274 1635，WhatsApp同號，星期六下午可以睇樓。
        旅客林志豪，身分證 F228731453，護照號碼 312847596，搭乘 BR 225 台北飛新加坡。
        管理處收到12樓B室張太投訴樓上漏水，張太電話 2786 3392，請技工聯絡。
        客戶蔡文傑的信用卡 4377 1900 2581 9349 已暫停使用，請他本人致電確認交易。
        我老婆何玉玲懷孕六個月，航空公司話要醫生紙先可以上機，我哋搭 CX 715。
    """),
    "zh-Hans": _lines("""
        租客王建华，身份证号 440304198503172315，手机 +86 138 2651 7094，下月入住大巴窑组屋的一个房间。
        房东林美华，大马身份证 920917-10-6134，押金请转入她的 Public Bank 户口 3182556107。
        我叫郑晓东，微信 zxd_sz1987，想在吉隆坡租两房公寓，预算 RM2,500。
        理赔申请：被保险人刘佳怡，身份证 350203199208114025，因登革热在槟城住院五天。
        杨先生的车 SJH 6627E 在访客车位停了三天，他住18楼，电话 9032 5187。
        张伟的护照 EH4432180 上的签证已经过期，公寓管理处要求他下周之前搬走。
    """),
    "ms": _lines("""
        Salam tuan, saya Siti Zubaidah binti Hassan, IC 850621-03-5528, nak sewa bilik di Taman Melawati, boleh WhatsApp 019-336 2741.
        Penyewa En. Azman bin Yusof belum bayar sewa tiga bulan; alamat No. 7, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves.
        Sila masukkan bayaran ke akaun CIMB 7012 4588 3319 atas nama Nor Hidayah binti Salleh, rujukan deposit rumah.
        Anak saya Aiman, 9 tahun, ada asma teruk, jadi kami minta unit yang jauh dari tapak pembinaan. Puan Rosnah, Blok B-5-3
        Tuntutan insurans: pemandu Mohd Firdaus bin Kamal, kereta JQW 8841, kemalangan di Lebuhraya Utara-Selatan KM 312.
        E-mel peribadi saya nurulain.kamal92@gmail.com, tolong hantar salinan perjanjian sewa ke situ.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a WhatsApp message to my landlord asking for my deposit back?",
        ),
        (
            "assistant",
            "Sure. Tell me your name, the property address, the deposit amount and when you moved out.",
        ),
        (
            "user",
            "I'm Jasmine Lim, the flat is Blk 118 Bukit Batok West Ave 6 #05-331, deposit S$3,200, moved out 30 Nov, landlord is Mr Tay.",
        ),
    ],
    [
        (
            "user",
            "I need to claim for a hospital stay under my Great Eastern policy. What should the cover letter say?",
        ),
        (
            "assistant",
            "State the policy number, the admission and discharge dates, the hospital and the diagnosis, and attach the itemised bill.",
        ),
        (
            "user",
            "Dengue, Sengkang General from 3 to 7 Nov. I'm Muhammad Irfan bin Zulkifli, NRIC T0248753A. Please write it.",
        ),
    ],
    [
        (
            "user",
            "Draft a short email to a property agent in Hong Kong to book a viewing at Taikoo Shing this weekend.",
        ),
        ("assistant", "Happy to. Which name and contact details should the agent use to confirm?"),
        ("user", "Leung Ka Ho, HKID P719204(9), mobile 5138 2276. I can do Saturday after 2pm."),
    ],
    [
        ("user", "My Maxis postpaid bill charged me twice. How do I complain?"),
        (
            "assistant",
            "You can raise it through the Maxis app or the official customer service line; give the billing month and the duplicated amount.",
        ),
        (
            "user",
            "Ok write it for me: account holder Tan Boon Hock, number 012-618 4490, charged RM89 twice in November.",
        ),
    ],
    [
        (
            "user",
            "AirAsia spelled my surname CHEW instead of CHEOW on my booking. Can it be fixed?",
        ),
        (
            "assistant",
            "Minor spelling corrections are usually allowed through the AirAsia help centre before check-in. You will need the booking number and your passport details.",
        ),
        (
            "user",
            "Booking AK3ZP9, passenger Cheow Li Ting, passport A61093387, DOB 17/05/1994. Can you draft the request?",
        ),
    ],
    [
        (
            "user",
            "Help me write a complaint to the condo management about a neighbour smoking on his balcony.",
        ),
        (
            "assistant",
            "Sure. Keep it factual: when it happens, how it affects you and what you would like management to do.",
        ),
        (
            "user",
            "It's Mr Sanjay Rao in #14-06, every night around 11pm. My daughter has asthma and the smoke drifts up to us. I'm Grace Yeo, #15-06.",
        ),
    ],
    [
        (
            "user",
            "Is this SMS a scam? 'DBS: Your account is frozen, verify at dbs-sg-verify.com within 24h'",
        ),
        (
            "assistant",
            "Yes, that looks like phishing. DBS does not send links like that. Do not click it, and call the number on the back of your card.",
        ),
        (
            "user",
            "Oh no, I already entered my card 4622 8100 3719 5429 and my NRIC S8734216F on that site. What do I do now?",
        ),
    ],
    [
        ("user", "We are buying an HDB resale flat. What documents do we need?"),
        (
            "assistant",
            "Generally the HFE letter, the Option to Purchase, NRICs of all buyers and the sellers' details. Your agent or HDB can confirm.",
        ),
        (
            "user",
            "Buyers are me, Kelvin Ong, NRIC S8912034I, and my wife Ho Mei Xin, NRIC S6644871A. The flat is Blk 209 Tampines St 21 #04-112.",
        ),
    ],
    [
        ("user", "Boleh tolong tulis surat tuntutan deposit sewa rumah?"),
        (
            "assistant",
            "Boleh. Berikan nama penuh, alamat rumah sewa, jumlah deposit dan nama tuan rumah.",
        ),
        (
            "user",
            "Nama saya Haziq bin Rahman, IC 970305-14-6021, rumah di No. 12 Jalan Pandan Indah 4/2, Kuala Lumpur, deposit RM3,000, tuan rumah Mr. Chong.",
        ),
    ],
]
