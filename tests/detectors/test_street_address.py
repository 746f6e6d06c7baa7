"""Street addresses written the English way: a house number and a street, made someone's
by a unit, a postcode or words saying it is an address.

«…» marks each expected finding (scores >= 0.5 count as reported).  All addresses are
invented, except the world-famous ones the recognizer must leave alone.
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.street_address_recognizer import StreetAddressRecognizer


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # words saying it is somebody's address
        case("I live at «19 Rosewood Lane, Cork»"),
        case("Ship to «1804 Maple Ave, Austin, TX 78701»"),
        case("my home address is «42 Elm Grove, Leeds LS6 2AB», thanks"),
        case("We moved to «7 Harbour View Road, Dunedin» last month"),
        # a flat or unit makes it one dwelling
        case("«Flat 7B, 23 Tai Hang Road, Causeway Bay» please"),
        case("«221 Orchard Drive, Apt 4C, Springfield» is the billing one"),
        # a ZIP or a full UK postcode makes it precise
        case("«88 Wellington St, Brisbane, QL 40000»"),
        case("Return it to «5 Mill Close, Bath BA2 3EF»."),
        # a house number, a street and a town
        case("«17C Ashford Street, London»"),
        # a street and number alone, organisations' premises, world-famous addresses
        case("Meet me at 5 Kent Ridge Crescent tomorrow"),
        case("Our office at 1 Market Street, San Francisco is open Monday to Friday."),
        case("Visit our store at 12 High Street, Oxford OX1 4AP."),
        case("The Beatles recorded at EMI Studios, 3 Abbey Road, London NW8 9AY."),
        case("The Prime Minister lives at 10 Downing Street."),
        case("Sherlock Holmes lived at 221B Baker Street, London."),
        # near misses: no street word, a number that is not a house number
        case("Chapter 12 Rosewood begins in the garden."),
        case("Version 3 Road Map is due in Q2."),
        case("Rated 5 stars by 1200 Street Fighter fans"),
    ],
)
def test_street_address(text: str, expected_len: int, expected_positions: list) -> None:
    check(StreetAddressRecognizer, text, expected_len, expected_positions)
