# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix20: code-switched workplace chat in Singapore and Malaysia (English, Malay, Mandarin, Hokkien and Cantonese mixed): work groups, shift rosters, MC and leave requests, payroll queries, office gossip, client handovers. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix20
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "company announcements"): _lines("""
        All-hands on Friday 14 March, 4pm at Level 12 Auditorium, 1 Raffles Place; remote staff join via the Teams link in #general.
        Reminder: the new expense policy v3.2 takes effect 1 April; claims above S$500 need a second approver in Concur.
        Our Penang office moves to Menara IJM Land, 1 Lebuh Tenggiri 2, Bayan Lepas in Q3; the old Jalan Sultan Ahmad Shah site closes on 30 June.
        Townhall recording is up on SharePoint under /HR/Townhall/2025-Q1, ref TH-2025-0314, runtime 58:21.
        IT will patch all laptops to build 23H2.4037 tonight between 10pm and 2am SGT; please leave them plugged in.
        The canteen at Block 71 Ayer Rajah Crescent is closed for renovation until further notice; use the food court at Block 79 instead.
        Welcome to our 2025 graduate intake: 42 new analysts across Singapore, KL and Johor Bahru, onboarding cohort GR-25-07.
        Fire drill on Wednesday at 10:30am; assembly point is the open car park opposite the MRT exit B.
        Company hotline for staff wellbeing (EAP provider) is 1800-222-0000, 24 hours, free and confidential.
        Year-end bonus will be credited with the December payroll run PR-2025-12 on 24 Dec; payslips appear in Workday the same morning.
        The 2025 employee engagement survey closed with an 81% response rate, up from 74% last year.
        Parking season passes for Tower B (carpark code TB-P3) renew at S$110.00 per month from 1 May.
    """),
    ("ms", "public holiday notices"): _lines("""
        Notis cuti umum: pejabat ditutup pada 31 Mac dan 1 April sempena Hari Raya Aidilfitri; operasi biasa bersambung pada 2 April.
        Cuti Hari Wilayah 1 Februari hanya untuk staf di Kuala Lumpur, Putrajaya dan Labuan mengikut warta kerajaan.
        Sempena Deepavali, cawangan Johor Bahru tutup awal pada jam 3 petang; talian khidmat pelanggan 1300-88-1234 beroperasi seperti biasa.
        Hari Keputeraan Sultan Selangor ialah cuti negeri untuk staf di Shah Alam dan Petaling Jaya sahaja.
        Jadual cuti umum 2026 boleh dimuat turun dari portal HR, dokumen HR-CAL-2026 versi 1.3.
        Cuti ganti akan diberikan jika Hari Kebangsaan 31 Ogos jatuh pada hari Ahad, seperti diumumkan oleh JPA.
        Untuk Tahun Baru Cina, giliran kerja pusat panggilan dikurangkan kepada dua syif, 8 pagi hingga 8 malam.
        Semua tuntutan OT bagi bulan Ramadan mesti dihantar sebelum 25hb melalui sistem e-Claim, kod projek RMD-25.
        Peringatan: Hari Pekerja 1 Mei jatuh pada hari Khamis, jadi ramai ambil cuti Jumaat; sila pastikan liputan kaunter mencukupi.
        Cuti Thaipusam tidak terpakai di Sarawak; rujuk senarai cuti negeri di laman web Kementerian Sumber Manusia.
        Perayaan Hari Gawai 1-2 Jun adalah cuti umum di Sarawak; cawangan Kuching dan Miri tutup dua hari.
        Pekeliling HR bil. 7/2025 menggantikan pekeliling bil. 3/2024 tentang cuti sakit tanpa MC.
    """),
    ("zh-Hans", "product launches"): _lines("""
        新品发布会定于4月18日在滨海湾金沙会展中心Level 4举行，型号X9 Pro售价S$1,299，预购代码X9PRO-SG-0418。
        第二代智能门锁SL-200今日在吉隆坡柏威年广场上市，零售价RM 899，保修24个月。
        App 5.12.0版本已上架App Store和Google Play，新增马来文和繁体中文界面。
        本季旗舰手机在新加坡的订单号从SG-250401-000001开始编号，请门店不要手动修改。
        我们的客服热线 +65 6123 4567 从下周一起延长至晚上十点，周末照常。
        X9 Pro的IMEI只在包装盒侧面的示例贴纸上显示为 35-000000-000000-0，真实号码请以机身为准。
        限量版联名款与华为、小米同场竞争，首批3,000台在乌节路ION Orchard快闪店发售。
        产品经理在发布会上演示的测试账号是 demo@example.com，密码 Demo1234，仅供展示。
        新品条码 9 555123 456780 已登记在GS1马来西亚数据库。
        固件版本 2.0.18-rc3 修复了蓝牙配对问题，更新包大小 412MB。
        发布会嘉宾包括新加坡资讯通信媒体发展局代表和马来西亚数字经济机构高层。
        旗舰店地址：新加坡乌节路 435号 Wisma Atria 二楼 #02-15，营业时间上午十点至晚上十点。
        序列号格式为 SN-X9P-2504-XXXXXX，包装上的 SN-X9P-2504-000000 仅为样例。
        首周销量突破 18,500 台，马来西亚市场占 42%。
    """),
    ("en", "industry news"): _lines("""
        DBS chief executive Piyush Gupta said at the results briefing that net profit rose to S$10.3 billion for the year.
        Grab co-founder Anthony Tan told reporters the company would expand GrabPay Later to more merchants in Malaysia.
        Maybank group president Khairussaleh Ramli announced the bank's regional digital strategy at its Menara Maybank headquarters on Jalan Tun Perak.
        Tan Sri Tony Fernandes said AirAsia would add new routes from Kuala Lumpur to secondary cities in China.
        Sea Limited founder Forrest Li wrote in the quarterly letter that Shopee had turned profitable in Asia.
        Singtel's 2024 annual report lists 1-800-888-8888 under its investor relations contact for shareholders.
        Lee Kuan Yew's 1965 press conference on separation is still shown in secondary school history classes.
        Bursa Malaysia stock code 1155 is Maybank and 5347 is Tenaga Nasional; both closed higher on Tuesday.
        SGX-listed Wilmar International (ticker F34) reported revenue of US$67.2 billion in its latest filing.
        Prime Minister Anwar Ibrahim opened the Kuala Lumpur data centre summit and spoke about the Johor-Singapore Special Economic Zone.
        The Monetary Authority of Singapore's Ravi Menon gave the keynote at the Singapore FinTech Festival before stepping down as managing director.
        OCBC's headquarters at 63 Chulia Street is one of the oldest bank buildings still in use in the CBD.
    """),
    ("mixed", "office how-to"): _lines("""
        Guys, to apply MC in the HR app, go Leave > Apply > Medical, upload the photo of the MC, then submit, no need email boss lah.
        Printer at Level 8 jam again, kena open tray 2 and pull the green lever, then press reset ok.
        How to claim grab for OT: screenshot the receipt, put project code OPS-4471, submit before 5hb, finance very strict one.
        Wifi password for guests is on the whiteboard at reception, it's Welcome2025! and changes every quarter.
        Nak book meeting room, guna Outlook, pilih Room-12A-Sentosa, max 8 pax, jangan book lebih dua jam.
        Timesheet mesti submit every Friday sebelum 6pm, kalau lambat payroll tak boleh process OT.
        VPN connect tak dapat? Update FortiClient to 7.2.4 first, then restart, confirm can one.
        Pantry coffee machine 坏了, facility says the technician come tomorrow morning, so tahan sikit lah.
        To reset Workday password, click Forgot Password, the OTP goes to your registered phone; IT helpdesk ext 4357 (H-E-L-P) if stuck.
        If the door access card cannot tap, walk to security counter at lobby with your staff pass, they reprogram in five minutes.
        Expense claim template is ExpenseForm_v7.xlsx in the Finance channel, don't use the old v5 one, formula wrong.
        Locker keys 101 to 160 are for Level 3, 161 to 220 for Level 4; ask admin if yours missing.
    """),
    ("zh-Hant", "office notices"): _lines("""
        各位同事，茶水間雪櫃逢星期五清理，請勿留下過期食物。
        新加坡辦公室冷氣系統維修，星期六早上九點至下午一點停機，員工請自行安排。
        公司年度晚宴定於12月12日在香格里拉酒店舉行，報名截止日期為11月30日。
        人事部提醒：申請年假請提早兩星期，經系統提交，單號格式為LV-2025-XXXXX。
        IT部門公告：所有電腦須於本週內升級至Windows 11 24H2，版本號 26100.2605。
        新員工入職手冊第三版已上載至內聯網，共46頁。
        公司客戶服務熱線 1800-123-8888 於農曆新年期間暫停服務三天。
        吉隆坡雙子塔第二座的會議室本月起改用新訂房系統。
        辦公室搬遷後，新地址為新加坡珊頓道8號，郵區068811。
        財務部提醒：報銷單須附上正本收據，影印本不予受理。
        各部門請於本月二十日前提交下季度排班表，範本編號 RST-Q3-2025。
        公司已與馬來亞銀行簽訂合作協議，員工可享房屋貸款優惠利率 3.85%。
        今年中秋節每位同事可獲月餅券一張，價值 S$38，於前台領取。
        吉隆坡辦事處地址為 Jalan Sultan Ismail 191 號 Menara Citibank 第 20 樓。
    """),
    ("mixed", "team banter without personal data"): _lines("""
        Wah today the lift at lobby very jialat, waited 10 min, I climb stairs sampai Level 9, pengsan already.
        我今天真的好累啊, meeting back-to-back from 9 to 6, no time makan.
        Anyone want teh tarik? I'm going down to the mamak, take order now ah.
        Boss say the Q2 target RM 2.4 million, 佢話 very achievable, 我唔信囉.
        Aiyo the aircon in the meeting room so cold, macam duduk dalam fridge.
        Tomorrow WFH ah, 我屋企 wifi 好慢, if I drop from the call don't scold me.
        Lunch budget per pax for the team bonding is S$25, 大家唔好叫太多.
        Who took my Tupperware from the pantry? The blue one, 冇名嘅, please return lah.
        I think the new CRM quite 好用, but the search function still lag lah.
        Hari ni jammed teruk kat Federal Highway, sampai office pukul 10, sorry all.
        Later 3pm got durian party at carpark, 公司請食, come early or finish already.
        我觉得 Slack better than WhatsApp for work, at least can mute the channel.
    """),
    ("en", "code and docs"): _lines("""
        Set PAYROLL_CUTOFF_DAY=20 in config/payroll.yaml; the scheduler job payroll-sync runs at 0 2 * * *.
        The regex for Singapore postcodes in our form validator is ^[0-9]{6}$, e.g. 018956 for Marina Bay Sands.
        Sample fixture uses NRIC S0000001I and MyKad 000000-00-0000, which the validator must reject as placeholders.
        API /v2/leave/{leave_id} returns 404 for leave_id 99999999 in staging; ticket JIRA HR-2231.
        The roster CSV header is employee_id,shift_date,shift_code,location; shift codes are AM, PM, NT and OFF.
        Docs example: curl -H 'Authorization: Bearer <token>' https://api.example.com/payslips/EMP000123 returns a dummy payslip.
        Migration 0047_add_mc_flag adds a boolean column has_mc to the leave_requests table, default false.
        Our Postman collection uses +65 9000 0000 as the phone placeholder; SMS to it is blocked by the gateway.
        Error E-1003 in the payroll export means the bank code is not one of the 16 CPF-approved banks.
        Release tag roster-svc-v4.18.2 pinned to commit a1b2c3d; rollback target is v4.17.9.
        The seed script generates employees named Test Staff 001 to Test Staff 500 with emails staffNNN@example.test.
        Unit test expects format_phone('+60123456789') == '+60 12-345 6789' for the formatter only.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Handover: client contact is Mr Lim Boon Keat, direct line +65 9182 4406, prefers WhatsApp after 7pm, wife just had surgery so go easy.
        Pls update payroll: Nur Aisyah binti Rahman, NRIC S9234567D, new bank a/c DBS 072-345678-9 from this month.
        Roster swap approved — Kevin Ong (staff 20331) takes Sat night shift, his mobile is 8765 2210 if anyone needs him.
        FYI Jessica Tan in accounts is on no-pay leave for IVF treatment at KK Hospital, keep it quiet ok.
        Courier to deliver the laptop to Ravi Chandran at Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
        Salary query from Goh Wei Ling: her Oct payslip shows basic $4,850 but CPF deducted on $5,200, emp no. SG-18842.
        Foreign worker Md. Rahim Uddin, FIN G5123478N, work permit expiring 12/03, pls renew before MOM cutoff.
        Resignation letter from Samantha Yeo, last day 28 Feb, personal email sam.yeo88@gmail.com for the final payslip.
        The new guy Darren Chua got caught drink driving last weekend, car SJK 4821 B impounded, HR handling.
        Client handover: Mdm Koh's HDB is at 23 Toa Payoh Lor 7 #11-45, she wants the technician only on Tuesdays.
        Send the offer letter to Ahmad Faizal, IC 910823-10-5517, phone 012-778 4031.
        Tell Priya her loan application at OCBC got rejected, ref for her account 595-123456-001, she asked me to pass the msg.
    """),
    "ms": _lines("""
        Salam semua, saya Siti Norhaliza dari unit akaun, MC 3 hari sebab demam denggi, no tel saya 013-294 8871 kalau urgent.
        Tolong masukkan gaji Encik Zulkifli bin Osman ke akaun Maybank 1140 2233 5567, IC beliau 850612-14-6231.
        Abang Hafiz kena tahan polis semalam, kereta dia WXY 8812 kena tunda, jangan cerita kat boss dulu.
        Pelanggan baru: Puan Rosnah binti Ahmad, alamat No. 18, Jalan SS2/55, 47300 Petaling Jaya, hp 019-335 7720.
        Nurul tak datang hari ni, dia keguguran minggu lepas, tolong cover syif dia, nombor dia 011-2456 9083.
        Slip gaji Oktober untuk Mohd Amirul, No. Pekerja MY-33017, potongan PTPTN RM 315 belum dikemaskini.
        Pasport Puan Faridah A34718826 dah tamat, dia tak boleh pergi trip Singapura minggu depan.
        Cik Liyana minta tukar akaun bank ke CIMB 7064 882 193, email dia liyana.hassan@yahoo.com.my.
        Kak Mah kat kaunter tu ada masalah hutang ah long, dah tiga kali orang datang cari dia kat ofis.
        Surat amaran untuk Razak Ismail, IC 780304-08-5129, lewat masuk kerja 9 kali bulan ini.
    """),
    "zh-Hans": _lines("""
        陈美玲今天请病假，医生说是甲状腺的问题，她手机 +86 138 2719 4406，有事打给她。
        新同事王俊杰的身份证号 440106199203157718，入职资料请HR尽快录入。
        张伟的工资卡是招商银行 6225 8812 3456 7890，这个月的加班费打到这张卡。
        客户交接：李秋萍女士，住在新加坡宏茂桥3道 Blk 331 #05-212，微信号 qiuping_li_sg。
        听说财务部的刘小燕离婚了，现在一个人带两个孩子，所以最近老请假。
        排班更新：周六早班由黄志强顶替，他的电话 9376 5102，车牌 SLA 7316 K。
        赵丽娜的护照号码 E58217743，下周出差吉隆坡的机票已经订好了。
        吴先生的邮箱是 wu.jianguo1979@163.com，报销单请发给他签字。
        林晓东上个月住院做了心脏支架手术，病假条编号不用写，但请通知他主管。
        工资问题：孙海燕说她十月份工资少了 RM 620，员工号 KL-2207，她的IC 880915-10-6624。
    """),
    "zh-Hant": _lines("""
        何家偉今日請咗病假，佢嘅電話係 +60 16-882 3471，有急事先搵佢。
        新同事陳嘉欣嘅香港身份證號碼係 Y482193(6)，入職文件仲未交齊。
        客戶交接：梁太住喺 Jalan Bukit Bintang 嗰邊嘅 Pavilion Residences Tower 2, 21-08，佢只接受星期三上門。
        聽講財務部個 Alan 張志明欠咗一屁股卡數，信用卡 4539 1488 0343 6467 已經被凍結。
        鄭美琪嘅台灣身份證 F228461937 同居留證影本已經掃描好，放喺 HR folder。
        澳門同事區浩然嘅身份證 5215837(3) 要更新，佢下個月調去新加坡。
        請將糧單 email 去 kelvin.lau.hk@outlook.com，佢係劉偉倫，員工編號 SG-40921。
        吳太個仔喺 NUH 做緊化療，佢呢個禮拜要請 family care leave。
    """),
    "mixed": _lines("""
        Eh the new intern Jolene Sim very 可怜, her mum just passed away, she ask for compassionate leave, her hp 9023 7784.
        Boss 叫我 transfer salary to Tan Ah Kow, POSB 188-52341-7, 佢話 urgent 今日 must clear.
        Wei Mei Ling 今天 MC 啦, 她说 gastric, clinic at Blk 203 Hougang St 21, her NRIC T0123458G for the claim form.
        Alamak Hafiz punya IC 920417-01-5563 I accidentally send to the wrong group, please delete ah.
        Got new roster: 周末 night shift is Suresh a/l Muthu, 他的 number +60 17-665 2091, call him if system down.
        Ah Seng say his wife 怀孕了, due date March, so he want to apply paternity leave early, staff ID MY-10988.
        Lao ban kena 诊断 diabetes last week, don't tell others, he's very sensitive about it — I mean Mr Ong Kok Leong.
        Please courier the contract to Nicholas Teo, 37 Jalan Kurau, Singapore 419385, he sign already then we can bill.
        听讲 Vivian 个 husband 嫖赌饮吹, now she kena bankrupt, her IG @vivian.ong.sg got many angry comments.
        Payroll ask: Muthu Krishnan's OCBC a/c 601-234567-001 wrong digit, 所以 salary bounced, pls fix by today.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "eh can help me draft MC msg to my manager?"),
        ("assistant", "Sure — what should it say and who is it to?"),
        (
            "user",
            "to Mr Raymond Goh, say I, Chloe Lee, fever since last night, MC from Raffles Medical 2 days",
        ),
        (
            "assistant",
            "Hi Raymond, I'm down with a fever since last night and have a 2-day MC from Raffles Medical. Will update tomorrow. — Chloe",
        ),
        ("user", "add my hp 9147 3328 in case he wants to call"),
    ],
    [
        ("user", "payroll issue lah, my Oct salary short RM 480"),
        ("assistant", "I can help you write to payroll. What details should I include?"),
        ("user", "name Nurul Izzati binti Kamal, staff no MY-22971"),
        ("user", "IC 930221-10-6082, bank Public Bank 6401 229 781"),
        ("assistant", "Got it, I'll put those in the email to payroll."),
    ],
    [
        ("user", "帮我写个交接邮件，客户是陈太"),
        ("assistant", "好的，请提供客户的联系方式和需要注意的事项。"),
        ("user", "她电话 +65 8234 1197，住 Blk 58 Marine Terrace #09-33"),
        ("user", "她老公中风后脾气不好，上门前先打电话"),
    ],
    [
        ("user", "can u summarise this whatsapp for me"),
        ("user", "[10:02] Jason: bro Farid kena accident on PLUS, car VBN 3319 total loss"),
        ("user", "[10:04] Mei: omg he ok?? which hospital"),
        (
            "user",
            "[10:05] Jason: Hospital Sultanah Aminah JB, broken leg, his wife hp 012-889 3056",
        ),
        (
            "assistant",
            "Summary: Farid had an accident on the PLUS highway; his car VBN 3319 is a total loss and he is at Hospital Sultanah Aminah with a broken leg. His wife can be reached at 012-889 3056.",
        ),
    ],
    [
        ("user", "roster next week pls format nicely"),
        ("assistant", "Send me the raw list."),
        (
            "user",
            "Mon AM: Daniel Lim 9382 1045 / Tue PM: Kavitha R 8126 7753 / Wed NT: 黄俊豪 9011 4428",
        ),
        (
            "assistant",
            "| Day | Shift | Staff | Phone |\n| Mon | AM | Daniel Lim | 9382 1045 |\n| Tue | PM | Kavitha R | 8126 7753 |\n| Wed | NT | 黄俊豪 | 9011 4428 |",
        ),
    ],
    [
        ("user", "我想申请年假去台湾"),
        ("assistant", "好的，需要我帮你写申请吗？"),
        ("user", "要，名字 Tan Siew Ling，员工号 SG-30442"),
        ("user", "护照 K4817302N 要更新吗？下个月到期"),
        ("assistant", "新加坡护照有效期需超过六个月才能入境台湾，建议先续签。"),
    ],
    [
        ("user", "office gossip sikit, jangan share"),
        (
            "assistant",
            "I'd rather not spread gossip about colleagues, but what do you need help with?",
        ),
        (
            "user",
            "just want to know how to tell HR — Azman from sales borrow money from everyone, now owe me RM 3,000",
        ),
        ("user", "his ic is 870705-05-3317 if HR need"),
    ],
    [
        ("user", "help me reply this client in Cantonese"),
        (
            "user",
            "client: 我係黃生, 黃家明, 你哋幾時上嚟裝冷氣? 我地址係 Jalan Ampang, Desa Kudalari Block C 12-3",
        ),
        ("assistant", "黃生你好，我哋師傅星期四下晝兩點上嚟，請問有冇其他電話可以聯絡？"),
        ("user", "he say 打 +60 12-306 7719 搵佢太太"),
    ],
    [
        ("user", "Can you check this CPF statement line? Employee: Lim Hui Min, NRIC S8812345J"),
        ("assistant", "Sure, what looks wrong?"),
        ("user", "employer share only $510 but her salary is $6,000 — is that correct?"),
        (
            "assistant",
            "CPF contributions are capped at the monthly ordinary wage ceiling, so the employer share may look lower than 17% of $6,000.",
        ),
    ],
]
