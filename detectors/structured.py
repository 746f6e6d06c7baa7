"""Fields whose names say what they hold (``meta.phone``, ``身份证号``, ``email``).

A value under such a name is personal information whatever its format: ``"phone":
"ext. 12 / ask reception"`` is still somebody's phone entry.  The finding covers the whole
value, with recognizer ``field_name`` and score :data:`FIELD_SCORE`.  The parameters of
a URL's query string or a form body are fields too (``?patient=...&age=34``).
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator

from residency.records import field_name

FIELD_SCORE = 0.9
RECOGNIZER = "field_name"

_HAN = re.compile(r"[\u4e00-\u9fff]")
# Values that mean "nothing here".
_EMPTY = frozenset(
    {"", "-", "--", "n/a", "na", "none", "null", "nil", "unknown", "无", "未知", "空"}
)
# Accounts and roles, not people, under ``name`` (``{"user": {"name": "admin"}}``).
_ROLE_NAMES = frozenset(
    {
        "admin", "administrator", "root", "system", "sysadmin", "guest", "anonymous",
        "user", "test", "tester", "testuser", "demo", "bot", "service", "default",
        "管理员", "系统", "匿名", "匿名用户", "游客", "访客", "用户", "测试",
    }
)  # fmt: skip
# A code identifier (``get_weather``, ``user.name``) under ``name`` is a function or a key.
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9]*(?:[_.:/-][A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*")

# Normalised field name -> entity type.  Names are compared lower-case with "-", " "
# and "_" removed, so ``Phone_Number``, ``phone-number`` and ``phonenumber`` are one name.
_FIELDS: dict[str, str] = {}
for _entity, _names in {
    "PHONE_NUMBER": "phone mobile tel telephone phonenumber mobilephone cellphone "
    "contactnumber contactphone 手机 手机号 手机号码 电话 电话号码 联系电话 联系方式 "
    "nombortelefon telefon",
    "NATIONAL_ID": "idcard idnumber idno nationalid identitycard identitynumber "
    "citizenid 证件号 证件号码",
    "CN_RESIDENT_ID": "身份证 身份证号 身份证号码 居民身份证 shenfenzheng",
    "EMAIL_ADDRESS": "email e-mail emailaddress mail 邮箱 电子邮箱 电子邮件 emel",
    "PERSON": "name fullname firstname lastname surname givenname realname nama contactname "
    "patient patientname customername recipient recipientname",
    "ZH_PERSON": "姓名 名字 联系人 收件人 收货人 户名 真实姓名 持卡人",
    "LOCATION": "address homeaddress streetaddress mailingaddress shippingaddress alamat",
    "ZH_ADDRESS": "地址 住址 家庭住址 收货地址 通讯地址 户籍地址 详细地址",
    "PASSPORT": "passport passportno passportnumber 护照 护照号 护照号码",
    "BANK_ACCOUNT": "bankaccount bankcard accountnumber bankaccountnumber cardnumber "
    "iban 银行卡 银行卡号 银行账号 账号 卡号",
    "US_SSN": "ssn socialsecuritynumber",
    "SG_NRIC_FIN": "nric nricfin",
    "MY_MYKAD": "mykad icnumber nokp",
    "HK_HKID": "hkid",
    "CN_WECHAT_ID": "wechat wechatid weixin 微信 微信号",
    "CN_QQ_NUMBER": "qq qq号 qqnumber",
    "SOCIAL_HANDLE": "weibo instagram ig tiktok douyin twitter telegram facebook "
    "微博 微博号 抖音号 小红书号 快手号",
    "TW_LINE_ID": "lineid line帳號 line账号",
    "IP_ADDRESS": "ip ipaddress clientip remoteip",
    "DATE_OF_BIRTH": "dob birthday birthdate dateofbirth 出生日期 生日",
}.items():
    for _name in _names.split():
        _FIELDS[_name] = _entity

# Entity types to use when the value is in Han script / not.
_BY_SCRIPT = {"PERSON": "ZH_PERSON", "LOCATION": "ZH_ADDRESS"}
_FROM_HAN = {v: k for k, v in _BY_SCRIPT.items()}


_KEY_SEPARATORS = re.compile(r"[\s_\-]+")


def _key(name: str) -> str:
    return _KEY_SEPARATORS.sub("", name).lower()


def field_entity(path: str, value: str) -> str | None:
    """Entity type a field's name announces for this value, or ``None``."""
    entity = _FIELDS.get(_key(field_name(path)))
    if entity is None:
        return None
    stripped = value.strip()
    if stripped.lower() in _EMPTY:
        return None
    if entity in ("PERSON", "ZH_PERSON") and (
        _IDENTIFIER.fullmatch(stripped) or len(stripped) > 80 or stripped.lower() in _ROLE_NAMES
    ):
        return None
    has_han = bool(_HAN.search(stripped))
    if has_han and entity in _BY_SCRIPT:
        return _BY_SCRIPT[entity]
    if not has_han and entity in _FROM_HAN:
        return _FROM_HAN[entity]
    return entity


# A URL's query string or a form body: ``key=value`` pairs after ``?`` or ``&`` (the first
# pair of a form body may open the text), two pairs or more, or one after ``?``.
_QUERY_PAIR = re.compile(r"(?:(?<=[?&;])|^)([A-Za-z_][A-Za-z0-9_.\-]{0,40})=([^&#\s\"'<>]+)")


# A value a template or an API's documentation fills in (``{id}``, ``{{ user.email }}``,
# ``${NAME}``, ``<name>``).
_TEMPLATE_VALUE = re.compile(r"[{}<>$]|%7B|%3C", re.IGNORECASE)


def query_parameters(text: str) -> Iterator[tuple[str, int, int]]:
    """``(key, value start, value end)`` of each parameter of a query string or a form
    body in ``text`` (``/emr/note?patient=%E5%AD%94...&age=34``)."""
    if "=" not in text or ("?" not in text and "&" not in text):
        return
    pairs = list(_QUERY_PAIR.finditer(text))
    if len(pairs) < 2 and not any(m.start() and text[m.start() - 1] == "?" for m in pairs):
        return
    for m in pairs:
        if not _TEMPLATE_VALUE.search(m.group(2)):
            yield m.group(1), m.start(2), m.end(2)


def query_value(raw: str) -> str:
    """A query parameter's value as it reads (``+`` and percent escapes decoded)."""
    return urllib.parse.unquote_plus(raw)


def value_span(value: str) -> tuple[int, int]:
    """The value without surrounding white space."""
    start = len(value) - len(value.lstrip())
    return start, len(value.rstrip())
