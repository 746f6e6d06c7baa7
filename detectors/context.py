"""Context words by character window, for Chinese as well as English.

Presidio's default enhancer compares context words with the spaCy lemmas of the words
before a match; Chinese has no spaces (``联系电话：13812345678`` is one English token) and
our lean NLP engine has no lemmatizer, so this enhancer looks for each recognizer's
``context`` words in the characters around the match instead: Latin words on word
boundaries (``tel`` does not match ``hotel``), Han words anywhere in the window.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

WINDOW_BEFORE = 40
WINDOW_AFTER = 12


class WindowContextEnhancer(ContextAwareEnhancer):
    def __init__(
        self,
        context_similarity_factor: float = 0.35,
        min_score_with_context_similarity: float = 0.4,
        window_before: int = WINDOW_BEFORE,
        window_after: int = WINDOW_AFTER,
    ) -> None:
        super().__init__(
            context_similarity_factor=context_similarity_factor,
            min_score_with_context_similarity=min_score_with_context_similarity,
            context_prefix_count=window_before,
            context_suffix_count=window_after,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id = {r.id: r for r in recognizers}
        extra = tuple(context or ())
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            if metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, ""))
            words = tuple(getattr(recognizer, "context", None) or ()) + extra
            if not words:
                continue
            window = (
                text[max(0, result.start - self.context_prefix_count) : result.start]
                + " "
                + text[result.end : result.end + self.context_suffix_count]
            )
            found = _pattern(words).search(_NO_CONTEXT.sub(" ", window))
            if not found:
                continue
            result.score = min(
                max(
                    result.score + self.context_similarity_factor,
                    self.min_score_with_context_similarity,
                ),
                ContextAwareEnhancer.MAX_SCORE,
            )
            metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            result.recognition_metadata = metadata
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(found.group(0))
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results


# Words that hold a context word but are none (业绩电话会 "earnings call": no phone).
_NO_CONTEXT = re.compile(r"电话会议?|電話會議?|(?i:conference call|earnings call)")


@lru_cache(maxsize=512)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    from residency.detectors.country_base import first_character_guard

    parts = []
    kept = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    for w in kept:
        escaped = re.escape(w)
        parts.append(rf"(?<![a-z]){escaped}(?![a-z])" if w.isascii() else escaped)
    if not parts:
        return re.compile(r"(?!)", re.IGNORECASE)
    # Tried only where a word's first character stands (as the country recognizers do).
    return re.compile(first_character_guard(kept) + f"(?:{'|'.join(parts)})", re.IGNORECASE)
