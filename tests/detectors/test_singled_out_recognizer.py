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
        # Initials pointing at a person, the private matter maybe in the next sentence.
        "Remember T.K.L. from our tuition class? He was admitted to rehab last month.",
        "Puan S.H.A., kerani akaun kami, sedang disiasat kerana pecah amanah.",
        "WZQ，就是楼下修车铺老板的儿子，欠了高利贷跑路了。",
        # A person pointed at by surname, by a quoted nickname, or as a homophone.
        "隔壁单元姓“耳东”的那位阿姨，刚查出来是癌症晚期。",
        "我们部门那位“古月”经理被开除了。",
        "财务的吴晓芬（谐音）在闹离婚。",
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
        # Initials of an organisation or a unit, no pointer to a person.
        "The U.S.A. and the U.K. signed the treaty on drug trafficking.",
        "Flight SQ22 departs at 10:00, gate B.12.",
        # A surname as a topic, no private matter.
        "姓“耳东”的那位老师教我们书法。",
    ],
)
def test_other_mentions_are_not_reported(recognizer: SingledOutPersonRecognizer, text: str) -> None:
    assert recognizer.analyze(text, ["SINGLED_OUT_PERSON"]) == []
