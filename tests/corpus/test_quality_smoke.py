"""A small run of the quality benchmark: our gate leaks less than plain Presidio."""

from __future__ import annotations

import pytest

from residency.corpus import generate
from residency.corpus.evaluate import make_presidio, run_ours, run_presidio, score

LOOSE_LEAK_BOUND = 0.2  # the committed benchmark (bench/results/quality.md) has the real numbers


@pytest.mark.xdist_group("models")
def test_our_leak_rate_is_below_presidios_on_a_small_holdout():
    from residency.detectors.engine import Scanner
    from residency.policies import load_policy

    records = generate(160, 20, split="holdout")
    ours = score(records, run_ours(records, Scanner(), load_policy(["pipl"]))).overall
    presidio = score(records, run_presidio(records, make_presidio())[0]).overall
    assert ours.pii > 40 and ours.clean > 40
    assert ours.leak_rate < presidio.leak_rate
    assert ours.leak_rate < LOOSE_LEAK_BOUND
    assert ours.false_hold_rate < presidio.false_hold_rate
