"""Which jurisdictions a record belongs to, and why.

In order of trust:

1. the record's metadata (``meta.user_region`` or the configured ``region_field``; a
   string or a list of strings);
2. otherwise the dataset's declared default (``--home CN``);
3. always, the evidence in its text: an entity type tied to a place (a PRC resident ID
   means CN, an NRIC means SG -- ``residency.detectors.entities``), the country calling
   code of a generic phone number (+60 means MY) and the country of an IBAN.

A record can have several; every pack that governs one of them applies and the strictest
rule wins (``residency.policies.engine``).  Region names are normalised to ISO 3166-1
alpha-2 codes (``cn``, ``CHN``, ``China``, ``中国``, ``zh-CN`` -> ``CN``); a metadata value
that cannot be read becomes ``ZZ`` (unknown), which no shipped pack governs, so the record
is held for a steward rather than guessed (fail closed).
"""

from __future__ import annotations

import re
from typing import Any

from residency.detectors.entities import info
from residency.model import ScanResult

UNKNOWN_REGION = "ZZ"

_NAMES: dict[str, str] = {
    # Greater China
    "CHN": "CN", "CHINA": "CN", "PRC": "CN", "MAINLAND CHINA": "CN", "CHINA MAINLAND": "CN",
    "PEOPLE'S REPUBLIC OF CHINA": "CN", "中国": "CN", "中國": "CN", "中国大陆": "CN",
    "中國大陸": "CN", "大陆": "CN", "中华人民共和国": "CN", "中華人民共和國": "CN",
    "HKG": "HK", "HONG KONG": "HK", "HONGKONG": "HK", "HONG KONG SAR": "HK", "香港": "HK",
    "MAC": "MO", "MACAU": "MO", "MACAO": "MO", "澳门": "MO", "澳門": "MO",
    "TWN": "TW", "TAIWAN": "TW", "台湾": "TW", "臺灣": "TW", "台灣": "TW",
    # South-East Asia
    "SGP": "SG", "SINGAPORE": "SG", "新加坡": "SG",
    "MYS": "MY", "MALAYSIA": "MY", "马来西亚": "MY", "馬來西亞": "MY",
    "IDN": "ID", "INDONESIA": "ID", "THA": "TH", "THAILAND": "TH",
    "PHL": "PH", "PHILIPPINES": "PH", "VNM": "VN", "VIETNAM": "VN", "VIET NAM": "VN",
    # Europe
    "EUROPEAN UNION": "EU", "欧盟": "EU", "歐盟": "EU",
    "UK": "GB", "GBR": "GB", "UNITED KINGDOM": "GB", "GREAT BRITAIN": "GB", "ENGLAND": "GB",
    "AUT": "AT", "AUSTRIA": "AT", "BEL": "BE", "BELGIUM": "BE", "BGR": "BG", "BULGARIA": "BG",
    "HRV": "HR", "CROATIA": "HR", "CYP": "CY", "CYPRUS": "CY", "CZE": "CZ", "CZECHIA": "CZ",
    "CZECH REPUBLIC": "CZ", "DNK": "DK", "DENMARK": "DK", "EST": "EE", "ESTONIA": "EE",
    "FIN": "FI", "FINLAND": "FI", "FRA": "FR", "FRANCE": "FR", "DEU": "DE", "GERMANY": "DE",
    "GRC": "GR", "GREECE": "GR", "EL": "GR", "HUN": "HU", "HUNGARY": "HU", "IRL": "IE",
    "IRELAND": "IE", "ITA": "IT", "ITALY": "IT", "LVA": "LV", "LATVIA": "LV", "LTU": "LT",
    "LITHUANIA": "LT", "LUX": "LU", "LUXEMBOURG": "LU", "MLT": "MT", "MALTA": "MT",
    "NLD": "NL", "NETHERLANDS": "NL", "POL": "PL", "POLAND": "PL", "PRT": "PT",
    "PORTUGAL": "PT", "ROU": "RO", "ROMANIA": "RO", "SVK": "SK", "SLOVAKIA": "SK",
    "SVN": "SI", "SLOVENIA": "SI", "ESP": "ES", "SPAIN": "ES", "SWE": "SE", "SWEDEN": "SE",
    "ISL": "IS", "ICELAND": "IS", "LIE": "LI", "LIECHTENSTEIN": "LI", "NOR": "NO",
    "NORWAY": "NO", "CHE": "CH", "SWITZERLAND": "CH",
    # Elsewhere
    "USA": "US", "UNITED STATES": "US", "UNITED STATES OF AMERICA": "US", "美国": "US",
    "JPN": "JP", "JAPAN": "JP", "日本": "JP", "KOR": "KR", "SOUTH KOREA": "KR", "KOREA": "KR",
    "IND": "IN", "INDIA": "IN", "AUS": "AU", "AUSTRALIA": "AU", "NZL": "NZ",
    "NEW ZEALAND": "NZ", "CAN": "CA", "CANADA": "CA",
}  # fmt: skip

# Country calling codes, longest first when matching (+852 before +85x).
_CALLING_CODES: dict[str, str] = {
    "86": "CN", "852": "HK", "853": "MO", "886": "TW", "65": "SG", "60": "MY", "62": "ID",
    "66": "TH", "63": "PH", "84": "VN", "81": "JP", "82": "KR", "91": "IN", "61": "AU",
    "64": "NZ", "44": "GB", "49": "DE", "33": "FR", "39": "IT", "34": "ES", "31": "NL",
    "32": "BE", "43": "AT", "45": "DK", "46": "SE", "47": "NO", "48": "PL", "30": "GR",
    "351": "PT", "353": "IE", "358": "FI", "420": "CZ", "421": "SK", "36": "HU", "40": "RO",
    "359": "BG", "385": "HR", "386": "SI", "370": "LT", "371": "LV", "372": "EE", "352": "LU",
    "356": "MT", "357": "CY", "354": "IS", "423": "LI", "41": "CH",
}  # fmt: skip
_PHONE_PREFIX = re.compile(r"^\s*(?:\+|00)\s*(\d{1,3})")
_IBAN_COUNTRY = re.compile(r"^\s*([A-Z]{2})\d{2}")
_LOCALE = re.compile(r"^[a-z]{2,3}[-_]([A-Za-z]{2})$")
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def normalize_region(value: Any) -> str | None:
    """ISO 3166-1 alpha-2 code (or ``EU``) for a region name, code or locale; None if unreadable."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.strip().split())
    if not text:
        return None
    locale = _LOCALE.match(text)
    if locale:
        text = locale.group(1)
    upper = text.upper()
    if upper in _NAMES:
        return _NAMES[upper]
    if text in _NAMES:  # CJK names have no case
        return _NAMES[text]
    if re.fullmatch(r"[A-Z]{2}", upper):
        return upper
    return None


def _lookup(record: Any, path: str) -> Any:
    value = record
    for name, index in _PATH_PART.findall(path):
        if name:
            value = value.get(name) if isinstance(value, dict) else None
        else:
            i = int(index)
            value = value[i] if isinstance(value, list) and i < len(value) else None
        if value is None:
            return None
    return value


def _value_region(
    record: dict[str, Any], field: str, start: int, end: int, kind: str
) -> str | None:
    """Region read from a generic value's own prefix; the value never leaves this function."""
    text = _lookup(record, field)
    if not isinstance(text, str):
        return None
    value = text[start:end]
    if kind == "phone":
        m = _PHONE_PREFIX.match(value)
        if m:
            digits = m.group(1)
            for n in (3, 2, 1):
                if digits[:n] in _CALLING_CODES:
                    return _CALLING_CODES[digits[:n]]
        return None
    m = _IBAN_COUNTRY.match(value.upper())
    return normalize_region(m.group(1)) if m else None


def jurisdiction_evidence(
    record: dict[str, Any],
    scan: ScanResult,
    *,
    home: str | None = "CN",
    region_field: str = "meta.user_region",
) -> dict[str, tuple[str, ...]]:
    """Each jurisdiction with the evidence for it (``metadata:meta.user_region``,
    ``home``, ``text:CN_RESIDENT_ID`` ...); never a detected value."""
    evidence: dict[str, set[str]] = {}

    def add(region: str | None, why: str) -> None:
        if region:
            evidence.setdefault(region, set()).add(why)

    declared = _lookup(record, region_field) if region_field else None
    values = declared if isinstance(declared, list) else [declared]
    values = [v for v in values if not (v is None or (isinstance(v, str) and not v.strip()))]
    if values:
        for value in values:
            add(normalize_region(value) or UNKNOWN_REGION, f"metadata:{region_field}")
    elif home:
        add(normalize_region(home) or UNKNOWN_REGION, "home")

    for finding in scan.findings:
        region = info(finding.entity_type).jurisdiction
        if region:
            add(region, f"text:{finding.entity_type}")
        elif finding.entity_type == "PHONE_NUMBER" or finding.entity_type.endswith("_PHONE"):
            region = _value_region(record, finding.field, finding.start, finding.end, "phone")
            add(region, f"text:{finding.entity_type}:calling-code")
        elif finding.entity_type == "IBAN_CODE":
            region = _value_region(record, finding.field, finding.start, finding.end, "iban")
            add(region, f"text:{finding.entity_type}:country")
    return {region: tuple(sorted(why)) for region, why in sorted(evidence.items())}


def infer_jurisdictions(
    record: dict[str, Any],
    scan: ScanResult,
    *,
    home: str | None = "CN",
    region_field: str = "meta.user_region",
) -> tuple[str, ...]:
    """The record's jurisdictions in order of trust: metadata (or the home default) first,
    then text evidence, each group sorted.  The order picks the ``domestic/<J>`` folder when
    no pack prefers one."""
    evidence = jurisdiction_evidence(record, scan, home=home, region_field=region_field)
    declared = [r for r, why in evidence.items() if any(not w.startswith("text:") for w in why)]
    found = [r for r in evidence if r not in declared]
    return (*declared, *found)
