"""The hand-written tuning set: no personal sentence leaks, few public ones are held."""

from __future__ import annotations

import pytest

from residency.corpus.handwritten import CLEAN, PERSONAL, cases

# Measured 28 of 295 (9.5 %) when this test was written and 4 of 447 (0.9 %) with the
# gazetteers and the format set; the bound leaves room for noise but catches a regression
# of the history/organisation filters.
MAX_FALSE_HOLD = 0.03


def test_the_set_is_balanced_across_languages() -> None:
    assert {lang for lang, _ in CLEAN} == {"zh-Hans", "zh-Hant", "en", "ms"}
    assert set(PERSONAL) == {"zh-Hans", "zh-Hant", "en", "ms"}
    texts = [c.text for c in cases()]
    assert len(texts) == len(set(texts))


@pytest.mark.xdist_group("models")
def test_no_leak_and_few_false_holds() -> None:
    from residency.detectors.engine import Scanner
    from residency.policies import infer_jurisdictions, load_policy

    scanner, policy = Scanner(), load_policy(["pipl"])
    all_cases = cases()
    records = [{"id": str(i), "text": c.text} for i, c in enumerate(all_cases)]
    held = []
    for rec, scan in zip(records, scanner.scan_records(records), strict=True):
        juris = infer_jurisdictions(rec, scan, home="CN")
        held.append(policy.decide(scan, juris, record=rec, home="CN").split != "offshore")
    leaked = [c.text for c, h in zip(all_cases, held, strict=True) if c.personal and not h]
    assert leaked == []
    clean = [h for c, h in zip(all_cases, held, strict=True) if not c.personal]
    assert sum(clean) / len(clean) <= MAX_FALSE_HOLD


@pytest.mark.parametrize(
    "name, n_personal, n_clean",
    [
        ("unseen", 92, 107),
        ("later", 39, 50),
        ("december", 45, 55),
        ("blind-en", 76, 110),
        ("blind-zh", 68, 114),
        ("blind-en2", 68, 123),
        ("blind-en3", 68, 123),
        ("blind-en4", 68, 113),
        ("blind-zh2", 68, 122),
        ("blind-mix", 68, 112),
        ("blind-en5", 70, 125),
        ("blind-zh3", 70, 132),
        ("blind-evade", 99, 111),
        ("blind-en6", 70, 154),
        ("blind-zh4", 71, 128),
        ("blind-evade2", 91, 100),
        ("blind-mix2", 69, 144),
        ("blind-evade3", 96, 105),
        ("blind-en7", 58, 111),
        ("blind-zh5", 57, 134),
        ("blind-en8", 46, 86),
        ("blind-zh6", 46, 89),
        ("blind-en9", 65, 135),
        ("blind-evade4", 114, 115),
        ("blind-zh7", 66, 144),
        ("blind-mix3", 67, 110),
        ("blind-en10", 69, 120),
        ("blind-zh8", 68, 133),
        ("blind-en11", 66, 131),
        ("blind-zh9", 66, 134),
        ("blind-evade5", 86, 101),
        ("blind-en12", 60, 102),
        ("blind-zh10", 60, 98),
        ("blind-mix4", 60, 100),
        ("blind-en13", 60, 98),
        ("blind-evade6", 60, 105),
        ("blind-zh11", 65, 107),
        ("blind-mix5", 59, 110),
        ("blind-en14", 59, 109),
        ("blind-zh12", 65, 104),
        ("blind-ms6", 61, 104),
        ("blind-chat7", 58, 99),
        ("blind-zh13", 59, 100),
        ("blind-evade7", 63, 102),
        ("blind-mix6", 58, 111),
        ("blind-en15", 58, 103),
        ("blind-zh14", 59, 103),
        ("blind-en16", 62, 101),
        ("blind-mix7", 60, 100),
        ("blind-ms7", 63, 111),
        ("blind-en17", 64, 106),
        ("blind-zh15", 61, 113),
        ("blind-mix8", 59, 103),
        ("blind-evade8", 65, 108),
        ("blind-zh16", 64, 109),
        ("blind-en18", 61, 112),
        ("blind-ms8", 62, 109),
        ("blind-mix9", 61, 106),
        ("blind-zh17", 61, 115),
        ("blind-en19", 61, 110),
        ("blind-chat8", 64, 113),
        ("blind-evade9", 61, 99),
        ("blind-en20", 59, 106),
        ("blind-zh18", 60, 107),
        ("blind-ms9", 60, 105),
        ("blind-mix10", 62, 100),
        ("blind-mix11", 60, 111),
        ("blind-en21", 61, 106),
        ("blind-chat9", 60, 101),
        ("blind-zh19", 62, 101),
        ("blind-zh20", 65, 103),
        ("blind-ms10", 59, 102),
        ("blind-en22", 62, 108),
        ("blind-evade10", 61, 109),
        ("blind-en23", 66, 108),
        ("blind-zh21", 62, 110),
        ("blind-mix12", 61, 101),
        ("blind-evade11", 62, 112),
        ("blind-en24", 62, 98),
        ("blind-chat10", 60, 101),
        ("blind-mix13", 59, 100),
        ("blind-ms11", 59, 103),
        ("blind-zh22", 59, 108),
        ("blind-chat11", 60, 101),
        ("blind-evade12", 62, 102),
        ("blind-zh23", 62, 105),
        ("blind-mix14", 60, 99),
        ("blind-en25", 59, 110),
        ("blind-evade13", 59, 102),
        ("blind-zh24", 59, 109),
        ("blind-ms12", 60, 104),
        ("blind-en26", 61, 101),
        ("blind-mix15", 60, 100),
        ("blind-mix16", 60, 100),
        ("blind-zh25", 60, 102),
        ("blind-en27", 60, 107),
        ("blind-en28", 59, 102),
        ("blind-mix17", 59, 101),
        ("blind-chat12", 61, 102),
        ("blind-zh26", 59, 102),
        ("blind-ms13", 59, 101),
        ("blind-zh27", 60, 104),
        ("blind-evade14", 63, 104),
        ("blind-en29", 59, 100),
        ("blind-zh28", 64, 103),
        ("blind-en30", 60, 100),
        ("blind-mix18", 60, 104),
        ("blind-chat13", 61, 100),
        ("blind-zh29", 58, 103),
        ("blind-ms14", 60, 100),
        ("blind-en31", 60, 102),
        ("blind-mix19", 62, 100),
        ("blind-zh30", 59, 100),
        ("blind-en32", 60, 100),
        ("blind-evade15", 62, 100),
        ("blind-chat14", 59, 100),
        ("blind-mix20", 59, 100),
        ("blind-zh31", 59, 100),
        ("blind-en33", 60, 102),
        ("blind-zh32", 61, 100),
        ("blind-ms15", 61, 104),
        ("blind-chat15", 60, 100),
        ("blind-zh33", 60, 100),
        ("blind-en34", 60, 100),
        ("blind-mix21", 60, 100),
        ("blind-ms16", 60, 100),
        ("blind-zh34", 60, 100),
        ("blind-en35", 61, 102),
        ("blind-mix22", 60, 100),
        ("blind-chat16", 60, 100),
        ("blind-zh35", 60, 100),
        ("blind-en36", 60, 100),
        ("blind-mix23", 60, 100),
        ("blind-evade16", 60, 100),
        ("blind-zh36", 60, 100),
        ("blind-en37", 60, 100),
        ("blind-ms17", 60, 100),
        ("blind-chat17", 60, 101),
        ("blind-zh37", 60, 100),
        ("blind-en38", 60, 100),
        ("blind-mix24", 60, 100),
        ("blind-evade17", 60, 100),
        ("blind-zh38", 60, 100),
        ("blind-en39", 60, 100),
        ("blind-ms18", 60, 100),
        ("blind-chat18", 60, 103),
        ("blind-zh39", 60, 101),
        ("blind-en40", 60, 100),
        ("blind-mix25", 60, 99),
        ("blind-chat19", 60, 103),
        ("blind-zh40", 60, 100),
        ("blind-en41", 60, 102),
        ("blind-mix26", 60, 100),
        ("blind-evade18", 60, 103),
        ("blind-zh41", 60, 100),
        ("blind-en42", 60, 102),
        ("blind-ms19", 60, 102),
        ("blind-chat20", 61, 100),
        ("blind-zh42", 60, 100),
        ("blind-en43", 60, 100),
        ("blind-mix27", 60, 100),
        ("blind-chat21", 60, 100),
        ("blind-zh43", 60, 100),
        ("blind-en44", 60, 100),
        ("blind-ms20", 60, 100),
        ("blind-evade19", 60, 100),
        ("blind-zh44", 60, 100),
        ("blind-en45", 60, 100),
        ("blind-mix28", 60, 100),
        ("blind-chat22", 60, 100),
        ("blind-zh45", 60, 100),
        ("blind-en46", 60, 100),
        ("blind-ms21", 60, 100),
        ("blind-evade20", 60, 100),
        ("blind-zh46", 60, 100),
        ("blind-en47", 60, 104),
        ("blind-mix29", 60, 100),
        ("blind-chat23", 60, 100),
        ("blind-en48", 60, 100),
        ("blind-zh47", 60, 100),
        ("blind-ms22", 60, 100),
        ("blind-mix30", 60, 100),
        ("blind-en49", 60, 102),
        ("blind-zh48", 60, 102),
        ("blind-chat24", 60, 100),
        ("blind-evade21", 60, 100),
        ("blind-en50", 60, 100),
        ("blind-zh49", 60, 100),
        ("blind-ms23", 60, 100),
        ("blind-mix31", 60, 100),
        ("blind-en51", 60, 100),
        ("blind-zh50", 60, 100),
        ("blind-ms24", 60, 101),
        ("blind-chat25", 60, 100),
        ("blind-en52", 60, 100),
        ("blind-zh51", 60, 100),
        ("blind-mix32", 60, 100),
        ("blind-evade22", 60, 100),
        ("blind-en53", 61, 100),
        ("blind-zh52", 60, 100),
        ("blind-ms25", 60, 100),
        ("blind-chat26", 60, 100),
        ("blind-en54", 60, 100),
        ("blind-zh53", 60, 100),
        ("blind-mix33", 60, 101),
        ("blind-chat27", 60, 100),
        ("blind-en55", 60, 100),
        ("blind-zh54", 60, 100),
        ("blind-ms26", 60, 100),
        ("blind-mix34", 60, 101),
        ("blind-en56", 60, 100),
        ("blind-zh55", 60, 100),
        ("blind-chat28", 60, 101),
        ("blind-evade23", 60, 102),
        ("blind-en57", 60, 100),
        ("blind-zh56", 60, 100),
        ("blind-ms27", 61, 100),
        ("blind-mix35", 60, 100),
        ("blind-en58", 60, 100),
        ("blind-zh57", 60, 100),
        ("blind-chat29", 60, 100),
        ("blind-evade24", 60, 100),
        ("blind-en59", 61, 100),
        ("blind-zh58", 60, 100),
        ("blind-ms28", 61, 101),
        ("blind-mix36", 60, 100),
        ("blind-chat30", 60, 100),
        ("blind-evade25", 60, 100),
        ("blind-zh59", 60, 100),
        ("blind-ms29", 60, 100),
        ("blind-en60", 60, 100),
        ("blind-zh60", 61, 102),
        ("blind-mix37", 60, 100),
        ("blind-chat31", 60, 100),
        ("blind-en61", 60, 100),
        ("blind-zh61", 60, 100),
        ("blind-ms30", 61, 100),
        ("blind-evade26", 60, 100),
        ("blind-en62", 60, 100),
        ("blind-zh62", 60, 100),
        ("blind-ms31", 60, 100),
        ("blind-chat32", 61, 100),
        ("blind-en63", 60, 100),
        ("blind-zh63", 60, 103),
        ("blind-mix38", 60, 100),
        ("blind-evade27", 60, 105),
        ("blind-en64", 63, 101),
        ("blind-zh64", 61, 100),
        ("blind-ms32", 60, 104),
        ("blind-chat33", 61, 100),
    ],
)
def test_the_check_sets_are_whole_and_build_chat_records(
    name: str, n_personal: int, n_clean: int
) -> None:
    from residency.corpus.handwritten import unseen_cases

    check = unseen_cases(name)
    assert sum(c.personal for c in check) == n_personal
    assert sum(not c.personal for c in check) == n_clean
    chats = [c for c in check if c.turns]
    assert chats and all(c.personal and c.text == "" for c in chats)
    roles = {"system", "user", "assistant"}
    assert all(
        isinstance(turn, tuple) and turn[0] in roles and isinstance(turn[1], str) and turn[1]
        for c in chats
        for turn in c.turns
    ), "a chat turn must be a (role, content) tuple"
    record = chats[0].record("7")
    assert record["id"] == "7" and isinstance(record["messages"], list)
    texts = [c.text for c in check if not c.turns]
    assert len(texts) == len(set(texts))
