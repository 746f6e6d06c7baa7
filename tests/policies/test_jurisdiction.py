"""Jurisdiction inference: metadata, then home, plus text evidence; region names normalised."""

from __future__ import annotations

from typing import Any

import pytest

from residency.model import Finding, ScanResult
from residency.policies import infer_jurisdictions, jurisdiction_evidence, normalize_region

from .conftest import scan


@pytest.mark.parametrize(
    "value, expected",
    [
        ("CN", "CN"), ("cn", "CN"), ("CHN", "CN"), ("China", "CN"), ("中国", "CN"),
        ("zh-CN", "CN"), ("zh_cn", "CN"), (" PRC ", "CN"), ("Hong Kong", "HK"), ("香港", "HK"),
        ("sgp", "SG"), ("新加坡", "SG"), ("MYS", "MY"), ("Malaysia", "MY"), ("en-MY", "MY"),
        ("Deutschland", None), ("DEU", "DE"), ("uk", "GB"), ("EU", "EU"), ("no", "NO"),
        ("", None), ("Mars colony", None), (None, None), (86, None),
    ],
)  # fmt: skip
def test_normalize_region(value: Any, expected: str | None) -> None:
    assert normalize_region(value) == expected


def phone_scan(
    record: dict[str, Any], needle: str, entity_type: str = "PHONE_NUMBER"
) -> ScanResult:
    start = record["text"].index(needle)
    f = Finding(entity_type, "text", start, start + len(needle), 0.7, "t", "+**")
    return ScanResult(findings=(f,))


# (case, record, scan, home, expected jurisdictions)
TABLE: list[tuple[str, dict[str, Any], ScanResult, str | None, tuple[str, ...]]] = [
    ("home only", {"text": "hi"}, scan(), "CN", ("CN",)),
    ("metadata beats home", {"text": "hi", "meta": {"user_region": "sg"}}, scan(), "CN", ("SG",)),
    ("metadata list", {"meta": {"user_region": ["MY", "Singapore"]}}, scan(), "CN", ("MY", "SG")),
    ("empty metadata falls back to home", {"meta": {"user_region": " "}}, scan(), "CN", ("CN",)),
    ("unreadable metadata is ZZ, not home", {"meta": {"user_region": "Mars"}}, scan(), "CN", ("ZZ",)),
    ("no home, no metadata", {"text": "hi"}, scan(), None, ()),
    ("PRC ID card adds CN, after the metadata", {"meta": {"user_region": "SG"}},
     scan("CN_RESIDENT_ID"), "CN", ("SG", "CN")),
    ("NRIC adds SG", {"text": "x"}, scan("SG_NRIC_FIN"), "CN", ("CN", "SG")),
    ("MyKad adds MY", {"text": "x"}, scan("MY_MYKAD"), None, ("MY",)),
    ("a name says nothing about place", {"text": "x"}, scan("PERSON"), None, ()),
    ("+60 phone means MY", {"text": "call +60 12-345 6789"}, None, "CN", ("CN", "MY")),
    ("0065 phone means SG", {"text": "call 0065 6123 4567"}, None, None, ("SG",)),
    ("+852 phone means HK", {"text": "call +852 2123 4567"}, None, None, ("HK",)),
    ("local phone says nothing", {"text": "call 6123 4567"}, None, None, ()),
]  # fmt: skip


@pytest.mark.parametrize(
    "record, scan_result, home, expected", [pytest.param(*r[1:], id=r[0]) for r in TABLE]
)
def test_infer_jurisdictions(
    record: dict[str, Any],
    scan_result: ScanResult | None,
    home: str | None,
    expected: tuple[str, ...],
) -> None:
    if scan_result is None:
        needle = record["text"].split("call ", 1)[1]
        scan_result = phone_scan(record, needle)
    assert infer_jurisdictions(record, scan_result, home=home) == expected


def test_configured_region_field() -> None:
    record = {"tenant": {"country": "Malaysia"}, "meta": {"user_region": "SG"}}
    assert infer_jurisdictions(record, scan(), home="CN", region_field="tenant.country") == ("MY",)


def test_iban_country_is_evidence() -> None:
    record = {"messages": [{"role": "user", "content": "IBAN DE89370400440532013000"}]}
    f = Finding("IBAN_CODE", "messages[0].content", 5, 27, 0.9, "t", "DE8***3000")
    assert infer_jurisdictions(record, ScanResult(findings=(f,)), home=None) == ("DE",)


def test_evidence_names_sources_never_values() -> None:
    record = {"text": "call +60 12-345 6789", "meta": {"user_region": "CN"}}
    evidence = jurisdiction_evidence(record, phone_scan(record, "+60 12-345 6789"))
    assert evidence == {
        "CN": ("metadata:meta.user_region",),
        "MY": ("text:PHONE_NUMBER:calling-code",),
    }
    assert "345" not in repr(evidence)
