# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade151: personal data in loyalty-programme and CRM artefacts (points-ledger CSVs, member-card barcodes, Salesforce and HubSpot exports, push-notification payloads, customer-segment SQL, referral links). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade151
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "points_ledger_csv"): _lines("""
        txn_id,posted_at,store_code,channel,sku,qty,amount_sgd,points_earned,points_burned,campaign_code,member_tier
        TXN-20270114-000381,2027-01-14T11:02:37+08:00,SG-ION-B2-14,POS,KT-TOAST-SET-A,2,11.80,40,0,CNY2027X3,GOLD
        daily_summary,2027-01-14,MY-KLCC-L2-07,txn_count=1284,gross_myr=38112.40,pts_issued=57903,pts_redeemed=12450,reversals=0,status=OK
        tier_config.csv: SILVER,0,1,200,12 | GOLD,800,1.5,500,18 | PLATINUM,2500,2,1000,24 (effective 2027-02-01, approved by Loyalty Ops)
        partner_code,partner_name,ratio,min_block,settlement_ccy,contact -> KRISFLYER,Singapore Airlines KrisFlyer,250:100,1000,SGD,partnerships@kopitiamclub.com.sg
        REV-20270115-000017,2027-01-15T09:44:10+08:00,HK-TST-G-03,APP,refund of order ORD-HK-7730215,-1,-268.00,-268,0,REFUND,NA
        expiry_batch,2027-01-31,pts_expired=1882340,accounts_affected=14207,job=LPX-EXPIRE-v3.2.1,checksum=9f2c41ab07de,duration_s=412
        sku,ean13,desc,points_price -> GV-SG-050,9556789012347,S$50 e-voucher redeemable at Takashimaya S.C. Ngee Ann City,5000
        store_code,name,address,hotline -> SG-VIV-01-112,Kaya & Co. VivoCity,1 HarbourFront Walk #01-112 Singapore 098585,+65 6271 0088
        by_postal_sector,sector=46,active_members=3118,avg_points_balance=1406,redemption_rate=22.4%,k_floor=50 (sectors under 50 merged into OTHER)
        import mapping: Member ID -> member_ref (SHA-256 with quarterly salt), Points Delta -> delta_pts, Reason Code -> reason (EARN|BURN|ADJ|EXP)
        ADJ-20270120-000004,2027-01-20T16:10:00+08:00,MY-PAV-L3-21,BACKOFFICE,goodwill credit for POS outage 18 Jan (ticket CS-558201),0,0.00,300,0,SERVICE_RECOVERY,ALL
        ERROR pts_ledger_20270121.csv line 4471: amount_sgd '12,80' is not a decimal (expected 12.80); row skipped; file sha1 3e5a0d9c71b2
    """),
    ("zh-Hans", "推送通知载荷"): _lines("""
        {"to":"/topics/tier_gold_sh","notification":{"title":"金卡会员日","body":"本周六积分双倍，静安嘉里中心店全天有效"},"data":{"deeplink":"app://points/campaign/GOLD0612"}}
        极光推送模板 JPUSH_TPL_0417：“{{nickname}}，您有 {{expiring_points}} 积分将于 {{expire_date}} 到期，点击兑换”——变量由系统填充，此处为模板原文
        推送任务 PN-20270305-008 已排期：人群包 seg_lapsed_90d（约 4.2 万人），发送时间 3 月 5 日 19:30，渠道 APNs+华为+小米，预计到达率 92%
        测试环境消息体：{"alert":"您的订单 SO2027030500118 已发货，顺丰单号 SF1428837290311，请留意查收","badge":1,"sound":"default"}
        个推回执日志 2027-03-05 19:31:07 taskid=RASS_0305_a8f3e1 成功 41876 失败 312 原因 token_expired，无需人工处理
        文案审核意见：标题不超过 15 个字，避免“最后一天”“仅剩”等紧迫用语，上海市消保委通报过的诱导性用语一律不用，违规文案由法务组退回重写
        小程序订阅消息模板 ID 7QzKx8mN_rL2aB9cD4eF，字段：积分变动（thing1）、当前余额（number2）、变动时间（time3）、备注（thing4）
        推送文案 A/B：A 版“周末来喜茶集点，满 5 杯换 1 杯”点击率 6.8%；B 版“集满 5 枚印花免费喝”点击率 7.3%，下周全量 B 版
        华为推送 v2 接口报错 80300007：token 无效，批量清理 1,204 个失效 token 后重试成功，脚本见 ops/push/cleanup_tokens.py
        静默推送 payload：{"content-available":1,"data":{"type":"balance_refresh","ver":"5.12.0"}}，用于积分余额后台刷新，不弹通知
        生日礼推送规则：会员生日当月 1 日 10:00 发送，内容为“生日月专享 3 倍积分”，消息里不展示出生日期、年龄或手机号
        推送落地页 https://m.example-mall.cn/act/2027spring?chn=push&tpl=TPL0417&utm_campaign=spring_points 已上线，CDN 缓存 5 分钟
        会员中心热线 400-920-3318 已写入推送尾注：“如有疑问请致电会员中心（每日 9:00-21:00）”，请勿替换成任何个人号码
    """),
    ("zh-Hant", "會員條款FAQ"): _lines("""
        問：積分何時到帳？答：門市消費後 48 小時內入帳，網店訂單則於簽收後第 8 天入帳，如遇系統維護或會順延，屆時 App 首頁會另行公告。
        第七條　積分有效期為賺取當月起計 24 個月，逾期積分將於每季最後一日自動註銷，恕不另行通知；已兌換未領取之禮品不受影響。
        會員熱線 2811 3388（星期一至六 9:00–18:00），WhatsApp 客服 +852 5804 2200 只處理查詢，絕不會要求閣下提供密碼或一次性驗證碼。
        本計劃由友和百貨有限公司（商業登記號碼 61234578）營運，總辦事處位於香港九龍觀塘道 388 號創紀之城一期 18 樓。
        台灣會員：本計畫由好日子生活股份有限公司（統一編號 24681357）提供，客服信箱 service@goodday-life.com.tw，服務時間平日 9:00–18:00。
        問：點數可以轉讓給家人嗎？答：點數僅限本人帳戶使用，但「家庭共享」功能可讓最多 4 個帳戶合併兌換，詳見 App 設定頁。
        澳門分店：新馬路 22 號地下，營業時間 10:00–22:00，積分與香港分店通用，兌換比率為每 1 澳門元累積 1 分。
        會員卡條碼採 Code 128 格式，前 4 碼為地區代碼（HK01、MO01、TW01），其後 12 碼為系統流水號，不含任何個人資料。
        第十二條　本公司依《個人資料（私隱）條例》處理會員資料，會員可隨時以書面要求查閱或更正，本公司於收到要求後 40 日內回覆，查閱可收取合理費用。
        週年慶期間（11/1–11/15）全館消費滿 NT$3,000 贈 300 點，點數將於活動結束後 14 個工作天內統一匯入會員帳戶。
        問：忘記帶實體卡怎麼辦？答：出示 App 內的動態條碼即可，條碼每 60 秒更新一次，截圖或翻拍一律無效；如手機沒電，可請收銀員以登記電話查詢，但須通過驗證碼。
        兌換目錄：陳皮梅（香港製）150 分、李錦記 XO 醬 220 分、王品集團餐券 NT$500 需 1,800 點，數量有限，換完即止。
        如對積分紀錄有爭議，請於交易日起 30 日內透過 App「客服中心」提交個案，並附上收據編號（例：R-HK01-20271103-0042）。
    """),
    ("ms", "notis_program_ganjaran"): _lines("""
        Makluman: Mata ganjaran yang dikumpul sebelum 31 Disember 2026 akan luput pada 30 Jun 2027. Sila tebus melalui aplikasi atau di kaunter khidmat pelanggan.
        Program ganjaran ini dikendalikan oleh Kedai Runcit Pak Hassan Sdn. Bhd. (No. Syarikat 201801023456 (1284567-K)), Lot 12, Jalan Tun Razak, 50400 Kuala Lumpur.
        Talian Khidmat Pelanggan 1-300-88-2277 (Isnin hingga Jumaat, 9 pagi hingga 6 petang) atau e-mel ganjaran@kedaimurni.com.my. Kami tidak akan meminta PIN anda.
        Mulai 1 Mac 2027, setiap RM1 perbelanjaan = 2 mata untuk ahli Gold. Ahli Silver kekal 1 mata. Tawaran tidak sah untuk pembelian rokok dan kad prabayar.
        Kempen Raya 2027: tebus 500 mata untuk baucar RM10 di semua cawangan yang mengambil bahagian. Senarai penuh cawangan boleh dilihat di laman web kami.
        Kad ahli fizikal akan ditamatkan pada 30 April 2027. Sila muat turun aplikasi dan imbas kod QR di kaunter untuk memindahkan baki mata anda.
        Soalan Lazim: Bolehkah saya gabungkan dua akaun? Jawapan: Boleh, hubungi 1-300-88-2277 dengan kedua-dua nombor kad ahli anda; proses mengambil 5 hari bekerja.
        Notis penyelenggaraan: Sistem mata ganjaran tidak dapat diakses pada 12 Feb 2027, 1:00 pagi hingga 4:00 pagi. Transaksi akan dikemas kini selepas itu.
        Cawangan baharu di AEON Mall Bukit Tinggi, Lot F-23, Persiaran Batu Nilam 1/KS6, Klang dibuka pada 15 Mac; mata berganda untuk tiga hari pertama.
        Kod rujukan kempen: RAYA27-KL-0042 (Kuala Lumpur), RAYA27-PNG-0017 (Pulau Pinang), RAYA27-JHR-0031 (Johor). Kod ini bukan nombor ahli.
        Pembetulan: Dalam notis semalam, tarikh luput baucar sepatutnya 31 Mei 2027, bukan 31 Mac 2027. Kami memohon maaf atas kekeliruan yang berlaku.
        Anugerah Peruncit Mesra Pengguna 2026 disampaikan oleh Menteri Perdagangan Dalam Negeri dan Kos Sara Hidup, Datuk Armizan Mohd Ali, di Putrajaya.
        Harga barangan tebusan: Periuk nasi Panasonic SR-3NA 4,800 mata; Set pinggan Corelle 16 keping 3,200 mata; Baucar Grab RM20 2,000 mata.
    """),
    ("mixed", "customer_segment_sql"): _lines("""
        SELECT tier, COUNT(*) AS members, AVG(points_balance) AS avg_pts FROM crm.member_summary WHERE region IN ('SG','MY') GROUP BY tier; -- 月报用
        CREATE VIEW seg_lapsed_90d AS SELECT member_ref FROM dw.member_activity WHERE last_txn_at < CURRENT_DATE - INTERVAL '90 days' AND pts_balance > 500; -- 流失用户
        INSERT INTO seg_rules (seg_code, label_zh, label_en) VALUES ('HK_DIM_SUM_LOVER', '點心愛好者', 'Dim sum lovers'), ('MY_DURIAN_FAN', '榴莲控', 'Durian fans');
        AND email NOT LIKE '%@example.com' -- 排除测试账号, QA 统一用 example.com 域名注册, 上线前必须过滤
        UPDATE seg_definitions SET refreshed_at = '2027-03-01 02:00:00+08', row_count = 18244 WHERE seg_code = 'SG_HAWKER_WEEKDAY'; -- nightly job OK
        -- Segmen kaki kopi pagi: SELECT member_ref FROM txn WHERE EXTRACT(HOUR FROM ts) < 10 GROUP BY member_ref HAVING COUNT(*) >= 8;
        EXPLAIN ANALYZE 结果：seq scan on points_ledger (rows=48211903)，加了索引 idx_ledger_member_ts 之后从 41s 降到 1.8s
        SELECT store_code, SUM(points_burned) FROM points_ledger WHERE posted_at BETWEEN '2027-02-01' AND '2027-02-28' AND store_code LIKE 'MO%' GROUP BY 1; -- 澳门门店
        -- k-anonymity check: 每个 postal_sector × age_band 组合少于 50 人就合并到 'OTHER'，否则 export 会被 DPO 打回
        CASE WHEN lifetime_spend >= 2500 THEN 'PLATINUM' WHEN lifetime_spend >= 800 THEN 'GOLD' ELSE 'SILVER' END AS tier_calc -- 跟 tier_config.csv 保持一致
        DELETE FROM seg_members WHERE seg_code = 'TEST_SEG_DO_NOT_USE' AND created_by = 'svc_airflow'; -- 清理 staging 残留, 共 3,310 行
        SELECT campaign_code, redemption_rate FROM mart.campaign_kpi WHERE campaign_code IN ('CNY2027X3','RAYA27','DEEPAVALI27') ORDER BY 2 DESC; -- RAYA27 最高 24.1%
        -- 粤语客户分群: WHERE preferred_lang = 'yue' AND home_region = 'HK'；只用於推送語言選擇，唔好用嚟做定價
    """),
    ("en", "crm_config_and_code"): _lines("""
        HubSpot property mapping: loyalty_tier (enumeration: silver, gold, platinum), points_balance (number), last_redeemed_at (datetime); synced every 15 min.
        sfdx force:data:soql:query -q "SELECT Id, Tier__c, Points_Balance__c FROM Loyalty_Member__c WHERE CreatedDate = LAST_N_DAYS:7" -o loyalty-prod
        const sample = { memberRef: 'MBR-000000000', name: 'Jane Doe', email: 'jane.doe@example.com', tier: 'GOLD' }; // fixture for unit tests only
        Salesforce Flow 'Tier Upgrade Notifier' v14 activated in prod 2027-02-03 09:15 SGT; publishes Loyalty_Tier_Changed__e to the push service.
        Webhook config: POST https://hooks.kopitiamclub.com.sg/v1/loyalty/events, HMAC-SHA256 in X-Signature, secret rotated 2027-01-01, retry 5x with backoff.
        ERROR 2027-02-11T03:22:19Z hubspot-sync batch=7731 status=429 message='You have reached your secondly limit.' retry_after=1s contacts_pending=2450
        Retention: inactive member records purged after 36 months; ledger rows keep amounts but member_ref is replaced with 'ANON' after 7 years.
        Validation rule: Mobile__c must match ^[689][0-9]{7}$ for SG and ^01[0-9]{8,9}$ for MY, otherwise the save fails with 'Invalid mobile format'.
        Barcode spec: CODE128 payload = region(4) + issue_yyyymm(6) + serial(8) + luhn(1), e.g. SG01 202701 00000001 7 on the demo card in the brochure.
        Release notes v5.12.0 (loyalty app): dynamic QR refresh cut to 30s, Apple Wallet pass updated, fixed double credit on split-tender receipts (LOY-2291).
        HubSpot list 'SG - Gold - Opened Email 30d' (ID 4417) feeds workflow 'Gold Winback' (ID 88213002); suppression list 'Do Not Contact - Global'.
        ownerId mapping for import: 71234501 = Team Retail SG, 71234502 = Team Retail MY, 71234503 = Team Online HK; never assign to individual users.
        <c-points-ledger-table record-id={recordId} page-size="50"></c-points-ledger-table> renders the last 50 ledger rows on the Member record page.
    """),
    ("zh-Hans", "员工群聊"): _lines("""
        【南京西路店】今天下午收银 3 号机积分扫码失败 4 次，已重启，IT 工单号 IT-20270308-0117，大家先手输会员码记积分
        @全体成员 明天三八节活动：满 200 送 200 积分，海报已发群文件，收银台贴第二张，别贴成去年的版本，贴好拍张照发群里给督导看一下
        运营这边再提醒一次：不要在群里发顾客的手机号和截图，有问题走 CRM 工单系统，违规的要全区通报，之前发过的今天下班前自己撤回删除
        昨天全区积分兑换 1,862 笔，咱们店 214 笔排第三，主要换星巴克券和 LINE FRIENDS 公仔，公仔库存只剩 12 个了
        区域经理说下周二盘点兑换礼品库存，10 点前把表格填好：SKU、系统数、实物数、差异原因，四列都要填，差异超过 3 件的要写情况说明
        会员系统 15:40 到 16:10 升级，期间新注册的先记纸质登记表，升级完统一补录，补录完纸质表当场碎掉，不要拍照留底，也不要带出店
        收到总部通知：3 月起退货要同步扣回积分，POS 版本 8.3.2 已经支持，退货单号格式 RT 开头加 12 位数字，旧版 POS 的机器今晚统一升级
        有顾客问能不能用支付宝积分抵扣，统一口径：暂不互通，只认我们自己 App 的积分，口径文件第 4 页，微信积分和银行卡积分也按同样口径回复
        今天新开卡 37 张，其中小程序 29 张、门店纸质 8 张，下午排班出来后再分配回访任务，回访只打系统外呼，不要用自己的手机加顾客微信
        库房说「老干妈」联名礼盒到了 60 盒，兑换价 880 积分，明天上架，先别在朋友圈里预告，等总部官方号周五发布后再转发，每人限兑 2 盒
        晚班注意：商场 22:00 关门，积分机最后一笔交易 21:50，日结报表截图发这里，只截汇总页不要截明细页，明细页有会员卡号
        客服中心 400-920-3318 今天占线多，顾客投诉先引导到 App 在线客服，承诺回复时效 2 小时以内，超时的由值班主管跟进
        上周神秘顾客评分出来了，我们店 92 分，扣分项是收银没主动询问会员卡，这周晨会再强调一下话术：“请问有会员卡或会员码吗？”每单都要问
    """),
    ("mixed", "referral_links_barcodes"): _lines("""
        https://go.kopitiamclub.sg/r/CNY2027?src=whatsapp&c=eyJjYW1wYWlnbiI6IkNOWTIwMjciLCJ0aWVyIjoiR09MRCIsIm11bHRpcGxpZXIiOjN9
        推荐链接格式 https://app.kedaimurni.com.my/ref/{REF_CODE}?utm_source=share ；REF_CODE 为 8 位随机码，不可由会员号推算
        QR 内容: LOYALTY|SG01|STORE=SG-ION-B2-14|PROMO=DOUBLEPTS|EXP=20270228 — 门店海报用, scan terus dapat mata berganda
        myapp://rewards/redeem?sku=GV-SG-050&src=edm_feb&t=c3RvcmU9U0ctSU9OLUIyLTE0O3Byb21vPURPVUJMRVBUUw== (deep link in Feb eDM)
        會員卡條碼範本 EAN-13 2900012345671（店內碼 29 開頭，印喺宣傳單張嘅示範卡，唔對應任何帳戶，POS 掃描會顯示 DEMO CARD）
        Pautan kempen Raya: https://ganjaran.kedaimurni.com.my/r/RAYA27?d=dXRtX3NvdXJjZT13aGF0c2FwcCZ1dG1fY2FtcGFpZ249cmF5YV8yMDI3 — share di group
        短链 t.cn/A6x8Qk2Z → https://m.example-mall.cn/invite?act=spring27&inviter_type=store&store_id=SH-JAK-0312 （门店邀请码）
        pass.json: {"barcode":{"format":"PKBarcodeFormatQR","message":"DEMO-CARD-0000-0000","messageEncoding":"iso-8859-1"},"organizationName":"Tea Dynasty"}
        referral_rules.yaml: reward_referrer: 500, reward_referee: 300, cap_per_month: 10, same_device_id: block ；繁體版文案待 HK team 確認
        海报文案: 扫码即得 50 积分 ｜ Scan for 50 points ｜ Imbas untuk 50 mata — QR 指向 https://join.kopitiamclub.sg/?chn=poster&loc=JEWEL-B1
        UTM 规则 utm_source=referral&utm_medium=member_share&utm_campaign=mgm_q2_2027&utm_content=variant_b — member_id 不准放进 UTM
        scan log 2027-03-09 14:02:11 POS-TW01-07 type=CODE128 value=TW01-PROMO-ANNIV-2027 result=COUPON_APPLIED discount=NT$100 門市=信義A11
        Referral leaderboard (by outlet only): 1) 澳門威尼斯人店 412 2) Sunway Pyramid 388 3) 台北信義 A11 355 — 按分店统计, no individual ranking
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        TXN-20270214-004417,2027-02-14T20:31:55+08:00,SG-ION-B2-14,POS,MBR-SG-0088341,Lim Boon Huat,+65 9664 2187,GOLD,120,0
        https://go.kopitiamclub.sg/r/MGM?inv=eyJuYW1lIjoiTGltIEJvb24gSHVhdCIsIm1vYmlsZSI6Iis2NTk2NjQyMTg3In0=&src=whatsapp
        Id=a0X5g00000LqT2A, FirstName=Priya, LastName=Ramasamy, Email=priya.ramasamy77@gmail.com, Tier__c=Platinum, Points_Balance__c=48210, MailingPostalCode=460213
        CS note: member rang about 3,000 expired points; says her husband Kenneth Ong has been in and out of NUH for chemo so she missed the expiry. Waived per manager.
        {"to":"fcm:dK3v9Qm2R_hJx0aL","notification":{"title":"Hi Marcus, 2,400 pts expire Friday","body":"Redeem at Tampines 1 before 31 Mar"},"data":{"member":"S8834127I"}}
        Scanned card barcode decoded to T0215568G instead of a card number; cashier please re-scan the app QR.
        Member Jasmine Teo (Gold, MBR-SG-0102277) wants her points moved out of the joint account she shared with her ex-husband now that the divorce was finalised in January.
        Collections flag on loyalty account MY-0093315: Mr Ravi Chandran owes RM 4,280 on the co-brand card, 3 months overdue; freeze point redemption until settled.
        https://join.tealeaf.sg/i/d29uZy5tZWlsaW5nODhAZ21haWwuY29t?utm_source=whatsapp&utm_medium=member_share
        Redemption RD-88120 ship to: Blk 412 Bedok North Ave 2, #08-173, Singapore 460412, attn Mdm Goh Siew Lan, tel 9735 0642 (air fryer, 6,500 pts)
        HubSpot contact 5120048812 updated: phone=+65 8123 4476, hs_lead_status=OPEN, loyalty_id=SG01202611004213, note='asked us to stop calling her at work'
    """),
    "zh-Hans": _lines("""
        积分流水导出：2027-03-02 14:22:08,上海静安嘉里店,会员 陈美华,手机 139 1827 0465,消费 ¥1,280.00,获得积分 1280,余额 6542
        推送日志：target=alias:13602178459 title=“黄先生，您的 800 积分即将过期” status=已送达 2027-03-05 19:31
        会员卡条码解码结果：CN01|440305198806143729|VIP，收银反馈扫出来的是身份证号不是卡号
        客服备注：会员“阿杰”（小程序 openid oXk2_4bYt9mR1qZ7aLcE）投诉积分被盗刷，说前女友知道他的登录密码，要求报警处理
        张丽娟女士因孕期住院无法到店领取兑换的婴儿推车，申请延期 60 天，已同意；短信里不要提怀孕的事
        https://m.example-mall.cn/invite?code=6buE5b-X5by6fDEzNjAyMTc4NDU5&act=spring27&chn=wechat
        SELECT member_id FROM crm.member WHERE id_card_no = '310115199202270847' AND name = '周婷'; -- 法务调证
        兑换发货：深圳市福田区梅林一村 23 栋 1502 室，收件人 刘建国，电话 137 1508 2236，礼品 电饭煲，扣 4,800 积分
        回访名单第 7 行：158 0213 6674，上次兑换后一直未激活，备注周末勿扰
        内购积分核对：副店长吴海燕月薪 ¥8,600，本月内购积分超额 2,300，下月工资里扣回
    """),
    "zh-Hant": _lines("""
        firstname=嘉欣,lastname=陳,email=kayan.chan1996@yahoo.com.hk,phone=+852 6173 9204,hkid=K482913(1),loyalty_tier=金卡,points=12880
        會員卡背面 Code128 內容（2015 年舊版）：TkFNRT1MRVVORyBXSU5HIFNaRTtURUw9Kzg1MjkwMzE3NzQ4
        推送紀錄：「林太，您預約嘅中秋月餅禮盒已可於銅鑼灣店領取」發送至 +852 9488 2013，狀態：已讀
        投訴個案 CS-HK-20271104-0031：何志明先生表示積分被前妻喺旺角店兌走，兩人正辦理離婚，要求凍結聯名帳戶
        台灣會員資料：王怡君，身分證 A234810568，生日 1989/07/21，住址 台北市大安區和平東路二段 96 巷 7 號 4 樓，手機 0912-486-203
        澳門分店兌換簽收：黃小姐，澳門居民身份證 5215432(3)，聯絡電話 +853 6628 4107，禮品 電熱水壺
        點數轉贈紀錄：張雅婷 轉給弟弟 張家豪 500 點，備註「佢住院開刀，先幫佢找停車費」
        簡訊退訂名單新增：0933-275-118（客人來電話已換號，舊號勿再發送行銷簡訊）
        https://join.goodday-life.com.tw/r?n=%E5%BC%B5%E9%9B%85%E5%A9%B7&m=0928517346&src=line
        聯名卡會員 F120977348 仍欠款 NT$36,500，逾期 62 天，已轉催收，暫停點數兌換
    """),
    "ms": _lines("""
        880614-14-5521,NUR AISYAH BINTI KAMAL,012-774 3190,Gold,3420,Lot 7 Jalan Mawar 3 Taman Sri Muda 40400 Shah Alam
        https://ganjaran.kedaimurni.com.my/r/MGM?d=bWVtPTg4MDYxNC0xNC01NTIxJm49TlVSIEFJU1lBSCBCSU5USSBLQU1BTA==
        Encik Ahmad Faizal, permohonan tebusan anda ditolak kerana tunggakan bayaran kad kredit bersama sebanyak RM12,300 masih belum dijelaskan.
        {"title":"Selamat Hari Lahir, Kak Zura!","body":"Hadiah 3x mata menanti anda sempena 12 Mac","to":"+60137729054"}
        Nota: Puan Norliza binti Ahmad minta mata dipindahkan ke akaun anaknya kerana dia baru disahkan menghidap kanser payudara dan tidak boleh keluar rumah.
        No. kad pengenalan 750322-08-6613 dimasukkan dalam medan No. Ahli semasa pendaftaran; sila betulkan.
        2027-03-11 10:14:02 REDEEM ok member=MY-0077142 nama="Tan Kok Wee" emel=dGFuLmtva3dlZUBob3RtYWlsLmNvbQ== baucar=GV-MY-020
        Nama: Muhammad Hafiz bin Roslan | Tel: 019-338 4721 | Alamat: No. 22, Jalan SS2/64, 47300 Petaling Jaya | Akaun pulangan tunai: Maybank 1142 8830 6651
        Semakan kad Platinum: pemohon Lee Chee Keong, gaji bulanan RM7,800, bekerja di kilang di Senai, ada pinjaman peribadi RM25,000.
        Tebusan parkir percuma: kenderaan WXY 4821 milik ahli Gold Kamarul Ariffin, masuk 09:12 keluar 18:40, 200 mata ditolak.
    """),
    "mixed": _lines("""
        SELECT * FROM seg_members WHERE nric = 'S7641280D'; -- 这个 uncle 说他没报名 newsletter, 要 unsubscribe 全部渠道
        Member card QR legacy v1 raw hex 0x2b3630313737323933303534, POS 显示 member not found, 请 IT check
        whatsapp_broadcast.csv: name,phone,lang,tier | 林美玲 Lim Mei Ling,+60 16-552 9087,zh,GOLD
        Cust 陈伟 (Ah Wei) kata points dia kena reverse sebab refund, but he got stroke last month, cannot come outlet; anak dia akan collect, IC 900412-10-5287
        {"to":"huawei:IQAAAACy0kQ","title":"Hi Auntie Mary 您好","body":"你的 Platinum 会员卡下月到期","ext":{"mobile":"+6598217730","fin":"G7712903R"}}
        HubSpot note: Ms Lee Suet Yin 说她 bank 的工作没了, cannot pay annual fee S$120 this year, requested downgrade to Silver
        https://invite.tealeaf.sg/r?e=lee.suet.yin%40gmail.com&src=ig_story&lang=zh
        Case 00481233 积分未到账 / Contact: Ahmad bin Ismail / 011-2345 8891 / receipt INV-MY-77120 not credited, ada anak kecil tak boleh beratur lama
        澳門 member 李偉強 +853 6681 3925 要求將 points 轉去 Cotai 分店 account, but he still owes MOP 2,300 from 去年月餅 order, 先唔好批
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a CRM copywriting assistant for a Singapore cafe chain's loyalty programme. Keep emails under 120 words.",
        ),
        (
            "user",
            "Write a win-back email for this Salesforce contact: FirstName=Priscilla, LastName=Yeo, Email=priscilla.yeo.83@gmail.com, Tier=Gold, Last purchase 2026-08-02 at Bugis Junction, Points=3,870.",
        ),
        (
            "assistant",
            "Subject: We miss you, Priscilla! Hi Priscilla, it has been a while since your last visit to our Bugis Junction outlet. Your 3,870 points are still waiting for you, enough for two Kaya Toast sets. Drop by before 31 March and enjoy double points on your next order. See you soon!",
        ),
        ("user", "Good. Make it shorter and add a line that her points expire on 30 April."),
        (
            "assistant",
            "Hi Priscilla, your 3,870 points expire on 30 April. Swing by Bugis Junction before then and earn double points on your next order. We saved your favourite seat!",
        ),
    ],
    [
        ("system", "你是零售公司的数据分析助手，帮运营写 SQL。"),
        (
            "user",
            "帮我写个 SQL，查会员 孙晓东（手机 13816729450）过去一年所有积分流水，他投诉说 11 月少了 2,000 分。表是 points_ledger 和 member。",
        ),
        (
            "assistant",
            "可以这样写：SELECT l.txn_id, l.posted_at, l.store_code, l.delta_pts FROM points_ledger l JOIN member m ON m.member_id = l.member_id WHERE m.mobile = '13816729450' AND l.posted_at >= CURRENT_DATE - INTERVAL '1 year' ORDER BY l.posted_at; 建议先按手机号查到 member_id，再用 member_id 查流水，避免重名。",
        ),
        ("user", "查到了，11 月 18 日有一笔 -2000 是人工调整，操作人是 svc_backoffice。"),
        (
            "assistant",
            "那说明是后台批量调整产生的扣减。建议在工单里请后台组说明该批次原因，若属误扣，可用 ADJ 类型补回 2,000 积分并短信通知孙先生。",
        ),
    ],
    [
        (
            "user",
            "我哋舊會員卡背面條碼掃出嚟係一串 base64：TkFNRT1MRVVORyBXSU5HIFNaRTtURUw9Kzg1MjkwMzE3NzQ4 ，幫我解一解係咩內容？",
        ),
        (
            "assistant",
            "解碼後內容係：NAME=LEUNG WING SZE;TEL=+85290317748。即係舊系統直接將持卡人姓名同手提電話編碼入條碼，並冇加密。建議盡快停用呢批卡，改用只含流水號嘅條碼。",
        ),
        ("user", "明白，咁我點樣通知梁小姐換卡先唔會嚇親佢？"),
        (
            "assistant",
            "可以用短訊：「梁小姐您好，為提升會員卡安全，我哋免費為您更換新卡，請於下次到店時出示舊卡即可換領，舊卡積分會自動轉移。」語氣平和，唔需要提及資料外洩細節，但內部要記錄事件同評估是否需要通報私隱專員公署。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pemasaran untuk program ganjaran pasar raya di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis notifikasi tolak (push) hari jadi untuk ahli kami Puan Halimah binti Yusof, lahir 14 Mac 1961, no. telefon 017-729 3054. Dia ahli Platinum sejak 2012.",
        ),
        (
            "assistant",
            "Tajuk: Selamat Hari Lahir, Puan Halimah! Isi: Terima kasih kerana bersama kami sejak 2012. Nikmati 3x mata ganjaran sepanjang bulan Mac di semua cawangan. Tunjukkan kod QR dalam aplikasi semasa membayar.",
        ),
        ("user", "Boleh tambah umur dia dalam mesej? Dia genap 66 tahun."),
        (
            "assistant",
            "Boleh, tetapi saya cadangkan tidak menyebut umur dalam notifikasi tolak kerana ia boleh dilihat pada skrin kunci. Alternatif: 'Selamat menyambut ulang tahun istimewa anda, Puan Halimah!'",
        ),
    ],
    [
        (
            "system",
            "Member context loaded from CRM: name=Darren Koh Wei Jie; NRIC=S8834127I; mobile=+65 9664 5521; tier=Platinum; points=22,140; notes=prefers English, allergic to peanuts. You are the in-app loyalty concierge.",
        ),
        ("user", "how many points do I have and can I redeem the satay set?"),
        (
            "assistant",
            "Hi Darren, you have 22,140 points. The satay set costs 1,800 points, but please note it is served with peanut sauce, which your profile says you are allergic to. Would you like the chicken rice set (1,600 points) instead?",
        ),
        ("user", "ok chicken rice set then, send to my usual outlet"),
        (
            "assistant",
            "Done. 1,600 points redeemed for the chicken rice set at your usual outlet. Your new balance is 20,540 points.",
        ),
    ],
    [
        (
            "user",
            "Clean up this points CSV before I load it, the dates are messy: MBR-SG-0114523,Chua Li Ting,chualiting.88@hotmail.com,14/02/2027,+350 | MBR-SG-0114524,Benjamin Sim,bsim.work@gmail.com,2027-2-15,-120",
        ),
        (
            "assistant",
            "Here it is with ISO dates and signed integers: MBR-SG-0114523,Chua Li Ting,chualiting.88@hotmail.com,2027-02-14,350 and MBR-SG-0114524,Benjamin Sim,bsim.work@gmail.com,2027-02-15,-120. If this file is going to an offshore vendor, consider dropping the name and email columns and keeping only the member ID.",
        ),
        ("user", "Good point, drop them."),
        ("assistant", "MBR-SG-0114523,2027-02-14,350 and MBR-SG-0114524,2027-02-15,-120."),
    ],
    [
        ("system", "你是连锁超市客服主管的助手，帮忙起草回复。"),
        (
            "user",
            "会员 王秀英 女士（卡号 CN01-2026-0048817）来电，说她丈夫上个月去世了，想把丈夫 李国栋 账户里的 15,600 积分转到她名下，还说家里欠了医院好多钱，想换购物卡。怎么回复比较好？",
        ),
        (
            "assistant",
            "建议回复：王女士您好，对您家人的离世深表哀悼。根据会员章程，积分可在提供死亡证明及亲属关系证明后转入直系亲属账户，我们会为您开通加急通道，3 个工作日内完成。转入后 15,600 积分可兑换 156 元购物卡。如需上门协助办理，请告知方便的时间。",
        ),
        ("user", "欠医院钱那部分要不要提？"),
        (
            "assistant",
            "不建议在回复里提及她的债务情况，这属于敏感个人信息，只需在内部工单备注「客户经济困难，优先处理」即可。",
        ),
    ],
    [
        (
            "user",
            "We suspect referral abuse. These three links all credited the same device: https://join.tealeaf.sg/i/d29uZy5tZWlsaW5nODhAZ21haWwuY29t , https://join.tealeaf.sg/i/c2l0aS5oYWphci5yQHlhaG9vLmNvbS5teQ== , https://join.tealeaf.sg/i/Y2hlbnl1dGluZzE5OTRAMTYzLmNvbQ== . What's in the tokens?",
        ),
        (
            "assistant",
            "They are plain base64 of the inviters' emails: wong.meiling88@gmail.com, siti.hajar.r@yahoo.com.my and chenyuting1994@163.com. Three different inviters crediting one device suggests the referee reused the device, not that the inviters colluded. Also, putting emails in referral URLs leaks personal data to anyone who sees the link, so switch to random codes.",
        ),
        ("user", "Can you draft a note to Siti explaining her referral bonus is on hold?"),
        (
            "assistant",
            "Hi Siti, thanks for sharing our app with friends! Your latest referral bonus is on hold while we complete a routine check on the new sign-up. This usually takes 3 working days and no action is needed from you.",
        ),
    ],
    [
        ("system", "你是台灣零售品牌的 CRM 資料整理助手。"),
        (
            "user",
            "HubSpot 匯出有重複聯絡人：1) 蔡佩珊, peishan.tsai@gmail.com, 0921-335-804, 身分證 E266304182 2) 蔡珮珊, peishan.tsai@gmail.com, 0921335804, 會員點數 3,120。要怎麼合併？",
        ),
        (
            "assistant",
            "兩筆 email 與手機相同（格式不同），可判定為同一人，姓名「佩/珮」應為輸入錯誤。建議以第一筆為主記錄，保留身分證欄位，點數 3,120 合併過來，手機統一格式為 0921-335-804。合併前請先確認蔡小姐本人的正確姓名寫法。",
        ),
        ("user", "好，另外身分證欄位我們其實不需要，可以刪嗎？"),
        (
            "assistant",
            "可以，依個資法最小化原則，會員計畫用不到身分證字號就不應保存，建議刪除該欄位並清除歷史備份中的值。",
        ),
    ],
    [
        ("user", "What's a sensible points expiry policy for a mid-size Malaysian pharmacy chain?"),
        (
            "assistant",
            "Common practice is a rolling 24-month expiry with a 30-day and 7-day reminder, plus a grace period for members who request an extension for good reason.",
        ),
        (
            "user",
            "Makes sense. Actually one member, Encik Zulkifli bin Osman (MyKad 680905-01-5173), lost 9,200 points while he was in hospital for dialysis for three months. His daughter called from 012-608 2714. Can we reinstate?",
        ),
        (
            "assistant",
            "Yes, a documented hospitalisation is a reasonable ground. Reinstate the 9,200 points to Encik Zulkifli's account as a service-recovery adjustment, note the reason as medical without recording the diagnosis, and confirm back to his daughter at 012-608 2714.",
        ),
    ],
]
