"""Masked, tokenised and pseudonymised values: a pre-decision check (PIPL Art. 73).

A value that was masked (``138****1234``, ``张**``) or replaced by a placeholder
(``[NAME]``, ``<PERSON>``, ``【手机号】``) is *de-identified*, not anonymised: whoever holds
the mapping or the rest of the record can often re-identify the person, so under PIPL
Art. 73(3)-(4) it is still personal information.  The scanner looks for values, not for
their masks, so a masked record would otherwise look clean.

:func:`masked_findings` finds such tokens in a record's text and reports them as
``MASKED_*`` findings (the evidence is the mask itself, re-masked); the engine matches
them with ``match: {masked: true}`` and also treats any ``MASKED_*`` type a scanner
reports the same way.  The patterns are deliberately few and documented in
docs/policies.md; a false positive keeps a record at home, never sends one out.
"""

from __future__ import annotations

import re
from typing import Any

from residency.detectors.chinese.zh_person_recognizer import SURNAMES
from residency.detectors.masking import mask_value
from residency.model import Finding, ScanResult
from residency.records import DEFAULT_SCHEMA, RecordSchema, iter_text_fields

RECOGNIZER = "residency.policies.masked"
MASKED_PLACEHOLDER = "MASKED_PLACEHOLDER"
MASKED_VALUE = "MASKED_VALUE"

# Words that, in upper case inside [...], <...>, {...} or {{...}}, name a removed value.
_PLACEHOLDER_WORDS = (
    "NAME|PERSON|FIRST_?NAME|LAST_?NAME|FULL_?NAME|PHONE|PHONE_NUMBER|MOBILE|TEL|EMAIL|"
    "EMAIL_ADDRESS|ADDRESS|LOCATION|ID|ID_NUMBER|ID_CARD|NRIC|FIN|MYKAD|IC|SSN|PASSPORT|"
    "CARD|CREDIT_CARD|BANK_CARD|ACCOUNT|IBAN|IP|IP_ADDRESS|DOB|DATE_OF_BIRTH|USER|USERNAME|"
    # (not a socket's address family in a log: ``from [AF_INET]192.0.2.60:51820``)
    "PII|REDACTED|MASKED|ANONYMI[SZ]ED|PSEUDONYM|(?!AF_|PF_)[A-Z]{2}_[A-Z_]+"
)
_CJK_WORDS = "姓名|名字|人名|手机号|手机号码|电话|电话号码|身份证|身份证号|证件号|地址|住址|邮箱|银行卡号?|账号|车牌号?|微信号?|QQ号?"

# A MyKad with some of its parts starred and four digits or more still shown
# (9002**-**-5632, ******-**-5632): its ``**`` runs are no markdown emphasis.
_MASKED_MYKAD = re.compile(
    r"(?<![0-9A-Za-z*])(?=[0-9-]{0,13}\*)(?=(?:[*-]*\d){4})"
    r"[0-9*]{6}-[0-9*]{2}-[0-9*]{4}(?![0-9A-Za-z*])"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        MASKED_PLACEHOLDER,
        re.compile(
            # (not ``${DB_PASSWORD}``: a shell or config variable, filled in at run time)
            r"(?:\[|<|(?<!\$)\{\{?)\s*(?:" + _PLACEHOLDER_WORDS + r")(?:[_-]?\d+)?\s*(?:\]|>|\}\}?)"
        ),
    ),
    (MASKED_PLACEHOLDER, re.compile(r"[\[【<〔（(]\s*(?:" + _CJK_WORDS + r")\s*[\]】>〕）)]")),
    # 138****1234, 110***********1234, ****1234, 1234 **** **** 5678 (ASCII boundaries:
    # in Chinese text the mask sits between CJK characters, which \w would match)
    (
        MASKED_VALUE,
        # (one digit may be shown before the stars: ``9*** 4210``)
        re.compile(r"(?<![0-9A-Za-z*])(?:\d+[ -]?)?(?:\*{3,}[ -]?)+\d{2,}(?![0-9A-Za-z*])"),
    ),
    (MASKED_VALUE, re.compile(r"(?<![0-9A-Za-z*])\d{2,}\*{3,}(?![0-9A-Za-z*])")),
    # An NRIC/FIN with its middle digits starred, as lucky draws and receipts print it
    # (S****152Z, ****567D), and a MyKad with some of its parts starred.
    (MASKED_VALUE, re.compile(r"(?<![0-9A-Za-z*])[STFGM]?\*{3,5}\d{3,4}[A-Z](?![0-9A-Za-z*])")),
    (MASKED_VALUE, _MASKED_MYKAD),
    # The last digits of a resident id given as such (身份证后四位0113): a part of the id.
    (
        MASKED_VALUE,
        re.compile(r"(?<=身份证后四位|身份證後四位)(?:是|为|為|[:：])?\s*\d{3}[\dXx](?!\d)"),
    ),
    # ... and of a card, an account or a phone (卡号尾号6127, 手机后四位 5678).
    (
        MASKED_VALUE,
        re.compile(
            # (not a company's account by its last digits: 公司活存 帳戶尾號 8812)
            r"(?:(?<=[号號机機卡](?:尾号|尾號))|(?<=[号號机機卡](?:后四位|後四位)))"
            r"(?:是|为|為|[:：])?\s*\d{4}(?!\d)"
        ),
    ),
    # 张**, 李*明 (a CJK surname followed by one or two stars; not the end of **bold**, and
    # not a phone code after a verb: ``撥*#06#``)
    (
        MASKED_VALUE,
        re.compile(rf"(?<!\*)[{''.join(sorted(SURNAMES))}](?:\*[\u4e00-\u9fff]|\*{{1,2}})(?![*#])"),
    ),
    # e-mail with a starred local part: j***@example.com (not at a documentation domain:
    # ``z*******@example.com`` masks nobody's address)
    (
        MASKED_VALUE,
        re.compile(r"\b\w\*{2,}\w*@(?!(?:example\.(?:com|net|org)|[\w-]+\.test)\b)[\w.-]+\.\w+"),
    ),
)


# A line that shows what masking looks like (``# 手机号脱敏，例如 138****0000``, ``assert
# mask(x) == '9123****'  # dummy value``): its masks are examples of the format.  (A
# placeholder's own word -- ``[REDACTED]``, ``[MASKED]`` -- does not make its line one.)
_EXAMPLE_WORDS = re.compile(
    # (``e.g.`` ends on a dot, where ``\b`` cannot stand)
    r"(?i:(?<![@.\w])e\.g\.(?!\w))|"
    # (a masking rule's config: ``pii_mask 規則：name -> "王**"``)
    r"(?i:\bpii_?mask)|"
    r"(?i:(?<![@.\w])(?:for example|examples?|sample|dummy|placeholder|mock|fake|"
    r"(?<![\[<{*_])(?:mask(?:s|ed|ing)?|redact(?:s|ed|ion)?))\b"
    r"(?!\.\w))|"
    # (a masking function called on the line: ``mask_phone("13800138000") == "138****8000"``)
    r"(?i:(?<![\w.])(?:mask|redact)_?\w*\()|"
    # (a value's pattern or format: ``must follow the pattern S****123A``)
    r"(?i:\b(?:the|this|a|in) (?:pattern|format)\b)|"
    # (and "of the form", Malay "e.g.": ``形如 138****0000``, ``cth. ******89``)
    r"形如|(?i:\bcth\.)|"
    # (a template or a specimen of a form, whose ○○○ are its blanks: 訃聞範本, 成績單（樣張）)
    # (not 样本 or "specimen": a lab's blood sample is no example)
    r"範本|范本|模板|樣張|样张|(?i:\btemplates?\b)|"
    # (how a masked value is shown: ``手机号会显示为 138****0000``)
    r"显示为|顯示為|显示成|顯示成|(?i:\b(?:shown|displayed|appears?) as\b)|"
    r"例如|比如|示例|样例|範例|范例|脱敏|脫敏|掩码|掩碼|打码|打碼|遮罩(?!版)|遮蔽|遮盖|遮蓋|测试数据|測試資料|测试用例|單元測試|单元测试|"
    # A unit test's expectation (``assert mask_phone(x) == "139****5678"``,
    # ``self.assertEqual(mask_name("欧阳锋"), "欧阳*")``, a parametrised case's ``expected``).
    r"(?:(?<![\w.])|(?<=self\.))assert(?:Equals?)?\b|\.toBe\(|\bparametri[sz]e\b|"
    # A value shown after 如 "such as" (``如 "**** **** **** 1234"``).
    r"(?:^|[，,：:；;\s（(])如\s*[:：]?\s*[\"“「『]"
    # Stars (or circles) a writer says stand in for the data (``資料先用「○○○」代替``).
    r"|(?:用|以)\s*[「『“\"]?\*{2,}[」』”\"]?\s*(?:代替|替代|取代|表示|代表)"
)


# A line that tells a story's plot (剧情：, 故事梗概, plot summary): its masks are props.
_PLOT = re.compile(
    r"剧情[:：]|劇情[:：]|剧情简介|劇情簡介|故事梗概|(?i:\bplot summary\b|\bsynopsis\b)"
)


# A placeholder only shown: as what removed values were replaced with ...
_PLACEHOLDER_SHOWN = re.compile(
    r"(?i:\breplac(?:e|es|ed|ing) (?:\w+ ){0,6}(?:with|by)\s*$)"
    # ... or given to a redaction tool as its mask (``--mask '[REDACTED]'``, ``mask=``) ...
    r"|(?i:(?:--|\b)(?:mask|replacement|placeholder)(?:[_-]\w+)?\s*[= ]\s*['\"]?$)"
    # ... or after a line that says what replaces what (``replace every real name with
    # <NAME_1> ...; already scrubbed: 'Hi <NAME_1>'``, ``统一替换为 [姓名]、[电话]``) ...
    r"|(?i:\breplac(?:e|es|ed|ing)\b[^\n]{0,80}?\b(?:with|by)\b)[^\n]{0,200}$"
    r"|(?:替换为|替換為|替换成|替換成)[^\n]{0,60}$"
    # (or a dataset card's note: ``手機號碼、地址皆以 [電話]、[地址] 取代``, ``telah
    # digantikan dengan [NAMA], [NO_KP] dan [TEL]``)
    r"|(?:皆|均|都|一律|统一|統一|分别|分別)(?:以|用)\s*"
    r"(?:[\[【<][^\]】>\n]{1,12}[\]】>]\s*[、，,]?\s*)*$"
    r"|(?i:\bdigantikan dengan\b)[^\n]{0,80}$"
    # ... or a tokenizer's vocabulary of special tokens (``"additional_special_tokens":
    # ["<PERSON>", "<NATIONAL_ID>"]``): tokens a model learns, not values removed.
    r"|(?i:special_tokens?\b)[^\n]{0,200}$"
    # ... or as the fields somebody is asked to send (``请私信提供【收件人】【手机号】【地址】``).
    # (asked for, not said to have been given: not ``客户已提供【手机号】``)
    # (maybe after a colon: ``退款申请请按格式填写：【订单号】【开户行】【账号】``)
    r"|(?:请|請|须|須|需要?)[^。\n]{0,6}(?:提供|填写|填寫|附上|注明|註明)\s*[:：]?\s*"
    r"(?:[【\[][^】\]\n]{1,10}[】\]]\s*[、，,]?\s*)*$"
    # ... or as what a redaction turned a value into (``'YYMMDD-PB-###G' became '[MYKAD]'``).
    r"|(?i:\b(?:became|becomes|turned into)\s*['\"“]?\s*$)|(?:->|→)\s*['\"“]?\s*$"
    # (or later in the same list: ``names became [PERSON_1], [PERSON_2] and ...``)
    r"|(?i:\b(?:became|become|turned into)\s*[\[<{][^.\n]{0,60}$)"
    # ... or shown as an example value (``示例值为 "<NAME>"``, ``e.g. [NAME]``).
    r"|(?i:\be\.g\.|\bfor example|\bexample values?|\bsample values?)[^.\n]{0,16}$"
    r"|(?:示例值?|例如|比如|样例)[^。\n]{0,80}$"
    # ... or inside a record the line calls an example (``Example record: {... [NAME] ...}``).
    r"|(?i:\b(?:example|sample)(?: masked| redacted| anonymi[sz]ed)? (?:records?|rows?|"
    r"entr(?:y|ies)|inputs?|outputs?|items?|prompts?|messages?|redactions?|payloads?)\b)"
    r"[^\n]{0,200}$"
    # ... or assigned in code as a literal (``payload["name"] = "<REDACTED>"``): the code
    # writing the placeholder in.
    r"|[\w\]\)]\s*=\s*[\"'`]$"
    # (or the other way round: ``Safe rewrite example: "Contact [NAME] at [PHONE]"``)
    r"|(?i:\b(?:rewrite|redaction|redact|masking|output|record)s? examples?\b)[^\n]{0,200}$"
    r"|(?i:\bexamples? of (?:an? )?(?:redacted|masked|anonymi[sz]ed|scrubbed) "
    r"(?:lines?|records?|rows?|messages?|texts?|transcripts?)\b)[^\n]{0,200}$"
    # ... or called a placeholder (``swap your NRIC for placeholders like [NRIC]``, 占位符).
    # (and on through a list of them: ``Placeholders for the SOP: [CUSTOMER_NAME],
    # [NRIC_LAST4], [MOBILE]``)
    r"|(?i:\bplaceholders?\b)[^.\n]{0,30}(?:[\[<{][A-Z0-9_ ]{1,30}[\]>}],?\s*(?:and\s+|or\s+)?)*$"
    r"|(?:占位符|佔位符)[^。\n]{0,30}$"
    # ... or in a form's layout given under its heading (``疏文格式：弟子〔姓名〕，住居〔地址〕``).
    r"|(?:格式|範本|范本|模板)\s*[:：][^\n]{0,120}$"
    # ... or in a line that calls itself a placeholder record (``Placeholder record: ...``)
    r"|(?i:\bplaceholder (?:records?|rows?|values?|data|entr(?:y|ies))\b)[^\n]{0,200}$"
    # ... or in a template to fill in (``Template: Landlord: [NAME], NRIC No.: [NRIC]``).
    r"|(?i:\btemplates?\b|\btemplat\b)[^\n]{0,200}$|(?:模板|範本|范本)[^\n]{0,200}$"
    # ... or a mail merge's fields (``Mail-merge fields for the letter: <<FULL_NAME>>``).
    r"|(?i:\b(?:mail[- ]?merge|merge) fields?\b)[^\n]{0,200}$"
    # ... or in a numbered statutory form (``Borang 5 - Notis Kebankrapan. Kepada: {NAMA}``).
    r"|(?i:\b(?:borang|form)\s+\d{1,3}[A-Z]?\b)[^\n]{0,200}$"
    # ... or in a test's expected output (``expected_output.json: {"redacted": "... [PHONE]"}``).
    r"|(?i:\bexpected(?:[_ -](?:output|result|value)s?)?\b)[^\n]{0,200}$"
    # ... or in a schema's field list (``字段说明：xm（姓名）、lxdh（联系电话）``).
    r"|(?:字段说明|字段說明|数据字典|數據字典)[^\n]{0,200}$"
    # ... or as a substitution's replacement in code (``re.sub(r"[STFGM]\d{7}[A-Z]", "[NRIC]",
    # text)``, ``.replace(phone, "<PHONE>")``).
    r"|(?:\bre\.sub|\.sub|\.replace(?:All)?|\bgsub|\bsed)\s*\([^\n]{0,120}$"
    # ... or as a masking function's argument (``mask("<NRIC>")``).
    r"|(?i:\b(?:mask|redact|anonymi[sz]e|pseudonymi[sz]e)_?\w*\(\s*[\"']?)$"
    # ... or in a format a line spells out (``Vendor format: "Guest [REDACTED], Table 4"``).
    r"|(?i:\bformat\s*[:：])[^\n]{0,200}$"
    # ... or in a test's fixture (``Test fixture: phone_number = "<REDACTED>"``).
    r"|(?i:\b(?:test )?fixtures?\b)[^\n]{0,200}$"
)


# A blank to fill in (``holder of NRIC No. [__________]``, ``Room ___, ___/F``): the line is
# a form or a template, and its placeholders are its slots, not values removed from a record.
_FILL_IN_BLANK = re.compile(r"_{4,}|(?<![A-Za-z0-9_])___(?![A-Za-z0-9_])")
# ... or a slot for what no redaction removes (a date, a reason, a count, an empty one):
# ``特此申請由【日期】至【日期】請假共【 】天``, ``on [Date] because [reason]``.
_TEMPLATE_SLOT = re.compile(
    r"[\[【{<]\s*(?:日期|时间|時間|原因|事由|理由|金额|金額|天数|天數|数量|數量|年份|关系|關係|"
    # (a date's format as its slot: 【YYYY-MM-DD】, [DD/MM/YYYY])
    r"(?i:yyyy[-/.年]mm[-/.月]dd日?|dd[-/.]mm[-/.]yyyy|mm[-/.]dd[-/.]yyyy)|"
    # (a form's gender and birth date slots: no redaction masks a gender)
    r"性别|性別|出生日期|"
    r"(?i:date|tarikh|reason|sebab|amount|jumlah|time|masa|day|days|hari|year|years|tahun|"
    r"relation|relationship|hubungan|occasion|event|venue|company|school|position|role|"
    # (and a reference number's: ``No. Ruj <NO_RUJUKAN>``, a date's with its kind:
    # ``<TARIKH_TAMAT>``)
    r"no_rujukan|rujukan|reference|ref)(?:_[A-Za-z]+)?|)"
    r"\s*[\]】}>]"
    # ... or a writer's slot in lower case or with choices (``[bride/groom]``, ``[your
    # name]``; not a markdown link's ``[text](``): a redaction tool writes ``[NAME]``.
    r"|\[\s*(?:your |the )?[A-Za-z]*[a-z/][A-Za-z]*(?:[ /_-][A-Za-z]+){0,3}\s*\](?!\()"
    # ... or the slot of the writer's own name opening a letter or a declaration (``I,
    # [FULL NAME as per NRIC], NRIC No. [NRIC], residing at [ADDRESS], hereby ...``).
    r"|(?:^|[\n.:\"“])\s*I,\s*[\[<{]\s*(?i:full name|name|nama)[^\]>}\n]{0,30}[\]>}]"
    # ... or a mail merge's field in double angle brackets (``Hello <<NAME>>, you're due``).
    r"|<<\s*[A-Z][A-Z0-9_]*\s*>>"
    # ... or a legal draft's blanks (``the sum of RM[●] ... dated [●]``).
    r"|\[\s*[●•*]\s*\]"
)


# A key's quoted value (``"patient_name": "<NAME>"``).
_KEYED_VALUE = re.compile(r"[\"']\s*:\s*\"([^\"\n]*)\"")
# (in Chinese too: ``{"name": "<姓名>", "id_no": "<身份证号>"}``, maybe with the value's
# length first: ``"<18位身份证号>"``)
_WHOLE_PLACEHOLDER = re.compile(
    r"\s*(?:\[|<|\{\{?)\s*(?:\d{1,2}位)?[A-Z\u4e00-\u9fff][A-Z0-9_ /\u4e00-\u9fff]*\s*(?:\]|>|\}\}?)\s*"
)


# A form's field: a short label, a colon and its value up to the next field's separator.
_LABELLED_FIELD = re.compile(
    r"(?:^|[|;\n—–])\s*[A-Za-z][\w /()'-]{0,30}:\s*([^|;\n—–]*?)\s*(?=[|;\n—–]|$)"
)


_TABLE_RULE = re.compile(r"\|\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|")
_TABLE_SLOT = re.compile(
    r"\s*(?:<[A-Za-z][\w /-]*>|\[[A-Za-z][\w /-]*\]|\{\{?[A-Za-z][\w /-]*\}?\})\s*"
)


_RECORD_DELIMITERS = re.compile(r"[|^~]")
_RECORD_CODE = re.compile(r"[A-Z][A-Z0-9_]{1,15}|\d{1,3}")


def _all_values_placeholders(line: str) -> bool:
    """A record's schema or template: three keys or more, each valued with a placeholder
    (``{"patient_name": "<NAME>", "id_no": "<ID_NUMBER>", "diagnosis": "<DX>"}``), no real
    value among them."""
    values = _KEYED_VALUE.findall(line)
    if len(values) >= 3 and all(_WHOLE_PLACEHOLDER.fullmatch(v) for v in values):
        return True
    # ... or a form's labelled fields (``Name: <FULL_NAME> | NRIC/FIN: <ID_NO> | ...``).
    fields = _LABELLED_FIELD.findall(line)
    if len(fields) >= 3 and all(_WHOLE_PLACEHOLDER.fullmatch(v) for v in fields):
        return True
    # ... or a delimited record's template (an HL7 segment: ``PID|1||{MRN}^^^CLINIC||
    # {FAMILY}^{GIVEN}||{DOB}|...``): three slots or more, its other fields codes.
    # (a segment opens with its code; a markdown table's row opens with its bar)
    if line.count("|") >= 4 and not line.lstrip().startswith("|"):
        parts = [p.strip() for p in _RECORD_DELIMITERS.split(line) if p.strip()]
        slots = [p for p in parts if _WHOLE_PLACEHOLDER.fullmatch(p)]
        if len(slots) >= 3 and all(p in slots or _RECORD_CODE.fullmatch(p) for p in parts):
            return True
    # ... or a markdown table's row of slots under its header (``| Name | NRIC |
    # |------|------| | <name> | <NRIC> |``), or a row of a writer's slots, some in lower
    # case as no redaction tool writes them (``| <name> | <NRIC> | <mobile> |``).
    rows = _TABLE_RULE.split(line)
    if len(rows) == 1 and not line.lstrip().startswith("|"):
        return False
    cells = [c for c in rows[-1].split("|") if c.strip()]
    return (
        len(cells) >= 3
        and all(_TABLE_SLOT.fullmatch(c) for c in cells)
        and (len(rows) > 1 or any(c.strip()[1:2].islower() for c in cells))
    )


def _example_line(text: str, start: int, end: int, entity_type: str = MASKED_VALUE) -> bool:
    """Whether the line holding ``text[start:end]`` says it shows an example (a mask), or
    names a placeholder as what values were replaced with."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if entity_type == MASKED_PLACEHOLDER:
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return bool(
            _all_values_placeholders(line)
            or _PLACEHOLDER_SHOWN.search(text, line_start, start)
            or _FILL_IN_BLANK.search(text, line_start, len(text) if line_end < 0 else line_end)
            or _TEMPLATE_SLOT.search(text, line_start, len(text) if line_end < 0 else line_end)
        )
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        _EXAMPLE_WORDS.search(text, line_start, line_end)
        or _PLOT.search(text, line_start, line_end)
    )


def _in_markdown_emphasis(text: str, start: int, end: int) -> bool:
    """``**重要**``: a ``**`` in the match that pairs with another ``**`` on the same line
    is markdown emphasis, not a mask."""
    stars = text.find("**", start, end)
    if stars < 0 or text[stars : stars + 3] == "***" or (stars and text[stars - 1] == "*"):
        return False  # only a run of exactly two stars can be emphasis here
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text.count("**", line_start, stars)
    after = text.count("**", stars + 2, line_end)
    return before % 2 == 1 or after % 2 == 1


# A fapiao item's tax category between stars (``*小型新能源汽车*比亚迪秦PLUS``): the closing
# star after a surname-like character (车) masks nobody.
_FAPIAO_CATEGORY = re.compile(r"\*[\u4e00-\u9fff]{2,14}\*(?=[\u4e00-\u9fffA-Za-z0-9])")
_MASK_CHARS = str.maketrans({"○": "*", "●": "*"})
# Full-width stars inside a masked number (``9＊＊＊ 4210``); elsewhere they decorate text
# (``＊本賣場不接受私下交易＊``).
_FULL_WIDTH_STAR_IN_NUMBER = re.compile(r"(?<=[0-9＊*])＊|＊(?=[0-9＊*])")


def masked_findings(
    record: dict[str, Any], schema: RecordSchema = DEFAULT_SCHEMA
) -> tuple[Finding, ...]:
    """``MASKED_*`` findings for the masks and placeholders in every text field."""
    found: dict[tuple[str, int, int], Finding] = {}
    for path, text in iter_text_fields(record, schema):
        # (full-width stars and the circle Taiwan masks names with, 林○廷, read as stars;
        # one character for one, so the offsets hold)
        if "＊" in text or "○" in text or "●" in text:
            text = _FULL_WIDTH_STAR_IN_NUMBER.sub("*", text.translate(_MASK_CHARS))
        if (
            "*" not in text
            and not any(c in text for c in "[<{【〔（(")
            and "四位" not in text
            and "尾号" not in text
            and "尾號" not in text
        ):
            continue
        for entity_type, pattern in _PATTERNS:
            for m in pattern.finditer(text):
                key = (path, m.start(), m.end())
                if key in found or (
                    pattern is not _MASKED_MYKAD and _in_markdown_emphasis(text, m.start(), m.end())
                ):
                    continue
                if _example_line(text, m.start(), m.end(), entity_type):
                    continue
                if _FAPIAO_CATEGORY.search(text, max(0, m.start() - 16), m.start() + 3):
                    continue
                found[key] = Finding(
                    entity_type=entity_type,
                    field=path,
                    start=m.start(),
                    end=m.end(),
                    score=1.0,
                    recognizer=RECOGNIZER,
                    masked=mask_value(m.group(0)) if entity_type == MASKED_VALUE else m.group(0),
                )
    return tuple(sorted(found.values(), key=lambda f: (f.field, f.start, f.end, f.entity_type)))


def with_masked_findings(
    scan: ScanResult, record: dict[str, Any], schema: RecordSchema = DEFAULT_SCHEMA
) -> ScanResult:
    """The scan plus the record's masked tokens (findings sorted as the scanner sorts them)."""
    extra = masked_findings(record, schema)
    if not extra:
        return scan
    merged = sorted(
        {*scan.findings, *extra}, key=lambda f: (f.field, f.start, f.end, f.entity_type)
    )
    return ScanResult(findings=tuple(merged), languages=scan.languages, error=scan.error)
