"""Insurance policy numbers after a policy word (:mod:`residency.detectors.insurance_policy_recognizer`)."""

from __future__ import annotations

import pytest

from residency.detectors.insurance_policy_recognizer import InsurancePolicyRecognizer


@pytest.fixture(scope="module")
def recognizer() -> InsurancePolicyRecognizer:
    return InsurancePolicyRecognizer()


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Claim under policy no. LIF-20240917-0032 for my son's appendix surgery.",
            "LIF-20240917-0032",
        ),
        ("Policy number 7700128834, hospital bill attached.", "7700128834"),
        ("No. polisi: MDC9988123 - arwah ayah saya.", "MDC9988123"),
        ("保单号：P2025031800417，我母亲住院的理赔什么时候到？", "P2025031800417"),
    ],
)
def test_policy_numbers_after_a_policy_word_are_found(
    recognizer: InsurancePolicyRecognizer, text: str, value: str
) -> None:
    found = recognizer.analyze(text, ["INSURANCE_POLICY"])
    assert [text[r.start : r.end] for r in found] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Policy LIF-2024 covers outpatient care.",  # fewer than six digits
        "Read the data retention policy RET-2023-000045 before exporting logs.",  # a rule book
        "Our privacy policy 20240115 replaces the old one.",
        "Order 7700128834 has shipped.",  # no policy word
        "The policy, written in 1998, covers 1200000 members.",  # a word between
        # A policy number alone is a reference, like an order number.
        "Policy PL-7781-002231 renews on 1 March; premium S$512.",
        "保单号P3300122199 的材料已收到，请耐心等待。",
    ],
)
def test_other_numbers_are_not_policies(recognizer: InsurancePolicyRecognizer, text: str) -> None:
    assert recognizer.analyze(text, ["INSURANCE_POLICY"]) == []
