"""The split job: the pipeline graph and its driver-side run (stage, reconcile, publish)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from residency.inputs import InputFile
from residency.pipelines.decide import ApplyPolicy, TagJurisdiction, mark_duplicate_ids
from residency.pipelines.ids import DuplicateIds
from residency.pipelines.read import ReadRecords
from residency.pipelines.rescan import RescanOffshore
from residency.pipelines.scan import ScanForPII
from residency.pipelines.spill import RUNS_DIR
from residency.pipelines.write import WriteSplits
from residency.records import DEFAULT_MAX_RECORD_BYTES, DEFAULT_SCHEMA, RecordSchema

SHARD_TARGET_BYTES = 128 << 20
MAX_SHARDS = 1024


@dataclass
class SplitJobConfig:
    """Everything that decides the outcome of a split run (recorded in the manifest)."""

    inputs: list[str]
    out: str
    policies: list[str] = field(default_factory=lambda: ["pipl"])
    home: str | None = "CN"
    destination: str = "SG"
    region_field: str = "meta.user_region"
    schema: RecordSchema = DEFAULT_SCHEMA
    output_format: str = "parquet"
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    shards: int | None = None
    scanner_config: Any = None
    progress_every: int = 0


def auto_shards(total_input_bytes: int) -> int:
    """One shard per ~128 MiB of input: deterministic for a given input."""
    return max(1, min(MAX_SHARDS, math.ceil(total_input_bytes / SHARD_TARGET_BYTES)))


def build_split_pipeline(
    pipeline: beam.Pipeline,
    files: Sequence[str | InputFile],
    staging: str,
    config: SplitJobConfig,
    shards: int,
) -> beam.PCollection:
    """Wire ReadRecords -> dedupe ids -> ScanForPII -> TagJurisdiction -> ApplyPolicy -> WriteSplits.

    Duplicate ids come from an ids-only read (:class:`DuplicateIds`) as a side input,
    so the main path is one fused, streaming stage with no shuffle of envelopes.

    The records ApplyPolicy sends offshore are also rescanned strictly (RescanOffshore);
    its counts go into the run statistics for the ``rescan`` validation suite.
    """
    read = pipeline | "ReadRecords" >> ReadRecords(files, config.schema, config.max_record_bytes)
    records: beam.PCollection = read.records
    read_count = records | "CountRead" >> beam.Map(lambda _: (("read",), 1))
    blank_count = read.blank | "CountBlank" >> beam.Map(lambda _: (("blank_lines",), 1))
    zero = pipeline | "Zero" >> beam.Create([(("read",), 0), (("blank_lines",), 0)])
    # Ids only, from a second read of the files: the envelopes stream on unshuffled.
    duplicates = pipeline | "DuplicateIds" >> DuplicateIds(
        files,
        FileSystems.join(staging, RUNS_DIR, "ids"),
        shards,
        config.schema,
        config.max_record_bytes,
    )
    decided = (
        records
        | "MarkDuplicateIds"
        >> beam.Map(
            mark_duplicate_ids,
            beam.pvalue.AsDict(duplicates | "AsKeys" >> beam.Map(lambda i: (i, True))),
        )
        | "ScanForPII"
        >> ScanForPII(config.scanner_config, config.schema, progress_every=config.progress_every)
        | "TagJurisdiction" >> TagJurisdiction(config.home, config.region_field)
        | "ApplyPolicy" >> ApplyPolicy(config.policies, config.destination, config.home)
    )
    rescan = decided | "RescanOffshore" >> RescanOffshore(
        config.schema, config.policies, config.destination, config.home, config.region_field
    )
    return decided | "WriteSplits" >> WriteSplits(
        staging,
        shards=shards,
        fmt=config.output_format,
        schema=config.schema,
        extra_stats=[read_count, blank_count, zero, rescan],
    )
