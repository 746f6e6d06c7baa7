"""Classes of misses found by probing Traditional-Chinese phrasings and split identifiers
(the ``--december`` check set's areas): each table holds values that must be found, and
near misses that must not be."""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner
from residency.detectors.normalize import normalize


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _types(scanner: Scanner, text: str) -> set[str]:
    (scan,) = scanner.scan_records([{"id": "1", "text": text}])
    return {f.entity_type for f in scan.findings}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A full-width bar (a field separator in tickets and tables) beside a split value.
        ("客服單｜電話 6460.200.5｜狀態", "客服單|電話 64602005|狀態"),
        ("行動電話 09.417.237.29｜狀態", "行動電話 0941723729|狀態"),
        ("|138 1234 5678|", "|13812345678|"),
        ("a | 12 | 34 | 5678 |", "a | 12 | 34 | 5678 |"),
        # Still a look-alike 1 right between two digits.
        ("138|2345678", "13812345678"),
    ],
)
def test_a_bar_is_a_digit_only_between_digits(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text, entity",
    [
        ("客服單 #5521｜行動電話 09.417.237.29｜狀態：處理中", "TW_PHONE"),
        ("客服單 #5521｜電話 5932_79_2_6｜狀態：處理中", "HK_PHONE"),
        ("工單｜身分證字號 G27-70-08-76-4｜處理中", "TW_NATIONAL_ID"),
        ("客服單｜IC 630_404_06_4518｜狀態：處理中", "MY_MYKAD"),
    ],
)
def test_split_values_between_bars_are_found(scanner: Scanner, text: str, entity: str) -> None:
    assert entity in _types(scanner, text)


@pytest.mark.parametrize(
    "text, entity",
    [
        # Taiwan ids of Hsinchu City (O) and Chiayi City (I): the letter is no look-alike 0/1.
        ("身分證字號 O.26.815.4.287~", "TW_NATIONAL_ID"),
        ("身分證字號是I17.39.9828.9喔", "TW_NATIONAL_ID"),
        ("身分證字號...O 257 066 105...", "TW_NATIONAL_ID"),
        ("ID no. I257-4-4426-0.", "TW_NATIONAL_ID"),
        ("資料如下：Il4O479662", "TW_NATIONAL_ID"),  # ... and look-alike digits after it
        # An English phone word glued to Chinese or "_" still makes a dotted quad a phone.
        ("HP是99.51.55.67喔", "SG_PHONE"),
        ("HP_68.139.1.55", "SG_PHONE"),
        # A lone digit group before a bare 60 makes one split MyKad, not +60 and a phone.
        ("【IC】9 60 6 0 1078 693", "MY_MYKAD"),
        ("IC - 9 60 4 2 0 1127 60 - 謝謝", "MY_MYKAD"),
    ],
)
def test_split_ids_after_probe_fixes_are_found(scanner: Scanner, text: str, entity: str) -> None:
    assert entity in _types(scanner, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("O2 2345 6789", "0223456789"),  # no valid Taiwan id: O is a look-alike 0
        ("O912345678", "0912345678"),
        ("60 12-338 4719", "+60123384719"),  # a bare country code still gets its +
        ("hotel 12.34.56.78", "hotel 12.34.56.78"),  # 'tel' inside a word: an IP stays
        ("HP是99.51.55.67喔", "HP是99515567喔"),
    ],
)
def test_near_misses_of_the_probe_fixes(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("我的LINE ID 是 jiawei_0412，有事直接密我。", True),
        ("我的 LINE 是 meiling.chen88", True),
        ("LINE: meiling", True),  # a plain lower-case word after an explicit colon
        ("加賴 ayu_0302", True),
        ("LINE帳號：tw.kevin", True),
        ("Line: Tsuen Wan", False),  # a railway line in capitals
        ("line 42 of the file", False),  # a number: a line number
        ("the line is busy", False),
        ("Take the MTR Island Line to Central.", False),
        ("Use readline() to read a line.", False),
        ("print each line.strip()", False),
        ("LINE@ 官方帳號 @starbucks", False),  # an official account is a business's
        ("賴清德今天出席活動。", False),  # 賴 alone is a surname
    ],
)
def test_line_ids_need_a_line_word_right_before(scanner: Scanner, text: str, found: bool) -> None:
    assert ("TW_LINE_ID" in _types(scanner, text)) is found


def _chat_types(scanner: Scanner, *turns: tuple[str, str]) -> set[str]:
    record = {"id": "1", "messages": [{"role": r, "content": c} for r, c in turns]}
    (scan,) = scanner.scan_records([record])
    return {f.entity_type for f in scan.findings}


def test_an_order_word_ending_one_turn_does_not_silence_the_next(scanner: Scanner) -> None:
    turns = [("user", "幫我查訂單"), ("assistant", "請提供手機號碼"), ("user", "0981.602"),
             ("user", ".473")]  # fmt: skip
    assert "TW_PHONE" in _chat_types(scanner, *turns)
    # ... while a label ending a turn still announces a value split over the next two,
    assert "MY_MYKAD" in _chat_types(
        scanner, ("user", "my ic"), ("user", "950612"), ("user", "01-5238")
    )
    # and inside one turn the order word still makes the number an order number.
    assert "TW_PHONE" not in _types(scanner, "訂單 0981602473")


@pytest.mark.parametrize(
    "before, joiner",
    [("幫我查訂單", "\x1e"), ("my ic", " "), ("0981.602", " "), ("9967 ", "\u200b"),
     ("幺三八", " "), ("好的。", "\x1e"), ("S.", "\u200b"), ("", " "), ("3.11", " ")],
)  # fmt: skip
def test_turns_join_with_a_break_only_where_no_identifier_continues(
    before: str, joiner: str
) -> None:
    from residency.detectors.turns import Piece, Window

    window = Window((Piece("a", 0, before), Piece("b", 0, "7x")))
    assert window.text == before + joiner + "7x"


@pytest.mark.parametrize(
    "text, held",
    [
        # A business's customer-service, booking or switchboard line identifies nobody.
        ("如有疑問請致電客服專線 6222 8888，我們將盡快回覆。", False),
        ("客服電話：6535 3333（週一至週五 9:00-18:00）", False),
        ("服務專線 1800 222 2222", False),
        ("訂位專線：(02) 2712-3456", False),
        ("本公司總機 03-7712 3456", False),
        ("誠品書店敦南店電話 (02) 2775-5977", False),
        ("Call centre: 6222 8888 (Mon-Fri)", False),
        ("Untuk pertanyaan, hubungi talian khidmat pelanggan 03-7712 3456.", False),
        # ... but a person's number stays held, with a service word elsewhere or not.
        ("客服專員陳小姐的手機 0912-345-678", True),
        ("店長電話 0912-345-678", True),
        ("call 9123 4567 to reach Ms Tan", True),
        ("contact 9123 4567", True),
    ],
)
def test_service_lines_are_an_organisations(scanner: Scanner, text: str, held: bool) -> None:
    phones = {"HK_PHONE", "SG_PHONE", "TW_PHONE", "MY_PHONE", "CN_MOBILE", "PHONE_NUMBER"}
    assert bool(_types(scanner, text) & phones) is held


@pytest.mark.parametrize(
    "text, entity, found",
    [
        # A spaced ISBN has a US ITIN's shape; an ITIN is announced by its context.
        ("The ISBN 978 65 1234 5678 edition is out of print.", "US_ITIN", False),
        ("my ITIN is 978-65-1234", "US_ITIN", True),
        # Four dotted numbers inside a longer dotted run are an OID or a build, not an IP.
        ("The OID 1.3.6.1.4.1.311.21.8 identifies the template.", "IP_ADDRESS", False),
        # A phone-shaped run glued to a product code's segment is part of the code ...
        ("商品貨號 NB-0912-335-678，顏色：霧黑。", "TW_PHONE", False),
        ("SKU/6222 8888 is out of stock", "HK_PHONE", False),
        # ... but not after a phone word or a Chinese label.
        ("HP-0912 345 678", "TW_PHONE", True),
        ("手機-0912-335-678", "TW_PHONE", True),
        ("Tel/6222 8888", "HK_PHONE", True),
        ("WhatsApp_0912.335.678", "TW_PHONE", True),
    ],
)
def test_code_shaped_false_positives(scanner: Scanner, text: str, entity: str, found: bool) -> None:
    assert (entity in _types(scanner, text)) is found


@pytest.mark.parametrize(
    "text, person",
    [
        # Eateries, workshops, sole proprietorships and family firms named after a person.
        ("藍佳穎牛肉麵在信義區開了分店。", False),
        ("沈思妤記餅家的老婆餅很有名。", False),
        ("請把發票抬頭寫成石俊宏企業社，統一編號 24536801。", False),
        ("陳美玲工作室推出了新品牌。", False),
        ("Ong Hui Min & Sons has been trading since 1952.", False),
        ("Matthew Whitaker Solicitors advised on the deal.", False),
        # ... but a person who remembers, reports or works somewhere is still a person.
        ("王芳記得明天要交報告。", True),
        ("陳美玲記者今天採訪了市長。", True),
        ("我同事林家豪在餐廳等你。", True),
        ("My lawyer Daniel Bennett called.", True),
    ],
)
def test_businesses_named_after_their_owner(scanner: Scanner, text: str, person: bool) -> None:
    assert bool(_types(scanner, text) & {"PERSON", "ZH_PERSON"}) is person


@pytest.mark.parametrize(
    "text, person",
    [
        ("陳美玲小兒科診所提供疫苗接種。", False),
        ("黃婉婷補習班今年的榜單出爐。", False),
        ("石俊宏建設推出新的預售案。", False),
        ("徐秀兰农家乐周末客满。", False),
        ("Sophie Walker Dental Practice is accepting new patients.", False),
        ("Robert Palmer Estate Agents listed the house.", False),
        ("陳美玲在診所上班。", True),
        ("患者林淑芬到診所複診。", True),
    ],
)
def test_clinics_schools_and_trades_named_after_a_person(
    scanner: Scanner, text: str, person: bool
) -> None:
    assert bool(_types(scanner, text) & {"PERSON", "ZH_PERSON"}) is person


def test_a_personal_cue_keeps_a_name_before_a_school_word() -> None:
    from residency.detectors.postfilter import _is_organisation

    text = "我兒子張家豪學校明天放假。"  # 兒 reads as 儿: a relation right before the name
    assert not _is_organisation(text, 3, 6)
    assert _is_organisation("陳美玲小兒科診所提供疫苗接種。", 0, 3)


@pytest.mark.parametrize(
    "text, person",
    [
        # 張 and 羅 (among Taiwan's commonest surnames) were missing from the Traditional list.
        ("你好，我叫張麗華", True),
        ("轉告羅明輝：鑰匙放在櫃台了。", True),
        ("給張志明", True),
        # A kinship word glued to the name by the tagger is cut off.
        ("我阿公陸婉婷住在台南，身體不太好。", True),
        ("我阿嬤林秀英住在嘉義", True),
        # Famous people with those surnames stay public.
        ("張愛玲的小說多以上海和香港為背景。", False),
    ],
)
def test_traditional_names(scanner: Scanner, text: str, person: bool) -> None:
    assert ("ZH_PERSON" in _types(scanner, text)) is person


@pytest.mark.parametrize(
    "word, expected",
    [("張麗華", True), ("羅明輝", True), ("凃志明", True), ("粘家豪", True), ("週五", False),
     ("張", False), ("阿公陸婉婷", False)],
)  # fmt: skip
def test_looks_like_name_knows_traditional_surnames(word: str, expected: bool) -> None:
    from residency.detectors.chinese.zh_person_recognizer import looks_like_name

    assert looks_like_name(word) is expected


@pytest.mark.parametrize(
    "text, entity",
    [
        # Simplified-only context lists now announce values labelled in Traditional.
        ("護照號碼 E12345678", "CN_PASSPORT"),
        ("往來港澳通行證 C12345678", "CN_HK_MACAU_PERMIT"),
        ("QQ號：12345678", "CN_QQ_NUMBER"),
        ("微信號：jiawei_88", "CN_WECHAT_ID"),
        ("傳真 0755-8888 1234", "CN_LANDLINE"),
    ],
)
def test_traditional_labels_announce_values(scanner: Scanner, text: str, entity: str) -> None:
    assert entity in _types(scanner, text)


@pytest.mark.parametrize(
    "text, entity",
    [
        ("訂單 0981602473", "TW_PHONE"),  # a Traditional negative word still counts
        ("微信很好用", "CN_WECHAT_ID"),  # no id after the word
        ("QQ號碼很難記", "CN_QQ_NUMBER"),
    ],
)
def test_traditional_context_near_misses(scanner: Scanner, text: str, entity: str) -> None:
    assert entity not in _types(scanner, text)


@pytest.mark.parametrize(
    "text, found",
    [
        # A bare twelve-digit MyKad needs its context: Malay K/P and Taiwan's 身分證 count.
        ("Update my No. K/P to 860805117704, thanks.", True),
        ("大馬身分證 880512145523", True),
        ("身分證號碼：960601078693", True),
        ("Order 860805117704 shipped.", False),
        ("860805117704", False),
    ],
)
def test_bare_mykad_context(scanner: Scanner, text: str, found: bool) -> None:
    assert ("MY_MYKAD" in _types(scanner, text)) is found


@pytest.mark.parametrize(
    "turns, entity",
    [
        ([("user", "FIN"), ("assistant", "請說"), ("user", "S."), ("user", "25.21.633.D")],
         "SG_NRIC_FIN"),
        ([("user", "IC"), ("assistant", "請說"), ("user", "F5-8-9012-8"), ("user", "-T")],
         "SG_NRIC_FIN"),
        ([("user", "帳號"), ("assistant", "請說"), ("user", "62918190887617"), ("user", "86735")],
         "CN_BANK_CARD"),
        ([("user", "香港身份證"), ("assistant", "請說"), ("user", "E13"), ("user", " 4649 (4)")],
         "HK_HKID"),
    ],
)  # fmt: skip
def test_identifiers_split_at_a_separator_across_turns(
    scanner: Scanner, turns: list[tuple[str, str]], entity: str
) -> None:
    assert entity in _chat_types(scanner, *turns)


def test_dotted_numbers_in_consecutive_turns_stay_apart(scanner: Scanner) -> None:
    turns = [("user", "Version?"), ("assistant", "3.11"), ("user", "and 2.7?"),
             ("assistant", "2.7.18")]  # fmt: skip
    assert _chat_types(scanner, *turns) == set()


@pytest.mark.parametrize(
    "text, entity, found",
    [
        # A negative word glued to a positive one is one compound: an invoice's number.
        ("發票號碼 0906.921.902，金額 NT$1,280。", "TW_PHONE", False),
        ("發票號碼 #80052180，金額 NT$1,280。", "SG_PHONE", False),
        ("The part number is #83144574.", "SG_PHONE", False),
        ("追蹤碼 0936.596.882，請至官網查詢。", "TW_PHONE", False),
        # ... while a phone's own compound words still announce it.
        ("手機號碼 0912-345-678", "TW_PHONE", True),
        ("聯絡電話號碼 0912345678", "TW_PHONE", True),
        ("電話號碼：6222 8888", "HK_PHONE", True),
        ("QQ號碼 12345678", "CN_QQ_NUMBER", True),
    ],
)
def test_compound_negative_words(scanner: Scanner, text: str, entity: str, found: bool) -> None:
    assert (entity in _types(scanner, text)) is found
