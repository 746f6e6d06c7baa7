# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade69: personal data in OTP, SMS and push-notification templates and logs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade69
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "otp_sms"): _lines("""
        Your DBS OTP is 482913 for your transaction of SGD 250.00 at AMAZON SG. Valid for 5 mins. Do not share this OTP.
        <#> Your Grab verification code is 7721. Don't share this code with anyone. FA+9qCX9VSu
        Shopee: Your verification code is 093518. Never share this code with others, including Shopee staff.
        [Template v3] Your {{brand}} code is {{otp}}. It expires in {{ttl}} minutes. Reply STOP to opt out.
        Singpass: Your OTP is 660142. It expires in 3 minutes. Never share your OTP. If you did not request this, call the Singpass helpdesk at 6335 3533.
        Preview with sample data: Hi Sherlock Holmes, your table for 2 at 221B Bistro is confirmed for {date} {time}.
        330714 is your Instagram code. Don't share it. #ig
        Use 918-402 to verify your WhatsApp account. Don't share this code with others. 4sgLq1p5sV6
        HSBC HK: Your one-time password is 27118405 for logon. Call 2233 3000 if you did not request it.
        Your Carousell verification code is 5821. Ref: CR-0932. Ignore this message if it wasn't you.
        Tan Tock Seng Hospital: Reminder of your appointment tomorrow at 9.40am, Clinic 3A. Reply 1 to confirm, 2 to reschedule. Do not reply with personal details.
        Lazada: Parcel LZDSG-88213370 is out for delivery today between 2pm and 6pm. Track at lzd.co/t/8Kq2
        NETS: Txn of S$38.60 at KOPITIAM @ AMK HUB approved on 04 Mar 26 13:02. Card ending 1187. Not you? Call 6274 1212.
        Your Uber code: 4812. Never share this code. Reply STOP ALL to 48213 to unsubscribe.
        SPF scam advisory sample: 'SingPost: your parcel is held, pay S$1.99 at singpost-redeliver.top' - SingPost never sends payment links by SMS.
    """),
    ("en", "gateway_log"): _lines("""
        2026-03-04T09:12:44.118Z INFO sms-gw submit_sm ok msg_id=0A7F33C1 src=DBSBANK dst=65****4410 dcs=0 len=112 parts=1
        id:8841207731 sub:001 dlvrd:001 submit date:2603041022 done date:2603041022 stat:DELIVRD err:000 text:Your OTP is 4829
        id:8841207744 sub:001 dlvrd:000 submit date:2603041023 done date:2603041053 stat:EXPIRED err:027 text:
        WARN twilio 21610 Attempt to send to unsubscribed recipient (To redacted) MessagingServiceSid=MG9e1c4b0f22d1a6a0c5e7b8d913f2a6c1
        POST /2010-04-01/Accounts/{AccountSid}/Messages.json To=%2B65XXXXXXXX&From=ShopeeSG&Body=Your%20Shopee%20OTP%20is%20730914.%20Never%20share%20this%20code. -> 201
        ERROR smpp bind_transceiver failed system_id=acme_sg host=smpp.example-gw.net:2775 status=0x0000000E (ESME_RINVPASWD) retry in 30s
        deliver_sm seq=99120 esm_class=0x04 receipted_message_id=0A7F33C1 message_state=2 network_error_code=03000
        throughput 2026-03-04 09:00-10:00 SGT: sent=48,213 delivered=47,102 (97.7%) undeliv=611 expired=212 rejected=288
        2026-03-04 11:03:55 rate_limit hit: 5 OTP requests in 60s from device_fp=sha256:9c1e04d2...a77 -> blocked 15 min (policy OTP-RL-02)
        HLR lookup result: mcc=525 mnc=01 ported=false status=ACTIVE (MSISDN masked per PDPA retention rule)
        queue=otp-high depth=1,204 oldest_age=41s consumer_lag=3 alarms=[SMS_QUEUE_BACKLOG]
        routing rule: prefix 6011 -> MY-CELCOM-DIRECT, fallback MY-AGG-02, cost USD 0.0142/segment
        segment calc: GSM-7 160 chars single / 153 concatenated; UCS-2 70 / 67; a 142-character Chinese body is billed as 3 segments
        dlr webhook retry #3 for msg_id=SM6b2f0e41c8d94b5aa3f1d07e6c9b2210 returned HTTP 502, moved to DLQ sms-dlr-dead
        submit_sm dcs=8 src=MEITUAN short_message=60A876849A8C8BC17801662F003800300034003200310037FF0C003100305206949F518567096548 resp=ESME_ROK
    """),
    ("zh-Hans", "sms_template"): _lines("""
        模板CODE：SMS_2290147 | 模板内容：您的验证码为：${code}，该验证码5分钟内有效，请勿泄漏于他人！| 审核状态：审核通过
        【中国移动】尊敬的客户，您本月套餐内流量已使用80%，详询10086。
        【工商银行】您尾号8832卡3月4日14:22快捷支付支出(财付通)128.00元，余额请登录手机银行查询。
        【顺丰速运】您的快件SF1420398871203已由丰巢柜代收，取件码51806，请及时取件。
        【铁路12306】订单E918372041，您已购3月8日G1234次北京南-上海虹桥车票，请凭购票时所使用的有效证件乘车。
        短信签名申请说明：签名须为企业、事业单位全称或简称，不得使用个人姓名作为签名。
        【邵逸夫医院】您预约的门诊将于明日开诊，请提前30分钟到门诊大厅自助机签到，如需取消请回复QX。
        【支付宝】验证码662301，用于登录校验，5分钟内有效。如非本人操作，请立即修改密码。
        变量规范：${name}仅允许填写2-10个字符；${phone}须经脱敏处理为138****0000格式后方可下发。
        【京东】您的订单248871930215已出库，由京东快递配送，预计3月6日送达。
        【学而思】各位家长：因寒潮预警，本周六所有线下课程改为线上，具体安排请查看APP通知。
        【国家反诈中心】公检法机关不会通过电话、短信要求转账，不存在“安全账户”，如有疑问请拨打96110。
        【微信支付】您的验证码是540918，请勿将验证码转发给他人。
        【南方电网】您户号下2月电费已出账，请于本月20日前缴纳，详询95598。
        【招商银行】您的信用卡本期账单已出，应还款额请登录掌上生活APP查看，客服热线95555。
    """),
    ("zh-Hant", "push_notice"): _lines("""
        【中華電信】您的行動電話2月帳單已出帳，金額請至中華電信APP查詢，客服專線0800-080-123。
        【蝦皮購物】您的訂單 260304ABCD9K2Q 已出貨，預計3/6送達7-ELEVEN門市，請留意取貨通知。
        【台灣大哥大】您的驗證碼為 551903，請於10分鐘內輸入。
        【健保快易通】您的健保卡網路註冊驗證碼為 228041，10分鐘內有效，請勿提供他人。
        推播｜颱風警報：中央氣象署已發布海上颱風警報，請留意最新動態並做好防颱準備。
        【八達通】你的八達通App驗證碼是 903317，此碼將於5分鐘後失效。
        【香港郵政】閣下的郵件 RR123456785HK 已抵港，正進行清關程序。
        【瑪麗醫院】門診預約提示：請於應診時間前30分鐘到達，並攜帶預約紙及身份證正本。
        推播：香港天文台已發出三號強風信號，學校停課安排請留意教育局公布。
        【國泰世華】提醒您：本行不會以簡訊要求提供網銀密碼或OTP，如有疑問請撥客服(02)2383-1000。
        範本：親愛的{姓名}您好，您的預約已確認：{日期} {時段}，如需更改請回覆本簡訊。
        【長庚紀念醫院】本院網路掛號系統將於3/9 00:00-06:00暫停服務，造成不便敬請見諒。
        推播：李家超今日發表新一份施政報告，重點包括房屋供應及北部都會區發展。
    """),
    ("ms", "sms_notis"): _lines("""
        RM0 Maybank2u: TAC anda ialah 448120 untuk Pemindahan DuitNow RM150.00. Jangan kongsi TAC dengan sesiapa.
        RM0.00 CIMB: Kod pengesahan anda 713902. Sah selama 3 minit. Talian khidmat 03-6204 7788.
        Pos Laju: Bungkusan ER812330479MY sedang dihantar hari ini. Semak status di pos.com.my.
        MySejahtera: Temujanji vaksin anda telah disahkan. Sila bawa MyKad semasa hadir.
        Hospital Sultanah Aminah: Peringatan temujanji klinik pakar esok jam 8.30 pagi. Balas Y untuk sahkan.
        Templat: Salam {nama}, pesanan #{no_pesanan} anda akan tiba pada {tarikh}. Terima kasih kerana membeli-belah.
        TNB: Bil elektrik bulan Februari telah dijana. Bayar melalui myTNB sebelum tarikh akhir. Careline 1-300-88-5454.
        AMARAN PDRM: Pegawai polis tidak akan meminta anda memindahkan wang melalui telefon. Hubungi NSRC 997.
        Grab: Kod pengesahan anda ialah 5519. Jangan kongsi kod ini.
        Universiti Tunku Abdul Rahman: Pendaftaran kursus semester Mei dibuka mulai 2 April. Log masuk portal untuk maklumat lanjut.
        LHDN: Tarikh akhir e-Filing borang BE ialah 30 April 2026. Maklumat lanjut di mytax.hasil.gov.my.
        Shopee: Pesanan 2603047QKD81 telah dihantar. No. penjejakan SPXMY0412883017.
        JPJ: Peringatan - lesen memandu yang tamat tempoh boleh diperbaharui melalui aplikasi MyJPJ. Abaikan jika telah diperbaharui.
        Berita terkini: Perdana Menteri Anwar Ibrahim merasmikan Hab Digital Johor di Iskandar Puteri hari ini.
    """),
    ("mixed", "push_payload"): _lines(r"""
        {"message":{"topic":"promo_my","notification":{"title":"Flash Sale 3.3","body":"Up to 70% off - hari ini sahaja!"},"android":{"priority":"high","ttl":"3600s"}}}
        {"aps":{"alert":{"title-loc-key":"OTP_TITLE","loc-key":"OTP_BODY","loc-args":["{otp}"]},"sound":"default"},"category":"OTP"}
        APNs send ok apns-push-type=alert payload_b64=eyJhcHMiOnsiYWxlcnQiOnsidGl0bGUiOiJGbGFzaCBzYWxlIiwiYm9keSI6IjExLjExIGRlYWxzIHN0YXJ0IGF0IG1pZG5pZ2h0LiBUYXAgdG8gc2V0IGEgcmVtaW5kZXIuIn0sInNvdW5kIjoiZGVmYXVsdCJ9LCJjYW1wYWlnbiI6Ik1ZLTExMTEtMjAyNiJ9
        {"to":"/topics/weather_hk","data":{"type":"signal","level":"T3","text":"三號強風信號現正生效"}}
        FCM v1 error: {"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND","details":[{"errorCode":"UNREGISTERED"}]}}
        getui push payload={"title":"\u7cfb\u7edf\u7ef4\u62a4\u901a\u77e5","body":"3\u670815\u65e502:00-04:00\u6682\u505c\u77ed\u4fe1\u9a8c\u8bc1\u7801\u670d\u52a1"}
        FCM data b64=eyJkYXRhIjp7ImplbmlzIjoicHJvbW9zaSIsInRhanVrIjoiSnVhbGFuIFJheWEiLCJtZXNlaiI6IkRpc2thdW4gMzAlIHVudHVrIHNlbXVhIGJhanUga3VydW5nIGhpbmdnYSAzMSBNYWMifX0=
        {"notification":{"title":"验证码","body":"您的登录验证码为 318204，5分钟内有效"},"data":{"template_id":"LOGIN_OTP_V2","locale":"zh-CN"}}
        {"message":{"token":["<PUSH_TOKEN>"],"android":{"notification":{"title":"包裹派送中","body":"您的快递今日送达，请保持电话畅通","click_action":{"type":3}}}}}
        JPush {"platform":"all","audience":{"tag":["vip_sg"]},"notification":{"alert":"会员日 double points today only!"}}
        {"aps":{"content-available":1},"sync":"inbox","since":"2026-03-04T00:00:00Z"}
        {"message":{"condition":"'lang_ms' in topics && 'region_jb' in topics","notification":{"title":"Amaran Banjir","body":"Paras air Sungai Johor meningkat. Sila berwaspada."}}}
        WebPush {"title":"Order shipped","body":"Your order #SG-2026-004413 is on its way","icon":"/static/icons/box-192.png","tag":"order-SG-2026-004413"}
        incident INC-7741: {"notification":{"title":"Hi {{first_name}}","body":"您的預約 {{appt_time}} 已確認"}} went out unrendered to 1,204 devices after a template engine timeout
    """),
    ("en", "dev_qa"): _lines(r"""
        How do I format Malaysian mobile numbers in E.164 before sending via SMPP? Is it 60 plus the number without the leading 0?
        Best practice: never log the full OTP or the full MSISDN; keep the last 4 digits plus a salted hash for lookups.
        Why do my OTP messages to Chinese numbers get blocked? Do I need a registered 短信签名 and template approval first?
        Q: Should the OTP be 6 digits or 4? A: NIST SP 800-63B treats SMS as a restricted authenticator; use at least 6 digits and expire within 5-10 minutes.
        Regex for SG mobiles: ^(\+65)?[89]\d{7}$ - numbers starting with 3 are VoIP and usually cannot receive A2P SMS.
        The Android SMS Retriever API needs the 11-character app hash at the end of the message, e.g. FA+9qCX9VSu.
        Is a delivery receipt with stat:UNDELIV err:001 a carrier problem or a bad number? It depends on the aggregator's error mapping, check their docs.
        Singapore SSIR: organisations sending SMS with alphanumeric Sender IDs must register them with SGNIC, otherwise messages show as Likely-SCAM.
        APNs allows 4 KB for a regular push and FCM data messages max out at 4096 bytes, so don't stuff user profiles into the payload.
        Twilio error 30007 means carrier filtering; rephrase the message, avoid URL shorteners and register your sender.
    """),
    ("zh-Hans", "dlr_log"): _lines("""
        2026-03-04 10:21:33.412 [SmsSend] tpl=SMS_2290147 sign=美团 mobile=139****0000 bizId=840117203945^0 code=OK
        回执状态说明：DELIVRD 成功；UNDELIV 失败；MK:0001 空号；MK:0005 关机；MK:0024 黑名单；请按运营商错误码表处理。
        [回执] msgid=7301928841022 stat=MN:0017 desc=用户停机 retry=0
        统计 03-04：验证码类短信发送 128,406 条，成功率 98.3%，平均到达时延 2.1 秒，失败主要为 MK:0005（关机）。
        GET /api/sms/preview?tpl=LOGIN_OTP&content=%E3%80%90%E7%BE%8E%E5%9B%A2%E3%80%91%E6%82%A8%E7%9A%84%E9%AA%8C%E8%AF%81%E7%A0%81%E6%98%AF%7Bcode%7D%EF%BC%8C5%E5%88%86%E9%92%9F%E5%86%85%E6%9C%89%E6%95%88%EF%BC%8C%E8%AF%B7%E5%8B%BF%E6%B3%84%E9%9C%B2%E3%80%82 200 3ms
        [WARN] 同一设备1分钟内请求验证码超过3次，触发风控策略 RC-OTP-07，已拦截，device_id 已脱敏。
        上行短信：用户回复 TD 退订，已加入退订名单，号码以 SHA-256 摘要存储。
        通道切换：移动通道 CMPP2.0 连接中断，自动切换至备用通道 SGIP-02，切换耗时 420ms。
        短信长度计算：含签名共 76 字，按 67 字/条计费拆分为 2 条。
        【模板驳回】原因：模板内容含有变量 ${idcard}，身份证号类变量禁止在营销短信中使用。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2026-02-11 08:14:02 submit_sm seq=44817 src=GRAB dst=6597352186 dcs=0 sm="Hi Darren Koh, your driver Muthu is arriving at Blk 412 Bedok North Ave 2, #08-115 in 3 min"
        id:8841209015 sub:001 dlvrd:001 submit date:2603050911 done date:2603050912 stat:DELIVRD err:000 dest:6582640913 text:Mdm Goh Siew Lan, your Diabetes Clinic review at Jurong Polyclinic is on 14 Mar 10:30am
        POST /sms/status MessageSid=SM4c0e7a12b9d84f11a0c3e2d5f6b7a891&MessageStatus=delivered&To=%2B6594827105&Body=Hi%20Nicholas%20Fernandez%2C%20your%20NRIC%20S7760055H%20has%20been%20verified%20for%20your%20CPF%20withdrawal.
        APNs send ok apns-id=5E1F0C2A-7B3D-4A61-9C0E-2F8B1D4E6A73 payload_b64=eyJhcHMiOnsiYWxlcnQiOnsidGl0bGUiOiJDYXJkIGNoYXJnZWQiLCJib2R5IjoiSk9TSFVBIFRBTiBLT0sgTEVPTkcsIFNHRCAxLDI4NC4wMCBhdCBNb3VudCBFbGl6YWJldGggSG9zcGl0YWwifX0sInBhbiI6IjQ1NzE5ODY3MTI1MjYwNjEifQ==
        otp_resend count=5 msisdn=+65 9018 3362 acct_holder="Rachel Tan Hui Min" note: cust says phone was stolen at Changi T3 on 3 Mar, police report filed, block SIM
        MyClinic+ : OTP 771024 for NRIC S9665261E. Do not share this code with anyone.
        Citi Alert: card 4147 2016 4964 9472 charged SGD 1,284.00 at SINGAPORE AIRLINES on 04/03. Cardholder: WONG KAH HENG
        otp fallback via email -> jeremy.wong88@gmail.com (login attempt from Batam IP, user confirmed he is travelling till Sunday)
        ERR 21211 invalid To for user_id=88213 Nur Aisyah binti Kamarudin: entered 012-74839, CS called her and the correct number is 012-748 3915
        TEST SEND pls ignore - Kelvin Ong here, sending to my own no 8731 5590 to test the PDPA consent flow
        Ninja Van: Hi Mr Lawrence Pereira, parcel NVSGACME00088314 arrives today 2-6pm at 27 Jalan Kembangan S419114. Reply 1 to reschedule.
        FCM sent 200 uid=552071 title="Payment received" body="Aaron Lim Wei Jie paid you S$250.00 (note: babysitter fee for Chloe, Mar wk1)"
        HSBC HK OTP log 2026-03-02 15:44 to=+852 9468 2173 customer=CHAN Ka Yan Karen HKID A506629(0) result=DELIVRD
    """),
    "zh-Hans": _lines(r"""
        2026-03-02 10:21:33 [SmsSend] mobile=13917485236 tpl=SMS_2290147 params={"name":"王思远","code":"583019"} bizId=840118377102^0 code=OK
        【丰巢】张丽华您好，您的快递已存入西溪花园7幢2单元门口丰巢柜，取件码80613，收件电话150 1386 7420。
        【邵逸夫医院】刘建国先生，您预约的3月12日上午内分泌科（糖尿病随访）号源已确认，就诊序号17，请携带身份证370202196709221498就诊。
        [push] getui cid=*** payload={"title":"\u8f6c\u8d26\u5230\u8d26","body":"\u9648\u5fd7\u660e\u5411\u4f60\u8f6c\u8d26\u00a55,000.00\uff0c\u5907\u6ce8\uff1a3\u6708\u623f\u79df","payer_mobile":"18620739154"}
        实名核验回调 2026-03-03 16:02:11 name=黄俊杰 idcard=440305198803140856 mobile=150****7420 result=一致
        GET /sms/send?phone=18971043265&content=%E3%80%90%E5%B9%B3%E5%AE%89%E5%A5%BD%E5%8C%BB%E7%94%9F%E3%80%91%E9%83%AD%E6%95%8F%E5%A5%B3%E5%A3%AB%EF%BC%8C%E6%82%A8%E7%9A%84%E4%B9%B3%E8%85%BA%E5%BD%A9%E8%B6%85%E6%8A%A5%E5%91%8A%E5%B7%B2%E5%87%BA%EF%BC%8C%E7%BB%93%E8%AE%BABI-RADS%204%E7%B1%BB%EF%BC%8C%E8%AF%B7%E5%B0%BD%E5%BF%AB%E5%A4%8D%E8%AF%8A%E3%80%82 HTTP/1.1 200
        @所有人 谁帮我查下 137 6029 5418 为啥一直收不到验证码，是财务部周晓雯的手机，她今天下午要登网银付供应商款
        扣款短信渲染日志 card_no=6222024733977192 holder=赵明轩 amount=12800.00 tpl=DEBIT_NOTICE status=SENT
        【某消费金融】杨帆（身份证320102197308126449），您的借款已逾期37天，欠款8432.50元，请于3日内还款，否则将联系您的紧急联系人。
        submit_sm dcs=0x08 dst=8615921873064 short_message=0x5B596D697136FF1A4F606BCD4EB25DF28F6C51656E5896C54E8C533B96625FC3518579D1003100325E8AFF0C901F56DE7535
        推送：林嘉欣（微信号 linjx_1996）请求添加你为朋友：“我是你高中同学，3班的”
        【育才小学】家长您好，三年二班吴梓涵同学今日体温38.5℃，已由班主任送至校医室，请尽快到校接回。
    """),
    "zh-Hant": _lines("""
        【蝦皮購物】林怡君 0928-416-735 您的訂單將配送至 新北市板橋區文化路二段182巷9號5樓，請留意簽收。
        【健保署】您申請健保卡網路註冊，身分證 F209523655，驗證碼 663018，請勿告知他人。
        【醫管局】陳美玲女士，你已預約瑪麗醫院臨床腫瘤科覆診：2026年4月8日上午9時30分，請帶同覆診卡。
        FCM data {"event":"transfer","payer":"張志豪","payee_phone":"0975203861","amount":"NT$36,000","memo":"還你上次住院的錢"}
        2026-01-19 14:02:11 HKT send to=85261528034 text="李柏熙家長：柏熙今日中文默書缺席，請於明日前交回醫生證明。－聖保羅男女中學"
        DLR stat=DELIVRD msisdn=+85253917726 body="入境處：閣下（身份證號碼 P029995(6)）之特區護照換領申請已完成，請於3月20日後前往灣仔領取。"
        推播：許雅婷 傳送了一則訊息：「我LINE是 yating_0522 加我一下，房租明天轉給你」
        【國泰世華】您的信用卡 4539-9884-8317-5905 於03/04刷卡 NT$48,200 特店：長庚醫療財團法人，如非本人交易請來電。
        客服工單#TW-88213：蔡宗翰先生反映 OTP 簡訊一直傳到前妻的號碼 0912-738-064，要求立即改綁 0955-102-348。
        GET /fps/notify?lang=zh-HK&msg=%E9%BB%83%E5%AE%B6%E6%A8%82%E5%85%88%E7%94%9F%EF%BC%9A%E4%BD%A0%E7%9A%84HKID%20K488213%28A%29%E5%B7%B2%E7%B6%81%E5%AE%9A%E8%BD%89%E6%95%B8%E5%BF%AB%EF%BC%8C%E5%A6%82%E9%9D%9E%E6%9C%AC%E4%BA%BA%E6%93%8D%E4%BD%9C%E8%AB%8B%E8%87%B4%E9%9B%BB%E7%86%B1%E7%B7%9A%E3%80%82
    """),
    "ms": _lines("""
        Maybank2u: TAC 902611 untuk pemindahan RM3,500.00 ke akaun 1140 2288 7315 NURUL IZZATI BINTI MOHD YUSOF. Jangan kongsi TAC.
        JPN: Permohonan MyKad gantian bagi AHMAD FAIZAL BIN ABDUL RAHMAN (880523-14-5671) telah diluluskan. Sila ambil di UTC Pudu Sentral.
        [2026-02-08 21:14] to=60196624870 status=DELIVERED msg="Assalamualaikum Puan Rohana, anak puan Danial Haikal tidak hadir ke sekolah 3 hari berturut-turut. - Guru Kelas 4 Bestari, SK Taman Melawati"
        Klinik Kesihatan Kajang: En. Rajesh a/l Subramaniam, temujanji susulan dialisis anda pada 12/3 jam 8.00 pagi. Sila bawa buku rekod.
        Pos Laju: Bungkusan untuk LIM MEI LING, 14 Jalan SS2/24, 47300 Petaling Jaya akan dihantar hari ini. Tel penerima: 016-583 2190.
        FCM data b64=eyJkYXRhIjp7ImljIjoiOTUwODE3LTEwLTYwNDgiLCJuYW1hIjoiRmFyaGFuYSBiaW50aSBBYmR1bGxhaCIsInN0YXR1cyI6IlNUUiBGYXNhIDIgbHVsdXMiLCJqdW1sYWgiOiJSTTUwMCJ9fQ==
        PTPTN: Tuan KUMAR A/L GOVINDASAMY (760302-07-5233), baki pinjaman RM23,418.60 tertunggak 6 bulan. Sila jelaskan segera.
        sapa ada no fon kak Yati bendahari surau Taman Sri Gombak? 013-441 7258 ke? nak claim duit kenduri
        GrabFood: Rider Mohd Hafiz bin Osman (WXY 4821) sedang menghantar pesanan anda ke Vista Angkasa Blok B-12-3, Bangsar South.
        HUKM: Keputusan ujian HIV pesakit SITI AMINAH BINTI ZAKARIA (MRN 00481723) telah sedia. Sila hubungi Klinik Penyakit Berjangkit.
        CIMB: Kad 5521 2816 2580 9632 disekat selepas 3 percubaan OTP gagal. Pemegang kad: TAN CHEE KEONG. Hubungi 03-6204 7788.
    """),
    "mixed": _lines("""
        bro the TAC keep going to my old number 017-330 2894 leh, can help update to 011-2385 7609? name Jason Lee Kah Meng, acct opened at Maybank SS2 branch
        [push] uid=100238 alias=周子健 title="Your ride" body="司机陈师傅 粤B·D7K29 已到达科兴科学园B座, please come down"
        HDB SMS: Mdm 郑美华 (T0342499A) 你的组屋 rent arrears $1,820, please pay by 31 Mar at HDB Hub Toa Payoh.
        Sender ID CLINIC2U -> 60197712604: "Puan Kavitha a/p Muniandy, ur Pap smear result abnormal, doktor minta datang balik Khamis ni 9am"
        OTP bounce: Chan Tsz Ho 陳子豪, HKID R895610(2), 手機 6418 2097, 收唔到 Octopus app OTP, 已改用 email tszho.chan@outlook.com
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a support assistant for an SMS gateway operator."),
        (
            "user",
            "DLR for my customer Benjamin Seah keeps failing: id:8841210032 sub:001 dlvrd:000 stat:UNDELIV err:001 dest:6591276408. He says his phone works fine.",
        ),
        (
            "assistant",
            "err:001 is a generic failure code. Check whether the number was recently ported, resend once through the fallback route, and ask the carrier for the detailed reason.",
        ),
        (
            "user",
            "He just called from the same number 9127 6408, says he is warded at NUH ward 54 and gets no signal there. Can we send the OTP to b.seah.sg@gmail.com instead?",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan SMS peringatan untuk mak saya, Hajah Rosnah binti Ismail, supaya makan ubat darah tinggi pukul 8 pagi. Nombor dia 019-554 2370.",
        ),
        (
            "assistant",
            "Contoh: 'Mak, jangan lupa makan ubat darah tinggi pukul 8 pagi ni ya. Minum air suam sekali. Sayang mak.'",
        ),
        (
            "user",
            "Boleh buat versi yang saya boleh jadualkan guna app gateway, hantar setiap hari ke 60195542370?",
        ),
    ],
    [
        (
            "user",
            '这条实名认证短信回执为什么失败？{"mobile":"18814273905","name":"何雨桐","idcard":"510107198502271270","code":"MK:0024"}',
        ),
        (
            "assistant",
            "MK:0024 一般表示号码在运营商或平台的黑名单中，可以先确认该号码是否曾退订或被投诉。",
        ),
        (
            "user",
            "她是我们公司新入职的员工，要用这个号收验证码，能不能换成她的另一个号 133 0291 8847？",
        ),
    ],
    [
        (
            "user",
            "幫我把這則推播翻成英文：「王淑芬媽媽您好，您的女兒陳芊妤今天午睡時發燒38.9度，已通知爸爸陳建宏前來接回。－小太陽幼兒園」",
        ),
        (
            "assistant",
            "Dear Ms Wang Shu-fen, your daughter Chen Qian-yu ran a fever of 38.9°C during her nap today. We have notified her father, Chen Jian-hong, to pick her up. - Little Sun Kindergarten",
        ),
        ("user", "謝謝。她的身分證是 E257171362，要一起附在簡訊裡嗎？"),
        ("assistant", "不建議在簡訊或推播中附上身分證字號，簡訊內容可能被他人看到或被系統記錄。"),
    ],
    [
        (
            "user",
            "hi I'm not getting the TAC for my CIMB Clicks, my name Farah binti Ismail, number 014-962 3381",
        ),
        (
            "assistant",
            "Sorry about that. Please check that your phone has signal and that SMS from short codes is not blocked. For your safety, avoid sharing full personal details in chat.",
        ),
        (
            "user",
            "ok but I'm in Perth now, roaming is on. My IC 850930-01-6382 if you need to verify",
        ),
    ],
    [
        (
            "user",
            'My FCM send returns 400 INVALID_ARGUMENT. payload: {"message":{"token":"<tok>","data":{"email":"melissa.chong92@yahoo.com.sg","badge":3}}}',
        ),
        (
            "assistant",
            'FCM data values must all be strings, so badge 3 has to be sent as "3". Also, avoid putting e-mail addresses into push payloads.',
        ),
        (
            "user",
            "got it. And the title is 'Hi Melissa Chong, your Pilates class at Tiong Bahru studio 7pm tonight is confirmed' - ok for the lock screen?",
        ),
    ],
    [
        (
            "user",
            "帮我写一条给班主任的请假短信，孩子叫马一鸣，在实验小学四年级三班，昨晚急性肠胃炎住院了",
        ),
        (
            "assistant",
            "王老师您好，孩子昨晚因急性肠胃炎住院治疗，今天无法到校，特此请假，出院后会及时补上功课，谢谢！",
        ),
        ("user", "落款写家长马涛，电话 13650821934"),
    ],
    [
        (
            "user",
            "Apa maksud SMS ni? 'RM0 BSN: Akaun 0410029100058827 atas nama MOHD AZRUL BIN HASHIM telah dikreditkan RM1,200.00 (BANTUAN)'",
        ),
        (
            "assistant",
            "SMS ini memberitahu bahawa akaun tersebut menerima wang sebanyak RM1,200.00 yang dilabel sebagai bantuan.",
        ),
        (
            "user",
            "Itu akaun adik saya Azrul, dia OKU penglihatan. Betul ke ni bantuan bulanan JKM?",
        ),
    ],
    [
        (
            "user",
            "Customer Ms Leung Wing Sze called, HKID C138401(3). She says the OTP for her MPF withdrawal still goes to her late husband's number 9246 7015. How do I update it?",
        ),
        (
            "assistant",
            "Ask the customer to submit a change of contact form with proof of identity; a death certificate may be needed to remove the old number.",
        ),
        ("user", "She's at our Mong Kok branch right now with the death certificate."),
    ],
    [
        (
            "user",
            "我收到一則簡訊：「【法務部】許志明 您涉及洗錢案件，身分證 H189795011 名下帳戶將凍結，請點擊連結申辦」這是詐騙嗎？",
        ),
        (
            "assistant",
            "這是典型的假冒機關詐騙簡訊，政府機關不會以簡訊連結要求處理帳戶，請勿點擊，可撥 165 反詐騙專線查證。",
        ),
        (
            "user",
            "但他們怎麼知道我的名字和身分證？我之前在網購填過地址 台中市西屯區市政北七路186號12樓之3",
        ),
    ],
]
