"""Mainland China bank card numbers (银行卡号): UnionPay and common domestic BINs, Luhn."""

from __future__ import annotations

from residency.detectors.checksums import luhn
from residency.detectors.china.cn_resident_id_recognizer import has_resident_id_shape
from residency.detectors.country_base import (
    MISTYPED_ID_SCORE,
    NA,
    NB,
    CountryPatternRecognizer,
    MistypedIdRecognizer,
)
from residency.detectors.patterns import Pattern

# 62: China UnionPay.  The others are long-standing domestic debit BINs that predate
# UnionPay numbering: 9558 ICBC, 95599 ABC, 436742 CCB Long Card, 456351 and 601382 BOC.
BIN_PREFIXES = ("62", "9558", "95599", "436742", "456351", "601382")
_BIN = r"(?:62|9558|95599|436742|456351|601382)"


class CnBankCardRecognizer(CountryPatternRecognizer):
    """16-19 digit card numbers, plain or in groups of four, with a valid Luhn digit."""

    ENTITY = "CN_BANK_CARD"
    COUNTRY_CODE = "cn"
    PATTERNS = [
        Pattern("CN bank card", NB + _BIN + r"\d{10,17}" + NA, 0.4),
        Pattern(
            "CN bank card (grouped)", NB + r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?" + NA, 0.4
        ),
    ]
    CONTEXT = ["bank card", "card number", "card no", "debit card", "account", "unionpay", "iban"]
    CONTEXT_ZH = [
        "银行卡",
        "卡号",
        "银行账号",
        "账号",
        "储蓄卡",
        "借记卡",
        "信用卡",
        "银联",
        "开户行",
    ]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace(" ", "").replace("-", "")
        # 18 digits with a resident id's region and birth date are an id (62 is also
        # Gansu's province code); one with a wrong check digit is a typo, not a card,
        # even when it happens to pass Luhn (one in ten do).
        if len(digits) == 18 and has_resident_id_shape(digits):
            return False
        return 16 <= len(digits) <= 19 and digits.startswith(BIN_PREFIXES) and luhn(digits)


# A card number given as the writer's own right after its label whose Luhn digit fails
# (``退款请转到我的招商银行卡 6214 8301 2345 6789``): a mistyped number that still points to
# its holder's account, kept (fail closed) unless the text is about validating numbers.
# (the card's first digits are tried before the label is looked for behind them)
_OWN_LABELLED = (
    NB
    + rf"(?={_BIN})"
    + r"(?<=(?:我的|我|本人)[\u4e00-\u9fff]{0,6}?(?:银行卡|銀行卡|储蓄卡|儲蓄卡|借记卡|借記卡|卡号|卡號)"
    r"(?:号|號|号码|號碼)?\s*(?:是|為|为|:|：)?\s*)"
    + _BIN
    + r"(?:\d{10,17}|\d{2}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?)"
    + NA
)


class CnMistypedBankCardRecognizer(MistypedIdRecognizer):
    """A UnionPay-shaped card number after "my ... bank card" whose Luhn digit fails."""

    ENTITY = "CN_BANK_CARD"
    COUNTRY_CODE = "cn"
    PATTERNS = [Pattern("CN bank card (own, check not verified)", _OWN_LABELLED, MISTYPED_ID_SCORE)]
    # (the label is part of the pattern; these only score it)
    CONTEXT = ["bank card", "card number"]
    CONTEXT_ZH = ["银行卡", "卡号"]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace(" ", "").replace("-", "")
        if not 16 <= len(digits) <= 19 or luhn(digits):
            return False  # a valid number: CnBankCardRecognizer's finding
        return None
