"""The registry, the check-digit helpers and the context rules all country recognizers share."""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from residency.detectors import checksums
from residency.detectors.china.cn_mobile_recognizer import CnMobileRecognizer
from residency.detectors.china.cn_passport_recognizer import CnPassportRecognizer
from residency.detectors.entities import ENTITIES, PHONE_ENTITIES
from residency.detectors.registry import RECOGNIZER_CLASSES, country_recognizers

_CJK = re.compile(r"[\u4e00-\u9fff]")


def test_registry_has_one_instance_per_recognizer_and_language() -> None:
    recognizers = country_recognizers()
    assert len(recognizers) == 2 * len(RECOGNIZER_CLASSES)
    assert {r.supported_language for r in recognizers} == {"en", "zh"}
    assert len({vars(r)["name"] for r in recognizers}) == len(recognizers)
    assert [type(r) for r in country_recognizers(["zh"])] == list(RECOGNIZER_CLASSES)


def test_registry_covers_every_country_entity_in_the_taxonomy() -> None:
    reported = {e for r in country_recognizers(["en"]) for e in r.supported_entities}
    assert reported <= set(ENTITIES)
    country_prefixes = ("CN_", "HK_", "MO_", "TW_", "SG_", "MY_", "DE_", "IT_", "PT_", "ID_")
    country = {e for e in reported if e.startswith(country_prefixes)}
    assert country == {e for e in ENTITIES if e.startswith(country_prefixes)}
    # Names and street addresses are found by their structure; e-mail addresses that
    # Presidio's RFC pattern refuses by a lenient one; handles after their platform;
    # passports of any country after a passport word; Chinese nicknames after a relation;
    # a private person singled out by description; a card number given with its expiry;
    # a student's, an employee's or a member's number after its label; a traveller's
    # number in a booking's contact request; a handset's IMEI or a SIM's IMSI.
    assert reported - country == {
        "PERSON", "ADDRESS", "EMAIL_ADDRESS", "SOCIAL_HANDLE", "PASSPORT", "ZH_PERSON",
        "BANK_ACCOUNT", "SINGLED_OUT_PERSON", "INSURANCE_POLICY", "CREDIT_CARD",
        "MEMBER_NUMBER", "PHONE_NUMBER", "DEVICE_ID",
    }  # fmt: skip


@pytest.mark.parametrize("cls", RECOGNIZER_CLASSES, ids=lambda c: c.__name__)
def test_every_recognizer_has_english_and_chinese_context(cls: type) -> None:
    words = cls().context
    assert any(w.isascii() for w in words)
    assert any(_CJK.search(w) for w in words)


def test_checksums_match_published_examples() -> None:
    assert checksums.luhn("4111111111111111")
    assert checksums.luhn("79927398713")
    assert not checksums.luhn("79927398710")
    assert not checksums.luhn("7992739871a")
    assert checksums.iso7064_mod11_2("11010519491231002X")
    assert not checksums.iso7064_mod11_2("110105194912310021")
    assert checksums.uscc_valid("91350100M000100Y43")
    assert not checksums.uscc_valid("91350100M000100Y44")
    assert checksums.hkid_check_char("A", "123456") == "3"
    assert checksums.tw_id_valid("A123456789")
    assert not checksums.tw_id_valid("A123456788")
    assert checksums.sg_nric_check_char("S", "1234567") == "D"
    assert checksums.sg_nric_check_char("X", "1234567") is None
    assert checksums.valid_date(2000, 2, 29)
    assert not checksums.valid_date(1900, 2, 29)


def _analyze(recognizer: CnMobileRecognizer | CnPassportRecognizer, text: str) -> list:
    return recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)


def test_context_boost_is_recorded_so_presidio_does_not_boost_twice() -> None:
    [result] = _analyze(CnPassportRecognizer(), "护照号码：E12345678")
    assert result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY]
    assert result.analysis_explanation.supportive_context_word == "护照号码"


def test_context_after_the_value_counts() -> None:
    [result] = _analyze(CnPassportRecognizer(), "E12345678 is my passport")
    assert result.score > 0.5


def test_negative_word_only_drops_the_value_it_announces() -> None:
    recognizer = CnMobileRecognizer()
    assert _analyze(recognizer, "快递单号 13905711234") == []
    # a courier's phone number in a delivery note is still personal
    [result] = _analyze(recognizer, "快递员说明天送到，13905711234")
    assert result.score >= 0.5


def test_phone_entities_are_every_telephone_type_of_the_taxonomy() -> None:
    phones = {
        name
        for name, meta in ENTITIES.items()
        if meta.category == "contact"
        and name.endswith(("PHONE", "PHONE_NUMBER", "MOBILE", "LANDLINE"))
    }
    assert phones == PHONE_ENTITIES
