"""Social-media handles (``SOCIAL_HANDLE``): an account named right after its platform.

``微博 @小鹿乱撞的日常``, ``抖音号：xiaolu_520``, ``my IG is @jiayi_xoxo``, ``Telegram:
@kwok_hk``.  A handle identifies its owner the way an e-mail address does.  It is reported
only right after a platform word (Weibo, Douyin, Xiaohongshu, Bilibili, Instagram,
TikTok, Telegram ...); a handle without ``@`` also needs a label (``:``, ``号``, ``ID``,
``is``).  Organisations' official accounts (``官方微博 @人民日报``, ``follow us on
Instagram @brand``) are not reported.  WeChat, QQ and LINE ids have their own recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import RecognizerResult

from residency.detectors.chinese.hant import to_hans
from residency.detectors.common_words import is_common_word
from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_HANDLE_CHARS = r"[A-Za-z0-9_.\-\u4e00-\u9fff]"
_NB = r"(?<![A-Za-z0-9_.@\-])"
_NA = r"(?![A-Za-z0-9_\-])"
# "follow us", "官方微博", "official account": a brand's or an institution's account.
_OFFICIAL = re.compile(
    r"官方|官微|关注我们|關注我們|follow us|follow our|our official|official|brand|品牌|店家|商家|"
    # (in Malay: ``Follow kami di Instagram``, ``Ikuti kami``)
    r"follow kami|ikuti kami|"
    # (a business's own account: ``Our only verified handle is @glowberry.sg``)
    r"verified (?:handle|account|page)|"
    r"店舖|店铺|門市|门市",
    re.IGNORECASE,
)
_OFFICIAL_WINDOW = 32
# (or a body's by its kind: ``@PawsRescueKL``, ``@spca_sg``, ``@AsiaVetClinic``)
_CHANNEL_HANDLE = re.compile(
    r"(?i)alerts?|news|updates|_gov|gov_|bulletin|weather|rescue|shelter|society|spca|"
    r"foundation|clinic|hospital|official"
)


# Platforms by name: context words before a handle, and after an ``@handle``.
_PLATFORMS = (
    "weibo", "douyin", "xiaohongshu", "xhs", "bilibili", "instagram", "insta", "ig", "ins",
    "tele",
    "tiktok",
    "twitter", "threads", "telegram", "tg", "discord", "snapchat", "facebook", "fb",
    # (and a marketplace whose accounts are mostly private sellers': ``my Carousell acc``)
    "carousell",
)  # fmt: skip
_PLATFORMS_ZH = ("微博", "抖音", "小红书", "快手", "b站", "知乎", "豆瓣", "视频号")
_PLATFORM_AFTER = re.compile(
    # (or in Malay: ``@amyrahsyaz kat TikTok``)
    r"\s*(?:on|at|in|via|from|kat|dekat|dkt|di|[(（\[-])?\s*(?:"
    + "|".join(sorted((*_PLATFORMS, *_PLATFORMS_ZH), key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)


# An ``@handle``'s owner named in brackets right after it (``@karmen.jewelbox (Karmen
# Lau)``): a person's account.
# (or by a given name and an age: ``@kelvin.lowkey_ (Kelvin, 16, Tampines)``)
_OWNER_NAMED_AFTER = re.compile(
    r"\s*[(（]\s*[A-Z][a-z]+(?:(?:\s+[A-Z][a-z]+){1,2}\s*[)）]|\s*,\s*\d{1,2}\s*[,)）])"
)
# ... or a buyer, a seller or a customer on a platform right before it (``IG 客 @...``,
# ``LINE 上的買家 @...``, ``my Carousell buyer @...``).
_ROLE_ON_PLATFORM_BEFORE = re.compile(
    r"(?i:\b(?:ig|instagram|insta|fb|facebook|line|telegram|tg|carousell|shopee|lazada|"
    r"tiktok|xhs)\b|小红书|抖音|微博|闲鱼)\s*(?:上的?|嘅|的)?\s*"
    r"(?:客人?|买家|卖家|客户|顾客|(?i:buyers?|sellers?|customers?|clients?))\s*$"
)
# An ``@handle`` that did something on a platform (``@joeyyy.lowww tagged us in her
# reel``, ``@kel_v1n commented``): an account, whatever the platform's name.
_SOCIAL_ACTS = (
    "tagged", "mentioned", "dm'd", "dmed", "dm-ed", "messaged", "commented", "posted",
    "reposted", "shared", "followed", "unfollowed", "liked", "replied", "blocked", "reported",
    "went live",
    # (or said or asked something: ``@jess.runs.sg said we can share her video``)
    "said", "says", "asked", "asks", "told us", "wrote", "說", "说", "話", "话",
    # (or asked for something in Malay: ``@farahnbl_ tolong share surat waiver you``; a
    # team's ``@backend-platform please look`` is no one's)
    "tolong",
)  # fmt: skip
# Words a group chat addresses a handle's owner with, about what is theirs (``@joanne.lwx
# 你的 booking``, ``@xiuqin0815 秀琴姐 你家三盞燈``).
_ADDRESSED = ("你的", "妳的", "你嘅", "你家", "妳家", "您家", "your", "ur", "awak punya")
_SOCIAL_ACT_AFTER = re.compile(
    r"\s+(?:just\s+|also\s+|has\s+|had\s+)?(?:"
    + "|".join(re.escape(a) for a in _SOCIAL_ACTS)
    + r")(?![A-Za-z])"
    # (or one addressed about what is theirs, maybe with a nickname first)
    + r"|\s+(?:[\u4e00-\u9fff]{1,4}\s+)?(?:"
    + "|".join(_ADDRESSED)
    + r")(?![A-Za-z])"
    # (or addressed as "you" a word or two on: ``@kelvin_lsy tmr u still coming``,
    # ``@vignesh_r.talent bro ur callback``)
    + r"|\s+(?:[a-z]+\s+){1,2}(?:u|you|ur|your)(?![A-Za-z'’])",
    re.IGNORECASE,
)
# (or whose owner the sentence goes on to message as him or her: ``Bro @ijat_gk07 tu
# goalkeeper kita, DM dia terus``)
_MESSAGE_VERBS = ("dm", "pm", "msg", "message", "text", "whatsapp", "ws")
_OWNER_PRONOUNS = ("dia", "him", "her", "佢", "他", "她")
_OWNER_MESSAGED_AFTER = re.compile(
    rf"[^.!?\n]{{0,40}}?(?<![A-Za-z])(?:{'|'.join(_MESSAGE_VERBS)})\s+"
    rf"(?:{'|'.join(_OWNER_PRONOUNS)})(?![A-Za-z])",
    re.IGNORECASE,
)
# (or after what was done to it: ``Tagged @ryan.tattoo.diary in the photo``)
_SOCIAL_ACT_BEFORE = re.compile(
    r"(?i:\b(?:tagged|mentioned|dm'?e?d|messaged|followed|blocked|reported|replied to|"
    # (or thanked for what they did: ``thank u @joanne.yeo_ for the sweet review``)
    r"thanks?(?: you| u)?(?: so much)?|tq|tqvm))\s*$"
)
# ... or added to a group, or pointed at as a person, with a handle's mark (``tolong add
# @hafizuddin_kl``, ``she's @mei.xuan.lim``; not a team's ``add @devops-oncall``).
_POINTED_WORDS = ("add", "invite", "she's", "he's", "she is", "he is")
_POINTED_BEFORE = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w) for w in _POINTED_WORDS) + r"))\s*$"
)
# A handle's digit, dot or underscore (``jiayi_xoxo``), which plain words lack.
_HANDLE_MARK = re.compile(r"[0-9_.]")
_HANDLE_WORD_BEFORE = re.compile(r"(?i:\bhandle)\s*(?:is\s*|[:：]\s*)?$")
# A handle greeted in a private message on a platform (``Telegram DM: hey @shermaine_lim_``).
_GREETED_IN_DM_BEFORE = re.compile(
    r"(?i:\b(?:"
    + "|".join(re.escape(p) for p in _PLATFORMS)
    + r")\s*(?:dm|pm|private message)(?:\s+log)?\s*[:：]?\s*(?:(?:hey|hi|hello|dear|yo)\s*,?\s*)?)$"
)
# ... or a bot's message to it, its chat's id after it (``gagal hantar ke @hafiz_ismail92
# (chat_id 584920117)``).
_CHAT_ID_AFTER = re.compile(r"\s*[(（]\s*(?i:chat_?id|user_?id|uid)\b")
# A person's profile by its address (``facebook.com/farah.izzati.92``): a vanity name with
# a dot, an underscore or a number in it, as people's are (brands' pages seldom are), or a
# numbered profile; not the platforms' own pages (``facebook.com/hacked``, ``/groups/``).
_PROFILE_URL = (
    r"(?<![A-Za-z0-9.@/])(?:https?://)?(?:www\.|m\.|web\.)?"
    r"(?:facebook|fb|instagram|tiktok|twitter|x|threads)\.(?:com|net)/@?"
    r"(?:[A-Za-z][A-Za-z0-9]*[._][A-Za-z0-9._]*[A-Za-z0-9]|[A-Za-z][A-Za-z0-9.]*[A-Za-z]\d{2,}"
    r"|profile\.php\?id=\d{5,})"
    r"(?![A-Za-z0-9_/])"
    # (and a Telegram user's link, its name with an underscore or digits: ``t.me/marcus_lifts_kl``;
    # not a bot's, whose name ends in ``bot``: ``t.me/acme_leave_bot``)
    r"|(?<![A-Za-z0-9.@/])(?:https?://)?t\.me/(?![A-Za-z0-9_]*(?i:bot)(?![A-Za-z0-9_]))"
    r"(?:[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]|[A-Za-z][A-Za-z]+\d{2,})(?![A-Za-z0-9_/])"
    # (and a LinkedIn member's page: every ``/in/`` page is a person's, a company's is under
    # ``/company/``: ``linkedin.com/in/bryan-lau-7a31b2140``)
    # (not a template's stand-in: ``linkedin.com/in/yourname``)
    r"|(?<![A-Za-z0-9.@/])(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/"
    r"(?!(?i:your-?name|your-?profile|user-?name|first-?name-?last-?name|john-?doe|jane-?doe|"
    r"name|example|profile)(?![A-Za-z0-9%_-]))[A-Za-z0-9%_-]{3,100}"
    r"(?![A-Za-z0-9%_-])"
)
_GROUP_MENTIONS = frozenset(
    {
        "everyone",
        "all",
        "here",
        "channel",
        "admin",
        "admins",
        "team",
        "所有人",
        "全体成员",
        "全體成員",
    }
)
_OWN_ACCOUNT_BEFORE = re.compile(
    r"(?:follow (?:me|my)|my (?:[a-z]+ )?(?:page|account|acc|channel|shop)|dm me)[\s:：]*$",
    re.IGNORECASE,
)

# A handle after its platform and its owner by title and name (``Telegram peribadi Cikgu
# Norlia: @norlia_bintang``, ``IG Kak Mira @mira.bakes``): a person's account.
_OWNER_TITLES = (
    "cikgu", "abang", "abg", "encik", "en", "puan", "pn", "kak", "kakak", "cik", "mr", "mrs",
    "ms", "mdm", "madam", "dr", "aunty", "auntie", "uncle", "bro", "sis", "ustaz", "ustazah",
)  # fmt: skip
# ... or a message's sender on a platform (``Mesej Telegram dari @amirul_pbs``, ``IG DM from
# @...``).
_SENDER_ON_PLATFORM_BEFORE = re.compile(
    r"(?i:\b(?:"
    + "|".join(re.escape(p) for p in _PLATFORMS)
    + r")\s+(?:dm\s+|message\s+|msg\s+)?(?:from|dari|daripada))\s*$"
    # (or a platform's private message labelled in Chinese: ``IG私訊：@vivian.tsang.0707``)
    + r"|(?i:\b(?:"
    + "|".join(re.escape(p) for p in _PLATFORMS)
    + r"))\s*(?:私訊|私讯|私信|私聊|私訊留言)\s*[:：]\s*$"
)
_OWNER_TITLED_BEFORE = re.compile(
    r"(?i:\b(?:"
    + "|".join(re.escape(p) for p in _PLATFORMS)
    + r"))\s+(?i:(?:peribadi|personal|private|punya)\s+)?(?i:"
    + "|".join(_OWNER_TITLES)
    + r")\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*[:：,]?\s*$"
)

# ... or by kin or as a pupil (``Telegram ibu: @nurulhuda_ummi88``, ``Akaun Telegram pelajar
# @...``): a parent's, a spouse's or a student's account.
_KIN_ON_PLATFORM_BEFORE = re.compile(
    r"(?i:\b(?:"
    + "|".join(re.escape(p) for p in _PLATFORMS)
    + r")\s+(?:ibu|bapa|ayah|mak|emak|abah|mama|papa|mum|mom|dad|parent|penjaga|suami|"
    r"isteri|wife|husband|pelajar|student|murid)\s*[:：]?\s*)$"
)


_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
_RUNNING_WORDS_AFTER = re.compile(r" [a-z]+ [a-z]+\b")


class SocialHandleRecognizer(CountryPatternRecognizer):
    """``@handle`` or a labelled handle right after a social platform's name."""

    ENTITY = "SOCIAL_HANDLE"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern("social handle (@)", rf"{_NB}@{_HANDLE_CHARS}{{2,30}}{_NA}", 0.7),
        Pattern(
            "social handle",
            rf"{_NB}(?=[A-Za-z0-9_.\-]*[A-Za-z_])[A-Za-z0-9_.\-]{{3,30}}{_NA}",
            0.7,
        ),
        Pattern("social profile address", _PROFILE_URL, 0.7),
    ]
    CONTEXT = [
        *_PLATFORMS,
        # (and a platform's user or account: ``block Telegram user @kwokzz_88``)
        *(f"{platform} {word}" for platform in _PLATFORMS for word in ("user", "account")),
        "username",
        # A person pointing to their own account ("follow my baking page @aisyah.bakes_kl").
        "follow me",
        "follow my",
        "dm me",
    ]
    CONTEXT_ZH = [
        *_PLATFORMS_ZH,
        "抖音号",
        "小红书号",
        "小紅書",
        "快手号",
        "B站",
        "哔哩哔哩",
        "視頻號",
    ]
    CONTEXT_REQUIRED = frozenset({"social handle (@)", "social handle"})
    CONTEXT_BEFORE = 20

    def _needing_context(self, pattern: Pattern, context: Sequence[str]) -> Pattern:
        """An ``@handle`` may also be announced by what it did (:data:`_SOCIAL_ACT_AFTER`)."""
        if pattern.name == "social handle (@)":
            # (and a handle named as one: ``on Telegram, handle @dennis_kwek88``)
            # (and a buyer or a seller on LINE or another platform: ``LINE 上的買家 @...``)
            context = [
                *context, *_SOCIAL_ACTS, *_POINTED_WORDS, "handle", *_ADDRESSED, "thank", "tq",
                "line",
                "买家", "卖家", "buyer", "seller", "customer",
                *(f"{verb} {owner}" for verb in _MESSAGE_VERBS for owner in _OWNER_PRONOUNS),
                " u ", " you ", " ur ",
            ]  # fmt: skip
        return super()._needing_context(pattern, context)

    def adjacent_ok(self, glue: str, value: str) -> bool:
        """An ``@handle`` may follow the platform directly; a bare word needs a label."""
        if value.startswith("@"):
            return True
        # (nor a FHIR element's path after an implementation guide's "IG": ``TW Core IG：
        # Patient.identifier``)
        if re.fullmatch(r"[A-Z][a-z]+(?:\.[a-z][A-Za-z]*)+", value):
            return False
        # (nor an abbreviation in capitals after a label: ``club Telegram: WTS/WTB posts``)
        if value.isupper() and len(value.strip("/")) <= 4:
            return False
        # (not a quoted post's first word: ``for Instagram: "Closed 24-26 Dec``)
        if re.search(r"[:：号號]|(?i:\bid\b)", glue):
            return not re.search(r"[\"“'‘]\s*$", glue)
        # "my IG is jiayi_xoxo", not "Facebook is popular": after "is", a handle-like word.
        return bool(re.search(r"(?i:\bis\b)|是|为|為", glue)) and bool(_HANDLE_MARK.search(value))

    def announced_elsewhere(self, text: str, result: RecognizerResult) -> bool:
        """An ``@handle`` followed by its platform (``@jolene.tan on Instagram``, ``@ryan
        (IG)``) or by what it did there (``@joeyyy.lowww tagged us``), or after a person
        pointing to their account (``follow my baking page``), the word ``handle`` or what
        was done to it (``Tagged @...``)."""
        before = text[max(0, result.start - 32) : result.start]
        if not text.startswith("@", result.start):
            # (a bare handle after a buyer or a seller on a platform, with a handle's digit,
            # dot or underscore in it: ``Carousell buyer sweetooth_cheryl92 says``)
            value = text[result.start : result.end]
            return bool(_ROLE_ON_PLATFORM_BEFORE.search(to_hans(before))) and bool(
                _HANDLE_MARK.search(value)
            )
        return bool(
            _PLATFORM_AFTER.match(to_hans(text[result.end : result.end + 24]))
            or _OWNER_NAMED_AFTER.match(text, result.end)
            or _ROLE_ON_PLATFORM_BEFORE.search(to_hans(before))
            or _SOCIAL_ACT_AFTER.match(text, result.end)
            or _OWNER_MESSAGED_AFTER.match(text, result.end)
            or _OWN_ACCOUNT_BEFORE.search(before)
            or _HANDLE_WORD_BEFORE.search(before)
            or _GREETED_IN_DM_BEFORE.search(before)
            or _CHAT_ID_AFTER.match(text, result.end)
            or _SOCIAL_ACT_BEFORE.search(before)
            or _SENDER_ON_PLATFORM_BEFORE.search(before) is not None
            or _KIN_ON_PLATFORM_BEFORE.search(before) is not None
            or (
                _POINTED_BEFORE.search(before) is not None
                and _HANDLE_MARK.search(text, result.start, result.end) is not None
            )
            or (
                _OWNER_TITLED_BEFORE.search(text, max(0, result.start - 56), result.start)
                is not None
                and _HANDLE_MARK.search(text, result.start, result.end) is not None
            )
        )

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Not an organisation's official account, nor a channel by what it posts
        (``@sgfloodalerts``, ``@mystarnews``)."""
        if _CHANNEL_HANDLE.search(text[result.start : result.end]):
            return False
        # (a chat app's mention of a whole group: ``@everyone``, ``@all``, ``@here``; a
        # tutorial's stand-in: ``@user_0000``)
        value = text[result.start : result.end]
        # (a listing's title opening after its marketplace, a capitalised word and running
        # words: ``Carousell: Jual mesin rumput Honda GX35``)
        if (
            _PLAIN_WORD.fullmatch(value)
            and (
                _RUNNING_WORDS_AFTER.match(text, result.end)
                # (or an everyday word opening it: ``Carousell: Used Rupes LHR15 polisher``)
                or (text[result.end : result.end + 1] == " " and is_common_word(value.lower()))
            )
        ):
            return False
        name = value.lstrip("@").lower()
        if name in _GROUP_MENTIONS or re.fullmatch(r"(?:user|username|example)[_.-]?\d*", name):
            return False
        return not _OFFICIAL.search(text[max(0, result.start - _OFFICIAL_WINDOW) : result.start])
