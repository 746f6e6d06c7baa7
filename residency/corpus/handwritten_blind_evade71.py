# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade71: personal data in diff and patch files, code review comments and merge conflicts. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade71
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "unified diff"): _lines("""
        diff --git a/src/billing/invoice.py b/src/billing/invoice.py | index 3f9a1c2..8e04b7d 100644 | @@ -112,7 +112,7 @@ def render_total(inv): | -    return f"{inv.total:.2f}" | +    return f"{inv.currency} {inv.total:,.2f}"
        --- a/tests/fixtures/cards.json | +++ b/tests/fixtures/cards.json | @@ -1,4 +1,4 @@ | -  "pan": "4111 1111 1111 1111", | +  "pan": "4242 4242 4242 4242", |    "note": "gateway sandbox test card, never charged"
        @@ -8,6 +8,9 @@ EMERGENCY_NUMBERS = { |      "sg_police": "999", | +    "sg_scamshield_helpline": "1799", | +    "my_nsrc_scam_response": "997", | +    "hk_emergency_sms": "992", |  }
        -ORDER_ID_PATTERN = r"^ORD-\\d{8}-\\d{6}$" | +ORDER_ID_PATTERN = r"^ORD-\\d{8}-\\d{7}$"  # e.g. ORD-20241203-0009182, widened after Black Friday overflow
        +def nric_check_letter(prefix: str, digits: str) -> str: | +    weights = (2, 7, 6, 5, 4, 3, 2) | +    total = sum(int(d) * w for d, w in zip(digits, weights)) + (4 if prefix in "TG" else 0) | +    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]
        diff --git a/web/src/forms/IcField.tsx b/web/src/forms/IcField.tsx | @@ -14,7 +14,7 @@ | -      placeholder="IC number" | +      placeholder="YYMMDD-PB-####"
        --- a/package.json | +++ b/package.json | @@ -22,7 +22,7 @@ | -    "lodash": "^4.17.20", | +    "lodash": "^4.17.21",
        +## [2.14.0] - 2024-11-18 | +### Fixed | +- Stop logging full request bodies in /api/v2/customers (#4821) | +- Mask all but the last 4 characters of identity numbers in audit export (#4833)
        --- a/.env.example | +++ b/.env.example | @@ -3,3 +3,4 @@ | DATABASE_URL=postgres://app:app@localhost:5432/app | +PRIVACY_CONTACT=privacy@example.com | +SUPPORT_PHONE=
        +ALTER TABLE customers ADD COLUMN nric_hash CHAR(64) NOT NULL DEFAULT ''; | +CREATE UNIQUE INDEX ix_customers_nric_hash ON customers (nric_hash); | +-- raw NRIC column dropped in 0043_drop_nric.sql
        @@ -1,3 +1,4 @@ seed_tenants = [ | +  {"name": "Sherlock Holmes", "address": "221B Baker Street, London", "role": "tenant"}, |    {"name": "Dr John Watson", "address": "221B Baker Street, London", "role": "co-tenant"},
        diff --git a/assets/logo.png b/assets/logo.png | index 1c9e2f4..a07b3d8 100644 | Binary files a/assets/logo.png and b/assets/logo.png differ
        similarity index 92% | rename from lib/pii/mask_phone.rb | rename to lib/privacy/mask_phone.rb | @@ -5 +5 @@ | -  PHONE_RE = /\\+?65[ -]?[689]\\d{3}[ -]?\\d{4}/ | +  PHONE_RE = /(?:\\+?65[ -]?)?[3689]\\d{3}[ -]?\\d{4}/
    """),
    ("en", "code review comment"): _lines("""
        nit: `maskPhone()` should keep the last four digits, not the first four; the usual guidance is to show the tail. Otherwise LGTM.
        Blocking: this logs `request.body` at INFO level in the KYC endpoint. Please log only the request id (e.g. req_7f3a9c) and the HTTP status.
        Can we move the 4111 1111 1111 1111 sandbox card into a shared constant? It's copy-pasted in six tests.
        Suggestion: generate fixtures with Faker seeded at 42 instead of typing names by hand, so nobody is tempted to paste real customers in.
        Approved. PAY-3318 can be closed once this reaches staging on 2024-12-09; rollback plan in the runbook looks fine.
        The HKID regex doesn't handle the two-letter prefixes (XA, WX and so on). I pushed a failing case to test_hkid.py line 57.
        Linus Torvalds's kernel coding-style document says functions should be short and do one thing. This 400-line reconcile() needs splitting.
        Why was the NRIC check changed from mod 11 to mod 10? The published algorithm uses weights 2,7,6,5,4,3,2 and mod 11, please revert that hunk.
        @backend-platform please look at the migration before Friday; the new index on orders(created_at) locked the table for ~40s on the staging copy.
        Typo in the error string on line 203: 'Invalid IC nubmer' should read 'Invalid IC number'.
        The help page must show the bank's published hotline, not someone's mobile. Read it from SUPPORT_HOTLINE in config like the footer does.
        Re commit a3f9e21: the revert brought back the hard-coded bucket name `prod-exports-apse1`; cherry-pick 7c41d0b again.
        Requesting changes: every seed user is 'Jane Doe'. Add a few non-ASCII placeholder names as well so the PDF encoder gets exercised.
    """),
    ("en", "merge conflict"): _lines("""
        <<<<<<< HEAD | timeout_ms = 3000 | ======= | timeout_ms = 5000 | >>>>>>> feature/slow-bank-api
        <<<<<<< ours | "support_email": "help@example.org", | ======= | "support_email": "support@example.org", | >>>>>>> theirs
        Auto-merging tests/fixtures/customers.yaml | CONFLICT (content): Merge conflict in tests/fixtures/customers.yaml | Automatic merge failed; fix conflicts and then commit the result.
        <<<<<<< HEAD | MAX_UPLOAD_MB = 10 | ||||||| merged common ancestors | MAX_UPLOAD_MB = 8 | ======= | MAX_UPLOAD_MB = 25 | >>>>>>> release/2.14
        <<<<<<< HEAD | Dear {{ first_name }}, your order {{ order_id }} has shipped. | ======= | Hi {{ first_name }}, order {{ order_id }} is on its way! | >>>>>>> copy/friendlier-tone
        <<<<<<< HEAD | version = "3.2.1" | ======= | version = "3.3.0-rc.1" | >>>>>>> develop
        <<<<<<< HEAD | {"id": "CASE-2024-00918", "status": "open", "sla_hours": 48} | ======= | {"id": "CASE-2024-00918", "status": "escalated", "sla_hours": 24} | >>>>>>> hotfix/case-sync
        <<<<<<< HEAD | {"author": "Charles Dickens", "title": "Great Expectations", "year": 1861} | ======= | {"author": "Charles Dickens", "title": "Great Expectations", "year": 1860} | >>>>>>> fix/pub-dates
        CONFLICT (modify/delete): data/sample_patients.csv deleted in HEAD and modified in feature/import. Version feature/import of data/sample_patients.csv left in tree.
        <<<<<<< HEAD | isbn: 978-0-14-143951-8 | ======= | isbn: 978-0-14-143956-3 | >>>>>>> fix/isbn-reprint
        <<<<<<< HEAD | tracking_url: "https://track.example.com/?no={tracking_no}" | ======= | tracking_url: "https://track.example.com/p/{tracking_no}?lang={locale}" | >>>>>>> feature/i18n-tracking
        <<<<<<< HEAD | "model": "Proton X70", "plate_format": "^[A-Z]{1,3} \\d{1,4}$" | ======= | "model": "Proton X50", "plate_format": "^[A-Z]{1,3} ?\\d{1,4}[A-Z]?$" | >>>>>>> fix/plate-regex
    """),
    ("mixed", "patch email header"): _lines("""
        From 4e1c0a9b7d2f3e5a6b8c9d0e1f2a3b4c5d6e7f80 Mon Sep 17 00:00:00 2001 | From: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> | Subject: [PATCH] Bump axios from 1.6.2 to 1.6.8
        Subject: [PATCH v3 2/7] i18n: 新增马来文 (ms-MY) 翻译字符串 | Date: Tue, 3 Dec 2024 10:14:22 +0800 | X-Mailer: git-send-email 2.43.0
        From: =?UTF-8?B?5YmN56uv5bCP57uE?= <frontend-team@example.cn> | Subject: [PATCH] 表单：身份证输入框增加格式提示
        Reviewed-by: QA Bot <qa-bot@ci.example.com> | Tested-by: Jenkins <jenkins@build.example.com> | ---
        Co-authored-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> | Subject: [PATCH] chore: regenerate lockfile
        From: =?UTF-8?B?55m85biD5qmf5Zmo5Lq6?= <release-bot@example.tw> | Subject: [PATCH] 修正 README 中的市民熱線為 1999
        Subject: [PATCH 1/2] borang: tambah medan nombor MyKad dengan semakan format | Signed-off-by: Pasukan Platform <platform@example.my>
        ---  |  src/forms/ic_field.ts | 42 +++++++++++++++++++--------- |  1 file changed, 31 insertions(+), 11 deletions(-)
        Subject: [PATCH] docs: 引用鲁迅《狂人日记》开头作为 UTF-8 渲染测试样例
        Subject: [PATCH] chore(ci): pin node to 20.11.1 | Signed-off-by: Release Engineering <release@example.org>
        Message-Id: <20241203101422.2841-1-ci@example.com> | In-Reply-To: <20241202093001.1177-1-ci@example.com> | Subject: Re: [PATCH v2] kyc: drop raw_id column
        Subject: [PATCH] test: guna nama watak Hang Tuah dan Hang Jebat sebagai data contoh | Signed-off-by: CI Bot <ci-bot@example.my>
    """),
    ("zh-Hans", "代码评审意见"): _lines("""
        这里的手机号脱敏逻辑有问题：应该保留前三后四，中间用 * 代替，比如 138****5678 这种格式。
        建议把身份证校验抽成工具函数，权重 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2，余数映射表是 10X98765432。
        日志里不要打印 request body，KYC 接口只打 traceId（如 7f3a9c2e-1b4d）和状态码就够了。
        LGTM，合并前请把 CHANGELOG 里 v2.8.3 的条目补上。
        单测里的银行卡号请统一用 6222 0000 0000 0000 这种明显无效的占位值，不要从生产库里随便捞。
        客服热线请从配置读取，默认值写成 12345 政务热线不合适，改成空字符串。
        这个 PR 改了 1,240 行，建议拆成三个：迁移脚本、接口、前端页面。
        工单 JIRA-5521 里说的重复下单问题在第 88 行，订单号 202412030918772 重复提交是因为没有幂等键。
        《红楼梦》示例数据里林黛玉的生日写成二月十二，原著里就是花朝节那天，这条可以保留。
        请不要在 fixtures 里写真实姓名，统一用张三、李四、王五这类占位名，地址用“某市某区某路”。
        这个正则会把邮编 518057 误判成手机号片段，两边加上 \\b 吧。
        已 approve。注意合并后要在预发环境跑一遍脱敏任务 mask_job_v3，再开灰度。
        解决冲突的时候把 feature/address 分支里新增的省市区三级联动数据也保留，别直接用 ours 覆盖。
    """),
    ("zh-Hant", "合併衝突與差異"): _lines("""
        <<<<<<< HEAD | 客服專線：0800-000-123（週一至週五 9:00-18:00） | ======= | 客服專線：請洽各分行服務台 | >>>>>>> feature/contact-page
        @@ -21,7 +21,7 @@ |  fields: | -  label: '身分證字號' | +  label: '身分證統一編號'
        -const TW_ID_REGEX = /^[A-Z][12]\\d{8}$/; | +const TW_ID_REGEX = /^[A-Z][1289]\\d{8}$/; // 支援新式外來人口統一證號
        審查意見：香港身份證括號內的校驗碼可能是 A，測試案例請補上這個分支，不然 parse 會丟例外。
        <<<<<<< HEAD | 地址格式：{縣市}{鄉鎮市區}{路街}{號} | ======= | 地址格式：{郵遞區號} {縣市}{鄉鎮市區}{路街}{號}{樓} | >>>>>>> feature/zip-prefix
        @@ -3,6 +3,7 @@ quotes = [ |    "孔子：學而時習之，不亦說乎", | +  "孫中山：天下為公", |  ]
        衝突（內容）：合併衝突於 config/hotline.yml | 自動合併失敗，修正衝突然後提交修正的結果。
        請把 1999 市民熱線和 165 反詐騙專線放進常數檔，不要散落在各個元件裡。
        +form.id.placeholder=\\u8acb\\u8f38\\u5165\\u8eab\\u5206\\u8b49\\u5b57\\u865f | +map.landmark.default=\\u570b\\u7236\\u7d00\\u5ff5\\u9928
        -單筆轉帳上限 NT$50,000 | +單筆轉帳上限 NT$100,000（依 2024-11 公告調整）
        @@ -3,3 +3,3 @@ | -緊急求助：999 | +緊急求助：999（聽障人士可發短訊至 992）
        +  partner_hospitals: ["臺大醫院", "馬偕紀念醫院", "林口長庚紀念醫院", "香港瑪麗醫院"]
        這次 rebase 之後 commit 7c41d0b 不見了，請用 git reflog 找回來再 force-push 到 release/3.1。
    """),
    ("ms", "ulasan kod dan diff"): _lines("""
        Sila jangan simpan nombor MyKad penuh dalam log; cukup empat digit terakhir sahaja, selebihnya ditopeng.
        @@ -9,7 +9,7 @@ | -  label: "No. Kad Pengenalan" | +  label: "No. MyKad / Pasport"
        Regex MyKad patut terima format tanpa sengkang juga, contohnya YYMMDDPB####, bukan hanya YYMMDD-PB-####.
        <<<<<<< HEAD | talian_bantuan = "999" | ======= | talian_bantuan = "997 (Pusat Respons Scam Kebangsaan)" | >>>>>>> ciri/talian-scam
        LGTM. Tiket SOK-2210 boleh ditutup selepas deploy ke staging pada 9 Disember.
        +  { "tokoh": "Hang Tuah", "sumber": "Hikayat Hang Tuah", "kategori": "legenda" },
        +  "soalan_7": "Tunku Abdul Rahman mengisytiharkan kemerdekaan Tanah Melayu pada 31 Ogos 1957",
        +  hospital_rujukan: "Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru"
        Poskod 50450 sahaja tidak cukup untuk kenal pasti sesiapa, jadi medan ni tak perlu ditopeng dalam eksport.
        Konflik dalam fail i18n/ms.json: kedua-dua cabang ubah kunci `borang.alamat`; saya pilih versi 'Alamat surat-menyurat'.
        Cadangan: guna pemalar NO_TELEFON_CONTOH = '01X-XXX XXXX' dalam semua ujian, jangan taip nombor sebenar.
        +    { jalan: "Jalan Tun Razak", poskod: "50400", bandar: "Kuala Lumpur" },  // data contoh autolengkap alamat
        Nombor invois INV-2024-118830 dalam fixture ni bukan data peribadi, boleh kekal macam tu.
    """),
    ("mixed", "encoded values in diffs"): _lines("""
        +  DB_HOST: cG9zdGdyZXMuaW50ZXJuYWw= | +  AWS_REGION: YXAtc291dGhlYXN0LTE=
        -  url: "/search?q=%E4%B8%AD%E5%B1%B1%E5%A4%A7%E5%AD%A6&page=1" | +  url: "/search?q=%E4%B8%AD%E5%B1%B1%E5%A4%A7%E5%AD%A6&page=2"
        +  "hint": "\\u8bf7\\u8f93\\u5165\\u624b\\u673a\\u53f7",
        +  WELCOME_TEXT: U2VsYW1hdCBkYXRhbmcga2UgcG9ydGFsIHBlbGFuZ2dhbg==
        +SALT_HEX = "9f86d081884c7d659a2feaa0c55ad015" | -SALT_HEX = "5e884898da28047151d0e56f8dc62927"
        +const SAMPLE_JWT_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"; // header only, no payload
        -  href: "/clinics?negeri=Pulau%20Pinang&kategori=klinik" | +  href: "/clinics?negeri=Pulau%20Pinang&kategori=klinik-pergigian"
        GIT binary patch | literal 1024 | zcmeAS@N?(olHy`uVBq!ia0vp^4j|0I1|(Ny7TyC?Ea{HEjtmSN`?>!lvI6;>1s;*b3=G`DAk4@xYmNj^
        -e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  dist/app.tar.gz | +2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  dist/app.tar.gz
        +  config.json: eyJyZWdpb24iOiJhcC1zb3V0aGVhc3QtMSIsInJldHJpZXMiOjMsInRpbWVvdXRfbXMiOjUwMDB9
        -  "placeholder": "%E5%A7%93%E5%90%8D" | +  "placeholder": "{{ t('form.name') }}"
        -  MASK_CHAR: Kg== | +  MASK_CHAR: Iw==
        +  "label_ms": "No. Telefon Bimbit", "label_zh": "\\u624b\\u673a\\u53f7\\u7801",
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        --- a/tests/fixtures/customers.json | +++ b/tests/fixtures/customers.json | @@ -12,3 +12,3 @@ | -    "name": "Gerald Fernandez", "mobile": "+65 9734 2861", "nric": "S8834217H", | +    "name": "Test Customer", "mobile": "+65 8000 0000", "nric": "S0000000X",
        Blocking: the seed you added in db/seeds/2024_12_vip.sql (line 88) is a straight copy of prod. Row for Priya d/o Raman still has card 4539 7521 2048 8133 exp 09/27. Purge it from history, deleting in a follow-up commit is not enough.
        From: Lim Kok Wai <kokwai.lim88@gmail.com> | Date: Mon, 2 Dec 2024 22:41:07 +0800 | Subject: [PATCH] fix: sort transactions by posted date
        <<<<<<< HEAD | shipping_address: "Blk 412 Bedok North Ave 2, #08-117, Singapore 460412" | ======= | shipping_address: "412 Bedok Nth Ave 2 #08-117 S460412" | >>>>>>> fix/address-format | # customer: Mr Daniel Koh Jun Wei, acct 7730019
        Why is Dr Arjun s/o Krishnan's lab report in __snapshots__/report.test.ts.snap? Line 214 renders his real HbA1c of 9.2% and the hepatitis B result. Regenerate the snapshot from fixtures.
        +  - name: Melissa Tan Hui Min | +    phone: 9238 8840 | +    note: on medical leave till 16 Dec after knee surgery, do not page
        +  CUSTOMER_RECORD: eyJuYW1lIjoiVGFuIFdlaSBNaW5nIiwibnJpYyI6IlM5MDYyNzU0RiIsImRvYiI6IjE5OTAtMDYtMTEifQ==
        +2024-12-03T09:14:22Z INFO auth.login ok user=brandon.yeo1994@hotmail.com device=iPhone15,3 city=Tampines
        <<<<<<< HEAD | emergency_contact: "Wife - Grace Lim, 8821 6630" | ======= | emergency_contact: "Wife - Grace Lim, +65 8821 6630" | >>>>>>> normalize-phones | employee: Joel Ang Wei Jie (HR-0412)
        Also, test_refund_for_mrs_chua replays her actual booking: Mrs Chua Bee Lian, SQ 231 on 14 Jan, PNR 6XK2QT, refund S$1,284.60. Rename it and anonymise the payload.
        -  hkid: "K538214(9)"  # Wong Ka Yan, complaint about Tsuen Wan branch teller | +  hkid: "A000000(0)"
        Revert "Add Samuel Oyelaran's payroll override (basic 14,800/month, court garnishment order 2024/GO/118)"
        @@ -40,2 +40,2 @@ | -  student: { name: "LEE JUN HAO", nric: "T0419652F", course: "Y3 Computer Engineering", hostel: "PGP Residence R4 #07-12" }
        Please drop the screenshot in docs/img/bug-4471.png. It shows Farah Nadia's account page with her DBS account 027-483921-6 and balance S$38,412.07.
    """),
    "zh-Hans": _lines("""
        +  {"name": "\\u5f20\\u5efa\\u56fd", "idCard": "110105197806051830", "phone": "139 1047 2285"},
        第 57 行的测试数据是真实用户：刘思雨，身份证 320106199302110723，手机 15895207731。请立刻删掉，并且用 filter-repo 重写历史。
        <<<<<<< HEAD | 收货人：陈晓燕 13761628409 上海市浦东新区张杨路1588弄12号602室 | ======= | 收货人：陈晓燕 137-6162-8409 上海市浦东新区张杨路1588弄12号602 | >>>>>>> fix/phone-format
        From: =?UTF-8?B?5qyn6Ziz5amn?= <oyj19950302@163.com> | Subject: [PATCH] 修复退款金额精度问题
        +GET /api/kyc/verify?name=%E9%BB%84%E9%9D%99%E6%80%A1&id=420106198208140984 HTTP/1.1 200
        这个 mock 里的微信号 wxid_qiaoyu0923 是我表妹乔雨的真号，别拿她的号测加好友接口了，她这两天一直收到验证请求。
        +INSERT INTO patient (name, id_no, diagnosis) VALUES ('周文博', '370202199901254437', '抑郁症复诊，舍曲林 50mg');
        +  OPERATOR_NAME: 6YOR6ZuF55C0 | +  OPERATOR_ID_CARD: NDQwMzA1MTk5MTA0MTcyMzI3
        顺便说一句，赵磊的工资条 PDF（2024年11月，实发 18,650 元，含个税扣款明细）被你提交到 assets/ 里了，这个必须撤回。
        <<<<<<< HEAD | 紧急联系人：孙丽娟（母亲）QQ 284719365 | ======= | 紧急联系人：孙丽娟（母亲）电话 186 2047 3318 | >>>>>>> feature/contacts | # 员工：孙浩然 研发二部
        -  bankCard: "6222 0210 0374 5192", // 测试用，持卡人何俊峰本人的工资卡
    """),
    "zh-Hant": _lines("""
        -  idNo: 'A227391067', name: '林怡君', mobile: '0928-417-356', | +  idNo: 'A123456789', name: '測試用戶', mobile: '0900-000-000',
        <<<<<<< HEAD | 持證人：陳志明 HKID Y402771(8) 電話 9472 6150 | ======= | 持證人：陳志明 HKID Y402771（8） 電話 +852 9472 6150 | >>>>>>> fix/fullwidth
        +customer.name=\\u8449\\u4f69\\u73ca | +customer.phone=6138 2974 | +customer.note=\\u9000\\u6b3e\\u672a\\u5165\\u5e33
        審查：測試快照裡有張家豪的真實病歷，第二型糖尿病、胰島素每晚 12 單位，第 133 行，請換成假資料再合併。
        +  lineId: "peihan_0815"  # 許珮涵 客訴：退款 NT$3,280 兩週未入帳
        -  address: "台北市大安區復興南路一段219巷8號3樓"  // 收件人 吳承翰 0975-203-881
        @@ -7,2 +7,2 @@ | -  申請人: 梁嘉欣, HKID: P163905(A), 地址: 九龍深水埗長沙灣道303號12樓B室 | +  申請人: {{ name }}, HKID: {{ hkid }}, 地址: {{ address }}
        Revert "暫時寫死 F134820754 讓蔡明哲可以登入測試環境"
        From: =?UTF-8?B?6YSt5b+X5YGJ?= <cheng.chihwei0527@gmail.com> | Subject: [PATCH] 修正發票載具條碼驗證
    """),
    "ms": _lines("""
        -  "no_kp": "880514-10-5237", "nama": "Muhammad Hafiz bin Roslan", | +  "no_kp": "000000-00-0000", "nama": "Pengguna Ujian",
        Tolong buang data sebenar dalam fixture: Siti Khadijah binti Osman, MyKad 920307-14-6618, telefon 013-482 7719. Dia pelanggan betul cawangan Cheras.
        <<<<<<< HEAD | alamat: "No. 23, Jalan Melati 4, Taman Sri Muda, 40400 Shah Alam, Selangor" | ======= | alamat: "23 Jln Melati 4, Tmn Sri Muda, 40400 Shah Alam" | >>>>>>> betulkan/alamat | # pelanggan: Encik Kamal Ariffin bin Yusof
        nit: akaun 1640 2210 9876 (Maybank, atas nama Rajesh a/l Subramaniam) dalam ujian payout tu akaun sebenar, tukar kepada nombor palsu sebelum merge.
        +Nurul Izzati binti Hamdan <izzati.hamdan@yahoo.com> <n.izzati@vendor.example.my>
        +  PEMILIK_NAMA: TGltIENoZWUgS2Vvbmc= | +  PEMILIK_MYKAD: NzUwOTIxLTA3LTUwOTM=
        +  plat: 'WXY 4821'  # kereta Puan Noraini binti Zakaria, saman parkir RM300 belum bayar
        Buang laporan makmal Nur Aina binti Rahim (positif denggi, wad 7, Hospital Kuala Lumpur) yang tersalah commit dalam tests/data/
        Azrul Hakim bin Saiful (Telegram @azrulhakim_92) cuti sampai 20 Dis sebab isteri baru bersalin, jadi review PR ni saya ambil alih.
        -  kad: "5425 1873 9064 2214", pemegang: "KAVITHA A/P MUNIANDY", tamat: "03/28"
    """),
    "mixed": _lines("""
        bro 这个 fixture 里 Tan Wei Ling 的 IC 010623-01-0284 是真的 leh，her mum 刚才打电话来 complain 了
        LGTM 除咗第 30 行：`owner_email: chloe.ng.hk@gmail.com` 係 Chloe Ng 嘅私人郵箱，改做 ops@example.com
        Eh the seeder still got Ahmad Faizal bin Mokhtar punya passport A38294716, tarikh luput 2027-04 pun ada. Please scrub sebelum merge.
        -  "contact": "QQ 1048273651 / 冯佳琪 / 杭州市西湖区文三路 90 号" | +  "contact": "{{ contact }}"
        +  worker: { name: "RAHMAN ABDUL KADER", fin: "G5147093T", permit: "construction", dorm: "Tuas South Dormitory Blk 3 L2" }
        +curl -X POST /v1/payees -d 'name=Nurul%20Aisyah%20binti%20Kamarudin&ic=960830086402&mobile=0176293058'
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a senior engineer helping with git problems."),
        (
            "user",
            "Help me resolve this conflict: <<<<<<< HEAD | billing_name: 'Vanessa Goh Pei Shan' | phone: '9651 0472' | ======= | billing_name: 'Vanessa Goh' | phone: '+65 9651 0472' | >>>>>>> main",
        ),
        (
            "assistant",
            "Both sides describe the same record; keep the full name and the E.164 phone format. Before you commit, though: is this real customer data in a fixture?",
        ),
        (
            "user",
            "yeah it's her actual account, she's our landlord's daughter lol. I'll keep main's version then.",
        ),
    ],
    [
        ("user", "怎么用 git filter-repo 把 data/users.csv 从所有历史里删掉？"),
        (
            "assistant",
            "可以用：git filter-repo --path data/users.csv --invert-paths，然后强制推送并通知所有人重新克隆。",
        ),
        (
            "user",
            "好的。主要是里面有我同事钱卫东的身份证 310115198509234619 和他家地址，浦东新区锦绣路 2580 弄 7 号 1201，被他发现就麻烦了。",
        ),
    ],
    [
        ("user", "Boleh semak diff ni? -  ic: '830112-13-5571' | +  ic: maskIc(row.ic)"),
        (
            "assistant",
            "Perubahan ni betul arah, tapi baris yang dibuang masih ada nombor MyKad penuh dalam sejarah git. Itu milik siapa?",
        ),
        (
            "user",
            "Itu IC Encik Jonathan Anak Jugah, pelanggan kami di Kuching. Dia yang minta kami buang.",
        ),
    ],
    [
        (
            "user",
            "幫我看這個 patch：+  const demoUser = { id: 'E210567386', name: '王淑芬', birthday: '1987-05-14' };",
        ),
        ("assistant", "建議不要在程式碼裡放看起來像真實身分證字號的值。這是測試資料嗎？"),
        ("user", "不是，是我阿姨的，她的帳號被鎖了我想直接重現。她手機 0910-662-437。"),
    ],
    [
        (
            "user",
            "What does this decode to? It's from a Secret someone committed: +  ADMIN_CONTACT: T25nIEJvb24gSG9jaw==",
        ),
        ("assistant", "That base64 decodes to the plain string 'Ong Boon Hock'."),
        (
            "user",
            "ok and the next line is +  ADMIN_IC: NjkwNDA1LTAzLTUxMjk= , so that's his IC number too right? he's our uncle who runs the kedai, we should rotate this",
        ),
    ],
    [
        (
            "user",
            "Our reviewer left: 'line 12 of tests/test_sms.py sends to a real number'. The line is send_sms('+852 5403 8817', 'OTP 482913')",
        ),
        (
            "assistant",
            "Replace it with a number from a test range or a stubbed SMS client so CI never reaches a real handset.",
        ),
        (
            "user",
            "right, that's Kelvin Chan's own mobile, he's been getting our OTPs every night at 3am since November",
        ),
    ],
    [
        (
            "user",
            "帮我解决冲突：<<<<<<< HEAD | 病历号: MR-2024-33107 | 诊断: 乳腺结节 4a 类 | ======= | 病历号: MR-2024-33107 | 诊断: 乳腺结节 BI-RADS 4a | >>>>>>> main",
        ),
        ("assistant", "两边只是写法不同，保留 BI-RADS 4a 这个规范写法即可。"),
        (
            "user",
            "这条是沈佳怡的，身份证 33010619881130526X，测试库里就她一条真实数据，合并完我再删。",
        ),
    ],
    [
        (
            "user",
            "Can you review this? +  rider: { name: 'Suresh a/l Ganesan', phone: '019-264 8813', plate: 'JQT 7205' }",
        ),
        (
            "assistant",
            "The shape is fine, but those look like real values. Fixtures should use placeholders.",
        ),
        (
            "user",
            "they are real, he's our best delivery rider in Johor Bahru, got 3 speeding summons last month so ops wants to track him",
        ),
    ],
    [
        (
            "user",
            "Why does my Luhn test fail on 6259 0733 1208 4629? The reviewer says it should pass.",
        ),
        (
            "assistant",
            "It does pass Luhn; check whether your function strips spaces before summing.",
        ),
        (
            "user",
            "ah the spaces. btw that's Ng Siew Ling's real UnionPay card from the support ticket, I copied it from her email",
        ),
    ],
    [
        (
            "user",
            "git blame says tests/fixtures/hr.yml line 4 was added by 'hsu.weiting'. The line: salary_review: { staff: 'Hsu Wei-Ting', idNo: 'H129073647' }",
        ),
        ("assistant", "Blame only tells you who committed it. Is that ID number real?"),
        (
            "user",
            "yes, it's his real one. HR also put in his 2025 raise, NT$4,500 a month, which he doesn't even know about yet",
        ),
    ],
    [
        (
            "user",
            "lepas rebase ada konflik dalam seed: <<<<<<< HEAD | pelajar: 'Muhammad Danish bin Azman' | ======= | pelajar: 'M. Danish Azman' | >>>>>>> main",
        ),
        (
            "assistant",
            "Pilih satu bentuk nama yang konsisten; biasanya nama penuh seperti dalam MyKad.",
        ),
        (
            "user",
            "ok guna nama penuh. MyKad dia 050219-12-0947, pelajar tahun 1 UMS, mak dia yang daftar akaun.",
        ),
    ],
]
