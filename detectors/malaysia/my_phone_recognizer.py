"""Malaysian mobile numbers and fixed lines."""

from __future__ import annotations

from residency.detectors.country_base import (
    NA,
    PHONE_CONTEXT,
    PHONE_CONTEXT_ZH,
    CountryPatternRecognizer,
)
from residency.detectors.patterns import Pattern

_NB = r"(?<![0-9A-Za-z+])"
# 011 numbers have 8 subscriber digits; the other 01x prefixes have 7.
_SUBSCRIBER = r"1(?:1[ -]?\d{4}|[02-46-9][ -]?\d{3})[ -]?\d{4}"
# Fixed lines: 03 (Klang Valley) has 8 subscriber digits, 04-07 and 09 have 7, Sabah's and
# Sarawak's 082-089 have 6 (``03-8922 6310``, ``04-263 1234``, ``088-231 456``).
_FIXED = r"(?:3[ -]?\d{4}[ -]?\d{4}|[4-79][ -]?\d{3}[ -]?\d{4}|8[2-9][ -]?\d{3}[ -]?\d{3})"


class MyPhoneRecognizer(CountryPatternRecognizer):
    """``+60 12-345 6789``, ``012-3456789``, ``011-1234 5678``; fixed lines ``03-8922 6310``,
    ``+60 4-263 1234``, ``088-231 456``."""

    ENTITY = "MY_PHONE"
    COUNTRY_CODE = "my"
    PATTERNS = [
        Pattern(
            "MY mobile (intl)",
            r"(?<![0-9A-Za-z])(?:\+60|0060|\(\+60\))[ -]?" + _SUBSCRIBER + NA,
            0.7,
        ),
        Pattern(
            "MY mobile (separated)", _NB + r"01(?:1-\d{4}|[02-46-9]-\d{3})[ -]?\d{4}" + NA, 0.6
        ),
        # (a 01x number given eight subscriber digits, as people mistype or make them up,
        # written as a mobile is: ``012-7735 9046``; not a case number, ``017-0231-2025``)
        Pattern("MY mobile (eight digits, separated)", _NB + r"01[2-46-9]-\d{4} \d{4}" + NA, 0.5),
        Pattern("MY mobile", _NB + "0" + _SUBSCRIBER + NA, 0.4),
        # (the country code without its plus, as WhatsApp users copy it: ``6013-772 1905``)
        Pattern("MY mobile (60 without plus)", _NB + "60" + _SUBSCRIBER + NA, 0.4),
        # (a user name's or a file name's number, joined to a word: ``amirul.hakim_0176653920``,
        # ``resit_0176653920.pdf``)
        Pattern("MY mobile (in a name)", r"(?<=[A-Za-z][._])0" + _SUBSCRIBER + NA, 0.6),
        # (a WhatsApp link's number: ``wa.me/60127739405``)
        Pattern("MY mobile (wa.me link)", r"(?<=wa\.me/)60" + _SUBSCRIBER + NA, 0.8),
        Pattern("MY fixed line (intl)", r"(?<![0-9A-Za-z])(?:\+60|0060)[ -]?" + _FIXED + NA, 0.6),
        # (a national fixed line is reported with a phone word near it)
        Pattern("MY fixed line", _NB + "0" + _FIXED + NA, 0.4),
    ]
    # (and Malay written in Jawi: telefon, nombor, hubungi, fon)
    # (and a home line, as a fax header or a form gives it: ``RUMAH EN. RAZALI  03-6187 4421``)
    CONTEXT = [
        *PHONE_CONTEXT,
        "malaysia",
        "rumah",
        "tel rumah",
        # (and whose number it is, by honorific, as a shop's log writes it: ``0123309817 -
        # pn rohana - tanya stok``)
        "pn",
        "puan",
        "encik",
        "cik",
        "تيليفون",
        "تليفون",
        "نومبور",
        "هوبوڠي",
        "فون",
    ]
    CONTEXT_ZH = [*PHONE_CONTEXT_ZH, "马来西亚"]
    STANDALONE_IS_CONTEXT = True
    NAME_IS_CONTEXT = True
    # (whose phone it is may sit between the word and the number: ``Telefon rumah mak cik
    # Halimah di Ampang: 03-8922 6310``)
    CONTEXT_BEFORE = 48
