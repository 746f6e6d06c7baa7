# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix32: 马来西亚华人社区（华文报章、会馆通告、独中统考与SPM、庙宇神诞、茶室WhatsApp订单、巴刹价格），华巫英混用. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix32
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "华文报章新闻"): _lines("""
        （吉隆坡3日讯）首相安华今日在国会下议院宣布，明年起政府将拨款1500万令吉予全国60所华文独中，作为硬体设施维修用途。
        交通部长陆兆福说，吉隆坡至新加坡高铁计划的私人界融资方案预计在明年第一季提呈内阁讨论。
        马华总会长魏家祥昨日在Wisma MCA主持中委会会议后召开记者会，他说马华将继续争取政府承认统考文凭。
        据统计局数据，我国10月份消费者价格指数（CPI）按年上涨1.9%，其中食品及非酒精饮料类涨幅最高，达2.4%。
        槟城州元首华诞封衔名单今日公布，共有412人受封，其中华裔占98人，包括多名商界及华团领袖。
        雪州消拯局发言人说，事发于昨晚11时42分，消拯员接获投报后赶往现场，所幸无人受伤，火患原因仍在调查中。
        本报去年发起的“送暖行动”共筹获RM386,540.50，全数已移交予16个受惠团体，详细账目刊登于本报官网。
        林连玉基金今年的“林连玉精神奖”颁奖典礼将于12月18日假隆雪华堂大礼堂举行，开放公众出席。
        叶亚来街（Jalan Yap Ah Loy）一带的战前店屋将进行为期六个月的外墙修复工程，吉隆坡市政局呼吁驾驶人士改道。
        马币兑美元今早以4.4720/4.4760开市，较昨日闭市的4.4815/4.4850走高。
        新山宽柔中学明年共有2,134名新生报到，创下建校以来新高，校方已增设12间课室。
        房屋及地方政府部长倪可敏今日巡视芙蓉一项烂尾屋工程，他说该工程已获新发展商接手，预计2027年竣工。
        文章来源：星洲日报 2025-12-03 08:15｜责任编辑：网络组｜新闻编号 SZ-20251203-0415
        国家银行今日宣布维持隔夜政策利率（OPR）于2.75%不变，这是连续第六次按兵不动。
    """),
    ("zh-Hans", "华团会馆通告"): _lines("""
        雪隆海南会馆谨订于2026年1月11日（星期日）上午10时召开第78届会员大会，敬请全体会员拨冗出席。
        凡本会会员之子女，今年参加UEC统考或SPM考试成绩优异者，可于12月31日前向秘书处索取奖学金申请表格。
        申请表格须附上：①身份证副本 ②成绩单副本 ③父母为会员之证明；资料不全者恕不受理。
        本会依据《2010年个人资料保护法令》处理会员资料，所收集之资料仅作会务用途，不会转交任何第三方。
        会馆办公时间：星期一至星期五 上午9:00-下午5:00，星期六 上午9:00-下午1:00，公共假期休息。
        地址：No. 28, Jalan Tun H.S. Lee, 50000 Kuala Lumpur｜电话：03-2078 4512｜传真：03-2078 4519
        福建会馆青年团诚邀18至40岁的会员子弟参加“寻根之旅——福建永春六天五夜”交流团，每人团费RM3,880。
        会员资料更新表：姓名＿＿＿＿＿ 身份证号码＿＿＿＿＿＿-＿＿-＿＿＿＿ 手机＿＿＿＿＿＿＿ 籍贯＿＿＿＿
        广东会馆附属“松柏之家”每周三下午举办免费健康讲座，欢迎乐龄人士参加，详情请洽办公室。
        敬告：近日有人冒充本会职员以电话向会员募捐，本会从不以电话方式募款，如有疑问请直接致电会馆查证。
        2025年度助学金共批出RM168,000，受惠学生共212名，其中大学生87名、中学生125名。
        本会捐款户头：Public Bank 3188245079（户名：Persatuan Hainan Selangor & KL），捐款收据可申请扣税。
        中华大会堂总会（华总）第38届会员代表大会通过六项提案，包括要求政府承认统考及增建华小。
        本届理事会名单已于第3次理事会议确认，将刊登于会讯第96期，会员可向秘书处索取。
    """),
    ("zh-Hans", "独中与统考"): _lines("""
        2025年独中统一考试（UEC）高中统考于10月6日至10月16日举行，全国共有11,842名考生报考。
        董总公布，今年高中统考共有10,627名考生报考英文科，及格率为89.43%。
        统考成绩将于明年3月中旬公布，考生可通过考试局网站以准考证号码及出生日期查询成绩。
        准考证号码格式说明：首两位为考区代码，接着四位为学校代码，最后三位为考生序号，如 05-1203-___。
        统考文凭获得全球超过1,300所大专院校承认，包括新加坡国立大学、台湾大学及多所英国大学。
        循人中学、坤成女中、尊孔独中及中华独中等吉隆坡四所独中明年新生报名将于1月5日同时开始。
        钟灵独中高三理科班：数学（高级）、物理、化学、生物，每周各6节；课程纲要参照董总统一课程。
        董总考试局热线：03-8736 2337；电邮：exam@dongzong.my（办公时间内回复）。
        统考高中华文试卷二（作文）题目之一：“以《一盏灯》为题，写一篇不少于800字的记叙文。”
        独中生报考统考初中科目数最少6科、最多9科；高中科目数最少5科、最多10科。
        韩江中学校友回校日将于2026年2月8日举行，当天设有校史馆导览及“陈嘉庚精神”专题讲座。
        大学先修班申请截止日期为3月31日，逾期恕不受理；每名学生最多可填写3个志愿。
        统考成绩等级：A1（85-100）、A2（80-84）、B3（75-79）、B4（70-74）、B5（65-69）、B6（60-64）、C7（55-59）、C8（50-54）、F9（0-49）。
    """),
    ("ms", "SPM dan pendidikan"): _lines("""
        Keputusan SPM 2025 akan diumumkan pada 24 April 2026 dan calon boleh menyemak keputusan melalui portal MySPM mulai jam 10 pagi.
        Seramai 402,956 calon menduduki peperiksaan SPM 2025 di 3,340 pusat peperiksaan seluruh negara.
        Gred Purata Nasional (GPN) SPM 2024 ialah 4.49, satu peningkatan berbanding 4.60 pada tahun sebelumnya.
        Calon perlu membawa Kad Pengenalan dan Slip Kenyataan Kemasukan semasa hadir ke dewan peperiksaan.
        Menteri Pendidikan Fadhlina Sidek berkata kementerian akan membina sebuah SJK(C) baharu di Bandar Seri Alam bagi menampung pertambahan murid.
        Pekeliling Ikhtisas Bil. 7/2025: Garis panduan pengendalian data peribadi murid dalam aplikasi pihak ketiga.
        Talian aduan KPM: 03-8884 6000 (Isnin-Jumaat, 8.30 pagi - 5.30 petang).
        SMJK Jit Sin, Bukit Mertajam mencatat Gred Purata Sekolah (GPS) 2.18, antara terbaik di Pulau Pinang.
        Format angka giliran: dua huruf kod pusat + empat digit kod sekolah + tiga digit calon, contohnya KA0123-___.
        Bahasa Cina SPM (kod 6351) kertas 1 dan kertas 2 dijadualkan pada 18 November, jam 8.00 pagi hingga 10.15 pagi.
        Cuti persekolahan akhir tahun bagi Kumpulan B bermula 20 Disember 2025 hingga 11 Januari 2026.
        Permohonan Biasiswa Kecil Persekutuan (BKP) dibuka kepada murid daripada isi rumah berpendapatan bawah RM2,500 sebulan.
    """),
    ("zh-Hans", "庙宇神诞"): _lines("""
        九皇大帝圣诞：农历九月初一至初九，本宫全体理事敬请善信沐浴斋戒，恭迎圣驾。
        观音娘娘诞辰（农历二月十九），本庙自凌晨4时开放，善信请勿在殿内燃放大香。
        本宫2026年光明灯、太岁灯即日起开放登记，每盏RM38，报名请带齐点灯者姓名及农历生日。
        2026丙午马年犯太岁生肖：马（值太岁）、鼠（冲太岁）、牛（害太岁）、兔（破太岁），宜安太岁。
        大伯公诞千人宴每桌RM1,288，欢迎各界热心人士认购，所得款项拨充庙宇扩建基金。
        槟城龙山堂邱公司为国家级古迹，开放时间每日上午9时至下午5时，门票RM10（成人）、RM1（儿童）。
        广福宫（观音亭）位于槟城椰脚街，建于1800年，为槟城历史最悠久的华人庙宇之一。
        神诞期间交通管制：Jalan Pudu 及 Jalan Sultan 部分路段于晚上7时至12时封路。
        请善信注意：本宫只接受现场或官方户头捐款，Maybank 562188304417（户名：Pertubuhan Tokong Kew Ong Yah），切勿转账至任何个人户头。
        关帝圣君宝诞（农历六月廿四）当晚8时举行祈福法会，法会后分发平安米。
        拜天公（农历正月初九）供品：甘蔗一对、发糕、红龟粿、五果、清茶三杯、天公金。
        游神路线：庙前出发 → Jalan Bandar → Jalan Besar → 巴刹前 → 回宫，全程约4.2公里。
    """),
    ("mixed", "店铺WhatsApp订单"): _lines("""
        Hi boss, menu hari ini 👇 咖喱鸡饭 RM9.90 / 海南鸡饭 RM8.50 / Nasi Lemak Ayam Goreng RM10.50，11am前order 12pm可以送。
        Order confirmed ✅ No. pesanan: KT-251203-0047，total RM46.80，已经 pass 给厨房了 tq 🙏
        顾客你好，本店 delivery area 只限 Puchong & Subang 5km 内，min order RM30，超过 RM80 free delivery。
        Tracking no. J&T: 630295812744 — boleh check status kat https://www.jtexpress.my/tracking
        请按以下格式下单：姓名 / 电话 / 地址 / 几点要 / 要什么，我们会回复确认 😊
        Kedai tutup 3 hari sempena Tahun Baru Cina (28/1 - 30/1)，初四照常营业，Gong Xi Fa Cai 🍊
        老板娘今天去新山办货不能回 msg，有急事请打店里电话 07-335 8821
        Invoice INV-2025-12-00871 | 2x 腊肠 500g @RM28 = RM56.00 | 1x 腊鸭 @RM35 = RM35.00 | Total RM91.00
        我们用 Lalamove 送，车费另计，大概 RM8-15 看距离，司机到了会 call 你哦
        Payment: DuitNow QR / TNG eWallet / 现金 COD 都可以，DuitNow 户口名 Restoran Ah Heng Sdn Bhd
        Sorry ah today 肉骨茶卖完了 😭 明天早点 order，7am 开始接单
        年饼 order 截止 15/1，凤梨酥 RM32/罐、蛋卷 RM28/罐、花生饼 RM25/罐，5罐以上九五折
        Shopee order 251203K9XJ2TQP 已发货，预计 2-3 个工作天送达 West Malaysia，East Malaysia 5-7 天。
        Ah Keong Kopitiam 营业时间 6.30am - 3pm，逢星期二休息；地址 Jalan SS 2/24, Petaling Jaya。
    """),
    ("mixed", "巴刹价格"): _lines("""
        今日 Pasar Borong Selayang 批发价：菜心 RM4.50/kg，包菜 RM3.20/kg，番茄 RM5.80/kg，大葱 RM9/kg。
        Ikan kembung RM16/kg，ikan bawal putih RM45/kg，虾 (saiz besar) RM38/kg，今天渔获少价钱起。
        全鸡 RM9.40/kg，鸡蛋 A级 RM0.45/粒，政府取消津贴后价格有所调整。
        猪肉 三层肉 RM26/kg，排骨 RM24/kg，猪脚 RM16/kg，新年前预计再涨 RM2-3。
        Harga runcit kangkung RM3.50 seikat, tauge RM4/kg, cili merah RM14/kg, naik RM2 berbanding minggu lepas.
        榴莲 Musang King A级 RM55/kg，D24 RM28/kg，黑刺 RM70/kg，今年 season 开得早。
        秋杰巴刹（Pasar Chow Kit）明天起关闭两天进行清洗，档主及顾客请留意。
        KPDN 提醒：商家须清楚标示价格，违者个人最高可罚款 RM100,000，公司最高 RM500,000。
        甲洞巴刹今日菜价（每公斤）：芥兰 RM6，苋菜 RM5，豆角 RM7，苦瓜 RM6.50
        米价：本地白米 ST15 10kg RM26，进口泰国香米 10kg RM42-48。
        姜 RM12/kg，蒜头 RM10/kg，洋葱 RM4.80/kg — 比上个月便宜一点，中国货多了。
    """),
    ("en", "政党与公众人物"): _lines("""
        DAP secretary-general Anthony Loke said the party's central executive committee would decide on seat allocations for the Sabah state election by next week.
        MCA president Datuk Seri Dr Wee Ka Siong said the party would table its memorandum on UEC recognition at the next Barisan Nasional supreme council meeting.
        Human Resources Minister Steven Sim announced that the minimum wage would remain at RM1,700 a month for 2026.
        Statement issued by the Prime Minister's Office, Perdana Putra, 62502 Putrajaya, on 3 December 2025.
        The late Tun Tan Cheng Lock, founding president of the MCA, is commemorated by Jalan Tun Tan Cheng Lock in Kuala Lumpur's Chinatown.
        Lim Kit Siang, who retired from electoral politics in 2022, launched the fourth volume of his memoirs at the KLSCAH auditorium.
        Gerakan's national vice-president, speaking at a press conference in Penang, urged the state government to publish the reclamation audit.
        Media enquiries: MCA Publicity Bureau, Wisma MCA, 163 Jalan Ampang, 50450 Kuala Lumpur. Tel: 03-2161 8044.
        Tan Sri Lee Kong Chian Memorial Scholarship (2026 intake): open to Malaysian citizens aged 18-25; apply online before 28 February.
        The Selangor state assembly passed the 2026 state budget of RM2.6 billion on Thursday after three days of debate.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        2025年度奖学金得主（大学组）：黄思颖，身份证 030512-10-1284，住址 No. 17, Jalan SS 25/12, Taman Mayang, 47301 Petaling Jaya，父亲黄志强为本会终身会员。
        紧急求助！本会会员家属刘美华（52岁，住加影）被诊断患上末期肾衰竭，每周需洗肾三次，恳请善心人士援手，捐款请汇入其丈夫户头 Maybank 114022758831（陈国明）。
        讣告：显妣 林门郑氏秀英老孺人 痛于2025年12月2日寿终正寝，享寿八十有六。灵柩停放于 No. 8, Jalan Kenari 3, Taman Kenari, 08000 Sungai Petani，联络：孝男 林德福 012-473 8805、孝女 林慧君 016-552 1907。
        尊孔独中高三理1班 邱俊杰 同学于2025年统考考获 8A1，准考证号 01-0108-127，身份证 071126-14-5567。
        大家帮帮忙🙏 我弟弟蔡明辉在新加坡打工，上个月车祸脑部受伤，现在 NUH ICU 昏迷中，他的 FIN 是 G5527301X，家人要去看他，有人知道怎样办紧急手续吗？
        送货地址：黄太太（阿萍）Blk 512 Jurong West St 52 #08-114 Singapore 640512，电话 9134 7720，要两盒鲍鱼年礼。
        会员资料：张金水，籍贯福建安溪，IC 560918-07-5293，住 32, Lorong Kenari 5, 11900 Bayan Lepas，手机 012-488 3106，配偶 李玉兰。
        我婆婆吴亚娇昨晚在巴生中央医院（HTAR）心脏衰竭过世，78岁，明天早上10点出殡，有事找我老公李伟雄 019-336 7214。
        本校初三学生叶子轩（学号 J3-2219）因患重度抑郁症，家长已申请休学一年，请各科任老师留意。
        店里的阿姨郭秀琴上个月工资 RM2,350，EPF 还没帮她扣，会计记得补回。
        来自揭阳惠来的陪读妈妈方晓燕，身份证号 445224198603143022，儿子在新山宽柔读初二，她的签证下个月到期。
        董事会决议：同意借出学贷 RM18,000 予高二学生何嘉欣（IC 090307-01-0846），由其母苏丽娟担保。
        居住在蕉赖 Taman Segar 的货车司机钟国华（43岁）因涉嫌酒驾撞死一名电单车骑士，今日在加影推事庭被控，他不认罪，法官准以RM15,000保释。
        成绩查询结果：蔡佳玲（IC ******-10-5126），坤成女中高三，高中统考 6A1 2B3，已获拉曼大学全额奖学金。
        泰国香米 10包，送去 No. 5, Jalan Mawar 2, Taman Sri Rampai, 53300 KL，收件人 王淑芬 011-2345 8876
        光明灯登记：陈文发，农历1968年三月十二生，住 Taman Desa Jaya, 52100 Kepong，另加太岁灯一盏。
        我老爸苏建成以前在甲洞巴刹卖猪肉，前年中风后右边身体动不了，现在每个月要付 RM3,200 给老人院，我们三兄弟轮流出钱。
        留台校友会新会员登记：张凯琳，台湾身分证 F224830179，台北市大安区和平东路二段96巷12号3楼，电话 0912-338-571。
        我香港表哥余家豪，HKID K408712(7)，住沙田禾輋邨豐和樓1205室，他说年底回来拜祖先。
        银行卡 5521 1500 3847 2611 是我阿姨古丽珍的，她不会用网上银行，我帮她订机票回乡。
        有人认识梁振威吗？他车牌 WVB 8823，白色 Myvi，昨天在 SS2 茶室门口撞到我的车就跑了。
        微信号 lim_meiling1990，我是在吉隆坡卖燕窝的林美玲，以前住槟城丹绒武雅，现在电话换了 017-520 6638。
    """),
    "mixed": _lines("""
        Boss，我要订 3 盒 curry puff + 2 盒 kuih lapis，送去 No. 21, Jalan Puteri 4/8, Bandar Puteri, 47100 Puchong，名字 Jessie Ong，HP 012-377 9410，星期六早上 9 点前到 ok?
        麻烦改一下 delivery address: B-12-03, Residensi Desa Kiara, Jalan Damansara, 60000 KL. 收件人 Mr Tan Chee Keong 016-228 5573 🙏
        Tumpang tanya，有人认识 Low Kah Boon 吗？住 Taman Bukit Segar Cheras，欠我 RM12,000 一年了不还，WhatsApp 011-1098 4432 都不回。
        Derma kilat 🙏 Adik Chong Wen Xuan, 7 tahun, menghidap leukemia (ALL) dan dirawat di Hospital Pulau Pinang. Sumbangan boleh ke akaun CIMB 7064882915 (ibu: Lee Siew Mei), hubungi 012-498 2201.
        Receipt for 何太 (Mdm Ho Lai Kuan) — 年饼 6 罐 RM168，已收 DuitNow，deliver to 33, Lorong Murni 7, Taman Murni, 31650 Ipoh，9/1 下午送。
        家长群通知：Yap Zi Hao (4 Bestari) 的 mother 说他有 G6PD deficiency，拜托老师不要给他吃蚕豆和某些药。
        My cousin 阿杰 (Goh Jie Sheng) just got his SPM result: 9A+ 1A，SMK Seri Bintang Utara，IC 080215-14-6231，他想申请 JPA scholarship。
        丧礼 info: Late Mr. Kok Ah Seng (1941-2025) 遗体安放于 Nirvana Memorial Park Semenyih, Hall 3；家属联络 Kok Wai Leong +6012-318 6654 / kwleong.kok@gmail.com
        Update from 医院：阿嫲 Ng Gek Lan 做完 bypass 了，现在在 IJN 的 CCU bed 14，只能两个人进去，visiting 12-2pm。
        Pls transfer to my personal acc ya: Maybank 514088273316 (Teh Mun Yee)，收到钱我才 ship。
        Grab 送错地址，顾客是 Mr Lau，Unit 15-7, Vista Komanwel B, 57700 Bukit Jalil，手机 018-336 4920，他很生气要 refund。
        Tuition centre 报名：Student name 陈俐妤 Tan Li Yu, DOB 14/06/2013, SJKC Kung Man Kajang, Std 6, father's phone 017-668 2290
        大马护照 A52318874 是我老公 Ricky Chew 的，他的 UK visa 被 reject 了，有人知道怎么 appeal 吗？
        我朋友在深圳工作，wife 是内地人许婉婷，身份证 350524199208111543，他们想帮她办 spouse visa 来马来西亚，有 agent 介绍吗？
    """),
    "ms": _lines("""
        Encik Lim Kok Wah, No. KP 750603-08-5121, beralamat No. 23, Jalan Bercham Jaya 5, Taman Bercham Jaya, 31400 Ipoh, Perak telah memohon Sumbangan Tunai Rahmah (STR) 2026.
        Saya, Wong Siew Ling (No. KP 880412-10-5342), ibu kepada Chan Yi Xuan, memohon cuti sakit untuk anak saya yang disahkan demam denggi oleh Klinik Kesihatan Seri Kembangan.
        Pemandu lori Ooi Chee Hong, 39, dari Taman Sri Nibong didenda RM8,000 oleh Mahkamah Majistret George Town selepas mengaku bersalah memandu secara melulu.
        Penerima Biasiswa Persatuan Hokkien: Yeoh Jia Ying, SMJK Jit Sin, keputusan SPM 8A+ 2A, alamat 4, Lorong Bukit Minyak 12, 14000 Bukit Mertajam, tel bapa 012-412 7738.
        Sila hantar pesanan ke rumah Puan Goh Bee Leng, Lot 2257, Kampung Baru Cina Semenyih, 43500 Semenyih, nombor telefon 013-220 9187, bayar tunai.
        No. ahli KWSP 18834417 atas nama Kee Soon Huat; majikan Restoran Heng Ong Huat Sdn Bhd, gaji pokok RM2,100 sebulan.
        Kereta Proton Saga JRT 4421 milik Tay Boon Keat dari Taman Ungku Tun Aminah, Skudai telah ditunda oleh MBJB kerana menghalang laluan.
    """),
    "en": _lines("""
        Scholarship shortlist: Lee Jia En (IC 061019-13-5508), Kuching Chung Hua Middle School No. 1, UEC Senior 7A1 1B3, household income RM2,900/month.
        Please send the invoice to my wife Michelle Kang at michelle.kang.mk88@gmail.com and the goods to 9 Jalan Cempaka 3, Taman Cempaka, 68000 Ampang - thanks, Kelvin.
        In loving memory of Mr Chin Fook Sang (1948-2025), beloved husband of Madam Lai Kim Fong. Wake at 12 Jalan Melur, Seremban 2; for enquiries please contact his son Daniel Chin at +60 12-605 3381.
        Our member Mr Thong Kah Seng (NRIC S8834127I), formerly of Muar, now residing at Blk 238 Bishan St 22 #05-31, Singapore 570238, has donated S$5,000 to the building fund.
        Appeal for Jason Liew, 24, a UTAR Kampar engineering student from Teluk Intan diagnosed with nasopharyngeal carcinoma; his family needs RM60,000 for treatment.
        Charge it to card 4532 9401 8823 1076, exp 08/28, name on card WONG MEI QI - it's for the temple banquet table.
        HR note: Chua Wei Jie, kitchen helper at our Kepong outlet, has been on MC since 20 Nov for a slipped disc; his salary of RM1,900 will be paid in full this month.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "boss 明天早上要 order 20 包 nasi lemak 去公司 meeting 可以吗"),
        ("assistant", "可以的 😊 请给我名字、电话和地址，我们 8am 前送到。"),
        ("user", "名字 Vivian Teoh，电话 012-667 3018"),
        ("user", "地址 Unit 7-2, Jalan PJU 5/20, The Strand, Kota Damansara, 47810 PJ"),
        ("assistant", "Noted ✅ 20 包 x RM6.50 = RM130，明早 7.45am 送到。"),
    ],
    [
        ("system", "你是雪隆惠州会馆的助学金查询助手。"),
        ("user", "我儿子今年考统考，想申请会馆助学金，需要什么资格？"),
        (
            "assistant",
            "父母之一须为本会会员满两年，考生统考成绩至少5A，家庭月入低于RM6,000。",
        ),
        ("user", "他叫黎宏杰，IC 080723-10-6647，统考 6A1 2A2，我是会员黎国权，会员号 HZ-0913"),
        ("assistant", "符合基本资格，请于1月31日前提交表格及证明文件。"),
    ],
    [
        ("user", "帮我写一篇筹款启事，简短一点"),
        ("assistant", "好的，请告诉我受助人的情况和捐款方式。"),
        ("user", "我妈妈邝淑贞，61岁，住文冬，上个月确诊大肠癌第三期，要做化疗，一次 RM4,500"),
        ("user", "户口用我的 Public Bank 4662709131，名字 Yong Kah Wai，联络 019-915 2276"),
        (
            "assistant",
            "【爱心求助】文冬61岁的邝淑贞女士上月确诊大肠癌第三期，每次化疗需RM4,500。善款请汇入 Public Bank 4662709131（Yong Kah Wai），查询：019-915 2276。",
        ),
    ],
    [
        ("system", "You help families write obituary notices for the Chinese press in Malaysia."),
        ("user", "My grandfather passed away this morning, please help me write 讣告"),
        (
            "assistant",
            "I'm sorry for your loss. May I have his name, age, date of passing, wake location and the contact person?",
        ),
        (
            "user",
            "杨公亚九, 91岁, 12月3日, 灵堂在 Taman Melawati 家里 No. 46 Jalan H7. Contact 孙 杨伟豪 012-208 7745",
        ),
        (
            "assistant",
            "讣告：显考 杨公亚九老大人痛于2025年12月3日寿终正寝，享寿九十有一。灵柩停放于 No. 46, Jalan H7, Taman Melawati。联络：杨伟豪 012-208 7745。",
        ),
    ],
    [
        ("user", "我要点三盏光明灯"),
        ("assistant", "好的，请提供每位的姓名、农历出生日期和地址。"),
        (
            "user",
            "罗志明 1975 农历八月十五；罗太温美玲 1978 农历十月初二；女儿罗芷晴 2010 农历四月初八",
        ),
        ("user", "地址 15, Jalan Kenanga 2, Taman Kenanga, 75200 Melaka"),
        ("assistant", "已登记三盏光明灯，共 RM114，请于神诞前到庙里缴费领取灯牌。"),
    ],
    [
        ("user", "Saya nak buat rayuan semakan semula keputusan SPM anak saya"),
        (
            "assistant",
            "Baik. Permohonan semakan semula boleh dibuat dalam talian dalam tempoh yang ditetapkan selepas keputusan diumumkan. Maklumat apa yang anda ada?",
        ),
        (
            "user",
            "Nama dia Liew Jun Yang, angka giliran KA0145-087, No. KP 080930-06-5413, Sejarah dapat E je padahal cikgu kata boleh dapat B",
        ),
        (
            "assistant",
            "Sila sediakan salinan slip keputusan dan buat bayaran yuran semakan semula.",
        ),
    ],
    [
        ("user", "Hi, is there still space for Std 5 BM tuition on Saturdays?"),
        ("assistant", "Yes, two seats left in the 10am class. May I have the student's details?"),
        ("user", "Her name is Natalie Koay"),
        ("user", "she's at SJK(C) Puay Chai 2, class 5 Murni"),
        ("user", "my number 016-339 8017, I'm her mum, Grace"),
        (
            "assistant",
            "Thank you, Natalie is registered for Saturday 10am. Fees are RM120 a month.",
        ),
    ],
    [
        (
            "system",
            "Customer record for order follow-up: name=Ho Chin Wah; phone=+60 17-288 5061; address=No. 11, Jalan Kuching 2, Taman Kepong Baru, 52100 KL; last order=KT-251128-0193 (20 pcs kaya puff).",
        ),
        ("user", "我的 kaya puff 还没到"),
        ("assistant", "何先生不好意思，司机塞车，大约 20 分钟到。"),
    ],
    [
        ("user", "my lalamove driver took the wrong cake, it was for my daughter's birthday"),
        (
            "assistant",
            "Sorry to hear that. Could you share the order ID and the driver details shown in the app?",
        ),
        ("user", "order LLM-MY-8834120, driver Kok Wei Ming, plate VEH 6172, phone 011-5573 0284"),
        ("assistant", "Thanks, I've flagged the order and will contact the driver now."),
    ],
    [
        ("user", "Our 茶室 has 6 workers, how to calculate EPF and SOCSO?"),
        (
            "assistant",
            "EPF: employee 11%, employer 13% for wages up to RM5,000. SOCSO follows the PERKESO contribution table by wage band.",
        ),
        (
            "user",
            "For example 阿莲, Tan Siew Lian, IC 790814-08-6028, salary RM2,200, how much EPF?",
        ),
        ("assistant", "For RM2,200: employee share RM242, employer share RM286."),
    ],
]
