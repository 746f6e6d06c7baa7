"""Travellers' data in airline reservation records (:mod:`residency.detectors.airline_ssr_recognizer`)."""

from __future__ import annotations

import pytest

from residency.detectors.airline_ssr_recognizer import (
    SsrContactEmailRecognizer,
    SsrContactPhoneRecognizer,
    SsrDocsRecognizer,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("SSR DOCS SQ HK1 P/SGP/K2957103M/SGP/12MAR88/F/14NOV30/GOH/RACHEL-1.1", "K2957103M"),
        # (an Amadeus entry, its fields set apart by dashes)
        ("SRDOCSSQHK1-P-GBR-012345678-GBR-30JUN73-M-14APR29-JOHNSON-SIMON", "012345678"),
        (
            "1.1TAN/KOKSENG MR SSR DOCS MH HK1 P/MYS/A41829603/MYS/14SEP73/M/30JUN27/TAN/KOK",
            "A41829603",
        ),
    ],
)
def test_a_docs_request_gives_its_passport_number(text: str, value: str) -> None:
    found = SsrDocsRecognizer().analyze(text, ["PASSPORT"])
    assert [text[r.start : r.end] for r in found] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a template's placeholders: no digit in the number, no real birth date
        "SSR DOCS YY HK1 P/GBR/XXXXXXXXX/GBR/DDMMMYY/M/DDMMMYY/SURNAME/GIVEN",
        # a birth date that is no date
        "SSR DOCS SQ HK1 P/SGP/K2957103M/SGP/32MAR88/F/14NOV30/GOH/RACHEL",
        # no sex after the birth date
        "SSR DOCS SQ HK1 P/SGP/K2957103M/SGP/12MAR88/14NOV30",
        # the shape without its request
        "P/SGP/K2957103M/SGP/12MAR88/F/14NOV30",
    ],
)
def test_no_passport_number_outside_a_real_docs_request(text: str) -> None:
    assert SsrDocsRecognizer().analyze(text, ["PASSPORT"]) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("SSR CTCM MH HK1/60127745318/EN -1.1", "60127745318"),
        ("OSI SQ CTCM 6591234567", "6591234567"),
        ("SSR CTCH SQ HK1/6564781234-1.1", "6564781234"),
    ],
)
def test_a_contact_request_gives_the_travellers_number(text: str, value: str) -> None:
    found = SsrContactPhoneRecognizer().analyze(text, ["PHONE_NUMBER"])
    assert [text[r.start : r.end] for r in found] == [value]


def test_the_agency_line_is_no_travellers_number() -> None:
    assert SsrContactPhoneRecognizer().analyze("SSR CTCA SQ HK1/6562238888", ["PHONE_NUMBER"]) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("SSR CTCE CX HK1/DARREN.KOH77//GMAIL.COM/EN -1.1", "DARREN.KOH77//GMAIL.COM"),
        # (``..`` for ``_`` and ``./`` for ``-``)
        ("SSR CTCE SQ HK1/MEI..LING./TAN//EXAMPLE.COM.SG-1.1", "MEI..LING./TAN//EXAMPLE.COM.SG"),
    ],
)
def test_a_contact_request_gives_the_travellers_encoded_email(text: str, value: str) -> None:
    found = SsrContactEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])
    assert [text[r.start : r.end] for r in found] == [value]


SCANNED = {
    "SSR DOCS SQ HK1 P/SGP/K2957103M/SGP/12MAR88/F/14NOV30/GOH/RACHEL HUIMIN-1.1": True,
    "SSR CTCM MH HK1/60127745318/EN -1.1 ; RMK CALL ONLY AFTER 6PM": True,
    "SSR CTCE CX HK1/DARREN.KOH77//GMAIL.COM/EN -1.1": True,
    # a role mailbox encoded the same way is the agency's
    "SSR CTCE SQ HK1/SALES..DESK//EXAMPLE.COM": False,
    "SSR DOCS YY HK1 P/GBR/XXXXXXXXX/GBR/DDMMMYY/M/DDMMMYY/SURNAME/GIVEN": False,
}


@pytest.fixture(scope="module")
def held() -> dict[str, bool]:
    from policy_testing import held_by_pipl

    from residency.detectors.engine import Scanner

    return held_by_pipl(Scanner(), list(SCANNED))


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("text", list(SCANNED))
def test_the_scanner_holds_a_travellers_request(held: dict[str, bool], text: str) -> None:
    assert held[text] is SCANNED[text]
