# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en188: SG/MY maid and domestic helper agencies (biodata, transfers, employer complaints, medical checks, loans and placement fees). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en188
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_policy"): _lines("""
        Placement fee charged to the helper is capped at one month of her salary for each year of the employment contract, up to a maximum of two months, under the Employment Agencies Act.
        Replacement policy: one free replacement within 6 months from the date of arrival, provided the employer has not breached the service agreement. An admin fee of $180 applies for each subsequent replacement.
        Our service fee of $1,488 (before GST) covers work permit application, Settling-In Programme booking, the first 6-monthly medical examination (6ME), thumbprint registration and security bond arrangement.
        From 1 July 2023 employers must buy medical insurance with annual coverage of at least $60,000 for inpatient care and day surgery, on top of Personal Accident cover of at least $60,000.
        No refund of service fee once the helper has arrived in Singapore. The loan repayment schedule is shown in the Salary Deduction Form signed by the helper before departure.
        Rest day policy: helpers are entitled to 4 rest days a month, and at least 1 of these cannot be compensated away with payment in lieu.
        Transfer process: (1) interview via Zoom or at our office, (2) current employer signs release letter, (3) new work permit application submitted, (4) helper reports to the new home within 7 days after the IPA is issued.
        Our office at Peninsula Plaza #03-41 is open Mon-Sat 11am-8pm, closed on Sundays and public holidays. Tel 6336 4127.
        EA Licence No. 19C9823 | Registered since 2011 | Member of the Association of Employment Agencies (Singapore)
        The 6ME screens for pregnancy, syphilis, HIV and tuberculosis; the clinic must submit results to MOM within the stated period or the work permit may be revoked.
        Salary deduction for first-time Indonesian helpers is usually 6 to 8 months; for transfer helpers it is usually 1 to 2 months depending on the agency.
        Loan acknowledgement template: I, ____________ (Name), FIN No. ____________, agree that the sum of S$________ will be deducted from my monthly salary over ____ months.
        A $5,000 security bond is required for every non-Malaysian foreign domestic worker and may be forfeited if the employer breaches the bond conditions.
        Monthly levy is $300, or $60 at the concessionary rate if the household has a child below 16, an elderly person aged 67 and above, or a person with disabilities.
        Complaint handling: all feedback is acknowledged within 2 working days and assigned a case reference in the format CR-YYYY-#####. Unresolved cases may be escalated to MOM or CASE.
        Malaysia: under the Private Employment Agencies Act 1981, agencies recruiting foreign domestic workers must hold a valid licence from JTKSM and display it at their premises.
    """),
    ("en", "forms_and_listings"): _lines("""
        BIODATA | Name: [ ] | Date of Birth: [ ] | Place of Birth: [ ] | Height/Weight: [ ] cm / [ ] kg | Religion: [ ] | Marital Status: [ ] | No. of Children: [ ] | Education: [ ]
        Skills assessment (rate 1-5): Care of infants/children __ | Care of elderly __ | Care of disabled __ | General housework __ | Cooking __ | Languages spoken __
        Medical history checklist: Allergies Y/N | Past illnesses (TB, hepatitis, epilepsy, asthma, diabetes, hypertension, mental illness) Y/N | Physical disabilities Y/N | Dietary restrictions: ____
        Food handling preferences: [ ] No pork [ ] No beef [ ] Others ______ | Willing to handle pork: Yes / No | Willing to eat pork: Yes / No
        Employer's declaration: I confirm that the helper will be given adequate food, a separate room or adequate sleeping space, and will not be made to clean window exteriors unless supervised.
        Release letter template: This is to confirm that I, [EMPLOYER NAME], NRIC [XXXXXXXX], agree to release my helper [HELPER NAME], FIN [XXXXXXXX], for transfer with effect from [DATE].
        Available this week: 14 Myanmar (fresh), 9 Indonesian (ex-SG), 6 Filipino (ex-HK, ex-Middle East), 3 Sri Lankan. Interview slots Sat 11am-5pm.
        Salary guide 2026: Myanmar fresh $600-$650, Indonesian fresh $650-$700, Filipino $700-$800, experienced transfer helpers by negotiation.
        Interview questions to ask: How do you handle a crying baby at night? Can you cook Chinese dishes? Are you okay to share a room with grandma? How often do you use your handphone?
        Sample daily schedule: 6:00 wake up & prepare breakfast | 7:30 send kids to bus stop | 9:00 laundry | 12:00 lunch | 14:00 rest 1 hr | 16:00 ironing | 19:00 dinner | 22:00 rest
        Sample employment contract clause 7: Either party may terminate this contract by giving one month's notice in writing or paying one month's salary in lieu of notice.
        Onboarding checklist: [ ] Work permit card collected [ ] SIP completed [ ] Insurance policy number recorded [ ] Thumbprint done [ ] SIM card given [ ] Rest day arrangement agreed
    """),
    ("en", "employer_forum"): _lines("""
        Anyone used an agency at Katong Shopping Centre? Want to know if the $888 package includes the first 6ME or must pay separately.
        First time employer here. Is it normal that the agency asks for the full service fee upfront before the helper even passes the interview?
        Our helper's contract ends in March and she wants to go home for good. How early should we tell the agency to find a replacement so there's no gap?
        My helper keeps asking for salary advance, says family back home needs money for house repair. Should I lend? How do other employers handle loans?
        Can a helper transfer while still owing a loan to the agency? Heard the new agency will top up and the deduction continues, is that legal?
        PSA: the 6ME reminder letter from MOM comes by post, check your mailbox. Missing the deadline can lead to work permit cancellation.
        What's the difference between direct hire and going through an agency? For direct hire I think the helper still must do SIP and you apply on the MOM portal yourself.
        Any recommendation for a clinic near Tampines that does helper medical checks on Sunday? Polyclinic doesn't do 6ME.
        Does a Malaysian employer need to pay SOCSO for a domestic worker? Since 2021 must register with PERKESO right?
        Rant: agency promised "experienced with elderly" but the new helper never cared for a bedridden patient before. How to ask for replacement without drama?
        How much do you all give for Hari Raya or Christmas bonus? Usually half month or one month salary?
        Is it true that helpers cannot work part time for a neighbour even with the employer's permission? Pretty sure that's illegal deployment.
        Landlord asking for the helper's work permit copy for the tenancy agreement, is that allowed? Feels like too much info.
        Malaysia side: how long does Indonesian maid approval take now with the One Channel System? Agent says 3-4 months.
        If your helper is stressed or homesick, CDE runs free counselling and has a 24-hour helpline at 1800 2255 233.
        Did anyone's helper get a false positive for TB on the chest X-ray? Clinic says must re-test at the TB Control Unit, how long does that take?
    """),
    ("en", "news_and_regulation"): _lines("""
        Manpower Minister Tan See Leng told Parliament that the ministry would step up checks on employment agencies found to be overcharging foreign domestic workers.
        MOM figures show there were about 300,000 migrant domestic workers in Singapore at the end of last year, with Indonesia, the Philippines and Myanmar the top source countries.
        Indonesia's migrant worker protection agency announced a zero-placement-cost policy for 10 job categories including domestic workers, but implementation has repeatedly been delayed.
        Human Resources Minister Steven Sim said unlicensed recruitment agents charging excessive fees would face action under the Private Employment Agencies Act.
        Employment contracts for Filipino household service workers must be verified by the Migrant Workers Office in Singapore before the worker can depart from Manila.
        In Anthony Chen's film Ilo Ilo (2013), Teresa, a Filipina helper played by Angeli Bayani, bonds with the troubled boy Jiale during the Asian financial crisis.
        The late Bridget Tan founded the migrant worker charity HOME in 2004 to help domestic workers facing abuse, unpaid wages and debt bondage.
        Employment agencies that fail to screen helpers properly may receive demerit points and, in serious cases, have their licences revoked.
        In a survey of 1,000 helpers, 38% said they had taken a loan in their home country to pay placement fees, and one in five were still repaying it after a year.
        Malaysia and Indonesia signed an MoU in April 2022 on the recruitment and protection of Indonesian domestic workers, which introduced the One Channel System.
        Sri Lanka's Bureau of Foreign Employment requires migrant workers to register before departure, otherwise they may not be covered by its insurance scheme.
        The ministry said 40 employment agency licences were revoked in 2025 for breaches including overcharging fees and submitting false information in biodata.
    """),
    ("en", "system_ops"): _lines("""
        ERROR 2026-03-14T09:22:51+08:00 wp-sync: MOM API returned 503 for batch WPB-20260314-07; retrying in 120s (attempt 2/5)
        INSERT INTO helper_biodata (helper_id, nationality, religion, height_cm, marital_status) VALUES (%s, %s, %s, %s, %s);
        config: sms_gateway.sender_id = "MAIDAGENCY" ; reminder_6me.days_before = 14 ; timezone = "Asia/Singapore"
        Invoice INV-2026-004417 | Service fee $1,388.00 | GST 9% $124.92 | Insurance (PA+Med, 26 mths) $425.00 | Total $1,937.92
        DHL AWB 4417902365: document pouch to Jakarta partner agency delivered 2026-02-11 14:05.
        Ticket #58213 status changed from OPEN to PENDING_EMPLOYER by role agent_ops (SLA 48h).
        FIN format check: pattern ^[FGM][0-9]{7}[A-Z]$ then verify the checksum letter separately before saving.
        Insurance policy no. FDW/PA/26/0098231: endorsement for change of helper processed, premium difference $0.00.
        sha256(biodata_export_2026-05.csv) = 9f2c4e1ab07d3c58e6f1b2a4d9c0e7f3a1b5c8d2e4f6a8b0c2d4e6f8a0b2c4d6
        cron: 0 7 * * 1 python send_rest_day_reminders.py --country SG --dry-run
        Levy GIRO run 2026-04-17: 412 accounts debited, 3 failed (insufficient funds), retry scheduled 2026-04-24.
        Release v3.8.2: fixed PDF rendering of Burmese script in biodata; added Tagalog and Bahasa Indonesia contract templates.
    """),
    ("ms", "notis_agensi"): _lines("""
        Makluman: Pejabat agensi akan ditutup pada 31 Mac sempena Hari Raya Aidilfitri. Urusan permit akan disambung semula pada 3 April.
        Syarat permohonan pembantu rumah asing: majikan mestilah warganegara Malaysia dan mempunyai pendapatan isi rumah yang mencukupi untuk membayar gaji.
        Levi pembantu rumah asing ialah RM410 setahun dan boleh dibayar di kaunter Jabatan Imigresen atau secara dalam talian.
        Pemeriksaan perubatan FOMEMA wajib dibuat dalam tempoh 30 hari selepas pekerja tiba. Sila bawa pasport dan salinan visa rujukan.
        Soalan: Boleh tak pembantu rumah tukar majikan di Malaysia? Jawapan: Boleh, tertakluk kepada kelulusan Jabatan Imigresen dan pembatalan permit lama.
        Bayaran agensi untuk pembantu dari Filipina: RM12,000 hingga RM15,000 termasuk tiket penerbangan, visa dan insurans.
        Aduan terhadap agensi pekerjaan swasta boleh dibuat kepada JTKSM melalui portal SISPAA.
        Borang pinjaman: Nama Pekerja: ________ No. Pasport: ________ Jumlah Pinjaman: RM______ Potongan Bulanan: RM______
        Agensi kami menggalakkan majikan memberi cuti rehat sekurang-kurangnya sekali seminggu kepada pembantu rumah.
        No. Lesen Agensi Pekerjaan Swasta: JTKSM 285C | Sah sehingga 30/09/2027
        Skim SPIKPA perlu diperbaharui setiap tahun bersama pembaharuan PLKS pembantu rumah.
        Hubungi talian pejabat kami 03-7956 2210 (Isnin-Jumaat, 9 pagi-6 petang) untuk temujanji temuduga pembantu.
    """),
    ("zh-Hans", "中介须知"): _lines("""
        本公司提供印尼、缅甸、菲律宾女佣，新手及转换雇主均有，欢迎预约面试。
        女佣每六个月须进行一次体检（6ME），检查项目包括怀孕、梅毒、艾滋病及肺结核。
        雇主须为每位非马来西亚籍女佣缴纳5000新元保证金，一般以保险公司担保代替。
        向女佣收取的中介费每一年合约不得超过她一个月的薪水，最多两个月。
        请问大家，女佣放假一般给多少零用钱？第一次请女佣，不太清楚行情。
        马来西亚请印尼女佣现在要通过单一渠道系统，等待时间大概三到四个月。
        女佣资料表：姓名____ 年龄____ 宗教____ 婚姻状况____ 子女人数____ 工作经验____（请中介填写）
        服务费1388元（不含消费税），包括工作准证申请、入职培训课程（SIP）、首次体检及保险。
        办公室地址：Peninsula Plaza, 111 North Bridge Road #04-21，营业时间每天上午11点至晚上8点，电话6338 2716。
        看完《爸妈不在家》，里面的菲佣Teresa和小男孩家乐的感情真的很感人。
        注意：女佣不能在雇主以外的地方兼职，否则雇主和女佣都可能被罚款。
        工单号 SG-2026-00781：雇主投诉已转交客户服务部处理，预计三个工作日内回复。
    """),
    ("mixed", "group_chat"): _lines("""
        eh the agency at City Plaza got promo or not? my colleague say $0 agency fee for ex-HK helpers but must take their insurance package
        Walao the 6ME clinic queue so long on Sunday, better go weekday morning lah
        Kak, boleh tanya, transfer maid kena bayar berapa kat agency sekarang? Heard around $1k++
        我的朋友说印尼新手要扣7个月薪水, is it true ah? Sounds damn a lot
        Pls don't anyhow sign the salary deduction form, read first lah, some agency put extra "training fee"
        ok noted, Saturday 3pm interview at the office, bring the form and cheque can already?
        Today MOM website down again, cannot renew WP. Try again tmr lor
        Haiya the insurance agent call me everyday to upgrade maid insurance, anyone got the $60k medical plan cheap one?
        Malaysia punya FOMEMA result keluar dalam 2 hari je, quick lah this time
        Bro the levy GIRO gagal sebab account tak cukup duit, boleh bayar manual kat MOM portal kan?
        Sunday Lucky Plaza 好多人, better go Monday to remit money.
        Reminder group: Hari Raya week agency close 5 days, plan your transfer earlier ya
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BIODATA | Name: SRI WAHYUNINGSIH | DOB: 14/03/1993 | Place of birth: Blitar, East Java | Height 152cm / Weight 48kg | Religion: Islam | Married, 2 children (9 and 6) left with her mother | Exp: 4 yrs Singapore, care of elderly with dementia
        Helper profile: NAW PAW HTOO, Myanmar (Karen), 27 yrs, single, Christian, Grade 10, fresh. Medical: mild asthma in childhood, no medication now. Prefers family without dogs.
        Transfer maid available: Maricel Dizon Aquino, Filipina, 36, FIN G5823490M, current employer releasing her on 20 May because the family is migrating to Perth. Expected salary $750, 1 off day a week.
        Complaint ticket CR-2026-01933: Mdm Lim Bee Hoon (HP 9734 2185) says her helper Yuliana fell sick 3 times in the first month and the agency refused replacement. Requests refund of $1,200.
        6ME result slip - Jurong Point clinic | Patient: ROSMIATI BINTI SUPARMAN | FIN: F2087436T | Pregnancy: Negative | VDRL: Non-reactive | HIV: Negative | CXR: old fibrotic changes right upper zone, refer TTSH TBCU
        Loan schedule for helper KHIN MYAT NOE (FIN M2750964Q): total placement loan $3,600 | deduction $500/mth x 7 + $100 in 8th month | pocket money $100 during deduction period
        Employer details for WP application: Mr Gurpreet Singh s/o Harbans Singh, NRIC S7340314F, 52 Jalan Chempaka Kuning, Singapore 468754 (landed); household: wife, 2 children aged 4 and 7, mother-in-law 81 (wheelchair).
        Hi Priya, this is Agnes from the agency. Your new helper Dewi Lestari lands at Changi T2 on Thursday 10:45pm on GA 828. Please bring your original NRIC for the collection. Call me at 9184 6602 if any issue.
        Card payment received: cardholder TAN WEI JIE, card 4556 3364 9198 0460 exp 09/28, amount S$1,070.00 (transfer fee for helper Sumarni).
        Refund request: pls transfer $650 back to employer Ms Nur Aisyah binti Rahmat, POSB Savings 188-72613-4, as helper Lina was repatriated within 2 weeks.
        Incident report 07/08/2026: Helper MA. CRISTINA BAUTISTA TOLENTINO (FIN G8762690W) alleges verbal abuse by the employer's son at Blk 412 Bedok North Ave 2 #09-118. Requested transfer; staying at agency boarding for now.
        Shortlist for employer Chua Siew Ling: (1) Ni Made Ayu Lestari, 29, Bali, 3 yrs HK (2) Thida Aung, 25, Mandalay, fresh (3) Jennylyn Pascual, 41, ex-Dubai, 8 yrs with twins.
        Salary record Feb 2026 - helper Siti Khotimah: basic $650, rest day compensation 2 x $30, loan deduction -$550, paid in cash $160, signed by employer Mr Ong Kah Seng.
        Dear agency, I am Jasmine Koh, employer of your helper Parwati. She told me her mother in Cilacap passed away and she needs an $800 advance to go home. Please reply to jasminekoh.home@gmail.com.
        WP issuance notice - Employer: LEE KOK HWA, NRIC S6108775C | FDW: SUMINAH, FIN F3166997U | Issued 02/02/2026 | Thumbprint & photo registered at MOM Services Centre
        Pls remind Ms Rachel D'Cruz that her helper Evangeline Santos's passport P4829173B expires 15 Nov, must renew at the embassy before the WP renewal.
        Note: employer Encik Azman bin Hashim (012-688 4513) keeps calling late at night asking to cancel the permit of helper Tri Wulandari because she "uses phone too much". Advised him to follow the notice period.
        Biodata (transfer) | TIN TIN AYE | Myanmar, 33 | Divorced, 1 son (12) with grandparents in Bago | 4 yrs with current family in Bishan caring for stroke patient | Reason for transfer: employer passed away | FIN M4208110P
        Insurance claim: insured helper PUJI ASTUTI, FIN G7358712W, admitted to Ng Teng Fong General Hospital 03/04/2026 for appendectomy, bill $6,420.35, policy FDW/MED/26/0113456, employer Mdm Rajeswari d/o Pakirisamy.
        Quick note: our candidate Hendrawati (31, from Indramayu, ex-Taiwan) tested positive for hepatitis B at the pre-departure medical; Jakarta partner asking whether employer Mrs Heng Li Ping still wants to proceed.
        Receipt No. 004512 - Received from Mr Muhammad Faizal bin Abdul Latif the sum of S$1,800.00 being full payment of agency fee for helper Nurhayati Ningsih.
        Hotline log 14:32: caller Daniel Fernandez, 9461 7730, says his former helper is posting photos of his kids on Facebook and wants the agency to intervene.
        INTERNAL - do not accept orders: Mr & Mrs Ho Jun Hao, 31 Sunset Way #04-07, S(597156) - 3 helpers transferred out within 10 months, repeated complaints of inadequate food.
        Helper Ratna Sari's brother keeps calling the office from +62 813-2749-5061 asking for her salary to be sent to him directly. Ratna says do NOT give. Forwarded to case officer.
        Employer application: Name: CHONG MEI LIN (Ms) | NRIC: S8645441F | Mobile: 8273 9046 | Occupation: Staff nurse | Household income $9,800 | Residence: 5-room HDB, Punggol
        DocuSign audit: service agreement signed by mohd.hafiz.rahman88@hotmail.com (employer) on 2026-02-03 11:42 SGT, IP logged.
        Interview feedback: Rohini Kumari Wijesinghe (Sri Lankan, 39) - good English, cooked fish curry well, but admitted she was sent home in 2023 after her employer accused her of theft (case dropped).
        Memo: helper Aye Aye Mon is 5 months pregnant per 6ME result dated 12/09. MOM notified and repatriation arranged for Friday. Employer Mr Lawrence Tay informed by phone.
        Order note: Mdm Lee Hui Min (hp 96128874) wants a Myanmar helper who speaks basic Mandarin, to care for her father (Parkinson's, 78) in Toa Payoh. Budget $650.
        Medical check booking Mon 18 May 9.30am, Healthway Ang Mo Kio: FDW Marites Ocampo Reyes, employer Mr Vijay Anand s/o Ramasamy to accompany, bring passport and WP card.
        Transfer fee dispute: Mr Bryan Lau says he paid $1,300 for helper Kartini binti Sanusi, who left after 9 days. Card used 4864 7400 0478 4227. Wants chargeback.
    """),
    "ms": _lines("""
        Aduan majikan: Puan Norhayati binti Ismail (No. KP 880506-13-5190), tel 016-742 3381, mendakwa agensi di Kuching mengambil bayaran RM9,800 tetapi pembantu rumah tidak sampai selepas 5 bulan.
        Borang pinjaman: Nama Pekerja: SUSANTI BINTI KARSO | No. Pasport: C 4719263 | Jumlah Pinjaman: RM4,200 | Potongan Bulanan: RM350 x 12 bulan | Majikan: Encik Lim Chee Keong
        Keputusan FOMEMA: pekerja YUNI ARTINI, Indonesia, 34 tahun - TIDAK SESUAI kerana Hepatitis B reaktif. Majikan Tan Ah Seng dimaklumkan pada 12/06.
        Pemindahan majikan: pembantu rumah Marlina binti Sahri dipindahkan daripada En. Rosli bin Ahmad (Shah Alam) kepada Pn. Wong Siew Peng (Cheras) berkuat kuasa 1 Julai; baki pinjaman RM1,150 ditanggung majikan baru.
        Assalamualaikum kak, ni Siti dari agensi. Pembantu akak, Eka Purwanti, dah sampai KLIA2 jam 3 petang, saya hantar ke rumah akak di No. 18 Jalan SS 2/64, Petaling Jaya malam ni ya.
        Majikan Encik Faridzuan bin Othman (MyKad 780412-10-5521) memohon pembatalan permit pembantu rumah kerana beliau diberhentikan kerja dan tidak mampu membayar gaji RM1,700 sebulan.
        Gaji tertunggak: pembantu NUR KHASANAH - 4 bulan tidak dibayar (RM6,000). Majikan: Chew Boon Huat, No. 7 Lorong Mawar 3, Taman Bukit Indah, 81200 Johor Bahru. Kes dirujuk ke JTK.
    """),
    "zh-Hans": _lines("""
        雇主陈丽娟（电话9051 3376）投诉：印尼女佣Sulastri来了两个星期就说想回家，中介说要再付800元才能换人。
        女佣资料：姓名 MYINT MYINT KHAING，缅甸，29岁，已婚，一个女儿5岁，在新加坡照顾中风老人3年，FIN M3588986P。
        体检通知：女佣Wulan Sari的6ME验出怀孕，雇主黄志明先生已被告知，须尽快安排她回国。
        雇主资料：张晓燕，中国籍永久居民，身份证号码350102198506143725，手机8392 4471，需要会说中文的缅甸女佣照顾双胞胎。
        贷款记录：菲佣Rosalie Mendoza向中介借款1500新元寄回家给儿子交学费，每月从薪水扣250元，共6个月。
        转换雇主申请：现雇主刘国栋先生（NRIC S7028355G）同意释放女佣Sri Rahayu，新雇主林淑芬女士，住Woodlands Drive 62 Blk 681B #08-221。
    """),
    "mixed": _lines("""
        my new helper Nining Suryani told me her previous employer never give her off day for 2 years sia, now she scared to even ask me
        Kak Yati pls help, my maid Ernawati binti Darsono lari from house last night, passport still with agency. Her hp 0812-3391-6674 cannot reach. Ada sesiapa nampak dia kat Lucky Plaza?
        刚才agency call说我家helper Rina Marlina 的 medical got TB shadow, 要 retake X-ray at TTSH, 我 Koh Boon Leng 已经 sign the form liao
        boss, pls bank in the refund to my Maybank 1641 2358 7740 (acc name: Lee Mei Fong), the maid tak jadi datang
        Sis, my helper Jocelyn Ramos Villanueva wanna go back Iloilo for her father's heart surgery, need 2 weeks leave, agency say must get employer letter, can send me template?
        Ms Ng Pei Shan ah, your helper Ngwe Ngwe's WP renewal kena reject because income not enough, pls call our office 6738 1190. Your NRIC is S9387913I right?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a customer service assistant for a Singapore maid agency."),
        (
            "user",
            "Hi, I'm Melissa Tan, employer of helper Sutini. She has been coughing for 3 weeks and lost weight, should I bring her for an X-ray before her 6ME?",
        ),
        (
            "assistant",
            "A cough lasting more than 2 weeks with weight loss should be seen by a doctor soon, don't wait for the 6ME. A GP can order a chest X-ray. Would you like us to help book a clinic?",
        ),
        (
            "user",
            "Yes please. Her FIN is G6108775W and you can reach me at 9026 4418, weekday evenings best.",
        ),
    ],
    [
        (
            "user",
            "Help me write a complaint to Harmony Maid Agency. I'm Gary Yeo, 23 Lorong Ah Soo #06-12 Singapore 536741. I paid $2,150 on 3 Jan for helper Siti Aminah, she went home after 5 weeks and they refuse the free replacement.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Sir/Madam, I am writing about the helper placement paid on 3 January. The helper returned home after five weeks and under your replacement policy I am entitled to one free replacement within six months. Please confirm the replacement within 7 days, failing which I will escalate to MOM.",
        ),
        (
            "user",
            "Add that my mother is 84 and bedridden so I really cannot wait, and sign it with my name and address.",
        ),
    ],
    [
        (
            "user",
            "hello kak, saya Lestari Handayani, FIN F2134056K, helper di Singapore. agency potong gaji saya 8 bulan tapi kontrak bilang 6 bulan. boleh bantu?",
        ),
        (
            "assistant",
            "Hi, you can check the Salary Deduction Form you signed. If the agency is deducting more than what you agreed, you can call MOM or the CDE helpline for free advice. Do you have a copy of the form?",
        ),
        (
            "user",
            "ada, it says $3,300 total. agency name Bestari Link at Peninsula Plaza. my employer Mrs Wong Lai Kuen also confused why still deducting",
        ),
    ],
    [
        (
            "user",
            "Can you make a nice biodata for my helper so the agency can list her for transfer? Name Thin Thin Zar, Myanmar, 31, Buddhist, single.",
        ),
        (
            "assistant",
            "Sure. Could you share her work experience, skills and the reason for transfer?",
        ),
        (
            "user",
            "3.5 yrs with us in Clementi, cared for my late father-in-law who had diabetes and dialysis 3x a week, cooks Chinese and Burmese food. We are moving to Melbourne in June so releasing her. FIN M5387913J.",
        ),
        (
            "assistant",
            "BIODATA | Thin Thin Zar | Myanmar, 31 | Buddhist, single | 3.5 years in Singapore, experienced with elderly care including a dialysis patient | Cooks Chinese and Burmese | Reason for transfer: employer relocating overseas.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu maya untuk agensi pembantu rumah di Johor Bahru."),
        (
            "user",
            "Saya Khairul Anuar bin Yusof, No. KP 820718-08-5437. Pembantu rumah saya Aminah dari Lombok gagal FOMEMA sebab TB. Apa saya perlu buat?",
        ),
        (
            "assistant",
            "Pekerja yang disahkan tidak sesuai oleh FOMEMA perlu dihantar pulang dan permitnya tidak boleh diperbaharui. Agensi boleh bantu urusan penghantaran pulang dan permohonan pengganti.",
        ),
        ("user", "Ok, telefon saya 019-775 2086. Tolong uruskan tiket balik Aminah minggu depan."),
    ],
    [
        (
            "user",
            "我是雇主王美玲，我家女佣Nurul Hidayah想跟我借2000新元寄回家给她妈妈做手术，我应该借吗？",
        ),
        (
            "assistant",
            "可以借，但建议双方签一份书面借款协议，写明金额和每月扣款，每月扣款不要太多，确保她还有足够的零用钱。",
        ),
        (
            "user",
            "好的，她每个月薪水680元，我想每月扣300元，她的FIN是G9028355W，请帮我写一份借款协议。",
        ),
    ],
    [
        (
            "user",
            "Need to write an incident report for the agency. My helper Analyn Cruz Bernardo slipped while cleaning the bathroom yesterday at our flat, Blk 218 Jurong East St 21 #11-402.",
        ),
        (
            "assistant",
            "I can help. What injuries did she sustain, what treatment did she receive, and who witnessed it?",
        ),
        (
            "user",
            "Fractured left wrist, treated at Ng Teng Fong A&E, 14 days MC. I was at work, my wife Grace Lim found her. Insurance claim under my name Samuel Lim Jun Wei.",
        ),
    ],
    [
        (
            "user",
            "Draft a release letter. Employer: Tan Chee Wei, NRIC S7823490C. Helper: Suprihatin, FIN M2087436P. Release date 15 June 2026.",
        ),
        (
            "assistant",
            "This is to confirm that I, Tan Chee Wei, NRIC S7823490C, agree to release my helper Suprihatin, FIN M2087436P, for transfer with effect from 15 June 2026. Signed: ________",
        ),
        (
            "user",
            "Also add that she has an outstanding loan of $400 with me which the new employer agreed to pay.",
        ),
    ],
    [
        (
            "user",
            "ma'am i'm a helper, my name Rowena Dela Cruz. employer's son always come into my room at night, i'm scared. can i transfer?",
        ),
        (
            "assistant",
            "I'm sorry you're going through this. You can call the MOM FDW helpline or the police if you feel unsafe. Employment agencies and NGOs such as CDE can help you with a transfer and a safe place to stay.",
        ),
        (
            "user",
            "the house is at 16 Jalan Kembangan, Singapore 419113. my phone is 8917 3305, please call only on sunday when I'm outside",
        ),
    ],
    [
        (
            "user",
            "Put these 6ME results into a table: Marlene Galang F1762690Q all negative; Sumiati binti Wardi - syphilis reactive, repeat test; Zin Mar Htwe - CXR abnormal, refer TBCU.",
        ),
        (
            "assistant",
            "Helper | FIN | Result / Marlene Galang | F1762690Q | All negative / Sumiati binti Wardi | - | Syphilis reactive, repeat test / Zin Mar Htwe | - | CXR abnormal, refer TBCU",
        ),
        (
            "user",
            "Thanks, now draft a message to Sumiati's employer Mr Kumar s/o Pillai telling him about the repeat test.",
        ),
    ],
    [
        (
            "user",
            "I cancelled my maid order, agency said refund $1,000 to card. My card is 5203 9951 3021 1092 under Angela Teo. How long will it take?",
        ),
        (
            "assistant",
            "Card refunds usually take 7 to 14 working days to appear. Please do not share your full card number in chats; the agency only needs the transaction reference.",
        ),
        ("user", "ok sorry, the reference is INV-2026-003982. i paid on 2 March."),
    ],
]
