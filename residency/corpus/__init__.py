"""A seeded, labelled development corpus: personal data, clean text, hard negatives, evasions.

``generate(n, seed, split="dev"|"holdout")`` returns :class:`LabelledRecord` objects;
``python -m residency.corpus --n 2000 --seed 7 --split holdout --out x.jsonl`` writes them.
All values are synthetic (valid check digits, invented names); nothing describes a real
person.
"""

from residency.corpus.generator import (
    LANGUAGES,
    SPLITS,
    Decoy,
    Label,
    LabelledRecord,
    generate,
    generate_evasion,
    iter_fields,
    templates_for,
)

__all__ = [
    "LANGUAGES",
    "SPLITS",
    "Decoy",
    "Label",
    "LabelledRecord",
    "generate",
    "generate_evasion",
    "iter_fields",
    "templates_for",
]
