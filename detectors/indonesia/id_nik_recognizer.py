"""Indonesian population identity numbers (NIK, Nomor Induk Kependudukan, on the KTP card)."""

from __future__ import annotations

from residency.detectors.country_base import ID_NEGATIVE_CONTEXT, NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# The first two digits: the province codes of Indonesia's civil registry (Aceh 11 to
# Papua 94; Indonesian Law 23/2006 and the Ministry of Home Affairs' region codes).
_PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "21",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "51",
        "52",
        "53",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "72",
        "73",
        "74",
        "75",
        "76",
        "81",
        "82",
        "91",
        "92",
        "93",
        "94",
        "95",
        "96",
        "97",
    ]
)


def id_nik_valid(digits: str) -> bool:
    """Whether sixteen digits are a NIK: a province code, a regency and a district (two
    digits each, not 00), the birth date (the day plus 40 for women), then a serial that is
    not 0000.  No check digit exists."""
    if len(digits) != 16 or not digits.isdigit() or digits[:2] not in _PROVINCES:
        return False
    if digits[2:4] == "00" or digits[4:6] == "00" or digits[12:] == "0000":
        return False
    day, month = int(digits[6:8]), int(digits[8:10])
    day = day - 40 if day > 40 else day
    return 1 <= day <= 31 and 1 <= month <= 12


class IdNikRecognizer(CountryPatternRecognizer):
    """Sixteen digits of a valid NIK shape, right after a NIK, KTP or Indonesian id word.

    The shape is a bank card's or an order number's too and has no check digit, so the
    number is taken only after its label (``NIK 3273011208890004``, ``no. KTP``, ``印尼身分證
    號``)."""

    ENTITY = "ID_NIK"
    COUNTRY_CODE = "id"
    NEGATIVE_CONTEXT = ID_NEGATIVE_CONTEXT
    PATTERNS = [
        Pattern("ID NIK", NB + r"\d{16}" + NA, 0.6),
        Pattern("ID NIK (grouped)", NB + r"\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4}" + NA, 0.6),
    ]
    CONTEXT = [
        "nik", "no. nik", "no nik", "ktp", "no. ktp", "no ktp", "e-ktp", "nomor ktp",
        "nomor induk kependudukan", "indonesian id", "indonesian ic", "kartu tanda penduduk",
    ]  # fmt: skip
    CONTEXT_ZH = [
        "印尼身分證", "印尼身份证", "印尼身分證號", "印尼身份证号", "印尼身份證", "印尼身分证",
    ]  # fmt: skip
    CONTEXT_REQUIRED = frozenset({"ID NIK", "ID NIK (grouped)"})

    def validate_result(self, pattern_text: str) -> bool | None:
        return id_nik_valid("".join(c for c in pattern_text if c.isdigit()))
