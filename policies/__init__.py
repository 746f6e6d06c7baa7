"""Policy packs (YAML with legal citations), their schema and the decision engine."""

from residency.policies.engine import Policy, infer_jurisdictions, load_policy

__all__ = ["Policy", "infer_jurisdictions", "load_policy"]
