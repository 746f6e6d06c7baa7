"""Foreign workers by name, as Malaysian and Singaporean estate, agency and HR lists give
them: the name, then the nationality and a passport or permit number, or a work gang.

``RAM BAHADUR KHADKA, Nepal, 09871236``, ``Rubel Ahmed (BGD, A01836492)``, ``Suman Tamang
(pekerja Nepal, gang 4)``.  The names (Nepali, Bangladeshi, Indonesian, Burmese ...) are
in no list of ours and often in capitals; what follows them says they are people.
"""

from __future__ import annotations

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# Nationalities of foreign workers in Malaysia and Singapore, by name and ISO code.
WORKER_NATIONS = (
    r"Nepal|Indonesia|Bangladesh|Myanmar|India|Pakistan|Vietnam|Philippines|Sri Lanka|"
    r"Cambodia|Thailand|Laos|NPL|IDN|BGD|MMR|IND|PAK|VNM|PHL|LKA|KHM"
)
_WORKER_WORD = r"(?:pekerja|worker|warga|helper|pembantu)"


class MyWorkerNameRecognizer(CountryPatternRecognizer):
    """A name of two to four words right before a nationality that a passport or permit
    number, a work gang, or a word for a worker goes with."""

    ENTITY = "PERSON"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "name before a worker's nationality",
            r"(?<![A-Za-z])[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,3}"
            rf"(?=\s*[,(]\s*(?:{_WORKER_WORD}\s+(?:{WORKER_NATIONS})\b|(?:{WORKER_NATIONS})"
            r"\s*[,)]\s*(?:[A-Z]{0,2}\s?(?!(?:19|20)\d{6}\b)\d{7,9}\b|(?:gang|blok|line|team|kontrak)\b)"
            # (or an agency's biodata: the nationality, maybe the people, then the age:
            # ``NAW PAW HTOO, Myanmar (Karen), 27 yrs``)
            rf"|(?:{WORKER_NATIONS})\s*(?:\([A-Za-z ]{{2,20}}\))?\s*,\s*\d{{2}}\s*"
            r"(?:yrs?|years?(?: old)?|y/?o|tahun)\b))",
            0.6,
        ),
        # ... or right after a worker's word and nationality (``Pekerja Nepal, Bishnu Tamang,
        # mengadu gaji …``).
        Pattern(
            "name after a worker's nationality",
            rf"(?<=(?i:{_WORKER_WORD})\s+(?:{WORKER_NATIONS}),?\s+)"
            r"[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,3}(?=\s*[,(])",
            0.6,
        ),
    ]
    CONTEXT = ["pekerja", "worker", "permit", "passport", "pasport", "plks", "fomema", "gang"]
    CONTEXT_ZH = ["外劳", "外勞", "外籍工人", "护照", "護照"]
