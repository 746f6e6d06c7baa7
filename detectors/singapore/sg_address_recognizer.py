"""Singapore addresses (``Blk 738 Punggol Field, #10-834, Singapore 288402``).

HDB and condominium addresses are a block and street with a unit ``#floor-unit``, and a
six-digit postal code after ``Singapore`` (or 新加坡/邮编/郵編); a unit next to a block or a
house number and street, or an HDB block (``Blk``) with its postal code, makes the address
precise (personal).  An office tower's street and postcode alone are not counted.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern
from residency.detectors.street_address_recognizer import organisation_premises

_BLOCK = r"(?:Blk\.?|Block|Apt\.?|No\.?)?\s*[0-9]{1,4}[A-Z]?"
# (a street's own number may come last: ``Tampines St 41``, ``Ang Mo Kio Ave 3``)
_STREET = r"[A-Z][A-Za-z'’]+(?:\s+(?:[A-Z][A-Za-z'’]+|[0-9]{1,2}[A-Z]?)){1,4}"
# (the words of a street named after its Malay head word: ``Kembangan``, ``Ah Soo``)
_STREET_WORDS = r"[A-Z][A-Za-z'’]+(?:\s+(?:[A-Z][A-Za-z'’]+|[0-9]{1,2}[A-Z]?)){0,3}"
_UNIT = r"#\s?[0-9]{1,3}\s?-\s?[0-9]{1,5}[A-Z]?"
_POSTAL = r"(?:Singapore|S|新加坡|邮编|郵編|邮政编码|郵政編碼|சிங்கப்பூர்)\s*[:：]?\s*\(?[0-9]{6}\)?"
_SEP = r",?\s*"
_END = r"(?![A-Za-z0-9])"


class SgAddressRecognizer(CountryPatternRecognizer):
    """Block/house number and street with a ``#unit`` or a ``Singapore 123456`` postcode."""

    ENTITY = "ADDRESS"
    COUNTRY_CODE = "sg"
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "SG address (unit)",
            rf"(?<![A-Za-z0-9]){_BLOCK}\s+{_STREET}{_SEP}{_UNIT}(?:{_SEP}{_POSTAL})?{_END}",
            0.8,
        ),
        Pattern(
            "SG address (postal)",
            rf"(?<![A-Za-z0-9])(?:Blk\.?|Block)\s*[0-9]{{1,4}}[A-Z]?\s+{_STREET}{_SEP}{_POSTAL}{_END}",
            0.75,
        ),
        Pattern("SG unit and postal code", rf"{_UNIT}{_SEP}{_POSTAL}{_END}", 0.7),
        # A landed house by its number on a street named in Malay, and its postcode (``27
        # Jalan Kembangan, Singapore 419133``): English street names are the street
        # recognizer's.
        Pattern(
            "SG house on a Malay-named street (postal)",
            rf"(?<![A-Za-z0-9#-])[0-9]{{1,4}}[A-Z]?\s+(?:Jalan|Jln\.?|Lorong|Lor\.?|Lengkok|Lengkong)\s+"
            rf"{_STREET_WORDS}{_SEP}{_POSTAL}{_END}",
            # (with a word of sending or living there: a hospital's or a shop's is on such
            # streets too)
            0.4,
        ),
        # ... the same in any case, as speech is transcribed (``block 432 ang mo kio avenue
        # three #12-217``): a block, up to six words of street, and a #unit.
        Pattern(
            "SG block, street and unit (any case)",
            r"(?<![A-Za-z0-9])(?i:blk\.?|block|blok)\s*[0-9]{1,4}[A-Za-z]?\s+"
            r"(?:[A-Za-z]+\s+){1,6}?(?:[0-9]{1,3}\s+)?(?:#\s?|(?i:unit)\s+)"
            r"[0-9]{1,2}\s?-\s?[0-9]{2,4}(?![0-9])",
            0.7,
        ),
        # An HDB block with its #unit is one flat, even when the street is written in
        # Chinese (``宏茂桥3道 Blk 314 #05-22``).
        # ... or with the unit first (``the owner of #11-214, Blk 627 Woodlands Ring Road``).
        Pattern(
            "SG unit before block and street",
            rf"{_UNIT}{_SEP}(?:Blk\.?|Block)\s*[0-9]{{1,4}}[A-Z]?\s+{_STREET}{_END}",
            0.7,
        ),
        Pattern(
            "SG block and unit",
            rf"(?<![A-Za-z0-9])(?:Blk\.?|Block)\s*[0-9]{{1,4}}[A-Z]?{_SEP}{_UNIT}(?:{_SEP}{_POSTAL})?{_END}",
            0.7,
        ),
    ]
    CONTEXT = [
        "address",
        "deliver",
        "ship to",
        "lives",
        "alamat",
        "courier",
        "send to",
        "post to",
        "mail to",
        "home",
        # (a delivery's stop: ``Lalamove drop-off: 27 Jalan Bunga Rampai, Singapore 538414``)
        "drop-off",
        "drop off",
        "dropoff",
        "pick-up point",
        # (a ride booked to it: ``Grab ride for the donor's widow to 12 Jalan Kembangan, ...``)
        "ride",
        "pick up from",
        "pickup from",
        # (an ambulance or a taxi sent to it, a house: ``send the ambulance to 38 Jalan
        # Kembangan``, ``my uncle's house``)
        "ambulance",
        "send the",
        "house",
        # (and an invoice's or a bill's addressee: ``Invoice to: MR LIONEL FERNANDEZ, 6 Lorong
        # Marzuki, Singapore 416741``)
        "invoice to",
        "bill to",
        "billed to",
    ]
    CONTEXT_ZH = ["地址", "住址", "寄到", "送到"]
    # (the sending word may stand before the addressee's name: ``courier the album to Daniel
    # de Souza, 27 Jalan Kembangan, ...``)
    CONTEXT_BEFORE = 64

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Not an organisation's premises (``our office at 1 Raffles Place, #20-01``)."""
        return not organisation_premises(self, text, result)
