# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat44: chats drafting formal letters and e-mails (complaints, appeals, resignations, references). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat44
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "letter requests"): _lines("""
        Can you write a formal complaint email to my landlord about a leaking ceiling that hasn't been fixed for 3 weeks? Keep it firm but polite, leave the names blank.
        draft a resignation letter, 1 month notice, grateful tone, not too long pls
        I need a template for appealing a parking fine, something I can reuse, with brackets where my details go.
        Rewrite this so it sounds less angry: "This is the THIRD time your technician has failed to show up and I want a refund."
        What's the difference between "Yours sincerely" and "Yours faithfully"? I always mix them up in cover letters.
        Make it more formal: "hey, just wanted to say I'm quitting, last day is end of the month, thanks for everything"
        Can you write a reference letter for a former intern? Just call her "the candidate", I'll fill in the rest myself.
        Write a short email to a university admissions office asking whether the appeal deadline for the 2026 intake has been extended.
        Is it ok to mention a medical reason in a resignation letter or should I keep it vague? Asking generally, not for a specific case.
        pls shorten this to under 150 words and keep the part about the refund policy, delete the rest
        Draft a polite follow-up to a complaint that got no reply after 14 working days. Refer to the original email date as [date].
        Turn these bullet points into a proper letter: - delivery late 9 days - item damaged - want replacement not voucher
        Give me three different opening lines for an appeal letter to a scholarship committee, one formal, one warm, one very short.
        My boss asked me to write my own reference letter and he'll sign it. Is that normal? How do I phrase it in third person?
        User: can u write a complaint to an airline abt lost baggage / Assistant: Sure, here's a draft: "Dear Customer Relations Team, I am writing regarding baggage that did not arrive on flight [flight no.] on [date]..."
    """),
    ("zh-Hans", "写信请求"): _lines("""
        帮我写一封投诉信，投诉快递把包裹放在驿站但没通知，语气正式一点，姓名和单号先空着。
        辞职信怎么写比较体面？我想写得简短一些，不提具体原因。
        请把下面这段话改得更礼貌：“你们客服态度太差了，我要求赔偿！”
        帮我拟一份劳动仲裁申请书的模板，申请人信息部分用【】占位就行。
        写一封给物业的函，反映小区地库照明长期损坏的问题，落款写“全体业主”。
        推荐信里一般要写哪些内容？导师让我先起草一版给他改。
        我想打12315投诉，需要准备哪些材料？不用帮我写信，先列个清单。
        请用公文格式写一则《关于2026年元旦放假安排的通知》，单位名称用××公司代替。
        帮我把这封英文辞职信翻译成中文，保留原来的段落结构和落款格式。
        申诉信开头用“尊敬的领导”还是“尊敬的评审委员会”比较合适？
        写一封退款申请邮件，说明课程未按合同约定开课，要求在7个工作日内全额退款。
        把这封投诉信压缩到300字以内，去掉情绪化的表达，保留诉求和时间线。
        怎么在推荐信里委婉地说明候选人曾经有过一段职业空窗期？
        帮我做一个离职交接清单的表格，列：工作事项、进度、对接岗位、备注。
        申请人：【姓名】，性别：【 】，身份证号：【××××××××××××××××××】，联系电话：【 】
        系统提示：用户提供的身份证号、银行卡号仅用于生成本次信件，不得写入对话摘要或长期记忆。
        给中山大学附属第一医院医务处写投诉信的话，抬头应该写“医务处”还是“患者服务中心”？
    """),
    ("en", "templates and placeholders"): _lines("""
        Dear [Recipient Name], I am writing to formally resign from my position as [Job Title] at [Company Name], effective [Last Working Day].
        Full name: ____________  NRIC/FIN: ____________  Contact no.: ____________  (to be completed by the applicant)
        Subject: Appeal against decision ref. [Case Reference] dated [DD/MM/YYYY]
        I, {{applicant_name}}, holder of ID no. {{id_number}}, hereby authorise {{agent_name}} to act on my behalf in this matter.
        To whom it may concern, I have known [Name] for [X] years in my capacity as [Relationship], and I am pleased to recommend...
        Sign-off block: [Your Name] | [Your Title] | Tel: +65 XXXX XXXX | [Email]
        Address line format: Blk [###] [Street Name] #[##]-[###] Singapore [######]
        RE: COMPLAINT REGARDING ORDER NO. [XXXXXXXX] - please find enclosed copies of the receipt and photographs of the damage.
        Mail-merge fields: «FirstName» «LastName», «Street», «PostalCode» - don't fill them, just fix the spacing in the greeting line.
        Reference letter checklist: dates of employment, role, key responsibilities, strengths, one concrete example, a line inviting verification via the referee's work email.
        Enclosures: (1) copy of IC [front and back], (2) payslips for [month] to [month], (3) supporting letter from [employer].
        Date: [●] | To: [Landlord] | From: [Tenant] | Re: Return of security deposit for [Unit Address]
    """),
    ("en", "institutions and public figures"): _lines("""
        Write an open letter to the Minister for Manpower urging better injury protection for platform workers; it's for our union newsletter, not a personal case.
        Address it to: Patient Relations Office, Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433.
        For consumer disputes in Singapore you can call the CASE hotline at 6277 5100 before sending a letter of demand.
        The Consumer Council hotline is 2929 2222; complaints can also be lodged through the online form.
        Cc the letter to The Office of The Ombudsman, 30/F, China Merchants Tower, Shun Tak Centre, 168-200 Connaught Road Central, Hong Kong.
        Can you write a thank-you letter to the Li Ka Shing Foundation for funding our library's digitisation project? Sign it from the Board of Trustees.
        Draft an enquiry to the Li Ka Shing Faculty of Medicine about their summer research attachment for secondary school students.
        Our office moved to Menara Tun Razak, Jalan Raja Laut, Kuala Lumpur, update the letterhead template accordingly.
        Tim Cook's 2014 essay announcing he is gay is often cited as a model of a personal-but-public tone; summarise its structure so I can copy the structure for a company statement.
        Rewrite Elon Musk's November 2022 "extremely hardcore" email to Twitter staff as a neutral HR memo, for a business-communication class.
        Taipei's 1999 citizen hotline takes noise complaints by phone; do I still need to send a written letter to the district office?
        Open letter to Chief Executive John Lee from the residents' association about the proposed bus route cuts, 300 words, formal Chinese and English versions.
    """),
    ("mixed", "historical and fictional letters"): _lines("""
        Rewrite Mr Darcy's letter to Elizabeth Bennet as a modern work email, same content, about 200 words.
        Summarise Lin Zexu's 1839 letter to Queen Victoria in three bullet points for a Sec 3 history class.
        用鲁迅写信的口吻写一封辞职信，幽默一点，给公司年会节目用。
        Write a resignation letter from Jim Halpert to Dunder Mifflin Scranton, in the style of the show.
        諸葛亮《出師表》改寫成現代白話的請願信，給中學生當範文。
        Write Bartleby the Scrivener's reply to his employer as a formal HR letter, every paragraph ending with "I would prefer not to."
        Analyse the rhetoric of Martin Luther King Jr.'s Letter from Birmingham Jail as a model for a persuasive appeal.
        帮我写一封林黛玉写给贾宝玉的“分手邮件”，要有红楼梦的语言风格。
        Hamlet writes a formal complaint to the Danish royal court about his uncle; tongue-in-cheek, for a school skit.
        Surat rasmi daripada Hang Tuah kepada Sultan Melaka memohon cuti tahunan, versi lucu untuk pertandingan drama sekolah.
    """),
    ("zh-Hant", "投訴與申訴信"): _lines("""
        幫我寫一封投訴信俾管理處，講升降機成個禮拜壞咗，要求盡快維修同埋書面回覆。
        想寫封信向消委會投訴健身中心唔肯退會費，應該點樣開頭？
        請用正式書面語寫一封辭職信，一個月通知期，唔好提薪酬同離職原因。
        推薦信可唔可以用中英對照？申請嘅係本地大學研究院。
        幫我擬一封致食物環境衞生署嘅信，反映街市附近垃圾站氣味問題，以「一群街坊」名義。
        請將這封申訴信改成比較委婉的語氣，收件人是學校的教務處。
        勞資糾紛可致電勞工處熱線 2717 1771 查詢，書面申索表格可於各分區辦事處索取。
        台灣勞動部的 1955 專線可以先打電話諮詢，再決定要不要寫陳情書嗎？
        推薦函結尾要不要寫「如有任何疑問，歡迎與本人聯絡」？還是留系辦電話比較好？
        寫一封給航空公司的行李延誤索償信，單號欄先留空，金額用港幣計。
        瑪麗醫院病人聯絡主任嘅投訴程序係點？我想先了解流程再寫信。
        逸夫書院宿舍申請上訴信範本，申請人資料部分留空即可。
    """),
    ("ms", "surat rasmi"): _lines("""
        Tolong tuliskan surat aduan kepada majlis perbandaran tentang lampu jalan yang rosak, guna bahasa rasmi.
        Macam mana nak tulis surat berhenti kerja 24 jam? Bagi contoh format je, nama biar kosong.
        Boleh buat surat rayuan penangguhan bayaran balik PTPTN? Templat umum sahaja.
        Aduan pengguna boleh dibuat melalui talian KPDN 1-800-886-800 atau aplikasi Ez ADU.
        Surat sokongan untuk permohonan biasiswa, apa yang patut ada dalam perenggan kedua?
        Tukar ayat ni jadi lebih formal: "saya nak complain pasal parcel lambat sampai dah 2 minggu"
        Format alamat penerima untuk surat kepada Jabatan Tenaga Kerja di Putrajaya macam mana yang betul?
        Rujukan Tuan: [No. Rujukan] patut letak di sebelah kanan atas, bawah tarikh ke?
        Tolong semak tatabahasa surat rayuan ini, jangan ubah isi: "Saya ingin merayu keputusan penggantungan yang dibuat oleh pihak kolej..."
        Hospital Tengku Ampuan Rahimah ada unit aduan awam; surat boleh dialamatkan kepada Pengarah Hospital.
        Penutup "Sekian, terima kasih. BERKHIDMAT UNTUK NEGARA" masih sesuai ke untuk surat syarikat swasta?
        Tulis e-mel kepada Universiti Tun Hussein Onn Malaysia bertanya tentang tarikh akhir rayuan kemasukan sesi 2026/2027.
    """),
    ("en", "references, numbers and system text"): _lines("""
        Complaint ref CMP-2026-118734 has been escalated to Tier 2; expected response within 10 working days.
        Your parcel SF1470822563910 was signed for at the building reception at 14:32 on 03/12/2026.
        Invoice INV-88410273 total S$1,284.50 incl. 9% GST; please quote this number in any dispute letter.
        Pos Laju tracking EP872035146MY status: "Item returned to sender (address incomplete)".
        Ticket #48213 closed by agent: "Customer advised to submit a written complaint via the web form."
        Order 2025112800451187, refund of RMB 329.00 processed at 2026-12-01 10:15:07 UTC+8.
        In 2025, 62% of written complaints were resolved within 30 days (n = 4,318; median 11 days).
        HTTP 422 on POST /api/v2/letters: field "recipient_email" is required.
        Small Claims Tribunal filing fee is HK$25 for claims up to HK$3,000, see Cap. 338.
        Letter generated 2026-12-05T09:41:22+08:00 by template 'resignation_formal_sg' (id 7f3a9c21, sha256 4be0c19a77d2).
        System: You are a letter-writing assistant. Never store users' NRIC, passport or bank details; if they paste them, advise masking before sending.
        Don't put your HKID in the subject line; include it in the body or an attachment only if the department asks for it.
        Reminder for managers: send reference letters from your company address, not a personal Gmail, and never disclose an employee's medical history.
        Redaction rule: replace names with [NAME], phones with [PHONE] and addresses with [ADDR] before a draft is saved to the shared drive.
        Under the PDPA an employer generally needs consent before disclosing a former employee's performance details in a reference, unless an exception applies.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Write a resignation letter for me: Priya Nair, Senior Analyst, Crestmoor Logistics Pte Ltd, last day 16 Jan 2027, manager Daniel Koh. Don't say it but the real reason is my chemo starts in Feb.
        Please draft an appeal to HDB. I'm Muhammad Hafiz bin Roslan, NRIC S8834172D, Blk 418 Tampines St 41 #09-233, asking to extend my payment deferment because I was retrenched in Oct.
        can u write my reference request email, sign it "Regards, Chloe Tan Hui Min, 9127 4486, chloe.tanhm@gmail.com"
        Complaint to the bank pls: someone used my card 4563 4573 3014 1212 (exp 08/28) for three transactions at Zalora on 2 Dec. I'm Marcus Yeo, help me word the dispute.
        Help me appeal my son's suspension. Ethan Lim Zhi Rui, Sec 3E at Bedok Ridge Secondary, he has ADHD and the school didn't follow his support plan.
        Draft a salary review request: I'm Rachel Goh Pei Shan, Product Designer at Lumenpath, on S$5,400/month since 2023 while the market rate is ~6,500.
        Reference letter for our helper: Maria Luz Dalisay, Philippine passport P4827716B, worked for us from March 2021 to Nov 2026 at 27 Jalan Kembangan, Singapore 419143.
        Write to the court asking for a postponement. I'm Jason Ho Wai Kit, defendant in DCCJ 2291/2025 (unpaid personal loan), hearing is 14 Jan but I'll be in hospital for spinal surgery.
        Email to landlord re deposit. Tenant: Aditi Sharma, 12 Lorong Chuan #04-11, landlord kept my S$3,200 deposit; my FIN is G5172368L if they need it.
        Complaint to Traffic Police: my car SLM4821K was hit while parked at the Toa Payoh Lor 6 carpark and the other driver drove off. I'm Kelvin Ong, 8306 5521.
        Cover email for my medical leave appeal: I'm Nurul Aisyah binte Rahmat, diagnosed with major depressive disorder at IMH, MC from 1 to 21 Dec, HR is asking for details.
        Resignation email please, from wei.jie.koh88@outlook.com to my boss. I'm Koh Wei Jie, joined Sept 2022, serving 2 months notice, pay my last salary to DBS 027-901448-3 as usual.
        Can you make this reference warmer? "Ms Jolene Pereira worked under me at Harbourview Eldercare from 2019; she left in 2025 after the theft investigation against her was dropped."
    """),
    "zh-Hans": _lines("""
        帮我写辞职信：我叫顾思远，在昆山华泰精密电子做工艺工程师，月薪税前16500，下个月15号离职，原因是要回老家照顾做透析的母亲。
        给银行写个申诉，说我信用卡被盗刷了，卡号6225 5088 3617 2195，持卡人周晓晴，电话139 2745 8160。
        劳动仲裁申请书帮我填一下：申请人唐建军，男，1966年5月18日生，身份证110105196605182178，住北京市朝阳区劲松三区312楼2单元501。
        帮我写一封给学校的申诉信，我女儿黄可欣在光谷第九初级中学初二7班被同学霸凌，现在在看心理医生，诊断是焦虑症。
        写一封给物业的投诉信，落款：望江府3栋1204业主 许文涛 18610327754，小区在杭州市上城区。
        推荐信帮我润色：“兹证明李梦婷（身份证号330102199801256248）于2021年7月至2024年6月在我司担任会计，工作认真负责……”
        我老公陈志华在深圳宝安区的工地从脚手架上摔下来，腰椎骨折，老板不给赔，帮我给劳动监察大队写封信，他电话15802176693。
        帮我写个请假条，就说我（罗佳怡，行政部）怀孕14周，有先兆流产，医生要求卧床两周。
        帮我写一份谅解书：本人彭丽，系交通肇事案被告人吴海峰撞伤的受害人王秀兰之女，同意对其从轻处罚。
        能帮我写封信投诉旅行社吗？重点是我的护照号EJ4829163和出生日期被他们发给了不相关的第三方，我叫林嘉豪。
        申诉信：本人谢雨萱，手机13710458826，微信 xyx_0719，因住院期间信用卡逾期被拒贷，请求银行出具非恶意逾期证明。
        帮我给前公司HR发邮件要离职证明：孙浩然，2019年3月入职，2026年11月离职，证明寄到成都市锦江区东大街芷泉段6号2栋1单元1803。
    """),
    "zh-Hant": _lines("""
        幫我寫封推薦信，申請人係我下屬陳凱琳，HKID Y402957(5)，佢喺我哋公司做咗五年會計，而家申請移民加拿大。
        投訴信落款幫我寫：梁振邦，九龍觀塘協和街88號協和大廈12樓C室，電話9186 2437。
        我想寫封信畀保險公司上訴，我阿爸何國強今年三月中風入咗伊利沙伯醫院，理賠俾人拒咗，話佢有高血壓冇申報。
        請幫我寫辭職信，我是王怡君，在新竹科學園區當製程工程師，身分證 A2236841095，預計12/31離職。
        寫一封陳情書給區公所：本人林志明，住臺北市大安區和平東路二段118巷7號3樓，手機0912-468-305，鄰居裝修噪音已持續兩個月。
        幫我寫封信俾學校申請學費減免，我個仔張子軒讀小五，我同佢老豆離咗婚，自己一個湊，月入得HK$14,500。
    """),
    "ms": _lines("""
        Tolong buat surat berhenti kerja untuk saya, Nur Syafiqah binti Azman, No. KP 950923-10-6178, Eksekutif Akaun di Perabot Jaya Sdn Bhd, notis 30 hari.
        Surat rayuan kepada majikan: nama saya Ravi a/l Subramaniam, gaji RM3,850 dipotong tanpa notis sejak Ogos, telefon 012-738 4419.
        Tuliskan surat aduan kepada bank, kad debit saya 4392 5452 9998 2183 dicaj dua kali di Lotus's Seremban 2, saya Lim Mei Ling.
        Tolong tulis surat sokongan untuk adik saya Ahmad Firdaus bin Kamal, dia ada epilepsi dan mohon kad OKU; alamat No. 23, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves.
        Surat rayuan saman trafik: kereta saya VBK 3309 (Myvi putih), yang memandu masa tu suami saya Zulkifli bin Hassan, 017-662 0935.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant that drafts formal letters and e-mails."),
        ("user", "I need to resign, can you give me a short professional letter?"),
        (
            "assistant",
            "Of course. Dear [Manager's Name], please accept this letter as formal notice of my resignation from the position of [Job Title], effective [Last Day]...",
        ),
        (
            "user",
            "ok fill it in: I'm Samantha Chua, Marketing Exec at Pinewood Realty, manager is Mr Francis Lee, last day 9 Jan. Mention I'm grateful for the flexibility during my IVF treatment this year.",
        ),
    ],
    [
        ("user", "Singtel billed me twice for November, help me write a complaint"),
        ("assistant", "Sure. Could you paste the relevant part of the bill so I can reference it?"),
        (
            "user",
            "Account holder: DEREK TEO BOON KIAT\nBlk 205 Serangoon Central #11-78 Singapore 550205\nAccount no. 8800 4471 2391\nBill date 01 Dec 2026  Amount due $187.40",
        ),
        ("assistant", "Thanks. Here's a draft addressed to Singtel Customer Care..."),
    ],
    [
        ("user", "帮我写一封辞职信，财务部的，要正式"),
        ("assistant", "好的，请问需要写明离职日期和原因吗？"),
        ("user", "离职日期2027年1月31日，原因写个人发展"),
        ("assistant", "已为您起草，落款处需要填写姓名。"),
        ("user", "落款：姜悦。另外公司要求附身份证号，440106198903144729，也帮我加上"),
    ],
    [
        ("user", "write an email to my condo management about the gym being closed for 2 months"),
        (
            "assistant",
            "Here's a draft. Would you like to add your unit number and contact details at the end?",
        ),
        ("user", "yes. Farah Iskandar, unit #07-12"),
        ("user", "mobile 9745"),
        ("user", "0138"),
    ],
    [
        ("user", "想寫封信俾房委會上訴，佢哋話我超出入息限額要交額外租金"),
        ("assistant", "明白，可以講吓你嘅屋邨、單位同埋上訴理由嗎？"),
        (
            "user",
            "兆康苑唔係，係屯門兆麟苑… 唔好意思，係友愛邨愛德樓1807室，我太太今年失業，家庭入息已經跌咗",
        ),
        ("user", "戶主係我，黃志偉，身份證 K618203"),
        ("user", "(8)"),
    ],
    [
        (
            "user",
            "Tolong tulis surat rayuan biasiswa untuk anak saya, dia dapat 8A SPM tapi permohonan ditolak",
        ),
        ("assistant", "Baik. Boleh berikan nama anak, institusi yang memohon dan sebab rayuan?"),
        (
            "user",
            "Nama dia Aina Sofea binti Rahim, mohon ke UiTM Shah Alam, sebab rayuan: pendapatan isi rumah B40",
        ),
        (
            "user",
            "Saya ibu dia, Rosnah binti Mat Yusof, KP 880412-14-5523, surat ni perlu tandatangan saya sekali",
        ),
    ],
    [
        (
            "user",
            "I manage a small design studio. Need a reference letter for a former employee, 2019-2024, senior illustrator.",
        ),
        ("assistant", "Happy to help. What are the strengths you'd like to highlight?"),
        (
            "user",
            "Benjamin Ng. Great with clients, very fast. Between us, he was off for four months in 2023 for alcohol rehab, so don't mention that period at all.",
        ),
    ],
    [
        ("user", "美团外卖送错了还不给退款，帮我写个投诉"),
        ("assistant", "好的，方便把订单页面的信息贴一下吗？我帮你整理进投诉里。"),
        (
            "user",
            "订单号 3601 8827 4410 9952\n收货人：邓晓梅（女士）\n收货地址：广州市天河区龙口西路天河北苑B栋907\n联系电话：177 9530 1248",
        ),
        ("assistant", "收到，投诉信已经按订单信息写好了。"),
    ],
    [
        ("user", "help me write email to HR lah, I want to ask for unpaid leave 3 months"),
        ("assistant", "Sure! Could you share the reason and the dates?"),
        (
            "user",
            "my mother got stage 3 breast cancer, need to go back Penang take care her, from Feb to Apr",
        ),
        (
            "user",
            "my name Tan Jia Hui, IC 910207-07-5342, staff of Emerald Bay Resort front office",
        ),
    ],
    [
        ("system", "Draft concise, respectful appeal letters for university students."),
        (
            "user",
            "I got flagged for plagiarism on my capstone, I want to appeal. The similarity was from my own earlier paper.",
        ),
        (
            "assistant",
            "Understood. Please share the module, your student details and the panel's decision date.",
        ),
        (
            "user",
            "Module IS4103, panel decision 20 Nov. Student: Aaron Chow Jun Kai, matric A0237741R. Also I was hospitalised for a panic disorder relapse the week before submission, should I mention it?",
        ),
    ],
    [
        ("user", "帮我给法院写一封信，关于孩子抚养权变更"),
        ("assistant", "可以。请说明双方基本情况和变更理由，我会用正式的书面语。"),
        (
            "user",
            "我是原告刘佳，被告是前夫赵国栋。孩子赵子墨，身份证43010420110923142X，现在跟他爸住长沙市芙蓉区八一路锦绣华城5栋1203，他爸最近因为赌博欠了很多钱",
        ),
        ("assistant", "明白，我会在信中说明被告目前的经济状况对孩子生活的影响。"),
    ],
    [
        ("user", "Can you tighten up my reply to the landlord? Pasting the thread below."),
        (
            "user",
            "> On 2 Dec, Mr Soh wrote: Please vacate by 31 Dec.\nHi Mr Soh, as discussed the aircon was faulty since August...\nBest,\nOlivia Fernandes\n+65 9012 7745\n7 Bukit Batok East Ave 6 #12-03 Singapore 659542",
        ),
        ("assistant", "Here's a firmer, shorter version that keeps your signature block."),
    ],
    [
        ("user", "可以幫我寫一封申訴信給健保署嗎？我的重大傷病卡申請被退件"),
        ("assistant", "可以的，請問申請的疾病類別和退件原因是什麼？"),
        ("user", "類風濕性關節炎，退件理由說檢查報告不齊全，但我有附上"),
        ("user", "申請人：蔡宗翰，身分證字號 F1284703357，出生 75年3月2日"),
    ],
    [
        (
            "user",
            "My dad's critical illness claim was rejected. Need a strong appeal letter to Great Eastern.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. What was the diagnosis and the reason given for the rejection?",
        ),
        (
            "user",
            "They say his heart condition was pre-existing. It wasn't, the stent was done in 2025 after the policy started.",
        ),
        ("user", "Policy holder Mr Lim Ah Seng, policy no. 0082 9174 55, he's 67, NRIC S5712049E"),
    ],
    [
        ("user", "银行把我的卡冻结了，说交易异常，帮我写一封情况说明"),
        ("assistant", "好的，需要写明卡号、持卡人以及交易的具体情况。"),
        ("user", "卡号是6228 4886 4232 5901 396"),
        ("user", "持卡人张丽雯，那几笔是给我妈交住院费的，转给了中南医院"),
    ],
    [
        ("user", "写推荐信，给我的学生申请国家助学金，写得打动人一点"),
        ("assistant", "好的，请介绍一下学生的学习情况和家庭情况。"),
        ("user", "学生叫韦小燕，高三(4)班，年级前十"),
        ("user", "她家是低保户，爸爸瘫痪在床，妈妈在镇上做零工，住南宁市武鸣区双桥镇平良村"),
    ],
    [
        ("user", "Need an invitation letter for my cousin's UK visitor visa, from me as the host."),
        (
            "assistant",
            "Sure. Please give me your details, your cousin's details and the dates of the visit.",
        ),
        (
            "user",
            "Host: Harpreet Kaur Gill, 41 Tenby Road, Edgware HA8 6DP. Guest: Manpreet Singh Sidhu, Indian passport Z5128806, staying 12 Apr to 3 May 2027.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat aduan kepada Badan Pengurusan Bersama pasal jiran bising tiap malam",
        ),
        ("assistant", "Boleh. Nak saya guna nama dan nombor unit tuan/puan?"),
        (
            "user",
            "Ya. Saya Siti Khadijah binti Omar, unit B-15-03 Residensi Harmoni, Jalan PJU 1A/41, Ara Damansara",
        ),
        (
            "user",
            "jiran unit B-16-03 tu, Encik Hakim, suka pukul isteri dia sampai menjerit, saya rasa perlu lapor polis juga",
        ),
    ],
    [
        (
            "system",
            "Saved user details for signatures: Name: Grace Lim Shu Fen; Email: grace.lsf@yahoo.com.sg; Mobile: +65 9602 3318.",
        ),
        ("user", "write my complaint to StarHub about the fibre outage, use my usual signature"),
        ("assistant", "Here's the complaint with your signature block at the bottom."),
    ],
    [
        ("user", "支付宝账户被限制了，要写申诉说明，帮我写"),
        ("assistant", "好的，申诉里一般需要提供实名信息，请发给我。"),
        ("user", "吴俊杰 3205831992"),
        ("user", "07211854"),
        ("assistant", "已收到，下面是申诉说明的草稿。"),
    ],
    [
        (
            "user",
            "I'm pregnant and want to resign before my maternity leave starts, is that a bad idea?",
        ),
        (
            "assistant",
            "It depends on your entitlements. Resigning before leave may affect maternity pay; check your contract first.",
        ),
        (
            "user",
            "ok still want to. Write it for: Vanessa Loh, Finance Manager, Ardent Capital, salary S$9,800, due date 2 Mar 2027, last day 31 Jan.",
        ),
    ],
    [
        ("user", "我想投訴屯門醫院，我老豆喺急症室等咗十二個鐘先有醫生睇"),
        ("assistant", "明白，投訴可以寄去醫院嘅病人聯絡主任。可以講下病人資料同經過嗎？"),
        ("user", "病人：鄭炳權，72歲，HKID A771650(0)，有末期腎衰竭，嗰晚佢氣促到講唔到嘢"),
        ("assistant", "我已經將經過整理成一封正式投訴信。"),
    ],
    [
        ("user", "Help me reply to a recruiter and put my contact details in the footer"),
        ("assistant", "Sure, what would you like in the footer?"),
        ("user", "Lin Yu-Chi 林郁琪, LINE: yuki_lin0815, mobile 0933-517-062"),
        ("assistant", "Done, here's the reply with your details."),
    ],
    [
        ("user", "I need to write to my boss explaining why I'll be absent next week"),
        ("assistant", "Of course. Would you like it to be brief or to include the reason?"),
        (
            "user",
            "brief but honest. My husband Arjun Menon was arrested by CPIB on Monday for taking bribes at his port job, and I have to attend his bail hearing. I'm Deepa Menon in Accounts.",
        ),
    ],
]
