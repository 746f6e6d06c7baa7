# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh305: 简体中文 水果店、生鲜团购与社区团长（团购接龙、自提点、退款、缺斤少两投诉、团长佣金、团员群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh305
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "团购接龙公告"): _lines("""
        【今日接龙】海南金煌芒 5斤装 ¥39.9，广西沃柑 10斤装 ¥45.8，截单时间今晚 22:00，明天下午 3 点后到自提点取货，接龙格式：品名+份数，例如 沃柑+2。
        各位团员注意：本周六「鲜丰水果」春季会员日，全场满 99 减 20，小程序下单备注“自提”即可，自提点仍在幸福里社区东门菜鸟驿站旁，营业时间 8:30-21:00。
        温馨提示：今天的阳光玫瑰葡萄因云南产区降雨延迟发货，预计到货时间改为明早 10 点，已接龙的团员无需重复下单，如需取消请在小程序“我的订单”里自助申请，原路退回。
        第 3 期车厘子预售接龙开始啦！智利进口 JJ 级 2kg 礼盒 ¥168，JJJ 级 ¥198，每单限购 2 盒，1 月 15 日统一到货，团购码 TG-20250115-CH，请勿私下转账，全部走小程序支付。
        【自提点变更通知】因春节期间物业封闭北门，本小区自提点临时迁至南门「邻里生鲜」门店收银台，客服热线 400-820-7365（9:00-21:00），给大家带来不便敬请谅解。
        团长佣金结算规则调整：自 3 月 1 日起，普通商品佣金比例由 8% 调为 10%，生鲜冻品维持 6%，每月 5 日结算上月已签收订单，售后退款订单不计佣金，详情见《团长合作协议 V3.2》第七条。
        今天的接龙截止到第 138 号，共计沃柑 212 斤、丑橘 96 斤、蓝莓 74 盒，司机预计 17:40 到，到货后群里发照片，请大家凭取件码取货，不要拿错别人的袋子。
        防骗提醒：近期有人冒充“平台客服”私信团员，要求点击链接办理退款，官方不会索要验证码和银行卡密码，如有疑问请拨打小程序首页公布的官方客服电话 400-600-1288 核实。
        新团员入群须知：1. 群内只发与团购相关的信息；2. 售后问题请私聊群助手，勿在群里刷屏；3. 每日接龙 20:00 开、次日 10:00 截；4. 晒单欢迎，但请勿发广告和拉人链接。
        本周爆款：赣南脐橙（寻乌产区）果径 75-80mm，9 斤装 ¥36.9，产地直发，顺丰包邮，坏果包赔：签收 48 小时内拍照上传，按实际坏果重量退款。
        今晚直播间抽奖：关注店铺并下单任意水果即可参与，奖品为 8424 西瓜一个（约 7 斤），开奖时间 21:30，中奖名单仅公布订单号后四位，不公布其他信息。
        【补货通知】昨天接龙没抢到的泰国金枕榴莲（每个 4-5 斤）今天补了 30 个，¥29.9/斤按实重收费，现场开肉称重，门店地址：杭州市西湖区文三路 478 号华星时代广场 1 楼。
        团购结束统计：本期共 326 单，销售额 ¥18,472.50，售后退款 7 单合计 ¥213.40，退款率 2.1%，感谢各位团员支持，下期接龙周四晚上 8 点准时开始。
    """),
    ("zh-Hans", "商品价目表"): _lines("""
        SKU: FR-MG-0532｜品名：海南贵妃芒（中果）｜规格：5斤/箱｜进价 ¥22.00｜团购价 ¥32.80｜零售价 ¥39.90｜产地：海南三亚｜保质期：常温 5-7 天
        【价目表 2025-06-18】麒麟西瓜 ¥2.38/斤，8424 西瓜 ¥3.28/斤，无锡阳山水蜜桃 ¥12.8/斤，荔枝妃子笑 ¥9.9/斤，仙居东魁杨梅 ¥25/斤，以上均按净重计价。
        商品条码 6921234567890，品名：爱媛38号果冻橙，等级：一级果，单果重 200-250g，含糖量 ≥13°，每箱净重 4.5kg（不含箱重 0.4kg），建议零售价 ¥59。
        褚橙 2025 年新果上市：10 斤礼盒装 ¥138，5 斤装 ¥78，本店为品牌授权分销点，可查验授权书编号 CC-AUTH-2025-0316，假一赔十，支持开具增值税普通发票。
        蓝莓规格对照：12mm+ 小果 ¥19.9/125g，15mm+ 中果 ¥26.9/125g，18mm+ 大果 ¥35.9/125g，22mm+ 特大果 ¥49.9/125g，产地云南澄江，冷链配送 0-4℃。
        团购专享价：佳沛（Zespri）阳光金果 22 粒装 ¥139，33 粒装 ¥109（单果较小），绿果 36 粒装 ¥89，活动编号 ACT-2025-KIWI-07，限时至 5 月 31 日 23:59。
        商品编码 100058231947，名称：泰国金枕头榴莲整果 3-4 斤，出肉率约 25%-30%，按整果重量计价 ¥32.8/斤，开果后不支持无理由退货，果肉不满 3 房可申请补偿。
        批发价（10 件起批）：砂糖橘 ¥3.2/斤，沃柑 ¥3.8/斤，丑橘（不知火）¥5.6/斤，红美人 ¥11.5/斤，运费省内 ¥1.2/公斤，发货仓：南宁市西乡塘区农产品物流园 B3 栋。
        今日鲜切盒：西瓜盒 ¥12.9（约 450g），菠萝蜜盒 ¥18.9（约 300g），混合果切 ¥22.9（6 种水果），现切现卖，冷藏 4 小时内食用最佳，过期不售。
        规格｜单价｜库存：山东烟台红富士 80#｜¥6.8/斤｜1,240 斤；陕西洛川 85#｜¥7.5/斤｜860 斤；新疆阿克苏冰糖心 85#｜¥9.9/斤｜520 斤。
        品名：智利车厘子 JJJ 级（果径 30-32mm）｜批次号 CL20250108-A17｜柜号 MSKU4829371｜到港日期 2025-01-08｜检疫证号 440100225000123｜团购价 ¥99.9/2 斤。
        会员价目：银卡 98 折，金卡 95 折，黑卡 9 折并每月赠 2 张 ¥10 无门槛券；积分规则：消费 1 元积 1 分，100 分抵 1 元，积分有效期至次年 12 月 31 日。
        冬季上新：丹东草莓（红颜/99 号）3 斤装 ¥89，四川攀枝花凯特芒 ¥8.8/斤，福建琯溪红心蜜柚 ¥4.5/斤，预售期 12 月 10 日至 12 月 20 日，次日达。
    """),
    ("zh-Hans", "售后与计量规则"): _lines("""
        根据《中华人民共和国消费者权益保护法》第二十四条，经营者提供的商品不符合质量要求的，消费者可以要求退货、更换或修理；本店坏果售后以签收后 24 小时内提交照片为准。
        缺斤少两处理办法：顾客对重量有异议的，可在门店公平秤复称，误差超过 1% 的，本店按差额的 10 倍赔付；市场监管投诉电话 12315，门店电子秤检定证书编号 JD-2025-0371。
        退款流程：小程序→我的订单→申请售后→选择“部分退款”→上传坏果照片（需带称重读数）→团长审核（24h 内）→平台复核→原路退回，微信支付一般 1-3 个工作日到账。
        自提点规则：到货后 48 小时内未取的冷藏商品视为放弃，可申请退款 50%；超过 72 小时不再受理售后，常温商品保留 7 天，自提点不承担代保管责任。
        团长违规处理：私自加价、调包、短斤缺两一经核实，首次扣除当月佣金 30%，二次暂停合作 30 天，三次永久清退，依据《社区团购团长管理办法（2024 修订）》第十二条。
        称重说明：所有水果按净重计价，包装盒、泡沫网套、冰袋不计入重量；整箱商品标注“毛重”的，会同时注明箱重，例如毛重 10 斤、箱重 0.8 斤、净重 9.2 斤。
        依据《定量包装商品计量监督管理办法》，标注净含量 5kg 的定量包装商品，允许短缺量为 1.5%，即 75g；超出允许短缺量的，消费者可要求补足或退款。
        售后时效：榴莲、菠萝蜜等开口水果需在开果当场拍视频；车厘子、蓝莓等浆果签收后 12 小时内申请；苹果、橙子等耐储水果签收后 48 小时内申请，逾期不予受理。
        价格保护：下单后 24 小时内同一商品在本平台降价的，可申请退还差价，每单限申请一次，秒杀、直播间专享价、团长自定价不参与价格保护。
        2020 年 12 月市场监管总局提出规范社区团购的“九不得”，明确不得滥用自主定价权、不得低价倾销，本平台据此禁止上架 0.01 元引流商品。
        冷链商品签收标准：送达时箱内温度应在 0-8℃，冰袋未完全融化；如到货时温度超标，自提点应当场拒收并在系统登记异常单号，由仓库统一补发。
        团员投诉升级路径：群助手→团长→区域运营（工作日 9:00-18:00，电话 0571-8765 4320）→平台客服 400-600-1288→12315，每一级应在 24 小时内回复。
        赔付标准表：坏果 1-2 个按单价退，坏果率超过 20% 整单退，错发漏发补寄或退款，少称 50g 以内补差价，超过 50g 按差价三倍赔付，最高不超过订单金额。
    """),
    ("zh-Hant", "店舖評價"): _lines("""
        油麻地果欄「陳記生果」嘅車厘子真係抵食，5 磅裝 HK$188，粒粒爽甜，老闆仲會主動幫你揀走爛果，唯一缺點係只收現金同八達通，唔收信用卡。
        台中第二市場旁邊的「阿嬤的果汁舖」，芭樂汁一杯 NT$60 不加糖也很甜，店面小但很乾淨，週一公休，營業時間 07:00-14:00，排隊大概十分鐘。
        喺某團購平台買咗兩盒日本晴王提子，到手發現有三粒爆裂，官方客服 WhatsApp 5180 2233 即日回覆並退回 HK$45，售後速度值得讚，俾四星。
        澳門紅街市附近的「金記果欄」水果新鮮，榴槤即開即秤 MOP$78/磅，不過上次秤重比家裡電子秤少了一兩，希望店家定期校正秤具。
        新北板橋「林家果園直營店」的文旦禮盒 NT$680/10 台斤，產地麻豆，宅配另加 NT$150，包裝很用心，送禮不失禮，店家統一編號 24536791 可開發票。
        差評：深水埗某生果檔的「特價」富士蘋果 $10 三個，回家一切開一半是褐心，拿回去老闆娘說「生果冇得退」，真係唔會再幫襯。
        高雄鳳山的社區團購「好鄰居生鮮」自提點設在便利商店，取貨方便，LINE 群每天晚上九點開團，芒果季的愛文芒果一箱 NT$450 很划算。
        觀塘 apm 樓下的「果然好」水果專門店，泰國金枕頭榴槤整個 HK$368，店員會幫你開好裝盒，環境乾淨，但價錢偏貴，適合送禮。
        評分 ★★★★☆｜荃灣「德叔生果」｜價錢：合理｜新鮮度：好｜服務：老闆好有耐性解釋邊種芒果適合做甜品，推介菲律賓呂宋芒 $12 一個。
        台北第二果菜批發市場的拍賣時間很早，零售攤位天亮以後營業，一般民眾可以入內採購，整箱買比超市便宜三成左右，記得自備推車。
        消委會嘅格價調查一直提醒大家，同款橙喺唔同超市價錢可以差好遠，建議多格價；今次我喺街市買 $10 四個新奇士，比超市平咗一半。
        屏東「枋山芒果產銷班」直售的金煌芒每台斤 NT$45，現場可試吃，班上的果農很熱心教怎麼挑熟度，假日人多，停車位有限，建議搭車前往。
        台南「阿明水果冰」的季節水果冰盤每份 NT$200 起，芒果季一定要排隊，建議下午兩點前到，店內不接受訂位，只收現金，值得專程去一趟。
    """),
    ("en", "ops_logs_and_config"): _lines("""
        2025-03-14T08:02:17.431Z INFO order-svc [req=7f3c9a1e] order GB20250314080217553 created sku=FR-DUR-0412 qty=2 amount=CNY 119.60 pickup_point=PP-HZ-0087 status=PENDING_PAYMENT
        2025-03-14T08:02:19.902Z INFO pay-gw wechat_pay callback txn_id=4200002319202503141186245723 order=GB20250314080217553 result=SUCCESS latency_ms=2471
        2025-03-14T21:45:03Z WARN weigh-audit scale_id=SC-0219 store=SZ-NS-014 variance=-3.4% threshold=1.0% sku=FR-CHY-JJ batch=CL20250308-B02 action=FLAG_FOR_REVIEW
        2025-03-15T02:00:00Z INFO commission-job settled period=2025-02 leaders=1842 orders=96213 gross=CNY 2,318,904.17 commission=CNY 201,447.09 refunds_excluded=3117
        ERROR refund-svc refund RF20250315103322017 failed: upstream WECHAT_PAY returned SYSTEMERROR, retry 2/5 at 2025-03-15T10:34:22+08:00, idempotency_key=b71e0c2d-55a9-4c3e-9f0a-2e8d6b1c7a44
        DEBUG dispatch route R-SG-WEST-03 vehicle_class=REEFER_1T stops=14 first_stop=PP-SG-JUR-002 eta=2025-03-15T15:20+08:00 temp_setpoint=4C door_sensor=OK
        config: pickup.cold_chain.max_hold_hours: 48 / refund.auto_approve.max_amount_cny: 30 / weigh.variance.alert_pct: 1.0 / commission.default_rate: 0.08 / commission.fresh_frozen_rate: 0.06
        example .env: SUPPORT_HOTLINE=400-820-7365 SUPPORT_EMAIL=service@xianguotuan.example.com SMTP_HOST=smtp.example.com SMTP_PORT=465 SENTRY_DSN=https://abc123@o0.ingest.example.io/42
        INFO notify-svc sent template=PICKUP_READY channel=wecom_group group_id=wrOgQhDgAAcwMTB7YmDkbeBsgT_q8Tsw recipients=312 batch=PP-GZ-0150 items=87
        git log --oneline: 9c1e4ab fix(refund): exclude pre-sale durian from auto-approve; 3f7d2e0 feat(leader): show commission preview; a0b5c11 chore: bump weigh-sdk to 2.4.1
        curl -X POST https://api.example-groupbuy.cn/v2/orders/GB20250316091502881/refund -H "Authorization: Bearer <token>" -d '{"reason":"SHORT_WEIGHT","amount":"6.40"}'
        SELECT leader_id, SUM(commission_cny) FROM leader_commission WHERE period = '2025-02' AND status = 'SETTLED' GROUP BY leader_id ORDER BY 2 DESC LIMIT 20;
        tracking SF1498273650312 status=DELIVERED_TO_PICKUP_POINT pickup_point=PP-SG-JUR-002 site="Jurong Point, 1 Jurong West Central 2" signed_by=POINT_STAFF ts=2025-03-16T14:02:55+08:00
    """),
    ("mixed", "staff_group_chat"): _lines("""
        今天 Pasir Panjang 批发中心那边的货 delay 了，司机说 PIE 塞车，估计 11am 才到，各个 pickup point 先在群里通知团员 ya，don't let them wait.
        仓库 update：榴莲 Musang King A 级今天进了 120 粒，D24 80 粒，Black Thorn 只有 15 粒，price list 等下我 upload 到 shared drive，folder 叫 2025-07 Durian。
        Reminder to all 团长：this month commission 会在 5 号 credit，如果 dashboard 显示 pending 是因为还有 refund case 没 close，不用 panic。
        刚刚 Jurong West 自提点 report 说收到的 mango 有 6 箱 bruised，我已经拍照 upload 到 ticket #QC-20250712-031，supplier 那边 3pm 前会回复。
        明天公众假期 Hari Raya Haji，所有自提点 close 一天，order cutoff 改到今晚 8pm，system banner 我已经改好了，大家 double check 一下 app。
        电子秤 calibration 下礼拜二做，请各门店把秤放在收银台旁边，technician 会带 certificate 过来，记得拍照存档 for audit，谢谢各位配合。
        FYI 新 SOP v2.3 已经 published：缺斤少两 complaint 第一时间请客人拍秤的照片 + 单号，不要在群里直接讨论客人资料，全部走 ticket system。
        KL 仓今天 temperature log 有异常，chiller 2 号在 02:10-03:40 升到 9°C，已经叫 maintenance 来看，受影响批次 MY-STR-0711 先 hold 住不要出货。
        下个月 promo calendar 出来了：7/1-7/7 Durian Week，7/15 Lychee Day 买二送一，7/25 watermelon $1.99/kg，poster 设计稿在 Canva 里面。
        各位，刚刚 finance 说 6 月 invoice INV-SG-2025-06-0418 的 GST 算错了，应该是 9% 不是 8%，请不要再 forward 旧版本给 supplier。
        Pickup point PP-SG-TPY-011 的冰柜坏了，今天那边的 frozen item 全部转去 Toa Payoh Hub 那个点，通知已经 push 出去了，有问题 call 办公室 6123 4500。
        今日 KPI：orders 2,418（+12% WoW），refund rate 1.7%，平均 pickup time 6.2 hr，最好的是 Punggol 区，最差的是 Woodlands，明天 standup 讨论。
        紧急：supplier 通知 Thailand 那批 longan 有农残超标风险（batch TH-LG-0709），已经 recall，app 下架，已卖出的 143 单系统自动 refund，话术模板在 pinned message。
    """),
    ("ms", "notis_kedai_buah"): _lines("""
        NOTIS: Kedai Buah-Buahan Segar Maju Jaya Sdn. Bhd. (No. Syarikat 202301012345 (1503421-K)) akan ditutup pada 31 Mac sempena Hari Raya Aidilfitri dan dibuka semula pada 3 April.
        Promosi musim durian! Musang King Gred A RM58/kg, D24 RM35/kg, Udang Merah RM45/kg. Tempahan melalui WhatsApp perniagaan kami +60 3-7865 4321 atau datang terus ke gerai kami di SS2, Petaling Jaya.
        Pembelian berkumpulan (group buy) minggu ini: tembikai Sabah RM2.50/kg, nanas MD2 RM6 sebiji, mangga Harumanis Perlis RM28/kg. Tarikh tutup: Khamis jam 10 malam.
        Pusat pengambilan baharu kami di Lot G-12, Pusat Komersial Seksyen 7, Shah Alam, dibuka Isnin hingga Sabtu 9 pagi hingga 8 malam. Sila tunjukkan kod QR pesanan anda.
        Polisi bayaran balik: buah rosak mesti dilaporkan dalam tempoh 24 jam dengan gambar dan nombor pesanan. Bayaran balik akan dibuat ke akaun asal dalam 3-5 hari bekerja.
        Aduan timbangan tidak cukup? Semua penimbang kami telah disahkan oleh Metrology Corporation Malaysia. Pengguna juga boleh membuat aduan kepada KPDN melalui talian 1-800-886-800.
        Ganjaran ketua kumpulan (group leader): komisen 8% untuk semua pesanan yang berjaya diambil, dibayar setiap 7 haribulan. Pesanan yang dibatalkan atau dipulangkan tidak dikira.
        Invois No. INV-MY-2025-0457 | Tarikh: 15/07/2025 | Pembekal: Ladang Buah Tropika Bentong Sdn Bhd | 40 kotak durian Musang King @ RM520 | Jumlah: RM20,800.00
        Waktu operasi bulan Ramadan: 10 pagi hingga 6 petang. Bazar di hadapan kedai menjual kurma Ajwa, Medjool dan Mariami mulai RM15 sekotak. Selamat berpuasa kepada semua pelanggan!
        Harap maklum, penghantaran ke Johor Bahru dan Kulai ditangguhkan sehari kerana banjir di Lebuhraya Utara-Selatan. Pesanan akan sampai pada hari Sabtu. Maaf atas kesulitan.
        Soalan lazim: Bolehkah saya tukar pusat pengambilan? Boleh, sebelum jam 12 tengah hari pada hari penghantaran melalui aplikasi > Pesanan Saya > Tukar Lokasi.
        Sijil Halal JAKIM bagi produk jus dan potongan buah kami sah sehingga 30 Jun 2026 (No. Siri A 123456). Salinan sijil dipamerkan di kaunter kedai untuk semakan pelanggan.
        Harga borong untuk peniaga: pisang berangan RM3.20/sikat, betik Eksotika RM2.80/kg, jambu batu tanpa biji RM4.50/kg. Minimum pesanan 50kg, e-mel jualan@buahmajujaya.com.my.
    """),
    ("zh-Hans", "行业新闻与品牌史"): _lines("""
        褚时健七十多岁时在云南哀牢山承包荒山种橙，十年后“褚橙”借助电商走红，被称为“励志橙”，其创业经历常被商学院作为案例讨论。
        唐代诗人杜牧《过华清宫》中的“一骑红尘妃子笑，无人知是荔枝来”，写的正是唐玄宗为杨贵妃从岭南快马运送荔枝的故事，如今“妃子笑”已是常见荔枝品种名。
        2020 年 12 月，市场监管总局联合商务部召开规范社区团购秩序行政指导会，阿里、腾讯、京东、美团、拼多多、滴滴六家互联网平台企业参加，会上提出“九不得”。
        东方甄选主播董宇辉在直播间介绍新疆阿克苏苹果时，即兴讲解产地日照与昼夜温差，这类“知识型带货”引发了农产品直播如何讲好产地故事的讨论。
        兴盛优选起源于湖南长沙的芙蓉兴盛便利店网络，创始人岳立华较早尝试以“社区便利店 + 团长”模式销售生鲜，被视为社区团购的代表企业之一。
        据媒体报道，滴滴旗下的橙心优选于 2022 年停止运营，同期多家社区团购平台收缩业务，行业从“百团大战”进入精细化运营阶段。
        中国工程院院士、华中农业大学教授邓秀新长期从事柑橘育种与栽培研究，被业内称为“柑橘院士”，其团队推动了多个柑橘品种在长江流域的推广。
        赣南脐橙是国家地理标志保护产品，主产区包括江西赣州的寻乌、安远、信丰等县，每年 11 月前后集中上市，社区团购常以“产地直发”作为卖点。
        拼多多创始人黄峥曾在致股东信中提到“农地云拼”，即把分散的农产品需求集中起来与产区直连，这一思路后来也被多多买菜等社区团购业务沿用。
        2019 年起，马来西亚冷冻整果榴莲获准出口中国，此前仅限果肉和果泥；2024 年中马双方又签署协议，允许马来西亚鲜榴莲输华，猫山王价格随之波动。
        鲁迅在《从百草园到三味书屋》里写到覆盆子“像小珊瑚珠攒成的小球，又酸又甜”，如今不少水果店把树莓标注为“鲁迅笔下的覆盆子”做营销。
        近年来多地市场监管部门开展“缺斤短两”专项整治，重点检查农贸市场、水果店的电子计价秤，部分城市推行“公平秤”和“计量诚信示范商户”评选。
        阳光玫瑰（Shine Muscat）葡萄由日本农研机构育成，国内大面积种植后价格从每斤上百元降到十几元，被媒体称为“水果价格跳水”的典型案例。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        接龙 12. 刘秀芬 7栋2单元1102 沃柑×2 芒果×1 电话 139 5817 2046，放门口就行，不用打电话
        团长你好，我是 18 栋的王阿姨，上周买的车厘子少了三两，我家老头子刚做完心脏搭桥，想买点好的给他补补，结果这样，太让人寒心了。
        退款申请｜订单 GB20250311190023417｜收款人：张伟明｜支付宝账号 zhangwm1987@163.com｜退款金额 ¥18.60｜原因：坏果 3 个（附图 3 张）
        佣金结算表：团长 周丽娟，身份证 33010619870315242X，开户行 中国建设银行杭州文三路支行，卡号 6217 0012 3456 7890 123，2 月佣金 ¥3,482.15。
        群里那个天天接龙的李姐，听说她老公欠了网贷二十多万跑路了，现在她一个人带俩孩子，难怪最近只买打折的。
        快递面单：收件人 陈国强，电话 186-2190-5538，地址 广东省深圳市南山区桃园路 66 号 荔林花园 3 座 1506 房，内件：榴莲 1 个，保价 ¥300。
        刚才打电话来投诉缺斤少两、说要去 12315 告我们的就是这个号码 13817264509，大家接电话注意一下语气。
        自提点登记：取件人 赵晓敏（手机尾号 4471）代取邻居孙大爷的订单，孙大爷中风后腿脚不便，已在群里语音确认授权。
        客户投诉记录：2025-04-02 吴海燕女士来电称团长黄志刚多次私自把 5 斤装沃柑换成 4 斤多，并在群里辱骂她，要求撤换团长，联系电话 150 6731 8842。
        团长申请表｜姓名：马晓红｜性别：女｜出生日期：1990-08-21｜手机：13605718823｜住址：杭州市拱墅区湖州街 58 号 祥符桥小区 12 幢 3 单元 402｜微信号：mxh_fruit0821
        老周，你别再来自提点闹了，你儿子吸毒被抓的事和我们卖水果的没关系，再闹我就报警了。
        我是 3 号楼的小杨，怀孕六个月了，医生说要控糖，团长能不能帮我留两盒低糖的蓝莓，西瓜就不要了，谢谢！
        微信转账记录：转账给 黄志刚（团长）¥256.00，备注“2 月水果款 王丽 9 栋 301”，交易单号 1000050001202502281234567890123
        团员群公告：因 @林美玲 多次恶意退款（累计 17 单、¥1,126），已被移出本群并列入黑名单，请其他团长注意，她的手机号 177 0213 5592。
        骑手反馈：送货到朝阳区望京西园三区 312 号楼 1803，客户郭先生说他不在家，让放门口鞋柜，已拍照留证。
        昨天晚上十一点多团长刘芳还在群里接龙，她白天在医院做化疗，这个团长是真不容易，大家多支持一下她。
        GB20250320081244219,何玉兰,13912874503,PP-NJ-0032,蓝莓125g×4;草莓3斤×1,已取件
        实名认证失败：证件号 430104199211086513 与姓名不匹配，请重新上传身份证正反面照片后再提交团长申请。
        月底对账：团长唐卫东本月底薪加佣金共 ¥6,240，扣除上月被投诉罚款 ¥800，另外他还欠公司押金 ¥2,000 没交。
        今天自提点门口那辆白色比亚迪 浙A·3F8K21 又堵了消防通道，车主是团长家亲戚，物业已经第二次贴条了。
        群主 @陈丽 最近和老公在闹离婚，团购的钱要分开算，以后她家的订单请开两个账单，一个记她名字，一个记她老公郑建华。
        投诉截图转写：“我叫许文斌，住成都市武侯区玉林北路 18 号 2 栋 501，你们送的猕猴桃是烂的，我女儿吃了上吐下泻，今天在华西医院挂了急诊。”
    """),
    "zh-Hant": _lines("""
        九龍城街市團購：陳太（陳美玲）訂咗兩箱芒果，電話 9123 4587，送去土瓜灣美景街 12 號 3 樓 B 室，貨到付款 HK$320。
        會員實名登記：身份證號碼 K384719(5)，積分 2,380 分，已於 2025 年 3 月合併帳戶，請勿再重複發送生日優惠券。
        團購主 林怡君 的身分證字號 F224536185，收款帳號 台灣銀行 004-0123-45678901，本月分潤 NT$4,215 已於 5 日匯出。
        阿輝嘅生果檔欠咗供應商四萬幾蚊，聽講佢老婆帶埋仔返咗大陸，而家連舖租都交唔到，成日避開收數佬。
        取貨人：梁家豪先生，澳門居民身份證 5215379(2)，電話 +853 6628 1945，代取其母親訂購的榴槤一個，已核對證件。
        退款單：訂購人 張家瑜，手機 0928-417-352，地址 新北市中和區中山路二段 327 巷 8 號 5 樓，退款 NT$380 至中國信託帳戶。
        投訴：黃伯話佢上個禮拜喺你哋度買嘅西瓜少咗半斤，佢有糖尿病唔食得太多甜嘢，係買俾個孫女生日用，要求賠償。
        @吳佩珊 妳上次說婆婆住院開刀，這期的文旦先幫妳保留到下週，不用急著付款，有需要再跟我說。
        會員資料匯出：會員編號 HK-M-008213，姓名 何子明，電郵 hotszming88@gmail.com，生日 1979-11-02，常用取貨點 觀塘。
    """),
    "en": _lines("""
        Order SG-GB-20250412-0098: customer Tan Wei Ling, NRIC S8734215H, mobile 9176 2284, deliver to Blk 415 Yishun Ring Road #07-231, leave with neighbour if no answer.
        Refund receipt was sent to priya.nair.1989@gmail.com but the member says it never arrived, please resend from the support mailbox.
        Group leader Marcus Lim told us in confidence he has started chemo, so please cover his Tuesday pickup slot at Tampines until further notice.
        Complaint from Mrs Karen Wong, Flat 12B, Block 3, Taikoo Shing: she says her durian was 300g short and wants HK$150 back to her HSBC account 004-512-873920-001.
        Helper onboarding: FIN G6172835Q, work permit expires 30 Sep 2025, basic salary S$1,850, assigned to the Jurong cold room night shift.
        L-0417,Siti Rahmah binti Osman,DBS,120-456789-3,SGD 412.60,leader commission March
        Please PayNow the $38.50 refund to 8642 1937, that is Uncle Ah Seng's own number, he does not use the app.
        Heads up: former group leader Jason Teo was arrested last week for pocketing members' prepayments; about S$4,300 is still owed to 27 members.
    """),
    "ms": _lines("""
        Pesanan: Puan Noraini binti Hassan, No. K/P 850917-10-5462, tel 012-478 3391, alamat No. 23, Jalan Melati 4, Taman Sri Muda, 40400 Shah Alam.
        Ketua kumpulan Encik Faizal sedang dalam proses cerai, jadi komisen bulan ini tolong masukkan ke akaun Maybank 1620 4478 9153 atas nama adiknya.
        Pelanggan yang mengadu timbangan kurang tu guna nombor 017-392 6648, dia kata nak viralkan kat TikTok kalau tak dapat ganti rugi.
        Kak Rosnah tak dapat ambil pesanan sebab masuk wad Hospital Kuala Lumpur, kencing manis naik, suami dia Pak Din akan ambil esok.
        Aduan: Saya Tan Mei Fong dari Taman Desa Jaya, Kepong, kereta Myvi WXY 4821 saya kena saman sebab ketua kumpulan suruh parking depan pusat pengambilan.
        Borang ketua kumpulan: Nama: Muhammad Hafiz bin Razak | MyKad: 920305-14-6127 | Bank: CIMB 7012 3498 56 | Gaji semasa: RM2,800 | Hutang PTPTN: RM18,000
    """),
    "mixed": _lines("""
        团长 Mdm Lee 的 NRIC 是 S6512873Z，她说 commission 要 PayNow 到 9837 2150，不要转去她儿子的 account。
        阿Ken 那边的 order 还没拿，他说他 wife 刚在 Sunway Medical Centre 生宝宝，这两天没空，请帮他 hold 到礼拜五。
        Refund to 黄慧敏 Wong Hui Min, Maybank 5140 2873 9916, amount RM46.80, reason: 缺斤少两 durian 0.4kg short.
        Order note: 送到 Tai Koo Shing 海景台 12 座 18 樓 F 室, 搵陳小姐 Ms Chan, call 6187 3320 before arrival.
        Driver 报告：那辆 SKP 4827 H 又停在 pickup point 门口 block 了 lorry，车主就是 Blk 628 #07-15 那户，已经第三次了。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一个帮助社区团购团长处理售后和群运营的助手，回答简洁、礼貌。"),
        (
            "user",
            "帮我写一段道歉话术。团员吴海燕（电话 150 6731 8842，住 5 栋 602）投诉上周的沃柑 5 斤装只有 4 斤 3 两，她在群里发了称重照片，情绪很激动。",
        ),
        (
            "assistant",
            "可以这样写：吴女士您好，非常抱歉上周的沃柑出现缺重问题，您的照片我们已经核实，差额部分我们按规则三倍补偿，今天会原路退回，另外明天给您补发 1 斤沃柑到 5 栋 602，给您添麻烦了。",
        ),
        ("user", "补偿金额怎么算？单价 4.6 元一斤。"),
        (
            "assistant",
            "少了 7 两即 0.7 斤，差额 0.7 × 4.6 = 3.22 元，三倍补偿为 9.66 元，建议凑整退 10 元，显得更有诚意。",
        ),
    ],
    [
        (
            "user",
            "Can you draft a short refund email? Customer is Priya Nair, priya.nair.1989@gmail.com, order SG-GB-20250412-0113, three mangoes arrived bruised, refund S$7.80 to her PayNow 9023 6617.",
        ),
        (
            "assistant",
            "Subject: Refund for order SG-GB-20250412-0113. Dear Ms Nair, we are sorry that three mangoes in your order arrived bruised. We have processed a refund of S$7.80 to your PayNow number ending 6617; it should reach you within one working day. Thank you for your patience.",
        ),
        ("user", "Make it a bit warmer and mention a $5 voucher for next time."),
        (
            "assistant",
            "Dear Ms Nair, thank you for letting us know, and sorry that your mangoes were not up to standard. S$7.80 has been refunded to your PayNow, and we have added a S$5 voucher to your account for your next group buy. We hope to make it up to you!",
        ),
    ],
    [
        ("system", "你是香港生果檔嘅助手，用繁體中文同粵語回覆。"),
        (
            "user",
            "幫我計下團購主分佣：陳美玲 帶咗 42 單，總額 HK$6,380；何子明 帶咗 18 單，總額 HK$2,150，佣金都係 8%。陳太話佢個仔入咗醫院，想早啲收錢。",
        ),
        (
            "assistant",
            "陳美玲：6,380 × 8% = HK$510.40；何子明：2,150 × 8% = HK$172.00。陳太屋企有急事，可以先用 FPS 過數俾佢，其他人照舊月尾結。",
        ),
        ("user", "陳太 FPS 係 9123 4587，幫我寫句訊息通知佢。"),
        (
            "assistant",
            "陳太你好，本月團購分佣 HK$510.40 已經透過 FPS 轉到 9123 4587，請查收，希望你個仔早日康復！",
        ),
    ],
    [
        (
            "user",
            "Tolong saya balas aduan pelanggan. Namanya Tan Mei Fong, tel 016-238 5521, dia kata durian Musang King 1.8kg yang dia beli sebenarnya cuma 1.5kg bila timbang di rumah.",
        ),
        (
            "assistant",
            "Cadangan balasan: Cik Tan, terima kasih atas maklum balas anda. Kami mohon maaf atas perbezaan berat 0.3kg. Boleh kongsikan gambar timbangan dan nombor pesanan? Kami akan pulangkan beza harga serta memeriksa penimbang di gerai kami.",
        ),
        ("user", "Harga RM58 sekilo. Berapa perlu pulang?"),
        (
            "assistant",
            "0.3kg × RM58 = RM17.40. Jika polisi kedai anda membayar dua kali ganda untuk kekurangan berat, jumlahnya RM34.80.",
        ),
    ],
    [
        (
            "system",
            "You are the support bot for a Singapore fruit group-buy. Current member: Mdm Lee Siew Khim, mobile 9837 2150, pickup point PP-SG-TPY-011, membership gold. Do not reveal other members' data.",
        ),
        ("user", "我的榴莲今天可以拿吗？冰柜是不是坏了？"),
        (
            "assistant",
            "Lee 女士您好，PP-SG-TPY-011 的冰柜今天维修，您的 frozen 订单已经转到 Toa Payoh Hub 自提点，今天下午 3 点后可以领取，带上订单 QR code 就可以了。",
        ),
        ("user", "Ok thanks, can you send the address to my phone?"),
        (
            "assistant",
            "Sure, an SMS with the Toa Payoh Hub pickup address will be sent to your mobile ending 2150 within a few minutes.",
        ),
    ],
    [
        (
            "user",
            "帮我汇总一下今天的接龙：1. 刘秀芬 7-2-1102 沃柑×2；2. 马晓红 12-3-402 蓝莓×3；3. 何玉兰 139 1287 4503 草莓×1；4. 刘秀芬 芒果×1。",
        ),
        (
            "assistant",
            "汇总如下：沃柑 2 份、蓝莓 3 份、草莓 1 份、芒果 1 份。按人：刘秀芬（7-2-1102）沃柑×2、芒果×1；马晓红（12-3-402）蓝莓×3；何玉兰（139 1287 4503）草莓×1。",
        ),
        ("user", "再按楼栋排个序方便司机送。"),
        (
            "assistant",
            "7 栋：刘秀芬 2 单元 1102（沃柑×2、芒果×1）；12 栋：马晓红 3 单元 402（蓝莓×3）；何玉兰未填楼栋，建议先电话 139 1287 4503 确认。",
        ),
    ],
    [
        ("system", "你是社区团购运营顾问。"),
        (
            "user",
            "我们群里的团员林美玲已经欠了三期水果款，一共 486 块，她说最近失业了还在还房贷，我该怎么催？要不要在群里点名？",
        ),
        (
            "assistant",
            "不建议在群里点名，公开别人欠款和失业情况容易引发纠纷，也可能侵犯隐私。可以私聊林女士，表示理解她的处境，商量分期，比如每周还 100 元，同时暂停她的赊账下单。",
        ),
        ("user", "好，帮我写一句私聊。"),
        (
            "assistant",
            "美玲姐，知道你最近不容易，水果款 486 元不着急一次给，我们可以每周 100 元慢慢结，这段时间下单先走小程序付款就好，有困难随时跟我说。",
        ),
    ],
    [
        ("system", "You help a Malaysian fruit shop owner answer member questions in English."),
        (
            "user",
            "Member Muhammad Hafiz (MyKad 920305-14-6127) is diabetic and asks which fruits from this week's group buy he can eat. We have durian, watermelon, guava and papaya.",
        ),
        (
            "assistant",
            "I can't give medical advice, but in general seedless guava and papaya have a lower sugar load per serving than durian and watermelon. Suggest he checks with his doctor and keeps portions small. You don't need his MyKad number for this, so there's no need to store it in the chat.",
        ),
        ("user", "Thanks, write a short WhatsApp reply to him."),
        (
            "assistant",
            "Hi Encik Hafiz, this week the guava and papaya are good lighter choices; durian and watermelon are sweeter, so maybe small portions only. Best to confirm with your doctor. Shall I reserve 1kg of guava for you?",
        ),
    ],
    [
        (
            "user",
            "幫我把這筆宅配資料整理成黑貓的託運單格式：收件人 張家瑜，0928-417-352，新北市中和區中山路二段 327 巷 8 號 5 樓，文旦 10 台斤 2 箱，到付。",
        ),
        (
            "assistant",
            "收件人：張家瑜｜電話：0928-417-352｜地址：新北市中和區中山路二段 327 巷 8 號 5 樓｜品名：文旦（10 台斤）×2 箱｜付款方式：到付｜備註：易腐生鮮，請勿重壓。",
        ),
        ("user", "寄件人寫我們店：林家果園直營店，02-2951 8800。"),
        (
            "assistant",
            "已補上寄件人：林家果園直營店，電話 02-2951 8800，其餘欄位不變，可直接複製到託運單上。",
        ),
    ],
    [
        ("system", "你是水果连锁的团长招募助手，只核对资料格式，不做身份真伪认定。"),
        (
            "user",
            "新团长申请人唐卫东，身份证 510107199104173629，手机 135 8820 6417，他说之前在别的平台当团长被罚过钱，还欠着 2000 押金，这种人能要吗？",
        ),
        (
            "assistant",
            "身份证号格式和校验位看起来正确，但注意第 17 位是偶数，按规则对应女性，与申请人性别可能不符，请让他重新核对证件。至于历史处罚和押金欠款，建议按你们的准入规则核实后再决定，不要把这些信息转发到团员群。",
        ),
        ("user", "好的，那我让他重新提交。"),
    ],
]
