"""Sub-commands of the CLI, registered on the ``residency`` group."""

from __future__ import annotations

import json
import os
import sys

import click

from residency.cli import CONTEXT, guarded
from residency.records import DEFAULT_MAX_RECORD_BYTES, RecordSchema


@click.command(
    "split",
    context_settings={**CONTEXT, "ignore_unknown_options": True, "allow_extra_args": True},
)
@click.argument("inputs", nargs=-1, type=click.UNPROCESSED, metavar="INPUT... [BEAM FLAGS]")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(),
    help="Output folder; must not exist or be empty.",
)
@click.option(
    "--policy",
    "policies",
    multiple=True,
    default=("pipl",),
    show_default=True,
    help="Policy pack name or YAML path (repeatable).",
)
@click.option(
    "--home", default="CN", show_default=True, help="The dataset's declared home jurisdiction."
)
@click.option(
    "--destination",
    default="SG",
    show_default=True,
    help="Where the offshore split will be trained.",
)
@click.option(
    "--region-field",
    default="meta.user_region",
    show_default=True,
    help="Record field naming the user's region.",
)
@click.option(
    "--id-field",
    default="id",
    show_default=True,
    help="Field holding the record id (records without one get a content hash).",
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    help="Field copied to the output's `text` column (every string is scanned anyway).",
)
@click.option(
    "--messages-field",
    default="messages",
    show_default=True,
    help="Chat field copied to the output's `messages` column.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["parquet", "jsonl"]),
    default="parquet",
    show_default=True,
)
@click.option(
    "--max-record-bytes",
    type=int,
    default=DEFAULT_MAX_RECORD_BYTES,
    show_default=True,
    help="Records larger than this go to quarantine (oversized_record).",
)
@click.option(
    "--shards",
    type=int,
    default=None,
    help="Files per output folder (default: 1 per 128 MiB of input).",
)
@click.option(
    "--key",
    type=click.Path(dir_okay=False),
    default=None,
    help="Ed25519 private key that signs the manifest (residency keygen). "
    "Default: this machine's development key.",
)
@click.option(
    "--key-passphrase-env",
    metavar="VAR",
    default=None,
    help="Environment variable holding the passphrase of an encrypted --key.",
)
@click.option(
    "--trusted-keys",
    type=click.Path(dir_okay=False),
    default=None,
    help="Trusted-keys file the signing key must be in (checked before the job runs).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary on stdout.")
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
@click.pass_context
@guarded
def split_command(
    ctx: click.Context,
    inputs: tuple[str, ...],
    out: str,
    policies: tuple[str, ...],
    home: str,
    destination: str,
    region_field: str,
    id_field: str,
    text_field: str,
    messages_field: str,
    output_format: str,
    max_record_bytes: int,
    shards: int | None,
    key: str | None,
    key_passphrase_env: str | None,
    trusted_keys: str | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """Scan INPUT files (JSONL, JSONL.gz, Parquet; paths, globs or folders) and split them.

    \b
    Any Beam pipeline flag passes through in --flag=value form, e.g.
      --runner=local (default, offline)   --direct_num_workers=2 --direct_running_mode=multi_processing
      --runner=PortableRunner --job_endpoint=localhost:8099 --environment_type=LOOPBACK
    """
    from residency.errors import UsageError
    from residency.finalize import FinalizeOptions
    from residency.manifest import resolve_signer
    from residency.pipelines.job import SplitJobConfig
    from residency.split import run_split

    paths = [a for a in inputs if not a.startswith("--")]
    beam_args = [a for a in inputs if a.startswith("--")] + list(ctx.args)
    bad = [
        a
        for a in beam_args
        if a.startswith("--") and "=" not in a and a not in ("--save_main_session",)
    ]
    if bad:
        raise UsageError(f"Beam flags must be written --flag=value: {' '.join(bad)}")
    if max_record_bytes <= 0:
        raise UsageError("--max-record-bytes must be positive")
    config = SplitJobConfig(
        inputs=paths,
        out=out,
        policies=list(policies),
        home=home.upper() if home else None,
        destination=destination.upper(),
        region_field=region_field,
        schema=RecordSchema(
            id_field=id_field, text_field=text_field, messages_field=messages_field
        ),
        output_format=output_format,
        max_record_bytes=max_record_bytes,
        shards=shards,
        progress_every=0 if quiet else 10_000,
    )
    progress = (lambda _m: None) if quiet else (lambda m: click.echo(m, err=True))
    finalize = FinalizeOptions(
        key=key, key_passphrase_env=key_passphrase_env, trusted_keys=trusted_keys
    )
    resolve_signer(finalize)  # a wrong key or passphrase fails now, not after the job
    outcome = run_split(config, beam_args, progress=progress, finalize=finalize)
    signing = finalize.extra.get("signing", {})
    if signing.get("development"):
        click.echo(
            "residency: notice: signed with the local DEVELOPMENT key "
            f"({signing.get('development_key_path')}); production runs pass --key and "
            "--trusted-keys",
            err=True,
        )
    outputs = {
        name: os.path.join(outcome.out, name)
        for name in ("offshore", "domestic", "quarantine", "decisions")
    }
    outputs["manifest"] = os.path.join(outcome.out, "manifest.json")
    outputs["signed_manifest"] = os.path.join(outcome.out, "manifest.intoto.json")
    outputs["signer_public_key"] = os.path.join(outcome.out, "signer.pub.pem")
    outputs["validation"] = os.path.join(outcome.out, "validation.json")
    outputs["report"] = os.path.join(outcome.out, "report.html")
    summary = {
        "ok": True,
        "exit_code": 0,
        "run_id": outcome.run_id,
        "out": outcome.out,
        "counts": outcome.stats.as_dict(),
        "outputs": outputs,
        "signing": {
            "key_id": signing.get("key_id"),
            "key_name": signing.get("key_name"),
            "development": signing.get("development"),
        },
    }
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, sort_keys=True))
    elif not quiet:
        s = outcome.stats.splits
        click.echo(f"\nrun {outcome.run_id} -> {outcome.out}")
        click.echo(f"  records read  {outcome.stats.read}")
        for split in ("offshore", "domestic", "quarantine"):
            click.echo(f"  {split:<13} {s.get(split, 0):>8}  {outputs[split]}")
        for part, n in sorted(outcome.stats.partitions.items()):
            click.echo(f"    domestic/{part:<6} {n:>6}")
        click.echo(f"  decision log  {outputs['decisions']}")
        click.echo(f"  manifest      {outputs['manifest']}")
        dev = " (DEVELOPMENT key)" if signing.get("development") else ""
        kid = str(signing.get("key_id"))[:16]
        click.echo(f"  signed        {outputs['signed_manifest']}  key {kid}{dev}")
        click.echo(f"  validation    {outputs['validation']}")
        click.echo(f"  report        {outputs['report']}  (residency review {outcome.out})")
    sys.stdout.flush()


def register(group: click.Group) -> None:
    from residency.policies.cli import policy_group

    group.add_command(split_command)
    group.add_command(policy_group)
    from residency.commands_manifest import COMMANDS as MANIFEST_COMMANDS

    for command in MANIFEST_COMMANDS:  # keygen, verify, gate, countersign
        group.add_command(command)
    from residency.commands_report import register as register_report

    register_report(group)  # report, review
