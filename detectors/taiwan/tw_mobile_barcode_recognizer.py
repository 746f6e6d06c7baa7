"""Taiwan's mobile-barcode e-invoice carriers (手機條碼載具: ``/K9X.7+Q``).

A consumer's mobile barcode is a slash and seven characters of digits, capitals, ``+``,
``-`` and ``.``; the Ministry of Finance issues it against the holder's mobile number and
stores every e-invoice they are given under it, so it points to one person as a phone
number does.  The shape is also a path's, so the value is reported only right after a
carrier word (載具, 手機條碼, carrier), and not where the text says it shows an example of the
format (示意, 範例, 格式).
"""

from __future__ import annotations

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern


class TwMobileBarcodeRecognizer(CountryPatternRecognizer):
    """A slash and seven characters of ``0-9A-Z+-.``, with a letter and a digit or sign."""

    ENTITY = "TW_MOBILE_BARCODE"
    COUNTRY_CODE = "tw"
    PATTERNS = [
        Pattern(
            "TW mobile barcode",
            r"(?<![0-9A-Za-z/.:])/(?=[0-9A-Z.+\-]*[A-Z])(?=[0-9A-Z.+\-]*[0-9.+\-])"
            r"[0-9A-Z.+\-]{7}(?![0-9A-Za-z.+\-/])",
            0.6,
        )
    ]
    CONTEXT = ["carrier", "mobile barcode", "e-invoice carrier"]
    CONTEXT_ZH = [
        "載具",
        "载具",
        "手機條碼",
        "手机条码",
        "手機載具",
        "手机载具",
        "條碼載具",
        "条码载具",
    ]
    # (a format's example shown: 財政部網站上的示意寫法是 /ABC+123)
    NEGATIVE_CONTEXT = ("示意", "範例", "范例", "例如", "格式", "example", "format", "e.g.")
    CONTEXT_REQUIRED = frozenset({"TW mobile barcode"})
    CONTEXT_BEFORE = 24
