"""The driver of ``residency split``: check, stage, run, reconcile, sign, publish.

``DIR`` is either absent or whole: the pipeline writes into a private staging folder
beside it (``.DIR.staging-<run id>``), and only after every count reconciles and the
manifest is written is the staging folder renamed to ``DIR`` in one atomic step.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import glob
import json
import logging
import os
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from residency.errors import InfrastructureError, IntegrityError, ResidencyError, UsageError
from residency.inputs import InputFile, check_parquet_footers, expand_inputs, plan_inputs
from residency.pipelines.job import SplitJobConfig, auto_shards, build_split_pipeline
from residency.pipelines.spill import RUNS_DIR
from residency.reconcile import reconcile
from residency.stats import RunStats, load_stats

_LOG = logging.getLogger(__name__)
DEFAULT_RUNNER = "local"
LOCAL_RUNNER_ALIASES = {"local", "fnapirunner", "directrunner", "direct"}
REFUSED_RUNNERS = {
    "daskrunner": "Beam's DaskRunner drops tagged outputs and finish_bundle outputs, "
    "so records could be lost; use local, portable, Flink, Spark or Dataflow",
}


@dataclass
class SplitOutcome:
    run_id: str
    out: str
    stats: RunStats
    rows: dict[str, int]
    inputs: list[InputFile]
    started: str
    finished: str
    runner: str
    manifest: dict[str, Any]
    config: SplitJobConfig | None = (
        None  # what decided the outcome (the signed manifest records it)
    )
    shards: int = 0  # files per output folder: --shards, or auto_shards of the input size


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def check_out_dir(out: str) -> None:
    """Refuse a non-empty output folder; only local paths can be published atomically."""
    if "://" in out:
        raise UsageError(
            f"--out {out!r}: the output must be a local or mounted path (atomic publish needs rename)"
        )
    if os.path.exists(out):
        if not os.path.isdir(out):
            raise UsageError(f"--out {out!r} exists and is not a folder")
        if os.listdir(out):
            raise UsageError(
                f"--out {out!r} is not empty; choose a new folder (residency never mixes runs)"
            )
    parent = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(parent):
        raise UsageError(f"the parent folder of --out does not exist: {parent}")
    if not os.access(parent, os.W_OK):
        raise UsageError(f"cannot write into {parent}")


def staging_path(out: str, run_id: str) -> str:
    out = os.path.abspath(out)
    return os.path.join(os.path.dirname(out), f".{os.path.basename(out)}.staging-{run_id}")


def _lock_folder(path: str) -> int | None:
    """Hold an exclusive ``flock`` on a folder for this process's lifetime; None if taken.

    The kernel drops the lock when the process ends, however it ends (``kill -9``
    included), so a staging folder whose lock can be taken belongs to no live run.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no stale-folder detection
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def remove_stale_staging(out: str, say: Callable[[str], None]) -> list[str]:
    """Remove ``.DIR.staging-*`` folders left by runs that died (e.g. ``kill -9``).

    A staging folder is stale when no process holds its lock; a live run (another
    ``split`` into the same ``DIR``) holds it and its folder is left alone.  Staging
    folders hold unpublished copies of the input, so they are not left lying around.
    """
    pattern = staging_path(out, "*")
    removed: list[str] = []
    for path in sorted(glob.glob(glob.escape(pattern[:-1]) + "*")):
        if not os.path.isdir(path) or os.path.islink(path):
            continue
        fd = _lock_folder(path)
        if fd is None:
            continue
        try:
            shutil.rmtree(path)
        finally:
            os.close(fd)
        removed.append(path)
        say(f"residency: removed {path}, left unpublished by an interrupted run")
    return removed


# Beam loggers that report a failed step with its exception text and traceback; an
# exception raised on a record may quote the record (``KeyError: '<the text>'``).
BEAM_FAILURE_LOGGERS = (
    "apache_beam.runners.common",
    "apache_beam.runners.worker.bundle_processor",
    "apache_beam.runners.worker.sdk_worker",
    "apache_beam.runners.worker.operations",
    "apache_beam.runners.portability.fn_api_runner.fn_runner",
    "apache_beam.runners.portability.fn_api_runner.worker_handlers",
    "apache_beam.runners.portability.portable_runner",
)


def _withhold_record_details(record: logging.LogRecord) -> bool:
    """Log a failed step by its exception type only: its text may hold personal data."""
    if record.exc_info or record.levelno >= logging.ERROR:
        kind = record.exc_info[0].__name__ if record.exc_info and record.exc_info[0] else ""
        record.msg = "a pipeline step failed%s; details withheld (they may quote a record)"
        record.args = (f" ({kind})" if kind else "",)
        record.exc_info = record.exc_text = record.stack_info = None
    return True


def _redact_beam_failure_logs() -> None:
    for name in BEAM_FAILURE_LOGGERS:
        logger = logging.getLogger(name)
        if _withhold_record_details not in logger.filters:
            logger.addFilter(_withhold_record_details)


def pipeline_options(beam_args: Sequence[str]) -> tuple[Any, Any, str]:
    """PipelineOptions from pass-through Beam flags, with an offline local default runner."""
    from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

    options = PipelineOptions(list(beam_args))
    requested = options.view_as(StandardOptions).runner
    name = (requested or DEFAULT_RUNNER).rsplit(".", 1)[-1]
    if name.lower() in REFUSED_RUNNERS:
        raise UsageError(f"--runner={name} is refused: {REFUSED_RUNNERS[name.lower()]}")
    if name.lower() in LOCAL_RUNNER_ALIASES:
        # Beam's default DirectRunner may try to download the Prism binary first;
        # the FnApiRunner runs in-process (and multi-process) with no network at all.
        from apache_beam.runners.portability.fn_api_runner import FnApiRunner

        options.view_as(StandardOptions).runner = None
        return options, FnApiRunner(provision_info=_quiet_workers()), "local"
    return options, None, name


def _quiet_workers() -> Any:
    """Provisioning for the local runner's worker processes (multi_processing): Beam's
    harness logs at WARNING, not INFO, so the job's own progress lines stay readable."""
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner.fn_runner import ExtendedProvisionInfo
    from google.protobuf import struct_pb2

    options = struct_pb2.Struct()
    options.update({"default_sdk_harness_log_level": "WARNING"})
    return ExtendedProvisionInfo(
        beam_provision_api_pb2.ProvisionInfo(
            retrieval_token="unused-retrieval-token", pipeline_options=options
        )
    )


def _overlap_validation_import(finalize: Any, options: Any) -> bool:
    """Import Great Expectations while the pipeline runs, when that is free.

    Only when the workers are other processes (multi_processing or a remote runner):
    an in-process worker would share the interpreter lock with the import.
    """
    if finalize is not None and not getattr(finalize, "validate", True):
        return False
    from apache_beam.options.pipeline_options import DirectOptions

    direct = options.view_as(DirectOptions)
    return bool(direct.direct_running_mode == "multi_processing")


def _publish(staging: str, out: str) -> None:
    if os.path.isdir(out) and not os.listdir(out):
        os.rmdir(out)
    if os.path.exists(out):
        raise UsageError(f"--out {out!r} appeared while the job ran; output left in {staging}")
    os.rename(staging, out)


def run_split(
    config: SplitJobConfig,
    beam_args: Sequence[str] = (),
    *,
    progress: Callable[[str], None] | None = None,
    finalize: Any = None,
) -> SplitOutcome:
    """Run the whole split job; raise a :class:`ResidencyError` subclass on failure."""
    say = progress or (lambda message: print(message, file=sys.stderr))
    started = _now()
    check_out_dir(config.out)
    files = expand_inputs(config.inputs)
    check_parquet_footers(files)
    files = plan_inputs(files)  # sha256 and read ranges, one pass over each input
    options, runner, runner_name = pipeline_options(beam_args)
    total_bytes = sum(f.size for f in files)
    shards = config.shards or auto_shards(total_bytes)
    if runner_name == "local":  # driver and workers share this environment: check it now
        from residency.detectors.engine import require_spacy_model

        require_spacy_model()
    remove_stale_staging(config.out, say)
    run_id = uuid.uuid4().hex
    staging = staging_path(config.out, run_id)
    os.makedirs(staging)
    lock = _lock_folder(staging)  # released on exit; marks the folder as a live run's
    say(
        f"residency: {len(files)} input file(s), {total_bytes / 1e6:.1f} MB; "
        f"runner={runner_name}, shards={shards}, policy={','.join(config.policies)}"
    )
    try:
        import apache_beam as beam

        from residency.policies import load_policy

        load_policy(config.policies)  # fail fast on a bad pack, before workers start
        t0 = time.monotonic()
        pipeline = beam.Pipeline(runner=runner, options=options)
        build_split_pipeline(pipeline, files, staging, config, shards)
        say("residency: scanning and splitting ...")
        _redact_beam_failure_logs()
        if _overlap_validation_import(finalize, options):
            from residency.validation import import_gx_in_background

            import_gx_in_background()
        try:
            result = pipeline.run()
            state = result.wait_until_finish()
        except ResidencyError:
            raise
        except Exception as exc:
            raise InfrastructureError(
                f"the pipeline failed ({type(exc).__name__}); nothing was published"
            ) from exc
        if str(state) not in ("DONE", "PipelineState.DONE"):
            raise InfrastructureError(f"the pipeline ended in state {state}; nothing was published")
        say(f"residency: pipeline finished in {time.monotonic() - t0:.1f}s; reconciling ...")
        stats_path = os.path.join(staging, "_stats", "stats.jsonl")
        if not os.path.exists(stats_path):
            raise IntegrityError("the pipeline wrote no statistics file; nothing was published")
        stats = load_stats(stats_path)
        shutil.rmtree(os.path.join(staging, "_stats"))
        # Sorted runs: merged ones are deleted by the sinks, a retried bundle's are not.
        shutil.rmtree(os.path.join(staging, RUNS_DIR), ignore_errors=True)
        rows = reconcile(staging, stats)
        outcome = SplitOutcome(
            run_id=run_id,
            out=os.path.abspath(config.out),
            stats=stats,
            rows=rows,
            inputs=files,
            started=started,
            finished=_now(),
            runner=runner_name,
            manifest={},
            config=config,
            shards=shards,
        )
        from residency.finalize import FinalizeOptions, finalize_run

        outcome.manifest = finalize_run(staging, outcome, finalize or FinalizeOptions())
        _publish(staging, config.out)
        say(
            "residency: published {out}: offshore={o} domestic={d} quarantine={q}".format(
                out=config.out,
                o=stats.splits.get("offshore", 0),
                d=stats.splits.get("domestic", 0),
                q=stats.splits.get("quarantine", 0),
            )
        )
        return outcome
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if lock is not None:
            with contextlib.suppress(OSError):
                os.close(lock)


def write_plain_manifest(staging: str, outcome: SplitOutcome) -> dict[str, Any]:
    """The unsigned run summary ``manifest.json`` (no personal data)."""
    manifest = {
        "run_id": outcome.run_id,
        "started": outcome.started,
        "finished": outcome.finished,
        "runner": outcome.runner,
        "inputs": [{"path": os.path.basename(f.path), "bytes": f.size} for f in outcome.inputs],
        "counts": outcome.stats.as_dict(),
        "rows_on_disk": outcome.rows,
    }
    with open(os.path.join(staging, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    return manifest
