# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade138: personal data in helpdesk and IT-ticketing artefacts (ticket exports from Jira or ServiceNow, ticket JSON, email-to-ticket headers, remote-support session logs, OCR of screenshots, asset registers). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade138
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "jira_csv_export"): _lines("""
        Issue key,Issue id,Summary,Issue Type,Status,Priority,Component/s,Created,Resolved,Labels,Fix Version/s
        ITSD-10422,88214,"Outlook build 16.0.17328.20162 crashes on launch after KB5034441",Incident,Resolved,High,Email,09/Jan/26 8:14 AM,09/Jan/26 3:02 PM,win11 m365,2026.01
        ITSD-10437,88229,"HP LaserJet M611 at L7 pantry offline - IP 10.12.7.45, toner W1470A low",Incident,In Progress,Medium,Printing,10/Jan/26 10:30 AM,,floor7,
        ITSD-10451,88243,"Add Zoom Rooms licence for Meeting Room Raffles (L12, 1 Raffles Place)",Service Request,Waiting for approval,Low,Licensing,11/Jan/26 9:02 AM,,zoom,
        ITSD-10463,88255,"[Grafana] disk /var/lib/postgresql at 91% on db-prod-sg-02",Alert,Open,Highest,Infra,12/Jan/26 2:47 AM,,auto-created pagerduty,
        ITSD-10470,88262,"svc-jenkins API token expired - rotate via Vault path secret/ci/jenkins",Task,Done,High,CI/CD,12/Jan/26 11:15 AM,12/Jan/26 4:40 PM,vault,2026.01
        ITSD-10488,88280,"Dell ProSupport case 179284331 opened for Latitude 5440 board swap (asset SG-LT-0882)",Incident,Pending Vendor,Medium,Hardware,13/Jan/26 4:20 PM,,dell,
        ITSD-10495,88287,"Webhook URL in configmap is base64 aHR0cHM6Ly9ob29rcy5leGFtcGxlLmNvbS9pdHNk - not a secret, close",Task,Closed,Low,Infra,14/Jan/26 9:41 AM,14/Jan/26 9:55 AM,k8s,
        ITSD-10502,88294,"Ah Huat Logistics Pte Ltd driver needs loading-bay pass for PO 4500123987, bay 3",Service Request,Resolved,Low,Facilities,14/Jan/26 1:10 PM,14/Jan/26 2:00 PM,,
        ITSD-10519,88311,"Room Turing: projector HDMI handshake fails with MacBook Air M3 (macOS 14.3)",Incident,Open,Medium,AV,15/Jan/26 10:05 AM,,av-rooms,
        ITSD-10526,88318,"Team library: 3x The Phoenix Project by Gene Kim, SGD 38.90 each, Kinokuniya invoice K-2026-00417",Purchase,Approved,Low,Procurement,15/Jan/26 3:33 PM,,books,
        ITSD-10533,88325,"Proxy blocks Satya Nadella keynote stream (category: streaming media) - whitelist for town hall",Change,Scheduled,Medium,Network,16/Jan/26 8:00 AM,,proxy,2026.02
        ITSD-10540,88332,"Windows key ending -3KQ7T reports MAK exhausted; request 50 more activations from VLSC",Task,Open,Medium,Licensing,16/Jan/26 11:47 AM,,mak,
    """),
    ("en", "asset_register"): _lines("""
        asset_tag,category,make_model,serial_no,mac_address,assigned_to,location,cost_centre,status,warranty_end
        SG-LT-0882,Laptop,Dell Latitude 5440,9QX2F73,3c:22:fb:91:0a:7e,HOTDESK-POOL,1 Raffles Place L20,CC-4100,In repair,2027-05-31
        SG-MR-0117,Room display,Logitech Tap + Rally Bar,2231LZ0A8XJ9,a4:83:e7:10:5c:2e,Meeting Room Sentosa,1 Raffles Place L12,CC-1000,In use,2028-02-28
        KUL-SW-0031,Switch,Cisco Catalyst 9300-48P,FOC2532X1QK,70:6d:15:aa:02:c1,Network - Core,Menara Southpoint Mid Valley City L18 comms room,CC-2200,In use,2029-01-15
        HKG-PR-0204,Printer,Kyocera TASKalfa 3554ci,R8J3Z04112,00:c0:ee:5a:31:7d,Shared - Finance pool,68 Des Voeux Road Central L12,CC-3100,In use,2026-11-30
        TPE-KS-0009,Kiosk,Elo 22-inch I-Series 4,E919402381,b8:27:eb:4f:22:90,Reception kiosk,Taipei 101 L35 lobby,CC-1000,In use,2027-08-31
        MFM-LT-0056,Laptop,Lenovo ThinkPad T14 Gen 4,PF4Z7K2M,-,UNASSIGNED (stock),Av. da Praia Grande 429 store room,CC-4100,In stock,2027-12-31
        SG-MB-0410,Mobile,iPhone 15 128GB,F17XK2PQN6,-,Duty phone - IT on-call (forwards to +65 6221 0400),1 Raffles Place L20,CC-4100,In use,2026-09-30
        SG-SW-0093,Software,Adobe Acrobat Pro (VIP),VIP-ENT-88213-AP,-,Licence pool Marketing (12 seats),n/a,CC-5200,Active,2026-10-14
        KUL-LT-0412,Laptop,HP EliteBook 840 G10,5CG3421LQ8,-,Loaner L-03,Menara Southpoint Mid Valley City L18,CC-4100,Loaned,2028-03-31
        # vendor: Harvey Norman Commercial (PO 4500124410), delivered 2026-01-22, GRN 77031, 20x Samsung 27in S80UA monitors
        SZX-SV-0007,Server,Inspur NF5280M6,219386412,ac:1f:6b:d0:44:12,Rack B-07 U12-13,Shennan Blvd 6008 Futian DC,CC-2200,In use,2028-06-30
        # disposal batch DSP-2026-03: 14 units wiped with Blancco 7.12, collector GreenCycle E-Waste Pte Ltd (UEN 201534127K)
    """),
    ("zh-Hans", "远程支持会话日志"): _lines("""
        2026-03-02 14:05:11 [ToDesk] 会话建立 设备代码 928 441 730 → 前台自助机-03（Win10 LTSC 21H2）延迟 38ms
        2026-03-02 14:17:58 [ToDesk] 会话结束 时长 00:12:47 传输文件 2 个（drivers_x64.zip 184MB、readme.txt 2KB）
        [向日葵] 主控端 IT-HELPDESK-01 连接被控端 会议室-长城厅 识别码 331 208 876，验证方式：一次性验证码，结果：成功
        [向日葵] 被控端 仓库扫码枪工作站 WH-PDA-HOST 自动更新 13.2.0.60137 → 13.3.0.61512 失败，错误码 -10023
        INFO 2026-03-03T09:31:02+08:00 session=rs-7f3a9c2e operator=L1值班 action=run_script payload_b64=IyEvYmluL2Jhc2gKc3lzdGVtY3RsIHJlc3RhcnQgY3Vwcw==
        WARN 2026-03-03T09:33:40+08:00 session=rs-7f3a9c2e 剪贴板同步已被策略禁用（policy: DLP-CLIP-02），本次会话共拦截 3 次
        远程协助工单 RS-20260303-0042：财务共享中心 12 台电脑批量安装用友 U8+ V16.1 客户端，已完成 11 台，剩 1 台离线
        如需原厂支持请拨打联想服务热线 400-990-8888，报修时提供主机序列号 PF3XK9L2 及机型 ThinkCentre M920t
        会话录像已归档：/data/rs-archive/2026/03/rs-7f3a9c2e.mp4 sha256=aa32e2c2abb589d1adcc5a5300db9ad0cf8685834ea4e65d03c5716747275d7e
        [TeamViewer] ID 1 482 096 335 为公司门户机（一楼大堂），无人值守访问密码已于 2026-03-01 按季度轮换
        第三方远程接入登记：济南云擎信息技术有限公司 驻场团队，统一社会信用代码 91370100MA3C4R8L2Y，窗口 22:00-24:00
        2026-03-04 22:15:09 [AnyDesk] 地址簿别名 "机房-B07-堡垒机" 连接被拒绝：ACL 未包含源地址 10.30.2.14/32
        ToDesk 4.7.2.3 存在已知漏洞（CNVD-2024-09871），请于 3 月 10 日前升级至 4.7.5，下载地址 https://www.todesk.com/download
    """),
    ("zh-Hans", "截图OCR文本"): _lines("""
        [OCR 截图1] Microsoft Outlook｜无法启动 Microsoft Outlook。无法打开 Outlook 窗口。无法打开此文件夹集合。错误码 0x8004010F
        [OCR 截图2] Windows 安全中心 病毒和威胁防护 上次扫描 2O26/3/4 9:l5 发现 0 个威胁 扫描了 31742O 个文件
        [OCR] 企业微信 群名：IT运维值班群｜值班助手：今晚 23:00 核心交换机升级，预计中断 15 分钟｜@所有人 请提前保存文档
        [OCR] 钉钉审批 单号 2O2603O41O22O0OOl7 类型：软件采购 金额 ¥3,999.00 状态：已通过 流程：部门负责人→IT→财务
        [OCR] 浏览器地址栏 https://oa.example.cn/workflow?id=88213&node=%E5%81%9C%E6%9C%BA%E7%AA%97%E5%8F%A3%2002%3A00-06%3A00 页面提示：会话已过期
        [OCR] 打印机面板 HP LaserJet M611 错误 59.B0 转印辊故障 请联系服务商 惠普客户支持 400-610-3888
        [OCR] 截图文字：“正版化检查通知——根据《计算机软件保护条例》第二十四条，未经授权的软件须在 3 月 31 日前卸载”
        [OCR] 发票截图 电子发票（普通发票）发票号码 26442000000012345678 销售方 深圳市云擎网络科技有限公司 纳税人识别号 91440300MA5G8K2T1R 税额 ¥230.09
        [OCR] 快递面单截图 顺丰 SF1429873306412 寄件方：联想（北京）有限公司 售后中心 物品：主板 ×1 保价 ¥2,000
        [OCR] 锁屏提示：此设备归 深圳市云擎网络科技有限公司 所有，若拾获请致电 0755-8627 3300 或送至 南山区科苑路 15 号前台
        [OCR] FortiClient 7.2.3 登录失败：服务器证书 CN=vpn.example.cn 已于 2026-03-01 过期，指纹 SHA1 9A:3F:0C:7E:11:B2:D4:58
        [OCR] 任务管理器截图：WeChat.exe 占用内存 1.8 GB，DingTalk.exe 0.9 GB，CPU 97%，建议将内存升级至 16GB
        [OCR] 系统公告截图 &#25171;&#21360;&#26426; 驱动已更新（HTML 实体未解码）版本 7.1.0.2 适用于 Win10/Win11
    """),
    ("zh-Hant", "服務台公告"): _lines("""
        【系統維護】3月8日（六）02:00–06:00 SAP 停機，期間請勿提交報銷；查詢請致電 IT 服務台 2833 6688 或電郵 itsd@example.com.hk
        【新辦公室】香港中環德輔道中 68 號萬宜大廈 12 樓 IT 櫃檯自 4 月 1 日起服務，辦公時間 09:00–18:00（公眾假期休息）
        【台北分公司】台北市信義區信義路五段 7 號 35 樓 IT 服務台分機 3500，統一編號 24536806，送修請註明工單號
        【澳門分行】澳門新口岸友誼大馬路 1023 號 8 樓，IT 支援熱線 ２８７１ ２３００（全形數字為系統匯出格式，可直接撥打）
        【直播安排】Computex 2026 黃仁勳主題演講將於會議室「玉山」投影，網路已預留 200 Mbps，請勿同時播放 YouTube
        【密碼政策】自 2026 年 4 月起，密碼長度最少 14 字元，每 90 日更換，不得重用最近 12 組；範例格式：Tp!2026-Spring-Rain
        【釣魚郵件警告】寄件人冒充「Microsoft 365 管理中心」，主旨 =?UTF-8?B?5pyD6K2w5a6k6aCQ57SE57O757Wx5Y2H57Sa5a6M5oiQ?=，請勿點擊連結
        【軟件更新】Microsoft Teams 新版 24004.1403.2634.2418 將於本週五推送，舊版 Teams Classic 於 7 月 1 日停用
        【工單系統】ServiceNow 網址改為 https://example.service-now.com/sp?id=sc_home&lang=zh_TW，入口字樣為 %E6%9C%8D%E5%8B%99%E5%8F%B0
        【資產盤點】3 月 20 日至 22 日盤點全港筆電，請將資產標籤（例：HKG-LT-0417）朝上放置，由 IT 及財務部共同進行
        【供應商聯絡】Dell 香港技術支援 2969 3188、Lenovo 香港 2516 3970、HP 香港 2805 2652，報修時請先開工單再致電
        【澳門資料保護】依據第 8/2005 號法律《個人資料保護法》，工單附件不得上載身份證影像，違者由資訊保安組跟進，並須於 72 小時內刪除相關附件
        【歷史小知識】服務台分機 1843 係紀念 Ada Lovelace 於 1843 年發表首個演算法註釋，新同事如有疑問歡迎致電
    """),
    ("ms", "soalan_lazim_meja_bantuan"): _lines("""
        S: Bagaimana saya tetapkan semula kata laluan? J: Layari https://sspr.example.com.my, sahkan melalui Microsoft Authenticator, kemudian log masuk semula.
        S: Siapa perlu dihubungi jika VPN terputus? J: Meja Bantuan IT di 1-300-88-2525 (Isnin–Jumaat, 8.30 pg–6.00 ptg) atau WhatsApp rasmi +60 11-5611 2525.
        S: Di mana kaunter IT? J: Aras 18, Menara Southpoint, Mid Valley City, Lingkaran Syed Putra, 59200 Kuala Lumpur. Bawa komputer riba bersama tag aset.
        S: Format nombor tiket? J: INC diikuti 7 digit (cth. INC0093120) untuk insiden, RITM untuk permintaan (cth. RITM0041877). Jangan guna nombor KP sebagai rujukan.
        S: Kenapa tajuk e-mel notis saya tertulis =?UTF-8?B?Tm90aXMgUGVueWVsZW5nZ2FyYWFuIFNpc3RlbQ==?=? J: Klien e-mel lama tidak nyahkod tajuk MIME; kemas kini Outlook.
        S: Boleh pasang perisian sendiri? J: Tidak. Mohon melalui Portal Perisian; senarai diluluskan termasuk Adobe Reader, 7-Zip 23.01 dan Notepad++ 8.6.4.
        S: Siapa pembekal komputer riba kami? J: Kedai Komputer Ah Chong Sdn Bhd (No. Syarikat 201801023456 / 1285432-K), Jalan Pasar Baharu, Pudu, Kuala Lumpur.
        S: Bagaimana melaporkan e-mel pancingan data? J: Klik butang Report Phishing atau majukan ke phishing@example.com.my; jangan balas atau buka lampiran .html.
        S: Apa maksud ralat 0x80190001 semasa log masuk Teams? J: Cache token rosak. Kosongkan folder %appdata%/Microsoft/Teams dan mulakan semula aplikasi.
        S: Adakah CyberSecurity Malaysia ada talian aduan? J: Ya, Cyber999 di 1-300-88-2999 atau cyber999@cybersecurity.my untuk insiden keselamatan siber.
        S: Bilakah waktu henti sistem gaji? J: Setiap Sabtu pertama bulan, 11.00 mlm hingga 3.00 pg. Slip gaji tidak boleh dimuat turun dalam tempoh ini.
        S: Bolehkah saya guna pencetak di Bilik Mesyuarat Tun Razak? J: Ya, pilih BM-TUNRAZAK-PRN01 (IP 10.40.18.21), kertas A4 sahaja.
        S: Di mana panduan Akta Perlindungan Data Peribadi 2010? J: Rujuk intranet > Pematuhan > PDPA; pegawai perlindungan data boleh dihubungi di dpo@example.com.my.
    """),
    ("mixed", "email_to_ticket_headers"): _lines("""
        From: "IT Service Desk" <servicedesk@example.com.sg>  To: itsd-inbound@example.service-now.com  Subject: Re: INC0093120 printer jam L7
        Subject: =?UTF-8?B?44CQ5bel5Y2V5bey6Kej5Yaz44CRSU5DMDA5MzEyMCDmiZPljbDmnLrljaHnurg=?=  Content-Language: zh-CN
        Subject: =?GB2312?B?z7XNs86su6TNqNaqo7oz1MIxNcjVIE9BIM2ju/o=?=  X-Mailer: Foxmail 7.2.25.228 [cn]
        From: =?UTF-8?Q?Microsoft_365_=E7=AE=A1=E7=90=86=E4=B8=AD=E5=BF=83?= <o365mc@microsoft.com>  X-MS-Exchange-Organization-AuthAs: Anonymous
        Reply-To: noreply+ticket-88213@helpdesk.example.my  Auto-Submitted: auto-generated  X-Auto-Response-Suppress: All
        Received: from mx2.example.com.tw (mx2.example.com.tw [203.0.113.25]) by mx.example.com.sg with ESMTPS id 4Tq9Zk1x8Qz; Tue, 3 Mar 2026 09:14:02 +0800
        Message-ID: <20260303011402.4Tq9Zk1x8Qz@mx2.example.com.tw>  In-Reply-To: <ITSD-10488.1709428800000@jira.example.com>
        Thread-Topic: [JIRA] (ITSD-10488) Dell ProSupport case 179284331 主板更换  Thread-Index: AdpsK3Vx9mQe2b0sTf2k8Lw1yZ0bAQ==
        DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.my; s=sel2026; h=from:to:subject:date; bh=Zml4OiBidW1wIG9wZW5zc2wgdG8gMy4wLjEzIChDVkUtMjAyNC0wNzI3KQ==
        X-ServiceNow-Source: EmailInbound  X-ServiceNow-SysEmail-Version: 2  X-Obfuscated-Route: vgfq-nyregf@rknzcyr.pbz.ft
        Subject: [Notis] Penyelenggaraan sistem e-Cuti 15/3, 22:00–02:00 | 系统维护 | System maintenance — no action required
        List-Unsubscribe: <mailto:it-notices-unsubscribe@example.com.hk?subject=unsubscribe>, <https://lists.example.com.hk/u/it-notices>
        X-Forefront-Antispam-Report: CIP:203.0.113.77;CTRY:MY;LANG:ms;SCL:5;SRV:BULK;IPV:NLI;SFV:SPM;H:mail.promo-example.my
    """),
    ("mixed", "ticket_json"): _lines("""
        {"number":"INC0093120","caller_id":{"display_value":"svc_monitoring","value":"6816f79cc0a8016401c5a33be04be441"},"state":"6","short_description":"打印机卡纸 L7"}
        {"attachment":{"file_name":"5oiq5Zu+XzIwMjYwMzAxLnBuZw==","content_type":"image/png","size_bytes":184221,"table_name":"incident"}}
        {"ritm":"RITM0041877","cat_item":"Adobe Acrobat Pro","variables":{"cost_centre":"CC-5200","quantity":"2","justification":"合约扫描 OCR"},"approval":"approved"}
        {"key":"ITSD-10495","fields":{"customfield_10042":"eyJxdWV1ZSI6IkwyLU5ldHdvcmsiLCJzbGEiOiJQMiIsInNpdGUiOiJLVUwtSFEifQ==","priority":{"name":"High"}}}
        {"event":"sla.breach","ticket":"INC0093311","assignment_group":"L2-Network KUL","breached_at":"2026-03-03T10:00:00+08:00","notify":"itsd-alerts@example.com.sg"}
        {"asset":{"tag":"HKG-PR-0204","model":"Kyocera TASKalfa 3554ci","owner":"Shared - Finance pool","site":"萬宜大廈 12/F"},"ticket":"HKIT-2291"}
        {"webhook":"https://hooks.slack.com/services/T000/B000/XXXXXXXX","text":"Ticket INC0093120 resolved by L1 queue in 42 min","channel":"#itsd-ops"}
        {"kb":"KB0010442","title":"Cara sambung ke Wi-Fi tetamu","body_html":"<p>SSID: Guest-KUL, kata laluan ditukar setiap Isnin</p>","lang":"ms"}
        {"vendor":{"name":"Ah Huat Logistics Pte Ltd","uen":"201912345K","hotline":"+65 6748 2210","email":"ops@ahhuat-logistics.com.sg"},"po":"4500123987"}
        {"payload":"RlcgdjIuMS43IE9L","encoding":"base64","device":"KUL-SW-0031","note":"firmware banner only, 韌體版本字串"}
        {"example_request":{"email":"user@example.com","phone":"+65 0000 0000","id_no":"S0000000X"},"_comment":"schema sample, do not fill"}
        {"ticket":"HKIT-2305","summary":"會議室預約系統升級","updates":[{"by":"system","at":"2026-03-05T18:00:00+08:00","msg":"status → Resolved"}]}
        {"jql":"project = ITSD AND status changed TO Done DURING (startOfMonth(), now()) AND assignee in membersOf('l2-network')","maxResults":500}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        INC0081734,"Password reset - locked out",caller_id="CN=Nurul Aisyah binti Kamarudin,OU=Payroll,OU=KUL,DC=corp,DC=local",contact_type=phone,callback=+60 17-382 9104
        2026-03-11 09:42:17 [TeamViewer] incoming 1 284 559 903 -> LAPTOP-JEREMYSOH, profile /Users/jeremy.soh, clipboard captured: "my DBS acct 072-318845-6 for the claim"
        {"ticket":"SD-20931","requester_b64":"V29uZyBNZWkgTGluZywgUzgyMzQ1NjdBLCArNjUgOTEyNyA0NDAz","note":"HR asked to decode only if payroll escalates"}
        From: =?UTF-8?B?UHJpeWEgUmFtYXNhbXk=?= <priya.r.home@yahoo.com.sg>  Subject: Re: laptop return - I am on maternity leave until June
        HR-IT-5510: please hide Marcus Lee Wen Jie's calendar titles for 3 weeks, he starts chemo at NCCS on Monday and doesn't want the team to see the appointments.
        SG-LT-1477,Dell Latitude 7440,9QX2F7K,assigned_to=Tan Boon Kiat (S7712389Z),ship_to=Blk 412 Bedok North Ave 2 #08-117 Singapore 460412,status=WFH
        OCR> WhatsApp Web | Ah Seng landlord +65 8l27 O394 | "bro rent 3 months late already, $5,400 pay by fri or I change the lock" (screenshot on INC0082210)
        Callback requested on nine one seven two, four four zero eight (personal mobile, after 6pm only)
        [~siewlan.chong] your Nov payslip PDF (gross SGD 7,850, CPF deducted) was attached to the wrong ticket HD-7712 - removed now, pls confirm nobody else downloaded it
        GET /leave/apply?emp=E10293&name=Darren%20Chua%20Wei%20Ming&reason=paternity%20leave%20-%20wife%20due%2014%20Apr&mobile=%2B6596618820 HTTP/1.1 200
        badge_reader debug: holder_hex=4b 68 6f 6f 20 53 69 65 77 20 4c 69 61 6e 20 30 31 32 2d 34 34 38 20 31 39 33 37 door=L3-SERVER-ROOM result=DENY
        Incident form | Caller: Rajesh s/o Gopal | NRIC S6812345C | Mobile 8233 0915 | Laptop stolen from car SJB 4821 S at Tampines Hub carpark, police report F/20260311/0042 | Asset SG-LT-0655
    """),
    "zh-Hans": _lines("""
        工单号 IT-2026-03318｜报修人：陈志明（财务部）｜手机 139 2871 6604｜问题：U盾插上无反应，急着给供应商付款
        [向日葵] 2026-02-14 20:11 被控端“李桂芳的笔记本” 识别码 718 332 905，用户说要给儿子交华西医院住院押金，网银转账一直失败
        {"工单":"SR-88120","附件名":"6Lqr5Lu96K+B5q2j5Y+N6Z2iX+eOi+W7uuWbvV8xMTAxMDUxOTgyMDMxNTQ1MVguanBn","大小":"1.2MB"}
        <tr><td class="requester">&#24352;&#26195;&#20029;</td><td>186 0215 3378</td><td>邮箱无法收信</td></tr>
        老周这周请假陪护，他女儿在华西住院，周建华名下的电脑密码重置和工单先别派，等他回来再办
        [OCR] 支付宝转账截图 付款方 刘*军 收款方 黄丽 金额 ¥12,000.00 备注 还上次借的钱，别再催了
        工单备注 IT-2026-03351 回拨号码：幺三八 零七五一 四四九二（本人手机，白天开会不方便接，下班后再打）
        工单 IT-2026-03360 报修人身份证号：４４０３０６１９９１０７２２３１２２，请人事核对后再开通VPN账号
        资产编号 SZ-NB-0931｜ThinkPad X1 Carbon｜领用人 赵雨桐｜工号 008812｜寄送地址 深圳市南山区龙珠四路丽山花园3栋1502（居家办公）
        发件人: =?GB2312?B?y+/Bos6w?= <sunliwei1987@163.com>  主题: 请假申请（下周去法院办离婚手续）
    """),
    "zh-Hant": _lines("""
        工單 HK-IT-4471：新同事梁嘉欣（HKID K384729(2)）需要開通 Octopus 員工卡同 VPN，入職日 3 月 18 日
        報修單｜申請人 林佩君｜身分證 F128930445｜行動 0912-348-615｜問題：家用印表機無法連公司 VPN
        澳門分行工單：何家豪先生手提 6638 2017，話部手提電腦被太太鎖咗唔肯還，離婚官司期間要求遠端抹除
        {"sys_id":"a1f0c9","table":"sc_req_item","file_name":"6Zui5ama5Y2U6K2w5pu4X+aigeWYieaso19LMzg0NzI5KDIpLnBkZg==","note":"HR only"}
        <span data-field="contact">&#40643;&#22826;</span> 九龍何文田公主道 8 號帝庭園 2 座 17 樓 B 室 上門安裝 Wi-Fi 延伸器
        OCR擷取：LINE 對話「阿德 我這個月薪水只有 42,000 還要還卡債 能不能先借我兩萬」— 附於工單 TW-IT-0917
        AnyDesk 連線紀錄 2026-03-06 21:40 目標 892 115 407 "cheungwingyan-MBP" 開啟 /Users/cheungwingyan/Documents/體檢報告_乳腺.pdf
        工單 HK-IT-4490 備註 回電：九 二 三 七 — 六 八 一 五，搵鄭生，日頭返工唔方便，夜晚先得
        GET /sp?id=ticket&applicant=%E8%94%A1%E6%B7%91%E8%8A%AC&tel=0933-215-774&dept=會計 HTTP/1.1 302
        請把許志強的工單設為機密：他申請的是精神科覆診的彈性上班，附件有台大醫院診斷書，只限 HR 主管查看
    """),
    "ms": _lines("""
        Tiket #MY-55021: Pemohon Siti Hajar binti Rosli, No. KP 880412-10-5566, minta reset kata laluan e-Penyata gaji selepas telefon hilang.
        Sesi AnyDesk 482 771 309 ke PC-AKAUN-07 (pengguna: faizal.hakimi) — fail "Surat_Tuntutan_Ceti_Haram_RM25000.pdf" dibuka semasa sesi, sila rahsiakan
        {"tiket":"MY-55088","pemohon_b64":"eyJuYW1hIjoiTnVydWwgSXp6YXRpIGJpbnRpIEhhc3NhbiIsImtwIjoiOTEwMjE1LTE0LTY2MjgiLCJ0ZWwiOiIwMTMtNTUyIDA4NzEifQ=="}
        Pelawat parkir B2: kereta Proton X50 WVR 7713 milik Puan Rohana Mat Isa, lampu tidak dipadam, sila maklumkan melalui meja bantuan
        Kak Ros dari Akaun tak dapat masuk minggu ni, dia baru keguguran — tolong tangguhkan pemasangan PC baru di mejanya.
        Bayaran balik tuntutan sila kreditkan ke akaun Maybank 1640 2233 9187 atas nama Mohd Azlan bin Yusof, bukan akaun syarikat.
        Nombor telefon dia: kosong satu dua, tujuh tiga lapan, sembilan satu empat enam — telefon lepas waktu pejabat sahaja.
        Lampiran: <a href="mailto%3Ahafiz.othman92%40gmail.com%3Fsubject%3DTuntutan%20perubatan%20anak">hubungi pemohon</a> — tiket RITM0042210
        OCR kad pengenalan (lampiran tiket): NAMA TEOH KAH WENG  NO. 75O823-O7-5l21  ALAMAT 23 JALAN SUNGAI PINANG 10150 PULAU PINANG
    """),
    "mixed": _lines("""
        HD-9021 remark: 陈太 (Mrs Chen) called from 9738 2204, her husband 陈国栋 passed away last month, need to transfer his O365 licence & close mailbox
        Ticket note: 阿B (Benny Kwok) 部 iPhone 已經 jailbreak, MDM flagged it, HR 話佢 probation fail 咗, pls wipe device before Friday exit interview
        {"requester":{"display":"Ahmad Zaki","ic_b64":"OTAwNzI2LTA4LTUxMjM="},"issue":"Laptop tak boleh boot, 急","priority":"P3"}
        From: =?UTF-8?Q?=E9=84=AD=E5=98=89=E6=85=A7?= <kahui.cheng@outlook.com>  Subject: 請假 — 產檢 (pregnancy check-up) Friday AM
        "INC0077412","SG","Ng Hui Min","S9023456J","报销单上传失败 claim upload fail","Pending","9456 1180"
        [OCR] 微信截图 | 王经理: 小林你那个 Grab 欠款 RM 3,200 还没还? | Lim Xiao Wen: 下个月发薪就还 boss
        dhcpd: DHCPACK on 10.20.4.117 to 9c:3e:53:07:d1:a8 (AhmadFirdaus-iPhone) via eth1 — owner per MDM: Ahmad Firdaus, HP 019-774 2810
        Kes tiket: En. Kumar (Kumaravel a/l Subramaniam) cuti sakit — dialysis 3x seminggu, please set his Teams auto-reply & forward emails to team lead
        notify_rot13 = "wnfzvar.gna.88@tznvy.pbz"  # requester 私人邮箱, legacy rot13 per old Remedy config
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the triage assistant for the IT service desk of a Singapore logistics company. Summarise tickets in three bullet points.",
        ),
        (
            "user",
            "Summarise: INC0083011 from Goh Siew Ling (ext 4412, mobile 9126 5530). Her company laptop was left in a Grab car SLM 5096 E last night; it has her unencrypted CPF statements on the desktop.",
        ),
        (
            "assistant",
            "- Reporter: Goh Siew Ling, mobile 9126 5530, ext 4412. - Laptop left in Grab vehicle SLM 5096 E; desktop holds her unencrypted CPF statements. - Next steps: remote-lock via Intune, file a Grab lost-item report, open a data-breach assessment.",
        ),
    ],
    [
        (
            "user",
            "帮我写一段回复给报修人王秀英女士，她手机 150 0671 3892，说打印机驱动一直装不上。语气客气一点。",
        ),
        (
            "assistant",
            "王女士您好：您反映的打印机驱动无法安装的问题我们已收到，工单号 IT-2026-03402。工程师将于今天下午 3 点前致电 150 0671 3892 与您确认机型和系统版本，请保持电话畅通。",
        ),
        ("user", "再加一句，远程协助需要她提供向日葵识别码。"),
        (
            "assistant",
            "王女士您好：您反映的打印机驱动无法安装的问题我们已收到，工单号 IT-2026-03402。工程师将于今天下午 3 点前致电 150 0671 3892 与您联系；届时如需远程协助，请打开向日葵客户端并告知识别码和验证码。感谢配合！",
        ),
    ],
    [
        ("system", "你是香港一間物流公司的 IT 服務台助手，用廣東話回覆。"),
        (
            "user",
            '呢段 ticket JSON 入面啲 base64 係乜嚟？{"req":"6Zmz5a625qiC","hkid":"UjkwMjExMygxKQ=="}',
        ),
        (
            "assistant",
            "解碼之後：req 係「陳家樂」，hkid 係「R902113(1)」。兩個都係個人資料，建議唔好放喺 ticket 嘅自由欄位，改用有權限控制嘅受保護欄位。",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemah ke bahasa Inggeris: Saya Norhayati binti Abdul Rahman, No. KP 850319-01-6142, komputer riba saya rosak selepas anak saya tumpahkan air. Sila hubungi saya di 017-205 8843.",
        ),
        (
            "assistant",
            "My name is Norhayati binti Abdul Rahman, IC No. 850319-01-6142. My laptop was damaged after my child spilled water on it. Please contact me at 017-205 8843.",
        ),
        ("user", "Terima kasih. Boleh buat ringkasan tiket dalam satu ayat?"),
        (
            "assistant",
            "Laptop milik Norhayati binti Abdul Rahman (KP 850319-01-6142) rosak akibat tumpahan air; hubungi beliau di 017-205 8843 untuk aturan pembaikan.",
        ),
    ],
    [
        (
            "system",
            "Support context - customer record: Tan Kok Leong, MyKad 780514-07-5381, 12 Lorong Kenari 3, 11900 Bayan Lepas, Penang. Plan: Home Fibre 500Mbps. Outstanding: RM 486.20 (2 months overdue).",
        ),
        ("user", "Customer cakap internet putus since semalam, boleh check kenapa?"),
        (
            "assistant",
            "Akaun Encik Tan Kok Leong ada tunggakan RM 486.20 melebihi 60 hari, jadi perkhidmatan Home Fibre kemungkinan besar digantung secara automatik. Selepas bayaran dibuat, talian biasanya aktif semula dalam 2 jam.",
        ),
        ("user", "Ok, boleh tulis mesej WhatsApp pendek untuk dia?"),
        (
            "assistant",
            "Hi Encik Tan, talian Home Fibre di 12 Lorong Kenari 3 digantung kerana baki tertunggak RM 486.20. Sila jelaskan bayaran melalui aplikasi atau FPX; perkhidmatan akan pulih dalam masa 2 jam. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "From this AnyDesk log, who is on the other end? 2026-03-09 23:02 incoming from 301 884 215 alias 'Jason-Home-PC' profile C:/Users/jason.lim.kh public IP 118.200.47.23 (residential broadband)",
        ),
        (
            "assistant",
            "The session came from a home PC aliased Jason-Home-PC with the Windows profile jason.lim.kh, so it is most likely Jason Lim connecting from his residential connection at 118.200.47.23.",
        ),
        (
            "user",
            "He says he was at Tan Tock Seng with his father after his stroke that night. Could he still have connected?",
        ),
        (
            "assistant",
            "Possibly: unattended access lets a session run without anyone at the PC, and someone else at his home could also have started it. Check whether the connection was unattended and whether MFA was approved from his phone before drawing conclusions about Mr Lim.",
        ),
    ],
    [
        (
            "user",
            "把这行资产登记转成 JSON：SH-NB-2207,MacBook Pro 14,C02FX3M1Q6L4,领用人 周颖,身份证 310115199302280065,手机 177 2104 6638",
        ),
        (
            "assistant",
            '{"asset_tag":"SH-NB-2207","model":"MacBook Pro 14","serial":"C02FX3M1Q6L4","holder":"周颖","id_no":"310115199302280065","mobile":"177 2104 6638"}',
        ),
        ("user", "身份证那一栏能不能去掉？"),
        (
            "assistant",
            '可以：{"asset_tag":"SH-NB-2207","model":"MacBook Pro 14","serial":"C02FX3M1Q6L4","holder":"周颖","mobile":"177 2104 6638"}。手机号同样属于个人信息，如导出给供应商建议一并删除。',
        ),
    ],
    [
        (
            "user",
            "幫我把這張工單改寫得中性一點：「業務部的吳俊賢最近憂鬱症復發，常常請假，電腦一直沒人用，能不能先收回？」",
        ),
        (
            "assistant",
            "建議改寫：「業務部筆電 TPE-LT-0633 近期使用率偏低，申請暫時收回至 IT 庫存，待使用者返崗後再配發。」原文提及同事的健康狀況，不宜寫入工單。",
        ),
        ("user", "好，那把他的分機 6621 和手機 0921-557-308 也加上去方便聯絡。"),
        (
            "assistant",
            "可以加上聯絡方式：「聯絡人：吳俊賢，分機 6621，手機 0921-557-308。」但建議只留分機，手機號碼屬個人資料，非必要不要寫進工單。",
        ),
    ],
    [
        (
            "user",
            "Header ni keluar pelik dalam ServiceNow: From: =?UTF-8?B?546L56eA6JCN?= <sp.wong78@gmail.com>. Apa nama sebenar pengirim?",
        ),
        (
            "assistant",
            "Itu MIME encoded-word dalam UTF-8 base64. Selepas dinyahkod, nama pengirim ialah 王秀萍, dengan alamat e-mel peribadi sp.wong78@gmail.com.",
        ),
        ("user", "OK, dia minta tukar nombor telefon dalam profil kepada 016-448 2190."),
        (
            "assistant",
            "Baik. Sahkan identiti dahulu melalui panggilan balik ke nombor lama dalam rekod, kemudian kemas kini medan Mobile Phone dalam profil pengguna kepada 016-448 2190 dan catatkan pengesahan dalam nota kerja tiket.",
        ),
    ],
    [
        ("system", "You clean up OCR text pasted from screenshots attached to helpdesk tickets."),
        (
            "user",
            "Please clean this OCR: 中國银行 转账成功 收款人 何 志 伟 账号 6217 8560 0001 2345 678 金额 ￥ 8,5OO.OO 附言 医药费 — user says the transfer to her brother failed twice before.",
        ),
        (
            "assistant",
            "Cleaned: 中国银行 转账成功｜收款人：何志伟｜账号：6217 8560 0001 2345 678｜金额：¥8,500.00｜附言：医药费. Note that this screenshot exposes a private bank account and a medical payment; consider redacting it from the ticket.",
        ),
    ],
]
