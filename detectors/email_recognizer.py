"""E-mail addresses as people type them, including ones mail servers would refuse.

Presidio's e-mail recognizer follows the RFC and skips ``tppq.@hotmail.com`` (a local
part ending in a dot) or ``a..b@qq.com``; some providers accepted such addresses for years
and users still type them, and they identify the person as well as a valid one does.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from residency.detectors.country_base import CountryPatternRecognizer

_LOCAL = r"[A-Za-z0-9._%+\-]+"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"


class LenientEmailRecognizer(CountryPatternRecognizer):
    """``local@domain.tld`` with any dots in the local part."""

    ENTITY = "EMAIL_ADDRESS"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "e-mail (lenient)",
            rf"(?<![A-Za-z0-9._%+\-]){_LOCAL}@{_DOMAIN}(?![A-Za-z0-9\-])",
            0.7,
        )
    ]
    CONTEXT = ["email", "e-mail", "emel", "mail"]
    CONTEXT_ZH = ["邮箱", "郵箱", "电邮", "電郵", "邮件", "郵件"]
