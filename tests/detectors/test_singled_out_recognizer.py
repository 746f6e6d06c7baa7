"""A private person singled out by description (:mod:`residency.detectors.singled_out_recognizer`)."""

from __future__ import annotations

import pytest

from residency.detectors.singled_out_recognizer import SingledOutPersonRecognizer


@pytest.fixture(scope="module")
def recognizer() -> SingledOutPersonRecognizer:
    return SingledOutPersonRecognizer()


@pytest.mark.parametrize(
    "text",
    [
        "The only night-shift nurse in Ward 7B was suspended after the audit.",
        "Our only Indian intern in the Ipoh branch has been diagnosed with depression.",
        "He is the headmaster of the only Chinese school in Bentong and owes the bank RM80,000.",
        "Satu-satunya guru lelaki di sekolah itu ditangkap kerana dadah.",
        "公司唯一的女司机上个月离婚了，大家别在群里议论。",
    ],
)
def test_a_singled_out_person_with_a_private_matter_is_found(
    recognizer: SingledOutPersonRecognizer, text: str
) -> None:
    found = recognizer.analyze(text, ["SINGLED_OUT_PERSON"])
    assert [r.entity_type for r in found] == ["SINGLED_OUT_PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        # No private matter in the sentence.
        "She was the only female engineer on the team in 1998 and later became CTO.",
        "SJK(T) Ladang is the only Tamil school in the district.",
        "公司唯一的女司机开车最稳。",
        # A private matter in another sentence.
        "The only cashier on duty was friendly. Another shop's staff were fired.",
        # A story's people.
        "Once upon a time, the only daughter of a rich merchant fell ill with cancer.",
        # Not a person of a group.
        "The only way to stop the drugs trade is education.",
    ],
)
def test_other_mentions_are_not_reported(recognizer: SingledOutPersonRecognizer, text: str) -> None:
    assert recognizer.analyze(text, ["SINGLED_OUT_PERSON"]) == []
