"""A handset's and a SIM's identities: the IMEI (``IMEI 356938035643809``, ``35-209900-
176148-1``) and the IMSI (``imsi=525012204871936``).

Both point to one subscriber as a phone number does: a police report's stolen handset, a
telco's call records and SIM registrations, a repair shop's job sheet (``Job RT-241187:
Mr Goh, iPhone 13 mini, IMEI 864571053382011``).  Fifteen digits are everywhere (orders,
parcels, permits), so a value is taken only right after its label, and must pass the
IMEI's Luhn check digit or, after an IMSI label, open with a mobile country code (2xx to
7xx).  An example (``the textbook sample 490154203237518``, or said so after the value)
or a placeholder of one digit repeated (``IMEI placeholder 000000000000000``) is
nobody's; a shop's demo unit is the shop's and a machine's GPS tracker the machine's.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.checksums import luhn
from residency.detectors.country_base import NA, NB, CountryPatternRecognizer
from residency.detectors.member_number_recognizer import EXAMPLE_BEFORE
from residency.detectors.patterns import Pattern


def device_id_valid(digits: str, *, imsi: bool) -> bool:
    """Whether fifteen digits can be an IMSI (a mobile country code, 2xx-7xx) or else an
    IMEI (the Luhn check digit)."""
    if len(digits) != 15 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    return digits[0] in "234567" if imsi else luhn(digits)


# The label that says the value is a SIM's (the last one before it).
_IMSI_LABEL = re.compile(r"(?i:imsi)|国际移动用户识别码|國際移動用戶識別碼")
_ANY_LABEL = re.compile(r"(?i:imsi|imei)|串号|串號|识别码|識別碼")
# A business's own handset or a machine's tracker (``demo unit Galaxy S24 Ultra
# (shop-owned), IMEI ...``, ``[gps-tracker] unit=MC-50T-07 imei=...``).
_BUSINESS_OWNED_BEFORE = re.compile(
    r"(?i:\b(?:demo|display) unit\b|\b(?:shop|company|office)-owned\b|\bgps[- ]?tracker\b|"
    r"\btelematics\b)[^.\n]{0,60}$"
)
# An example said so after the value (``IMEI 35-209900-176148-1 dalam manual ini hanya
# contoh``).
_EXAMPLE_AFTER = re.compile(
    r"[^.\n]{0,40}(?i:\bhanya contoh\b|\bonly an? (?:example|sample)\b|\bis an example\b|"
    r"\bfor illustration\b)|[^。\n]{0,20}(?:仅为示例|僅為示例|仅供参考|僅供參考)"
)


class DeviceIdRecognizer(CountryPatternRecognizer):
    """Fifteen digits right after an IMEI or IMSI label, passing the IMEI's or IMSI's check."""

    ENTITY = "DEVICE_ID"
    PATTERNS = [
        Pattern("IMEI or IMSI", NB + r"\d{15}" + NA, 0.6),
        # (an IMEI as a box prints it: type allocation code, serial, check digit)
        Pattern("IMEI (grouped)", NB + r"\d{2}[ -]\d{6}[ -]\d{6}[ -]\d" + NA, 0.6),
    ]
    CONTEXT = [
        "imei", "imsi", "imei no", "imei number", "no. imei", "nombor imei", "imsi no",
        "served imsi", "served imei",
    ]  # fmt: skip
    CONTEXT_ZH = [
        "串号", "串號", "手机串号", "手機串號", "国际移动设备识别码", "國際移動設備識別碼",
        "国际移动用户识别码", "國際移動用戶識別碼",
    ]  # fmt: skip
    CONTEXT_REQUIRED = frozenset({"IMEI or IMSI", "IMEI (grouped)"})

    def keep(self, text: str, result: RecognizerResult) -> bool:
        before = text[max(0, result.start - 24) : result.start]
        labels = _ANY_LABEL.findall(before)
        imsi = bool(labels) and _IMSI_LABEL.fullmatch(labels[-1]) is not None
        digits = text[result.start : result.end].replace(" ", "").replace("-", "")
        return (
            device_id_valid(digits, imsi=imsi)
            and not EXAMPLE_BEFORE.search(before)
            and not _BUSINESS_OWNED_BEFORE.search(text, max(0, result.start - 80), result.start)
            and not _EXAMPLE_AFTER.match(text, result.end)
        )
