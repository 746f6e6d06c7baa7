# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en26: Hong Kong English (public housing and Housing Authority letters, MPF and IRD tax correspondence, domestic helper agencies, school admission forms, property management notices, HK-style Chinglish WhatsApp; clean: Legco and legislation news, hospital and government notices, MTR and bus announcements, Cantopop and film, HKEX announcements). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en26
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "legco and legislation news"): _lines("""
        Legco passed the Employment (Amendment) Bill on its third reading, replacing the old '418' continuous contract rule with a '468' rule.
        Legco President Andrew Leung Kwan-yuen said the Finance Committee will meet at 9 am on Friday in Conference Room 1, Legislative Council Complex, 1 Legislative Council Road, Central.
        Under section 8 of the Personal Data (Privacy) Ordinance, Cap. 486, the Privacy Commissioner may approve codes of practice for data users.
        Part IVA of the Landlord and Tenant (Consolidation) Ordinance, Cap. 7, which regulates tenancies of subdivided units, took effect on 22 January 2022.
        Financial Secretary Paul Chan Mo-po told the chamber that the one-off salaries tax reduction would be 100 per cent, capped at HK$1,500 per case.
        Chief Executive John Lee Ka-chiu took questions from members for 90 minutes at Thursday's Question and Answer Session.
        LC Paper No. CB(1)1183/2025 sets out the Administration's response to the Bills Committee on the Stamp Duty (Amendment) Bill 2025.
        The motion on standard working hours moved by the Member for the Labour functional constituency was negatived after a division, 21 votes for and 44 against.
        G.N. 5821 of 2025 in the Government Gazette appoints 1 May 2025 as the day on which the abolition of the MPF offsetting arrangement takes effect.
        The Panel on Housing was told the average waiting time for general applicants for public rental housing fell to 5.3 years in the quarter ending September.
        Question 14 at the Council meeting of 16 October asked the Secretary for Transport and Logistics about the cost of the HK$2 public transport fare concession scheme.
        Article 14 of the Hong Kong Bill of Rights, set out in Cap. 383, protects everyone against arbitrary or unlawful interference with privacy, family, home or correspondence.
        The 1966 Hansard records the Colonial Secretary defending the five-cent Star Ferry fare rise in the old Legislative Council chamber at the Supreme Court building.
    """),
    ("en", "hospital and government notices"): _lines("""
        Hospital Authority: the Accident and Emergency Department of Queen Elizabeth Hospital, 30 Gascoigne Road, is very busy; semi-urgent and non-urgent patients may wait over 8 hours.
        Please check A&E waiting times on the HA Go app or at www.ha.org.hk before you set off.
        Department of Health: the annual Elderly Health Care Voucher amount is HK$2,000 for each eligible Hong Kong resident aged 65 or above.
        For enquiries about the smart identity card replacement exercise, please call the Immigration Department hotline 2824 6111.
        How to fill in Form ID 936: write the identity card number exactly as in the example A123456(7), including the check digit in brackets.
        Name in English (as shown on identity card), e.g. CHAN Tai Man; do not write aliases in this box.
        Median waiting time for routine new cases at the Orthopaedics specialist out-patient clinic, Kowloon West Cluster: 93 weeks; longest: 141 weeks.
        The Transport Department licensing office at 3/F, United Centre, 95 Queensway, Admiralty, will close at 12 noon on Christmas Eve.
        Water Supplies Department: fresh water supply to parts of Sham Shui Po will be suspended from 11 pm on 14 March to 6 am the following day for mains repair.
        Labour Department reminder: the Minimum Allowable Wage for foreign domestic helpers is HK$4,990 a month for contracts signed on or after 28 September 2025.
        The Social Welfare Department hotline 2343 2255 answers family and child welfare enquiries 24 hours a day.
        Tropical Cyclone Warning Signal No. 8 was issued by the Hong Kong Observatory at 2:40 am; all general out-patient clinics are closed.
        Government hotline 1823 handles enquiries and complaints for 23 departments, including the Food and Environmental Hygiene Department.
    """),
    ("en", "mtr and bus announcements"): _lines("""
        Next train to Tuen Mun: 2 minutes. Please stand back from the platform screen doors.
        Due to a signalling fault at Tai Wai, Tuen Ma Line trains between Hung Hom and Tai Wai are running at longer intervals; passengers may take KMB route 81C.
        Please mind the gap. Admiralty is the interchange station for the Island, South Island, Tsuen Wan and East Rail lines.
        KMB route 1A Star Ferry - Sau Mau Ping (Central) will be diverted via Chatham Road South between 10:00 and 18:00 on Sunday for the marathon.
        Citybus route A21 to Hung Hom Station departs the Airport Ground Transportation Centre every 10 to 15 minutes; adult fare HK$33.7.
        For lost property on MTR trains please call the MTR hotline 2881 8888 or visit the Lost Property Office at Admiralty Station.
        The adult Octopus fare from Lo Wu to Admiralty is HK$52.3; JoyYou Card holders aged 60 or above pay HK$2 per trip.
        Exit D2 of Mong Kok station leads to Sai Yeung Choi Street South; Exit E2 leads to Nathan Road and Langham Place.
        Light Rail route 705 Tin Shui Wai Circular is suspended between Tin Yiu and Tin Wu stops after a traffic accident.
        NLB route 23 from Tung Chung Town Centre to Ngong Ping runs every 20 minutes on Sundays and public holidays.
        The last East Rail Line train to Lo Wu leaves Admiralty at 22:55; the first train from Lo Wu departs at 05:55.
        Train T117 on the South Island Line was withdrawn from service at 08:42 because of a door fault; normal service resumed at 09:05.
        KMB double-decker ATENU1044, registration SV 4561, is an Enviro500 MMC normally allocated to route 269D at the Sha Tin depot.
    """),
    ("en", "cantopop and film"): _lines("""
        Leslie Cheung's 'Monica' (1984) is still the song that fills the floor at every Canto-disco night in Lan Kwai Fong.
        Wong Kar-wai's In the Mood for Love (2000), starring Tony Leung Chiu-wai and Maggie Cheung, was restored in 4K for its anniversary re-release.
        Anita Mui's series of concerts at the Hong Kong Coliseum in November 2003 were her last public performances before she died of cervical cancer.
        Jacky Cheung, one of the Four Heavenly Kings, played 146 shows on his 1/2 Century world tour between 2010 and 2012.
        The bronze Bruce Lee statue on the Avenue of Stars in Tsim Sha Tsui returned after the promenade reopened in 2019.
        Infernal Affairs (2002), directed by Andrew Lau and Alan Mak, was remade by Martin Scorsese as The Departed.
        Stephen Chow's Kung Fu Hustle took more than HK$61 million at the Hong Kong box office.
        A Guilty Conscience, starring Dayo Wong, became the first Hong Kong film to gross over HK$100 million locally.
        Sam Hui's theme song for The Private Eyes (1976) is often called the start of modern Cantopop.
        Faye Wong's 'Dreams' plays throughout Chungking Express, which was shot around Chungking Mansions at 36-44 Nathan Road.
        Eason Chan's 'Lonely Christmas' climbs back into the Hong Kong streaming charts every December.
        I cried at the end of Echoes of the Rainbow; my dad says Sham Shui Po really looked like that in the sixties.
        The Hong Kong Film Archive at 50 Lei King Road, Sai Wan Ho, is screening a Josephine Siao retrospective this month.
    """),
    ("en", "hkex announcements"): _lines("""
        HSBC Holdings plc (Stock Code: 5) announces a third interim dividend of US$0.10 per ordinary share, payable on 19 December.
        Tencent Holdings Limited (Stock Code: 700) repurchased 1,204,000 shares on the Stock Exchange on 12 November at prices between HK$416.40 and HK$418.20.
        The Board of CK Hutchison Holdings Limited (Stock Code: 1), chaired by Mr Victor Li Tzar-kuoi, recommends a final dividend of HK$1.514 per share.
        Chow Tai Fook Jewellery Group (1929.HK) reported same-store sales in Mainland China down 12.4% for the quarter ended 30 September.
        Sun Hung Kai Properties Limited (Stock Code: 16) will hold its AGM at the Grand Ballroom, Conrad Hong Kong, Pacific Place, 88 Queensway, at 11:00 a.m. on 7 November.
        At the request of Golden Harbour Holdings Limited (Stock Code: 8492), trading in its shares was halted at 9:00 a.m. pending an announcement containing inside information.
        Link REIT (Stock Code: 823) declares a final distribution of HK$1.3202 per unit; the record date is 3 June.
        The Hang Seng Index closed up 382.5 points at 19,824.1; main board turnover was HK$132.6 billion.
        Branch share registrar: Computershare Hong Kong Investor Services Limited, Shops 1712-1716, 17th Floor, Hopewell Centre, 183 Queen's Road East, Wan Chai.
        Henderson Land Development (Stock Code: 12) said the founding family's trusts together hold about 72.8% of the issued shares.
        A Form 3A notice shows BlackRock, Inc. holding a long position of 5.03% in Hong Kong Exchanges and Clearing Limited (388).
        The Hong Kong Public Offering comprises 24,500,000 H Shares at HK$26.80 each; application lists open at 11:45 a.m. on 18 March.
        Cathay Pacific Airways (Stock Code: 293) carried 2,171,000 passengers in October, up 25.8% year-on-year.
    """),
    ("en", "estate and property notices"): _lines("""
        Notice to residents of Block C, Lok Fu Estate: lifts will be suspended from 10:00 to 16:00 on 18 March for the annual examination under Cap. 618.
        Green Form Subsidised Home Ownership Scheme 2025 offers 3,790 flats; forms are available at HA Headquarters, 33 Fat Kwong Street, Ho Man Tin, hotline 2712 8000.
        Under the Marking Scheme for Estate Management Enforcement, throwing objects from height incurs 15 points; report cases to the Housing Authority hotline 2712 2712.
        The management fee for 2026 is HK$3.12 per square foot of saleable area and is payable by the 7th of each month.
        Water tank cleaning at Kam Fung Court will take place on 9 May from 9 am to 5 pm; please store water in advance.
        The annual fire drill for Cheung Sha Wan Estate will start at 10:30 am on Saturday; residents on floors 1 to 35 should use the staircases, not the lifts.
        Address format guide: 'Flat 3, 12/F, Block B' means unit 3 on the twelfth floor of Block B; the example is for illustration only.
        Under the Well-off Tenants Policies, households that have lived in public rental housing for 10 years or more declare income and assets every two years.
        Please bag your rubbish before using the refuse room; CCTV in lift lobbies is operated in line with the Housing Department's privacy guidelines.
        The rainbow-painted blocks of Choi Hung Estate are popular with photographers; please do not climb the basketball court fence.
        Rodent bait will be placed on the podium of So Uk Estate from 2 to 6 June; please keep children and pets away.
        The Owners' Corporation will hold its general meeting in the clubhouse multi-function room at 7:30 pm; the agenda is posted beside the mailboxes.
    """),
    ("en", "mpf and tax guidance"): _lines("""
        The 2024/25 Tax Return - Individuals (BIR60) will be issued on 2 May; filing through eTAX extends the deadline by one month.
        From 2024/25, salaries tax at standard rate is 15% on the first HK$5 million of net income and 16% on the remainder.
        The maximum level of relevant income is HK$30,000 a month, so the maximum mandatory contribution is HK$1,500 each for employer and employee.
        Tax deductible voluntary contributions and qualifying deferred annuity premiums are deductible up to HK$60,000 a year in total.
        All MPF schemes are moving onto the eMPF Platform; scheme members can call the eMPF hotline 183 2622 for help.
        Specimen BIR60 Part 4.1: Name of employer ABC Company Limited; Capacity employed: Clerk; Period 1/4/2024 - 31/3/2025.
        The IRD enquiry hotline 187 8088 is answered by the Centralised Hotline Information Processing System.
        You may apply to hold over provisional salaries tax if your income for the year is expected to fall by 10% or more.
        For 2024/25 the basic allowance is HK$132,000, the married person's allowance HK$264,000 and the child allowance HK$130,000 for each child.
        Under the MPF Default Investment Strategy, the risk of a member's investments is reduced automatically between the ages of 50 and 64.
        Employers file Form IR56E when a new employee starts, IR56F on termination and IR56G when an employee is about to leave Hong Kong.
        The Inland Revenue Department is at Revenue Tower, 5 Gloucester Road, Wan Chai; counters open from 8:45 am to 5:30 pm.
    """),
    ("mixed", "hk chinglish chat"): _lines("""
        MTR again delay la, Tsuen Wan Line 又壞 😩 anyone know when fix?
        Lunch go 茶記 ok? 鴛鴦 + 西多士 set only HK$48, very 抵.
        8號風球 tmr confirm or not? Observatory only say 'consider' 啫.
        Ho Lee Fook in Elgin Street 今晚 book 唔到 table, full until next Fri.
        Weekend go 大澳, take bus 11 from Tung Chung, remember bring Octopus.
        我 so tired today, OT until 11pm, boss say deadline is deadline lor.
        哥哥 anniversary 1 April, Mandarin Oriental 門口 many flowers again 🌹
        Wah the 2712 2712 hotline wait 20 mins 都未有人聽 😤
        Sunday 飲茶 at Maxim's Palace City Hall, 10:30 ok ma? Mum says book early.
        HSBC app down again, 轉唔到數 since 9am, 係咪得我?
        Lift maintenance again next Tues 10am-4pm, walk stairs 😂 pls share the notice la.
        Sick today 🤒 go 普通科門診 book via HA Go, queue no. 38, so many ppl.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Dear Mr LAU Chi-keung, your PRH application no. G 0934172 (5) has reached detailed eligibility vetting; please attend the interview at 10:30 am on 14 January at Lok Fu Customer Service Centre.
        Tenant Ms TSANG Wai-ling (HKID E482913(6)) of Flat 1417, 14/F, Hing Tung House, Tung Tau Estate, Wong Tai Sin, owes rent of HK$6,384 for three months.
        Notice to Quit served on Mr HO Kwok-wing, Rm 2208, Yat Fung House, Yat Tung Estate, Tung Chung, for non-occupation of the flat since March.
        Household member LEUNG Siu-man (daughter), clerk, monthly income $18,600, savings $237,410 in BOC a/c 012-875-2-039184-7.
        Hi Mrs Cheng, re IRD file 7P1-40938251 - your 2023/24 salaries tax demand shows $42,870, 1st instalment due 10 Jan. Pls call me back on 9462 0187. Kelvin
        IR56B: employee SIN Ka-yan, HKID R574029(6), Flat C, 9/F, Kwong Fat Building, 88 Fuk Wa Street, Sham Shui Po, total income HK$312,000.
        MPF member a/c 2018 3391 0472 (Rainbow MPF Scheme) - NG Hoi-yan, DOB 03/08/1991, mobile 6381 2740.
        Claim for early withdrawal of MPF on the ground of terminal illness: member WONG Pui-shan, stage IV pancreatic cancer, under treatment at Prince of Wales Hospital.
        Candidate profile: Maricel D. Santos, 34, from Ilocos Norte, Philippine passport P4829173B, two kids back home, finished contract with a family in Tai Po.
        Sri Wahyuni, Indonesian, passport C3917428, HKID W381937(2), can cook Chinese food, available from 1 Feb after release letter.
        Contract no. 407 - employer Mr CHOW Man-kit, Flat B, 8/F, Kingsford Gardens, 1 Tin Hau Temple Road, North Point, tel 9183 5527; helper Rowena B. Dizon, salary HK$4,990.
        Agency note: Jocelyn Abad's employer Mrs Yeung in Ma On Shan terminated her early because she is 4 months pregnant, pls find new employer asap.
        Primary One Admission: child CHEUNG Hoi-lam, birth cert no. Z683915(2), DOB 17-04-2019, parent mobile 5604 2918, address Flat 23B, Tower 5, Ocean Shores, Tseung Kwan O.
        S1 interview slip: applicant LAM Tsz-ching; father LAM Wai-ho, occupation taxi driver, email lamwh1978@gmail.com
        Sibling HO Ching-yi is in class 4B (student no. 2019087); the family receives CSSA, case no. 3487291, so pls waive the fee.
        To Mr KWAN Sai-hung, owner of Flat F, 16/F, Block 3, City Garden: management fee arrears of HK$4,215.60 since August; legal action will follow.
        Car VK 8213 at space B2-47 belongs to Mr Wu of 28/F Flat A - pls move it or call him on 9725 4031.
        CCTV shows the resident of Flat 1907, Chun Wah House, Ms FUNG Mei-kuen, throwing a rice cooker from her window at 11:42 pm on 3 March.
        Sick leave cert: YIP Chun-hung, HKID G739104(8), Kwong Wah Hospital, dx major depressive disorder, leave 14/10 - 27/10.
        my HSBC Red card 5453 8730 1946 2283 exp 09/28 (LO MAN YEE) got charged HK$8,420 at Wing On, not me!!
        Hi I'm Priscilla Tang from 33E Harbour Heights, pls don't let my ex-husband Alan Mok up to the flat, his car is RX 3396.
        Provisional agreement, Flat 8A, Tower 2, Ocean Pride, Tsuen Wan: purchaser ZHOU Jianhua, PRC ID 44030419850716283X, deposit HK$480,000.
        Talent scheme applicant AO IEONG Sio Man, Macau BIR 5215387(2), mobile +853 6628 4170, currently working in Taipa.
        Tenant: Lin Yu-ting (Taiwan ID A234567891), room at 4/F, 45 Tung Choi Street, rent HK$5,800, WhatsApp +886 932 517 604.
        MPF transfer out - GOH Wei Ling, NRIC S8123456D, now in Singapore, email goh.weiling88@yahoo.com.sg, tel +65 9127 4408.
        Transferee TAN Mei Ling, MyKad 870512-14-5273, moving from the KL office on 1 March, mobile +60 12-738 2941.
        Key is with the landlord in Shenzhen, Mr Liang Zhiqiang, +86 138 2746 9015, he speaks Cantonese.
        Booking for MAK Ka-lok, HKSAR passport K09384712, CX 889 on 2 Feb, seat 47K.
        the girl on our floor is @kaylee.sze_ on IG, real name Sze Ka-lei, she posts our lobby every day lol
        Dependent parent allowance: mother POON Lai-kuen, aged 78, HKID C628391(4), living with taxpayer at Flat 12, 5/F, Lai Yiu House, Lai Kok Estate.
        Miss CHAN Sze-wing of Flat E, 21/F, Tower 1, Metro Harbour View: outstanding loan HK$96,300 on a/c 7420038815, please settle within 7 days.
        ok her hkid is Y 592031 ( 7 ) , name YUEN KA MAN dob 12/11/1983 , send copy later
        Mr FONG Chun-kit (HKID D381920(3)) is HIV positive and followed up at the Kowloon Bay clinic - do NOT tell the estate office.
        New tutor for my son: Mr Issac Chiu, 6712 3390, chiuissac.tutor@outlook.com, charges $400/hr, comes Tue & Thu.
    """),
    "mixed": _lines("""
        阿Joyce 個 helper 叫 Lorna, her mobile 6592 1048, she can work Sunday 兼職 ok?
        陳生 flat 18B 欠咗 management fee 三個月 la, HK$5,670, his number 9318 6620 call 佢啦.
        Helper visa ready 未? Passport P7381920A, name Gina Macaraeg, 要去 Immigration 交 ID 407.
        個 tutor Miss 葉 email yipsiuwai.tutor@gmail.com, 佢教我個仔 Ethan 英文, $350 per hour.
        我老公 Raymond Kwok 嘅 MPF 喺 Manulife, member no. 40981273, 幫我 check 下 balance?
        Ms 黃美玲 HKID K392817(4) 今日嚟 office 交 declaration form, 佢話月入得 $12,000.
        樓下 car plate NK 5120 又 block 咗個 exit, 係 12樓 A 室 梁太 架車.
        Send 咗 offer letter 俾 郭志偉 Kelvin, 入職 1/12, salary 28K, HSBC a/c 004-512-739104-838 ok?
        Principal said P1 place 畀咗 何芷晴 Chloe (BC no. Z492018(5)), 你個女 waitlist no. 7 only.
        呢個 helper Dewi Lestari 有 diabetes 要打 insulin FYI, agency 冇講, employer 黎太 好嬲.
        我 new number +852 5619 0374, old one 唔用 la, save 低 - Winnie 蔡
        今朝 社工 call, 話阿爸 鄧錦泉 assessment 做完, next month 搬入 Lok Fu 嘅 elderly home.
    """),
    "zh-Hant": _lines("""
        致李偉強先生：閣下公屋申請編號 G 1820374 (6) 已進入詳細資格審查階段，請於二月三日上午九時半攜同身份證 M518203(9) 到樂富客戶服務中心面見。
        租戶陳秀芳（秀茂坪邨秀明樓 2316 室）已拖欠租金四個月，共 $9,812，請即繳交。
        僱主：何家明先生，住址：沙田第一城 48 座 12 樓 E 室，電話 9632 4805；外傭：Marites Cruz。
        稅務局檔案編號 9H2-04718263，納稅人吳詠詩，二零二四/二五年度應繳薪俸稅 $18,420。
        病人郭志成，身份證號碼 P293810(1)，聯合醫院診斷為第二型糖尿病，需每三個月覆診。
        梁小姐 WhatsApp 6234 9017，住海怡半島 12 座 8 樓 B 室，想搵鐘點姐姐。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me reply to the Housing Department? They say I didn't declare my son's income.",
        ),
        (
            "assistant",
            "Sure. What is the reference number on the letter, and what do you want to explain?",
        ),
        (
            "user",
            "Ref HD/TM/LF/0417-2231. My son Tsang Ho-yin moved to Shenzhen in June so his salary shouldn't count.",
        ),
        ("user", "I live at 2201 Lok Sin House, Lok Fu Estate. tenant is me, Tsang Yuk-lan."),
        (
            "assistant",
            "Thanks. I'll draft a letter from Ms Tsang Yuk-lan explaining that Tsang Ho-yin moved out in June.",
        ),
    ],
    [
        ("user", "Agency ah, my helper contract finish 15 Mar, want renew"),
        (
            "assistant",
            "No problem. Please send the employer's name and the helper's passport number.",
        ),
        ("user", "Employer Mrs Lui Wing-sze, helper Analyn Pascua, passport P5910284A"),
        ("user", "we stay Flat 6C, Block 7, Laguna Verde, Hung Hom. my mobile 9856 2014"),
        (
            "assistant",
            "Noted, we will prepare the ID 407 renewal for Analyn and call you at 9856 2014.",
        ),
    ],
    [
        ("user", "how do I fill the BIR60 if I changed job in the middle of the year"),
        (
            "assistant",
            "List both employers in Part 4.1 with the periods and income from each IR56 form.",
        ),
        ("user", "ok so first one Kerry Logistics Apr-Sep $168,000, second Oct-Mar $201,000"),
        (
            "user",
            "my name CHOI Ka-wai, HKID A738102(5), file no. 1H4-29384710, can you write the whole part for me",
        ),
    ],
    [
        ("user", "Please help me fill the Primary One application form for my daughter."),
        (
            "assistant",
            "Happy to. I need her name, birth certificate number, date of birth and your address.",
        ),
        ("user", "Yuen Hiu-ching. BC no. Z719203(4)"),
        ("user", "born 9 Feb 2020, we live at Flat 12D, Tower 3, Festival City, Tai Wai"),
        (
            "assistant",
            "Thanks - Yuen Hiu-ching, Z719203(4), born 9 February 2020, Flat 12D, Tower 3, Festival City.",
        ),
    ],
    [
        ("user", "I want to consolidate my MPF from 3 old employers into one account"),
        (
            "assistant",
            "You can do that on the eMPF Platform. Do you have your member account numbers?",
        ),
        ("user", "yes, 1127 4390 3815 and 88 2017 4451, third one I lost"),
        ("user", "name on the accounts is TAM Chi-fung, dob 22/6/1979"),
    ],
    [
        ("user", "write a complaint to management about the noise from 25C every night"),
        ("assistant", "Sure. Should I name the flat only, or do you know the occupant?"),
        (
            "user",
            "its Mr Sin Kwok-leung, he plays mahjong until 3am, his phone is 9207 6613 but he never answers",
        ),
        (
            "assistant",
            "Here's a draft addressed to the management office about Mr Sin Kwok-leung of Flat 25C.",
        ),
    ],
    [
        ("user", "家姐 new number la 幫我 save"),
        ("assistant", "好, 個 number 係?"),
        ("user", "6438 2271, 名 Tracy 鍾 , email tracychung.hk@gmail.com"),
    ],
    [
        ("user", "我工人 Lea 今朝暈低咗，要唔要通知 agency？"),
        ("assistant", "建議先帶佢睇醫生，再通知中介公司同保險公司。"),
        (
            "user",
            "醫生話佢係癲癇，佢全名 Lea Marie Bautista，護照 P6093815A，我驚佢唔講俾我知之前已經有。",
        ),
    ],
    [
        ("user", "Draft an email to the school about my son's absence"),
        ("assistant", "Sure - who is it addressed to, and what is your son's name and class?"),
        (
            "user",
            "to Miss Ho the class teacher, son is Ng Chun-lok 3C, he had dengue fever, back Monday",
        ),
        ("user", "sign as Ng Wai-man, 5932 0481, ngwaiman.hk@gmail.com"),
        (
            "assistant",
            "Dear Miss Ho, Ng Chun-lok of 3C has been absent due to dengue fever and will return on Monday. Regards, Ng Wai-man.",
        ),
    ],
]
