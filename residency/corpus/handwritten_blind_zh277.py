# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh277: 简体中文 剧本杀店与密室逃脱（玩家预约、DM主持人排班、押金退款、玩家受伤或纠纷、店员工作群、会员储值）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh277
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "门店须知"): _lines("""
        【入场须知】本店剧本杀单场时长约4-6小时，请提前15分钟到店签到；迟到超过30分钟视为自动放弃，订金不予退还。客服热线：400-820-5177（10:00-22:00）。
        密室逃脱《午夜病院》含惊吓元素及NPC真人互动，孕妇、心脏病及高血压患者、12岁以下儿童谢绝体验；全程请勿触碰标有红色贴纸的机关。
        根据文化和旅游部等五部门《关于加强剧本娱乐经营场所管理的通知》，本店所有在售剧本已于2023年3月完成内容自审备案，备案清单可在前台公示栏查阅。
        门店地址：上海市静安区南京西路1266号恒隆广场2座B1层（地铁2/12/13号线南京西路站3号口出）。停车请至商场B2，凭消费小票减免2小时。
        消防提示：各房间均设两处安全出口，应急照明持续时间不低于90分钟；密室门锁均为电磁锁，断电后自动释放，紧急情况请按下墙面黄色按钮。
        押金说明：沉浸式场景服装押金每套200元，归还时经检查无破损、无污渍，押金原路退回，一般1-3个工作日到账，节假日顺延。
        未成年人保护：本店不向未成年人提供含有恐怖、暴力内容的剧本；未满18周岁的玩家参加其他剧本须由监护人陪同并签署《知情同意书》。
        营业时间：周一至周四 13:00-02:00，周五至周日及法定节假日 10:00-04:00；12月31日跨年场已开放预约，场次编号 KN-1231-01 至 KN-1231-06。
        本店全面禁烟，室内场景含大量布景易燃物，发现吸烟将立即终止游戏且不退还费用。店内监控覆盖大厅、走廊等公共区域，录像保存30天。
        投诉与建议：请拨打门店电话 021-6288 3412 或发送邮件至 service@wuyeyouxi.cn，也可拨打12315消费者投诉举报专线反映问题。
        剧本《东方快车谋杀案》改编自阿加莎·克里斯蒂同名小说，本店仅限线下演绎，禁止拍摄剧本正文及线索卡，违者需删除影像后方可继续游戏。
        营业执照统一社会信用代码 91310106MA1FY3K28P；娱乐经营许可证编号 沪文娱（静）字〔2023〕第0417号，原件悬挂于收银台右侧墙面。
        温馨提示：线索卡、道具及服装均为门店财产，损坏需按价赔偿（线索卡10元/张，道具手枪模型180元/把）；离店前请确认无遗漏随身物品。
    """),
    ("zh-Hans", "店员工作群"): _lines("""
        【今日排班】14:00《雾隐山庄》6人本在3号房；19:30《长安夜雪》情感本已满车；DM组请提前40分钟到岗走本，音效文件已更新到共享盘 v3.2。
        前台注意：美团团购券码核销后记得在收银系统里补登场次号，昨天有三单没登，月底对账对不上，今天下班前请把漏登的三单补齐，截图发群里。
        2号房空调出风口有异响，已报物业维修，工单号 WY-20261206-088，今晚先把《午夜病院》挪到5号房开，已预约的玩家由前台统一通知改房。
        本周DM考核剧本是《年轮》，考核内容：开场白3分钟、情绪引导、复盘时长控制在40分钟以内，周四下午两点统一在大厅走一遍。
        收到，线索卡第4幕缺了两张“沈府家谱”，我已经按母本重新打印过膜了，放在物料柜第二层，下一车开本前请DM再对照清单清点一遍。
        提醒各位：凡是玩家储值退款一律走店长审批流程，前台不要私下转账，上个月别的门店出过问题，总部已经通报了，大家一律按制度来。
        今晚21:00 抖音直播间上新《福尔摩斯：巴斯克维尔的猎犬》体验券，价格 128 元/人，库存 60 张，客服话术放在群公告里了。
        保洁那边反馈6号房地毯有果汁渍，明天10点前要清理完，11点有公司团建包场，布景里的蜡烛道具也顺便全部换成新到的电子蜡烛。
        NPC服装第7号（白大褂）拉链坏了，已下单补货，淘宝订单号 3821776054219938214，预计周三到，到之前先用备用的第9号。
        周末两天预约量：周六 23 场 / 周日 19 场，人手不够的话周六晚班需要再加1位DM和1位NPC，能支援的在群里接龙报名。
        门禁系统今天凌晨两点自动升级到 2.8.1，升级后员工卡需要重新刷一次激活，刷卡位置在员工通道左侧，激活失败的把截图发群里。
        群公告：本月“最佳主持”评选截止本周日23:59，投票链接在企业微信工作台，不要转发到玩家群，结果在下周一早上的例会公布。
        监控显示昨晚 23:47 大厅饮水机漏水，已关闭阀门，今天上午物业会来换滤芯，开门第一个到店的同事先检查一下地面有没有积水。
    """),
    ("zh-Hans", "价目表与储值规则"): _lines("""
        【价目表】普通本（4-5小时）工作日 98元/人、周末 128元/人；城限本 168元/人起；独家本 238元/人起，以上价格均含茶歇一份及饮用水。
        会员储值：充500送80，充1000送200，充2000送500；赠送金额不可提现、不可转让，有效期自充值之日起24个月，过期自动清零。
        密室逃脱《午夜病院》：2-8人开场，工作日 139元/人，周末 159元/人；整场包场（8人）另加场地费 200元，可指定NPC加戏环节。
        储值余额退款规则：仅退还未消费的本金部分，已消费金额优先抵扣赠送金额，剩余本金原路退回，手续费 0.6%，7 个工作日内到账。
        学生价：凭有效学生证工作日13:00-18:00场次享8折，不与会员折扣叠加，每证每日限用一次，寒暑假期间周末场次不参与优惠。
        会员等级：银卡（累计消费1000元）9.5折；金卡（3000元）9折；黑卡（8000元）8.5折，并享生日当月免费场一次（限普通本）。
        饮品单：柠檬红茶 18元、冷萃咖啡 25元、鲜榨西瓜汁 22元、“凶手特调”无酒精鸡尾酒 32元；茶歇拼盘 68元（4人份）。
        服装租赁：古风服饰 30元/套，民国旗袍 40元/套，欧式礼服 50元/套，押金统一 200 元，游戏结束后经检查无损当场退还。
        团建包场套餐 A：12人以内 2888元，含两个剧本同时开场、晚餐简餐及合照打印；套餐 B：20人以内 4688元，另送横幅定制。
        发票说明：可开具增值税普通发票，项目为“娱乐服务”，税率 6%，请于消费后30日内凭订单号在小程序“我的-开票”页面申请。
        订金标准：工作日场次每车订金 100 元，周末及节假日 200 元；开场前 24 小时以上取消全额退还，24 小时内取消订金不退。
        储值卡挂失补办工本费 10 元，补办后原卡余额自动转入新卡；卡号规则为 VIP+门店代码+6位流水号，示例格式 VIP-SH03-000000。
        2026年12月价格调整公告：自12月15日起，周末场次统一上调10元/人，12月14日（含）前已支付订金的订单仍按原价执行。
    """),
    ("zh-Hant", "店家評論"): _lines("""
        旺角「迷城解謎館」的《九龍城寨》主題房做得好有心機，燈光同音效都好迫真，前台職員解釋規則清楚，四個人玩咗75分鐘先出到，推介！
        台北信義區這家劇本殺店環境很乾淨，DM帶本節奏掌握得很好，《紅樓夢·大觀園疑案》的線索設計很巧妙，只是飲料有點貴，一杯要一百五。
        澳門氹仔呢間密室價錢合理，每位MOP 218，不過平日下晝場次好少，要提早喺佢哋Instagram專頁私訊預約，週末通常一早爆滿。
        一星：預約時間已過半小時仍未能入場，店方解釋是上一場超時，但沒有任何補償，店舖電話 2388 6120 長期無人接聽，非常失望。
        高雄這家的恐怖本真的很嚇人，NPC演技在線，但安全措施做得好，每個房間都有緊急按鈕，工作人員全程透過監視器看著，很安心。
        《福爾摩斯》系列密室共三間，我哋玩咗「貝克街221B」，道具還原度好高，連柯南·道爾原著入面嘅細節都有，值得一試，建議四至五人。
        店家地址：香港銅鑼灣軒尼詩道 500 號希慎廣場 18 樓，港鐵銅鑼灣站F2出口步行三分鐘即到，週末建議提早一星期預約。
        台中這家店的會員儲值方案很划算，儲值 NT$3,000 送 NT$500，但要注意贈送金額不可退款，退卡時只退還未使用的本金。
        環境 4/5、劇本 5/5、服務 3/5：主持人很專業，但櫃檯結帳用了快二十分鐘，電子發票也是隔天才寄到信箱，希望改善流程。
        第一次玩情感本，改編自嚴歌苓小說的《金陵十三釵》太好哭了，整車六個人最後都在擦眼淚，店家還準備了紙巾和熱茶，真的很貼心。
        商業登記證號碼 71234568-000-05-26-3 已張貼於收銀處，店舖持有有效消防證書及遊戲機中心牌照，安全方面可以放心。
        中環這家主打英文場次，外籍朋友也能玩，主持人可切換粵語、普通話和英文，價位每位 HK$380 左右，包場另計，平日晚上較易訂到位。
        新竹店的清潔做得很到位，每場結束都會用酒精擦拭道具和頭戴裝置，但冷氣開得太強，建議去玩的朋友帶件薄外套，其他方面都很滿意。
    """),
    ("en", "faq"): _lines("""
        Q: How early should we arrive? A: Please check in at least 15 minutes before your slot at our Bugis outlet, 200 Victoria Street, #03-12 Bugis Junction, Singapore 188021.
        Q: Can I get a refund if my group cancels? A: Full refund for cancellations made 48 hours before the session; within 48 hours, the S$50 booking deposit is forfeited.
        Q: Is the horror room suitable for children? A: "The Haunted Shophouse" is rated 16+. Players aged 13-15 may join only with a parent or guardian inside the room.
        Q: How do I top up my membership wallet? A: Top up via the app or at the counter; S$300 gets a S$40 bonus, which expires 18 months after the top-up date.
        Q: What if someone gets hurt during the game? A: Our game masters are first-aid certified and every room has a panic button; the nearest A&E is at Raffles Hospital, 585 North Bridge Road.
        Q: Who can I contact for corporate bookings? A: Email events@cluetownsg.com or WhatsApp our business line +65 6334 7281, Monday to Friday, 10am to 7pm.
        Q: Are your murder mystery scripts original? A: Most are licensed from mainland Chinese publishers; our Agatha Christie series is adapted under licence and runs in English only.
        Q: Do you issue tax invoices? A: Yes. Our GST registration number is M90372815K and our UEN is 201834567W; tax invoices are emailed within 3 working days.
        Q: Can we bring our own food? A: Outside food is not allowed in the game rooms, but you may use the lounge; our snack platter costs S$28 and serves four.
        Q: How long does a murder mystery session run? A: Standard scripts take 4 to 5 hours including the debrief; "Lion City Heist" is a shorter 3-hour format.
        Q: Is there parking? A: The nearest car park is at Bugis Junction basement; weekday rate is S$2.50 for the first hour, then S$1.20 per 30 minutes.
        Q: My booking reference doesn't work, what now? A: References look like CT-SG-261207-0042; if yours returns an error, reply to your confirmation email and quote it.
        Q: Do you accept PayNow or NETS? A: We accept PayNow to our company UEN, NETS, Visa and Mastercard; cash is accepted only at the front counter.
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Semua pemain wajib tiba 15 minit sebelum sesi bermula. Jika lewat lebih 30 minit, deposit RM50 tidak akan dikembalikan.
        Bilik "Hospital Terbiar" mengandungi unsur seram dan pelakon NPC; tidak sesuai untuk wanita hamil, pesakit jantung dan kanak-kanak bawah 12 tahun.
        Alamat kedai: Lot 3-15, Tingkat 3, Sunway Pyramid, Jalan PJS 11/15, Bandar Sunway, 47500 Petaling Jaya, Selangor Darul Ehsan.
        No. Pendaftaran Syarikat (SSM): 202301045678 (1517823-T). Sebarang aduan, sila hubungi talian khidmat pelanggan 03-7491 2288.
        Harga sesi misteri pembunuhan: RM68 seorang (hari bekerja), RM88 seorang (hujung minggu); tambah nilai kad ahli RM500 dapat bonus RM60.
        Bayaran balik baki kad ahli hanya untuk jumlah pokok tanpa bonus, diproses dalam tempoh 14 hari bekerja ke kaedah pembayaran asal.
        Waktu operasi: Isnin-Khamis 12 tengah hari hingga 12 malam; Jumaat, Sabtu dan cuti umum 10 pagi hingga 2 pagi. Tutup pada hari pertama Aidilfitri.
        Kami menyediakan sesi dalam Bahasa Melayu, Bahasa Inggeris dan Mandarin; skrip "Misteri Rumah Agam Melaka" kini ada versi BM penuh.
        Keselamatan: Setiap bilik ada butang kecemasan dan dua pintu keluar; kunci elektromagnet akan terbuka automatik jika bekalan elektrik terputus.
        Dilarang merokok dan vape di dalam premis. Rakaman CCTV kawasan awam disimpan selama 30 hari mengikut polisi syarikat dan PDPA.
        Tempahan korporat dan majlis hari jadi: e-mel sales@teka-tekikl.com.my atau WhatsApp perniagaan +60 3-2110 5566 (waktu pejabat sahaja).
        Kostum sewaan RM25 sepasang dengan deposit RM100, dipulangkan selepas pemeriksaan; sebarang kerosakan akan dicaj mengikut harga senarai.
        Promosi Disember: Kod PROMO2612 diskaun 15% untuk tempahan dalam talian melalui aplikasi, sah sehingga 31/12/2026, tidak boleh digabung dengan baucar lain.
    """),
    ("mixed", "config_and_logs"): _lines("""
        2026-12-07 14:02:17 INFO booking.create order_id=JB20261207000153 store=SH03 script="雾隐山庄" seats=6 deposit=600.00 status=PAID channel=meituan
        2026-12-07 14:05:41 WARN refund.queue order_id=JB20261206000987 amount=200.00 reason="场次取消" retry=2 gateway=wxpay err_code=SYSTEMERROR
        booking: { deposit_weekday: 100, deposit_weekend: 200, cancel_free_hours: 24, currency: CNY, timezone: Asia/Shanghai, late_limit_min: 30 }
        CREATE TABLE member_wallet (card_no VARCHAR(20) PRIMARY KEY, principal DECIMAL(10,2), bonus DECIMAL(10,2), expires_at DATE, store_code CHAR(4));
        order_id,store_code,room_id,script_title,session_start,seat_count,deposit_cny,refund_status,dm_shift_id,created_at
        const SHIFT_TEMPLATE = { store: "SH03", slots: ["13:00", "19:30"], dmPerSlot: 2, npcPerSlot: 1 }; // 排班模板，只放岗位不放员工信息
        [door-ctrl] 2026-12-06T23:47:09+08:00 room=R5 lock=EM-LOCK-05 event=emergency_release trigger=panic_button fw=2.8.1 result=OK
        SELECT store_code, SUM(principal) AS 储值本金, SUM(bonus) AS 赠送金额 FROM member_wallet WHERE expires_at < '2027-01-01' GROUP BY store_code;
        2026-12-07 02:13:55 ERROR sms.send template=SMS_28471530 provider=aliyun code=isv.BUSINESS_LIMIT_CONTROL msg="触发小时级流控"
        git commit -m "fix(refund): 储值退款先扣赠送金额再退本金, closes #482" -> 9f3c2a7e41b0d85c6a2f0e1b7d93c4a5e8f61b20
        .env 示例: WXPAY_MCH_ID=1900000109 WXPAY_NOTIFY_URL=https://api.example.com/pay/notify SMS_SIGN=谜境剧场 REDIS_URL=redis://localhost:6379/0
        2026-12-07 19:31:02 INFO session.start room=R3 script="Murder on the Orient Express 东方快车" players=7/7 dm_shift=SFT-1207-E2 duration_est=270m
        curl -X POST https://api.example.com/v1/rooms/R2/maintenance -H "Content-Type: application/json" -d '{"ticket":"WY-20261206-088","status":"open"}'
    """),
    ("zh-Hans", "剧本商品详情"): _lines("""
        【盒装】《聊斋·兰若寺》7人古风恐怖本，改编自蒲松龄《聊斋志异》，角色含宁采臣、聂小倩、燕赤霞、姥姥等，建议时长5小时，售价 899 元/套。
        【城限】《红楼·葬花吟》6人（2男4女）情感本，角色：林黛玉、薛宝钗、贾宝玉、王熙凤、史湘云、妙玉，城限授权费 2680 元，每城限 3 家。
        【独家】《雪夜行》4人本格推理本，灵感来自东野圭吾式倒叙诡计，原创故事非改编，仅供线下门店演绎，SKU：JBS-2026-0419-EX。
        《福尔摩斯：四签名》英文版5人本，角色 Sherlock Holmes、Dr. John Watson、Mary Morstan、Thaddeus Sholto、Athelney Jones，售价 ¥680。
        密室道具：仿古机械密码箱（4位转轮），尺寸 32×24×18cm，重 3.6kg，型号 MS-BOX-4R，单价 450 元，满 5 件包邮，偏远地区除外。
        【机制阵营本】《三国·赤壁》8人，角色包括诸葛亮、周瑜、曹操、黄盖、鲁肃、孙权、小乔、蒋干，支持两车同开，发行价 1280 元。
        电磁锁套装 EM-LOCK-280KG，12V DC，断电开锁，附应急按钮与 3C 认证证书编号 2024010907123456，适用于密室逃脱场景门。
        《民国·百乐门》服装包：旗袍 4 件、中山装 2 套、礼帽 2 顶，尺码 S-XL，默认顺丰发货，物流单号请在订单详情页查询，不支持到付。
        剧本《先生的最后一夜》为历史题材还原本，人物包括鲁迅、许广平、内山完造，史实均引自《鲁迅全集》及《两地书》，适合 5 人。
        正版授权查询：扫描包装盒背面二维码，输入 16 位防伪码（示例格式 XXXX-XXXX-XXXX-XXXX）即可验证发行方“青梧剧本工作室”授权。
        【门店转让】《东方快车》盒装本，线索卡完整，仅开过 3 车，原价 980 元现价 520 元，自提地点：杭州市西湖区文三路 478 号华星时代广场 A 座（谜途剧本杀店）。
        恐怖沉浸本《夜半歌声》附赠 NPC 剧本 1 份、BGM 音频 46 首（WAV 48kHz）、灯光提示表，建议搭配声控灯带型号 LED-VC-5M 使用。
        商品条码 6971234567890（EAN-13），《侦探俱乐部·第一季》合集，含 6 个短本，单本 2-3 小时，适合新手车和公司团建暖场。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        预约登记：周六19:30《长安夜雪》6人车，联系人 刘雨桐，手机 13817264059，已付订金200元，备注：两位女生想拿情感线角色。
        玩家陈浩然在《午夜病院》奔跑时撞到门框，左额头缝了4针，医院诊断为头皮裂伤，家属要求店方承担医药费1860元。
        退款申请单｜会员卡号 VIP-SH03-000457｜姓名：周婧｜身份证号 310104199608231275｜储值本金余额 1320.00｜退款账户：招商银行 6214 8301 2345 6789
        @前台 阿杰今天请假，他妈妈住院在做化疗，这周他的晚班能不能有人帮忙顶一下？别在群里多问了，他心情不太好。
        黑名单记录：王立新，男，约40岁，2026年11月22日在店内醉酒与其他玩家发生肢体冲突，派出所已出警处理，以后勿再接待。
        快递寄回遗失物品：收件人 孙晓雯，电话 186 2135 7740，地址 江苏省苏州市工业园区星湖街 328 号 金鸡湖花园 12 幢 1502 室。
        DM排班备注：小鹿（本名何思琪）怀孕5个月，店长同意她本月只接情感本和欢乐本，不排恐怖本和NPC追逐场。
        微信收款记录：收到 林文斌 押金 600.00 元，交易单号 4200001987202612071234567890，用于周日包场，结束后原路退回。
        客人留的号码是 15902148837，说到了商场门口会打这个电话，让前台下去接一下，他们一行五个人。
        储值纠纷：会员黄建国称其2026年9月储值的3000元被前员工私自转走，已报警，报警回执编号 沪公（徐）受案字〔2026〕10342号。
        工资条：DM 郑凯 11月基本工资 4500 元，带本提成 3260 元，迟到扣款 150 元，实发 7610 元，工资卡 中国建设银行 6217 0012 3456 7890 123。
        投诉回访：赵女士（手机尾号6621）反映DM在复盘时当众点评她的游戏失误并带有嘲讽，要求门店书面道歉并退还一半费用。
        玩家健康备注：许梦瑶有哮喘病史，随身携带沙丁胺醇喷雾，勿安排烟雾机场景，如发作请立即拨打120。
        车牌 沪A·7K3Q9 的车主在商场停车场倒车时剐蹭了我们门口的广告灯箱，监控截图已发给物业，需联系车主赔偿。
        会员注册信息：姓名 吴佳琪，生日 1999-04-17，手机 17721093358，邮箱 wujiaqi0417@163.com，偏好：推理本、硬核本。
        押金退款失败：玩家唐子豪绑定的支付宝账号 tzh_1998@outlook.com 已注销，需电话联系他确认新的收款方式。
        跟大家说一下：老周的儿子上周打架被拘留了，他这几天状态不好，排班尽量让他上白班，大家别在他面前提这事。
        纠纷处理：玩家蒋天宇与其前女友在同一车中发生争吵，蒋称对方欠他2万元一直未还，现场多名玩家劝阻，DM暂停游戏20分钟。
        包场负责人身份登记：马一鸣，身份证号 320102198807153219，单位团建 18 人，签字确认已阅读安全须知。
        DM应聘登记：钱思远，22岁，表演系大三在读，联系电话 15050913726，只能兼职周末，期望时薪 40 元。
        前台说常来的那位冯太太最近在跟老公办离婚，以后预约别再把他们两个排进同一车，免得在店里吵起来。
        一名14岁男生戴子轩冒用表哥身份证预约了恐怖本，其母亲（电话 13962187045）到店要求全额退款并投诉门店未核验身份。
        2026-12-07 20:14:33 INFO member.login uid=88231 name=邓雅婷 phone=18616203384 ip=116.228.43.19 device=iPhone15
        JB20261207000211,SH03,R2,雾隐山庄,2026-12-07 13:00,6,600.00,REFUNDED,罗俊峰,13501782246
        受伤记录：玩家叶晨在《逃离精神病院》机关区扭伤右脚踝，拍片显示无骨折，店长垫付急诊费426元，收据照片已存档。
    """),
    "zh-Hant": _lines("""
        預約確認：陳嘉欣小姐，6位，12月14日（六）晚上7點半，《九龍城寨》主題房，聯絡電話 9123 4678，訂金 HK$300 已收。
        客人遺失銀包，內有身份證 K473921(3)、八達通及信用卡，失主黃子健先生已致電確認，今晚八點前來店領取。
        台北店員群：阿翔昨天帶本時昏倒，送醫後說是低血糖加過勞，醫生要他休息兩週，這段時間他的場次先由其他DM支援。
        會員退款：林雅婷，身分證字號 A228761456，儲值餘額 NT$2,350，退款至國泰世華帳號 0310-5012-3456，請財務本週處理。
        糾紛紀錄：澳門店何家樂先生指控另一玩家偷拍其女友，雙方在店內推撞，已報治安警察局，對方電話 6634 1827。
        李太話佢個仔有自閉症，想包場玩親子密室，要求NPC唔好大聲嚇人同埋唔好掂佢，我哋已經安排咗溫和版本。
        兼職NPC 張詠琪 十一月時數 86 小時，時薪 HK$65，應付 HK$5,590，已轉賬至滙豐戶口 123-456789-833。
        客人來信 kelvin.tam.hk@gmail.com：「你哋DM喺復盤時講出我嘅真實姓名同公司，我好唔開心，要求你哋書面解釋。」
    """),
    "en": _lines("""
        Booking for Sat 8pm, 5 pax, under Rachel Goh, contact 9674 3128, paid the S$50 deposit via PayNow, wants the horror room.
        Incident report: player Marcus Lim Wei Jie (NRIC S9634572J) tripped over a cable in Room 2 and fractured his left wrist; ambulance called at 21:18.
        Please process the wallet refund of S$265 to Priya Nair, POSB savings 123-45678-9, she closed her membership last week.
        Hey team, Jasmine asked to swap her Friday shift because she has a court hearing for her divorce that morning, can someone cover?
        Complaint from daniel.koh88@hotmail.com: says his card ending 4417 was charged twice for the same booking on 3 Dec and wants it reversed.
        Membership form: Name: Tan Hui Min | DOB: 12/05/1993 | Mobile: +65 8231 5690 | Address: Blk 412 Bedok North Ave 2, #09-117, Singapore 460412
        FYI the regular guy Ah Boon still owes us S$360 from the birthday package in October, keeps saying he will pay after his salary comes in.
    """),
    "ms": _lines("""
        Tempahan atas nama Nurul Aina binti Hassan, 4 orang, Sabtu 9 malam, telefon 012-734 8821, deposit RM100 sudah dibayar.
        Laporan kemalangan: pemain Muhammad Faizal bin Razak (No. KP 950712-14-5527) terjatuh di bilik "Hospital Terbiar" dan cedera lutut kanan.
        Bayaran balik kad ahli kepada Siti Hajar binti Osman, akaun Maybank 1640 2233 8157, baki pokok RM420, bonus tidak dikembalikan.
        Staf Amirul minta cuti seminggu sebab isteri dia baru bersalin di Hospital Ampang, tolong susun semula jadual DM minggu ini.
        Aduan: Encik Ravi a/l Subramaniam kata anak dia dibuli oleh pemain lain semasa sesi, minta maklum balas ke ravi.subra77@yahoo.com.
    """),
    "mixed": _lines("""
        DM排班 update：周五 night shift 改成 Wong Mei Ling，她说 PR 申请还在 process，FIN G5123876T 的 work pass 下个月到期，HR 记得跟进。
        客人 Zhang Wei 在 Google review 留了一星，他用 WhatsApp +60 16-228 9043 一直 spam 我们要 refund RM176。
        Booking 备注：Mrs Lau 65岁，装了 pacemaker 心脏起搏器，不能进有强磁电磁锁的房间，家属 contact 9735 2046。
        Refund log: order=KL-20261130-0088 payer="Chong Kar Yan" bank=PublicBank acct=4-1234567-20 amount=RM176 status=PENDING 原因：场次取消
        店长 pls check，阿Ken 上个月借了店里 RM800 说要 pay 他爸爸的医药费，到现在还没 return，要不要从工资扣？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一家剧本杀店的运营助手，帮助店长撰写与玩家沟通的消息，语气礼貌专业。"),
        (
            "user",
            "帮我写一条退款致歉短信，发给刘建明先生（手机 13671852094），他周六《雾隐山庄》那车因为2号房空调坏了被取消，订金200元今天原路退回。",
        ),
        (
            "assistant",
            "刘先生您好，非常抱歉，由于门店2号房空调设备故障，您预约的周六《雾隐山庄》场次被迫取消。您支付的订金200元已于今日原路退回，预计1-3个工作日到账。为表歉意，下次到店可享一次免费饮品。如有疑问请随时联系门店。",
        ),
        ("user", "再加一句，问他下周六同一时间要不要优先给他留位。"),
        (
            "assistant",
            "可以在结尾加上：“如您方便，我们可为您优先保留下周六同一时间的场次，回复本短信即可确认。”",
        ),
    ],
    [
        ("system", "你是密室逃脱门店的安全事务顾问。"),
        (
            "user",
            "昨晚玩家在追逐环节摔倒了，骨折。信息：姓名 陈志远，身份证 44030519920314046X，右手桡骨骨折，送了市第二人民医院。我们买了公众责任险，理赔需要准备什么？",
        ),
        (
            "assistant",
            "一般需要准备：事故经过说明（时间、房间、环节）、现场监控截图或视频、医院诊断证明和病历、医疗费用发票原件、受伤者身份证复印件、门店营业执照及保单号。建议尽快向保险公司报案并保存好陈先生的所有就诊票据。",
        ),
        ("user", "他家属说除了医药费还要误工费，他是外卖骑手，月收入大概八千，这个保险能赔吗？"),
        (
            "assistant",
            "公众责任险通常可以覆盖合理的误工费，但需要提供收入证明，如平台近几个月的收入流水，以及医生出具的休息建议。具体赔付比例以保单条款为准，建议先与保险公司确认。",
        ),
    ],
    [
        ("system", "You are a scheduling assistant for an escape room in Singapore."),
        (
            "user",
            "Make me a roster for next weekend. Staff: Joel Tan (9182 4470), Aisyah Rahman (8765 1093), Benedict Ong (9023 6618). Aisyah can't do Sunday morning, she has dialysis.",
        ),
        (
            "assistant",
            "Sat: 10am-6pm Joel Tan and Aisyah Rahman; 6pm-2am Benedict Ong and Joel Tan. Sun: 10am-6pm Joel Tan and Benedict Ong; 6pm-2am Aisyah Rahman and Benedict Ong. Aisyah is kept off Sunday morning as requested.",
        ),
        ("user", "Great, can you also write a short WhatsApp message I can send to the group?"),
        (
            "assistant",
            "Hi all, next weekend's roster is up: Sat day Joel and Aisyah, Sat night Benedict and Joel; Sun day Joel and Benedict, Sun night Aisyah and Benedict. Shout if anything clashes. Thanks!",
        ),
    ],
    [
        (
            "user",
            "幫我回覆一封投訴電郵。客人吳國華先生（wu.kwokwah@yahoo.com.hk）話上星期六喺我哋銅鑼灣分店玩密室時，NPC推咗佢一下，佢撞到牆，肩膀瘀咗，要求賠償HK$2,000。",
        ),
        (
            "assistant",
            "吳先生您好：多謝您的來信，對於您上星期六在本店的不愉快經歷，我們深表歉意。我們已調閱當晚的監控錄影，並正與涉事NPC了解情況，將於三個工作天內回覆調查結果及賠償安排。如方便，請提供您的就診紀錄，以便我們跟進。",
        ),
        ("user", "語氣可以再軟啲，唔好一開頭就要佢交醫療紀錄。"),
        (
            "assistant",
            "吳先生您好：非常抱歉令您受傷及不快，我們十分重視此事，已即時展開調查。我們會在三個工作天內主動聯絡您，商討合適的補償方案。祝您早日康復。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu perkhidmatan pelanggan untuk kedai misteri pembunuhan di Kuala Lumpur.",
        ),
        (
            "user",
            "Tolong tulis mesej kepada pelanggan Lim Siew Ling, No. KP 010305-10-6284, yang baki kad ahli dia RM350 akan dipulangkan. Dia mohon tutup akaun sebab pindah ke Johor Bahru.",
        ),
        (
            "assistant",
            "Salam sejahtera Cik Lim Siew Ling, permohonan penutupan akaun ahli anda telah diterima. Baki pokok RM350 akan dipulangkan ke kaedah pembayaran asal dalam tempoh 14 hari bekerja. Terima kasih kerana menyokong kami dan semoga berjaya di Johor Bahru!",
        ),
        ("user", "Boleh buat versi bahasa Cina juga?"),
        (
            "assistant",
            "林小姐您好，您的会员注销申请已受理，储值本金余额RM350将在14个工作日内原路退回。感谢您一直以来的支持，祝您在新山一切顺利！",
        ),
    ],
    [
        (
            "user",
            "帮我去重这份 booking list，同一个电话只留最新一条：陈思雨,13918472036,2026-12-05；陈思雨,13918472036,2026-12-07；Kelly Wong,+65 9134 7702,2026-12-06",
        ),
        (
            "assistant",
            "去重后保留：陈思雨, 13918472036, 2026-12-07；Kelly Wong, +65 9134 7702, 2026-12-06。共 2 条。",
        ),
        ("user", "OK thanks，顺便帮我按日期排一下 ascending。"),
        (
            "assistant",
            "按日期升序：1) Kelly Wong, +65 9134 7702, 2026-12-06；2) 陈思雨, 13918472036, 2026-12-07。",
        ),
    ],
    [
        (
            "user",
            "我在一家剧本杀店交了服装押金200块，过了一周还没退。订单号 JB20261128000342，我叫沈若曦，支付宝账号 18258016739，我该怎么催？",
        ),
        (
            "assistant",
            "建议先整理好付款截图和订单号，联系门店客服说明情况并要求给出明确退款时间；若门店推诿，可通过支付宝的交易投诉入口申诉，或拨打12315投诉。",
        ),
        ("user", "门店说是我还衣服时有口红印，要扣50，但我还的时候店员当面检查过说没问题。"),
        (
            "assistant",
            "你可以要求门店出示归还时的检查记录或监控画面。如果店员当面确认无损，门店事后扣款缺乏依据，可以据此坚持全额退还。",
        ),
    ],
    [
        (
            "system",
            "Member profile loaded: name=Hannah Lee Jia Xin, tier=Gold, phone=+65 9458 2107, wallet_principal=S$180.00, wallet_bonus=S$40.00, dob=1997-08-21.",
        ),
        ("user", "How much do I still have in my wallet and can I use it this Saturday?"),
        (
            "assistant",
            "Hi Hannah, you have S$180.00 in principal and S$40.00 in bonus credit, S$220.00 in total. You can use it for any session this Saturday; bonus credit is applied first.",
        ),
    ],
    [
        ("system", "你是一位人事助手，帮员工写请假申请。"),
        (
            "user",
            "我是门店DM邱晓峰，最近确诊了中度抑郁，医生建议休息一个月。帮我给店长写个请假申请，别写得太惨。",
        ),
        (
            "assistant",
            "店长您好：我因身体原因经医生诊断需休养一个月，特申请自12月10日至2027年1月9日请假。期间的场次我会提前与其他DM做好交接，并将诊断证明交给您备案。感谢理解！邱晓峰",
        ),
        ("user", "诊断证明要交原件吗？"),
        ("assistant", "通常交复印件即可，原件自己保留，店长需要核对时可当面出示。"),
    ],
    [
        (
            "user",
            "請幫我分析一個糾紛：台中店會員蔡承翰（身分證 F129340570）說他儲值的 NT$5,000 被前店長私下退給他前女友，我們查到退款帳戶名也不是他本人。",
        ),
        (
            "assistant",
            "建議先調出該筆退款的操作紀錄、審批人及收款帳戶資料，確認是否違反退款須本人帳戶的規定；同時保全監視器畫面與聊天紀錄。若確認為前店長違規操作，門店應先行賠付會員，再向前店長追償，必要時報警處理。",
        ),
        ("user", "他前女友叫簡怡君，她說那筆錢是蔡先生欠她的，這樣算嗎？"),
        (
            "assistant",
            "兩人之間的債務糾紛屬於私人問題，不能成為門店把會員儲值退給第三人的理由。門店仍須對蔡先生負責，至於欠款問題應由他們雙方另行處理。",
        ),
    ],
]
