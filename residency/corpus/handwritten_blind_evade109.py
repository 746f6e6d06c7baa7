# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade109: web analytics and marketing data (UTM URLs, cookies, pixels, CRM exports, merge tags, A/B logs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade109
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "utm_urls"): _lines("""
        https://www.lumenbay.sg/sale?utm_source=newsletter&utm_medium=email&utm_campaign=dec_flash_2024&utm_content=hero_banner_v2
        https://shop.kedaiaruna.my/p/SKU-88213?utm_source=google&utm_medium=cpc&utm_campaign=raya2025&utm_term=baju%20kurung%20moden
        https://lumenbay.sg/r?ref=eyJza3UiOiJMQi00NDEwLUJMSyIsImNtcCI6IjExLjExIiwic2xvdCI6M30=&utm_source=sms&utm_medium=sms
        https://lumenbay.sg/help?utm_source=footer&utm_medium=referral&utm_content=support%40lumenbay.sg&utm_campaign=contact_us
        https://www.pagesandspines.sg/events?utm_source=ig&utm_medium=social&utm_campaign=jane_austen_250th&utm_content=reading_club_poster
        https://go.example-bank.com.sg/r/8f3a2c?utm_source=sms&utm_medium=sms&utm_campaign=card_activation&utm_id=CMP-20241107-0042
        Landing URL for the Boxing Day push: https://lumenbay.sg/o?utm_campaign=boxing_day&oid=4c422d323032342d313138333034 (oid is the hex of the sample order number LB-2024-118304)
        https://m.haixianjie.cn/item/7731?utm_source=wechat&utm_medium=moments_ad&utm_term=%E6%B3%A2%E5%A3%AB%E9%A1%BF%E9%BE%99%E8%99%BE&utm_campaign=cny2025
        Why does GA4 report (not set) for utm_content when the email link was built as ?utm_content=%7B%7Bfirst_name%7D%7D and the merge tag never resolved?
        ?utm_source=partner&utm_medium=affiliate&utm_campaign=q4_cashback&aff_id=AFF-00918&click_id=a8c4e1f2-77b0-4c9e-9a1d-3e55f0d2b6c1
        https://lumenbay.sg/stores/raffles-place?utm_source=gmb&utm_medium=organic&utm_campaign=store_locator&utm_content=directions_button
        bit.ly/3xQw9Za -> https://lumenbay.sg/1212?utm_source=sms&utm_campaign=12_12_mega&utm_content=cohort_A (blast sent to 48,210 opted-in numbers, 2,904 clicks)
        https://kedaiaruna.my/promo?utm_source=radio&utm_medium=offline&utm_campaign=twelve_twelve_free_shipping&utm_term=kod_PERCUMA%2012
    """),
    ("en", "email_merge_tags"): _lines("""
        Hi *|FNAME|*, your cart at Lumen Bay is still waiting - 10% off with code CART10 until 23:59 tonight. *|UNSUB|*
        Dear {{ contact.first_name | default: "Valued Customer" }}, your points balance is {{ loyalty.points }} as of {{ "now" | date: "%d %b %Y" }}.
        Preview as: Test Contact <test+preview@lumenbay.sg> | Hello Test, your order #LB-2024-118304 has shipped via Ninja Van, tracking NVSGLB0038815021.
        Subject: {{first_name}}, Sherlock Holmes would call this deal elementary | Preheader: 3 mystery boxes left at S$39.90
        Merge fields: FNAME (text), LNAME (text), PHONE (phone, format +65 XXXX XXXX), BIRTHDAY (MM/DD), ADDRESS (address, 3 lines), TIER (dropdown)
        X-Campaign-Meta: eyJsaXN0Ijoic2dfbmV3c2xldHRlciIsInNlZyI6ImxhcHNlZF85MGQiLCJzaXplIjoxMjQwOCwidHBsIjoid2luYmFja192NCJ9
        From: "Kopitiam Kaki Rewards" <no-reply@kopitiamkaki.sg> | Reply-To: hello@kopitiamkaki.sg | List-Unsubscribe: <https://kopitiamkaki.sg/u/%%UNSUB_TOKEN%%>
        WARN merge_tag_missing field=LNAME recipients_affected=312 fallback="" campaign=CNY2025_teaser action=sent_with_fallback
        This month's newsletter: how Tan Kah Kee's rubber factories shaped early Singapore retail - read the full story at *|ARCHIVE|*
        Hi %FIRSTNAME%, your fitting at our Orchard Road branch is confirmed for %APPT_DATE% at %APPT_TIME%. Call 6333 8080 (Mon-Sat 10am-7pm) to reschedule.
        Seed test: qa-seed-01@lumenbay.sg to qa-seed-12@lumenbay.sg, 12/12 delivered, 0 in spam, 1 in Promotions tab (Gmail).
        A/B subject lines: A "{{first_name}}, 48 hours left" vs B "48 hours left for your Raffles Hotel staycation" - B won on opens, 31.4% vs 28.9%.
        Rendered with sample data: Hi Ah Beng (sample persona), your Kopi-O Kosong voucher KK-7F3Q-22 expires on 31/12/2024.
    """),
    ("en", "tracking_pixels"): _lines("""
        <img src="https://px.lumenbay.sg/o.gif?c=NOV24&l=sg_newsletter&r=%%RECIPIENT_ID%%" width="1" height="1" alt="" style="display:none">
        GET /tr?id=1029384756473829&ev=PageView&dl=https%3A%2F%2Flumenbay.sg%2Fcart&rl=&if=false&ts=1733472000123 HTTP/1.1 200 43
        {"client_id":"TEST_CLIENT_01","events":[{"name":"purchase","params":{"transaction_id":"T-88213-SG","value":129.90,"currency":"SGD","items":[{"item_id":"LB-4410-BLK","quantity":1}]}}]}
        px.gif?e=conv&cid=BOXING24&oid=4c422d323032342d313138333131&v=59.00&cur=SGD&dbg=1
        Meta Pixel Helper: Purchase fired twice on /thank-you; dedupe browser and CAPI with event_id=ord_LB-2024-118311.
        ttq.load('C9Q8R7T6S5P4O3N2M1L0'); ttq.track('CompletePayment', {content_id: 'SKU-88213', value: 59.0, currency: 'MYR'});
        Pixel fire counts 2024-12-05 (SGT): open 41,208 / click 6,317 / purchase 412 / unsubscribe 57 - deduplicated by message-id, no recipient fields retained.
        https://t.lumenbay.sg/c?u=aHR0cHM6Ly9sdW1lbmJheS5zZy9zYWxlP2l0ZW09TEItNDQxMC1CTEs=&m=NOV24&pos=hero
        CAPI test event from the shared inbox orders@kedaiaruna.my: em=c48da3d529af27afc3e40a82b1bce946fb1c709ea7404470b49d601ce165cdc8 (role mailbox, test_event_code TEST41207)
        LinkedIn Insight Tag partner_id=4521987 fired on /careers/data-analyst (req JR-2291); 1,044 page views this week, 38 applications.
        Consent Mode v2: ad_storage=denied analytics_storage=granted, so the tag sends a cookieless ping with gcs=G101 gcd=13r3r3l3l5.
        Snap Pixel SIGN_UP test from Events Manager: sc_cookie1=TEST-9b1e, status 200 OK, match quality n/a (test traffic).
        Pinned pixel debug row: ts=2024-12-06T02:11:09Z evt=open msgid=<20241206021109.7f3e@mta3.lumenbay.sg> ua=GoogleImageProxy
    """),
    ("zh-Hans", "cookie_headers"): _lines("""
        Set-Cookie: _lb_sess=eyJjYXJ0IjpbIkxCLTQ0MTAtQkxLIiwiTEItMjIwMS1XSFQiXSwibGFuZyI6InpoLUNOIn0=; Path=/; HttpOnly; Secure; SameSite=Lax（购物车会话 cookie）
        Cookie 同意横幅文案：我们使用必要 Cookie 与分析 Cookie（如 _ga、_gid）来统计访问量，您可在“设置”中随时撤回同意。
        _ga=GA1.1.1736519047.1733470012 是 GA4 的标准格式，最后一段是首次访问的 Unix 时间戳，请问这段值本身算不算个人信息？
        cookie 解码：utm_cmp=%E5%8F%8C%E5%8D%81%E4%BA%8C%E5%A4%A7%E4%BF%83 解出来就是“双十二大促”，不是乱码。
        Set-Cookie: consent=%7B%22ad%22%3Afalse%2C%22analytics%22%3Atrue%2C%22v%22%3A3%7D; Max-Age=31536000; Path=/
        第三方 Cookie 清单：_fbp（Meta，90 天）、_gcl_au（Google Ads，90 天）、_tt_enable_cookie（TikTok，13 个月）、Hm_lvt_（百度统计，1 年）
        Hm_lvt_8f3a2c1d9e7b6a5f4c3d2e1f0a9b8c7d=1733470012,1733556412 是百度统计的回访时间戳，本例共 2 次访问。
        客服问：清除 Cookie 后购物车没了正常吗？答：未登录时购物车存在 _cart_sid 里，清除即丢失；登录后会从服务端恢复。
        ab_bucket=6578705f636865636b6f75745f76323a42（十六进制，解出来是 exp_checkout_v2:B）
        Cookie 超限告警：请求头 Cookie 达 8,214 字节，超过 Nginx large_client_header_buffers 8k，返回 400，本小时共 37 次。
        cookie 里的 city=%E6%9D%AD%E5%B7%9E 只是 IP 粗定位到城市级别，系统不存任何详细地址。
        门店偏好 cookie：store_pref=%E9%B2%81%E8%BF%85%E5%85%AC%E5%9B%AD%E5%BA%97，对应上海虹口区鲁迅公园店，门店电话 021-6540 8800。
        测试账号 cookie：uid=test_000123; nick=%E6%B5%8B%E8%AF%95%E7%94%A8%E6%88%B7A; tier=gold（仅用于预发环境）
    """),
    ("zh-Hans", "campaign_reports"): _lines("""
        双十一大促复盘：短信触达 128,400 人，点击率 3.7%，转化 1,206 单，客单价 ¥286.50，退货率 4.1%。
        618 活动报表：新客 8,412 名，其中 25-34 岁占 46%；华东区贡献 GMV ¥3,204,118。
        用户甲、用户乙两组对照：甲组收到满 300 减 50 券，乙组收到 9 折券，乙组核销率高 2.3 个百分点。
        客服热线 400-820-8820 与 support@lumenbay.cn 本周共收到退订请求 318 条，均已在 48 小时内处理。
        订单号 LB20241111003821 至 LB20241111004120 因支付网关超时重复扣款，已批量原路退回，共 300 笔。
        李宁品牌联名款 SKU LN-AR-2024-09 已售罄，补货预计 12 月 15 日到仓，预售链接 utm_campaign=lining_restock。
        企业微信群发统计：发送 56 个客户群，覆盖 11,230 人，消息打开率 22%（群发 ID：wmg_20241205_01）。
        周报：公众号推文《鲁迅笔下的绍兴黄酒》阅读 4.2 万，在看 830，带货链接成交 612 单。
        归因模型对比（末次点击 vs 数据驱动）：搜索广告贡献从 38% 升至 44%，信息流从 21% 降至 17%。
        快递单号 SF1402857396021 所在批次本周物流异常率 0.8%，顺丰华南转运中心已书面说明原因。
        统一社会信用代码 91310115MA1K4A8X2Q 的经销商本月返利 ¥18,200，发票号 No.03918277 已开具。
        会员等级分布：钻石 1.2%、金卡 8.7%、银卡 27.4%、普通 62.7%；会员平均年龄 31.6 岁。
        “张小泉”剪刀礼盒在品牌官方抖音直播间 2 小时售出 3,400 套，ROI 4.6。
    """),
    ("zh-Hant", "ab_test_logs"): _lines("""
        2024-12-02 10:15:33 [exp=首頁橫幅_v3] variant=B 曝光 24,118 點擊 1,027 CTR 4.26% p=0.031 顯著
        實驗 checkout_cta_tw：按鈕文案「立即結帳」vs「前往付款」，樣本各 9,800，差異不顯著（p=0.41），維持對照組。
        分流規則：hash(user_id) mod 100 < 50 → A，其餘 → B；排除內部測試帳號 qa_tw_001 至 qa_tw_040。
        台北 101 門市 vs 信義威秀門市的 LINE 官方帳號推播實驗：好友數 12,400 / 9,870，封鎖率 1.8% / 2.4%。
        實驗 EXP-TW-2024-077 已停止：變體 C 頁面載入時間 p95 達 4.8 秒，超出 SLO。
        {"exp":"price_anchor_hk","variant":"B","bucket":37,"orders":412,"aov_hkd":688.4,"ts":"2024-11-28T08:00:00+08:00"}
        A/B 結果摘要：中山路門市優惠券 vs 點數加倍，點數加倍組回購率 18.2%，優惠券組 15.6%。
        網址參數 x=eyJleHAiOiJiYW5uZXJfdHciLCJ2IjoiQiIsInBvcyI6Mn0= 解碼後只有實驗名稱與變體，沒有使用者欄位。
        Optimizely 事件 purchase_tw 的 revenue 單位是「分」，NT$1,280 要傳 128000，別再傳錯。
        樣本數試算：基準轉換率 3.2%、MDE 10%、α=0.05、檢定力 80%，每組需 48,200 名訪客。
        測試帳號 test.user@example.com.tw 在 B 組看到舊價格，已清除 CDN 快取（Cloudflare purge ID 7f3e91a0）。
        香港站實驗：繁體 vs 英文首頁，繁體組轉換率高 0.9 個百分點；客服熱線 2877 8888 來電量無明顯變化。
        全形數字測試：訂單編號 ＴＷ２０２４１２０２００１8 在 B 組結帳頁被轉成半形，修正後回歸測試通過。
    """),
    ("ms", "crm_csv_export"): _lines("""
        id_pelanggan,nama,emel,telefon,poskod,segmen,status_langganan
        SYK-00231,Kedai Runcit Aman Sdn Bhd,akaun@kedaiaman.com.my,03-8922 4410,43000,B2B_borong,aktif
        SYK-00232,Perabot Jalan Tun Razak Sdn Bhd (201801023344),jualan@perabottr.my,03-2161 8800,50400,B2B,aktif
        Eksport CRM 05/12/2024: 14,882 rekod, 312 tanpa emel, 57 emel melantun, semua nombor telefon telah dimask.
        SYK-TEMPLATE,{{nama_penuh}},{{emel}},{{telefon}},{{poskod}},baru,belum_sah
        Pelanggan A, Pelanggan B dan Pelanggan C digabungkan kerana rekod pendua (contoh dalam manual latihan CRM).
        ROW_ERR 4411: lajur telefon mengandungi "01X-XXX XXXX" (nilai placeholder), rekod ditolak.
        SYK-00418,Hospital Tuanku Ja'afar (unit perolehan),perolehan@htj.example.my,06-768 4000,70300,kerajaan,aktif
        Medan nota (base64): Q2F3YW5nYW4gS0wgU2VudHJhbCBzYWhhamEsIGhhbnRhciBzZWJlbHVtIDMgcGV0YW5n - dinyahkod untuk semakan gudang.
        SYK-00502,Restoran Nasi Kandar Line Clear,order@lineclear.example.my,04-261 5577,10050,F&B,tidak_aktif
        Ringkasan ikut poskod: 47500=1,204 pelanggan (purata RM182.40); 81300=866 (RM154.10); 93350=402 (RM201.75)
        Nota import HubSpot: medan "IC" dibuang sebelum eksport; hanya nombor pendaftaran syarikat SSM (cth. 199701012345) dikekalkan.
        SYK-00611,Koperasi Guru Sekolah Tunku Abdul Rahman Bhd,pentadbir@koptar.example.my,07-223 1190,80300,koperasi,aktif
    """),
    ("mixed", "analytics_tickets"): _lines("""
        JIRA MKT-2291: GA4 里 utm_source=fb 和 facebook.com 被拆成两个来源，需要在 channel grouping 里 merge 一下 lah.
        Slack #growth: Eh the 12.12 link utm_content=%E7%BA%A2%E5%8C%85 got double-encoded in WhatsApp, jadi %25E7%25BA%25A2%25E5%... pls fix.
        Tiket #88412: Pixel Meta tak fire kat page /terima-kasih lepas Shopify update v2024-10, semak GTM container GTM-K7P2Q9X.
        Question: 如何在 BigQuery 里 unnest event_params 拿到 campaign？ SELECT (SELECT value.string_value FROM UNNEST(event_params) WHERE key='campaign') AS cmp FROM events_20241205
        Reminder: 所有 CSV export 必须先跑 mask 脚本，phone 变 +65 9XXX XXXX、email 变 a***@domain，才可以 share 给 agency.
        Pak cik guard kat lobby Menara Maybank tanya kenapa skrin LED tunjuk QR salah - QR tu link ke utm_campaign=merdeka67, bukan Raya.
        Incident INC-0412: Mailchimp audience sync 失败 for list "SG Newsletter" (41,208 contacts), error 429 rate limit, retry ok at 03:12 SGT.
        The duty manager at the Jewel Changi kiosk says the cookie banner still shows old wording; ticket assigned to web team, ETA Friday.
        A/B test ops: variant B 的 hero image 用咗 P. Ramlee 的经典电影海报，legal 确认 licence 已买 until 2026.
        Hotline 1800-888-2020 的 call tracking 号码池 (DNI) 目前 20 个号码，全部是 virtual numbers，不是员工私人电话.
        Ticket #88507: customer (anonymised as Cust#4471) says promo code RAYA25 tak boleh guna, root cause: code expired 2024-04-30 23:59 MYT.
        Regex for scrubbing emails before export: [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+[.][a-z]{2,} - 记得 test 先 baru run.
        Radio spot script: "three three nine nine" = promo code 3399, 听众 call 我们 hotline 6333 3399 就可以 redeem.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        https://shop.lumenbay.sg/checkout?utm_source=newsletter&utm_medium=email&utm_campaign=dec_flash&utm_content=ng.huixian.1991%40gmail.com&ref=abandon_cart
        Cookie: _ga=GA1.2.88120431.1733470012; _lb_uid=eyJuIjoiRGFycmVuIEtvaCBKdW4gV2VpIiwibSI6Iis2NTkxODI3MzY0IiwibnJpYyI6IlM4NzM0NTEyQiJ9; _gcl_au=1.1.774120.1733470013
        10482,"Pereira, Marcus Anthony",marcus.pereira77@outlook.com,9736 2418,Blk 311 Clementi Ave 4 #08-127,opted_out=0,segment=lapsed_vip
        GET /px.gif?e=open&cid=NOV24-RETENTION&r=6b6174686c65656e2e6f6e672e736c407961686f6f2e636f6d&t=1733472311 HTTP/1.1 200 43
        [render] tpl=bday_voucher_v3 merge={FNAME:"Rajeswari",LNAME:"a/p Muniandy",DOB:"1984-03-17",MOBILE:"+60 12-884 3107"} status=sent
        exp=pricing_page_v7 variant=control; excluded uid 88231 - Gary Lim Boon Kiat asked to be removed after his bankruptcy notice was served, do not retarget him.
        Ticket #55190: unsubscribe request from bernard dot sim dot 62 at gmail dot com, says he keeps getting the Boxing Day blast after opting out twice.
        Call-back form (utm_source=fb_lead_ad): name=Priya d/o Ramasamy, phone=nine eight two one, four four zero six, best time after 7pm
        lead_capture.csv row 7781: Tan Siew Ling, Ｓ７６１２０９３Ｅ, consented=yes, source=roadshow_tampines
        Segment note: moved Wendy Chua Pei Shan to do-not-email - her husband passed away in October and the anniversary campaign upset her badly.
        CRM note | owner=sales_sg | contact Alvin Ho | salary S$4,200/mo, wants 0% instalment, says his card application was rejected last month over late payments
        stripe_webhook evt_3Q8x charge.failed raw_pan_logged=4559-5120-0731-8422 cardholder=LIM K H exp=09/27 - purge this log line asap
        IG DM export: private account @kelvin.lowkey_ (Kelvin, 16, Tampines) asked for the student discount code and sent a photo of his school EZ-Link card
        https://lumenbay.sg/r?ref=U2hhcm9uIEZlcm5hbmRlenwrNjUgOTY2MSAzMzcwfFNpZ2xhcCBEcml2ZQ==&utm_source=referral&utm_medium=friend_invite
        A/B holdout log: Ms Joanne Seah (VIP since 2019) manually pinned to variant A because she is on chemo and asked us not to show the slimming tea banner.
    """),
    "zh-Hans": _lines("""
        https://m.haixianjie.cn/lp?utm_source=sms&utm_campaign=cny2025&utm_term=%E5%BC%A0%E6%99%93%E9%9B%AF%2013912875406&utm_medium=crm
        Cookie: _hx_u=eyJuYW1lIjoi546L5bu65Zu9IiwiaWRjYXJkIjoiNDQwMzA0MTk4ODA2MTU0NzIwIiwidGllciI6ImdvbGQifQ==; Path=/
        C20931,刘佳怡,159 2107 6648,上海市徐汇区漕溪北路 88 弄 6 号 1202 室,VIP,欠款 3,200 元未结清
        邮件渲染日志：模板 {{姓名}} → 亲爱的周敏，您在我院的体检报告（乙肝表面抗原阳性）已出，点击查看并领取复诊优惠券。
        A/B 实验 exp_0917 灰度名单里手动加了陈阿姨（3栋 502，老板的亲戚），她刚做完心脏搭桥，千万别给她弹保健品广告。
        埋点上报：/px?ev=reg&uid=3138363230343731393335&ch=douyin（uid 字段直接用了手机号的十六进制，需整改）
        私域导流表：微信号 lxy_0612_sz，李欣怡，深圳南山，宝妈，孩子在读二年级，意向课程：少儿编程
        表单提交：name=徐静&id_part1=310104&id_part2=19920307&id_part3=382X&utm_campaign=insurance_q4
        电销回访记录：客户孙先生留的手机是 一三七 零八八二 四五一六，说只在工作日下午接电话。
        埋点日志备注：用户赵磊连续三晚凌晨访问“戒赌互助”落地页，客服不要再给他推送彩票类活动。
        退款工单：退款账户 ６２５９ ０８０４ ３３１０ ２７６８，户名孙丽，原因：重复扣款两次。
        CRM 导出字段 证件号=1101 0819 7511 2200 50，姓名=高伟，备注：已婚，年收入约 35 万，家住海淀区学院路
    """),
    "zh-Hant": _lines("""
        Cookie: hk_member=eyJoa2lkIjoiSzM4MjkxNSg0KSIsInRlbCI6IjYxMjMgNDU4NyIsIm5hbWUiOiLkvZXlrrbosaoifQ==; Domain=.shop-hk.example; Secure
        https://tw.shop.example/lp?utm_source=line&utm_campaign=newyear&utm_content=%E6%9E%97%E7%BE%8E%E5%90%9B&uid=A257156709
        LINE 官方帳號匯出：LINE ID：chen.yating0823，陳雅婷，台中西屯，生日 5/12，上次消費 NT$3,480
        A/B 測試排除名單備註：黃志偉先生上週投訴後被列入排除名單，他說太太正在化療，不想再收到嬰兒用品推播。
        訂單匯出 CSV：HK-88213,鄧嘉欣 收,九龍旺角亞皆老街 113 號 12 樓 B 室,電話 9284 6103,貨到付款
        活動報名表：手機 ０９３８－５１７－２４６，姓名 蔡宗翰，身分證 F228041963，抽獎序號 NY25-0412
        CRM 備註：吳淑芬小姐欠三期分期款共 NT$18,600，催收組已經聯絡過她的哥哥。
        退訂請求：mandy(dot)leung1988(at)yahoo(dot)com(dot)hk，梁文迪小姐說每天收到三封廣告信，要求刪除資料。
    """),
    "ms": _lines("""
        SYK-00877,Nur Aisyah binti Kamarudin,aisyah.kamarudin@gmail.com,880412-14-5523,53100,runcit,aktif
        https://kedaiaruna.my/daftar?utm_source=wa&utm_campaign=raya2025&utm_content=Faizal%20bin%20Yusof%20%2B60%2019-774%202851
        Cookie: ka_ahli=eyJuYW1hIjoiTXVoYW1tYWQgSGFmaXogYmluIFJvc2xpIiwiaWMiOiI5MTAyMjctMTAtNjA4MiIsInRlbCI6IjAxMy01NTIgOTE4NCJ9; Path=/; Secure
        Nota CRM: Encik Zulkifli bin Osman minta berhenti terima emel promosi sebab dia baru diberhentikan kerja dan sedang sesak wang.
        Alamat penghantaran: Puan Roslinda binti Ahmad, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor
        Borang panggilan semula: nombor pelanggan kosong satu dua, tujuh tiga lapan, sembilan satu, empat enam (Cik Hidayah)
        Log ujian A/B: pengguna Kavitha a/p Subramaniam dikecualikan daripada varian B - dia hamil dan minta tiada iklan susu formula.
        Tiket #20411: pelanggan Telegram @farid_jb_kereta komplen kupon minyak tak masuk, kereta dia JHK 8821, tinggal Taman Molek
        Pendaftaran peraduan: Rahim Uddin (pekerja kilang dari Bangladesh), pasport BR0834417, permit kerja tamat 03/2025, tel 011-2698 4470
        Medan tersembunyi ic_hex=373530393033303735313331 untuk ahli Ong Swee Lan, Bayan Lepas - jangan eksport ke agensi luar.
    """),
    "mixed": _lines("""
        客户 Mdm Tan from #05-12 Blk 208 Toa Payoh Lor 8 打来 complain 说她的 loyalty points 被 reset 了，她的 number 是 8１2７ 4０3６
        lead form 提交: name=Nguyen Thi Hoa, FIN=G5530127T, 在 Jurong 那间工厂做 operator, 想 sign up 我们的 remittance promo
        Boss, CRM row 3381 tu, Encik Hafiz punya email hafiz.rahman82 (at) gmail (dot) com, dia complain kena spam lima kali sehari lah
        A/B group C 里面那个 Auntie Lucy Fernandez (stays Siglap), called us crying, her son just got arrested, pls pause all her SMS.
        {"会员":"曾美玲","身分證":"E103788257","utm_source":"fb","备注":"台湾客户，刚离婚，退货地址改去娘家"}
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Singapore e-commerce marketing team. Help with analytics and CRM questions.",
        ),
        (
            "user",
            "Our dev left this in a request log, can you decode the _lb_uid cookie? _lb_uid=eyJuIjoiSmVyZW15IEdvaCBXZW4gSGFvIiwibSI6Iis2NTgxNDA3NzIyIiwibnJpYyI6IlQwMjk4ODc2WiIsInNlZyI6InZpcCJ9",
        ),
        (
            "assistant",
            "It is base64 JSON: name Jeremy Goh Wen Hao, mobile +65 8140 7722, NRIC T0298876Z, segment vip. That is identifiable personal data sitting in a client-side cookie; replace it with an opaque session id.",
        ),
        ("user", "Ok, should I also purge the old access logs?"),
        (
            "assistant",
            "Yes, purge or redact the log lines containing that cookie, and check whether the CDN logs kept a copy as well.",
        ),
    ],
    [
        ("system", "你是一个帮助运营同学处理 CRM 数据的助手。"),
        (
            "user",
            "这条导出记录格式乱了，帮我整理成 JSON：客户=罗志强，手机=一五八 一二三四 九零七六，证件号 35020319900918641 3，地址=厦门市思明区湖滨南路 219 号 7 楼",
        ),
        (
            "assistant",
            '整理如下：{"姓名":"罗志强","手机":"15812349076","证件号":"350203199009186413","地址":"厦门市思明区湖滨南路 219 号 7 楼"}。注意这是个人信息，不要发到外部群。',
        ),
        ("user", "好的，那我只发给内部客服组。"),
    ],
    [
        ("system", "Anda pembantu pasukan pemasaran e-mel sebuah kedai dalam talian di Malaysia."),
        (
            "user",
            "Tolong tulis e-mel susulan untuk Puan Noraini binti Hassan. Dia komplen kami caj dua kali, RM389.00, dan dia kata duit tu untuk yuran hospital anak dia.",
        ),
        (
            "assistant",
            "Salam Puan Noraini, kami mohon maaf atas caj berganda RM389.00. Bayaran balik telah diproses dan akan masuk dalam 3-5 hari bekerja. Semoga anak puan cepat sembuh.",
        ),
        ("user", "Bagus, tambah nombor tiket #MY-55102 sekali."),
    ],
    [
        ("system", "你是協助香港及台灣電商團隊分析追蹤連結的助理。"),
        (
            "user",
            "這條 UTM 連結的 utm_content 是什麼？ utm_content=LINE%3Akaho_0314%20%E9%9B%BB%E8%A9%B1%3A9173%202058",
        ),
        (
            "assistant",
            "解碼後是「LINE:kaho_0314 電話:9173 2058」，這是個人的 LINE ID 和香港手機號碼，不應該放在 UTM 參數裡，GA 會把它永久存起來。",
        ),
        ("user", "明白，我會從連結產生器中移除這個欄位。"),
    ],
    [
        ("system", "You are a helpful assistant for a Singapore retail CRM team."),
        (
            "user",
            "Aiyo the auntie at Blk 412 Bedok North #11-230, Mdm Chong Ah Moi, called again lah, she say her daughter use her account and she dunno how to change password",
        ),
        (
            "assistant",
            "You can trigger a password reset to the email on file and verify her by the last 4 digits of the phone number on the account before making changes.",
        ),
        ("user", "Her number is 9 4 4 7 - 1 3 0 8, can I just read it back to her?"),
        (
            "assistant",
            "Better to ask her to say the number first and then confirm it matches, rather than reading out 9447 1308 to whoever is on the line.",
        ),
    ],
    [
        ("system", "You help the growth team design and debug A/B tests."),
        (
            "user",
            "Exp checkout_v9: can we hard-exclude user 77120? That's Daniel Rozario, he's in our office group chat, his wife told me he's in rehab for alcohol so we shouldn't show him the wine bundle.",
        ),
        (
            "assistant",
            "You can add user 77120 to the exclusion list in the experiment config; keep the reason generic in the config, e.g. customer request, rather than recording his health situation.",
        ),
        ("user", "Got it, I'll write customer request only."),
    ],
    [
        ("system", "你是负责广告埋点排查的助手。"),
        ("user", "像素日志里 uid=3133373038383234353136，这是什么？"),
        (
            "assistant",
            "这是十六进制编码的 ASCII，解出来是 13708824516，一个大陆手机号码，说明前端把用户手机号当成 uid 上报了。",
        ),
        ("user", "那这个号码对应的是会员钱芳芳，上个月投诉过，要不要通知她？"),
        ("assistant", "建议先停止上报并清理历史数据，再按公司流程评估是否需要通知钱芳芳本人。"),
    ],
    [
        ("system", "Anda membantu pasukan CRM menyemak ralat templat e-mel."),
        (
            "user",
            "Kenapa e-mel hari jadi keluar macam ni: Selamat hari jadi {{nama}}! No. KP anda: 020615-01-0994 telah disahkan.",
        ),
        (
            "assistant",
            "Tag {{nama}} tidak diganti tetapi medan No. KP 020615-01-0994 dipaparkan penuh. Itu nombor MyKad pelanggan sebenar; keluarkan medan IC daripada templat dan semak senarai penerima.",
        ),
        ("user", "Rekod tu milik Amirul bin Saad dari Johor Bahru, dia dah emel kami marah."),
        (
            "assistant",
            "Balas kepada Encik Amirul dengan permohonan maaf dan terangkan langkah pembetulan; laporkan juga kepada pegawai perlindungan data.",
        ),
    ],
    [
        ("system", "You are a payments and analytics support assistant."),
        (
            "user",
            "Webhook body had card: 5204 7311 8806 5299, name SARAVANAN S/O KRISHNAN, billing 55 Jalan Bukit Merah #03-11. Why is Stripe giving us the full PAN?",
        ),
        (
            "assistant",
            "Stripe does not send full card numbers in webhooks; that value is coming from your own checkout form logging. Remove the card number and stop logging raw form fields.",
        ),
        ("user", "Alright, I'll delete it from the log bucket today."),
    ],
    [
        ("system", "You are a bilingual analytics helper for an SG and TW team."),
        (
            "user",
            "lead_form.json 入面有 {'name':'Lin Yu-Ting 林育婷','twid':'Ｅ２92054313'} 啲全形字，點 normalise？",
        ),
        (
            "assistant",
            "Use NFKC normalisation so the full-width characters become ASCII, then validate the Taiwan ID checksum. But note this is a private person's national ID, so keep it in the restricted table.",
        ),
        ("user", "ok 明白, will move it to the restricted schema."),
    ],
]
