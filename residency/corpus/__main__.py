"""``python -m residency.corpus --n 2000 --seed 7 --split holdout --out x.jsonl``.

Each line is ``{"record", "labels": [[entity_type, field, start, end], ...], "has_pii",
"language", "genre", "kind", "template", "evasion"}``; ``--records-only`` writes the bare
records instead (input for ``residency split``).  Exit codes: 0 written, 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from residency.corpus.generator import SPLITS, generate, generate_evasion


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m residency.corpus", description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="number of records")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--evasion", action="store_true", help="the evasion corpus instead")
    parser.add_argument("--records-only", action="store_true", help="bare records, no labels")
    parser.add_argument("--out", default="-", help="JSONL path ('-': stdout)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be >= 0")
    make = generate_evasion if args.evasion else generate
    records = make(args.n, args.seed, split=args.split)
    fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for rec in records:
            row = rec.record if args.records_only else rec.to_json()
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if fh is not sys.stdout:
            fh.close()
    if args.out != "-":
        pii = sum(r.has_pii for r in records)
        print(f"wrote {len(records)} records ({pii} with PII) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
