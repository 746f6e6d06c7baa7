# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade10: personal data hidden in JSON, CSV, YAML, SQL, URLs, logs, encodings and code comments. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade10
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "json payload"): _lines("""
        {"id":"3f9c2a6e-8b1d-4c57-9e0a-71d2b6f4c9a8","sku":"HX-2291-BLK","price_sgd":189.00,"stock":42}
        {"vendor":"DBS Bank Ltd","hotline":"1800 111 1111","email":"customerservice@dbs.com","channel":"official"}
        {"user":{"name":"Jane Doe","email":"jane.doe@example.com","phone":"555-0142"},"fixture":true}
        {"office_holder":"Tharman Shanmugaratnam","role":"President of Singapore","office":"The Istana, Orchard Road, Singapore 238823","term_start":"2023-09-14"}
        {"ref":"ORD-20251104-88317","x1":"SHIPPED","x2":"SF1402277615983","note":"left at parcel locker, Block B lobby"}
        {"nric":"S****567D","name":"[REDACTED]","masked":true,"reason":"PDPA minimisation"}
        {"ticker":"0700.HK","name":"Tencent Holdings","chairman":"Ma Huateng","close":418.60,"currency":"HKD"}
        {"build":"2026.03.1+g7e41c9d","sha256":"59218968e89d0b6b31eb85d9dfb8d73c9f221babaf1d5f2404d2059a0b11cbc2","signed_by":"release-bot"}
        {"character":"Sun Wukong","source":"Journey to the West","weapon":"Ruyi Jingu Bang","home":"Mount Huaguo"}
        {"event_id":"evt_1Q2w3E4r5T6y7U8i","type":"invoice.paid","amount":12900,"currency":"myr","livemode":false}
        {"x1":"6d61696e74656e616e6365","x2":"hex","decoded":"maintenance","ttl":900}
        {"card":"4111 1111 1111 1111","exp":"12/30","cvc":"123","env":"stripe-test"}
        {"store":"Marks & Spencer Wheelock Place","addr":"501 Orchard Rd, #01-01, Singapore 238880","open":"10:00-22:00"}
        {"ref":"a1b2","note":"Beethoven, Symphony No. 9 in D minor, Op. 125","dur_s":4020}
    """),
    ("en", "log line"): _lines("""
        2026-02-11T03:14:07.221Z INFO req_id=01HZX4K7V2R9QMB3T8N6YFJ0CA GET /healthz 200 1.8ms
        WARN [payment-svc] retry 3/5 for invoice INV-2026-004417 upstream=stripe latency=2.3s
        ERROR pod/checkout-7f9c6d5b8-x2kqp OOMKilled limit=512Mi node=ip-10-42-7-19.ap-southeast-1.compute.internal
        INFO user_id=u_000000 email=<redacted> action=login result=success mfa=totp
        DEBUG cache miss key=sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709 ttl=300
        INFO cron nightly-etl finished rows=1,284,552 duration=00:41:17 exit=0
        AUDIT actor=svc-deploy@acme-prod.iam.gserviceaccount.com role=roles/editor resource=projects/acme-prod
        WARN rate limit hit client_id=mobile-ios-4.12.0 bucket=search limit=600/min
        INFO sms template=OTP_v3 to=+65 8***-**42 provider=twilio status=queued
        2026-01-05 09:30:01,004 INFO scheduler: HKEX morning session open index=HSI level=19,842.33
        sshd[2211]: Accepted publickey for deploy from 10.0.3.21 port 51822 ssh2: ED25519 SHA256:q1L0pM5vZ7cN2fR8tY4uW6xE3aB9dK0sJ1hG7iO2nMc
        INFO test run seed=1337 fixtures=users_fake.json generated=500 faker_locale=zh_CN
    """),
    ("en", "sql statement"): _lines("""
        INSERT INTO products (sku, name, price) VALUES ('KB-87-RGB', 'Mechanical keyboard 87-key', 329.00);
        INSERT INTO stores (name, address, phone) VALUES ('IKEA Tampines', '60 Tampines North Drive 2, Singapore 528764', '6786 6868');
        INSERT INTO users (id, name, email) VALUES (1, 'Test User', 'test@example.com'), (2, 'Alice Example', 'alice@example.org');
        INSERT INTO authors (name, born, died) VALUES ('Lu Xun', 1881, 1936), ('Eileen Chang', 1920, 1995);
        INSERT INTO audit (row_hash) VALUES (X'5F4DCC3B5AA765D61D8327DEB882CF99');
        UPDATE orders SET status='REFUNDED', refund_ref='RF-7731-0925' WHERE order_no='SG2611048837';
        INSERT INTO office_holders (portfolio, name, since) VALUES ('Prime Minister', 'Lawrence Wong', '2024-05-15');
        DELETE FROM sessions WHERE expires_at < NOW() - INTERVAL '30 days'; -- housekeeping, about 2.1M rows
        INSERT INTO banks (name, code, swift) VALUES ('Maybank', '7302', 'MBBEMYKL'), ('CIMB', '3501', 'CIBBMYKL');
        INSERT INTO customers (id, nric_masked, phone_masked) VALUES (9921, 'S*****12A', '9***-**71');
        CREATE INDEX idx_orders_customer ON orders (customer_id) WHERE deleted_at IS NULL;
    """),
    ("en", "url with query"): _lines("""
        https://www.google.com/maps/search/?api=1&query=Marina+Bay+Sands%2C+10+Bayfront+Ave
        https://shopee.sg/search?keyword=usb%20c%20hub&page=2&sortBy=sales
        https://api.example.com/v1/users?email=john%40example.com&phone=555-0199&dry_run=true
        https://www.mom.gov.sg/eservices?utm_source=newsletter&utm_campaign=2026q1&utm_medium=email
        https://github.com/torvalds/linux/commit/6bc4c3ad3619e1bcb4a6330e030007ace8ca465e
        /search?q=%E5%8C%97%E4%BA%AC%E5%A4%A9%E6%B0%94&ie=UTF-8&tn=news
        https://en.wikipedia.org/wiki/Lee_Kuan_Yew?oldid=1189233211#Early_life
        https://acme-builds.s3.ap-southeast-1.amazonaws.com/release/2.14.0/app-arm64.tar.gz?X-Amz-Expires=3600&X-Amz-SignedHeaders=host
        https://booking.example.net/confirm?ref=BK-9X2L7Q&guest=Test%20Guest&checkin=2026-05-01
        https://www.hsbc.com.hk/contact/?hotline=%2B852%202233%203000&topic=cards
        wss://stream.binance.com:9443/ws/btcusdt@kline_1m
    """),
    ("en", "encoded value"): _lines("""
        Authorization: Basic dXNlcjpwYXNzd29yZA== (demo credentials from the tutorial)
        data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
        x1=SGVsbG8sIFdvcmxkIQ== # greeting used by the smoke test
        ref=0x4d414e49464553542d763231 (hex for the manifest tag)
        ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"
        commit 9fceb02d0ae598e95dc970b74767f19372d61af8 Merge pull request #4412 from acme/renovate/lodash-4.x
        status=%E9%85%8D%E9%80%81%E4%B8%AD&carrier=SF
        msg=b3JkZXIgc2hpcHBlZCBmcm9tIFNoZW56aGVuIHdhcmVob3VzZQ==
        uuid=00000000-0000-0000-0000-000000000000 (nil UUID placeholder)
        JWT header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 decodes to {"alg":"HS256","typ":"JWT"}
        traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
        plan=eyJyZWdpb24iOiJhcC1zb3V0aGVhc3QtMSIsInRpZXIiOiJnb2xkIiwic2VhdHMiOjI1fQ==
        sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 (empty file)
        loc=S3VhbGEgTHVtcHVyIFRvd2VyLCBKYWxhbiBQdW5jYWs=&zoom=17
    """),
    ("en", "yaml config"): _lines("""
        image: ghcr.io/acme/residency-api:1.8.3  # pinned after CVE-2025-29927 fix
        support_email: help@acme-logistics.com.sg  # shared helpdesk inbox, not a person
        maintainers: ["platform-team@acme.io"]  # team alias
        seed_users: [{name: "Test Admin", email: "admin@example.com", phone: "+1-202-555-0173"}]
        schedule: "0 3 * * *"  # 03:00 SGT nightly backup
        office: {name: "Alibaba Group HQ", addr: "969 West Wen Yi Road, Yuhang District, Hangzhou"}
        retention_days: 30  # PDPA: purge personal fields after 30 days
        feature_flags: {new_checkout: true, sg_paynow: true, my_duitnow: false}
        redis_b64: "MTAuMC4wLjE6NjM3OQ=="  # internal host:port, staging only
        build_info: "YnVpbGQ9MjAyNi4wMy4xO2FyY2g9YXJtNjQ="
    """),
    ("en", "csv row"): _lines("""
        HX-2291-BLK,12,189.00,SIN-03,reorder_at=5
        2026-03-31,Q1,revenue_musd,412.7,yoy,+8.4%
        "Singapore Airlines","SQ","Airline House, 25 Airline Road, Singapore 819829","+65 6223 8888"
        user_001,Jane Doe,jane@example.com,555-0100,fixture
        S****123A,30-39,Gold,SG-CENTRAL,renewed
        NS24,Dhoby Ghaut,1.2991,103.8455,interchange
        Sherlock Holmes,221B Baker Street,London,fictional,Conan Doyle
        "Jack Ma","co-founder","Alibaba Group","1999","public profile"
        2026-01-15T08:00:00+08:00,PM2.5,38,Kuala Lumpur (Cheras),moderate
        a3f1c9e2b7d04f58,high_value,churn_risk=0.12,cohort=2024Q3
    """),
    ("zh-Hans", "code and log"): _lines("""
        // 订单号格式：年月日+6位流水，例如 20260301000123，勿与手机号混淆
        # 测试数据，全部为假：张三 13800138000 北京市朝阳区测试路1号
        INSERT INTO 门店 (名称, 地址, 电话) VALUES ('星巴克 国贸店', '北京市朝阳区建国门外大街1号国贸商城', '400-820-6998');
        2026-02-03 12:00:01 INFO 支付回调 out_trade_no=T20260203115958221 金额=88.00 状态=SUCCESS
        {"备注":"手机号已脱敏","手机":"139****5521","姓名":"王**"}
        // 身份证校验：ISO 7064 MOD 11-2，权重 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
        快递单号 SF1402277615983 已签收，签收点：菜鸟驿站（浙江大学紫金港校区店）
        -- 统计：2025年双十一成交额按省份汇总，见 report_2025_1111.csv
        {"公司":"华为技术有限公司","地址":"深圳市龙岗区坂田华为基地","客服":"950800"}
        # 鲁迅，原名周树人，1881年生于浙江绍兴，代表作《狂人日记》
        url=https://www.baidu.com/s?wd=%E6%AD%A6%E6%B1%89%E5%A4%A7%E5%AD%A6
        msg_b64: 5Lqn5ZOB5bey5LiK5p62  # 商品状态提示文案
        x1=e4b88ae6b5b7  # 城市名的 UTF-8 十六进制，用于路由
        ISBN 978-7-02-000220-7,红楼梦,曹雪芹,人民文学出版社,59.70
    """),
    ("zh-Hant", "config and log"): _lines("""
        {"機構":"香港特別行政區政府入境事務處","熱線":"2824 6111","網站":"www.immd.gov.hk"}
        # 測試用假身分證：A123456789（教科書範例，勿用於正式環境）
        [INFO] 2026-04-01 09:30:00 港鐵 觀塘綫 服務正常 班次間隔 2.1 分鐘
        UPDATE 商品 SET 價格 = 1299 WHERE 貨號 = 'TW-NB-14-2026';
        # 蔡英文於 2016 年就任中華民國總統，任期至 2024 年
        ?q=%E5%8F%B0%E5%8C%97101&lang=zh-TW
        客戶編號 HK-00****19，姓名已遮蔽，電話 9***-**18
        {"角色":"韋小寶","出處":"鹿鼎記","作者":"金庸"}
    """),
    ("ms", "config and log"): _lines("""
        {"agensi":"Jabatan Pendaftaran Negara","talian":"03-8000 8000","laman":"www.jpn.gov.my"}
        // format MyKad: YYMMDD-PB-###G, contoh palsu 000000-00-0000
        INSERT INTO cawangan VALUES ('Pos Malaysia Kuala Lumpur', 'Jalan Sultan Hishamuddin', '1-300-300-300');
        2026-03-02 10:11 INFO bayaran DuitNow berjaya ref=DN20260302ABC123 jumlah=RM45.90
        {"nama":"[DISEMBUNYIKAN]","ic":"******-**-5627","status":"disahkan"}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"ref":"c-2291","x1":"Tan Wei Ling","x2":"S8479211Z","x3":"+65 9127 4408","note":"prefers calls after 2pm"}
        INSERT INTO members (id, full_name, nric, mobile) VALUES (7781, 'Goh Kah Seng', 'S7831052I', '8233 6190');
        GET /api/v2/lookup?ref=T0312845D&dob=2003-04-11&ph=%2B6591874420 HTTP/1.1 200 412ms
        2025-11-03,KL-Ampang,Nurul Izzati binti Rahman,880512-14-5626,"12 Jalan Mawar 4/2, Taman Mawar, 68000 Ampang"
        2026-03-14T09:12:44Z WARN kyc.verify failed doc=HKID value=K410984(8) holder="CHAN Ka Yan" reason=glare
        payload=eyJuYW1lIjoiTGltIEJvb24gS2lhdCIsInBob25lIjoiKzYwIDEyLTMzOCA3NzE1In0=
        {"x1":"2b36353931383734343230","enc":"hex","owner":"Darren Seah","src":"signup form"}
        # TODO remove before merge: tested against the real account of Wong Siu Ming, HSBC 004-512-338771-838, works
        smtp_user: jasmine.koh88@gmail.com  # my personal one, swap for the team inbox later
        ENV ADMIN_CONTACT="Priya d/o Rajendran, 9736 2215, Blk 412 Bedok North Ave 2 #08-117, S460412"
        UPDATE patients SET dx='type 2 diabetes, HbA1c 8.1' WHERE name='Ooi Chee Keong' AND ic='760415-07-5233';
        https://book.kliniksihat.my/confirm?n=Tan%20Kok%20Leong&addr=Blk%20212%20Serangoon%20Ave%204%20%2306-31&slot=2026-01-09T10:30
        {"pax":[{"n":"LEE/SZE WEI MS","ppt":"K4810327M","dob":"1991-07-22","seat":"34C"}],"pnr":"6XQ2LM"}
        vehicle,plate,owner_ref,remarks -> sedan,SKL 4471 D,Benjamin Ong Jia Wei,"season parking, Blk 118 Rivervale Drive"
        GET /unsubscribe/bWVpbGluZy55ZW84OEBnbWFpbC5jb20= 302 ua=Mozilla/5.0
        {"ref":"emp-0419","x1":"Kwok Mei Ling","x2":"chemo Tue/Thu, no night shifts until March","x3":"HR only"}
        Author: Loh Jun Hao <junhao.loh.1994@hotmail.com> Date: Tue Feb 3 22:41:09 2026 +0800
        sender_iban: "DE44 5001 0517 5407 3249 31"  # Katrin Hoffmann, Mainzer Landstr. 112, 60327 Frankfurt
        {"kunde":"Annelies Vermeulen","iban":"NL26 INGB 0006 8123 47","adres":"Prinsengracht 431-2, Amsterdam"}
        fin_part1: "F2264" fin_part2: "018Q"  # Nguyen Thi Hoa, dorm 7 Tuas South Ave 1, permit renewal May
        sentry breadcrumb: user.email=ruth.sim.wl@yahoo.com.sg user.username=ruthsim extra.address="88 Jalan Bukit Merah #14-203"
        -- fixture? no: copied from prod. ('Teo Hui Min', 'G5527193W', 'eczema flare, referred to NSC')
    """),
    "zh-Hans": _lines("""
        // 临时写死，上线前删掉：张晓婷 身份证 440306199207186189 手机 13826617042
        INSERT INTO 用户 (姓名, 手机, 地址) VALUES ('刘建国', '15902117736', '上海市浦东新区张杨路1588弄12号402室');
        {"备注":"黄女士，抑郁症复诊，每周三下午","x1":"18611094452","x2":"朝阳医院心理科"}
        2026-02-11 10:22:05 INFO 下单成功 收货人=周美玲 电话=137****2291 地址=杭州市西湖区文三路478号华星时代广场A座1203
        wx: zhao_yiming1991  # 赵一鸣的私人微信，别外传
        /api/friend/add?qq=2847716630&nick=%E6%9D%8E%E9%9B%AA&src=search
        {"a":"320502","b":"19950130","c":"085X","n":"沈佳琪","tag":"vip"}
        ref=546L56OKIDEzNTAxMjg3NzY0&ch=app
        -- 测试用，拿的是我自己的卡 6217001809990439 户名 陈浩 建设银行
        contact: {name: 吴桂芳, tel: "+86 139 0571 2263", addr: 宁波市鄞州区天童南路588号}
        17,孙立伟,粤B·7H2Q9,小区违停第三次，已通知物业
        [ERROR] 医保结算失败 patient_id=P0091 name=何文杰 idno=420111198708235470 diag=肺癌术后化疗
        x1=e9a9ace69993e7baa23133373138383232363430  # 别问，是客户
        护照号 EH5521870，姓名 郑子涵，出生 2001-05-05，签证类型 F
        ?to=%E5%91%A8%E6%9D%B0%20%E6%9C%9D%E9%98%B3%E5%8C%BA%E6%9C%9B%E4%BA%AC%E8%A5%BF%E5%9B%AD%E4%B8%89%E5%8C%BA312%E5%8F%B7%E6%A5%BC1%E5%8D%95%E5%85%83601&tel=18510093327
        {"id_hex":"333330313036323030313035303532353235","姓名":"马晓红","用途":"实名认证回放"}
    """),
    "zh-Hant": _lines("""
        {"客戶":"陳嘉欣","身份證":"Y153240(3)","電話":"9481 2276","備註":"下午先覆"}
        UPDATE 會員 SET 身分證='F202411349', 手機='0912-338-475' WHERE 姓名='林怡君';
        line_id: jiahao.tw0802  # 黃家豪本人，台中
        /delivery?addr=%E4%B9%9D%E9%BE%8D%E8%A7%80%E5%A1%98%E5%8D%94%E5%92%8C%E8%A1%972%E8%99%9F%E5%8D%94%E5%92%8C%E5%A4%A7%E5%BB%885%E6%A8%93B%E5%AE%A4&name=%E6%9D%8E%E7%BF%A0%E8%8A%AC&tel=6238%201094
        [WARN] 轉帳異常 戶名=吳宗翰 帳號=012-50-123456-7 台北富邦 身分證=A187007735
        note_b64: 6buD5a626LGqIDA5MzYtNDE4LTIyNyDlj7DkuK3luILopb/lsa/ljYDnpo/np5Hot68=
        // 澳門客戶 梁詠詩，澳門居民身份證 5215378(2)，住氹仔海洋花園
        {"病人":"葉志強","HKID":"P500754(6)","診斷":"第二型糖尿病","覆診":"2026-04-18 東區醫院"}
    """),
    "ms": _lines("""
        // jangan commit: no IC saya 020817-13-0154, Dayang Nur Aqilah, Kuching
        {"nama":"Muhammad Haziq bin Azman","tel":"012-771 4093","alamat":"No. 23, Jalan SS 2/64, 47300 Petaling Jaya"}
        INSERT INTO pesakit VALUES ('Kavitha a/p Subramaniam', '950611-08-6412', 'asma teruk, inhaler 2x sehari');
        nota: akaun Maybank 1620 3318 7742 milik Faridah Hanum, untuk bayaran balik deposit
        ?penerima=Ahmad%20Fikri&telefon=60197284410&poskod=81300&ic=910228-01-6047
        rec=U2l0aSBOb3JoYXlhdGkgYmludGkgT3NtYW58ODcwOTIzLTEwLTUzMTh8S2FqYW5n
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            'My JSON won\'t parse, can you spot the error? {"cust":"Ng Pei Shan","nric":"S9126630Z","mobile":"9832 1157",}',
        ),
        (
            "assistant",
            "There is a trailing comma after the last value. Remove the comma before the closing brace and it will parse.",
        ),
        ("user", "Thanks, that fixed it. Her record is in now."),
    ],
    [
        (
            "user",
            "What does this decode to? TmcgUGVpIFNoYW4sIDk4MzIgMTE1NywgMzggSmFsYW4gS2VtYmFuZ2FuLCBTNDE5MTIz",
        ),
        (
            "assistant",
            "It is base64 for a short comma-separated record: a name, an eight-digit number and a street address with a postal code.",
        ),
        (
            "user",
            "Yes that's my aunt, she lives at 38 Jalan Kembangan. How do I mask it before logging?",
        ),
    ],
    [
        (
            "user",
            "这条 SQL 报错了：INSERT INTO 客户 VALUES ('许雯', '510107199002118426', '18782204613', '成都市武侯区科华北路65号3栋2单元1102');",
        ),
        ("assistant", "请贴一下表结构和具体的错误信息，通常是列数不匹配或者字段长度不够。"),
        ("user", "错误是 Data too long for column 身份证，字段定义是 varchar(15)。"),
    ],
    [
        ("user", "幫我寫個 HKID 嘅正則，我用自己張身份證 Z630884(9) 試下得唔得"),
        (
            "assistant",
            "可以用一個英文字母或兩個字母開頭，跟六位數字，再加括號內的校驗位（數字或 A）。建議另外用程式計算校驗位。",
        ),
        ("user", "得咗，多謝！"),
    ],
    [
        (
            "user",
            "Import CSV saya gagal pada baris ini: 4471,Rosnah binti Jaafar,650302-03-5128,Lot 812 Kampung Banggol,16010 Kota Bharu,013-904 2281",
        ),
        (
            "assistant",
            "Baris itu ada enam medan tetapi pengepala anda mungkin lima. Semak juga sama ada alamat perlu diletakkan dalam tanda petik.",
        ),
        ("user", "Betul, pengepala cuma lima lajur. Itu mak saudara saya, tolong jangan simpan."),
    ],
    [
        (
            "user",
            'Write me a grep for lines like this: 2026-05-02 INFO shipped to=gerald.chua77@gmail.com addr="26 Lorong 3 Toa Payoh #11-05" parcel=SPX0091',
        ),
        (
            "assistant",
            "grep -E 'shipped to=[^ ]+@' app.log will match those lines; add -o to print only the address part.",
        ),
        ("user", "Cool. Gerald keeps asking where his parcel is, so I need his lines only."),
    ],
    [
        (
            "user",
            "Turn this into YAML: mum - Chong Siew Lan, 72, metformin 500mg twice daily, warfarin, allergic to penicillin, Dr Lim at Queenstown Polyclinic",
        ),
        (
            "assistant",
            "name: Chong Siew Lan / age: 72 / medications: [metformin 500mg twice daily, warfarin] / allergies: [penicillin] / doctor: Dr Lim, Queenstown Polyclinic",
        ),
        ("user", "Perfect, I'll put it on the fridge for the helper."),
    ],
    [
        (
            "user",
            "帮我解析这个链接的参数：https://m.example-shop.cn/share?wxid=lhy_19930612&tel=13621874405&name=%E6%9E%97%E6%B5%B7%E7%87%95",
        ),
        (
            "assistant",
            "参数有三个：wxid、tel 和 name，其中 name 是 URL 编码的中文，解码后是一个人名。",
        ),
        ("user", "对，是我表姐林海燕，她让我帮她看看这个分享链接安不安全。"),
    ],
    [
        (
            "user",
            'Why does this dict fail validation? {"name": "Lukas Brenner", "iban": "FR76 3000 6000 0112 3456 7890 189", "street": "Rue Oberkampf 57, 75011 Paris", "dob": "1988-13-02"}',
        ),
        (
            "assistant",
            "The date of birth has month 13, which is invalid. The IBAN format itself looks fine.",
        ),
        ("user", "Ah, Lukas wrote it day-first. His birthday is 13 Feb 1988."),
    ],
]
