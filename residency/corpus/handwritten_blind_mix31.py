# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix31: 中英马混合 university admissions and scholarships in HK, SG and MY (JUPAS/UCAS/UPU guides, offer letters, 奖学金公告, 討論區 grades, interview tips, rankings, hall rules). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix31
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "admissions guide"): _lines("""
        JUPAS Main Round applications open on 1 October and close at 12:00 noon (HKT) on 4 December; no late applications will be accepted.
        Programme choices are arranged in Bands A to E. You may list up to 20 choices, but only 3 of them can go in Band A.
        The General Entrance Requirement is Level 3 in Chinese and English, Level 2 in Mathematics and "Attained" in Citizenship and Social Development (commonly written 332A).
        UCAS 2027 entry: the equal consideration deadline for most undergraduate courses is 18:00 (UK time) on 28 Jan 2027.
        Oxford, Cambridge and most medicine, dentistry and vet courses close earlier - 15 Oct, 18:00 UK time. Don't leave it to the last day, the Hub gets slow.
        From 2026 entry the personal statement is answered as three separate questions, with a combined limit of 4,000 characters including spaces.
        Project Work is now graded pass/fail and no longer contributes to the University Admission Score (UAS).
        UPU intake for lepasan STPM, Matrikulasi and Asasi closes on 31 March; always check the official schedule on the UPU portal, not on TikTok.
        NUS international applicants pay a non-refundable application fee of S$20 via the online portal (Visa/Mastercard only).
        Certified true copies only. Photos of documents taken at an angle or with fingers covering the text will delay processing by 2-3 weeks.
        Do NOT email your HKID, passport scans or DSE results slip to programme offices - upload them only through the secure applicant portal.
        Enquiries: JUPAS Office, 3/F, Lee Shau Kee Building, The Hong Kong Polytechnic University, Hung Hom, Kowloon. Tel 2334 2929 (Mon-Fri 09:00-17:00).
    """),
    ("zh-Hant", "放榜及聯招"): _lines("""
        2026年香港中學文憑試將於7月15日放榜，考生可於上午8時30分起經「考生服務」網站查閱成績。
        聯招改選期：放榜後考生可於7月15日至17日晚上11時59分修改課程志願排序，最多可填20個選擇。
        考評局查詢熱線：3628 8860（辦公時間：星期一至五上午9時至下午5時）。
        表格填寫範例：姓名　陳大文（CHAN Tai Man）；香港身份證號碼　A123456(3)。此為示例，請填寫閣下本人資料。
        最佳五科計分：5**=8.5分、5*=7分、5=5.5分、4=4分、3=3分；個別院校計分方法不同，請以院校公布為準。
        港大醫科2025年收生中位數為最佳六科 42.5 分，下四分位數為 41 分（資料來源：院校公布數據）。
        覆核成績申請須於放榜後5個工作天內經考生服務網站遞交，費用按每科計算，覆核後成績可升可跌。
        中大逸夫書院（Shaw College）宿位申請將於8月初開放，新生請透過 CUSIS 系統遞交。
        非聯招（Non-JUPAS）申請編號格式為 NJ2026-xxxxxx，遞交後系統會自動發出確認電郵，請勿重複遞交。
        2025年文憑試共約55,800名考生報考，當中日校考生佔約87%，約35%日校考生達到大學入學最低要求。
        孫中山先生於1892年畢業於香港西醫書院，該書院為今日香港大學李嘉誠醫學院的前身。
    """),
    ("en", "offer letter template"): _lines("""
        Dear {{applicant_full_name}}, We are delighted to offer you a place in the Bachelor of Engineering (Computer Science) programme commencing in August {{intake_year}}.
        Your Conditional Offer is subject to: (1) achieving AAB at A level including Mathematics; (2) IELTS Academic 6.5 overall with no band below 6.0.
        Application ID: <APP_ID> | Programme: <PROG_CODE> | Status: Firm Accept. Please quote your Application ID in all correspondence.
        We regret to inform you that we are unable to offer you a place on this occasion. Owing to the very high volume of applications, we cannot provide individual feedback.
        To accept this offer, log in to the Applicant Portal and click "Accept" by 23:59 (SGT) on 3 June 2026. Offers not accepted by the deadline will lapse automatically.
        A non-refundable acceptance deposit of HK$5,000 is payable within 7 days; the payment reference will be in the format HKU-UG-2026-XXXXXX.
        Your CAS will be issued once you have met all conditions of your offer and paid the tuition deposit of GBP 4,000.
        Template ref: TPL-OFFER-UG-v7 (last revised 2026-01-12, Registry). Do not edit the merge fields in {{double braces}}.
        Yours sincerely, Office of Admissions, The Hong Kong University of Science and Technology, Clear Water Bay, Kowloon, Hong Kong.
        If you have a disability or medical condition that may need support, please contact the Student Wellness Centre. Disclosures are confidential and do not affect admission decisions.
        Signed: Professor [Name], Dean of Admissions | cc: [Faculty Office] | Encl. Programme Handbook 2026/27
    """),
    ("zh-Hans", "奖学金公告"): _lines("""
        星洲日报与南方大学学院联合推出2026年度“星洲助学金”，受惠对象为B40家庭子女，申请截止日期为5月31日。
        李光前奖学金（Lee Kong Chian Scholarship）由李氏基金捐助，每年颁发予新加坡国立大学成绩优异的本科生。
        郭氏基金（Yayasan Kuok）本科奖学金现已开放申请，申请者须为马来西亚公民，并已获国内公立大学录取。
        林连玉基金2026年度大专助学金将于6月1日开放网上申请，名额约300个。
        为纪念陈嘉庚先生对华文教育的贡献，陈嘉庚基金会每年向厦门大学及集美大学学生颁发奖学金。
        申请材料：申请表、家庭收入证明（EA/BE表格）、SPM/STPM成绩单副本。请勿在邮件正文中填写身份证号码。
        评审结果将于2026年8月公布，获奖名单只公开得奖人数及就读院校分布。
        董总（马来西亚华校董事联合会总会）助学金查询热线：03-8736 2337，办公时间周一至周五。
        奖学金编号 SCH-2026-0193 的评审标准：学术成绩60%、课外活动20%、面试20%。
        获奖者须签署个人资料使用同意书，主办方仅将资料用于奖学金行政用途，保存期限为三年，期满即销毁。
        邵逸夫奖学金由邵氏基金资助，每名得奖者每年可获生活津贴港币60,000元，可续领至毕业。
    """),
    ("zh-Hant", "討論區"): _lines("""
        有冇人知今年 HKU BBA(IBGM) 收幾多分？我 best5 得 30，應該冇望😭
        樓主放心啦，CUHK cGPA 3.3 都夠申 exchange，我舊年就係咁，唔使太擔心
        JUPAS Band A 放咗 HKU Med、CU Med、HKU Dent，係咪太進取？有冇師兄師姐可以俾下意見
        面試俾人問點解揀護理，我答屋企有長輩要照顧所以想讀，會唔會太老套？
        有冇人住過科大 Hall 5？聽講最近 renovate 咗，冷氣好凍，要自己帶被
        DSE English 考 5* 但 Chinese 得 3，仲有冇機會入 PolyU 嘅 nursing？
        Sub-degree 轉 Year 2 senior year intake 大概要 GPA 3.5 先穩陣，3.2 就要睇彩數
        今年 CSD 改咗做 Attained/Not Attained，計 best 5 時仲使唔使理佢？
        #精華 整理咗歷年 JUPAS 中位數 excel，link 喺 comment，唔好 PM 我攞 password
        RP 85.0 想讀 NUS CS，IGP 10th percentile 好似係 AAA/A，有冇 chance 啊？
        UM 嘅 foundation 同 matrikulasi 邊個易啲入 medic？CGPA 4.0 都唔保證😓
    """),
    ("en", "hall rules"): _lines("""
        Residents must tap their student card at the main gate. Guests must register at the front desk with photo ID, which will be returned upon exit.
        Quiet hours: 23:00-07:00 daily. Repeated noise complaints may result in deduction of hall points.
        Cooking appliances (rice cookers, induction hobs, kettles above 1.5 kW) are not permitted in bedrooms; please use the pantry on each floor.
        NUS halls of residence include Eusoff Hall, Kent Ridge Hall, King Edward VII Hall, Raffles Hall, Sheares Hall and Temasek Hall.
        Simon K.Y. Lee Hall and Lee Hysan Hall hold their high table dinners once a semester; formal attire is required.
        In case of emergency call Campus Security at 6874 1616 (24 hrs) or dial 995 for ambulance.
        Room check-out: return your key card, clear all belongings and submit the online checkout form by 12:00 noon on the last day of your contract.
        Lost key card replacement fee: S$30. Damaged furniture is charged at cost per Hall Damage Schedule v2025.3.
        Hall Wi-Fi SSID: NUS_STU. Never share your NUSNET password with anyone, including hall staff or RAs.
        Personal data collected on the hall application form is used only for room allocation and is deleted 12 months after you move out.
        Hostel fee for AY2026/27: double room S$2,340 per semester, single room S$3,105 per semester (inclusive of GST, excluding meal plan).
    """),
    ("ms", "panduan UPU"): _lines("""
        Calon lepasan SPM boleh memohon program asasi dan diploma melalui portal UPU Online dalam tempoh yang ditetapkan sahaja.
        Keputusan permohonan UPU boleh disemak mulai 10 Julai 2026 jam 12.00 tengah hari dengan memasukkan No. Kad Pengenalan dan nombor PIN anda.
        Format No. MyKad: YYMMDD-PB-###G, contohnya 010101-14-XXXX. Jangan kongsi nombor penuh di media sosial.
        Bantuan Kewangan Pelajar B40: pendapatan isi rumah kasar tidak melebihi RM4,850 sebulan.
        Talian bantuan UPU: 03-8870 6755 / 6777 (Isnin-Jumaat, 8.30 pagi - 5.00 petang), kecuali cuti umum.
        Biasiswa Yayasan Khazanah (Watan) terbuka kepada pelajar cemerlang SPM yang berkelayakan, tarikh tutup 30 April.
        Universiti Tunku Abdul Rahman (UTAR) dan Universiti Sultan Zainal Abidin (UniSZA) membuka pengambilan pelajar bagi sesi 2026/2027.
        Rayuan UPU hendaklah dikemukakan dalam tempoh 10 hari selepas keputusan diumumkan; rayuan lewat tidak akan dilayan.
        Peraturan kolej kediaman: pelajar dilarang berada di blok kediaman berlainan jantina selepas jam 12.00 tengah malam.
        Kolej Kediaman Za'ba, Universiti Malaya, 50603 Kuala Lumpur.
        Purata merit pelajar STPM yang berjaya tahun lepas: CGPA 3.67 + markah koko 10%. Ini sekadar panduan, bukan jaminan tawaran.
    """),
    ("en", "rankings and statistics"): _lines("""
        QS World University Rankings 2026: NUS 8th, HKU 11th, NTU 12th, Universiti Malaya 58th.
        HKDSE 2025: 35.5% of day-school candidates met the minimum entrance requirements for local undergraduate programmes.
        Median UAS for NUS Computer Science (2025 intake): 87.5 out of 90; 10th percentile 85.0.
        NTU IGP 2025 (10th percentile): Medicine AAA/A, Business AAB/B, Computer Science AAA/A.
        Graduate Employment Survey 2025: median gross monthly salary for NUS Computing graduates was S$6,000; full-time employment rate 84.4%.
        THE Asia University Rankings 2026 lists 14 Malaysian universities in the top 300.
        SHA-256 of ges2025_full.xlsx: 1641e01db9eb379efcbb39a9a00dd75080499390bfe6c319c3da91235fb00d36
        Offer rate (all UG programmes, 2025): HKUST 19.4%, CityU 22.7%, LingU 41.2%. Source: common data set, table 3.1.
        In 2024/25, 12,871 non-local students were enrolled in UGC-funded undergraduate programmes, of whom 68% came from the Mainland.
        UCAS end-of-cycle data: 554,465 applicants placed for 2025 entry, up 0.5% on 2024.
        Mean CGPA of the Dean's List cohort (Semester 1, AY2025/26) was 3.81, n = 1,204.
    """),
    ("zh-Hans", "面试技巧"): _lines("""
        面试时先用一分钟做自我介绍，重点讲清楚为什么选择这个专业，而不是背诵个人陈述。
        港大、港中文本科面试常见题：你如何看待人工智能对医疗行业的影响？
        小组讨论（group interview）里不要抢话，做总结往往比第一个发言更加分。
        MMI（多站式面试）每站约8分钟，常考伦理情景题，例如病人拒绝输血时医生该如何处理。
        如果被问到自己的弱项，可以举一个具体例子，说明你是怎样发现并改进的。
        南洋理工大学的面试通知一般通过邮件发出，主题为“NTU Interview Invitation – [Programme]”，注意查看垃圾邮件箱。
        提前查好路线：国大肯特岗校区最近的地铁站是 Kent Ridge (CC24)，建议提前30分钟到。
        推荐阅读：《Medical Ethics: A Very Short Introduction》（Tony Hope 著），有助于准备伦理题。
        面试着装：男生衬衫西裤即可，不必打领带；女生避免佩戴过多饰品。
        招生处说明：面试中不会询问你的家庭收入、宗教或健康状况；如需特殊安排，请提前告知。
        面试时间表示例：09:00–09:20 候选人A，09:20–09:40 候选人B（仅作排班示意）。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        恭喜本校6A班黃靖怡同學於文憑試考獲4科5**、2科5*，最佳五科42.5分，已獲港大醫科取錄！
        覆核申請：考生編號 25-1047362-0，姓名 鄧曉晴，申請覆核中國語文卷二，聯絡電話 6217 4390。
        宿舍同房資料：李卓謙，Hall 7 Room 612B，手機 9438 2157，有急事可以直接搵佢。
        獎學金得獎人：麥俊熙，身份證號碼 Y538216(3)，家庭每月收入 HK$14,200，現正領取綜援。
        上訴結果：梁詠詩同學因確診抑鬱症及焦慮症申請延遲入學，經委員會審議後不獲批准。
        我個仔何浚朗讀緊喇沙書院中六，mock 大概 28 分，想問 UST 工程有冇機會？佢有 ADHD，考試有額外時間。
        JUPAS 文件寄送地址：新界沙田禾輋邨信和樓18樓1806室，收件人 周曉彤，電話 5390 7714。
        JUPAS 申請編號 26318475，申請人 CHEUNG Hoi Yan 張凱欣，出生日期 2008-03-14，HKID R720493(A)。
        陳柏言同學（HKID K1643**(8)）英文科成績由 3 更正為 4，考評局已以書面通知本人。
        @鍾穎童 你份 offer letter 寄錯咗嚟我屋企（荃灣綠楊新邨D座23樓G室），聽日拎返俾你
        IANG 簽證標籤號碼 ID(E) 990 2718 364，持有人 劉思琪（港大碩士畢業），有效期至2027年8月。
        學生資助處：申請人 溫嘉豪，收款銀行戶口 012-875-4-012368-9，獲全額資助及生活津貼。
        新宿生 WhatsApp 群：Karen Tsang 曾蔓蔓，WA 5183 6024，伍宜孫書院 10樓 1012 房
        我係葉子朗，聖保祿中學2025年畢業，DSE 數學得 2 所以入唔到大學，而家喺 IVE 讀緊高級文憑。
        台灣學生 蔡承恩（身分證 F228074168），學測60級分，港大 BBA 面試定於3月2日上午10時。
    """),
    "en": _lines("""
        Offer released: Aarav Menon (UCAS Personal ID 148-392-7651) - conditional offer, MEng Chemical Engineering, Imperial College London.
        Student's Pass IPA ref 0214857936Y issued to NGUYEN Thi Minh Anh, FIN G6402187M, passport C7294105 (Vietnam), valid till 14 Aug 2026.
        Hi Admissions, my daughter Chloe Tan Hui Min (NRIC T0734128D) sat her A levels at Raffles Institution, RP 88.75, but the portal shows "withdrawn" - pls check urgently. Mdm Lim 9127 3386
        Appeal rejected: Muhammad Irfan bin Zulkifli, matric no. S2043918, CGPA 1.92 after missing Sem 2 for treatment of stage 3 Hodgkin lymphoma; dismissal upheld.
        Roommate swap request - current room E-07-12 (Temasek Hall); new roommate Jonathan Lee Wei Jie, HP 8825 1947, Y2 Business.
        Scholarship disbursement: Priya d/o Ramasamy, OCBC acct 595-384217-001, monthly allowance S$600, household per capita income S$690.
        Ryan Koh (A0258841X, NUS Computing) has been placed on academic probation with CAP 1.8; his father asked us not to tell him yet.
        Sorry to bother, I'm Wong Ka Yan, HKDSE 2025 candidate no. 25-3140875-1, my Eng result is 5* but HKU portal still shows pending. email kayan.wong08@gmail.com
        Emergency contact for LIU Zhen: mother LIU Fang, +86 139 2047 5813, 上海市浦东新区张杨路1256弄8号602室
        Tuition refund of HK$42,100 to card 4559 7801 3246 7089 (cardholder HO Wing Sze) approved following her withdrawal on medical grounds.
        CAS issued for Deng Yuxin, DOB 17/06/2007, Chinese passport EJ2048731, BSc Economics at UCL, course start 28 Sept 2026.
        Interview shortlist (confidential): 1. Siti Aisyah binti Rahman - IC 070415-14-5286 - SPM 10A+ - SMK Seri Bintang Utara
        Reminder: Jia Hui from room 12-34, Hall 3 still owes S$412.50 in hostel fees and has been flagged for eviction on Friday.
        A*STAR scholarship holder Benjamin Goh Zhi Hao (Hwa Chong, class of 2025) deferred his award after being diagnosed with type 1 diabetes, his mum told the hall.
    """),
    "zh-Hans": _lines("""
        内地生申请港大：林子涵，身份证 44010620070312482X，广州执信中学，高考预估660分，联系电话 138 2264 9170。
        奖学金获得者郑宇航（身份证 350203200611281531）家庭年收入约3.6万元，父亲患尿毒症长期透析。
        新生宿舍分配：王雨桐，NTU Hall 11 Block 55 #03-12，微信 wyt_0719sh，手机 +65 8162 4397。
        学生准证申请：赵一鸣，护照 E72830941，FIN G5139726L，宿舍 PGP House 21-05 室。
        你们学校2023级的何佳怡，就是在国大读会计那个，上学期挂了四科被劝退了，她妈还不知道。
        助学金申请表：申请人 覃思远，身份证 450103200602053412，南宁市青秀区民族大道136号3栋2单元502，父母均无业。
        录取通知书已寄出：收件人 苏晓雯 15921876035，上海市浦东新区锦绣路2088弄16号301室，EMS 1172638459021。
        舍友许梦洁经常半夜哭，辅导员说她有双相情感障碍一直在服药，我们是梅园3栋415。
        面试官好，我是李沐阳，2007年9月2日出生，现就读深圳中学国际部，SAT 1540，托福112，邮箱 muyang.li2007@163.com。
        恭喜宽柔中学吴嘉欣同学获得2026年度郭氏基金奖学金！她家庭月收入仅RM2,300，父亲是罗里司机。
        港大奖学金请汇入：中国建设银行 6217 0008 6523 9418，户名 谢子豪。
    """),
    "ms": _lines("""
        Nama: Nurul Izzati binti Ahmad Fauzi, No. KP 070822-10-6178, SPM 8A 1B, alamat No. 12, Jalan Mawar 3, Taman Sri Rampai, 53300 Kuala Lumpur.
        Rayuan UPU saya ditolak. Muhammad Haziq bin Roslan, IC 061203-07-5431, sebab gagal ujian kesihatan (buta warna) untuk Kejuruteraan Elektrik.
        Penerima Biasiswa Yayasan Sabah: Jessica Liew Mei Ling, pendapatan isi rumah RM1,850 sebulan, bapa OKU, tel 013-884 2917.
        Bilik A-3-07 KK12: rakan sebilik saya Aina Sofea, WhatsApp 011-2348 7196, dia ada asma teruk, tolong simpan inhaler dia kat laci atas.
        Bapa: Encik Rahim bin Ismail (IC 750309-08-5527), pemandu lori, gaji bersih RM2,100 sebulan. Anak: Amirul Hakim, calon asasi UiTM.
        Pelajar Syafiqah Aqilah (no. matrik 2022004817, UiTM Shah Alam) digantung pengajian satu semester kerana kes dadah, jangan sebarkan.
        Saya Kumaresan a/l Subramaniam, bayar yuran asrama RM650 guna kad Maybank 5221 6408 9310 4575 tapi gagal, tolong semak.
        Alamat surat tawaran: Farah Nadhirah binti Zainal, Lot 1123, Kampung Sungai Durian, 16800 Pasir Puteh, Kelantan. Tel 019-935 2074.
        Permohonan EMGS untuk Zhang Wei (pasport China E48219077) ditolak kerana laporan X-ray menunjukkan tuberkulosis.
        Kereta pelajar Lim Jun Hao, no. plat WXB 7213, diletak di petak OKU Kolej Kediaman 5. Saman RM100 ke no. matrik 17208845.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a JUPAS advisory assistant for Hong Kong secondary school students and parents.",
        ),
        ("user", "我個女想報 HKU Pharmacy，Band A 應該點排？"),
        (
            "assistant",
            "可以考慮將最心儀而又有合理機會嘅課程放喺 A1，再用 A2、A3 做較穩陣嘅選擇。可唔可以講下預計成績？",
        ),
        (
            "user",
            "佢叫吳芷晴，讀聖保羅男女中學，mock 5**5*5*55 + M1 4，HKID P915520(5)，你幫我睇下夠唔夠",
        ),
        (
            "assistant",
            "建議唔好喺對話度提供身份證號碼。按呢個成績，HKU Pharmacy 屬於有競爭力嘅範圍。",
        ),
    ],
    [
        ("user", "what are the quiet hours at Sheares Hall?"),
        (
            "assistant",
            "Quiet hours are typically 11pm to 7am. Check the hall handbook for block-specific rules.",
        ),
        ("user", "ok. my roommate keeps bringing people in at 2am, can I report him?"),
        (
            "assistant",
            "Yes, you can raise it with your block RA or the hall office. It helps to note dates and times.",
        ),
        (
            "user",
            "his name is Marcus Ong Jun Kai, room B-05-17, number 9046 3381. he's also been vaping in the room",
        ),
    ],
    [
        ("user", "Macam mana nak buat rayuan UPU?"),
        (
            "assistant",
            "Rayuan boleh dibuat melalui portal UPU dalam tempoh yang ditetapkan selepas keputusan keluar.",
        ),
        ("user", "Ok. IC saya 070519-"),
        ("user", "01-6092"),
        ("user", "nama Nur Aqilah binti Hamdan, SPM 7A, tak dapat apa-apa tawaran pun 😢"),
        (
            "assistant",
            "Saya faham kekecewaan anda. Sila log masuk ke portal dan pilih program yang masih ada kekosongan.",
        ),
    ],
    [
        (
            "system",
            "You help applicants fill in scholarship forms. Never store the data they send.",
        ),
        (
            "user",
            "帮我把这段改得正式一点：我家四口人，爸爸去年中风了不能工作，妈妈在夜市卖糖水，每月收入大概 RM1,900。",
        ),
        (
            "assistant",
            "可以改为：本人家庭共四名成员，父亲于去年中风后丧失工作能力，母亲以夜市摆摊为生，家庭月收入约为RM1,900。",
        ),
        (
            "user",
            "好的，然后申请人是 黄思颖，IC 080130-14-5662，银行户口 Public Bank 6482 0153 17，帮我排版一下",
        ),
    ],
    [
        ("user", "Can you help me polish my UCAS personal statement opening?"),
        (
            "assistant",
            "Of course. Paste the paragraph and tell me which course you're applying for.",
        ),
        (
            "user",
            "Medicine. 'When I was fourteen I was diagnosed with acute lymphoblastic leukaemia and spent eight months on Ward 7B of Queen Mary Hospital. I'm Hannah Lau, now a Year 13 student at Diocesan Girls' School, and that experience made me want to become a doctor.'",
        ),
        (
            "assistant",
            "It's a strong, personal opening. Consider focusing on what you observed about the doctors' work rather than the diagnosis itself.",
        ),
    ],
    [
        ("user", "Student's Pass IPA received but the name is wrong"),
        (
            "assistant",
            "You should contact the university's international student office, which can ask ICA to amend it.",
        ),
        ("user", "IPA says CHEN YIMING but my passport is 陈一鸣 CHEN YI MING, passport EB3927164"),
        ("user", "FIN G6630518Q, DOB 2007-11-02, course NUS BComp"),
        (
            "assistant",
            "Thanks. Please bring both documents to the office; don't post your FIN publicly.",
        ),
    ],
    [
        (
            "system",
            "You are a moderation assistant for a student forum. Decide whether to remove reported posts.",
        ),
        (
            "user",
            "Reported post: 'lol the guy who topped CS at NTU cheated, it's Darren Yeo, he lives at Blk 412 Bedok North Ave 2 #08-215, go ask him yourself'",
        ),
        (
            "assistant",
            "This post should be removed: it names a student, alleges misconduct and discloses his home address.",
        ),
    ],
    [
        ("user", "内地生报读港中文，身份证号要填在哪一栏？"),
        (
            "assistant",
            "一般在网上申请表的“身份证明文件”部分填写，请在官方系统内填写，不要通过聊天发送。",
        ),
        ("user", "我先记在这里免得忘：3101152007"),
        ("user", "07190047"),
        ("user", "苏雨涵，手机 186 2173 5509，上海中学"),
    ],
    [
        ("user", "Help me write an appeal letter for my daughter, she was dismissed from UM"),
        (
            "assistant",
            "I'm sorry to hear that. Please share the key facts: programme, reason for dismissal and any supporting circumstances.",
        ),
        (
            "user",
            "Nisha a/p Ganesan, matric 22056139, Bachelor of Accounting. She failed because she was hospitalised for severe depression in Hospital Kuala Lumpur from March to May, we have the psychiatrist's letter.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Appeals Committee, I write on behalf of my daughter regarding her dismissal...'",
        ),
    ],
    [
        ("user", "found a student card at the lobby of Hall 6, who do I give it to?"),
        ("assistant", "Please hand it to the hall office or Campus Security's lost and found."),
        (
            "user",
            "ok. it says TAN JIA LE, A0273316W, and there's a note in the holder with 8427 9150 and 'insulin 10u before dinner'",
        ),
    ],
]
