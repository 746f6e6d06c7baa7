"""Sensitive-category keyword recognizers (PIPL Art. 28)."""

from __future__ import annotations

import pytest

from residency.detectors.sensitive import (
    BiometricRecognizer,
    HealthInfoRecognizer,
    MinorAgeRecognizer,
    PreciseLocationRecognizer,
    ReligiousBeliefRecognizer,
)

RECOGNIZERS = {
    "HEALTH_INFO": HealthInfoRecognizer("zh"),
    "RELIGIOUS_BELIEF": ReligiousBeliefRecognizer("zh"),
    "MINOR_AGE": MinorAgeRecognizer("zh"),
    "BIOMETRIC": BiometricRecognizer("zh"),
    "PRECISE_LOCATION": PreciseLocationRecognizer("zh"),
}


def found(entity: str, text: str) -> list[str]:
    results = RECOGNIZERS[entity].analyze(text, [entity])
    return [text[r.start : r.end] for r in results if r.score > 0]


@pytest.mark.parametrize(
    "entity, text, expected",
    [
        ("HEALTH_INFO", "他上个月被确诊为抑郁症", ["确诊", "抑郁症"]),
        ("HEALTH_INFO", "请把病历带来", ["病历"]),
        (
            "HEALTH_INFO",
            "She was diagnosed with diabetes last year.",
            ["diagnosed with", "diabetes"],
        ),
        ("HEALTH_INFO", "He is HIV positive.", ["HIV positive"]),
        ("RELIGIOUS_BELIEF", "我是基督徒，每周去教会", ["基督徒", "教会"]),
        ("RELIGIOUS_BELIEF", "I'm a devout Muslim.", ["I'm a devout Muslim"]),
        ("MINOR_AGE", "我儿子今年8岁", ["儿子今年8岁"]),
        ("MINOR_AGE", "我女儿今年十二岁了", ["女儿今年十二岁"]),
        ("MINOR_AGE", "my 10-year-old daughter loves drawing", ["10-year-old daughter"]),
        ("MINOR_AGE", "My son is 7 years old", ["My son is 7 years old"]),
        ("MINOR_AGE", "anak saya berumur 9 tahun", ["anak saya berumur 9 tahun"]),
        ("BIOMETRIC", "用指纹解锁，或者刷脸", ["指纹", "刷脸"]),
        ("BIOMETRIC", "We store your fingerprint template.", ["fingerprint"]),
        ("PRECISE_LOCATION", "定位：39.908823, 116.397470", ["39.908823, 116.397470"]),
    ],
)
def test_sensitive_category_is_found(entity: str, text: str, expected: list[str]) -> None:
    assert found(entity, text) == expected


@pytest.mark.parametrize(
    "entity, text",
    [
        ("MINOR_AGE", "我儿子今年18岁"),  # not a minor under 14
        ("MINOR_AGE", "my 30-year-old son"),
        ("MINOR_AGE", "我今年35岁"),
        ("PRECISE_LOCATION", "北京大约在北纬39.9度"),  # fewer than 4 decimals
        ("PRECISE_LOCATION", "坐标 39.91, 116.40"),
        ("PRECISE_LOCATION", "ratio 123.45678, 999.12345"),  # out of range
        ("RELIGIOUS_BELIEF", "Christianity spread across Europe."),
        ("HEALTH_INFO", "今天天气很好"),
        ("BIOMETRIC", "打印机出了问题"),
    ],
)
def test_near_miss_is_not_found(entity: str, text: str) -> None:
    assert found(entity, text) == []
