"""Decision tables: (findings, jurisdictions, destination) -> split, partition, rules."""

from __future__ import annotations

import pytest

from residency.model import ScanResult
from residency.policies import Policy, load_policy

from .conftest import ALL_PACKS, scan

# (case, entity types, scan error, jurisdictions, destination, home,
#  expected split, partition, rule ids, sensitive)
DECISIONS = [
    ("clean CN record clears", (), None, ["CN"], "SG", "CN",
     "offshore", None, ("pipl.default-clear",), False),
    ("PRC ID card is Art. 28 sensitive", ("CN_RESIDENT_ID",), None, ["CN"], "SG", "CN",
     "domestic", "CN", ("pipl.art28-sensitive",), True),
    ("bank card is Art. 28 sensitive", ("CN_BANK_CARD",), None, ["CN"], "SG", "CN",
     "domestic", "CN", ("pipl.art28-sensitive",), True),
    ("mobile number is personal information", ("CN_MOBILE",), None, ["CN"], "SG", "CN",
     "domestic", "CN", ("pipl.art38-personal-information",), False),
    ("health keyword alone identifies nobody", ("HEALTH_INFO",), None, ["CN"], "SG", "CN",
     "offshore", None, ("pipl.default-clear",), False),
    ("health keyword with a name is sensitive", ("HEALTH_INFO", "ZH_PERSON"), None, ["CN"], "SG",
     "CN", "domestic", "CN", ("pipl.art28-sensitive", "pipl.art38-personal-information"), True),
    ("minor with a phone number is sensitive", ("MINOR_AGE", "CN_MOBILE"), None, ["CN"], "SG",
     "CN", "domestic", "CN", ("pipl.art28-sensitive", "pipl.art38-personal-information"), True),
    ("company registration number is not personal", ("CN_USCC",), None, ["CN"], "SG", "CN",
     "offshore", None, ("pipl.default-clear",), False),
    ("scan error quarantines a clean record", (), "detector_error:RuntimeError", ["CN"], "SG",
     "CN", "quarantine", None, ("engine.scan-error",), False),
    ("scan error beats personal information", ("CN_RESIDENT_ID",), "field_too_long", ["CN"],
     "SG", "CN", "quarantine", None, ("engine.scan-error", "pipl.art28-sensitive"), True),
    ("unknown entity type is held", ("XX_NEW_ID",), None, ["CN"], "SG", "CN",
     "quarantine", None, ("engine.unknown-entity-type", "pipl.art38-personal-information"), False),
    ("masked scanner finding stays home (Art. 73)", ("MASKED_VALUE",), None, ["CN"], "SG", "CN",
     "domestic", "CN", ("pipl.art73-pseudonymized",), False),
    ("no pack governs US, no home: nothing applies", (), None, ["US"], "SG", None,
     "quarantine", None, ("engine.no-applicable-pack",), False),
    ("US user of a CN handler: the home law (PIPL Art. 3) clears a clean record", (), None,
     ["US"], "SG", "CN", "offshore", None, ("pipl.default-clear",), False),
    ("MY user of a CN handler: PIPL and PDPA-MY hold it, partition is the user's MY",
     ("MY_MYKAD",), None, ["MY"], "SG", "CN", "domestic", "MY",
     ("pdpa_my.mykad", "pdpa_my.s129-cross-border", "pipl.art28-sensitive"), True),
    ("no jurisdiction at all", (), None, [], "SG", None,
     "quarantine", None, ("engine.no-jurisdiction",), False),
    # Singapore: destination-aware transfer limitation
    ("SG phone to SG destination clears", ("SG_PHONE",), None, ["SG"], "SG", "SG",
     "offshore", None, ("pdpa_sg.default-clear",), False),
    ("SG phone to US destination stays home", ("SG_PHONE",), None, ["SG"], "US", "SG",
     "domestic", "SG", ("pdpa_sg.s26-transfer-limitation",), False),
    ("NRIC stays home even for an SG destination", ("SG_NRIC_FIN",), None, ["SG"], "SG", "SG",
     "domestic", "SG", ("pdpa_sg.nric",), True),
    # Malaysia
    ("MY phone to SG stays home (s. 129)", ("MY_PHONE",), None, ["MY"], "SG", "MY",
     "domestic", "MY", ("pdpa_my.s129-cross-border",), False),
    ("MY phone to MY clears", ("MY_PHONE",), None, ["MY"], "MY", "MY",
     "offshore", None, ("pdpa_my.default-clear",), False),
    ("MyKad stays home", ("MY_MYKAD",), None, ["MY"], "MY", "MY",
     "domestic", "MY", ("pdpa_my.mykad",), True),
    ("religion with a name is s. 40 sensitive", ("RELIGIOUS_BELIEF", "PERSON"), None, ["MY"],
     "MY", "MY", "domestic", "MY", ("pdpa_my.s40-sensitive",), True),
    # GDPR: adequacy
    ("EU e-mail to Japan (adequate) goes", ("EMAIL_ADDRESS",), None, ["DE"], "JP", "DE",
     "offshore", None, ("gdpr.art45-adequate-destination", "gdpr.default-clear"), False),
    ("EU e-mail to Singapore (no adequacy) stays", ("EMAIL_ADDRESS",), None, ["DE"], "SG", "DE",
     "domestic", "DE", ("gdpr.art44-no-adequacy",), False),
    ("EU health with a name stays even to Japan", ("HEALTH_INFO", "PERSON"), None, ["FR"], "JP",
     "FR", "domestic", "FR", ("gdpr.art9-special-categories",), True),
    ("clean EU record to SG clears", (), None, ["EU"], "SG", "EU",
     "offshore", None, ("gdpr.default-clear",), False),
    # Several jurisdictions: strictest wins, partition prefers home
    ("CN home with an NRIC: both packs hold, home partition", ("SG_NRIC_FIN",), None,
     ["CN", "SG"], "SG", "CN", "domestic", "CN", ("pdpa_sg.nric", "pipl.art28-sensitive"), True),
    ("SG home with a CN ID: only PIPL fired, so CN", ("CN_RESIDENT_ID",), None, ["CN", "SG"],
     "SG", "SG", "domestic", "CN", ("pipl.art28-sensitive",), True),
    ("SG record, SG destination, but CN evidence holds it", ("CN_MOBILE", "SG_PHONE"), None,
     ["CN", "SG"], "SG", "SG", "domestic", "CN", ("pipl.art38-personal-information",), False),
    ("EU record to adequate JP, but CN jurisdiction too: PIPL wins", ("EMAIL_ADDRESS",), None,
     ["CN", "DE"], "JP", "DE", "domestic", "CN", ("pipl.art38-personal-information",), False),
    ("no home among the candidates: alphabetical", ("PERSON",), None, ["MY", "SG"], "US", "CN",
     "domestic", "MY", ("pdpa_my.s129-cross-border", "pdpa_sg.s26-transfer-limitation",
                        "pipl.art38-personal-information"), False),
    ("governed and ungoverned jurisdictions: governed decides", (), None, ["CN", "US"], "SG",
     "CN", "offshore", None, ("pipl.default-clear",), False),
]  # fmt: skip


@pytest.mark.parametrize(
    "types, error, jurisdictions, destination, home, split, partition, rule_ids, sensitive",
    [pytest.param(*row[1:], id=row[0]) for row in DECISIONS],
)
def test_decision_table(
    policy: Policy,
    types: tuple[str, ...],
    error: str | None,
    jurisdictions: list[str],
    destination: str,
    home: str | None,
    split: str,
    partition: str | None,
    rule_ids: tuple[str, ...],
    sensitive: bool,
) -> None:
    decision = policy.decide(
        scan(*types, error=error), jurisdictions, destination=destination, home=home
    )
    assert (decision.split, decision.partition, decision.rule_ids, decision.sensitive) == (
        split,
        partition,
        rule_ids,
        sensitive,
    )
    assert decision.pack_digest == policy.digest
    assert decision.rule_ids == tuple(sorted(decision.rule_ids))


def test_scan_error_is_the_reason(policy: Policy) -> None:
    decision = policy.decide(scan("CN_MOBILE", error="field_too_long"), ["CN"])
    assert decision.reason == "field_too_long"


def test_reason_names_the_deciding_rules(policy: Policy) -> None:
    decision = policy.decide(scan("HEALTH_INFO", "CN_MOBILE"), ["CN"])
    assert decision.reason == "pipl.art28-sensitive,pipl.art38-personal-information"


def test_quarantine_beats_domestic(policy: Policy) -> None:
    explanation = policy.explain(scan("CN_MOBILE", "XX_NEW_ID"), ["CN"])
    assert explanation.decision.split == "quarantine"
    assert explanation.decision.reason == "engine.unknown-entity-type"
    deciding = {h.rule.id: h.deciding for h in explanation.hits}
    assert deciding == {
        "engine.unknown-entity-type": True,
        "pipl.art38-personal-information": False,
    }


def test_offshore_rules_do_not_fire_when_the_record_is_held(policy: Policy) -> None:
    decision = policy.decide(
        scan("EMAIL_ADDRESS", "HEALTH_INFO", "PERSON"), ["DE"], destination="JP"
    )
    assert decision.split == "domestic"
    assert not any(r.endswith("default-clear") or "art45" in r for r in decision.rule_ids)


def test_min_score_is_respected(tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "p.yaml"
    path.write_text(
        "id: scored\nversion: '1'\ntitle: t\njurisdictions: [CN]\ncitations: []\nrules:\n"
        "  - {id: s.hold, article: PIPL Art. 38, action: domestic, reason: held,\n"
        "     match: {entity_types: [PERSON], min_score: 0.8}}\n"
        "  - {id: s.clear, article: PIPL Art. 4, action: offshore, reason: cleared, match: {always: true}}\n"
    )
    policy = load_policy([str(path)])
    assert policy.decide(scan("PERSON", score=0.7), ["CN"]).split == "offshore"
    assert policy.decide(scan("PERSON", score=0.85), ["CN"]).split == "domestic"


def test_a_pack_without_a_clear_rule_fails_closed(tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "holdonly.yaml"
    path.write_text(
        "id: holdonly\nversion: '1'\ntitle: t\njurisdictions: ['*']\ncitations: []\nrules:\n"
        "  - {id: h.id, article: PIPL Art. 28, action: domestic, reason: held,\n"
        "     match: {categories: [identity_document]}}\n"
    )
    policy = load_policy([str(path)])
    decision = policy.decide(ScanResult(), ["US"])
    assert (decision.split, decision.rule_ids) == ("quarantine", ("engine.no-clearing-rule",))
    held = policy.decide(scan("US_SSN"), ["US"], home="US")
    assert (held.split, held.partition) == ("domestic", "US")


def test_jurisdiction_codes_are_normalised(policy: Policy) -> None:
    decision = policy.decide(scan("CN_MOBILE"), ["china"], destination="Singapore")
    assert decision.jurisdictions == ("CN",)
    assert decision.split == "domestic"


def test_masked_tokens_in_the_record_stay_home(policy: Policy) -> None:
    record = {"id": "1", "text": "客户张**，手机138****1234，已回访"}
    clean = policy.decide(ScanResult(), ["CN"])
    held = policy.decide(ScanResult(), ["CN"], record=record)
    assert clean.split == "offshore"
    assert (held.split, held.rule_ids) == ("domestic", ("pipl.art73-pseudonymized",))


def test_decisions_are_deterministic(policy: Policy) -> None:
    s = scan("SG_NRIC_FIN", "CN_RESIDENT_ID", "PERSON")
    first = policy.decide(s, ["SG", "CN"], home="CN")
    again = policy.decide(s, ["CN", "SG", "CN"], home="CN")
    assert first == again


def test_pack_order_does_not_change_digest_or_decisions() -> None:
    a = load_policy(ALL_PACKS)
    b = load_policy(tuple(reversed(ALL_PACKS)))
    assert a.digest == b.digest
    s = scan("CN_MOBILE", "SG_NRIC_FIN")
    assert a.decide(s, ["CN", "SG"]) == b.decide(s, ["CN", "SG"])
