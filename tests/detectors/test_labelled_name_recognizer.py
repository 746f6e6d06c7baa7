"""Table tests for LabelledNameRecognizer: names right after a form's name label.

Each case marks the expected finding(s) with «…» (see ``recognizer_testing.case``).
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.labelled_name_recognizer import LabelledNameRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("Name: «Chidi Okafor» DOB 1979-08-23"),
        case("NAME: «OKAFOR, CHIDI E»   DOB 1979-08-23   SEX M"),
        case("Patient name: «Aisha Rahman», bed 12"),
        case("ref 2231 | Nama: «Siti Aminah Binti Yusof» | IC: -"),
        # near-misses: a product's name label, a form's own words, no label at a field's
        # start, one word only
        case("Product Name: Galaxy Tab S9"),
        case("Name: Your Full Name"),
        case("Name: N/A"),
        case("Name: Test User"),
        case("the file name: Report Final"),
        case("Name: Okafor"),
    ],
)
def test_labelled_name(text: str, expected_len: int, expected_positions: list) -> None:
    check(LabelledNameRecognizer, text, expected_len, expected_positions)
