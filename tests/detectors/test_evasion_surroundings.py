"""Identifiers are found in other surroundings, plain and obfuscated.

A table written for this test: phones and ids of China, Hong Kong, Taiwan, Singapore and
Malaysia, each plain or re-spelled (full-width, zero-width characters, Chinese numerals,
dots, two tricks mixed), inside surroundings the other tables do not use -- glued to Han
characters, in brackets and quotes, after a full-width colon, in a JSON string, in a table
row, at the very start or end, next to another number.  A value must be reported (any
finding overlapping it).  All values are synthetic (valid check digits, no subscriber).
"""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner

ZW = "\u200b"
ZH = "〇一二三四五六七八九"


def _fullwidth(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)


def _zero_width(value: str) -> str:
    return ZW.join(value[i : i + 3] for i in range(0, len(value), 3))


def _chinese(value: str) -> str:
    return "".join(ZH[int(c)] if c.isdigit() else c for c in value)


def _dots(value: str) -> str:
    digits = value.replace(" ", "").replace("-", "")
    return ".".join(digits[i : i + 3] for i in range(0, len(digits), 3))


VALUES = {
    "CN_MOBILE": "13812345678",
    "CN_RESIDENT_ID": "110101199003077774",
    "HK_PHONE": "+852 9123 4567",
    "HK_ID": "A123456(3)",
    "TW_PHONE": "0912-345-678",
    "TW_ID": "A123456789",
    "SG_PHONE": "+65 9123 4567",
    "SG_NRIC": "S1234567D",
    "MY_PHONE": "012-345 6789",
    "MY_NRIC": "900307-14-5678",
}
TRICKS = {
    "plain": lambda v: v,
    "fullwidth": _fullwidth,
    "zero-width": _zero_width,
    "fullwidth+zero-width": lambda v: _zero_width(_fullwidth(v)),
}
# Chinese numerals and dotted groups only make sense for all-digit values.
DIGIT_TRICKS = {
    "chinese": _chinese,
    "dots": _dots,
    "chinese+zero-width": lambda v: _zero_width(_chinese(v)),
}
SURROUNDINGS = [
    "联系方式{v}谢谢",
    "号码（{v}）已登记",
    "【{v}】请回电",
    "“{v}”是她的号码",
    "电话：{v}",
    '{{"name": "Tan Wei Ming", "contact": "{v}"}}',
    "| 陈美玲 | {v} | 九龙 |",
    "{v} 这是我的",
    "请联系我{v}",
    "订单 2024 联系 {v} 数量 3",
    "tel:{v};",
    "<tr><td>手机</td><td>{v}</td></tr>",
    # Fields between slashes, and a count or a note right after the number.
    "取件人：李先生/{v}/自取",
    "訂位：林小姐 {v}，兩大一小，週六中午",
    "張先生，{v}，四位，七點半",
    "{v}（日間）／晚上請打家裡",
    # A count after the number, in English and Malay.
    "pls call {v} 2 pax tonight",
    "nombor telefon {v}, 3 bilik",
    # A numeral glued to the word after or before the number (一直, 一下, 星期一).
    "我的手機{v}一直沒收到簡訊",
    "星期一{v}找我",
]


def _cases() -> list[tuple[str, str, str]]:
    out = []
    for entity, value in VALUES.items():
        tricks = dict(TRICKS)
        if value.replace(" ", "").replace("-", "").lstrip("+").isdigit():
            tricks.update(DIGIT_TRICKS)
        for name, trick in tricks.items():
            for template in SURROUNDINGS:
                out.append((entity, name, template.format(v=trick(value))))
    return out


CASES = _cases()


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.xdist_group("models")
def test_identifiers_are_found_in_other_surroundings(scanner: Scanner) -> None:
    records = [{"id": str(i), "text": text} for i, (_, _, text) in enumerate(CASES)]
    missed = []
    for (entity, trick, text), scan in zip(CASES, scanner.scan_records(records), strict=True):
        if not scan.findings:
            missed.append(f"{entity}/{trick}: {text!r}")
    assert missed == [], f"{len(missed)} of {len(CASES)} missed:\n" + "\n".join(missed)


# Decision-level, through the PIPL policy: general causes behind the misses of the blind
# evasion set (``--blind-evade``), probed with lines written for this test (numbers from
# ``residency.corpus.identifiers``).  Every rule has a near miss that must stay clean.
KEYCAP = "\ufe0f\u20e3"


def _keycaps(digits: str) -> str:
    return "".join(c + KEYCAP if c.isdigit() else c for c in digits)


EVASION_MUST_HOLD = [
    # ``at`` and ``dot`` spelled between dashes or underscores, with spaces around.
    "emel dia yovb931 -at- sina - dot - com tolong simpan",
    "write to tbcx_tqpb _at_ proton dot me for the form",
    "contact: mei.ling88 \u2014 at \u2014 gmail.com",
    "hantar ke farid_92 - at - hotmail",
    # Digit groups joined by words after a phone or id word.
    "call me on 8454, followed by 6116",
    "no hp abang saya 017 kemudian 878 kemudian 2606",
    "我的手机号是一五一 然后 七四八三 然后 一二零八",
    "WhatsApp: six four one nine, then five two four four",
    "nombor telefon 014 lepas itu 186 lepas itu 7264",
    # ``fon``, the colloquial Malay ``phone``, announces a bare number (keycaps too).
    "fon adik saya di Ipoh ialah 0178782606 kalau perlu",
    "no fon: " + _keycaps("0141867264"),
    # An HKID's check digit said as a word after its bracket said in words.
    "身份證 Q675255 括號八",
    "HKID Q 六七五二五五 bracket eight",
    # A mailbox name right after an e-mail word, its domain left out.
    "我的邮箱是 wenhui_lim88",
    "emel saya ialah aiman.zaki93, domain gmail",
    "Email: j.tan_2001 (personal)",
    "my e-mail address is yovb931",
]
EVASION_MUST_CLEAR = [
    "meet me - at - the lobby at 3pm",
    "Recipes from stay-at-home-mum.com and work-at-home.org are free to read.",
    "Room number 1203 then 1205 then 1207 are booked for the workshop",
    "my number changed in 2019 then 2021",
    "the phone was RM 899 then 799 then 699 at the mall",
    "Download font 0178782606 from the catalogue",
    "kedai adik saya di Ipoh ialah 0178782606 kalau perlu",
    "Fon is spoken in Benin by about two million people.",
    "rating " + _keycaps("5") + " out of " + _keycaps("5") + ", would eat again",
    "身份證 Q675255 括號三",
    "Plan B 三五一四六八 is the budget in yuan",
    "my email is down again, call IT",
    "Email is python3.11 compatible now",
    "email = user.email",
    "email: config.json",
    "The email template_v2 is ready for review",
    "your email is your_email by default",
    "Email address: first.last",
    "Email = row_2.value",
    "email: self.contact_email",
    "The mail is v2_final, please check",
    "Subject of the email: Q3_report",
]

# General causes behind the misses of the second blind evasion set (``--blind-evade2``),
# probed with lines written for this test (numbers from ``residency.corpus.identifiers``).
# From --blind-evade3: symbols between digits, HTML references, bracketed dots, Pinyin
# digits (near misses: ratings, counting in Pinyin, a fruit score).
EVADE3_MUST_HOLD = [
    "mobile: 8🔸1🔸2🔸3🔸4🔸5🔸6🔸7",
    "Contact: wenhui.tan&#64;gmail.com",
    "email: ong.jiahui[at]outlook[.]com",
    "wo de shouji hao shi yao san ba er liu si wu yi jiu san qi",
]
EVADE3_MUST_CLEAR = [
    "rated 5⭐4⭐ by 3 users",
    "Count in pinyin: yi er san si wu liu qi ba jiu shi",
    "Score 3🍎2🍌1🍇 today",
    "Compute 8101308^2 - 6399 and show your working.",
]
EVADE2_MUST_HOLD = [
    # An HKID's digits spaced (or in spaced numerals) before its bracket said in words.
    "HKID: Q 8 1 3 9 9 8 bracket 5",
    "佢身份證 S 八 七 九 七 三 零 括号 九",
    # The Cantonese copula 係 (系, 喺 typed for it) between a contact word and its value.
    "我 QQ 係 482031175，加我啦",
    "阿妹微信系 mei_ling92",
    "我 email 喺 yriv_tan，記得 cc 埋",
    # ``個 number 係`` / ``嘅 number``: Cantonese for his/her/my number (is), in lines too
    # long to be a bare reply.
    "我同事 Mandy 個 number 係 8534 7787，佢聽日返嚟",
    "我老闆嘅 number 係 8864 2317，佢今晚開完會之後先至得閒覆你",
    # Digits said in English or Malay words and Chinese numerals in one number, or a
    # MyKad's birth date typed and the rest said.
    "WhatsApp 我 eight five three four, 七 七 八 七",
    "my hp is zero one one two six seven, 一 四 七 五 一",
    "IC saya 911125 zero three, seven zero one zero",
    # A resident id in its labelled parts (region, birth date, sequence).
    "IC 号：地区码 521103，生日 20000105，顺序码 8444",
    # A dot spelled 點/点 in an e-mail address, in the mailbox's name and the domain.
    "搵我 yriv 點 tan at hotmail 點 com 啦",
    "寫信去 sypw 点 xerh2150 at foxmail 点 com",
]
EVADE2_MUST_CLEAR = [
    "佢身份證 S 8 7 9 7 3 0 括號 4",
    "Plan B 1 2 3 4 5 6 bracket 7 of the budget",
    "訂單號碼係 58203317，請查收",
    "我 email 係 config.json 入面",
    "我 QQ 係 好耐之前開嘅",
    "Kelvin 個 number 係 9634，佢喺 SG",
    "one two three four 五 六 七 八 are the steps of the dance",
    "Chapter one two, 三 四",
    "Total 150230, two three four five laps",
    "房号 350912，入住日期 20240105，人数 2",
    "地区码 350912，生日 19811230，顺序码 6816",
    "我哋 at 七點 com 見",
    "a dot b is 點 at 3 點",
]


@pytest.fixture(scope="module")
def held(scanner: Scanner) -> dict[str, bool]:
    from policy_testing import held_by_pipl

    return held_by_pipl(
        scanner,
        EVASION_MUST_HOLD
        + EVASION_MUST_CLEAR
        + EVADE2_MUST_HOLD
        + EVADE2_MUST_CLEAR
        + EVADE3_MUST_HOLD
        + EVADE3_MUST_CLEAR,
    )


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("text", EVASION_MUST_HOLD)
def test_evasive_personal_lines_are_held(held: dict[str, bool], text: str) -> None:
    assert held[text] is True


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("text", EVASION_MUST_CLEAR)
def test_their_near_misses_are_cleared(held: dict[str, bool], text: str) -> None:
    assert held[text] is False


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("text", EVADE2_MUST_HOLD + EVADE3_MUST_HOLD)
def test_second_blind_evasion_causes_are_held(held: dict[str, bool], text: str) -> None:
    assert held[text] is True


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("text", EVADE2_MUST_CLEAR + EVADE3_MUST_CLEAR)
def test_second_blind_evasion_near_misses_are_cleared(held: dict[str, bool], text: str) -> None:
    assert held[text] is False
