"""Names typed to slip past a scanner: one letter at a time (``J o s h u a  L e e``,
``K.h.a.i.r.u.l A.n.u.a.r``) or
backwards after a note saying so (``Read it backwards: gniL iaM``, ``倒过来念：芳秀王``).

A run of two or more capitalised words whose letters are each set off by a space
(``S i t i  N o r h a y a t i``) is a name hidden on purpose: nobody letter-spaces an
ordinary phrase in running text except a heading, and headings of that kind are in
capitals (``W E L C O M E``) or open with a common word (``H a p p y  B i r t h d a y``),
which are left alone.  Findings are ``PERSON``; the person filter keeps them whatever the
context (:func:`residency.detectors.person_filter.keep_person`), since spelling a name out
is itself the sign that it is somebody's.  A reversed name is reported only after a
note that it is written backwards and a colon, its words each ending in a capital (or, in
Chinese, its last character a surname).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# One word: a capital, then two or more lower-case letters each after one space.
_WORD = r"[A-Z](?: [a-z]){2,}"
# (Not inside a longer letter-spaced run on either side: ``x J o h n`` or ``L e e x y``.)
SPACED_NAME = re.compile(
    rf"(?<![A-Za-z])(?<!\b[A-Za-z] ){_WORD}(?: {{1,3}}[A-Z](?: [a-z]){{1,}}){{1,3}}"
    r"(?![A-Za-z])(?! [A-Za-z](?![A-Za-z]))"
)
# ... or with a dot after each letter (``K.h.a.i.r.u.l A.n.u.a.r``, ``A.d.a.m H.a.r.i.s``;
# not ``e.g.`` or ``U.S.A.``: a capital, then lower-case letters, two words or more).
DOTTED_NAME = re.compile(
    r"(?<![A-Za-z.])[A-Z](?:\.[a-z]){2,}\.?(?: {1,3}[A-Z](?:\.[a-z]){1,}\.?){1,3}(?![A-Za-z])"
)
_BACKWARDS_NOTE = (
    r"(?i:backwards?|reversed?|in reverse|terbalik|dari belakang)[^.\n]{0,40}?[:：]\s*"
)
# Words ending in a capital (``gniL iaM``, ``firaH nib niaZ``: "bin" reversed stays lower).
REVERSED_NAME = re.compile(r"[a-z]+[A-Z](?: (?:[a-z]+[A-Z]|nib|itnib)){1,3}")
_REVERSED_ZH = r"[\u4e00-\u9fff]{2,3}"
# The Chinese note, right before the reversed name (``倒过来念：``).
BACKWARDS_NOTE_ZH = r"(?:倒过来|倒過來|倒着|倒著|反过来|反過來)[念读讀写寫看]?[：:]\s*"
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
    """The words of a letter-spaced or letter-dotted run (``J o s h u a  L e e`` ->
    ``['Joshua', 'Lee']``)."""
    return re.findall(r"[A-Z][a-z]*", value.replace(" ", "").replace(".", ""))


class SpacedNameRecognizer(CountryPatternRecognizer):
    """Capitalised words spelled out letter by letter (see module docstring)."""

    ENTITY = "PERSON"
    PATTERNS = [
        Pattern("letter-spaced name", SPACED_NAME.pattern, 0.6),
        Pattern("letter-dotted name", DOTTED_NAME.pattern, 0.6),
        Pattern(
            "reversed name",
            rf"(?<={_BACKWARDS_NOTE}){REVERSED_NAME.pattern}(?![A-Za-z])",
            0.6,
        ),
        Pattern(
            "reversed Chinese name",
            rf"(?<={BACKWARDS_NOTE_ZH}){_REVERSED_ZH}(?=[。，,.！!\s]|$)",
            0.6,
        ),
    ]
    CONTEXT = ["name", "named", "student", "patient", "nama"]
    CONTEXT_ZH = ["姓名", "名字", "叫"]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        value = text[result.start : result.end]
        if REVERSED_NAME.fullmatch(value):
            return True
        if not value.isascii():
            from residency.detectors.chinese.zh_person_recognizer import SURNAMES

            return value[-1] in SURNAMES
        words = collapsed(value)
        return len(words) >= 2 and words[0].lower() not in _NOT_A_NAME_FIRST
