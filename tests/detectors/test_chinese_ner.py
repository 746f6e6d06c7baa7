"""Chinese person names (LAC tagger + surname rules) and structured addresses."""

from __future__ import annotations

import pytest

from residency.detectors.chinese.labelled_set import ITEMS
from residency.detectors.chinese.taggers import make_tagger
from residency.detectors.chinese.zh_address_recognizer import ZhAddressRecognizer
from residency.detectors.chinese.zh_person_recognizer import ZhPersonRecognizer, looks_like_name


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
