"""Blind check set en19: official and legal text from Singapore, Malaysia and Hong Kong (judgments, gazette, notices, agency guides). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en19
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "judgment"): _lines("""
        The appellant, Meridian Offshore Pte Ltd, contends that the arbitral tribunal exceeded its jurisdiction within the meaning of Article 34(2)(a)(iii) of the Model Law.
        In Public Prosecutor v ABC [2024] SGHC 87, the court held that the accused's plea of guilt had been unequivocal and declined to set aside the conviction.
        The identity of the victim is protected by a gag order under s 7 of the Children and Young Persons Act 1993, and she is referred to in these grounds only as "V".
        Held, allowing the appeal: the Assistant Registrar erred in treating the second defendant, Harbourfront Kapital Sdn Bhd, as a necessary party to the suit.
        Judgment is entered for the plaintiff bank on the corporate guarantee in the sum of RM4,382,115.60 together with interest at 5% per annum from the date of the writ.
        Re A (a minor) [2021] HKCFI 1442 concerned wardship proceedings; the names of all parties have been anonymised by order of the court.
        HKSAR v Chan [2019] HKCA 612 concerned the sentencing tariff for trafficking in a dangerous drug, and the court reaffirmed the guidelines laid down in Lau Tak Ming.
        Coram: Ong Kheng Leong JCA, Priya Raman FCJ and Wong Mei Sze J.
        The Lands Tribunal finds that Bayview Realty Holdings Limited, as owner of the building, failed to carry out the structural repairs required by the Buildings Department order.
        Counsel for the respondent were instructed by Drew & Napier LLC; counsel for the appellant by Messrs Shearn Delamore & Co.
        The Court of Final Appeal granted leave on the question whether the directors' duty to act bona fide in the interests of the company extends to creditors once the company is insolvent.
        The judicial managers of Pacific Crest Shipping Pte Ltd sought the court's sanction for a scheme of arrangement supported by 87% in value of the unsecured creditors.
        Accused person: ABC, a 17-year-old youth whose identity is protected; Prosecution: Deputy Public Prosecutor of the Attorney-General's Chambers.
        Suit No. HC/S 512/2024, Summons No. HC/SUM 3318/2024; Registrar's Appeal No. HC/RA 77/2024.
        Guaman Sivil No. WA-22NCC-415-07/2023 was transferred to the Commercial Division of the High Court in Kuala Lumpur.
        Sundaresh Menon CJ, delivering the judgment of the Court of Appeal, emphasised that sentencing frameworks are guides and not straitjackets.
    """),
    ("en", "statute"): _lines("""
        Whoever cheats and thereby dishonestly induces the person deceived to deliver any property to any person shall be punished with imprisonment for a term which may extend to 10 years, and shall also be liable to a fine.
        A creditor may make a bankruptcy application against an individual debtor only where the debt, or the aggregate of the debts, is not less than $15,000.
        An organisation shall not collect, use or disclose personal data about an individual unless the individual gives, or is deemed to have given, consent.
        The Personal Data (Privacy) Ordinance (Cap. 486) sets out six Data Protection Principles with which every data user in Hong Kong must comply.
        Every citizen of Singapore and every permanent resident shall, within one year after attaining the age of 15 years, apply to be registered under this Act.
        It is an offence under the Registration of Persons Ordinance to use, or to have in one's possession, an identity card relating to another person without lawful authority.
        The title or interest of any person or body for the time being registered as proprietor of any land shall be indefeasible, save in cases of fraud, misrepresentation or forgery.
        No person shall publish or broadcast any information which identifies, or is likely to lead to the identification of, a victim of a sexual offence.
        A grant of probate shall not be issued within seven days after the death of the deceased except with the leave of the court.
        Section 302 of the Penal Code (Act 574) provides that whoever commits murder shall be punished with death or imprisonment for a term of not less than thirty years and not more than forty years.
        An undischarged bankrupt shall not, without the previous permission of the Official Assignee, leave or attempt to leave Singapore.
    """),
    ("en", "guide"): _lines("""
        To replace a lost NRIC, log in to the ICA e-Service with your Singpass and book an appointment at the ICA Building, 10 Kallang Road, Singapore 208718.
        ICA Call Centre: +65 6391 6100, Monday to Friday, 8.00am to 5.00pm, excluding public holidays.
        An NRIC number consists of a prefix letter, seven digits and a checksum letter, for example S1234567D.
        You must file an income tax return if your annual income is $22,000 or more; the deadline is 15 April for paper filing and 18 April for e-Filing.
        IRAS Contact Centre: 1800 356 8300; callers from overseas may dial +65 6356 8300.
        Hasil Care Line: 03-8911 1000 (within Malaysia) or +603-8911 1100 (from overseas).
        To replace a lost MyKad, bring a police report to any JPN branch and pay the replacement fee; higher fees apply for a second or subsequent loss.
        The MyKad number follows the format YYMMDD-PB-###G, where PB is the place-of-birth code and the final digit is odd for males and even for females.
        Enquiries to the Immigration Department may be made on (852) 2824 6111 or by email to enquiry@immd.gov.hk.
        Hong Kong residents must apply for an identity card within 30 days of reaching the age of 11 and replace it with an adult identity card within 30 days of turning 18.
        An HKID number consists of one or two letters, six digits and a check digit in brackets, such as A123456(3).
        Applications for a grant of probate or letters of administration are filed through iFAMS at the Family Justice Courts.
        A land title search can be purchased online through INLIS; each search on a lot costs $12.84 including GST.
        Applicants for a Certificate of No Criminal Conviction must submit the form in person at the Police Headquarters in Wan Chai.
        If your Singpass account has been locked, reset your password at a Singpass Counter or through the Singpass app version 2025.6.1 or later.
        To check whether a person is an undischarged bankrupt, conduct a bankruptcy search through the Insolvency Office's e-Services for a fee of $6.
        The Official Receiver's Office is located at 10/F, Queensway Government Offices, 66 Queensway, Hong Kong.
        Do not send your NRIC number, bank PIN or one-time password to anyone who calls you claiming to be from ICA or IRAS.
    """),
    ("en", "press"): _lines("""
        The Singapore Police Force recorded 46,563 scam cases in 2023, an increase of 49.6% compared with the year before.
        The Insolvency, Restructuring and Dissolution (Amendment) Bill will be read for the first time in Parliament today.
        Home Affairs Minister K Shanmugam told Parliament that the Government would introduce legislation to allow banks to restrict the accounts of scam victims.
        The Hong Kong Police Force today launched an anti-deception campaign themed "Think Twice Before You Transfer".
        The Secretary for Security said the Government would review the penalties for forging identity cards following a rise in syndicated cases.
        Datuk Seri Saifuddin Nasution Ismail said the Home Ministry will roll out the digital identity verification system to all JPN counters by the end of the year.
        The Ministry of Law welcomes public feedback on the draft Probate and Administration (Amendment) Bill until 30 September.
        The Judiciary announced that the High Court will adopt a new Practice Direction on the anonymisation of judgments involving minors from 1 January 2026.
        Sunrise Tiles & Marble Pte. Ltd. and its two directors were fined a total of $86,000 for failing to pay the salaries of 42 workers.
    """),
    ("en", "gazette"): _lines("""
        The President has appointed Mr Tan Boon Huat, Senior District Judge, to be a Judicial Commissioner of the Supreme Court with effect from 1 July 2025.
        Notice is hereby given that a winding-up order was made against Sunrise Tiles & Marble Pte. Ltd. (UEN 201512345K) on 14 March 2025 and the Official Receiver has been appointed liquidator.
        Notice of the first meeting of creditors of Eastbridge Logistics Sdn. Bhd. (Registration No. 201801023456 (1284567-T)) to be held at the Malaysian Department of Insolvency, Putrajaya.
        G.N. 4512: The Chief Executive in Council has approved the draft Ma On Shan Outline Zoning Plan No. S/MOS/25 under section 9(1)(a) of the Town Planning Ordinance.
        P.U. (A) 112/2024: Peraturan-Peraturan Pendaftaran Negara (Pindaan) 2024 mula berkuat kuasa pada 1 Jun 2024.
        Notice under section 8 of the Land Acquisition Act 1960: Lot 3021, Mukim of Ulu Langat, HS(D) 44817, is likely to be needed for the construction of the Kajang bypass.
        Gazette Notification No. 2741 of 2025: the Minister has appointed the Commissioner of Lands to be the Collector of Land Revenue for the purposes of the Act.
        Notice of intended dividend: creditors of Golden Harvest Trading Limited (in compulsory liquidation) who have not proved their debts must do so by 30 April 2025.
        Strata lots 1 to 240 on Lot 5481X of Mukim 18 have been registered in the Land-register; the subsidiary strata certificates of title are ready for collection by the developer.
        Chief Justice's Practice Direction No. 3 of 2025 revokes Practice Direction No. 1 of 2019 with immediate effect.
    """),
    ("en", "template"): _lines("""
        Name of applicant: ____________________  NRIC/FIN No.: ______________  Date of birth: __/__/____
        I, [full name as in NRIC], NRIC No. [          ], of [address], do solemnly and sincerely declare as follows:
        IN THE ESTATE OF ____________________, DECEASED. Take notice that a Grant of Probate was extracted on ____________.
        Applicant's HKID No.: _______(_)  Daytime contact telephone: ____________  Please complete in BLOCK LETTERS.
        Citizenship status (tick one): [ ] Singapore Citizen  [ ] Permanent Resident  [ ] Foreigner
        Sample only, do not use real data: Tan Ah Kow, S1234567D, Blk 123 Example Road #01-01, Singapore 123456.
        Form 5 (Rule 63): Affidavit of Executor; exhibit the death certificate marked "A" and the will marked "B".
        Schedule of Assets: (1) Immovable property: ______ (2) Bank accounts: ______ (3) Shares: ______ Total value: $______
        Witness No. __ : Name ____________ Occupation ____________ (particulars to be redacted before publication)
    """),
    ("en", "stats"): _lines("""
        Bankruptcy orders made in Singapore: 1,289 in 2022, 1,402 in 2023 and 1,518 in 2024.
        Of the 4,213 individuals adjudged bankrupt in Malaysia in 2023, 41% were aged between 35 and 44.
        The median processing time for replacing a lost Hong Kong identity card was 10 working days in 2024.
        Of the 2,860 probate applications filed last year, 71% were uncontested and 9% involved a foreign grant.
        The Official Receiver's Office received 9,102 bankruptcy petitions in 2023, of which 6,870 were debtor's petitions.
        The Police received 3,210 missing-person reports in 2024; 98% of the persons concerned were subsequently located.
        Table 4: Civil cases disposed of by the State Courts, by value of claim (S$'000): 0-60: 38,112; 60-250: 4,907; above 250: 611.
    """),
    ("en", "parliament"): _lines("""
        Mr Ang Wee Keong asked the Minister for Home Affairs what is the average waiting time for an NRIC re-registration appointment at ICA.
        Written answer: The Ministry does not track Singpass lockouts per individual; in aggregate, 12,400 accounts were locked in 2024.
        The Member for Kota Melaka asked the Minister of Finance to state the number of civil servants declared bankrupt between 2019 and 2023, broken down by grade.
        The Member asked whether the Government would consider raising the bankruptcy threshold to account for inflation since 2016.
        Reply: The Government has no plans to make the names of persons with tax arrears publicly available.
        Minister of State for Law replied that 112 applications for the discharge of bankrupts were rejected by the Official Assignee last year.
    """),
    ("en", "police"): _lines("""
        The Police are appealing for witnesses to a road traffic accident along the PIE towards Tuas at about 7.45pm on 3 May 2025; anyone with information may call the Police Hotline at 1800-255-0000.
        Police will never ask you to transfer money or to disclose your banking credentials over the phone; call the Anti-Scam Helpline at 1800-722-6688 if in doubt.
        Victims of online fraud in Malaysia should call the National Scam Response Centre at 997 immediately.
        Members of the public may call the Anti-Scam Helpline 18222 for round-the-clock advice.
        A 45-year-old man was arrested in Woodlands for his suspected involvement in a series of housebreaking cases; investigations are ongoing.
        Two men, aged 23 and 27, will be charged in court tomorrow with abetting cheating as money mules.
        Case reference D/20250512/0038 has been classified as a "miscellaneous incident" and no further action will be taken.
    """),
    ("en", "teaching"): _lines("""
        Tutorial question 3: A, a contractor, agrees to renovate B's shophouse for $80,000; B refuses to pay after discovering cracks. Advise B.
        Moot problem: Ah Beng, a fictional hawker at Maxwell Food Centre, sues his supplier Ah Lian Trading for delivering spoilt prawns.
        In The Harmony Silk Factory, Johnny Lim is suspected by the villagers of having collaborated with the Japanese.
        Judge Bao of Kaifeng, the incorruptible magistrate of Chinese opera, is often invoked in Hong Kong editorials about judicial independence.
        Exam hint: Lau Tak Ming remains the leading authority on sentencing for drug trafficking in Hong Kong.
    """),
    ("en", "technical"): _lines("""
        SHA-256 of the published PDF judgment: 9f2c4e7a1b8d3f60c5a2e91d7b4f0a36e8c1d52b9a7f3e06d4c8b2a1f9e7d305
        eLitigation filing reference: FR-2025-0412-77381, accepted 12 April 2025 at 16:42.
        Form ID: ICA-SR-2024-v3.2; supersedes ICA-SR-2022-v2.9.
        Payment receipt no. LHDN/2025/000458123 for the filing fee of RM20.00.
    """),
    ("zh", "official"): _lines("""
        香港特別行政區 訴 陳某 [2022] HKDC 1023：被告人承認一項盜竊罪，判處社會服務令。
        《個人資料（私隱）條例》（第486章）列明六項保障資料原則。
        入境事務處查詢熱線：2824 6111，電郵 enquiry@immd.gov.hk。
        市民可透過綜合註冊資訊系統網上查冊，每份文件收費港幣10元。
    """),
    ("ms", "official"): _lines("""
        Mahkamah Persekutuan sebulat suara menolak rayuan perayu dengan kos RM30,000 tertakluk kepada alokatur.
        Permohonan MyKad gantian boleh dibuat di mana-mana pejabat JPN dengan membawa salinan laporan polis.
        Tarikh akhir pengemukaan Borang BE ialah 30 April, dengan tempoh lanjutan 15 hari bagi e-Filing.
        Kenyataan Media: Jabatan Pendaftaran Negara memaklumkan bahawa kaunter di UTC Pudu akan beroperasi dari 8.30 pagi hingga 9.30 malam mulai 2 Mei.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Notice of Bankruptcy Order: LIM CHEE KEONG, NRIC No. S7934218A, of Blk 418 Bedok North Avenue 2, #09-117, Singapore 460418; date of order 12 February 2025; HC/B 2103/2024.
        In the Matter of the Bankruptcy Ordinance (Cap. 6): CHEUNG WAI KIN, HKID K528163(6), formerly trading as Kin Kee Renovation, residing at Flat 12B, Block 5, Lok Wah South Estate, Kwun Tong, Kowloon.
        The bankrupt, Ms Seah Pei Ling, was discharged from bankruptcy on 3 June 2025 upon the Official Assignee's certificate after repaying $41,200 to her creditors.
        Estate of Goh Ah Hock, deceased, late of 19 Jalan Bunga Rampai, Singapore 538412: anyone having claims against the estate should contact the executrix, Goh Siew Lan, on 9123 7780.
        Letters of Administration were granted to Tang Kwok Fai, son of the deceased Tang Lai Ming, who died intestate at Queen Elizabeth Hospital on 2 November 2024.
        PW3, Ms Nurul Hidayah binti Zainal, 29, a cashier residing at Blk 56 Marsiling Drive, testified that she saw the accused leave the coffee shop at about 11pm.
        The victim, Mr Rajendran s/o Muthusamy, aged 61, suffered a fractured left femur and was warded at Tan Tock Seng Hospital for 23 days.
        Missing: Chong Mei Yee, 16, about 1.55m tall, slim build, last seen in a white school uniform near Sengkang MRT station on 7 April; call 1800-255-0000 with any information.
        Police appeal for assistance in locating Leung Kam-shing, 78, who went missing in Tai Po; he is about 1.65m tall, thin, with short grey hair, and was last seen wearing a blue jacket.
        Applicant: Ms Priya d/o Subramaniam, NRIC T0234561C, applying for re-issue of her identity card following a change of name upon marriage.
        NRIC (as written on the police statement): s 8 5 1 2 0 4 7 f
        HKID: Y 402918 bracket 4, the deponent confirmed at the hearing.
        The accused lives with his elderly mother in the corner terrace house at No. 8, Lorong Kenari 2, off Jalan Ipoh, the one with the green gate.
        The psychiatric report dated 14 March states that the accused, Tay Kok Wee, suffers from major depressive disorder and was taking sertraline 100mg daily at the time of the offence.
        The defendant, Madam Fong Siu Ling, produced a medical certificate from Kwong Wah Hospital showing that she had undergone a mastectomy and was unfit to attend court.
        Mr Speaker, my resident Mdm Koh Ah Moi, 74, of Blk 211 Toa Payoh Lorong 8, has waited eight months for her rental flat appeal while caring for her bedridden son.
        IRAS has appointed DBS Bank as its agent to recover $18,420.55 in overdue income tax from Mr Ng Wei Jie (NRIC S9011374G).
        Registered proprietor: TAN SOOK HWA (NRIC S6620193G), 1/1 share, of 33 Jalan Kembangan, Singapore 419132; Lot 04567N Mukim 27.
        Land search: owner WONG CHI MING, memorial no. 24031502460017, Flat D, 18/F, Block 2, Fu Ning Court, Tin Shui Wai, New Territories; mortgage to Hang Seng Bank registered 2024.
        The claimant, Ho Ka Yan, claims HK$23,800 from her former flatmate for unpaid rent; the Small Claims Tribunal orders payment by monthly instalments of HK$2,000.
        The claimant, a domestic worker named Maria Santos Reyes (FIN G5523917M), claims unpaid salary of $4,200 from her employer in Serangoon Gardens.
        The victim, PW1 Miss Yip Hoi Ting, then aged 19, a student at a university in Pok Fu Lam, was followed home to her flat in Wah Fu Estate.
        Police are trying to trace the next-of-kin of Mr Tan Boon Seng, 66, who passed away at Khoo Teck Puat Hospital on 12 May.
        In Chua Kok Seng v Lim Siew Bee, the wife is granted care and control of the two children, aged 7 and 10, who live with her in Punggol Field.
        Please send the signed affidavit to my personal email, farid.hakimi88@gmail.com, and not to the office address.
        Contact the executor, Mr Lau Chi Wai, on 9683 2715 after 6pm regarding the estate of his late father.
        Maintenance is to be credited to the wife's POSB savings account 188-54321-9 in the name of Rosnah bte Ismail.
        The accused used the Visa card ending 4417 belonging to Mr Desmond Yeo at three jewellery shops in Mong Kok.
        Mr Hafiz, the younger brother of the first accused, told the court that he has been on dialysis three times a week at the centre in Bukit Batok since 2021.
        The deceased's widow, a nurse at Hospital Sultanah Aminah, told the inquest that her husband Ahmad Nizam had been treated for alcohol dependence.
        In mitigation, counsel said Lim Jun Hong is the sole breadwinner, his wife is seven months pregnant and his father has stage 4 lung cancer.
        Mr Rahul Verma, Employment Pass holder FIN F2716480M, was refused re-entry at Changi because of an ongoing police investigation.
        Applicant Cheng Yuk Lan (HKID Z661207(6)) applied for a Certificate of No Criminal Conviction for her emigration to Canada.
        One-way permit holder Zhang Xiaohong, who arrived in 2023, resides at Room 1204, 12/F, Tai Hang Tung Estate, Shek Kip Mei.
        Witness contact: Mr Vincent Ong, +65 8123 4409, currently staying at 17 Sunset Way, #03-05.
        The complainant, 15-year-old Tan Hui Min of Jurong West Street 42, told her form teacher about the assault.
        Mdm Siti Rohani owes Maybank RM48,920 on her personal loan and received a notice of demand dated 5 August 2024 at her home in Taman Desa.
        Notice of change of name: I, CHAN MEI LING, holder of HKID C668112(1), shall henceforth be known as CHAN MEI-LING ELAINE.
        By a Deed Poll dated 3 March 2025, I, MUHAMMAD AMIRUL BIN SAIFUL (NRIC T0572214J), renounce the use of my former name.
        Medical report: Ms Janet Lau Siu Wah presented with a 3cm laceration to the scalp and bruising on both forearms consistent with blows from a blunt object.
        Wanted: Koh Jia Hui, 31, about 1.60m, medium build, believed to frequent Geylang, wanted for cheating offences.
        Mr Oliver Brandt's new FIN M4412873R replaces his F-series number from his earlier work pass.
        Bankruptcy search for T0398842I: 1 record found, bankruptcy order made on 9 September 2024, Official Assignee in charge of the estate.
        Mr S. Kalaiselvan, a security guard at a condominium in Clementi, claims he was dismissed two weeks after his employer learned he was HIV-positive.
        The accused's mother, Mdm Lee Geok Choo of Blk 703 Hougang Avenue 2, has offered her flat as security for his bail of $60,000.
    """),
    "ms": _lines("""
        Notis Penghakiman Kebankrapan: MOHD FAIZAL BIN ABDUL RAHIM (No. K/P: 850314-14-5523), beralamat di No. 27, Jalan Cempaka 3, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Orang hilang: Siti Aminah binti Yusof, 14 tahun, kali terakhir dilihat di Taman Bukit Indah, Johor Bahru pada 3 Mac; hubungi Insp. Azlan di 07-223 1222.
        Encik Kumaran a/l Selvaraj (No. K/P 780930-08-5197) telah disekat daripada ke luar negara kerana tunggakan cukai berjumlah RM62,310.
        Pemohon: Nur Aisyah binti Kamarudin, No. MyKad 920718-10-6248, memohon pindaan alamat ke No. 5, Jalan Seri Putra 2/7, Bandar Seri Putra, 43000 Kajang.
        Harta pusaka si mati Abdullah bin Hassan, yang meninggal dunia pada 2 Januari 2024, termasuk sebuah rumah teres di Kampung Sungai Merab, Sepang, dan diwarisi oleh balu serta tiga anaknya.
    """),
    "zh": _lines("""
        申請人陳嘉欣，香港身份證號碼 P813340(2)，住址：新界沙田秦石邨石禧樓1508室。
        失蹤人士：梁婉婷，13歲，身高約1.5米，最後穿著白色校服，於屯門友愛邨附近出現。
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write to IRAS asking for a longer instalment plan? I owe $9,860 for YA2025 and GIRO only gives me 6 months.",
        ),
        (
            "assistant",
            "Sure. State your tax reference number, the amount due, the reason you need more time and the monthly amount you can afford.",
        ),
        (
            "user",
            "My name is Jeremy Toh Kah Meng, NRIC S8306152I. I was retrenched from my logistics job in March and can only pay about $800 a month.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Sir/Madam, I refer to my income tax payable of $9,860 for Year of Assessment 2025 ...'",
        ),
    ],
    [
        ("user", "How does probate work in Singapore if there is a will?"),
        (
            "assistant",
            "The executor named in the will applies for a Grant of Probate through iFAMS, filing the will, a death certificate and a schedule of assets.",
        ),
        (
            "user",
            "My father Lim Teck Soon passed away last month at Sengkang General. The only asset is the HDB flat at Blk 312C Anchorvale Link #11-482, and my brother refuses to sign anything.",
        ),
        (
            "assistant",
            "I'm sorry for your loss. If your brother is not the executor, his signature is not needed for the probate application itself.",
        ),
    ],
    [
        ("user", "I lost my MyKad in Penang last week. Which documents do I need at JPN?"),
        (
            "assistant",
            "You need a police report, a recent passport photo if requested, and the replacement fee. Some branches let you book an appointment online.",
        ),
        (
            "user",
            "The number is 671205-07-5081, and I made the police report at Balai Polis Jalan Patani. Can I collect the new card in KL since I moved to Setapak?",
        ),
        (
            "assistant",
            "Yes, you can choose a different collection branch when you apply, such as the JPN office nearest to Setapak.",
        ),
    ],
    [
        (
            "user",
            "My brother Chan Ho Yin just got a bankruptcy petition served on him at our flat in Tsz Wan Shan. His HKID is R275049(9). What happens next?",
        ),
        (
            "assistant",
            "The court will fix a hearing date. If a bankruptcy order is made, the Official Receiver will usually act as trustee and he must cooperate with them.",
        ),
        (
            "user",
            "He owes about HK$380,000 on credit cards after his gambling got out of control. Can he still keep his job as a bus driver?",
        ),
        (
            "assistant",
            "Bankruptcy does not by itself bar him from driving a bus, but he should check his employment contract and tell the trustee about his income.",
        ),
    ],
    [
        ("user", "What should a prosecution witness expect when testifying in the State Courts?"),
        (
            "assistant",
            "You will take an oath or affirmation, answer questions from the prosecutor, and then be cross-examined by the defence.",
        ),
        (
            "user",
            "I'm Nadia Rahim, the neighbour in the Yishun stabbing case. The subpoena was delivered to my flat at Blk 872 Yishun Street 81 and I have a panic disorder. Can I testify by video?",
        ),
        (
            "assistant",
            "You may ask the prosecution to apply for you to give evidence by video link; a letter from your psychiatrist would support the application.",
        ),
    ],
    [
        ("user", "Please help me write a missing person appeal for Facebook."),
        (
            "assistant",
            "Of course. Please give me the person's name, age, description, where they were last seen, and a contact number.",
        ),
        (
            "user",
            "My grandmother Mdm Ho Soo Lan, 82, has dementia. She walked out of Blk 24 Teban Gardens Road at 6am today in a purple blouse and brown sandals, about 1.48m tall. Call my mum at 9734 5512.",
        ),
        (
            "assistant",
            "MISSING: Mdm Ho Soo Lan, 82, about 1.48m, last seen at 6am near Teban Gardens in a purple blouse. She has dementia. Please call 9734 5512 or the Police at 999.",
        ),
    ],
    [
        ("user", "Saya dapat surat LHDN tentang tunggakan cukai. Boleh tolong terangkan?"),
        (
            "assistant",
            "Boleh. Biasanya surat itu menyatakan jumlah tunggakan, penalti dan tarikh akhir bayaran. Apa yang tertulis dalam surat anda?",
        ),
        (
            "user",
            "Nama saya Zulkifli bin Osman, No. K/P 880412-13-5871. Tunggakan RM14,300 untuk tahun 2022 dan mereka kata saya boleh disekat ke luar negara. Isteri saya sedang dirawat di Singapura.",
        ),
        (
            "assistant",
            "Anda boleh memohon bayaran ansuran di cawangan LHDN dan meminta penangguhan sekatan dengan dokumen perubatan isteri anda.",
        ),
    ],
    [
        ("user", "Our helper has not been paid for three months. How does she file a claim?"),
        (
            "assistant",
            "She can file a salary claim with the Tripartite Alliance for Dispute Management; MOM can also assist foreign domestic workers directly.",
        ),
        (
            "user",
            "She is Rowena Dizon Cruz, passport P4812207B, working for the Lim family at 22 Jalan Rumia. Her employer's number is 8211 6093 and he has threatened to send her home.",
        ),
        (
            "assistant",
            "She should call the MOM FDW helpline and keep copies of her pay slips and messages. She can also seek shelter with an NGO such as HOME.",
        ),
    ],
    [
        ("user", "In a Singapore divorce, how is the matrimonial home usually divided?"),
        (
            "assistant",
            "The court applies the structured approach in ANJ v ANK, weighing direct financial contributions and indirect contributions before deciding the division ratio.",
        ),
        (
            "user",
            "OK. For context it's my divorce from Kelvin Soh Wee Leong. We bought 6 Chestnut Drive together in 2014, he earns about $14k a month and I stopped work in 2017 to care for our son, who has autism.",
        ),
        (
            "assistant",
            "Your indirect contributions as primary caregiver would be taken into account; you should gather records of your payments towards the property and your son's care.",
        ),
    ],
]
