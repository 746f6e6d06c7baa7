"""Schema, loader, company overrides and line-precise errors for invalid packs."""

from __future__ import annotations

import json
import textwrap
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from residency.errors import UsageError
from residency.policies import PolicyPackError, load_pack, load_policy, shipped_packs
from residency.policies.loader import schema

from .conftest import ALL_PACKS, scan

VALID = """\
id: acme
version: "1"
title: Acme
jurisdictions: [CN]
citations: [{id: PIPL, title: Personal Information Protection Law}]
rules:
  - id: acme.hold
    article: PIPL Art. 28
    action: domestic
    reason: held at home
    match: {categories: [identity_document]}
  - id: acme.clear
    article: PIPL Art. 4
    action: offshore
    reason: nothing held it
    match: {always: true}
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def test_the_four_packs_ship() -> None:
    assert set(ALL_PACKS) <= set(shipped_packs())


def test_the_schema_is_valid_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("name", ALL_PACKS)
def test_every_shipped_pack_validates_against_the_committed_schema(name: str) -> None:
    text = resources.files("residency.policies").joinpath("packs", f"{name}.yaml").read_text()
    document = yaml.safe_load(text)
    jsonschema.Draft202012Validator(schema()).validate(document)
    pack = load_pack(name)
    assert pack.id == name
    for rule in pack.rules:
        assert rule.article and rule.reason and rule.id.startswith(f"{name}.")
    # Every pack names a positive clearance and holds something.
    assert any(r.action == "offshore" for r in pack.rules)
    assert any(r.action == "domestic" for r in pack.rules)


def test_pipl_cites_the_articles_the_issue_names() -> None:
    articles = {r.article for r in load_pack("pipl").rules}
    assert {"PIPL Art. 28", "PIPL Art. 38-40", "PIPL Art. 73"} <= articles


def test_a_valid_user_pack_loads(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, VALID))
    assert [r.id for r in pack.rules] == ["acme.hold", "acme.clear"]
    assert len(pack.digest) == 64


def test_changing_a_pack_changes_its_digest(tmp_path: Path) -> None:
    a = load_pack(write(tmp_path, VALID, "a.yaml"))
    b = load_pack(write(tmp_path, VALID.replace("held at home", "held at home!"), "b.yaml"))
    assert a.digest != b.digest
    assert (
        load_policy([str(tmp_path / "a.yaml")]).digest
        != load_policy([str(tmp_path / "b.yaml")]).digest
    )


def test_formatting_and_comments_do_not_change_the_digest(tmp_path: Path) -> None:
    a = load_pack(write(tmp_path, VALID, "a.yaml"))
    b = load_pack(write(tmp_path, "# a comment\n" + VALID.replace("[CN]", "\n  - CN"), "b.yaml"))
    assert a.digest == b.digest


# (case, pack text, expected "line:column: message" fragments)
INVALID = [
    ("typo in a key", VALID.replace("    action: domestic", "    acton: domestic"),
     ["9:5: rules[0].acton: unknown key; did you mean 'action'?", "7:5: rules[0]: 'action' is a required key"]),
    ("unknown action", VALID.replace("action: domestic", "action: home"),
     ["9:13: rules[0].action: 'home' is not one of"]),
    ("lower-case jurisdiction", VALID.replace("[CN]", "[cn]"),
     ["4:17: jurisdictions[0]: 'cn' is not an upper-case ISO 3166 alpha-2 code"]),
    ("unquoted NO is read as false", VALID.replace("[CN]", "[CN, NO]"),
     ["4:21: jurisdictions[1]: False is not of type 'string'"]),
    ("unknown entity type", VALID.replace("{categories: [identity_document]}", "{entity_types: [CN_RESIDENTID]}"),
     ["11:28: rules[0].match.entity_types[0]: unknown entity type 'CN_RESIDENTID'; did you mean 'CN_RESIDENT_ID'?"]),
    ("unknown category", VALID.replace("[identity_document]", "[identity_documents]"),
     ["11:26: rules[0].match.categories[0]: unknown category 'identity_documents'; did you mean 'identity_document'?"]),
    ("duplicate rule id", VALID.replace("acme.clear", "acme.hold"),
     ["12:9: rules[1].id: duplicate rule id 'acme.hold' (first at line 7)"]),
    ("duplicate key", VALID.replace('version: "1"\n', 'version: "1"\nversion: "2"\n'),
     ["3:1: version: duplicate key (first at line 2)"]),
    ("missing rules", VALID.split("rules:")[0],
     ["1:1: 'rules' is a required key"]),
    ("match selects nothing", VALID.replace("{categories: [identity_document]}", "{min_score: 0.5}"),
     ["11:12: rules[0].match: selects nothing"]),
    ("always mixed with a selector", VALID.replace("{always: true}", "{always: true, any: true}"),
     ["16:21: rules[1].match.always: always cannot be combined"]),
    ("masked data offshore without anonymization", VALID.replace("{always: true}", "{masked: true}"),
     ["14:13: rules[1].action: only a pack that declares `anonymization"]),
    ("anonymization that is reversible", VALID + "anonymization: {irreversible: false, method: tokenised with a key, removes: [PERSON]}\n",
     ["17:31: anonymization.irreversible: must be true"]),
    ("min_score out of range", VALID.replace("{always: true}", "{always: true, min_score: 2}"),
     ["16:38: rules[1].match.min_score: 2 is greater than the maximum of 1"]),
    ("YAML syntax error", VALID.replace("title: Acme", "title: [Acme"),
     ["not valid YAML"]),
    ("not a mapping", "- just\n- a list\n", ["1:1: a pack is a mapping"]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", [pytest.param(*r[1:], id=r[0]) for r in INVALID])
def test_invalid_packs_fail_with_line_precise_errors(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PolicyPackError) as info:
        load_pack(path)
    message = str(info.value)
    assert isinstance(info.value, UsageError)
    for fragment in expected:
        assert fragment in message, message
    assert all(line.startswith(path + ":") for line in message.splitlines())


def test_an_unknown_pack_name_lists_the_installed_ones() -> None:
    with pytest.raises(UsageError, match="installed packs: gdpr, pdpa_my, pdpa_sg, pipl"):
        load_pack("pipel")


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not found"):
        load_pack(str(tmp_path / "nope.yaml"))


# --------------------------------------------------------------------------- overrides

ACME_CN = """\
# A company's stricter list on top of PIPL.
id: acme-cn
version: "2025.1"
title: Acme Corp. China data policy
extends: pipl
rules:
  # Stricter: a licence plate is sensitive for Acme (a logistics company).
  - id: acme.plates-are-sensitive
    article: PIPL Art. 28; Acme data handling standard 4.2
    match: {entity_types: [CN_LICENSE_PLATE]}
    action: quarantine
    reason: Plates reveal drivers' whereabouts; a steward reviews them.
  # Replaces pipl.art38-personal-information by id: NER hits below 0.6 are noise.
  - id: pipl.art38-personal-information
    article: PIPL Art. 38-40
    match:
      categories: [contact, name, address, online_identifier, vehicle, quasi_identifier]
      min_score: 0.6
    action: domestic
    reason: Personal information stays home; low-confidence NER hits are ignored.
"""


def test_a_company_override_extends_pipl(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, ACME_CN, "acme-cn.yaml"))
    assert pack.extends == "pipl"
    assert pack.jurisdictions == ("CN",)
    ids = [r.id for r in pack.rules]
    # Parent order kept, overridden rule replaced in place, new rule appended.
    assert ids == [
        "pipl.art28-sensitive",
        "pipl.art38-personal-information",
        "pipl.art73-pseudonymized",
        "pipl.default-clear",
        "acme.plates-are-sensitive",
    ]
    policy = load_policy([str(tmp_path / "acme-cn.yaml")])
    assert policy.decide(scan("CN_LICENSE_PLATE"), ["CN"]).split == "quarantine"
    assert load_policy(["pipl"]).decide(scan("CN_LICENSE_PLATE"), ["CN"]).split == "domestic"
    assert policy.decide(scan("PERSON", score=0.5), ["CN"]).split == "offshore"
    assert policy.decide(scan("CN_RESIDENT_ID"), ["CN"]).rule_ids == ("pipl.art28-sensitive",)
    assert policy.digest != load_policy(["pipl"]).digest


def test_override_and_base_cannot_be_loaded_together(tmp_path: Path) -> None:
    path = write(tmp_path, ACME_CN, "acme-cn.yaml")
    with pytest.raises(UsageError, match="extends 'pipl', which is also loaded"):
        load_policy(["pipl", path])


def test_declared_anonymization_may_clear_masked_data(tmp_path: Path) -> None:
    text = """\
    id: acme-anon
    version: "1"
    title: Acme anonymised support logs
    extends: pipl
    anonymization:
      irreversible: true
      method: >-
        Names and phone numbers replaced by fixed placeholders ([NAME], 138****1234) by the
        export job; no mapping table is kept and the salt is destroyed after each run.
      removes: [ZH_PERSON, PERSON, CN_MOBILE]
    rules:
      - id: pipl.art73-pseudonymized
        article: PIPL Art. 73(4)
        match: {masked: true}
        action: offshore
        reason: Irreversibly anonymised (see anonymization); no longer personal information.
    """
    policy = load_policy([write(tmp_path, text)])
    record = {"text": "客户[NAME]来电，号码138****1234"}
    decision = policy.decide(scan(), ["CN"], record=record)
    assert (decision.split, decision.rule_ids) == (
        "offshore",
        ("pipl.art73-pseudonymized", "pipl.default-clear"),
    )
    # Whatever else is in the record still holds it.
    assert policy.decide(scan("CN_RESIDENT_ID"), ["CN"], record=record).split == "domestic"
    assert policy.packs[0].anonymization is not None
    assert "CN_MOBILE" in policy.packs[0].anonymization.removes


def test_an_override_may_not_clear_masked_data_without_declaring_anonymization(
    tmp_path: Path,
) -> None:
    text = """\
    id: acme-lax
    version: "1"
    title: Acme lax
    extends: pipl
    rules:
      - id: pipl.art73-pseudonymized
        article: PIPL Art. 73
        match: {masked: true}
        action: offshore
        reason: we would like to export masked data
    """
    with pytest.raises(PolicyPackError, match=r"pack\.yaml:9:13: rules\[0\]\.action: only a pack"):
        load_pack(write(tmp_path, text))


def test_extends_cycles_and_missing_parents_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "id: a\nversion: '1'\ntitle: a\nextends: b.yaml\n", "a.yaml")
    write(tmp_path, "id: b\nversion: '1'\ntitle: b\nextends: a.yaml\n", "b.yaml")
    with pytest.raises(PolicyPackError, match="extends itself"):
        load_pack(str(tmp_path / "a.yaml"))
    write(tmp_path, "id: c\nversion: '1'\ntitle: c\nextends: nowhere.yaml\n", "c.yaml")
    with pytest.raises(PolicyPackError, match=r"c\.yaml:4:10: extends: policy pack file not found"):
        load_pack(str(tmp_path / "c.yaml"))


def test_a_change_in_the_parent_changes_the_child_digest(tmp_path: Path) -> None:
    write(tmp_path, VALID, "base.yaml")
    child = "id: child\nversion: '1'\ntitle: c\nextends: base.yaml\n"
    first = load_pack(write(tmp_path, child, "child.yaml")).digest
    write(tmp_path, VALID.replace("held at home", "kept at home"), "base.yaml")
    assert load_pack(str(tmp_path / "child.yaml")).digest != first


def test_rule_ids_must_be_unique_across_packs(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VALID.replace("acme.hold", "pipl.art28-sensitive").replace("id: acme\n", "id: other\n"),
    )
    with pytest.raises(UsageError, match="rule id 'pipl.art28-sensitive' is in both"):
        load_policy(["pipl", path])


def test_schema_file_is_committed_json() -> None:
    path = Path(__file__).parents[2] / "policies" / "schema" / "policy-pack.schema.json"
    assert json.loads(path.read_text()) == schema()
