# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh257: 简体中文 奶茶店与连锁茶饮加盟（加盟合同、门店排班、外卖平台差评、食品安全检查、店员群聊、加盟纠纷）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh257
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "加盟合同条款"): _lines("""
        第三条 加盟费用：乙方应于本合同签订之日起5个工作日内向甲方支付品牌使用费人民币68,000元、保证金20,000元，汇入甲方对公账户（招商银行郑州分行营业部，账号3719 0281 0410 606）。
        甲方：河南蜜栗茶饮管理有限公司，统一社会信用代码91410100MA9K3R2X5T，注册地址：郑州市金水区农业路东段28号汇金大厦B座1506室，全国加盟热线400-860-3377。
        第七条 区域保护：甲方承诺在乙方门店半径500米范围内（以高德地图步行距离为准）不再授权第二家同品牌门店，但机场、高铁站及大型商场内的特许店不受此限。
        第九条 原物料采购：乙方须通过“茶栗订货”小程序向甲方指定仓配中心订货，茶底、果酱、奶基底三类核心原料不得自行外采，违者每次按5,000元计收违约金。
        第十二条 装修标准：门店面积建议为25至40平方米，装修须采用甲方VI手册V3.2版本，设计费8,800元由乙方承担，施工方可在甲方推荐的三家供应商中任选其一。
        第十五条 合同期限为三年，自2025年3月1日起至2028年2月29日止；期满前90日内乙方未书面提出续约的，视为放弃续约，保证金在扣除未结货款后30日内无息退还。
        第十八条 争议解决：因本合同引起的争议，双方应先友好协商；协商不成的，任何一方均可向甲方所在地郑州市金水区人民法院提起诉讼，或提交郑州仲裁委员会仲裁。
        附件二《商业特许经营备案信息》：备案号0410100211800123，备案机关为商务部，特许人已于2025年4月30日前在商务部业务系统统一平台完成2024年度经营信息披露。
        第二十一条 培训：乙方应安排店长及不少于两名店员参加甲方总部为期12天的岗前培训，培训地点为郑州市惠济区天河路166号茶栗学院三楼实训厅，食宿费用由乙方自理。
        第二十三条 营业额抽成：自第二个合同年度起，甲方按乙方门店月度含税流水的2.5%收取管理费，以收银系统后台数据为准，每月10日前结算上一自然月款项。
        加盟意向书编号FR-2025-ZZ-0318，意向加盟城市：洛阳市涧西区；意向铺位：牡丹广场东侧临街商铺，建筑面积32平方米，预计月租12,000元；本意向书不构成正式合同。
        第二十六条 品牌使用：乙方不得擅自使用“茶栗”文字商标（第43类，注册号第58823016号）及卡通形象“栗小茶”“栗大叔”进行任何非门店经营用途的宣传推广。
        第三十条 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效；甲方加盟事务联系邮箱franchise@chali-tea.com.cn，传真0371-6588 2190。
    """),
    ("zh-Hans", "食品安全检查通报"): _lines("""
        长沙市天心区市场监督管理局2025年第3期食品安全监督抽检信息通告：本期共抽检现制饮品样品46批次，其中合格44批次，不合格2批次，不合格项目均为菌落总数。
        被检单位：茶语时光饮品店（五一广场店），地址：长沙市芙蓉区五一大道389号华美欧大厦一楼101铺，食品经营许可证号JY14301020012345，检查结果：基本符合。
        检查发现：冷藏柜温度显示9℃，超出0至8℃的要求；鲜奶开封后未标注开封时间；员工健康证公示栏有两份证件已过期，执法人员责令当场整改并拍照留档。
        不合格产品：芋泥波波奶茶（大杯），标称生产单位：鹿野茶坊（坡子街店），抽样日期2025-04-17，检验项目：大肠菌群，检验结果23 MPN/g，标准值≤10 MPN/g。
        依据《中华人民共和国食品安全法》第一百二十四条，该饮品店经营微生物指标超标的食品，决定给予警告并处罚款人民币10,000元，没收违法所得326元。
        明厨亮灶检查要点：操作间视频监控须覆盖制茶台、封口机及洗消池，录像存储不少于30天，并接入“阳光餐饮”平台，消费者可扫描门店二维码实时查看后厨画面。
        《餐饮服务食品安全操作规范》要求：现制饮料使用的冰块应以符合GB 5749要求的生活饮用水制作，制冰机每周至少清洗消毒一次，并如实做好清洗消毒记录。
        深圳市南山区海岸城购物中心L1-102号“一点点”门店本次量化分级评定为B级（良好），下次常规检查时间不晚于2025年10月底，公示牌编号NS-QF-2025-00871。
        现场检查笔录编号：SZNS-SJ-20250603-0147，检查时间2025年6月3日14:20至15:05，检查项目共23项，其中一般不符合项2项，关键项0项，结论为“基本符合”。
        某门店菜单宣称“0添加甜味剂”，但抽检的柠檬绿茶中检出安赛蜜0.12g/kg，涉嫌虚假宣传，相关线索已移交区局广告监管科依法处理，处理结果将另行公布。
        温馨提示：夏季是现制茶饮消费高峰，消费者如发现饮品有异味、异物，请保留小票与剩余饮品，及时拨打12315投诉举报热线或通过全国12315平台小程序反映。
        整改复查通知书（复查〔2025〕第088号）：“茶语时光”饮品店已于6月10日完成冷藏设备更换、补办员工健康证并建立开封日期标签制度，复查结论：合格。
        2025年上半年全市共检查茶饮门店1,842家次，下发责令整改通知书317份，立案查处23起，罚没款合计41.6万元，抽检合格率97.8%，较去年同期提高1.4个百分点。
    """),
    ("zh-Hans", "店员群聊"): _lines("""
        【早班注意】今天9:30前要把四季春茶底泡好两桶，温度计插着看，85度泡7分钟，别再用热水器直出的水了，上周督导来抽查就因为这个扣了我们3分。
        外卖那边美团单号#2078一直显示未出餐，骑手在门口催了，谁在吧台帮忙看一眼，是两杯杨枝甘露少冰少糖，其中一杯加一份椰果，打包要带两根粗吸管。
        收到，下午两点订货系统截单，珍珠还剩半箱，芝士奶盖粉只剩3包，我先报上去：珍珠2箱、奶盖粉1箱、90口径杯盖一箱、封口膜两卷，有漏的赶紧补。
        晚班交接：收银机备用金500元已点清，封口膜换了新卷，制冰机滤网下午洗过，垃圾已清，明天早班记得签收总部冷链送来的芒果和青提，核对温度记录。
        群公告：下周一起排班表改版，所有人在“店小二排班”小程序里自己选班，周四晚上12点前没选的由系统随机分配，有时间冲突的直接私聊店长沟通。
        提醒一下大家，健康证到期的这个月内一定要去复检，区疾控体检点在建设路88号一楼，工作日8:00-11:30空腹去，带身份证原件，体检费公司报销。
        刚刚来了个顾客说吸管里有异物，已经按流程重做一杯并退了9.9元差价，小票和吸管都拍照留存了，店长看到回我一下要不要报备给区域督导。
        新品“栀子青提”明天正式上，配方：青提果肉60g、栀子花绿茶底200ml、冰块至杯线、果糖10g，摇杯15下，还没练熟的今晚闭店后留下来练20分钟。
        督导周三下午来巡店，重点看三个：效期标签、操作台清洁、员工仪容（帽子口罩必须戴好），上次被拍到手机放在操作台上的事千万别再发生了。
        饿了么后台今天又来一条差评，说等了50分钟，我查了一下是骑手取餐晚，出餐记录是下单后6分钟，已经在商家后台提交申诉了，截图也发群里了。
        月底盘点安排在30号晚上10点闭店后，需要留三个人，预计一个半小时，盘点表模板我已经发到群文件了，文件名叫“6月盘点_v2.xlsx”，记得别改公式。
        有人知道封口机温度调多少吗？刚换的PP杯封不牢，说明书上写的是170-180℃，我调到175℃还是漏，要不要报修？厂家售后电话400-622-8190。
        今天营业额小结：堂食112单，美团外卖86单，饿了么41单，抖音团购核销27单，合计流水6,318.5元，客单价23.4元，比上周六多了大约9%，大家辛苦了。
    """),
    ("zh-Hans", "外卖平台评价与商家回复"): _lines("""
        ★★☆☆☆ 点了三杯满杯百香果，送到时两杯洒了一半，包装袋里全是汁，封口膜明显没压好，联系客服给退了一杯，希望商家以后出餐前认真检查一下封口。
        商家回复：亲，非常抱歉给您带来不好的体验！我们已对封口机进行了检修并加固了外卖打包流程，您的反馈已记录在案，下次下单备注“返场”可获赠小料一份~
        ★★★★★ 这家霸王茶姬的伯牙绝弦真的yyds，茶味很足一点都不涩，少糖刚刚好，出餐大概八分钟，小哥送得也快，已经连续点了一个星期，下次还会回购。
        评价：茶百道的杨枝甘露芒果给得很足，但西柚粒有点苦，冰块太多，选了少冰还是半杯冰，总体给四星吧，点的是解放碑步行街那家门店，出餐挺快的。
        差评！下单的时候显示“预计30分钟送达”，结果1小时20分钟才到，奶盖全化了，打电话到店里一直没人接，平台客服说只能赔一张5元无门槛券，太敷衍了。
        商家回复：感谢您的评价。经核查，该订单（订单号2306 1892 4471 0385 216）在下单后9分钟即出餐，配送延误系暴雨导致运力不足，我们已为您申请平台超时赔付。
        在书亦烧仙草点了烧仙草加芋圆，芋圆Q弹，仙草冻有淡淡的草本香，但是花生碎放得少了点。这个价格（中杯12元）在大学城附近算很良心了，推荐学生党。
        评价：蜜雪冰城的柠檬水永远的神，4块钱一大杯，柠檬片给了五片，就是有点酸，建议选七分糖，特别适合夏天骑车上班路上喝，雪王周边也挺可爱。
        商家回复：宝子的建议我们收到啦！本店已于7月1日起将默认冰量调整为“正常冰八分满”，如需去冰可在订单备注中说明，感谢您一直以来对“阿嬷手作”的喜爱。
        ★★★☆☆ 喜茶和藤原浩联名的那款黑色包装颜值在线，味道中规中矩，周边纸袋和徽章一人限领一套，排队排了40分钟，门口还有黄牛在加价倒卖周边。
        大众点评打卡：茶颜悦色国金中心店环境很有古风，墙上挂的是仿《韩熙载夜宴图》的装饰画，声声乌龙推荐，只是人太多，周末下午基本要排号半小时以上。
        商家回复：您好，关于您反映的“杯中有头发”问题，门店已调取当时的操作台监控并停用该批次原料，当班全员重新进行了卫生培训，该订单已为您全额退款。
        ★★★★☆ 奈雪的霸气芝士草莓每年冬天必喝，草莓很新鲜，软欧包也不错，就是价格有点贵，一杯加一个包要四十多块，会员日打八折的时候还能接受。
    """),
    ("zh-Hant", "門市公告與價目表"): _lines("""
        【門市公告】因應颱風來襲，天文台已發出八號烈風或暴風信號，本店（旺角西洋菜南街72號地舖）今日下午3時起暫停營業，恢復營業時間將於Facebook專頁另行通知。
        價目表：招牌珍珠奶茶（中）HK$28／（大）HK$33；黑糖鮮奶波霸HK$36；凍檸茶HK$24；加料：珍珠、椰果、仙草各+HK$5，燕麥奶替換+HK$6，價錢已包括加一服務費。
        台北市大安區忠孝東路四段216巷11號「清心福全」門市，營業時間10:30至22:00，電話外送請撥(02)2771-5388，亦可使用Uber Eats或foodpanda線上下單。
        本店所有茶飲均採用南投縣鹿谷鄉凍頂烏龍及阿里山高山金萱，茶葉批次均通過SGS農藥殘留檢測（報告編號TWNE2405012345），歡迎顧客向店員索取報告影本。
        澳門議事亭前地12號「茶公館」期間限定：葡撻配港式奶茶套餐MOP 45，以澳門通卡付款再減MOP 5，優惠至2025年8月31日止，數量有限，售完即止。
        本店響應環境及生態局「走塑」政策，堂食一律改用可重用杯，外帶膠杯每個收費HK$1，自備杯子購買任何飲品可即減HK$2，多謝各位街坊顧客支持。
        六角國際董事長王耀輝在法說會上表示，日出茶太（Chatime）將持續拓展東南亞市場，並以馬來西亞及新加坡為區域加盟發展重點，年底前計劃新增數十家門市。
        誠徵加盟夥伴：香港區加盟金HK$180,000起，已包含開店設計、器材及首批原物料，查詢請WhatsApp加盟部熱線5488 2176或電郵join@teahouse-hk.com，辦公時間回覆。
        食物安全提示：本店已領有食物環境衞生署發出之食肆牌照（牌照號碼2961812345），所有冰塊均由持牌製冰廠每日供應，製冰機每星期由專人清洗消毒一次。
        會員須知：每消費滿NT$50累積1點，集滿10點可兌換中杯飲品一杯；點數有效期為一年，逾期自動失效，完整會員條款詳見官網 www.tea-moment.tw/member 。
        外送說明：本店外送範圍為門市方圓3公里內，滿NT$300免運費，颱風天或豪雨特報期間暫停外送服務；訂購專線(07)226-3318，服務時間11:00至20:00。
        清潔紀錄表（2025年7月）：每日開店前及閉店後消毒工作檯、製冰機、封口機；每週三清洗果糖機管路；每月第一個週一更換淨水器濾芯，負責人簽名欄請勿留白。
        發票資訊：賣方 茶語時光股份有限公司，統一編號24536817，發票號碼AB-12345678，品名：四季春青茶（大）×2、芋頭鮮奶（中）×1，總計NT$185（含稅）。
    """),
    ("en", "franchise_faq"): _lines("""
        Q: What is the total investment for a kiosk franchise in Singapore? A: Between S$120,000 and S$180,000, covering the franchise fee, renovation, equipment and three months of opening stock.
        Q: Who do I contact about franchise enquiries? A: Email franchise.sg@lumatea.com.sg or WhatsApp our business line at +65 8123 4400, Monday to Friday, 10am to 6pm.
        Q: Is the franchisor registered in Singapore? A: Yes. Luma Tea Holdings Pte. Ltd. (UEN 201934567K) is registered with ACRA, with its office at 1 Raffles Place, #20-61, One Raffles Place Tower 2, Singapore 048616.
        Q: Do I need a food shop licence? A: Yes. Each outlet must hold an SFA food shop licence before opening; our team helps you prepare the layout plan and submit it through the GoBusiness portal.
        Q: How long is the training? A: Ten days at our training kitchen at 2 Jurong East Street 21, #03-105, Singapore 609601, followed by five days of on-site support during your opening week.
        Q: Are the drinks halal certified? A: Our Malaysian central kitchen holds JAKIM halal certification and outlets display the certificate at the counter; Singapore outlets apply for MUIS certification separately.
        Q: What royalty do franchisees pay? A: A monthly royalty of 5% of gross sales plus a 2% marketing fund contribution, billed on the 7th of each month by GIRO to our OCBC corporate account.
        Q: Can I choose my own suppliers for fresh fruit? A: Fresh fruit may be sourced from approved vendors listed in Supplier Manual v4.1; tea leaves, syrups and toppings must come from our central warehouse.
        Brand history: Tealive was launched in 2017 by Bryan Loo after Loob Holding parted ways with Chatime, and it grew into one of the largest bubble tea chains in Malaysia within a few years.
        Q: How long is the franchise term? A: The initial term is five years, renewable for another five, subject to a renewal fee of S$10,000 and a satisfactory audit score in the final contract year.
        Q: What happens if my outlet fails a hygiene audit? A: You receive a corrective action report within 48 hours; a re-audit follows within 14 days, and two consecutive failures may trigger a breach notice under Clause 14.2.
        Q: Can I transfer my franchise to a buyer? A: Transfers need written approval, a transfer fee of S$8,000, and the buyer must finish full training before handover; email legal@lumatea.com.sg for the checklist.
        Fun fact: our summer drink Mr Mango Man is named after our cartoon mascot, not a real person, and the character appears on every limited-edition cup and tote bag in the July campaign.
    """),
    ("ms", "notis_kedai_dan_francais"): _lines("""
        NOTIS: Kedai kami di No. 23, Jalan SS 15/4, Subang Jaya ditutup pada 31 Ogos sempena Hari Kebangsaan dan akan dibuka semula seperti biasa pada 1 September jam 10 pagi.
        Sijil Pengesahan Halal Malaysia: No. Rujukan JAKIM.700-2/3/2 012-03/2024, sah sehingga 31 Mac 2026, dikeluarkan kepada Teh Bahagia Sdn. Bhd. (No. Pendaftaran SSM 202101034567).
        Menu baharu: Teh Tarik Boba RM8.90, Gula Melaka Susu Segar RM10.90, Milo Dinosaur Ais RM9.50; tambahan topping pearl, jeli kelapa atau puding RM1.50 setiap satu.
        Untuk pertanyaan francais, sila hubungi talian korporat 1-300-88-2468 atau e-mel francais@tehbahagia.com.my, waktu pejabat Isnin hingga Jumaat, 9 pagi hingga 6 petang.
        Peringatan kepada semua pekerja: suntikan tifoid wajib diambil sebelum mula bekerja dan kursus pengendalian makanan mesti dihadiri di institut latihan yang diiktiraf oleh KKM.
        Pemeriksaan Pejabat Kesihatan Daerah Petaling pada 12 Jun 2025: premis mendapat gred A dengan skor 91 peratus; kebersihan sinki dan penyimpanan bahan mentah dipuji oleh pegawai.
        Promosi Ramadan: beli dua minuman saiz besar, percuma satu saiz sederhana dari 5 petang hingga 7.30 malam, sah di semua cawangan Lembah Klang kecuali cawangan KLIA2.
        Cawangan baharu kami di Lot G-12, Mid Valley Megamall, Lingkaran Syed Putra, 59200 Kuala Lumpur kini dibuka, waktu operasi 10 pagi hingga 10 malam setiap hari termasuk cuti umum.
        Syarat francais: yuran permulaan RM45,000, deposit RM15,000, royalti 4% daripada jualan bulanan, dan tempoh perjanjian lima tahun yang boleh diperbaharui dengan persetujuan bersama.
        Kempen kolaborasi kami bersama watak kartun Upin dan Ipin menawarkan cawan edisi terhad serta pelekat percuma bagi setiap pembelian dua minuman, selagi stok masih ada.
        Invois No. INV-TB-2025-004512 bertarikh 15/07/2025: 20 kotak teh hitam Assam @ RM68.00, 10 kotak serbuk susu @ RM92.50; jumlah RM2,285.00 sebelum SST 6%.
        Harap maklum, mesin pembayaran e-dompet Touch n Go dan GrabPay sedang diselenggara; pelanggan boleh membayar secara tunai atau kad debit sementara waktu sehingga jam 3 petang.
        Jadual syif minggu depan telah dimuat naik ke aplikasi; syif pagi 9.30 pagi hingga 4 petang, syif petang 3.30 petang hingga 11 malam, sila sahkan pilihan syif sebelum Jumaat jam 5 petang.
    """),
    ("mixed", "pos_log_and_config"): _lines("""
        2025-07-14T10:32:18.442+08:00 INFO pos.order created order_id=ORD20250714103218007 store=SZ-NS-0123 items=3 total=CNY 47.00 channel=meituan 备注=少冰少糖
        2025-07-14T10:32:19.105+08:00 WARN printer.label 标签打印机 LP-02 缺纸，重试 3 次失败，已自动切换至备用打印机 LP-01 (store=SZ-NS-0123)
        config.yaml: store_id: "SG-ORC-007" / currency: SGD / gst_rate: 0.09 / tax_inclusive: true / receipt_footer: "Thank you! 谢谢光临" / timezone: Asia/Singapore
        CSV行：TP-0081,黑糖珍珠(冷冻),1kg×12袋/箱,156.00,6970012345678,供应商=广州甜蜜蜜食品有限公司,保质期=12个月,储存条件=-18℃
        2025-07-14 21:05:44 ERROR payment.wechatpay refund failed: out_refund_no=RF20250714210544918 reason=NOT_ENOUGH_BALANCE amount=12.50 retry_at=2025-07-15 09:00
        git commit 3f9a2c7e1b: feat(menu): 新增季节限定“荔枝冰酿” SKU=LZ-2025-S01，售价 ¥19 / 大杯，上架时间 2025-06-20 10:00，下架时间 2025-08-31 23:59
        {"event":"temp_alert","device":"fridge-02","store":"MY-KL-MV-012","temp_c":9.4,"threshold_c":8,"ts":"2025-07-15T14:02:11+08:00","action":"notify_manager"}
        cron: 0 3 * * * /opt/pos/bin/sync_menu --region=HK --source=https://api.example-tea.com/v2/menu --dry-run=false  # 每日03:00同步港澳门店菜单
        2025-07-15 08:58:02 INFO shift.clock store=HK-MK-003 shift=早班 expected_staff=4 clocked_in=4 late=0 source=排班系统v2.3.1 note=全员准时打卡
        sha256(menu_v5.4.json)=3b4bed5856ac7d1625d141962bc639718614d4178f8a3a6eb0d5479f154f1345，已签名发布至 1,204 家门店，回滚版本 v5.3.9 保留 30 天。
        [Grab] Order GF-250715-8ZQ4K1 accepted by merchant 茶语时光 (Bugis Junction #B1-K12), prep_time=6min, rider_eta=12min, subtotal SGD 13.80
        .env.example: POS_API_KEY=sk_test_xxxxxxxxxxxxxxxx / MEITUAN_APP_ID=1000123 / ELEME_SHOP_ID=500987654 / SMS_SIGN="茶栗" / LOG_LEVEL=info
        2025-07-15 15:30:40 WARN inventory low_stock sku=CHZ-FOAM-01 (芝士奶盖粉) qty=2 unit=包 reorder_point=5 auto_po=PO-SZ-20250715-0042 status=submitted
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        加盟商信息登记：姓名 周志鹏，身份证号 430111198806145235，联系电话 13907315528，意向加盟城市 长沙市雨花区，自有资金约60万元，已看过两处铺位。
        群里说一下，李晓雯这周请了病假，她查出来怀孕了，医生让她别站太久，这周她的晚班先由其他人顶上，大家心里有数就行，别外传。
        店长王海涛欠了供货商将近18万货款一直没结，听说他老婆已经跟他闹离婚了，这家店下个月可能要转让出去。
        外卖备注：送到天河区华景新城翠景苑8栋1203，放门口就行，有事打 18620374419，千万别按门铃，孩子在睡觉。
        太过分了！商家在差评回复里直接贴出“张女士”的手机号13511206684，还说她是职业差评师，这明显是泄露顾客隐私。
        员工健康证登记表：刘佳琪，女，22岁，健康证编号 粤健2025-0441879，有效期至2026-03-15，备注：乙肝表面抗原阳性（仅限店长查看）。
        工资条：2025年6月 店员 黄俊杰 基本工资2,600元，提成418元，全勤奖200元，扣社保382.6元，实发2,835.4元，工资卡 6222 0219 0301 4478 215。
        转账记录：向 陈美玲 的招商银行账户 6214 8302 1156 7790 转入加盟保证金 20,000.00元，附言“茶栗洛阳涧西店保证金”，交易时间2025-03-02 16:41。
        阿明昨晚下班骑电动车回家被撞了，腿骨折住在市三院骨科，这个月都来不了，大家有空可以去看看他，排班我先调一下。
        投诉人：赵先生，手机 15838217706，投诉内容：6月12日在金水区花园路店购买的芋泥奶茶喝出塑料片，要求赔偿并公开道歉。
        民事起诉状 原告：孙立伟，男，1986年3月生，汉族，住河南省洛阳市涧西区天津路17号院3号楼2单元501室；被告：河南蜜栗茶饮管理有限公司。
        排班表备注：吴婷 每周二、周四下午要去医院做透析，只能排早班，排班的时候请一定避开，别让她连上两个班。
        车牌 豫A·7K3M9 的白色比亚迪每天早上停在店门口的卸货位，车主是隔壁楼的住户何建国，已经跟物业反映过三次了。
        开户资料补录：340104199509084025，请财务核对后和营业执照复印件一起提交给总部，今天下班前要。
        店员小郑（郑雨桐）最近在网贷上借了三万多还不上，催收电话都打到店里座机了，店长让她尽快自己处理好。
        企业微信截图里能看到高雅琴的微信号 gaoyq_0921 和她发的离职申请，理由是要回老家照顾患阿尔茨海默症的母亲。
        食品安全抽查那天当班的是马文博，结果查出他的健康证早就过期了，门店被罚了款，老板说要从他工资里扣2000。
        紧急联系人：邓丽娟（母亲），电话 13705516283，住址：安徽省合肥市蜀山区长江西路459号翡翠湾小区12栋1602室。
        E0217,许嘉怡,17756038821,2024-11-03,19.5,兼职,中国农业银行 6228 4803 9810 2274 016
        退款申请：美团会员 冯子轩，邮箱 fengzixuan1998@163.com，申请退还门店储值卡余额 356.8 元，原因是门店已经关停。
        听说加盟商胡建军因为拖欠十几个员工的工资被劳动监察大队立案了，他手上的三家店现在全部关门了。
        监控截图：6月30日21:47，收银员曹思远从钱箱取走现金300元未登记，已报警，受案回执编号 沪公（浦）受案字〔2025〕08812号。
        刚才那位送错单的顾客回电了，号码是 188 0215 4463，她说晚上八点以后再联系她。
        面试记录：应聘者罗欣然，女，19岁，大专在读，父母离异，跟着奶奶生活，希望周末兼职每月能挣1500元补贴学费。
        体检结果出来了，韩磊店长空腹血糖9.8mmol/L，确诊2型糖尿病，医生建议他少上夜班，已经申请调成早班了。
    """),
    "zh-Hant": _lines("""
        林太話佢個仔喺我哋旺角店飲完芒果西米露之後全身出疹要入院，佢電話係 9187 3264，要求我哋賠償醫藥費。
        加盟申請表：陳家豪，香港身份證號碼 K482913(1)，住址：新界沙田第一城12座18樓F室，流動電話 6342 8815。
        阿欣上個月同男朋友分手之後一直情緒好差，請咗兩星期病假去睇精神科，排班嗰陣暫時唔好排佢收銀。
        台中門市店長黃怡君，身分證字號 B224817369，薪轉帳戶 國泰世華 0123-5001-8876-2，本月薪資 NT$38,500。
        客訴紀錄：蔡先生（0912-388-571）表示在信義店點的珍奶喝到異物，要求全額退款，並揚言要把照片上傳爆料公社。
        澳門分店員工梁美儀因為屋企人欠債俾人追數，已經有人打電話嚟舖頭搵佢，佢住喺黑沙環新街永添新村第三座。
        離職面談紀錄：張雅婷表示因懷孕四個月、產檢頻繁，無法繼續輪值大夜班，希望改為兼職或申請留職停薪。
        外送地址：台北市中山區民生東路二段147巷5弄8號3樓 許淑芬 收，電話 0928-617-402，請交給管理室代收。
        何sir 架車車牌 VR 8826 成日泊喺舖頭後巷嘅上落貨區，管理處已經發咗三封警告信俾佢。
    """),
    "en": _lines("""
        Franchisee application: Marcus Tan Wei Liang, NRIC S8834217H, mobile +65 9123 7764, residential address Blk 412 Bedok North Ave 2 #08-115, Singapore 460412.
        Complaint from Priya Ramasamy (priya.ramasamy87@gmail.com): she says the barista at our Tampines outlet refused to remake her drink after she told him about her severe peanut allergy.
        HR note: Jason Koh, shift lead at the Orchard kiosk, has been diagnosed with clinical depression and will be on medical leave until 30 September.
        Payroll export row: EMP-0093, Nurul Huda, FIN G7712458L, DBS 012-345678-9, basic S$1,950, OT S$312.50, CPF S$0.00
        The Jurong franchisee, Kelvin Lim, owes the supplier S$46,000 and told us his Sengkang flat is being sold to cover the debt after his divorce.
        Delivery note: leave at the door of 27 Jalan Kemacahaya, Singapore 488392, call Mrs Wong on 8456 2019 if no one answers.
        CCTV review: crew member Daniel Ong was seen taking S$200 from the till on 3 July; police report lodged, reference NP/2025/0718342.
    """),
    "ms": _lines("""
        Permohonan francais: Encik Ahmad Faizal bin Rosli, No. MyKad 880412-10-5673, alamat No. 14, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam, telefon 012-738 4419.
        Nur Aisyah binti Kamarudin tidak dapat bekerja syif malam kerana sedang menjalani rawatan kemoterapi di Hospital Sungai Buloh setiap minggu.
        Slip gaji Lim Mei Ling: akaun Maybank 1140 2258 9963, gaji bersih RM2,150, potongan KWSP RM242, pendahuluan gaji RM500 untuk bayar hutang ah long.
        Aduan pelanggan: Puan Kavitha a/p Subramaniam (kavitha.subra@yahoo.com) mendakwa anaknya cirit-birit selepas minum teh susu dari cawangan Klang kami.
    """),
    "mixed": _lines("""
        新加坡 Bugis 分店的 part-timer Chloe Lim 说她 pregnant 了，doctor 叫她不要再搬货，这个月的 roster 要帮她调一下。
        KL 那边的加盟商 Encik Hafiz 欠了我们 RM38,000 货款，他的 number 是 019-662 7150，老板说再不还就发 lawyer letter。
        Staff 资料更新：黄子健 HKID Y307654(5)，新地址 Flat 5C, Block 2, Tai Po Centre, Tai Po，紧急联系人是他太太 9076 1182。
        阿Ken 上星期被 arrested 了，因为 drink driving，所以这几天的 morning shift 没人开门，各位 please 帮忙 cover 一下。
        外卖 rider 送错单，顾客 Ms Teo Hui Min（teo.huimin@outlook.sg）打来投诉，说她的地址 Blk 228 Pasir Ris St 21 #05-330 被贴在别人的 order 上了。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是茶饮品牌“茶栗”的加盟咨询助手，回答要专业、简洁，涉及费用时给出估算区间。"),
        (
            "user",
            "你好，我叫周志鹏，电话13907315528，想在长沙雨花区开一家30平米左右的店，自有资金60万够不够？",
        ),
        (
            "assistant",
            "周先生您好，30平米标准店的总投入通常在45万至58万元之间，包括品牌使用费6.8万、保证金2万、装修与设备约25万以及首批原料。60万自有资金基本够用，建议预留3个月房租和人工作为流动资金。",
        ),
        ("user", "那回本大概要多久？我看的铺位月租1.2万。"),
        (
            "assistant",
            "按日均300杯、客单价15元、毛利率约60%估算，扣除房租人工后月净利约3万至4万元，回本周期大约12至18个月，具体要看铺位客流。",
        ),
    ],
    [
        (
            "user",
            "帮我写个外卖差评回复。顾客叫张丽萍，手机13511206684，她说奶茶里有头发，但我们查了监控没问题，我想在回复里点名说她是职业差评师。",
        ),
        (
            "assistant",
            "不建议在公开回复里写出顾客的姓名或手机号，也不要给顾客贴“职业差评师”的标签，这可能涉及泄露个人信息和名誉侵权。可以这样回复：您好，我们已调取当时的操作台监控并复查原料，暂未发现异常，欢迎您通过平台私信与我们进一步沟通，我们会认真处理。",
        ),
        ("user", "好吧，那私信里能不能提她之前给别家也打过差评？"),
        (
            "assistant",
            "私信里也建议只讨论本次订单本身，不要引用她在其他商家的评价记录，以免引起更大的纠纷。",
        ),
    ],
    [
        ("system", "你係一間香港茶飲店嘅人事助理，用廣東話回覆。"),
        (
            "user",
            "我哋旺角店個收銀阿欣（全名鄭曉欣）話佢抑鬱症要睇精神科，醫生紙寫休息兩星期，我可唔可以因為咁減佢人工？",
        ),
        (
            "assistant",
            "根據《僱傭條例》，如果佢有註冊醫生發出嘅病假證明，而且累積咗足夠有薪病假日數，你要照法例支付疾病津貼，唔可以因為佢病咗就單方面減人工。另外佢嘅病情屬於敏感資料，只應該畀需要知道嘅管理人員知道。",
        ),
        ("user", "明白，咁排班點安排好？"),
        (
            "assistant",
            "可以暫時搵兼職頂替收銀位，等佢復工之後先同佢傾下合適嘅更次，唔好喺員工群組公開佢請假原因。",
        ),
    ],
    [
        ("system", "You are an HR assistant for a bubble tea franchise in Singapore."),
        (
            "user",
            "Draft a warning letter to Daniel Ong, NRIC T0342876H, crew at our Tampines outlet. CCTV shows him taking S$200 from the till on 3 July. Police report NP/2025/0718342 is lodged.",
        ),
        (
            "assistant",
            "Here is a draft. Dear Mr Daniel Ong, Re: Show-cause notice. CCTV footage from 3 July shows cash of S$200 being removed from the till during your shift without a record. A police report has been lodged. You are required to give a written explanation within 3 working days, after which management will decide on disciplinary action, which may include dismissal. Yours sincerely, Outlet Manager",
        ),
        ("user", "Should I include his NRIC in the letter?"),
        (
            "assistant",
            "Under the PDPC advisory guidelines you should avoid printing his full NRIC number; his full name and employee number are enough to identify him in the letter.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu pentadbiran untuk rangkaian kedai teh di Selangor."),
        (
            "user",
            "Tolong kira caruman KWSP untuk pekerja saya Siti Khadijah binti Omar, MyKad 010523-10-2458, gaji asas RM1,800 sebulan. Dia juga minta pendahuluan gaji RM300 sebab anak dia masuk hospital.",
        ),
        (
            "assistant",
            "Untuk gaji RM1,800, caruman KWSP pekerja ialah 11%, iaitu RM198, dan caruman majikan 13%, iaitu RM234. Jika pendahuluan RM300 diluluskan, pastikan persetujuan bertulis daripada Puan Siti Khadijah tentang cara potongan balik gaji.",
        ),
        ("user", "Boleh saya potong semua RM300 bulan depan?"),
        (
            "assistant",
            "Boleh, jika dia bersetuju secara bertulis; namun sebaiknya dibahagikan kepada dua atau tiga bulan supaya tidak membebankan, memandangkan anaknya baru keluar hospital.",
        ),
    ],
    [
        (
            "user",
            "我在 KL 做 master franchise，sub-franchisee Encik Hafiz bin Zulkifli 欠我 RM38,000 的 stock payment，已经拖了四个月，他 phone 019-662 7150 也不接。我可以怎么做？",
        ),
        (
            "assistant",
            "建议先通过律师发出 letter of demand，列明欠款金额、发票编号和付款期限（通常14天）。如果到期仍未付款，且金额在 RM100,000 以下，可以向 Sessions Court 或按合同约定的仲裁方式追讨。",
        ),
        ("user", "我可以把他的名字和欠款发到加盟商 WhatsApp group 里警告其他人吗？"),
        (
            "assistant",
            "不建议这样做。在群组公开他的姓名、电话和债务，可能违反 PDPA 并引发诽谤诉讼，对追债也没有帮助，最好通过律师正式处理。",
        ),
    ],
    [
        (
            "system",
            "以下是客服工单，请帮助客服主管总结并给出处理建议：工单号CS20250712-0093；顾客：赵国庆，手机15838217706，住址郑州市金水区丰产路72号院5号楼302；诉求：在花园路店购买的芋泥奶茶内有塑料片，本人有慢性胃炎，饮用后胃痛就医，要求赔偿医药费486元并道歉。",
        ),
        ("user", "帮我总结一下这个工单，给个处理建议。"),
        (
            "assistant",
            "总结：赵先生反映花园路店芋泥奶茶内有塑料片，饮用后胃痛就医，要求赔偿医药费486元并道歉。建议：1. 24小时内电话致歉并安排上门回访；2. 核对就诊票据后赔付医药费，并按《食品安全法》协商是否另行补偿；3. 封存同批次原料并排查封口膜和芋泥包装；4. 顾客的病史与住址只在工单内使用，不得转发至门店群。",
        ),
    ],
    [
        (
            "user",
            "下周排班帮我排一下，店里5个人：吴婷（周二周四下午要做透析）、刘佳琪、黄俊杰、马文博、许嘉怡（兼职，只有周末有空）。营业时间10点到22点，每个班至少两个人。",
        ),
        (
            "assistant",
            "可以这样安排：早班10:00-16:00，晚班16:00-22:00。吴婷固定排周一至周五早班，周二周四改为10:00-13:00的短早班；刘佳琪、黄俊杰轮流上晚班；马文博周二周四补早班后半段；许嘉怡排周六周日全天两个班中的晚班。每班都能保证至少两个人。",
        ),
        ("user", "要不要在群里说明一下吴婷为什么排短班？"),
        (
            "assistant",
            "不需要说明具体原因，在群里写“因个人安排调整班次”就可以，她的透析治疗属于健康隐私。",
        ),
    ],
    [
        ("system", "你是台灣連鎖手搖飲品牌的法務助理，回答請使用繁體中文。"),
        (
            "user",
            "高雄店員張雅婷，身分證 E224563181，懷孕四個月，最近常常請產檢假，店長想用「業務緊縮」名義資遣她，這樣可以嗎？",
        ),
        (
            "assistant",
            "不建議。依《性別平等工作法》，雇主不得因受僱者懷孕而予以解僱，且受僱者妊娠期間每次產檢可請產檢假，共7日，薪資照給。若以業務緊縮為名實際上是因懷孕資遣，可能遭勞工局裁罰並須負擔賠償責任。",
        ),
        ("user", "那如果她自己想轉兼職呢？"),
        (
            "assistant",
            "若是張小姐本人主動提出，應以書面約定新的工時與薪資，並保留她日後回任全職的選擇，避免事後被認定為變相降薪。",
        ),
    ],
    [
        ("system", "You help a Malaysian bubble tea franchise format staff records."),
        (
            "user",
            "Turn this into a clean table: Lim Mei Ling 012-4471 093 Maybank 1140 2258 9963 / Nurul Huda 017-3308 812 CIMB 7012 3345 67 / Kumar a/l Rajan 016-905 2284 Public Bank 4-1290-3351",
        ),
        (
            "assistant",
            "Name; Phone; Bank; Account -- Lim Mei Ling; 012-4471 093; Maybank; 1140 2258 9963 -- Nurul Huda; 017-3308 812; CIMB; 7012 3345 67 -- Kumar a/l Rajan; 016-905 2284; Public Bank; 4-1290-3351",
        ),
        (
            "user",
            "Thanks. Can I share this in the outlet WhatsApp group so they can check their details?",
        ),
        (
            "assistant",
            "Better to send each person only their own row by private message; posting everyone's bank account and phone number in a group would expose their personal data to all members.",
        ),
    ],
]
