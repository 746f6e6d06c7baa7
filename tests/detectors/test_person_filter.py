"""English-NER PERSON spans: names of data subjects kept, terms and public figures dropped."""

from __future__ import annotations

import pytest

from residency.detectors.person_filter import keep_person
from residency.detectors.postfilter import keep_finding


def _keep(marked: str) -> bool:
    start = marked.index("«")
    end = marked.index("»") - 1
    return keep_person(marked.replace("«", "").replace("»", ""), start, end)


@pytest.mark.parametrize(
    "marked, kept",
    [
        # names of people
        ("Hi, it's «Peter Walker», please ring me back", True),
        ("Hello team, «Thomas Brown» here.", True),
        ("My landlord «Ong Kai Xuan» wants a copy", True),
        ("Our new hire «Ganesh a/l Nair» needs access", True),
        ("Dear «Jonathan», your parcel", True),  # one word after a greeting
        ("Terima kasih «Aishah», nanti saya hantar", True),
        ("Good morning «Priya», the report is late", True),
        ("pls call «tan wei ming» tmr", True),  # lower-case chat, introduced
        ("the «tan wei ming» sofa", False),  # lower case, nothing introduces a person
        ("Please ask Mr «Tan» to call", True),  # one word after an honorific
        # terms, products, organisations: one capitalised word without context
        ("How do I reverse a linked list in «Java»?", False),
        ("fails the «Luhn» check", False),
        ("«Petronas» and Maybank are companies", False),
        # public and historical figures
        ("the reforms of «Peter» the Great", False),
        ("the reforms of «Peter the Great»", False),
        ("What role did Sir «Stamford Raffles» play?", False),
        ("King «Henry VIII» had six wives", False),
        ("«Sherlock Holmes» lived at Baker Street", False),
        # places, Malay words, Chinese text, codes
        ("«Pulau Pandan» jauh ke tengah", False),
        ("The hospital is in «Wan Chai».", False),  # a place after "in"
        ("Kilang itu terletak di «Shah Alam».", False),
        ("Budi «yang baik» dikenang juga", False),
        ("check 一下 version «是不是» v17", False),
        ("via courier «JNE2565653871» today", False),
        # things counted, priced, exercised or filled in (round 46)
        ("Order: 2x Boots, «1x Admin Pouch», collect at camp", False),
        ("Order: 2x Boots, 1x «Admin Pouch», collect at camp", False),
        ("Urea 50kg RM135, «Kapur GML» RM28, Kieserite RM92", False),
        ("Urea 50kg RM135, «Kapur Mason» 25kg RM18, Kieserite RM92", False),
        ("Pay «Ahmad Tan» RM50 and Lim RM30 for the 5kg durians, my treat", True),
        ("«Exercise Wallaby» ended at Shoalwater Bay", False),
        ("«Operation Flying Eagle» was a relief mission", False),
        ("Sign the child's «Assent Form» first", False),
        ("«Heard Tekong» got new bunks this year", False),
        ("I «Heard Tekong» news", True),  # not at a sentence start: judged as a name
        # a record's field by its acronym, goods in a Malay listing, a warning's series,
        # words of a text in capitals (round 47)
        ("«Crew PII» must stay in the SG database", False),
        ("MRZ line 2: «DOB YYMMDD», sex, expiry", False),
        ("«Tayar Michelin Pilot» Sport 4 225/45 R17, RM 800", False),
        ("MSA nav warning «Hu Hang Jing» 0987: live firing", False),
        ("NAVAREA XI 1423/25. «CHART BA» 3482. UNLIT DERELICT BUOY ADRIFT. CANCEL THIS MSG", False),
        ("PAX MANIFEST: «LIM WEI JIE» SEAT 12A. BAGGAGE 2 PCS. CHECKED IN", True),
        # an academic with the title in the span, a brand in capitals, a division (round 48)
        ("advocate «Dr Harris Abdullah», a sociologist at Universiti Malaya, said", False),
        ("周大福 «CHOW TAI FOOK» 999.9足金 3.75g", False),
        ("The «Bahagian Sokongan Keluarga» helps mothers", False),
        ("an MP, «Dr Faridah Osman», MP for Tampines West, opened it", False),
        # a health record's resource type; a brand's "Auntie" and a listed body's number
        # beside it are no personal cues (round 49)
        ("reads on Patient and «Encounter» only", False),
        ("Auntie «Anne»'s at VivoCity", False),
        ("Crisis lines: «Befrienders KL» 03-7627 2929", False),
        ("my friend «Morgan Stanley» called", True),
    ],
)
def test_keep_person(marked: str, kept: bool) -> None:
    assert _keep(marked) is kept


@pytest.mark.parametrize(
    "text, entity, kept",
    [
        ("NHS number 943 476 5919 for the patient", "UK_NHS", True),
        ("dispatched at 1663035512 via courier", "UK_NHS", False),
        ("SSN 078-05-1120", "US_SSN", True),
        ("ticket 078-05-1120 closed", "US_SSN", False),
        ("card 4539 1488 0343 6467", "CREDIT_CARD", True),
        ("test card 4111 1111 1111 1111", "CREDIT_CARD", False),  # published for testing
        ("UnionPay test 6200 0000 0000 0005", "CN_BANK_CARD", False),
        ("card 4539 1488 0343 6467", "CN_BANK_CARD", True),
    ],
)
def test_keep_finding_needs_context_for_foreign_health_and_ssn(
    text: str, entity: str, kept: bool
) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert keep_finding(text, entity, start, len(text)) is kept


@pytest.mark.parametrize(
    "address, kept",
    [
        ("hr@kingdee.com", False),  # an organisation's role mailbox
        ("NoReply@bank.com.sg", False),
        ("user@example.com", False),  # a documentation domain
        ("ops@build.test", False),
        ("hr.wong@kingdee.com", True),
        ("info.tan88@gmail.com", True),
        ("jane@example.com.sg", True),
        # a university unit's mailbox by its code and a role word (round 46)
        ("soc-research@fass.univ.edu.sg", False),
        ("psych.general@univ.edu.my", False),
        ("tan.weiling@univ.edu.sg", True),
        ("soc-research@gmail.com", True),
    ],
)
def test_keep_finding_drops_impersonal_mailboxes(address: str, kept: bool) -> None:
    text = f"write to {address} today"
    start = text.index(address)
    assert keep_finding(text, "EMAIL_ADDRESS", start, start + len(address)) is kept
