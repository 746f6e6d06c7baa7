"""European identity numbers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…» (see ``recognizer_testing.case``).
The numbers were computed for these tests with Presidio's own check functions.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.europe.de_tax_id_recognizer import DeTaxIdRecognizer
from residency.detectors.europe.it_fiscal_code_recognizer import ItFiscalCodeRecognizer
from residency.detectors.europe.pt_nif_recognizer import PtNifRecognizer, pt_nif_valid


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("Steuer-ID «30866963147» gehört zu Herrn Vogel"),
        case("Steueridentifikationsnummer: «24484337155»"),
        case("German tax ID «71 478 793 967» for payroll"),
        case("德国税号«30866963147»"),
        # invalid check digit
        case("Steuer-ID 30866963148"),
        # valid check digit, but no tax-id word right before: an order number, a mobile
        case("Order 30866963147 shipped"),
        case("call 30866963147"),
        # a leading zero, a digit four times
        case("Steuer-ID 03086696314"),
        case("Steuer-ID 11112345678"),
    ],
)
def test_de_tax_id(text: str, expected_len: int, expected_positions: list) -> None:
    check(DeTaxIdRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("codice fiscale «BNCMRA85T10H501U»"),
        case("Spouse: Laura Verdi, CF «VRDLCU92A41F205R»"),
        case("«BNCMRA85T10H501U» (tessera sanitaria)"),
        # wrong check character
        case("codice fiscale BNCMRA85T10H501X"),
        # the shape inside a longer token, or lower case run-on text
        case("ref XBNCMRA85T10H501U9"),
        case("sku BNCMRA85T10H501"),
    ],
)
def test_it_fiscal_code(text: str, expected_len: int, expected_positions: list) -> None:
    check(ItFiscalCodeRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("Filomena Remédios, NIF «237184060», nascida em Macau"),
        case("número de contribuinte: «501 964 843»"),
        case("葡萄牙税号«287024008»"),
        # invalid check digit
        case("NIF 237184061"),
        # valid check digit, but no NIF word right before: a phone, an order number
        case("ligue 237184060"),
        case("Encomenda 501964843 enviada"),
        # a first digit no NIF has; a tenth digit
        case("NIF 437184060"),
        case("NIF 2371840601"),
    ],
)
def test_pt_nif(text: str, expected_len: int, expected_positions: list) -> None:
    check(PtNifRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "digits, valid",
    [("123456789", True), ("999999990", True), ("237184060", True), ("123456780", False),
     ("023456789", False), ("12345678", False)],
)  # fmt: skip
def test_pt_nif_check_digit(digits: str, valid: bool) -> None:
    assert pt_nif_valid(digits) is valid
