# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh264: 繁體中文（香港）茶樓、酒樓與點心師傅（訂枱、婚宴壽宴、員工排班、食物投訴、供應商單據、員工 WhatsApp 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh264
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "茶樓通告"): _lines("""
        【通告】本酒家由2027年1月2日起，星期一至五早市點心改為06:30開門，星期六、日及公眾假期照舊06:00；查詢請致電訂座熱線 2398 6612 或 WhatsApp 5128 3370（只限文字訊息）。
        各位街坊：因應食物環境衞生署例行巡查，本店於12月18日（星期三）下午3時至5時暫停堂食，外賣自取照常，不便之處，敬請見諒。金滿樓酒家管理層 謹啟
        農曆新年期間（年廿九至年初三）茶芥每位加收$8及另收服務費一成，另設開年飯套餐；訂座請電郵 booking@goldenfloor-hk.com 並註明日期、人數及時段。
        溫馨提示：壽包、壽桃及生日蛋糕以外之外來食品恕不接受；婚宴自攜紅酒每支收取開瓶費$150，每席上限兩支，烈酒恕不接受自攜。
        為配合《2023年產品環保責任（修訂）條例》，由4月22日起外賣不再提供即棄膠餐具，自備餐具盒每單減$1，多謝各位街坊支持走塑。
        遷址通告：本樓新界分店已遷往荃灣大河道99號利興大廈地下及1樓，新店訂座熱線 2411 0638，舊址沙咀道分店電話即日起停用。
        失物認領：12月3日晚市於「富貴廳」拾獲黑色摺遮一把及兒童水樽一個，請失主於兩星期內攜同當日單據到一樓收銀處認領，逾期交警署處理。
        牌照資料：普通食肆牌照編號 2213801234，持牌地點：九龍旺角彌敦道721號華僑商業中心2樓全層，核准最高座位數目 380 人，牌照有效期至2028年6月30日。
        颱風及暴雨安排：天文台懸掛八號或以上熱帶氣旋警告信號或黑色暴雨警告信號時，本店暫停營業；已訂座之宴會將按合約第7條安排改期，不收額外費用。
        本店已獲《米芝蓮指南香港澳門2027》必比登推介，感謝各位食客多年支持；得獎點心「蟹皇燒賣」即日起每籠 $42，每枱限點兩籠。
        招聘：誠聘點心學徒、樓面知客及洗碗部員工（全職／兼職），有意者請親臨本店或電郵 hr@jadeteahouse.hk，薪酬面議，另設年尾雙糧及員工膳食。
        長者優惠：逢星期二、四早上7時前入座，65歲或以上持「樂悠咭」人士點心八折（特點及頂點除外），不可與其他優惠或VIP會員折扣同時使用。
        洗手間維修通知：二樓男洗手間由即日起維修約十日，請使用三樓設施；如需輪椅通道或升降機協助，請向知客部同事查詢，內線 208。
    """),
    ("zh-Hant", "點心紙價目"): _lines("""
        小點 $28｜中點 $34｜大點 $39｜特點 $45｜頂點 $52｜廚師推介 $58；茶芥每位 $15（普洱、壽眉、香片、鐵觀音），菊花另加 $3，六歲以下小童免茶芥。
        蝦餃皇（4件）頂點 $52；燒賣皇（4件）大點 $39；鮮竹卷（3件）中點 $34；豉汁蒸鳳爪 中點 $34；豉汁蒸排骨 中點 $34（不辣／微辣請註明）。
        叉燒包（3個）大點 $39｜流沙奶黃包（3個）特點 $45｜蓮蓉壽桃（6個起訂）每個 $12，壽宴壽桃須提前三日預訂，可加印「壽」字。
        婚宴菜單A（每席$8,388另加一成服務費）：鴻運乳豬全體、金影竹笙扒瑤柱、蟹肉燴燕窩、清蒸東星斑、當紅炸子雞、瑤柱蛋白炒飯、蓮蓉西米焗布甸、美點雙輝。
        壽宴套餐「松鶴延年」每席 $6,988（12位用）：包括壽包兩款、長壽伊麵、紅燒鮑魚、花膠扣鵝掌；每加訂一席送卡拉OK房半日使用。
        外賣價目：乾炒牛河 $88／揚州炒飯 $92／星洲炒米 $85／豉椒排骨飯 $68；另加外賣盒每個 $2，滿 $300 免費送貨（只限九龍區）。
        自家製 XO 醬 220g 每樽 $168；新會陳皮十年（50g）$228；「李錦記」舊庄特級蠔油另售 $32，全部可用八達通或 PayMe for Business 付款。
        早茶套餐（06:00–11:00）：一盅兩件 $48（任揀兩款中點連茶位），加 $10 換布拉腸粉；下午茶 14:30–17:00 全單點心八五折，特點除外。
        冬至晚市「團年盆菜」十人份 $2,688，包括鮑魚、蠔豉、髮菜、燒肉、白切雞等十八款材料；12月15日前付清全數即減 $200。
        素點：羅漢齋腸粉 $36、香菇素餃 $38、脆皮素春卷 $34；全部不含五辛，素食人士請向樓面示意，廚房使用獨立砧板及蒸籠。
        酒水價目：青島啤酒 $38／樽、藍妹 $42／樽、長城干紅 $288、開瓶費每支 $150、可樂／雪碧 $20；婚宴酒水任飲套餐每席 $1,200（四小時）。
        乳豬全體（約 8–10 斤）$1,380、燒鵝皇一隻 $488、半隻 $258、蜜汁叉燒（例）$138；乳豬需時兩日預訂，落單請致電燒味部 2789 4561。
        「鴻圖廳」包廂最低消費：午市 $3,800、晚市 $6,800（10–14位）；「鳳儀廳」可擺四席，晚市最低消費 $22,000，另收一成服務費。
    """),
    ("zh-Hant", "員工WhatsApp工作群組"): _lines("""
        [07:12] 點心部: 今朝蝦餃皮用嘅粉到咗兩包，仲差一包澄麵，供應商話九點前送到，蒸籠部先做住燒賣同鳳爪，蝦餃遲半個鐘出，唔該晒。
        [07:45] 樓面經理: 今日早市 3 號房有 6 席壽宴，10:30 開席，各位記得壽包同伊麵 11 點前出齊，茶芥照收，唔該晒 🙏
        [09:02] 收銀: POS 機 2 號又 hang 機，已打咗俾維修公司 3568 2210，報案編號 SR-270412，佢話 11 點前派人嚟，暫時用 1 號機。
        [10:15] 知客: 今晚 19:30 大廳已經 full，walk-in 客一律派籌，籌號由 A001 開始，等位超過 45 分鐘主動送一碟炸兩。
        [11:40] 廚房: 雪房溫度計今朝顯示 -16°C，正常應該 -18°C 以下，已通知工程部睇壓縮機，凍肉暫時搬去二號雪櫃。
        [13:20] 樓面經理: 下星期排更表已放喺 Google Drive「2027-W02 更表」folder，有問題星期五前同副經理講，唔好私下調更。
        [14:05] 點心部: 流沙包餡今日做咗 12 盆，夠做到星期日；叉燒包用嘅叉燒下晝三點燒味部交 8 斤，記得留返 2 斤俾外賣部。
        [15:30] 採購: 天和海鮮單 INV-2027-00381 金額 $18,640 已對數，東星斑實收 14 條唔係 15 條，已叫佢哋出 credit note。
        [16:48] 宴會部: 星期六鳳儀廳婚宴 28 席改 30 席，新娘房要多兩張梳化，音響公司 5 點 setup，舞台背景板星期五送到。
        [18:10] 樓面: 今晚食環署可能巡查，所有濕毛巾要放返消毒桶，廚房唔准著拖鞋，垃圾桶記得冚蓋，雪櫃門唔好打開太耐。
        [21:55] 副經理: 今晚營業額 $146,320，比上星期多 8%；收工前冷氣關晒，燒味爐檢查煤氣掣，最後一位離開記得鎖後門。
        [22:30] 清潔部: 二樓地毯下星期二早上 6 點由外判公司蒸氣清洗，當日早市二樓遲一個鐘開，知客請通知已訂位嘅客人。
        [06:20] 點心部: 今朝 3 號蒸爐個火好細，已轉用 1 號同 2 號，煤氣公司緊急熱線 2880 6988 已報，佢哋話一個鐘內到。
    """),
    ("en", "supplier_invoices"): _lines("""
        INVOICE No. TH-2027-004519 | Tin Wo Seafood Trading Ltd (BR 61234578) | Bill to: Golden Floor Restaurant, 2/F, 721 Nathan Road, Mong Kok | Live grouper 15 pcs @ HK$168/catty
        Statement of account as at 30 Nov 2027: opening balance HK$42,310.00; invoices HK$128,455.50; payments HK$130,000.00; closing balance HK$40,765.50. Terms: 30 days net.
        Delivery Note DN-88213, Wing Kee Flour Mill Co.: wheat starch 25kg x 4 bags, tapioca starch 25kg x 2 bags, lot no. WS2711-07, best before 2028-05-31.
        Remittance advice: Hang Seng Bank, account name Lam Kee Poultry Supplies Co. Ltd, company A/C 289-451762-883, FPS ID 1638457; please quote invoice no. LK-7731.
        Credit Note CN-2027-0117 issued to Golden Floor Restaurant: 1 x live spotted grouper short-delivered on 12 Dec, HK$540.00 credited against INV TH-2027-004519.
        Towngas commercial bill, tariff: Catering, meter no. GM-73381029, consumption 4,812 units (Nov 2027), amount due HK$28,933.40, payment due 2027-12-21.
        Purchase Order PO-2027-1208 | Vendor: Kowloon Dairy Ltd | Fresh milk 946ml x 120, evaporated milk 410g x 48 | Deliver by 06:30 to loading bay at rear lane.
        Distributor invoice for Lee Kum Kee products: Premium Oyster Sauce 5lb x 12 tins @ HK$138, Seasoned Soy Sauce 1.9L x 24 @ HK$62; subtotal HK$3,144.00.
        Receipt R-552031, Ah Chan Linen Services Co.: tablecloths 180 pcs, napkins 600 pcs, chair covers 240 pcs washed and pressed, HK$6,480. Tel 2345 1188.
        Macau supplier invoice MO-2027/0331, Hang Fat Dried Seafood Co., Rua de Cinco de Outubro, Macau: dried scallops grade 2A, 5 kg @ MOP 1,150/kg, total MOP 5,750.
        Tax Invoice SG-INV-000872 | Sin Hup Heng Trading Pte Ltd, UEN 201912345K, GST Reg No. M90371234X | Har gow wrappers 10 kg, S$96.00, GST 9% S$8.64
        Invoice KL-24017 | Ho Kee Frozen Food Sdn Bhd (Reg. No. 201801012345) | Jalan Petaling, Kuala Lumpur | frozen siu mai 500 pcs, RM 1,250.00, SST 6% RM 75.00
        Equipment service invoice SVC-3391, Chung Kee Kitchen Engineering: replace steamer burner nozzle (station 3), labour 2.5h @ HK$480, parts HK$1,260; warranty 90 days.
    """),
    ("mixed", "POS與系統日誌"): _lines("""
        2027-12-06T06:31:08+08:00 INFO pos.order created order_id=DS-20271206-0017 table=A12 pax=4 items=7 subtotal=214.00 tea_charge=60.00 currency=HKD
        2027-12-06T06:31:40+08:00 WARN printer.kitchen timeout host=10.20.3.41 port=9100 retry=2 station=點心部 job=KOT-558102
        booking_api: POST /v2/reservations 201 Created rid=RSV-7F3A92 branch=MK01 slot=2027-12-24T19:30 party_size=12 room=鳳儀廳 source=web latency=184ms
        config.yaml: tea_charge_per_head: 15; service_charge_rate: 0.10; senior_discount: {days: [TUE, THU], before: 07:00, rate: 0.8}; locale: zh-HK
        ERROR payment.octopus settle batch=OCT-20271205-03 device_id=OCT-R7-1129 status=E104 message=batch already uploaded retry_after=300s
        inventory sync ok: sku=DS-HAGAU-04 (蝦餃皇) stock=420 par=600 reorder=true supplier=SUP-0033 ts=1796515200 warehouse=長沙灣中央廚房
        [cron] 02:00 nightly_report.py --branch MK01 --date 2027-12-05 → revenue=146320.00 covers=1182 avg_check=123.79 exported to s3://gf-reports/2027/12/
        def tea_charge(pax: int, tea: str = "普洱") -> int: return pax * (15 + (3 if tea == "菊普" else 0))  # 菊普每位加 $3
        CSV header: order_id,branch,table_no,opened_at,closed_at,pax,dim_sum_small,dim_sum_medium,dim_sum_large,special,tea_type,total_hkd,payment_method
        git commit 9f3c2e1a "fix: 長者優惠 rate rounding to 0.1 HKD (issue #482)"; deploy tag v3.14.2 to pos-mk01, pos-tw02 at 2027-12-06 23:45 HKT
        queue.kds: station=燒味部 pending=14 oldest_ticket_age=612s threshold=480s alert=LATE_TICKET sent_to=#kitchen-alerts
        .env.example: SMTP_HOST=smtp.example.com SMTP_USER=noreply@goldenfloor-hk.com WHATSAPP_BIZ_NUMBER=+85251283370 BOOKING_MAX_PARTY=120
        sha256(menu_2027w50.json)=3b7e0c9a51f2d8846e1b2a0d7c43f95e8a6d1c2b0f4e9a7c5d3b1e8f0a2c4d6e size=48213 published_by=menu-service v1.8.0
    """),
    ("zh-Hant", "酒樓食評"): _lines("""
        蓮香樓嘅推車點心真係有返以前嘅味道，豬潤燒賣大大粒，不過卡位好逼，星期日朝早要搭枱，服務一般般，整體 3.5/5，會再嚟。
        「金滿樓」個蝦餃皮太厚，蝦又唔夠爽，$52 四隻唔係咁抵；反而腸粉夠滑，豉油係自家調，下次會試下佢哋嘅XO醬炒蘿蔔糕同煎腸粉。
        呢間位於上環嘅老茶樓，裝修保留咗五十年代嘅吊扇同鐵窗花，一盅兩件好有舊香港情懷，茶芥$12算係合理，唯一缺點係冇冷氣位。
        婚宴試菜：乳豬皮脆、花膠夠厚，但炒飯偏油；宴會部好有耐性解答問題，場地有 LED 幕，整體性價比高過尖沙咀嗰幾間酒店，值得考慮。
        澳門龍華茶樓仍然係自己斟水、自己行去攞點心，枱櫈都係幾十年嘅酸枝傢俬，週末遊客多，建議平日朝早九點前去，先有位坐，記得帶現金。
        台北「添好運」分店嘅酥皮焗叉燒包同香港差唔多，不過排隊要成個鐘，建議用 App 攞籌先去附近行下；整體 4 粒星，會推介。
        新加坡牛車水嗰間 dim sum 舖有通宵點心，奶黃包流心效果好，價錢大約 S$5.80 一籠，凌晨兩點都仲有人排隊，性價比唔錯。
        吉隆坡 Petaling Jaya 嘅「富貴軒」早茶，咖喱雞腳同荷葉飯好出色，但冷氣太凍，建議帶件外套；人均 RM 35 左右，抵食。
        經 Foodpanda 叫咗一個揚州炒飯同乾炒牛河，送到時仲熱，牛河夠鑊氣但偏鹹，包裝有少少漏油，整體 3/5，外賣盒要改善。
        作為一個食咗三十年茶樓嘅老街坊，覺得呢間嘅點心手勢退步咗，燒賣肥肉多咗，希望管理層留意下，唔好為咗慳成本而犧牲點心質素。
        Google 評論 ★★☆☆☆：訂咗 12 位壽宴，上菜慢過預期成個鐘，壽包凍冰冰，經理最後送咗個甜品同減咗服務費，都算有誠意。
        OpenRice 食評（味道4 環境3 服務4 衞生4 抵食3）：悅來軒嘅龍蝦伊麵好夠味，但加一服務費之外仲收醬油碟費，有啲離譜。
        陸羽茶室依然保持唔做推車、由企堂拎點心紙落單嘅傳統，杏汁白肺湯要早一日預訂，價錢偏貴但有歷史感，值得帶外國朋友去一次見識下。
    """),
    ("zh-Hans", "行业历史与新闻"): _lines("""
        添好运创办人麦桂培曾任四季酒店龙景轩点心主厨，2009年在旺角开设首间店铺，翌年获米其林一星，被媒体誉为“全球最便宜的米其林餐厅”。
        广州陶陶居始创于清光绪年间，相传店名牌匾与康有为有关，现为广州老字号茶楼之一，招牌点心包括虾饺、干蒸烧卖，中秋节的陶陶居月饼更是远近驰名。
        莲香楼以莲蓉馅料和手推车点心闻名，香港中环店曾因租约问题短暂结业，后由新团队接手重新营业，至今仍保留客人自己用大铜壶斟茶的传统。
        立法会饮食界议员张宇人多次在议会发言，呼吁政府放宽输入外劳计划，以解决酒楼业点心师傅、洗碗工及厨房人手长期短缺、年轻人不愿入行的问题。
        电影《饮食男女》由李安执导，片中郎雄饰演的退休大厨老朱每逢周日为三个女儿准备家宴，被视为华语饮食题材电影的经典之作，开场的厨房戏尤其著名。
        美食作家蔡澜在专栏中多次提到，判断一家茶楼好坏的标准之一，是虾饺皮能否透出虾肉颜色，以及普洱茶叶是否先用滚水洗过一遍再冲泡。
        据业界估计，全港持牌中式酒楼数目由2019年约1,300间下降至2026年约900间，主因是租金上涨、人手不足及婚宴市场萎缩。
        澳门于2017年获联合国教科文组织评为“创意城市美食之都”，本地老茶楼成为游客体验传统饮茶文化和葡式土生菜以外的热门选择。
        新加坡瑞春点心（Swee Choon）自1962年营业，以深夜点心著称，店内的“上海小笼包”和“芝麻球”深受游客和夜班工作者欢迎。
        马来西亚怡保旧街场一带的早茶文化源于锡矿时期，矿工清晨饮茶后开工，至今当地茶楼仍以芋角、鸡包仔、蛋挞和芽菜鸡闻名，吸引不少外地游客。
        粤港澳大湾区某餐饮行业协会发布《粤式茶楼服务规范（征求意见稿）》，建议茶位费须在菜单显眼位置标示，意见征集截至2027年3月31日。
        香港旅游发展局推出的“旧城中环”导赏路线中，陆羽茶室、莲香楼等老字号被列为体验老香港饮食文化的重要站点，路线全长约两公里。
        台湾点心品牌“点水楼”以小笼包闻名，2027年宣布在台北101附近开设新店，每日供应超过三千笼小笼包，并设开放式厨房供客人参观。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Restoran Dim Sum Kim Man Lau, No. 23, Jalan Sultan, 50000 Kuala Lumpur, dibuka setiap hari 6.30 pagi hingga 3.00 petang; tempahan meja melalui WhatsApp perniagaan +60 12-338 4712.
        Soalan Lazim: Adakah restoran ini halal? Tidak, dapur kami menggunakan daging babi; namun kami menyediakan menu vegetarian berasingan dengan peralatan khas.
        Caj teh dikenakan RM 2.50 seorang dewasa, kanak-kanak di bawah 6 tahun percuma; caj perkhidmatan 10% dan SST 6% dikenakan ke atas jumlah bil.
        Notis: Sempena Tahun Baru Cina, restoran ditutup dari 28 Januari hingga 30 Januari 2028 dan dibuka semula pada 31 Januari dengan menu Yee Sang istimewa.
        Pakej jamuan perkahwinan bermula RM 1,688 semeja (10 orang), termasuk babi panggang, ikan kukus gaya Hong Kong dan sup; deposit 30% diperlukan semasa tempahan.
        Nombor pendaftaran syarikat: Kim Man Lau Restaurant Sdn Bhd (202001034567 / 1389012-X); lesen premis DBKL No. LP-2027-88412, sah hingga 31 Disember 2027.
        Untuk aduan makanan, sila e-mel aduan@kimmanlau.com.my beserta nombor resit dan tarikh lawatan; kami akan membalas dalam tempoh 3 hari bekerja.
        Jadual syif dapur: syif pagi 5.00 hingga 13.00 (dim sum), syif tengah hari 10.30 hingga 18.30 (wok dan siu mei), syif petang 14.00 hingga 22.00; cuti rehat bergilir.
        Cawangan Ipoh kini beroperasi di No. 8, Jalan Bandar Timah, 30000 Ipoh, Perak, berhampiran Stesen Keretapi Ipoh; tempat letak kereta terhad pada hujung minggu.
        Harga dim sum: kecil RM 6.90, sederhana RM 8.90, besar RM 10.90, istimewa RM 13.90; har gow dan siu mai adalah hidangan paling laris kami sejak 1988.
        Pembayaran diterima melalui Touch 'n Go eWallet, DuitNow QR, kad kredit Visa atau Mastercard dan tunai; maaf, cek peribadi tidak diterima di kaunter.
        Pekerja dapur wajib memakai penutup kepala dan sarung tangan mengikut Peraturan-Peraturan Kebersihan Makanan 2009; pemeriksaan Kementerian Kesihatan boleh dibuat tanpa notis.
        Pesanan luar melalui GrabFood dan Foodpanda tersedia dari jam 7.00 pagi; nombor pesanan bermula dengan GF- atau FP- dan boleh disemak di kaunter juruwang.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        訂枱紀錄：12月24日晚市 19:30，鳳儀廳 3 席，聯絡人 區志豪先生，手提 9438 2716，備註：屋企有長者坐輪椅，要近門口位。
        壽宴查詢：黃陳淑貞女士（八十大壽）2028年2月10日 午宴 12 席，訂金 $20,000 已用 FPS 過數，聯絡電話 6172 4039。
        阿明今個月已經第三次遲到，經理話再遲就要扣佢勤工獎，佢話屋企老豆中風入咗瑪嘉烈醫院，要朝早去探。
        林太投訴：12月5日早茶食完蝦餃之後肚痛，當晚去咗急症，醫生話係急性腸胃炎，佢要求賠償醫藥費 $1,280，單據已 WhatsApp 俾我哋。
        點心部二廚 麥卓南 月薪 $24,500，另加通宵津貼 $1,800，強積金由 2027 年 1 月起供款，糧單請寄 tonymak.dimsum@gmail.com。
        員工資料表：姓名 何美儀｜職位 知客｜身份證號碼 K482613(2)｜入職日期 2025-03-01｜緊急聯絡人 何國強（父）9261 5530
        新娘 曾穎詩 同新郎 鄧浩賢 婚宴 2028-04-08 鳳儀廳 30 席，新娘媽媽話佢有身孕四個月，唔食得生冷嘢，菜單要改清蒸魚同燉湯。
        收銀部 陳姐 話佢老公欠咗大耳窿 $80,000，最近有人打電話上舖頭搵佢，叫知客一律話佢唔喺度。
        投訴記錄 C-2027-1129：客人 蘇偉倫（電話 5937 0284）稱其女兒對花生敏感，食咗XO醬炒腸粉後要用 EpiPen，要求查明醬料成分。
        外賣送貨地址：九龍城衙前圍道 118 號 3 樓 B 室 張婆婆，電話 2716 3389（家居），逢星期三送兩盒素點心，已付月費。
        司機 鍾永康 架私家車車牌 VX 8213，今朝幫手送貨時喺後巷俾警察抄牌，罰款 $320 佢話要公司畀。
        樓面部 阿芬 離咗婚，而家一個人湊兩個仔，佢想由早更轉晏更方便接放學，經理已經批咗。
        糧單：員工編號 E0387 葉志輝，12月份底薪 $19,800，OT 36 小時 $2,592，扣強積金 $1,500，實發 $20,892，入數滙豐戶口 012-384729-838。
        點心師傅 霍錦泉 喺 11 月 28 日被蒸籠熱水燙傷左手，已報勞工處工傷（表格二），病假 14 日，醫生證明書編號 QEH-2027-55102。
        招聘面試筆記：應徵者 潘嘉欣，28歲，住天水圍天恩邨恩澤樓 1806 室，有糖尿病需要定時食飯，期望月薪 $17,000。
        壽星公 容伯 九十歲，兒子 容錦華 先生訂咗 8 席，佢話老人家有腦退化，請安排近洗手間嘅枱同預備軟身食物。
        「@Kelvin 哥 你琴日收嗰張 $5,000 訂金收據寫錯咗客人名，應該係 司徒雅琳 唔係 司徒雅玲，佢手機 6653 8827，再 confirm 下」
        澳門分店員工 馮嘉俊 澳門居民身份證 1/345678/9，聘用合約由 2027-06-01 至 2028-05-31，月薪 MOP 18,000。
        台北分店面試：應徵者 吳怡君，身分證字號 A228174604，住址新北市板橋區文化路一段 266 巷 5 號 4 樓，手機 0912-438-615。
        客人 王生 話上次結婚週年喺度食飯，佢太太喺洗手間跌親要縫三針，而家要求我哋賠償，佢律師下星期會寄信嚟。
        燒味部 阿強 琴晚收工後喺後巷賭錢俾差人拉咗，而家保釋緊等上庭，佢今個星期啲更要搵人頂。
        熟客 周太（會員卡號 VIP-00451）每朝 7 點坐 15 號枱，一壺壽眉、少甜奶黃包；佢話醫生講佢膽固醇高，叫我哋唔好再主動推介鳳爪。
        訂金退款申請：客人 盧振邦 因母親上月過身，取消 2028 年 1 月壽宴 10 席，要求退回訂金 $15,000 至中銀戶口 012-875-1-046392-1。
        洗碗部 歐姐 驗到乳癌第二期，要做化療半年，老闆話會幫佢保留職位，大家輪流頂佢嘅更，唔好喺客面前講。
    """),
    "en": _lines("""
        Reservation RSV-8812: Mr. Desmond Kwok, party of 10, 31 Dec 12:30, mobile +852 9147 6023, email d.kwok.family@gmail.com, note: son uses a wheelchair.
        Complaint from Ms. Priscilla Leung: found a strand of steel wool in her turnip cake on 4 Dec; she says she chipped a molar and her dentist quoted HK$6,800.
        HR note: dim sum chef Wong Tak-ming requested two weeks' unpaid leave for his wife's IVF treatment in Shenzhen; approved by GM, keep confidential.
        Staff record | Name: Ng Siu-fong | HKID: Y305917(9) | DOB: 14/07/1979 | Address: Flat 12C, Block 3, Kwai Shing East Estate, Kwai Chung | Bank: BOC 012-624-0-088173-5
        Our Singapore branch cashier Tan Wei Ling (NRIC S8537261J) is under a court garnishee order for credit card debt of S$23,400; payroll to deduct S$600 monthly.
        Wedding banquet contract signed by Jonathan Yip and Melissa Cheng, 28 tables, deposit HK$60,000 paid by cheque no. 004518 drawn on Jonathan's personal Hang Seng account.
        Lost and found: gold bracelet left at table 22 on 3 Dec; the owner called from 6329 4815 and said it was her late mother's, please call her back after 7pm.
    """),
    "zh-Hans": _lines("""
        深圳分店员工登记：李晓燕，身份证号 440304198806142738，户籍广东省深圳市福田区，手机 138 2614 7390，紧急联系人 丈夫 陈建伟。
        广州供应商对接人 钟海涛 私下要求把货款转到他个人微信，微信号 zhong_ht1986，手机 13926418352，已上报采购总监处理。
        客户投诉：周女士（手机 186****4421）说在寿宴上吃到变质的虾饺，孙子当晚住院，要求全额退款并公开道歉。
        点心师傅 赖国平 去年查出乙肝病毒携带，按规定需每年复检，健康证有效期至 2027-10-15，请人事部注意提醒续期。
        员工 郑丽娟 因与前夫的抚养权官司需请假三天出庭，时间是 12 月 14 日至 16 日，请店长调整排班表。
    """),
    "ms": _lines("""
        Pekerja dapur Muhammad Faizal bin Rosli, No. MyKad 880521-10-5637, alamat No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, gaji RM 2,800 sebulan.
        Aduan pelanggan: Puan Siti Aminah binti Hashim (tel 012-736 4518) memaklumkan anaknya muntah selepas makan kaki ayam di cawangan Ipoh pada 2 Disember.
        Cik Lim Mei Xuan, juruwang cawangan Petaling Jaya, memohon cuti bersalin 98 hari mulai 15 Januari 2028; sijil doktor dilampirkan.
        Encik Rajesh a/l Subramaniam, pemandu lori pembekal, kenderaan nombor WXY 4823, ditahan polis semalam kerana memandu dalam keadaan mabuk.
    """),
    "mixed": _lines("""
        @所有人 聽日早更 changes：Kelvin Chau 請病假（發燒 39 度），由 Ah Wing 頂 06:00-14:30，有咩問題 WhatsApp 我私人手機 9826 1147
        Booking confirmed ✅ 何太 Mrs. Ho Yin-ling, 2 Jan 2028 lunch 8 pax，訂金 $2,000 via PayMe，連結 payme.hsbc/hoyinling88，佢要 baby chair x2。
        Staff CSV: E0412,陳嘉豪,Chan Ka-ho,R774028(9),1996-02-17,點心學徒,9015 6623,Flat 5A 富山邨富信樓 Wong Tai Sin
        客人 Ms. Vivian Lau 話佢 order 嘅 gluten-free 點心有小麥，佢有 coeliac disease，要求 refund $486 同書面道歉，email vivianlau.hk@outlook.com。
        Singapore branch: 員工 Goh Boon Kiat FIN G6172049P 嘅 work permit 到 2028-03-31 到期，HR 要 renew，佢話老婆喺大馬啱啱生 BB。
        婚宴 deposit refund 👉 Mr. Cheung Chi-wai 取消因為 engagement 散咗，退款 HK$30,000 轉去佢 Hang Seng 戶口 024-381-592036-883。
        Invoice 上寫錯 contact：應該係 Fanny Yuen 私人手機 6489 2037，唔係 office line；佢話唔想其他同事知佢轉緊工。
        今日 walk-in 嗰位 Mr. Tsang 喺 2 號枱暈低，call 咗 999，救護員話可能 low blood sugar，佢太太 Mandy 已經陪佢去 Kwong Wah Hospital。
        Macau 分店：客人 Sr. António Leong 投訴信用卡被 double charge MOP 1,260，卡尾號 4417，要我哋 email refund 證明去 aleong.mo@gmail.com。
        樓面 Jason 同廚房 May 拍緊拖，但 May 仲未離婚，大家唔好喺 group 度講，老闆唔想影響工作氣氛。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是金滿樓酒家（旺角彌敦道721號）的婚宴訂座助理，用繁體中文及廣東話口語回覆，確認資料後生成訂單摘要。",
        ),
        (
            "user",
            "你好，我想訂 2028 年 3 月 18 號晚上嘅婚宴，大概 25 席，我叫 羅俊傑，手機 9372 6148，電郵 lokc.wedding@gmail.com。",
        ),
        (
            "assistant",
            "羅先生你好！已為你暫留 2028-03-18 晚市鳳儀廳 25 席，婚宴菜單A每席 $8,388 另加一成服務費。請於七日內繳付訂金 $50,000 確認。",
        ),
        ("user", "好呀，另外我未婚妻 施曉彤 有海鮮敏感，可唔可以幫佢嗰圍換走蟹肉同蝦？"),
        (
            "assistant",
            "冇問題，已備註：主家席施曉彤小姐對海鮮敏感，蟹肉燴燕窩改為雞茸粟米羹，蝦改為XO醬炒帶子以外嘅素菜。訂單編號 WB-2028-0318-01。",
        ),
    ],
    [
        (
            "system",
            "You are a customer-relations assistant for a Hong Kong dim sum restaurant group. Draft polite, concise replies.",
        ),
        (
            "user",
            "Please draft an apology to Mr. Raymond Chiu (raymond.chiu77@yahoo.com.hk). He found a hair in his har gow at our Tsuen Wan branch on 6 Dec, table 31, bill no. TW-55821.",
        ),
        (
            "assistant",
            "Dear Mr. Chiu, thank you for telling us about your visit to our Tsuen Wan branch on 6 December (bill TW-55821). We are sorry a hair was found in your har gow. We have retrained the dim sum team on hairnet use and would like to offer you a HK$300 voucher. Kind regards, Customer Relations",
        ),
        ("user", "Good. Also mention we refunded HK$52 to his Visa ending 8832."),
        (
            "assistant",
            "Added: We have refunded HK$52 to your Visa card ending 8832; it should appear within 7 to 10 working days.",
        ),
    ],
    [
        (
            "user",
            "幫我排下星期點心部嘅更，早更 05:00-13:00，中更 09:00-17:00。人手有：霍師傅、阿輝、阿妹、細路豪。注意阿妹星期三要覆診（佢有紅斑狼瘡），霍師傅星期六要去法庭處理佢仔嘅案。",
        ),
        (
            "assistant",
            "建議排更：星期一至二 霍師傅、阿輝 早更，阿妹、細路豪 中更；星期三 阿妹 休息，由細路豪轉早更；星期六 霍師傅 休息，阿輝 早更、細路豪 中更。病假及私人事務原因建議只喺人事檔案記錄，唔好放入公開更表。",
        ),
        ("user", "好，咁更表出街嘅版本淨係寫「休息」就得。"),
    ],
    [
        ("system", "你是酒楼集团人事部的文书助理，负责起草和翻译人事文件。"),
        (
            "user",
            "请把这封解雇信翻成英文：致 谢文彬（身份证 440106199211031584），你于 2027 年 11 月 20 日在厨房与同事打架，经调查属实，公司决定于 2027 年 12 月 31 日终止雇佣合约。",
        ),
        (
            "assistant",
            "To: Xie Wenbin (ID No. 440106199211031584). Following an investigation, it has been confirmed that you were involved in a physical fight with a colleague in the kitchen on 20 November 2027. The company has decided to terminate your employment contract with effect from 31 December 2027.",
        ),
        ("user", "再加一句：最后工资将转入他的工商银行卡 6222 0210 0987 6543 210。"),
        (
            "assistant",
            "Your final wages will be transferred to your ICBC card no. 6222 0210 0987 6543 210.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis notis gaji untuk pekerja cawangan Ipoh: Encik Wong Kah Seng, MyKad 790314-08-6215, gaji Disember RM 3,150, tolak pinjaman peribadi RM 400 kepada syarikat.",
        ),
        (
            "assistant",
            "Notis Gaji Disember 2027. Nama: Wong Kah Seng. No. MyKad: 790314-08-6215. Gaji pokok: RM 3,150.00. Potongan pinjaman peribadi: RM 400.00. Gaji bersih sebelum KWSP dan PERKESO: RM 2,750.00.",
        ),
        ("user", "Terima kasih. Boleh tambah akaun bank Maybank dia 1140 2238 5567?"),
        (
            "assistant",
            "Baik, ditambah: Gaji akan dikreditkan ke akaun Maybank 1140 2238 5567 pada 31 Disember 2027.",
        ),
    ],
    [
        (
            "system",
            "You summarise staff WhatsApp group chats for the restaurant manager. Keep it short, bullet points, Cantonese-English mix is fine.",
        ),
        (
            "user",
            "幫我 summary 今日 group：「Ah Keung：今朝唔嚟得，個女發高燒入咗屯門醫院」「Winnie Tse：我頂 Ah Keung 早更」「Sunny：雪房又壞，已 call 工程部」「Winnie Tse：我下個月要請 maternity leave，預產期 1 月 20」",
        ),
        (
            "assistant",
            "• Ah Keung 今日請假，女兒發高燒入咗屯門醫院；• Winnie Tse 頂 Ah Keung 早更；• 雪房壞咗，Sunny 已經 call 工程部；• Winnie Tse 下個月放產假，預產期 1 月 20 日，要預早搵人頂。",
        ),
        ("user", "OK，產假嗰part 唔好 forward 畀老闆住，佢未公開。"),
    ],
    [
        (
            "system",
            "VIP 客戶檔案（只限內部使用）：冼偉強先生，會員號 VIP-00012，手機 9105 3827，住址 跑馬地黃泥涌道 45 號 8 樓 A 室，喜歡靠窗 8 號枱，對麩質過敏，太太 冼陳麗萍 糖尿病需走糖。",
        ),
        (
            "user",
            "Mr. Sin just called to book Sunday lunch for 6. Which table should I give him and what should I tell the kitchen?",
        ),
        (
            "assistant",
            "Please give Mr. Sin window table 8 as he prefers. Tell the kitchen: no gluten for Mr. Sin (har gow wrappers contain wheat starch, so offer rice-flour cheung fun instead), and sugar-free desserts for Mrs. Sin, who is diabetic.",
        ),
        ("user", "Thanks, and confirm by SMS to his mobile?"),
        (
            "assistant",
            "Sure. Draft SMS to 9105 3827: 冼生您好，已為您預留星期日午市 8 號枱 6 位，12:30 恭候。金滿樓酒家",
        ),
    ],
    [
        (
            "user",
            "有個供應商係個體戶，叫 譚福全，佢賣乾貨畀我哋，張單冇寫清楚。你幫我整理下：佢手機 6278 4410，收款 FPS 就係佢手機號碼，今次金額 $7,360，瑤柱 4 斤、花膠 2 斤。",
        ),
        (
            "assistant",
            "整理如下：供應商：譚福全（個體經營）｜聯絡電話：6278 4410｜付款方式：FPS（登記號碼 6278 4410）｜貨品：瑤柱 4 斤、花膠 2 斤｜金額：HK$7,360。建議要求佢提供商業登記證副本作記錄。",
        ),
        ("user", "佢話佢冇商業登記，因為佢之前破產咗仲未解除，所以用住老婆個名做。"),
        (
            "assistant",
            "明白。由於涉及個人破產狀況，建議只喺採購主管可見嘅檔案記錄，並同會計部確認以其太太名義收款是否符合公司採購政策。",
        ),
    ],
    [
        ("system", "你是一位擅長寫壽宴致辭的助手，用繁體中文，語氣溫馨。"),
        (
            "user",
            "我阿嫲 梁杜月娥 下個月九十大壽，喺荃灣分店擺 15 圍。佢前年中過風，而家坐輪椅，但好鍾意飲茶。幫我寫一段兩分鐘嘅致辭，我係長孫 梁啟聰。",
        ),
        (
            "assistant",
            "各位親友，多謝大家今日嚟到為我哋阿嫲梁杜月娥慶祝九十大壽。我係長孫啟聰。前年阿嫲中風之後，仍然每個星期堅持要我哋推佢去飲茶，一盅兩件，笑住話蝦餃一定要透。佢教識我哋，咩風浪都可以慢慢嚟……",
        ),
        ("user", "好正，可唔可以唔好提中風，我姑媽唔想親戚知。"),
        (
            "assistant",
            "無問題，改為：「阿嫲近年行動冇以前咁方便，但仍然每個星期堅持要我哋陪佢去飲茶……」其餘內容保持不變。",
        ),
    ],
    [
        (
            "user",
            "I'm applying for a dim sum chef job at a Singapore restaurant. Can you check my cover letter? 'My name is Lee Chun Hei, FIN number G8254017Q, currently living at Blk 512 Jurong West Street 52 #09-214. I have 12 years of experience at a Hong Kong teahouse.'",
        ),
        (
            "assistant",
            "Your letter reads well. A suggestion: you don't need to include your FIN number or full home address in a cover letter; put your phone and email instead, and give the FIN only on the official application form.",
        ),
        (
            "user",
            "OK, so I should write my mobile 8326 4197 and leechunhei.dimsum@gmail.com instead?",
        ),
        (
            "assistant",
            "Yes. For example: 'Lee Chun Hei | +65 8326 4197 | leechunhei.dimsum@gmail.com. I have 12 years of experience as a dim sum chef in a Hong Kong teahouse, specialising in har gow and siu mai.'",
        ),
    ],
]
