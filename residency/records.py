"""The record model: ids, the text fields a scan reads, and JSON-safe values.

Two shapes are understood natively -- plain text ``{"id", "text"}`` and chat
``{"id", "messages": [{"role", "content"}, ...]}`` -- but every string anywhere in a
record is scanned, so other schemas are covered too (``--text-field`` / ``--id-field``
only name the fields for the typed output columns and the id).
"""

from __future__ import annotations

import base64
import datetime as _dt
import decimal
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from residency.canonical import record_digest

DERIVED_ID_PREFIX = "sha256:"
DEFAULT_MAX_RECORD_BYTES = 1 << 20  # larger records are quarantined (oversized_record)


@dataclass(frozen=True)
class RecordSchema:
    """Names of the fields the tool treats specially."""

    id_field: str = "id"
    text_field: str = "text"
    messages_field: str = "messages"


DEFAULT_SCHEMA = RecordSchema()


def record_id(record: dict[str, Any], schema: RecordSchema = DEFAULT_SCHEMA) -> str:
    """The record's own id, or a deterministic one derived from its canonical content."""
    value = record.get(schema.id_field)
    if isinstance(value, bool) or value is None or value == "":
        return DERIVED_ID_PREFIX + record_digest(record)[:40]
    if isinstance(value, (str, int)):
        return str(value)
    return DERIVED_ID_PREFIX + record_digest(record)[:40]


def iter_text_fields(
    record: Any, schema: RecordSchema = DEFAULT_SCHEMA, prefix: str = ""
) -> Iterator[tuple[str, str]]:
    """Yield ``(path, text)`` for every string and number in the record except its id.

    Paths look like ``text``, ``messages[1].content`` or ``meta.phone``; dictionary
    keys are walked in sorted order so the output is deterministic.  Numbers are
    yielded as their decimal text: ``{"phone": 13812345678}`` is a phone number too.
    """
    if isinstance(record, dict):
        for key in sorted(record, key=str):
            if not prefix and key == schema.id_field:
                continue
            path = f"{prefix}.{key}" if prefix else str(key)
            yield from iter_text_fields(record[key], schema, path)
    elif isinstance(record, (list, tuple)):
        for index, item in enumerate(record):
            yield from iter_text_fields(item, schema, f"{prefix}[{index}]")
    elif isinstance(record, str):
        yield prefix, record
    elif isinstance(record, (int, float)) and not isinstance(record, bool):
        yield prefix, str(record)


def record_problem(record: dict[str, Any], schema: RecordSchema = DEFAULT_SCHEMA) -> str | None:
    """Why a parsed record cannot be judged as training text, or None if it can.

    - ``text_not_a_string``: the text field is there but holds a number, list or object;
    - ``malformed_messages``: the messages field is not a list of objects whose
      ``content`` is a string, null or a list of text parts (an image or audio part
      cannot be scanned);
    - ``no_text``: nothing but the id holds any non-blank text or number.

    A missing or null text field is fine when other fields carry the text (every
    string is scanned); such records are quarantined with the reason, never dropped.
    """
    text = record.get(schema.text_field)
    if text is not None and not isinstance(text, str):
        return "text_not_a_string"
    messages = record.get(schema.messages_field)
    if messages is not None and (
        not isinstance(messages, list)
        or not all(isinstance(m, dict) and _scannable_content(m.get("content")) for m in messages)
    ):
        return "malformed_messages"
    if not any(value.strip() for _, value in iter_text_fields(record, schema)):
        return "no_text"
    return None


def _scannable_content(content: Any) -> bool:
    """A message's content the scan can read whole: a string, null, or a list of text parts
    (the content-part form: ``[{"type": "text", "text": "..."}]`` or plain strings).  An
    image, audio or file part cannot be scanned, so its record is quarantined."""
    if content is None or isinstance(content, str):
        return True
    return isinstance(content, list) and all(
        isinstance(part, str)
        or (
            isinstance(part, dict)
            and part.get("type", "text") == "text"
            and isinstance(part.get("text"), str)
        )
        for part in content
    )


def content_text(content: Any) -> str | None:
    """A message's content as one string: the string itself, or its text parts joined by
    newlines; None for anything else."""
    if isinstance(content, str):
        return content
    if isinstance(content, list) and _scannable_content(content):
        return "\n".join(p if isinstance(p, str) else p["text"] for p in content)
    return None


def field_name(path: str) -> str:
    """The last name in a field path: ``meta.phone`` -> ``phone``, ``a[2].b`` -> ``b``."""
    last = path.rsplit(".", 1)[-1]
    return last.split("[", 1)[0]


def json_safe(value: Any) -> Any:
    """Convert Arrow/Python values to JSON types without losing information."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return (
            value if value == value and value not in (float("inf"), float("-inf")) else str(value)
        )
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(item, tuple) and len(item) == 2 for item in value):
            # Arrow map columns arrive as lists of (key, value) pairs.
            return {str(k): json_safe(v) for k, v in value}
        return [json_safe(v) for v in value]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$base64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return str(value)


def dumps_record(record: dict[str, Any]) -> str:
    """The JSON text stored in the ``record`` output column (key order preserved)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def text_column(record: dict[str, Any], schema: RecordSchema = DEFAULT_SCHEMA) -> str | None:
    value = record.get(schema.text_field)
    return value if isinstance(value, str) else None


def messages_column(
    record: dict[str, Any], schema: RecordSchema = DEFAULT_SCHEMA
) -> list[dict[str, str | None]] | None:
    value = record.get(schema.messages_field)
    if not isinstance(value, list):
        return None
    out: list[dict[str, str | None]] = []
    for message in value:
        if not isinstance(message, dict):
            return None
        role = message.get("role")
        out.append(
            {
                "role": role if isinstance(role, str) else None,
                "content": content_text(message.get("content")),
            }
        )
    return out
