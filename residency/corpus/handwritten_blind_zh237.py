# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh237: vinyl record, antique and second-hand book shops in mainland China (consignment, valuation, buyback, member lists, disputes, collectors' groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh237
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "寄售与回收公告"): _lines("""
        本店寄售唱片一律按成交价抽取20%佣金，寄售期为90天，到期未售出可续期或取回。
        【通知】春节期间（2月8日至2月17日）门店暂停收书，线上订单2月18日起按下单顺序发货。
        回收旧书请提前整理好，水渍、缺页、严重霉斑的书恕不收购，教辅和过期期刊也暂不回收。
        周六下午两点在二楼举办黑胶试听会，主题是“太平洋影音的八十年代”，免费入场，名额30个，先到先得。
        本店只收原版黑胶和首版CD，翻版、压盘来源不明的一律不收，请勿带来。
        寄售人取回未售商品时须出示寄售单原件，寄售单遗失的请到前台办理挂失，三个工作日后可取。
        会员积分每消费1元积1分，满500分可抵扣10元，积分有效期至次年12月31日。
        本店地址：北京市西城区琉璃厂东街甲26号院内二层，营业时间10:00–18:00，周一闭店。
        上门收书范围限五环以内，满300册免上门费，预约请拨打门店座机010-6301 5528。
        近期有人冒充本店在闲鱼收唱片，本店唯一线上渠道为孔夫子旧书网店铺“琉璃厂旧书社”，请大家注意甄别。
        估价服务每周二、周四开放，每人每次限20件，估价结果仅供参考，不代表本店最终收购价。
        店内旧书均已做除尘、消毒处理，线装书和民国期刊请戴手套翻阅，谢谢配合。
        消费者如对交易有异议，可先与门店协商，协商不成可拨打12315投诉举报热线。
    """),
    ("zh-Hans", "旧书与唱片商品详情"): _lines("""
        《围城》钱锺书著，人民文学出版社1980年11月北京第1版第1次印刷，品相八五品，书脊轻微褪色，售价168元。
        邓丽君《淡淡幽情》黑胶LP，宝丽金1983年香港首版，带歌词内页，盘面轻微发丝纹，试听无跳针，标价1280元。
        崔健《新长征路上的摇滚》1989年原版卡带，带原装侧标，品相九品，售价460元。
        《鲁迅全集》16卷本，人民文学出版社1981年版，全套无缺，个别卷有前藏书者铅笔划线，整套2800元。
        ISBN 978-7-02-000220-1，《红楼梦》三册套装，1982年版，外封有折痕，内页干净，八品，120元包邮。
        张国荣《Leslie》LP，华星唱片1984年版，封套右下角轻微水渍，盘面九品，附原装内袋，售价1500元。
        金庸《射雕英雄传》三联书店1994年第一版，四册全，有书函，函套边缘磨损，售价650元。
        中国唱片社出品《梁祝》小提琴协奏曲，俞丽拿独奏，10寸黑胶，七十年代压制，封套有修补，280元。
        线装《唐诗三百首》清光绪年间石印本，两函八册，书品完整，部分页有虫蛀，价格面议。
        张爱玲《传奇》增订本影印版，上海书店1985年出版，品相一般，仅此一册，85元。
        Beyond《真的见证》新艺宝1989年首版黑胶，封面无签名，盘面有轻微划痕不影响播放，标价2200元。
        《读书》杂志1979年创刊号至1985年合订，共七年，缺1983年第6期，整套打包出，不拆卖。
        商品编号LC-2024-0318-077，尺寸12英寸，重量180克，转速33⅓转，品相标准参照Goldmine分级。
    """),
    ("zh-Hant", "黑膠估價常見問答"): _lines("""
        問：黑膠唱片如何估價？答：主要看版本、壓製年份、封套與盤面品相，以及市場近期成交價，首版通常比再版高出數倍。
        問：有簽名的唱片會比較值錢嗎？答：需有可信來源證明，否則本店一律按無簽名處理。
        問：盤面有刮痕還能收嗎？答：輕微髮絲紋不影響，若試聽有跳針或持續爆音，收購價會大幅下調。
        問：估價要收費嗎？答：十件以內免費，超過十件每件收取人民幣20元估價費，成交後可抵扣貨款。
        問：可以寄唱片到店估價嗎？答：可以，請用硬紙板夾好並註明「黑膠勿壓」，運費由寄件方負擔。
        問：你們收卡帶和CD嗎？答：收，但以八九十年代港台原版為主，盜版及翻錄帶恕不收購。
        問：估價結果有效多久？答：報價七天內有效，逾期需重新估價，因為市場價格波動較大。
        問：什麼是「首版」？答：指該專輯第一次壓製發行的版本，可從唱片編號、盤芯標籤及矩陣號判斷。
        問：徐小鳳、許冠傑的唱片現在還值錢嗎？答：品相好的寶麗金原版仍有穩定需求，具體要看編號與狀況。
        問：寄賣和直接回收有什麼區別？答：回收即時付款但價格較低，寄賣需等待售出，但分成比例對賣家更有利。
        問：估價時需要提供身分證嗎？答：單次回收金額超過人民幣5000元時需登記證件，其餘情況無需提供。
        問：店裡有鑑定證書嗎？答：本店僅提供估價單，不出具鑑定證書，如需權威鑑定請洽專業拍賣行。
        問：為何同一張唱片在不同店估價差很多？答：各店庫存、客群與周轉壓力不同，建議多比較幾家再決定。
    """),
    ("en", "record_fair_listings_and_posts"): _lines("""
        Shanghai Record Fair returns to the riverside warehouse this weekend: 60+ dealers, entry RMB 30, doors open 10 am.
        LOT 42: Teresa Teng – Island Love Songs (Polydor, 1975 JP press), VG+/VG+, obi intact, starting bid RMB 900.
        Condition guide: M = unplayed, NM = near mint, VG+ = light signs of play, VG = surface noise audible, G = plays through with noise.
        We ship worldwide via SF Express International; tracking numbers are sent from orders@example.com within 48 hours.
        Pink Floyd – The Dark Side of the Moon, 1973 UK Harvest SHVL 804, both posters and stickers present, RMB 4,800.
        Buyback rates this month: classic rock LPs up to 35% of last sold price, jazz originals up to 40%, 80s Cantopop pressings up to 30%.
        Anyone know whether the China Record Company red-label pressings of the 1960s used different matrix stamps in Beijing and Shanghai?
        Reminder: consignment payouts are made on the 15th of each month to the bank account on your consignment form.
        New arrivals at Duozhuayu's Beijing store: a pallet of 1960s Penguin Classics, old shilling cover prices still printed on the back.
        Invoice INV-2025-00417 covers 12 LPs, total RMB 6,340, paid by corporate transfer; please keep it for grading claims.
        Tip: store your LPs upright, away from radiators, and never stack more than 20 flat or the bottom ones will warp.
        The antique book market at Panjiayuan is moving indoors this winter; dealer table rental is RMB 800 per day.
        Our WeChat official account posts new arrivals every Friday at 8 pm; search Old Groove Records to follow.
    """),
    ("mixed", "库存系统日志与配置"): _lines("""
        2025-03-18 10:42:07 INFO sku=LP-HK-1984-0091 status=consigned price_cny=1500 shelf=B3-07
        2025-03-18 11:03:55 WARN 扫码失败 isbn=9787020002201 retry=2 device=pos-02
        consignment.commission_rate: 0.20  # 寄售佣金比例，默认20%
        SELECT sku, title, grade FROM inventory WHERE grade IN ('NM','VG+') AND format = 'LP' ORDER BY added_at DESC LIMIT 50;
        {"order_id": "YJ20250402-0156", "items": 3, "total": 438.00, "currency": "CNY", "carrier": "SF", "tracking": "SF1402938475612"}
        2025-04-02 15:20:11 ERROR 同步孔夫子库存失败 http_status=502 upstream=api.kongfz.example retry_in=300s
        member_export.mask_fields = ["phone", "id_no", "address"]  # 导出会员表时脱敏，手机号显示为138****5678
        估价单模板：客户姓名 {{name}}，联系电话 {{phone}}，物品数量 {{count}}，估价合计 {{total}} 元。
        app_version=2.7.3 build=20250411 commit=9f3c2ab1e07d schema_migration=0042_add_pressing_year
        2025-04-11 03:00:00 INFO 每日备份完成 file=backup_20250411.sql.gz sha256=4e1a7b0c93d2 size=218MB
        def grade_discount(grade): return {"M": 1.0, "NM": 0.9, "VG+": 0.7, "VG": 0.5, "G": 0.25}.get(grade, 0.1)
        测试账号 user=test_member phone=+86 100 0000 0000 email=test@example.com，仅供收银系统联调使用。
        uuid=3f2b8c1e-7a64-4d0e-9b1a-5c8e2f6d0a97 event=buyback_created amount=2600.00 payment=corporate_transfer
    """),
    ("zh-Hans", "店员工作群消息"): _lines("""
        今天到了两箱上海音像公司的卡带，先别上架，等我明天逐盘试听后再定价。
        下午有位阿姨拿来一批七十年代的连环画，品相不错，我按八折报了价，她说回家商量一下。
        B区第三排的爵士唱片又被翻乱了，谁有空帮忙按厂牌重新排一下。
        孔夫子网店今天出了17单，12单已经打包，剩下5单等快递下午四点来取。
        提醒：收二手书一律登记来源，一次性收超过200册的要拍照留底，这是店里的规定。
        那套1981版《鲁迅全集》有人出价2500，低于我们底价，先别卖。
        唱片清洗机的滤芯该换了，淘宝订的配件周四到，这两天先手洗。
        明天展会要带的货我列在共享表格里了，大家核对一下有没有漏的。
        刚才有客人问张学友《吻别》首版能不能预订，我说到货会在公众号发，没留联系方式。
        店里空调漏水，靠窗那排民国期刊已经挪到库房，别再放回去了。
        月底盘点定在30号晚上，闭店后开始，预计到十点，辛苦大家。
        收银机打印纸没了，我先用手写小票，记得回头补一下系统记录。
        有人在小红书上说我们估价太低，店长说不要在评论区争论，统一用官方账号回复。
    """),
    ("zh-Hans", "行业历史与藏友群帖子"): _lines("""
        琉璃厂的书肆兴起于清乾隆年间修《四库全书》时，各地书商云集于此，逐渐形成京城最大的古旧书市场。
        中国书店成立于1952年，是新中国第一家国营古旧书店，至今仍在北京琉璃厂设有门市。
        上海福州路在民国时期被称为“文化街”，众多书局和出版社都曾在这条街及附近设立门市。
        郑振铎抗战时期在上海抢救古籍，与同人组织“文献保存同志会”，为国家收购了大批珍本。
        黄裳的《来燕榭书跋》是研究藏书题跋的必读书，很多旧书店老板都把它当工具书用。
        五十年代中国唱片社出版的早期密纹唱片，尤其是红色标签的那批，现在是收藏热点。
        新人入坑黑胶，建议先买一台可调针压的唱机，劣质唱头对唱片的磨损是不可逆的。
        潘家园周末早市天不亮就开摊，淘旧书要带手电筒，这是老藏家们流传下来的经验。
        有人问八十年代太平洋影音的卡带为什么有那么多版本，其实是不同年份换过几次印刷厂和封面设计。
        关于签名本：作家签赠本往往比普通签名本更有价值，因为带有上款和题词，能看出交往关系。
        广州文德路曾经是华南有名的旧书街，如今只剩下几家老店还在坚持。
        藏书票起源于15世纪的德国，民国时期叶灵凤等人撰文介绍，八十年代国内掀起过一阵收藏热。
        本群规定：交易帖须注明品相、价格、发货方式，禁止在群里公开他人联系方式，私下交易风险自负。
    """),
    ("mixed", "发票与隐私回收政策"): _lines("""
        发票抬头：北京琉璃厂旧书社有限公司，统一社会信用代码 91110102MA01H7K35C，开户行 中国工商银行北京和平门支行，账号 0200 0007 0920 0356 118。
        Invoice No. 2025SH00873 | Seller: Old Groove Records (Shanghai) Co., Ltd. | Qty 6 LP | Subtotal RMB 3,960 | VAT included.
        回收合同第5条：卖方保证所售物品来源合法，如涉及盗窃或权属纠纷，由卖方承担全部法律责任。
        隐私政策：本店收集的会员手机号仅用于订单通知，不会出售或提供给第三方，会员可随时申请注销。
        Personal data collected at buyback (name, ID number, phone) is retained for 3 years under second-hand trade rules, then securely deleted.
        根据《个人信息保护法》，客户有权查阅、更正、删除其个人信息，请将申请发送至 privacy@liulichang-books.example。
        收据编号 HS-20250506-031，回收品类：旧书，数量142册，按重量计2.5元/公斤，合计355.00元，付款方式：对公转账。
        监控录像保存30天，仅在发生纠纷时由店长调取，调取须登记原因和时间。
        会员登记表样例：姓名 ______ 手机 ______ 生日（选填）______，请勿在样例表上填写真实信息。
        Refund policy: LPs found to be mis-graded by more than one grade may be returned within 7 days for a full refund; return shipping is on us.
        客服电话 400-820-1937（工作日 9:00–18:00），邮箱 service@oldgroove.example，传真 021-6437 5502。
        增值税普通发票 发票代码 031002400111 发票号码 08827364 金额 ¥1,280.00 税额 ¥12.80 品名 黑胶唱片。
        寄售结算单：寄售编号 JS-0419，售出4件，成交额¥5,200，扣佣金¥1,040，应付¥4,160，已转至寄售人登记账户。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        寄售人：刘雅琴，身份证号110105198607143526，手机139 1024 7736，寄售邓丽君原版黑胶5张。
        会员王秀兰（手机158-2173-0495）上周来电说她丈夫刚去世，想把他收藏的两千多本旧书一次性处理掉。
        回收登记：卖方陈志强，住址上海市徐汇区宛平南路88弄5号1203室，旧书86册，已付现金430元。
        老客户赵德明最近确诊了帕金森，手抖得厉害，他儿子说以后来取寄售款由他代办。
        张丽娟的微信号是zlj_vinyl1988，她说那张《梁祝》可以八百出，让我们私聊她。
        周五来卖书的那个男的叫孙海涛，在人大附中教高二(3)班语文，他说书是学校图书室清理出来的，得核实一下。
        纠纷记录：顾客黄伟称在本店买的《射雕》缺页，要求全额退款，他留的电话是186 0211 5840，住成都市武侯区。
        会员表：编号M0217，姓名李慧敏，生日1992-09-05，手机135 5018 2267，偏好港台流行。
        店里的兼职马晓宇这个月工资3200元还没发，他说房租都快交不上了。
        那个总来淘连环画的退休教师吴桂芳，住我们楼上3单元502，她女儿在国外，平时一个人住。
        郭明辉除了寄售回款，还从店里借了两万块说年底还，到现在一分没还，我准备去法院起诉他。
        快递面单：收件人何晓燕，电话177 2640 3158，地址杭州市西湖区翠苑三区12幢2单元401。
        收购款已转账：收款人冯国栋，中国建设银行卡号6217 0012 3456 7890 123，金额2600元。
        藏友群里的“老唐”就是唐振华，在西安碑林区开眼镜店的那个，他离婚后把唱片全卖给我们了。
        估价单客户：徐志远，QQ 283746150，邮箱xuzhiyuan83@163.com，物品：民国期刊12册。
        上门收书联系人杨淑珍，82岁，独居，腿脚不便，住南京市鼓楼区宁海路某小区，去之前半小时打她座机025-8330 4172。
        顾客林芳怀孕七个月了，让我们把她订的那张黑胶留到产后再来取，大概要到12月。
        会员注销申请：申请人邓文杰，身份证320102198304171554，注销原因：全家移民加拿大。
        车牌京N·7K3C8的那辆白色SUV每周六都停在店门口，车主是常来卖唱片的蒋先生。
        员工档案：曹丽，入职2021年3月，月薪5800元，身份证420106199012280648，紧急联系人（母亲）139 7150 2284。
        上次来闹事的韩磊，之前因为在潘家园倒卖赃物被派出所拘留过，群里的人都认识他。
        寄售合同乙方：谢国强，出生日期1977年11月3日，住西安市雁塔区小寨东路和平小区7号楼1单元1602，手机133 7920 4561。
        邻居彭玉梅阿姨说她老伴住院做了心脏搭桥，家里那批老唱片想托我们卖掉凑医药费。
        藏友群踢人记录：昵称“黑胶老炮”，微信号heijiao_lp77，真名吕志刚，多次收款不发货。
        闲鱼买家“苏州小沈”就是沈佳怡，苏州大学大三学生，她说等奖学金下来再付尾款。
        我的求书单也放这儿：我叫钱文博，手机150 0217 3386，收张爱玲早期版本，有的请联系我。
        {"member_id": "M0581", "name": "魏晨", "phone": "18810273365", "id_no": "610113197711032192", "level": "金卡"}
        2025-04-12 14:03:21 INFO buyback_id=BB0912 seller=宋美玲 phone=13701652284 amount=1850 payment=alipay
        会员投诉：罗建华说店员把他的手机号139 0174 6629泄露给了别的藏家，他现在天天接到骚扰电话。
        收书时发现一本书里夹着病历，患者田雨，诊断抑郁症，已联系卖书的人来取回。
    """),
    "zh-Hant": _lines("""
        寄賣人：陳家豪，香港身份證K384921(A)，電話9137 2846，寄賣許冠傑黑膠三張。
        顧客梁美華住九龍觀塘協和街88號12樓C室，她說下週會親自把那批舊書送過來。
        會員林志明（身分證字號F226915040）上個月在店裡跌倒扭傷腳踝，他太太要求我們賠醫藥費。
        台北藏家吳宗翰，LINE ID：wu_vinyl_0712，手機0912-384-756，想收中國唱片社的紅標唱片。
        黃淑芬說月底從澳門過來領寄賣款，她的澳門手機是6623 4187，兒子在澳門讀中四。
        鄭偉倫欠本店三期分期款共港幣12,000元，律師信已寄到他家：沙田第一城32座18樓F室。
        估價客戶：何詠詩，電郵wingsze.ho88@gmail.com，出生日期1988年4月12日，黑膠27張。
        收藏會名冊：蔡明哲｜B287303164｜0937-226-518｜台中市西屯區福科路某巷12號5樓
    """),
    "en": _lines("""
        Consignor: Daniel Koh, NRIC S8734215H, mobile 9127 4480, left 8 jazz LPs on 3 March, payout to DBS 072-1-384559.
        Complaint from Mrs Lim Bee Hoon: she says the Teresa Teng LP we sold her husband is a counterfeit; her address is Blk 412 Bedok North Ave 2 #08-117.
        Our part-timer Jason Wu told me he has just been diagnosed with ADHD and asked to skip the Saturday fair shifts.
        Buyer from KL: Nurul Aina binti Ahmad, MyKad 880412-14-5526, phone 012-738 4419, ships to her condo in Cheras.
        Rachel Zhang (rachel.zhang.books@outlook.com) is the former staffer who has been posting our member list on Xiaohongshu.
        Expat collector Tom Whitfield lives in Unit 1403, Building 3, Jianwai SOHO, Chaoyang; UK passport 533817264 on file for the buyback.
        Member #0442 Peter Chan, HKID P153806(7), DOB 1979-06-15, bought 23 LPs last year totalling HK$41,200.
    """),
    "mixed": _lines("""
        估价单 / Valuation slip：客户 Sarah Lin 林思雅，WeChat: sarahlin_1990，手机 +86 136 2147 8093，12 LPs。
        Staff note：老顾客 Kevin Zhou 周凯文最近刚被裁员，他说要把整面墙的 vinyl 都卖了还房贷。
        M1093,叶子涵,+86 189 1102 6457,广州天河,gold,2023-08-14
        Order #YJ0731 ship to: 唐小雨, 广州市天河区龙口西路龙口西小区7栋502房, tel 137 2841 6605
        群公告 update：上周被骗的那位 member 是 @vinyl_june（何俊，住上海虹口区），骗子已被警方立案。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一家上海旧书店的在线客服助手，负责解答收书、估价和预约上门的问题。"),
        ("user", "你们收民国期刊吗？一般怎么估价？"),
        (
            "assistant",
            "收的。民国期刊主要看刊名、期号是否连续、品相和有无缺页，创刊号和终刊号价格会高一些。可以先拍几张封面和版权页发给我们初步估价。",
        ),
        (
            "user",
            "好的，我想预约周六上门，地址是上海市虹口区四川北路1999弄6号301室，我叫方丽萍，电话138 1672 0459。",
        ),
        (
            "assistant",
            "已为您登记周六上门：方丽萍女士，虹口区四川北路1999弄6号301室，电话138 1672 0459。师傅出发前会先给您打电话。",
        ),
    ],
    [
        ("system", "你是一个帮助唱片店老板处理日常经营问题的助手。"),
        (
            "user",
            "我们群里的老周，就是周建平，最近老是赊账买唱片，听说他刚跟老婆离婚，房子也判给了女方，我还要不要继续赊给他？",
        ),
        (
            "assistant",
            "建议暂停赊账，改为现结或先付定金。已有的欠款可以和他约一个分期还款计划，并写成书面借据，双方签字留存。",
        ),
        ("user", "他已经欠了四千多了，怎么开口比较好？"),
        (
            "assistant",
            "可以私下沟通，语气平和，说明店里资金周转紧张，以后统一现结，并提出一个他能承受的还款节奏，避免在群里公开讨论。",
        ),
    ],
    [
        ("system", "You are an assistant for a second-hand record shop in Shanghai."),
        (
            "user",
            "Can you draft a short consignment agreement for a customer leaving 20 LPs with us?",
        ),
        (
            "assistant",
            "Sure. Here is a template: Consignor [name], ID/passport [number], phone [number]; items listed in Schedule A; commission 20% of sale price; term 90 days; unsold items returned on request.",
        ),
        (
            "user",
            "Please fill it in. Consignor is Mark Liang, passport E83920517, phone 159 2108 4472, payout to his ICBC account 6222 0210 0114 3857 662.",
        ),
        (
            "assistant",
            "Consignor: Mark Liang, passport E83920517, phone 159 2108 4472. Payout account: ICBC 6222 0210 0114 3857 662. Items: 20 LPs as per Schedule A. Commission: 20%. Term: 90 days.",
        ),
    ],
    [
        ("system", "你是一位熟悉古舊書買賣的顧問。"),
        (
            "user",
            "我父親黃永康最近確診阿茲海默症，他以前在廣州文德路開舊書店，家裡還堆著幾千本書，他現在已經認不出人了，我想問這些書怎麼處理比較好？",
        ),
        (
            "assistant",
            "很遺憾聽到令尊的情況。建議先請兩三家有口碑的古舊書店上門看書，把線裝書、民國版本和普通舊書分開估價，貴重的可考慮委託拍賣行。",
        ),
        ("user", "需要先辦什麼手續嗎？"),
        (
            "assistant",
            "如果令尊已無法自行處理財產，大額出售前最好先和家人商量並保留書面記錄，必要時諮詢律師辦理監護或委託手續。",
        ),
    ],
    [
        ("system", "你是书店会员系统的查询助手，可以读取会员资料。"),
        ("user", "帮我查一下会员M0333的联系方式，他寄售的那张崔健黑胶卖掉了，要通知他结算。"),
        (
            "assistant",
            "会员M0333：余志鹏，手机187 2035 9148，登记的收款账户为招商银行6225 8802 1437 5519。",
        ),
        ("user", "好，那我直接转账给他。"),
    ],
    [
        ("system", "你是一个帮用户写二手平台商品文案的助手。"),
        ("user", "帮我写一条闲鱼文案，卖一张 The Beatles - Abbey Road 的英版黑胶，品相 VG+。"),
        (
            "assistant",
            "【英版 Abbey Road 黑胶】The Beatles 经典专辑，英国压制，盘面 VG+，轻微使用痕迹，试听无跳针，封套完整。诚心出，可小刀。",
        ),
        (
            "user",
            "加上我的联系方式：我叫卢浩然，微信 leo_records_sz，同城可以来我家自取，深圳市福田区景田北路景田南15栋3B。",
        ),
        (
            "assistant",
            "已加上：联系人卢浩然，微信 leo_records_sz，可到深圳市福田区景田北路景田南15栋3B自取。提醒一下，公开发布家庭住址有风险，建议改成在地铁站附近面交。",
        ),
    ],
    [
        ("system", "你是一个帮小店老板解答劳动用工问题的助手。"),
        (
            "user",
            "我们旧书店的店员吴婷婷最近请了两周病假，说是做了流产手术，老板问我能不能按事假扣她工资，这样合法吗？",
        ),
        (
            "assistant",
            "按照相关规定，女职工流产可享受相应的产假待遇，不能按事假扣工资。建议按规定给假并正常发放工资，同时注意对她的病情保密。",
        ),
        ("user", "明白了，那我去跟老板说。"),
    ],
    [
        ("system", "You are a compliance assistant for a used-record shop in Chengdu."),
        (
            "user",
            "How should we verify a seller's identity for a high-value buyback, say over RMB 10,000?",
        ),
        (
            "assistant",
            "Check an original ID document in person, record the seller's name and ID number, ask how they acquired the items, and keep a signed declaration of lawful ownership.",
        ),
        (
            "user",
            "The seller is Feng Yuhang (冯宇航), ID 51010719950611287X, says he inherited the records from his grandfather. Is the ID valid?",
        ),
        (
            "assistant",
            "The check character X is correct for that number. It indicates a male born on 11 June 1995, registered in Wuhou District, Chengdu. Still compare the photo with Mr Feng in person before paying.",
        ),
    ],
    [
        ("system", "你是一个给黑胶爱好者提供建议的助手。"),
        (
            "user",
            "有个藏友叫严少华，邀请我去他家看他收藏的两千张唱片，他家在北京东城区南锣鼓巷旁边的雨儿胡同23号院东厢房，我一个人去安全吗？",
        ),
        (
            "assistant",
            "第一次见面建议白天去，提前告诉家人或朋友你的去向，最好约一位熟悉的藏友同行，交易时走平台或当面验货付款。",
        ),
        ("user", "他还说要我带现金过去，有点担心。"),
        (
            "assistant",
            "不建议携带大额现金，可以用转账并保留聊天记录，如对方坚持只收现金，就要多一分警惕。",
        ),
    ],
    [
        ("system", "你是一位熟悉兩岸寄件與報關的助手。"),
        ("user", "請問從台灣寄黑膠唱片到上海，要注意什麼？"),
        (
            "assistant",
            "唱片要用專用紙箱加硬板保護，申報時註明數量和價值；個人物品寄大陸，收件人通常需要提供身份信息用於清關。",
        ),
        (
            "user",
            "收件人是我表姊孫雅婷，地址上海市長寧區愚園路1088弄3號602室，電話+86 139 1834 2706，她的身分證號是330106198801304626，這樣填可以嗎？",
        ),
        (
            "assistant",
            "可以，收件人姓名須與身分證一致：孫雅婷，證號330106198801304626，電話與地址也請完整填寫，方便海關和快遞聯繫。",
        ),
    ],
]
