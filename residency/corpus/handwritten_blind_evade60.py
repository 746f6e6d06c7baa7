# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade60: personal data in API payloads, webhooks and tokens (JSON webhooks, GraphQL, JWT claims, protobuf text format, form-encoded bodies). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade60
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "json webhook"): _lines("""
        {"id":"evt_1QkR7vL2aZ9xTq0c","object":"event","type":"invoice.paid","created":1796540112,"livemode":true,"data":{"object":{"id":"in_1QkR7uL2aZ9xTq0cY3Gm","amount_paid":129900,"currency":"sgd","billing_reason":"subscription_cycle","status":"paid","lines":{"total_count":1}}}}
        X-Shopify-Topic: orders/fulfilled | X-Shopify-Shop-Domain: kopi-roasters-sg.myshopify.com | {"id":5523401877621,"name":"#1042","fulfillment_status":"fulfilled","fulfillments":[{"tracking_company":"Ninja Van","tracking_number":"NVSGKOPIR000104217","status":"success"}],"line_items":[{"sku":"BEAN-ETH-250","quantity":2,"price":"24.00"}]}
        {"ref":"refs/heads/main","repository":{"full_name":"acme-pay/payments-api","private":true},"pusher":{"name":"dependabot[bot]"},"head_commit":{"id":"9c1e4b7a52d0f3e8a6b1c2d3e4f5a6b7c8d9e0f1","message":"Bump axios from 1.6.2 to 1.7.4"}}
        {"receiver": "oncall-pager", "status": "firing", "alerts": [{"labels": {"alertname": "WebhookDeliveryLatencyHigh", "service": "checkout", "severity": "page"}, "annotations": {"summary": "p95 webhook delivery latency above 8s for 10m", "runbook_url": "https://runbooks.internal.example/webhooks/latency"}, "startsAt": "2026-12-05T01:12:00Z"}]}
        {"event":"parcel.status_changed","tracking_no":"SPXMY0412873365","status":"OUT_FOR_DELIVERY","hub":"Shah Alam Sort Centre","attempt":1,"eta":"2026-12-07T14:00:00+08:00"}
        POST /webhooks/github HTTP/1.1 | X-GitHub-Event: ping | X-Hub-Signature-256: sha256=3f8a1c0e9b7d6f5a4c3b2a1908e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b | {"zen":"Keep it logically awesome.","hook_id":481203377}
        {"id":"evt_1QkS02L2aZ9xTq0cTEST","type":"payment_method.attached","livemode":false,"data":{"object":{"type":"card","card":{"brand":"visa","last4":"4242","exp_month":12,"exp_year":2034,"funding":"credit"},"billing_details":{"name":null,"email":null,"phone":null}}}}
        {"type":"ticket.created","ticket":{"id":48213,"subject":"Refund policy for annual plans bought through the App Store","priority":"normal","channel":"web_widget","tags":["billing","refund"]}}
        {"kind":"calendar#event","status":"confirmed","summary":"Q1 all-hands (hybrid)","location":"Marina Bay Sands Expo, Hall B","organizer":{"email":"events@northwind.example","displayName":"Northwind Events"},"start":{"dateTime":"2027-01-14T09:30:00+08:00"}}
        {"event":"refund.succeeded","refund_id":"RF-2026-118734","original_payment":"PAY-2026-5528190","amount":"89.90","currency":"MYR","reason":"duplicate"}
        2026-12-05T09:14:22Z WARN webhook delivery failed endpoint=https://hooks.acme.example/stripe attempt=3/8 status=502 latency_ms=30004 next_retry_in=240s event=evt_1QkR7vL2aZ9xTq0c
        curl -X POST https://hooks.slack.com/services/T000/B000/XXXX -d '{"channel":"#deploys","text":"Deploy of billing-service v2.14.3 to prod finished in 4m12s :white_check_mark:"}'
        {"event":"article.published","section":"Politics","headline":"Lawrence Wong unveils Budget 2026 support package for seniors","source":"wire","word_count":812}
        {"merchant":{"legal_name":"Harbourfront Dental Clinic Pte. Ltd.","uen":"201912345K","support_phone":"+65 6221 0000","support_email":"hello@harbourfrontdental.example","mcc":"8021"}}
        {"facility":"Tan Tock Seng Hospital","dept":"Emergency","queue_status":"busy","avg_wait_min":95,"updated_at":"2026-12-05T20:00:00+08:00"}
    """),
    ("en", "jwt and oauth"): _lines("""
        Sample from the jwt.io debugger, pasted into our README: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
        Authorization: Bearer eyJhbGciOiJFUzI1NiIsImtpZCI6IjIwMjYtMTEtcm90IiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuZXhhbXBsZSIsInN1YiI6InN2Yy1pbnZlbnRvcnktc3luYyIsImF1ZCI6Im9yZGVycy1hcGkiLCJzY29wZSI6Im9yZGVyczpyZWFkIHN0b2NrOndyaXRlIiwiaWF0IjoxNzk2NTQwMTEyLCJleHAiOjE3OTY1NDEwMTIsImF6cCI6ImludmVudG9yeS1zeW5jIn0.75x59h7jSTJBf9MOO5UO9WKd6-BVftFPDiFURCoMCIjNhK6bIAjKDh7DrXPxjYXzLTEZ7egzJKT-hQW5QI71gw
        {"aud":"api://payments","iss":"https://sts.windows.net/00000000-0000-0000-0000-000000000000/","appid":"5c1f0a2e-8d7b-4e3a-9f61-2b8c4d0e7a19","roles":["Payments.Read","Payments.Refund"],"idtyp":"app","ver":"1.0"}
        {"keys":[{"kty":"RSA","kid":"k1-2026","use":"sig","alg":"RS256","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB"}]}
        401 invalid_token: "exp" claim timestamp check failed (exp=1796518800, now=1796522411, leeway=60s) client=pos-terminal-fw 4.2.1
        POST /oauth2/token | Content-Type: application/x-www-form-urlencoded | grant_type=client_credentials&client_id=reporting-batch&client_secret=%24%7BREPORTING_CLIENT_SECRET%7D&scope=reports%3Aread+ledger%3Aread
        id_token claims we rely on (docs/auth.md): {"sub":"<opaque-user-id>","email":"<user-email>","email_verified":true,"name":"<display-name>","tenant_id":"<tenant-uuid>"}
        Fixture tests/fixtures/admin_token.txt: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyXzEyMyIsIm5hbWUiOiJKYW5lIERvZSIsImVtYWlsIjoiamFuZS5kb2VAZXhhbXBsZS5jb20iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MDAwMDAwMDB9.uL6wosmuQUEpVvgeXhmGlITZdHtDxOYjyLQTrw1QpAo
        jwt_authorizer: issuer=https://cognito-idp.ap-southeast-1.amazonaws.com/ap-southeast-1_Ab12CdEfG audience=[7k2mq0f0r9v1s3h8d4e6t5u2p] claims_to_headers={sub: X-User-Id, "custom:tenant": X-Tenant}
        token_family=tf_8c1e2a9d reuse_detected=true action=revoke_family client=mobile-ios app_version=5.12.0 region=ap-southeast-1
        v4.public.eyJpc3MiOiJiaWxsaW5nIiwiYXVkIjoibGVkZ2VyIiwiZXhwIjoiMjAyNi0xMi0zMVQwMDowMDowMCswMDowMCIsInRlbmFudCI6ImFjbWUtc2ciLCJzY29wZSI6Imludm9pY2VzOndyaXRlIn3s8gXYxaGLyNRfEMGmddc_qrycavLijMpY5jYdV4F5QwPLyWBoCNZ35_Zd7cMSkppyzuqKnYdPZETA5mixeb5q
        SECURITY: reject any token whose header decodes to {"alg":"none","typ":"JWT"} (eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0) - see CVE-2015-9235 for the history
        Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL3Nzby5leGFtcGxlLmNuIiwiYXVkIjoiZXJwIiwib3JnIjoi5Y2O5Lic5Yy65LuT5YKo5Lit5b-DIiwicm9sZXMiOlsi5bqT5a2Y566h55CG5ZGYIiwi55uY54K55ZGYIl0sImNsaWVudF9pZCI6Indtcy1wZGEtMDciLCJleHAiOjE3OTY1NDM3MTJ9.PvmxY050laFzNjPhGVGcGfNpEiTQfIVDO6rOBh3kAPE
    """),
    ("mixed", "graphql"): _lines("""
        query GetOrder($id: ID!) { order(id: $id) { id status totalPriceSet { shopMoney { amount currencyCode } } lineItems(first: 10) { edges { node { sku quantity } } } } } | variables: {"id":"gid://shopify/Order/5523401877621"}
        mutation { productUpdate(input: {id: "gid://shopify/Product/8012345678", title: "蛋黄酥 6粒装 (Salted Egg Yolk Pastry)", tags: ["中秋", "limited"]}) { product { id } userErrors { field message } } }
        type Customer { id: ID! fullName: String @pii email: String @pii phone: String @pii nric: String @pii @masked(keep: 4) createdAt: DateTime! }
        {"errors":[{"message":"Variable \\"$input\\" got invalid value \\"+65 XXXX XXXX\\" at \\"input.phone\\"; Expected type PhoneNumber.","extensions":{"code":"BAD_USER_INPUT"}}]}
        query { books(author: "金庸", first: 2) { title isbn publishedYear } } → {"data":{"books":[{"title":"射鵰英雄傳（一）","isbn":"9789573248125","publishedYear":1996}]}}
        {"query":"query($q: String!) { search(q: $q) { ... on Person { name born died roles } } }","variables":{"q":"Tunku Abdul Rahman"},"operationName":null} → born 1903, died 1990, roles ["1st Prime Minister of Malaysia"]
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { name kind fields(includeDeprecated: true) { name } } } }
        GET /graphql?operationName=StoreHours&extensions=%7B%22persistedQuery%22%3A%7B%22version%22%3A1%2C%22sha256Hash%22%3A%22ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5a1b7c2dd3%22%7D%7D&variables=%7B%22storeId%22%3A%22KL-MV-02%22%7D
        subscription OnShipmentUpdate($tracking: String!) { shipmentUpdated(trackingNumber: $tracking) { status location eta } } | {"tracking":"SF1420376658914"}
        mutation HantarAduan($input: AduanInput!) { hantarAduan(input: $input) { nomborRujukan status } } | {"input":{"kategori":"lampu jalan rosak","lokasi":"Jalan SS 15/4, Subang Jaya","keterangan":"Tiga lampu jalan padam sejak minggu lepas, kawasan gelap dekat perhentian bas"}}
        {"data":{"stores":[{"name":"Guardian Mid Valley Megamall","phone":"+603-2282 1234","hours":"10:00-22:00"},{"name":"Guardian Sunway Pyramid","phone":"+603-5632 0000","hours":"10:00-22:00"}]}}
        query StoreList($city: String = "上海") { stores(city: $city, first: 20) { name address openingHours serviceHotline } }
        {"data":{"character":{"name":"林黛玉","work":"红楼梦","author":"曹雪芹","firstAppearance":"第三回","residence":"潇湘馆"}}}
        {"errors":[{"message":"Query cost 1250 exceeds max 1000","extensions":{"code":"MAX_COST_EXCEEDED","cost":{"requested":1250,"limit":1000}}}]}
    """),
    ("zh-Hans", "protobuf text and escaped json"): _lines("""
        order { order_no: "DD20261205183204417" status: PAID total_fen: 25800 items { sku: "SKU-7781-BLK" name: "\\346\\227\\240\\347\\272\\277\\351\\231\\215\\345\\231\\252\\350\\200\\263\\346\\234\\272" qty: 1 } }
        {"code":0,"msg":"\\u64cd\\u4f5c\\u6210\\u529f","data":{"task_id":"t_9f2c41","status":"queued"}}
        store { id: 3021 name: "\\344\\270\\212\\346\\265\\267\\345\\276\\220\\346\\261\\207\\346\\227\\227\\350\\210\\260\\345\\272\\227" hotline: "400-820-5117" open: "10:00" close: "22:00" }
        rpc error: code = InvalidArgument desc = \\345\\217\\202\\346\\225\\260\\346\\240\\241\\351\\252\\214\\345\\244\\261\\350\\264\\245: id_card \\345\\255\\227\\346\\256\\265\\344\\270\\215\\350\\203\\275\\344\\270\\272\\347\\251\\272
        message UserProfile { string real_name = 1 [(pii) = true]; string id_card_no = 2 [(pii) = true]; string mobile = 3 [(pii) = true]; int64 created_at = 4; reserved 5; }
        logistics_event { waybill_no: "YT7512839460215" node: "\\346\\235\\255\\345\\267\\236\\350\\275\\254\\350\\277\\220\\344\\270\\255\\345\\277\\203" action: ARRIVED time: "2026-12-05 21:47:09" }
        {"city":"\\u5e7f\\u5dde","temp":24,"desc":"\\u591a\\u4e91\\u8f6c\\u6674","aqi":41}
        {"title":"\\u8881\\u9686\\u5e73\\u6742\\u4ea4\\u6c34\\u7a3b\\u7814\\u7a76\\u7eaa\\u5f55\\u7247\\u4eca\\u65e5\\u4e0a\\u7ebf","category":"\\u79d1\\u6280","published_at":"2026-12-05T08:00:00+08:00"}
        mask_rules { field: "mobile" keep_prefix: 3 keep_suffix: 4 } mask_rules { field: "id_card_no" keep_prefix: 6 keep_suffix: 4 } mask_rules { field: "real_name" keep_prefix: 1 }
        {"receiver_name":"{{name}}","receiver_mobile":"{{mobile}}","template_id":"SMS_274512093","content":"\\u60a8\\u7684\\u5feb\\u9012\\u5df2\\u5230\\u8fbe\\u9a7f\\u7ad9\\uff0c\\u53d6\\u4ef6\\u7801{{code}}"}
        {"sign_name":"\\u67d0\\u67d0\\u5feb\\u9012","template_code":"SMS_4821937","template_param":"{\\"code\\":\\"482913\\"}"}
        {"id":"EV-5f7b1e8c-2a3d","create_time":"2026-12-05T10:22:41+08:00","event_type":"TRANSACTION.SUCCESS","resource":{"out_trade_no":"DD20261205102238811","transaction_id":"4200002431202612053318456712","amount":{"total":8800,"currency":"CNY"},"trade_state":"SUCCESS"}}
        status: SERVING services { name: "risk.v1.KycService" status: SERVING } services { name: "risk.v1.BlacklistService" status: NOT_SERVING }
    """),
    ("zh-Hant", "form-encoded and escaped json"): _lines("""
        POST /api/v2/search | q=%E5%8F%B0%E5%8C%97%E4%BF%A1%E7%BE%A9%E5%8D%80+%E7%89%99%E9%86%AB+%E9%80%B1%E6%97%A5%E6%9C%89%E7%9C%8B%E8%A8%BA&page=2&sort=rating
        MerchantID=3002607&MerchantTradeNo=TW20261205A0193&RtnCode=1&RtnMsg=%E4%BA%A4%E6%98%93%E6%88%90%E5%8A%9F&TradeNo=2612051422071234&TradeAmt=1280&PaymentType=Credit_CreditCard&PaymentDate=2026%2F12%2F05+14%3A22%3A07&SimulatePaid=0&CheckMacValue=6C51C9E6888DE861FD62FB1DD17029FC742634498FD813DC43D4243B5685B840
        POST https://notify-api.line.me/api/notify | Authorization: Bearer ${LINE_NOTIFY_TOKEN} | message=%E3%80%90%E5%91%8A%E8%AD%A6%E3%80%91%E4%BC%BA%E6%9C%8D%E5%99%A8+tpe-web-03+CPU+%E4%BD%BF%E7%94%A8%E7%8E%87%E8%B6%85%E9%81%8E+90%25+%E5%B7%B2%E6%8C%81%E7%BA%8C+10+%E5%88%86%E9%90%98
        {"event":"booking.cancelled","venue":"\\u4e5d\\u9f8d\\u516c\\u5712\\u6e38\\u6cf3\\u6c60","slot":"2026-12-08T07:00+08:00","reason":"\\u516b\\u865f\\u70c8\\u98a8\\u6216\\u66b4\\u98a8\\u4fe1\\u865f","refund":"auto"}
        GET /opendata/facilities?lang=zh-TW&district=%E5%A4%A7%E5%AE%89%E5%8D%80&category=%E5%85%AC%E5%9C%92&format=json
        SMS 範本設定：template=%E8%A6%AA%E6%84%9B%E7%9A%84%7B%7B%E5%A7%93%E5%90%8D%7D%7D%E6%82%A8%E5%A5%BD%EF%BC%8C%E6%82%A8%E9%A0%90%E7%B4%84%E7%9A%84%7B%7B%E6%97%A5%E6%9C%9F%7D%7D%E9%96%80%E8%A8%BA%E5%B7%B2%E7%A2%BA%E8%AA%8D%EF%BC%8C%E5%A6%82%E9%9C%80%E5%8F%96%E6%B6%88%E8%AB%8B%E5%9B%9E%E8%A6%86+C&to=%7B%7B%E9%9B%BB%E8%A9%B1%7D%7D
        {"tracking_no":"EE482130972TW","status":"\\u5df2\\u6295\\u905e","office":"\\u81fa\\u5317\\u90f5\\u5c40","time":"2026-12-05 11:06"}
        {"headline":"\\u884c\\u653f\\u9577\\u5b98\\u674e\\u5bb6\\u8d85\\u4eca\\u65e5\\u767c\\u8868\\u65bd\\u653f\\u5831\\u544a\\uff0c\\u63d0\\u51fa\\u623f\\u5c4b\\u53ca\\u5b89\\u8001\\u65b0\\u63aa\\u65bd","source":"\\u653f\\u5e9c\\u65b0\\u805e\\u7db2","lang":"zh-HK"}
        {"merchant_id":"OCT-00871","device_id":"R-2231","txn_type":"deduct","txn_amount":"32.50","currency":"HKD","settled":false}
        shop=%E7%81%A3%E4%BB%94%E5%88%86%E5%BA%97&tel=%2B852+2528+0000&hours=09%3A00-21%3A00&addr=%E7%81%A3%E4%BB%94%E8%BB%92%E5%B0%BC%E8%A9%A9%E9%81%93+302+%E8%99%9F%E5%9C%B0%E4%B8%8B
        GET /wiki/api?q=%E9%9F%8B%E5%B0%8F%E5%AF%B6&type=character&work=%E9%B9%BF%E9%BC%8E%E8%A8%98&fields=first_chapter%2Caliases
        {"inv_no":"AB-12345678","random_code":"4821","inv_date":"2026-12-05","seller_ban":"24549210","amount":560,"status":"\\u5df2\\u958b\\u7acb"}
        {"error":"invalid_request","error_description":"\\u8eab\\u5206\\u8b49\\u5b57\\u865f\\u683c\\u5f0f\\u932f\\u8aa4\\uff1a\\u7b2c\\u4e00\\u78bc\\u9808\\u70ba\\u82f1\\u6587\\u5b57\\u6bcd\\uff0c\\u5171 10 \\u78bc"}
        proto: ticket { event: "\\344\\272\\224\\346\\234\\210\\345\\244\\251 2026 \\345\\267\\241\\350\\277\\264\\346\\274\\224\\345\\224\\261\\346\\234\\203 \\345\\217\\260\\345\\214\\227\\347\\253\\231" zone: "B2" price_twd: 3880 sale_start: "2026-12-12T12:00:00+08:00" }
    """),
    ("ms", "payment webhook"): _lines("""
        {"acara":"bayaran.berjaya","rujukan":"INV-2026-004812","jumlah":"RM 150.00","kaedah":"FPX","bank":"Maybank2u","status":"1","masa":"2026-12-05T10:22:41+08:00"}
        callback Billplz (sandbox) | id=8x04kklaa&collection_id=inbmmepb&paid=true&state=paid&amount=20000&paid_amount=20000&due_at=2026-12-5&email=&mobile=&name=&paid_at=2026-12-05+10%3A22%3A41+%2B0800&x_signature=0a34b7c9d2e1f05863a7b9c4d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0
        {"jenis":"notis","mesej":"Penyelenggaraan sistem JomPAY pada 7 Dis 2026, 01:00-04:00 pagi. Transaksi akan diproses selepas itu.","kod_biller":"5454"}
        {"perkhidmatan":"Pembaharuan Lesen Memandu","agensi":"JPJ","caj":"RM 30.00 setahun","talian":"03-8000 8000","saluran":["MyEG","kaunter JPJ","Pos Malaysia"]}
        {"kepada":"{{telefon}}","templat":"Assalamualaikum {{nama}}, bayaran anda sebanyak {{jumlah}} telah diterima. No. resit: {{resit}}","bahasa":"ms"}
        {"kod":"PESANAN_DIHANTAR","no_pesanan":"261205KQ3M8TXA","penghantar":"J&T Express","no_penjejakan":"630045987215","anggaran_tiba":"2-4 hari bekerja"}
        {"kadar_kwsp_majikan":0.13,"kadar_kwsp_pekerja":0.11,"kadar_perkeso":0.0175,"had_gaji_eis":6000,"sumber":"Jadual Caruman 2026"}
        {"tajuk":"Hikayat Hang Tuah","penerbit":"Dewan Bahasa dan Pustaka","isbn":"9789834629175","halaman":624,"stok":37}
        GET /api/fasiliti?negeri=Selangor&daerah=Petaling&kategori=klinik+kesihatan&buka_hujung_minggu=ya&halaman=1
        Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL3Nzby5tYWpsaXMuZXhhbXBsZS5teSIsImF1ZCI6InNpc3RlbS1jdWthaS10YWtzaXJhbiIsInNrb3AiOiJiaWw6YmFjYSBiaWw6YmF5YXIiLCJrbGllbiI6Imtpb3NrLXBlamFiYXQtMDIiLCJleHAiOjE3OTY1NDA3MTJ9._7Fiuv8uQDRSW68zYqUY_00PuiVcHoT8gIMgep2wYWk
        {"ralat":"NO_KP_TIDAK_SAH","mesej":"No. Kad Pengenalan mesti 12 digit tanpa sengkang","medan":"no_kp","kod_http":422}
        {"fasiliti":"Hospital Tengku Ampuan Rahimah","jabatan":"Kecemasan","status_giliran":"sesak","anggaran_tunggu_minit":120,"dikemas_kini":"2026-12-05T21:00:00+08:00"}
        tempahan { kod: "TMP-88120" jenis_bilik: "Deluxe Twin" tarikh_masuk: "2026-12-20" malam: 3 harga_rm: 1260 sarapan: true }
    """),
    ("zh-Hans", "api log and dev question"): _lines("""
        2026-12-05 10:22:41.337 INFO  [http-nio-8080-exec-7] c.e.o.web.PayNotifyController - 回调验签通过 out_trade_no=DD20261205102238811 trade_state=SUCCESS amount=8800
        请问微信支付 APIv3 回调里的 resource.ciphertext 要怎么解密？文档说用 AEAD_AES_256_GCM，我用 APIv3 密钥解一直报 tag mismatch
        接口文档：POST /v2/kyc/verify 请求体 {"name":"<真实姓名>","id_no":"<18位身份证号>","mobile":"<手机号>"}，三要素一致返回 code=0，不一致返回 40012
        日志脱敏规则：身份证号保留前6后4，手机号保留前3后4，姓名只保留姓，银行卡只保留后4位，地址只保留到区县。
        GraphQL 报错 "Cannot query field \\"idCard\\" on type \\"Member\\"."，是不是网关的 schema 没更新？
        JWT 过期时间一般设多长？我们 access_token 2 小时，refresh_token 30 天，前端每次 401 都跳登录页，体验很差
        protobuf 里的中文被打印成 \\346\\265\\213\\350\\257\\225 这种八进制，怎么让 TextFormat 直接输出 UTF-8？
        x-www-form-urlencoded 提交时 + 号变成空格了，手机号前面的国家码 +86 丢了，要先 encodeURIComponent 再拼
        压测结果：/api/order/create P99 延迟 312ms，QPS 4200，错误率 0.02%，瓶颈在 Redis 连接池（maxTotal=64）
        钉钉机器人 webhook 返回 {"errcode":310000,"errmsg":"keywords not in content"}，安全设置里加了关键词“告警”就好了
        统计：11 月实名认证接口调用 182,340 次，通过率 96.7%，失败原因前三：证件过期、人像比对不符、号码不存在
        base64 解出来是 {"event":"heartbeat","node":"sh-gw-02","ts":1796540112}，原文 eyJldmVudCI6ImhlYXJ0YmVhdCIsIm5vZGUiOiJzaC1ndy0wMiIsInRzIjoxNzk2NTQwMTEyfQ==
    """),
    ("mixed", "dev chat"): _lines("""
        bro the webhook signing secret rotated ke? semua Stripe events fail signature check since 3pm
        can someone review PR #2281? 把 JWT 的 kid 轮换逻辑抽出来了, no behaviour change, tests all green
        Reminder: jangan paste production payload dalam Slack, guna sanitised sample dari fixtures/webhooks/ sahaja 🙏
        FYI MyInfo sandbox 的 test persona 不要拿去 demo 给客户，用我们自己的 fake data generator 生成
        curl -X POST https://api.example.com/v1/hooks/ping -H "Content-Type: application/x-www-form-urlencoded" -d "event=ping&ts=1796540112"
        deploy plan malam ni: 22:00 freeze, 22:30 migrate proto v3 → v4 (field 7 renamed id_no → national_id, field 8 reserved), 23:15 smoke test
        @oncall 支付回调 5xx spike at 02:14, root cause upstream FPX gateway timeout, resolved 02:41, no data loss, postmortem INC-3381
        anyone knows why base64 decode of the JWT payload kena 'Incorrect padding'? lupa tukar - jadi + dan _ jadi /, dah ok
        QA: 表单 phone 栏位的 placeholder 改成 "8XXX XXXX"，不要写像真号码的数字，免得用户以为是客服电话
        Meeting notes 5/12: agreed to drop email from the id_token, keep only sub + tenant_id; security team to sign off by Fri
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"id":"evt_1QkT9aL2aZ9xTq0cP4mZ","type":"customer.created","created":1796540112,"data":{"object":{"id":"cus_R8hQ0vN3kLm2","name":"Daniel Pereira","email":"danpereira.sg@gmail.com","phone":"+6591724408","address":{"line1":"Blk 412 Bedok North Ave 2","line2":"#08-117","postal_code":"460412","country":"SG"}}}}
        DEBUG oidc callback state=9f1c2 id_token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUtYmFuay5zZyIsInN1YiI6ImYzYTljMWQyLTc3ZTAtNGI4YS05YzUxLTBkMmU2YjdhOGYxNCIsImF1ZCI6InJldGFpbC13ZWIiLCJuYW1lIjoiUmFjaGVsIEdvaCBMaSBUaW5nIiwiZW1haWwiOiJyYWNoZWxnb2gubHRAaG90bWFpbC5jb20iLCJwaG9uZV9udW1iZXIiOiIrNjU4MjYzMTk1NyIsImJpcnRoZGF0ZSI6IjE5OTAtMDMtMjIiLCJ1aW5maW4iOiJTOTAyMzgxN0UiLCJpYXQiOjE3OTY1NDAxMTIsImV4cCI6MTc5NjU0MzcxMn0.epDKHYEFvXmHM8OykP34zjxXy6XS9gO_WCG80XUUfVlnZ7V_hxODRgzc0R1slNwR8vwXNdBmofjqE2njdj-gNT35laFszzjc4Bdzw92Bt2UQvi8ipTQB4MMgKWGyHtXbL1bbT6jJSMaG3djlA9tByT_IZhsQQIBg5HZlXi5bD2qiVRFuVnwTLX6xawqqg4rAMSfP-qiOeG4BIdntX9GE8RwlqRYZRZOiB8v-8Sn24WgNKalJIlg8p-lP1K2fywACV7x796Qtv_UqEzkLCf9RKyGBz4HUWyOLnR75ZJM8Pt7pCnz9ANl29OOlUpc98egH24g7L20YxihOiPmqNIiFBA
        POST /apply/personal-loan HTTP/1.1 | Content-Type: application/x-www-form-urlencoded | full_name=PRIYA+D%2FO+RAMASAMY&nric=S8812345Z&mobile=%2B65+9648+0321&monthly_income=5200&employer=Changi+Airport+Group&existing_loans=car+loan+1%2C150%2Fmth
        mutation CreateReferral($input: ReferralInput!) { createReferral(input: $input) { id status } } | variables: {"input":{"patientName":"Harold Fernandez","nric":"S1573928B","dob":"1957-10-03","condition":"suspected Parkinson's disease, resting tremor right hand","referringClinic":"Bukit Timah Family Clinic","notes":"lives alone, daughter Clara accompanies to appointments"}}
        employee { full_name: "Nicholas Wee Jun Hao" staff_id: "E20417" dept: "Treasury Ops" salary_monthly_sgd: 7850 performance_rating: "needs improvement" pip_start: "2026-11-03" manager_note: "2 late settlements in Oct" }
        {"type":"form.submitted","form":"contact-us","site":"tuition-centre.example.sg","payload_b64":"eyJuYW1lIjoiQWFyb24gTGltIiwiZW1haWwiOiJhYXJvbmxpbTg4QHlhaG9vLmNvbS5zZyIsIm1lc3NhZ2UiOiJNeSBzb24gRXRoYW4gKFA0LCBSb3N5dGggU2Nob29sKSBoYXMgYmVlbiBidWxsaWVkIGJ5IHR3byBjbGFzc21hdGVzIHNpbmNlIE9jdG9iZXIsIGNhbiB0aGUgdGVhY2hlciBrZWVwIGFuIGV5ZSBvbiBoaW0gZHVyaW5nIHJlY2Vzcz8ifQ=="}
        2026-12-04T23:51:07Z ERROR payment-svc unredacted request body logged: {"card_number":"4539 9871 0234 5675","exp":"09/29","cvc":"412","holder":"MOHD FAIZAL BIN ABDUL RAHIM","amount":"1899.00"}
        {"channel":"#hr-private","username":"HR bot","text":"Heads up: Jasmine Koh (Finance, ext 4412) is on hospitalisation leave till 12 Dec after her appendectomy; please route AP approvals to Kumar in the meantime."}
        POST /twilio/inbound | ToCountry=SG&SmsSid=SM5b2f0e1a9c8d7e6f5a4b3c2d1e0f9a8b&From=%2B6587350642&To=%2B6531581234&Body=Hi+this+is+Mdm+Lee+Siew+Lan%2C+I+need+to+shift+my+dialysis+from+Tue+to+Thu+this+week%2C+my+grandson+can+only+drive+me+on+Thu
        {"event":"event.created","summary":"Divorce consultation - Wong Kar Loong","attendees":[{"email":"karloong.wong@gmail.com","responseStatus":"accepted"}],"location":"Level 12, 1 Raffles Place","start":"2026-12-09T15:00:00+08:00"}
        {"event":"delivery.failed","tracking_no":"NVSGX4829173625","reason":"recipient not home","recipient":{"name":"Sharon Teo","phone":"9051 2286","address":"28 Jalan Kembangan, Singapore 419131"},"next_attempt":"2026-12-06"}
        {"applicant":{"name_en":"CHAN, Ka Wai Kelvin","hkid":"K583920(3)","mobile":"+852 9187 3362","occupation":"Registered nurse, Prince of Wales Hospital","monthly_rent_hkd":14500},"product":"credit-card-platinum"}
    """),
    "zh-Hans": _lines("""
        {"event":"kyc.submitted","data":{"real_name":"\\u9ec4\\u4fca\\u6770","id_no":"44030519890314271X","mobile":"15817263490","face_score":0.93}}
        member { name: "\\347\\216\\213\\346\\200\\235\\351\\233\\250" phone: "186 2109 4537" email: "siyu_wang92@163.com" vip_level: 3 birthday: "1992-08-27" id_no: "110105199208270469" }
        POST /api/bind-card | realName=%E9%99%86%E5%BB%BA%E5%9B%BD&idCard=310115197605021838&bankCard=6228480012345671&mobile=13760248815&bank=%E5%86%9C%E4%B8%9A%E9%93%B6%E8%A1%8C
        Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOjEwMjM4ODQxLCJuaWNrbmFtZSI6Iuaso-aAoSIsInJlYWxfbmFtZSI6Iuadjuaso-aAoSIsImlkX2NhcmQiOiI1MTAxMDcyMDAxMDExOTMyMjQiLCJzY2hvb2wiOiLlm5vlt53lpKflraYgMjAxOee6pyDmiqTnkIblraYiLCJpYXQiOjE3OTY1NDAxMTJ9.rI_YhiWTqM1F5V1seQTzS1GpAmij3rK0v781oPdAzbI
        mutation { createAppointment(input: {patientName: "周浩然", idNo: "330106198512300573", phone: "17708316642", department: "精神心理科", complaint: "失眠三个月，伴焦虑和心悸"}) { id queueNo } }
        {"msgtype":"text","text":{"content":"新客户：孙桂芳阿姨，微信 sgf_1968nj，南京玄武区，想咨询她老伴（中风后卧床）的护理床位，预算每月 6000 左右，周六上午方便电话"}}
        {"waybill":"SF1098234756120","receiver":"\\u9093\\u5609\\u654f","receiver_phone":"19928451376","receiver_addr":"\\u5e7f\\u5dde\\u5e02\\u5929\\u6cb3\\u533a\\u5929\\u6cb3\\u5317\\u8def 233 \\u53f7\\u4e2d\\u4fe1\\u5e7f\\u573a 2 \\u680b 1203 \\u623f","remark":"\\u653e\\u95e8\\u53e3\\uff0c\\u522b\\u6253\\u7535\\u8bdd"}
        2026-12-05 14:03:11.902 WARN  [kyc-worker-3] RealNameService - 三要素核验不一致 name=钱文博 id_no=420106198711056157 mobile=135 9037 7214 channel=unionpay retry=2
        {"traveler":{"surname":"LIU","given_name":"YUQING","passport_no":"EJ4829173","nationality":"CHN","dob":"1998-04-16","sex":"F"},"pnr":"K7XQ2M","flight":"SQ831 PVG-SIN 2026-12-18"}
        {"post_type":"message","message_type":"private","user_id":2847193650,"sender":{"nickname":"阿峰","sex":"male","age":27},"message":"我叫马俊峰，在富士康龙华厂区上班，工资卡被冻结了，银行说要本人带身份证去柜台，我这周上夜班走不开怎么办"}
        student { name: "\\346\\236\\227\\345\\217\\257\\346\\254\\243" id_no: "35020320100914036X" class: "\\345\\210\\235\\344\\272\\214(3)\\347\\217\\255" guardian: "\\346\\236\\227\\345\\277\\227\\345\\215\\216\\357\\274\\210\\347\\210\\266\\357\\274\\211" guardian_phone: "150 8864 3029" note: "\\345\\223\\256\\345\\226\\230\\357\\274\\214\\344\\275\\223\\350\\202\\262\\350\\257\\276\\351\\234\\200\\345\\244\\207\\350\\215\\257" }
    """),
    "zh-Hant": _lines("""
        POST /member/register | name=%E6%9E%97%E7%BE%8E%E7%8E%B2&id_no=F226138043&cell=0912-387-604&addr=%E6%96%B0%E5%8C%97%E5%B8%82%E6%9D%BF%E6%A9%8B%E5%8D%80%E6%96%87%E5%8C%96%E8%B7%AF%E4%BA%8C%E6%AE%B5+123+%E8%99%9F+5+%E6%A8%93&birthday=1986%2F02%2F11
        {"destination":"U8e1b7f0c2d4a6e9b3c5d7f1a2b4c6d8e","events":[{"type":"message","timestamp":1796541000123,"source":{"type":"user","userId":"U4af4980629a7e3d2c8b1f59d7e06c5a2"},"message":{"type":"text","id":"468129735012","text":"我是陳怡君，訂單 #TW88213 的收件地址改成台中市西屯區福星路 88 號 7 樓，電話 0987 215 336，謝謝"}}]}
        {"\\u59d3\\u540d":"\\u4f55\\u5609\\u6b23","\\u9999\\u6e2f\\u8eab\\u4efd\\u8b49":"Y604218(8)","\\u96fb\\u8a71":"6473 2018","\\u4f4f\\u5740":"\\u6c99\\u7530\\u7b2c\\u4e00\\u57ce 38\\u5ea7 21\\u6a13 G\\u5ba4","\\u7533\\u8acb":"\\u516c\\u5c4b\\u8f2a\\u5019 \\u4e00\\u4eba\\u7533\\u8acb"}
        claim { insured: "\\346\\242\\201\\345\\256\\266\\350\\261\\252" hkid: "R274913(A)" diagnosis: "\\350\\205\\260\\346\\244\\216\\351\\226\\223\\347\\233\\244\\347\\252\\201\\345\\207\\272\\357\\274\\214\\351\\234\\200\\345\\201\\232\\345\\276\\256\\345\\211\\265\\346\\211\\213\\350\\241\\223" hospital: "\\351\\244\\212\\345\\222\\214\\351\\206\\253\\351\\231\\242" amount_hkd: 48600 }
        id_token: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmV4YW1wbGUuY29tLnR3Iiwic3ViIjoiMTA4OTIzNzc1NjEwMjQ5MzgxNTUyIiwibmFtZSI6IuW8teW_l-aYjiIsIm5hdGlvbmFsX2lkIjoiRTEyMDkzNzQ1MCIsImVtYWlsIjoiem0uY2hhbmcxOTg1QGdtYWlsLmNvbSIsImxvY2FsZSI6InpoLVRXIiwiaWF0IjoxNzk2NTQwMTEyfQ.YAjHPnCAn-gL3-jL0LP0mpWbHzEPn1FGQodyCL61b_bIPjAS4aULYUvVxuzVhpj6wcOirvOJZF2cLpxvi31i0utMEE_M9kCRZ0wly8MZ2l0dYB04w56J2Unj5iB60678qCjJCSDnCF8zp2qHx_3XLGJX-4u3uJNXeu3IN-7eJDdxgh4jZGL1TWk1vCjXl40Sg0zgntiAyDnmnZL6rK7fYbRKNymvvess6fgzsCeOuwz8mBN6r9C1wquO2b_YGtwNB3eOk_r5mC-we_82XbeEyIzgrNYE9wgP4wEX61Rlav8W4SQE0M7q_btWKRwbvOWuEuy5u74rQihRGk7c_rdpgw
        mutation { updateEmergencyContact(studentId: "S1130482", contact: {name: "吳淑芬", relation: "母親", phone: "0935-442-917"}) { ok } }  # 學生 吳承翰 五年三班，過敏：花生
        POST /hos/apply | applicant_name=%E9%BB%83%E5%BF%97%E8%B1%AA&applicant_name_en=WONG+Chi+Ho&hkid=Z683710%288%29&mobile=62095583&household_income=28500&current_addr=%E8%A7%80%E5%A1%98%E9%A0%86%E5%88%A9%E9%82%A8%E5%88%A9%E5%AF%8C%E6%A8%93+1407+%E5%AE%A4
        {"event":"charge.failed","failure_code":"insufficient_funds","card":{"number":"4377189044216024","exp":"03/28"},"cardholder":"HSU YA-TING","national_id":"H218473099","amount_twd":24990,"item":"iPhone 17 分期 24 期"}
        {"update_id":771204583,"message":{"from":{"id":6209581734,"first_name":"家豪","username":"kaho_wong97"},"chat":{"type":"group","title":"荃灣街坊互助"},"text":"有冇人識搬屋師傅？我住荃灣綠楊新邨 F座 18樓 H室，下個禮拜六搬去將軍澳，電話 5136 8429 搵王生"}}
    """),
    "ms": _lines("""
        {"acara":"ekyc.lulus","nama":"NUR AISYAH BINTI KAMARUDIN","no_kp":"920718-10-6284","telefon":"012-738 4926","alamat":"No. 14, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor","skor_wajah":0.97}
        callback Billplz | id=w3kq9zpd&collection_id=tadika2026&paid=true&state=paid&amount=35000&name=Muhammad+Hafiz+bin+Zulkifli&email=hafiz.zul89%40gmail.com&mobile=60195528173&description=Yuran+Tadika+Cahaya+anak+Aqil+Haikal+bulan+Disember
        pesakit { nama: "Ganesan a/l Muniandy" no_mykad: "750923-07-5131" diagnosis: "Kencing manis jenis 2, HbA1c 9.1%, mula insulin" klinik: "Klinik Kesihatan Bayan Lepas" temujanji_seterusnya: "2027-01-08" }
        Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdHUtQTE5S0UwMjE0IiwibmFtYSI6IlNpdGkgS2hhZGlqYWggYmludGkgSXNtYWlsIiwibm9fa3AiOiIwMTAzMDUwMTA4NDYiLCJ1bml2ZXJzaXRpIjoiVVRNIFNrdWRhaSIsInByb2dyYW0iOiJTYXJqYW5hIE11ZGEgS2VqdXJ1dGVyYWFuIEtpbWlhIiwiY2dwYSI6Mi40MSwic3RhdHVzIjoiYW1hcmFuIGFrYWRlbWlrIiwiaWF0IjoxNzk2NTQwMTEyfQ.s_O_qCR0dDvFJ1izYk3xApHHsRbW9HJtxAYhSmI1QUs
        mutation { daftarPenerima(input: {nama: "Lee Mei Ling", ic: "690830-08-5212", bank: "Public Bank", noAkaun: "3184092715", amaun: "RM 2,400", sebab: "bantuan perubatan suami (strok)"}) { id status } }
        {"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"contacts":[{"profile":{"name":"Azman Sabah"},"wa_id":"60168231945"}],"messages":[{"from":"60168231945","type":"text","text":{"body":"Salam, saya Azman bin Yusof, no IC 860115-12-5519, nak tanya status tuntutan PERKESO saya, kemalangan di tapak binaan Sepanggar bulan lepas"}}]}}]}]}
        {"status":"GAGAL_HANTAR","no_penjejakan":"MYJT8830174529","penerima":"Kavitha d/o Ramu","telefon":"011-2817 4306","alamat":"B-12-3, Pangsapuri Seri Ixora, Jalan PJU 1A/41, 47301 Petaling Jaya","sebab":"rumah berkunci"}
        {"saman":{"no_kenderaan":"WXY 4827","pemilik":"Tan Boon Huat","telefon_pemilik":"014-962 7731","kesalahan":"memandu melebihi had laju 143 km/j di zon 110 km/j","lokasi":"PLUS KM 301.4 arah utara","tarikh":"2026-11-28"}}
        umrah.booking { jemaah { nama: "NORAZLINA BINTI HASHIM" pasport: "A41827365" tarikh_lahir: "1971-06-14" telefon: "013-390 5568" mahram: "Roslan bin Ahmad (suami)" } pakej: "Umrah Mac 2027 14H12M" baki_rm: 4200 }
        {"update_id":918273645,"message":{"from":{"id":5829173046,"first_name":"Faridah","username":"faridah_kch"},"chat":{"type":"private"},"text":"Salam cikgu, saya Faridah binti Jamil, mak kepada Amirul tingkatan 2 Bestari. Amirul demam denggi masuk wad Hospital Umum Sarawak semalam, boleh tangguh bayaran yuran asrama bulan ni?"}}
        POST /biasiswa/mohon | nama_penuh=Harvinder+Kaur+a%2Fp+Gurdev+Singh&no_kp=040922-10-5738&pendapatan_isi_rumah=2300&bilangan_tanggungan=5&bapa=pemandu+lori%2C+OKU+sejak+2024&emel=harvinder.kaur04%40gmail.com
    """),
    "mixed": _lines("""
        {"event":"membership.frozen","member":{"name":"林伟杰 Lim Wei Jie","nric":"T0245871Z","mobile":"8190 7734","home_club":"Tampines Hub"},"reason":"ACL 手术后复健 3 个月","freeze_until":"2027-03-01"}
        worker { name: "MD RAHMAN SHAHIDUL" fin: "G5093381X" employer: "Kim Seng Construction Pte Ltd" dorm: "Westlite Toh Guan, Blk 6 #04-12" incident: "fractured left wrist at site, MC 14 days" remark: "\\350\\200\\201\\346\\235\\277\\345\\217\\253\\344\\273\\226\\345\\210\\253\\346\\212\\245 MOM" }
        {"event":"reservation.confirmed","hotel":"Carlton City KL","guest":{"name":"郑文杰 ZHENG WENJIE","passport":"EA8176402","phone":"+86 150 2271 9834"},"card":{"number":"5217290045183378","holder":"ZHENG WENJIE"},"stay":"2026-12-20/2026-12-24","note":"honeymoon, minta bilik tingkat tinggi"}
        {"claim_id":"CLM-2026-33817","insured":"Vincent Koh Wee Liang","nric":"S7734028I","diagnosis":"dengue fever, admitted 3 nights","hospital":"Changi General Hospital","payout":{"method":"PayNow","mobile":"9274 1836"},"remarks":"客户说下个月要出国，想快点拿到"}
        {"event":"visitor.registered","condo":"Parc Esta","unit":"#12-05","resident":"Teo Kim Hock","resident_nric":"S6841205F","visitor":"caregiver (daily 8am-6pm)","note":"丈母娘坐轮椅，lift lobby B please keep ramp clear"}
        POST /loan/topup | nama=Chong+Wei+Keat+%E5%BC%A0%E4%BC%9F%E6%9D%B0&no_kp=880412145623&kenderaan=Perodua+Myvi+2019+VKB+3318&baki_pinjaman=18400&tunggakan_bulan=2&hp=%2B60+17-308+1245
        {"update_id":883014477,"message":{"from":{"id":7741209385,"first_name":"Melvin","last_name":"D'Cruz","username":"melvin_dcruz"},"chat":{"title":"Punggol Runners 🏃"},"text":"guys I won't be at Sunday run, kena slipped disc, doc say rest 6 weeks. if anyone wants my marathon slot DM me, 我的号码 9716 2058"}}
        GET /api/v1/search?q=%E9%99%88%E6%B7%91%E4%BB%AA+S9012345I&type=patient → 200 {"hits":[{"name":"\\u9648\\u6dd1\\u4eea","ward":"B2-14","admitted":"2026-12-03","dx":"pneumonia"}]}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            'My Stripe endpoint keeps answering 400 to this event, what\'s wrong? {"id":"evt_1QkU1bL2aZ9xTq0cW7rD","type":"checkout.session.completed","data":{"object":{"id":"cs_live_a1B2c3D4e5","amount_total":45800,"currency":"sgd","customer_details":{"name":"Vanessa Chua","email":"vanessa.chua.yl@gmail.com","phone":"+6593865120","address":{"line1":"17 Sunset Way","postal_code":"597083","country":"SG"}}}}}',
        ),
        (
            "assistant",
            "The event body itself is well formed. A 400 from your handler almost always means signature verification failed: Stripe signs the raw bytes, so if a JSON body parser runs before your webhook route, constructEvent() sees a re-serialised body and rejects it. Mount express.raw({type: 'application/json'}) on that route only. Separately, your log line prints the whole customer_details block, so Vanessa Chua's e-mail, phone and home address end up in plain text in your logs.",
        ),
        (
            "user",
            "Yep, express.json() was eating the raw body. Can you write a small redact() for customer_details so her address and phone stop showing up?",
        ),
    ],
    [
        (
            "user",
            "帮我看下这个 token 为什么验签失败：eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzU1MTAyIiwibmFtZSI6IuabvuaZk-eQsyIsImlkX25vIjoiNDQwMzA3MTk5MzAyMjAxMjgzIiwibW9iaWxlIjoiMTg4MjY0NTkwMTciLCJkZXB0Ijoi6b6Z5bKX5bqXIOW6l-mVvyIsImlhdCI6MTc5NjU0MDExMiwiZXhwIjoxNzk2NTQ3MzEyfQ.O_McTYySUQjBdcwNPDqJNvu6H7vZVUdm6i-3jFDBeIc",
        ),
        (
            "assistant",
            '先把 payload 解出来看：{"sub":"u_55102","name":"曾晓琳","id_no":"440307199302201283","mobile":"18826459017","dept":"龙岗店 店长"}。header 是 HS256，但你们网关配置的是 RS256 公钥，所以验签一定失败。另外 JWT 的 payload 只是 base64url 编码，谁拿到都能解开，身份证号和手机号不应该放进 claims。',
        ),
        (
            "user",
            "明白，那我把 id_no 和 mobile 去掉，只留内部 uid，曾店长那边的 token 要不要马上作废？",
        ),
    ],
    [
        ("system", "Anda pembantu teknikal untuk integrasi gerbang pembayaran."),
        (
            "user",
            "Callback Billplz ni x_signature tak sama dengan yang saya kira: id=k7ma02xq&paid=true&state=paid&amount=18000&name=Nur+Farhana+binti+Rosli&email=farhana.rosli93%40gmail.com&mobile=60176529034&description=Rawatan+fisioterapi+lutut+sesi+4+dari+10&x_signature=9be1c0d4a7f3e2b1c5d6a8f9e0b3c4d5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1",
        ),
        (
            "assistant",
            "Untuk kira x_signature, ambil semua medan kecuali x_signature, susun ikut abjad sebagai key+value, gabungkan dengan '|' dan HMAC-SHA256 guna X Signature Key. Jangan decode '+' jadi ruang sebelum tandatangan dikira. Satu lagi: log anda simpan nama, emel dan nombor telefon Cik Nur Farhana bersama butiran rawatan fisioterapi, itu data peribadi dan kesihatan, sila tapis.",
        ),
        (
            "user",
            "Ok dah match. Nak tanya, boleh saya simpan mobile dia 60176529034 untuk hantar peringatan sesi ke-5?",
        ),
    ],
    [
        (
            "user",
            'LINE webhook 收到這個，可是 replyToken 回覆時一直 400 Invalid reply token：{"events":[{"type":"message","replyToken":"b60d432864f44d079f6d8efe86cf404b","source":{"type":"user","userId":"U9c2e47a1b0f3d58e6a7c4b2d1e0f9a83"},"message":{"type":"text","text":"你好我叫蔡宜蓁，明天下午兩點的美甲預約想改到週六，手機 0921 604 885"}}]}',
        ),
        (
            "assistant",
            "replyToken 只能用一次，而且收到事件後大約一分鐘內就會失效；如果你的 worker 排隊超過這個時間，或同一個 token 回覆兩次，就會得到 Invalid reply token。改用 push message（需要 userId）或把回覆放在 webhook 處理的同步路徑裡。",
        ),
        (
            "user",
            "了解。那我可以把蔡小姐的 userId 和手機號碼存到 CRM，之後改期都用 push 通知她嗎？",
        ),
    ],
    [
        (
            "user",
            'our clinic system dumps protobuf text like this, how to make it print Chinese properly? patient { name: "\\351\\231\\210\\347\\276\\216\\347\\216\\262" nric: "S8530962E" }',
        ),
        (
            "assistant",
            "Those are UTF-8 bytes in octal escapes; name decodes to 陈美玲. In Python use text_format.MessageToString(msg, as_utf8=True); in Java use TextFormat.printer().escapingNonAscii(false). But note the record also carries her NRIC, so make sure this dump isn't going into a shared log.",
        ),
        (
            "user",
            "ok thanks. btw she's the one with the penicillin allergy, can I add an allergies field to the same message without breaking old clients?",
        ),
    ],
    [
        (
            "system",
            "You are the support assistant for the ClinicSlots booking API. Answer integration questions.",
        ),
        (
            "user",
            'Booking webhook for today, please confirm it was accepted: {"event":"booking.created","booking_id":"BK-20261206-0412","patient":{"name":"Jonathan Ashby","fin":"F2847163R","mobile":"+65 8472 1093","dob":"1979-05-30"},"service":"MRI knee (left)","referral":"suspected meniscus tear","slot":"2026-12-09T10:30:00+08:00"}',
        ),
        (
            "assistant",
            "Yes, BK-20261206-0412 was accepted with HTTP 201 at 09:14. Mr Ashby's left-knee MRI is booked for 9 Dec at 10:30 and the confirmation SMS went to +65 8472 1093.",
        ),
        (
            "user",
            "He called back, can you move him to the 16th same time and add a note that he's claustrophobic and needs the open-bore machine?",
        ),
    ],
    [
        (
            "user",
            "帮我把下面内容做成企业微信机器人的 markdown 消息：财务部 刘佳 月薪 18000 调整为 21000，12 月起转正；仓储部 何建军 11 月旷工 3 天，扣发当月绩效 1500。",
        ),
        (
            "assistant",
            '{"msgtype":"markdown","markdown":{"content":"**12 月人事变动**\\n> 财务部 刘佳：月薪 18000 → 21000，12 月起转正\\n> 仓储部 何建军：11 月旷工 3 天，扣发绩效 1500"}}  提醒一下：这是个人薪资和考勤处分信息，建议只发到 HR 私有群，不要发全员群。',
        ),
        ("user", "好的，再在刘佳那行后面加上她手机 139 2517 6048，方便出纳联系她签合同。"),
    ],
    [
        (
            "user",
            'Kenapa mutation ni error "Invalid MyKad format"? mutation DaftarAhli($in: AhliInput!) { daftarAhli(input: $in) { id } } variables: {"in":{"nama":"Ahmad Zaki bin Osman","noKp":"860731-05-5087","telefon":"019-220 4618","cawangan":"Seremban 2","pekerjaan":"juruteknik TNB"}}',
        ),
        (
            "assistant",
            'Scalar MyKad dalam schema anda terima 12 digit tanpa sengkang, jadi hantar noKp sebagai "860731055087". Format telefon pula dijangka E.164, contohnya +60192204618.',
        ),
        (
            "user",
            "Dah jalan. Encik Ahmad Zaki tu nak tukar cawangan ke Nilai bulan depan, perlu ke saya buat mutation baru atau update je?",
        ),
    ],
    [
        (
            "user",
            "Can you decode this request body from our HK form? name=MAK+Siu+Fung&hkid=M402197%280%29&tel=%2B852+9628+4410&addr=Flat+C%2C+9%2FF%2C+Block+2%2C+Kornhill%2C+Quarry+Bay&reason=%E6%AC%A0%E7%A7%9F%E5%85%A9%E5%80%8B%E6%9C%88%EF%BC%8C%E7%94%B3%E8%AB%8B%E5%88%86%E6%9C%9F",
        ),
        (
            "assistant",
            "Decoded: name = MAK Siu Fung, hkid = M402197(0), tel = +852 9628 4410, addr = Flat C, 9/F, Block 2, Kornhill, Quarry Bay, reason = 欠租兩個月，申請分期 (two months of rent arrears, asking for an instalment plan). The HKID check digit is valid.",
        ),
        (
            "user",
            "Thanks. Should we keep Mr Mak's HKID in the arrears table or just the last 4 characters?",
        ),
    ],
    [
        (
            "user",
            'school transfer webhook kena reject, boss. payload: {"child":{"name":"Ong Jia En","birth_cert_no":"T1139264J","dob":"2011-03-17","level":"Sec 3","current_school":"Bedok View Secondary"},"parent":{"name":"Ong Hui Min","nric":"S9261750E","mobile":"9734 5120"},"transfer_to":"Temasek Secondary","reason":"family moved to Tampines"}',
        ),
        (
            "assistant",
            'The validator rejects level: it is an enum and expects "S3", not "Sec 3". Everything else in the record for Ong Jia En passes, including the birth certificate number format.',
        ),
        (
            "user",
            "ok fixed, went through. 顺便问，parent mobile 9734 5120 要不要先发 OTP verify 才存进 Ong Hui Min 的 profile？",
        ),
    ],
]
