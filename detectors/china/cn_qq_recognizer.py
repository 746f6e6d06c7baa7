"""QQ numbers: 5-11 digits, reported only right after a QQ context word."""

from __future__ import annotations

from residency.detectors.country_base import NA, CountryPatternRecognizer
from residency.detectors.patterns import Pattern


class CnQqNumberRecognizer(CountryPatternRecognizer):
    """``QQ: 123456`` / ``QQ号 123456789``; bare digit runs and QQ group numbers are ignored."""

    ENTITY = "CN_QQ_NUMBER"
    COUNTRY_CODE = "cn"
    # Letters may touch the number ("QQ12345"); digits may not.
    PATTERNS = [
        Pattern("CN QQ number", r"(?<![0-9])[1-9]\d{4,10}" + NA, 0.6),
        # A QQ space's or a chat link's address names its account (``user.qzone.qq.com/
        # 1483927762``, ``1483927762.qzone.qq.com``, ``wpa.qq.com/msgrd?uin=1483927762``).
        Pattern(
            "CN QQ number (address)",
            r"(?<=qzone\.qq\.com/)[1-9]\d{4,10}(?![0-9])"
            r"|(?<![0-9A-Za-z.])[1-9]\d{4,10}(?=\.qzone\.qq\.com)"
            r"|(?<=qq\.com/msgrd\?)(?:[^\s&]*&)*?uin=\K[1-9]\d{4,10}(?![0-9])",
            0.8,
        ),
    ]
    CONTEXT = ["qq", "qq number", "qq no"]
    CONTEXT_ZH = ["QQ号", "QQ号码", "扣扣", "企鹅号"]
    CONTEXT_REQUIRED = frozenset({"CN QQ number"})
    CONTEXT_BEFORE = 16
