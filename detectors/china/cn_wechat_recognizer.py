"""WeChat ids (微信号): reported only right after a WeChat context word, or as ``wxid_…``."""

from __future__ import annotations

import re

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_NB = r"(?<![0-9A-Za-z_\-])"
_NA = r"(?![0-9A-Za-z_\-])"
# WeChat's features, named after the word (``WeChat mini-programs``).
_FEATURE = re.compile(r"(?i:mini-(?:programs?|apps?|shops?)|official-accounts?|red-packets?)")


class CnWechatIdRecognizer(CountryPatternRecognizer):
    """User-chosen ids are 6-20 characters starting with a letter; ``wxid_`` ids are system ids."""

    ENTITY = "CN_WECHAT_ID"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern("CN WeChat system id", _NB + r"wxid_[a-z0-9]{8,24}" + _NA, 0.8),
        Pattern("CN WeChat id", _NB + r"[A-Za-z][A-Za-z0-9_\-]{5,19}" + _NA, 0.5),
    ]
    # (and a record's key: ``wx_id=lxt_0317``)
    CONTEXT = ["wechat", "wechat id", "weixin", "wx", "vx", "wx_id", "wechat_id", "weixin_id"]
    # (``v：txy_mama62``: the one-letter shorthand, only with its colon)
    # (and the private account somebody is added on: ``WeChat 加我私人号 zhouyt_1993``)
    CONTEXT_ZH = [
        "微信",
        "微信号",
        "威信",
        "薇信",
        "加微",
        "加v",
        "v：",
        "v:",
        "V：",
        "V:",
        "私人号",
        "私人號",
    ]
    CONTEXT_REQUIRED = frozenset({"CN WeChat id"})
    CONTEXT_BEFORE = 16

    def validate_result(self, pattern_text: str) -> bool | None:
        # A placeholder of a rule or a redaction (``加V：XXXXXX``) is nobody's id.
        return False if re.fullmatch(r"[Xx*]+", pattern_text) else None

    def adjacent_ok(self, glue: str, value: str) -> bool:
        # "WeChat mostly for work" is prose: a plain word needs an explicit ":" or "号"
        # (so do WeChat's own features: ``WeChat mini-programs``).
        plain = value.isalpha() or _FEATURE.fullmatch(value) is not None
        return not plain or bool(re.search(r"[:：号]|is|为|是", glue))
