"""Macau vehicle registration plates (車牌, matrícula: ``MX-12-34``, ``AH-82-06``, ``M-12-34``).

Plates carry one or two letters and two pairs of digits, joined by dashes.  Reported only
right after a plate word (車牌, 車號, matrícula, plate): the shape alone is also a part
number or a date.
"""

from __future__ import annotations

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_NB = r"(?<![A-Za-z0-9-])"
_NA = r"(?![A-Za-z0-9-])"


class MoVehiclePlateRecognizer(CountryPatternRecognizer):
    """One or two letters and two pairs of digits joined by dashes, after a plate word."""

    ENTITY = "MO_VEHICLE_PLATE"
    COUNTRY_CODE = "mo"
    PATTERNS = [Pattern("MO plate", _NB + r"[A-Z]{1,2}-\d{2}-\d{2}" + _NA, 0.5)]
    LABEL_IS_CONTEXT = True
    CONTEXT = ["plate", "license plate", "licence plate", "plate number", "matrícula", "matricula"]
    CONTEXT_ZH = ["車牌", "车牌", "車號", "车号", "車牌號碼", "车牌号码", "牌照"]
    CONTEXT_REQUIRED = frozenset({"MO plate"})
