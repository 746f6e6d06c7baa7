"""Italian fiscal codes (codice fiscale)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import ItFiscalCodeRecognizer as _PresidioIt

from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# Presidio's shape (surname and name letters, birth date and sex, place code) and its
# check character, reused.
_PRESIDIO = _PresidioIt(supported_language="en")
_SHAPE: str = _PresidioIt.PATTERNS[0].regex.removeprefix("(?i)")


class ItFiscalCodeRecognizer(CountryPatternRecognizer):
    """Sixteen characters that encode a person's name, birth date, sex and birthplace,
    with a check character: in capitals as printed, the check decides."""

    ENTITY = "IT_FISCAL_CODE"
    COUNTRY_CODE = "it"
    PATTERNS = [Pattern("IT fiscal code", NB + _SHAPE + NA, 0.5)]
    CONTEXT = ["codice fiscale", "fiscal code", "c.f.", "cf", "tax code"]
    CONTEXT_ZH = ["意大利税号", "意大利稅號", "税务代码", "稅務代碼"]

    def validate_result(self, pattern_text: str) -> bool | None:
        return bool(_PRESIDIO.validate_result(pattern_text))
