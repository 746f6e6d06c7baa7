"""Singapore NRIC / FIN numbers."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from residency.detectors.checksums import sg_nric_check_char
from residency.detectors.country_base import NA, NB, CountryPatternRecognizer


class SgNricFinRecognizer(CountryPatternRecognizer):
    """S/T (citizens, PRs), F/G/M (foreigners) + 7 digits + a check letter that must be right."""

    ENTITY = "SG_NRIC_FIN"
    COUNTRY_CODE = "sg"
    PATTERNS = [
        Pattern("SG NRIC/FIN", NB + r"[STFGMstfgm]\d{7}[A-Za-z]" + NA, 0.5),
        # Split to dodge filters: ``T5 564 053 F``, ``S-87-5-7-018E``.
        Pattern(
            "SG NRIC/FIN (separated)",
            NB + r"[STFGMstfgm][\s_.-]?(?:\d[\s_.-]?){7}[A-Za-z]" + NA,
            0.3,
        ),
    ]
    CONTEXT = ["nric", "fin", "ic", "ic no", "identity card", "singpass", "uin"]
    CONTEXT_ZH = ["身份证", "身份證", "准证", "新加坡身份证", "证件号"]

    def validate_result(self, pattern_text: str) -> bool | None:
        value = re.sub(r"[\s_.-]", "", pattern_text).upper()
        return sg_nric_check_char(value[0], value[1:8]) == value[8]
