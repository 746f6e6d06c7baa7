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
        ("Wong Kee Noodle House opened a third outlet.", "Wong Kee", False),
        ("Lim Siang Huat Hardware Sdn. Bhd. is trading.", "Lim Siang Huat", False),
        ("Ng Teng Fong General Hospital is in Jurong.", "Ng Teng Fong", False),
        ("Tan Boon Teik & Partners filed the brief.", "Tan Boon Teik", False),
        ("Yayasan Tan Sri Lee Shin Cheng menaja biasiswa.", "Lee Shin Cheng", False),
        ("Hospital Sultanah Aminah terletak di Johor Bahru.", "Sultanah Aminah", False),
        ("张小泉剪刀店开了新门店。", "张小泉", False),
        ("霍英东基金会资助了很多项目。", "霍英东", False),
        # Near misses: a bank card, a person at a company.
        ("张伟去商店买东西了。", "张伟", True),
        ("张伟在学校门口等你。", "张伟", True),
        ("王芳和公司签了合同。", "王芳", True),
        ("Send it to Lim Mei Ling, Finance, Tan Brothers Ltd.", "Lim Mei Ling", True),
        ("Tan Wei Ming & Lim Mei Ling are my neighbours.", "Tan Wei Ming", True),
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
        ("Describe how Yongle moved the capital to Beijing.", "Yongle", True),
        ("Compare the policies of Li Hongzhang and Zeng Guofan.", "Li Hongzhang", True),
        ("What were the main achievements of Zhang Qian's missions?", "Zhang Qian", True),
        ("Huraikan peranan Dol Said dalam menentang British.", "Dol Said", True),
        ("简述詹天佑修建京张铁路的经过。", "詹天佑", True),
        ("谈谈左宗棠收复新疆的意义。", "左宗棠", True),
        ("談談胡適對白話文運動的影響。", "胡適", True),
        # Personal cues win (fail closed).
        ("Explain to my client Tan Wei Ming why the claim failed.", "Tan Wei Ming", False),
        ("请简述张伟的订单情况。", "张伟", False),
        ("Please call Zhang Wei, he influenced my decision", "Zhang Wei", False),
        ("Siapakah Ahmad? Hubungi saya", "Ahmad", False),
        ("如何评价张伟的快递服务，电话13800000000", "张伟", False),
        ("Zhang Wei will visit tomorrow.", "Zhang Wei", False),
    ],
)
def test_questions_about_the_past_are_public_mentions(text: str, name: str, public: bool) -> None:
    start = text.index(name)
    assert is_public_mention(text, start, start + len(name)) is public
