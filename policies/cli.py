"""``residency policy``: validate, list and explain policy packs.

Exit codes: 0 ok, 2 usage error or invalid pack, 4 infrastructure (e.g. the spaCy model
for ``explain`` is missing).  Output never contains a detected value, only masked
evidence.  The main CLI registers :data:`policy_group` with ``add_command``.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from residency.errors import ExitCode, ResidencyError, UsageError
from residency.model import ScanResult
from residency.records import RecordSchema, record_id

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Expected failures: a message on stderr (and JSON on stdout with --json), an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ResidencyError as exc:
            if kwargs.get("as_json"):
                click.echo(
                    json.dumps({"ok": False, "exit_code": int(exc.exit_code), "error": str(exc)})
                )
            click.echo(f"residency: error: {exc}", err=True)
            sys.exit(int(exc.exit_code))

    return wrapper


def _scan(record: dict[str, Any], schema: RecordSchema) -> ScanResult:
    """Scan one record with the project's scanner (costly: loads spaCy)."""
    from residency.detectors import Scanner

    return Scanner().scan_record(record, schema)


@click.group("policy", context_settings=CONTEXT)
def policy_group() -> None:
    """Validate, list and explain policy packs (docs/policies.md).

    \b
    Exit codes: 0 ok, 2 usage error or invalid pack, 4 infrastructure.
    """


@policy_group.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable result on stdout.")
def validate_command(files: tuple[str, ...], as_json: bool) -> None:
    """Check pack FILES against the schema and the taxonomy; errors show file:line:column."""
    from residency.policies.loader import PolicyPackError, load_pack

    results: list[dict[str, Any]] = []
    for file in files:
        spec = file
        if Path(file).is_file() and not file.endswith((".yaml", ".yml")) and "/" not in file:
            spec = "./" + file  # a file in the current folder, not a shipped pack's name
        try:
            pack = load_pack(spec)
        except PolicyPackError as exc:
            results.append(
                {
                    "file": file,
                    "ok": False,
                    "errors": [
                        {
                            "line": p.line,
                            "column": p.column,
                            "message": p.message,
                            "source": p.source,
                        }
                        for p in exc.problems
                    ],
                }
            )
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            continue
        except UsageError as exc:
            results.append({"file": file, "ok": False, "errors": [{"message": str(exc)}]})
            click.echo(f"{file}: {exc}", err=True)
            continue
        results.append(
            {
                "file": file,
                "ok": True,
                "pack": pack.id,
                "version": pack.version,
                "extends": pack.extends,
                "rules": len(pack.rules),
                "digest": pack.digest,
            }
        )
        if not as_json:
            extends = f", extends {pack.extends}" if pack.extends else ""
            click.echo(
                f"ok: {file}: pack {pack.id} {pack.version}{extends}, "
                f"{len(pack.rules)} rules, digest {pack.digest}"
            )
    ok = all(r["ok"] for r in results)
    if as_json:
        click.echo(json.dumps({"ok": ok, "results": results}, ensure_ascii=False, indent=2))
    if not ok:
        bad = sum(not r["ok"] for r in results)
        click.echo(f"{bad} of {len(results)} pack(s) invalid", err=True)
        sys.exit(int(ExitCode.USAGE))


@policy_group.command("list")
@click.option(
    "--policy", "extra", multiple=True, help="Also show this pack (name or YAML path; repeatable)."
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable list on stdout.")
@_guarded
def list_command(extra: tuple[str, ...], as_json: bool) -> None:
    """Show the installed packs: id, version, jurisdictions, rule count and digest."""
    from residency.policies.loader import load_pack, shipped_packs

    packs = [load_pack(name) for name in (*shipped_packs(), *extra)]
    rows: list[dict[str, Any]] = [
        {
            "id": p.id,
            "version": p.version,
            "title": p.title,
            "jurisdictions": list(p.jurisdictions),
            "extends": p.extends,
            "rules": [{"id": r.id, "article": r.article, "action": r.action} for r in p.rules],
            "digest": p.digest,
            "source": p.source,
        }
        for p in packs
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        juris = ",".join(row["jurisdictions"])
        if len(juris) > 24:
            juris = juris[:21] + "..."
        click.echo(
            f"{row['id']:<12} {row['version']:<10} {juris:<24} {len(row['rules']):>2} rules  "
            f"{row['digest'][:12]}  {row['title']}"
        )


def _read_record(text: str) -> dict[str, Any]:
    if text == "-":
        text = sys.stdin.read()
    elif text.startswith("@"):
        try:
            text = Path(text[1:]).read_text("utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read --record file {text[1:]}: {exc}") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"--record is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}; "
            "give a JSON object, @FILE or - for stdin"
        ) from None
    if not isinstance(value, dict):
        raise UsageError('--record must be a JSON object, e.g. \'{"id": "1", "text": "..."}\'')
    return value


@policy_group.command("explain")
@click.option(
    "--record", "record_text", required=True, help="One record as JSON, @FILE, or - for stdin."
)
@click.option(
    "--policy",
    "policies",
    multiple=True,
    default=("pipl",),
    show_default=True,
    help="Policy pack name or YAML path (repeatable; use the same as for split).",
)
@click.option("--home", default="CN", show_default=True, help="The dataset's declared home.")
@click.option("--destination", default="SG", show_default=True, help="The offshore destination.")
@click.option("--region-field", default="meta.user_region", show_default=True)
@click.option("--id-field", default="id", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable explanation on stdout.")
@_guarded
def explain_command(
    record_text: str,
    policies: tuple[str, ...],
    home: str,
    destination: str,
    region_field: str,
    id_field: str,
    as_json: bool,
) -> None:
    """Scan one record and show which rules fired, with their articles, and why."""
    from residency.policies.engine import load_policy
    from residency.policies.jurisdiction import jurisdiction_evidence, normalize_region

    if normalize_region(destination) is None:
        raise UsageError(f"--destination {destination!r} is not a region code or name (e.g. SG)")
    policy = load_policy(policies)
    record = _read_record(record_text)
    schema = RecordSchema(id_field=id_field)
    scan = _scan(record, schema)
    evidence = jurisdiction_evidence(record, scan, home=home or None, region_field=region_field)
    explanation = policy.explain(
        scan, tuple(evidence), destination=destination, home=home or None, record=record
    )
    d = explanation.decision
    if as_json:
        body = {
            "record": record_id(record, schema),
            "policy": list(policy.ids),
            **explanation.to_json(),
            "jurisdiction_evidence": {j: list(why) for j, why in evidence.items()},
            "scan_error": scan.error,
        }
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    where = f"domestic/{d.partition}" if d.split == "domestic" else d.split
    juris = ", ".join(f"{j} ({'; '.join(why)})" for j, why in evidence.items()) or "none"
    click.echo(f"record:        {record_id(record, schema)}")
    click.echo(f"jurisdictions: {juris}")
    click.echo(f"destination:   {explanation.destination}")
    click.echo(f"policy:        {', '.join(policy.ids)} (digest {policy.digest})")
    click.echo(f"decision:      {where}{'  [sensitive, PIPL Art. 28]' if d.sensitive else ''}")
    click.echo(f"reason:        {d.reason}")
    click.echo("rules fired:")
    for hit in explanation.hits:
        mark = "deciding" if hit.deciding else "also fired"
        click.echo(f"  - {hit.rule.id} [{hit.rule.article}] -> {hit.rule.action} ({mark})")
        click.echo(f"      {hit.rule.reason}")
        for f in hit.findings:
            click.echo(
                f"      {f.entity_type} in {f.field}[{f.start}:{f.end}] score {f.score}: {f.masked}"
            )
