# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade149: personal data in ticketing and event-management artefacts (QR e-ticket payloads, attendee CSV exports, badge-printing templates, check-in scanner logs, seating charts, waitlist JSON). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade149
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "scanner_log"): _lines("""
        2026-11-21T19:02:14+08:00 INFO gate=G3 lane=2 dev=ZBR-DS2208-0147 scan=OK ticket=SIS-26-CAT2-004812 sec=214 row=K seat=19 latency_ms=86
        2026-11-21T19:02:15+08:00 WARN gate=G3 lane=2 dev=ZBR-DS2208-0147 scan=DUPLICATE ticket=SIS-26-CAT2-004812 first_seen=19:02:14 action=REFER_SUPERVISOR
        [checkin-svc v3.8.1] qr=eyJldnQiOiJKSjIwLVNHIiwiZ2F0ZSI6IkczIiwic2VjIjoiUEEyIiwicm93IjoiRiIsInNlYXQiOjIxLCJjYXQiOiJDQVQxIn0= decoded ok evt=JJ20-SG sec=PA2 row=F seat=21
        2026-11-21 19:05:40 SGT ERROR gate=G5 dev=HON-1950g-033 reason=SIG_INVALID kid=tix-2026-q4 payload_sha256=3e245ab61f1343686a9bee43109d299003cdcc696d78610fe6e395715a2abf60
        batch sync complete: device=IPAD-KIOSK-12 venue="Axiata Arena, Bukit Jalil" uploaded=1,284 rejected=7 (EXPIRED=4, WRONG_GATE=3) duration=2.4s
        rate monitor: gate=HALL5-N dev=ZBR-DS2208-0151 scans_per_min=47 threshold=60 status=normal queue_est=6min door_state=OPEN
        2026-12-14 20:01:33 HKT gate=EastWing-E2 scan=OK ticket=URB-HKC-1214-A-00392 block=A row=12 seat=33 entry=1/1 reader=HKC-E2-R04
        2026-12-14 20:07:52 HKT gate=E2 scan=REJECT reason=EVENT_MISMATCH ticket_event=HKC-1213 expected=HKC-1214 hint="ticket is for previous night"
        heartbeat dev=HON-1950g-033 fw=7.2.11 battery=64% wifi_rssi=-61dBm last_scan=2026-11-21T19:05:40+08:00 venue=Singapore Indoor Stadium
        summary event=JJ20-SG-1121 artist="JJ Lin" admitted=9,842 capacity=10,000 no_show=158 reentry=212 peak_minute=19:26 (412 scans)
        2026-11-21T18:58:03+08:00 INFO gate=G1 lane=priority scan=OK ticket=SIS-26-VIP-000031 package=VIP_LOUNGE wristband=issued stock_left=188
        scanner config reload ok: allowlist_version=2026.11.20-r4 revoked_tickets=312 denylist_sha1=2572fd4d06396cad9833aa0d30787b7891a68df4 clock_skew_ms=+12
        2026-11-21T22:47:10+08:00 INFO event closed: gates G1-G8 locked, 0 pending uploads, 37 offline scans reconciled, report=/exports/JJ20-SG-1121_gate_summary.csv
    """),
    ("en", "attendee_csv_export"): _lines("""
        ticket_id,order_id,ticket_type,first_name,last_name,email,mobile,company,job_title,dietary,checked_in_at,badge_printed
        # export generated 2026-11-03 09:14 SGT | report="Attendee Summary" | event=Asia Tech x Singapore 2026 | filters: ticket_type=Press, status=cancelled | rows=0
        EXH-0042,Hall 4 Booth B12,Kopi Lab Pte. Ltd.,UEN 201912345K,events@kopilab.com.sg,+65 6223 1180,exhibitor,3 badges
        ticket_type,price_sgd,qty_sold,qty_refunded,gross_sgd,Early Bird,88.00,1240,12,108064.00,Standard,128.00,2210,31,278912.00
        SUM,,,,,,,,,"Total attendees: 4,812 | checked-in: 4,107 | badges printed: 4,133 | no-shows: 705"
        column mapping v2: first_name->badge.line1, last_name->badge.line2, company->badge.line3, ticket_type->ribbon_color (VIP=gold, Speaker=red, Media=blue)
        SPK-007,Speaker,Ong Ye Kung,Minister for Health,Ministry of Health Singapore,Keynote 09:30 Hall 1,green room GR-2,AV check 08:45
        MEDIA-014,Media,The Straits Times,Photo desk,2 passes,Press Pit B,check-in window 08:00-09:00,embargo until 10:30
        dietary_summary,vegetarian=312,halal=1045,vegan=88,no_beef=140,gluten_free=37,other=21,total_meals=4812,caterer=Purple Sage Group
        ORD-2026-118834,TKT-5581-0042,refunded,,reason=event_rescheduled,refund_ref=RF-20261105-0917,amount_sgd=128.00,gateway=Stripe
        VENUE,Kuala Lumpur Convention Centre,Jalan Pinang,50088 Kuala Lumpur,+603 2333 2888,loading bay B2,max floor load 1500kg/m2
        df = pd.read_csv("attendees_2026.csv"); df.groupby("ticket_type")["checked_in_at"].count().to_csv("checkin_by_type.csv")
        TKT-0000-0001,ORD-0000-0001,General Admission,Mickey,Mouse,mickey@example.com,+65 0000 0000,Acme Corp,Sample Row - delete before import,none,,N
    """),
    ("zh-Hans", "购票须知"): _lines("""
        【购票须知】本场演出实行实名制购票，一个证件限购2张，入场时需出示购票时填写的证件原件，电子票二维码开演前2小时刷新，截图无效。
        周杰伦“嘉年华”世界巡回演唱会—上海站，演出地点：上海体育场（徐汇区天钥桥路666号），检票口开放时间：17:30，演出开始时间19:30。
        票档说明：看台380元/580元/880元，内场1080元/1280元，VIP 1680元含限量周边；最终价格以大麦APP页面展示为准。
        退换票规则：演出开始前72小时以上可申请退票，收取票价20%手续费；72小时内不支持退换。主办方客服热线：400-820-6688（9:00-21:00）。
        电子票二维码内容为Base64编码的场次座位信息，示例：eyLlnLrmrKEiOiIyMDI2LTA1LTIwIDE5OjMwIiwi5Yy65Z+fIjoi55yL5Y+wMzEyIiwi5o6SIjoiOCIsIuW6pyI6IjE1Iiwi56Wo5qGjIjoiODgwIn0=
        未成年人购票：1.2米以下儿童谢绝入场，1.2米以上儿童需持票并由监护人陪同，每位监护人限带一名儿童，内场站立区不建议儿童进入。
        禁止携带物品：专业摄影器材（可拆卸镜头相机）、自拍杆、打火机、容量超过20000mAh的充电宝、玻璃瓶装饮料，场馆不提供寄存服务。
        国家体育场（鸟巢）：北京市朝阳区国家体育场南路1号，地铁8号线奥林匹克公园站B1出口步行约15分钟，散场时该站临时只出不进。
        发票说明：票款电子发票由主办方开具，订单号格式如DM2026112100384719，开票抬头支持个人或企业，演出结束后30天内申请。
        【安全提示】请勿在二手平台购买来源不明的电子票，截图或转发的二维码无法入场；本场官方票务仅限大麦、猫眼两个平台，其他渠道均非授权。
        座位图说明：内场A区1-20排为站立区，B/C区为座席区；看台101-135区按顺时针编号，无障碍通道位于6号门，轮椅席位需提前三天预约。
        演唱会当天地铁10号线上海体育馆站延长运营至23:30，散场后请按工作人员指引分批进站，勿在天钥桥路滞留，网约车上车点设在中山南二路。
        检票机错误码：E01 二维码过期，E02 非本场次，E03 已验票，E04 设备离线请重试，E05 证件信息不一致请至人工通道，E09 请联系现场技术组。
    """),
    ("zh-Hans", "工作群消息"): _lines("""
        @所有人 明早8点在B1仓库领对讲机，频道统一调到6，A区检票口负责人记得带备用电池，领用要在登记表上写清楚岗位和设备编号。
        3号闸机又卡二维码了，扫描头有反光，先切人工核验，技术那边说20分钟内到现场处理，处理好之前这条通道只放纸质票和已核验的观众。
        刚核对了一下，截至18:45已入场21,437人，内场还剩大约600人没进，西门排队比较长，请北门调两个人过去，东门那边暂时维持现状。
        胸卡打印机色带用完了，仓库还有2卷，型号Zebra 800300-550，谁顺路带到注册台？顺便把备用的空白卡也拿一盒过来，今天下午还要补打一批。
        媒体区工作证是蓝色挂绳，嘉宾是金色，别发错了；昨天有两张发错了被主办方点名批评，今天发放前每张都要对一下证件编号和名单。
        天气预报说19点后有雷阵雨，户外候场区雨衣在5号帐篷，一箱100件，先发给排队最长的北门，不够的话物资组说还能从场馆仓库调三箱。
        候补名单系统今晚22:00停机维护一小时，这期间退票不会自动释放，请客服口径统一，不要承诺具体时间，统一回复“系统恢复后按顺序通知”。
        收到，座位图V7已经更新，看台215区第3排整排锁定给转播机位，不对外售卖，票务系统那边也已经锁座，V6版本的打印件请全部回收。
        明天主办方发的通告里要写清楚：演出时长约150分钟，返场不保证，别再写“三小时”了，上次因为这个被观众在微博上投诉了好几天。
        财务提醒：今天现场补票收款走POS机编号P-0412，现金一律不收，日结单18点前交到票务办公室，小票第二联订在日结单后面一起交。
        安检口查到的超规充电宝先登记到临时寄存台，寄存牌号从J001开始，散场后凭牌领取，别混放，寄存台22:30以后就撤了，提前广播提醒。
        工作餐送到了，放在媒体中心后面的休息室，清真餐单独一箱贴了绿色标签，先到先拿，素食一共20份在最上面那层，别拿错了，空餐盒统一放门口回收箱。
        保洁那边问散场后几点能进场清扫，场馆方回复是23:30以后，舞台电缆撤场优先，看台区的垃圾袋明早7点前必须全部清运出场。
    """),
    ("zh-Hant", "座位表說明"): _lines("""
        紅磡香港體育館座位表：舞台設於南面，A區至F區為內場，看台分為N1-N6、S1-S6，視線受阻座位已於售票時標示「*」。
        張學友60+巡迴演唱會 香港站 票價：$1,280／$980／$680／$480，城市售票網 URBTIX 信用卡購票熱線 3166 1288。
        台北小巨蛋 座位圖更新（v2026.10）：2樓看台A-F區、3樓看台A-L區；搖滾區依序號入場，序號印於票面左下角，每 100 號為一梯次。
        拓元電子票 QR 格式：eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ0aXhjcmFmdCIsImV2dCI6Ik1BWURBWS1UUEUtMTIzMSIsInNlYXQiOiIyRi1CLTEyLTA3IiwiaWF0IjoxNzY3MTM5MjAwfQ.MDgyODI2MjYyZDA5YzUzNTlkODQ2YjcyMTYyZTUxZjk
        澳門銀河綜藝館座位表：Floor A-D 區為企位，Level 1 看台 101-118 區，輪椅位置設於 Gate 3 旁，需預先向主辦方登記。
        五月天 台北跨年場 加開座位：3樓 L 區第 1-5 排釋出 240 席，12/20 中午 12:00 開賣，每帳號限購 4 張。
        視線說明：2樓B區第1排前方有玻璃護欄，高度約 110 公分，坐下觀看可能部分遮擋舞台左側升降台，此區票價已調降為 NT$2,800。
        購票網址：https://tixcraft.com/activity/detail/26_mayday?venue=%E5%8F%B0%E5%8C%97%E5%B0%8F%E5%B7%A8%E8%9B%8B&lang=zh_tw
        高雄巨蛋 2026 年度場館維修期間（1/5–2/10）停止租借，已售出場次將改至台北流行音樂中心，票券自動換座，不接受指定座位。
        座位編碼規則：樓層-區-排-號，例如「2F-B-12-07」表示二樓 B 區第 12 排 7 號，單號在左、雙號在右，面向舞台為準。
        香港伊利沙伯體育館：灣仔愛群道18號，港鐵灣仔站 A1 出口步行約 10 分鐘，場館查詢電話 2591 1346，場內不設停車位。
        團體票：10 張以上可享 9 折，需以公司抬頭開立統一發票，統一編號請填 8 碼，個人戶不適用團體價，座位由系統連號配位。
        金庸武俠音樂劇《射鵰英雄傳》澳門站：威尼斯人綜藝館，黃蓉、郭靖由 A 組演員擔綱，每晚陣容以現場公告為準，全長約 2 小時 40 分鐘。
    """),
    ("ms", "soalan_lazim_tiket"): _lines("""
        S: Bolehkah saya pindahkan tiket kepada rakan? J: Boleh, melalui fungsi 'Pindah Tiket' dalam aplikasi sebelum 48 jam acara bermula.
        S: Di manakah Stadium Nasional Bukit Jalil? J: Jalan Barat, Bukit Jalil, 57000 Kuala Lumpur; stesen LRT terdekat ialah Bukit Jalil (laluan Sri Petaling).
        Konsert Dato' Sri Siti Nurhaliza di Axiata Arena: pintu dibuka 6.30 petang, persembahan bermula 8.30 malam, tempoh kira-kira 2 jam 30 minit.
        S: Kod QR saya tidak boleh diimbas. J: Tingkatkan kecerahan skrin dan jangan guna tangkapan skrin; jika gagal, ke kaunter bantuan Pintu C dengan nombor pesanan (contoh MY-ORD-2026-0083341).
        Talian bantuan penganjur: 03-2148 7700 (Isnin-Jumaat, 9 pagi-6 petang), WhatsApp perniagaan +60 11-5566 2020, e-mel bantuan@tiketku.com.my
        Caj perkhidmatan RM4.00 setiap tiket dan SST 8% dikenakan; harga tiket CAT 1 RM388, CAT 2 RM288, CAT 3 RM188.
        Pelan tempat duduk: Zon P1-P4 di lantai, Zon 201-226 di tingkat atas; tempat duduk OKU disediakan di Zon 205 dan 221 dengan laluan lif.
        S: Adakah kanak-kanak perlu tiket? J: Kanak-kanak berumur 3 tahun ke atas perlu tiket sendiri; bawah 3 tahun dibenarkan jika dipangku.
        Penganjur: Tiketku Events Sdn. Bhd. (No. Pendaftaran 201801023456 (1284567-T)), Lot 3-2, Jalan PJU 7/3, Mutiara Damansara, 47800 Petaling Jaya.
        S: Bolehkah saya bawa makanan? J: Makanan dari luar tidak dibenarkan; gerai halal seperti Marrybrown dan PAK LI Kopitiam dibuka di Dataran Axiata.
        Bas perantara percuma dari Stesen LRT Bukit Jalil setiap 10 minit bermula 5.00 petang hingga 1 jam selepas konsert tamat.
        Bayaran balik: jika acara dibatalkan, bayaran balik penuh dikreditkan ke kaedah pembayaran asal dalam 14 hari bekerja; rujukan bermula dengan RF-.
        Contoh muatan kod QR (base64) untuk ujian pengimbas: eyJhY2FyYSI6IlNOSC1BWEEtMDMxNCIsInpvbiI6IlAyIiwiYmFyaXMiOiJIIiwia2VydXNpIjoxMn0= (zon P2, baris H, kerusi 12)
    """),
    ("mixed", "badge_template_config"): _lines("""
        badge.template = "{{first_name | upper}}<br>{{company}}<br>{{ticket_type}}"  # 中文名超過4個字自動縮小字號到 28pt
        <text x="20" y="88" font="NotoSansSC-Bold" size="36">{{attendee.display_name}}</text> <!-- 名牌正面，姓名置中 -->
        printer: Zebra ZD621 / 標籤尺寸 4x6 inch / dpi=300 / ribbon=resin / 每批最多 200 張，超過請分批送印
        # 胸卡 ZPL 範本 ^XA^FO50,60^A0N,60,60^FD{{name}}^FS^FO50,140^BQN,2,6^FDMA,{{qr_payload}}^FS^XZ
        sample_preview: name="孙悟空", company="花果山水帘洞有限公司", ticket="VIP"  # 預覽用假資料，請勿送印
        ribbon_colors: {"Speaker": "#C8102E", "Media": "#0033A0", "Exhibitor": "#00843D", "VIP": "#B8860B"}  # 講者紅、媒體藍、參展商綠
        名牌 QR 改為 MECARD 格式：MECARD:N:Singapore EXPO Registration Desk;TEL:+6564032160;URL:https://www.singaporeexpo.com.sg;;
        fallback_font_chain = ["Noto Sans TC", "Noto Sans SC", "Noto Sans Tamil", "Arial Unicode MS"]  # 馬來文姓名用拉丁字體即可
        if len(display_name) > 18: font_size = 24  # long Malay names with bin/binti 需要換行，最多兩行
        印製統計 2026-11-21：已印 4,133 張 / 重印 57 張（錯字 31、卡紙 19、換公司名 7）/ 色帶消耗 3 卷
        badge_api: POST /v2/events/ATXSG26/badges:print {"ticket_ids": ["TKT-5581-0042", "TKT-5581-0043"], "printer": "REG-DESK-03"} -> 202 Accepted
        胸卡底圖 bg_speaker_v4.png (1200x1800 px, CMYK)，設計：主辦方品牌組；Marina Bay Sands logo 使用官方授權版本
        lanyard 規格：20mm 寬，雙面印 "TECHFEST KL 2026"，breakaway 安全扣，MOQ 5,000 條，單價 RM1.85
    """),
    ("mixed", "waitlist_json"): _lines("""
        {"event_id":"COLDPLAY-KL-2026-11-22","waitlist_open":true,"capacity":5000,"joined":18234,"released":412,"policy":"FIFO","lang":"ms"}
        {"wl_rule":"每個帳戶限登記1次","max_tickets_per_entry":2,"offer_ttl_minutes":30,"notify":["sms","email","push"]}
        {"status_codes":{"0":"等候中","1":"已釋出","2":"已購買","3":"逾時放棄"},"schema_version":"2.3.0"}
        候補名單 daily stats 2026-12-01: joined=2,408, offers_sent=380, converted=291 (76.6%), expired=89, 平均等候 3.2 天
        {"queue_position_display":"您目前排在第 {{position}} 位","eta_template":"預計 {{hours}} 小時內通知","locale":"zh-Hant-TW"}
        webhook: POST https://hooks.example.com/wl/offer {"offer_id":"OF-20261201-0007","event":"JJ20-KL","tier":"CAT3","qty":2,"expires_at":"2026-12-01T20:30:00+08:00"}
        {"event":"张学友60+ 巡回演唱会 澳门站","venue":"Galaxy Arena","waitlist":{"cat":"VIP","remaining":0,"next_release":"2026-12-10T12:00:00+08:00"}}
        // TODO 去重鍵改用 hash(account_id + event_id)；測試資料 account_id 一律用 acct_test_0001 到 acct_test_0500
        {"tiers":[{"code":"CAT1","price_myr":498,"wl":1203},{"code":"CAT2","price_myr":358,"wl":4410},{"code":"CAT3","price_myr":228,"wl":12621}]}
        Senarai menunggu ditutup: {"event_id":"SITI-AXA-0314","closed_at":"2026-03-10T23:59:59+08:00","reason":"sold_out_final"}
        {"i18n":{"ms":"Anda kini dalam senarai menunggu","zh-Hans":"您已进入候补队列","en":"You are on the waitlist"}}
        rate_limit: {"join_endpoint":"/api/wl/join","per_ip_per_min":20,"captcha":"turnstile","note":"黃牛 bot 防護，命中率 3.1%"}
        {"export":"waitlist_2026-12-01.json","records":0,"fields":["wl_id","joined_at","tier","qty","status"],"pii_fields_removed":true}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        QR payload printed on e-ticket SIS-26-CAT1-0412: eyJ0IjoiU0lTLTI2LUNBVDEtMDQxMiIsIm4iOiJUYW4gV2VpIExpbmciLCJucmljIjoiUzg4MzQxMjdJIiwibSI6Iis2NTkxODI3MzY0In0=
        TKT-5581-0107,ORD-2026-118902,VIP,Rachel,Goh Shu Min,rachel.gsm88@gmail.com,+65 9736 4120,Kopi Lab Pte. Ltd.,Head of Growth,halal,2026-11-21 08:47,Y
        2026-11-21T19:11:02+08:00 WARN gate=G5 scan=ID_MISMATCH ticket=SIS-26-CAT3-008813 holder="Muhammad Irfan bin Zulkifli" presented_id=T0312458J action=REFER
        Waitlist note: Mr Lim Kok Hwa asked us to hold his 2 seats because his wife had a miscarriage last week and they may not come; do not release until he calls back.
        Badge reprint request: Priya d/o Ramasamy wants her badge to read "P. R." only, she has a protection order against her ex-husband and he registered for the same expo.
        Seating chart note: Row K seats 11-12 blocked for Mr & Mrs Chua Beng Huat (season holders), he is a wheelchair user after his stroke, call 9182 0046 before the show.
        Exhibitor badge QR: MECARD:N:Chong,Mei Yee;TEL:+60163328471;EMAIL:meiyee.chong@outlook.com;ADR:12 Jalan SS2/24, Petaling Jaya;;
        scanner debug token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkYW5pZWwua29oLndzQGdtYWlsLmNvbSIsIm5hbWUiOiJEYW5pZWwgS29oIFdlaSBTaGVuZyIsInRrdCI6IkFUWDI2LURFTC0wMzg3IiwiaWF0IjoxNzYzNjgzMjAwfQ.OTY2Y2Y2MjkwY2ZmMzkxNWQyM2RkYjYxYjczZjYwN2Q
        Refund for JJ20-SG-CAT2-01183 to be sent by PayNow to mobile 8734 2219 as requested on the phone, not to the original card.
        Please stop comping Jasmine Teo's tickets, she still owes the company $2,400 from last year's event advance and HR is already deducting it from her salary.
        NFC wristband raw dump (hex): 4E 47 20 43 48 45 45 20 4B 45 4F 4E 47 7C 53 39 32 30 34 35 31 38 48 7C 50 41 32 2D 46 2D 32 32
        kiosk face check-in: capture=ok file=faces/2026-11-21/Leong_Kar_Mun_9671.jpg match_score=0.93 ticket=ATX26-DEL-0441 liveness=pass
    """),
    "zh-Hans": _lines("""
        电子票二维码原文：eyJuYW1lIjoi5YiY5pmT55CzIiwiaWRubyI6IjExMDEwNTE5NzUwMzA5MjQyNCIsInNlYXQiOiLlhoXlnLpB5Yy6MTLmjpI45bqnIn0=
        实名核验日志 2026-05-20 18:42:07 闸机W3 票号DM2026052000381942 购票人王建华 证件号310115198807214034 结果：人证不符，转人工通道
        候补名单备注：陈先生（139 1752 6083）说孩子得了白血病正在化疗，只能坐靠近出口的位置，请优先安排。
        DM2026052000417733,赵雨桐,18621937704,身份证,440305199602135828,看台215区3排11座,已检票
        座位表标注：看台312区8排15座李淑芬阿姨，家住朝阳区安立路68号院3号楼2单元1102，行动不便需志愿者到家接送。
        阿明这次演唱会的票是借网贷买的，现在还欠了三万多，千万别跟他爸妈说，他求我们帮他把票转卖掉。
        退款改走银行转账：收款人周凯，工行卡号6222 0212 0401 8837 526，微信号zk_19930611，请财务今天处理。
        补发电子票请发到15817306249，原来那个手机号已经停用了，订单里的号码作废。
        @票务组 刚才西门闹事那个男的叫孙浩，身份证510107199104203816，已经被派出所带走了，照片存在共享盘“现场事件”文件夹。
        胸卡打印预览（误用了真实数据）：姓名 郭嘉怡 / 单位 深圳市南山区某实验学校 / 手机 135****2047 / 票种 嘉宾
        扫码入场链接：https://m.tix-checkin.cn/v?n=%E9%A9%AC%E4%B8%BD%E5%A8%9F&tel=13902284517&seat=A-12-08
    """),
    "zh-Hant": _lines("""
        電子飛 QR 內容：6buD5a626LGqfEE0ODI2MTMoNSl8OTEyMyA0NTY3fOe0hemkqEHljYAxMuihjDMz6Jmf
        入場掃描紀錄 2026-12-14 20:03 紅館東翼E2 票號 URB-HKC-1214-B-00877 持票人 陳美玲小姐 HKID Y654321(7) 結果：OK
        候補名單：林太話佢老公上個月中風入咗醫院，想將兩張飛轉畀個女，聯絡電話 6218 4490。
        KKTIX 訂單 KK2026110500213｜購票人 林志偉｜身分證 A128736451｜手機 0928-417-356｜寄送地址 台北市大安區復興南路一段 219 巷 8 號 5 樓
        銀河綜藝館 VIP 名單：何嘉欣 女士，澳門居民身份證 5215348(3)，電話 6652 8301，座位 Level 1 區 105 第 2 行。
        座位表備註：C區8行21號留畀阿Ken（梁家健），佢上次喺場內醉酒打人俾警察拉咗，今次要安排保安坐隔籬。
        退款請轉至恒生銀行戶口 024-388-214751-882，戶口持有人同訂單相同，唔該盡快處理。
        名牌列印：張志明 先生｜資深工程師｜月薪 NT$86,000（HR 匯出檔誤將薪資欄帶入胸卡資料）
        {"wl_id":"WL-0091","name":"吳佩珊","phone":"0955-203-718","note":"懷孕 32 週，需要走道位，可能提早離場"}
        停車場登記：車牌 BKR-7263 對應票號 TPE-MD-1231-0442，車主陳先生行動不便，要求保留無障礙車位。
    """),
    "ms": _lines("""
        Log imbasan 2026-03-14 19:48:22 MYT pintu=C status=OK tiket=SNH-AXA-0314-P2-0091 pemegang="Nurul Aina binti Kamarudin" MyKad=900814-10-5528
        Muatan QR tiket (base64): eyJuYW1hIjoiTXVoYW1tYWQgSGFmaXogYmluIFJvc2xpIiwiaWMiOiI4ODA1MjMtMTQtNjA3MSIsInRlbCI6IjAxMi03NzggNDM5MSJ9
        Senarai menunggu: Encik Rizal minta dua tiket ditahan sebab isterinya baru bersalin minggu lepas; boleh hubungi dia di 019-332 8174.
        TK-0314-0337,Siti Khadijah binti Othman,950302-01-6214,013-562 0938,sitikhadijah.othman95@yahoo.com,P3,sudah imbas
        Nota pelan tempat duduk: Zon 205 kerusi 4 untuk Puan Lee Siew Lan, pesakit dialisis, perlu keluar awal pukul 10 malam.
        Parkir VIP: kenderaan WXY 8812 dan VBD 2291 ialah kereta peribadi tetamu keluarga penganjur, jangan tunda.
        Bayaran balik ke akaun Maybank 1640 2233 5567 atas nama Tan Ah Kow, rujukan RF-20261105-0931.
        Hati-hati dengan Kak Ros di kaunter tiket, dia tengah proses cerai dan ada hutang along, jangan pinjamkan duit.
        Templat lencana: NAMA: Arjun a/l Subramaniam | Syarikat: Petronas Dagangan | Emel: arjun.subra@gmail.com | Alahan: kacang (anafilaksis)
    """),
    "mixed": _lines("""
        嘉賓 badge QR: BEGIN:VCARD;VERSION:3.0;FN:Kelvin 吳俊傑;TEL;TYPE=CELL:+852 6129 4038;EMAIL:kelvin.ng.cj@gmail.com;END:VCARD
        check-in log: gate=西門W2 scan=OK holder=Jessica Lau 劉詩敏 HKID=K845712(3) seat=S3-14-06 time=20:14:55
        {"wl_id":"WL-KL-2291","nama":"Lim Jia Hui 林佳慧","phone":"+60 12-908 4173","note":"baru keluar hospital, perlu kerusi roda 轮椅"}
        2026-11-21 19:20 WARN gate=G2 ticket=SIS-26-CAT2-005120 FIN=G5123456T 持證人 黄志强 (Wong Chee Keong) 與票面姓名不符，已轉主管
        212区 Row F 5-6 留俾老板娘 Mrs Koh Siew Hoon 同佢个仔，佢个仔有 autism，需要 quiet room access。
        请把 e-ticket resend 去 hazwani.ariff92@hotmail.com，佢话 spam folder 都搵唔到。
        Ah Boy (Lee Wei Jie) 又 no-show 了，听说他被 bank 追债 RM18k, HR 说下个月 salary 会扣。
        scan url: https://s.tktgo.asia/c?nm=%E9%99%88%E5%BF%97%E8%BF%9C&ic=S8571203I&sec=PA2&row=D&seat=9
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for an events agency in Singapore. Help staff clean up attendee exports.",
        ),
        (
            "user",
            "Turn these rows into badge lines (NAME / COMPANY): TKT-5581-0210,Marcus,Yeo Jun Hao,marcus.yeo.jh@gmail.com,+65 9021 7734,Lumen Analytics; TKT-5581-0211,Farah,Nadhirah Ismail,farahnad91@yahoo.com.sg,+65 8155 3062,Lumen Analytics",
        ),
        (
            "assistant",
            "MARCUS YEO JUN HAO / Lumen Analytics and FARAH NADHIRAH ISMAIL / Lumen Analytics. I left out the emails and mobile numbers since badges should not show them.",
        ),
        (
            "user",
            "Great. Also Farah's note says she is 5 months pregnant, can you flag her for a seat near the exit?",
        ),
        (
            "assistant",
            "Flagged: Farah Nadhirah Ismail (TKT-5581-0211), priority seating near an exit. I would keep the reason out of the printed seating chart.",
        ),
    ],
    [
        (
            "system",
            "你是票务平台客服助手。当前登录用户：张伟东，手机18917305528，订单DM2026052000399120，看台312区9排4座。",
        ),
        ("user", "我母亲那天要做手术，演唱会去不了，能退票吗？"),
        (
            "assistant",
            "张先生您好，很遗憾听到这个消息。您的订单DM2026052000399120距开演超过72小时，可申请退票，手续费为票价的20%。需要我现在帮您提交吗？",
        ),
        ("user", "好的，退到原来的支付宝就行。"),
    ],
    [
        (
            "user",
            "幫我解一下呢個電子飛QR：eyJuIjoi5qKB6Kmg6KmpIiwiaGtpZCI6Ilo3MzkxNTAoMikiLCJ0ZWwiOiI2MTI5IDg4NDciLCJzZWF0IjoiUzItMDgtMTUifQ==",
        ),
        (
            "assistant",
            "解碼後內容係：姓名 梁詠詩、HKID Z739150(2)、電話 6129 8847、座位 S2-08-15。提提你，呢啲係個人資料，唔好隨便轉發張飛嘅截圖。",
        ),
        ("user", "明白，即係有人影咗佢張飛放上網就可以知道佢身份證號？"),
        ("assistant", "係，QR 入面直接載有 HKID，所以主辦方應該改用只含票號嘅簽名 token。"),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan untuk penganjur konsert di Kuala Lumpur."),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Faizal bin Hamzah (012-664 3019). Bapanya meninggal dunia semalam dan dia minta bayaran balik untuk tiket CAT 2 Zon 214.",
        ),
        (
            "assistant",
            "Salam takziah Encik Faizal. Kami amat bersimpati atas pemergian bapa Encik. Permohonan bayaran balik untuk tiket CAT 2 Zon 214 telah kami terima dan akan diproses dalam 14 hari bekerja. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "user",
            "Help me build a seating JSON for the VIP table at the gala dinner, table 3: 何志豪 Ho Chi Ho (diabetic, no dessert), Mdm Ng Lai Kuen (his mother, uses walker), and 陈家乐.",
        ),
        (
            "assistant",
            "{'table': 3, 'seats': [{'seat': 1, 'name': 'Ho Chi Ho 何志豪', 'meal': 'diabetic'}, {'seat': 2, 'name': 'Ng Lai Kuen', 'access': 'walker, aisle side'}, {'seat': 3, 'name': '陈家乐'}]} - consider keeping the health notes in a separate restricted field.",
        ),
        ("user", "ok 幫我將 access 移去 notes field"),
        (
            "assistant",
            "Done: seat 2 now has notes='uses walker, needs aisle side' and the access key is removed.",
        ),
    ],
    [
        ("system", "You help venue operations staff read check-in scanner logs."),
        (
            "user",
            "What does this mean? 2026-11-21T19:31:40+08:00 WARN gate=G7 scan=BLACKLISTED ticket=SIS-26-CAT1-002210 holder=Desmond_Tay_Kok_Leong nric=S9204518H reason=PRIOR_BAN_2025",
        ),
        (
            "assistant",
            "The ticket holder Desmond Tay Kok Leong (NRIC S9204518H) is on the venue ban list from a 2025 incident, so the scanner refused entry. Escort him to the supervisor desk and follow the ban procedure.",
        ),
    ],
    [
        (
            "user",
            "帮我写个Python函数解析二维码payload，测试数据是 {'name': '黄思远', 'phone': '13760281945', 'idno': '440305199602135828'}",
        ),
        (
            "assistant",
            "def parse_payload(raw): data = json.loads(base64.b64decode(raw)); return data['name'], data['phone'] —— 测试时建议不要用黄思远的真实手机号13760281945和身份证号，换成明显的假数据。",
        ),
        ("user", "好，那把身份证那一栏去掉"),
    ],
    [
        ("system", "你是台灣一家活動公司的客服助理，回覆請用繁體中文。"),
        (
            "user",
            "幫我寫封信給許雅婷，她在台北小巨蛋演唱會遺失了錢包，我們撿到了，請她來領。她電話 0937-552-084，地址是新北市板橋區文化路二段 182 號 7 樓。",
        ),
        (
            "assistant",
            "許小姐您好：您於台北小巨蛋演唱會遺失的錢包已由本公司拾獲，請於上班時間攜帶證件至服務台領取，或回覆是否需要寄送至新北市板橋區文化路二段 182 號 7 樓。如有疑問請來電。",
        ),
    ],
    [
        (
            "system",
            "Duty manager tonight: Nor Azizah binti Yusof, personal mobile 017-280 5561. Escalate gate issues to her.",
        ),
        ("user", "Gate B scanner is down, siapa saya perlu call?"),
        (
            "assistant",
            "Sila hubungi duty manager Puan Nor Azizah binti Yusof di 017-280 5561. Meanwhile switch Gate B to manual checking dengan senarai tiket offline.",
        ),
        ("user", "ok thanks"),
    ],
    [
        (
            "user",
            "Draft an incident report: at the Macau Galaxy Arena show on 12/10, attendee Chan Ka Wai (Macau ID 1387264(5), tel 6613 7290) fainted in Level 1 section 108 and was taken to Kiang Wu Hospital.",
        ),
        (
            "assistant",
            "Incident Report - Galaxy Arena, 10 Dec. Attendee: Chan Ka Wai, Macau ID 1387264(5), tel 6613 7290. Location: Level 1, Section 108. Summary: attendee fainted during the show, first aid given on site, transferred by ambulance to Kiang Wu Hospital. Follow-up: call the attendee within 48 hours.",
        ),
        ("user", "Add that the show was not paused."),
        (
            "assistant",
            "Added: the performance continued without interruption while medical staff attended to Chan Ka Wai.",
        ),
    ],
]
