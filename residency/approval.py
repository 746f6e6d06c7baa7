"""A data steward's sign-off: which report they reviewed, for which signed manifest.

``residency countersign`` adds the steward's signature to the run's manifest envelope
(so a gate can require N signatures) and also writes
``DIR/approvals/<key id>.intoto.json``: a DSSE-signed in-toto Statement whose subjects
are ``report.html`` and the manifest's signed payload, by sha256, with predicate type
:data:`APPROVAL_PREDICATE_TYPE`.  It records the report digest the steward saw; a report
rebuilt or edited afterwards no longer matches it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from residency.dsse import verify_envelope
from residency.errors import UsageError
from residency.keys import Signer, TrustedKeys
from residency.statement import build_statement, parse_statement, sign_statement

APPROVAL_PREDICATE_TYPE = "https://residency.dev/steward-approval/v1"
APPROVALS_DIR = "approvals"
REPORT_NAME = "report.html"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_approval(
    run_dir: str | os.PathLike[str], run_id: str, envelope: dict[str, Any], signer: Signer
) -> Path:
    """Sign and write the steward's approval of ``run_dir``; returns its path."""
    root = Path(run_dir)
    report = root / REPORT_NAME
    if not report.is_file():
        raise UsageError(
            f"{report} is missing: rebuild it with `residency report {root}` and review it "
            "before countersigning"
        )
    payload = _payload_bytes(envelope)
    statement = build_statement(
        [
            {"name": REPORT_NAME, "digest": {"sha256": _sha256(report.read_bytes())}},
            {"name": "manifest.intoto.json#payload", "digest": {"sha256": _sha256(payload)}},
        ],
        APPROVAL_PREDICATE_TYPE,
        {
            "run_id": run_id,
            "approved_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "steward": {"key_id": signer.key_id, "name": signer.trusted_key.name},
        },
    )
    folder = root / APPROVALS_DIR
    folder.mkdir(exist_ok=True)
    path = folder / f"{signer.key_id[:16]}.intoto.json"
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(sign_statement(statement, signer), indent=2) + "\n", "utf-8")
    os.replace(tmp, path)
    return path


def check_approval(
    run_dir: str | os.PathLike[str], approval: Path, trusted: TrustedKeys
) -> dict[str, Any]:
    """Verify one approval against trusted keys and the run's current report and manifest.

    Raises a :class:`residency.errors.VerificationError` subclass or
    :class:`residency.errors.IntegrityError` when the report or manifest changed since.
    """
    from residency.errors import IntegrityError
    from residency.verify import MANIFEST_NAME

    root = Path(run_dir)
    verified = verify_envelope(json.loads(approval.read_text("utf-8")), trusted)
    statement = parse_statement(verified.payload, APPROVAL_PREDICATE_TYPE)
    expected = {
        REPORT_NAME: _sha256((root / REPORT_NAME).read_bytes()),
        "manifest.intoto.json#payload": _sha256(
            _payload_bytes(json.loads((root / MANIFEST_NAME).read_text("utf-8")))
        ),
    }
    for subject in statement["subject"]:
        if expected.get(subject["name"]) != subject["digest"].get("sha256"):
            raise IntegrityError(f"{approval.name}: {subject['name']} changed after approval")
    return dict(statement["predicate"])


def _payload_bytes(envelope: dict[str, Any]) -> bytes:
    import base64

    return base64.b64decode(envelope["payload"])
