"""A handset's IMEI and a SIM's IMSI after their label
(:mod:`residency.detectors.device_id_recognizer`)."""

from __future__ import annotations

import pytest

from residency.detectors.device_id_recognizer import DeviceIdRecognizer, device_id_valid


@pytest.fixture(scope="module")
def recognizer() -> DeviceIdRecognizer:
    return DeviceIdRecognizer()


@pytest.mark.parametrize(
    "text, value",
    [
        ("Police report F/8841: handset IMEI 352946112087331 stolen at Tai Po.", "352946112087331"),
        ("MAP MO-ForwardSM imsi=525012204871936 vlr=6596400123", "525012204871936"),
        ("IMSI 502161183920475 last seen cell 502-16-2B07", "502161183920475"),
        ("Semakan IMEI 354678116414108 untuk Haslinda: disekat", "354678116414108"),
        ("手机串号 356938035643809，已报失", "356938035643809"),
        # (grouped as a box prints it)
        ("IMEI: 49-015420-323751-8, owner collected", "49-015420-323751-8"),
    ],
)
def test_identities_after_their_label_are_found(
    recognizer: DeviceIdRecognizer, text: str, value: str
) -> None:
    found = recognizer.analyze(text, ["DEVICE_ID"])
    assert [text[r.start : r.end] for r in found] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "IMEI 352946112087332 failed the check",  # the Luhn check digit is wrong
        "Order 773209184650127 delayed by snow",  # no label
        "IMEI placeholder 000000000000000 in the fixture",  # one digit repeated
        "IMEI check uses Luhn; for example 490154203237518 passes.",  # an example
        "IMSI 012345678901234 is not a country's",  # no mobile country code starts with 0
        "Demo unit Galaxy S24 (shop-owned), IMEI 353918112048679, display only",  # the shop's
        "[gps-tracker] unit=MC-50T-07 imei=356938035643809 lat=1.3187",  # a machine's tracker
        "Nombor IMEI 35-209900-176148-1 dalam manual ini hanya contoh.",  # an example, said after
    ],
)
def test_other_numbers_are_not_device_ids(recognizer: DeviceIdRecognizer, text: str) -> None:
    assert recognizer.analyze(text, ["DEVICE_ID"]) == []


@pytest.mark.parametrize(
    "digits, imsi, valid",
    [
        ("490154203237518", False, True),  # 3GPP's and Wikipedia's example IMEI (Luhn)
        ("490154203237519", False, False),
        ("525012204871936", True, True),  # Singapore's mobile country code, 525
        ("812345678901234", True, False),  # no mobile country code starts with 8
        ("111111111111111", False, False),  # one digit repeated
        ("49015420323751", False, False),  # fourteen digits
    ],
)
def test_check_digit_or_country_code(digits: str, imsi: bool, valid: bool) -> None:
    assert device_id_valid(digits, imsi=imsi) is valid
