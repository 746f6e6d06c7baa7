"""ZH_ADDRESS: a structured Chinese address, never a bare place name.

``北京市海淀区中关村大街27号``, ``幸福小区3栋2单元501室``, ``台中市北屯區崇德路322號18樓``
and ``九龍旺角彌敦道88號`` are addresses (Traditional characters are read as Simplified); ``北京``,
``北京市海淀区`` or ``广东省`` alone are not personal data and are not reported.  An
address needs a street with a house number, or an estate/building with a unit or room.
An institution's or company's own address (``故宫博物院位于...``, ``公司注册地址：...``) is not
reported.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from residency.detectors.chinese.hant import to_hans
from residency.detectors.chinese.public_figures import is_public_figure
from residency.detectors.chinese.results import recognizer_result

ENTITY = "ZH_ADDRESS"
BASE_SCORE = 0.6
FULL_SCORE = 0.75  # province/city/district chain plus street and number

CONTEXT = [
    "地址", "住址", "家住", "住在", "居住", "寄到", "寄往", "送到", "送货", "收货",
    "收件人", "快递", "户籍", "现住", "通讯地址", "address",
]  # fmt: skip

# A component name starts with a Han character that is not a common function word
# (so "我住在北京市" yields "北京市"), then any Han characters.
_STOP = "在住是的我你他她它了和到从于往寄送搬位址为请家或与及就都也还即喺系"
# (和 "and" opens no component, but 和平 "peace" opens many roads: 和平西路)
_START = rf"(?:(?:(?=和平)|(?![{_STOP}]))[\u4e00-\u9fff])"
_NAME = r"(?:(?![址是在住于])[\u4e00-\u9fff])"
_NUM = r"[0-9一二三四五六七八九十百零〇]"

_PROVINCE = rf"{_START}{_NAME}{{1,6}}?(?:省|自治区|特别行政区)"
_CITY = rf"{_START}{_NAME}{{0,6}}?(?:市|自治州|地区|盟)"
_DISTRICT = rf"{_START}{_NAME}{{0,6}}?(?:区|县|旗)"
_TOWN = rf"{_START}{_NAME}{{0,6}}?(?:镇|乡|街道)"
_VILLAGE = rf"{_START}{_NAME}{{0,6}}?村(?:{_NUM}+组)?"
# (a road's name holds no 在 or 住: in ``门诊在海淀区花园北路`` the road starts after 在)
# (not a word ending in 道: 知道 "know", 报道 "report", 频道 "channel", 味道 "taste")
_ROAD = (
    rf"{_START}(?:(?![在住])[\u4e00-\u9fff0-9]){{0,9}}?"
    r"(?:路|大道|大街|街|(?<![知说问难报味频渠轨])道|巷|弄|胡同|里)"
)
_HOUSE = rf"{_NUM}+(?:[-－]{_NUM}+)?\s*号(?:院)?"
# (an estate named with its own 园 or 苑 and then called 小区: 德宝园小区6栋)
_ESTATE = rf"{_START}{_NAME}{{1,8}}?(?:小区|花园城|花园|公寓|大厦|大楼|社区|家园|新村|广场|中心|园|苑|庭|府|城|邨)(?:(?<=[园苑庭府城])小区)?"
# A block, also counted with 第 and after its phase (Hong Kong estates: ``第二期第五座``).
_BLOCK_NUM = r"第?[0-9A-Za-z一二三四五六七八九十百]+\s*"
# (in an estate, ``41号`` before a room is the building's number: ``万科城市花园41号602室``)
_BUILDING = rf"(?:{_BLOCK_NUM}期\s*)?{_BLOCK_NUM}(?:号楼|栋|幢|座|期|号(?=\s*[0-9A-Za-z]{{1,5}}\s*(?:室|房|户)))"
# A named block of a Hong Kong estate (``禾輋邨豐和樓1203室``): a name and 樓/閣.
_NAMED_BLOCK = rf"{_START}{_NAME}{{1,4}}?(?:楼|阁)"
_UNIT = rf"{_NUM}+\s*单元"
_FLOOR = rf"{_NUM}+\s*(?:楼|层)"
_ROOM = r"[0-9A-Za-z]{1,5}\s*(?:室|房|户)"
# A flat's bare number right after its block (``花园城 2 期 9 栋 18A``, ``5栋1203``).
_ROOM_AFTER_BLOCK = (
    r"(?:(?<=[栋幢座])|(?<=[栋幢座]\s))(?:\d{1,2}[A-Za-z]|\d{3,4})(?![\dA-Za-z号室房户楼层])"
)

# Every part of the address pattern is optional, so it matches the empty string wherever
# no address starts. Only where one part can start (or a space: the parts after the street
# may follow spaces) is the match non-empty; looking ahead for those parts first finds the
# same non-empty matches, in C, without an empty match at every other position.
_NON_EMPTY = (
    rf"(?=\s|{_PROVINCE}|{_CITY}|{_DISTRICT}|{_TOWN}|{_VILLAGE}|{_ROAD}|{_ESTATE}"
    rf"|(?<=[村邨苑园]){_NAMED_BLOCK}|{_BUILDING}|{_UNIT}|{_FLOOR}|{_ROOM}|{_ROOM_AFTER_BLOCK})"
)
_ADDRESS = re.compile(
    _NON_EMPTY
    + rf"(?P<admin>(?:{_PROVINCE})?(?:{_CITY})?(?:{_DISTRICT})?(?:{_TOWN})?(?:{_VILLAGE})?)"
    # (Spaces may sit around the numbers: ``崇德路二段 215 巷 6 號``.)
    rf"(?P<street>(?:{_ROAD})(?: ?{_NUM}+ ?段)?(?: ?{_NUM}+ ?巷)?(?: ?{_NUM}+ ?弄)?\s*(?P<house>{_HOUSE})?)?"
    rf"(?P<estate>{_ESTATE})?(?:(?<=[村邨苑园])(?P<block>{_NAMED_BLOCK}))?"
    # (a block, a unit and a flat by numbers alone after the estate: 颐和园小区8-3-501)
    r"(?:(?<=[区园苑庭府城邨寓厦])\s*(?P<flatcode>\d{1,3}-\d{1,2}-\d{3,4})(?![\d-]))?"
    rf"\s*(?P<building>{_BUILDING})?\s*(?P<unit>{_UNIT})?\s*(?P<floor>{_FLOOR})?\s*(?P<room>{_ROOM}"
    # (or a flat's bare number right after its unit: ``9栋2单元1104``)
    r"|(?<=单元)\d{3,4}(?![\d号室房户])|(?<=单元 )\d{3,4}(?![\d号室房户])"
    rf"|{_ROOM_AFTER_BLOCK})?"
)
# An institution's or a company's own address: ``故宫博物院位于北京市东城区景山前街4号``,
# ``本公司注册地址：...``, ``总部位于...``.  The place where an organisation sits is public
# and names no data subject.
_ORG_LOCATED = re.compile(
    r"(?:博物院|博物馆|美术馆|纪念馆|图书馆|体育馆|展览馆|科技馆|大剧院|剧院|公司|集团|银行|大学|"
    r"学院|中学|小学|医院|政府|委员会|法院|检察院|酒店|宾馆|饭店|商场|车站|机场|寺|故居|旧址|"
    r"总部|总行|分行|支行|门店|旗舰店|营业厅|办事处|学校|中心|研究院|研究所|基金会|协会|"
    r"卫生院|诊所|幼儿园|书院|会堂|教堂|动物园|植物园|公园|体育场|田径场|运动场|游泳馆|大使馆|领事馆|警署|派出所|事务所|律所|工作室|办公室|厂|店|"
    r"总统府|市府|县府|行政院|立法院|审裁处|裁判法院|政府总部|大楼|乐园|游乐园|景区|观景台|大厅|"
    r"公证处|登记处|服务站|广场|大厦|商厦|百货|购物中心|会展中心|塔|"
    # (a tribunal's hearing room: 仲裁院第二仲裁庭（解放路39号4楼）)
    r"仲裁庭|仲裁院|仲裁委员会|法庭|审判庭|"
    # (a public body's station or bureau: 救助管理站, 民政局, 税务局)
    r"管理站|救助站|工作站|[\u4e00-\u9fff]{2}局|[\u4e00-\u9fff]{2}部|纪念堂|大队|支队|中队|"
    # (an agency called 署 -- 中央健康保险署 -- and a pharmacy's or a shop's counter)
    r"[\u4e00-\u9fff]{2}署|门市|药局|药房|"
    # (an office ending in 所 -- 監理所, 戶政事務所 -- but not 住所, a residence)
    r"(?<!住)所)"
    # ... or one of its sites: 校总区, 光复校区, 医学部, 院区, 本部, 分院 (``台湾大学校总区位于``).
    r"(?:[\u4e00-\u9fff]{0,4}?(?:校区|总区|院区|本部|分院|分校|分部|园区|医学部|新址|[东西南北新总分]馆))?"
    # ... or one of its departments (``瑞金医院信息科（上海市...）``, 图书馆家谱阅览室).
    # (or its outpatient clinic: 醫院專科門診地址為, 医院运动医学科门诊在)
    # (or its entrance: 伊利沙伯體育館正門（灣仔愛群道18號）)
    r"(?:[\u4e00-\u9fff]{0,4}?(?:[科处室办]|门诊部?)(?:门诊部?)?|楼下|门口|正门|大门|侧门|后门|入口)?"
    # (a colon may come first: ``外国语学校：地址 南山区...``)
    # (an aside in brackets, an emoji or spaces may come between: 孫中山紀念館（中山史蹟徑）位於,
    # 上海自然博物馆 🦖 ，北京西路 510 号)
    r"(?:[（(][^）)]{1,12}[）)])?(?:[\s，,]|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])*"
    # (and an emoji after the colon: ``入境事務處總部：📍 將軍澳...``)
    r"(?:的|[：:，,][\s\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]*)?(?:注册|办公|经营|营业)?"
    # (``地址`` may run straight into the address: ``国家大剧院地址西城区西长安街2号``)
    r"(?:(?:地址|地点)(?:位于|坐落于|坐落在|地处|设在|设于|在|[为是系係：:（(]\s*)?"
    r"|(?:位于|坐落于|坐落在|地处|设在|设于|就?在|就?喺|已?(?:迁至|搬至|迁往)|[为是系係：:（(]\s*)"
    # (or nothing but the separator: a place's name, then its address, as posts write it)
    r"|(?<=[\s，,\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]))\s*"
    # (a postcode may open the address: ``勞動部　地址：103 臺北市...``)
    r"(?:\d{3,6}\s*)?$"
)
# ... or by its own word for itself or its site (``本院地址：``, ``院区地址：``, ``本校位于``,
# ``校区地址为``): a hospital, school or shop giving where it is.
_OWN_SITE = re.compile(
    r"(?:本院|本校|本馆|本店|本公司|本行|本所|本中心|本园|院区|校区|园区|厂区|院址|校址|"
    # (an employer's address on an insurance registration: 單位地址：)
    r"投保单位|单位|"
    # (and a job advert's place of work: ``工作地点：``)
    # (and a kindergarten's site, an exam's venue: ``园址``, ``考点：``)
    # (and a seller's warehouse or pick-up point: ``倉庫地址：``, ``提貨地點：``)
    r"厂址|馆址|园址|考点|工作|办公|生产|总区|注册|经营|仓库|倉庫|货仓|貨倉|提货|提貨)(?:的)?(?:注册|办公|经营|营业|门诊|急诊)?(?:地址|地点)?"
    r"(?:位于|坐落于|坐落在|地处|设在|设于|[为是系係：:]\s*|\s+)\s*$"
)
_SHOP_KEY = re.compile(r"(?<![A-Za-z_])(?:shop|store|branch|outlet)(?:_?name)?=")
# ... or a record whose name field is a warehouse's, a shop's or an office's, before the
# address (``"name":"上海嘉定二号仓","address":"..."``).
_PREMISES_NAME_FIELD = re.compile(
    r"[\"']?(?:name|名称|名稱)[\"']?\s*[:=]\s*[\"']?[^\"',，\n]{1,24}"
    r"(?:仓|倉|仓库|倉庫|店|分店|门店|門店|中心|公司|分公司|医院|醫院|学校|學校|分行|支行|厂|廠|"
    r"办事处|辦事處|营业部|營業部)[\"']?\s*[,，;]"
)
# ... or "our office's address is" (我们的上海办公室地址是): a business speaking.
_OUR_PREMISES = re.compile(
    r"(?:我们|我們|本)(?:的)?[\u4e00-\u9fff]{0,6}?(?:办公室|辦公室|公司|门店|門店|总部|總部|"
    r"分行|分店|门市|門市|工厂|工廠|仓库|倉庫|展厅|展廳)(?:的)?(?:地址|地点|地點)?"
    r"(?:是|为|為|在|位于|：|:)\s*$"
)
# ... but not after a word of one's own home (我住的园区地址：, 家住).
# 家 "home", not in 这家 ("this shop") or in 国家, 大家, 专家, 作家, 商家, 店家, 厂家, 酒家,
# 买家 / 卖家 (a buyer, a seller).
# (nor an institution's "home of": 动物之家, 老人之家)
_HOME_JIA = r"(?<![这那哪一每几国大专作画学商店厂酒之买買卖賣])家"
_HOME_BEFORE = re.compile(rf"我|{_HOME_JIA}|住|本人|业主")
# A locating verb inside a match: the road pattern may have taken the organisation's name
# in front of it (``玛丽医院位于薄扶林道102号`` read as one road name).
# Verbs that say where a place stands (位于, 坐落在 ...), shared by the rules below.
_WHERE_VERBS = r"位于|坐落于|坐落在|地处"
_LOCATED_VERB = re.compile(
    rf"{_WHERE_VERBS}|设在|设于|已?(?:迁至|搬至|迁往)|地址[为是系係：:]?|(?<=[馆院店场园])(?:在|喺)"
)
_THIS_ESTATE = re.compile(r"(?:本|该|此|这个?|各|全|们)(?:小区|社区|花园|公寓|大厦|大楼|园|苑|邨)")
_HINT = re.compile(r"[路街巷弄号栋幢座单元室房户楼层]|胡同|小区|花园|公寓|大厦|社区")
_SEPARATOR = re.compile(r"[\s,，、]")


class ZhAddressRecognizer(EntityRecognizer):
    name: str  # set by EntityRecognizer.__init__ (untyped upstream)
    CONTEXT = CONTEXT

    def __init__(self, supported_language: str = "zh") -> None:
        super().__init__(
            supported_entities=[ENTITY],
            name="ZhAddressRecognizer",
            supported_language=supported_language,
            context=self.CONTEXT,
        )

    def load(self) -> None:  # regular expressions only
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        # Traditional characters read as Simplified, one for one (offsets are unchanged).
        text = to_hans(text)
        if not _HINT.search(text):
            return results
        for match in _ADDRESS.finditer(text):
            if match.end() - match.start() < 5:
                continue
            score = _score(match)
            if score is None:
                continue
            start, end = match.start(), match.end()
            if _org_own_address(text, start, end) or _place_located(text, match):
                continue
            if _eatery_or_sight(text, match) or _FICTIONAL.search(
                text, max(0, start - 6), start + 4
            ):
                continue
            if _EXCERPT.search(text) or _historic_home(text, start):
                continue
            if _building_only(match) and not _HOME_NEAR.search(text[max(0, start - 16) : start]):
                continue
            if _NUMBER_RANGE_AFTER.match(text, end):
                continue  # a street's run of numbers (文昌路1號至151號): a notice's, no home
            while end > start and _SEPARATOR.match(text[end - 1]):
                end -= 1
            if _PUBLIC_BUILDING_END.search(text, start, end):
                continue  # the match took the building in: 解放东路18号市民中心
            results.append(
                recognizer_result(
                    self.name, self.id, ENTITY, start, end, score, "structured address"
                )
            )
        for match in _HK_FLAT_SHORT.finditer(text) if "座" in text else ():
            start, end = match.span()
            if any(r.start < end and start < r.end for r in results):
                continue
            if _org_own_address(text, start, end):
                continue
            results.append(
                recognizer_result(
                    self.name, self.id, ENTITY, start, end, BASE_SCORE, "Hong Kong flat, short"
                )
            )
        return results


# A Hong Kong flat as chats shorten it, after its estate: block, floor and flat letter
# (嘉湖山莊美湖居3座18D, 美孚新邨 B座 12A): nobody writes a public place so.  (Simplified
# reading; a block and a flat alone, 3座18D, may be a building notice's.)
_HK_FLAT_SHORT = re.compile(
    rf"(?:(?:(?![{_STOP}])[\u4e00-\u9fff]){{1,8}}?(?:居|苑|阁|邨|村|山庄|花园|城|轩|楼|台|湾|庭)\s?)"
    r"(?<![0-9A-Za-z])(?:[0-9]{1,2}|[A-Z])\s?座\s?(?:[0-9]{1,2}|[A-Z])\s?(?:楼\s?)?[0-9]{0,2}[A-H](?:室)?"
    r"(?![A-Za-z0-9])"
)


# A house number's range right after an address (至151号, -151号).  (Simplified reading.)
_NUMBER_RANGE_AFTER = re.compile(r"\s*(?:至|到|~|～|—|－|-)\s*\d{1,4}\s*号")


# A building of a named estate with no flat, street number or unit (锦绣华庭小区3号楼的电梯
# 本周维保) is where a notice is about, not anybody's address -- unless the text says
# somebody lives there or sends something there right before it.
_HOME_NEAR = re.compile(r"住|家|我|收货|收件|寄到|送到|送去|搬到|搬去|地址|户籍")


def _building_only(match: re.Match[str]) -> bool:
    g = match.groupdict()
    return bool(
        (g["estate"] or g["admin"])
        and g["building"]
        and not (g["street"] and g["house"])
        and not g["unit"]
        and not g["room"]
    )


# Opening or office hours given in the same text: premises open to the public, not a home
# (``公证处办公时间：周一至周五 ...；地址：...``).
# (The recognizer reads the text in simplified characters.)  A public line given in the
# text says the same (咨询热线400-..., 中心热线, 招生办公室电话): a business or an office
# advertising where it is.
_OPENING_HOURS = re.compile(
    r"(?:办公|营业|开放|服务)时间|对外办公|热线|咨询电话|客服电话|招生办|招生办公室|公休|店休|"
    # ... or a job advert's (急徵, 职缺, 月薪): the employer's workplace.
    r"急徵|急征|徵才|征才|徵人|职缺|職缺|月薪|时薪|時薪|诚聘|招聘|"
    # ... or a bank's notice (网点迁址, 对外营业, a SWIFT code).
    r"迁址|对外营业|停止营业|SWIFT|"
    # ... or a firm describing itself (成立于2009年, 前台 010-...).
    r"成立于|前台|免费开放|对外开放|"
    # (a round-the-clock service: 救助站24小时接收走失人员)
    r"24\s?小时(?:接收|服务|开放|值班|营业|受理|接待)|"
    r"(?<![0-9A-Za-z])[48]00[-\s]?[0-9]{3}[-\s]?[0-9]{4}(?![0-9])|"
    # ... or its counter's weekdays (週一至週五08:30至17:00受理臨櫃業務).
    r"[周週][一二三四五六日](?:至|到|-|～|~)[周週][一二三四五六日]|受理|临柜|"
    # ... and a directory of shops or branches (``| 門市 | 地址 |``).
    r"(?:门市|门店|分店|分行|店名|网点)\s*[|｜]\s*地址"
)
# A restaurant's or a sight's words -- bookings, prices per head, set meals, queues, tickets
# (訂座電話, 人均 $480, 午市套餐, 排隊, 門票) -- with an address that has no flat or unit and
# nothing sent there: a review's or a guide's place, nobody's home.
_EATERY_OR_SIGHT = re.compile(
    r"订座|订位|订枱|订台|人均|套餐|任食|时价|午市|晚市|堂食|食评|排队|开门|休馆|门票|入场费|"
    r"全票|票价|购票|营业到|营业至|营业中|"
    # (a price a head: 每位HK$198, 每人88元)
    r"每[位人]\s*(?:HK|MOP|NT|RM|S)?\$?\s*\d|"
    # ... or a canteen's meals at a price (长者饭堂，午餐12元/份).
    r"饭堂|食堂|\d+元/份|元一份"
)
_SENT_THERE = re.compile(r"送|寄|收货|收件|外卖|快递|搬")
# A place said to be made up right before it (住在虚构的临江市梧桐巷17号; the match may
# take the word in): a story's.
_FICTIONAL = re.compile(r"虚构|架空|虚拟")
# An organisation's name right after the address (四平路1239号本科招生办公室): its premises.
_ORG_AFTER = re.compile(
    # (maybe in brackets: ``宜山路600号（上海市第六人民医院）``)
    r"[)）]?[（(]?[\u4e00-\u9fff]{0,8}?(?:办公室|办事处|服务中心|中心|学院|公司|集团|大学|医院|银行|分行|"
    r"体验店|旗舰店|专卖店|"
    r"支行|营业厅|门店|服务台|教务处|招生处|地铺|地舖|铺位|商铺|店铺|"
    # ... a restaurant (嘅茶餐廳, 海鮮酒家) or a famous person's former home (嘅故居)
    r"茶餐厅|餐厅|酒家|酒楼|饭店|故居|旧居|"
    # ... a building's management office or its notice (88号逸夫大厦物业管理处通知, 623號商業
    # 大廈通告)
    r"管理处|物业管理|[\u4e00-\u9fff]{0,4}?大厦(?:通告|通知)|(?<=[厦楼])(?:通告|通知)|"
    # ... a government building, or an event held there (旺角政府合署举行)
    r"合署|[^，。]{0,12}?举行|"
    # ... a parcel locker or a pickup station (逸仙路88号丰巢柜), or a venue's hall (3楼多功能厅)
    r"丰巢|快递柜|智能柜|驿站|自提点|多功能厅|报告厅|会议厅|礼堂|宴会厅)"
    # ... or a landmark's place (拍照机位在淮海中路1842号对面): where to stand, no one's home.
    r"|\s*(?:对面|旁边|附近)"
)


# A text that says it is an excerpt of a literary work (摘自长篇小说《…》, 节选自): its
# addresses are the work's.
_EXCERPT = re.compile(r"摘自[^，。]{0,6}(?:小说|散文|剧本|回忆录)|节选自|选自《")
# A year of the past or a history's words (1931年, 年谱, 民国): with a famous figure right
# before the address, the text tells where that figure lived then.
_PAST = re.compile(r"(?:1[0-8]\d\d|19[0-7]\d)\s*年|年谱|民国|晚清|清末|抗战")


def _historic_home(text: str, start: int) -> bool:
    """Whether a famous figure is named in the 40 characters before ``start`` of a text
    about the past (``据年谱记载，沈从文1931年前后……寓所在福山路3号``)."""
    if not _PAST.search(text):
        return False
    window = text[max(0, start - 40) : start]
    return any(
        is_public_figure(window[i : i + n]) for n in (2, 3, 4) for i in range(len(window) - n + 1)
    )


# ... or a public building ending the match itself (…解放东路18号市民中心, …大巴窑8巷210号熟食中心,
# …通州街36号西九龙法院大楼).  Read in Simplified form.
_PUBLIC_BUILDING_END = re.compile(
    r"(?:市民中心|政务服务中心|行政服务中心|公共资源交易中心|交易中心|人民政府|人民法院|人民检察院|"
    r"熟食中心|小贩中心|巴刹|法院大楼|政府合署|政府大楼|"
    r"人民医院|会展中心|体育中心|图书馆|博物馆|大剧院|火车站|高铁站|机场|大学|学院)$"
)


# A business named in English before where it is (``Scout Shop 設於尖沙咀...``).
_EN_PREMISES_LOCATED = re.compile(
    r"(?i:\b(?:shop|store|office|cent(?:re|er)|branch|outlet|clinic|showroom|caf[eé]|"
    r"restaurant|gallery|museum|studio|hq|headquarters))\s*(?:位于|坐落于|设于|设在|就?在|就?喺)\s*$"
)


def _org_own_address(text: str, start: int, end: int) -> bool:
    """Whether the address at ``text[start:end]`` follows an organisation's ``位于`` (or
    ``地址：``), also where the match has swallowed the organisation and its verb, or is
    given with opening hours."""
    before = text[max(0, start - 24) : start]
    # (words spaced apart to dodge filters are read closed up: 營業 時間)
    if (
        _OPENING_HOURS.search(text.replace(" ", "")) or _ORG_AFTER.match(text, end)
    ) and not _HOME_BEFORE.search(before):
        return True
    if _ORG_LOCATED.search(before) or _OUR_PREMISES.search(before):
        return True
    # (a shop's or a branch's record in a form or a query string: ``shop=灣仔分店&...&addr=``)
    if _SHOP_KEY.search(text) or _PREMISES_NAME_FIELD.search(text, max(0, start - 120), start):
        return True
    # (the address's head the match left out: ``纪念馆：北京市东城区灯市口西街`` before
    # ``丰富胡同19号``)
    head = _ADDRESS_HEAD.search(text, max(0, start - 24), start)
    if head:
        lead = text[max(0, head.start() - 24) : head.start()]
        if _ORG_LOCATED.search(lead) or _OUR_PREMISES.search(lead):
            return True
    if _OWN_SITE.search(before) and not _HOME_BEFORE.search(before):
        return True
    verbs = list(_LOCATED_VERB.finditer(text, start, end))
    lead = text[max(0, start - 24) : verbs[-1].end()] if verbs else before
    return bool(_EN_PREMISES_LOCATED.search(lead)) or (
        bool(verbs) and bool(_ORG_LOCATED.search(lead))
    )


# Where a place is (``台北101位於台北市信義區信義路五段7號``, ``盧家大屋在大堂巷7號``):
# people are not "located at" an address, places are -- unless the place is a home (我家,
# 他住的, 她的公寓) or the address goes down to a flat.  The verb may be inside the match
# (the road pattern can take the place's name in front of it).
# (and a landmark: a tower, a tomb, a cave, a shrine, a hall: 雷峰塔在, 中山陵在, 洪崖洞在)
# (Cantonese says 喺 for 在: 大館喺中環荷李活道10號, 紀念館就喺衛城道7號)
_LOCATED_VERB_PLACE = rf"{_WHERE_VERBS}|(?<=[屋址区市场馆园店站楼堂寺庙地塔陵洞祠殿厦])就?(?:在|喺)"
_LOCATED_AT = re.compile(rf"(?:{_LOCATED_VERB_PLACE})\s*$")
_LOCATED_INSIDE = re.compile(_LOCATED_VERB_PLACE)
# (a family's mansion or ancestral hall, 鄭家大屋, 陳家祠, is a historic place, no home)
_HOME_OR_DWELLING = re.compile(
    rf"我|{_HOME_JIA}(?!大屋|祠)|住|本人|业主|他|她|公寓|房子|宿舍|"
    r"寓所|老家|租|(?<!大)屋"
)


def _place_located(text: str, match: re.Match[str]) -> bool:
    g = match.groupdict()
    if g["unit"] or g["room"] or g["floor"]:
        return False
    start = match.start()
    verbs = list(_LOCATED_INSIDE.finditer(text, start, match.end()))
    before = text[max(0, start - 24) : verbs[-1].end() if verbs else start]
    return bool((verbs or _LOCATED_AT.search(before)) and not _HOME_OR_DWELLING.search(before))


def _eatery_or_sight(text: str, match: re.Match[str]) -> bool:
    g = match.groupdict()
    if g["unit"] or g["room"] or not _EATERY_OR_SIGHT.search(text.replace(" ", "")):
        return False
    before = text[max(0, match.start() - 24) : match.start()]
    return not (_HOME_BEFORE.search(before) or _SENT_THERE.search(text))


_ADDRESS_HEAD = re.compile(r"(?:[\u4e00-\u9fff\d]{1,8}?[省市区县镇乡街路道巷弄])+$")
_BEDROOMS = re.compile(r"[1-9]\s*房")


_FLAT_ROOM = re.compile(r"(?:[A-Za-z]|[A-Za-z]?\d{1,4}[A-Za-z]?)\s*(?:室|房|户)")
# A developer's price list or a listing (價單, 實用面積, 售價): flats for sale, nobody's home.
_FOR_SALE = re.compile(
    r"价单|实用面积|建筑面积|售价|挂牌价?|呎价|尺价|月租|租金|放售|出租|出售|急售|总价|首付"
)


def _score(match: re.Match[str]) -> float | None:
    """How address-like a match is; ``None`` when it is only a place name."""
    g = match.groupdict()
    street_with_number = bool(g["street"] and g["house"])
    # A phase alone (太古城第一期) is part of an estate, not a dwelling.
    block = bool(g["building"]) and not g["building"].rstrip().endswith("期")
    # One digit and 房 is a flat's bedroom count in a listing (太古城 3 房), not a room.
    room = g["room"] if g["room"] and not _BEDROOMS.fullmatch(g["room"].strip()) else None
    dwelling = bool(block or g["unit"] or room or g["flatcode"])
    # (a block, its floor and its flat are a home by themselves, whatever the estate's
    # name ends in: ``將軍澳維景灣畔3座22樓B室``)
    # (a flat's own letter or number, not a department's room: 2号楼3层CT室)
    flat = block and bool(g["floor"]) and bool(room and _FLAT_ROOM.fullmatch(room.strip()))
    # (so are a block, a unit and a flat's number: ``9栋2单元1104``)
    flat = flat or (
        block
        and bool(g["unit"])
        and bool(room and (room.strip().isdigit() or _FLAT_ROOM.fullmatch(room.strip())))
    )
    if flat and not (street_with_number or g["estate"] or g["admin"]):
        if _FOR_SALE.search(match.string):
            return None
    elif not (street_with_number or (g["estate"] and dwelling) or (g["admin"] and dwelling)):
        return None
    # "This estate's block 3" (本小区 3 号楼, 该小区5栋) in a notice to its residents: a
    # building with no place name and no flat in it is nobody's address.
    # (The estate may have been read as a district: 本小区 ends in 区.)
    place = (g["admin"] or "") + (g["estate"] or "")
    if _THIS_ESTATE.fullmatch(place) and not (street_with_number or g["unit"] or room):
        return None
    admin = g["admin"] or ""
    levels = sum(1 for suffix in ("省", "市", "区", "县", "镇", "乡", "村") if suffix in admin)
    return FULL_SCORE if levels >= 1 and (street_with_number or g["estate"]) else BASE_SCORE
