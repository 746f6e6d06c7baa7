"""Taiwan vehicle registration plates (車牌: ``BDR-5306``, ``AB-1234``, ``1234-AB``).

Cars registered since 2012 carry three letters and four digits (``ABC-1234``); older cars
two letters and four digits either way round; motorcycles three letters and three digits.
Reported only right after a plate word (車牌, 車號, plate): the shape alone is also a
product code or a flight.
"""

from __future__ import annotations

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_NB = r"(?<![A-Za-z0-9-])"
_NA = r"(?![A-Za-z0-9-])"


class TwVehiclePlateRecognizer(CountryPatternRecognizer):
    """Letters and digits joined by a dash, right after a plate word."""

    ENTITY = "TW_VEHICLE_PLATE"
    COUNTRY_CODE = "tw"
    PATTERNS = [
        Pattern(
            "TW plate",
            _NB
            # (not an algorithm's or a standard's name: ``SHA-256``, ``AES-256``, ``ISO-9001``)
            + r"(?!(?:SHA|AES|RSA|CRC|DES|ISO|RFC|ECC|SSL|TLS|PCI|USB|IEC|GCM)-)"
            + r"(?:[A-Z]{3}-?\d{4}|[A-Z]{2}-\d{4}|\d{4}-[A-Z]{2}|[A-Z]{3}-\d{3}|\d{3}-[A-Z]{3})"
            + _NA,
            0.5,
        )
    ]
    LABEL_IS_CONTEXT = True
    CONTEXT = ["plate", "license plate", "licence plate", "plate number"]
    # (and the vehicle or its owner right before: ``機車 MFK-2837``, ``車主``)
    CONTEXT_ZH = [
        "車牌", "车牌", "車號", "车号", "車牌號碼", "车牌号码", "牌照", "機車", "机车", "汽車",
        "汽车", "轎車", "轿车", "貨車", "货车", "重機", "車主", "车主", "自用車", "自用车",
        "私家車", "私家车", "座車", "座车",
        # (an SUV, a van, a car, a taxi: ``白色休旅車 ARK-5581``)
        "休旅車", "休旅车", "廂型車", "厢型车", "小客車", "小客车", "計程車", "计程车", "房車",
        "房车",
    ]  # fmt: skip
    CONTEXT_REQUIRED = frozenset({"TW plate"})
