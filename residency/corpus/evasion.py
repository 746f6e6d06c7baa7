"""Spellings people use to slip identifiers past filters (the detectors issue's list).

Each transform maps an identifier to an obfuscated spelling of the same value; ``evade``
applies one transform or a mix of two.  Transforms that do not apply to a value (an
e-mail spelling on a phone number) return it unchanged, and ``evade`` then picks another.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Transform = Callable[[str, random.Random], str]

_FULLWIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_ZH_DIGITS = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
_ZH_DIGITS_ALT = dict(zip("0123456789", "零幺两三四五六七八九", strict=True))
_HOMOGLYPHS = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
               "O": "О", "P": "Р", "T": "Т", "X": "Х", "a": "а", "c": "с", "e": "е",
               "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ"}  # fmt: skip
_DIGIT_LOOKALIKES = {"0": "O", "1": "l"}
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def fullwidth(value: str, rng: random.Random) -> str:
    return "".join(_FULLWIDTH.get(c, c) for c in value)


def chinese_numerals(value: str, rng: random.Random) -> str:
    if "@" in value:
        return value
    table = _ZH_DIGITS if rng.random() < 0.6 else _ZH_DIGITS_ALT
    return "".join(table.get(c, c) for c in value)


def zero_width(value: str, rng: random.Random) -> str:
    out = []
    for i, c in enumerate(value):
        out.append(c)
        if i < len(value) - 1 and rng.random() < 0.6:
            out.append(rng.choice(ZERO_WIDTH))
    return "".join(out)


def _split_digits(value: str, rng: random.Random, sep: str) -> str:
    compact = "".join(c for c in value if c not in " -")
    if "@" in compact or sum(c.isdigit() for c in compact) < 7:
        return value
    out, i = [], 0
    while i < len(compact):
        step = rng.randint(1, 4)
        out.append(compact[i : i + step])
        i += step
    return sep.join(out)


def split_spaces(value: str, rng: random.Random) -> str:
    return _split_digits(value, rng, " ")


def split_dots(value: str, rng: random.Random) -> str:
    return _split_digits(value, rng, ".")


def split_dashes(value: str, rng: random.Random) -> str:
    return _split_digits(value, rng, "-")


def split_underscores(value: str, rng: random.Random) -> str:
    return _split_digits(value, rng, "_")


def email_words(value: str, rng: random.Random) -> str:
    if "@" not in value:
        return value
    local, domain = value.split("@", 1)
    at = rng.choice([" [at] ", "[at]", "(at)", " at ", "%40", " AT ", "＠"])
    dot = rng.choice([".", "[dot]", "(dot)", " dot ", "."])
    return local + at + domain.replace(".", dot)


def homoglyphs(value: str, rng: random.Random) -> str:
    if not any(c in _HOMOGLYPHS for c in value):
        return digit_lookalikes(value, rng)
    return "".join(_HOMOGLYPHS.get(c, c) if rng.random() < 0.7 else c for c in value)


def digit_lookalikes(value: str, rng: random.Random) -> str:
    if "@" in value or not any(c in _DIGIT_LOOKALIKES for c in value[1:]):
        return value
    return value[0] + "".join(_DIGIT_LOOKALIKES.get(c, c) for c in value[1:])


TRANSFORMS: dict[str, Transform] = {
    "fullwidth": fullwidth,
    "chinese_numerals": chinese_numerals,
    "zero_width": zero_width,
    "split_spaces": split_spaces,
    "split_dots": split_dots,
    "split_dashes": split_dashes,
    "split_underscores": split_underscores,
    "email_words": email_words,
    "homoglyphs": homoglyphs,
    "digit_lookalikes": digit_lookalikes,
}
# Mixes worth measuring (order matters: split first, then re-spell the characters).
MIXES: tuple[tuple[str, str], ...] = (
    ("split_spaces", "fullwidth"),
    ("split_dashes", "zero_width"),
    ("chinese_numerals", "zero_width"),
    ("split_dots", "chinese_numerals"),
    ("email_words", "fullwidth"),
    ("email_words", "homoglyphs"),
    ("homoglyphs", "zero_width"),
    ("digit_lookalikes", "split_spaces"),
)


def evade(value: str, rng: random.Random, *, mix: bool | None = None) -> tuple[str, str]:
    """``(obfuscated value, transform name)``; ``mix`` forces a two-step mix (or a single step)."""
    use_mix = rng.random() < 0.35 if mix is None else mix
    options: list[tuple[str, ...]] = list(MIXES) if use_mix else [(name,) for name in TRANSFORMS]
    rng.shuffle(options)
    for steps in options:
        out = value
        for step in steps:
            out = TRANSFORMS[step](out, rng)
        if out != value and all(TRANSFORMS[s](value, random.Random(0)) != value for s in steps):
            return out, "+".join(steps)
    return value, "none"
