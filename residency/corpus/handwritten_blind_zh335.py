# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh335: 简体中文 火锅店与连锁餐饮门店（会员储值、外卖地址、食品安全投诉、员工健康证、排班、店长群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh335
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "门店公告"): _lines("""
        【温馨提示】本店锅底现炒，牛油锅底不回收、不二次使用，欢迎顾客随时参观后厨明档。食品安全监督电话：12315，门店订座电话：028-86201234。
        春熙路店因商场消防改造，12月15日至12月17日暂停营业，会员储值余额与积分不受影响，可前往太古里店（成都市锦江区中纱帽街8号）正常消费。
        即日起外卖配送范围调整为门店3公里以内，起送价39元，配送费4元起；雨雪天气配送时间可能延长20至40分钟，敬请谅解。客服热线400-820-6688（9:00-22:00）。
        本店已通过「明厨亮灶」验收，食品经营许可证编号JY25101040087321，量化分级B级，有效期至2028年6月30日，许可证原件张贴于收银台左侧。
        周一至周四14:00-16:30下午茶时段，学生凭有效学生证堂食享8.8折（酒水除外），不与会员日折扣同享，每桌限用一张学生证。
        致歉公告：11月28日晚间因中央厨房冷链车故障，部分门店鲜毛肚、黄喉断货约2小时，已对当晚受影响的会员订单自动返还100积分，详情见公众号推文。
        春节期间人手紧张，1月26日至2月2日暂停接受8人以上大桌预订，除夕夜套餐仅限在小程序「蜀香里订座」预付定金200元锁位。
        招聘启事：观音桥店招聘服务员、传菜员、洗碗工若干，包吃包住，月薪5500-7200元，须持有效健康证上岗，面试地址：重庆市江北区建新北路38号负一楼。
        过敏原提示：番茄锅底含芹菜，菌汤锅底含蘑菇及少量花生油，虾滑含甲壳类，请有过敏史的顾客点餐前主动告知服务员，后厨将单独备锅。
        本店不提供自带酒水免费开瓶服务，自带酒水收取开瓶费每瓶30元，白酒、红酒同价；婚宴及生日宴包间的酒水政策可提前与门店协商确定。
        停车提示：本店位于万象城L5层，堂食消费满200元可在收银台领取2小时免费停车券，车位有限，建议乘地铁2号线至万象城站C出口步行前往。
        会员日每周三：储值会员全场菜品9折，黑金卡会员另赠酸梅汤一扎；储值余额可跨门店通用，但标注「联营」字样的加盟店暂不支持。
        食品安全承诺：本店所用食用油均为一级压榨菜籽油，进货票据可追溯，供应商为四川红星粮油有限公司（统一社会信用代码91510100MA61X2K73F）。
    """),
    ("zh-Hans", "店长群工作消息"): _lines("""
        @所有人 明早9点区域例会改到线上，腾讯会议号 538 226 901，各店店长带上11月损耗表和客诉汇总，迟到的下周值早班。
        3号店今晚翻台4.2，晚市营业额38,760元，毛肚和鸭肠提前沽清了，明天订货量各加两成，冻库温度已查，-18℃正常，明早验收照常。
        提醒各门店：本周五之前把员工健康证到期清单报到人事邮箱hr@shuxiangli.com.cn，过期的一律不许排班，先调去做备餐培训。
        外卖平台今天抽检了解放碑店的包装封签，要求每单必须贴防拆封签，封签在仓库第二排货架，缺货的找采购部补，别拖到周末，下周总部还会复查。
        下周排班表已经发到群文件《12月第2周排班v3.xlsx》，早班9:30-15:00，晚班16:30-次日1:00，有冲突的周四前私聊区域经理调整。
        今天中午有顾客在大众点评发差评说锅底有异物，照片看是花椒梗，已经按流程回复并赠送代金券，各店今晚把当天的炒料记录拍照留存。
        总部通知：12月20日起全部门店切换新版收银系统V5.3.1，老版本当天凌晨2点停用，各店今晚打烊后务必把储值卡对账报表导出备份。
        冷链到货异常：今天上午到店的鲜鸭血批次号YX20261208-03，温度记录显示运输途中超过8℃，全部拒收，已拍照反馈给供应商质量部。
        消防检查明天下午到春熙路片区，各店把灭火器年检标签、疏散通道、燃气报警器都检查一遍，后门不许堆纸箱，垃圾桶加盖，油烟管道清洗记录也备好。
        本月储值活动截至昨晚全区共售出充值卡1,246张，充1000送150那档占了六成，下周开始改成充800送100，海报今晚全部更换。
        新一批实习生下周一上午10点到培训中心（武侯区科华北路62号3楼）报到，统一带健康证原件和体检表，各店店长不用陪同，中午统一在培训中心吃工作餐。
        美团外卖后台显示昨晚20:14-20:52出餐超时率达到17%，主要卡在打包台，今晚起高峰期打包台加一个人，从传菜组调。
        中央厨房通知：新品番茄牛腩锅底12月12日上线，试吃安排在各店下午3点，每店留两份样品冷藏48小时备查，留样记录本要签字。
    """),
    ("zh-Hans", "会员储值FAQ"): _lines("""
        问：储值卡余额可以退吗？答：根据《单用途商业预付卡管理办法》，未消费的本金部分可申请退还，赠送金额不予退还，请携带购卡小票到原购卡门店办理。
        问：会员积分多久过期？答：积分自获得之日起有效期12个月，每年12月31日清零上一年度未使用的积分，到期前7天会通过小程序消息提醒。
        问：电子发票在哪里开？答：消费后30天内在小程序「我的-订单-开具发票」中填写单位名称和纳税人识别号即可，发票会发送到您预留的邮箱。
        问：储值卡可以在香港、澳门门店使用吗？答：内地会员储值余额暂不支持在港澳及新加坡门店使用，积分可在全球门店通用，兑换比例以当地公告为准。
        问：充值后没有到账怎么办？答：一般1至5分钟内到账，超过30分钟未到账请联系客服热线400-028-7788，并提供支付成功页面上的交易流水号截图。
        问：外卖能用会员储值支付吗？答：仅限在本品牌小程序下单的外卖订单可使用储值余额，美团、饿了么平台订单请使用平台支付方式结算。
        问：生日礼遇怎么领取？答：会员生日当月到店消费可领取免费长寿面一份及果盘一份，需在会员资料中提前30天完善生日信息，逾期不补。
        问：会员等级如何划分？答：累计消费满2000元升级银卡，满8000元升级金卡，满20000元升级黑金卡，等级有效期一年，到期按近12个月消费重新评定。
        问：实体储值卡丢失怎么办？答：实体卡已全部升级为电子会员码，绑定手机号即可使用；如需更换绑定手机号，请在小程序内提交换绑申请，人工审核1至3个工作日。
        问：团购券和会员折扣能同时用吗？答：抖音、美团团购套餐已是优惠价，不可叠加会员折扣，但可正常累计积分，每张订单积分上限500分。
        问：预付卡资金有没有保障？答：本公司已按商务主管部门要求在银行开设预收资金存管账户，存管比例不低于40%，备案编号可在门店公示栏查询。
        问：可以开公司抬头的增值税专用发票吗？答：可以，企业客户请在订单完成后联系门店财务，提供开票信息后5个工作日内开具，餐饮服务税率6%。
        问：会员注销后余额怎么处理？答：注销前请先用完或申请退还储值本金，注销后账户数据将按《个人信息保护法》要求在30日内删除，无法恢复。
    """),
    ("zh-Hant", "菜單與價目表"): _lines("""
        【銅鑼灣店】鴛鴦鍋底 HK$98／麻辣牛油鍋 HK$88／花膠雞湯鍋 HK$168，每位另收茶芥 HK$18，另加一服務費，訂座熱線 2577 8812。
        手切肥牛（半份）NT$280、台灣溫體豬五花 NT$220、手打花枝漿 NT$240、凍豆腐 NT$60，以上價格均含稅，內用另收一成服務費。
        澳門店午市套餐（11:30-15:00）：單人鍋套餐 MOP$128，含鍋底、肥牛、蔬菜拼盤及飲品一杯；週末及公眾假期不適用。地址：澳門新口岸宋玉生廣場258號地下。
        飲品價目：酸梅湯（一紮）HK$58、凍檸茶 HK$32、青島啤酒 HK$38、維他豆奶 HK$18；自攜酒水每枝收開瓶費 HK$80，烈酒每枝 HK$150。
        特價通告：逢星期二「牛魔王之夜」，安格斯牛肩胛 HK$138 一份，和牛三角腹 HK$268 一份，經 OpenRice 訂座可享九折，數量有限售完即止。
        台北信義店外帶價目：麻辣鴨血豆腐（一盒）NT$180、冷凍火鍋湯底包 NT$350、自製沙茶醬 NT$220，統一編號 53812947，電子發票可存載具。
        素食專區：五行蔬菜鍋 NT$380（全素）、猴頭菇湯底 NT$320（蛋奶素）、芋頭角 NT$120，素食鍋具獨立清洗，歡迎素食者安心食用。
        兒童餐 HK$78 包括清湯小鍋、雞肉丸、粟米及果汁一杯，只限12歲以下小童，每位成人限點兩份，兒童高凳請向樓面職員索取。
        外賣自取優惠：經本店網站 www.laomafood.hk 下單自取，滿 HK$300 減 HK$40，每日最後取餐時間 22:30，取餐編號以短訊形式發出。
        海鮮時價：游水東星斑每斤 HK$568、花蟹每斤 HK$288、鮑魚每隻 HK$48，時價每日更新，以門市黑板為準，落單前請向侍應查詢。
        宴會套餐（10位用）HK$3,880：包括雙拼鍋底、鮮鮑魚十隻、手切牛肉三份、蝦滑兩份、時蔬拼盤及甜品，包廂最低消費 HK$5,000。
        新竹竹北店營業時間 11:00-02:00，全年無休；店址：新竹縣竹北市光明六路東一段186號1樓，訂位專線 03-657-2288，歡迎包場。
        聯乘限定：與旺角老字號「陳記車仔麵」合作推出咖喱魚蛋鍋底 HK$108，另加蘿蔔豬皮拼盤 HK$48，期間限定至 12 月 31 日。
    """),
    ("en", "pos_system_logs"): _lines("""
        2026-12-08T19:42:17+08:00 INFO pos.checkout store=SG-ION-03 order=DN20261208-0417 table=B12 total=SGD 186.40 gst=15.38 payment=NETS status=SETTLED
        2026-12-08T20:05:51+08:00 WARN kds.queue store=KL-PAV-01 station=broth backlog=14 oldest_ticket_age=612s threshold=480s action=notify_floor_manager
        2026-12-08T21:13:09+08:00 ERROR delivery.sync partner=foodpanda store=KL-MVAL-02 http=502 retry=3/5 next_retry_in=30s request_id=fp-7c1e9a2b-44d0
        [member-svc] 2026-12-08 12:00:00 CST topup batch settled: 312 transactions, gross CNY 284,600.00, bonus CNY 41,250.00, reconciliation_id=RC-20261208-CD01 OK
        2026-12-08 03:00:02 CRON backup-job v2.4.1 dumped table member_wallet (1,842,117 rows) to s3://hotpot-prod-backups/2026/12/08/ sha256=9f2c4e07b1d3e71a completed in 418s
        2026-12-08T11:30:00+08:00 INFO inventory.alert sku=BEEF-TRIPE-500G store=SH-JAS-05 on_hand=6 par_level=40 supplier=ColdLink-SH po_draft=PO-77120 auto_created=true
        2026-12-08T18:22:45+08:00 INFO printer.ticket store=HK-CWB-01 printer=kitchen-2 ip=10.20.4.52 job=KT-55810 pages=1 latency_ms=240
        2026-12-08T22:48:33+08:00 WARN temp.sensor walk_in_freezer store=SG-TPY-02 reading=-12.4C limit=-15.0C duration=9m alert_sent_to=ops-sg@hotpothouse.sg
        2026-12-08T13:01:12+08:00 INFO einvoice.issue tenant=CD-CXL-01 invoice_no=26512000000103558421 amount=CNY 642.00 buyer_type=enterprise status=ISSUED
        2026-12-08T16:45:09+08:00 DEBUG pricing.rule id=HAPPYHOUR_MY applies=14:00-17:00 discount=15% excluded_skus=[DRK-BEER-TIGER,DRK-BEER-CARLSBERG] store_group=MY-KLANG-VALLEY
        2026-12-08T19:59:59+08:00 INFO queue.ticket store=MO-COT-01 ticket=A087 party_size=4 est_wait=35m channel=kiosk sms_opt_in=false
        2026-12-08T23:59:00+08:00 INFO eod.report store=SG-ION-03 covers=412 net_sales=SGD 21,884.60 voids=7 comps=3 cash_variance=SGD 0.00 report=EOD-SG-ION-03-20261208.pdf
        2026-12-08T10:15:27+08:00 INFO deploy service=menu-api version=3.18.0 commit=a41f9c7 region=ap-southeast-1 canary=10% health=green triggered_by=ci-pipeline
    """),
    ("mixed", "配置与代码"): _lines("""
        delivery_radius_km: 3.0  # 外卖配送半径，超出范围小程序不显示「立即下单」按钮；min_order_cny: 39；packaging_fee_cny: 2
        SELECT store_id, SUM(topup_amount) AS 储值总额 FROM member_topup WHERE topup_date BETWEEN '2026-12-01' AND '2026-12-07' GROUP BY store_id ORDER BY 2 DESC;
        CREATE TABLE health_cert (employee_id VARCHAR(16), cert_no VARCHAR(32), issued_on DATE, expires_on DATE, issuer VARCHAR(64));  -- 健康证台账表结构，仅建表无数据
        if cert.expires_on < today + timedelta(days=30): notify(channel="店长群", template="HEALTH_CERT_EXPIRING")  # 提前30天提醒续办健康证
        "store": {"code": "CD-CXL-01", "name": "蜀香里火锅(春熙路店)", "address": "成都市锦江区红星路三段1号IFS国际金融中心L6", "tel": "028-86661234"}
        ENV=prod; POS_API_BASE=https://api.shuxiangli.com.cn/v5; MEITUAN_APP_KEY=mt_demo_key_xxxx; ELEME_SHOP_ID=E1234567890  # 示例配置，密钥已替换
        排班规则 schedule_rules: {max_hours_per_week: 44, min_rest_between_shifts_h: 11, night_shift_allowance_cny: 30, 禁止连续夜班天数: 3}
        test_phone_validation: assert is_valid_cn_mobile("13800138000") is True; assert is_valid_cn_mobile("12345") is False  # 公开示例号码
        msg_template_zh = "您的外卖订单{order_no}已由骑手接单，预计{eta}送达，如有问题请致电门店{store_tel}。"  # 占位符由系统填充
        CSV表头: order_no,下单时间,门店编码,渠道,菜品SKU,数量,单价,优惠金额,实付金额,配送方式,发票状态,备注
        kafka topic hotpot.member.topup.v2 partitions=12 retention.ms=604800000 consumer_group=settlement-cn  # 储值流水保留 7 天
        WhatsApp Business 模板 order_ready_en: "Your order {{1}} at Spice Pot Bugis is ready for pickup. Counter closes 10:30pm." 商家号 +65 6338 2901
        git log: 7e3b1d2 fix(queue): 叫号屏在澳门门店显示繁体; 19ac0f4 feat(menu): 新增马来西亚门店 SST 6% 计税; 0b7e55a chore: bump pos-sdk to 2.9.4
    """),
    ("ms", "notis_kedai_dan_faq"): _lines("""
        Notis: Restoran Steamboat Rempah Sichuan cawangan Mid Valley ditutup sementara pada 24 Disember untuk pembersihan dapur berkala. Pesanan dalam talian tetap dibuka.
        Semua bahan mentah kami diperoleh daripada pembekal yang mempunyai sijil halal JAKIM. No. pendaftaran syarikat: 201801034567 (1294567-K).
        Harga set steamboat untuk dua orang: RM89.90 termasuk sup tomyam dan sup ayam herba, daging lembu hiris, bebola ikan, sayur campur dan dua minuman. Cukai perkhidmatan 6% dikenakan.
        Soalan: Boleh guna baki kad ahli di cawangan Johor Bahru? Jawapan: Ya, baki kad ahli boleh digunakan di semua cawangan Semenanjung kecuali kiosk di lapangan terbang.
        Pekerja dapur wajib mengambil suntikan tifoid dan menghadiri Kursus Pengendalian Makanan sebelum mula bekerja, seperti yang ditetapkan oleh Peraturan-Peraturan Kebersihan Makanan 2009.
        Talian pelanggan: 03-2282 6688 (10 pagi hingga 10 malam) atau WhatsApp perniagaan +60 12-338 5501. Aduan keselamatan makanan juga boleh dibuat melalui portal KKM.
        Penghantaran melalui GrabFood dan foodpanda tersedia dalam radius 5 km dari cawangan Bangsar, Jalan Telawi 3, 59100 Kuala Lumpur. Caj penghantaran bermula RM3.
        Promosi Hari Rabu: Ahli kad emas dapat diskaun 10% untuk semua hidangan ala carte. Tidak sah untuk pesanan katering dan tidak boleh digabung dengan baucar lain.
        Jadual syif minggu depan telah dimuat naik ke kumpulan pengurus. Syif pagi 10:00-16:00, syif malam 16:00-00:30. Sila maklumkan pertukaran syif sebelum Khamis.
        Makluman alergen: Sup satay mengandungi kacang tanah, sup tomyam mengandungi udang dan sos ikan. Sila maklumkan kakitangan jika anda mempunyai alahan makanan.
        Invois No. INV-MY-2026-004512 daripada Syarikat Sayur Segar Cameron Sdn Bhd bertarikh 05/12/2026, jumlah RM4,386.50 untuk 320 kg sayur campur, telah diluluskan untuk bayaran.
        Kedai kami di Gurney Plaza, Pulau Pinang kini dibuka sehingga jam 1 pagi pada hujung minggu. Tempahan meja untuk 10 orang ke atas boleh dibuat melalui aplikasi.
        Sijil Penarafan Kebersihan Gred A dikeluarkan oleh Majlis Bandaraya Petaling Jaya untuk cawangan SS2 kami. Sijil dipamerkan di pintu masuk dan sah hingga Jun 2027.
    """),
    ("en", "news_and_reviews"): _lines("""
        In 2022 Haidilao founder Zhang Yong handed the chief executive role to Yang Lijuan, who had started at the company as a waitress, as the chain closed underperforming outlets under its Woodpecker Plan.
        Super Hi International, the overseas spin-off of Haidilao, listed in Hong Kong in December 2022 and later on Nasdaq, and runs hotpot outlets in Singapore, Malaysia and the United States.
        The Singapore Food Agency suspended a hotpot restaurant's licence for two weeks after a cluster of gastroenteritis cases and urged diners to report food safety concerns through its online feedback form.
        Xiabuxiabu founder Ho Kuang-chi, a Taiwan-born entrepreneur, built the Beijing-based chain around single-person mini hotpots and later launched the premium brand Coucou.
        Review: The broth at this Chinatown hotpot spot on Smith Street is properly numbing, service is brisk and the sauce bar is generous, though the queue on Friday nights easily hits an hour.
        Chef Mak Kwai Pui, co-founder of Tim Ho Wan, earned a Michelin star in 2010 for the original Mong Kok shop, which was long called the cheapest Michelin-starred restaurant in the world.
        The noodle-dancing performance at Haidilao, in which staff stretch and twirl hand-pulled noodles beside the table, has become a staple of social media videos from its Singapore and Malaysia branches.
        Fuchsia Dunlop's book Land of Plenty remains a standard English guide to Sichuan cooking and explains how Sichuan pepper and chilli bean paste give hotpot broth its character.
        In the Chengdu episode of Parts Unknown, Anthony Bourdain shared a fiery hotpot meal with chef Eric Ripert, who visibly struggled with the numbing heat of the broth.
        Review (4 stars): Good value weekday lunch set at the Jalan Alor branch, the tomato broth was rich and staff refilled it twice without asking, but the air-conditioning was weak.
        Hong Kong's Centre for Food Safety warned the trade about a batch of imported frozen beef tripe found to contain sulphur dioxide above the permitted level and asked restaurants to stop using it.
        Trip note: the hotpot outlet at Clarke Quay stays open until late, takes reservations through its app and offers free snacks and board games to diners waiting in the queue.
        Taiwan requires restaurants to show the origin of beef and pork on menus, a rule that hotpot chains across the island have had to follow since the start of 2021.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        会员投诉记录：顾客王建军（手机13981726354）12月6日晚在春熙路店用餐后出现腹泻呕吐，自述就诊于华西医院急诊，要求赔偿医药费1,280元。
        外卖地址：成都市武侯区玉林南路18号5栋2单元1103 李女士 收，电话158 2846 9017，备注：家里有婴儿，请不要敲门，到了打电话。
        员工健康证台账：刘晓燕，女，身份证号510104199003153427，健康证编号CDWH2026-008812，发证日期2025-03-15，到期日2026-03-14，岗位：配菜。
        店长群：小周这个月又借了店里备用金3000还没还，听说他在外面欠了网贷七八万，排班的时候大家留意一下，别再让他管收银。
        储值卡退款申请：持卡人张丽萍，会员号M202312080457，退款本金2,650元，原路退回至中国建设银行账户6217003810004567892，请财务周五前处理。
        3号店服务员赵婷婷怀孕五个月了，医生说要避免久站，下周排班请把她调到收银岗，夜班全部取消。
        陈先生 139 0817 2265，常点微辣鸳鸯锅，对花生严重过敏，每次下单都要提醒后厨不要放花生碎和花生酱。
        后厨配菜工黄志强上周体检查出乙肝表面抗原阳性，健康证暂缓办理，人事说先让他回家休息，这件事不要在群里传。
        138****6621 杨先生，连续三次投诉外卖汤汁洒漏并要求全额退款，已在会员系统标记为高风险客户，下单需店长审核。
        2026-12-07,CD-CXL-01,M202301150233,周美玲,13708246613,黑金卡,8640.00,1987-05-21,成都市青羊区清江东路156号7栋301
        前厅经理吴海涛最近在闹离婚，情绪不太稳定，上周跟顾客吵起来了，区域经理建议这个月先让他休年假。
        食品安全投诉：投诉人孙卫东，住上海市浦东新区张杨路1588弄12号602室，称11月30日在静安寺店食用鸭血后其女儿（7岁）食物中毒住院三天。
        员工工资条：门店CQ-GYQ-02，姓名何建波，岗位锅底师傅，基本工资6,800元，绩效1,450元，扣社保712.60元，实发7,537.40元。
        骑手反馈：收件人「胖虎」电话17623458891，地址重庆市渝北区龙湖新壹城4期7栋2204，已经连续两次拒收货到付款的火锅外卖。
        店长群：洗碗阿姨罗桂芬的儿子上个月被派出所带走了，说是涉嫌帮信罪，她这几天老请假，大家体谅一下，别问她。
        会员注册信息：姓名 郑晓东 / 性别 男 / 出生日期 1992-11-03 / 邮箱 zhengxd1992@163.com / 常用门店 南京新街口店 / 会员等级 金卡
        顾客邓女士（18615263370）反映在朝阳大悦城店用餐时被滚烫的锅底烫伤右手，已开具烧伤科门诊诊断书，要求门店承担全部治疗费用。
        请大家帮忙留意车牌川A7K3M9的白色轿车，今晚在门口把我们的外卖电动车撞倒后直接开走了，监控拍到了，已经报警。
        健康证过期名单：马小红（到期2026-11-30）、高峰（到期2026-12-02）、林秀英（到期2026-12-05），三人本周一律停班补办。
        排班备注：服务员阿强有癫痫病史，不能安排他一个人值夜班，也不能去锅炉房，这件事只有店长和区域经理知道。
        报销转账：收款人许文静，支付宝账号xuwenjing_88@126.com，金额1,200元，用途为垫付11月后厨团建聚餐费用。
        入职登记已核验：身份证330106198807224512，户籍地与现住址不一致，需补交居住证后才能办理健康证。
        顾客留言：我是上周六在你们王府井店过生日的那位，我老公叫陈浩，他手机15001234876一直打不通，能不能帮我查下他当晚刷的是哪张会员卡？
        区域通报：春熙路店收银员钱佳怡11月挪用顾客储值款4,300元，已报警处理，目前本人在派出所配合调查，各店不得对外透露。
    """),
    "zh-Hant": _lines("""
        投訴記錄：陳志偉先生（手提 9468 2135）12月3日於旺角店進食後腸胃不適，已到伊利沙伯醫院求診，要求退回當晚消費 HK$1,246。
        員工資料：黃美玲，香港身份證 Y456789(5)，住址九龍觀塘翠屏邨翠樂樓1012室，食物衛生經理證書有效期至2027年2月。
        台北信義店會員林怡君，身分證字號 F228365477，手機 0928-517-463，儲值餘額 NT$6,200，申請轉移至新竹竹北店使用。
        林太成日喺群組度話佢個仔喺我哋鋪頭食完肚痾，仲要求賠償，其實佢欠咗我哋兩個月嘅月結數都未找。
        外送地址：台中市西屯區福星路425巷12號7樓之3，收件人張家豪先生，電話04-2451-6637，備註：管理室代收，勿按門鈴。
        澳門店樓面主任何嘉欣確診乳癌，下個月開始化療，人事部安排佢留薪病假，請各位唔好喺群入面討論。
        樓面部阿明上個月喺荃灣店門口同人打交被警察拉咗，而家保釋緊，店長決定暫停佢所有更份。
        訂座紀錄：12/24 19:30 10位，訂位人 Kelvin Wong 黃志明，電話 6187 2459，備註：太太懷孕七個月，唔食生冷嘢，要安排近出口位置。
    """),
    "en": _lines("""
        Complaint ticket CS-SG-88213: customer Rachel Tan Hui Min (NRIC S8812345Z) found a metal staple in her soup at the ION Orchard outlet on 3 Dec and is claiming the cost of a GP visit.
        Delivery address: Blk 456 Ang Mo Kio Ave 10, #08-1234, Singapore 560456, recipient Mr Lim, mobile 9176 5503. Leave at door, baby sleeping.
        Roster note: Daniel Koh was diagnosed with type 1 diabetes last month and needs a short break every 3 hours for insulin, so please don't put him on double shifts.
        10492,Priya Nair,priya.nair88@gmail.com,+65 8234 1906,Gold,SGD 1250.00,2024-03-11,Tampines
        Work pass holder Nguyen Van Hoa, FIN G5183204W, kitchen assistant at the Tampines branch, food hygiene course certificate expires 15 Jan 2027.
        Manager chat: Jason from the Bugis branch still owes the staff welfare fund $1,800 from the CNY party and keeps dodging, and now his wife is calling the store about his payslip.
        Refund SGD 86.40 via PayNow to mobile +65 9632 1187 (account name CHUA WEI LING) for a duplicate charge on order DN20261201-0233.
    """),
    "ms": _lines("""
        Aduan pelanggan: Encik Ahmad Faizal bin Rosli (No. KP 880614-10-5523) mendakwa keracunan makanan selepas makan di cawangan Shah Alam dan dimasukkan ke Hospital Tengku Ampuan Rahimah.
        Alamat penghantaran: No. 23, Jalan SS 21/35, Damansara Utama, 47400 Petaling Jaya, Selangor. Penerima: Puan Nor Azlina binti Hashim, tel 012-678 3341.
        Pekerja dapur Muthu a/l Raman belum memperbaharui suntikan tifoid dan sijilnya tamat minggu lepas; pengurus cawangan mesti keluarkan dia daripada jadual syif.
        Kumpulan pengurus: Kak Ros dari cawangan Klang minta cuti tanpa gaji sebab suaminya baru disahkan kanser hati, dia kena jaga suami di HKL.
        Slip gaji Disember: Tan Mei Ling, akaun Maybank 164233098871, gaji pokok RM2,800, elaun syif malam RM240, potongan KWSP RM339.
    """),
    "mixed": _lines("""
        店长群: Sarah Lim 今天又 MC 了，她说是 depression 复发，doctor 开了两周病假，排班要找人 cover 她的 closing shift。
        会员 import 失败 row 88: name=欧阳俊杰, mobile=+86 135 7788 2091, email=oyjj_chef@qq.com, error=duplicate_member_id
        Delivery 备注: 送到 Jurong West St 52 Blk 520 #12-88，到楼下先 call 陈太 8123 9904，不要按门铃，家里有 dog。
        HR log: employee_id=E0341 name="Wong Siew Mei" mykad=920305-14-6628 health_cert=EXPIRED 2026-11-28 action=suspend_roster
        收到 FPX refund request: 顾客 Kevin Teoh Boon Huat, Public Bank a/c 4112388507, 金额 RM312.50, reason: 食物里有头发。
        澳门 staff 群: 阿Ken 嘅 blue card 今个月到期，佢同老婆离婚 case 仲未搞掂，话想预支下个月人工 MOP 8,000。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「蜀香里火锅」的客服助手，负责帮门店处理顾客投诉和会员问题，回复要礼貌、简洁。",
        ),
        (
            "user",
            "帮我写一段回复给投诉的顾客：周国栋，手机13688092415，他说12月6号在春熙路店吃完回家拉肚子，去了社区医院，要我们报销860块医药费。",
        ),
        (
            "assistant",
            "回复草稿：「周先生您好，非常抱歉您12月6日在春熙路店用餐后身体不适。我们已调取当晚的食材留样送检，请您将就诊病历和费用票据发给我们，门店经理会在2个工作日内致电13688092415与您协商报销事宜。」",
        ),
        ("user", "语气再软一点，加一句会赠送储值金。"),
        (
            "assistant",
            "已调整：「周先生您好，给您带来不好的体验，我们深感抱歉。除医药费报销外，我们将为您的会员账户赠送200元储值金以表歉意，门店经理会尽快与您联系。」",
        ),
    ],
    [
        (
            "user",
            "下周前厅排班帮我排一下：一共6个人，孙佳琪怀孕了不能上夜班，老罗有高血压不能连上两个晚班，其他人正常轮。",
        ),
        (
            "assistant",
            "建议如下：孙佳琪全周固定早班9:30-15:00；老罗周一、三、五晚班，其余早班；其余4人按早晚班交替，每人每周不超过44小时，保证两班之间休息11小时以上。",
        ),
        ("user", "再帮我在备注里写清楚孙佳琪为什么只上早班，要发到店长群。"),
        (
            "assistant",
            "发到群里的备注建议只写「因个人原因固定早班，已经店长审批」，不要公开怀孕和健康情况，具体原因留在人事档案里即可。",
        ),
    ],
    [
        ("system", "你係老麻記火鍋香港分店嘅客服助理，用繁體中文回覆。"),
        (
            "user",
            "幫我寫封道歉信俾鄧永康先生，手提 6234 8871，住沙田第一城23座18樓F室，佢話上星期喺銅鑼灣店食完牛肉之後食物中毒，入咗威爾斯親王醫院兩日。",
        ),
        (
            "assistant",
            "鄧先生您好：得悉您於上星期在本公司銅鑼灣分店用膳後身體不適並需入院治療，我們深表歉意。我們已即時封存同批牛肉送檢，並會承擔相關醫療費用，稍後將有專人致電 6234 8871 跟進。祝早日康復。",
        ),
    ],
    [
        (
            "system",
            "You are the guest-relations assistant for Spice Pot Singapore. Customer record: Marcus Lee Jun Wei, NRIC T0327419A, mobile 9288 4410, Gold member, severe shellfish allergy, usually books table B12.",
        ),
        (
            "user",
            "Marcus is coming in tonight for his wife's birthday. What should the floor team know?",
        ),
        (
            "assistant",
            "Brief for tonight: Mr Marcus Lee, Gold member, party for his wife's birthday. He has a severe shellfish allergy, so use a separate pot and ladles, keep prawn paste and shellfish off the table, and tell the kitchen on the ticket. Prepare the complimentary birthday longevity noodles and seat them at B12 if free.",
        ),
        ("user", "Thanks, please also draft a short SMS confirming the booking."),
        (
            "assistant",
            "Hi Mr Lee, your table for tonight at Spice Pot Bugis is confirmed at 7:30pm. We have noted your shellfish allergy and look forward to celebrating with you. Reply C to cancel.",
        ),
    ],
    [
        (
            "user",
            "Tolong draf surat amaran untuk pekerja saya, Mohd Hafiz bin Azman, No. KP 950822-08-5127, sebab dia datang kerja tanpa sijil suntikan tifoid yang sah dua kali bulan ini.",
        ),
        (
            "assistant",
            "Surat Amaran Pertama kepada Encik Mohd Hafiz bin Azman (No. KP 950822-08-5127): Pihak pengurusan mendapati anda hadir bertugas tanpa bukti suntikan tifoid yang sah pada dua tarikh bulan ini, bertentangan dengan Peraturan-Peraturan Kebersihan Makanan 2009. Anda dikehendaki mengemukakan sijil yang sah dalam tempoh 7 hari.",
        ),
        ("user", "Tambah juga dia sudah diberi amaran lisan pada 2 Disember."),
        (
            "assistant",
            "Baik, ayat tambahan: Amaran lisan telah diberikan kepada anda pada 2 Disember 2026, namun tiada tindakan diambil. Kegagalan mematuhi surat ini boleh membawa kepada tindakan tatatertib selanjutnya.",
        ),
    ],
    [
        (
            "user",
            "帮我 dedupe 这几行 member data：M1001,欧阳倩,+60 16-772 4190,ouyangqian@gmail.com / M1087,欧阳倩,016-7724190,ouyangqian@gmail.com / M1102,Ouyang Qian,+60167724190,blank",
        ),
        (
            "assistant",
            "这三行应该是同一个会员：手机号标准化后都是 +60167724190，前两行 email 也一样。建议保留 M1001 为主记录，把 M1087 和 M1102 的储值余额和积分合并进去，再把 M1102 的英文名存为 alias。",
        ),
        ("user", "ok，合并后储值余额怎么处理比较好？"),
        (
            "assistant",
            "先把三张卡的余额和未过期积分相加写入 M1001，旧卡号设为 merged 状态但保留流水做对账，合并完成后发短信通知会员，避免她到店时发现卡号变了。",
        ),
    ],
    [
        ("system", "你是连锁火锅品牌的人事助手，帮店长处理员工健康证和排班问题。"),
        (
            "user",
            "这几位健康证快到期了，帮我写一条店长群通知：何丽娟（2026-12-20到期），韦小龙（2026-12-22到期），还有杜文（已经到期，而且体检查出活动性肺结核，先不要排班）。",
        ),
        (
            "assistant",
            "群通知草稿：「各位店长，以下员工健康证即将到期，请督促在到期前完成体检续办：何丽娟（12月20日）、韦小龙（12月22日）。杜文本周暂停排班，具体安排请私下联系人事。」肺结核诊断属于敏感健康信息，建议不要写进群通知，只由人事单独跟进并按规定报告疾控。",
        ),
    ],
    [
        (
            "user",
            "A delivery customer keeps complaining that riders can't find her unit. Her name is Melissa Chong, address Unit 15-03, Tower B, Residensi Harmoni, Jalan Klang Lama, 58000 Kuala Lumpur, phone 012-904 7735. Can you write rider instructions?",
        ),
        (
            "assistant",
            "Rider note: Deliver to Melissa Chong, Tower B (not Tower A), Unit 15-03. Register at the guardhouse, take the lift lobby on the left side of the car park, and call 012-904 7735 when you reach the lobby. Do not leave the order at the guardhouse.",
        ),
        ("user", "Shorter please, it has to fit in the 120-character note field."),
        (
            "assistant",
            "Tower B 15-03 (not A). Register at guardhouse, left lift lobby, call Melissa 012-904 7735 at lobby.",
        ),
    ],
    [
        (
            "user",
            "會員吳俊宏要退儲值金 NT$5,000，他給了身分證 B120475836，要退到中國信託帳號 540531188264，我要怎麼處理？",
        ),
        (
            "assistant",
            "建議流程：一、核對身分證字號 B120475836 與會員資料是否一致；二、確認退款只限儲值本金，贈送金額不退；三、請吳先生簽署退款申請書；四、財務於7個工作天內匯款至中國信託帳號 540531188264，並以簡訊通知。",
        ),
        ("user", "身分證影本可以用 LINE 傳給店長嗎？"),
        (
            "assistant",
            "不建議用 LINE 傳身分證影本。請改為到店現場核對正本，或經公司內部加密表單上傳，核對完成後影本應依規定銷毀，不要留存在店長手機。",
        ),
    ],
    [
        ("system", "你是市场监管投诉工单整理助手，帮门店把12315工单整理成内部处理单。"),
        (
            "user",
            "工单内容：投诉人卢志刚，身份证440305199311185032，住深圳市南山区后海大道2388号蔚蓝海岸三期5栋1602，电话13923806614，称12月5日晚在海岸城店吃到蟑螂，要求十倍赔偿。",
        ),
        (
            "assistant",
            "内部处理单：投诉人卢志刚（电话13923806614），诉求：12月5日晚海岸城店菜品中发现蟑螂，要求十倍赔偿。处理要点：1. 调取当晚监控及出品记录；2. 联系虫控服务商出具近期消杀报告；3. 门店经理48小时内致电投诉人；4. 7个工作日内向市场监管部门书面回复。",
        ),
        ("user", "处理单要发给全区店长学习，要不要去掉什么？"),
        (
            "assistant",
            "发给全区学习的版本应去掉投诉人的姓名、身份证号、住址和电话，只保留门店、时间、问题类型和处理过程，例如写成「某顾客」即可。",
        ),
    ],
]
