"""Social-media handles named right after their platform.

«…» marks each expected finding (scores >= 0.5 count as reported).  Handles are invented;
the official accounts are the kind the recognizer must leave alone.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.social_handle_recognizer import SocialHandleRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # an @handle right after its platform
        case("微博 «@小鹿乱撞的日常» 是我的小号，别外传"),
        case("my IG is «@jiayi_xoxo» and my number is private"),
        case("Telegram: «@kwok_hk»"),
        case("加我小紅書 «@糖糖愛吃瓜»"),
        # a bare handle after a label, or a handle-like word after "is"
        case("抖音号：«xiaolu_520»"),
        case("B站ID：«lzq_2024»"),
        case("my tiktok is «dance.with.mei»"),
        # prose about a platform
        case("Facebook is popular in Malaysia"),
        case("TikTok is owned by ByteDance"),
        case("我在微博上看到一条新闻"),
        case("Instagram is a photo app"),
        # official accounts of organisations
        case("关注我们的官方微博 @人民日报"),
        case("Follow us on Instagram @nike for updates"),
        # @ without a platform: decorators, mentions, times
        case("Use the @property decorator"),
        case("see you @ 5pm"),
    ],
)
def test_social_handle(text: str, expected_len: int, expected_positions: list) -> None:
    check(SocialHandleRecognizer, text, expected_len, expected_positions)
