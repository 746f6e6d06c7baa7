# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade85: personal data in raw email sources (MIME headers, QP/base64 bodies, forwards, bounces, mailbox exports). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade85
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "mime_headers"): _lines("""
        From: =?UTF-8?B?SGFyYm91cmZyb250IE1lZGljYWwgQ2VudHJl?= <appointments-noreply@hfmc.com.sg> | Subject: =?UTF-8?B?Q2xpbmljIGNsb3NlZCBvbiBHb29kIEZyaWRheSwgMTggQXByaWwg4oCTIG9ubGluZSBib29raW5nIHN0YXlzIG9wZW4=?= | Message-ID: <20250411.083215.7c1e9a@mailer.hfmc.com.sg> | MIME-Version: 1.0
        DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=news.lumenbank.com.my; s=sel2024; t=1741329112; bh=8Hq3vT0yYkN2m9cR4pLwZxE7uJf1sAo6dGi5bKe0VnQ=; h=From:To:Subject:Date:Message-ID:List-Unsubscribe; b=Kx9PqL2mV7tR0aZc3WfY8nHb5Ud1EgJs6oTiXr4yQpMvNl0KcAe2BwFhDj7Su9Gz
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: quoted-printable | Your monthly statement for March 2025 is now ready in the Lumen app. We=E2= / =80=99ll never ask for your PIN, OTP or password by email =E2=80=93 if in d= / oubt, call the number on the back of your card.
        List-Unsubscribe: <mailto:unsub-7f3a9c2d41@bounce.shopwave.sg?subject=unsubscribe>, <https://shopwave.sg/u/7f3a9c2d41> | List-Unsubscribe-Post: List-Unsubscribe=One-Click | Precedence: bulk | X-Campaign-ID: SW-MAR25-APPAREL-03
        Subject: =?UTF-8?Q?Your_order_SW-2025-118406_has_shipped_=E2=80=93_track_parcel_JNTSG0004417720?= | From: ShopWave <orders@shopwave.sg> | Date: Wed, 05 Mar 2025 14:02:11 +0800
        Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx1.hfmc.com.sg (Postfix) with ESMTPS id 4Z8kQ21XyTz9sWk for <bookings@hfmc.com.sg>; Tue, 11 Mar 2025 09:14:02 +0800 (+08)
        Authentication-Results: mx.google.com; dkim=pass header.i=@lumenbank.com.my header.s=sel2024 header.b=Qx7LmP2a; spf=pass (google.com: domain of bounces+2218931-7d2e@em.lumenbank.com.my designates 167.89.12.44 as permitted sender) smtp.mailfrom=em.lumenbank.com.my; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=lumenbank.com.my
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: base64 | VGhpcyBpcyBhbiBhdXRvbWF0ZWQgbWVzc2FnZSBmcm9tIHRoZSBSaWRnZXZpZXcgQ29uZG9taW5p / dW0gbWFuYWdlbWVudCBvZmZpY2UuIFRoZSBzd2ltbWluZyBwb29sIHdpbGwgYmUgY2xvc2VkIGZv / ciByZXN1cmZhY2luZyBmcm9tIDMgdG8gNSBKdW5lLiBGb3IgZW5xdWlyaWVzIGNhbGwgdGhlIG9m / ZmljZSBhdCAwMy03NzgxIDIyOTAgKE1vbuKAk0ZyaSwgOWFt4oCTNXBtKS4=
        X-Mailer: Microsoft Outlook 16.0 | Thread-Topic: FY25 budget template v3 | Thread-Index: AdmF2k3Bq9x1+Lr0QeK2z7pW4nVh8A== | X-MS-Has-Attach: yes | X-MS-TNEF-Correlator: | Content-Language: en-SG
        Content-Type: application/pdf; name="Annual Report 2024 – Final.pdf" | Content-Disposition: attachment; filename*=UTF-8''Annual%20Report%202024%20%E2%80%93%20Final.pdf; size=2841123 | Content-Transfer-Encoding: base64
        Content-Type: text/calendar; method=REQUEST; charset=UTF-8 | BEGIN:VEVENT | SUMMARY:Quarterly town hall (all staff) | DTSTART;TZID=Asia/Singapore:20250327T160000 | ORGANIZER;CN=Corporate Communications:mailto:corpcomms@meridianport.com.my | LOCATION:Level 12 Auditorium | END:VEVENT
        From: City Library Events <events@nlb-readers.org.sg> | Subject: =?UTF-8?B?Qm9vayBjbHViIHRoaXMgVGh1cnNkYXk6IENoaW51YSBBY2hlYmXigJlzIFRoaW5ncyBGYWxsIEFwYXJ0ICgxOTU4KQ==?= | X-Priority: 3 (Normal)
        To: {{customer_name}} <{{customer_email}}> | Reply-To: {{agent_email}} | Subject: Your ticket #{{ticket_id}} has been updated | X-Template: support-update-v7
        ARC-Seal: i=1; a=rsa-sha256; t=1741329113; cv=none; d=google.com; s=arc-20240605; b=Tg4kLm0PzR8sQ2vWn6YbHc1XeJ5uAd9FiK3oMr7tNq0Ls2VwZe4GpBx6Cy8Dh1Uj | ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605
    """),
    ("en", "bounce_messages"): _lines("""
        From: Mail Delivery Subsystem <mailer-daemon@googlemail.com> | Subject: Delivery Status Notification (Failure) | Address not found: Your message wasn't delivered to procurement@tidewell-logistics.com because the domain tidewell-logistics.com couldn't be found. Check for typos or unnecessary spaces and try again.
        Reporting-MTA: dns; mx2.kestrelhost.net | Arrival-Date: Mon, 3 Mar 2025 10:22:41 +0800 | Final-Recipient: rfc822; helpdesk@orchidvale-school.edu.sg | Action: failed | Status: 5.2.2 | Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded
        Mar  3 10:22:43 mx2 postfix/smtp[28114]: 4Z7x9B2k1Lz3QWm: to=<billing@hfmc.com.sg>, relay=none, delay=0.41, delays=0.02/0/0.38/0, dsn=4.4.1, status=deferred (connect to mx1.hfmc.com.sg[203.0.113.25]:25: Connection timed out)
        550 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.77 | Remote-MTA: dns; mx.tidewell-logistics.com
        Hi {{first_name}}, we tried to deliver your receipt to {{email}} but it bounced with code {{smtp_code}}. Please update your address under Account > Profile.
        Delivery has failed to these recipients or groups: / finance-ap@meridianport.com.my / The email address you entered couldn't be found. / Diagnostic information for administrators: / Generating server: KL1PR01MB4471.apcprd01.prod.exchangelabs.com / Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
        Subject: Automatic reply: Shipment query | Thank you for contacting Meridian Port Services. Our office is closed for Hari Raya from 31 March to 2 April. Urgent vessel enquiries: +60 3-3168 2000 (24-hour operations desk).
        Subject: Out of office | This mailbox (admissions@orchidvale-school.edu.sg) is not monitored during the June school holidays. Replies will resume on 30 June; for fee matters please use the parent portal.
        Your membership in the mailing list Kopi-Talk has been disabled due to excessive bounces. The last bounce was dated 04-Mar-2025. You will not get any more messages from this list until you re-enable your membership.
        X-Failed-Recipients: sales@lumenprint.co | Auto-Submitted: auto-replied | Content-Type: multipart/report; report-type=delivery-status; boundary="9B095B5ADSN=_01D9A1C3E5F7A8B2" | Subject: Undeliverable: Q2 price list
        Content-Type: text/rfc822-headers | Content-Transfer-Encoding: base64 | RnJvbTogTHVtZW4gUHJpbnQgPG5ld3NAbHVtZW5wcmludC5jbz4KU3ViamVjdDogTWFyY2ggcHJv / ZHVjdCB1cGRhdGU6IGZpcm13YXJlIDMuMi4xCk1lc3NhZ2UtSUQ6IDxta3QuMjAyNTAzMDQuMDAw / MUBsdW1lbnByaW50LmNvPgpMaXN0LUlkOiA8bmV3cy5sdW1lbnByaW50LmNvPg==
        Status: 4.7.0 | Diagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages from 192.0.2.14 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes | Will-Retry-Until: Thu, 6 Mar 2025 10:22:41 +0800
        {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"bounce@simulator.amazonses.com","action":"failed","status":"5.1.1"}],"timestamp":"2025-03-04T02:11:09.000Z","feedbackId":"0100018e5b2c7d41-9a8f3e1c-77b2-4d0a-b1e6-2f4c8a9d0e31-000000"}}
    """),
    ("en", "how_to"): _lines("""
        Why does my Subject line show =?GB2312?B?...?= instead of Chinese characters, and which part of the message tells the client how to decode it?
        In quoted-printable a line ending in = is a soft line break, =3D is a literal equals sign and =20 is a space that would otherwise be stripped at the end of a line.
        Python tip: run email.header.decode_header() and then str(make_header(...)) to turn =?UTF-8?Q?...?= words into readable text; for bodies use part.get_payload(decode=True) and the part's charset.
        How do I export a single Outlook folder to .pst without the attachments? File > Open & Export > Import/Export > Export to a file only copies whole items, so you need a rule or script to strip them first.
        Bounce code cheat sheet: 5.1.1 unknown mailbox, 5.2.2 mailbox full, 5.7.1 rejected by policy, 5.7.26 failed DMARC; anything starting with 4 is temporary and the sender will retry.
        Gmail Takeout gives one .mbox per label; every message starts with a line beginning 'From ' plus an envelope address and date, so body lines starting with From must be escaped as >From.
        Before sending a raw .eml to an outside vendor, strip the Received headers that expose internal hostnames and remove X-Originating-IP, then re-check the quoted reply chain for customer details.
        Base64 inflates attachments by about a third, so a 7.5 MB PDF becomes roughly 10 MB in the raw message and will hit a 10 MB gateway limit.
        How do I see the raw source in Thunderbird? Select the message and press Ctrl+U (View > Message Source); in Gmail use the three-dot menu and Show original.
        RFC 2231 lets long or non-ASCII filenames be split across parameters, e.g. filename*0*=UTF-8''... and filename*1*=..., and the client has to reassemble them in order before percent-decoding.
        Big5 versus UTF-8: older Taiwanese clients send charset=big5 and some characters such as 堃 or 喆 are missing from the table, so they come out as ? after conversion.
        Forward as attachment keeps the original headers intact as message/rfc822, which is what an abuse desk needs to trace a phishing mail; an inline forward loses them.
    """),
    ("zh-Hans", "encoded_bodies"): _lines("""
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: quoted-printable | =E5=B0=8A=E6=95=AC=E7=9A=84=E5=AE=A2=E6=88=B7=EF=BC=9A=E6=82=A8=E5=A5=BD=EF= / =BC=81=E6=88=91=E8=A1=8C=E5=B0=86=E4=BA=8E2025=E5=B9=B43=E6=9C=8815=E6=97= / =A5=E5=87=8C=E6=99=A80:00=E8=87=B36:00=E8=BF=9B=E8=A1=8C=E7=B3=BB=E7=BB=9F= / =E5=8D=87=E7=BA=A7=EF=BC=8C=E6=9C=9F=E9=97=B4=E7=BD=91=E4=B8=8A=E9=93=B6=E8= / =A1=8C=E5=8F=8A=E6=89=8B=E6=9C=BA=E9=93=B6=E8=A1=8C=E6=9A=82=E5=81=9C=E6=9C= / =8D=E5=8A=A1=E3=80=82=E5=A6=82=E6=9C=89=E7=96=91=E9=97=AE=E8=AF=B7=E8=87=B4= / =E7=94=B5=E5=8D=8E=E4=BF=A1=E9=93=B6=E8=A1=8C=E5=AE=A2=E6=9C=8D=E7=83=AD=E7= / =BA=BF400-820-6618=E3=80=82
        Subject: =?GB2312?B?ob7Ls7fhy9nUy6G/xPq1xL/svP5TRjE0MjgzMDU1MTYyMDfS0cepytWjrLjQ0LvKudPD?= | From: =?GB2312?B?y7O34cvZ1Ms=?= <noreply@sf-notice.example.cn>
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: base64 | 5pys6YKu5Lu255Sx57O757uf6Ieq5Yqo5Y+R6YCB77yM6K+35Yu/55u05o6l5Zue5aSN44CC5oKo / 55qE55S15a2Q5Y+R56Wo77yI5Y+R56Wo5Y+356CB77yaMjQ0NDIwMDAwMDAwMTIzNDU2NzjvvIzp / h5Hpop3vvJrCpTEsMjgwLjAw77yJ5bey5byA5YW377yM6K+355m75b2V55S15a2Q56iO5Yqh5bGA / 5LiL6L2944CC
        Content-Type: text/plain; charset=gb18030 | Content-Transfer-Encoding: base64 | MjAyNcTqtLq92rfFvNmwssXFo7ox1MIyOMjV1sEy1MI0yNW3xbzZtffQ3aOsubI4zOyhozHUwjI2 / yNWjqNDHxtrI1aOpoaIy1MI4yNWjqNDHxtrB+aOpyc+w4KGj
        From: =?UTF-8?B?6YeR56a+6ZuG5Zui6KGM5pS/6YOo?= <admin@jinhe-group.cn> | Subject: =?UTF-8?B?5Lya6K6u6YCa55+l77ya56ys5LiJ5a2j5bqm5a6J5YWo55Sf5Lqn5L6L5Lya77yI5ZGo5LqUMTQ6MDDvvIwz5Y+35Lya6K6u5a6k77yJ?= | X-Priority: 1
        Content-Transfer-Encoding: quoted-printable | =E8=AF=BB=E4=B9=A6=E4=BC=9A=E6=9C=AC=E6=9C=9F=E4=B9=A6=E7=9B=AE=EF=BC=9A=E9= / =B2=81=E8=BF=85=E3=80=8A=E6=9C=9D=E8=8A=B1=E5=A4=95=E6=8B=BE=E3=80=8B=E3=80= / =82=E6=97=B6=E9=97=B4=EF=BC=9A=E5=91=A8=E5=9B=9B19:30=EF=BC=9B=E5=9C=B0=E7= / =82=B9=EF=BC=9A=E5=8C=BA=E5=9B=BE=E4=B9=A6=E9=A6=86=E4=B8=89=E6=A5=BC=E6=8A= / =A5=E5=91=8A=E5=8E=85=E3=80=82=E6=AC=A2=E8=BF=8E=E5=B8=A6=E6=9C=8B=E5=8F=8B= / =E5=8F=82=E5=8A=A0=E3=80=82
        Content-Type: text/html; charset=utf-8 | Content-Transfer-Encoding: base64 | PHA+6K6i5Y2V5Y+377yaMjAyNTAzMDQxMTI4NTY3MzQwPC9wPjxwPuWVhuWTge+8muaXoOe6v+mZ / jeWZquiAs+acuiDDlzE8L3A+PHA+5a6e5LuY77yawqUyOTkuMDDvvIzpooTorqEz5pyINuaXpemA / gei+vuOAgjwvcD4=
        Content-Transfer-Encoding: quoted-printable | =E5=A6=82=E4=B8=8D=E6=83=B3=E5=86=8D=E6=94=B6=E5=88=B0=E6=AD=A4=E7=B1=BB=E9= / =82=AE=E4=BB=B6=EF=BC=8C=E8=AF=B7=E7=82=B9=E5=87=BB=E6=AD=A4=E5=A4=84=E9=80= / =80=E8=AE=A2=E3=80=82=E5=AE=A2=E6=9C=8D=E9=82=AE=E7=AE=B1=EF=BC=9Aservice@x= / ingchen-mall.cn=EF=BC=8C=E5=B7=A5=E4=BD=9C=E6=97=B6=E9=97=B4 9:00-18:00=E3= / =80=82
        X-QQ-mid: bizesmtp12t1741071234t8q2m5rk | X-QQ-Originating-IP: mZ8nQ3kL0pVx7Ra2cT9yWb== | X-QQ-SSF: 00400000000000F0 | X-Mailer: Foxmail 7.2.25.375[cn] | X-QQ-GoodBg: 0
        Subject: =?UTF-8?B?5oKo55qE6aqM6K+B56CB?= | 亲爱的{{姓名}}，您的验证码是{{code}}，10分钟内有效。如非本人操作请忽略本邮件。
        Subject: =?GBK?B?udjT2r+q1bkyMDI1xOq2yNSxuaTM5bzstcTNqNaq?= | Content-Transfer-Encoding: base64 | zOW87LXYteOjusrQtdrSu8jLw/HSvdS6zOW87NbQ0MSho77fzOXKsbzksLSyv8PFwe3Q0M2o1qqj / rMzlvOzHsNK7ze3H687w0vu+xqGj
        Content-Transfer-Encoding: base64 | 44CK57qi5qW85qKm44CL56ys5LqM5Y2B5LiD5Zue4oCc5ru057+g5Lqt5p2o5aaD5oiP5b2p6J22 / 77yM5Z+L6aaZ5Yai6aOe54eV5rOj5q6L57qi4oCd77yM5p6X6bub546J6JGs6Iqx5LiA5q616K+3 / 5ZCM5a2m5Lus5ZGo5LiJ5YmN6aKE5Lmg44CC
        Content-Type: text/html; charset=us-ascii | <p>&#20844;&#21496;&#24180;&#20250;&#23558;&#20110;&#49;&#26376;&#49;&#56;&#26085;&#22312;&#22269;&#38469;&#20250;&#23637;&#20013;&#24515;&#20030;&#34892;&#65292;&#35831;&#21508;&#37096;&#38376;&#20110;&#49;&#26376;&#49;&#48;&#26085;&#21069;&#19978;&#25253;&#33410;&#30446;&#12290;</p>
        Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="=?UTF-8?B?MjAyNeW5tOW6pumDqOmXqOmihOeul+ihqC54bHN4?=" | Content-Disposition: attachment; filename="=?UTF-8?B?MjAyNeW5tOW6pumDqOmXqOmihOeul+ihqC54bHN4?="
    """),
    ("zh-Hant", "forwarded_chains"): _lines("""
        -------- 轉寄郵件 -------- | 主旨: 颱風停班停課公告 | 日期: 2025/9/3 下午 8:05 | 寄件者: 人事室 <hr@mingde-tech.com.tw> | 收件者: 全體同仁 | 依臺北市政府公告，明日（9/4）停止上班上課，請同仁注意安全。
        Content-Type: text/plain; charset=big5 | Content-Transfer-Encoding: quoted-printable | =A5=BB=AE=D5=B1N=A9=F3=A4Q=A4=EB=A4Q=A4=E9=B0=EA=BCy=A4=E9=A9=F1=B0=B2=A4@= / =A4=D1=A1A=A4Q=A4=EB=A4Q=A4@=A4=E9=B7=D3=B1`=A4W=BD=D2=A1C=B1=D0=B0=C8=B3B= / =B7q=B1=D2
        ---------- 轉寄的郵件 ---------- | 寄件者：港島社區圖書館 <events@islandlib.org.hk> | 主旨：孫中山先生誕辰紀念展覽 | 展覽日期：11月1日至11月30日，地點：地下展覽廳，免費入場。
        Subject: =?big5?B?ssSkVKl1wOemrMKys/ihXaS6s6GhXg==?= | From: =?big5?B?sF2wyLNC?= <finance@mingde-tech.com.tw>
        寄件者: 客服中心 <service@eastharbour-telecom.com.hk> | 寄件日期: 2025年3月4日 星期二 上午10:12 | 主旨: 轉寄: 帳單編號 HK-INV-20250304-77812 已生成 | 如有查詢請致電客戶服務熱線 2882 6100。
        Content-Transfer-Encoding: base64 | 5ZCE5L2N5ZCM5LqL77ya5pys5aSn5buI5bCH5pa85pys6YCx5YWt6YCy6KGM5raI6Ziy5ryU57+S / 77yM5LiK5Y2I5Lmd5pmC5q2j6KuL5Yiw5Zyw5LiL5aSn5aCC6ZuG5ZCI77yM6aCQ6KiI5Y2K5bCP / 5pmC5a6M5oiQ44CC6KGM5pS/6YOo
        > 轉寄自讀書會：本月導讀林語堂《京華煙雲》，第一至第五章，請於週五前讀完。 | > 地點：文化中心二樓多用途室
        > > 原寄件者: 系統管理員 <it-support@mingde-tech.com.tw> | > > 您的信箱容量已達90%，超過上限後將無法收信，請儘速清理附件或封存舊郵件。
        Subject: =?UTF-8?Q?=E5=B9=B4=E7=B5=82=E5=B0=BE=E7=89=99=E5=A0=B4=E5=9C=B0=E6=9B=B4=E6=94=B9=E9=80=9A=E7=9F=A5=EF=BC=9A=E6=94=B9=E8=87=B3=E5=90=9B=E6=82=85=E9=85=92=E5=BA=97=E4=B8=89=E6=A8=93=E5=AE=B4=E6=9C=83=E5=BB=B3?= | From: =?UTF-8?Q?=E7=A6=8F=E5=A7=94=E6=9C=83?= <welfare@mingde-tech.com.tw>
        電子發票開立通知 | 發票號碼：KM-48275913 | 賣方統一編號：24536806 | 總計：NT$3,450 | 請至財政部電子發票整合服務平台查詢。
        FW: 新聞稿 | 消費者委員會今日公布十款電飯煲測試結果，其中兩款內膽塗層耐磨程度不合格。詳情請瀏覽該會網站。
        Content-Type: text/plain; charset=big5 | Content-Transfer-Encoding: base64 | pV27cbBswty4ub1YoUdTRjE1NzYzMDkyODQ2MTOhQaqrrHmqrLpBoUeso7BlpKShQbl3rXCktaTp / pFWkyLBluUahQw==
        轉寄：金庸《射鵰英雄傳》讀後感徵文比賽 | 郭靖與黃蓉的故事你最喜歡哪一段？字數800字以內，截稿日期3月31日。
    """),
    ("ms", "notis_emel"): _lines("""
        ---------- Mesej yang dimajukan --------- | Daripada: Unit Komunikasi Korporat <komunikasi@mbkelana.gov.my> | Tarikh: Isn, 3 Mac 2025 pada 10:15 PG | Subjek: Notis gangguan bekalan air di Seksyen 7 | Bekalan air akan terganggu dari 8 pagi hingga 6 petang pada 6 Mac.
        Content-Transfer-Encoding: quoted-printable | Tuan/Puan, permohonan anda dengan No. Rujukan PRM-2025-004417 sedang dipros= / es. Sila semak status di portal dalam tempoh 14 hari bekerja. Emel ini dija= / na secara automatik =E2=80=93 jangan balas.
        Pemberitahuan Status Penghantaran (Kegagalan) | Alamat tidak ditemui | Mesej anda tidak dihantar kepada pentadbiran@kolejserimawar.edu.my kerana alamat tidak ditemui atau tidak dapat menerima mel.
        Terima kasih kerana menghubungi Pusat Khidmat Pelanggan Syarikat Air Kelana. Aduan anda telah direkodkan dengan No. Tiket ADU-250304-1187. Talian 24 jam: 1-300-80-2288.
        Content-Transfer-Encoding: base64 | SGViYWhhbjogTWFqbGlzIHNhbWJ1dGFuIEhhcmkgS2VtZXJkZWthYW4gcGVyaW5na2F0IGphYmF0 / YW4gYWthbiBkaWFkYWthbiBwYWRhIDI5IE9nb3MgZGkgRGV3YW4gU2VyYmFndW5hLiBTZW11YSBr / YWtpdGFuZ2FuIGRpamVtcHV0IGhhZGlyIGJlcnBha2FpYW4gYmF0aWsu
        Subjek: =?UTF-8?B?SmFkdWFsIHdha3R1IHBlcGVyaWtzYWFuIGFraGlyIFNlbWVzdGVyIDIgU2VzaSAyMDI0LzIwMjU=?= | Daripada: Bahagian Akademik <akademik@kolejserimawar.edu.my>
        Content-Transfer-Encoding: quoted-printable | Kuiz sejarah minggu ini: Siapakah yang melaungkan =E2=80=9CMerdeka!=E2=80= / =9D sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957? Jawapan: Tunk= / u Abdul Rahman Putra Al-Haj.
        Bacaan minggu ini untuk kelab buku: Hikayat Hang Tuah, bab 12 hingga 15 – pertarungan Hang Tuah dengan Hang Jebat. Perbincangan pada hari Khamis, 8 malam.
        Kepada {{nama_penuh}}, No. K/P: {{no_kp}} – sila lengkapkan borang pengemaskinian maklumat sebelum {{tarikh_akhir}}. Abaikan emel ini jika anda telah berbuat demikian.
        No. Pendaftaran Syarikat: 202301045512 (1512345-K) | No. Pendaftaran SST: W10-2301-32000118 | Alamat berdaftar: Aras 9, Menara Kelana, Jalan SS 7/15, 47301 Petaling Jaya
        Mesej anda kepada jualan@kedaibukucahaya.my tidak dapat dihantar: peti mel penerima penuh (552 5.2.2). Sistem akan cuba semula dalam 4 jam.
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: base64 | SW52b2lzIElOVi1NWS0yMDI1LTAzMTE4IHVudHVrIGxhbmdnYW5hbiBwZWxhbiBQZXJuaWFnYWFu / OiBSTSAxNDkuMDAgKHRlcm1hc3VrIFNTVCA4JSkuIFRhcmlraCBha2hpciBiYXlhcmFuOiAyMCBN / YWMgMjAyNS4=
        Fwd: Selamat Hari Raya Aidilfitri | Maaf Zahir dan Batin daripada seluruh warga Syarikat Air Kelana. Pejabat ditutup 31 Mac hingga 2 April dan dibuka semula 3 April.
        Peringatan dasar: Kakitangan dilarang memajukan emel yang mengandungi maklumat peribadi pelanggan ke alamat emel peribadi. Rujuk Dasar Perlindungan Data Peribadi syarikat dan Akta PDPA 2010.
    """),
    ("mixed", "mailbox_exports"): _lines("""
        From MAILER-DAEMON Thu Mar  6 02:14:09 2025 | X-GM-THRID: 1826493817264910273 | X-Gmail-Labels: Spam,Category Updates | Delivered-To: noreply-archive@lumenprint.co
        Subject,Body,From: (Name),From: (Address),From: (Type),To: (Name),To: (Address),To: (Type),CC: (Name),CC: (Address),BCC: (Name),Billing Information,Categories,Importance,Mileage,Sensitivity
        Archive: takeout-20250306T021409Z-001.zip | Takeout/Mail/All mail Including Spam and Trash.mbox (2.3 GB) | Takeout/Mail/User Settings/Labels.txt
        :0: | * ^X-GitHub-Reason: | github-notifications/ | :0: | * ^List-Id:.*lumen-dev | lists/lumen-dev/
        msg = email.message_from_bytes(raw, policy=policy.default); body = msg.get_body(preferencelist=('plain', 'html')).get_content(); print(msg['subject'])
        user_pref("mail.server.server2.hostname", "imap.lumenprint.co"); user_pref("mail.server.server2.port", 993); user_pref("mail.server.server2.socketType", 3);
        导出完成：收件箱 1,284 封邮件，已发送 312 封，草稿 17 封，共 486 MB（mbox 格式），文件保存在 D:/MailBackup/2025-03。
        2025-03-04_系统通知_0001.eml | 2025-03-04_系统通知_0002.eml | 2025-03-04_Newsletter_Lumen_0003.eml | 2025-03-05_发票通知_0004.eml
        1741229649.M412093P28114.mx2,S=48213,W=49102:2,S | 1741229703.M887120P28114.mx2,S=3321,W=3390:2,RS | maildir/cur
        Export job EXP-2025-0311 complete: 3 shared mailboxes, 14,902 items, 0 errors, 2 items skipped (encrypted S/MIME). Download link expires in 14 days.
        Eksport peti mel selesai: 2,041 mesej (Inbox), format .pst, saiz 1.8 GB. Pautan muat turun sah sehingga 10/03/2025. 匯出完成，請於期限前下載。
        redacted = re.sub(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+', '[EMAIL]', body)  # run before exporting the mbox to the vendor
        From news@lumenprint.co Tue Mar  4 08:00:12 2025 | Subject: =?UTF-8?B?UHJpbnRlciBmaXJtd2FyZSAzLjIuMSByZWxlYXNlZCDigJMg5omT5Y2w5py65Zu65Lu25pu05paw?= | Content-Type: multipart/alternative; boundary="b1_7c2e9f41d0a3"
    """),
    ("zh-Hans", "bounce_notices"): _lines("""
        系统退信：您发送的邮件未能送达。收件人：hr@jinhe-group.cn 退信原因：550 Mailbox not found，请核对收件人地址后重新发送。
        此邮件是退信。很抱歉，您的邮件无法发送到 kefu@xingchen-edu.com，原因：对方邮箱空间已满，请稍后重试或通过其他方式联系对方。
        您好，这是来自网易邮件系统的退信通知。退信原因：收件人地址不存在（550 User not found: tech-support@xingchen-mall.cn）。
        自动回复：您好，我司春节期间（1月28日-2月4日）暂停发货，节后按付款顺序依次发出。售后请联系 service@xingchen-mall.cn。
        Content-Transfer-Encoding: base64 | 5oqV6YCS5aSx6LSl6YCa55+l77ya5Lul5LiL5pS25Lu25Lq65pyq6IO95pS25Yiw6YKu5Lu2IOKA / lOKAlCBjYWlnb3VAamluaGUtZ3JvdXAuY27vvIg1NTQg6L+e5o6l6KKr5ouS57ud77yJ44CC5Y6f / 6YKu5Lu25Li76aKY77ya5L6b5bqU5ZWG5oql5Lu35Y2V77yI56ys5LqM5om577yJ44CC
        Final-Recipient: rfc822; caiwu@huaxin-bank.cn | Action: failed | Status: 5.7.1 | Diagnostic-Code: smtp; 554 DT:SPM 163 mx14, 发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件。
        您已成功退订《星辰教育周刊》，今后不会再收到此类邮件。如误操作，可在官网“订阅管理”中重新订阅。
        退信通知：发往 {{收件人邮箱}} 的邮件被退回，错误码 {{code}}，请在后台“客户资料”中更新地址。
        管理员提示：本月共有 37 封外发邮件被退回，其中 5.1.1（地址不存在）21 封，5.7.1（被拒收）16 封，请各部门核对客户通讯录。
        原始邮件头：Message-ID: <tencent_8F3C1A7B2D4E9F0A@qq.com> | X-QQ-XMAILINFO: NfK2pLm0QvZ8Rx4cT1yWb7Ud3EgJs6oTiXr | X-QQ-STYLE: | X-QQ-mid: webmail624t1741071234t3481920
        Content-Transfer-Encoding: quoted-printable | =E5=B0=8A=E6=95=AC=E7=9A=84=E7=94=A8=E6=88=B7=EF=BC=8C=E6=82=A8=E7=9A=84=E4= / =BC=81=E4=B8=9A=E9=82=AE=E7=AE=B1=E5=AD=98=E5=82=A8=E7=A9=BA=E9=97=B4=E5=B7= / =B2=E4=BD=BF=E7=94=A895%=EF=BC=8C=E8=B6=85=E5=87=BA=E5=90=8E=E5=B0=86=E6=97= / =A0=E6=B3=95=E6=8E=A5=E6=94=B6=E6=96=B0=E9=82=AE=E4=BB=B6=EF=BC=8C=E8=AF=B7= / =E5=8F=8A=E6=97=B6=E6=B8=85=E7=90=86=E6=88=96=E8=81=94=E7=B3=BB=E7=AE=A1=E7= / =90=86=E5=91=98=E6=89=A9=E5=AE=B9=E3=80=82
        -----原始邮件----- | 发件人："采购部" <caigou@jinhe-group.cn> | 发送时间：2025年3月4日(星期二) 上午9:30 | 主题：关于供应商资质审核的通知 | 请各供应商于3月20日前上传营业执照及ISO证书扫描件。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        From: =?UTF-8?Q?Priya_d/o_Raman?= <priya.raman84@gmail.com> | To: hr@meridianport.com.my | Subject: =?UTF-8?B?TUMgZm9yIDMgZGF5cyDigJMgbGFwYXJvc2NvcGljIGdhbGxibGFkZGVyIHN1cmdlcnkgb24gMTQgTWFyY2g=?= | Date: Tue, 11 Mar 2025 07:42:18 +0800
        Content-Type: text/plain; charset="utf-8" | Content-Transfer-Encoding: quoted-printable | Dear Ms Harlow, / My son Ethan Goh Jun Kai (P4 Kestrel) has been diagnosed with ADHD and will need extra ti= / me in exams. His paediatrician=E2=80=99s letter is attached. / Regards, Goh Swee Lan, 91= / 76 4402
        Content-Type: text/csv; name="volunteers.csv" | Content-Transfer-Encoding: base64 | bmFtZSxucmljLG1vYmlsZSxzaGlydApMaW0gV2VpIEppZSxTODgxNDUyM0IsOTEyMyA0ODc2LEwK / Tm9vciBIaWRheWFoIGJ0ZSBKYWFmYXIsVDAzMjYxNzhCLDgyMzUgMTE5MCxTCg==
        Undelivered Mail Returned to Sender | <keith.fernandes77@yahoo.com.sg>: host mta7.am0.yahoodns.net said: 554 delivery error: dd This user doesn't have a yahoo.com.sg account | ----- Original message ----- | Subject: Rent arrears – Blk 412 Pasir Ris Dr 6 #08-231 | Keith, you are now 3 months behind ($2,400). Please settle by 31 March or we will file with the tribunal.
        ---------- Forwarded message --------- | From: Daniel Okafor <dan.okafor.ng@outlook.com> | Date: Sat, 8 Mar 2025 at 22:14 | Subject: card blocked?? | To: <support@lumenbank.com.my> | Hi, my Visa 4532 1487 3609 1527 exp 09/27 got declined at the airport, I'm stuck at KLIA T1, pls call me on +60 17-238 9914
        Content-Type: application/pdf; name="payslip.pdf" | Content-Disposition: attachment; filename*=UTF-8''Payslip_Feb2025_MARCUS%20TEO%20KAH%20WEE_S7619034H.pdf | Content-Transfer-Encoding: base64
        "Re: viewing Sat","Hi Sarah, confirming your viewing of the unit at 11am Saturday. Please bring your passport and the RM 3,000 holding deposit.","Jason Pereira","jason.pereira.prop@gmail.com","SMTP","Sarah Whitfield","sarah.whitfield@btinternet.com","SMTP","Normal","Normal"
        Final-Recipient: rfc822; jeremy.koh1990@hotmail.com | Action: failed | Status: 5.5.0 | Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable | --- original headers --- | Subject: Reminder: your Botox follow-up at Orchard Aesthetics, Thu 13 Mar 3.15pm
        Subject: Automatic reply: Q1 vendor audit | Hi, I'm on maternity leave until 30 June after the birth of my daughter. If it's really urgent WhatsApp me on 9734 2208. – Cheryl Ang, Procurement
        Content-Type: text/html; charset=us-ascii | <p>Dear Mr Halvorsen,</p><p>Your hotel booking HX-77120 is confirmed. Guest: Thomas Halvorsen, NRIC/FIN on file: &#83;&#57;&#49;&#48;&#52;&#56;&#55;&#50;&#72;, mobile &#43;&#54;&#53;&#32;&#57;&#48;&#53;&#56;&#32;&#51;&#51;&#50;&#49;.</p>
        From 1826493817264910275@xxx Tue Mar 04 09:12:33 +0000 2025 | X-GM-THRID: 1826493817264910275 | X-Gmail-Labels: Inbox,Important,Opened | From: Kavitha a/p Murugan <kavitha.murugan92@gmail.com> | Subject: Fwd: lab results | my HbA1c came back 8.1, doctor says it's type 2 diabetes now, starting metformin
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: base64 | SGkgQXVudHkgTWVpLApQbHMgdHJhbnNmZXIgdGhlIHNjaG9vbCBmZWVzIHRvIG15IGFjY291bnQg / T0NCQyA2ODctMjE0NTUzLTAwMSwgbmFtZSBHUkFDRSBUQU4gSFVJIE1JTi4gQWggQm95J3MgVGVy / bSAyIGZlZXMgYXJlICQxLDg1MC4KVGhhbmtzLCBHcmFjZQ==
        On Mon, 3 Mar 2025 at 18:02, Oliver Brennan <olly.brennan@icloud.com> wrote: | > I got arrested on Friday night, first court date is 21 March, please don't tell the team yet | > my other number is 8462 1157
        Sender: Wong Kar Fai <kfwong.hk@gmail.com> | Subject: =?UTF-8?Q?Re=3A_custody_schedule_for_Chloe_and_Ryan_after_the_divorce?= | X-Originating-IP: [203.0.113.188] | In-Reply-To: <CAF9x2k@mail.gmail.com>
    """),
    "zh-Hans": _lines("""
        From: "=?GB2312?B?zfW9qLn6?=" <wangjg1988@163.com> | Subject: =?GB2312?B?uPbLsNeoz+64vbzTv9uz/dfKwc8=?= | Content-Transfer-Encoding: base64 | zfW9qLn6o6zJ7bfd1qQ0NDAxMDYxOTg4MDMxNDI3MzSjrMWutvnN9ej3uq2+zbbBzOy608f4u6rR / 9NCh0ae2/sTqvLajrMnqx+vX08WuvczT/b/bs/2how==
        Content-Transfer-Encoding: quoted-printable | =E5=BC=A0=E5=A5=B3=E5=A3=AB=E6=82=A8=E5=A5=BD=EF=BC=9A / =E6=82=A8=E9=A2=84=E7=BA=A6=E7=9A=843=E6=9C=8812=E6=97=A5=E4=B8=8A=E5=8D=88= / 9:30=E8=83=83=E9=95=9C=E6=A3=80=E6=9F=A5=E5=B7=B2=E7=A1=AE=E8=AE=A4=EF=BC= / =8C=E8=AF=B7=E7=A9=BA=E8=85=B9=E5=89=8D=E5=BE=80=E3=80=82 / =E9=A2=84=E7=BA=A6=E4=BA=BA=EF=BC=9A=E5=BC=A0=E4=B8=BD=E5=A8=9C =E6=89=8B= / =E6=9C=BA=EF=BC=9A139 1624 8830 =E8=BA=AB=E4=BB=BD=E8=AF=81=EF=BC=9A3101151= / 99206070463
        -----原始邮件----- | 发件人: "李静" <lijing_0815@126.com> | 发送时间: 2025年3月4日(星期二) 晚上9:12 | 收件人: "人事部" <hr@jinhe-group.cn> | 主题: 回复：体检复查 | 体检报告显示我是乙肝小三阳，想申请调岗到行政，麻烦帮我保密。
        此邮件是退信。很抱歉，您的邮件无法发送到 zhangwei.1991nj@126.com：收件人地址不存在 | 原邮件内容：张伟，你的快递放在驿站了，收件地址 南京市玄武区珠江路88号3栋1502室，电话 13815527406
        Subject: =?UTF-8?B?56a76IGM6K+B5piOLemZiOaZk+eHlS3luILlnLrpg6g=?= | Content-Disposition: attachment; filename*=UTF-8''%E9%99%88%E6%99%93%E7%87%95_%E7%A6%BB%E8%81%8C%E8%AF%81%E6%98%8E_2025.pdf | 陈晓燕于2025年2月28日因个人原因离职，在职期间任市场部主管。
        X-Mailer: Foxmail 7.2.25.375[cn] | From: "liu.yang" <28457130@qq.com> | Subject: 借条 | 今刘洋向赵宏亮借款人民币50,000元，约定2025年12月31日前归还。收款卡号 6222 0210 0398 4715 261
        Content-Type: text/plain; charset=GBK | Content-Transfer-Encoding: base64 | y+/Az8qmo7rO0srHyP3E6ry2tv6w4Nbc19PQ+bXEwujC6KOsuqLX09Xi1ty438nV16HUuqOoytC2 / +c2v0r3UuqOpo6zH67zZtb3W3M7loaPOotDFusUgemhvdW1hXzA2MjGjrNPQysLH68Gqz7Whow==
        邮件主题,发件人,时间,正文 | 租房合同,"赵磊" <zhaolei_cd@sina.com>,2025-03-01 10:22,"乙方赵磊，身份证号420106199001300519，承租成都市武侯区科华北路65号2单元701，月租3,200元。"
        Content-Type: text/html; charset=us-ascii | <td>&#22995;&#21517;</td><td>&#40644;&#24535;&#36828;</td><td>&#25252;&#29031;&#21495;</td><td>E63108247</td><td>&#20986;&#21457; 2025-04-02 CA 969</td>
        Subject: =?GBK?Q?=B9=A4=D7=CA=CC=F5_2025=C4=EA2=D4=C2_-_=CE=E2=BA=A3=B7=E5_=CA=B5=B7=A2_18=2C650=2E00?= | From: payroll@jinhe-group.cn | To: wuhaifeng@jinhe-group.cn
        自动回复：本人3月10日至6月24日休产假，急事请拨打 186 2193 4470 联系，谢谢！——市场部 林晓雯
        Return-Path: <chenyu_xm@foxmail.com> | Subject: =?UTF-8?B?5YWs56ev6YeR5o+Q5Y+W55Sz6K+3IOmZiOWuhw==?= | Content-Transfer-Encoding: quoted-printable | =E7=94=B3=E8=AF=B7=E4=BA=BA=E9=99=88=E5=AE=87=EF=BC=8C=E8=BA=AB=E4=BB=BD=E8= / =AF=81=E5=8F=B7350203200104051643=EF=BC=8C=E5=9B=A0=E8=B4=AD=E6=88=BF=E7=94= / =B3=E8=AF=B7=E6=8F=90=E5=8F=96=E4=BD=8F=E6=88=BF=E5=85=AC=E7=A7=AF=E9=87=91= / =EF=BC=8C=E8=81=94=E7=B3=BB=E7=94=B5=E8=AF=9D15959218836=E3=80=82
    """),
    "zh-Hant": _lines("""
        From: chiming.chan@netvigator.com | Subject: =?big5?B?pdO90K7RuMml86FHs6+n06n6IEhLSUQgSzQ4MjkxMygxKQ==?= | Content-Type: multipart/mixed; boundary="----=_NextPart_000_0012_01DB8C2A"
        Content-Type: text/plain; charset=big5 | Content-Transfer-Encoding: quoted-printable | =B1z=A6n=A1A=A7=DA=ACO=AAL=A9=C9=A7g=A1A=A8=AD=A4=C0=C3=D2=A6r=B8=B9 A22681= / 4730=A1A=A4=E2=BE=F7 0912-385-476=A1A=B7Q=A5=D3=BD=D0=ABH=A5=CE=A5d=C3B=AB= / =D7=BD=D5=BE=E3=A1C
        -------- 轉寄郵件 -------- | 主旨: 租約續期 | 日期: Tue, 4 Mar 2025 | 寄件者: 黃家豪 <kahowong0619@yahoo.com.hk> | 租客：黃家豪先生，HKID Y305716(8)，住址：新界沙田翠林苑B座1204室，電話 6158 2937
        Content-Transfer-Encoding: base64 | 5ZCE5L2N5aW977yM5oiR5YWS5a2Q5by15a6255GL77yI6Lqr5YiG6K2JIEYxMjk1NDAzODPvvInl / m6Dou4rnpo3kvY/pmaLvvIzpnIDoq4vlgYflhanpgLHjgILlvLXniLjniLggMDkzMy0yMTctNTA4
        自動回覆：本人正接受乳癌化療，四月底前請假。急事請致電 9632 4185。——財務部 李穎珊
        寄件者: 王淑芬 <shufen.wang1975@gmail.com> | 寄件日期: 2025年3月4日 星期二 下午 3:21 | 主旨: RE: 退款 | 退款請匯入 中國信託(822) 帳號 4420-1587-3906，戶名王淑芬，身分證 B230471655。
        Final-Recipient: rfc822; ms.yeung.wingsze@gmail.com | Action: failed | Status: 5.1.1 | 原郵件主旨：=?UTF-8?B?5qWK6Kmg6KmpIOeUouaqouWgseWRiiAyMDI1LTAzLTA177yI5oe35a2VMjDpgLHvvIk=?=
        Content-Transfer-Encoding: quoted-printable | =E4=BD=95=E4=BF=8A=E5=82=91=E6=AC=A0=E6=88=91=E4=B8=89=E8=90=AC=E5=A1=8A=E4= / =B8=80=E7=9B=B4=E4=B8=8D=E9=82=84=EF=BC=8C=E4=BB=96=E7=9A=84 LINE ID =E6=98= / =AF jerry_ho0712=EF=BC=8C=E9=9B=BB=E8=A9=B1 0921-604-338=EF=BC=8C=E5=A4=A7= / =E5=AE=B6=E5=B9=AB=E6=88=91=E7=95=99=E6=84=8F=E4=B8=80=E4=B8=8B=E3=80=82
        Content-Type: text/html; charset=us-ascii | &#25910;&#20214;&#20154;&#65306;&#34081;&#23447;&#32752; | &#22320;&#22336;&#65306;&#33274;&#20013;&#24066;&#35199;&#23663;&#21312;&#25991;&#24515;&#36335;&#19977;&#27573;&#50;&#52;&#49;&#34399;&#55;&#27155;&#20043;&#50; | &#36523;&#20998;&#35657;&#65306;H128394709
        From: =?UTF-8?B?5qKB576O546y?= <meiling.leung@hotmail.com> | Subject: =?UTF-8?B?6KuL5YGH55Sz6KuL?= | 本人因抑鬱症需每週覆診，申請彈性上班。HKID M718245(2)
        > 寄件者: 郭俊 <kwokchun.hk@protonmail.com> | > 幫我代收包裹，收件地址：九龍紅磡黃埔花園第7期3座18樓C室，電報聯絡 Telegram @kwokchun_hk
    """),
    "ms": _lines("""
        ---------- Mesej yang dimajukan --------- | Daripada: Farah Hanim binti Rosli <farahhanim.rosli@gmail.com> | Tarikh: Isn, 3 Mac 2025 pada 9:41 PG | Subjek: Permohonan cuti sakit | Saya dimasukkan ke wad Hospital Serdang kerana denggi. No. K/P: 900612-10-6248.
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: base64 | QXNzYWxhbXVhbGFpa3VtIHR1YW4sIHNheWEgQWhtYWQgWnVsa2lmbGkgYmluIEhhc3NhbiwgTm8u / IElDIDg1MDkyMS0wNy01MTMzLCBpbmdpbiBtZW1vaG9uIHBlbmFuZ2d1aGFuIGJheWFyYW4gcGlu / amFtYW4gUFRQVE4ga2VyYW5hIGRpYmVyaGVudGlrYW4ga2VyamEgYnVsYW4gbGVwYXMu
        Pemberitahuan Status Penghantaran (Kegagalan) | Mesej anda tidak dihantar kepada ravi.subra78@yahoo.com | Subjek asal: Tunggakan sewa rumah | Encik Ravichandran a/l Subramaniam, tunggakan sewa unit B-12-3 Pangsapuri Seri Pelangi berjumlah RM2,850. Sila jelaskan sebelum 15 Mac.
        Content-Transfer-Encoding: quoted-printable | Salam cikgu, saya Nur Aisyah binti Kamarudin, ibu kepada Danish (Tahun 5 Bestari). Dia ada asma dan perlu bawa inhaler ke sekolah. Nombor telefon saya 012-73= / 8 4419.
        Subjek: =?UTF-8?B?U2xpcCBnYWppIE1hYyAyMDI1IC0gTU9IRCBGQUlaQUwgQklOIElTTUFJTCAoTm8uIFBla2VyamEgMDA0NDE3KQ==?= | Content-Disposition: attachment; filename="slipgaji_mac2025.pdf"
        Balasan automatik: Saya sedang bercuti bersalin sehingga 15 Jun. Sebarang urusan segera sila WhatsApp saya di 019-552 7038. – Nadia binti Othman, Unit Kewangan
        "Tempahan dewan","Saya nak tempah dewan untuk majlis perkahwinan anak saya Siti Khadijah pada 12 April. Deposit RM500 sudah dibayar dari akaun Maybank 5141 8820 3374.","Rohani binti Yusof","rohani.yusof62@yahoo.com","SMTP"
        Content-Type: text/csv; name="penyewa.csv" | Content-Transfer-Encoding: base64 | bmFtYSxub19rcCx0ZWxlZm9uLHVuaXQKVEFOIEJPT04gSE9DSyw3ODExMDUtMDgtNTQxOSwwMTYt / NDEyIDk5MDMsQS0zLTA3Ck5PUkFJTkkgQklOVEkgQUJEVUxMQUgsOTIwMzA0LTAxLTYwNzIsMDEx / LTIzODAgNTU2MSxDLTktMTIK
        ---------- Mesej yang dimajukan --------- | Daripada: Meenachi a/p Velu <meenachi.velu@gmail.com> | Subjek: Aduan buli | Anak saya Kumaresan a/l Ganesan, Tingkatan 3 Cempaka, dipukul oleh pelajar senior semalam dan lebam di muka.
        Content-Transfer-Encoding: quoted-printable | Pengesahan tempahan: Cik Lim Siew Ling, No. Pasport A38217654, penerbangan = / KUL=E2=80=93NRT pada 18 April, kerusi 32A. Hubungi 017-645 2290 jika ada pe= / rubahan.
        Content-Type: text/html; charset=us-ascii | <b>Nama:</b> &#90;&#97;&#108;&#101;&#104;&#97;&#32;&#98;&#105;&#110;&#116;&#105;&#32;&#65;&#98;&#100;&#117;&#108;&#108;&#97;&#104; <b>Alamat:</b> &#78;&#111;&#46;&#32;&#49;&#52;&#44;&#32;&#74;&#97;&#108;&#97;&#110;&#32;&#77;&#97;&#119;&#97;&#114;&#32;&#51;&#47;&#50;&#44;&#32;&#84;&#97;&#109;&#97;&#110;&#32;&#83;&#114;&#105;&#32;&#77;&#117;&#100;&#97;&#44;&#32;&#52;&#48;&#52;&#48;&#48;&#32;&#83;&#104;&#97;&#104;&#32;&#65;&#108;&#97;&#109; <b>Status:</b> tunggakan kad kredit RM 8,410
    """),
    "mixed": _lines("""
        ---------- Forwarded message --------- | From: Chloe Lau 劉思敏 <chloelau.sm@gmail.com> | Subject: Fwd: 入職文件 | 附上我的 HKID R204861(1) 同埋地址證明，住址：將軍澳唐俊街9號天晉2座32樓A室。
        Subject: =?UTF-8?B?RndkOiBkb3JtIGNoZWNrLWluIC8gZGFmdGFyIG1hc3VrIGFzcmFtYQ==?= | Worker: Vikram s/o Ramasamy, FIN G5093317U, WP expiry 2026-01-31, room 3-14, Tuas South Dormitory. Dia demam sejak semalam, sudah dibawa ke klinik.
        Content-Transfer-Encoding: quoted-printable | Hi HR, =E6=88=91=E6=98=AF=E5=BC=A0=E6=B5=A9 Zhang Hao, FIN F2287641N, mobil= / e 8813 6205. =E4=B8=8B=E4=B8=AA=E6=9C=88=E8=A6=81=E5=9B=9E=E5=9B=BD=E7=85= / =A7=E9=A1=BE=E7=94=9F=E7=97=85=E7=9A=84=E7=88=B6=E4=BA=B2, need 2 weeks unp= / aid leave.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you decode this subject line from an email our clinic got? Subject: =?UTF-8?B?TWVkaWNhbCBsZWF2ZSDigJMgVGFuIFdlaSBMaW5nLCBkZW5ndWUgZmV2ZXIsIDUgZGF5cyAoTUMgYXR0YWNoZWQp?=",
        ),
        (
            "assistant",
            "It's a UTF-8 Base64 encoded-word. Decoded it reads: “Medical leave – Tan Wei Ling, dengue fever, 5 days (MC attached)”.",
        ),
        (
            "user",
            "ok she's our receptionist, her number is 9641 7723. draft a short reply telling her to rest and that HR has the MC",
        ),
        (
            "assistant",
            "Hi Wei Ling, thanks for sending the MC – HR has it on file. Please rest well and focus on recovering; we'll see you when you're better.",
        ),
    ],
    [
        ("system", "你是企业邮箱运维助手，帮助管理员分析退信和原始邮件。"),
        (
            "user",
            "帮我看下这封退信的原文是什么：Content-Transfer-Encoding: base64 | 5ZGo5rW35rab5YWI55Sf77ya5oKo5Zyo5oiR6KGM55qE5L+h55So5Y2h77yI5Y2h5Y+3NjIxNzAw / Mjg0MDE5MzY1ODIwMe+8ieW3sumAvuacnzYy5aSp77yM5qyg5qy+5Lq65rCR5biBMjMsNDE4LjUw / 5YWD77yM6K+35bC95b+r6L+Y5qy+44CC",
        ),
        (
            "assistant",
            "解码后内容是：“周海涛先生：您在我行的信用卡（卡号6217002840193658201）已逾期62天，欠款人民币23,418.50元，请尽快还款。”这是一封催收通知，退信原因需要看 DSN 部分。",
        ),
        ("user", "收件地址是 zhouhaitao_sz@qq.com，为什么退了？"),
    ],
    [
        (
            "user",
            "Boleh tolong ekstrak maklumat dari emel ni? ---------- Mesej yang dimajukan --------- Daripada: Hazwan bin Mokhtar <hazwan.mokhtar@gmail.com> Subjek: Borang pinjaman",
        ),
        ("assistant", "Tentu. Sila tampal kandungan emel tersebut, termasuk badan mesej."),
        (
            "user",
            "Badan mesej: Tm8uIEsvUCBzYXlhIDk2MDgzMC0xMy01NTkxLCBnYWppIGJlcnNpaCBSTTMsOTAwLCBtYWppa2Fu / IFBldHJvbmFzIENoZW1pY2FscywgbW9ob24gcGluamFtYW4gcGVyaWJhZGkgUk0yMCwwMDAu",
        ),
        (
            "assistant",
            "Maklumat yang diekstrak: Nama Hazwan bin Mokhtar, No. K/P 960830-13-5591, gaji bersih RM3,900, jumlah pinjaman dipohon RM20,000.",
        ),
    ],
    [
        (
            "user",
            "這段 Big5 quoted-printable 亂碼是什麼意思？=BD=B2=B6=AE=B4@=A4p=A9j=B1z=A6n=A1A=B1z=A9=F33=A4=EB8=A4=E9=A6b=A5=BB=B0|= / =AA=BA=B0=FC=B2=A3=AC=EC=AA=F9=B6E=A4w=A7=EF=A6=DC3=A4=EB15=A4=E9=A4W=A4=C8= / 10=C2I=A1C",
        ),
        (
            "assistant",
            "解碼後是：「蔡雅婷小姐您好，您於3月8日在本院的婦產科門診已改至3月15日上午10點。」這是醫院的門診改期通知。",
        ),
        ("user", "她手機是 0958-172-604，幫我寫一則簡訊提醒她"),
    ],
    [
        (
            "user",
            "Why did this bounce? Final-Recipient: rfc822; b.okonkwo.private@gmail.com / Status: 5.2.2 / Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space",
        ),
        (
            "assistant",
            "The recipient's Gmail mailbox is full (5.2.2 over quota). It's a hard-ish failure: the message won't be retried. The recipient needs to free up space before you resend.",
        ),
        (
            "user",
            "it was her HIV test result from our lab, Blessing Okonkwo. should I just call her on 8127 3390 instead?",
        ),
        (
            "assistant",
            "Yes – for a sensitive result, a phone call from a clinician is better than resending by email. Verify her identity on the call before discussing the result.",
        ),
    ],
    [
        (
            "user",
            "my sister Joanne Lim's hotmail got hacked, here's the header of a scam mail sent from it: From: Joanne Lim <joanne.lim.sy@hotmail.com> X-Originating-IP: [198.51.100.23] Subject: Urgent help needed",
        ),
        (
            "assistant",
            "The From header shows the message really came from her account's mailbox, and the originating IP is worth reporting to Microsoft. She should reset her password and check forwarding rules.",
        ),
        (
            "user",
            "she lives at 23 Jalan SS 2/64, Petaling Jaya and the scammer has her IC too. what else should she do?",
        ),
        (
            "assistant",
            "She should lodge a police report, alert her bank, and monitor her CCRIS/CTOS records for applications made in her name.",
        ),
    ],
    [
        (
            "user",
            "Decode this RFC 2231 filename please: filename*=UTF-8''Offer_Letter_Arjun%20Menon_SGD%208%2C500_mth.pdf",
        ),
        ("assistant", "Decoded: “Offer_Letter_Arjun Menon_SGD 8,500_mth.pdf”."),
        (
            "user",
            "right, he's the candidate we're hiring as data lead, NRIC S8530416Z. can you write the onboarding checklist for him?",
        ),
    ],
    [
        ("system", "You are a support assistant for a mail-archiving product."),
        (
            "user",
            "Our mbox import fails on this message. From 1826502291@xxx Wed Mar 05 11:30:00 +0000 2025 | From: =?UTF-8?B?U2l0aSBNYXJpYW0gYmludGkgSGFydW4=?= <sitimariam.harun@yahoo.com> | Subject: =?UTF-8?B?S2VwdXR1c2FuIHVqaWFuIGtlaGFtaWxhbg==?= | Content-Type: text/plain; charset=utf-8",
        ),
        (
            "assistant",
            "The headers are valid. The failure is usually caused by the 'From ' envelope line: make sure it is followed by a proper date and that any body lines starting with 'From ' are escaped.",
        ),
        ("user", "thanks, also what do those encoded bits say?"),
        (
            "assistant",
            "The sender name decodes to “Siti Mariam binti Harun” and the subject to “Keputusan ujian kehamilan” (pregnancy test result).",
        ),
    ],
    [
        (
            "user",
            "解码一下：Subject: =?GB2312?B?t7+0+9PixtrNqNaqLcDuw/ctus/NrLrFSEQyMDIxLTAwODg=?=",
        ),
        ("assistant", "解码结果为：“房贷逾期通知-李明-合同号HD2021-0088”。"),
        ("user", "他身份证是320102199602290871，手机13951862207，帮我写一封催款邮件"),
        (
            "assistant",
            "李明先生您好：您的房贷（合同号HD2021-0088）已逾期，请尽快联系我行处理还款事宜，以免影响个人征信。",
        ),
    ],
    [
        (
            "user",
            "Gmail says this forwarded message has an encoded body, is it phishing? Content-Transfer-Encoding: base64 / 5YqJ5a625piO5YWI55Sf77ya6Zaj5LiL5Lul6aaZ5riv6Lqr5Lu96K2JIFAzOTAxNzQoNikg55m7 / 6KiY5LmL5omL5o+Q6Zu76KmxIDU5MzggMjAxNiDlt7LmiJDlip/ntoHlrprovYnmlbjlv6vvvIzl / poLpnZ7mnKzkurrmk43kvZzoq4voh7Tpm7vmnKzooYzjgII=",
        ),
        (
            "assistant",
            "It decodes to Traditional Chinese: “Mr Lau Ka-ming: the mobile 5938 2016 registered under your HKID P390174(6) has been linked to FPS; call the bank if this wasn't you.” It contains real identifiers, so it may be genuine, but verify by calling the number on the back of your card, not one given in the mail.",
        ),
        ("user", "yes that's my dad's HKID and number, he's 78 and didn't set this up"),
    ],
]
