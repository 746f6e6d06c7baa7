"""The Presidio result the Chinese recognizers report, with explanation and metadata."""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, RecognizerResult


def recognizer_result(
    name: str, recognizer_id: str, entity_type: str, start: int, end: int, score: float, why: str
) -> RecognizerResult:
    """A result carrying the recognizer's name and id, as Presidio's own recognizers do."""
    return RecognizerResult(
        entity_type=entity_type,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=name, original_score=score, textual_explanation=why
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer_id,
        },
    )
