"""ZhNicknameRecognizer: 小X / 阿X right after a relation word, as a table of values."""

from __future__ import annotations

import pytest

from residency.detectors.chinese.zh_nickname_recognizer import ZhNicknameRecognizer

FOUND = [
    ("我室友小美最近被診斷出躁鬱症", "小美"),
    ("我老公阿強昨晚喝醉了", "阿強"),
    ("我朋友叫小芳，欠我五萬", "小芳"),
    ("我同事阿明住院了", "阿明"),
    ("我女朋友小雯下個月生日", "小雯"),
    ("佳穎，妳上次在診所抽血的報告出來了", "佳穎"),  # a given name the message addresses
    ("LINE：「怡君，妳的藥我放在桌上」", "怡君"),
    ("雅婷，你明天几点下班？", "雅婷"),
    # a nickname as a sentence's subject, kept when the sentence says something private
    ("小美最近被診斷出躁鬱症", "小美"),
    ("群里说小琪怀孕了，大家先别外传", "小琪"),
    ("小凯他爸爸说他在戒毒所", "小凯"),
    ("老郑的女儿欠了大耳窿的钱", "老郑"),
]
NOT_FOUND = [
    "我朋友小時候住在台南",  # 小時候: a word
    "我同事阿姨人很好",  # 阿姨: a relation
    "客戶小心輕放",  # 小心: a word
    "小美最近升職了",  # no relation before it, nothing private said
    "小儿手术后注意事项",  # 小儿: a word
    "小米的员工被开除了",  # 小米: a firm
    "老公的妈妈住院了",  # 老公: a relation
    "阿里的高管涉嫌受贿",  # 阿里: a firm
    "鲁迅《祝福》里的祥林嫂，儿子阿毛被狼叼走了",  # a story's character
    "冷静，你先听我说",  # a word of a given name's shape
    "新颖，你的想法很好",
    "小明，你今天作业做完了吗？",  # the textbook's child, addressed
    "小心，你后面有车",
    "老师，您好",
    "诸君，你们辛苦了",
]


@pytest.fixture(scope="module")
def recognizer() -> ZhNicknameRecognizer:
    return ZhNicknameRecognizer(supported_language="zh")


@pytest.mark.parametrize("text, nickname", FOUND)
def test_nicknames_after_a_relation_are_found(
    recognizer: ZhNicknameRecognizer, text: str, nickname: str
) -> None:
    found = [text[r.start : r.end] for r in recognizer.analyze(text, ["ZH_PERSON"])]
    assert found == [nickname]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_words_that_look_like_nicknames_are_not(
    recognizer: ZhNicknameRecognizer, text: str
) -> None:
    assert recognizer.analyze(text, ["ZH_PERSON"]) == []
