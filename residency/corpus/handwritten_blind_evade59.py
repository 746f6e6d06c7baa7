# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade59: personal data hidden in chat exports and message formats (WhatsApp .txt, Telegram JSON, WeChat forwarded records, SMS backup XML, email-to-SMS gateways). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade59
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "whatsapp export"): _lines("""
        12/03/2024, 09:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
        [14/02/2024, 18:02:55] Admin: Reminder to all residents: water supply interruption on Sat 24 Feb, 9am to 5pm, due to pipe replacement. Please store water. Enquiries: PUB 1800-2255-782.
        [02/06/2024, 07:45:10] Admin: <Media omitted>
        03/06/2024, 21:30 - This message was deleted
        [16/07/2024, 15:20:33] Admin: Zoom for tonight's committee meeting: meeting ID eight one two, three four five, six seven eight nine zero. Passcode is on the noticeboard, not here.
        [20/12/2024, 08:00:00] Admin: 3️⃣ days to the Christmas potluck! Bring your own container 🍱 Venue: void deck, Blk 7.
        [09/08/2024, 20:05:12] Admin: PM Lawrence Wong's National Day Rally is on 18 Aug, 7pm, live on Channel 5 and CNA.
        [22/03/2024, 10:14:09] Admin: Forwarded: SPF advisory – fake parcel-delivery SMSes are rising again. Never give OTPs or click links. Anti-Scam Helpline 1799.
        [01/01/2025, 23:40:18] Admin: location: https://maps.google.com/?q=1.283800,103.859100 fireworks viewing spot at the Marina Bay waterfront, come early
        [18/10/2024, 09:03:44] Admin: Lost and found: one black umbrella and a kid's water bottle left at the void deck after Sunday's event. Collect from the RC office, Mon–Fri 10am–6pm.
        [07/05/2024, 14:11:20] Admin: Polyclinic Appointment Line.vcf (file attached) / BEGIN:VCARD / VERSION:3.0 / FN:Polyclinic Appointment Line / TEL;type=WORK:+65 6643 6969 / END:VCARD
        [25/12/2024, 19:20:06] Admin: Quiz answer for Q7: Ebenezer Scrooge's nephew Fred invites him to Christmas dinner every year. Answer sheets due by 9pm.
        [04/04/2024, 11:11:11] Admin: Lucky draw winning ticket numbers: 10482, 33917, 58204. Claim at the RC office with your ticket stub before 30 Apr.
        [11/11/2024, 12:00:01] Mega Electrical Sale: 11.11 flash deal! Your collection slip shows an order ref like MES-241111-04417; quote it at the Jurong East branch counter.
        29/02/2024, 22:10 - You changed this group's icon
    """),
    ("en", "sms backup xml"): _lines("""
        <smses count="1284" backup_set="6f1c2e7a-3d4b-4f8e-9a21-0c7b5e9d4a13" backup_date="1717372800000" type="full">
        <sms protocol="0" address="72000" date="1709876543210" type="1" subject="null" body="Your DBS OTP is 482913. Do not share this OTP with anyone. If you did not request it, call 1800 111 1111." toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="1709876541000" readable_date="8 Mar 2024 13:42:23" contact_name="(Unknown)" />
        <sms protocol="0" address="SHOPEE" date="1712131200000" type="1" subject="null" body="[Shopee] Parcel SPXMY04831726459 is out for delivery today. Track it in the app." read="1" status="-1" locked="0" readable_date="3 Apr 2024 16:00:00" contact_name="(Unknown)" />
        <part seq="0" ct="image/jpeg" name="IMG_20240312_184455.jpg" chset="null" cd="null" fn="null" cid="&lt;IMG_20240312_184455&gt;" cl="IMG_20240312_184455.jpg" ctt_s="null" ctt_t="null" text="null" data="/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U" />
        <sms protocol="0" address="Grab" date="1714540800000" type="1" subject="null" body="&lt;#&gt; 5530 is your Grab verification code. Do not share it with anyone. aB3xK9pQ2zT" read="1" status="-1" locked="0" readable_date="1 May 2024 13:20:00" contact_name="(Unknown)" />
        <sms protocol="0" address="TOASTBOX" date="1711000000000" type="1" subject="null" body="Promo: Buy 1 &amp; get 1 free kaya toast set till 31 Mar. T&amp;Cs apply. Reply STOP to opt out." read="0" status="-1" locked="0" readable_date="21 Mar 2024 13:46:40" contact_name="(Unknown)" />
        <call number="1800 2255 782" duration="312" date="1718000000000" type="2" presentation="1" subscription_id="1" readable_date="10 Jun 2024 14:13:20" contact_name="PUB Hotline" />
        <call number="-2" duration="0" date="1718003600000" type="3" presentation="2" subscription_id="1" readable_date="10 Jun 2024 15:13:20" contact_name="(Unknown)" />
        <sms protocol="0" address="gov.sg" date="1717999200000" type="1" subject="null" body="[gov.sg] CDC Vouchers: your household's vouchers can be claimed at go.gov.sg/cdcv. The Government will never ask for your Singpass password." read="1" status="-1" locked="0" readable_date="10 Jun 2024 14:00:00" contact_name="(Unknown)" />
        <sms protocol="0" address="CLINIC" date="1720000000000" type="1" subject="null" body="Hi {first_name}, your appointment at {clinic_name} is on {date} at {time}. Reply Y to confirm or N to reschedule." read="1" status="-1" locked="0" readable_date="{readable_date}" contact_name="(Unknown)" />
        <sms protocol="0" address="NinjaVan" date="1721000000000" type="1" subject="null" body="Ninja Van: parcel NVSGSHOPE000123456789 will arrive 10am-2pm today. Not home? Reschedule in the app." read="1" status="-1" locked="0" readable_date="15 Jul 2024 07:33:20" contact_name="(Unknown)" />
        <sms protocol="0" address="Emergency Alerts" date="1710476400000" type="1" subject="null" body="Public Warning System test: sirens will sound at 12.20pm today. No action is needed." read="1" status="-1" locked="0" readable_date="15 Mar 2024 12:20:00" contact_name="(Unknown)" />
        <!-- File Created By SMS Backup & Restore v10.20.002 on 05/12/2024 21:14:33 -->
        <?xml-stylesheet type="text/xsl" href="sms.xsl"?>
    """),
    ("zh-Hans", "wechat forwarded record"): _lines("""
        群聊的聊天记录 | 群公告 2024-03-01 09:00 | 本周五下午三点在三楼会议室开季度总结会，请各部门提前准备PPT。
        [聊天记录] 物业服务中心 2024-07-15 08:30：明天上午9点至12点二期停水，请各位业主提前储水，有问题请在群里留言。
        10086 2024-05-01 10:12：【中国移动】尊敬的客户，您本月套餐内流量已使用80%，回复KTLL可办理流量加油包。
        【铁路12306】订单E730291846，已购5月3日G1234次3车06F号，请持购票时所使用的有效身份证件原件乘车。
        淘宝订单号：3829104756381029473 已发货，顺丰运单 SF1409283746512，预计后天送达。
        微信支付凭证 | 交易单号 4200002183202403128847593012 | 商户单号 20240312184455001 | ¥36.00 | 瑞幸咖啡
        客服说退款走不通就打幺二三一五投诉，别跟他们耗。
        快递单号：ＹＴ２４０３１２８８４７５９３，圆通的，查不到物流记得在群里说一声。
        转发：鲁迅在《故乡》里写“其实地上本没有路，走的人多了，也便成了路。”今天语文课就讲到这里。
        读书群 2024-04-23 20:15：下周共读《红楼梦》第三回，林黛玉进贾府，大家先看脂批。
        群主已开启“群聊邀请确认”，群成员需群主确认才能邀请朋友进群。
        公司Wi-Fi二维码解出来是这个，原文 V0lGSTpUOldQQTtTOk9mZmljZS01RztQOioqKio7Ow== ，密码在前台问。
        [群收款] ¥50.00 | 备注：周六团建AA费用，已有12人付款
        电子发票 | 发票号码 24442000000183746521 | 购买方：深圳市云帆科技有限公司 | 统一社会信用代码 91440300MA5G2Q8K3R | 价税合计 ¥1,280.00
        [语音通话] 通话时长 12:47
    """),
    ("zh-Hans", "sms backup and telegram"): _lines("""
        <sms protocol="0" address="95588" date="1712800000000" type="1" body="【工商银行】温馨提示：近期有不法分子冒充客服，请勿向任何人透露验证码。客服热线95588。" read="1" contact_name="(Unknown)" />
        <sms protocol="0" address="106980095188" date="1712803600000" type="1" body="【美团】您的验证码是772315，5分钟内有效，请勿泄露给他人。" read="1" contact_name="(Unknown)" />
        <sms protocol="0" address="12306" date="1706700000000" type="1" body="【铁路12306】温馨提示：春运期间客流较大，请提前到站候车，按时检票。" read="1" contact_name="(Unknown)" />
        <sms protocol="0" address="10690000" date="1712900000000" type="1" body="【菜鸟驿站】您的包裹已到小区东门驿站，取件码 3-2-4089，请于今日21:00前取件。" read="1" contact_name="(Unknown)" />
        {"id": 301, "type": "message", "date": "2024-02-09T20:00:00", "date_unixtime": "1707480000", "from": "每日科技早报", "from_id": "channel1049283746", "text": "除夕快乐！今晚停更一天，初二恢复推送。"}
        {"id": 302, "type": "service", "date": "2024-02-09T20:01:10", "actor": "群管理机器人", "actor_id": "user6000000001", "action": "pin_message", "message_id": 301}
    """),
    ("zh-Hant", "telegram and whatsapp"): _lines("""
        {"id": 5521, "type": "message", "date": "2024-07-21T06:20:00", "from": "香港天文台", "from_id": "channel1083927465", "text": "八號東北烈風或暴風信號現正生效。"}
        [3/9/2024 上午8:15:02] 管理處: 各位住戶請注意，明日(4/9)大廈進行消防演習，警鐘會響約十分鐘，請勿驚慌。
        [3/9/2024 上午8:15:45] 管理處: <已略去媒體>
        {"id": 20431, "type": "message", "date": "2023-12-31T23:59:10", "from": "台北捷運", "from_id": "channel1172639405", "text": "跨年夜捷運全線延長營運至元旦凌晨，詳情請洽客服專線 (02)218-12345。"}
        轉傳：165全民防騙專線提醒，假冒電商客服要求操作ATM「解除分期付款」都是詐騙！
        轉發：李小龍話過「Be water, my friend」，今晚講座就係講佢嘅武術哲學。
        讀書會：今期討論金庸《射鵰英雄傳》，郭靖同黃蓉第一次見面係喺張家口。
        順豐單號 SF1409283746519，已到達觀塘順豐站，請憑取件碼 8-3-0294 取件。
        {"id": 77, "type": "message", "date": "2024-05-02T12:00:00", "from": "報名機器人", "from_id": "bot5820394716", "text": ["請於表格填寫卡號，格式：", {"type": "code", "text": "XXXX XXXX XXXX XXXX"}, "，切勿在群組內公開。"]}
        113年3-4月統一發票中獎號碼：特別獎 87510041，特獎 32220522，頭獎 21981893。
        有咩政府服務唔識問，打1823政府熱線，24小時有人聽。
        [5/9/2024 下午6:00:00] 管理處: 颱風期間停車場B2層暫停開放，車輛請移至B1或地面車位。
        {"id": 20432, "type": "service", "date": "2024-01-01T00:00:05", "actor": "台北捷運", "actor_id": "channel1172639405", "action": "edit_group_title", "title": "台北捷運 Taipei Metro"}
    """),
    ("ms", "whatsapp group notice"): _lines("""
        [12/01/2025, 9:15:02 PG] Admin JMB: Makluman kepada semua penduduk, bekalan air akan terganggu pada 15 Januari dari 9 pagi hingga 6 petang. Hubungi Air Selangor 15300 untuk pertanyaan.
        12/01/2025, 21:03 - Mesej dan panggilan disulitkan hujung ke hujung. Tiada sesiapa di luar sembang ini, termasuk WhatsApp, boleh membaca atau mendengarnya.
        Pos Laju: Bungkusan ER123456785MY telah dihantar pada 14/01/2025 jam 2.31 petang. Semak status di laman Pos Malaysia.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga dan kebajikan kanak-kanak.
        [15/01/2025, 8:40:10 PTG] Admin JMB: Mesyuarat agung tahunan persatuan penduduk pada jam lapan setengah malam, dewan serbaguna, bilik dua kosong tiga.
        Forward: Perdana Menteri Anwar Ibrahim membentangkan Belanjawan 2025 di Dewan Rakyat pada 18 Oktober 2024.
        Kuiz sastera minggu ini: Siapakah pengarang Hikayat Hang Tuah? Jawapan: tidak diketahui, ia karya sastera tradisional Melayu.
        No. siri baucar: 240611-02-0037, sah sehingga 30/06/2024, tebus di kaunter koperasi sekolah.
        Borang pendaftaran gotong-royong: Nama: ________ No. K/P: ______-__-____ No. Tel: ___________ Sila isi dan hantar kepada admin.
        [22/03/2025, 7:00:00 PG] Admin JMB: Tinggal 7️⃣ hari lagi ke Hari Raya! 🌙 Gotong-royong bersihkan surau Sabtu ini jam 8 pagi.
        Amaran: Maybank tidak akan meminta TAC melalui WhatsApp. Laporkan sebarang penipuan ke 1-300-88-6688.
        lokasi: https://maps.google.com/?q=3.157800,101.711900 Taman KLCC, tempat berkumpul untuk larian amal hari Ahad.
        Yuran tahunan persatuan RM30 seisi rumah, bayar terus ke akaun persatuan yang tertera di papan kenyataan, bukan ke akaun peribadi mana-mana AJK.
        [14/01/2025, 10:22:41 PG] Admin JMB: <Media tidak disertakan>
        [16/01/2025, 9:05:33 PG] Admin JMB: Mesej ini telah dipadam
    """),
    ("en", "email-to-sms gateway"): _lines("""
        Gateway format: to text a Verizon subscriber, email the 10-digit number @vtext.com; for picture messages use @vzwpix.com. Anything over 160 characters gets split.
        SMTP_GATEWAY_DOMAIN=txt.att.net  # AT&T gateway; recipient built as msisdn + "@" + SMTP_GATEWAY_DOMAIN at send time
        550 5.1.1 <5555550100@vtext.com>: Recipient address rejected: User unknown in virtual alias table
        From: alerts@noc.example.com | To: oncall-pager@example.com | Subject: CRIT | Body: disk /var 95% on db-prod-03, ticket INC0048213 opened
        Subject: =?UTF-8?B?U2VydmVyIGFsZXJ0?= | Body: Backup job nightly-full completed in 42m, 1.8 TB written, 0 errors.
        Body: Reminder: the library closes at 5pm on Christmas Eve =E2=80=93 returns go in the book drop.
        Carrier gateways strip attachments and truncate long bodies; the From address shows as the sender, so send from a no-reply mailbox.
        Template: Your code for {{app_name}} is {{otp}}. It expires in 10 minutes. Sent to {{phone_e164}}.
        From: noreply@district-alerts.org | To: parents-list | Body: All schools closed Friday due to snow. Make-up day: June 14.
        Msg ID <20240312184455.4F2A1C@mail.example.net> queued as 7C3B52A1F9; relay=sms.gateway.example[203.0.113.25]:25, status=sent
        Subject: Daily brief | Body: Fed Chair Jerome Powell said rates will stay on hold; S&P 500 closed up 0.4%.
        Body: Power outage reported in ZIP 02139, crews on site, estimated restore 4pm. Reply STOP to unsubscribe.
        Body: Your order #4419027 is ready for pickup at the Main St hardware store until 8pm.
    """),
    ("mixed", "export parser code"): _lines("""
        pattern = re.compile(r"^\\[(\\d{2}/\\d{2}/\\d{4}), (\\d{2}:\\d{2}:\\d{2})\\] ([^:]+): (.*)$")  # WhatsApp iOS 格式
        {"name": "Saved Messages", "type": "saved_messages", "id": 0, "messages": []}
        # 解析微信聊天记录：每条消息格式为「昵称 YYYY-MM-DD HH:MM」换行后为正文，昵称需脱敏为 用户A/用户B
        // Tukar nombor telefon kepada format E.164: buang sifar depan, tambah +60, contoh '01X-XXX XXXX' -> '+601XXXXXXXX'
        SELECT chat_id, COUNT(*) AS n FROM messages WHERE date >= '2024-01-01' GROUP BY chat_id ORDER BY n DESC LIMIT 10;
        jq '.messages[] | select(.type=="message") | {date, text}' result.json > messages_only.json
        redact: {phone: '[PHONE]', email: '[EMAIL]', nric: '[NRIC]', mykad: '[MYKAD]'}  # 新加坡身份证与马来西亚 MyKad 均替换为占位符
        sha256(msgstore.db.crypt14) = 9f2c4e1a7b3d5c8e0f6a2b4d1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e
        WhatsApp v2.24.10.85 匯出格式改咗，時間戳由 [DD/MM/YYYY, HH:MM:SS] 變成 DD/MM/YYYY, HH:MM - ，舊 parser 要改。
        msg["To"] = f"{number}@{carrier_domain}"  # number 由用户在表单输入，代码里不要写死任何号码
        if m.get("type") == "service" and m.get("action") in {"join_group_by_link", "invite_members"}: continue  # skip join noise
        <xsl:value-of select="@contact_name"/> <xsl:value-of select="@readable_date"/>  <!-- sms.xsl 顯示欄位 -->
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        [14/02/2024, 22:41:07] Marcus Tan: dont put my number in the group la, just text me direct. nine seven three one, two zero eight four. it's Marcus from blk 412 tampines, the one selling the pram
        [03/05/2024, 10:02:11] Priya d/o Ramasamy: sending my IC in parts so the group bot won't delete it / [03/05/2024, 10:02:19] Priya d/o Ramasamy: S88 / [03/05/2024, 10:02:24] Priya d/o Ramasamy: 2341 / [03/05/2024, 10:02:31] Priya d/o Ramasamy: 7J / [03/05/2024, 10:02:40] Priya d/o Ramasamy: for the condo gym access form pls
        <sms protocol="0" address="+6591204837" date="1707912345678" type="2" subject="null" body="Hi Dr Lim, Rachel Goh here, Ethan's fever came back tonight 39.2 and he vomited twice, can we see you first thing tmr?" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" readable_date="14 Feb 2024 20:05:45" contact_name="Dr Lim Paeds" />
        From: sarah.okafor84@gmail.com | To: 6172940385@vtext.com | Subject: (none) | Body: Mom's chemo moved to Thu 9am, 4th floor infusion. Can you drive her? I'm on shift. -Sarah
        {"id": 88213, "type": "message", "date": "2024-09-02T23:17:40", "date_unixtime": "1725290260", "from": "kelvin", "from_id": "user6120384477", "text": "admin pls dont ban, its base64 so the bot ignores it: NDUzMiAxODQ0IDkwNjUgMzI5Mw== exp 07/27, cvv in dm, name on card KELVIN LOH"}
        [22/06/2024, 19:30:55] Aunty Lily Chua: my new number 8️⃣1️⃣2️⃣3️⃣ 6️⃣0️⃣4️⃣7️⃣ pls save, old phone kena snatch at Bedok market
        [01/07/2024, 08:12:03] Daniel Fernandez: Jasmine Koh.vcf (file attached) / BEGIN:VCARD / VERSION:3.0 / FN:Jasmine Koh / TEL;type=CELL:+65 9183 0426 / EMAIL:jas.koh.wy@gmail.com / END:VCARD / she's the tutor I told you about, does chem for sec 3
        [09/08/2024, 23:58:14] Nicole Sim: location: https://maps.google.com/?q=1.352083,103.944122 / [09/08/2024, 23:58:30] Nicole Sim: that's my block, unit #11-204, my parents are asleep so text don't ring
        [11/11/2024, 21:03:48] Ong Wei Jie: admin keeps deleting numbers so read it backwards: 4380 1298. whatsapp me for the concert tix, paid $288 each
        <sms protocol="0" address="+6597708213" date="1716508800000" type="1" subject="null" body="Hafiz here. IC for the insurance form: &#84;&#48;&#51;&#52;&#55;&#50;&#56;&#49;&#67;" toa="null" read="1" status="-1" locked="0" readable_date="24 May 2024 08:00:00" contact_name="Hafiz Rahman" />
        {"id": 40127, "type": "message", "date": "2024-03-18T12:44:09", "from": "Grace Liew", "from_id": "user5528103946", "text": ["pls transfer the deposit to ", {"type": "bank_card", "text": "5521 3768 1666 8175"}, ", cardholder GRACE LIEW SHU FEN, I'll release the room keys after"]}
        To: 2068813527@tmomail.net | From: dkowalski.home@outlook.com | Subject: inhaler | Body: Milo's inhaler is in the blue bag, his asthma plan says 2 puffs then call me on this number. Pick-up is 3:15. -Dave Kowalski
        Delivery Status Notification (Failure) | Original-Recipient: rfc822;6598124407@sms.clinicreminder.sg | Body: Mr Kumaravel s/o Pillai, your dialysis session is moved to Tue 7:00am, Bay 3. Reply C to confirm.
        {"id": 7712, "type": "message", "date": "2025-01-14T09:02:33", "from": "Mdm Wong", "from_id": "user7023148865", "reply_to_message_id": 7709, "text": "my son Jerome Wong Jia Le, sec 2 at Bedok South Sec, kena bullied again today. his mobile 8 7 5 1 - 3 0 9 2, can the form teacher call him"}
    """),
    "zh-Hans": _lines("""
        群聊"三年二班家长群"的聊天记录 | 张子涵妈妈 2024-03-12 07:02 | 王老师好，张子涵昨晚烧到38度5，去了儿童医院说是甲流，今天请假一天 | 王老师 2024-03-12 07:15 | 收到，好好休息
        刘建国 2024-04-02 21:10：我手机幺三八 零二七一 四九五六，别发群里，有事私聊，欠你的那两万下个月一定还
        收货人：周晓燕 电话：１５９１７２３４８０６ 地址：福建省厦门市思明区莲前西路二号17楼C座 备注：用全角数字，免得被平台屏蔽
        借钱的事找我表哥陈浩，他V：chen_hao8866（不是微信是V），就说是小林介绍的，利息月结
        李文杰 身份证 4401 0619 8803 1427 34 帮我抢下周五广州南到武汉的票，要靠窗，钱我微信转你
        何嘉欣的身份证我用大写发你，防止被识别：三一零一一五 一九九二零六二七 四一八三，帮她填一下签证申请表
        <sms protocol="0" address="13926481570" date="1725177600000" type="1" body="妈，学费还差3200，转我农行卡6228 4878 1522 3872，户名王子军，我在宿舍等" read="1" readable_date="2024年9月1日 16:00:00" contact_name="儿子" />
        {"id": 9043, "type": "message", "date": "2024-06-18T22:31:05", "from": "赵磊", "from_id": "user5213849076", "text": "我的QQ是 2 8 4 7 1 9 3 6 5，拉我进老乡群，我现在在深圳宝安电子厂上班"}
        [转账] 黄志明 向你转账 ¥5,000.00 | 备注：还你上次我爸住院垫的押金 | 转账时间 2024-05-20 13:14:22
        收件人（拼音防屏蔽）：Zhou Meiling，dianhua yao ba liu, er ling si qi, wu san yao ba，成都市武侯区玉林北路18号3栋2单元1102
        陈淑芬 2024/05/06 21:14 | 我妈吴桂兰的乳腺穿刺结果出来了，是恶性，下周一在中山一院住院做手术，大家帮我问问哪个主任好
        发你个码，自己解：MzIwMTAyMjAwMTA4MjIzMzQ1 —— 孙雨桐的身份证，帮她去营业厅补办手机卡
        应聘的同学把简历发到 liyan_hr1990 艾特 163 点 com，我是李燕，面试通知我会单独打电话
    """),
    "zh-Hant": _lines("""
        [18/4/2024 下午11:02:15] 陳嘉欣: 我身份證 Y508213(5)，你幫我填咗張強積金表先，聽日交畀人事部
        [2/5/2024 上午9:41:30] 黃家俊: 我新電話九四二三 零七一八，舊嗰部喺地鐵跌咗，有咩即刻搵我
        {"id": 3310, "type": "message", "date": "2024-08-05T14:20:11", "from": "林佩君", "from_id": "user6634019275", "text": "身分證字號 A2365 18478，健保卡要補辦，可以幫我先填線上表單嗎"}
        [7/3/2024 下午8:15:00] 阿芬: 介紹個家教畀你：許老師，LINE ID hsu.teacher0915，手機 0912-384-726，佢教中三數學，一個鐘$350
        <sms protocol="0" address="0933512046" date="1710421200000" type="1" body="志豪，爸爸今天洗腎完頭暈，我先載他回家，你下班直接過來" read="1" readable_date="2024年3月14日 21:00:00" contact_name="媽媽" />
        [28/6/2024 下午6:05:44] 業主 梁詠詩: 租客注意，七月租 $12,800 入 滙豐 482-513907-838，戶口名 LEUNG WING SZE，入完 send 收據過嚟
        「家族群」的聊天記錄 | 大姑 2024-02-10 23:40 | 阿嫲鄭美玉昨晚入咗瑪麗醫院ICU，醫生話係中風，大家輪流去睇 | 細叔 2024-02-10 23:45 | 我聽朝去
        往來港澳通行證 C12847396，姓名 許慧琳，身份證 441302199005193888，幫我辦埋簽注，下個月去香港覆診
        [15/9/2024 下午10:12:33] 王俊宏: 身分證 H 1 5 5 2 0 9 3 7 3，兵役體檢通知寄到桃園市中壢區新生路二段105巷8號3樓，我媽會收
    """),
    "ms": _lines("""
        [12/01/2025, 9:47:15 PG] Rina: kosong satu dua, tujuh empat lima, tiga kosong sembilan lapan — itu nombor Kak Nora (Noraini binti Hassan), dia yang ambil tempahan kuih raya, jangan share dalam group besar
        [03/02/2025, 11:20:08 PG] Firdaus: IC saya lapan lapan kosong tujuh dua dua, kosong tujuh, lima dua satu tiga. Muhammad Firdaus bin Roslan. Tolong daftarkan saya untuk kursus pertolongan cemas
        <sms protocol="0" address="+60192284671" date="1718762400000" type="1" body="Assalamualaikum Puan Rosnah, anak puan Aiman Hakimi bin Rosli (5 Bestari) tidak hadir 3 hari berturut-turut tanpa surat. Sila hubungi saya. - Cikgu Faridah" read="1" readable_date="19 Jun 2024 10:00:00" contact_name="Cikgu Faridah SK" />
        {"id": 1209, "type": "message", "date": "2024-10-08T21:05:44", "from": "Haziq Danial", "from_id": "user5902847113", "text": ["Sesiapa nak beli motor saya, Y15 tahun 2019, call ", {"type": "phone", "text": "011-2634 8805"}, " (Haziq, Seri Kembangan)"]}
        [19/03/2025, 8:02:51 PTG] Ustazah Aini: Yuran kelas mengaji bulan April RM60, masukkan ke Maybank 1640 2318 5527 a/n SHARIFAH AINI BINTI SYED OMAR, screenshot resit ke sini
        [05/05/2024, 7:14:20 PTG] Kavitha a/p Saravanan: Dihantar semula: Saravanan a/l Muniandy, K/P 790105-01-6671, pesakit katil 12 wad 7B, kencing manis, kaki kiri luka teruk, mohon doakan ayah saya
        nombor IC dalam kod (admin selalu padam): MDIwOTExLTE0LTAzODQ= – Aina Sofea binti Kamarul, untuk tuntutan elaun pelajar
        To: 60177390552@sms.bilbulk.com.my | Subject: Notis | Body: Salam En. Kamal bin Idris, bil air tertunggak RM312.40 untuk No. 14, Jalan Mawar 3, Taman Bukit Indah. Sila jelaskan dalam 7 hari.
        [22/08/2024, 10:30:12 PG] Pak Long: Nombor baru Pak Long Karim (Abdul Karim bin Yusof): 0️⃣1️⃣9️⃣-5️⃣0️⃣2️⃣ 7️⃣7️⃣4️⃣1️⃣ tolong simpan
        [30/10/2024, 11:45:09 PTG] Tan Mei Ling: lokasi: https://maps.google.com/?q=5.414210,100.329750 rumah saya, No. 23 Lorong Kampung Malabar, George Town. Parcel COD letak depan pintu
    """),
    "mixed": _lines("""
        [20/05/2024, 23:40:11] Jason Ng: bro 我的 Maybank acc 5140 5593 0217 啦, Jason Ng Kok Leong, 还我 RM800 for the Genting trip, 不要 forget ah
        {"id": 512, "type": "message", "date": "2024-11-02T10:12:00", "from": "\\u9673\\u7f8e\\u73b2", "from_id": "user5390128476", "text": "passport no. E38291046, flight MH 780 to Bangkok 12 Nov, book the same hotel as last time ok"}
        IC T1156924I, 名字 Tan Hui Min，下礼拜三 CT scan at SGH，记得提醒我 fasting from midnight
        From: =?UTF-8?B?5byg5Lyf?= <zhangwei.sz1987@163.com> | To: 13612987405@139.com | Subject: =?UTF-8?B?5oi/56ef?= | Body: 3月份房租4500已转，押金条拍照给我，张伟
        my maid Siti Rahayu's FIN G6183205Q, 她的 work permit expire 30 Jun, 帮我 renew online la, her passport E4821907
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help users tidy exported chat logs."),
        (
            "user",
            "Convert this WhatsApp export line to CSV columns date,time,sender,text: [07/09/2024, 18:22:41] Vanessa Chia: hi it's Vanessa, my NRIC is S7612039J and mobile 9652 0831, pls register me for the Saturday pottery class",
        ),
        (
            "assistant",
            'date,time,sender,text / 07/09/2024,18:22:41,Vanessa Chia,"hi it\'s Vanessa, my NRIC is S7612039J and mobile 9652 0831, pls register me for the Saturday pottery class"',
        ),
        ("user", "Also split the NRIC and mobile into their own columns."),
    ],
    [
        (
            "user",
            "帮我把这段微信聊天记录整理成表格：团建报名 | 郑凯 2024-06-01 10:02 报名，手机13590274816，不吃辣 | 许婷婷 2024-06-01 10:05 报名+1，带老公，手机18811730542 | 周洋 2024-06-01 10:09 我痛风犯了，这次不去",
        ),
        (
            "assistant",
            "| 姓名 | 是否参加 | 手机 | 备注 | / | 郑凯 | 是 | 13590274816 | 不吃辣 | / | 许婷婷 | 是（+1） | 18811730542 | 带老公 | / | 周洋 | 否 | — | 痛风发作 |",
        ),
    ],
    [
        (
            "user",
            "My Telegram export has this base64 blob in a message from a group member, what does it say? UnlhbiBUZW8gKzY1IDgyMDcgNDE5NiBCbGsgMjMzIEFuZyBNbyBLaW8gQXZlIDMgIzA1LTExMg==",
        ),
        (
            "assistant",
            "It decodes to: Ryan Teo +65 8207 4196 Blk 233 Ang Mo Kio Ave 3 #05-112. That is someone's name, mobile number and home address, so treat the export as containing personal data.",
        ),
        (
            "user",
            "ok he's the seller for the sofa, draft me a message to him confirming pickup at that address Sat 2pm",
        ),
    ],
    [
        (
            "user",
            'Tolong format semula SMS backup ni jadi senarai kemas: <sms address="+60133829054" body="Nur Amirah binti Zulkifli, K/P 950314-10-5628, temujanji imbasan ultrasound kandungan 28 minggu di Klinik Kesihatan Seksyen 7 pada 3 Dis, 8.30 pagi" readable_date="25 Nov 2024 09:12:40" contact_name="KK Seksyen 7" />',
        ),
        (
            "assistant",
            "- Tarikh: 25 Nov 2024, 09:12:40 / - Daripada: KK Seksyen 7 (+60133829054) / - Nama: Nur Amirah binti Zulkifli / - No. K/P: 950314-10-5628 / - Temujanji: imbasan ultrasound kandungan 28 minggu, 3 Dis, 8.30 pagi",
        ),
    ],
    [
        (
            "user",
            "幫我譯做英文：[10/10/2024 下午3:30:21] 何志明: 我HKID係 K372914(1)，電話 6138 2045，麻煩你幫我預約十月廿五號喺沙田威爾斯親王醫院骨科覆診",
        ),
        (
            "assistant",
            "[10/10/2024 3:30:21 pm] Ho Chi Ming: My HKID is K372914(1) and my phone is 6138 2045. Could you please book my orthopaedic follow-up at Prince of Wales Hospital in Sha Tin on 25 October?",
        ),
    ],
    [
        (
            "user",
            "My mom Linda Hargrove has no data plan, only SMS. Her number is (503) 846-2217 on Verizon. Give me the email To: address and a short text reminding her about her cardiology appointment Friday 10:40.",
        ),
        (
            "assistant",
            "To: 5038462217@vtext.com / Body: Hi Mom, reminder: cardiology appointment Friday 10:40. Bring your med list. I'll pick you up at 10. Love you.",
        ),
    ],
    [
        ("user", "I'm building a contact sheet from our badminton club's Telegram group export."),
        ("assistant", "Sure, paste the fields for each member and I'll put them in a table."),
        ("user", "name: Farah Nadia binti Ismail, tg @farahnadia_kl"),
        ("assistant", "Got it. Anything else for her?"),
        (
            "user",
            "phone +60 11-2048 6637, she's the treasurer and still owes the club RM450 from the Penang tournament",
        ),
    ],
    [
        (
            "user",
            "帮我写个请假条发班级群：孩子叫林一诺，三年级二班，昨晚急性肠胃炎在市妇幼挂水，请假两天，家长林海峰 13760428915",
        ),
        (
            "assistant",
            "陈老师您好！我是三年级二班林一诺的家长林海峰。孩子昨晚突发急性肠胃炎，目前在市妇幼保健院输液治疗，特向您请假两天，病愈后按时返校并补上功课。联系电话：13760428915。谢谢您！",
        ),
    ],
    [
        ("system", "You are a data-cleaning assistant. Return the fields the user asks for."),
        (
            "user",
            'Extract name, IC and the request from this Telegram JSON: {"id": 2291, "type": "message", "from": "Lim Jia Hui", "from_id": "user6281904573", "text": "hi admin 我是 Lim Jia Hui, IC 021108-14-0752, 想 apply 宿舍 single room 因为我有 asthma, 谢谢"}',
        ),
        (
            "assistant",
            "name: Lim Jia Hui / IC: 021108-14-0752 / request: single hostel room, because of asthma",
        ),
    ],
    [
        (
            "user",
            'Why does my SMS Backup XML show codes like &#39; in the bodies? Example: <sms address="+6582193047" body="It&#39;s Melvin, I&#39;ll be late, dialysis ran over. Tell the clinic I&#39;ll pay next week" contact_name="Melvin Chong" />',
        ),
        (
            "assistant",
            "SMS Backup & Restore escapes special characters as XML entities, so &#39; is an apostrophe. Decoded, the body reads: It's Melvin, I'll be late, dialysis ran over. Tell the clinic I'll pay next week.",
        ),
        ("user", "thanks, can you also convert the +6582193047 to local format for my contacts"),
    ],
]
