"""Identifiers split across a chat's turns are found; unrelated short turns are not joined.

Each case is a chat (role, content) and the entity types expected among the findings (an
empty set: no finding at all).  Values are synthetic (valid check digits, no subscriber).
"""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner
from residency.detectors.turns import (
    EDGE,
    MAX_REPLY,
    TURN_BREAK,
    chat_turns,
    reply_windows,
    turn_windows,
)

U, A = "user", "assistant"

CASES: list[tuple[list[tuple[str, str]], set[str]]] = [
    # Split across consecutive user turns, the assistant's turn in between.
    ([(U, "我的手机是138"), (A, "好的，请继续"), (U, "2645"), (U, "1937")], {"CN_MOBILE"}),
    ([(U, "update my IC"), (A, "Sure."), (U, "880315"), (U, "14-5523")], {"MY_MYKAD"}),
    ([(U, "nombor telefon saya 019"), (A, "Baik."), (U, "772"), (U, "0561")], {"MY_PHONE"}),
    (
        [(U, "email me at"), (A, "Sure."), (U, "wenhui.lim"), (U, "at gmail dot com")],
        {"EMAIL_ADDRESS"},
    ),
    ([(U, "身分證字號 H13375920"), (A, "還差一碼"), (U, "3")], {"TW_NATIONAL_ID"}),
    ([(U, "NRIC starts with S774"), (A, "And the rest?"), (U, "5120Z")], {"SG_NRIC_FIN"}),
    # An ellipsis carrying the number into the next turn; Chinese numerals around a label.
    ([(U, "電話是0912…"), (U, "…345678，謝謝")], {"TW_PHONE"}),
    ([(U, "手機前四碼〇九一二"), (U, "後面是三四五六七八")], {"TW_PHONE"}),
    ([(U, "Which years?"), (U, "2019..."), (U, "...2021")], set()),
    # Keycap digits (digit, U+FE0F, U+20E3) ending one turn and starting the next.
    (
        [
            (U, "fon saya 0\ufe0f\u20e31\ufe0f\u20e34\ufe0f\u20e3"),
            (A, "ok"),
            (
                U,
                "1\ufe0f\u20e38\ufe0f\u20e36\ufe0f\u20e37\ufe0f\u20e3 2\ufe0f\u20e36\ufe0f\u20e34\ufe0f\u20e3",
            ),
        ],
        {"MY_PHONE"},
    ),
    (
        [
            (U, "call me 8\ufe0f\u20e34\ufe0f\u20e35\ufe0f\u20e34\ufe0f\u20e3"),
            (A, "and?"),
            (U, "6\ufe0f\u20e31\ufe0f\u20e31\ufe0f\u20e36\ufe0f\u20e3 thanks"),
        ],
        {"SG_PHONE"},
    ),
    ([(U, "rating 5\ufe0f\u20e3"), (A, "ok"), (U, "4\ufe0f\u20e3 for service")], set()),
    # A number's pieces joined by a word across turns.
    ([(U, "nombor saya 019 kemudian"), (A, "ok"), (U, "772 kemudian 0561")], {"MY_PHONE"}),
    # A mailbox name after an e-mail word, its domain in a later turn.
    ([(U, "my email is yovb931"), (A, "Which domain?"), (U, "sina dot com")], {"EMAIL_ADDRESS"}),
    ([(U, "emel saya nurul_huda88"), (A, "Domain?"), (U, "yahoo")], {"EMAIL_ADDRESS"}),
    ([(U, "my email is down"), (A, "Which provider?"), (U, "gmail, since 2019")], set()),
    # An HKID's letter, digits and bracketed check digit in three turns, all in words.
    (
        [(U, "香港身份證字母係 Q"), (A, "好"), (U, "六七五二五五"), (A, "嗯"), (U, "括號八")],
        {"HK_HKID"},
    ),
    ([(U, "選 B"), (A, "好"), (U, "六七五二五五"), (A, "嗯"), (U, "括號三")], set()),
    # A long turn: only its edge next to the boundary is joined.
    ([(U, "x" * 300 + " my phone is 138"), (U, "2645 1937 " + "y" * 300)], {"CN_MOBILE"}),
    # A card number typed in groups goes on in groups in the next turn (not glued into
    # one long group); an invalid one stays unfound.
    ([(U, "卡号"), (A, "请说"), (U, "6276 1698 7168"), (U, "9763")], {"CN_BANK_CARD"}),
    ([(U, "my card no"), (U, "6269 7880"), (U, "9320 8190")], {"CN_BANK_CARD"}),
    ([(U, "卡号"), (U, "6276 1698 7168"), (U, "9764")], set()),
    # A resident id in three labelled parts over three turns; a wrong check digit.
    (
        [(U, "身份证前六位 350912"), (U, "出生日期 19811230"), (U, "后四位 6815")],
        {"CN_RESIDENT_ID"},
    ),
    ([(U, "身份证前六位 350912"), (U, "出生日期 19811230"), (U, "后四位 6816")], set()),
    # A MyKad's birth date in digits, the rest in words in the next turn.
    ([(U, "mykad saya 911125"), (U, "zero three, seven zero one zero")], {"MY_MYKAD"}),
    # A mailbox name after ``e-mail 係``, the domain in full-width letters later.
    ([(U, "e-mail 係 jcnv_fezz"), (A, "@之後呢"), (U, "ｙａｈｏｏ．ｃｏｍ")], {"EMAIL_ADDRESS"}),
    ([(U, "e-mail 係 v2_final 嗰份"), (A, "收到")], set()),
    # Near misses: short numeric answers to unrelated questions, across roles.
    ([(U, "How many apples?"), (A, "3"), (U, "And pears?"), (A, "12")], set()),
    ([(U, "Which year?"), (U, "2019"), (U, "and the page is 214")], set()),
    ([(U, "Version?"), (A, "3.11"), (U, "and 2.7?"), (A, "2.7.18")], set()),
    ([(U, "order 4412"), (A, "ok"), (U, "qty 3")], set()),
    # A short reply to the other role's question for an identifier: read with the question.
    ([(U, "我要订机票"), (A, "请提供乘机人的护照号码。"), (U, "E23419876")], {"CN_PASSPORT"}),
    (
        [(A, "Names exactly as in the passports, please."), (U, "me: ONG KAH SENG A48812365")],
        {"PASSPORT"},
    ),
    # ... but not a reply to a question about something else, or a long turn's middle.
    ([(U, "我要订机票"), (A, "请问几位乘客？"), (U, "E23419876")], set()),
    ([(A, "Which flight?"), (U, "MH370 or SQ321, and seat 12A")], set()),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.xdist_group("models")
def test_split_identifiers_are_found_and_unrelated_turns_are_not_joined(
    scanner: Scanner,
) -> None:
    records = [
        {"id": str(i), "messages": [{"role": r, "content": c} for r, c in turns]}
        for i, (turns, _) in enumerate(CASES)
    ]
    wrong = []
    for i, ((_, expected), scan) in enumerate(
        zip(CASES, scanner.scan_records(records), strict=True)
    ):
        found = {f.entity_type for f in scan.findings}
        if (not expected and found) or not expected <= found:
            wrong.append(f"case {i}: expected {sorted(expected)}, found {sorted(found)}")
    assert wrong == []


def test_findings_are_reported_in_the_turn_where_they_start() -> None:
    record = {"messages": [{"role": U, "content": "tel 138"}, {"role": U, "content": "26451937"}]}
    (window,) = turn_windows(chat_turns(record, "messages")[U])
    assert window.text == "tel 138\u200b26451937"  # digits on both sides: glued
    assert window.locate(4, 16) == ("messages[0].content", 4, 7)
    assert window.locate(8, 16) is None  # inside one turn: found by the field's own scan
    assert window.locate(0, 3) is None


def test_long_turns_contribute_only_their_edges() -> None:
    turns = [("a", "x" * 500), ("b", "y" * 500), ("c", "short")]
    windows = turn_windows(turns)
    assert [[(p.path, p.offset, len(p.text)) for p in w.pieces] for w in windows] == [
        [("a", 500 - EDGE, EDGE), ("b", 0, EDGE)],
        [("b", 500 - EDGE, EDGE), ("c", 0, 5)],
    ]


def test_roles_are_kept_apart_and_odd_messages_skipped() -> None:
    record = {
        "messages": [
            {"role": U, "content": "a"},
            {"role": A, "content": "b"},
            "not a message",
            {"role": U, "content": None},
            {"role": U, "content": "c"},
        ]
    }
    assert chat_turns(record, "messages") == {
        U: [("messages[0].content", "a"), ("messages[4].content", "c")],
        A: [("messages[1].content", "b")],
    }
    assert chat_turns({"messages": "text"}, "messages") == {}


def test_sharegpt_and_other_chat_shapes_are_joined_too() -> None:
    record = {
        "conversations": [
            {"from": "human", "value": "a"},
            {"from": "gpt", "value": "b"},
            {"from": "human", "value": "c"},
        ],
        "dialog": [{"speaker": "A", "text": "d"}, {"speaker": "A", "utterance": "e"}],
    }
    assert chat_turns(record, "messages") == {
        "conversations/human": [("conversations[0].value", "a"), ("conversations[2].value", "c")],
        "conversations/gpt": [("conversations[1].value", "b")],
        "dialog/A": [("dialog[0].text", "d"), ("dialog[1].utterance", "e")],
    }


@pytest.mark.xdist_group("models")
def test_a_number_split_over_sharegpt_turns_is_found(scanner: Scanner) -> None:
    turns = [("human", "我手機前面是 0912"), ("gpt", "好的，後面呢？"), ("human", "345 678")]
    record = {"id": "1", "conversations": [{"from": r, "value": v} for r, v in turns]}
    (scan,) = scanner.scan_records([record])
    assert [(f.entity_type, f.field) for f in scan.findings] == [
        ("TW_PHONE", "conversations[0].value")
    ]


def test_a_short_reply_is_windowed_with_the_question_of_the_other_role() -> None:
    question = "x" * 100 + " What is your passport number?"
    record = {
        "messages": [
            {"role": U, "content": "book a flight"},
            {"role": A, "content": question},
            {"role": U, "content": "A48812365"},
            {"role": U, "content": "thanks"},  # same role: no window
            {"role": A, "content": "Noted."},  # no question for an identifier: no window
            {"role": A, "content": "And the card number?"},
            {"role": U, "content": "4" * (MAX_REPLY + 1)},  # too long a reply
        ]
    }
    (window,) = reply_windows(record, "messages")
    assert window.text == question[-EDGE:] + TURN_BREAK + "A48812365"
    start = len(window.text) - len("A48812365")
    assert window.locate_reply(start, start + 9) == ("messages[2].content", 0, 9)
    assert window.locate_reply(0, 5) is None  # in the question: its own field's finding


@pytest.mark.xdist_group("models")
def test_a_list_of_travellers_answering_a_passport_question_is_read_with_it(
    scanner: Scanner,
) -> None:
    # A reply of a few lines (longer than a one-line answer, within MAX_REPLY).
    reply = "\n".join(
        [
            "HO KAH MENG (adult) A51730284",
            "LAU SIEW PENG (adult) A51730276",
            "HO YI LIN 14/02/2016 A62281907",
            "HO YI SHENG 09/09/2019 A62281915",
            "TAN AH LEK (senior) A49917730",
        ]
    )
    assert 2 * EDGE < len(reply) <= MAX_REPLY
    turns = [
        ("user", "Need flights KUL to Sydney for four of us in March"),
        (
            "assistant",
            "Sure. Please send every traveller's name as in the passport, with the passport numbers.",
        ),
        ("user", reply),
    ]
    record = {"id": "1", "messages": [{"role": r, "content": c} for r, c in turns]}
    (scan,) = scanner.scan_records([record])
    found = {(f.entity_type, f.field) for f in scan.findings}
    assert ("PASSPORT", "messages[2].content") in found
