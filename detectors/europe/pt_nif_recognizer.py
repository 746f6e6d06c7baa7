"""Portuguese tax identification numbers (NIF, número de identificação fiscal)."""

from __future__ import annotations

from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.patterns import Pattern


def pt_nif_valid(digits: str) -> bool:
    """Whether nine digits are a NIF: a known first digit and the mod-11 check digit
    (weights 9 to 2 over the first eight digits; a remainder under 2 gives 0)."""
    if len(digits) != 9 or not digits.isdigit() or digits[0] not in "1235689":
        return False
    remainder = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) % 11
    return int(digits[8]) == (0 if remainder < 2 else 11 - remainder)


class PtNifRecognizer(CountryPatternRecognizer):
    """Nine digits with a valid check digit, right after a NIF word.

    One nine-digit number in eleven passes the check (phone numbers, order numbers), so
    the number is taken only after its label (``NIF 237184060``, ``contribuinte n.º 123
    456 789``): Macau's and Portugal's records name it so."""

    ENTITY = "PT_NIF"
    COUNTRY_CODE = "pt"
    PATTERNS = [
        Pattern("PT NIF", NB + r"[1235689]\d{8}" + NA, 0.6),
        Pattern("PT NIF (grouped)", NB + r"[1235689]\d{2} \d{3} \d{3}" + NA, 0.6),
    ]
    CONTEXT = [
        "nif", "n.i.f.", "contribuinte", "número de contribuinte", "numero de contribuinte",
        "número de identificação fiscal", "numero de identificacao fiscal",
        "portuguese tax id", "portuguese tin",
    ]  # fmt: skip
    CONTEXT_ZH = ["葡萄牙税号", "葡萄牙稅號", "納稅人編號", "纳税人编号"]
    CONTEXT_REQUIRED = frozenset({"PT NIF", "PT NIF (grouped)"})

    def validate_result(self, pattern_text: str) -> bool | None:
        return pt_nif_valid(pattern_text.replace(" ", ""))
