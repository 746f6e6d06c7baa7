"""Names typed one letter at a time to slip past a scanner: ``J o s h u a  L e e``.

A run of two or more capitalised words whose letters are each set off by a space
(``S i t i  N o r h a y a t i``) is a name hidden on purpose: nobody letter-spaces an
ordinary phrase in running text except a heading, and headings of that kind are in
capitals (``W E L C O M E``) or open with a common word (``H a p p y  B i r t h d a y``),
which are left alone.  Findings are ``PERSON``; the person filter keeps them whatever the
context (:func:`residency.detectors.person_filter.keep_person`), since spelling a name out
is itself the sign that it is somebody's.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer

# One word: a capital, then two or more lower-case letters each after one space.
_WORD = r"[A-Z](?: [a-z]){2,}"
# (Not inside a longer letter-spaced run on either side: ``x J o h n`` or ``L e e x y``.)
SPACED_NAME = re.compile(
    rf"(?<![A-Za-z])(?<!\b[A-Za-z] ){_WORD}(?: {{1,3}}[A-Z](?: [a-z]){{1,}}){{1,3}}"
    r"(?![A-Za-z])(?! [A-Za-z](?![A-Za-z]))"
)
# Heading words that open a letter-spaced phrase which is not a name.
_NOT_A_NAME_FIRST = frozenset(
    [
        "the",
        "happy",
        "merry",
        "good",
        "thank",
        "thanks",
        "welcome",
        "hello",
        "best",
        "new",
        "grand",
        "big",
        "sale",
        "open",
        "coming",
        "season",
        "greetings",
        "congratulations",
        "selamat",
        "hari",
    ]
)


def collapsed(value: str) -> list[str]:
    """The words of a letter-spaced run (``J o s h u a  L e e`` -> ``['Joshua', 'Lee']``)."""
    return re.findall(r"[A-Z][a-z]*", value.replace(" ", ""))


class SpacedNameRecognizer(CountryPatternRecognizer):
    """Capitalised words spelled out letter by letter (see module docstring)."""

    ENTITY = "PERSON"
    PATTERNS = [Pattern("letter-spaced name", SPACED_NAME.pattern, 0.6)]
    CONTEXT = ["name", "named", "student", "patient", "nama"]
    CONTEXT_ZH = ["姓名", "名字", "叫"]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        words = collapsed(text[result.start : result.end])
        return len(words) >= 2 and words[0].lower() not in _NOT_A_NAME_FIRST
