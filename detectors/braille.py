"""Braille as text: Unicode braille cells (``⠠⠞⠁⠽ ⠠⠓⠥⠊``) and North American ASCII
braille as BRF files and embossers write it (``,dear ,mr ,goh ,kah ,wai1``).

Personal data embossed for a blind reader (a bank's statement, a bedside tag, a name
card) is as personal as print.  Both forms are read as Grade 1 braille with the common
Grade 2 signs: ``,`` (or ``⠠``) capitalises the next letter, ``,,`` the next word, ``#``
(or ``⠼``) starts a number whose letters ``a``-``j`` are the digits ``1``-``0``, and the
lower signs are punctuation (``1`` a comma, ``4`` a full stop).  A run decodes only when
it reads as words (see :func:`.encoded.is_text`); ASCII braille is read only where its
capital signs show it (three words or more opened by ``,``, a sign written nowhere else).
"""

from __future__ import annotations

import regex

# The six-dot cells of the letters a-z (Unicode braille patterns, U+2800 + dots).
_LETTER_CELLS = "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵"
# ASCII braille's characters for the same cells, and for the other signs used here.
_CELL_TO_ASCII = {cell: chr(ord("a") + i) for i, cell in enumerate(_LETTER_CELLS)}
_CELL_TO_ASCII.update(
    {"⠠": ",", "⠼": "#", "⠂": "1", "⠆": "2", "⠒": "3", "⠲": "4", "⠖": "6", "⠦": "8",
     "⠴": "0", "⠤": "-", "⠰": ";", "⠸": "_", "⠌": "/", "⠄": "'", "⠀": " "}
)  # fmt: skip
_DIGITS = {letter: str((i + 1) % 10) for i, letter in enumerate("abcdefghij")}
_PUNCTUATION = {"1": ",", "2": ";", "3": ":", "4": ".", "6": "!", "8": "?", "0": '"'}

# A run of Unicode braille cells, words set apart by spaces or blank cells: four cells or
# more.
BRAILLE_CELL_RUN = regex.compile(r"[\u2801-\u28ff][\u2800-\u28ff ]{3,}(?<![ \u2800])")
# A run of ASCII braille: words opened by a capital sign ``,`` (three or more), with the
# words between them, up to a field separator.
BRF_RUN = regex.compile(
    r"(?<![^\s:])(?:,{1,2}[a-z][a-z0-9#;_/',\-]*|#[a-j][a-j14]*)"
    r"(?:\s+(?:,{0,2}[a-z#][a-z0-9#;_/',\-]*|[\-]))*"
)
_CAPITAL_WORD = regex.compile(r"(?<!\S),{1,2}[a-z]")


def ascii_braille_text(run: str) -> str:
    """Print for a run of ASCII braille (Grade 1 and the signs above)."""
    out: list[str] = []
    capital = word_capital = number = False
    i = 0
    while i < len(run):
        c = run[i]
        if c == ",":
            if run[i + 1 : i + 2] == ",":
                word_capital, i = True, i + 2
                continue
            if run[i + 1 : i + 2].isalpha():
                capital, i = True, i + 1
                continue
            out.append(",")
        elif c == "#":
            number = True
        elif c.isspace():
            number = word_capital = False
            out.append(" ")
        elif number and c in _DIGITS:
            out.append(_DIGITS[c])
        elif number and c in "14" and run[i + 1 : i + 2] in _DIGITS:
            out.append(_PUNCTUATION[c])  # a number's comma or decimal point
        elif c == ";":
            number = False  # a letter sign: letters follow a number
        elif c == "_" and run[i + 1 : i + 2] == "/":
            out.append("/")
            i += 1
        elif c.isalpha():
            number = False
            out.append(c.upper() if capital or word_capital else c)
            capital = False
        else:
            number = False
            out.append(_PUNCTUATION.get(c, c))
        i += 1
    return "".join(out)


def decoded_braille_cells(match: regex.Match[str]) -> str:
    """Print for a run of Unicode braille cells, or the run when a cell is none of the
    signs read here."""
    run = match.group(0)
    if not all(c in _CELL_TO_ASCII or c == " " for c in run):
        return run
    return ascii_braille_text("".join(_CELL_TO_ASCII.get(c, c) for c in run))


def decoded_ascii_braille(match: regex.Match[str]) -> str:
    """Print for a run of ASCII braille with three capital signs or more, or the run."""
    run = match.group(0)
    if len(_CAPITAL_WORD.findall(run)) < 3:
        return run
    return ascii_braille_text(run)
