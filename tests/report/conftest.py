"""One real split run shared by the report tests (per xdist worker): canary PII in, logs captured."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from residency_testing import run_job, write_jsonl

# Canary personal data: none of these may appear in validation.json, report.html or logs.
CANARY_ID_CARD = "110101199003071233"  # valid check digit
CANARY_PHONE = "13952846173"
# residency.detectors treats sequential digits as a placeholder, so this one goes offshore:
# it must not show up in validation results, the report or logs either.
CANARY_PLACEHOLDER_PHONE = "13812345678"
CANARY_EMAIL = "canary.person@mailhost.com"
CANARY_NAME = "王小明"
CANARIES = (
    CANARY_ID_CARD,
    CANARY_PHONE,
    CANARY_PLACEHOLDER_PHONE,
    CANARY_EMAIL,
    CANARY_NAME,
    "canary.person",
)

CANARY_RECORDS: list[Any] = [
    {"id": "canary-id", "text": f"我的身份证号码是{CANARY_ID_CARD}，请帮我查询订单。"},
    {"id": "canary-phone", "text": f"请拨打{CANARY_PHONE}联系我，谢谢。"},
    {"id": "canary-email", "text": f"Please send the invoice to {CANARY_EMAIL} today."},
    {
        "id": "canary-name",
        "text": f"客户{CANARY_NAME}住在北京市朝阳区建国路88号，电话{CANARY_PHONE}。",
    },
    {"id": "placeholder-phone", "text": f"示例号码{CANARY_PLACEHOLDER_PHONE}仅用于演示。"},
    {"id": "clean-1", "text": "如何重置我的密码？请给出步骤。"},
    {
        "id": "clean-2",
        "messages": [
            {"role": "user", "content": "Explain gradient descent in two sentences."},
            {"role": "assistant", "content": "It follows the slope downhill, step by step."},
        ],
    },
    {"id": "dup-1", "text": "The weather is nice today."},
    {"id": "dup-1", "text": "The weather is nice today, again."},
]


@dataclass
class ReportRun:
    out: Path
    outcome: Any
    log: str


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name} {record.getMessage()} {record.exc_text or ''}")


@pytest.fixture(scope="session")
def report_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportRun]:
    """A real split of the canary records, with every log record (DEBUG and up) kept."""
    base = tmp_path_factory.mktemp("report-run")
    src = write_jsonl(base / "canaries.jsonl", CANARY_RECORDS)
    handler = _Collect()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        outcome = run_job(base / "out", [src], home="CN")
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    yield ReportRun(out=base / "out", outcome=outcome, log="\n".join(handler.lines))


@pytest.fixture(scope="session")
def canaries() -> tuple[str, ...]:
    return CANARIES
