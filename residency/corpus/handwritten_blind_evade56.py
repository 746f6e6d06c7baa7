# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade56: personal data in calendar invites and meeting tools (iCalendar, Zoom/Teams, bookings). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade56
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ics_property_lines"): _lines(r"""
        BEGIN:VCALENDAR | VERSION:2.0 | PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN | METHOD:REQUEST
        ORGANIZER;CN="IT Service Desk":mailto:servicedesk@northbridge-logistics.example
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="SIN-HQ-L12-Boardroom (20)":mailto:sin-hq-l12-boardroom@northbridge-logistics.example
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=All Finance APAC:mailto:finance-apac@kestrelbank.example
        DTSTART;TZID=Asia/Kuala_Lumpur:20270114T093000 | DTEND;TZID=Asia/Kuala_Lumpur:20270114T110000 | RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=12
        UID:040000008200E00074C5B7101A82E00800000000B0E3C1A9F2D1DA01000000000000000010000000C4E1A7D5
        DESCRIPTION;LANGUAGE=en-US:Agenda:\n1. Q4 pipeline review\n2. Hiring plan for the Jakarta office\n3. AOB\n\nJoin on your computer\, mobile app or room device
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE | X-MICROSOFT-CDO-IMPORTANCE:1 | X-MICROSOFT-DISALLOW-COUNTER:FALSE | SEQUENCE:3
        LOCATION:Marina Bay Sands Expo\, Hall D\, 10 Bayfront Ave\, Singapore 018956
        ATTENDEE;CN=noreply;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:noreply@calendar.clinicbook.example
        BEGIN:VALARM | TRIGGER:-PT15M | ACTION:DISPLAY | DESCRIPTION:Reminder | END:VALARM
        SUMMARY:Public lecture – Prof. Wang Gungwu on maritime Southeast Asia | LOCATION:NUS University Cultural Centre\, Hall
        DESCRIPTION:Dial-in (toll-free Malaysia): 1800 81 6868\nConference code: 5518 9027 43#\nOperator assistance: press *0
        ORGANIZER;CN=Room Booking System;SENT-BY="mailto:facilities@harbourview-clinic.example":mailto:bookings@harbourview-clinic.example
        EXDATE;TZID=Asia/Hong_Kong:20270401T140000,20270405T140000 | X-WR-CALNAME:HK Public Holidays 2027 | X-WR-TIMEZONE:Asia/Hong_Kong
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=${attendee_name}:mailto:${attendee_email}
        CATEGORIES:Training,Compliance | CLASS:CONFIDENTIAL | TRANSP:OPAQUE | PRIORITY:5 | DTSTAMP:20261203T015512Z
    """),
    ("en", "zoom_teams_invites"): _lines("""
        Northbridge Logistics is inviting you to a scheduled Zoom meeting. | Topic: APAC Ops Weekly Sync | Time: Jan 14, 2027 09:30 AM Kuala Lumpur | Join Zoom Meeting https://us06web.zoom.us/j/85301924471?pwd=bU5xR2ZkQ0c3T1lqN0p6 | Meeting ID: 853 0192 4471 | Passcode: 628417
        One tap mobile | +6531587288,,85301924471#,,,,*628417# Singapore | +6531651065,,85301924471#,,,,*628417# Singapore | Find your local number: https://us06web.zoom.us/u/kbXz7QpLm
        Microsoft Teams meeting | Join on your computer, mobile app or room device | Click here to join the meeting | Meeting ID: 412 883 609 117 | Passcode: h7Xq2P | Or call in (audio only) +60 3-2770 4422,,918273645# Malaysia, Kuala Lumpur | Phone Conference ID: 918 273 645#
        Join by SIP: 85301924471@zoomcrc.com | Join by H.323: 162.255.37.11 (US West) | 115.114.131.7 (India Mumbai) | Meeting ID: 853 0192 4471
        Webinar registration – Topic: Budget 2027 briefing for SMEs, hosted by the Ministry of Finance. Register in advance: https://zoom.us/webinar/register/WN_k3Jx8QpLTa2v9yZ1mR4cBg. After registering, you will receive a confirmation email containing information about joining the webinar.
        Hi all, reminder that the town hall with our CEO has moved to Thursday 3pm SGT. Same Teams link as before; the Q&A form closes Wednesday noon.
        Webex meeting | Meeting number (access code): 2514 839 0027 | Meeting password: Qv7mT3pK | Join by phone +65-6703-3898 Singapore toll | Global call-in numbers are on the meeting page
        Google Meet joining info | Video call link: https://meet.google.com/xkt-qbfw-upz | Or dial: (MY) +60 3-2788 5127 PIN: 482 019 337# | More phone numbers: https://tel.meet/xkt-qbfw-upz?pin=4820193376
        Your booking is confirmed: 30 Minute Product Demo with Acme Analytics Sales | Wednesday, 20 January 2027, 2:00pm - 2:30pm (Singapore Standard Time) | Event ID: 7f3c9e21-b04d-4a6e-9d1a-55c0e8f2a917 | Need to make changes? Cancel or reschedule from the link in this email.
        This meeting is being recorded. By staying in the meeting you consent to the recording under the Northbridge Meetings Privacy Notice v3.2.
        {{host_company}} is inviting you to a scheduled Zoom meeting. Topic: {{topic}} Time: {{start_time}} {{timezone}} Meeting ID: {{meeting_id}} Passcode: {{passcode}}
        Teams live event: Fireside chat with Tan Sri Nazir Razak on ASEAN capital markets. Attendee link below; questions via the Q&A panel only, cameras and mics are disabled for attendees.
        Meeting ID: 947 2861 0035 / Passcode: 83519 / Host key: 305917 (do not share outside the facilities team)
        The host has another meeting in progress. Please wait, the meeting will begin soon. Meeting ID 876 5432 1098.
        Add to calendar: Outlook (.ics) | Google Calendar | Apple | Yahoo – Event: Singapore FinTech Festival 2027, Singapore EXPO, 1 Expo Drive, Singapore 486150
    """),
    ("mixed", "encoded_invite_fields"): _lines("""
        X-ALT-DESC;ENCODING=BASE64:UXVhcnRlcmx5IHBsYW5uaW5nIHJldmlldyAtIExldmVsIDEyIFJvb20gNEIsIGJyaW5nIGxhcHRvcHM=
        DESCRIPTION;ENCODING=BASE64;CHARSET=UTF-8:5a2j5bqm6aKE566X6K+E5a6h5LyaIOivt+aPkOWJjeWNgeWIhumSn+WFpeWcug==
        SUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=83=A8=E9=97=A8=E4=BE=8B=E4=BC=9A=EF=BC=88=E7=AC=AC=E4=B8=89=E5=AD=A3=E5=BA=A6=EF=BC=89
        SUMMARY;ENCODING=QUOTED-PRINTABLE:Mesyuarat=20Agung=20Tahunan=20Persatuan=20Penduduk
        https://zoom.us/j/93820475516?pwd=Tk9xZ2RlbHpKd0F3&topic=%E7%AC%AC%E4%B8%89%E5%AD%A3%E5%BA%A6%E4%BA%A7%E5%93%81%E5%8F%91%E5%B8%83%E4%BC%9A
        https://calendar.google.com/calendar/render?action=TEMPLATE&text=Sesi%20Taklimat%20Bajet%202027&dates=20271011T020000Z/20271011T040000Z&location=Dewan%20Rakyat
        X-LOCATION-HEX:526f6f6d2031322d3034
        X-CONTACT-ROT13:urycqrfx@rknzcyr.pbz
        ATTACH;FMTTYPE=text/plain;ENCODING=BASE64;VALUE=BINARY:UmVtaW5kZXI6IGZpcmUgZHJpbGwgYXQgMTA6MzAsIGFzc2VtYmxlIGF0IGNhciBwYXJrIEI=
        DESCRIPTION:Please review the attached deck before the st / eering committee. Slides 14-22 cover the vendor shortl / ist; no decision will be taken on the day.
        X-GOOGLE-CONFERENCE:https://meet.google.com/rvd-hnqz-kte | X-GOOGLE-CALENDAR-CONTENT-ICON:https://calendar.google.com/googlecalendar/images/favicon.ico
        LOCATION;ALTREP="https://maps.example.com/?q=%E9%A6%99%E6%B8%AF%E6%9C%83%E8%AD%B0%E5%B1%95%E8%A6%BD%E4%B8%AD%E5%BF%83":%E4%BC%9A%E8%AE%AE%E5%AE%A4A
        DESCRIPTION:Ｍｅｅｔｉｎｇ ＩＤ：８５３ ０１９２ ４４７１ 密码：６２８４１７ 请勿外传
        X-ETAG:"63821947b1e0f5a9d2c4" | X-CALENDARSERVER-ACCESS:CONFIDENTIAL | LAST-MODIFIED:20261130T082214Z
    """),
    ("zh-Hans", "booking_confirmations"): _lines("""
        【会议室预订成功】您已成功预订 3号楼 7层 701会议室，时间：2027年1月14日 09:30-11:00，预订单号：MR20270114-0387。如需取消请提前2小时在企业微信“会议室”应用操作。
        【腾讯会议】会议主题：第四季度经营分析会 / 会议时间：2027/01/20 14:00-16:00 (GMT+08:00) 中国标准时间 - 北京 / 点击链接入会：https://meeting.tencent.com/dm/Xk3pL9qRz2Tb / #腾讯会议：682-415-937 / 会议密码：2047
        钉钉视频会议邀请：产品评审会，会议号 3581 2947 06，入会链接已同步至群公告。
        飞书日程：【周会】研发中心例会 / 每周一 10:00-11:00 / 地点：深圳湾科技生态园 10栋B座 15楼 大会议室 / 视频会议：https://vc.feishu.cn/j/718293645
        预约成功！就诊科室：口腔科 / 就诊日期：2027-02-03 上午 / 取号时间：08:00-09:30 / 预约单号：YY2027020300517 / 请携带本人身份证原件及医保卡到一楼自助机取号。
        订单号 202701148832071 的会议场地预订已确认：上海国际会议中心 黄浦江厅，容纳 300 人，场租 ¥48,000（含税）。
        您报名的“新员工入职培训”将于明天上午9点开始，地点：总部A座2楼培训室。本短信由系统自动发送，请勿回复。
        政务服务中心预约提示：业务类型 出入境证件办理，预约时段 2027年3月8日 13:30-14:00，预约号 B0308-1342。咨询电话 12345。
        日历订阅地址：webcal://calendar.example.cn/public/holidays_cn_2027.ics（含法定节假日与调休安排）
        会议纪要模板：会议名称：____ 时间：____ 地点：____ 主持人：____ 记录人：____ 参会人员：____
        【邀请函】2027人工智能产业大会将于4月在杭州国际博览中心举行，主旨演讲嘉宾包括清华大学姚期智院士。
        取消通知：原定于1月22日（周五）下午的部门年会因场地原因取消，改期另行通知。会议号 915 263 048 作废。
        提醒：明天14:00有“供应商资质审核”会议，会议室已从B305改为C210，投影仪已报修（工单号 IT-2027-004471）。
        酒店会议套餐确认 订单编号 HT8827341902 / 日期 2027-05-12 至 2027-05-14 / 会议室 2 间 / 茶歇 4 场 / 总价 ¥36,800
    """),
    ("zh-Hant", "meeting_notices"): _lines("""
        【會議通知】本公司將於2027年3月18日（星期四）下午2時30分假香港會議展覽中心 S421 室舉行股東週年大會。
        Teams 會議邀請：季度業務檢討 / 會議 ID：371 904 228 615 / 密碼：Kp4sT9 / 撥號：+852 3008 4470,,512908431# 香港 / 電話會議 ID：512 908 431#
        台北市政府公告：市長施政報告記者會 2027/02/15 上午10時於市府1樓中庭舉行，開放媒體採訪登記。
        您的網路掛號已完成：內科 116/03/02（二）上午診，看診序號 0453，請於看診前30分鐘報到，並攜帶健保卡。
        行事曆匯入說明：請在 Outlook 選擇「檔案 > 開啟和匯出 > 匯入/匯出」，再選取「匯入 iCalendar (.ics) 或 vCalendar 檔案」。
        會議室使用規則：每次預約最長 2 小時，逾時 15 分鐘未簽到將自動釋出，連續三次未簽到者停權一個月。
        立法會財務委員會會議 2027年2月26日 上午9時 會議廳 — 議程包括財政司司長陳茂波就財政預算案作簡介。
        【LINE 官方帳號】您的預約已確認：台北信義店 美甲服務 2027/01/30 15:00，預約編號 NL-7720913。如需更改請於前一日致電門市 (02)2723-5566。
        Google 日曆提醒：「產品發表會彩排」明天 09:00 - 12:00，地點：高雄展覽館 南館。
        範本：親愛的 {姓名}，您預約的 {服務項目} 將於 {日期} {時間} 開始，地點：{地點}。
        本次線上研討會使用 Webex，會議號碼 2517 093 8842，密碼 seminar2027，請於開始前10分鐘入場測試音訊。
        澳門公共服務預約：身份證明局 換領身份證 預約時段 10:30-11:00，預約編號 DSI-20270311-0086，請準時到達。
        活動日程：09:00 報到 | 09:30 開幕致詞 | 10:00 專題演講：台積電創辦人張忠謀談半導體產業 | 12:00 午餐
        取消通知：原訂1月28日的部門聚餐因颱風停班停課取消，餐廳訂位編號 R-38821 已全額退款。
    """),
    ("ms", "jemputan_mesyuarat"): _lines("""
        JEMPUTAN MESYUARAT: Mesyuarat Jawatankuasa Pengurusan Bil. 1/2027 akan diadakan pada 14 Januari 2027 (Khamis), jam 9.30 pagi, di Bilik Mesyuarat Utama, Aras 5.
        Sila sahkan kehadiran melalui pautan Google Form sebelum 10 Januari 2027. Maklumat lanjut hubungi urus setia di talian 03-8000 8000.
        Pautan Zoom: https://us02web.zoom.us/j/81247390562 | ID Mesyuarat: 812 4739 0562 | Kod Laluan: 204817
        Majlis perasmian oleh YAB Perdana Menteri Datuk Seri Anwar Ibrahim akan bermula jam 10.00 pagi di Pusat Konvensyen Antarabangsa Putrajaya (PICC).
        Templat: Tuan/Puan [NAMA], anda dijemput menghadiri [NAMA MESYUARAT] pada [TARIKH] jam [MASA] di [TEMPAT]. Sekian, terima kasih.
        Tempahan bilik mesyuarat anda telah disahkan. No. Rujukan: BK-2027-00419. Bilik: Seri Melati, Aras 3. Tarikh: 21/01/2027, 2.30 ptg - 4.30 ptg.
        Peringatan: Mesyuarat Agung Tahunan PIBG SK Taman Melawati akan diadakan pada 6 Mac 2027 jam 8.30 pagi di Dewan Sekolah.
        Notis pembatalan: Taklimat Keselamatan Siber pada 3 Februari 2027 dibatalkan kerana cuti peristiwa. Tarikh baharu akan dimaklumkan kemudian.
        Agenda: 1. Pengesahan minit mesyuarat lalu 2. Perkara berbangkit 3. Laporan kewangan suku ke-4 4. Hal-hal lain
        Temujanji anda di Klinik Kesihatan telah disahkan melalui aplikasi. Slot: 09:00-09:30, 12/02/2027. Sila hadir 15 minit awal dan bawa kad pengenalan.
        Microsoft Teams: Sertai mesyuarat sekarang | ID Mesyuarat: 426 118 903 544 | Kod laluan: Zt8nQ2 | Dail masuk: +60 3-2785 1120,,761402938# Malaysia
        Cara tambah jemputan ke kalendar telefon: buka e-mel, tekan fail .ics, pilih "Tambah ke Kalendar". Untuk Android, pastikan Google Calendar dikemas kini.
        Lokasi: Menara Berkembar Petronas, Jalan Ampang, 50088 Kuala Lumpur. Parkir di Basement 2, kadar RM5 sejam.
        Urus setia: mesyuarat minggu depan tukar ke Bilik Cempaka sebab Bilik Seri Melati ada majlis. Pautan Zoom kekal sama.
    """),
    ("en", "calendar_admin_howto"): _lines(r"""
        How do I stop Outlook from exposing the full attendee list when I forward an invite to an external partner?
        Why does my .ics file show the wrong time in Google Calendar? I set TZID=Asia/Singapore but it imports as UTC.
        Policy: invites sent to external parties must not include personal phone numbers in the DESCRIPTION field; use the Zoom dial-in or the department's main line instead.
        Is there a way to bulk-export room bookings from Exchange to CSV without the organiser column?
        RFC 5545 says content lines longer than 75 octets SHOULD be folded with CRLF followed by a single space or tab; unfolding removes the CRLF and that one whitespace character.
        from icalendar import Calendar, Event; cal = Calendar(); ev = Event(); ev.add('summary', 'Sprint review'); ev.add('dtstart', datetime(2027, 1, 14, 9, 30, tzinfo=ZoneInfo('Asia/Singapore'))); cal.add_component(ev)
        Tip: turn on the Zoom waiting room and require authentication for webinars where the registrant list includes customers.
        Retention: meeting recordings are deleted after 90 days unless the meeting owner applies a legal hold (see Records Policy RP-07, section 4.2).
        Regex to strip ATTENDEE lines before archiving: ^ATTENDEE[;:].*$ in multiline mode; unfold first (replace \r\n followed by a space) or you will leave fragments behind.
        What is the difference between ROLE=CHAIR, REQ-PARTICIPANT, OPT-PARTICIPANT and NON-PARTICIPANT in an iCalendar ATTENDEE property?
    """),
    ("zh-Hans", "scheduling_chat"): _lines("""
        周三下午三点的会改到四点了，会议号不变 876 5432 1098，密码还是 2047。
        谁帮忙订一下下周二的大会议室？要能投屏的，人数大概十五个。
        日历邀请发不出去是因为外部邮箱被拦截了，IT 说要走审批流程。
        明天的培训腾讯会议号：428 719 305，没装客户端的可以用网页版入会。
        年会场地定了，国家会议中心二层 多功能厅，报名截止本周五。
        请大家把每周例会设置成重复日程，RRULE 选每周一，不要每次单独发邀请。
        刚才的会议录屏已上传到共享盘 /部门资料/2027/会议录像/0114，保留期 30 天。
        会议室门口那块预约屏又死机了，报修单号 FM-20270115-021。
        下周客户来访的接待日程表模板我放群文件了，大家按模板填自己负责的部分。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        ORGANIZER;CN=Priya d/o Rajendran:mailto:priya.rajendran87@yahoo.com.sg | ATTENDEE;CN=Appointments:mailto:appointments@mindwell-clinic.example | SUMMARY:Follow-up – medication review (sertraline 50mg)
        DESCRIPTION:Viewing for the 3-room flat. Owner: Mdm Koh Siew Lan\, contact 8215 6093 (WhatsApp only)\, Blk 412 Ang Mo Kio Ave 10 #07-1183 S560412
        X-ALT-DESC;ENCODING=BASE64:Q2FsbCBKZXJlbXkgU2ltIG9uIDk3MzYgMjg0MSBpZiB0aGUgbGFuZGxvcmQgZG9lcyBub3Qgc2hvdyB1cA==
        https://us06web.zoom.us/w/84120937765?tk=Hq2n9XbVpL0s.DQMAAAAT&uname=Wong%20Kah%20Mun&email=wong.kahmun88%40gmail.com
        Booking confirmed for MS TAN HUI MIN, NRIC S8734521A – Women's Health clinic, 18 Feb 2027 10:40am, Bedok. Ref BK-77120. Please bring your previous scan results.
        SUMMARY:Disciplinary hearing – Mr Daniel Fernandez (Warehouse\, staff no. 40817) | DESCRIPTION:Attendees: HR\, line manager\, union rep. Re: two no-shows and the forklift incident on 3 Dec. Keep confidential.
        DESCRIPTION:Parent-teacher meeting for Chloe Lim Xin Yi (P4 Kindness) re: repeated absences. Mum's no. +65 948 / 0 1275\, prefers calls after 6pm
        SUMMARY:Chemo cycle 3 – Aaron Goh | LOCATION:Day Ward\, Level 4 | DESCRIPTION:Wife (Michelle) will drive\, call 9 1 2 8 - 4 4 0 7 if delayed
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Nurul Huda binti Ismail;X-NUM-GUESTS=0:mailto:nurulhuda.ismail@hotmail.com
        New Event: Mortgage consultation with Benjamin Ong Kok Wai | Invitee email: ben.ongkw@outlook.com | Phone: +65 9064 3318 | Answers: outstanding loan about SGD 412k, two kids, one income
        zoom link died again, if it breaks just email me – chong dot jiahui at gmail dot com – Jia Hui (the one at table 7 in the budgeting workshop)
        X-CONTACT-ROT13:yvz.crvfuna92@tznvy.pbz (rot13 so the scrapers miss it) – counselling intake call for Lim Pei Shan, Tue 8pm
        Booking confirmation – Function Room Jasmine, 22 Mar 2027 | Guarantee card VISA 4543 1255 1869 6308 exp 09/29 | Cardholder KEVIN LOH JUN MING
        Your appointment with Dr Harjit Singh is confirmed. Patient: Rajesh s/o Muniandy, DOB 14/03/1976, NRIC S7603184C. Reason: knee MRI results.
        Meeting notes in invite body: attendees me, HR (Sharon), Tan Boon Kiat from legal. Boon Kiat's father passed on Monday so he is on compassionate leave till 21 Jan.
        FW: hold the date – visa list for the Shenzhen site visit invite: Marcus Yeo, passport E82746153, needs the multiple-entry form
    """),
    "zh-Hans": _lines("""
        ATTENDEE;CN=张伟明;ROLE=REQ-PARTICIPANT:mailto:zhangweiming1988@163.com / SUMMARY:陪老婆产检复诊（孕28周），下午请假
        SUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E6=99=93=E9=9B=AF=20=E4=BA=A7=E6=A3=80=E5=A4=8D=E8=AF=8A
        X-ALT-DESC;ENCODING=BASE64:6ZmI576O546yIOi6q+S7veivgSAzMTAxMDQxOTc1MDkyMjAxODQg5YWl6IGM5L2T5qOA
        会议备注：到了打我电话 １３９２８７４６１５０ 我是刘晓峰，车停在B2
        腾讯会议入会失败的话直接打给周敏 幺八六 幺二零五 三三九七，她负责这次面试安排
        【携程】王俊杰先生，您预订的酒店会议室已确认，入住人身份证 44030519880614027X，联系电话 158 2109 7436。
        DESCRIPTION:参会人员签到信息：李娜 身份证号 4201061990022 / 70526 手机 13 / 7 2084 1563
        飞书日程备注：赵磊（研发二部）最近请了三周病假做腰椎手术，绩效面谈推迟到二月，别在群里说。
        报名回执：https://meeting.tencent.com/activity/signup?name=%E5%AD%99%E4%B8%BD%E5%A8%9F&mobile=15012873364&city=guangzhou
        会后加我微信 wxid_lzh0917（林志豪），合同扫描件发你，别发公司邮箱
        差旅日程提醒：1月20日前把高铁票报销打到我卡上，工行 6222 0255 1869 6306 204，户名 何静
    """),
    "zh-Hant": _lines("""
        X-ALT-DESC;ENCODING=BASE64:6buD5b+X5by3IEhLSUQgSzQ4MjYxNSg5KSDpm7voqbEgOTQ3MSAyMzg2
        DESCRIPTION;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E=E6=B7=91=E8=8A=AC=200912-385-714=20=E5=BF=83=E7=90=86=E8=AB=AE=E5=95=86
        預約確認：鄭雅婷 小姐 身分證 B260938172，婦產科 116/02/14 上午診 第23號，請攜帶健保卡
        ATTENDEE;CN=陳家豪 (HKID Y306271(4));ROLE=REQ-PARTICIPANT:mailto:kaho.chan.1991@gmail.com
        會議改線上，我的 LINE ID 是 yuting_0823，有問題直接私訊我 — 吳雨庭
        我是林柏翰，Teams 進不去，直接打我 0 9 7 8 - 2 1 6 - 4 0 3，我在停車場
        LOCATION:九龍旺角彌敦道688號旺角中心第一期18樓C室（何太屋企）| SUMMARY:何麗華 物理治療上門（中風後復康）
        DESCRIPTION:報名資料：張志明 F12749 / 3050 出生 1980/05/14 高雄市
    """),
    "ms": _lines("""
        X-ALT-DESC;ENCODING=BASE64:UGF0aWVudDogTnVyIEFpc3lhaCBiaW50aSBLYW1hcnVsemFtYW4sIElDIDkxMDcyMy0xNC02MDI4LCByZXZpZXcgSGJBMWMgcmVzdWx0
        SUMMARY;ENCODING=QUOTED-PRINTABLE:Nurul=20Syafiqah=20binti=20Hashim=20-=20temujanji=20klinik=20pergigian
        NOTE;ENCODING=BASE64:S3VtYXJhdmVsIGEvbCBTdWJyYW1hbmlhbSwgTXlLYWQgNzYwMjE1LTAxLTUyNDE=
        X-PHONE-HEX:2b3630313734323638303431 (Encik Faizal bin Rahmat, pemandu untuk lawatan tapak)
        Jemputan mesyuarat: Perbincangan kes disiplin pelajar Muhammad Haziq bin Azlan (Tingkatan 4 Bestari) bersama ibu bapa, Khamis 2.30 ptg, Bilik Kaunseling.
        https://us02web.zoom.us/meeting/register/tZ0kdO2rqjMsHtX?first_name=Siti%20Khadijah%20binti%20Omar&email=sitikhadijah.omar%40yahoo.com&phone=0122741896
        Tempahan dewan serbaguna disahkan. Penempah: ENCIK AHMAD FAUZI BIN MOHD NOOR, No. K/P 880412-10-5673, tel 012-478 3159, majlis akikah 20/03/2027.
        Kalau Zoom tak jalan, call saya terus: kosong satu sembilan, tiga tiga lima, tujuh tujuh kosong dua. – Kak Ros (Rosnah binti Yusof), bendahari PIBG
        LOCATION:No. 27, Jalan SS 2/64, 47300 Petaling Jaya (rumah Puan Lim Mei Fong) | SUMMARY:Sesi fisioterapi di rumah selepas strok
        Bayaran deposit tempahan bilik mesyuarat hotel: kad Mastercard 5353 1646 1370 7484, nama pada kad TAN CHEE KEONG, luput 11/28
        Jemputan: Mesyuarat penyelarasan kes – Letchumy a/p Krishnan (pesakit buah pinggang, dialisis 3x seminggu), MyKad 850107-13-5518
    """),
    "mixed": _lines("""
        预约 Klinik Pergigian: pesakit Ooi Siew Ping, IC 020930-07-0384, 拔智齿 3/2 10am, jangan lupa puasa 2 jam
        eh the zoom invite got my nric inside leh, T0261847D, can u delete the .ics from the shared drive? – Xavier Ng
        ATTENDEE;CN=Nguyen Thi Lan (FIN F2390715K);ROLE=REQ-PARTICIPANT:mailto:nguyenthilan.sg@gmail.com – 工作准证续签说明会
        Booking ni confirmed ya 👍 kalau nak reschedule PM saya kat Telegram @farah_aqilah_97 (Farah), jangan WhatsApp group 课室
        Event deposit 已付订金 with AMEX 3770 648064 31376, cardholder 黄立伟 RAYMOND WONG LAP WAI, 婚宴試菜 booking 14/4
        QQ 2847193650 係我（梁嘉欣），Zoom 連結 send 去呢度就得，公司 email 收唔到
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you make me a recurring .ics for my physio? Every Tue 7pm at a clinic in Novena, 10 sessions.",
        ),
        (
            "assistant",
            "Sure. Here is a VEVENT with DTSTART;TZID=Asia/Singapore:20270105T190000, DTEND one hour later and RRULE:FREQ=WEEKLY;COUNT=10. Tell me what to put as the attendee and any notes.",
        ),
        (
            "user",
            "Attendee is me, Charmaine Low, charmaine.low.93@gmail.com. Add a note that it's ACL rehab after my surgery in November so I remember to bring the brace.",
        ),
    ],
    [
        ("user", "帮我把这个会议邀请翻译成英文：下周一上午十点在三楼会议室讨论新加坡出差安排。"),
        (
            "assistant",
            "Meeting invitation: Next Monday at 10:00 am in the 3rd-floor meeting room, we will discuss the arrangements for the business trip to Singapore.",
        ),
        (
            "user",
            "再加一句：参会人刘洋（身份证 510107198501300914）负责办签证，护照复印件会后交给行政。",
        ),
    ],
    [
        (
            "user",
            "Tolong semak jemputan Zoom ni, ayat macam pelik: 'Dijemput hadir ke mesyuarat JKKK pada 9/2, sila hubungi saya Hafiz bin Razali di 011-2748 6130 jika ada pertanyaan.'",
        ),
        (
            "assistant",
            "Cadangan: 'Tuan/Puan dijemput hadir ke Mesyuarat JKKK pada 9 Februari 2027. Sebarang pertanyaan, sila hubungi urus setia.'",
        ),
        ("user", "Ok tapi kekalkan nama dan nombor saya, orang kampung kenal saya."),
    ],
    [
        (
            "user",
            "可唔可以幫我將呢個 invite 轉做 .ics？主辦：麥詠詩，手機 6238 0415，3月2號下晝3點，灣仔入境事務大樓。",
        ),
        (
            "assistant",
            "可以，以下係 VEVENT：SUMMARY:入境事務處預約 / DTSTART;TZID=Asia/Hong_Kong:20270302T150000 / LOCATION:灣仔入境事務大樓 / ORGANIZER;CN=麥詠詩",
        ),
        ("user", "加埋我嘅 HKID C715039(1) 喺 DESCRIPTION，換證嗰陣要用。"),
    ],
    [
        ("system", "You are a calendar assistant that helps users clean up exported invites."),
        (
            "user",
            "There's a weird field in this invite, what does it say? X-ALT-DESC;ENCODING=BASE64:Q2FsbCBKZXJlbXkgU2ltIG9uIDk3MzYgMjg0MSBpZiB0aGUgbGFuZGxvcmQgZG9lcyBub3Qgc2hvdyB1cA==",
        ),
        (
            "assistant",
            'Decoded, it reads: "Call Jeremy Sim on 9736 2841 if the landlord does not show up". It is a note the organiser added for the flat viewing.',
        ),
        ("user", "Thanks, Jeremy is my brother, I'll keep it."),
    ],
    [
        (
            "user",
            "Help me write a Google Calendar invite for my mum's 60th birthday lunch, 6 March, Imperial Treasure, 12:30.",
        ),
        (
            "assistant",
            "Title: Mum's 60th Birthday Lunch | When: Sat 6 Mar 2027, 12:30-14:30 | Where: Imperial Treasure | Note: please arrive by 12:15 for the surprise.",
        ),
        (
            "user",
            "Add that Mum is Mdm Ho Lai Kuen and she just finished dialysis that morning so no salty dishes, and guests can call my sister Joanne at 8736 5120 if lost.",
        ),
    ],
    [
        (
            "user",
            "Why is this ATTENDEE line broken when I import? ATTENDEE;CN=Goh Jun Hao;ROLE=REQ-PARTICIPANT:mailto:junhao.goh@sing / net.com.sg",
        ),
        (
            "assistant",
            "The line was folded at 75 octets but the continuation lost its leading space, so the parser sees two properties. Re-add a single space before 'net.com.sg' or unfold it onto one line.",
        ),
        ("user", "Got it, that's my personal address, the one my bank uses too."),
    ],
    [
        ("user", "帮我写个日程提醒：周五下午三点带我儿子去儿童医院复诊。"),
        (
            "assistant",
            "日程：儿童医院复诊 / 时间：本周五 15:00-16:30 / 提醒：提前 1 小时 / 备注：带好病历本和医保卡。",
        ),
        ("user", "备注里写上：吴子轩，8岁，多动症复查，上次医生说要调药量，就诊卡号 JZ0087342。"),
    ],
    [
        ("user", "Buat notis pembatalan mesyuarat unit hari Rabu ni."),
        (
            "assistant",
            "NOTIS PEMBATALAN: Dimaklumkan bahawa mesyuarat unit yang dijadualkan pada hari Rabu ini dibatalkan. Tarikh baharu akan dimaklumkan kemudian. Sekian, terima kasih.",
        ),
        (
            "user",
            "Tambah sebab: saya, Zulkifli bin Hamzah, Penolong Pegawai Tadbir, kena masuk wad Hospital Sultanah Aminah untuk pembedahan apendiks.",
        ),
    ],
    [
        ("user", "幫我把這段行程加到 Google 日曆：3/5 下午兩點陪我媽去榮總複診。"),
        (
            "assistant",
            "已整理：標題「陪媽媽複診」，時間 3/5 14:00-16:00，地點 榮總，提醒提前 1 小時。",
        ),
        ("user", "備註加上我媽的資料，掛號要用：蔡秀琴，身分證 H253829066，心臟內科。"),
    ],
]
