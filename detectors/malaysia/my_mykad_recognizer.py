"""Malaysian identity card numbers (MyKad / NRIC)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from residency.detectors.checksums import valid_date
from residency.detectors.country_base import NA, NB, CountryPatternRecognizer

# Place-of-birth codes assigned by the National Registration Department (JPN): states,
# then foreign regions.  Unassigned codes (00, 17-20, 69, 70, 73, 80, 81, 94-97) are rejected.
PLACE_OF_BIRTH_CODES = frozenset(
    [*range(1, 17), *range(21, 60), *range(60, 69), 71, 72, *range(74, 80)]
    + [*range(82, 94), 98, 99]
)


class MyMykadRecognizer(CountryPatternRecognizer):
    """YYMMDD-PB-###G: a real birth date and an assigned place-of-birth code; no check digit."""

    ENTITY = "MY_MYKAD"
    COUNTRY_CODE = "my"
    PATTERNS = [
        Pattern("MY MyKad", NB + r"\d{6}-\d{2}-\d{4}" + NA, 0.6),
        Pattern("MY MyKad (bare)", NB + r"\d{12}" + NA, 0.3),
    ]
    CONTEXT = [
        "mykad", "nric", "ic", "ic no", "identity card", "kad pengenalan", "no. kp", "kp",
        "k/p", "no. k/p", "no k/p",
    ]  # fmt: skip
    CONTEXT_ZH = ["身份证", "身份證", "大马身份证", "马来西亚身份证", "证件号"]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace("-", "")
        yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
        if not (valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)):
            return False
        return None if int(digits[6:8]) in PLACE_OF_BIRTH_CODES else False
