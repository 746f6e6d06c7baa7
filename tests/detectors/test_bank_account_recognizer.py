"""BankAccountRecognizer: account numbers right after an account word or a bank's name."""

from __future__ import annotations

import pytest

from residency.detectors.bank_account_recognizer import BankAccountRecognizer

FOUND = [
    ("退到我的 Maybank 账户 514122907763", "514122907763"),
    ("bank account 5141 2290 7763 (Maybank)", "5141 2290 7763"),
    ("my a/c no. 0123-456-789012 pls", "0123-456-789012"),
    ("POSB account 188-52044-1 is mine", "188-52044-1"),
    ("請匯款到我的戶口 012-345678-001", "012-345678-001"),
]
NOT_FOUND = [
    "order 514122907763 shipped",  # no account word
    "account 2023 was a good year",  # too short
    "Please pay to our company account DBS 072-003418-9",  # a business's account
    "akaun syarikat Maybank 5140 1234 5678 atas nama Teknik Jaya Sdn Bhd",
    "公司对公账户 6222 0210 0112 3456",
]


@pytest.fixture(scope="module")
def recognizers() -> list[BankAccountRecognizer]:
    return [BankAccountRecognizer(supported_language=lang) for lang in ("en", "zh")]


def _found(recognizers: list[BankAccountRecognizer], text: str) -> list[str]:
    return sorted(
        {text[r.start : r.end] for rec in recognizers for r in rec.analyze(text, ["BANK_ACCOUNT"])}
    )


@pytest.mark.parametrize("text, value", FOUND)
def test_account_numbers_after_an_account_word_are_found(
    recognizers: list[BankAccountRecognizer], text: str, value: str
) -> None:
    assert _found(recognizers, text) == [value]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_other_numbers_and_business_accounts_are_not(
    recognizers: list[BankAccountRecognizer], text: str
) -> None:
    assert _found(recognizers, text) == []
