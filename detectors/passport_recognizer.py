"""Passport numbers of any country, announced as such (``passport K6428672K``).

Countries other than China (which has its own recognizer) write passport numbers as one
or two letters and six to nine digits, maybe ending in a letter (Singapore ``E1234567A``,
Malaysia ``A12345678``, Hong Kong ``K12345678``), or as nine digits (Taiwan, the US).  No
public check digit exists, and the shape is also an order code or a model number, so a
value is reported only right after a passport word (``passport``, ``pasport``, ``护照``,
``護照號碼``): context is required, not just a score boost.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.malaysia.my_name_recognizer import KNOWN_IN_CAPITALS
from residency.detectors.patterns import Pattern

# A traveller's name in capitals (a known surname or given name in it) right before the
# value, as passports print it (``ONG KAH SENG A48812365``), after passport numbers were
# asked for or listed earlier in the text (an agent's "the passport numbers, please", a
# booking's header).
# (maybe with the traveller's kind or birth date between: ``CHEAH KOK LEONG (adult)``,
# ``CHEAH YI HENG 03/01/2019``)
_NAME_IN_CAPITALS_BEFORE = re.compile(
    r"(?:^|[\s:,(])[A-Z]{2,}(?:[ -][A-Z]{2,}){1,4}"
    r"(?:\s*\((?i:adult|child|infant|kid|senior)\)|\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s*[,:]?\s*$"
)
_PASSPORT_WORD = re.compile(r"passports?|pasport|paspot|paspor|护照|護照", re.IGNORECASE)
_ASKED_WINDOW = 240


# A passport word in English, Malay and Indonesian; countries and nationalities said
# between it and the number.
_PASSPORT_WORDS = ("passport", "pasport", "paspot", "paspor")
_COUNTRIES = (
    "indonesia", "malaysia", "vietnam", "myanmar", "nepal", "bangladesh", "india",
    "filipina", "philippines", "thailand", "china", "pakistan", "kemboja", "cambodia",
    # (and an expatriate's, in English and Malay: ``pasport Sepanyol PAE482913``)
    "singapura", "singapore", "spain", "sepanyol", "germany", "jerman", "france", "perancis",
    "italy", "itali", "britain", "uk", "australia", "amerika", "usa", "japan", "jepun",
    "korea", "belanda", "netherlands", "new zealand", "canada", "kanada", "ireland",
)  # fmt: skip
_NATIONALITIES = (
    "indonesian", "malaysian", "philippine", "indian", "spanish", "german", "french",
    "italian", "british", "australian", "american", "japanese", "korean", "dutch",
    "singaporean", "canadian", "irish",
)  # fmt: skip
# A passport word, then the holder's name between it and the value, in brackets or after
# a colon (``Pasport Win Naing (MF334218)``, ``passport of Ram Gurung: PA1234567``).
_HOLDER_BETWEEN = re.compile(
    rf"(?i:{'|'.join(_PASSPORT_WORDS)})(?: (?i:of|for|milik|untuk|si))?"
    # (not an office's or a form's words: ``Passport Office (``, ``Passport Renewal Form:``)
    r"(?: (?!(?:Office|Services?|Seva|Application|Renewal|Form|Photo|Counter|Unit|Section|"
    r"Division|Control|Number|No|Holder|Expiry|Issue|Type|Size|Index|Rank|Ranking)\b)"
    r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?){1,4}\s*[(:]\s*$"
)

# ... or whose passport it is, by kin (``Pasport anak saya A58213490``, ``passport my son
# K1234567``).
_KIN_BETWEEN = re.compile(
    rf"(?i:{'|'.join(_PASSPORT_WORDS)})\s+(?i:(?:of\s+|for\s+)?(?:my|our)\s+)?"
    r"(?i:anak|suami|isteri|ibu|bapa|ayah|mak|emak|adik|abang|kakak|son|daughter|wife|husband|"
    r"mother|father|mum|mom|dad|child|kid)"
    r"(?:\s+(?i:saya|aku|sy|kami|kita|dia))?['’]?s?\s*[:(]?\s*$"
)

# ... or with a few lower-case words of the label between it and the colon (``Nombor pasport
# baru pekerja: X3391806``, ``passport no. of the new helper: E1234567``); not a fee's, a
# form's or an office's number.
_WORDS_BETWEEN = re.compile(
    rf"(?i:{'|'.join(_PASSPORT_WORDS)})(?:\s+(?i:no\.?|number|nombor|num))?"
    r"(?:\s+(?!(?:fee|fees|yuran|form|borang|office|pejabat|photo|foto|application|permohonan|"
    r"renewal|pembaharuan|reference|rujukan|ref|tracking|order|booking|counter|kaunter|size|"
    r"saiz|queue|giliran)\b)[a-z]+){1,4}\s*:\s*$"
)


class PassportRecognizer(CountryPatternRecognizer):
    """Letters and digits of a passport number, right after a passport word."""

    ENTITY = "PASSPORT"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        # (the letters maybe typed apart from the digits: ``C 4418207``)
        Pattern("passport", NB + r"(?:[A-Z]{1,2} ?\d{6,9}[A-Z]?|\d{8,9})" + NA, 0.5),
        # (nine letters and digits mixed, as German and other EU passports are numbered:
        # ``C7FJ2R9L4``; only right after a passport word, as every pattern here)
        Pattern(
            "passport (alphanumeric)",
            NB + r"(?=[0-9A-Z]*[0-9])(?=[0-9A-Z]*[A-Z][0-9A-Z]*[A-Z])[A-Z][0-9A-Z]{8}" + NA,
            0.5,
        ),
    ]
    CONTEXT = [
        "passport",
        "passport no",
        "passport number",
        "passport num",
        "pasport",
        "paspot",
        "no. pasport",
        "nombor pasport",
        "travel document",
        # (a booking record's keys: ``"ppt":"K4810327M"``, ``passport_no``)
        "ppt",
        # (an airline agent's abbreviation: ``PP A51927360 exp 2031``)
        "pp",
        # (Indonesian: ``paspor E 8316204``; Portuguese: ``passaporte português n.º CB482917``)
        "paspor",
        "passaporte",
        # (Tamil: ``கடவுச்சீட்டு எண் K2218457C``, and the loanword)
        "கடவுச்சீட்டு",
        "பாஸ்போர்ட்",
        # (with the issuing country between: ``paspor Indonesia C3481927``)
        *(f"{word} {country}" for word in _PASSPORT_WORDS for country in _COUNTRIES),
        *(f"{nationality} passport" for nationality in _NATIONALITIES),
        "passport_no",
        "passportno",
    ]
    CONTEXT_ZH = ["护照", "护照号", "护照号码", "護照", "護照號碼", "旅行证件", "旅行證件"]
    CONTEXT_REQUIRED = frozenset({"passport", "passport (alphanumeric)"})

    def adjacent_ok(self, glue: str, value: str) -> bool:
        """Not an order's reference that opens with the agent's ``PP`` (``Pesanan
        #PP-26120318``): a dash glues the letters to the digits."""
        return glue != "-"

    def announced_elsewhere(self, text: str, result: RecognizerResult) -> bool:
        """A value right after a name in capitals, with a passport word earlier, or after a
        passport word and its holder's name or a few words of its label."""
        before = text[max(0, result.start - _ASKED_WINDOW) : result.start]
        if (
            _HOLDER_BETWEEN.search(before[-64:])
            or _KIN_BETWEEN.search(before[-48:])
            or _WORDS_BETWEEN.search(before[-56:])
        ):
            return True
        name = _NAME_IN_CAPITALS_BEFORE.search(before[-48:])
        return bool(
            name
            and KNOWN_IN_CAPITALS.intersection(re.split(r"[^A-Z/]+", name.group(0)))
            and _PASSPORT_WORD.search(before)
        )
