"""The package's Pattern: compiled once with its recognizer's flags, checked at build."""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import PatternRecognizer

from residency.detectors.patterns import Pattern, compile_patterns


def test_a_pattern_is_compiled_once_with_its_recognizers_flags() -> None:
    pattern = Pattern("digits", r"\d{4}", 0.5)
    assert pattern.compiled_regex is None  # (no check compile without flags)
    recognizer = PatternRecognizer(
        supported_entity="X", patterns=[pattern], global_regex_flags=re.DOTALL
    )
    compile_patterns(recognizer)
    compiled = pattern.compiled_regex
    assert compiled is not None and pattern.compiled_with_flags == re.DOTALL
    compile_patterns(recognizer)
    assert pattern.compiled_regex is compiled
    assert [r.start for r in recognizer.analyze("call 1234 now", ["X"])] == [5]


def test_an_invalid_pattern_fails_the_build_by_its_name() -> None:
    recognizer = PatternRecognizer(supported_entity="X", patterns=[Pattern("broken", r"(\d", 0.5)])
    with pytest.raises(ValueError, match="'broken'"):
        compile_patterns(recognizer)


@pytest.mark.parametrize("score", [-0.1, 1.5])
def test_a_score_outside_zero_to_one_is_refused(score: float) -> None:
    with pytest.raises(ValueError, match="Invalid score"):
        Pattern("p", r"\d", score)
