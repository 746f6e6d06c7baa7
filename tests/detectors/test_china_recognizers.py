"""Mainland China recognizers: valid values, invalid check digits and near-misses.

Each case marks the expected finding(s) with «…»; ``case()`` turns that into the
Presidio-style ``text, expected_len, expected_positions`` triple.  Only findings at or
above the scanner's default threshold (0.5) count as reported.
"""

from __future__ import annotations

import pytest
from recognizer_testing import analyze, case, check

from residency.detectors.china.cn_bank_card_recognizer import (
    CnBankCardRecognizer,
    CnMistypedBankCardRecognizer,
)
from residency.detectors.china.cn_hk_macau_permit_recognizer import CnHkMacauPermitRecognizer
from residency.detectors.china.cn_home_return_permit_recognizer import (
    CnHomeReturnPermitRecognizer,
)
from residency.detectors.china.cn_landline_recognizer import CnLandlineRecognizer
from residency.detectors.china.cn_license_plate_recognizer import CnLicensePlateRecognizer
from residency.detectors.china.cn_mobile_recognizer import CnMobileRecognizer
from residency.detectors.china.cn_passport_recognizer import CnPassportRecognizer
from residency.detectors.china.cn_qq_recognizer import CnQqNumberRecognizer
from residency.detectors.china.cn_resident_id_recognizer import (
    CnMistypedResidentIdRecognizer,
    CnResidentIdRecognizer,
)
from residency.detectors.china.cn_social_account_number_recognizer import (
    CnSocialAccountNumberRecognizer,
)
from residency.detectors.china.cn_taiwan_permit_recognizer import CnTaiwanPermitRecognizer
from residency.detectors.china.cn_uscc_recognizer import CnUsccRecognizer
from residency.detectors.china.cn_wechat_recognizer import CnWechatIdRecognizer


# 11010519491231002X is the example in GB 11643-1999; the others were computed by hand
# with weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 and check table "10X98765432".
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("身份证号«110101199003077774»住址"),
        case("My ID number is «11010519491231002X»."),
        case("id: «11010519491231002x», thanks"),
        case("证件号码：«110101 19900307 7774»"),
        case("«110101199003077774»"),
        case("old card, 身份证«110101900307123»"),
        # invalid check character (a labelled one: CnMistypedResidentIdRecognizer's)
        case("身份证号110101199003077777住址"),
        case("My ID number is 110101199003077777."),
        # valid check character, impossible date / future date / unknown province / 1899
        case("身份证 110101199002307777"),
        case("ID 11010120990101777X"),
        case("ID 990101199003077778"),
        case("ID 110101189912317772"),
        # near-misses: longer runs, timestamps, order numbers, hashes, old form without context
        case("1101011990030777741"),
        case("A110101199003077774"),
        case("created 20240307123456, ts 202403071234567890"),
        case("订单号：440304200002290014"),
        case("order number 440304200002290014"),
        case("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
        case("batch 110101900307123 shipped"),
    ],
)
def test_cn_resident_id(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnResidentIdRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # a wrong check character right after 身份证: a mistyped id still points to its holder
        case("身份证号«110101199003077777»住址"),
        case("身份证«541517 1974 1205 7205»，达瓦"),
        case("我的身份證號碼是«541517197412057205»"),
        # near-misses: text about validating ids, no label, a valid id (the other
        # recognizer's), no birth date or region
        case("身份证校验示例：110101199003077777 的校验位不正确"),
        case("身份证号 110101199003077777 测试"),
        case("订单号110101199003077777"),
        case("身份证号110101199003077774"),
        case("身份证号990101199003077778"),
        case("身份证号110101199013077777"),
    ],
)
def test_cn_mistyped_resident_id(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnMistypedResidentIdRecognizer, text, expected_len, expected_positions)


def test_cn_resident_id_valid_is_certain_and_invalid_is_rejected_outright() -> None:
    assert [r.score for r in analyze(CnResidentIdRecognizer, "110101199003077774")] == [1.0]
    assert analyze(CnResidentIdRecognizer, "110101199003077777") == []


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("手机«13905711234»"),
        case("call me on «+86 139-0571-1234» tonight"),
        case("联系电话：«0086 13905711234»"),
        case("电话 «139 0571 1234»，找王先生"),
        case("«8613905711234»"),
        case("请转账后发到«17705711234»谢谢"),
        case("numbers «15105711234» and «18905711234»"),
        # near-misses
        case("订单号13905711234"),
        case("order number: 13905711234"),
        case("139057112345 is twelve digits"),
        case("x13905711234 and 13905711234y"),
        case("prefix 12905711234 is not allocated"),
        case("手机 13800000000（示例）"),
        case("ts 20240307123456"),
        case("1390571-1234 mixed grouping"),
        case("v1.390.571.1234"),
    ],
)
def test_cn_mobile(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnMobileRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("电话：«010-62345678»"),
        case("Tel: «(0755) 2345 6789»"),
        case("office «+86 21 6123 4567»"),
        case("座机«01062345678»"),
        case("请致电«0571-8765432»"),
        # near-misses
        case("01062345678"),
        case("date 2024-03-07 12:34"),
        case("ISBN 978-7-111-12345-6"),
        case("订单号 021-62345678"),
        case("010-1234567890123"),
        case("price ¥0.99, 020-0123456"),
    ],
)
def test_cn_landline(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnLandlineRecognizer, text, expected_len, expected_positions)


# Luhn check digits computed by hand (double every second digit from the right).
@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("银行卡号：«6222021234567890128»"),
        case("card number «6217 0012 3456 7893»"),
        case("工行卡«9558801234567890128»"),
        case("CCB «4367421234567890129»"),
        case("转入«62284804025648900»"),
        # invalid Luhn digit
        case("银行卡号：6222021234567890127"),
        case("card number 6217 0012 3456 7894"),
        # near-misses: no Chinese BIN, too long, order numbers
        case("卡号 1234567890123456789"),
        case("ref 62220212345678901280"),
        case("订单号6222021234567890128"),
        case("ts 20240307123456789"),
    ],
)
def test_cn_bank_card(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnBankCardRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # a failing Luhn digit after "my ... bank card": still its holder's account
        case("退款请转到我的招商银行卡 «6214 8301 2345 6789»，谢谢"),
        case("我的银行卡号是«6222021234567890127»"),
        case("本人工行借记卡：«6212 2612 0300 1234 567»"),
        # near-misses: a valid number (the other recognizer's), no owner's label, text
        # about validating numbers, no Chinese BIN
        case("我的银行卡 6222021234567890128"),
        case("订单号 6214 8301 2345 6789"),
        case("我的银行卡号 6214830123456789 校验失败"),
        case("我的银行卡 1234 8301 2345 6789"),
    ],
)
def test_cn_mistyped_bank_card(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnMistypedBankCardRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("护照号码：«E12345678»"),
        case("passport «EA1234567»"),
        case("«G12345678» (old passport)"),
        # no context: reported below threshold only; wrong shapes never
        case("model E12345678"),
        case("护照 EI1234567"),
        case("passport E123456789"),
        # typed loosely (lower case, a space after the letters): only right after a
        # passport word (session 14)
        case("passport «e12345678»"),
        case("我的 passport 是 «ea 4827193»"),
        case("commit e12345678 fixed"),
    ],
)
def test_cn_passport(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnPassportRecognizer, text, expected_len, expected_positions)


def test_cn_passport_without_context_is_low_score() -> None:
    assert [r.score for r in analyze(CnPassportRecognizer, "model E12345678")] == [0.3]


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("港澳通行证：«C12345678»"),
        case("Exit-entry permit no. «W12345678»"),
        case("通行证号码 «CA1234567»"),
        # near-misses: no context, or context too far / not right before
        case("part C12345678"),
        case("C12345678"),
        case("港澳通行证已过期，零件编号 C12345678"),
        case("通行证 C123456789"),
    ],
)
def test_cn_hk_macau_permit(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnHkMacauPermitRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("回乡证号码 «H12345678»，请核对"),
        case("港澳居民來往內地通行證：«M23456789»"),
        case("Home Return Permit no. «H1234567801»"),
        case("mainland travel permit «M87654321» (Macau)"),
        # near-misses: no context, a part number, wrong letter or length
        case("零件 H12345678 已发货"),
        case("H12345678"),
        case("回乡证 K12345678"),
        case("回乡证 H1234567"),
        case("回乡证 H123456789"),
        case("回乡证办理：请带身份证原件，零件号 H12345678"),
    ],
)
def test_cn_home_return_permit(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnHomeReturnPermitRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("台胞证号码：«03456789»"),
        case("臺灣居民來往大陸通行證 «12345678»"),
        case("Taiwan compatriot permit «1234567801»"),
        case("MTP no. «04561234»"),
        case("台胞证 «12345678(B)» 已过期"),
        # near-misses: eight digits without the permit's name, or too long
        case("订单号 03456789 已发货"),
        case("03456789"),
        case("台胞证 123456789"),
        case("台胞证办理须知，客服 03456789"),
    ],
)
def test_cn_taiwan_permit(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnTaiwanPermitRecognizer, text, expected_len, expected_positions)


# 91350100M000100Y43 is the example code printed in GB 32100-2015 material.
def test_cn_uscc_valid_is_low_score_and_context_raises_it() -> None:
    bare = analyze(CnUsccRecognizer, "supplier 91350100M000100Y43")
    assert [(r.start, r.end, r.score) for r in bare] == [(9, 27, 0.4)]
    with_context = analyze(CnUsccRecognizer, "统一社会信用代码：91350100M000100Y43")
    assert [r.score for r in with_context] == [0.6]


@pytest.mark.parametrize(
    "text",
    [
        "统一社会信用代码：91350100M000100Y44",
        "USCC 91350100M000100Y4",
        "91350100M000100Y43X",
        "统一社会信用代码：91350100I000100Y43",
    ],
)
def test_cn_uscc_invalid_is_rejected(text: str) -> None:
    assert analyze(CnUsccRecognizer, text) == []


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("车牌号：«京A12345»"),
        case("plate «粤B·D12345»"),
        case("新能源车«沪AD12345»停在楼下"),
        case("«苏E12345D» truck"),
        case("驾校车«川A1234学»"),
        # near-misses
        case("京AI2345"),
        case("新A股上涨"),
        case("京A1234"),
        case("京ABCDE1"),
        case("京a12345"),
        case("粤B123456"),
    ],
)
def test_cn_license_plate(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnLicensePlateRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("微信：«zhang_san88»"),
        case("WeChat ID: «alice2024»"),
        case("加微信号«lihua-1990»"),
        case("my wechat is «mingming»"),
        case("«wxid_abcdefgh1234»"),
        # near-misses
        case("I use WeChat mostly for work"),
        case("微信支付 payment_ok"),
        case("alice2024"),
        case("wxid_abc"),
        case("微信群 dev_team01"),
    ],
)
def test_cn_wechat_id(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnWechatIdRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("QQ: «12345678»"),
        case("QQ号码是 «987654321»"),
        case("加我qq«10001»"),
        case("my QQ number is «2147483647»"),
        # near-misses
        case("QQ群：12345678"),
        case("12345678"),
        case("QQ 1234"),
        case("QQ 012345678"),
        case("QQ音乐 2024 年度榜单 12345678"),
    ],
)
def test_cn_qq_number(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnQqNumberRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("我叫陈杰，小红书号 «58293017»，想进群"),
        case("（小红书号 «9527148306»）发帖"),
        case("抖音号：«83920175»"),
        case("my xhs id «527381946»"),
        # near-misses: a bare number, too short, an order number, a platform's year
        case("小红书 2025 年度报告 12345678"),
        case("抖音号 12345"),
        case("订单号 83920175"),
        case("9527148306"),
    ],
)
def test_cn_social_account_number(text: str, expected_len: int, expected_positions: list) -> None:
    check(CnSocialAccountNumberRecognizer, text, expected_len, expected_positions)
