"""The entity taxonomy shared by detectors and policies.

Every entity type a scan can report is listed here with its category (what kind of
personal information it is), the jurisdiction its presence is evidence of (if any), and
whether it identifies a person on its own (a *direct identifier*: used to count data
subjects and to skip costly NER once a record is certainly personal).

Policies match on entity types or on categories; PIPL Art. 28 sensitive categories are
flagged ``sensitive``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityInfo:
    category: str
    jurisdiction: str | None = None
    direct: bool = False


# Categories.  "sensitive" ones are sensitive personal information under PIPL Art. 28.
CATEGORIES: dict[str, bool] = {
    "identity_document": True,
    "financial_account": True,
    "health": True,
    "biometric": True,
    "religion": True,
    "precise_location": True,
    "minor": True,
    "contact": False,
    "name": False,
    "address": False,
    "online_identifier": False,
    "vehicle": False,
    "organisation_id": False,
    "quasi_identifier": False,
}

ENTITIES: dict[str, EntityInfo] = {
    # Mainland China
    "CN_RESIDENT_ID": EntityInfo("identity_document", "CN", True),
    "CN_PASSPORT": EntityInfo("identity_document", "CN", True),
    "CN_HK_MACAU_PERMIT": EntityInfo("identity_document", "CN", True),
    "CN_HOME_RETURN_PERMIT": EntityInfo("identity_document", "CN", True),
    "CN_TAIWAN_PERMIT": EntityInfo("identity_document", "CN", True),
    "CN_MOBILE": EntityInfo("contact", "CN", True),
    "CN_LANDLINE": EntityInfo("contact", "CN", True),
    "CN_BANK_CARD": EntityInfo("financial_account", "CN", True),
    "CN_USCC": EntityInfo("organisation_id", "CN", False),
    "CN_LICENSE_PLATE": EntityInfo("vehicle", "CN", True),
    "CN_WECHAT_ID": EntityInfo("online_identifier", "CN", True),
    "CN_QQ_NUMBER": EntityInfo("online_identifier", "CN", True),
    "SOCIAL_HANDLE": EntityInfo("online_identifier", None, True),
    # Hong Kong, Macau, Taiwan
    "HK_HKID": EntityInfo("identity_document", "HK", True),
    "HK_PHONE": EntityInfo("contact", "HK", True),
    "HK_VEHICLE_PLATE": EntityInfo("vehicle", "HK", True),
    "MO_BIR": EntityInfo("identity_document", "MO", True),
    "MO_PHONE": EntityInfo("contact", "MO", True),
    "MO_VEHICLE_PLATE": EntityInfo("vehicle", "MO", True),
    "TW_NATIONAL_ID": EntityInfo("identity_document", "TW", True),
    "TW_PHONE": EntityInfo("contact", "TW", True),
    "TW_LINE_ID": EntityInfo("online_identifier", "TW", True),
    "TW_MOBILE_BARCODE": EntityInfo("online_identifier", "TW", True),
    "TW_VEHICLE_PLATE": EntityInfo("vehicle", "TW", True),
    # Singapore, Malaysia
    "SG_NRIC_FIN": EntityInfo("identity_document", "SG", True),
    "SG_PHONE": EntityInfo("contact", "SG", True),
    "SG_VEHICLE_PLATE": EntityInfo("vehicle", "SG", True),
    "MY_MYKAD": EntityInfo("identity_document", "MY", True),
    "MY_PHONE": EntityInfo("contact", "MY", True),
    "MY_VEHICLE_PLATE": EntityInfo("vehicle", "MY", True),
    # European states (expatriates' and European companies' data)
    "DE_TAX_ID": EntityInfo("identity_document", "DE", True),
    "IT_FISCAL_CODE": EntityInfo("identity_document", "IT", True),
    "PT_NIF": EntityInfo("identity_document", "PT", True),
    # Indonesia (workers, spouses and students in the region)
    "ID_NIK": EntityInfo("identity_document", "ID", True),
    # Chinese-language NER
    "ZH_PERSON": EntityInfo("name", None, False),
    "ZH_ADDRESS": EntityInfo("address", None, False),
    # Street addresses found by their structure (Malaysia, Singapore)
    "ADDRESS": EntityInfo("address", None, False),
    # Sensitive categories found by keyword recognizers (personal only with an identifier)
    "HEALTH_INFO": EntityInfo("health", None, False),
    "RELIGIOUS_BELIEF": EntityInfo("religion", None, False),
    "MINOR_AGE": EntityInfo("minor", None, False),
    "BIOMETRIC": EntityInfo("biometric", None, False),
    "PRECISE_LOCATION": EntityInfo("precise_location", None, False),
    # Presidio's own
    "PERSON": EntityInfo("name", None, False),
    "LOCATION": EntityInfo("address", None, False),
    "EMAIL_ADDRESS": EntityInfo("contact", None, True),
    "PHONE_NUMBER": EntityInfo("contact", None, True),
    "CREDIT_CARD": EntityInfo("financial_account", None, True),
    "IBAN_CODE": EntityInfo("financial_account", None, True),
    "US_BANK_NUMBER": EntityInfo("financial_account", "US", True),
    "IP_ADDRESS": EntityInfo("online_identifier", None, True),
    "US_SSN": EntityInfo("identity_document", "US", True),
    "US_ITIN": EntityInfo("identity_document", "US", True),
    "US_PASSPORT": EntityInfo("identity_document", "US", True),
    "US_DRIVER_LICENSE": EntityInfo("identity_document", "US", True),
    "UK_NHS": EntityInfo("health", "GB", True),
    "MEDICAL_LICENSE": EntityInfo("identity_document", None, True),
    "CRYPTO": EntityInfo("financial_account", None, True),
    # Announced by a field name (``{"passport": ...}``) rather than by the value's format
    "NATIONAL_ID": EntityInfo("identity_document", None, True),
    "PASSPORT": EntityInfo("identity_document", None, True),
    "BANK_ACCOUNT": EntityInfo("financial_account", None, True),
    "INSURANCE_POLICY": EntityInfo("financial_account", None, True),
    # A student's, an employee's or a member's number from the organisation that gave it.
    "MEMBER_NUMBER": EntityInfo("quasi_identifier", None, False),
    # A handset's IMEI or a SIM's IMSI after its label: one subscriber's, as a number is.
    "DEVICE_ID": EntityInfo("online_identifier", None, True),
    "DATE_OF_BIRTH": EntityInfo("quasi_identifier", None, False),
    # A private person singled out by description (``the only female engineer on ...``).
    "SINGLED_OUT_PERSON": EntityInfo("quasi_identifier", None, False),
}

# Telephone numbers, generic and per region (phone-specific filters and evaluation use it).
PHONE_ENTITIES = frozenset(
    {"PHONE_NUMBER", "CN_MOBILE", "CN_LANDLINE", "HK_PHONE", "MO_PHONE", "TW_PHONE",
     "SG_PHONE", "MY_PHONE"}
)  # fmt: skip

# Presidio entity types that are not personal information on their own; the scanner
# does not report them (dates, URLs, nationalities are everywhere in clean text).
IGNORED_PRESIDIO_ENTITIES = frozenset({"DATE_TIME", "URL", "NRP", "UUID", "MAC_ADDRESS"})


def info(entity_type: str) -> EntityInfo:
    """Metadata of an entity type; unknown types count as a direct identifier (fail closed)."""
    return ENTITIES.get(entity_type, EntityInfo("quasi_identifier", None, True))


def is_sensitive(entity_type: str) -> bool:
    return CATEGORIES.get(info(entity_type).category, False)
