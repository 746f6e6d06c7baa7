"""Passports' machine-readable zones by their check digits
(:mod:`residency.detectors.mrz_recognizer`)."""

from __future__ import annotations

import pytest

from residency.detectors.mrz_recognizer import (
    PassportMrzRecognizer,
    mrz_check_digit,
    mrz_line2_valid,
)

# ICAO Doc 9303's own specimen (Anna Maria Eriksson of Utopia) and an invented one.
SPECIMEN = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
INVENTED = "A582130472MYS9403121F2908177940312146238<<76"


@pytest.fixture(scope="module")
def recognizer() -> PassportMrzRecognizer:
    return PassportMrzRecognizer()


def test_check_digits_follow_icao_9303() -> None:
    assert mrz_check_digit("L898902C3") == 6
    assert mrz_check_digit("740812") == 2
    assert mrz_check_digit("120415") == 9
    assert mrz_check_digit("<<<<<<") == 0


@pytest.mark.parametrize(
    "text, value",
    [
        (f"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n{SPECIMEN}", SPECIMEN),
        (f"P<MYSLEE<<SOOK<YEE<<<<<<<<<<<<<<<<<<<<<<<<<< {INVENTED}", INVENTED),
        (f"scan of page 2: {INVENTED} (blurry)", INVENTED),
    ],
)
def test_a_second_line_with_valid_check_digits_is_a_passport(
    recognizer: PassportMrzRecognizer, text: str, value: str
) -> None:
    found = recognizer.analyze(text, ["PASSPORT"])
    assert [text[r.start : r.end] for r in found] == [value]


@pytest.mark.parametrize(
    "line",
    [
        SPECIMEN[:9] + "7" + SPECIMEN[10:],  # the number's check digit is wrong
        SPECIMEN[:19] + "3" + SPECIMEN[20:],  # the birth date's check digit is wrong
        SPECIMEN[:27] + "0" + SPECIMEN[28:],  # the expiry date's check digit is wrong
        "ABCD12345XYZ1234567890ABCDEFGHIJKLMNOPQRSTUV12",  # a key of another shape
        SPECIMEN[:-1],  # one character short
    ],
)
def test_other_lines_are_not(recognizer: PassportMrzRecognizer, line: str) -> None:
    assert not mrz_line2_valid(line) or len(line) != 44
    assert recognizer.analyze(f"line: {line}", ["PASSPORT"]) == []
