# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh279: 简体中文 钱币收藏与邮票集藏（藏品鉴定评级、拍卖委托、藏友群交易、假币纠纷、邮寄保价、会员登记）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh279
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "拍卖公告"): _lines("""
        【征集公告】2027春季钱币专场即日起开始征集，截止日期2027年3月15日；征集范围包括清代机制币、民国金银币、历代纸币及现代纪念币，送拍咨询热线400-615-8890（工作日9:00-18:00）。
        本公司拍卖经营批准证书编号1101202300127，统一社会信用代码91110105MA01C7XK3R，春拍预展地址：北京市朝阳区东三环北路38号艺苑展厅二层，免费入场。
        Lot 2317：民国三年袁世凯像壹圆银币（O版），PCGS MS63，评级编号48213377，估价人民币12,000-18,000元，起拍价8,000元，加价幅度按本公司竞价阶梯执行。
        买受人佣金为落槌价的15%，网络竞拍另加收3%平台服务费；成交后七日内须付清全部款项，逾期视为违约，竞买保证金不予退还。
        预展时间：2027年4月26日至27日 10:00-18:00；拍卖时间：4月28日上午9:30起，钱币专场 Lot 1-1850，邮品专场 Lot 1851-3120，同步网络直播。
        特别提示：本场所有评级币均以评级公司官网可查询信息为准，拍卖公司不对评级结论承担担保责任，敬请竞买人于预展期间亲自审看实物。
        图录勘误：第86页Lot 1042原标注“光绪元宝北洋造34年”应更正为“北洋造光绪三十四年壹圆”，评级分数及估价不变，特此说明并致歉。
        竞买号牌办理须携带本人有效身份证件原件及保证金人民币50,000元；网上竞买可通过本公司官方App完成实名认证后领取电子号牌。
        邮品专场成交快讯：1980年T46庚申年猴票整版（80枚）以人民币138万元成交，这枚由黄永玉绘画、邵柏林设计的生肖邮票再次刷新本年度单版纪录。
        委托方须知：送拍藏品须附《委托拍卖合同》及藏品清单，公司出具的收件凭证编号格式为WT-2027-04519，请妥善保管以便查询拍卖进度与结算。
        敬告各位藏家：近期有不法分子冒用本公司名义以短信招揽“免费鉴定、包拍高价”，本公司唯一官方客服电话为010-6508-3370，官方邮箱service@jinyuanpaimai.com。
        秋拍成交结果已于官网公示：共计成交拍品2,846件，总成交额人民币1.27亿元，成交率91.4%，其中机制币板块成交额占比38%，纸币板块占比21%。
        依据《中华人民共和国拍卖法》第六十一条，拍卖人、委托人在拍卖前声明不能保证拍卖标的的真伪或者品质的，不承担瑕疵担保责任，请竞买人审慎出价。
    """),
    ("zh-Hans", "评级服务价目表"): _lines("""
        2027年度送评价目：普通流通纪念币每枚25元，银元及直径38毫米以上银币每枚120元，金币按申报价值1.5%计收，最低收费200元，价格含评级盒。
        PCGS代送服务：经济通道（Economy）单枚申报价值不超过3,000美元，收费USD 45；普通通道（Regular）申报价值不超过10,000美元，收费USD 75；每单另收手续费USD 10。
        纸币评级服务：第一套人民币单张80元，第二套人民币单张50元，第三套人民币单张30元，第四套及以后单张15元；加急通道（5个工作日）费用翻倍。
        邮票鉴定证书（含高清图片及防伪二维码）：单枚新票60元，信销票45元，实寄封片100元，整版票及小版张按枚数另议，证书遗失补办每份50元。
        评级盒重装或换盒每枚30元；若原盒破损系快递运输造成，凭原运单号及完整开箱视频可免费更换一次，人为摔落、划伤的不在免费范围内。
        团体送评优惠：单次送评满100枚享九折，满300枚享八五折；地方钱币学会、集邮协会等会员单位凭单位介绍信可再减免每单手续费。
        送评收件地址：上海市静安区江宁路212号11楼 收件部（公司收件地址，请勿在包裹内夹带现金），工作时间周一至周五9:00-17:30，节假日暂停收件。
        价目表中“申报价值”指委托方填写的市场参考价；如评级后发现申报价值明显偏低，公司有权按实际市场行情补收差额评级费与保价费。
        评级标签说明：MS表示未流通（Mint State），AU表示近未流通，XF表示极美品，VF表示美品；标注“Details”表示存在清洗、修补或严重划痕等问题。
        不予评级（NG）的情形包括：赝品、后加工改刻、严重损伤以及来源不明可能涉及文物出境管制的藏品；NG件每枚仍收取鉴定费40元。
        查询方式：登录官网或小程序，输入标签右下角8位或10位评级编号（示例：20475318）即可查看高清正反面图像、分数及评级日期。
        回寄费用：顺丰保价按申报总值0.5%收取，最低30元；EMS保价按1%收取；寄往香港、澳门及台湾地区的回寄费用及清关费用另行报价。
        2027年1月1日起，新版评级标签内置NFC芯片，使用手机贴近标签即可读取评级信息与防伪编码，旧版标签在有效期内继续使用，无需更换。
    """),
    ("zh-Hans", "门店员工工作群"): _lines("""
        仓库这边已核对完今天入库的38枚银元，评级盒编号都登记进共享表格了，还缺一张送评单，明早补齐后统一拍照上架，大家先别改库存数。
        提醒一下：周六的钱币沙龙场地已经订好，在宝安区新安六路商会大厦三楼会议室，下午两点开始，展柜和灯箱今晚下班前要装车，放大镜和电子秤也别忘了带。
        刚看了一下后台，订单号DD20270318004还没发货，这单要求顺丰保价，申报价3,500元，今天值班的同事麻烦处理一下，发完在群里回个单号。
        第四套人民币80版50元连号十张已经核对完，冠号尾号全部连续，品相都是全新UNC，今晚直播间按每张680元标价，不议价，不拆售。
        店里的点验钞机程序升级到v3.2.1了，能识别2019版百元券的光变油墨，但对老版本的识别率偏低，大家收币收钞时还是以人工鉴定为主。
        大家注意，最近外面流传的“宣统三年长须龙”高仿品很多，重量一般只有25.6克左右，正品应在26.7克上下，收货时一定要先上秤再看图。
        明天上午十点门店例会，议题：一、三月销售复盘；二、新到邮票年册定价；三、网店评分下降原因分析，请各组提前把数据整理好，会议预计一个小时。
        邮票公司发来的2027年邮票年册（含小型张）到货了，共60本，已经放进二号保险柜，暂不对外零售，先满足年初预订的订单，剩余的下周再上架。
        这周收到三起退货申请，都是快递外箱压损导致评级盒开裂，以后寄评级币统一用泡沫箱加气泡柱，运费模板我已经在后台改好了，大家打包时注意一下。
        直播间规则再强调一次：不得承诺“保真包涨”，不得对纪念币做任何收益预测，也不能说“国家回收”，违规会被平台限流甚至封号。
        财务通知：三月份的增值税发票已经开完，发票代码044031900111，号码从00281540到00281612，有开错的请在周五前报给财务统一红冲。
        今天下午评级公司上门收件，共两箱：A箱纸币120张，B箱银币46枚，封箱照片、送评清单和快递单号都已经上传到群文件了，请核对后回复收到。
        店长通知：清明节期间门店营业时间调整为10:00-16:00，线上客服照常值班，节后第一个工作日上午全员盘点库存，请勿请假。
    """),
    ("zh-Hans", "钱币与邮票知识"): _lines("""
        “袁大头”是民国三年起铸造的袁世凯像壹圆银币的俗称，因币面为袁世凯侧面头像而得名，发行量巨大，是收藏市场上最常见的银元品种。
        “孙小头”指1912年起铸造的孙中山像开国纪念币壹圆，因头像较小而得名；而“船洋”则是1933年起发行的孙中山像帆船图案壹圆银币。
        光绪元宝由各省造币厂铸造，张之洞任两广总督期间奏请设立广东钱局，引进英国机器铸币，开创了中国近代机制币的先河，广东省造“七三反版”尤为著名。
        第三套人民币于1962年4月20日开始发行，2000年7月1日起停止在市场上流通，其中“枣红一角”和“背绿一角”被藏家视为该套纸币中的珍品。
        鉴别银元真伪常用“吹音法”：用手指捏住币心，对着币边用力吹气后迅速放到耳边，真品会发出清脆悠长的“嗡”声，铅锡仿品声音沉闷短促。
        1962年发行的纪94《梅兰芳舞台艺术》邮票共8枚另加1枚小型张，以京剧大师梅兰芳的经典剧目为题材，其中小型张存世较少，价格居高不下。
        熊猫金币自1982年起由中国人民银行发行，除2001年与2002年采用同一图案外，每年更换熊猫设计，被誉为世界五大投资金币之一。
        邮票品相常用术语：“新票”指未经使用的原胶票，“盖销票”指邮局加盖邮戳但未实际寄递的邮票，“信销票”则是贴在信封上实际使用过的邮票。
        清末“大清银币宣统三年”壹圆有“长须龙”“短须龙”“反龙”“大尾龙”等版别，其中反龙和长须龙为试铸样币，市场上流通的绝大多数为仿品。
        香港造币厂于1866年开始铸造维多利亚女王像银元，因成本高昂仅运营约两年即告关闭，机器设备后来售予日本，成为大阪造币局的重要设备。
        纸币冠号是识别印制批次的重要依据，同一券别中冠号稀少的补号券、尾号为“88888”一类的趣味号，往往比普通号码溢价数倍甚至数十倍。
        世界上第一枚邮票“黑便士”于1840年5月在英国发行，票面为维多利亚女王侧面像，它的诞生源自罗兰·希尔倡导的统一低价邮资改革。
        鉴定机构常用X射线荧光光谱仪（XRF）检测银元成分，民国银元的标准成色约为银89%、铜11%，含银量明显偏低的多为后仿或改铸品。
    """),
    ("zh-Hant", "郵品拍賣目錄"): _lines("""
        Lot 508：1897年紅印花加蓋暫作洋銀小字當壹圓，舊票，背面原膠部分殘留，齒孔完整，附中華郵票會鑑定證書，估價港幣120,000至150,000元。
        Lot 512：1878年大龍郵票薄紙叁分銀，新票，齒孔完整，色澤鮮明，屬海關試辦郵政時期經典品種，估價HK$38,000起，底價不公開。
        Lot 527：香港1862年維多利亞女王頭像首套郵票全套七枚，舊票，部分帶「B62」香港郵戳，品相中上，適合經典時期郵集參展使用。
        Lot 630：1980年T46庚申年猴票四方連，新票原膠，由黃永玉繪畫、邵柏林設計，附香港郵學會鑑定證書，估價HK$78,000至90,000。
        Lot 655：中華郵政1965年國父百年誕辰紀念郵票全套四枚，新票上品，票面印有孫中山先生肖像，無黃斑無折痕，估價新臺幣2,800元。
        Lot 688：澳門1999年回歸祖國紀念小型張一套兩款，附澳門郵政原裝封套及說明卡，無黃斑，背膠完好，估價澳門幣600至800元。
        拍賣地點：香港灣仔港灣道1號香港會議展覽中心會議廳S421；預展日期2027年5月12日至13日，每日上午十時至下午七時，歡迎公眾參觀。
        本目錄所載郵品狀況以實物為準，圖片色彩或與實物略有偏差；買家酬金為落槌價之18%，電話及網上競投另加收2%服務費，恕不議價。
        Lot 744：1941年香港開埠百年紀念郵票全套六枚，貼於實寄封上，蓋「VICTORIA HONG KONG」郵戳，經海路寄往英國倫敦，封背有中轉戳。
        本目錄編號參照《斯坦利·吉本斯目錄》（Stanley Gibbons）2026年版及《楊氏中國郵票目錄》，如兩者有出入，以實物及鑑定證書為準。
        查詢請致電客戶服務熱線 +852 2815 6630 或電郵 stamps@harbourphilately.com.hk，辦公時間為星期一至五上午九時至下午六時（公眾假期除外）。
        Lot 801：1950年「中華人民共和國開國紀念」郵票（紀4）全套四枚，原膠新票，天安門圖案印刷清晰，附原始護郵袋，估價港幣3,500元。
        競投登記請於拍賣前48小時完成；電話競投及書面委託競投須預繳保證金港幣50,000元，成交後五個工作天內須付清全部餘款。
    """),
    ("en", "shipping_insurance_faq"): _lines("""
        Q: Can I insure a graded coin shipment sent by SingPost? A: Registered Article cover is limited, so for slabs above SGD 150 we use Speedpost Priority with declared-value insurance up to SGD 5,000.
        Q: How do I track my parcel? A: Enter the 13-character tracking number (e.g. RR123456785SG) on the carrier's website; updates may take up to 24 hours to appear after lodgement.
        Q: Do you ship banknotes to Malaysia? A: Yes, via Pos Laju with a declared value; please note that Royal Malaysian Customs may assess duty and tax on consignments above RM 500.
        Q: How are coins packed? A: Each slab is sleeved in anti-static film, set into a rigid foam insert and double-boxed; outer carton 22 x 16 x 10 cm, maximum weight 1.2 kg.
        Claims must be lodged within 30 days of the delivery date with photos of the outer box, inner packing and the damaged item; our claims desk can be reached at claims@straitsnumis.sg.
        Our shop at 20 Sin Ming Lane #05-61, Midview City, Singapore 573968 accepts collections on weekdays 11am-7pm; please bring your order number (format SN-27-00418).
        Q: Why is my parcel held by Hong Kong customs? A: Parcels without a commercial invoice may be held; email a copy of invoice INV-2027-0841 to our logistics desk and we will resubmit it.
        Insured shipping rates, Singapore to Malaysia: up to 500 g SGD 18.50; 501 g to 1 kg SGD 26.00; each additional 500 g SGD 7.50. All prices include 9% GST.
        Q: Do you ship gold coins? A: Bullion coins over 1 oz go only by secured courier and require a signature on delivery; allow 5-7 business days for booking and transit.
        Orders placed after 2:00 pm SGT on Friday are dispatched the following Monday; the last dispatch day before Chinese New Year is Wednesday 3 February 2027.
        Q: Can I combine lots from different sales into one parcel? A: Yes, once all invoices are paid; insurance is charged on the total declared value, with a minimum fee of SGD 12.
        For urgent shipping questions, WhatsApp our logistics business line +65 8123 4470 (Mon-Sat 10am-6pm); please note we do not take orders or payments over WhatsApp.
        Straits Numismatics Pte. Ltd., UEN 201934781K, GST Reg. No. M90371234X; all consignments are handled under our Terms of Sale v4.2 effective 1 January 2027.
    """),
    ("ms", "notis_pameran"): _lines("""
        Persatuan Numismatik Malaysia akan menganjurkan Pameran Wang Kertas dan Syiling 2027 pada 14 hingga 16 Mei 2027 di Dewan Tunku Canselor, Universiti Malaya, Kuala Lumpur. Masuk percuma.
        Muzium dan Galeri Seni Bank Negara Malaysia di Sasana Kijang, Jalan Dato' Onn, Kuala Lumpur dibuka setiap hari dari 10 pagi hingga 6 petang; masuk adalah percuma.
        Pameran khas "Mata Wang Kesultanan Melaka" memaparkan syiling timah dari zaman Sultan Muzaffar Shah dan Sultan Mansur Shah yang dipinjamkan daripada koleksi Muzium Negara.
        Sebanyak 120 gerai jualan disediakan dengan kadar sewa RM 350 untuk tiga hari termasuk meja enam kaki dan dua kerusi; tempahan melalui e-mel pameran@numismatik.org.my sebelum 30 April 2027.
        Peniaga dilarang sama sekali menjual wang kertas palsu atau syiling tiruan; penganjur berhak mengusir peniaga yang melanggar peraturan dan membuat laporan kepada Polis Diraja Malaysia.
        Talian pertanyaan pameran: 03-2698 4471 (pejabat persatuan, Isnin hingga Jumaat, 9 pagi hingga 5 petang). Pihak penganjur tidak menerima tempahan gerai melalui telefon.
        Ceramah "Mengenal Wang Kertas Siri Pertama Bergambar Tuanku Abdul Rahman" akan diadakan pada 15 Mei 2027, jam 2.30 petang, di Bilik Seminar 2, tempat duduk terhad.
        Setem peringatan Hari Kebangsaan 2027 keluaran Pos Malaysia akan dijual di kaunter khas bersama sampul hari pertama (FDC) pada harga RM 5.00 sekeping.
        Lelongan terbuka syiling dan setem bermula jam 11 pagi pada 16 Mei 2027; katalog lelongan boleh dimuat turun di laman web persatuan, nombor lot 1 hingga 420.
        Penganjur bersama: Kijang Heritage Collectibles Sdn. Bhd. (No. Syarikat 201801023456), Lot 2-15, Plaza Sungei Wang, Jalan Sultan Ismail, 50250 Kuala Lumpur.
        Tempat letak kereta disediakan di Kompleks Perdana Siswa; pengunjung digalakkan menaiki LRT ke Stesen Universiti dan bas perantara percuma setiap 20 minit.
        Harga rujukan: syiling 1 sen tahun 1967 bergambar Bangunan Parlimen dalam keadaan UNC dijangka RM 3 hingga RM 5 sekeping, manakala set syiling bukti 1971 sekitar RM 450.
        Kanak-kanak di bawah umur 12 tahun mesti ditemani ibu bapa atau penjaga; beg besar perlu disimpan di kaunter simpanan barang di pintu masuk utama dewan.
    """),
    ("mixed", "系统日志与配置"): _lines("""
        2027-03-18 14:22:07.381 INFO [grading-svc] submission=SUB-20270318-0042 items=25 status=RECEIVED warehouse=SH-01 step=intake 收件完成
        2027-03-18 14:25:51.902 WARN [weight-check] cert=48213377 expected_g=26.70 measured_g=25.61 diff=-4.08% action=flag_for_manual_review 重量异常
        auction.lot.commission_rate: 0.15  # 买受人佣金  online_surcharge: 0.03  currency: CNY  timezone: Asia/Shanghai  max_lots_per_session: 1850
        CREATE TABLE lots (lot_no INT PRIMARY KEY, title VARCHAR(200), grade VARCHAR(16), estimate_low DECIMAL(12,2), estimate_high DECIMAL(12,2), cert_no CHAR(10));
        2027-03-19T09:01:44+08:00 ERROR shipping-api carrier=SF code=8016 waybill=SF1428803719264 msg=保价金额超过上限 insured_cny=25000 max_cny=20000
        sku,title,series,grade,cert_no,price_cny,listed_at  # 商品导出表头，示例行：PRC-1914-YSK-O,民国三年袁像壹圆O版,民国,MS63,48213377,15800,2027-03-20
        GET /api/v2/certs/20475318 200 143ms ua=CoinScanApp/5.4.0 (iOS 17.2) cache=HIT region=cn-east-2 trace=7f3a9c21e04b
        [ocr] model=stamp-perf-v7 threshold=0.82 image.max_px=4096 storage.bucket=oss://coin-images-prod/lots/2027  # 齿孔识别模型配置
        sha256(lot_2317_front.jpg)=9f2c4e8a1b7d6035e0c4f9a8b2d13e7c5a6f08d9e4b1c2a37f5d6e8091a2b3c4 uploaded=2027-03-20T10:12:00+08:00
        cron: 0 3 * * * python manage.py sync_pcgs_population --since=2027-01-01 --batch=500  # 每日凌晨3点同步PCGS存世量数据
        2027-03-21 22:47:10 INFO [live-room] room_id=889102 viewers_peak=3412 orders=57 gmv_cny=186420.00 top_sku=CN-2019-100Y-UNC 直播结束
        Deprecation notice: field collector_name will be removed in schema v5; use member_id (e.g. M-000123) instead. 该字段将于2027年6月下线。
        .env.example: SMTP_HOST=smtp.example.com SMTP_USER=noreply@example.com AUCTION_API_KEY=changeme LOG_LEVEL=info  # 示例配置，请勿提交真实密钥
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        藏友群接龙登记：会员编号0387，姓名刘建平，手机139 2716 4085，收货地址广州市天河区华景路华景新城翠景阁12栋1503房，订购2027年兔年纪念币两卷。
        委托人：周丽娟，身份证号330106198207153423，联系电话13705718862，委托拍品：民国三年袁世凯像壹圆2枚，保留价各9,000元。
        王师傅上周在群里卖的那枚“长须龙”被鉴定为假币，他收了买家1.8万死活不肯退，现在人家已经去派出所报案了。
        老郑最近查出肝癌晚期住院了，手里那批第三套人民币想尽快出掉，给儿子还房贷，群里有意向的私聊他。
        打款账户：中国工商银行杭州西湖支行，户名沈国良，账号6222 0212 0301 4478 159，付款后请截图发群主确认。
        顺丰单号SF1520468837702，收件人黄秋萍 186 2063 7719，福建省厦门市思明区莲前西路莲秀里32号502，保价12,000元，内件：PCGS评级币3枚。
        小陈的前妻把他收藏的全套生肖邮票版票都拿走了，离婚官司还在打，他说评级证书都在他手上，谁收了那批票要小心。
        会员登记表｜姓名：马晓东｜性别：男｜出生日期：1975-09-02｜工作单位：洛阳市第二中学 教师｜微信号：mxd_coin1975｜入会时间：2027-01-10
        差评回复：买家“钱币老李”（李卫国，电话15937620418）收货后称银元是铅芯假币，经复检系其调包，我方已报警，受案回执编号A4103022027031800051。
        群主公告：藏友赵德胜欠款46,000元（2026年11月拍下的两枚熊猫金币至今未付），已被移出本群，请各位与其交易务必先款后货。
        13816629470 这个号码的人上周在闲鱼卖假熊猫金币，已经坑了三个藏友，大家看到这个号一定注意。
        鉴定费发票抬头：个人 蔡振华，纳税人识别号填身份证号440301197811254511，电子发票请发到邮箱caizh1978@163.com。
        张阿姨说她老伴去年走了，留下一箱老纸币不知道值多少钱，她现在一个人住在南京鼓楼区湖南路那边的老小区，想请店里上门帮忙看看。
        快递面单：寄件人孙志远 15102299384，天津市南开区鞍山西道时代奥城C座2108；收件人：藏宝阁钱币行（门店收件）。
        杨女士怀孕七个月了，这期拍卖没法亲自到场，委托她弟弟杨帆代为举牌，授权委托书已经签好交到前台了。
        群里那个叫“银元小胖”的是我们县税务局的韩磊，一个月工资才六千出头，天天在群里买几万块的币，大家自己琢磨琢磨。
        银行流水：2027-03-12 14:05 转入¥23,500.00，付款人冯雪梅，付款卡尾号6631，附言“袁大头两枚尾款”。
        上门回收登记：客户钱宝生，住址上海市虹口区四川北路1668弄17号3楼，约定3月25日下午两点上门评估其父亲遗留的银元约200枚。
        假币纠纷调解记录：申请人许文斌（身份证370203198601226014）称被申请人韦海涛以“大清银币”真品名义售予其仿品一枚，双方同意由评级机构复检。
        车牌粤B·7K2Q9的那位藏友每次来展会都把车停在消防通道上，保安让我们在群里提醒一下，再停就直接叫拖车了。
        小刘，你上次给的邮箱liuyang_stamp@qq.com我已经把猴票的高清图发过去了，价格还是按我们说好的四万八。
        邓老师最近确诊了阿尔茨海默症，家里人说他之前在我们这里寄拍的那批清代铜钱，结算款以后统一打给他女儿邓晓琳。
        藏友胡建军因倒卖假币已被朝阳分局刑事拘留，他之前在群里卖出的所有“袁大头”请买家尽快自行送检。
        会员续费名单：M-0412,彭永刚,男,1969-04-17,13607315528,长沙市岳麓区桐梓坡路158号,年费300元,已缴
        “谭姐”微信转账5,800元，备注“猴票定金”，她的微信号是tan_meiyun88，收货人填的是她儿子的名字。
        退货原因：买家罗晓燕称自己患有严重镍过敏，收到纪念币上手就起疹子，要求全额退款并承担医药费，订单号TB3918820047。
    """),
    "zh-Hant": _lines("""
        委託人資料：陳志強先生，香港身份證K345678(1)，手提電話9123 4568，住址九龍旺角砵蘭街168號3樓B室，委託拍品：香港1866年壹圓銀幣一枚。
        林太話佢老公賭錢欠咗大耳窿二十幾萬，想將屋企嗰批紅印花同大龍郵票平賣，叫我哋千祈唔好同佢老公講。
        臺灣會員登記：黃俊傑，身分證字號F125487394，手機0928-417-365，地址新北市板橋區文化路一段188巷12號4樓，入會費新臺幣1,200元已繳。
        郵寄保價單：收件人吳美玲小姐，臺北市大安區和平東路二段96巷7號2樓，住家電話02-2738-5516，內件猴票一枚，保價新臺幣60,000元。
        澳門藏友何家輝上個月中風入院，佢太太話屋企啲錢幣暫時唔賣，等佢出院再算，之前講好嘅價錢都作廢。
        匯款資料：戶名李淑芬，中國信託商業銀行帳號527540218836，請於拍賣成交後五日內匯入，並將收據傳真或拍照回傳。
        阿輝喺群組度賣假嘅「站人」銀元，收咗人哋八千蚊，電話6234 8871，各位藏友交收前一定要睇清楚。
        客戶記錄：鄭家豪，HKID Z683415(A)，電郵kh.cheng.hk@gmail.com，偏好香港早期硬幣，信用額度HK$500,000，曾兩次逾期付款。
    """),
    "en": _lines("""
        Consignor: Mr Tan Wei Ming, NRIC S7834521G, mobile +65 9182 3374, 45 Jalan Kembangan #03-12, Singapore 419163. Lot: Straits Settlements 1903 dollar, PCGS AU55.
        Hi, this is Rachel Koh, my dad passed away last month and left about 300 albums of stamps; I'm the executor and need them valued for probate before the estate is split with my brother.
        Payment reminder: invoice INV-2027-0917 for Mr Lim Boon Keat (SGD 14,200) is 60 days overdue; he says he lost his job and is in debt, so we have filed a claim with the Small Claims Tribunals.
        Please ship the PCGS slabs to Daniel Ong, Blk 412 Ang Mo Kio Ave 10 #08-1127, Singapore 560412, phone 8736 2210, and declare them as collectible coins.
        10482,Priya Nair,priya.nair84@gmail.com,+60 12-448 7193,Petaling Jaya,Stamps - Malaya KGVI,joined 2024-06-03
        The guy selling fake Morgan dollars on Carousell is Kenneth Yeo, FIN G5123487T; he was arrested at his flat in Tampines last week.
    """),
    "ms": _lines("""
        Borang keahlian: Nama: Ahmad Faizal bin Rosli, No. MyKad 850317-10-5523, Telefon: 013-672 4481, Alamat: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Encik Rosman sudah tiga bulan tidak menjelaskan baki RM 8,500 untuk syiling emas yang dibelinya; isterinya kata dia sedang dirawat di hospital kerana sakit jantung.
        Sila pindahkan bayaran ke akaun Maybank 1140 2378 6652 atas nama Nurul Huda binti Kamarudin dan hantar resit ke WhatsApp 019-338 2074.
        Penghantaran Pos Laju EP123456789MY kepada Siti Aishah Mohd Yusof, No. 8, Lorong Cempaka 3, Taman Bukit Indah, 81200 Johor Bahru; nilai diisytiharkan RM 2,400.
        Kak Lina dalam kumpulan WhatsApp pengumpul setem tu baru bercerai, dia nak jual semua koleksi setem arwah ayahnya untuk bayar yuran peguam.
    """),
    "mixed": _lines("""
        群内交易登记 | buyer: 陈嘉欣 Chen Jiaxin | WeChat: jiaxin_coins | 手机 +86 158 2019 6637 | item: 1934 孙像船洋 | price ¥4,200 | status: paid
        Boss, 那个 Ah Meng 又来 shop 卖 coins 了, 他的 IC 是 780621-07-5311, 上次那个 silver dollar 是 fake 的, 要不要 call police?
        2027-03-22 10:14:03 INFO member.update id=M-002291 name="郭子健" phone="+852 6723 1094" email="zj.kwok@outlook.com" tier=gold
        收件人 Mdm Wong Siew Lan, No. 5, Jalan Cheras Hartamas 2, Taman Cheras Hartamas, 43200 Cheras, Selangor, tel 012-209 7784, 内件：Malaya 1941 KGVI 邮票一套
        林 sir 话佢个仔有自闭症, 所以 weekend 唔得闲睇货, 叫我哋 Monday 先 call 佢 9688 3420 约时间。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是一家钱币店的线上咨询助手，负责解答银元、纸币和纪念币的鉴定与估价问题，不对藏品真伪做最终结论。",
        ),
        (
            "user",
            "你好，我叫刘建国，家里有三枚袁大头，是我爷爷留下的，一枚民国三年、两枚民国十年，重量都在26.6克左右。想问大概值多少钱？方便的话让店里给我回个电话，13962218075。",
        ),
        (
            "assistant",
            "刘先生您好。民国三年和民国十年袁世凯像壹圆是最常见的版别，普通流通品相市场价大约在每枚几百元到一千多元之间，具体取决于品相和版别细节。重量26.6克左右属于正常范围，但仍建议送正规评级机构鉴定。您留的号码我已备注，门店工作时间会有同事联系您。",
        ),
        ("user", "好的，评级大概要多久？"),
        (
            "assistant",
            "普通通道一般需要20到30个工作日，加急通道约5个工作日，费用相应翻倍。寄送时请选择保价快递，并在包裹内附上送评单。",
        ),
    ],
    [
        (
            "user",
            "帮我写一段投诉材料，我在藏友群里花9,600元从一个叫韦海涛的人手里买了一枚“宣统三年长须龙”，他微信号weiht_yinyuan，手机18977120364，结果公博评级判定为仿品，他现在拉黑我了。",
        ),
        (
            "assistant",
            "可以。以下是投诉材料草稿：\n本人于2027年3月通过某钱币藏友微信群，向卖家韦海涛（微信号weiht_yinyuan，手机18977120364）购买“大清银币宣统三年长须龙”壹圆一枚，支付价款人民币9,600元。经第三方评级机构鉴定，该币为仿品。卖家目前已将本人拉黑，拒绝沟通退款。请求依法处理并责令其退还货款。\n建议附上转账记录、聊天截图和评级报告。",
        ),
        ("user", "谢谢，还需要写上我自己的信息吗？我叫许文斌，身份证370203198601226014。"),
        (
            "assistant",
            "需要的。投诉或报案材料一般要写明投诉人的姓名、身份证号和联系方式，您可以在开头加上：投诉人许文斌，身份证号370203198601226014，联系电话请补充。提交时只交给受理机关即可，不要在群里公开这些信息。",
        ),
    ],
    [
        (
            "system",
            "你係一間香港郵票店嘅客服助手，用繁體中文或廣東話回覆，負責處理郵寄及保價查詢。",
        ),
        (
            "user",
            "我想寄一版猴票去臺灣俾我表妹，收件人係吳佩珊，地址臺中市西屯區福科路312巷5號3樓，電話0935-602-118，應該點寄先最安全？",
        ),
        (
            "assistant",
            "你好！寄高價值郵品去臺灣，建議用香港郵政嘅特快專遞或者有保價服務嘅國際速遞，並喺報關單如實申報為「郵票收藏品」。包裝方面請用硬卡紙夾住護郵袋，再放入防水袋同紙箱。收件人資料吳佩珊小姐、臺中市西屯區福科路312巷5號3樓、電話0935-602-118，寄件時請再核對一次。",
        ),
        ("user", "保價最多可以保幾多？"),
        (
            "assistant",
            "唔同速遞公司上限唔同，一般國際速遞保價上限大約喺港幣數萬元。如果整版猴票市值超過上限，建議分批寄送或者親身帶過去，亦可以向店舖查詢專人遞送服務。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore coin auction house. Help clients complete consignment forms accurately.",
        ),
        (
            "user",
            "I want to consign two Straits Settlements dollars. My details: Lim Siew Hwa, NRIC T0316672J, 7 Lorong Ah Soo #11-204, Singapore 530007, mobile 9047 6612. Can you fill in the form for me?",
        ),
        (
            "assistant",
            "Certainly. Consignment form draft:\nConsignor name: Lim Siew Hwa\nNRIC: T0316672J\nAddress: 7 Lorong Ah Soo #11-204, Singapore 530007\nMobile: 9047 6612\nItems: 2 x Straits Settlements silver dollar (please add year and grade if slabbed)\nReserve price: to be confirmed\nPlease check each field before you sign.",
        ),
        ("user", "Thanks. What is the seller's commission?"),
        (
            "assistant",
            "Seller's commission at most auction houses in Singapore ranges from 10% to 15% of the hammer price, plus insurance and photography fees. Please confirm the exact rate in the consignment agreement before signing.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya Persatuan Numismatik Malaysia yang membantu pendaftaran ahli baharu.",
        ),
        (
            "user",
            "Saya nak daftar jadi ahli. Nama saya Mohd Hafiz bin Zainal, MyKad 901204-08-6137, tinggal di No. 14, Jalan Kenari 7, Bandar Puchong Jaya, 47100 Puchong. Nombor telefon 017-553 2896.",
        ),
        (
            "assistant",
            "Terima kasih, Encik Mohd Hafiz. Butiran anda: nama Mohd Hafiz bin Zainal, MyKad 901204-08-6137, alamat No. 14, Jalan Kenari 7, Bandar Puchong Jaya, 47100 Puchong, telefon 017-553 2896. Yuran keahlian tahunan ialah RM 60. Sila lengkapkan bayaran dan muat naik salinan MyKad di portal ahli.",
        ),
        ("user", "Boleh bayar secara tunai di pameran nanti?"),
        (
            "assistant",
            "Boleh. Kaunter keahlian akan dibuka di pintu masuk utama pameran. Sila bawa MyKad asal untuk pengesahan dan resit akan dikeluarkan serta-merta.",
        ),
    ],
    [
        (
            "system",
            "你是钱币店会员管理助手。当前会员档案：会员号M-002317，姓名：彭秀英，电话：13873164025，住址：长沙市开福区湘江中路二段36号鑫远小区7栋2单元801，会员等级：金卡，2026年欠付拍卖款8,400元尚未结清。",
        ),
        ("user", "帮我给这位会员写一条续费提醒短信，顺便委婉提一下欠款的事。"),
        (
            "assistant",
            "彭女士您好，您的金卡会员资格将于本月底到期，续费后可继续享受送评九折及拍卖佣金优惠。另外，系统显示您2026年秋拍尚有8,400元拍卖款未结清，如已支付请忽略本提醒，如有疑问欢迎致电门店客服。感谢您一直以来的支持！",
        ),
        ("user", "语气再软一点，别写具体金额。"),
        (
            "assistant",
            "彭女士您好，您的金卡会员将于本月底到期，续费后可继续享受各项会员优惠。另外，系统显示您有一笔拍卖款项尚待确认，方便时请与我们联系核对。感谢您的支持，祝收藏愉快！",
        ),
    ],
    [
        (
            "user",
            "Can you translate this into Chinese for my buyer in Shenzhen? 'Dear Mr Huang Zhiwei, you still owe me SGD 3,150 for the 1980 monkey stamp block. Please pay to OCBC account 601-482913-001 by Friday, or I will report you to the police.'",
        ),
        (
            "assistant",
            "中文翻译如下：\n“黄志伟先生您好，您购买的1980年猴票方连尚欠我新币3,150元，请于本周五前汇入华侨银行账户601-482913-001，否则我将向警方报案。”\n建议语气可以稍微缓和，先给对方一次协商的机会。",
        ),
        ("user", "ok 加一句 他可以 WhatsApp 我 +65 9736 2041"),
        ("assistant", "好的，加在末尾：“如有疑问，可通过WhatsApp联系我：+65 9736 2041。”"),
    ],
    [
        (
            "user",
            "我父亲上个月因为胃癌去世了，他叫钱永福，生前收藏了两百多枚银元和几本邮票册。我和姐姐钱丽华要分遗产，怎么估价比较公平？",
        ),
        (
            "assistant",
            "节哀顺变。建议这样做：一、先把藏品拍照编号，列出清单；二、银元可送两家正规评级机构，以评级分数和近期拍卖成交记录作为估价参考；三、邮票册可请集邮协会或拍卖公司出具评估意见；四、如果姐弟意见不一致，可以委托拍卖后按比例分配价款。",
        ),
        ("user", "有没有可能先不评级，直接按重量卖？"),
        (
            "assistant",
            "可以按银价回收，但普通银元的收藏溢价通常明显高于熔值，直接按重量卖会损失较多。建议至少先把品相好的和可能是稀有版别的挑出来评级。",
        ),
    ],
    [
        ("system", "You help a Hong Kong stamp club clean up its membership spreadsheet."),
        (
            "user",
            "Please convert these into CSV with columns name,hkid,phone,email: Chan Ka Wai Y520874(0) 6198 3307 kawai.chan@yahoo.com.hk; Leung Mei Ling R193026(4) 9472 5581 meiling.leung88@gmail.com",
        ),
        (
            "assistant",
            "name,hkid,phone,email\nChan Ka Wai,Y520874(0),6198 3307,kawai.chan@yahoo.com.hk\nLeung Mei Ling,R193026(4),9472 5581,meiling.leung88@gmail.com",
        ),
        ("user", "Should we keep the HKID column at all?"),
        (
            "assistant",
            "Probably not. Under Hong Kong's privacy rules and the Code of Practice on the Identity Card Number, a club should only collect HKID numbers when there is a real need; for membership a member number is usually enough. Consider deleting that column and the old copies.",
        ),
    ],
    [
        ("system", "你是臺灣一家郵票拍賣公司的客服助理，請以繁體中文回覆。"),
        (
            "user",
            "我上週在你們拍賣會標到紅印花小字當壹圓，得標人是我太太名字：張雅婷，身分證A223718464，她最近剛動完手術不方便出門，可以由我代為付款取件嗎？我是她先生林宗翰。",
        ),
        (
            "assistant",
            "林先生您好，祝張小姐早日康復。代為取件需準備：一、得標人張雅婷小姐親筆簽名的委託書；二、得標人身分證影本；三、代理人林先生本人身分證正本。付款可採匯款或刷卡，款項付清後即可於營業時間到門市領取。",
        ),
        ("user", "委託書有格式嗎？"),
        (
            "assistant",
            "有的，我們官網「下載專區」提供制式委託書，填寫得標人姓名、身分證字號、拍品編號及代理人資料並簽名即可。",
        ),
    ],
]
