"""Exactness harness for speed work: the findings of a fixed record set, dumped or compared.

``python -P bench/findings_digest.py --write /tmp/findings-golden.jsonl`` scans

* 1000 dev records (seed 1), 500 holdout records (seed 2), 500 evasion records (seed 3),
* 100 long records (dev seed 5, eight records' texts joined per record: long Chinese
  pieces, texts above the pre-filter timeout size),

with the main ``Scanner()`` (batches of 256, as the pipeline) and the strict rescan scanner
(``residency.validation.rescan_scanner()``), and writes one JSON line per record and
scanner: its error, languages and every finding (entity type, field, span, score,
recognizer, mask, subject, normalised flag).  ``--compare`` scans again and reports each
record whose findings differ.

Holdout records are never printed: their lines hold digests only, and a mismatch report
names the record index, entity types and recognizers, never a text or a mask.
Exit codes: 0 identical (or written), 1 differences, 2 bad usage.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

BATCH = 256
SETS = ("dev", "holdout", "evasion", "long")


def record_sets() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    from residency.corpus import generate, generate_evasion

    yield "dev", [r.record for r in generate(1000, 1)]
    yield "holdout", [r.record for r in generate(500, 2, split="holdout")]
    yield "evasion", [r.record for r in generate_evasion(500, 3)]
    yield "long", long_records(100, 5)


def long_records(n: int, seed: int, per: int = 8) -> list[dict[str, Any]]:
    """``n`` records whose text joins the texts of ``per`` dev records (long fields)."""
    from residency.corpus import generate, iter_fields

    source = generate(n * per, seed)
    out = []
    for i in range(n):
        texts = [t for r in source[i * per : (i + 1) * per] for _, t in iter_fields(r.record)]
        sep = "\n" if i % 2 else "，"
        out.append({"id": f"long-{seed}-{i:04d}", "text": sep.join(texts)})
    return out


def _finding(f: Any) -> dict[str, Any]:
    return {
        "entity_type": f.entity_type,
        "field": f.field,
        "start": f.start,
        "end": f.end,
        "score": f.score,
        "recognizer": f.recognizer,
        "masked": f.masked,
        "normalized": f.normalized,
        "subject": f.subject,
    }


def _digest(value: Any) -> str:
    raw = json.dumps(value, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()[:24]


def line(set_name: str, scanner: str, index: int, result: Any) -> dict[str, Any]:
    findings = [_finding(f) for f in result.findings]
    row: dict[str, Any] = {
        "set": set_name,
        "scanner": scanner,
        "i": index,
        "error": result.error,
        "languages": list(result.languages),
        "digest": _digest([result.error, list(result.languages), findings]),
        # Enough to name a difference without the values: type, recognizer, own digest.
        "keys": [[f["entity_type"], f["recognizer"], _digest(f)] for f in findings],
    }
    if set_name != "holdout":
        row["findings"] = findings
    return row


def scan_all(sets: Sequence[str]) -> tuple[list[dict[str, Any]], dict[str, float]]:
    from residency.detectors import Scanner
    from residency.validation import rescan_scanner

    t0 = time.perf_counter()
    scanners = {"main": Scanner(), "strict": rescan_scanner()}
    seconds = {"setup": time.perf_counter() - t0}
    rows = []
    for set_name, records in record_sets():
        if set_name not in sets:
            continue
        for name, scanner in scanners.items():
            t0 = time.perf_counter()
            results = []
            for i in range(0, len(records), BATCH):
                results.extend(scanner.scan_records(records[i : i + BATCH]))
            seconds[f"{set_name}/{name}"] = time.perf_counter() - t0
            rows.extend(line(set_name, name, i, r) for i, r in enumerate(results))
    return rows, seconds


def compare(golden: list[dict[str, Any]], rows: list[dict[str, Any]]) -> int:
    want = {(r["set"], r["scanner"], r["i"]): r for r in golden}
    bad = 0
    for row in rows:
        key = (row["set"], row["scanner"], row["i"])
        old = want.get(key)
        if old is None:
            print(f"not in golden: {key}")
            bad += 1
            continue
        if old["digest"] == row["digest"]:
            continue
        bad += 1
        was = {k[2]: k[:2] for k in old["keys"]}
        now = {k[2]: k[:2] for k in row["keys"]}
        lost = sorted(tuple(v) for k, v in was.items() if k not in now)
        new = sorted(tuple(v) for k, v in now.items() if k not in was)
        err = "" if old["error"] == row["error"] else f" error {old['error']} -> {row['error']}"
        print(f"DIFF {key[0]}/{key[1]} #{key[2]}: lost {lost} new {new}{err}")
    return bad


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/findings_digest.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the dump (golden) here")
    group.add_argument("--compare", type=Path, help="compare a new scan with this golden")
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    args = parser.parse_args(argv)
    rows, seconds = scan_all(args.sets)
    timing = ", ".join(f"{k} {v:.1f}s" for k, v in seconds.items())
    print(f"timing: {timing}", file=sys.stderr)
    if args.write:
        with args.write.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"wrote {len(rows)} rows to {args.write}")
        return 0
    golden = [json.loads(x) for x in args.compare.read_text("utf-8").splitlines() if x]
    if args.sets != list(SETS):
        golden = [g for g in golden if g["set"] in args.sets]
    bad = compare(golden, rows)
    missing = len(golden) - len(rows)
    print(f"{len(rows)} rows compared, {bad} differ, {max(missing, 0)} missing")
    return 1 if bad or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
