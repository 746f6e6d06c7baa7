"""Singapore recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.singapore.sg_nric_fin_recognizer import SgNricFinRecognizer
from residency.detectors.singapore.sg_phone_recognizer import SgPhoneRecognizer

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


# S1234567D is the commonly published example.  By hand, weights 2 7 6 5 4 3 2:
# T0123456: 77 + 4 = 81, 81 % 11 = 4 -> "JZIHGFEDCBA"[4] = G
# F1234567: 106 % 11 = 7 -> "XWUTRQPNMLK"[7] = N;  G1234567: 110 % 11 = 0 -> X
# M1234567: (106 + 3) % 11 = 10, 11 - 10 = 1 -> "KLJNPQRTUWX"[0] = K
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("NRIC: «S1234567D»"),
        case("身份证 «T0123456G»"),
        case("FIN «F1234567N» and «G1234567X»"),
        case("new FIN «M1234567K»"),
        case("lower case «s1234567d»"),
        # invalid check letter
        case("NRIC: S1234567A"),
        case("FIN F1234567X"),
        case("M1234567L"),
        # near-misses
        case("S12345678D"),
        case("AS1234567D"),
        case("X1234567D"),
        case("S1234567DE"),
    ],
)
def test_sg_nric_fin(text: str, expected_len: int, expected_positions: list) -> None:
    check(SgNricFinRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("call «+65 9123 4567»"),
        case("«+65-6123-4567» office"),
        case("电话 «8123 4567»"),
        case("HP: «91234567»"),
        # near-misses
        case("91234567"),
        case("+65 5123 4567"),
        case("total 61234567 SGD"),
        case("电话 7123 4567"),
        case("订单号 91234567"),
    ],
)
def test_sg_phone(text: str, expected_len: int, expected_positions: list) -> None:
    check(SgPhoneRecognizer, text, expected_len, expected_positions)
