# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix27: 中英马混合 跨境电商与物流（卖家后台、报关清关、HS编码、集运仓、代购、Shopee/Lazada/Taobao 纠纷与退款）. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix27
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "卖家后台备注"): _lines("""
        备注：SKU TW-MASK-30P 库存只剩 42 盒，Lazada 大促前记得补货，别超卖！！
        1111大促 voucher 已设好：min spend RM80 减 RM12，限前500单，店铺 code LEWA1111
        退货率上月 6.8%，主要是尺码问题，listing 里 size chart 改成 cm + inch 两种
        Shopee SG 后台 Late Shipment Rate 12.5%，超过10%会被扣 penalty point，仓库周五前全部 ship out
        订单 2311057QXW3J8K 已取消，原因：买家拍错颜色，系统自动退款，无需处理。
        主图别再用带水印嘅供应商图了，上次被判 IP infringement 下架了3个listing
        店铺评分 4.9 → 4.7，差评集中在"包装破损"，换加厚飞机盒+气泡膜，每单成本多 RM0.35
        Tmall Global 旗舰店入驻资料：营业执照、商标注册证、品牌授权链路，缺一不可，周一前交给招商小二
        定价公式：采购价×1.15 ÷ 汇率(1 MYR=1.52 CNY) + 头程 + 平台佣金5.5%
        ERP 同步脚本 v2.14.3 (commit 9f3a7c1e) 修复了 Lazada API 订单重复拉取，旧版本请勿再跑
        客服话术更新：遇到 item not received 先查 tracking，48h 内未签收再开 claim，不要一上来就说退款
        Dr. Martens 1460 是品牌授权款，上架必须附 invoice，不然平台会要 brand authorization letter
        李锦记 Lee Kum Kee 蚝油 510g 断货，淘宝供应商说下周三补，listing 先设 pre-order 7天
    """),
    ("zh-Hans", "报关与清关"): _lines("""
        跨境电商零售进口商品单次交易限值为人民币5000元，个人年度交易限值为人民币26000元。
        限值以内进口商品关税税率暂设为0%，增值税、消费税按法定应纳税额的70%征收，综合税率一般为9.1%。
        HS编码 3304990099：其他美容品或化妆品及护肤品；申报要素：品名、品牌、用途、成分、包装规格。
        报关单号 530120251000887214 已放行，请通知仓库安排提货。
        申报要素不全被退单，需补充"是否零售包装""适用人群""品牌类型（境外品牌/自主品牌）"。
        监管方式：9610 跨境电商B2C出口，9710 B2B直接出口，9810 出口海外仓，1210 保税跨境贸易电子商务。
        婴幼儿配方乳粉 HS 1901101000，境外生产企业须在海关总署注册名单内方可进口。
        查验通知：提单号 COSU6238814570，柜号 TGHU8830415 被布控查验，请于明日9:00前到前湾港查验场。
        锂电池货物须提供 MSDS、UN38.3 测试报告及1.2米跌落测试报告，否则空运无法订舱。
        个人行邮物品税率分为13%、20%、50%三档，化妆品、烟酒及贵重首饰适用50%。
        海关总署地址：北京市东城区建国门内大街6号；海关服务热线 12360。
        三单对碰要求订单、支付单、物流单一致，且订购人须与支付人为同一人，否则无法通关。
        原产地证 Form E（中国—东盟）编号 E253201234560017 已签发，可享受协定税率。
    """),
    ("en", "freight forwarder notices"): _lines("""
        Cut-off for LCL consolidation to Port Klang this week is Thu 17:00, CFS closing Fri noon.
        Pls note Yantian terminal congestion, MAERSK KOLKATA V.447W delayed 3 days, new ETD 12 Dec.
        Air freight CAN-KUL rate update: USD 3.20/kg for +100kg, FSC included, valid till 31 Dec 2026.
        DDP sea to Singapore door-to-door 18-22 days incl. GST 9%; sensitive cargo (liquids/powders/batteries) +SGD 1.50/kg.
        Volumetric weight = L x W x H (cm) / 6000 for air, / 5000 for express; chargeable weight is whichever is higher.
        HAWB 880-41729635 arrived KUL, pending customs clearance, est. release T+2.
        Reminder to all shippers: CI must show HS code, unit price, incoterm and COO, otherwise JKDM will hold the cargo.
        Container MSKU7782941 gated out of Westports at 14:32 MYT, trucker ETA warehouse 16:30.
        Our SG warehouse at 21 Toh Guan Road East is open Mon-Sat 9am-6pm for self collection, bring your booking ref.
        PSS USD 300/40HQ effective 1 Nov on all FE-SEA lanes, no exceptions for contract rates.
        Tracking 1Z999AA10123456784 shows "Exception: address incomplete", consignee to update unit no. via carrier portal.
        LEX MY pickup window changed to 2pm-6pm from Monday; parcels not packed by then roll to next day.
        FYI the CNY shutdown: factories in Yiwu close 20 Jan - 12 Feb, book space before 10 Jan or expect GRI.
    """),
    ("mixed", "集运仓公告"): _lines("""
        【集运公告】马来西亚海运专线 12月第二柜 12/09 截仓，预计1月初到吉隆坡仓，请大家提前合箱🙏
        集运地址填写：收件人 = {会员编号}-{昵称}，电话 = 仓库统一号码，地址照抄小程序"我的仓库地址"
        敏感货（带电、液体、粉末、磁性）只能走敏感线，普货线查到一律退回，运费不退。
        国庆放假：10/1-10/5 停止收货，10/6 恢复入库，期间到件由快递暂存。
        合箱费 RM3/单，打木架 RM25 起，易碎品建议加购"防震包装服务"。
        包裹入库免费仓储30天，超期 RM0.5/天/件，超过90天视为弃件处理。
        台湾集运须知：收件人要先下载 EZ WAY 易利委 完成实名认证再申报，否则包裹会在海关滞留。
        📦 新加坡空运专线本周已发3批，tracking 统一在小程序"我的包裹"查看，不用私信客服问单号
        拒收品类：仿牌、肉类食品、药品、刀具、烟草、植物种子，查获没收，后果由寄件人承担。
        Batch MY-SEA-2512-02: 1,284 parcels, 9.62 CBM, 2,140 kg, departed Nansha 2025-12-14.
        收费：海运普货 RM12 首重1kg，续重 RM8/kg；空运 RM28/kg；体积重 = 长×宽×高/6000
        顺丰香港自提点：九龍灣宏照道39號企業廣場3期地下，營業時間 10:00-20:00。
    """),
    ("en", "Shopee/Lazada listings"): _lines("""
        [READY STOCK] Redmi Buds 6 Active TWS Earbuds BT 5.4 | 1 Year Local Warranty | COD Available
        🔥Jo Malone London English Pear & Freesia Cologne 100ml 100% Original w/ Receipt🔥
        Van Gogh The Starry Night Canvas Print 40x60cm Frameless Wall Art Home Decor
        Harry Potter Hogwarts Acceptance Letter Replica Gift Set - personalised name NOT included
        Sun Wukong Monkey King figurine 18cm PVC, Black Myth inspired, with box
        Anessa Perfect UV Sunscreen Skincare Milk SPF50+ PA++++ 60ml (Japan import, exp 2028/03)
        Taobao direct | Women linen wide-leg pants M-3XL, ships from Guangzhou in 3-5 days, no free return
        Mr. Bean Teddy plush 9 inch official licensed, brown, suitable 3+
        LazMall | Aptamil Stage 3 800g x2 bundle RM219.90 (RM109.95/tin)
        Size chart: S bust 84cm / M 88 / L 92 / XL 96. Model is 168cm 50kg wearing size S.
        Tom Ford Lip Color 16 Scarlet Rouge 3g - tester, no box, 6-8 days from HK warehouse
        Shopee Coins 15% cashback + Free Shipping min. spend RM15, checkout before 12.12 midnight!!
        4.8/5 (12.3k ratings) · 38.6k sold · Ships from Overseas · Preferred Seller
    """),
    ("ms", "Shopee/Lazada"): _lines("""
        Barang sampai dalam 7-14 hari bekerja dari gudang luar negara, sila beli dengan sabar ya 🙏
        Stok terhad! Tudung bawal cotton premium, 12 warna, saiz 45 inci, harga borong untuk 10 helai ke atas.
        Untuk pemulangan, sila rakam video unboxing penuh; tanpa video tuntutan barang rosak tidak diproses.
        Cukai jualan 10% dikenakan ke atas barangan bernilai rendah RM500 ke bawah yang dibeli secara dalam talian dari luar negara.
        Penghantaran percuma ke Semenanjung untuk pembelian melebihi RM50; Sabah & Sarawak caj tambahan RM8.
        Kedai tutup sempena Hari Raya Aidilfitri, pesanan akan dihantar semula mulai 3 April.
        Nombor penjejakan SPXMY03817264519 menunjukkan "Parcel dalam transit ke hab Shah Alam".
        Ibu Pejabat Kastam Diraja Malaysia, Kompleks Kementerian Kewangan, Presint 2, Putrajaya.
        Pickup point baru: Lazada Collection Point di Jalan Tun Razak, berhampiran Hospital Kuala Lumpur, buka 10 pagi - 10 malam.
        Jangan kongsi nombor IC atau akaun bank dalam chat; pihak Shopee tidak akan meminta maklumat ini.
        Harga RM39.90 sahaja (asal RM69.90), flash sale 8 malam ini, had 2 unit seorang.
        Produk berdaftar dengan KKM, no. notifikasi NOT250301234K, sesuai untuk kulit sensitif.
    """),
    ("mixed", "纠纷与退款模板"): _lines("""
        亲，您好～您的订单 {order_id} 已于 {ship_date} 发出，物流单号 {tracking_no}，预计 {eta} 送达，请留意查收哦
        Dear {buyer_name}, sorry your parcel arrived damaged. Pls upload photos of the outer box and the item within 3 days so we can process the refund.
        退款规则：未发货全额退款；已发货未签收需拦截成功后退款；签收后7天无理由退货，买家承担回寄运费。
        Return/Refund request #RR2512039917 approved - RM56.80 will be credited to ShopeePay within 24 hours.
        平台判责：纠纷单 DS20251203118 判卖家责任，扣保证金 ¥200，可在3个工作日内申诉。
        处理纠纷时，聊天截图里的买家手机号、地址一律打码后再上传共享盘，原图不要发到海外客服群。
        Template (EN): "Hi {name}, your return label is attached. Drop the parcel at any {carrier} counter before {deadline}."
        淘宝退货地址模板：收件人【店铺售后】，电话【店铺客服电话】，地址【以后台显示为准】，请勿寄到付件。
        Chargeback reason code 13.1 (Merchandise/Services Not Received): attach POD with signature and timestamp.
        退款时效：支付宝原路返回1-3个工作日，信用卡7-15个工作日，PayNow / DuitNow 即时到账。
        Lazada dispute SLA: seller must respond within 48h, otherwise system auto-approves the buyer's claim.
        客服注意：模板里不要写死任何真实姓名或电话，统一用 {{买家昵称}}、{{订单号}} 变量。
    """),
    ("zh-Hans", "行业新闻"): _lines("""
        1999年，马云与十七位创始人在杭州湖畔花园创立阿里巴巴，淘宝网于2003年上线。
        雷军在2024年3月的小米SU7发布会上公布了该车型的售价。
        郑和于1405年至1433年间七下西洋，船队曾多次停靠马六甲。
        据海关总署统计，2024年我国跨境电商进出口2.63万亿元，同比增长10.8%。
        Sea 集团创始人李小冬（Forrest Li）在财报电话会上表示，Shopee 已连续多个季度实现调整后EBITDA为正。
        新加坡自2023年1月1日起对进口低价值商品（400新元及以下）征收商品及服务税，现行税率为9%。
        马来西亚自2024年1月1日起对网购进口的低价值商品征收10%销售税。
        吉隆坡敦拉萨路（Jalan Tun Razak）以马来西亚第二任首相敦阿都拉萨命名，沿线聚集多家物流公司办事处。
        《西游记》中孙悟空大闹天宫的故事被改编为游戏《黑神话：悟空》，带动相关周边在东南亚热销。
        陈嘉庚于1921年创办厦门大学，如今厦大开设了跨境电子商务相关课程。
        2025年"双11"期间，某头部集运平台单日入库包裹量突破120万件，同比增长35%。
        李宁牌运动鞋在 Lazada 开设官方旗舰店，品牌以1984年洛杉矶奥运会三金得主李宁命名。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        收件人：罗佳怡，138 2615 4093，广州市天河区华景新城12栋1502，订购人身份证 440106198803124720
        这票奶粉清关卡住了，海关说订购人黄志强和支付人黄晓婷不一致，黄志强身份证350203197902063513，麻烦让他本人重新下单
        代购备注：吴老师（吴丽萍）每月固定要2瓶 Swisse 钙片，她有骨质疏松，寄杭州市西湖区翠苑一区17幢3单元402，微信 wlp_hz0914
        前合作卖家刘建国因低报价格走私普通货物，被判处有期徒刑三年，案号（2023）粤03刑初1187号，以后别再跟他拿货。
        仓库打包员周海燕11月工资6850元，加班费1240元，工资卡建行 6217 0012 3456 7890 122。
        退款请退到我老公的卡：陈志远，农业银行 6228 4809 1276 5433 012
        司机李国强 粤B·7K29Q 今天负责从东莞仓拉货去盐田，手机 13924760851
        面单：王*华 138****4092 上海市浦东新区张杨路1188弄7号602室（王先生说放门口鞋柜）
        客户徐静怡怀孕5个月，买的祛痘精华含维A酸，客服已提醒她先问医生，她手机 186 0211 7734
        团购群@桂芳姐（张桂芳，南宁市兴宁区民主路18号3栋201，身份证450102198707153026）下次集运记得帮她合箱
        海关退单：订购人孙浩然（身份证 420106199304182353）本年度跨境消费额已超26000元限额
        投诉人何美玲，淘宝账号 hemeiling_88，说收到假货要求三倍赔偿，电话 152 1739 8846
        我婆婆郭玉珍72岁，有高血压和糖尿病，香港代购的降压药请寄到张家港市杨舍镇暨阳湖花苑9幢1101
        集运会员 HK2317 真名梁晓彤，手机 +86 177 2093 6518，已经三次寄到付件被拒收
        跟单小林（林振宇）下周去吉隆坡看仓，护照 EJ4827163，身份证 440305199508201171，机票已出
        宁波海关缉私局来电询问卖家朱文斌（135 8746 2290）去年3月的37票9610出口申报是否拆单逃税
        赵明月住杭州市滨江区长河街道春波小区4幢2单元701，每次都让放丰巢柜，取件码发她 137 5812 0946
        售后记录：买家蒋文涛收到的电动牙刷漏电，手部二度烧伤，在上海市第六人民医院治疗，已申请赔偿¥8,600
    """),
    "en": _lines("""
        Consignee: Tan Wei Jie, Blk 628 Ang Mo Kio Ave 4, #09-1147, Singapore 560628, HP 9127 4836
        GST refund for returned goods - importer Lim Shu Fen, NRIC S8837462B, pay to her POSB a/c 192-48373-1
        Hi team, buyer Nurul Aisyah binti Kamal (IC 920716-10-6348) says the parcel was signed by someone else at her house, No. 27 Jalan SS 15/4C, 47500 Subang Jaya.
        Our packer Rajesh Kumar s/o Murugan (FIN G5183920Q) hurt his back at the Tuas warehouse on 3 Dec, MC 5 days.
        Pls refund to my Visa 4532 0187 6543 2100, cardholder Chloe Wong Hoi Yan, exp 09/28.
        Deliver to Mr Chan Ka Ming, Flat 12B, Tower 3, Laguna City, Kwun Tong, tel 9461 2837; HKID Y402917(6) for the import licence.
        Amy Tsai's LINE ID is amy.tsai0623, she wants the order split into 2 parcels under NT$2,000 each to avoid import tax.
        Driver Muhammad Hafiz bin Rosli (lorry WXY 4821) late again, RM50 will be deducted from his RM2,100 salary this month.
        Warehouse mgr Goh Siew Ling is on maternity leave from 15 Dec; for emergencies call her husband Daniel Goh at 8236 1947.
        Seller acct banned: KYC shows the IC of Ong Chee Keong 850412-14-5237 but the payout bank account is under Lee Mei Xin.
        Dispute #DS-77120: buyer Priya Nair (priya.nair88@gmail.com) claims empty box again, her last 3 claims were rejected as fraud.
        AWB update: consignee Tay Hui Min, 18 Jurong West St 91 #11-203 S640018, +65 8712 3046, pls leave with neighbour at #11-205.
    """),
    "mixed": _lines("""
        买家 Siti N*** binti Ahmad，012-4**-7731，No. 14 Jalan SS2/55, 47300 Petaling Jaya，她说上次 COD 现金给了骑手但系统显示未付款
        台湾集运件：收件人蔡宜芳，身分證 A228734511，手機 0912-483-675，EZ WAY 已認證，台北市大安區復興南路二段151巷8號4樓
        Shopee SG 买家 Tan Bee Leng 要求改地址 to Blk 312 Tampines St 32 #05-88 S520312，HP 9823 4156，说8号前要收到做生日礼物
        代购 Candy 的 WhatsApp +60 12-738 4492，本名 Wong Siew Mei，IC 880523-01-6542，每次都要 COD
        🚨黑名单买家：Lau Kok Wah，Lazada 账号 kokwah_lau77，电话 016-582 9013，一年内恶意退款11次，各店铺拒绝发货
        香港件收件人 Ho Ka Yan 何嘉欣，HKID R736054(0)，新界沙田第一城38座21樓F室，電話 6128 7395
        客服小陈 Chen Yu Ting 的 payslip：basic RM3,200 + commission RM870，EPF no. 18273645，下个月调去 Penang 仓
        Taobao 代付：我帮表妹林佳慧付款，她在新加坡读书，FIN F2749163N，住 Blk 3 Prince George's Park #07-12
        Grab 司机说收件人 Arun Kumar a/l Subramaniam 不在，I called his wife Lakshmi 019-337 4820，她说 Arun 骨痛热症住院了，parcel 放 guardhouse
        退税申请人 郑伟 ZHENG WEI，passport E72839156，出境日期 2025-11-28，退税到 Mastercard 5524 3309 8712 3459
        收件人 Mdm Lim Ah Moi，91岁独居，Blk 45 Sims Drive #02-211，订单是社工帮她下的成人纸尿裤，送到请敲门大声点她耳背
        微信 wxid_k82mq0s7a1 就是那个 KL 代购阿杰 Lee Kah Kit，上个月在 KLIA 被海关扣了30罐奶粉，罚款 RM5,000
    """),
    "ms": _lines("""
        Penerima: Nur Syafiqah binti Ahmad Zaki, No. 8, Jalan Melur 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Tel: 013-264 8810
        Pembeli Mohd Faizal bin Hassan (IC 901203-12-5583) minta bayaran balik ke akaun Maybank 1620 8834 5521 atas nama beliau.
        En. Rahman bin Ismail, pemandu lori kami (JQT 6620), dimasukkan ke wad Hospital Sultan Ismail sebab kencing manis tak terkawal.
        Saya Aina Sofea, 011-2738 4015, tolong hantar ke rumah mak saya Puan Rosnah, Lot 1127 Kampung Baru Sungai Buloh.
        Pelanggan Lim Chee Wai (chee.wai.lim@yahoo.com) mengadu ubat darah tinggi untuk ayahnya Lim Ah Kow, 78 tahun, rosak semasa penghantaran.
        Pekerja gudang Siti Hajar binti Omar, gaji pokok RM1,800, cuti bersalin mula 2 Januari, no. KWSP 20384756.
        Penjual Shopee Azlan bin Yusof didakwa di Mahkamah Sesyen Johor Bahru kerana jual kosmetik tiruan, kes JB-62S-118-09/2025.
        DuitNow ke 012-715 3398 (Tan Kah Seng) untuk bayaran pos, tulis "ORDER 2512" sebagai rujukan ya.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "亲，爱他美白金版1段还有货吗？帮我代购4罐"),
        ("assistant", "有的，澳洲直邮，4罐一箱，大概10-15天到，需要提供收件人实名信息清关哦。"),
        ("user", "收件人写我妹妹 宋晓雯"),
        ("user", "身份证 330106198509142869"),
        ("user", "寄杭州市西湖区古荡新村东区5幢1单元303，电话 158 6723 0419"),
        ("assistant", "收到，已下单，单号出来发您。"),
    ],
    [
        (
            "system",
            "You are the customer service assistant of a Shopee MY seller. Be polite and concise.",
        ),
        ("user", "hi my order 2511289KQ3TM7P still not received, tracking says delivered??"),
        (
            "assistant",
            "Sorry about that! Could you confirm the delivery address so I can check with the courier?",
        ),
        (
            "user",
            "it's my mum's house - Puan Zainab binti Abdullah, No 32 Lorong Kenari 5, Taman Bukit Indah, 81200 Johor Bahru",
        ),
        (
            "user",
            "she's 70+ and was in hospital for her knee op that day, so nobody could have signed",
        ),
        (
            "assistant",
            "Thank you, I've raised a claim with SPX Express and will update you within 48 hours.",
        ),
    ],
    [
        ("system", "你是台湾集运客服机器人，只回答集运流程问题。"),
        ("user", "EZ WAY 一直显示认证失败怎么办"),
        ("assistant", "请确认身分證字號与手机门号为本人名下，且姓名与申报资料完全一致。"),
        ("user", "我是陳冠宇，身分證 F105738292，門號 0926-551-708，都是我本人的啊"),
        ("assistant", "资料格式正确，建议重新安装 App 后再认证一次，如仍失败请致电关务署。"),
    ],
    [
        ("user", "蓝牙音箱出口到马来西亚 HS code 用哪个？"),
        (
            "assistant",
            "一般归 8518.22 多喇叭音箱或 8518.21 单喇叭音箱，具体看产品结构，建议附上产品图确认。",
        ),
        ("user", "ok 那 consignee 写我哥就行吧"),
        (
            "user",
            "孙浩宇，身份证 310115199205271036，他在 KL 的地址是 Unit 15-3A, Residensi Vista, Jalan Klang Lama",
        ),
        ("assistant", "可以，但马来西亚进口清关通常要求收件人提供护照或 MyKad 信息，请提前准备。"),
    ],
    [
        ("user", "Lazada seller center asked for my IC for payout verification"),
        (
            "assistant",
            "That's normal for new sellers. Please upload it only through Seller Center, not via chat.",
        ),
        ("user", "ok but can you check if this format is right: 950830-07"),
        ("user", "-5127, name Mohd Irfan bin Zulkifli"),
        (
            "assistant",
            "I can't verify IC numbers here. Please follow the upload steps in Seller Center > Finance.",
        ),
    ],
    [
        ("user", "順豐件 SF1428837716203 幾時派到？"),
        ("assistant", "顯示已到九龍灣轉運中心，預計明天派送。"),
        (
            "user",
            "收件人係我阿爸 黃國雄，地址 將軍澳 尚德邨 尚智樓 1815 室，佢 HKID M219843(1)，唔該派之前打 5378 2046",
        ),
        ("assistant", "已備註，派送前會先致電。"),
    ],
    [
        ("system", "Refund assistant for a cross-border seller on Shopee SG."),
        ("user", "refund can do PayNow? faster"),
        (
            "assistant",
            "Yes, we can refund via PayNow. Please provide the PayNow-registered NRIC or mobile number.",
        ),
        ("user", "NRIC T0291735H, name Jeremy Koh Jun Wei"),
        ("assistant", "Thanks Jeremy, the refund of S$42.60 will be sent within 1 working day."),
    ],
    [
        ("user", "帮我把订单 250418M2XPD6QW 的收件地址改一下"),
        ("assistant", "好的，请提供新地址和收件人。"),
        ("user", "就改成我公司那边，你看着填，名字还是我"),
        (
            "assistant",
            "已为您修改为：收件人 冯子健，广东省深圳市南山区粤海街道科技园高新南九道 德赛科技大厦 2106，电话 136 9124 3857，请核对。",
        ),
        ("user", "对的 thx"),
    ],
    [
        ("user", "Do you ship Accu-Chek test strips to Singapore? for my daughter"),
        ("assistant", "Yes, we ship medical consumables to SG. Quantity limits may apply."),
        ("user", "she's Ng Xin Yi, 9 years old, type 1 diabetic, we go through 200 strips a month"),
        ("user", "address 502 Jurong West Ave 1 #03-77, S640502"),
        ("assistant", "Noted, 4 boxes of 50 strips will be sent by air, ETA 5-7 days."),
    ],
    [
        ("system", "你是淘宝卖家的运营助理，帮忙写回复和分析数据。"),
        ("user", "帮我写个回复，买家在评论区骂我们卖假货"),
        ("assistant", "可以，建议语气克制，附上品牌授权和进货凭证，并邀请买家联系客服处理。"),
        (
            "user",
            "这人叫孔德伟，我查到他住 北京市海淀区学院路 30 号 科大天工大厦 对面的 静淑苑 6 号楼 1203，身份证 110108196703092810",
        ),
        ("user", "我想直接给他家寄律师函，你帮我起个草稿"),
    ],
]
