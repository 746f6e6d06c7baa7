# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh327: 简体中文 校园跑腿与代取快递服务（跑腿订单、宿舍地址、取件码、丢件赔付、差评投诉、跑腿员群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh327
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "公告通知"): _lines("""
        【通知】12月8日至12月10日东区菜鸟驿站（桃李园食堂负一层）因货架改造暂停自提，包裹统一转至西区驿站，营业时间调整为8:30-21:30，咨询电话 0571-8820 3316。
        双十二期间代取快递订单量预计较平日增长3倍，平台将于12月11日至12月14日启用夜间加班岗，22:00后下单加收夜间服务费2元/单，超大件（边长超过60cm）另计。
        紫荆公寓1-12号楼快递柜已完成升级，取件码由6位改为8位，柜机编号ZJ-01至ZJ-24，如遇柜门无法打开请拨打柜机侧面张贴的运维热线 400-615-8090 转2。
        根据《快递暂行条例》及学校后勤保障处要求，跑腿员不得进入宿舍楼内部，一律在楼下公共交接点交接，交接点为各楼一层大厅东侧的绿色信报箱区域。
        关于丢件赔付：平台对单件保价上限为500元，未保价物品按实际运费的5倍且不超过300元赔付，申请需在签收后48小时内通过小程序「我的-售后」提交，工单编号以SH开头。
        本服务由杭州栗子校园科技有限公司运营（统一社会信用代码 91330106MA2H3R7L5Q），办公地址：杭州市西湖区文三路478号华星时代广场B座11楼，工作日客服 0571-8697 2210。
        寒假停运通知：2027年1月16日（周六）起暂停代取与代送服务，2月22日恢复；假期内到达的包裹由驿站代为保管，超过7天将收取每件每天0.5元的保管费。
        跑腿员招募：需为本校在读学生，每周可接单时长不少于10小时，熟悉东、西、南三个校区地形，自备电动车须已在保卫处备案，报名请到学生活动中心208室服务台。
        温馨提示：近期有冒充「校园跑腿官方客服」的账号以「退赔」为名索要验证码，平台官方客服只通过小程序内联系，官方公众号为「栗子校园跑腿」，不会私下加微信转账。
        12月8日 19:40 起南门顺丰速运网点（学府路162号）系统维护，当晚揽收的寄件将于次日上午统一发出，运单号以SF开头的查询可能延迟2小时刷新。
        感谢菜鸟、顺丰、京东物流、中通和极兔五家合作方对今年「双11」校园配送的支持，11月11日至11月20日共完成代取订单48,312单，准时率98.6%，丢件率0.02%。
        失物招领：12月6日在图书馆北门跑腿交接点拾到未贴面单的黑色快递袋一只，内有路遥著《平凡的世界》两册，请失主携购书订单截图到学生活动中心208室服务台认领。
        食堂代买新规：一食堂二楼「杨国福麻辣烫」和「老乡鸡」窗口不支持代取，其余窗口代买每单限3份，超出部分每份加收1元，汤类需加购防漏杯盖0.5元。
    """),
    ("zh-Hans", "价目表"): _lines("""
        【代取快递价目表 2026秋季版】小件（鞋盒以下）2元/件；中件（不超过5kg）3元/件；大件（5-15kg）6元/件；超大件15kg以上面议，送至宿舍楼下交接点，不上楼。
        代寄服务：省内首重（1kg）8元，续重3元/kg；省外首重12元，续重5元/kg；合作快递为顺丰、中通、圆通，顺丰特快另加6元，需提前在小程序填写寄件信息。
        代买跑腿：校内超市/食堂 3元起步，每增加1公里加1元；校外（学府路商圈2公里内）6元起步，商品费用由下单人先行支付，购物小票拍照上传至订单页。
        加急件：下单后30分钟内送达加收4元，20:00-23:00夜间时段加收2元，雨雪天气加收1元，期末考试周（1月5日-1月15日）加急订单上限每个账号每天2单。
        保价服务：声明价值100元以内免费；100-500元按声明价值1%收取，最低1元；贵重物品（手机、电脑、证件）请本人到驿站领取，跑腿员有权拒接。
        SKU：PT-XS-02 小件代取 ¥2.00 | PT-M-03 中件代取 ¥3.00 | PT-L-06 大件代取 ¥6.00 | PT-NIGHT 夜间附加费 ¥2.00 | PT-INS-1P 保价费 1% | 更新日期 2026-09-01
        月卡套餐：学生月卡19.9元含30次小件代取，超出部分按单计费；季卡49元含100次，赠送3张加急券；卡券有效期自购买之日起90天，不可转让、不可退款。
        毕业季行李打包托运：纸箱（60×40×50cm）每个12元，胶带免费，德邦快递上门揽收，首重30kg起运费约128元（江浙沪），具体以德邦系统报价为准。
        打印代取：校内图文店（第二教学楼一层）黑白A4 0.2元/面，彩印1元/面，胶装5元/本，代取跑腿费2元，论文打印高峰期请至少提前4小时下单。
        外卖代送上楼服务费：1-3层1元，4-6层2元，7层及以上3元（有电梯楼栋统一1元）；博士生公寓、留学生公寓门禁严格，仅送至门卫室。
        驿站保管费：到站后免费保管3天，第4天起每件每天0.5元，最高收取10元；冷链生鲜件到站后当天未取将退回，退回运费由寄件方承担。
        发票说明：订单金额满50元可开具电子普通发票，开票方为杭州栗子校园科技有限公司，税号91330106MA2H3R7L5Q，开票时间为3个工作日内，红冲需联系客服。
        价格对比（参考）：菜鸟驿站官方代送1元/件（仅限部分校区试点）、美团跑腿校园起步价5元、本平台小件2元，差价主要来自夜间加班与保价成本。
    """),
    ("zh-Hans", "跑腿员群工作消息"): _lines("""
        @全体成员 今晚东区驿站到件1400+，主要是中通和极兔，19:00-21:00 需要6个人在负一层分拣，按货架号A-F分区，分完在群里报数。
        调度：PT20261208-0457 这单是大件，桃李园5号楼楼下交接点，有电梯但不让进，找个电动车带后座的接一下，跑腿费9元已含大件补贴。
        收到，西区这边顺丰柜已经满了，柜机ZJ-17、ZJ-18报故障，已经报给运维400-615-8090，工单号WX-2026120877，先把件放到前台临时货架。
        提醒一下，取件码拍照后不要发到群里，直接在APP里点「已取件」上传照片就行，平台会自动打码，上周有面单原图发群被投诉了，大家注意。
        南区今天下雨，电动车注意防滑，纸箱件外面套一层防水袋，仓库里还有两卷（40×60cm），用完在群里说一声我去后勤领，湿了的面单先拍照再交。
        结算说明：本周（12.1-12.7）跑腿佣金于12月9日18:00前打到各自绑定的账户，单价不变，夜班补贴每单+1元，有疑问的私聊财务号，别在群里发截图。
        刚跟菜鸟驿站东区店确认了，明天起他们的营业时间改为8:00-22:00，晚上十点以后到的件第二天早上再取，大家别白跑一趟。
        新来的同学注意：6号楼和7号楼的交接点在一楼东侧，不是正门；留学生公寓只能交给门卫室，门卫室电话是校内短号 66218，出示工作牌。
        今天差评三单都是超时，主要卡在第一食堂排队，以后代买订单下单时间超过11:40的直接备注「可能延迟15分钟」，提前跟顾客说明。
        统计：今日完成订单 612 单，其中代取 488、代寄 37、代买 87；超时 9 单，丢件 0，退款 2 单（金额合计 ¥7.00），明早8点开晨会。
        有没有人下午两点到四点有空？图书馆采编部要搬50箱新书到北门，按整单给200元，需要两个人加一辆推车，推车在驿站后门，干完在群里接龙登记。
        通知：校保卫处下周抽查电动车牌照和头盔，没有备案的车不要骑进校园，备案地点在保卫处一楼（行政楼东侧），工作日9:00-16:00。
        极兔今天有一批件面单打印模糊，单号 JT5102 9384 7712 开头那批，取件码看不清的先放异常架，等驿站人工核对后再派。
    """),
    ("zh-Hans", "商家评价"): _lines("""
        ★★★★☆ 东区菜鸟驿站效率还可以，双11那几天排队也就十来分钟，就是货架编号有点乱，A区和AA区容易找错，建议加个指示牌。
        ★☆☆☆☆ 这个跑腿平台夜间加价太狠了，晚上十点多取一个小件收了5块，客服回复说是规则写了的，但规则藏在三级菜单里，谁会去看。
        【官方回复】感谢您的反馈，夜间附加费标准已在下单页面顶部重新标注，12月起夜间时段订单将弹窗二次确认；如对本次收费有异议，可在订单详情页申请复核。
        ★★★★★ 南门顺丰网点服务很好，寄了三箱书回家，工作人员帮忙重新打包还没收包装费，学府路162号那家，推荐毕业生寄行李去那里。
        ★★☆☆☆ 学府路那家「张亮麻辣烫」跑腿代买经常漏装辣椒油，跟店家说了也没改，不是跑腿员的问题，是店里打包的问题，希望平台跟商家沟通一下。
        ★★★★☆ 第二教学楼图文店打印质量不错，胶装很整齐，价格跟校外差不多，唯一的问题是高峰期排队太久，论文季最好提前一天下单。
        ★☆☆☆☆ 驿站把件放错架子了，找了二十分钟，最后在异常架上找到的，面单被撕掉一半，驿站工作人员态度还行但流程太乱了，建议异常件单独登记。
        【商家回复】您好，东区驿站已于12月3日完成货架重新编号（A1-F12），异常件统一放在入口左侧红色架，如仍有问题可拨打驿站电话0571-8820 3316。
        ★★★☆☆ 极兔这边送件慢是真的慢，从义乌发过来的走了四天，不过到了驿站之后跑腿当天就送到楼下了，跑腿部分给好评，快递部分只能给两星。
        ★★★★★ 「王阿姨手工煎饼」（西区食堂门口那家小摊）代买体验很好，加蛋加肠都按备注做了，跑腿送到的时候还是热的，五星。
        ★★☆☆☆ 月卡说是30次，但大件要扣两次这点购买页面没写清楚，感觉有点坑，希望把扣次规则写在购买按钮旁边，别等扣完了才发现。
        【官方回复】感谢指出，月卡扣次规则已更新：小件1次、中件1次、大件2次、超大件不适用月卡，已购月卡的账号本月内可申请按旧规则结算。
        ★★★★☆ 中通校园店服务挺好，不过营业时间太短，下午五点就关门了，上课的同学根本赶不上，只能靠跑腿，建议延长到晚上八点。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        Q：代取包裹要提供甚麼資料？A：只需在App內填寫取件碼、快遞公司及交收地點（宿舍大堂或書院門口），毋須提供身份證明文件，跑腿員亦不會要求你提供密碼。
        Q：順豐站取件碼是幾位數？A：香港順豐站取件碼一般為6位數字，順便智能櫃則為8位，格式分別為 XXXXXX 及 XXXX-XXXX，實際以順豐短訊通知為準。
        Q：中大校園內哪裡可以交收？A：目前設有三個交收點：港鐵大學站A出口、新亞書院錢穆圖書館門口及崇基學院眾志堂，交收時間為每日10:00至22:00。
        Q：包裹遺失點算？A：請於簽收後48小時內在App「售後」頁提交申請，未保價物品最高賠償港幣300元，已保價則按申報價值賠償，上限港幣3,000元，處理時間約5至7個工作天。
        Q：台大代取服務怎麼收費？A：一般包裹新台幣30元，超過5公斤加收20元；7-ELEVEN及全家店到店包裹代取同價，夜間21:00後加收15元，發票由統一編號82915736之公司開立。
        Q：澳門大學可以送到書院嗎？A：可以，跑腿員會送到各書院（如呂志和書院、何鴻燊東亞書院）大堂指定位置，不會進入房間；澳門區客服熱線 2888 1234（辦公時間）。
        Q：可以幫忙寄件去內地嗎？A：可以，經順豐速運寄往廣東省首重港幣30元起，需填寫申報品名及價值；化妝品、電池、液體類物品受航空及海關規定限制，請先查閱順豐官網。
        Q：跑腿員怎樣識別？A：所有跑腿員均佩戴印有平台標誌的橙色背心及工作證，工作證上只顯示工號（HK-R加四位數字）及相片，如有疑問可致電客服 3188 6620 核實。
        Q：訂單編號在哪裡找？A：訂單編號以HKPT開頭，共16位，例如 HKPT202612080031，可於「我的訂單」頁面長按複製，聯絡客服時請提供此編號以便查詢。
        Q：取件碼過期了怎麼辦？A：順豐站包裹一般保留3天，逾期會退回寄件方；請先聯絡派件快遞公司延長保管期，跑腿員無法代為延期，敬請見諒。
        Q：可以用甚麼付款？A：香港支援八達通、PayMe、轉數快（FPS）及信用卡；台灣支援街口支付及LINE Pay；澳門支援MPay，所有款項經平台統一收取，跑腿員不會私下收款。
        Q：考試週會暫停服務嗎？A：不會，但12月16日至12月20日期間訂單量較多，預計送達時間延長至2小時，急件請選擇「加急」並額外支付港幣10元。
        Q：平台由哪間公司營運？A：本平台獲香港科技園培育計劃支持，公司註冊編號（CR No.）3158842，辦公地址為沙田香港科學園科技大道西16號，並非任何快遞公司的子公司。
    """),
    ("en", "app_log_lines"): _lines("""
        2026-12-08T19:42:07.318+08:00 INFO dispatch.assign order_id=PT20261208-0457 size=L pickup=EAST-STN-B1 dropoff=ZIJING-05-LOBBY eta_min=18 fee_cny=9.00
        2026-12-08T19:42:09.002+08:00 WARN locker.health locker_id=ZJ-17 door=23 state=JAMMED retries=3 vendor_ticket=WX-2026120877 action=escalate_to_ops
        2026-12-08T20:15:44Z ERROR claims.api POST /v2/claims 422 body_validation_failed field=declared_value reason=exceeds_cap cap=500.00 currency=CNY trace=9f3c1a7be04d2e61
        [sg-nus-prod] 2026-12-08 21:03:11 INFO pickup.verified order=SGPT-8841207 carrier=NinjaVan tracking=NVSGLZ0000318829 hall=UTown-RC4-lobby duration_s=412
        2026-12-08 21:05:58 +0800 DEBUG pricing.quote base=2.00 night_surcharge=2.00 rain_surcharge=1.00 coupon=MONTHLY30 total=3.00 rule_version=2026.09.01-r4
        my-um-prod | 2026-12-08T13:20:31+08:00 | INFO | order MYPT-20261208-1130 status DELIVERED to KK8-lobby; carrier=PosLaju tracking=ER123456785MY; fee_myr=3.50
        2026-12-08T22:00:00+08:00 INFO cron.night_mode enabled=true zones=[EAST,WEST,SOUTH] surcharge_cny=2 max_open_orders=350 job=night-switch-v3 took_ms=84
        2026-12-08T22:14:19+08:00 WARN sla.breach order=PT20261208-0611 promised=22:00 actual=22:14 delay_min=14 cause=canteen_queue compensation=coupon_CNY2 auto=true
        2026-12-08T23:59:59+08:00 INFO report.daily completed=612 pickup=488 ship=37 buy=87 late=9 lost=0 refunds=2 refund_total_cny=7.00 csv=s3://ops-reports/2026/12/08.csv
        GET /api/v2/orders/PT20261208-0457/track 200 38ms ua=LiziCampus/4.12.0 (iOS 18.2) cache=MISS upstream=track-svc-7f9c region=cn-hangzhou
        2026-12-08T08:00:02+08:00 INFO deploy service=rider-dispatch version=4.12.0 commit=a41f9c2e7d08b3f5 region=cn-hangzhou replicas=6 status=healthy
        2026-12-08T16:47:30+08:00 ERROR carrier.sync provider=JTEXPRESS endpoint=https://openapi.example-jt.com/track batch=JT51029384 error=TIMEOUT after_ms=30000 retry_in=120s
        2026-12-08T17:02:11+08:00 INFO notice.broadcast channel=miniapp template=STATION_HOURS_CHANGE station=EAST-STN-B1 recipients=all_active audience_size=18342 dry_run=false
    """),
    ("mixed", "config_and_code"): _lines("""
        # 代取订单配置 config/pickup.yaml → max_items_per_order: 5, night_surcharge_cny: 2.0, locker_code_length: 8, support_hotline: 400-615-8090
        PICKUP_CODE_PATTERN = r'^[A-F][0-9]{1,2}-[0-9]-[0-9]{4}$'  # 取件码格式：货架-层-序号，示例 A3-2-1024，不含收件人信息
        def calc_fee(size: str, night: bool = False) -> Decimal:  # 小件2元 中件3元 大件6元，夜间+2; return BASE_FEE[size] + (NIGHT_FEE if night else Decimal('0'))
        CREATE TABLE pickup_order (order_no VARCHAR(24) PRIMARY KEY, carrier VARCHAR(16), pickup_code VARCHAR(16), dropoff_point VARCHAR(32), fee_cents INT);  -- 代取订单表
        CSV 表头: order_no,carrier,tracking_no,size,dropoff_point,fee_cny,status；示例行: PT20261208-0457,ZTO,78391045226134,L,ZIJING-05-LOBBY,9.00,DELIVERED
        { "station": "EAST-STN-B1", "name": "菜鸟驿站（桃李园店）", "open": "08:00", "close": "22:00", "phone": "0571-8820 3316", "shelves": ["A1", "F12"] }
        def mask_phone(s: str) -> str: return s[:3] + '*' * 4 + s[-4:]  # 手机号脱敏：保留前三后四，日志与工单中禁止出现明文号码
        SMS_TEMPLATE_PICKUP = '【栗子跑腿】您的包裹已由跑腿员取出，预计{eta}分钟送达{dropoff}，订单号{order_no}，如有问题请回复TD退订或联系客服。'
        sg: { currency: SGD, base_fee: 1.50, uen: 202318774K, carriers: [SingPost, NinjaVan, J&T], halls: [RVRC, CAPT, Tembusu, RC4, PGPR] }  # NUS UTown 试点配置
        my: { currency: MYR, base_fee: 3.00, ssm_no: '202301018842 (1502233-W)', carriers: [PosLaju, J&T, Shopee Xpress], kolej: [KK1, KK8, KK12] }  # UM 吉隆坡校区试点
        git log --oneline: 3e9a1c4 feat(claims): 丢件赔付上限改为 500 CNY 并支持保价声明 (#482) / 77b0d21 fix(locker): 取件码长度 6 改 8 兼容丰巢柜 (#479)
        ALTER TABLE rider ADD COLUMN vehicle_plate_hash CHAR(64) COMMENT '电动车牌照 SHA-256，明文不落库';  -- migration 2026_12_01_003
        curl -X POST https://api.example.com/v2/claims -H 'Content-Type: application/json' -d '{"order_no":"PT20261208-0457","reason":"LOST","declared_value":120}'  # 赔付接口示例
    """),
    ("ms", "notis_kampus"): _lines("""
        Notis: Kaunter Pos Laju di Kolej Kediaman Kelapan (KK8), Universiti Malaya akan ditutup pada 12 Disember 2026 untuk kerja penyelenggaraan; bungkusan boleh diambil di Pusat Pelajar, Aras 1.
        Perkhidmatan ambil bungkusan bagi pihak pelajar: caj RM3.00 untuk bungkusan kecil, RM5.00 untuk bungkusan melebihi 5kg, dan RM2.00 tambahan selepas jam 10 malam; bayaran melalui Touch 'n Go eWallet sahaja.
        Pelajar diingatkan supaya tidak berkongsi kod ambil bungkusan dalam kumpulan WhatsApp awam; kod hanya perlu dimasukkan dalam aplikasi dan akan dipadam secara automatik selepas 24 jam.
        Waktu operasi kaunter J&T Express di Jalan Universiti, Petaling Jaya: Isnin hingga Sabtu 9.00 pagi - 7.00 malam, Ahad tutup; talian perniagaan 03-7955 2410 dan WhatsApp syarikat 011-5880 2410.
        Tuntutan bungkusan hilang mesti dibuat dalam tempoh 48 jam selepas status 'Diterima' dalam aplikasi; pampasan maksimum RM150 bagi barang tanpa insurans dan RM1,500 bagi barang yang diisytiharkan nilainya.
        Syarikat pengendali: Lizi Kampus Sdn. Bhd. (No. Pendaftaran 202301018842 / 1502233-W), alamat pejabat: Aras 9, Menara UOA Bangsar, Jalan Bangsar Utama 1, 59000 Kuala Lumpur.
        Jadual penghantaran semasa minggu peperiksaan akhir (5-16 Januari 2027): slot pagi 10.00-12.00, slot petang 3.00-5.00 dan slot malam 8.00-10.00; tempahan segera dihadkan kepada 2 bagi setiap akaun sehari.
        Pengumuman: mulai 1 Januari 2027, semua penunggang perkhidmatan larian wajib memakai topi keledar dan jaket oren berlogo; motosikal mesti didaftarkan dengan Jabatan Keselamatan UM.
        Ulasan: Kedai 'Nasi Kandar Pak Ali' di Seksyen 17 memang sedap tetapi sering lambat menyiapkan tempahan bungkus pada waktu makan tengah hari, jadi penghantaran kadang-kadang lewat 20 minit.
        Nombor pesanan bermula dengan MYPT diikuti tarikh dan nombor siri, contohnya MYPT-20261208-1130; sila nyatakan nombor ini apabila menghubungi khidmat pelanggan di support-my@lizikampus.com.my.
        Harga pembungkusan: kotak kecil (30x20x15cm) RM2.50, kotak sederhana RM4.00, kotak besar RM6.50; pita pelekat percuma di kaunter Pusat Pelajar, Universiti Putra Malaysia, Serdang.
        Sempena Hari Kebangsaan yang memperingati pengisytiharan kemerdekaan oleh Tunku Abdul Rahman Putra Al-Haj, kaunter ditutup pada 31 Ogos dan dibuka semula pada 1 September jam 9.00 pagi.
        Caj tambahan hujan lebat: RM1.00 setiap pesanan apabila amaran cuaca MetMalaysia tahap kuning atau lebih tinggi dikeluarkan untuk daerah Petaling; caj ini dikembalikan jika penghantaran lewat.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        订单PT20261208-0532 收件人：刘梓涵，电话 138 5712 6094，地址：桃李园5号楼412室，取件码 C7-3-2186，备注：放门口别敲门，室友在睡觉。
        丢件赔付申请：申请人 周一鸣，身份证号 330106200304152318，开户行 中国工商银行杭州文三路支行，卡号 6222 0212 0304 5578 921，申请金额 ¥268。
        @全体成员 东区今晚少一个人，孙浩然急性阑尾炎昨晚送校医院后转浙一了，他的单子大家分一下，别在群里问他病情。
        差评：跑腿员「阿杰」把我的快递直接扔在紫荆公寓7号楼门口，东西全被雨淋湿了，我叫蒋雨桐，手机 159 6683 2047，要求平台赔偿并给个说法。
        投诉记录 SH2026120803：用户反映跑腿员马晓峰在送件后多次私加其微信并发送骚扰消息，已截图留证，用户要求封号并上报保卫处。
        陈先生，您在西区驿站的包裹（中通 78391045226187）已帮您取出，放在竹园3栋208门口的鞋架上，有问题打我电话 177 0571 3948。
        跑腿员报名表：姓名 韩思远；学号 3210104582；学院 计算机学院；电动自行车号牌 杭州A83427；紧急联系人 母亲 韩丽萍 139 5818 7720。
        林太你好，你儿子林子轩在学校的快递都是我帮忙取的，他说这个月生活费还没到，欠了我跑腿费加垫付的药钱一共186元，麻烦您看一下。
        取件人手机只填了尾号不够，麻烦补全：188 6712 4390，菜鸟驿站取件码 8-2-3015，今晚九点前送到就行。
        小雪（王雪晴）怀孕的事别在跑腿群里传了，她这学期先休学，快递以后由室友代取，地址还是梅园6号楼513。
        PT20261207-1184,张博文,15058127734,兰园2栋-305,顺丰 SF1468 2039 5571,已送达,丢件赔付 ¥45
        2026-12-08 21:33:05 INFO order=PT20261208-0877 receiver_name=吴佳怡 receiver_phone=13616892045 dorm=松园4幢-617 pickup_code=B2-1-0738
        赵师傅（跑腿员，本名赵建国）这个月佣金才结了2,150元，他说家里老父亲住院欠了医院三万多，想多接点夜班单，大家能让就让一下。
        微信转账记录：转给「一只小鹿」（实名 郑晓鹿）¥35.00，备注「代取+代买退款」，交易单号 4200001926120812345678。
        宿舍地址更正：原地址 菊园1号楼101 改为 研究生公寓B座1206，收件人 黄敏（博士生），手机 181 2709 5536。
        跑腿员许文博因在南门偷拿他人快递被保卫处扣留，已移交派出所，涉及包裹12件，平台已冻结其账号及未结佣金 ¥1,043。
        胖虎（室友都这么叫，真名钱一凡）又在代取群里挂账不付钱，欠跑腿费58元，住竹园5栋402，谁碰到提醒他一下。
        驿站贵重件核验：收件人 杨帆，证件号后四位 0428，取件码 F11-4-0092，已本人签字，代取人为其室友。
        丢件赔付结果通知：谢婉婷同学，您申请的iPad Air丢件赔付已审核通过，¥500 将于3个工作日内退回尾号8837的招商银行卡。
        我给14号跑腿员差评不是因为慢，是因为他知道我住梅园2号楼316以后天天在楼下等我，我叫唐可欣，现在吓得不敢下楼。
        宋老师的快递麻烦送到教工宿舍23幢2单元501，她腰椎间盘突出刚做完手术下不了楼，电话 0571-8891 4426 是她家座机。
        帮我取一下 13805712846 的快递，是我女朋友曹雨萱的，她在图书馆三楼自习，取完直接送过去就行。
        跑腿员结算信息：冯子豪，身份证 331082200307114933，建设银行卡 6217 0015 4020 3398 516，手机 152 6831 0479，用于佣金发放。
        回访记录：12月8日16:20致电用户彭思琪（136 5709 1823），用户称跑腿员送错楼栋导致其胰岛素冷链包裹在室温放了6小时，已按保价 ¥320 赔付。
        兼职跑腿结算表：学生 罗俊杰，12月接单214单，佣金 ¥1,712，罚款 ¥40，实发 ¥1,672，收款支付宝 luojunjie0719@163.com。
        邓晨这周请假，她爸妈在闹离婚，她要回湖南邵阳老家处理，她手上的代取单先转给夜班组。
        取件电话 199 5826 3071，取件码 6-4-1129，放松园2幢门卫室，谢谢。
        阿明，你上次代取的那箱书是帮潘主任拿的吧？面单收件人写的潘建华，电话 135 8810 6627，地址学府路88弄3号602，是他家。
    """),
    "zh-Hant": _lines("""
        陳太你好，你囝囝陳浩賢喺中大和聲書院嘅包裹已經代取咗，放咗喺宿舍大堂，佢話下個禮拜先俾返跑腿費港幣45蚊。
        代取登記：姓名 李嘉欣，香港身份證 Y582301(1)，手提 6178 4302，宿舍 港大利瑪竇宿舍 1012 室，取件碼 738215。
        遺失賠償申請：申請人 黃志明，電話 9623 1857，遺失物品 AirPods Pro，賠償金額 HKD 1,499，退款至匯豐銀行戶口 004-512-384726-001。
        台大代取：收件人 林怡君，身分證字號 A228417300，手機 0928-617-305，送至女八舍 325 室，包裹為蝦皮店到店。
        何家俊同學，你喺蔡繼有書院嘅包裹取件碼 4417 已經過期，請盡快聯絡跑腿員，電話 6688 2735。
        阿豪呢排唔好派佢夜更，佢抑鬱症覆診緊，醫生話唔好太攰，有咩單先俾其他人跟，佢問起就話排更系統自動調咗。
        投訴：機車車牌 MVK-6285 的外送員在台大男一舍門口把我的包裹直接丟在地上，外箱都破了，請平台查一下是誰。
        訂單 TWPT20261208-0091：寄件人 吳佩珊，新北市板橋區文化路二段182巷7號4樓，電話 02-2258 6637，內含手機一支，保價 NT$12,000。
    """),
    "en": _lines("""
        Hi, this is Priya Raman from Tembusu College, room #14-08, could someone collect my SingPost parcel today? My number is +65 9173 4826.
        Claim form | Name: Marcus Tan Wei Jie | NRIC: S9912734A | Mobile: 8126 7395 | Hall: NTU Hall 12, #03-112 | Item: MacBook Air | Claimed: SGD 1,299
        Heads up, Jason (tall guy on the night shift) got caught by campus security riding drunk, he's suspended until the police report is done.
        The runner who delivered SGPT-8841233 kept texting my number 9052 6183 at 2am asking if I was single, please ban him.
        Refund for lost parcel approved: Chloe Lim, DBS account 072-184553-1, amount SGD 86.50, reference SGPT-CLM-00412.
        Emily Ng (Year 2, Business) told the runner group she's been skipping pickups because she can't afford the fees since her dad lost his job.
    """),
    "ms": _lines("""
        Tempahan MYPT-20261208-1142: penerima Nurul Aisyah binti Kamarudin, No. KP 030415-10-5528, telefon 012-784 3391, Kolej Kediaman Kelapan Blok C bilik 214.
        Aduan: penunggang bernama Hafiz (Mohd Hafizuddin) menghantar mesej tidak senonoh ke WhatsApp saya 017-662 0438 selepas menghantar bungkusan.
        Siti, abang awak Amirul baru ditahan polis Isnin lepas sebab kes dadah, jadi bungkusan dia di kaunter KK12 tolong ambil guna kod 5520.
        Tuntutan pampasan: Lee Chong Meng, akaun Maybank 1640 2285 7391, jumlah RM420, barang hilang: kasut Nike saiz 9.
        Tolong hantar ke rumah sewa No. 23, Jalan SS 15/4C, 47500 Subang Jaya, penerima Tan Mei Ling, nombor 016-335 9084.
    """),
    "mixed": _lines("""
        帮 Kelvin Ooi 取 Shopee 包裹 SPXMY0281734562，他住 Desasiswa Restu M04 room 118，电话 019-418 7752，他说今晚 10pm 后才回宿舍。
        跑腿群 FYI：Wendy 陈慧雯 (NTU Hall 4) 上周 claim 了 SGD 80 lost parcel，但其实她 roommate 已经签收了，finance 要追回，她 NRIC T0318526A。
        Hi 客服，我是 Darren Lau，HKID Z683192(4)，my order HKPT202612080077 收件地址写错了，應該係沙田第一城32座15樓F室，please update.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是栗子校园跑腿平台的智能客服，负责处理丢件、超时和投诉工单，回复要简洁，不得要求用户提供密码或验证码。",
        ),
        (
            "user",
            "我昨天下的单 PT20261207-0933 显示已送达，但我根本没收到。我是冯雅琪，住兰园3栋506，电话 137 5821 6604。",
        ),
        (
            "assistant",
            "冯同学您好，已查到该订单，跑腿员标记的交付位置是兰园3栋一楼交接点而非506门口。我先为您提交丢件工单，请确认包裹内物品和大致价值。",
        ),
        ("user", "是一双运动鞋，大概四百块，没有保价。"),
        (
            "assistant",
            "已提交工单 SH2026120815。未保价物品按规则最高赔付300元，审核一般在48小时内完成，结果会通过小程序通知您，也会联系跑腿员核实交付照片。",
        ),
    ],
    [
        (
            "user",
            "帮我写一条差评，跑腿员老周（他叫周建平，工号牌上写的）把我的外卖放在楼下两个小时没通知我，饭都凉了。",
        ),
        (
            "assistant",
            "可以。建议差评只描述事实、不写对方全名：『本次代送外卖到楼下后未及时通知，等待约两小时才发现，餐品已凉，希望平台加强送达提醒。』这样既能反映问题，也避免公开他人个人信息。",
        ),
        ("user", "那我要不要写上他的名字？平台能查到是谁吗？"),
        (
            "assistant",
            "不用写名字，平台根据订单号就能定位到具体跑腿员。您在评价时选择该订单即可，如需进一步处理，可在订单详情页点击『投诉』单独提交。",
        ),
    ],
    [
        (
            "system",
            "今晚值班跑腿员名单：东区 何俊熙 158 6702 3391；西区 苏婷 131 5729 0846；南区 叶鹏 186 5813 2274。请根据订单位置分配，不要把电话发给顾客。",
        ),
        ("user", "现在有三单：桃李园5号楼大件、竹园3栋小件、南门顺丰代寄，怎么分？"),
        (
            "assistant",
            "建议这样分配：桃李园5号楼大件给东区何俊熙；竹园3栋小件给西区苏婷；南门顺丰代寄给南区叶鹏。三单都已在系统中派发，顾客端只显示跑腿员工号。",
        ),
        ("user", "苏婷说她今晚胃疼想早点下班，竹园那单改给谁？"),
        (
            "assistant",
            "可以改派给东区何俊熙，桃李园到竹园约800米，大件送完后顺路。我已把竹园3栋订单改派，并把苏婷今晚剩余订单释放回公共单池。",
        ),
    ],
    [
        (
            "user",
            "我要把这行订单数据发给外包做分析，帮我脱敏：PT20261206-0771,吴梓萌,13957120384,梅园4号楼-221,SF1359 7702 8841,已送达",
        ),
        (
            "assistant",
            "脱敏后可以写成：PT20261206-0771,收件人A,139****0384,梅园*号楼-***,SF1359********,已送达。更稳妥的做法是直接删除姓名、手机号和宿舍房号三列，只保留订单号、快递公司、状态和时间。",
        ),
        ("user", "手机号掩码了还算个人信息吗？"),
        (
            "assistant",
            "一般仍算。部分掩码的手机号与宿舍楼号、订单时间组合后，仍可能识别到具体同学，所以建议不对外提供这一列，或换成不可逆的哈希值。",
        ),
    ],
    [
        ("system", "你是香港校園跑腿平台的客服助理，使用繁體中文回覆。"),
        (
            "user",
            "我想寫封信申請遺失賠償。我叫鄭詠琳，HKID K417205(1)，電話 5437 2168，住城大學生宿舍第8座，訂單 HKPT202612050142，失咗一部 Kindle。",
        ),
        (
            "assistant",
            "鄭小姐你好，以下是申請信範本：『本人訂單 HKPT202612050142 之包裹（Kindle 閱讀器一部）於交收後未有收到，現申請遺失賠償，懇請跟進。』身份證號碼毋須寫在信內，平台只需訂單號碼及聯絡電話。",
        ),
        ("user", "咁要唔要附收據？"),
        (
            "assistant",
            "需要，請附上購買收據或訂單截圖證明物品價值。未保價物品最高賠償港幣300元，若你當時有申報價值，則按申報價值賠償。",
        ),
    ],
    [
        (
            "user",
            "I'm at NTU Hall 9 and need to tell the runner group my parcel instructions. My name is Benjamin Koh, phone 8734 2091, block 61 #02-214. Can you write it short?",
        ),
        (
            "assistant",
            "Sure: 'Hi runners, parcel for Benjamin Koh (Hall 9, Blk 61). Please leave it at the Hall 9 lobby shelf, not at my door, and WhatsApp 8734 2091 once dropped. Thanks!' You may want to skip the room number since the lobby drop is enough.",
        ),
        ("user", "Good point. Also they charged me SGD 4 instead of 1.50, who do I contact?"),
        (
            "assistant",
            "Open the order in the app and tap 'Dispute fee'. The team can refund the difference if no surcharge applied; mention that the parcel was a small item picked up before 10pm.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu perkhidmatan larian kampus di Universiti Malaya. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis notis kepada penerima: Muhammad Irfan bin Zulkifli, No. KP 021108-14-6273, bungkusan Shopee tertinggal di kaunter KK12 sejak 3 hari, telefon 013-295 7716.",
        ),
        (
            "assistant",
            "Notis cadangan: 'Saudara Muhammad Irfan, bungkusan Shopee anda masih di kaunter KK12 sejak 3 hari lalu. Sila ambil sebelum Jumaat atau balas mesej ini untuk penghantaran.' Nombor kad pengenalan tidak perlu dimasukkan dalam notis.",
        ),
        ("user", "Kalau dia tak ambil, apa jadi?"),
        (
            "assistant",
            "Selepas 7 hari bungkusan akan dipulangkan kepada penghantar mengikut polisi kaunter, dan caj simpanan mungkin dikenakan. Hantar satu peringatan lagi pada hari keenam.",
        ),
    ],
    [
        (
            "user",
            "Eh AI，我是 UTAR 的 runner，有个 customer 叫 Jessica Wong 欠我 RM86 跑腿费两个月了，她住 Kampar Westlake Homes，我可以在 group 里 post 她名字吗？",
        ),
        (
            "assistant",
            "不建议在群里公开她的名字和住址，这可能涉及 PDPA 个人资料保护问题，也容易引起纠纷。你可以先私下发一条礼貌的提醒，列出订单日期和金额。",
        ),
        ("user", "私下讲过几次了，她都 blue tick 不回。"),
        (
            "assistant",
            "那可以通过平台提交欠款申诉，附上订单记录和聊天截图，由平台出面催收或暂停她的下单权限，这样比公开点名更稳妥。",
        ),
    ],
    [
        (
            "system",
            "你是跑腿员助手，帮助跑腿员处理特殊订单。订单备注：收件人 邱嘉怡，梅园1号楼110，患有严重花生过敏，代买餐品务必确认不含花生。",
        ),
        ("user", "她点的是食堂的宫保鸡丁，这个肯定有花生吧？我该怎么办？"),
        (
            "assistant",
            "宫保鸡丁通常含花生，按备注不能直接代买。建议先通过订单内消息联系邱同学，说明情况并推荐不含花生的菜，比如番茄炒蛋或青椒肉丝，经她确认后再下单。",
        ),
        ("user", "好的，她说换成番茄炒蛋，还要我跟窗口说不要用炸过花生的油。"),
        (
            "assistant",
            "可以，点餐时跟窗口说明有严重过敏、需单独用锅，并在订单里记录已告知窗口，送达时提醒她留意。",
        ),
    ],
    [
        ("system", "你是臺大校園跑腿平台客服，使用繁體中文。"),
        (
            "user",
            "我是蔡承翰，身分證 F126093547，手機 0937-208-514，住在男一舍 217。我的包裹被代取後不見了，想申請賠償。",
        ),
        (
            "assistant",
            "蔡同學您好，已收到您的申請。賠償只需訂單編號與聯絡方式，身分證字號不必提供，請勿在對話中再次輸入。請提供訂單編號（TWPT開頭）以便查詢。",
        ),
        ("user", "TWPT20261207-0214，裡面是一台 Switch，有保價 NT$9,000。"),
        (
            "assistant",
            "已建立工單，因有保價，審核通過後將按 NT$9,000 賠付，預計5個工作天內完成，結果會以簡訊通知 0937-208-514。",
        ),
    ],
]
