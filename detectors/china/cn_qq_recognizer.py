"""QQ numbers: 5-11 digits, reported only right after a QQ context word."""

from __future__ import annotations

from presidio_analyzer import Pattern

from residency.detectors.country_base import NA, CountryPatternRecognizer


class CnQqNumberRecognizer(CountryPatternRecognizer):
    """``QQ: 123456`` / ``QQ号 123456789``; bare digit runs and QQ group numbers are ignored."""

    ENTITY = "CN_QQ_NUMBER"
    COUNTRY_CODE = "cn"
    # Letters may touch the number ("QQ12345"); digits may not.
    PATTERNS = [Pattern("CN QQ number", r"(?<![0-9])[1-9]\d{4,10}" + NA, 0.6)]
    CONTEXT = ["qq", "qq number", "qq no"]
    CONTEXT_ZH = ["QQ号", "QQ号码", "扣扣", "企鹅号"]
    CONTEXT_REQUIRED = frozenset({"CN QQ number"})
    CONTEXT_BEFORE = 16
