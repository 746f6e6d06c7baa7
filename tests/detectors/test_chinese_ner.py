"""Chinese person names (LAC tagger + surname rules) and structured addresses."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from residency.detectors.chinese.labelled_set import ITEMS
from residency.detectors.chinese.taggers import Word, make_tagger
from residency.detectors.chinese.zh_address_recognizer import ZhAddressRecognizer
from residency.detectors.chinese.zh_person_recognizer import (
    ZhPersonRecognizer,
    _married_name,
    looks_like_name,
)
from residency.detectors.prefilter import has_name_candidate


@pytest.fixture(scope="module")
def person() -> ZhPersonRecognizer:
    return ZhPersonRecognizer("zh", tagger=make_tagger("lac"))


ADDRESS = ZhAddressRecognizer("zh")


def names(rec: ZhPersonRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["ZH_PERSON"]) if r.score >= 0.5]


def addresses(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ADDRESS.analyze(text, ["ZH_ADDRESS"]) if r.score >= 0.5]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("收件人：王晓明，请尽快发货。", ["王晓明"]),
        ("欧阳娜娜女士的快递到了。", ["欧阳娜娜"]),
        ("请把报告发给李娜和孙浩。", ["李娜", "孙浩"]),
        # hard negatives
        ("贾宝玉和林黛玉在大观园里读书。", []),
        ("宋江在浔阳楼题反诗，被黄文炳告发。", []),  # a minor character beside a famous one
        ("诸葛亮草船借箭，曹操只好退兵。", []),
        ("阿里巴巴和腾讯、华为都是中国的大公司。", []),
        ("def get_user_name(self): return self.name  # 获取用户名", []),
        # stand-in names of textbooks and exams; kept next to a personal cue
        ("张三和李四是法律教科书中常用的虚构人物名字。", []),
        ("甲方张三将房屋出租给乙方李四，租期一年。", []),
        ("甲方張三將房屋出租給乙方李四，租期一年。", []),
        ("我叫张三，住在三楼。", ["张三"]),
    ],
)
def test_person_names(person: ZhPersonRecognizer, text: str, expected: list[str]) -> None:
    assert names(person, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("住址：北京市海淀区中关村大街27号", ["北京市海淀区中关村大街27号"]),
        ("我家在幸福小区3栋2单元501室。", ["幸福小区3栋2单元501室"]),
        ("送到成都市武侯区人民南路四段12号", ["成都市武侯区人民南路四段12号"]),
        ("地址是广东省深圳市南山区科技园路18号，收件人赵雷", ["广东省深圳市南山区科技园路18号"]),
        # a bare place is not an address
        ("北京", []),
        ("北京是中国的首都，上海是经济中心。", []),
        ("他从北京市海淀区搬到了深圳。", []),
        ("请在人民路附近找一家餐厅。", []),
        # a named block of a Hong Kong estate, with its flat
        ("阿媽住喺沙田禾輋邨豐和樓1203室", ["沙田禾輋邨豐和樓1203室"]),
        ("黄鹤楼是武汉的名胜。", []),
        # an institution's or a company's own address is public
        ("故宫博物院位于北京市东城区景山前街4号，是明清两代的皇家宫殿。", []),
        ("本公司注册地址：深圳市南山区科技园路18号", []),
        ("該銀行總部位於台北市中正區重慶南路一段120號。", []),
        # ... but not a person's home, even next to a company word
        ("我在公司附近租房，住址：杭州市西湖区文三路478号", ["杭州市西湖区文三路478号"]),
    ],
)
def test_structured_addresses(text: str, expected: list[str]) -> None:
    assert addresses(text) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("王晓明", True), ("欧阳娜娜", True), ("华为", True), ("卿卿", False), ("Smith", False)],
)
def test_looks_like_name(word: str, expected: bool) -> None:
    assert looks_like_name(word) is expected


@pytest.mark.parametrize(
    "word, expected",
    # A Hong Kong married woman's name (husband's surname, her own, her given name); not
    # four surnames (a saying), an everyday word, or a name of three characters.
    [
        ("梁黃玉蓮", True),
        ("陳李美玲", True),
        ("张王李赵", False),
        ("黄金时代", False),
        ("陈美玲", False),
    ],
)
def test_married_name(person: ZhPersonRecognizer, word: str, expected: bool) -> None:
    assert _married_name(person.tagger, word) is expected


def test_labelled_set_precision_and_recall(person: ZhPersonRecognizer) -> None:
    """The numbers in detectors/chinese/README.md must keep holding."""
    tp = fp = fn = 0
    for text, gold in ITEMS:
        found = {("ZH_PERSON", n) for n in names(person, text)}
        found |= {("ZH_ADDRESS", a) for a in addresses(text)}
        tp += len(found & set(gold))
        fp += len(found - set(gold))
        fn += len(set(gold) - found)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.95


class _EveryPairTagger:
    """Tags every two to four character window as a person (to see what the check skips)."""

    name = "every-pair"

    def __init__(self) -> None:
        self.calls = 0

    def tag(self, text: str) -> list[Word]:
        self.calls += 1
        return [
            Word(text[i : i + n], i, i + n, "PER")
            for n in (2, 3, 4)
            for i in range(len(text) - n + 1)
        ]


@pytest.mark.parametrize(
    "text",
    [
        "今天天气很好",
        "联系人王晓明",
        "欧阳娜娜来了",
        "王",
        "Mr 王 ok",
        "電話：12345678",
        "欧",
        "张三丰先生",
        "",
    ],
)
def test_tagger_runs_only_where_a_name_can_start(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a surname followed by a Han character the tagger is not asked, and asking
    it would have found nothing either."""
    from residency.detectors.chinese import zh_person_recognizer as module

    tagger = _EveryPairTagger()
    recognizer = module.ZhPersonRecognizer("zh", tagger=tagger)
    fast = [(r.start, r.end, r.score) for r in recognizer.analyze(text, [module.ENTITY])]
    skipped = tagger.calls == 0
    monkeypatch.setattr(module, "has_name_candidate", lambda _: True)
    full = [(r.start, r.end, r.score) for r in recognizer.analyze(text, [module.ENTITY])]
    assert fast == full
    assert skipped == (not has_name_candidate(text))


_ADDRESS_ALPHABET = (
    "北京市海淀区中关村大街号栋幢座期单元楼层室房户路街巷弄胡同小区花园公寓省自治区县镇乡"
    "村组段院一二三四五六七八九十百零〇0123456789AB ，、我住在\n"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ADDRESS_ALPHABET, max_size=60))
@example("村一京楼")  # a named estate block can start a match after 村
@example("幢0A")  # a flat's bare number can start a match after its block
def test_address_lookahead_finds_the_same_matches(text: str) -> None:
    """The address pattern's look-ahead only drops its empty matches."""
    import re

    from residency.detectors.chinese import zh_address_recognizer as z

    plain = re.compile(z._ADDRESS.pattern[len(z._NON_EMPTY) :])
    want = [m.span() for m in plain.finditer(text) if m.end() > m.start()]
    assert [m.span() for m in z._ADDRESS.finditer(text)] == want


def test_frame_votes_are_remembered_per_tagger_and_name() -> None:
    """A labelled candidate's frame votes depend on the tagger and the name only: they are
    asked once per name (and again after ``forget_frame_votes``), with the same count."""
    from residency.detectors.chinese import zh_person_recognizer as module

    module.forget_frame_votes()
    tagger = _EveryPairTagger()
    votes = module._frame_votes(tagger, "易秋实")
    asked = tagger.calls
    assert asked == len(module._NAME_FRAMES) and votes == len(module._NAME_FRAMES)
    assert module._frame_votes(tagger, "易秋实") == votes and tagger.calls == asked
    other = _EveryPairTagger()  # another tagger is asked itself
    assert module._frame_votes(other, "易秋实") == votes and other.calls == asked
    module._frame_votes(tagger, "游思远")
    assert tagger.calls == 2 * asked
    module.forget_frame_votes()
    assert module._frame_votes(tagger, "易秋实") == votes and tagger.calls == 3 * asked
    module.forget_frame_votes()
