"""Street addresses written the English way (``19 Rosewood Lane, Cork``, ``1804 Maple Ave,
Apt 5C, Austin, TX 78701``, ``42 Elm Grove, Leeds LS6 2AB``).

A house number and a street (``Street``, ``Rd``, ``Lane``, ``Grove`` ...) name a place; it
is someone's address when the text says so (``I live at``, ``ship to``, ``my address``),
when a flat or unit makes it one dwelling (``Apt 5C``, ``Flat 7B``), or when a town, a US
ZIP or a full UK postcode makes it precise.  A street with a number alone, an organisation's
premises (``our office at``, ``the museum at``) and a few addresses known the world over
(``10 Downing Street``) are not reported.  Singapore and Malaysia have their own
recognizers for ``Blk``/``#unit`` and ``Jalan``/``Taman`` forms.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import PREMISES_BEFORE, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_NUMBER = r"(?<![A-Za-z0-9#-])(?:No\.?\s*)?[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]{1,5}[A-Za-z]?)?"
_WORD = r"(?:[A-Z][a-z'’]+|[0-9]{1,3}(?:st|nd|rd|th))"
_TYPE = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Grove|Close|Crescent|"
    r"Cres\.?|Way|Place|Pl\.?|Court|Ct\.?|Terrace|Tce\.?|Boulevard|Blvd\.?|Gardens|Square|"
    # (and a landed estate's: ``41 Binjai Park``)
    r"Sq\.?|Parade|Highway|Hwy\.?|Mews|Walk|Circle|Parkway|Pkwy\.?|Row|Rise|Park|"
    # (and Singapore's plains, heights, links and loops: ``14 Siglap Plain``)
    r"Plain|Heights|Link|Loop|Vale)(?![A-Za-z])"
)
_STREET = rf"{_NUMBER}\s+(?:{_WORD}\s+){{1,3}}{_TYPE}"
_UNIT_WORD = r"(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Flat|Room|Rm\.?)"
_UNIT_BEFORE = rf"(?:{_UNIT_WORD}\s*[0-9][0-9A-Za-z-]{{0,5}},?\s+)"
_UNIT_AFTER = rf"(?:,?\s*(?:{_UNIT_WORD}\s*|#\s?)[0-9][0-9A-Za-z-]{{0,5}})"
_CITY = r"(?:,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_POSTCODE = (
    r"(?:,?\s*[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?"  # US state and ZIP
    r"|,?\s*[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])"  # UK
)

# Premises of an organisation, named right before the address.
_ORGANISATION_WINDOW = 64
# Words that make an address somebody's dwelling even beside an organisation's premises
# (``my home near the museum at ...``); ``moved to`` or ``send to`` suit an office too.
_RESIDENTIAL = re.compile(
    r"(?<![A-Za-z])(?:live|lives|living|lived|reside[sd]?|residing|residence|home|"
    # (and somebody else's: ``keys are with Hafiz at his flat, Blk 418 ...``)
    r"(?:my|his|her|their) (?:place|flat|house|unit|apartment)|our (?:place|flat|house|home)|"
    r"staying at|"
    r"stay at|tinggal|menetap|kediaman|rumah(?! (?:kedai|ibadat|sakit|terbuka|tamu)))"
    # (and "we live" said in mixed chat: ``我们住 Jurong West St 52 Blk 518 #11-402``)
    r"(?![A-Za-z])|住在|家住|住址|我家|(?:我|我们|我們|我哋|佢哋|他们|她们|他們|她們)住(?!院)",
    re.IGNORECASE,
)
# What the address is, said after it (``..., 55100 Kuala Lumpur is a shopping mall``, ``...
# kerana ia bangunan awam``): a public building's.
_PREMISES_SAID_AFTER = re.compile(
    r"(?<![A-Za-z])(?:is|was|ialah|adalah|ia|it's)\s+(?:(?:a|an|the|sebuah)\s+)?"
    r"(?:[A-Za-z-]+\s+)?(?:shopping mall|mall|shopping cent(?:re|er)|public building|"
    r"government building|office tower|landmark|museum|hotel|bangunan awam|"
    r"bangunan kerajaan|pusat membeli-belah)(?![A-Za-z])"
    # ... or its opening hours (``..., 50450 Kuala Lumpur, buka 24 jam``, ``open daily``).
    r"|(?<![A-Za-z])(?:buka|open)\s+(?:24\s*(?:jam|hours)|daily|setiap hari|everyday|every day)"
    r"(?![A-Za-z])|opening hours|waktu (?:operasi|perniagaan)",
    re.IGNORECASE,
)
# Addresses of public buildings and of fiction that every encyclopaedia names.
WELL_KNOWN_ADDRESSES = re.compile(
    r"10 Downing St|221B Baker St|1600 Pennsylvania Ave|4 Privet Drive|742 Evergreen Terrace|"
    r"3 Abbey Road|"
    # (and more of fiction's and of famous buildings': Paddington's, Spider-Man's,
    # SpongeBob's, Wayne Manor, Breaking Bad's, Apple's, Google's)
    r"32 Windsor Gardens|20 Ingram St|124 Conch St|12 Grimmauld Place|177A Bleecker St|"
    r"1007 Mountain Drive|308 Negra Arroyo Lane|31 Spooner St|1640 Riverside Drive|"
    r"1313 Disneyland Drive|350 Fifth Ave|One Infinite Loop|1 Infinite Loop|1 Apple Park Way|"
    r"42 Wallaby Way|"
    r"1600 Amphitheatre Parkway|1 Hacker Way|"
    # (and a statesman's house in a public debate: Lee Kuan Yew's)
    r"38 Oxley Road",
    re.IGNORECASE,
)


# A landmark by its name right before the address (``Canton Tower, 222 Yuejiang West Road``,
# ``Chihkan Tower at No. 212, Section 2, Minzu Road``): where a sight stands, nobody's home.
_LANDMARK_BEFORE = re.compile(
    r"(?:[A-Z][\w'’-]+\s+){1,4}(?:Tower|Pagoda|Palace|Mausoleum|Monument|Memorial|Zoo|Aquarium|"
    r"Fort|Cathedral|Shrine|Observatory|Lighthouse|Temple|Museum)"
    r"(?:,\s*|\s+(?:is |stands |sits )?at\s+)$"
)
_UNIT_IN = re.compile(rf"{_UNIT_WORD}|#\s?[0-9]")
# ... unless the text sends something there or speaks of its own (``deliver to ... Tower``).
_SENT_OR_OWN = re.compile(
    r"(?<![A-Za-z])(?:deliver|delivery|send|sent|ship|mail|post(?:ed)? to|courier|parcel|"
    r"my|our)(?![A-Za-z])",
    re.IGNORECASE,
)


class StreetAddressRecognizer(CountryPatternRecognizer):
    """A house number and street, with a unit, a postcode or words saying it is an address."""

    ENTITY = "ADDRESS"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "street address (unit)",
            rf"{_UNIT_BEFORE}{_STREET}{_UNIT_AFTER}?{_CITY}{{0,2}}(?:{_POSTCODE})?"
            rf"|{_STREET}{_UNIT_AFTER}{_CITY}{{0,2}}(?:{_POSTCODE})?",
            0.6,
        ),
        Pattern("street address (postcode)", rf"{_STREET}{_CITY}{{0,2}}{_POSTCODE}", 0.6),
        Pattern("street address (town)", rf"{_STREET}{_CITY}{{1,2}}", 0.55),
        # Reported only with a context word (score below the threshold until boosted).
        Pattern("street address", _STREET, 0.4),
    ]
    CONTEXT = [
        "address",
        "addr",
        "live at",
        "lives at",
        "living at",
        "live in",
        "lives in",
        "moved to",
        "moving to",
        "reside",
        "resides",
        "residing",
        "residence",
        "home",
        "ship to",
        "deliver to",
        "delivery to",
        "send to",
        "send it to",
        "mail to",
        "my place",
        "our place",
        "staying at",
        "alamat",
        # (a customer or a resident at their home: ``Complaint from the owner at 14 Siglap
        # Plain``)
        "owner at",
        "client at",
        "customer at",
        "resident at",
        "tenant at",
    ]
    CONTEXT_ZH = ["地址", "住址", "住在", "寄到", "送到"]
    CONTEXT_BEFORE = 48

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Not an organisation's premises or a world-famous address."""
        if WELL_KNOWN_ADDRESSES.match(text, result.start):
            return False
        if (
            _LANDMARK_BEFORE.search(text[max(0, result.start - 60) : result.start])
            and not _UNIT_IN.search(text, result.start, result.end)
            and not _RESIDENTIAL.search(text)
            and not _SENT_OR_OWN.search(text)
        ):
            return False
        return not organisation_premises(self, text, result)


def organisation_premises(
    recognizer: CountryPatternRecognizer, text: str, result: RecognizerResult
) -> bool:
    """Whether the address ``result`` follows an organisation's premises (``our office at``,
    ``the museum at``) with none of ``recognizer``'s residential context words around it
    (``my home near the museum at ...`` stays an address)."""
    start, end = result.start, result.end
    if not PREMISES_BEFORE.search(
        text[max(0, start - _ORGANISATION_WINDOW) : start]
    ) and not _PREMISES_SAID_AFTER.search(text, end, end + _ORGANISATION_WINDOW):
        return False
    # (as far back as the premises are looked for: ``rumah kakak saya sebelah klinik, ...``)
    back = max(recognizer.CONTEXT_BEFORE, _ORGANISATION_WINDOW)
    window = text[max(0, start - back) : end + recognizer.CONTEXT_AFTER]
    return not _RESIDENTIAL.search(window)
