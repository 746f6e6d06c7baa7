# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade81: personal data in search and analytics artefacts (Elasticsearch queries and hits, BigQuery results, Kibana exports, query logs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade81
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "es_query_dsl"): _lines("""
        GET /products-v3/_search {"size":0,"query":{"bool":{"filter":[{"term":{"category.keyword":"rice-cookers"}},{"range":{"price":{"gte":80,"lte":250}}}]}},"aggs":{"by_brand":{"terms":{"field":"brand.keyword","size":10}}}}
        POST _scripts/order_lookup {"script":{"lang":"mustache","source":{"query":{"bool":{"must":[{"term":{"customer_id":"{{customer_id}}"}},{"term":{"email.keyword":"{{email}}"}}]}}}}}
        GET /tickets-*/_search {"query":{"match_phrase":{"subject":"refund not received"}},"sort":[{"created_at":"desc"}],"_source":["ticket_no","status","queue"],"size":50}
        GET /logs-checkout-*/_search?q=order_id:SO-2026-118274&filter_path=hits.hits._source.trace.id,hits.hits._source.event.outcome
        POST /_reindex {"source":{"index":"crm-contacts-v1","_source":{"excludes":["phone","nric","email","home_address","dob"]}},"dest":{"index":"crm-contacts-v2-redacted"}}
        PUT _ingest/pipeline/mask-pii {"processors":[{"gsub":{"field":"message","pattern":"[STFG]\\d{7}[A-Z]","replacement":"[NRIC]"}},{"gsub":{"field":"message","pattern":"01\\d-?\\d{7,8}","replacement":"[PHONE]"}}]}
        GET /news-2026/_search {"query":{"multi_match":{"query":"Anwar Ibrahim Budget 2026 speech","fields":["headline^3","body"]}},"highlight":{"fields":{"body":{}}}}
        GET _cat/indices/customers-*?v&h=index,health,docs.count,store.size&s=index
        GET /parcels/_search {"query":{"term":{"tracking_no":"SPXMY045218837269"}},"_source":["status","hub","eta"]}
        GET /books/_search {"query":{"term":{"isbn":"978-0-14-143951-8"}},"_source":["title","author","stock_by_branch"]}
        GET /outlets/_search {"query":{"geo_distance":{"distance":"2km","location":{"lat":1.3521,"lon":103.8198}}},"_source":["outlet_name","opening_hours","hotline"]}
        PUT /_security/role/analyst_readonly {"indices":[{"names":["orders-*"],"privileges":["read"],"field_security":{"grant":["*"],"except":["customer.phone","customer.email","customer.ic_no"]}}]}
        GET /search-analytics-*/_search?size=0 {"aggs":{"top_queries":{"terms":{"field":"query.keyword","size":20,"min_doc_count":50}}}}  // min_doc_count keeps one-off queries (often typed-in names or numbers) out of the report
    """),
    ("en", "es_hits"): _lines("""
        {"took":7,"timed_out":false,"_shards":{"total":3,"successful":3,"skipped":0,"failed":0},"hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}
        {"_index":"orders-2026.11","_id":"Fq3xk5MBt2vQ1aZ0pL7e","_score":4.21,"_source":{"order_no":"SO-2026-118274","status":"SHIPPED","items":3,"total_sgd":148.90,"warehouse":"Tuas-02"}}
        {"_index":"wiki-en","_id":"wk-88213","_score":11.7,"_source":{"title":"Halimah Yacob","summary":"President of Singapore from 2017 to 2023; earlier Speaker of Parliament","category":"politics"}}
        {"_index":"products-v3","_id":"SKU-TX-4410","_source":{"name":"Toyota Hilux GR Sport 1:24 diecast","model_code":"GUN126R","price":59.00,"sku":"TX-4410-BLK"}}
        {"took":18,"aggregations":{"by_state":{"buckets":[{"key":"Selangor","doc_count":18422},{"key":"Johor","doc_count":9310},{"key":"Pulau Pinang","doc_count":5127}]}}}
        {"_index":"helpcentre","_id":"kb-0412","_score":6.02,"highlight":{"body":["To update your <em>phone number</em>, go to Account > Profile and verify with the OTP sent to your old number."]}}
        {"_index":"outlets","_id":"sg-bugis","_source":{"outlet":"Bugis Junction","hotline":"6338 4120","hours":"10:00-22:00","services":["repairs","trade-in"]}}
        {"_index":"library-catalogue","_id":"bk-22190","_source":{"title":"A Study in Scarlet","author":"Arthur Conan Doyle","character":"Sherlock Holmes","setting":"221B Baker Street, London"}}
        {"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [customer-profiles-2025]","index":"customer-profiles-2025"}],"status":404}}
        {"_index":"app-events","_source":{"event":"search_submitted","session":"anon-7f3c","query_len":14,"results":22,"locale":"ms-MY","ts":"2026-11-29T14:03:11Z"}}
        {"hits":{"total":{"value":10000,"relation":"gte"}},"aggregations":{"p95_latency_ms":{"values":{"95.0":412.7}},"error_rate":{"value":0.0031}}}
        {"_index":"recipes","_id":"r-1204","matched":true,"explanation":{"value":3.14,"description":"weight(title:durian in 1204) [PerFieldSimilarity], result of:"}}
        {"_index":"billing-events","_id":"be-7702","_source":{"customer_ref":"AC-118190","query_b64":"eyJpbmRleCI6InByb2R1Y3RzLXYzIiwic2l6ZSI6MjAsInNvcnQiOlt7InByaWNlIjoiYXNjIn1dfQ==","status":"replayed"}}
        {"_index":"kibana_sample_data_flights","_source":{"FlightNum":"9HY9SWR","OriginCityName":"Frankfurt am Main","DestCityName":"Sydney","AvgTicketPrice":841.27,"Carrier":"Kibana Airlines"}}
    """),
    ("zh-Hans", "bigquery_result"): _lines("""
        SELECT 省份, COUNT(DISTINCT user_id) AS 活跃用户 FROM `shop-prod.dw.dws_user_daily` WHERE dt = '2026-11-30' GROUP BY 1 ORDER BY 2 DESC LIMIT 3; 结果：广东 182,331 | 浙江 120,874 | 江苏 98,410
        作业 bquxjob_5c1e2a7f_18c3b9d0e41 已完成：处理 2.31 GB，计费 2.31 GB，耗时 4.8 秒，返回 12 行
        字段 | 类型 | 说明 / user_id | STRING | 已脱敏 token / phone_sha256 | BYTES | 手机号哈希，禁止存明文 / reg_city | STRING | 注册城市
        渠道 | 订单数 | GMV(元) / 抖音 | 41,208 | 3,905,217.50 / 小程序 | 22,914 | 1,874,006.20 / 天猫 | 18,377 | 2,006,113.00
        Access Denied: Table shop-prod:ods.ods_member_pii: User does not have permission to query table（请向数据安全组申请 PII 读取权限，工单模板见 Confluence）
        参数化查询示例：SELECT * FROM ods.ods_order WHERE order_no = @order_no AND buyer_phone = @buyer_phone —— 不要把手机号写死在 SQL 里
        搜索热词周榜（公开内容）：1 袁隆平 杂交水稻 | 2 屠呦呦 青蒿素 | 3 莫言 新书 | 4 鲁迅 朝花夕拾
        运单号 SF1402836617294 | 状态 已签收 | 网点 深圳南山科技园 | 时效 26h | 重量 1.2kg
        异常检测：2026-11-28 退款率 3.4%，偏离 +2.1σ，主要集中在 SKU 100045782（小米 14 手机壳）
        试运行：此查询运行时将处理 18.7 GB。建议加 WHERE dt BETWEEN '2026-11-01' AND '2026-11-30' 利用分区裁剪
        科室 | 就诊量 | 平均等待 / 北京协和医院 心内科 | 1,284 | 47 分钟 / 北京协和医院 内分泌科 | 960 | 39 分钟
        [{"城市":"成都","政务热线":"12345","工单量":48210,"满意度":0.93},{"城市":"重庆","政务热线":"12345","工单量":51377,"满意度":0.91}]
        CREATE TEMP FUNCTION mask_id(s STRING) AS (CONCAT(SUBSTR(s, 1, 6), '********', SUBSTR(s, 15, 4))); SELECT mask_id(id_card) AS id_masked FROM ods.ods_member_pii LIMIT 0;
    """),
    ("zh-Hans", "query_log"): _lines("""
        2026-11-30 10:22:13 GET /search?q=%E5%8D%8E%E4%B8%BA%20mate%2070%20%E6%89%8B%E6%9C%BA%E5%A3%B3&page=1 200 38ms
        站内搜索日志 | 关键词：红楼梦 林黛玉 葬花 | 结果数 86 | 点击位次 2 | 来源 App
        [2026-11-29T21:04:55,118][WARN ][index.search.slowlog.query] [es-data-02] [goods-v7][3] took[2.3s], took_millis[2318], total_hits[15234 hits], source[{"query":{"wildcard":{"title":"*羽绒服*"}}}]
        零结果搜索 Top5：小天才电话手表 Z10 / 飞天茅台 2026 / 鸿蒙 NEXT 升级 / 12306 候补 / 个税 年度汇算
        {"@timestamp":"2026-11-30T02:11:40Z","query":"\\u7ea2\\u697c\\u68a6","hits":412,"latency_ms":22}
        埋点 event=search_click keyword=%E6%B7%B1%E5%9C%B3%E6%B9%BE%E5%85%AC%E5%9B%AD%20%E5%81%9C%E8%BD%A6 rank=3 uid=- device=ios
        客服知识库搜索 “怎么修改绑定手机号” → 命中文章 KB-2031《更换绑定手机号流程》
        百度统计 来源词：上海迪士尼 门票 学生票 | 访问 2,341 | 跳出率 41%
        tenant=edu-portal q="身份证号 格式 校验 规则" hits=18 took=9ms
        - - [30/Nov/2026:09:14:02 +0800] "GET /api/suggest?prefix=%E5%8C%97%E4%BA%AC HTTP/1.1" 200 512 "-" "okhttp/4.12.0"
        12345 热线工单检索统计 | 类别：噪音扰民 | 本周 1,208 件 | 办结率 96.3%
        搜索联想：王者荣耀 李白 皮肤 / 王者荣耀 貂蝉 出装 / 王者荣耀 赵云 连招
        [2026-11-30T07:45:10,002][INFO ][index.search.slowlog.query] [es-data-05] [member-v5][0] took[812ms], total_hits[0 hits], source[{"query":{"term":{"id_card":"{{id_card}}"}}}]（压测脚本，模板未渲染）
    """),
    ("zh-Hant", "kibana_export"): _lines("""
        "@timestamp","service.name","http.response.status_code","url.path","event.duration"
        "Nov 30, 2026 @ 09:12:44.018","payment-gw","502","/v2/charge","1,204,551,000"
        /app/discover#/?_g=(time:(from:now-24h,to:now))&_a=(query:(language:kuery,query:'service.name%3A%22checkout-api%22%20and%20http.response.status_code%20%3E%3D%20500'))
        儀表板匯出：港鐵站點搜尋熱度 | 旺角 18,220 | 銅鑼灣 15,907 | 尖沙咀 14,311
        已儲存搜尋「客服工單-未結」：查詢 status:open AND queue:"billing"，欄位 ticket_no, created_at, priority（已依政策移除 customer.* 欄位）
        [Kibana 告警] 規則「登入失敗激增」觸發：過去 15 分鐘 failed_login 共 842 次，來源 TW 61%、HK 22%，無單一帳號超過 5 次
        {"type":"index-pattern","id":"logs-*","attributes":{"title":"logs-*","timeFieldName":"@timestamp"},"coreMigrationVersion":"8.15.0"}
        1999 市民熱線 Kibana 月報：來電 48,312 通 | 平均等候 38 秒 | 類別前三：交通、環保、停車
        "2026-11-29 22:10:03","search-api","q=%E6%96%BD%E6%94%BF%E5%A0%B1%E5%91%8A%202026%20%E6%88%BF%E5%B1%8B","200","41ms"
        欄位對應警告："customer.hkid" 已設為 keyword 且 index:false，請勿加入 Discover 欄位；需查詢請走 DSAR 流程
        Lens 匯出：分店,週末客流 / 信義誠品,12,840 / 台中勤美,8,231 / 高雄夢時代,9,917
        {"query":"\\u65fa\\u89d2 \\u9910\\u5ef3","hits":233,"zero_result":false,"index":"hk-dining-v2"}
        Canvas 匯出：YouBike 站點使用率 Top 3 — 捷運市政府站(2號出口) 97% / 台北車站(忠孝西路) 95% / 捷運公館站 93%
    """),
    ("ms", "query_log"): _lines("""
        2026-11-30 08:41:09 GET /carian?q=resepi+rendang+ayam&lang=ms 200 44ms
        Log carian portal: "cara mohon lesen memandu" | hasil 31 | klik pertama: JPJ - Permohonan Lesen Belajar (LDL)
        Kata kunci tanpa hasil (minggu 48): "bantuan sara hidup 2027", "tarikh cuti sekolah penggal 2", "harga minyak ron95 minggu ini"
        [2026-11-30T11:20:31,774][WARN ][index.search.slowlog.fetch] [es-data-01] [produk-v2][0] took[1.1s], took_millis[1102], total_hits[48211 hits], source[{"query":{"match":{"nama_produk":"kuih raya"}}}]
        Statistik carian bulan November: "Hang Tuah" 1,204 | "Tun Dr Mahathir" 988 | "Tunku Abdul Rahman" 802 | "P. Ramlee filem" 655
        Artikel paling banyak diklik dari carian "talian bantuan kebajikan": Talian Kasih 15999 (24 jam)
        {"acara":"carian","kata_kunci":"tiket ETS KL Ipoh","keputusan":12,"peranti":"android","pengguna":"tanpa-nama"}
        Soalan lazim dari log carian: "Bagaimana nak tukar nombor telefon dalam akaun?" — dijawab oleh artikel KB-118
        Carian nombor pesanan q=ORD-MY-20261129-00418 → 1 padanan, status: Dalam penghantaran (J&T Express)
        GET /api/v1/cari?poskod=43000&kategori=klinik 200 → 17 hasil di kawasan Kajang
        Auto-lengkap awalan "perod" → Perodua Myvi 1.5 AV, Perodua Axia E, Perodua Bezza 1.3 X
        Penapis carian: negeri=Sabah&kategori=homestay&harga_maks=250 → 64 hasil, purata RM 187 semalam
        Saved query Kibana (b64): c3RhdHVzOnB1Ymxpc2hlZCBBTkQga2F0ZWdvcmk6cmVzZXBp → dijadualkan setiap jam untuk papan pemuka resepi
    """),
    ("ms", "bigquery_result"): _lines("""
        SELECT negeri, COUNT(*) AS jumlah_aduan FROM `aduan-prod.analitik.aduan_2026` GROUP BY negeri ORDER BY jumlah_aduan DESC — Keputusan: Selangor 4,112 | Johor 2,087 | Perak 1,544
        Ralat: Syntax error: Unexpected keyword WHERE at [3:1] — semak koma selepas senarai lajur
        Skema jadual pelanggan_bersih: id_pelanggan STRING (token), julat_umur STRING, negeri STRING, no_kp DIBUANG, no_tel DIBUANG
        bulan | pendaftaran_baru | kadar_churn / 2026-09 | 12,408 | 2.1% / 2026-10 | 13,772 | 1.9%
        Kerja bquxjob_77ab10c2_18c4 selesai: 1.4 GB diproses, 230 baris dikembalikan
        Templat laporan: "Pelanggan {nama_penuh} (No. KP: {no_kp}) telah didaftarkan pada {tarikh} di cawangan {cawangan}."
        hospital | katil_digunakan | peratus / Hospital Kuala Lumpur | 2,130 | 88% / Hospital Sultanah Aminah | 940 | 91%
        Anggaran kos pertanyaan: 0.42 USD; cadangan: tapis ikut partisi tarikh_transaksi
        No. invois INV-2026-0093341: jumlah RM 1,284.50, status DIBAYAR, cawangan Shah Alam Seksyen 13
        Sumber data Looker Studio: paparan v_jualan_harian (tiada lajur PII) dikongsi dengan pasukan Kewangan
        SELECT REGEXP_CONTAINS(no_kp, r'^\\d{6}-\\d{2}-\\d{4}$') AS format_sah, COUNT(*) FROM staging.pelanggan GROUP BY 1 → TRUE 98,112 | FALSE 431
    """),
    ("mixed", "analytics_chat"): _lines("""
        eh the Kibana dashboard for 双11 GMV dah update belum? number looks off lepas 3pm
        谁有权限 re-run 那个 BigQuery scheduled query? job dt=2026-11-30 fail sebab quota exceeded
        Reminder: jangan paste raw hits dari index crm-contacts dalam group ni, guna link Kibana je 谢谢
        ES cluster yellow lagi, replica shard kat es-data-04 unassigned, 我先 reroute 一下
        Can someone check 订单号 SO-2026-118290? search-api return 0 hits tapi DB ada
        新的 ILM policy: hot 7d → warm 30d → delete 400d, ikut PDPA retention schedule v3
        boss nak report top search terms campaign 12.12, 我从 Kibana Lens export CSV ok?
        the slowlog threshold 1s terlalu rendah la, 一天几万条 noise
        Pls guna placeholder {{customer_name}} dalam email blast template, jangan hardcode 名字
        那个 "Lee Chong Wei" 的搜索量 spike 是因为 documentary 上映 lah, bukan bot
        BigQuery bill bulan ni RM 3,120, 比上个月多 40%, suspect ada orang SELECT * on events table
        1823 热线 dashboard 数据 delay 2 jam, upstream Pub/Sub backlog, 已开 INC-20261130-0042
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        [2026-11-30T03:17:52,604][WARN ][index.search.slowlog.query] [es-data-03] [customers-v2][1] took[1.4s], took_millis[1412], total_hits[1 hits], search_type[QUERY_THEN_FETCH], total_shards[6], source[{"query":{"term":{"nric.keyword":"S8812345Z"}}}]
        {"_index":"crm-contacts","_id":"c-40021","_score":9.8,"_source":{"name":"Tan Wei Ming","mobile":"+65 9748 2316","segment":"lapsed","last_complaint":"billing overcharge Oct"}}
        {"_index":"billing-events","_id":"be-7781","_source":{"customer_ref":"AC-118204","payload_b64":"eyJuYW1lIjoiR29oIFNpZXcgTGluZyIsIm1vYmlsZSI6Iis2NSA4MjM1IDYxMDQiLCJwbGFuIjoiZmFtaWx5LTMiLCJhcnJlYXJzIjoyMTIuNDB9","status":"dunning"}}
        2026-11-28 14:02:33 GET /patients/_search?q=name%3A%22Rachel%20Lim%20Hui%20Min%22%20AND%20ward%3AB7 200 31ms hits=1 (index: oncology-daycare)
        https://kibana.internal/app/discover#/?_g=(time:(from:now-90d,to:now))&_a=(columns:!(order_no,amount),query:(language:kuery,query:'customer.phone%3A%22%2B60%2012-738%204152%22'))
        {"_index":"call-transcripts","_score":7.4,"highlight":{"transcript":["caller <em>Siobhan Reilly</em> says she missed the March instalment because she was admitted to Changi General for two weeks"]}}
        INFORMATION_SCHEMA.JOBS row | creation_time 2026-11-27 09:41:02 UTC | statement_type SELECT | query: SELECT txn_id, amount, merchant FROM payments.raw_auth WHERE card_pan = '4532018891234578' ORDER BY ts DESC
        POST _bulk | {"index":{"_index":"loyalty-members"}} | {"member":"Ong Bee Leng","dob":"1979-03-14","points":18220,"home":"Blk 412 Bedok North Ave 2 #07-118"}
        [Watcher] account-takeover-suspect fired: 14 failed logins for daniel.okafor84@outlook.com from 3 countries within 10 min, account locked at 02:14 SGT
        Lens export (hr-absence-2026): employee,dept,sick_days,note | Arjun s/o Ramasamy,Logistics,14,MC for lumbar disc surgery | (3 more rows)
        2026-11-29 23:48:10 GET /help/search?q=how+to+cancel+policy+Marcus+D%27Cruz+T0234871Z 200 12ms results=0
        zero-result queries export: "query","count" / "priya.nair87@gmail.com password reset not arriving",3 / "refund status",2
        order_id | recipient | address | delivery_note / SO-2026-118301 | Mr Kelvin Yap | 58 Jalan Kechubong 3, Taman Sri Rampai, 53300 Kuala Lumpur | wife just had surgery, please don't ring the bell
        {"tags":["_grokparsefailure"],"message":"PAYMENT OK ref=PX-2291 card=5524 3300 1928 3743 exp=08/29 name=J SULLIVAN amt=SGD 418.00"}
        {"_index":"sis-students","_source":{"student":"Chloe Fernandez","class":"Sec 3 Integrity","guardian":"Maria Fernandez","counselling_note":"referred for anxiety after parents' divorce"}}
    """),
    "zh-Hans": _lines("""
        [2026-11-30T10:02:17,331][WARN ][index.search.slowlog.query] [es-cn-data-1] [member-v5][2] took[3.1s], took_millis[3102], total_hits[1 hits], source[{"query":{"term":{"id_card":"440305198807143624"}}}]
        2026-11-30 21:15:40 GET /search?q=%E5%BC%A0%E4%B8%BD%E5%A8%9F%2013918472035%20%E9%80%80%E6%AC%BE&from=app 200 57ms
        {"_index":"his-visits","_id":"v-20261127-0093","_source":{"name":"\\u9648\\u5fd7\\u5f3a","addr":"\\u798f\\u7530\\u533a\\u83b2\\u82b1\\u8def3019\\u53f7","dx":"2\\u578b\\u7cd6\\u5c3f\\u75c5","visit":"2026-11-27"}}
        会员ID | 姓名 | 手机 | 累计消费 / M00918273 | 王秀兰 | 186 2034 7719 | ¥48,210.00
        {"_index":"cs-tickets","_source":{"ticket":"TK-20261128-0331","customer":"李建国","content":"李先生来电投诉快递员把包裹扔在楼下，住址南京市鼓楼区湖南路88号2栋1502室"}}
        2026-11-29 08:03:51 GET /search?q=%E7%8E%8B%E5%BB%BA%E5%8D%8E%20%E8%BA%AB%E4%BB%BD%E8%AF%81%20110108196704025513 200 19ms hits=0
        {"event":"post_share","nick":"小胖妈妈","wechat":"xiaopangmama_0917","content":"我家儿子周浩然在实验二小读三年级，数学只考了62分，求推荐家教"}
        "时间","员工","事件" / "2026-11-29 18:22","赵磊（工号 A0317）","因酒驾被停职，驾照暂扣六个月"
        查询历史：SELECT * FROM ods.ods_member_pii WHERE phone = '15821936604' AND name = '刘洋' -- 帮风控查他名下的三笔逾期
        用户 u_88213 搜索历史：“滨江医院 产科 建档” / “孙佳怡 孕12周 NT 结果” / “孙佳怡 医保 报销比例”
        source[{"query":{"match_phrase":{"收货地址":"杭州市西湖区紫荆花路12号紫荆公寓5幢302室 周婷 13957104628"}}}] took[1.8s]
        [{"家长":"黄建平","身份证":"510107197509231613","学生":"黄子轩","班级":"初二(3)班","欠费":"2,400 元"}]
        {"_index":"bank-txn-2026.11","_source":{"acct":"6228481203948570","户名":"吴芳","摘要":"房贷扣款","金额":-6832.17}}
    """),
    "zh-Hant": _lines("""
        [2026-11-28T16:40:09,517][WARN ][index.search.slowlog.query] [hk-es-02] [members-hk][4] took[2.6s], took_millis[2611], total_hits[1 hits], source[{"query":{"term":{"hkid":"Y482913(A)"}}}]
        {"_index":"tw-clinic-visits","_id":"tv-5521","_source":{"payload":"eyLlp5PlkI0iOiLmnpfpm4XlqbciLCLouqvliIborYkiOiJGMjI4NzQ2MTA1Iiwi6ZaA6Ki6Ijoi6Lqr5b+D56eRIn0=","encoding":"base64"}}
        "會員","電話","備註" / "陳美玲","9134 2708","上月投訴外賣延誤兩小時，已補償 $50 優惠券"
        身分證字號 | 姓名 | 保單號 | 理賠紀錄 / A130927542 | 張志明 | LF-8821 | 住院 5 日（右腿骨折）
        {"q":"\\u9ec3\\u5bb6\\u8c6a 6472 1935","hits":2,"index":"hk-members","ts":"2026-11-30T13:22:07+08:00"}
        {"_index":"cs-line","_source":{"channel":"LINE","line_id":"weiting.chen0817","name":"陳薇婷","msg":"我上週在信義店買的吸塵器壞了，要退貨"}}
        {"收件人":"蔡宗翰","手機":"0937-482-615","地址":"台中市西屯區福星路427巷8號3樓","付款":"貨到付款"}
        {"_index":"collections-hk","_source":{"客戶":"郭小文","地址":"九龍觀塘秀茂坪邨秀明樓1207室","欠款":"HK$8,400","催收次數":4}}
        JOBS 紀錄：SELECT * FROM claims.tw_claims WHERE 身分證 = 'H223610488' -- 幫林淑芬查癌症險理賠進度
        零結果查詢匯出：「K716204(9) 續領智能身份證」 次數 1 ｜「預約 換證」 次數 48
    """),
    "ms": _lines("""
        [2026-11-30T09:55:02,218][WARN ][index.search.slowlog.query] [es-my-01] [pelanggan-v3][1] took[2.0s], took_millis[2004], total_hits[1 hits], source[{"query":{"term":{"no_kp":"910223-14-6071"}}}]
        2026-11-29 10:14:26 GET /borang/semak?nama=Nur+Aisyah+binti+Kamarudin&ic=880512-10-5634 200 88ms
        nama | no_tel | tunggakan_rm / MUHAMMAD HAFIZ BIN ABDUL RAHMAN | 017-229 4861 | 3,412.60
        {"_index":"his-wad","_source":{"pesakit":"Kavitha a/p Subramaniam","wad":"Wad 5B","diagnosis":"denggi berdarah","tarikh_masuk":"2026-11-26"}}
        Carian tanpa hasil: "alamat saya no 14 jalan mawar 3 taman melati 53100 kl nak tukar alamat penghantaran" (1 kali)
        "pelajar","sekolah","catatan" / "Aiman bin Zulkifli","SK Taman Tun Dr Ismail 2","digantung sekolah 3 hari kerana bergaduh"
        {"_index":"langganan","_source":{"email_b64":"c2l0aS5oYWphci5yYW1saTkyQHlhaG9vLmNvbQ==","pelan":"premium","bayaran_gagal":2}}
        GET /cari?q=Lim+Ah+Kow+pinjaman+ditolak+kad+4117730229485614 200 → 0 hasil
        {"_index":"sokongan-chat","_source":{"saluran":"Telegram","pengguna":"@faridahjb88","mesej":"Saya Faridah, suami saya masuk HSA semalam, boleh tangguh bayaran bulan ni?"}}
        Sejarah kerja BigQuery: SELECT * FROM pinjaman.akaun WHERE no_kp = '750830-07-5219' -- kes Encik Chandran a/l Muniandy, permohonan muflis
        {"_index":"penghantaran","_source":{"resit":"b64","data":"eyJwZW5lcmltYSI6IlJvaGFuaSBiaW50aSBZdXNvZiIsImFsYW1hdCI6Ik5vIDI3LCBKYWxhbiBLZW5hbmdhIDQsIFRhbWFuIEJ1a2l0IEluZGFoLCA4MTIwMCBKb2hvciBCYWhydSJ9"}}
    """),
    "mixed": _lines("""
        eh 帮我 check ES hit ni: {"name":"Lee Mei Fong","ic":"030417-01-0482","status":"blacklist"} 为什么 masih active dalam app?
        Kibana export row pelik: Vincent Loh, +65 9461 0385, complaint re late delivery — 谁 tag dia as VIP?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a data engineering team."),
        (
            "user",
            'Why does this return 0 hits on crm-contacts? {"query":{"term":{"mobile":"+65 8235 6104"}}} The doc is definitely in the index.',
        ),
        (
            "assistant",
            "Most likely `mobile` is mapped as `text`, so the stored value was tokenised and a term query on the full string never matches. Query `mobile.keyword` instead, or normalise numbers to E.164 without spaces at ingest.",
        ),
        (
            "user",
            "mobile.keyword worked. It's Goh Siew Ling's record, the lady who's threatening to sue us over the double charge.",
        ),
    ],
    [
        (
            "user",
            "BigQuery 里这一行年龄算出来是负数，帮我看看：user_id=U77120, 姓名=徐静怡, id_card=310104199203054821",
        ),
        (
            "assistant",
            "出生日期在身份证第 7 到 14 位，应该用 PARSE_DATE('%Y%m%d', SUBSTR(id_card, 7, 8))，再用 DATE_DIFF(CURRENT_DATE(), birth, YEAR)。你可能截取成了第 6 位开始。",
        ),
        ("user", "对，SUBSTR 起点写错了。改完是 34 岁。"),
    ],
    [
        (
            "user",
            "Kibana Discover 匯出嘅 CSV 入面 hkid 欄位冇打碼，例如呢行：李穎芝,Z330958(5),信用卡逾期 3 期，點樣喺 ingest pipeline 遮住？",
        ),
        (
            "assistant",
            "可以加一個 gsub processor，pattern 用 [A-Z]{1,2}\\d{6}\\([0-9A]\\)，replacement 設為 [HKID]，然後 reindex 舊資料。",
        ),
        ("user", "多謝，我先 reindex customers-hk。"),
    ],
    [
        (
            "user",
            "Saya nak cari semua aduan dalam Kibana untuk seorang pelanggan, Encik Rosli bin Hamzah, dia call marah pasal bil air RM 640.",
        ),
        (
            "assistant",
            'Dalam Discover, guna KQL seperti customer.name : "Rosli bin Hamzah" and category : "bil", dan set julat masa 90 hari.',
        ),
        ("user", "Tak jumpa. Dalam sistem nombor dia 019-552 8034, boleh guna tu?"),
        (
            "assistant",
            'Boleh, cuba customer.phone : "019-552 8034" dan pastikan medan itu jenis keyword.',
        ),
    ],
    [
        (
            "user",
            "Who ran this query last week? It pulled an entire customer profile out of BigQuery.",
        ),
        (
            "assistant",
            "Check region-us.INFORMATION_SCHEMA.JOBS_BY_PROJECT filtered on creation_time and query LIKE '%customers%'; user_email tells you who ran it.",
        ),
        (
            "user",
            "Found it, legit. It was for the subject access request from Mrs Lakshmi Pillai, lakshmi.pillai61@hotmail.com, she wants every record we hold on her.",
        ),
    ],
    [
        (
            "user",
            "搜索日志里 uid 55012 连续几天搜“抑郁症 门诊 挂号”和“请病假 需要什么证明”，这种要不要进推荐模型？",
        ),
        (
            "assistant",
            "健康相关的搜索属于敏感数据，建议在特征层直接过滤这类关键词，不要进入推荐或画像。",
        ),
        ("user", "明白。顺便说一下，这个 uid 就是我们财务部的何静，HR 那边已经知道她在休病假。"),
    ],
    [
        (
            "user",
            "can help write ES query find all attendance records for one student? name Kenneth Teo Jun Hao, NRIC T1456023D",
        ),
        (
            "assistant",
            'Use a bool filter: {"query":{"bool":{"filter":[{"term":{"student_id.keyword":"<id>"}},{"range":{"date":{"gte":"2026-01-01"}}}]}}}. Filtering on the NRIC field works the same way if it is mapped as keyword.',
        ),
        ("user", "ok got it, he absent 23 days this year, mummy say got asthma attack"),
    ],
    [
        (
            "user",
            "Hasil BigQuery ni pelik, dua rekod untuk orang yang sama: AHMAD FAUZI BIN SALLEH, 960101-12-5347, Kota Kinabalu, satu status aktif satu tamat. Macam mana nak dedupe?",
        ),
        (
            "assistant",
            "Guna ROW_NUMBER() OVER (PARTITION BY no_kp ORDER BY tarikh_kemaskini DESC) dan simpan baris pertama sahaja.",
        ),
        (
            "user",
            "Dah jadi, terima kasih. Yang tamat tu akaun lama dia sebelum pindah ke Sandakan.",
        ),
    ],
    [
        (
            "user",
            "I need a regex for the highlight masker. Sample doc: 'Mdm Wong Ah Lian, 88, fell at home again, son Wong Kok Keong S7723190J to be informed'",
        ),
        (
            "assistant",
            "For Singapore NRIC/FIN: [STFGM]\\d{7}[A-Z]. Apply it in a gsub processor before indexing rather than at highlight time.",
        ),
        ("user", "thanks, will push to the ingest pipeline"),
    ],
    [
        (
            "user",
            "Kibana 上這筆交易被標成可疑，幫我看一下欄位對不對：card 5187623409817262，持卡人 許文雄，高雄",
        ),
        (
            "assistant",
            "卡號欄位看起來是完整 PAN，建議只保留前 6 後 4。可疑標記通常看 amount 和 merchant_country。",
        ),
        ("user", "金額 NT$86,000，在澳門的賭場刷的，他太太說他不可能去。"),
    ],
]
