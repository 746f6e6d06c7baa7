"""Malaysia recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.malaysia.my_mykad_recognizer import MyMykadRecognizer
from residency.detectors.malaysia.my_phone_recognizer import MyPhoneRecognizer

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


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("IC no: «900307-14-5678»"),
        case("身份证 «900307145678»"),
        case("MyKad «040229-10-1234» (leap day)"),
        case("«881231-71-0001» (born abroad)"),
        # unassigned place-of-birth codes, impossible dates
        case("IC no: 900307-17-5678"),
        case("IC no: 900307-00-5678"),
        case("IC no: 901332-14-5678"),
        case("IC no: 030229-14-5678"),
        # near-misses
        case("900307145678"),
        case("ts 202403071234"),
        case("9003071456789"),
        case("订单号 900307-14-5678"),
    ],
)
def test_my_mykad(text: str, expected_len: int, expected_positions: list) -> None:
    check(MyMykadRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("call «+60 12-345 6789»"),
        case("手机 «012-3456789»"),
        case("«011-1234 5678» after 6pm"),
        case("HP «0123456789»"),
        # near-misses
        case("0123456789"),
        case("+60 22-345 6789"),
        case("015-3456789"),
        case("01234567890"),
    ],
)
def test_my_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(MyPhoneRecognizer, text, expected_len, expected_positions)
