"""Keyword recognizers for PIPL Art. 28 sensitive categories.

A match says the record *touches* a sensitive category (health, religion, a minor's age,
biometrics, a precise location); it is not personal data on its own.  The policy engine
decides: these count as personal only together with an identifier in the same record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, PatternRecognizer
from presidio_analyzer import Pattern as PresidioPattern

from residency.detectors.patterns import Pattern

KEYWORD_SCORE = 0.6
MINOR_AGE_LIMIT = 14  # PIPL Art. 28: personal information of minors under 14

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN = "\u4e00-\u9fff"


def _words(*words: str) -> str:
    """Alternation of keywords; Latin words get word boundaries, Han words do not."""
    parts = []
    for w in sorted(words, key=len, reverse=True):
        escaped = re.escape(w).replace(r"\ ", r"\s+")
        parts.append(rf"\b{escaped}\b" if w[:1].isascii() else escaped)
    return "(?:" + "|".join(parts) + ")"


class HealthInfoRecognizer(PatternRecognizer):
    PATTERNS: ClassVar[list[PresidioPattern]] = [
        Pattern(
            "health_zh",
            _words(
                "诊断", "确诊", "病历", "病史", "患有", "住院", "抑郁症", "焦虑症", "糖尿病",
                "高血压", "艾滋病", "癌症", "化疗", "处方药", "精神分裂", "乙肝", "肝炎",
                "HIV", "阳性", "孕检", "流产", "残疾", "心脏病", "就诊", "体检报告",
            ),
            KEYWORD_SCORE,
        ),
        Pattern(
            "health_en",
            _words(
                "diagnosed with", "diagnosis of", "medical record", "medical records",
                "medical history", "HIV positive", "HIV", "AIDS", "chemotherapy",
                "schizophrenia", "bipolar disorder", "depression", "diabetes", "cancer",
                "prescribed", "pregnant", "miscarriage", "rehab", "psychiatric",
                "didiagnosis", "rekod perubatan", "penyakit",
            ),
            KEYWORD_SCORE,
        ),
    ]  # fmt: skip

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="HEALTH_INFO",
            name="HealthInfoRecognizer",
            patterns=self.PATTERNS,
            supported_language=supported_language,
        )


class ReligiousBeliefRecognizer(PatternRecognizer):
    PATTERNS: ClassVar[list[PresidioPattern]] = [
        Pattern(
            "religion_zh",
            _words(
                "宗教信仰", "信仰", "基督徒", "天主教徒", "穆斯林", "佛教徒", "道教徒",
                "受洗", "皈依", "信奉", "伊斯兰教徒", "礼拜", "信教", "教会",
            ),
            KEYWORD_SCORE,
        ),
        Pattern(
            "religion_en",
            r"\b(?:I\s+am|I'm|he\s+is|she\s+is|they\s+are|is\s+a|as\s+a)\s+(?:a\s+)?"
            r"(?:devout\s+|practising\s+|practicing\s+)?"
            r"(?:Christian|Catholic|Muslim|Buddhist|Hindu|Jewish|Jew|Sikh|Taoist|atheist)\b"
            r"|\b(?:my|his|her|their)\s+(?:religion|faith)\b|\bconverted\s+to\s+\w+ism\b"
            r"|\bconverted\s+to\s+Islam\b|\bbaptized\b|\bbaptised\b|\bberagama\s+\w+",
            KEYWORD_SCORE,
        ),
    ]  # fmt: skip

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="RELIGIOUS_BELIEF",
            name="ReligiousBeliefRecognizer",
            patterns=self.PATTERNS,
            supported_language=supported_language,
        )


_ZH_AGE = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:周岁|岁)"
_ZH_CHILD = r"(?:儿子|女儿|孩子|小孩|孙子|孙女|外孙|外孙女|闺女|宝宝|学生|侄子|侄女|弟弟|妹妹)"
_EN_CHILD = r"(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|student|niece|nephew)"


class MinorAgeRecognizer(PatternRecognizer):
    """A child's age under 14 (``我儿子今年8岁``, ``my 10-year-old daughter``)."""

    PATTERNS: ClassVar[list[PresidioPattern]] = [
        Pattern("minor_zh_child_age", _ZH_CHILD + rf"[^。！？!?\n,，]{{0,8}}?{_ZH_AGE}", 0.7),
        Pattern("minor_zh_age_child", _ZH_AGE + rf"(?:的|大的)?[{_HAN}]{{0,2}}?" + _ZH_CHILD, 0.7),
        Pattern(
            "minor_en_age_child",
            r"\b\d{1,2}[\s-]*(?:year|yr)s?[\s-]*old\s+" + _EN_CHILD + r"s?\b",
            0.7,
        ),
        Pattern(
            "minor_en_child_age",
            r"\b(?:my|his|her|our|their)\s+" + _EN_CHILD + r"\s+(?:is|was|turned|turns)\s+"
            r"(?:only\s+|just\s+)?\d{1,2}\b(?:\s*(?:years?\s+old|yo))?",
            0.7,
        ),
        Pattern(
            "minor_ms",
            r"\banak\s+(?:saya\s+|kami\s+)?(?:yang\s+)?berumur\s+\d{1,2}\s+tahun\b",
            0.7,
        ),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="MINOR_AGE",
            name="MinorAgeRecognizer",
            patterns=self.PATTERNS,
            supported_language=supported_language,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        ages = _ages(pattern_text)
        return not ages or min(ages) >= MINOR_AGE_LIMIT


def _ages(text: str) -> list[int]:
    ages = [int(n) for n in re.findall(r"\d{1,2}", text)]
    for run in re.findall(r"[一二两三四五六七八九十]{1,3}(?=\s*(?:周岁|岁))", text):
        ages.append(_chinese_number(run))
    return ages


def _chinese_number(run: str) -> int:
    if "十" not in run:
        return _CN_NUM.get(run[-1], 0)
    tens, _, ones = run.partition("十")
    return (_CN_NUM.get(tens, 1) if tens else 1) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)


class BiometricRecognizer(PatternRecognizer):
    PATTERNS: ClassVar[list[PresidioPattern]] = [
        Pattern(
            "biometric_zh",
            _words("指纹", "人脸识别", "人脸信息", "人脸", "面部识别", "虹膜", "声纹", "掌纹",
                   "步态识别", "刷脸"),
            KEYWORD_SCORE,
        ),
        Pattern(
            "biometric_en",
            _words("fingerprint", "fingerprints", "face recognition", "facial recognition",
                   "face scan", "iris scan", "retina scan", "voiceprint", "biometric",
                   "biometrics", "palm print", "cap jari"),
            KEYWORD_SCORE,
        ),
    ]  # fmt: skip

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="BIOMETRIC",
            name="BiometricRecognizer",
            patterns=self.PATTERNS,
            supported_language=supported_language,
        )


class PreciseLocationRecognizer(PatternRecognizer):
    """Latitude/longitude pairs with at least four decimals (about 10 m)."""

    PATTERNS: ClassVar[list[PresidioPattern]] = [
        Pattern(
            "lat_lon_pair",
            r"(?<![\d.])-?\d{1,2}\.\d{4,}\s*[,，;/ ]\s*-?\d{1,3}\.\d{4,}(?![\d.])",
            0.7,
        ),
    ]
    CONTEXT = ["gps", "lat", "latitude", "lng", "longitude", "坐标", "定位", "经纬度", "位置"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="PRECISE_LOCATION",
            name="PreciseLocationRecognizer",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        numbers = [float(n) for n in re.findall(r"-?\d+\.\d+", pattern_text)]
        if len(numbers) != 2:
            return True
        lat, lon = numbers
        return not (-90 <= lat <= 90 and -180 <= lon <= 180)


def sensitive_recognizers(languages: Iterable[str]) -> list[EntityRecognizer]:
    """One instance of each sensitive-category recognizer per analyzer language."""
    out: list[EntityRecognizer] = []
    for language in languages:
        out.extend(
            [
                HealthInfoRecognizer(language),
                ReligiousBeliefRecognizer(language),
                MinorAgeRecognizer(language),
                BiometricRecognizer(language),
                PreciseLocationRecognizer(language),
            ]
        )
    return out
