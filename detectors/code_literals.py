"""Values hidden in source code: escapes, character codes and literals joined at run time.

``owner = "\\x4e\\x67\\x20\\x53..."``, ``char[] c = {53,49,56,...}``, ``"K" + "3381" + "902" +
"L"``, ``CONCAT('S88', '32417Z')`` and ``f"{'何'}{'家'}{'俊'}"`` spell a name, a card or an
identity number that no recognizer can read as written.  :mod:`.normalize` replaces each
such run by what it spells (every character of the result maps to the whole run), so the
second pass over the normalised text finds the value and reports it at the run's span.

Each decoder returns the run unchanged when it does not spell text (the tests of
:mod:`.encoded`: control characters, a replacement character, too few letters or digits
in a list of codes); ``\\x`` bytes that are no UTF-8 are read as Latin-1.  A list of numbers
with no word for character codes before it (a list of ages or scores) is left alone.
"""

from __future__ import annotations

import regex

from residency.detectors.encoded import is_text, printable

# Three or more escapes in a row (``\x4e\x67\x20``, ``\u4f55\u5bb6``, octal bytes as C
# and shells print them: ``\350\224\241``).
ESCAPE_RUN = regex.compile(
    r"(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\u\{[0-9A-Fa-f]{1,6}\}|\\[0-3][0-7]{2}){3,}"
)
_ESCAPE = regex.compile(
    r"\\x([0-9A-Fa-f]{2})|\\u([0-9A-Fa-f]{4})|\\u\{([0-9A-Fa-f]{1,6})\}|\\([0-3][0-7]{2})"
)

# A list of five or more character codes in braces or brackets, after a word that says
# they are characters (``char[] c = {53,49,...}``, ``String.fromCharCode(78, 103, ...)``,
# ``bytes([75, 54, ...])``, ``chr(x) for x in [...]``).
CHAR_CODE_LIST = regex.compile(
    r"(?<=(?i:char|chr|fromcharcode|bytes?|codepoints?|code points?|ord)[^\n;]{0,24})"
    r"[\[{(]\s*(?:\d{2,6}\s*,\s*){4,}\d{2,6}\s*[\]})]"
)
_NUMBER = regex.compile(r"\d+")

# String literals joined with ``+`` or SQL's ``||`` (``"K" + "3381" + "902" + "L"``), or
# the arguments of a CONCAT call (``CONCAT('Lim ', 'Hui ', 'Min')``).
_LITERAL = r"(?:\"[^\"\\\n]{0,40}\"|'[^'\\\n]{0,40}')"
JOINED_LITERALS = regex.compile(
    rf"{_LITERAL}(?:\s*(?:\+|\|\|)\s*{_LITERAL})+"
    rf"|(?i:concat(?:_ws)?)\(\s*{_LITERAL}(?:\s*,\s*{_LITERAL})+\s*\)"
)
_LITERAL_TEXT = regex.compile(r"\"([^\"\\\n]*)\"|'([^'\\\n]*)'")


def quoted_values(run: str) -> list[str]:
    """The contents of the quoted strings in ``run``, in order (``"K" + '33'`` -> K, 33)."""
    return [
        m.group(1) if m.group(1) is not None else m.group(2) for m in _LITERAL_TEXT.finditer(run)
    ]


# Replacement fields that hold only a literal, two or more in a row (``{'何'}{'家'}{'俊'}``).
FSTRING_PIECES = regex.compile(r"(?:\{\s*(?:\"[^\"\n{}]{1,20}\"|'[^'\n{}]{1,20}')\s*\}){2,}")


def decoded_escapes(match: regex.Match[str]) -> str:
    """The text a run of ``\\x``/``\\u`` escapes spells, or the run."""
    run = match.group(0)
    chars: list[str] = []
    raw = bytearray()
    for m in _ESCAPE.finditer(run):
        if m.group(1) is not None or m.group(4) is not None:
            raw.append(int(m.group(1), 16) if m.group(1) is not None else int(m.group(4), 8))
            continue
        if raw:
            chars.append(_utf8(bytes(raw)))
            raw.clear()
        chars.append(chr(int(m.group(2) or m.group(3), 16)))
    if raw:
        chars.append(_utf8(bytes(raw)))
    text = "".join(chars)
    return text if printable(text) else run


def decoded_char_codes(match: regex.Match[str]) -> str:
    """The text a list of character codes spells, or the list."""
    run = match.group(0)
    codes = [int(n) for n in _NUMBER.findall(run)]
    if not all(32 <= c <= 0x10FFFF for c in codes):
        return run
    text = "".join(chr(c) for c in codes)
    return text if is_text(text) else run


def joined_literals(match: regex.Match[str]) -> str:
    """The literals joined into one (``"K3381902L"``), in the first one's quotes."""
    run = match.group(0)
    parts = quoted_values(run)
    first = _LITERAL_TEXT.search(run)
    quote = '"' if first is not None and first.group(0).startswith('"') else "'"
    return quote + "".join(parts) + quote


def fstring_pieces(match: regex.Match[str]) -> str:
    """The literals of the replacement fields joined (``何家俊``)."""
    return "".join(quoted_values(match.group(0)))


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
