"""The one list of this project's country recognizers (the scanner adds them to Presidio)."""

from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer

from residency.detectors.airline_ssr_recognizer import (
    SsrContactEmailRecognizer,
    SsrContactPhoneRecognizer,
    SsrDocsRecognizer,
)
from residency.detectors.bank_account_recognizer import BankAccountRecognizer
from residency.detectors.card_expiry_recognizer import CardWithExpiryRecognizer
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
from residency.detectors.chinese.zh_nickname_recognizer import ZhNicknameRecognizer
from residency.detectors.country_base import CountryPatternRecognizer
from residency.detectors.device_id_recognizer import DeviceIdRecognizer
from residency.detectors.email_recognizer import LenientEmailRecognizer
from residency.detectors.europe.de_tax_id_recognizer import DeTaxIdRecognizer
from residency.detectors.europe.it_fiscal_code_recognizer import ItFiscalCodeRecognizer
from residency.detectors.europe.pt_nif_recognizer import PtNifRecognizer
from residency.detectors.hongkong.hk_address_recognizer import HkFlatAddressRecognizer
from residency.detectors.hongkong.hk_hkid_recognizer import (
    HkHkidRecognizer,
    HkMistypedHkidRecognizer,
)
from residency.detectors.hongkong.hk_phone_recognizer import HkPhoneRecognizer
from residency.detectors.hongkong.hk_vehicle_plate_recognizer import HkVehiclePlateRecognizer
from residency.detectors.identifier_name_recognizer import IdentifierNameRecognizer
from residency.detectors.indonesia.id_nik_recognizer import IdNikRecognizer
from residency.detectors.insurance_policy_recognizer import InsurancePolicyRecognizer
from residency.detectors.labelled_name_recognizer import LabelledNameRecognizer
from residency.detectors.macau.mo_bir_recognizer import MoBirRecognizer
from residency.detectors.macau.mo_phone_recognizer import MoPhoneRecognizer
from residency.detectors.macau.mo_vehicle_plate_recognizer import MoVehiclePlateRecognizer
from residency.detectors.malaysia.my_address_recognizer import MyAddressRecognizer
from residency.detectors.malaysia.my_given_name_recognizer import MyGivenNameRecognizer
from residency.detectors.malaysia.my_mykad_recognizer import MyMykadRecognizer
from residency.detectors.malaysia.my_name_recognizer import MyNameRecognizer
from residency.detectors.malaysia.my_phone_recognizer import MyPhoneRecognizer
from residency.detectors.malaysia.my_vehicle_plate_recognizer import MyVehiclePlateRecognizer
from residency.detectors.malaysia.my_worker_name_recognizer import MyWorkerNameRecognizer
from residency.detectors.member_number_recognizer import MemberNumberRecognizer
from residency.detectors.mrz_recognizer import PassportMrzRecognizer
from residency.detectors.passport_recognizer import PassportRecognizer
from residency.detectors.singapore.sg_address_recognizer import SgAddressRecognizer
from residency.detectors.singapore.sg_nric_fin_recognizer import (
    SgMistypedNricFinRecognizer,
    SgNricFinRecognizer,
)
from residency.detectors.singapore.sg_phone_recognizer import SgPhoneRecognizer
from residency.detectors.singapore.sg_vehicle_plate_recognizer import SgVehiclePlateRecognizer
from residency.detectors.singled_out_recognizer import SingledOutPersonRecognizer
from residency.detectors.social_handle_recognizer import SocialHandleRecognizer
from residency.detectors.spaced_name_recognizer import SpacedNameRecognizer
from residency.detectors.street_address_recognizer import StreetAddressRecognizer
from residency.detectors.taiwan.tw_line_recognizer import TwLineIdRecognizer
from residency.detectors.taiwan.tw_mobile_barcode_recognizer import TwMobileBarcodeRecognizer
from residency.detectors.taiwan.tw_national_id_recognizer import (
    TwMistypedNationalIdRecognizer,
    TwNationalIdRecognizer,
)
from residency.detectors.taiwan.tw_phone_recognizer import TwPhoneRecognizer
from residency.detectors.taiwan.tw_vehicle_plate_recognizer import TwVehiclePlateRecognizer
from residency.detectors.tamil.ta_name_recognizer import TaNameRecognizer
from residency.detectors.vietnamese.vi_name_recognizer import ViNameRecognizer

RECOGNIZER_CLASSES: tuple[type[CountryPatternRecognizer], ...] = (
    CnResidentIdRecognizer,
    CnMistypedResidentIdRecognizer,
    CnMobileRecognizer,
    CnLandlineRecognizer,
    CnBankCardRecognizer,
    CnMistypedBankCardRecognizer,
    CardWithExpiryRecognizer,
    CnPassportRecognizer,
    CnHkMacauPermitRecognizer,
    CnHomeReturnPermitRecognizer,
    CnTaiwanPermitRecognizer,
    CnUsccRecognizer,
    CnLicensePlateRecognizer,
    CnWechatIdRecognizer,
    CnQqNumberRecognizer,
    CnSocialAccountNumberRecognizer,
    HkHkidRecognizer,
    HkMistypedHkidRecognizer,
    HkPhoneRecognizer,
    HkFlatAddressRecognizer,
    HkVehiclePlateRecognizer,
    MoBirRecognizer,
    MoPhoneRecognizer,
    MoVehiclePlateRecognizer,
    TwNationalIdRecognizer,
    TwMistypedNationalIdRecognizer,
    TwPhoneRecognizer,
    TwLineIdRecognizer,
    TwMobileBarcodeRecognizer,
    TwVehiclePlateRecognizer,
    SgNricFinRecognizer,
    SgPhoneRecognizer,
    SgMistypedNricFinRecognizer,
    SgVehiclePlateRecognizer,
    MyMykadRecognizer,
    MyPhoneRecognizer,
    MyVehiclePlateRecognizer,
    MyNameRecognizer,
    MyGivenNameRecognizer,
    MyWorkerNameRecognizer,
    MyAddressRecognizer,
    SgAddressRecognizer,
    StreetAddressRecognizer,
    SocialHandleRecognizer,
    SpacedNameRecognizer,
    LabelledNameRecognizer,
    SingledOutPersonRecognizer,
    PassportRecognizer,
    LenientEmailRecognizer,
    ZhNicknameRecognizer,
    BankAccountRecognizer,
    InsurancePolicyRecognizer,
    MemberNumberRecognizer,
    DeviceIdRecognizer,
    PassportMrzRecognizer,
    SsrDocsRecognizer,
    SsrContactPhoneRecognizer,
    SsrContactEmailRecognizer,
    DeTaxIdRecognizer,
    ItFiscalCodeRecognizer,
    PtNifRecognizer,
    IdNikRecognizer,
    TaNameRecognizer,
    ViNameRecognizer,
    IdentifierNameRecognizer,
)


def country_recognizers(languages: Sequence[str] = ("en", "zh")) -> list[EntityRecognizer]:
    """One instance of every country recognizer per language (cheap: no models)."""
    return [cls(supported_language=lang) for lang in languages for cls in RECOGNIZER_CLASSES]
