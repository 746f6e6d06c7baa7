"""Process set-up that keeps every run offline and quiet.

Called by the CLI before anything heavy is imported, and by DoFn ``setup`` on workers:
- tldextract (used by Presidio's e-mail recognizer) uses its bundled public-suffix
  snapshot instead of fetching one from the internet;
- model hubs are told they are offline;
- chatty third-party loggers are turned down so that a clean run prints nothing scary.
"""

from __future__ import annotations

import logging
import os
import warnings

_DONE = False

QUIET_LOGGERS = {
    "presidio-analyzer": logging.ERROR,
    "presidio_analyzer": logging.ERROR,
    "apache_beam": logging.WARNING,
    "apache_beam.runners.portability": logging.ERROR,
    "apache_beam.runners.worker": logging.ERROR,
    "apache_beam.io.gcp": logging.ERROR,
    "apache_beam.internal.gcp": logging.ERROR,
    "great_expectations": logging.ERROR,
    "jieba": logging.ERROR,
    "tldextract": logging.ERROR,
    "filelock": logging.ERROR,
    "urllib3": logging.ERROR,
    "absl": logging.ERROR,
}


def configure_offline_runtime() -> None:
    """Idempotent: make this process offline-safe and quiet."""
    global _DONE
    if _DONE:
        return
    _DONE = True
    for var, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "GX_ANALYTICS_ENABLED": "False",
        "TLDEXTRACT_CACHE_TIMEOUT": "0",
        # Beam's worker processes must import the installed residency.* namespace, not a
        # source checkout's bare residency/ folder in their working directory.
        "PYTHONSAFEPATH": "1",
    }.items():
        os.environ.setdefault(var, value)
    logging.getLogger().addFilter(_drop_known_noise)
    for name, level in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*apitools.*")
    _offline_tldextract()


# Messages third-party packages log at import time that say nothing about the run.
KNOWN_NOISE = (
    "apitools not found",
    "Recognizer not added to registry",
)


def _drop_known_noise(record: logging.LogRecord) -> bool:
    message = record.getMessage() if record.args else str(record.msg)
    return not any(noise in message for noise in KNOWN_NOISE)


def _offline_tldextract() -> None:
    try:
        import tldextract
        import tldextract.tldextract as tld_module
    except ImportError:  # pragma: no cover - presidio always brings it
        return
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tld_module.TLD_EXTRACTOR = offline

    def extract(url: str, include_psl_private_domains: bool = False, **_: object):
        return offline(url, include_psl_private_domains=include_psl_private_domains)

    tldextract.extract = extract  # type: ignore[assignment]
    tld_module.extract = extract  # type: ignore[assignment]
