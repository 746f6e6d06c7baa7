# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh102: 少儿编程与机器人比赛（报名表、参赛名单、获奖公示、家长群、培训机构、赛事规则）. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh102
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "赛事规则"): _lines("""
        每支队伍由2—3名选手和1名指导教师组成，选手须为2026年9月在读的小学3—6年级学生。
        比赛时长120分钟，选手现场搭建与编程，期间不得使用手机或联网设备，违者取消当轮成绩。
        机器人在出发区内尺寸不得超过 25cm×25cm×25cm，重量不限，出发后可自由展开。
        每轮比赛最长2分钟，两轮取最高分；同分时比较完成用时，用时少者名次列前。
        主控器限用一个，电机不超过4个，禁止使用遥控器、蓝牙模块及任何无线通信方式。
        Scratch 创意编程组作品须为原创，演示时长不超过3分钟，文件≤50MB，格式为 .sb3。
        信息学C++组：评测环境 NOI Linux 2.0，编译选项 -O2 -std=c++14，内存限制256MB，时限1s。
        对成绩有异议的，须由指导教师在成绩公布后30分钟内向仲裁委员会书面提出，逾期不予受理。
        现场赛评分 = 任务得分×70% + 现场问辩×20% + 工程笔记×10%，满分100分。
        第7条补充说明：参赛证仅显示队伍编号与组别，不打印选手姓名及照片。
        同一选手不得同时报名两个赛项；同一所学校每个组别最多推荐3支队伍。
        比赛场地为 2400mm×1200mm 喷绘地图，黑线宽20mm，材质为PVC哑光布，场地误差±5mm。
        FLL 挑战赛每场比赛 2分30秒，机器人设计评审与核心价值观评审各占总成绩的25%。
        检录时间 8:30—9:00，未在规定时间内完成检录的队伍视为自动弃权。
    """),
    ("zh-Hans", "报名表模板与隐私说明"): _lines("""
        选手姓名：________ 性别：□男 □女 出生日期：____年__月__日 就读学校：______________
        身份证号：__________________（18位，末位为X请大写）监护人手机：___________
        【字段说明】{student_name} 选手姓名；{id_no} 证件号码；{guardian_phone} 监护人联系电话
        系统提示：证件号码格式不正确，请输入18位居民身份证号码或港澳台居民居住证号码。
        个人信息保护声明：主办方收集的选手信息仅用于赛事组织、保险投保及证书制作，赛后90日内删除。
        未满14周岁选手报名须由监护人勾选同意《儿童个人信息处理规则》后方可提交。
        请勿在报名备注栏填写孩子的病史、家庭住址等与赛事无关的信息，如有特殊需要请单独联系组委会。
        Excel模板列名：序号｜队伍编号｜选手姓名｜学籍号｜年级｜指导教师｜联系电话（请勿修改表头）
        导出参赛名单时请勾选"脱敏导出"，系统会将证件号第7—14位替换为*。
        填写示例：张三，男，2015-01-01，身份证号 11010120150101XXXX（仅为示例，请替换为真实信息）
        报名费：个人赛 ¥200/人，团体赛 ¥450/队；发票抬头请填写学校或机构全称，不开具个人抬头。
        学校盖章页请上传PDF，命名规则：赛区_学校_组别.pdf，例如 华东赛区_实验小学_小学组.pdf
        报名截止：2026-10-31 23:59:59（UTC+8），以报名系统服务器时间戳为准。
    """),
    ("zh-Hans", "获奖公示与赛况"): _lines("""
        本届大赛共吸引全国28个省区市 12,836 名选手报名，最终 2,104 支队伍晋级全国总决赛。
        获奖公示期为2026年11月20日至26日，如有异议请实名发送邮件至组委会监督邮箱 jiandu@qsnjqr-example.org.cn。
        宋庆龄少年儿童发明奖本年度共评出金奖30项、银奖60项、铜奖120项。
        热烈祝贺我校"星火"战队在世界机器人大会青少年机器人设计大赛中荣获小学组冠军🏆！
        最佳工程笔记奖：队伍编号 WRO-J-0427、WRO-J-0513、WRO-E-0206。
        证书编号规则：NOC-年份-赛区代码-六位流水号，如 NOC-2026-GD-000001。
        电子证书将于12月10日前上线，届时可登录官网输入报名编号查询下载。
        逸夫小学机器人社团连续三年获省赛一等奖，该校教学楼由邵逸夫先生捐资兴建。
        获奖比例：一等奖 8.2%，二等奖 15.6%，三等奖 24.9%，另设优秀奖若干。
        本次公示仅列出队伍名称及所在学校，选手个人信息不予公开。
        冠军队伍"Turing Tigers"的机器人外形灵感来自电影《机器人总动员》里的瓦力。
        图灵奖得主姚期智院士为"姚班"开设的算法课程，被不少信息学教练当作进阶参考资料。
        小学组一等奖单位（按笔画排序）：市实验小学、华侨城小学、育才二小、南山外国语学校。
    """),
    ("zh-Hans", "家长群通知"): _lines("""
        @所有人 本周六集训改到创新楼3楼302，8:30签到，记得带充电宝和U盘🙏
        收到+1
        各位家长，报名信息统一私发给班主任，身份证号千万不要发在群里哦
        比赛当天家长不能进赛场，休息区在体育馆B口，场馆内有饮用水供应
        有没有家长知道Arduino驱动装不上怎么办？win11一直提示CH340未识别
        乐高SPIKE Prime套装有团购的吗？拼团价 ¥2,780 一套，满10套包邮
        群公告：禁止在群内发广告、拉票链接，违者直接移出群聊，谢谢配合
        明早7:10校门口大巴集合，司机师傅的联系方式稍后由带队老师统一发
        蓝桥杯省赛成绩出来了，官网查询，输准考证号就能看
        孩子们今天都辛苦了！晚上8点线上复盘，腾讯会议号 683 215 447，密码 2026
        有家长问退费的事，统一回复一下：报名费由组委会收取，机构这边没法退
        顺丰单号 SF1602837465912，奖杯寄到学校传达室了，周一老师统一发
        今天下午35℃，户外候场时间较长，请给孩子带好水和帽子，注意防暑
        提醒：比赛用的锂电池请提前充满，组委会规定场内不能充电🔋
    """),
    ("zh-Hans", "培训机构课程与宣传"): _lines("""
        【寒假集训营】Python入门班 12课时 ¥2,680，前20名报名赠送 micro:bit 开发板一块！
        咨询热线 400-820-3618，地址：深圳市南山区科苑路15号科兴科学园B栋3楼（地铁1号线深大站C口）
        爱因斯坦少儿编程·南京河西校区盛大开业，开业当周试听课免费。
        课程体系：Scratch（6-8岁）→ Python（9-12岁）→ C++信息学（12岁+），每阶段约48课时。
        全职教师均毕业于计算机相关专业，持有中国电子学会青少年等级考试考评员证书。
        试听课预约请扫码，或在微信小程序搜索"图灵小镇编程"。
        2026春季价目表：1对1 ¥380/课时；小班课（≤6人）¥198/课时；一次性报满48课时享9折。
        营业执照统一社会信用代码 91440300MA5G2K7Q8R，办学许可证编号 教民144030570001234号。
        本机构已在区教育局备案，收费按学期收取，不得一次性收取超过3个月或60课时的费用。
        居里夫人科学实验室 × 机器人工程营，夏令营7天6晚，含食宿 ¥6,980/人。
        招生宣传不得使用"保过""包拿奖""内部名额"等用语，请各校区自查海报和朋友圈文案。
        退费规则：开课前全额退款；开课后按 剩余课时×课时单价×90% 退还。
        达芬奇机器人俱乐部周日班还剩3个名额，适合7-10岁，满员即止。
    """),
    ("zh-Hans", "编程题与代码"): _lines("""
        【样例输入】3 张三 90 李四 85 王五 77 【样例输出】张三
        for i in range(1, 11): print(i * i)
        ERROR: mBlock 5.4.3 上传失败（COM3 端口被占用），请关闭其他串口调试工具后重试。
        当绿旗被点击 → 重复执行10次 → 移动10步 → 右转36度
        def check_id(s): return len(s) == 18 and s[:17].isdigit()  # 只校验格式，不落库
        Arduino 引脚定义：#define TRIG 9  #define ECHO 10  #define MOTOR_L 5  #define MOTOR_R 6
        题目：小明有n颗糖，每天吃掉一半再多吃一颗，到第10天只剩1颗，问原来有多少颗？
        git commit 7e3b9c1f — fix: 巡线传感器阈值从512调整为480
        作品文件校验值 SHA-256: 9f2c4e7a1b0d3f58c6e2a9b47d1e0c3f8a5b6d2e9c7f1a4b3d8e0c6f2a9b5d71
        pip install pgzero==1.2.1 -i https://pypi.tuna.tsinghua.edu.cn/simple
        while (digitalRead(2) == HIGH) { analogWrite(5, 200); analogWrite(6, 200); }
        题目：给定n名学生的成绩，按分数从高到低输出学号，分数相同按学号升序，1≤n≤10^5。
        Python 之父 Guido van Rossum 在 PEP 20 里写过："Readability counts."
    """),
    ("zh-Hant", "港台賽事資訊"): _lines("""
        全港小學機械人挑戰賽2026截止報名日期為11月15日，每間學校最多派兩隊參加。
        比賽地點：香港科學館，九龍尖沙咀東部科學館道2號；大會查詢熱線 2732 3232。
        參賽隊伍須於賽前提交工程日誌（中英文均可），字數不少於500字。
        呢個Scratch作品好正呀，隻貓仔識跳舞😂
        報名費每隊 HK$800，請以劃線支票支付，抬頭「香港青少年科技教育協會有限公司」。
        國立臺灣科學教育館（臺北市士林區士商路189號）為本屆全國賽決賽場地。
        本屆WRO臺灣選拔賽國小組共436隊報名，錄取32隊進入國際賽培訓。
        學生個資僅用於保險投保及證書製作，比賽結束後依《個人資料保護法》銷毀。
        逸夫書院STEM工作坊：用micro:bit製作智能澆花器，費用全免，名額40人。
        各位家長，聽朝8點喺學校禮堂集合，記得帶八達通同午餐。
        報名表欄位：參賽者姓名（中／英）、出生日期、就讀學校、家長聯絡電話（請以正楷填寫）
    """),
    ("en", "SG/MY competition notices"): _lines("""
        National Robotics Competition 2026: registration closes 30 Jun, 2359 hrs. Max 3 teams per school.
        Venue: Science Centre Singapore, 15 Science Centre Road, Singapore 609081. Nearest MRT: Jurong East (EW24/NS1).
        Parents pls note: no need to send IC numbers in this chat, school will collect via FormSG 🙏
        Team SG-J-0192 "Merlion Makers" – 2nd runner-up, Junior category.
        Fee: S$120 per team, payable via PayNow to UEN 201912345K (Robokids Academy Pte. Ltd.).
        Pertandingan Robotik Kebangsaan: pendaftaran dibuka 1 Mac – 15 April 2026, yuran RM50 setiap pasukan.
        Lokasi akhir: Petrosains, Aras 4, Suria KLCC, 50088 Kuala Lumpur.
        Can any parent share the EV3 MicroPython firmware link? the one on the LEGO site v2.0 keep fail to flash leh
        Judging rubric: Robot Game 40%, Robot Design 20%, Innovation Project 20%, Core Values 20%.
        Reminder: no laptop with mobile hotspot on during the round; phones go into the box at registration.
        Template: Dear Parent of {{student_name}}, your child has been shortlisted for the {{category}} finals on {{date}}.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        报名表：张嘉怡，女，2014-08-17，身份证440305201408173628，前海小学四年级(7)班，监护人张立峰 13924581736
        第12队参赛名单：顾晨曦（浦东新区明珠小学五年级），证件号310115201303125040，指导老师许敏
        信息学小学组一等奖：刘浩然（海淀区中关村第一小学五(2)班，证件尾号4519）
        我是王梓萱妈妈，娃对花生和腰果严重过敏，比赛那天的盒饭麻烦老师帮忙看一下🙏
        老师您好，邓子墨有癫痫病史，一直在吃丙戊酸钠，比赛现场如果有频闪灯麻烦提前跟我说一声
        退费申请：学员陈奕航，退款¥1,980，退至工行卡 6222 0215 0300 8714 398，户名陈海涛（父亲）
        WRO世界总决赛出行名单：周欣怡，女，2013-11-02，护照号EJ4827163，有效期至2031-05-19
        作品要是打不开请联系我 lin.yutong0921@qq.com，我是林语桐的爸爸
        接送登记：宋一鸣，家长车辆粤B·3K7L9（白色比亚迪汉），周六16:00东门接
        教练韩立东11月工资：基本工资9,500+课时费7,200+带队奖金1,800=18,500，个税672.5
        提醒各位老师：孙思远父母正在打离婚官司，（2026）浙0106民初1283号还没判，比赛结束只能交给妈妈吴丽华接走
        加我微信 lyq_mom2016，备注"李雨晴 机器人"，我拉你进B组家长群
        学员档案：赵一诺，9岁，已确诊ADHD，在服择思达，上课需允许他每20分钟起来活动一次
        何语萱 身份证510107201206054284，家住成都市武侯区玉林南路14号3栋2单元501，妈妈电话18628173964
        黄子轩获奖奖金¥3,000，由监护人方静代领，身份证330106198504027124，建行卡6217 0038 1002 4567 185
        No.0731｜罗嘉乐｜男｜2015.09.26｜110108201509261178｜家长罗建国 15951247830｜已缴费
        名单更正：莫*涵 → 莫语涵，证件号4501032013****2467不变，青秀区凤翔路小学四(3)班
        夏令营体检：吕泽楷，视力左4.6右4.4，先天性心脏病术后两年，剧烈运动需家长陪同
        群里那个小恐龙头像的就是我，潘思琪妈妈，176 2083 5196，有事直接打
        准考证：高天佑，身份证440106201602172317，GESP C++三级，考场：天河区第12考场 08座
        指导教师杜晓峰劳务费¥800，需补交身份证32058319870921353X和本人农行卡6228 4800 1276 5349 100
        奖杯邮寄：杭州市余杭区五常街道西溪永乐城18幢1单元1602，吴佳宁收，13757182406
        朱明哲（8岁）集训时摔伤右手腕，已送儿童医院急诊，诊断桡骨远端骨折，需打石膏6周
        俞凯文家长：10月学费¥4,560还未缴纳，请本周内转至机构对公账户，逾期将暂停排课
        咱们班那个得了白血病还坚持来比赛的小姑娘就是温芷若，四(2)班的，大家多给她加油
        有问题加我QQ 2837164092，郑慧敏，区少年宫机器人辅导员
        参赛证补办：梁睿，男，2014-11-30，身份证350203201411300851，照片已重新上传
        我是四年级曹一帆的妈妈刘佳慧，机构当初承诺的保送复赛没兑现，我已经打12345投诉了
        报名费减免申请：冉小雨家庭为低保户，父亲冉德胜打零工月收入约2,100元，附社区证明
        学费直接转我支付宝 tangwei_1988@126.com（唐薇）就行，不用走机构对公账户
        上次拿全国二等奖的范子涵就住我们小区8栋，他爸开网约车，车牌苏AD82K61
        欧阳雨辰因重度抑郁休学半年，本届比赛由其母亲欧阳静代为申请延期参赛
    """),
    "zh-Hant": _lines("""
        參賽者：陳卓賢（8歲），HKID Y427163(5)，家長陳太電話 9123 4587
        我係李芷晴媽媽，個女有哮喘，比賽嗰日會帶噴劑，麻煩老師留意下，有事打 6234 8815
        個人組冠軍：黃梓朗，聖保羅男女中學附屬小學 P5B，學生編號 SPCC-P-2021-0314
        學生麥浩霖 R308251(1) 嘅醫療同意書未交，佢有G6PD缺乏症，唔可以食蠶豆
        接送地址：沙田禾輋邨豐和樓2113室，學生鄧家樂，家長手機 5108 2764
        報名者：林宥彤，身分證F228417369，臺北市大安區和平東路二段96巷5號3樓，家長手機0937-516-284
        教練蔡明哲（B127683407）指導費NT$12,000已匯入其郵局帳戶 0001234-0567890
        出國參賽資料：何諾軒，特區護照 K58203176，出生日期2013年7月9日
        我係Ethan爸爸吳志強，Ethan上個月確診讀寫障礙，考試需要加時，麻煩老師幫手申請
    """),
    "en": _lines("""
        Participant: Tan Jun Hao, NRIC T1534872G, Blk 456 Jurong West St 41 #08-123 S(640456), parent hp 9123 8765
        Hi teacher, this is Priya's mum Kavitha Rajan, Priya has type 1 diabetes so she needs to check her glucose during the 2-hr round, pls allow 🙏
        Nama: Muhammad Aiman bin Rosli, No. MyKad 140315-14-0531, SK Taman Tun Dr Ismail (1), tel bapa 012-384 7291
        FIN G7721456P – Lee Min-jun, P5 at Nanyang Primary, dependant pass expires 12/2027
        Pls refund to Maybank acct 1140 2298 7731, holder Lim Wei Ling (mother of Lim Kai Xuan, Team MY-07)
        WhatsApp me at +60 17-552 9034, I'm Nurul Huda, mother of Adam Haziq from 4 Bestari
        Pick-up note: Chloe Ng will be fetched by her grandma in car SKL4821C, not the school bus
        Email the consent form to ong.siewmei82@gmail.com (Ong Siew Mei, S8217364A, guardian of Ryan Goh)
        Team captain Darren Wong Zi Hao (DOB 14/02/2014, T1412095A) fractured his ankle at training, sub needed
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是少儿机器人赛事报名助手，帮助家长填写报名表。"),
        ("user", "WRO常规赛小学组报名要填哪些？"),
        (
            "assistant",
            "需要选手姓名、性别、出生日期、身份证号、就读学校和年级，以及监护人姓名和手机号。",
        ),
        ("user", "孩子叫易晨阳，男，武汉市武昌区中华路小学五年级"),
        ("user", "身份证 420106201404251934"),
        ("user", "监护人填我，易红梅，手机 13995562871"),
        ("assistant", "好的，已为您整理成报名表格式，请核对后提交。"),
    ],
    [
        ("user", "你们机构暑假有机器人营吗"),
        ("assistant", "有的，7月和8月各一期，7天6晚，适合8-12岁，费用 ¥6,980。"),
        ("user", "我家孩子有轻度自闭症，社交不太行，能跟得上吗"),
        ("assistant", "我们可以安排助教一对一跟进，建议先来试听一次。"),
        ("user", "行，登记一下：孩子叫傅天翊，10岁，我是他爸傅强，电话18924605173"),
    ],
    [
        ("system", "你是青少年编程大赛组委会的邮寄登记助手。"),
        ("user", "奖杯邮寄地址要改"),
        ("assistant", "请提供报名编号和新的收件信息。"),
        ("user", "报名编号BM20261105003217"),
        (
            "user",
            "收件人改成孩子奶奶：史秀兰，青岛市市南区香港中路76号颐中皇冠公寓2号楼1503，电话15866213049",
        ),
        ("assistant", "已更新，奖杯将于3个工作日内通过顺丰寄出。"),
    ],
    [
        ("user", "帮我把这几个获奖学生整理成表格，列：姓名｜学校｜身份证号"),
        (
            "user",
            "蒋雨桐 市南区实验小学 370202201307193723；孔欣然 崂山区第二实验小学 370212201403115066；邹浩宇 市北区新昌路小学 370203201309281416",
        ),
        (
            "assistant",
            "| 姓名 | 学校 | 身份证号 |\n|---|---|---|\n| 蒋雨桐 | 市南区实验小学 | 370202201307193723 |\n| 孔欣然 | 崂山区第二实验小学 | 370212201403115066 |\n| 邹浩宇 | 市北区新昌路小学 | 370203201309281416 |",
        ),
    ],
    [
        ("user", "想問下機械人比賽報名要唔要交身份證副本"),
        ("assistant", "需要填寫身份證號碼作保險用途，毋須上傳副本。"),
        ("user", "OK 我個仔叫梁晉熙，P4，讀觀塘嘅小學"),
        ("user", "佢身份證號碼係 V152873(4)"),
        ("assistant", "收到，已為您填入報名表。"),
    ],
    [
        ("user", "Hi, can my son get extra time for the coding round? He has ADHD"),
        (
            "assistant",
            "Yes, accommodations can be requested with a doctor's memo. May I have the participant's details?",
        ),
        ("user", "Name is Aaron Teo Jia Le, NRIC T1623580B, Primary 4 at Rosyth School"),
        ("user", "memo from KKH attached, pls keep confidential"),
        ("assistant", "Noted, the request has been forwarded to the organising committee."),
    ],
    [
        ("user", "Saya nak claim duit pengangkutan pertandingan robotik anak saya"),
        ("assistant", "Boleh, sila berikan nama penuh, No. MyKad dan nombor akaun bank penerima."),
        ("user", "Rosli bin Hashim, 830722-10-5677"),
        ("user", "akaun CIMB 7062 1188 4390, anak Muhammad Aiman, Sekolah Kebangsaan TTDI 1"),
        ("assistant", "Terima kasih, tuntutan akan diproses dalam 14 hari bekerja."),
    ],
    [
        ("system", "You help coaches write polite messages to parents."),
        ("user", "帮我写条消息给家长，孩子集训时受伤了"),
        ("assistant", "好的，请告诉我孩子的姓名、受伤情况和目前的处理。"),
        (
            "user",
            "程一凡，今天下午搬场地时左手食指被铝型材夹伤，缝了3针，在市二院处理完了。家长是程妈妈，微信 cyf_mama_0615",
        ),
        (
            "assistant",
            "程妈妈您好，今天下午一凡在集训搬运场地时左手食指被夹伤，已在市二院缝合3针，目前情况稳定……",
        ),
    ],
    [
        ("user", "pandas读csv中文乱码怎么办"),
        ("assistant", "试试 pd.read_csv(path, encoding='gbk') 或 encoding='utf-8-sig'。"),
        ("user", "可以了，顺便帮我看下这行数据为啥解析错位"),
        (
            "user",
            "0412,谭思彤,女,2013-05-21,420111198305162422,母亲 谭雪,13720386415,湖北省武汉市洪山区珞喻路1037号",
        ),
        ("assistant", "第5列是监护人身份证号，你的表头少了一列，补上 guardian_id 就对齐了。"),
    ],
    [
        ("user", "請問比賽取消的話報名費怎麼退"),
        ("assistant", "請提供報名序號與退款帳戶，約10個工作天退回。"),
        ("user", "序號TW-2026-0877"),
        ("user", "戶名 許雅婷，中國信託 822 帳號 5402-1837-6190，是我女兒 許芯瑜 報的"),
        ("assistant", "已登記，退款完成後會以簡訊通知。"),
    ],
]
