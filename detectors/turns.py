"""Identifiers split across the turns of a chat.

A user who types ``my phone is 138``, then ``2645``, then ``1937`` in three messages (with
the assistant's ``go on`` in between) never writes a whole number in any one field, so a
scan of each field alone finds nothing.  :func:`turn_windows` joins the turns of each role,
in order, at their boundaries: the last :data:`EDGE` characters of one turn, the whole of
the short turns after it and the first :data:`EDGE` characters of the next long one, with
a space in between (so split-digit normalisation joins the pieces).  The scanner runs the
pattern recognizers on each window and keeps only the findings that cross a boundary
(the others are found in their own field anyway), reported in the field where they start.

:func:`reply_windows` reads a short turn with the end of the turn of the other role before
it when that turn asks for an identifier (``What is the traveller's passport number?`` /
``A48812365``): the reply's own findings are kept, with the question as their context.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

# Characters of a long turn kept on each side of a boundary.
EDGE = 64
# At most this many turns of one role are read (a long conversation is not rescanned
# whole; the pieces of one identifier sit in consecutive turns).
MAX_TURNS = 256


@dataclass(frozen=True)
class Piece:
    """A slice of one turn inside a window: field path, offset in the field, text."""

    path: str
    offset: int
    text: str


# Joins two pieces when the first cannot end inside an identifier (its last character is
# no digit, Latin letter, digit word or separator): whitespace to the context rules, so a
# label in one turn still announces the value typed in the next (``my wechat`` / ``jia88``),
# but marked, so that a negative word ending a turn (``幫我查訂單`` / ``0981.602 .473``)
# does not silence it (see ``CountryPatternRecognizer._apply_context``).
TURN_BREAK = "\x1e"
_CONTINUES = frozenset("-_./+(（#＃〇零一幺二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖")


# Joins two pieces with nothing (a zero-width space, which normalisation removes) where
# the identifier visibly continues: a separator or an ellipsis at the boundary (``S.`` /
# ``25.21.633.D``, ``0981.602`` / ``.473``, ``9123…`` / ``…4567``) or undotted digits on both sides (``62918190887617`` / ``86735``).
GLUE = "\u200b"
_SEPARATORS = frozenset("-_./…⋯")


# Marks normalisation removes (emoji presentation selectors, the keycap mark, zero-width
# characters): a turn ending ``8\ufe0f\u20e3`` (keycap 8) ends with the digit 8.
_INVISIBLE = "\ufe0e\ufe0f\u20e3\u200b\u200c\u200d\u2060\ufeff\u00ad"


# A piece that ends / starts with short digit groups split by spaces (``... 9137 4764``).
_GROUPED_END = re.compile(r"(?<![0-9])[0-9]{1,6} [0-9]{1,6}\s*$")
_GROUPED_START = re.compile(r"\s*[0-9]{1,6} [0-9]{1,6}(?![0-9])")


def _joiner(before: str, after: str = "") -> str:
    before = before.rstrip(_INVISIBLE)
    last = unicodedata.normalize("NFKC", before.rstrip()[-1:])
    first = unicodedata.normalize("NFKC", after.lstrip()[:1])
    if before[-1:] in _SEPARATORS or after[:1] in _SEPARATORS or after[:1] in "(（":
        return GLUE
    if last.isdigit() and first.isdigit() and "." not in before + after:
        # (not between dotted numbers: ``3.11`` / ``2.7.18`` are two versions, not an IP)
        if _GROUPED_END.search(before) or _GROUPED_START.match(after):
            # A number typed in groups goes on in groups (``6232 9137 4764`` / ``4685
            # 971``): a space, as between its own groups; glued, the two edge groups
            # would make one long group that joins with nothing.
            return " "
        return GLUE  # the pieces' own spaces, if any, stay
    if not last or (last.isascii() and last.isalnum()) or last in _CONTINUES or not first:
        return " "
    return TURN_BREAK


@dataclass(frozen=True)
class Window:
    """Pieces of consecutive same-role turns joined by single spaces (or a
    :data:`TURN_BREAK` after a piece no identifier can continue from); a reply window
    (:func:`reply_windows`) always joins its two pieces with a :data:`TURN_BREAK`."""

    pieces: tuple[Piece, ...]
    reply: bool = False

    @property
    def text(self) -> str:
        if self.reply:
            return TURN_BREAK.join(p.text for p in self.pieces)
        out = [self.pieces[0].text] if self.pieces else []
        for piece in self.pieces[1:]:
            out += [_joiner(out[-1], piece.text), piece.text]
        return "".join(out)

    def locate(self, start: int, end: int) -> tuple[str, int, int] | None:
        """``(path, start, end)`` in the field where ``[start, end)`` starts, clipped to
        that field's piece, or None when the span lies inside a single piece."""
        pos = 0
        for piece in self.pieces:
            piece_end = pos + len(piece.text)
            if start < piece_end + 1:  # the joining space belongs to the piece before it
                if end <= piece_end:
                    return None
                s = min(max(start, pos) - pos, max(len(piece.text) - 1, 0))
                return piece.path, piece.offset + s, piece.offset + len(piece.text)
            pos = piece_end + 1
        return None

    def locate_reply(self, start: int, end: int) -> tuple[str, int, int] | None:
        """``(path, start, end)`` in the reply's field of a span that lies inside the reply
        (the last piece), or None."""
        last = self.pieces[-1]
        base = len(self.text) - len(last.text)
        if start < base:
            return None
        return last.path, last.offset + start - base, last.offset + end - base


# Chat shapes of common fine-tuning datasets besides the configured messages field: OpenAI
# ``messages`` (role/content), ShareGPT ``conversations`` (from/value) and a few others.
CHAT_FIELDS = ("messages", "conversations", "conversation", "dialog", "dialogue", "turns", "chat")
_ROLE_KEYS = ("role", "from", "speaker", "author", "sender")
_CONTENT_KEYS = ("content", "value", "text", "message", "utterance")


def _chat_messages(
    record: dict[str, Any], messages_field: str
) -> Iterator[tuple[str, str, list[tuple[str, str]]]]:
    """``(field, role, [(path, content), ...])`` of each message of a chat record's chat
    fields (the messages field first, then :data:`CHAT_FIELDS`), in order."""
    fields = (messages_field, *(f for f in CHAT_FIELDS if f != messages_field))
    for field in fields:
        messages = record.get(field)
        if not isinstance(messages, list):
            continue
        for index, message in enumerate(messages):
            if not isinstance(message, dict):
                continue
            key = next((k for k in _CONTENT_KEYS if k in message), None)
            if key is None:
                continue
            role = next((message[k] for k in _ROLE_KEYS if isinstance(message.get(k), str)), "")
            yield field, role, _parts(f"{field}[{index}].{key}", message[key])


def chat_turns(record: dict[str, Any], messages_field: str) -> dict[str, list[tuple[str, str]]]:
    """``{role: [(path, content), ...]}`` of a chat record's turns, in order: the messages
    field's, and those of the other usual chat fields (:data:`CHAT_FIELDS`) keyed
    ``field/role``."""
    out: dict[str, list[tuple[str, str]]] = {}
    for field, role, parts in _chat_messages(record, messages_field):
        turns = out.setdefault(role if field == messages_field else f"{field}/{role}", [])
        for path, content in parts:
            if content.strip() and len(turns) < MAX_TURNS:
                turns.append((path, content))
    return out


# A turn that asks for (or speaks of) an identifier: its end is context for a short reply
# of the other role (``What is the traveller's passport number?`` / ``A48812365``).
# The longest reply read with the question: a few lines, as a list of travellers' names and
# passport numbers answering "names as in passport, please" is.
MAX_REPLY = 4 * EDGE
_ASKS_FOR_IDENTIFIER = re.compile(
    r"(?i:passport|nric|\bfin\b|mykad|\bic\b|identity|\bid\b|account|card|phone|mobile|"
    r"number|contact|e-?mail|address|plate|licen[cs]e|pasport|nombor|alamat|akaun|kad|emel)|"
    r"护照|護照|身份证|身分證|身份證|证件|證件|号码|號碼|电话|電話|手机|手機|账号|帳號|账户|帳戶|"
    r"卡号|卡號|邮箱|郵箱|地址|车牌|車牌"
)


# A reply can hold an identifier the question announces only with digits in it (the
# context-required patterns are numbers and ids); others get no window.
_DIGIT = re.compile(r"[0-9０-９〇零一二三四五六七八九]")
_MIN_REPLY_DIGITS = 5


def reply_windows(record: dict[str, Any], messages_field: str) -> list[Window]:
    """A window for each short turn (at most :data:`MAX_REPLY` characters, with at least
    :data:`_MIN_REPLY_DIGITS` digits) that answers a turn of another role asking for an
    identifier: that turn's last :data:`EDGE` characters, a :data:`TURN_BREAK`, and the
    reply (whose own findings the scanner keeps)."""
    windows: list[Window] = []
    seen = 0
    previous: tuple[str, str, str, str] | None = None  # (field, role, path, content)
    for field, role, parts in _chat_messages(record, messages_field):
        for path, content in parts:
            if not content.strip() or seen >= MAX_TURNS:
                continue
            seen += 1
            if (
                previous is not None
                and previous[0] == field
                and previous[1] != role
                and len(content) <= MAX_REPLY
                and len(_DIGIT.findall(content)) >= _MIN_REPLY_DIGITS
            ):
                offset = max(0, len(previous[3]) - EDGE)
                tail = previous[3][offset:]
                if _ASKS_FOR_IDENTIFIER.search(tail):
                    ask = Piece(previous[2], offset, tail)
                    windows.append(Window((ask, Piece(path, 0, content)), reply=True))
            previous = (field, role, path, content)
    return windows


def _parts(path: str, content: Any) -> list[tuple[str, str]]:
    """The text pieces of one message's content: the string itself, or each text part of
    the content-part form (``[{"type": "text", "text": ...}]``), with their field paths."""
    if isinstance(content, str):
        return [(path, content)]
    if not isinstance(content, list):
        return []
    out = []
    for j, part in enumerate(content):
        if isinstance(part, str):
            out.append((f"{path}[{j}]", part))
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            out.append((f"{path}[{j}].text", part["text"]))
    return out


def turn_windows(turns: Sequence[tuple[str, str]]) -> list[Window]:
    """Windows over the boundaries between consecutive turns (of one role)."""
    windows: list[Window] = []
    current: list[Piece] = []
    for path, text in turns:
        if not current:
            offset = max(0, len(text) - EDGE)
            current = [Piece(path, offset, text[offset:])]
            continue
        if len(text) <= 2 * EDGE:
            current.append(Piece(path, 0, text))
            continue
        current.append(Piece(path, 0, text[:EDGE]))
        windows.append(Window(tuple(current)))
        offset = len(text) - EDGE
        current = [Piece(path, offset, text[offset:])]
    if len(current) >= 2:
        windows.append(Window(tuple(current)))
    return windows
