# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade55: personal data in e-mail headers and MIME (display names, RFC 2047 words, base64/QP bodies, forwards, signatures). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade55
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "system mail headers"): _lines("""
        From: "Maybank2u Notifications" <no-reply@maybank2u.com.my> | To: undisclosed-recipients:; | Subject: Scheduled system maintenance on 14 Dec 2026, 00:30-04:00 (MYT)
        Return-Path: <bounces+2214907-3f1a@em4821.shopee.sg> | Received: from o1678.outbound.shopee.sg (o1678.outbound.shopee.sg [167.89.12.44]) by mx.google.com with ESMTPS id d9443c01a7336-2e1f8a9c2b1si88213cd.412; Thu, 04 Dec 2026 01:15:07 -0800 (PST)
        Message-ID: <CAF3x9Qk2mZ7=Yp1vR0d+8sWq4Lh0TcN@mail.gmail.com> | In-Reply-To: <20261204093311.4F2A1C0012@smtp.hrportal.example.net> | References: <20261201.7731.ticket-48213@helpdesk.example.net>
        DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=grab.com; s=s1; t=1764823511; h=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=LZTmKXmLt8xxzo2FgFdB7cGwdL2Yda0VnqBN0npuZe7WVcnU4amQ18NzKgHhmoiQK15/+I9htPjcy28WjHet1p==
        Subject: =?UTF-8?Q?Your_order_=23SG-26120487_has_shipped_=F0=9F=93=A6?= | From: Lazada Singapore <order-update@lazada.sg> | X-Tracking-No: SPXSG048213377610
        Subject: Delivery Status Notification (Failure) | Final-Recipient: rfc822; careers@hamilton-trading-defunct.com.sg | Action: failed | Status: 5.1.1 | Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
        List-Id: "PyCon APAC announcements" <announce.lists.pycon-apac.org> | List-Unsubscribe: <mailto:announce-leave@lists.pycon-apac.org>, <https://lists.pycon-apac.org/unsub/announce> | List-Unsubscribe-Post: List-Unsubscribe=One-Click | Precedence: bulk
        Authentication-Results: mx.microsoft.com 1; spf=pass (sender ip is 203.116.9.18) smtp.mailfrom=dbs.com; dkim=pass (signature was verified) header.d=dbs.com; dmarc=pass action=none header.from=dbs.com; compauth=pass reason=100
        Auto-Submitted: auto-replied | Subject: Automatic reply: Quotation QT-2026-1187 | Thank you for contacting Meridian Freight. Our office is closed 24-26 Dec; for urgent shipments call the 24-hour operations desk at +65 6123 4000.
        MIME-Version: 1.0 | Content-Type: multipart/mixed; boundary="----=_Part_88213_1907745521.1764900011234" | X-Mailer: Microsoft Outlook 16.0 | X-MS-Has-Attach: yes | Thread-Index: AdtkQ2xZ8vR1m0bKTyC4s9w3Lq7hNA==
        Content-Type: application/pdf; name="Invoice_INV-2026-004418.pdf" | Content-Disposition: attachment; filename="Invoice_INV-2026-004418.pdf" | Content-Transfer-Encoding: base64 | JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK
        X-Spam-Status: No, score=-0.8 required=5.0 tests=BAYES_00,DKIM_SIGNED,DKIM_VALID,HTML_MESSAGE,SPF_PASS autolearn=ham autolearn_force=no version=3.4.6 | X-Spam-Level: | X-Virus-Scanned: amavisd-new at mx2.example.net
        From: HR Shared Services <hr-services@contoso-apac.com> | To: all-staff-my@contoso-apac.com | Subject: Reminder: EA forms for YA2026 are on the self-service portal from 28 Feb — please do not reply to this mailbox
        From: =?UTF-8?Q?Sherlock_Holmes?= <holmes@221b.example> | To: =?UTF-8?Q?Dr=2E_John_H=2E_Watson?= <watson@221b.example> | Subject: The Adventure of the Blue Carbuncle (fixture for the MIME parser tests)
        X-Forwarded-For: 10.24.8.17, 172.16.4.2 | X-Originating-IP: [10.24.8.17] | X-MS-Exchange-Organization-AuthAs: Internal | X-MS-Exchange-Organization-SCL: -1
    """),
    ("zh-Hans", "encoded headers"): _lines("""
        Subject: =?UTF-8?B?5oKo55qE6K6i5Y2V5bey5Y+R6LSn77yM6aG65Liw6L+Q5Y2V5Y+3IFNGMTQw?= =?UTF-8?B?ODgyNzczMTY1Mu+8jOmihOiuoTEy5pyINuaXpemAgei+vg==?= | From: =?UTF-8?B?5Lqs5Lic54mp5rWB?= <noreply@jd.com>
        From: =?GB2312?B?1tC5+rmkyczS+NDQ?= <webmaster@icbc.com.cn> | Subject: =?GB2312?B?xLW1pNDF08O/qLXn19O21NXLtaWjqDIwMjbE6jEx1MKjqdLRyfqzyaOsx+s=?= =?GB2312?B?tcfCvM340viy6b+0?=
        From: =?UTF-8?B?5Lq65Yqb6LWE5rqQ6YOo?= <hr@hengtai-group.com.cn> | To: =?UTF-8?B?5YWo5L2T5ZGY5bel?= <all-staff@hengtai-group.com.cn> | Subject: =?GB2312?B?udjT2jIwMjfE6rS6vdq3xbzZsLLFxbXEzajWqg==?=
        Subject: =?UTF-8?Q?=E4=BC=9A=E8=AE=AE=E9=82=80=E8=AF=B7=EF=BC=9A=E7=AC=AC=E4=B8=89?= =?UTF-8?Q?=E5=AD=A3=E5=BA=A6=E7=BB=8F=E8=90=A5=E5=88=86=E6=9E=90=E4=BC=9A?= =?UTF-8?Q?_2026-10-15_14=3A00_3=E5=8F=B7=E4=BC=9A=E8=AE=AE=E5=AE=A4?= | Content-Type: text/calendar; method=REQUEST; charset=UTF-8
        Subject: =?UTF-8?B?6L2s5Y+R77ya6bKB6L+F57qq5b+16aaG4oCc5ZGQ5ZaK5LiO5b235b6o4oCd?= =?UTF-8?B?5LiT6aKY6K6y5bqn5oql5ZCN6YCa55+l?= | From: =?UTF-8?B?5LiK5rW36bKB6L+F57qq5b+16aaGIOekvuaVmemDqA==?= <edu@luxun-museum.example.cn>
        Subject: =?UTF-8?B?e3vlp5PlkI19fe+8jOaCqOWlve+8muaCqOeahOmqjOivgeeggeaYryB7e2Nv?= =?UTF-8?B?ZGV9fe+8jDEw5YiG6ZKf5YaF5pyJ5pWI?= | X-Template-Id: mail-verify-v3
        From: =?UTF-8?B?5pSv5LuY5a6d?= <service@mail.alipay.com> | Subject: =?UTF-8?B?5oKo55qE5qCh6aqM56CB5Li6IDQ4MjkxM++8jOivt+WLv+azhOmcsue7mQ==?= =?UTF-8?B?5LuW5Lq6?=
        Reply-To: =?UTF-8?B?5qCh5Zut5oub6IGY57uE?= <campus@hengtai-group.com.cn> | Subject: =?UTF-8?B?MjAyN+WxiuagoeWbreaLm+iBmOWuo+iusuS8muaXtumXtOihqO+8iOWMlw==?= =?UTF-8?B?5Lqs44CB5LiK5rW344CB5oiQ6YO977yJ?=
        From: =?GB18030?B?1tC5+sz6wrcxMjMwNg==?= <12306@rails.com.cn> | Subject: =?GB18030?B?zfjJz7m6xrHPtc2zLbaptaXWp7i2s8m5ps2o1qogtqm1pbrFIEU0MTkyODM3?= =?GB18030?B?NTY=?=
        Subject: =?UTF-8?B?5paw6Ze756i/77ya6KKB6ZqG5bmz5p2C5Lqk5rC056i756eR56CU5oiQ5p6c?= =?UTF-8?B?5bGV5Zyo6ZW/5rKZ5byA5bmV?= | From: =?UTF-8?B?5Yac5Lia56eR5a2m6ZmiIOWuo+S8oOWkhA==?= <news@agri-academy.example.cn>
        为什么 Foxmail 收到的邮件主题显示成 =?GB2312?B?z+7Ev9bcsaggtdo0ONbc?= 这种乱码？是客户端没有按 RFC 2047 解码吗？
        Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet | Content-Disposition: attachment; filename*=UTF-8''2027%E5%B9%B4%E5%BA%A6%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97%E8%A1%A8_v3.xlsx
        Subject: =?UTF-8?B?44CQ57O757uf6YCa55+l44CR5LyB5Lia6YKu566x5bCG5LqO5pys5ZGo5YWt?= =?UTF-8?B?IDIyOjAwLTI0OjAwIOWNh+e6p++8jOacn+mXtOWPr+iDveaXoOazleaUtg==?= =?UTF-8?B?5Y+R6YKu5Lu2?= | From: postmaster@hengtai-group.com.cn
    """),
    ("zh-Hant", "mime bodies"): _lines("""
        Content-Type: text/plain; charset="big5" | Content-Transfer-Encoding: base64 | v8u3Uqq6q8ik4bF6pm6hR6W7puaxTqnzMTKk6zE0pOmt4rHhMK7Jptw0rsm2aabmqHSyzrr7xUCh QbTBtqG69Lj0u8im5qTOpuawyrvIpua8yLCxqkGwyKFBs3mmqKSjq0u3cb3QqKO9zKFD
        Content-Type: text/plain; charset="utf-8" | Content-Transfer-Encoding: quoted-printable | =E5=A6=82=E6=9C=89=E4=BB=BB=E4=BD=95=E7=96=91=E5=95=8F=EF=BC=8C=E8=AB=8B=E6=96=BC=E4=B8=8A=E7=8F=AD=E6=99=82=E9=96=93=E6=92=A5=E6=89=93=E4=B8=AD=E8=8F=AF=E9=83=B5=E6=94=BF=E5=AE=A2=E6=9C=8D=E5=B0=88=E7=B7=9A 0800-700-365=EF=BC=8C=E6=88=96=E8=87=B3=E5=90=84=E5=9C=B0=E9=83=B5=E5=B1=80=E6=B4=BD=E8=A9=A2=E3=80=82
        Subject: =?UTF-8?B?6aaZ5riv6YO15pS/77ya6YO15Lu2IFJSNDgyOTEzMzAzSEsg5bey5oq16YGU?= =?UTF-8?B?5pys5riv77yM5q2j5a6J5o6S5rS+6YGe?= | From: =?UTF-8?B?6aaZ5riv6YO15pS/?= <noreply@hongkongpost.hk>
        ---------- 轉寄的郵件 ---------- | 寄件者：立法會秘書處 <info@legco.gov.hk> | 日期：2026年12月3日 (星期三) 上午10:12 | 主旨：立法會會議議程（2026年12月10日） | 收件者：<subscribers@legco.gov.hk>
        Subject: =?UTF-8?B?e3vmlLbku7bkurrlp5PlkI19fSDlhYjnlJ/vvI/lpbPlo6vvvJrmgqjnmoQ=?= =?UTF-8?B?5L+d5ZauIHt7cG9saWN5X25vfX0g5bCH5pa8IHt7ZXhwaXJ5X2RhdGV9fSA=?= =?UTF-8?B?5Yiw5pyf?= | X-Mailer: PolicyNotify 4.2
        Subject: =?UTF-8?B?6K6A5pu45pyD77ya44CK57SF5qiT5aSi44CL56ys5LqU5ZueIOiziOWvtg==?= =?UTF-8?B?546J56We6YGK5aSq6Jmb5aKDIOiojuirluaPkOe2sQ==?= | To: =?UTF-8?B?5paH5a246Zmi6K6A5pu45pyD?= <reading-club@lit.example.edu.tw>
        -- | 客戶服務部 | 新光人壽 | 免付費專線 0800-031-115 | 本郵件由系統自動發送，請勿直接回覆。
        Content-Transfer-Encoding: quoted-printable | =E6=9C=83=E8=AD=B0=E7=B4=80=E9=8C=84=EF=BC=9A=E7=AC=AC=E5=9B=9B=E5=AD=A3=E7=94=A2=E5=93=81=E8=B7=AF=E7=B7=9A=E5=9C=96=E5=AF=A9=E6=9F=A5=EF=BC=8C=E5=87=BA=E5=B8=AD12=E4=BA=BA=EF=BC=8C=E6=B1=BA=E8=AD=B0=E4=BA=8B=E9=A0=85=E4=B8=89=E9=A0=85=EF=BC=8C=E4=B8=8B=E6=AC=A1=E6=9C=83=E8=AD=B0=E8=A8=82=E6=96=BC1=E6=9C=888=E6=97=A5=E3=80=82
        Content-Transfer-Encoding: base64 | 5ZyW5pu46aSo5YWs5ZGK77ya5pys6YCx5YWt77yIMTLmnIgxM+aXpe+8ieWFqOmkqOmAsuihjOa2 iOmYsua8lOe3tO+8jOaaq+WBnOmWi+aUvuS4gOWkqe+8jOmChOabuOiri+S9v+eUqDI05bCP5pmC 6YKE5pu4566x44CC
        From: =?Big5?B?v0Sq+a9Tp0+m5qxGsM+sRqmyqK2l98PSqfqnvQ==?= <info@dsi.gov.mo> | Subject: =?Big5?B?uHS9z6TOpLilubCytMG/7KS9rsm2oaZ3scY=?=
        Subject: =?Big5?B?pXilX6WrrEapsqFHsOqk96z2qcDAXalQw+Sl5rNxut6o7qS9p2mhXTEyLzIwILjz?= =?Big5?B?pn6sobDKsW2xxqFe?=
        Content-Type: text/html; charset="utf-8" | Content-Transfer-Encoding: base64 | PHA+5oKo5aW977yM5oKo55qE5biz5oi25a+G56K85bey5pa8IDIwMjYtMTItMDQgMTA6MzEg6K6K 5pu044CC5aaC6Z2e5pys5Lq65pON5L2c77yM6KuL56uL5Y2z6IGv57Wh5a6i5pyN44CCPC9wPg==
        Subject: =?UTF-8?B?44CQ6Zu75a2Q55m856Wo44CR5oKo55qE55m856WoIEFCLTEyMzQ1Njc4IA==?= =?UTF-8?B?5bey6ZaL56uL77yM6YeR6aGNIE5UJDEsMjgw?= | From: =?UTF-8?B?5YWo5a625L6/5Yip5ZWG5bqX?= <einvoice@family.com.tw>
        Content-Disposition: attachment; filename*=UTF-8''%E5%93%A1%E5%B7%A5%E6%89%8B%E5%86%8A_2027%E5%B9%B4%E7%89%88.pdf; filename="=?UTF-8?B?5ZOh5bel5omL5YaKXzIwMjflubTniYgucGRm?="
    """),
    ("ms", "notifications"): _lines("""
        Subject: =?UTF-8?Q?Notis_penyelenggaraan_sistem_MySejahtera_pada_14_Disember_2026?= | From: MySejahtera <noreply@mysejahtera.gov.my>
        Daripada: Lembaga Hasil Dalam Negeri Malaysia <noreply@hasil.gov.my> | Kepada: undisclosed-recipients:; | Perkara: Peringatan — tarikh akhir e-Filing Borang BE bagi tahun taksiran 2026 ialah 30 April 2027
        Content-Transfer-Encoding: base64 | VGVyaW1hIGthc2loIGtlcmFuYSBtZW5naHVidW5naSBrYW1pLiBOb21ib3IgdGlrZXQgYW5kYSBp YWxhaCBUS1QtMjAyNi0xMTg3MzQuIFBlZ2F3YWkga2FtaSBha2FuIG1lbWJhbGFzIGRhbGFtIHRl bXBvaCAzIGhhcmkgYmVrZXJqYS4=
        Subject: =?UTF-8?B?S2VwYWRhIHt7bmFtYV9wZW51aH19LCBOby4gS1A6IHt7bm9fa3B9fSDigJQg?= =?UTF-8?B?c3RhdHVzIHBlcm1vaG9uYW4gYW5kYSB0ZWxhaCBkaWtlbWFzIGtpbmk=?= | X-Campaign: str-2027-batch1
        Perkara: Jemputan ke pameran Bapa Kemerdekaan — rakaman ucapan Tunku Abdul Rahman pada 31 Ogos 1957 dipamerkan di Memorial Tunku Abdul Rahman Putra, Kuala Lumpur
        Subject: =?UTF-8?Q?Hikayat_Hang_Tuah=3A_bahan_bacaan_Bahasa_Melayu_Tingkatan_4?= | From: Panitia Bahasa Melayu <panitia.bm@smktamantundrismail.edu.my>
        Daripada: JPJ Malaysia <noreply@jpj.gov.my> | Perkara: Amaran penipuan — JPJ tidak menghantar pautan pembayaran saman melalui e-mel; semak saman hanya melalui aplikasi MyJPJ
        Perkara: Aduan SISPAA dikemas kini | No. rujukan: KPM.SISPAA.2026.118734 | Status: Dalam tindakan | E-mel ini dijana oleh sistem, jangan balas
        -- | Pusat Khidmat Pelanggan | Malayan Banking Berhad | 1-300-88-6688 | www.maybank2u.com.my | E-mel ini dihantar secara automatik
        Auto-Submitted: auto-replied | Perkara: Balasan automatik: Mesyuarat JK ICT | Terima kasih atas e-mel anda. Unit ICT ditutup sempena cuti umum pada 25 Disember; e-mel akan dibalas pada hari bekerja berikutnya.
        Content-Transfer-Encoding: quoted-printable | Sila ambil perhatian: yuran pendaftaran RM150.00 perlu dijelaskan sebelum 15/1/2027 =E2=80=94 resit akan dihantar secara automatik.
        From: =?UTF-8?B?SmFiYXRhbiBQZW5kYWZ0YXJhbiBOZWdhcmE=?= <aduan@jpn.gov.my> | Perkara: =?UTF-8?B?V2FrdHUgb3BlcmFzaSBrYXVudGVyIE15S2FkIHNlcGFuamFuZyBjdXRpIHNl?= =?UTF-8?B?a29sYWg=?=
        Subjek: Fwd: Jadual peperiksaan SPM 2026 (Lembaga Peperiksaan) | Kepada: guru-tingkatan5@smkbandarutama.edu.my | Lampiran: Jadual_SPM_2026_v2.pdf (412 KB)
        Perkara: =?UTF-8?B?Tm90aXM6IFBlbnV0dXBhbiBrYXVudGVyIFBlamFiYXQgUG9zIEphbGFuIFR1?= =?UTF-8?B?biBSYXphayBwYWRhIDEgSmFudWFyaSAyMDI3?= | Daripada: Pos Malaysia <notifikasi@pos.com.my>
    """),
    ("en", "signatures and disclaimers"): _lines("""
        CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain privileged information. If you have received it in error, please notify the sender and delete it. E-mail is not secure and may be intercepted.
        -- | Customer Care | Singtel | Hotline 1688 (from a Singtel mobile) | www.singtel.com | Please do not reply to this auto-generated e-mail.
        Kind regards, | Admissions Office | Raffles Institution | 1 Raffles Institution Lane, Singapore 575954 | General office: +65 6419 0232
        BEGIN:VCARD | VERSION:3.0 | FN:{{full_name}} | ORG:{{company}} | TEL;TYPE=CELL:{{mobile}} | EMAIL;TYPE=INTERNET:{{email}} | END:VCARD
        -----BEGIN PGP SIGNATURE----- | iQEzBAEBCAAdFiEEtAEtZ+p8lzi+afXas5+BGMgX9b0P2ZkaDc88a2Du4iL2t2ypJHR3SDLHiuGI | 1eC5KEt2B0chTRkiIy8CoPNFmJdWL95gDKwIS+yEq1OJHIN8mlbyDXSr9s9DQh8q | =MGp6 | -----END PGP SIGNATURE-----
        Sent from my iPhone | > On 4 Dec 2026, at 09:12, Facilities Helpdesk <facilities@harbourfront-mgmt.sg> wrote: | > Lift 3 at Tower B will be serviced on Saturday from 9am to 1pm.
        Registered office: 80 Robinson Road, #02-00, Singapore 068898 | Company Registration No. 201912345K | GST Reg. No. M90-1234567-8
        “Whatever you are, be a good one.” — Abraham Lincoln | Operations Team, Northwind Logistics | ops@northwind-logistics.example
        Please consider the environment before printing this e-mail. | Get Outlook for Android
        This message was sent by an automated system on behalf of Changi General Hospital. To change an appointment, call the Central Appointments line at 6850 3333 (Mon–Fri 8am–5.30pm).
        Disclaimer: Views expressed in this e-mail are those of the sender and not necessarily of the Company. The Company accepts no liability for viruses transmitted by this e-mail. Ref: ISMS-POL-07 v2.3
        Content-Type: text/x-vcard; charset=utf-8; name="support.vcf" | Content-Transfer-Encoding: base64 | QkVHSU46VkNBUkQNClZFUlNJT046My4wDQpGTjpBY21lIFN1cHBvcnQgRGVzaw0KT1JHOkFjbWUg UHRlIEx0ZA0KVEVMO1RZUEU9V09SSzorNjUgNjEwMCAyMDAwDQpFTUFJTDpzdXBwb3J0QGFjbWUu ZXhhbXBsZQ0KRU5EOlZDQVJEDQo=
    """),
    ("mixed", "forwarded threads"): _lines("""
        ---------- Forwarded message --------- | From: IT Helpdesk <helpdesk@um.edu.my> | Date: Mon, 1 Dec 2026 at 09:14 | Subject: Password expiry reminder / Peringatan tamat tempoh kata laluan | To: <all-students@siswa.um.edu.my>
        -----Original Message----- | From: Procurement Dept <procurement@keppel-marine.example> | Sent: Tuesday, 2 December 2026 3:41 PM | To: Registered Vendors | Subject: RFQ-2026-044 clarification #2 — closing date extended to 19 Dec
        Subject: =?UTF-8?B?RndkOiDlubTluqblpKfkvJogLyBNZXN5dWFyYXQgQWd1bmcgVGFodW5hbiAy?= =?UTF-8?B?MDI2IOKAlCDorq7nqIvlj4rlp5TmiZjkuabooajmoLw=?= | From: =?UTF-8?B?6Zuq5YWw6I6q5Lit5Y2O5aSn5Lya5aCCIOenmOS5puWkhA==?= <secretariat@klscah.example.my>
        Fwd: Press release — Prime Minister's Office statement on Budget 2027 | From: Media Relations <media@pmo.gov.my> | Embargo: 6pm, 10 Oct 2026 | Kenyataan media / 媒体声明
        Fw: 國父紀念館 Sun Yat-sen Memorial Hall guided tour — booking ref SYS-260118 confirmed for a school group of 25, Sat 10:00, enter from Ren'ai Road
        > 在 2026年12月3日 週三 16:05，客服中心 <cs@pchome.com.tw> 寫道： | > 您的退貨申請 RMA-2026-88412 已受理，請於七日內寄回商品。 | Fwd to: returns-team@pchome.com.tw
        Begin forwarded message: | From: "GitHub" <noreply@github.com> | Subject: [acme/mail-parser] Fix RFC 2231 continuation parsing (PR #412) | Date: 4 December 2026 at 11:02:37 SGT | To: "acme/mail-parser" <mail-parser@noreply.github.com>
        主题: =?UTF-8?B?Rnc6IFRhd2FyYW4gQmlhc2lzd2EgWWF5YXNhbiBUdW4gUmF6YWsgMjAyNyAv?= =?UTF-8?B?IOaVpuaLieiQqOWfuumHkeS8muWlluWtpumHkeeUs+ivt+W8gOaUvg==?= | 发件人: Yayasan Tun Razak <info@yayasantunrazak.org.my>
        > -----Original Message----- | > From: Lee Kuan Yew School of Public Policy <lkyspp.events@nus.edu.sg> | > Subject: Public lecture on ASEAN water security, 15 Jan 2027, Oei Tiong Ham Building | > 请转发给有兴趣的同事
        ---------- 转发的邮件 ---------- | 发件人：Hangzhou Office Admin <admin-hz@hengtai-group.com.cn> | 主题：Fw: Office move — 新办公室地址 杭州市西湖区文三路 398 号 12 楼 | 收件人：hz-all@hengtai-group.com.cn
        Fwd: Jemputan Majlis Makan Malam Tahunan 2026 / Annual Dinner — RSVP via the form before 12 Dec; dress code: batik | From: Kelab Sukan dan Rekreasi <ksr@utility.example.my>
        Subject: =?UTF-8?Q?Fwd=3A_Re=3A_Menu_for_the_Deepavali_potluck_=E2=80=94_vegetaria?= =?UTF-8?Q?n_options=3F?= | From: Pantry Committee <pantry@office.example> | To: level-12@office.example
    """),
    ("en", "mail how-to and code"): _lines("""
        How do I decode subjects like =?UTF-8?B?5bm05bqm5oql5ZGK?= in Python? decode_header() gives me a list of (bytes, charset) tuples and I am not sure how to join them.
        msg = email.message_from_bytes(raw, policy=email.policy.default); print(msg['Subject']); for part in msg.iter_attachments(): print(part.get_filename(), part.get_content_type())
        Postfix: header_checks = regexp:/etc/postfix/header_checks | /^X-Originating-IP:/ IGNORE | /^User-Agent:/ IGNORE | /^Received: from .*authenticated sender/ IGNORE
        RFC 2047 matcher: =[?]([^?]+)[?]([BbQq])[?]([^?]*)[?]= — remember that encoded-words may not appear inside a quoted-string or inside the addr-spec itself.
        In quoted-printable a trailing = is a soft line break and =3D is a literal equals sign, so "Caf=C3=A9 =3D 5 SGD" decodes to "Café = 5 SGD".
        Base64 turns every 3 bytes into 4 characters and mail wraps at 76 columns, so a 10 MB attachment is roughly 13.7 MB on the wire; the encoded size is what counts against a 35 MB limit.
        import quopri; quopri.decodestring(b'Terima=20kasih=2C=20sila=20semak=20lampiran.').decode('utf-8')  # -> 'Terima kasih, sila semak lampiran.'
        Parser test case: From: =?UTF-8?Q?Example_User?= <user@example.com> | Subject: =?UTF-8?B?VGVzdCDDvG7Dr2PDtmTDqSBzdWJqZWN0IOa1i+ivlQ==?= | expected display name: Example User
        Why does Gmail show "=?big5?Q?...?=" literally in the subject? Usually the encoded-word was longer than 75 characters and got folded in the middle; split it into several encoded-words separated by a space.
        Thunderbird tip: View > Message Source shows the raw headers; to see the real attachment name, look for filename*= (RFC 2231), which overrides the plain filename= parameter.
        :0 | * ^Subject:.*=[?]gb2312[?] | * ^From:.*@newsletter[.] | $HOME/Mail/cn-newsletters/  (procmail recipe that files GB2312 newsletters into their own folder)
        Outlook quotes display names that contain commas: "Support, Tier 2" <tier2@contoso.example>; if you hand-write To: Support, Tier 2 <tier2@contoso.example> the parser sees two recipients.
        Java: MimeUtility.decodeText("=?UTF-8?Q?Invoice_=E2=84=96_2026-0412?=") returns "Invoice № 2026-0412"; MimeUtility.encodeText(s, "UTF-8", "B") goes the other way.
        To strip tracking headers before archiving, drop Received, X-Originating-IP and Return-Path, then re-emit display names with email.headerregistry.Address so non-ASCII names come out as RFC 2047 words.
    """),
    ("zh-Hans", "signatures and auto-replies"): _lines("""
        此致 / 敬礼！ / 恒泰集团 人力资源部 / 地址：上海市浦东新区世纪大道 100 号 36 楼 / 总机：021-6888 0000 / 本邮件及附件含保密信息，如误收请删除。
        【自动回复】您好，您的来信已收到。客服工作时间为周一至周五 9:00-18:00，紧急问题请拨打客服热线 400-820-8820。
        -- / 招商银行信用卡中心 / 客服热线 400-820-5555 / 本邮件由系统自动发出，请勿直接回复。
        Subject: =?UTF-8?B?6Ieq5Yqo5Zue5aSNOiDlhbPkuo4yMDI25bm05bqm5L6b5bqU5ZWG6K+E5a6h?= =?UTF-8?B?55qE6YCa55+l?= | Auto-Submitted: auto-replied | X-Autoreply: yes
        免责声明：本邮件所载信息仅供指定收件人使用，未经许可不得转发。邮件传输可能被截取或篡改，本公司不对此承担责任。 / Disclaimer v2026.1
        Content-Transfer-Encoding: base64 | xPq6w6OhuNDQu7ap1MShtsr919a7r9eq0M3W3L+vobe12iA0OCDG2qGjsb7G2sTayN2jurTzxKPQ zdTav823/rOhvrC1xMLktdihor/nvrPK/b7dus+55tKqteOho83LtqnH67Xju/fTyrz+tdeyv8G0 vdOhow==
        签名模板：{{姓名}} | {{部门}} | 手机 {{mobile}} | 邮箱 {{email}} —— 请在企业微信“邮件签名”中按此格式填写，勿附私人联系方式。
        Content-Transfer-Encoding: quoted-printable | =E6=B8=A9=E9=A6=A8=E6=8F=90=E7=A4=BA=EF=BC=9A=E8=AF=B7=E5=8B=BF=E5=90=91=E4=BB=BB=E4=BD=95=E4=BA=BA=E9=80=8F=E9=9C=B2=E7=9F=AD=E4=BF=A1=E9=AA=8C=E8=AF=81=E7=A0=81=E3=80=82=E5=AE=98=E6=96=B9=E5=AE=A2=E6=9C=8D=E4=B8=8D=E4=BC=9A=E4=BB=A5=E4=BB=BB=E4=BD=95=E7=90=86=E7=94=B1=E7=B4=A2=E8=A6=81=E6=82=A8=E7=9A=84=E5=AF=86=E7=A0=81=E3=80=82
        发件人: 系统管理员 <postmaster@hengtai-group.com.cn> / 主题: 退信通知：收件人地址 marketing@old-partner.example.cn 不存在 (550 5.1.1 User unknown)
        —— / 清华大学出版社 编辑部 / 样书（ISBN 978-7-302-51234-9）已寄出，圆通快递单号 YT7428810395624
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        From: "Tan Wei Ming" <tanweiming.88@gmail.com> | To: claims@greatshield-insure.example.sg | Subject: Outpatient claim — MRI left knee at Mount Elizabeth, NRIC S8523417Z
        Subject: =?UTF-8?B?TUMgc3VibWlzc2lvbjogUHJpeWEgZC9vIFJhbWFzYW15IOKAlCBkZW5ndWUg?= =?UTF-8?B?ZmV2ZXIsIDUgZGF5cyAoM+KAkzcgRGVjKQ==?= | From: priya.ramasamy93@gmail.com
        Content-Type: text/plain; charset=utf-8 | Content-Transfer-Encoding: base64 | SGkgSFIsIHBsZWFzZSB1cGRhdGUgbXkgc2FsYXJ5IGNyZWRpdGluZyBhY2NvdW50IHRvIERCUyAw MjctOTEyMzQ1LTYgKERhbmllbCBLb2ggSnVuIEhhbykuIE15IG9sZCBQT1NCIGFjY291bnQgaXMg Y2xvc2VkLiBUaGFua3Mh
        Content-Transfer-Encoding: quoted-printable | Dear Mrs Goh, my son Aaron Lim Zhi Hao (P4 Integrity) will be absent today, he has a fever of 38.9=C2=B0C and we are seeing the GP at 10am. Regards, Lim Chee Keong
        ---------- Forwarded message --------- | From: Marcus Fernandez <marcus.fdz@outlook.com> | Date: Tue, 2 Dec 2026 at 22:47 | Subject: Re: mediation on 9 Dec | To: Rachel Fernandez <rachel.f.1979@yahoo.com> | I will not agree to the kids staying with you on weekdays.
        -- | Jessica Wong Hui Min | Senior Analyst, Credit Risk | Harbourview Capital | M: +65 9127 4408 | after hours: jess.wong.sg@gmail.com
        Final-Recipient: rfc822; nurul.aina.kamal92@yahoo.com.my | Action: failed | Status: 5.2.2 (mailbox full) | Original-Subject: Your tenancy agreement for Unit 15-3A, Residensi Kiara, Mont Kiara
        Content-Type: text/vcard; name="Grace.vcf" | Content-Transfer-Encoding: base64 | QkVHSU46VkNBUkQNClZFUlNJT046My4wDQpGTjpHcmFjZSBIbyBXaW5nIFN6ZQ0KVEVMO1RZUEU9 Q0VMTDorODUyIDYxNzIgMzM4MA0KQURSO1RZUEU9SE9NRTo7O0ZsYXQgMTJCLCBUb3dlciAzLCBM YWd1bmEgQ2l0eTtLd3VuIFRvbmc7OztISw0KRU5EOlZDQVJEDQo=
        From: Siti Hajar binte Rosli <sitihajar.rosli@gmail.com> | Subject: documents for my HDB resale appointment | Content-Disposition: attachment; filename="NRIC_T0312458J_front_back.jpg"
        To: =?UTF-8?Q?Chlo=C3=A9_Marie_Pereira?= <chloe.pereira.sg@hotmail.com> | From: Results Desk <results@northclinic.example.sg> | Subject: =?UTF-8?Q?Your_biopsy_result_is_ready_=E2=80=94_please_book_a_review_with?= =?UTF-8?Q?_Dr_Ang?=
        Content-Transfer-Encoding: base64 | cGxzIGNoYXJnZSB0aGUgZGVwb3NpdCB0byBteSBjYXJkIDQ1NjMgOTgyNyAwMzE2IDQ1MjUgZXhw IDA4LzI5LCBuYW1lIG9uIGNhcmQgUkFKRVNIIEtVTUFSIFMvTyBNVVJVR0FOLCBiaWxsaW5nIGFk ZHIgMTggSmFsYW4gQmFoYWdpYSwgU2luZ2Fwb3JlIDMyODk5MQ==
        Received: from DESKTOP-KCHUA-HOME (bb121-6-44-201.singnet.com.sg [121.6.44.201]) by smtp.office365.com | From: Kevin Chua <kevin.chua@brightpath-tuition.example.sg> | Subject: resignation — moving to Perth with my wife in March
        Digest Vol 418, Issue 3 | From: uncle ben <ben.ong.1958@singnet.com.sg> | Subject: [bedok-north-rc] neighbour at Blk 412 Bedok North Ave 2 #08-117 keeps dumping bulky items at the lift lobby, the one with the red Honda SMB4417R
        hi, re your job ad for a delivery rider — ahmad faizal bin osman, 28, ex-grab driver, email ahmadfaizal.osman [at] gmail [dot] com, hp 012 447 3981, can start monday
    """),
    "zh-Hans": _lines("""
        From: =?UTF-8?B?546L5pmT54eV?= <wangxiaoyan1990@163.com> | To: =?UTF-8?B?5Lq65LqL6YOo?= <hr@hengtai-group.com.cn> | Subject: =?UTF-8?B?6K+35YGH55Sz6K+377ya5a2V5pyf5Lqn5qOA77yIMTLmnIg55pel5LiK5Y2I?= =?UTF-8?B?77yJ?=
        Subject: =?GB2312?B?1cW9qLn6IMntt93WpLi006G8/iAxMTAxMDUxOTg3MDMxNTIzMzQ=?= | Content-Disposition: attachment; filename="scan0012.jpg"
        Content-Type: text/plain; charset="gb2312" | Content-Transfer-Encoding: base64 | wfXAz8qmxPq6w6OsztLKx8j9xOq8trb+sODA7tfT0Pm1xMLowuiho7qi19PX8s3tt6LJ1TM4Ljm2 yKOsvfHM7MfrvNnSu8zso6zT0MrCx+u08s7Stee7sCAxMzkgMTc2NSA0MzIwoaM=
        Content-Transfer-Encoding: quoted-printable | =E6=94=B6=E6=AC=BE=E4=BA=BA=EF=BC=9A=E9=99=88=E5=BF=97=E5=BC=BA / =E5=BC=80=E6=88=B7=E8=A1=8C=EF=BC=9A=E6=8B=9B=E5=95=86=E9=93=B6=E8=A1=8C=E6=B7=B1=E5=9C=B3=E7=A7=91=E6=8A=80=E5=9B=AD=E6=94=AF=E8=A1=8C / =E5=8D=A1=E5=8F=B7=EF=BC=9A6225 8807 5519 2045 / =E9=87=91=E9=A2=9D=EF=BC=9A12,800.00 =E5=85=83=EF=BC=88=E5=8D=81=E4=BA=8C=E6=9C=88=E6=88=BF=E7=A7=9F=EF=BC=89
        -------- 转发邮件信息 -------- | 发件人："赵丽" <zhaoli_hr@qq.com> | 发送时间：2026年12月2日(星期二) 下午3:18 | 收件人："孙浩" <sunhao1992@126.com> | 主题：关于您的离职补偿（N+1，合计 86,400 元）
        -- / 周敏 / 采购部 高级专员 / 手机：186 2104 7735 / 微信：zhoumin_0412 / （下班时间请微信联系）
        Reply-To: =?UTF-8?B?6ICB6buE?= <huang.dl1978@foxmail.com> | Subject: =?UTF-8?B?5LqM5omL5oi/5a6a6YeR55qE5LqL77yM5Yqg5oiR5b6u5L+hIGhkbC0xOTc4?= =?UTF-8?B?MDMyNiDnu4bogYog4oCU4oCUIOm7hOW+t+ekvA==?=
        Subject: =?UTF-8?B?6YCA5Lu26YCa55+l77ya5a+E57uZIOiDoeS9s+aAoSDnmoTljIXoo7nml6A=?= =?UTF-8?B?5rOV5oqV6YCS77yM5pS25Lu25Zyw5Z2AIOS4iua1t+W4gua1puS4nOaWsA==?= =?UTF-8?B?5Yy65byg5p2o6LevMTU4OOW8hDEy5Y+3NDAy5a6k?= | From: =?UTF-8?B?5Lit6YCa5b+r6YCS?= <notify@zto.example.cn>
        Content-Type: application/pdf | Content-Disposition: attachment; filename*=UTF-8''%E9%A9%AC%E5%B0%8F%E4%B8%BD_%E5%85%A5%E8%81%8C%E4%BD%93%E6%A3%80%E6%8A%A5%E5%91%8A_%E4%B9%99%E8%82%9D%E8%A1%A8%E9%9D%A2%E6%8A%97%E5%8E%9F%E9%98%B3%E6%80%A7.pdf
        Subject: =?UTF-8?Q?=E6=9D=A8=E5=B8=86_=E6=8A=A4=E7=85=A7=E5=8F=B7_EJ4827391_?= =?UTF-8?Q?=E7=AD=BE=E8=AF=81=E6=9D=90=E6=96=99=E8=A1=A5=E4=BA=A4?= | To: visa-desk@travel.example.cn
        Content-Transfer-Encoding: base64 | 576k6YeM6K+055qE6YKj5Liq6buE54mb77yM55yf5ZCN5Y+r5ZC05rW35rab77yMUVEgMjg3NTQx OTAz77yM5pS25LqG5oiRIDMsNTAwIOWFg+a8lOWUseS8mumXqOelqOmSseWwseaKiuaIkeaLiem7 keS6hu+8jOWkp+WutuWwj+W/g++8gQ==
        To: =?UTF-8?B?5ZC05Yia?= <wugang_sz@163.com>, =?UTF-8?B?6YOR6Zuq5qKF?= <zhengxuemei88@126.com> | Subject: =?UTF-8?B?5L2T5qOA5aSN5p+l6YCa55+l77ya56m66IW56KGA57OW5YGP6auY77yM6K+3?= =?UTF-8?B?5LqOMTLmnIgxMuaXpeWJjeWIsOiBjOW3peWMu+mZouWkjeafpQ==?=
        Content-Transfer-Encoding: base64 | 5aeT5ZCN77ya5YiY5bu65Y2OIC8g6Lqr5Lu96K+B5Y+377yaNDQwMTA2MTk4NTAyMTQzMTc4IC8g 5oi357GN5Zyw5Z2A77ya5bm/5bee5biC5aSp5rKz5Yy65aSp5rKz5YyX6LevIDIzMyDlj7cgMTUw MiDmiL8gLyDogZTns7vnlLXor53vvJoxNTA4ODI0NjMxNw==
    """),
    "zh-Hant": _lines("""
        From: =?Big5?B?qkyn07uo?= <chihao.lin0620@gmail.com> | Subject: =?Big5?B?qK2kwMPSvHaluyBDMTMzOTA0MTc4oV2/7LJ6qdCrzq+yuO6lzqFe?=
        Content-Transfer-Encoding: base64 | 6buD5ZiJ5qyj5bCP5aeQIEhLSUQgSzYwODIxNCg5Ke+8jOS9j+WdgO+8muS5nem+jeaXuuinkuW9 jOaVpumBkyA2ODgg6JmfIDE1IOaokyBDIOWupO+8jOiBr+e1oembu+ipsSA5NDU4IDIxMDbjgII=
        Content-Transfer-Encoding: quoted-printable | =E4=BF=9D=E5=96=AE=E6=8C=81=E6=9C=89=E4=BA=BA=EF=BC=9A=E6=9D=8E=E7=BE=8E=E7=8E=B2 / =E5=8F=97=E4=BF=9D=E4=BA=BA=EF=BC=9A=E6=9D=8E=E6=B5=A9=E7=84=B6=EF=BC=88=E5=85=92=E5=AD=90=EF=BC=8C7=E6=AD=B2=EF=BC=89 / =E7=B4=A2=E5=84=9F=E5=8E=9F=E5=9B=A0=EF=BC=9A=E5=93=AE=E5=96=98=E5=85=A5=E9=99=A2=E4=B8=89=E6=97=A5 / =E8=81=AF=E7=B5=A1=E9=9B=BB=E8=A9=B1 6188 3572
        ----- 轉寄郵件 ----- | 寄件者：蔡依婷 <yiting.tsai@yahoo.com.tw> | 日期：2026年12月1日 下午 08:15 | 收件者：吳承翰 <chenghan.wu@gmail.com> | 主旨：RE: 我懷孕了，下週三去馬偕回診
        -- / 許珮珊 Jenny Hsu / 業務部 / 手機 0918-372-504 / LINE: jenny_hsu0918
        Subject: =?Big5?B?sLGorrP1pO22T7Nxqr6hR6iutVAgUFggODgyMSCorqVEIKbzp9Op+iCl/aXNoUE=?= =?Big5?B?pHek7aTrtk+kVK3TpOs=?=
        Subject: =?UTF-8?B?5oqV6Ki077yaQuW6p+S/neWuiSDphK3lnIvpm4Qg5aSa5qyh5aSc5pu0552h?= =?UTF-8?B?6Ka65Y+K5bCN5L2P5oi254Sh56au?= | From: =?UTF-8?B?QuW6p+alreS4uw==?= <owner.blkb.tko@gmail.com>
        Content-Type: text/plain; charset=big5 | Content-Transfer-Encoding: base64 | wcKyUariIKRwqWqhQbF6qrqq+bZFuXes+aFHqK2k36zsIDEypOsxOKTpIKRXpMggOTozMKFBr2a+ +ri5IDMzOTEwMjc0oUG90MTisWGwt6tPpWShQw==
        Content-Disposition: attachment; filename*=UTF-8''%E9%99%B3%E6%9F%8F%E7%BF%B0_%E8%96%AA%E8%B3%87%E5%96%AE_2026%E5%B9%B411%E6%9C%88.pdf | Subject: =?UTF-8?B?6Zmz5p+P57+wIDEx5pyI6Jaq6LOH5Zau77yI5a+m55m8IE5UJDUyLDM2MA==?= =?UTF-8?B?77yJ?=
        Telegram 轉發：@kaho_leung_97 就係上次喺二手群賣假 AirPods 嗰個梁家浩，佢住沙田第一城，大家唔好再同佢交易
        Subject: =?UTF-8?B?5bGF55WZ6K2J6KOc55m855Sz6KuLIOKAlCDnlLPoq4vkurogTkdVWUVOIFRI?= =?UTF-8?B?SSBIT0HvvIzntbHkuIDorYnomZ8gSDkwNDEyNzM2NO+8jOaJi+apnyAwOTMy?= =?UTF-8?B?LTExOC02NDc=?=
    """),
    "ms": _lines("""
        Daripada: =?UTF-8?Q?Nur_Aisyah_binti_Abdul_Rahman?= <nuraisyah.rahman@gmail.com> | Kepada: hr@mutiara-logistik.example.my | Perkara: Permohonan cuti bersalin 90 hari mulai 5 Januari 2027
        Content-Transfer-Encoding: base64 | TmFtYTogTVVIQU1NQUQgSEFaSVEgQklOIFpVTEtJRkxJIHwgTm8uIEtQOiA5MTA0MTItMTAtNTUz NyB8IEFsYW1hdDogTm8uIDEyLCBKYWxhbiBNYXdhciAzLCBUYW1hbiBTcmkgR29tYmFrLCA2ODEw MCBCYXR1IENhdmVzLCBTZWxhbmdvcg==
        Perkara: Tuntutan perubatan — Saravanan a/l Muniandy, Klinik Panel Seri Kembangan, RM245.00 (gastrik), resit dilampirkan
        Subject: =?UTF-8?B?QmF5YXJhbiBiYWxpayBkZXBvc2l0IHJ1bWFoIHNld2Eg4oCUIHNpbGEgbWFz?= =?UTF-8?B?dWtrYW4ga2UgYWthdW4gTWF5YmFuayAxNjQxIDg4MjAgMzk1NyBhdGFzIG5h?= =?UTF-8?B?bWEgTGltIFNpZXcgTGluZw==?=
        ---------- Mesej dimajukan --------- | Daripada: Roslan Yusof <roslan.yusof72@gmail.com> | Tarikh: Rab, 3 Dis 2026 pada 21:40 | Perkara: Hutang RM8,000 yang belum dibayar | Kepada: Khairul Anuar <khairul.anuar.kk@yahoo.com>
        Salam, / Hafiz / 013-478 2291 / Rumah: No. 7, Lorong Cempaka 2, Taman Desa Jaya, 81100 Johor Bahru
        Content-Transfer-Encoding: quoted-printable | Assalamualaikum cikgu, anak saya Ahmad Danial bin Rosli (Tahun 5 Bestari) tidak hadir hari ini kerana demam denggi. Sijil cuti sakit akan dihantar esok =E2=80=94 Rosli bin Hamzah
        Kepada: =?UTF-8?B?SmVubnkgYW5hayBKdWdhaA==?= <jennyjugah02@gmail.com> | Perkara: =?UTF-8?B?S2VwdXR1c2FuIHNhcmluZ2FuIHRpYmkgYW5kYTogcG9zaXRpZiDigJQgc2ls?= =?UTF-8?B?YSBoYWRpciBrZSBLbGluaWsgS2VzaWhhdGFuIEtvdGEgU2FtYXJhaGFu?=
        Lampiran: Content-Disposition: attachment; filename*=UTF-8''Salinan_MyKad_TAN_KAH_HENG_880601-01-5273.pdf
        fwd dr grup PIBG: yg x bayar yuran lagi — Nurul Syafiqah bt Kamarudin (4 Cemerlang) RM120, Muthu a/l Ganesan (4 Gemilang) RM120, Tan Jia Hui (4 Dinamik) RM80
    """),
    "mixed": _lines("""
        From: Kelvin Ng 黄家伟 <kelvin.ng.kw@gmail.com> | Subject: =?UTF-8?B?UmU6IOenn+aIv+WQiOWQjCB0ZW5hbmN5IOKAlCBteSBOUklDIGlzIFM3NzQx?= =?UTF-8?B?MjA2SSwg5omL5py6IDgyMzMgNjAxOQ==?=
        Content-Transfer-Encoding: base64 | Q2lrZ3UsIHNheWEgbWFrIGtlcGFkYSBDaG9uZyBXZWkgSmllIOW8oOS8n+adsCAoMiBBcmlmKS4g RGlhIGtlbmEgYnVsaSBkaSBrYW50aW4gc2VtYWxhbSwgc2VrYXJhbmcgdGFrdXQgbmFrIGRhdGFu ZyBzZWtvbGFoLiBObyB0ZWwgc2F5YSAwMTYtMjI4IDkxNzUu
        > On Wed, 3 Dec 2026, 23:02 Ravi Shankar a/l Krishnan <ravishankar.k@gmail.com> wrote: | > Bro, my EPF statement says RM 184,220 — enough for the downpayment on the Cheras unit? | > Sent from my Samsung
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Our helpdesk ticket shows this header, can you decode it? From: =?UTF-8?B?6Zmz576O546y?= <meiling.chan.hk@gmail.com> Subject: =?UTF-8?B?UmVmdW5kIGZvciBjYW5jZWxsZWQga25lZSBzdXJnZXJ5IGJvb2tpbmcsIDEy?= =?UTF-8?B?IERlYw==?=",
        ),
        (
            "assistant",
            "Both parts are RFC 2047 base64 encoded-words in UTF-8. Decoded: From: 陳美玲 <meiling.chan.hk@gmail.com>, Subject: Refund for cancelled knee surgery booking, 12 Dec.",
        ),
        ("user", "Thanks, I'll add her to the refund queue."),
    ],
    [
        ("system", "你是企业邮箱技术支持助手，帮助用户排查收发信问题。"),
        (
            "user",
            "Foxmail 里这封邮件主题显示乱码：=?GB2312?B?udjT2tSxuaQgt+vWvtS2IM6lvM20prfWtcS+9raoo6jBrND4v/W5pMj9zOw=?= =?GB2312?B?o6k=?=，怎么回事？",
        ),
        (
            "assistant",
            "这是 GB2312 编码的 RFC 2047 base64 编码字，客户端没有正确解码。解码后的主题是：关于员工 冯志远 违纪处分的决定（连续旷工三天）。可以在 Foxmail 的“查看-编码”里切换为简体中文（GB2312）。",
        ),
        ("user", "好的，那我直接转给他部门经理。"),
    ],
    [
        (
            "user",
            "tolong decode base64 ni, dari borang pendaftaran kelas tuisyen: TmFtYSBpYnU6IE5vcmhheWF0aSBiaW50aSBTYWxsZWgsIE5vLiBLUDogODcwOTIzLTEzLTU1NjIs IHRlbDogMDExLTIzODkgNDU3MA==",
        ),
        (
            "assistant",
            "Teks itu dikodkan dalam base64 (UTF-8). Selepas dinyahkod: Nama ibu: Norhayati binti Salleh, No. KP: 870923-13-5562, tel: 011-2389 4570.",
        ),
    ],
    [
        (
            "user",
            "Write me a short email signature. Name: Benjamin Teo, I'm a freelance physiotherapist.",
        ),
        (
            "assistant",
            "Sure: Benjamin Teo | Freelance Physiotherapist | Mobile: [your number] | Studio: [address]",
        ),
        (
            "user",
            "Fill in my mobile 9683 2215 and my home studio at 22 Jalan Kembangan #03-04, Singapore 419114.",
        ),
        (
            "assistant",
            "Benjamin Teo | Freelance Physiotherapist | Mobile: +65 9683 2215 | Studio: 22 Jalan Kembangan #03-04, Singapore 419114",
        ),
    ],
    [
        (
            "user",
            "呢段 quoted-printable 係咩嚟？ =E7=94=B3=E8=AB=8B=E4=BA=BA=EF=BC=9A=E5=91=A8=E5=98=89=E9=9B=AF =E8=BA=AB=E4=BB=BD=E8=AD=89=E8=99=9F=E7=A2=BC=EF=BC=9AZ781463(2) =E5=87=BA=E7=94=9F=E6=97=A5=E6=9C=9F=EF=BC=9A1996=E5=B9=B44=E6=9C=882=E6=97=A5",
        ),
        (
            "assistant",
            "係 UTF-8 嘅 quoted-printable 編碼，解返出嚟係：申請人：周嘉雯 身份證號碼：Z781463(2) 出生日期：1996年4月2日。",
        ),
    ],
    [
        (
            "user",
            "My mail bounced with: Final-Recipient: rfc822; jiaxin.tan.2004@gmail.com / Status: 5.1.1. Is the address wrong? It's my daughter Tan Jia Xin, she just moved into the NUS hostel.",
        ),
        (
            "assistant",
            "5.1.1 means the receiving server says that mailbox does not exist, so check the spelling of the address with her directly — for example whether there is a dot or an extra digit.",
        ),
        ("user", "Oh, it's jiaxin.tan.04@gmail.com, my mistake."),
    ],
    [
        (
            "user",
            "How do I write a From header with my Chinese name 李俊杰 for li.junjie.sg@gmail.com? I'm sending my CV to a Shenzhen company.",
        ),
        (
            "assistant",
            "Encode the display name as an RFC 2047 encoded-word: From: =?UTF-8?B?5p2O5L+K5p2w?= <li.junjie.sg@gmail.com>. Most mail libraries do this for you if you pass the name as Unicode.",
        ),
    ],
    [
        (
            "user",
            "帮我把这个附件名还原一下：Content-Disposition: attachment; filename*=UTF-8''%E5%AD%99%E4%B8%BD%E5%A8%9F_%E7%A6%BB%E5%A9%9A%E5%8D%8F%E8%AE%AE%E4%B9%A6_%E8%8D%89%E7%A8%BF.docx",
        ),
        (
            "assistant",
            "这是 RFC 2231 格式，UTF-8 百分号编码。还原后的文件名是：孙丽娟_离婚协议书_草稿.docx",
        ),
        ("user", "对，是我表姐的，她让我帮忙改一下财产分割那段。"),
    ],
    [
        ("system", "You are an Outlook support assistant."),
        (
            "user",
            "How do I auto-delete everything from Encik Azman bin Yusof <azman.yusof81@gmail.com>? He's my ex-supervisor and keeps harassing me after I resigned.",
        ),
        (
            "assistant",
            "In Outlook go to Settings > Mail > Rules > Add new rule, set the condition From = azman.yusof81@gmail.com and the action Delete, or use Block sender. If the harassment continues, keep copies as evidence before deleting.",
        ),
    ],
    [
        ("user", "這封信的寄件者顯示 =?Big5?B?pP2pyadn?= <yijun.wang0311@gmail.com>，解出來是誰？"),
        ("assistant", "那是 Big5 編碼的 RFC 2047 編碼字，解碼後寄件者名稱是「王怡君」。"),
        (
            "user",
            "對，她是我們診所的病人，身分證 B266173059，手機 0932-118-647，下週要回診，我要怎麼回信比較好？",
        ),
        ("assistant", "回信時建議不要在主旨寫病情，內文只提回診時間，並確認收件地址正確後再寄出。"),
    ],
]
