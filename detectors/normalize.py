"""Undo the spellings people use to hide identifiers, keeping a map back to the original.

``normalize(text)`` returns a :class:`Normalized` text in which

* compatibility forms are folded (NFKC: full-width ``１３８`` -> ``138``, ``＠`` -> ``@``);
* zero-width characters and soft hyphens are gone;
* digits of other systems (Arabic-Indic, Devanagari, ...) are ASCII digits;
* Chinese numerals inside digit-like runs are digits (``幺三八...`` -> ``138...``);
* Cyrillic/Greek look-alikes are Latin letters, and ``O``/``l``/``I``/``|`` inside digit
  runs are digits (``S``/``Z``/``B`` too when digits sit on both sides: ``91S3``), as is a
  bracketed check character after digits (``A123456(O)``);
* a regional country code written without its ``+`` before a national number of that
  country's shape gets it back (``60 12-338 4719`` -> ``+60 12-338 4719``);
* digits split by spaces, dots, dashes (any Unicode dash, or ``、``; not a list of
  years), underscores or slashes are joined in any grouping
  (``138 1234 5678``, ``9123.45.67``), unless the run is a real date, IP address or short
  decimal or a version number after a software word (``Chrome 138.0.7204.158``); groups
  longer than six digits join only into one identifier's length (``A1-2-3456789``) or
  into a whole mainland resident id whose check digit holds (``44010619880523 4173``); a
  bracketed country or area code is closed up (``(+8 6)`` -> ``(+86)``), and a Taiwan id's
  letter split off its digits is closed up (``A_123456789``, ``A 1 2345 6789``);
* digits spelled as English or Malay words are digits when they spell seven or more
  (``nine four two one, five five zero eight``, ``kosong satu dua ...``);
* a word joining the pieces of a number after a phone or id word is a space
  (``my mobile is 9216 then 5673``, ``013 lepas tu 253 lepas tu 7486``, ``然后``), unless
  a piece is a whole number already, both are years or a price comes before;
* ``[at]``, ``(at)``, `` at `` (also between dashes: `` - at - ``), ``%40``, ``艾特`` and
  ``[dot]``, ``(dot)``, `` dot ``, ``点`` e-mail spellings are ``@``/``.``.

Every character of the normalised text knows the span of original characters it came
from, so a value found only after normalisation is reported at its original offsets
(:meth:`Normalized.original_span`).
"""

from __future__ import annotations

import contextlib
import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from residency.detectors.braille import (
    BRAILLE_CELL_RUN,
    BRF_RUN,
    decoded_ascii_braille,
    decoded_braille_cells,
)
from residency.detectors.checksums import iso7064_mod11_2, tw_id_valid
from residency.detectors.code_literals import (
    CHAR_CODE_LIST,
    ESCAPE_RUN,
    FSTRING_PIECES,
    JOINED_LITERALS,
    decoded_char_codes,
    decoded_escapes,
    fstring_pieces,
    joined_literals,
)
from residency.detectors.encoded import (
    AAMVA_PAYLOAD,
    BASE64_BLOB,
    BASIC_AUTH_CREDENTIALS,
    BINARY_BYTES,
    CHAR_REFERENCE_RUN,
    DNS_BASE32_LABEL,
    EMV_QR_PAYLOAD,
    ENCODED_WORD_RUN,
    HEALTH_NAME_FIELD,
    HEX_BLOB,
    HEX_BYTES_SPACED,
    HEX_DIGIT_RUN,
    HEXDUMP_ROWS,
    KEYED_BASE64_VALUE,
    KEYED_PARTS,
    LDIF_BASE64_VALUE,
    MIME_BASE64_BODY,
    MORSE_RUN,
    PERCENT_RUN,
    QUERY_PLUS,
    QUOTED_PRINTABLE_RUN,
    QUOTED_PRINTABLE_WORDS,
    REGISTRY_HEX,
    REVERSED_RUN,
    TBCD_VALUE,
    TCPDUMP_ROWS,
    decoded_base64,
    decoded_basic_auth,
    decoded_binary,
    decoded_char_references,
    decoded_dns_base32,
    decoded_encoded_words,
    decoded_hex,
    decoded_hex_bytes,
    decoded_hex_digits,
    decoded_hexdump,
    decoded_keyed_base64,
    decoded_ldif_value,
    decoded_mime_body,
    decoded_morse,
    decoded_percent,
    decoded_quoted_printable,
    decoded_quoted_printable_words,
    decoded_registry_hex,
    decoded_reversed,
    decoded_tbcd,
    decoded_tcpdump,
    joined_parts,
    labelled_aamva_fields,
    labelled_emv_payee,
    labelled_health_name,
)
from residency.detectors.token_lists import TOKEN_LIST, decoded_token_list

if TYPE_CHECKING:
    from residency.detectors.prefilter import NeedsMasks, PatternNeeds

# One unit of normalised text: (character, original start, original end).
_Unit = tuple[str, int, int]

_REMOVED = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"
    # Emoji presentation selectors and the keycap mark: ``1️⃣3️⃣9️⃣`` reads as ``139``.
    "\ufe0e\ufe0f\u20e3"
)

# Cyrillic and Greek letters that look like Latin ones.
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
        "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
        "ԛ": "q", "ԝ": "w", "ӏ": "l",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i",
        "κ": "k", "ν": "v", "ρ": "p", "υ": "u", "χ": "x", "α": "a",
    }
)  # fmt: skip

_CHINESE_DIGITS = {
    "〇": "0", "零": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
    "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "兩": "2",
    # Financial (banker's) numerals, as on cheques: 壹贰叁 ..., Traditional 貳參陸.
    "壹": "1", "贰": "2", "貳": "2", "叁": "3", "參": "3", "肆": "4", "伍": "5", "陆": "6",
    "陸": "6", "柒": "7", "捌": "8", "玖": "9",
}  # fmt: skip
# The same as a translation table, for reading numbers written out (``零二幺 六二三八``).
HAN_DIGITS = str.maketrans(_CHINESE_DIGITS)
# Characters that sound like a digit (Cantonese 狗 gau2 for 九, 發 for 八, 衫 for 三,
# 碌 for 六, 唔 for 五, 死 for 四, 衣 for 一), typed for the digit to dodge a filter.  Read
# as the numeral only in a run of :data:`_MIN_HOMOPHONE_RUN` digits or more with at least
# :data:`_MIN_HOMOPHONES` of them: ordinary text has no such run.
_HOMOPHONE_NUMERALS = {
    "衣": "一", "醫": "一", "医": "一", "依": "一", "易": "二", "兒": "二", "儿": "二",
    "衫": "三", "山": "三", "死": "四", "唔": "五", "碌": "六", "綠": "六", "绿": "六",
    "漆": "七", "發": "八", "发": "八", "狗": "九", "久": "九",
}  # fmt: skip
_MIN_HOMOPHONE_RUN = 8
_MIN_HOMOPHONES = 3
_LETTER_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}
# Look-alikes that are also common identifier letters (``S1234567D``, ``B`` check letters):
# digits only *between* digits.
_INNER_DIGITS = {"S": "5", "Z": "2", "B": "8", "З": "3", "з": "3"}  # Cyrillic Ze looks like 3
# A look-alike check character in brackets right after digits: ``A123456(O)``, ``(l)``.
_BRACKETED_CHECK = regex.compile(r"(?<=[0-9][\s\-_.]?)([(（]\s?)([OolI|ZSB])(\s?[)）])")
# A bracketed country or area code split to dodge filters: ``(+8 6)``, ``(024.)``.
_COUNTRY_CODE = regex.compile(
    r"(?<=[(（])[\s\-_.]?\+?\s?[0-9OolI|](?:[\s\-_.]?[0-9OolI|]){0,3}[\s\-_.]?(?=[)）])"
)
# An area or mobile prefix in brackets after a country code: ``+60 (12) 338 4719``,
# ``+44 (0) 20 ...``: the brackets go (and a lone trunk ``0``).
_CODE_THEN_BRACKETED_AREA = regex.compile(
    r"(?<![0-9])(\+[0-9]{1,3})[\s\-.]?[(（]\s?(0|[0-9]{1,4})\s?[)）][\s\-.]?(?=[0-9])"
)
# Separators between a bracketed area code and the number: ``(0898).2232...``.
_AFTER_AREA_CODE = regex.compile(r"(?<=[(（]\+?[0-9]{1,4}[)）])[\s\-_.]+(?=[0-9])")
_BRACKET_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "Z": "2", "S": "5", "B": "8"}

# Digits spelled as English or Malay words (``nine four two one, five five zero eight``,
# ``kosong satu dua tiga ...``), maybe mixed with digit groups and ``double``/``triple``:
# a run of at least three elements, rewritten to digits when it spells at least
# _MIN_CHINESE_DIGIT_RUN digits with at least two words (a count such as ``one or two``
# is too short; plain digit groups are the split-digit step's).
_NUMBER_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "kosong": "0", "sifar": "0",
    "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6",
    "tujuh": "7", "lapan": "8", "sembilan": "9",
    # Two digits said as one number (a MyKad's state code: ``..., fourteen, ...``;
    # ``empat belas`` is four and "-teen", see _number_words).
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
    "sepuluh": "10", "sebelas": "11", "belas": "",
    # Hanyu Pinyin (``yao wu ling qi ...``): only in a run of seven digits or more.
    "ling": "0", "yao": "1", "yi": "1", "er": "2", "liang": "2", "san": "3", "si": "4",
    "wu": "5", "liu": "6", "qi": "7", "ba": "8", "jiu": "9",
    # Hokkien, as Singaporeans and Malaysians type it (``peh chit chit lak, kau it sa ji``):
    # "it" and "go" are English words too, so a run with them needs _HOKKIEN_MARKS.
    "khong": "0", "it": "1", "ji": "2", "sa": "3", "go": "5", "goh": "5", "lak": "6",
    "chit": "7", "chhit": "7", "peh": "8", "pat": "8", "kau": "9",
    # Tamil (``பூஜ்ஜியம் ஒன்று ஆறு ...``), as Malaysian and Singaporean Tamils write digits.
    "பூஜ்ஜியம்": "0", "பூஜ்யம்": "0", "சுழியம்": "0", "ஒன்று": "1", "இரண்டு": "2",
    "மூன்று": "3", "நான்கு": "4", "ஐந்து": "5", "ஆறு": "6", "ஏழு": "7", "எட்டு": "8",
    "ஒன்பது": "9",
    # Misspelt to dodge a filter (``nine-seven-tree-fyve, sicks-sicks-too-oh``), and words
    # that sound like a digit (``ate``, ``for``, ``too``, ``won``): those are English words
    # too, so a run with them needs _MIN_REAL_NUMBER_WORDS real ones.
    "wun": "1", "tu": "2", "tree": "3", "fyve": "5", "fiv": "5", "sicks": "6", "siks": "6",
    "sevin": "7", "sevun": "7", "ait": "8", "nyne": "9", "nein": "9", "zeero": "0",
    "won": "1", "too": "2", "for": "4", "fore": "4", "ate": "8",
}  # fmt: skip
_SOUNDS_LIKE_ONLY = frozenset({"won", "too", "for", "fore", "ate", "tree"})
# ... and "for" between two real number words, said more than once, joins them (``two for
# one, three for five``); once, it may be a digit (``too oh for nine``).
_CONNECTIVES = frozenset({"for", "fore"})
_MIN_REAL_NUMBER_WORDS = 3
_HOKKIEN_ONLY = frozenset({"it", "go"})
_HOKKIEN_MARKS = frozenset({"khong", "ji", "goh", "lak", "chit", "chhit", "peh", "kau"})
# A digit group may be as long as a MyKad's birth date (``550216 zero one, one seven six
# two``: the digits typed, the rest said), and Chinese numerals not glued to a following
# word are digits too (``nine six three four, six seven 六 四``).
_ZH_DIGIT_CHARS = "〇零一幺二两兩三四五六七八九"
_NUMBER_WORD = (
    r"(?:(?:double|triple)\s+)?(?:"
    + "|".join(_NUMBER_WORDS)
    + r")|[0-9]{1,6}|["
    + _ZH_DIGIT_CHARS
    + r"]{1,4}(?![\p{Han}])"
)
# An identifier read out on the phone (``k zero four seven one eight two nine c``, ``s k q
# four one eight two t``, ``eight eight zero seven one two dash one four dash ...``, ``plus
# four nine one seven ...``): up to three letters spelled before the digits, one after,
# ``plus`` first and ``dash`` between groups; the letters count towards the run's length.
_SPELLED_LETTER = r"(?<![A-Za-z'’])[A-Za-z](?![A-Za-z'’])"
_SPOKEN_SEPARATORS = frozenset({"dash", "hyphen", "sengkang"})
_SPOKEN_DASH = r"\s{1,2}(?:" + "|".join(sorted(_SPOKEN_SEPARATORS)) + r")\s{1,2}"
_NUMBER_WORD_RUN = regex.compile(
    r"(?<![A-Za-z0-9\p{Tamil}])(?:(?:plus|"
    + _SPELLED_LETTER
    + r")\s{1,2}){0,3}(?:"
    + _NUMBER_WORD
    + r")(?:(?:[\s,\-./]{1,3}|"
    + _SPOKEN_DASH
    + r")(?:"
    + _NUMBER_WORD
    + r")){2,}"
    r"(?:\s{1,2}" + _SPELLED_LETTER + r")?"
    r"(?![A-Za-z0-9\p{Tamil}])",
    regex.I,
)
_NUMBER_WORD_ELEMENT = regex.compile(
    r"(?:(double|triple)\s+)?([A-Za-z]+|\p{Tamil}+|[0-9]+|[" + _ZH_DIGIT_CHARS + r"]+)", regex.I
)
# Letters said alone that are words too: an article or "I" before or after a number.
_LETTER_WORDS = frozenset({"a", "i"})
# An id's label right before a number read out: its lone letters are the id's.
_ID_LABEL_BEFORE = regex.compile(
    r"(?i:(?<![A-Za-z])(?:passport|pasport|nric|ic|mykad|fin|plate|plat|kad pengenalan|id)"
    r"(?:\s+(?:no\.?|number|nombor|num))?(?:\s+(?:saya|dia|is|ialah|adalah))?[\s:：]*)$"
    r"|(?:护照|護照|身份证|身份證|车牌|車牌|证件|證件)(?:号码|號碼|号|號)?\s*(?:是|係|:|：)?\s*$"
)
# A run of Chinese numerals (possibly mixed with digits) this long is a digit string,
# not a count ("三个人") or an idiom ("一五一十").
_MIN_CHINESE_DIGIT_RUN = 7
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MIN_DIGITS_TO_JOIN = 7
_MAX_DIGITS_TO_JOIN = 24

# Separators may include the brackets of a check digit (``Q九五三四两三(三)``) and commas
# (``幺三八，二六四五，一九三七``: the commas become spaces, for the split-digit step).
_CHINESE_NUMERAL = "[0-9" + "".join(_CHINESE_DIGITS) + "]"
_HOMOPHONE_OR_NUMERAL = "[" + "".join(_CHINESE_DIGITS) + "".join(_HOMOPHONE_NUMERALS) + "]"
_HOMOPHONE_RUN = regex.compile(
    _HOMOPHONE_OR_NUMERAL
    + r"(?:[\s,，]{0,2}"
    + _HOMOPHONE_OR_NUMERAL
    + rf"){{{_MIN_HOMOPHONE_RUN - 1},}}"
)
_CHINESE_RUN = regex.compile(
    # (an ellipsis, folded to dots, may join two turns' pieces: ``九一二三…`` / ``…四五六七``)
    # (and a tilde, full-width ～ folded: ``一八八～〇二一六～七七三五``)
    _CHINESE_NUMERAL + r"(?:(?:[\s\-_.,(（)）~]{0,3}|\.{3,6})" + _CHINESE_NUMERAL + ")+"
)
# A run of digits and look-alike letters may follow the one or two letters that start an
# identifier (``M65O3238K``, ``FO9O7l8(5)``) and be followed by its check letter.  A ``|``
# is a digit only right between two digits or look-alikes (``138|234``); at a run's edge
# or beside a space it separates fields (``電話 6460.200.5｜狀態``, ``12 | 34``), and so it
# does beside nine digits or more, a whole value (``310104198611053022|13916628407``).
_LETTER_RUN = regex.compile(
    r"(?:(?<![A-Za-z])|(?<=(?<![A-Za-z])[A-Z]{1,2}))"
    r"[0-9OolI](?:[\s\-_./]?[0-9OolISZBЗз]|(?<=[0-9OolI])(?<![0-9]{9})\|(?=[0-9OolI])(?![0-9]{9}))*"
    r"[\s\-_./]?[0-9OolI]"
    r"(?![A-Za-z]{2})(?![a-z])"
)
_PAGES_BEFORE = regex.compile(r"(?i:(?<![A-Za-z])(?:pp?\.|pages?|pgs?\.?)\s?)$")
_SPLIT_DIGITS = regex.compile(
    r"(?<![0-9])(?:\+[ \-_.]+)?[0-9]{1,10}"
    r"(?:(?: ?[\-_.·/]{1,2} ?| {1,2}|\*\*|\.{3,6})[0-9]{1,10})+(?![0-9])"
)
# A label that announces the rest of a number typed in pieces (``139 9084，后四位 7654``,
# ``0912 345，後3碼 678``, ``尾号 5678``) between two digit groups: a space, for the
# split-digit step.  (\x1e is the mark between two chat turns, :data:`.turns.TURN_BREAK`.)
_CONTINUATION_LABEL = regex.compile(
    r"(?<=[0-9〇零一幺二两兩三四五六七八九])[\s,，、;；。\x1e]*"
    r"(?:(?:然后|然後|再)?(?:后面|後面|最后|最後|后|後|末|剩下|接着|接著)(?:的)?"
    r"(?:[0-9一二三四五六七八九两兩几幾]\s?(?:位|码|碼|个|個)(?:数字|數字)?)?"
    r"|尾[号號数數码碼])"
    r"[\s:：是为為]*(?=[0-9〇零一幺二两兩三四五六七八九])"
)
# A word that carries a number on to its next group (``9216 then 5673``, ``013 lepas tu
# 253 lepas tu 7486``, ``一三八然后二六四五``, ``nine two then one six ...``) is a space, for
# the split-digit step, when a number or contact word comes shortly before
# (:func:`_connective`).
_NUMERAL = "[0-9" + "".join(_CHINESE_DIGITS) + "]"
_NUMBER_WORD_AT = r"(?:" + "|".join(_NUMBER_WORDS) + r")(?![A-Za-z])"
_CONNECTIVE = regex.compile(
    # (the connective's start first: the look-behind is tried only where one can be)
    r"(?=[\s,，、]*(?:(?i:then|and|dan|lepas|pastu|kemudian|selepas|followed|after|next)"
    r"|然|再|跟|之))"
    r"(?<=" + _NUMERAL + r"|(?i:(?<![A-Za-z])(?:" + "|".join(_NUMBER_WORDS) + r")))"
    r"[\s,，、]*"
    r"(?:(?i:(?<![A-Za-z])(?:(?:and\s+|dan\s+)?(?:then|lepas\s+(?:tu|itu)|lepastu|pastu|"
    r"kemudian|selepas\s+itu)|followed\s+by|after\s+that|next)(?![A-Za-z]))"
    r"|然后|然後|再来|再來|跟住|之后|之後)"
    r"[\s,，、:：]*(?=" + _NUMERAL + r"|(?i:(?:double\s+|triple\s+)?" + _NUMBER_WORD_AT + "))"
)
# Words before a number typed in pieces: a phone, contact or id word.
_PIECES_LABEL_BEFORE = regex.compile(
    r"(?i:(?<![A-Za-z])(?:call|phone|mobile|cell|handphone|hp|tel|telefon|fon|whatsapp|sms|"
    r"text|ring|contact|reach|hubungi|number|nombor|no|num|ic|nric|fin|mykad|passport|"
    r"pasport|account|akaun|card|kad|wechat|line|telegram|qq)(?![A-Za-z]))"
    r"|电话|電話|手机|手機|联系|聯繫|聯絡|联络|号码|號碼|身份证|身份證|身分證|卡号|卡號|微信|扣扣"
)
_PIECES_LABEL_WINDOW = 48
# The group of digits, numerals or digit words right before / after a connective.
_PIECE_BEFORE = regex.compile(
    r"(?:(?:"
    + _NUMERAL
    + r"|(?i:(?<![A-Za-z])(?:double|triple|"
    + "|".join(_NUMBER_WORDS)
    + r")(?![A-Za-z])))[\s\-.,]*)+$"
)
_PIECE_AFTER = regex.compile(
    r"(?:(?:"
    + _NUMERAL
    + r"|(?i:(?<![A-Za-z])(?:double|triple|"
    + "|".join(_NUMBER_WORDS)
    + r")(?![A-Za-z])))[\s\-.,]*)+"
)
_PIECE_SYMBOL = regex.compile(
    _NUMERAL + r"|(?i:(?<![A-Za-z])(?:" + "|".join(_NUMBER_WORDS) + r")(?![A-Za-z]))"
)


def _connective(match: regex.Match[str]) -> str:
    """A space for a connective between two pieces of one number, or the text as it was:
    a number or contact word must come shortly before, neither piece may be a whole number
    (``call 9123 4567 then 8765 4321`` is two) and the two may not be years (``2019 then
    2021``)."""
    text, start, end = match.string, match.start(), match.end()
    if not _PIECES_LABEL_BEFORE.search(text, max(0, start - _PIECES_LABEL_WINDOW), start):
        return match.group(0)
    before = _PIECE_BEFORE.search(text, max(0, start - 40), start)
    after = _PIECE_AFTER.match(text, end)
    if before is None or after is None:
        return match.group(0)
    pieces = [p.group(0).strip(" ,-.") for p in (before, after)]
    if any(len(_PIECE_SYMBOL.findall(p)) >= _MIN_DIGITS_TO_JOIN for p in pieces):
        return match.group(0)
    if all(_YEAR.fullmatch(p) for p in pieces):
        return match.group(0)
    if _MONEY_BEFORE.search(text, max(0, before.start() - 5), before.start()):
        return match.group(0)  # prices: ``RM 899 then 799``
    return " "


_MONEY_BEFORE = regex.compile(r"(?i:[$¥€£]|(?<![A-Za-z])(?:rm|sgd|usd|hkd|myr|rmb|ntd)\s?)$")


# Dashes other than ``-`` (hyphen, en/em dash, minus, small forms) or the Chinese
# enumeration comma ``、`` between digit groups long enough to join: group separators
# like ``-`` (``138—1234—5678``, ``0912、345、678``), for the split-digit step;
# ``第1、2、3条`` and ``12–15`` stay as they are.
_OTHER_DASHES = "\u2010-\u2015\u2212\ufe58\ufe63\u3001"
_DIGIT_DASH_RUN = regex.compile(rf"[0-9]+(?: ?[{_OTHER_DASHES}] ?[0-9]+)+")
_OTHER_DASH = regex.compile(rf"[{_OTHER_DASHES}]")
_YEAR = regex.compile(r"1[0-9]{3}|20[0-9]{2}")


# A country code of the region written without its ``+`` before a national number of
# that country's shape: ``60 12-338 4719``, ``886 912 345 678``, ``65 9173 2864`` (the
# ``+`` is put back, so the phone recognizers see an international number).
_NATIONAL_SHAPES = {
    "60": regex.compile(r"1[0-9]{8,9}|[3-9][0-9]{7,8}"),
    "65": regex.compile(r"[3689][0-9]{7}"),
    "852": regex.compile(r"[2-9][0-9]{7}"),
    "853": regex.compile(r"[268][0-9]{7}"),
    "886": regex.compile(r"9[0-9]{8}|[2-8][0-9]{7,8}"),
    "86": regex.compile(r"1[3-9][0-9]{9}"),
}
# Not after a digit group and a separator: ``9 60 6 0 1078 693`` is one split number.
_BARE_COUNTRY_CODE = regex.compile(
    r"(?<![0-9A-Za-z+])(?<![0-9][ \-._]{1,2})("
    + "|".join(sorted(_NATIONAL_SHAPES, key=len, reverse=True))
    + r")[ \-.]{1,2}((?:[0-9][ \-.]?){6,10}[0-9])(?![0-9])"
)


def _plus_country_code(match: regex.Match[str]) -> str:
    national = "".join(c for c in match.group(2) if c.isdigit())
    if _NATIONAL_SHAPES[match.group(1)].fullmatch(national):
        return "+" + match.group(0)
    return match.group(0)


def _plain_dashes(match: regex.Match[str]) -> str:
    run = match.group(0)
    if sum(c.isdigit() for c in run) < _MIN_DIGITS_TO_JOIN:
        return run
    if all(_YEAR.fullmatch(g.strip()) for g in _OTHER_DASH.split(run)):
        return run  # a list or span of years: ``1405、1407、1409、1413``
    return _OTHER_DASH.sub("-", run)


# Digit groups (any of them long) that may be one resident id typed in pieces.
_RESIDENT_ID_PIECES = regex.compile(
    r"(?<![0-9])[0-9]{1,17}(?:(?: ?[\-_.·/]{1,2} ?| {1,2})[0-9]{1,17}){1,5}[Xx]?(?![0-9A-Za-z])"
)
# Groups longer than six digits are joined only into one identifier's length
# (``A1-2-3456789``, ``+852 5-1234567``), never two whole numbers into one.
_LONE_PREFIX_BEFORE = regex.compile(r"(?:^|[^A-Za-z])[A-Z][\-_.]$")
_LONG_GROUP = 6
_MAX_DIGITS_WITH_LONG_GROUP = 12
_GROUP = regex.compile(r"[0-9]+")
# (with a CIDR prefix length, ``192.168.10.0/24``, a network rather than a split number)
_DOTTED_QUAD = regex.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?:/[0-9]{1,2})?")
_DATE = regex.compile(
    r"(?P<y>[0-9]{4})(?P<s>[\-./])(?P<a>[0-9]{1,2})(?P=s)(?P<b>[0-9]{1,2})"
    r"|(?P<a>[0-9]{1,2})(?P<t>[\-./])(?P<b>[0-9]{1,2})(?P=t)(?P<y>[0-9]{4})"
)
# A phone word shortly before a dotted quad makes it a phone number split in four
# (``WhatsApp 91.23.45.67``), not an IP address.  English words are bounded by non-letters,
# not ``\b``: Chinese characters and ``_`` are word characters (``HP是99.51.55.67``).
_PHONE_BEFORE = regex.compile(
    r"(?i:(?<![A-Za-z])(?:call|phone|mobile|tel|whatsapp|sms|text|ring|contact|hp|hubungi|"
    r"telefon)(?![A-Za-z]))"
    r"|电话|電話|手机|手機|联系|聯絡|联络|座机|座機",
)
_DECIMAL = regex.compile(r"[0-9]+\.[0-9]+")
_NOT_DOT = regex.compile(r"[^0-9.]")
# Words before a version or build number (a phone word before it wins: ``call 138.1234.5678``).
_VERSION_BEFORE = regex.compile(
    r"(?i:(?<![A-Za-z])(?:v|ver|version|versions|build|builds|release[sd]?|rel|update[sd]?|upgrade[sd]?|"
    r"patch(?:ed|es)?|hotfix|firmware|driver|kernel|sdk|api|runtime|chrome|chromium|firefox|"
    r"edge|safari|opera|windows|macos|ios|ipados|android|linux|ubuntu|node|python|java|jdk|"
    r"changelog)(?![A-Za-z]))"
    r"|版本|升级|升級|更新|固件|驱动|驅動|内核|核心版|补丁|補丁",
)
# Contact words that make a dotted run a phone number even after a software word.
_CONTACT_BEFORE = regex.compile(
    r"(?i:(?<![A-Za-z])(?:number|no\.?|wechat|weixin|line|telegram|signal|reach|me|my)(?![A-Za-z]))"
    r"|微信|号码|號碼|联系|聯繫|聯絡|打给|打給|找我",
)
# A lottery draw's numbers (``双色球第 2024135 期开奖号码：03 08 15 22 27 31``, ``六合彩攪珠
# 結果：03、11、19``, ``TOTO draw: 04 12 19 ...``): two-digit balls, not one number split up
# -- unless an identity-card word is near (``IC 90 03 07 14 56 78``).
_DRAW_BEFORE = regex.compile(
    r"(?i:(?<![A-Za-z])(?:toto|4d|lotto|lottery|draw|draws|drawn|jackpot|keputusan|cabutan|"
    r"magnum|sports ?toto|damacai|da ma cai|powerball|mark six)(?![A-Za-z]))"
    r"|开奖|開獎|摇奖|搖獎|攪珠|搅珠|六合彩|双色球|雙色球|大乐透|大樂透|七乐彩|七樂彩|福彩|"
    r"体彩|體彩|彩票|中奖号码|中獎號碼|头奖|頭獎|一等奖|一等獎|特别号码|特別號碼|威力彩|"
    r"今彩|樂透|乐透"
)
_ID_WORD_NEAR = regex.compile(
    r"(?i:(?<![A-Za-z])(?:ic|nric|mykad|kp|k/p|kad pengenalan|identity|id|passport)(?![A-Za-z]))"
    r"|身份证|身份證|证件|證件|护照|護照|我的|本人"
)
_BALL_GROUP = regex.compile(r"[0-9]{1,2}")
_MIN_BALLS = 5


def _lottery_draw(run: str, text: str, start: int, end: int) -> bool:
    """Whether the digit run is the balls of a lottery draw: five or more groups of one or
    two digits, a draw word in the text before it, and no identity-card word near it."""
    groups = _GROUP.findall(run)
    if len(groups) < _MIN_BALLS or not all(_BALL_GROUP.fullmatch(g) for g in groups):
        return False
    if not _DRAW_BEFORE.search(text[max(0, start - 60) : start]):
        return False
    return not _ID_WORD_NEAR.search(text[max(0, start - 40) : end + 20])


_VERSION_SUFFIX = regex.compile(r"-(?:[A-Za-z]|rc|beta|alpha)")
_LATIN = regex.compile(r"[A-Za-z]")
_CHECK_X = regex.compile(r"[\s\-_.][Xx](?![A-Za-z0-9])")

_TLD = (
    r"(?:com|net|org|edu|gov|mil|int|info|biz|io|co|me|cn|hk|mo|tw|sg|my|uk|de|fr|jp|kr|au|us|ca)"
)
# The spaces around a spelled ``at`` or ``dot``, maybe with dashes or underscores between
# them and the word (``sarah.lim - at - yahoo.com``, ``ali _at_ gmail``); dashes with no
# space at all (``stay-at-home.com``) are a name's own.
_SPELLED_DASH = r"[\-_~\u2010-\u2015]+"
_BEFORE_WORD = r"(?:\s+(?:" + _SPELLED_DASH + r"\s*)?|" + _SPELLED_DASH + r"\s+)"
_AFTER_WORD = r"(?:(?:\s*" + _SPELLED_DASH + r")?\s+|\s+" + _SPELLED_DASH + r")"
# (``点``/``點``, Chinese and Cantonese for the dot, too: ``chan at gmail 點 com``)
_DOT_WORD = (
    r"(?:\s*[\[\(\{<]\s*dot\s*[\]\)\}>]\s*|"
    + _BEFORE_WORD
    + "dot"
    + _AFTER_WORD
    + r"|\s*[点點]\s*|\.)"
)
_EMAIL_LOCAL_END = r"(?<=[A-Za-z0-9._%+\-])"
_NOT_A_MAILBOX_BEFORE = (
    r"(?<!(?i:\b(?:portal|site|website|page|app|available|found|hosted|online|us|them|visit|"
    r"apply|register|details|information|info|more|licen[cs]e|code|repo|docs|here|live|now|"
    r"form|forms|link|service|services|platform|dashboard|"
    # (a step done on a site: ``book an appointment at onemotoring.lta.gov.sg``)
    r"appointments?|bookings?|tickets?|arrival|departure|renewal|payments?|registration|"
    r"submission|applications?|declaration|check-in|verify|login|log in|sign in|"
    # (``on the app or at www.ha.org.hk``, ``you subscribed at lumina.com.sg``)
    r"or|and|also|subscribed|signed up|shop|shopping|buy|order|"
    # (``check your report for free at eccris.bnm.gov.my``, ``report it at ...``)
    r"free|report|reports|check|checked|download|downloaded|listed|published|posted|"
    # (``Track at sf-express.com``, ``watch it at ...``, ``donate at ...``)
    r"track|tracking|trace|follow|watch|stream|streaming|listen|view|browse|donate|donations|"
    r"subscribe|enrol|enroll|read|renew|pay|book|reserve|update|claim|vote|"
    # (``Book your check-up at bookings.brightbaydental.sg``)
    r"check-up|checkup|up|consultation|slot|session|visit|"
    # (a register looked up online: ``on the Financial Institutions Directory at mas.gov.sg``)
    r"directory|directories|registry|database|lookup|search|records|"
    # (a site kept open: ``The online viewing room stays open at viewingroom.lotusartspace.sg``)
    r"open|opens|opened|room|rooms)))"
)
_AT_BRACKETED = regex.compile(
    _EMAIL_LOCAL_END + r"\s*[\[\(\{<]\s*(?:at|@)\s*[\]\)\}>]\s*(?=[A-Za-z0-9])", regex.I
)
# ... and Malay ``(di)`` for "at" before a domain, ``(titik)`` for "dot" (``hafizah (titik)
# razak (di) yahoo (titik) com``; not ``kedai (di) Jalan Ampang``).
_AT_BRACKETED_MS = regex.compile(
    _EMAIL_LOCAL_END
    + r"\s*[\[\(]\s*di\s*[\]\)]\s*(?=[A-Za-z0-9\-]+\s*(?:\.|[\[\(]\s*(?:titik|dot)\s*[\]\)]))",
    regex.I,
)
_AT_PERCENT = regex.compile(_EMAIL_LOCAL_END + r"%40(?=[A-Za-z0-9])", regex.I)
_AT_WORD = regex.compile(
    _EMAIL_LOCAL_END
    # (not a site named after an ordinary word: ``the e-filing portal at mytax.hasil.gov.my``,
    # ``available at``, ``the licence at github.com``)
    + _NOT_A_MAILBOX_BEFORE
    + _BEFORE_WORD
    + "at"
    + _AFTER_WORD
    # (a web address is a site's, no mailbox's domain: ``at www.ha.org.hk``)
    + r"(?!www\d?\.|bookings?\.|book\.|shop\.|app\.)"
    + r"(?=[A-Za-z0-9\-]+(?:"
    + _DOT_WORD
    + r"[A-Za-z0-9\-]+)*"
    + _DOT_WORD
    + _TLD
    + r"\b)",
    regex.I,
)
_DOT_BRACKETED = regex.compile(r"\s*[\[\(\{<]\s*(?:dot|\.|titik)\s*[\]\)\}>]\s*", regex.I)
# A handle said in words: ``at-sign shaz underscore bakes underscore jb`` (@shaz_bakes_jb),
# or in a transcript ``at kelvinsoh underscore sg``.
_SPOKEN_HANDLE = regex.compile(
    r"(?i:\bat[- ]?sign|\bat[- ]symbol|\bat(?=\s+[a-z0-9]+\s+underscore\b))"
    r"\s+[a-z0-9]+(?:\s+(?:underscore|dot|dash)\s+[a-z0-9]+)+\b"
)
_SPOKEN_HANDLE_PARTS = {"underscore": "_", "dot": ".", "dash": "-"}


def _spoken_handle(match: regex.Match[str]) -> str:
    words = match.group(0).split()
    # (``at sign`` is two words; a transcript's plain ``at`` before ``x underscore y`` one)
    start = 2 if words[0].lower() == "at" and words[1].lower() in ("sign", "symbol") else 1
    return "@" + "".join(_SPOKEN_HANDLE_PARTS.get(w.lower(), w) for w in words[start:])


# An e-mail address whose parts are typed a character at a time, once its ``@`` and dots
# are back (``h a f i z a h.r a z a k@yahoo.com``).
_LETTER_SPACED_PARTS = regex.compile(
    r"(?<![A-Za-z0-9._%+\-])(?:[A-Za-z0-9](?: [A-Za-z0-9])+|[A-Za-z0-9_%+\-]+)"
    r"(?:[.@](?:[A-Za-z0-9](?: [A-Za-z0-9])+|[A-Za-z0-9_%+\-]+))+(?![A-Za-z0-9])"
)
# HTML character references for ``@`` and ``.`` (``name&#64;yahoo.com.tw``).
_AT_ENTITY = regex.compile(
    _EMAIL_LOCAL_END + r"(?:&#0*64;|&#x0*40;|&commat;)(?=[A-Za-z0-9])", regex.I
)
_DOT_ENTITY = regex.compile(
    r"(?<=[A-Za-z0-9])(?:&#0*46;|&#x0*2e;|&period;)(?=[A-Za-z0-9])", regex.I
)
# Emoji or other symbols between single digits (``9🔥1🔥3🔥2``): separators, like spaces.
_SYMBOLS_BETWEEN_DIGITS = regex.compile(r"(?<=[0-9])(?:\p{So}[\uFE0F\u200D]?){1,3}(?=[0-9])")
# An e-mail address typed with spaces around its ``@`` and dots: ``john . doe @ gmail . com``.
# (not a word for whose accounts a domain serves: ``log masuk akaun @moe-dl.edu.my``)
_SPACED_EMAIL = regex.compile(
    r"(?<![A-Za-z0-9._%+\-])"
    r"(?!(?i:akaun|account|accounts|domain|emel|email|e-mail|users?|staff|students?|pelajar|"
    r"murid|guru)\s+@)"
    r"[A-Za-z0-9_%+\-]+(?:\s*\.\s*[A-Za-z0-9_%+\-]+)*"
    r"(?:\s+@\s*|\s*@\s+)[A-Za-z0-9\-]+(?:\s*\.\s*[A-Za-z0-9\-]+)*\s*\.\s*"
    + _TLD
    + r"(?![A-Za-z0-9])"
)
_SPACES = regex.compile(r"\s+")
# ... or one character at a time: ``j o h n t a n 8 8 @ g m a i l . c o m``.
_LETTER_SPACED = regex.compile(
    r"(?<![^\s:：,，(（\[])(?:[A-Za-z0-9._%+\-@] ){6,}[A-Za-z0-9](?=$|[\s.,;!?)）\]])"
)
# A WeChat/LINE/Telegram id (a letter first, 6-20 characters), after its app's name.
_HANDLE_SHAPE = regex.compile(r"[A-Za-z][A-Za-z0-9_.\-]{4,18}[A-Za-z0-9_]")
_HANDLE_WORD_BEFORE = regex.compile(
    r"(?i:微信|wechat|weixin|\bwx|\bvx|v信|line id|telegram|\btg\b|instagram|\big\b)|\bLINE\b"
)
_EMAIL_SHAPE = regex.compile(
    r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\." + _TLD, regex.I
)
# Mail providers whose names people type without the ``.com`` (an alternation).
MAIL_PROVIDERS = (
    "gmail|googlemail|hotmail|yahoo|outlook|icloud|live|qq|163|126|sina|foxmail|ymail|protonmail"
)
# A mail provider without its ``.com`` (``johntan88 at gmail``, ``siti_92@hotmail``).
_PROVIDER_WITHOUT_TLD = regex.compile(
    r"(?<![A-Za-z0-9._%+\-])([A-Za-z0-9._%+\-]{3,64})(\s*@\s*|"
    + _BEFORE_WORD
    + "at"
    + _AFTER_WORD
    + r"|\s*[\[(]at[\])]\s*)"
    rf"({MAIL_PROVIDERS})(?![A-Za-z0-9.\-@])(?!\s*(?:\.|[\[(]?\s*dot\b|点|點)|"
    + _BEFORE_WORD
    + r"dot\b)",
    regex.I,
)
_MAIL_WORD_BEFORE = regex.compile(r"(?i:e-?mail|emel|mail|邮箱|郵箱|电邮|電郵|信箱)")
# Chinese spellings of ``@`` and ``.`` in an e-mail address: ``li.na艾特163点com``.
_AT_ZH = regex.compile(
    _EMAIL_LOCAL_END
    # (the dots maybe spelled in English: ``ong.beng.huat 艾特 gmail dot com``)
    + r"\s*(?:艾特|爱特|愛特|at符号|at符號|喺)\s*(?=[A-Za-z0-9\-]+"
    + r"(?:(?:\s*(?:点|點|\.)\s*|\s+(?i:dot)\s+)[A-Za-z0-9\-]+)*"
    + r"(?:\s*(?:点|點|\.)\s*|\s+(?i:dot)\s+)"
    + _TLD
    + r"(?![A-Za-z0-9]))"
)
_DOT_ZH_IN_DOMAIN = regex.compile(
    r"(?<=@[A-Za-z0-9.\-点點]*[A-Za-z0-9])\s*(?:点|點)\s*(?=[A-Za-z0-9])"
)
# A dot spelled in a mailbox's name before its ``@`` (``siu.ming 點 chan@gmail.com``,
# ``siu dot ming@gmail.com``).
_SPELLED_DOT = r"(?:\s*[点點]\s*|" + _BEFORE_WORD + "dot" + _AFTER_WORD + ")"
_DOT_SPELLED_IN_LOCAL = regex.compile(
    r"(?<=[A-Za-z0-9])(?i:"
    + _SPELLED_DOT
    + r")(?=[A-Za-z0-9_%+\-]+(?:(?:\.|(?i:"
    + _SPELLED_DOT
    + r"))[A-Za-z0-9_%+\-]+)*@[A-Za-z0-9\-]+\.)"
)
_DOT_WORD_IN_DOMAIN = regex.compile(
    r"(?<=@[A-Za-z0-9.\-]*[A-Za-z0-9])" + _BEFORE_WORD + "dot" + _AFTER_WORD + "(?=[A-Za-z0-9])",
    regex.I,
)


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, per character, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised span ``[start, end)``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    done = _steps_unchanged(text)
    if done is None:
        return _identity(text)
    units = _fold_characters(text)
    # Each step takes the units and their text, and returns both (the same objects when
    # it changed nothing): the text is joined again only after a change.  The first
    # ``done`` steps are known to leave this text as it is.
    folded = _joined(units)
    units, folded = _substitute(units, _BEFORE_JOINING, folded, done)
    units, folded = _join_split_digits(units, folded)
    units, folded = _substitute(units, _AFTER_JOINING, folded)
    units, folded = _reshape_mykad(units, folded)
    units, folded = _substitute(units, _AFTER_MYKAD, folded)
    return Normalized(
        original=text,
        text=folded,
        starts=tuple(u[1] for u in units),
        ends=tuple(u[2] for u in units),
    )


def holds_encoded_text(text: str) -> bool:
    """Whether some segment of ``text`` is text written in code or an encoding (escapes,
    percent-encoding, HTML references, quoted-printable, base64, hex, binary, Morse)."""
    return any(
        repl(match) != match.group(0)
        for pattern, repl in _DECODING
        for match in pattern.finditer(text)
    )


def _unchanged(text: str) -> bool:
    """True when :func:`normalize` would return ``text`` as it is (checked cheaply)."""
    return _steps_unchanged(text) is None


def _steps_unchanged(text: str) -> int | None:
    """None when :func:`normalize` would return ``text`` as it is (checked cheaply), else
    how many of the first :data:`_BEFORE_JOINING` steps leave it as it is.

    The same steps as ``normalize`` without building the per-character map: every
    character folds to itself and no substitution step changes anything; since an
    unchanged step leaves the text for the next step as it was, checking each step on
    the original text is exact.  For the same reason, when the characters fold to
    themselves, the steps before the first one that changes the text change nothing in
    ``normalize`` either.
    """
    from residency.detectors.prefilter import peek_facts

    facts = peek_facts(text)
    if not text.isascii() and any(_fold_char(ch) != ch for ch in facts.chars):
        return 0
    first = len(_BEFORE_JOINING)
    masks, flat = _flat_needs(_SUBSTITUTIONS)
    met = masks.met(facts)
    for k, (mask, (pattern, repl), guard) in enumerate(flat):
        if met & mask != mask or (guard is not None and guard.search(text) is None):
            continue
        for match in pattern.finditer(text, None, None, False, False):
            if repl(match) != match.group(0):
                return min(k, first)
    if not _split_digits_needs().possible(facts):
        return None
    if any(
        (m := _without_count(match)) is not None and _joins(m)
        for match in _SPLIT_DIGITS.finditer(text, None, None, False, False)
    ):
        return first
    return None


def _substitution_needs(
    steps: tuple[_Substitution, ...] | None = None,
) -> tuple[PatternNeeds, ...]:
    """What a text needs for each pattern of ``steps`` (default: all) to match."""
    return _steps_needs(_SUBSTITUTIONS if steps is None else steps)


@functools.cache
def _steps_needs(steps: tuple[_Substitution, ...]) -> tuple[PatternNeeds, ...]:
    return tuple(_needs(pattern) for pattern, _ in steps)


@functools.cache
def _split_digits_needs() -> PatternNeeds:
    return _needs(_SPLIT_DIGITS)


def _needs(pattern: regex.Pattern[str]) -> PatternNeeds:
    from residency.detectors.prefilter import pattern_needs

    return pattern_needs(pattern.pattern, pattern.flags & ~regex.V0)


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """What :func:`_fold_characters` makes of one character."""
    if ch in _REMOVED:
        return ""
    if ch.isascii():
        return ch
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c.isdigit() and not c.isascii():
            with contextlib.suppress(ValueError):
                c = str(unicodedata.digit(c))
        c = c.translate(_HOMOGLYPHS)
        if c not in _REMOVED:
            out.append(c)
    return "".join(out)


def _identity(text: str) -> Normalized:
    n = len(text)
    return Normalized(original=text, text=text, starts=tuple(range(n)), ends=tuple(range(1, n + 1)))


def canonical_value(value: str) -> str:
    """The form of an identifier used for subject hashes: one value, one spelling.

    Digits of any system, separators and letter case do not matter; e-mail addresses
    compare case-insensitively.
    """
    text = normalize(value).text
    if "@" in text:
        return text.strip().lower()
    return "".join(ch for ch in text if ch.isalnum()).upper()


def _fold_characters(text: str) -> list[_Unit]:
    """One unit per character each character folds to (:func:`_fold_char`, remembered
    per character: every character it makes is a single one)."""
    fold = _fold_char
    return [(c, i, i + 1) for i, ch in enumerate(text) for c in fold(ch)]


def _joined(units: list[_Unit]) -> str:
    return "".join([u[0] for u in units])


def _sub(
    units: list[_Unit],
    pattern: regex.Pattern[str],
    repl: Callable[[regex.Match[str]], str],
    text: str | None = None,
) -> list[_Unit]:
    """Replace every match of ``pattern``; the new characters map to the match's span.

    ``text`` is the units' text if known; ``units`` itself is returned when nothing changed.
    """
    if text is None:
        text = "".join(u[0] for u in units)
    out: list[_Unit] = []
    changed = False
    last = 0
    for match in pattern.finditer(text, None, None, False, False):
        start, end = match.span()
        new = repl(match)
        if new == match.group(0):
            continue
        changed = True
        out.extend(units[last:start])
        if len(new) == end - start:  # same length: keep each character's own origin
            out.extend((c, units[start + k][1], units[start + k][2]) for k, c in enumerate(new))
        else:
            o_start = units[start][1] if start < end else units[start - 1][2]
            o_end = units[end - 1][2] if start < end else o_start
            out.extend((c, o_start, o_end) for c in new)
        last = end
    if not changed:
        return units
    out.extend(units[last:])
    return out


# A numeral and a classifier right after a number (``0957 763 949，四位``, ``…，两个人``),
# a numeral after a comma and before another word (``…，兩大一小``) and an ordinal before
# it (``第一，0912…``) count people or things; they are not the number's last/first group.
_CLASSIFIERS = frozenset(
    "位个個人次天年月日号號点點时時分秒元块塊蚊角张張条條件本份岁歲楼樓层層间間台臺部辆輛"
    "家所名只隻双雙对對箱包瓶杯碗盒套把些下起周週种種样樣遍趟倍成折度米斤粒"
)
_COUNTED_TAIL = regex.compile(r"[\s\-_.,(（)）]{1,3}" + _CHINESE_NUMERAL + r"{1,2}$")
_ORDINAL_HEAD = regex.compile(r"^[" + "".join(_CHINESE_DIGITS) + r"]{1,2}[\s\-_.,(（)）]{1,3}")
# A numeral glued to the word after a number starts that word (``0912345678一直沒接``,
# ``…一下``, ``…两个人``), and one glued to the word before it ends that word (``星期一
# 0912…``, ``第一0912…``): neither is the number's last or first digit.
_GLUED_TAIL = regex.compile(r"[一两兩二三四五六七八九]$")
_WORDS_AFTER_ONE = frozenset("直下起定样樣点點些般切共旦向边邊早整律并併周週同致")
_GLUED_HEAD = regex.compile(r"^[一二两兩三四五六七八九](?=" + _CHINESE_NUMERAL + ")")
_WORDS_BEFORE_NUMERAL = frozenset("第其期周週拜唯统統之万萬")
_MIN_DIGITS_LEFT = 7


def _chinese_digits(match: regex.Match[str]) -> str:
    run, text = match.group(0), match.string
    glued = _glued_word_edge(match)
    if glued is not None:
        return glued
    tail = _COUNTED_TAIL.search(run)
    after = text[match.end() : match.end() + 1]
    counted = after and (
        after in _CLASSIFIERS
        or (tail and "," in tail.group(0) and _is_word(after))
        or _COUNT_WORD.match(text, match.end())
    )
    if tail and counted:
        return _chinese_digit_run(run[: tail.start()], match.start(), text) + run[tail.start() :]
    head = _ORDINAL_HEAD.match(run)
    if head and match.start() > 0 and text[match.start() - 1] in "第其":
        rest = _chinese_digit_run(run[head.end() :], match.start() + head.end(), text)
        return run[: head.end()] + rest
    return _chinese_digit_run(run, match.start(), text)


def _homophone_numerals(match: regex.Match[str]) -> str:
    """A run of digits typed as homophones (``狗發衫碌 唔死衣零``) in Chinese numerals, for
    the Chinese-numeral step; any other run as it is."""
    run = match.group(0)
    if sum(c in _HOMOPHONE_NUMERALS for c in run) < _MIN_HOMOPHONES:
        return run
    return "".join(_HOMOPHONE_NUMERALS.get(c, c) for c in run)


def _glued_word_edge(match: regex.Match[str]) -> str | None:
    """The run with a numeral that belongs to the word glued to it left as it is, or ``None``."""
    run, text = match.group(0), match.string
    after = text[match.end() : match.end() + 1]
    tail = _GLUED_TAIL.search(run)
    if (
        tail
        and after
        and (after in _CLASSIFIERS or (tail.group(0) == "一" and after in _WORDS_AFTER_ONE))
    ):
        rest = run[: tail.start()]
        if _digit_count(rest) >= _MIN_DIGITS_LEFT:
            return _chinese_digit_run(rest, match.start(), text) + run[tail.start() :]
    before = text[match.start() - 1] if match.start() else ""
    head = _GLUED_HEAD.match(run)
    if head and before in _WORDS_BEFORE_NUMERAL:
        rest = run[head.end() :]
        if _digit_count(rest) >= _MIN_DIGITS_LEFT:
            return run[: head.end()] + _chinese_digit_run(rest, match.start() + head.end(), text)
    return None


def _digit_count(run: str) -> int:
    return sum(1 for c in run if c in _CHINESE_DIGITS or c.isdigit())


def _is_word(ch: str) -> bool:
    """A Chinese character that is not a numeral."""
    return "\u3400" <= ch <= "\u9fff" and ch not in _CHINESE_DIGITS


_PREFIX_LETTERS_BEFORE = regex.compile(r"(?:[A-Z]|(?<![A-Za-z])[A-Z]{1,2} )$")


def _chinese_digit_run(run: str, start: int, text: str) -> str:
    n = _digit_count(run)
    # Six numerals right after an identifier's prefix letter or two (``XA一九四二三五(A)``),
    # or after it and one space (``T 三五一四六八``, ``XA 八九一六一四``: typed in two goes).
    after_letter = _PREFIX_LETTERS_BEFORE.search(text, max(0, start - 4), start) is not None
    if n < _MIN_CHINESE_DIGIT_RUN and not (after_letter and n == 6):
        return run
    if not any(c in _CHINESE_DIGITS for c in run):
        return run
    return "".join(_CHINESE_DIGITS.get(c, c) for c in run).replace(",", " ").replace("~", " ")


# A bracket said in words, and the one digit said after it.
_BRACKET_SAID = r"\s*(?:括[號号]|(?i:bracket))\s*"
_DIGIT_SAID = r"(?:[〇零一二三四五六七八九]|(?i:zero|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z]))"


def _said_digit(word: str) -> str:
    """The digit a Chinese numeral or an English number word (or a digit) stands for."""
    return _CHINESE_DIGITS.get(word) or _NUMBER_WORDS.get(word.lower()) or word


# An HKID's check digit said as a word after its bracket said in words (``T351468 括號九``,
# ``T351468 bracket nine``, digits maybe spaced: ``G 1 0 7 6 3 4 括號 四``): a digit, for
# the recognizer's bracket-in-words pattern.
_BRACKET_WORD_CHECK = regex.compile(
    r"(?<=(?<![A-Za-z])[A-Z]{1,2}\s?[0-9](?:[\s\-_.]?[0-9]){5}" + _BRACKET_SAID + ")" + _DIGIT_SAID
)


def _bracket_word_check(match: regex.Match[str]) -> str:
    return _said_digit(match.group(0))


# A Macau resident's card read out, its check digit after the bracket said in words
# (``5215834 括號 六``, ``1234567 bracket six``): the card as it is printed, ``5215834(6)``.
_MACAU_BRACKET_WORD = regex.compile(
    r"(?<=(?<![0-9])[157][0-9]{6})" + _BRACKET_SAID + r"(" + _DIGIT_SAID + r"|[0-9](?![0-9]))"
)


def _macau_bracket_word(match: regex.Match[str]) -> str:
    return f"({_said_digit(match.group(1))})"


def _unbracket_area(match: regex.Match[str]) -> str:
    code, area = match.group(1), match.group(2)
    return f"{code} " if area == "0" else f"{code} {area}"


def _number_words(match: regex.Match[str]) -> str:
    run = match.group(0)
    elements = list(_NUMBER_WORD_ELEMENT.finditer(run))
    # Spelled letters and ``plus`` around the number (see _NUMBER_WORD_RUN); a lone "a" or
    # "I" is the word, kept as it is before the number's rewriting.
    head = 0
    while head < len(elements) and _is_spelled(elements[head].group(2), elements[head].group(1)):
        head += 1
    tail = len(elements)
    if tail - 1 > head and _is_spelled(elements[-1].group(2), elements[-1].group(1)):
        tail -= 1
    letters_before = [m.group(2) for m in elements[:head]]
    letters_after = [m.group(2) for m in elements[tail:]]
    kept = ""
    # (after an id's label, a lone "a" is the id's letter: ``nombor pasport saya a tiga dua
    # ...``, ``passport number k one ... a``)
    labelled = bool(
        _ID_LABEL_BEFORE.search(match.string, max(0, match.start() - 32), match.start())
    )
    if len(letters_before) == 1 and letters_before[0] in _LETTER_WORDS and not labelled:
        kept, letters_before = run[: elements[1].start()], []
    elif letters_before and letters_before[0].lower() == "plus":
        if len(letters_before) > 1:
            return run
        letters_before = ["+"]
    if any(w.lower() == "plus" for w in letters_before[1:] + letters_after):
        return run
    if letters_after and letters_after[0] in _LETTER_WORDS and not labelled:
        letters_after = []
    value = _spoken_digits(elements[head:tail])
    if value is None:
        return run
    digits = sum(c.isdigit() for c in value)
    letters = [w for w in letters_before + letters_after if w != "+"]
    if letters and (digits < 4 or digits + len(letters) < _MIN_CHINESE_DIGIT_RUN):
        return run
    if not letters and digits < _MIN_CHINESE_DIGIT_RUN:
        return run
    if tail < len(elements) and not letters_after:
        # (the letters said before the number stay: ``k one ... seven a`` is K1234567 a)
        return kept + "".join(letters_before).upper() + value + run[elements[tail - 1].end() :]
    return kept + "".join(letters_before).upper() + value + "".join(letters_after).upper()


# A block's or a flat's number said in words (``block four three two``, ``hash twelve dash
# two one seven``, ``unit zero six dash three three``): too short for a number-word run,
# but a block, a ``#`` or a unit makes it an address's (``block 432``, ``#12-217``).
_FLAT_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)"
)
_FLAT_WORDS = rf"{_FLAT_WORD}(?:\s{{1,2}}{_FLAT_WORD}){{0,3}}"
_SPOKEN_FLAT_NUMBER = regex.compile(
    rf"(?i)(?<![A-Za-z])(block|blk|blok|hash|unit)\s{{1,2}}({_FLAT_WORDS})"
    rf"(?:\s{{1,2}}(?:dash|hyphen)\s{{1,2}}({_FLAT_WORDS}))?(?![A-Za-z])"
)
_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
         "eighty": 8, "ninety": 9}  # fmt: skip


def _flat_digits(words: str) -> str:
    out: list[str] = []
    tens: int | None = None
    for w in words.lower().split():
        if w in _TENS:
            if tens is not None:
                out.append(f"{tens}0")
            tens = _TENS[w]
            continue
        digit = _NUMBER_WORDS[w]
        if tens is not None and len(digit) == 1 and digit != "0":
            out.append(f"{tens}{digit}")
        else:
            if tens is not None:
                out.append(f"{tens}0")
            out.append(digit)
        tens = None
    if tens is not None:
        out.append(f"{tens}0")
    return "".join(out)


# A plate said after its word, as speech is transcribed: lower-case letters and Chinese
# numerals (``车牌粤b七k五二九`` is 粤B7K529, ``plate number 我说是 jqp 四四一八`` JQP 4418).
_PLATE_NUMERALS = "〇零一二三四五六七八九"
_SPOKEN_PLATE = regex.compile(
    r"(?:车牌|車牌|(?i:plate(?: number| no\.?)?|plat))[^\n0-9A-Za-z]{0,8}?"
    r"(?P<plate>[\p{Han}]?[A-Za-z]{1,3}[\s·-]?[0-9A-Za-z" + _PLATE_NUMERALS + r"]{1,5}"
    r"(?:\s?[A-Za-z])?)(?![0-9A-Za-z" + _PLATE_NUMERALS + r"])"
)


def _spoken_plate(match: regex.Match[str]) -> str:
    start, end = match.span("plate")
    plate = match.group("plate")
    if not any(c in _PLATE_NUMERALS for c in plate) or not any(
        c.isdigit() or c in _PLATE_NUMERALS for c in plate[1:]
    ):
        return match.group(0)
    fixed = "".join(_CHINESE_DIGITS.get(c, c) if c in _PLATE_NUMERALS else c.upper() for c in plate)
    whole = match.group(0)
    offset = match.start()
    return whole[: start - offset] + fixed + whole[end - offset :]


def _spoken_flat_number(match: regex.Match[str]) -> str:
    label = match.group(1)
    first = _flat_digits(match.group(2))
    rest = f"-{_flat_digits(match.group(3))}" if match.group(3) else ""
    if label.lower() == "hash":
        return f"#{first}{rest}"
    return f"{label} {first}{rest}"


def _is_spelled(element: str, repeat: str | None) -> bool:
    """A letter said alone or ``plus`` (not a number word such as "o")."""
    return not repeat and (
        (len(element) == 1 and element.isascii() and element.isalpha()) or element.lower() == "plus"
    )


def _spoken_digits(elements: list[regex.Match[str]]) -> str | None:
    """The digits a run of number words spells, or None when it is no number said."""
    digits: list[str] = []
    words = 0
    # A digit said again at once in another language (``one 一 satu, two 二 dua``): a
    # word list for learners, not a number.
    said_again = 0
    previous = ""
    spelled: list[str] = []
    for m in elements:
        repeat, element = m.group(1), m.group(2)
        spelled_anew = element.lower() != previous
        previous = element.lower()
        if element.lower() in _SPOKEN_SEPARATORS:
            if not digits or digits[-1] == "-":
                return None
            digits.append("-")
            continue
        digit = _NUMBER_WORDS.get(element.lower())
        if digit is None:
            if element[0] in _CHINESE_DIGITS:
                value = "".join(_CHINESE_DIGITS[c] for c in element)
                said_again += (
                    len(element) == 1 and spelled_anew and bool(digits) and digits[-1] == value
                )
                digits.append(value)
                continue
            if not element.isdigit():
                return None
            digits.append(element)
            continue
        words += 1
        spelled.append(element.lower())
        if element.lower() == "belas":  # (Malay "-teen" after a digit: empat belas = 14)
            if not digits or len(digits[-1]) != 1:
                return None
            digits[-1] = "1" + digits[-1]
            continue
        times = {"double": 2, "triple": 3}.get((repeat or "").lower(), 1)
        said_again += spelled_anew and bool(digits) and digits[-1] == digit and not repeat
        digits.append(digit * times)
    if digits and digits[-1] == "-":
        return None
    if words < 2 or said_again >= 2:
        return None
    if _HOKKIEN_ONLY.intersection(spelled) and len(_HOKKIEN_MARKS.intersection(spelled)) < 2:
        return None  # ``let it go, one, two, three ...``: English words, not Hokkien digits
    if _SOUNDS_LIKE_ONLY.intersection(spelled) and (
        sum(w not in _SOUNDS_LIKE_ONLY for w in spelled) < _MIN_REAL_NUMBER_WORDS
    ):
        return None  # ``one for all, two to go``: English words, not digits
    joining = sum(
        w in _CONNECTIVES
        and 0 < i < len(spelled) - 1
        and spelled[i - 1] not in _SOUNDS_LIKE_ONLY
        and spelled[i + 1] not in _SOUNDS_LIKE_ONLY
        for i, w in enumerate(spelled)
    )
    if joining >= 2:
        return None  # ``two for one, three for five, six for nine``: deals, not a number
    teens = sum(len(_NUMBER_WORDS.get(w, "")) == 2 or w == "belas" for w in spelled)
    if teens and words - teens < 3:
        return None  # ``ten, eleven, twelve, thirteen``: counting, not a number said
    return "".join(digits)


# A group of upper-case ``O``, ``l`` and ``|`` only is digits (``Olll``); ``lol`` is a word.
_LOOKALIKE_GROUP = regex.compile(r"[Ol|]{2,4}")
_BRACKET_AHEAD = regex.compile(r"[\s\-_.]{0,2}[(（]")
_GROUP_SEPARATORS = regex.compile(r"[\s\-_./]")
# An identifier's prefix letter right before a run, maybe with one separator (``T-50...``).
_PREFIX_BEFORE = regex.compile(r"[A-Z][\s\-_.]?$")


def _letter_digits(match: regex.Match[str]) -> str:
    run = match.group(0)
    digits = sum(c.isdigit() for c in run)
    letters = sum(c in _LETTER_DIGITS for c in run)
    # At least three real digits, six characters, and no more look-alikes than digits:
    # ``0l7O3O5O96`` is a phone number, ``lol``, ``2001 I`` and ``IIO`` are not.  Long
    # runs (eight characters or more) and runs right after an identifier's prefix letter
    # (``Ml48lO7OJ``) may hold up to twice as many look-alikes as digits.
    inner = sum(c in _INNER_DIGITS for c in run)
    letters += inner
    if letters and digits and _hkid_digits(match):
        # ``M6lll5O(O)``: prefix letter, six digits and a bracketed check -- the shape of a
        # Hong Kong identity card however few real digits are left.
        return _to_digits(run)
    if digits < 3 or digits + letters < 6 or letters == 0:
        return run
    before = match.string[max(0, match.start() - 2) : match.start()]
    after_prefix = bool(_PREFIX_BEFORE.search(before))
    limit = 2 * digits if (digits + letters >= 8 or after_prefix) else digits
    # A country code's ``+`` before the run, or ten characters and more: a number hidden
    # under many look-alikes (``+6O ll-lll7 3OOl``, ``7OlOOl-O2-lOO5``).
    plus_before = match.string[max(0, match.start() - 2) : match.start()].strip().endswith("+")
    if plus_before or digits + letters >= 10:
        limit = 3 * digits
    if letters > limit:
        return run
    groups = _GROUP_SEPARATORS.split(run)
    if not any(c.isdigit() for c in groups[0]) and not (len(groups[0]) == 1 and groups[0] in "lO|"):
        return run  # "lol 100": a word before a number (a lone ``l`` or ``O`` is a digit)
    # Words of a letter and a number after a letter-numbered word (G-code's ``M300 S440
    # P200``): each letter opens a word of its own.
    if (
        match.start() > 0
        and match.string[match.start() - 1] in _UPPER
        and any(g[:1] in _INNER_DIGITS for g in groups[1:])
    ):
        return run
    # "100 lol": a word after it (but ``6227-Olll`` is all digits).
    last_is_word = len(groups[-1]) > 1 and not any(c.isdigit() for c in groups[-1])
    if last_is_word and (digits + letters < 8 or not _LOOKALIKE_GROUP.fullmatch(groups[-1])):
        return run
    end = match.end()
    followed_by_letter = end < len(match.string) and match.string[end].isalpha()
    bracket_follows = bool(_BRACKET_AHEAD.match(match.string, end))
    compact = len(_GROUP_SEPARATORS.sub("", run))
    check_a = match.string[end : end + 1] == "A" and not _LATIN.match(
        match.string[end + 1 : end + 2]
    )
    hkid_shape = compact == 8 or (compact == 7 and (bracket_follows or check_a))
    glued = match.start() > 0 and match.string[match.start() - 1] in _UPPER
    if run[0] in "OI" and not glued and _tw_id_shape(run):
        # ``O226815428``, ``I17.39.9828.9``: Taiwan ids of Hsinchu City and Chiayi City start
        # with the letter ``O`` or ``I``; kept when the id's check digit holds that way.
        return run[0] + _to_digits(run[1:])
    if run[0] in "OI" and hkid_shape and not glued:
        # ``O125563(1)``, ``I8442252``: a Hong Kong identity card's prefix letter ``O`` or
        # ``I`` stays a letter (no phone number of the region is eight digits from 0 or 1);
        # right after a letter (``SO9656l8I``) the ``O`` is a digit of an NRIC.
        return run[0] + _to_digits(run[1:])
    # ``S1284387I``: prefix letter, seven digits, check letter -- the last letter stays.
    # (``IC 0OO6l7-ll-O47O`` is a word before a twelve-digit number, not a prefix.)
    nric_tail = len(_GROUP_SEPARATORS.sub("", run)) == 8
    if after_prefix and nric_tail and run[-1] in "IO" and not followed_by_letter:
        return _to_digits(run[:-1]) + run[-1]
    return _to_digits(run)


def _tw_id_shape(run: str) -> bool:
    """Whether ``run`` is a Taiwan id with its prefix letter: a letter, nine digits or
    look-alikes (the first 1, 2, 8 or 9) and a check digit that holds."""
    compact = _GROUP_SEPARATORS.sub("", run)
    body = _to_digits(compact[1:])  # look-alikes after the letter: ``Il4O479662``
    return (
        len(compact) == 10
        and body.isdigit()
        and body[0] in "1289"
        and tw_id_valid(compact[0] + body)
    )


def _hkid_digits(match: regex.Match[str]) -> bool:
    """Whether the run is the six digits of an HKID: glued to its prefix letter(s), bracket
    after (``M6lll5O(O)``)."""
    text, start = match.string, match.start()
    glued = start > 0 and text[start - 1] in _UPPER and (start < 2 or not text[start - 2].islower())
    compact = _GROUP_SEPARATORS.sub("", match.group(0))
    return glued and len(compact) == 6 and bool(_BRACKET_AHEAD.match(text, match.end()))


def _to_digits(run: str) -> str:
    out = []
    for k, c in enumerate(run):
        if c in _INNER_DIGITS:
            # Only between digits: ``91S3`` but never a word's ``S``.
            prev = _GROUP_SEPARATORS.sub("", run[:k])[-1:]
            nxt = _GROUP_SEPARATORS.sub("", run[k + 1 :])[:1]
            ok = prev and nxt and (prev.isdigit() or prev in _LETTER_DIGITS)
            ok = ok and (nxt.isdigit() or nxt in _LETTER_DIGITS)
            out.append(_INNER_DIGITS[c] if ok else c)
        else:
            out.append(_LETTER_DIGITS.get(c, c))
    return "".join(out)


def _bracketed_check(match: regex.Match[str]) -> str:
    return match.group(1) + _BRACKET_DIGIT[match.group(2)] + match.group(3)


def _close_up(match: regex.Match[str]) -> str:
    code = match.group(0)
    if not any(c.isdigit() for c in code):
        return code  # ``(lol)``, ``(I)``: words, not a code
    return "".join(_LETTER_DIGITS.get(c, c) for c in code if c not in " \t\n-_.")


_MYKAD_SHAPE = regex.compile(r"\d{6}-\d{2}-\d{4}")
# A mainland landline written area code - local number (``0731-75807302``).
_CN_LANDLINE_SHAPE = regex.compile(r"0\d{2,3}[- ][2-8]\d{6,7}")
_YEAR_SPAN = regex.compile(r"(1\d{3}|20\d{2})\s?(?:[-–—]|\.{3,6})\s?(1\d{3}|20\d{2})")
_MAX_YEAR_SPAN = 150


_TOLL_FREE_SHAPE = regex.compile(r"1[\s\-.]?[38]00(?:[\s\-.][0-9]{2,4}){2}")


def _joins(match: regex.Match[str]) -> bool:
    """Whether :func:`_join_split_digits` drops the separators of this run."""
    run = match.group(0)
    n_digits = sum(c.isdigit() for c in run)
    if not _MIN_DIGITS_TO_JOIN <= n_digits <= _MAX_DIGITS_TO_JOIN:
        return False
    # Already a MyKad's own shape (YYMMDD-PB-####, once full-width and zero-width
    # characters are folded): joining would throw away the shape that identifies it.
    if _MYKAD_SHAPE.fullmatch(run):
        return False
    # Likewise a landline's area code and number: joined, it would be a bare digit run
    # that needs a context word (full-width ``０７３１－７５８０７３０２`` was missed).
    if _CN_LANDLINE_SHAPE.fullmatch(run):
        return False
    # A toll-free number in its own groups (``1800 255 0000``, ``1-800-88-1234``,
    # ``1300-88-1234``) is a business line; joined, it reads as a mainland mobile (180...).
    if _TOLL_FREE_SHAPE.fullmatch(run):
        return False
    # A span of years (``1874-1961``, ``1368–1644``): a life, a reign or a period.
    years = _YEAR_SPAN.fullmatch(run)
    if years and 0 < int(years.group(2)) - int(years.group(1)) <= _MAX_YEAR_SPAN:
        return False
    if n_digits > _MAX_DIGITS_WITH_LONG_GROUP and any(
        len(g) > _LONG_GROUP for g in _GROUP.findall(run)
    ):
        return False
    # Glued to letters (``S22.85.83.7H``) a dotted run is an identifier, not an IP or date.
    text, start, end = match.string, match.start(), match.end()
    if (start and _LATIN.match(text[start - 1])) or (end < len(text) and _LATIN.match(text[end])):
        return True
    # A country code's ``+`` makes a run a phone number, not a decimal (``+85.251234567``).
    if run.startswith("+") or (start and text[start - 1] in "+＋"):
        return True
    # ... and so is one after a lone prefix letter and a separator (``F.13.1104093``).
    if n_digits == 9 and _LONE_PREFIX_BEFORE.search(text[max(0, start - 3) : start]):
        return True
    if _lottery_draw(run, text, start, end):
        return False
    # A citation's pages (``pp. 3312-3325``, ``pages 101-118``).
    if _PAGES_BEFORE.search(text, max(0, start - 8), start):
        return False
    phone_before = _PHONE_BEFORE.search(text[max(0, start - 40) : start])
    # (or a run holding one among other numbers: a trace's hop, its address and its time,
    # ``hop 3 203.116.12.9 2.1 ms``)
    if not phone_before and (
        _is_ip(run) or any(_is_ip(p) for p in run.split() if p.count(".") == 3)
    ):
        return False
    # A date and the hour of a time after it (``delivered 09/11/2025 14:22``).
    date, space, hour = run.rpartition(" ")
    if space and len(hour) <= 2 and text.startswith(":", end) and _is_date(date):
        return False
    if not phone_before and _is_version(run, text, start, end):
        return bool(_CONTACT_BEFORE.search(text[max(0, start - 40) : start]))
    return not (_is_date(run) or _is_decimal(run))


def _split_resident_id(match: regex.Match[str]) -> str:
    """Pieces of one mainland resident id typed apart (``44010619880523 4173``,
    ``3502031983 07061294``) are joined when, together, its MOD 11-2 check holds."""
    run = match.group(0)
    digits = "".join(_GROUP.findall(run)) + ("X" if run[-1:] in ("X", "x") else "")
    if len(digits) != 18 or not iso7064_mod11_2(digits):
        return run
    return digits


# A mainland resident id given in its labelled parts (``身份证前六位 331402``, ``出生日期
# 19831110``, ``后四位 1246``; maybe in three chat turns): region code, birth date and
# sequence with its check character, a short label of no digits between them.
_RESIDENT_ID_LABELLED = regex.compile(
    r"(?<![0-9])[1-9][0-9]{5}[^0-9\n。！？!?]{1,16}?(?:19|20)[0-9]{6}"
    r"[^0-9\n。！？!?]{0,16}?[0-9]{3}[0-9Xx](?![0-9A-Za-z])"
)


def _labelled_resident_id(match: regex.Match[str]) -> str:
    """The three parts of one resident id closed up, when its birth date exists and its
    MOD 11-2 check holds; the text as it was otherwise."""
    from residency.detectors.checksums import valid_date

    run = match.group(0)
    digits = "".join(_GROUP.findall(run)) + ("X" if run[-1:] in ("X", "x") else "")
    if len(digits) != 18 or not iso7064_mod11_2(digits):
        return run
    if not valid_date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14])):
        return run
    return digits


def _is_version(run: str, text: str, start: int, end: int) -> bool:
    """A software version or build number (``Chrome 138.0.7204.158``, ``release
    15.2.2020.1231``, ``13.8.1234.5678-generic``): dotted groups with a software word
    shortly before or a ``-suffix`` after.  The shape alone proves nothing: ``6.0.544.880``
    is as likely a phone number split to dodge filters."""
    if run.count(".") < 2 or _NOT_DOT.search(run):
        return False
    if _VERSION_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    return bool(_VERSION_SUFFIX.match(text, end))


def _is_ip(run: str) -> bool:
    """A dotted quad of octets (``10.0.12.7``); ``63.071.27.1`` has a zero-padded octet."""
    if not _DOTTED_QUAD.fullmatch(run):
        return False
    octets = run.split("/")[0].split(".")
    return all(int(o) <= 255 and (o == "0" or not o.startswith("0")) for o in octets)


def _is_date(run: str) -> bool:
    """A calendar date: year 1000-2199 and a month and day that exist (``2023-10-19``,
    ``19.10.2023``); ``9123.45.67`` and ``89.08.7177`` are numbers split to dodge filters."""
    m = _DATE.fullmatch(run)
    if not m:
        return False
    year, a, b = int(m.group("y")), int(m.group("a")), int(m.group("b"))
    in_range = 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
    return 1000 <= year <= 2199 and in_range


def _is_decimal(run: str) -> bool:
    """A decimal number (``3.14159``, ``1234.56``); four digits on both sides of the point
    (``9176.8581``) is a phone number split in two."""
    if not _DECIMAL.fullmatch(run):
        return False
    whole, fraction = run.split(".")
    return len(whole) < 4 or len(fraction) < 4


# A count after a number (``call 9307 4901 2 pax``, ``012-338 4719 3 boxes``): its last
# group is how many, not a digit group.
_COUNT_TAIL = regex.compile(r"(?<=[0-9]) [0-9]{1,2}$")
_COUNT_WORD = regex.compile(
    r"\s*(?:pax|people|persons?|adults?|kids?|child(?:ren)?|guests?|orang|boxes|box|pcs|"
    r"pieces?|units?|items?|nights?|rooms?|bilik|sets?|tickets?|seats?|cartons?|bags?|"
    r"packs?|bottles?|cups?|portions?)(?![A-Za-z])",
    regex.IGNORECASE,
)


def _without_count(match: regex.Match[str]) -> regex.Match[str] | None:
    """``match``, or the run without a trailing count (None when nothing is left)."""
    tail = _COUNT_TAIL.search(match.group(0))
    if tail is None or not _COUNT_WORD.match(match.string, match.end()):
        return match
    return _SPLIT_DIGITS.match(match.string, match.start(), match.start() + tail.start())


def _join_split_digits(units: list[_Unit], text: str) -> tuple[list[_Unit], str]:
    """Drop separators inside digit runs that look like one long number (``text`` is the
    units' text; both are returned as they are when no run joins)."""
    keep: list[bool] | None = None
    for found in _SPLIT_DIGITS.finditer(text, None, None, False, False):
        match = _without_count(found)
        if match is None or not _joins(match):
            continue
        if keep is None:
            keep = [True] * len(units)
        for k in range(match.start(), match.end()):
            if not text[k].isdigit() and text[k] != "+":
                keep[k] = False
        # An identifier's prefix letter split off by one separator: ``K.22.797.782.4``.
        start = match.start()
        glued = start >= 2 and text[start - 1] in "-_." and text[start - 2] in _UPPER
        # ... or by a space when the digits are a Taiwan id's nine (``A 1 2345 6789``).
        glued = glued or (
            start >= 2
            and text[start - 1] == " "
            and text[start - 2] in _UPPER
            and sum(c.isdigit() for c in match.group(0)) == 9
            and match.group(0)[0] in "1289"
        )
        if glued and (start == 2 or not _LATIN.match(text[start - 3])):
            keep[start - 1] = False
        # A resident id's check character split off: ``...420 4-X``.
        tail = _CHECK_X.match(text, match.end())
        if tail and sum(c.isdigit() for c in match.group(0)) == 17:
            keep[match.end()] = False
    if keep is None:
        return units, text
    units = [u for u, kept in zip(units, keep, strict=True) if kept]
    return units, _joined(units)


_BARE_TWELVE = regex.compile(r"(?<![\d+])\d{12}(?!\d)")


def _reshape_mykad(units: list[_Unit], text: str) -> tuple[list[_Unit], str]:
    """Give a MyKad number regrouped to dodge filters (``900.307.145.678``) its own shape
    back (``900307-14-5678``): a twelve-digit run that joining closed up, with a real
    birth date and an assigned place-of-birth code (``text`` is the units' text; both
    are returned as they are when nothing is reshaped)."""
    from residency.detectors.checksums import valid_date
    from residency.detectors.malaysia.my_mykad_recognizer import PLACE_OF_BIRTH_CODES

    out: list[_Unit] = []
    last = 0
    for match in _BARE_TWELVE.finditer(text):
        start, end = match.span()
        o_start, o_end = units[start][1], units[end - 1][2]
        if o_end - o_start <= 12:  # written as one run: not closed up here
            continue
        # (a date and a time closed up, ``06/12/2025 0600``: groups of 2, 2, 4 and 4)
        gaps = {i - start + 1 for i in range(start, end - 1) if units[i + 1][1] > units[i][2]}
        if gaps == {2, 4, 8}:
            continue
        d = match.group(0)
        yy, mm, dd = int(d[0:2]), int(d[2:4]), int(d[4:6])
        if not (valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)):
            continue
        if int(d[6:8]) not in PLACE_OF_BIRTH_CODES:
            continue
        out.extend(units[last:start])
        out.extend((c, o_start, o_end) for c in f"{d[:6]}-{d[6:8]}-{d[8:]}")
        last = end
    if not last:
        return units, text
    out.extend(units[last:])
    return out, _joined(out)


# A Taiwan id's letter split off its nine digits by one separator: ``A_123456789``,
# ``F.131104093`` (the digits may have been split and joined before).
_PREFIX_SPLIT_OFF = regex.compile(r"(?<![A-Za-z])[A-Z][\s\-_.][1289][0-9]{8}(?![0-9])")


# A UK National Insurance number with its two prefix letters typed apart (``J T 48 21 73
# C``): Presidio's pattern takes spaces between the digit pairs only.
_NINO_PREFIX_SPLIT = regex.compile(
    r"(?<![A-Za-z])[A-CEGHJ-PR-TW-Z] [A-CEGHJ-NPR-TW-Z](?= ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z]))"
)


def _close_prefix(match: regex.Match[str]) -> str:
    value = match.group(0)
    return value[0] + value[2:]


# Words before a handle that are no mailbox's name (``our verified handle is @glowberry.sg``,
# ``follow us @brand.my``): the handle stands alone.
_NOT_A_LOCAL_PART = frozenset(
    {"is", "at", "to", "me", "us", "on", "or", "and", "via", "follow", "dm", "tag", "handle", "ig"}
)


def _unspaced(match: regex.Match[str]) -> str:
    whole = match.group(0)
    local = whole.split("@", 1)[0].rstrip()
    if local.isascii() and local.isalpha() and local.lower() in _NOT_A_LOCAL_PART:
        return whole
    return _SPACES.sub("", whole)


def _email_parts_unspaced(match: regex.Match[str]) -> str:
    """The run closed up when that makes an e-mail address; otherwise unchanged."""
    whole = match.group(0)
    joined = whole.replace(" ", "")
    if " " in whole and "@" in whole and _EMAIL_SHAPE.fullmatch(joined):
        return joined
    return whole


# Contact words typed a letter at a time past a marketplace's filter (``C o n t a c t``).
_SPELLED_CONTACT_WORDS = frozenset(
    ("contact", "whatsapp", "wechat", "telegram", "telefon", "hubungi", "mobile", "handphone")
)


def _letters_unspaced(match: regex.Match[str]) -> str:
    """An e-mail address, a contact word or a messaging id after its app's name (``加我微信：
    z h a n g _ m e i``) typed one character at a time, closed up; other runs unchanged."""
    joined = match.group(0).replace(" ", "")
    if _EMAIL_SHAPE.fullmatch(joined) or joined.lower() in _SPELLED_CONTACT_WORDS:
        return joined
    # (maybe with its ``@``: ``Telegram @ s h a h r i l _ 8 8``)
    if _HANDLE_SHAPE.fullmatch(joined.removeprefix("@")) and _HANDLE_WORD_BEFORE.search(
        match.string, max(0, match.start() - 16), match.start()
    ):
        return joined
    return match.group(0)


def _provider_completed(match: regex.Match[str]) -> str:
    """``johntan88 at gmail`` -> ``johntan88@gmail.com``: with ``@``, or with ``at`` when the
    local part looks like a mailbox name or a mail word comes shortly before."""
    local, sep, provider = match.group(1), match.group(2), match.group(3)
    if "@" not in sep and not (
        regex.search(r"[0-9._]", local)
        or _MAIL_WORD_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    ):
        return match.group(0)
    return f"{local}@{provider.lower()}.com"


# Digits written backwards with a note saying so (``IC saya ditulis terbalik, baca dari
# belakang: 372541714088``, ``号码倒过来写：8765…``): read in the order meant.
_REVERSED_DIGITS = regex.compile(
    r"(?i:\bterbalik\b|\bdari belakang\b|\breversed?\b|\bbackwards?\b|\bin reverse\b|"
    r"倒过来|倒過來|倒着|倒著|反过来|反過來|倒序|倒写|倒寫)"
    # (an id's check letter, written first when the id is reversed: ``X7702...``)
    r"[^0-9\n]{0,30}?(?<![0-9A-Za-z])((?:[Xx] ?)?[0-9](?:[ -]?[0-9]){7,21})(?![0-9])"
)


def _digits_reversed(match: regex.Match[str]) -> str:
    start, end = match.span(1)
    whole = match.group(0)
    offset = match.start()
    return whole[: start - offset] + match.group(1)[::-1] + whole[end - offset :]


# Caseless text -- speech recognised to text, chat typed without capitals (``mak cik saya
# puan rohana binti ismail dah masuk wad``, ``my son ethan chua has seizures``): the words
# that are names anywhere (known given names; a surname beside one; an honorific before
# one) written with their capital, so the name rules read them as in written text.  Only
# when no word in the text starts with a capital (see _GUARDS).
# (Last of the steps, and never a word of an e-mail address or a handle: ``john@...``.)
_CASELESS_WORD = regex.compile(r"(?<![A-Za-z0-9_@.'’\-])[a-z]{2,}(?![A-Za-z0-9_@.'’\-])")
_NEXT_WORD = regex.compile(r"\s{1,2}([a-z]+)")
_PREVIOUS_WORD = regex.compile(r"([a-z]+)\s{1,2}$")
# Given names that are words too, in lower case (``nor``, ``frank``, Malay ``hakim`` a
# judge, ``amin`` amen, ``ilham``, ``hidayah``, ``rahmah``).
_GIVEN_NAMES_TOO_WORDS = frozenset(
    {"nor", "frank", "danish", "hakim", "amin", "ilham", "hidayah", "rahmah", "ain", "mani"}
)
_HONORIFICS_CASELESS = frozenset(
    {
        "mr", "mrs", "ms", "mdm", "madam", "dr", "puan", "encik", "cik", "tuan", "uncle",
        "auntie", "aunty", "pakcik", "makcik", "abang", "kak", "kakak", "cikgu", "ustaz",
        "ustazah", "haji", "hajah",
    }
)  # fmt: skip


@functools.cache
def _caseless_names() -> tuple[frozenset[str], frozenset[str]]:
    """Known given names and surnames, in lower case."""
    from residency.detectors.malaysia.my_given_name_recognizer import GIVEN_NAMES
    from residency.detectors.malaysia.my_name_recognizer import SEA_CHINESE_SURNAMES

    given = frozenset(n.lower() for n in GIVEN_NAMES) - _GIVEN_NAMES_TOO_WORDS
    return given, frozenset(n.lower() for n in SEA_CHINESE_SURNAMES)


# Words that introduce a name in speech (``patient goh siew ling``, ``holder name shaun
# tan``), besides the honorifics; and words that are never a name's syllable.
_NAME_INTRO_CASELESS = _HONORIFICS_CASELESS | {
    "patient",
    "pesakit",
    "name",
    "nama",
    "named",
    "called",
    "holder",
    "namanya",
}
_NOT_A_NAME_CASELESS = frozenset(
    "and the is are was were your you my his her our their its came back at on in to "  # noqa: SIM905
    "from of date birth with for so we he she it an be been has have had can will said "
    "says please number no then also lah la leh lor dah ada kena umur tahun nak yang "
    "dan di ke ni tu this that here there who what when where which how not but or if "
    "as by ok okay yes yeah got go come call called calling stays stay lives live "
    "tomorrow today".split()
)
# A Malay or Indian patronymic's word: the words around it are the name's.
_PATRONYMIC_CASELESS = frozenset({"bin", "binti", "binte", "bte", "bt", "a/l", "a/p", "s/o", "d/o"})
_CASELESS_TOKEN = regex.compile(r"[A-Za-z/]+")
# A syllable of a romanised Chinese given name (``wei``, ``siew``, ``kok``, ``ling``).
_SYLLABLE = regex.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiou]{1,3}(?:ng|n|m|k|h|p|t|w|y)?")


def _in_spoken_name(word: str, text: str, start: int, end: int) -> bool:
    """Whether a caseless ``word`` is part of a name said after its introduction: a surname
    after an honorific, a label or a given name (``mr lim``, ``patient goh``, ``shaun
    tan``), up to two syllables after such a surname (``goh siew ling``), or a word beside
    ``bin``/``binti`` (``danish bin azman``)."""
    if word in _NOT_A_NAME_CASELESS or len(word) > 12:
        return False
    given, surnames = _caseless_names()
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1) in _PATRONYMIC_CASELESS:
        return True
    before = text[max(0, start - 40) : start]
    if not before[-1:].isspace():
        return False
    words: list[str | None] = []
    for token in reversed(before.split()):
        if not _CASELESS_TOKEN.fullmatch(token) or len(words) == 3:
            break
        words.append(token.lower())  # (a word before may have got its capital already)
    if not words:
        return False
    words += [None] * (3 - len(words))
    w1, w2, w3 = words  # (w1 is the word right before)
    if w1 in _PATRONYMIC_CASELESS:
        return True

    def intro(w: str | None) -> bool:
        return w in _NAME_INTRO_CASELESS or w in given

    if word in surnames and intro(w1):
        return True
    if len(word) > 6:
        return False
    # a syllable after "intro surname" or "intro surname syllable" (``goh siew ling``)
    if not _SYLLABLE.fullmatch(word):
        return False
    if w1 in surnames and intro(w2):
        return True
    return bool(w2 in surnames and intro(w3) and w1 and _SYLLABLE.fullmatch(w1))


def _capitalised_name(match: regex.Match[str]) -> str:
    word = match.group(0)
    given, surnames = _caseless_names()
    if word in given:
        return word.capitalize()
    text = match.string
    if _in_spoken_name(word, text, match.start(), match.end()):
        return word.capitalize()
    if word not in surnames and word not in _HONORIFICS_CASELESS:
        return word
    after = _NEXT_WORD.match(text, match.end())
    if after and after.group(1) in given:
        return word.capitalize()
    # (an honorific before a surname: ``madam koh ah lian`` is Madam Koh Ah Lian)
    if word in _HONORIFICS_CASELESS and after and after.group(1) in surnames:
        return word.capitalize()
    if word in surnames:
        before = _PREVIOUS_WORD.search(text, max(0, match.start() - 24), match.start())
        if before and before.group(1) in given:
            return word.capitalize()
    return word


# Leetspeak (``s4y4 Nurul 41n b1nt1 H4sh1m``, ``p4ssp0rt n0``, ``J0n45 W3b3r``): in a text
# with several such words, digits that stand for letters in a word with a real letter
# are those letters, when every digit of the word is such a one (``C7FJ2R9L4`` keeps its 2
# and 9).  After the number steps (look-alike letters in a number are digits there), and
# never inside an e-mail address or a handle; the first pass over the original text still
# reads every number as written.
_LEET_WORD = regex.compile(
    r"(?<![A-Za-z0-9@._\-])(?:(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[013457])[A-Za-z0-9]{2,}|N0)"
    r"(?![A-Za-z0-9@_\-]|\.[A-Za-z0-9])"
)
_LEET = str.maketrans("013457", "oieast")
_NOT_LEET = regex.compile(r"[2689]")
_REAL_LETTERS = regex.compile(r"[A-HJ-KM-NP-Za-hj-km-np-z]")
_MIN_LEET_WORDS = 3
_DIGIT_IN_WORD = regex.compile(r"[A-Za-z][0-9]+[A-Za-z]")


def _leet_word(word: str) -> bool:
    """A word whose digits all stand for letters, with a letter no digit looks like."""
    return word == "N0" or (not _NOT_LEET.search(word) and len(_REAL_LETTERS.findall(word)) >= 1)


@functools.lru_cache(maxsize=256)
def _leet_text(text: str) -> bool:
    """Whether ``text`` is written in leetspeak: several words with letters for digits."""
    words = [m.group(0) for m in _LEET_WORD.finditer(text)]
    # (a digit between two letters: ``s4y4``, ``W3b3r``; not ``10am``, ``mp3``, ``covid19``)
    return sum(_leet_word(w) and bool(_DIGIT_IN_WORD.search(w)) for w in words) >= _MIN_LEET_WORDS


def _unleet(match: regex.Match[str]) -> str:
    word = match.group(0)
    if not _leet_word(word) or not _leet_text(match.string):
        return word
    return word.translate(_LEET)


# A word spelled letter by letter with hyphens (``W-e-i / L-i-a-n-g / T-e-o``): the word.
# A file's path whose words are joined by underscores (``Backup/Sharon_Pereira_custody_
# notes.docx``, ``RAJESH_KUMAR_AL_SUBRAMANIAM/passport_bio.jpg``): read with spaces, so
# the names in it are read as names.  Only a path that ends in a document's or a
# picture's extension, and only an underscore between letters (Latin or Han:
# ``張家豪_診斷證明書.pdf``).
_FILE_NAME_LETTER = r"[A-Za-z\u4e00-\u9fff]"
_UNDERSCORED_FILE_PATH = regex.compile(
    rf"(?<![^\s|,;:(\[<>\"'])[^\s|,;:()\[\]<>\"']*{_FILE_NAME_LETTER}_{_FILE_NAME_LETTER}"
    r"[^\s|,;:()\[\]<>\"']*"
    r"\.(?i:pdf|docx?|xlsx?|pptx?|jpe?g|png|heic|tiff?|zip|7z|rar|txt|csv|eml|msg)"
    r"(?![A-Za-z0-9])"
)


_UNDERSCORE_BETWEEN_LETTERS = regex.compile(rf"(?<={_FILE_NAME_LETTER})_(?={_FILE_NAME_LETTER})")


def _file_path_spaced(match: regex.Match[str]) -> str:
    return _UNDERSCORE_BETWEEN_LETTERS.sub(" ", match.group(0))


# A name joined by underscores and run-together capitals that holds a home's address, as
# a Wi-Fi network's or a device's name carries one (``TanFamily_Blk418_TampinesSt41_#09-236``,
# ``RumahKakYam_No12_JlnMawar3_TmnSriMuda_40400``): written out spaced for the address
# recognizers.  (Only with an address word in it: see _GUARDS.)
_UNDERSCORED_ADDRESS = regex.compile(
    r"(?<![A-Za-z0-9#_-])[A-Za-z0-9#-]+(?:_[A-Za-z0-9#-]+){2,}(?![A-Za-z0-9#_-])"
)
_ADDRESS_WORD_JOINED = regex.compile(
    r"(?:^|_|(?<=[a-z0-9]))(?:Blk|BLK|Block|Jalan|Jln|JLN|Lorong|Lrg|Tmn|TMN|Taman|Persiaran|"
    r"Street|St|Road|Rd|Avenue|Ave|No|Lot|Kampung|Kg)(?=[A-Z0-9_])"
)
_CAMEL_OR_DIGIT_JOIN = regex.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def _address_name_spaced(match: regex.Match[str]) -> str:
    token = match.group(0)
    if len(_ADDRESS_WORD_JOINED.findall(token)) < 2:
        return token
    return _CAMEL_OR_DIGIT_JOIN.sub(" ", token.replace("_", " "))


_HYPHEN_SPELLED = regex.compile(r"(?<![A-Za-z-])[A-Za-z](?:-[A-Za-z]){2,}(?![A-Za-z-])")
# Digits written down a column, one a line (a card read off a photo, going down): seven or
# more single digits, each on its own line, are one number.
# (a dash on a line of its own between them is the number's: ``0 / 1 / 9 / - / 4 ...``)
_VERTICAL_DIGITS = regex.compile(
    r"(?<![0-9])[0-9](?:[ \t]*\r?\n[ \t]*(?:[-–][ \t]*\r?\n[ \t]*)?[0-9](?![0-9])){6,}"
)


_Substitution = tuple[regex.Pattern[str], Callable[[regex.Match[str]], str]]

# normalize()'s substitution steps, in order, around its two other steps (joining split
# digits, then restoring MyKad shapes); _unchanged checks all of them.
# HTML tags that split a value (``<span>780915</span>-<span>10</span>-...``, ``<td>S9</td>
# <td>312</td>...``) go the way a browser renders them: inline ones join what they
# separate, block and cell ones leave a space.
_INLINE_TAG = regex.compile(
    r"</?(?:b|i|u|s|em|strong|span|font|a|small|big|sup|sub|mark|code|ins|del)"
    r"(?:\s[^<>\n]{0,120})?>",
    regex.I,
)
_BLOCK_TAG = regex.compile(
    r"</?(?:td|th|tr|p|div|br|li|ul|ol|table|tbody|thead|h[1-6])(?:\s[^<>\n]{0,120})?/?>",
    regex.I,
)
# A Word document's XML: its runs split a name's characters (``<w:r><w:t>张</w:t></w:r>
# <w:r><w:rPr><w:b/></w:rPr><w:t>丽</w:t></w:r>``) and go as inline tags; its paragraphs,
# tabs and cells leave a space.  Read as an encoding, so the costly recognizers see the text.
_WORD_RUN_TAG = regex.compile(
    r"</?w:(?:r|t|rPr|b|i|u|sz|szCs|color|rFonts|lang|proofErr|noProof|highlight|"
    r"bookmarkStart|bookmarkEnd)(?:\s[^<>\n]{0,120})?/?>"
)
_WORD_BLOCK_TAG = regex.compile(r"</?w:(?:p|pPr|tab|br|tc|tr|tbl)(?:\s[^<>\n]{0,120})?/?>")
# An OCR page's ALTO XML: each word in a ``String`` element's ``CONTENT`` (``<String
# CONTENT="Bedok" WC="0.96"/><SP/>``), words apart where an ``SP`` or a line stands and
# joined where nothing does (``E`` ``7318`` ``429`` ``D`` of one passport number).
_ALTO_STRING = regex.compile(
    r'<String\b[^<>]{0,200}?\bCONTENT="([^"<>]{0,100})"[^<>]{0,200}?/?>(?:</String>)?'
)
_ALTO_SPACE = regex.compile(r"<SP\b[^<>]{0,80}/>|</?(?:TextLine|TextBlock)\b[^<>]{0,200}>")


# An attribute that carries data rather than layout (``data-contact="..."``, ``title``,
# ``alt``, ``value``, a link to write to: ``href="mailto:..."``): its value stays as text
# when the tag goes.  (Not a ``tel:`` link: a hotline's anchor names its owner after the
# number, where the number's own checks do not look.)
# (a value decoded to JSON holds quotes: it ends at a quote before the tag's end or the next
# attribute)
_DATA_ATTRIBUTE = regex.compile(
    r"""(?i:\b(?:data-[\w-]+|title|alt|value|href(?=\s*=\s*["']mailto:)))"""
    r"""\s*=\s*(["'])(.*?)\1(?=\s*(?:/?>|[\w-]+\s*=))"""
)


def _without_tag(match: regex.Match[str], gap: str) -> str:
    """A tag gone (``gap`` in its place), the values of its data attributes kept."""
    values = [m.group(2) for m in _DATA_ATTRIBUTE.finditer(match.group(0))]
    return f" {' '.join(values)} " if values else gap


# Document markup around a value: LaTeX's structure commands (a space), its inline
# commands (their argument: ``\uline{王建国}``, ``\footnote{Grace Fernandez ...}``), its
# thin spaces between digits (``138\,2754\,9016``), and troff's escaped hyphens and spaces
# (``9\-1\-2\-8\ 4\-4\-0\-7``); not HL7's ``^~\&`` separators.
_TEX_STRUCTURE = regex.compile(
    r"\\(?:documentclass|usepackage|begin|end|section|subsection|chapter|label|item|maketitle)"
    r"\*?(?:\[[^\]\n]{0,40}\])?(?:\{[^{}\n]{0,40}\})?"
)
_TEX_INLINE = regex.compile(r"\\[a-zA-Z]{2,12}\*?\{([^{}\\\n]{0,400})\}")
_TEX_OR_TROFF_SPACE = regex.compile(r"(?<=\d)\\[,;:! ](?=\d)")
_TROFF_ESCAPE = regex.compile(r"\\-")

# Tabs written as escapes between a row's fields, two or more in a stretch without other
# backslashes (a database dump's ``10442\tDaniel Whitfield\tF2318874X``): real tabs, so
# the fields are read apart (a path's ``C:\Users\tan`` has one).
_ESCAPED_TAB = regex.compile(r"(?<!\\)\\t(?=[^\\\n]*(?<!\\)\\t)|(?<=(?<!\\)\\t[^\\\n]*)(?<!\\)\\t")

# Values spelled in code first (escapes, character codes, literals joined at run time),
# then encoded segments: what they decode to is normalised like any text.
_DECODING: tuple[_Substitution, ...] = (
    (_WORD_RUN_TAG, lambda _m: ""),
    (_WORD_BLOCK_TAG, lambda _m: " "),
    (_ALTO_STRING, lambda m: m.group(1)),
    (_ALTO_SPACE, lambda _m: " "),
    (_TEX_OR_TROFF_SPACE, lambda _m: " "),
    (_TROFF_ESCAPE, lambda _m: "-"),
    (_TEX_STRUCTURE, lambda _m: " "),
    (_TEX_INLINE, lambda m: m.group(1)),
    (ESCAPE_RUN, decoded_escapes),
    (_ESCAPED_TAB, lambda _m: "\t"),
    (CHAR_CODE_LIST, decoded_char_codes),
    (JOINED_LITERALS, joined_literals),
    (FSTRING_PIECES, fstring_pieces),
    (TOKEN_LIST, decoded_token_list),
    (ENCODED_WORD_RUN, decoded_encoded_words),
    (AAMVA_PAYLOAD, labelled_aamva_fields),
    (EMV_QR_PAYLOAD, labelled_emv_payee),
    (MIME_BASE64_BODY, decoded_mime_body),
    (QUERY_PLUS, lambda _m: " "),
    (PERCENT_RUN, decoded_percent),
    (CHAR_REFERENCE_RUN, decoded_char_references),
    (QUOTED_PRINTABLE_RUN, decoded_quoted_printable),
    (QUOTED_PRINTABLE_WORDS, decoded_quoted_printable_words),
    (LDIF_BASE64_VALUE, decoded_ldif_value),
    (TBCD_VALUE, decoded_tbcd),
    (BASIC_AUTH_CREDENTIALS, decoded_basic_auth),
    (KEYED_BASE64_VALUE, decoded_keyed_base64),
    (DNS_BASE32_LABEL, decoded_dns_base32),
    (BASE64_BLOB, decoded_base64),
    (HEXDUMP_ROWS, decoded_hexdump),
    (TCPDUMP_ROWS, decoded_tcpdump),
    (REGISTRY_HEX, decoded_registry_hex),
    (KEYED_PARTS, joined_parts),
    (HEX_BLOB, decoded_hex),
    (HEX_DIGIT_RUN, decoded_hex_digits),
    (HEX_BYTES_SPACED, decoded_hex_bytes),
    (BINARY_BYTES, decoded_binary),
    (MORSE_RUN, decoded_morse),
    (REVERSED_RUN, decoded_reversed),
    (BRAILLE_CELL_RUN, decoded_braille_cells),
    (BRF_RUN, decoded_ascii_braille),
    (HEALTH_NAME_FIELD, labelled_health_name),
    (_UNDERSCORED_FILE_PATH, _file_path_spaced),
    (_UNDERSCORED_ADDRESS, _address_name_spaced),
)
_BEFORE_JOINING: tuple[_Substitution, ...] = (
    *_DECODING,
    (_INLINE_TAG, lambda m: _without_tag(m, "")),
    (_BLOCK_TAG, lambda m: _without_tag(m, " ")),
    (_HYPHEN_SPELLED, lambda m: m.group(0).replace("-", "")),
    (_VERTICAL_DIGITS, lambda m: regex.sub(r"[\s\-–]+", "", m.group(0))),
    # The label first: the numerals on both sides of it make one run (``〇九一二`` /
    # ``後面是三四五六七八``), long enough to be read as digits.
    (_CONTINUATION_LABEL, lambda m: " "),
    (_SYMBOLS_BETWEEN_DIGITS, lambda m: " "),
    (_CONNECTIVE, _connective),
    (_HOMOPHONE_RUN, _homophone_numerals),
    (_CHINESE_RUN, _chinese_digits),
    (_SPOKEN_FLAT_NUMBER, _spoken_flat_number),
    (_SPOKEN_PLATE, _spoken_plate),
    (_NUMBER_WORD_RUN, _number_words),
    (_BRACKET_WORD_CHECK, _bracket_word_check),
    (_LETTER_RUN, _letter_digits),
    (_BRACKETED_CHECK, _bracketed_check),
    (_COUNTRY_CODE, _close_up),
    (_CODE_THEN_BRACKETED_AREA, _unbracket_area),
    (_AFTER_AREA_CODE, lambda m: ""),
    (_BARE_COUNTRY_CODE, _plus_country_code),
    (_DIGIT_DASH_RUN, _plain_dashes),
    (_REVERSED_DIGITS, _digits_reversed),
)
_AFTER_JOINING: tuple[_Substitution, ...] = (
    (_MACAU_BRACKET_WORD, _macau_bracket_word),
    (_RESIDENT_ID_PIECES, _split_resident_id),
    (_RESIDENT_ID_LABELLED, _labelled_resident_id),
)
_AFTER_MYKAD: tuple[_Substitution, ...] = (
    (_LEET_WORD, _unleet),
    (_PREFIX_SPLIT_OFF, _close_prefix),
    (_NINO_PREFIX_SPLIT, lambda m: m.group(0).replace(" ", "")),
    (_LETTER_SPACED, _letters_unspaced),
    (_PROVIDER_WITHOUT_TLD, _provider_completed),
    (_AT_ENTITY, lambda m: "@"),
    (_DOT_ENTITY, lambda m: "."),
    (_AT_BRACKETED, lambda m: "@"),
    (_AT_BRACKETED_MS, lambda m: "@"),
    (_AT_PERCENT, lambda m: "@"),
    (_AT_WORD, lambda m: "@"),
    (_AT_ZH, lambda m: "@"),
    (_DOT_BRACKETED, lambda m: "."),
    (_DOT_WORD_IN_DOMAIN, lambda m: "."),
    (_DOT_ZH_IN_DOMAIN, lambda m: "."),
    (_DOT_SPELLED_IN_LOCAL, lambda m: "."),
    (_LETTER_SPACED_PARTS, _email_parts_unspaced),
    (_SPOKEN_HANDLE, _spoken_handle),
    (_SPACED_EMAIL, _unspaced),
    (_CASELESS_WORD, _capitalised_name),
)
_SUBSTITUTIONS = _BEFORE_JOINING + _AFTER_JOINING + _AFTER_MYKAD

# Words one of which every match of a step's pattern holds, where its needs say little
# and its own search is slow (a look-around tried at every position): searched first,
# with the same engine and the same case rules as in the pattern.
_GUARDS: dict[int, regex.Pattern[str]] = {
    # _UNDERSCORED_ADDRESS changes a name only with two address words joined in it.
    id(_UNDERSCORED_ADDRESS): regex.compile(
        r"_(?:Blk|BLK|Block|Jalan|Jln|JLN|Lorong|Lrg|Tmn|TMN|Taman|Persiaran|No|Lot|Kg)|"
        r"(?<=[a-z])(?:Blk|Jln|Tmn|Taman|St|Rd|Ave)(?=[A-Z0-9])"
    ),
    # _LETTER_SPACED_PARTS changes a run only into an e-mail address, so only with an ``@``;
    # _SPOKEN_HANDLE needs one of its joining words.
    id(_LETTER_SPACED_PARTS): regex.compile(r"@"),
    id(_SPOKEN_HANDLE): regex.compile(r"(?i:underscore|dot|dash)"),
    # _CONNECTIVE's connective word: every one of its alternatives holds one of these.
    id(_CONNECTIVE): regex.compile(
        r"(?i:then|lepas|pastu|kemudian|selepas|followed|after|next)"
        r"|然后|然後|再来|再來|跟住|之后|之後"
    ),
    # _CASELESS_WORD: a text with no capitalised word, or a chat line written in lower case
    # that capitalises a brand or two (``jun kai u tell ur cousin marcus lee don't buy
    # that Audi A4``): it starts in lower case and has at most two capitalised words.
    id(_CASELESS_WORD): regex.compile(
        r"(?s)\A(?!.*[A-Z][a-z])|\A[^A-Za-z]{0,8}[a-z](?!(?:.*?[A-Z][a-z]){3})"
    ),
    # _PROVIDER_WITHOUT_TLD's provider (its third group), under the pattern's IGNORECASE.
    id(_PROVIDER_WITHOUT_TLD): regex.compile(
        MAIL_PROVIDERS,
        regex.I,
    ),
}


# Per tuple of steps (module constants, by id: hashing the patterns costs more than the
# checks): the steps' needs as masks (:class:`~.prefilter.NeedsMasks`) and each step with
# its mask and guard, for :func:`_substitute` and :func:`_steps_unchanged`.
_Flat = tuple[int, _Substitution, regex.Pattern[str] | None]
_FLAT_NEEDS: dict[int, tuple[NeedsMasks, tuple[_Flat, ...]]] = {}


def _flat_needs(steps: tuple[_Substitution, ...]) -> tuple[NeedsMasks, tuple[_Flat, ...]]:
    flat = _FLAT_NEEDS.get(id(steps))
    if flat is None:
        from residency.detectors.prefilter import NeedsMasks

        masks = NeedsMasks(_substitution_needs(steps))
        flat = (
            masks,
            tuple(
                (mask, step, _GUARDS.get(id(step[0])))
                for mask, step in zip(masks.masks, steps, strict=True)
            ),
        )
        _FLAT_NEEDS[id(steps)] = flat
    return flat


def _substitute(
    units: list[_Unit], steps: tuple[_Substitution, ...], text: str, done: int = 0
) -> tuple[list[_Unit], str]:
    """Apply ``steps`` in order after the first ``done`` (known to change nothing),
    skipping patterns the current text lacks the needs of (``text`` is the units' text;
    the units and their text are returned)."""
    from residency.detectors.prefilter import TextFacts

    masks, flat = _flat_needs(steps)
    met = masks.met(TextFacts(text))
    for mask, (pattern, repl), guard in flat[done:]:
        if met & mask != mask or (guard is not None and guard.search(text) is None):
            continue
        new = _sub(units, pattern, repl, text)
        if new is not units:
            units = new
            text = _joined(units)
            met = masks.met(TextFacts(text))
    return units, text
