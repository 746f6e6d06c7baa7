# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat28: chats that paste e-mails, forwarded threads, WhatsApp/WeChat exports and signatures (English, 中文, Bahasa Melayu, mixed). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat28
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "e-mail summaries"): _lines("""
        Summary: Finance confirms the Q3 accruals close on 14 Oct; procurement still needs two quotes for the forklift lease before the PO can be raised.
        Action items from the thread: (1) Legal to redline clause 7.2 by Friday, (2) Ops to confirm the new SLA of 4 business hours, (3) revisit pricing at the Jan steering committee.
        TL;DR — the vendor will waive the setup fee if we sign the 24-month plan before 31 Dec; nobody on the thread has objected yet.
        The thread is mostly about the delayed shipment of 1,200 units (PO-2026-04417); the supplier blames port congestion at Tanjung Pelepas and proposes splitting the delivery.
        Key decision: the townhall moves from Thursday to Monday 9:30am SGT, same Zoom link, recording goes on the intranet afterwards.
        Three open questions remain: who owns the migration runbook, whether the DR test counts toward the audit, and which budget code covers the extra licences.
        Pls reply all w/ your availability for the vendor demo — Tue 2-4pm or Wed 10-12, whichever gets more yeses wins.
        Noted with thanks. We'll revert by EOD tmr once we've checked with the warehouse.
        Re: Re: FW: Updated rate card 2027 — please use v3 (attached), v2 had the wrong SST rate for the Penang branch.
        Quick recap of the call: scope frozen at 42 user stories, reporting module pushed to phase 2, UAT starts 6 Jan.
        The customer wants a credit note for invoice INV-88213 because 3 of the 40 cartons arrived crushed; photos are in the second e-mail.
        No translation needed for the appendix, it's already bilingual. Only sections 2 and 4 of the main letter need to go into Chinese.
        Summary of the forwarded chain: marketing wants the CNY hamper order placed by 15 Jan, 180 hampers at S$68 each, delivery to the three outlets.
    """),
    ("en", "headers, disclaimers and signatures"): _lines("""
        On Mon, 2 Nov 2026 at 10:41, DBS Bank <alerts@dbs.com> wrote:
        -----Original Message----- From: Accounts Payable <ap@northwindtraders.com.sg> Sent: Friday, 13 November 2026 4:02 PM Subject: Remittance advice 2026-11-0457
        CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any unauthorised use is prohibited.
        Please consider the environment before printing this e-mail.
        Customer Care Team | Meridian Logistics Sdn Bhd | 1-300-88-2626 | Mon–Fri 9am–6pm
        Sent from my iPhone
        This mailbox is not monitored. For enquiries, call our helpdesk at 6225 5225 or use the form at www.example-agency.gov.sg/contact.
        > > On 5 Oct 2026, at 22:10, The Straits Times <newsletter@sph.com.sg> wrote:
        Office of the Vice-Chancellor, Universiti Tunku Abdul Rahman, Jalan Sungai Long, Bandar Sungai Long, 43000 Kajang, Selangor
        With compliments from the Sherlock Holmes Museum, 221b Baker Street, London NW1 6XE
        From: IT Service Desk <servicedesk@corp.example> | Ticket #INC0098231 | Priority P3 | SLA breach at 2026-12-03T17:00:00+08:00
        ---------- Forwarded message --------- From: Shopee <info@mail.shopee.sg> Date: Sun, 29 Nov 2026 Subject: Your 12.12 vouchers are here!
        Regards, Admissions Office, Lee Kong Chian School of Business, 50 Stamford Road, Singapore 178899
        On Tue, Dec 1, 2026 at 3:15 PM Google Calendar <calendar-notification@google.com> wrote: Invitation: Q4 budget review @ Thu Dec 3, 2026 10am - 11am (SGT)
    """),
    ("zh-Hans", "微信群与邮件"): _lines("""
        【通知】本周五下午三点在三楼大会议室召开年终总结会，请各部门负责人提前准备PPT，时长不超过10分钟。
        各位同事：因系统升级，OA平台将于12月6日22:00至次日02:00暂停服务，给大家带来的不便敬请谅解。
        帮我把上面那封邮件总结成三点，语气正式一点，我要转给供应商。
        摘要：对方同意把交货期延后两周至1月15日，但要求我方预付30%货款；付款条件需财务确认后再回复。
        在 2026年11月30日 周一 09:12，顺丰速运 <service@sf-express.com> 写道：您的快件 SF1428806639201 已签收，感谢使用顺丰。
        客服热线：95338；消费投诉：12315；市民服务热线：12345。
        免责声明：本邮件及其附件可能包含保密信息，仅供指定收件人使用。如您误收本邮件，请立即通知发件人并删除。
        中山大学附属第一医院 地址：广州市越秀区中山二路58号，总机及预约方式以医院官网公布为准。
        [群公告] 逸夫楼B203的投影仪坏了，下周组会改到邵逸夫图书馆研讨室2，时间不变。
        转发的聊天记录主要在讨论团建地点，大家倾向于去莫干山，预算人均800元以内，时间定在12月第三个周末。
        语文老师说下周一前交《故乡》读后感，重点写鲁迅笔下少年闰土和中年闰土的变化。
        订单号：JD2026112988137420，发票号码：24442000000123456789，金额￥1,299.00（含税）。
        请在转发到外部群之前，先把邮件里对方的手机号、身份证号、家庭住址等个人信息删掉。
        {发件人} 于 {日期} 写道：{引用内容} —— 这是邮件客户端的默认引用模板，可以在设置里改。
    """),
    ("ms", "e-mel dan notis"): _lines("""
        Makluman: Pejabat akan ditutup pada 25 Disember sempena cuti Hari Krismas. Sebarang urusan segera sila hubungi talian 1-800-88-5050.
        Ringkasan e-mel: pembekal bersetuju menghantar baki 300 unit minggu depan, invois akan dikeluarkan selepas penghantaran.
        Pada Isnin, 7 Dis 2026 10:15 PG, LHDN <noreply@hasil.gov.my> menulis: Tarikh akhir pengemukaan Borang BE ialah 30 April.
        Hospital Tengku Ampuan Rahimah, Jalan Langat, 41200 Klang, Selangor.
        Tolong terjemahkan mesej WhatsApp ni ke BI, nak forward kat bos sebelum meeting pukul 3.
        Nombor penjejakan Pos Laju: ER123456785MY — bungkusan dijangka tiba dalam 2-3 hari bekerja.
        Tunku Abdul Rahman membacakan Pengisytiharan Kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.
        Talian Kasih 15999 beroperasi 24 jam untuk bantuan kebajikan dan kaunseling.
        Mesyuarat agung tahunan persatuan akan diadakan di Dewan Serbaguna, Jalan Sultan Ismail, pada 12 Januari 2027 jam 8 malam.
        Sila kemas kini templat: 'Assalamualaikum {nama_pelanggan}, pesanan anda {no_pesanan} telah dihantar.'
        Tindakan susulan: (1) Jabatan Kewangan semak invois INV-MY-2026-0991, (2) Unit IT tukar kata laluan akaun kongsi, (3) laporan kepada pengurusan sebelum Jumaat.
        Penafian: E-mel ini sulit dan hanya untuk penerima yang dinamakan. Jika anda bukan penerima yang dimaksudkan, sila padamkannya serta-merta.
    """),
    ("mixed", "assistant replies"): _lines("""
        Here's a short summary of the forwarded thread: the venue is confirmed, catering is still pending, and the client wants the final headcount by 10 Dec.
        好的，以下是这封邮件的英文翻译：Dear team, please be informed that the quarterly review has been moved to next Wednesday.
        Baik, ini draf balasan: 'Terima kasih atas maklum balas. Kami akan semak semula sebut harga dan maklumkan selewat-lewatnya Isnin depan.'
        I've left out the phone numbers and the IC number from the signature as you asked, so the summary below has no contact details at all.
        Action items: ① 确认报价单版本 v2.3 ② update the shipping term to FOB Shenzhen ③ 下周二前回复客户。
        I can't tell who really sent that WhatsApp message, but the link in it looks like a phishing page; don't enter your banking details there.
        Sure! Reply draft: 'Hi all, thanks for the update. Friday 3pm works for us; we'll send the agenda by Thursday noon.'
        这段聊天记录主要有两个待办：一是周四前把合同扫描件上传到共享盘，二是跟财务确认发票抬头。
        The newsletter says Thomson–East Coast Line stage 5 opens next year and adult card fares go up by 6 cents from 27 Dec.
        Ringkasnya, notis itu memaklumkan gangguan bekalan air di Petaling Jaya pada 9 Dis dari 9 pagi hingga 5 petang.
        SHA-256 of the attachment: 9f2c4e7a1b03d58e6f7a2c9d0e1b4a5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d — matches the one in the vendor's e-mail, so the file wasn't altered.
        Lah, that e-mail from support@paypa1-secure.com is fake one, see the '1' instead of 'l' in the domain.
    """),
    ("en", "templates and data handling"): _lines("""
        Dear {{customer_name}}, your ticket {{ticket_id}} has been resolved. If you have further questions, simply reply to this e-mail.
        Hi [First Name], just following up on my e-mail from [date] regarding [topic]. Let me know if [day] works for a quick call.
        Before you paste a WhatsApp export here, delete phone numbers, IC/NRIC numbers and home addresses; keep only the message text.
        Redaction rule: replace any mobile number with [PHONE], e-mail with [EMAIL] and NRIC with [ID] before sending the thread to the vendor.
        WhatsApp export format: [DD/MM/YY, HH:MM:SS] Sender: message — attachments appear as <attached: 00000012-PHOTO-2026-11-02-10-15-33.jpg>.
        Signature template: <Full name> | <Job title> | <Company> | T: <office line> | M: <mobile> — fill in your own details.
        Under the PDPA, an organisation must notify the PDPC no later than 3 calendar days after assessing that a data breach is notifiable.
        Retention: chat exports containing customer data are kept for 90 days, then purged by the nightly job (cron 0 2 * * *).
        Auto-reply: I am out of the office until 5 January with limited access to e-mail. For urgent matters, please contact the team inbox.
        Example header to strip before summarising: 'On Mon, Jan 5, 2026 at 9:00 AM John Doe <john.doe@example.com> wrote:'
        Parser test fixture: From: "Test User" <test.user@example.org>, To: undisclosed-recipients:;, Message-ID: <20261201.8841@mx.example.org>
        WeChat export columns: time, sender_nickname, msg_type (1=text, 3=image, 34=voice), content; wxid values are hashed to sha1 before upload.
    """),
    ("en", "newsletters and announcements"): _lines("""
        Minister for Manpower Tan See Leng said in Parliament that the Employment Pass qualifying salary would rise to S$5,600 for new applications from January 2025.
        From our CEO's year-end letter: revenue grew 12% to $48.3M and we opened offices in Penang and Ho Chi Minh City.
        Reminder: the clinic has moved from Orchard Road to #02-15 Lucky Plaza, 304 Orchard Road, Singapore 238863, opening hours unchanged.
        Newsletter #47: five tips for a cleaner inbox, the new shared-calendar feature, and our Chinese New Year closure dates.
        Hong Kong Observatory: the Strong Monsoon Signal is in force; ferry services to Cheung Chau may be delayed.
        Release notes 4.12.3: fixes a bug where quoted replies ('> ') were duplicated when forwarding from Outlook 2019.
        Jurong East Swimming Complex will close for maintenance from 1 to 14 Dec. Members may use Clementi Swimming Complex instead.
        Press release: Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon, will extend its A&E support during the winter surge.
        From the survey in this month's newsletter: 63% of respondents check work e-mail after 10pm; median reply time fell to 47 minutes.
        Shipment update: DHL waybill 1234567890 left the Leipzig hub 2026-11-29 03:14 CET, ETA Changi 2 Dec.
        Harry Potter lives at 4 Privet Drive until his eleventh birthday, when the letters from Hogwarts start arriving by the hundreds.
        Dr Sun Yat-sen Museum on Castle Road, Mid-Levels, is closed on Thursdays except public holidays; admission is free.
    """),
    ("mixed", "clean chat requests"): _lines("""
        Summarise this newsletter: 'GrabUnlimited goes up to S$5.99/month from 1 Jan; existing subscribers keep the old rate for 2 more months.'
        Can you reply to this for me? 'Dear valued customer, your November bill is ready. Log in to the My Singtel app to view and pay.'
        帮我把这封 newsletter 翻译成中文：'NTUC FairPrice will open a 24-hour outlet at Ang Mo Kio Hub from 1 Dec.'
        Translate pls: 'Restoran Ali Maju, Jalan Tun Sambanthan, Brickfields kini dibuka 24 jam mulai Isnin.'
        tolong summarise e-mel ni: Bank Negara Malaysia mengekalkan OPR pada 2.75% dalam mesyuarat MPC bulan November.
        Extract action items from this email: 'All staff must complete the annual PDPA e-learning (45 min) by 31 Dec; completion is tracked in Workday.'
        这封公司邮件说什么？'自2027年1月1日起，差旅报销统一走费控系统，纸质单据不再受理。'
        Draft a polite reply declining the webinar invite from Gartner, we're not renewing the subscription this year.
        Check my grammar pls: 'Dear Sir/Madam, we wish to inform that our office at 1 Raffles Place #20-61 will relocate to Tower 2 w.e.f. 1 Feb.'
        Read this forwarded msg from the condo MCST: 'Lift B will be under servicing on 9 Dec, 10am–4pm. We apologise for the inconvenience.' What should I tell my parents?
        Summarise in one line: 'Apple has released iOS 26.2 with a fix for the Mail app crash when opening .eml attachments larger than 20 MB.'
        呢個 WhatsApp group 通知幫我翻譯做英文：'東涌站B出口將於12月12日起暫時關閉，乘客請改用A出口。'
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Fwd from my landlord: 'Hi Priya Raman, reminder that rent for Blk 412 Bedok North Ave 2 #08-117 is due on the 1st, $2,300 as usual.' Can you help me reply that I'll pay a week late?
        Best regards, Marcus Lim Wei Jie | HP 9183 4427 | marcus.lwj88@gmail.com | NRIC S8842715G (needed for the claim form)
        On Sat, 14 Nov 2026 at 23:02, Rachel Ong <rachel.ong.hy@hotmail.com> wrote: > I'm still in KK Hospital after the miscarriage, please tell the team I'll be off till the 30th.
        Summarise this for HR pls: 'Dear HR, my Nov salary should be S$4,850 but the payslip shows $4,580. Staff ID 20417, Nur Aisyah bte Kamal.'
        [12/11/26, 21:47:03] Kenneth Tay: my new number is +65 8736 2910, old phone got stolen, pls update the class parents list for Ethan Tay (P3 Courage)
        Translate to Chinese: 'Mr Ravi Chandran, FIN G5570126T, will collect the documents on behalf of his wife at the embassy on Tuesday.'
        Extract the action items: 'Hi Daniel, as discussed I'll pay the $5,000 option fee with my Visa 4556 1283 0047 7196 once you send the signed OTP. — Serena Quek'
        From: Grace Wong <gracewong1979@yahoo.com.hk> Sent: 3 Dec 2026 — my HKID is K385612(7), please send the tenancy agreement to Flat 12B, Tower 3, Laguna City, Kwun Tong.
        Pasted from the family chat: 'Uncle Boon Huat just got discharged from Changi General, stage 3 colon cancer, chemo starts next week, don't tell Ah Ma yet' — Uncle is Koh Boon Huat, pls help me write a get-well msg
        > On 2 Dec 2026, Jason Khoo Wei Ming wrote: > The hearing for my divorce (FC/D 4471/2026) is on 18 Jan and my ex is asking for $3k/month maintenance, I need that Friday off.
        reply to this for me: 'hey it's Fiona Lee, my flight got cancelled and passport K2203958T expires in Feb so I can't rebook for next year, call me at 9472 5518'
        Can you make this e-mail nicer? 'Ms Teo, your student Lucas Ang (T0367241C) failed the drug test at the hostel on 20 Nov and the warden has informed his parents.'
    """),
    "zh-Hans": _lines("""
        帮我总结一下这封邮件：王建国（身份证号440106198803162516）申请的住房公积金提取已审核通过，款项将于3个工作日内打入其本人招商银行账户。
        微信聊天记录：[2026-11-28 20:13] 陈晓燕：我家地址是上海市浦东新区张杨路1500弄12号601，快递放门口就行，电话13816427359
        这是转发来的邮件签名，帮我改成英文：刘芳 | 手机 139 2218 0654 | 微信 liufang_0921 | 寄件地址 成都市武侯区玉林北路3号院2栋1单元402
        翻译成英文：我同事赵磊上周确诊了重度抑郁，医生开了两个月病假，请大家不要在群里讨论他的情况。
        ——原始邮件—— 发件人：孙婷婷 <sunting0708@163.com> 主题：离职证明 —— 我的月薪税前18,500元，入职日期2021年3月1日，麻烦按此开具。
        朋友圈转发的寻人启事帮我润色：周桂兰，女，78岁，患阿尔茨海默症，11月30日下午在杭州市西湖区文三路附近走失，穿灰色棉袄，家属电话15967124480
        帮我提取待办：“小何，下周一前把你的台胞证和台湾身份证（F228413067）复印件交给行政办居住证。——何佳蓉 转”
        老婆微信发来的：“钱转这张卡 6259 0711 3386 4203，户名 蒋桂芳，是我妈的信用卡，这个月还款日是15号”
        在 2026年12月1日 下午3:20，黄志强 <hzq_1985@qq.com> 写道：> 我的车牌是粤B·7K3Q2，明天停在B2层，帮我跟物业报备一下。
        这份聊天记录里有我的体检结果：乙肝小三阳，谷丙转氨酶86 U/L。我叫郑雨桐，能帮我写个给公司的情况说明吗？
    """),
    "ms": _lines("""
        Tolong ringkaskan mesej ni: 'Assalamualaikum, saya Nurul Izzati binti Ahmad Zaki, no IC 930221-10-6618, nak tanya status permohonan PTPTN saya yang dihantar bulan lepas.'
        [03/12/2026, 22:41] Kak Liza: Adik, alamat baru akak No. 17, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam. Hantar barang kat sini ye, no fon 012-687 4431
        Balas e-mel ini untuk saya: 'Encik Harith Iskandar, gaji bersih anda bagi bulan November ialah RM6,240.55 dan telah dikreditkan ke akaun Maybank 1140 2233 8871.'
        Terjemah ke BI: Ayah saya Encik Rahmat bin Osman (IC 580714-07-5213) masih di wad ICU Hospital Pulau Pinang selepas strok semalam.
        Dari group WhatsApp taman: 'Myvi putih WXY 4821 milik Puan Salmah Abu Bakar rumah No. 8 Jalan Cempaka 2 selalu parking depan pagar orang, tolong tegur.'
        Tolong draf aduan ke bank: saya Lee Chong Meng, kad kredit Mastercard 5218 9300 4417 6258 dicaj dua kali RM1,388 oleh Lazada pada 2 Dis.
        Tandatangan e-mel saya terlalu panjang: Mohd Faizal Ismail | tel peribadi 019-335 2087 | rumah: Lot 2214, Kampung Batu 5, 28400 Mentakab, Pahang
    """),
    "mixed": _lines("""
        Eh can help me summarise? 我妈 林秀英 (NRIC S2287064E) tomorrow 去 NUH 做 angiogram, doctor say got 70% blockage, need someone to fetch her home
        WeChat export: 2026/11/27 19:02 阿杰 (wxid_jq8x2k7b1): bro 我的新地址 Blk 227 Serangoon Ave 4 #11-342, 记得寄过来, 我叫 Ong Jia Jie 写这个名
        pls reply in Malay: 'Hi Puan Kavitha, your son Arjun Suresh (Form 2 Bestari) was sent to the sick bay after an asthma attack, please call me at 016-224 9081 — Cikgu Lim'
        幫我 translate to English: '黎嘉明先生，你嘅強積金結餘為 HK$412,385，成員賬戶號碼 MPF-7720193，HKID CA127360(3)。'
        Forward from 舅舅: 'HKID Y402918(4), 陳國偉, 住 沙田 瀝源邨 貴和樓 1012室, 電話 9634 2871' 幫我填返張表
        CC'd thread: Tan Mei Ling <meiling.tan.88@gmail.com> wrote — 'saya mengandung 5 bulan, boleh tak saya WFH from Jan?' pls summarise for my manager
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are MailMate, an assistant that helps Halcyon Travel agents draft replies to customer e-mails. Keep replies under 150 words.",
        ),
        (
            "user",
            "Draft a reply to this, say we'll rebook her on the 22nd:\n\nFrom: Li Jia Hui <jiahui.li.92@gmail.com>\nSent: Tuesday, 1 December 2026 11:48 PM\nSubject: Re: Booking HT-55120 Bali\n\nHi, my passport no. is K2039718N and DOB 08/03/1992, can you move my trip? My dad is having bypass surgery at NHCS on the 15th so I can't fly then.\n\nThanks,\nJia Hui\n9027 4413",
        ),
        (
            "assistant",
            "Dear Ms Li,\n\nThank you for letting us know, and we hope your father's surgery goes smoothly. We have noted your request and will rebook your Bali trip (HT-55120) to depart on 22 December. A revised itinerary will follow within one working day.\n\nWarm regards,\nHalcyon Travel",
        ),
    ],
    [
        ("user", "can u summarise this thread in 3 bullets for the class committee"),
        (
            "user",
            "On Thu, 26 Nov 2026 at 07:55, Sameer Patel <sameer.patel.sg@outlook.com> wrote:\n> Hi Mrs Lau, just so you know Aarav was diagnosed with ADHD last month and started on Ritalin 10mg, he might be drowsy after recess.\n>\n> On Wed, 25 Nov 2026 at 18:20, Mrs Lau <lau_sm@school.edu.sg> wrote:\n>> Dear parents, the P4 learning journey to the Science Centre is on 3 Dec. Please pay $12 via the PG app.",
        ),
        (
            "assistant",
            "• P4 learning journey to the Science Centre on 3 Dec\n• $12 payable via the Parents Gateway app\n• One parent replied privately with a health update about his child; I'd leave that out of the committee summary",
        ),
    ],
    [
        (
            "user",
            "下面是我们小区业主群的聊天记录，帮我提取一下待办事项：\n[2026-11-29 19:41] 物业-小吴：下周二停水检修，时间9:00-15:00\n[2026-11-29 19:43] 8栋1802 邓丽华：我家卫生间漏水楼下还没修，我电话13719438826，师傅来之前先打给我\n[2026-11-29 19:45] 业委会：本周六上午开业主大会，地点会所二楼",
        ),
        (
            "assistant",
            "待办事项：\n1. 下周二 9:00-15:00 停水，提前储水；\n2. 安排维修师傅处理8栋1802的漏水问题，上门前先电话联系业主；\n3. 本周六上午参加业主大会（会所二楼）。",
        ),
    ],
    [
        ("user", "帮我回复一下人事的邮件，她要我的身份证号和银行卡号办工资卡"),
        ("assistant", "好的，请把邮件内容和你想提供的信息发给我，我帮你组织一下回复。"),
        ("user", "身份证 3502031983"),
        ("user", "09271041，工行卡 6217 0042 1003 3188 405，名字写许婉清"),
        (
            "assistant",
            "可以这样回复：“王老师您好，我的信息如下……”。另外建议不要用普通邮件发送完整的身份证号和银行卡号，最好通过公司HR系统上传或当面提交。",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemah mesej WhatsApp ni ke bahasa Inggeris, nak hantar kat majikan anak saya",
        ),
        (
            "user",
            "[28/11/26, 09:12] Puan Rohani: Anak saya Muhammad Danish bin Azman (IC 020615-01-1377) tidak dapat hadir kerja minggu ini kerana demam denggi, sekarang dimasukkan ke Hospital Sultanah Aminah, Wad 6A katil 14.",
        ),
        (
            "assistant",
            "Translation: 'My son, Muhammad Danish bin Azman (IC 020615-01-1377), is unable to attend work this week because he has dengue fever. He is currently warded at Hospital Sultanah Aminah, Ward 6A, bed 14.'",
        ),
    ],
    [
        ("user", "bro help me check this msg my mum fwd me, scam or not ah"),
        (
            "user",
            '"Dear Mdm Goh Siew Lan (NRIC S2287064E), your CPF account will be frozen within 24 hours due to suspicious activity. Call our officer at 8012 3345 to verify."',
        ),
        ("user", "the weird thing is they even know she stays at Blk 56 Marine Terrace #05-21"),
        (
            "assistant",
            "This is very likely a scam. CPF Board will never ask you to call a mobile number to 'verify'. Tell your mum not to call back, and report it to the ScamShield helpline at 1799.",
        ),
    ],
    [
        ("user", "Make my email signature shorter, it's way too long:"),
        (
            "user",
            "Warmest regards,\nHannah Teo Shu Min\nFreelance Illustrator\nHome studio: 38 Jalan Bunga Rampai, Singapore 538420\nM: +65 9738 1054\nIG: @hannahdraws.sg\nPayNow (NRIC): S9021447J",
        ),
        (
            "assistant",
            "Hannah Teo | Freelance Illustrator | +65 9738 1054 | @hannahdraws.sg\n\nI'd also drop the home address and the NRIC from the signature; clients don't need them on every e-mail.",
        ),
    ],
    [
        ("user", "my boss forwarded me an email and wants me to 'handle it'. what does he mean?"),
        (
            "assistant",
            "Could you paste the e-mail? Then I can suggest what he probably expects you to do.",
        ),
        (
            "user",
            "---------- Forwarded message ---------\nFrom: Brandon Yeo <b.yeo.home@gmail.com>\nDate: Mon, 30 Nov 2026, 14:22\nSubject: complaint!!!\n\nYour technician came to my house at 41 Sunset Way #03-12 yesterday and broke my aircon. I want a refund of $680 to my card ending 0418 by Friday or I'm filing at the Small Claims Tribunal.",
        ),
        (
            "assistant",
            "He most likely wants you to look into the service visit, check the technician's report, and reply to the customer with a proposed resolution before Friday.",
        ),
    ],
    [
        ("user", "幫我將呢段WhatsApp對話整理成一封正式電郵俾管理處"),
        (
            "user",
            "[1/12/2026 22:10] 陳太: 我係麗港城12座8樓C室嘅住戶陳美玲，電話 6183 2754，樓上每晚三點都好嘈\n[1/12/2026 22:12] 陳太: 已經投訴咗三次都冇人理",
        ),
        (
            "assistant",
            "致 麗港城管理處：\n本人為12座8樓C室住戶，近月來樓上單位每晚凌晨約三時均發出噪音，本人已投訴三次仍未獲處理，懇請貴處盡快跟進。\n此致",
        ),
    ],
    [
        (
            "system",
            "You are an HR helpdesk assistant. Summarise employee e-mails in two sentences for the HR business partner.",
        ),
        (
            "user",
            "Summarise:\n\nHi HR, I'm Joanne Sim from Finance (emp no. 40882). My basic is S$6,200 and I was told at my appraisal I'd get 8%, but my Dec payslip still shows the old amount. Also, I'll be on no-pay leave from 4 Jan for IVF treatment.\n\nJoanne",
        ),
        (
            "assistant",
            "Joanne Sim (Finance, #40882) reports that her 8% increment on a S$6,200 basic is missing from the December payslip. She also gives notice of no-pay leave from 4 Jan for medical treatment.",
        ),
    ],
    [
        ("user", "Boleh ringkaskan e-mel dari cikgu ni?"),
        (
            "user",
            "Pada Jum, 27 Nov 2026 pukul 3:05 PTG, Cikgu Zarina <zarina.m@moe-dl.edu.my> menulis:\n> Puan, anak puan Aqilah Sofea binti Rizal (5 Dahlia) didapati ada tanda-tanda dibuli dan cedera di lengan kiri. Kami minta puan datang berjumpa Guru Kaunseling pada Isnin ini.",
        ),
        (
            "assistant",
            "Ringkasan: Cikgu Zarina memaklumkan anak puan mungkin dibuli dan cedera di lengan kiri; puan diminta berjumpa Guru Kaunseling pada hari Isnin.",
        ),
    ],
    [
        ("user", "老板在微信里让我转钱，你帮我看看要不要先确认一下"),
        (
            "user",
            "[2026-12-02 16:31] 罗总：小唐，马上转38,000到这个卡：6228 4803 1902 7466 576，户名 吴秀梅，农行南京新街口支行，是我表妹的，急用，别打电话我在开会",
        ),
        (
            "assistant",
            "这很像冒充领导的转账诈骗：催得急、不让打电话、收款人不是公司账户。建议先当面或用你原来存的号码打电话给罗总核实，不要直接转账。",
        ),
    ],
    [
        ("user", "Help me write a reply to the insurer, keep it short"),
        (
            "user",
            "> On 29 Nov 2026, at 10:02, claims@shieldmotor.com.sg wrote:\n> Please confirm the details of the other party.\n\nother driver: Mr Ng Kok Leong, car SLA 4417 H, he admitted fault at the scene, his mobile 8264 9153. my car SKD 2286 C, claim no. CLM-26-118402",
        ),
        (
            "assistant",
            "Dear Claims Team,\n\nFurther to your e-mail, the other driver is Mr Ng Kok Leong (SLA 4417 H, mobile 8264 9153), who admitted fault at the scene. My vehicle is SKD 2286 C, claim CLM-26-118402.\n\nThank you.",
        ),
    ],
    [
        ("user", "帮我把这段 WeChat chat export translate 成 English，要给 landlord 的 agent"),
        (
            "user",
            "2026-11-20 21:05 房东 Alan: 押金 RM3,600 已收\n2026-11-20 21:07 我: 好的，合同上租客写卢子轩，地址 Unit 23-08, Residensi Vista Wirajaya, Jalan Genting Kelang, 53300 KL\n2026-11-20 21:08 房东 Alan: ok 明天签",
        ),
        (
            "assistant",
            "2026-11-20 21:05 Landlord Alan: Deposit of RM3,600 received.\n2026-11-20 21:07 Me: OK, please put Lu Zixuan as the tenant on the contract, address Unit 23-08, Residensi Vista Wirajaya, Jalan Genting Kelang, 53300 KL.\n2026-11-20 21:08 Landlord Alan: OK, we sign tomorrow.",
        ),
    ],
    [
        (
            "user",
            "Can you explain this email in simple words? My uncle forwarded it, he doesn't read English well",
        ),
        (
            "user",
            "From: Registry, State Courts\nTo: Lim Chee Wah\nRe: MAC-904417-2026 Public Prosecutor v Lim Chee Wah (cheating, s 420 Penal Code)\nYou are required to attend a pre-trial conference on 14 January 2027 at 9.00am, Court 4B, State Courts Towers, 1 Havelock Square. Failure to attend may result in a warrant of arrest.",
        ),
        (
            "assistant",
            "In simple words: your uncle has been charged with cheating and must go to the State Courts on 14 Jan 2027 at 9am (Court 4B). If he doesn't go, the court can issue a warrant for his arrest. He should consider getting a lawyer or contacting the Criminal Legal Aid Scheme.",
        ),
    ],
    [
        ("user", "HR转来一份简历邮件，帮我提取关键信息做成表格"),
        (
            "user",
            "发件人：冯嘉怡 <fengjiayi_cpa@126.com>\n主题：应聘 高级会计 - 冯嘉怡 - 8年经验\n\n您好，附件是我的简历。我现住深圳市福田区景田东路景田东12栋503，手机18620437751，目前月薪税前22K，期望28K。身份证：440304199002145823",
        ),
        (
            "assistant",
            "| 字段 | 内容 |\n|---|---|\n| 应聘岗位 | 高级会计 |\n| 工作年限 | 8年 |\n| 当前薪资 | 税前22K/月 |\n| 期望薪资 | 28K/月 |",
        ),
    ],
    [
        ("user", "Tolong draf mesej WhatsApp ke penyewa saya, sewa dah lewat 2 bulan"),
        ("assistant", "Boleh. Apa nama penyewa dan berapa jumlah tunggakan?"),
        (
            "user",
            "Encik Shahrul Nizam bin Yusof, rumah No. 12, Jalan Teratai 5, Taman Desa Jaya, 81100 Johor Bahru. Tunggakan RM2,400. No dia 013-772 5190",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Shahrul Nizam, ini peringatan mesra bahawa sewa rumah No. 12, Jalan Teratai 5 telah tertunggak selama 2 bulan (RM2,400). Mohon jelaskan sebelum 15 Dis ini. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "My colleague from Taipei sent her details for the conference invitation letter, can you format them for the template?",
        ),
        (
            "user",
            "Name: CHEN Yi-Ting 陳怡婷\nNational ID: A258301646\nDOB: 1994-05-19\nPassport: 358812047\nMobile: 0928-617-305\nHome: 台北市大安區仁愛路四段300巷20弄7號3樓",
        ),
        (
            "assistant",
            "Full name: CHEN Yi-Ting\nDate of birth: 19 May 1994\nPassport no.: 358812047\nContact: +886 928 617 305\nResidential address: 3F, No. 7, Aly. 20, Ln. 300, Sec. 4, Ren'ai Rd., Da'an Dist., Taipei City",
        ),
    ],
    [
        ("user", "医院发来的邮件有点长，帮我看一下重点"),
        (
            "user",
            "尊敬的 方志远 先生：您于2026年12月8日上午9:30在本院心内科（门诊楼3楼）的冠脉CTA检查已预约成功，检查前4小时禁食，请携带既往心电图报告。就诊卡号 0012789345，身份证尾号1336。",
        ),
        (
            "assistant",
            "重点：12月8日上午9:30，门诊楼3楼心内科做冠脉CTA；检查前4小时不要吃东西；带上以前的心电图报告和就诊卡。",
        ),
    ],
    [
        ("user", "I need to reply to a WhatsApp from my tenant's mum"),
        ("assistant", "Sure, what did she say?"),
        (
            "user",
            "she said her daughter is being treated for anorexia at IMH and won't be back at the flat until Feb",
        ),
        (
            "user",
            "the flat is 15 Holland Grove View #02-08, tenant is Chloe Seah, lease till Aug 2027",
        ),
        (
            "assistant",
            "Here's a kind reply: 'Dear Mrs Seah, thank you for letting me know. Please don't worry about the flat; Chloe's room will be kept as it is. Wishing her a good recovery.'",
        ),
    ],
    [
        ("user", "boleh tolong rewrite this msg jadi lebih formal? nak hantar kat courier"),
        (
            "user",
            "bang parcel saya tak sampai lagi, tracking JT8801234567, nama Farah Hanim binti Kamarul, alamat No. 3A, Lorong Kenari 2, Taman Bukit Indah, 14000 Bukit Mertajam, Penang, tel 017-408 2263, ic 950617-07-5090 kalau perlu",
        ),
        (
            "assistant",
            "Tuan/Puan, saya ingin bertanya status bungkusan dengan nombor penjejakan JT8801234567 yang masih belum diterima. Mohon semakan dan maklum balas. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "You are a personal e-mail assistant. User profile: Derek Chua, 41, lives at 7 Lorong Chuan, Singapore 556740; wife Sharon; daughter Emma (Sec 2, type 1 diabetes). Sign off as 'Derek'.",
        ),
        (
            "user",
            "Reply to the school's email and say Emma can join the camp but she needs to bring her insulin pen.",
        ),
        (
            "assistant",
            "Dear Mrs Tan,\n\nThank you for the camp details. Emma will be joining. Please note she will bring her insulin pen and may need a few minutes before meals to check her glucose.\n\nBest regards,\nDerek",
        ),
    ],
    [
        ("user", "家长群里老师发了一长串，帮我看看我需要做什么"),
        (
            "user",
            "【二年级3班】各位家长好：1. 周五前交秋游费120元；2. 以下同学体检复查未完成：韩沐阳（视力4.6，需复查）、贺思琪（龋齿3颗）、曾子墨（心脏杂音，请家长带去市儿童医院心内科复诊）；3. 下周三家长开放日。",
        ),
        (
            "assistant",
            "你需要：1. 周五前交120元秋游费；2. 如果你家孩子在复查名单里，尽快安排复查；3. 下周三参加家长开放日。",
        ),
    ],
    [
        ("user", "Extract all the contact details from this signature into JSON for my CRM"),
        (
            "user",
            "Cheers,\nNikhil\n--\nNikhil Varma\n(personal) nikhil.varma.84@proton.me\n+91 98201 44730 / +65 8907 3316\nFlat 5, Kestrel Court, 2 Jalan Kampong Chantek, Singapore 588983",
        ),
        (
            "assistant",
            '{"name": "Nikhil Varma", "email": "nikhil.varma.84@proton.me", "phones": ["+91 98201 44730", "+65 8907 3316"], "address": "Flat 5, Kestrel Court, 2 Jalan Kampong Chantek, Singapore 588983"}',
        ),
    ],
    [
        ("user", "pls 帮我 translate 这封邮件 to English, for the embassy"),
        (
            "user",
            "签证官您好：我叫邱慧敏，护照号EJ4820917，身份证号330106200109150640，在杭州一家科技公司做测试工程师，月薪税后15,600元，计划2027年1月赴新加坡探望在NUS读书的男朋友。",
        ),
        (
            "assistant",
            "Dear Visa Officer,\n\nMy name is Qiu Huimin (passport no. EJ4820917). I work as a test engineer at a technology company in Hangzhou with a monthly net salary of RMB 15,600, and I plan to visit my boyfriend, who studies at NUS, in Singapore in January 2027.",
        ),
    ],
]
