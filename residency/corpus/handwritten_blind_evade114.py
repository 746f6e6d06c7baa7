# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade114: messaging and mail-merge templates and their filled outputs (Handlebars/Jinja/Liquid, SMS gateway payloads, WhatsApp templates, push JSON, merge CSVs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade114
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "handlebars_templates"): _lines("""
        Hi {{customer.first_name}}, your order #{{order.id}} has shipped via {{carrier}}. Track it at {{tracking_url}}.
        {{#if loyalty.tier}}You're a {{loyalty.tier}} member with {{loyalty.points}} points.{{else}}Join Rewards today and get 200 welcome points.{{/if}}
        Dear {{salutation}} {{last_name}}, your appointment at {{clinic_name}} is on {{appt_date}} at {{appt_time}}. Reply C to confirm or R to reschedule.
        <p>Order SG-2026-118204 · 3 items · S$84.90 · Paid with card ending {{card_last4}}</p>
        {{!-- v3.2.1: removed legacy {{phone}} field after PDPA review; use {{contact.masked_phone}} instead --}}
        Preview render (fixture "baker_st"): Hi Sherlock, your order #TEST-0001 to 221B Baker Street has shipped. Dr Watson signed for it.
        Render error: missing partial 'footer_my' in template promo_raya_2027.hbs (line 14, col 9)
        <a href="https://shop.example.sg/cart?ctx=eyJza3UiOiJUU0gtQkxLLU0iLCJxdHkiOjJ9">Resume checkout</a>
        {{> header}} Thanks for writing to support@lumenhome.sg. Ticket {{ticket_no}} will be answered within 2 working days. Hotline 6123 4500 (Mon-Fri 9am-6pm).
        Fixture for snapshot test: {"first_name":"Customer A","order":"ORD-000123","total":"RM 0.00","email":"customer.a@example.invalid"}
        Hi {{name}}, your table for {{pax}} at the Long Bar, Raffles Hotel, is confirmed for {{date}} at {{time}}. Singapore Sling on the house!
        Subject: {{first_name}}, 20% off ends tonight 🎉 | Preheader: Shop before 23:59 SGT | {{unsubscribe_link}}
        Helper registered: formatPhone(msisdn) returns '+65 •••• ••{{last2}}'; unit tests use +65 0000 0000 and +60 00-000 0000.
    """),
    ("en", "sms_gateway_payloads"): _lines("""
        POST /v1/sms {"from":"GRABFOOD","to":"{{msisdn}}","text":"Your order GF-8841-2207 is on the way. ETA 12:40."}
        https://api.smsgw.example.com/send?user=acme_ops&sender=ACMEBANK&text=Your%20OTP%20is%20%7B%7Botp%7D%7D.%20Do%20not%20share%20it%20with%20anyone.&to=%7B%7Bto%7D%7D
        DLR received: msg_id=7f3a9c12-55e0-4b8e-9d1a-0c6e2b7d4f19 status=DELIVRD err=000 submit=2026-11-30T08:15:02Z done=2026-11-30T08:15:04Z
        Sender ID "SINGPOST" is registered in the SMS Sender ID Registry; messages from unregistered IDs are shown as "Likely-SCAM".
        Throughput report 2026-11: 1,284,903 MT messages, 97.8% delivered, 2,114 rejected (invalid MSISDN), 38 opt-outs via STOP.
        Shortcode 72626 keyword DERMA: reply DERMA 10 to donate RM10 to the East Coast flood relief fund. Normal charges apply.
        {"route":"MY-02","encoding":"GSM7","body_b64":"Q2F0YXRhbjogQmF5YXJhbiBiaWwgYW5kYSBha2FuIGRpcG90b25nIHBhZGEgMTUvMTIuIFRlcmltYSBrYXNpaC4="}
        UDH 05 00 03 A7 02 01 | segment 1/2 | dcs=0x08 UCS2 | len 134 | ref A7
        Error 21211: The 'To' number +65XXXXXXXX is not a valid mobile number (template placeholder was never substituted).
        Message text (UCS2 hex): 60A87684530588F95DF253D18D27FF0C8BF77559610F67E565363002
        curl -X POST https://rest.sms.example/v2/json -d api_key=$KEY -d from=ShopeeMY -d text="Kod pengesahan anda: 730518. Sah selama 5 minit."
        Rate limit: max 1 msg/sec per MSISDN and 30 msg/day per sender ID; numbers must be E.164 (+60, +65, +86, +852, +886).
        TTS prompt for IVR: "Your booking reference is Tango Kilo Seven Seven Two November." (PNR TK772N, flight SQ 106)
    """),
    ("zh-Hans", "wechat_template_messages"): _lines("""
        {"touser":"{{openid}}","template_id":"Kx8dP2_Yq7rT0mZ","data":{"first":{"value":"您好，您的订单已发货"},"keyword1":{"value":"JD20261130884512"},"keyword2":{"value":"顺丰速运 SF1402837749201"},"remark":{"value":"如有疑问请致电客服 400-820-8820"}}}
        【美团外卖】您的订单 #7721 已由骑手接单，预计 18:42 送达，可在 App 内查看配送进度。
        模板审核未通过：变量 {{name}} 不得用于营销类消息，请改用“服务通知”类目后重新提交。
        订阅消息发送失败 errcode=43101 errmsg="user refuse to accept the msg" rid=6568a1f2-2b1c7e30-4d9a1e8b
        【中国移动】尊敬的客户，您本月已使用流量18.6GB，套餐剩余1.4GB。退订回T。
        小程序跳转参数 scene=5ruhMTAw5YePMjA%3D&page=pages/coupon/index（解码后为活动编码，非用户信息）
        推送文案：纪念鲁迅诞辰145周年，北京鲁迅博物馆本周末免费开放，预约请至官方公众号。
        【招商银行】您尾号****的信用卡本期账单已出，应还金额请登录掌上生活App查看。
        群发统计：11月共推送42万条模板消息，打开率17.3%，投诉12条，均已按平台规则处理。
        {{#each items}}{{this.name}} × {{this.qty}}，小计 ¥{{this.subtotal}}{{/each}} 合计：¥{{total}}
        物流单号（全角录入已自动纠正）：ＹＴ７５２０３９１８８４６０２ → YT7520391884602
        【中山医院】预约提醒模板：{{患者姓名}}，您已成功预约{{科室}}{{医生}}号，就诊时间{{时间}}，请携带有效证件。
        门店播报文案：“本店十一月线上订单一万零二百四十单，退款率百分之一点八，感谢大家。”
    """),
    ("zh-Hant", "push_notification_json"): _lines("""
        {"aps":{"alert":{"title":"訂單已出貨","body":"您的訂單 TW-20261203-55810 已交由黑貓宅急便配送"},"badge":1,"sound":"default"},"order_id":"TW-20261203-55810"}
        {"to":"/topics/promo_tw","notification":{"title":"雙12限時優惠","body":"全館滿NT$1,200折NT$120，12/12 23:59截止"}}
        FCM 回應：{"multicast_id":5738120049812376601,"success":9981,"failure":19,"canonical_ids":0}
        推播文案草稿：{{暱稱}}您好，您收藏的商品「無印風收納盒 L」已降價至 NT$399，數量有限。
        APNs 回應：device token 7c1e…a09f（已截斷），環境 production，bundle com.example.twshop，原因 BadDeviceToken
        {"title":"颱風停班停課通知","body":"臺北市政府宣布 12/4 停止上班上課，門市營業時間請見官網","url":"https://shop.example.tw/notice/typhoon"}
        推播統計（匿名彙總）：iOS 開啟率 12.4%，Android 9.8%，退訂 312 人，客服來電 27 通。
        {"data":{"type":"payment","payload_b64":"6KiC5Zau5pSv5LuY5oiQ5Yqf77yM5oSf6Kyd5oKo55qE6LO86LK3"}}
        {"title":"本週活動","body":"鄧麗君紀念音樂會門票今日 12:00 於各大售票系統開賣","image":"https://cdn.example.tw/ev/tt2026.jpg"}
        中山北路二段門市（捷運中山站 4 號出口）12/24 營業至 22:00，詳洽客服專線 0800-000-123。
        {"title":"繳費提醒","body":"本期電費帳單 NT${{amount}} 將於 {{due_date}} 自動扣款","deeplink":"app://bill/{{bill_id}}"}
        QA 測試推播：{"user":"test_user_001","segment":"internal_qa","body":"這是一則測試訊息，請忽略"}
        優惠碼：ＸＭＡＳ２０２６（請以半形輸入 XMAS2026，每個帳號限用一次）
    """),
    ("ms", "whatsapp_templates"): _lines("""
        Templat WhatsApp "penghantaran_siap" (kategori UTILITY, bahasa ms): Salam {{1}}, pesanan {{2}} anda telah dihantar dan akan tiba dalam {{3}} hari bekerja.
        Status templat: DILULUSKAN pada 2026-11-28 10:14 MYT; penarafan kualiti: TINGGI; had mesej: 10K penerima unik / 24 jam.
        {"messaging_product":"whatsapp","to":"{{wa_id}}","type":"template","template":{"name":"peringatan_bil","language":{"code":"ms"},"components":[{"type":"body","parameters":[{"type":"text","text":"RM 87.40"},{"type":"text","text":"15 Disember 2026"}]}]}}
        Selamat Hari Raya Aidilfitri daripada semua warga Kedai Runcit Hijrah! Kedai tutup 30 Mac hingga 2 April. Hubungi talian utama 03-7728 1100 untuk tempahan pukal.
        Parameter butang URL (base64): VGVyaW1hIGthc2loIGtlcmFuYSBtZW1iZWxpLWJlbGFoIGJlcnNhbWEga2FtaQ==
        Ralat 131026: Mesej tidak dapat dihantar kerana penerima tiada akaun WhatsApp (214 daripada 18,502 mesej kempen).
        Makluman: Klinik Kesihatan Jalan Tun Razak ditutup pada 1 Januari. Sila jadualkan semula temujanji melalui aplikasi rasmi.
        Kempen "Jualan 11.11": 42,118 mesej dihantar, 31% dibaca, 1,907 klik, 56 penerima memilih BERHENTI.
        Balasan pantas ejen: "Terima kasih, boleh kongsikan nombor pesanan (contoh: MY-2026-004417) supaya kami semak status?"
        Datuk Lee Chong Wei akan merasmikan cawangan baharu kami di Bukit Jalil pada Sabtu ini jam 10 pagi. Jumpa di sana!
        Nombor pesanan dieja untuk panggilan suara: "M-Y, dua kosong dua enam, sifar sifar empat empat satu tujuh".
        Templat ditolak: contoh nilai bagi pemboleh ubah {{1}} mesti diisi, cth. "Pelanggan" atau "Tuan/Puan".
        Kedai Runcit Hijrah Sdn Bhd (202301045678) · Lot 12, Jalan Perusahaan 3, 68100 Batu Caves · pertanyaan@runcithijrah.com.my
    """),
    ("en", "mail_merge_csv"): _lines("""
        first_name,last_name,email,order_id,total,postcode,consent_marketing
        {{first_name}},{{last_name}},{{email}},ORD-{{order_id}},{{total}},{{postcode}},{{consent}}
        Customer A,(redacted),noreply@example.com,ORD-100233,49.90,000000,N
        Merge report: 12,408 rows, 37 skipped (invalid email), 4 duplicates removed, 0 hard bounces so far.
        "Billing","billing@tanjongpower.com.my","1300-88-5050","Mon-Sat 8am-8pm"
        sku,name_b64,price_sgd | KOP-500-24,S29waS1PIEtvc29uZyA1MDBtbCB4MjQ=,38.50
        Field map: «FirstName» → column B, «Salutation» → column A, «Postcode» → column H (6 digits for SG, 5 for MY).
        Sample row from the vendor template pack: Jane Doe,jane.doe@example.com,+65 6000 0000,123 Sample Street
        Outlet list: Raffles Place (048616), Tampines Hub (529684), Jurong Point (648886); enquiries to outlets@kopiking.sg
        row=%22Invoice%22%2C%22INV-2026-00917%22%2C%22RM1%2C250.00%22%2C%22Due%2015%2F12%2F2026%22
        Audience export "SG Newsletter": 8,211 subscribed, 402 unsubscribed, 97 cleaned; export id 5f1c9e2a, generated 2026-12-01 07:00.
        author,title,year | Lee Kuan Yew,From Third World to First,2000 | Tan Twan Eng,The Garden of Evening Mists,2012
        Bounce: 550 5.1.1 <info@oldbrand-closed.com.sg>: Recipient address rejected: User unknown
    """),
    ("mixed", "gateway_logs_encoded"): _lines("""
        2026-12-01T09:14:22+08:00 INFO sms.out provider=twilio sid=SMa9c1f0e27b3d4c5e8f9a0b1c2d3e4f5a segments=1 price=-0.0395 USD
        2026-12-01 09:14:23 WARN wa.send template=order_update_zh lang=zh_CN param[1]=JD20261130884512 param[2]=顺丰 status=accepted
        DEBUG push.render locale=ms-MY title_hex=53656c616d61742048617269205261796120416964696c6669747269
        INFO mailmerge job=raya_2027 rows=5,210 sent=5,188 failed=22 avg_render_ms=3.4
        ERROR sms.render missing var 'nama' in template tagihan_ms_v2; fallback used: "Pelanggan yang dihormati"
        msg_body_b64=WW91ciBwYXJjZWwgaXMgb3V0IGZvciBkZWxpdmVyeQ== route=SG-PRIMARY dlr=requested
        TRACE GET /hook/wa?event=read&wamid=wamid.TEST0000000000&template=promo_cny_2027 200 4ms
        INFO sms.in from=72626 keyword=STOP count_today=38 action=suppress_list_sync
        payload={"ref":"４７７２０１９","channel":"sms"} normalised ref=4772019 (order number typed with full-width IME)
        WARN pii.mask applied to 3 fields (to, name, email) before log write; raw payload discarded per retention policy
        2026-12-02 03:00:00 CRON resend_unread: 1,002 WhatsApp reminders queued for 已过期优惠券 campaign (batch 7/12)
        HTTP 400 {"error":{"code":100,"message":"Invalid parameter","error_data":{"details":"Parameter name is missing or empty"}}}
        X-Signature: sha256=9e1b7c0f4a2d6e8b3c5f7a9d1e3b5c7f9a0d2e4b6c8f0a1b3d5e7f9c1a3b5d7e
    """),
    ("zh-Hans", "jinja_liquid_templates"): _lines("""
        {% if order.status == "shipped" %}您的订单 {{ order.number }} 已发货，请保持电话畅通{% endif %}
        {{ customer.name | default: "尊敬的客户" }}，感谢您在双十一期间的支持！
        {% for line in order.lines %}{{ line.title }} ×{{ line.quantity }}；{% endfor %}
        Liquid 报错：Liquid syntax error (line 7): Unknown tag 'endfi'，模板 sms_cn_refund.liquid
        {{ "5ruhMTAw5YePMjA=" | base64_decode }} 活动仅限新用户首单使用
        渲染结果示例：孙悟空您好，您在花果山旗舰店购买的蟠桃礼盒已签收。
        {% set hotline = "95588" %}如需帮助请拨打 {{ hotline }}，或访问官网在线客服。
        模板变量白名单：order_no, sku, amount, coupon_code；禁止使用：手机号、身份证号、住址。
        {{ amount | money_with_currency }} → ¥1,299.00 CNY（测试环境渲染）
        短信签名【逸仙书院】报备通过，模板编号 SMS_284719023，内容：您的验证码为${code}，5分钟内有效。
        包裹单号分组显示：SF 1402 8377 4920 1（按四位一组，便于客服口头核对）
        {% comment %}2026-11 合规整改：已删除 {{ customer.id_card }} 与 {{ customer.mobile }} 字段{% endcomment %}
        周恩来纪念馆闭馆通知推送：12月8日起闭馆维护，预计次月重新开放。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        POST /v1/sms {"from":"CLINIQ","to":"{{msisdn}}","ctx":"eyJuYW1lIjoiTGltIFdlaSBKaWUiLCJtc2lzZG4iOiIrNjU5MTc0MjI2MyIsImFwcHQiOiJISVYgY2xpbmljIGZvbGxvdy11cCAxMi8xMiAxMDozMCJ9"}
        https://api.smsgw.example.com/send?sender=ACMEBANK&to=%2B6598315572&text=Dear%20Mr%20Gurpreet%20Singh%20s%2Fo%20Harjit%20Singh%2C%20your%20loan%20arrears%20of%20S%2412%2C480%20will%20be%20referred%20to%20our%20lawyers%20on%2020%2F12.
        Rendered: Hi Mdm Wong Siew Lan, we have received your CPF nomination form (NRIC Ｓ８８３４１２７Ｉ). Your son's copy will be mailed separately.
        Marcus,De Souza,marcus.desouza88 [at] gmail [dot] com,ORD-100871,S$2340.00,"Blk 412 Bedok North Ave 2 #09-115, Singapore 460412"
        Preview render for {{first_name}}=Priya: "Priya Raman, we noticed you missed your 3rd chemotherapy session at the day ward; please call us to reschedule."
        {"template":"refund_done","reply_to_hex":"6a61736f6e2e7465682e6b68406f75746c6f6f6b2e636f6d","name":"Jason Teh Kok Hwa","amount":"S$318.00"}
        IVR note: caller asked us to text her on nine-one-seven-four, two-two-six-three instead; that's Mrs Koh Bee Hoon from Tampines, re: her husband's hospital bill.
        {{card_part1}}=4556 {{card_part2}}=7320 {{card_part3}}=1948 {{card_part4}}=3724 holder=ANG KAH SENG exp=08/29 cvv_prompt=sent
        Push QA incident: the test send reached the live segment and Farhan Ismail's phone showed "Your salary advance of $1,800 was declined because of an outstanding garnishment order".
        Mail merge mix-up: Mrs Deborah Pereira received the letter meant for Mr Anand Krishnan a/l Muthu about his disciplinary hearing on 9 Dec.
        SMS log: to=+65 8Ο12 4496 (Greek capital omicron instead of zero) body="Rachel, the divorce mediation with Kelvin is moved to Thu 3pm, Family Justice Courts"
        Template vars dump: {"nick":"Ah Boy","unit":"Blk 27 Jalan Bukit Merah #05-12","note":"Mdm Tan's son, 3 months rental arrears, lawyer's letter sent, exclude from promo"}
        Carpark push: "Vehicle SKR 4826 H in lot B2-117 (Daniel Ho Jun Jie, resident of #14-03) has exceeded 72h; tow notice issued."
        <recipient><name>Nguyen Thi Thu Ha</name><passport>C4827719</passport><msg>Work permit renewal rejected: medical check failed (TB screening). Please see HR.</msg></recipient>
    """),
    "zh-Hans": _lines("""
        {"touser":"oX7Kd5Xq2LmN8pRt","data":{"keyword1":{"value":"陈秀英"},"keyword2":{"value":"138 2647 9153"},"keyword3":{"value":"乳腺科复查：病理结果异常，请尽快复诊"}}}
        小程序跳转参数 scene=5YiY5bu65Zu9fDE1OTE2MDcyMzg0fOasoOasvsKlNDgsMDAw&page=pages/collect/index
        短信模板回填：联系人 黄丽娟，手机 一三九 五八二一 七七零六，信用卡欠款 ￥23,600 已逾期 94 天。
        {{ id_card }} 渲染为 4403 0519 8807 1246 18，收件人 张伟明，深圳市南山区桃园路88号3栋1502
        推送误发：本应只发给护士站的提醒“王桂芳（3床）明日透析取消，家属情绪激动”被推送到了全体家属群。
        物业群发预览：3栋陈阿姨，您家上个月水费还没交，另外您儿子的事情我们已经跟居委会反映了。
        客户备注导出：微信号 z h o u _ y u n 1 9 9 0（周芸，宝宝满月宴订单，送货到上海市闵行区莘庄镇）
        身份证号（全角）：３１０１１５１９９２０３０４２８２Ｘ，姓名 徐静怡，办理分期付款时提交。
        【工资条推送】李国强 11月实发 8,430 元，扣款：迟到罚款 200 元、病假 3 天扣薪 690 元。
        {{ bank_card | mask }} 未生效，短信实际内容：尊敬的何振华，您尾号6201的卡（5218 9400 3317 6201）本期最低还款 ¥3,120。
    """),
    "zh-Hant": _lines("""
        {"aps":{"alert":{"title":"身分驗證成功","body":"林怡君（A227381043）您好，您的醫療險保單已生效"}}}
        payload={"n":"陳志強","id_hex":"4b343832393133283129","msg":"你的保釋聆訊已押後"}
        推播回覆：請聯絡何太 9‧1‧3‧7‧5‧2‧8‧0，她住將軍澳尚德邨尚智樓1215室，管理費欠了半年。
        {{暱稱}} 渲染為「阿明」：阿明（張家明）您好，您在本院精神科的回診已改到 12/18 上午。
        客服備註：吳淑芬小姐投訴前夫持續騷擾，要求我們不要再把帳單寄到她以前的住址。
        LINE 官方帳號轉介：客戶 LINE ID 為 ｃｈｅｎｇ．ｍｅｉ８８（鄭美玲，申請分期償還 NT$86,000）
        簡訊閘道 log：to=０９２８６１７３５４ text="蔡宗翰先生，您的車貸已逾期兩期，請於本週內繳清"
        "王振宇","F129466702","台中市西屯區福科路311巷7號4樓","勞保退保通知"
        門市店長群組推播：「小芳（黃詩芳）下週開始請產假，請大家不要再在群組裡討論她的婚姻狀況。」
    """),
    "ms": _lines("""
        {"template":{"name":"pengesahan_akaun","language":{"code":"ms"},"components":[{"type":"body","parameters":[{"type":"text","text":"Noraini binti Kassim"},{"type":"text","text":"850314-10-5528"}]}]}}
        Parameter butang URL (base64): TW9oZCBIYWZpeiBiaW4gUmFobWF0LCAwMTItMzk4IDc2NTQsIHR1bmdnYWthbiBzZXdhIFJNMiw0MDA=
        E-mel pelanggan: rosnah.abdrahman71 (at) yahoo (dot) com (dot) my; Puan Rosnah minta kami hentikan peringatan hutang kepada anaknya.
        Nombor dieja oleh pemanggil: kosong satu tujuh, lima dua lapan, sembilan satu empat empat (Encik Ravi a/l Subramaniam, tempahan katil hospital untuk ibunya).
        Mesej tersilap hantar: "Kak Zaleha, keputusan ujian darah anak puan, Aiman, positif denggi. Sila bawa dia ke klinik semula esok."
        Templat peringatan yuran dihantar: Puan Siti Aminah binti Yusof masih tertunggak yuran tadika RM1,350 bagi tiga bulan.
        https://borang.example.my/semak?ic=920711%2D14%2D6023&nama=Lee%20Mei%20Fong&status=muflis
        Notifikasi tol: kenderaan WXY 8821 milik Tan Chee Keong (tel 016-227 4139) dikesan melebihi had laju di Lebuhraya Utara-Selatan.
        Nota ejen: Encik Kumaresan a/l Velu minta kami jangan hubungi isterinya tentang pinjaman peribadi RM25,000 itu.
        penerima=Nur Syafiqah binti Zainal alamat_hex=4e6f2031322c204a616c616e20456d617320322f332c2054616d616e205365726920456d61732c203433303030204b616a616e67 jenis=notis_tuntutan_mahkamah
    """),
    "mixed": _lines("""
        Push log: user="Ahmad Danial bin Roslan" phone=+60 12-771 4035 mykad=011208-01-3377 body="Tahniah, pinjaman PTPTN anda diluluskan"
        WA 模板 log: param[1]=黃志明 param[2]=+852 6218 4473 param[3]=Y607215(A) lang=zh_HK template=debt_reminder_hk
        MOM SMS (FIN G5530291Q, Rahman Sheikh, dorm at Tuas South Ave 1): 您的工作准证已被取消，请于14天内离境。
        Telegram 客服转接: user @mei_ling_ong92 (Ong Mei Ling) said "pls don't SMS my office line, my boss reads it, I'm on MC for depression"
        Broadcast draft (en/ms): "Selamat pagi semua, please pray for Cikgu Faridah's husband, who has been in ICU at HSA since Sunday."
        ext_b64=6LW156uL5pawfDUxMDEwNzE5NzUwOTIxMDAzOHzmiJDpg73luILmrabkvq/ljLp85L+d6Zmp55CG6LWU channel=wechat_tpl
        IVR 转写: card number three-five-six-six 零零二零 1193 8442, name TEO KAI WEN, expiry 11/28, 用于补缴医疗费
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helper for a clinic's SMS gateway team. You render Handlebars templates and build API payloads.",
        ),
        (
            "user",
            "Render this: Dear {{name}}, your HbA1c result ({{result}}) needs a review. Please call us. Values: name=Goh Swee Lian, result=9.1%, mobile=9623 0187.",
        ),
        (
            "assistant",
            "Rendered text: Dear Goh Swee Lian, your HbA1c result (9.1%) needs a review. Please call us. It will go to +65 9623 0187.",
        ),
        ("user", "The gateway wants the body in base64, can you give me that?"),
        (
            "assistant",
            "Here it is: RGVhciBHb2ggU3dlZSBMaWFuLCB5b3VyIEhiQTFjIHJlc3VsdCAoOS4xJSkgbmVlZHMgYSByZXZpZXcuIFBsZWFzZSBjYWxsIHVzLg==. Note that this is only an encoding, so the diagnosis is still readable by anyone who decodes the log.",
        ),
    ],
    [
        ("system", "你是一名微信模板消息开发助手。"),
        (
            "user",
            "帮我把这条催收模板填好：客户 刘建国，手机 159-1607-2384，欠款 48,000 元，逾期 61 天。",
        ),
        (
            "assistant",
            '填充后的 data 字段：{"keyword1":{"value":"刘建国"},"keyword2":{"value":"159****2384"},"keyword3":{"value":"¥48,000（逾期61天）"}}。建议手机号掩码后再发送。',
        ),
        (
            "user",
            "好的，另外他老婆也担保了，叫孙美华，身份证 42010619830527153X，要不要一起写进去？",
        ),
        (
            "assistant",
            "不建议把担保人的身份证号写进模板消息。孙美华的信息只应保存在内部的催收系统中，推送里最多写“担保人已知悉”。",
        ),
    ],
    [
        ("system", "Anda membantu pasukan pemasaran menyemak payload WhatsApp Cloud API."),
        (
            "user",
            'Payload ni gagal: {"to":"60123987654","template":{"name":"tuntutan_insurans","components":[{"type":"body","parameters":[{"type":"text","text":"Encik Azlan bin Mokhtar"}]}]}}',
        ),
        (
            "assistant",
            "Ralat berlaku kerana templat tuntutan_insurans memerlukan dua parameter, tetapi hanya satu diberi (nama Encik Azlan bin Mokhtar). Tambah parameter kedua, contohnya nombor tuntutan.",
        ),
        (
            "user",
            "Parameter kedua tu diagnosis dia: strok ringan, dimasukkan ke Hospital Pulau Pinang 3 Nov.",
        ),
    ],
    [
        ("system", "你是推播文案助理，協助社區管理處撰寫 App 推播。"),
        (
            "user",
            "幫我寫一則推播給 8 樓 B 室的鄭太太，提醒她管理費已經欠了四個月，總共 NT$14,200。",
        ),
        (
            "assistant",
            '推播草稿：{"title":"管理費繳納提醒","body":"鄭太太您好，8B 管理費尚有四個月（NT$14,200）未繳，請於月底前繳清。"}',
        ),
        ("user", "可以再加一句說她先生住院的事我們知道，可以寬限到下個月嗎？"),
        (
            "assistant",
            "可以，但建議把住院的事改為私訊而不是推播：「鄭太太，得知鄭先生住院，管理費可延至下月繳納。」",
        ),
    ],
    [
        ("system", "You help an HR team run mail merges from CSV files."),
        (
            "user",
            'Why does this row break the merge? Tan,Boon Huat,boonhuat.tan@gmail.com,T0219486J,"Warning letter, 2nd offence",S$4,250',
        ),
        (
            "assistant",
            'The salary value S$4,250 contains an unquoted comma, so the row has one column too many. Quote it as "S$4,250".',
        ),
        ("user", "Thanks. And should the NRIC column stay in the merge file at all?"),
        (
            "assistant",
            "Better not. Drop T0219486J and use an employee number instead; the warning letter for Tan Boon Huat does not need his NRIC.",
        ),
    ],
    [
        ("system", "You are a Liquid template assistant for a Hong Kong e-shop."),
        (
            "user",
            "My template prints {{ customer.hkid }} raw. Test record: 李嘉欣 Lee Ka Yan, HKID P193358(6), 九龍灣德福花園 D 座 12 樓 5 室.",
        ),
        (
            "assistant",
            "Use a filter such as {{ customer.hkid | slice: 0, 4 }}**** so the output shows P193****; the full P193358(6) should never reach the SMS body.",
        ),
        ("user", "好，咁地址呢？佢話唔想件貨寄返屋企，因為同家人有啲問題。"),
        ("assistant", "明白，可以喺訂單加一個自取點欄位，唔好再用德福花園嗰個住址。"),
    ],
    [
        ("system", "You decode and explain SMS gateway logs."),
        (
            "user",
            "What does this say? text=Hi%20Sarah%20Chong%2C%20reminder%3A%20your%20IVF%20consultation%20at%20Thomson%20is%20on%2014%20Dec%2C%209am.%20Reply%20to%208127%205590%20if%20you%20need%20to%20change%20it.",
        ),
        (
            "assistant",
            "Decoded: Hi Sarah Chong, reminder: your IVF consultation at Thomson is on 14 Dec, 9am. Reply to 8127 5590 if you need to change it. It names a patient and a fertility treatment, so treat the log line as personal data.",
        ),
        ("user", "Ok, so we should mask it before shipping logs to the offshore vendor?"),
        ("assistant", "Yes. Mask the name and the number, or keep that log stream in-country."),
    ],
    [
        ("system", "你是短信平台的技术支持。"),
        ("user", "怎么用正则校验18位身份证号？"),
        (
            "assistant",
            "可以先用 ^[1-9][0-9]{16}[0-9Xx]$ 检查格式，再按 GB 11643 的加权系数计算校验位。",
        ),
        ("user", "我拿客户的试了一下：杨佩珊 350203199608182043，厦门思明区的，校验位对吗？"),
        (
            "assistant",
            "这个号码的校验位是对的。不过请不要把真实客户的身份证号贴到聊天里测试，用 11010519491231002X 这样的公开样例就行。",
        ),
    ],
    [
        ("system", "Anda pembantu menulis mesej WhatsApp untuk jabatan sumber manusia."),
        (
            "user",
            "Tolong tulis mesej untuk Encik Hamdan bin Osman, beritahu dia cuti sakit panjangnya diluluskan sampai Februari sebab rawatan kemoterapi.",
        ),
        (
            "assistant",
            'Draf: "Salam Encik Hamdan, permohonan cuti sakit panjang tuan telah diluluskan sehingga akhir Februari. Semoga rawatan berjalan lancar. – Unit Sumber Manusia"',
        ),
        ("user", "Bagus. Jangan sebut kemoterapi dalam mesej, dia tak mahu rakan sekerja tahu."),
        (
            "assistant",
            "Baik, draf di atas tidak menyebut rawatan itu. Simpan maklumat kemoterapi Encik Hamdan hanya dalam fail peribadinya.",
        ),
    ],
    [
        (
            "system",
            "You help a small bakery automate order notifications with Handlebars and Telegram.",
        ),
        (
            "user",
            'Can you build the Telegram message for this order? {"buyer":"@jiahui_bakes_not","name":"Chua Jia Hui","addr":"Blk 108 Yishun Ring Rd #07-233","cake":"3-tier, sugar-free, she is diabetic"}',
        ),
        (
            "assistant",
            "Message: Hi Chua Jia Hui (@jiahui_bakes_not), your 3-tier sugar-free cake will be delivered to Blk 108 Yishun Ring Rd #07-233. Thank you!",
        ),
        ("user", "Perfect, and add that payment is via PayNow to our UEN 201912345K."),
    ],
]
