"""Flat addresses in Hong Kong written in English (``Flat 12B, 8/F, Block 3, Kwai Chung
Estate``, ``Rm 1608, Wah Fu Estate Block 2``).

A Hong Kong home is named by its flat or room, then a floor, a block and an estate or a
building; a street is often left out.  A flat number alone is nobody's address, and an
estate's or a building's name alone is a public place: a flat (or room) with a floor, a
block or a residential building's name after it is required.  Offices use rooms and
floors too, so a company's or a body's premises named before it clears it, as for the
other address recognizers.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern
from residency.detectors.street_address_recognizer import organisation_premises

_FLAT = r"(?:Flat|FLAT|Rm\.?|RM\.?|Room|ROOM|Unit|UNIT)\s*[A-Z]?[0-9]{0,4}[A-Z]?(?<=[0-9A-Z])"
_FLOOR = r"(?:[0-9]{1,2}|G|LG|UG)\s*/\s*F|(?:[0-9]{1,2}(?:st|nd|rd|th)|Ground)\s+(?:Floor|floor)"
_BLOCK = r"(?:Block|Blk\.?|BLOCK|BLK|Tower|TOWER)\s*[A-Z0-9]{1,3}(?![A-Za-z0-9])"
_WORD = r"[A-Z][A-Za-z'’-]*"
_BUILDING = (
    rf"{_WORD}(?:\s+{_WORD}){{0,3}}\s+"
    r"(?:Estate|ESTATE|Court|COURT|Gardens?|GARDENS?|Mansions?|MANSIONS?|Building|BUILDING|"
    r"House|HOUSE|Villas?|VILLAS?|Terrace|TERRACE|Heights|HEIGHTS|Lau|LAU|Chuen|CHUEN|"
    r"Tsuen|TSUEN|Garden City|Centre|Center)(?![A-Za-z])"
)
# A campus's or an institution's building, named for what is taught or done in it
# (``Room 417, Engineering Building IV``, ``Rm 201, Academic Building``): nobody's home.
_INSTITUTION_BUILDING = re.compile(
    r"(?<![A-Za-z])(?:Engineering|Sciences?|Academic|Administration|Administrative|Research|"
    r"Teaching|Lecture|Library|Medical|Chemistry|Physics|Biology|Humanities|Laboratory|"
    r"Student|Students'?)\s+(?:Building|BUILDING|Centre|Center|Complex)(?![A-Za-z])"
)
_SEP = r"\s*,?\s*"
_PART = rf"(?:{_FLOOR}|{_BLOCK}|{_BUILDING})"


class HkFlatAddressRecognizer(CountryPatternRecognizer):
    """A flat or room followed by a floor or a building, maybe after a block (see module
    docstring); a flat and a block alone only with an address word."""

    ENTITY = "ADDRESS"
    COUNTRY_CODE = "hk"
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "HK flat address",
            rf"(?<![A-Za-z]){_FLAT}{_SEP}(?:{_BLOCK}{_SEP})?(?:{_FLOOR}|{_BUILDING})"
            rf"(?:{_SEP}{_PART}){{0,3}}(?![A-Za-z0-9])",
            0.6,
        ),
        # A flat and a block only (``Unit 5, Block A``) may be a factory's or a notice's:
        # reported with an address word near it.
        Pattern(
            "HK flat and block",
            rf"(?<![A-Za-z]){_FLAT}{_SEP}{_BLOCK}(?![A-Za-z0-9])",
            0.4,
        ),
    ]
    CONTEXT = ["address", "addr", "deliver", "ship to", "send to", "send it to", "live", "lives"]
    CONTEXT_ZH = ["地址", "住址", "寄到", "送到"]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Not an organisation's premises (``Acme Ltd, Room 1203, 12/F, Wing On Centre``)
        nor a room of a campus building (``Room 417, Engineering Building``)."""
        return not organisation_premises(self, text, result) and not (
            _INSTITUTION_BUILDING.search(text, result.start, result.end)
        )
