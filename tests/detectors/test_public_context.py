"""Names in history, literature and encyclopaedia prose vs names of data subjects.

Every sentence here was written for this test (invented people, synthetic numbers)."""

from __future__ import annotations

import pytest

from residency.detectors.person_filter import keep_person
from residency.detectors.postfilter import keep_finding
from residency.detectors.public_context import is_public_mention


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    "text, name, public",
    [
        # history and encyclopaedia: public figures
        (
            "Harold Whitfield was a British engineer who designed bridges in the 1880s.",
            "Harold Whitfield",
            True,
        ),
        ("Why did Hernan Cortes burn his ships before marching inland?", "Hernan Cortes", True),
        (
            "Compare the leadership styles of Napoleon Bonaparte and Frederick William.",
            "Frederick William",
            True,
        ),
        ("张居正是明朝万历年间的内阁首辅，推行一条鞭法。", "张居正", True),
        ("鄭成功於1662年收復臺灣。", "鄭成功", True),
        # literature: characters and authors
        (
            "In the story, old Margaret Thornton waits by the window for a letter.",
            "Margaret Thornton",
            True,
        ),
        (
            "Write a short poem in the style of Emily Dickinson about a winter garden.",
            "Emily Dickinson",
            True,
        ),
        ("小说里，陈秋生每天清晨都到河边钓鱼。", "陈秋生", True),
        ("故事中的林美華是一位在漁村長大的女孩。", "林美華", True),
        # near misses: narrative words but a personal cue
        (
            "My grandfather Harold Whitfield told me stories about the war.",
            "Harold Whitfield",
            False,
        ),
        (
            "Customer Margaret Thornton says the novel she bought arrived torn.",
            "Margaret Thornton",
            False,
        ),
        ("I met Jonah Whitcombe at the history museum.", "Jonah Whitcombe", False),
        ("Charles Hale wrote a poem; reach him at hale@mailhost.com.", "Charles Hale", False),
        # singers and athletes by their albums and titles (invented names)
        ("林嘉豪喺2001年推出首張專輯《海》。", "林嘉豪", True),
        ("陈思远在奥运会上获得男子跳水冠军。", "陈思远", True),
        ("我表哥林嘉豪是歌手，电话13912345678。", "林嘉豪", False),
        # ministers, executives quoted in the news, footballers and film directors
        (
            "Tan Boon Hock was Malaysia's Minister of Finance from 2018 to 2020.",
            "Tan Boon Hock",
            True,
        ),
        ("Q3 revenue grew 12% to $4.3 billion, CFO Mary Quek said.", "Mary Quek", True),
        ("林嘉豪在决赛中梅开二度，帮助球队夺冠。", "林嘉豪", True),
        ("陈思远执导的电影《海》于2002年上映。", "陈思远", True),
        ("Our CFO Mary Quek needs her payslip resent to her personal e-mail.", "Mary Quek", False),
        # an appositive that says what someone is known as; film, sport
        ("Hari Rajan, a former diplomat, writes about Asia.", "Hari Rajan", True),
        ("In the film, detective Chan Wing-kei chases a smuggler.", "Chan Wing-kei", True),
        ("Coach Tan Cheng Hock named a 23-man squad for the tournament.", "Tan Cheng Hock", True),
        # ... but not a plain job, an exam score or a letter
        ("Hari Rajan, an engineer, will join on Monday.", "Hari Rajan", False),
        ("Tan Wei Ming scored 90 in the exam.", "Tan Wei Ming", False),
        ("Tan Wei Ming wrote a letter of complaint.", "Tan Wei Ming", False),
        ("Hari Rajan, a retired teacher, lives alone at Block 22.", "Hari Rajan", False),
        # politicians described by their office (invented names)
        ("Tan Boon Hock is a veteran Malaysian opposition politician.", "Tan Boon Hock", True),
        ("Senator Alice Marwood tabled the bill in 2011.", "Alice Marwood", True),
        (
            "My uncle Tan Boon Hock is a politician, call him on 012-338 4719.",
            "Tan Boon Hock",
            False,
        ),
        ("我叫陈秋生，喜欢读小说。", "陈秋生", False),
        ("收件人周明远，書中夾著發票，電話0912345678。", "周明远", False),
        # negatives: no narrative cue at all
        ("Margaret Thornton will arrive at the office tomorrow.", "Margaret Thornton", False),
        ("陈秋生明天下午到公司开会。", "陈秋生", False),
    ],
)
def test_public_mention(text: str, name: str, public: bool) -> None:
    start, end = _span(text, name)
    assert is_public_mention(text, start, end) is public


@pytest.mark.parametrize(
    "text, name, kept",
    [
        (
            "Jonah Whitcombe, the lighthouse keeper in the poem, counts the ships.",
            "Jonah Whitcombe",
            False,
        ),
        ("Hi, my name is Jonah Whitcombe and my phone is +65 9123 4567.", "Jonah Whitcombe", True),
        ("World War I ended before Arthur Pemberton was born in 1921.", "Arthur Pemberton", False),
    ],
)
def test_keep_person_uses_public_context(text: str, name: str, kept: bool) -> None:
    start, end = _span(text, name)
    assert keep_person(text, start, end) is kept


@pytest.mark.parametrize(
    "text, value, kept",
    [
        ("Call our toll-free hotline 1800 222 2222 for support.", "1800 222 2222", False),
        ("客服热线：400-820-8820", "400-820-8820", False),
        ("Call me on 6123 4567 after lunch.", "6123 4567", True),
    ],
)
def test_service_numbers_are_not_personal(text: str, value: str, kept: bool) -> None:
    start, end = _span(text, value)
    assert keep_finding(text, "PHONE_NUMBER", start, end) is kept
