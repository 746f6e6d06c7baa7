"""Pure check-digit helpers shared by the country recognizers.

Every function takes the already-normalised value (no spaces or dashes), never raises
for bad input and returns ``False`` (or ``None`` for ``*_check_*`` helpers) instead.
"""

from __future__ import annotations

import datetime

_GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB11643_CHECK = "10X98765432"

# GB 32100-2015: the 31 characters of a Unified Social Credit Code (no I, O, S, V, Z).
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_SG_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_SG_TABLES = {
    "S": (0, "JZIHGFEDCBA"),
    "T": (4, "JZIHGFEDCBA"),
    "F": (0, "XWUTRQPNMLK"),
    "G": (4, "XWUTRQPNMLK"),
}
_SG_M_TABLE = "KLJNPQRTUWX"

# Taiwan: the letter of a national id / ARC number stands for a two-digit area code.
_TW_LETTER_CODES = {c: v for v, c in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}


def luhn(digits: str) -> bool:
    """Luhn (mod 10) check over a string of digits, check digit last."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iso7064_mod11_2_check_char(body: str) -> str | None:
    """ISO 7064 MOD 11-2 check character of a 17-digit GB 11643 body ('X' stands for 10)."""
    if len(body) != 17 or not body.isascii() or not body.isdigit():
        return None
    total = sum(int(c) * w for c, w in zip(body, _GB11643_WEIGHTS, strict=True))
    return _GB11643_CHECK[total % 11]


def iso7064_mod11_2(value: str) -> bool:
    """True if an 18-character GB 11643 citizen id number has a valid check character."""
    if len(value) != 18:
        return False
    expected = iso7064_mod11_2_check_char(value[:17])
    return expected is not None and expected == value[17].upper()


def uscc_check_char(body: str) -> str | None:
    """GB 32100-2015 check character of the first 17 characters of a USCC."""
    if len(body) != 17 or any(c not in USCC_ALPHABET for c in body):
        return None
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_valid(value: str) -> bool:
    """True if an 18-character Unified Social Credit Code has a valid check character."""
    return len(value) == 18 and uscc_check_char(value[:17]) == value[17]


def hkid_check_char(prefix: str, digits: str) -> str | None:
    """Check character ('0'-'9' or 'A') of a Hong Kong identity card number."""
    if not (1 <= len(prefix) <= 2 and prefix.isascii() and prefix.isalpha() and prefix.isupper()):
        return None
    if len(digits) != 6 or not digits.isascii() or not digits.isdigit():
        return None
    letters = prefix.rjust(2)  # a one-letter prefix counts a leading space (value 36)
    values = [36 if c == " " else ord(c) - ord("A") + 10 for c in letters]
    values += [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return "A" if check == 10 else str(check)


def tw_id_valid(value: str) -> bool:
    """Taiwan national id / new-format ARC number (letter + 9 digits) checksum."""
    if len(value) != 10 or value[0] not in _TW_LETTER_CODES:
        return False
    rest = value[1:]
    if not rest.isascii() or not rest.isdigit():
        return False
    code = _TW_LETTER_CODES[value[0]]
    digits = [code // 10, code % 10] + [int(d) for d in rest]
    weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def sg_nric_check_char(prefix: str, digits: str) -> str | None:
    """Check letter of a Singapore NRIC/FIN (S, T, F, G and the 2022 M series)."""
    if len(digits) != 7 or not digits.isascii() or not digits.isdigit():
        return None
    total = sum(int(d) * w for d, w in zip(digits, _SG_WEIGHTS, strict=True))
    if prefix == "M":
        return _SG_M_TABLE[10 - (total + 3) % 11]
    if prefix not in _SG_TABLES:
        return None
    offset, table = _SG_TABLES[prefix]
    return table[(total + offset) % 11]


def valid_date(year: int, month: int, day: int) -> bool:
    """True if year-month-day is a real calendar date."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
