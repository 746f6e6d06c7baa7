"""Values hidden by an encoding: percent-encoded URLs, HTML character references,
quoted-printable mail and vCard words, mail headers' encoded-words and MIME bodies in
their charsets, base64, hex (UTF-8, UTF-16 after a byte-order mark, or an SMS's UCS-2),
a telco's swapped-digit TBCD numbers, binary UTF-8,
Morse code, a US licence's PDF417 payload, whose element ids are read as labels, and a
patient's caret-separated name in a DICOM dump or an HL7 PID segment.

``/delivery?addr=%E4%B9%9D%E9%BE%8D...&name=%E6%9D%8E...``, ``payload=eyJuYW1lIjoi...``
and ``x1=e9a9ace69993e7baa2...`` carry a name, an address or a phone number that no
recognizer can read as written.  :mod:`.normalize` replaces each such segment by the text
it decodes to (every decoded character maps to the whole segment), so the second pass
over the normalised text finds what it holds and reports it at the segment's span.

A segment is decoded only when the result is text: valid UTF-8 with no control
characters.  Hashes, UUIDs, tokens and ordinary long words decode to binary noise and are
left as they are; a decoded segment that holds nothing personal is just more text.
"""

from __future__ import annotations

import base64
import binascii
import email.errors
import email.header
import html
import quopri
import re
import unicodedata
import urllib.parse
from collections.abc import Callable

import regex

# A run of percent escapes (``%E4%B9%9D``, ``%20``).
PERCENT_RUN = regex.compile(r"(?:%[0-9A-Fa-f]{2})+")
# A space written as ``+`` in a URL's query value (``?q=%E5%BC%B5+0912873406``,
# ``pesakit=KAVITHA+A%2FP+SUBRAMANIAM``), between two of the value's characters.
QUERY_PLUS = regex.compile(r"(?<=[?&][\w.\-]{1,40}=[^&#\s+][^&#\s]*)\+(?=[^&#\s+])")
# A run of numeric HTML character references (``&#38472;&#23478;``, ``&#x9648;``).
CHAR_REFERENCE_RUN = regex.compile(r"(?:&#[0-9]{2,7};|&#[xX][0-9A-Fa-f]{2,6};)+")
# A run of quoted-printable escapes, two or more, upper-case hex as the encoding writes
# them, with its soft line breaks (``=E5=86=89=E5=90=AF``).
QUOTED_PRINTABLE_RUN = regex.compile(r"=[0-9A-F]{2}(?:=[0-9A-F]{2}|=\r?\n)+")
# A base64 or base64url blob: at least 16 characters of its alphabet with a letter and a
# digit or a sign of base64 (``+``, ``/``, padding), whole.
BASE64_BLOB = regex.compile(
    r"(?<![A-Za-z0-9+/_\-%])(?=[A-Za-z0-9+/_\-]*[0-9+/=])(?=[A-Za-z0-9+/_\-]*[A-Za-z])"
    r"[A-Za-z0-9+/_\-]{16,}={0,2}(?![A-Za-z0-9+/=_\-])"
)
# A DNS label of base32 before the rest of its name, as a tunnel's query carries data
# (``nvqxey3v....s1.cdn-sync-update.net``): lower case, ``a``-``z`` and ``2``-``7``.
DNS_BASE32_LABEL = regex.compile(r"(?<![A-Za-z0-9_\-])[a-z2-7]{16,63}(?=\.[A-Za-z0-9\-]+\.)")
# An LDIF attribute's base64 value after its double colon, however short (``cn::
# 5ZC05am35am3``, ``description:: 5Lqn5YGH...``): LDIF says the value is base64.
LDIF_BASE64_VALUE = regex.compile(
    r"(?<=(?:^|[\s|])[A-Za-z][A-Za-z0-9\-]*(?:;[A-Za-z0-9\-]+)*::[ ]?)"
    r"[A-Za-z0-9+/]{4,}={0,2}(?![A-Za-z0-9+/=])"
)
# A number in TBCD after its label, as telecom signalling logs print an MSISDN or an SMSC
# address (``msisdn TBCD=5689217340``: each byte's two digits swapped, ``F`` filling).
# (the label matched and set aside with ``\K``: a look-behind would be tried at every
# position of every text)
TBCD_VALUE = regex.compile(
    r"(?i:\btbcd)\s*[=:]\s*\K(?:[0-9]{2}){2,11}(?:[Ff][0-9])?(?![0-9A-Za-z])"
)
# A config's value under its key, in base64 too short for :data:`BASE64_BLOB` (a
# Kubernetes Secret's ``data: {applicant_nric: Uzg3MzQyMTZG, contact_name: 5YiY5pmT54eV}``):
# padded to whole quads, with both cases, as base64 nearly always is and words are not (a
# camel-cased word is tried, and stays when it decodes to no text).
KEYED_BASE64_VALUE = regex.compile(
    r"(?<=\b[A-Za-z][\w.-]{0,40}[\"']?\s*[:=]\s*[\"']?)"
    r"(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])"
    r"(?:[A-Za-z0-9+/]{4}){2,3}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})"
    r"(?![A-Za-z0-9+/=])"
)

# Words joined by quoted-printable spaces, as vCard and iCalendar values write them
# (``SUMMARY;ENCODING=QUOTED-PRINTABLE:Nurul=20Syafiqah=20binti=20Hashim``): two such
# spaces or more, and any other escapes among the words.
QUOTED_PRINTABLE_WORDS = regex.compile(
    r"(?<![=\w])[\w.,'/()\-]+(?:=20(?:[\w.,'/()\-]|=[0-9A-F]{2})*){2,}(?![\w=])"
)
# A US or Canadian driving licence's PDF417 payload (AAMVA: ``ANSI 636020...DL...DCSNGUYEN
# / DACMINH / DBB08141990 / DAG1447 W OAK ST``): its element ids are labels, so its
# fields are read as labelled (``Surname: NGUYEN``).
AAMVA_PAYLOAD = regex.compile(r"ANSI ?6360\d{2}[^\n]{0,1500}")
_AAMVA_FIELD = regex.compile(
    r"(?:(?<![A-Za-z0-9])|(?<=\dDL))(DCS|DAC|DAD|DCT|DAQ|DBB|DAG|DAI|DAK)(?=[A-Z0-9])"
)
_AAMVA_LABELS = {
    "DCS": "Surname: ", "DAC": "Given name: ", "DAD": "Middle name: ", "DCT": "Given name: ",
    "DAQ": "Licence no: ", "DBB": "Date of birth: ", "DAG": "Address: ", "DAI": "City: ",
    "DAK": "Postcode: ",
}  # fmt: skip
# An EMVCo merchant-presented QR payload, as SGQR, PayNow, DuitNow and FPS codes carry it
# (``000201010211…5802SG5912TAN MEI LING6009Singapore6304…``): tag-length-value fields,
# the payee's name in field 59.  A person-to-person code has the merchant category 0000
# (field 52): its payee is a private person, so the name is written out as labelled; a
# shop's code (``5204 5812``, restaurants) is left as it is.
EMV_QR_PAYLOAD = regex.compile(r"(?<![0-9A-Za-z])000201\d{4}[^\n\"'，。]{12,600}")
# A run of RFC 2047 encoded-words, as mail headers carry names and subjects in any
# charset (``=?GB2312?B?1cW9qLn6?= =?GB2312?B?...?=``, ``=?UTF-8?Q?Tan_Wei?=``); the
# space between two of them is no part of the text.
_ENCODED_WORD = r"=\?[A-Za-z0-9_\-]{2,20}(?:\*[A-Za-z\-]{1,12})?\?[BbQq]\?[^?\s]{1,600}\?="
ENCODED_WORD_RUN = regex.compile(rf"{_ENCODED_WORD}(?:\s+{_ENCODED_WORD})*")
# A MIME part's base64 body after its header, in lines of up to 76 characters
# (``Content-Transfer-Encoding: base64 | wfXAz8qm...``): the lines make one blob, in the
# charset the part's ``Content-Type`` declares.
MIME_BASE64_BODY = regex.compile(
    r"(?<=(?i:content-transfer-encoding)\s*:\s*(?i:base64)\s*(?:[|;]\s*)?)"
    # (its lines maybe set apart by a flattened export's ``" / "`` or ``" | "``)
    r"[A-Za-z0-9+/]{8,}(?:[ \t\r\n]+(?:[|/][ \t]+)?[A-Za-z0-9+/]{2,})*={0,2}"
)
_DECLARED_CHARSET = regex.compile(r"(?i:charset)\s*=\s*\"?([A-Za-z0-9_\-]{2,20})")
# Hex-encoded bytes: at least 8 of them, with a letter among the hex digits (a run of
# decimal digits is a number, not bytes, unless a label says hex: ``hex(mobile):3135...``);
# maybe after a ``0x`` or a database's ``\x``
# (PostgreSQL's bytea output: ``body: \x576f6e67...``; a variable's value: ``phone_hex =
# '3133...'``).
HEX_BLOB = regex.compile(
    r"(?:(?<![0-9A-Za-z])|(?<=(?<![0-9A-Za-z])(?:0|\\)x))(?:(?=[0-9]*[A-Fa-f])|(?<=(?i:hex)(?:[^\s]{0,16}|\s*[=:]\s*[\x27\x22]?)))(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z])"
)
# ... or digits alone whose every pair is the code of a letter, a digit, a space, a plus or
# a hyphen (a phone number's ``3138363230...``, an NRIC's ``5430323135...``): eight bytes or
# more; a long number of other digits (a card's, an account's) is left as written.
HEX_DIGIT_RUN = regex.compile(r"(?<![0-9A-Za-z])(?:[0-9]{2}){8,}(?![0-9A-Za-z])")
_ALNUM_CODES = frozenset(
    [0x20, 0x2B, 0x2D, *range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B)]
)


def decoded_hex_digits(match: regex.Match[str]) -> str:
    """The letters and digits a run of digits spells as hex, or the run."""
    run = match.group(0)
    raw = bytes.fromhex(run)
    if not all(b in _ALNUM_CODES for b in raw):
        return run
    return raw.decode("ascii")


# ... or written as a dump, a byte a group set apart by spaces (an NFC tag's payload: ``49
# 66 20 66 6f 75 6e 64 ...``): eight bytes or more, a letter among them.
# (or after a DICOM dump's tag and value representation: ``(0010,0010) PN 52 41 4d ...``)
# (or after a card dump's block or sector label, digits only too: ``block 21: 41 32 32 38
# 34 31 39 33 37 37 00 00``, an id's ASCII digits)
HEX_BYTES_SPACED = regex.compile(
    r"(?:(?:(?<![0-9A-Za-z] ?)|(?<=\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)\s*[A-Z]{2}\s))(?=[0-9 ]*[A-Fa-f])"
    r"|(?<=(?i:block|sector|page)\s?\d{1,3}\s?:\s))"
    r"(?:[0-9A-Fa-f]{2} ){7,}[0-9A-Fa-f]{2}(?![0-9A-Za-z])"
)
# A Windows registry export's binary value: bytes as comma-separated hex after ``hex:`` or
# ``hex(N):``, maybe continued over lines with a backslash (``"LastLoggedOnDisplayName"=
# hex(2):4e,00,75,00,...``; REG_EXPAND_SZ and REG_MULTI_SZ hold UTF-16 text).
REGISTRY_HEX = regex.compile(
    r"(?<=(?<![0-9A-Za-z])hex(?:\([0-9a-fA-F]{1,8}\))?:)"
    r"(?:[0-9a-fA-F]{2},(?:\\\r?\n?\s*)?){3,}[0-9a-fA-F]{2}(?![0-9A-Za-z])"
)


def _utf16le(raw: bytes) -> bool:
    """Whether ``raw`` reads as UTF-16LE ASCII-range text: an even length, and at least
    three quarters of its odd bytes zero."""
    return len(raw) % 2 == 0 and raw[1::2].count(0) * 4 >= len(raw) * 3 // 2


def decoded_registry_hex(match: regex.Match[str]) -> str:
    """The text a registry export's hex value spells (UTF-16 where every other byte is a
    zero, else UTF-8; the zero bytes that end or separate strings read as spaces), or the
    run when it spells none."""

    def decode(run: str) -> str:
        raw = bytes.fromhex(regex.sub(r"[^0-9a-fA-F]", "", run))
        text = raw.decode("utf-16-le" if _utf16le(raw) else "utf-8")
        return text.replace("\x00", " ").strip()

    return _text_or_run(match.group(0), decode, ValueError, UnicodeDecodeError)


# A value split over numbered keys of one name, to be joined again (``PAY_CARD_PART1=5204
# 8810 PAY_CARD_PART2=4736 2815``, ``id_part1=S12&id_part2=34567D``): two to six parts.
_PART_VALUE = r"[\"']?(?P<v>[0-9A-Za-z](?:[0-9A-Za-z -]{0,18}[0-9A-Za-z])?)[\"']?"
KEYED_PARTS = regex.compile(
    r"(?<![A-Za-z0-9_])(?P<key>[A-Za-z][A-Za-z0-9_.]{0,30}?)[_.-]?(?i:part|pt)?[_-]?1\s*[=:]\s*"
    + _PART_VALUE
    + r"(?:[\s,;&|]+(?P=key)[_.-]?(?i:part|pt)?[_-]?[2-6]\s*[=:]\s*"
    + _PART_VALUE
    + r"){1,5}(?![0-9A-Za-z])"
)


def joined_parts(match: regex.Match[str]) -> str:
    """The key and its parts' values joined (by a space where a part holds one, as a card
    number's groups do), after the parts as written."""
    parts = match.captures("v")
    glue = " " if any(" " in p for p in parts) else ""
    return f"{match.group(0)} {match.group('key')}={glue.join(parts)}"


# A ``hexdump -C`` / ``xxd`` listing: rows of an offset, up to sixteen spaced bytes and
# their ASCII column between bars (``00000000  0a 09 e5 bc b5 e9 9b 85  e7 ad 91 12 ...
# |.....H28|``), the rows on lines of their own or joined by `` / ``.
HEXDUMP_ROWS = regex.compile(
    r"(?:(?<![0-9A-Za-z])[0-9A-Fa-f]{8}:?\s{1,2}(?:[0-9A-Fa-f]{2}\s{1,2}){1,16}\s*\|[^|\n]{1,16}\|"
    r"(?:\s*(?:/\s*)?(?=[0-9A-Fa-f]{8}:?\s{1,2}[0-9A-Fa-f]{2}\s))?)+"
)
_HEXDUMP_BYTES = regex.compile(
    r"(?<=^|[\s/])[0-9A-Fa-f]{8}:?\s{1,2}((?:[0-9A-Fa-f]{2}\s{1,2}){1,16})"
)


# A ``tcpdump -X`` listing: rows of an offset, up to eight groups of two bytes and their
# ASCII column (``0x0030:  4258 5ab1 504f 5354 202f 7631 2f72 6964  BXZ.POST /v1/rid``),
# on lines of their own or joined by `` | ``; the ASCII column (sixteen characters at most,
# spaces among them) is skipped up to the next row.
TCPDUMP_ROWS = regex.compile(
    r"(?<![0-9A-Za-z])(?:0x[0-9a-f]{4}:\s{1,2}(?:[0-9a-f]{2,4}\s){1,8}\s*[^\n]{1,16}?"
    r"(?:\s*[|/]?\s*(?=0x[0-9a-f]{4}:)|(?=\s*(?:[|\n]|$))))+"
)
_TCPDUMP_BYTES = regex.compile(r"(?<![0-9A-Za-z])0x[0-9a-f]{4}:\s{1,2}((?:[0-9a-f]{2,4}\s){1,8})")


def decoded_tcpdump(match: regex.Match[str]) -> str:
    """The text a ``tcpdump -X`` listing's packet carries past its IPv4 and TCP or UDP
    headers, or the listing."""
    run = match.group(0)
    hexes = "".join(m.group(1).replace(" ", "") for m in _TCPDUMP_BYTES.finditer(run + " "))
    try:
        payload = _ip_payload(bytes.fromhex(hexes))
    except ValueError:
        return run
    return (
        _text_or_run(payload.hex(), _hex_text, ValueError, UnicodeDecodeError) if payload else run
    )


def _ip_payload(packet: bytes) -> bytes:
    """An IPv4 packet's payload past its TCP or UDP header (the packet itself when it is
    no IPv4 packet)."""
    if len(packet) < 20 or packet[0] >> 4 != 4:
        return packet
    body = packet[(packet[0] & 0x0F) * 4 :]
    if packet[9] == 6 and len(body) >= 20:  # TCP: its data offset in 32-bit words
        return body[(body[12] >> 4) * 4 :]
    if packet[9] == 17:  # UDP
        return body[8:]
    return body


def decoded_hexdump(match: regex.Match[str]) -> str:
    """The text a hexdump listing's bytes spell (UTF-8, framing read as spaces), or the
    listing."""
    run = match.group(0)
    hexes = "".join(m.group(1).replace(" ", "") for m in _HEXDUMP_BYTES.finditer(run))
    return _text_or_run(hexes, _hex_text, ValueError, UnicodeDecodeError) if hexes else run


# Bytes written in binary, eight digits a group, four groups or more (``01010011
# 01100001 ...``).
BINARY_BYTES = regex.compile(r"(?<![01])(?:[01]{8}[ ]){3,}[01]{8}(?![01])")
# Morse code: letters of dots and dashes set apart by a space, words by a slash, a bar or
# two spaces or more; four letters or more (``-- .- -- .- / .-- --- -. --.``).
_MORSE_LETTER = r"[.\-·•−]{1,6}"
MORSE_RUN = regex.compile(
    rf"(?<![\w.\-·•−])(?:{_MORSE_LETTER}(?: {{1,3}}| ?[/|] ?)){{3,}}{_MORSE_LETTER}(?![\w.\-·•−])"
)
_MORSE = {
    ".-": "A", "-...": "B", "-.-.": "C", "-..": "D", ".": "E", "..-.": "F", "--.": "G",
    "....": "H", "..": "I", ".---": "J", "-.-": "K", ".-..": "L", "--": "M", "-.": "N",
    "---": "O", ".--.": "P", "--.-": "Q", ".-.": "R", "...": "S", "-": "T", "..-": "U",
    "...-": "V", ".--": "W", "-..-": "X", "-.--": "Y", "--..": "Z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5",
    "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-....-": "-",
}  # fmt: skip
# A patient's name in a health message's caret-separated form, by where the standard puts
# it: a DICOM dump's (0010,0010) PatientName (``(0010,0010) PN [FERNANDEZ^ISABEL^MARIE]``)
# and an HL7 v2 PID segment's fifth field (``PID|1||MRN||NG^BEE LIAN^^^MDM||19570312``).
# Read as a labelled name (``Patient name: NG BEE LIAN MDM``).
# (also the other names and the mother's birth name, (0010,1001) and (0010,1060), and the
# name in DICOM JSON: ``"00100010":{"vr":"PN","Value":[{"Alphabetic":"Okonkwo^Daniel"}]}``;
# an HL7 segment maybe right after a log's key: ``raw_b64=PID|...``; not a QA phantom's
# or an anonymised name: ``PHANTOM^CATPHAN 600``)
_CARET_NAME = (
    r"(?!(?:PHANTOM|QA|TEST|ANONYMOUS|ANONYMIZED|ANONYMISED|ANON)\^)"
    r"[A-Z][A-Za-z'’\-]*(?: [A-Za-z'’\-]+)*(?:\^[A-Za-z'’\-/ ]*){1,5}"
)
HEALTH_NAME_FIELD = regex.compile(
    rf"(?<=\(0010,(?:0010|1001|1060)\)\s*(?:[A-Za-z]+\s+)?)(?:PN\s*)?\[?{_CARET_NAME}\]?"
    rf"|(?<=(?:^|[\s|=])PID\|(?:[^|\n]*\|){{4}}){_CARET_NAME}(?=\|)"
    rf"|(?<=\"0010(?:0010|1001|1060)\"\s*:\s*\{{[^}}]{{0,60}}\"Alphabetic\"\s*:\s*\"){_CARET_NAME}(?=\")"
)
_MORSE_DOTS = str.maketrans({"·": ".", "•": ".", "−": "-"})
_MIN_TEXT_CHARS = 4


def decoded_percent(match: regex.Match[str]) -> str:
    """The characters a run of percent escapes spells, or the run when it is no UTF-8."""
    run = match.group(0)
    try:
        text = urllib.parse.unquote_to_bytes(run).decode("utf-8")
    except UnicodeDecodeError:
        return run
    return text if printable(text) else run


def decoded_char_references(match: regex.Match[str]) -> str:
    """The characters a run of numeric HTML character references spells, or the run."""
    run = match.group(0)
    text = html.unescape(run)
    return text if printable(text) else run


def decoded_quoted_printable(match: regex.Match[str]) -> str:
    """The characters a run of quoted-printable escapes spells (UTF-8), or the run."""
    run = match.group(0)
    hexed = regex.sub(r"=\r?\n", "", run).replace("=", "")
    try:
        text = bytes.fromhex(hexed).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return run
    return text if printable(text) else run


def decoded_base64(match: regex.Match[str]) -> str:
    """The text a base64 blob encodes, or the blob when it encodes no text (a URL path's
    last segment is tried alone: ``/unsubscribe/bWVpbGluZy55...``)."""
    blob = match.group(0)
    text = _base64_text(blob)
    if text is not None:
        return text
    head, slash, last = blob.rpartition("/")
    if slash and len(last) >= 16:
        text = _base64_text(last)
        if text is not None:
            return head + slash + text
    return blob


def decoded_dns_base32(match: regex.Match[str]) -> str:
    """The text a DNS label's base32 spells, or the label."""
    label = match.group(0)
    return _text_or_run(
        label,
        lambda run: base64.b32decode(run.upper() + "=" * (-len(run) % 8)).decode("utf-8"),
        binascii.Error,
        ValueError,
        UnicodeDecodeError,
    )


def decoded_tbcd(match: regex.Match[str]) -> str:
    """The digits a TBCD value stands for (``5689217340`` -> ``6598123704``)."""
    run = match.group(0)
    return "".join(run[i + 1] + run[i] for i in range(0, len(run), 2)).rstrip("Ff")


def decoded_ldif_value(match: regex.Match[str]) -> str:
    """The text an LDIF attribute's base64 value spells (a name of three characters too:
    ``cn:: 5ZC05am35am3``), or the value."""
    value = match.group(0)
    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return value
    return text if text.strip() and printable(text) else value


# HTTP Basic credentials (``Authorization: Basic bWVsaXNzYS53b25nOkp1bjNidWch…``): base64 of
# ``user:password``.
BASIC_AUTH_CREDENTIALS = regex.compile(
    r"(?<=\b[Bb]asic\s+)(?:[A-Za-z0-9+/]{4}){2,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"
    r"(?![A-Za-z0-9+/=])"
)


def decoded_basic_auth(match: regex.Match[str]) -> str:
    """The user and the password Basic credentials carry, labelled (``username:
    melissa.wong password: …``), or the value when it holds no ``user:password``."""
    text = _base64_text(match.group(0))
    if text is None or ":" not in text:
        return match.group(0)
    user, _, password = text.partition(":")
    return f"username: {user} password: {password}"


def decoded_keyed_base64(match: regex.Match[str]) -> str:
    """The text a config value's short base64 spells, or the value."""
    value = match.group(0)
    text = _base64_text(value)
    if text is not None:
        return text
    # (a name of three Chinese characters is too short for :func:`_base64_text`'s checks)
    return decoded_ldif_value(match)


def emv_fields(run: str) -> tuple[dict[str, str], int]:
    """The top-level fields of an EMV QR payload at the start of ``run`` and where they end."""
    fields: dict[str, str] = {}
    at = 0
    while at + 4 <= len(run):
        tag, length = run[at : at + 2], run[at + 2 : at + 4]
        if not (tag.isdigit() and length.isdigit()) or at + 4 + int(length) > len(run):
            break
        fields[tag] = run[at + 4 : at + 4 + int(length)]
        at += 4 + int(length)
        if tag == "63":
            break
    return fields, at


def merchant_payload(run: str) -> bool:
    """Whether an EMV QR payload pays a merchant (a category other than 0000)."""
    fields, _ = emv_fields(run)
    return "59" in fields and "52" in fields and fields["52"] != "0000"


def labelled_emv_payee(match: regex.Match[str]) -> str:
    """A person-to-person payment QR's payload with its payee's name written out after it
    (``… Payee name: TAN MEI LING.``); any other payload, or text that is none, as it is."""
    run = match.group(0)
    fields, at = emv_fields(run)
    payee = fields.get("59", "").strip()
    if fields.get("52") != "0000" or not payee or "58" not in fields:
        return run
    return f"{run[:at]} Payee name: {payee}. {run[at:]}"


def labelled_aamva_fields(match: regex.Match[str]) -> str:
    """A licence payload with each element id written as its field's label."""
    return _AAMVA_FIELD.sub(lambda m: _AAMVA_LABELS[m.group(1)], match.group(0))


def decoded_quoted_printable_words(match: regex.Match[str]) -> str:
    """The words a run joined by quoted-printable spaces spells (UTF-8), or the run."""
    return _text_or_run(
        match.group(0),
        lambda run: quopri.decodestring(run.encode("ascii")).decode("utf-8"),
        UnicodeError,
        ValueError,
    )


def decoded_encoded_words(match: regex.Match[str]) -> str:
    """The text a run of RFC 2047 encoded-words spells in their charsets, or the run."""
    return _text_or_run(
        match.group(0),
        lambda run: str(email.header.make_header(email.header.decode_header(run))),
        LookupError,
        UnicodeDecodeError,
        binascii.Error,
        email.errors.HeaderParseError,
    )


def decoded_mime_body(match: regex.Match[str]) -> str:
    """The text a MIME part's base64 lines spell in the part's declared charset (UTF-8 by
    default), or the lines.  Words after the body that happen to be base64 letters are
    left as they are: the longest run of lines that decodes to text is taken."""
    lines = [line for line in match.group(0).split() if line not in ("|", "/")]
    declared = _DECLARED_CHARSET.findall(match.string, max(0, match.start() - 300), match.start())
    charset = declared[-1] if declared else "utf-8"
    for n in range(len(lines), 0, -1):
        blob = "".join(lines[:n])
        if len(blob) < 8:
            break
        text = _base64_text(blob, charset)
        if text is not None:
            return " ".join([text, *lines[n:]])
    return match.group(0)


# A receipt printer's commands (ESC/POS): initialise, bold, alignment and size, Chinese
# mode on and off, cut.  A print job starts with ``ESC @``.
# (a command's parameter may be any byte, a line feed's too: ``ESC d 0x0A``)
_ESCPOS_COMMAND = re.compile(rb"\x1b@|\x1b[EaM!-].|\x1c[&.]|\x1d!.|\x1dV(?:B.|.)|\x1bd.", re.DOTALL)


def escpos_text(raw: bytes) -> str | None:
    """The text a receipt printer's job prints (its commands dropped; UTF-8, or GB18030 or
    Big5 as Chinese printers take it), or None when ``raw`` is no print job."""
    if not raw.startswith(b"\x1b@"):
        return None
    body = _ESCPOS_COMMAND.sub(b" ", raw)
    for charset in ("utf-8", "gb18030", "big5"):
        try:
            text = body.decode(charset)
        except UnicodeDecodeError:
            continue
        if printable(text) and is_text(text.strip()):
            return text.strip()
    return None


def _base64_text(blob: str, charset: str = "utf-8") -> str | None:
    padded = blob.rstrip("=")
    padded += "=" * (-len(padded) % 4)
    altchars = b"-_" if ("-" in blob or "_" in blob) else None
    try:
        raw = base64.b64decode(padded, altchars=altchars, validate=True)
        if (printed := escpos_text(raw)) is not None:
            return printed
        # (UTF-16LE, as PowerShell's ``-EncodedCommand`` and Windows tools write it)
        if len(raw) >= 8 and _utf16le(raw):
            charset = "utf-16-le"
        text = raw.decode(charset)
    except (binascii.Error, ValueError, UnicodeDecodeError, LookupError):
        return None
    return text if is_text(text) else None


def decoded_hex(match: regex.Match[str]) -> str:
    """The text hex-encoded UTF-8 (or, after a byte-order mark, UTF-16) bytes spell, or the
    run when they spell none.  UTF-16 after its mark may be as short as a Chinese name of
    two or three characters (a PDF's ``/Author <FEFF8D754E3D5A1F>``)."""
    run = match.group(0)
    if run[:4].upper() != "FEFF" or len(run) % 4:
        text = _text_or_run(run, _hex_text, ValueError, UnicodeDecodeError)
        # (set apart from its ``0x`` or ``\x``, which would glue a number to a letter:
        # ``raw hex 0x2b3630...`` spells ``+60...``)
        prefixed = match.start() >= 1 and match.string[match.start() - 1] == "x"
        return " " + text if prefixed and text != run else text
    try:
        text = _hex_text(run)  # (UTF-16 after its mark)
    except (ValueError, UnicodeDecodeError):
        return run
    return text if len(text) >= 2 and printable(text) else run


def decoded_hex_bytes(match: regex.Match[str]) -> str:
    """The text a dump of spaced hex bytes spells (UTF-8), or the run when it spells none."""
    # (a receipt printer's job: ``1B 40 1C 26 CA D5 ...``, its text maybe GB18030 or Big5)
    run = match.group(0)
    try:
        if (printed := escpos_text(bytes.fromhex(run.replace(" ", "")))) is not None:
            return printed
    except ValueError:
        return run
    # (a fixed-length field's padding of zero bytes after the text: ``... 6d 79 00 00 00``)
    return _text_or_run(
        match.group(0),
        lambda run: _hex_text(re.sub(r"(?:00)+$", "", run.replace(" ", ""))),
        ValueError,
        UnicodeDecodeError,
    )


def _hex_text(run: str) -> str:
    raw = bytes.fromhex(run)
    # (UTF-16 after its byte-order mark, as a PDF's hex strings write text: ``<FEFF5F20...>``)
    if run[:4].upper() == "FEFF" and len(run) % 4 == 0:
        return raw[2:].decode("utf-16-be")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ucs2_text(raw) or framed_text(raw)
    return text if printable(text) else ucs2_text(raw) or framed_text(raw)


# The characters of a UCS-2 message: printable ASCII, CJK ideographs and punctuation,
# full-width forms; and those two of them must be (random bytes, a hash, seldom are).
_UCS2_CHAR = regex.compile(r"[\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_UCS2_MARK = regex.compile(r"[\x20-\x7e\u3000-\u303f\uff00-\uffef]")
_UCS2_FEWEST_CHARS = 8


def ucs2_text(raw: bytes) -> str | None:
    """The text of UTF-16 bytes with no byte-order mark, big-endian, as an SMS in UCS-2
    carries it (``dcs=08 ud=9673751FFF1A4F60...``), or ``None``: at least eight characters,
    all ASCII, CJK or full-width, with two ASCII characters or punctuation marks among them
    (random bytes pass about once in a million 16-byte hashes)."""
    if len(raw) < 2 * _UCS2_FEWEST_CHARS or len(raw) % 2:
        return None
    try:
        text = raw.decode("utf-16-be")
    except UnicodeDecodeError:
        return None
    if all(_UCS2_CHAR.match(c) for c in text) and len(_UCS2_MARK.findall(text)) >= 2:
        return text
    return None


# At most this share of a framed message's characters may be its framing.
_MOST_FRAMING = 0.25


def framed_text(raw: bytes) -> str:
    """The text runs of a binary message whose fields are framed by tag and length bytes
    (protobuf, Avro, a Kafka record: ``0a 09 <9 bytes of UTF-8> 12 0b ...``), the framing
    read as spaces; raises ``UnicodeDecodeError`` where framing is more than a quarter of
    the bytes (random bytes: a hash, a key)."""
    text = raw.decode("utf-8", errors="replace")
    framing = [_unprintable(c) for c in text]
    if sum(framing) > _MOST_FRAMING * len(text):
        raise UnicodeDecodeError("utf-8", raw, 0, len(raw), "mostly framing, no text")
    return "".join(" " if bad else c for c, bad in zip(text, framing, strict=True))


def decoded_binary(match: regex.Match[str]) -> str:
    """The text bytes written in binary spell (UTF-8), or the run when they spell none."""
    return _text_or_run(
        match.group(0),
        lambda run: bytes(int(group, 2) for group in run.split()).decode("utf-8"),
        UnicodeDecodeError,
    )


# A field or a line written backwards (``memo: 2087 6219 56+ ,naY iaK gnauH ecyrB ot dnes``):
# two or more words of it end in a capital letter after small ones, as a name reversed
# does (``ecyrB``); ``iPhone`` and ``macOS`` do not.  Taken from a line's start or a label's
# delimiter up to the line's end or the next one.
_BACKWARD_WORD = r"\b[a-z]{2,}[A-Z](?![\w'’])"
REVERSED_RUN = regex.compile(
    r"(?<=^|[\n:：=\"'“”(>|]\s?)[^\n:：=\"'“”|<>]{0,200}?"
    rf"{_BACKWARD_WORD}[^\n:：=\"'“”|<>]{{0,200}}?{_BACKWARD_WORD}[^\n:：=\"'“”|<>]{{0,200}}"
)


def decoded_reversed(match: regex.Match[str]) -> str:
    """The run read backwards, when more of its words then start with a capital letter
    than end with one (a reversed sentence with names in it); else the run."""
    run = match.group(0)
    back = run[::-1]
    ends = len(regex.findall(_BACKWARD_WORD, run))
    starts = len(regex.findall(r"\b[A-Z][a-z]{2,}\b", back))
    return back if starts >= ends >= 2 and is_text(back) else run


def labelled_health_name(match: regex.Match[str]) -> str:
    """A caret-separated patient name as a labelled one (``| Patient name: NG BEE LIAN``)."""
    value = regex.sub(r"^PN\s*|[\[\]]", "", match.group(0))
    parts = [p.strip() for p in value.split("^") if p.strip()]
    return "| Patient name: " + " ".join(parts)


def decoded_morse(match: regex.Match[str]) -> str:
    """The words a run of Morse code spells (a word of letters capitalised, as a name is
    written: ``TAN WEI`` -> ``Tan Wei``; one with digits as it is: ``S7915338I``), or the
    run when a letter is no Morse or the run is only one or two kinds of mark (``- - - -``,
    ``. . . .``: a rule or an ellipsis)."""
    run = match.group(0)
    words = regex.split(r" ?[/|] ?| {2,}", run.translate(_MORSE_DOTS).strip())
    letters = [word.split() for word in words]
    codes = [code for word in letters for code in word]
    if len(set(codes)) < 3 or not all(code in _MORSE for code in codes):
        return run
    out = []
    for word in letters:
        spelled = "".join(_MORSE[code] for code in word)
        out.append(spelled.capitalize() if spelled.isalpha() else spelled)
    text = " ".join(out)
    return text if is_text(text) else run


def _text_or_run(run: str, decode: Callable[[str], str], *errors: type[Exception]) -> str:
    """What ``decode`` makes of ``run`` when that is text (:func:`is_text`), else ``run``
    (also when decoding raises one of ``errors``)."""
    try:
        text = decode(run)
    except errors:
        return run
    return text if is_text(text) else run


def _unprintable(c: str) -> bool:
    """A replacement, control or unassigned character (a line break or a tab aside)."""
    return c == "\ufffd" or (unicodedata.category(c)[0] == "C" and c not in "\r\n\t")


def printable(text: str) -> bool:
    """No control or unassigned characters (a line break or a tab aside)."""
    return not any(_unprintable(c) for c in text)


def is_text(text: str) -> bool:
    """Printable text with enough letters or digits to be worth reading (a Chinese
    character counts one and a half: a three-character name is worth reading)."""
    wide = sum("\u3400" <= c <= "\u9fff" for c in text) // 2
    return (
        len(text) + wide >= _MIN_TEXT_CHARS
        and printable(text)
        and sum(c.isalnum() for c in text) + wide >= _MIN_TEXT_CHARS
    )
