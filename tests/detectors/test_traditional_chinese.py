"""Traditional Chinese: Taiwan/Hong Kong addresses, Traditional surnames, verse, figures."""

from __future__ import annotations

import pytest

from residency.detectors.chinese.hant import to_hans
from residency.detectors.chinese.public_figures import is_public_figure
from residency.detectors.chinese.zh_address_recognizer import ZhAddressRecognizer
from residency.detectors.chinese.zh_person_recognizer import is_verse, looks_like_name


def _addresses(text: str) -> list[str]:
    results = ZhAddressRecognizer("zh").analyze(text, ["ZH_ADDRESS"])
    return [text[r.start : r.end] for r in results if r.score >= 0.5]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("黃怡君，台中市北屯區文心路二段115號24樓", ["台中市北屯區文心路二段115號24樓"]),
        ("住 台北市大安區復興南路一段16號3樓C室, 寄", ["台北市大安區復興南路一段16號3樓C室"]),
        ("新北市板橋區中山路一段25巷3弄5號2樓", ["新北市板橋區中山路一段25巷3弄5號2樓"]),
        ("九龍旺角彌敦道88號金輝大廈12樓B室", ["九龍旺角彌敦道88號金輝大廈12樓B室"]),
        ("北京市海淀区中关村大街27号", ["北京市海淀区中关村大街27号"]),
        # place names alone are not addresses
        ("我在台中市北屯區工作", []),
        ("香港九龍很熱鬧", []),
    ],
)
def test_traditional_addresses(text: str, expected: list[str]) -> None:
    assert _addresses(text) == expected


def test_hant_map_keeps_length() -> None:
    text = "台中市北屯區崇德路322號18樓"
    assert len(to_hans(text)) == len(text)
    assert to_hans(text) == "台中市北屯区崇德路322号18楼"


@pytest.mark.parametrize(
    "word, expected",
    [("黃怡君", True), ("龔俊傑", True), ("歐陽明輝", True), ("王伟", True), ("是不是", False)],
)
def test_traditional_surnames(word: str, expected: bool) -> None:
    assert looks_like_name(word) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("春风拂柳绿丝长，燕子归来绕画梁。陌上花开人未至，一溪流水送斜阳。", True),
        ("床前明月光，疑是地上霜。举头望明月，低头思故乡。", True),
        ("王小明，住在北京市", False),  # prose of the same length is not verse
        ("收件人林桂英，电话请看附件。", False),
        # seven-character clauses of modern prose (an HR note)
        ("许斌的辞职原因：太太在杭州工作，孩子明年上中学，决定回杭州发展。", False),
        ("明年此会知谁健，醉把茱萸仔细看。", True),  # 明年 in a Tang line
    ],
)
def test_verse(text: str, expected: bool) -> None:
    assert is_verse(text) is expected


def test_public_figures_in_either_script() -> None:
    assert is_public_figure("郑成功") and is_public_figure("鄭成功")
    assert is_public_figure("Peter the Great") and is_public_figure("Lee Kuan Yew")
    assert not is_public_figure("黃怡君")
