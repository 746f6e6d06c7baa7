"""Passports' machine-readable zones (ICAO Doc 9303, TD3): the second line of the two
printed at the foot of a passport's data page (``A582130472MYS9403121F2908177...``).

The line carries the passport number, the nationality, the date of birth, the sex and
the expiry date, each numeric field followed by its check digit (weights 7, 3, 1; ``<``
is 0, letters are 10 to 35).  A line is reported only when the check digits of the number,
the birth date and the expiry date all hold, so a run of capitals and digits of the same
length (a licence key, a hash) is not.
"""

from __future__ import annotations

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_LINE2 = (
    r"(?<![A-Z0-9<])[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{6}[0-9][MFX<][0-9]{6}[0-9]"
    r"[A-Z0-9<]{14}[0-9<][0-9](?![A-Z0-9<])"
)
_WEIGHTS = (7, 3, 1)


def mrz_check_digit(field: str) -> int:
    """The ICAO 9303 check digit of ``field``."""
    total = 0
    for i, c in enumerate(field):
        if c.isdigit():
            value = int(c)
        elif "A" <= c <= "Z":
            value = ord(c) - ord("A") + 10
        else:  # "<"
            value = 0
        total += value * _WEIGHTS[i % 3]
    return total % 10


def mrz_line2_valid(line: str) -> bool:
    """Whether the number's, the birth date's and the expiry date's check digits hold."""
    if len(line) != 44:
        return False
    fields = ((0, 9, 9), (13, 19, 19), (21, 27, 27))
    return all(
        line[check].isdigit() and mrz_check_digit(line[a:b]) == int(line[check])
        for a, b, check in fields
    )


class PassportMrzRecognizer(CountryPatternRecognizer):
    """The second line of a passport's machine-readable zone, by its check digits."""

    ENTITY = "PASSPORT"
    PATTERNS = [Pattern("passport MRZ line 2", _LINE2, 0.9)]
    CONTEXT = ["passport", "mrz", "machine readable"]
    CONTEXT_ZH = ["护照", "護照", "机读码", "機讀碼"]

    def validate_result(self, pattern_text: str) -> bool | None:
        return mrz_line2_valid(pattern_text)
