"""Bank account numbers (``Maybank 账户 514122907763``, ``a/c no. 0123-456-789012``).

Account numbers have no check digit that banks share and no fixed length (8 to 17 digits
in Singapore, Malaysia, Hong Kong and the mainland), so a number is reported only right
after a word for the account (``account``, ``akaun``, ``账户``, ``戶口`` ...) or a bank's
name.  Card numbers are found by their own recognizers (Luhn, issuer prefixes).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.patterns import Pattern

_NB = r"(?<![0-9A-Za-z\-])"
_NA = r"(?![0-9A-Za-z]|-[0-9])"


class BankAccountRecognizer(CountryPatternRecognizer):
    """8-17 digits, maybe grouped by spaces or dashes, right after an account word."""

    ENTITY = "BANK_ACCOUNT"
    PATTERNS = [
        Pattern("bank account", _NB + r"[0-9](?:[ \-]?[0-9]){7,16}" + _NA, 0.5),
        # A person's own FPS identifier in Hong Kong (``佢個 FPS ID 係 1605 2837``; not a
        # shop's new one for its customers: ``新FPS ID 108472913``).
        Pattern(
            "FPS ID of a person",
            # (a digit first, then the label looked for behind it)
            _NB
            # (or a relative's: 我阿媽嘅 FPS ID 係 4417285)
            + r"(?=[0-9])(?<=(?:佢|他|她|我|你|阿媽|阿妈|阿爸|媽媽|妈妈|爸爸|老公|老婆|老豆|家姐|細佬|细佬|阿哥|阿妹)"
            r"(?:個|嘅|的)?\s?(?:FPS|轉數快|转数快)\s?(?:ID|識別碼|识别码)\s*"
            r"(?:係|是|:|：)?\s*)[0-9](?:[ ]?[0-9]){6,9}" + _NA,
            0.6,
        ),
    ]
    CONTEXT = [
        "account", "account no", "account number", "acct", "a/c", "akaun", "no. akaun",
        "acc no", "acc number", "acct no", "acc",
        "nombor akaun", "bank account", "savings account", "current account",
        "maybank", "cimb", "public bank", "rhb", "hong leong", "ambank", "bank islam",
        "dbs", "posb", "ocbc", "uob", "hsbc", "hang seng", "standard chartered",
        "bank rakyat", "bsn", "affin", "alliance bank", "bank muamalat", "agrobank",
        # Indonesia's banks and word for an account (``refund ke BCA 5271038492``)
        "bca", "bri", "bni", "mandiri", "rekening", "no rek", "no. rek", "norek",
        # Tamil: account, bank account
        "கணக்கு", "வங்கிக் கணக்கு",
    ]  # fmt: skip
    CONTEXT_ZH = [
        "账户", "帳戶", "账号", "帳號", "户口", "戶口", "银行账户", "銀行帳戶", "银行账号",
        "銀行帳號", "收款账号", "收款帳號", "汇款账号", "匯款帳號",
        # (and a bank's or the post office's name right before it: ``帳號 中華郵政
        # 0001234-5678901``)
        "中華郵政", "中华邮政", "郵局", "邮局", "臺灣銀行", "台灣銀行", "中國信託", "国泰世华",
        "國泰世華", "玉山銀行", "中国银行", "中國銀行", "工商银行", "建设银行", "農業銀行", "农业银行",
        "招商银行", "恒生銀行", "滙豐", "汇丰",
    ]  # fmt: skip
    CONTEXT_REQUIRED = frozenset({"bank account"})
    CONTEXT_BEFORE = 24

    def announced_elsewhere(self, text: str, result: RecognizerResult) -> bool:
        """An account word, maybe its bank, then its holder by honorific and name and a colon
        before the number (``No akaun Maybank Encik Hafiz: 1140 2293 8876``), or its bank and
        the holder's name and a dash (``No akaun Maybank Aiman - 1640 ...``); or a transfer
        to a bank, then its payee by name (``pindahan Maybank ke SITI NORHAYATI 1140...``,
        joined by underscores in a receipt's file name)."""
        before = text[max(0, result.start - 64) : result.start]
        if (
            _HOLDER_BETWEEN.search(before)
            or _TRANSFER_TO_BETWEEN.search(before)
            or _BANK_THEN_NAME_BETWEEN.search(before)
            # (or somebody's own or a relative's account: ``Akaun Maybank arwah suami``)
            or _OWN_ACCOUNT_BEFORE.search(before)
        ):
            return True
        # (or an account word further back and the bank's name right after the number:
        # ``nombor akaun abang zul utk claim ... tu 1572 0098 3341 maybank``)
        return bool(_BANK_AFTER.match(text, result.end) and _ACCOUNT_WORD.search(before))

    def keep(self, text: str, result: RecognizerResult) -> bool:
        # A company's account on an invoice (``their DBS corporate account``, ``akaun
        # syarikat Maybank ... atas nama Teknik Jaya Sdn Bhd``, ``公司对公账户``).
        # (as far back as a body's name in capitals before its account word: ``atas nama
        # PERSATUAN PENDUDUK TAMAN SERI MUTIARA, No. Akaun 8603881127``)
        before = text[max(0, result.start - 72) : result.start]
        after = text[result.end : result.end + 60]
        business = _BUSINESS_BEFORE.search(before)
        # (unless the writer's own account comes after that word: ``the company stopped
        # paying ..., my POSB savings account 188-44210-7``)
        if business and not _OWN_ACCOUNT_BEFORE.search(before, business.end()):
            return False
        if _COMPANY_AFTER.match(after):
            return False
        # A cloud provider's account id (``konsol AWS akaun 481726350912``, ``GCP project``).
        if _CLOUD_ACCOUNT_BEFORE.search(text, max(0, result.start - 24), result.start):
            return False
        # A bank's phone line written as one (``call the hotline ... CIMB 03-6204 7788``,
        # ``1-800-22-5555``): no account.
        return not (
            _PHONE_SHAPE.fullmatch(text[result.start : result.end])
            and _CALL_BEFORE.search(text, max(0, result.start - 80), result.start)
        )


_CLOUD_ACCOUNT_BEFORE = re.compile(
    r"(?i:\b(?:aws|azure|gcp|alibaba cloud|aliyun)\b)\s+(?i:account|akaun|acct|subscription|"
    r"project)(?:\s+(?i:id|no\.?))?\s*[:#]?\s*$"
)


# Banks by name, as a payment line names them before or after the number.
_BANK_NAMES = (
    r"maybank|cimb|public[ _]bank|rhb|hong[ _]leong|ambank|bank[ _]islam|bsn|"
    r"bank[ _]rakyat|dbs|posb|ocbc|uob|hsbc"
)
_HOLDER_BETWEEN = re.compile(
    r"(?i:\b(?:akaun|account|a/c)|户口|戶口|账户|帳戶)(?:\s+(?i:no\.?|number|nombor))?"
    r"(?:\s+[A-Z][A-Za-z]+){0,2}\s+"
    r"(?i:encik|en\.|puan|pn\.|cik|mr|mrs|ms|mdm|madam|tuan|dr)\.?\s+"
    r"[A-Z][a-z]+(?:\s+(?:bin|binti|binte|[A-Z][a-z]+)){0,3}\s*[:：]\s*$"
)
# ... or the bank, then the holder's name and a dash (a shared file's name: ``No akaun
# Maybank Aiman - 1640 2251 8843.txt``).
_BANK_THEN_NAME_BETWEEN = re.compile(
    r"(?i:\b(?:akaun|account|a/c))(?:\s+(?i:no\.?|number|nombor))?"
    rf"\s+(?i:{_BANK_NAMES})\s+(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+\s*[-–:：]\s*$"
)
_TRANSFER_TO_BETWEEN = re.compile(
    rf"(?i:\b(?:{_BANK_NAMES}))[ _]+(?i:ke|kepada|to)[ _]+"
    r"(?:[A-Z][A-Za-z'@]+[ _]+){1,5}$"
)
_OWN_ACCOUNT_BEFORE = re.compile(
    rf"(?i:\b(?:my|his|her)\s+(?:own\s+)?(?:(?:{_BANK_NAMES})\s+)?"
    r"(?:(?:savings|current|personal|salary|payroll)\s+)?(?:account|acct|a/c|acc)\b"
    r"(?:\s+(?:no\.?|number))?"
    # (or in Malay: ``akaun simpanan saya``)
    r"|\bakaun\s+(?:simpanan\s+|gaji\s+)?(?:saya|aku)\b"
    # (or a relative's, maybe late, after the bank: ``Akaun Maybank arwah suami 1641 ...``)
    rf"|\bakaun\s+(?:(?:{_BANK_NAMES})\s+)?(?:arwah\s+|allahyarham\s+|allahyarhamah\s+)?"
    r"(?:suami|isteri|ayah|bapa|ibu|emak|mak|abang|kakak|adik|anak)(?:\s+(?:saya|aku|dia))?\b)"
    r"\s*[:：]?\s*$"
)
_BANK_AFTER = re.compile(rf"[\s,(]{{0,3}}(?i:{_BANK_NAMES})\b")
_ACCOUNT_WORD = re.compile(
    r"(?i:\b(?:akaun|account|acct|a/c|acc|no\.? rek|rekening)\b)|户口|戶口|账户|帳戶|账号|帳號"
)
_BUSINESS_BEFORE = re.compile(
    r"(?i:\b(?:corporate|company|business|merchant|syarikat|perniagaan|vendor|supplier|"
    # ... and a body's: a residents' association, a society, a mosque's or a temple's fund
    r"persatuan|association|society|club|kelab|masjid|surau|tabung|church|gereja|temple|"
    r"kuil|tokong|"
    # (a school sports council, a parent-teacher association, a cooperative, a council:
    # ``bayar ke akaun MSSD Petaling Perdana``)
    r"mssd|mssn|mssm|pibg|koperasi|majlis|"
    # (a building's joint management body: ``akaun Badan Pengurusan Bersama Residensi ...``)
    r"badan pengurusan|jmb|jmc|mcst|management corporation|"
    # (and a sole proprietor's business name: ``Ladang Qurban Barakah Enterprise``)
    r"enterprise|"
    # (and a university's bursar, in Malay: ``akaun korporat Bendahari Universiti``)
    r"korporat|bendahari|universiti|university|"
    # (and a charity's: ``Donations via DuitNow to Pertubuhan Kebajikan …, Maybank acc``)
    r"pertubuhan|yayasan|kebajikan|donations?|derma|sumbangan)\b)"
    # ... or a relief or charity fund (``the official MERCY Malaysia flood relief fund:``)
    r"|(?i:\b(?:relief|disaster|flood|emergency|charity|charitable|official)\s+(?:\w+\s+){0,3}fund\b)"
    # ... or the payee company named right before (``Pay to Liga Futsal Sdn Bhd, Maybank``)
    r"|(?i:\b(?:sdn\.? ?bhd|pte\.? ?ltd|berhad|limited|ltd|llp)\b)"
    r"|公司|企业|企業|对公|對公|商户|商戶|协会|協會|商会|商會|基金会|基金會|"
    # (a law or an accounting firm: 北京市恒岳律师事务所)
    r"事务所|事務所|律所"
)
_COMPANY_AFTER = re.compile(
    r"[^.。\n]{0,40}?(?i:\b(?:sdn\.? ?bhd|pte\.? ?ltd|berhad|limited|ltd)\b)|[^。\n]{0,30}?有限公司"
    # ... or a sole proprietor's business in brackets (``Maybank 5142 ... (Fisio Sihat
    # Enterprise)``)
    r"|\s*\([^()\n]{1,40}\b(?i:enterprise|trading|services)\s*\)"
    # ... or a body's name in brackets right after it (``Maybank 5621 0301 8842 (Masjid ...)``).
    r"|\s*\(\s*(?i:masjid|surau|persatuan|kelab|yayasan|tabung|temple|church|gereja|kuil|"
    r"tokong|association|society|club|foundation|company|corporate|official)\b"
    # ... or a body named as its holder right after it (``3198-7720-15，户名：Lembaga Pengurus
    # SJK(C) Pei Hwa``, ``a/n Persatuan ...``).
    r"|[\s,，;；]*(?:户名|戶名|账户名|帳戶名|a/n|atas nama)\s*[:：]?\s*(?i:lembaga|persatuan|"
    r"pertubuhan|yayasan|kelab|masjid|surau|sekolah|sjk|smk|smjk|koperasi|tabung|board|"
    r"association|society|foundation|school)\b"
)
_PHONE_SHAPE = re.compile(r"0\d{1,2}-?\d{3,4} ?\d{4}|1-?[38]00(?:-\d{2,4}){2,3}")
_CALL_BEFORE = re.compile(
    r"(?i:\b(?:call|hotline|helpline|talian|telefon|tel|hubungi|dial|phone|contact)\b)"
    r"|热线|熱線|电话|電話|致电|致電"
)
