# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh263: 简体中文 围棋与象棋培训及棋院（升段考试、比赛报名、学员家长群、教练排课、退费纠纷、等级证书）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh263
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "升段考试通知"): _lines("""
        【通知】2027年春季少儿围棋升段考试定于3月20日至21日在北京市东城区天坛东路80号中国棋院三楼对局室举行，报名截止3月10日17:00，咨询电话010-67158888（工作日9:00-17:00）。
        考试分组：业余1段至5段按报考段位分组，采用中国规则，黑贴3又3/4子，每方基本用时40分钟，读秒30秒3次；同分时依次比较对手分、累进分，仍相同则抽签决定名次。
        报名费标准：业余1-3段每人260元，4-5段每人380元，含证书工本费；缴费成功后系统自动生成报名号，格式如SD2027-0321-0456，请妥善保存，查询成绩时需要使用。
        考场须知：选手须提前30分钟凭报名号及准考证二维码入场，手表、手机等电子设备统一存放于前台保管箱，家长请在一楼大厅等候区休息，不得进入对局区域。
        本次考试由上海市围棋协会主办、上海棋院承办，考点设在静安区南京西路595号上海棋院二楼大厅，交通：地铁2号线南京西路站3号口出站后步行约6分钟即到。
        等级证书领取：成绩公示期满5个工作日后，可登录中国围棋协会业余段位管理系统查询电子证书，纸质证书由各培训机构统一领取，请勿单独来电催办，谢谢配合。
        象棋等级考试（少儿9级至1级）同期举行，裁判长由国家级裁判担任，规则依据《中国象棋竞赛规则（2020）》执行，长将、长捉等禁着按规则第三章处理。
        特邀嘉宾：聂卫平九段将于3月21日下午出席闭幕式并为升段成功的小棋手颁发证书，届时现场不安排签名及合影环节，请各位家长和小棋手理解配合，敬请谅解。
        成绩查询通道将于3月25日10:00开放，网址为 https://dan.example-weiqi.cn/query ，输入报名号和图形验证码即可查询，开放首日系统访问量较大，请错峰访问。
        因场地消防检查，原定于4月5日清明节期间举行的杭州赛区升段赛顺延至4月12日，地点仍为杭州棋院一楼大赛厅，已缴费选手无需重新报名，准考证继续有效。
        退费规定：报名截止前申请退费全额退还；截止后至赛前3天退还50%；赛前3天内申请及无故弃考不予退费，因病缺考凭二级以上医院证明可转至下一期考试。
        广州赛区联系方式：广州市棋艺学会赛事部，电话 020-83761234，邮箱 dankao@gzqiyi.org.cn，现场咨询请于工作日到越秀区体育场馆附楼二楼服务窗口办理。
        深圳赛区考点变更为福田区福华三路深圳会展中心5号馆，共设对局台位320个，赛前一天15:00至17:00开放试场，停车场入口位于金田路一侧，车位有限请绿色出行。
    """),
    ("zh-Hans", "课程与棋具价目表"): _lines("""
        【春季班价目】启蒙班（4-6岁）每期16课时2880元；入门班（25级-10级）每期16课时3200元；提高班（业余1-3段）每期16课时3680元，教材费另计。
        一对一私教：普通教练300元/课时，职业初段教练600元/课时，职业五段以上1200元/课时起；课时包10节起购，有效期6个月，过期未消课时不予退还。
        商品：云子围棋子 单面凸 标准款 SKU YZ-2201-BK 售价268元；配套新榧木25mm棋墩 SKU FM-2505 售价1580元，满1000元包邮（港澳台及海外地区除外）。
        【聂道围棋】线上直播课年卡4999元，含AI复盘次数不限、每月两次职业棋手在线讲解，赠送入门教材一套，活动截止6月30日，以官方APP下单页面为准。
        象棋课程：少儿象棋入门班每期12课时1980元，残局专题班每期8课时1560元，寒暑假集训营5天全日制2680元（含午餐及下午茶点），二次报名九五折。
        老周棋具店天猫旗舰店新品：楠竹双面棋盘19路/13路两用款89元，象棋棋子5.0cm红酸枝398元，订单满199元赠棋钟电池一对，下单后48小时内发货。
        比赛报名费：市级少儿围棋锦标赛150元/人；象棋个人赛120元/人；团体赛（3人制）每队360元，报名成功后不接受更换组别，如需更换请先退赛再报名。
        会员储值卡：充值5000元赠800元课时额度，充值10000元赠2000元课时额度；储值金额不可提现、不可转让，退卡时剩余课时按原价折算后扣除赠送部分。
        棋钟 DGT 3000 围棋读秒版 官方价699元，型号 DGT3000-GO，保修一年；发票类型为增值税普通发票，开票抬头请填写单位名称及统一社会信用代码。
        【吴清源纪念版】香榧棋盘 厚度6寸 限量100套，每套28800元，附收藏证书编号 WQY-0001 至 WQY-0100，预订需付定金5000元，预计交货期为90天。
        等级证书补办：纸质证书补办费50元/本，电子证书重新生成免费，快递费另付15元（顺丰到付），办理周期约10个工作日，节假日顺延，加急不另收费。
        场地租赁：比赛大厅半天1800元、全天3200元，含棋具80副及电子计时器80台；另可加购裁判服务，每人每天400元，音响及横幅制作费用另议。
        暑期集训营（7月15日至7月28日）住宿营费用8600元，走读营5200元；早鸟价6月1日前报名立减600元，名额60人，额满即止，报名后三日内需缴清全款。
    """),
    ("zh-Hans", "教务群工作消息"): _lines("""
        【教务】本周六上午9:00-11:00的启蒙A班改到302教室上课，原301教室空调检修，麻烦各位带班老师提前十分钟到场开门、摆好棋盘。
        【前台】今天新增试听课7节，已全部排进周日下午两点和四点两个时段，试听用的教材和小礼品放在前台左边第二个柜子里，用完记得登记出库。
        【财务】3月份课时费结算表已上传到共享盘“财务/2027/03”，请各位教练在4月3日前核对自己的课时数，有出入直接在表格里批注，逾期按系统数据发放。
        【排课】下周三晚上提高班和象棋残局班撞教室了，残局班临时调整到三楼多功能厅，投影仪遥控器在教务室第一个抽屉里，下课后请放回原处。
        【教研】第18讲“征子与引征”的课件已更新到V2.3版，删掉了第4页那道答案有争议的死活题，另外补了两道练习，大家上课前记得从共享盘重新下载。
        【通知】升段赛报名系统本周五晚12点关闭，各班班主任请把本班未缴费名单统计后发到群里，只写报名号即可，不要在群里发学员和家长的个人信息。
        【后勤】新到的200副云子已入库，棋具编号从QJ-0801到QJ-1000，旧棋子统一回收到储藏室，周一下午请值班同事清点一下破损和缺子数量。
        【市场】大众点评上的门店评分从4.7涨到4.8了，新上线的团购套餐“围棋体验课2节”这周卖了36单，下周继续推，朋友圈海报已经发到设计群。
        【教务】端午节放假三天（6月19日至21日），停课的班级统一补课到6月28日，补课通知模板已经发在群公告，请复制后转发到各班家长群。
        【系统】排课系统今晚23:00至次日01:00升级到4.6.1版本，升级期间无法签到和消课，有紧急情况请先用纸质签到表，第二天再由教务统一补录。
        【教研】这周复盘课统一用柯洁对AlphaGo的第二局做例子，重点讲第50手附近的肩冲，课后作业是第三局前80手打谱，下周一交棋谱截图。
        【前台】校区座机0755-86091234今天下午线路维修，家长来电会自动转到400-820-1234客服热线，大家知悉一下，有家长到前台问就这样解释。
        【安全】消防演练定在周四下午三点半，届时各教室暂停上课10分钟，按墙上的疏散图从东侧楼梯撤离到楼下广场集合，各班老师负责清点人数。
    """),
    ("zh-Hans", "棋史与名局"): _lines("""
        吴清源与木谷实于1933年共同提出“新布局”，打破了传统以小目为中心的布局思维，对日本现代围棋产生了深远影响，二人的研究后来整理成《新布局法》一书。
        清代乾隆年间，范西屏与施襄夏在浙江平湖张家对弈，留下的十局棋后世辑为《当湖十局》，被公认为中国古代围棋的巅峰之作，至今仍是高段学员的打谱教材。
        1985年首届中日围棋擂台赛，聂卫平作为中方主帅连胜小林光一、加藤正夫、藤泽秀行，帮助中国队获得最终胜利，由此在全国掀起了一股持久的“围棋热”。
        胡荣华自1960年起连续十次夺得全国象棋个人赛冠军，一生共获得十四次全国冠军，他改进的“飞相局”“过宫炮”等布局体系至今仍被职业棋手广泛研究。
        2016年3月，AlphaGo在首尔四季酒店以4比1战胜李世石九段，其中第四局李世石第78手的“挖”被棋迷称为“神之一手”，也是人类在该系列赛中唯一的胜局。
        日本漫画《棋魂》讲述了少年进藤光在祖父家仓库里发现一块旧棋盘，被平安时代棋士藤原佐为的灵魂附身的故事，动画播出后带动了一代青少年学习围棋。
        阿城的中篇小说《棋王》以知青王一生为主角，写他在下乡途中痴迷象棋、以一敌九进行车轮大战的经历，1984年发表于《上海文学》，后被改编为电影。
        本因坊秀策以“秀策流”布局著称，他在1846年对幻庵因硕的一局中下出的第127手被称为“耳赤之手”，这盘棋至今仍是围棋史上最著名的对局之一。
        明代《橘中秘》与清代《梅花谱》是中国象棋古谱的代表，前者由朱晋桢编著，后者由王再越编著，书中“屏风马破当头炮”的变化至今仍是基础教材内容。
        2017年5月，柯洁在乌镇围棋峰会上以0比3不敌AlphaGo Master，赛后DeepMind宣布AlphaGo退出人机对弈，这次对局也被视为人工智能与围棋关系的分水岭。
        谢军于1991年在马尼拉战胜奇布尔达尼泽，成为中国首位国际象棋女子世界冠军，此后诸宸、许昱华、侯逸凡、居文君等棋手相继登上女子世界冠军宝座。
        中国棋院于上世纪九十年代初在北京天坛东路落成，陈祖德曾长期担任院长，院内设有围棋、象棋、国际象棋、桥牌等多个项目的国家队训练和比赛场地。
        应昌期于1988年创办“应氏杯世界职业围棋锦标赛”，每四年举办一届，比赛采用他本人设计的计点制规则，冠军奖金高达40万美元，被誉为“围棋奥运会”。
    """),
    ("zh-Hant", "棋會公告與評論"): _lines("""
        2027年全港青少年圍棋公開賽將於5月1日假香港中央圖書館地下演講廳舉行，報名費每位港幣280元，截止日期為4月15日，查詢請致電協會熱線 2573 1234。
        報名方法：請填妥網上表格並以轉數快（FPS）付款至本會識別碼 1234567，付款時請於備註欄填寫報名編號，例如 HKWQ27-0158，否則恕不受理，敬請留意。
        海峰棋院116年度業餘段位認定賽將於7月10日在台北市舉行，採日本規則貼六目半，每方基本時間30分鐘，報名洽詢 (02)2392-5678 或 service@haifong-go.org.tw。
        澳門圍棋會公告：如天文台懸掛八號或以上風球，原定於9月15日舉行之會員盃第三輪賽事將順延一週，場地仍為塔石體育館，請各參賽者留意本會專頁公佈。
        香港象棋總會主辦之第三十屆全港學界象棋賽將於暑假期間在旺角麥花臣室內場館舉行，分小學組、初中組及高中組，各組冠軍可獲獎盃及獎學金港幣1,000元。
        退費政策：課程開始前七日申請退費，須扣除行政費港幣200元；開課後恕不退款，惟學額可轉讓予同一家庭成員或保留至下一期，須於兩星期前以書面申請。
        本會辦事處地址：九龍旺角彌敦道688號旺角中心一期12樓1205室，辦公時間為星期一至五上午十時至下午六時，電郵 info@hkweiqi-assoc.org.hk，公眾假期休息。
        林海峰名譽天元將於開幕禮擔任主禮嘉賓，並與十位青少年棋手進行多面打指導棋表演，現場設觀眾座位120個，先到先得，額滿即止，不設預留。
        段位證書：合格者之證書將於成績公佈後30日內以掛號郵寄至報名表所填地址，如需自取，請攜同報名收據正本到辦事處領取，補發證書收費港幣80元。
        食評式留言：呢間棋室環境乾淨，老師教得好有耐性，細路三個月由25級升到15級，唯一缺點係附近冇位泊車，週末要泊去街市隔籬嘅公眾停車場，四星。
        台中市象棋協會公告：116年全國象棋錦標賽報名截止日為8月31日，報名費新台幣600元，匯款資訊請見簡章第4頁，洽詢電話 (04)2225-3366，週一至週五受理。
        賽制說明：瑞士制七輪，每方40分鐘加每手30秒，電子棋鐘由大會統一提供，請勿自行攜帶；對局中手機響鈴者直接判負，家長不得進入比賽區域。
        本會已於社團事務處完成註冊，註冊編號 CR-2019-0457，上年度經審計之財務報告已上載至官方網站「關於我們」頁面，供會員及公眾隨時查閱。
    """),
    ("en", "faq"): _lines("""
        Q: How do I register for the National Age-Group Weiqi Championship? A: Register online via the association portal before 15 March; the fee is SGD 45 per player and includes a commemorative T-shirt.
        Q: Can my child sit the amateur dan exam without a kyu certificate? A: Only players holding a 1-kyu certificate or a rating above 1900 may apply for 1-dan; certificate numbers follow the format SWA-K1-YYYY-NNNN.
        Q: What is your refund policy? A: Full refund up to 14 days before the term starts, 50% up to the first lesson, and no refund after the second lesson except on medical grounds with a valid MC.
        Q: Where are classes held? A: Our main centre is at Kallang Wave Mall, 1 Stadium Place #02-15, Singapore 397628, a five-minute walk from Stadium MRT station (Circle Line), exit A.
        Q: Do advanced students study professional games? A: Yes. This term the 3-dan group reviews Ke Jie's 2017 games against AlphaGo Master, analysed move by move with KataGo v1.15.
        Q: Which rules do you use? A: Chinese area scoring with 7.5 komi for all tournaments, Japanese territory scoring for teaching games, and Asian Xiangqi Federation rules for xiangqi events.
        Q: How do I contact you? A: WhatsApp our office line at +65 6123 4567 (Mon to Sat, 10am to 7pm) or email enquiries@sgweiqi-academy.sg; we reply within two working days.
        Q: Is there a sibling discount? A: Yes, 10% off the second child's term fee with code SIBLING10 at checkout. It cannot be combined with the early-bird rate of SGD 380 per term.
        Q: Do you issue official receipts? A: Receipts showing our UEN 201912345K are emailed automatically after payment; adult courses are not claimable under SkillsFuture at this time.
        Q: What happens if a class is cancelled due to haze? A: If the 24-hour PSI exceeds 200 at 8am, classes are postponed and make-up lessons are scheduled within four weeks at no extra cost.
        Q: Can parents sit in class? A: Parents may observe the first trial lesson only; from the second lesson onwards please wait in the lounge area so that the players can concentrate.
        Q: What equipment should my child bring? A: Nothing for weekly classes. For tournaments bring a pencil for the scoresheet; DGT clocks, boards and yunzi stones are provided by the organiser.
        Q: How is my child's rating calculated? A: We use an Elo-style formula with K=20 for juniors; ratings are recalculated every Monday at 02:00 SGT and published on the members' leaderboard.
    """),
    ("ms", "notis_pertandingan"): _lines("""
        Kejohanan Weiqi Terbuka Kuala Lumpur 2027 akan diadakan pada 12 hingga 13 Jun di Dewan Besar Wisma MCA, Jalan Ampang, Kuala Lumpur. Yuran penyertaan ialah RM60 bagi setiap pemain.
        Pendaftaran dibuka sehingga 31 Mei 2027, jam 11:59 malam. Sila daftar melalui borang dalam talian dan simpan nombor rujukan seperti KLWQ-2027-0088 untuk semakan status bayaran.
        Format pertandingan: Sistem Swiss 6 pusingan, masa 45 minit setiap pemain dengan tambahan 10 saat bagi setiap langkah. Komi 7.5 mata mengikut peraturan Cina.
        Untuk sebarang pertanyaan, hubungi sekretariat persatuan di talian 03-2141 5678 atau WhatsApp pejabat +60 12-345 0000, Isnin hingga Jumaat, 9 pagi hingga 5 petang.
        Persatuan ini berdaftar dengan Jabatan Pendaftaran Pertubuhan Malaysia, nombor pendaftaran PPM-001-14-12032015. Penyata kewangan tahunan boleh disemak di laman web rasmi.
        Bayaran balik: Pemain yang menarik diri sebelum 5 Jun layak menerima bayaran balik penuh. Selepas tarikh itu, yuran tidak akan dikembalikan kecuali atas sebab perubatan yang sah.
        Kelas xiangqi kanak-kanak (7 hingga 12 tahun) diadakan setiap Sabtu, 10 pagi hingga 12 tengah hari, di Dewan Komuniti Taman Tun Dr Ismail. Yuran bulanan RM120 termasuk buku latihan.
        Sijil tahap kyu dan dan akan dihantar melalui pos dalam tempoh 21 hari bekerja selepas keputusan rasmi diumumkan di laman Facebook dan laman web persatuan.
        Majlis penutup akan disempurnakan oleh Menteri Belia dan Sukan Malaysia, diikuti penyampaian hadiah bernilai keseluruhan RM15,000 kepada 24 orang pemenang dari semua kategori.
        Invois No. INV-2027-000452: Sewaan dewan 2 hari RM2,400.00, set papan dan buah catur 60 set RM900.00, jumlah kecil RM3,300.00, SST 8% RM264.00, jumlah RM3,564.00. Bayar kepada Akademi Catur Bintang Sdn Bhd (201801023456).
        Kedai Catur Ah Seng di Jalan Petaling menawarkan diskaun 15% untuk set weiqi batu yunzi sepanjang bulan Ogos; kedai dibuka 10 pagi hingga 8 malam setiap hari kecuali Isnin.
        Peraturan dewan: Telefon bimbit mesti dimatikan, ibu bapa tidak dibenarkan masuk ke kawasan permainan, dan sebarang bantahan perlu dikemukakan kepada ketua pengadil dalam masa 15 minit.
        Kejohanan ini disokong oleh Majlis Sukan Negara; keputusan rasmi akan dimuat naik ke laman web persatuan dalam format PDF pada 14 Jun 2027, jam 9 malam waktu Malaysia.
    """),
    ("mixed", "log_config"): _lines("""
        2027-03-10T17:00:02+08:00 INFO dan-exam-api v2.4.1 registration window closed; total=1284 paid=1211 unpaid=73 refund_pending=6 region=CN-SH
        2027-03-10T17:05:44+08:00 WARN payment-callback order_id=WX20270310170544893012 status=DUPLICATE amount=260.00 CNY retry=2 merchant_id=1601234567
        config.yaml 片段: exam: {rules: chinese, komi: 7.5, main_time_min: 40, byoyomi: "30s x3", board_size: 19, tiebreak: [SOS, SOSOS], max_players_per_room: 120}
        dan_exam_export.csv 表头: 报名号,考生姓名,性别,出生日期,所属机构,报考段位,现段位,证书编号,监护人电话,缴费状态,考场,台号
        sha256(dan_cert_template_v3.pdf) = 9f2c4e81a7d03b56c1e8f94a2d7b60e35c8a1f4d2e9b7c06a3f5d81e4b2c9a07, template signed on 2027-01-05 by the issuing association.
        [scheduler] 2027-04-02 21:00:00 排课冲突检测完成: room=302 slot=SAT-09:00 conflicts=0; room=多功能厅 slot=WED-19:00 conflicts=1 (course=XQ-CJ-07 vs WQ-TG-12)
        SELECT exam_no, dan_level, result FROM dan_exam_result WHERE session_id = 'SD2027S1' AND result = 'PASS' ORDER BY dan_level DESC LIMIT 100;
        顺丰运单号 SF1402837465921 已签收，寄件方：上海棋院证书办公室，内件：2027春季升段证书共48本，签收时间 2027-04-18 14:32，签收网点：静安营业部。
        .env.example: SMTP_HOST=smtp.example.com SMTP_USER=noreply@go-academy.example SMTP_PASS=changeme PAYMENT_GATEWAY=sandbox WEBHOOK_SECRET=whsec_test_4f8a2b
        katago analysis -config analysis_example.cfg -model kata1-b18c384nbt-s9996604416-d4316597426.bin.gz -override-config maxVisits=800,rules=chinese
        ERROR 2027-05-01 09:12:33 HKT hk-reg-svc: FPS webhook signature mismatch, ref=HKWQ27-0158, amount=HKD280.00, payee=HKWQA, action=manual_review
        git log: a3f9c21 fix(refund): 按退费规则第3条计算剩余课时金额，修正跨期储值卡折算精度问题 (#412) 2027-02-14, release v3.8.2
        Jira XQ-2291: Swiss pairing engine assigns same colour 3 rounds in a row; priority=High, component=象棋赛事编排, fixVersion=5.2.0, status=In Review
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        家长群：@李振华爸爸 您好，振华这周三的课要补到周六下午三点，补课费不用另交，麻烦您在群里确认一下能不能来。
        退费申请：学员张梓涵，家长张国栋，学员身份证号440305201308173620，原因：孩子确诊哮喘需长期住院治疗，申请退还剩余24课时费用共5520元。
        升段报名表：姓名 王睿哲｜性别 男｜出生日期 2012-05-04｜身份证 310115201205042815｜报考段位 业余3段｜监护人电话 139 1762 4058
        陈先生在群里私聊说他跟老婆正在办离婚，以后孩子的课由奶奶来接送，学费的事等法院判了再说，让我们先别催他。
        阿明这个月又欠了两期学费没交，一共4160元，他爸说生意亏了钱要缓到年底，教务先别停他的课，账先挂着。
        教练排课备注：刘海涛教练（手机 186 0217 3395）因腰椎间盘突出术后恢复，4月份每周只能带两个班，周日不排课。
        13817265530 这个号码是朵朵妈妈的，她说以后课程通知都发这个号，别再打她老公的电话了。
        收款记录：2027-03-02 转账3680.00元，付款人 赵丽娟，招商银行卡号 6225 8812 3456 7890，备注“周子墨春季提高班”。
        投诉：我是学员黄一诺的妈妈，你们的孙教练上课时当着全班的面说我女儿笨，孩子回家哭了一晚上，现在不肯再去上课，要求退费并公开道歉。
        证书邮寄地址：广州市天河区华景路华景新城翠景阁12栋1803房，收件人 吴佳怡（家长 吴建军 137 2845 6091），证书编号 CWA-2027-D2-08812。
        群里的林太说她儿子林浩宇有轻度自闭症，上课容易坐不住，希望老师别在同学面前批评他，有问题单独跟她沟通就好。
        2027SH-U10-0173,郑雨轩,男,2017-09-21,上海浦东新区少年宫围棋队,5段,13601853472,已缴费,第二考场,37
        钱老师你好，我是周敏，上次说的那笔私教费能不能先欠着，我刚被公司裁员了，下个月找到工作马上转给你。
        车牌沪A·7K3D9的白色SUV每周六都停在棋院门口消防通道上，已确认是学员何俊熙家长的车，请前台下次委婉提醒一下。
        等级证书信息核对：学员杨子萱，证书号 CXA-XQ-2026-05531（象棋一级），身份证 330106201402115240，姓名拼音 YANG ZIXUAN，请家长核对后回复。
        小胖他妈怀二胎了，预产期在九月，她说下学期孩子可能要转到离家近的分校，让我们帮忙留意一下那边周末班的名额。
        教练薪资表：许文博 三月课时86节×220元=18920元，扣个税1284元，实发17636元，工资卡 中国工商银行 6222 0212 0400 8813 576。
        家长微信号 wxid_lxq19850926，昵称“轩轩妈”，已拉进启蒙B班家长群，备注：孩子对花生严重过敏，课间零食千万不要分给他。
        邮箱 sunqian_go@163.com 是孙倩的，她要求把儿子的对局棋谱SGF和AI分析报告每周日晚上发一份到这个邮箱。
        退费纠纷记录：家长马卫东已于2026年12月缴纳年卡费用12800元，现因本人被刑事拘留无法接送孩子，由其妻代为申请退费，棋院暂按合同第7条处理。
        学员档案：何欣怡，8岁，家住北京市海淀区学院路30号院6号楼2单元502，父亲何志强（电话 185 1033 7762），围棋水平10级，周二周四晚班。
        赛前健康申报：选手梁宇航，11岁，既往病史为先天性心脏病（室间隔缺损术后），比赛期间须家长全程陪同，紧急联系人梁晓燕 158 2093 6614。
        排课系统日志：2027-04-06 19:32 操作人admin03 为学员冯子骞（学号WQ20230417）调课，原因：家长反映孩子近期在接受抑郁症心理治疗，晚上不宜上课。
        孟女士（手机尾号6637）反映上个月被扣了两次学费，一次微信一次支付宝，要求把重复扣的3200元原路退回，语气比较激动。
    """),
    "zh-Hant": _lines("""
        報名表：姓名 陳家樂，香港身份證號碼 K618203(8)，出生日期 2014年3月7日，就讀九龍塘區小學四年級，家長電話 9123 4876，報考業餘初段。
        黃太話佢個仔黃子軒上次考段輸咗之後成日喊，而家睇緊心理醫生，想暫停兩個月課程，問學費可唔可以保留到下期先用。
        台灣學員資料：林承恩，身分證字號 A224817368，住址 台北市大安區和平東路二段118巷7號3樓，家長 林美惠 0912-736-481。
        退費爭議：家長周志偉先生表示，其子周柏霖於課堂上被同學推倒致手腕骨折，要求棋院負擔醫藥費港幣8,600元並全額退還本期學費。
        澳門會員名單：會員編號 MWQ-0452，梁嘉欣，澳門居民身份證 5218346(2)，聯絡電話 6628 3150，會費已繳至2027年12月。
        阿傑爸爸欠咗我哋三個月學費，總共港幣5,400蚊，佢話最近做生意周轉唔靈，問可唔可以分期俾，我哋應該點回覆佢？
        台中學員許庭瑜的媽媽來電，說孩子最近確診注意力不足過動症，需要把上課時段調到早上，並希望老師不要在家長群公開點名提醒她。
        匯款通知：戶名 張淑芬，中國信託商業銀行帳號 8205-4031-7726，金額新台幣12,000元，用途：張宇翔 暑期圍棋集訓營費用。
        證書寄送：新界沙田第一城27座15樓F室 何美玲 收，電話 6387 2914，證書：業餘二段（編號 HKWQ-D2-2027-0311），請以掛號寄出。
    """),
    "en": _lines("""
        Parent enquiry from Mrs Tan Li Ping (NRIC S8146203H, mobile 9127 4385): her son Ethan, 9, wants to switch from Saturday beginners to the Wednesday intermediate class.
        Refund dispute: Mr Rajesh Kumar paid SGD 1,140 for his daughter Priya's term, but she has been hospitalised with dengue since 3 April; he wants a pro-rated refund to DBS account 027-4-183560.
        Coach roster note: Marcus Lim (FIN G5318274M) is on an employment pass that ends on 30 June, and he has asked HR not to tell the parents that he is being let go.
        Hi, this is Jolene, Kai's mum. Please send the tournament consent form to jolene.ong88@gmail.com instead of my husband's email, we're separated now.
        Student record: Chloe Wong Jia Xin, DOB 2013-08-17, xiangqi level 4, home address Blk 412 Bedok North Ave 2 #08-115 Singapore 460412, emergency contact 8236 9017 (father).
        2027-03-15 10:22 player_id=SG-U12-0417 name="Aaron Teo Wei Jie" nric=T1328475F rating=1642 status=WITHDRAWN reason="parent reported concussion from school rugby"
        Can you remind Uncle Hock that his grandson's fees are two months overdue? He's been in and out of Tan Tock Seng since his stroke and has probably forgotten.
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama Muhammad Aiman bin Rosli, No. MyKad 130817-14-5283, umur 13 tahun, kelab catur SMK Taman Melawati, telefon bapa 012-738 4410.
        Puan Rozita binti Hamdan memaklumkan anaknya Nur Iman tidak dapat hadir ke kejohanan kerana sedang menjalani rawatan kemoterapi di Hospital Kuala Lumpur, dan memohon yuran dikembalikan.
        Bayaran yuran kelas xiangqi oleh Lee Chee Keong ke akaun Maybank 1142 8830 5167 sebanyak RM360, rujukan "Lee Jun Hao Julai". Sila sahkan penerimaan.
        Encik Gopal bertanya sama ada anaknya boleh kekal dalam kelas walaupun yuran tertunggak RM480 sejak Mac, kerana dia baru diberhentikan kerja bulan lepas.
    """),
    "mixed": _lines("""
        家长 Ms Koh Siew Ling (IC 850926-10-6142) 话她 son Ryan 下个月要去 Singapore 做 heart surgery，所以 weiqi class 要 pause 两个月，please keep his slot。
        @Coach 这个 Kelvin Ng 的 WhatsApp 是 +60 16-882 5037，他 daughter Chloe 想报名 Penang 少儿象棋赛 U10 组，IC number 111123-07-4528，帮忙 key in 系统。
        Refund request #RF-0931：学生 Darren Lau 因为 father 破产 can't continue，家长 Lau Kok Wai 说 remaining 18 lessons 的钱 RM1,620 请转到 CIMB 7063 2291 48。
        上海那边的 parent 陈晓东 email 过来了：chenxd_1979@qq.com，说 his son 陈奕凡 的业余4段证书名字印错了，要 reissue 一本。
        Reminder: 周六 10am trial class 是 Mrs Chua 的 daughter，电话 9738 2016，she mentioned 小朋友有 epilepsy，上课时 please 注意不要用闪烁的屏幕。
        Taiwan 學員 Justin 吳承翰 身分證 F130598420 要報 2027 應氏杯少年組，媽媽 LINE ID: wu_mama0521，請幫忙確認年齡資格。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一家围棋培训机构的客服写作助手，帮助家长起草规范的书面材料。"),
        (
            "user",
            "帮我写一份退费申请。我叫宋建明，身份证110108198003124577，儿子宋博文在星罗围棋教室上提高班，还剩20节课没上，因为我们全家下个月要搬去成都，想把剩下的钱退了。",
        ),
        (
            "assistant",
            "好的，以下是退费申请草稿：致星罗围棋教室：本人宋建明（身份证号110108198003124577），为学员宋博文之家长。因家庭搬迁至成都，孩子无法继续参加提高班课程，现申请退还剩余20课时费用，请按合同约定核算并原路退回。申请人：宋建明，日期：____。",
        ),
        ("user", "要不要把我手机号也写上？是 159 0128 4463。"),
        (
            "assistant",
            "建议写上，方便机构联系核实。可在落款处加一行：联系电话 159 0128 4463。身份证号如非机构要求，也可以只写后四位，减少信息外泄。",
        ),
    ],
    [
        (
            "system",
            "你是棋院教务排课助手。教练名单：刘海涛（围棋，手机18602173395，周日不排）；郑晓琳（象棋，手机13925561847，孕晚期，只排上午课）；曹俊（围棋，手机13760428815）。",
        ),
        ("user", "下周六要加开一个象棋残局班，下午两点到四点，帮我安排老师。"),
        (
            "assistant",
            "按名单，象棋教练只有郑晓琳，但她目前孕晚期只排上午课，下午两点的班不适合安排给她。建议把残局班改到周六上午十点，或者临时请外聘象棋教练。",
        ),
        ("user", "那就改上午十点，帮我写条通知发给她。"),
        (
            "assistant",
            "郑老师您好，下周六上午10:00-12:00新增象棋残局班，地点302教室，如身体不适请随时告知教务调整。收到请回复，谢谢！",
        ),
    ],
    [
        (
            "user",
            "我想幫個女報明年嘅業餘段位考試，表格要填乜嘢？佢叫鄭凱晴，身份證 Y405177(5)，2015年出世。",
        ),
        (
            "assistant",
            "一般需要填寫：考生中英文姓名、身份證號碼、出生日期、現有段位及證書編號、所屬棋會、家長聯絡電話同電郵。以你提供嘅資料，姓名填鄭凱晴，身份證 Y405177(5)，出生年份2015。",
        ),
        ("user", "佢而家係業餘1級，證書號碼我唔記得，電話寫我嘅 9472 3815 得唔得？"),
        (
            "assistant",
            "可以，聯絡電話填家長 9472 3815 就得。證書號碼可以問返佢上次考級嘅棋會，或者喺協會網上系統用身份證號碼查詢。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a Singapore chess and weiqi club."),
        (
            "user",
            "My son Lucas Chia (NRIC T1604928F) turns 12 on 3 September. Can he still play in the Under-12 section of the national weiqi championship in August?",
        ),
        (
            "assistant",
            "Most age-group events use the player's age on 1 January of the tournament year, so Lucas would normally still be eligible for Under-12 in August. Please check the official prospectus to confirm the cut-off date.",
        ),
        ("user", "Great. Should I put his NRIC on the form or just his name?"),
        (
            "assistant",
            "If the form asks for it, organisers usually only need the last four characters (e.g. 928F) to verify identity under PDPA guidelines, so you can give the partial number unless the full one is explicitly required.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu AI untuk sebuah akademi catur di Johor Bahru."),
        (
            "user",
            "Saya Faridah binti Osman, telefon 013-772 5840. Anak saya Adam sudah bayar RM450 untuk kem cuti sekolah tetapi dia demam denggi dan dimasukkan ke Hospital Sultanah Aminah. Boleh dapat bayaran balik?",
        ),
        (
            "assistant",
            "Saya harap Adam cepat sembuh. Kebanyakan akademi membenarkan bayaran balik atau kredit jika ada surat doktor. Puan boleh hantar salinan surat hospital bersama resit bayaran kepada pihak akademi.",
        ),
        ("user", "Tolong tuliskan mesej WhatsApp untuk saya hantar kepada pengurus akademi."),
        (
            "assistant",
            "Salam tuan/puan, saya Faridah binti Osman (013-772 5840), ibu kepada Adam. Adam dimasukkan ke Hospital Sultanah Aminah kerana demam denggi dan tidak dapat menyertai kem cuti sekolah. Saya memohon bayaran balik RM450 dan akan melampirkan surat doktor serta resit. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "You help coaches at a weiqi school in Petaling Jaya write messages to parents, in English or Chinese.",
        ),
        (
            "user",
            "帮我写个 message 给 Mr Yap Chun Hong，his son Brandon 上课一直 hit other kids，today 还把 一个 boy 的 眼镜 打破了，我们要 discuss 要不要 suspend 他。",
        ),
        (
            "assistant",
            "Dear Mr Yap, 今天在课堂上 Brandon 与同学发生冲突，导致一位同学的眼镜损坏。这已经不是第一次出现类似情况，我们希望约您本周到中心面谈，一起讨论接下来的安排。谢谢您的理解。",
        ),
        ("user", "不要在 group chat 发对吧？"),
        (
            "assistant",
            "对，这类涉及个别孩子行为的事情请私下发给 Mr Yap，不要在家长群里提 Brandon 的名字或事件细节。",
        ),
    ],
    [
        ("system", "你是一家象棋培训中心的财务助理AI。"),
        (
            "user",
            "帮我看看欠费名单，排个序：韩子涵,欠费2400元,家长电话13512870946；邓思远,欠费880元,家长电话15820173358；曾可馨,欠费5160元,家长电话18903346721",
        ),
        (
            "assistant",
            "按欠费金额从高到低：1. 曾可馨 5160元（家长电话18903346721）；2. 韩子涵 2400元（家长电话13512870946）；3. 邓思远 880元（家长电话15820173358）。建议优先与曾可馨家长私下沟通还款计划。",
        ),
        ("user", "曾可馨家里好像是爸爸生病住院了，怎么说比较委婉？"),
        (
            "assistant",
            "可以这样说：您好，了解到家里近期有些困难，孩子的课程我们会正常保留，学费方面可以商量分期，您方便时回个电话就好，不着急。",
        ),
    ],
    [
        ("user", "我女兒的業餘三段證書名字印錯了，『蔡沛妤』被印成『蔡佩妤』，要怎麼申請更正？"),
        (
            "assistant",
            "一般要向發證單位（例如海峰棋院或所屬地方圍棋協會）提出更正申請，附上證書正本、身分證影本及報名資料，說明錯誤處即可。",
        ),
        ("user", "她身分證是 B207183659，住台中市西屯區文心路三段241巷12號5樓，這些都要寫嗎？"),
        (
            "assistant",
            "申請書上通常需要填寫姓名、身分證字號及收件地址，以便寄回新證書：蔡沛妤，B207183659，台中市西屯區文心路三段241巷12號5樓。建議以掛號寄送，並保留寄件收據。",
        ),
    ],
    [
        (
            "system",
            "CRM context for this conversation: caller = Mr Chong Wei Ming, mobile +65 9183 6624, daughter Chong Xin Yi (Weiqi 5-kyu, Tuesday class), account balance overdue SGD 520, note: parents going through divorce, send invoices to father only.",
        ),
        ("user", "Hi, I want to know why my daughter's class was cancelled this Tuesday."),
        (
            "assistant",
            "Hi Mr Chong, Xin Yi's Tuesday class was cancelled because the coach was unwell; a make-up lesson is scheduled for Saturday at 2pm. I also see an overdue balance of SGD 520 on the account.",
        ),
        ("user", "Please don't send anything to my ex-wife, okay? Just to this number."),
        (
            "assistant",
            "Noted, Mr Chong. All invoices and class updates will go only to +65 9183 6624.",
        ),
    ],
    [
        ("system", "你是一个面向棋类培训家长的心理支持助手，回答要温和、专业。"),
        (
            "user",
            "我儿子叫贺一鸣，12岁，学象棋六年了，上个月省赛输了之后一直说不想活了，晚上睡不着，我很害怕。",
        ),
        (
            "assistant",
            "听到一鸣这样说，您一定非常担心。孩子说“不想活了”需要认真对待，建议尽快带他到正规医院的儿童心理科或精神科就诊；如果出现紧急情况，请立即拨打120或当地心理援助热线。",
        ),
        ("user", "要不要跟他的象棋教练说？"),
        (
            "assistant",
            "可以在征得孩子同意后，简单告诉教练孩子近期状态不好、需要减压，不必透露具体诊断。让教练暂时减少比赛安排，多以兴趣为主。",
        ),
        ("user", "好的，谢谢，我明天就带他去看医生。"),
        ("assistant", "不客气。陪伴本身就很重要，也请您照顾好自己。"),
    ],
]
