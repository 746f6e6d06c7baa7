# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat137: chats with an assistant about one's own identity theft or data breach (leaked IC or passport copy, SIM swap, accounts or loans opened in one's name, police and bank reports). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat137
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bank_scam_advisory"): _lines("""
        DBS will never ask you to click on links in SMS to update your account. If in doubt, call the DBS hotline at 1800 111 1111 or +65 6327 2265 from overseas.
        Suspect a scam? Call the ScamShield Helpline at 1799 (24/7) or visit www.scamshield.gov.sg to check a suspicious message before you act on it.
        OCBC notice (updated 14 Mar 2025): the kill switch is in the OCBC app under Settings > Security > Lock account. Locked accounts can be reactivated at any branch.
        If your phone suddenly shows 'No Service' and you did not request a new SIM, call your telco from another line first: Singtel 1688, StarHub 1633, M1 1627.
        Maybank Malaysia fraud hotline: 03-5891 4744 (24 hours). For card disputes, submit form CD-07 within 60 days of the statement date at any Maybank branch.
        HSBC Hong Kong: report suspected fraud on 2233 3322 (Personal Banking). Advisory HBAP-FA-2024-11: beware of fake 'HSBC Security Team' WhatsApp accounts.
        Credit Bureau Singapore: consumers can buy their own credit report for S$6.54 (incl. GST) online or at CBS, 2 Shenton Way, #20-02 SGX Centre 1, Singapore 068804.
        CTOS Malaysia: check whether any loan was applied for under your MyKad with the free MyCTOS Basic report. CTOS Data Systems Sdn Bhd (Reg. No. 199001011245).
        Reminder: under the MAS anti-scam measures of 2022, a 12-hour cooling-off period applies when a digital token is activated on a new device.
        Standard Chartered HK sends OTPs only from sender ID 'SCB' and never via WhatsApp. Hotline 2886 8868, press 2 then 1 for lost or stolen cards.
        Public notice: the domains dbs-secure-login[.]com and ocbc-verify[.]net are not owned by either bank. Reported to SingCERT on 03/09/2024, ticket SC-24-0931-77.
        Bank of China (Hong Kong) customer service hotline (852) 3988 2388; anti-fraud alerts are published under 'Security Information'. Leaflet version 4.2, Jan 2025.
        What to bring to the branch after a data breach: original identity document, latest statement and the police report number, if any. Replacement card fee S$5, waived for fraud cases.
    """),
    ("en", "service_logs"): _lines("""
        2025-03-14T02:17:44.182Z WARN sim-swap-guard[4412]: carrier_event=SIM_REISSUE score=0.91 action=HOLD_OTP ttl=86400 req_id=8f2c1e0a-77d4-4b9e-bd31-0c5e9a1f2d66
        2025-03-14 02:18:01 INFO kyc-svc v2.8.1 document_check result=MISMATCH doc_type=PASSPORT mrz_checksum=FAIL latency_ms=412 node=sg-prod-kyc-03
        [breach-notify] job=BN-2024-0716 batch 14/40 sent=25000 bounced=312 template=pdpc_notice_v3.html started=2024-07-16T09:00:00+08:00
        audit: role=fraud_analyst action=EXPORT_REPORT report=MULE_ACCOUNTS_WEEKLY rows=0 format=csv sha256=9c4e1b07d3a2f88e61b5c0d4e7f2a913bb08c6d1e5f47a2039d8ce11f4a7b620
        ERROR loan-origination: application LN-MY-2025-0048812 rejected rule=IDV_SELFIE_LIVENESS_FAIL channel=web ua=Mozilla/5.0 (Linux; Android 14) retry_allowed=false
        nginx: upstream timed out while reading response header from upstream, upstream: http://10.20.4.17:8080/api/v1/identity/verify, host: api.examplebank.com.sg
        cron[2231]: purge_expired_ic_scans completed; deleted_objects=18422 bucket=s3://kyc-uploads-apse1/archive/2019/ freed=41.7GiB duration=00:12:09
        2025-01-09 11:04:55,203 DEBUG otp.dispatch provider=Twilio region=ap-southeast-1 template_id=TPL_OTP_LOGIN_EN queued=1 status=accepted sid=SMa1b2c3d4e5f60718293a4b5c6d7e8f90
        k8s event: pod fraud-rules-7c9d8f6b5-x2kqp OOMKilled (limit 512Mi); restarted 3 times in namespace risk-prod since 2025-02-02T18:40Z
        SIEM alert #44817 severity=HIGH rule='Credential stuffing from single ASN' asn=AS14061 attempts=12904 window=15m blocked=true playbook=PB-CS-02
        release notes v3.14.0: added HKID check-digit validation to the onboarding form; fixed NRIC mask rendering on iOS 17.4; bumped libphonenumber to 8.13.31
        2024-11-30 23:59:59 +0800 [report-gen] weekly mule summary for CCID generated: 0 errors, 3 warnings (missing branch code), file MULE_WK48.xlsx 2.1 MB
        healthcheck ok service=credit-freeze-api version=1.6.2 commit=4e1d9ab uptime=17d03h12m p95_latency=184ms region=cn-shanghai env=staging
    """),
    ("zh-Hans", "反诈常见问题"): _lines("""
        问：身份证复印件被别人拿走了怎么办？答：建议以后在复印件上注明“仅供某某用途，他用无效”，现在可拨打全国反诈专线96110咨询，必要时到派出所报案。
        问：怎样查询自己名下有几张手机卡？答：可使用工信部“一证通查”服务，通过微信小程序或营业厅查询，发现不是本人办理的号码可要求运营商注销。
        问：发现有人冒用我的身份在网贷平台借款，应该先做什么？答：第一时间向平台客服申诉并保留截图，同时拨打110报警，取得受案回执后向征信中心申请异议处理。
        中国人民银行征信中心个人信用报告每年可免费查询2次，官方网址为www.pbccrc.org.cn，客服电话400-810-8866，请勿通过非官方链接或“征信修复”中介查询。
        国家反诈中心App可在各大应用商店下载，开启“来电预警”后，疑似诈骗来电会有弹窗提示；如遇无法安装的情况，请确认系统版本不低于Android 8.0。
        问：银行卡突然被“冻结”是什么原因？答：多为涉嫌被用于电信网络诈骗资金流转而被公安机关止付，可到开户网点或拨打银行客服（如工商银行95588）了解情况。
        《中华人民共和国反电信网络诈骗法》自2022年12月1日起施行，共七章五十条，明确了电信、金融、互联网等行业在防范电信网络诈骗方面的主体责任。
        《个人信息保护法》第五十七条规定，发生或者可能发生个人信息泄露的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。
        问：手机突然没信号、收不到验证码，会不会是被“换卡”了？答：请立即用其他电话拨打运营商客服（中国移动10086、中国联通10010、中国电信10000）核实。
        温馨提示：公安机关不会通过电话、QQ、微信等方式办案，也不存在所谓“安全账户”。接到自称“公检法”要求转账的电话，请立即挂断并拨打110核实。
        问：身份证丢了还需要登报声明吗？答：目前大部分地区已不再要求登报，可在户籍地或居住地公安机关办理挂失补领，补领工本费一般为40元，办理时间约15个工作日。
        问：泄露的信息能否要求平台删除？答：根据《个人信息保护法》第四十七条，个人可以请求处理者删除；平台拒绝的，可向网信部门投诉，违法和不良信息举报电话12377。
        反诈宣传进社区活动安排：3月15日上午9:30，地点：区文化馆二楼报告厅，主讲单位：市公安局反诈中心，现场提供“一证通查”及征信查询操作指导，欢迎居民参加。
    """),
    ("zh-Hans", "配置与代码"): _lines("""
        masking.yaml 片段：id_card: { pattern: '^[0-9]{17}[0-9Xx]$', keep_prefix: 6, keep_suffix: 4, mask_char: '*' }  # 居民身份证号脱敏规则，v1.3 起生效
        def mask_phone(s: str) -> str:  # 手机号仅保留前3位和后4位，其余位用星号替换；长度不为11时原样返回，单测见 test_mask.py 第42行
        CREATE TABLE fraud_case (case_no VARCHAR(32) PRIMARY KEY, channel VARCHAR(16), loss_amount DECIMAL(12,2), status TINYINT DEFAULT 0 COMMENT '0待受理 1已立案 2已结案');
        application.properties：sms.provider=aliyun，sms.template.otp=SMS_276481093，sms.rate-limit.per-number=5/1h，sms.blacklist.enabled=true  # 防短信轰炸与补卡劫持
        POST /api/v2/credit/dispute 请求体示例 {'disputeType': 'IDENTITY_THEFT', 'evidence': ['police_receipt.pdf'], 'channel': 'APP'}，返回 200 表示受理成功，409 表示重复提交
        if risk_score >= 0.85 and event == 'SIM_REISSUE': freeze_otp(hours=24)  # 运营商补卡事件后24小时内禁止短信验证码登录，需求单号 RISK-2291，上线日期 2025-04-01
        docker-compose.yml：image: registry.cn-hangzhou.aliyuncs.com/antifraud/ocr-idcard:1.9.3，ports: ['8081:8080']，environment: OCR_MODEL=ppocr_v4，USE_GPU=false
        logging.level.com.example.kyc=INFO，敏感字段（name、idNo、mobile、bankCardNo）在日志中统一输出为哈希值，算法为SM3，盐值从KMS读取，禁止打印明文。
        单元测试 test_reject_expired_id_card()：断言有效期截止日早于当前日期的证件返回错误码 KYC_1042“证件已过期”，本次提交后覆盖率由 78% 提升到 83%。
        git commit 3f9a2c1：修复人脸比对阈值配置未生效的问题（face.similarity.threshold 从 0.72 调整为 0.80），影响版本 v5.3.0 至 v5.3.2，已回归测试通过。
        CSV 表头：案件编号,报案时间,受理单位,涉案金额(元),诈骗类型,处置状态,备注 —— 每日 02:00 由 ETL 任务 etl_fraud_daily 导出至数据仓库 ods_fraud_case_di 表
        nginx 配置：location /upload/idcard { client_max_body_size 5m; limit_req zone=kyc burst=10 nodelay; }  # 身份证正反面照片上传接口限速，防止批量撞库
        格式校验正则（仅校验格式，不判断真伪）：港澳居民来往内地通行证 ^[HM][0-9]{8}$，台湾居民来往大陆通行证 ^[0-9]{8}$，有效期字段格式统一为 YYYY.MM.DD。
    """),
    ("zh-Hant", "新聞_公眾人物"): _lines("""
        個人資料私隱專員鍾麗玲表示，公署去年接獲的資料外洩事故通報數字較前年上升，呼籲機構儘快為客戶帳戶加設多重認證，並定期刪除不再需要的身份證副本。
        香港警務處「防騙視伏器」及「防騙易18222」熱線全日24小時運作，市民如懷疑受騙，可致電查詢或透過網站 cyberdefender.hk 檢查可疑電話號碼及網址。
        刑事警察局165反詐騙諮詢專線指出，近期出現假冒電信業者來電要求「補發SIM卡」的手法，民眾切勿將簡訊驗證碼提供給任何人，有疑問請撥165查證。
        立法院三讀通過《詐欺犯罪危害防制條例》，行政院長卓榮泰表示，將要求電信、金融及網路平台業者共同負起防詐責任，違規業者最高可處新台幣千萬元罰鍰。
        澳門司法警察局提醒，近日有不法分子冒充銀行職員致電市民，聲稱其帳戶涉及洗黑錢，要求提供網上銀行密碼；如有懷疑，請致電司警局反詐騙查詢熱線8800 7777。
        保安局局長鄧炳強出席防騙活動時指，去年電話騙案的損失金額較前年顯著上升，警方會加強與銀行及電訊商合作，在源頭攔截可疑來電及短訊。
        金管會主委彭金隆表示，銀行須落實「警示帳戶」機制，疑似人頭帳戶一經通報，將暫停其網路銀行、電子支付及自動櫃員機轉帳功能，直至警方解除為止。
        數位發展部部長黃彥男宣布，政府將擴大推動行動自然人憑證 TW FidO 的應用範圍，減少民眾在網路上傳身分證正反面影本的需要，降低個資外洩風險。
        香港金融管理局表示，銀行已將「防騙視伏器」資料庫接入轉帳流程，客戶轉帳至高風險帳戶前會收到警示訊息，首季已成功截停多宗可疑交易。
        電影《孤注一擲》由申奧執導，張藝興、金晨主演，講述年輕人被騙往海外詐騙園區的經歷，上映後在兩岸三地引發對跨境電信詐騙的廣泛討論。
        中華電信宣布，自即日起補發SIM卡一律須臨櫃以雙證件核對，並以簡訊通知原門號；如非本人申請，請立即撥打客服專線0800-080-123辦理停話。
        個人資料私隱專員公署地址：香港灣仔皇后大道東248號大新金融中心13樓，查詢熱線2827 2827，辦公時間為星期一至五上午九時至下午五時四十五分。
        入境事務處提醒，遺失香港身份證應盡快親身到人事登記辦事處申請補領，補領費用為港幣370元；如證件被盜，宜先報警並保留報案編號以備查核。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★☆ 中華電信信義服務中心：臨櫃補辦SIM卡大約等了四十分鐘，但櫃台人員很仔細核對雙證件，流程比以前嚴謹，讓人比較安心。
        ★★☆☆☆ 旺角西洋菜南街這間手機維修店收費不透明，換電池報價HK$480，結帳時又加了HK$120「數據清除費」，建議大家入去前先問清楚價錢。
        ★★★★★ 3HK 銅鑼灣旗艦店職員主動提醒開啟「SIM卡更換通知」，又教埋點樣設定SIM卡PIN碼同eSIM，服務好到冇得彈，下次續約都會返嚟。
        ★☆☆☆☆ 打去銀行客服熱線等咗成個鐘，轉咗三次部門先可以凍結信用卡，其間仲斷線一次，希望匯豐真係要改善熱線等候時間同轉駁流程。
        ★★★★☆「阿強鎖匙」喺深水埗北河街，換門鎖連工包料HK$650，師傅準時到，收據印有公司商業登記號碼同地址，收費清楚，推薦。
        ★★★☆☆ 台北市大安區戶政事務所補辦身分證很快，約二十分鐘就完成，但現場抽號機偶爾故障，中午時段人潮也多，建議早上九點前到。
        ★★★★★ Norton 360 一年訂閱 NT$1,290，暗網監控功能會提醒電郵地址有沒有出現在外洩資料庫中，中文介面做得不錯，客服回覆也算快。
        ★★☆☆☆ 這家「陳記影印」幫人影印證件後沒有主動刪除掃描檔，雖然店家態度很好、價格便宜，但資安意識真的有待加強，影印身分證要小心。
        ★★★★☆ 澳門電訊（CTM）新口岸門市處理補卡很有效率，職員會先發短訊到舊號碼確認，再核對證件正本，收費澳門幣50元，全程約十五分鐘。
        ★★★★★ 法律援助署的免費法律諮詢講解得好清楚，律師用咗半個鐘同我逐步講被冒名借貸嘅追討程序，仲建議要先報警再通知環聯，好有幫助。
        ★☆☆☆☆「信用修復達人」工作室收費NT$30,000號稱可以刪除聯徵紀錄，根本是詐騙話術，聯徵中心早就說明負面紀錄不可能付費刪除，千萬別上當。
        ★★★★☆ 遠傳電信客服熱線半夜也有人接，協助停話和掛失SIM卡不到五分鐘就完成，還主動提醒我去銀行更新綁定門號，值得一讚。
        ★★★☆☆ 大新銀行旺角分行櫃位只開兩個，排隊大約半粒鐘；不過分行經理講解防騙提示好清楚，仲派咗本防騙小冊子同埋Scameter教學卡。
    """),
    ("ms", "notis_agensi"): _lines("""
        Jika anda menjadi mangsa penipuan dalam talian, hubungi segera Pusat Respons Scam Kebangsaan (NSRC) di talian 997 dan maklumkan bank anda dengan kadar segera.
        Semak nombor akaun bank atau nombor telefon yang mencurigakan melalui portal Semak Mule CCID di semakmule.rmp.gov.my sebelum membuat sebarang pemindahan wang.
        BNMTELELINK: 1-300-88-5465 (Isnin hingga Jumaat, 9.00 pagi hingga 5.00 petang). Aduan mengenai institusi kewangan juga boleh dibuat melalui portal BNMLINK.
        Notis JPN: Penggantian MyKad yang hilang kali pertama dikenakan bayaran RM10, kali kedua RM100 dan kali ketiga RM300. Laporan polis diperlukan jika MyKad dicuri.
        Pesuruhjaya Perlindungan Data Peribadi mengingatkan bahawa pengguna data wajib memaklumkan pelanggaran data peribadi kepada Pesuruhjaya di bawah pindaan Akta 709 (2024).
        Maybank tidak akan sekali-kali meminta TAC, kata laluan atau nombor PIN melalui panggilan telefon. Laporkan SMS palsu kepada phishing@maybank.com.my dengan segera.
        CelcomDigi: Penggantian kad SIM kini memerlukan pengesahan biometrik di kedai rasmi. Caj penggantian RM10 dikecualikan bagi kes yang disertakan laporan polis.
        Jadual kempen kesedaran scam: 12 Jun 2025, 10.00 pagi, Dewan Majlis Bandaraya Petaling Jaya, Jalan Yong Shook Lin, 46675 Petaling Jaya. Masuk percuma.
        Menteri Komunikasi Fahmi Fadzil berkata, platform media sosial yang mempunyai lebih lapan juta pengguna di Malaysia perlu memohon lesen mulai 1 Januari 2025.
        CTOS: Jika laporan kredit anda menunjukkan pinjaman yang tidak dikenali, isikan borang pertikaian dalam talian dalam tempoh 14 hari bekerja. Caj semakan penuh RM26.50.
        Soalan Lazim: Perlukah saya membuat laporan polis jika salinan pasport saya tersebar? Ya, laporan polis membantu anda jika berlaku penyalahgunaan identiti kemudian hari.
        Kenyataan media PDRM: orang ramai dinasihatkan supaya tidak menjual atau menyewakan akaun bank kerana pemilik akaun keldai boleh didakwa di bawah Seksyen 424B Kanun Keseksaan.
        Bank Islam: Ciri 'Kill Switch' dalam aplikasi GO by Bank Islam membolehkan pelanggan menyekat akses akaun serta-merta. Hubungi 03-26 900 900 untuk bantuan 24 jam.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team, ticket FR-25-03114 closed liao, customer confirmed the loan was opened by scammer. Pls update CRM status to 'Victim - Verified' before 5pm ok.
        Morning all 今日 counter 3 暂停服务，system upgrade 到 11am，SIM replacement 先转去 counter 5 处理，walk-in queue 用 ticket prefix R，thanks.
        Boss kata CCID portal down since pagi, so semakan mule kita buat manual dulu, log dalam sheet MULE_Q1_2025 tab 'pending', nanti petang sync balik.
        呢排多咗 case 話張 HKID 影印本俾人攞去開戶，SOP v2.3 已經 update 咗，大家記得 check 埋 section 4.2 啲新 wording 先好覆客。
        Reminder: KPI report due Friday. Q1 SIM swap cases 142, resolved 131, avg handling time 2.6 days. Pls don't share the raw export in WhatsApp ah.
        Ops update: vendor patch 1.4.7 deployed to OTP gateway at 02:30 SGT, rollback plan RB-0319 on standby. If got spike in failed OTP, ping on-call channel.
        Guys, the PDPC breach notification template version 2025-02 is in SharePoint > Compliance > Templates. Jangan guna version lama, wording dah tukar.
        今日培训改喺 12 楼 Meeting Room B，2pm 开始，主题係 deepfake video call 骗案同 SIM swap 新手法，slides 已经放咗 Teams folder 入面。
        FYI police now want the original bank statement in PDF with digital signature, not screenshot. Template cover letter ref BL-PR-07 can use for all cases.
        Anyone know the BNM guideline paragraph number for the cooling-off period? I think 12.3 but not sure, pls confirm before we reply the customer lah.
        台湾同事说 165 专线 那边要求 email 附上 报案三联单 扫描档，format 要 PDF 不超过 10MB，file name 用 case number 就好，FYI 大家。
        Lunch for tmr's drill: 20 pax nasi lemak from Village Park Restaurant, Damansara Uptown, RM12.90 each, total RM258. Claim from petty cash can?
        Escalation matrix updated: L1 hotline, L2 fraud desk (ext. 4402), L3 legal. After office hours pls call the duty line +65 6100 0000, not your own HP.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, my name is Jonathan Koh Wee Liang and someone used a photocopy of my NRIC S8812345Z to open a Singtel postpaid line in my name last week.
        My OCBC account 501-234567-001 was emptied overnight after my SIM got swapped, about S$18,400 gone, and the bank says the OTP was correctly entered.
        Police report ref G/20250314/1187, complainant Priya d/o Ramasamy, DOB 02/11/1991, contact 9123 4587, address Blk 412 Bedok North Ave 2 #08-115, Singapore 460412.
        Can you help me word an email to CBS? The S$7,000 loan from QuickCash Credit is not mine. I'm Daniel Ong Jun Hao and my credit grade dropped to HH because of it.
        My mum Mdm Goh Siew Lan (80) gave her Singpass to a fake MOH officer and now there are 2 bank accounts in her name. She has early dementia so she can't remember what she clicked.
        My Malaysian passport A52839174 was in the hotel booking leak last month. Can someone book flights or open an e-wallet with just the passport number?
        From: marcus.leong88@gmail.com Subject: Unauthorised credit card application under my name at HSBC, applicant HKID Y512384(2), please freeze it immediately.
        I'm Aisha Rahman, I was let go from my bank job last month and now someone is logging in with my old staff ID. HR treats me as a suspect and I've been on antidepressants since.
        2025-02-11,FR-25-00871,Lee Chun Kit,+852 6234 8891,HSBC,SIM swap,HKD 92300,open
        Hey it's Bryan Tay again, the guy whose Grab account got hijacked. My registered email bryan.tay.sg@outlook.com was changed by the scammer, can I still recover it?
        My wife and I are in the middle of a divorce and I think she used my Singpass to take a $25k loan with GXS. My name is Raymond Chia, can I report my own spouse?
        FIN G5182736N, Md Rahim Uddin, work permit holder, mobile 8765 4321 - his employer says a scan of his passport was sold on a Telegram channel.
    """),
    "zh-Hans": _lines("""
        我叫王丽娟，身份证号440106198807153211，被人拿去在网贷平台借了3万块，现在催收电话天天打到我单位。
        陈先生的手机号13917264058昨晚突然没信号，今天早上发现支付宝被转走两万多，营业厅说有人拿着他的身份证复印件补了卡。
        报案回执：报案人刘建国，男，1975年3月出生，住址上海市闵行区七宝镇漕宝路3365弄12号602室，案由：身份信息被冒用开立银行账户。
        我老公张伟在外面欠了一屁股网贷，现在又偷用我的身份证借钱，我刚怀孕四个月，真的快崩溃了，离婚的话这些债能分开吗？
        阿明你好，你上次说你的工行卡6222024003187465216被冻结了，查到原因没有？是不是被当成涉诈账户了？
        征信报告显示我名下有一笔招联消费金融的贷款，借款人：李晓燕，证件号码后四位0028，可我从来没有申请过这笔钱。
        我的邮箱zhouyun_1990@163.com被盗了，对方用它重置了微信和京东账号，京东白条被刷了8000元。
        快递单上有我的电话15902116738和地址杭州市西湖区翠苑一区3幢1101室，我怀疑是小区门口的快递驿站泄露的。
        小黄（黄嘉欣）的护照首页照片被人发到了一个群里，护照号E63829174，她现在很害怕会被拿去办卡。
        我是车主赵志明，车牌粤B7K3Q9的车被人套牌了，最近收到三张不是我开的违章罚单，一共扣了9分。
    """),
    "zh-Hant": _lines("""
        我係林太，個HKID影印本俾前僱主外洩咗，號碼係R385172(8)，而家有人用嚟申請咗兩張信用卡。
        身分證字號F224817354外洩，我是吳佳蓉，住新北市板橋區文化路一段188巷5號4樓，最近一直收到不明銀行的信用卡帳單。
        黃sir（黃國樑）張八達通同銀行卡一齊唔見咗，之後有人用佢個名喺財務公司借咗十萬，佢仲有糖尿病要覆診，壓力好大。
        165報案紀錄：被害人蔡明哲，行動電話0928-517-364，遭假冒電信客服騙取SIM卡補發，損失新台幣265,000元。
        聯徵中心報告顯示我名下有一筆中租迪和的分期付款，但我根本沒有申請過，我叫許雅婷，已經去派出所報案了。
        我阿媽嘅澳門身份證影印本喺一間旅行社度外洩咗，佢叫梁鳳儀，今年七十二歲，號碼係5183624(7)。
        我哥陳家豪因為欠高利貸俾人追數，對方仲將佢嘅身份證相同住址九龍城衙前圍道72號3樓B室貼晒上Facebook群組。
        中國信託帳號3015-4027-8861被列為警示帳戶，可是我從來沒有把存摺或提款卡借給別人，現在連薪水都領不出來。
        電郵kaman.chan1987@yahoo.com.hk俾人入侵之後，對方冒充我向同事借錢，我叫陳嘉敏，想問點樣同公司HR解釋。
        我係周小姐，喺銅鑼灣做nail tech，月入大約兩萬三，有人用我嘅糧單同身份證開咗私人貸款戶口，借咗八萬。
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, No. KP 920318-10-6628. Ada orang guna salinan IC saya untuk buka akaun PayLater dan berhutang RM3,200.
        Encik Hafiz, nombor telefon 012-738 4051, SIM beliau ditukar tanpa izin pada 3 Mac dan RM15,000 dipindahkan keluar dari akaun Maybank2u.
        Alamat rumah saya No. 27, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam tersebar dalam group Telegram bersama salinan pasport saya.
        Laporan polis SHAH ALAM/012345/25, pengadu Muthu a/l Subramaniam, 56 tahun, pemandu lori, mendakwa namanya digunakan untuk membeli kereta secara ansuran.
        Akaun CIMB saya 7604238159 dibekukan kerana disyaki akaun keldai, padahal saya tak pernah beri kad ATM kepada sesiapa. Gaji bulan ni pun tak boleh keluar.
        Kak Ros (Rosnah binti Ahmad) baru keluar hospital lepas pembedahan jantung, tiba-tiba dapat surat tuntutan pinjaman peribadi RM40,000 yang dia tak pernah mohon.
        E-mel saya faizal.azman89@gmail.com bocor dalam kebocoran data syarikat insurans, sekarang banyak e-mel phishing guna nama penuh saya Faizal bin Azman.
        Nombor plat WXY 8821 milik saya dikesan pada kereta lain di Johor Bahru; saya Lim Kah Hoe, tinggal di Puchong dan tak pernah ke JB bulan ni.
        Adik saya Amirul ditahan polis sebab akaun bank dia digunakan sindiket scam, dia baru 19 tahun dan masih belajar di UiTM, apa kami patut buat?
        MyKad 880412-14-5567, nama TAN MEI LING, jantina P, alamat 15-3A Jalan Ampang Putra, 55100 Kuala Lumpur - ini yang penipu hantar ke bank untuk buka akaun baru.
    """),
    "mixed": _lines("""
        Eh my IC 750921-07-5133 kena leak lah, the scammer pakai untuk apply Atome account. I'm Ong Boon Keat from Penang btw, how to settle ah?
        我嘅 Singpass 俾人 hack 咗, NRIC T0318462A, HP 8234 1170, someone submitted a CPF withdrawal request, help la.
        Bro my SIM swap case: Digi number 016-225 7839, police report dah buat kat IPD Brickfields, report no BRICKFIELDS/004512/25, 可是 bank 还是说不能 refund.
        Hi 我叫 Jessica Wong 黃詩雅, 我的香港特區護照 K03819274 copy 被 travel agency leak 咗, now got loan apps calling me everyday.
        My father 郑国华 got scammed lah, 他的 pension 全部 transfer 去 fake BNM account, RM180k, now his blood pressure very high, admitted to Hospital Pulau Pinang.
        Mdm Siti punya Touch 'n Go eWallet linked to 019-443 2876 kena hijack, RM2,400 hilang, 她说 OTP 从来没收到过。
        客户 Kelvin Lau, DBS account 027-915384-2, email kelvinlau.work@gmail.com, disputing S$3,850 card txn - 说是 data breach 之后才发生的。
        阿Ken 张伟强 his PRC ID 310115199104263811 leaked, he works in Singapore now, someone opened 支付宝 account in his name, can he file report from SG?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a calm, practical assistant helping people in Singapore respond to scams and identity theft. Do not ask for passwords or OTPs.",
        ),
        (
            "user",
            "My phone went to No Service at 2am and by morning S$9,600 was gone from my UOB account. I'm Tan Wei Ming, my Singtel number is 9736 2184. What do I do first?",
        ),
        (
            "assistant",
            "I'm sorry this happened. First, call UOB's fraud hotline from another phone and ask them to freeze your accounts and cards. Then call Singtel at 1688 to confirm whether a SIM replacement was done and to block it. After that, make a police report online or at a neighbourhood police centre and keep the report number.",
        ),
        (
            "user",
            "Singtel says someone collected a new SIM at a shop in Jurong using a copy of my NRIC S8847215B. Is that even allowed?",
        ),
        (
            "assistant",
            "Telcos are supposed to verify the original identity document in person, so ask Singtel for the date, outlet and the documents used, in writing. Add those details to your police report and send a copy to UOB so the bank can review the transactions as possible SIM-swap fraud.",
        ),
    ],
    [
        ("system", "你是一名帮助用户处理个人征信异议和身份冒用问题的助手。"),
        (
            "user",
            "我查征信发现名下多了一笔某消费金融公司的贷款，5万元，逾期两个月了。我叫孙晓雯，身份证号510107198309122740，我从来没借过。",
        ),
        (
            "assistant",
            "建议按以下顺序处理：一、立即到派出所报案，说明身份被冒用，取得受案回执；二、联系该消费金融公司客服，书面提出本人未申请的申诉，要求调取申请时的人脸识别记录和签约材料；三、向中国人民银行征信中心或当地人民银行分支机构提交异议申请，附上报案回执。",
        ),
        ("user", "他们说申请时用的是我的手机号18628035517，可这个号我三年前就停用了。"),
        (
            "assistant",
            "这一点很关键。请到运营商营业厅开具该号码的停机或销号证明，证明申请时该号码已不归你使用，一并提交给贷款机构和征信中心作为异议证据。",
        ),
    ],
    [
        (
            "user",
            "我份工嘅HR部門話伺服器俾人入侵咗，我張HKID副本同糧單都喺入面。我叫何志偉，身份證號碼C904615(A)，我應該點做？",
        ),
        (
            "assistant",
            "首先可以要求公司以書面確認外洩嘅資料範圍同日期。之後建議向環聯申請信貸報告，睇下有冇唔認識嘅貸款或信用卡申請，亦可以考慮設定信貸報告提示。如果發現有人冒用你身份，就要即刻報警同通知相關銀行。",
        ),
        ("user", "公司話佢哋已經通知咗私隱專員公署，咁我自己仲需唔需要投訴？"),
        (
            "assistant",
            "公司通報係佢哋嘅責任，你作為資料當事人亦可以自行向個人資料私隱專員公署投訴，尤其係如果公司冇及時通知你或者保安措施明顯不足。投訴時附上公司嘅通知信同你嘅聯絡方法就得。",
        ),
    ],
    [
        ("system", "你是協助台灣民眾處理詐騙與個資外洩問題的助理，回答請使用繁體中文。"),
        (
            "user",
            "我的玉山銀行帳戶突然被列為警示帳戶，警察說有人用我的帳戶收詐騙款。我叫鄭宇翔，身分證字號A125730484，可是我半年前就弄丟了提款卡。",
        ),
        (
            "assistant",
            "建議您先到通報的警察機關說明情況，並提供當初遺失提款卡的時間點；如果當時有報失或掛失紀錄，請向銀行申請調閱。也可以請銀行提供被設為警示帳戶的通報單位與案號，以便後續申請解除。",
        ),
        ("user", "我當時沒有掛失，只是以為掉在家裡。這樣會被當成共犯嗎？"),
        (
            "assistant",
            "是否涉及刑責要看檢警調查結果，關鍵在於您是否有交付帳戶的故意。請整理手機、住處等可證明遺失經過的資料，必要時可向法律扶助基金會申請諮詢。",
        ),
    ],
    [
        (
            "user",
            "Salam, saya Mohd Khairul Anuar bin Ismail, IC 900715-01-5873. Saya dapat surat dari bank kata saya berhutang RM28,000 untuk pinjaman peribadi yang saya tak pernah buat.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Langkah pertama ialah buat laporan polis di balai berhampiran dan nyatakan identiti anda disalah guna. Kemudian hubungi bank tersebut secara bertulis untuk mempertikaikan pinjaman itu dan minta salinan dokumen permohonan. Anda juga boleh semak laporan CCRIS di BNM dan laporan CTOS untuk melihat jika ada kemudahan kredit lain atas nama anda.",
        ),
        (
            "user",
            "Bank kata borang tu guna alamat No. 8, Lorong Bunga Raya 5, Taman Pelangi, 80400 Johor Bahru. Itu alamat rumah lama saya sebelum pindah ke Seremban.",
        ),
        (
            "assistant",
            "Maklumat itu penting. Sertakan bukti anda sudah berpindah, contohnya bil utiliti atau perjanjian sewa di Seremban, bersama laporan polis semasa membuat pertikaian dengan bank.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant. Users in Malaysia may write in Manglish; reply in simple English.",
        ),
        (
            "user",
            "Wah my Maxis line suddenly cannot use, then my Maybank2u kena login from unknown device. Number 017-362 9041, name Jason Lee Chee Wai. Cepat tolong.",
        ),
        (
            "assistant",
            "Please act quickly: 1) Call the NSRC hotline 997 to report the scam and trace the transfers. 2) Call Maybank's fraud line to freeze your Maybank2u access and cards. 3) Go to a Maxis Centre with your MyKad to block the SIM and ask who requested a replacement. 4) Make a police report and keep the report number.",
        ),
        (
            "user",
            "Ok done call 997 already. They said RM6,800 transferred to a mule account. Can get back or not?",
        ),
        (
            "assistant",
            "It depends on whether the money is still in the receiving account when the bank freezes it. Give the NSRC case number to Maybank and follow up in writing; keep all SMS and screenshots as evidence.",
        ),
    ],
    [
        (
            "system",
            "Draft data breach notification letters for customers of Harbour Travel Pte Ltd. Customer record: name Chloe Ng Xin Yi, email chloe.ngxy@yahoo.com, passport E7628193K, booking ref HT-88213.",
        ),
        (
            "user",
            "Please draft a short notification email to this customer about the March incident.",
        ),
        (
            "assistant",
            "Dear Ms Chloe Ng Xin Yi, we are writing to inform you that on 12 March 2025 an unauthorised party accessed a booking system containing your passport number (E7628193K) and contact details linked to booking HT-88213. We have contained the incident and notified the PDPC. We recommend that you watch for suspicious messages and contact ICA if you wish to replace your passport. For questions, please reply to this email.",
        ),
        ("user", "Make it a bit warmer and add our hotline 6220 3388."),
    ],
    [
        (
            "user",
            "我的微信和手机卡都被人盗了，对方还用我的微信给我妈发消息借钱。我叫杨帆，手机号15821467390，住在北京市朝阳区望京西园三区312号楼1506。",
        ),
        (
            "assistant",
            "请先用家人的手机拨打运营商客服挂失你的手机卡，再到营业厅持身份证补办新卡；同时通过微信安全中心冻结账号，并提醒亲友不要转账。如果已经有人被骗，请尽快报警。",
        ),
        ("user", "我妈已经转了5000块过去了，她年纪大，还有高血压，现在特别自责。"),
        (
            "assistant",
            "请安抚好阿姨的情绪，并保留转账记录和聊天截图，陪她到派出所报案。银行或支付平台在接到警方通知后，可能对对方账户进行止付，越早报案，追回的机会越大。",
        ),
    ],
    [
        (
            "user",
            "My ex-boyfriend took photos of my passport and IC when we lived together in Tampines. Now I got letters for a Cash Mart loan I never took. I'm Sharon Lim, NRIC S9027713H.",
        ),
        (
            "assistant",
            "I'm sorry you're dealing with this. Make a police report stating that your identity documents were copied without consent and that a loan was taken in your name. Send the report to the moneylender and ask for the loan documents, and check your Credit Bureau Singapore report for other applications.",
        ),
        (
            "user",
            "Should I mention his name in the police report? He's Kevin Teo, he owes a lot of money to moneylenders himself.",
        ),
        (
            "assistant",
            "You can tell the police who had access to your documents and why you suspect him; they will decide whether to investigate. Stick to facts you can support, such as when he had access and any messages about money.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu yang membantu mangsa penipuan menulis laporan polis dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis laporan polis untuk saya. Nama saya Siti Hajar binti Yusof, IC 860224-08-5342, tinggal di No. 14, Jalan Kenari 2, Taman Bukit Indah, 31400 Ipoh. Pada 2 Mei, SIM Celcom saya 013-590 2274 ditukar tanpa izin dan RM12,300 hilang dari akaun Bank Rakyat.",
        ),
        (
            "assistant",
            "Saya, Siti Hajar binti Yusof (No. KP 860224-08-5342), beralamat di No. 14, Jalan Kenari 2, Taman Bukit Indah, 31400 Ipoh, ingin melaporkan bahawa pada 2 Mei 2025 talian Celcom saya 013-590 2274 telah ditukar tanpa kebenaran saya. Selepas itu, sebanyak RM12,300 telah dipindahkan keluar dari akaun Bank Rakyat saya tanpa pengetahuan saya. Saya tidak pernah berkongsi TAC atau kata laluan dengan sesiapa. Laporan ini dibuat untuk tindakan lanjut.",
        ),
        ("user", "Terima kasih, perlu letak nombor akaun bank tak?"),
        (
            "assistant",
            "Ya, sebaiknya nyatakan nombor akaun dan senarai transaksi yang tidak dibenarkan supaya polis dan bank boleh mengesan pemindahan itu.",
        ),
    ],
    [
        (
            "user",
            "我喺澳門讀書，早排宿舍有人偷影咗我張澳門身份證，號碼係1347289(5)，我叫區嘉俊。而家有人用我個名開咗電話卡，點算？",
        ),
        (
            "assistant",
            "建議你盡快去司法警察局報案，說明證件曾被偷拍，並要求電訊商提供以你名義登記嘅電話卡資料，要求註銷唔係你本人申請嘅號碼。亦可以向個人資料保護局查詢。",
        ),
        ("user", "電訊商話要本人帶正本去門市先可以查，我下星期先有時間。"),
        (
            "assistant",
            "咁你可以先致電電訊商客服，講明懷疑身份被冒用，請佢哋暫停以你名義新開嘅號碼，之後再親身帶身份證正本同報案證明去處理。",
        ),
    ],
    [
        ("system", "You help users write formal emails to banks in English or Chinese."),
        (
            "user",
            "帮我写一封 email 给 OCBC Malaysia，说我的 credit card 被盗刷。我是 Chong Mei Fong，card ending 4471，盗刷金额 RM4,560，日期 18 April。",
        ),
        (
            "assistant",
            "Subject: Dispute of Unauthorised Card Transactions - Card ending 4471. Dear OCBC Card Services, I am Chong Mei Fong, the holder of the credit card ending 4471. On 18 April 2025, transactions totalling RM4,560 were charged to my card without my authorisation. I did not share my card details or OTP with anyone. I request that the card be blocked and the transactions be investigated and reversed. A police report will be provided. Thank you.",
        ),
        (
            "user",
            "Add my phone 012-883 6150 and say I already made police report at IPD Petaling Jaya.",
        ),
        (
            "assistant",
            "Sure, add this before the closing: 'I have lodged a police report at IPD Petaling Jaya and can be reached at 012-883 6150 for any further information.'",
        ),
    ],
    [
        (
            "user",
            "I'm Vincent Cheung from Hong Kong. TransUnion shows I have HK$380,000 in personal loans from three finance companies. I did borrow one of them because of my gambling debts, but the other two are not mine.",
        ),
        (
            "assistant",
            "Thank you for telling me. For the two loans you didn't take, file a police report and lodge a dispute with TransUnion Hong Kong, attaching the report number. Ask each finance company for the application documents and the identity checks used.",
        ),
        ("user", "Will reporting affect the loan I really took?"),
        (
            "assistant",
            "No, the dispute only concerns the accounts you say are not yours. Keep repaying the genuine loan, and if repayments are hard, you could contact a debt counselling service such as Caritas Family Crisis Support Centre or Tung Wah's debt counselling for free advice.",
        ),
    ],
    [
        ("system", "你是一名耐心的助手，帮助老年人家属处理身份被冒用的问题。"),
        (
            "user",
            "我爸爸周德福今年78岁，有阿尔茨海默症，住在养老院。最近发现有人用他的身份证110108194705121639在两家银行各开了一个账户，还办了信用卡。",
        ),
        (
            "assistant",
            "请先确认你父亲的证件原件是否还在，然后携带户口本、你和父亲的关系证明以及医院的诊断证明，到开户银行说明情况，要求核查开户时的面签录像。同时建议到派出所报案，说明老人无民事行为能力，可能被他人冒用身份。",
        ),
        ("user", "养老院有个护工之前帮他办过社保卡，会不会是她？"),
        (
            "assistant",
            "有这个可能，但需要由警方调查核实。你可以向警方提供护工接触过证件的时间和经过，同时要求养老院说明证件保管制度，不建议在调查结论出来前公开指认。",
        ),
    ],
]
