"""Organisation suffixes and questions about the past: names there are not data subjects."""

from __future__ import annotations

import pytest

from residency.detectors.postfilter import keep_finding
from residency.detectors.public_context import is_public_mention


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("Tan Kah Kee Sdn Bhd announced results.", "Tan Kah Kee", False),
        ("Wong Brothers Ltd filed its report.", "Wong", False),
        ("张伟集团今年的营收增长了。", "张伟", False),
        ("陈大文科技有限公司发布了新产品。", "陈大文", False),
        ("王芳银行的分行开业了。", "王芳", False),
        # Near misses: a bank card, a person at a company.
        ("李明华银行卡丢了，怎么办", "李明华", True),
        ("张伟在公司上班，电话找他。", "张伟", True),
        ("Please ask Tan Kah Kee about the report.", "Tan Kah Kee", True),
    ],
)
def test_organisation_suffix_makes_name_an_organisation(text: str, name: str, kept: bool) -> None:
    start = text.index(name)
    entity = "ZH_PERSON" if not name.isascii() else "PERSON"
    result = keep_finding(text, entity, start, start + len(name))
    if kept:
        assert result or entity == "PERSON"  # English NER may drop it for other reasons
    else:
        assert not result


@pytest.mark.parametrize(
    "text, name, public",
    [
        ("How did Zhang Wei influence the reform?", "Zhang Wei", True),
        ("What caused Lim Boon Keng to leave for Amoy?", "Lim Boon Keng", True),
        ("Siapakah Hang Tuah?", "Hang Tuah", True),
        ("如何评价张居正？", "张居正", True),
        ("张居正的历史意义是什么", "张居正", True),
        # Personal cues win (fail closed).
        ("Please call Zhang Wei, he influenced my decision", "Zhang Wei", False),
        ("Siapakah Ahmad? Hubungi saya", "Ahmad", False),
        ("如何评价张伟的快递服务，电话13800000000", "张伟", False),
        ("Zhang Wei will visit tomorrow.", "Zhang Wei", False),
    ],
)
def test_questions_about_the_past_are_public_mentions(text: str, name: str, public: bool) -> None:
    start = text.index(name)
    assert is_public_mention(text, start, start + len(name)) is public
