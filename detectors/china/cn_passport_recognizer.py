"""People's Republic of China passport numbers (护照号码)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# A manifest's or a booking's row: the passenger's name as airlines write it, then the
# number in the next cell (``"YANG/XUEMEI",E68213947``).
_PASSENGER_CELL_BEFORE = re.compile(r"\b[A-Z]{2,}/[A-Z]{2,}(?: [A-Z]{2,})?[\"']?\s*[,;|\t]\s*$")


class CnPassportRecognizer(CountryPatternRecognizer):
    """E + 8 digits, E + letter + 7 digits (2012+ e-passports) and G + 8 digits (older).

    There is no public check digit, so the score is low until a context word raises it.
    """

    ENTITY = "CN_PASSPORT"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern("CN passport", NB + r"(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})" + NA, 0.3),
        # As a speech transcript or a phone typist writes it: lower case, a space after the
        # letters (``passport 是 ea 4827193``); only with a passport word near.
        Pattern(
            "CN passport (typed loosely)",
            NB + r"(?:[Ee] ?\d{8}|[Ee][A-HJ-NP-Za-hj-np-z] ?\d{7}|[Gg] ?\d{8})" + NA,
            0.3,
        ),
    ]
    CONTEXT = ["passport", "passport no", "passport number", "travel document", "pasport", "paspor"]
    CONTEXT_ZH = ["护照", "护照号", "护照号码", "因私护照", "旅行证件"]
    CONTEXT_BOOST = 0.45
    CONTEXT_REQUIRED = frozenset({"CN passport (typed loosely)"})

    def _apply_context(self, text: str, result: RecognizerResult) -> bool:
        kept = super()._apply_context(text, result)
        if (
            kept
            and not result.recognition_metadata.get(
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
            )
            and _PASSENGER_CELL_BEFORE.search(text, max(0, result.start - 40), result.start)
        ):
            result.score = min(result.score + self.CONTEXT_BOOST, self.MAX_CONTEXT_SCORE)
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return kept
