# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh271: 简体中文 宗亲会与族谱编修（修谱登记、世系表、祭祖活动、捐款芳名录、族人联络、宗亲微信群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh271
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "修谱通知"): _lines("""
        【修谱公告】晋江颍川陈氏第五次续修族谱工作自2025年3月1日起启动，凡我宗亲请于6月30日前到大宗祠修谱办或通过“颍川陈氏”小程序提交世系资料，咨询电话：0595-8566 2301（工作日9:00-17:00）。
        修谱理事会第三次全体会议决定：男女丁口一律入谱，女儿及外嫁女可载其配偶及子女，收养子女与亲生子女同等记载，本决定自本届续修起执行，旧谱体例不再沿用。
        各房派请注意：族谱初稿校对本已分发至长房、二房、三房、四房联络点，请于10月15日前将勘误表交回晋江市池店镇钱山村陈氏大宗祠东厢修谱办公室，逾期视为无修改意见。
        祭祖公告：乙巳年冬至祭祖大典定于2025年12月21日（农历十一月初二）上午9时在大宗祠举行，8:30签到，请族人着正装，勿带鞭炮入祠，停车场设于村委会广场。
        郑重声明：近期有人冒充“世界林氏宗亲总会”名义上门收取入谱费，本会从未授权任何个人收费，所有款项只汇入本会对公账户：福州市林氏宗亲联谊会，中国农业银行福州五一支行，账号 13400501040022367。
        族谱印制进度通报：精装本《江夏黄氏紫云族谱》共十二卷，已完成第1至9卷排版，预计2026年2月交印，每套订价人民币680元，预订截止日为2025年12月31日，海外预订另加邮费。
        重要通知：受台风影响，原定9月24日的海外宗亲寻根团行程顺延一周，已报名者无需重新报名，机票改签事宜请联系承办单位厦门海丝国际旅行社有限公司客服热线 400-6611-852。
        世系资料征集：请各支派提供自始迁祖起至今的世系图、迁徙路线、祠堂及祖墓坐落、旧谱序跋照片，扫描件请发送至修谱办公邮箱 xiupu@yingchuan-chen.org.cn，文件名格式为“房派_世次_页码”。
        新谱领取办法：每户凭户主身份证原件及领谱回执单领取一套，不得代领多套；海外宗亲可委托所在地宗亲会统一代领，寄送费用由本会承担，领取时间为2026年3月1日至4月30日。
        本届修谱经费预算总额为人民币86万元，其中印刷费41.2万元、资料采集差旅费9.6万元、编校酬金14万元、颁谱大典费用12万元、备用金9.2万元，收支明细每季度在宗祠公告栏张贴。
        寻根接待处：新加坡、马来西亚及台湾宗亲回乡谒祖，请提前7天预约，接待电话 0596-6321 888，关注微信公众号“漳州开漳圣王文化园”可在线登记，接待时间为周二至周日9:00-16:30。
        特此公告：经理事会研究，恢复停办四十年的春秋二祭，春祭定于清明前一日，秋祭定于重阳节，所需三牲、果品、香烛由宗祠统一采购，不再向各户摊派，欢迎族人踊跃参加。
        登记须知：世系表中已故先人须注明生卒年月、葬地及配偶姓氏，在世者只刊印名讳、世次、排行，出生日期及联系方式仅由修谱办存档，不得刊印或外传，以保护族人个人信息。
    """),
    ("zh-Hans", "族谱凡例"): _lines("""
        凡例一：本谱以入闽始祖为一世，依世次顺序排列，采用欧阳修、苏洵所创“五世一表”体例，每表横列五世，世次以汉字及阿拉伯数字并列标注于表头，便于检索。
        凡例二：本谱字辈沿用旧谱所定二十字——“文章华国，诗礼传家，忠孝仁义，光宗耀祖，永世其昌”，第二十世以后之字辈由理事会另行议定，并报宗亲代表大会通过。
        凡例三：凡出继、入继者，于本生父名下注“出继某房”，于所继父名下注“自某房入继”，以明世系；赘婿所生子女从母姓者，一体入谱，不另加注。
        凡例四：生卒年一律以公元纪年为主，括注农历干支，格式如“生于某年（丙子）农历三月初九”，旧谱中仅有干支纪年者由编委会统一换算后补注，存疑者标“待考”。
        凡例五：族人迁居海外者，仅注明迁居国家及城市，如“迁居马来西亚槟城”“迁居新加坡”，不记录门牌地址、电话及证件号码，以防信息外泄。
        凡例六：世系表编号规则为“世次-房号-序号”，如“18-03-027”表示第十八世三房第二十七人，编号仅作检索之用，不代表长幼尊卑，新增人员顺延编号。
        谱禁：凡有悖伦常、违法乱纪者，依旧谱成例不另立传，但世系不删，以存其真；此条经2024年宗亲代表大会以九十二票赞成、三票反对表决通过。
        先贤传收录东汉“天下无双，江夏黄童”黄香、唐末诗人黄滔、北宋书法家黄庭坚、明末大儒黄道周等人事迹，均据正史及地方志考订，不采无稽传说。
        世系表栏目依次为：世次、名讳、字号、生卒、配偶、子女、葬地、备注；女性族人与男性族人同列，不再另设“女附”栏目，配偶仅载姓氏及籍贯。
        堂号与郡望：陈氏颍川堂、林氏西河堂、黄氏江夏堂、王氏太原堂、李氏陇西堂、张氏清河堂、吴氏延陵堂，本谱附录列出闽南常见姓氏堂号对照表供族人参考。
        旧谱影印说明：清光绪十六年（1890年）刻本《紫云黄氏族谱》残卷四册，现藏泉州市图书馆古籍部，本次以600dpi高清扫描影印附于卷末，原书版框尺寸约21×14厘米。
        凡例十：祠堂、祖墓位置一律只记县市、乡镇及村名，祖墓另附GPS坐标，精度保留小数点后三位，如 N24.873, E118.592，在世族人住所一概不录。
        附则：本凡例由修谱编委会起草，经第七届理事会第四次会议审议通过，自公布之日起施行，解释权归修谱编委会，未尽事宜参照《中国家谱总目》著录规范办理。
    """),
    ("zh-Hans", "宗亲群工作消息"): _lines("""
        【秘书处】@全体成员 冬至祭祖的签到表模板已上传群文件《2025冬祭签到表v3.xlsx》，各房联络员请今晚10点前下载打印，明早8点前到宗祠东厢领取胸牌和袖标。
        财务组通报：截至今天下午5点，修谱捐款专户共到账312笔，合计人民币487,650元，明细已更新到共享文档第4页，请各位理事核对后在群里回复“已阅”。
        印刷厂刚回话，第3卷样书有14页页码错位，厂家同意免费重印，交货推迟到1月8日，订单号 YS-20251126-0473，对外先不要公布具体日期，等样书到了再说。
        提醒一下：群里不要直接发族人的身份证照片和手机号，登记表统一走小程序后台，后台导出的Excel请加密后再传，密码规则按上次理事会定的执行。
        大巴已经订好了，海沧那家车队三辆45座，早上7:00在集美区文化中心东门集合，车费共5,400元，发票抬头开“集美陈氏宗亲联谊会”，税号找财务组要。
        音响公司报价4,800元含搭建，比去年贵了600，我又问了两家：鸿声音响3,900元、金典影音4,200元，都含发电机，大家明天中午前投票定一家。
        海外宗亲团航班确认：新加坡团乘MF852于12月19日14:35抵达厦门高崎T3，马来西亚团乘AK1518于同日16:50抵达，接机牌和矿泉水已备好，两辆中巴在P2停车场待命。
        宗祠维修：屋脊剪瓷雕有三处脱落，区文物局的工程师周四上午来现场勘察，需要理事会出一份书面申请，模板放群文件了，盖好公章扫描回传即可。
        各位：小程序昨晚22:17到23:40出现登录故障，开发公司已修复，版本更新到 v2.4.1，期间提交失败的记录约37条，后台已自动重试成功，无需重新填写。
        通知：下周六（11月29日）下午2点在会馆三楼会议室召开修谱编委会例会，议题：①第5卷审稿；②海外支派世系对接；③功德碑刻字字体选定，请准时参加。
        祭品清单核对：全猪2头、全羊1头、阉鸡12只、果品12盘、寿面36斤、香烛8箱，比去年多了2盘果品，供应商说周五上午送到宗祠后门，需要两个人帮忙卸货。
        刚咨询过邮政，寄往马来西亚的族谱属于印刷品，单件超过2公斤要走EMS，每套运费约186元，这次共42套，建议统一装箱走海运，省下来的钱可以补贴颁谱宴。
        群公告更新：本群仅用于修谱及祭祖工作联络，广告、拉票、转发未经核实的“认祖归宗”链接一律撤回，屡次违规者移出群聊，请各位理解配合。
    """),
    ("zh-Hans", "印刷祭品报价与发票"): _lines("""
        泉州闽南古籍印务有限公司 报价单 No.QT-2025-1187：族谱精装（16开，宣纸仿古，锁线装订，烫金封面）每套12卷，单价人民币528元，起订量200套，交期45个工作日。
        增值税普通发票 发票号码：25352000000014632718 开票日期：2025年11月18日 购买方：晋江市陈氏宗亲联谊会 统一社会信用代码：51350582MJD123456D 项目：族谱印刷费 金额：¥105,600.00
        祭祀用品价目表（漳州天宝香烛行）：龙凤大红烛一对88元；檀香盘香24小时装每盒45元；大寿金每捆30元；三牲礼盒（猪肉、全鸡、鲜鱼）398元起，满2,000元免费送货上门。
        刻碑报价：惠安崇武“石匠世家”石雕厂，芝麻白花岗岩功德碑 2.4m×1.2m×0.15m，含阴刻芳名约1,200字、描金、运输及安装，总价人民币36,800元，工期30天。
        收据 No.0004587：今收到 新加坡南安会馆 捐赠颍川陈氏大宗祠修缮工程款 新币伍仟元整（SGD 5,000.00），折合人民币26,950元，收款单位：晋江陈氏大宗祠管理委员会（盖章）。
        宴席订单：漳州“林家大院”酒楼 冬至宗亲宴 60桌 × 2,188元/桌，订金30,000元已收，订单号 LJDY-20251221-060，前台电话 0596-2985 777，菜单含佛跳墙及土笋冻。
        族谱数字化服务合同摘要：乙方福州寻根数据科技有限公司（统一社会信用代码 91350100MA8T4K2X6D）负责旧谱扫描3,600页、OCR录入及世系数据库搭建，合同总价188,000元，分三期支付。
        醒狮表演报价：佛山“黄飞鸿醒狮团”一对狮加锣鼓队8人，每场3,500元，含采青及高桩表演，车马费另计，预约热线 0757-8222 6633，节假日需提前两周预订。
        寄件单位：厦门海沧莲塘陈氏祖厝理事会；顺丰运单号 SF1428796035512；托寄物：族谱12套（印刷品）；计费重量38.5kg；运费421元；付款方式：企业月结。
        网店商品：【族谱定制】宣纸线装空白世系表内页 100页/本，可印堂号、字辈，SKU: ZP-XZ-100-RED，售价¥168，月销2000+，店铺：淘宝“文渊阁谱牒工坊”，支持开专票。
        发票明细：祠堂灯笼（直径80cm，烫金“颍川堂”）20只 × 260元 = 5,200元；红绸横幅6条 × 180元 = 1,080元；合计6,280元；开票单位：莆田市荔城区福兴庆典用品商行。
        报价说明：本报价自2025年12月1日起30日内有效，价格含13%增值税，不含运费；合同签订后预付30%，验收合格后付清余款，收款开户行：中国建设银行泉州丰泽支行。
        对账单（2025年第四季度）：晋江市陈氏宗亲联谊会 与 泉州闽南古籍印务有限公司，期初应付0.00，本期发生105,600.00，已付73,920.00，期末应付31,680.00，请于2026年1月15日前结清。
    """),
    ("zh-Hant", "宗祠歷史"): _lines("""
        陳家祠，又稱陳氏書院，位於廣州市荔灣區中山七路，始建於清光緒十四年（1888年），光緒二十年（1894年）落成，由廣東各縣陳姓宗親集資興建，現為廣東民間工藝博物館。
        檳城龍山堂邱公司由福建海澄新江邱氏族人於十九世紀中葉在檳榔嶼創立，現存建築於1906年重建落成，雕樑畫棟，是喬治市世界文化遺產區內最具代表性的宗祠建築之一。
        香港元朗屏山鄧氏宗祠相傳由鄧氏五世祖鄧馮遜興建，已有七百多年歷史，為三進兩院式建築，現屬法定古蹟，每逢春秋二祭及新春點燈，鄧氏族人仍在祠內舉行儀式。
        臺北陳德星堂創建於清光緒年間，原址位於臺北府城內，日治時期因興建臺灣總督府而遷至今大同區大龍街現址，為臺北市定古蹟，奉祀陳氏歷代先祖。
        新加坡保赤宮陳氏宗祠建於1876年至1878年，位於馬真路（Magazine Road），為新加坡陳氏宗親最重要的祭祀場所之一，1974年被列為國家古蹟。
        開漳聖王陳元光，唐代光州固始人，總章二年（669年）隨父陳政入閩平亂，後奏請設立漳州，被閩台陳姓族人尊為入閩始祖，臺灣各地亦有不少開漳聖王廟。
        林氏奉商代比干為受姓始祖，相傳比干遭紂王剖心而死，其子堅逃難於長林之山，周武王賜姓林，故林氏堂號有「西河」「濟南」等，各地宗親會多於農曆四月初四紀念比干誕辰。
        澳門盧家大屋為清末商人盧華紹（人稱盧九）家族大宅，建於1889年，位於大堂巷，是澳門現存較完整的中式大宅之一，屬澳門歷史城區，現免費開放予公眾參觀。
        吉隆坡陳氏書院（Chan She Shu Yuen）建於1897年至1906年間，位於茨廠街南端，以廣東石灣陶塑屋脊裝飾聞名，為吉隆坡陳姓宗親祭祀及聚會的重要場所。
        臺灣族譜收藏以國家圖書館及國史館臺灣文獻館最為豐富，美國猶他家譜學會（FamilySearch）於1970年代曾在臺灣大規模拍攝族譜微縮膠卷，今可於其網站線上檢索。
        香港新界圍村每逢添丁，於正月十五前後在祠堂舉行「點燈」儀式，將花燈懸掛祠內，取「燈」與「丁」粵語同音之意，此俗已列入香港非物質文化遺產清單。
        《朱子家禮》相傳為南宋朱熹所撰，規定祠堂之制及冠婚喪祭之禮，明清以來成為華南宗族祭祖儀式的主要依據，閩粵宗祠多設寢堂以安奉歷代祖先神主。
        泉州南安九日山現存宋代祈風石刻十餘方，記錄泉州郡守為海舶祈求順風的儀式，許多旅居南洋的南安宗親回鄉謁祖時，亦會順道登山觀看摩崖石刻。
    """),
    ("en", "clan_association_faq"): _lines("""
        Q: Who can join the association? A: Anyone of Chinese descent with the surname Tan (陈/陳), or whose mother is a Tan, aged 18 and above. Membership is S$30 a year or S$300 for life.
        Q: Where is the office? A: 15 Tanjong Pagar Road #03-02, Singapore 088443, open Tue-Sat 10am-5pm. Call the office at 6223 4471 or message our office WhatsApp line 8112 6040.
        Q: How do I trace my ancestral village? A: Bring what you have - tombstone rubbings, ancestral tablets, old qiaopi letters - and our volunteers will match them against our zupu archive of 140 volumes.
        Q: Does the association sell columbarium niches? A: No. Please contact Mandai Columbarium or licensed private operators. We only handle ancestral tablet placement in our own hall, S$1,288 per tablet.
        Q: Is my donation tax-deductible? A: Yes, we are an Institution of a Public Character, UEN S62SS0048K. Gifts of S$50 and above qualify for 250% deduction; IRAS reporting needs the donor's tax reference.
        Q: When are the Qingming rites? A: Sunday 5 April 2026, 9:00am at the ancestral hall. Free shuttle buses leave from Outram Park MRT Exit H at 8:15am and return by 1pm.
        Q: Can non-members attend the Winter Solstice dinner? A: Yes. Tickets are S$68 per person or S$680 per table of 10, sold at the office or online (event code WSD2025). Vegetarian tables available.
        Q: How do I update a family entry in the genealogy? A: Download Form G-3, fill in the generation number, branch (fang) and changes, and email it to genealogy@tanclan-assoc.org.sg. Processing takes about 6 weeks.
        Q: Do you record adopted children and daughters? A: Yes. Since the 2019 AGM resolution, adopted children and daughters are recorded equally with sons, and daughters' spouses may be listed by surname.
        Q: Who was Tan Kah Kee? A: Tan Kah Kee (1874-1961) was a Hokkien businessman and philanthropist who founded Xiamen University and the Jimei schools; his portrait hangs in many clan halls in Singapore and Malaysia.
        Q: Do you translate old genealogy books? A: Not in-house. We refer members to the heritage centre of the Singapore Federation of Chinese Clan Associations, which runs classical Chinese reading sessions monthly.
        Q: Can I get a copy of the Kuala Lumpur branch's genealogy? A: Please write to the Selangor and Kuala Lumpur clan association (ROS PPM-014-10-21071951) directly; we do not distribute other branches' records.
        Q: What is the refund policy for the Fujian heritage tour (code HT-FJ-2026-04)? A: Full refund up to 30 days before departure, 50% up to 14 days, none after that. Travel insurance is included.
    """),
    ("ms", "notis_persatuan_suku"): _lines("""
        NOTIS MESYUARAT AGUNG TAHUNAN: Mesyuarat Agung Tahunan ke-68 Persatuan Keturunan Lim Negeri Selangor akan diadakan pada 14 Disember 2025 (Ahad), jam 10.00 pagi di Dewan Persatuan, Jalan Sultan, Kuala Lumpur.
        Persatuan ini didaftarkan di bawah Akta Pertubuhan 1966 dengan nombor pendaftaran PPM-009-14-12031956. Semua sumbangan hendaklah dibuat atas nama persatuan sahaja, bukan kepada mana-mana individu.
        Sewa Dewan: Dewan utama boleh disewa untuk majlis perkahwinan dan jamuan, RM1,800 sehari untuk ahli dan RM2,500 untuk bukan ahli, termasuk 40 meja bulat dan sistem PA. Tempahan: 03-2078 4415 (pejabat).
        Makluman: Upacara sembahyang nenek moyang sempena Cheng Beng akan diadakan di Tanah Perkuburan Cina Kwong Tong pada 5 April 2026 jam 8.00 pagi. Bas percuma disediakan dari dewan persatuan.
        Biasiswa Persatuan 2026: Permohonan dibuka kepada anak-anak ahli yang mendapat sekurang-kurangnya 5A dalam SPM 2025. Borang boleh dimuat turun dari laman web dan dihantar sebelum 31 Mac 2026.
        Untuk pertanyaan berkaitan salasilah keluarga (jiapu), sila hubungi Jawatankuasa Salasilah melalui e-mel salasilah@limclan-selangor.org.my atau WhatsApp pejabat 012-338 7460 pada waktu pejabat sahaja.
        Yuran keahlian: RM20 setahun atau RM200 seumur hidup. Bayaran melalui DuitNow QR persatuan atau pindahan ke akaun Maybank 5143 2201 8876 atas nama Persatuan Keturunan Lim Negeri Selangor.
        Lawatan Jejak Asal-usul ke Fujian: 8 hari 7 malam ke Putian dan Quanzhou, 18-25 Mei 2026, RM4,380 seorang (bilik berkongsi), dikendalikan oleh Jejak Warisan Travel Sdn Bhd (KPK/LN 10285).
        Pejabat persatuan akan ditutup sempena Tahun Baru Cina dari 16 hingga 20 Februari 2026. Urusan pendaftaran semula ahli dan kemas kini salasilah akan disambung pada 23 Februari 2026.
        Sejarah ringkas: Persatuan ini ditubuhkan pada tahun 1956 oleh para peniaga keturunan Hokkien di Kuala Lumpur untuk membantu pendatang baharu bermarga Lim mencari pekerjaan dan tempat tinggal.
        Peringatan: Jangan kongsikan salinan MyKad atau nombor telefon ahli keluarga dalam kumpulan WhatsApp persatuan. Semua borang pendaftaran salasilah hendaklah diserahkan terus ke pejabat.
        Jamuan Malam Tang Chek (Dongzhi) akan diadakan di Restoran Hakka Kampung Baru pada 21 Disember 2025, RM1,288 semeja (10 orang). Tiket boleh dibeli di kaunter pejabat sebelum 10 Disember.
        Persatuan merakamkan terima kasih kepada Yayasan Hong Leong dan Kelab Lions Kuala Lumpur atas sumbangan RM30,000 bagi membaik pulih bumbung dewan yang rosak akibat ribut pada Oktober lalu.
    """),
    ("mixed", "genealogy_app_config_and_logs"): _lines("""
        族谱导出模板 export_template_v2.csv 表头：person_id,世次,房派,名讳,字号,birth_year,death_year,spouse_surname,father_id,branch_code,remark
        config.yaml: genealogy.default_poem: "文章华国诗礼传家"; privacy.mask_living_persons: true; export.formats: [gedcom, csv, pdf]; storage.region: cn-east-2
        2025-11-26 22:17:43,512 ERROR [auth-service] 登录失败: upstream wechat oauth timeout after 5000ms, request_id=9f3c2a1e-77b0-4d1c-a8e2-3b51f0c9d642, retry=3
        GEDCOM 文件头示例：0 HEAD / 1 SOUR ZUPU_BUILDER / 2 VERS 2.4.1 / 1 GEDC / 2 VERS 5.5.1 / 1 CHAR UTF-8 / 1 LANG Chinese，导出时自动去除在世者 BIRT 节点。
        CREATE TABLE lineage (id BIGINT PRIMARY KEY, generation SMALLINT NOT NULL, branch VARCHAR(16), name_enc BYTEA, father_id BIGINT REFERENCES lineage(id), is_living BOOLEAN DEFAULT TRUE);
        [INFO] 2025-12-01T09:00:02+08:00 job=zupu-export 完成: 3,612 records, 0 errors, duration 41.8s, file=zupu_export_20251201.ged, sha256=4b8e0f2a91c7d35e6f0a2b9c8d7e1f30a5b6c4d2e9f8a7b1c0d3e2f4a6b8c9d1
        API 说明：GET /api/v2/lineage/{node_id}/descendants?depth=5&include_spouse=false 返回 JSON，字段 generation、branch、children[]；未登录用户仅可见已故先人节点。
        小程序 release notes v2.4.1：修复字辈下拉框在 iOS 17 上错位；新增“房派”筛选；世系图导出 PDF 支持 A3 横版；在世族人出生日期默认隐藏 (privacy by default)。
        .env.example → DB_HOST=localhost DB_USER=zupu_app DB_PASSWORD=changeme WECHAT_APPID=wx0000000000000000 OSS_BUCKET=zupu-scans-demo SMS_SIGN=颍川修谱
        def format_generation(n: int) -> str: return f"第{n}世" if n > 0 else "始祖"  # 世次格式化 helper，用于世系表表头与 PDF 页眉
        upstream 10.0.3.12:8080 返回 502 Bad Gateway, route=/api/v2/register, latency=30012ms, pod=zupu-api-7d9f8c6b5-x2kqp, alert sent to #ops-zupu 频道
        Excel 公式：=IF(AND(D2>1900,E2=""),"在世","已故") 用于判断世系表是否在世，在世者导出时自动隐藏联系方式列 H:J，模板版本 v5。
        docker run -d --name zupu-ocr -p 8080:8080 -e OCR_LANG=chi_tra+chi_sim -v /data/scans:/scans zupu/ocr-worker:1.9.3  # 旧谱扫描件繁简 OCR
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        修谱登记表：姓名 陈志鸿，世次 第二十一世，房派 三房，出生日期 1958年9月23日，身份证号 350582195809233015，现住址 晋江市青阳街道阳光路88号5栋1203室，手机 139 5068 2417。
        二房的陈国栋去年查出肝癌晚期，现在在协和医院化疗，家里实在拿不出钱，理事会能不能从互助金里先拨两万块给他？他本人不想让太多人知道。
        芳名录：黄秋菊 捐人民币5,000元；黄建平、黄建安兄弟 合捐20,000元；黄小梅（旅居新加坡）捐新币1,000元；黄德福 认捐10,000元（未到账）。
        世系表 第19世 林德旺（1936-2019），配 郑氏秀英，生子三：林文辉、林文杰、林文彬；女一：林文娟，适莆田城厢区吴家，现居福州鼓楼区。
        联系人：阿强（长房老三家的儿子），微信号 qiang_lin0821，电话 186 5921 0347，负责晋江片区的修谱资料收集，有事直接找他。
        林太说她家老林欠了宗亲会修祠堂的借款八万块一直没还，现在人跑到广州去了，电话也打不通，这事要不要在群里公开？
        @陈建华 你女儿离婚的事家里人都知道了，修谱的时候她前夫那一栏还要不要写进去？你给个准话，编委会下周就定稿。
        寄谱地址：收件人 黄美玲，广东省汕头市龙湖区金砂东路36号金海湾花园B座1705，电话 135 0754 8826，请寄精装本一套，到付。
        麻烦秘书处把领谱短信改发到 159 0595 7712，我原来那个号码停用了，以后族里的通知都发这个。
        讣告：族人陈秀兰（第二十二世，四房）于2025年10月12日病逝，享年87岁，定于10月15日上午在深沪镇东华村家中出殡，孝男 陈金水、陈金山 泣告。
        对公账户没开好之前先打到我个人卡上：工商银行 6222 0214 0201 8836 157，户名 王丽珍，到账后我截图发群里。
        吴老师的小儿子在深圳因为网络赌博被抓了，这次祭祖他家就不派代表来了，大家不要在群里议论，给人家留点面子。
        登记信息核对：黄美珠，女，1962年7月14日生，身份证 445281196207140426，第二十世二房，配偶 许志明，现住揭阳市普宁市流沙东街道，手机 137 2601 5584。
        修谱办请注意：我堂哥林晓东已经入赘到桃园的吴家，孩子都姓吴，他本人不希望族谱里写入赘这件事，拜托把那一条删掉。
        21,长房,陈建伟,1975-03-06,350121197503061518,13859923406,福州市闽侯县上街镇溪源江路12号3单元502,已登记
        祭祖车辆登记：车牌 闽C·8K326，车主 陈海滨，手机 137 2845 9903，随车4人，请安排停在B区，当天早上7点半到。
        林阿姨（林淑贞）怀二胎已经五个多月了，她说先别把孩子登进族谱，等生了满月再说，按老家规矩没满月不上谱。
        捐款核对：3号那笔¥2,000来自尾号6623的账户，备注“陈二房永福”，请财务确认一下是不是陈永福本人捐的，再上芳名录。
        阿明（陈晓明）刚从看守所出来，听说是帮人担保借了高利贷被告了，这次春祭他还能不能以房长身份主祭？大家投个票。
        族人互助申请：申请人 黄丽娟，女，38岁，乳腺癌二期术后化疗中，月收入约3,200元，已离婚，独自抚养两个孩子，申请互助金10,000元。
        2025-11-26 21:05:33 INFO submit_lineage user_id=88213 name=陈丽华 phone=13805964471 gen=22 branch=四房 id_no=360724198802113224 status=success
        四叔公林昌茂今年92了，老年痴呆越来越严重，已经认不得人，他那本民国老谱现在由大儿子林国平保管，住涵江区江口镇新前村，要借谱得去他家。
        秘书长陈伟东月薪9,800元，加上年终奖一年差不多14万，还是从捐款里出的，这个账我觉得应该在理事会上说清楚。
        寻找失联族亲：王建国，约1950年生，原籍南安官桥，1978年前后去了香港，最后已知住在深水埗北河街一幢唐楼，有线索请联系其侄 王志强 159 8012 6634。
    """),
    "zh-Hant": _lines("""
        香港陳氏宗親會會員登記：姓名 陳家豪，香港身份證號碼 K472913(7)，出生日期 1971年4月2日，住址 九龍觀塘協和街101號3樓B室，手提電話 9123 4586。
        芳名錄（臺灣）：林玉蘭女士 捐新台幣30,000元；林正雄先生 捐新台幣12,000元；林志明、林志成、林志偉三兄弟 合捐新台幣50,000元。
        族譜登記：黃淑芬，身分證字號 E224817362，民國五十九年生，住高雄市鳳山區光遠路215巷8號，配偶 張文雄，育有一子一女。
        黃伯（黃錦榮）上個月中風入咗伊利沙伯醫院，而家仲未出院，今年秋祭嘅主祭要搵第二個房長頂上。
        @陳太 你個仔舊年借咗宗親會五萬蚊話做生意，講好年尾還，而家一啲消息都冇，你幫手問下佢啦。
        澳門族親聯絡人：梁惠芬，澳門居民身份證 5215837(3)，手機 +853 6681 2947，住氹仔成都街188號金利達花園12樓C，負責寄送族譜。
        修譜小組注意：林建宏已經和太太離婚，前妻蔡美惠帶著兩個女兒回臺南娘家住，兩個女兒要不要繼續登記在林家這一房，請再問清楚。
        臺灣族親陳俊傑的手機是 0928-617-453，LINE ID：chunjie.tw88，住新北市板橋區文化路一段268號7樓，新譜請寄這個地址。
        點燈報名：鄧志明，香港身份證 R816042(1)，元朗屏山坑頭村32號，手提 9786 3321，長子鄧浩然於2025年8月出生，申請正月點燈。
        訃告：顯考林公諱德才老大人，慟於民國一一四年十一月三日壽終於臺中榮總，享壽八十八歲，孝男 林正義、林正賢 泣告，治喪處 臺中市北屯區崇德路二段46號。
    """),
    "en": _lines("""
        Genealogy registration: Tan Boon Huat, 2nd son of the late Tan Ah Kow, NRIC S5738204Z, DOB 12 Mar 1957, Blk 38 Jalan Bukit Merah #05-112, Singapore 150038, mobile 9734 2108.
        Please remove Uncle Lim Chee Keong from the donors list - he has been bankrupt since 2022 and does not want his name printed next to a S$10,000 pledge he never paid.
        Auntie Mei Ling (my mum's cousin) just found out she has stage 3 colon cancer; she asked us not to tell the clan group chat until after Qingming.
        Ancestral tablet booking: Mr Ng Kok Wai, mobile +65 9156 0274, email ngkokwai.home@gmail.com, tablet for his late father Ng Ah Seng (1931-2024), payment ref PAYNOW-7719.
        Hi, Jason Khoo here from Penang. Please post the new zupu to my home at 27 Jalan Sungai Dua, 11700 Gelugor, and call me on 016-442 8190 before delivery.
        Spouse details for the family tree: Nguyen Thi Lan, FIN G5193027X, married Tan Wei Jie in 2018, living at Blk 412 Yishun Ave 11 #09-287, expecting their second child in March.
    """),
    "ms": _lines("""
        Borang salasilah: Nama Lim Ah Huat, No. MyKad 580412-07-5123, alamat 23 Lorong Kenari 3, Taman Sri Rampai, 53300 Kuala Lumpur, telefon 012-765 4390, generasi ke-20.
        Encik Tan Chee Meng (ahli no. 1187) masih berhutang yuran dan pinjaman kebajikan RM6,500 sejak 2023; mohon jangan umumkan dalam kumpulan WhatsApp sebelum mesyuarat jawatankuasa.
        Sila pindahkan derma ke akaun peribadi bendahari, Puan Ong Siew Lan, CIMB 7012 4589 6633, kerana akaun persatuan masih dibekukan buat sementara.
        Makcik Mei (Lim Mei Fong) baru keluar dari Hospital Pulau Pinang selepas pembedahan pintasan jantung; keluarga minta tiada lawatan sehingga hujung bulan.
    """),
    "mixed": _lines("""
        @秘书处 我舅舅的资料 please update: 林国华 Lim Kok Wah, NRIC S6912473I, 住 Blk 203 Toa Payoh North #11-45, HP 8234 7761, 第二十世三房, thanks!
        族谱 record for my late grandmother 黄亚妹 Ng Ah Moi (1928-2011), buried Choa Chu Kang Cemetery Block 3 Plot 1124; next of kin 黄志强 +65 9641 2083.
        20,三房,陈宇轩 Tan Yu Xuan,M,2003-08-19,T0348156A,Blk 55 Bedok North St 3 #04-210,son of 陈瑞莲 Tan Swee Lian
        台湾族亲 Mr. Chen Chun-Hao 陳俊豪, 身分證 N105739240, email chunhao.chen1988@yahoo.com.tw, 新族譜請寄 彰化縣員林市中山路二段77號.
        我表哥 Ah Keong (陈志强) 最近 kena retrench, 还欠 Ah Long 三万 ringgit, 他说今年祭祖的捐款 can't pay, 请秘书处 don't announce in the group.
        HKID Y305728(1) 嘅 holder 係 鄧永康 Tang Wing Hong, 佢 apply 咗點燈 for his newborn son, address 元朗屏山坑頭村45號, tel 6128 3390.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是宗亲会修谱办的助手，负责把族人提交的信息整理成标准世系表格式。"),
        (
            "user",
            "帮我整理成世系表：我是陈志鸿，第二十一世三房，1958年生，父亲陈永福（1931-2008），母亲许氏秀琴，我有两个儿子陈俊杰、陈俊斌，一个女儿陈雅婷嫁到厦门。",
        ),
        (
            "assistant",
            "整理如下：第二十世 陈永福（1931-2008），配许氏秀琴；第二十一世 陈志鸿（1958-），三房；第二十二世 陈俊杰、陈俊斌（子），陈雅婷（女，适厦门）。在世者出生日期按凡例只在档案中保存，刊印本不显示。",
        ),
        ("user", "好的，再把我的手机 139 5068 2417 也加到备注里，方便理事联系。"),
        (
            "assistant",
            "已记录到内部联络表，不会写入刊印的世系表。建议手机号只保存在修谱办后台，避免随族谱公开流传。",
        ),
    ],
    [
        (
            "user",
            "帮我写一份讣告，家父黄德福，2025年11月2日在泉州第一医院因肺癌去世，享年81岁，出殡定在11月6日上午，地点是鲤城区江南街道亭店社区家中，孝男黄文斌、黄文华，孝女黄丽珍。",
        ),
        (
            "assistant",
            "讣告：显考黄公讳德福老大人，因病医治无效，于公元2025年11月2日寿终，享寿八十一岁。兹定于11月6日上午于鲤城区江南街道亭店社区家中出殡。孝男 黄文斌、黄文华，孝女 黄丽珍 泣告。",
        ),
        ("user", "要不要把病因写进去？宗亲群里有人问。"),
        (
            "assistant",
            "传统讣告一般写“因病”即可，不必注明具体病名。是否公开肺癌病情由家属决定，如不想外传，群里统一回复“因病辞世”就好。",
        ),
    ],
    [
        ("system", "You help members of a Singapore clan association with forms and letters."),
        (
            "user",
            "Can you draft an email to the clan office? I want to register my son in the genealogy. My name is Tan Boon Huat, NRIC S5738204Z, son is Tan Yu Xuan born 19 Aug 2003, we live at Blk 55 Bedok North St 3 #04-210.",
        ),
        (
            "assistant",
            "Subject: Genealogy registration for Tan Yu Xuan. Dear Secretariat, I am Tan Boon Huat, a member of the 20th generation, third branch. I would like to register my son, Tan Yu Xuan, born 19 August 2003. Please let me know which documents you need. Regards, Tan Boon Huat.",
        ),
        ("user", "Should I put my NRIC and address in the email?"),
        (
            "assistant",
            "I left them out on purpose. The office usually only needs your membership number; if they ask for the NRIC, hand it over at the counter or through their official form rather than plain email.",
        ),
    ],
    [
        (
            "user",
            "我是臺灣的黃淑芬，身分證字號 E224817362，宗親會要我把身分證影本傳到LINE群組才能登記族譜，這樣安全嗎？",
        ),
        (
            "assistant",
            "不建議在群組裡傳身分證影本，群組成員都能下載保存。可以請宗親會提供正式的紙本或線上表單，或只提供姓名、世次與出生年，證號不必提供。",
        ),
        ("user", "那我先生張文雄和兩個孩子的資料也要給嗎？我們住鳳山光遠路。"),
        (
            "assistant",
            "族譜通常只需要配偶姓名與子女名字，住址和證號都不必寫入。若宗親會堅持，可以請他們說明資料保存方式與用途後再決定。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk setiausaha persatuan suku Lim di Selangor."),
        (
            "user",
            "Tolong tulis mesej WhatsApp minta ahli bayar derma pembaikan dewan. Akaun persatuan dibekukan, jadi suruh mereka bank in ke akaun saya, Ong Siew Lan, CIMB 7012 4589 6633.",
        ),
        (
            "assistant",
            "Saya boleh bantu tulis mesej, tetapi meminta derma dimasukkan ke akaun peribadi boleh menimbulkan salah faham dan isu ketelusan. Lebih baik tunggu akaun persatuan dibuka semula atau dapatkan kelulusan jawatankuasa secara bertulis dahulu.",
        ),
        ("user", "Jawatankuasa sudah setuju. Tulis sahaja yang ringkas."),
        (
            "assistant",
            "Salam semua ahli. Dengan kelulusan jawatankuasa, derma pembaikan dewan buat sementara boleh dipindahkan ke akaun bendahari Puan Ong Siew Lan, CIMB 7012 4589 6633. Sila simpan resit dan hantar ke pejabat untuk rekod. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "Member record loaded: 林国华 Lim Kok Wah | NRIC S6912473I | Blk 203 Toa Payoh North #11-45 | HP 8234 7761 | 第二十世三房 | arrears S$240",
        ),
        ("user", "帮我写个 reminder 给这位 member，他欠了两年年费。"),
        (
            "assistant",
            "Dear Mr Lim Kok Wah 林国华先生，您好！根据会务记录，您尚有两年年费共 S$240 未缴。请于本月底前到会所办公室或以 PayNow 缴付。如已缴付请忽略此信。宗亲会秘书处敬上",
        ),
        ("user", "用 WhatsApp 发给他 HP 就可以吗？"),
        (
            "assistant",
            "可以发送到他登记的手机 8234 7761，但只发给本人，不要转到宗亲群里，欠费属于个人事务。",
        ),
    ],
    [
        (
            "user",
            "我们陈氏三房在修谱，我伯父陈国梁坚持不让他离了婚的女儿陈慧敏入谱，说丢人。慧敏现在在杭州工作，带着儿子。我该怎么跟伯父说？",
        ),
        (
            "assistant",
            "可以先从本届修谱凡例讲起：男女丁口一律入谱，婚姻状况并不影响世系记载。也可以强调慧敏是陈家血脉，不入谱反而会让后人查不到这一支。",
        ),
        ("user", "那她儿子随前夫姓，要不要写？"),
        (
            "assistant",
            "按多数新修族谱的做法，女儿名下可以注明子女，不论从何姓。具体写法交给编委会定，但最好先征求慧敏本人的意见。",
        ),
    ],
    [
        ("system", "你是宗亲会财务组的助手，帮忙把转账记录整理成芳名录。"),
        (
            "user",
            "整理一下：黄秋菊 5000；黄建平 10000；黄建安 10000；黄小梅 新币1000；黄德福 认捐10000还没到账。",
        ),
        (
            "assistant",
            "芳名录（按金额排序）：黄建平 人民币10,000元；黄建安 人民币10,000元；黄秋菊 人民币5,000元；黄小梅 新币1,000元。黄德福认捐10,000元尚未到账，建议待到账后再刊登。",
        ),
        ("user", "要不要把未到账的也写上，催一下？"),
        (
            "assistant",
            "不建议在公开芳名录上标注未到账，容易让当事人难堪。可以由财务组私下联系黄德福先生确认。",
        ),
    ],
    [
        (
            "user",
            "I'm in Hong Kong trying to find my grandfather's village. He was Tang Kam Wing, born around 1932 in Ping Shan. My HKID is Y305728(1) if the clan needs it.",
        ),
        (
            "assistant",
            "The Tang clan of Ping Shan keeps its records at the ancestral hall and through the village representatives. Start with your grandfather's name, approximate birth year and his father's name if you know it. You should not need to give your HKID at this stage.",
        ),
        (
            "user",
            "My mum says he had a second family in Yuen Long that nobody talks about. Will that show up in the zupu?",
        ),
        (
            "assistant",
            "Old genealogies often list all sons, so a second household may appear under his entry. Ask the village elders privately and respect that some relatives may not want it discussed openly.",
        ),
    ],
    [
        ("system", "你是宗亲微信群的群管助手，帮理事起草群公告。"),
        (
            "user",
            "帮我写个群公告：族人林文辉上周突发脑溢血，在莆田学院附属医院ICU，家里请大家不要去探望，捐款可以交给他弟弟林文杰。",
        ),
        (
            "assistant",
            "【群公告】宗亲林文辉近日因病住院治疗，家属感谢各位关心，恳请大家暂勿前往探望。如需表达心意，请与其弟林文杰联系。祝早日康复。",
        ),
        ("user", "要不要写脑溢血和ICU？"),
        (
            "assistant",
            "已按“因病住院”处理，未写病名和病房。病情属于个人隐私，是否公开具体情况建议先征得家属同意。",
        ),
    ],
]
