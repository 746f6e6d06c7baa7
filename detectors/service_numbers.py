"""Published numbers of public services, helplines and large organisations.

A helpline's or a bank's published number (``Samaritans of Singapore ... CareText on
WhatsApp 9151 1767``, a bank's SMS: ``hubungi 03-6204 7788``) is the organisation's, in any
text that cites it; a private person never has one.  Only numbers that a phone recognizer
could report are listed (short codes such as 999 or 12345 never are); each is listed as
dialled inside its region, and :func:`published_service_number` compares digits, with the
country code or the trunk ``0`` either way.
"""

from __future__ import annotations

import re

# (region, organisation, number as published)
PUBLISHED: tuple[tuple[str, str, str], ...] = (
    # Singapore
    ("SG", "Samaritans of Singapore CareText (WhatsApp)", "9151 1767"),
    ("SG", "Institute of Mental Health helpline", "6389 2222"),
    ("SG", "National Anti-Scam Helpline", "1800 722 6688"),
    ("SG", "Police Hotline", "1800 255 0000"),
    ("SG", "ComCare Hotline", "1800 222 0000"),
    ("SG", "National CARE Hotline", "1800 202 6868"),
    ("SG", "AWARE Women's Helpline", "1800 777 5555"),
    ("SG", "Tinkle Friend", "1800 274 4788"),
    ("SG", "CPF Board", "1800 227 1188"),
    ("SG", "HDB", "1800 225 5432"),
    ("SG", "IRAS", "1800 356 8300"),
    ("SG", "HealthLine", "1800 223 1313"),
    ("SG", "Singapore Association for Mental Health", "1800 283 7019"),
    ("SG", "Silver Ribbon", "6386 1928"),
    ("SG", "DBS/POSB (from overseas)", "6327 2265"),
    ("SG", "OCBC", "6363 3333"),
    ("SG", "UOB", "1800 222 2121"),
    ("SG", "Ministry of Manpower", "6438 5122"),
    ("SG", "ComfortDelGro taxi booking", "6552 1111"),
    ("SG", "ICA", "6391 6100"),
    ("SG", "MOH", "6325 9220"),
    # Malaysia
    ("MY", "Befrienders Kuala Lumpur", "03-7627 2929"),
    ("MY", "Befrienders Kuala Lumpur (former line)", "03-7956 8145"),
    ("MY", "CIMB Consumer Contact Centre", "03-6204 7788"),
    ("MY", "Maybank Group Customer Care (from overseas)", "03-5891 4744"),
    ("MY", "Maybank Group Customer Care", "1300 88 6688"),
    ("MY", "Public Bank", "03-2179 9999"),
    ("MY", "RHB", "03-9206 8118"),
    ("MY", "Hong Leong Bank", "03-7626 8899"),
    ("MY", "Bank Negara Malaysia BNMTELELINK", "1300 88 5465"),
    ("MY", "AKPK", "03-2616 7766"),
    ("MY", "Talian Kasih (WhatsApp)", "019-261 5999"),
    ("MY", "KPDN e-Aduan (WhatsApp)", "019-279 4317"),
    ("MY", "KWSP/EPF", "03-8922 6000"),
    ("MY", "PERKESO/SOCSO", "1300 22 8000"),
    ("MY", "LHDN/HASiL", "03-8911 1000"),
    ("MY", "JPJ", "03-8000 8000"),
    ("MY", "Lembaga Tabung Haji", "03-6207 1919"),
    ("MY", "ASNB", "03-7730 8899"),
    ("MY", "Touch 'n Go", "03-5022 3888"),
    ("MY", "MCMC", "1800 188 030"),
    ("MY", "Digi customer service (from other lines)", "016-221 1800"),
    # Hong Kong
    ("HK", "Samaritans Hong Kong", "2896 0000"),
    ("HK", "Samaritan Befrienders Hong Kong", "2389 2222"),
    ("HK", "Suicide Prevention Services", "2382 0000"),
    ("HK", "Social Welfare Department hotline", "2343 2255"),
    ("HK", "Hospital Authority", "2300 6555"),
    ("HK", "Department of Health", "2833 0111"),
    ("HK", "Consumer Council", "2929 2222"),
    ("HK", "Immigration Department", "2824 6111"),
    ("HK", "Labour Department", "2717 1771"),
    ("HK", "Equal Opportunities Commission", "2511 8211"),
    ("HK", "PCPD", "2827 2827"),
    ("HK", "ICAC", "2526 6366"),
    ("HK", "HSBC Hong Kong", "2233 3000"),
    ("HK", "Hang Seng Bank", "2822 0228"),
    ("HK", "Bank of China (Hong Kong)", "3988 2388"),
    ("HK", "MTR", "2881 8888"),
    ("HK", "Octopus", "2266 2222"),
    ("HK", "CLP Power", "2678 2678"),
    ("HK", "Towngas", "2880 6988"),
    ("HK", "Water Supplies Department", "2824 5000"),
)

_COUNTRY_CODES = {"SG": "65", "MY": "60", "HK": "852"}
_NON_DIGIT = re.compile(r"\D")


def _variants(region: str, number: str) -> set[str]:
    digits = _NON_DIGIT.sub("", number)
    code = _COUNTRY_CODES[region]
    national = digits[1:] if digits.startswith("0") else digits
    return {digits, national, code + national, "00" + code + national}


_DIGITS = frozenset(v for region, _, number in PUBLISHED for v in _variants(region, number))


def published_service_number(value: str) -> bool:
    """Whether ``value`` (as found) dials one of :data:`PUBLISHED`."""
    return _NON_DIGIT.sub("", value) in _DIGITS
