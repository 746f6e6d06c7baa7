"""Common English words (WordNet's index from the English model) and the names never counted
as such."""

from __future__ import annotations

import pytest

from residency.detectors.common_words import is_common_word


@pytest.mark.parametrize(
    "word, common",
    [
        ("relief", True),
        ("manager", True),
        # inflected forms of a dictionary word
        ("updates", True),
        ("payments", True),
        ("leasing", True),
        # given names, surnames and pinyin syllables, even when dictionary words too
        ("kelvin", False),
        ("grace", False),
        ("mark", False),
        ("tan", False),
        ("lee", False),
        ("wei", False),
        # not words at all
        ("xqzt", False),
        ("ops2", False),
    ],
)
def test_common_words(word: str, common: bool) -> None:
    assert is_common_word(word) is common
