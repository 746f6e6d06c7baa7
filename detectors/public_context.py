"""Whether a name sits in text about public figures rather than about a data subject.

History, literature and encyclopaedia text names people who are not data subjects of a
training record: emperors, poets, novel characters, founders.  A public-figure list only
covers the famous few, so this module reads the *text* instead:

* :func:`public_narrative` -- cues of third-person narrative about the past or fiction:
  a year before 1950 (``in 1868``, ``1880s``, ``1662年``), a century or an era word
  (dynasty, emperor, reign, 朝, 年间, 皇帝), literature words (novel, poem, character,
  in the style of, 小说, 诗人, 故事中), and the encyclopaedic ``X was a ...``;
* an essay or exam prompt: ``Describe ...``, ``Explain ...``, ``Huraikan ...``,
  ``简述 ...``, ``谈谈 ...``; questions about achievements, significance and influence
  (``the achievements of``, ``如何评价``, ``的历史意义``, ``成就``, ``影响``);
* :func:`personal_context` -- cues that the text is about a living person the writer deals
  with: first person (I, my, 我, 本人), relations and roles (friend, customer, 收件人,
  客户), contact words (phone, e-mail, address, 电话, 地址), an e-mail sign or a long digit
  run.

A name is treated as a public figure only when the narrative cue is there *and* no
personal cue is: any hint of a data subject keeps the name (fail closed).
"""

from __future__ import annotations

import re

from residency.detectors.chinese.hant import to_hans

_OLD_YEAR = r"(?:1[0-8]\d\d|19[0-4]\d)"
_PUBLIC_EN = re.compile(
    r"\b(?:in|by|since|from|until|till|after|before|around|circa|c\.|during|of|year)\s+"
    + _OLD_YEAR
    + r"\b|\b1\d\d0s\b|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b|\bcentur(?:y|ies)\b"
    + r"|\(\s*(?:c\.\s*)?"
    + _OLD_YEAR
    + r"\s*[-–]\s*(?:1\d\d\d|20[0-2]\d)\s*\)"
    + r"|\b(?:dynast(?:y|ies)|empire|emperor|empress|kingdom|sultanate|reign(?:ed)?|"
    r"monarch|pharaoh|tsar|caliph|shogun(?:ate)?|conquest|conquered|crusades?|colonial|"
    r"revolution(?:ary)?|treaty|ancient|medieval|renaissance|historians?|historical|"
    r"history|battle of|war of|civil war|world war|expedition|voyages?|unification|"
    r"independence|novels?|novelist|stor(?:y|ies)|poems?|poet(?:ry|s)?|verses?|stanza|"
    r"plays?wright|fiction(?:al)?|characters?|protagonist|narrator|heroine|legend(?:ary)?|"
    r"myths?|mytholog(?:y|ical)|fables?|folk ?tales?|fairy ?tales?|chapters?|literary|"
    r"literature|in the style of|sonnets?|saga|epic|tragedy|reforms?|ruler|statesman|"
    r"leadership|philosopher|explorer|inventor|composer|painter|conquistador|founding|"
    # Questions about the past: "What caused ...", "How did X influence ...", "the legacy of".
    r"what caused|influenced?|legacy|historic|contributions? to|role in the|"
    r"achievements?|accomplishments?|"
    # Malay: history, era, reign, colonial rule, "who was".
    r"sejarah|zaman|pemerintahan|kesultanan|penjajahan|legasi|siapakah)\b",
    re.IGNORECASE,
)
# Essay and exam prompts open with an instruction: "Describe ...", "Explain why ...",
# "Huraikan ...", "简述 ...", "谈谈 ...".
_ESSAY_PROMPT = re.compile(
    r"^\W*(?:describe|explain|discuss|compare|contrast|summari[sz]e|outline|evaluate|assess|"
    r"analy[sz]e|examine|trace|critically|terangkan|huraikan|bincangkan|jelaskan|nyatakan|"
    r"bandingkan|ulaskan|apakah|mengapakah|bagaimanakah|siapakah)\b"
    r"|^\W*(?:请|請)?(?:简述|簡述|试述|試述|试分析|試分析|试论|試論|谈谈|談談|评价|評價|比较|"
    r"比較|分析|论述|論述|概述|阐述|闡述|简要介绍|簡要介紹)",
    re.IGNORECASE,
)
# "X was a British engineer", "X is a well-known singer": a name as the subject of an
# encyclopaedic sentence.
_ENCYCLOPEDIC_EN = re.compile(
    r"^\W*(?:was|were)\s+(?:an?|the|one of)\b"
    r"|^\W*is\s+(?:an?|the)\s+(?:well[- ]known|famous|renowned|celebrated|prominent|"
    r"notable|legendary|influential|acclaimed)\b"
    r"|^\W*\((?:born|c\.|b\.)?\s*\d{4}",
    re.IGNORECASE,
)
_PAST_QUESTION = re.compile(
    r"\b(?:why|how|when|where|what|which|whom)\s+(?:\w+\s+){0,3}(?:did|was|were|had)\s+$",
    re.IGNORECASE,
)
_PUBLIC_ZH = re.compile(
    r"(?<!\d)" + _OLD_YEAR + r"年|公元|世纪|[夏商周秦汉晋隋唐宋元明清]朝|朝代|王朝|朝廷|年间|"
    r"皇帝|[称大武文]帝|帝国|君主|国王|在位|即位|登基|宰相|丞相|首辅|大臣|将军|变法|起义|战役|"
    r"战争|革命|统治|古代|历史|史书|史记|诗人|词人|诗中|诗里|诗歌|古诗|唐诗|宋词|作家|小说|"
    r"故事|书中|文中|剧中|作品|著有|创作|主人公|主角|角色|人物|文学|散文|名著|传说|神话|"
    r"寓言|童话|戏剧|话剧|章回|章节|如何评价|历史意义|历史地位|历史贡献|功过|"
    # What history questions ask about: achievements, significance, influence, reforms.
    r"成就|意义|贡献|影响|主张|事迹|生平|一生|功绩|改革|近代|创办|创立|出使|收复|"
    # Traditional forms the one-to-one map does not cover.
    r"歷史|詩人|詞人|詩中|詩歌|小說|書中|劇中|傳說|創作|戰爭|戰役|統治|章節|寓言|著名"
)
_PERSONAL_EN = re.compile(
    r"\b(?:i'm|i've|i'd|i'll|me|my|mine|myself|we|our|"
    r"friend|wife|husband|son|daughter|mum|mom|dad|mother|father|brother|sister|boss|"
    r"colleague|neighbou?r|grand(?:ma|pa|mother|father)|uncle|aunt|cousin|"
    r"customer|client|patient|tenant|landlord|applicant|employee|staff|student|guest|"
    r"passenger|member|booking|parcel|delivery|refund|invoice|ticket|"
    r"phone|mobile|tel|call|ring|sms|whatsapp|wechat|email|e-mail|contact|address|"
    r"attn|attention|dear|hi|hello|hey|regards|signed|sincerely|nric|passport|"
    r"saya|kami|kawan|pelanggan|telefon|alamat|hubungi)\b",
    re.IGNORECASE,
)
_PERSONAL_ZH = re.compile(
    r"我|咱|本人|家[母父兄姐]|朋友|同事|老公|老婆|丈夫|妻子|儿子|女儿|孩子|爸|妈|"
    r"客户|顾客|客服|会员|用户|患者|病人|学生|家长|员工|租客|房东|业主|申请人|持卡人|"
    r"收件|收货|寄件|联系|电话|手机|短信|微信|邮箱|地址|住址|订单|快递|预约|退款|投诉|"
    r"账户|账号|卡号|身份证|护照|姓名|名字|签名|"
    r"會員|客戶|顧客|電話|手機|簡訊|郵箱|地址|訂單|預約|退款|投訴|帳戶|帳號|身分證|護照|"
    r"聯絡|聯繫|收件|家[母父]"
)
# "I" only where it cannot be a regnal number ("Charles I", "World War I").
_FIRST_PERSON_I = re.compile(
    r"(?:^|[.!?,;:\"'(]\s*|\b(?:and|but|so|because|if|when|then|that)\s+)I\b"
)
_CONTACT_SIGN = re.compile(r"@|\d[\d\s-]{5,}\d")


def public_narrative(text: str) -> bool:
    """Whether ``text`` reads as history, literature or encyclopaedia prose."""
    return bool(
        _PUBLIC_EN.search(text) or _PUBLIC_ZH.search(to_hans(text)) or _ESSAY_PROMPT.match(text)
    )


def encyclopedic_subject(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the subject of ``was a ...`` /
    ``is a famous`` or of a question about the past (``Why did X ...``)."""
    return bool(
        _ENCYCLOPEDIC_EN.match(text[end : end + 60])
        or _PAST_QUESTION.search(text[max(0, start - 40) : start])
    )


def personal_context(text: str) -> bool:
    """Whether ``text`` has any cue of a living data subject (fail closed)."""
    return bool(
        _PERSONAL_EN.search(text)
        or _FIRST_PERSON_I.search(text)
        or _PERSONAL_ZH.search(to_hans(text))
        or _CONTACT_SIGN.search(text)
    )


def is_public_mention(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a public figure by its surroundings."""
    if personal_context(text[:start] + " " + text[end:]):
        return False
    return public_narrative(text) or encyclopedic_subject(text, start, end)
