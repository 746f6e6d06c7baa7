# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade87: personal data in team chat exports (Slack, Teams, Telegram, WhatsApp, Discord, bots). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade87
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "slack_export_json"): _lines("""
        {"type":"message","subtype":"bot_message","bot_id":"B05R2KQ8ZL1","username":"deploybot","text":"Deploy *payments-api* v3.14.2 to prod-sg finished in 4m12s :white_check_mark:","ts":"1764912001.000200"}
        {"type":"message","subtype":"bot_message","bot_id":"B03J1RA0N2K","username":"Jira Cloud","text":"<https://acme.atlassian.net/browse/OPS-4821|OPS-4821> moved from *In Progress* to *Done*","ts":"1764998765.443219"}
        {"type":"message","subtype":"bot_message","username":"Facilities","text":"Aircon fault on level 12? Call building management at <tel:+6562213388|6221 3388> (24h) or raise it in ServiceNow.","ts":"1765001122.000300"}
        {"type":"message","subtype":"bot_message","username":"Finance Bot","text":"Expense claims for November close on 25 Nov 2026. Send receipts to <mailto:finance-ap@acme-asia.com|finance-ap@acme-asia.com>; late claims roll to December.","ts":"1763560800.000100"}
        {"type":"message","subtype":"bot_message","username":"webhook-relay","text":"payload=eyJjaGFubmVsIjoiI2RlcGxveXMiLCJzdGF0dXMiOiJzdWNjZXNzIiwiYnVpbGQiOjQ4MjEsImNvbW1pdCI6IjlmM2MyYWIifQ==","ts":"1764912003.000500"}
        {"id":"C04M2QH7T9B","name":"ops-alerts-apac","created":1698302400,"is_archived":false,"is_general":false,"purpose":{"value":"Automated alerts from Grafana and Sentry for APAC services","last_set":1698302400}}
        Slack export layout: channels.json, users.json, integration_logs.json and one folder per channel holding a JSON file per day (general/2026-03-14.json); the "ts" field is epoch seconds with microseconds and doubles as the message id.
        Workflow Builder step 3 | Send message to {{requester}} | Your laptop request {{ticket_id}} is approved. Collect it at the IT counter, Level 3, 10am-4pm on weekdays.
        {"type":"message","subtype":"bot_message","username":"Sentry","text":"*TypeError: Cannot read properties of undefined (reading 'nric')* in checkout-web@2.41.0 | 318 events, 57 users affected since 09:00 SGT","ts":"1765089321.001900"}
        general,2026-03-14T09:12:44Z,"Reminder: town hall moved to Thursday 3pm SGT, Zoom link is in the calendar invite. Questions for the CEO go in the Slido."
        {"type":"message","subtype":"bot_message","username":"Google Calendar","text":"Singapore and Kuala Lumpur offices are closed on 17 and 18 Feb 2026 for Chinese New Year; the Shanghai office follows the mainland holiday calendar.","ts":"1770000000.000100"}
        {"type":"message","subtype":"bot_message","username":"Statuspage","text":"[Resolved] Elevated decline rates on card payments for issuer BIN 453201 - incident INC-20261203-07 closed at 14:52 SGT.","ts":"1764744720.000400"}
        {"type":"message","subtype":"file_share","bot_id":"B02FILES9XQ","files":[{"id":"F07H2K9QZ3M","name":"Q3-Revenue-by-Region.xlsx","mimetype":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","size":48213}],"text":"Monthly finance pack attached.","ts":"1764201600.000300"}
        {"type":"message","subtype":"bot_message","username":"Polly","text":"Poll closed: Q4 team lunch venue. 1) Din Tai Fung, Marina Bay Sands (11) 2) Jumbo Seafood Riverside (7) 3) Lau Pa Sat satay street (4)","ts":"1764636000.000700"}
    """),
    ("en", "teams_export"): _lines("""
        {"messageType":"systemEventMessage","createdDateTime":"2026-03-02T01:00:11Z","body":{"content":"<systemEventMessage/>"},"eventDetail":{"@odata.type":"#microsoft.graph.callEndedEventMessageDetail","callDuration":"PT47M12S"}}
        {"messageType":"message","from":{"application":{"displayName":"Planner","id":"com.microsoft.teamspace.tab.planner"}},"body":{"contentType":"html","content":"<p>Task <b>Migrate SFTP jobs to Azure Data Factory</b> is due tomorrow in plan <i>Data Platform FY27</i>.</p>"}}
        {"messageType":"message","from":{"application":{"displayName":"IT Service Desk"}},"body":{"contentType":"html","content":"<p>&#31995;&#32113;&#32173;&#35703; / Scheduled maintenance: Outlook and Teams may be unavailable Sat 22:00&ndash;02:00 HKT.</p>"}}
        {"messageType":"message","from":{"application":{"displayName":"Approvals"}},"body":{"contentType":"html","content":"<p>Purchase request <b>PR-2026-001873</b> for 40 Dell Latitude 7450 laptops (SGD 71,960.00) is awaiting approval from the Finance cost-centre owner.</p>"}}
        To export a Teams chat for eDiscovery, run a Content Search in Microsoft Purview scoped to the Teams location and export as PST; 1:1 chats sit in each participant's mailbox, channel posts in the group mailbox.
        {"messageType":"message","from":{"application":{"displayName":"Shifts"}},"body":{"contentType":"html","content":"<p>Open shift published: Front desk, Mid Valley branch, Sat 7 Feb 2026 09:00&ndash;18:00. Request it in the Shifts app.</p>"}}
        {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi ${employeeName}, your leave from ${startDate} to ${endDate} has been ${status}.","wrap":true}]}
        {"messageType":"message","from":{"application":{"displayName":"Forms"}},"body":{"contentType":"html","content":"<p>Team offsite survey closed: 63 responses. 71% prefer Melaka over Port Dickson; 18% requested vegetarian meals.</p>"}}
        {"messageType":"message","from":{"user":{"displayName":"Corporate Communications"}},"body":{"contentType":"html","content":"<p>Our CEO speaks at the Singapore FinTech Festival on 12 Nov &ndash; watch the keynote live on the Events tab.</p>"}}
        MessageId,ChannelName,CreatedDateTime,Body | 1732781123456,#facilities,2026-11-28T08:05:23Z,Printer on L5 (HP LaserJet M507 asset IT-PR-0573) is jammed again; vendor ticket HP-5521907 raised.
        {"messageType":"message","from":{"application":{"displayName":"Power Automate"}},"body":{"contentType":"html","content":"<p>Flow <b>Sync-HR-Headcount</b> failed: 403 Forbidden from https://graph.microsoft.com/v1.0/users?$select=displayName,mobilePhone &ndash; check the connector permissions.</p>"}}
        {"messageType":"message","from":{"application":{"displayName":"Viva Learning"}},"body":{"contentType":"html","content":"<p>New course assigned to the Compliance team: <i>PDPA 2012 essentials</i> (45 min), due 31 Jan 2027.</p>"}}
    """),
    ("zh-Hans", "telegram_export"): _lines("""
        {"id":48213,"type":"message","date":"2026-03-14T09:12:44","from":"上海地铁","from_id":"channel1093847561","text":"受大客流影响，2号线陆家嘴站4号口临时封闭，请乘客从2号口进出站。"}
        {"id":48214,"type":"service","date":"2026-03-14T09:20:01","actor":"群助手","actor_id":"user6021473395","action":"pin_message","message_id":48213,"text":""}
        {"id":12077,"type":"message","from":"运维通知机器人","via_bot":"@ops_notify_bot","text":"\\u6d4b\\u8bd5\\u73af\\u5883\\u5df2\\u6062\\u590d\\uff0c\\u8bf7\\u5927\\u5bb6\\u91cd\\u65b0\\u8dd1\\u4e00\\u904d\\u6d41\\u6c34\\u7ebf"}
        {"id":5521,"type":"message","from":"京东物流","text":["您的包裹已由配送站发出，运单号 ",{"type":"code","text":"JDVA28374619201"},"，如有疑问请拨打客服 ",{"type":"phone","text":"950616"}]}
        {"id":6630,"type":"message","from":"数码旗舰店客服","text":"亲，订单号 3851276649021358762 已发货，顺丰 SF1402367789012，预计明天送达，签收前请先验货哦。"}
        {"id":902,"type":"message","from":"读书频道","text":"今日推荐：鲁迅《朝花夕拾》，人民文学出版社，ISBN 978-7-02-008659-7。"}
        【入群须知】新成员请按格式修改群昵称：部门-姓名-工号，例如：研发-张三-00000。禁止在群内发送身份证、银行卡等个人信息。
        {"id":903,"type":"message","from":"读书频道","text":"读书会本周讨论《笑傲江湖》：令狐冲为什么最终选择与任盈盈归隐？欢迎在群里发言。"}
        Telegram 导出聊天记录：设置 → 高级 → 导出 Telegram 数据，格式选 JSON，得到 result.json，其中 messages 数组每条含 id、date、from、from_id、text。
        {"id":7719,"type":"message","from":"机房告警","text":"交换机 SN 2102311QKN10H9000147 端口 GE0/0/24 down，告警级别 P2，已自动派单 INC-0311-0042。"}
        本群统计（2026年11月）：消息 12,408 条，活跃成员 87 人，图片 1,302 张，最活跃时段 21:00–22:00。
        {"id":1502,"type":"message","from":"新闻早知道","text":"转发：国务院总理李强出席第二十届中国—东盟博览会开幕式并致辞。"}
        {"id":1503,"type":"message","from":"健康广州","text":"中山大学附属第一医院发热门诊 24 小时开放，地址：广州市越秀区中山二路58号，就诊请提前在公众号预约。"}
        {"id":3377,"type":"message","from":"12306 出行提醒","text":["G1375 次 3月20日 上海虹桥—厦门北 二等座余票充足，票价 ",{"type":"bold","text":"¥531.5"},"，购票请认准官方渠道。"]}
    """),
    ("zh-Hant", "whatsapp_export"): _lines("""
        14/03/2026, 21:14 - 訊息和通話均經端對端加密。只有此對話中的成員才能讀取或收聽訊息，WhatsApp 亦無法讀取或收聽。
        [14/3/2026 下午9:20:05] 港鐵 MTR: 東涌綫因信號故障服務受阻，列車班次將會較疏，請預留額外交通時間。
        15/03/2026, 08:02 - 物業管理處: IMG-20260315-WA0007.jpg (已附加檔案) 本週六上午9時至12時大廈食水缸清洗，期間停水。
        16/03/2026, 10:11 - 物業管理處: 明記茶餐廳.vcf (已附加檔案) | BEGIN:VCARD | VERSION:3.0 | FN:明記茶餐廳 | ORG:明記茶餐廳（大埔店） | TEL;TYPE=WORK:+852 2345 6789 | END:VCARD
        2026/3/17 下午 2:05 - 社區管委會: 本月管理費請於 3/25 前繳交，轉帳帳號請洽管理室，勿在群組公開個人帳戶資料。
        轉發：香港文化博物館「金庸館」展出金庸先生《射鵰英雄傳》手稿及連載剪報，免費入場。
        2026/3/18 上午 9:00 - 群組公告: 報名格式：姓名／手機／飲食需求，例：陳大文／9XXX XXXX／素食。
        17/03/2026, 19:40 - 網店客服: 訂單編號 HK2603140082715 已出貨，順豐單號 SF1320458891604，請留意簽收。
        2026/3/19 下午 7:45 - 里辦公處: 颱風警報，明日是否停班停課請以行政院人事行政總處公告為準。
        [20/3/2026 18:02:11] 旅行社通知: 集合時間 07:30，地點：台北車站東三門，遊覽車車牌 KAA-2831（中興巴士）。
        22/03/2026, 12:00 - 您已將此群組的設定變更為只允許管理員傳送訊息
        WhatsApp 匯出對話：開啟對話 → 更多 → 匯出對話 → 選擇「不附加媒體」，會得到「與○○的 WhatsApp 對話.txt」。
    """),
    ("ms", "whatsapp_export"): _lines("""
        14/03/2026, 21:14 - Mesej dan panggilan disulitkan hujung ke hujung. Tiada sesiapa di luar sembang ini, termasuk WhatsApp, boleh membaca atau mendengarnya.
        15/03/2026, 07:30 - Pengurusan Taman Melati Impian: Bekalan air terganggu pada 18/3 dari 9 pagi hingga 5 petang kerana kerja penyelenggaraan paip oleh Air Selangor. Sila simpan air secukupnya.
        16/03/2026, 10:05 - Admin Surau: Klinik Kesihatan Seksyen 7.vcf (fail dilampirkan) | BEGIN:VCARD | VERSION:3.0 | FN:Klinik Kesihatan Seksyen 7 | ORG:Kementerian Kesihatan Malaysia | TEL;TYPE=WORK:+603-5510 2233 | END:VCARD
        Format pendaftaran gotong-royong: Nama / No. rumah / Bil. ahli keluarga. Contoh: Ali bin Abu / No. XX / 3 orang.
        [Pos Malaysia] Parcel anda ER482913756MY sedang dalam penghantaran. Semak status di pos.com.my atau hubungi 1-300-300-300.
        Forward: Tunku Abdul Rahman melaungkan Merdeka sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957. Jom bawa anak-anak ke Muzium Negara cuti sekolah ni.
        17/03/2026, 20:15 - Admin Surau: Filem Upin & Ipin: Keris Siamang Tunggal ditayangkan semula di pawagam minggu ni, tiket kanak-kanak RM10.
        Jadual vaksin influenza di Hospital Tengku Ampuan Rahimah Klang: Isnin–Jumaat, 8.30 pagi–12.30 tengah hari. Bawa kad pengenalan dan buku rekod kesihatan.
        Nombor rujukan aduan TNB: 2603-1410-5237, status: Dalam tindakan. Gangguan bekalan di Jalan Melati 3 dijangka pulih sebelum 6 petang.
        18/03/2026, 09:00 - Bendahari PPTMI: Yuran kelas mengaji boleh dibayar ke akaun Maybank Persatuan Penduduk Taman Melati Impian, 5621 0355 8812. Sila hantar resit dalam group.
        Ringkasan kumpulan minggu ini: 213 ahli, 58 mesej hari ini, 12 gambar. Mesej paling banyak dihantar antara 9-10 malam.
        17/03/2026, 22:41 - ‎Anda menukar subjek kumpulan daripada “Jiran Blok C” kepada “Jiran Blok C (Rasmi)”
        [Bot Klinik] Peringatan: Klinik tutup pada 1 dan 2 Syawal. Temujanji baharu melalui https://klinik-example.my/tempah?cawangan=shah-alam&tarikh=2026-03-24&slot=0930
        Macam mana nak eksport sembang WhatsApp? Buka kumpulan > ⋮ > Lagi > Eksport sembang > Tanpa media. Fail .txt akan dihantar ke e-mel atau Google Drive.
    """),
    ("mixed", "discord_log"): _lines("""
        "AuthorID","Author","Date","Content","Attachments","Reactions" | "1029384756102938475","MEE6#4876","2026-03-14T21:14:09.123+08:00","Server boosted! 14 boosts, level 2 perks unlocked 🎉 terima kasih semua 谢谢大家","",""
        [14-Mar-26 09:12 PM] Carl-bot#1472: Reaction roles updated: 🇲🇾 = Malaysia, 🇸🇬 = Singapore, 🇹🇼 = Taiwan, 🇭🇰 = Hong Kong. 选择你的地区 / pilih negara anda.
        {"embeds":[{"title":"Server Rules / 群规 / Peraturan","description":"1. No doxxing – jangan kongsi IC, nombor telefon atau alamat orang lain. 2. 禁止发布他人身份证、电话、住址。 3. English, 中文, BM semua ok."}]}
        AutoMod: message 1217384920193847562 in channel 1103948572610293847 was blocked (rule: block-invite-links, action: hide + alert #mod-log).
        Ticket-0481 | Category: Billing | Opened: 2026-03-14 21:14 | Closed: 2026-03-15 09:02 | Messages: 17 | Transcript saved to #ticket-logs
        guys the minecraft server IP tukar dah: play.kopi-craft.net:25565, version 1.21.4, whitelist 开放到周五 je
        curl -H "Content-Type: application/json" -d '{"username":"uptime-kuma","content":"🔴 api.example.my is DOWN (HTTP 502)"}' $DISCORD_WEBHOOK_URL
        anyone watched the Lee Chong Wei documentary? 那场2011年全英决赛 memang legend, Lin Dan pun respect
        Join our study server: discord.gg/notakita — nota SPM, 高考, IGCSE semua ada, no spam no ads.
        build 2026.03.14-rc2 (sha 3f9a1c7e0b) pushed to #beta-testers, 修复了 lag spike, tolong test kat Android 14.
        Kita main D&D malam ni, campaign Curse of Strahd, Strahd von Zarovich 今晚出场 😈 bring your own dice.
        Giveaway ended: Hollow Knight Silksong Steam key (XXXXX-XXXXX-XXXXX), winner notified by DM. 下一轮 giveaway ends 2026-03-31 23:59 MYT.
    """),
    ("en", "bot_messages"): _lines("""
        [PagerDuty] TRIGGERED #48213: disk usage 93% on db-replica-03.sg (ap-southeast-1b). Escalation policy: Platform-Primary.
        [GitHub] New pull request #1822 in acme/checkout-web: 'Mask NRIC and phone fields in order export' - 3 files changed, +84 -12
        [Grab for Business] Ride report for October: 412 trips, SGD 9,184.20 total, average fare SGD 22.29. Download the CSV from the dashboard.
        [HR Bot] Reminder: submit your timesheet for week 49 (1-7 Dec 2026) by Monday 12:00. Late submissions delay overtime pay to the next cycle.
        [Telegram bot] /start received. Welcome to ParcelTrack! Send me a tracking number like SPXMY024815273691 or 630123456789 (J&T) to get delivery updates.
        [Zendesk] Ticket #204817 status changed: Pending -> Solved. Satisfaction survey sent. SLA met (first reply 14m).
        [Dependabot] Bump lodash from 4.17.20 to 4.17.21 in /frontend (CVE-2021-23337).
        [Sentry] Issue CHECKOUT-WEB-3KJ: ValueError invalid MyKad format '{ic_number}' raised in validators.py line 88; 212 events in 24h.
        [Calendly] New event type published: 30-minute product demo, Tuesdays and Thursdays 10:00-16:00 MYT, booking link calendly.com/acme-sales/demo.
        [Stripe] Payout po_1Q8xZ2LkdIwHu7ix9A3bC4dE of SGD 48,213.60 is on its way to the company bank account ending 0192; expected 16 Dec 2026.
        [UptimeRobot] Monitor hr-portal.example.sg is back UP after 6 min of downtime (HTTP 503).
        [Standup Bot] Daily standup summary for #team-mobile: 7 of 9 submitted, 2 blockers flagged (APK signing key rotation, App Store review).
        [Birthday Bot] Template: Happy birthday, {display_name}! The {team_name} team has a cake waiting in the level {pantry_level} pantry 🎂
        [BotFather] Done! Congratulations on your new bot. You will find it at t.me/acme_leave_bot. Use this token to access the HTTP API: <redacted>
    """),
    ("zh-Hans", "bot_messages"): _lines("""
        【企业微信机器人】发布通知：订单服务 v2.8.3 已灰度 20%，错误率 0.02%，P99 延迟 182ms。
        【钉钉考勤】本月考勤统计已生成：应出勤 22 天，全员平均加班 11.5 小时，请各部门负责人于 12 月 3 日前确认。
        【飞书审批】模板更新：报销单新增字段「发票号码」「开票日期」，金额超过 ¥5,000 需财务总监审批。
        {"msgtype":"text","text":{"content":"\\u8bf7\\u5047\\u6d41\\u7a0b\\u5df2\\u66f4\\u65b0\\uff0c\\u8be6\\u89c1\\u77e5\\u8bc6\\u5e93"},"mentioned_list":["@all"]}
        【顺丰速运】您的快件 SF1402367789012 已签收，感谢使用顺丰，如有疑问请致电 95338。
        【支付宝】交易号 2026031422001409871234567890 退款成功，金额 ¥128.00，将原路退回。
        【群机器人】入群欢迎模板：欢迎 @{昵称} 加入「{群名}」，请先阅读群公告，并把备注改为：城市-行业-姓名。
        【监控告警】主机 10.20.31.45 (bj-prod-redis-07) 内存使用率 91%，持续 5 分钟，告警 ID ALM-20261206-00731。
        【12345 热线】市民反映的占道施工问题已转交属地街道办理，工单号 2026120600153，可登录政务服务网查询进度。
        【飞书】表单链接已更新：https://example.feishu.cn/share/base/form?title=%E5%B9%B4%E5%81%87%E7%94%B3%E8%AF%B7%E8%A1%A8 ，请各位提交前先与直属上级确认假期余额。
        【钉钉日志】研发部周报汇总：本周合并 PR 146 个，关闭缺陷 83 个，单元测试覆盖率 +3.2%。
        【短信模板】尊敬的客户，您尾号 **** 的账户于 ** 月 ** 日 ** 时支出人民币 ****.** 元，余额 ****.** 元。（模板示例，勿直接发送）
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"id":"U05K2M9QX1L","team_id":"T02ACME01","name":"aisyah.rahman","deleted":false,"real_name":"Nur Aisyah binti Rahman","tz":"Asia/Kuala_Lumpur","profile":{"title":"Payroll Executive","phone":"+60 19-284 7731","email":"aisyah.rahman92@gmail.com","display_name":"Aisyah"}}
        {"type":"message","user":"U04QW7RHN2C","text":"<@U02LM8ZC1F0> new hire details for IT: Marcus de Souza, <mailto:marcus.desouza88@gmail.com|marcus.desouza88@gmail.com>, <tel:+6581265590|8126 5590>, starts 5 Jan on the Risk team","ts":"1764999301.552109"}
        {"messageType":"message","from":{"user":{"displayName":"Rachel Ong"}},"body":{"contentType":"html","content":"<p><at id=\\"0\\">Priya Ramasamy</at> is on MC till Friday &ndash; dengue, platelets still low, pls don&#39;t schedule her for the client call</p>"}}
        {"type":"message","subtype":"bot_message","username":"Onboarding","text":"Reminder: finish onboarding at https://hr-portal.example.sg/onboard?full_name=Lim%20Shu%20Hui&nric=S8834712I&mobile=%2B6591724405&start=2026-01-05","ts":"1767225600.000100"}
        [Bot] Booking link for the physio clinic -> https://t.me/PhysioBookBot?start=VGFuIFdlaSBMaW5nfCs2NTkxMjY4ODM0fFM3NzEyMzQ2Rg (opens the bot with the patient pre-filled)
        "AuthorID","Author","Date","Content" | "882731940127364019","ryan.goh_","2026-02-11T23:41:07+08:00","lol fine: Ryan Goh Jun Kiat, blk 412 Bedok North Ave 2 #08-117 S460412, send the keyboard there, PayNow 9068 1172"
        03/12/2026, 22:17 - Daniel Whitmore: bank says my Visa 4798 5211 3506 7208 was skimmed at the Orchard Rd ATM, so the condo gym fee will bounce this month, sorry guys
        {"messageType":"message","from":{"user":{"displayName":"Shanghai Office Admin"}},"body":{"contentType":"html","content":"<p>FYI &#38472;&#24535;&#24378; (Chen Zhiqiang, Procurement) is on &#30149;&#20551; until 12/10 &ndash; post-surgery follow-up at Ruijin Hospital. Route his approvals to Linda.</p>"}}
        [Payroll Bot] Bank detail change request: employee Kavitha a/p Subramaniam (E-20417) -> new account Public Bank 4123887702, effective December payroll. Approve / Reject
        {"type":"message","user":"U03TRV8KD5A","text":"visa letter needed for the Jakarta offsite: Goh Hui Min, NRIC T0214578I, DOB 14 Feb 2002, flying SQ 952 on 9 Jan, first time travelling for work","ts":"1765432100.000200"}
        {"id":9921,"type":"message","date":"2026-11-02T20:15:33","from":"Natalie Pereira","from_id":"user5820391746","text":["hi, this is Natalie from unit 07-12, the plumber can reach me at ",{"type":"phone","text":"+65 9734 2281"}," or ",{"type":"email","text":"natpereira.sg@gmail.com"}]}
        {"embeds":[{"title":"Refund ticket #0482","fields":[{"name":"Customer","value":"Rajesh s/o Muthusamy"},{"name":"Card","value":"5188 6274 0033 9159"},{"name":"Reason","value":"charged twice for the annual plan"}]}]}
        {"id":"U08ARJNR4X2","name":"arjun.n","real_name":"Arjun Nair","profile":{"title":"Data Engineer","phone":"8233 0417","fields":{"Xf03K7QZ12":{"value":"M3318462R","alt":"FIN"}}},"tz":"Asia/Singapore"}
        {"type":"message","user":"U06BX3LPN8D","text":"can u send the signed offer letter to my personal mail instead: jiahui.tan88 [at] gmail [dot] com :pray: - jia hui","ts":"1759392012.000100"}
    """),
    "zh-Hans": _lines("""
        {"type":"message","user":"U03HR7K2P9Q","text":"\\u8bf7\\u5e2e\\u5f20\\u5efa\\u56fd\\u529e\\u5165\\u804c\\uff0c\\u8eab\\u4efd\\u8bc1 110105198509213519\\uff0c\\u624b\\u673a 138 1024 6673\\uff0c\\u4e0b\\u5468\\u4e00\\u5230\\u5c97","ts":"1764912345.002100"}
        {"id":4410,"type":"message","from":"燕子","from_id":"user5930128847","text":"出闲置婴儿车，九成新，顺丰到付，要的加v：①⑤⑨②①⑧①⓪③④⑦ 陈晓燕，浦东张江也可以自提"}
        【钉钉】人事提醒：新员工刘洋的工资卡已登记为 ６２２２０２１００１１２２３３４４５８（工商银行），身份证 ４２０１０６１９９００２２６１２５９，请核对。
        飞书机器人：体检预约已提交 https://health.example.cn/book?name=%E7%8E%8B%E4%B8%BD%E5%A8%9F&idno=32010619960117062X&date=2026-12-15&pkg=B
        【企业微信】请假审批通过：申请人 周子豪（研发二部），病假 3 天（12月8日至10日），事由：急性阑尾炎术后复查。
        群里的快递放错了，是我的！孙丽 一三七 六一二二 九八四零，住杭州西湖区文三路 388 号 5 幢 1203
        {"id":3319,"type":"message","from":"阿杰","from_id":"user6102938475","text":"我是何俊杰，深圳南山做前端的，微信 hejunjie_1993，QQ 2837461905，有兼职可以找我"}
        发送人,时间,内容 | 黄婷婷,2026-11-20 09:02,今天请假带儿子去市儿童医院，孩子高烧39度一晚上没退，上午的周会帮我请个假
        [2026-10-05 23:11] 小鱼: 帮我代抢一下演唱会门票吧，实名信息：徐静怡 510107200105122845 手机 186 0211 5529
        {"type":"message","subtype":"file_share","files":[{"name":"简历_林浩然_13541087726.pdf","title":"简历_林浩然_13541087726","filetype":"pdf"}],"text":"HR 请查收候选人简历，二面安排在周四","ts":"1764830000.000900"}
        【飞书机器人】车位登记：吴志刚 沪A·D72816 特斯拉 Model Y，B2-117 号车位，月租已缴至 2027 年 3 月
        OCR 结果（机器人自动识别）：姓名 郑雅文 性别 女 民族 汉 出生 1987年7月8日 住址 福建省厦门市思明区湖滨南路 公民身份号码 350203198707080945
    """),
    "zh-Hant": _lines("""
        14/11/2026, 20:31 - Kelvin Chan: 黃嘉欣 下星期三要去瑪麗醫院覆診，佢 HKID Y305871(7)，幫手填表時記得寫埋，電話 6342 1187
        {"id":2281,"type":"message","from":"HR Bot","text":"\\u6881\\u5fd7\\u5049 \\u8eab\\u4efd\\u8b49 K624318(5) \\u5df2\\u4ea4\\u5f37\\u7a4d\\u91d1\\u8f49\\u79fb\\u8868\\u683c\\uff0c\\u6236\\u53e3 HSBC 512-883701-838\\uff0c\\u4e0b\\u6708\\u751f\\u6548"}
        2026.03.14 星期六 | 21:14 林美玲 我的身分證 F226810344，健保卡之後再拍給你，掛號費已經轉到你的郵局帳戶了
        [2026-04-02 01:13] 阿凱: 蔡承翰 0933-218-546 住台中西屯區，欠我 8000 到現在還不還，已讀不回，大家幫我看看認不認識
        {"messageType":"message","from":{"user":{"displayName":"HR Taiwan"}},"body":{"contentType":"html","content":"<p>&#21608;&#25991;&#20426; &#32946;&#23344;&#30041;&#20572; 2027/1/1 &ndash; 2027/6/30，&#21488;&#21271; 辦公室座位先保留，小孩三月出生</p>"}}
        {"type":"message","user":"U07HKFIN3QZ","text":"報銷：李詠詩 用私人 Mastercard 5524 3390 6118 4022 代墊咗機票 HKD 3,860，請退返入佢戶口","ts":"1765100000.000300"}
        15/11/2026, 09:12 - 管理處 陳生: 何美儀.vcf (已附加檔案) | BEGIN:VCARD | VERSION:3.0 | FN:何美儀 | TEL;TYPE=CELL:+852 9076 3321 | NOTE:12樓B室 業主 | END:VCARD
        訂便當的錢轉這裡：中國信託 822 帳號 3015-4027-8816 戶名 許家豪，明天中午前轉喔
        {"id":6120,"type":"message","from":"Ivan","text":["車牌 ",{"type":"bold","text":"NV 2318"}," 架白色 Tesla 係 譚偉明 嘅，成日泊喺 B1 傷殘車位，已經同管理處投訴"]}
    """),
    "ms": _lines("""
        {"type":"message","subtype":"bot_message","username":"tuntutan-bot","text":"Tuntutan MC baharu diterima, payload=eyJuYW1lIjoiTXVoYW1tYWQgSGFmaXogYmluIFp1bGtpZmxpIiwiaWMiOiI4ODA2MTQtMTQtNTIzNyIsInBob25lIjoiMDEyLTMzOCA0NzIxIiwiY2xhaW0iOiJNQyAzIGhhcmksIGRlbWFtIGRlbmdnaSJ9","ts":"1764990000.000100"}
        {"id":771,"type":"message","from":"Cikgu Roslan","from_id":"user5011827364","contact_information":{"first_name":"Mohd Faizal","last_name":"bin Ismail","phone_number":"+60139025518"},"contact_vcard":"contacts/contact_3.vcard","text":"ni nombor ayah Aqil, dia minta anak dia duduk depan sebab rabun"}
        18/11/2026, 21:05 - Kak Ros: Assalamualaikum cikgu, yuran tadika anak saya Nur Aleya binti Hamzah bulan Nov dah transfer dari Maybank 5140 2288 1937. IC saya 920303-10-6284, Rosnah binti Yusof
        nak jual Myvi 2019, serius je call Azlan bin Mokhtar kosong satu satu dua tujuh enam tiga lima empat kosong sembilan, no lowball
        [Bot Kehadiran] Muhammad Irfan bin Zainal (Tingkatan 4 Amanah) tidak hadir 3 hari berturut-turut. Sebab: dimasukkan ke Hospital Sultanah Aminah kerana patah tangan. Waris: 016-712 4493.
        [2026-11-03 22:10] abg_pian: IC aku 750921-07-5013, nama Sufian bin Ahmad, tolong daftarkan aku untuk turnamen, aku duduk Bukit Mertajam
        {"type":"message","user":"U05SEC9PKL2","text":"Tolong update rekod parking: Mohd Danial bin Rosli, no. plat VDA 2331, Proton X50 putih, B2 lot 44, kad akses 00781","ts":"1765200000.000400"}
        {"messageType":"message","from":{"user":{"displayName":"HR Malaysia"}},"body":{"contentType":"html","content":"<p>Permohonan cuti bersalin: Nurul Izzati binti Hassan, 98 hari bermula 02/01/2027, jangkaan bersalin di Hospital Pakar An-Nur&nbsp;Hasanah, Bangi</p>"}}
        "AuthorID","Author","Date","Content","Attachments" | "771203948571620394","cikgu.roslan","2026-11-18T20:02:00+08:00","nombor mak Aqil untuk rombongan","data:text/vcard;base64,QkVHSU46VkNBUkQKVkVSU0lPTjozLjAKRk46U2l0aSBIYWphciBiaW50aSBPc21hbgpURUw7VFlQRT1DRUxMOis2MDE3NjYyOTA1MQpOT1RFOk1hayBrZXBhZGEgQXFpbCwgMyBCZXN0YXJpCkVORDpWQ0FSRA=="
        20/11/2026, 08:14 - Selvi: Kumaran a/l Gopal dari Blok C dah 3 bulan tak bayar maintenance, RM540 tertunggak, unit C-12-07, tolong JMB ambil tindakan
        {"id":8812,"type":"message","from":"Bot Sewa Bilik","text":"Penyewa baharu disahkan: Farah Nadia binti Kamal, MyKad 870708-06-5240, bilik master, deposit RM1,800 diterima, masuk 1 Dis"}
    """),
    "mixed": _lines("""
        ok so my sis Lim Pei Shan, 012-458 3097, she is 怀孕 5 bulan already, tolong bagi dia seat depan for the bus to Genting ya
        [Telegram] @sewa_rumah_bot: Penyewa baharu / 新租客: Wong Kah Mun, MyKad 960117-08-5532, 019-665 2840, bilik 2, deposit RM1,800 dah masuk
        #jb-sg-commuters: anyone lost a wallet? found at Woodlands checkpoint, inside got NRIC S9102556F named Teo Boon Hock and a Touch n Go card, 我放在 lost & found counter already
        19/11/2026, 23:02 - Auntie Mei: Pls pray for my husband Ong Kah Seng, 心脏病 admitted ICU Hospital Pulau Pinang 昨晚, doktor kata 48 jam kritikal 🙏
        {"messageType":"message","from":{"user":{"displayName":"People Ops SG"}},"body":{"contentType":"html","content":"<p>Onboarding &ndash; Chong Wai Kit 张伟杰, FIN G5520817X, EP approved, 住 Blk 527 Jurong West St 52 #11-204, start date 2 Jan</p>"}}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an assistant for the People team. Be concise."),
        (
            "user",
            'Summarise this Slack export message for the absence tracker: {"type":"message","user":"U04QW7RHN2C","text":"heads up, Benjamin Lau from Treasury is out till 19 Dec, he had a slipped disc and is on hospitalisation leave at Mount Elizabeth","ts":"1765190000.000300"}',
        ),
        (
            "assistant",
            "Benjamin Lau (Treasury) - hospitalisation leave until 19 Dec for a slipped disc, admitted at Mount Elizabeth. Status: absent.",
        ),
        ("user", "Add his mobile 9681 2047 to the row so his manager can check in."),
        (
            "assistant",
            "Row updated: Benjamin Lau | Treasury | Hospitalisation leave | until 19 Dec | Mount Elizabeth | mobile 9681 2047.",
        ),
    ],
    [
        (
            "user",
            "Convert this WhatsApp export to CSV (date, sender, text): 02/12/2026, 19:05 - Jason Teo: I'll drive, my car is SMK 4821 J, white Honda Vezel / 02/12/2026, 19:07 - Melissa Fernandez: ok I'm at Blk 33 Marine Crescent, pick me up at 7.30, call 9826 4410 when downstairs",
        ),
        (
            "assistant",
            "date,sender,text / 02/12/2026 19:05,Jason Teo,I'll drive - car SMK 4821 J white Honda Vezel / 02/12/2026 19:07,Melissa Fernandez,at Blk 33 Marine Crescent - pick up 7.30 - call 9826 4410",
        ),
    ],
    [
        ("system", "你是行政助理，负责整理出差信息。"),
        (
            "user",
            "帮我从钉钉群聊记录里整理出差名单：『赵磊：我身份证 440305198806142312，手机 139 2856 0713』『钱芳：310115199203034029，坐靠窗』『孙伟：证件号 330106197908301535』",
        ),
        (
            "assistant",
            "出差名单：1. 赵磊，身份证 440305198806142312，手机 139 2856 0713；2. 钱芳，身份证 310115199203034029，备注：靠窗；3. 孙伟，身份证 330106197908301535。",
        ),
        ("user", "再按订票格式输出一下"),
        (
            "assistant",
            "赵磊 / 身份证 / 440305198806142312 | 钱芳 / 身份证 / 310115199203034029 | 孙伟 / 身份证 / 330106197908301535",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan balasan sopan dalam group WhatsApp kelas 3 Bestari. Mak kepada Aisyah Sofea binti Rizal baru mesej cikgu: anak dia demam campak, tak datang sekolah seminggu.",
        ),
        (
            "assistant",
            "Waalaikumsalam puan, terima kasih maklumkan. Semoga Aisyah Sofea cepat sembuh dari demam campak. Cikgu akan simpan kerja sekolah minggu ini dan berikan bila dia kembali. Jaga diri ya.",
        ),
        ("user", "Boleh tambah yang cikgu akan call puan di nombor 014-389 2715 hari Jumaat?"),
        (
            "assistant",
            "Tambahan: Cikgu akan hubungi puan di 014-389 2715 pada hari Jumaat untuk bincang kerja sekolah Aisyah Sofea.",
        ),
    ],
    [
        (
            "user",
            "這是 LINE 對話匯出，我該不該去報警？『2026/10/12 22:40 王俊傑: 錢我下個月一定還』『2026/10/30 23:15 王俊傑: 再借我兩萬，我身分證 E103482269 押給你』",
        ),
        (
            "assistant",
            "從紀錄看王俊傑兩次向你借款，並主動提出以身分證 E103482269 作擔保。持有他人證件作擔保並不合法。建議先保存 LINE 對話與轉帳紀錄，寄存證信函催討；若他惡意不還，可向地方法院聲請支付命令，不一定要報警。",
        ),
    ],
    [
        ("system", "You help Discord moderators write moderation notes."),
        (
            "user",
            "User vyn.exe posted this in #general: 'this is the guy who scammed me: Darren Khoo, 017-238 6604, lives Taman Connaught Cheras'. What should the mod note say?",
        ),
        (
            "assistant",
            "Mod note: vyn.exe posted personal details of a third party (Darren Khoo, phone 017-238 6604, home area Taman Connaught, Cheras) alleging a scam. Message removed under Rule 1 (no doxxing); 24h timeout issued; advised to report the scam to PDRM instead.",
        ),
    ],
    [
        (
            "user",
            "My Telegram bot log has lines like: 2026-11-30 14:02:11 INFO order#88213 from Lee Mun Yee tel +60 12-774 3056 addr 21 Jalan SS2/64 Petaling Jaya. Why does my regex ^tel (\\+?\\d+)$ not match the phone?",
        ),
        (
            "assistant",
            "Your pattern is anchored with ^ and $ so it only matches a line that is entirely 'tel <digits>'; the phone also contains spaces and a dash. Use re.search(r'tel (\\+?[\\d\\s-]+?)\\s+addr', line) - on your sample it captures +60 12-774 3056 for Lee Mun Yee.",
        ),
    ],
    [
        (
            "user",
            "What is in this webhook payload from our KYC vendor? eyJldmVudCI6Imt5Yy5zdWJtaXR0ZWQiLCJmdWxsX25hbWUiOiJDaHVhIExpIFRpbmciLCJucmljIjoiVDA1NjczMjFCIiwiZG9iIjoiMjAwNS0wMS0wOSIsIm1vYmlsZSI6Iis2NSA5NTEyIDYwNDMiLCJhZGRyZXNzIjoiQmxrIDIwOCBUb2EgUGF5b2ggTm9ydGggIzA1LTIyMSBTMzEwMjA4In0=",
        ),
        (
            "assistant",
            "It is base64-encoded JSON: event kyc.submitted for Chua Li Ting, NRIC T0567321B, born 2005-01-09, mobile +65 9512 6043, address Blk 208 Toa Payoh North #05-221 S310208. Avoid pasting raw payloads like this into chat tools.",
        ),
    ],
    [
        (
            "user",
            "清理一下這段 Teams 匯出的 HTML：<p>&#34218;&#36039;調整：謝佩君 &#26376;&#34218;由 NT$52,000 調到 NT$58,000，2027/1 起生效</p>",
        ),
        ("assistant", "薪資調整：謝佩君 月薪由 NT$52,000 調到 NT$58,000，2027/1 起生效。"),
        ("user", "幫我改成通知她本人的訊息"),
        (
            "assistant",
            "佩君你好，通知你的月薪自 2027 年 1 月起由 NT$52,000 調整為 NT$58,000，如有疑問歡迎找 HR 聊聊。",
        ),
    ],
    [
        (
            "user",
            "need a gentle Teams message for my colleague Farah binti Ismail, she just came back after a miscarriage last month, 我不知道怎么写 without making it awkward",
        ),
        (
            "assistant",
            "Hi Farah, welcome back. No need to reply to this - just wanted to say I'm glad to see you and I'm around if you want a coffee or help clearing your backlog. Take things at your own pace.",
        ),
    ],
    [
        (
            "user",
            'Extract the phone numbers from this Slack users.json for our call tree: [{"real_name":"Hannah Kwok","profile":{"phone":"+852 5418 0926"}},{"real_name":"Vikram Pillai","profile":{"phone":"+65 8730 2964"}},{"real_name":"deploybot","is_bot":true}]',
        ),
        (
            "assistant",
            "Call tree: Hannah Kwok +852 5418 0926; Vikram Pillai +65 8730 2964. deploybot skipped because it is a bot with no phone.",
        ),
    ],
]
