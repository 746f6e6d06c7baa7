"""Macau recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.macau.mo_bir_recognizer import MoBirRecognizer

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
        case("澳門身份證 «1234567(8)»"),
        case("BIR no. «5123456(7)»"),
        case("«7654321（0）»"),
        case("Macau ID card «71234568»"),
        case("澳门身份证号码«12345678»"),
        # near-misses
        case("12345678"),
        case("ref 2234567(8)"),
        case("12345678(9)"),
        case("price 7123456"),
        case("訂單號 1234567(8)"),
    ],
)
def test_mo_bir(text: str, expected_len: int, expected_positions: list) -> None:
    check(MoBirRecognizer, text, expected_len, expected_positions)


def test_mo_bir_context_raises_the_score() -> None:
    bare = analyze(MoBirRecognizer, "1234567(8)")
    with_context = analyze(MoBirRecognizer, "澳門身份證 1234567(8)")
    assert bare[0].score < with_context[0].score
