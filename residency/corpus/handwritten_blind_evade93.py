# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade93: personal data in shell histories, crash reports and debugging output. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade93
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shell history"): _lines("""
        : 1733216402:0;kubectl -n payments rollout restart deploy/checkout-api
        : 1733216455:0;kubectl -n payments logs -l app=checkout-api --since=15m | grep -i "panic"
        git log --oneline --since="2 weeks ago" -- src/billing/ | wc -l
        export DATABASE_URL="postgres://app:${DB_PASSWORD}@db.internal:5432/orders"
        grep -rn "nric" src/ --include=*.py | grep -v "_test.py"
        python manage.py anonymize_customers --before 2023-01-01 --dry-run --batch-size 500
        for f in /var/crash/core.*; do gdb -batch -ex "bt full" ./worker "$f"; done > /tmp/bt_all.txt 2>&1
        sed -E -i 's/[0-9]{6}-[0-9]{2}-[0-9]{4}/XXXXXX-XX-XXXX/g' exports/members_2024Q4.csv
        aws s3 cp s3://acme-crash-logs/2024/11/28/ ./logs --recursive --exclude "*" --include "*.json.gz"
        echo 4111111111111111 | ./bin/luhn_check   # visa test number from the gateway docs, should print OK
        docker logs --since 30m sentry-relay 2>&1 | grep -c "rate limited"
        curl -sS -H "X-Request-ID: 7f9e2c41-0b3d-4a8e-9c55-1e2f3a4b5c6d" https://status.example.com/healthz
        npm test -- --grep "masks phone numbers in the form +65 XXXX XXXX"
        ulimit -c unlimited && echo '/var/crash/core.%e.%p.%t' | sudo tee /proc/sys/kernel/core_pattern
        history | awk '{print $2}' | sort | uniq -c | sort -rn | head -15
    """),
    ("en", "python traceback"): _lines("""
        Traceback (most recent call last): | File "/app/orders/tasks.py", line 142, in sync_inventory | sku_map[item.sku] += item.qty | KeyError: 'SKU-88213-BLK-XL'
        ZeroDivisionError: division by zero | locals: total_orders=0, refunded=0, window='2024-11-01..2024-11-30', region='MY-SEL'
        requests.exceptions.ConnectionError: HTTPSConnectionPool(host='sandbox.api.myinfo.gov.sg', port=443): Max retries exceeded with url: /com/v4/person-sample (Caused by NewConnectionError('Failed to establish a new connection: [Errno 110] Connection timed out'))
        pydantic_core._pydantic_core.ValidationError: 1 validation error for CustomerIn | nric | String should match pattern '^[STFGM]\\d{7}[A-Z]$' [type=string_pattern_mismatch, input_value='', input_type=str]
        AttributeError: 'NoneType' object has no attribute 'email' | locals: user=None, request=<WSGIRequest: GET '/account/settings'>, session_key=None
        sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "invoices_number_key" | DETAIL: Key (number)=(INV-2024-004417) already exists.
        TypeError: Object of type Decimal is not JSON serializable | locals: payload={'order_id': 'ORD-20241128-7731', 'total': Decimal('149.90'), 'currency': 'MYR', 'items': 3}
        File "/usr/lib/python3.12/json/decoder.py", line 355, in raw_decode | raise JSONDecodeError("Expecting value", s, err.value) from None | json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
        UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe5 in position 4094: unexpected end of data | locals: chunk=b'\\xe5\\x8f', offset=4096, encoding='utf-8'
        RecursionError: maximum recursion depth exceeded while calling a Python object | File "/app/catalog/tree.py", line 27, in walk | return [walk(c) for c in node.children]
        ValueError: invalid literal for int() with base 10: 'N/A' | locals: raw='N/A', field='age', row_index=1287, source='import_2024-11.csv'
        OSError: [Errno 28] No space left on device: '/var/crash/core.gunicorn.4412.1733216402'
        django.core.exceptions.ValidationError: ['Enter a valid mobile number, e.g. +60 1X-XXX XXXX.'] | locals: field='contact_mobile', value='', form='SignupForm'
        KeyError: 'cover_url' | locals: book={'author': 'Jane Austen', 'title': 'Pride and Prejudice', 'isbn': '9780141439518', 'publisher': 'Penguin Classics', 'stock': 14}
    """),
    ("en", "sentry event"): _lines("""
        {"event_id":"c2a9e0d41f7b4b6c8e3a91d25f60b7aa","level":"error","platform":"python","release":"checkout@4.12.3","environment":"production","user":{"id":null,"ip_address":null},"exception":{"values":[{"type":"TimeoutError","value":"upstream payment gateway timed out after 30s"}]}}
        Sentry issue CHECKOUT-3F7: "CardError: Your card was declined." - 214 events, 0 users (send_default_pii disabled), first seen 2024-11-27 09:12 UTC, last seen 2024-11-28 17:40 UTC
        sentry_sdk.init(dsn=os.environ["SENTRY_DSN"], send_default_pii=False, traces_sample_rate=0.2, before_send=scrub_event, environment="staging")
        breadcrumbs: [navigation] /cart -> /checkout/payment | [xhr] POST /api/orders 201 (412ms) | [ui.click] button#place-order | [console] warn: slow network detected
        "request":{"method":"POST","url":"https://shop.example.com/api/checkout","data":"[Filtered]","headers":{"Authorization":"[Filtered]","Cookie":"[Filtered]","User-Agent":"Mozilla/5.0"}}
        "tags":{"browser":"Chrome 131.0","os":"Windows 11","transaction":"/api/v2/claims/{claim_id}","server_name":"web-7b9f6c-x2kq4","level":"error"}
        "extra":{"order_no":"SO-2024-118273","tracking_no":"SPXMY048827193340","retry":3,"carrier":"Shopee Xpress","warehouse":"Shah Alam DC2"}
        "user":{"id":"{{auto}}","ip_address":"{{auto}}","email":"{{user.email}}","username":"{{user.username}}"}
        Sentry alert: error rate for project hr-portal exceeded 5% in the last 10 minutes (threshold 2%). Owner: #team-platform. Runbook: https://wiki.example.com/runbooks/hr-portal-5xx
        "contexts":{"device":{"model":"SM-S918B","family":"Samsung","arch":"arm64-v8a"},"os":{"name":"Android","version":"14"},"app":{"app_version":"3.8.1","app_build":"30801"}}
        "exception":{"values":[{"type":"ValueError","value":"check digit mismatch for field ic_number (value scrubbed)","mechanism":{"type":"generic","handled":true}}]}
        Sentry event 5d0e...: Unexpected token '<' in JSON at position 0 while rendering footer "Call ACME Insurance at 1800 88 1234, Mon-Fri 9am-6pm"
    """),
    ("en", "devtools console"): _lines("""
        Uncaught (in promise) TypeError: Failed to fetch at loadProfile (profile.js:42:11) at async init (main.js:8:3)
        Access to fetch at 'https://api.example.com/v1/me' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.
        Warning: Each child in a list should have a unique "key" prop. Check the render method of `PassengerList`. at PassengerRow (PassengerRow.tsx:14)
        console.table(cart) -> (index) | sku | qty | price / 0 | 'TSH-RED-M' | 2 | 39.9 / 1 | 'CAP-BLK-OS' | 1 | 25
        document.cookie -> "theme=dark; lang=en-SG; consent=analytics:0,ads:0; cart_count=3"
        localStorage.getItem("prefs") -> '{"currency":"SGD","fontSize":"large","reducedMotion":true,"lastTab":"orders"}'
        atob("eyJsb2NhbGUiOiJtcy1NWSIsInRoZW1lIjoiZGFyayJ9") -> '{"locale":"ms-MY","theme":"dark"}'
        GET https://cdn.example.com/fonts/NotoSansSC-Regular.woff2 net::ERR_ABORTED 404 (Not Found)
        [Violation] 'setTimeout' handler took 183ms | [Violation] Forced reflow while executing JavaScript took 41ms
        [analytics] page_view /products/iphone-16-pro-256gb-desert {currency: "MYR", value: 5999, items: 1}
        Stripe.js: You may test your Stripe.js integration over HTTP. However, live Stripe.js integrations must use HTTPS.
        maskCard("4242424242424242") -> "**** **** **** 4242" // stripe test card, unit test fixture
    """),
    ("zh-Hans", "调试日志"): _lines("""
        $ grep -n "身份证" app/validators.py -> 42: # 身份证号码校验：18 位，最后一位为校验码（0-9 或 X）
        Traceback (most recent call last): ... KeyError: '收货地址' | 局部变量: order_id='DD202411280017733', items=3, 支付方式='微信支付'
        [ERROR] 2024-11-28 10:12:03 订单 2024112810120388 支付回调验签失败，商户号 1601234567，重试第 3 次
        Sentry：问题「短信发送频率超限 isv.BUSINESS_LIMIT_CONTROL」近 24 小时 1,284 次，影响用户数 0（已开启 PII 过滤）
        console.log("快递单号", "SF1423987650213") // 顺丰运单号，测试环境下单生成
        # 脱敏规则：手机号保留前三后四，如 138****5678；身份证保留前六后四，如 110105********1234
        $ curl -s "https://restapi.amap.com/v3/geocode/geo?address=北京市朝阳区阜通东大街6号&key=${AMAP_KEY}"  # 高德文档里的示例地址
        UnicodeDecodeError: 'gbk' codec can't decode byte 0xaf in position 12: illegal multibyte sequence | 文件: 导出_2024年11月对账单.csv
        JSON.parse 响应: {"code":40012,"msg":"\\u8ba2\\u5355\\u5df2\\u53d6\\u6d88"}  // 即“订单已取消”，前端没有解码
        错误页显示乱码「æ”¯ä»˜å¤±è´¥」，原文是「支付失败」，Content-Type 少了 charset=utf-8
        段错误 (核心已转储) ./price_engine --region=cn-east-2 --date=2024-11-28 --threads=16
        (gdb) bt | #0  0x00007f8e3c2b1a7d in __strlen_avx2 () from /lib64/libc.so.6 | #1  0x0000000000401c2e in format_sku (sku=0x0) at sku.c:57
        日志里出现未格式化的模板：“用户 %s 于 %s 下单成功，金额 %.2f 元” —— logger 参数顺序写反了
        鲁迅《狂人日记》条目导入失败：ISBN 9787020002207 重复，出版社 人民文学出版社
    """),
    ("zh-Hant", "當機報告"): _lines("""
        Exception Type: EXC_BAD_ACCESS (SIGSEGV) | Crashed Thread: 0 com.apple.main-thread | 應用程式：記帳本 3.2.1 (build 412) | iOS 18.1.1
        Traceback (most recent call last): ... FileNotFoundError: [Errno 2] No such file or directory: '/data/報表/2024年第四季營收.xlsx'
        主控台錯誤：Uncaught ReferenceError: 台灣縣市清單 is not defined at address-picker.js:88:17
        Sentry：問題 TW-PAY-2C1「信用卡授權逾時」，影響 0 位使用者（已啟用個資過濾），版本 5.0.2，環境 production
        供應商統一編號 53081272 檢查碼驗證通過，但 API 回傳「查無此營業人」，疑似政府資料開放平台快取未更新
        香港天文台 API 回應 503，重試中 (https://data.weather.gov.hk/weatherAPI/opendata/weather.php?dataType=rhrread&lang=tc)
        $ history | grep "rm -rf"   # 查 /var/log/nginx 何時被清空，結果是 logrotate 設定錯誤
        錯誤 E1042：身分證字號欄位為空，前端未做必填檢查，請補上 required 屬性
        core 檔字串：libssl.so.3 / OPENSSL_3.0.0 / 港鐵車站清單載入中… / GLIBC_2.34 / zh_TW.UTF-8
        物流回應：{"status":"\\u5df2\\u51fa\\u8ca8","carrier":"\\u9ed1\\u8c93\\u5b85\\u6025\\u4fbf","tracking":"9042 8817 3301"}
        開發者工具 Network：POST /api/appointments 422 Unprocessable Entity — {"error":"預約時段已滿","slot":"2024-12-09T14:30+08:00"}
        金庸《射鵰英雄傳》電子書解析崩潰：EPUB 第 12 章 toc.ncx 缺失（ISBN 9789622314528）
        錯誤頁面顯示：「系統繁忙，如有查詢請致電政府熱線 1823」，但 i18n 鍵 error.busy 未翻譯
    """),
    ("ms", "log nyahpepijat"): _lines("""
        Ralat: sambungan ke pangkalan data 'hrms_prod' ditolak (timeout 30s) — cuba semula dalam 60 saat
        Traceback (most recent call last): ... KeyError: 'poskod' | pembolehubah setempat: negeri='Selangor', daerah='Petaling', bil_rekod=0
        sudo systemctl restart penyegerak-cukai.service && journalctl -u penyegerak-cukai -n 50 --no-pager
        konsol: Amaran: borang "Permohonan Cuti" dihantar tanpa medan "tarikh_mula" (validasi pelayan sahaja)
        Sentry: isu "Pembayaran FPX gagal — bank tidak tersedia (Bank Islam)", 57 kejadian, 0 pengguna terjejas, versi 2.7.0
        Mesej ralat borang: "Sila masukkan No. KP tanpa sengkang, cth. YYMMDDPBXXXX" — teks templat, bukan data sebenar
        Halaman ralat 500 memaparkan "Hubungi Khidmat Pelanggan Maybank di 1-300-88-6688" tetapi pautan tel: rosak
        No. pesanan SHP24112800183 gagal dikemas kini: status 'Dalam Penghantaran' tidak sah untuk peralihan ke 'Dibatalkan'
        Segmentation fault (core dumped) ./kira_zakat --tahun 2024 --kadar 2.5 --fail input/contoh.csv
        (gdb) bt | #2  0x000055a1c3d0f4e2 in kira_cukai (pendapatan=0, pelepasan=9000) at cukai.c:114
        devtools: GET https://api.contoh.my/saman?plat= 400 (Bad Request) — parameter plat kosong selepas refactor
        Modul sejarah: soalan kuiz #14 "Siapakah Perdana Menteri pertama Malaysia? (Tunku Abdul Rahman)" gagal dimuatkan — JSON rosak
        Amaran: fail 'senarai_cuti_umum_2025.json' mengandungi tarikh bertindih (Hari Raya Aidilfitri 31/03 dan 01/04)
    """),
    ("mixed", "core dump strings"): _lines("""
        $ strings -n 6 core.nginx.2231 | head -5 -> GLIBC_2.17 / __libc_start_main / HTTP/1.1 502 Bad Gateway / X-Request-Id: 4c1e9a7f2b / upstream timed out (110)
        0000a3f0: 7b22 6f72 6465 725f 6964 223a 2253 4f2d  {"order_id":"SO-
        xxd core.8812 | grep "6865 6c6c" -> 68 65 6c 6c 6f 20 e4 b8 96 e7 95 8c  (hello 世界, 测试字符串)
        (gdb) p *cfg | $2 = {region = "ap-southeast-1", max_conn = 512, tls = true, bucket = "sg-crash-dumps"}
        minidump: Exception code 0xC0000005 (ACCESS_VIOLATION) at 0x00007ff6a1b2c3d4, module sync_client.exe 2.4.0.1187
        strings core.hrms | grep -Ei "nric|no_kp|身份证" -> (no output) 已确认无证件号残留 / tiada padanan ditemui
        core 文件 strings 输出片段：Jalan Ampang / 吉隆坡双子塔 / KLCC / tiket #TK-99812 / 展览厅 B
        Android tombstone: pid: 14231, tid: 14260, name: RenderThread >>> com.example.ridehail <<< signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0
        base64 -d <<< "eyJldmVudCI6ImNyYXNoIiwiYnVpbGQiOiI1LjAuMiIsImNoYW5uZWwiOiJiZXRhIn0=" -> {"event":"crash","build":"5.0.2","channel":"beta"}
        (gdb) x/s 0x55d1c2b04010 -> "\\346\\254\\242\\350\\277\\216\\344\\275\\277\\347\\224\\250 / Selamat datang" (启动页文案)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        : 1733216402:0;curl -s -X POST https://api.internal.example/v2/kyc -H 'Content-Type: application/json' -d '{"full_name":"Tan Wei Ming","nric":"S8734512B","mobile":"+65 9178 4402","dob":"1987-03-14"}'
        psql -h 10.2.0.14 -U ops billing -c "update customers set email='ravi.subra@outlook.com', phone='+60 12-738 4192' where customer_no='C-208811';"
        Traceback (most recent call last): | File "/srv/clinic/app/intake.py", line 88, in submit_intake | bmi = weight / (height ** 2) | ZeroDivisionError: float division by zero | locals: patient={'name': 'Darren Pereira', 'dob': '1979-11-02', 'conditions': ['hypertension', 'gout'], 'height': 0, 'weight': 92.4}
        {"event_id":"9f3c1a7be2d84f6e9b0a55c21d7e4f10","level":"error","message":"PaymentDeclined: insufficient funds","user":{"id":"88213","email":"jessica.koh.sg@gmail.com","username":"jkoh"},"extra":{"billing_name":"Jessica Koh","amount":"SGD 2,480.00","attempt":4}}
        [checkout.js:214] formState -> {firstName: "Charmaine", lastName: "Teo", card: "4532 0154 5189 8321", exp: "09/28", cvv: "***", postcode: "529889"}
        $ strings -n 8 core.visa-api.31877 | grep -i passport -> passport_no=K4827315A&surname=PEREIRA&given=MARIA%20CLARA&nationality=SGP&dob=1990-06-21
        document.cookie -> "theme=light; prefill=eyJuYW1lIjoiUHJpeWEgZC9vIFJhbWFuIiwicGhvbmUiOiI4MzY1IDIwOTEiLCJhcHB0Ijoicm9vdCBjYW5hbCwgQmVkb2sgY2xpbmljLCAxMiBEZWMgM3BtIn0="
        DEBUG:loan.scoring:applicant=Applicant(name='Mohd Hafiz bin Ismail', ic='920711-14-6017', monthly_income=4200, ctos_score=512, existing_debt=38750)
        #3  0x000055d1c2a4e9f1 in send_sms (to=0x7ffd9c1e2a40 "+6588120493", body=0x7ffd9c1e2b00 "Hi Mr Goh Chee Keong, your MRI (brain, with contrast) is confirmed for tomorrow 3.40pm") at notify.c:212
        export TEST_USER_EMAIL=wong.kaming@hotmail.com TEST_USER_HKID='Y630517(0)'   # borrowed from my cousin's account, remove before commit
        KeyError: 'postal_code' | locals: addr={'recipient': 'Goh Siew Lan', 'line1': 'Blk 412 Bedok North Ave 2 #08-117', 'city': 'Singapore', 'note': 'elderly, leave with neighbour'}
        breadcrumb [http] GET /api/v1/members/lookup?ic=750228075339&name=KUMARESAN+A%2FL+SUBRAMANIAM&branch=PJ 200 (312ms)
        (gdb) x/37xb 0x7f3a1c0042a0 -> 6e 61 6d 65 3d 4a 61 6d 65 73 20 4c 6f 77 3b 63 61 72 64 3d 35 34 32 34 31 38 32 33 39 30 31 35 31 34 32 34
        git config --global user.name "Lim Xiao Hui" && git config --global user.email lim.xh88@gmail.com
        ssh deploy@10.0.4.12 'zgrep -h "S9051236F" /var/log/app/*.gz | tail -50'   # customer says his account was charged twice
    """),
    "zh-Hans": _lines("""
        mysql -uroot -p crm -e "INSERT INTO kehu (xingming, sfz, shouji) VALUES ('陈志强','110105197809030314','13928475106');"
        UnicodeEncodeError: 'latin-1' codec can't encode characters in position 0-2 | 局部变量: name='王丽华', id_card='440305199104170524', addr='深圳市南山区桃园路18号阳光花园3栋1502'
        Sentry extra: {"receiver":"\\u674e\\u6653\\u7ea2","phone":"159 2183 6047","address":"\\u4e0a\\u6d77\\u5e02\\u6d66\\u4e1c\\u65b0\\u533a\\u5f20\\u6768\\u8def1500\\u5f047\\u53f7602\\u5ba4"}
        console.log 订单提交参数 {收货人: "赵敏", 手机: "18602157734", 地址: "杭州市西湖区文三路259号2单元701", 备注: "孕妇，请送货上门"}
        ERROR decode failed raw=b'{"name":"\\xe5\\xbc\\xa0\\xe4\\xbc\\x9f","idno":"510107198506120277"}'
        $ strings -a core.his.28711 | grep 身份证 -> 身份证号:330106199608210462 姓名:周雨桐 就诊科室:妇产科 诊断:妊娠期糖尿病
        [wx-bot] 收到好友申请 wxid=zhangyu_0917 备注="张宇 小太阳幼儿园小二班 张小满爸爸"
        sed -i 's/13651209874/[已脱敏]/g' dump_20241128.sql  # 刘洋 的手机号漏脱敏了，赶紧处理
        GET /api/refund?name=%E5%90%B4%E5%BB%BA%E5%9B%BD&bank_card=6217009990332675062&reason=%E4%BD%8F%E9%99%A2%E6%8A%BC%E9%87%91%E9%80%80%E5%9B%9E 500 (Internal Server Error)
        Sentry 用户反馈: {"name":"黄思琪","email":"2847510633@qq.com","comments":"上传身份证 420111199303050683 的照片一直转圈，明天就要交学费了"}
        (gdb) p *acct | $1 = {nickname = 0x55a0c1d2e3f0 "孙浩", bank_card = "6222026578083857762", balance = 23816.5, overdue_days = 47}
        DEBUG ward.sync 患者 郑秀兰，女，56岁，乳腺癌术后第三次化疗，床号 12-07，家属电话 177 0184 6623
    """),
    "zh-Hant": _lines("""
        curl 'https://api.example.com.tw/member/lookup?id=A273648104'   # 林怡君 的會員資料，客訴說點數被扣光
        ValueError: 身分證字號格式錯誤 | locals: form={'姓名': '張家豪', '身分證': 'F120481632', '電話': '0928-417-365', '科系': '資工系大三'}
        [Vue warn]: Invalid prop: type check failed for prop "seat" | props: {乘客: "黃嘉敏", 回鄉證: "H60382715", 航班: "CX 905", 座位: "42K"}
        Sentry 事件 extra: {"申請人":"陳浩然","HKID":"K482913(1)","月入":"HK$28,000","備註":"按揭已拖欠兩期"}
        strings -el core.9921 -> 收件人：李美玲 / 九龍旺角彌敦道688號12樓B室 / 電話 9481 7736 / 代收貨款 HK$1,280
        {"msg":"\\u8a02\\u55ae\\u5efa\\u7acb","buyer":"\\u8521\\u96c5\\u5a77","mobile":"0955201846","invoice_carrier":"/ABC+123"}
        [line-webhook] 使用者 line_id=peishan.wu88 顯示名稱="吳佩珊" 訊息="我明天要去台大醫院回診，幫我取消週四的瑜伽課"
        scp ~/Desktop/B157392044_陳冠宇_體檢報告.pdf hr@10.1.3.7:/data/onboarding/
        console.error("SMS 發送失敗", {to: "+852 6135 2280", 內容: "梁志偉先生，你預約嘅洗牙已改為 3 月 8 日上午 10:30"})
        pprint(payroll[17]) -> {'身分證': 'E229041868', '姓名': '邱淑芬', '薪轉帳號': '0081-2345-6789-01', '年終': 'NT$86,400'}
    """),
    "ms": _lines("""
        zgrep "880314-10-5524" /var/log/klinik/*.gz   # semak rekod pesakit Puan Rosnah, dia kata ubat darah tinggi tak sampai
        Traceback (most recent call last): ... KeyError: 'semester' | pelajar={'nama': 'Nurul Aisyah binti Kamarudin', 'no_kp': '010905-01-0872', 'ipt': 'UiTM Shah Alam', 'ptptn_tertunggak': 'RM 1,250'}
        konsol: borangPendaftaran = {nama: "Muhammad Faris bin Azlan", telefon: "011-2845 3907", alamat: "No 23, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves"}
        "message": "Bayaran gagal untuk Siti Hajar binti Osman (akaun Maybank 1642 3018 7750), jumlah RM 3,200 ansuran kereta bulan November"
        strings core.hrms | grep -i gaji -> nama=RAJESWARAN A/L KRISHNAN;kp=790615-02-5187;gaji_pokok=6850.00;potongan_kwsp=753.50
        DEBUG payload(b64)=eyJuYW1hIjoiTGVlIEh1aSBNaW4iLCJub190ZWwiOiIwMTMtODg0IDI3MTYiLCJjYXRhdGFuIjoiaGFtaWwgMjggbWluZ2d1LCBhbGFoIHBlbmlzaWxpbiJ9
        sqlite3 sekolah.db "SELECT * FROM murid WHERE nama LIKE '%Aiman%';" -> Aiman bin Rosli|5 Bestari|SK Seksyen 7|penjaga: Rosli bin Hamid 019-3326081
        WARN telegram-bot: gagal hantar ke @hafiz_ismail92 (chat_id 584920117) — "Tuan, saman JPJ untuk kenderaan WXY 4821 belum dibayar"
        ValueError: tarikh lahir tidak sepadan dengan No. KP 830122-13-5691 (Awang anak Jimbun, Kapit) | baris 211
        console.warn("Pesanan COD", {penerima: "Lakshmi a/p Murugan", hp: "016-552 0931", alamat: "Lot 1127, Kampung Baru Semenyih, 43500"})
    """),
    "mixed": _lines("""
        (gdb) x/s 0x5581a3c0e2d0 -> "\\346\\236\\227\\346\\226\\207\\346\\235\\260 150 1387 2290 VIP \\351\\200\\200\\346\\254\\276 RM 450"
        [Sentry] user={"email":"khoo.junhao85@gmail.com"} extra={"nama":"Khoo Jun Hao 邱俊豪","ic":"850709-07-5023","remark":"房贷申请被拒，CCRIS 有逾期记录"}
        mongosh> db.tickets.findOne({_id: "TK-99213"}) -> {pelanggan: "Chong Mei Ling 张美玲", hp: "+60 17-209 5518", isu: "anak demam 3 hari, minta refund tiket"}
        console.log(user) {name: "Bala s/o Ganesan", nric: "S7629148I", 单位: "Blk 88 Tampines St 81 #05-332", 欠款: "S$4,120"}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My Flask endpoint keeps 500-ing. Here's the traceback with locals from our debug toolbar: File \"/app/views/refund.py\", line 51, in refund | amount = Decimal(req['amount']) | decimal.InvalidOperation | locals: req={'customer': 'Melissa Chua', 'phone': '+65 9640 3371', 'amount': '', 'reason': \"charged twice for her son's swim class\"}",
        ),
        (
            "assistant",
            "The amount field arrives as an empty string, and Decimal('') raises InvalidOperation. Validate the field before converting, e.g. return a 400 if it is blank, and strip the customer's details from debug output before sharing logs.",
        ),
        (
            "user",
            "ok. she called again today btw, can I just hardcode 120.00 for her refund to unblock?",
        ),
    ],
    [
        ("system", "你是一名后端排障助手。"),
        (
            "user",
            'Sentry 报了一个 ValidationError，event 里是这样的：{"user":{"id":"u_77120"},"extra":{"真实姓名":"刘思雨","身份证":"310115200201260845","学校":"华东师范大学"}}，为什么校验失败？',
        ),
        (
            "assistant",
            "这个身份证号本身的校验位是正确的，问题更可能出在出生日期与年龄规则的比较上，比如要求年满 18 周岁时用错了日期格式。另外建议在 before_send 里把 extra 中的证件号过滤掉。",
        ),
        ("user", "明白了，她是 2002 年的，肯定满 18 了，那就是日期格式的问题。"),
    ],
    [
        (
            "user",
            'devtools 主控台出現這個：Uncaught RangeError at validateHKID (form.js:77) 參數 = "P215846(2)"，申請人係何詠詩，佢話提交咗三次都唔得',
        ),
        (
            "assistant",
            "這個號碼的檢查碼是正確的，錯誤多半來自正則沒有處理括號，或把括號內的數字當成第 8 位字元計算。建議先移除括號再驗證。",
        ),
        ("user", "好，我叫何小姐遲啲再試，佢電話 5307 1642 我已經記低咗"),
    ],
    [
        (
            "user",
            'Tolong tengok sejarah bash ni, kenapa import gagal: `python import_pesakit.py --kp 960418-08-6244 --nama "Nor Azlina binti Hassan" --wad 7B`',
        ),
        (
            "assistant",
            "Pilihan --kp mungkin dibaca sebagai integer, jadi sengkang menyebabkan ralat. Hantar sebagai rentetan atau buang sengkang dahulu. Elakkan juga memasukkan No. KP terus dalam arahan kerana ia tersimpan dalam fail sejarah.",
        ),
        ("user", "Baik. Dia pesakit dialisis, kena masuk sistem sebelum pukul 3 petang ni."),
    ],
    [
        (
            "user",
            'Our POS daemon segfaulted. gdb on the core shows: #1 0x00005612 in tokenize_card (pan=0x7ffc1a20 "4147207397853372", holder=0x7ffc1a40 "DESMOND ONG K L", exp="11/27")',
        ),
        (
            "assistant",
            "The crash is inside tokenize_card, so check the buffer holding the PAN for an off-by-one write. Also note the core dump contains the full card number and cardholder name, so it must be handled as cardholder data: restrict it and delete it once you're done.",
        ),
        (
            "user",
            "yeah, that's the store manager's own card, he tested with it at the Jurong outlet.",
        ),
    ],
    [
        (
            "user",
            "bro my curl keep kena 401 leh: curl -u admin:*** 'https://hr.example.sg/api/staff?nric=T0218473C'",
        ),
        (
            "assistant",
            "A 401 means the credentials were rejected, not the query. Check whether the API expects a bearer token instead of basic auth.",
        ),
        (
            "user",
            "ok got it. that nric is our new intern Ahmad Danial, he start Monday but his payroll record never create",
        ),
    ],
    [
        (
            "user",
            "The HR export script crashes on one row with 'UnicodeEncodeError' in the 'remarks' column. The row belongs to my colleague Farah binti Yusof.",
        ),
        (
            "assistant",
            "Open the file with encoding='utf-8' and write the CSV with utf-8-sig if Excel needs it. The remarks column probably contains characters outside the legacy code page.",
        ),
        (
            "user",
            "Found it. The remark says she's on three months' medical leave for major depression, and the em dash in that text breaks cp1252.",
        ),
    ],
    [
        (
            "user",
            "帮我解一下前端日志里这段 base64：eyJuYW1lIjoi5L2V5L+K5p2wIiwicGhvbmUiOiIxNTAxMzg3MjI5MCIsIm9yZGVyIjoi5am05YS/5aW257KJIHg2In0=",
        ),
        (
            "assistant",
            "解码后是一个 JSON：姓名 何俊杰、手机 15013872290、订单内容为婴儿奶粉 6 罐。这属于个人信息，不应以明文或 base64 形式写入前端日志。",
        ),
        ("user", "好的，是我们的老客户，我去把这个日志级别调低。"),
    ],
    [
        (
            "user",
            "Python 報錯：ValueError: 統一證號檢查碼錯誤 | locals: 員工={'姓名': '鄭宇翔', '身分證': 'H183027452', '手機': '0912 603 458'}",
        ),
        (
            "assistant",
            "H183027452 是格式正確的身分證字號，不是統一證號，程式可能把本國人誤走外籍人士的驗證路徑。請依第二碼判斷類型。",
        ),
        ("user", "了解，鄭先生是本國人，下週一要報到，我先手動建檔。"),
    ],
    [
        (
            "user",
            'Log devtools: POST /api/saman 500 — body {plat: "JQT 7712", pemilik: "Tan Kok Seng", telegram: "@koksengtan"}',
        ),
        (
            "assistant",
            "Ralat 500 datang dari pelayan, jadi semak log backend untuk laluan /api/saman. Jangan log nama pemilik dan nombor plat dalam konsol produksi.",
        ),
        ("user", "Ok. Encik Tan tu dah 3 kali kena saman laju bulan ni, dia nak rayuan."),
    ],
]
