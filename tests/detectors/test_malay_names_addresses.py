"""Names and street addresses of Malaysia and Singapore, found by their structure.

Valid values, near-misses and negatives side by side; «…» marks each expected finding
(scores >= 0.5 count as reported).  All names and addresses are invented.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.malaysia.my_address_recognizer import MyAddressRecognizer
from residency.detectors.malaysia.my_name_recognizer import MyNameRecognizer
from residency.detectors.singapore.sg_address_recognizer import SgAddressRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # patronymics
        case("Salam, saya «Amirah binti Nazri». Pesanan belum sampai."),
        case("Pemegang kad: «Azman bin Ahmad»."),
        case("Sila telefon «Meena a/p Subramaniam» di talian."),
        case("Our new hire «Suresh s/o Nair» needs access."),
        # honorifics
        case("Encik «Rahim Yusof» sudah bayar."),
        case("Sila hubungi Puan «Rohani»."),
        # romanised Chinese names
        case("sila hantar invois kepada «Wong Xin Yi» di pejabat"),
        case("Contact: «Yeo Hock Seng», thanks"),
        # introduced by a word for a person
        case("Nama saya «Siti Aisyah», tolong semak."),
        # greeted or thanked at the start of a message
        case("Dear «Hafiz», your parcel is ready."),
        case("Thanks. Hi «Kelvin Lau»! Can you check the invoice?"),
        case("Terima kasih «Aishah», nanti saya hantar."),
        # lower-case chat: a name right after what introduces a person
        case("pls call «tan wei ming» tmr"),
        case("can u pass this to «siti aminah» from accounts"),
        case("my colleague «lim mei ling» will come"),
        case("nama saya «nurul izzah», nak tanya pasal bil"),
        # in capitals after a form label
        case("Beneficiary: «LIM MEI LING», UOB"),
        case("Full name: «MUTHU A/L SAMY»"),
        # near-misses and negatives
        case("NAME: PLEASE FILL IN"),  # a placeholder
        case("NAME: ORDER SUMMARY"),  # capitals without a known name word
        case("Beneficiary: UNICEF MALAYSIA"),
        case("Dear Diary, today was long."),  # one greeted word that is no given name
        case("Thanks Google, the search worked."),
        case("Hello Malaysia! Selamat pagi semua."),
        case("call tan to the front desk"),  # function words are no syllables of a name
        case("Beneficiary: ABC TRADING SDN BHD"),  # a company
        case("THE BANK OF CHINA LIMITED"),  # capitals without a label
        case("call tan and the team tomorrow"),  # no name shape
        case("ask siti and the others"),  # a function word after the given name
        case("the tan wei ming sofa"),  # nothing introduces a person
        case("email ng lab about it"),
        case("Dear Sir, please find attached."),  # greetings of nobody in particular
        case("Hi all, the meeting is moved."),
        case("Dear Valued Customer, your bill is ready."),
        case("Hello World! This is my first program."),
        case("Hi there, how can I help?"),
        case("Dear Hafiz and team"),  # no comma or '!' after the name
        case("Tuan/Puan, sila hantar invois."),  # a salutation, no name
        case("Tan Sri and Datuk titles were conferred."),  # titles, not a name
        case("Ho Chi Minh City is in Vietnam."),  # "Minh" is not a syllable here
        case("Kira 3595079 + 4629000 dan tunjukkan jalan kerja."),
        case("The bin is full and the binti form is Malay."),
    ],
)
def test_my_name(text: str, expected_len: int, expected_positions: list) -> None:
    check(MyNameRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case(
            "hantar kepada dia di «No. 54, Jalan SS2/24, Taman Bahagia, 47300 Petaling Jaya»,"
            " Selangor."
        ),
        case("alamat: «Lot 12, Lorong Kenari 3, Taman Desa Jaya», Johor"),
        case("sila hantar ke «Jalan Merbau 7, Taman Melawati, 53100 Kuala Lumpur»."),
        # a road alone, or an office's road and postcode without context: not personal
        case("Jalan Tun Razak sesak pada waktu pagi."),
        case("Menara itu terletak di Jalan Ampang, 50088 Kuala Lumpur."),
        case("No. 5 dalam senarai ialah Jalan Ampang"),
    ],
)
def test_my_address(text: str, expected_len: int, expected_positions: list) -> None:
    check(MyAddressRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        case("Please update my address to «Blk 738 Punggol Field, #10-834, Singapore 288402»."),
        case("deliver to «Blk 12 Bedok North Rd, Singapore 460012» please"),
        case("unit «#05-12, Singapore 520123»"),
        # a block and unit, the street written in Chinese; a Chinese word for postcode
        case("我住在宏茂桥3道 «Blk 314 #05-22, 邮编 560314»"),
        case("寄到 «Blk 88 #12-345»，谢谢"),
        case("單位 «#03-18 郵編：238801»"),
        # a block number without a unit, a postcode alone: not an address
        case("Blk 314 was repainted last year."),
        case("新加坡的邮编 560314 属于宏茂桥。"),
        # an office tower's street and postcode, a street alone: not counted
        case("The bank is at 12 Marina Boulevard, Singapore 018982."),
        case("Orchard Road is busy at Christmas."),
    ],
)
def test_sg_address(text: str, expected_len: int, expected_positions: list) -> None:
    check(SgAddressRecognizer, text, expected_len, expected_positions)
