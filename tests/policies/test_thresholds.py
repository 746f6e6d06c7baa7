"""CAC 2024 export pathways at and around every threshold."""

from __future__ import annotations

import pytest

from residency.policies import SubjectCounts, cac_pathway, export_pathways

# (individuals, of whom sensitive, expected pathway, article fragment)
BOUNDARIES = [
    (0, 0, "none", "Art. 3"),
    (1, 0, "exempt", "Art. 5(4)"),
    (99_999, 0, "exempt", "Art. 5(4)"),
    (100_000, 0, "standard_contract_or_certification", "Art. 8"),
    (100_001, 0, "standard_contract_or_certification", "Art. 8"),
    (999_999, 0, "standard_contract_or_certification", "Art. 8"),
    (1_000_000, 0, "security_assessment", "Art. 7(2)"),
    (1_000_001, 0, "security_assessment", "Art. 7(2)"),
    (1, 1, "standard_contract_or_certification", "Art. 8"),
    (50_000, 1, "standard_contract_or_certification", "Art. 8"),
    (9_999, 9_999, "standard_contract_or_certification", "Art. 8"),
    (10_000, 10_000, "security_assessment", "Art. 7(2)"),
    (10_001, 10_001, "security_assessment", "Art. 7(2)"),
    (99_999, 10_000, "security_assessment", "Art. 7(2)"),
    (999_999, 9_999, "standard_contract_or_certification", "Art. 8"),
    (1_000_000, 9_999, "security_assessment", "Art. 7(2)"),
    # Sensitive subjects are individuals too, even if a caller forgot to count them.
    (0, 5, "standard_contract_or_certification", "Art. 8"),
]


@pytest.mark.parametrize("individuals, sensitive, pathway, article", BOUNDARIES)
def test_cac_pathway_boundaries(
    individuals: int, sensitive: int, pathway: str, article: str
) -> None:
    result = cac_pathway(individuals, sensitive)
    assert result.pathway == pathway
    assert article in result.article
    assert result.reason


def test_a_ciio_operator_always_needs_an_assessment() -> None:
    assert cac_pathway(1, ciio=True).pathway == "security_assessment"
    assert "Art. 7(1)" in cac_pathway(1, ciio=True).article
    assert cac_pathway(0, ciio=True).pathway == "none"


def test_important_data_needs_an_assessment() -> None:
    assert cac_pathway(10, important_data=True).pathway == "security_assessment"


def test_negative_counts_are_rejected() -> None:
    with pytest.raises(ValueError):
        cac_pathway(-1)


def test_only_cn_has_a_pathway() -> None:
    result = export_pathways(
        {"SG": SubjectCounts(5_000_000, 50_000), "CN": SubjectCounts(150_000, 0)}
    )
    assert list(result) == ["CN", "SG"]
    assert result["CN"].pathway == "standard_contract_or_certification"
    assert result["SG"].pathway == "not_applicable"
    assert result["CN"].to_json()["article"].startswith("CAC Provisions")
