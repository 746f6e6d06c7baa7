# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix49: Malaysian Chinese schools (SJKC, 独中) — parents, 董事会, 校友会, fundraising, 统考, school bus and canteen. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix49
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "家教协会通告"): _lines("""
        【家教协会通告 PIBG/2026/017】兹定于2026年3月14日（星期六）上午9时正在本校礼堂召开第58届家长大会，敬请各位家长拨冗出席。
        各位家长：新学年校车登记将于1月5日至1月9日在校务处进行，车费按路线计算，每月RM95至RM160不等。
        食堂新承包商已于本周接手，早餐价格：面包类RM1.20，炒面RM2.50，Milo RM1.50，学生可使用e-Kupon付款。
        敬请家长注意：放学时段 Jalan Sekolah 实施单向通行，请勿双重停车，交警将于下午1时至1时45分执法。
        家长大会议程：（一）主席致词（二）宣读上届会议记录（三）财政报告（四）选举2026/2028年度理事（五）其他事项。
        理事提名表格须由两名家长附议，并于2月20日前投入校务处的提名箱，逾期恕不受理。
        本校将于4月18日举办“全民阅读日”，请家长协助孩子准备一本课外读物，书目不限。
        凡一年级新生家长，请于开学第一周内缴交家教协会会费RM20（每户一次）及学杂费RM58.50。
        下周一起，一至三年级学生12:20放学，四至六年级13:15放学，下午班时间照旧。
        骨痛热症预防：校方将于星期三进行清除蚊子繁殖地的gotong-royong活动，欢迎家长一同参与。
        为配合卫生部“无糖日”，食堂每逢星期三不售卖含糖饮料，请家长为孩子准备白开水。
        通告回条：□ 本人同意孩子参加校外教育考察　□ 本人不同意　家长签名：__________　日期：________
        提醒：失物招领处将于学期末清理，逾期未领取的校服、水壶及便当盒将捐赠予慈善机构。
    """),
    ("zh-Hans", "董事会与校友会新闻"): _lines("""
        林连玉先生被誉为“族魂”，其捍卫华文教育的精神至今仍激励着一代又一代的华教工作者。
        沈慕羽书法墨迹展将于林连玉纪念馆展出至本月底，公众可免费入场参观。
        宽柔中学董事会宣布，古来分校扩建工程第二期预计于2027年竣工，总耗资约RM4500万。
        教育部长法丽娜今日在国会表示，政府将继续拨款予全国华小进行维修与提升工程。
        董总与教总发表联合声明，反对任何改变华小本质的措施，并再次促请政府承认独中统考文凭。
        尊孔独中校友会第45届会员大会顺利举行，出席会员超过300人，会上通过修改章程。
        陈嘉庚先生一生倾资兴学，创办集美学村与厦门大学，其事迹在东南亚华人社会广为流传。
        本届董事会改选结果出炉：董事长、署理董事长、总务及财政均由原任连任，任期三年。
        全国60所华文独中今年共录取初一新生逾2万名，人数创近十年新高。
        校友会捐赠两辆校车予母校，车身印有“饮水思源”四字，移交仪式由董事长主持。
        霹雳州华小董事会联合会促请州政府加快发放今年的华小拨款，以免影响校舍维修进度。
        陈六使先生倡办南洋大学，南大校友至今每年举办纪念活动缅怀创办人。
        董事会议决：即日起所有工程招标一律公开进行，标书截止日期为6月30日中午12时。
    """),
    ("zh-Hans", "筹款与收据"): _lines("""
        【扩建基金】感谢各界热心人士慷慨解囊，截至3月31日共筹得RM1,286,450.00，距离目标尚差RM713,550.00。
        捐款可直接汇入：Public Bank 3198-7720-15，户名：Lembaga Pengurus SJK(C) Pei Hwa；汇款后请将凭单WhatsApp至校务处 07-931 2856。
        本校建校基金已获内陆税收局（LHDN）批准为可扣税捐款，批准编号：LHDN.01/35/42/51/179-6.7421。
        收据编号 BF-2026-004718｜日期 2026-03-07｜金额 RM 500.00｜款项：建校基金｜付款方式：FPX（Ref: 2603071148220917）
        慈善义跑报名费：成人RM45、学生RM25，报名截止日期为5月10日，所得款项全数拨入建校基金。
        千人宴每桌RM1,288（十人一桌），欢迎各商家及社团认桌，详情请联络校务处。
        感谢陈唱摩多（Tan Chong Motor）、李氏基金（Lee Foundation）等机构赞助本届义演活动。
        收据模板：兹收到 {捐款人姓名} 捐献 {款项名称} 马币 {金额} 正，此据。收据号码：{收据编号}
        义卖会摊位共48个，包括炒粿条、椰浆饭、煎蕊等，营业总额将于下周公布。
        “一人一砖”运动：每块砖RM10，学生可在班上认购，捐款名单恕不另行刊登。
        DuitNow QR 捐款二维码已更新，旧二维码（Merchant ID: 401982774）将于4月1日起失效。
        2025年度财政报告：总收入RM842,316.40，总开销RM790,118.25，盈余RM52,198.15，账目已由执业会计师审核。
        慈善高尔夫球赛将于 Kota Permai Golf & Country Club 举行，每组（4人）报名费RM2,000。
    """),
    ("zh-Hans", "统考资讯"): _lines("""
        2026年独中统考将于10月举行，初中统考科目包括华文、国文、英文、数学、科学、历史及地理。
        高中统考报名费每科RM33，术科另计；报名截止日期为6月30日，逾期须缴交附加费。
        高中统考成绩等级：A1、A2为优等，B3至B6为良好，C7、C8为及格，F9为不及格。
        考生须携带准考证及身份证件入场，迟到超过30分钟者不得进入考场。
        准考证号码格式：前两位为考区代码，中间三位为学校代码，后四位为考生序号，例如 XX-XXX-XXXX。
        统考成绩查询网页将于12月中旬开放，考生须输入准考证号码及出生日期方可查询。
        2025年高中统考全国约有1万名考生，数学科及格率为88.6%，英文科为79.2%。
        台湾、中国大陆、新加坡及英国等多国大学承认统考文凭为入学资格。
        砂拉越与沙巴州政府已承认统考文凭，持有者可申请州内公共服务职位。
        历届试题集（2019-2025）每本RM18，可向董总出版组订购，订单编号格式为DZ-BK-年份-流水号。
        统考英文听力测验当天，请勿在考场附近鸣笛，校车一律停放在后门。
        《高中统考物理》模拟卷第12题勘误：正确答案为(C) 2.45 m/s²，而非(B)。
    """),
    ("ms", "bas sekolah dan kantin"): _lines("""
        Tender kantin SJK(C) Chung Hwa bagi tempoh 2026–2028 kini dibuka; borang boleh diperoleh di pejabat sekolah dengan bayaran RM50.
        Semua bas sekolah mesti mempunyai permit APAD yang sah dan lulus pemeriksaan PUSPAKOM setiap enam bulan.
        Harga makanan kantin mesti mematuhi garis panduan KPM: nasi lemak biasa tidak melebihi RM2.00 sebungkus.
        Pengendali makanan wajib mendapat suntikan tifoid dan sijil kursus pengendali makanan sebelum mula bertugas.
        Bas sekolah laluan Taman Johor Jaya – SJK(C) Foon Yew 2 akan bertolak pada 6:20 pagi mulai Isnin depan.
        Makluman: Kantin ditutup pada 16 Mei sempena Hari Guru; murid diminta membawa bekal makanan sendiri.
        Kadar tambang bas sekolah dinaikkan sebanyak 8% berkuat kuasa Januari 2026 berikutan kenaikan kos diesel.
        Sila salurkan aduan berkaitan bas sekolah kepada talian aduan APAD 1-800-88-7723 atau melalui portal rasmi.
        Pemeriksaan kebersihan oleh Pejabat Kesihatan Daerah Kluang mendapati kantin sekolah mencapai gred A.
        Murid tidak dibenarkan membeli makanan daripada penjaja di luar pagar sekolah.
        Pelekat "BAS SEKOLAH" berwarna kuning mesti dipamerkan di hadapan dan belakang kenderaan.
        Invois INV/KTN/2026/0318 — bekalan roti dan susu kotak untuk program sarapan, jumlah RM3,412.80.
    """),
    ("en", "school office SOP and systems"): _lines("""
        PDPA reminder: do not post pupils' MyKid numbers, home addresses or medical info in class WhatsApp groups; send them to the office through the secure form.
        Before sharing the bus roster with the operator, replace the guardian phone column with "[REDACTED]".
        SchoolPay Parent App v4.2.1 (build 1187) fixes the FPX timeout on Maybank2u and adds canteen top-up history.
        Release 2026.03: migrated the alumni DB from MySQL 5.7 to PostgreSQL 15; schema sha256:9f2c4e1a7b8d03f6c5a2e9147d0b6c3a8e51f2d97b4c6a0e13f8d5b29c7e4a61
        Field spec: mykid_no CHAR(14), format YYMMDD-PB-###G; validate with ^\\d{6}-\\d{2}-\\d{4}$ before saving.
        Canteen POS error E-0413 "card balance insufficient": ask the pupil to top up at the kiosk (minimum RM5).
        Order #SHP-88120457 — 120 Sports Day T-shirts (S/M/L mix), total RM2,760.00, ETA 14 Mar.
        Tracking no. EP724518839MY (Pos Laju) — UEC past-year papers, dispatched from Kajang.
        Retention: bursary application files are kept for 7 years after the pupil leaves, then shredded by an approved vendor.
        2026-03-09T07:42:15+08:00 bus GPS unit BUS-07 came online at the depot (fw 3.1.4).
        Template: "Dear {parent_name}, your child {student_name} ({class}) has an outstanding balance of RM{amount}. Please settle by {due_date}."
        Dong Zong office: Blok A, Lot 5, Seksyen 10, Jalan Bukit, 43000 Kajang, Selangor. Tel: 03-8736 2337.
        commit 4e7a1c9 "fix: hide guardian IC column in bursary export" (tagged v1.9.3)
    """),
    ("en", "news and alumni"): _lines("""
        Lim Lian Geok, revered as the "Soul of the Malaysian Chinese", had his citizenship revoked in 1961 for championing mother-tongue education.
        Education Minister Fadhlina Sidek said the ministry would set aside additional funds this year for repairs at vernacular schools.
        The Foon Yew High School Alumni Association raised RM2.3 million at its annual charity dinner held at Persada Johor.
        UEC holders can apply to the National University of Singapore, Monash University Malaysia and most Taiwanese universities.
        Ng Teng Fong General Hospital hosted a career talk for Malaysian independent school alumni studying nursing in Singapore.
        Upin & Ipin story books are being used in the Bahasa Melayu reading programme at several Chinese primary schools.
        Dong Jiao Zong marks Chinese Education Day on 18 December, the anniversary of Lim Lian Geok's death.
        Enrolment at Chinese primary schools dipped to about 500,000 pupils in 2025, with non-Chinese pupils making up roughly one in five.
        The alumni association's new clubhouse on Jalan Tun Tan Cheng Lock, Melaka, opens to members in April.
        A plaque at the entrance records that Tunku Abdul Rahman opened the school's assembly hall in 1962.
        The Sun Yat Sen Museum on Armenian Street, Penang, remains a favourite stop for school history trips.
        Three independent schools in Johor will share a fleet of electric school buses under a pilot programme starting next year.
    """),
    ("zh-Hans", "家长群日常"): _lines("""
        各位家长早安🙏 明天运动会，孩子穿体育服，记得带水壶和帽子哦
        请问今天校车几点到？我们Taman那边好像还没到leh
        美术课要带A4 drawing block同colour pencil，学校对面书局有卖
        有人知道食堂的e-Kupon怎样top up吗？
        老师说华文听写是第5课的生字，星期四考，大家帮孩子温习一下
        二手校服有人要吗？size 32，洗干净了，免费送，自取
        收到，谢谢老师🙏🙏
        今年统考报名截止几号啊？初三的要准备什么文件？
        校车uncle说下雨天会迟十分钟左右，大家不用急
        提醒：明天家长会8点开始，学校车位很少，建议早点到或停在巴刹那边
        请问班费RM30是交给班长还是直接交给班主任？
        义卖会需要家长帮忙，有空的请接龙：1. 2. 3.
        下个礼拜开始食堂有素食option，每天一样，RM3一份
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        陈老师您好，我是3年2班李子轩的妈妈，子轩昨晚验出骨痛热症，医生给MC到礼拜五，麻烦老师了🙏
        学生姓名：黄思颖　MyKid：150823-10-1248　班级：2忠　监护人：黄国荣（父）012-338 7415
        Uncle，我女儿陈欣怡今天不搭校车，她妈妈自己载。地址还是 No. 12, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru，下礼拜照常
        食堂注意：林可欣（4爱）对花生严重过敏，EpiPen放在她书包前袋，有状况请马上打给她爸爸 016-772 0913
        助学金申请：吴嘉伟（初二信），父亲吴志明是罗厘司机，去年中风后只能做半天，月入约RM1,600，母亲家庭主妇，家中四个孩子。
        兹收到 李国雄先生（IC 680412-07-5531）捐献扩建基金马币伍仟元正（RM5,000.00），收据号码 BF-2026-004719。
        考生姓名：吴佳慧　准考证号：JH-021-0832　身份证：080305-01-0626　报考科目：华文、英文、数学、物理、化学
        放榜啦！居銮中华 杨*婷（高三理1，准考证 JH-017-0357）数学A1、英文C6、华文B4，已收到成大面试通知
        校友资料更新：吴伟良，1998年高三理科毕业，现居新加坡 Blk 512 Jurong West St 52 #08-214，手机 +65 9123 4578，NRIC S8034712Z
        董事会前财政王志坚被控背信，涉嫌于2023至2024年间挪用RM186,400校款，案件定于6月在新山推事庭过堂。
        初二孝班黄俊豪上周在厕所吸电子烟被记大过一次，家长已签悔过书，请各科任老师留意。
        新聘华文老师周婉婷（中国籍，身份证440106198802231647），月薪RM3,850，试用期三个月，工作准证申请中。
        收据麻烦寄到 joanne.khoo88@gmail.com 谢谢（我是3仁 Ethan Lim 的妈妈 Joanne Khoo）
        我是从福州来的陪读妈妈刘晓燕，身份证350102198207143522，护照E78341265，想问孩子的学生准证要准备什么？
        学费刷卡一直失败，卡号 4532 1780 9934 6622，持卡人 TEO SOO LING，有效期 08/28，请帮我看看
        载送车辆 JQR 8812，司机林亚成（大家叫他Ah Seng叔叔），电话 019-756 2204，每天6:15从Taman Universiti出发
        我儿子郑宇航（五年级）上个月确诊自闭症谱系，想申请资源班，他的MyKid是141127-01-0893
        广州校友梁嘉怡的微信是 lianggy_0722，手机 +86 138 2741 0569，她说可以帮忙联络华南区的校友
        家长会记录：曾太（2智曾子涵的妈妈）反映孩子在校车上被高年级生勒索零用钱，她家住 Taman Sri Skudai, Jalan Kenari 7, No. 18。
        PIBG副主席候选人苏文杰，建筑承包商，IC 750618-08-5117，住怡保Bercham，提名人：家长二人。
        义卖会的钱转给林太就可以，她的TNG eWallet是 012-885 3301（Lim Mei Ling）
        香港校友何志明（HKID K615273(2)，电话 9172 6638）报名参加百年校庆晚宴，携眷两位。
        意外报告：3月5日刘子谦（4勤）在食堂滑倒，左手腕骨折，已送Hospital Sultanah Aminah，父亲刘建国 017-223 9186 已到场。
        奖学金得主（请保密）：许心怡，单亲家庭，母亲在超市当收银员，家庭月收入RM1,850，奖金汇入Maybank 1620 4418 3397。
    """),
    "en": _lines("""
        Hi Teacher, this is Mrs Wong, mother of Chloe Wong Xin Rui (5B). Chloe was diagnosed with ADHD last month and is on Ritalin 10mg, pls let her sit in front.
        Bus change request: Ryan Tay Jun Wei (Std 3), new pickup address 27, Jalan Setia Tropika 1/8, 81200 Johor Bahru, guardian contact 011-2156 8830.
        Alumni directory: Dr Ong Pei Shan, Class of 2009, dermatologist in Singapore; personal email ongps.derm@gmail.com, mobile +65 8326 7190.
        Refund to Mr Chua Boon Keat (IC 710903-04-5127) for duplicate payment of RM1,200, to Public Bank acct 3-1984-7725-06.
        While I'm in KL my husband Kelvin Lee (NRIC S7634128A) is Jayden's emergency contact, his SG number is 9845 2271.
        UEC re-marking request: Ho Kar Mun, candidate no. SL-104-0219, Additional Mathematics (B5), DOB 12/04/2008, email karmun.ho@yahoo.com
        Canteen staff record: Lee Siew Choo, typhoid jab expired 30/11/2025 and tested positive for hepatitis B, do not roster for food handling until cleared.
        Board minutes (confidential): Director Yap Kim Hock declared that his son-in-law's firm bid for the hall tender; he also personally guarantees the RM300,000 building loan.
        Bursary winner Sarah Lim Hui Wen, 17, of Bandar Puchong Jaya, lost her father to liver cancer in March and now helps at her mother's char kuey teow stall.
        Fee statement: Aaron Goh (Sr 2 Sci 3) arrears RM2,480 since Sept; father Goh Seng Huat (012-709 4412) agreed to a 4-month instalment plan.
        Mandy Chen (LINE: mandy_tw0917, +886 912 347 685) is our alumna in Taichung, she'll host the juniors going to NCHU this fall.
        CCTV of bus BKL 4471 on 3 March shows driver Raju a/l Muniandy slapping Std 2 pupil Tan Yi Xuan; police report IPD JBS/003184/26 lodged by the parents.
    """),
    "ms": _lines("""
        Cikgu, anak saya Muhammad Aiman bin Rosli (Tahun 4 Cempaka) ada asma, inhaler dalam beg sekolah. Kalau ada apa-apa tolong call saya, Rosli, 013-778 2041.
        Borang pendaftaran bas — Nama murid: Lim Jia Hui, No. MyKid: 160504-10-0316, Alamat: 8, Jalan Bayu 2/5, Taman Bayu Perdana, 41200 Klang.
        Pengendali kantin Encik Tan Ah Kow (IC 621109-01-6437) gagal ujian saringan tibi dan diarahkan berhenti bertugas serta-merta.
        Ibu kepada Siti Nur Aisyah (Tahun 1) memaklumkan bahawa bapanya tidak dibenarkan mengambil anak dari sekolah mengikut perintah mahkamah.
        Pemandu bas baharu: Ravi a/l Kannan, tel 012-445 8907, kenderaan WXY 2381, lesen GDL tamat 14/08/2026.
        Puan Ooi Bee Leng, 55, menderma RM20,000 atas nama arwah suaminya yang meninggal akibat kanser paru-paru; alamat: 33, Lorong Kenari 4, 14000 Bukit Mertajam.
        Yuran tertunggak: Chong Wei Jie (5 Dahlia) RM640; bapa, Chong Kok Leong, dihubungi di 016-902 1187 tetapi tidak menjawab.
        Saya Lee Mei Fong (meifong.lee77@hotmail.com), mohon tukar nombor kecemasan anak saya Ethan Lee (Tahun 2) kepada 018-263 5540.
        Laporan insiden: Nur Qistina binti Azman (6 Melati) pengsan di kantin, disyaki hipoglisemia (diabetes jenis 1), dibawa ke Klinik Kesihatan Kluang.
        Slip gaji Oktober: Cikgu Wong Li Ping, gaji pokok RM4,120.50, potongan KWSP RM453.26, akaun CIMB 7012 3346 18.
    """),
    "zh-Hant": _lines("""
        台灣媽媽陳怡君（身分證 A213456788）嫁來新山十年，兒子在寬柔念初一，她想參選家長會理事。
        留台校友林冠宇，台大電機碩士，現在竹科上班，手機 0912-347-685，LINE: kuanyu_lin，可以幫學弟妹看申請資料。
        校友通訊錄（請勿外傳）：蔡明哲，1995屆，身分證 F128765037，高雄市三民區建國二路218號5樓。
        推薦表：學生張芷瑜，2009年3月生，統考准考證 KL-033-1108，申請成大醫學系，家長張志豪 012-771 6540。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是培华华小校务处的WhatsApp助理，负责回答校车、食堂和学费问题。"),
        ("user", "你好，想问校车还有位吗"),
        ("assistant", "您好！请问孩子住在哪一区、几年级？"),
        ("user", "Taman Pelangi，一年级"),
        ("assistant", "Taman Pelangi 路线目前还有3个位，月费RM120。需要帮您登记吗？"),
        ("user", "要，孩子叫罗梓晴，MyKid 190212-01-0528"),
        ("user", "地址 No. 45, Jalan Pelangi 2/7, 80400 JB，我是她妈妈 012-664 1903"),
    ],
    [
        ("user", "Help me draft a thank-you note to a donor for our school hall fund."),
        ("assistant", "Sure! Could you share the donor's name and the amount donated?"),
        (
            "user",
            "Mr Khoo Teng Hwa, RM50,000. He's 78 and just finished chemo for colon cancer, so keep it warm but don't mention the illness",
        ),
        (
            "assistant",
            "Understood. Dear Mr Khoo, on behalf of the Board of Directors, we thank you for your generous gift of RM50,000 towards our new hall...",
        ),
    ],
    [
        ("user", "Saya pengusaha kantin SJKC, nak tanya pasal had harga makanan yang dibenarkan."),
        (
            "assistant",
            "Harga makanan kantin perlu mengikut garis panduan KPM dan syarat kontrak dengan sekolah.",
        ),
        (
            "user",
            "Ok. Satu lagi, pekerja saya Siti Hajar binti Mohd Noor, IC 900715-03-5672, belum ambil suntikan tifoid, boleh dia kerja dulu?",
        ),
        (
            "assistant",
            "Tidak boleh. Semua pengendali makanan mesti disuntik tifoid sebelum bertugas.",
        ),
    ],
    [
        ("user", "帮我写一封给董事会的信，申请学费减免"),
        ("assistant", "好的，请提供学生姓名、班级和申请原因。"),
        ("user", "学生是我儿子谢俊杰，初一忠"),
        ("user", "原因：我去年被裁员，现在开Grab，月入大概RM2,000，老婆有肾病每星期要洗肾三次"),
        ("assistant", "明白了，以下是信件草稿：敬启者，本人为贵校初一忠学生谢俊杰之家长……"),
    ],
    [
        ("user", "统考高中高级数学范围有包括微积分吗？"),
        ("assistant", "有的，高中统考高级数学涵盖微分与积分的基础内容，建议参考历届试题。"),
        (
            "user",
            "ok thanks. 顺便帮我看这个资料有没有填错：姓名 邱靖雯，身份证 070919-14-5384，准考证 KL-021-0447",
        ),
    ],
    [
        (
            "system",
            "You are a helpdesk assistant for KiddoBus, a school bus tracking app used by Malaysian schools.",
        ),
        ("user", "The app shows bus BUS-07 stuck at the depot since 7:42"),
        (
            "assistant",
            "Thanks for reporting. It may be the GPS unit. Is the bus actually on the road?",
        ),
        ("user", "Yes it already picked up my daughter Amber Teh, Std 1 at SJKC Puay Chai 2"),
        ("user", "my number is 016-335 0284, pls call me once it's fixed"),
    ],
    [
        ("user", "校友会年会要线上注册，新加坡校友要填什么？"),
        ("assistant", "填写姓名、毕业届别和联络方式即可，身份证号码只用于活动保险。"),
        ("user", "黄伟杰，2001届"),
        ("user", "NRIC S832"),
        ("user", "7146I"),
        ("assistant", "收到，已为您登记。"),
    ],
    [
        ("user", "Tolong ringkaskan minit mesyuarat PIBG ini dalam 3 poin:"),
        (
            "user",
            "1. Laporan kewangan 2025 diluluskan. 2. Tambang bas naik 8% mulai Januari. 3. Bendahari, Encik Low Chee Meng, meletak jawatan kerana menghidap penyakit Parkinson; penolong bendahari akan memangku jawatan.",
        ),
        (
            "assistant",
            "Ringkasan: (1) Laporan kewangan diluluskan. (2) Tambang bas naik 8%. (3) Bendahari meletak jawatan atas sebab kesihatan.",
        ),
    ],
    [
        ("system", "你是一名华小老师的写作助手。"),
        ("user", "帮我写一段WhatsApp讯息给家长，说孩子在学校打架"),
        ("assistant", "好的，请问学生姓名和事情经过？"),
        (
            "user",
            "学生叫温嘉乐（Marcus），5年级，他用铅笔刺伤同学的手，同学缝了三针。家长是温先生，脾气不太好，语气要客气",
        ),
    ],
    [
        ("user", "I tried to pay for the charity dinner table through the link but it failed"),
        ("assistant", "Sorry about that! Could you tell me the error code shown?"),
        ("user", "E-0521. card 5264 8902 1774 3107, name on card LAU CHIN HOCK"),
        (
            "assistant",
            "Please don't share full card numbers here. Kindly retry or use FPX instead.",
        ),
    ],
]
