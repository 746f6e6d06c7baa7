"""What happens to a reconciled run before it is published, in order.

1. the plain run summary ``manifest.json``;
2. Great Expectations validation of every output (a failure raises IntegrityError:
   nothing is published);
3. the signed in-toto/DSSE manifest ``manifest.intoto.json`` and ``signer.pub.pem``;
4. the steward's report ``report.html``.

Each step reads the staging folder and the :class:`residency.split.SplitOutcome`; the
driver renames the staging folder into place only after all of them succeed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from residency.split import SplitOutcome


@dataclass
class FinalizeOptions:
    """Signing and validation settings of a run."""

    key: str | None = None
    key_passphrase_env: str | None = None
    trusted_keys: str | None = None
    validate: bool = True
    report: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def finalize_run(staging: str, outcome: SplitOutcome, options: FinalizeOptions) -> dict[str, Any]:
    """Run the finalisation steps; returns the plain manifest (summary) dictionary."""
    from residency.split import write_plain_manifest

    summary = write_plain_manifest(staging, outcome)
    # --- step 2: validation (residency.validation) ---
    if options.validate:
        from residency.validation import validate_run

        options.extra["validation"] = validate_run(staging, outcome)  # signed at step 3
    # --- step 3: signed manifest (residency.manifest) ---
    from residency.manifest import sign_run

    options.extra["signing"] = sign_run(staging, outcome, options)  # the CLI and report read it
    # --- step 4: report (residency.report) ---
    if options.report:
        from residency.report import write_report

        write_report(staging, options.trusted_keys)
    return summary
