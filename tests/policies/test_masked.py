"""Masked and pseudonymised tokens (PIPL Art. 73): found, and nothing else is."""

from __future__ import annotations

import pytest

from residency.model import ScanResult
from residency.policies import masked_findings, with_masked_findings


@pytest.mark.parametrize(
    "text, expected",
    [
        ("客户手机138****1234", ["138****1234"]),
        ("身份证110***********1234", ["110***********1234"]),
        ("card ending ****5678", ["****5678"]),
        ("Dear [NAME], your order", ["[NAME]"]),
        ("<PERSON> called <PHONE_NUMBER_2>", ["<PERSON>", "<PHONE_NUMBER_2>"]),
        ("{{EMAIL}} wrote", ["{{EMAIL}}"]),
        ("联系人【姓名】，电话[手机号]", ["【姓名】", "[手机号]"]),
        ("经理张**回复", ["张**"]),
        ("mail j***@gmail.com", ["j***@gmail.com"]),
        ("<CN_RESIDENT_ID>", ["<CN_RESIDENT_ID>"]),
        # An NRIC/FIN or a MyKad with its middle starred, as lucky draws print them.
        ("Winner: Mdm Siti, S****152Z, Blk 761", ["S****152Z"]),
        ("IC ****567D", ["****567D"]),
        ("Ahmad bin Ali (9002**-**-5632), Kulim", ["9002**-**-5632"]),
        ("No. K/P: ******-**-5632", ["******-**-5632"]),
        # ... not a MyKad's own digits, nor a code with stars around it.
        ("900214-10-5632", []),
        ("MyKad ******-**-**48", []),
        # The last four digits of a resident id, said so.
        ("我是喻成林，身份证后四位0113，在星巴克当店长", ["0113"]),
        ("请输入身份证后四位进行验证", []),
        # Full-width stars inside a number, Taiwan's circle in a name; decorative stars.
        ("電話 9＊＊＊ 4210", ["9＊＊＊ 4210"]),
        ("八年二班 陳○宇 英語不及格", ["陳○宇"]),
        ("＊本賣場不接受私下交易＊", []),
        ("SKU A****B", []),
        # Not masks: markdown, code, ordinary brackets
        ("***bold*** and **strong** text", []),
        ("a * b * c, 2**10", []),
        ("<div>[1] see [Note] {x}</div>", []),
        ("[INST] hello [/INST]", []),
        ("plain text with no masks", []),
        # A masked address at a documentation domain masks nobody's.
        ("mail j***@example.com", []),
        # A shell or config variable is filled in at run time, not a removed value.
        ("password = ${DB_PASSWORD} user = ${APP_USER}", []),
        ("export TOKEN=${API_TOKEN} # {EMAIL} stays a mask", ["{EMAIL}"]),
        # A placeholder or a mask only shown: what values were replaced with, an example
        # value, a unit test's expectation; a placeholder's own word is no such sign.
        ("I replaced the names with [NAME] as asked.", []),
        ('字段定义，示例值为 "<NAME>", "<PHONE>"。', []),
        ('assert mask_phone("13912345678") == "139****5678"', []),
        ("Patient [REDACTED] has a fever", ["[REDACTED]"]),
        ("Patient [MASKED] was seen, 138****1234", ["[MASKED]", "138****1234"]),
        # A masking function called on the line, a filter replacing values with a token, a
        # template to fill in, a log format described as a mask (掩码): shown, not applied.
        ('print(mask_card("6222020200112233445"))  # -> 6222****3445', []),
        (
            "Write a filter that replaces every phone number in the log with [PHONE] before saving.",
            [],
        ),
        ("Template: Tenant: [NAME], passport no. [PASSPORT], of [ADDRESS].", []),
        ("手机号在页面上显示成 139****5678 这样的掩码格式。", []),
        # ... or after "e.g." (its last dot is no word boundary).
        ("Show only the last four digits, e.g. 138****5678, on receipts.", []),
        # ... or on a line that says what replaces what, or what a redaction turned a value
        # into, or beside a form's fill-in blank (session 12).
        ("Replace every name with <NAME_1>; scrubbed: 'Hi <NAME_1>, we will text <PHONE_1>'", []),
        ("导出前三列统一替换为 [姓名]、[电话]、[地址]。", []),
        ("input 'YYMMDD-PB-###G' became '[MYKAD]' in 0.03s", []),
        ("between [LENDER NAME] of [ADDRESS] and the holder of NRIC No. [__________]", []),
        # ... or in a Malay template, called a placeholder, beside slots no redaction fills
        # (a date, a reason, an empty one), or in a drama's plot (session 14); a record
        # with only removed values' placeholders still holds them.
        ("Templat: Saya, {NAMA}, No. K/P {NO_KP}, memohon rayuan.", []),
        ("Swap your NRIC for placeholders like [NRIC] before pasting.", []),
        ("本人【姓名】，因【原因】，申请由【日期】起请假【 】天。", []),
        ("剧情：柜员发现账户 6222 **** **** 3381 每天有一笔转入。", []),
        ("客户【姓名】昨日投诉，电话【手机号】", ["【姓名】", "【手机号】"]),
        # ... and a star after a character that is no surname is no masked name.
        ("Galaxy 手机撥*#06#就能查IMEI", []),
        ("王*明的电话已经改了", ["王*明"]),
        # ... but a record's own mask is one.
        ("Tenant: [NAME] moved out; deposit refunded to card ****4412.", ["[NAME]", "****4412"]),
        # A writer's slots beside the placeholder -- a year, a relation, a choice in lower
        # case -- make the line a template (session 15); a markdown link's text is no slot.
        ("I'm [NAME], the [RELATION] of the [bride/groom].", []),
        ("In loving memory of <NAME> (<YEAR>-<YEAR>).", []),
        ("Patient [NAME] was discharged, see [notes](https://x.test/n).", ["[NAME]"]),
        ("Caller {{NAME}} rang about a refund to [CARD].", ["{{NAME}}", "[CARD]"]),
        # Session 18: fields asked for, a list after "Placeholders", mail-merge fields and
        # how a mask is shown are no records; fields said to have been given are.
        ("中奖用户请私信提供【姓名】【电话】【收货地址】。", []),
        ("Placeholders to keep: [PATIENT_NAME], [IC_NO], [PHONE], [WARD].", []),
        ("Merge fields for the notice: <<NAME>>, <<POLICY_NO>>", []),
        ("隐私号开启后，手机号显示为 139****0000。", []),
        ("客户已提供【手机号】和【身份证号】，核验通过。", ["【手机号】", "【身份证号】"]),
        # A template's or a specimen's blanks (訃聞範本, 樣張); a record's mask stays one.
        ("遗嘱范本：立遗嘱人○○○，于○年○月○日订立本遗嘱。", []),
        ("成绩单（样张）：英语 ○○ 数学 ○○", []),
        ("立遗嘱人张○○，于2024年订立本遗嘱。", ["张○○"]),
        # (a lab's blood sample, 样本, is no specimen of a form)
        ("检验报告：患者王**，血液样本编号 B2291，结果阴性。", ["王**"]),
        # Round 83 (en84): a sample of how to redact.
        ("Sample redaction for complaint letters: Name: [REDACTED], IC: [REDACTED].", []),
        # Round 84 (evade38): an example of a rewrite.
        ('Redaction example: "Call [NAME] at [PHONE]."', []),
        # Round 85 (evade39): a table's row of a writer's slots; a redaction tool's row stays.
        ("| <name> | <NRIC> | <mobile> |", []),
        ("| [NAME] | [NRIC] | [PHONE] |", ["[NAME]", "[NRIC]", "[PHONE]"]),
        # Round 89 (chat46, zh89): an example of a redacted line; an API's Chinese slots.
        ('Example of a redacted line: "[SPEAKER_2]: call me at [PHONE]"', []),
        ('POST /api {"name": "<姓名>", "id_no": "<身份证号>", "city": "<城市>"}', []),
        # Round 90 (en90): a mail merge's field; an example of redaction.
        ("Hello <<NAME>>, your next appointment is due.", []),
        ('Redact example: "Mr [REDACTED], [AGE]M" - keep the codes.', []),
        # Round 91 (chat47): a legal draft's blanks (● is read as a star).
        ("Our client, [NAME], says RM[●] is due under the agreement dated [●].", []),
        # Rounds 95-96 (chat49): a value's pattern is an example of its format.
        ("Column ic_masked must follow the pattern S****567D in every export.", []),
        # Rounds 99-100 (en100, evade46): a placeholder written in by code; an example payload.
        ('payload["user"]["nric"] = "<REDACTED>"', []),
        ('docs: example payload {"name": "<NAME>", "phone": "[PHONE]"}', []),
        # Rounds 103-104 (mix58): a masking rule (遮蓋規則) shows the format.
        ("遮蓋規則：姓名以「陳**」形式顯示。", []),
        # Rounds 105-106 (mix59): an HL7 segment's template of slots.
        ("PID|1||{MRN}^^^CLINIC||{FAMILY}^{GIVEN}||{DOB}|{SEX}|||{ADDRESS}||{PHONE}", []),
        # Rounds 107-108 (zh107): a date's format as a template's slot.
        ("尊敬的【姓名】：您的入职日期为【YYYY-MM-DD】。", []),
    ],
)
def test_masked_tokens(text: str, expected: list[str]) -> None:
    found = masked_findings({"id": "1", "text": text})
    assert [text[f.start : f.end] for f in found] == expected
    assert all(f.entity_type.startswith("MASKED_") for f in found)


def test_merge_keeps_the_scan_error_and_sorts() -> None:
    merged = with_masked_findings(ScanResult(error="boom"), {"text": "x [NAME]"})
    assert merged.error == "boom"
    assert merged.entity_types == ("MASKED_PLACEHOLDER",)
    same = ScanResult()
    assert with_masked_findings(same, {"text": "nothing"}) is same


@pytest.mark.parametrize(
    "text, expected",
    [
        ("**重要**：请注意", []),
        ("这是**加粗**文字，联系李*明", ["李*明"]),
        ("手机138****1234号", ["138****1234"]),
    ],
)
def test_chinese_markdown_is_not_a_mask(text: str, expected: list[str]) -> None:
    found = masked_findings({"text": text})
    assert [text[f.start : f.end] for f in found] == expected
