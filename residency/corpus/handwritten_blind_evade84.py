# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade84: personal data in calendar and contact exports (ICS, vCard, Outlook/Google CSV, meeting notes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade84
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ics_invite"): _lines("""
        BEGIN:VEVENT | UID:20261118T020000Z-4471@events.library.example.sg | DTSTART;TZID=Asia/Singapore:20261118T100000 | SUMMARY:Library talk: reading Lee Kuan Yew's "From Third World to First" | LOCATION:Central Public Library\\, Imagination Room | END:VEVENT
        SUMMARY:Q4 all-hands | LOCATION:Auditorium L3 | ORGANIZER;CN=Internal Comms:mailto:comms@acme-logistics.example | ATTENDEE;CUTYPE=GROUP;CN=All Staff SG:mailto:all-sg@acme-logistics.example
        BEGIN:VCALENDAR | PRODID:-//Google Inc//Google Calendar 70.9054//EN | VERSION:2.0 | CALSCALE:GREGORIAN | METHOD:PUBLISH | X-WR-CALNAME:Holidays in Malaysia | X-WR-TIMEZONE:Asia/Kuala_Lumpur
        DTSTART;VALUE=DATE:20260831 | DTEND;VALUE=DATE:20260901 | SUMMARY:Hari Merdeka (National Day) | TRANSP:TRANSPARENT | CATEGORIES:Public holiday
        SUMMARY:Room booking - Meeting Room 7B (capacity 12) | DESCRIPTION:Booked via facilities portal\\, ref FAC-2026-118374 | STATUS:CONFIRMED | SEQUENCE:2
        Join Zoom Meeting https://zoom.us/j/84129375560 | Meeting ID: 841 2937 5560 | Passcode: 338271 | One tap mobile: +6531587288,,84129375560# Singapore | Find your local number: https://zoom.us/u/abCdEf12
        RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270331T235959Z | SUMMARY:Sprint planning - Payments squad | DESCRIPTION:Agenda: JIRA PAY-4821\\, PAY-4830\\; capacity review\\; demo env freeze
        BEGIN:VALARM | TRIGGER:-PT15M | ACTION:DISPLAY | DESCRIPTION:Reminder | END:VALARM
        SUMMARY:Webinar: PDPA obligations for event organisers | ORGANIZER;CN=Events Team:mailto:events@dataprotection-academy.example.sg | URL:https://dataprotection-academy.example.sg/webinars/2026-11
        SUMMARY:Flight SQ 318 SIN-LHR | DTSTART:20261203T153500Z | DTEND:20261204T021000Z | LOCATION:Changi Airport T3 | DESCRIPTION:Check-in closes 60 min before departure. Imported from airline e-mail.
        ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=KL-Tower2-L18-Boardroom (16):mailto:c_1889f0ab3d2e4a7b@resource.calendar.google.com
        SUMMARY:Book club - "Pride and Prejudice" ch. 1-20: Elizabeth Bennet and Mr Darcy's first impressions | LOCATION:Tanjong Pagar Community Club\\, Room 2 | RRULE:FREQ=MONTHLY;BYDAY=1SA
        UID:040000008200E00074C5B7101A82E00800000000D0A1C2F3B4E5D901000000000000000010000000F1E2D3C4B5A69788 | X-MICROSOFT-CDO-BUSYSTATUS:BUSY | X-MICROSOFT-CDO-IMPORTANCE:1 | X-MICROSOFT-DISALLOW-COUNTER:FALSE
        DESCRIPTION:Dial-in (Singapore toll-free): 800 852 3812 | Conference ID: 493 028 117# | Trouble joining? Call the IT Service Desk on 6771 2000 (ext. 1) or raise a ticket at servicedesk.example.com
    """),
    ("en", "vcard_card"): _lines("""
        BEGIN:VCARD | VERSION:3.0 | ORG:Tan Tock Seng Hospital | FN:TTSH Appointment Centre | TEL;TYPE=WORK,VOICE:+65 6357 8000 | URL:https://www.ttsh.com.sg | END:VCARD
        BEGIN:VCARD | VERSION:4.0 | KIND:org | FN:Lee Kong Chian Natural History Museum | ADR;TYPE=work:;;2 Conservatory Drive;Singapore;;117377;SG | TEL;VALUE=uri:tel:+65-6601-3333 | END:VCARD
        BEGIN:VCARD | VERSION:3.0 | N:{{last_name}};{{first_name}};;; | FN:{{first_name}} {{last_name}} | TEL;TYPE=CELL:{{mobile}} | EMAIL;TYPE=INTERNET:{{email}} | END:VCARD
        BEGIN:VCARD | VERSION:3.0 | FN:Sherlock Holmes | ADR;TYPE=HOME:;;221B Baker Street;London;;NW1 6XE;UK | NOTE:Consulting detective (fictional\\, Arthur Conan Doyle) - sample card for import testing | END:VCARD
        BEGIN:VCARD | VERSION:3.0 | FN:Customer Care | ORG:Maybank;Consumer Banking | TEL;TYPE=WORK:1-300-88-6688 | TEL;TYPE=WORK:+603-7844 3696 (overseas) | END:VCARD
        BEGIN:VCARD | VERSION:3.0 | ORG:Harbourfront Printing Co. | LOGO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAACXBIWXMAAAsTAAALEwEAmpwYAAAA | END:VCARD
        item1.URL:https\\://www.kopitiam.example.sg | item1.X-ABLabel:_$!<HomePage>!$_ | X-ABShowAs:COMPANY | ORG:Kopitiam Investment Pte Ltd;Franchise Enquiries | TEL;TYPE=MAIN:+65 6100 2233
        BEGIN:VCARD | VERSION:2.1 | N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=AE=A2=E6=9C=8D=E4=B8=AD=E5=BF=83;;;; | ORG:ICBC | TEL;WORK:95588 | END:VCARD
        BEGIN:VCARD | VERSION:3.0 | FN:Jane Doe (EXAMPLE) | N:Doe;Jane;;; | TEL;TYPE=CELL:+1-555-0100 | EMAIL:jane.doe@example.com | NOTE:Dummy card shipped with the importer\\, do not edit | END:VCARD
        BEGIN:VCARD | VERSION:3.0 | FN:Sultan Idris Education University - Registrar's Office | ORG:UPSI | ADR;TYPE=WORK:;;Jalan Upsi;Tanjong Malim;Perak;35900;MY | TEL;TYPE=WORK:+60 5-450 6000 | END:VCARD
        CATEGORIES:Vendors,Caterers | ORG:Hock Lee Catering Sdn Bhd | TEL;TYPE=WORK:+60 3-7960 2288 | NOTE:Halal cert valid to 2027-06\\; quote ref Q-26-1147\\; min. order 80 pax
        GEO:1.2966;103.8764 | TZ:+08:00 | ORG:Singapore Sports Hub | ROLE:Venue Booking Office | TEL;TYPE=WORK:+65 6653 9600 | EMAIL;TYPE=WORK:venues@sportshub.example.sg
        X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/company/grab | ORG:Grab Holdings | TITLE:Partnerships (shared inbox) | EMAIL;TYPE=WORK:partnerships@grab.example.com
    """),
    ("zh-Hans", "contact_export"): _lines("""
        "名","中间名","姓","称谓","公司","部门","职务","商务街道","商务电话","移动电话","电子邮件地址","生日","备注"
        名,姓,公司,商务电话,电子邮件地址,备注 | 客服,,中国工商银行,95588,,信用卡挂失、账户查询请拨打
        BEGIN:VCARD | VERSION:3.0 | FN:顺丰速运客服 | ORG:顺丰速运 | TEL;TYPE=WORK:95338 | NOTE:运单号 SF1402873965021 可在官网查询 | END:VCARD
        BEGIN:VCARD | VERSION:2.1 | N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8C=97=E4=BA=AC=E5=8D=8F=E5=92=8C=E5=8C=BB=E9=99=A2;;;; | TEL;WORK:010-69156114 | END:VCARD
        FN:{{姓名}} | TEL;TYPE=CELL:1XX-XXXX-XXXX | EMAIL:{{邮箱}} | NOTE:请勿在备注中填写身份证号或银行卡号
        姓名,手机,部门 | 张三,138xxxxxxxx,示例部门 | 李四,139xxxxxxxx,示例部门（导入模板，请删除示例行）
        BEGIN:VCARD | VERSION:3.0 | FN:孙悟空 | ORG:花果山水帘洞 | TITLE:齐天大圣 | NOTE:《西游记》人物，通讯录导入测试用 | END:VCARD
        通讯录导出完成：共 1,284 位联系人，其中 37 条重复已合并，文件 contacts_20261201.vcf（2.3 MB）
        BEGIN:VCARD | VERSION:3.0 | FN:中山大学附属第一医院 预约挂号 | ORG:中山大学附属第一医院 | ADR;TYPE=WORK:;;中山二路58号;广州;广东;510080;CN | END:VCARD
        Name,Organization 1 - Name,Phone 1 - Type,Phone 1 - Value,Website 1 - Value | 12345 政务服务便民热线,市人民政府,Work,12345,https://www.gov.cn
        联系人同步日志：2026-11-30 02:14:07 同步 UID 7f3e91c2-44ab-4e8e-b1d0-9a6c2f0e5d13 成功，共 212 条，耗时 412 ms
        BEGIN:VCARD | VERSION:3.0 | FN:上海鲁迅纪念馆 | ORG:上海鲁迅纪念馆 | ADR;TYPE=WORK:;;甜爱路200号;上海;;200081;CN | NOTE:周一闭馆 | END:VCARD
        供应商名片：深圳市腾讯计算机系统有限公司 | 统一社会信用代码 91440300708461136T | 开户行及账号见合同附件 | 对公邮箱 vendor@tencent.example.com
    """),
    ("zh-Hans", "meeting_notes"): _lines("""
        会议纪要｜2026年第四季度产品评审会｜时间：11月18日 14:00-16:00｜地点：3号会议室｜参会：产品部、研发部、测试部负责人｜结论：V3.2 推迟至12月发布
        行动项：1）前端修复工单 BUG-20461；2）运维在 12/3 前完成证书续期；3）法务复核隐私政策第 5 条
        周会记录：本周新增注册用户 12,480 人，环比 +6.3%；客诉 41 单，平均处理时长 3.2 小时
        读书会纪要：讨论《红楼梦》第三回林黛玉进贾府的细节描写，下次读第四回至第六回
        学术研讨会纪要：与会者回顾了袁隆平院士在杂交水稻领域的贡献，并讨论了耐盐碱水稻的推广前景
        会议邀请模板：【会议主题】____ 【时间】____ 【地点】____ 【联系人】____ 【电话】____
        #腾讯会议：826-419-305 会议密码：6612 | 点击链接入会 https://meeting.tencent.com/dm/Xy7Kp2Qw | 手机一键拨号入会 +8675536550000,,826419305#
        财经新闻摘录：腾讯控股董事会主席马化腾在年度股东大会上介绍了本年度经营情况及AI投入计划
        会议室预订规则：单次预订不超过 4 小时；取消需提前 2 小时；超时未签到系统自动释放（预订号形如 MR-2026-004871）
        纪要：讨论通讯录导出时是否保留“备注”字段，结论为默认不导出，需导出时须经数据保护官审批
        供应商会议：与华为沟通交换机 S5735-L48T4X-A1 的交付周期，预计 6 周到货，合同号 HT-2026-1193
        年会筹备会：预算 38 万元，场地候选为国家会展中心（上海）和世博中心，12 月 5 日前定稿
        值班表说明：节假日值班由各部门轮流安排，值班电话统一为 400-820-1234（公司总机转接）
    """),
    ("zh-Hant", "calendar_invite"): _lines("""
        BEGIN:VEVENT | SUMMARY:中華民國國慶日 | DTSTART;VALUE=DATE:20261010 | CATEGORIES:國定假日 | TRANSP:TRANSPARENT | END:VEVENT
        SUMMARY:部門月會 | LOCATION:台北101 35樓 A會議室 | ORGANIZER;CN=行政部:mailto:admin@example.com.tw | DESCRIPTION:議程：預算檢討、年終尾牙籌備
        SUMMARY:香港特別行政區成立紀念日 | DTSTART;VALUE=DATE:20260701 | DTEND;VALUE=DATE:20260702 | TRANSP:TRANSPARENT
        活動邀請：孫中山紀念館「孫中山與辛亥革命」特展導覽｜11月12日 10:00｜地點：香港中環衛城道7號｜名額 30 人，先到先得
        Teams 會議｜會議 ID：392 718 406 215｜密碼：tW7hQ2｜或撥打 +852 3008 6868,,392718406#（香港，收費）
        SUMMARY:颱風停班停課 - 今日行程取消 | DESCRIPTION:依人事行政總處公告辦理，改期另行通知 | STATUS:CANCELLED
        RRULE:FREQ=MONTHLY;BYMONTHDAY=15 | SUMMARY:營業稅申報（401表）截止提醒 | DESCRIPTION:財政部電子申報繳稅服務網
        讀書會：討論金庸《射鵰英雄傳》中郭靖與黃蓉的人物塑造｜地點：香港中央圖書館 8 樓活動室
        預約確認：房間「創新實驗室 B」已為您保留，預約編號 RSV-88204731，請於開始前 10 分鐘報到
        行事曆匯出說明：請於 Outlook 選擇「檔案 > 開啟與匯出 > 匯入/匯出」，再選「匯出至檔案 > 逗號分隔值」
        SUMMARY:講座：林懷民與雲門舞集五十年 | LOCATION:國家兩廳院 演講廳 | URL:https://npac-ntch.org
        BEGIN:VTIMEZONE | TZID:Asia/Taipei | BEGIN:STANDARD | TZOFFSETFROM:+0800 | TZOFFSETTO:+0800 | TZNAME:CST | DTSTART:19700101T000000 | END:STANDARD | END:VTIMEZONE
        客服專線：中華電信 0800-080-123；手機直撥 123（24 小時服務）
    """),
    ("ms", "kalendar_kenalan"): _lines("""
        BEGIN:VEVENT | SUMMARY:Hari Malaysia | DTSTART;VALUE=DATE:20260916 | CATEGORIES:Cuti Umum | END:VEVENT
        Jemputan Mesyuarat Agung Tahunan PIBG 2026 | Tarikh: Sabtu, 21 Nov | Masa: 8.30 pagi | Tempat: Dewan Sekolah | Semua ibu bapa dijemput hadir
        BEGIN:VCARD | VERSION:3.0 | FN:Talian Kasih | ORG:Kementerian Pembangunan Wanita\\, Keluarga dan Masyarakat | TEL;TYPE=WORK:15999 | END:VCARD
        Nota mesyuarat: Cadangan menukar sistem tempahan bilik kepada Google Workspace diluluskan; kos anggaran RM 14,400 setahun untuk 40 lesen
        Kenalan kecemasan: Polis/Ambulans 999 | Bomba 994 | dari telefon bimbit boleh dail 112
        Templat kad kenalan: NAMA: ________ | NO. TEL: 01X-XXX XXXX | E-MEL: ________@________ | JAWATAN: ________
        Ceramah Maulidur Rasul di Masjid Sultan Salahuddin Abdul Aziz Shah, Shah Alam, selepas Isyak — terbuka kepada orang awam
        Kod tempahan dewan: DWN-SA-2026-00917 | Status: Disahkan | Bayaran: RM 350.00 (resit R-44810)
        Mesyuarat Zoom: ID 872 4410 3395 | Kod laluan: 551908 | Sila gunakan nama jabatan semasa menyertai
        Eksport kenalan: 412 kenalan dieksport ke "kenalan_pejabat.csv" dalam format Outlook CSV (UTF-8 dengan BOM)
        Minit: Perdana Menteri Anwar Ibrahim dijadual merasmikan Karnival Pendidikan Negeri pada 5 Dis; protokol diuruskan oleh Pejabat Daerah
        BEGIN:VCARD | VERSION:3.0 | FN:Klinik Kesihatan Seksyen 7 | ADR;TYPE=WORK:;;Jalan Zirkon 7/A;Shah Alam;Selangor;40000;MY | TEL;TYPE=WORK:03-5510 2171 | END:VCARD
        Peringatan kalendar: Hantar borang tuntutan perjalanan sebelum 25 haribulan; borang lewat akan diproses bulan berikutnya
    """),
    ("mixed", "export_howto"): _lines("""
        How do I export my Google Contacts to vCard? 打开 contacts.google.com → 导出 → 选择 vCard (for iOS Contacts) → 导出。
        import vobject; card = vobject.readOne(open("contacts.vcf", encoding="utf-8").read()); print(card.fn.value)
        ics 文件导入后乱码怎么办？用记事本另存为 UTF-8，并确认 VCALENDAR 头部没有写错 CHARSET
        Outlook CSV import keeps failing: "This action cannot be completed" — biasanya sebab header kolum tak sama; guna template Outlook asal dan simpan sebagai CSV UTF-8.
        Regex untuk semak format e-mel dalam CSV: ^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$ — jangan simpan hasil padanan dalam log.
        ICS line folding rule (RFC 5545 §3.1): lines longer than 75 octets 应在 CRLF 后以一个空格续行
        vCard 2.1 的 QUOTED-PRINTABLE 编码示例：=E4=BD=A0=E5=A5=BD 解码后为“你好”
        base64 test: "SGVsbG8gV29ybGQ=" decodes to "Hello World" — 常用来测试 NOTE;ENCODING=b 字段
        Google Calendar API: GET https://www.googleapis.com/calendar/v3/calendars/primary/events?timeMin=2026-12-01T00:00:00Z&maxResults=250&singleEvents=true
        Retention policy: calendar exports containing attendee lists must be deleted after 30 days; contoh fail: export_2026-11.ics (SHA-256 9f2c4be0…e41a)
        Apple Contacts 导出的 .vcf 默认是 vCard 3.0；Android 旧机型多为 2.1，中文姓名会被编码成 QUOTED-PRINTABLE。
        Tukar ICS ke CSV: python ics2csv.py --in kalendar.ics --out kalendar.csv --fields SUMMARY,DTSTART,DTEND,LOCATION
        Why does my vCard show "=E9=99=88" instead of the name? Itu encoding QP; 用支持 vCard 2.1 的工具打开即可。
        mailto: 链接中的中文要做 URL 编码，例如 subject=%E4%BC%9A%E8%AE%AE 表示“会议”
    """),
    ("en", "meeting_notes"): _lines("""
        Minutes - Facilities Committee, 12 Nov 2026. Present: chair, secretary, 5 members. Apologies: 2. Item 3: replace lobby visitor kiosk; vendor quote SGD 18,900 (quote no. VQ-77120).
        Action items: (1) IT to disable CSV export for non-admin users by 30 Nov; (2) DPO to review retention of calendar attachments; (3) Comms to draft staff notice.
        Reading group notes: Satya Nadella's "Hit Refresh" - discussed his account of Microsoft's culture change after he became CEO in 2014.
        Retro notes - Sprint 46: went well: release train on time; to improve: flaky tests in calendar-sync (ticket CAL-3312); try: pair on timezone bugs.
        Board meeting calendar 2027: Q1 - 24 Feb, Q2 - 26 May, Q3 - 25 Aug, Q4 - 24 Nov; all at 10:00 SGT in the Boardroom, Level 12.
        Interview panel template: Candidate: ______ | Role: ______ | Panel: ______ | Score (1-5): ______ | Notes: do not record age, religion or marital status.
        Townhall Q&A summary: 63 questions submitted anonymously via Slido; top themes were hybrid work (41%), bonuses (22%), office move (18%).
        Vendor call notes: the CRM vendor confirmed that calendar data for APAC tenants is hosted in its Singapore data centre; DPA v3.1 to be countersigned.
        Committee notes: agreed to rename Meeting Room 4 the "Yusof Ishak Room" after Singapore's first President; signage order PO-2026-3381.
        Meeting notes template (Notion): Date / Attendees (@mention) / Agenda / Decisions / Action items (owner, due date)
        Steering committee: go-live for the new contacts CRM moved from 1 Dec to 12 Jan due to migration of 48,210 records; rollback plan approved.
        Book club minutes: we finished "Crazy Rich Asians" - long debate on whether Rachel Chu should have forgiven Eleanor Young; next pick is "The Gift of Rain".
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BEGIN:VEVENT | DTSTART;TZID=Asia/Singapore:20261114T093000 | SUMMARY:Chemo cycle 4 - Priya d/o Ramasamy | LOCATION:Day Oncology\\, Level 2 | ATTENDEE;CN=Priya Ramasamy;ROLE=REQ-PARTICIPANT:mailto:priya.ramasamy88@gmail.com | END:VEVENT
        BEGIN:VCARD | VERSION:3.0 | N:Lim;Jia Hui;;; | FN:Lim Jia Hui | TEL;TYPE=CELL:+65 9734 2186 | EMAIL;TYPE=HOME:jiahui.lim.93@hotmail.com | ADR;TYPE=HOME:;;Blk 412 Bedok North Ave 2 #09-117;Singapore;;460412;SG | END:VCARD
        "First Name","Last Name","Mobile Phone","E-mail Address","Birthday","Notes" / "Marcus","De Souza","9128 5530","marcus.desouza@outlook.com","14/2/1990","NRIC S8712345F - for condo access card form"
        Name,Given Name,Family Name,Group Membership,Phone 1 - Type,Phone 1 - Value | Kavitha a/p Subramaniam,Kavitha,Subramaniam,* myContacts ::: Tuition parents,Mobile,+60 12-387 4651
        1:1 notes 3 Nov - Daniel Hoskins asked to move to a 4-day week from Jan; just back from paternity leave, his wife had an emergency C-section. HR to confirm eligibility. Do not share beyond line manager.
        SUMMARY:School pickup | DESCRIPTION:Pick up Chloe (P3\\, class 3B) at the side gate 1.30pm. If late call her mum Grace Tan on +65 834 |  17902
        Attendee,Email,Response,Dietary | Farah Nadia binti Rosli,farahnadia.rosli@yahoo.com,Accepted,Halal - severe peanut allergy (carries EpiPen)
        Tue 18 Nov 14:00-14:45 — Dr appt for Mum (Helen Whitcombe), memory clinic follow-up, bring her NRIC S9156702D and the MRI CD
        Subject: Invitation: Interview - Senior Analyst - Wong Kar Lok @ Thu 20 Nov 3pm | Candidate's current salary SGD 7,800, expecting 9,500, notice period 2 months; candidate mobile 9643 0178
        BEGIN:VCARD | VERSION:3.0 | FN:Zhou Yiming | NOTE;ENCODING=b:UGFzc3BvcnQgRTQ4MjEzOTU2IGV4cCAyMDMxLTA1LTA3LCBibG9vZCB0eXBlIE8r | END:VCARD
        [OOO] Siti Aishah Mohd Yusof - hospitalised (dengue), MC until 21/11. For urgent matters her husband can be reached on 019-662 0837
        ORGANIZER;CN="Benjamin Okafor":mailto:ben.okafor.home@gmail.com | SUMMARY:Divorce mediation session 2 | LOCATION:Family Justice Courts\\, Havelock Square | DTSTART:20261202T013000Z
        Ryan Teo Jun Wei — ryan(dot)teojw(at)gmail(dot)com — landlord for the Clementi flat, rent $2,300 due on the 1st, deposit still not returned
        Notes: Mrs Evelyn Pereira paid the venue deposit with her own card 4563 5120 7795 3102 exp 08/28 - refund to same card after the event
        Action: Arjun s/o Krishnan to submit medical certificate for 12-14 Nov; payroll to deduct 2 days unpaid leave as his annual leave is exhausted
        SUMMARY:Nadia Kamal's birthday 🎂 | RRULE:FREQ=YEARLY | DTSTART;VALUE=DATE:19940317 | DESCRIPTION:turns 32\\, loves orchids\\, send to 27 Jalan SS2/64\\, Petaling Jaya
    """),
    "zh-Hans": _lines("""
        BEGIN:VCARD | VERSION:2.1 | N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88;=E6=80=9D=E8=BF=9C;;; | TEL;CELL:138 1027 4456 | NOTE:装修队长，尾款 1.2 万未结 | END:VCARD
        周例会纪要（11月12日）：王海燕因产检请假两天，3号楼项目暂由刘建军代管；王的手机 139-1672-0583 请保持畅通。
        主题：面试-前端开发-候选人：赵子轩 | 时间：2026-11-20 14:00 | 候选人身份证号：440305199307211285（背调用）| 地点：南山科技园A座1203
        姓,名,移动电话,电子邮件地址,生日,住宅地址 | 孙,丽娜,+86 186 2741 3390,sunlina_1990@163.com,1990/01/15,厦门市思明区莲前西路217号3单元602
        @所有人 明晚7点家长会。另：李梓涵同学上周在校摔伤右臂，家长李先生（微信 lizh_dad2019）请会后直接联系班主任
        联系人备注：张伟强 的工行卡 6222 0210 0118 3746 251，上海浦东分行，房租每月5号转
        DESCRIPTION:签到链接 https://forms.example.cn/checkin?name=%E9%BB%84%E6%96%87%E5%8D%9A&id=420106198209280954&tel=15827604418
        绩效面谈记录：员工杨柳本季度考核C，因长期照顾患阿尔茨海默症的父亲多次迟到，建议调岗至后勤。
        11/28 9:30 陪妈妈（刘桂兰，身份证 51010719620814022X）去华西医院复查甲状腺，记得带上次的B超单
        BEGIN:VCARD | VERSION:3.0 | FN:何俊杰 | X-QQ:2847193650 | NOTE:大学室友，现在杭州做后端，刚离婚别提这事 | END:VCARD
        提醒：给胡晓雯寄生日礼物，地址：南京市鼓楼区汉中路146号5栋1102，电话 177 5102 8864
        联系人：钱晓东 手机：１３６　２２８０　７１４５ 备注：借款3万元，约定年底还清
        学生信息导入表：姓名 吴欣怡，性别 女，身份证 330106200102170622，紧急联系人 母亲 155 6710 2983
    """),
    "zh-Hant": _lines("""
        BEGIN:VCARD | VERSION:3.0 | FN:陳嘉欣 | TEL;TYPE=CELL:+852 9613 4782 | NOTE:身份證 Y604718(A)，保險索償用 | END:VCARD
        Name,Phone 1 - Value,Notes | 林冠宇,0912-385-607,身分證 B104736290，健保卡卡號待補
        部門會議紀錄（11/5）：黃志明 因憂鬱症就醫中，主管同意彈性上班至年底；此事請勿對外透露。
        SUMMARY:洗腎 - 吳秀英（阿嬤）| RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR | LOCATION:台大醫院 血液透析室 | DESCRIPTION:接送：二伯 0933-207-518
        預約確認：何偉倫 先生，11月22日（六）10:30，尖沙咀牙科診所，植牙第二階段；聯絡電話 6284 1907
        @Ka Yan 下星期三 open day 記得帶埋 HKID K582913(5) 同 address proof（Flat C, 12/F, Block 3, Kornhill Gardens）
        家長日 11/29 14:00｜出席：張雅婷（家長）0928-671-304｜學生：張承恩 四年二班，有過動症需座位靠前
        名字,姓氏,行動電話,電子郵件地址,公司,備註 | 俊傑,鄭,0955-120-836,jjcheng0721@gmail.com,,信用卡 5204 7318 8826 9407 代墊機票，月底還
        出差行程：王品蓉 護照號碼 3 1 2 8 7 4 6 0 5，出生 1989/07/21，航班 BR 225 11/30 出發
        Team meeting notes：李詠詩 放緊產假至 3 月，代課由 Ms Chan 負責；佢新地址 九龍城衙前圍道 68 號 5 樓 B 室 已更新到 HR
        ATTENDEE;CN=蔡明哲;X-ID=E135792463:mailto:mingche.tsai@gmail.com | SUMMARY:勞保職災理賠面談 | LOCATION:勞動部勞工保險局 3 樓
    """),
    "ms": _lines("""
        Jemputan: Mesyuarat PIBG | Peserta: Encik Mohd Faizal bin Abdullah (K/P 880312-14-5673), bapa kepada Aiman Tahun 4 Bestari — yuran tertunggak RM240
        BEGIN:VCARD | VERSION:3.0 | FN:Nurul Izzati binti Hashim | TEL;TYPE=CELL:012-748 3915 | ADR;TYPE=HOME:;;No. 23\\, Jalan Mawar 5\\, Taman Sri Muda;Shah Alam;Selangor;40400;MY | END:VCARD
        Minit mesyuarat unit: Puan Rohani binti Ismail dimasukkan ke wad (strok ringan) pada 3/11; tugas beliau diambil alih sementara oleh En. Azlan.
        Nama,Telefon,Kumpulan,Nota | Lee Chong Hock,011-2294 5187,Penyewa bilik,Deposit RM800 belum dipulangkan; akaun Maybank 1140 2291 7735
        Temujanji klinik pergigian - Muthu a/l Rajendran - 14 Dis 10.00 pagi - rawatan saluran akar - bayar guna kad 4377 4501 6283 5577
        Giliran imam surau: Jumaat 21/11 - Haji Zulkifli (019-330 2714), Sabtu - Ustaz Harith (013-582 6049)
        NAMA PENUH: SITI NORHIDAYAH BINTI AHMAD | NO. K/P: 920715-10-6288 | NO. TEL: 017-662 4310 | SAIZ BAJU: M | ACARA: Larian Amal 10K
        Cuti bersalin: Nor Azura binti Kamarudin, 6/1 - 5/4/2027; suami boleh dihubungi di 012-915 7028 jika perlu
        SUMMARY:Sesi kaunseling - Amirul Hakim bin Sulaiman (masalah disiplin\\, ponteng 12 hari) | ORGANIZER;CN=Kaunselor Sekolah:mailto:kaunselor@smk.example.edu.my
        Mesyuarat jawatankuasa masjid: Sdr. Khairul Anwar bin Osman (NRIC T0347281C) dilantik bendahari; akaun POSB peribadi beliau 1 8 4 2 0 7 3 5 6 tidak boleh digunakan untuk derma.
        Peringatan hari jadi: Mak Long Zaharah, 8 Mac, 65 tahun, tinggal di Lot 1127 Kampung Parit Haji Baki, 83000 Batu Pahat
        "Nama Pertama","Nama Akhir","Telefon Bimbit","Alamat E-mel" / "Hafiz","Rahman","+60 19 662 8451","hafizrahman.kl@gmail.com"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant that converts contact files between formats."),
        (
            "user",
            "Convert this to Outlook CSV please: BEGIN:VCARD / VERSION:3.0 / N:Fernandez;Clarissa;;; / FN:Clarissa Fernandez / TEL;TYPE=CELL:+65 8236 4197 / EMAIL;TYPE=HOME:clarissa.fdz@gmail.com / BDAY:1991-09-23 / END:VCARD",
        ),
        (
            "assistant",
            "Here you go: First Name,Last Name,Mobile Phone,E-mail Address,Birthday / Clarissa,Fernandez,+65 8236 4197,clarissa.fdz@gmail.com,23/9/1991",
        ),
        (
            "user",
            "Thanks. Also add a Notes column saying she's my patient, ACL rehab, pays by PayNow after each session.",
        ),
    ],
    [
        (
            "user",
            "帮我写一个 ics 日程：下周三上午 9 点带我爸去医院做胃镜，要提醒前一晚 10 点后禁食。",
        ),
        (
            "assistant",
            "好的：BEGIN:VEVENT / SUMMARY:陪爸爸做胃镜 / DTSTART:20261118T090000 / DESCRIPTION:前一晚 22:00 后禁食 / BEGIN:VALARM / TRIGGER:-PT11H / END:VALARM / END:VEVENT。需要把就诊人信息写进描述吗？",
        ),
        (
            "user",
            "写进去吧：就诊人 周国栋，身份证 370202197004063172，医保卡绑定手机 13953207716，青岛市立医院东院区消化内科。",
        ),
    ],
    [
        ("user", "Tolong buat teks jemputan kalendar untuk kenduri kahwin anak saudara saya."),
        ("assistant", "Boleh. Sila beri nama pengantin, tarikh, masa dan lokasi majlis."),
        (
            "user",
            "Pengantin: Muhammad Danial bin Rosli & Nur Aqilah binti Zainal. 13 Dis 2026, 12 tengah hari - 4 petang, rumah pengantin perempuan No. 8, Lorong Seri Kenanga 3, Taman Seri Kenanga, 83000 Batu Pahat. RSVP kepada Pak Zainal 013-716 4028.",
        ),
        (
            "assistant",
            "SUMMARY:Walimatul Urus Danial & Aqilah / DTSTART:20261213T120000 / DTEND:20261213T160000 / LOCATION:No. 8, Lorong Seri Kenanga 3, Taman Seri Kenanga, 83000 Batu Pahat / DESCRIPTION:RSVP Pak Zainal 013-716 4028",
        ),
    ],
    [
        (
            "user",
            "Outlook 匯入 CSV 後中文變亂碼，這是我的檔案前兩行：First Name,Last Name,Mobile Phone,E-mail Address / å®¶è±ª,æž—,0937-452-816,chiahao.lin1994@gmail.com",
        ),
        (
            "assistant",
            "這是 UTF-8 被當成 ANSI（Windows-1252）讀取造成的，原文應為：名字「家豪」、姓氏「林」。請把檔案另存為 UTF-8（含 BOM）再匯入。",
        ),
        ("user", "對，他是我的保險客戶，身分證 A128395049 也要放在備註欄嗎？"),
    ],
    [
        (
            "user",
            "I have duplicates in my Google Contacts export. Row 1: Aaron Koh, +65 9218 6630, aaron.koh.sg@gmail.com. Row 2: Aaron Koh Wei Jie, 92186630, notes: 'NRIC S9683427F, owes $450 for the Bali trip'. Which should I keep?",
        ),
        (
            "assistant",
            "They are the same person (same mobile once normalised). Keep row 2 for the fuller name and merge the e-mail from row 1. You may want to drop the NRIC from the notes field.",
        ),
        ("user", "ok merge them, keep the notes as is"),
    ],
    [
        (
            "user",
            "Can summarise this meeting notes for me? 今天 meeting 讲了 Jason Lim Kok Wai 的 case，他上个月 panic attack 在 office 晕倒，HR 说要给他 2 weeks medical leave，然后 his wife Serene 会来拿 his laptop.",
        ),
        (
            "assistant",
            "Summary: - Jason Lim Kok Wai had a panic attack at the office last month. - HR approved two weeks of medical leave. - His wife Serene will collect his laptop.",
        ),
        ("user", "Add also 他的 emergency contact number 9047 3821 in the summary"),
    ],
    [
        ("system", "You are CalBot, a scheduling assistant with access to the user's calendar."),
        ("user", "Move my 'Physio - Lorraine' appointment from Thursday to Friday, same time."),
        (
            "assistant",
            "Done. 'Physio - Lorraine' is now on Friday 20 Nov, 4:30-5:15 pm. Should I notify the attendee?",
        ),
        (
            "user",
            "Yes, text her: Lorraine Chua-Mendoza, 9764 2053. Tell her my lower-back session moves to Friday because my MRI got rescheduled.",
        ),
    ],
    [
        ("user", "这个 vcf 里名字显示成 =E9=83=91=E7=BE=8E=E7=8E=B2，怎么还原？"),
        ("assistant", "这是 vCard 2.1 的 QUOTED-PRINTABLE 编码，按 UTF-8 解码后是“郑美玲”。"),
        (
            "user",
            "好的，她是我们小区业主，电话 187 2093 5518，住 7 栋 2 单元 1403，物业费欠了三个月，帮我写个催缴通知。",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat peringatan berulang dalam Google Calendar untuk suntikan insulin ayah saya, pukul 7 pagi dan 7 malam.",
        ),
        (
            "assistant",
            "Boleh. Buat acara 'Insulin ayah', ulang setiap hari pada 7:00 pagi, kemudian satu lagi pada 7:00 malam, dengan pemberitahuan 10 minit sebelum.",
        ),
        (
            "user",
            "Dalam nota letak sekali: Ismail bin Hamzah, K/P 620814-01-5237, Klinik Kesihatan Batu Pahat, temujanji ulangan 3 Dis.",
        ),
    ],
    [
        ("user", "幫我寫個 WhatsApp 訊息通知租客下個月加租。"),
        ("assistant", "可以，請提供租客稱呼、單位地址同新舊租金。"),
        (
            "user",
            "租客係 Mr 梁家樂，HKID M294617(9)，單位：荃灣海濱花園 3 座 18 樓 F 室，租金由 $14,500 加到 $15,200，佢電話 5173 6082。",
        ),
    ],
]
