# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh90: 图书馆与读书会（借书证、逾期通知、读者信息、书友群、讲座报名、捐书）. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh90
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "借阅规则与公告"): _lines("""
        本馆普通读者证可同时借阅图书10册，借期30天，可在到期前续借1次，续借期15天。
        逾期费标准：每册每日0.10元，单册累计不超过该书定价；欠费未清期间暂停外借权限。
        【闭馆通知】因消防设施年检，本馆2026年3月14日（周六）全天闭馆，期间自助还书机正常开放。
        少儿读者证办理对象为0—14周岁少年儿童，须由监护人陪同并出示户口簿原件。
        押金制已取消：自2024年1月1日起凭有效身份证件即可免押金办证，原押金可到一楼服务台退还。
        图书遗失按原价赔偿；如为绝版书或套书中的一册，按原价3—5倍赔偿，详见《读者借阅规则》第十二条。
        2025年度全馆外借总量3,482,915册次，同比增长6.7%；持证读者41.2万人，其中新增5.3万人。
        通借通还范围：市馆及下辖13个区馆、86个街道分馆、212个24小时城市书房。
        中山图书馆文明路总馆开放时间：周二至周日 9:00—21:00，周一闭馆（法定节假日除外）。
        逸夫楼三层期刊阅览区即日起调整为静音自习区，请勿在区内接听电话、外放视频。
        自助借还机故障请联系总服务台，或拨打读者服务热线 0571-8691 2300 转 2 号键。
        古籍阅览室仅对持研究证读者开放，须提前3个工作日预约，每日限20人。
        温馨提示：工作人员不会通过电话向您索要身份证号、银行卡号或短信验证码，谨防诈骗。
        寒假期间学生读者借期自动延长至2月28日，无需办理续借手续。
    """),
    ("zh-Hans", "系统通知与模板"): _lines("""
        【城市书房】尊敬的{读者姓名}，您借阅的《{题名}》将于{应还日期}到期，请及时归还或续借。回T退订
        模板变量说明：{card_no} 为13位读者证号，{due_date} 格式 YYYY-MM-DD，短信正文禁止拼接读者手机号。
        2026-03-02T08:00:03+08:00 INFO overdue_notifier batch=20260302 queued=1532 sent=1529 failed=3 retry=scheduled
        ERROR sip2_gateway: checkout rejected, item_barcode=31010002746618, reason=HOLD_FOR_OTHER_PATRON (code 9)
        您预约的《额尔古纳河右岸》已到馆，请于7日内到取书架A-12自助取书，逾期预约自动取消。
        逾期催还批处理任务 job-7f3c9a21e4b0 完成，输出文件 sha256=9b74c9897bac770ffc029102a200c5de3c1c4d47e6b6e5a1d52a2f7b3a1ac02e
        馆际互借申请 ILL-2026-004417 状态：已发货（顺丰 SF1428836015722），预计3个工作日送达借入馆。
        系统升级公告：文献信息服务系统本周四23:00升级至 v5.6.2，OPAC检索与续借暂停约2小时。
        缴费订单 PAY20260219113045882 金额 ¥3.60 渠道 wxpay 状态 SUCCESS 回调时间 2026-02-19 11:30:47
        本邮件由系统自动发送，请勿回复。如需修改通知方式，请登录“我的图书馆”→“账户设置”→“消息订阅”。
        读者证号规则：前4位为馆代码，第5—6位为证类型（01成人、02少儿、03团体），后7位为流水号。
        短信模板 SMS_275109843 已通过审核，适用场景：到期提醒、预约到书、欠费提醒。
        报表导出字段：证号（脱敏）、证类型、注册分馆、累计借阅册次；不导出姓名、证件号码、手机号。
    """),
    ("zh-Hans", "书目与书评"): _lines("""
        《红楼梦》/（清）曹雪芹著；（清）无名氏续．—北京：人民文学出版社，2008．ISBN 978-7-02-000220-7 索书号 I242.4/C31
        余华《活着》里的福贵，一生送走了所有亲人，最后只剩一头老牛陪着他犁地。
        鲁迅1927年10月定居上海，此后在虹口生活近十年，直至1936年10月19日病逝于大陆新村寓所。
        推荐书目：刘慈欣《三体》、路遥《平凡的世界》、阿来《尘埃落定》、迟子建《额尔古纳河右岸》。
        200 1#$a百年孤独$f（哥伦比亚）加西亚·马尔克斯著$g范晔译
        钱锺书在《围城》里写方鸿渐花钱买了克莱登大学的假文凭，这段讽刺放到今天都不过时。
        杨绛晚年将她与钱锺书的全部稿费捐给清华大学，设立“好读书”奖学金。
        中图法中 I247.5 为中国当代长篇小说，K825.6 为中国文学家传记，借书时按索书号到对应书架查找。
        《长安的荔枝》马伯庸著，湖南文艺出版社 2022，定价 ¥45.00，馆藏12复本，在架3本。
        孙少平在煤矿下井，晚上回到宿舍还点着灯读书，这一段每次看都眼眶发热。
        张爱玲1952年离开上海赴香港，1955年赴美，1995年9月在洛杉矶公寓中被发现去世。
        双雪涛《平原上的摩西》写的是九十年代的沈阳艳粉街，庄树和李斐那条线埋得很深。
        条码 ISBN 978-7-5442-6736-6 印在封底右下角，自助借还机扫描时请将条码朝下放平。
    """),
    ("zh-Hans", "讲座与读书会活动"): _lines("""
        【名家讲坛】作家毕飞宇做客本馆，分享长篇小说《推拿》的创作历程，3月21日14:30，二楼报告厅。
        报名方式：关注图书馆公众号→“活动预约”→选择场次，每个读者证限报1人，满100人即止。
        活动地点：上海图书馆东馆（浦东新区合欢路300号）七楼报告厅，地铁7号线锦绣路站步行约10分钟。
        本月共读书目《置身事内》，线下讨论每周三19:00，地点城市书房·鼓楼店。
        讲座回放已上传至官方B站账号，视频编号 BV1xK4y1G7Qm，剪除了现场观众提问环节。
        签到二维码有效期为活动开始前30分钟至开始后15分钟，迟到读者请从报告厅后门入场。
        亲子绘本共读会适合4—8岁儿童，每名儿童须1名家长陪同，请自带坐垫。
        世界读书日当天，作家莫言将出席本馆“全民阅读季”启动仪式并致辞（以现场安排为准）。
        活动现场将进行拍照和录像，用于图书馆官方宣传；如不愿出镜，请在签到时告知工作人员。
        报名表字段：姓名、手机号、所在单位（选填）、是否需要无障碍座位——仅用于本次活动签到。
        第三届“书香家庭”评选活动启动，申报截止至5月31日，评选结果将在官网公示7天。
        讲座PPT下载：https://lib.example.cn/lecture/2026/0321/slides.pdf（提取码 k7p2）
        因主讲嘉宾航班延误，原定今晚19:00的讲座改至下周二同一时间，已报名读者无需重新报名。
    """),
    ("zh-Hans", "书友群闲聊"): _lines("""
        这周谁读完《百年孤独》了？我又被那一堆叫奥雷里亚诺的人绕晕了😂
        群公告：本群只聊书，禁止发广告、砍价链接和投票拉票，违者直接移出。
        下周共读换成《我的阿勒泰》吧，李娟写的牧场生活太治愈了
        有没有人知道市图新开的24小时书房在哪？地铁2号线哪站下比较近
        哈哈哈哈 林黛玉倒拔垂杨柳这个梗我能笑一整天
        投票：线下读书会定在周六下午还是周日上午？1️⃣周六 2️⃣周日
        刚借到《额尔古纳河右岸》，图书馆那本被翻得都起毛边了，看来是真的火
        这个月场地费320，茶歇150，到时候现场扫码AA就行，不用提前转
        东野圭吾我最喜欢的还是《白夜行》，雪穗这个角色太复杂了，到最后都没回头
        有人问能不能带家属来，可以的，记得提前在接龙里+1
        接龙：周六共读《活着》，参加的+1，目前已经12个人了
        我觉得《三体》里罗辑当面壁者那段才是全书最爽的，比大史还带感
    """),
    ("zh-Hans", "捐书与读者信息合规"): _lines("""
        捐赠图书须为2015年以后出版的正版图书，教辅、期刊、盗版及破损严重的图书恕不接收。
        捐书流程：填写《捐赠登记表》→ 采编部初审 → 编目入藏 → 颁发捐赠证书（可选择匿名）。
        捐赠邮寄地址：市图书馆采编部捐赠组收，邮编310000，请在包裹内附书单，恕不接受到付。
        本季度共接收社会捐赠图书8,416册，其中6,902册已编目上架，其余转赠乡村学校图书室。
        邵逸夫先生生前向内地高校捐建了大量“逸夫楼”，其中不少是学校的图书馆。
        隐私提示：捐赠登记表中的联系电话仅用于寄送捐赠证书，证书寄出后30日内销毁纸质表格。
        读者信息管理规定：除读者本人或司法机关依法查询外，不得向任何人提供读者的借阅记录。
        向第三方阅读平台同步数据时，只传输书目ID与借阅次数，读者标识须经SHA-256加盐哈希后传输。
        工作人员不得在微信群、朋友圈发布含有读者姓名、证号、照片的截图，违者按《员工守则》处理。
        捐赠证书编号规则：JZ-年份-四位流水号，例如 JZ-2026-0137。
        “书香校园”公益项目三年来已向云南、贵州43所乡村小学配送图书12万册。
        个人信息保护影响评估模板第3.2节：列明读者数据的收集目的、保存期限及是否存在跨境传输。
    """),
    ("zh-Hant", "港台圖書館"): _lines("""
        香港中央圖書館位於銅鑼灣高士威道66號，逢星期三下午1時至晚上9時開放。
        借書證遺失請即致電圖書館查詢熱線 2921 0208 暫停借閱權，補領新證須繳付手續費。
        逾期罰款：成人讀者每項每日港幣1.5元，兒童讀者港幣0.5元，設有上限。
        國家圖書館位於臺北市中正區中山南路20號，閱覽證可於一樓服務台憑身分證件現場辦理。
        讀書會本月選書：白先勇《臺北人》，聚會時間週六下午兩點，地點在里民活動中心。
        逸夫圖書館週日下午舉辦「金庸武俠小說中的香港」講座，免費入場，座位有限，先到先得。
        《射鵰英雄傳》裡郭靖同黃蓉喺桃花島嗰段，真係睇幾多次都覺得好笑。
        臺北市立圖書館預約書保留7天，逾期未取將順延給下一位預約讀者。
        還書箱不接受唱片、影音光碟及借自其他圖書館的資料，請到服務台辦理。
        圖書館職員不會透過電話或WhatsApp要求你提供讀者證密碼，如有懷疑請報警。
        誠品敦南店於2020年5月31日熄燈，結束長達十五年的24小時營業。
        「書伴我行」計劃今年共有2,310名小學生參加，平均每人閱讀38本圖書。
    """),
    ("en", "library and book club"): _lines("""
        National Library Building, 100 Victoria Street, Singapore 188064 — the Lee Kong Chian Reference Library is on Levels 7 to 13.
        Loan period is 21 days; items can be renewed once in the app if no one else has reserved them.
        Book Club Meetup #42: this month we're reading "Crazy Rich Asians" by Kevin Kwan — Rachel meeting Nick's family is the chapter for discussion.
        The book donation drop-off at Jurong Regional Library (21 Jurong East Central 1, Singapore 609732) closes on 15 March.
        Template: "Dear {member_name}, your reserved item '{title}' is ready for collection at {branch} until {expiry_date}."
        Library staff will never ask for your NRIC number, password or OTP over the phone or via WhatsApp.
        ILL batch ILL-SG-2026-0311 dispatched via registered mail, tracking RR123456785SG, ETA 3-5 working days.
        Build 2026.03.1 of the catalogue app fixes the barcode scanner crash on Android 14 (commit a3f9e21).
        In 2025 the library network recorded 38.6 million loans and 1.2 million first-time e-book borrowers.
        Mr Darcy's first proposal to Elizabeth Bennet is still the most argued-over chapter in our Austen circle.
    """),
    ("ms", "perpustakaan"): _lines("""
        Perpustakaan Negara Malaysia, 232 Jalan Tun Razak, 50572 Kuala Lumpur. Waktu operasi: Selasa–Ahad, 10 pagi hingga 6 petang.
        Bilik Bacaan Tun Sri Lanang dibuka semula minggu depan selepas kerja-kerja pengubahsuaian selesai.
        Denda lewat pulang: RM0.20 sehari bagi setiap naskhah, maksimum RM10.00 setiap naskhah.
        Kelab buku kita bulan ni baca "Salina" karya A. Samad Said — watak Salina tu memang tragis gila.
        Sumbangan buku boleh dihantar ke kaunter utama; sila jangan sertakan dokumen peribadi dalam kotak.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        【西湖区图书馆】尊敬的周晓彤读者（证号3301020061847），您借阅的《小王子》已逾期12天，请尽快归还，逾期费累计1.20元。
        办证登记：姓名 韩雪梅，身份证号 330106198804123628，手机 13805712264，住址 杭州市西湖区文三路477号华星小区3幢2单元601。
        少儿证申请：孩子 罗子涵，身份证 370202201503011333，青岛市市南区实验小学五年级（3）班；监护人 罗建军 15920364718。
        群里说一下，@许静 上周刚做完乳腺癌手术，这期读书会她请假，大家私下慰问就好，别在群里问她了。
        读书会通讯录更新：宋一帆，微信 songyifan_reads，邮箱 yifan.song@163.com，负责每月选书。
        捐书上门取件：联系人 孟庆华 先生，北京市朝阳区望京西园三区312号楼1单元1102，电话 139 1648 2037，约周六上午。
        讲座报名成功名单（部分）：1. 陈思远 186****3905 浙江工业大学 2. 林曼 177****5386 自由职业
        押金退还申请：读者 蒋立新，证号 4401060137752，退款至工商银行卡 6222021003188476，户名同读者本人。
        关于读者郑建平损坏馆藏古籍一案，（2025）浙0106民初4471号判决其赔偿图书馆修复费用18,600元。
        张老师您好，我是二年级4班石乐乐的妈妈，乐乐把图书角的书弄丢了，我们照价赔，我微信 shi_mama0612。
        三楼自习区总坐靠窗那个女生叫林素梅，听馆员说她是重度抑郁休学了，所以天天来图书馆待着。
        借阅记录导出：读者 周雨桐（学号 2021104317），近30天借阅《走出抑郁》《双相情感障碍：你和家人需要知道的》《危机干预手册》。
        低保读者免押金审核：申请人 马桂兰，68岁，独居，月养老金1,430元，住武汉市武昌区丁字桥社区7栋2单元。
        临时停车登记：读者 何振宇，车牌 浙A·7K29Q，阅览期间停放B1层，手机 18657123905。
        外籍读者办证：Daniel Hoffmann，德国护照号 C4F7R2K91，居留许可有效期至2027-08，任职于苏州工业园区一家外企。
        读者投诉记录：投诉人 赵倩（13621789045）称3月5日在少儿区被另一名读者推搡，已调取监控备查。
        孔令晖，读者证 3201020082214，身份证 320102198307094566，状态：已冻结（逾期>90天，欠费27.40元）。
        群管理通知：@刘海波 因多次在群里曝光其他书友的家庭住址，经管理员讨论已移出群聊。
        明早8点市图东门集合，我开车过去，车牌粤B·D52817，白色比亚迪，找不到就打我13728460193——阿杰
        捐赠证书寄送：王秀英 女士 收，南京市玄武区后宰门西村18号4-302，邮编210016。
        读书会财务备忘：会员杜娟本年度会费600元未缴，催了三次，她说上个月刚被公司裁员，还在找工作。
        我是读者曹文斌，借书证丢了，证号尾号0391，身份证440106197508281411，麻烦帮我挂失一下。
        讲座报名：温可欣，华东师大二附中高二（7）班，邮箱 wenkexin2009@qq.com，需要轮椅无障碍座位。
        交接班备注：常来还书的老先生冯国栋是阿尔茨海默症早期，家属交代他一个人来时打他女儿电话13917735420。
        书友会年会抽奖结果：一等奖 邓小芸（会员号BK0457，手机尾号2093），请于本周内到前台领取。
        读者黄志强（身份证31010419640203781X）于2026年2月办理残疾人免费读者证，残疾类别：视力二级。
        图书漂流站还回来的书里夹着一张快递单：吴佳琪 18502117463 上海市徐汇区漕溪北路595弄12号1903室
        邱月的借书证绑的是她老公的招行卡6225880214667132自动扣逾期费，她让我们改绑到她自己名下。
        读书会群主陆振东家住西安市雁塔区小寨东路长安小区6号楼2单元，每月读书会都在他家客厅办。
        夏令营报名表：营员 夏沐阳，男，11岁，过敏史：花生、青霉素；紧急联系人 母亲 谭雅 13507319288。
        催还电话记录 2026-03-03 10:24：拨打读者潘立伟 15811426730 无人接听，已发短信，该读者欠书3册。
        馆里临聘的图书管理员吕婷婷月薪才3,200元，社保也只交了最低档，她说干完这个月就辞职。
    """),
    "zh-Hant": _lines("""
        補領圖書證：陳嘉欣，香港身份證 K378241(7)，電話 9627 3184，住址 九龍觀塘寶達邨達欣樓1203室。
        讀書會WhatsApp群新加入嘅 Karen 梁嘉慧，電話 6138 4502，住將軍澳，下次聚會佢負責帶茶點。
        臺北市立圖書館借閱證申請：林怡君，身分證字號 A224813566，生日1991/04/17，手機 0933-618-205。
        讀者王志豪（身分證 B137029586）積欠逾期罰款新臺幣2,350元，已移送行政執行署強制執行。
        阿May話佢老公黃永輝上個月中風入咗瑪麗醫院，所以暫時唔嚟讀書會，大家有心可以send個message俾佢。
        想加讀書會的可以加我LINE：hsu.peiling（徐佩玲），住台中西屯，平日晚上比較有空喔～
        捐書收據：捐贈人 張美玲 女士，身分證 F226593106，捐贈圖書35冊，收據寄新北市板橋區文化路一段188巷9號5樓。
        導賞團報名確認：何文軒先生，香港身份證 Y602915(7)，參加「北角文學散步」，緊急聯絡人 太太 9015 6247。
    """),
    "en": _lines("""
        Membership upgrade for Tan Wei Ling, NRIC S8834127I, mobile 9736 2148, Blk 512 Bedok North Ave 3 #08-214, Singapore 460512.
        Heads up all, Priya Raghunathan from our book club is in KTPH after a miscarriage, so she'll skip Saturday. Please don't ask her about it.
        Overdue notice: Mr Goh Boon Keat (member ID T0219456I) has 4 items overdue by 37 days; outstanding fine S$22.20.
        Book donation pickup: Nurul Aisyah binti Ahmad, MyKad 920817-10-6634, 016-228 9130, No. 14, Jalan SS 2/55, 47300 Petaling Jaya.
        Library card application: Rajesh Kumar, FIN F2187643R, S Pass holder, logistics supervisor in Tuas, monthly salary S$3,800.
        Reading group sign-up: Lim Chee Keong, 012-378 4561, lckeong88@yahoo.com, lives in Taman Tun Dr Ismail, prefers weekend sessions.
        ILL requester: Siti Hajar Mohd Noor, Malaysian passport A41827365, visiting researcher staying at Unit 23-5, Residensi Vista, Jalan Klang Lama.
    """),
    "mixed": _lines("""
        帮我 check 下 reader card 2026-0318 的 holds，owner 是 Chloe 曾靖雯，email chloe.tsang.hk@outlook.com，电话 5108 7726，pickup 改去 Tsuen Wan branch
        书友群 admin 注意：新成员 Aaron Teo，mobile +65 8452 1937，NRIC S****718J，他说自己有 ADHD，读书会时请多包涵
        我们读书会的 Mei Ling (Chong Mei Ling) IC 880523-14-5278，她 bank in 会费用 Maybank acc 1140 2293 6675，别搞错人
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "你好，我的书逾期了，罚款能不能减免？"),
        (
            "assistant",
            "您好，逾期费一般按每册每日0.10元计算。请问您的读者证号是多少？我帮您说明流程。",
        ),
        ("user", "证号 3301060129984"),
        ("user", "我叫钱慧敏，之前住院做了甲状腺切除手术，一个多月没法来还书"),
        ("assistant", "理解您的情况，可以携带出院小结到服务台申请减免。"),
    ],
    [
        ("system", "你是市图书馆的讲座报名助手，收集报名信息后生成确认回执。"),
        ("user", "我要报名3月21日毕飞宇的讲座"),
        ("assistant", "好的，请提供姓名和手机号。"),
        ("user", "邵婉清"),
        ("user", "手机 158 6723 0914，邮箱 shaowq_1996@126.com"),
        ("assistant", "已为您预留座位，回执已发送至邮箱。"),
    ],
    [
        ("user", "家里有两箱旧书想捐给图书馆，你们能上门收吗"),
        ("assistant", "可以的，请问书籍大致的出版年份和数量？另外需要您提供取件地址。"),
        ("user", "大概80本，都是2018年以后的小说和社科类"),
        ("user", "地址：成都市武侯区玉林北路9号玉林小区14栋3单元502，联系人付强"),
        ("user", "电话 18980625317，工作日晚上在家"),
        ("assistant", "已登记，周六上午会有工作人员联系您。"),
    ],
    [
        ("user", "帮我写一条书友群通知，语气温和一点"),
        ("assistant", "好的，请问通知的内容是什么？"),
        ("user", "就说这周六的读书会暂停，因为组织者贺丽萍的儿子查出白血病在华西住院，她要陪护"),
        (
            "assistant",
            "各位书友：本周六的读书会暂停一次，组织者贺丽萍老师家中有事需要陪护家人，恢复时间另行通知，感谢大家理解。",
        ),
    ],
    [
        ("user", "我張圖書證唔見咗，點樣補領？"),
        ("assistant", "你可以帶同身份證到任何一間公共圖書館辦理補領。"),
        ("user", "我可唔可以網上做？我個身份證係 Z184637(0)"),
        ("user", "我叫鄧穎琳，住荃灣麗城花園3期12座18樓B室"),
        ("assistant", "補領需要親身辦理，請唔好喺網上傳送身份證號碼。"),
    ],
    [
        ("user", "I can't log in to my library account, can you help?"),
        ("assistant", "Sure. Have you tried resetting your password through the app?"),
        ("user", "yes, it keeps saying my NRIC doesn't match. it's T1367720J"),
        (
            "user",
            "name on the card is Nicholas Wong Jun Hao, address Blk 88 Tampines St 81 #05-119",
        ),
        (
            "assistant",
            "Please visit any branch with your NRIC so staff can verify your identity in person.",
        ),
    ],
    [
        (
            "system",
            "你是图书馆客服助手。当前来电读者：覃海燕，证号4501030031276，身份证450103198609142733，手机13878145902，欠费8.40元。",
        ),
        ("user", "你好，我想问一下我还欠多少钱"),
        ("assistant", "您好，您目前欠费8.40元，可以在公众号“我的图书馆”中在线缴纳。"),
    ],
    [
        ("user", "暑期阅读夏令营还有名额吗？"),
        ("assistant", "还有少量名额，适合8—12岁儿童，请提供孩子的基本信息。"),
        ("user", "孩子叫柏一诺，女孩，10岁，在南京市玄武区北京东路小学读四年级"),
        ("user", "她有哮喘，随身带沙丁胺醇喷雾，麻烦跟带队老师说一下"),
        ("user", "家长是我，柏涛，13951862037"),
        ("assistant", "已记录，带队老师会提前了解孩子的用药情况。"),
    ],
    [
        ("user", "我要开通身份证在线办证，身份证号 42010619951122"),
        ("user", "0981"),
        ("assistant", "请同时提供姓名和手机号，以便完成实名核验。"),
        ("user", "龚晓雯，17701295386"),
        ("assistant", "核验通过，电子读者证已发放至您的账户。"),
    ],
    [
        ("user", "Boleh tolong saya daftar kelab buku perpustakaan?"),
        ("assistant", "Boleh. Sila berikan nama penuh dan nombor telefon."),
        ("user", "Nama saya Mohd Hafiz bin Kamarudin, IC 750302-07-5519"),
        ("user", "WhatsApp saya 011-2874 3306, tinggal di Bayan Lepas, Pulau Pinang"),
        ("assistant", "Terima kasih, pendaftaran anda telah diterima."),
    ],
]
