"""Run statistics written by the pipeline (``_stats/stats.jsonl``) and their summary."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from apache_beam.io.filesystems import FileSystems


@dataclass
class RescanStats:
    """Counts of the pipeline's strict rescan of the offshore records."""

    records: int = 0
    held: int = 0
    scan_errors: int = 0
    findings_cleared: int = 0
    entity_types: dict[str, int] = field(default_factory=dict)
    # (id, findings, scan_error) of failing records, the smallest ids first, capped.
    failed: list[tuple[str, int, bool]] = field(default_factory=list)


@dataclass
class RunStats:
    """Counts aggregated from the pipeline's statistics file."""

    read: int = 0
    blank_lines: int = 0
    splits: dict[str, int] = field(default_factory=dict)
    partitions: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, dict[str, int]] = field(default_factory=dict)
    jurisdictions: dict[str, dict[str, int]] = field(default_factory=dict)
    rules: dict[str, dict[str, int]] = field(default_factory=dict)
    entities: dict[str, dict[str, int]] = field(default_factory=dict)
    sensitive: dict[str, int] = field(default_factory=dict)
    subjects: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, int] = field(default_factory=dict)
    # The pipeline's strict offshore rescan (residency.pipelines.rescan); None when the
    # statistics hold none (then validation rescans the offshore files itself).
    rescan: RescanStats | None = None

    @property
    def decided(self) -> int:
        return sum(self.splits.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "records_read": self.read,
            "blank_lines": self.blank_lines,
            "splits": dict(sorted(self.splits.items())),
            "domestic_partitions": dict(sorted(self.partitions.items())),
            "reasons": {k: dict(sorted(v.items())) for k, v in sorted(self.reasons.items())},
            "jurisdictions": {
                k: dict(sorted(v.items())) for k, v in sorted(self.jurisdictions.items())
            },
            "rules": {k: dict(sorted(v.items())) for k, v in sorted(self.rules.items())},
            "entity_types": {k: dict(sorted(v.items())) for k, v in sorted(self.entities.items())},
            "sensitive_records": dict(sorted(self.sensitive.items())),
            "data_subjects": self.subjects,
        }


def _nested(target: dict[str, dict[str, int]], outer: str, inner: str, count: int) -> None:
    target.setdefault(outer, {})
    target[outer][inner] = target[outer].get(inner, 0) + count


def load_stats(path: str) -> RunStats:
    """Parse the statistics file written by :class:`residency.pipelines.write.WriteSplits`."""
    stats = RunStats()
    subjects: dict[tuple[str, str, bool], int] = defaultdict(int)
    with FileSystems.open(path) as fh:
        data = fh.read().decode("utf-8")
    for line in data.splitlines():
        if not line.strip():
            continue
        key, count = json.loads(line)
        kind = key[0]
        if kind == "read":
            stats.read += count
        elif kind == "blank_lines":
            stats.blank_lines += count
        elif kind == "split":
            _, split, partition, reason = key
            stats.splits[split] = stats.splits.get(split, 0) + count
            if partition:
                stats.partitions[partition] = stats.partitions.get(partition, 0) + count
            _nested(stats.reasons, split, reason, count)
        elif kind == "jurisdiction":
            _nested(stats.jurisdictions, key[1], key[2] or "NONE", count)
        elif kind == "rule":
            _nested(stats.rules, key[1], key[2], count)
        elif kind == "entity":
            _nested(stats.entities, key[1], key[2], count)
        elif kind == "sensitive":
            stats.sensitive[key[1]] = stats.sensitive.get(key[1], 0) + count
        elif kind == "subjects":
            subjects[(key[1], key[2] or "NONE", bool(key[3]))] += count
        elif kind in ("rescan", "rescan_entity", "rescan_failed"):
            rescan = stats.rescan = stats.rescan or RescanStats()
            if kind == "rescan_entity":
                rescan.entity_types[key[1]] = rescan.entity_types.get(key[1], 0) + count
            elif kind == "rescan_failed":
                rescan.failed.append((str(key[1]), int(key[2]), bool(key[3])))
            elif key[1] == "records":
                rescan.records += count
            elif key[1] == "held":
                rescan.held += count
            elif key[1] == "scan_error":
                rescan.scan_errors += count
            elif key[1] == "findings_cleared":
                rescan.findings_cleared += count
        elif kind == "file":
            stats.files[key[1]] = stats.files.get(key[1], 0) + count
    if stats.rescan is not None:
        stats.rescan.failed.sort()
    stats.subjects = [
        {"split": s, "jurisdiction": j, "sensitive": sens, "count": c}
        for (s, j, sens), c in sorted(subjects.items())
    ]
    return stats
