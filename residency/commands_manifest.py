"""``residency keygen | verify | gate | countersign``: keys, signed manifests and the gate.

Trusted keys: ``--trusted-keys FILE`` (repeatable; or ``$RESIDENCY_TRUSTED_KEYS``, paths
separated by ``:``) lists the public keys verification accepts. Without it, only this
machine's development key is trusted, with a notice on stderr. The ``signer.pub.pem``
inside a run folder is never trusted.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from residency.cli import CONTEXT, guarded
from residency.errors import ExitCode, UsageError

TRUSTED_KEYS_ENV = "RESIDENCY_TRUSTED_KEYS"


def _dev_notice(what: str) -> None:
    from residency.keys import dev_key_paths

    click.echo(
        f"residency: notice: {what} the local DEVELOPMENT key ({dev_key_paths()[1]}); "
        "production runs pass --key and gates pass --trusted-keys",
        err=True,
    )


def trusted_from_options(paths: tuple[str, ...]) -> Any:
    """The trusted set of ``--trusted-keys`` files, or the development key with a notice."""
    from residency.keys import TrustedKeys, dev_trusted_keys

    if paths:
        return TrustedKeys.from_files(paths)
    keys = dev_trusted_keys()
    _dev_notice("no --trusted-keys given: trusting only")
    return keys


def trusted_keys_option(func: Any) -> Any:
    return click.option(
        "--trusted-keys",
        "trusted_keys",
        multiple=True,
        type=click.Path(dir_okay=False),
        envvar=TRUSTED_KEYS_ENV,
        help="Trusted-keys or public-key file (repeatable; env RESIDENCY_TRUSTED_KEYS). "
        "Default: this machine's development key only.",
    )(func)


def _passphrase_from_env(var: str | None) -> str | None:
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise UsageError(f"--passphrase-env {var}: that environment variable is not set or empty")
    return value


def _print_verdict(verdict: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(verdict, ensure_ascii=False, sort_keys=True))
        return
    if verdict["ok"]:
        who = ", ".join(
            f"{s['name']} ({s['key_id'][:16]})" + (" [DEVELOPMENT KEY]" if s["development"] else "")
            for s in verdict.get("signers", [])
        )
        records = f", {verdict['records']} records" if "records" in verdict else ""
        click.echo(
            f"residency: {verdict['verdict']}: {verdict['message']}{records}; signed by {who}"
        )
    else:
        click.echo(
            f"residency: {verdict['verdict']} (exit {verdict['exit_code']}, "
            f"{verdict['reason']}): {verdict['message']}",
            err=True,
        )


def _exit(verdict: dict[str, Any]) -> None:
    code = int(verdict["exit_code"])
    sys.stdout.flush()
    sys.exit(code if code in set(ExitCode) else int(ExitCode.INFRASTRUCTURE))


# --- keygen -----------------------------------------------------------------------------------


@click.command("keygen", context_settings=CONTEXT)
@click.option(
    "--out-private",
    required=True,
    type=click.Path(dir_okay=False),
    help="Private key file to create (mode 0600; never overwritten).",
)
@click.option(
    "--out-public",
    type=click.Path(dir_okay=False),
    default=None,
    help="Public key file to create [default: the private file's name with .pub.pem].",
)
@click.option("--name", default=None, help="A name for the key, shown in manifests and reports.")
@click.option(
    "--passphrase-env",
    metavar="VAR",
    default=None,
    help="Encrypt the private key with the passphrase in environment variable VAR.",
)
@click.option(
    "--prompt-passphrase", is_flag=True, help="Ask for a passphrase (twice) to encrypt the key."
)
@click.option("--json", "as_json", is_flag=True, help="Print the key id and paths as JSON.")
@guarded
def keygen_command(
    out_private: str,
    out_public: str | None,
    name: str | None,
    passphrase_env: str | None,
    prompt_passphrase: bool,
    as_json: bool,
) -> None:
    """Create an Ed25519 signing key pair for `residency split --key`.

    Give the public key to every gate (in its --trusted-keys file); keep the private key
    where only the signing job can read it.
    """
    from residency.keys import generate_keypair

    if passphrase_env and prompt_passphrase:
        raise UsageError("choose one of --passphrase-env and --prompt-passphrase")
    passphrase = _passphrase_from_env(passphrase_env)
    if prompt_passphrase:
        passphrase = click.prompt("Passphrase", hide_input=True, confirmation_prompt=True, err=True)
    if out_public is None:
        stem = out_private[:-4] if out_private.endswith(".pem") else out_private
        out_public = f"{stem}.pub.pem"
    signer = generate_keypair(out_private, out_public, passphrase, name=name)
    result = {
        "ok": True,
        "exit_code": 0,
        "key_id": signer.key_id,
        "name": signer.name,
        "private_key": str(Path(out_private)),
        "public_key": str(Path(out_public)),
        "encrypted": bool(passphrase),
    }
    if as_json:
        click.echo(json.dumps(result, sort_keys=True))
        return
    click.echo(f"key id       {signer.key_id}")
    click.echo(f"private key  {out_private} (mode 0600{', encrypted' if passphrase else ''})")
    click.echo(f"public key   {out_public}  <- add to the --trusted-keys file of every gate")
    if not passphrase:
        click.echo("residency: note: the private key is not encrypted", err=True)


# --- verify and gate --------------------------------------------------------------------------


@click.command("verify", context_settings=CONTEXT)
@click.argument("run_dir", metavar="DIR", type=click.Path(file_okay=False))
@trusted_keys_option
@click.option(
    "--split",
    default=None,
    help="Check only this folder's files (offshore, domestic[/<J>], quarantine, decisions).",
)
@click.option("--require-signatures", "threshold", type=click.IntRange(min=1), default=1)
@click.option("--run-id", "expected_run_id", default=None, help="Fail unless signed for this run.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable verdict on stdout.")
def verify_command(
    run_dir: str,
    trusted_keys: tuple[str, ...],
    split: str | None,
    threshold: int,
    expected_run_id: str | None,
    as_json: bool,
) -> None:
    """Verify a run folder: signature, every file's digest, every split, the counts.

    Exit codes: 0 verified, 2 usage, 3 integrity (signature, digest, extra or missing
    file, counts), 4 infrastructure.
    """
    from residency.gate import verify

    verdict = _with_trusted(
        "verify",
        run_dir,
        split,
        threshold,
        trusted_keys,
        lambda keys: verify(
            run_dir, keys, split=split, threshold=threshold, expected_run_id=expected_run_id
        ),
    )
    _print_verdict(verdict, as_json)
    _exit(verdict)


@click.command("gate", context_settings=CONTEXT)
@click.argument("run_dir", metavar="DIR", type=click.Path(file_okay=False))
@click.option(
    "--split",
    default="offshore",
    show_default=True,
    help="The split training wants; only offshore can ever be cleared.",
)
@trusted_keys_option
@click.option(
    "--require-signatures",
    "threshold",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Distinct trusted keys that must have signed (e.g. 2: the job and a steward).",
)
@click.option(
    "--run-id",
    "expected_run_id",
    default=None,
    help="Fail unless the manifest is signed for this run (from `split --json`).",
)
@click.option(
    "--destination", default=None, help="Where training runs; must be the run's destination."
)
@click.option(
    "--allow-pathway",
    "allow_pathways",
    multiple=True,
    type=click.Choice(["standard_contract_or_certification", "security_assessment"]),
    help="Acknowledge a CAC pathway that is in place (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable verdict on stdout.")
def gate_command(
    run_dir: str,
    split: str,
    trusted_keys: tuple[str, ...],
    threshold: int,
    expected_run_id: str | None,
    destination: str | None,
    allow_pathways: tuple[str, ...],
    as_json: bool,
) -> None:
    """Pre-training gate: exit 0 only if SPLIT of DIR verifies and is cleared to use.

    \b
    Exit codes:
      0  cleared: the offshore split verifies and matches its signed manifest
      1  the policy denies: not the offshore split, a CAC filing is needed,
         validation failed, or another destination
      2  usage error (bad flags, no trusted keys)
      3  integrity: bad or missing signature, untrusted key, too few signatures,
         digest mismatch, extra or missing file, replayed manifest, counts differ
      4  infrastructure: the files could not be read
    """
    from residency.gate import gate

    verdict = _with_trusted(
        "gate",
        run_dir,
        split,
        threshold,
        trusted_keys,
        lambda keys: gate(
            run_dir,
            keys,
            split,
            threshold,
            expected_run_id=expected_run_id,
            destination=destination,
            allow_pathways=allow_pathways,
        ),
    )
    _print_verdict(verdict, as_json)
    _exit(verdict)


def _with_trusted(
    action: str,
    run_dir: str,
    split: str | None,
    threshold: int,
    trusted_keys: tuple[str, ...],
    run: Any,
) -> dict[str, Any]:
    """Load the trusted keys and run; a failure to load them is a verdict too (exit 2/4)."""
    from residency.gate import _verdict

    try:
        keys = trusted_from_options(trusted_keys)
    except Exception as exc:
        error = exc

        def fail() -> Any:
            raise error

        return _verdict(action, run_dir, split, threshold, fail)
    result: dict[str, Any] = run(keys)
    return result


# --- countersign ------------------------------------------------------------------------------


@click.command("countersign", context_settings=CONTEXT)
@click.argument("run_dir", metavar="DIR", type=click.Path(file_okay=False))
@click.option(
    "--key", required=True, type=click.Path(dir_okay=False), help="The steward's private key."
)
@click.option("--key-passphrase-env", metavar="VAR", default=None)
@trusted_keys_option
@click.option("--json", "as_json", is_flag=True)
@guarded
def countersign_command(
    run_dir: str,
    key: str,
    key_passphrase_env: str | None,
    trusted_keys: tuple[str, ...],
    as_json: bool,
) -> None:
    """Add a data steward's signature to DIR/manifest.intoto.json.

    The whole run is verified first against --trusted-keys (the steward vouches for the
    data as it is); then the same signed statement gets a second signature, so a gate
    can --require-signatures 2, and DIR/approvals/<key id>.intoto.json records the
    digest of the report.html the steward reviewed.
    """
    from residency.approval import write_approval
    from residency.dsse import add_signature, verify_envelope
    from residency.gate import verify_all
    from residency.keys import TrustedKeys, load_signer
    from residency.verify import MANIFEST_NAME

    signer = load_signer(key, _passphrase_from_env(key_passphrase_env))
    keys = trusted_from_options(trusted_keys)
    path = Path(run_dir) / MANIFEST_NAME
    before = path.read_bytes() if path.is_file() else b""
    run = verify_all(run_dir, keys)
    if path.read_bytes() != before:
        raise UsageError(f"{path} changed while it was being verified; try again")
    envelope = add_signature(json.loads(before), signer)
    verify_envelope(envelope, TrustedKeys([signer.trusted_key]))  # our own signature took
    approval = write_approval(run_dir, run.run_id, envelope, signer)
    tmp = path.with_name(f".{path.name}.countersign.tmp")
    tmp.write_text(json.dumps(envelope, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    result = {
        "approval": str(approval),
        "ok": True,
        "exit_code": 0,
        "run_id": run.run_id,
        "key_id": signer.key_id,
        "signatures": len(envelope["signatures"]),
    }
    if as_json:
        click.echo(json.dumps(result, sort_keys=True))
    else:
        click.echo(
            f"countersigned run {run.run_id} with key {signer.key_id[:16]}; "
            f"the manifest now has {result['signatures']} signature(s)"
        )


COMMANDS = (keygen_command, verify_command, gate_command, countersign_command)
