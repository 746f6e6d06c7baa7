"""Street addresses in Malaysia (``No. 54, Jalan SS2/24, Taman Bahagia, 47300 Petaling Jaya``).

A Malaysian address names a road or estate (``Jalan``, ``Lorong``, ``Persiaran``,
``Taman``, ``Kampung`` ...) and is made precise by a house number before it (``No. 54``,
``Lot 12``) or a five-digit postcode and town after it.  A road name alone (``Jalan Tun
Razak``) is a public place, not personal data: one of the two is required, and a
road with a postcode but no house number (an office's address) needs a context word.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern
from residency.detectors.street_address_recognizer import organisation_premises

# (a flat's block, floor and unit: ``Blok C-8-12``)
_HOUSE = (
    # (or a home by its number: ``rumah 3, Jalan Dahlia 2``)
    # (in lower case too, as chats write it: ``unit B-15-06 Residensi ...``)
    # (or a flat's floor and unit before its block's letter: ``23-05, Blok C, Pangsapuri
    # ...``; a block's letter alone is its hundred homes', ``penduduk Blok C PPR ...``)
    r"(?:(?<![\w-])[0-9]{1,3}-[0-9]{1,3}[A-Z]?,?\s*(?:[Bb]lok|[Bb]lk|[Bb]lock)\s*[A-Z](?![A-Za-z0-9])|"
    r"(?:No\.?|Nombor|[Ll]ot|[Bb]lok|[Bb]lk|[Uu]nit|Tingkat|Level|[Rr]umah|[Hh]ouse)\s*"
    r"(?:[0-9][0-9A-Za-z/-]*|[A-Z]-?[0-9]{1,2}-[0-9][0-9A-Za-z/-]*))"
)
_PLACE_WORD = (
    r"(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh(?:raya)?|Lingkaran|Laluan|Lengkok|"
    r"Taman|Tmn\.?|Kampung|Kampong|Kg\.?|Desa|Bandar|Kota|Pangsapuri|Kondominium|Residensi|"
    r"Flat|Apartment|Section|Seksyen|"
    # (public housing: ``PPR Kampung Baru Air Panas``, ``PPRT``, ``Rumah Pangsa``)
    r"PPR|PPRT|Rumah Pangsa)"
)
_PART = r"[A-Z0-9][A-Za-z0-9/'’-]*"
_COMPONENT = rf"{_PLACE_WORD}\s+{_PART}(?:\s+{_PART}){{0,4}}"
_POSTCODE = r"[0-9]{5}\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}"
_SEP = r",?\s*"
_STREETS = rf"{_COMPONENT}(?:{_SEP}{_COMPONENT}){{0,3}}"
_END = r"(?![A-Za-z0-9])"
# A bare house number right before its road, as English writes it (``22 Jalan Bunga Raya,
# Taman Universiti``): an address only with an estate after the road (not ``2 Jalan
# Kuching exits``; nor an office's road and postcode, ``145 Jalan Tun Razak, 50400 KL``).
_BARE_HOUSE = r"(?<![\w.,/:-])[1-9][0-9]{0,3}[A-Z]?\s+"
# ... or with a comma (``我住在 12, Jalan Cerdas, Taman Connaught``)
_BARE_HOUSE_COMMA = r"(?<![\w.,/:-])[1-9][0-9]{0,3}[A-Z]?,\s+"
# A film's or a story's scene, where an address is a character's (``Dalam babak klimaks,
# penjahat menconteng alamat '13, Jalan Cempaka, ...' -- rumah watak utama``).
_FICTION = re.compile(
    r"(?i:\b(?:babak|watak|filem|drama|novel|episod|episode|scene|character|plot|villain|"
    r"penjahat|cerpen|cerita)\b)"
)


class MyAddressRecognizer(CountryPatternRecognizer):
    """A Malaysian road or estate with a house number or a postcode (see module docstring)."""

    ENTITY = "ADDRESS"
    COUNTRY_CODE = "my"
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern("MY address (full)", rf"{_HOUSE}{_SEP}{_STREETS}{_SEP}{_POSTCODE}{_END}", 0.85),
        Pattern("MY address (house)", rf"{_HOUSE}{_SEP}{_STREETS}{_END}", 0.65),
        Pattern("MY address (postcode)", rf"{_STREETS}{_SEP}{_POSTCODE}{_END}", 0.45),
        Pattern(
            "MY address (bare house number)",
            rf"{_BARE_HOUSE}{_COMPONENT}(?:{_SEP}{_COMPONENT}){{1,3}}{_END}",
            0.65,
        ),
        Pattern(
            "MY address (bare house number and comma)",
            rf"{_BARE_HOUSE_COMMA}{_COMPONENT}(?:{_SEP}{_COMPONENT}){{1,3}}{_END}",
            0.65,
        ),
        # ... or before a housing estate's numbered section road (``12A Jalan SS 2/24``,
        # ``7 Jalan USJ 4/3B``): such roads are residential, an estate's name or not.
        Pattern(
            "MY address (numbered road)",
            # (the house number with its letter, or after a word of a home: not a bus's
            # number, ``Bus 2 Jalan SS 2/24``)
            r"(?:(?<![\w.,/:-])(?<!(?i:gate|exit|pintu|bay|platform|door|bus|route|lot) )"
            r"[1-9][0-9]{0,3}[A-Z]\s+|(?<=(?i:alamat|address|rumah|house|home|"
            r"tinggal|lives?|unit|no\.?)[:\s]{1,3})[1-9][0-9]{0,3}\s+)"
            rf"(?:Jalan|Jln\.?)\s+(?:[A-Z]{{1,4}}\s?)?[0-9]{{1,2}}[A-Z]?/[0-9]{{1,3}}[A-Z]?{_END}",
            0.65,
        ),
        # The house number said after the road and town, in a home's description
        # (``Rumah saya di Lorong Kenari 6, Bukit Mertajam, nombor 14``).
        Pattern(
            "MY address (house after)",
            r"(?<=(?i:rumah|house|home|tinggal|live|lives|living|stay|staying|duduk|alamat|"
            r"address)\b[^.\n]{0,20})"
            rf"{_STREETS}{_SEP}(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}{_SEP})?"
            r"(?:No\.?|[Nn]ombor|[Nn]o\. rumah|rumah|house|number)\s*[0-9]+[A-Za-z]?"
            r"(?=\s*(?:[,.;!?)]|$))",
            0.65,
        ),
        # ... or written the Chinese way after the road, said to be a home (``我住在吉隆坡
        # 蕉赖Jalan Cerdas 12号3楼``).
        Pattern(
            "MY address (Chinese house number)",
            # (a home's words, not any address label: a business's ``地址：乔治市 Lebuh
            # Armenian 48 号`` is its own)
            r"(?<=(?:住在|住喺|家住|家在|屋企喺|寄到|送到|收货地址|收貨地址|收件地址)[^。！？\n]{0,16})"
            rf"{_COMPONENT}\s*[0-9]{{1,4}}[A-Z]?\s?[号號](?:\s?[0-9]{{1,2}}\s?[楼樓])?",
            0.65,
        ),
    ]
    CONTEXT = [
        "alamat", "address", "hantar", "deliver", "tinggal", "lives", "ship to", "rumah",
        "duduk", "pickup", "pick up", "ambil",
    ]  # fmt: skip
    CONTEXT_ZH = ["地址", "住址", "寄到", "送到"]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Not an organisation's premises (``our office at 1 Raffles Place, #20-01``), nor a
        house number and comma in a story's scene."""
        explanation = result.analysis_explanation
        if (
            explanation is not None
            and explanation.pattern_name == "MY address (bare house number and comma)"
            and _FICTION.search(text)
        ):
            return False
        return not organisation_premises(self, text, result)
