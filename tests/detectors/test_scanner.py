"""The scanner end to end on records: clean text stays clean, PII is found, errors fail closed."""

from __future__ import annotations

from typing import Any

import pytest

from residency.detectors import Scanner, ScannerConfig
from residency.detectors.engine import require_spacy_model
from residency.errors import InfrastructureError
from residency.model import ScanResult


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


CLEAN: list[dict[str, Any]] = [
    {"id": "lit-zh", "text": "贾宝玉和林黛玉在大观园里读书，薛宝钗在一旁做针线。孙悟空大闹天宫。"},
    {"id": "hist-zh", "text": "秦始皇统一六国后，修筑了长城。李白斗酒诗百篇。"},
    {"id": "org-zh", "text": "阿里巴巴、腾讯和华为都在北京和深圳设有研发中心。"},
    {"id": "place", "text": "北京是中国的首都。Singapore and Kuala Lumpur are big cities."},
    {
        "id": "lit-en",
        "text": "Sherlock Holmes lit his pipe while Dr. Watson read the paper aloud.",
    },
    {
        "id": "docs",
        "messages": [
            {"role": "user", "content": "How do I group a pandas DataFrame by a column?"},
            {"role": "assistant", "content": "Use df.groupby('city').size() to count rows."},
        ],
    },
    {
        "id": "code",
        "text": "def get_user(self, uid):\n    return self.db.query(User).filter(User.id == uid)\n",
    },
    {"id": "numbers", "text": "Version 2.3.1 was released on 2024-05-01; see 192.168.0.0/16 docs."},
    {"id": "malay", "text": "Terima kasih, saya akan datang ke pejabat esok pagi."},
    # Documentation domains (RFC 2606/6761) have no mailboxes: code and docs use them.
    {
        "id": "doc-mail",
        "text": 'def send(to: str) -> None:\n    """e.g. send(\'user@example.com\')"""\n'
        "# also admin@mail.example.org, ops@build.test, root@localhost.localhost, x@y.invalid",
    },
]


@pytest.mark.parametrize("record", CLEAN, ids=[r["id"] for r in CLEAN])
def test_clean_record_has_no_findings(scanner: Scanner, record: dict[str, Any]) -> None:
    result = scanner.scan_record(record)
    assert result.error is None
    assert result.findings == (), [(f.entity_type, f.masked) for f in result.findings]


PII: list[tuple[dict[str, Any], set[str]]] = [
    ({"id": "1", "text": "我叫陈志强，手机13827495163。"}, {"CN_MOBILE"}),
    ({"id": "2", "text": "身份证号：440305199003071236"}, {"CN_RESIDENT_ID"}),
    ({"id": "3", "text": "收件人：王晓明，请尽快发货。"}, {"ZH_PERSON"}),
    ({"id": "4", "text": "住址：北京市海淀区中关村大街27号"}, {"ZH_ADDRESS"}),
    ({"id": "5", "text": "Contact me at jane.doe@mailhost.com please"}, {"EMAIL_ADDRESS"}),
    # a look-alike of a documentation domain is a real one
    ({"id": "5b", "text": "Contact me at jane.doe@example.com.sg please"}, {"EMAIL_ADDRESS"}),
    ({"id": "5c", "text": "Contact me at jane.doe@examples.com please"}, {"EMAIL_ADDRESS"}),
    ({"id": "6", "text": "Card 4539 1488 0343 6467 expires soon"}, {"CREDIT_CARD"}),
    (
        {"id": "7", "text": "My name is Margaret Thornton and I live at 12 Baker Street."},
        {"PERSON"},
    ),
    ({"id": "8", "text": "My NRIC is S1234567D."}, {"SG_NRIC_FIN"}),
    (
        {"id": "9", "messages": [{"role": "user", "content": "我儿子今年8岁，确诊了抑郁症"}]},
        {"MINOR_AGE", "HEALTH_INFO"},
    ),
    ({"id": "10", "text": "hi", "meta": {"phone": "ask reception"}}, {"PHONE_NUMBER"}),
]


@pytest.mark.parametrize("record, expected", PII, ids=[r["id"] for r, _ in PII])
def test_pii_record_reports_expected_types(
    scanner: Scanner, record: dict[str, Any], expected: set[str]
) -> None:
    result = scanner.scan_record(record)
    assert result.error is None
    assert expected <= set(result.entity_types)


def test_findings_never_carry_raw_values(scanner: Scanner) -> None:
    result = scanner.scan_record({"text": "电话 13827495163，邮箱 jane.doe@mailhost.com"})
    for finding in result.findings:
        assert "13827495163" not in repr(finding) and "jane.doe" not in repr(finding)
        assert finding.subject is not None


def test_languages_are_reported(scanner: Scanner) -> None:
    result = scanner.scan_record({"text": "你好，my friend", "b": "Hello there, how are you?"})
    assert {"zh", "en"} <= set(result.languages)


def test_batch_matches_single_scans(scanner: Scanner) -> None:
    records = [r for r, _ in PII] + CLEAN
    assert scanner.scan_records(records) == [scanner.scan_record(r) for r in records]


def test_ner_is_skipped_once_a_direct_identifier_is_confirmed(scanner: Scanner) -> None:
    result = scanner.scan_record(
        {"text": "身份证号 440305199003071236", "note": "Margaret Thornton called about her order."}
    )
    assert "CN_RESIDENT_ID" in result.entity_types
    assert "PERSON" not in result.entity_types


def test_detector_failure_is_an_error_result(
    scanner: Scanner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("no")

    monkeypatch.setattr(scanner._patterns, "analyze", boom)
    assert scanner.scan_record({"text": "hello"}) == ScanResult(
        error="detector_error:RuntimeError", languages=("en",)
    )
    results = scanner.scan_records([{"text": "hello"}, {"text": "world"}])
    assert [r.error for r in results] == ["detector_error:RuntimeError"] * 2


def test_costly_failure_fails_only_its_record(
    scanner: Scanner, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = scanner._costly.analyze

    def flaky(*args: Any, **kwargs: Any) -> Any:
        if "boom" in kwargs["text"]:
            raise ValueError("bad")
        return original(*args, **kwargs)

    monkeypatch.setattr(scanner._costly, "analyze", flaky)
    good, bad = scanner.scan_records(
        [{"text": "收件人：王晓明，请尽快发货。"}, {"text": "boom 王晓明 boom boom boom"}]
    )
    assert good.error is None and "ZH_PERSON" in good.entity_types
    assert bad.error == "detector_error:ValueError"


def test_field_too_long_is_an_error() -> None:
    small = Scanner(ScannerConfig(max_field_chars=10))
    assert small.scan_record({"text": "x" * 11}).error == "field_too_long"


def test_missing_model_raises_infrastructure_error() -> None:
    with pytest.raises(InfrastructureError):
        require_spacy_model("no_such_spacy_model_package")


def test_detector_set_names_every_recognizer_family(scanner: Scanner) -> None:
    names = set(scanner.detector_set)
    assert {"EmailRecognizer", "SpacyRecognizer", "ZhAddressRecognizer", "field_name"} <= names
    assert any(n.startswith("ZhPersonRecognizer") for n in names)
    assert any(n.startswith("CnResidentIdRecognizer") for n in names)


def test_a_text_repeated_in_a_batch_is_scanned_once_with_the_same_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The batch's own memo of pattern hits (text cache off): each distinct text's cheap
    pass runs once per ``scan_records`` call, and every record gets what scanning it alone
    finds."""
    uncached = Scanner(ScannerConfig(cache_size=0))
    prompt = "Call our desk on +65 9123 4567 or write to help.desk.sg@gmail.com."
    records: list[dict[str, Any]] = [
        {"id": "a", "text": prompt},
        {"id": "b", "messages": [{"role": "system", "content": prompt}]},
        {"id": "c", "text": "我叫陈志强，手机13827495163。"},
        {"id": "d", "text": prompt},
    ]
    alone = [uncached.scan_record(r) for r in records]
    texts: list[str] = []
    real = Scanner._analyze

    def counting(self: Scanner, analyzer: Any, f: Any, doc: Any) -> Any:
        if analyzer is self._patterns:
            texts.append(f.text)
        return real(self, analyzer, f, doc)

    monkeypatch.setattr(Scanner, "_analyze", counting)
    together = uncached.scan_records(records)
    assert together == alone
    assert any(r.findings for r in together)
    assert texts.count(prompt) == 1 and len(texts) == len(set(texts))
    # The memo is the call's own: the next call scans the text again.
    uncached.scan_records(records[:1])
    assert texts.count(prompt) == 2
    # The strict rescan keeps none: each occurrence is scanned.
    texts.clear()
    Scanner(ScannerConfig(strict=True)).scan_records(records)
    assert texts.count(prompt) == 3
