"""A private person singled out by description, with a private matter: no name needed.

``The only female engineer on the night-shift QA team has filed a harassment complaint``
names nobody, yet everyone on that team knows who it is: "the only X" in a small group
is a quasi-identifier (GDPR Recital 26, "singling out"; PIPL Art. 4's "identifiable").
Reported as ``SINGLED_OUT_PERSON`` only when the same sentence holds a private matter
(:mod:`residency.detectors.private_matter`): "the only female engineer on the team" alone is ordinary workplace talk, and "the
only Tamil school in the district" alone is a fact about a school.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern
from residency.detectors.private_matter import PRIVATE_MATTER_RX, PRIVATE_MATTER_ZH, sentence_of

# People a workplace, a school or a block has one of.
_PEOPLE_EN = (
    r"(?:engineer|nurse|teacher|headteacher|headmaster|headmistress|principal|doctor|"
    r"student|pupil|employee|staff(?: member)?|worker|manager|supervisor|driver|guard|"
    r"cleaner|technician|intern|woman|man|girl|boy|person|member|resident|tenant|patient|"
    r"officer|clerk|cashier|accountant|lecturer|programmer|developer|designer|analyst|"
    r"volunteer|child|kid|son|daughter|neighbour|neighbor)s?"
)
_PEOPLE_MS = r"(?:guru|jururawat|pekerja|doktor|pelajar|murid|wanita|lelaki|penduduk|penyewa|pesakit|kakitangan|pegawai|jurutera|pemandu|budak|anak)"
_PEOPLE_ZH = r"(?:女|男)?(?:工程师|工程師|护士|護士|老师|老師|医生|醫生|学生|學生|员工|員工|司机|司機|保安|保洁|保潔|租客|住户|住戶|病人|实习生|實習生|孩子|女生|男生|女性|男性)"
# Initials standing for a private person, with a pointer to them (``Remember J.W.H., the
# only ...``, ``Cik N.L.M., kerani kaunter tiga``, ``LJH，就是我们村...``).
_INITIALS = (
    # (the initials first, then what stands before them: a lookbehind tried only there)
    r"(?:(?:[A-Z]\.){2,4}(?![A-Za-z])(?<=(?i:initials|budak|cik|encik|puan|mr|ms|mrs|mdm|madam|"
    r"remember|student|pelajar|murid|staff|colleague|rakan|kawan) (?:[A-Z]\.){2,4})|"
    r"(?<![A-Za-z.])(?:[A-Z]\.){2,4}(?=,\s*(?:the|a|an|anak|kerani|cikgu|our|my|from|dari)\b)|"
    r"(?<![A-Za-z])[A-Z]{2,4}(?=[，,]\s*就是))"
)
# A person pointed at by surname in Chinese (姓毛的那个, 姓“口天”的那位, 他姓“耳东”) or by a
# description after 就是 (弓长伟，就是城东菜市场卖猪肉那个).
_POINTED_ZH = (
    r"姓[“\"「『]?[\u4e00-\u9fff]{1,2}[”\"」』]?的(?:那个|那個|那位|那|大姐|大哥|阿姨|老师|老師)|"
    r"[他她]姓[“\"「『][\u4e00-\u9fff]{1,2}[”\"」』]|"
    r"[\u4e00-\u9fff]{2,3}(?=[，,]\s*就是[^。！？\n]{2,30}?(?:那个|那個|那位|的)[，,。])|"
    # ... or by a nickname in quotes after 那位 (那位“木子”主任), or a name the writer says
    # is a homophone (菜温静（谐音）).
    r"(?:那位|那个|那個|这位|這位)[“\"「『][\u4e00-\u9fff]{1,3}[”\"」』]|"
    r"[\u4e00-\u9fff]{2,3}(?=[（(](?:谐音|諧音))"
)
_SINGLED_OUT = (
    rf"(?i:\b(?:the|our|their|my) (?:only|sole|one and only) (?:[\w'’-]+ ){{0,3}}?{_PEOPLE_EN}\b|"
    rf"\b(?:headteacher|headmaster|headmistress|principal|owner|imam|doctor|manager) "
    r"(?:of|at) the only\b|"
    rf"\bsatu-satunya (?:[\w'’-]+ ){{0,2}}?{_PEOPLE_MS}\b)|"
    rf"唯一(?:的|一[个個位名])?(?:[\u4e00-\u9fff]{{0,4}}?){_PEOPLE_ZH}"
)


class SingledOutPersonRecognizer(CountryPatternRecognizer):
    """``the only <person> ...`` with a private matter in its sentence (module docstring)."""

    ENTITY = "SINGLED_OUT_PERSON"
    PATTERNS = [
        Pattern("the only one of a group", _SINGLED_OUT, 0.6),
        Pattern("initials", _INITIALS, 0.6),
        Pattern("pointed at in Chinese", _POINTED_ZH, 0.6),
    ]
    CONTEXT = ["complaint", "confidential"]
    CONTEXT_ZH = ["投诉", "保密"]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        from residency.detectors.person_filter import made_up_people

        explanation = result.analysis_explanation
        if explanation and explanation.pattern_name != "the only one of a group":
            # (a pointer's private matter may follow in the next sentence)
            sentence = text[max(0, result.start - 200) : result.end + 200]
        else:
            sentence = sentence_of(text, result.start, result.end)
        if not (PRIVATE_MATTER_RX.search(sentence) or PRIVATE_MATTER_ZH.search(sentence)):
            return False
        return not made_up_people(text)  # (a novel's "only daughter" who falls ill)
