"""Tamil-script names after a word of address or kinship: found, and near-misses not.

Each case marks the expected finding(s) with «…» (see ``recognizer_testing.case``).
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.tamil.ta_name_recognizer import TaNameRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # Mrs, Mr with its dot, a daughter, a pupil after a colon, an initial.
        case("திருமதி «வள்ளியம்மை பெரியசாமி» (78) மருத்துவமனையில்"),
        case("பூசாரி திரு. «கணபதி சுப்பிரமணியம்», சம்பளம் RM2,400"),
        case("என் மகள் «ஹரிணி சுரேஷ்» (9 வயது)"),
        case("மாணவி: «கவிநிலா ராஜேந்திரன்», தொலைபேசி"),
        case("செல்வன் «அ. பிரகாஷ்»"),
        # Near-misses: a title's letters opening another word (திருமண "wedding", திருச்சி
        # the town), a title with nothing Tamil after it.
        case("திருமண மண்டபம் வாடகை"),
        case("திருச்சி கோயில் யாத்திரை"),
        case("திருமதி Lakshmi"),
    ],
)
def test_ta_name(text: str, expected_len: int, expected_positions: list) -> None:
    check(TaNameRecognizer, text, expected_len, expected_positions)
