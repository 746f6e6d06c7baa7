"""Which PRC cross-border pathway an export of personal information would need.

CAC *Provisions on Promoting and Regulating Cross-Border Data Flows* (in force
2024-03-22), for a personal-information handler counting individuals cumulatively since
1 January of the current year:

=============================================  ==========================================
exempt (Art. 5(4))                              non-CIIO, fewer than 100,000 individuals'
                                                personal information, no sensitive PI
standard contract or certification (Art. 8)     non-CIIO, 100,000 or more but fewer than
                                                1,000,000 individuals (non-sensitive PI),
                                                or sensitive PI of fewer than 10,000
security assessment (Art. 7)                    a CIIO operator, important data, 1,000,000
                                                individuals or more (non-sensitive PI), or
                                                sensitive PI of 10,000 individuals or more
=============================================  ==========================================

Art. 7 says "100万人以上" / "1万人以上" (*n or more*, inclusive) and Art. 8 "不满" (*fewer
than*), so exactly 1,000,000 and exactly 10,000 need a security assessment.  The other
Art. 3-6 exemptions (contracts with the individual, HR management, emergencies, free
trade zone lists) depend on facts the gate cannot see and are not applied.

The pipeline counts distinct data subjects per jurisdiction and output (by a keyed hash of
their identifiers, never the raw values) and calls :func:`cac_pathway` /
:func:`export_pathways`; only CN has a pathway, other jurisdictions report
``not_applicable``.  The numbers live here, with their article, rather than in a pack: they
decide what a report says about a whole output, not where one record goes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

PathwayName = Literal[
    "none", "exempt", "standard_contract_or_certification", "security_assessment", "not_applicable"
]

SOURCE = "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (2024)"
EXEMPT_BELOW = 100_000
ASSESSMENT_FROM = 1_000_000
SENSITIVE_ASSESSMENT_FROM = 10_000


@dataclass(frozen=True)
class Pathway:
    pathway: PathwayName
    article: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"pathway": self.pathway, "article": self.article, "reason": self.reason}


@dataclass(frozen=True)
class SubjectCounts:
    """Distinct data subjects in one output for one jurisdiction.

    ``individuals`` counts everyone whose personal information is in the output;
    ``sensitive`` those of them with sensitive personal information (PIPL Art. 28).
    """

    individuals: int
    sensitive: int = 0


def cac_pathway(
    individuals: int,
    sensitive: int = 0,
    *,
    ciio: bool = False,
    important_data: bool = False,
) -> Pathway:
    """The pathway for exporting the personal information of ``individuals`` people, of
    whom ``sensitive`` have sensitive personal information (counted this calendar year)."""
    if individuals < 0 or sensitive < 0:
        raise ValueError("subject counts cannot be negative")
    individuals = max(individuals, sensitive)
    if ciio and individuals:
        return Pathway(
            "security_assessment",
            f"{SOURCE} Art. 7(1); PIPL Art. 40",
            "a critical information infrastructure operator exports personal information",
        )
    if important_data:
        return Pathway(
            "security_assessment", f"{SOURCE} Art. 7(2)", "the export includes important data"
        )
    if sensitive >= SENSITIVE_ASSESSMENT_FROM:
        return Pathway(
            "security_assessment",
            f"{SOURCE} Art. 7(2)",
            f"sensitive personal information of {sensitive:,} individuals "
            f"({SENSITIVE_ASSESSMENT_FROM:,} or more)",
        )
    if individuals >= ASSESSMENT_FROM:
        return Pathway(
            "security_assessment",
            f"{SOURCE} Art. 7(2)",
            f"personal information of {individuals:,} individuals ({ASSESSMENT_FROM:,} or more)",
        )
    if sensitive:
        return Pathway(
            "standard_contract_or_certification",
            f"{SOURCE} Art. 8; PIPL Art. 38",
            f"sensitive personal information of {sensitive:,} individuals "
            f"(fewer than {SENSITIVE_ASSESSMENT_FROM:,})",
        )
    if individuals >= EXEMPT_BELOW:
        return Pathway(
            "standard_contract_or_certification",
            f"{SOURCE} Art. 8; PIPL Art. 38",
            f"personal information of {individuals:,} individuals "
            f"({EXEMPT_BELOW:,} to fewer than {ASSESSMENT_FROM:,})",
        )
    if individuals:
        return Pathway(
            "exempt",
            f"{SOURCE} Art. 5(4)",
            f"non-sensitive personal information of {individuals:,} individuals "
            f"(fewer than {EXEMPT_BELOW:,}, non-CIIO)",
        )
    return Pathway("none", f"{SOURCE} Art. 3", "no personal information")


def export_pathways(
    counts: Mapping[str, SubjectCounts], *, ciio: bool = False, important_data: bool = False
) -> dict[str, Pathway]:
    """Pathway per jurisdiction of one output; only CN (PIPL) has one."""
    out: dict[str, Pathway] = {}
    for jurisdiction in sorted(counts):
        c = counts[jurisdiction]
        if jurisdiction == "CN":
            out[jurisdiction] = cac_pathway(
                c.individuals, c.sensitive, ciio=ciio, important_data=important_data
            )
        else:
            out[jurisdiction] = Pathway(
                "not_applicable",
                "",
                "the CAC export thresholds apply to CN personal information only",
            )
    return out
