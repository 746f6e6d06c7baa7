"""Loading policy packs: YAML in, validated :class:`Pack` out, or an error with file:line:column.

A pack is named either by a shipped name (``pipl``, ``pdpa_sg``, ``pdpa_my``, ``gdpr``;
``residency policy list`` shows them) or by a path to a YAML file.  Loading

1. parses the YAML keeping the line and column of every key and value (PyYAML nodes),
   and rejects duplicate keys, which YAML would otherwise silently overwrite;
2. validates it against ``schema/policy-pack.schema.json`` (JSON Schema 2020-12);
3. checks what a schema cannot: unique rule ids, entity types and categories that exist in
   the taxonomy (``residency.detectors.entities``), selectors that make sense together,
   and that only a pack declaring irreversible anonymisation clears masked data;
4. resolves ``extends``: the parent's rules are inherited, a rule with the same id replaces
   the parent's in place, new rules are appended.

The pack digest is the sha256 of the RFC 8785 canonical JSON of the *resolved* pack, so a
change to a parent pack changes the digest of every pack that extends it.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from residency.canonical import canonical_bytes, sha256_hex
from residency.detectors.entities import CATEGORIES, ENTITIES, info
from residency.errors import UsageError

MASKED_PREFIX = "MASKED_"
ACTIONS = ("offshore", "domestic", "quarantine")
GLOBAL = "*"
SCHEMA_FILE = "policy-pack.schema.json"
_SELECTORS = ("entity_types", "categories", "any", "masked", "always")

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, at a place a user can jump to."""

    source: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}:{self.column}: {self.message}"


class PolicyPackError(UsageError):
    """A pack that cannot be loaded; ``problems`` lists every error with its position."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def is_masked_type(entity_type: str) -> bool:
    """Masked, tokenised or pseudonymised values are reported as ``MASKED_*`` findings."""
    return entity_type.startswith(MASKED_PREFIX)


@dataclass(frozen=True)
class Match:
    """Which findings a rule selects, and on which runs it applies."""

    entity_types: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    any: bool = False
    masked: bool = False
    always: bool = False
    min_score: float = 0.0
    with_identifier: bool = False
    destination_in: frozenset[str] | None = None
    destination_not_in: frozenset[str] = frozenset()

    def applies_to_destination(self, destination: str) -> bool:
        if self.destination_in is not None and destination not in self.destination_in:
            return False
        return destination not in self.destination_not_in

    def selects(self, entity_type: str) -> bool:
        if self.any or entity_type in self.entity_types:
            return True
        if is_masked_type(entity_type):
            return self.masked
        return info(entity_type).category in self.categories


@dataclass(frozen=True)
class Rule:
    id: str
    article: str
    action: str
    reason: str
    match: Match
    pack: str

    @property
    def holds(self) -> bool:
        """Domestic and quarantine rules keep a record from leaving."""
        return self.action != "offshore"


@dataclass(frozen=True)
class Anonymization:
    method: str
    removes: tuple[str, ...]
    reference: str = ""


@dataclass(frozen=True)
class Pack:
    id: str
    version: str
    title: str
    jurisdictions: tuple[str, ...]
    rules: tuple[Rule, ...]
    digest: str
    source: str
    document: dict[str, Any] = field(repr=False, compare=False)
    anonymization: Anonymization | None = None
    extends: str | None = None

    @property
    def is_global(self) -> bool:
        return GLOBAL in self.jurisdictions

    def governed(self, jurisdictions: Sequence[str]) -> tuple[str, ...]:
        """The record's jurisdictions this pack governs (all of them for a global pack)."""
        if self.is_global:
            return tuple(jurisdictions)
        return tuple(j for j in jurisdictions if j in self.jurisdictions)


# --------------------------------------------------------------------------- shipped packs


def _packs_dir() -> Any:
    return resources.files("residency.policies").joinpath("packs")


def shipped_packs() -> tuple[str, ...]:
    """Names of the packs installed with residency."""
    names = (e.name for e in _packs_dir().iterdir() if e.name.endswith(".yaml"))
    return tuple(sorted(n.removesuffix(".yaml") for n in names))


@cache
def schema() -> dict[str, Any]:
    text = resources.files("residency.policies").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


# --------------------------------------------------------------------------- YAML with marks


@dataclass
class _Document:
    source: str
    data: Any
    values: dict[JsonPath, tuple[int, int]]
    keys: dict[JsonPath, tuple[int, int]]
    base: Path | None

    def at(self, path: JsonPath, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of ``path``; falls back to the nearest parent."""
        table = self.keys if key else self.values
        while True:
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            if not path:
                return (1, 1)
            path = path[:-1]

    def problem(self, path: JsonPath, message: str, *, key: bool = False) -> Problem:
        line, column = self.at(path, key=key)
        where = _dotted(path)
        return Problem(self.source, line, column, f"{where}: {message}" if where else message)


def _dotted(path: JsonPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _walk(node: yaml.Node, path: JsonPath, doc: _Document, problems: list[Problem]) -> None:
    doc.values[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                line, column = _mark(key_node)
                problems.append(
                    Problem(
                        doc.source,
                        line,
                        column,
                        f"{_dotted((*path, key))}: duplicate key (first at line {seen[key][0]}); "
                        "YAML would silently keep only the last one",
                    )
                )
            seen[key] = _mark(key_node)
            doc.keys[(*path, key)] = _mark(key_node)
            _walk(value_node, (*path, key), doc, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), doc, problems)


def _parse(text: str, source: str, base: Path | None) -> _Document:
    doc = _Document(source, None, {}, {}, base)
    problems: list[Problem] = []
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise PolicyPackError(
                [
                    Problem(
                        source, 1, 1, "the file is empty; a pack needs id, version, title and rules"
                    )
                ]
            )
        _walk(node, (), doc, problems)
        doc.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise PolicyPackError(
            [Problem(source, line, column, f"not valid YAML: {exc.problem or exc.context}")]
        ) from None
    finally:
        loader.dispose()
    if problems:
        raise PolicyPackError(problems)
    return doc


# --------------------------------------------------------------------------- validation


def _schema_problems(doc: _Document) -> list[Problem]:
    validator = jsonschema.Draft202012Validator(schema())
    problems: list[Problem] = []
    for error in validator.iter_errors(doc.data):
        path: JsonPath = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = sorted(error.schema.get("properties", {}))
            for extra in sorted(set(error.instance) - set(allowed)):
                hint = difflib.get_close_matches(str(extra), allowed, n=1)
                advice = f"did you mean {hint[0]!r}?" if hint else f"allowed: {', '.join(allowed)}"
                problems.append(
                    doc.problem((*path, str(extra)), f"unknown key; {advice}", key=True)
                )
            continue
        if error.validator == "required" and isinstance(error.instance, dict):
            problems.append(doc.problem(path, error.message.replace("property", "key")))
            continue
        if error.validator == "const" and path and path[-1] == "irreversible":
            message = "must be true: declare anonymization only when it cannot be reversed"
        elif error.validator == "pattern" and len(path) >= 1 and "jurisdictions" in path:
            message = f'{error.instance!r} is not an upper-case ISO 3166 alpha-2 code (or "*")'
        else:
            message = error.message
        problems.append(doc.problem(path, message))
    return problems


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _semantic_problems(doc: _Document, anonymization: Any) -> list[Problem]:
    """What the schema cannot say; tolerant of documents the schema already rejected."""
    data = _as_dict(doc.data)
    problems: list[Problem] = []
    known_types = sorted(ENTITIES)

    def check_type(path: JsonPath, value: Any) -> None:
        if not isinstance(value, str) or value in ENTITIES or is_masked_type(value):
            return
        hint = difflib.get_close_matches(value, known_types, n=1)
        advice = f"did you mean {hint[0]!r}?" if hint else "see residency.detectors.entities"
        problems.append(doc.problem(path, f"unknown entity type {value!r}; {advice}"))

    for index, value in enumerate(_as_list(_as_dict(data.get("anonymization")).get("removes"))):
        check_type(("anonymization", "removes", index), value)

    seen: dict[str, int] = {}
    for index, rule in enumerate(_as_list(data.get("rules"))):
        rule = _as_dict(rule)
        rid = rule.get("id")
        here: JsonPath = ("rules", index)
        if isinstance(rid, str):
            if rid in seen:
                first = doc.at(("rules", seen[rid], "id"))[0]
                problems.append(
                    doc.problem((*here, "id"), f"duplicate rule id {rid!r} (first at line {first})")
                )
            seen.setdefault(rid, index)
        match = _as_dict(rule.get("match"))
        for j, value in enumerate(_as_list(match.get("entity_types"))):
            check_type((*here, "match", "entity_types", j), value)
        for j, value in enumerate(_as_list(match.get("categories"))):
            if isinstance(value, str) and value not in CATEGORIES:
                hint = difflib.get_close_matches(value, sorted(CATEGORIES), n=1)
                advice = (
                    f"did you mean {hint[0]!r}?"
                    if hint
                    else f"known: {', '.join(sorted(CATEGORIES))}"
                )
                problems.append(
                    doc.problem(
                        (*here, "match", "categories", j), f"unknown category {value!r}; {advice}"
                    )
                )
        if "match" not in rule:
            continue
        selectors = [s for s in _SELECTORS if match.get(s)]
        if not selectors:
            problems.append(
                doc.problem(
                    (*here, "match"),
                    "selects nothing; give entity_types, categories, any, masked or always",
                )
            )
        elif "always" in selectors and len(selectors) > 1:
            problems.append(
                doc.problem(
                    (*here, "match", "always"), "always cannot be combined with other selectors"
                )
            )
        # `any` also selects masked tokens, but only an explicit selector *clears* them.
        selects_masked = bool(match.get("masked")) or any(
            isinstance(t, str) and is_masked_type(t) for t in _as_list(match.get("entity_types"))
        )
        if rule.get("action") == "offshore" and selects_masked and not anonymization:
            problems.append(
                doc.problem(
                    (*here, "action"),
                    "only a pack that declares `anonymization: {irreversible: true, ...}` may send "
                    "masked or pseudonymised data offshore (PIPL Art. 73: de-identified data is "
                    "still personal information)",
                )
            )
        if match.get("always") and match.get("with_identifier"):
            problems.append(
                doc.problem((*here, "match", "with_identifier"), "has no effect with always")
            )
    return problems


# --------------------------------------------------------------------------- resolution


def _locate(spec: str, base: Path | None) -> tuple[str, str, Path | None]:
    """(source name, text, directory for relative ``extends``) of a pack name or path."""
    looks_like_path = spec.endswith((".yaml", ".yml")) or "/" in spec or "\\" in spec
    if not looks_like_path:
        entry = _packs_dir().joinpath(f"{spec}.yaml")
        if entry.is_file():
            return f"{spec}.yaml", entry.read_text("utf-8"), None
        raise UsageError(
            f"no policy pack named {spec!r}; installed packs: {', '.join(shipped_packs())} "
            "(or give the path of a YAML pack)"
        )
    path = Path(spec)
    if not path.is_absolute() and base is not None:
        path = base / path
    if not path.is_file():
        raise UsageError(f"policy pack file not found: {path}")
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read policy pack {path}: {exc}") from None
    return str(path), text, path.parent.resolve()


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    merged = {k: v for k, v in parent.items() if k not in ("description",)}
    for key, value in child.items():
        if key not in ("rules", "citations", "extends"):
            merged[key] = value
    merged["extends"] = parent["id"]
    for key in ("rules", "citations"):
        items = [dict(item) for item in parent.get(key) or ()]
        index = {item["id"]: i for i, item in enumerate(items)}
        for item in child.get(key) or ():
            if item["id"] in index:
                items[index[item["id"]]] = item
            else:
                index[item["id"]] = len(items)
                items.append(item)
        merged[key] = items
    return merged


def _resolve(spec: str, base: Path | None, chain: tuple[str, ...]) -> tuple[dict[str, Any], str]:
    source, text, directory = _locate(spec, base)
    doc = _parse(text, source, directory)
    if not isinstance(doc.data, dict):
        raise PolicyPackError(
            [doc.problem((), "a pack is a mapping with id, version, title and rules")]
        )
    problems = _schema_problems(doc)
    data: dict[str, Any] = doc.data
    resolved = data
    if not problems and "extends" in data:
        parent_spec = data["extends"]
        key = f"{directory}:{parent_spec}" if directory else parent_spec
        if key in chain or parent_spec == data["id"]:
            raise PolicyPackError(
                [doc.problem(("extends",), f"extends itself through {parent_spec!r}")]
            )
        try:
            parent, _ = _resolve(parent_spec, directory, (*chain, key))
        except PolicyPackError:
            raise
        except UsageError as exc:
            raise PolicyPackError([doc.problem(("extends",), str(exc))]) from None
        resolved = _merge(parent, data)
    # With schema errors in an extending pack the parent is not read; do not guess whether
    # it declares anonymization.
    anonymization = resolved.get("anonymization") or (problems and "extends" in data)
    problems += _semantic_problems(doc, anonymization)
    if problems:
        raise PolicyPackError(sorted(set(problems), key=lambda p: (p.line, p.column, p.message)))
    return resolved, source


def _build(resolved: dict[str, Any], source: str) -> Pack:
    pack_id = resolved["id"]
    rules = []
    for rule in resolved["rules"]:
        m = rule["match"]
        dest_in = m.get("destination_in")
        rules.append(
            Rule(
                id=rule["id"],
                article=rule["article"],
                action=rule["action"],
                reason=" ".join(rule["reason"].split()),
                pack=pack_id,
                match=Match(
                    entity_types=frozenset(m.get("entity_types") or ()),
                    categories=frozenset(m.get("categories") or ()),
                    any=bool(m.get("any")),
                    masked=bool(m.get("masked")),
                    always=bool(m.get("always")),
                    min_score=float(m.get("min_score", 0.0)),
                    with_identifier=bool(m.get("with_identifier")),
                    destination_in=frozenset(dest_in) if dest_in is not None else None,
                    destination_not_in=frozenset(m.get("destination_not_in") or ()),
                ),
            )
        )
    anon = resolved.get("anonymization")
    return Pack(
        id=pack_id,
        version=str(resolved["version"]),
        title=resolved["title"],
        jurisdictions=tuple(resolved["jurisdictions"]),
        rules=tuple(rules),
        digest=sha256_hex(canonical_bytes(resolved)),
        source=source,
        document=resolved,
        anonymization=Anonymization(
            anon["method"], tuple(anon["removes"]), anon.get("reference", "")
        )
        if anon
        else None,
        extends=resolved.get("extends"),
    )


def load_pack(spec: str) -> Pack:
    """Load one pack by shipped name or path; raises :class:`PolicyPackError` / ``UsageError``."""
    resolved, source = _resolve(spec, None, ())
    return _build(resolved, source)


def load_packs(specs: Sequence[str]) -> tuple[Pack, ...]:
    """Load several packs; pack ids and rule ids must be unique across them."""
    if not specs:
        raise UsageError("no policy pack given; name at least one (e.g. --policy pipl)")
    packs = tuple(load_pack(spec) for spec in specs)
    by_id: dict[str, Pack] = {}
    for pack in packs:
        if pack.id in by_id:
            raise UsageError(
                f"policy pack {pack.id!r} given twice ({by_id[pack.id].source}, {pack.source})"
            )
        by_id[pack.id] = pack
    for pack in packs:
        if pack.extends in by_id:
            raise UsageError(
                f"policy pack {pack.id!r} ({pack.source}) extends {pack.extends!r}, which is also "
                f"loaded; load only {pack.id!r}: it already contains the rules of {pack.extends!r}"
            )
    owner: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in owner:
                raise UsageError(
                    f"rule id {rule.id!r} is in both {owner[rule.id]!r} and {pack.id!r}; "
                    "rule ids must be unique across the packs of a run"
                )
            owner[rule.id] = pack.id
    return packs
