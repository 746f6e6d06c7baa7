"""German tax identification numbers (Steueridentifikationsnummer, Steuer-IdNr)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import DeTaxIdRecognizer as _PresidioDeTaxId

from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# Presidio's checksum (ISO 7064 MOD 11,10 and the BZSt digit-repetition rule), reused.
_CHECK = _PresidioDeTaxId(supported_language="en")


class DeTaxIdRecognizer(CountryPatternRecognizer):
    """Eleven digits (first not 0) with a valid check digit, right after a tax-id word.

    Any eleven-digit number passes the check one time in eleven (order numbers, Chinese
    mobile numbers), so the number is taken only after its label (``Steuer-ID
    47193582608``, ``German tax ID: 47 193 582 608``)."""

    ENTITY = "DE_TAX_ID"
    COUNTRY_CODE = "de"
    PATTERNS = [
        Pattern("DE tax id", NB + r"[1-9]\d{10}" + NA, 0.6),
        Pattern("DE tax id (grouped)", NB + r"[1-9]\d \d{3} \d{3} \d{3}" + NA, 0.6),
    ]
    CONTEXT = [
        "steuer-id", "steuerid", "steuer-idnr", "steueridentifikationsnummer",
        "steuerliche identifikationsnummer", "identifikationsnummer", "idnr",
        "german tax id", "german tin", "tax id", "tin",
    ]  # fmt: skip
    CONTEXT_ZH = ["德国税号", "德國稅號", "德国税务识别号", "德國稅務識別號"]
    CONTEXT_REQUIRED = frozenset({"DE tax id", "DE tax id (grouped)"})

    def validate_result(self, pattern_text: str) -> bool | None:
        return bool(_CHECK.validate_result(pattern_text.replace(" ", "")))
