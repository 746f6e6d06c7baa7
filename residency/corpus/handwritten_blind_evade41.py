# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade41: 注音、倉頡、五笔、笔画描述与拆分发送的姓名和号码. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade41
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "注音教學"): _lines("""
        注音符號共有37個：聲母21個、介音3個、韻母13個，另有三個聲調符號與輕聲「˙」，一聲不標。
        標準（大千式）注音鍵盤數字列依序是 ㄅㄉˇˋㄓˊ˙ㄚㄞㄢㄦ，所以沒切英數時打「0912」會變成「ㄢㄞㄅㄉ」。
        「你好」的注音是 ㄋㄧˇ ㄏㄠˇ，如果輸入法停在英文，畫面上就會是 su3cl3，網路上常拿來開玩笑。
        打注音時一聲按空白鍵，二聲是 6、三聲是 3、四聲是 4、輕聲是 7。
        國小一年級上學期前十週是注音符號教學，第一課就是「ㄅㄚˋ ㄅㄚ˙ ㄇㄚ ㄇㄚ˙」。
        練習：請寫出「臺北市立動物園」的注音——ㄊㄞˊ ㄅㄟˇ ㄕˋ ㄌㄧˋ ㄉㄨㄥˋ ㄨˋ ㄩㄢˊ。
        注音符號源自1913年讀音統一會審定的注音字母，1930年才改稱「注音符號」。
        長輩用注音打字太慢的話，可以改用手寫或語音輸入，iPhone 路徑：設定 > 一般 > 鍵盤 > 新增鍵盤。
        「ㄦ」單獨成音時讀作「兒」，在鍵盤上是 0 右邊那個「-」鍵。
        新注音選字預設按 ↓，Shift+空白 切換全形/半形，Ctrl+空白 切換中英。
        「ㄏㄏ」「ㄅㄅ」「ㄇㄉ」是常見注音文，分別是乾笑、掰掰跟…你懂的。
        國語習作第三課：把「ㄒㄩㄝˊ ㄒㄧㄠˋ」改寫成國字（答：學校），把「ㄌㄠˇ ㄕ」改寫成國字（答：老師）。
        客服說免付費專線是 0800-211-588，結果我沒切輸入法，傳到群組變成「ㄢㄚㄢㄢ-ㄉㄅㄅ-ㄓㄚㄚ」被笑整天。
    """),
    ("zh-Hant", "公眾人物與虛構角色"): _lines("""
        總統 ㄌㄞˋ ㄑㄧㄥ ㄉㄜˊ（賴清德）今天上午在總統府接見友邦訪問團，並致詞感謝長期支持。
        國父 ㄙㄨㄣ ㄓㄨㄥ ㄕㄢ 1866年11月12日生於廣東香山縣翠亨村，1925年3月12日病逝北京。
        金庸《倚天屠龍記》主角張無忌，倉頡碼依序是 NSMV OTF SUP，考倉頡的老師很愛拿來出題。
        《哈利波特》中文版把 Hermione 譯成「妙麗」（ㄇㄧㄠˋ ㄌㄧˋ），書中設定她生於1979年9月19日。
        鄧麗君（ㄉㄥˋ ㄌㄧˋ ㄐㄩㄣ）的〈月亮代表我的心〉至今仍是KTV點播率最高的華語老歌之一。
        霹靂布袋戲的素還真（ㄙㄨˋ ㄏㄨㄢˊ ㄓㄣ）以「半神半聖亦半仙」的詩號聞名。
        周杰倫〈晴天〉第一句「故事的小黃花」，注音是 ㄍㄨˋ ㄕˋ ˙ㄉㄜ ㄒㄧㄠˇ ㄏㄨㄤˊ ㄏㄨㄚ。
        林書豪2012年在紐約尼克隊掀起 Linsanity，當時穿的是17號球衣。
        「陳記」「李記」「何洪記」都是用創辦人姓氏命名的老字號，何洪記粥麵專家在銅鑼灣希慎廣場12樓。
        好多大學都有一座「邵逸夫樓」，係以已故影業大亨邵逸夫爵士命名嘅教學樓。
        中正紀念堂地址：臺北市中正區中山南路21號，開放時間 09:00–18:00，除夕休館。
        香港表格範例成日用「陳大文」同 HKID「A123456(3)」，兩樣都係虛構示範，唔係真人資料。
    """),
    ("zh-Hans", "五笔输入法"): _lines("""
        五笔字型 86 版把字根分布在 25 个键上，Z 键是学习键，不放任何字根。
        字根口诀第一句：王旁青头戋（兼）五一，土士二干十寸雨。
        一级简码：G 一、F 地、D 在、S 要、A 工，H 上、J 是、K 中、L 国、M 同。
        练习：「张」拆成 弓、丿、七、乀，编码 XTAY；「陈」拆成 阝、七、小，编码 BAIY。
        「王」是键名字，连击四下 GGGG；「李」编码 SBF，不足四码时直接打空格。
        五笔字型由王永民于 1983 年发明，86 版和 98 版是目前最常见的两个版本。
        打字比赛规则：五笔组限时 10 分钟看打 1200 字，错 1 字扣 0.5 分，成绩以净速度计。
        五笔拆字原则：书写顺序、取大优先、兼顾直观、能连不交、能散不连。
        末笔识别码：横区 11G 12F 13D，竖区 21H 22J 23K，撇区 31T 32R 33E。
        二字词各取两字前两码，例如「中国」KHLG、「经济」XCIY。
        难拆字建议直接背：凸 HGMG、凹 MMGD、鼎 HNDN。
        搜狗五笔 v5.4 安装包 SHA-256：d1e427bb514dd018834a90a360f88ad2942fd38c8f293e8fdd40d30b7ee5580d，请核对后再安装。
        全国计算机等级考试一级汉字录入题，可以自选五笔或拼音输入法，考场默认提供极点五笔。
    """),
    ("zh-Hant", "倉頡與速成"): _lines("""
        倉頡輸入法由朱邦復於1976年創製，後來佢放棄專利，畀公眾免費使用。
        倉頡字母：日月金木水火土，竹戈十大中一弓，人心手口，尸廿山女田卜，另有難字 X 鍵。
        「明」拆做日月，倉頡碼 AB；「林」係兩個木，DD；「黃」係廿一田金，TMWC。
        速成只取倉頡碼嘅頭尾兩碼，例如「陳」倉頡係 NLDW，速成就打 NW。
        第五代倉頡同第三代有唔少拆法唔同，學校教嘅多數仍然係第三代。
        中學中文科打字測驗：倉頡組每分鐘 25 字合格，40 字以上評為良好。
        「口」係 R、「田」係 W、「山」係 U，初學者可以先由單一字根嘅字練起。
        打字練習短文：香港特別行政區政府總部位於金鐘添馬添美道2號。
        Windows：設定 > 時間與語言 > 語言 > 中文（香港特別行政區）> 選項，就可以加入倉頡或速成鍵盤。
        倉頡拆字口訣：「字首字身、取大優先、先繁後簡、能連不交」。
        「鑫」係三個金，倉頡碼 CCC；「森」係三個木，DDD，兩個都係練習常見字。
        本會倉頡速成班逢星期六上午10時至12時，地點：九龍灣社區會堂二樓活動室，費用全免。
    """),
    ("zh-Hans", "笔画与姓氏"): _lines("""
        笔画输入法把笔画分为五类：1 横、2 竖、3 撇、4 点、5 折，例如「王」的笔画码是 1121。
        口头报姓常用说法：弓长张、立早章、耳东陈、木子李、口天吴、古月胡、言午许、双木林、草头黄。
        「木」的笔顺：横、竖、撇、点，共 4 画；「乃」只有 2 画，经常被写错。
        姓名学里的「三才五格」按康熙字典笔画推算吉凶，属于民俗，并无科学依据。
        《百家姓》开篇：赵钱孙李，周吴郑王，冯陈褚卫，蒋沈韩杨。
        户籍统计显示，王、李、张、刘、陈是全国人口最多的五个姓氏，合计约占总人口的三成。
        田字格书写要求：横平竖直，撇捺舒展，「张」字左窄右宽，「陈」字左小右大。
        小学语文课上，老师常用「口天吴」「立早章」帮孩子分清同音的姓。
        快递面单模板：收件人「________」，电话「___________」，笔画多的姓名请用正楷填写。
        李宁公司由体操运动员李宁于 1990 年创立，总部位于北京通州。
        笔画输入法里「5」代表所有折笔，所以「张」打 515 就能在首页找到。
        「口天吴」的吴，五笔编码 KGDU，笔画码 2511134，共 7 画。
        部首检字：先数部首笔画，再在检字表里按剩余笔画数查找，例如「林」在木部 4 画。
    """),
    ("zh-Hant", "火星文與鍵盤錯打"): _lines("""
        「ji32k7au4a83」是台灣很有名的密碼梗，用注音鍵盤看就是「我的密碼」，資安報告說它出現在外洩密碼庫上百次。
        想查台北車站結果打成「w961o3tk 504」，Google 還很貼心地問我是不是要找台北車站。
        物流單號太長，系統簡訊分兩段傳：前段 TW8812 0045，後段 7731 JP，查詢時請合併輸入。
        113年11-12月統一發票：特別獎 47019283，特獎 80615527，頭獎 12843960、59307112、31276458。
        蝦皮訂單編號 241203ABCD7K9Q 請完整複製，不要拆成兩則訊息傳給客服，系統會對不到單。
        PTT 推文「樓主ㄉ文章好ㄎ愛ㄛ」這種注音文，在八卦板會直接被桶。
        電腦教室公告：各班請於週五前繳交中打檢定成績，注音組合格標準為每分鐘 15 字。
        悠遊卡外觀卡號共 16 碼，請分別填入 4 個欄位，每欄 4 碼（範例：____-____-____-____）。
        新酷音 0.6.3 更新：修正 Shift 切換英數後第一個字被吃掉的問題。
        公司尾牙包車的台鐵團體票訂位代碼是 4829170，請各部門窗口自行到櫃台取票。
        客服回覆：為保護您的個資，請勿在留言區用注音、拆字或分段方式提供身分證字號。
    """),
    ("en", "IME docs and code"): _lines("""
        librime 1.11.2 changelog: fix a crash when a schema's `speller/alphabet` contains `;`, which bopomofo layouts need.
        In the Dai-E (大千) layout the top row maps 1→ㄅ, 2→ㄉ, 3→ˇ, 4→ˋ, 5→ㄓ, 6→ˊ, 7→˙, 8→ㄚ, 9→ㄞ, 0→ㄢ.
        Rebuild the table with `ibus-table-createdb -s wubi86.txt -n wubi-jidian86.db` after editing phrases.
        ZHUYIN = dict(zip("1qaz2wsx", "ㄅㄆㄇㄈㄉㄊㄋㄌ"))  # first two columns of the standard layout
        Cangjie dictionary format: one entry per line, `code<TAB>char<TAB>freq`, e.g. `nldw\t陳\t8831` — freq is a corpus count.
        assert decode_bopomofo_keys("su3cl3") == "ㄋㄧˇㄏㄠˇ"  # 你好
        commit 3f9a1c07e2b45d8816a0c9e4f7d2b1a6c5e83f90: stroke: map 1-5 to 横竖撇点折 and accept 6 as wildcard
        Release v2.4.0-rc.3 (2026-11-28): Cangjie 5 table now covers the 622 CJK Extension I ideographs.
        Privacy: keystrokes never leave the device; the user dictionary (~/.config/ime/user.db) can be wiped under Settings > Privacy.
        Wubi 86 key zones: 1 (G F D S A) horizontal, 2 (H J K L M) vertical, 3 (T R E W Q) left-falling, 4 (Y U I O P) dot, 5 (N B V C X) turning.
        To sort names by stroke count in ICU, use the `zh@collation=stroke` locale; pinyin order is `zh@collation=pinyin`.
        Issue #4821: typing 0800 in Zhuyin mode yields ㄢㄚㄢㄢ instead of digits on some Android keyboards; fixed in 14.2.05.
        Call-centre script: "Please describe your surname the usual way, e.g. 弓长张 or 立早章, so I can type it correctly."
    """),
    ("zh-Hans", "客服与合规"): _lines("""
        尊敬的{客户姓名}，您尾号{卡号后四位}的信用卡本期账单已出，应还金额{金额}元，到期还款日{日期}。
        工商银行客服热线 95588，建设银行 95533，任何人索要短信验证码都是诈骗。
        合规提示：客户即使把身份证号拆成几段发送，或用五笔编码、笔画数字、谐音表示，仍属个人信息，须按敏感信息处理。
        质检规则 v3.2：坐席不得引导客户用「谐音」「拆字」「分条发送」的方式复述证件号码。
        运单 SF1402833765519 已到达深圳南山集散中心，预计明日 12:00 前送达。
        发票代码 044002300111，发票号码 04412385，开票日期 2025-11-30，价税合计 ¥1,280.00，销售方：广州华辰信息科技有限公司。
        12345 政务服务便民热线 24 小时受理咨询、投诉和求助。
        脱敏规则示例：姓名显示为「张**」，手机号显示为「138****0000」，身份证号只保留首位和末位。
        上海市第一人民医院北部院区地址：上海市虹口区海宁路100号。
        调研显示，本季度五笔用户占比 6.8%，同比下降 1.2 个百分点；拼音输入法占比 91.4%。
        以孙中山命名的中山大学，南校园地址为广州市海珠区新港西路135号。
        拆分发送提醒：系统检测到连续多条短消息拼接后可能构成证件号时，会先自动打码再入库。
        开发规范：身份证号、护照号字段必须加密存储，前端不得把分段字段拼接后明文展示。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        幫表妹問：她叫 ㄌㄧㄣˊ ㄧㄚˇ ㄊㄧㄥˊ（林雅婷），上週在台中榮總確診紅斑性狼瘡，有推薦的風濕免疫科醫師嗎？
        賣家您好，收件人剛剛打成 tp6u6rmp 了，是陳怡君啦，電話也沒切英數變成 ㄢㄞㄉㄚˇˇ˙ˋㄅㄓ，地址不變：新北市板橋區文化路一段188巷12號4樓
        身分證我分兩段打比較安心：前半 F2274，後半 63812。姓名黃佩珊，麻煩幫我更新保單資料。
        報名表的身分證欄我沒切輸入法，打成 ㄇㄅㄢㄚˇㄞㄉ˙ㄓ˙ 了，麻煩幫我改回英數，王柏翰，謝謝
        護理師問哪個林，我說雙木林，冠軍的冠、宇宙的宇，林冠宇，民國83年7月19日生，皮膚科乾癬回診。
        我老公 vm3yj/ c04（許宗翰啦，忘記切）月薪才3萬8，還要養兩個小孩跟付竹北的房貸，我真的快崩潰
        樓下那台白色 Altima 車牌 BJL-7729，車主 xul4ru04cj/6（廖建宏），每天晚上都違停在消防栓前，已經檢舉三次了
        鄰居鄭志豪（ㄓㄥˋ ㄓˋ ㄏㄠˊ）上個月酒駕被桃園地院判4個月，案號113年度桃交簡字第2281號，他老婆還在社區群組哭
        加我LINE：xie0523ting，謝是言字旁那個謝，0523是我生日，我是謝雅婷，住台南東區，做美甲的
        匯款用中國信託（822），帳號我拆三段：9012、3487、6615，戶名洪淑芬，匯完傳末五碼給我
        給看護的交接單：阿嬤 ㄘㄞˋ ㄐㄧㄣ ㄈㄥˋ（蔡金鳳），民國28年生，中度失智加糖尿病，早晚各打一次胰島素，住嘉義市東區民族路327號
        我女兒江芷晴，三點水的江、草字頭的芷、日字旁的晴，2024年3月8日早上7點12分在馬偕淡水院區出生，3120克
        我的電話注音版是 ㄢㄞˇㄓˊㄢㄉ˙ㄚㄅ（0935-602-781），我叫邱怡萱，丘加耳朵的邱，到貨再通知我
        助教您好，我是資工二的 ㄓㄤ ㄨㄟˇ ㄔㄥˊ（張瑋成），學號 B11902045，期中考那天恐慌症發作沒去考，附上台大醫院診斷證明
        阿公的健保卡號我用注音念：ㄌㄧㄥˊ ㄌㄧㄥˊ ㄑㄧ ㄙˋ ㄐㄧㄡˇ ㄦˋ ㄨˇ ㄅㄚ ㄌㄧㄡˋ ㄙㄢ ㄧ ㄑㄧ，身分證 H113708264，他叫曾文雄，在長庚洗腎
        我個名倉頡係 NLDW GRTR HLNO，即係陳嘉欣，身份證 K418263(4)，唔該幫我改返個登記名，之前打錯咗做陳家欣
        身份證頭個字母係 Y，跟住 705192，括號入面係 A。我叫何詩敏，人可何，想約18號打針，電話 6238 1947
        我老公姓黃，草頭黃，黃志偉（TMWC GP ODMQ），上星期喺屯門醫院做咗心臟搭橋，而家喺 8B 病房 21 號床
        搵我就 WhatsApp：九三七一 二零八六，我係梁太，梁美玲，住沙田第一城 38 座 12 樓 H 室
    """),
    "zh-Hans": _lines("""
        我名字五笔是 XTAY JE WFNH，就是张明伟，身份证分三段发你：110105、19880417、2350，麻烦帮我实名认证
        收货人 BAIY GMYY（陈丽，五笔打的懒得切），电话一三八零二七六五四一九，杭州市西湖区文三路259号3幢1502室
        老板，我姓 1234521，就是木子李，叫李静，在你们店办过会员卡，手机号前七位 1390571，后四位 6612
        耳东陈，陈晓燕，身份证前十四位 31010419920903，后四位 1460，帮我查一下社保是不是断缴了
        住院部12床那个口天吴的老太太吴桂英，72岁，胰腺癌晚期，家属是她儿子吴海涛，电话 18621740593
        立早章，不是弓长张！章子涵，学号 2021113067，高数只考了52分，补考安排在下周三
        卡号我分开发哈：6228 4803 / 3485 4046，开户名赵鹏（FHQ EEQG），打款前先跟我确认
        加我微信 zhou_mfkd_1990，MFKD 是周的五笔码，1990 是我出生年，我是周敏，在深圳南山一家外贸公司做会计
        我们组那个 SNRT ITFK（杨浩）年薪42万，比我多拿15万，就因为他是总监的外甥
        弓长张的张建国，欠我8万块不还，已经在武侯区法院立案了，案号 (2025)川0107民初18263号
        护照号字母是 E，数字 3827 1663，持照人刘宇航，文刀刘，下周二飞新加坡，帮我订两晚酒店
        车牌粤B·7K2Q9，是我前夫黄海涛的车（AMWU ITX IDTF），他每周三下午去南山实验学校接孩子
        身份证号：四四零三零五一九八五一一二六零七一七，姓名：吴国平，口天吴，国家的国，平安的平
        帮我妈挂个号：罗秀英，四字头下面一个夕的罗，身份证 330106197902145527，神经内科，她最近老是手抖，怀疑帕金森
        快递寄到武汉市武昌区中南路99号保利广场A座2206，收件人宋怡佳，宋是宝盖头下面一个木，手机 159 2738 4016
        卡号：陆贰贰贰 零贰壹伍 柒叁捌叁 玖伍肆壹 捌柒贰，持卡人孙磊（BIY DDDF），这个月的房租从这张卡扣
        同事 YJH TXGT（刘敏）怀孕三个月了，还没跟领导说，我们要不要先帮她把出差的活接过来？
        我爸叫郑德华，关耳郑。身份证前六位是南京玄武的 320102。出生那天是1967年3月25日。最后四位是 0939。他在鼓楼医院透析，每周一三五。
    """),
    "en": _lines("""
        Her name's Tsai Pei-yu — ㄘㄞˋ ㄆㄟˋ ㄩˊ in Zhuyin — she was admitted to NTUH last night with a suspected stroke; her daughter's number is +886 963 118 205.
        Sending my NRIC in two bits cos the form keeps timing out: first part S883, rest 4217H. Name's Tan Wei Ling, Blk 412 Bedok North Ave 2 #08-117.
        For the visa form: surname Lim (雙木林, "two trees"), given name Jia Hao, FIN G5538904M, DOB 14 Feb 1993, mobile 9127 4480.
        Patient: Wang — the 王 with three horizontals and one vertical — Wang Xiaoli, 34F, MRN 00418273, gestational diabetes at 26 wks, next OGTT 12 Dec at KKH.
        Payroll note: Lee (木子李) Kah Wai, staff no. 20417, basic S$6,850/month plus S$1,200 allowance from Jan — keep this between HR and me pls.
        My card is 4556 7806 then 9634 9973, exp 09/28, name on card HUANG SI YING — please charge the deposit to that.
        Client Zhang Jianhua (弓长 Zhang, XTAY in Wubi), PRC ID 510107200106303875, filed for divorce at the Wuhou court last month; keep the file confidential.
        Please update the tenancy: tenant Cheung Wai Sum, HKID P346857(0), Flat 5C, Block 2, Kornhill, Quarry Bay; mobile 5614 0738.
        Ticket #88213 — caller spelled her surname stroke by stroke, "mouth-sky Ng" (口天吳), Ng Siu Fong, DOB 03/11/1958; says her son took HK$240,000 from her MPF.
    """),
    "ms": _lines("""
        Nama dia Lim Mei Ling, 林 yang dua pokok kayu tu, IC 930214-10-5526, no fon 012-738 4461, duduk Taman Sri Muda Shah Alam
        Boss tolong check IC saya: 880719-14-6137. Nama Chong Wai Keat (張 tu, Cangjie NSMV), rumah No. 17, Jalan SS2/24, Petaling Jaya
        IC aku bagi separuh-separuh ya: depan 010630, tengah 07, belakang 0894. Nama 黄思颖 Ng Sze Ying, orang Penang, hp 016-552 0937
        Tukar penama akaun kepada Siti Nur Aisyah binti Kamal, IC 950811-01-5724, telefon kosong satu satu, dua tiga lapan empat, tujuh tujuh satu sembilan
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "請問冷氣清洗可以約這週六嗎"),
        ("assistant", "可以喔，請提供聯絡人姓名、電話與地址。"),
        ("user", "聯絡人黃先生，草頭黃，黃俊傑"),
        ("user", "電話 ㄢㄞㄅ˙"),
        ("user", "sorry 沒切輸入法，0917-284-556"),
        ("user", "地址台北市大安區復興南路二段151巷8號3樓"),
        ("assistant", "好的黃先生，已為您預約週六上午10點，師傅到府前會先來電。"),
    ],
    [
        ("system", "你係一間電訊公司嘅客服助手，請用廣東話回覆。"),
        ("user", "我想轉名，個戶口而家係我阿媽個名"),
        ("assistant", "冇問題，請提供新登記人嘅全名同身份證號碼。"),
        ("user", "麥家朗，麥當勞個麥"),
        ("user", "身份證 R529"),
        ("user", "461 括號 3"),
        ("assistant", "收到，麥先生，轉名手續需時約 3 個工作天。"),
    ],
    [
        ("user", "帮我填一下酒店入住登记"),
        ("assistant", "好的，请提供入住人姓名和证件号码。"),
        ("user", "姓名五笔 SNRT AYR，你自己转一下"),
        ("user", "身份证 420106"),
        ("user", "199508121640"),
        ("assistant", "已登记：杨芳，12 月 20 日入住，高级大床房一晚。"),
    ],
    [
        ("user", "「鑫」字倉頡點打？"),
        ("assistant", "三個「金」，倉頡碼係 CCC。"),
        (
            "user",
            "多謝！順便問下，我阿爸陳國強今朝喺伊利沙伯醫院確診咗肺癌第三期，要點樣申請關愛基金？",
        ),
        ("assistant", "可以先聯絡醫院嘅醫務社工，由佢哋協助評估同轉介。"),
    ],
    [
        ("user", "Hi, need to update my mum's particulars for the clinic"),
        ("assistant", "Sure, what's her full name and NRIC?"),
        ("user", "Koh Ah Lian. Koh is 許, the one with 言 on the left"),
        ("user", "NRIC S157 then 4203H"),
        ("assistant", "Thanks, her record is updated."),
        ("user", "oh and she's allergic to penicillin, pls note that too"),
    ],
    [
        ("user", "nak claim insurans untuk adik saya"),
        ("assistant", "Boleh, sila berikan nama penuh dan nombor MyKad."),
        ("user", "Muhammad Haziq bin Rosli"),
        ("user", "030722"),
        ("user", "08"),
        ("user", "1453"),
        (
            "user",
            "dia patah kaki jatuh motor semalam, sekarang kat Hospital Raja Permaisuri Bainun Ipoh",
        ),
    ],
    [
        ("system", "你是诊所预约助手，确认预约时请复述患者信息。"),
        ("user", "我要给儿子约儿科，哮喘复诊"),
        ("assistant", "好的，请问孩子姓名、出生日期和家长电话？"),
        ("user", "罗子轩，四字头下面一个夕的罗，2019年6月3日生"),
        ("user", "电话 17326459108"),
        (
            "assistant",
            "已为您预约：罗子轩，2019-06-03 出生，哮喘复诊，联系电话 173 2645 9108，周四 9:30 儿科二诊室。",
        ),
    ],
    [
        ("user", "I need to pay the holding deposit for the flat"),
        ("assistant", "Sure, which card would you like to use?"),
        ("user", "6225 8810"),
        ("user", "9681 1566"),
        ("user", "name is Xu Jiayi, 许 as in 言 + 午"),
        ("assistant", "Thanks Ms Xu, the £500 holding deposit will be charged to that card."),
    ],
    [
        ("user", "請問外送地址可以改嗎"),
        ("assistant", "可以，請提供新的收件人與地址。"),
        ("user", "收件人 xup6 ru8 cl6"),
        ("user", "抱歉是林家豪，注音沒切"),
        ("user", "新竹市東區光復路二段101號 清大仁齋 312 室，電話 0952-417-390"),
        ("assistant", "已更新，外送員到樓下會再聯絡您。"),
    ],
    [
        ("user", "我要申請補發健保卡"),
        ("assistant", "請提供身分證字號與姓名。"),
        ("user", "名字是 ㄙㄨㄣ ㄅㄛˊ ㄩˇ，孫悟空的孫，柏樹的柏，宇宙的宇"),
        ("user", "身分證 B1284"),
        ("user", "90371"),
        ("assistant", "孫先生您好，補卡申請已受理，約 7 個工作天寄達戶籍地址。"),
    ],
]
