"""What public figures are written about for (inventions, founding, awards, works) marks
public narrative; a personal cue still keeps the name (fail closed).

Every sentence here was written for this test; private names are invented.
"""

from __future__ import annotations

import pytest

from residency.detectors.person_filter import keep_person
from residency.detectors.postfilter import keep_finding
from residency.detectors.public_context import is_public_mention


@pytest.mark.parametrize(
    "text, name, public",
    [
        ("袁隆平培育出杂交水稻，让亿万人吃饱了饭。", "袁隆平", True),
        ("屠呦呦因发现青蒿素获得诺贝尔生理学或医学奖。", "屠呦呦", True),
        ("曹德旺创办的福耀玻璃是全球最大的汽车玻璃供应商之一。", "曹德旺", True),
        ("胡適提倡白話文運動，影響深遠。", "胡適", True),
        ("賴和被稱為臺灣新文學之父。", "賴和", True),
        ("余光中的《鄉愁》寫盡遊子的思念。", "余光中", True),
        ("王永慶創辦了台塑企業。", "王永慶", True),
        ("Frida Kahlo painted many self-portraits.", "Frida Kahlo", True),
        ("The Nobel Prize was established by the will of Alfred Nobel.", "Alfred Nobel", True),
        ("Huawei's founder Ren Zhengfei rarely gives interviews.", "Ren Zhengfei", True),
        ("Rosli Dhobi menentang penjajah British di Sarawak.", "Rosli Dhobi", True),
        # personal cues win
        ("我爷爷张德福年轻时当过兵，参加过战争。", "张德福", False),
        ("我们历史老师赵志刚讲了明朝的故事。", "赵志刚", False),
        ("张伟写了一本关于唐朝的小说，他的手机是13811112222。", "张伟", False),
        ("冯志远同学在这次比赛中获得了一等奖。", "冯志远", False),
        ("My aunt Margaret Ellis founded a small bakery.", "Margaret Ellis", False),
        ("Our tenant Priya Nair painted the kitchen without asking.", "Priya Nair", False),
        ("The prize goes to Daniel Moore; call him tomorrow.", "Daniel Moore", False),
        # no cue at all: a name stays a name
        ("陈秋生明天下午到公司开会。", "陈秋生", False),
        ("Olivia Grant will arrive at the office at nine.", "Olivia Grant", False),
    ],
)
def test_deeds_and_fame_are_public_narrative(text: str, name: str, public: bool) -> None:
    start = text.index(name)
    assert is_public_mention(text, start, start + len(name)) is public


@pytest.mark.parametrize(
    "text, name, kept",
    [
        # a famous figure in the text makes other names characters or peers ...
        ("Atticus Finch defends Tom Robinson in To Kill a Mockingbird.", "Tom Robinson", False),
        ("Sherlock Holmes solves the case with the help of Dr Watson.", "Dr Watson", False),
        # ... unless the text has a personal cue, or the famous name is an everyday one
        ("Atticus Finch is my hero, says Tom Robinson from accounts.", "Tom Robinson", True),
        ("Alice asked Tom Robinson to sign the form.", "Tom Robinson", True),
    ],
)
def test_names_beside_a_famous_figure(text: str, name: str, kept: bool) -> None:
    start = text.index(name)
    assert keep_person(text, start, start + len(name)) is kept


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("李宁牌运动服在国内很受欢迎。", "李宁", False),
        ("邵逸夫獎每年頒發給天文學的學者。", "邵逸夫", False),
        ("香港大學的陸佑堂已經有一百多年歷史。", "陸佑", False),
        ("李锦记的蚝油远销海外。", "李锦记", False),
        ("林百貨是臺南的老百貨公司。", "林百貨", False),
        # people: a floor, a cousin, an award to a person
        ("张伟楼下的超市关门了。", "张伟", True),
        ("王芳堂姐明天结婚。", "王芳", True),
        ("李明奖金发了没有？", "李明", True),
    ],
)
def test_brands_prizes_and_buildings_named_after_people(text: str, name: str, kept: bool) -> None:
    start = text.index(name)
    assert keep_finding(text, "ZH_PERSON", start, start + len(name)) is kept
