"""Text split into a tokenizer's pieces, as datasets, eval logs and debug prints show it.

``tokens: ['▁call', '▁ah', '▁chen', '▁at', '▁138', '▁27', '16', ...]`` (SentencePiece),
``['Ġmy', 'Ġname', ...]`` (GPT-2 byte-level BPE), ``['lim', '##chee', ...]`` (WordPiece) and
``{"tokens": ["李", "浩然", "的", "身份证", "号", "是", "440305", "1995", ...]}`` (a word
segmenter's output, as NER datasets store it) hold a name or a number that no recognizer
reads piece by piece.  :mod:`.normalize` replaces such a list by the text its pieces make
(every character of it maps to the whole list), so the second pass finds the value and
reports it at the list's span.

A list is read as tokens only when its pieces say so (a ``▁``, ``Ġ`` or ``##`` marker) or a
key before it does (``tokens``, ``pieces``, ``words``); a list of names or column names
in code is left alone.
"""

from __future__ import annotations

import regex

from residency.detectors.code_literals import quoted_values

_PIECE = r"(?:'[^'\\\n]{1,24}'|\"[^\"\\\n]{1,24}\")"
# Five pieces or more in brackets, with a marker among them or a key saying they are tokens
# (``tokens: [...]``, ``"input_tokens": [...]``, ``words=[...]``).
TOKEN_LIST = regex.compile(
    rf"(?:(?=\[\s*(?:{_PIECE}\s*,\s*)*['\"](?:▁|Ġ|##))"
    rf"|(?<=(?i:tokens?|pieces|subwords|words)['\"]?\s*[:=]\s*))"
    rf"\[\s*{_PIECE}(?:\s*,\s*{_PIECE}){{4,}}\s*,?\s*\]"
)
# A piece that sticks to its neighbour with no space: CJK, or punctuation.
_CLOSED_UP = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{P}]")


def decoded_token_list(match: regex.Match[str]) -> str:
    """The text the list's pieces make: ``▁``/``Ġ`` start a word, ``##`` continues one;
    with no markers, pieces are words set apart by a space except next to CJK or
    punctuation."""
    pieces = quoted_values(match.group(0))
    if any(p.startswith(("▁", "Ġ")) for p in pieces) and not any(
        p.startswith("##") for p in pieces
    ):
        return "".join(p.replace("▁", " ").replace("Ġ", " ") for p in pieces)
    text = ""
    for piece in pieces:
        if piece.startswith("##"):
            text += piece[2:]
        elif text and not _CLOSED_UP.match(piece) and not _CLOSED_UP.match(text[-1]):
            text += " " + piece
        else:
            text += piece
    return text
