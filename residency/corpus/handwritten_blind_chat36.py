# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat36: chats asking an assistant to anonymise, redact, summarise or rewrite reports, complaints, minutes, case notes and screenshot text (English, 中文, Bahasa Melayu). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat36
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "redaction guidance"): _lines("""
        Before you paste anything in, strip out names, phone numbers, IC/NRIC numbers, email addresses and exact home addresses, then replace them with role labels like [Customer], [Staff 1], [Witness 2].
        Tip: keep the same placeholder for the same person all the way through, otherwise the reader can't follow who did what. Every mention of the complainant becomes "Complainant A".
        Dates of birth should be cut down to an age band (e.g. 30-39) unless the exact date matters for the incident itself.
        Can you turn this into a template? I want fields for incident date, location (site only, no unit numbers), category, severity 1-5 and actions taken.
        Screenshots are the usual leak: crop out the chat header (profile photo, display name, number) and the notification bar before you share them.
        pls summarise in 5 bullet pts, no names, my manager just wants the gist lol
        Free-text fields are where most personal data hides, so search the ticket dump for patterns like "@", "+65", "+60", "+86" and "Blk" before you export it.
        Pseudonymised data is still personal data under the GDPR if you keep the key; only truly anonymised data falls outside it (Recital 26).
        Rule of thumb: if a colleague could work out who it is from the text, it isn't anonymised yet. Rare job titles, tiny teams and exact timestamps all count.
        I've removed the names but kept the job titles - is "the night-shift supervisor at Outlet 3" too specific?
        Use the incident reference (e.g. INC-2026-04417) as the only identifier in the shared version; the HR case file keeps the mapping.
        Please don't send me real customer data. Paste a sample with dummy values like John Doe / 9123 4567 / john.doe@example.com and I'll show you the redaction regex.
        For the Slack channel, should I just use initials? Honestly no: in a 12-person team initials are still identifying, use roles instead.
        GDPR Art. 4(5) defines pseudonymisation, and Art. 89 sets the safeguards for processing for research and statistical purposes.
    """),
    ("en", "anonymised output"): _lines("""
        Incident summary (redacted): At approx. 14:20 on 12 Oct 2026 a customer became aggressive at the service counter after a refund was declined. Staff member A de-escalated; no injuries. Security was called at 14:31.
        Minutes - Ops weekly, 3 Nov 2026. Attendees: Ops Lead, Finance Rep, 2x Site Supervisors. Action: Site Sup (North) to update the rota by Fri.
        Complaint #C-88213 (anonymised): customer reports late delivery (5 days past SLA) and a damaged parcel. Requested: refund of S$42.90. Status: resolved, voucher issued.
        Case note (de-identified): client, female, 30s, referred by a community partner for rental arrears. Two sessions completed; budgeting plan agreed. Next review in 4 weeks.
        [Employee 1] reported that [Employee 2] left the forklift running unattended in Bay 4. Toolbox talk scheduled for all warehouse staff.
        Here's the rewritten version with all identifiers removed: "A resident on a high floor reported water seeping from the ceiling. Maintenance inspected the unit above and replaced a failed seal."
        Redacted screenshot text: "[Contact name]: ok noted, will pass to boss tmr 👍" / "[You]: thanks!" (sent 21:04 and 21:06)
        The summary is accurate but please also drop the outlet name - there are only two cashiers at Outlet 7, so it narrows things down too much.
        Anonymised for the training deck: Patient X, 70s, fall at home, admitted via A&E, discharged after 3 days with physio follow-up.
        The PDP (Amendment) Bill was tabled in Parliament in 2020 by the then-Minister for Communications and Information, S Iswaran - keep that sentence, it's a public record.
        Keep the author attribution: Margaret Atwood is the novelist being quoted in the newsletter, not a customer.
        Final version for the vendor: ticket TKT-2026-118734, device model HX-220, firmware v4.12.3-rc2, error code 0x80070005, first seen 2026-11-28T09:14:55+08:00.
        Summary: the complainant (a parent) raised concerns about bus arrival times on Route 14; the school has asked the operator for a revised timetable.
        Clean version of the minutes: Item 3 - budget overrun of 8.4% on Project Falcon; Finance to report back by 15 Dec.
    """),
    ("en", "identifier look-alikes"): _lines("""
        Queen Mary Hospital, 102 Pok Fu Lam Road, Hong Kong is the site named in the vendor's incident report. It's a public hospital, leave it in.
        Tan Tock Seng Hospital and Khoo Teck Puat Hospital are both named after people, but they're hospitals, so there's no need to mask them.
        SHA-256 of the original export: aa80c1203448e70ba9db4c0eaf7abbe93f172139abdf83e471922c7af098adcc - keep it so we can prove which file was redacted.
        The complaint is about the McDonald's outlet at Jurong Point in general, not about any individual crew member.
        Sherlock Holmes and Dr Watson are the example names in our redaction training slides; Moriarty is the "customer".
        Order 7741-20261103-0088, 3 items, total HK$1,286.50, paid by Octopus; refund processed 2026-11-06 16:42.
        The Office of The Ombudsman, 30/F, China Merchants Tower, Shun Tak Centre, 168-200 Connaught Road Central, accepts complaints by post.
        Build 2026.11.3+git.7c41e9a; the redaction job ran at 02:00 SGT and processed 18,442 tickets, 312 of them flagged for manual review.
        Nelson Mandela's 1964 Rivonia Trial speech is quoted in the training module; historical figures don't need anonymising.
        Send redaction questions to the DPO mailbox dpo@company.example rather than to individual colleagues.
        The PDPC's postal address on the complaint form is 10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438.
        Placeholders for the SOP: [CUSTOMER_NAME], [NRIC_LAST4], [MOBILE], [UNIT_NO] - never fill them with real values in the shared copy.
    """),
    ("zh-Hans", "脱敏指引"): _lines("""
        脱敏规则：姓名保留姓氏，名字改为“某”，如“王某”；手机号中间四位用****替代；身份证号只保留前6位行政区划码。
        根据《个人信息保护法》第七十三条，匿名化是指个人信息经过处理无法识别特定自然人且不能复原的过程。
        会议纪要对外发送前，请把参会人姓名改成部门+岗位，例如“财务部·主管”，工号也不要写。
        截图里的微信昵称、头像和聊天时间也算可识别信息，转发到群里之前记得打码。
        帮我写一个投诉处理的模板，要有：投诉编号、投诉渠道、问题类别、处理结果、回访时间，客户信息那栏先空着。
        好的，下面是可复用的模板：投诉编号【 】｜受理日期【 】｜客户姓名【已隐去】｜诉求摘要【 】｜责任部门【 】｜处理时限【3个工作日】
        事故报告里的车牌号也要处理，常见做法是只保留省份简称，如“粤B·*****”。
        请注意：去标识化后的数据如果还能结合其他信息识别到个人，仍然属于个人信息，不能随便外发。
        病例讨论材料一律使用“患者甲、患者乙”，年龄写到十岁区间，住院号、床号全部删除。
        能不能帮我把这段话改得正式一点，去掉口语：“那个谁昨天又没交周报，老板很不爽”
        国家网信办发布的《数据出境安全评估办法》自2022年9月1日起施行。
        客服工单导出前请先跑脱敏脚本 mask_pii v2.3.1，处理后抽检不少于5%的记录。
        统计口径：本季度共受理投诉1,284件，其中物流类占41.2%，办结率97.6%。
    """),
    ("zh-Hans", "已脱敏文本"): _lines("""
        【已脱敏】2026年11月18日晚，某小区一名住户反映楼上漏水，物业维修人员次日上午上门处理，已更换防水层。
        会议纪要（对外版）：时间2026年11月20日14:00-15:30；参会：市场部2人、技术部3人、法务1人；结论：新版隐私政策12月上线。
        处理后版本：投诉人（女，40余岁）称在门店购买的电饭煲使用一周后故障，要求退货，门店已按三包规定办理。
        案例摘要：某员工在仓库搬运时扭伤腰部，经厂区医务室处理后休息两天，公司已补充安全培训。
        个案记录（去标识化）：服务对象为独居老人，行动不便，社工每周探访一次，协助代购生活用品。
        改写如下：“部分员工未按时提交周报，请各部门负责人督促，下周一前补交。”
        截图文字（已打码）：【用户A】：快递到了吗？【客服】：您好，包裹已在派送中，预计今天18点前送达。
        事故通报：11月25日上午，园区3号楼电梯困人，2名访客被困约20分钟，无人员受伤，维保单位已检修。
        订单号 DD20261126004417 的退款已原路退回，金额￥1,299.00，到账时间以银行为准。
        投诉涉及的门店位于中山路与鲁迅路交叉口的逸夫楼一楼，门店名称可以保留。
        客户可拨打95588或企业客服热线400-880-9888反馈，服务时间9:00-21:00。
        引用不用改：鲁迅在《故乡》中写道：“其实地上本没有路，走的人多了，也便成了路。”
        钟南山院士2020年1月20日接受央视采访时确认新冠病毒存在人传人现象，这句属于公开报道，可以保留。
        工单 GD-2026-1130-0072 已转二线处理，SLA剩余6小时。
    """),
    ("zh-Hant", "香港私隱與範本"): _lines("""
        根據《個人資料（私隱）條例》（第486章），資料使用者須採取所有切實可行的步驟保障個人資料。
        私隱專員公署查詢熱線：2827 2827，可以放喺內部指引最尾。
        投訴個案摘要（已匿名）：一名顧客於11月初在旺角分店購買手機後發現屏幕有壞點，已安排換機。
        會議記錄對外版本：出席者以職位列出（區域經理、店長兩名、人事部代表），不列姓名。
        截圖轉發前請遮蓋WhatsApp對話頂部嘅名稱同電話號碼，時間戳可以保留。
        瑪麗醫院、伊利沙伯醫院、威爾斯親王醫院都係以人名命名嘅公立醫院，報告入面唔使遮。
        事故報告範本：日期｜時間｜地點（只寫分店）｜事件類別｜處理方法｜跟進人員：[職位]
        轉寄俾總部之前幫我改寫得正式啲，唔好提同事個名：「尋日夜更又有人遲到，搞到開舖遲咗」
        孫中山紀念館位於香港半山衛城道7號甘棠第，呢個係博物館地址唔係私人住址。
        快遞單號 SF1425839027461 顯示已簽收，單號本身唔算客戶資料。
    """),
    ("ms", "panduan"): _lines("""
        Sebelum kongsi laporan insiden, sila gantikan nama penuh, no. IC, no. telefon dan alamat rumah dengan label seperti [Pelanggan] atau [Staf A].
        Akta Perlindungan Data Peribadi 2010 (Akta 709) terpakai kepada data peribadi yang diproses berkaitan transaksi komersial.
        Boleh tolong ringkaskan minit mesyuarat ni dalam 5 poin? Tak perlu nama sesiapa, bos nak tengok isi je.
        Tip: tangkapan skrin WhatsApp - kaburkan nama kenalan, gambar profil dan nombor telefon di bahagian atas sebelum hantar ke group.
        Untuk aduan pelanggan, guna nombor rujukan aduan sahaja (contoh: ADU-2026-0571) sebagai pengenalan dalam laporan yang dikongsi.
        Templat laporan insiden: Tarikh | Masa | Lokasi (cawangan sahaja) | Jenis insiden | Tindakan diambil | Disediakan oleh: [Jawatan]
        Umur tepat boleh ditukar kepada julat umur, contohnya 40-an, kecuali jika umur itu penting untuk kes.
        Maklumat kesihatan fizikal atau mental ialah data peribadi sensitif di bawah seksyen 4 Akta 709, jadi perlu lebih berhati-hati.
        Pesakit dan waris jangan disebut nama dalam bahan latihan; guna "Pesakit 1", "Waris 1" dan sebagainya.
        Tolong tulis semula ayat ni supaya lebih sopan untuk dihantar kepada pelanggan: "Barang awak lambat sebab kurier buat hal."
        Minta tolong buang semua nama dalam laporan ni, tukar kepada jawatan, lepas tu terjemah ke Bahasa Inggeris.
    """),
    ("ms", "teks dianonimkan"): _lines("""
        Versi dianonimkan: Pada 14 November 2026, seorang pelanggan mengadu bungkusan diterima dalam keadaan rosak. Pihak cawangan telah menggantikan barang tersebut.
        Minit mesyuarat (versi edaran): Hadir - Pengurus Operasi, Eksekutif Kewangan, 3 orang Penyelia. Keputusan: jadual syif baharu berkuat kuasa 1 Disember.
        Nota kes (tanpa pengenalan): klien lelaki, 50-an, bekerja sendiri, mendapatkan khidmat nasihat hutang. Pelan pembayaran dipersetujui.
        Laporan ringkas: [Staf A] tergelincir di kawasan dapur akibat lantai basah; rawatan ringan diberikan, tiada cuti sakit.
        Aduan berkaitan Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru telah dimajukan kepada Jabatan Kesihatan Negeri.
        Talian Kasih 15999 dan Befrienders KL 03-7627 2929 boleh dimasukkan dalam risalah, itu nombor awam.
        Nombor penjejakan J&T 630047821195 dan invois INV/2026/11/00892 tak perlu dibuang dari laporan.
        Petikan ucapan Perdana Menteri Anwar Ibrahim semasa pembentangan Belanjawan 2025 di Dewan Rakyat boleh dikekalkan.
        Cawangan kami di Jalan Tun Razak dan Jalan Tuanku Abdul Rahman akan ditutup pada Hari Deepavali.
        Tangkapan skrin (teks sahaja, sudah dikaburkan): "[Nama]: bila barang sampai?" "[Kedai]: esok sebelum 6ptg ya kak"
        Statistik aduan suku ketiga: 412 aduan diterima, 88% diselesaikan dalam tempoh 7 hari bekerja.
        Contoh ayat templat: "Kami telah menerima aduan anda (No. Rujukan: ____) dan akan menghubungi anda dalam tempoh 3 hari bekerja."
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you redact this before I forward it to HQ? "On 3 Nov at 21:40 our cashier Priya d/o Ramasamy (NRIC S8824193B) was shoved by a customer at the Tampines Hub outlet; she has a bruised wrist and MC till Friday."
        pls anonymise: Complainant Mr Daniel Koh Wei Jie, 9381 2740, daniel.kohwj@gmail.com, says the technician broke his aircon at Blk 412 Bedok North Ave 2 #08-117 and wants S$600 compensation
        Summarise these minutes for the team, keep it factual: "HR update - Grace Lim (Finance) on no-pay leave from 1 Dec for IVF treatment; Marcus Teo's PIP extended to Feb, final warning issued 20 Nov."
        Rewrite this case note in plain English: client Nurul Aini bt Hassan, 34, MyKad 920418-10-5526, fleeing DV from husband, currently at a shelter with 2 kids aged 4 and 7.
        text from the screenshot: "Hi this is Kevin Lau from Flat 12B, Tower 3, Laguna City - my wife is 6828 3391, pls call her not me, I'm in hospital for dialysis until Thursday"
        Redacted version: "[Name withheld], staff no. E-004417, the sole pharmacist at our Sengkang Grand Mall branch, was dismissed on 14 Nov 2026 for diverting alprazolam."
        Remove the card from this complaint pls: "I was charged twice on my Visa 4556 3210 8847 1925, exp 08/29, name on card JASON WEE" and make it sound less angry
        Anonymise this incident report: "Driver Rajesh Kumar a/l Subramaniam, lorry WXY 4821, hit the barrier at gate 2 and blew 0.09% BAC on the breathalyser."
        Shorten this for the board pack: the claimant, Ms Wong Siu Ling (HKID K350917(6)), alleges unfair dismissal after disclosing her breast cancer; Labour Tribunal hearing on 9 Jan 2027.
        Can you tidy this up? "Action - Ahmad Faiz to call Mdm Lee Ah Moi's daughter (+65 8712 0493) re her mum's fall in the toilet at Ward 7 bed 12; family considering legal action."
        FW: for the handover summary - Benjamin Ong, Senior Analyst, base S$8,450/month, bonus 2.5 months, leaving 31 Dec. pls rewrite as a neutral handover note
        From the screenshot: "Delivery for Siti Hajar, 14, Jalan SS 2/55, 47300 Petaling Jaya, tel 012-748 3306, COD RM189.00"
    """),
    "zh-Hans": _lines("""
        帮我把这段投诉脱敏一下再发群里：客户刘建国（身份证44030619880214371X，电话13926581407）说安装师傅把他家南新路荔苑小区6栋1203的地板划坏了。
        会议纪要帮我润色一下：“人事通报：周晓燕（研发部）因抑郁症住院两周，病假期间工资按80%发放，请大家不要在群里讨论。”
        这段个案记录帮我改成第三人称：服务对象陈桂芳，女，67岁，住上海市浦东新区东方路3539弄12号502室，独居，有阿尔茨海默病早期症状，儿子电话15821076633。
        截图里的字帮我识别一下：“收件人：黄磊 18675120964 广东省广州市天河区林和西路3号院5栋1502 备注：放门口别敲门，孩子睡了”
        帮我总结这份事故报告：11月22日晚班，操作工孙志强（工号SZ-20817）右手被冲压机压伤，送南山医院，截断两指，已报工伤。
        这个打码够不够？“王**，身份证4201**********1615，住武汉市武昌区中南路218号3栋2单元701，电话139****6602”
        帮我把这段话改得委婉点发给租客：“赵明辉你已经拖欠三个月房租共13,500元，你上次转账用的工行卡6212 2616 0201 8730我都有记录，再不交就起诉”
        会议记录里有一句“何佳怡怀孕五个月，预产期明年3月，产假期间由李文涛代岗”，帮我改成正式的人事安排说明。
        帮我把这条微信转述成书面投诉：“我是翠湖花园3号楼1单元602的业主杨帆，微信yangfan_0602，楼上漏水一个月物业不管”
        请帮我匿名化：患者钱玉梅，住院号ZY2026110387，确诊HIV阳性，本人要求对丈夫保密。
        客户投诉：“我叫吴昊，护照号E58214739，在贵司订的11月30日飞吉隆坡的机票被无故取消”，请帮我写一个回复。
        帮我精简这份离职面谈记录：员工郑凯，月薪税前28,000元，离职原因是与直属上级冯涛长期冲突，称曾多次被其当众辱骂。
    """),
    "zh-Hant": _lines("""
        幫我將呢段投訴改寫得客氣啲：「我係陳美玲，住將軍澳景林邨景檀樓1812室，電話9173 2586，你哋師傅整爛我部洗衣機仲唔認」
        請幫我遮蓋以下資料再轉寄：申請人李志豪，香港身份證Y682154(3)，出生日期1985年7月2日，月入HK$32,000。
        會議紀錄：「物流部張家俊因醉駕被捕，案件下月喺觀塘裁判法院提堂，期間暫停職務」請改為對外通告版本。
        請幫我把這段客訴去識別化：林怡君，身分證A223581949，住台北市大安區復興南路一段390號5樓，LINE ID: yijun0417
        截圖文字：「我係黃志明 +852 5468 2391 有事WhatsApp我，我老婆喺伊利沙伯醫院做緊化療，唔方便聽電話」
    """),
    "ms": _lines("""
        Tolong ringkaskan aduan ni: "Saya Mohd Hafiz bin Rosli, IC 870412-14-5531, tinggal di No. 23, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam. Kereta saya WQK 7712 kena langgar dalam parking pejabat."
        Minit mesyuarat ni tolong buang nama: "Puan Haslinda (Akaun) disahkan hamil 4 bulan, cuti bersalin mulai Februari; Encik Kamarul Arifin diberi amaran kedua kerana ponteng."
        Laporan insiden: pelajar Tingkatan 2, Aiman Danish bin Zulkifli, SMK Taman Melawati, dipukul oleh tiga rakan sekelas; bapanya (019-332 8140) mahu buat laporan polis.
        Tolong tulis semula nota kes ni: klien Lim Mei Ling, 45, pesakit kanser payudara tahap 2, gaji RM3,200 sebulan, memohon bantuan kewangan untuk kemoterapi.
        Teks dari screenshot: "Akak, ni no akaun Maybank saya 1140 2288 7719, nama Nor Azlina bt Ismail, tolong bank in RM450 deposit bilik ye"
        Boleh anonimkan? "Pemandu e-hailing Encik Suresh a/l Maniam, Perodua Myvi BMK 2290, dituduh mengganggu penumpang secara seksual; kes disiasat di IPD Brickfields."
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a redaction assistant. Replace personal data with placeholders such as [NAME], [PHONE], [ID] and keep everything else unchanged.",
        ),
        (
            "user",
            "Incident report, Store 0142, 18 Nov 2026: Customer Tan Boon Huat (T0312578A) slipped on a wet floor near aisle 6 and hit his head. Ambulance called, taken to CGH. Witness: staff Nur Syafiqah, 8164 2093.",
        ),
        (
            "assistant",
            "Incident report, Store 0142, 18 Nov 2026: Customer [NAME] ([ID]) slipped on a wet floor near aisle 6 and hit his head. Ambulance called, taken to [HOSPITAL]. Witness: staff [NAME], [PHONE].",
        ),
    ],
    [
        ("user", "how do I anonymise meeting minutes properly?"),
        (
            "assistant",
            "Replace names with roles, remove personal details that aren't needed for the decision, and check that small groups can't be re-identified from context.",
        ),
        (
            "user",
            "ok here's the bit I'm worried about: 'AOB - Sandra Yeo raised that her son was diagnosed with autism and asked for flexi hours; approved till Jun 2027.'",
        ),
        (
            "assistant",
            "Suggested: 'AOB - A staff member's request for flexible hours on family grounds was approved until June 2027.'",
        ),
    ],
    [
        ("user", "need help writing a reply to a complaint, I'll give you the details bit by bit"),
        ("assistant", "Sure, go ahead."),
        ("user", "customer is Jolene Tay"),
        ("user", "her number 9027 5518, she says the sofa delivery was 3 days late"),
        ("user", "address Blk 231 Yishun Ave 11 #05-342, she wants the delivery fee back"),
        (
            "assistant",
            "Draft: Dear Ms Tay, we're sorry your sofa arrived three days later than promised. We have refunded the delivery fee to your original payment method.",
        ),
    ],
    [
        ("system", "你是企业内部的文本脱敏助手，输出时请把个人信息替换为【已隐去】。"),
        (
            "user",
            "原文：11月27日，客户张丽华（身份证310115199206074528）在浦东新区张杨路门店办理宽带时与店员发生争执，称店员态度恶劣，要求赔偿。",
        ),
        (
            "assistant",
            "脱敏后：11月27日，客户【已隐去】（身份证【已隐去】）在某门店办理宽带时与店员发生争执，称店员态度恶劣，要求赔偿。",
        ),
    ],
    [
        ("user", "帮我脱敏一下这个，分几段发你"),
        ("assistant", "好的，请发。"),
        ("user", "投诉人：邱雅婷"),
        ("user", "手机 17702163948"),
        (
            "user",
            "诉求：她在我们医美门店做的双眼皮术后感染，现在在瑞金医院住院，要求全额退款加赔偿",
        ),
        ("assistant", "收到，我会把姓名、手机号和就诊医院替换掉，只保留诉求本身。"),
    ],
    [
        (
            "user",
            "把下面的会议纪要整理成要点，名字都换成岗位：销售部例会，参会：部门经理、3名销售。",
        ),
        (
            "assistant",
            "整理如下：1. 本月销售额完成率92%；2. 华东区客户刘志刚（13817265520）欠款48万元已逾期60天，由销售代表跟进催收；3. 下月启动新品推广。",
        ),
        ("user", "你这里客户的名字和电话还没去掉啊"),
        ("assistant", "抱歉，已更正：2. 华东区某客户欠款48万元已逾期60天，由销售代表跟进催收。"),
    ],
    [
        ("user", "Tolong anonimkan aduan pelanggan ni sebelum saya forward ke HQ"),
        ("assistant", "Boleh, sila tampal teks aduan tersebut."),
        (
            "user",
            "Nama: Farah Izzati binti Kamaruddin, IC 790305-08-6142, alamat No. 7, Lorong Bunga Raya 2, Taman Bukit Mertajam, 14000 Bukit Mertajam. Aduan: juruteknik tak datang untuk temujanji pemasangan Unifi 3 kali.",
        ),
        (
            "assistant",
            "Versi dianonimkan: Pelanggan [NAMA] di kawasan Bukit Mertajam mengadu juruteknik tidak hadir bagi temujanji pemasangan sebanyak 3 kali.",
        ),
    ],
    [
        ("user", "boleh ringkaskan nota kes ni untuk mesyuarat kes minggu depan?"),
        (
            "user",
            "Klien: Tan Kok Leong, 58, pesara, tinggal sorang di PPR Kerinchi Blok C-12-07. Disahkan skizofrenia sejak 2011, berhenti makan ubat bulan lepas, jiran adu dia menjerit waktu malam.",
        ),
        (
            "assistant",
            "Ringkasan: Klien lelaki warga emas tinggal bersendirian, sejarah penyakit mental, tidak patuh ubat sejak bulan lepas; jiran melaporkan gangguan pada waktu malam. Cadangan: lawatan rumah bersama pegawai kesihatan.",
        ),
    ],
    [
        ("user", "幫我打字出嚟呢張截圖嘅內容，之後我自己遮名"),
        ("assistant", "好，請貼上截圖文字或描述內容。"),
        (
            "user",
            "「何嘉欣 6273 8815：喂我仲未收到退款，我張卡係5241 8733 0962 4151，你哋話7日內退返HK$3,480」",
        ),
        (
            "assistant",
            "已整理：客戶表示仍未收到HK$3,480退款，並提供了信用卡號碼。建議轉交前遮蓋姓名、電話同卡號。",
        ),
    ],
    [
        ("user", "Make this bank complaint sound more professional:"),
        (
            "user",
            "my name is Terence Phua and your ATM at Toa Payoh swallowed my card 4012 8887 1203 4566 on 29 Nov, still no replacement, call me at 9658 1174!!!",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I am writing regarding my card, which was retained by your ATM at Toa Payoh on 29 November. I have yet to receive a replacement and would appreciate an update at your earliest convenience.",
        ),
    ],
    [
        ("system", "You help social workers summarise case notes. Never invent facts."),
        (
            "user",
            "Summarise: Home visit 26/11. Child: Ryan Chua, 6, P1 at Yew Tee Primary. Bruises on both arms, mum (Chua Li Ting) says he fell at the playground. Stepfather has prior conviction for assault. CPS referral made.",
        ),
        (
            "assistant",
            "Summary: Home visit on 26 Nov. A 6-year-old child had bruising on both arms; the mother attributed it to a fall. A household member has a prior assault conviction. A child protection referral has been made.",
        ),
    ],
    [
        ("user", "会议纪要帮我改成对外版本"),
        ("assistant", "好的，请把原文发给我。"),
        (
            "user",
            "2026年度调薪结果：技术部 孙浩 月薪由22,000调至25,500；市场部 林珊 因绩效C不调薪；财务部 董敏 晋升为财务经理，月薪31,000。",
        ),
        (
            "assistant",
            "对外版本：2026年度调薪工作已完成，整体平均调幅约8%，个别岗位有晋升调整，具体结果已单独通知本人。",
        ),
    ],
    [
        ("user", "OCR this screenshot text into a clean list please, I need it for the case file"),
        (
            "user",
            "[WhatsApp] Marcus Goh +65 9746 3021: bro the contractor damaged my wall at 18 Jalan Kembangan #02-05, S419130, pls tell your boss I'm filing with CASE",
        ),
        (
            "assistant",
            "- Sender: Marcus Goh (+65 9746 3021)\n- Issue: contractor damaged a wall at 18 Jalan Kembangan #02-05, S419130\n- Intent: filing a complaint with CASE",
        ),
    ],
    [
        ("user", "Can u help translate & summarise this HR report, campur BM and English"),
        (
            "user",
            "Staf Muhammad Irfan bin Yusof (IC 010923-07-0387) dilaporkan bergaduh dengan supervisor di gudang Prai pada 15/11. Dia cakap dia ada masalah anxiety dan sedang ambil ubat dari Hospital Seberang Jaya.",
        ),
        (
            "assistant",
            "Summary: A warehouse employee was involved in an altercation with a supervisor on 15 Nov. He disclosed an anxiety condition for which he is receiving treatment. Recommend an HR meeting with EAP support.",
        ),
    ],
    [
        ("user", "病例讨论的材料，帮我把患者信息去掉"),
        (
            "user",
            "患者：蒋春燕，女，34岁，住院号2026-118204，床号12床，身份证320583199603182821，诊断：系统性红斑狼疮合并狼疮肾炎。",
        ),
        (
            "assistant",
            "处理后：患者甲，女，30余岁，诊断：系统性红斑狼疮合并狼疮肾炎。住院号、床号、身份证号已删除。",
        ),
    ],
    [
        ("user", "can you rewrite this email to my landlord so it's less passive aggressive"),
        (
            "user",
            "Hi Mr Ong, it's Alvin Seah from unit 09-14 Parc Esta. Rent for Dec ($3,200) was transferred to your DBS acct yesterday. ALSO the aircon has been leaking for 3 WEEKS. My mobile is 8802 6674 if you ever decide to reply.",
        ),
        (
            "assistant",
            "Hi Mr Ong, just to let you know December's rent of $3,200 was transferred yesterday. Could we also arrange a repair for the aircon leak, which has been ongoing for about three weeks? Thanks!",
        ),
    ],
    [
        ("user", "請幫我把這份客訴內容整理成摘要，要交給主管"),
        (
            "user",
            "客戶：許文彥，身分證F128473016，手機0912-583-407，住新北市板橋區文化路二段182號7樓。反映11月份帳單多扣了NT$1,250，已經打客服三次都沒下文。",
        ),
        (
            "assistant",
            "摘要：客戶反映11月帳單溢收NT$1,250，三度聯繫客服未獲處理，建議優先退款並回電說明。",
        ),
    ],
    [
        ("user", "Rewrite this WSH incident report to be concise, for the MOM submission draft"),
        (
            "user",
            "On 21/11/2026 at about 10:15, worker Md Rasel Hossain (FIN G6173024P, Bangladeshi, 29) fell from a 2.4m mobile scaffold at the Tengah site, Block 218C. Fractured left femur, admitted to NTFGH.",
        ),
        (
            "assistant",
            "On 21 Nov 2026 at ~10:15, a worker fell about 2.4 m from a mobile scaffold at a Tengah worksite, sustaining a fractured femur, and was admitted to hospital.",
        ),
    ],
    [
        ("user", "这段投诉我想改写一下再转给物业，先别急着改，我补充点信息"),
        ("assistant", "好的，请补充。"),
        ("user", "投诉人微信号是 lqq_19880621，她说每天晚上车位被人占"),
        ("user", "占位的车牌是沪A·7K319，车主好像是18号楼的"),
        ("user", "投诉人叫吕倩倩，住18号楼402"),
        (
            "assistant",
            "明白。改写稿：业主反映夜间固定车位长期被其他车辆占用，请物业核实并协调处理。",
        ),
    ],
    [
        ("user", "Tolong ringkaskan mesej dalam group PIBG ni, saya nak letak dalam minit"),
        (
            "user",
            '"Assalamualaikum cikgu, anak saya Nur Aisyah Sofea 3 Bestari ada alahan teruk pada kacang (anaphylaxis), tolong pastikan kantin tak bagi. Kalau apa-apa call saya 011-2391 4857 - Puan Zalina"',
        ),
        (
            "assistant",
            "Ringkasan: Seorang ibu bapa memaklumkan anaknya mempunyai alahan kacang yang serius dan meminta pihak kantin mengambil langkah berjaga-jaga.",
        ),
    ],
    [
        ("user", "Please anonymise this before it goes to the regional office"),
        (
            "user",
            "Complaint received 2 Dec: Mr Leung Chi Wai (HKID AB218473(5)) of Flat C, 9/F, Block 2, Kornhill, Quarry Bay alleges our security guard assaulted him in the lobby. He has a medical report from Pamela Youde Nethersole Eastern Hospital.",
        ),
        (
            "assistant",
            "Complaint received 2 Dec: a resident alleges that a security guard assaulted him in the lobby; he has provided a hospital medical report.",
        ),
    ],
    [
        ("user", "帮我把这份判决相关的内部通报改写成对外说明"),
        (
            "user",
            "原文：原仓储主管韩立军因职务侵占公司货物价值36万元，已于2026年10月被深圳市南山区人民法院判处有期徒刑三年，公司已与其解除劳动合同。",
        ),
        (
            "assistant",
            "对外说明：公司已依法处理一起内部人员侵占财产事件，相关人员已被追究法律责任并解除劳动关系。",
        ),
    ],
    [
        ("user", "Quick q - how should I summarise a noise complaint without naming anyone?"),
        (
            "assistant",
            "Describe the issue, the times and the location at block level, and leave out names and unit numbers unless the recipient needs them to act.",
        ),
        (
            "user",
            "ok thanks. fyi the guy is my neighbour Mr Gopal Krishnan at #12-03, he's on dialysis and home all day so idk",
        ),
    ],
    [
        ("user", "帮我识别一下这张快递面单截图上的字，我要做退货登记"),
        (
            "user",
            "面单文字：寄件人 田思琪 15527418830 湖北省武汉市洪山区珞喻路1037号华中科技大学西十二舍；收件人 退货仓；运单号 YT7512048836121",
        ),
        (
            "assistant",
            "已识别：运单号YT7512048836121，寄件人信息已包含姓名、手机号和宿舍地址，登记时建议只保留运单号。",
        ),
    ],
    [
        ("user", "I masked the name already, is this ok to share with the vendor?"),
        (
            "user",
            "Customer: C*** M** L**, passport E1234*** (Malaysian), email chan.meiling88@yahoo.com, booking ref QX7H2P, requested wheelchair assistance due to MS.",
        ),
        (
            "assistant",
            "Not yet - the email address still identifies her, and the medical condition is sensitive. Replace the email with [EMAIL] and say 'mobility assistance requested' without the diagnosis.",
        ),
    ],
    [
        ("user", "Summarise this call log for the CS team lead"),
        (
            "user",
            "10:02 caller Muthu a/l Velu, 012-509 6628, says his late father's Celcom line still billing; death cert no. attached; wants account closed & RM212 refunded to his CIMB acct 7003 4412 58",
        ),
        (
            "assistant",
            "Summary: a family member requests closure of a deceased subscriber's line and a refund of RM212; supporting documents were provided.",
        ),
    ],
]
