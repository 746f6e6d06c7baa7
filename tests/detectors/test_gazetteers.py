"""The famous-figure and organisation gazetteers: broad, in both scripts, and cleared only
without a personal cue next to the name; quantities are not phone numbers.

Every sentence here was written for this test; private names and numbers are invented.
"""

from __future__ import annotations

import pytest

from residency.detectors.chinese.public_figures import (
    famous_name_cleared,
    in_gazetteer,
    is_public_figure,
    organisation_name_at,
)
from residency.detectors.postfilter import keep_finding


@pytest.mark.parametrize(
    "name",
    [
        "李白", "杜甫", "朱元璋", "郑和", "孙中山", "孫中山", "林覺民", "梁實秋", "劉銘傳",
        "诸葛亮", "孙悟空", "林黛玉", "宋江", "郭靖", "阿Q", "女娲", "邵逸夫", "李光耀",
        "Sun Yat-sen", "Zheng He", "Confucius", "Tunku Abdul Rahman", "Lee Kuan Yew",
        "Marie Curie", "Isaac Newton", "Napoleon Bonaparte", "Sherlock Holmes", "Li Bai",
        "Qin Shi Huang", "Wu Zetian", "Hang Tuah", "Ludwig van Beethoven", "Amelia Earhart",
    ],
)  # fmt: skip
def test_famous_figures_are_listed(name: str) -> None:
    assert in_gazetteer(name)


@pytest.mark.parametrize("name", ["张伟", "王芳", "Tan Wei Ming", "Sarah Collins", "Victoria"])
def test_private_names_are_not_listed(name: str) -> None:
    assert not in_gazetteer(name)
    assert not is_public_figure(name)


@pytest.mark.parametrize(
    "text, name, cleared",
    [
        ("李白写下了《静夜思》。", "李白", True),
        ("下列哪位诗人被称为诗圣？A. 杜甫 B. 李白", "李白", True),
        ("Isaac Newton (1643-1727) published the Principia.", "Isaac Newton", True),
        # a personal cue next to a famous name keeps it
        ("李白的手机号是13812345678。", "李白", False),
        ("姓名：李白，性别男。", "李白", False),
        ("收件人：诸葛亮 上海市徐汇区漕溪北路18号", "诸葛亮", False),
        ("请转告郑和先生明天来。", "郑和", False),
        ("My friend Isaac Newton is moving house.", "Isaac Newton", False),
        ("Isaac Newton's phone number has changed.", "Isaac Newton", False),
        ("Please contact Marie Curie at 9123 4567.", "Marie Curie", False),
        # asked to contact or pass something to them; a colleague by department
        ("please call Isaac Newton tomorrow", "Isaac Newton", False),
        ("can you pass this to Marie Curie", "Marie Curie", False),
        ("Isaac Newton from accounts approved it.", "Isaac Newton", False),
        # near misses: the same verbs and words, not next to the name
        ("Isaac Newton's laws tell us how bodies move.", "Isaac Newton", True),
        ("Marie Curie worked in Paris in 1903.", "Marie Curie", True),
        ("Isaac Newton in it all was a genius.", "Isaac Newton", True),  # "it", not IT
        # a famous name made of an everyday given name: any personal cue keeps it
        (
            "Apollo 11 carried Neil Armstrong, Buzz Aldrin and Michael Collins.",
            "Michael Collins",
            True,
        ),
        ("Ship it to 12 Oak Road, attention Michael Collins.", "Michael Collins", False),
        ("Michael Collins will pick up the parcel tomorrow.", "Michael Collins", False),
    ],
)
def test_a_famous_name_is_cleared_only_without_a_personal_cue(
    text: str, name: str, cleared: bool
) -> None:
    start = text.index(name)
    assert famous_name_cleared(text, start, start + len(name)) is cleared


@pytest.mark.parametrize(
    "text, name, organisation",
    [
        ("Morgan Stanley raised its forecast.", "Morgan Stanley", True),
        ("Goldman Sachs and Johnson & Johnson reported results.", "Johnson", True),
        ("He studied at the Lee Kong Chian School of Business.", "Lee Kong Chian", True),
        ("She won the Nobel Prize in 1911.", "Nobel", True),
        ("Tan Tock Seng Hospital opened a new wing.", "Tan Tock Seng", True),
        ("李宁牌运动鞋很受欢迎。", "李宁", True),
        ("李嘉诚基金会资助了这所学校。", "李嘉诚", True),
        # a private person with the same name, next to a personal cue
        ("请联系李宁，电话0755-86661234。", "李宁", False),
        ("Hi, I'm Morgan Stanley; call me on 9123 4567.", "Morgan Stanley", False),
        ("Jordan Lee will call you back.", "Jordan Lee", False),
    ],
)
def test_organisation_names(text: str, name: str, organisation: bool) -> None:
    start = text.index(name)
    assert organisation_name_at(text, start, start + len(name)) is organisation


@pytest.mark.parametrize(
    "text, value, kept",
    [
        ("全年净利润 18 623 456 789 元。", "18 623 456 789", False),
        ("全年旅客发送量17345678901人次。", "17345678901", False),
        ("第13812345678号判决书已送达。", "13812345678", False),
        ("Revenue was 13812345678 yuan.", "13812345678", False),
        # a contact word before it keeps a phone number whatever follows
        ("手机：13812345678元旦后联系。", "13812345678", True),
        ("电话 13812345678 元旦后再打。", "13812345678", True),
        ("我的号码13812345678，明天见。", "13812345678", True),
    ],
)
def test_quantities_are_not_phone_numbers(text: str, value: str, kept: bool) -> None:
    start = text.index(value)
    assert keep_finding(text, "CN_MOBILE", start, start + len(value)) is kept


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize(
    "text, entity",
    [
        ("李白的手机号是13812345678。", "CN_MOBILE"),
        ("请联系我的同事李白云，她明天到。", "ZH_PERSON"),
        ("李白的诗很有名，我同事杜明辉的电话你有吗？", "ZH_PERSON"),
        ("My neighbour Isaac Tan lost his keys.", "PERSON"),
        ("Ship the parcel to 12 Oak Road, Leeds, attention Michael Collins.", "PERSON"),
        ("John Lewis will collect the refund tomorrow.", "PERSON"),
    ],
)
def test_private_people_beside_famous_names_are_found(text: str, entity: str) -> None:
    from residency.detectors.engine import Scanner

    scan = Scanner().scan_records([{"id": "1", "text": text}])[0]
    assert entity in {f.entity_type for f in scan.findings}
