"""The development corpus: deterministic, valid identifiers, exact labels, disjoint splits."""

from __future__ import annotations

import json
import random
import re

import pytest

from residency.corpus import (
    LANGUAGES,
    generate,
    generate_evasion,
    iter_fields,
    names,
    templates_for,
)
from residency.corpus import identifiers as ids
from residency.corpus.__main__ import main as corpus_main
from residency.corpus.evasion import TRANSFORMS, evade
from residency.corpus.generator import template_text
from residency.detectors.checksums import (
    hkid_check_char,
    iso7064_mod11_2,
    luhn,
    sg_nric_check_char,
    tw_id_valid,
    valid_date,
)


def _compact(value: str) -> str:
    return re.sub(r"[\s()\-+]", "", value)


def cn_id_ok(v: str) -> bool:
    return iso7064_mod11_2(_compact(v))


def card_ok(v: str) -> bool:
    return luhn(_compact(v))


def hkid_ok(v: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(?([0-9A])\)?", v)
    return bool(m) and hkid_check_char(m.group(1), m.group(2)) == m.group(3)


def nric_ok(v: str) -> bool:
    return sg_nric_check_char(v[0], v[1:8]) == v[8]


def mykad_ok(v: str) -> bool:
    d = v.replace("-", "")
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    return len(d) == 12 and (valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd))


VALIDATORS = {
    "CN_RESIDENT_ID": cn_id_ok,
    "CN_BANK_CARD": card_ok,
    "HK_HKID": hkid_ok,
    "TW_NATIONAL_ID": tw_id_valid,
    "SG_NRIC_FIN": nric_ok,
    "MY_MYKAD": mykad_ok,
    "CN_MOBILE": lambda v: re.fullmatch(r"1[3-9]\d{9}", _compact(v).removeprefix("86")) is not None,
    "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[\w.]+@[\w.]+\.[a-z]{2,}", v) is not None,
}


@pytest.mark.parametrize(
    "gen, valid",
    [
        (ids.cn_resident_id, cn_id_ok),
        (ids.cn_bank_card, card_ok),
        (ids.hkid, hkid_ok),
        (ids.tw_national_id, tw_id_valid),
        (ids.sg_nric, nric_ok),
        (ids.mykad, mykad_ok),
    ],
)
def test_generated_identifiers_pass_their_checksums(gen, valid):
    rng = random.Random(11)
    assert all(valid(gen(rng)) for _ in range(300))


@pytest.mark.parametrize(
    "gen, valid",
    [
        (ids.invalid_cn_resident_id, cn_id_ok),
        (ids.invalid_bank_card, card_ok),
        (ids.invalid_hkid, hkid_ok),
        (ids.invalid_tw_id, tw_id_valid),
        (ids.invalid_sg_nric, nric_ok),
    ],
)
def test_lookalikes_fail_their_checksums(gen, valid):
    rng = random.Random(12)
    assert not any(valid(gen(rng)) for _ in range(300))


def test_same_seed_same_records_and_other_seed_other_records():
    a = [r.to_json() for r in generate(120, 5, split="dev")]
    assert a == [r.to_json() for r in generate(120, 5, split="dev")]
    assert a != [r.to_json() for r in generate(120, 6, split="dev")]
    ev = [r.to_json() for r in generate_evasion(40, 5, split="holdout")]
    assert ev == [r.to_json() for r in generate_evasion(40, 5, split="holdout")]


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_label_spans_hold_the_values_they_name(split):
    records = generate(400, 3, split=split)
    assert {r.language for r in records} == set(LANGUAGES)
    assert 0.35 < sum(r.has_pii for r in records) / len(records) < 0.65
    checked = 0
    for rec in records:
        assert rec.has_pii == (rec.kind == "pii")
        fields = dict(iter_fields(rec.record))
        for lab in rec.labels:
            value = fields[lab.field][lab.start : lab.end]
            assert value and value == value.strip(), (rec.id, lab)
            if lab.evasion is None and lab.entity_type in VALIDATORS:
                assert VALIDATORS[lab.entity_type](value), (rec.id, lab, value)
                checked += 1
    assert checked > 50


def test_evasion_corpus_obfuscates_every_identifier():
    records = generate_evasion(150, 4, split="dev")
    identifiers = [
        lab for r in records for lab in r.labels if lab.entity_type not in ("PERSON", "ADDRESS")
    ]
    assert identifiers and all(lab.evasion for lab in identifiers)
    kinds = {step for lab in identifiers for step in (lab.evasion or "").split("+")}
    assert kinds >= {"fullwidth", "chinese_numerals", "zero_width", "split_spaces", "email_words"}


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_each_transform_changes_a_value_it_applies_to(name):
    value = "user.name@mailhost.com" if name == "email_words" else "13812340105"
    if name == "homoglyphs":
        value = "S1234567D"
    assert TRANSFORMS[name](value, random.Random(1)) != value


def test_evade_reports_what_it_did():
    out, how = evade("13812345678", random.Random(3), mix=True)
    assert out != "13812345678" and "+" in how


def test_dev_and_holdout_share_no_template():
    for kind in ("pii", "clean"):
        for language in LANGUAGES:
            dev = {template_text(b) for _, b in templates_for("dev", kind, language)}
            hold = {template_text(b) for _, b in templates_for("holdout", kind, language)}
            assert dev and hold and not dev & hold, (kind, language)
    dev_texts = {r.template for r in generate(300, 1, split="dev")}
    hold_texts = {r.template for r in generate(300, 1, split="holdout")}
    assert not dev_texts & hold_texts


@pytest.mark.parametrize(
    "items",
    [names.ZH_SURNAMES, names.ZH_GIVEN, names.ZHT_GIVEN, names.WESTERN_FIRST, names.MALAY_MALE,
     names.INDIAN_GIVEN, names.SEA_CHINESE_SURNAMES, names.ZH_ROADS, names.SG_STREETS],
)  # fmt: skip
def test_dev_and_holdout_share_no_name_or_street(items):
    assert not set(names.part(items, "dev")) & set(names.part(items, "holdout"))


def test_cli_writes_labelled_jsonl(tmp_path, capsys):
    out = tmp_path / "x.jsonl"
    assert corpus_main(["--n", "30", "--seed", "7", "--split", "holdout", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 30
    assert rows[0]["record"]["id"] == "holdout-7-000000"
    assert all(row["has_pii"] == bool(row["labels"]) for row in rows)
    bare = tmp_path / "bare.jsonl"
    assert corpus_main(["--n", "5", "--records-only", "--out", str(bare)]) == 0
    assert all("labels" not in json.loads(line) for line in bare.read_text("utf-8").splitlines())
