"""Assemble labelled records from templates, names, identifiers and evasions.

``generate(n, seed, split=...)`` is deterministic: the same arguments give the same
records.  ``dev`` and ``holdout`` use disjoint template, name and address halves and
differently derived random streams, so numbers measured on ``holdout`` are numbers on text
the detectors were not tuned on.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from residency.corpus import evasion
from residency.corpus.identifiers import IDENTIFIERS, email_for, qq_email
from residency.corpus.names import People, Split, part
from residency.corpus.negatives import CLEAN_TEMPLATES, HARD_VALUES
from residency.corpus.templates import PII_TEMPLATES, Body, Template

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "ms", "mixed")
SPLITS: tuple[Split, ...] = ("dev", "holdout")
PII_SHARE = 0.5
EVASION_SHARE = 0.15

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)(?:#(\d))?\}")
_NAMES: dict[str, Callable[[People], str]] = {
    "NAME_ZH": People.name_zh,
    "NAME_ZHT": People.name_zht,
    "NAME_LATIN": People.name_latin,
    "NAME_WESTERN": People.name_western,
    "NAME_SEAC": People.name_sea_chinese,
    "NAME_MALAY": People.name_malay,
    "NAME_INDIAN": People.name_indian,
}
_ADDRESSES: dict[str, Callable[[People], str]] = {
    "ADDR_ZH": People.address_zh,
    "ADDR_ZHT": People.address_zht,
    "ADDR_SG": People.address_sg,
    "ADDR_MY": People.address_my,
    "ADDR_EN": People.address_en,
}
Kind = Literal["pii", "clean"]


@dataclass(frozen=True)
class Label:
    """A span of personal information: ``record[field][start:end]`` is the value."""

    entity_type: str
    field: str
    start: int
    end: int
    evasion: str | None = None


@dataclass(frozen=True)
class Decoy:
    """A span that looks like an identifier but is not one (for explaining false holds)."""

    kind: str
    field: str
    start: int
    end: int


@dataclass
class LabelledRecord:
    """One corpus record with its ground truth."""

    record: dict[str, Any]
    labels: list[Label]
    language: str
    genre: str
    kind: Kind
    template: str
    decoys: list[Decoy] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def has_pii(self) -> bool:
        return bool(self.labels)

    @property
    def evasions(self) -> list[str]:
        return sorted({lab.evasion for lab in self.labels if lab.evasion})

    def to_json(self) -> dict[str, Any]:
        return {
            "record": self.record,
            "labels": [[x.entity_type, x.field, x.start, x.end] for x in self.labels],
            "evasion": [x.evasion for x in self.labels],
            "has_pii": self.has_pii,
            "language": self.language,
            "genre": self.genre,
            "kind": self.kind,
            "template": self.template,
        }


def templates_for(split: Split, kind: Kind, language: str) -> list[Template]:
    """The half of a language's templates reserved for ``split``."""
    source = PII_TEMPLATES if kind == "pii" else CLEAN_TEMPLATES
    return part(source[language], split)


def template_text(body: Body) -> str:
    """A template's identity (used to prove dev/holdout disjointness)."""
    return body if isinstance(body, str) else "\n".join(f"{r}: {c}" for r, c in body)


class _Renderer:
    def __init__(self, rng: random.Random, split: Split, evade: Callable[[str], bool]) -> None:
        self.rng = rng
        self.people = People(rng, split)
        self.evade = evade
        self.last: dict[str, tuple[str, str | None, str | None]] = {}
        self.latin_name = ""

    def value(self, key: str, ref: str | None) -> tuple[str, str | None, str | None]:
        """``(text, entity label or None, evasion or None)``; ``{KEY#n}`` repeats the last KEY."""
        if ref and key in self.last:
            return self.last[key]
        self.last[key] = self._fresh(key)
        return self.last[key]

    def _fresh(self, key: str) -> tuple[str, str | None, str | None]:
        if key in _NAMES:
            name = _NAMES[key](self.people)
            if name.isascii():
                self.latin_name = self.latin_name or name.split()[0]
            return name, "PERSON", None
        if key in _ADDRESSES:
            return _ADDRESSES[key](self.people), "ADDRESS", None
        if key in HARD_VALUES:
            return HARD_VALUES[key](self.rng), None, None
        if key == "EMAIL":
            text = (
                email_for(self.rng, self.latin_name)
                if self.rng.random() < 0.8
                else qq_email(self.rng)
            )
            entity = "EMAIL_ADDRESS"
        elif key in IDENTIFIERS:
            entity, gen = IDENTIFIERS[key]
            text = gen(self.rng)
        else:
            raise KeyError(f"unknown placeholder {{{key}}}")
        if self.evade(entity):
            obfuscated, how = evasion.evade(text, self.rng)
            if how != "none":
                return obfuscated, entity, how
        return text, entity, None

    def render(self, template: str, path: str) -> tuple[str, list[Label], list[Decoy]]:
        parts: list[str] = []
        labels: list[Label] = []
        decoys: list[Decoy] = []
        pos = 0
        length = 0
        for m in _PLACEHOLDER.finditer(template):
            literal = template[pos : m.start()]
            parts.append(literal)
            length += len(literal)
            text, entity, how = self.value(m.group(1), m.group(2))
            if entity:
                labels.append(Label(entity, path, length, length + len(text), how))
            else:
                decoys.append(Decoy(m.group(1), path, length, length + len(text)))
            parts.append(text)
            length += len(text)
            pos = m.end()
        parts.append(template[pos:])
        return "".join(parts), labels, decoys


def _build(
    rid: str, template: Template, language: str, kind: Kind, renderer: _Renderer
) -> LabelledRecord:
    genre, body = template
    labels: list[Label] = []
    decoys: list[Decoy] = []
    record: dict[str, Any] = {"id": rid}
    if isinstance(body, str):
        text, labels, decoys = renderer.render(body, "text")
        record["text"] = text
    else:
        messages = []
        for i, (role, content) in enumerate(body):
            text, lab, dec = renderer.render(content, f"messages[{i}].content")
            labels += lab
            decoys += dec
            messages.append({"role": role, "content": text})
        record["messages"] = messages
    return LabelledRecord(record, labels, language, genre, kind, template_text(body), decoys)


def _stream(seed: int, split: Split, corpus: str) -> random.Random:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return random.Random(f"residency.corpus/{corpus}/{split}/{seed}")


def generate(n: int, seed: int, *, split: Split = "dev") -> list[LabelledRecord]:
    """``n`` records: about half carry personal information (some of it obfuscated)."""
    rng = _stream(seed, split, "main")
    out: list[LabelledRecord] = []
    for i in range(n):
        language = LANGUAGES[i % len(LANGUAGES)] if i < len(LANGUAGES) else rng.choice(LANGUAGES)
        kind: Kind = "pii" if rng.random() < PII_SHARE else "clean"
        template = rng.choice(templates_for(split, kind, language))
        evade_one = kind == "pii" and rng.random() < EVASION_SHARE
        state = {"left": 1 if evade_one else 0}

        def evade(entity: str, state: dict[str, int] = state) -> bool:
            if state["left"] and rng.random() < 0.7:
                state["left"] -= 1
                return True
            return False

        rec = _build(
            f"{split}-{seed}-{i:06d}", template, language, kind, _Renderer(rng, split, evade)
        )
        out.append(rec)
    return out


def generate_evasion(n: int, seed: int, *, split: Split = "dev") -> list[LabelledRecord]:
    """``n`` records whose every identifier (not names or addresses) is obfuscated."""
    rng = _stream(seed, split, "evasion")
    pool = [
        (language, t)
        for language in LANGUAGES
        for t in templates_for(split, "pii", language)
        if any(m.group(1) in IDENTIFIERS or m.group(1) == "EMAIL"
               for m in _PLACEHOLDER.finditer(template_text(t[1])))
    ]  # fmt: skip
    out: list[LabelledRecord] = []
    for i in range(n):
        language, template = rng.choice(pool)
        rec = _build(f"evasion-{split}-{seed}-{i:06d}", template, language, "pii",
                     _Renderer(rng, split, lambda _entity: True))  # fmt: skip
        out.append(rec)
    return out


def iter_fields(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """``(field path, text)`` of a generated record, in the scanner's path spelling."""
    if "text" in record:
        yield "text", record["text"]
    for i, message in enumerate(record.get("messages", [])):
        yield f"messages[{i}].content", message["content"]
