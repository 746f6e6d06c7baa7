"""Chinese-language recognizers: personal names (tagger-based) and structured addresses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def address_recognizers(languages: Iterable[str]) -> list[Any]:
    """ZH_ADDRESS recognizers (regular expressions), one per analyzer language."""
    from residency.detectors.chinese.zh_address_recognizer import ZhAddressRecognizer

    return [ZhAddressRecognizer(language) for language in languages]


def name_recognizers(languages: Iterable[str], tagger_name: str | None = None) -> list[Any]:
    """The costly pass's name recognizers besides English NER: ZH_PERSON recognizers
    sharing one tagger (its model is loaded once), and the given-name gazetteer on the
    text English NER reads (it catches names NER misses: ``Olivia Grant``)."""
    from residency.detectors.chinese.taggers import DEFAULT_TAGGER, make_tagger
    from residency.detectors.chinese.zh_person_recognizer import ZhPersonRecognizer
    from residency.detectors.malaysia.my_given_name_recognizer import MyGivenNameRecognizer

    tagger = make_tagger(tagger_name or DEFAULT_TAGGER)
    out: list[Any] = [ZhPersonRecognizer(language, tagger=tagger) for language in languages]
    out += [MyGivenNameRecognizer(language, with_ner=True) for language in languages]
    return out
