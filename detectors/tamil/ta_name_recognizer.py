"""Names in Tamil script after an honorific or a relation (திருமதி வள்ளியம்மை பெரியசாமி,
என் மகள் ஹரிணி சுரேஷ், செல்வன் அ. பிரகாஷ்).

Tamil is an official language of Singapore and widely written in Malaysia; neither the
English NER nor the Chinese tagger reads it.  As in English and Malay text, a word of
address or of kinship before one to three Tamil words marks them as somebody's name:
திரு./திருமதி/செல்வன்/செல்வி (Mr, Mrs, Master, Miss), டாக்டர் (Dr), and மகள்/மகன்
(daughter, son), தம்பி/தங்கை/அண்ணன்/அக்கா (younger and elder siblings), மனைவி/கணவர்
(wife, husband), மாணவி/மாணவன் (pupil); not "teacher" (ஆசிரியர் சங்கம் is a parent-teacher
association), nor the novel பொன்னியின் செல்வன்.  An initial with a dot
may open the name (அ. பிரகாஷ்).  Findings are ``PERSON``.
"""

from __future__ import annotations

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

# One Tamil word: letters and their vowel signs (U+0B80-U+0BFF), two or more.
_TA_WORD = r"[\u0B80-\u0BFF]{2,}"
TAMIL_NAME_CUES = (
    "திருமதி",
    "திரு.",
    "திரு",
    "செல்வன்",
    "செல்வி",
    "டாக்டர்",
    "மகள்",
    "மகன்",
    "தம்பி",
    "தங்கை",
    "அண்ணன்",
    "அக்கா",
    "மனைவி",
    "கணவர்",
    "மாணவி",
    "மாணவன்",
)
_CUE = "|".join(sorted((c.replace(".", r"\.") for c in TAMIL_NAME_CUES), key=len, reverse=True))
# A cue and the space after it, and an initial that may open the name (அ. பிரகாஷ்).
_CUE_THEN_SPACE = rf"(?<![\u0B80-\u0BFF])(?<!பொன்னியின் )(?:{_CUE})[\s:：]{{1,2}}"
_INITIAL = r"(?:[\u0B80-\u0BFF]{1,2}\.\s?)?"
# A cue right before a name (what :mod:`residency.detectors.person_filter` keeps a Tamil
# span by: the English NER's Tamil spans have none).
CUE_BEFORE = _CUE_THEN_SPACE + _INITIAL + "$"


class TaNameRecognizer(CountryPatternRecognizer):
    """One to three Tamil words (maybe after an initial) right after a Tamil word of
    address or of kinship (see module)."""

    ENTITY = "PERSON"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "Tamil name after a title or a relation",
            rf"(?<={_CUE_THEN_SPACE}){_INITIAL}{_TA_WORD}(?:\s{_TA_WORD}){{0,2}}"
            r"(?![\u0B80-\u0BFF])",
            0.6,
        ),
    ]
    # (the cue is part of the pattern; these only satisfy the base class)
    CONTEXT = ["name"]
    CONTEXT_ZH = ["姓名"]
