"""The steward's report ``DIR/report.html``: one self-contained, bilingual HTML file.

Finalisation step 4 (``residency.finalize``) and ``residency report DIR``.  The page has
inline CSS and SVG only -- no script, no font, no image and no URL of any kind -- so it
opens from a USB stick in an air-gapped room.  It is rendered by Jinja2 with autoescaping
from ``templates/report.html.j2`` and shows masked evidence only (``110***********1234``),
read from the decision log's ``evidence`` column; records themselves are never read.

Sources: ``manifest.json`` (counts), ``validation.json`` (step 2),
``manifest.intoto.json`` (signature status via ``residency.gate.signature_status``; run
parameters and input digests from its predicate), the decision log, and the policy
packs' rules with their legal articles.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from residency.errors import UsageError
from residency.output_rows import iter_columns

REPORT_FILE = "report.html"
SAMPLES_PER_REASON = 5
SPLITS = ("offshore", "domestic", "quarantine")

# (English, 简体中文) for labels that are data rather than template text.
SPLIT_LABELS = {
    "offshore": ("offshore (cleared)", "境外（已放行）"),
    "domestic": ("domestic (stays home)", "境内（留存）"),
    "quarantine": ("quarantine (held for review)", "隔离（待审核）"),
}
ENTITY_LABELS = {
    "CN_RESIDENT_ID": "身份证",
    "CN_PASSPORT": "护照",
    "CN_HK_MACAU_PERMIT": "港澳通行证",
    "CN_HOME_RETURN_PERMIT": "回乡证",
    "CN_TAIWAN_PERMIT": "台胞证",
    "CN_MOBILE": "手机号",
    "CN_LANDLINE": "固定电话",
    "CN_BANK_CARD": "银行卡",
    "CN_USCC": "统一社会信用代码",
    "CN_LICENSE_PLATE": "车牌号",
    "CN_WECHAT_ID": "微信号",
    "CN_QQ_NUMBER": "QQ号",
    "SOCIAL_HANDLE": "社交账号",
    "HK_HKID": "香港身份证",
    "HK_PHONE": "香港电话",
    "HK_VEHICLE_PLATE": "香港车牌",
    "MO_BIR": "澳门身份证",
    "MO_PHONE": "澳门电话",
    "MO_VEHICLE_PLATE": "澳门车牌",
    "TW_NATIONAL_ID": "台湾身份证",
    "TW_PHONE": "台湾电话",
    "TW_LINE_ID": "LINE账号",
    "TW_VEHICLE_PLATE": "台湾车牌",
    "SG_NRIC_FIN": "新加坡身份证",
    "SG_PHONE": "新加坡电话",
    "SG_VEHICLE_PLATE": "新加坡车牌",
    "MY_MYKAD": "马来西亚身份证",
    "MY_PHONE": "马来西亚电话",
    "MY_VEHICLE_PLATE": "马来西亚车牌",
    "ZH_PERSON": "姓名",
    "ZH_ADDRESS": "地址",
    "PERSON": "姓名",
    "LOCATION": "地点",
    "EMAIL_ADDRESS": "电子邮箱",
    "PHONE_NUMBER": "电话",
    "CREDIT_CARD": "信用卡",
    "IBAN_CODE": "银行账号",
    "IP_ADDRESS": "IP地址",
    "HEALTH_INFO": "健康信息",
    "RELIGIOUS_BELIEF": "宗教信仰",
    "MINOR_AGE": "未成年人",
    "BIOMETRIC": "生物识别",
    "PRECISE_LOCATION": "行踪轨迹",
    "DATE_OF_BIRTH": "出生日期",
    "SINGLED_OUT_PERSON": "可识别的个人描述",
    "NATIONAL_ID": "身份证件",
    "PASSPORT": "护照",
    "BANK_ACCOUNT": "银行账户",
    "INSURANCE_POLICY": "保单号",
    "MEMBER_NUMBER": "学号/工号/会员号",
    "DEVICE_ID": "设备/SIM识别码 (IMEI/IMSI)",
}
PATHWAY_LABELS = {
    "none": ("no personal information", "无个人信息"),
    "exempt": ("exempt", "免于申报"),
    "standard_contract_or_certification": (
        "standard contract or certification",
        "标准合同或认证",
    ),
    "security_assessment": ("security assessment", "安全评估"),
    "not_applicable": ("not applicable", "不适用"),
}


# -- reading the run folder -----------------------------------------------------------------


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        value = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _predicate(root: Path) -> dict[str, Any]:
    """The signed manifest's predicate as written (shown beside its signature status)."""
    envelope = _read_json(root / "manifest.intoto.json")
    if not envelope:
        return {}
    try:
        statement = json.loads(base64.b64decode(envelope.get("payload", "")))
    except (ValueError, TypeError):
        return {}
    predicate = statement.get("predicate") if isinstance(statement, dict) else None
    return predicate if isinstance(predicate, dict) else {}


def signature(run_dir: str | os.PathLike[str], trusted: Any = None) -> dict[str, Any]:
    """``residency.gate.signature_status``, or an "unsigned / not verified" stand-in."""
    try:
        from residency.gate import signature_status
    except ImportError:
        signed = (Path(run_dir) / "manifest.intoto.json").exists()
        return {
            "signed": signed,
            "verified": False,
            "reason": "not-verified",
            "message": "signature not verified (no verifier installed)",
        }
    status: dict[str, Any] = signature_status(run_dir, trusted)
    return status


def held_samples(run_dir: Path, per_reason: int = SAMPLES_PER_REASON) -> list[dict[str, Any]]:
    """Up to ``per_reason`` held records per reason (the lowest ids): ids, places and
    masked evidence only.  The decision log is streamed; at most ``2 * per_reason``
    rows per reason are held at a time."""
    columns = ["id", "split", "partition", "reason", "source", "evidence"]
    by_reason: dict[tuple[str, str], dict[str, Any]] = {}

    def lowest(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(rows, key=lambda r: str(r.get("id")))[:per_reason]  # stable

    for path in sorted((run_dir / "decisions").rglob("*")):
        if path.suffix not in (".parquet", ".jsonl"):
            continue
        for row in iter_columns(path, columns):
            if row.get("split") == "offshore":
                continue
            key = (str(row.get("split")), str(row.get("reason")))
            group = by_reason.setdefault(
                key, {"split": key[0], "reason": key[1], "count": 0, "records": []}
            )
            group["count"] += 1
            group["records"].append(row)
            if len(group["records"]) > 2 * per_reason:
                group["records"] = lowest(group["records"])
    out: list[dict[str, Any]] = []
    for key in sorted(by_reason):
        group = by_reason[key]
        rows = lowest(group.pop("records"))
        group["records"] = [
            {
                "id": str(r.get("id")),
                "place": _place(r.get("split"), r.get("partition")),
                "source": r.get("source") or "",
                "evidence": [
                    {
                        "entity_type": str(e.get("entity_type")),
                        "label": ENTITY_LABELS.get(str(e.get("entity_type")), ""),
                        "field": str(e.get("field") or ""),
                        "masked": str(e.get("masked") or ""),
                        "score": float(e.get("score") or 0.0),
                        "normalized": bool(e.get("normalized")),
                    }
                    for e in (r.get("evidence") or [])
                ],
            }
            for r in rows
        ]
        out.append(group)
    return out


def _place(split: Any, partition: Any) -> str:
    return f"domestic/{partition or 'UNKNOWN'}" if split == "domestic" else str(split)


# -- policies -------------------------------------------------------------------------------


def rule_catalogue(pack_ids: Iterable[str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The packs (id, version, title, citations without URLs) and every rule by id."""
    from residency.policies import engine as policy_engine
    from residency.policies import load_pack, shipped_packs

    rules: dict[str, Any] = {}
    for name in dir(policy_engine):
        value = getattr(policy_engine, name)
        if hasattr(value, "article") and hasattr(value, "match") and hasattr(value, "id"):
            rules[value.id] = value
    packs: list[dict[str, Any]] = []
    wanted = list(dict.fromkeys(pack_ids)) or list(shipped_packs())
    for pack_id in wanted:
        try:
            pack = load_pack(pack_id)
        except Exception:  # a custom pack that is not on this machine: show its id only
            packs.append({"id": pack_id, "version": "", "title": "", "citations": []})
            continue
        packs.append(
            {
                "id": pack.id,
                "version": pack.version,
                "title": pack.title,
                "citations": [_citation(c) for c in pack.document.get("citations") or ()],
            }
        )
        for rule in pack.rules:
            rules[rule.id] = rule
    return packs, rules


def _citation(citation: Any) -> str:
    """A citation's id and title; its URL is left out (the page links to nothing)."""
    if not isinstance(citation, Mapping):
        return str(citation)
    title, cid = citation.get("title", ""), citation.get("id", "")
    return f"{cid}: {title}" if cid and title else str(title or cid)


def fired_rules(counts: Mapping[str, Any], rules: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every rule that fired, with its article, action and records per split."""
    per_rule: dict[str, dict[str, int]] = {}
    for split, fired in (counts.get("rules") or {}).items():
        for rule_id, n in fired.items():
            per_rule.setdefault(rule_id, {})[split] = int(n)
    out = []
    for rule_id in sorted(per_rule):
        rule = rules.get(rule_id)
        out.append(
            {
                "id": rule_id,
                "pack": getattr(rule, "pack", rule_id.split(".", 1)[0]),
                "article": getattr(rule, "article", "") or "",
                "action": getattr(rule, "action", "") or "",
                "reason": " ".join(str(getattr(rule, "reason", "") or "").split()),
                "splits": per_rule[rule_id],
            }
        )
    return out


# -- the page's facts -----------------------------------------------------------------------


def _bars(values: Mapping[str, int], width: int = 360) -> dict[str, Any]:
    """Geometry of a horizontal SVG bar chart (the template draws it)."""
    items = sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
    top = max((v for _, v in items), default=0) or 1
    bars = [
        {
            "label": k,
            "zh": ENTITY_LABELS.get(k, ""),
            "value": v,
            "y": 8 + i * 22,
            "w": max(2, round(width * v / top)),
        }
        for i, (k, v) in enumerate(items)
    ]
    return {"bars": bars, "height": 16 + 22 * len(bars), "width": width}


def _subjects(predicate: Mapping[str, Any], counts: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Data subjects per split and jurisdiction with their CAC pathway."""
    from residency.policies.thresholds import (
        ASSESSMENT_FROM,
        EXEMPT_BELOW,
        SENSITIVE_ASSESSMENT_FROM,
        SubjectCounts,
        export_pathways,
    )

    splits = (predicate.get("data_subjects") or {}).get("splits")
    if not isinstance(splits, Mapping):
        tally: dict[str, dict[str, list[int]]] = {}
        for e in counts.get("data_subjects") or []:
            c = tally.setdefault(e["split"], {}).setdefault(e["jurisdiction"], [0, 0])
            c[0] += int(e["count"])
            c[1] += int(e["count"]) if e.get("sensitive") else 0
        splits = {}
        for split, per in tally.items():
            sc = {j: SubjectCounts(v[0], v[1]) for j, v in per.items()}
            paths = export_pathways(sc)
            splits[split] = {
                j: {
                    "individuals": sc[j].individuals,
                    "sensitive": sc[j].sensitive,
                    "pathway": paths[j].to_json(),
                }
                for j in sc
            }
    rows = []
    for split in sorted(splits):
        for juris, facts in sorted(splits[split].items()):
            n, s = int(facts.get("individuals", 0)), int(facts.get("sensitive", 0))
            pathway = facts.get("pathway") or {}
            rows.append(
                {
                    "split": split,
                    "jurisdiction": juris,
                    "individuals": n,
                    "sensitive": s,
                    "pathway": pathway.get("pathway", ""),
                    "pathway_label": PATHWAY_LABELS.get(pathway.get("pathway", ""), ("", "")),
                    "article": pathway.get("article", ""),
                    "reason": pathway.get("reason", ""),
                    "pct_exempt": min(100.0, 100.0 * n / EXEMPT_BELOW),
                    "pct_sensitive": min(100.0, 100.0 * s / SENSITIVE_ASSESSMENT_FROM),
                }
            )
    thresholds = {
        "exempt_below": EXEMPT_BELOW,
        "assessment_from": ASSESSMENT_FROM,
        "sensitive_assessment_from": SENSITIVE_ASSESSMENT_FROM,
    }
    return [{"rows": rows, "thresholds": thresholds}]


def verdict(
    sig: Mapping[str, Any], validation: Mapping[str, Any] | None, predicate: Mapping[str, Any]
) -> dict[str, Any]:
    """Cleared only when validation passed, the signature verifies and export needs no filing."""
    reasons: list[tuple[str, str]] = []
    if validation is None:
        reasons.append(("output validation was not performed", "未执行输出校验"))
    elif not validation.get("success"):
        reasons.append(("output validation failed", "输出校验未通过"))
    if not sig.get("verified"):
        reasons.append(
            (
                f"the manifest signature is not verified ({sig.get('reason') or 'unsigned'})",
                "清单签名未通过验证",
            )
        )
    export = predicate.get("export") or {}
    if export and not export.get("exportable"):
        for reason in export.get("reasons") or []:
            reasons.append((f"export needs a filing: {reason}", "出境需履行申报/合同程序"))
    if not export:
        reasons.append(("no signed export assessment", "无已签名的出境评估"))
    if reasons:
        return {"cleared": False, "en": "NOT CLEARED", "zh": "未放行", "reasons": reasons}
    cleared = [("validated, signed, and no export filing needed", "已校验、已签名、无需申报")]
    if (predicate.get("signing_key") or {}).get("development"):
        cleared.append(
            (
                "signed with this machine's development key: not for production",
                "使用本机开发密钥签名：不可用于生产",
            )
        )
    return {"cleared": True, "en": "CLEARED for export", "zh": "准予出境", "reasons": cleared}


def report_context(run_dir: str | os.PathLike[str], trusted: Any = None) -> dict[str, Any]:
    """Everything the template shows (labels, counts, masked evidence: no record values)."""
    root = Path(run_dir)
    manifest = _read_json(root / "manifest.json")
    if manifest is None:
        raise UsageError(
            f"{root / 'manifest.json'} is missing or not JSON: is {root} a residency run folder?"
        )
    validation = _read_json(root / "validation.json")
    predicate = _predicate(root)
    sig = signature(root, trusted)
    counts = manifest.get("counts") or {}
    pack_ids = list((predicate.get("policy") or {}).get("ids") or [])
    packs, rules = rule_catalogue(pack_ids)
    splits = counts.get("splits") or {}
    return {
        "run_id": manifest.get("run_id", ""),
        "verdict": verdict(sig, validation, predicate),
        "signature": sig,
        "signing_key": predicate.get("signing_key") or {},
        "splits": [
            {"name": s, "label": SPLIT_LABELS[s], "count": int(splits.get(s, 0))} for s in SPLITS
        ],
        "split_chart": _bars({s: int(splits.get(s, 0)) for s in SPLITS}),
        "total": int(counts.get("records_read", 0)),
        "partitions": counts.get("domestic_partitions") or {},
        "jurisdictions": counts.get("jurisdictions") or {},
        "reasons": counts.get("reasons") or {},
        "entity_charts": [
            {"split": s, "label": SPLIT_LABELS[s], "chart": _bars(ents)}
            for s in SPLITS
            if (ents := (counts.get("entity_types") or {}).get(s))
        ],
        "subjects": _subjects(predicate, counts)[0],
        "export": predicate.get("export") or {},
        "packs": packs,
        "policy": predicate.get("policy") or {},
        "rules": fired_rules(counts, rules),
        "validation": validation,
        "samples": held_samples(root),
        "samples_per_reason": SAMPLES_PER_REASON,
        "params": {
            "runner": manifest.get("runner") or predicate.get("runner"),
            "started": manifest.get("started"),
            "finished": manifest.get("finished"),
            "home": predicate.get("home"),
            "destination": predicate.get("destination"),
            **(predicate.get("job") or {}),
        },
        "inputs": predicate.get("inputs") or manifest.get("inputs") or [],
        "tool": predicate.get("tool") or {},
        "detectors": (predicate.get("detectors") or {}).get("scanner") or {},
    }


def render_report(context: Mapping[str, Any]) -> str:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("residency", "templates"),
        autoescape=True,  # every value is escaped, whatever the template's name
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = lambda n: f"{int(n):,}"
    return env.get_template("report.html.j2").render(**context)


def write_report(run_dir: str | os.PathLike[str], trusted: Any = None) -> Path:
    """Render ``run_dir/report.html`` (replacing it) and return its path."""
    root = Path(run_dir)
    html = render_report(report_context(root, trusted))
    path = root / REPORT_FILE
    tmp = path.with_name(f".{REPORT_FILE}.tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
    return path
