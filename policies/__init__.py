"""Policy packs (YAML with legal citations), their schema and the decision engine."""

from residency.policies.engine import Explanation, Policy, RuleHit, load_policy, policy_digest
from residency.policies.jurisdiction import (
    infer_jurisdictions,
    jurisdiction_evidence,
    normalize_region,
)
from residency.policies.loader import Pack, PolicyPackError, load_pack, shipped_packs
from residency.policies.masked import masked_findings, with_masked_findings
from residency.policies.thresholds import Pathway, SubjectCounts, cac_pathway, export_pathways

__all__ = [
    "Explanation",
    "Pack",
    "Pathway",
    "Policy",
    "PolicyPackError",
    "RuleHit",
    "SubjectCounts",
    "cac_pathway",
    "export_pathways",
    "infer_jurisdictions",
    "jurisdiction_evidence",
    "load_pack",
    "load_policy",
    "masked_findings",
    "normalize_region",
    "policy_digest",
    "shipped_packs",
    "with_masked_findings",
]
