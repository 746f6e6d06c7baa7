"""General causes behind the misses of the blind Chinese check set (``--blind-zh``), each
probed with invented lines of varied phrasing: personal lines that must be held and
clean lines that must not be.  No line here is a line of the check set."""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner
from residency.policies import infer_jurisdictions, load_policy


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _held(scanner: Scanner, text: str) -> bool:
    record = {"id": "1", "text": text}
    (scan,) = scanner.scan_records([record])
    policy = load_policy(["pipl"])
    juris = infer_jurisdictions(record, scan, home="CN")
    return policy.decide(scan, juris, record=record, home="CN").split != "offshore"


# Cantonese sentences: the tagger learnt Mandarin and glued 喺/係/嘅 onto names (or read a
# company after 係我哋); it now reads Cantonese function words in their Mandarin form.
CANTONESE_PERSONAL = [
    "我老婆何嘉欣喺瑪麗醫院做緊護士，佢下個月放產假。",
    "蘇志偉係我哋部門嘅新同事，佢電話我遲啲畀你。",
    "我細妹馮凱琳琴日喺學校暈咗，而家喺屋企休息。",
    "黎耀祖同我講佢搬咗去沙田，租金一個月一萬二。",
    "我老豆鍾國雄喺地盤做咗三十年，上年退咗休。",
    "同事曾志豪今日冇返工，佢話佢發燒。",
    "我表哥鄧浩賢琴日喺旺角畀人打傷咗。",
]
CANTONESE_CLEAN = [
    "佢哋聽日去睇戲，我唔去喇，好攰。",
    "李白嘅詩好出名，我哋細個都有背過。",
    "呢間餐廳嘅叉燒飯好好食，下次再嚟。",
    "孫中山喺香港讀過書，後來領導辛亥革命。",
    "張愛玲嘅小說好多都係寫上海同香港嘅故事。",
]


@pytest.mark.parametrize("text", CANTONESE_PERSONAL)
def test_cantonese_names_are_held(scanner: Scanner, text: str) -> None:
    assert _held(scanner, text)


@pytest.mark.parametrize("text", CANTONESE_CLEAN)
def test_cantonese_clean_lines_are_not_held(scanner: Scanner, text: str) -> None:
    assert not _held(scanner, text)
