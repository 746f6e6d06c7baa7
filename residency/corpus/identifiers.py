"""Generators of valid synthetic identifiers (check digits computed, dates real).

Every generator takes a :class:`random.Random` and returns one value in one of the
spellings people actually write.  Values are synthetic: random digits with a correct
check character, never a real person's identifier.  ``invalid_*`` generators make
look-alikes whose check character is wrong (hard negatives).
"""

from __future__ import annotations

import datetime
import random
import string
from collections.abc import Callable

from residency.detectors.checksums import (
    hkid_check_char,
    iso7064_mod11_2_check_char,
    luhn,
    sg_nric_check_char,
    tw_id_valid,
)

Gen = Callable[[random.Random], str]

# GB/T 2260 province prefixes (mainland only).
CN_PROVINCES = (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
                46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65)  # fmt: skip
CN_MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                      "152", "153", "155", "156", "157", "158", "159", "166", "177", "180", "181",
                      "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199")  # fmt: skip
CN_AREA_CODES = ("10", "20", "21", "22", "23", "24", "25", "27", "28", "29", "311", "351", "371",
                 "431", "451", "512", "531", "571", "591", "731", "755", "769", "871", "898")  # fmt: skip
MY_STATE_CODES = tuple(range(1, 15))
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "hotmail.com",
                 "yahoo.com.sg", "yahoo.com.my", "sina.com", "foxmail.com", "icloud.com",
                 "singnet.com.sg", "streamyx.com.my", "proton.me")  # fmt: skip
TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _birth_date(rng: random.Random, start: int = 1950, end: int = 2008) -> datetime.date:
    first = datetime.date(start, 1, 1).toordinal()
    last = datetime.date(end, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(first, last))


def _luhn_complete(body: str) -> str:
    for d in string.digits:
        if luhn(body + d):
            return body + d
    raise AssertionError("unreachable: one Luhn digit always fits")


# -- mainland China ---------------------------------------------------------------------


def cn_resident_id_value(rng: random.Random) -> str:
    """An 18-character GB 11643 number: region, birth date, sequence, MOD 11-2 check."""
    region = f"{rng.choice(CN_PROVINCES)}{rng.randint(1, 20):02d}{rng.randint(1, 30):02d}"
    body = region + _birth_date(rng).strftime("%Y%m%d") + _digits(rng, 3)
    check = iso7064_mod11_2_check_char(body)
    assert check is not None
    return body + check


def cn_resident_id(rng: random.Random) -> str:
    value = cn_resident_id_value(rng)
    if rng.random() < 0.15:
        return f"{value[:6]} {value[6:14]} {value[14:]}"
    return value


def cn_mobile_value(rng: random.Random) -> str:
    return rng.choice(CN_MOBILE_PREFIXES) + _digits(rng, 8)


def cn_mobile(rng: random.Random) -> str:
    v = cn_mobile_value(rng)
    return rng.choice(
        [v, v, v, f"{v[:3]} {v[3:7]} {v[7:]}", f"{v[:3]}-{v[3:7]}-{v[7:]}", f"+86 {v}",
         f"+86-{v[:3]}-{v[3:7]}-{v[7:]}", f"(+86) {v}"]
    )  # fmt: skip


def cn_landline(rng: random.Random) -> str:
    area = rng.choice(CN_AREA_CODES)
    local_len = 8 if len(area) == 2 else rng.choice((7, 8))
    local = str(rng.randint(2, 8)) + _digits(rng, local_len - 1)
    split = local[:-4] + " " + local[-4:]
    return rng.choice(
        [f"0{area}-{local}", f"0{area}-{local}", f"(0{area}) {split}", f"+86 {area} {split}",
         f"0{area} {local}"]
    )  # fmt: skip


def cn_bank_card_value(rng: random.Random) -> str:
    length = rng.choice((16, 16, 16, 19))
    return _luhn_complete("62" + _digits(rng, length - 3))


def cn_bank_card(rng: random.Random) -> str:
    v = cn_bank_card_value(rng)
    if rng.random() < 0.4:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


# -- Hong Kong, Taiwan ------------------------------------------------------------------


def hkid_parts(rng: random.Random) -> tuple[str, str, str]:
    prefix = (
        rng.choice(string.ascii_uppercase)
        if rng.random() < 0.9
        else "".join(rng.choice("WX") + rng.choice(string.ascii_uppercase[:3]))
    )
    digits = _digits(rng, 6)
    check = hkid_check_char(prefix, digits)
    assert check is not None
    return prefix, digits, check


def hkid(rng: random.Random) -> str:
    prefix, digits, check = hkid_parts(rng)
    return f"{prefix}{digits}({check})" if rng.random() < 0.8 else f"{prefix}{digits}{check}"


def hk_phone(rng: random.Random) -> str:
    v = rng.choice("569") + _digits(rng, 7)
    return rng.choice([f"+852 {v[:4]} {v[4:]}", f"{v[:4]} {v[4:]}", f"+852-{v}", v])


def tw_national_id(rng: random.Random) -> str:
    body = rng.choice(TW_LETTERS) + rng.choice("12") + _digits(rng, 7)
    for d in string.digits:
        if tw_id_valid(body + d):
            return body + d
    raise AssertionError("unreachable: one check digit always fits")


def tw_phone(rng: random.Random) -> str:
    v = "09" + _digits(rng, 8)
    return rng.choice([v, f"{v[:4]}-{v[4:7]}-{v[7:]}", f"+886 {v[1:4]} {v[4:7]} {v[7:]}",
                       f"{v[:4]} {v[4:7]} {v[7:]}"])  # fmt: skip


# -- Singapore, Malaysia ----------------------------------------------------------------


def sg_nric(rng: random.Random) -> str:
    prefix = rng.choice("SSSTTFGM")
    digits = _digits(rng, 7)
    check = sg_nric_check_char(prefix, digits)
    assert check is not None
    return prefix + digits + check


def sg_phone(rng: random.Random) -> str:
    v = rng.choice("689") + _digits(rng, 7)
    return rng.choice(
        [f"+65 {v[:4]} {v[4:]}", f"{v[:4]} {v[4:]}", f"+65{v}", v, f"{v[:4]}-{v[4:]}"]
    )


def mykad(rng: random.Random) -> str:
    born = _birth_date(rng, 1955, 2008)
    v = born.strftime("%y%m%d") + f"{rng.choice(MY_STATE_CODES):02d}" + _digits(rng, 4)
    return f"{v[:6]}-{v[6:8]}-{v[8:]}" if rng.random() < 0.8 else v


def my_phone(rng: random.Random) -> str:
    prefix = rng.choice(("012", "013", "014", "016", "017", "018", "019", "011"))
    rest = _digits(rng, 8 if prefix == "011" else 7)
    head, tail = rest[:-4], rest[-4:]
    return rng.choice([f"{prefix}-{head} {tail}", f"{prefix}-{head}{tail}",
                       f"+60 {prefix[1:]}-{head} {tail}", f"{prefix}{rest}"])  # fmt: skip


# -- e-mail -----------------------------------------------------------------------------


def email_for(rng: random.Random, name_hint: str = "") -> str:
    base = "".join(c for c in name_hint.lower() if c.isascii() and c.isalnum())[:12]
    if not base:
        base = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 8)))
    if rng.random() < 0.5:
        base += str(rng.randint(1, 9999))
    elif rng.random() < 0.5:
        base = base[:4] + rng.choice("._") + base[4:]
    return f"{base}@{rng.choice(EMAIL_DOMAINS)}"


def qq_email(rng: random.Random) -> str:
    return f"{rng.randint(10_000_000, 2_999_999_999)}@qq.com"


# -- look-alikes with a wrong check character (hard negatives) ---------------------------


def invalid_cn_resident_id(rng: random.Random) -> str:
    valid = cn_resident_id_value(rng)
    wrong = [c for c in "0123456789X" if c != valid[-1]]
    return valid[:-1] + rng.choice(wrong)


def invalid_bank_card(rng: random.Random) -> str:
    valid = cn_bank_card_value(rng)
    return valid[:-1] + str((int(valid[-1]) + rng.randint(1, 9)) % 10)


def invalid_sg_nric(rng: random.Random) -> str:
    valid = sg_nric(rng)
    table = "JZIHGFEDCBAXWUTRQPNMLK"
    return valid[:-1] + rng.choice([c for c in table if c != valid[-1]])


def invalid_hkid(rng: random.Random) -> str:
    prefix, digits, check = hkid_parts(rng)
    return f"{prefix}{digits}({rng.choice([c for c in '0123456789A' if c != check])})"


def invalid_tw_id(rng: random.Random) -> str:
    valid = tw_national_id(rng)
    return valid[:-1] + str((int(valid[-1]) + rng.randint(1, 9)) % 10)


# Placeholder name -> (entity label, generator).  Entity labels are the project's taxonomy
# types (residency.detectors.entities); PERSON and ADDRESS cover Latin and Chinese script.
IDENTIFIERS: dict[str, tuple[str, Gen]] = {
    "CN_ID": ("CN_RESIDENT_ID", cn_resident_id),
    "CN_MOBILE": ("CN_MOBILE", cn_mobile),
    "CN_LANDLINE": ("CN_LANDLINE", cn_landline),
    "CN_CARD": ("CN_BANK_CARD", cn_bank_card),
    "HKID": ("HK_HKID", hkid),
    "HK_PHONE": ("HK_PHONE", hk_phone),
    "TW_ID": ("TW_NATIONAL_ID", tw_national_id),
    "TW_PHONE": ("TW_PHONE", tw_phone),
    "SG_NRIC": ("SG_NRIC_FIN", sg_nric),
    "SG_PHONE": ("SG_PHONE", sg_phone),
    "MYKAD": ("MY_MYKAD", mykad),
    "MY_PHONE": ("MY_PHONE", my_phone),
    "QQ_EMAIL": ("EMAIL_ADDRESS", qq_email),
}

LOOKALIKES: dict[str, Gen] = {
    "BAD_CN_ID": invalid_cn_resident_id,
    "BAD_CARD": invalid_bank_card,
    "BAD_NRIC": invalid_sg_nric,
    "BAD_HKID": invalid_hkid,
    "BAD_TW_ID": invalid_tw_id,
}
