"""Masked evidence keeps enough to judge a finding and never the value."""

from __future__ import annotations

import pytest

from residency.detectors.masking import mask_value


@pytest.mark.parametrize(
    "value, entity_type, expected",
    [
        ("110101199003071233", "CN_RESIDENT_ID", "110***********1233"),
        ("13812345678", "CN_MOBILE", "138****5678"),
        ("jane.doe@mailhost.com", "EMAIL_ADDRESS", "j***@***.com"),
        ("张三", "ZH_PERSON", "张*"),
        ("北京市朝阳区建国路88号", "ZH_ADDRESS", "北********"),
        ("No. 54, Jalan SS2/24, Taman Bahagia, 47300 Petaling Jaya", "ADDRESS", "N********"),
        ("Michael Chen", "PERSON", "M********"),
        ("S1234567D", "SG_NRIC_FIN", "S12**567D"),
        ("ab", "", "a*"),
        ("x", "", "*"),
    ],
)
def test_mask_table(value: str, entity_type: str, expected: str) -> None:
    assert mask_value(value, entity_type) == expected


@pytest.mark.parametrize(
    "value, entity_type",
    [
        ("北京市朝阳区建国路88号", "ZH_ADDRESS"),
        ("221B Baker Street, London", "LOCATION"),
        ("王建国", "ZH_PERSON"),
    ],
)
def test_descriptive_values_reveal_no_street_number_or_given_name(
    value: str, entity_type: str
) -> None:
    masked = mask_value(value, entity_type)
    assert masked[0] == value[0]
    assert not any(ch in masked[1:] for ch in set(value[1:]) - {"*"})
