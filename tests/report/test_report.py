"""The steward's report: self-contained, bilingual, masked evidence only; report and review."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from residency.report import REPORT_FILE, write_report

pytestmark = pytest.mark.xdist_group("report")

# Anything that could make a browser fetch: a URL, a protocol-relative path, a src/href.
EXTERNAL = re.compile(
    r"https?:|//[A-Za-z0-9]|\bsrc\s*=|\bhref\s*=|<script|<link|<img|<iframe|@import|url\(", re.I
)


def _html(run: Any) -> str:
    return (run.out / REPORT_FILE).read_text("utf-8")


def test_the_run_writes_a_report_with_the_verdict_first(report_run: Any) -> None:
    html = _html(report_run)
    verdict = html.index('id="verdict"')
    assert verdict < html.index('id="counts"') < html.index('id="held"')
    assert re.search(r'data-verdict="(cleared|not-cleared)"', html)
    assert "Manifest signature" in html and "清单签名" in html


def test_the_report_loads_nothing_from_anywhere(report_run: Any) -> None:
    html = _html(report_run)
    assert EXTERNAL.findall(html) == []
    assert "default-src 'none'" in html


def test_the_report_has_no_canary_and_shows_masked_evidence(
    report_run: Any, canaries: tuple[str, ...]
) -> None:
    html = _html(report_run)
    for canary in canaries:
        assert canary not in html
    assert "身份证" in html and "110***********1233" in html
    assert "139****6173" in html
    assert "canary-id" in html  # ids are shown, so a steward can find the record


def test_the_report_shows_counts_rules_thresholds_and_validation(report_run: Any) -> None:
    html = _html(report_run)
    stats = report_run.outcome.stats
    assert f"{stats.read:,} <span" in html  # records read, then its bilingual label
    assert "pipl.art28-sensitive" in html and "PIPL Art. 28" in html
    assert "100,000" in html and "10,000" in html
    for suite in ("schema_records", "cleared", "balance", "rescan"):
        assert suite in html
    assert "duplicate_id" in html  # held sample per reason
    assert "<svg" in html and 'class="bar"' in html


def test_report_values_are_escaped(report_run: Any, tmp_path: Path) -> None:
    run = tmp_path / "run"
    shutil.copytree(report_run.out, run)
    manifest = json.loads((run / "manifest.json").read_text("utf-8"))
    manifest["run_id"] = "<script>alert(1)</script>"
    (run / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    html = write_report(run).read_text("utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_unsigned_run_is_reported_as_not_cleared(report_run: Any, tmp_path: Path) -> None:
    run = tmp_path / "run"
    shutil.copytree(report_run.out, run)
    (run / "manifest.intoto.json").unlink(missing_ok=True)
    html = write_report(run).read_text("utf-8")
    assert 'data-verdict="not-cleared"' in html and "未放行" in html


def test_report_and_review_commands(report_run: Any, tmp_path: Path) -> None:
    from residency.cli import main

    run = tmp_path / "run"
    shutil.copytree(report_run.out, run)
    (run / REPORT_FILE).unlink()
    runner = CliRunner()
    review = runner.invoke(main, ["review", str(run)])
    assert review.exit_code == 0, review.output
    assert review.output.strip() == str((run / REPORT_FILE).resolve())
    rebuilt = runner.invoke(main, ["report", str(run)])
    assert rebuilt.exit_code == 0 and (run / REPORT_FILE).exists()
    missing = runner.invoke(main, ["report", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "manifest.json" in missing.output


@pytest.mark.parametrize("suffix", ["parquet", "jsonl"])
def test_held_samples_are_the_lowest_ids_per_reason_read_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """The decision log is streamed (tiny batches here) and only a few rows per reason are
    kept at a time; the samples are still the lowest ids, with duplicates in log order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from residency.report import held_samples

    monkeypatch.setattr("residency.output_rows.BATCH_ROWS", 3)
    ids = [f"r{n:03d}" for n in (17, 3, 9, 41, 3, 1, 5, 12, 33, 1, 8, 2)]
    rows = [
        {"id": i, "split": "quarantine" if n % 2 else "domestic", "partition": "CN",
         "reason": "bad_json" if n % 2 else "pii", "source": f"in.jsonl:{n + 1}",
         "evidence": []}
        for n, i in enumerate(ids)
    ]  # fmt: skip
    rows.append({**rows[0], "id": "r000", "split": "offshore", "reason": "clear"})
    folder = tmp_path / "decisions"
    folder.mkdir()
    path = folder / f"part-00000.{suffix}"
    if suffix == "parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    samples = {(g["split"], g["reason"]): g for g in held_samples(tmp_path, per_reason=2)}
    assert set(samples) == {("quarantine", "bad_json"), ("domestic", "pii")}
    assert samples["quarantine", "bad_json"]["count"] == 6
    assert samples["domestic", "pii"]["count"] == 6
    low = {k: [(r["id"], r["source"]) for r in g["records"]] for k, g in samples.items()}
    assert low["domestic", "pii"] == [("r003", "in.jsonl:5"), ("r005", "in.jsonl:7")]
    assert low["quarantine", "bad_json"] == [("r001", "in.jsonl:6"), ("r001", "in.jsonl:10")]
