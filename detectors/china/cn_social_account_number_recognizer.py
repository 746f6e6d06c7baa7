"""Mainland platforms' account numbers: 6-12 digits right after ``小红书号``, ``抖音号`` ..."""

from __future__ import annotations

from residency.detectors.country_base import NA, CountryPatternRecognizer
from residency.detectors.patterns import Pattern


class CnSocialAccountNumberRecognizer(CountryPatternRecognizer):
    """``小红书号 9527148306``, ``抖音号：83920175``: a user's number on Xiaohongshu, Douyin,
    Kuaishou or Bilibili (whose handles with letters :class:`SocialHandleRecognizer` finds);
    bare digit runs are ignored."""

    ENTITY = "SOCIAL_HANDLE"
    COUNTRY_CODE = "cn"
    PATTERNS = [Pattern("CN social account number", r"(?<![0-9])[1-9]\d{5,11}" + NA, 0.6)]
    CONTEXT = ["xhs id", "xiaohongshu id", "douyin id", "bilibili uid", "b站uid"]
    CONTEXT_ZH = ["小红书号", "抖音号", "快手号", "视频号", "B站UID", "红薯号"]
    CONTEXT_REQUIRED = frozenset({"CN social account number"})
    CONTEXT_BEFORE = 12
