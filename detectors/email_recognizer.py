"""E-mail addresses as people type them, including ones mail servers would refuse.

Presidio's e-mail recognizer follows the RFC and skips ``tppq.@hotmail.com`` (a local
part ending in a dot) or ``a..b@qq.com``; some providers accepted such addresses for years
and users still type them, and they identify the person as well as a valid one does.

A mailbox name alone right after an e-mail word (``my email is kelvin.tan77``, its domain
typed in the next chat turn or not at all) identifies its owner too: a word of letters
with digits, dots or underscores there is reported, failing closed.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_LOCAL = r"[A-Za-z0-9._%+\-]+"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"

# A mailbox name: starts with a letter, holds a digit, a dot or an underscore, five
# characters or more; not followed by its ``@`` or a spelled one (the whole address is
# found then).
_MAILBOX_NAME = (
    r"(?<![A-Za-z0-9._%+\-@])(?=[A-Za-z0-9._\-]{5,64}(?![A-Za-z0-9._\-]))"
    r"(?=[A-Za-z0-9\-]*[0-9._])[A-Za-z][A-Za-z0-9]*(?:[._\-]+[A-Za-z0-9]+)*"
    r"(?![A-Za-z0-9._%+\-@])"
    r"(?!\s*(?:[\[\(\{<]\s*)?(?:@|＠|%40|艾特|爱特|愛特|(?i:at)(?![A-Za-z]))"
    r"|\s*[\-_~\u2010-\u2015]+\s*(?i:at)(?![A-Za-z]))"
)
# Glue that states the value (``is``, ``:``, ``=``, ``是``, ``ialah``; Cantonese ``係``, read
# ``系``, and ``喺`` typed for it), not a bare space.
_STATING_GLUE = regex.compile(
    r"(?i:(?<![A-Za-z])(?:is|ialah|adalah|saya)(?![A-Za-z]))|[:：=是係系喺为為]"
)
# What such a word is when it is no mailbox: a file, a domain, a version, a placeholder.
_NOT_A_MAILBOX = regex.compile(
    r"(?i:.*\.(?:com|net|org|edu|gov|io|co|me|cn|hk|mo|tw|sg|my|uk|txt|pdf|docx?|xlsx?|csv|"
    r"json|ya?ml|xml|html?|py|js|ts|java|go|rb|php|sh|png|jpe?g|gif|zip|exe|log|cfg|ini|toml)"
    r"|.*(?:^|\.)[0-9]+(?:\.|$).*)"
)
_PLACEHOLDER_PARTS = frozenset(
    {
        "your", "my", "his", "her", "their", "user", "username", "name", "first", "last",
        "firstname", "lastname", "surname", "given", "family", "example", "sample", "test",
        "demo", "dummy", "email", "mail", "address", "id", "account", "yourname", "xxx",
        "abc", "john", "jane", "doe", "foo", "bar", "baz",
        # Code and documents: an attribute (``row_2.value``, ``self.contact_email``), a
        # file's or a draft's name (``Q3_report``, ``v2_final``), a role (``admin_01``).
        "self", "this", "row", "col", "form", "data", "config", "obj", "item", "record",
        "req", "request", "params", "args", "value", "field", "contact", "report", "final",
        "draft", "template", "version", "copy", "backup", "new", "old", "admin", "info",
        "support", "noreply", "no", "reply", "team", "sales", "hr",
        # (a test's objects: ``fixture.email``, ``factory.user``, ``mock.email``)
        "fixture", "fixtures", "factory", "mock", "stub", "fake", "faker",
    }
)  # fmt: skip
_PART = regex.compile(r"[A-Za-z]+|[0-9]+")


class LenientEmailRecognizer(CountryPatternRecognizer):
    """``local@domain.tld`` with any dots in the local part; a mailbox name announced by an
    e-mail word."""

    ENTITY = "EMAIL_ADDRESS"
    COUNTRY_CODE = None
    NEGATIVE_CONTEXT = ()
    PATTERNS = [
        Pattern(
            "e-mail (lenient)",
            rf"(?<![A-Za-z0-9._%+\-]){_LOCAL}@{_DOMAIN}(?![A-Za-z0-9\-])",
            0.7,
        ),
        Pattern("e-mail mailbox name (announced)", _MAILBOX_NAME, 0.4),
    ]
    CONTEXT = ["email", "e-mail", "emel", "mail", "email address", "e-mail address", "alamat emel"]
    CONTEXT_ZH = ["邮箱", "郵箱", "电邮", "電郵", "邮件", "郵件", "邮箱地址", "郵箱地址"]
    CONTEXT_REQUIRED = frozenset({"e-mail mailbox name (announced)"})

    def keep(self, text: str, result: RecognizerResult) -> bool:
        # (a call, not a mailbox: ``email = factory.Sequence(lambda n: ...)``)
        return not text.startswith("(", result.end)

    def adjacent_ok(self, glue: str, value: str) -> bool:
        if not _STATING_GLUE.search(glue) or _NOT_A_MAILBOX.fullmatch(value):
            return False
        # (a single letter says nothing: ``v2_final`` is a draft, ``j.tan_2001`` a mailbox)
        words = [p.lower() for p in _PART.findall(value) if not p.isdigit() and len(p) > 1]
        return not all(w in _PLACEHOLDER_PARTS for w in words)
