"""Precision/recall of the Chinese recognizers on :mod:`.labelled_set`, per tagger.

Run: ``python -P -m residency.detectors.chinese.evaluate`` (prints a Markdown table).
"""

from __future__ import annotations

import time

from residency.detectors.chinese.labelled_set import ITEMS
from residency.detectors.chinese.taggers import make_tagger
from residency.detectors.chinese.zh_address_recognizer import ZhAddressRecognizer
from residency.detectors.chinese.zh_person_recognizer import ZhPersonRecognizer

THRESHOLD = 0.5


def evaluate(tagger_name: str) -> dict[str, tuple[int, int, int]]:
    person = ZhPersonRecognizer("zh", tagger=make_tagger(tagger_name))
    address = ZhAddressRecognizer("zh")
    counts: dict[str, list[int]] = {"ZH_PERSON": [0, 0, 0], "ZH_ADDRESS": [0, 0, 0]}
    for text, gold in ITEMS:
        found = {
            (r.entity_type, text[r.start : r.end])
            for rec, ent in ((person, "ZH_PERSON"), (address, "ZH_ADDRESS"))
            for r in rec.analyze(text, [ent])
            if r.score >= THRESHOLD
        }
        for entity, c in counts.items():
            g = {x for x in gold if x[0] == entity}
            f = {x for x in found if x[0] == entity}
            c[0] += len(g & f)  # true positives
            c[1] += len(f - g)  # false positives
            c[2] += len(g - f)  # false negatives
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}


def main() -> None:
    print("| tagger | entity | precision | recall | TP | FP | FN | ms/item |")
    print("|---|---|---|---|---|---|---|---|")
    for name in ("jieba", "lac"):
        make_tagger(name)  # load once outside the timing
        t0 = time.perf_counter()
        result = evaluate(name)
        ms = (time.perf_counter() - t0) * 1000 / len(ITEMS)
        for entity, (tp, fp, fn) in result.items():
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            print(f"| {name} | {entity} | {p:.2f} | {r:.2f} | {tp} | {fp} | {fn} | {ms:.1f} |")


if __name__ == "__main__":
    main()
