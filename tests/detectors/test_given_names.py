"""Names that start with a common Malay, Indian or English given name (gazetteer).

«…» marks each expected finding (score >= 0.5).  All names are invented; the recognizer
reads only text that English NER does not (Malay text, Chinese text, short fields).
"""

from __future__ import annotations

import pytest
from recognizer_testing import case, check

from residency.detectors.malaysia.my_given_name_recognizer import (
    MyGivenNameRecognizer,
    login_names_person,
)
from residency.detectors.postfilter import keep_finding


@pytest.mark.parametrize(
    "text, expected_len, expected_positions",
    [
        # Malay names without an honorific or bin/binti
        case("Sila hubungi «Mohd Hafiz» di pejabat esok."),
        case("«Ahmad Faizal» akan ambil bungkusan itu."),
        case("Tolong semak akaun «Nurul Aina» dan «Siti Hajar Ismail»."),
        case("Pelanggan «Zulkifli Hassan» belum terima barang."),
        case("«Mohd. Rizal» sudah bayar yuran sekolah untuk anak dia."),
        # Indian and English given names in Malay or Chinese text
        case("Borang «Kavitha Raman» belum lengkap, sila semak."),
        case("联系人：«Olivia Grant»，请尽快回复"),
        # near misses: one word alone, lower-case words, not a listed given name
        case("Ahmad sudah sampai di pejabat."),
        case("Nur kasih sayang ibu tidak ternilai."),
        case("Jalan Indah Permai sesak pada waktu pagi."),
        case("Taman Sri Muda dilanda banjir semalam."),
        case("ahmad faizal menulis dengan huruf kecil."),
        case("Kedai Jaya Bakti dibuka semula."),
    ],
)
def test_given_name(text: str, expected_len: int, expected_positions: list) -> None:
    check(MyGivenNameRecognizer, text, expected_len, expected_positions)


@pytest.mark.parametrize(
    "text, owner",
    [
        # a device named after its owner, in a host name's capitals or by a given name alone
        ("DHCP lease: host=SITI-AMINAH-LAPTOP ip=192.168.1.20", "SITI-AMINAH"),
        ("DHCP lease: host=LAPTOP-KAVITHA-RAMAN ip=192.168.1.21", "KAVITHA-RAMAN"),
        ("DHCP lease: host=Hafizah-Galaxy-A54 ip=192.168.1.22", "Hafizah"),
        # near misses: Windows' random names, a room's device, a word before a device
        ("DHCP lease: host=DESKTOP-7H2K9QX ip=192.168.1.23", None),
        ("DHCP lease: host=LAPTOP-MEETING-ROOM ip=192.168.1.24", None),
        ("DHCP lease: host=FRONT-DESK-PC ip=192.168.1.25", None),
        ("DHCP lease: host=Kitchen-iPad ip=192.168.1.26", None),
    ],
)
def test_device_named_after_its_owner(text: str, owner: str | None) -> None:
    found = MyGivenNameRecognizer("en", with_ner=True).analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in found] == ([owner] if owner else [])


def test_text_english_ner_reads_is_left_to_ner_in_the_cheap_pass() -> None:
    text = "Customer complaint from Olivia Grant: the refund has not arrived yet, please check."
    assert MyGivenNameRecognizer("en").analyze(text, ["PERSON"]) == []
    found = MyGivenNameRecognizer("en", with_ner=True).analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in found] == ["Olivia Grant"]


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("Sila hubungi Mohd Hafiz di pejabat esok.", "Mohd Hafiz", True),
        ("Nurul Aina binti Kamal memohon biasiswa.", "Nurul Aina", True),
        # public figures, titles of rulers and places are not data subjects
        ("Tunku Abdul Rahman dikenali sebagai Bapa Kemerdekaan.", "Abdul Rahman", False),
        ("Tun Abdul Razak memperkenalkan Dasar Ekonomi Baru.", "Abdul Razak", False),
        ("Abdullah Munsyi menulis Hikayat Abdullah.", "Abdullah Munsyi", False),
        ("Ahmad Kamal Heights dibuka kepada pembeli.", "Ahmad Kamal Heights", False),
    ],
)
def test_given_name_findings_go_through_the_person_filter(text: str, name: str, kept: bool) -> None:
    start = text.index(name)
    assert keep_finding(text, "PERSON", start, start + len(name)) is kept


@pytest.mark.parametrize(
    "login, names_person",
    [
        # a known given name first, or a Chinese surname on one side of the dot
        ("benjamin.oei", True),
        ("faizal.hakimi", True),
        ("siewlan.chong", True),
        ("tan.meiling", True),
        # near misses: service accounts, English words beside a surname, three parts
        ("svc.backup", False),
        ("jira.admin", False),
        ("lee.test", False),
        ("ops.team.lee", False),
    ],
)
def test_login_names_person(login: str, names_person: bool) -> None:
    assert login_names_person(login) is names_person
