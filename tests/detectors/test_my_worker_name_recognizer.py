"""MyWorkerNameRecognizer: a foreign worker's name before nationality and passport, permit,
gang or a word for a worker; no match without them."""

from __future__ import annotations

import pytest

from residency.detectors.malaysia.my_worker_name_recognizer import MyWorkerNameRecognizer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1) RAM BAHADUR KHADKA, Nepal, 09871236, tamat 14/01/2027", "RAM BAHADUR KHADKA"),
        ("Results: Rubel Ahmed (BGD, A01836492) FIT", "Rubel Ahmed"),
        ("Imam Hidayat (IDN, C 7301846) UNFIT", "Imam Hidayat"),
        ("Suman Tamang (pekerja Nepal, gang 4) mengadu", "Suman Tamang"),
        ("Tun Tun Aung (Myanmar, gang 3) cuti sakit", "Tun Tun Aung"),
    ],
)
def test_worker_names_found(text: str, name: str) -> None:
    results = MyWorkerNameRecognizer().analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in results] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Kempen Visit Malaysia (Indonesia, 2026) launched",  # a year, no passport
        "Trade Minister (Indonesia, 20260114) met",  # a date, no passport
        "Harga Minyak Sawit (Indonesia) naik",  # nothing after the nationality
        "Rubel Ahmed FIT",  # no nationality
        "Export Volume (Vietnam, 12 tonnes)",  # a quantity
    ],
)
def test_near_misses_not_found(text: str) -> None:
    assert MyWorkerNameRecognizer().analyze(text, ["PERSON"]) == []
