"""Cheap per-field script detection that decides which costly taggers run.

Pattern recognizers run on every text; English spaCy NER only where there are enough
Latin letters (and the text is not source code), Chinese name tagging only where there
are Han characters.  One pass over the characters, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Enough Latin letters for English NER to be worth running (a few words).
MIN_LATIN_FOR_NER = 12
# Han characters needed before the Chinese tagger runs (a two-character name).
MIN_HAN_FOR_ZH = 2

_MALAY_WORDS = frozenset(
    [
        "yang",
        "dan",
        "di",
        "ini",
        "itu",
        "saya",
        "untuk",
        "dengan",
        "tidak",
        "ada",
        "akan",
        "dari",
        "pada",
        "kepada",
        "boleh",
        "sudah",
        "kami",
        "kita",
        "mereka",
        "dia",
        "anda",
        "encik",
        "puan",
        "sila",
        "terima",
        "kasih",
        "alamat",
        "nombor",
        "telefon",
    ]
)
_WORD = re.compile(r"[A-Za-z]+")
_CODE_MARKS = re.compile(r"[{}();=<>\[\]]|::|->|=>|\bdef\b|\bimport\b|\breturn\b|\bfunction\b")


@dataclass(frozen=True)
class ScriptProfile:
    """Counts of characters per script in one text."""

    han: int
    latin: int
    other_letters: int
    length: int
    malay_words: int = 0
    code_marks: int = 0

    @property
    def languages(self) -> tuple[str, ...]:
        """Detected languages/scripts, most specific first: ``zh``, ``ms``, ``en``, ``other``."""
        out: list[str] = []
        if self.han >= MIN_HAN_FOR_ZH:
            out.append("zh")
        if self.latin >= 3:
            out.append("ms" if self.malay_words >= 2 else "en")
        if self.other_letters >= 3:
            out.append("other")
        return tuple(out)

    @property
    def wants_english_ner(self) -> bool:
        # English NER on Malay tags ordinary words ("Terima kasih") as people.
        return self.latin >= MIN_LATIN_FOR_NER and not self.looks_like_code and self.malay_words < 2

    @property
    def wants_chinese_tagger(self) -> bool:
        return self.han >= MIN_HAN_FOR_ZH

    @property
    def looks_like_code(self) -> bool:
        """Source code: NER on identifiers finds people who are not there."""
        return self.code_marks * 25 >= max(self.length, 1)

    @property
    def presidio_language(self) -> str:
        """The analyzer language whose recognizers fit this text best."""
        return "zh" if self.han >= MIN_HAN_FOR_ZH and self.han >= self.latin / 2 else "en"


def profile(text: str) -> ScriptProfile:
    han = latin = other = 0
    for ch in text:
        if ch < "\u0080":
            if ch.isalpha():
                latin += 1
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff":
            han += 1
        elif ch.isalpha():
            if "\u00c0" <= ch <= "\u024f" or "\uff21" <= ch <= "\uff5a":
                latin += 1
            else:
                other += 1
    malay = 0
    if latin >= 3:
        malay = sum(1 for w in _WORD.findall(text[:2000]) if w.lower() in _MALAY_WORDS)
    code = len(_CODE_MARKS.findall(text)) if latin >= MIN_LATIN_FOR_NER else 0
    return ScriptProfile(han, latin, other, len(text), malay, code)
