"""A place name is personal only as part of somebody's address.

English NER tags streets, hospitals and towns; such a ``LOCATION`` is kept next to a word
for where somebody lives or gets things delivered; a house number, a street and a town
are an ``ADDRESS`` (:mod:`residency.detectors.street_address_recognizer`) -- a text that
merely names a street holds neither.
"""

from __future__ import annotations

import pytest

from residency.detectors.engine import Scanner

CASES = [
    # addresses
    ("My home is on Orchard Road.", True),
    ("Deliver to 12 Jalan Bukit Bintang, Kuala Lumpur.", True),
    ("17C Ashford Street, London", True),
    ("Flat 5B, 28 Kennedy Road, Wan Chai", True),
    # streets and places named, nobody's address
    ("Mount Elizabeth Hospital is on Mount Elizabeth near Orchard Road.", False),
    ("The museum is on Nathan Road in Kowloon.", False),
    ("Our office at 1 Market Street, San Francisco is open on Mondays.", False),
]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.xdist_group("models")
@pytest.mark.parametrize("text, kept", CASES)
def test_a_place_is_kept_only_as_part_of_an_address(
    scanner: Scanner, text: str, kept: bool
) -> None:
    scan = scanner.scan_record({"id": "r", "text": text})
    assert any(f.entity_type in ("LOCATION", "ADDRESS") for f in scan.findings) is kept
