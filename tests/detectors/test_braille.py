"""Braille (Unicode cells and North American ASCII braille as BRF files write it) is read
as print before matching; text that only looks like it stays as written."""

from __future__ import annotations

import pytest

from residency.detectors.normalize import normalize


@pytest.mark.parametrize(
    "text, expected",
    [
        # ASCII braille: capital signs, a number's letters, punctuation signs, a letter
        # sign after a number, a slash in a patronymic.
        (
            ",dear ,mr ,goh ,kah ,wai1 your review is on #ad ,march at #i4cj;am4",
            "Dear Mr Goh Kah Wai, your review is on 14 March at 9.30am.",
        ),
        (",,nric ,s#hhcdagf;,g4 ,name ,devi a_/p ,raman", "NRIC S8834176G. Name Devi a/p Raman"),
        (",,rm #c1dhb4ae ,balance ,account", "RM 3,482.15 Balance Account"),
        # Unicode braille cells: capitals, numbers, a hyphen inside a number.
        # (the digits then joined as any spaced digits are)
        ("card: ⠠⠞⠁⠽ ⠠⠓⠥⠊ ⠠⠍⠊⠝ ⠼⠊⠋⠛⠃ ⠼⠙⠓⠁⠉", "card: Tay Hui Min 96724813"),
        ("⠠⠝⠥⠗⠥⠇ ⠠⠓⠥⠙⠁ ⠼⠚⠁⠃⠤⠼⠉⠓⠙", "Nurul Huda 012-384"),
    ],
)
def test_braille_is_read_as_print(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # Prose with commas, even one glued to a word's start: fewer than three capital
        # signs.
        "Hello, world, this is a normal sentence ,ok",
        ",see ,above",
        # A lone braille cell or two (a bullet, a decoration).
        "⠿ menu ⠿",
    ],
)
def test_text_that_only_looks_like_braille_stays(text: str) -> None:
    assert normalize(text).text == text
