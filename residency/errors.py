"""Exit codes and the typed errors that map to them.

Every expected failure is a :class:`ResidencyError` whose ``exit_code`` says how the CLI
ends and whose ``reason`` is a short machine-readable cause (the ``reason`` of a
``--json`` verdict). Verification failures are :class:`VerificationError` subclasses
(exit code 3); they are defined here and re-exported by ``residency.dsse``,
``residency.statement`` and ``residency.verify``, where they are raised.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of every ``residency`` command (never 99: Airflow reads it as skip)."""

    OK = 0
    DENIED = 1
    USAGE = 2
    INTEGRITY = 3
    INFRASTRUCTURE = 4


class ResidencyError(Exception):
    """Base of all expected failures; ``exit_code`` says how the CLI ends."""

    exit_code: ExitCode = ExitCode.INFRASTRUCTURE
    reason: str = "infrastructure"

    def __init__(self, message: str = "", *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class UsageError(ResidencyError):
    """Bad arguments, inputs that do not exist, an output folder that is not empty."""

    exit_code = ExitCode.USAGE
    reason = "usage"


class IntegrityError(ResidencyError):
    """Counts do not reconcile, digests do not match, a signature does not verify."""

    exit_code = ExitCode.INTEGRITY
    reason = "integrity"


class InfrastructureError(ResidencyError):
    """The runner, the file system or a model failed."""

    exit_code = ExitCode.INFRASTRUCTURE


class PolicyDenied(ResidencyError):
    """The data verified but the policy does not allow the requested use."""

    exit_code = ExitCode.DENIED
    reason = "policy-denied"


# --- verification (exit code 3) ---------------------------------------------------------


class VerificationError(IntegrityError):
    """Signed data did not verify; ``reason`` is a short machine-readable cause."""

    reason = "verification-failed"


class MalformedEnvelopeError(VerificationError):
    """The envelope is not a well-formed DSSE JSON envelope (or has the wrong type)."""

    reason = "malformed-envelope"


class SignatureError(VerificationError):
    """A signature claimed a trusted key but does not verify under it."""

    reason = "bad-signature"


class UntrustedKeyError(VerificationError):
    """No signature was made by a key in the trusted set."""

    reason = "untrusted-key"


class ThresholdError(VerificationError):
    """Fewer distinct trusted keys signed than the threshold requires."""

    reason = "threshold-not-met"


class StatementError(VerificationError):
    """The signed payload is not the in-toto Statement we expect."""

    reason = "malformed-statement"


class MerkleProofError(VerificationError):
    """An inclusion proof does not lead to the expected Merkle root."""

    reason = "bad-merkle-proof"


class ManifestMissingError(VerificationError):
    """The run folder has no signed manifest, or it cannot be read as JSON."""

    reason = "missing-manifest"


class PredicateError(StatementError):
    """The statement verified but its split-run predicate is not as documented."""

    reason = "malformed-predicate"


class RunIdMismatchError(VerificationError):
    """The manifest is for another run than the caller expected (a replayed manifest)."""

    reason = "run-id-mismatch"


class MissingFileError(VerificationError):
    """A file the manifest lists is not on disk."""

    reason = "missing-file"


class UnexpectedFileError(VerificationError):
    """A file (or link) under an output folder is not listed in the manifest."""

    reason = "unexpected-file"


class FileDigestError(VerificationError):
    """A file's sha256 differs from the manifest's."""

    reason = "file-digest-mismatch"


class ContentDigestError(VerificationError):
    """A split's rows (count, content digest, Merkle root, record digests) do not match."""

    reason = "content-digest-mismatch"


class CountMismatchError(VerificationError):
    """The signed run counts disagree with the signed split facts (or the decision log)."""

    reason = "count-mismatch"
