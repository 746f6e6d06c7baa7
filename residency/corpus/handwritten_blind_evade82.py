# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade82: personal data in messaging queues and event streams (Kafka, RabbitMQ, SQS, Avro/protobuf dumps). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade82
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "kafka consumer output"): _lines("""
        Partition 4 Offset 18820417 Key ord-7731920: {"orderId":"SO-2024-7731920","sku":"KB-MX3-BLK","qty":1,"amountCents":45900,"currency":"SGD","status":"PAID","ts":1733470211045}
        kcat -C -b kafka-01.internal:9092 -t payments.settled.v2 -o -5 -e -f 'Partition %p Offset %o Key %k Headers %h: %s\\n'
        offset=902113 key=null headers=[traceparent:00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01] value=eyJldmVudCI6ImNhcnQuYWJhbmRvbmVkIiwiY2FydElkIjoiY185ZjEyYWIiLCJpdGVtcyI6MywidmFsdWVDZW50cyI6MTI4NDAsInJlZ2lvbiI6ImFwLXNvdXRoZWFzdC0xIn0=
        [2024-12-06 03:14:07,551] WARN [Consumer clientId=billing-svc-2, groupId=billing] Offset commit failed on partition invoices-7 at offset 551204: The coordinator is not aware of this member. (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)
        GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG | notif-dispatch sms.outbound.v1 0 4410923 4410987 64 | notif-dispatch sms.outbound.v1 1 4408811 4412093 3282 | notif-dispatch sms.outbound.v1 2 4409730 4409730 0
        CreateTime:1733468400123 key=SKU-88120-RED value={"sku":"SKU-88120-RED","warehouse":"SG-TUAS-02","onHand":114,"reserved":9,"reorderPoint":40}
        {"topic":"shipment.events","partition":9,"key":"SPXSG0244718823","value":{"trackingNo":"SPXSG0244718823","status":"OUT_FOR_DELIVERY","hub":"Pasir Panjang DC","eta":"2024-12-06T18:00:00+08:00"}}
        Raw value bytes for orders-avro p3 o77120 (magic byte + schema id 1042): 00 00 00 04 12 1e 53 4f 2d 32 30 32 34 2d 37 37 33 31 39 32 30 98 cd 05 06 53 47 44 08 50 41 49 44 ca af 82 ae f3 64
        org.apache.kafka.common.errors.SerializationException: Error retrieving Avro value schema for id 1187 | Caused by: io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Subject 'customer.profile.v3-value' not found.; error code: 40401
        key=dev-7f3a21 value={"deviceId":"dev-7f3a21","site":"Changi Business Park DC-2","rack":14,"tempC":24.6,"humidity":61,"fw":"3.2.17"}
        {"customerId":"${CUSTOMER_ID}","email":"<redacted>","phone":"<redacted>","nric":"<redacted>","event":"profile.updated","changed":["marketingOptIn"]}
        key=news-88213 value={"source":"Reuters","headline":"Tim Cook says Apple will expand its Ang Mo Kio campus","section":"business","published":"2024-12-05T09:12:00Z"}
        {"user":"loadtest-00421@example.invalid","event":"login.success","client":"k6/0.47.0","run":"perf-2024-12-05-nightly"}
        [kafka-producer-network-thread | producer-3] WARN o.a.k.c.p.i.Sender - [Producer clientId=producer-3] Got error produce response with correlation id 882130 on topic-partition loyalty.points-11, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER
    """),
    ("en", "sqs and sns messages"): _lines("""
        {"Messages":[{"MessageId":"6a1f2c3e-9b7d-4e21-8f0a-3c5d7e9b1a24","ReceiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a/b2Xq7tqF1rPm0wYxo==","MD5OfBody":"9f86d081884c7d659a2feaa0c55ad015","Body":"{\\"orderId\\":\\"SO-88213\\",\\"event\\":\\"refund.approved\\",\\"amount\\":\\"49.90\\",\\"currency\\":\\"SGD\\"}","Attributes":{"ApproximateReceiveCount":"6","SentTimestamp":"1733461207311"}}]}
        {"Type":"Notification","MessageId":"b2c4e6f8-1a3c-4d5e-9f70-8a2b4c6d8e01","TopicArn":"arn:aws:sns:ap-southeast-1:123456789012:s3-export-events","Message":"{\\"Records\\":[{\\"eventName\\":\\"ObjectCreated:Put\\",\\"s3\\":{\\"bucket\\":{\\"name\\":\\"analytics-exports-sg\\"},\\"object\\":{\\"key\\":\\"exports/2024/12/06/part-0003.parquet\\",\\"size\\":48211733}}}]}"}
        {"deadLetterTargetArn":"arn:aws:sqs:ap-southeast-1:123456789012:payments-dlq","maxReceiveCount":"5"}
        aws sqs receive-message --queue-url https://sqs.ap-southeast-1.amazonaws.com/123456789012/kyc-intake-dlq --attribute-names All --message-attribute-names All --max-number-of-messages 10 --visibility-timeout 0
        ALARM: "kyc-intake-dlq-depth" in Asia Pacific (Singapore) | Threshold Crossed: 1 datapoint [142.0 (06/12/24 02:15:00)] was greater than or equal to the threshold (100.0). | Metric: ApproximateNumberOfMessagesVisible
        2024-12-06T02:16:41.203Z 1f0c7a2e-55d1-4b6e-9a0f-3e2d1c4b5a69 ERROR Invoke Error {"errorType":"ValidationError","errorMessage":"field 'nric' failed checksum; message moved to DLQ","stack":["ValidationError: field 'nric' failed checksum","    at validate (/var/task/index.js:88:11)"]}
        "Body":"eyJldmVudCI6InN1YnNjcmlwdGlvbi5yZW5ld2VkIiwicGxhbiI6ImZhbWlseS1hbm51YWwiLCJhbW91bnQiOiIyMTkuMDAiLCJjdXJyZW5jeSI6Ik1ZUiIsImludm9pY2UiOiJJTlYtTVktMjAyNC0wMDg4MjEzIn0=","MessageAttributes":{"contentEncoding":{"DataType":"String","StringValue":"base64"}}
        MessageGroupId=merchant-M10442 MessageDeduplicationId=5d41402abc4b2a76b9719d911017c592 SequenceNumber=18889210553417289728 ApproximateFirstReceiveTimestamp=1733452001876
        {"version":"0","id":"7d2c1e8a-0f4b-4c3d-a1e2-9b8c7d6e5f40","detail-type":"Order Shipped","source":"com.shopco.orders","account":"123456789012","time":"2024-12-06T01:02:03Z","region":"ap-southeast-1","detail":{"orderId":"SO-2024-8812044","carrier":"Ninja Van","parcels":2}}
        {"batchItemFailures":[{"itemIdentifier":"059f36b4-87a3-44ab-83d2-661975830a7d"},{"itemIdentifier":"2e1424d4-f796-459a-8184-9c92662be6da"}]}
        {"template":"OTP_SMS_V3","locale":"en-SG","body":"Your verification code is {{otp}}. It expires in 5 minutes. Never share it with anyone.","to":"{{msisdn}}","senderId":"SHOPCO"}
        MessageAttributes: {"AWS.SNS.SMS.SMSType":{"DataType":"String","StringValue":"Transactional"},"AWS.SNS.SMS.SenderID":{"DataType":"String","StringValue":"DBSBANK"}} Body: "DBS: Our branches will close at 3pm on 24 Dec. For assistance call 1800 111 1111."
        aws sqs start-message-move-task --source-arn arn:aws:sqs:ap-southeast-1:123456789012:orders-dlq --destination-arn arn:aws:sqs:ap-southeast-1:123456789012:orders --max-number-of-messages-per-second 50
    """),
    ("zh-Hans", "kafka 事件与日志"): _lines("""
        分区 2 偏移量 7731204 键 order-88120339: {"订单号":"JD20241206883120","商品":"小米充电宝 20000mAh","数量":2,"金额":"¥258.00","状态":"已支付"}
        {"event":"\\u5e93\\u5b58\\u9884\\u8b66","warehouse":"\\u5e7f\\u5dde\\u767d\\u4e91\\u4ed3","sku":"SKU-20931","onHand":12,"threshold":50}
        【告警】消费组 risk-engine 在 topic loan.apply.v3 的积压超过 50000 条，分区 5 最高，请值班同学处理。
        2024-12-06 09:12:44.118 ERROR [kafka-consumer-3] c.x.notify.SmsConsumer - 短信发送失败，模板ID SMS_274513021，错误码 isv.BUSINESS_LIMIT_CONTROL，消息已转入死信主题 sms.dlq
        value(base64)=eyLmtLvliqgiOiLlj4zljYHkuozmu6Hlh48iLCLpl6jmp5siOjI5OSwi5LyY5oOgIjo1MCwi5rig6YGTIjoi5bCP56iL5bqPIiwi5byA5aeLIjoiMjAyNC0xMi0xMCAwMDowMCJ9
        {"type":"merchant.updated","merchantId":"M8820391","name":"老街坊面馆（徐汇店）","hotline":"400-820-3311","city":"上海","营业时间":"10:30-21:30"}
        {"频道":"财经","标题":"雷军：小米汽车年交付目标上调至13万辆","来源":"新华社","发布时间":"2024-11-19 10:05"}
        {"模板":"您好 ${姓名}，您的快递 ${运单号} 已到达 ${驿站名称}，取件码 ${取件码}。","渠道":"SMS","签名":"【菜鸟驿站】"}
        {"运单号":"SF1420387719023","节点":"已到达【深圳宝安转运中心】","时间":"2024-12-06 02:41:09","下一站":"广州白云集散中心"}
        {"before":{"id":10293,"库存":40},"after":{"id":10293,"库存":38},"source":{"connector":"mysql","db":"wms","table":"sku_stock"},"op":"u","ts_ms":1733447701220}
        spring.kafka.listener.ack-mode=manual_immediate # 死信重试 3 次后投递到 order.DLT，退避 1s/2s/4s
        12月5日死信统计：payment.callback.DLT 共 1,284 条，其中签名校验失败 1,102 条，超时 182 条，无用户侧影响。
        {"书名":"红楼梦","作者":"曹雪芹","人物":"林黛玉","ISBN":"9787020002207","库存":36,"仓库":"北京通州仓"}
        {"事件":"交易提醒模板","内容":"【工商银行】您尾号{{尾号}}的卡于{{时间}}支出{{金额}}元。如有疑问请致电95588。"}
    """),
    ("zh-Hant", "RabbitMQ 死信"): _lines("""
        x-death: [{count=3, reason=rejected, queue=tw.invoice.issue, exchange=einvoice.ex, routing-keys=[invoice.issue], time=2024-12-06T01:22:10Z}] | x-first-death-reason=rejected | payload={"發票號碼":"AB-12345678","金額":1280,"賣方統編":"24536806"}
        在 RabbitMQ 管理介面中，選取 dlx.orders 佇列後點擊「Get messages」，Ack mode 請選 Nack message requeue true，以免誤刪死信。
        basic.reject requeue=false delivery_tag=88213 consumer_tag=amq.ctag-Xy3kQ9aLp0 redelivered=true exchange=hk.parcel routing_key=hk.parcel.status
        payload_encoding: base64 | payload: eyLllq7omZ8iOiJISy1QQ0wtMjAyNC00NDgxMjAiLCLni4DmhYsiOiLmtL7pgIHkuK0iLCLnq5npu54iOiLokbXmtoznianmtYHkuK3lv4MiLCLpoJDoqIgiOiIxODowMOWJjSJ9
        {"事件":"門市營業時間更新","門市":"誠品書店 信義店","營業時間":"11:00-22:00","客服專線":"02-8789-8921"}
        {"路線":"九巴 1A","事件":"臨時改道","原因":"彌敦道封路","生效":"2024-12-07 06:00","來源":"運輸署"}
        通知模板 notify.hk.v2：「{{稱謂}}您好，您的申請 {{參考編號}} 已收到。如有查詢，請致電 1823 政府熱線。」
        {"主題":"書評推送","作品":"金庸《射鵰英雄傳》","人物":"郭靖、黃蓉","評分":4.8,"ISBN":"9789573226109"}
        rabbitmqctl list_queues name messages_ready messages_unacknowledged | tw.kyc.review.dlq 214 0 | tw.kyc.review 0 12 | tw.sms.outbound 3 40
        死信佇列的訊息保留 14 天（x-message-ttl=1209600000），超過後自動刪除；含個資欄位的訊息必須先經遮罩服務處理才能重送。
        {"src-uri":"amqp://","src-queue":"orders.dlq","dest-uri":"amqp://","dest-queue":"orders.retry","ack-mode":"on-confirm","src-delete-after":"queue-length"}
        本週 DLQ 彙整：台北區 rejected 412 筆、expired 97 筆、maxlen 3 筆；高雄區無異常，預計週五完成重送。
        {"批次":"POINTS-EXP-20241231","對象數":18230,"事件":"點數到期提醒","平均點數":350,"發送時段":"09:00-12:00"}
    """),
    ("ms", "notis aliran acara"): _lines("""
        Mesej dalam baris gilir mati (DLQ) akan dicuba semula 3 kali sebelum dipindahkan ke arkib. Sila jangan salin kandungan mesej ke dalam tiket Jira.
        {"acara":"pesanan.dihantar","noPesanan":"LZ-MY-2024120688213","kurier":"Pos Laju","noJejak":"ER882013475MY","negeri":"Selangor"}
        {"templat":"PERINGATAN_BIL","mesej":"Tuan/Puan {{nama}}, bil anda sebanyak RM{{jumlah}} perlu dijelaskan sebelum {{tarikh}}.","saluran":"SMS"}
        nilai=eyJhY2FyYSI6ImtlbXBlbi5wcm9tb3NpIiwia29kIjoiUkFZQTIwMjUiLCJkaXNrYXVuIjoxNSwidGFtYXQiOiIyMDI1LTA0LTEwIn0=
        Talian bantuan rasmi dalam templat notifikasi: Maybank 1-300-88-6688, TNB Careline 15454, sila semak sebelum kempen dilancarkan.
        Laporan harian DLQ 6/12: topik bayaran.fpx 342 mesej gagal (tamat masa bank), topik ekyc.semak 17 mesej (skema tidak sah).
        {"sumber":"Bernama","tajuk":"Anwar Ibrahim bentang Belanjawan 2025 di Dewan Rakyat","kategori":"politik","masa":"2024-10-18T16:00:00+08:00"}
        protoc --decode_raw < mesej.bin → 1: "SEL-PKG-0042" / 2: 1733450000 / 3: "Gudang Shah Alam Seksyen 26" / 4: 240
        Amaran: kumpulan pengguna "bil-notifikasi" ketinggalan 12,880 mesej pada partition 3. Semak sambungan ke broker kafka-my-2.
        Bagaimana cara menyembunyikan nombor MyKad dalam log Kafka Connect? Guna SMT MaskField pada medan "ic_no" sebelum rekod ditulis ke topik DLQ.
        {"acara":"kemas.kini.cawangan","cawangan":"Klinik Kesihatan Seksyen 7 Shah Alam","waktu":"08:00-17:00","telefon":"03-5510 1234"}
        Skema Avro "PelangganV3": medan nama (string), no_kp (string, pii=true), telefon (["null","string"]), alamat (rekod Alamat). Versi 7 didaftarkan dalam Schema Registry.
        {"acara":"cuti.umum","tarikh":"2025-03-31","nama":"Hari Raya Aidilfitri","negeri":["semua"],"sumber":"JPM"}
    """),
    ("mixed", "protobuf and avro dumps"): _lines("""
        payload=0a0c534b552d343431322d424c5510031a0f77617265686f7573652d73672d3032 (protobuf, InventoryReserved v2)
        protoc --decode_raw 输出: 1: "订单超时取消" / 2: 1733451200 / 3: "JD-OC-88120" / 4 { 1: "华东仓" 2: 7 }
        {"eventId":"e7c1a9f0-2b4d-4e8a-9c1f-7a3b5d2e0c18","type":{"string":"库存调拨"},"fromWh":{"string":"KUL-01"},"toWh":{"string":"PEN-02"},"qty":{"int":120}}
        message CustomerCreated { string customer_id = 1; string full_name = 2 [(pii) = true]; string mobile = 3 [(pii) = true]; string id_number = 4 [(pii) = true]; } // 字段 2-4 写入 Kafka 前必须加密
        {"type":"record","name":"Pelanggan","namespace":"my.bank.kyc","fields":[{"name":"nama","type":"string"},{"name":"mykad","type":"string"},{"name":"telefon","type":["null","string"],"default":null}]}
        hexdump -C stock.bin: 00000000  0a 0e 73 74 6f 63 6b 2e  61 64 6a 75 73 74 65 64  |..stock.adjusted| / 00000010  12 0d 53 4b 55 2d 32 30  39 33 31 2d 57 48 54 18  |..SKU-20931-WHT.| / 00000020  0c 22 0b 77 68 2d 73 7a  2d 62 61 2d 30 31        |.".wh-sz-ba-01| / 0000002e
        curl -s http://schema-registry:8081/subjects/kyc.applications-value/versions/latest | jq .id → 2231，这个 subject 的兼容性是 BACKWARD_TRANSITIVE
        DLQ 里那条 protobuf 解不出来，是因为 producer 用了 v4 的 .proto 但 consumer 还在 v3，field 7 从 string 改成了 bytes。
        Rekod Avro ni gagal deserialize sebab magic byte bukan 0x00 — producer lupa guna KafkaAvroSerializer. Schema id dalam header 0x000004D2 = 1234.
        Body=action=stock_adjust&sku=KB-MX3-BLK&delta=-2&reason=%E7%9B%98%E7%82%B9%E5%B7%AE%E5%BC%82&wh=SZ-BA-01
        headers: ce_type=com.shop.stock.reserved ce_source=/wms ce_id=8b1f4c2a-77e0-4d19-b6a3-0f5e9c2d1a47 | value(b64)=Cg5zdG9jay5yZXNlcnZlZBIMU0tVLTQ0MTItQkxVGAMiCHdoLXNnLTAy
        個 consumer 又 rebalance 咗，partition 3 嘅 offset 卡喺 4410923，我哋 reset 去 latest 先，之後再 replay DLQ。
        Avro binary (ID 2231, subject weather.readings-value): 00 00 00 08 b7 16 57 53 53 47 2d 43 48 41 4e 47 49 80 84 90 9b f3 64 14 68 65 61 76 79 20 72 61 69 6e 3e
        grpc-status-details-bin 解码: 1: 4 / 2: "deadline exceeded calling inventory.Reserve after 3000ms" — 跟用户无关，是库存服务超时。
    """),
    ("en", "runbooks and schema notes"): _lines("""
        Runbook DLQ-07: when kyc-intake-dlq exceeds 100 messages, page the on-call via PagerDuty, then run the redrive script with --dry-run first.
        Never paste raw message bodies from *.pii.* topics into Slack; use the dlq-peek tool, which masks every field tagged pii=true in the schema.
        Q: Why does my Kafka consumer see the same message twice after a rebalance? A: Offsets are committed after processing; make the handler idempotent using the event's idempotency key.
        Retention policy: topics under customer.* keep 7 days (retention.ms=604800000); compacted topics keep the latest value per key until a tombstone (null value) is written.
        To erase a customer under a deletion request, publish a tombstone with the customer key to customer.profile.v3 and wait for log compaction; min.cleanable.dirty.ratio=0.1.
        Field naming: use snake_case in Avro (given_name, family_name, date_of_birth) and mark each personal field with "pii": true so the masking SMT can find it.
        Example DLQ header set: __connect.errors.topic=<source-topic> __connect.errors.partition=<n> __connect.errors.offset=<n> __connect.errors.exception.class.name=org.apache.kafka.connect.errors.DataException
        Post-incident review INC-20241203-14: a misconfigured SMT routed 31,552 sms.outbound records to the DLQ for 47 minutes; no records were lost and all were replayed by 04:10 SGT.
        The masking SMT recognises NRIC/FIN with ^[STFGM]\\d{7}[A-Z]$ and MyKad with ^\\d{6}-?\\d{2}-?\\d{4}$; tune the patterns before enabling them on the payments topics.
        Platform newsletter trivia: Jay Kreps named Kafka after Franz Kafka because it is a system optimised for writing and he liked Kafka's work.
        Test data only: generate synthetic customers with Faker(locale="ms_MY") and Faker(locale="zh_TW"); never copy production records into the staging cluster.
        consumer.override.max.poll.records=200, errors.tolerance=all, errors.deadletterqueue.topic.name=crm-sink-dlq, errors.deadletterqueue.context.headers.enable=true
    """),
    ("zh-Hans", "运维群聊"): _lines("""
        @值班 payment.callback 的死信又涨了，看了下全是银联回调验签失败，不涉及用户数据，我先把重试关了。
        谁动了 order-events 的分区数？从 12 改成 24 之后 key 的路由全乱了，下游对账差了 3,112 单。
        提醒：死信消息里可能有身份证号和手机号，排查时请用脱敏查看工具，不要直接 kcat 打到终端里。
        RocketMQ 那边的重试队列 %RETRY%notify_group 堆了 8 万条，应该是短信通道限流，运营商说 10 点恢复。
        protobuf 解析报错 "invalid wire type 7 at offset 42"，大概率是上游把 JSON 直接塞进了 bytes 字段。
        今晚 23:00-23:30 升级 Kafka 集群到 3.7.1，期间 producer 会有短暂重试，请各业务方知悉。
        这个 SQS 队列的可见性超时只有 30 秒，Lambda 要跑 45 秒，所以消息被反复投递，改成 270 秒就好了。
        客服系统推送的工单事件里 "customerName" 字段现在统一是 "***"，脱敏网关昨晚已经上线。
        周报：死信总量环比下降 42%，主要是修复了地址解析服务的超时；剩余问题集中在港澳台地址格式。
        复盘会改到周五下午 3 点，会议室 B2-301，议题是 12/3 的消息重复消费事故。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Partition 1 Offset 2290173 Key cus_77120: eyJmdWxsTmFtZSI6IlRhbiBXZWkgTWluZyIsIm5yaWMiOiJTODgzNDEyN0kiLCJtb2JpbGUiOiIrNjUgOTEyMyA0ODE3IiwiZXZlbnQiOiJreWMuc3VibWl0dGVkIn0=
        {"MessageId":"3c9e1f7a-2b4d-4a6c-8e0f-1d3b5a7c9e22","Body":"{\\"recipient\\":\\"Priya d/o Ramasamy\\",\\"address\\":\\"Blk 412 Bedok North Ave 2 #08-117, Singapore 460412\\",\\"parcel\\":\\"NV-SG-88120413\\",\\"note\\":\\"leave with neighbour, she is on dialysis Tue/Thu\\"}","Attributes":{"ApproximateReceiveCount":"5"}}
        __connect.errors.topic=crm.customers __connect.errors.offset=88213 __connect.errors.exception.message=Value "jasminekoh.lt88@gmail.com" for column contact_email violates unique constraint customers_email_key
        {"before":{"id":88213,"name":"Marcus Lim Jun Hao","card_last4":"4417","credit_limit":8000},"after":{"id":88213,"name":"Marcus Lim Jun Hao","card_last4":"4417","credit_limit":3000,"note":"limit cut after 3 missed payments"},"source":{"db":"cards","table":"accounts"},"op":"u","ts_ms":1733440012877}
        hexdump -C dlq-msg-0417.bin: 00000000  0a 13 52 61 63 68 65 6c  20 53 69 6d 20 50 65 69  |..Rachel Sim Pei| / 00000010  20 53 68 61 6e 12 10 35  32 30 34 37 34 31 31 36  | Shan..520474116| / 00000020  30 39 33 33 31 38 32 18  94 15 22 16 72 61 63 68  |0933182...".rach| / 00000030  65 6c 73 69 6d 2e 70 73  40 67 6d 61 69 6c 2e 63  |elsim.ps@gmail.c| / 00000040  6f 6d                                             |om| / 00000042
        Raw value (Confluent wire format, schema 2231): 00 00 00 08 b7 18 54 61 6e 20 53 69 65 77 20 48 77 61 12 53 37 34 31 32 33 39 30 42 16 2b 36 35 39 36 31 32 30 34 35 38 80 9a df 9a f3 64
        x-first-death-queue=clinic.reminders x-first-death-reason=rejected | payload={"patient":"Aaron Fernandes","dob":"1979-03-22","clinic":"Oncology Day Ward","appt":"2024-12-09T09:30","mobile":"8765 2290"}
        MessageAttributes: {"AWS.SNS.SMS.SenderID":{"DataType":"String","StringValue":"SHOPCO"},"phoneNumber":{"DataType":"String","StringValue":"+6591827364"}} Body: "Hi Wei Jie, your parcel to 24 Clementi Rd #05-12 is delayed to Saturday."
        Body=first_name=Daniel&last_name=O%27Connor&email=dan.oconnor77%40outlook.com&plan=premium&card=4539970218345573&exp=08%2F27
        user-5590123 {"eventType":"PASSWORD_RESET_REQUESTED","email":"r.subramaniam.84@yahoo.com","ip":"203.117.44.21","displayName":"Ravi s/o Subramaniam"}
        2024-12-06T07:41:22.913Z ERROR notif-worker DLQ reason=ThrottledByCarrier msisdn=+6587412903 recipient="Chloe Ng" body="Hi Chloe, your IVF consult is confirmed for 12 Dec 10:15am"
        {"applicant":{"string":"CHAN Ka Yan"},"hkid":{"string":"Y739204(2)"},"employer":{"string":"Kowloon Motor Bus"},"monthlyIncome":{"long":28500},"product":{"string":"personal-loan"}}
        dlq peek #4: acct 0721-0-884213 GOH SIEW LING chargeback disputed 2x, frozen pending fraud review
        MismatchedInputException: Cannot deserialize value of type `java.time.LocalDate` from String "22/03/1981" (through reference chain: Member["dateOfBirth"]) | raw={"memberNo":"M-22013","name":"Siobhan Pereira","dateOfBirth":"22/03/1981","gym":"Tampines Hub","plan":"off-peak"}
        headers=[x-tenant:sg-retail, x-customer-email:6e6967656c2e666f6e672e776b40676d61696c2e636f6d, x-customer-name:4e6967656c20466f6e6720576169204b656f6e67] value={"event":"loyalty.tier.downgraded","from":"GOLD","to":"SILVER"}
    """),
    "zh-Hans": _lines("""
        {"name":"\\u738b\\u6d77\\u71d5","idCard":"330106199909156244","phone":"13957120846","city":"\\u676d\\u5dde","event":"\\u5b9e\\u540d\\u8ba4\\u8bc1\\u5931\\u8d25"}
        value=eyLmlLbku7bkuroiOiLliJjlu7rlm70iLCLnlLXor50iOiIxMzggMTAyNCA3NzM5Iiwi5Zyw5Z2AIjoi5YyX5Lqs5biC5pyd6Ziz5Yy65pyb5Lqs6KW/5Zut5LiJ5Yy6MzEy5Y+35qW8MuWNleWFgzExMDEiLCLlpIfms6giOiLmlL7pl6jlj6PvvIzliKvmjInpl6jpk4PvvIzlrrbph4zmnInlqbTlhL8ifQ==
        __connect.errors.exception.message=字段 id_no 值 31011519750203381X 超出长度限制 (客户 陈志强, 贷款申请 LN20241206008812, 逾期 2 期)
        2024-12-06 10:02:17 WARN 短信通道回执失败 mobile=18620937154 content=【市一医院】张丽娟您好，您的乳腺彩超复查结果已出，请于12月9日上午到门诊三楼取报告。
        {"before":null,"after":{"user_id":10088213,"real_name":"赵敏","bank_card":"6228480039172645","open_bank":"中国农业银行杭州西湖支行"},"source":{"table":"t_user_bindcard"},"op":"c"}
        protoc --decode_raw: 1: "周晓东" / 2: "440304199207211337" / 3: "13316802294" / 4 { 1: "深圳市福田区景田北路88号景田花园7栋1502" 2: "518034" }
        payload(hex)=0a09e9bb84e5ad90e6b6b5120b31353032313837363633301a2fe4b88ae6b5b7e5b882e6b5a6e4b89ce696b0e58cbae5bca0e69da8e8b7af31353031e5bc8434e58fb7363032e5aea4
        排查死信发现是这条：用户 李伟 手机 139-2871-4406，他的退款 ¥3,280 被风控拦了，已经第三次打客服电话投诉了
        {"event":"客户添加企业微信","wxid":"wxid_k8m2qz7r1la922","remark":"孙丽 42岁 高血压 想咨询降压药团购"}
        {"姓名":{"string":"郑文博"},"学校":{"string":"武汉市第二中学"},"班级":{"string":"高二(3)班"},"事件":{"string":"连续缺勤预警"},"家长电话":{"string":"17786530421"}}
        "Body":"{\\"orderNo\\":\\"DD88213045\\",\\"buyer\\":\\"吴晓红\\",\\"idNo\\":\\"320102196708305361\\",\\"qq\\":\\"2850193746\\",\\"addr\\":\\"南京市玄武区后宰门西村28号\\"}"
        {"旅客":"冯国栋","证件类型":"往来港澳通行证","证件号":"CJ2049183","身份证":"21020419790918783X","航班":"CX 907","座位":"41K"}
    """),
    "zh-Hant": _lines("""
        x-death count=5 reason=rejected queue=tw.insurance.claims | payload={"被保險人":"林怡君","身分證字號":"A238174054","診斷":"第二型糖尿病","理賠金額":32800}
        payload_encoding=base64 payload=eyLlrqLmiLYiOiLpmbPlmInmrKMiLCLpppnmuK/ouqvku73orYkiOiJLNDgyOTE1KDgpIiwi6Zu76KmxIjoiOTM4NiAyMDQxIiwi5Zyw5Z2AIjoi5Lmd6b6N6KeA5aGY5Y2U5ZKM6KGXMjIx6JmfMTLmqJNE5a6kIn0=
        {"name":"\\u9ec3\\u5fd7\\u660e","idNo":"F129460380","mobile":"0912-483-207","line_id":"chihming.h0315","event":"member.registered"}
        hexdump -C tw-claim.bin: 00000000  0a 09 e5 bc b5 e9 9b 85  e7 ad 91 12 0a 48 32 38  |.............H28| / 00000010  38 33 37 31 39 30 32 1a  0c 30 39 37 35 2d 31 31  |8371902..0975-11| / 00000020  38 2d 32 36 34                                    |8-264| / 00000025
        {"事件":"信用卡申請退件","申請人":"何家俊","卡號":"5425 2311 8804 6293","原因":"收入證明不足","分行":"旺角"}
        Kafka 訊息 key=member-0931 value={"姓名":"許雅婷","生日":"1990/07/14","身分證":"B204587137","手機":"0937-215-608","地址":"台中市西屯區台灣大道三段99號7樓之2"}
        死信嗰條係李浩然嘅轉數快記錄，電話 6172 4835，佢話筆錢轉錯咗戶口，HK$12,000，要我哋幫手追返。
        2024/12/06 14:22:08 [ERROR] 簡訊寄送失敗 to=0988-301-725 內容：王俊傑先生您好，您預約的精神科門診已改至 12/10 下午 2 點。
    """),
    "ms": _lines("""
        Body=nama=Nur+Aisyah+binti+Kamal&no_kp=950823-14-6102&jumlah=1250.00&bank=CIMB&akaun=8007291134
        nilai=eyJuYW1hIjoiTXVoYW1tYWQgSGFmaXogYmluIEFiZHVsbGFoIiwibXlrYWQiOiI4ODA0MTItMTAtNTUyNyIsInRlbGVmb24iOiIwMTItMzM4IDQ3MjEiLCJzdGF0dXMiOiJwaW5qYW1hbiBwZXJpYmFkaSBkaXRvbGFrIn0=
        x-first-death-reason=expired | muatan={"pesakit":"Kavitha a/p Murugan","ic":"020517070284","klinik":"Klinik Kesihatan Bukit Mertajam","temujanji":"pemeriksaan antenatal 10/12"}
        SMS gagal dihantar ke 019-772 5180: "Salam Encik Lim Chee Keong, bayaran ansuran kereta WXY 4821 sebanyak RM1,142 tertunggak 2 bulan."
        {"nama":{"string":"NORAZLINA BINTI ISMAIL"},"pasport":{"string":"A58213904"},"destinasi":{"string":"Jeddah"},"pakej":{"string":"Umrah Disember"}}
        bro mesej DLQ tu dari akaun Rajesh a/l Krishnan, dia call 3 kali dah pasal refund RM890 tak masuk, no tel dia 016-409 2257
        protoc --decode_raw: 1: "AHMAD FAIZAL BIN RAZAK" / 2: "760130-01-5341" / 3: "No 12, Jalan Mawar 3, Taman Universiti, 81300 Skudai, Johor" / 5: 3
        {"before":{"id":5512,"nama":"Wong Mei Ling","jabatan":"Kewangan","status":"aktif"},"after":{"id":5512,"nama":"Wong Mei Ling","jabatan":"Kewangan","status":"cuti bersalin"},"source":{"table":"pekerja"},"op":"u"}
        mesej tersangkut (hex) 0a175369746920416d696e61682062696e7469205975736f66120d3031312d3233383420393035311a1142616e64617220426172752042616e676922116b656c61732074616866697a20616e616b
        __connect.errors.exception.message=Nilai "830909-13-5113" untuk medan no_kp pemohon Jacky Ting Kok Wei gagal semakan format; permohonan bantuan banjir Sibu
    """),
    "mixed": _lines("""
        key=kyc-88120 value=eyJuYW1lIjoiTGltIEh1aSBNaW4g5p6X5oWn5pWPIiwiZmluIjoiRjI3NjEwMzhMIiwiZW1wbG95ZXIiOiJKdXJvbmcgU2hpcHlhcmQiLCJwYXNzIjoiUyBQYXNzIiwicGhvbmUiOiI5MDQ3IDMzODEifQ==
        Kafka DLQ 入面嗰條 record 係 Mrs Wong Siu Fong 嘅, HKID P550218(0), 佢 claim 咗 medical HK$4,800 但 diagnosis code 填錯咗
        FYI msg stuck kat DLQ: customer Farah binti Zulkifli, card 4265 6930 0417 2833, dispute RM2,310 dengan Zalora, dia dah email dari farah.zul92@gmail.com
        hexdump -C hk-ward.bin: 00000000  0a 17 4c 65 75 6e 67 20  43 68 69 20 57 61 69 20  |..Leung Chi Wai | / 00000010  e6 a2 81 e5 bf 97 e5 81  89 12 0a 5a 39 30 33 36  |...........Z9036| / 00000020  37 31 28 38 29 1a 09 35  31 31 38 20 32 30 39 33  |71(8)..5118 2093| / 00000030  22 24 54 73 75 65 6e 20  57 61 6e 20 41 64 76 65  |"$Tsuen Wan Adve| / 00000040  6e 74 69 73 74 20 48 6f  73 70 69 74 61 6c 20 77  |ntist Hospital w| / 00000050  61 72 64 20 37 42                                 |ard 7B| / 00000056
        {"event":"ride.completed","rider":"Nurul Huda binti Rahmat","riderPhone":"+65 8412 6679","pickup":"Blk 221 Choa Chu Kang Central","dropoff":"KK Women's and Children's Hospital","ts":1733449920}
        tg bot queue: @kelvintay_02 (Kelvin Tay Jun Wei) requested account unlock，系统记录 NRIC T0215869D，上次登录 2024-12-05 23:41
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an internal assistant for the payments platform team. Help engineers debug message pipelines.",
        ),
        (
            "user",
            'This SQS message keeps landing in kyc-intake-dlq after 5 receives. Body: {"applicantName":"Goh Boon Kiat","nric":"S9051276E","dob":"1990-05-18","address":"27 Jalan Kembangan, Singapore 419137","occupation":"private-hire driver","declaredIncome":3800} — the Lambda says ValidationError on dob. Why?',
        ),
        (
            "assistant",
            "The dob value itself is valid ISO-8601, so the validator probably expects a different field name (dateOfBirth) or a full date-time. Check which schema version the producer used. Also, please use the masked viewer instead of pasting full applicant records here.",
        ),
        (
            "user",
            "ok it was the field name. Can I just redrive it or does Mr Goh need to resubmit his application?",
        ),
    ],
    [
        (
            "user",
            "帮我解一下这个 Kafka 消息的 value，是 base64：eyJuYW1lIjoi5L2V6Z2ZIiwiaWRObyI6IjUxMDEwNzE5ODQwNjEyMTIyMSIsIm1vYmlsZSI6IjE4MTkwMjczMzE1IiwibG9hbkFtdCI6NTAwMDAsInJlc3VsdCI6IlJFSkVDVCIsInJlYXNvbiI6IuWkmuWktOWAn+i0tyJ9",
        ),
        (
            "assistant",
            '解码后是一段 JSON：申请人何静，身份证号 510107198406121221，手机 18190273315，借款 50000 元，审批结果为拒绝，原因是"多头借贷"。这属于个人敏感信息，建议不要在公共频道传播。',
        ),
        ("user", "好的，那为什么这条会进死信？下游只需要 result 字段。"),
        (
            "assistant",
            "多半是 loanAmt 类型不符：下游 schema 定义的是字符串，这里却是整数。可以在消费端做兼容转换，或者让上游按 schema 发送。",
        ),
    ],
    [
        (
            "user",
            'RabbitMQ 的 tw.insurance.claims.dlq 卡了一筆，x-death reason=expired。payload 是 {"被保險人":"蔡承恩","身分證":"S150923643","醫院":"高雄長庚","診斷":"腰椎椎間盤突出","申請金額":58000}',
        ),
        (
            "assistant",
            "reason=expired 代表訊息在原佇列超過 TTL 沒有被消費，不是內容本身有錯。可以先確認 consumer 在那段時間是否斷線，再用 shovel 把這筆搬回主佇列重跑。",
        ),
        ("user", "了解，蔡先生已經打電話來催理賠兩次了，我先手動重送。"),
    ],
    [
        (
            "user",
            "Saya dapat SerializationException bila baca topik pinjaman.mohon. Rekod mentah (hex): 00 00 00 0c 21 26 52 6f 73 6e 61 68 20 62 69 6e 74 69 20 48 61 73 73 61 6e 1c 39 31 30 32 32 36 2d 31 32 2d 35 36 39 38 18 30 31 33 2d 38 38 32 20 31 34 34 37 f0 a2 04",
        ),
        (
            "assistant",
            "Lima bait pertama ialah format wayar Confluent: 00 ialah magic byte dan 00 00 0c 21 ialah ID skema 3105. Selebihnya rekod Avro yang mengandungi nama, nombor MyKad dan telefon pemohon, jadi berhati-hati bila berkongsi. Ralat ini biasanya berlaku kerana ID skema 3105 tiada dalam registry kluster yang anda guna.",
        ),
        ("user", "Betul, registry staging tak ada versi tu. Terima kasih."),
    ],
    [
        (
            "user",
            "Can you decode this protobuf from our hk.claims DLQ? 0a0f436865756e67204d6569204c696e67120a523036313338372837291a093632393320303537312218517565656e20456c697a616265746820486f73706974616c28c025",
        ),
        (
            "assistant",
            'decode_raw gives: field 1 "Cheung Mei Ling", field 2 "R061387(7)", field 3 "6293 0571", field 4 "Queen Elizabeth Hospital", field 5 = 4800 (varint). So a claimant name, HKID, phone, hospital and an amount.',
        ),
        ("user", "唔該。所以係 field 5 type 錯？我哋個 .proto 話 amount 係 string。"),
        (
            "assistant",
            "係，field 5 嘅 wire type 係 0 (varint)，如果 .proto 定義做 string 就會 parse 失敗。叫 producer 用返新版 .proto，或者你改做 int64。",
        ),
    ],
    [
        ("system", "You are a helpful coding assistant."),
        (
            "user",
            'Write me a Python script that replays messages from the Kafka topic payments.dlq back to payments.v2. Sample record so you get the shape: {"txnId":"T-77120","cardholder":"Benjamin Hartono","pan":"4917620588340918","expiry":"11/26","amount":"1290.00","merchant":"Courts Tampines"}',
        ),
        (
            "assistant",
            "Use confluent-kafka: a Consumer on payments.dlq with enable.auto.commit=false, a Producer for payments.v2, and for each message produce msg.value() with msg.key(), flush, then commit the offset. Note that your sample carries a full card number; PCI DSS does not allow clear PANs in Kafka topics, so tokenise the pan field before replaying.",
        ),
        ("user", "Fair, I'll ask the team to tokenise. Add a --dry-run flag please."),
        (
            "assistant",
            "Add argparse with a --dry-run flag; when it is set, print the key, partition and offset of each record instead of producing, and skip the commit.",
        ),
    ],
    [
        (
            "user",
            'debezium 抓到的这条变更为什么 op 是 "u" 但 before 是空的？{"before":null,"after":{"patient_id":20931,"name":"马秀英","age":67,"ward":"肿瘤科 12 床","diagnosis":"肺腺癌 IV 期","contact":"13705328816"},"source":{"table":"inpatient"},"op":"u"}',
        ),
        (
            "assistant",
            "这是因为 PostgreSQL 表的 REPLICA IDENTITY 是 DEFAULT（或 MySQL 的 binlog_row_image 不是 FULL），before 镜像没有被记录下来。把 REPLICA IDENTITY 设为 FULL 即可。",
        ),
        ("user", "明白了。这条数据里有病人信息，我们应该怎么在 topic 上脱敏？"),
        (
            "assistant",
            "可以在 connector 配置里加 MaskField 或自定义 SMT，对 name、diagnosis、contact 字段做掩码或哈希后再写入 topic。",
        ),
    ],
    [
        (
            "user",
            "quick one — our reminder consumer keys messages by MSISDN. The record stuck in the DLQ has key +6596304412. Is it bad practice to use phone numbers as Kafka keys?",
        ),
        (
            "assistant",
            "It works for partitioning, but it spreads a personal identifier into broker logs, lag dashboards and compacted topics. A surrogate key such as a customer UUID is safer.",
        ),
        (
            "user",
            "Makes sense. Funny thing, that one is Mdm Koh Ah Lian's number — she's 78 and the message was her dialysis slot reminder for Thursday at the Jurong kidney centre. Can I resend it manually?",
        ),
        (
            "assistant",
            "Yes, produce the same value back to the main topic with the original key, or call the SMS provider API directly. Make sure the retry cannot double-send if the original eventually succeeds.",
        ),
    ],
    [
        (
            "user",
            'Baris gilir notifikasi sekolah ada mesej tersangkut: {"pelajar":"Muhammad Aqil bin Rosli","kelas":"4 Bestari","sekolah":"SMK Seri Gombak","sebab":"ponteng 5 hari","waris":"Rosli bin Jaafar","tel_waris":"017-226 9043"}. Kenapa status \'undeliverable\'?',
        ),
        (
            "assistant",
            "Status undeliverable biasanya bermakna nombor penerima tidak aktif atau disekat oleh penyedia SMS. Semak log penyedia untuk kod ralat; jika nombor itu betul, cuba hantar semula selepas beberapa minit.",
        ),
        ("user", "Ok, nanti saya telefon bapa dia terus."),
    ],
    [
        (
            "user",
            '我哋個 SQS FIFO queue hk-remit.fifo 有條 message 卡住咗，MessageGroupId 係 "cust-XA204517"。Body 係 {"sender":"黃志豪","hkid":"XA204517(3)","amount":"HKD 18,000","beneficiary":"黃美芬","bank":"中國銀行（香港）","purpose":"家用"}',
        ),
        (
            "assistant",
            "FIFO queue 同一個 MessageGroupId 入面，前面嗰條未 delete 嘅話，後面嘅都會被擋住。先睇吓 ApproximateReceiveCount，再將失敗嗰條搬去 DLQ。另外用 HKID 做 MessageGroupId 會令身份證號碼出現喺日誌，建議改用內部客戶編號。",
        ),
        ("user", "明白，黃生嗰筆匯款聽日要到，我即刻手動處理。"),
    ],
]
