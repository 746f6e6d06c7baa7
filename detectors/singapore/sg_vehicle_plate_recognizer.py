"""Singapore vehicle registration plates (``SBA 1234 A``, ``SJK8817Z``).

Private cars carry ``S`` and one or two letters, up to four digits and a check letter
(never F, I, N, O, Q, V or W).  Reported only next to a word about a vehicle (car, plate,
registration, parking, 车牌 ...): the shape alone is also a product or form code.
"""

from __future__ import annotations

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_CHECK = "A-EGHJ-MPR-UX-Z"
_MAKES = [
    "toyota", "honda", "nissan", "mazda", "mitsubishi", "hyundai", "kia", "bmw", "mercedes",
    "audi", "volvo", "lexus", "tesla", "byd", "volkswagen", "subaru", "suzuki", "porsche",
    "proton", "perodua", "camry", "corolla", "altis", "civic", "vezel", "jazz",
    # (and models and body styles seen on the roads: ``the white Prius SFN 2605 Y``)
    "prius", "sienta", "alphard", "vellfire", "estima", "harrier", "rav4", "wish", "axio",
    "serena", "sylphy", "qashqai", "elantra", "avante", "odyssey", "stepwgn", "freed",
    "sedan", "hatchback", "mpv", "suv", "pickup",
]  # fmt: skip


class SgVehiclePlateRecognizer(CountryPatternRecognizer):
    """``S`` + one or two letters, 1-4 digits and a check letter, with vehicle context."""

    ENTITY = "SG_VEHICLE_PLATE"
    COUNTRY_CODE = "sg"
    PATTERNS = [
        Pattern(
            "SG plate",
            # (or a goods vehicle's, G and two letters: ``lorry GBF 4821K``)
            rf"(?<![A-Za-z0-9])(?:S[A-HJ-NP-Z]{{1,2}}|G[A-HJ-NP-Z]{{2}})[ -]?[1-9][0-9]{{0,3}}[ -]?[{_CHECK}]"
            r"(?![A-Za-z0-9])",
            0.5,
        )
    ]
    LABEL_IS_CONTEXT = True
    CONTEXT = [
        "car",
        "vehicle",
        "plate",
        "carplate",
        "car plate",
        "registration",
        "reg no",
        "parking",
        "parked",
        "drive",
        "drives",
        "driving",
        "drove",
        "driven",
        "erp",
        "taxi",
        "lorry",
        "van",
        "motorcycle",
        "motorbike",
        # A ride-hailing trip's car (``Grab driver was Rahman, SLK 3310 C``).
        "driver",
        "grab",
        "gojek",
        "ryde",
        "tada",
        # (a car park's number-plate camera: ``Carpark ANPR gate cam: SMB4821K``)
        "carpark",
        "anpr",
        # The make or model right before the plate (``white Honda Vezel SLA 4417 H``): the
        # S + letters + digits + check-letter shape beside a car's name is its plate.
        *_MAKES,
    ]
    CONTEXT_ZH = ["车牌", "車牌", "车辆", "車輛", "停车", "泊車", "开车", "揸车", "车主", "車主"]
    CONTEXT_NEAR = frozenset({"SG plate"})
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 40
