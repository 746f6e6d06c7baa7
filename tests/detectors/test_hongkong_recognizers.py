"""Hong Kong recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.hongkong.hk_hkid_recognizer import HkHkidRecognizer
from residency.detectors.hongkong.hk_phone_recognizer import HkPhoneRecognizer

REPORTED = 0.5


def case(marked: str) -> tuple[str, int, list[tuple[int, int]]]:
    """``"ID «123»"`` -> ``("ID 123", 1, [(3, 6)])``."""
    text, positions, pos = "", [], 0
    for part in re.split(r"(«[^»]*»)", marked):
        if part.startswith("«"):
            positions.append((pos, pos + len(part) - 2))
            part = part[1:-1]
        text += part
        pos += len(part)
    return text, len(positions), positions


def analyze(
    cls: type[CountryPatternRecognizer], text: str, language: str = "en"
) -> list[RecognizerResult]:
    recognizer = cls(supported_language=language)
    results = recognizer.analyze(text, entities=[cls.ENTITY], nlp_artifacts=None)
    return sorted(results, key=lambda r: r.start)


def check(cls: type[CountryPatternRecognizer], text: str, n: int, positions: list) -> None:
    for language in ("en", "zh"):
        reported = [r for r in analyze(cls, text, language) if r.score >= REPORTED]
        assert len(reported) == n, (text, [(r.start, r.end, r.score) for r in reported])
        assert [(r.start, r.end) for r in reported] == positions
        assert all(r.entity_type == cls.ENTITY for r in reported)


# A123456(3) is the commonly published example; the others were computed by hand:
# weights 9..2 over (prefix letters as A=10.., a missing second letter as 36, digits),
# check = (11 - sum % 11) % 11 with 10 written "A".
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("香港身份證 «A123456(3)»"),
        case("HKID «A1234563»"),
        case("id card «AB987654(3)»"),
        case("身份证号码«A123456（3）»"),
        case("«Z683365(A)» on file"),
        # invalid check character
        case("香港身份證 A123456(4)"),
        case("HKID AB987654(2)"),
        case("Z683365(0)"),
        # near-misses
        case("model A1234567890"),
        case("part AB123456 only six digits and no check"),
        case("ABC1234563"),
        case("a123456(3)"),
    ],
)
def test_hk_hkid(text: str, expected_len: int, expected_positions: list) -> None:
    check(HkHkidRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("call «+852 9123 4567»"),
        case("«(+852) 2345-6789» office"),
        case("電話：«9123 4567»"),
        case("mobile «61234567»"),
        case("WhatsApp «5123-4567»"),
        # near-misses: bare numbers need context, wrong first digits
        case("9123 4567"),
        case("price 91234567 HKD"),
        case("+852 1234 5678"),
        case("電話：2345 6789"),
        case("電話：912345678"),
        case("訂單號 91234567"),
    ],
)
def test_hk_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(HkPhoneRecognizer, text, expected_len, expected_positions)
