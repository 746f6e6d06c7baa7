# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix16: mixed-language customer-support transcripts and e-mail threads (English, 中文, Bahasa Melayu) with signatures, quoted replies, forwarded headers, ticket metadata, agent notes and auto-replies. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix16
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "company announcements"): _lines("""
        From: Customer Care <care@lumina-telco.com.sg> | To: All Lumina Prepaid subscribers | Subject: Scheduled maintenance on 14 Dec, 01:00–05:00 SGT
        Missed Jensen Huang's Computex 2024 keynote in Taipei? Our recap webinar on the new Blackwell parts runs Thursday 3 pm SGT.
        Our new flagship store opens at Level 2, ION Orchard, 2 Orchard Turn, Singapore 238801 on 6 December — the first 200 customers get a free tote.
        Effective 1 January 2027, the Premium plan moves from S$28.90 to S$31.90 per month; customers on 24-month contracts signed before 30 Nov are not affected.
        Please note our Penang service centre has moved to 63 Lebuh Bishop, 10200 George Town; the old Macalister Road counter closes on 20 December.
        Reminder: we will never ask for your OTP, NRIC or full card number by phone, e-mail or WhatsApp. If in doubt, call the number on the back of your card.
        Q3 service report: 41,882 tickets opened, 40,917 closed, median first reply 1 h 52 min, CSAT 4.6/5 across the EN, 中文 and BM queues.
        Recall notice RN-2026-031: batch 24K0917 of the ZenBrew 1.7 L kettle (model ZB-1700-SG) may overheat; stop using it and bring it to any outlet for a full refund.
        Banyan Tree Group, co-founded by Ho Kwon Ping in 1994, is this month's featured partner in the Rewards catalogue.
        Holiday hours: all branches close at 1 pm on Christmas Eve and New Year's Eve, and stay closed on 25 Dec and 1 Jan. Online chat remains 24/7.
        The Annual General Meeting will be held at Suntec Singapore Convention Centre, 1 Raffles Boulevard, Room 303, on 22 April 2027 at 10:00 am.
        Important: the sender domain lumina-telco-support.com is NOT ours. Report phishing to phishing@lumina-telco.com.sg and delete the message.
    """),
    ("en", "auto-replies and signatures"): _lines("""
        Thank you for contacting Kopi Kaki Delivery. This is an automated reply: your ticket #CS-7730185 has been logged and an agent will reply within 1 business day.
        Auto-reply: I'm out of the office until 8 January with limited access to e-mail. For urgent billing matters please write to billing@harbourfreight.example or call +65 6100 2200 (Mon–Fri 9–6).
        -- Customer Experience Team | Sunway Digital Bhd (Registration No. 201801023456 (1283746-K)) | Level 12, Menara Sunway Digital, Jalan Lagoon Timur, 47500 Subang Jaya
        This mailbox is not monitored. Please do not reply to this e-mail. To reach us, use the in-app chat or call our 24-hour hotline 1300 88 2525 (Malaysia) / 1800 262 1188 (Singapore).
        Regards, The Helpdesk | IT Service Desk ext. 4357 (HELP) | servicedesk@nusantara-logistics.example
        CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you received it in error, notify the sender and delete it. Company Reg. No. 199904785Z.
        We've received your return request RMA-558213-B for order 1120-4471-0093. Please drop the parcel at any 7-Eleven within 14 days using the QR code in the app.
        Your password was changed on 3 Dec 2026 at 21:14 (GMT+8) from Chrome on Windows. If this wasn't you, reset it at account.example.com/reset.
        Sent from Outlook for Android — please excuse the typos.
        Automatic reply: Thanks for your e-mail. Our office is closed for the Hari Raya Aidilfitri holidays from 30 March to 2 April; we will respond when we're back.
        Ticket CS-7730185 has been marked Solved. If your issue is not resolved, reply to this e-mail within 7 days to reopen it. Rate us: ★★★★★
        Customer Care, ParcelGo Pte Ltd · 10 Toh Guan Road #04-01, Singapore 608838 · UEN 201512345K · Hotline 6681 0000
    """),
    ("mixed", "FAQ answers"): _lines("""
        Q: Can I change my registered mobile number? A: 可以。请登录 App > 我的 > 账户安全 > 更换手机号，输入新号码并完成短信验证即可。
        Boleh saya bayar guna DuitNow QR? Yes — scan the QR at the counter or in the app; minimum RM1, maximum RM5,000 per transaction.
        FAQ #12: 为什么我收到 "Error 4012: card declined"? This usually means the issuing bank blocked an online transaction; please contact your bank, not us.
        Tracking number format: SG parcels start with SPX + 12 digits (e.g. SPXSG012345678901), MY parcels with MY + 13 digits. 如果号码不对，请联系卖家。
        Q: Apa itu nombor rujukan 18 digit dalam e-mel saya? A: It's the transaction reference, e.g. 202612040915320001 = date + time + sequence, not your IC number.
        退货政策 Return policy: unopened items within 30 days, full refund to the original payment method; opened items 换货 only, subject to inspection.
        How do I update my address? Go to Settings > Addresses > Edit. Untuk alamat di Sabah dan Sarawak, caj penghantaran tambahan RM8 dikenakan.
        Q: Why does the SMS come from 68338? A: 68338 is our registered short code for OTP messages in Malaysia; 请勿将验证码告诉任何人。
        Warranty: 2 years for the ZenPhone X2 (model ZX2-256-BLK), 1 year for accessories. 保修期从发票日期开始计算。Bawa resit asal ke pusat servis.
        Q: 可以用护照注册吗？A: Yes, foreigners can register with a passport. Enter it exactly as printed; the "E12345678" in our guide is only a sample, not a real document.
        Template for your letter: "Saya, [NAMA PENUH], No. K/P [XXXXXX-XX-XXXX], ingin memohon..." — fill in your own details before sending.
        营业时间 Opening hours: Mon–Sat 10am–10pm, Sunday & 公众假期 11am–9pm. Hotline 1800-88-6868 (toll free within Singapore).
    """),
    ("zh-Hans", "release notes and system notices"): _lines("""
        【版本更新】v5.8.2（build 20261201）已上线：修复了部分安卓 14 机型上扫码闪退的问题，优化了订单列表加载速度。
        系统公告：12月10日 02:00–06:00 进行数据库升级，期间无法下单和查询物流，请提前安排。
        温馨提示：本公司客服不会以任何理由要求您提供银行卡密码或短信验证码，如遇可疑来电请拨打 96110 反诈专线。
        订单号 2026120415323087 已发货，承运商：顺丰速运，运单号 SF1428630975312，预计 12 月 6 日送达。
        本次更新新增“一键转人工”功能，用户在智能客服页面输入“人工”即可接入在线坐席。
        价格调整通知：自 2027 年 1 月 1 日起，会员年费由 ¥198 调整为 ¥218，已购买的会员不受影响。
        消费者如对处理结果不满意，可拨打全国 12315 消费者投诉举报专线或登录全国 12315 平台反映。
        雷军在小米 2024 年度演讲中介绍的新款汽车，本店暂无销售，敬请谅解。
        已知问题：iOS 18.1 上推送通知可能延迟 5–10 分钟，我们将在 v5.8.3 中修复。
        门店调整：上海南京东路步行街旗舰店已迁至同一商场 3 楼 305 铺位，原 1 楼店面停止营业。
        客服数据周报：本周共处理工单 12,873 张，平均首次响应时间 3 分 41 秒，满意度 96.2%。
        发票说明：电子发票将在订单完成后 48 小时内发送至下单时填写的邮箱，抬头可选个人或单位。
        新店开业：北京三里屯太古里南区（朝阳区三里屯路 19 号）体验店本周六开门，欢迎到店试用新品。
    """),
    ("zh-Hant", "客服公告與常見問題"): _lines("""
        【服務公告】為配合系統升級，網上銀行將於 12 月 8 日（星期日）凌晨 1 時至 5 時暫停服務，不便之處，敬請原諒。
        如有查詢，請致電客戶服務熱線 2388 6600（香港）或 +853 2833 3300（澳門），服務時間為星期一至五上午 9 時至下午 6 時。
        溫馨提示：本行職員絕不會透過電話或短訊要求您提供網上理財密碼或一次性密碼（OTP）。
        訂單編號 TW20261203-558812 已於 12 月 3 日由黑貓宅急便出貨，請留意簡訊通知。
        常見問題：身分證字號格式為 1 個英文字母加 9 個數字，例如系統範例 A123456789，請輸入您本人的號碼。
        門市地址：台北市信義區市府路 45 號 台北 101 購物中心 4 樓，營業時間 11:00–21:30。
        周大福珠寶週年慶：12 月 1 日至 15 日全港分店黃金首飾每克減 HK$20。
        版本更新 v3.4.0：新增繁體中文語音客服、支援 Apple Pay 與八達通付款，並修正收據列印錯誤。
        電郵範本：「親愛的 {{客戶姓名}}，您的預約編號 {{booking_ref}} 已確認。」請勿修改大括號內的欄位名稱。
        如對商戶處理結果不滿，可致電澳門消費者委員會熱線 8988 9315 求助。
        本季度共收到客戶意見 3,482 宗，其中 91% 於 3 個工作天內完成處理。
        自動回覆：感謝您的來信，我們已收到您的查詢（個案編號 HK-CS-20261204-0193），客服主任將於兩個工作天內回覆。
    """),
    ("ms", "e-mel pemasaran dan notis"): _lines("""
        Hai {{nama_pertama}}, jangan lepaskan Jualan 12.12! Diskaun sehingga 70% untuk semua barangan dapur, hari ini sahaja.
        Pelanggan yang dihormati, perkhidmatan perbankan dalam talian akan ditutup sementara pada 7 Disember dari 12:00 tengah malam hingga 4:00 pagi.
        Kedai baharu kami kini dibuka di Aras 3, Pavilion Kuala Lumpur, 168 Jalan Bukit Bintang, 55100 Kuala Lumpur.
        Untuk sebarang pertanyaan, hubungi talian khidmat pelanggan kami di 1-300-80-8888 atau e-mel ke bantuan@kedaimart.com.my.
        Ingat: kami tidak akan meminta nombor TAC atau kata laluan anda melalui telefon. Laporkan penipuan kepada NSRC di talian 997.
        Promosi Merdeka: beli 2 percuma 1 untuk semua produk jenama Mamee, sah sehingga 31 Ogos atau selagi stok masih ada.
        Pesanan anda MY-26120488213 telah dihantar melalui Pos Laju, nombor penjejakan ER123456789MY.
        Kemas kini aplikasi versi 7.1.0: kini menyokong log masuk MyDigital ID dan pembayaran melalui FPX.
        Terima kasih kerana menghubungi kami. Ini adalah balasan automatik; tiket anda #BM-204117 akan dijawab dalam masa 2 hari bekerja.
        Harga baharu berkuat kuasa 1 Januari 2027: pelan Asas RM35 sebulan, pelan Premium RM79 sebulan (termasuk SST 8%).
        Jemputan ke Majlis Rumah Terbuka Aidilfitri syarikat di Dewan Besar, Wisma Tun Sambanthan, Jalan Sultan Sulaiman, pada 12 April.
        Statistik: 2,318 aduan diterima pada bulan November, 97% diselesaikan dalam tempoh 72 jam.
        Soalan Lazim: format MyKad ialah YYMMDD-PB-###G; contoh 000000-00-0000 dalam panduan kami bukan nombor sebenar.
    """),
    ("mixed", "ticket metadata and agent notes"): _lines("""
        Ticket #INC-0048812 | Status: Pending Vendor | Priority: P2 | Queue: Billing-MY | Channel: e-mail | SLA breach in 3h 12m
        Agent note: customer cannot log in after update 5.8.1; reproduced on Pixel 8, escalated to L2 (JIRA APP-9921). 已告知预计修复时间。
        Internal: 退款 RM 249.00 approved by team lead, ref RFD-2026-11873; do not promise cash, only refund to the original card.
        Macro used: "Maaf atas kesulitan" + "Refund timeline 7–14 days". Tags: refund, delayed-delivery, bm-queue.
        Merge note: tickets #77120 and #77134 are duplicates (same order 1120-4471-0093); closed #77134.
        Escalation matrix: L1 chat → L2 e-mail (2h) → duty manager ext. 2207 → 值班经理 after 10pm. Vendor hotline 1800-622-7000.
        Fwd: [JIRA] (APP-9921) 扫码闪退 on Android 14 — Reporter: cs-bot, Assignee: mobile-team, Fix Version: 5.8.2
        Call summary (AI draft): caller asked about 保修 for the ZB-1700-SG kettle, confirmed recall batch 24K0917, no personal details captured.
        CSAT survey result: 👍 "agent sangat membantu, masalah settle dalam 5 minit" — anonymous response, ticket not linked.
        Routing rule R-17: if subject contains "refund" or "退款" or "bayaran balik", assign to the Finance-SG queue.
        Shift handover 04/12: 23 open, 4 pending customer reply, 1 P1 outage (payment gateway) — see status.example.com, 不需要 individually 回复客户.
        Test ticket please ignore — created by QA with dummy customer "Test User", phone 000-0000, email test@example.invalid.
        SLA report: EN queue 96.1%, 中文 queue 94.7%, BM queue 98.3% within target; attach to the monthly deck.
        Knowledge base KB-1183 updated: 如何重设密码 / Cara set semula kata laluan / How to reset your password (3 languages, screenshots v5.8).
    """),
    ("en", "e-mail templates and marketing"): _lines("""
        Hi {{first_name}}, your order {{order_number}} is on its way! Track it here: {{tracking_url}}
        Dear Valued Customer, as part of our commitment to security we have upgraded our login page. No action is needed on your part.
        Meet Ronald McDonald at our Happy Meal party this Saturday, 2–4 pm, at the Jurong Point outlet!
        Subject: Your December statement is ready | Preview: The statement for account ending ****0000 is now available in online banking.
        Black Friday deal: Dyson V15 Detect at S$1,049 (U.P. S$1,299), SKU DY-V15-SG-0412, while stocks last.
        Sample signature for staff: Jane Doe | Customer Success Manager | jane.doe@example.com | +1 555 0100
        Harry Potter and the Philosopher's Stone (ISBN 978-0-7475-3269-9) is back in stock at all Kinokuniya branches.
        Refer a friend and you both get S$10 — just share your code FRIEND-XXXX from the app.
        Thank you for shopping with Marks & Spencer Singapore. Your e-receipt no. 0412-0093-7718-26 is attached.
        Webinar: what Satya Nadella's Ignite 2024 keynote means for contact centres — live panel, 10 Dec, 4 pm SGT.
        You are receiving this e-mail because you subscribed at lumina-telco.com.sg. Unsubscribe | Manage preferences | 1 Marina Boulevard #28-00, Singapore 018989
        P.S. I joined the support team three years ago and I still love reading your feedback — keep it coming!
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        From: Priya Raman <priya.raman88@gmail.com> | Sent: Wed 3 Dec 2026 22:41 | To: support@lumina-telco.com.sg | Subject: Re: Re: double charged AGAIN
        > On 2 Dec 2026, at 09:13, Marcus Lee Jun Wei <marcus.ljw@hotmail.com> wrote: > my number is 9172 4408 pls call after 6
        Ticket #CS-7731442 | Requester: Nurul Ain binti Rosli | Phone: +60 13-472 9186 | Order 1120-5518-0271 | Tags: refund
        Agent note: cust Mr Ong Boon Hock verified with last 4 of NRIC (567D) and DOB 14/02/1971, address Blk 208 Tampines St 21 #11-402 — changed delivery slot to Sat.
        Hi, this is Kavitha, my card 4539 1488 0343 6467 was charged twice for S$89.90, please refund to the same card, thanks
        pls send the replacement to my office instead: Daniel Tay, c/o Meridian Accounting, 80 Robinson Rd #12-03, S068898, hp 8833 1920
        Thanks & regards, Jonathan Sim | sim.jonathan.k@yahoo.com.sg | HP: +65 9455 0127 (personal, not the office line)
        FYI the customer on the 11pm call (Rebecca Chua, S7823419H) said she is pregnant and can't come to the service centre, pls arrange home pickup.
        Passport for the booking: LIM WEI TING, K4418276M, exp 09/2031, DOB 22 JUL 1995 — please make sure the e-ticket matches exactly.
        Delivery failed — recipient Ahmad Faizal, 23 Jalan SS2/75, 47300 Petaling Jaya, phone 012-338 7716. Please confirm a new slot.
        ---------- Forwarded message --------- From: Grace Wong <gracewong.hk@outlook.com> Date: Mon, 1 Dec 2026 To: claims@insure.example Cc: Alan Wong <alanw1979@gmail.com> (her husband)
    """),
    "zh-Hans": _lines("""
        发件人：王丽娟 <wanglijuan0812@163.com>　收件人：kefu@shop.example　主题：回复：退款还没到账
        客户张建国，手机 139 1047 6628，身份证 440106198807153427，反映快递被放在小区门口丢失，地址广州市天河区龙口西路 218 号 5 栋 1102。
        工单备注：来电人自称是刘芳的女儿，要求查询母亲（身份证 31011519520304561X）的保单，已告知需本人授权。
        麻烦把发票寄到：杭州市西湖区文三路 90 号东部软件园 2 号楼 308，陈晓明收，电话 15868123347
        > 在 2026年12月2日 10:21，"赵磊" <zhaolei_sz@qq.com> 写道：> 我的银行卡 6222 0212 0304 5567 891 被扣了两次
        客服小结：用户李静（微信号 lijing_9527，手机尾号 8861）因孕期无法到店，申请上门换货。
        您好，我是周志强，车牌粤B·D52871，上周在你们 4S 店保养后刹车异响，请尽快回电 186 2033 5170。
        抄送：孙燕（财务部）<sunyan.cw@126.com>；附件：孙燕_身份证正反面.pdf、银行流水_2026Q3.xlsx
        退款申请表 — 姓名：黄海涛｜护照号：EA7731024｜开户行：招商银行深圳分行｜卡号：6214 8378 0012 4456
        老客户了，吴敏，住在成都市武侯区玉林南路 15 号附 3 号 2 单元 601，每次都送错，这次再送错我就投诉！
    """),
    "zh-Hant": _lines("""
        寄件者：陳美玲 <meiling.chan1990@yahoo.com.hk>｜收件者：cs@hkmall.example｜主旨：回覆：換貨進度？
        客戶何志偉，身份證 K482913(5)，電話 9386 2175，地址：九龍旺角亞皆老街 88 號 12 樓 C 室，要求更改送貨日期。
        個案備註：林淑芬（身分證字號 F224719836）來電表示其子罹患氣喘，需退訂健身課程並退款。
        麻煩寄到 台中市西屯區福星路 427 巷 12 號 5 樓 張家豪 收，手機 0928-417-305
        澳門客戶梁嘉欣，澳門居民身份證 1304127(6)，手提 +853 6628 1947，信用卡尾號 4471 被重複扣款。
        > 於 2026年12月1日 週一 下午3:05，吳家豪 <kaho.ng@gmail.com> 寫道：> 我個車牌係 VK 8821，今朝喺停車場俾人刮花咗
        轉寄郵件 — 寄件者：黃志明 <wongchiming@netvigator.com>；副本：其太太李詠詩 <wingsze.li@gmail.com>；內容：兩人聯名戶口號碼 012-345-6-789012
        致電紀錄：曾慧敏小姐（生日 1987 年 3 月 9 日，手提 6123 4578）投訴上門維修師傅遲到三小時。
        發票資料：謝宗翰，手機載具 /AB3C+7Q，電子郵件 tsunghan.hsieh@gmail.com，請寄電子發票不要紙本。
    """),
    "ms": _lines("""
        Daripada: Nur Syafiqah binti Azman <syafiqah.azman97@gmail.com> | Kepada: aduan@kedaimart.com.my | Perkara: Barang rosak, minta ganti
        Nama: Muhammad Hafiz bin Rahman, No. K/P 930415-10-5527, alamat No. 12, Jalan Melati 3/2, Taman Melati, 53100 Gombak — pelanggan minta tukar alamat bil.
        Tolong hubungi saya di 017-284 6153, saya Encik Lim Chee Keong, nombor kereta saya WXK 4512, kereta rosak kat tol Sg Besi.
        Nota ejen: Puan Kamala a/p Subramaniam maklumkan dia baru keluar hospital (pembedahan jantung), minta tangguh bayaran ansuran bulan ni.
        Sila masukkan duit refund ke akaun Maybank 1640 2211 8735 atas nama ROSLAN BIN YUSOF, terima kasih.
        > Pada 2 Dis 2026, pukul 8:14 PTG, Aina Sofea <ainasofea_02@yahoo.com> menulis: > boleh hantar ke rumah mak saya, Lot 1532, Kampung Parit Buaya, 83000 Batu Pahat
        Pelanggan warga Singapura, Tan Mei Ling, NRIC S8831274F, tel +65 9023 7781, nak pindahkan langganan ke Johor Bahru.
        Tiket #BM-204388 | Pemohon: Siti Aminah binti Osman | Telefon: +60 19-774 2031 | IC: 850921-01-6688 | Isu: bil elektrik terlebih caj
        Salam, saya Farid, no. plat VBN 7731, IC 900312-14-5013, nak claim insurans kemalangan semalam di Jalan Kuching.
        Anak saya Irfan Hakimi bin Zulkifli (darjah 4, SK Taman Tun Dr Ismail 1) alah kacang — tolong jangan letak kacang dalam bekal katering dia.
    """),
    "mixed": _lines("""
        Hi team, 我是 Chen Wei Lun, order 1120-8832-4410 还没到, my phone +65 8127 9034, alamat 21 Jurong West St 41 #08-117, S640021.
        From: Aisyah Zulkifli <aisyah.zul@gmail.com> | Cc: 她老公 Kenneth Goh <kgoh.sg@gmail.com> | Subject: 退款 / bayaran balik untuk order MY-26110377120
        Agent note: caller 阿珍 (Mdm Tan Ah Jin, NRIC S5534127C) 说她 son keeps using her card 4119 5521 0087 3320, want to block it, speak Hokkien only.
        boss, tolong check parcel untuk Kumar s/o Muthusamy, IC 780102-08-5471, dia cakap 没有收到, hp 016-552 0913
        客户 Jessica Lau 的 HKID 是 Z903184(2)，she asked us to update e-mail to jess.lau.hk@protonmail.com — pls verify before changing
        Best, Raymond Teo 张俊杰 | raymondteo.jj@gmail.com | WhatsApp +60 11-2841 5570 | Sent from my Huawei
        工单 #CS-88213 备注: customer 是 Nur Iman, FIN G4128836N, work permit holder, 要求 change billing address to 10 Woodlands Dr 16 #05-22.
        Re: Re: Fwd: 护照 copy — Hi, attached my passport A33187264 (Malaysia) and my wife's, nama dia Farah Nadia binti Ismail, for the visa app.
        ok la I give you my details again: 名字 Goh Siew Ling, email siewling.goh@hotmail.com, tel 9662 1038, don't send to my old address at Bedok North ar
        Case log 04/12 21:07 — Mr Rajesh Kumar (S8245561J) rang re: 他妈妈的 hospital bill RM 18,240, wants an instalment plan.
        Dear CS, 我的 Shopee username 是 @mei.xin.bakes, real name Lee Mei Xin, 我住 Taman Daya, Johor Bahru, please call 012-778 8419 before delivery.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you summarise this thread for the handover?\n\nFrom: Nicholas Yeo <nick.yeo83@gmail.com>\nTo: support@parcelgo.example\nSubject: Re: parcel SPXSG098812345671 missing\n\n> Hi Nicholas, could you confirm your address?\nYes it's 47 Lorong Ah Soo #03-12, S536744. Call me on 9731 5526 if the driver can't find it.",
        ),
        (
            "assistant",
            "Summary: the customer reports parcel SPXSG098812345671 missing, confirmed his delivery address and asked the driver to call him if needed. Next step: open a trace with the courier.",
        ),
        ("user", "add that he's really angry and threatened to post on facebook"),
    ],
    [
        ("user", "帮我写一封给客户的道歉邮件，客户叫马晓燕"),
        ("assistant", "好的，请问是什么问题？需要提到订单号吗？"),
        (
            "user",
            "订单 2026112908123344，她买的婴儿奶粉送错了，她手机 13761820947，说孩子喝了过敏住院了",
        ),
        (
            "assistant",
            "明白了，我会在邮件中表达歉意并说明补发和赔偿安排，邮件正文里不写她的手机号。",
        ),
    ],
    [
        ("user", "Tolong buat balasan e-mel untuk pelanggan ni"),
        ("assistant", "Boleh, sila tampal e-mel asal."),
        (
            "user",
            "Daripada: Hairul Nizam bin Ahmad <hairulnizam.a@yahoo.com>\nPerkara: Caj berganda\n\nSaya dah kena caj dua kali RM 159.00 kat kad Visa hujung 7712. IC saya 870630-05-5219 kalau nak semak.",
        ),
        (
            "assistant",
            "Baik, ini draf balasan: 'Encik Hairul, kami mohon maaf atas caj berganda tersebut. Bayaran balik akan dibuat dalam 7–14 hari bekerja.'",
        ),
    ],
    [
        ("user", "幫我整理呢段客戶對話做 ticket summary"),
        (
            "user",
            "客：你好我係 Cheung Ka Yan，上個月喺你哋度買咗部雪櫃\n客：地址係 沙田第一城 38 座 15 樓 F 室\n客：電話 9514 6620，星期六得閒",
        ),
        (
            "assistant",
            "Ticket summary：客戶上月購買雪櫃，要求安排上門檢查，星期六方便，聯絡資料已記錄。",
        ),
    ],
    [
        (
            "user",
            "is this auto-reply safe to send offshore? 'Thank you for contacting us, ticket #CS-7741108 received.'",
        ),
        ("assistant", "Yes, that auto-reply contains no personal data."),
        (
            "user",
            "ok and the customer's reply under it: 'thx. pls call my wife Shirley at 8126 4493 instead, I'm overseas till 20 Dec' — signed Vincent Lau",
        ),
    ],
    [
        ("user", "客户说她的身份证前面是 3502031991"),
        ("assistant", "还有后面的部分吗？"),
        ("user", "后面 0817202X，姓名 林雅婷，要核对实名"),
        ("assistant", "收到，请在实名系统里核对，不要把完整号码贴到群里。"),
    ],
    [
        ("user", "Draft a reply: customer wants to transfer her line to her daughter."),
        ("assistant", "Sure — do you need the transfer-of-ownership form link as well?"),
        (
            "user",
            "yes. mother is Mdm Koh Bee Hoon S4721893B, daughter Koh Li Ting T0318842E, both will come to the Tampines outlet on Sat",
        ),
        (
            "assistant",
            "Draft: 'Dear Mdm Koh, thank you for your request. Please bring both NRICs to our Tampines outlet on Saturday and we will complete the transfer.'",
        ),
    ],
    [
        (
            "user",
            "Agent note nak translate ke English: 'Pelanggan Encik Baharuddin, 62 tahun, pesakit dialisis, minta jangan potong bekalan air sebab dia perlu di rumah.'",
        ),
        (
            "assistant",
            "Translation: 'Customer Mr Baharuddin, 62, is a dialysis patient and asks that his water supply not be cut off because he needs to be at home.'",
        ),
        (
            "user",
            "add his account number 4402-118-9376 and that he lives at No. 8 Jalan Kenari 5, Bandar Puchong Jaya",
        ),
    ],
    [
        (
            "user",
            "Translate to English:\n---------- 转发的邮件 ----------\n发件人：何俊 <hejun_1991@sina.com>\n日期：2026年12月3日\n收件人：售后 <after-sales@example.cn>\n\n我住在南京市鼓楼区中山北路 105 号 3 栋 702，空调漏水，电话 177 5103 8264",
        ),
        (
            "assistant",
            "Forwarded message — From: He Jun. I live at Room 702, Building 3, 105 Zhongshan North Road, Gulou District, Nanjing; the air conditioner is leaking; phone 177 5103 8264.",
        ),
    ],
]
