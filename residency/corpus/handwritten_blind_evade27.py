# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade27: personal values hidden in structured formats (vCard, iCalendar, e-mail headers, Markdown, HTML, CSV, URLs) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade27
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "vCard and iCalendar"): [
        "BEGIN:VCARD\nVERSION:3.0\nFN:{{first_name}} {{last_name}}\nTEL;TYPE=CELL:{{mobile}}\nEMAIL;TYPE=INTERNET:{{email}}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Tan Tock Seng Hospital\nTEL;TYPE=work,voice:+65 6256 6011\nADR;TYPE=work:;;11 Jalan Tan Tock Seng;Singapore;;308433;SG\nURL:https://www.ttsh.com.sg\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Sherlock Holmes\nTITLE:Consulting Detective\nADR;TYPE=HOME:;;221B Baker Street;London;;NW1 6XE;UK\nNOTE:fictional sample card used in the vcard-parser README\nEND:VCARD",
        "BEGIN:VEVENT\nUID:sg-ph-2027-0809@holidays.example.org\nDTSTART;VALUE=DATE:20270809\nSUMMARY:National Day (Public Holiday)\nTRANSP:TRANSPARENT\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Q4 All-Hands + year-end awards\nDTSTART;TZID=Asia/Singapore:20261218T150000\nDTEND;TZID=Asia/Singapore:20261218T170000\nLOCATION:Town Hall, Level 12, 1 HarbourFront Avenue\nORGANIZER;CN=Internal Comms:mailto:comms@harbourline-group.com\nEND:VEVENT",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Harry Potter\nADR;TYPE=HOME:;;The Cupboard under the Stairs, 4 Privet Drive;Little Whinging;Surrey;;UK\nNOTE:test fixture – fictional character\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Sir Stamford Raffles\nTITLE:Lieutenant-Governor of Bencoolen\nBDAY:17810705\nNOTE:historical figure (1781–1826); record from the museum collections API\nEND:VCARD",
    ]
    + _lines("""
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Attendee Name:mailto:attendee@example.com
        RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20270331T235959Z
        X-WR-CALNAME:Singapore Public Holidays 2027 | X-WR-TIMEZONE:Asia/Singapore | PRODID:-//Google Inc//Google Calendar 70.9054//EN
        TEL;TYPE=work,voice:+1-800-275-2273 ;; Apple Support (US), copied from the vendor's contact page
        SUMMARY:Opening address by the Minister for Health at the Singapore Health & Biomedical Congress | LOCATION:Suntec Singapore Convention Centre, Hall 405
        vCard 3.0 tip: escape commas in ADR as backslash-comma and fold lines longer than 75 octets with CRLF + one space.
        BEGIN:VALARM;TRIGGER:-PT15M;ACTION:DISPLAY;DESCRIPTION:Reminder;END:VALARM  <- flattened by the exporter, pls fix the ;-join bug
    """),
    ("en", "e-mail headers"): [
        "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n        by mx.google.com with SMTPS id a640c23a62f3a-aa6b1c2d3e4\n        for <support@lumen-apparel.com>; Tue, 02 Dec 2026 08:14:33 -0800 (PST)",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shopee.sg; s=s1;\n h=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;",
        'From: "Grab" <no-reply@grab.com>\nSubject: Your GrabFood e-receipt – Order GF-20261203-8A4K2\nDate: Wed, 3 Dec 2026 12:41:09 +0800',
        "To: {{customer.full_name}} <{{customer.email}}>\nSubject: Your order {{order.id}} has shipped 📦\nX-Template-ID: ship_notice_v7",
        'From: "IT Service Desk" <servicedesk@nus.edu.sg>\nSubject: [Scheduled] Exchange Online maintenance 6 Dec 02:00–05:00 SGT',
        "Authentication-Results: mx.example.net;\n spf=pass smtp.mailfrom=bounces.mailchimpapp.net;\n dkim=pass header.d=mcsv.net;\n dmarc=pass (p=NONE) header.from=newsletter.kinokuniya.com.sg",
    ]
    + _lines("""
        List-Unsubscribe: <https://news.example.com/unsub?list=weekly&token={{unsub_token}}>, <mailto:unsubscribe@news.example.com>
        Message-ID: <CAF7n9Qx3+2kZbTq8w1=pLr0v@mail.gmail.com> | In-Reply-To: <20261201.5512.noreply@zendesk.com>
        X-Mailer: Microsoft Outlook 16.0 | Content-Type: multipart/alternative; boundary="----=_NextPart_000_0012_01DB44A1.3C5E2F70"
        Reply-To: careers@dbs.com | Subject: Graduate Associate Programme 2027 – applications close 31 Jan
        Return-Path: <bounce-438812@em.booking.com> | X-Campaign-ID: 2026-12-xmas-sale-SG | X-Priority: 3 (Normal)
        Before pasting raw headers into a ticket, strip the From/To/Cc display names and X-Original-To; keep Received, DKIM and Authentication-Results only.
    """),
    ("en", "HTML, Markdown and CSV"): [
        "| Plan | Data | Price (SGD/mo) |\n|---|---|---|\n| Lite | 20GB | 12.90 |\n| Plus | 80GB | 20.00 |\n| Max | 150GB | 28.00 |",
        "| Version | Released | SHA-256 |\n|---|---|---|\n| 4.2.1 | 2026-11-28 | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 |",
        'sku,name,price_myr,stock\n"TS-0042","Lunch box 1.5L, ""Eco"" series",39.90,212\n"TS-0043","Water bottle 750ml, ""Eco""",24.50,0',
        "| Character | Address | Occupation |\n|---|---|---|\n| Tony Stark | 10880 Malibu Point | Iron Man / CEO, Stark Industries |\n| Peter Parker | 20 Ingram Street, Queens | Photographer |",
        "| State | Dengue cases (ME47) | Δ vs ME46 |\n|---|---|---|\n| Selangor | 1,204 | -6.3% |\n| Johor | 388 | +2.1% |\n| Sabah | 97 | +0.4% |",
    ]
    + _lines("""
        <input type="text" name="nric" placeholder="e.g. S1234567D" pattern="[STFGM][0-9]{7}[A-Z]" autocomplete="off" required>
        <!-- TODO(ui): move hotline 1800-747-2255 into config.json, marketing changes it every quarter -->
        <meta name="author" content="Penguin Random House"><meta property="og:title" content="Crazy Rich Asians – Kevin Kwan">
        <img src="/media/2025/computex-keynote.jpg" alt="Jensen Huang delivers the opening keynote at Computex 2025 in Taipei" loading="lazy">
        <script type="application/ld+json">{"@type":"Hospital","name":"Raffles Hospital","address":"585 North Bridge Road, Singapore 188770","telephone":"+65 6311 1111"}</script>
        Stripe test card: 4242 4242 4242 4242, any future expiry, any 3-digit CVC – never use in live mode.
        full_name,nric_fin,mobile,email,unit_no  <- header only, rows are filled by the HR system at runtime
        2026-12-03T09:14:22.118Z INFO order=MY-88201937 status=SHIPPED carrier=JNT tracking=630028817245 weight_g=1200
        <a href="tel:+6563220000" data-track="footer_hotline" class="btn btn-outline">Call Customer Care</a>
    """),
    ("en", "URL query strings"): _lines("""
        https://www.google.com/maps/search/?api=1&query=Raffles+Hotel+1+Beach+Road+Singapore
        https://shop.lumen-apparel.com/track?order=SG2612038841&utm_source=sms&utm_medium=transactional&utm_campaign=shipping_update
        GET /api/v2/users?page=3&per_page=50&sort=-created_at&fields=id,status,plan HTTP/1.1
        GET /search?q=lee+kuan+yew+biography+from+third+world+to+first&lang=en HTTP/2
        https://calendar.google.com/calendar/render?action=TEMPLATE&text=Webinar%3A+PDPA+basics&dates=20261215T020000Z/20261215T030000Z&details=Join+via+Zoom
        redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&response_type=code&client_id=8f3a1c77-2b0e-4d71-9a8e-6c52e1d4b093&state=af0ifjsldkj
        Book at our Tanjong Pagar outlet via WhatsApp: https://wa.me/6562255582?text=Hi%2C+I%27d+like+to+book+a+table+for+4
        /unsubscribe?email={{ user.email | urlencode }}&name={{ user.name | urlencode }}&sig={{ hmac }}
        https://www.moh.gov.sg/newsroom?category=press-releases&year=2026&page=2
    """),
    ("zh-Hans", "名片与日程"): [
        "BEGIN:VCARD\nVERSION:3.0\nFN:{姓名}\nORG:{公司名称}\nTITLE:{职位}\nTEL;TYPE=WORK:{办公电话}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:北京协和医院 门诊部\nTEL;TYPE=WORK:010-69156114\nADR;TYPE=WORK:;;东城区帅府园1号;北京;;100730;中国\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:孙悟空\nORG:花果山水帘洞\nTITLE:齐天大圣\nNOTE:《西游记》人物，示例数据\nEND:VCARD",
        "BEGIN:VEVENT\nSUMMARY:【线上】数据出境安全评估申报培训\nDTSTART;TZID=Asia/Shanghai:20261218T140000\nDTEND;TZID=Asia/Shanghai:20261218T160000\nORGANIZER;CN=合规部:mailto:compliance@huaxin-group.cn\nURL:https://meeting.tencent.com/dm/8Xk2PqLw\nEND:VEVENT",
    ]
    + _lines("""
        FN:中国移动客服 | TEL:10086 | NOTE:话费查询按1，宽带报修按3
        SUMMARY:国庆节放假（10月1日至7日） | DTSTART;VALUE=DATE:20271001 | DTEND;VALUE=DATE:20271008
        孙中山故居纪念馆｜地址：广东省中山市翠亨村｜开放时间 9:00-17:00（周一闭馆）｜咨询电话见官网
        SUMMARY:雷军 小米年度演讲（直播） | LOCATION:北京国家会议中心 | URL:https://live.mi.com
        逸夫楼（邵逸夫先生捐建）3楼报告厅，12月20日 14:00 学术讲座，校外人员请从东门登记入校。
        FN:张小泉 杭州河坊街店 | ORG:杭州张小泉集团 | TEL:400-826-1663（全国客服）
        导出通讯录前请删除 NOTE、BDAY、ADR;TYPE=HOME 字段，只保留 ORG 和工作电话。
        RRULE:FREQ=MONTHLY;BYDAY=3FR;COUNT=12  # 每月第三个周五部门例会
    """),
    ("zh-Hans", "表格、网页与链接"): [
        "| 型号 | 内存 | 价格（元） |\n|---|---|---|\n| X200 Pro | 16+512G | 5,299 |\n| X200 | 12+256G | 3,999 |",
        '订单号,商品,数量,金额\n"DD20261203001","纸巾 ""抽纸"" 3层 120抽",2,"29.80"\n"DD20261203002","洗衣液,薰衣草 2kg",1,"45.90"',
        "| 省份 | 常住人口（万人） | 增长率 |\n|---|---|---|\n| 广东 | 12,706 | 0.3% |\n| 山东 | 10,123 | -0.1% |",
        "| 医院 | 地址 | 总机 |\n|---|---|---|\n| 中山大学孙逸仙纪念医院 | 广州市越秀区沿江西路107号 | 020-81332199 |",
        "发件人: 12306 <12306@rails.com.cn>\n主题: 网上购票系统-用户支付通知（订单号 EK20261203887）",
    ]
    + _lines("""
        <input name="idcard" placeholder="请输入18位身份证号" maxlength="18" data-rule="idcard">
        https://search.jd.com/Search?keyword=%E7%94%B5%E9%A5%AD%E9%94%85&enc=utf-8&page=1&s=1&click=0
        https://www.sf-express.com/chn/sc/waybill/list?waybillNo=SF1310882276544
        <!-- 客服热线 400-820-1234 改为从配置中心读取，别再硬编码了 -->
        尊敬的{{客户姓名}}，您的订单{{订单号}}已发货，快递单号{{运单号}}，请注意查收。
        v3.8.2 (build 20261130.1742) sha1: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
        中山路店、鲁迅路店、逸仙路店营业时间调整：12月起 10:00-21:30。
        Content-Disposition: attachment; filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E8%B4%A2%E6%8A%A5.pdf
    """),
    ("zh-Hant", "香港台灣格式"): _lines("""
        FN:瑪麗醫院 | TEL;TYPE=WORK:+852 2255 3838 | ADR:;;薄扶林道102號;香港;;;
        <input name="hkid" placeholder="例如 A123456(3)" maxlength="11">
        中正紀念堂｜100台北市中正區中山南路21號｜開放時間 09:00–18:00
        寄件者: 八達通 <noreply@octopus.com.hk> | 主旨: 自動增值服務確認 – 參考編號 OCT-20261203-55812
        https://www.gov.hk/tc/residents/?utm_source=newsletter&utm_campaign=dec2026
        台灣大哥大客服 188｜中華電信客服 0800-080-123｜遠傳 888
        | 路線 | 起點 | 終點 | 車費 |  | 1A | 尖沙咀碼頭 | 中秀茂坪 | $7.9 |
    """),
    ("ms", "vCard, kalendar dan jadual"): [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Hospital Sultanah Aminah\nTEL;TYPE=WORK:+607-225 7000\nADR;TYPE=WORK:;;Jalan Persiaran Abu Bakar Sultan;Johor Bahru;Johor;80100;Malaysia\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{{nama_penuh}}\nTEL;TYPE=CELL:{{no_telefon}}\nNOTE:No. KP: {{no_kp}}\nEND:VCARD",
        "| Negeri | Kes denggi (ME48) | Kematian |\n|---|---|---|\n| Selangor | 612 | 0 |\n| W.P. Kuala Lumpur | 141 | 0 |",
        "| Produk | Berat | Harga (RM) |\n|---|---|---|\n| Beras Faiza Jasmine | 10kg | 39.90 |\n| Minyak Masak Saji | 5kg | 32.50 |",
        "| Hospital | Alamat |\n|---|---|\n| Hospital Tengku Ampuan Rahimah | Jalan Langat, 41200 Klang |\n| Hospital Raja Permaisuri Bainun | Jalan Raja Ashman Shah, 30450 Ipoh |",
    ]
    + _lines("""
        Talian Kasih 15999 – beroperasi 24 jam; WhatsApp 019-261 5999
        SUMMARY:Cuti Umum – Hari Malaysia | DTSTART;VALUE=DATE:20270916
        Jalan Tun Razak dan Jalan Tunku Abdul Rahman ditutup sementara untuk Larian Amal pada 7 Dis, 6.00–10.00 pagi.
        FN:Pejabat Pos Besar Kuala Lumpur | ORG:Pos Malaysia Berhad | TEL:1-300-300-300
        FN:Upin & Ipin | ADR:;;Kampung Durian Runtuh;;;;Malaysia | NOTE:watak animasi, data contoh sahaja
        Arahan: jangan simpan No. KP penuh dalam medan NOTE vCard; guna 4 digit terakhir sahaja jika benar-benar perlu.
        Tunku Abdul Rahman Putra Al-Haj (1903–1990), Perdana Menteri pertama, mengisytiharkan kemerdekaan pada 31 Ogos 1957.
        SUMMARY:Mesyuarat Agung Tahunan PIBG | LOCATION:Dewan Besar SK Taman Melawati | ORGANIZER;CN=Setiausaha PIBG:mailto:setiausaha@pibg-sktm.edu.my
    """),
    ("ms", "e-mel, HTML dan URL"): [
        "Daripada: LHDN <noreply@hasil.gov.my>\nPerkara: Peringatan – tarikh akhir e-Filing BE 2026 ialah 30 April 2027",
        "Kepada: {{nama_pelanggan}} <{{emel}}>\nPerkara: Pesanan anda {{no_pesanan}} telah dihantar",
        'kod_produk;nama;harga\n"MK-220";"Milo 3-in-1, 18 x 33g";"15.50"\n"MK-221";"Nescafé ""Original"" 3-in-1";"13.90"',
        "Reply-To: aduan@dbkl.gov.my\nPerkara: Aduan jalan berlubang – No. rujukan DBKL/ADU/2026/118842",
    ]
    + _lines("""
        <label for="nokp">No. Kad Pengenalan</label><input id="nokp" placeholder="contoh: 900101-14-5678" maxlength="14">
        https://www.jpj.gov.my/ms/semakan-saman?jenis=kenderaan&utm_source=facebook&utm_medium=post
        No. Invois: INV-2026-12-00871 | Jumlah: RM1,284.50 | SST 8%: RM95.15 | Tarikh: 03/12/2026
        <!-- nota dev: talian 1-800-88-2244 (khidmat pelanggan) hanya untuk paparan, jangan log -->
        Pos Laju ER448812736MY – status: Dalam transit (Pusat Mel Nasional, Shah Alam), 03/12/2026 14:22
        https://www.maybank2u.com.my/home/m2u/common/login.do?lang=ms_MY
        Kenyataan media Menteri Kesihatan berhubung peningkatan kes influenza di sekolah, Putrajaya, 2 Disember 2026.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": [
        "BEGIN:VCARD\nVERSION:3.0\nN:Ramasamy;Priya;;;\nFN:Priya Ramasamy\nTEL;TYPE=CELL:+65 9173 4482\nADR;TYPE=HOME:;;Blk 418 Tampines St 41 #07-233;Singapore;;520418;SG\nNOTE:mum's neighbour – has our spare key\nEND:VCARD",
        "BEGIN:VEVENT\nSUMMARY:Chemo cycle 3 – Daniel Koh\nDTSTART;TZID=Asia/Singapore:20261214T090000\nLOCATION:National Cancer Centre Singapore, Level 3\nATTENDEE;CN=Daniel Koh Wei Jie:mailto:danielkoh.wj88@gmail.com\nDESCRIPTION:bring NRIC S8834172D + last blood results\nEND:VEVENT",
        'From: "Lee Jia Hui" <lee.jiahui.1994@gmail.com>\nTo: hr@meridian-pack.com.sg\nSubject: MC 3–5 Dec – admitted to CGH for dengue, will send the memo later',
        "| Bed | Patient | Dx | Consultant |\n|---|---|---|---|\n| 48-12 | Gerald Lim Teck Soon (71) | CHF NYHA III, on frusemide | Dr Rao |",
        "<!-- cust called 3/12: Mrs Evelyn Chua (evelyn.chua62@yahoo.com.sg, 8126 5590) wants refund for order #SG-77120, do NOT publish -->",
        '<div class="member-card" data-member-name="Hafiz Rahman" data-nric="S7615508I" data-dob="1976-03-02" data-tier="gold"></div>',
        '"Wong, Kelvin ""KW""","+852 9471 2085","Flat 12B, Tower 3, Laguna City, Kwun Tong","K527384(6)"',
        "https://forms.clinic-booking.sg/confirm?name=Rachel%20Goh&nric=T0271395G&mobile=%2B6591824437&appt=2026-12-09T10%3A30&reason=first%20trimester%20scan",
        "Card ending 1074 | Cardholder: JONATHAN P. SEQUEIRA | Billing: 23 Jalan Bukit Bintang, Apt 5-2, 55100 Kuala Lumpur",
        '{"contact":"BEGIN:VCARD\\nVERSION:4.0\\nFN:Soh Mei Ling\\nTEL;TYPE=home:+65 6452 8813\\nBDAY:19540822\\nNOTE:dementia, wanders at night – call son Kenneth 9388 1026\\nEND:VCARD"}',
        "| Staff | Basic | Allowance | CPF (EE) |\n|---|---|---|---|\n| Farah Zulkifli | 3,600 | 300 | 720 |\n| Bryan Ong Kah Wai | 5,150 | 450 | 1,030 |",
        '<input type="hidden" name="cust_name" value="Clarissa Ho"><input type="hidden" name="billing_addr" value="88 Sunset Way #03-14, Clementi Park, Singapore 597158">',
        "| Case No. | Parties | Next |\n|---|---|---|\n| FC/D 4417/2026 | Raymond Teo Chee Keong v. Ang Siew Lan (divorce; maintenance for 2 kids) | mention 14 Jan |",
        "SUMMARY:Physio home visit – Mdm Lim Ah Moi (post-stroke, R hemiparesis)\nLOCATION:17 Jalan SS 2/55, Petaling Jaya\nGEO:3.1178;101.6219",
        'name,fin,dorm,bed,remarks\nRahman Md Shahidul,G5580213R,Tuas South Dorm Blk 5,#03-118,"TB contact – isolate, see clinic Tues"',
        "https://track.parcelhub.sg/p?id=PH88201&to=Nicholas+Yeo&addr=Blk+221C+Punggol+Field+%2310-442&hp=82730516",
        "X-Original-To: shan.pillai.87@outlook.com\nDelivered-To: shan.pillai.87@outlook.com\nSubject: Your HIV test result is ready – Shanmugam Pillai, DSC Clinic ref 26-10933",
    ],
    "zh-Hans": [
        "BEGIN:VCARD\nVERSION:3.0\nN:郑;晓雯;;;\nFN:郑晓雯\nTEL;TYPE=CELL:+86 139 1762 4408\nADR;TYPE=HOME:;;徐汇区漕溪北路331弄12号602室;上海;;200030;中国\nX-IDCARD:310104199203184028\nEND:VCARD",
        '"张 伟","男","44030619880512731X","""深圳市宝安区新安街道宝城76区怡景花园3栋1504""","138 2655 0917"',
        '发件人: "刘雨桐" <liuyutong_0527@163.com>\n收件人: hr@xinghe-tech.cn\n主题: 离职证明——本人在职期间月薪税前18,500元，麻烦按这个数开',
        "<!-- 客户备注：王建国先生，手机13761209384，住北京市海淀区学院路30号院7号楼2单元501，投诉快递丢件，勿外传 -->",
        "https://m.kuaidi-helper.cn/track?waybill=SF1402837716295&receiver=%E9%99%88%E6%80%9D%E8%BF%9C&tel=15902184736&addr=%E6%88%90%E9%83%BD%E5%B8%82%E6%AD%A6%E4%BE%AF%E5%8C%BA%E7%A7%91%E5%8D%8E%E5%8C%97%E8%B7%AF65%E5%8F%B7%E4%B8%96%E5%A4%96%E6%A1%83%E6%BA%90%E5%B9%BF%E5%9C%BAB%E5%BA%A71203",
        "| 姓名 | 床号 | 诊断 | 主治 |\n|---|---|---|---|\n| 黄秀兰（女，67岁） | 内分泌科12床 | 2型糖尿病 糖尿病肾病CKD4期 | 李主任 |",
        "BEGIN:VEVENT\nSUMMARY:孙浩然 心理咨询（第6次，焦虑+失眠）\nDTSTART;TZID=Asia/Shanghai:20261210T193000\nLOCATION:朝阳区望京SOHO T2-1508 心晴咨询室\nATTENDEE;CN=孙浩然:mailto:sunhr1997@qq.com\nEND:VEVENT",
        '{"nickname":"小鱼儿","wechat":"wxid_k8p2m7q4rz","real_name":"林嘉怡","phone":"18620937415","note":"借款3,200元 逾期47天"}',
        '户名,开户行,卡号\n"蒋文斌","中国农业银行深圳福田支行","6228 4800 3176 4529 181"',
        "| 车牌 | 车主 | 电话 | 车位 |\n|---|---|---|---|\n| 粤B·7K2Q9 | 何志强 | 136 0296 8813 | B2-117 |",
        '<tr data-uid="88213" data-name="赵丽娜" data-idcard="320582198607142623" data-phone="18862415590"><td>赵丽娜</td><td>已实名</td></tr>',
        "发件人: 周敏 <zhoumin_lib@126.com>\n抄送: 周磊 <zhoulei.sz@foxmail.com>\n主题: 转发：妈（周桂芳，64岁）乳腺穿刺病理报告，麻烦帮看下要不要手术",
        "收货人：马建军｜手机：139****5521｜身份证：430103********0058｜地址：长沙市天心区书院路9号碧桂园天玺18栋2单元1102",
        "https://h5.jiayuan-pay.cn/auth/cb?openid=oX3k9Lq2VwTz&nick=%E9%98%BF%E6%9D%B0&realname=%E5%90%B4%E4%BF%8A%E6%9D%B0&idno=110108197509231631",
        "DESCRIPTION:入职体检，请携带身份证 510107200102275811（本人：邓子豪），乙肝小三阳需加查肝功能",
    ],
    "zh-Hant": [
        "BEGIN:VCARD\nVERSION:3.0\nFN:陳嘉欣\nTEL;TYPE=CELL:+852 6284 3190\nADR;TYPE=HOME:;;沙田第一城 32座 18樓F室;新界;;;香港\nNOTE:HKID Y301946(0)，續租合約用\nEND:VCARD",
        '"林冠宇","F128503760","0928-615-447","台北市大安區復興南路一段201巷5號4樓"',
        '寄件者: "Ho Ka Lok 何家樂" <kalok.ho.hk@gmail.com>\n主旨: 申請延遲交租 – 九龍灣德福花園P座22樓B室，因為上個月失咗業',
        "<!-- 會員 黃美玲 A223948104，LINE ID: meiling_0619，已申請退貨，退款帳戶另行提供 -->",
        "| 學生 | 家長 | 電話 | 備註 |\n|---|---|---|---|\n| 李卓謙 (P.4B) | 李太 | 9063 7721 | ADHD，考試需要額外時間及獨立試場 |",
    ],
    "ms": [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Nurul Aisyah binti Kamarudin\nTEL;TYPE=CELL:+60 12-773 4190\nADR;TYPE=HOME:;;No. 14, Jalan Mawar 3/2, Taman Sri Mawar;Seremban;Negeri Sembilan;70450;Malaysia\nNOTE:No. KP 920607-10-6048\nEND:VCARD",
        "| Unit | Penyewa | No. Tel | Sewa (RM) | Tunggakan |\n|---|---|---|---|---|\n| B-12-03 | Kamal Ariffin bin Yusof | 013-882 6104 | 1,450 | 2 bulan |",
        'Daripada: "Ahmad Faizal bin Osman" <faizal.osman87@yahoo.com>\nKepada: pentadbiran@skbukitjelutong.edu.my\nPerkara: Permohonan cuti – anak saya Muhammad Irfan (3 Bestari) dimasukkan wad, denggi',
        "https://daftar.klinikdesa.my/semak?nama=Lim+Wei+Kiat&nokp=870314-14-5523&tel=0162284917&vaksin=HepB-dos2",
        '"Rajendran a/l Muniandy";"650118-01-5267";"019-334 8071";"Lot 2231, Kampung Baru Ulu Tiram, 81800 Johor"',
        "<!-- nota kaunter: Pn. Rosmah bt Ismail (KP 711203-03-5218) minta tangguh bayaran, gaji RM2,300 sahaja, suami baru meninggal -->",
        "BEGIN:VEVENT\nSUMMARY:Temujanji Klinik Psikiatri – En. Hairul Nizam bin Ramli\nLOCATION:Hospital Kuala Lumpur, Blok B\nDESCRIPTION:MRN HKL-2231-8870, bawa surat rujukan & ubat semasa (sertraline)\nEND:VEVENT",
        "https://wa.me/60137719024?text=Assalamualaikum%20Kak%20Zaidah%2C%20ni%20resit%20yuran%20tadika%20Adam%20bulan%20Disember",
        '<li data-nama="Tan Mei Fong" data-plat="WXY 8821" data-unit="A-07-11, Residensi Bayu Puteri, Shah Alam">Pelawat berdaftar</li>',
        "Akaun: 1640 **** 8812 | Pemegang: MOHD ZAKI BIN HASSAN | Alamat: No 8, Lorong Seri Kenari 2, 14000 Bukit Mertajam, Pulau Pinang",
        "Subject: Re: pasport A51208837 hilang – Puan Chong Li Ting, laporan polis IPD Dang Wangi/026118/26",
        'nama_pemegang,no_kad,tamat\n"SHARMILA D/O KRISHNAN","5167 3200 9418 2664","09/29"',
        "| Nama | Jawatan | Gaji Pokok (RM) | KWSP |\n|---|---|---|---|\n| Siti Hajar binti Md Noor | Kerani | 2,450 | 270 |",
    ],
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You convert contact data between formats. Output only the converted data."),
        (
            "user",
            "convert to CSV pls:\nBEGIN:VCARD\nVERSION:3.0\nFN:Marcus Tan Jun Hao\nTEL;TYPE=CELL:+65 9284 1570\nEMAIL:marcustjh@gmail.com\nADR;TYPE=HOME:;;Blk 652 Jurong West St 61 #11-87;Singapore;;640652;SG\nEND:VCARD",
        ),
        (
            "assistant",
            'name,mobile,email,address\nMarcus Tan Jun Hao,+65 9284 1570,marcustjh@gmail.com,"Blk 652 Jurong West St 61 #11-87, Singapore 640652"',
        ),
    ],
    [
        ("user", "这个CSV导入Excel总是错位，帮我看看引号哪里不对"),
        ("assistant", "请把出问题的那几行贴出来，注意先确认分隔符是逗号还是制表符。"),
        (
            "user",
            '姓名,身份证,电话,住址\n"许文静",""320582199011263488","150 6213 9904","苏州张家港市杨舍镇暨阳湖花苑11幢702"',
        ),
        ("assistant", '第二列开头多了一个双引号，改成 "320582199011263488" 就行。'),
    ],
    [
        (
            "user",
            "Tolong buatkan fail .ics untuk temujanji dialisis mak saya setiap Isnin, Rabu, Jumaat pukul 7 pagi",
        ),
        ("assistant", "Boleh. Sila beri nama pesakit, lokasi pusat dialisis dan tarikh mula."),
        ("user", "Nama: Fatimah binti Abdullah, pusat Dialisis NKF Kepong, mula 8/12"),
        (
            "user",
            "oh letak juga IC dia dalam description, 560821-08-5104, dan no saya 011-2384 5907 kalau ada emergency",
        ),
        (
            "assistant",
            "BEGIN:VEVENT\nSUMMARY:Dialisis – Fatimah binti Abdullah\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\nDTSTART:20261208T070000\nLOCATION:Pusat Dialisis NKF Kepong\nDESCRIPTION:KP 560821-08-5104; waris 011-2384 5907\nEND:VEVENT",
        ),
    ],
    [
        ("system", "You are an e-mail triage assistant for the HR team."),
        (
            "user",
            'Classify this:\nFrom: "Aaron Chong" <aaron.chong.wk@gmail.com>\nTo: hr@tidewater-sg.com\nSubject: extended MC\n\nHi, my psychiatrist at IMH extended my MC for major depression till 19 Dec, cert attached. NRIC S8802614D.',
        ),
        (
            "assistant",
            "Category: Medical leave – extension. Action: forward to HR Ops, store certificate in the confidential folder.",
        ),
    ],
    [
        ("user", "想整一條預約link俾阿媽，網站係 booking.clinic-hk.com/appt"),
        ("assistant", "可以，請提供需要帶入的參數名稱，例如 name、hkid、phone、date。"),
        ("user", "name=歐陽淑儀，電話 9318 6204"),
        ("user", "hkid 係 C668120(2)，date 12月15號早上"),
        (
            "assistant",
            "https://booking.clinic-hk.com/appt?name=%E6%AD%90%E9%99%BD%E6%B7%91%E5%84%80&phone=93186204&hkid=C668120%282%29&date=2026-12-15T09%3A00",
        ),
    ],
    [
        ("user", "can u turn this into a markdown table, landlord group chat la"),
        (
            "user",
            "unit 3A - Suresh a/l Gopal 016-772 0941 rent paid\nunit 3B - Wendy Lau 012-338 5176 late 2 mths, says husband in hospital\nunit 5C - vacant",
        ),
        (
            "assistant",
            "| Unit | Tenant | Phone | Status |\n|---|---|---|---|\n| 3A | Suresh a/l Gopal | 016-772 0941 | Paid |\n| 3B | Wendy Lau | 012-338 5176 | Late 2 months |\n| 5C | – | – | Vacant |",
        ),
    ],
    [
        ("user", "网页上线后发现HTML注释里有东西，帮我看下要不要删"),
        ("assistant", "把那段注释贴出来我看看。"),
        ("user", "<!-- 测试账号 联系人：冯佳琪 手机 1358806"),
        ("user", "7132 家住杭州市西湖区文三路259号昌地火炬大厦对面小区 -->"),
        (
            "assistant",
            "这是真实用户的姓名、手机号和住址，必须删除，并检查页面缓存和CDN里的旧版本。",
        ),
    ],
    [
        ("system", "You help customers update their delivery profile."),
        ("user", "I want to change my address, my name is Goh Siew Lan"),
        ("assistant", "Sure. What is the new address?"),
        ("user", "Blk 33 Marine Crescent #05-129, Singapore 440033. FIN is not needed right?"),
        (
            "assistant",
            "Correct, no FIN needed. Updated: Goh Siew Lan, Blk 33 Marine Crescent #05-129, Singapore 440033.",
        ),
    ],
    [
        ("user", "Saya nak semak status permohonan, link dia macam ni:"),
        (
            "user",
            "https://portal.zakat-negeri.my/semak?nokp=010925-07-0342&nama=Nur%20Izzati%20binti%20Rosli&pendapatan=RM1200&tanggungan=4",
        ),
        (
            "assistant",
            "Pautan itu mengandungi No. KP dan maklumat pendapatan anda; jangan kongsi secara terbuka. Sila log masuk terus ke portal.",
        ),
    ],
    [
        ("user", "幫我把這段email header整理成表格"),
        (
            "user",
            '寄件者: "蔡佩珊" <peishan.tsai0819@gmail.com>\n收件者: service@bank-tw.example\n主旨: 信用卡 4012 8833 1207 5465 盜刷爭議，身分證 B217436907',
        ),
        (
            "assistant",
            "| 欄位 | 內容 |\n|---|---|\n| 寄件者 | 蔡佩珊 <peishan.tsai0819@gmail.com> |\n| 主旨 | 信用卡盜刷爭議 |",
        ),
    ],
]
