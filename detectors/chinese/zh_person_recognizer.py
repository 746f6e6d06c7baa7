"""ZH_PERSON: Chinese personal names found by a word tagger, checked against surnames.

The tagger (:mod:`.taggers`) proposes person words; a proposal is kept when it is two to
four Han characters starting with a Chinese surname (Simplified or Traditional) and is not
a famous fictional or historical figure or part of a named organisation
(:mod:`.public_figures`) -- unless a personal cue sits right next to it.  In verse (lines of five
or seven characters) and next to famous figures, proposals score below the threshold
unless a context word lifts them or a personal cue sits right next to them; so are names in history or literature prose without
any personal cue (:mod:`residency.detectors.public_context`).  Context words such as 姓名, 联系人, 收件人
or a following 先生/女士 raise the score.

Beyond the tagger's proposals: a surname and one or two characters after a form label or
relation word, or before an honorific, that the tagger read as another word is re-read in
name frames (:func:`_confirmed_names`); an English given name with a Chinese surname
(``Wendy 祁``) is a name.  Not names: kinship words (阿婆), 張 as a measure word (你張單).
Stand-ins: an anonymised party (原告张某, 被告人李某某) names nobody; a placeholder (张三) or
stock textbook name (李华, 韩梅梅, 陈大文) is kept only beside a personal cue, and not even
there in a text that calls itself an example or a template (填写示例, 简历模板).
Public roles: an office's title right before a name (臺北市長X) or a performer's show right
after it (X開騷) lowers the score unless the text has a personal cue other than a time word.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from residency.detectors.chinese.hant import for_tagging, to_hans
from residency.detectors.chinese.public_figures import (
    famous_name_cleared,
    is_public_figure,
    makes_text_literary,
    organisation_name_at,
    peer_of_famous,
)
from residency.detectors.chinese.results import recognizer_result
from residency.detectors.chinese.taggers import DEFAULT_TAGGER, Tagger, Word, make_tagger
from residency.detectors.prefilter import has_name_candidate
from residency.detectors.private_matter import PRIVATE_MATTER_ZH, sentence_of
from residency.detectors.public_context import (
    COMPANY_OFFICE_AFTER_ZH,
    NAME_LABEL_BEFORE_ZH,
    NOT_FOUNDER_COURTESY_ZH,
    contact_near,
    is_public_mention,
    personal_context,
    personal_cue_near,
    speaker_then_sentence,
)

ENTITY = "ZH_PERSON"
BASE_SCORE = 0.55
# In text that names a famous fictional or historical figure, other names are most
# likely characters too: below the default threshold unless a context word lifts them.
LITERARY_SCORE = 0.4
CONTEXT_BOOST = 0.3

CONTEXT = [
    "姓名", "名字", "联系人", "收件人", "收货人", "寄件人", "户名", "持卡人", "开户名", "客户",
    "患者", "病人", "学生", "家长", "我叫", "名叫", "叫做", "本人", "签名", "申请人", "员工",
    "租客", "房东", "业主", "身份证", "电话", "手机", "联系", "name",
    # (an ancestral tablet's or an obituary's: 显考 林公讳福生 … 孝男 林建华 孝女 林秀珍 敬立)
    "孝男", "孝女", "孝孙", "孝媳", "显考", "显妣",
    # (a wedding's couple and whose name an account is in: 新娘叶梓萱, 宋博文名下的信用卡)
    "新娘", "新郎", "夫妇", "名下",
]  # fmt: skip
# A kinship word the tagger glues onto the name after it (我阿公陸婉婷, 阿嬤林秀英).
_KIN = "公嬤嬷嫲媽妈婆伯姨叔嬸婶舅姑爸母兄姊姐哥嫂爺爷奶妹弟仔女孫孙爹娘"
_KIN_PREFIX = re.compile(rf"^阿[{_KIN}](?=.{{2}})")
# A kinship word or a family's way of calling somebody (阿婆, 阿嫲, 阿妹) is not a name.
_KIN_WORD = re.compile(rf"阿[{_KIN}]")
# 张/張 is also the measure word of flat things (你張單, 呢張卡, 一张票, 两张床): after a
# numeral, a demonstrative or (Cantonese possessive) a pronoun and before such a noun the
# word is a count, not a surname.
# (After a verb too: 換過張新卡, 填張表, 買張飛; an adjective may come first: 張新卡.)
_MEASURED_NOUN = re.compile(
    r"[张張][新旧舊大小细細]?[单單卡票纸紙表图圖床照相飞飛碟凳櫈椅桌网網脸臉嘴画畫凭憑证證八身信银銀会會车車月"
    # (and a delivery note, a receipt, an order, an invoice: 26 张送货单, 3张发票; a lottery
    # ticket: 买了张刮刮乐, 一张彩券)
    r"送收订訂发發当當刮彩"
    # (and a claim form, a notice: 退咗張索償表, 留低咗張通知書)
    r"索通]"
)
# (Cantonese needs no numeral at a clause's start either: ``, 張單未入 system``)
# (the noun whole, a verb or a particle after it: not 张单丽, a name)
_CLAUSE_COUNTED = re.compile(
    r"[张張](?:[单單卡票纸紙表]|[当當]票)(?=[未唔冇係系喺入收放俾比要已都仲就先寫写上，,。\s]|$)"
)
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[,，。！？!?;；:：]\s?)$")
_COUNT_BEFORE = re.compile(
    # (or a time word: Cantonese needs no numeral, ``今年張單大咗``)
    r"[一二两兩三四五六七八九十几幾半每整这這那呢嗰哪该該此某你我佢他她年月"
    r"过過换換填拿攞买買印签簽写寫贴貼了\d"
    # (or a verb with Cantonese 返, "back", or 咗, its past: 改返張單, 攞返張卡, 退咗張索償表;
    # or "there is": 有張單)
    r"返咗有]\s?$"
)
# An office-holder named by the office right before the name (臺北市長X, 財政司司長X,
# 立法會議員X, 外交部发言人X): a public figure acting in office.  Read in Simplified form.
_OFFICE_BEFORE = re.compile(
    r"(?:[市省县区州镇里村]长|[市省县区]委书记|总书记|议员|议长|立委|立法委员|[司局部署厅处]长|"
    r"主席|总统|总理|首相|国务卿|发言人|特首|行政长官|大使|总领事|领事|秘书长|[院校]长|总会长|"
    r"委员长|副委员长|常委|政协主席|主任委员|副主任委员|行长|副行长|总监|"
    r"检察长|法官|行政总裁|总裁|董事长|首席执行官|CEO|CFO|COO|CTO|法定代表人|"
    # ... and a listed company's signatories of its accounts (公司负责人X 主管会计工作负责人Y).
    r"公司负责人|会计工作负责人|会计机构负责人|"
    # ... and its board secretary, who speaks for it to investors (董秘X回复).
    r"董事会秘书|董秘|"
    # ... and a deputy to a people's congress or a CPPCC member (区人大代表X接待居民).
    r"人大代表|政协委员|"
    # ... and a company's founder (Sea 集团创始人X, 联合创始人X).
    r"创始人|创办人|联合创始人|"
    # ... and a national team's or club's coach and captain (女排主教练X).
    # (not a hiking group's or a permit draw's leader: 中签队长, 登山队长, 车队队长)
    r"主教练|总教练|主帅|领队|(?<!中签)(?<!登山)(?<!车)(?<!小)队长|"
    # ... and an emergency's commander (中央流行疫情指挥中心指挥官X).
    r"指挥官|总指挥|"
    # ... and an expert quoted by post (小儿部主任X医师, 讲座教授X).
    r"主任|教授|讲座教授|"
    # ... and a space crew (神舟十八号乘组叶光富, 航天员王亚平).
    r"乘组|航天员|宇航员|"
    # ... and an academician of the academies (中国工程院院士X).
    r"院士|"
    # ... and a commission's chair in Taiwan (金管会主委X) and a commissioner (私隐专员X).
    r"主委|私隐专员|申诉专员|廉政专员|"
    # ... and a celebrity chef (名厨梁文韬示范).
    r"名厨)[\s·:：]*$"
)
# ... or by a high office right after the name (李强总理, 李家超特首): how news and
# summaries name office-holders.
_OFFICE_AFTER = re.compile(
    r"(?:总理|副总理|主席|总统|副总统|首相|国务卿|特首|行政长官|总书记|部长|市长|省长|州长|"
    r"议长|大使|总领事)(?![\u4e00-\u9fff]{0,2}(?:的电话|的手机|的地址|家))"
    # ... or a company's officer as its annual report names one (X先生为总裁兼执行董事).
    # (the first of a list: 选举陈振邦先生、许慧敏女士为公司第五届董事会非独立董事)
    rf"|(?:(?:先生|女士)?、[\u4e00-\u9fff]{{2,3}})*(?:先生|女士)?{COMPANY_OFFICE_AFTER_ZH}"
    # ... or speaking in an office's capacity (林世雄以运输及物流局局长身份出嚟讲).
    r"|以[\u4e00-\u9fff]{0,14}?(?:局长|司长|署长|部长|主席|市长|议员|主任|总裁|总理|特首)身份"
    # ... or while holding one (张海迪在担任中国残联主席期间).
    r"|在?担任[\u4e00-\u9fff]{0,12}?(?:主席|局长|部长|市长|省长|院长|校长|总裁|总经理|董事长|主任)(?:期间|时)"
    # ... or taking one up since a year (X自2003年起出任云顶集团主席).
    r"|(?:自|于|於)\s?(?:19|20)\d\d\s?年起?\s?(?:出任|接任|担任)[\u4e00-\u9fff]{0,12}?"
    r"(?:主席|董事长|总裁|行政总裁|首席执行官|总经理|局长|部长|市长|省长|院长|校长)"
)
# A performer named by the show right after the name (X下个月在红馆开十场骚, X明年开巡回
# 演唱会, X主演的新片): a public figure at work (going to a show is not: X去红馆睇演唱会).
_SHOW_AFTER = re.compile(
    r"^[^，。！？,.!?]{0,12}?(?:开[一二三四五六七八九十两\d]*场?(?:骚|演唱会)|开唱|"
    r"(?:举行|开)[^，。]{0,4}巡[回迴]?演唱会|巡演|巡回演出|新歌|新碟|新专辑|派台|主演|"
    r"执导|出道|"
    # ... and a show's host and its guests (由X主持, X担任嘉宾点评).
    r"主持(?!人)|担任(?:嘉宾|评委|评审|导师)|"
    # ... and a public figure's public statement (徐静蕾曾公开表示).
    r"曾?公开(?:表示|承认|宣布)|"
    # ... and the founder of a brand or a company (老干妈是X创办的品牌).
    r"(?:创办|创立|创建|一手创办)的(?:品牌|企业|公司|集团|基金会|学校|大学|报社|杂志)|"
    # ... and a doctor named by the clinic they hold (王建国主任医师出诊时间).
    r"(?:主任|副主任|主治)?医师(?:出诊|坐诊|门诊)|出诊时间|坐诊时间)"
)
# Time words count as personal cues elsewhere (下个月搬家); news of an office-holder or a
# performer says when they act (市长明天出席, 下个月开骚) without any private person.
_NEWS_TIME = re.compile(r"今天|明天|后天|下周|下星期|下个月|明年|今晚|今日|听日|下个礼拜")


# Where a name the tagger glued onto what follows ends: a time word or a function word
# (``邓浩贤琴日`` "... yesterday", read in its Mandarin form, :func:`.hant.for_tagging`).
_NAME_END = re.compile(
    # (a courtesy or kin title the tagger took in: 何國樑叔叔)
    r"(?:叔叔|阿姨|伯伯|婆婆|姨姨|太太|先生|女士|小姐|老师|师傅|医生|学长|学姐|学弟|学妹|"
    # (an elder's: 蔡秀鳳阿嬤, 朱凤英老人)
    r"阿嬷|阿婆|阿伯|阿公|奶奶|爷爷|老人|"
    r"今日|琴日|寻日|听日|今天|昨天|明天|前天|后天|今年|去年|上个|下个|刚刚|已经|"
    # (and Cantonese: 嘅 "of", 喺 "at", 俾/畀 "by", 份 a document's measure word)
    r"[在是的了着和跟同与给被把去来说讲嘅喺俾畀份])"
)
# (not the courtesy of an annual report's officer: X先生为总裁, read in Simplified form)
_HONORIFIC_AFTER = re.compile(
    rf"^\s*(?:(?:先生|女士)(?!{COMPANY_OFFICE_AFTER_ZH}){NOT_FOUNDER_COURTESY_ZH}|小姐|同学|老师|医生|经理|阿姨|师傅|"
    # (a volunteer's or a temple's brother and sister: 黃阿滿師姊, 陳師兄)
    r"师姊|师姐|师兄|"
    # (an elder's: 蔡秀鳳阿嬤; 朱凤英老人 at a clause's start, see _ELDER_AFTER; 石振东大爷)
    r"阿嬷|阿婆|阿伯|阿公|奶奶|爷爷|大爷|大妈|"
    # (and one's mother or father: 陸靖雯阿媽打嚟話…, read 阿妈)
    r"阿妈|阿爸|"
    # (an alumnus by the school's seniority: 何國樑學長（拔萃1962年畢業）…安息主懷)
    r"学长|学姐|学弟|学妹)"
)
# "The elderly": a name's title only where a clause starts with the name (朱凤英老人本周...),
# not in a phrase (远程照顾老人, 空巢老人).
_ELDER_AFTER = re.compile(r"\s*老人")


def _elder_after(text: str, start: int, end: int) -> bool:
    """Whether ``老人`` follows the name at ``text[start:end]`` and the name opens its
    clause (no Han character right before it)."""
    return _ELDER_AFTER.match(text, end) is not None and (
        start == 0 or not _HAN_CHAR.match(text[start - 1])
    )


# The commonest single and compound surnames (about 99% of the population), commonest
# first.
_SURNAMES_BY_FREQUENCY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
    "严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
    "尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时"
    "穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾"
    "隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮"
    "粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬"
    "来扈晁芮都普阙浦戈伏鹿薄邱雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎"
    "勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖洪傅萧阎"
)
# The hundred commonest, and the commonest in Hong Kong and southern China beyond them (傅,
# 温, 关, 欧, 区, 麦, 伍), in the Simplified reading: a name a transliteration rarely starts
# with.
COMMONEST_SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY[:100] + "傅温关欧区麦伍")
SURNAMES = frozenset(
    _SURNAMES_BY_FREQUENCY
    # Traditional forms (Taiwan, Hong Kong, Macau) of the surnames above.
    + "劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾鐘譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯溫齊喬龐顏聶"
    "莊魯歐關蘭寧紀畢單塗駱藍鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮叢鞏遲"
    "鄺談荊樂儲勞諶藺樓盤滿聞厲區闞權強帥蓋練豐國計晉門雲來闕烏況鮮諸戰銀賓陰堯閉賴閻"
    # ... and 張 and 羅 (among Taiwan's commonest), and Taiwan's own 凃, 粘, 丘, 鄞.
    "張羅凃粘丘鄞"
    # Rarer ones a blind set used (鈕/钮, 蒯, 從/从), and a few more of that kind.
    "钮鈕蒯从從訾逄郗酆贝貝荀郦酈"
)
COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "端木",
        "西门",
        "南宫",
        "独孤",
        "百里",
        "呼延",
        "万俟",
        "申屠",
        "澹台",
        "濮阳",
        "太史",
        "钟离",
        "闻人",
        "公羊",
        "赫连",
        # Traditional forms
        "歐陽",
        "司馬",
        "諸葛",
        "東方",
        "尉遲",
        "公孫",
        "長孫",
        "夏侯",
        "軒轅",
        "西門",
        "南宮",
        "獨孤",
        "萬俟",
        "澹臺",
        "濮陽",
        "鍾離",
        "聞人",
        "赫連",
    ]
)
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")

# Verse: lines of five or seven Han characters (classical poems, couplets).  Words the
# tagger takes for names there (柳绿, 燕子) are imagery, not people.  Lines with words of
# everyday prose (我, 的, 住, 请 ...) are not counted as verse.
_CLAUSE = re.compile(r"[^，。！？；、,.!?;:：\s]+")
_VERSE_LINE = re.compile(r"[\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7}")
# (Cantonese too: 佢, 喺, 嘅, 咗, 係, 唔, 冇, 啲, 嗰, 哋, 嚟.)
_PROSE_CHARS = re.compile(
    r"[我你您他她的了住请吗呢吧们叫號号电電话話址佢喺嘅咗係唔冇啲嗰哋嚟]"
    # ... or a modern word no classical line has (爱人在深圳工作，孩子明年上小学).
    r"|工作|决定|決定|发展|發展|孩子|小学|小學|中学|中學|大学|大學|公司|上班|下班|医院|醫院|老师|老師|"
    r"学生|學生|手机|手機|原因|因为|因為|所以|但是|已经|已經|可以|需要|没有|沒有|什么|什麼|怎么|"
    r"怎麼|这个|這個|那个|那個|现在|現在|问题|問題|应该|應該|觉得|覺得|知道|喜欢|喜歡|朋友|"
    r"时间|時間|开始|開始|准备|準備|安排|通知|情况|情況|同事|领导|領導|客户|客戶|一起|一下|"
    # (and a medical report's and a race's words: 有心脏病史, 选手马俊杰胸闷)
    r"病史|心脏|心臟|选手|選手|救护|救護|急诊|急診|公里"
)


# Ci (词) mix short lines of three characters with lines of seven (莫等闲，白了少年头，空悲切):
# with two seven-character lines or more, the short lines count as verse too.
# A clause that is a field of a person's record (张建国，男，汉族，北京朝阳人，...): no verse.
_RECORD_FIELD = re.compile(r"[男女]性?|[\u4e00-\u9fff]{1,3}族")
_SHORT_LINE = re.compile(r"[\u4e00-\u9fff]{3}")
_LONG_LINE = re.compile(r"[\u4e00-\u9fff]{7}")


def is_verse(text: str) -> bool:
    """Whether most of ``text`` is lines of five or seven Han characters (or, in ci, of
    three characters between lines of seven)."""
    clauses = _CLAUSE.findall(text)
    if any(_RECORD_FIELD.fullmatch(c) for c in clauses):
        return False
    # (a record with figures is no poem: 滕子墨 雅思 6.0 小分写作 5.5 ... 1 月再考一次)
    if sum(c.isascii() and c.isdigit() for c in text) >= 3:
        return False
    lines = [c for c in clauses if _VERSE_LINE.fullmatch(c) and not _PROSE_CHARS.search(c)]
    if len(lines) < 2:
        return False
    han = sum(len(c) for c in clauses if re.search(r"[\u4e00-\u9fff]", c))
    if sum(len(c) for c in lines) * 10 >= han * 6:
        return True
    if sum(1 for c in lines if _LONG_LINE.fullmatch(c)) < 2:
        return False
    short = [c for c in clauses if _SHORT_LINE.fullmatch(c) and not _PROSE_CHARS.search(c)]
    return sum(len(c) for c in lines + short) * 10 >= han * 7


# The Chinese "John Doe"s: stand-in names of textbooks, law exams and forms.  Kept only
# next to a personal cue (``我叫张三``, ``收件人：张三``), where someone may bear them.
# Compared in the Simplified reading (``張三`` is ``张三``).
PLACEHOLDER_NAMES = frozenset({"张三", "李四", "王五", "赵六", "钱七", "孙八"})
# Stock names of English textbooks (李华 of the gaokao essay, 李雷 and 韩梅梅), Hong Kong's
# form placeholder (陈大文), Taiwan's (王大明) and the stock pupil (王小明).  Real people
# bear them too, so beside a personal cue or in a text about a private person they are kept.
STOCK_NAMES = frozenset({"李华", "李雷", "韩梅梅", "陈大文", "王大明", "王小明", "陈小明"})
# A text that says it is an example, a template or a sample (示例, 模板, 範例, 樣本,
# 请替换为您的信息): its placeholder names are stand-ins even after a form label.  Read in
# Simplified form.
_EXAMPLE_TEXT = re.compile(
    r"示例|模板|范例|范本|样例|示范|填写说明|请替换|请勿填写真实|虚构|假名|化名|测试数据|随便编|(?i:faker)|"
    # Code: a placeholder name in a string literal of a program (``{"name": "张三"}``).
    r"[\"'](?:张三|李四|王五|赵六)[\"']|"
    # (a sample of a form, not of blood: 填写样本, 表格样本, 样本：)
    r"(?:填写|填寫|表格|表单|申请表|简历|合同)样本|样本[：:]|"
    # (a value introduced as an example: ``例如：陳大文``)
    r"(?:例如|比如|例)[：:]|(?:例如|比如)\s?[「“\"『]"
)
# A police or fraud bulletin, which leaves its victims out by surname and title (某区市民王女士).
_BULLETIN = re.compile(
    r"警情通报|警方(?:提示|提醒|通报)|案情通报|反诈(?:提醒|宣传|案例)|某[市区县镇村]"
)
# Cantonese 仲 "still, also" before a verb or a particle (仲係咁正, 仲有, 仲要): no surname.
_STILL_ZH = re.compile(
    r"仲[系係有要未喺好咁都会會可攞教同話话唔冇去嚟食買买俾畀搵等睇講讲做開开賣卖請请收送叫]"
)
_SURNAME_AND_TITLE = re.compile(r"[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|太太|老师)")
# A text that says its people are made up (人物均为虚构, 虚构人物, 化名): its names are
# stand-ins, unless the writer's relation stands before one.
_MADE_UP_PEOPLE = re.compile(
    r"人物(?:均|皆|纯属|全部)?(?:为|系|是)?虚构|虚构(?:的)?人物|均为化名|已作化名"
)
_GENERATED_NAMES = re.compile(
    r"(?i:\bfaker\b)|生成(?:的)?(?:假名|假姓名|假名字|随机姓名|测试姓名)|随机生成的?(?:姓名|名字)"
)
_RELATION_BEFORE = re.compile(
    r"(?:我|咱|同事|朋友|同学|室友|邻居|老公|老婆|丈夫|妻子|儿子|女儿|孩子|爸爸|妈妈|哥哥|姐姐|"
    r"弟弟|妹妹|老板|领导|上司|师傅|表[哥姐弟妹]|堂[哥姐弟妹]|细佬|细妹|家姐|老豆|阿[爸妈])"
    r"(?:的)?[\s:：,，、]*$"
)
# An anonymised party of a court judgment or a news report: a surname and 某 or 某某
# (原告张某, 被告人李某某, 法定代表人周某).  It names nobody.
# (and parties told apart by 甲乙丙 or a number: 孙某甲, 孙某乙, 李某1)
_ANONYMISED = re.compile(r"[\u4e00-\u9fff]{1,2}某(?:某|[甲乙丙丁戊一二三四五]|\d)?[者氏]?")
# Words whose last character is a surname's, read with the character after them as a name
# by the tagger: a master (师傅约…), a shop's grand opening (新张志庆).
# (and a country's name: 利亚 of 澳大利亚)
_WORDS_ENDING_IN_SURNAME = frozenset(
    # (and a party to a deal or a case, X方: 承运方顺丰, 对方, 甲方, 校方, 警方)
    {"师傅", "新张", "大利", "致敬", "运方", "对方", "双方", "甲方", "乙方", "买方", "卖方"}
    | {"校方", "警方", "院方", "资方", "劳方", "官方", "供方", "需方", "各方", "三方", "租方"}
    # (a payment's 付 after its verb: 工資給付日, 支付, 交付; Kota Bharu's 巴, 哥打巴鲁)
    | {"给付", "支付", "交付", "垫付", "预付", "应付", "偿付", "拨付", "打巴"}
    # (aged peel by its years: 十年陈 茶枝柑; cash, 收現金先)
    | {"年陈", "现金"}
)
# Stock phrases that start with a surname character (知乎's 谢邀 "thanks for the invite"),
# and technical words of that kind (哈希 "hash", 路由 "route", 解析 "parse").
STOCK_PHRASES = frozenset(
    # (晏昼: Cantonese "midday")
    {"黄秋翠", "黄辣丁", "晏昼", "谢邀", "谢谢", "谢天谢地", "高兴", "周末", "方便", "程序", "江湖", "周次", "安宁", "巴刹", "梅雨", "梅雨季", "方志"}
    | {
        "哈希", "哈希值", "哈希表", "路由", "路由器", "路径", "解析", "解码", "解耦", "解压",
        "华氏", "摄氏", "华氏度", "摄氏度",
        # (a mainland spouse in Taiwan, 陆配; the lunar month's first days, 初一 to 初十; a
        # temple's rites for the year's god, 安太岁 / 谢太岁; a seat's class, 席别)
        "陆配", "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        "安太岁", "谢太岁", "席别",
        "容器", "容量", "向量", "管道", "管理员", "应用", "常量", "单例", "单元", "时区",
        "时间戳", "全局", "全栈", "计数", "计数器", "查询", "边界", "余额", "余数", "钱包",
        "宋体", "雷达", "明文", "密文", "包名", "包管理", "文档", "文件", "安装", "和谐",
        "于是", "尚未", "万一", "高峰", "马路", "方法", "方案", "段落", "索引", "令牌",
        "柯里化", "卫语句", "甘特图",
        # (the opening of 百家姓, the book of surnames)
        "赵钱孙李", "周吴郑王", "冯陈褚卫", "蒋沈韩杨", "朱秦尤许", "何吕施张",
        # (a pupil's revision: 帮孩子温习一下)
        "温习", "溫習", "温书", "溫書",
        # (a year-end bonus in Malaysian and Cantonese usage; the sum a claimant claims)
        "花红", "花紅", "申索額", "申索额",
        # (a school's Chinese orchestra)
        "华乐团", "華樂團", "华乐", "華樂",
        # Words that open with a surname character: a petition, a display, a statement.
        "陈情", "陈列", "陈述", "陈设", "陈旧", "陈年",
        # (and who files one: 陳情人 "petitioner", 陳述人)
        "陈情人", "陈述人",
        # A rubbing by its dynasty (宋拓《九成宫醴泉铭》); an auspicious motif (吉庆有余).
        "宋拓", "明拓", "清拓", "唐拓", "吉庆",
        # Split characters of a 拆字 game (古月 for 胡, 弓长 for 张) and the NATO alphabet's
        # transliterations (阿尔法, 查理).
        "古月", "双木", "草头", "弓长", "木子", "口天", "耳东", "立早", "言午", "阿尔法", "布拉沃",
        "申索",
        "查理", "古月胡", "双木林", "草头黄", "弓长张", "木子李", "口天吴", "耳东陈", "立早章", "言午许",
        # Flowers and plants that open with a surname character (丁香 "lilac", of 丁香医生).
        "丁香", "杜鹃", "杜鵑", "金銀花",
        # A letter's closing wishes (顺颂时祺, 敬请台安, 顺颂商祺).
        "时祺", "商祺", "台安", "时绥", "春祺", "夏祺", "秋祺", "冬祺", "近祺", "研祺", "教祺",
        # Forum and everyday Cantonese (巴打 "brother", 仲有 "and also"), a flat's view
        # (向海 "sea-facing"), a role (包租婆 "landlady").
        "巴打", "丝打", "仲有", "仲系", "仲未", "仲要", "向海", "包租婆", "包租公",
        # An estate agent (仲介), a boss's wife in soap operas (董娘).
        "仲介", "董娘",
        # An auspicious day (黄道吉日), chosen for weddings.
        "黄道吉日", "黄道吉",
        # A dragon boat; pineapple tarts as Singapore and Malaysia call them (黄梨挞).
        "龙舟", "黄梨", "黄梨挞", "黄梨酥",
        # The Wiegand access-card protocol (韦根26).
        "韦根",
        # Chocolate in Cantonese (朱古力), Ovaltine (阿华田), a Taiwan tea cultivar (金萱).
        "朱古", "朱古力", "阿华田", "金萱",
        # A seal's styles of carving and its text (白文, 朱文, 印文), a seal script (缪篆).
        "白文", "朱文", "印文", "缪篆",
        # Drinks by their Chinese names (莫吉托 mojito, 唐培里侬 Dom Pérignon, 蓝妹 Blue
        # Girl) and Hong Kong's elderly fare card (乐悠咭).
        "莫吉托", "唐培里侬", "蓝妹", "乐悠咭",
        # A grandparent's home in Cantonese (先去阿爺度 "first to grandpa's").
        "阿爷度", "阿嫲度", "阿婆度", "阿公度", "阿爷处", "阿嫲处",
        # A listed company's board secretary (董秘回复), a dessert (杨枝甘露).
        "董秘", "杨枝甘露",
        # A lorry in Malaysian Chinese (罗里); a mixed-breed dog (米克斯), a pet (毛孩);
        # Cantonese 打齐针 "fully vaccinated".
        "罗里", "米克斯", "毛孩", "毛小孩", "齐针",
        # A mainland student in Taiwan (陆生); Hong Kong's reverse mortgage (安老按揭);
        # airlines by their short names (马航, 华航); Cantonese "the card" (張卡 declined).
        "陆生", "安老", "马航", "华航", "张卡",
        # (Olympia and the Olympics: 奧林匹亞先生, 奥林匹克)
        "林匹亚", "林匹克",
        # (Hong Kong's rainstorm warnings: 黃雨, 紅雨, 黑雨; Alipay's 花呗 and 借呗)
        "黄雨", "红雨", "黑雨", "花呗", "借呗",
        # (a pet's cone, 伊丽莎白圈; a doctor's white coat; a lion head's colours, 黄底红边)
        "伊丽莎", "伊丽莎白圈", "白大褂", "黄底", "红底",
        # (a Basque cheesecake, 巴斯克; scouts, 童军; 康健 "health", a place's name too)
        "巴斯克", "童军", "康健",
        # (pandan, 班兰; a macaron, 马卡龙)
        "班兰", "马卡龙",
        # (the ringgit, 马币; The Hague, 海牙)
        "马币", "海牙",
        # (Zeiss, 蔡司; on duty, 当班; unsealing, 拆封; a company's seal, 盖印; a motor
        # scooter's roller weights, 普利珠; weekly flowers, 周花; white chrysanthemums and
        # lilies; turmeric rice, 黄姜饭)
        "蔡司", "当班", "拆封", "盖印", "普利珠", "周花", "白菊", "白百合", "黄姜饭", "包花", "包花台",
        # (goldfish and arowana, 兰寿 and 龙鱼; durians, 苏丹王 and 金凤; Pahang, 彭亨)
        "兰寿", "龙鱼", "苏丹王", "金凤", "彭亨",
        # (the Mont Blanc cake, 蒙布朗; a receipt's thanks, 多谢惠顾 / 谢谢惠顾)
        "蒙布朗", "谢惠顾",
        # A party of a tribunal's case (申索人 "claimant").
        "申索人", "申请人", "申报人",
        # ... and the tribunal itself (仲裁庭 "arbitral tribunal", 仲裁员 "arbitrator").
        "仲裁", "仲裁庭", "仲裁员", "仲裁委", "仲裁委员会",
        # A triage category (危殆 "critical"), a city health insurance (惠民保).
        "危殆", "危急", "惠民保",
        # A school subject (华文 "Chinese"), a body's short name (董总, the Malaysian
        # Chinese schools' board), a traffic queue (车龙).
        "华文", "华语", "董总", "教总", "车龙",
        # The "at" of an e-mail address written out (艾特), an ingredient (白米).
        "艾特", "爱特", "白米",
        # Medicines and herbs that open with a surname character (华法林 warfarin, 叶酸
        # folic acid, 黄体酮 progesterone, 左氧氟沙星 levofloxacin, 何首乌, 甘草).
        "华法林", "叶酸", "黄体酮", "孟鲁司特", "万古霉素", "罗红霉素", "左氧氟沙星",
        "雷贝拉唑", "兰索拉唑", "贝那普利", "金刚烷胺", "石杉碱甲", "杜冷丁", "何首乌",
        "黄连", "黄芪", "甘草", "田七", "党参", "白芍", "白术", "柴胡", "连翘", "金银花",
        # ... and a clinic's treatments and banned herbs (艾灸 moxibustion, 关木通).
        "艾灸", "艾条", "艾草", "艾烟", "艾煙", "关木通", "广防己", "马兜铃", "熟地黄", "牡丹皮",
        # (the elderly as a programme calls them: 银龄关爱, 银龄行动)
        "银龄",
        # (a medical device's registration by its province: 苏械注准; a top rider: 单王)
        "苏械", "粤械", "京械", "沪械", "浙械", "鲁械", "鄂械", "湘械", "国械", "单王",
        # (lure fishing, 路亚; a hook's maker, 伊势尼; Hong Kong's Shek Kip Mei, 石硖尾)
        "路亚", "伊势尼", "石硖尾", "石硤尾",
        # (a massage shop's clock of a session, 钟单 / 起钟 / 加钟; mainland tourists in
        # Taiwan, 陆客)
        "钟单", "起钟", "落钟", "加钟", "点钟", "陆客",
        # A household's members in a genealogy (男女丁口), a payment reaching a sum (单次给付达
        # NT$20,010), Xiamen's airport (高崎机场, 高崎T3).
        "丁口", "付达", "高崎",
        # (Cantonese 講明先 "say it plainly first"; a roadside tree, 路树倒塌; a weekday,
        # 请周一复核)
        "明先", "路树", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
        # (the leopard cat, 石虎, a zoo's adopted species)
        "石虎",
    }
)  # fmt: skip


# A character introduced in third-person narrative (成了应天府一个九品小吏，名叫林小凡): the
# label 名叫 is a personal cue only where the text has one of its own.
_NARRATIVE_INTRO = re.compile(r"(?:名叫|名为|叫做|叫作|名唤|唤作)[\s:：,，]*$")


def narrative_intro(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` follows 名叫 / 叫做 in history or fiction
    prose (:func:`is_public_mention`) and, that label aside, has no personal cue."""
    intro = _NARRATIVE_INTRO.search(to_hans(text[max(0, start - 12) : start]))
    if intro is None:
        return False
    cut = max(0, start - 12) + intro.start()
    blanked = text[:cut] + " " * (start - cut) + text[start:]
    if personal_cue_near(blanked, start, end):
        return False
    return is_public_mention(blanked, start, end)


def placeholder(text: str, start: int, end: int, near: bool) -> bool:
    """Whether the name at ``text[start:end]`` is a stand-in: a placeholder of forms and
    law exams (张三) with no personal cue next to it, a stock textbook name (李华, 韩梅梅)
    in a text with no personal cue at all, or either in a text that calls itself an
    example or a template (``填写示例：申请人姓名：张三``)."""
    name = to_hans(text[start:end].strip())
    # (a form's label is a template's field; the writer's relation is somebody real:
    # 同事李华负责写模板 keeps the name)
    relation = _RELATION_BEFORE.search(to_hans(text[max(0, start - 10) : start]))
    # Any name a text says was generated (``Faker('zh_CN').name() 生成假名，比如王秀英``),
    # and a surname with only a title in a template (``示例工单：联系人：王先生``).
    if (_GENERATED_NAMES.search(to_hans(text)) or _MADE_UP_PEOPLE.search(to_hans(text))) and (
        not relation
    ):
        return True
    if _SURNAME_AND_TITLE.fullmatch(name) and _EXAMPLE_TEXT.search(to_hans(text)):
        return True
    if name not in PLACEHOLDER_NAMES and name not in STOCK_NAMES:
        return False
    if _EXAMPLE_TEXT.search(to_hans(text)) and not relation:
        return True
    if near:
        return False
    return name in PLACEHOLDER_NAMES or not personal_context(text[:start] + " " + text[end:])


def trim_name(word: Word) -> Word:
    """``word`` cut before a time or function word when the tagger glued one onto a name
    (words of more than four characters, which could not be a name as they are, and
    four-character ones ending in a function character: ``李家超份``), or after a class's
    number glued on before the surname (二 of ``資工二 林偉傑`` closed up)."""
    if (
        len(word.text) >= 4
        and word.text[0] in "一二三四五六七八九十"
        and to_hans(word.text[1]) in SURNAMES
    ):
        word = Word(word.text[1:], word.start + 1, word.end, word.kind)
    if len(word.text) < 4:
        return word
    cut = _NAME_END.search(for_tagging(word.text), 2)
    if cut is None or cut.start() > 4 or (len(word.text) == 4 and cut.start() != 3):
        return word
    return Word(word.text[: cut.start()], word.start, word.start + cut.start(), word.kind)


_STORY_FRAME = re.compile(
    r"故事[里中]|故事的?主角|故事主人公|小说[里中]|小说的?主角|小说主人公|续写|剧本[里中]|"
    r"短篇小说|微小说|写一[个篇段]故事|编一个故事|"
    # 写一篇微型小说, 写一个短篇故事, 写一段武侠小说的打斗场面, 以……为开头写一篇散文, 扩写.
    r"写一[个篇段部首则][^，。！？]{0,8}?(?:小说|故事|散文|剧本|童话|寓言|诗)|主人公|扩写|"
    # ... a novel's setting and its lead (科幻小说设定：……主角是X, 武侠小说……主角叫X).
    r"(?:小说|故事|剧本)[^。！？]{0,30}?主角|"
    # ... rewriting into a literary form (改写成一首诗), not a record into plain words.
    r"改写成[^，。！？]{0,6}?(?:诗|故事|小说|剧本|散文|童话|寓言|儿歌|歌词|文言文|古文|拼音)|"
    # A legend (张保仔相传曾在长洲一个山洞收藏财宝).
    r"相传|传说中|民间传说"
)
# A stall or a shop named after its owner (阿松割包, 林家豆花, 陳記燒臘): the name goes
# with what it sells.
_SHOP_AFTER = re.compile(
    r"(?:记|記|家)?(?:割包|包子|汤包|面馆|面店|牛肉面|米粉|豆花|肉圆|烧腊|卤味|排骨饭|便当|面线|"
    r"鱼丸|火锅|烤肉|甜品|糖水|蛋糕|面包|饺子|馄饨|云吞|肠粉|冰室|茶餐厅|小馆|老店|食堂|"
    r"麻辣烫|鸡饭|粥铺|粥|咸粥|鱼粥|牛肉汤|羊肉汤|肉粽|米糕|碗粿|粿|凉面|臭豆腐|蚵仔煎|咖喱|奶茶|"
    # (and a bakery, a Nyonya's cake shop: 张娘惹糕点店)
    r"娘惹|惹[\"”」]?糕点|糕点|饼家|饼店|装修|道服|专卖|"
    # ... and a town's night market or old street (罗东夜市, 九份老街).
    r"夜市|老街|商圈|烧烤|烤串|大排档|"
    # ... and a florist's wreath or basket by its flower (白菊挽联款), a scholarship or a
    # fund named after its donor (李光前奖学金).
    r"挽联|挽聯|花圈|花篮|花籃|圈|[\u4e00-\u9fff]{0,2}(?:奖学金|助学金)|基金会|纪念馆|纪念堂|专线|專線)"
)
# A quantity right after the word (白米3杯, 五花肉600公克): an ingredient or an item
# counted in a recipe or a list, not a person.
_QUANTITY_AFTER = re.compile(
    r"\s*\d+(?:\.\d+)?\s*(?:杯|克|公克|斤|两|兩|条|條|片|匙|碗|包|盒|瓶|罐|粒|颗|顆|块|塊|"
    r"毫升|公升|(?i:ml|kg|g)(?![A-Za-z]))"
)
# A region of China opens a warehouse's or a branch's name (华东仓, 华南区), not a name.
_REGION_WORD = re.compile(
    r"华[东南北中西][仓区站店厂部库]?$|[东西][北南]区$|"
    # A place named after somebody (杨公堤, 苏堤, 中正桥): a causeway, bridge, road ...
    # (or a state: 彭亨州, 柔佛州)
    r"^[\u4e00-\u9fff]{2,3}[堤桥路街湖寺塔阁港湾岛镇堡州]$"
)
# (其本人 is "he himself", not the writer)
# (not a body's or a nation's "we": 我国, 我省, 我市, 我校, 我院)
_OWN_VOICE_ZH = re.compile(r"我(?![国省市区县校院军])|咱|(?<!其)本人|俺|\b(?:my|I|me)\b")
# A work named in title marks and written about as a work -- summarised, analysed, acted,
# set to music (《臺北人》的摘要, 〈遊園驚夢〉的賞析, 賈靜雯飾演, 李臨秋作詞): its names are
# characters, authors and performers, unless the writer speaks of their own people or a
# contact number is there.  (Matched on the Simplified reading.)
_WORK_TITLE = re.compile(r"《[^》]{1,30}》|〈[^〉]{1,30}〉")
_WORK_WORDS = re.compile(
    # (not a ruling's 情节较重 "the circumstances are serious")
    r"摘要|赏析|描写|小说|主角|主人公|人物|角色|情节(?![较严轻恶特显])|饰演|主演|剧中|片中|书中|改编|作词|作曲|"
    r"演唱|导演|执导|电影|影集|剧集|连续剧|第[一二三四五六七八九十百\d]+[回章集幕]|作者|"
    r"诗人|散文|歌词|里的|中的|演的|演技|台词|全剧|剧情|全书|读完|看完|读后感|观后感|书评|影评|"
    r"\d(?:\.\d)?分|》[里裡中]|》入面|对话|对白|经典|时间线|[剧戏演]|几集|"
    r"[一二三四五六七八九十百千\d]+集|集数|"
    # ... and a reader's or a viewer's verdict (太好看了, 刷到第十遍, 二刷, 神作, 原著).
    r"好看|难看|刷到|刷了|刷完|[二三四五六七八九十\d]刷|第[一二三四五六七八九十百\d]+遍|追剧|神作|"
    r"烂尾|原著|"
    # ... a reader's progress through it (今天读到伊芙琳那一段, 重读《骆驼祥子》).
    r"读到|重读|读书打卡|那一段|这一段|"
    # ... and a translation or an edition (马振骋译本, 出版社) and a rating (打四星, 写活了).
    r"译本|译者|译文|出版社|打[一二三四五两半\d]+颗?星|[一二三四五\d]星好评|写活|写得"
)
# A work's lead named without its title (剧中女主角X, 片中男主角X).
# (or a writer's creation, 狄更斯笔下的米考伯先生 "Dickens's Mr Micawber")
_LEAD_ROLE = re.compile(
    r"(?:剧中|片中|书中|戏中)(?:的)?(?:女|男)?主角|(?:女|男)主角|[\u4e00-\u9fff]{2}笔下的?"
)
# A viewer's or a reader's own reaction to a work (看到我一直哭, 我觉得, 我最钟意): not the
# writer speaking of their own people.
# The writer of a story speaking of it (我写的小说, 我正在写一篇武侠小说): not of their own
# people.  (Matched on the Simplified reading.)
_WRITER_OF_FICTION = re.compile(
    r"我(?:正在|在)?写(?:的|一篇|一部|一本|一个)?[^，。！？]{0,4}?(?:小说|故事|剧本)"
)
_VIEWER_REACTION = re.compile(
    r"我(?:一直|都|真系|也|就|好|超|最|更|个人)?(?:哭|笑|喊|感动|觉得|认为|喜欢|钟意|推荐|追|看|睇)"
)
# A word problem: numbers and a question for a result at the end (……香蕉每斤多少元？,
# ……兩種樹各有幾棵？): its people (陳老師, 林太太, 阿華) are made up.
_EXERCISE_END_ZH = re.compile(
    r"(?:多少|几|幾)[^，。！？,.!?]{0,12}[？?]\s*$|"
    r"(?:^|[。；！？，,\s])(?:求|算出|计算)[^，。！？]{0,20}[。？?]?\s*$"
)
_ARITHMETIC_ZH = re.compile(
    r"每|共|平分|平均|打[一二三四五六七八九]?折|原价|相距|比[^，。]{1,8}多|剩下|利率|利息|本金|%|百分之"
)
_NUMBER_ZH = re.compile(r"[0-9０-９]+")


# A name listed before another with 、 (乘组叶光富、李聪、李广苏): the title before the
# first one is the title of all.
_LISTED_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,3}、$")


def _office_before(text: str, start: int) -> bool:
    """Whether a public office's title stands right before ``start``, or before the list
    of names (up to three) that ``start`` continues."""
    for _ in range(4):
        if _OFFICE_BEFORE.search(to_hans(text[max(0, start - 8) : start])):
            return True
        listed = _LISTED_NAME_BEFORE.search(text, max(0, start - 4), start)
        if listed is None:
            return False
        start = listed.start()
    return False


_ANONYMISED_PARTY = re.compile(
    r"(?:顾客|客户|患者|病人|当事人|员工|用户|学生|家长|住户|租客|业主|会员)[甲乙丙丁戊]"
)
_EPONYM_AFTER = re.compile(
    # (not across a diagnosis said of the person: 黃柏翰確診唐氏症)
    r"[-－·‧]?(?:(?!确诊|確診|患|得了|得咗|有)[\u4e00-\u9fff]){0,6}?"
    r"(?:综合征|綜合征|综合症|綜合症|氏病|氏症|定律|效应|效應|定理)"
)
# A medical device's filing or registration number's head, by its province's character.
_DEVICE_FILING = re.compile(
    r"[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊]"
    r"械(?:备|備|注)"
)
# A payslip's, a payroll's or an income certificate's words (one list: it was defined twice,
# and the second hid the first).
_PAYROLL_ZH = re.compile(
    r"工资表|工資表|工资条|工資條|工资单|工資單|薪资单|薪資單|应发|應發|实发|實發|代扣个税|代扣個稅|"
    r"个税扣缴|個稅扣繳|卡号尾号|卡號尾號|收入证明|收入證明|在职证明|在職證明"
)
# (处分 and 开除 are private matters already: PRIVATE_MATTER_ZH, checked beside this)
_DISCIPLINE_ZH = re.compile(r"处理决定|记过|记大过|撤职|降级|留党察看")
_COURTESY_AFTER = re.compile(r"醫生|医生|先生|女士|教授|博士|議員|议员|太平紳士|太平绅士")


def office_holder(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` follows a public office's title or is
    followed by a show of a performer (:data:`_SHOW_AFTER`), and the text has no cue of a
    private person other than a time word (fail closed: 我们县长王某的电话 is kept)."""
    # (the title may stand at another mention of the same name: ``国务院总理李强……李强表示``)
    name = text[start:end]
    office = any(
        _office_before(text, m.start())
        or _OFFICE_AFTER.match(to_hans(text[m.end() : m.end() + 32]))
        for m in re.finditer(re.escape(name), text)
    )
    if not office and not _SHOW_AFTER.match(for_tagging(text[end : end + 24])):
        return False
    # (after an office, a courtesy title is the news's: 衞生署署長林文健醫生; what follows
    # it is still read)
    courtesy = _COURTESY_AFTER.match(text, end) if office else None
    if personal_cue_near(text, start, courtesy.end() if courtesy else end):
        return False
    rest = _NEWS_TIME.sub(" ", for_tagging(text[:start] + " " + text[end:]))
    # After a title, only the writer's own voice or a contact keeps the name: business news
    # speaks of customers and orders too (台积电董事长魏哲家表示……客户需求强劲).
    # (nor a payroll's: 工资表：法定代表人X，应发工资…)
    # (nor a disciplinary decision on the office-holder, 副教授X……给予记过处分, nor a
    # private matter of theirs or their family's: 业委会主任X说他家老爷子心梗住院)
    if office:
        return not (
            _OWN_VOICE_ZH.search(rest)
            or contact_near(rest)
            or _PAYROLL_ZH.search(rest)
            or _DISCIPLINE_ZH.search(rest)
            or PRIVATE_MATTER_ZH.search(rest)
        )
    return not personal_context(rest)


# An amount in the financial numerals of cheques and receipts (伍角 "five jiao", 元整
# "yuan exactly"): 伍, 陆 and 元 are also surnames.
_MONEY_WORD = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟万亿零元圆角分整]+")


# 班 after a verb of duty is a shift (当班, 值班, 加班); 封 after one of opening is a seal
# (拆封, 密封, 启封).
_SHIFT_OR_SEAL_BEFORE = re.compile(r"[当當值上下加排跟轮輪交换換]班|[拆密启啟开開查彌弥]封")


_ORGAN_BEFORE = re.compile(r"(?:肺|肝|腺|脑|腦)[上中下左右]?$")


def counted_thing(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens with a measure word after a numeral,
    demonstrative or pronoun (``一张票``, ``呢張卡``, ``你張單``), not with a surname."""
    return bool(
        _MEASURED_NOUN.match(text, start) and _COUNT_BEFORE.search(text[max(0, start - 2) : start])
    ) or bool(
        _CLAUSE_COUNTED.match(text, start)
        and _CLAUSE_START_BEFORE.search(text[max(0, start - 2) : start])
    )


def looks_like_name(word: str) -> bool:
    """Two to four Han characters starting with a common surname."""
    if not _HAN_NAME.fullmatch(word) or (len(word) == 2 and word[0] == word[1]):
        return False
    if _KIN_WORD.fullmatch(word):
        return False
    if word[:2] in COMPOUND_SURNAMES:
        return len(word) >= 3
    return word[0] in SURNAMES


# A name right after a form label or a relation word (收件人 易秋实, 同事游思远) that the
# tagger read as another word: it is re-read in these frames, where a name is expected,
# and kept when most of them make it a person word (common words stay common words).
_NAME_FRAMES = (
    "我的朋友{}今天来了。",
    "{}同学，请到办公室来。",
    "{}先生您好。",
    "请{}到三号诊室就诊。",
    "{}老师好！",
    "和{}一起去吃饭。",
)
# Frames that must read a candidate as a person, by its length: two characters are more
# often an everyday word (高峰, 马路, 万一 win two frames) than three.
_FRAME_VOTES = {2: 4, 3: 3}
_COMMONEST_SURNAME = "王"
_NAMED_PLACE_ENDS = (
    "路",
    "街",
    "巷",
    "大道",
    "祖居",
    "故居",
    "故里",
    "旧居",
    "舊居",
    "纪念馆",
    "紀念館",
    # (a housing estate named after families or a person: 李鄭屋邨)
    "邨",
    "村",
    # (a university building named after a donor: 法学院陈明楼)
    "楼",
    "樓",
    # (a district named after a deity or a person: 黃大仙區議會)
    "区",
    "區",
)
# Characters that end given names far more often than everyday words (妍, 涵, 琪, 轩 ...):
# a three-character candidate ending in one needs a single frame.
_GIVEN_NAME_END = frozenset(
    "妍涵萱琪婷怡轩浩宇娜芳伟敏静丽磊娟涛霞燕玲芬彬鹏辉琳瑶璇璐菲蕾茜倩薇莹颖欣悦玮"
    "豪俊铭昊睿皓琦瑜蓉岚雯霏馨媛婕姗妮珊莎娴婉"
)  # compared in the Simplified reading
# A colon opening an entry of a note or a form (家長聯絡簿：X今天…, 值日生：X).
_ENTRY_COLON = re.compile(r"[:：]\s*$")
# A block's and a flat's number right before the name (7-1801施美玲家).
_FLAT_NO_BEFORE = re.compile(
    r"(?<![\d-])\d{1,3}-\d{3,4}\s*$"
    # (or a block's unit and flat: 3 单元 602 的杨树林)
    r"|(?<!\d)\d{1,2}\s*单元\s*\d{3,4}\s*(?:室|号)?\s*的?\s*$"
    # (or a care home's or a ward's room or bed: 507房石振东, 12床李桂芳)
    r"|(?<![\d-])\d{2,4}\s*(?:房|床)\s*$"
)
# What may follow a name: not a Han character, or the start of a clause.
_AFTER_NAME = re.compile(
    # (之 of 之前 "before": 同事王子健之前因为挪用备用金被起诉)
    r"[^\u4e00-\u9fff]|$|[的在是今昨明已将要说讲喺係同先女小手电联住和跟最上去过過因被得患俾畀嘅体确诊就投申入家怀离病诉送之有]"
    # (or a condition said right after the name: 室友计晨阳抑郁症在吃药)
    r"|抑郁|焦虑|癌症|糖尿病|高血压|心脏病|精神分裂|双相"
    # (or the person's parents: 幼童軍伍柏言父母正辦理離婚)
    r"|父母|父亲|母亲|爸爸|妈妈"
    # (or "just now" in Cantonese or Mandarin: 同事黎頌恩啱啱確診鼻咽癌)
    r"|啱啱|刚刚|剛剛"
)


# A patient list's or a roster's sex and age right after the name (罗桂兰 女 67岁), set
# apart by commas or in brackets (选手吴国栋，男，46岁; 刘长根（58岁）).
_AGE = r"\s*[，,、（(]?\s*\d{1,3}\s*[岁歲]"
_SEX_AND_AGE_AFTER = re.compile(r"\s*[，,、（(]?\s*[男女]" + _AGE)
# ... or the age alone, after a name that opens the line or a clause (連芷涵 37歲; not
# 第二階段開放 50 歲)
_AGE_AFTER = re.compile(_AGE)


# A nickname in brackets right after the name (吴国成（小名二狗）): what a village or a
# family calls somebody.
_NICKNAME_AFTER = re.compile(r"[（(](?:小名|乳名|外号|外號|绰号|綽號|花名|网名|網名|英文名|又名)")
# A person's job in brackets right after the name (评标专家雷鸣（某高校土木学院副教授）).
_JOB_IN_BRACKETS_AFTER = re.compile(
    r"[（(][^）)\n]{0,16}(?:教授|讲师|教师|老师|工程师|职员|员工|经理|主任|医生|护士|会计|会计师|律师|"
    r"主管|科长|处长|干部|工人|司机|保安|店长)[）)]"
)


def _labelled_candidates(text: str, people: list[Word]) -> list[tuple[int, int]]:
    """Spans of two or three Han characters starting with a surname, not inside a name
    the tagger proposed, right after a label (:data:`NAME_LABEL_BEFORE_ZH`) and followed by a
    clause boundary, or followed by an honorific (粘淑芬阿姨, 游思远先生); longest first."""
    hans = to_hans(text)
    out = []
    for start in range(len(text)):
        if hans[start] not in SURNAMES:
            continue
        # (a person word that is no name by itself, 向 of 向/雨桐, does not stop a candidate)
        if any(w.start <= start < w.end and looks_like_name(w.text) for w in people):
            continue
        before = hans[max(0, start - 24) : start]
        labelled = bool(
            start
            and (
                NAME_LABEL_BEFORE_ZH.search(before)
                or _ENTRY_COLON.search(before)
                or _FLAT_NO_BEFORE.search(before)
            )
        )
        for n in (3, 2):
            end = start + n
            if end > len(text) or not looks_like_name(text[start:end]):
                continue
            if (
                (labelled and _AFTER_NAME.match(hans, end))
                # (not a family's: 李家老人, 张家阿婆)
                or (
                    (_HONORIFIC_AFTER.match(hans[end : end + 6]) or _elder_after(hans, start, end))
                    and hans[end - 1] != "家"
                )
                or _SEX_AND_AGE_AFTER.match(hans, end)
                or (
                    (start == 0 or not _HAN_CHAR.match(hans[start - 1]))
                    and _AGE_AFTER.match(hans, end)
                )
                or _JOB_IN_BRACKETS_AFTER.match(hans, end)
                or _NICKNAME_AFTER.match(hans, end)
                # (or a full name opening the text, a private matter in its sentence:
                # 罗振华在滴滴上的司机账号被封了，说是被乘客投诉性骚扰)
                or (
                    n == 3
                    and start == 0
                    and _AFTER_NAME.match(hans, end)
                    and PRIVATE_MATTER_ZH.search(sentence_of(text, start, end))
                )
            ):
                out.append((start, end))
    return out


# Frame votes per (tagger, candidate name): they depend on nothing else.  Bounded; holds
# the candidate names only (two or three characters), never the text around them.  Keyed
# by the tagger's id, with the tagger kept in the entry (so the id is never reused).
_VOTES_KEPT = 4096
_votes: dict[tuple[int, str], tuple[Tagger, int]] = {}


def forget_frame_votes() -> None:
    """Drop the remembered frame votes (benchmarks, tests)."""
    _votes.clear()


def _frame_votes(tagger: Tagger, name: str) -> int:
    """In how many :data:`_NAME_FRAMES` the tagger reads ``name`` as (part of) a person."""
    key = (id(tagger), name)
    known = _votes.get(key)
    if known is not None and known[0] is tagger:
        return known[1]
    frames = [f.format(name) for f in _NAME_FRAMES]
    tag_many = getattr(tagger, "tag_many", None)
    tagged = tag_many(frames) if tag_many else [tagger.tag(f) for f in frames]
    votes = 0
    for frame, words in zip(frames, tagged, strict=True):
        at = frame.index(name)
        votes += any(w.kind == "PER" and w.start <= at and at + len(name) <= w.end for w in words)
    if len(_votes) >= _VOTES_KEPT:
        _votes.clear()
    _votes[key] = (tagger, votes)
    return votes


def _confirmed_names(tagger: Tagger, text: str, people: list[Word]) -> list[Word]:
    """Labelled candidates (:func:`_labelled_candidates`) the tagger reads as a person in
    most name frames; at most one per start, the longest."""
    found: list[Word] = []
    for start, end in _labelled_candidates(text, people):
        if any(w.start == start for w in found):
            continue
        votes = _frame_votes(tagger, to_hans(text[start:end]))
        needed = _FRAME_VOTES[end - start]
        if end - start == 3 and to_hans(text[end - 1]) in _GIVEN_NAME_END:
            needed = 1
        if (
            votes < needed
            and end - start == 3
            and (to_hans(text[end - 1]) in _GIVEN_NAME_END or votes == needed - 1)
            and NAME_LABEL_BEFORE_ZH.search(to_hans(text[max(0, start - 12) : start]))
        ):
            # A surname the tagger reads as a word of its own (区 "district", 车 "car")
            # after a name's label, before a given name's last character (收件人 区家豪), or
            # one vote short as it reads the surname and the next character as a word (王子
            # "prince" of 同事王子健): the given name is read after another common surname.
            surname = to_hans(text[start])
            other = _COMMONEST_SURNAME if surname != _COMMONEST_SURNAME else "李"
            votes = _frame_votes(tagger, other + to_hans(text[start + 1 : end]))
        if votes >= needed:
            found.append(Word(text[start:end], start, end, "PER"))
    return found


def _married_name(tagger: Tagger, word: str) -> bool:
    """A Hong Kong married woman's name, her husband's surname before her own (梁黃玉蓮,
    陳李美玲), that the tagger read as another proper noun in the sentence: four Han
    characters, two surnames and a given name (not four surnames, 张王李赵), read as a
    person in nearly every name frame."""
    name = to_hans(word)
    return (
        len(name) == 4
        and _HAN_NAME.fullmatch(name) is not None
        and name[0] in SURNAMES
        and name[1] in SURNAMES
        and not (name[2] in SURNAMES and name[3] in SURNAMES)
        and _frame_votes(tagger, name) >= _MARRIED_NAME_VOTES
    )


_MARRIED_NAME_VOTES = 5


# An English given name with a Chinese surname, as colleagues are called in mixed text
# (``Wendy 祁 的 review``, ``Amy王说``): the given name is in the given-name list or a
# person word of the tagger; the surname ends the name (a clause goes on after it).
_MIXED_NAME = re.compile(
    r"(?<![A-Za-z])(?P<given>[A-Z][a-z]{1,11})\s?(?P<surname>["
    # (not 和/于/向/与, which join an English word to what follows: Peter 和 Mary)
    + "".join(sorted(SURNAMES - set("和于向与")))
    + r"])(?=[^\u4e00-\u9fff]|$|[的说讲和跟与在是把对给也都会要讲话])"
)


# One space between two Han characters: Chinese puts none there, so it was typed to break
# a word apart (``收货人 张 伟 明``, ``我朋友马 俊 杰的``, ``我阿公 黃清水 住在``).
# (or an invisible character put there to hide a name: 李\u200d秀\u200d英)
# (a no-break or a thin space too: ``吴\u00a0涛``)
_GAPS = " \u00a0\u2009\u200a\u202f\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACE_IN_HAN = re.compile(rf"(?<=[\u4e00-\u9fff])[{_GAPS}](?=[\u4e00-\u9fff])")
# Single Han characters set off by dots (``陈.晓.东``, ``謝·淑·芬``): a name dotted apart.
# (Not a transliterated name's middle dot between words: ``爱新觉罗·溥仪``.)
_DOTTED_HAN = re.compile(r"(?<![\u4e00-\u9fff.·・])[\u4e00-\u9fff](?:[.·・][\u4e00-\u9fff]){2,3}")
_HAN_DOTS = ".·・"
# A space between two words of two Han characters or more, twice: a table's cells.
_SPACED_WORDS = re.compile(
    r"[\u4e00-\u9fff]{2} +[\u4e00-\u9fff]{2,}[^\n]*?[\u4e00-\u9fff]{2} +[\u4e00-\u9fff]{2}"
    # (or a three-character word set apart on both sides, as a name between labels:
    # 台胞 蔡明德 台胞证号)
    r"|[\u4e00-\u9fff] +[\u4e00-\u9fff]{3} +[\u4e00-\u9fff]"
    # (or a chat's mention of somebody by name before the message: @杨晓蕾 晓蕾姐你…)
    r"|@[\u4e00-\u9fff]{2,4} +[\u4e00-\u9fff]"
)


def text_to_tag(text: str) -> str | None:
    """The text :meth:`ZhPersonRecognizer.analyze` of ``text`` gives its tagger's ``tag``
    (``text`` itself, or it closed up), or None when it tags nothing: the same steps, up to
    the tagging (to prime the tagger with just those texts)."""
    closed, index = close_spaced_han(text)
    if index is not None:
        return text_to_tag(closed)
    if not has_name_candidate(text) or names_are_characters(text):
        return None
    return text


def close_spaced_han(text: str) -> tuple[str, list[int] | None]:
    """``text`` without the single spaces between Han characters and the dots of a name
    dotted apart, and for each character of the result its offset in ``text`` (``None``
    when there is no such space or dot)."""
    dotted = any(c in text for c in _HAN_DOTS)
    if not dotted and not any(c in text for c in _GAPS):
        return text, None
    dropped = {m.start() for m in _SPACE_IN_HAN.finditer(text)}
    if dotted:
        for m in _DOTTED_HAN.finditer(text):
            dropped.update(k for k in range(m.start(), m.end()) if text[k] in _HAN_DOTS)
    if not dropped:
        return text, None
    index = [k for k in range(len(text)) if k not in dropped]
    return "".join(text[k] for k in index), index


def _famous_before_space(span: str) -> bool:
    """Whether ``span`` (a name found in closed-up text) is a famous name of two Han
    characters or more, then a space and more text -- or a word's last character, a
    space and a famous name (购买方 贾宝玉 closed up as 方贾宝玉)."""
    head, space, tail = span.partition(" ")
    return bool(space) and (
        (len(head) >= 2 and is_public_figure(head))
        or (len(head) == 1 and len(tail) >= 2 and is_public_figure(tail.strip()))
    )


def names_are_characters(text: str) -> bool:
    """Whether the names in ``text`` are a story's, a work's or a word problem's people
    (:data:`_STORY_FRAME`, :data:`_WORK_WORDS`, :data:`_EXERCISE_END_ZH`), not data
    subjects.  Identifiers in such text are still found on their own."""
    simple = to_hans(text)
    story = _STORY_FRAME.search(for_tagging(text))
    work = (_WORK_TITLE.search(simple) and _WORK_WORDS.search(simple)) or _LEAD_ROLE.search(simple)
    exercise = (
        _EXERCISE_END_ZH.search(simple)
        and _ARITHMETIC_ZH.search(simple)
        and len(_NUMBER_ZH.findall(simple)) >= 2
    )
    if not (story or work or exercise):
        return False
    # (a disciplinary ruling names its student, whatever title it quotes: 经查，……在课程论文
    # 《机器学习导论》中抄袭……给予警告处分)
    if _DISCIPLINARY_RULING_ZH.search(simple):
        return False
    # (nor a troupe's notice of a performer's private matter and who takes the role: 梁嘉欣今年
    # 懷孕四個月……《帝女花》長平公主一角改由B組演出)
    if work and _CAST_CHANGE_ZH.search(simple) and PRIVATE_MATTER_ZH.search(simple):
        return False
    voice = _WRITER_OF_FICTION.sub("", _QUOTED_OR_ASKED.sub("", simple))
    if work and not (story or exercise):
        voice = _VIEWER_REACTION.sub("", voice)
    if _OWN_VOICE_ZH.search(voice):
        return False
    # (a story's frame needs no check for contact numbers: its identifiers are found alone)
    return bool(story) or not contact_near(text)


_OWN_MATTER_AFTER = re.compile(
    r"(?:今年|去年|上个?月|上個月|上周|上週|最近|刚刚|剛剛|已经|已經)?\s?(?:"
    + PRIVATE_MATTER_ZH.pattern
    + ")"
)
_CAST_CHANGE_ZH = re.compile(r"改由|顶替|代演|替补|后备|由[AB]组")
_DISCIPLINARY_RULING_ZH = re.compile(
    r"给予[^。，]{0,8}处分|经查[，,]|开除学籍|留校察看|记过处分|记大过|通报批评"
)


# What does not speak of the writer's own people: titles, quotations and the request
# itself (请帮我摘要, 帮我写 -- the asker, not a data subject).
_QUOTED_OR_ASKED = re.compile(
    r"《[^》]*》|〈[^〉]*〉|「[^」]*」|『[^』]*』|“[^”]*”|"
    # (not "for my mother": 给我妈写一首生日诗, 给我儿子写个睡前故事)
    r"(?:请|麻烦)?(?:帮|替|给|为)我(?![妈爸儿女老家的哥姐弟妹爷奶外太孩宝媳公婆同朋])|告诉我|教我"
)


# English given names Chinese speakers in Taiwan, Hong Kong and Singapore often go by, that
# the English list leaves out as too short or too much like words there (``Tony 陳``,
# ``Peggy 林``): before a Chinese surname they are names.
_MIXED_GIVEN = frozenset(
    "Tony Jimmy Tommy Johnny Eddie Andy Terry Jerry Henry Leo Sam Ben Ken Jay Ray Vivian "  # noqa: SIM905
    "Cindy Mandy Candy Sandy Judy Ivy Ada Eva Iris Tina Winnie Peggy Sally Tiffany Jenny "
    "Betty Lily Lucy Kitty Queenie Connie Bonnie Elaine Stanley Wilson Jackson Kenny Danny "
    "Gordon Jeff Alex Allen Jack Joe Tom Jim Tim Nick Mike Steve Dave Chris Kate Jane Ann "
    "Grace Joy Alice Annie Carmen Derek Felix Gavin Hugo Ivan Louis Patrick Ricky Vicky".split()
)


def _mixed_names(text: str, tagged: list[Word]) -> list[Word]:
    """English given name + Chinese surname spans (:data:`_MIXED_NAME`)."""
    from residency.detectors.malaysia.my_given_name_recognizer import ENGLISH_GIVEN

    out = []
    for m in _MIXED_NAME.finditer(text):
        given = m.group("given")
        tagged_person = any(w.kind == "PER" and w.start <= m.start() < w.end for w in tagged)
        if given in ENGLISH_GIVEN or given in _MIXED_GIVEN or tagged_person:
            out.append(Word(m.group(0), m.start(), m.end(), "PER"))
    return out


class ZhPersonRecognizer(EntityRecognizer):
    """Chinese person names (``ZH_PERSON``) from a word tagger; see module docstring."""

    name: str  # set by EntityRecognizer.__init__ (untyped upstream)
    CONTEXT = CONTEXT

    def __init__(
        self,
        supported_language: str = "zh",
        tagger: Tagger | None = None,
        tagger_name: str = DEFAULT_TAGGER,
    ) -> None:
        self._tagger_name = tagger_name
        self.tagger: Tagger | None = tagger
        super().__init__(
            supported_entities=[ENTITY],
            name=f"ZhPersonRecognizer[{tagger.name if tagger else tagger_name}]",
            supported_language=supported_language,
            context=self.CONTEXT,
        )

    def load(self) -> None:
        if self.tagger is None:
            self.tagger = make_tagger(self._tagger_name)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        # A name typed with spaces between its characters (``收货人 张 伟 明``) is read
        # closed up and reported over its spaced span.
        closed, index = close_spaced_han(text)
        if index is not None:
            results = self.analyze(closed, entities, nlp_artifacts)
            for r in results:
                r.start, r.end = index[r.start], index[r.end - 1] + 1
            # (a famous name the closing ran into the next word: 雷军 小米年度演讲)
            results = [r for r in results if not _famous_before_space(text[r.start : r.end])]
            # Words of a table's row set apart by spaces (工号 姓名 部门 ... 0217 韩雪峰
            # 研发中心): closed up, a name runs into the next cell, so it is read as typed too.
            if _SPACED_WORDS.search(text):
                results += [
                    r
                    for r in self._analyze_as_typed(text, entities)
                    # (a full name only: not 季付 "paid quarterly" of 月租2890元 季付)
                    if r.end - r.start >= 3
                    and not any(q.start < r.end and r.start < q.end for q in results)
                ]
            return results
        return self._analyze_as_typed(text, entities)

    def _analyze_as_typed(self, text: str, entities: list[str]) -> list[RecognizerResult]:
        """The names in ``text`` read as it is (no spaces closed up)."""
        if ENTITY not in entities or self.tagger is None:
            return []
        # A name told in its two parts (姓詹，名若溪), which no tagger reads as one word.
        told_apart = [
            recognizer_result(
                self.name,
                self.id,
                ENTITY,
                m.start(1),
                m.end(2),
                0.85,
                "surname and given name told apart",
            )
            for m in _SURNAME_THEN_GIVEN.finditer(text)
            if m.group(1) in SURNAMES and m.group(2) not in _NO_GIVEN_NAME
        ]
        # Only a word that starts with a surname is kept: without such a pair of Han
        # characters the tagger's words cannot matter (and the model need not run).
        # A story's characters where the text frames it as one (故事里的侦探陈默, 小说主角,
        # 续写): no data subjects.  Identifiers in such text are still found on their own.
        if not has_name_candidate(text) or names_are_characters(text):
            return told_apart
        tagged = self.tagger.tag(text)
        people = [_with_split_surname(text, w) for w in tagged if w.kind == "PER"]
        people += _confirmed_names(self.tagger, text, people)
        people += _titled_after_flat(text)
        people += [
            Word(w.text, w.start, w.end, "PER")
            for w in tagged
            if w.kind in ("nz", "n") and _married_name(self.tagger, w.text)
        ]
        # (a name opening a file's name in title marks, which the tagger reads as a work's
        # title: 《张丽_离婚协议书_终稿.docx》)
        people += [
            Word(w.text, w.start, w.end, "PER")
            for w in tagged
            if w.kind == "nw"
            and text[w.end : w.end + 1] in ("_", "-")
            and _FILE_NAME_END.match(text, w.end)
        ]
        # (a regular expression's class of province abbreviations: [京津沪...川宁琼])
        if "[" in text:
            classes = [m.span() for m in _HAN_CHAR_CLASS.finditer(text)]
            people = [w for w in people if not any(a <= w.start < b for a, b in classes)]
        literary = any(makes_text_literary(text, w.start, w.end) for w in people)
        literary = literary or is_verse(text)
        words = [w for w in map(_name_part, people) if looks_like_name(w.text.strip())]
        results = told_apart
        for word in words + _mixed_names(text, tagged):
            score = self._score(text, word, literary)
            if score is not None:
                results.append(
                    recognizer_result(
                        self.name,
                        self.id,
                        ENTITY,
                        word.start,
                        word.end,
                        score,
                        "tagger person word",
                    )
                )
        return results

    @staticmethod
    def _score(text: str, word: Word, literary: bool) -> float | None:
        """The score of the name ``word`` in ``text``; None when it is no data subject's."""
        # (a famous name after a form's label is a namesake's: 申请人孔令辉)
        # (an office's label is no form's: 法定代表人：马化腾 in a company's registry entry)
        # (and a famous name in a payslip or an income certificate: 收入证明：孔令辉 …
        # 实发工资, an employee's namesake)
        labelled = (
            NAME_LABEL_BEFORE_ZH.search(to_hans(text[max(0, word.start - 12) : word.start]))
            and not _office_before(text, word.start)
            and not speaker_then_sentence(text, word.start, word.end)
        ) or _PAYROLL_ZH.search(to_hans(text))
        # (a famous name in a form the text says is a test or a specimen: 测试面单：收件人 孙悟空)
        if _SPECIMEN_FORM.search(text) and (
            is_public_figure(word.text.strip()) or _famous_at_dot(text, word)
        ):
            return None
        if not labelled and famous_name_cleared(text, word.start, word.end):
            return None
        # (the tagger cut a famous name short: 孔乙 of 孔乙己式的)
        if (
            not labelled
            and (
                is_public_figure(text[word.start : word.end + 1].strip())
                or is_public_figure(text[word.start : word.end + 2].strip())
                # (or at a transliteration's middle dot: 哈利 of 哈利·波特)
                or _famous_at_dot(text, word)
                # (or ran a famous three-character name into the next word: 賈寶玉神 of
                # 賈寶玉神遊太虛境)
                or (len(word.text.strip()) == 4 and is_public_figure(word.text.strip()[:3]))
            )
        ):
            return None
        name = to_hans(word.text.strip())
        if name in STOCK_PHRASES or name.startswith(_STOCK_OPENINGS):
            return None
        if len(name) == 3 and name[-1] in _BODY_END:
            return None  # a ministry or a bureau (卫福部1925安心专线)
        # (a medical device's filing number by its province: 械备案号：苏械备20160031号)
        if _DEVICE_FILING.match(text, word.start):
            return None
        # (a vessel's name after its label: 船名：金長興 CT3-2256)
        if _VESSEL_LABEL_BEFORE.search(to_hans(text[max(0, word.start - 8) : word.start])):
            return None
        # (a measure word after a number, a discount after it: 滿 500 張九折)
        if (
            name[0] == "张"
            and name[1] in "一二三四五六七八九十两半"
            and _COUNT_BEFORE.search(text[max(0, word.start - 3) : word.start].rstrip())
        ):
            return None
        # (a supplier ordered from: 向旺來船舶五金訂購; not 向王小明借钱)
        if name[0] == "向" and _ORDERED_AFTER.search(to_hans(text[word.end : word.end + 12])):
            return None
        # (a preposition before an organisation's name: 向平機會投訴, 于广州市…)
        if name[0] in "向于於" and organisation_name_at(text, word.start + 1, word.end):
            return None
        # (a surname's character that ends the word before it: 2 名師傅約, 新張誌慶)
        if word.start and to_hans(text[word.start - 1] + name[0]) in _WORDS_ENDING_IN_SURNAME:
            return None
        # (a report's anonymised party: 顾客甲, 患者乙)
        if _ANONYMISED_PARTY.fullmatch(name) or _ANONYMISED_PARTY.fullmatch(
            to_hans(text[word.start : word.end + 1])
        ):
            return None
        # (an author in a reference list, by the GB/T 7714 kind of work: 王立新. 综述[J]. 计算机学报)
        if _REFERENCE_KIND.search(text) and not labelled and not contact_near(text):
            return None
        # (an eponym: 史蒂文斯-约翰逊综合征, 帕金森病)
        if _EPONYM_AFTER.match(text, word.end):
            return None
        # (who pays a parcel's postage: 寄付 "sender pays", 到付 "receiver pays": 寄付月结)
        # (not a receipt's payer: 今收到付晓东交来)
        if (
            name[0] == "付"
            and text[word.start - 1 : word.start] in ("寄", "到", "预", "預")
            and text[word.start - 2 : word.start] not in ("收到", "找到", "见到", "見到", "遇到")
        ):
            return None
        # (a preposition read as the surname 於/于 after a verb: 求診於私家醫生)
        if (
            name[0] in "于於"
            and word.start > 0
            and _HAN_CHAR.match(text[word.start - 1])
            and not _PARTY_BEFORE.search(to_hans(text[max(0, word.start - 4) : word.start]))
        ):
            return None
        # (a preposition the tagger glued to a famous name: 得名于陈垣先生)
        if len(name) >= 3 and name[0] in "于与和跟向对给被把从由" and is_public_figure(name[1:]):
            return None
        # (谢 of 谢谢 "thanks", 周 of 第3周 "week 3", 李氏 "the Lee family", a Cantonese
        # particle read as a given name: 時仲 "still")
        before = to_hans(text[max(0, word.start - 8) : word.start])
        if (
            (
                # (or 哈 of 哈哈哈: laughter)
                (before.rstrip().endswith("哈") and name[0] == "哈")
                or (
                    before.endswith("谢")
                    and name[0] == "谢"
                    and not before.endswith(("感谢", "多谢", "答谢", "致谢", "鸣谢"))
                )
                # (谢 of 致谢 "acknowledgements": 可在致谢中说明)
                or (name[0] == "谢" and before.endswith(("致", "鸣", "答", "酬")))
                # (a receipt's thanks cut short: 谢惠 of 多謝惠顧)
                or to_hans(text[word.start : word.start + 3]) == "谢惠顾"
            )
            or (name[0] == "周" and _WEEK_BEFORE.search(before))
        ):
            return None
        if (
            _CLAN_NAME.fullmatch(name)
            or _SURNAME_AND_OFFICE.fullmatch(name)
            # (a year of the sixty-year cycle: 2027丁未年犯太歲; a character a performer
            # plays: 贾玲饰演的杜乐莹)
            or (_CYCLE_YEAR.match(name) and _CYCLE_YEAR.match(text, word.start))
            # (or the cycle's name of a year alone, a festival's year or a config's value:
            # 2027年為丁未正科, ganzhi: "丁未")
            or (len(name) <= 4 and _CYCLE_PAIR_AFTER.match(text, word.start) is not None)
            or _PLAYED_BY_BEFORE.search(text, max(0, word.start - 4), word.start)
            # (a family by its surname: 我们林家的字辈)
            or (
                len(name) == 2
                and name[1] == "家"
                and text[max(0, word.start - 1) : word.start] in ("们", "們")
            )
            # (a shift and a seal after their verbs: 当班验光师, 值班, 拆封, 密封)
            or _SHIFT_OR_SEAL_BEFORE.search(text, max(0, word.start - 1), word.start + 1)
            # (an hour in Cantonese, 個鐘: 等咗成個鐘先叫到號)
            or (
                name[0] in "鐘钟"
                and text[max(0, word.start - 1) : word.start] in ("個", "个", "粒")
            )
            # (任 "to serve as" before an office: 任兰考县委书记)
            or (name[0] == "任" and _OFFICE_AFTER_SERVE.match(text, word.end))
            # (a game's character: NPC“王铁匠”)
            or _GAME_CHARACTER_BEFORE.search(text, max(0, word.start - 6), word.start)
            # (a case number's organ and year: 京劳人仲（2025）字第12号, 劳人仲(2024))
            or _CASE_YEAR_AFTER.match(text, word.end)
            or (len(name) == 2 and name[1] in _CANTONESE_PARTICLES and _CANTONESE.search(text))
        ):
            return None
        if organisation_name_at(text, word.start, word.end) or counted_thing(text, word.start):
            return None
        # (a typhoon by its name: 1962 年颱風溫黛吹襲, 台风山竹)
        if _STORM_BEFORE.search(text, max(0, word.start - 6), word.start):
            return None
        # (a lung's or a liver's lobe, not the surname 叶: 右肺上叶磨玻璃结节, 肝左叶)
        if name[0] in "叶葉" and _ORGAN_BEFORE.search(text, max(0, word.start - 3), word.start):
            return None
        if (
            (
                _ANONYMISED.fullmatch(name)
                and not _FLAT_BEFORE.search(to_hans(text[max(0, word.start - 40) : word.start]))
            )
            or _STILL_ZH.match(name)
            or _MONEY_WORD.fullmatch(name)
        ):
            return None
        # A police or news bulletin's victim by surname and title only (某市市民刘女士): the
        # bulletin's way of leaving the person out.
        if _SURNAME_AND_TITLE.fullmatch(name) and _BULLETIN.search(to_hans(text)):
            return None
        if _SHOP_AFTER.match(to_hans(text[word.end : word.end + 4])) or _REGION_WORD.match(name):
            return None
        if _COMPANY_FORM_AFTER.match(to_hans(text[word.end : word.end + 16])):
            return None  # a company's name opening with one (李宁体育用品有限公司)
        # A name the text says is made up (陈阿姨（化名）), or a chain's founder (胡大姐连锁).
        if _PSEUDONYM_OR_CHAIN_AFTER.match(to_hans(text[word.end : word.end + 8])):
            return None
        if _QUANTITY_AFTER.match(text, word.end) or _PET_AFTER.match(to_hans(text), word.end):
            return None
        # (a mansion by its name and 第 at a street number: 衛城道7號甘棠第)
        if (_MANSION_AFTER.match(text, word.end) or name.endswith("第")) and re.search(
            r"[号號]\s*$", text[max(0, word.start - 3) : word.start]
        ):
            return None
        if len(name) >= 3 and name.endswith(_NAMED_PLACE_ENDS):
            return None  # a road or a house named after a person (鲁迅中路, 鲁迅祖居)
        if _ROAD_AFTER.match(text, word.end):
            return None  # a road the tagger cut short (崇德路二段與文心路口)
        if _SEAL_AFTER.match(text, word.end) or _SEALS_BEFORE.search(
            text, max(0, word.start - 24), word.start
        ):
            return None  # a work's seal in a catalogue (钤印：张爰之印、白石翁)
        if len(name) >= 4 and name[-1] in "堂馆厅院" and is_public_figure(name[:-1]):
            return None  # a hall named after its donor (邵逸夫堂)
        if (
            _IN_BOOK_TITLE.search(text, max(0, word.start - 12), word.start)
            and "》" in text[word.end : word.end + 12]
            # (not a file's name in the marks: 《张丽_离婚协议书_终稿.docx》)
            and not _FILE_NAME_END.match(text, word.end)
        ):
            return None  # inside a book's or a poem's title (《诗经·卫风·氓》)
        if _MAKERS_BEFORE.search(text, max(0, word.start - 30), word.start) and _MAKERS_AFTER.match(
            text, word.end
        ):
            return None  # a work's maker in brackets after its title (《瑶族舞曲》（刘铁山、茅沅）)
        if _AUTHOR_CREDIT_AFTER.match(text, word.end) and _AUTHORS_BEFORE.search(
            text, max(0, word.start - 40), word.start
        ):
            return None  # a book's author after its title (《乌合之众》…、古贺史健著)
        if narrative_intro(text, word.start, word.end):
            return None
        near = personal_cue_near(text, word.start, word.end)
        if placeholder(text, word.start, word.end, near):
            return None
        public = (
            (
                (literary and not near)
                # (a name's own label says it is somebody's: 他叫霍俊杰 ... 这会影响他)
                or (
                    is_public_mention(text, word.start, word.end)
                    and not _SAID_TO_BE_CALLED.search(
                        to_hans(text[max(0, word.start - 4) : word.start])
                    )
                    # (nor one a private matter of theirs follows at once: 梁嘉欣今年懷孕四個月)
                    and not _OWN_MATTER_AFTER.match(text, word.end)
                )
                or peer_of_famous(text, word.start, word.end)
            )
            and not _REAL_NAME_AFTER.match(to_hans(text[word.end : word.end + 6]))
        )
        # (an office of a body is no public one where the sentence tells a private matter of
        # its holder: 董事会前财政王志坚被控背信，涉嫌……挪用校款)
        office = office_holder(text, word.start, word.end) and not PRIVATE_MATTER_ZH.search(
            sentence_of(text, word.start, word.end)
        )
        score = LITERARY_SCORE if public or office else BASE_SCORE
        # (an office-holder's courtesy title is no cue: 署長林文健醫生)
        after = to_hans(text[word.end : word.end + 16])
        # (nor a founder's in a brand's history: 謝瑞麟珠寶由謝瑞麟先生於1971年在香港創立)
        founder = public and _FOUNDED_IN_YEAR_AFTER.match(after)
        if (
            not office
            and not founder
            and (_HONORIFIC_AFTER.match(after) or _elder_after(text, word.start, word.end))
        ):
            score += CONTEXT_BOOST
        return score


# A courtesy title, then the year the person founded something (先生於1971年在香港創立).
_FOUNDED_IN_YEAR_AFTER = re.compile(
    r"(?:先生|女士|博士)?(?:[于於]\d{4}年.{0,8}?)?(?:创立|创办|创建|成立)"
)
# A name the text says is the person's real one (主播 赵婉清（实名）): nobody's stage name.
_REAL_NAME_AFTER = re.compile(r"\s*[（(]\s*(?:实名|真名|本名|真实姓名)\s*[）)]")
_STORM_BEFORE = re.compile(r"(?:台风|颱風|颱风|台風|飓风|颶風|热带风暴|熱帶風暴)\s*$")
# A file's name running on to its extension and the closing mark.
_FILE_NAME_END = re.compile(
    r"[^》\n]{0,40}\.(?i:docx?|pdf|xlsx?|pptx?|jpe?g|png|txt|csv|zip|rtf|odt)\s*》"
)
# An open book-title mark with no close before the name (《诗经·卫风·).
_IN_BOOK_TITLE = re.compile(r"《[^》\n]*$")
# A reference's kind of work as GB/T 7714 marks it ([J] journal, [M] book, [D] thesis ...).
_REFERENCE_KIND = re.compile(r"\[(?:J|M|D|C|N|R|S|P|Z|EB/OL|J/OL|M/OL|DB/OL)\]\s*[.,，。]")
# A pet's quoted name, then its kind (「阿橘」橘猫, “小黑”黑狗): an animal, no data subject.
_PET_AFTER = re.compile(r"[」』”\"]\s*[\u4e00-\u9fff]?(?:猫|狗|犬|兔|仓鼠|鹦鹉)")
# (a count of weeks has one or two digits: not a flat's number, 3 栋 1502 周志强家)
# A work's title and the opening bracket of its makers (《花好月圆》（黄贻钧）), maybe with
# the makers listed before the name.
_MAKERS_BEFORE = re.compile(r"[》〉]\s*[（(](?:[\u4e00-\u9fff·]{2,6}\s*[、，,]\s*)*$")
_MAKERS_AFTER = re.compile(r"[\u4e00-\u9fff·]*\s*(?:[、，,]\s*[\u4e00-\u9fff·]{2,6}\s*)*[）)]")
# ... or its authors after its title, credited by 著 or 译 (《被讨厌的勇气》岸见一郎、古贺史健著).
_AUTHORS_BEFORE = re.compile(r"[》〉]\s*(?:[\u4e00-\u9fff·]{2,8}\s*[、，,]\s*)*$")
_AUTHOR_CREDIT_AFTER = re.compile(r"\s*(?:等)?(?:著|合著|编著|編著|主编|主編|译|譯)(?![作名])")
_VESSEL_LABEL_BEFORE = re.compile(r"(?:船名|船舶名称|渔船名|船只名称)\s*[:：]?\s*$")
_ORDERED_AFTER = re.compile(r"订购|采购|订货|进货|下单")
# A government body the tagger reads as a three-character name (衛福部, 勞動部, 公安局).
_BODY_END = frozenset("部局署厅廳")
_WEEK_BEFORE = re.compile(
    # (not a seat's or a room's code, nor a unit's number: B-14 周雅婷, A座7-02 周淑芬)
    r"(?:第\s*[\d_一二三四五六七八九十]+|[每上下本这两按隔一二三四五六七八九十]|(?<![\dA-Za-z])(?<![A-Za-z]-)(?!0\d)\d{1,2})\s*$"
)
# (or a shop's or a brand's: 陈记 "Chan's", as 本店由陈记家族创立)
# (and a shop by its owner's surname and 记 before its trade: 张记汽修)
_CLAN_NAME = re.compile(r".[氏宅府记]|.[记記][\u4e00-\u9fff]{1,2}")
# A surname and an office, no name (董总统一课程 read as 董总统 "President Dong").
_SURNAME_AND_OFFICE = re.compile(r".(?:总统|主席|总理|总裁|校长|院长|局长|部长|议员)")
_HAN_CHAR_CLASS = re.compile(r"\[\^?[\u4e00-\u9fff]{8,}\]")
# A name told in its two parts (姓詹，名若溪; 姓陈 名志明): a form's way, or a dodge.
_SURNAME_THEN_GIVEN = re.compile(
    r"(?<![贵貴您尊])姓\s*([\u4e00-\u9fff])\s*[，,、；; ]\s*名(?:字)?(?:叫|是|为|為)?\s*"
    r"([\u4e00-\u9fff]{1,2})(?=[，,。；;、\s]|$)"
)
# (a form's "not known": 姓王，名不详)
_NO_GIVEN_NAME = frozenset({"不详", "不詳", "未知", "待定", "保密", "某", "某某", "空"})
_CASE_YEAR_AFTER = re.compile(r"\s*[（(〔\[](?:19|20)\d{2}[）)〕\]]")
_DOTTED_REST = re.compile(r"[·・•][\u4e00-\u9fff]{1,5}")


def _famous_at_dot(text: str, word: Word) -> bool:
    """Whether ``word`` and a part after a middle dot make a famous name (哈利·波特)."""
    dotted = _DOTTED_REST.match(text, word.end)
    if dotted is None:
        return False
    rest = dotted.group(0)
    return any(is_public_figure(word.text + rest[:k]) for k in range(len(rest), 1, -1))


_CYCLE_YEAR = re.compile(r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][年月日]")
_CYCLE_PAIR_AFTER = re.compile(
    r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥](?:[年月日科]|香科|正科|[\"”」』]|$)"
)
_OFFICE_AFTER_SERVE = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?:县委|縣委|市委|省委|区委|區委)?(?:书记|書記|县长|縣長|市长|市長|省长|省長|"
    r"主任|主席|局长|局長|校长|校長|院长|院長|部长|部長)"
)
_GAME_CHARACTER_BEFORE = re.compile(r"(?:(?i:npc)|游戏角色|遊戲角色|副本BOSS)\s*[“\"「『]?\s*$")
_PLAYED_BY_BEFORE = re.compile(r"(?:饰演|飾演|扮演|出演)的?\s*$")
# A road's name's end after the name (文心路口, 中山路二段, 民生路与, 人民大道).
_ROAD_AFTER = re.compile(
    r"路口|大道|大馬路|大马路|[路街](?:[一二三四五六七八九十]+段|\d+[号號]|[与與和及、])"
)
# A seal's inscription (张爰之印, 大千之印): what an artwork's catalogue entry reads off it.
_SEAL_AFTER = re.compile(r"之印|私印|印信")
# ... and the seals a catalogue lists after 钤印 "seals stamped" (钤印：白石翁、齐璜之印).
_SEALS_BEFORE = re.compile(r"[钤鈐]印?[：:]?[^。；;\n]{0,20}$")
_MANSION_AFTER = re.compile(r"第(?![一二三四五六七八九十百千两兩几幾\d０-９])")
_CANTONESE_PARTICLES = "仲咗嘅唔啲喺嚟冇哋咪"
_CANTONESE = re.compile(r"[咗嘅唔啲喺嚟冇哋係佢]")
# Words no name starts with, that the tagger ran into a name (谢谢护工, 周次; a wedding's
# dragon-phoenix bangle, 龙凤鈪).
# (and Malay, Malaya: 马来文, 马来亚)
# (and a weekday, 周几; and Malay places' openings in Chinese: 武吉 Bukit, 甘榜 Kampung,
# 双溪 Sungai, 丹戎 Tanjung, 哥打 Kota, 峇都 Batu -- 武吉查卡, 甘榜格南)
_STOCK_OPENINGS = (
    "卫健", "安宁疗", "谢谢", "谢邀", "周次", "周末", "周几", "龙凤", "齐针", "马来",
    # (a term's class, 春季班 / ○季班修毕; Cantonese 钟意 "to like")
    "季班", "钟意",
    # (a claim, 索偿; a film's yellowing, 黄变)
    "索偿", "黄变",
    # (Taiwan's payment flow, 金流回传)
    "金流",
    "武吉", "甘榜", "双溪", "丹戎", "哥打", "峇都",
    # (a temple's king boat and its rite, an orchid show and its society, a koi's variety:
    # 燒王船, 王醮, 蘭展, 兰艺研究会, 浅黄秋翠)
    "王船", "王醮", "兰展", "兰艺", "兰株", "秋翠",
    # (yellow-fin tuna, a yellow catfish, a yellow croaker: 黃鰭鮪, 黄颡鱼, 黄花鱼)
    "黄鳍", "黄颡", "黄花鱼", "黄鱼",
    # (the Müllerian duct of a hormone test: 抗缪勒管激素; snooker: 斯诺克)
    "缪勒", "斯诺克",
    # (an estate agent, Taiwan's 房仲; and Kuching, 古晋)
    "房仲", "古晋",
    # (aged mugwort and aged peel, 十年陈艾, 三年陈皮; a midweek price, 周中价; a white
    # wedding gown, a thank-you card, a roll-up banner: 白纱, 谢卡, 易拉宝/易拉展)
    "陈艾", "陈皮", "周中", "白纱", "谢卡", "易拉",
    # (a lettuce, brown sugar, Cantonese "a little late": 唐生菜, 黄糖, 晏少少)
    "唐生菜", "黄糖", "晏少",
    # (a beauty standard's slogan, 白幼瘦; a sour beer's style, 古斯啤酒 (Gose))
    "白幼", "古斯",
    # (a program in Taiwan's usage, 程式營; a week's boarding in a care home, 周托)
    "程式", "周托",
    # (a care team, Hong Kong's 關愛隊; "run by our temple", 由本宫; a year's tai sui, 安太岁;
    # a yellow stain, 黄渍; "thank you for your custom", 惠顾)
    "关爱", "由本", "安太", "犯太", "黄渍", "惠顾",
    # (glutinous rice balls, 汤丸; a Luzon mango, 吕宋芒)
    "汤丸", "吕宋",
    # (a Korean style, 韓系 C 捲; a mango cultivar, 金煌芒; a mall, 夢時代)
    "韩系", "金煌", "梦时",
    # (Hong Kong's White Form secondary market, 白居二; a city's health cover, 惠民保)
    "白居二", "惠民",
    # (a library's stock turnover, B1 周转库; a tea cultivar's oolong, 金萱乌龙; a
    # pesticide, 陶斯松)
    "周转", "金萱", "陶斯",
    # (Zeiss's and Essilor's lenses, 蔡司泽锐, 依视路钻晶; Malacca, 马六甲)
    "蔡司", "依视", "马六甲",
    # (salted-egg sotong, 咸蛋苏东; "the table", 張枱; "take a photo", 拍张照)
    "苏东", "张枱", "张台", "张檯", "张照",
    # (a pug, 巴哥; Cantonese "even said", 仲话; Yuasa batteries, 汤浅)
    "巴哥", "仲话", "汤浅",
    # (a weekly meeting, 周例会; Feliway, 费利威; a pet shop's brand, 汪喵; bacalhau, 马介休)
    "周例", "费利威", "汪喵", "马介", "孟沙",
    # (a weekly rent, 周租; a meeple, 米宝; summer months' tariff, 夏月电价)
    "周租", "米宝", "夏月",
    # (Kaohsiung, 高雄; labour, 勞工申訴; recreation, 康樂用途)
    "高雄", "劳工", "康乐",
    # (the Cameron Highlands, 金马伦; wheat varieties, 郑麦379 / 百农207; a slip's white, red
    # and yellow copies, 白联 / 红联 / 黄联; tilapia, 吳郭魚)
    "金马伦", "郑麦", "百农", "白联", "红联", "黄联", "吴郭鱼",
    # (a Dewar flask, 杜瓦瓶; a key, 金鑰; an orchid's variety and a fertiliser, 黄金豹,
    # 花宝三号; moss, 莫絲; lauan wood, 柳桉木; orchids, 胡姬花; to highlight, 高亮)
    "杜瓦", "金钥", "黄金豹", "花宝", "莫丝", "柳桉", "胡姬", "高亮",
)  # fmt: skip


# The writer saying what somebody is called (他叫, 她叫, 真名): whoever follows is a person
# the text is about, even in words history questions use (影响, 意义).
_SAID_TO_BE_CALLED = re.compile(r"(?:他叫|她叫|真名|实名)[\s:：是为]*$")


def _with_split_surname(text: str, word: Word) -> Word:
    """``word`` with the surname the tagger split off before it (曾 read as "once" in ``—
    曾小凤 said``): a surname character opening a Han run right before a short name."""
    start = word.start
    if (
        start >= 1
        and len(word.text.strip()) <= 2
        and text[start - 1] in SURNAMES
        and word.text[:1] not in SURNAMES
        # (or after a bed's, a room's or a floor's number: 208床王秀兰)
        and (
            start == 1
            or not _HAN_CHAR.match(text[start - 2])
            or text[start - 2] in "床号號楼樓室房的"
            # (or after a job's word: 登記護士區嘉欣, 司機曾金龍)
            or _JOB_BEFORE.search(to_hans(text[max(0, start - 4) : start - 1])) is not None
        )
    ):
        return Word(text[start - 1 : word.end], start - 1, word.end, word.kind)
    return word


_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
# A sale's or a case's party right before a name that opens with 于 (买方于晓燕).
_PARTY_BEFORE = re.compile(r"(?:买方|卖方|出租方|承租方|原告|被告|申请人)[:：]?\s*$")
_PSEUDONYM_OR_CHAIN_AFTER = re.compile(
    r"(?:阿姨|先生|女士|大姐|大哥|阿伯|老师)?(?:[（(](?:化名|假名|匿名)[）)]|连锁|加盟店|分店)"
)
# A form the text calls a test or a specimen (测试面单, 样单, 仅用于……校准/演示).
_SPECIMEN_FORM = re.compile(
    r"测试面单|測試面單|测试单|样单|樣單|样张|樣張|(?:仅|僅)(?:用于|用於|供)[^，。；\n]{0,12}"
    r"(?:测试|測試|校准|校準|演示|排版|培训|培訓)|演示数据|演示數據"
)
# A registered company's form a few words on, with no verb or preposition between (李宁 of
# 李宁体育用品有限公司; not 王芳 of 王芳在公司加班).  Simplified reading.
_COMPANY_FORM_AFTER = re.compile(
    # (nor a party suing one: 原告龚晓东诉杭州某健身有限公司)
    r"(?:(?![在到去回的和给跟从于是被让叫请找说诉告与及对向为替由等])[\u4e00-\u9fff]){0,8}?"
    r"(?:有限公司|有限责任公司|股份公司)"
)
# A job's word right before a name (Simplified reading).
_JOB_BEFORE = re.compile(
    r"(?:护士|医生|医师|司机|职员|员工|老师|教师|学生|保安|厨师|会计|律师|经理|主任|警员|店员|"
    r"护工|志工|义工|保姆|文员|助理|技师)$"
)

# A flat's number in an estate: a building's, maybe a unit's, and the flat's (3号楼602室,
# 5栋1单元302).
_FLAT_NUMBER = (
    r"\d{1,3}\s*(?:号楼|號樓|栋|棟|幢|座)\s*(?:\d{1,2}\s*单元)?\s*\d{3,4}\s*(?:室|房|号|號)?"
)
# A flat's number right before a surname and 某 (3号楼602室住户周某): the flat singles the
# household out in its estate, so the 某 leaves nobody out.  (Simplified reading.)
_FLAT_BEFORE = re.compile(_FLAT_NUMBER + r"\s*(?:的)?\s*(?:住户|业主|租户|租客|居民|房东)?\s*$")
# A surname and a courtesy title right after a flat's number (10号楼502俞老师家的孩子),
# which the tagger glues onto the number or splits apart.
_FLAT_THEN_TITLED = re.compile(
    _FLAT_NUMBER + r"\s*([\u4e00-\u9fff](?:老师|老師|先生|女士|小姐|太太|阿姨|师傅|師傅|医生|醫生))"
)


def _titled_after_flat(text: str) -> list[Word]:
    """Surnames with a courtesy title right after a flat's number, as person words."""
    return [
        Word(m.group(1), m.start(1), m.end(1), "PER")
        for m in _FLAT_THEN_TITLED.finditer(text)
        if m.group(1)[0] in SURNAMES
    ]


def _name_part(word: Word) -> Word:
    """``word`` without a kinship word glued before it or a time/function word after it."""
    kin = _KIN_PREFIX.match(word.text)
    if kin:
        word = Word(word.text[kin.end() :], word.start + kin.end(), word.end, word.kind)
    return trim_name(word)
