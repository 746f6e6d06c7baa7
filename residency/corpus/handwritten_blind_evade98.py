# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade98: personal data in phishing, scam and fraud artefacts (scam SMS, spoofed e-mail headers, mule-account lists, fraud case exports, URL shortener logs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade98
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "scam_sms"): _lines("""
        [DBS] Your account access has been suspended due to unusual activity. Verify within 24h at hxxps://dbs-sg-secure[.]top/verify to avoid permanent closure.
        SingPost: Your parcel SG2026118834TX could not be delivered due to incomplete address. Pay S$1.99 redelivery fee: hxxps://singpost-sg[.]cc/r/8Kq2
        USPS: The package 9400 1118 9922 3345 6701 22 is on hold at our warehouse. Update your details within 12 hours: hxxp://usps-trackhelp[.]info
        HMRC: You are eligible for a tax refund of £276.40. Claim before 31/12 at hxxps://hmrc-refund-portal[.]uk/claim?id=REF88213
        Netflix: Your membership is on hold. We're having trouble with your current billing information. Update now: hxxps://nflx-billing[.]support/acc
        Hi Mum, I dropped my phone in the toilet, this is my new number, can you message me on WhatsApp when you see this? x
        ScamShield reminder: Government officials will never ask you to transfer money over the phone. In doubt? Call the Anti-Scam Helpline at 1800-722-6688.
        Your OTP for a transaction of SGD 1,250.00 at MERCHANT*GOOGLE PLAY is 482913. Do not share this OTP with anyone. If this was not you, call 1800 111 1111.
        CONGRATULATIONS! Your mobile number has won USD 850,000 in the Coca-Cola 2026 Global Promo. Ref: CC/UK/7734/26. Email the claims desk at claims-dept@cocapromo-uk[.]net
        Job offer: earn RM300-RM800 daily liking TikTok videos, part time, no experience needed. Tap wa[.]me/message/7XKQ2LPMBR5UH1 to join our team
        E-ZPass: You have an unpaid toll balance of $6.99. To avoid a late fee of $50.00, pay at hxxps://ezpass-tolls[.]com-pay[.]icu
        Scam sample #2026-0412 (source: user report, sender masked): "Your CPF account has been flagged. Press 1 to speak to an officer." Category: government impersonation.
        From: +44 7XXX XXX XXX (masked) | Body: "Your Royal Mail parcel is awaiting a £2.99 settlement fee" | Verdict: smishing, URL blocklisted 2026-11-28
        Amazon: A purchase of iPhone 15 Pro Max (Order #114-3927781-5520913) was placed on your account. If this was not you, reply CANCEL to stop the shipment.
    """),
    ("zh-Hans", "scam_sms"): _lines("""
        【顺丰速运】您的快件因地址不详无法派送，请于24小时内点击 hxxps://sf-express-cn[.]top/a8K 重新填写收件信息，逾期退回。
        【中国移动】尊敬的客户，您的积分即将清零，可兑换现金红包，请登录 hxxp://10086-jf[.]vip 兑换。退订回T
        【ETC服务】您的ETC卡已失效，为避免影响正常通行，请尽快点击链接认证：hxxp://etc-rz[.]cc
        【国家反诈中心】提醒您：凡是自称公检法要求转账到“安全账户”的都是诈骗，请拨打96110咨询。
        典型“注销校园贷”话术样本：“您好，我是京东金融客服，检测到您开通了学生贷款业务，不关闭将影响征信，请下载会议软件配合操作。”来源：群众举报，号码已脱敏。
        【工商银行】您尾号XXXX的账户将于今日冻结，请登录 hxxps://icbc-yz[.]com 完成实名认证。客服95588。
        兼职刷单，日结200-500元，动动手指就能赚钱，加群详聊（群号已屏蔽，本条为诈骗短信样本）。
        短信样本编号 SMS-CN-2026-00871：发送方为106短号段，正文冒充“医保局”称医保卡异常，链接域名 ybj-gov[.]cn-yb[.]top 已报送拦截。
        【拼多多】您有一笔 588.00 元退款待领取，订单号 260918-447213908851224，请点击 t[.]cn/A6xK9pQ2 领取。
        温馨提示：中国人民银行从不通过短信要求客户提供银行卡号、密码和验证码，如有疑问请拨打 12363。
        【12306】您购买的G1234次列车因故停运，请联系客服办理退票改签并领取补偿金，回复1获取客服链接。
        邮件主旨解码样本：Subject: =?UTF-8?B?5oKo55qE5YyF6KO55Zug5Zyw5Z2A5LiN6K+m6KKr6YCA5Zue77yM6K+36YeN5paw5aGr5YaZ?= 解码为“您的包裹因地址不详被退回，请重新填写”。
        【支付宝】您的花呗额度已提升至50000元，点击 alipay-ed[.]xyz 激活，超时作废。
    """),
    ("zh-Hant", "fraud_alert"): _lines("""
        【165反詐騙】近期假冒電商客服來電稱「誤設分期付款」要求操作ATM，請勿依指示操作，有疑問請撥打165查證。
        【防騙視伏器】香港警務處提醒：如收到自稱「中國公安」或「入境處職員」來電，請即掛線並致電 18222 防騙易熱線。
        【假冒訊息】有人冒充香港郵政發送短訊，聲稱包裹需繳付 HK$15.8 附加費，官方網址只有 hongkongpost.hk，請勿點擊其他連結。
        案件統計：2026年第三季香港共錄得詐騙案 10,214 宗，損失金額約 HK$14.2 億，其中網上購物騙案佔 3,186 宗。
        釣魚網址通報：hxxps://hsbc-hk-verify[.]top 仿冒滙豐網上理財登入頁，已於 2026-11-30 14:22 HKT 提交 HKCERT，參考編號 HKCERT-PH-2026-55821。
        【中華郵政】您的包裹因收件資料不完整無法投遞，請於24小時內更新：hxxp://post-gov-tw[.]cc/q7（詐騙簡訊範例，請勿點擊）
        【台灣大哥大】您的帳單已逾期，請立即繳費以免停話：hxxps://twm-bill[.]help（165提醒：電信業者不會以簡訊連結要求繳費）
        原始郵件標頭：Subject: =?UTF-8?B?44CQ6YeN6KaB44CR5oKo55qE5biz5oi25bey6KKr5pqr5YGc?= | From: "HSBC Alert" <noreply@hsbc-secure-alerts.top> | 解碼主旨：【重要】您的帳戶已被暫停
        假投資群組常見話術：「老師帶單、保證獲利、穩賺不賠」，凡要求下載不明APP或匯款到個人帳戶者皆為詐騙。
        銀行業務提醒：本行職員絕不會透過電話或短訊要求閣下提供一次性密碼（OTP），如有疑問請致電客戶服務熱線 2233 3000。
        騙徒常用「猜猜我是誰」手法：來電者假扮親友，聲稱換了新號碼，其後以急需用錢為由要求轉賬。
        郵件主旨 QP 編碼範例：=?UTF-8?Q?=E5=B8=B3=E6=88=B6=E9=A9=97=E8=AD=89?=（解碼為「帳戶驗證」），為常見釣魚郵件主旨。
        警示帳戶統計：截至2026年10月底，全台共通報警示帳戶 48,317 戶，衍生管制帳戶 112,904 戶。
    """),
    ("ms", "scam_sms"): _lines("""
        RM0.00 Maybank2u: Akaun anda telah disekat kerana aktiviti luar biasa. Sila sahkan di hxxps://m2u-sahkan[.]com dalam masa 24 jam.
        RM0 Pos Laju: Bungkusan anda tertahan di gudang kerana alamat tidak lengkap. Kemas kini di hxxp://poslaju-my[.]top/k2 sebelum dipulangkan.
        AMARAN: Pihak polis, LHDN dan Bank Negara tidak akan meminta anda memindahkan wang ke akaun "selamat". Hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997.
        Tahniah! Nombor anda terpilih memenangi RM15,000 dalam Cabutan Bertuah Shopee 11.11. Rujukan: SHP/MY/2026/88172. Tuntut sebelum 15/12.
        Kerja sambilan dari rumah, gaji RM150-RM500 sehari, hanya perlu "like" video. Berminat? Klik pautan wasap yang diberikan. (sampel scam, nombor penghantar disembunyikan)
        LHDN: Anda layak menerima bayaran balik cukai RM842.50. Sila isi maklumat bank di hxxps://lhdn-refund[.]online sebelum 31 Disember.
        Semak akaun pihak ketiga sebelum membuat pindahan di portal Semak Mule PDRM (semakmule.rmp.gov.my) dengan memasukkan nombor akaun, nombor telefon atau nama syarikat.
        Mesej dikesan: "Pakej data percuma 50GB dari Celcom, aktifkan di celcom-free[.]xyz". Status: pautan disekat oleh MCMC pada 03/12/2026, ID aduan MCMC-2026-1190432.
        Skim pelaburan emas palsu menjanjikan pulangan 30% sebulan; ejen meminta deposit ke akaun individu, bukan akaun syarikat berlesen.
        TNB: Bil elektrik anda tertunggak RM312.40. Bekalan akan dipotong esok. Bayar segera di tnb-bayar[.]site (nota: TNB tidak menghantar pautan bayaran melalui SMS).
        Panggilan palsu "Mahkamah": pemanggil mendakwa anda terlibat kes pengubahan wang haram dan meminta anda memasang aplikasi APK. Letak telefon dan hubungi 997.
        Templat laporan: Nama pengadu: ____ | No. KP: ______-__-____ | No. telefon: ___________ | Jumlah kerugian: RM______ | Bank penerima: ________
        Statistik CCID: Jan-Okt 2026, 28,614 kes jenayah komersial dalam talian dilaporkan dengan kerugian RM1.36 bilion; scam pelaburan mendahului senarai.
    """),
    ("en", "email_header"): _lines("""
        Received: from mail-out.paypa1-support.com (unknown [185.220.101.47]) by mx.example-corp.com with ESMTP id 4Rk2Lm0Yq9z3; Tue, 02 Dec 2026 08:14:33 +0000
        Authentication-Results: mx.example-corp.com; spf=fail (sender IP is 185.220.101.47) smtp.mailfrom=paypa1-support.com; dkim=none; dmarc=fail action=quarantine header.from=paypal.com
        From: "Microsoft 365 Admin" <no-reply@m365-passwordreset.info> | Reply-To: helpdesk@m365-passwordreset.info | Subject: Action Required: Your password expires today
        Message-ID: <20261202081433.7F3A91C04B2@mail-out.paypa1-support.com> | X-Mailer: PHPMailer 6.8.0 | X-Priority: 1 (Highest)
        DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=docusign-notices.net; s=sel1; h=from:to:subject:date; bh=Yf3k9J2p+Qw8XnL0aR7uTz4cVb1sE6mH5gD2oK8iPjA=;
        Return-Path: <bounce-8813@mailer.dhl-express-tracking.xyz> | From: DHL Express <support@dhl.com> | X-Originating-IP: [45.137.21.9] (header From does not align with envelope sender)
        Subject: =?UTF-8?B?8J+TpiBZb3VyIHBhY2thZ2UgaXMgb24gaG9sZA==?= | Content-Type: text/html; charset="UTF-8" | X-Campaign: Y2FtcGFpZ249cG9zLXJheWEtMjAyNiZzcmM9c21z
        To: undisclosed-recipients:; | Date: Mon, 01 Dec 2026 23:58:10 -0800 | Subject: Invoice INV-2026-004417 overdue - final notice
        X-PHISH-VERDICT: score=9.7 rules=BRAND_IMPERSONATION_DBS,URL_LOOKALIKE,NEW_DOMAIN_LT30D sample_sha256=3f1c9a0e77b2d4c5e8a61f09b2c7d3e4a5b6c7d8e9f00112233445566778899a
        Received-SPF: softfail (google.com: domain of transitioning accounts@hmrc-gov-uk.co does not designate 91.92.240.113 as permitted sender) client-ip=91.92.240.113;
        From: "Apple ID" <appleid@id-apple.com.verify-account.club> | To: customer@example.com | Subject: Your Apple ID was used to sign in on a new device
        BEC sample: From: "CEO Office" <ceo.office@acme-holdings.co> (display-name spoof of internal domain acme-holdings.com) | Body: "Are you at your desk? I need you to process an urgent wire today."
        List-Unsubscribe: <mailto:unsub@news-promo.click?subject=unsubscribe> | X-Mailer-Kit: 16shop v2.1 | X-Kit-Hash: md5:9e107d9d372bb6826bd81d3542a419d6
        URL extracted from body: hxxps://login.microsoftonline.com.auth-session[.]cf/?client_id=00000002-0000-0ff1-ce00-000000000000&tenant=common
    """),
    ("mixed", "shortener_log"): _lines("""
        2026-11-29T03:12:44Z | bit.ly/3xK9qLm -> hxxps://maybank2u-my.secure-login[.]top/?c=Y2FtcGFpZ249cG9zLXJheWEtMjAyNiZzcmM9c21z | clicks=1,284 | top_geo=MY | referrer=sms
        short=t.ly/Pq7Z dest=hxxps://sf-express-cn[.]top/a8K created=2026-11-20 clicks_24h=3412 country_split=CN:71%,HK:12%,MY:9% status=disabled_by_abuse_team
        GET /r/Xa91?tpl=dHBsPXBhcmNlbF92MyZsYW5nPW1z HTTP/1.1 302 | ua="Mozilla/5.0 (Linux; Android 14; SM-S918B)" | asn=AS4788 | ip_hash=sha1:7c4a8d09ca3762af61e59520943dc26494f8941b
        短链日志 2026-11-21 08:03:11 | dwz.cn/Kq8Lm2 → hxxp://ems-cn[.]vip/?b=%E4%B8%AD%E5%9B%BD%E9%82%AE%E6%94%BF | 点击 9,772 次 | 来源 短信群发 | 已封禁
        點擊記錄 / click log: s.id/hk-post-15 → hxxps://hongkongpost-fee[.]com/pay | 2026-11-22 | 2,041 clicks | 87% mobile | 仿冒香港郵政
        log pendek: tinyurl.com/jpj-saman26 → hxxps://jpj-saman[.]online/bayar | cipta 2026-11-18 | klik 6,310 | MY 94% | status: dilaporkan kepada MyCERT (MYCERT-2026-11-8841)
        {"short":"cutt.ly/eTcV2","long":"hxxp://etc-rz[.]cc/?p=eyJ0cGwiOiJldGNfdjIiLCJjaCI6InNtcyIsImJhdGNoIjoxMTI3fQ==","clicks":18455,"created":"2026-11-02T10:44:09+08:00"}
        redirect chain: bit.ly/4aQp1 -> rb.gy/k29xz -> is.gd/Lp0q -> hxxps://netflix-renew[.]help/login (3 hops, all created 2026-11-27 within 90 seconds)
        2026-11-30 23:59:59 UTC daily rollup | shortener=ow.ly | flagged_links=412 | brands: DBS 88, Maybank 61, 顺丰 47, 中華郵政 39, HSBC 33, other 144
        utm trace: hxxps://shopee-my-reward[.]top/claim?utm_source=sms&utm_medium=blast&utm_campaign=1111_mega&ref=SHP-2026-88172 | clicks=930 | 已下架
        abuse ticket ABU-2026-071932: reporter=registrar-abuse, domain=dbs-paylah-sg[.]top, shortlinks_removed=17, first_seen=2026-11-25T06:00Z
        t.co 轉址統計：hxxps://line-pay-refund[.]cc/tw 在 48 小時內被點擊 5,128 次，台灣 IP 佔 92%，已通報 TWCERT/CC。
        GET /v/9Lx?d=Y2FtcGFpZ249cG9zLXJheWEtMjAyNiZzcmM9c21z&lang=ms 404 (link expired) | bytes=0 | edge=SIN1
    """),
    ("en", "case_export"): _lines("""
        CASE-SG-2026-118204 | type=job scam | channel=Telegram | loss_sgd=4,820.00 | status=referred to ASC | victim details withheld per data policy
        case_id,typology,channel,loss_amount,currency,status | FR-26-00931,ecommerce,Carousell,350.00,SGD,closed | FR-26-00932,investment,WhatsApp,81200.00,SGD,open
        Quarterly summary Q3 2026: 1,942 phishing cases, median loss S$1,120, 63% initiated via SMS with a shortened URL, 22% via spoofed e-mail.
        BEC case BEC-2026-0447: victim company Sunrise Logistics Pte Ltd (UEN 201912345K) paid USD 182,400 to a spoofed supplier account; funds frozen at the beneficiary bank.
        Typology note: money mules are typically recruited through "account rental" ads promising S$300-S$800 per month for the use of an existing bank account.
        Export header: report_ref, date_reported, scam_type, first_contact_channel, amount_lost, amount_recovered, assigned_unit, status
        INC-0088213 | Phishing kit "16shop" clone found on compromised WordPress site (plugin CVE-2024-10924) | IOC list attached | no victim data recovered
        Recovered funds report: 14 mule accounts frozen across 5 banks, total S$2.31m restrained, 9 accounts already emptied before the freeze order.
        Case FR-26-01177 closed: reported "scam" was a legitimate debit by Singapore Power (monthly GIRO, ref SP-GIRO-202611); no fraud found.
        Fraud rule FRD-207 triggers when a new payee is added and more than 80% of the balance is transferred within 30 minutes of a password reset.
        CASE-UK-26-3301 | Action Fraud ref NFRC26110048812 | type=courier fraud | loss band £10k-£50k | vulnerable adult flag=Y | personal data held in restricted system only
        Case timeline (template): T0 first contact -> T+2h remote-access app installed -> T+3h OTP shared -> T+3h05m transfer to mule -> T+1d report lodged
        Dashboard export 2026-12-01: open cases 312, closed this week 88, average handling time 6.4 days, top merchant code MCC 6051 (quasi-cash).
    """),
    ("ms", "mule_list"): _lines("""
        Lajur eksport senarai keldai: No | Nama Pemegang Akaun | No. KP | Bank | No. Akaun | Bil. Laporan | Jumlah Diterima (RM)
        Akaun syarikat disyaki #S-014: Berkat Jaya Trading Sdn Bhd | CIMB 8604112755 | 23 laporan | semua pemegang akaun individu telah dikeluarkan daripada eksport ini
        Ringkasan: 1,206 akaun keldai dikenal pasti pada suku ketiga 2026; 41% dibuka oleh pelajar berumur 18-24 tahun.
        Akaun syarikat disyaki #S-015: Global Mega Ventures Sdn Bhd | Maybank 5621 0345 8890 | didaftarkan SSM 2025 | 11 laporan pelaburan palsu
        Amaran BNM: Menjual atau menyewakan akaun bank anda adalah satu kesalahan di bawah Seksyen 424B Kanun Keseksaan; hukuman penjara sehingga 5 tahun.
        Status pembekuan: 37 akaun dibekukan di bawah AMLA, 12 dalam siasatan, 4 dilepaskan selepas semakan (rujukan kelompok BKU/2026/0091).
        Modus sewa akaun: iklan Facebook "Sewa akaun RM500 seminggu, tiada risiko", pemilik diminta menyerahkan kad ATM, PIN dan nombor TAC.
        Format rekod sistem: MULE_ID (contoh MY-MULE-000123), bank_code (contoh MBB, CIMB, PBB), risk_score 0-100, first_flagged (YYYY-MM-DD).
        Syarikat cangkerang #S-016: Lotus Crest Resources Sdn Bhd (No. Syarikat 202301045678) | RHB 2 6401 1000 52881 | menerima dana daripada 7 negeri
        Petikan SOP: Jangan eksport nama atau nombor KP pemegang akaun keldai ke luar sistem; gunakan MULE_ID sahaja dalam laporan mingguan.
        Kadar pemulihan dana 2026: RM48.7 juta daripada RM312 juta yang dilaporkan (15.6%), kebanyakan melalui sekatan segera NSRC.
        Nota latihan: nombor akaun berformat 14 digit biasanya milik CIMB atau RHB; 12 digit lazimnya Maybank; 10 digit Public Bank.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Delivered-To: marcus.goh.jw@gmail.com | From: "DBS PayLah!" <alerts@dbs-paylah-sg.top> | Subject: Marcus Goh Jun Wei, your PayLah! wallet has been locked
        🔔 NEW DBS LOG 🔔 | user: kelvintan_83 | Name: TAN KAI WEN KELVIN | NRIC: S8812345Z | Mobile: 9182 7364 | OTP: 551902 | IP: 118.200.34.17 | UA: iPhone iOS 17.5
        BIN 414720 | 4147 2008 3300 6176 | 09/28 | CVV 413 | Gareth Owen Pritchard | 14 Maes y Coed, Llandudno LL30 2HT | gpritchard61@btinternet.com
        MULE-UK-0193 | Account holder: Chloe Amelia Whitfield | Sort code 20-45-77 Acc 43817762 | recruited via Instagram "easy money" post | received £9,400 from 6 victims
        CASE-SG-2026-118377 | victim: Rajesh Kumar s/o Murugan, 67, retired bus captain | loss S$38,500 via fake "MAS officer" call | contact 9736 4120
        2026-11-30T09:41:07Z GET /r/Qx81?e=bGltLnNpZXdsaW5nODhAZ21haWwuY29t 302 -> hxxps://dbs-paylah-sg[.]top/login ua="Mozilla/5.0 (iPhone)" ref=-
        SMS log: to=+65 8123 4476 | body="Dear Mr Marcus Goh, your CPF withdrawal of $2,150 is pending. Confirm at cpf-sg[.]help within 24h" | status=delivered
        Victim Mdm Koh Ah Lian, 74, of Blk 512 Bedok North Ave 2 #08-117, handed S$62,000 in cash to a "courier" after a fake police call on 3 Nov.
        Chargeback form | Cardholder: Aisha Begum Farouk | PAN 4367 8912 0045 5666 | disputed txn SGD 1,980.00 at CRYPTO-EX*PAY | says she never received the OTP
        Reporter Denise Fernandez (52, staff nurse at a private clinic in Novena) says "Captain James" from Tinder got her to send US$14,000 for a customs fee.
        click_id=88213 path=/track?u=KzY1OTE4MjczNjQ= form=dbs_login step=otp_submitted ts=1764490867
        Receipt msg: "Hi Jason Lee Wei Ming, confirming your S$300 account rental payment for lending OCBC 501-234567-001 to our company for 30 days. Do not tell the bank."
        Received: from mx.phish-host.ru (mx.phish-host.ru [91.215.85.14]) by outlook.office365.com for <priya.nair.d@outlook.com>; Wed, 03 Dec 2026 02:17:45 +0000
        creds.txt from kit: 2026-11-27 22:10:03 | j.okafor1979@hotmail.co.uk | Chelsea1979! | 81.104.22.193 | Barclays login
    """),
    "zh-Hans": _lines("""
        【社保局】刘建国先生（身份证号440106199003152314），您的社保卡已被冻结，请于今日联系专员处理，否则将影响医保报销。
        案件编号 FZ-2026-330106-00412 | 受害人：陈美玲，女，34岁，杭州某外企财务 | 被骗方式：冒充领导QQ要求转账 | 损失 ¥286,000
        卡农登记表：姓名 王秀英 | 身份证 310115198511020468 | 工行卡 6222 0240 0213 4567 892 | 手机 138 1762 0943 | 日结佣金 300元
        钓鱼站后台导出 victims.json 片段：{"name": "\\u5218\\u5efa\\u56fd", "phone": "13927451068", "step": "bank_card"}
        短链访问日志 2026-11-18 10:22:51 t.cn/A6Zk2Lq → hxxp://ybj-gov[.]top/rz?xm=%E9%BB%84%E5%BF%97%E5%BC%BA&sfz=350203197807215136&sj=13606921847
        To: =?UTF-8?B?6ZmI576O546y?= <chenmeiling_hz@163.com> | From: "财务总监" <cfo-office@qq-mail.vip> | Subject: 速办：今天下午转账给供应商
        群里转的：小周（周晓雯，在张江上班，住浦东那个新小区）说她被“公检法”骗了十八万，让大家别外传，她老公还不知道
        96110 预警劝阻记录：劝阻对象 赵磊，手机 15102874436，正在与“理财导师”通话，已由武侯区民警上门劝阻，未造成损失。
        泄露的快递面单数据：收件人 孙丽 | 电话 186****3381 | 地址 成都市武侯区人民南路四段27号锦城花园3栋2单元1101 | 运单号 SF1452887306211
        通讯录上传记录（某贷款APP）：妈妈 13508647721；老公 李志勇 18926534410；公司HR 王姐
        受害人提供的转账记录：付款人 何俊杰，建设银行卡 ６２１７ ００３２ １００４ ５８８２ ７３１，收款方为“安全账户”，金额 ５００００ 元
        举报人 张伟（微信 zw_dalian1988）称在“抖音投资群”被骗 4.2 万元，对方收款卡为个人卡，已在大连市公安局甘井子分局报案。
    """),
    "zh-Hant": _lines("""
        受害人：鄧美華女士（HKID K654321(9)），73歲，居於觀塘翠屏邨，被假冒內地公安騙去 HK$1,200,000
        釣魚網站後台紀錄：姓名 陳家偉 | 手機 6132 8840 | 信用卡 4508 7500 3318 2105 | 到期 11/27 | CVV 208
        To: =?UTF-8?B?5by15a626LGq?= <chiahao.chang0612@gmail.com> | From: "LINE Pay" <refund-tw@line-pay-support.cc> | Subject: 退款申請確認
        報案人：林怡君，身分證 F210948373，住新北市板橋區，遭假網拍「解除分期」詐騙，匯出新臺幣 12 萬元。
        人頭帳戶清冊 | 戶名 吳建宏 | 身分證 A128374657 | 國泰世華 帳號 123506384471 | 以每本 3 萬元出租 | 手機 0912-483-206
        Subject: =?UTF-8?Q?=E9=BB=83=E5=BF=97=E5=BC=B7?= 先生，您的滙豐帳戶已凍結 | To: wong.chikeung@netvigator.com
        LINE 群組訊息：大家小心！我媽（陳淑芬）上週被假檢察官騙，她的玉山卡 4907 6200 4418 5735 也被盜刷了三筆
        WhatsApp 截圖轉述：梁穎琳（九龍塘某女校中四學生）收到「代購兼職」邀請，對方要求她提供銀行戶口，家長電話 9128 6605
        遭詐騙者 郭志明，手機 0935-772-918，在臉書社團「二手iPhone交流」匯款後被封鎖，損失新臺幣 28,500 元。
        傀儡戶口名單第 17 行：何卓謙 | HKID R229031(5) | 滙豐 004-512-339870-838 | 以 HK$5,000 出售戶口予中間人
    """),
    "ms": _lines("""
        AKAUN KELDAI #0221 | MUHAMMAD HAFIZ BIN ABDUL RAHMAN | KP 880415-10-5523 | MAYBANK 1640 2231 8875 | terima RM47,300 dari 9 mangsa
        Pengadu NURUL AINA BINTI KAMAL (No. KP 920107-14-6348), 34 tahun, guru di sebuah sekolah rendah di Ampang, kerugian RM18,650 akibat panggilan palsu "pegawai LHDN".
        Log pautan pendek: 2026-11-26 21:04:17 GET /v/9Lx?d=eyJuIjoiTnVydWwgQWluYSBiaW50aSBLYW1hbCIsImljIjoiOTIwMTA3MTQ2MzQ4IiwiaHAiOiIwMTM3NzI5MTY0In0= 302
        SMS ke 012-738 4419: "Salam Encik Rosli bin Ahmad, permohonan pinjaman RM30,000 anda telah lulus, sila bayar yuran guaman RM450 dahulu."
        Mangsa scam pelaburan: Kavitha a/p Subramaniam, 45, kerani di Klang, kehilangan RM96,000 selepas menyertai kumpulan Telegram "Saham Emas VIP".
        Senarai mangsa aplikasi pinjaman haram: Ong Boon Keat | IC 750923-07-5107 | tel 016-452 7781 | kenalan kecemasan diganggu dan diugut
        Borang aduan NSRC | Nama: Freddy Gimbang anak Jabu | KP: 990818-13-5437 | Tel: 014-889 2036 | Kerugian: RM3,200 (scam tiket konsert)
        Data kad dicuri (panel phishing): 5521 1500 6721 9032 | 08/29 | 771 | NG SIEW PENG | 17 Jalan SS2/24, Petaling Jaya | 012-339 0874
        Delivered-To: hafiz.rahman1989@yahoo.com | From: "Maybank2u" <notifikasi@m2u-keselamatan.com> | Subject: Akaun anda disekat sementara
        mesej group taman: akak2 hati2 tau, semalam pakcik Osman (Osman bin Yusof, rumah no. 23 Jalan Kenanga 4, Taman Sri Muda) kena tipu RM12k dgn "anak" yg tukar nombor baru
    """),
    "mixed": _lines("""
        click | 2026-12-01 07:55:02 +08 | s.id/Kq2P?cid=30313938383334323736 | ua=Android 13; SM-A536E | geo=MY-10 | form=m2u_tac
        Mule acc list (sheet SG-MY) row 4: Goh Wei Liang | NRIC T0312768G | DBS 027-904563-1 | rental S$500/mth | recruiter "Ah Boy" on Telegram
        Case note: 受害人 Lim Ah Kow 林亚九, 68, Blk 655B Jurong West St 61 #11-342, transferred 所有积蓄 S$210k to "China police" via PayNow
        FIN G5512384K: employer says worker Nguyen Thi Hoa's work permit details were used to open 3 mule accounts at POSB without her knowledge
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a bank's fraud hotline chat."),
        (
            "user",
            "I think I got scammed. I clicked a link in an SMS from 'DBS' and typed in my login and OTP.",
        ),
        (
            "assistant",
            "I'm sorry this happened. Please call the bank's official hotline on the back of your card right away so they can block your access, and lodge a police report. What details did you enter?",
        ),
        (
            "user",
            "Everything lah. Name Ong Jia Hui, NRIC S9051263C, my handphone 8765 1042. Then S$4,600 went out to some PayNow number I never saw before.",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan laporan polis ringkas untuk mak saya, dia kena scam Macau minggu lepas.",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh, nombor KP, tarikh kejadian dan jumlah kerugian.",
        ),
        (
            "user",
            "Nama Fatimah binti Hassan, KP 620311-01-5618, tinggal di Batu Pahat. 24 Nov dia pindahkan RM74,000 ke akaun 'pegawai BNM' lepas dapat panggilan kononnya akaun dia terlibat pengubahan wang haram.",
        ),
    ],
    [
        ("user", "帮我整理一份报案材料，我被刷单骗了。"),
        ("assistant", "好的，请提供您的基本信息、被骗经过、转账记录和对方的联系方式。"),
        (
            "user",
            "我叫吴海燕，身份证510107199612302829，在成都一家奶茶店上班。11月20日在QQ群里做“点赞返利”，前后转了3.6万，最后对方说我操作失误要再交钱解冻。",
        ),
    ],
    [
        ("user", "幫我寫封信俾銀行，想追返啲錢。"),
        ("assistant", "冇問題，請講下受騙人係邊個、幾時轉賬、轉咗去邊個戶口同埋金額。"),
        (
            "user",
            "係我阿爸周國雄，HKID Y382716(8)，佢上個月俾人扮入境處職員呃咗 HK$800,000，分三次由恒生戶口轉走，佢今年 79 歲，有輕度認知障礙。",
        ),
    ],
    [
        ("system", "You help users check whether a payee may be a money mule."),
        (
            "user",
            "A guy I met on a dating app wants me to pay a 'release fee' into an account. Is this a mule? The account name is Darren Yeo Kok Leong.",
        ),
        (
            "assistant",
            "Being asked to pay a release fee to an individual's account is a strong scam indicator. Do not transfer. You can check the account with the police mule-checker and report it.",
        ),
        (
            "user",
            "He also sent a photo of his IC to prove he's real, it shows S7634512J and an address in Sengkang. Should I send it to the police?",
        ),
    ],
    [
        (
            "user",
            "someone texted me my parcel was stuck at customs and i needed to pay a small fee",
        ),
        ("assistant", "That's a common smishing lure. Did you click the link or pay anything?"),
        (
            "user",
            "yes i paid $2.99 with my mastercard 5405 2177 6630 9124 and now there are 3 charges from overseas. i'm Hannah Brooks btw, 34 Arden Close, Solihull B91 3QX",
        ),
    ],
    [
        ("user", "請問要怎麼幫家人申請165的協助？"),
        ("assistant", "可以直接撥打165專線，或到附近派出所報案，記得帶齊轉帳明細與對話截圖。"),
        (
            "user",
            "我爸爸張文雄，身分證 H120477194，住桃園中壢，被臉書假投資社團騙了 260 萬，對方要他把錢匯到一個「法人帳戶」，他現在還不願意相信是詐騙。",
        ),
    ],
    [
        ("user", "Anak saudara saya jual akaun bank dia, apa akibatnya?"),
        (
            "assistant",
            "Menjual atau menyewakan akaun bank boleh menyebabkan akaun dibekukan dan pemilik didakwa sebagai keldai akaun. Siapa yang terlibat dan bila?",
        ),
        (
            "user",
            "Amirul Hakim bin Zainal, 19 tahun, pelajar diploma di UiTM Shah Alam. Dia jual akaun Bank Islam dia RM800 kepada 'abang' dalam group Telegram bulan Oktober, sekarang polis panggil dia ke IPD.",
        ),
    ],
    [
        ("user", "my ah ma kena scam, how to stop the bank transfer ah"),
        (
            "assistant",
            "Call her bank's 24-hour hotline immediately and ask them to freeze the account, then make a police report. Which bank and how much?",
        ),
        (
            "user",
            "UOB, about 46k. Her name Chua Geok Lan, 81, stay alone at Toa Payoh Lor 1. 她的手机 8123 9056 那个骗子还一直打来说是她孙子。",
        ),
    ],
    [
        ("user", "Can you tell if this email is spoofed? Headers below."),
        (
            "assistant",
            "Sure, please paste the full headers including Received, Authentication-Results and From/Reply-To.",
        ),
        (
            "user",
            'From: "Maybank Berhad" <security@maybank2u-verify.co> | To: "Wong Mei Kuan" <meikuan.wong@gmail.com> | Authentication-Results: spf=fail dkim=none | Subject: Mei Kuan, sahkan TAC anda segera',
        ),
        (
            "assistant",
            "SPF fails and the domain is not Maybank's, so this is a phishing e-mail sent to your address. Do not click anything, and report it to the bank.",
        ),
    ],
    [
        (
            "user",
            "Summarise this case export row for the weekly report, keep it short: FR-26-01204 | victim=Siti Norhayati binti Othman | age 58 | Kuantan | investment scam via WhatsApp | loss RM212,000 | mule acct Public Bank 3192844703",
        ),
        (
            "assistant",
            "FR-26-01204: Siti Norhayati binti Othman (58, Kuantan) lost RM212,000 to a WhatsApp investment scam; funds went to Public Bank account 3192844703, flagged as a mule.",
        ),
    ],
]
