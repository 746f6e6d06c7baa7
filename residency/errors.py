"""Exit codes and the typed errors that map to them."""

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


class UsageError(ResidencyError):
    """Bad arguments, inputs that do not exist, an output folder that is not empty."""

    exit_code = ExitCode.USAGE


class IntegrityError(ResidencyError):
    """Counts do not reconcile, digests do not match, a signature does not verify."""

    exit_code = ExitCode.INTEGRITY


class InfrastructureError(ResidencyError):
    """The runner, the file system or a model failed."""

    exit_code = ExitCode.INFRASTRUCTURE


class PolicyDenied(ResidencyError):
    """The data verified but the policy does not allow the requested use."""

    exit_code = ExitCode.DENIED
