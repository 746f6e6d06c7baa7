"""Singapore and Malaysian vehicle plates: the plate shape next to a word about a vehicle.

«…» marks each expected finding (scores >= 0.5 count as reported).  All plates invented.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.malaysia.my_vehicle_plate_recognizer import MyVehiclePlateRecognizer
from residency.detectors.singapore.sg_vehicle_plate_recognizer import SgVehiclePlateRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("My car plate is «SBA 1234 A», parked at level 3"),
        case("车牌 «SJK8817Z» 的车主请挪车"),
        case("the taxi «SHA 912 K» hit my car"),
        # a check letter that never occurs, an O prefix letter, no vehicle word
        case("car plate SBA 1234 F"),
        case("car plate SOA 1234 A"),
        case("Order SBA1234A shipped"),
    ],
)
def test_sg_vehicle_plate(text: str, expected_len: int, expected_positions: list) -> None:
    check(SgVehiclePlateRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("Kereta saya, nombor plat «WXY 1234», rosak di tepi jalan"),
        case("plate number «BQK 8812 C», black Myvi"),
        case("车牌 «JHT 77» 那辆车"),
        case("nombor plat «W 3321 D»"),
        # one letter and one or two digits, no vehicle word, a grade
        case("Car park level B 23 is full"),
        case("Form WXY 1234 must be signed"),
        case("Gred A 12 dalam peperiksaan"),
        case("My car is a BMW 320, the old Honda CRV 2020 was sold"),
    ],
)
def test_my_vehicle_plate(text: str, expected_len: int, expected_positions: list) -> None:
    check(MyVehiclePlateRecognizer, text, expected_len, expected_positions)
