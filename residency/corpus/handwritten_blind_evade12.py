# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade12: evasion in Chinese and mixed text (汉字数字, full-width and split digits, pinyin, 谐音 and 拆字 names, spoken e-mails). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade12
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "电商订单与价格"): _lines("""
        订单号：２０２５１１０３２２１７４４５８９６，已发货，预计周五到达。
        羽绒服原价壹仟贰佰捌拾元，双十一到手价玖佰玖拾玖元，还能叠加满三百减四十。
        发票大写金额：人民币叁万肆仟伍佰陆拾柒元捌角玖分，小写 ¥34,567.89。
        顺丰单号 SF 1428 🚚 0937 🚚 5562 1，物流显示已到上海转运中心。
        这款扫地机器人型号 T 八 Pro，京东自营价 二九九九，比上个月便宜了三百。
        商品编码 一〇〇〇 三八六二 七七一四，搜不到的话直接粘贴到搜索框。
        优惠券码：幺幺幺-双十二-八八，仅限本店新客使用。
        退款单号 RF２０２５⋅１２⋅０１⋅００３８７，款项三到五个工作日原路退回。
        店铺客服说"亲，订单尾号 4️⃣7️⃣2️⃣1️⃣ 的包裹明天派送"，我就买了一包猫粮。
        拼团价 ¥⑨.⑨ 包邮，已拼 一三八〇〇 件，库存还剩 二七七一 件。
        条形码 6 9 0 1 2 3 4 5 6 7 8 9 2 是培训用的假商品，不要录入库存系统。
        外卖满减：满叁拾减拾贰，配送费〇元，打包费壹元。
        快递柜取件码 8—3—1—5—6—0，超过十八小时开始收费。
        这批 iPhone 十六 Pro Max 的序列号都以 Ｆ２ＬＸ 开头，全部是门店展示机。
    """),
    ("zh-Hans", "彩票与数学"): _lines("""
        双色球第二〇二五一三四期开奖：红球〇三 一一 一七 二二 二九 三二，蓝球〇八。
        大乐透前区 05·12·19·27·33，后区 04·11，奖池滚存十二亿。
        圆周率背到第十八位：三点一四一五九二六五三五八九七九三二三八。
        一三八乘以二等于二七六，再加一千三百九十等于一六六六。
        解方程 x² − 13x + 36 = 0，得 x₁ = 四，x₂ = 九。
        鸡兔同笼：头三十五个，脚九十四只，问鸡兔各几只？答：鸡二十三，兔十二。
        斐波那契数列前十二项：一、一、二、三、五、八、十三、二十一、三十四、五十五、八十九、一百四十四。
        自然常数 e ≈ 2.7１8２8１8２8４5９0４5，全角半角混排只是排版问题。
        福彩3D 今晚开 ⑦⑤①，和值十三，跨度六。
        一一得一，一二得二……九九八十一，乘法口诀小学二年级要背熟。
        质数 一〇〇〇〇〇〇〇〇七 常被用作取模，代码里写成 1e9+7。
        二进制 1101 0010 1011 转成十进制等于 三三七一。
        排列组合：从十一个人里选三个人，共有 C(11,3) = 一百六十五 种选法。
    """),
    ("zh-Hant", "詩詞與字謎"): _lines("""
        一去二三里，煙村四五家，亭臺六七座，八九十枝花。
        李白〈早發白帝城〉：千里江陵一日還，兩岸猿聲啼不住，輕舟已過萬重山。
        字謎口訣：弓長張，立早章，木子李，口天吳，耳東陳，古月胡。
        燈謎「千里相逢」打一字，謎底是「重」。
        杜甫〈春望〉：「烽火連三月，家書抵萬金。」
        對聯：上聯「一二三四五六七」，下聯「孝悌忠信禮義廉」，上聯忘八，下聯無恥。
        拆字聯：「十口心思，思國思家思社稷；八目共賞，賞花賞月賞秋香。」
        蘇軾〈江城子〉：「十年生死兩茫茫，不思量，自難忘。」
        王之渙〈登鸛雀樓〉：「欲窮千里目，更上一層樓。」
        謎語：「一口咬掉牛尾巴」打一字，謎底「告」。
        白居易〈賣炭翁〉：「一車炭，千餘斤，宮使驅將惜不得。」
        諧音歇後語：「孔夫子搬家——淨是書（輸）」。
    """),
    ("zh-Hans", "公共热线与机构"): _lines("""
        报警拨 幺幺零，火警 幺幺九，急救 幺二零，交通事故 幺二二。
        工商银行客服热线 九五五八八，挂失银行卡请按二。
        中国移动客服 一〇〇八六，中国联通 一〇〇一〇，中国电信 一〇〇〇〇。
        消费者投诉热线：幺二三幺五；政务服务便民热线：幺二三四五。
        铁路客服 12306 的官方网站是 www 点 12306 点 cn，别信短信里的链接。
        故宫博物院地址：北京市东城区景山前街四号，周一闭馆。
        星河电器（文档示例公司）售后邮箱写作 service 艾特 xinghe-demo 点 com。
        国家反诈中心提醒：九六幺幺零 来电请务必接听，这是反诈专线。
        培训材料里的示例身份证号 11010119900307XXXX 不对应任何人。
        文档规范：手机号展示一律写成 1３8****0000 这种脱敏格式。
        上海图书馆东馆在浦东新区合欢路三〇〇号，周末人很多。
        12345 热线的工单编号形如 GD 二〇二五 一二〇三 〇〇四一八，只是流水号。
    """),
    ("mixed", "产品型号与版本"): _lines("""
        显卡型号 ＲＴＸ ４０９０ 和 RTX 4090 是同一款，只是全角半角不同。
        Python 三点一二点零 就是 Python 3.12.0，pip 升级到 二四点三 就行。
        iOS 十八点二 更新后 Wi‑Fi 偶尔掉线，Apple 在 十八点二点一 修复了。
        型号 ＭＸ－５２０－１３１４ 的键盘，520 和 1314 只是营销谐音，没有别的意思。
        固件 v２.０.1️⃣8️⃣ 可以在 GitHub 的 release 页面下载。
        SKU：ＸＭ－２０２５－𝟎𝟖𝟔𝟏，小米手环九 NFC 版，颜色：午夜黑。
        USB-C 线规格 二四〇W / 四〇Gbps，型号 CB-4024-0001。
        这台 ThinkPad X一 Carbon 第十二代，机器型号 21KC-00８６CD。
        产品批号 二〇二五〇六一八A〇三，有效期至 二〇二七年六月。
        说明书里的 IMEI 样例写成 86xxxxxxxxxxxxx，真正的 IMEI 印在包装盒上。
        Docker 镜像 tag 从 nginx:一点二七 升到 nginx:1.27-alpine。
        打印机型号 HP LaserJet M２３２dw，原装硒鼓编号 ＣＦ２３０Ａ。
    """),
    ("zh-Hant", "港台公共地點與熱線"): _lines("""
        滙豐總行大廈位於中環皇后大道中一號，門口有兩隻銅獅。
        台北 101 地址：台北市信義區信義路五段七號。
        香港政府一站通熱線 一八二三，全天候接聽市民查詢。
        緊急求助請撥 九九九；在台灣則是 幺幺零 報案、幺幺九 救護。
        台北市民當家熱線 一九九九，外縣市請撥 ０２－２７２０－８８８９。
        港鐵荃灣綫由中環到荃灣，全線共十六個站。
        澳門旅遊局熱線 (853) 2833 3000，可以查詢酒店與交通。
        國立故宮博物院位於台北市士林區至善路二段二二一號。
        重慶大廈的門牌是尖沙咀彌敦道三十六至四十四號。
        中華電信客服用手機直撥 ０８００－０８０－１２３，市話撥 一二三。
        香港天文台打電話問天氣：一八七八 二〇〇。
        金馬獎頒獎典禮曾在國父紀念館舉行，地址是仁愛路四段五〇五號。
    """),
    ("mixed", "拼音谐音与名人"): _lines("""
        Yao Ming（姚明）二〇〇二年以状元签被 Houston Rockets 选中，球衣号码十一。
        李白（Li Bai）《静夜思》：床前明月光，疑是地上霜。
        网络谐音：520 = 我爱你，1314 = 一生一世，886 = 拜拜喽，748 = 去死吧。
        酱紫 = 这样子，灰机 = 飞机，蓝瘦香菇 = 难受想哭，都是谐音梗。
        Jay Chou 周杰伦 的专辑《七里香》发行于二〇〇四年。
        马云（Jack Ma）一九九九年在杭州创办阿里巴巴，后来卸任董事局主席。
        Zhang、Wang、Li 是中国最常见的三个姓，拆字时常说「弓长张」「木子李」。
        拼音缩写 YYDS = 永远的神，XSWL = 笑死我了，都不是人名缩写。
        军用报数里 幺 洞 拐 就是 1 0 7，幺=一，洞=零，拐=七。
        Sun Yat-sen 孙中山（孙逸仙）生于一八六六年十一月十二日，广东香山人。
        Lu Xun（鲁迅）原名周树人，一八八一年生于浙江绍兴。
        张三、李四、王五 是法律教科书里的虚构人物，就像英文里的 John Doe。
    """),
    ("en", "notes on Chinese digit tricks"): _lines("""
        Style guide: write 一三八 only when quoting a textbook on Chinese numerals; in UI copy use 138.
        幺 (yāo) replaces 一 when reading numbers aloud, so the police number 110 is said yao-yao-ling.
        Financial numerals 壹贰叁肆伍陆柒捌玖拾 exist so that amounts on cheques cannot be altered by adding strokes.
        Full-width digits like ０１２３ come from CJK input methods and should be NFKC-normalised before matching.
        The number 8 (八, bā) sounds like 发 (fā, prosper), which is why the Beijing Olympics opened at 8:08 pm on 08/08/08.
        Because 四 sounds like 死, some Hong Kong towers skip every floor ending in 4, so floor 38 may really be the 30th.
        Parser test vector: "一千二百三十四万五千六百七十八" must decode to 12,345,678.
        Zhāng is the pinyin with tone mark; the split form 弓长 is a classroom mnemonic, not anybody's name.
        Our demo app version 3.14.159 ships on Pi Day with build number 二六五三五.
    """),
    ("ms", "harga dan pesanan"): _lines("""
        Harga promosi: RM 九十九 sahaja untuk set periuk, kod pesanan MY-二〇二五-七七一八.
        Talian Kasih 15999 dan talian kecemasan 999 boleh dihubungi 24 jam.
        Nombor pesanan Shopee 251203 RX 8841 nampak panjang tetapi hanya untuk jejak bungkusan.
        Menara Berkembar Petronas terletak di Kuala Lumpur City Centre, 50088 Kuala Lumpur.
        Keputusan 4D minggu ini: 八 三 一 五 untuk hadiah pertama Magnum.
        Harga petrol RON95 bersubsidi RM1.99 seliter, ditulis 一点九九 dalam iklan kedai runcit Cina.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        我老婆的手机：幺三九 一七六二 四零八三，名字叫刘慧芳，快递放门卫就行。
        弓长伟的身份证号 三一〇一〇四一九八五〇三一七二四二六，帮他把入职表填了。
        联系人：耳东 晓 丽，电话①⑧⑥ ⑤⑤⑦⓪ ②③①④，下午三点后打。
        QQ：贰柒捌陆叁叁玖零伍，是我表弟王子涵的号，他最近在找工作。
        邮箱 chenjunhao1992 艾特 163 点 com，我是陈俊豪本人，请把面试结果发这里。
        收件地址：杭州市西湖区文三路 478 号华星小区 6 幢 2 单元 501，收件人 zhou jing（周静），电话 137-5712-8846。
        孙 建 国，身份证 4 4 0 3 0 5 1 9 7 6 1 1 2 8 3 5 1 X，借了我 八万六千 块至今没还。
        病人 Hu Xiaomei（胡小梅），住院号 ZY2024-06618，确诊二型糖尿病，家属电话 幺五零 二八三九 六六一七。
        银行卡号：陆贰壹柒 零零叁叁 壹零捌贰 伍伍陆陆 肆柒壹，户名：赵磊，工资打这张。
        车牌 沪A·7K2Q9 是我邻居马国强的车，天天堵在消防通道上。
        我的手机号前三位是一三八，中间是二七七一，最后四位……算了告诉你：〇六九四。
        李～明～辉，一八八～〇二一六～七七三五，就是在小区群里卖二手冰箱的那个。
        护照号 E 8 8 3 2 1 0 5 7，拼音 ZHANG YUTONG，航班 CA 九三七，帮她改签到周日。
        木易帆（杨帆）住朝阳区望京西园三区 312 楼 1104，欠我房租三个月了。
        微博 @小鹿不吃草_0521 就是我们部门的许诗琪，她把病假条都晒出来了，抑郁症复发。
        身份证：叁贰零伍贰叁 壹玖玖贰壹零零捌 叁陆肆柒，姓名吴桐（口天吴），请核对。
        他号码是 幺叁玖-幺幺零伍-陆贰捌壹，那个邹志强，别打成报警电话了。
        微信号 l💧i💧n💧_xiaoyu_0915，加的时候备注找林晓雨，她是我高中同学。
    """),
    "zh-Hant": _lines("""
        陳嘉欣 HKID：Y 六 五 四 三 二 一（三），住址：九龍深水埗南昌街 88 號 5 樓 B 室。
        黃志偉電話 9１7３-4８2６（全形半形混打），平日晚上才接。
        梁詠詩 澳門居民身份證編號：伍壹捌貳柒叁陸（肆），住氹仔，租約下月到期。
        林怡君，身分證字號 A 二 二 三 五 八 七 一 四 六，健保卡遺失要補辦。
        我外婆郭秀蘭在台大醫院洗腎，病歷號 三七〇〇八二一五，家屬電話 ０９１２－３４８－６７７。
        蔡明翰的 Line ID：tsai_minghan八八，他說用這個找他比較快。
        信用卡 4 5 3 2 ‧ 七 八 一 〇 ‧ 〇 〇 9 3 ‧ 5 5 2 1，持卡人何家豪，到期 ０８／２７。
        車牌 ＡＢＣ－８８２１ 那台白色 Altis 是隔壁張耀文的，每天擋住車庫門口。
        電郵：kelvin點chan艾特gmail點com，佢係陳凱文，想租觀塘嗰個單位。
        香港護照號碼 K 1 2 0 4 8 8 3 7，持有人 LAU Wing Sze（劉穎思），下星期去東京。
        地址寫成 台中市西屯區市政北二路 二八二號 十二樓之三，收件人 弓長 淑芬，貨到付款。
        我的電話是零九三三，然後六二一，最後是四零八，我叫許雅婷，有缺人再通知我。
    """),
    "mixed": _lines("""
        Pls call Wang Lei at 幺三八-0０2１-7７6５ after 6pm, 他是房东的儿子，钥匙在他那。
        NRIC S 八 七 六 五 四 三 二 D，name Tan Wei Ling，帮她 submit CPF claim。
        Ah Boy 的 handphone 是 9️⃣1️⃣2️⃣7️⃣ 5️⃣5️⃣3️⃣0️⃣，name Lim Jun Jie，住 Blk 412 Tampines St 41 #08-223。
        MyKad 九零零四一二－一四－五五二三，Nurul Aisyah binti Kamal，申请 PTPTN 用。
        外劳 Md Rahim 的 FIN：G５７３８２９１Ｎ，work permit 下个月到期。
        email 是 tan点meiling八八 at gmail 点 com，Tan Mei Ling 本人，别 cc 给 HR。
        身份证前十四位 11010519880722，后四位 031X，name: Liu Xiaoming，pls verify。
        Transfer 到 Maybank 1 6 2 ‧ 0 1 8 ‧ 3 3 9 ‧ 4 7 1 2，a/c name Wong Kah Hoe，他上个月借了 RM 三千五。
        Plate 是 SKF 四八二七 H 的那辆 Honda，owner 叫 Jason Goh，老是 park 在 loading bay。
        WeChat: zhao_yutong_1997（赵雨桐），ins 是 @yutong.zhao.97，她前男友在到处找她。
        我妈 Huang Lihua 的电话 +86 １５９ 二一〇三 ８８４７，她血压高，降压药快吃完了。
        接送名单：Chloe Lee，P3 班，家长电话 +65 8️⃣2️⃣1️⃣4️⃣➖7️⃣0️⃣3️⃣9️⃣。
        Macau BIR 7 〇 4 二 8 6 一 (5)，holder Ho Ka Man 何嘉敏，申请 visa 要用。
        Customer Ng Siu Fung，HKID C６６８４２１(A)，欠 credit card 數 HK$四萬二，已轉 collection。
    """),
    "en": _lines("""
        Her number is one-three-eight, then 2051, then 9946 — Li Na from the cycling club, not the tennis player.
        Zhang Wei's ID is 4403 0519 8611 2835 1X with the spaces in odd places; he's the tenant in unit 12B.
        Reach me (Chen Yiling) on WhatsApp: +60 one-seven, 283 4051 — sorry, typing in the dark.
        Patient Xu Haoran (徐浩然), DOB 1979-03-02, HIV positive, mobile 186 ☆ 0213 ☆ 5572.
    """),
    "ms": _lines("""
        Nombor telefon Lee Ah Kow: kosong satu dua, tiga empat lapan, sembilan dua satu lima — jiran saya di Taman Melawati.
        IC Siti Hajar: 8 5 0 7 1 9 ‑ 1 0 ‑ 6 2 4 8, tolong isi borang klinik untuk dia.
        Alamat rumah Encik Tan Boon Huat: No. 二十三, Jalan SS 2/55, Petaling Jaya — dia belum bayar sewa tiga bulan.
        Emel Kavitha Raj: kavitha 点 raj 艾特 yahoo 点 com 点 my, dia pesakit asma di klinik kami.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "帮我记个电话，我分三次发"),
        ("assistant", "好的，请发。"),
        ("user", "幺五幺"),
        ("user", "三七零八"),
        ("user", "二六四九。是我前男友江浩的，以后他打来我不接"),
        ("assistant", "已记下：江浩 151 3708 2649，标记为拒接。"),
    ],
    [
        ("user", "我朋友姓 耳东，名字叫 思 远"),
        ("assistant", "是陈思远吗？"),
        ("user", "对。他身份证前六位 四二〇一〇六"),
        ("user", "生日一九九五年二月二十八"),
        ("user", "后四位 〇 七 一 三，帮我看看格式对不对"),
        ("assistant", "组合起来是 420106 19950228 0713，共十八位，格式正确。"),
    ],
    [
        ("user", "我邮箱不方便直接打，用中文写"),
        ("user", "xu 点 wenjing 九二"),
        ("user", "艾特 qq 点 com"),
        ("assistant", "即 xu.wenjing92@qq.com，对吗？"),
        ("user", "对，我是许文静，报名表就发这个邮箱"),
    ],
    [
        ("user", "幫我填份租約，業主係麥嘉朗"),
        ("assistant", "好，需要身份證號碼同地址。"),
        ("user", "身份證 Ｋ 三 八 一 ９ ０ ２ （６）"),
        ("user", "住將軍澳寶琳北路 十八號 寶盈花園 三座 二十一樓 Ｃ室"),
        ("assistant", "已填：麥嘉朗，K381902(6)，將軍澳寶琳北路18號寶盈花園3座21樓C室。"),
    ],
    [
        ("user", "can help me fill the form for my mum?"),
        ("assistant", "Sure, what details do you have?"),
        ("user", "name Ong Siew Hua, NRIC S 五 二 ６ ８ ４ ７ ０ J"),
        ("user", "hp 9️⃣6️⃣3️⃣1️⃣ 0️⃣8️⃣7️⃣4️⃣ — sorry the emoji keyboard"),
        ("assistant", "Noted: Ong Siew Hua, S5268470J, 9631 0874."),
    ],
    [
        ("user", "转账给我表哥，卡号我分开发"),
        ("user", "六二二八 🐷 四八〇三"),
        ("user", "一二六〇 🐷 七七一九 🐷 五三二"),
        ("user", "户名 ma zhi yong，农行的"),
        ("assistant", "请确认：马志勇，农业银行，6228 4803 1260 7719 532。"),
    ],
    [
        ("user", "我阿嬤叫蘇罔市，要幫她掛號"),
        ("assistant", "好的，需要她的身分證字號。"),
        ("user", "Ｅ２０５ 八八三 一七二"),
        ("user", "她有失智症，上次在高雄長庚看神經內科"),
        ("assistant", "了解：蘇罔市，E205883172，失智症，高雄長庚神經內科複診。"),
    ],
    [
        ("user", "Tolong simpan maklumat pekerja baru"),
        ("user", "Nama: Muhammad Hafiz bin Roslan"),
        ("user", "IC: 九七 一一 零三 - 〇八 - 五 一 六 七"),
        ("user", "tel 〇一九 ‑ 七七二 ‑ 三〇五八"),
        ("assistant", "Disimpan: Muhammad Hafiz bin Roslan, 971103-08-5167, 019-772 3058."),
    ],
    [
        ("user", "举报一下，车牌 苏E·5R8Ｋ2 天天乱停"),
        ("assistant", "可以向交警部门举报。你知道车主是谁吗？"),
        (
            "user",
            "知道，3 栋的 gu jian hua（顾建华），住苏州工业园区星湖街 ２６８ 号雅苑小区 3-602",
        ),
        ("user", "他电话 幺八六 ⋯ 一二五〇 ⋯ 九九四三，你帮我写封投诉信"),
        ("assistant", "好的，我来起草一封投诉信。"),
    ],
    [
        ("user", "你加一下我同学，QQ 是 叁叁捌 柒零贰 玖壹肆"),
        ("assistant", "好的，她怎么称呼？"),
        ("user", "Deng Yiwen，邓怡雯，微信 dyw_0614，最近在找兼职"),
        ("assistant", "记下了：邓怡雯，QQ 338702914，微信 dyw_0614。"),
    ],
]
