"""General causes behind the misses of the blind Chinese check set (``--blind-zh``), each
probed with invented lines of varied phrasing: personal lines that must be held and
clean lines that must not be.  No line here is a line of the check set."""

from __future__ import annotations

import pytest
from policy_testing import held_by_pipl

from residency.detectors.engine import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _held(scanner: Scanner, text: str) -> bool:
    return held_by_pipl(scanner, [text])[text]


# Cantonese sentences: the tagger learnt Mandarin and glued 喺/係/嘅 onto names (or read a
# company after 係我哋); it now reads Cantonese function words in their Mandarin form.
CANTONESE_PERSONAL = [
    "我老婆何嘉欣喺瑪麗醫院做緊護士，佢下個月放產假。",
    "蘇志偉係我哋部門嘅新同事，佢電話我遲啲畀你。",
    "我細妹馮凱琳琴日喺學校暈咗，而家喺屋企休息。",
    "黎耀祖同我講佢搬咗去沙田，租金一個月一萬二。",
    "我老豆鍾國雄喺地盤做咗三十年，上年退咗休。",
    "同事曾志豪今日冇返工，佢話佢發燒。",
    "我表哥鄧浩賢琴日喺旺角畀人打傷咗。",
]
CANTONESE_CLEAN = [
    "佢哋聽日去睇戲，我唔去喇，好攰。",
    "李白嘅詩好出名，我哋細個都有背過。",
    "呢間餐廳嘅叉燒飯好好食，下次再嚟。",
    "孫中山喺香港讀過書，後來領導辛亥革命。",
    "張愛玲嘅小說好多都係寫上海同香港嘅故事。",
]


@pytest.mark.parametrize("text", CANTONESE_PERSONAL)
def test_cantonese_names_are_held(scanner: Scanner, text: str) -> None:
    assert _held(scanner, text)


@pytest.mark.parametrize("text", CANTONESE_CLEAN)
def test_cantonese_clean_lines_are_not_held(scanner: Scanner, text: str) -> None:
    assert not _held(scanner, text)


def _names(scanner: Scanner, text: str) -> int:
    (scan,) = scanner.scan_records([{"id": "1", "text": text}])
    return sum(f.entity_type == "ZH_PERSON" for f in scan.findings)


# An office's title right before the name: a public figure acting in office.
OFFICE_CLEAN = [
    "臺北市長蔣萬安今日出席捷運通車典禮。",
    "高雄市長陳其邁昨日視察颱風災區，要求加快清理。",
    "廣州市市長溫國輝在會上介紹了今年的重點項目。",
    "外交部发言人毛宁在例行记者会上回答了提问。",
    "立法會議員葉劉淑儀在會上提出修訂動議。",
    "教育局局長蔡若蓮今日出席學校開放日活動。",
    "保安局局長鄧炳強表示，警方會加強巡邏。",
    "立委陳培瑜在質詢中要求衛福部提出改善方案。",
]
# ... but not with a cue of a private person in the text (fail closed).
OFFICE_PERSONAL = [
    "我们县长王建国明天来检查。",
    "我舅舅是镇长，叫李国强，住在东风路12号。",
    "业主委员会主席陈美华住在3栋502，电话找物业要。",
    "局长刘志明让我把合同送到他办公室。",
]
# Kinship words (阿婆, 阿嫲, 阿姨) are not names; a name after one still is.
KIN_CLEAN = [
    "阿婆坐喺公園度曬太陽，阿公就喺隔離捉棋。",
    "阿嫲每朝都去街市買餸，阿伯就喺樓下飲茶。",
    "阿姨帶住個細路喺遊樂場玩。",
]
KIN_PERSONAL = [
    "我阿嫲林秀英今年八十歲，上個禮拜入咗醫院。",
    "阿姨黃美玲負責接送我個仔，佢下個禮拜放假。",
]
# 张/張 as the measure word of flat things after a numeral, demonstrative or pronoun.
MEASURE_CLEAN = [
    "唔好意思，你張單嘅地址唔啱，麻煩再填過。",
    "呢張卡已經過咗期，請去櫃檯換過新嘅。",
    "我买了两张票，明天一起去看电影吧。",
    "请把这张表填好交到前台。",
    "呢張卡已經過咗期，請去櫃檯換過張新卡。",
    "麻煩你填張表，再攞張飛排隊。",
    "我想買張新床，舊嗰張太細。",
]
MEASURE_PERSONAL = [
    "张单丽是我们班的学生，下周三交作业。",
    "告诉你张伟明天来办入职。",
    "我見過張新華，佢係我舊同事。",
    "你問過張家明未？佢話聽日嚟。",
]


@pytest.mark.parametrize("text", OFFICE_CLEAN + KIN_CLEAN + MEASURE_CLEAN)
def test_titles_kinship_and_counts_are_not_held(scanner: Scanner, text: str) -> None:
    assert not _held(scanner, text)


@pytest.mark.parametrize("text", OFFICE_PERSONAL + KIN_PERSONAL + MEASURE_PERSONAL)
def test_private_people_in_the_same_phrasing_are_found(scanner: Scanner, text: str) -> None:
    assert _names(scanner, text) >= 1
    assert _held(scanner, text)


def _types(scanner: Scanner, text: str) -> set[str]:
    (scan,) = scanner.scan_records([{"id": "1", "text": text}])
    return {f.entity_type for f in scan.findings}


# A phone-shaped number labelled as a work ticket's, a case's, a contract's or a batch's
# number (编号 is glue between the word and the value) is that document's number ...
TICKET_CLEAN = [
    "工单编号 13912345678 已处理完毕，请勿重复提交。",
    "報修工單 13700001234 已派工，預計明日完成。",
    "合同编号：15012345678，签订日期2025年3月1日。",
    "单据编号 18600001111 已作废，请重新开具。",
    "批号 13666667777 的产品已全部召回。",
    "本院案號 13588889999 已歸檔。",
]
# ... but a contact word nearer to it keeps it a phone number.
TICKET_PERSONAL = [
    "工单备注：客户电话 13912345678，下午联系。",
    "工单已关闭，客户手机 13700001234 回访满意。",
    "请回电 13912345678，工单已建好。",
]


@pytest.mark.parametrize("text", TICKET_CLEAN)
def test_document_numbers_are_not_phones(scanner: Scanner, text: str) -> None:
    assert "CN_MOBILE" not in _types(scanner, text)


@pytest.mark.parametrize("text", TICKET_PERSONAL)
def test_phones_beside_a_ticket_word_are_found(scanner: Scanner, text: str) -> None:
    assert "CN_MOBILE" in _types(scanner, text)


# An institution's own address after 位於/坐落 (Traditional too), also when a campus or
# site word stands between the institution and the verb, or the road pattern took the
# institution's name.
ORG_ADDRESS_CLEAN = [
    "國立成功大學光復校區位於台南市東區大學路1號，是該校的主要校區。",
    "北京大学医学部位于北京市海淀区学院路38号。",
    "浙江大学紫金港校区坐落在杭州市西湖区余杭塘路866号。",
    "香港伊利沙伯醫院位於九龍加士居道30號，是一間急症全科醫院。",
    "仁濟醫院位於荃灣仁濟街7號，服務新界西居民。",
    "台北市立動物園位於台北市文山區新光路二段30號。",
    "中山大學附屬第一醫院院區坐落於廣州市越秀區中山二路58號。",
]
ORG_ADDRESS_PERSONAL = [
    "我住在瑪麗醫院對面，地址是薄扶林道88號3樓。",
    "我家位於台南市東區大學路100巷5號，歡迎來玩。",
    "我媽出院後住在九龍加士居道28號5樓B室，麻煩寄到那裡。",
]


@pytest.mark.parametrize("text", ORG_ADDRESS_CLEAN)
def test_institutions_own_addresses_are_not_held(scanner: Scanner, text: str) -> None:
    assert "ZH_ADDRESS" not in _types(scanner, text)


@pytest.mark.parametrize("text", ORG_ADDRESS_PERSONAL)
def test_home_addresses_near_an_institution_are_found(scanner: Scanner, text: str) -> None:
    assert "ZH_ADDRESS" in _types(scanner, text)


def _chat_types(scanner: Scanner, *turns: str) -> set[str]:
    record = {"id": "1", "messages": [{"role": "user", "content": t} for t in turns]}
    (scan,) = scanner.scan_records([record])
    return {f.entity_type for f in scan.findings}


# A label announcing the rest of a number typed in pieces (后四位, 後三碼, 尾号, 最后四位是),
# in the same message or the next one, no longer keeps the pieces apart.
@pytest.mark.parametrize(
    "turns, entity",
    [
        (("我的手机是 138 2645", "后四位 1937"), "CN_MOBILE"),
        (("电话前面是 0912 345", "後三碼 678"), "TW_PHONE"),
        (("联系方式：139 1234", "最后四位是 5678"), "CN_MOBILE"),
        (("手机号 186 0000", "尾号 1234"), "CN_MOBILE"),
        (("收件人 林晓东，手机 137 5566，后四位 8899",), "CN_MOBILE"),
    ],
)
def test_numbers_continued_after_a_label_are_found(
    scanner: Scanner, turns: tuple[str, ...], entity: str
) -> None:
    assert entity in _chat_types(scanner, *turns)


@pytest.mark.parametrize(
    "text",
    [
        "第一季度营收 138 亿，后面 2645 万元来自海外。",
        "会议室 1203，后面 1205 也可以用。",
        "我们班 32 人，后面 40 人的班下学期再分。",
    ],
)
def test_counts_after_a_continuation_word_stay_apart(scanner: Scanner, text: str) -> None:
    assert not _held(scanner, text)


# A name right after a form label, a relation word (Cantonese too) or a pupil's class
# that the tagger read as an everyday word is re-read in frames where a name is expected.
LABELLED_NAME_PERSONAL = [
    "收件人 易秋实，手机待补",
    "寄件人 成思远 已付款",
    "学生游欣然今天没交作业",
    "家长向雨桐明天来接孩子",
    "姓名：时一帆",
    "户名 万可欣",
    "四年級三班的易俊希已請假三天。",
    "我細佬游家樂今日冇返學，佢發燒。",
    # A given name ending in a character of given names (妍, 涵, 岚, 轩) needs one frame.
    "家長聯絡簿：二年一班的游語彤今天咳嗽，請多喝水。",
    "联系人：应晓岚，下午两点到",
    "收件人 易思涵，电话稍后补",
    "学生游子轩今天没交作业",
    # ... and a name followed by an honorific (阿姨, 先生), without a label before it.
    # ... or opening an entry of a note or a list after a colon.
    "家長聯絡簿：游宸瑋今天在學校跌倒擦傷膝蓋，已擦藥。",
    "請假名單：應家瑋，病假兩天。",
    "粘淑芬阿姨每天早上都在公園跳土風舞。",
    "游思远先生，您预约的体检在周五上午。",
]
# ... while an everyday word after the same labels stays a word.
LABELLED_WORD_CLEAN = [
    "患者康复的速度很快，出院指导见附页。",
    "学生时代的回忆总是美好的。",
    "客户关系，很重要，要好好维护。",
    "会员马上就能享受折扣。",
    "客户万一不满意，可以全额退款。",
    "朋友成都旅游回来带了特产。",
    "患者于术后第三天下床活动。",
    "员工何时可以申请年假？",
    "三年二班的同学今天去春游。",
    "我細佬今日冇返學，佢發燒。",
    "同事安静地在工作，没人说话。",
    "朋友万分欣喜地接受了邀请。",
    "会员华丽转身成为合伙人。",
    "家长高度赞扬了老师的付出。",
    "客户于今年再次续约，合作愉快。",
    "安全经理每周检查一次消防设施。",
    "文明老师评选结果已经公布。",
    "方向师傅说这条路不好走。",
    "注意：安全第一，請戴好頭盔。",
    "提示：万一遇到火灾，请走楼梯。",
    "公告：于本周五晚上停电检修。",
    "备注：高温天气请减少户外活动。",
    "主題：文明城市，你我共建。",
    "成績：優秀，評語：成長很快。",
]


@pytest.mark.parametrize("text", LABELLED_NAME_PERSONAL)
def test_names_after_a_label_are_found(scanner: Scanner, text: str) -> None:
    assert _names(scanner, text) >= 1


@pytest.mark.parametrize("text", LABELLED_WORD_CLEAN)
def test_everyday_words_after_a_label_are_not_names(scanner: Scanner, text: str) -> None:
    assert not _held(scanner, text)


# Hong Kong estates count blocks with 第 and after a phase (第二期第五座), floors and flats
# in Chinese numerals; a phase alone is part of the estate's name, not a dwelling.
@pytest.mark.parametrize(
    "text",
    [
        "我住沙田第一城第三十二座十五樓F室。",
        "請寄到將軍澳日出康城第二期第五座三十樓B室。",
        "收件地址：黃埔花園第十二期第三座八樓A室",
        "我屋企喺杏花邨第二十座十二樓C室，有事搵我。",
        "佢住麗港城第五座二十樓G室。",
    ],
)
def test_estate_flats_with_counted_blocks_are_found(scanner: Scanner, text: str) -> None:
    assert "ZH_ADDRESS" in _types(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "太古城第一期於1976年落成，共有六十一座住宅大廈。",
        "沙田第一城共有五十二座，是香港最大的私人屋苑之一。",
        "美孚新邨分八期興建，第一期於1969年入伙。",
    ],
)
def test_estates_and_phases_alone_are_not_addresses(scanner: Scanner, text: str) -> None:
    assert "ZH_ADDRESS" not in _types(scanner, text)


# An English given name with a Chinese surname (mixed office text).
@pytest.mark.parametrize(
    "text",
    [
        "明天让 Kevin 张 把报价单发给客户。",
        "Amy王说她下周请假。",
        "这个需求找 Jason 李 对一下。",
        "会议纪要请发给 Tony 陈 和 Grace 林。",
    ],
)
def test_english_given_name_with_chinese_surname_is_found(scanner: Scanner, text: str) -> None:
    assert _names(scanner, text) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "苹果 Apple 王牌产品是 iPhone。",
        "我们用 Python 写了一个脚本，跑在 Linux 上。",
        "课本里 Peter 和 Mary 是一对好朋友，故事很有趣。",
        "新版 Windows 和 Office 都已更新。",
    ],
)
def test_english_words_before_a_surname_character_are_not_names(
    scanner: Scanner, text: str
) -> None:
    assert _names(scanner, text) == 0


# Textbook lessons and Cantonese entertainment news are public narrative ...
@pytest.mark.parametrize(
    "text",
    [
        "英语课本里李华总是在给外国笔友写信。",
        "第三课里，陈平带着妹妹去看医生，医生说没什么大问题。",
        "李克勤喺紅館開唱，歌迷排晒長龍入場。",
        "古巨基新碟派台歌好受歡迎，粉絲都話好聽。",
    ],
)
def test_textbook_and_show_business_names_are_not_held(scanner: Scanner, text: str) -> None:
    assert not _held(scanner, text)


# ... unless the text is about the writer's own people.
@pytest.mark.parametrize(
    "text",
    [
        "课文背不出来，张子涵被老师留堂了，我得去接她。",
        "李欣怡今天课文默写全对，家长请签字。",
        "我同事黃嘉敏聽日去紅館睇演唱會。",
    ],
)
def test_own_people_beside_lesson_and_show_words_are_held(scanner: Scanner, text: str) -> None:
    assert _held(scanner, text)


# News says when an office-holder or a performer acts (明天出席, 下個月開騷): a time word is
# no personal cue beside an office's title or a show of the named person ...
@pytest.mark.parametrize(
    "text",
    [
        "臺北市長蔣萬安明天將出席捷運通車典禮。",
        "外交部发言人毛宁下周将访问东南亚三国。",
        "高雄市長柯志恩下週將赴日本交流。",
        "胡樂晴下個月喺紅館開三場騷，飛一開賣就賣晒。",
        "邱子駿明年開巡迴演唱會，首站係台北小巨蛋。",
        "方靜雯主演的新片明天上映。",
    ],
)
def test_news_of_office_holders_and_performers_is_not_held(scanner: Scanner, text: str) -> None:
    assert not _held(scanner, text)


# ... while somebody going to a show, or any other personal cue, keeps the name.
@pytest.mark.parametrize(
    "text",
    [
        "林美玲下個月去紅館睇演唱會。",
        "陳家豪明天去看演唱會，門票已經買好。",
        "我同事黃嘉敏下個月去紅館睇演唱會。",
        "林美玲明天要搬家，我去帮忙。",
    ],
)
def test_people_going_to_a_show_are_held(scanner: Scanner, text: str) -> None:
    assert _held(scanner, text)


# Professional sport and its legends are public narrative; a pupil on a school team is not.
@pytest.mark.parametrize(
    "text, held",
    [
        ("王貞治是日本職棒的傳奇全壘打王。", False),
        ("陳偉殷曾是大聯盟的先發投手，也是台灣職棒的傳奇。", False),
        ("我兒子陳柏宇是學校棒球隊的球員，下週比賽。", True),
        ("球員林冠廷的家長請到辦公室簽同意書。", True),
    ],
)
def test_sport_legends_and_team_pupils(scanner: Scanner, text: str, held: bool) -> None:
    assert _held(scanner, text) is held


# From the second blind Chinese set (``--blind-zh2``), probed with new lines: rarer
# surnames, Cantonese 喺 for @, stock phrases, national teams and coaches, web-novel
# characters, an institution's address after 地址係, the tail of a dashed order code.
ZH2_PERSONAL = [
    "我爸钮建国上个月住院了，医生说要做支架。",
    "同事蒯晓东的工资条发错了，麻烦财务改一下。",
    "請寄報價單到 mandy.chau 喺 gmail.com，唔該。",
    "我女儿王小雨入选了学校女排，下周去集训。",
    "我屋企地址係香港薄扶林道102號3樓B室。",
]
ZH2_CLEAN = [
    "谢邀。先说结论：这个行业的问题不在个人。",
    "男足主教练扬科维奇公布了新一期国家队大名单。",
    "韩立和厉飞雨在七玄门相识。",
    "伊利沙伯醫院地址係九龍加士居道30號，急症室全日開放。",
    "Order #AMZ-205-3920485-7716032 已 shipped。",
]


# From the final blind set (``--blind-mix``): a network range is no split number, a form
# guide's published example id is nobody's, a romanised name after a Chinese relation.
MIX_PERSONAL = [
    "我同事 Hafiz 下个月结婚，请了两周婚假。",
    "my NRIC is S1234567D, can you check my booking?",
    # A grandparent's birth year is no history (and the bracket of an HKID said in words).
    "阿婆陳銀好1939年喺東莞出世，而家住喺老人院。",
    "阿嬤林秀琴1945年生，現在一個人住在嘉義。",
    "佢身份證係 A123456 括號 3，幫手登記一下。",
    # A singer named elsewhere does not make a private person a character, and Cantonese
    # prose (佢好鍾意...) is no verse.
    "林美玲今年三十歲，喺觀塘返工，佢好鍾意張學友。",
    "王建华在杭州做程序员，很喜欢周杰伦的歌。",
]
MIX_CLEAN = [
    "防火墙放行 10.20.0.0/16 网段的 443 端口。",
    "身分證字號欄位請依範例填寫，例如 A123456789。",
    "Example NRIC for the sample form: S1234567D.",
    "鲁迅1881年出生于浙江绍兴，原名周樟寿。",
    "李白在长安写了很多诗，婆婆说她最喜欢《静夜思》。",
    "周杰伦和昆凌在台北举办了婚礼。",
    "床前明月光，疑是地上霜。舉頭望明月，低頭思故鄉。",
]


# From the third blind Chinese set (``--blind-zh3``), probed with new lines: anonymised
# parties of judgments (张某, 李某某), placeholder and stock textbook names in a text that
# calls itself an example or a template, celebrities of today and reviews of adaptations,
# technical words that start with a surname character (哈希), "this estate's block 3" in
# a residents' notice, an institution's own site address, lottery balls.  Each clearing
# rule has near misses that must still be held.
ZH3_PERSONAL = [
    # An anonymised party with a phone, an id or a home address is still held.
    "原告张某某的手机 13912345678，请书记员联系。",
    "被告人王某，身份证号 110105198807234516，住北京市朝阳区建国路 88 号 3 栋 502 室。",
    # A real name in a template, a stock name beside a personal cue or a private person.
    "示例：姓名 刘建军，请替换为您的信息。",
    "我叫王小明，电话 13987654321，明天来面试。",
    "我儿子王小明今年上三年级，班主任说他数学不错。",
    "李华今天没来上课，他妈妈打电话说发烧了。",
    "王小明的家长请于本周五前到校签字。",
    # The writer's relation in a text about templates or examples is somebody real.
    "同事李华负责写模板，她下周休假。",
    "我儿子王小明照着范例写了一篇作文。",
    "收件人：陈大文，電話 9123 4567，地址九龍旺角彌敦道 88 號 12 樓 A 室。",
    # A celebrity's name beside a private person's, or a namesake colleague.
    "王晓燕很喜欢谷爱凌，她下周去北京出差。",
    "我同事范伟下周来面试。",
    # A flat in "this estate", a patient's home next to the hospital's address.
    "本小区 3 栋 1202 室的业主周海燕，您的快递到了。",
    "我家住在本小区 5 栋 2 单元 601 室，水管漏水请物业来看看。",
    "本院患者刘建国，住院号 20240315，家住广州市越秀区中山二路 58 号 5 栋 302 室。",
    # A MyKad spaced in pairs beside an identity-card word, even with a draw word near.
    "我的 IC 是 90 03 07 14 56 78，买彩票要登记。",
    "开奖那天我把身份证号 90 03 07 14 56 78 给了彩票店老板。",
    # A blood sample is no form sample; one's own estate's site address is a home.
    "患者王小明的血液样本已送检，结果明天出来。",
    "我住的园区地址：苏州市工业园区星湖街 328 号 6 栋 1201 室。",
    # A person's record in short clauses is no ci; a relation introduced by 名叫 is kept.
    "张建国，男，汉族，北京朝阳人，现任职于某公司。",
    "刘志强，张家口市宣化区人，现任职于某贸易有限公司，负责采购。",
    "我儿子名叫王浩宇，今年上小学二年级。",
    "有个老乡名叫赵德胜，住在我们村东头，你去找他。",
]
ZH3_CLEAN = [
    "（2024）粤0304民初5678号 原告黄某与被告吴某某房屋租赁合同纠纷一案，现已审理终结。",
    "公诉机关指控：被告人郑某某于2021年8月在某商场内窃取他人手机一部。",
    "第三人林某经本院传票传唤，无正当理由拒不到庭。",
    "新闻报道称，涉事司机刘某已被警方依法刑事拘留。",
    "合同范本：甲方 张三，乙方 李四，双方就房屋租赁事宜达成如下协议（请替换为实际信息）。",
    "樣本：申請人姓名 陳大文，香港身份證號碼請填寫本人資料。",
    "请假条范例：王小明因感冒发烧，需请假一天，望批准。",
    "阅读理解：李雷和韩梅梅周末去公园放风筝，他们玩得很开心。",
    "书面表达：假定你是李华，给你的英国笔友写一封邮件介绍中秋节。",
    "全红婵的水花消失术真的太神了，我反复看了好几遍。",
    "昨晚看了张艺谋的新片，沈腾和雷佳音的对手戏很精彩。",
    "陈奕迅的演唱会门票一秒就抢光了，我又没抢到。",
    "这部剧改编自马伯庸的原著，剧版节奏比书慢一些。",
    "林俊杰和孙燕姿同台合唱那一段，弹幕全是回忆杀。",
    "计算文件的 SHA-256 哈希值，比对后确认下载没有被篡改。",
    "前端路由配置好之后，刷新页面不会再 404 了。",
    "各位居民：本小区 5 栋将于下周二停水，请提前储水。",
    "通知：该小区2号楼楼道灯已修好，感谢大家耐心等待。",
    "本校地址：杭州市西湖区文三路 100 号，欢迎家长来访。",
    "院区地址：上海市徐汇区宛平南路 600 号，门诊时间 8:00-17:00。",
    "大乐透第 24120 期开奖结果：05 12 19 23 31 + 04 09，头奖 3 注。",
    "TOTO draw results: 07 14 21 28 35 42, additional number 11.",
    "福彩3D 开奖号码：1 5 8，七乐彩开奖：02 06 11 17 22 25 29。",
    # The same in Traditional characters (Taiwan, Hong Kong).
    "原告陳某與被告黃某某給付貨款事件，本院判決如下。",
    "履歷範本：姓名 王小明｜應徵職務 行政助理（範例，請替換為您的資料）",
    "大樂透第 113000045 期開獎號碼：05 11 23 34 40 47，特別號 19。",
    "本校地址：台北市大安區羅斯福路四段 1 號，歡迎參觀。",
    # Ci with three-character lines between lines of seven; characters of fiction after 名叫.
    "怒发冲冠，凭栏处、潇潇雨歇。抬望眼，仰天长啸，壮怀激烈。",
    "春风又绿江南岸，明月何时照我还。问君能，几多愁，恰似一江春水向东流。",
    "故事的主人公名叫陈青云，是一个被逐出师门的少年剑客。",
    "唐朝年间，长安城里有个书生，名叫李长风，家中贫寒。",
]


# From the blind zh4 and evade2 sets (first sight 0/71 leaked, 7/128 held; 2/100 held):
# a classical 某者, a building of a named estate in a notice, a department's landline, an
# author before 著 and an ISBN, executives of today, a masking example, a form's example
# phone, a shop's phone.  Near misses keep a home, one's own line, a real masked record.
ZH4_CLEAN = [
    "古文练习：李某者，楚人也，好读书。",
    "通知：翠湖花园7号楼水箱清洗，周三停水半天。",
    "如有疑问请联系教务处，电话 021-6543 2100。",
    "华为常务董事余承东称新品下月发布。",
    "《平凡的世界》（路遥著，ISBN 978-7-5302-1200-4）",
    "# 脱敏示例：138****5678",
    "表格提示：電話請填 09xx-xxx-xxx，例如 0912-000-000",
    "嗰間舖頭電話係 (02) 2720-8889，係門市",
    "全国政协主席王沪宁出席开幕式并讲话。",
    "比赛第89分钟，武磊头球破门，扳平比分！",
    "本所律师事务所位于北京市朝阳区建国路88号，欢迎来访。",
    # From --blind-zh6: a wizard of fiction in Chinese, a temperature scale.
    "哈利·波特和赫敏在图书馆里查资料。",
    "把 100 华氏度换算成摄氏度。",
    "小说里的主角林晓东住在杭州，每天骑车去码头。",
]
ZH4_PERSONAL = [
    "我家在翠湖花园7号楼，周三停水吗？",
    "有事打我电话 021-6543 2100",
    "客户138****5678投诉物流太慢",
    "我屋企電話係 (02) 2720-8889",
    "例如我的手机 13812345678",
    "王建华和周杰伦合照了，我好羡慕",
    # From --blind-zh5: a claims form's insured person (a namesake of a singer too).
    "报销单：被保险人王淑芬（1962年生）住院费用2.1万元，诊断为肺炎。",
    "我家位于上海市浦东新区世纪大道100号5栋1201室",
    "我给你讲讲我同事王建华的故事，他上个月住院了。",
]

# Session 7 (causes behind --blind-zh7 and --blind-evade4, probed with new lines): a work
# in title marks summarised, acted or sung; word problems; a measure word after a pronoun;
# a famous figure of the past with 先生; nicknames after a relation word.
ZH5_CLEAN = [
    "查询库存结果：华南仓可用 12 件，华东仓还有 37 件。",
    "请写一篇微型小说，主人公林默是一名夜班保安。",
    "帮我写一段科幻小说的开头，人物是宇航员周远。",
    "李阿姨把5万元存了两年，年利率3%，到期利息是多少？",
    "《流浪地球》里刘培强的结局是什么？",
    "帮我看看代码为什么报错：user = {'name': '李四', 'phone': '13800000000'}",
    '单元测试里 assert mask("13712345678") == "137****5678" 为什么失败？',
    "寫一個短篇故事，主角是一隻叫阿寶的狗。",
    "《漫长的季节》9.4分，范伟演的王响太让人心疼了。",
    "读完《傲慢与偏见》觉得伊丽莎白的成长才是全书重点。",
    "台南的阿松割包一個50元，排隊大概15分鐘。",
    "昨晚火箭一百零五比九十八擊敗太陽，杜蘭特拿了三十二分。",
    "客服專線 4066-3000，手機請撥 0912-345-678，這是官網公布的號碼。",
    "請摘要張愛玲《傾城之戀》：白流蘇離婚後回到娘家，在范柳原的追求下到了香港。",
    "電影《無間道》中，劉德華飾演臥底警察陳永仁的上司黃志誠的線人。",
    "〈月亮代表我的心〉是孫儀作詞、翁清溪作曲的歌。",
    "陳老師有36枝鉛筆，平分給9位學生，每人分到幾枝？",
    "李叔叔買了3箱蘋果共花了450元，每箱多少元？",
    "我張八達通唔見咗，點補領？",
    "市民如有陳情案件，可撥打1999。",
    "魯迅先生生於一八八一年，卒於一九三六年。",
    "《紅樓夢》第三回寫林黛玉初進榮國府，見到了賈寶玉。",
]
ZH5_PERSONAL = [
    "华东明的电话打不通，他欠我三万块。",
    "我同学 刘 晓 明 最近得了抑郁症，一直请假。",
    "我外公陈国华最近中风住院，医生说要做手术。",
    "王建华存了5万元，他说利率太低了，我该怎么劝他？",
    "《流浪地球》上映那天，我表哥陈志强在电影院门口被车撞了。",
    "收货人 李 美 玲，地址是杭州市西湖区文三路 88 号 3 幢 502 室。",
    "林美玲昨天吃了火鍋後腹瀉住院。",
    "我老婆看完《狂飙》后说，她表哥陈建华住在京海市中山路12号。",
    "我兒子陳小明今天比賽拿了20分，好開心",
    "請打給我 0912-345-678，這是我的號碼。",
    "我室友小琪最近被診斷出憂鬱症，不肯去看醫生。",
    "我老公阿華欠了卡債五十萬，每天被催收。",
    "陳大文住院10天，保險可以賠多少？",
    "我同事阿明每個月薪水3萬，欠了20萬，要幾年才還得完？",
    "鄭先生（住第三座12樓B室）表示其妻正接受化療，請求延期繳費。",
    "楊志偉先生生於一九八六年，現住沙田第二座，電話未提供。",
    "林美玲昨晚看了《花樣年華》，她說下週要去醫院覆診。",
]


# Round 10 (blind-mix5, blind-zh11, blind-evade6): Cantonese particles after a name, a
# Hong Kong fixed line, a spaced-out messaging id, a two-letter HKID in numerals, a given
# name addressed; and works' characters, viewers' reactions, bedroom counts, places and
# public bodies' lines that are no one's.  Written by the lead, not copied from the sets.
ZH6_PERSONAL = [
    "我老婆何美玲俾老闆炒咗，而家失業喺屋企",
    "佢屋企電話係 2381 4567，有咩事打去搵佢",
    "加我WeChat：l i u _ j i a h u i 8 8，我係你表姐",
    "佢身份證係 YK 三五七二四一 括號九，申請緊公屋",
    "雅婷，妳上次的抽血報告出來了，醫生說要複診。",
    "看完《流浪地球》我一直哭，我老公黄志强却睡着了",
    # Round 11: a Taiwan plate after 車牌, an id with a wrong check character after 身份证.
    "那台撞了我就跑的車，車牌ABK-7731，有目擊者請聯絡我。",
    "身份证号码是 440106 1988 0523 4172，麻烦帮我登记",
    # Round 12: a name after an insurance label, before 体检.
    "理赔审核：被保险人邓志明体检发现肺结节，投保前未告知。",
    # Round 13 (blind-zh14): a pupil named after a class like 4C, a member of staff named in
    # English before a Chinese name.
    "致 4C 班林曉彤家長：校方得悉令郎近日經常缺課，請盡快聯絡班主任。",
    "Please prepare a warning letter for our staff 陳嘉豪 about his late attendance.",
    # Round 14: a list after a title that is no office; a reversed number said so.
    "我们小区保洁员王桂香、李秀英、张淑芬这个月工资还没发。",
    "他的身份证号我倒过来写给你：X93302807991029135 别外传",
    # Round 15: a colleague's or the writer's work name (小周, 小蒋) with a private matter.
    "人事部的小周最近在办离婚，大家别问了。",
    "我是小蒋，我爸住院做手术，想请三天假。",
    # Round 16: a Taiwan date is no history; a person pointed at by surname, a name written
    # backwards, a romanised name after a label.
    "病歷：林志豪，民國95年7月2日生，診斷為氣喘。",
    "我们单位姓“弓长”的那位会计，听说欠了高利贷。",
    "倒过来念：军建李，就是他挪用了公款。",
    "收货人 Zhāng Lìhuá，地址写在订单里，她刚做完化疗。",
    # Round 18: a home address is a home's even where opening hours are talked of; a
    # Macau card read out with its bracket in words.
    "我家住广州市天河区体育西路123号5栋702，周末营业时间我都在家。",
    "[職員] 請講身份證號碼 [客人] 一 三 四 二 六 七 八 括號 五",
    "我家在上海市徐汇区漕溪北路88号5号楼302室，对面是公园。",
    "快递放在南京市鼓楼区中山路18号2栋1501室门口就行。",
    # Session 11, round 21 (blind-zh22, blind-chat10, blind-mix13): an elder's line after a
    # clinic's record, a Taiwan id with a wrong check digit after its label.
    "診所覆診紀錄：伯伯（電話 9123 4560）下星期再量血壓。",
    "我的身分證字號是 C180345673，麻煩幫我填表",
    # ... (blind-chat11) an HKID with a wrong check character after its label; a name whose
    # surname the tagger reads as a word (区 "district") after an insurance label.
    "佢身份證 Z 683412(6)，幫我填表",
    "受保人 區志強，上個月做咗手術",
    # Round 22 (blind-evade12, blind-zh23): numerals split by tildes, a mother's id with a
    # wrong check character a few words after its label.
    "陈～志～强，一三九～二二一八～四四六〇，就是楼下开面包店的",
    "我爸的身份证号你记一下：330106196507128813",
    # Round 23 (blind-mix15): a patient's record rewritten in plain words is no story.
    "指令：把这段病历改写成通俗语言。输入：患者 钱美华，女，52岁，糖尿病。",
    # Round 24 (blind-zh25): a building's number before a flat in an estate.
    "流调：病例王某，家住浦东新区金桥镇碧云花园12号301室，曾到超市购物。",
]
ZH6_CLEAN = [
    # Session 11, round 21: where a place is located, a bank's notice to its customers, an
    # office-holder named before the office.
    "信義威秀影城位於台北市信義區松壽路20號，週末要早點訂票。",
    "【恒生】本行不會以短訊要求客戶提供一次性密碼，如有疑問請致電 2822 0228。",
    "李家超特首今日出席活動。",
    # ... an ingredient counted in a recipe.
    "电饭煲做法：白米2杯，清水2.4杯，浸泡半小时。",
    # ... a form's sample said to be invented, a district's government as a recipient.
    "填表示範：姓名欄填「陳小明」，身份證號碼 B765432(1)，此為虛構樣本。",
    "收件人：区政府办公室",
    # Round 22: a library's branch where it is, a company's registered address, a road
    # and a house named after a writer, an e-mail address spelled out at a demo domain.
    "广州图书馆北馆在白云区云城西路8号，下月开放。",
    "注册地址：北京市海淀区中关村大街1号，详见营业执照。",
    "沿着鲁迅中路走到底就是鲁迅故居。",
    "售后邮箱：support 艾特 example-shop 点 com（示例）",
    # Round 23 (blind-zh24): a family's mansion and a night market where they are; a
    # pinyin exercise on a textbook sentence.
    "林家大屋在草堆街12號，現為展覽館，入場免費。",
    "寧夏夜市在大同區寧夏路58號，晚上才開。",
    "课堂练习：把“我叫李小红，今年九岁”改写成拼音。",
    # Round 24: a breeding base where it is.
    "西安秦岭野生动物园繁育基地在长安区环山路1号。",
    # Round 18: premises open to the public by their opening hours or their kind (a
    # service centre, a theme park, a public office's line).
    "市民服务中心地址：广州市天河区体育西路123号，办公时间为工作日9:00-17:00。",
    "欢乐谷位于深圳市南山区侨城西街18号，开放时间9:30-22:00。",
    "税务服务大厅办公时间：周一至周五；咨询电话 020-8311 2345。",
    # Round 19: a university office's own contact lines, an address ending in the office
    # it is, a school subject, a body's short name, a school office's line.
    "南湖大学招生办公室电话：027-8123 4567，邮箱 zsb@nhdx.edu.cn，地址：武汉市江夏区大学路1号。",
    "申请材料请寄至：南京市鼓楼区汉口路22号研究生招生办公室。",
    "期末考试安排：华文6月3日，数学6月4日。",
    "董总今年继续主办独中统考。",
    "如需查询请联系学校总务处，办公电话 03-7781 2345。",
    # Round 20: a photo spot opposite an address, a shop closed on a weekday.
    "打卡外滩，最佳机位在中山东一路18号对面。",
    "这家店的地址是广州市越秀区北京路88号，周二公休。",
    "《甄嬛傳》入面華妃同甄嬛嘅對白真係經典",
    "看《琅琊榜》第十集看到我一直哭，梅長蘇太慘了",
    "【放盤】將軍澳日出康城 2 房，實用 520 呎，叫價 $780 萬",
    "巴打，呢部相機值唔值得買？",
    "房屋署公共服務通告：查詢電話 2835 1473，辦公時間致電。",
    "飛往溫哥華嘅航班今晚延誤兩個鐘",
    "示範帳號 111-111111-111 只供教學用",
    "GB 11643 的示例号码 11010519491231002X 用来讲解校验位",
    # Round 11 (blind-zh12, blind-chat7): public bodies' lines after a hotline, a receipt
    # lottery's number, a public body's address, a stall named after its owner, places
    # named after people, cartoon characters, generated names.
    "勞保局服務專線請撥(02)2396-1266，上班時間有專人接聽。",
    "今年5-6月統一發票特別獎號碼為58312907，請於期限內兌獎。",
    "行政院地址：臺北市中正區忠孝東路一段1號。",
    "[食記] 高雄 阿明肉粽：一顆45元，排隊半小時。",
    "西湖边的杨公堤春天最美，苏堤也不错。",
    "迪士尼樂園裏可以同米奇合照。",
    "用 Faker('zh_CN').name() 随机生成的姓名，例如刘洋、陈静，都不是真人。",
    # Round 12 (blind-zh13, blind-mix6): a template's surname and title, Cantonese 仲,
    # a Michelin star.
    "示例工单：联系人：李女士，电话：1xx-xxxx-xxxx，报修内容：水管漏水。",
    "呢間茶餐廳開咗三十年，奶茶仲係咁滑",
    "呢檔雲吞麵攞過米芝蓮推介",
    # An office holder named again without the title.
    "外交部长王毅会见来访客人。王毅表示，双方将加强合作。",
    # Public buildings' addresses in brackets, a tribunal's claimant, a demo form, a legend.
    "九龍城裁判法院（九龍城亞皆老街20號）明日暫停開放。",
    "勞資審裁處判申索人勝訴，僱主須支付欠薪。",
    "示範表格（僅供參考）：戶口號碼 123-456789-002。",
    "张保仔相传在长洲藏宝，如今成了旅游景点。",
    # Session 9, round 14 (blind-zh15, blind-mix8, blind-evade8): a novel's and a drama's
    # people in a reader's verdict, a space crew listed after its title, an amount in
    # financial numerals, a masked example after 如, a test's expected mask.
    "《繁花》二刷了，阿宝和汪小姐那段还是最好看。",
    "神舟十七号乘组汤洪波、唐胜杰、江新林返回地球，状态良好。",
    "发票金额：人民币陆佰伍拾元整。",
    '接口只返回手机号后四位，如 "*******5678"。',
    "self.assertEqual(mask_phone('13912345678'), '139****5678')",
    # Round 15 (blind-zh16): a job's place of work, a CEO named by the English title.
    "招聘启事：工作地点：深圳市南山区科技园路1号 创新大厦5楼。",
    "公司CTO王强在发布会上介绍了新产品。",
    "新任CFO陈明在会上表示，融资工作由其本人负责。",
    # Round 16 (blind-zh17): a triage word, an expert by post, a drama's lead, a form's
    # example value.
    "急症室分流：危急及危殆個案會即時處理。",
    "港大醫學院講座教授黃家明在記者會上表示，疫苗供應充足。",
    "劇中男主角陳浩是一名急診室醫生。",
    "表格填寫說明：姓名欄請填全名，例：陳大文。",
    # Round 17 (blind-zh18): a drug maker's production address, a hospital's own lines, a
    # recruiting mailbox after its label, a famous foreigner's illness.
    "【生产企业】生产地址：江苏省苏州市工业园区星湖街218号",
    "本院投诉电话：020-83827812，工作日8:00-17:30。",
    "举报邮箱jubao@example-hospital.org.cn（本院纪检监察室）。",
    "本院招聘报名邮箱zhaopin@gzfy-hospital.cn，截止日期8月1日。",
    "巴菲特在股东信中谈到了自己的健康状况。",
]


# Round 25 (session 12): landmarks located with 在 or a bare 地址, a tribunal, a brand,
# a translation, a founder, a listed company's officers, a parcel's recipient.
ZH7_CLEAN = [
    "雷峰塔在西湖区南山路15号，傍晚人比较少，门票四十元。",
    "十三陵在昌平区长陵镇8号，建议包车前往。",
    "芦笛岩洞在秀峰区芦笛路1号，洞内常年恒温。",
    "国家大剧院地址西城区西长安街2号，演出前一小时开放检票。",
    "仲裁庭认为，被申请人应当承担违约责任。",
    "就是这款戴森吹风机，别买错型号了。",
    "《小王子》有马振骋译本和周克希译本，我更喜欢后者。",
    "腾讯控股年报显示，刘炽平先生为总裁兼执行董事。",
    "老干妈是陶华碧创办的品牌，辣酱很好吃吗？",
    "小米汽车发布会上，雷军和李书福同台讨论电动车出口。",
    # Round 26: Cantonese 喺, restaurants and sights, booking lines, shop directories.
    "深水埗北河街 98 號地舖嘅豬潤麵好正，開到凌晨兩點，唔收訂座。",
    "灣仔軒尼詩道 302 號嘅茶餐廳，菠蘿油 $16，朝早 7 點開門。",
    "大館喺中環荷李活道 10 號，前身係中區警署建築群。",
    "尖沙咀加連威老道 44 號 2 樓嘅泰菜，午市套餐 $88。",
    "中環威靈頓街 32 號嘅燒鵝飯 $78，排隊排咗 40 分鐘。",
    "銅鑼灣利園山道 28 號 12 樓嗰間日式燒肉，人均 $480，訂座電話 2577 3186，記得講明要窗口位。",
    "| 門市 | 地址 | |---|---| | 誠品信義店 | 台北市信義區松高路 11 號 |",
    # Round 27: a writer's own story and its made-up places.
    "我写的小说主人公叫沈青禾，住在虚构的临江市梧桐巷17号，是一名开夜班出租车的司机。",
    "科幻小说设定：公民编号2049-07-113，隶属第三生态穹顶，主角是机械师陆星遥。",
    "我正在寫一篇武俠小說，主角叫葉無塵，身上帶著一塊玉牌。",
    # Round 28: an office ending in 所, counter hours, tickets, a shop's hours, a shop's IG.
    "臺北市區監理所地址為台北市松山區八德路四段21號，週一至週五08:30至17:00受理臨櫃業務。",
    "台北101觀景台位於89樓，全票600元，地址台北市信義區信義路五段7號，購票洽詢02-8101-8800。",
    "林東芳牛肉麵（台北市中山區八德路二段322號）營業到凌晨，桌上的牛油辣醬可以自己加。",
    "這間早午餐店週二公休，訂位請撥02-2700-5566或私訊店家IG @sunnyside.brunch.tw。",
    "Galaxy S24 Ultra 撥*#06#就能查IMEI，賣二手前記得先登出帳號。",
    # Round 29: schools' admissions lines, sites and mailboxes; a transliterated name's dot.
    "南山区实验外国语学校：地址 南山区后海大道 3076 号，招生办电话 0755-2663 8190。",
    "西湖区文渊幼儿园秋季招生，园址 西湖区文一西路 588 号，报名电话 0571-8516 3307。",
    "学校官网 www.example-school.edu.cn，招生邮箱 zhaosheng@example-school.edu.cn。",
    "爱新觉罗·溥仪是清朝最后一位皇帝。",
    "国家图书馆总馆南区在中关村南大街33号，办读者卡带身份证原件即可。",
    "上海中心大厦在陆家嘴环路501号，东方明珠斜对面最高的那栋楼。",
    # Round 30: medicines opening with a surname character, a hospital's desks.
    "与华法林合用时可能增强抗凝作用，应定期监测。",
    "孕早期每天补充叶酸0.4毫克，黄体酮按医嘱使用。",
    "春节期间仅开放急诊，急诊24小时电话010-69159120。",
    # Session 13, round 32: fan culture, live streams, e-sports commentary, fan fiction, a
    # singer's quoted words, a public body's station or bureau and its address.
    "6月6日蔡依林生日，多个地铁站将点亮应援大屏。",
    "主播阿敏今晚八点开播，直播间抽奖送三台耳机，礼物榜前十有周边。",
    "解说：“这一波兰博开大切进后排，直接秒了两个人！”",
    "CP向，云深×夏言，OOC预警，不喜勿入。",
    "张杰在演唱会上说：“今天晚上，我们一起唱到最后一首歌。”",
    "海淀区救助管理站24小时接收走失人员，地址：永丰路19号。",
    "西城区民政局，地址：西直门南小街88号。",
    # Round 34 (zh35, evade16): a job advert's and an employer's address, a ministry with its
    # address in brackets, a museum's and a bookshop's address in a post with spaces and
    # emoji, a placeholder WeChat id.
    "【急徵】門市人員｜晨光烘焙坊｜時薪 200 元｜台中市西屯區台灣大道三段 99 號｜可排班",
    "投保單位名稱：晨光烘焙坊有限公司，單位地址：台中市西屯區台灣大道三段 99 號。",
    "勞動部（臺北市大同區延平北路二段 83 號）公告：最低工資自明年 1 月 1 日起調整。",
    "周末带娃去了 上海科技馆 🚀 ，世纪大道 2000 号 ，学生 半价",
    "誠品書店 敦南店 地址：台北市大安區敦化南路一段 245 號 ，營業 時間 10:00-22:00",
    "违规示例（已脱敏）：「加V：XXXXXX」会被系统拦截。",
    # Round 35 (zh36): a bank's overseas line, a branch's line and its move, a bulletin's
    # victim by surname and title, an office holder by a committee post.
    "中国建设银行客户服务热线95533，境外请拨+86-10-95533。",
    "杭州文二路支行 地址：杭州市西湖区文二路88号 电话：0571-88886666（对公业务）营业时间：周一至周五",
    "警情通报：2025年5月，某区市民王女士接到自称“客服”的电话，先后转账5万元。",
    "全国人大财经委原副主任委员陈立平在论坛上表示，应完善个人破产制度。",
    "网点迁址公告：本行南京新街口支行自3月1日起迁至南京市秦淮区中山南路1号，原址停止对外营业。",
    # Round 36 (zh37, mix24): parties told apart by 甲乙, a court's and a legal-aid centre's
    # lines, an arbitration body's filing mailbox, a police unit's and a museum's address.
    "婚生女李某乙（2016年出生）由原告李某甲抚养，被告每月支付抚养费2000元。",
    "深圳市南山区人民法院立案庭 电话 0755-26608888，传真 0755-26608800。",
    "杭州市滨江区法律援助中心：江南大道3850号，值班电话 0571-87702345。",
    "深圳国际仲裁院秘书处 受理邮箱：lian@scia-arb.cn，请在附言写明案号。",
    "成都市公安局交通管理局事故处理大队（一环路片区）地址：青羊区西大街1号，24小时报警电话 122。",
    "孙中山纪念馆本周末免费开放，还有导赏团，地址是中环半山卫城道7号。",
    # Round 37 (chat18): people a model text says are made up, a building named after a donor.
    "【范文·人物均为虚构】王老师：我是三年级二班的小明，因发烧38.5℃需请假一天，望批准。",
    "示例简历（虚构人物）：李小白｜男｜1998年｜电话 138-0000-0000",
    "北京大学法学院陈明楼一楼的法律援助协会每周三下午提供免费咨询。",
    # After round 38: an office-holder's courtesy title (醫生, 先生) after the name.
    "食物安全中心主任何玉賢醫生提醒市民，生吃海鮮有感染風險。",
    "公司董事长、法定代表人刘志强先生因工作调整辞去董事长职务，仍担任公司董事。",
]
ZH7_PERSONAL = [
    "我家在西湖区南山路15号3单元502室，快递放门口就行。",
    "腾讯控股年报显示，刘炽平先生为总裁兼执行董事，联系电话13812345678。",
    "收件人係方太 9621 4483，個女方芷瑩讀中二，佢話女兒有焦慮症。",
    "张伟先生为本公司员工，住在朝阳区建国路88号3号楼1201室。",
    "我住喺尖沙咀加連威老道 44 號 2 樓，嚟緊請大家食飯。",
    "送外賣去荃灣沙咀道 51 號，人均 $52。",
    "我訂座用嘅電話係 2577 3186",
    "| 姓名 | 地址 | | 王小明 | 台北市信義區松高路 11 號 5 樓 |",
    "已經過咗 $1,350 去你 FPS 6288 1937",
    "邊個架白色 Tesla 車牌 LV 8213 泊咗喺 B1",
    "我写的小说给了我妈看，她叫王秀英，住在杭州市西湖区文三路5号3单元201室。",
    "这次活动的主角是张伟，他明天生日。",
    "HR notes: 曾小凤 需要每周三下午请假复诊。",
    "我的住所地址為台北市松山區八德路四段21號5樓之3。",
    "王*明的电话已经改了，明天打给他。",
    "陈.晓.东，幸福里小区南门进去第二栋，一零零三室，欠我三万八一直没还",
    "謝·淑·芬在台中榮總洗腎，家住逢甲夜市旁邊巷子進去第三間",
    "我家住址 西湖区文一西路 588 号 3 单元 501 室",
    "我家在中关村南大街33号5号楼201室",
    "身份证前十四位 44030519900307，后四位 1236，请核对",
    "身份证前十四位 11010519880722，后四位 031X，麻烦帮我查一下。",
    "我在急诊科上班，我的电话010-69159120",
    # Session 13, round 32: a nickname's owner by the real name, with a health matter.
    "群里的团子（真名司徒敏）最近住院了，大家别催了。",
    # Round 33: whom the writer says somebody is called, in words history questions use.
    "他叫柏子轩，今年19岁，在佛山送快递，这会不会影响他找工作",
    # Round 34: a WeChat id after the one-letter shorthand.
    "我爸 陈 国强 58 岁 肾衰竭 在湘雅医院排队 ，病友群加我 v：cgq_papa58",
    # Round 35 (chat17): a name the tagger took with its courtesy title (何國樑叔叔).
    "我哋屋企樓下嘅陳志強叔叔（住黃大仙下邨）原來有肺癌，佢唔想俾人知",
    # Round 37 (zh38, chat18): a number after a calling verb in a long appeal; the last four
    # digits of a resident id.
    "搵人！我阿嫲區秀英今朝喺橫頭磡邨宏德樓屋企行咗出去，有認知障礙，著藍色外套，有見到請打6273 4418！",
    "帮我写情况说明，我是喻成林，身份证后四位0113，在解放碑那家星巴克当店长",
    # ... an office-holder of the writer's own with a contact.
    "我哋區議員陳家明先生電話係 9123 4567，有事搵佢",
]


# Session 14.
ZH8_PERSONAL = [
    # Older leaks: a pupil named after the form (高二) and said to be pregnant; a car said
    # to be somebody's, by its Malaysian plate.
    "高二游佳蓉懷孕約14週，經家長同意後安排彈性學習，請各任課老師協助保密",
    "我ex的车是WYB 4821 Myvi putih, 每天停在Pangsapuri Seri Ria Block C楼下",
    # ... and their near misses: the writer's own family home, the writer's own masked card.
    "我外公1931年住在福山路3号，现在我舅舅一家还住在那里",
    "我的卡 6222 **** **** 3381 昨晚被盗刷了两笔",
    # Round 44 (evade20): a patient list's name before sex and age.
    "病床⑧ 陈美华 女 72岁 诊断：高血压三级",
    # Round 45 (zh46): a workplace text's 影響 KPI is no history word; a famous name after
    # a form's label is a namesake's; a Labour Tribunal claimant (申索人) before 訴.
    "表現評估：何美琪因抑鬱症請咗20日病假，影響KPI，建議唔加人工。",
    "申請人劉德華 2018 年因醉駕被判社會服務令。",
    "LBTC 1234/2025 申索人陳志明 訴 順豐物流有限公司，申索欠薪。",
    # Session 15, round 46 (zh47): a small streamer's pay and a streamer's real name with a
    # court's sentence, in text about live streaming (主播 alone marks it public).
    "小主播林晓雯跟公会签的保底才两千五，她说上个月直播了两百多个小时",
    "那个女主播糖糖本名钟思琪，去年酒驾被判了拘役四个月",
    # An older leak (zh16): an HR note's clauses of seven characters read as verse; modern
    # words (工作, 孩子, 决定, 发展) mark them prose.
    "许斌的辞职原因：太太在杭州工作，孩子明年上中学，决定回杭州发展。",
    # Round 47 (zh48): a neighbour's fall beside a hospital named after a famous figure
    # (馬偕), which made the text literary.
    "各位鄰居，5鄰的秀琴姨（陳秀琴）昨天在浴室跌倒骨折，現在住馬偕7樓。",
    # Round 52: a Republic year of today's Taiwan (民國一一三年) is no year of history.
    "判決書：被告林志明應給付原告王淑芬新臺幣五十萬元，自民國一一三年三月一日起計息。",
    # Round 54: a company officer's pay on a payroll is his own, whatever his office.
    "12月工资条：法定代表人钱立伟，应发工资38,000.00，实发30,120.50，卡号尾号4471",
    # Round 59: a home's address after the writer's own label keeps its reading.
    "我住的地址：12 Jalan Ampang, 50450 Kuala Lumpur",
    # Round 60 (evade26): a name with invisible joiners between its characters.
    "我们楼的王\u200d桂\u200d芳阿姨查出糖尿病，下周住院。",
    # Round 61 (zh62): a hiring record's candidate, whom the tagger reads as a word.
    "人事备注：拟录用 高明远，期望年薪30万，背调未发现问题。",
    "拟聘用 高远航，期望月薪两万，背调显示曾被前东家警告。",
    # Round 62 (zh63): a civil case's parties, whatever words of history the text uses.
    "原告周丽华主张被告吴国平返还借款，其母生前曾作担保。",
    # Round 64 (zh65): a disciplinary decision on a staff member, whatever their post.
    "关于对信息学院副教授邓立群学术不端行为的处理决定：经查，邓立群在论文中抄袭他人成果，给予记过处分。",
    # Round 66 (zh67): a tour's guests by their label.
    "儿童游客孙小满，2015年出生，对海鲜严重过敏。",
    "乘客钱多多，2018年出生，需要儿童座椅。",
    # Round 67 (zh68): an office-holder's family's private matter.
    "业委会主任刘国强说他母亲脑梗住进了市一医院，下周例会暂停。",
    # Session 18 (zh68 leftovers): a surname and 某 after a flat's number; a titled name
    # the tagger glued onto a flat's number.
    "巡查记录：5栋1单元302室住户孙某多次在楼道堆放杂物，已上门劝导。",
    "7号楼1101钱老师家的老人是阿尔茨海默病，走丢过两次，大家见到帮忙留意。",
    # Round 69 (evade30, zh70): a payroll's row with its cells set apart by spaces; a name
    # told in its two parts.
    "姓名 性别 科室 岗位工资 0332 邹志远 男 财务部 9,800.00",
    "会员资料：姓龚，名雨桐，1995年3月2日生，手机尾号8821，办了两年私教卡。",
    # Round 71 (zh72): a list of pupils not to read out in class (公開唱名 is no concert).
    "獎學金名單：八年三班 陳柏宇（中低收入戶），請勿公開唱名。",
    # Review of session 18: a desk clerk's own mobile after the desk's name is no desk line.
    "服务台小王手机13812345678，有事找她",
    # Round 76 (zh77): a block, its floor and its flat, whatever the estate's name ends in.
    "佢阿媽住喺馬鞍山迎海3座12樓A室，行動唔方便",
    # Round 77 (zh78): a runner in a medical station's report (sex and age, a medical
    # history) is no athlete in the news; a report's short clauses are no verse.
    "15公里医疗点：B30215号选手郑伟峰，男，38岁，抽搐倒地，已送医院。",
    "选手马俊杰胸闷，有心脏病史，已转送医院。",
    # Round 79 (zh80, chat41): a student's family means (优先考虑 is no tomb's 先考); a
    # colleague whose surname and given name read as 王子 "prince".
    "评语：沈佳怡家庭经济困难，母亲患病，建议优先考虑助学金。",
    "我同事王子健之前被上家公司起诉过，要不要告诉HR？",
    # ... and a home on a road called 和平 ("peace").
    "我家住和平西路三段120號5樓",
    # (a plot's 情节 is public talk, a case's 情节严重 is not: review of session 20)
    "经查，李强醉驾情节严重。",
    "王磊盗窃情节轻微，不予起诉。",
    # (an order's delivery address beside a discount is no shop's notice: review of session 20)
    "收货地址：朝阳路5号3单元502，全场8折",
    # Round 83 (en84, zh84): a person who sues a company is no part of its name; 贝 as
    # a surname.
    "业主林秀珍起诉物业公司，要求退还多收的停车费。",
    "应聘者贝思远体检发现乙肝表面抗原阳性，建议复查。",
    # Round 85 (mix48): a helper's Filipino name in Cantonese text.
    "我家姐姐 Rowena Santos 上週入院做手術，唔想俾中介知。",
    # Round 88 (mix50): a romanised name after a kin's word in Cantonese.
    "我老婆 Catarina Leong 上個月入院。",
    # Session 21 (zh94): a record's label before a name whose surname is also a verb (祝).
    "会员档案：祝海洋，出生日期1995-07-21，既往左膝半月板损伤。",
    # Rounds 95-96 (zh96): a party's legal claim (主张赔偿) is no historical doctrine.
    "当事人韩美玲被公司辞退，她想主张违法解除赔偿金。",
    # Session 21, older leaks: a surname the tagger split off after a job's word (护士区佩欣);
    # a name in a no-break space (陈\u00a0静); a name opening a line before an age alone;
    # a volunteer's 師姊.
    "前登记护士区佩欣涉嫌偷取吗啡，被控盗窃罪。",
    "财务部的陈\u00a0静体检报告：乙肝阳性，请勿外传",
    "連芷涵 38歲 試管療程中。",
    "志工黃阿秀師姊因為乳癌在化療，先暫停服務。",
    # Rounds 97-98 (evade45, mix55): 佢叫 with an English name first, and 將軍澳 is no general;
    # a car's plate after 架車; an id beside a bar in decoded base64 is not run into the phone.
    "佢叫 Kelly Chan 陳嘉欣，1997年6月3號生日，住將軍澳",
    "李國強架車TK 8821成日泊喺後巷，點投訴？",
    "uid=5521 profile_b64=546L5Li95aiffDQ0MDEwNjE5ODgwNTIzNDE3M3wxMzgxMjM0NTY3OA== src=app",
    # (guard: a party suing a company is no part of its name)
    "原告汪晓峰诉宁波某物流有限公司工伤赔偿纠纷，原告腰椎受伤。",
    # Rounds 99-100 (zh100): a company suing a person (公司诉韩立新: not the novel's 韩立); a
    # buyer whose surname is 于.
    "上海某中介有限公司诉韩立新居间合同纠纷，被告欠中介费5万元。",
    "买方于海燕为视力一级残疾，申请契税减免。",
    # Rounds 103-104 (zh103): a block, a unit and a flat by numbers after the estate.
    "快递放北京市朝阳区望京路远洋小区3-2-1201门口，钥匙在地垫下。",
    # Rounds 105-106 (zh106, mix59, evade49): an age in brackets after a name in a fleet's
    # note (车队 is no motor sport); a party suing a clinic; a name in HTML references,
    # quoted-printable mail and JSON escapes.
    "车队调度备注：马成林（61岁）有糖尿病，只排白班。",
    "區域法院：何嘉欣訴觀塘某牙科診所，指脫牙後神經受損。",
    "<td>&#29579;&#24314;&#26032;</td><td>M/61</td><td>type 2 diabetes, on insulin</td>",
    "=E5=BC=A0=E4=BC=9F=E6=98=8E=EF=BC=8C=E6=82=A8=E5=A5=BD=EF=BC=9A=E6=82=A8=E7=9A=84=E4=BD=93=E6=A3=80=E6=8A=A5=E5=91=8A=E6=98=BE=E7=A4=BA=E4=B9=99=E8=82=9D=E9=98=B3=E6=80=A7=E3=80=82",
    '{"msg":"\\u542c\\u8bf4\\u4ed3\\u5e93\\u7684\\u9ec4\\u5fd7\\u5f3a\\u56e0\\u4e3a\\u9152\\u9a7e\\u88ab\\u5224\\u4e86\\u62d8\\u5f79\\u3002"}',
    # Rounds 107-108 (zh108): a famous name in an income certificate is an employee's.
    "收入证明：刘翔 2026年9月 实发工资 12,300 元。",
    # Rounds 109-110 (zh110): a seller on a platform is a data subject whatever the
    # concert in the line.
    "卖家刘建国在闲鱼虚构出售演唱会门票，被法院以诈骗罪判处有期徒刑一年。",
    # Rounds 113-114 (guard): a person's name in the cell before an address.
    '"王小明","上海市徐汇区枫林路180号5栋302"',
    # Rounds 115-116 (zh115): a residence hall named 紀念堂 with its block after it is an
    # address, no history.
    "明華紀念堂 C 座 305 嘅黃子謙上星期急性盲腸炎入院，宿位保留。",
    # Rounds 117-118 (zh117, zh118): a yearbook's erratum (纪念册 is no commemoration); a
    # course named 共读 in brackets.
    '毕业纪念册勘误：第12页"邓志鹏"应为"邓智鹏"，2001届3班，现在区法院工作。',
    "講師聘任紀錄：擬聘 黃怡君 為「親子繪本共讀」講師，惟其曾因缺課遭他校解聘。",
    # Rounds 119-120 (zh119): a merit roll's private donors with the sum they gave.
    "功德芳名：黄志文、黄李秀英伉俪捐资人民币伍万元整，修建村道，特此勒石。",
    # Rounds 121-122 (zh122, zh121): 影响 of somebody's own application is no history; a
    # receptionist by 小 and her surname with a check-up's finding.
    "黄国平 福州人 上周在台中被开了超速罚单，车是在台中租的，他问这张罚单会不会影响他下次入台证审批",
    "人事部说前台小吴入职体检胸片有阴影，要复查后才能办手续",
    # Rounds 123-124 (zh124): a name set apart by spaces between two labels; an @handle
    # addressed with a nickname before 你家.
    "台胞 许文雄 台胞证号 07218364，随团进香，患糖尿病，随身带胰岛素。",
    "@meihua0612 美华姐 你家两盏灯已经点好了，香油钱下次再给就好",
    # Rounds 125-126 (zh125): a consultant's month of commission (月业绩 is no company's
    # results); a record with figures is no poem.
    "10 月业绩：顾问王磊签约 5 单，提成 15,400 元，实发 13,100 元。",
    "魏子涵 雅思 6.5 小分口语 5.5，还差 0.5，2 月再考一次",
    # Rounds 125-126 (zh125, zh121): a full name in toneless pinyin, lower case, with a
    # two-syllable given name, in Chinese text or after 我叫.
    "li xinyi 的 CAS 收到了吗？她妈妈一直在问",
    "我叫 zhou mingxuan，28岁，体检报告上转氨酶偏高",
    # Rounds 127-128 (zh128): a user's screen name in quotes, addressed by a clinic's reply
    # about their own treatment.
    '回复：亲爱的"快乐的小土豆"，关于您12月2日拔牙后持续出血的情况，请尽快回院复诊。',
    # Rounds 129-130 (mix71, zh129, evade61): a rooming list with who gets carsick, a hiking
    # group's leader after a permit draw, a surname after a flat's number, a name and a
    # mobile run together in camel case.
    "巡演分房表：Room 1208 陈思琪、赵雨桐；Room 1210 孙浩宇（会晕车）",
    "山屋抽签结果：中签队长 林佩君 报名 5 人、实到 3 人",
    "就是翠湖苑 5 栋 1203 周建华家，他家空调天天滴水到楼下",
    "她的熱點叫 LinYuTing_0912345678，就是她的手機號碼",
    # Rounds 131-134 (mix72, en133): a hotline's caller and her son in Cantonese (同人打交 is
    # no fan fiction); a tail's report on its target.
    "熱線紀錄 02:40 來電者陳太（陳美玲），講佢個仔陳俊傑成日逃學同人打交",
    "跟踪报告：目标人物郑志强，晚上11点进入一家桑拿中心，停留约两小时后离开。",
    # a library's overdue notice to its reader
    "【逾期通知】黃淑芬 讀者您好，您借閱的《原子習慣》已逾期 5 天。",
    # a family's register of birth dates and health
    "八字合盘登记：祖父 吴德福 1938年腊月生；孙女 吴思涵 2016-03-02 辰时，孙女有哮喘。",
    # Round 151-152: a segmenter's pieces of a name and an id.
    '{"tokens": ["林", "志豪", "身份证", "号码", "是", "110101", "1990", "0307", "4517", "。"]}',
    # Round 153-154: a fan site's doxxed real name (本名) with her sick leave.
    "扒一下那个站姐：本名 林晓雯，在广州天河一家公司上班，每次都请病假去追行程。",
    # Round 155-156: a streamer named with （实名） and her illness.
    "违规记录备注：主播 钱雨桐（实名）在直播中讲述自己化疗的经历，已人工撤销处罚。",
    # Rounds 159-162: a ruling's 情节较重 is no plot, 被发现 no discovery.
    "经查，2021级研究生孙浩然在课程论文《机器学习导论》中抄袭他人成果，情节较重，给予警告处分。",
    "刚收到消息，司马睿的 offer 被撤销了，原因是成绩单被发现有涂改，他现在情绪很差。",
    # An elder by name and kin title with a private matter; a scout by his roll and his
    # parents' divorce.
    "吴玉兰老人这周都没来吃饭，社工发现她摔伤了腿。",
    "送餐志工：林秀琴阿嬤膝蓋開刀後走不動，餐盒請送上樓。",
    "（保密）小童軍梁卓希父母分居，近日在集會上情緒失控。",
    # A neighbour by block unit and flat, then name.
    "5 单元 301 的周海涛天天把电动车推进楼道充电，说了也不听。",
    # Session 28: a child's doubled pet name after a kin word.
    "邻居家的儿子乐乐在实验小学三年级，上周配了眼镜",
    "我外孙女甜甜上周发烧住院了",
    # Session 28: a chat's mention of somebody by name before the message (read as typed).
    "@王美玲 美玲姐你的体检报告到了，放前台抽屉里了",
    # Session 28: a receipt's payer after 收到 (not 到付); a guest by label with a deposit dispute.
    "收据：今收到付建国交来12月房租3,200元。",
    "退订金纠纷：住客 龚丽华 主张台风天要全退。",
    # Session 28: a name in a résumé to translate (简历: the writer's own).
    "帮我把简历这段翻成英文：刘思雨，2018—2022 就读于复旦大学新闻学院，曾获国家奖学金。",
    # Session 28: a car owner in a complaint record (客诉, 赔偿); a TW plate after 自用車.
    "客诉记录：车主李志明表示洗车后后视镜被刮，要求赔偿500元。",
    "管理室通知：其自用車 BKA-7731 暫停訪客車位至6/30。",
    # Session 29: a flat by its block, unit and bare number after a group leader's name.
    "团长晓雯的收货地址改到 9栋2单元1104 了（原来在3栋），以后大家去9栋楼下拿",
    # Session 29: a care home's resident by room and name before 大爷.
    "谁是507房石振东大爷的家属？他今天在活动室跟别人吵架了，护理员让我转告一下。",
    # Session 29: a client's name before 阿媽 (her mother) with a pregnancy.
    "陸靖雯阿媽打嚟話佢懷孕咗，要暫停套票 6 個月，麻煩幫手 freeze 合約 PKG-MK-004417。",
    # Session 30: servers' addresses in logs (a destination's field, a proxy's upstream,
    # a service's port); organisations' mailboxes named by what they do in common words;
    # an HKID's shape in a range or a decimal; a DNS name's base32 that is a random id.
    "报名导出 姓名=赵敏",
    "我的小红书号 6120458813，有问题私信我",
    "抖音号：73920518 是我老公的，他在里面骂我",
    # Session 30: a given name in Chinese text with a private matter said in Chinese; a
    # name after a seat's code (not weeks); a given name in capitals with a surname and a
    # private matter in a payment's line.
    "Kelvin 上個月確診癌症，已經請長假了。",
    "聽說 Jason 上週酒駕被抓，明天不會來上課。",
    "Eric 說他女朋友懷孕了，這期要先休學。",
    "座位表：C-07 周佳蓉（聽障，需坐前排）",
    # Session 30: values in markup: a tag's data attribute (kept when the tag goes, base64
    # decoded), troff's escaped hyphens and spaces, LaTeX's thin spaces and inline commands,
    # a Word document's runs; a number to ping somebody at; a firm's HR line in a job
    # advertisement; a message's sender on a platform; a Honda City's plate; dialysis and a
    # death in Malay.
    "\\documentclass{article}\\begin{document}申请人：\\uline{刘建华}，电话 \\texttt{139\\,1022\\,6618}\\end{document}",
    "<w:r><w:t>陈</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>美</w:t></w:r><w:r><w:t>玲</w:t></w:r><w:r><w:t>因乳腺癌手术请假两个月</w:t></w:r>",
    # Session 30: a report's anonymised parties (顾客甲); a receipt's thanks cut short (多謝惠顧);
    # a version something was upgraded to; colleges' and shops' desks (pendaftaran@, warranty@,
    # preorder@, talian utama kami); a quotation's letter, year and serial; a Hong Kong business
    # registration number; Go and chess players; a former spouse and seizures (sawan) as
    # private matters.
    "欠费名单：B座3-05 周丽华 欠管理费RM1,200",
    # Session 31: English names in what markup hid (a LaTeX footnote); a lift's lobby by its
    # letter; a gallery's wall text; an appositive's everyday role (the Bangladeshi worker); a
    # location history; host names in capitals and a given name alone before a device; a parent's
    # handle on a platform; a heart attack, a fine, a beating, diabetes and high blood pressure in
    # Malay, a disciplinary action; a nickname as a sentence's subject with a private matter.
    "小萱最近焦虑症又犯了，这周的夜班先别排她。",
    "群里说小琪怀孕了，大家先别外传。",
    "小凯的爸爸说他有自闭症，上课时请多留意。",
    "門禁錄影備註：陳嘉豪每晚醉酒踢門，已報警，影片保留作證據。",
    # Session 31: a miscarriage told as a verb, abuse at home (didera), sleep apnoea, arrears on
    # a loan; a name before a house's number (Jason Loh No. 8); a student's handle on a platform; 老 and a surname or a nickname before a pronoun as
    # a sentence's subject; a miscarriage in Cantonese (小產) and a loan shark (大耳窿); an archer
    # and a cartoon among the figures.
    "老黄的儿子欠了大耳窿十几万，最近天天有人上门。",
    "小婷她姐说她上个月小产了，这周先别排她夜班。",
    # Session 31: short base64 values under a config's keys (a Kubernetes Secret's data); an
    # OCR page's ALTO words; a request to keep it secret as a personal cue (a namesake of a
    # famous name, a concert); asthma, a theft, a disciplinary inquiry and a late spouse in
    # Malay, a divorce in Cantonese; a handle added to a group or pointed at (she's @...) or
    # saying something (@... 說); 老X after 的; desks named by one word (speakers@, conduct@,
    # teetime@, sewa@), a salon's official WhatsApp; Pilates in Chinese, rose cultivars, a
    # golfer, Singapore playwrights, Chinese chess masters.
    "群組重點：@vivian.pilates 說她下週要做甲狀腺手術，週五的課請人代。",
    "熟客 Kevin 哥話佢離咗婚，以後唔使再送週年花。",
    "住我隔壁 302 的老吴最近查出胃癌，大家找时间去看看他。",
    # Session 31: digits that spell a number or an NRIC in hex; a handle's owner by a given name
    # and an age; a post before 小X (电工小王); a voyeur's filming, an eviction, a prison term in
    # Chinese (坐过牢); older Malay women's given names (Kalsom); holds: anime characters, a
    # safety desk, a hall's counter, a figure's handwriting (鲁迅先生手书).
    "新来的电工小王听说以前坐过牢，工具间钥匙别给他。",
    # Session 32: a lost job, a theft at work, a birth, a religious-office arrest as private
    # matters; a kin title by birth order alone (Mak Teh), an honorific and a surname (Mr
    # Goh), a stock Ah name (Ah Lian) with a private matter; Kak Ros given a home next door;
    # 'not a public figure' as a personal cue; a registry export's UTF-16 hex, a value split
    # over numbered keys, a home directory named given.surname, LINE_ID as a config key;
    # desks (quotes@, print@, kursus@, delivery@), a shop's main line in Malay, a timestamp
    # after 'log line', a template's ___ blanks, a blank form's layout under 格式：.
    "钓场厨师老孙这个月工资只发了一半，昨天跟老板吵起来了。",
    "社工筆記：黎太（508 房）話老公喺澳門賭錢欠債，屋企而家靠綜援。",
    "比赛通报：选手韩磊（编号B07）私带违禁饵料，取消成绩并禁赛一年。",
    "少儿组获奖：第二名许梓涵，11岁，滨江实验小学四年级二班。",
    "关于护工 刘秀英 的处理决定：因夜班睡着未及时发现老人摔倒，扣除当月绩效。",
    "小吴的宝宝黄疸一直没退，医生说要查 G6PD，她最近很焦虑。",
    # Session 32: money borrowed and not repaid, a broken wrist, eczema and steroids, dengue,
    # a late husband as private matters; Amoi and a surname; a Sikh name by Kaur; a
    # Cantonese 太 addressed with a toothache; a check-up to be followed up; a home line's
    # (HOME) label; a LINE_ID key but no call_2025... or line_no; a lottery ticket counted with 张 after 了; a counter's, a general and a
    # fax line; a price read as a place; wholesale and recall desks.
    "黃太，你上次話隻牙痛到食唔到嘢，醫生幫你約咗星期五上晝。",
    "提醒小婷（Lin Yu-Ting）：診所說你的體檢報告要回診，記得帶健保卡。",
    # Session 32: a bankruptcy, a fever, a birth just had and money short in Chinese; an
    # honorific and a surname with a private matter said in Chinese; a given name and a private
    # matter up to 80 characters apart; a copyright holder given with a home address; G-code's
    # letter-numbered words not read as one number; a quotation's number; a club's line;
    # guitar makers, typeface designers, pianists and piano studies in Chinese.
    "保安小黄（夜班那个）问能不能预支工资，说他老婆刚生完孩子，手头很紧。",
    # Session 32: a drink-driving conviction, an affair, an injury at work in Malay as private
    # matters; a Chinese given name that is a particle's word (Zhou Bin's); somebody's own car
    # before a plate; somebody else's flat as a home; a post before 小X (美甲师小吴); fewer holds:
    # a sole proprietor's account, licensing and outlets desks, a massage shop's clock words,
    # mainland tourists (陆客), a telefilm's plot, a chocolatier's and whisky makers' names, Hokusai and Michael
    # Jordan in Chinese.
    "美容师小陈上周流产了，这几天请假，大家别问她。",
    # Session 33: a full name in Latin letters and a Latin name one is called by (叫Rina) in
    # Chinese text with a private matter; bruises and a passport kept as private matters; an
    # HR note as a personal label; fewer holds: our WhatsApp line, WhatsApp kami, a sole
    # proprietor's account in brackets, a model code after a product's name, an acronym's
    # expansion, a serial range's end, a commercial building's unit, a specialists' practice,
    # Malaysian towns and a violinist in Chinese.
    "Marisol Dimaculangan上個禮拜俾僱主打到手臂有瘀傷。",
    "我哋隔籬屋嗰個姐姐叫Wati，聽講僱主扣起佢護照，成日喊。",
    "佢哋個姐姐叫Rina，聽講上個月流產咗，僱主仲要佢開工。",
    "人事备注：林思远 病假 2 周，医生证明已收到。",
    "业主群里说：住在7栋的何太太上个月住院了，家里没人照顾。",
    # Session 33, rounds 239-240: a patch test is no test data; a lawsuit, a detention (kena
    # tahan) and tuberculosis as private matters; an MCST chairman is no public figure; a
    # landed estate's Park as a street; an ancestral tablet's filial children; a colleague's
    # post and a comma; a line written backwards (and one that is not); fewer holds: a studio
    # line and a shop counter in Malay, a business's our, a brand by somebody, an aid's
    # recipients, Mak Andam, a supplier's Provisions, bro before a word, everyday words in a
    # priced bill, a joint management body's account, a register looked up online, a line
    # after opening hours, a company's spaced address, a body's booking line before its
    # address, Michelin, a stall, a lung's lobe.
    "讣告：显妣 陈母黄氏秀英 享年八十六岁，孝男 陈志明 孝女 陈美玲 泣告。",
    "我是小区的保安老郑，住在值班室，最近查出肺结核，物业叫我先别来上班。",
    "楼上叶小姐说她上周住院了，家里没人照顾小孩。",
    # Session 34, rounds 241-244: a Latin name after 阿 or a kin word in Chinese with a
    # private matter in either language; a title and surname before a baby's birth or a
    # confinement; an owner's own Latin name after 我係; a site trade's 小X with hepatitis B;
    # a sum owed; a custody dispute (and a child born 2013 is no figure); a mascot's
    # performer; a romanised name with a role and said in Malay; I'm and a given name; an
    # acc no.; a plate after a long label; a bride's, a couple's and an account holder's
    # name; a booking's SSR DOCS, CTCM and CTCE; fewer holds: office lines after office
    # hours, a dispatch line, a table-booking WhatsApp, a business WhatsApp listed after
    # its hotline or said to be only for bookings, a farm's address and official WhatsApp,
    # a shop's new address, a venue's bracketed address, a shop unit, listings in Malay,
    # shops by their trade, a motif, an author before 著, an article's number, figures and
    # brands.
    "群里说的那个木工小陈，最近查出来有乙肝，其他工友不愿意跟他一起吃饭。",
    "工人老郑欠公司 RM3,000 借款，每月从薪水扣 RM300。",
    "老周欠了站里两千块的预付款，说过完年再还。",
    "选片记录：唐诗雨、宋博文夫妇共选46张，已用宋博文名下招商银行信用卡付清。",
    "舊學員 Kelvin 黃 說他的 credit card 被盜刷，所以 12 月扣款失敗。",
    # Session 34, rounds 245-246: a bankruptcy and a remand in Malay, a Sister by her
    # given name, a disability card, one called 小X, a staff advance to 向公司, Mrs by 太太
    # whatever follows, 這次 after a nickname, a temple's 師姐 who lost a job, a padded name
    # in a chat, an MRN, a name in capitals before a birth date; fewer holds: mailboxes
    # after an enquiries label or a service line, training and tours desks, a cycle year,
    # a temple's king boat, orchids and cultivars, a reference catalogue's compiler, a
    # commercial building's address, an event venue, a barber's shop, a course desk line,
    # a company WhatsApp, coin grades and places.
    "群里那个叫小黑的搬运师傅，听说欠了网贷十几万，最近老跟同事借钱。",
    "員工陳家豪向公司預支薪金港幣8,000元，已同意每月從人工扣1,000元。",
    "小芬姐這次不能來幫忙了，她上個月剛離婚搬回娘家住。",
    "謝師姐的先生失業快半年了，家裡房貸已經兩個月繳不出來。",
    "上次进香团的 小吴 欠旅行社团费 8,000 元一直没还，电话也不接了。",
    # Session 34, rounds 247-248: a worker by job and name (Foreman, Installer, Lorry
    # driver) with a private matter, whatever news the sentence tells; a permit cancelled,
    # stitches, a relative held at a reception centre, police bail; one who gave her name
    # as; a worker named after his nationality; Saya and a name and a comma; a possessive
    # further from its matter; 架子工 and 那个 before 老X; a stroke; a marriage hidden; 何sir;
    # fewer holds: an OCR engine's boxes and ids, a credit note's number, a service line,
    # an order line, an office phone in a review, warranty and complaints mailboxes, fish
    # by their colour, makers of cranes.
    "架子工老陈欠了设备租赁站一万块押金一直没还，他老婆说他在外面赌博。",
    "做鱼丸的那个老邓，上个月中风了，右手现在拿不动勺。",
    "阿 Ken（訂單 TR-0333）其實已經喺加拿大結咗婚，但佢想做未婚聲明。",
    "Dear 各位，梁sir 太太啱啱生咗BB，佢請咗兩個禮拜侍產假。",
    # Session 34, rounds 249-250: a cabinet of teak is no government's; truancy, a
    # pregnancy lost, a birth in Malay, a depression treated, money owed in plenty; an Ah
    # name further from its matter; 老X before 昨晚; an account after acc; a PDF form field's
    # value; an epithet only from a list (not ``the Walkman``); fewer holds: a
    # certificate's OIDs, choirs and music shops, an e-signature report's events, plant
    # nurseries, orchids by their botanical names, a shop selling uniforms, a hormone's
    # duct, figures.
    "老黄昨晚演出后在后台晕倒，送到医院查出是心梗，现在还在ICU。",
    "劇團導演說小琪最近情緒很不穩，她跟我們說正在吃抗憂鬱藥。",
    # Session 34, rounds 251-252: an arrest as a noun, a bone broken told the other way,
    # intensive care in Malay, detention and a heart attack in Chinese, 周 sir with a
    # space, 因为偷卖公司 is no company's name; fewer holds: a browser's version, a league's and
    # a marina's mailboxes, an office's address update, snooker, figures.
    "王建国因为偷卖公司仓库的饲料，昨天被派出所带走了，听说要行政拘留十天。",
    "聽講何 sir 同太太鬧緊離婚,條船同泊位都要分。",
    # Session 34, rounds 253-254: a pregnancy said 有孕, a pay rise (薪水), stalking, online
    # loans, a technician's 小X, a shop manager by surname and post (何店長), a husband out of
    # work in Malay, a death said as pass away.
    "小琳說她被前男友跟蹤，拜託我們一律說查不到她的單。",
    "新来的技术员小王怀孕三个月了，问能不能调她去做后台对账。",
    "代客泊車索償：何太話佢部Tesla被泊車仔刮花，佢而家有孕七個月唔想再落嚟，要求公司上門處理。",
    "何店長這個月薪水調到 NT$50,000，是她本人私下跟我說的，其他人先不要講。",
    # Session 35, rounds 255-256: a parent's number to reply to, 手提 (a mobile), the
    # writer's own account after a company's, a Malay road with a Chinese house number or
    # a bare number and comma, 小X/阿X伯 before a time word, @mentions, a regular customer, a
    # Latin surname and 太, Malay subjects, a name in a file's name in title marks, a
    # three-character name in hex; fax reports' company lines, role mailboxes, quoted
    # trades, fishing ponds.
    "請直接打我手提 6120 8873，唔好打去公司，份報告係我自己嘅私人嘢。",
    "小胖今年被裁員，會費要遲兩個月才交。",
    "阿旺伯上禮拜中風，菜園暫時由他孫子顧。",
    "@小胖 你欠的三千塊到底幾時還？已經拖咗半年。",
    "游泳池常客小強上星期被抓到偷拿更衣室的手機，已經報警了。",
    "黃太成日用公司電話講私事，聽講佢欠咗財務公司二十幾萬。",
    "打印记录：用户 liwei 文件《王芳_病历复印件.pdf》 4页 已打印",
    "owner = Hex-STRING: E7 8E 8B E5 BF 97 E5 BC BA | job = 離婚協議書.pdf",
    # Session 35, rounds 257-258: a name glued to a log's key and quote, a league's
    # regular, Hong Kong's 陳生 (Mr), an employee's 小X, a staff member or a Malay worker by
    # job and name, a burn, a romanised two-syllable name in Chinese text, a nickname
    # addressed with a private matter, an app's user; franchise and operations mailboxes,
    # a label glued to a mailbox, a business line, a WhatsApp display number, chocolate
    # and Ovaltine.
    "何生成日嚟當金器，聽講佢欠咗財仔成十萬。",
    "员工小陈上周确诊甲状腺癌，正在等手术，请大家不要在群里问。",
    "截图里的对话：“小军，你爸住院的钱我月底一定还你 2 万”",
    # Session 35, rounds 259-260: a debt by missed payments, a given name signing off with
    # a private matter, a Latin name and romanised surname in Chinese text with a private
    # matter said in English, 何太 saying something after a place's name, a pension, a
    # platform's private message labelled in Chinese; figures with their life years in
    # Chinese, a seal's carving styles, exam, consignment and hardship mailboxes, official
    # lines and control rooms, posts and places as chat speakers.
    "新竹何太話個女學琴學到失眠抑鬱，想停晒課，仲欠咗兩個月學費未交。",
    "老黄这次又没考过，他跟我说退休金每月才两千出头，还要帮女儿还房贷。",
    "IG私訊：@cindy.lam.0912 要求我哋刪除佢嘅相，話前夫一直跟蹤佢。",
    # Session 35, rounds 261-262 and the second full run: a mistyped NRIC the form is said
    # to read, a job before a name written in lower case, a child named with an age or a
    # school year, a diagnosis said of a person next to an eponymous syndrome, a
    # performer's private matter in a troupe's notice; room and fixtures mailboxes, a
    # centre's WhatsApp; a chat's User: label is no cue of a data subject, and a Malay
    # trade's title is no name.
    "我表哥的女兒陳思妤確診唐氏症，表嫂產後一直情緒低落，上個月住進醫院。",
    "何婉婷今年懷孕三個月，醫生叫佢唔好再翻筋斗，《紫釵記》霍小玉一角改由B組演出。",
    # Session 35, rounds 263-264: X他妈怀二胎, a phone's call log (outgoing, incoming, called
    # from), a sign-off with the writer's role after it, a card used without permission, a
    # retirement fund's member number, a Chinese name after a relation said in English; a
    # licence's number, appeal, competition and lost-property mailboxes, drinks and a fare
    # card by their Chinese names.
    "小胖他妈怀二胎了，预产期在十月，下学期孩子可能要转去分校上周末班。",
    # Session 35, rounds 265-266: a writer's self-introduction before a number, 我們家小X, 小X
    # every day, English after 小X in mixed chat, a partner's beating and a prison term,
    # given names with their pay; charter mailboxes, a centre's WhatsApp line, quoted
    # trades after what they deal in.
    "家長群：我們家小瑜今天發燒請假，醫生說是腸病毒，作業明天再補。",
    "奶奶說小傑每天放學都說頭痛，他爸爸還在監獄服刑，家裡只剩她一個人顧。",
    "小雯 said her ex 昨晚又打她了，她想今晚就换锁，我们要不要报警？",
    # Session 35, rounds 267-268: a flat's bare number after its block and a 花园城 estate, a
    # card's holder, a driver's 小X with drink-driving, a Malay trade's title before a name
    # a private matter follows at once.
    "投诉帖：“广州天河区华景花园城 3 期 7 栋 12B 的业主，修空调被多收了 300 块”，需客服跟进。",
    "新来的司机小黄上个月因为酒驾被交警抓过，驾照还在暂扣期。",
    # Session 35, rounds 269-270: loan arrears and a court order on wages, the lock-up, a
    # premature birth and a discharge from hospital.
    "老钱欠我们车队的车费还没结，他说等他老婆出院再说。",
    "推拿師 Ah Keung 要請假兩星期，因為佢老婆早產，BB 仲喺醫院。",
    # Session 36, rounds 271-272: a subscriber's number in a telco's records (msisdn, 65
    # and 852 without their plus, TBCD), an SMS in UCS-2 hex, a handset's IMEI and a SIM's
    # IMSI, a ship's rank before a name, a blood cancer, a family that cannot afford a
    # fee; role mailboxes (travel, crewing, genealogy), a mailer's message id, an ops
    # handset and an office WhatsApp line, a product by its measure, a quoted stand-in
    # name, public officials and a show's host in Chinese, a writer's character, shops in
    # quotes, a class's and a business hall's address.
    "短信日志 dcs=08 ud=738B592AFF1A60A876846B3E98794ECA592957305F5200310032003000300030002C00308BF75C3D5FEB",
    # Session 36, rounds 273-274: a storekeeper's pay and her husband's lost job, a
    # photo's EXIF artist, a beating in Malay, dyslexia, a stall-keeper's nickname, a Hong
    # Kong flat in short; a shifts desk's and a body's own mailbox, a URL's user and
    # password, a 24-hour line in Malay, a department in brackets, a merchant line, a
    # config's production line id, a tutoring centre and a specialty shop.
    "細佬Marcus有讀寫障礙，報告已交，唔好喺同學面前提。",
    "攤主肥仔明上星期中風，而家仲喺醫院，檔口由佢老婆睇住。",
    "@Admin 黎太 (天水圍嘉湖山莊樂湖居7座21C) 話 last month 多扣咗 $150",
    # Session 36, rounds 275-276: a club's championships are no public event, gambling
    # losses and a debt collector, a Latin name with 姐 and a private matter, a kitchen
    # worker's unpaid loan; a liquidator's and a disputes desk, a firm's WhatsApp, an
    # enquiry line in Malay, an association's phone and an official number, an events team
    # in brackets, a unit code before an HKID's shape, an association's address after its
    # tax number, a meeting's venue in a gazette notice, a meeting room, a fish farm, a
    # bak kut teh shop, a public statement, a roadside tree.
    "老黄说他女婿在云顶赌输了二十几万，才把家里的金器拿来回收，千万别让他老婆知道。",
    "Carmen 姐話佢老公上星期入院做咗心臟手術，今個禮拜都唔返工。",
    "家長群：Ethan 爸爸欠咗卡數俾人追債，學費都未交，大家小心。",
    # Session 36, rounds 277-278: a medical history in a race's medical log (history of
    # atrial fibrillation, sejarah serangan jantung), a sweeper vehicle's record, a sum
    # glued to a name, a Latin full name before a Chinese comma, Mrs. with its dot, a lay-
    # off, dementia in Malay, a spouse's retrenchment, a divorce under way in Cantonese, a
    # separation and alimony, a chat speaker's own pregnancy, medical bills; a finance
    # department's line, an account named for incorporated owners, a project's mailbox,
    # In-Reply-To without its colon, an interpreters' desk, an admin WhatsApp in Malay, a
    # config's shared mailbox, a shop's address label, a celebrity chef, a bakery and a
    # private kitchen in quotes.
    "收容车记录：10:05 在25公里处接回选手陈建华，右膝旧伤复发，自述前年做过韧带手术，已送医疗点冰敷。",
    "個案筆記：少女 Amina Yusuf，15 歲，懷疑遭受家暴，手臂有瘀傷，已轉介社工。",
    "請注意，15樓C室嘅 Mrs. Wong 係孕婦，下個月生，搬屋嗰日請安排貨 lift 俾佢先用。",
    "FYI：B座8樓嘅 Kelvin 話佢俾公司 lay off 咗，管理費可能遲交，唔好貼佢名出嚟。",
    "阿Ben嗰邊話佢同老婆離緊婚，仲爭緊個女撫養權，今年唔參加比賽。",
    "特權紀錄 PRIV-0219：律師致陳太（董事長夫人）電郵，討論其與陳董分居及贍養費安排",
    "[2023/02/11 21:40] 小芸：我驗出懷孕了，唔好同主管講住，我怕唔續約",
    # Session 36, rounds 279-280: a verb of hearsay the model took into a name, a
    # newspaper's letter writer, a newsroom's reporter by post, a clerk's folk name in
    # brackets with a hospital bill, a dependant's orthodontics, an SUV's plate, an
    # account after the post office's name; a newspaper's subscriptions, letters, opinion
    # and tips desks, an auction's preview address, the leopard cat.
    "报销群：@小吴 你那张 2,800 的牙科发票是给你儿子做正畸的吧？公司福利不含家属哦",
    "住戶投訴每晚違停在門口的銀色休旅車 BKE-7720，車主是隔壁棟的退休老師。",
    "對帳差異：11/03 存入 NT$25,000，來源帳號 中華郵政 0009876-1234567（個人存簿），查無對應客戶",
    # Session 36, rounds 281-282: an oral history is no
    # history lesson, a mistyped NRIC after where it is written and a colon, an adult's
    # age set off after a given name with a private matter, more everyday Malay names, a
    # fellow hobbyist's nickname, 上次 after a nickname, a loan shark's loan in Malay and an
    # underground bank, sexual remarks at work; a front desk's WhatsApp, an emergency line
    # in Malay, a farm's visits and a library's members desk, a pest controller, a
    # weekday, a pesticide, a courtesy title before life years.
    "老陳上次拿的貨款12萬到現在還沒付，聽說他還欠了地下錢莊，大家先別出貨給他。",
    "杭州的茶友小林说她最近查出乳腺癌，下个月要做手术，礼盒先别寄了。",
    # Session 37, rounds 283-284: a call-back number in Chinese numerals with 幺, a blood-
    # pressure reading of a nickname, a given name and a Chinese surname with an adult's
    # age, a nickname in quotes after a customer, a name before its relation in brackets,
    # a nickname signing a message, a Malay psychiatric word, a tracker's mention and a
    # labelled login, a mailto link in a tag; versions after a product or 版本, a no-reply
    # sender with a tag, role mailboxes (qa, wellbeing, itsd), business lines (for
    # appointments, a business line, a front desk, WhatsApp for quotations, a workshop's
    # line, a shop's new line, a WhatsApp business number in Chinese), a transliterated
    # name with its Latin original, TCM brands, a claim form's measure word, aged mugwort.
    "工单 IT-2026-04117 回拨号码：幺五九 二八三四 七七六一（本人手机，请下班后再打）",
    "師傅：「阿Joyce，你今朝量到血壓168/102，記得同醫生講，唔好自己停藥。」",
    "做完检查我欠了信用卡一万二，每个月还不上，想问能不能分期？——杭州 小吴",
    "陳嘉欣 (Cherry Chan) 上個月確診乳癌，請大家唔好亂傳。",
    "何志明（Kelvin）欠咗財仔三萬蚊，成日有人上門追數。",
    # Session 37, rounds 285-286: a kin word in English before a Chinese name, a name that
    # runs on into a room (Bilik 4), a debt owed in a league, a parent named by the child
    # as a chat's speaker, an estate with 园 and 小区, a compensation still unpaid; role
    # mailboxes (records, group, ICT unit, lost and found), a business account in
    # brackets, a counter's and an official handset's lines in Taiwan, a shop quoted after
    # 这家, a midweek price, snooker and golf champions.
    "代买药品送上门，收货人住在长沙市岳麓区枫林路金茂园小区8栋，腿脚不便。",
    "家长群导出 [21:05] 小琪妈妈：我们家在办离婚，孩子最近情绪很差，作业可能交不了，请老师别在群里提。",
    "阿 Ken 上次喝醉打破民宿玻璃，賠償 NT$6,000 還沒付，一直說下個月再給。",
    # Session 37, rounds 287-288: an identity card's number near a guard house's or a
    # hotline's words, a caller's number in Chinese (來電), a brother nickname after a
    # fellow player, an old-surname nickname addressed with a debt, a low month's pay;
    # role mailboxes (wedding, community, lost property, nursing station, servis), an
    # official line in brackets, a hotel's official WhatsApp in Malay, a master's and a
    # grand opening's surname characters, 張 before a notice and after 有, a champion
    # jockey.
    "收到個陌生來電 6173 2209，話要搵返上次跌低手袋嗰位客人，麻煩同事 call 返佢。",
    "雀友輝哥話佢老婆上個月同佢離咗婚，而家成日凌晨都唔肯返屋企。",
    "门铃留言：“老吴，你欠我的五万块这个月再不还，我就天天来等你。”",
    "员工群：小林这个月工资才 1,900 马币，还要养两个孩子，大家多帮她排班。",
    # Session 37, guards for lines the first fixes broke and mended: a Chinese name before
    # a van's number in brackets, a Chinese name with its English name in brackets (a
    # transliterated name with its Latin original is cleared only when it does not start
    # with a common surname); a hotline's tel: link stays out of the text.
    "顧客陳欣怡（Amber）堅持外送員送到門口，在電話裡罵了外送員十分鐘，還說要投訴。",
    # Session 37, rounds 289-290: a house on a Malay-named street in Singapore a ride goes
    # to, a heart condition, a loan still being paid off, a loan shark in Malay slang, an
    # Ah name whose private matter the next sentence tells by a pronoun, a known given
    # name before Chinese with a private matter, Ms and Miss with a surname reporting of
    # herself, an early pregnancy, a debt collector in Cantonese; a donation office's
    # mailbox, Hong Kong's sample name after 例如「, a white gown, a thank-you card, a roll-
    # up banner.
    "員工群：Ricky 今日又冇返工，佢話屋企欠咗財務公司錢，日日有人上門追數。",
    "刘女士反映自己在孕早期做了纹眉，担心影响胎儿，要求提供色料检测报告。",
    # Session 37, rounds 291-292: a person introduced by a role who told us of a
    # diagnosis, a pregnancy by its month, a singer's pregnancy in a studio's note, our
    # vocalist set off by commas, Cantonese 嘅 before a nickname and 早排 after it, 肥 and a
    # man's given name, a son in prison, a surgery in Malay, a firewall's VPN user;
    # Nanyang painters and an orchestra's director, a gallery's valuations and logistics
    # desks, a lettuce, brown sugar, a little late in Cantonese.
    "聽講街市魚檔嘅肥仔明早排中風入咗醫院，佢個女話檔口暫時唔開。",
    "肥華（燒味檔嗰個）上個禮拜俾差佬拉咗，聽講欠咗貴利十幾萬。",
    "老鄧個大仔喺監獄坐緊，佢逢禮拜三都要去探監，唔想其他檔主知。",
    # Session 38, round 293 (en293, en294, zh293, zh294, ms150, mix153, chat148,
    # evade143): a bounced cheque and a mortgage in arrears beside a painter's name, a
    # custody lost, a doubled nickname's meltdowns and antipsychotic, a child 'reads' at a
    # school (no school's name), a nickname with a sister's title of late, a mobile given
    # eight digits, an Ah name drunk and fighting with a police report, 'we live' before a
    # block in mixed chat, an arrest in Cantonese; and a business's area of delivery, a
    # courier's gateway, a site 'open at', an incident's date-stamped number, a shop's
    # bracketed WhatsApp, a mailbox's '.my' read as 'my', opening hours further back, a
    # gallery's line, a registered company's notice, role mailboxes (intake, member,
    # tougao, a shared inbox), a plaza or barracks before an address, an event's place and
    # premises after a Chinese address, a receipt's ground-floor shop, a price in
    # thousands after a painter, an author called teacher before a title, a character's
    # given name after the full name, a shop by its corner, a limit per customer, a
    # brewery's style, brands.
    "我女儿陈雨桐今年读小学三年级，上个月确诊读写障碍，班主任觉得她只是懒。",
    "群里的小燕姐这两天没上线，听说她刚确诊甲状腺癌要开刀，大家先别问。",
    "客戶備註：阿Ken話佢個仔上個月俾警察拉咗，要求退返按金。",
    # Session 38, round 295 (en295, en296, zh295, zh296, ms151, mix154, chat149,
    # evade144): a FIN after a card scan that failed (no check that fails), a Taiwanese
    # class before a famous name, a sibling by birth order before a name in a text naming
    # a novel's character, a bracketed HKID in a file's name, a given name signing off
    # after 'From', a child by an English given name after 'your family'; and a desk's
    # Chinese mail label glued to the address, bd and concession mailboxes, a registered
    # company's address and 'No. Syarikat', a booking after a number, a club house, an
    # event hall after a Chinese address, a cram school's classroom in quotes, a
    # headquarters' line after its address, a weekday opening a menu row, places, figures
    # and brands.
    "我是502班黃仁勳的爸爸，孩子這週因為流感住院，要請假到週四，謝謝老師。",
    "大哥林峰是精神三级残疾，我和二姐林黛玉轮流照顾他，二姐说她明年不管了。",
    "匯出檔 sleep_export_R550312(3)_2026.zip 已上載共享資料夾，請下載後刪除。",
    "@Karen媽媽 你家Ethan的成績單我私訊你了，他這次數學只有C。",
    # Session 38, round 297 (en297, en298, zh297, zh298, ms152, mix155, chat150,
    # evade145): a real plate and phone in test data, an OTP sent to a phone (no keyword
    # to a service), a stock-cast name with a bill not paid, a prison term and a divorce
    # in Malay, a monthly pay said, a quoted 'fat boy' nickname with a record, a son's
    # English name after a Cantonese kin word, a given name after a role in a file's name,
    # a pay list with jobs in brackets, a 'brother' nickname opening the text, a car loan
    # before a plate, a repository's history is no history; and results, rentals and bot
    # handles, a studio's official WhatsApp, a studio's possessive, a locksmith, a
    # business's move in Malay, a shop's address in brackets, a road named after Sun Yat-
    # sen, shops in quotes and second-hand furniture, a care team, places, figures and
    # brands.
    "停车场系统测试数据里有真实车牌 粤B·3M8K1 和车主电话 13760021948，请立即删除。",
    "業主話新租客係一個叫「肥仔強」嘅後生仔，佢有案底，啱啱出獄。",
    "業主話 Mr. Lau 個仔 Jayden 整爛咗冷氣要扣按金，Mr. Lau 話個仔有ADHD。",
    "明哥話佢下個月要入院做手術，租約想暫停兩個月。",
    "别在 commit message 里写“给陈国栋开后门，他在打离婚官司”，这种家事不应该进 git 历史。",
    # Session 38, round 299 (en299, en300, zh299, zh300, ms153, mix156, chat151,
    # evade146): a worker's name with age and nationality before a pregnancy, a possessive
    # is no listing's quote, a bank card said to be one's own with a failing check digit,
    # money borrowed in Malay right after a romanised name, a nickname followed by 'from'
    # and English with a private matter in Malay, a value typed straight into a formula;
    # and a temple's address by its label past the house number, a move to a body's
    # present site, a temple's or a shop's address in brackets or on its receipt, a talk's
    # hour before 'at', a bare enterprise credit code, pejabat and audit mailboxes, an
    # agency's line, a temple office's line, a business's notice of its own office, a
    # review of a business's line, stock words, figures and brands.
    "退款请转到我的建设银行卡 6217 0012 3456 7894，上次多付了点灯的钱。",
    "老陈 from 兴发 said his daughter kena tangkap polis last week, 他很担心。",
    # Session 38, round 301 (en301, en302, zh301, zh302, ms154, mix157, chat152,
    # evade147): siblings by birth order in mixed text are a personal cue, a cashier's, a
    # cook's, a shift colleague's nickname with a private matter in Cantonese (有咗三個月,
    # 腦退化症, 無薪假, 抑鬱), a son in hospital in Cantonese, a home one was thrown out of, a sum
    # owed after what it was for, an FPS ID; and a booking site after 'at', a made-up
    # business under example.sg, an EXIF version tag, a course's place and fee, service
    # hours in Chinese after a number, a school's official WhatsApp, a business's
    # classroom, a 24h locker, an agency operating at an address, a shack and a charter,
    # world writers in Chinese, stock words, places and brands.
    "夜班同事肥仔輝話佢患咗抑鬱症，想請一個月病假。",
    "阿Ken（Ken Wong）今日又遲到，佢話個女入咗瑪麗醫院，我哋暫時唔扣佢人工。",
    "阿Jason 俾阿爸趕咗出屋企，今晚會瞓喺舖頭，唔好收佢錢。",
    "收银员小林还欠店里三个月垫付的水电费2,400元，她说家里最近困难。",
    "收到 Mrs. Lee 嘅 FPS $280（佢個 FPS ID 係 1693 4402），佢話係還上次賒數。",
    "大廚麥師傅話要請兩個月無薪假，返鄉下照顧腦退化嘅老豆。",
    # Session 38, guards for lines the later fixes broke and mended (full run at 41720b3
    # against 79bd626): a customer named after a branch's label is no branch's line, a
    # rule against pasting real records is no real data, a job's title in a wage ladder is
    # no given name in a pay list.
    "氹仔分店：區先生欠舖租 MOP 3,800 未還，聯絡電話 6628 1190，已轉交追數公司處理。",
    # Session 38, round 303 (en303, en304, zh303, zh304, ms155, mix158, chat153,
    # evade148): a complaint's maker named like a celebrity, a court hearing over
    # moneylender loans, a landlord's nickname with a debt and a divorce; and a company's
    # number in Cantonese, an official website's phone, an office's address past 'No. 8',
    # a customer's 'do you deliver to', an outlet or a salon in brackets after a number,
    # hours in Malay, the branch manager to reach, a homestay's counter, cetak and
    # frontdesk mailboxes, a fax of a shop, a department or a branch, figures, stock words
    # and brands.
    "房东老周欠了装修公司 3 万多块，最近在闹离婚，房子可能要被拍卖。",
    # Session 38, round 305 (en305, en306, zh305, zh306, ms156, mix159, chat154,
    # evade149): an NRIC card named before a mistyped number, a resident named by
    # building, a birth just had and a hospital stay in Cantonese, 'call me back' in
    # Cantonese, a divorce given in Malay; and a config's business number, a front desk
    # reached on a line, a weekday's hours in Chinese, an environment file's template, a
    # Hong Kong BR number, shops in quotes, stock words, figures and brands.
    "我是 5 号楼的小陈，怀孕五个月了，团长能不能帮我留两盒低糖的草莓？",
    "阿Leo 那边的 order 还没拿，他说他 wife 刚在医院生宝宝，请帮他 hold 到礼拜六。",
    "Voice note：Hi 我係 Vanessa 嘅媽媽，佢而家喺伊利沙伯醫院留醫，你打返俾我 6930 8812 啦。",
    # Session 39, rounds 307-308: a phone asked for by itself (number pls), an NRIC kept
    # on file, a Latin name after a Chinese role word, a lorry's plate by its driver, pay
    # docked in Cantonese, a loan not yet cleared, a colleague 啱啱 diagnosed, LASIK and bad
    # night vision in Malay, a pay slip's sum, a name set off by commas; a locksmith by
    # its branch, Malay listings' words, a land scheme's settlement, a voltage, a
    # marketplace's listing title, a thing's letter label, a quoted shade, public bodies'
    # acronyms, eyewear and hearing brands, a company's SSM or BR number, a registration
    # line, a realty's line, a shop's opening address, an office floor's reception, an
    # example in brackets, a founder in a brand's history, our country in a textbook,
    # Zeiss lenses, a storage firm in quotes.
    "阿Ken哥份糧又俾老細扣咗一半，佢話今個月交唔到租。",
    "会计说刘建平借公司的三万块还没还清，每月从工资里扣1500。",
    "我哋公司有個同事黎詠琪啱啱確診乳癌，要做化療。",
    # Session 39, rounds 309-310: a PayNow sender's number, a month's pay by its sum, a
    # strain at work after a nickname and a body part, hair falling out, a Latin name
    # before 哥 with a private matter in English, a blood test's report, a hex-encoded
    # number after 0x; clears booking and billing lines, an order placed on a WhatsApp, a
    # business line said in brackets, a bicycle shop, a quoted bone-setter, a level named
    # after a comedian, chat speakers by post, a unit's letter, public pools and medical
    # suites by addresses, a centre's FAQ of its address, loyalty mailboxes, vouchers in
    # Malay, brands, a country's name, 苏东 and 张照.
    "技师小陈这个月工资 3500新元，扣除预支 800新元，请勿外传。",
    "小罗胳膊昨天搬水泥拉伤了，诊断是肌腱撕裂，工伤材料我在整理。",
    "陳sir個仔今年考DSE，壓力大到甩頭髮，佢想問可唔可以開啲安神藥。",
    # Session 39, rounds 311-312: a street ending in Plain after an owner, a phone word in
    # a longer label, a service worker's nickname, a dog bite in Malay, an NRIC after IC,
    # a number said to be somebody's right after it, a check-up's finding, a patient by
    # initial and name, a new worker's given name with age, a late husband's account, a
    # name joined to a number in a referral code; clears message-only and booking WhatsApp
    # lines, a building's management line, walkers and groomers, a unit's business
    # building, a software park, a build number, a code read as a place, a meeting room, a
    # product's edition, a founder's deed of long ago, a marketplace listing's everyday
    # word, privacy mailboxes, a charger's wattage, brands, 巴哥, 仲話, 致敬.
    "快递员小郑上个月工资只有3100元，他爸爸住院，向公司借了两千，从工资扣还。",
    "小吴昨天体检查出高血压和心律不齐，医生说不能再上夜班。",
    # Session 39, rounds 313-314: a child by a kin word with her age in words, an auntie
    # by surname introducing herself with a bypass, a team head's nickname, a beating to
    # come, an allegation after a name set off by commas, vehicles listed after their
    # word, a volunteer with drink, an instalment overdue; clears holiday-camp, rights and
    # hostel mailboxes, a storage firm's and a locksmith's quoted trade, potters, clubs
    # and plumbers, a company form before its address, a bursar's corporate account, a
    # culture hall's address, a list of codes of an HKID's shape, a founder by his deed,
    # rituals and brands, 周例会, 孟沙.
    "物业群截图：“我是3栋的钱阿姨，我老伴刚做完心脏搭桥，你们电梯再修不好他下不了楼！”",
    "保安队长老韩的工资条：基本工资3,900元，实发4,420元，他说想辞职回老家。",
    "LINE群：Vivian 說她男朋友會打她，這幾天要搬去朋友家住。",
    # Session 39, rounds 315-316: a number followed by the customer it belongs to, a
    # spouse retrenched a few words later, a nickname leaving next week, a pupil's
    # nickname, a loan not paid back and a card overdue, an Indonesian given name, an
    # antenatal appointment; clears board games' designers and illustrators credited, a
    # firm's founder of long ago, a solar installer, a home-help agency by its owner, a
    # model glued to its make's letter, fittings brands, a weekly rent, a meeple, summer
    # months' tariff.
    "小钱下周就离职了，听说是跟老婆在闹离婚，孩子抚养权还没谈拢。",
    "那個常來的國中生小胖，聽說爸媽離婚後跟阿嬤住，晚上常常沒吃飯。",
    "小刘 这个月又跟店里借了 1500 块，到现在还没还，听说他信用卡也逾期了。",
    # Session 39 guards, lines the full run at 7a598d4 broke and this session mended: a
    # highway's kilometre marker after Kenderaan is no plate, a faculty's address after
    # its name joined by and, a person's WhatsApp with an order after a comma, a fat guy's
    # nickname (held before only through a stock word read as a name).
    "強叔嘅 WhatsApp 係 6781 2290，訂貨請十點前 send 俾佢。",
    "有街坊投訴，話魚檔嗰個肥佬強成日同客人嗌交，仲欠咗大耳窿錢。",
    # Session 39 guards, more lines the full run at 7a598d4 broke and this session mended:
    # a minister's answer on work-injury claims (工伤 is no longer a private matter by
    # itself), a resident's complaint about a home-help platform (家政 clears a name only
    # right after it), a person's number to call for orders (an order or a booking after a
    # number no longer clears it).
    "12345 热线转办：市民朱建平反映某家政平台保洁员在其家中拿走金项链一条，已向派出所报案。",
    # Session 40, left over from session 39's sets (probes reworded): an Indonesian Mbak
    # title with a private matter, a passport number after a label with words between, a
    # wheelchair as a private matter of a listed given name, a brand named after a famous
    # figure (曹操出行) no longer makes the text literary, a quoted regular's nickname with
    # she after it.
    "谢国华在曹操出行的司机账号被封了，说是被乘客投诉性骚扰，想来我们车行租车。",
    "昨晚在包廂哭的是熟客「小晴」，她跟店長說她懷孕兩個月、男朋友失聯了。",
    # Session 40, rounds 317-318 (probes reworded): a birth year of the 1940s no longer
    # makes a family register historical; a child's speech delay and being teased as
    # private matters; a parent named by the child saying a diagnosis; chat speakers by
    # class, trade or committee post; a price's currency the English model took into a
    # product's name; a toy named like a person; a company with its country in brackets;
    # role mailboxes after an acronym or a government body's own name; business lines by
    # outlet, office or duty, by the team in brackets, or for bookings only; a home line
    # as context; a firm's name ending in Services before its landline; addresses of a
    # centre or a clubhouse after the number, of a company's invoice details, of an open
    # day, after opening days and hours; Chinese stock words, ministries, a preposition
    # before a body's name, a party's 方, a book's authors, pioneers of public health and a
    # stage magician, brands.
    "宗親會名冊更新：第廿四世 陳國強（1945年生，住沙田瀝源邨），長女 陳美玲（1972年生）。",
    "小刘妈妈在群里说孩子上个月确诊了哮喘，问能不能不上体育课。",
    # Session 40, rounds 319-320 (probes reworded; the blank payslip template is a named
    # guard for a file-name rule this session first over-reached with): a Malay police or
    # army rank before a name, a scam's victim, an Indonesian NIK after its label,
    # Indonesian given names, a visa overstayed, drunk and in a fight in Chinese, a
    # nickname saying it owes or said of today in English, a nickname in brackets or
    # opening a file's name, names run together in a personal document's file name, a
    # log's user account of a person's names; a duty line, a desk in brackets, a line for
    # one matter only in Malay, a concierge line, a store's customer service and 查詢請致電, an
    # example.cn mailbox, a department's name in quotes before a mailbox, an application's
    # database account, a terminal and an expo before an address, a ministry's petition
    # office, brands of bags and their owners' products, restaurants, medals, historical
    # figures, company words (Sons, Adventures, Dept, Sentral), a vessel's name after its
    # label, payment words ending in 付, Kota Bharu, a measure word before a discount, a
    # supplier ordered from, shops by their trade (漁具行, 文具, 影印).
    "外籍船員 Agus 印尼身分證號 3171076109950002，家鄉在 Jakarta，緊急聯絡人是他媽媽。",
    "老陳上週喝醉在宿舍跟同事打架，額頭縫了五針，主管說要記過。",
    "小林 still owes the 仲介 NT$60,000，每月從薪水扣 NT$5,000。",
    "列印記錄：使用者 ah-fai（輝哥）列印「輝哥_銀行_欠款通知.pdf」2 頁。",
    # Session 40, rounds 321-322 (probes reworded): a relative's FPS ID, an NRIC labelled
    # as one's own in Chinese, a WhatsApp link its owner calls a personal line, a Hong
    # Kong plate by its car's owner (嘅車主), a delivery rider's nickname and broken ribs, a
    # parent introducing themselves by the child's name, a person-to-person payment QR's
    # payee (merchant category 0000) and not a merchant's name in its QR, Taiwan's mobile-
    # barcode e-invoice carrier (new recognizer; a format's example kept as its named
    # guard); ships by their prefix, role mailboxes (welfare, auctions, docs, car park), a
    # fixed line with or and a role mailbox after it, partner and collection-yard lines, a
    # finance department, a party by its legal role in Malay, a firm's name or
    # registration by its label before an address, a fair's booth after an address, stock
    # words (Cameron Highlands, wheat varieties, a slip's copies, tilapia), leaders of the
    # 1922 seamen's strike, brands.
    "我的 NRIC 是 S8734218Z，前天在 PIE 被撞，保險公司要我上傳報案紀錄。",
    "【B2車主群】有冇人識 VW 168 嘅車主？成日泊到出界。",
    "我是外卖骑手小陈，被车撞断了两根肋骨，平台不管，房租都交不起了。",
    "我的手機條碼載具是 /Q7R.2+M ，麻煩幫我存進去。",
    # Session 40, rounds 323-324 (probes reworded): a given name that is an everyday word
    # before a Chinese surname, a company officer whose private matter the sentence tells,
    # a given name alone before a room or a block with a private matter, Tamil given
    # names, money tight and a maxed card in Cantonese, a negated office word no longer
    # marks a business line; chat speakers by function, consultancies and co-working
    # cafes, books by their title in Malay, a Malaysian business registration no longer
    # read as an HKID, aged peel and Dewar flasks, a print shop by its trade, figures of
    # Singapore and Hong Kong in public roles, brands.
    "WhatsApp export: [03/12/2025, 20:11] 阿Ben媽媽（P4 Ben Lau）: 我今個月手緊，張信用卡已經爆咗，學費遲啲俾得唔得？",
    # Session 40, rounds 325-326 (probes reworded): a model, a helmsman by their post, a
    # nickname said to owe in fact (其实欠), online loans, a name in capitals after a phrase
    # of ownership, a car word before a Malaysian plate, Danny as a given name; server
    # accounts and SSH key types named like addresses, a company's mailbox by its domain's
    # own name, a line said to be manned, a secretariat's WhatsApp in Malay, a firm by
    # Service or Models before an address or a line, a tattoo studio by its trade, stock
    # words (keys, cash, orchids, moss, lauan, fertiliser, to highlight), figures, brands.
    "听说那个模特小琳其实欠了网贷三十多万，一直找同事借钱。",
    "舵手老陳最近在跟老婆打離婚官司，情緒很不穩。",
    # Session 40, mends after the full run at ca562c6 (1,286 sets diffed against 15176756:
    # 51 fixed, 2 new; named guards): a shop named with a word-like given name and a
    # surname (Pearl Tan Couture), a customer's complaint about a tattoo (刺青 only as a
    # studio's name in quotes or with its shop word).
    "糾紛紀錄：客人林家豪聲稱刺青導致傷口感染住院 2 天，要求賠償醫藥費 NT$25,000。",
    # Session 41: a business's FAQ giving its own contact in the answer to a question
    # about reaching, finding or paying it, or in the business's own voice; not an
    # assistant asked for one's own or a relative's data, not an answer naming a person or
    # speaking as one, not where somebody lives.
    "问：我上次留的联系电话是哪个？答：您登记的是 139 1822 4731，联系人黄丽萍。",
    "問：去邊度搵陳生？答：佢住喺九龍城衙前圍道 88 號 6 樓 A 室，晚上先喺屋企。",
    # Session 41, round 327-328 leaks: a wife run off and months of arrears, intensive
    # care said with where, pills without a prescription, asleep at the wheel, a nurse by
    # the name colleagues use, an uncle's nickname opening the text, an alumnus by the
    # school's seniority.
    "標叔成日過澳門賭，而家欠大耳窿成十萬，今朝連佢阿爸隻錶都拎嚟當埋。",
    "何志樑學長上月因肺炎去世，同學會送花圈。",
    # Session 41, rounds 327-330: mailing lists, bots and a project's desks in git
    # trailers and .mailmap; a famous figure's published address (not at a mail provider);
    # pawnshops; an acronym's line, an official WhatsApp channel; roads of industrial
    # estates; algorithm names are no plates; names in Wi-Fi and home-automation
    # identifiers; Taiwan's hyphenated names; a single name by role, a nickname by post, a
    # child by age, a voice message's signature; a card's last digits; a masked version of
    # a list.
    "小王教练下个月要做膝盖手术，请病假一个月，这事先别在家长群里说。",
    "豆豆今年6岁，他妈妈说豆豆最近确诊了自闭症，希望老师多关照。",
    "小爱同学留言：“老公，我下周住院做手术，孩子交给你——芳芳”",
    "我上个月借了8万网贷还不上了，卡号尾号3391，银行天天打电话。",
    "中籤名單（遮罩版）：B-02 陳○明 0921-***-338。",
    # Session 41, rounds 329-332: figures (a deafblind author, Paralympians, feng shui
    # masters, designers); surveying firms and smart-home devices by their kind; dealers
    # by their trade; a secretariat's, a management's and an academy's lines; a FAQ
    # answered in the business's own voice; hotel and lost-and-found desks; a notice in an
    # institution's own voice; a device filing number; Cantonese still before a verb.
    # Leaks: an affair and a custody fight, a role the model took in before a name, a
    # customer by given name, a nickname after a group's label, a photo named after its
    # subject, a licence's file name in lower case.
    "夜班群：肥哥的离婚官司下周开庭，他请假两天，大家帮他顶一下班。",
    # Session 41, rounds 331-334: a staff member named before their role, a coffee shop's
    # premises; leaks: a nickname as an object after 了, a nickname with 哥 addressed, a pay
    # and a beating in Cantonese, money lent, a loan shark in Malaysia's word, a child's
    # given name before the parent who speaks, Sabah's and Sarawak's Christian given
    # names, Basic credentials decoded, a directory's user id of three names, a pinyin
    # user name run together.
    "群里有人发了老郑在医院的照片，说他中风瘫在床上，老婆跟他办了离婚。",
    "小刘哥，你上次说月底还钱，现在都过年了还是没动静。",
    "何sir 嘅薪金由下個月起調整為每月HK$31,000，佢唔想其他人知道。",
    "Committee chat: 阿Joey 話佢 boyfriend 打佢, 想暫時住喺 treasurer 屋企幾日。",
    "美玲阿媽打嚟講，美玲驗到有抑鬱症，醫生叫佢暫停所有排練。",
    "EDR告警：主机 SZ-HR-PC-031 用户 zhoujiahui 频繁访问网贷还款页，HR备注：催收电话打到前台。",
    # Session 41, rounds 335-338 leaks: a lorry's plate and a nickname mentioned in a
    # group chat, a regular's nickname said every morning, an examinee's label, a
    # retirement account's statement and a means test, a person saying something of a
    # company, a resident by role in Malay, a name before its alias, a request that one's
    # photos come down.
    "群組：「@強哥 你架貨車 VW 5127 又泊咗喺後巷，食環話再見到就抄牌」",
    "熟客肥佬基每朝 7 點嚟飲奶茶，佢話最近確診咗高血壓，醫生叫佢戒鹹。",
    "退款投訴：何志明先生話公司扣咗佢HK$6,000按金，佢太太住院期間根本冇用過服務。",
]
ZH8_CLEAN = [
    "高二李白诗歌单元的教学设计，附课件下载",
    # A make and its model, not a Selangor plate.
    "我的车是BMW 320，开了五年还很稳",
    # Round 40 (zh41, chat20): a letter's closing wishes; a reader's progress through a
    # book and its characters; a museum's address given after its name and city; a
    # famous writer's home in a year of the past; an excerpt's address; a masked card in a
    # drama's plot; a leave template's slots.
    "写给导师的邮件结尾用「顺颂时祺」还是「此致敬礼」比较好？",
    "读书打卡 Day 12 📖《平凡的世界》进度 88/400 页，今天读到田晓霞那一段。",
    "重读《围城》，方鸿渐在三闾大学被排挤，赵辛楣倒是看得开。",
    "重读《骆驼祥子》，车被大兵抢走，积蓄被孙侦探敲诈。",
    "鲁迅纪念馆（虹口）：上海市虹口区四川北路甜爱路200号，周一闭馆。",
    "据年谱记载，老舍1930年前后在济南齐鲁大学任教，寓所在南新街54号。",
    "她把信寄到“杭州西湖区龙井路88号 周先生收”。——摘自中篇小说《茶山来信》第三章",
    "电视剧《暗账》剧情：保险员许念发现客户账户 6222 **** **** 7719 每晚都有一笔神秘转入。",
    "敬启者：本人【姓名】，因【原因】，特此申请由【日期】至【日期】请假共【 】天。",
    # Round 41 (zh42, mix27): an estate named after a family; a bill after a time word in
    # Cantonese; a company's founder; a government building where a meeting is held.
    "何文田邨於1970年代落成，邨內設有商場和街市。",
    "今個月張單又貴咗，電費加咗兩成，點算好",
    "某科技公司联合创始人刘明远在发布会上表示，新品下月上市。",
    "地區論壇將於下午3時在荃灣沙咀道45號荃灣政府合署舉行，歡迎居民參加。",
    # Round 44 (evade20, zh45): 拆字 games; the NATO alphabet's transliterations; a form
    # guide's passport example; a JSON example's placeholders.
    "拆字游戏：弓长张、木子李、耳东陈，谁猜得快？",
    "无线电里常说“阿尔法”“查理”，就是北约音标字母。",
    # Round 45 (zh46): 申索 forms; a company's address in brackets after 公司樓下; a line with
    # its opening days.
    "如要申索醫療費用，請填寫申索表格並夾附收據。",
    "員工旅行：早上8時喺公司樓下（彌敦道 100 號）集合。",
    "續約查詢 WhatsApp 6123 4567（星期一至五 9am-6pm）",
    "填表示例：护照号 G12345678，以上仅为示例。",
    'JSON 示例：{"user": "<姓名>", "tel": "<手机号>", "home": "<地址>"}',
    # Round 42 (zh43): a shop's line after its name and 电话; a brand opening with a flower
    # (丁香医生).
    "特步专卖店，电话 0591-8765 4321，周末特价",
    "丁香医生说隔夜菜不会致癌，别转了",
    # Round 43 (zh44, mix28): a ministry's address after a postcode; a hospital
    # department's address in brackets; a name commemorated; an emergency's commander; an
    # id after 例：; Taiwan's 遮罩 for masking rules.
    "內政部　地址：100 臺北市中正區徐州路5號　總機 (02)2356-5000",
    "合作医院 华山医院信息科（上海市静安区乌鲁木齐中路12号）只给汇总数据",
    "本館名稱紀念孫逸仙先生，開放時間週二至週日。",
    "指揮官陳時中宣布明日起放寬口罩令。",
    "網路掛號請輸入身分證字號（例：A123456789）",
    "個資遮罩規則：姓名保留首字（陳○○），電話只顯示末3碼。",
    # Session 15, round 46 (zh47): a shop's returns desk and its line.
    "退货请寄回：星河服饰售后部，广东省广州市白云区机场路128号2楼，电话020-8655 1230，不收到付件。",
    # Round 47 (zh48, chat24): an office's line with its service hours, an extension or
    # the temple's own; a village chief; a street's run of numbers; Taiwan's stock form
    # name; an election's result; a florist's wreath by its flower.
    "里長服務處電話 (02)2345-6789，服務時間週一至週五 9:00-17:00，假日請留言。",
    "結婚登記請先電話預約 (02)2720-8889 轉305。",
    "點光明燈請洽廟方電話 (04)2222-3456，受理至元宵節。",
    "里長林金發今日拜訪本里百歲人瑞，致贈重陽禮金。",
    "門牌整編：中山路2號至88號（雙號）自明年起改編為中山一路。",
    "填寫範例：姓名 王大明、身分證字號 A123456789（此為範例，請勿照抄）。",
    "市長選舉開票結果：2號 張志遠 得票率48.1%，未當選。",
    "订单号 TB20251130112233：花篮一对（白菊挽联款）¥520，送殡仪馆。",
    # Round 48 (zh49, mix31): a week number (第__周), thanks (谢谢), a canteen's address
    # with its meal prices, a family's fund (郭氏).
    "护理排班（模板）｜周次：第__周 早班 7:00-15:00 / 夜班 23:00-7:00",
    "长者饭堂：幸福路街道长者饭堂（幸福路66号二楼），午餐10元/份。",
    "谢谢义工阿姨们周末还来帮忙！",
    "由郭氏基金捐助的图书馆今年开放。",
    # Round 49 (zh50): a famous scientist's words quoted with 先生; a scholarship the
    # tagger ran into a name; a conference team's mailbox; a university president.
    "钱学森先生曾说要勇于创新，这句话我一直记得。",
    '感谢"唐仲英德育奖学金"对我的资助。',
    "会务组邮箱 conf2026@meeting.example.org.cn，请于12月1日前报名。",
    "施一公教授担任西湖大学校长。",
    # Round 52 (chat27): a Qing deed's and a genealogy's forebears (宣统元年, 公讳).
    "宣统元年地契：立卖契人林阿四，将祖田一段卖与陈宅为业。",
    "族谱记载「十五世祖 陈公讳阿福 咸丰三年生 光绪九年卒」。",
    # Round 51 (zh52, chat26): Nightingale in Chinese; a CV template's stand-in mailbox.
    "南丁格尔说过，护理是一门艺术。",
    "简历模板：姓名：XXX｜电话：138XXXXXXXX｜邮箱：xxx@xxx.com",
    # Round 50 (zh51, mix32): a district named after a deity; a district council's
    # secretariat mailbox; a party president by office; a contact block with a fax; an
    # association's donation account; an exams bureau's mailbox; the shop's own line.
    "黃大仙區議會第8次會議文件編號 WTSDC 44/2025。",
    "如有意見可電郵至沙田區議會秘書處 stdc@had.gov.hk。",
    "马华总会长魏家祥昨日主持中委会会议。",
    "地址：No. 12, Jalan Sultan, 50000 Kuala Lumpur｜电话：03-2070 1234｜传真：03-2070 1235",
    "本会捐款户头：Public Bank 3188000123（户名：Persatuan Hokkien Selangor），收据可扣税。",
    "董教总考试局热线：03-8736 2337；电邮：exam@dongzong.my",
    "老板娘今天去新山办货，有事请打店里电话 07-331 2233",
    # Rounds 53-54 (zh54, zh55): a registry's legal representative who is a public figure;
    # a listed company's signatories and board election; an organisation's address by its
    # label or its public building; a physician of history.
    "北京字节跳动科技有限公司｜法定代表人：张一鸣｜成立日期：2012-03-09",
    "公司负责人：董明珠　主管会计工作负责人：廖建雄",
    "选举李文博先生、赵晓燕女士为公司第三届董事会独立董事，任期三年。",
    "供应商地址：南京市鼓楼区中山北路88号，中标金额：￥1,280,000.00元。",
    "开标地点：深圳市福田区福中三路2012号市民中心B区。",
    "北京协和医院至今每年举办张孝骞教授纪念讲座，他是我国消化病学的奠基人之一。",
    # Round 55 (zh56): an invoice's company header, then its address.
    "三聯式發票抬頭：大和實業股份有限公司，統一編號：24536806，地址：台中市西屯區市政路 386 號。",
    # Round 56 (zh57, evade24): a sitcom's characters; a shop's line read out in numerals.
    "《爱情公寓》3601的曾小贤和胡一菲又为房租吵起来了。",
    "坐席：是人民路那家店，电话零二幺 六五四三 二一零零。",
    # Round 57 (zh58): a plate at auction; the police's appeal line; Cantonese "midday";
    # a comedian.
    "自訂車牌拍賣：「BB 9999」底價$5,000。",
    "警方呼籲知情者致電 2860 2000 與調查人員聯絡。",
    "今日晏晝有雨，記得帶遮。",
    "黃子華嘅棟篤笑係香港經典。",
    # Round 58 (zh59): a schema's field list; psychologists in transliteration.
    "字段说明：xm（姓名）、sfzh（身份证号）、sjh（手机号）",
    "皮亚杰和维果茨基的理论是教育学考试的重点。",
    # Round 59 (zh60, mix37, chat31): an eponym; an embassy's address after its label and
    # house number; a place named after a figure of history.
    "服用后如出现史蒂文斯-约翰逊综合征，应立即停药。",
    "大使馆地址：229 Jalan Ampang, 50450 Kuala Lumpur。",
    "逸仙路的名字来自孙中山先生。",
    # Round 61 (zh62, chat32): an investor quoted by name; a board secretary's answer; a
    # shop by its family's name (陈记); a dessert's name.
    "段永平常说，不懂不做，这话在雪球上被引用了无数次。",
    "董秘：感谢关注，公司新产线预计明年投产，请以公告为准。",
    "这家茶餐厅由陳記家族於1968年開業。",
    "甜品单：杨枝甘露 32 元，双皮奶 18 元。",
    # Round 62 (zh63): a funeral home's address in brackets after it.
    "西郊殡仪馆（高新区殡仪路18号）本周六起暂停夜间守灵服务。",
    # Round 63 (zh64): a public body's supervision line by its label.
    "监督电话：区纪委 020-8312 4567",
    # Round 64 (zh65): authors in a GB/T 7714 reference list; an office-holder speaking of
    # misconduct in general.
    "[3] 赵一鸣, 刘思远. 深度学习在医学影像中的应用[J]. 中国医学影像技术, 2022, 38(1): 1-8.",
    "国务院总理李强在会上表示，要严肃查处学术不端行为。",
    # Round 65 (zh66): a shelter's address after its name.
    "新北市動物之家：新北市板橋區四川路一段1號，開放時間週二至週日。",
    # Round 66 (zh67): a guide greeting the tourists before a famous name.
    "各位游客，岳飞墓前跪着的四个铁像，就是秦桧、王氏、张俊和万俟卨。",
    # Round 66 (evade29): a hospital's names in two languages, then its address's label.
    "伊利沙伯醫院 Queen Elizabeth Hospital，地址：九龍加士居道30號。",
    # Round 67 (zh68): a people's congress deputy meeting residents; a residents'
    # committee's address and line.
    "人大代表接待日：区人大代表刘春梅将于周五在社区服务中心接待居民。",
    "居委会地址：徐汇区天钥桥路100号，电话 021-6411 2233。",
    # ... and an anonymised party without a flat, a count of teachers after a number.
    "通报：某小区住户孙某违规飞线充电，已被责令整改。",
    "本次培训共有1200名老师参加，覆盖全区小学。",
    # Round 68 (zh69, chat36): a regular expression's class of province abbreviations; a
    # shop by its owner's surname and 记; a mansion by its name and 第 at a street number.
    "省份简称校验：^[京沪粤苏浙川鄂湘鲁豫冀晋辽吉黑皖闽赣桂琼渝贵云藏陕甘青宁新]$",
    "李记车行保养便宜，换机油才200",
    "旧址位于干德道5号罗家第，现为私人会所。",
    # Round 69 (mix41, evade30, zh70): a temple's address; a company's address and line on
    # an invoice; a journal's desk; a year of the sixty-year cycle; a character an actor
    # plays.
    "望海寺每月初一十五开放，地址：广州市越秀区解放北路 200 号。",
    "购买方：深圳市宏达电子有限公司 地址、电话：深圳市南山区科技园南路 18 号 0755-2688 0000",
    "编辑部电话：021-6432 1000，投稿邮箱见版权页。",
    "2031辛亥年犯太岁生肖：猪、蛇、猴、虎，请于正月内拜太岁。",
    "电影里周迅饰演的李红英最后回到了家乡。",
    # Round 70 (zh71): a notary's account by its name; a case number's organ and year; a
    # form's slots for gender and birth date.
    "户名：广州市越秀公证处专户 账号 3602 0001 0902 0012 345",
    "粤劳人仲（2024）字第88号裁决书已送达。",
    "申请人：【姓名】，【性别】，【出生日期】，住址：【详细地址】。",
    # Round 71 (evade31, zh72): a helpline named after a teacher; a university's and a cram
    # school's address and line; the fields a winner is asked to send; how a masked number
    # is shown; the nation's father by his epithet; Madame Curie; a textbook's publisher.
    "求助可撥張老師專線1980或生命線1995。",
    "國立中興大學　地址：臺中市南區興大路145號",
    "明日數理補習班　立案字號第1234號　地址：臺中市西區民生路88號　電話：(04)2222-3333",
    "中奖用户请私信提供【姓名】【电话】【收货地址】。",
    "隐私号开启后，手机号显示为 139****0000。",
    "以國父孫中山先生之名命名的中山路全長三公里。",
    "居禮夫人科學營，國小四至六年級，寒假開課。",
    "康軒版六上國語第五課的生字練習。",
    # Round 72 (zh73, chat38): a platform's advertiser account; a famous name at a middle
    # dot; a famous adviser on university choices.
    "您的推广账户（ID：2783920465178113）余额不足，请及时充值。",
    "哈利·波特全集精装版到货，周末店内有主题活动。",
    "张雪峰讲志愿填报的直播回放在哪里看？",
    # Round 73 (evade32): a brand and its product line side by side.
    "李宁韦德之道10代篮球鞋补货到店。",
    # Round 74 (zh75): a branch's address after its name in brackets; a service desk's line.
    "体检机构：爱康国宾（西湖分院），杭州市西湖区文三路 478 号。",
    "行政服务台分机 6000，外线 0571-8800 1234，工作日 9:00-17:30。",
    # ... and a form's "not known" is no given name.
    "登记表：姓王，名不详，男",
    # Round 75 (zh76, mix44): a preposition read as the surname 於 after a verb; a shop's own
    # address; a patent medicine named after its maker.
    "病人可求診於私家醫生或普通科門診。",
    "本店地址：新界沙田正街11號地舖",
    "何濟公止痛散係老牌成藥。",
    # Round 76 (zh77, evade34): a famous figure's life told after 先生; the Butterfly Lovers;
    # an auspicious day; a hospital's room; a developer's price list; Cantonese opera stars.
    "金庸先生晚年定居香港，仍然笔耕不辍。",
    "婚宴再设一桌“梁祝桌”给大学同学。",
    "黄道吉日宜嫁娶，婚庆公司档期早早订满。",
    "3号楼2层MRI室本周维护，请到1号楼检查。",
    "價單第2號：第5座20樓C室 實用面積480平方呎 售價$8,120,000",
    "任劍輝和白雪仙的《帝女花》至今仍常演出。",
    "Yam Kim-fai and Pak Suet-sin starred in Dai Nui Fa.",
    # Round 77 (zh78, mix45, chat40): a stadium's address in brackets; a grandparent's home
    # by kin word; a cartoon princess; a record-holding runner.
    "终点位于越秀山运动场（应元路1号）。",
    "拜完外婆，然後先去阿爺度。",
    "冰雪奇缘的艾莎很受小朋友欢迎。",
    "何杰打破了全国马拉松纪录。",
    # Round 78 (zh79, evade35): an animal shelter's "home" (之家) is no home; a shop named
    # after its road; a parcel's tracking number; a riddle's people.
    "新北市動物之家（板橋區板城路28號）週二至週日開放參觀。",
    "取件门市：全家罗斯福店（台北市中正区罗斯福路二段）。",
    "顺丰追踪号码 8812-3345-6678 已签收。",
    "谜语：李先生和张先生一起走路（打一字）。",
    # Round 79 (zh80): a department's repair line.
    "实验室维修电话 0571-8797 5566，工作日 8:30-17:00。",
    # Round 80 (evade36, zh81): 马来 (Malay) opens no name; a body's own vehicle; a
    # department's mailbox.
    "马来文的 Encik 相当于先生。",
    "本月上门服务车辆（沪A·D5518，中心公务车）停驶保养。",
    "请将汇总表发送至中心公卫科邮箱 gwk@jdsqws.cn。",
    # Round 81 (zh82): a name inside a book's title; 和平 opens a road's name.
    "《诗经·卫风·氓》写的是一段婚姻。",
    "中正區公所（臺北市和平西路二段50號）週六舉辦講座。",
    # Round 82 (zh83, evade37): a building's management office and notice; the Wiegand
    # protocol; a hospital's outpatient clinic's address.
    "人民路18号明珠大厦物业管理处通知：周六停水。",
    "彌敦道500號商業大廈通告：本週六清洗水缸。",
    "门禁控制器支持韦根26协议。",
    "勘誤：瑪嘉烈醫院專科門診地址為荔景山路2-10號。",
    # Round 83 (en84, zh84, mix47): a shop quoted by its owner's name and trade; an exam
    # tutor; an admissions office's initials as its mailbox; a form guide's example; a
    # warehouse's landline.
    "大家知道“阿明空调”吗？听说上门很快。",
    "张宇的高数基础30讲讲得很细，适合零基础",
    "报考咨询：研究生招生办公室 020-8411 2233（工作日8:30-11:30，14:00-17:00），邮箱 yzb@sysx.edu.cn",
    '填写示例：姓名"李四"，身份证号"11010519491231002X"（仅为格式示例，请勿照抄）。',
    "退货别写工厂地址，写广州集运仓，电话写仓库座机 020-3688 1234 就行",
    # Round 84 (en85): Malacca is no 马 person.
    "马六甲的三宝山是郑和船队停靠的地方。",
    # Round 85 (evade39): a company's service desk after its address; a hall named after a
    # benefactor's wife; a famous address of fiction; a mall's and a school's notices.
    "九龍灣宏照道 38 號企業廣場 5 樓 —— 客戶服務中心（只處理公司客戶）",
    "Room 2B, 香港中文大學 邵逸夫夫人樓，講座改到這裡舉行",
    "《哈利·波特》裡，哈利住在女贞路 4 号的德思礼家。",
    "🎉 週年慶全館 7 折｜📍 大安區忠孝東路四段 45 號｜⏰ 11:00–22:00",
    "🏫 Open Day｜培正中學｜🚌 何文田培正道20號",
    # Round 86 (zh86, ms46, mix49): a dancer; an elderly centre's enquiry line and address;
    # an association's line in office hours; a pupil's revision.
    "杨丽萍的舞蹈视频大家看了吗？",
    "长者中心 查询电话：2561 1234；地址：北角英皇道300號地下",
    "本会热线：03-2078 1111；WhatsApp咨询：012-388 1234（仅限办公时间）。",
    "老师说明天听写，大家帮孩子温习一下",
    # Round 87 (zh87): a game's character.
    "NPC“李铁匠”的任务对话已修复。",
    # Round 88 (mix50): Macau's Chief Executive.
    "岑浩輝宣誓就任行政長官。",
    # Round 89 (evade41, zh89): a basketball player; the book of surnames; a campus's address;
    # a model official and the office he held.
    "林書豪在紐約掀起 Linsanity。",
    "《百家姓》：赵钱孙李，周吴郑王。",
    "中山大学南校园地址为广州市海珠区新港西路135号。",
    "焦裕禄同志任兰考县委书记期间带领群众治沙。",
    # Round 90 (mix51, zh90): a year-end bonus (花红); tutors joined by "+".
    "我们公司年底花红一般是一个月工资。",
    "出全套：张宇+汤家凤，九成新。",
    # Round 91 (zh91): a body's headquarters moved to an address.
    "入境事務處總部已遷往將軍澳寶邑路61號，新總部大樓提供一站式證件服務。",
    # Round 92 (mix52, zh92): a family by its surname; a founder's courtesy before the
    # method founded.
    "我们陈家的字辈是“德光明”。",
    '张文先生创立的"心语疗法"影响很大。',
    # Round 93 (evade43, en93, zh93): an address right after a hospital's name; a school's
    # Chinese orchestra; a drama's character; counts of households.
    "伊利沙伯醫院（Queen Elizabeth Hospital）地址為九龍加士居道30號。",
    "华乐团周二排练。",
    "看《小舍得》时觉得南俪报班太夸张。",
    "各小区登记情况：阳光花园120户，幸福里86户。",
    # Session 21 (zh94): a department's clinic "在" its address; the road does not start
    # before 在.
    "我们医院康复医学科门诊在朝阳区工体南路8号，挂号请用官方App。",
    # Rounds 95-96 (zh96, ms51, mix54, chat49): a firm's move (本所已迁至); a firm's account;
    # a tribunal's room in brackets; a historical jurist; a state (彭亨州); Malay places'
    # openings (武吉); 周 "week" after 按.
    "本所已迁至福田区深南大道6008号特区报业大厦20层，欢迎莅临。",
    "收款账户：上海市明德会计师事务所，开户行：招商银行上海分行，账号 1219 0876 5410 001",
    "庭审地点：区劳动人事争议仲裁院第三仲裁庭（人民路12号5楼）。",
    "讲座：伍廷芳与香港早期法律史，欢迎报名。",
    "目前彭亨州的灾民已增至3,100人。",
    "从武吉巴督坐巴士到兀兰只要二十分钟。",
    "两个护工按周轮换，周末由家属照看。",
    # Session 21: an age after a phase, not a name (第二階段開放 50 歲).
    "公費疫苗第二階段開放 65 歲以上長者接種。",
    # Rounds 97-98 (zh97, zh98, evade45): a parcel locker's, a venue hall's and an escape
    # room's addresses.
    "快件已存入中山路12号丰巢柜，请凭取件码取件。",
    "讲座地点：人民路88号2楼报告厅，免费入场。",
    "真人密室：每位HK$168，地址：旺角西洋菜南街10號8樓。",
    # Rounds 97-98 (zh97, mix55): who pays the postage (寄付月结); a form guide's example
    # plate, with "fill in your own" (閣下本人) no owner.
    "付款方式：寄付月结 | 月结卡号：0210009876 | 重量：1kg",
    "填表示例：車牌號碼 CD 5678（僅供參考，請填寫閣下本人資料）。",
    # Rounds 99-100 (zh99, zh100, evade46): a pseudonym (化名); an estate agent (房仲); a
    # chain's founder; an office's address after an emoji; a service's line after 📞.
    "退休老人李阿姨（化名）在网上被骗走积蓄三十万。",
    "房仲帶看前請先確認買方身分證件。",
    "打卡胡大姐连锁第12家店，人均25元。",
    "🏛️ 稅務局總部：📍 灣仔告士打道5號稅務大樓",
    "長者服務熱線 📞 2345 6789，歡迎查詢。",
    # Rounds 101-102 (zh101, mix57): a form guide's examples (以上均为示例，请勿照填); a
    # Nyonya cake shop; Kuching (古晋).
    "填表样例：车牌号：京A·88888（以上均为示例，请勿照填）。",
    '古晋"李娘惹"糕点店推出限定千层糕，每条 RM 45。',
    # Rounds 103-104 (mix58): Hong Kong's 白居二; a renovator's shop by its owner.
    "白居二中咗籤，想問下點揀樓？",
    "陳師傅裝修（居屋專門）熱線 3188 6022，免費上門報價。",
    # Rounds 105-106 (mix59, chat54, zh58 guard): moxibustion and banned herbs; a clinic's
    # booking line; a law firm pointed at after its address; a medicine's name in pinyin;
    # an office-holder speaking in its capacity.
    "艾灸后请勿吹风，对艾烟敏感者请告知医师。",
    "关木通、广防己均含马兜铃酸，已停用。",
    "预约请拨打 03-7957 1234 或到柜台登记。",
    "解放路88号这家律所提供遗嘱起草服务，收费每份 1,500 元起。",
    "六味地黄丸 Liu Wei Di Huang Wan 是常用中成药。",
    "林世雄以運輸及物流局局長身份出席記者會，講的士車隊制度。",
    # Rounds 107-108 (mix60, zh108): a donation to a clan's account; an officer at an
    # earnings call (电话会 is no phone).
    "捐款请汇入“怡保黄氏宗祠”会馆户口 Maybank 5123-4567-8901，收据另寄。",
    "某科技公司董事长兼CEO王建中在业绩电话会上表示云业务增长。",
    # Rounds 109-110 (zh109): an office-holder's public mailbox.
    "市长信箱 mayor@city-example.cn，来信5个工作日内答复。",
    # Rounds 111-112 (zh111, zh112, mix62): a top rider (单王); a clan's clubhouse before
    # its address; an office held for a time (担任……局长期间).
    "本月单王奖励500元，周日截止。",
    "陈氏宗祠会所：No. 8, Jalan Bendahara, 31650 Ipoh，初一十五开放。",
    "刘志强在担任区教育局局长期间推动了课后服务。",
    # Rounds 113-114 (zh113, evade53): a hospital's duty line after hours; a hospital's
    # address in the cell after its name.
    "非工作时间请拨打总值班 0571-8766 1234。",
    '"瑪麗醫院","香港薄扶林道102號","急症醫院"',
    # Rounds 117-118 (zh118, chat60): a Taiwan body's account by its legal form, a group
    # policy's master number, 陆配, a term's class, a chat's speaker label before famous
    # architects.
    "郵政劃撥帳號 19021448，戶名：社團法人桃園市大溪社區大學。",
    "團體意外險保單號碼 GPA-114-003317，每人意外身故保額 100 萬元。",
    "陸配朋友可以憑居留證報名，學費與本地學員相同。",
    "結業證書（範本）：學員 ○○○ 於 ○○○ 年○季班修畢課程。",
    "用户：梁思成和林徽因当年为什么反对拆除北京城墙？",
    "使用者：想要安藤忠雄那種清水模風格，客廳可以怎麼做？",
    # Rounds 119-120 (zh119): Jet Li in the gazetteer.
    "壹基金由李连杰于 2007 年发起，后在深圳注册为公募基金会。",
    # Rounds 121-122 (chat62): a chat's 用户： label before a famous founder's words.
    "用户：任正非说的“以奋斗者为本”是什么意思？ 助手：强调把资源向贡献大的员工倾斜。",
    # Rounds 123-124 (mix68, zh124, chat63): the lunar month's first days, a temple's rites
    # for the year's god, and Cantonese 钟意 are no names.
    "農曆新年初一至初五公休，初六起正常營業。",
    "謝太歲請於送神日前攜收據至服務台領取太歲符。",
    "幫我寫個 Tinder 自介，做 IT，鍾意影相同行山。",
    # Rounds 125-126 (zh126, guard of zh27): 索償 is a claim; a typhoon by its name.
    "索償被拒可以點投訴？係咪搵保險投訴局？",
    "1983 年颱風愛倫襲港，天文台懸掛十號風球。",
    # ... and pinyin typed for words, a one-syllable pair, is no name (guards).
    "hao de 的，明天见",
    "gao ding 了，谢谢大家",
    # Rounds 127-128 (zh128, mix70): an academician by title, a chairman since a year, a
    # nation's 我国; a shop's thanks to a screen name (guard).
    "中国科学院院士王振义是我国血液学的开拓者之一。",
    "陈志明自2010年起出任南洋商业集团主席。",
    '回复：亲爱的"爱吃甜甜圈"，感谢您的好评，期待再次光临！',
    # ... and a Taiwan compatriot permit's and a home return permit's guide without a number.
    "台胞证办理须知：携带台湾身份证原件及近期照片。",
    # Rounds 129-130 (mix71, zh129, chat66): a work's makers in brackets after its title, a
    # scholar's surveys in a decade long past, the health commission as 卫健.
    "音乐会曲目：《山村小景》（王建国）、《渔舟晚唱》（刘芳、孙立）、《丰收》。",
    "日本学者田中一郎于 1920 年代多次考察台湾山区的植物。",
    "可以到出生的医院或当地卫健部门指定的签发机构申请补发",
    # Rounds 131-134 (en132): hospice care, 安宁疗护, is no name.
    "安宁疗护转介一般由主治医生提出，社工会在两天内联系家属。",
    # a case's number after a number sign, its check digit holding by chance
    "案件 #A1130928-17 已移送建設局處理。",
    # a petitioner (陳情人) is no surname 陳 with a given name
    "依規定，陳情人得隨時查詢案件進度，承辦人不得公開陳情人資料。",
    # a road the tagger cut short before 路口
    "事故地點：中港路與文心路口，處理單位：交通局。",
    # a work's seal in an auction catalogue (X之印), a dynasty's rubbing (宋拓), an auspicious motif (吉庆有余)
    "齐白石 虾 立轴 设色纸本 钤印：白石翁、齐璜之印。",
    "明拓《曹全碑》册页 十开",
    "清乾隆粉彩吉庆有余纹大罐，估价待询。",
    # a warehouse's address in a seller's pick-up notice
    "買家請於7日內到倉庫提貨，倉庫地址：葵涌貨櫃碼頭路88號6樓。",
    # a template whose fields the reader is asked to fill (请按格式填写：【账号】)
    "报名请按格式填写：【姓名】【手机号】【身份证号】，私信发给群主。",
    # circles a writer says stand in for the data (資料先用「○○○」代替)
    "使用者：幫我擬一份車禍和解書，個資先用「○○○」代替。 助理：立書人○○○，身分證字號○○○，於○年○月○日發生車禍...",
    # a forgetting curve named after Ebbinghaus
    "艾宾浩斯认为，遗忘在学习之后立即开始。",
    # Round 151-152: a mainland student (陆生), a reverse mortgage (安老按揭), airlines by their
    # short names, Cantonese 張卡 (the card), a famous donor after a chat's speaker label,
    # a dataset card's placeholders, a tokenizer's special tokens.
    "陆生在台湾读博可以申请奖学金吗？",
    "安老按揭適合有物業但冇穩定收入嘅長者。",
    "马航的行李额度是多少？华航呢？",
    "張卡唔見咗要即刻打去銀行掛失。",
    "用户：邵逸夫生前捐了多少间学校？",
    "## 隱私 / 姓名、電話皆以 [姓名]、[電話] 取代後才公開。",
    '{"special_tokens": ["<PERSON>", "<PHONE>", "<EMAIL>"], "model_max_length": 256}',
    # Round 153-154: a venue's address by its label, a game character (胡桃), a famous voice
    # actress, a role mailbox for a fair's booths, an example plate on a form.
    "展馆地址：上海市浦东新区龙阳路2345号 W1馆，地铁2号线龙阳路站步行10分钟。",
    "胡桃的cos服推荐哪家？帽子和梅花配件要做精致一点。",
    "声优花泽香菜今年会来上海签售，名额限量。",
    "摊位押金问题请联系 booth@dongman-expo.org，标题写摊位号。",
    "車牌：＿＿ ＿＿＿＿（例：AB 1234） ｜ 車主姓名：＿＿＿＿",
    # Round 155-156: a fapiao item's category between stars, a company's invoice
    # particulars, training data with a famous name and a zero tax number, 林匹亚 of
    # Olympia, a famous founder and Olympic champions, a famous quote after a chat's label.
    "<ItemName>*小型新能源汽车*比亚迪海豹 2025款 650KM 长续航版</ItemName><Quantity>2</Quantity>",
    "开票信息（公司）：名称 广州珠江物流有限公司｜税号 91440101MA9UQ2HX1B｜地址电话 广州市天河区体育西路191号 020-38880000",
    "开票系统演示数据：购买方 林黛玉，地址 荣国府潇湘馆，税号 000000000000000000（仅供培训）",
    "阿諾曾七度奪得奧林匹亞先生，是健身界的傳奇。",
    "张小龙被称为微信之父。",
    "用户：鲁迅那句“其实地上本没有路”能印在我们的帆布袋上吗？",
    # Round 157-158: a rainstorm warning (黃雨), Alipay's 花呗 and 借呗, a famous figure after
    # a chat label before 借.
    "天文台話黃雨，今日行山取消。",
    "花呗和借呗的利息怎么算？",
    "用户：刘备借荆州的故事可以用在还款提醒里吗？",
    # Rounds 159-162: a pet's cone, a white coat, a lion head's colours, an office's move,
    # famous people and characters (翟天临, 陈嘉玲).
    "绝育套餐含术前检查和伊丽莎白圈，价格还行。",
    "我家猫一看到白大褂就躲起来。",
    "醒獅隊新購獅頭型號FS-3301（黃底紅邊關公獅），訂單編號PO-250101-02。",
    "本周起办公室搬迁至北京市朝阳区建国路 88 号 10 楼，来访请预约。",
    "翟天临的博士学位后来被撤销了。",
    # A placeholder number in test data does not make famous characters contacts; a Basque
    # cheesecake; a warehouse record's address.
    "樣本資料以《水滸傳》人物命名：宋江、林沖、武松，手機欄一律填 0900-000-000，勿當真。",
    "本周新品：抹茶巴斯克，会员群内接龙预订。",
    '{"table":"warehouse","name":"广州白云三号仓","address":"广州市白云区太和镇大源北路88号"}',
    # A family's elders (no name); scouts by kind; counts of sheets; a venue's entrance and
    # an English-named shop's address; a warehouse record.
    "女童軍同深資童軍嘅制服唔同，記得分清楚。",
    "本月共 18 张送货单，已全部签收。",
    "集合地點：維多利亞公園正門（銅鑼灣興發街1號），八點半準時出發。",
    "文具可以去 Art Shop 設於旺角彌敦道688號旺角中心買。",
    # ``老人`` after a phrase, not a name's title (远程照顾老人).
    "父母住得远，怎样远程照顾老人比较安心？有没有推荐的摔倒报警器？",
    # A company's vehicle by its plate (公司运营车辆（号牌 ...）).
    "公司运营车辆（号牌 粤B·D5521，登记在公司名下）已送修。",
    # The ringgit (马币), The Hague (海牙), a famous translator (林纾).
    "马币现在多少钱？上周还是3.45，今天跌到3.40了。",
    "外交部发布会介绍，海牙公约在我国生效以后，送往缔约国的文书办理时间明显缩短",
    "林纾本人不通外文，却与人合作翻译了一百多部外国小说，堪称奇观。",
    # A cemetery's office address; a sheet written (寫張紙仔, no surname).
    "西山永安陵园 地址：杭州市西湖区龙井路 18 号（园区办公地址）",
    "唔該幫我寫張紙仔貼喺大堂，提醒大家夜晚細聲啲，唔好點名。",
    # Session 28: Cantonese 張 at a clause's start or before 當票; a shift and a seal after
    # their verbs; 知道 before a number; stock words.
    "今日收咗三両金，張單未入 system",
    "我張當票下個月到期，點續當？",
    "交接表：当班药剂师____ 交接时间____",
    "拆封后请于30天内用完",
    "谁知道 8 号那场讲座在哪个厅？",
    "蔡司镜片明天到货",
    "普利珠和皮带一起换比较划算",
    # Session 28: an educator and an athlete of Taiwan.
    "陈鹤琴提出“活教育”理论。",
    "蘇麗文帶傷比賽的故事激勵了很多學員。",
    # Session 28 guard: a famous singer mentioned so.
    "@周杰伦 新歌好好听",
    # Session 28: Cantonese 張單 before a verb of writing.
    "張單寫住「貨物出門，恕不退換」",
    # Session 28: goldfish, arowana and durian varieties.
    "兰寿和狮头都是金鱼品种。",
    "龙鱼缸要加盖防跳。",
    "苏丹王比猫山王便宜。",
    # Session 28 guard: collect on delivery.
    "快递到付运费12元",
    # Session 28: Cantonese 張單 before 上; the Mont Blanc cake.
    "張單上面寫兩個師傅，點解得一個？",
    "栗子蒙布朗 6 寸 ¥268",
    # Session 28: a film's yellowing.
    "贴膜质保：起泡、黄变可免费重贴。",
    # Session 29: a block and a unit without a flat.
    "3栋2单元 共有 24 户，请按时缴费。",
    # Session 29: a department's line; a bill's number in four groups; 大爷 and 大妈 of a place
    # or a dance.
    "投诉渠道：院长信箱、护理部电话 0571-8765 2300、12345市民服务热线，我们将在3个工作日内答复。",
    "繳費單號 9113 0827 4410 5526，金額 NT$1,000，請於繳費期限前至超商繳納。",
    "北京大爷最爱喝豆汁",
    "广场舞大妈们又来了",
    # Session 30: servers' addresses in logs (a destination's field, a proxy's upstream,
    # a service's port); organisations' mailboxes named by what they do in common words;
    # an HKID's shape in a range or a decimal; a DNS name's base32 that is a random id.
    "人物=赵敏 出自《倚天屠龙记》",
    "小红书 2025 年度报告显示 8300 万用户",
    # Session 30: a given name in Chinese text with a private matter said in Chinese; a
    # name after a seat's code (not weeks); a given name in capitals with a surname and a
    # private matter in a payment's line.
    "Apple 公司上個月確診一宗個案的消息是假新聞。",
    "酒駕是公共危險罪，最高可判兩年有期徒刑。",
    "懷孕 20 周以後要做大排畸檢查。",
    "新配的眼镜一般有 1-2 周适应期，不适应请回店复查。",
    "交通部長陳世凱說要加重酒駕罰則。",
    # Session 30: values in markup: a tag's data attribute (kept when the tag goes, base64
    # decoded), troff's escaped hyphens and spaces, LaTeX's thin spaces and inline commands,
    # a Word document's runs; a number to ping somebody at; a firm's HR line in a job
    # advertisement; a message's sender on a platform; a Honda City's plate; dialysis and a
    # death in Malay.
    "<w:p><w:r><w:t>第四章</w:t></w:r></w:p><w:p><w:r><w:t>设备保养</w:t></w:r></w:p>",
    # Session 30: a report's anonymised parties (顾客甲); a receipt's thanks cut short (多謝惠顧);
    # a version something was upgraded to; colleges' and shops' desks (pendaftaran@, warranty@,
    # preorder@, talian utama kami); a quotation's letter, year and serial; a Hong Kong business
    # registration number; Go and chess players; a former spouse and seizures (sawan) as
    # private matters.
    "患者甲和患者乙均在术后第三天出院，无并发症。",
    "凍檸茶 $22 ×2，合共 $44，多謝惠顧",
    "商業登記證號碼 72810394-000-11-25-1\u3000永興藥材行",
    "柯洁和古力的对局复盘讲座改到周六下午。",
    # Session 31: English names in what markup hid (a LaTeX footnote); a lift's lobby by its
    # letter; a gallery's wall text; an appositive's everyday role (the Bangladeshi worker); a
    # location history; host names in capitals and a given name alone before a device; a parent's
    # handle on a platform; a heart attack, a fine, a beating, diabetes and high blood pressure in
    # Malay, a disciplinary action; a nickname as a sentence's subject with a private matter.
    "小儿推拿的注意事项：饭后一小时内不宜操作。",
    "小米的新款手机下个月发布。",
    "周星驰的影片《功夫》在香港票房很高。",
    # Session 31: a miscarriage told as a verb, abuse at home (didera), sleep apnoea, arrears on
    # a loan; a name before a house's number (Jason Loh No. 8); a student's handle on a platform; 老 and a surname or a nickname before a pronoun as
    # a sentence's subject; a miscarriage in Cantonese (小產) and a loan shark (大耳窿); an archer
    # and a cartoon among the figures.
    "老家的房子漏水了，要找人修。",
    "老板说年底大家都有奖金。",
    # Session 31: short base64 values under a config's keys (a Kubernetes Secret's data); an
    # OCR page's ALTO words; a request to keep it secret as a personal cue (a namesake of a
    # famous name, a concert); asthma, a theft, a disciplinary inquiry and a late spouse in
    # Malay, a divorce in Cantonese; a handle added to a group or pointed at (she's @...) or
    # saying something (@... 說); 老X after 的; desks named by one word (speakers@, conduct@,
    # teetime@, sewa@), a salon's official WhatsApp; Pilates in Chinese, rose cultivars, a
    # golfer, Singapore playwrights, Chinese chess masters.
    "墊上皮拉提斯 8 堂方案，效期 60 天。",
    "周末复盘许银川与胡荣华的对局，欢迎棋友旁听。",
    # Session 31: digits that spell a number or an NRIC in hex; a handle's owner by a given name
    # and an age; a post before 小X (电工小王); a voyeur's filming, an eviction, a prison term in
    # Chinese (坐过牢); older Malay women's given names (Kalsom); holds: anime characters, a
    # safety desk, a hall's counter, a figure's handwriting (鲁迅先生手书).
    "展厅里陈列着鲁迅先生手书诗稿的复制品。",
    "安妮亚的钥匙扣补货了，每个 S$12。",
    # Session 32: a lost job, a theft at work, a birth, a religious-office arrest as private
    # matters; a kin title by birth order alone (Mak Teh), an honorific and a surname (Mr
    # Goh), a stock Ah name (Ah Lian) with a private matter; Kak Ros given a home next door;
    # 'not a public figure' as a personal cue; a registry export's UTF-16 hex, a value split
    # over numbered keys, a home directory named given.surname, LINE_ID as a config key;
    # desks (quotes@, print@, kursus@, delivery@), a shop's main line in Malay, a timestamp
    # after 'log line', a template's ___ blanks, a blank form's layout under 格式：.
    "问：禁渔期可以玩路亚吗？答：开放水域允许单钩路亚。",
    "钩子推荐伊势尼 4 号，线组主线 1.5 子线 0.8。",
    "表格格式：申请人〔姓名〕，住址〔地址〕，联系电话〔电话〕。",
    "金流回傳：MerchantTradeNo=ORD2025041100012, RtnCode=1, TradeAmt=800",
    # Session 32: money borrowed and not repaid, a broken wrist, eczema and steroids, dengue,
    # a late husband as private matters; Amoi and a surname; a Sikh name by Kaur; a
    # Cantonese 太 addressed with a toothache; a check-up to be followed up; a home line's
    # (HOME) label; a LINE_ID key but no call_2025... or line_no; a lottery ticket counted with 张 after 了; a counter's, a general and a
    # fax line; a price read as a place; wholesale and recall desks.
    "周末路过彩票店买了张刮刮乐，中了20块，哈哈。",
    # Session 32: a bankruptcy, a fever, a birth just had and money short in Chinese; an
    # honorific and a surname with a private matter said in Chinese; a given name and a private
    # matter up to 80 characters apart; a copyright holder given with a home address; G-code's
    # letter-numbered words not read as one number; a quotation's number; a club's line;
    # guitar makers, typeface designers, pianists and piano studies in Chinese.
    "哈农和车尔尼练习曲适合打基础，郎朗小时候也练过。",
    "米高·積遜的月球漫步是街舞班的經典示範。",
    # Session 32: a drink-driving conviction, an affair, an injury at work in Malay as private
    # matters; a Chinese given name that is a particle's word (Zhou Bin's); somebody's own car
    # before a plate; somebody else's flat as a home; a post before 小X (美甲师小吴); fewer holds:
    # a sole proprietor's account, licensing and outlets desks, a massage shop's clock words,
    # mainland tourists (陆客), a telefilm's plot, a chocolatier's and whisky makers' names, Hokusai and Michael
    # Jordan in Chinese.
    "钟单 #0117 项目:足底按摩 起钟 20:05 落钟 21:05 加钟0次",
    "陆客来台湾旅游需要办理入台证。",
    "刺青參考：葛飾北齋的浮世繪浪花。",
    # Session 33: a full name in Latin letters and a Latin name one is called by (叫Rina) in
    # Chinese text with a private matter; bruises and a passport kept as private matters; an
    # HR note as a personal label; fewer holds: our WhatsApp line, WhatsApp kami, a sole
    # proprietor's account in brackets, a model code after a product's name, an acronym's
    # expansion, a serial range's end, a commercial building's unit, a specialists' practice,
    # Malaysian towns and a violinist in Chinese.
    "编号HK-2601-001至HK-2601-120的样品已经寄出，请查收。",
    "地址：荃灣沙咀道40號全發商業大廈15樓1502室（荃灣站A出口）。",
    "居銮那边的老咖啡店都说，现在年轻人不爱喝古早咖啡了。",
    "盛中国和俞丽拿都是上海音乐学院毕业的小提琴家。",
    "旧书店老板推荐黄裳的书话，说读完就懂藏书的乐趣。",
    # Session 33, rounds 239-240: a patch test is no test data; a lawsuit, a detention (kena
    # tahan) and tuberculosis as private matters; an MCST chairman is no public figure; a
    # landed estate's Park as a street; an ancestral tablet's filial children; a colleague's
    # post and a comma; a line written backwards (and one that is not); fewer holds: a studio
    # line and a shop counter in Malay, a business's our, a brand by somebody, an aid's
    # recipients, Mak Andam, a supplier's Provisions, bro before a word, everyday words in a
    # priced bill, a joint management body's account, a register looked up online, a line
    # after opening hours, a company's spaced address, a body's booking line before its
    # address, Michelin, a stall, a lung's lobe.
    "恭喜本店「阿宗麵線」再度入選米其林必比登推介，假日請提早排隊。",
    "有人知道阿强鸡排摊位今天开不开吗？",
    "公司地址：香港中環德輔道中 68 號萬宜大廈 20 樓 2001 室；傳真 (852) 2522 0000。",
    "美康体检中心（福田店）预约电话 0755-8333 2222，地址：深圳市福田区福华三路88号5楼。",
    # Session 34, rounds 241-244: a Latin name after 阿 or a kin word in Chinese with a
    # private matter in either language; a title and surname before a baby's birth or a
    # confinement; an owner's own Latin name after 我係; a site trade's 小X with hepatitis B;
    # a sum owed; a custody dispute (and a child born 2013 is no figure); a mascot's
    # performer; a romanised name with a role and said in Malay; I'm and a given name; an
    # acc no.; a plate after a long label; a bride's, a couple's and an account holder's
    # name; a booking's SSR DOCS, CTCM and CTCE; fewer holds: office lines after office
    # hours, a dispatch line, a table-booking WhatsApp, a business WhatsApp listed after
    # its hotline or said to be only for bookings, a farm's address and official WhatsApp,
    # a shop's new address, a venue's bracketed address, a shop unit, listings in Malay,
    # shops by their trade, a motif, an author before 著, an article's number, figures and
    # brands.
    "彩色打印A4 1.5元/面，专色（潘通色）另行报价。",
    "在“王师傅图文”做了喜帖，纸张手感很好，总体给四星。",
    "估價報告摘要：九龍灣宏照道38號企業廣場五期商業樓面，市值估價港幣 2,960 萬元。",
    "地址：九龍旺角彌敦道688號旺角中心二期5樓，訂枱熱線 2384 1100，訂枱WhatsApp 6123 1100。",
    "阿福樂器行台中店搬遷公告：新址為台中市西區公益路二段88號1樓，電話不變 (04)2322-1100。",
    "衛武營國家藝術文化中心音樂廳（高雄市鳳山區三多一路1號）12/20 鋼琴獨奏會團體票代訂開跑。",
    "企业团拍每对2680元，详询企业客户部 0571-8796 1100（工作日9:00-18:00）。",
    "换货请寄回：浙江省杭州市余杭区文一西路969号 退货中心 收，电话 0571-8502 1100，请勿到付。",
    "客服熱線 (852) 2345 1100，WhatsApp 9108 1100（只供文字查詢），辦公時間星期一至五。",
    "門市自取地址：九龍旺角彌敦道688號旺角中心一期12樓1205室，請攜帶取件碼。",
    "儿童钢琴教材《约翰·汤普森简易钢琴教程》套装，John Thompson 著，附音频二维码。",
    "台灣魔術師劉謙2009年登上春節聯歡晚會表演近景魔術。",
    "1962年，何鴻燊、霍英東、葉漢及葉德利合組的澳門旅遊娛樂有限公司投得澳門博彩專營權。",
    # Session 34, rounds 245-246: a bankruptcy and a remand in Malay, a Sister by her
    # given name, a disability card, one called 小X, a staff advance to 向公司, Mrs by 太太
    # whatever follows, 這次 after a nickname, a temple's 師姐 who lost a job, a padded name
    # in a chat, an MRN, a name in capitals before a birth date; fewer holds: mailboxes
    # after an enquiries label or a service line, training and tours desks, a cycle year,
    # a temple's king boat, orchids and cultivars, a reference catalogue's compiler, a
    # commercial building's address, an event venue, a barber's shop, a course desk line,
    # a company WhatsApp, coin grades and places.
    "丁未年值年太歲為繆丙星君，建議於農曆正月十五前完成安奉。",
    "西港刈香為台南每三年一科的王醮盛事，2027年適逢丁未香科，將舉行燒王船儀式。",
    "本届锦鲤品评会共设红白、大正三色、浅黄秋翠、丹顶等13个组别。",
    "“王阿姨家政”连锁门店在西湖区新店开业，首月开荒保洁8折。",
    "如物品於運送途中損壞，請經公司WhatsApp 5123 4410或電郵提交相片。",
    "新加坡兰艺研究会年度展览定于3月举行，参展兰株须于3月4日送达。",
    # Session 34, rounds 247-248: a worker by job and name (Foreman, Installer, Lorry
    # driver) with a private matter, whatever news the sentence tells; a permit cancelled,
    # stitches, a relative held at a reception centre, police bail; one who gave her name
    # as; a worker named after his nationality; Saya and a name and a comma; a possessive
    # further from its matter; 架子工 and 那个 before 老X; a stroke; a marriage hidden; 何sir;
    # fewer holds: an OCR engine's boxes and ids, a credit note's number, a service line,
    # an order line, an office phone in a review, warranty and complaints mailboxes, fish
    # by their colour, makers of cranes.
    "寿光彩椒本周到货420吨，采购单满3000元可送货到店，订货电话0536-5239817。",
    "批发鲜鱼报价：黄颡鱼（黄辣丁）26元/斤，鳜鱼58元/斤。",
    # Session 34, rounds 249-250: a cabinet of teak is no government's; truancy, a
    # pregnancy lost, a birth in Malay, a depression treated, money owed in plenty; an Ah
    # name further from its matter; 老X before 昨晚; an account after acc; a PDF form field's
    # value; an epithet only from a list (not ``the Walkman``); fewer holds: a
    # certificate's OIDs, choirs and music shops, an e-signature report's events, plant
    # nurseries, orchids by their botanical names, a shop selling uniforms, a hormone's
    # duct, figures.
    "AMH 抗缪勒管激素检测 260 元；精液常规分析 120 元。",
    # Session 34, rounds 251-252: an arrest as a noun, a bone broken told the other way,
    # intensive care in Malay, detention and a heart attack in Chinese, 周 sir with a
    # space, 因为偷卖公司 is no company's name; fewer holds: a browser's version, a league's and
    # a marina's mailboxes, an office's address update, snooker, figures.
    "香港寫字樓地址更新：九龍觀塘道388號創紀之城一期12樓，舊地址嘅信件會轉寄三個月。",
    "问：斯诺克和美式台球收费一样吗？答：斯诺克台每小时新币14元。",
    # Session 34, guards of the session's own changes (lines of older sets that the first
    # full run held): a bot's persona in Malay, a police chief beside suspects remanded, a
    # charity's account after acc, a test system's patient id, no injuries in a report, a
    # weekday's possessive, a dish, a painter's figure.
    "在 HIS 测试环境里用 patient_id=TEST-000001 跑了 HL7 v2 ADT^A01 消息，解析正常。",
    # Session 35, rounds 255-256: a parent's number to reply to, 手提 (a mobile), the
    # writer's own account after a company's, a Malay road with a Chinese house number or
    # a bare number and comma, 小X/阿X伯 before a time word, @mentions, a regular customer, a
    # Latin surname and 太, Malay subjects, a name in a file's name in title marks, a
    # three-character name in hex; fax reports' company lines, role mailboxes, quoted
    # trades, fishing ponds.
    "傳真報告：目的地 +852 2736 5120（永昌貿易 會計部）頁數 3 結果 OK",
    "推荐“李师傅家电回收”，上门快，价格公道，旧冰箱给了150元。",
    # Session 35, rounds 257-258: a name glued to a log's key and quote, a league's
    # regular, Hong Kong's 陳生 (Mr), an employee's 小X, a staff member or a Malay worker by
    # job and name, a burn, a romanised two-syllable name in Chinese text, a nickname
    # addressed with a private matter, an app's user; franchise and operations mailboxes,
    # a label glued to a mailbox, a business line, a WhatsApp display number, chocolate
    # and Ovaltine.
    "加盟查詢請WhatsApp加盟部熱線6122 8890或電郵join@bubbleteahk.com，我們會在三個工作天內回覆。",
    "饮品单：阿华田冰沙 S$6.80、美禄恐龙 S$6.50，甜度可调。",
    # Session 35, rounds 259-260: a debt by missed payments, a given name signing off with
    # a private matter, a Latin name and romanised surname in Chinese text with a private
    # matter said in English, 何太 saying something after a place's name, a pension, a
    # platform's private message labelled in Chinese; figures with their life years in
    # Chinese, a seal's carving styles, exam, consignment and hardship mailboxes, official
    # lines and control rooms, posts and places as chat speakers.
    "Lot 2031 陈师曾（1876-1923）花卉册页 设色纸本 估价 RMB 600,000-800,000。",
    "姓名章可选白文或朱文，印文不超过四字，青田石 88 元一方。",
    # Session 35, rounds 261-262 and the second full run: a mistyped NRIC the form is said
    # to read, a job before a name written in lower case, a child named with an age or a
    # school year, a diagnosis said of a person next to an eponymous syndrome, a
    # performer's private matter in a troupe's notice; room and fixtures mailboxes, a
    # centre's WhatsApp; a chat's User: label is no cue of a data subject, and a Malay
    # trade's title is no name.
    "★★☆☆☆ 等了一個月都未有位，中心的WhatsApp 6388 2210 只有自動回覆，希望盡快增聘治療師。",
    "User: 鄧麗君的〈甜蜜蜜〉適合改成爵士嗎？ Assistant: 很適合，可以把和弦換成七和弦。",
    # Session 35, rounds 263-264: X他妈怀二胎, a phone's call log (outgoing, incoming, called
    # from), a sign-off with the writer's role after it, a card used without permission, a
    # retirement fund's member number, a Chinese name after a relation said in English; a
    # licence's number, appeal, competition and lost-property mailboxes, drinks and a fare
    # card by their Chinese names.
    "鸡尾酒特价（周日至周四）：莫吉托 ¥48、长岛冰茶 ¥58，买二送一。",
    "長者優惠：持「樂悠咭」人士星期二早上點心八折。",
    # Session 35, rounds 265-266: a writer's self-introduction before a number, 我們家小X, 小X
    # every day, English after 小X in mixed chat, a partner's beating and a prison term,
    # given names with their pay; charter mailboxes, a centre's WhatsApp line, quoted
    # trades after what they deal in.
    "推荐“阿明二手家电回收”，上门快，旧洗衣机给了180块。",
    "找「李师傅开锁」换了锁芯，连工带料240元，师傅有公安备案。",
    # Session 36, rounds 271-272: a subscriber's number in a telco's records (msisdn, 65
    # and 852 without their plus, TBCD), an SMS in UCS-2 hex, a handset's IMEI and a SIM's
    # IMSI, a ship's rank before a name, a blood cancer, a family that cannot afford a
    # fee; role mailboxes (travel, crewing, genealogy), a mailer's message id, an ops
    # handset and an office WhatsApp line, a product by its measure, a quoted stand-in
    # name, public officials and a show's host in Chinese, a writer's character, shops in
    # quotes, a class's and a business hall's address.
    "個人資料私隱專員鍾麗玲今日表示，公署收到的資料外洩通報較去年增加兩成。",
    "金管會主委彭金隆昨日表示，將要求銀行加強警示帳戶的通報機制。",
    "《非诚勿扰》由孟非主持，乐嘉和黄菡担任嘉宾，曾是收视最高的婚恋节目之一。",
    "狄更斯笔下的米考伯先生一生负债累累，却总相信“总会有转机”。",
    "唔該會計部改返張單，之前個地址打錯咗。",
    "族谱凡例：男女丁口一律入谱，外嫁女可载其配偶。",
    "旅行团明早由厦门高崎T3出发，请准时集合。",
    "周末聚餐订咗「阿財海產」兩圍，七點入座。",
    "★★★★☆「阿強鎖匙」喺觀塘道，換鎖快，收費合理。",
    "秋季招生：每週日上午，地點 台北市大安區信義路四段 120 號 3 樓 小星星教室，額滿為止。",
    # Session 36, rounds 273-274: a storekeeper's pay and her husband's lost job, a
    # photo's EXIF artist, a beating in Malay, dyslexia, a stall-keeper's nickname, a Hong
    # Kong flat in short; a shifts desk's and a body's own mailbox, a URL's user and
    # password, a 24-hour line in Malay, a department in brackets, a merchant line, a
    # config's production line id, a tutoring centre and a specialty shop.
    "請WhatsApp 9345 1276（人事部）查詢職位空缺。",
    "「陳老師教育中心」開咗十幾年，筆記自己編，價錢合理。",
    "第三市場裡的阿旺土雞專賣，每日新鮮到貨，價錢公道。",
    # Session 36, rounds 275-276: a club's championships are no public event, gambling
    # losses and a debt collector, a Latin name with 姐 and a private matter, a kitchen
    # worker's unpaid loan; a liquidator's and a disputes desk, a firm's WhatsApp, an
    # enquiry line in Malay, an association's phone and an official number, an events team
    # in brackets, a unit code before an HKID's shape, an association's address after its
    # tax number, a meeting's venue in a gazette notice, a meeting room, a fish farm, a
    # bak kut teh shop, a public statement, a roadside tree.
    "報名表請WhatsApp至委員會官方號碼 +60 3-9132 4400，截止日期為1月10日。",
    "志工時數請登錄系統，協會的單位代碼是 V-A0631275，有問題來辦公室問總幹事。",
    "協會發票抬頭：社團法人新北市福和社區發展協會，統一編號 38841927，地址新北市永和區福和路88號2樓。",
    "感谢赞助：黄亚细肉骨茶与陈记五金行提供抽奖奖品。",
    "颱風期間請回報積水與路樹倒塌情形，緊急狀況請撥119。",
    # Session 36: named guards for lines the session broke and mended (a quoted shop's
    # trade after a name of two characters, a clinic's wa.me booking link).
    "二手计时钟一台，九成新，店铺「阿强鸽具二手专营」，不议价。",
    "前台：已回覆客人，連埋價目表同 WhatsApp 預約連結 wa.me/85251238800。",
    # Session 36, rounds 277-278: a medical history in a race's medical log (history of
    # atrial fibrillation, sejarah serangan jantung), a sweeper vehicle's record, a sum
    # glued to a name, a Latin full name before a Chinese comma, Mrs. with its dot, a lay-
    # off, dementia in Malay, a spouse's retrenchment, a divorce under way in Cantonese, a
    # separation and alimony, a chat speaker's own pregnancy, medical bills; a finance
    # department's line, an account named for incorporated owners, a project's mailbox,
    # In-Reply-To without its colon, an interpreters' desk, an admin WhatsApp in Malay, a
    # config's shared mailbox, a shop's address label, a celebrity chef, a bakery and a
    # private kitchen in quotes.
    "本收据可作慈善捐款扣税凭证，如有疑问请致电财务部 6277 3400。",
    "法團收款戶口：中國銀行，戶口名稱「德福花園業主立案法團」，戶口號碼 012-345-6-789012，入數後請交回管理處。",
    "外发邮件一律用项目邮箱 project-orion@skydata.cn，不要用私人邮箱发截图。",
    "店家地址：九龍旺角彌敦道 600 號 12 樓，港鐵旺角站E2出口步行兩分鐘。",
    "「阿強叔的麵包坊」新開分店，菠蘿包好酥，推薦。",
    "五星！「陳媽媽私房菜」的滷肉飯很像家裡的味道，每週一公休。",
    # Session 36, rounds 279-280: a verb of hearsay the model took into a name, a
    # newspaper's letter writer, a newsroom's reporter by post, a clerk's folk name in
    # brackets with a hospital bill, a dependant's orthodontics, an SUV's plate, an
    # account after the post office's name; a newspaper's subscriptions, letters, opinion
    # and tips desks, an auction's preview address, the leopard cat.
    "春拍预展地址：上海市静安区南京西路1266号恒隆广场六楼，免费入场。",
    "動物園感謝企業認養：義美食品（石虎）、王品集團（穿山甲）。",
    # Session 36, rounds 281-282: an oral history is no
    # history lesson, a mistyped NRIC after where it is written and a colon, an adult's
    # age set off after a given name with a private matter, more everyday Malay names, a
    # fellow hobbyist's nickname, 上次 after a nickname, a loan shark's loan in Malay and an
    # underground bank, sexual remarks at work; a front desk's WhatsApp, an emergency line
    # in Malay, a farm's visits and a library's members desk, a pest controller, a
    # weekday, a pesticide, a courtesy title before life years.
    "林師傅除蟲專家（台中北屯店）服務很專業，但電話常常打不通。",
    "茶類作物之陶斯松容許量為2.0 ppm，本批樣品檢出值0.05 ppm，判定合格。",
    # Session 36: named guards for lines the session broke and mended (a place after a
    # verb of hearsay, a priced item's name before its sum, a famous cat's real name
    # before a Chinese comma).
    'Grumpy Cat（不爽猫）本名 Tardar Sauce，因天生"臭脸"走红，2019年去世。',
    # Session 37, rounds 283-284: a call-back number in Chinese numerals with 幺, a blood-
    # pressure reading of a nickname, a given name and a Chinese surname with an adult's
    # age, a nickname in quotes after a customer, a name before its relation in brackets,
    # a nickname signing a message, a Malay psychiatric word, a tracker's mention and a
    # labelled login, a mailto link in a tag; versions after a product or 版本, a no-reply
    # sender with a tag, role mailboxes (qa, wellbeing, itsd), business lines (for
    # appointments, a business line, a front desk, WhatsApp for quotations, a workshop's
    # line, a shop's new line, a WhatsApp business number in Chinese), a transliterated
    # name with its Latin original, TCM brands, a claim form's measure word, aged mugwort.
    "客服热线：+65 6220 1180（周一至周五），WhatsApp商务号 +65 8833 0172，中文客服邮箱 zhongwen@genelabs.sg",
    "「李記鎖匠」已由舊舖遷往新址，舊舖電話即日起停用，新舖電話 2559 4120，請各位街坊留意。",
    "今日師傅出外診，下午暫停推拿服務。如需改期請WhatsApp 5127 3360 聯絡前台。",
    "環保少女桑伯格（Greta Thunberg）多次公開談及自己的亞氏保加症。",
    "黄道益活络油 30ml 香港原装，每单限购6瓶，物流单号发货后更新。",
    "余仁生（Eu Yan Sang）燕窝礼盒，新加坡直邮，会员价 S$88.00。",
    "[15:02] 前台：保險公司退咗張索償表，話漏咗蓋印，今晚補返再寄。",
    "艾灸条 五年陈艾 20支装，每盒约 300g，零售 ¥39.90。",
    "ToDesk 4.7.2.3 存在已知漏洞，请尽快升级至 4.7.5。",
    "打印机驱动已更新，版本 7.1.0.2 适用于 Win10/Win11。",
    # Session 37, rounds 285-286: a kin word in English before a Chinese name, a name that
    # runs on into a room (Bilik 4), a debt owed in a league, a parent named by the child
    # as a chat's speaker, an estate with 园 and 小区, a compensation still unpaid; role
    # mailboxes (records, group, ICT unit, lost and found), a business account in
    # brackets, a counter's and an official handset's lines in Taiwan, a shop quoted after
    # 这家, a midweek price, snooker and golf champions.
    "櫃台電話 07-331-5820 今天下午停話維修一小時，客人有急事請改打店內公務機 0912-448-305。",
    "这家“李阿姨手工水饺”排队要一个小时，跑腿代排费30元，饺子确实好吃。",
    "北大湖滑雪 4天3晚，周中价¥3,699/人，周末及春节另计。",
    "斯諾克球桿出售：傅家俊簽名紀念款（限量）HK$2,680，數量有限。",
    "潘政琮在東京奧運奪得男子高爾夫銅牌後，練習場的青少年班報名大增。",
    # Session 37, rounds 287-288: an identity card's number near a guard house's or a
    # hotline's words, a caller's number in Chinese (來電), a brother nickname after a
    # fellow player, an old-surname nickname addressed with a debt, a low month's pay;
    # role mailboxes (wedding, community, lost property, nursing station, servis), an
    # official line in brackets, a hotel's official WhatsApp in Malay, a master's and a
    # grand opening's surname characters, 張 before a notice and after 有, a champion
    # jockey.
    "新張誌慶！大三元麻雀耍樂開幕首週枱費八折，茶水免費，歡迎街坊捧場。",
    "[09:10] 早更：消防處嚟巡查，留低咗張通知書編號 FSD/K/26/1044，擺咗喺經理枱面。",
    "[01:20] 夜更：外賣app有張單送錯咗嚟，已經打返去餐廳叫佢哋派人嚟攞。",
    "潘頓今季在沙田勝出逾百場頭馬，賽後感謝各位練馬師及馬主支持。",
    # Session 37, rounds 289-290: a house on a Malay-named street in Singapore a ride goes
    # to, a heart condition, a loan still being paid off, a loan shark in Malay slang, an
    # Ah name whose private matter the next sentence tells by a pronoun, a known given
    # name before Chinese with a private matter, Ms and Miss with a surname reporting of
    # herself, an early pregnancy, a debt collector in Cantonese; a donation office's
    # mailbox, Hong Kong's sample name after 例如「, a white gown, a thank-you card, a roll-
    # up banner.
    "問：姓名欄點填？答：按身份證明文件填寫，例如「陳大文 CHAN, Tai-man」，先姓後名。",
    "相本規格：內頁20面40頁，可加頁每面NT$800；加印謝卡小卡100張NT$1,200。",
    "婚展攤位物料已裝箱：易拉展3支、樣本相本8本，週五早上物流來收。",
    # Session 37, rounds 291-292: a person introduced by a role who told us of a
    # diagnosis, a pregnancy by its month, a singer's pregnancy in a studio's note, our
    # vocalist set off by commas, Cantonese 嘅 before a nickname and 早排 after it, 肥 and a
    # man's given name, a son in prison, a surgery in Malay, a firewall's VPN user;
    # Nanyang painters and an orchestra's director, a gallery's valuations and logistics
    # desks, a lettuce, brown sugar, a little late in Cantonese.
    "本作為劉抗、陳宗瑞、陳文希及鍾泗賓於1952年峇里之行後所作，曾於新加坡公開展出。",
    "價目牌：本地菜心每斤$18、唐生菜每斤$12、紅蘿蔔每斤$8，所有價錢以港幣計算。",
    "街市「豐記豆品」自家製豆腐花$12一碗，黃糖另加$2，週末十點前通常賣晒。",
    # Session 37, guards for lines the later fixes broke and mended (full run at 10ac7d1
    # against 2445616): a shop's 'welcome to call' is no caller's number, a hotline's
    # digits in a card's shape, a celebrity's obituary, a place before its Malay street, a
    # four-character transliteration after a common surname, a kin word before a surname
    # in mixed text, a name that ran on into a block.
    "全新 Dyson 吹风机 HD15，新加坡行货两年保修，门市价 $699，我们店促销 $599，欢迎来电 6223 8845 询问。",
    "客服热线 400-820-8820 11月第二周来电 2.9 万通，接通率 93%，平均等待 38s",
    "吉隆坡分行地址：59100 吉隆坡孟沙 Jalan Telawi 5 第12-1号，周六上午提供免费筛查。",
    "钛金属无框 林德伯格 Lindberg Spirit 2198 新币880起，镜片另计，镜腿可免费激光刻字（限店名或英文字母）",
    # Session 38, round 293 (en293, en294, zh293, zh294, ms150, mix153, chat148,
    # evade143): a bounced cheque and a mortgage in arrears beside a painter's name, a
    # custody lost, a doubled nickname's meltdowns and antipsychotic, a child 'reads' at a
    # school (no school's name), a nickname with a sister's title of late, a mobile given
    # eight digits, an Ah name drunk and fighting with a police report, 'we live' before a
    # block in mixed chat, an arrest in Cantonese; and a business's area of delivery, a
    # courier's gateway, a site 'open at', an incident's date-stamped number, a shop's
    # bracketed WhatsApp, a mailbox's '.my' read as 'my', opening hours further back, a
    # gallery's line, a registered company's notice, role mailboxes (intake, member,
    # tougao, a shared inbox), a plaza or barracks before an address, an event's place and
    # premises after a Chinese address, a receipt's ground-floor shop, a price in
    # thousands after a painter, an author called teacher before a title, a character's
    # given name after the full name, a shop by its corner, a limit per customer, a
    # brewery's style, brands.
    "投稿请发至 tougao@beiyuepress-demo.com，会员注销请发邮件至 member@yuedushe-demo.cn。",
    "客服 WhatsApp：016-7721 4409（只限文字信息）；電郵：khidmat@telefixklinik.com.my；營業時間上午10點至晚上8點。",
    "2025-12-01 09:14:02 [INFO] 运单 YT4419023381 已揽收，目的地：成都市双流区物联大道 66 号 西部物流园 2 号库，预计后天到",
    "2025-12-01 18:30:11 [INFO] 已到达苏州转运中心，预计 12-03 送达 苏州市姑苏区人民路 1188 号 新天地 2 楼门店",
    "講座：「正念飲食」共3堂，逢星期日下午2:00–4:00，地點：旺角彌敦道 580 號 恒生旺角大廈 9 樓，費用HK$900。",
    "收據 MO-R-26-007712｜澳門新馬路 51 號地下｜納稅人編號 81230011｜雲吞麵 x 2 MOP 96.00｜合計 MOP 96.00",
    "展覽開幕：一月十日（星期六）下午三時，地點為中環雲咸街 12 號地下青山畫廊，敬請回覆 rsvp@qingshangallery.hk。",
    "下期读书会书目定了：马伯庸老师的《两京十五日》，周六晚七点，地点还是二楼活动区。",
    "精釀吧招牌是加了海鹽的古斯啤酒，生啤 8 款輪替，外帶罐裝可以刷悠遊卡。",
    "有人认为“白幼瘦”审美被社交媒体放大，也有人认为是商业广告的作用。",
    "「鮑魚大王」楊貫一的富臨飯店曾獲米芝蓮三星，楊氏辭世後業界紛紛悼念。",
    # Session 38, round 295 (en295, en296, zh295, zh296, ms151, mix154, chat149,
    # evade144): a FIN after a card scan that failed (no check that fails), a Taiwanese
    # class before a famous name, a sibling by birth order before a name in a text naming
    # a novel's character, a bracketed HKID in a file's name, a given name signing off
    # after 'From', a child by an English given name after 'your family'; and a desk's
    # Chinese mail label glued to the address, bd and concession mailboxes, a registered
    # company's address and 'No. Syarikat', a booking after a number, a club house, an
    # event hall after a Chinese address, a cram school's classroom in quotes, a
    # headquarters' line after its address, a weekday opening a menu row, places, figures
    # and brands.
    "福田区社康管理中心公告：各社康中心统一咨询邮箱ftsk@ftsk-health.cn，来信三个工作日内回复。",
    "客服邮箱 help@lvya-app.cn，商务合作 bd@lvya-app.cn，公司地址：杭州市滨江区网商路99号。",
    "台中總部：臺中市西區英才路532號9樓，電話04-2326-7788，寒假班即日起開放報名。",
    "家長說明會：12/6（六）14:00於臺北市大安區和平東路一段162號B1演講廳舉行，免費入場。",
    "澳門分校招生：學費每月MOP 1,280，地址澳門提督馬路38號地下，亦可透過WhatsApp +853 6288 1511預約。",
    "錦鯉品評會報名費每尾 $150，地點九龍公園體育館，查詢請 WhatsApp 會務組 9188 3311。",
    "阳光托养中心收费标准：日间照料 900元/月；周托 1800元/月；全托 3200元/月。",
    # Session 38, round 297 (en297, en298, zh297, zh298, ms152, mix155, chat150,
    # evade145): a real plate and phone in test data, an OTP sent to a phone (no keyword
    # to a service), a stock-cast name with a bill not paid, a prison term and a divorce
    # in Malay, a monthly pay said, a quoted 'fat boy' nickname with a record, a son's
    # English name after a Cantonese kin word, a given name after a role in a file's name,
    # a pay list with jobs in brackets, a 'brother' nickname opening the text, a car loan
    # before a plate, a repository's history is no history; and results, rentals and bot
    # handles, a studio's official WhatsApp, a studio's possessive, a locksmith, a
    # business's move in Malay, a shop's address in brackets, a road named after Sun Yat-
    # sen, shops in quotes and second-hand furniture, a care team, places, figures and
    # brands.
    "澳門分行：氹仔孫逸仙大馬路二手車展銷場地下，電話+853 2882 6770。",
    "關愛隊嗰邊話聖誕前會加辦一輪安全檢查日，需要義工幫手派煙霧感應器。",
    "阿強二手傢俬 價目：摺枱$120、碌架床$1,380，九龍區送貨$150。",
    "週三有「李媽媽手工饅頭」的下午茶，咖啡用的是路易莎的豆子。",
    "黃記參茸海味（灣仔軒尼詩道302號）靈芝孢子粉60粒裝 HK$560，滿 HK$1,000 免費送貨。",
    # Session 38, round 299 (en299, en300, zh299, zh300, ms153, mix156, chat151,
    # evade146): a worker's name with age and nationality before a pregnancy, a possessive
    # is no listing's quote, a bank card said to be one's own with a failing check digit,
    # money borrowed in Malay right after a romanised name, a nickname followed by 'from'
    # and English with a private matter in Malay, a value typed straight into a formula;
    # and a temple's address by its label past the house number, a move to a body's
    # present site, a temple's or a shop's address in brackets or on its receipt, a talk's
    # hour before 'at', a bare enterprise credit code, pejabat and audit mailboxes, an
    # agency's line, a temple office's line, a business's notice of its own office, a
    # review of a business's line, stock words, figures and brands.
    "龍山寺由泉州移民創建，1919年遷至現址台北市萬華區廣州街211號，主祀觀世音菩薩。",
    "月老參拜可參考台北霞海城隍廟（迪化街一段61號）的求紅線流程，紅線請於服務台請領。",
    "收據 No. 005512｜杏香園餅家 澳門氹仔官也街 13號｜杏仁餅 ×10 盒 @ MOP 45｜合計 MOP 450",
    "SH-XH-002,老凤祥银楼徐家汇店,上海市徐汇区肇嘉浜路1111号1F,021-6438 2211,91310000132212345X,09:30-21:30",
    "收驚服務：每週二、四下午2:00至5:00，由本宮法師親自主持，恕不受理電話收驚。",
    "问：犯太岁一定会倒霉吗？答：安太岁意在祈求平安，本馆不收任何化解费。",
    "「陳老師姓名學」有公司登記，收據有統編，corporate 報帳 no problem。",
    "子平八字以徐子平命名，他將李虛中的推命法改為以日干為主。",
    "问：白衬衫领口的黄渍能洗掉吗？答：大部分可明显改善。",
    "工作准证已签发，发票已通过电邮寄出，谢谢惠顾。",
    # Session 38, round 301 (en301, en302, zh301, zh302, ms154, mix157, chat152,
    # evade147): siblings by birth order in mixed text are a personal cue, a cashier's, a
    # cook's, a shift colleague's nickname with a private matter in Cantonese (有咗三個月,
    # 腦退化症, 無薪假, 抑鬱), a son in hospital in Cantonese, a home one was thrown out of, a sum
    # owed after what it was for, an FPS ID; and a booking site after 'at', a made-up
    # business under example.sg, an EXIF version tag, a course's place and fee, service
    # hours in Chinese after a number, a school's official WhatsApp, a business's
    # classroom, a 24h locker, an agency operating at an address, a shack and a charter,
    # world writers in Chinese, stock words, places and brands.
    "海明威的小說《老人與海》是我們航海課程閱讀清單上的經典。",
    "【培训通知】开设育婴员（初级）班，12月20日开课，地点：徐汇区漕宝路1015号职业技能培训中心3楼，学费2680元。",
    "德叔糖水：楊枝甘露 $32、芝麻糊 $20、湯丸（四粒）$18，逢星期三休息。",
    "杨枝甘露用的是吕宋芒，甜度刚刚好，西米也够弹牙。",
    # Session 38, round 303 (en303, en304, zh303, zh304, ms155, mix158, chat153,
    # evade148): a complaint's maker named like a celebrity, a court hearing over
    # moneylender loans, a landlord's nickname with a debt and a divorce; and a company's
    # number in Cantonese, an official website's phone, an office's address past 'No. 8',
    # a customer's 'do you deliver to', an outlet or a salon in brackets after a number,
    # hours in Malay, the branch manager to reach, a homestay's counter, cetak and
    # frontdesk mailboxes, a fax of a shop, a department or a branch, figures, stock words
    # and brands.
    "問：夜晚幾點之後仲有車？答：WhatsApp查詢請發送至公司號碼 5123 7700，約15分鐘內回覆。",
    "1 星：官網電話 02-2508-7711 一直沒人接，希望店家改善資訊同步。",
    "店舖回覆：關於卸甲收費已列明價目表，如有疑問請WhatsApp 5123 7710聯絡分店經理。",
    "14-MAR-2025 15:07 寄件者：澳門新馬路文具行 傳真 +853 2835 7711 → 收件：採購部 第 1 頁",
    "燙髮價目：溫塑燙 NT$2,800、韓系 C 捲 NT$2,500，燙後 7 天內免費修剪瀏海。",
    # Session 38, round 305 (en305, en306, zh305, zh306, ms156, mix159, chat154,
    # evade149): an NRIC card named before a mistyped number, a resident named by
    # building, a birth just had and a hospital stay in Cantonese, 'call me back' in
    # Cantonese, a divorce given in Malay; and a config's business number, a front desk
    # reached on a line, a weekday's hours in Chinese, an environment file's template, a
    # Hong Kong BR number, shops in quotes, stock words, figures and brands.
    "团员投诉升级路径：群助手→团长→区域运营（工作日 9:00-18:00，电话 0571-8765 7711）→平台客服。",
    "台南「阿明水果冰」的季節水果冰盤每份 NT$200 起，芒果季一定要排隊。",
    "INVOICE 發票 No. INV-HK-2026-00911 | 囍宴宴會有限公司 | BR No. 71230011 | 九龍尖沙咀彌敦道132號A座12樓",
    "屏東直售的金煌芒每台斤 NT$45，現場可試吃，假日人多停車位有限。",
    "喜糖礼盒：费列罗T3加德芙两粒装12.8元/盒，满200盒免费烫金印字。",
    # Session 38, guard for a line the later fixes broke and mended (full run at 948ca9a
    # against 41720b3): a shop's new FPS ID for its customers is no person's (only one
    # said to be somebody's own is an account).
    "[10:05] 收銀：收款QR code換咗新版，新FPS ID 163920481，舊嗰張請即刻丟咗佢。",
    # Session 39, rounds 307-308: a phone asked for by itself (number pls), an NRIC kept
    # on file, a Latin name after a Chinese role word, a lorry's plate by its driver, pay
    # docked in Cantonese, a loan not yet cleared, a colleague 啱啱 diagnosed, LASIK and bad
    # night vision in Malay, a pay slip's sum, a name set off by commas; a locksmith by
    # its branch, Malay listings' words, a land scheme's settlement, a voltage, a
    # marketplace's listing title, a thing's letter label, a quoted shade, public bodies'
    # acronyms, eyewear and hearing brands, a company's SSM or BR number, a registration
    # line, a realty's line, a shop's opening address, an office floor's reception, an
    # example in brackets, a founder in a brand's history, our country in a textbook,
    # Zeiss lenses, a storage firm in quotes.
    "验光请提前预约，预约号以Q开头（如Q1206-032），过号请重新取号。",
    "公司資料：恒視眼鏡有限公司，商業登記證號碼 61234578-000-05-25-1，九龍尖沙咀彌敦道132號美麗華廣場地下G05號舖。",
    "双十一：蔡司泽锐1.60镜片送护理套装，依视路钻晶系列满1500减200。",
    "昌明駕訓班台中分班開業大吉！地址：台中市西屯區台灣大道三段99號，報名享免費體檢。",
    "周生生珠寶由周君令先生於1948年在廣州創立，後在香港發展成為大型珠寶品牌。",
    "★★★☆☆ 马六甲这家小仓库招牌写着「阿德仓储」，价格便宜但只收现金。",
    # Session 39, rounds 309-310: a PayNow sender's number, a month's pay by its sum, a
    # strain at work after a nickname and a body part, hair falling out, a Latin name
    # before 哥 with a private matter in English, a blood test's report, a hex-encoded
    # number after 0x; clears booking and billing lines, an order placed on a WhatsApp, a
    # business line said in brackets, a bicycle shop, a quoted bone-setter, a level named
    # after a comedian, chat speakers by post, a unit's letter, public pools and medical
    # suites by addresses, a centre's FAQ of its address, loyalty mailboxes, vouchers in
    # Malay, brands, a country's name, 苏东 and 张照.
    "团购价：五花茶一次订50杯以上每杯 $9，需提早两日 WhatsApp 5408 7712 落單，请附公司名称。",
    "「黃伯跌打」呢個招牌喺旺角掛咗四十年，藥酒自家浸，一支 $80 街坊價。",
    "【秒杀】马百良 安宫牛黄丸 3g×1丸 ¥568，另有陈李济 乌鸡丸，满300减30。",
    "1981 年，澳大利亚医生首次报告用持续气道正压通气治疗睡眠呼吸暂停，后由瑞思迈推向市场。",
    "问：中心地址喺边度？答：九龍彌敦道 180 號 8 樓 801 室，星期日休息。",
    "咸蛋苏东 S$20 / S$28，牛油蟹 时价，麦片虾 S$18 起。",
    "史丹利 STANLEY 32件套筒扳手会员价329元，世达 SATA 46件套 398元。",
    "海报贴在收银台，贴好拍张照发群里给督导看。",
    "桌面有啲黐，張枱要再抹過，其他都OK。",
    "洽詢電話03-987-1234（09:00–22:00），假日加價NT$100。",
    # Session 39, rounds 311-312: a street ending in Plain after an owner, a phone word in
    # a longer label, a service worker's nickname, a dog bite in Malay, an NRIC after IC,
    # a number said to be somebody's right after it, a check-up's finding, a patient by
    # initial and name, a new worker's given name with age, a late husband's account, a
    # name joined to a number in a referral code; clears message-only and booking WhatsApp
    # lines, a building's management line, walkers and groomers, a unit's business
    # building, a software park, a build number, a code read as a place, a meeting room, a
    # product's edition, a founder's deed of long ago, a marketplace listing's everyday
    # word, privacy mailboxes, a charger's wattage, brands, 巴哥, 仲話, 致敬.
    "已預約嘅客人請喺到店前 10 分鐘 WhatsApp 我哋 5408 6621（商業號碼，只處理預約，唔接電話）。",
    "WhatsApp 預約：5408 3390（只限文字訊息，恕不接聽來電）｜電郵：enquiry@example.com.hk",
    "官方渠道：WhatsApp 商业号 +60 12-388 4401（仅限预约），电邮 cs@example.com.my。",
    "机房位置：广东省深圳市南山区科技南十二路 8 号 金蝶软件园 C 座 3 楼，机柜编号 SZ-NS-09。",
    "【阿明機車行 2027 保養價目】一般速克達換機油（含工資）：礦物油 250 元、全合成 450 元。",
    "電瓶更換：湯淺 YTX7A-BS 1,350 元，統力 GTX5L 980 元，舊電瓶回收折抵 100 元。",
    "温馨提示：高温期间短鼻犬（如法斗、巴哥）每次散步不超过15分钟。",
    "一星：師傅遲咗兩個鐘先到，仲話落雨唔做，公司熱線 2388 4470 打極都冇人聽。",
    "老板电器与方太在高端油烟机市场的竞争持续，两家均推出免费清洗的售后权益。",
    # Session 39, rounds 313-314: a child by a kin word with her age in words, an auntie
    # by surname introducing herself with a bypass, a team head's nickname, a beating to
    # come, an allegation after a name set off by commas, vehicles listed after their
    # word, a volunteer with drink, an instalment overdue; clears holiday-camp, rights and
    # hostel mailboxes, a storage firm's and a locksmith's quoted trade, potters, clubs
    # and plumbers, a company form before its address, a bursar's corporate account, a
    # culture hall's address, a list of codes of an HKID's shape, a founder by his deed,
    # rituals and brands, 周例会, 孟沙.
    "美团商家「王师傅开锁换锁」价目：普通开锁 ¥80起，更换锁芯 ¥260，夜间加收 ¥50。",
    "月度报修统计：水电类142单、电梯类29单，已在周例会复盘并形成整改项。",
    "107 房的貓還在躲，先插上費利威擴香，週末再由店長跟家長討論。",
    "本價目表適用於汪喵生活永和館，自 2027 年 1 月 1 日起生效。",
    "譚仔三哥米線迎新價：新生憑證購買套餐即送凍檸茶一杯。",
    "福利社價目：茶葉蛋 NT$13、林鳳營鮮乳 936ml NT$89，學生證可累積點數。",
    "澳門大學書院餐廳套餐：豬扒包 MOP$32、馬介休薯球 MOP$28。",
    "板橋文化館地址：新北市板橋區文化路一段 120 巷 8 號，本館僅有 2 格臨停車位。",
    # Session 39, rounds 315-316: a number followed by the customer it belongs to, a
    # spouse retrenched a few words later, a nickname leaving next week, a pupil's
    # nickname, a loan not paid back and a card overdue, an Indonesian given name, an
    # antenatal appointment; clears board games' designers and illustrators credited, a
    # firm's founder of long ago, a solar installer, a home-help agency by its owner, a
    # model glued to its make's letter, fittings brands, a weekly rent, a meeple, summer
    # months' tariff.
    "【现货】卡坦岛扩展 中文版，设计师 Klaus Teuber，适合 10 岁以上，售价 ¥268。",
    "★★★★☆ 李嫂家政（徐汇店）前台接待很专业，合同条款写得很清楚。",
    "零件補購：木頭小人（米寶）每個10元、六面骰每顆15元。",
    "经济型 Economy ¥158/天，周租 ¥920，含基础保险。",
    "git log: fix(tariff): TW 夏月電價 6/1-9/30 peak window 16:00-22:00",
    # Session 39 guards, more lines the full run at 7a598d4 broke and this session mended:
    # a minister's answer on work-injury claims (工伤 is no longer a private matter by
    # itself), a resident's complaint about a home-help platform (家政 clears a name only
    # right after it), a person's number to call for orders (an order or a booking after a
    # number no longer clears it).
    "人力部長陳詩龍在國會表示，政府會繼續檢討工傷賠償索償的處理時間。",
    # Session 40, left over from session 39's sets (probes reworded): an Indonesian Mbak
    # title with a private matter, a passport number after a label with words between, a
    # wheelchair as a private matter of a listed given name, a brand named after a famous
    # figure (曹操出行) no longer makes the text literary, a quoted regular's nickname with
    # she after it.
    "曹操出行2025年第三季度订单量同比增长18%，司机端App 6.2版上线。",
    "本店招牌「小炒」，它用的是本地黄牛肉，周一公休。",
    # Session 40, rounds 317-318 (probes reworded): a birth year of the 1940s no longer
    # makes a family register historical; a child's speech delay and being teased as
    # private matters; a parent named by the child saying a diagnosis; chat speakers by
    # class, trade or committee post; a price's currency the English model took into a
    # product's name; a toy named like a person; a company with its country in brackets;
    # role mailboxes after an acronym or a government body's own name; business lines by
    # outlet, office or duty, by the team in brackets, or for bookings only; a home line
    # as context; a firm's name ending in Services before its landline; addresses of a
    # centre or a clubhouse after the number, of a company's invoice details, of an open
    # day, after opening days and hours; Chinese stock words, ministries, a preposition
    # before a body's name, a party's 方, a book's authors, pioneers of public health and a
    # stage magician, brands.
    "高雄夢時代旁的親子餐廳週末包場價新台幣15,000元，含氣球布置與主持。",
    "問：勞工申訴怎麼辦？答：可撥勞動部1955專線，24小時免付費。",
    "問：向平機會投訴要多久？答：一般於12個月內提出，熱線 2511 8211。",
    "心理支援：衛福部1925安心專線，24小時免付費。",
    "會所活動室只供會員康樂用途，每小時收費HK$60。",
    "售后已处理：运费由冷链承运方顺丰冷运承担，团点不扣佣金。",
    "推荐书目：《被讨厌的勇气》岸见一郎、古贺史健著 ¥49.8。",
    "【王小卤】虎皮凤爪200g ¥29.9，冷链配送。",
    "春祭當日上午8時正於旺角彌敦道688號旺角中心地下集合，旅遊巴準時開出。",
    "开票信息：名称 杭州鲜达农产品配送有限公司；税号91330106MA2B3C4D5E；地址 杭州市西湖区文三路90号。",
    # Session 40, rounds 319-320 (probes reworded; the blank payslip template is a named
    # guard for a file-name rule this session first over-reached with): a Malay police or
    # army rank before a name, a scam's victim, an Indonesian NIK after its label,
    # Indonesian given names, a visa overstayed, drunk and in a fight in Chinese, a
    # nickname saying it owes or said of today in English, a nickname in brackets or
    # opening a file's name, names run together in a personal document's file name, a
    # log's user account of a person's names; a duty line, a desk in brackets, a line for
    # one matter only in Malay, a concierge line, a store's customer service and 查詢請致電, an
    # example.cn mailbox, a department's name in quotes before a mailbox, an application's
    # database account, a terminal and an expo before an address, a ministry's petition
    # office, brands of bags and their owners' products, restaurants, medals, historical
    # figures, company words (Sons, Adventures, Dept, Sentral), a vessel's name after its
    # label, payment words ending in 付, Kota Bharu, a measure word before a discount, a
    # supplier ordered from, shops by their trade (漁具行, 文具, 影印).
    "雇主應於工資給付日將工資全額匯入員工指定帳戶，不得預扣。",
    "作家廖鸿基的散文集《讨海人》描写花莲渔民的生活，他本人也长期参与鲸豚保育。",
    "漁船加油單據｜船名：金長興 CT3-2256｜柴油 4,200 公升｜合計 NT$83,160",
    "阿美漁具行 週年慶：釣線買十送一，滿NT$3,000送保冷箱一個。",
    "訂單 PO-2025-0412 向旺來船舶五金訂購錨鍊 10mm x 50m，預計 3/25 到貨。",
    "开往哥打巴鲁的夜班车于21:30从第19号闸门出发，请提前验票。",
    "人力资源和社会保障部信访接待地址为北京市东城区和平里中街12号，邮编100716。",
    "人力資源和社會保障部部長王曉萍表示，個人養老金制度已推廣至全國。",
    "林谋盛生前领导136部队在马来亚抗日，1944年殉难。",
    "黑白影印 A4 $0.5／張；滿 500 張九折（志明影印中心）。",
    "澳門 新馬路 阿勝文具影印 價目：證件相 4 張 MOP 60。",
    "崇光銅鑼灣店顧客服務部公告：本店拾獲之物品保存 30 天，食品類即日處理；查詢請致電 2833 8338 或 WhatsApp 留言。",
    "中秋套餐688元，预订电话0755-88326170（食堂前台，工作日9:00-17:00）。",
    "公司複合機通訊錄：「總務處」 soa@formosa-design.com.tw，統一編號 24536817。",
    # Session 40, rounds 321-322 (probes reworded): a relative's FPS ID, an NRIC labelled
    # as one's own in Chinese, a WhatsApp link its owner calls a personal line, a Hong
    # Kong plate by its car's owner (嘅車主), a delivery rider's nickname and broken ribs, a
    # parent introducing themselves by the child's name, a person-to-person payment QR's
    # payee (merchant category 0000) and not a merchant's name in its QR, Taiwan's mobile-
    # barcode e-invoice carrier (new recognizer; a format's example kept as its named
    # guard); ships by their prefix, role mailboxes (welfare, auctions, docs, car park), a
    # fixed line with or and a role mailbox after it, partner and collection-yard lines, a
    # finance department, a party by its legal role in Malay, a firm's name or
    # registration by its label before an address, a fair's booth after an address, stock
    # words (Cameron Highlands, wheat varieties, a slip's copies, tilapia), leaders of the
    # 1922 seamen's strike, brands.
    "蔬菜：金马伦高原包菜每公斤2.40新元，最少20公斤起订。",
    "本社统一采购“百农207”“郑麦379”两个品种，报名截止11月15日。",
    "磅单一式三联，白联留存，红联交售粮户，黄联交财务。",
    "吳郭魚本週拍賣價每台斤48元，請於週三清晨送至集貨場，集貨場電話05-6322718。",
    "一九二二年香港海員大罷工，蘇兆徵與林偉民為主要領導人。",
    "澳門發票 商號：咀香園餅家 地址：澳門新馬路3號 金額 MOP 268.00",
    "收據 R-0098123：台北市信義區松壽路9號 攤位 B12 活動報到系統租用 2 天",
    # Session 40, rounds 323-324 (probes reworded): a given name that is an everyday word
    # before a Chinese surname, a company officer whose private matter the sentence tells,
    # a given name alone before a room or a block with a private matter, Tamil given
    # names, money tight and a maxed card in Cantonese, a negated office word no longer
    # marks a business line; chat speakers by function, consultancies and co-working
    # cafes, books by their title in Malay, a Malaysian business registration no longer
    # read as an HKID, aged peel and Dewar flasks, a print shop by its trade, figures of
    # Singapore and Hong Kong in public roles, brands.
    "正宗新会陈皮 十年陈 茶枝柑 100克 S$45.80，附溯源码。",
    "液氮罐下午统一充装，杜瓦瓶请放到一楼卸货区。",
    "何德华（Ho Teck Hua）教授于2023年起出任南洋理工大学校长。",
    "2022年7月，蔡若莲接替杨润雄出任教育局局长。",
    # Session 40, rounds 325-326 (probes reworded): a model, a helmsman by their post, a
    # nickname said to owe in fact (其实欠), online loans, a name in capitals after a phrase
    # of ownership, a car word before a Malaysian plate, Danny as a given name; server
    # accounts and SSH key types named like addresses, a company's mailbox by its domain's
    # own name, a line said to be manned, a secretariat's WhatsApp in Malay, a firm by
    # Service or Models before an address or a line, a tattoo studio by its trade, stock
    # words (keys, cash, orchids, moss, lauan, fertiliser, to highlight), figures, brands.
    "大家注意：跳板機 authorized_keys 今天清理，只保留兩把服務帳號金鑰，個人金鑰請改走 SSO 簽發。",
    "收銀部八達通機又斷線，暫時收現金先。",
    "蝴蝶兰 黄金豹 每盆 RM35，新山门店限量供应。",
    "本会会员另送兰花肥料一包（花宝三号 1公斤装）。",
    "新一批水草到咗，有莫絲、鹿角苔同小榕。",
    "木质龙舟桨（柳桉木），单价人民币260元。",
    "全国道德模范郭明义长期坚持无偿献血。",
    "郭元益網購平台續約明細：OV 萬用字元憑證一年 NT$13,600。",
    "★★★★★ 台中「阿樂刺青」老字號，師傅做遮蓋很有一套。",
    # Session 41: a business's FAQ giving its own contact in the answer to a question
    # about reaching, finding or paying it, or in the business's own voice; not an
    # assistant asked for one's own or a relative's data, not an answer naming a person or
    # speaking as one, not where somebody lives.
    "问：如何联系售后？答：请致电 021-6188 2730 或发送邮件至 service@lanshan-home.cn，工作日9:00-18:00。",
    "問：中心喺邊度？答：九龍觀塘開源道 62 號駱駝漆大廈三期 8 樓 B 室，觀塘站 B3 出口步行約 5 分鐘。",
    # Session 41, rounds 327-330: mailing lists, bots and a project's desks in git
    # trailers and .mailmap; a famous figure's published address (not at a mail provider);
    # pawnshops; an acronym's line, an official WhatsApp channel; roads of industrial
    # estates; algorithm names are no plates; names in Wi-Fi and home-automation
    # identifiers; Taiwan's hyphenated names; a single name by role, a nickname by post, a
    # child by age, a voice message's signature; a card's last digits; a masked version of
    # a list.
    "如果掛八號風球，活動延期，會喺WhatsApp官方頻道 6018 2233 公佈。",
    # Session 41, rounds 329-332: figures (a deafblind author, Paralympians, feng shui
    # masters, designers); surveying firms and smart-home devices by their kind; dealers
    # by their trade; a secretariat's, a management's and an academy's lines; a FAQ
    # answered in the business's own voice; hotel and lost-and-found desks; a notice in an
    # institution's own voice; a device filing number; Cantonese still before a verb.
    # Leaks: an affair and a custody fight, a role the model took in before a name, a
    # customer by given name, a nickname after a group's label, a photo named after its
    # subject, a licence's file name in lower case.
    "问：寄存的行李怎么取回？答：行李保留 30 天，请发送邮件至 lost@harbourpods.my 并注明床位号，我们核对后会回复。",
    "阿貴手機配件行 特價：原廠錶帶 NT$690，門市位於光華數位新天地 3 樓。",
    # Session 41, rounds 333-336: accounts in a body's name after the number or on a
    # cheque (戶名「財團法人…」, atas nama Majlis Gereja, payable to a parish); a parish
    # bulletin's, an auction's and pinyin-named desks' mailboxes, a public mailbox in
    # Chinese; a church's and a shop's enquiry WhatsApp.
    "銀行轉帳：合作金庫（代碼006）帳號1234-567-890123，戶名「財團法人台中市基督教恩典堂」，轉帳後請來信告知。",
    "各组注意：对外回复一律用管理人公邮 glr@hzlawfirm.cn 和热线 0571-8320 6617。",
    "【鳳鳴戲服】戲服租期三日收費HK$1,800，查詢WhatsApp 5123 8807（上午十一時至晚上七時）。",
    # Session 41, named guards for lines this session broke and mended: a romanised name
    # before its possessive, a nurse manager's post, a policy on egg freezing, a company's
    # account by its last digits.
    "新加坡卫生部长王乙康2022年宣布，自2023年起允许21至35岁女性出于非医疗原因冷冻卵子。",
    "2024/12/31,利息收入,NT$ 1,284,餘額 NT$ 2,948,330,公司活存 帳戶尾號 8812",
]


@pytest.mark.parametrize(
    "text",
    ZH2_PERSONAL
    + MIX_PERSONAL
    + ZH3_PERSONAL
    + ZH4_PERSONAL
    + ZH5_PERSONAL
    + ZH6_PERSONAL
    + ZH7_PERSONAL
    + ZH8_PERSONAL,
)
def test_blind_causes_personal_lines_are_held(scanner: Scanner, text: str) -> None:
    assert _held(scanner, text)


@pytest.mark.parametrize(
    "text",
    ZH2_CLEAN + MIX_CLEAN + ZH3_CLEAN + ZH4_CLEAN + ZH5_CLEAN + ZH6_CLEAN + ZH7_CLEAN + ZH8_CLEAN,
)
def test_blind_causes_clean_lines_clear(scanner: Scanner, text: str) -> None:
    assert not _held(scanner, text)


def test_a_surname_glued_to_a_bed_number_is_given_back() -> None:
    """Round 48 (zh49): the tagger read 床王 as one word and 秀兰 as the name."""
    from residency.detectors.chinese.taggers import Word
    from residency.detectors.chinese.zh_person_recognizer import _with_split_surname

    text = "3号楼208床王秀兰奶奶今早血压165/98"
    start = text.index("秀兰")
    word = _with_split_surname(text, Word("秀兰", start, start + 2, "PER"))
    assert (word.text, word.start) == ("王秀兰", start - 1)
    # ... but not after any other Han character (学王小明 keeps its reading).
    other = "他在学王小明的样子"
    start = other.index("小明")
    assert _with_split_surname(other, Word("小明", start, start + 2, "PER")).start == start
