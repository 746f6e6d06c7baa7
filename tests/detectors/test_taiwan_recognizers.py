"""Taiwan recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.taiwan.tw_national_id_recognizer import TwNationalIdRecognizer
from residency.detectors.taiwan.tw_phone_recognizer import TwPhoneRecognizer

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


# A123456789 is the commonly published example; F231178979 and A800000014 were computed
# by hand (letter code split into two digits, weights 1 9 8 7 6 5 4 3 2 1 1, sum % 10 == 0).
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("身分證字號 «A123456789»"),
        case("ID: «F231178979»"),
        case("居留證 «A800000014» (ARC, 2021 format)"),
        case("«A123456789»"),
        # invalid check digit
        case("身分證字號 A123456788"),
        case("ARC A800000015"),
        # near-misses
        case("a123456789"),
        case("A1234567890"),
        case("A323456789"),
        case("SKU A123456789"),
        case("AB12345678"),
    ],
)
def test_tw_national_id(text: str, expected_len: int, expected_positions: list) -> None:
    check(TwNationalIdRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("手機 «0912-345-678»"),
        case("call «+886 912 345 678»"),
        case("office «+886 2 2345 6789»"),
        case("電話«0912345678»"),
        case("«0912 345 678» 找陳小姐"),
        # near-misses
        case("0912-345678"),
        case("09123456789"),
        case("訂單號 0912345678"),
        case("+886 112 345 678"),
        case("build 20240912345678"),
    ],
)
def test_tw_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(TwPhoneRecognizer, text, expected_len, expected_positions)
