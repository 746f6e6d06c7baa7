"""Fields whose names say what they hold are PII whatever the value's format."""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner
from residency.detectors.structured import field_entity, query_parameters


@pytest.mark.parametrize(
    "path, value, expected",
    [
        ("meta.phone", "ext. 12 / ask reception", "PHONE_NUMBER"),
        ("mobile", "+86-138-2749-5163", "PHONE_NUMBER"),
        ("contact.tel", "6543 2109", "PHONE_NUMBER"),
        ("meta.id_card", "X123", "NATIONAL_ID"),
        ("idcard", "440305199003071236", "NATIONAL_ID"),
        ("身份证号", "4403051990", "CN_RESIDENT_ID"),
        ("身份证", "见附件", "CN_RESIDENT_ID"),
        ("email", "john at corp", "EMAIL_ADDRESS"),
        ("邮箱", "zhang@corp", "EMAIL_ADDRESS"),
        ("user.name", "Jane Doe", "PERSON"),
        ("name", "王小明", "ZH_PERSON"),
        ("姓名", "王小明", "ZH_PERSON"),
        ("address", "1 Main St", "LOCATION"),
        ("地址", "幸福路", "ZH_ADDRESS"),
        ("住址", "幸福路", "ZH_ADDRESS"),
        ("passport", "E1234", "PASSPORT"),
        ("bank_account", "6222 0000", "BANK_ACCOUNT"),
        ("rows[3].Phone-Number", "555", "PHONE_NUMBER"),
    ],
)
def test_field_name_announces_entity(path: str, value: str, expected: str) -> None:
    assert field_entity(path, value) == expected


@pytest.mark.parametrize(
    "path, value",
    [
        ("phone", ""),
        ("phone", "  "),
        ("email", "N/A"),
        ("name", "get_weather"),  # a tool call's function name
        ("tool.name", "search.web"),
        ("text", "call me on 555"),  # not a named field
        ("phone_model", "iPhone 15"),
        ("user.name", "admin"),  # an account or a role, not a person
        ("name", "Anonymous"),
        ("姓名", "匿名用户"),
    ],
)
def test_empty_or_unrelated_field_is_not_reported(path: str, value: str) -> None:
    assert field_entity(path, value) is None


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def test_scanner_reports_named_fields(scanner: Scanner) -> None:
    record = {
        "id": "r1",
        "text": "Please summarise the attached note.",
        "meta": {"phone": "ask reception", "姓名": "王小明", "email": ""},
    }
    result = scanner.scan_record(record)
    by_field = {(f.field, f.entity_type): f for f in result.findings}
    phone = by_field[("meta.phone", "PHONE_NUMBER")]
    assert (phone.recognizer, phone.score, phone.start, phone.end) == ("field_name", 0.9, 0, 13)
    assert phone.subject is not None and "reception" not in phone.masked
    assert ("meta.姓名", "ZH_PERSON") in by_field
    assert not any(f.field == "meta.email" for f in result.findings)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("/emr/note?patient=%E5%AD%94%E7%BB%B4&age=34", ["patient", "age"]),
        ("name=Tan+Wei&phone=91234567", ["name", "phone"]),
        ("GET /search?q=weather", ["q"]),
        # (a template's or an API document's slots are no values)
        ("/unsubscribe?email={{ user.email }}&name={{ user.name }}", []),
        ("?patient=Patient/{id}&_count=50", ["_count"]),
        # (one pair with no ``?`` is no query string: ``x=1`` in prose or code)
        ("set x=1 and retry", []),
    ],
)
def test_query_parameters_are_fields(text: str, expected: list[str]) -> None:
    assert [key for key, _, _ in query_parameters(text)] == expected


def test_scanner_reports_named_query_parameters(scanner: Scanner) -> None:
    """A name or a phone in a URL's query string, under a key that says what it is, is
    reported at the raw (encoded) value's span; stand-ins and fictional numbers are not."""
    text = "/emr/note?patient=%E5%AD%94%E7%BB%B4&age=34&phone=91234567"
    found = {
        (f.entity_type, text[f.start : f.end])
        for f in scanner.scan_record({"id": "q", "text": text}).findings
        if f.recognizer == "field_name"
    }
    assert ("ZH_PERSON", "%E5%AD%94%E7%BB%B4") in found
    assert ("PHONE_NUMBER", "91234567") in found
    example = "GET /api/v2/users?id=12345&name=Jane+Doe&phone=555-0142 (example request)"
    assert not [
        f
        for f in scanner.scan_record({"id": "e", "text": example}).findings
        if f.recognizer == "field_name"
    ]
